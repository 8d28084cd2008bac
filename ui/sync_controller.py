"""Background sync for the desktop app, and the per-record "Delivery" column.

:class:`SyncController` is a QObject the main window creates for each signed-in session.
A single-shot ``QTimer`` fires when :class:`collabdesk.sync.backoff.Scheduler` says a round
is due; the round (:meth:`SyncEngine.sync_once`) runs through the app's one
:class:`~collabdesk.ui.tasks.TaskRunner`. After a round that reached the hub the next one
is due after the regular interval; while the hub does not answer (``HubUnreachable``, which
is normal on a clinic laptop and shown calmly as "offline") the wait grows exponentially
with full jitter; after ``DeviceRevoked`` the controller stops for good and says why.
"Sync now" (menu, status bar button, F9) makes a round due at once.

Which lane: the round runs on the **db lane**. The engine interleaves network calls with
store writes (each pushed envelope advances ``sync_pushed_seq``; each pulled envelope is
applied and recorded with the cursor in one transaction), and the session's SQLCipher
connection belongs to the db thread, so the round cannot be split onto the io lane
without rewriting the engine into "fetch on io, apply on db" steps — and that split would
also have to re-validate everything between the steps. The cost is that a slow hub delays
other db work for the length of one round. It is kept small: an idle round is one small
pull request; a refused connection (the usual offline case) fails at once; the hub client
gets a short timeout (:data:`HUB_TIMEOUT_S`) so a dead network holds the lane for seconds,
not half a minute; and a round is cancelled between envelopes when the user locks.

Every screen that talks to the engine (this controller, the Network page, bundles) uses
:func:`shared_engine`, one :class:`SyncEngine` per session: the engine caches verified
device chains, and two engines over one store could each extend a stale copy.

After a round the controller emits ``context.sig_data_changed`` for each kind of data the
pulled changes touched ("client", "case", "referral", "task", "conflict", …) and "sync" when
records' delivery states moved on, so that pages reload, and refreshes the status bar's
counts (changes and messages waiting).
"""

from __future__ import annotations

import logging
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QColor
from shiboken6 import isValid

from collabdesk.errors import CollabDeskError
from collabdesk.services.syncstatus import RecordSyncState
from collabdesk.sync.backoff import Scheduler
from collabdesk.sync.client import DevicePending, DeviceRevoked, HubClient, HubUnreachable
from collabdesk.sync.engine import NotEnrolled, SyncEngine, SyncReport
from collabdesk.sync.keys import DeviceKeys
from collabdesk.ui.context import AppContext
from collabdesk.ui.models import Column
from collabdesk.ui.theme import semantic_colors
from collabdesk.ui.widgets import ChipKind

if TYPE_CHECKING:
    from collabdesk.services.session import Session
    from collabdesk.ui.statusbar import SyncStatusBar
    from collabdesk.ui.tasks import TaskContext, TaskHandle

log = logging.getLogger(__name__)

#: seconds the hub client waits for an answer; a round holds the db lane meanwhile
HUB_TIMEOUT_S = 12.0

# Entity names of the event log → the kinds pages watch (see AppContext).
_KIND_OF_ENTITY = {
    "client": "client", "case": "case", "need": "case", "service": "case", "note": "case",
    "attachment": "case", "consent": "case", "task": "task", "referral": "referral",
    "partner": "partner", "directory_service": "partner", "user": "user",
    "agency": "settings", "review": "conflict",
}


def _hub_client(url: str, keys: DeviceKeys | None) -> HubClient:
    return HubClient(url, keys, timeout=HUB_TIMEOUT_S)


_engines: weakref.WeakKeyDictionary[Session, SyncEngine] = weakref.WeakKeyDictionary()


def shared_engine(session: Session) -> SyncEngine:
    """The one :class:`SyncEngine` of ``session`` (call on the db lane only)."""
    engine = _engines.get(session)
    if engine is None:
        engine = SyncEngine(session, client_factory=_hub_client)
        _engines[session] = engine
    return engine


def forget_engine(session: Session) -> None:
    """Close and drop the session's engine (on the db lane, before the store closes)."""
    engine = _engines.pop(session, None)
    if engine is not None:
        engine.close()


@dataclass
class SyncOutcome:
    """What one background round came to, as the GUI thread sees it."""

    state: str  # online | offline | error | revoked | not_enrolled | pending | cancelled
    message: str = ""
    report: SyncReport | None = None
    kinds: list[str] = field(default_factory=list)
    finished_at: float = 0.0


