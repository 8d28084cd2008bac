"""Checks services make on stored rows before they write, with the message a person reads."""

from __future__ import annotations

from collabdesk.errors import NotFound
from collabdesk.store.db import Connection

_MISSING = {
    "clients": "client.not-found",
    "cases": "case.not-found",
    "partners": "directory.partner-not-found",
    "partner_services": "directory.service-not-found",
    "users": "user.not-found",
}


def require_row(conn: Connection, table: str, row_id: str) -> None:
    """Raise NotFound with a plain message when ``row_id`` is not in ``table``."""
    if conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is None:
        raise NotFound(_MISSING.get(table, "session.record-not-found"))
