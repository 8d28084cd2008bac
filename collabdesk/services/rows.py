"""Checks services make on stored rows before they write, with the message a person reads."""

from __future__ import annotations

from collabdesk.errors import NotFound
from collabdesk.store.db import Connection

_MISSING = {
    "clients": "That client record does not exist on this laptop.",
    "cases": "That case does not exist on this laptop.",
    "partners": "That partner is not in the directory.",
    "partner_services": "That service is not in the partner directory.",
    "users": "That user does not exist.",
}


def require_row(conn: Connection, table: str, row_id: str) -> None:
    """Raise NotFound with a plain message when ``row_id`` is not in ``table``."""
    if conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is None:
        raise NotFound(_MISSING.get(table, "That record does not exist."))