def _touched_kinds(session: Session, seq_before: int, conflicts_before: int) -> list[str]:
    """Kinds of data changed by remote or partner events applied after ``seq_before``."""
    rows = session.store.query(
        "SELECT DISTINCT entity FROM events WHERE seq > ? AND origin != 'local'",
        (seq_before,))
    kinds = {_KIND_OF_ENTITY[r[0]] for r in rows if r[0] in _KIND_OF_ENTITY}
    if session.allowed("conflict.resolve") and session.conflicts.count() != conflicts_before:
        kinds.add("conflict")
    return sorted(kinds)


def run_round(session: Session, ctx: TaskContext | None = None) -> SyncOutcome:
    """One sync round and what it changed (runs on the db lane).

    The expected outcomes — offline, revoked, pending, not enrolled — come back as the
    outcome's ``state``; other errors (a hub refusing something, an untrusted chain) raise.
    """
    engine = shared_engine(session)
    if not engine.enrolled:
        return SyncOutcome("not_enrolled", finished_at=time.monotonic())
    seq_before = int(session.store.query("SELECT coalesce(max(seq), 0) FROM events")[0][0])
    may_resolve = session.allowed("conflict.resolve")
    conflicts_before = session.conflicts.count() if may_resolve else 0

    def outcome(state: str, message: str = "", report: SyncReport | None = None
                ) -> SyncOutcome:
        # Even a round cut short may have applied some envelopes: pages must still reload.
        return SyncOutcome(state, message, report,
                           _touched_kinds(session, seq_before, conflicts_before),
                           time.monotonic())

    try:
        report = engine.sync_once(
            progress=ctx.progress if ctx is not None else None,
            cancelled=ctx.cancelled if ctx is not None else None)
    except HubUnreachable as exc:
        return outcome("offline", str(exc))
    except DeviceRevoked as exc:
        return outcome("revoked", str(exc))
    except DevicePending as exc:
        return outcome("pending", str(exc))
    except NotEnrolled:
        return outcome("not_enrolled")
    done = outcome("cancelled" if report.cancelled else "online", "", report)
    if report.pushed_events or report.messages_sent or report.messages_failed:
        done.kinds.append("sync")  # records' delivery states moved on
    return done


class SyncController(QObject):
    """Drives background sync for one signed-in session.

    ``sig_outcome`` carries each round's :class:`SyncOutcome`; ``sig_state_changed`` the
    status bar state ("offline", "syncing", "online", "error") and its detail text.
    Create it with the session's context as parent; call :meth:`start` once the session is
    ready and :meth:`stop` before the store is closed.
    """

    sig_outcome = Signal(object)
    sig_state_changed = Signal(str, str)

    def __init__(self, context: AppContext, status_bar: SyncStatusBar | None = None, *,
                 scheduler: Scheduler | None = None,
                 refresh_status: Callable[[], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else context)
        self.context = context
        self.status_bar = status_bar
        self.scheduler = scheduler or Scheduler()
        self._refresh_status = refresh_status
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._due)
        self._handle: TaskHandle | None = None
        self._again = False
        self._running = False
        self.last_outcome: SyncOutcome | None = None
        self.allowed = context.session.allowed("sync.run")

    # -- public API ---------------------------------------------------------------------------

    def start(self) -> None:
        """Begin background sync: the first round is due at once."""
        if not self.allowed or self._running:
            return
        self._running = True
        self._schedule()

    def stop(self) -> None:
        """No more rounds; a round in progress is asked to stop between envelopes."""
        self._running = False
        self.timer.stop()
        if self._handle is not None:
            self._handle.cancel()

    def is_running(self) -> bool:
        return self._running

    def is_syncing(self) -> bool:
        return self._handle is not None

    def sync_now(self) -> None:
        """The user asked for a round: run it now (or right after the one in progress)."""
        if not self.allowed:
            return
        if not self._running:
            if self.scheduler.stopped:
                self._show("error", self._revoked_text())
                return
            self._running = True
        self.scheduler.request_now()
        if self._handle is not None:
            self._again = True
            return
        self._due()

    def next_attempt_ms(self) -> int | None:
        """Milliseconds until the timer fires (None when nothing is scheduled)."""
        return self.timer.remainingTime() if self.timer.isActive() else None

    # -- the round ------------------------------------------------------------------------

    def _schedule(self) -> None:
        self.timer.stop()
        if not self._running or self._handle is not None:
            return
        wait = self.scheduler.due_in()
        if wait is None:
            self._running = False
            return
        self.timer.start(max(0, int(wait * 1000)))

    def _due(self) -> None:
        if not self._running or self._handle is not None:
            return
        self.timer.stop()
        session = self.context.session
        self._show("syncing", "")
        try:
            self._handle = self.context.runner.run(
                lambda ctx: run_round(session, ctx), lane="db", label="background sync",
                on_done=self._finished, on_error=self._failed,
                on_cancelled=self._cancelled)
        except RuntimeError:  # the runner is shut down: the app is closing
            self._handle = None
            self._running = False

    def _finished(self, outcome: SyncOutcome) -> None:
        self._handle = None
        scheduler = self.scheduler
        if outcome.state in ("online", "cancelled"):
            scheduler.record_success()
            self._show("online", "")
        elif outcome.state == "offline":
            scheduler.record_unreachable()
            self._show("offline", "")
        elif outcome.state == "revoked":
            scheduler.stop()
            self._running = False
            self._show("error", self._revoked_text())
        elif outcome.state == "pending":
            scheduler.record_failure()
            self._show("error", QCoreApplication.translate(
                "SyncController", "this laptop waits for approval by an administrator on "
                "another laptop of the agency"))
        else:  # not enrolled: nothing to do until someone enrols this laptop
            self._running = False
            self.timer.stop()
            self._show("offline", "")
        self._after(outcome)

    def _failed(self, error: CollabDeskError) -> None:
        self._handle = None
        self.scheduler.record_failure()
        self._show("error", str(error))
        self._after(SyncOutcome("error", str(error)))

    def _cancelled(self) -> None:
        self._handle = None
        self._after(None)

    def _after(self, outcome: SyncOutcome | None) -> None:
        if outcome is not None:
            self.last_outcome = outcome
            for kind in outcome.kinds:
                self.context.sig_data_changed.emit(kind)
            if self._refresh_status is not None:
                self._refresh_status()
            self.sig_outcome.emit(outcome)
        if self._again and self._running:
            self._again = False
            self.scheduler.request_now()
        self._schedule()

    def _show(self, state: str, detail: str) -> None:
        if self.status_bar is not None and isValid(self.status_bar):
            self.status_bar.set_sync_state(state, detail)
        self.sig_state_changed.emit(state, detail)

    @staticmethod
    def _revoked_text() -> str:
        return QCoreApplication.translate(
            "SyncController", "this laptop was removed from the agency's devices and no "
            "longer syncs; ask an administrator to enrol it again")


