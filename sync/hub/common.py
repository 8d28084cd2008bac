"""What every part of the hub shares: its refusal, the caller, the database and small checks.

A part of the hub (:mod:`~collabdesk.sync.hub.devices`, :mod:`~collabdesk.sync.hub.mailboxes`,
:mod:`~collabdesk.sync.hub.snapshots`, :mod:`~collabdesk.sync.hub.reports`) is a class of plain
methods over the database and a FastAPI router that calls them. A method refuses a request by
raising :class:`HubReject`; the app turns every refusal into its answer in one place
(:func:`collabdesk.sync.hub.app.create_app`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select

from collabdesk.sync.hub import db

log = logging.getLogger("collabdesk.hub")


class HubReject(Exception):
    """A request the hub refuses: HTTP status, stable reason code and a plain sentence.

    ``log`` carries the fields of a rejections-table row when the refusal must be recorded.
    """

    def __init__(self, status: int, reason: str, message: str,
                 log: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status, self.reason, self.message, self.log = status, reason, message, log


@dataclass(frozen=True)
class Caller:
    """An authenticated, active device and the exact body it signed."""

    device_id: str
    agency_id: str
    sign_pub: bytes
    body: bytes


class Backend:
    """The hub's database, its secret and its clock, shared by every part of the hub."""

    def __init__(self, database_url: str, clock: Callable[[], float], migrate: bool) -> None:
        self.engine = db.make_engine(database_url)
        if migrate:
            db.migrate(self.engine)
        self.secret = db.hub_secret(self.engine)
        self.clock = clock

    def now(self) -> int:
        return int(self.clock())

    def log_rejection(self, what: str, reason: str, **fields: Any) -> None:
        try:
            with db.write_tx(self.engine) as conn:
                conn.execute(
                    insert(db.rejections).values(at=self.now(), what=what, reason=reason, **fields)
                )
        except Exception:  # the refusal itself must still reach the client
            log.exception("could not record a rejection (%s: %s)", what, reason)

    def record(self, refusal: HubReject) -> None:
        """Keep a refusal in the rejections table when it says so."""
        if refusal.log is not None:
            fields = dict(refusal.log)
            self.log_rejection(fields.pop("what"), refusal.reason, **fields)

    def health(self) -> dict[str, str]:
        return {"status": "ok", "schema": db.current_revision(self.engine) or "none"}


def require_media_type(content_type: str, expected: str, message: str) -> None:
    if content_type.split(";")[0].strip() != expected:
        raise HubReject(415, "bad-media-type", message.format(expected))


def require_member(caller: Caller, agency_id: str) -> None:
    if caller.agency_id != agency_id:
        raise HubReject(403, "not-a-member",
                        "Only active devices of this agency may do that.")


def require_agency(conn: Connection, agency_id: str) -> None:
    if conn.execute(select(db.agencies.c.id).where(
            db.agencies.c.id == agency_id)).first() is None:
        raise HubReject(404, "unknown-agency", "No such agency on this hub.")


def require_mailbox(conn: Connection, mailbox: str) -> Any:
    row = conn.execute(select(db.mailboxes).where(db.mailboxes.c.id == mailbox)).first()
    if row is None:
        raise HubReject(404, "unknown-mailbox", "No such mailbox on this hub.")
    return row


def lock_agency(conn: Connection, agency_id: str) -> None:
    # Serialises chain changes of one agency (PostgreSQL row lock; SQLite is already
    # serialised by BEGIN IMMEDIATE, where FOR UPDATE renders as nothing).
    conn.execute(select(db.agencies.c.id).where(db.agencies.c.id == agency_id)
                 .with_for_update()).first()


def stored_chain(conn: Connection, agency_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(select(db.chain_entries.c.wire)
                        .where(db.chain_entries.c.agency_id == agency_id)
                        .order_by(db.chain_entries.c.seq)).all()
    return [json.loads(r.wire) for r in rows]


class PqPolicy:
    """Which agencies require the post-quantum suite, read from their stored (verified)
    chains, each at most once per request (collabdesk.sync.suites holds the rule)."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self._since: dict[str, int | None] = {}

    def since(self, agency_id: str) -> int | None:
        if agency_id not in self._since:
            with db.read_tx(self.engine) as conn:
                # Stored wires are canonical JSON: a label cannot hold this text unescaped.
                row = conn.execute(
                    select(db.chain_entries.c.wire)
                    .where(db.chain_entries.c.agency_id == agency_id,
                           db.chain_entries.c.wire.like('%"require_pq":true%'))
                    .order_by(db.chain_entries.c.seq).limit(1)).first()
            entry = json.loads(row.wire)["entry"] if row is not None else {}
            self._since[agency_id] = (int(entry["epoch"]) if entry.get("op") == "epoch"
                                      and entry.get("require_pq") is True else None)
        return self._since[agency_id]


def latest_snapshot_row(conn: Connection, agency_id: str) -> Any:
    return conn.execute(
        select(db.snapshots).where(db.snapshots.c.agency_id == agency_id,
                                   db.snapshots.c.completed_at.is_not(None))
        .order_by(db.snapshots.c.seq.desc(), db.snapshots.c.completed_at.desc())
        .limit(1)).first()


def binary_body(media_type: str, description: str) -> dict[str, Any]:
    """OpenAPI for a route that reads its body as bytes of ``media_type``."""
    return {"requestBody": {"required": True, "description": description, "content": {
        media_type: {"schema": {"type": "string", "format": "binary"}}}}}
