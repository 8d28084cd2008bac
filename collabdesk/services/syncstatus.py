"""What the sync engine has done, as the UI shows it: per record, and for the whole laptop.

The core does not import the sync engine. The engine records its progress in the store and
this service reads it (the meta keys' names are in :mod:`collabdesk.syncmeta`):

* meta ``sync_pushed_seq`` — every local event with a seq up to this one is on the hub;
* meta ``sync_last_contact`` / ``sync_last_error`` — ISO time of the last answer from the hub,
  and the last failure in words ("" when the last attempt worked);
* meta ``hub_agency_id`` — this agency's id at the hub, set at enrolment;
* table ``sync_outbox`` — messages for partner agencies with their state and reason.

Offline is a normal state: records are "waiting" until the hub next answers.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from collabdesk import syncmeta
from collabdesk.events.ids import sql_number, sql_pack
from collabdesk.timeutil import parse_moment

if TYPE_CHECKING:
    from collabdesk.services.session import Session

# Counting stops here: a laptop that has never synced may hold a million waiting changes, and
# the status bar must not scan them all at every sign-in.
WAITING_CAP = 10_000
# Defined in collabdesk.syncmeta; named here too because the report modules import it here.
HUB_AGENCY = syncmeta.HUB_AGENCY

# Per record: its latest outbox message, whether a local change of it is still to be pushed,
# and (for a referral we sent) its status — for a whole list of records in one statement.
_RECORD_STATES = """
WITH wanted(id) AS (SELECT DISTINCT value FROM json_each(:ids)),
     pushed(seq) AS (SELECT coalesce((SELECT CAST(value AS INTEGER) FROM meta
                                      WHERE key = :pushed_key), 0))
SELECT w.id, m.state, m.reason,
       EXISTS (SELECT 1 FROM event_log e WHERE e.entity = """ + sql_number(":entity") + """
               AND e.entity_id = """ + sql_pack("w.id") + """
               AND e.origin = 'local' AND e.seq > (SELECT seq FROM pushed)),
       (SELECT r.status FROM referrals r WHERE :entity = 'referral' AND r.id = w.id
        AND r.direction = 'outgoing')
FROM wanted w
LEFT JOIN sync_outbox m ON m.id = (
    SELECT o.id FROM sync_outbox o WHERE o.entity = :entity AND o.entity_id = w.id
    ORDER BY o.created_at DESC, o.id DESC LIMIT 1)
"""


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
        return int(self.session.store.get_meta(syncmeta.PUSHED_SEQ) or 0)

    def overview(self) -> SyncOverview:
        store = self.session.store
        with store.read() as conn:
            waiting = conn.execute(
                "SELECT count(*) FROM (SELECT 1 FROM events WHERE seq > ? AND origin = 'local' "
                "LIMIT ?)", (self._pushed(), WAITING_CAP)).fetchone()[0]
            counts = dict(conn.execute("SELECT state, count(*) FROM sync_outbox GROUP BY state")
                          .fetchall())
        return SyncOverview(
            enrolled=bool(store.get_meta(syncmeta.HUB_AGENCY)),
            last_contact=parse_moment(store.get_meta(syncmeta.LAST_CONTACT)),
            last_error=store.get_meta(syncmeta.LAST_ERROR) or "",
            changes_waiting=int(waiting), messages_waiting=int(counts.get("waiting", 0)),
            messages_failed=int(counts.get("failed", 0)),
        )

    def record_state(self, entity: str, entity_id: str) -> RecordSyncState:
        """Where a record's latest changes are: only here, waiting, at the hub, or delivered."""
        return self.record_states(entity, [entity_id])[entity_id]

    def record_states(self, entity: str, ids: Iterable[str]) -> dict[str, RecordSyncState]:
        """:meth:`record_state` of each of ``ids``, read in one statement (a list's column)."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        store = self.session.store
        enrolled = bool(store.get_meta(syncmeta.HUB_AGENCY))
        with store.read() as conn:
            rows = conn.execute(_RECORD_STATES, {
                "ids": json.dumps(wanted), "entity": entity,
                "pushed_key": syncmeta.PUSHED_SEQ}).fetchall()
        return {str(row[0]): _state(row[1], row[2], bool(row[3]), row[4], enrolled)
                for row in rows}


def _state(message: str | None, reason: str | None, pending: bool, status: str | None,
           enrolled: bool) -> RecordSyncState:
    if message == "failed":
        return RecordSyncState("failed", reason or "")
    if message == "waiting":
        return RecordSyncState("waiting")
    if status and status != "sent":
        return RecordSyncState("delivered")  # the partner has answered
    if not enrolled:
        return RecordSyncState("local")
    return RecordSyncState("waiting" if pending else "sent")