# -- the "Delivery" column ------------------------------------------------------------------

_DELIVERY: dict[str, Any] = {
    "local": QT_TRANSLATE_NOOP("Delivery", "On this laptop only"),
    "waiting": QT_TRANSLATE_NOOP("Delivery", "Waiting"),
    "sent": QT_TRANSLATE_NOOP("Delivery", "At the hub"),
    "delivered": QT_TRANSLATE_NOOP("Delivery", "Delivered"),
    "failed": QT_TRANSLATE_NOOP("Delivery", "Failed: {reason}"),
}


def delivery_text(state: RecordSyncState | None) -> str:
    """"Waiting", "At the hub", "Delivered" or "Failed: reason" ("" when unknown)."""
    if state is None:
        return ""
    source = _DELIVERY.get(state.state)
    if source is None:
        return state.state
    return QCoreApplication.translate("Delivery", source).format(
        reason=state.reason or QCoreApplication.translate("Delivery", "unknown reason"))


def load_delivery_states(session: Session, entity: str,
                         ids: list[str]) -> dict[str, RecordSyncState]:
    """Per-record sync state of ``ids`` (call on the db lane)."""
    return {i: session.sync_status.record_state(entity, i) for i in ids}


_DELIVERY_KINDS: dict[str, ChipKind] = {"failed": "warning", "delivered": "ok", "sent": "info"}


def _delivery_color(state: RecordSyncState | None) -> QColor | None:
    if state is None:
        return None
    kind = _DELIVERY_KINDS.get(state.state)
    return semantic_colors().chip(kind)[0] if kind else None


def delivery_column(states: dict[str, RecordSyncState],
                    key: Callable[[Any], str] = lambda row: row.id) -> Column[Any]:
    """A "Delivery" column reading ``states`` (keep the dict; update it before set_rows)."""
    return Column("delivery", QT_TRANSLATE_NOOP("Columns", "Delivery"),
                  lambda row: states.get(key(row)), fmt=delivery_text,
                  sort_key=lambda row: delivery_text(states.get(key(row))),
                  foreground=lambda row: _delivery_color(states.get(key(row))),
                  tooltip=lambda row: delivery_text(states.get(key(row))))


class NullSyncController(QObject):
    """The sync controller of a session that does not sync (not signed in, or no right to)."""

    sig_outcome = Signal(object)
    sig_state_changed = Signal(str, str)
    allowed = False
    last_outcome: SyncOutcome | None = None

    def start(self) -> None:
        """Nothing to start."""

    def stop(self) -> None:
        """Nothing to stop."""

    def sync_now(self) -> None:
        """Nothing to sync."""

    def is_running(self) -> bool:
        return False

    def is_syncing(self) -> bool:
        return False

    def next_attempt_ms(self) -> int | None:
        return None
