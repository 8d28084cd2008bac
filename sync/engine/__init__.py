"""The client sync engine: enrolment, device approval, and one round of sync with the hub.

All of the engine's state lives in the encrypted store's ``meta`` table, never in files; the
keys are named in :mod:`collabdesk.syncmeta`. The engine is put together from its parts:

* :mod:`.state` — the stored state, the cached device chains and the hub client;
* :mod:`.trust` — device chains, our standing, agency-key grants, senders' keys;
* :mod:`.enrolment` — enrol, approve, remove laptops; pin partners;
* :mod:`.inbox` — pull our mailbox, open and apply envelopes;
* :mod:`.outbox` — push our events, send partner messages and summaries;
* :mod:`.snapshots` — make, upload and restore from the agency's snapshots;

and this module keeps the round itself (:meth:`SyncEngine.sync_once`): refresh our chain and
grants if needed; restore from the agency's snapshot if this laptop has nothing yet; pull our
mailbox page by page, applying envelopes and recording them in ``sync_seen`` (with the new
cursor) in one transaction per group; push our own events to our mailbox; send queued
partner messages and summaries; make a snapshot when the latest is far behind.

Every step that touches the store or the session goes through the ``db`` executor given to
the engine, in short steps; the requests to the hub, sealing and opening run between them on
the caller's thread. The CLI and the tests run the steps directly; the desktop runs a round on
its io lane and each step on its db lane. docs/sync-engine.md describes each step and the
failure handling.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from collabdesk import syncmeta
from collabdesk.messages import msg
from collabdesk.progress import Cancelled, Progress
from collabdesk.services.session import Session
from collabdesk.sync import batch as batching
from collabdesk.sync import chain as chain_mod
from collabdesk.sync.client import DeviceRevoked, HubClient, HubError, HubUnreachable
from collabdesk.sync.engine.common import (
    DbSteps,
    DeviceInfo,
    EnrollResult,
    NotEnrolled,
    PartnerTrust,
    PendingDevice,
    SnapshotReport,
    SyncReport,
    SyncSetupError,
    WaitingForKey,
    direct,
)
from collabdesk.sync.engine.enrolment import Enrolment
from collabdesk.sync.engine.inbox import APPLY_GROUP_EVENTS, Inbox
from collabdesk.sync.engine.outbox import Message, Outbox
from collabdesk.sync.engine.snapshots import Snapshots
from collabdesk.sync.engine.state import ClientFactory, EngineState
from collabdesk.sync.engine.trust import Trust
from collabdesk.sync.errors import SyncError
from collabdesk.sync.keys import AgencyKey, DeviceKeys
from collabdesk.timeutil import iso

__all__ = [
    "APPLY_GROUP_EVENTS", "ClientFactory", "DbSteps", "DeviceInfo",
    "EnrollResult", "NotEnrolled", "PartnerTrust", "PendingDevice", "SnapshotReport",
    "SyncEngine", "SyncReport", "SyncSetupError", "WaitingForKey",
]


def _nothing(done: int, total: int, message: str) -> None:
    return None


def _never() -> bool:
    return False


class SyncEngine:
    """Sync for one signed-in session.

    One round or one snapshot at a time; the Network page may meanwhile call the
    enrolment and device methods from another thread (the caches are guarded).
    """

    def __init__(self, session: Session, *, client_factory: ClientFactory = HubClient,
                 clock: Callable[[], float] = time.time, db: DbSteps = direct) -> None:
        self.session = session
        self.store = session.store
        self.client_factory = client_factory
        self.clock = clock
        self.state = EngineState(session, client_factory=client_factory, clock=clock, db=db)
        self.trust = Trust(self.state)
        self.enrolment = Enrolment(self.state, self.trust)
        self.inbox = Inbox(self.state, self.trust)
        self.outbox = Outbox(self.state, self.trust, self.inbox)
        self.snapshots = Snapshots(self.state, self.trust, self.inbox)

    # -- state --------------------------------------------------------------------------------

    @property
    def db(self) -> DbSteps:
        """How store steps run (see the module docstring)."""
        return self.state.db

    @db.setter
    def db(self, db: DbSteps) -> None:
        self.state.db = db

    @property
    def hub_agency_id(self) -> str:
        return self.state.hub_agency_id

    @property
    def hub_url(self) -> str:
        return self.state.hub_url

    @property
    def status(self) -> str:
        """'' (not enrolled), pending, active or revoked."""
        return self.state.status

    @property
    def enrolled(self) -> bool:
        return self.state.enrolled

    def device_keys(self) -> DeviceKeys | None:
        return self.state.device_keys()

    def agency_keys(self) -> dict[int, AgencyKey]:
        return self.state.agency_keys()

    def chain_state(self, agency: str) -> chain_mod.ChainState | None:
        """The cached, verified chain of ``agency`` (None if never fetched)."""
        return self.state.chain_state(agency)

    def refresh_chain(self, agency: str) -> chain_mod.ChainState:
        return self.trust.refresh_chain(agency)

    def client(self) -> HubClient:
        return self.state.client()

    def close(self) -> None:
        self.state.close()

    # Snapshot thresholds (see collabdesk.sync.engine.snapshots); tests and bench lower them.
    @property
    def snapshot_every_events(self) -> int:
        return self.snapshots.every_events

    @snapshot_every_events.setter
    def snapshot_every_events(self, value: int) -> None:
        self.snapshots.every_events = value

    @property
    def snapshot_min_envelopes(self) -> int:
        return self.snapshots.min_envelopes

    @snapshot_min_envelopes.setter
    def snapshot_min_envelopes(self, value: int) -> None:
        self.snapshots.min_envelopes = value

    @property
    def snapshot_upload_bytes(self) -> int:
        return self.snapshots.upload_bytes

    @snapshot_upload_bytes.setter
    def snapshot_upload_bytes(self, value: int) -> None:
        self.snapshots.upload_bytes = value

    # -- enrolment and devices (collabdesk.sync.engine.enrolment) -----------------------------

    def enroll(self, hub_url: str, code: str, label: str, *, agency_id: str | None = None,
               agency_fingerprint: str | None = None, suite: int = 2) -> EnrollResult:
        return self.enrolment.enroll(hub_url, code, label, agency_id=agency_id,
                                     agency_fingerprint=agency_fingerprint, suite=suite)

    def pending_devices(self) -> list[PendingDevice]:
        return self.enrolment.pending_devices()

    def approve(self, device_id: str, *, fingerprint: str | None = None) -> DeviceInfo:
        return self.enrolment.approve(device_id, fingerprint=fingerprint)

    def revoke(self, device_id: str) -> None:
        self.enrolment.revoke(device_id)

    def require_pq(self) -> None:
        self.enrolment.require_pq()

    def pq_required(self) -> bool:
        return self.enrolment.pq_required()

    def devices(self) -> list[DeviceInfo]:
        return self.enrolment.devices()

    def agency_fingerprint(self) -> str:
        return self.enrolment.agency_fingerprint()

    def partners(self) -> list[PartnerTrust]:
        return self.enrolment.partners()

    def pin_partner(self, agency_id: str, fingerprint: str) -> None:
        self.enrolment.pin_partner(agency_id, fingerprint)

    # -- envelopes by hand (collabdesk.sync.bundle) -------------------------------------------

    def seal_event_envelopes(self, after: int) -> Iterator[tuple[batching.EventBatch, bytes]]:
        return self.outbox.seal_event_envelopes(after)

    def seal_messages(self, mailbox: str, partner: chain_mod.ChainState,
                      messages: list[Message]) -> Iterator[tuple[list[str], bytes]]:
        return self.outbox.seal_messages(mailbox, partner, messages)

    def take(self, data: bytes, *, seq: int | None, hub_id: str = "", cursor: str | None,
             report: SyncReport, online: bool = True, record_rejection: bool = True) -> str:
        return self.inbox.take(data, seq=seq, hub_id=hub_id, cursor=cursor, report=report,
                               online=online, record_rejection=record_rejection)

    # -- snapshots ----------------------------------------------------------------------------

    def make_snapshot(self, progress: Progress | None = None,
                      cancelled: Cancelled | None = None) -> SnapshotReport:
        """Seal every record of the agency as this laptop holds it and upload it, all now,
        as the agency's latest snapshot, from which a new laptop restores. Raises
        SyncSetupError if this laptop has changes the hub does not have yet (a snapshot
        holds only what the mailbox already holds)."""
        self.session.require("sync.run")
        return self.snapshots.make(progress or _nothing, cancelled or _never)

    # -- one round ----------------------------------------------------------------------------

    def sync_once(self, progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> SyncReport:
        """Push, send and pull once. Raises HubUnreachable (offline: try later),
        DeviceRevoked (stop), DevicePending (not approved yet), HubRejected, ChainError."""
        self.session.require("sync.run")
        s = self.state
        keys = s.keys()
        if s.status == "revoked":
            raise DeviceRevoked(403, "sync.laptop-removed", "revoked")
        report = SyncReport()
        client = s.client()
        sent0, received0 = client.bytes_sent, client.bytes_received
        try:
            self._round(keys, report, progress or _nothing, cancelled or _never)
        except HubUnreachable as exc:
            s.set_meta(syncmeta.LAST_ERROR, str(exc))
            raise
        except DeviceRevoked as exc:
            self._contact(str(exc), revoked=True)
            raise
        except (HubError, SyncError, SyncSetupError) as exc:
            self._contact(str(exc))
            raise
        finally:
            report.bytes_sent = client.bytes_sent - sent0
            report.bytes_received = client.bytes_received - received0
        self._contact("")
        from collabdesk.sync.release_check import note_latest_release  # never raises
        note_latest_release(self.session, client, db=s.db)
        return report

    def _contact(self, error: str, *, revoked: bool = False) -> None:
        store = self.store
        now = iso(self.session.now())

        def step() -> None:
            with store.transaction():
                if revoked:
                    store.set_meta(syncmeta.DEVICE_STATUS, "revoked")
                store.set_meta(syncmeta.LAST_CONTACT, now)
                store.set_meta(syncmeta.LAST_ERROR, error)
        self.state.db(step)

    def _waiting(self) -> tuple[int, int]:
        """(pushed seq, local events waiting) — one store step."""
        store = self.store
        pushed = int(store.get_meta(syncmeta.PUSHED_SEQ) or 0)
        with store.read() as conn:
            waiting = int(conn.execute("SELECT count(*) FROM events WHERE origin = 'local' "
                                       "AND seq > ?", (pushed,)).fetchone()[0])
            last = int(conn.execute("SELECT max(seq) FROM events").fetchone()[0] or 0)
        if not waiting and last > pushed:
            # Nothing local is waiting up to `last` (same snapshot): move the cursor past the
            # remote events too, or a laptop restored from the hub scans its whole log (and
            # so does the sync status) every round.
            store.set_meta(syncmeta.PUSHED_SEQ, str(last))
            pushed = last
        return pushed, waiting

    def _round(self, keys: DeviceKeys, report: SyncReport, note: Progress,
               stop: Cancelled) -> None:
        s, trust = self.state, self.trust
        own = s.hub_agency_id
        pushed, waiting = s.db(self._waiting)
        outbox = self.outbox.pending_messages()
        # (1) This laptop's standing and keys, when they are not known to be in order.
        setup = (s.status != "active" or bool(s.grants_due()) or not s.agency_keys()
                 or s.chain_state(own) is None)
        state = trust.refresh_own() if setup else trust.own_state()
        if setup:
            trust.upload_due_grants(state)
        trust.check_own_status(state, keys)
        # The post-quantum upgrade: once, on the first round of this release (no request after).
        me = state.active_device(keys.device_id)
        if me is not None and not me.pq_public:
            state = trust.ensure_pq_key(state, keys)
        elif me is not None and me.pq_public != keys.pq_public:
            # Its store came back from a backup older than its upgrade: it can no longer
            # open post-quantum grants. It still reads with the keys it holds; say so.
            report.notices.append(str(msg("sync.pq-key-lost")))

        # (2) Our mailbox: what the agency's other laptops sent. Pulling first also tells us
        # how long the agency's device chain is at the hub. A laptop that has nothing of the
        # agency yet starts from the agency's latest snapshot, when there is one.
        self.snapshots.restore(report, note, stop)
        if report.cancelled:
            return
        hub_chain = self.inbox.pull(report, note, stop)
        if report.cancelled:
            return
        # A revocation must be seen before anything is sealed: if the hub's chain is longer
        # than ours (or the hub did not say), fetch the rest now. Also when idle, so that a
        # laptop's upgrade shows on the Network page. A round where the chain did not change
        # costs no extra request.
        if not setup and (
                (hub_chain is not None and hub_chain > len(s.chain_wires(own)))
                or (hub_chain is None and (waiting or outbox))):
            state = trust.refresh_own()
            trust.upload_due_grants(state)

        # (3) Our own events to our own mailbox.
        self.outbox.push_events(pushed, waiting, report, note, stop)
        if report.cancelled:
            return

        # (4) Messages for partner agencies.
        self.outbox.send_messages(outbox, report, note)

        # (5) Monthly summaries for the hub's dashboard (the one thing the hub can read).
        self.outbox.send_summaries(keys, report)

        # (6) A snapshot for the agency's next new laptop, when the last one is far behind:
        # sealed here, then uploaded a slice per round, so a slow link is not held up.
        self.snapshots.step(report, note, stop)

        # (7) The network's measurement framework, when the hub's last page said it changed
        # (an idle round stays one request).
        from collabdesk.sync.engine.measures import fetch_framework  # never raises
        fetch_framework(self.session, s.client(), db=s.db, advertised=report.measures_version)

