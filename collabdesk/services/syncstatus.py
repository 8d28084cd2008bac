"""What the sync engine has done, as the UI shows it: per record, and for the whole laptop.

The core does not import the sync engine. The engine records its progress in the store and
this service reads it:

* meta ``sync_pushed_seq`` — every local event with a seq up to this one is on the hub;
* meta ``sync_last_contact`` / ``sync_last_error`` — ISO time of the last answer from the hub,
  and the last failure in words ("" when the last attempt worked);
* meta ``hub_agency_id`` — this agency's id at the hub, set at enrolment;
* table ``sync_outbox`` — messages for partner agencies with their state and reason.

Offline is a normal state: records are "waiting" until the hub next answers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from collabdesk.timeutil import parse_moment

if TYPE_CHECKING:
    from collabdesk.services.session import Session

# Counting stops here: a laptop that has never synced may hold a million waiting changes, and
# the status bar must not scan them all at every sign-in.
WAITING_CAP = 10_000
PUSHED_SEQ = "sync_pushed_seq"
LAST_CONTACT = "sync_last_contact"
LAST_ERROR = "sync_last_error"
HUB_AGENCY = "hub_agency_id"


@dataclass(frozen=True)
class SyncOverview:
    enrolled: bool
    last_contact: dt.datetime | None
    last_error: str
    changes_waiting: int  # at most WAITING_CAP
    messages_waiting: int
    messages_failed: int


@dataclass(frozen=True)
class RecordSyncState:
    state: str  # local | waiting | sent | delivered | failed
    reason: str = ""


class SyncStatusService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _pushed(self) -> int:
        return int(self.session.store.get_meta(PUSHED_SEQ) or 0)

    def overview(self) -> SyncOverview:
        store = self.session.store
        with store.read() as conn:
            waiting = conn.execute(
                "SELECT count(*) FROM (SELECT 1 FROM events WHERE seq > ? AND origin = 'local' "
                "LIMIT ?)", (self._pushed(), WAITING_CAP)).fetchone()[0]
            counts = dict(conn.execute("SELECT state, count(*) FROM sync_outbox GROUP BY state")
                          .fetchall())
        return SyncOverview(
            enrolled=bool(store.get_meta(HUB_AGENCY)),
            last_contact=parse_moment(store.get_meta(LAST_CONTACT)),
            last_error=store.get_meta(LAST_ERROR) or "",
            changes_waiting=int(waiting), messages_waiting=int(counts.get("waiting", 0)),
            messages_failed=int(counts.get("failed", 0)),
        )

    def record_state(self, entity: str, entity_id: str) -> RecordSyncState:
        """Where a record's latest changes are: only here, waiting, at the hub, or delivered."""
        with self.session.store.read() as conn:
            message = conn.execute(
                "SELECT state, reason FROM sync_outbox WHERE entity = ? AND entity_id = ? "
                "ORDER BY created_at DESC LIMIT 1", (entity, entity_id)).fetchone()
            pending = conn.execute(
                "SELECT 1 FROM events WHERE entity = ? AND entity_id = ? AND origin = 'local' "
                "AND seq > ? LIMIT 1", (entity, entity_id, self._pushed())).fetchone()
            status = None
            if entity == "referral":
                row = conn.execute("SELECT status, direction FROM referrals WHERE id = ?",
                                   (entity_id,)).fetchone()
                status = row[0] if row and row[1] == "outgoing" else None
        if message and message[0] == "failed":
            return RecordSyncState("failed", message[1])
        if message and message[0] == "waiting":
            return RecordSyncState("waiting")
        if status and status != "sent":
            return RecordSyncState("delivered")  # the partner has answered
        if not self.session.store.get_meta(HUB_AGENCY):
            return RecordSyncState("local")
        return RecordSyncState("waiting" if pending else "sent")
