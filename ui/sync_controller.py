"""Background sync for the desktop app, and the per-record "Delivery" column.

:class:`SyncController` is a QObject the main window creates for each signed-in session.
A single-shot ``QTimer`` fires when :class:`collabdesk.sync.backoff.Scheduler` says a round
is due; the round (:meth:`SyncEngine.sync_once`) runs as an :class:`~collabdesk.ui.ops.Op`
on the app's one :class:`~collabdesk.ui.tasks.TaskRunner`. After a round that reached the
hub the next one is due after the regular interval; while the hub does not answer
(``HubUnreachable``, which is normal on a clinic laptop and shown calmly as "offline") the
wait grows exponentially with full jitter; after ``DeviceRevoked`` the controller stops for
good and says why. "Sync now" (menu, status bar button, F9) makes a round due at once.
:class:`NullSyncController` stands in, doing nothing, when this laptop has no sync set up.

Which lane: the round runs on the **io lane**, and the engine hands each of its store steps
(read what to send, apply a group of pulled envelopes with the cursor, note a push as
acknowledged, …) to the **db lane** with ``TaskRunner.call_on_db``. So the requests to the
hub, sealing and opening never hold the db lane: a search typed while a slow hub answers runs
between two of the round's store steps. The hub client still gets a short timeout
(:data:`HUB_TIMEOUT_S`) so a dead network ends a round in seconds, and a round is cancelled
between envelopes when the user locks.

Every screen that talks to the engine (this controller, the Network page, bundles) uses
:func:`shared_engine`, one :class:`SyncEngine` per session: the engine caches verified
device chains, and two engines over one store could each extend a stale copy. The Network
page calls it on the db lane while a round may run on the io lane; the engine guards its
caches for that.

What a round changed reaches the pages the one way every change does: the store notes it
(pulled events through the projection; delivery states and snapshot restores through the
engine's ``note_changes``), and the runner emits ``sig_changes`` after each store step. The
controller only refreshes the status bar's counts (changes and messages waiting).
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from shiboken6 import isValid

from collabdesk.errors import CollabDeskError
from collabdesk.services.syncstatus import RecordSyncState
from collabdesk.sync.backoff import Scheduler
from collabdesk.sync.client import DevicePending, DeviceRevoked, HubClient, HubUnreachable
from collabdesk.sync.engine import DbSteps, NotEnrolled, SyncEngine, SyncReport
from collabdesk.sync.keys import DeviceKeys
from collabdesk.ui.context import AppContext
from collabdesk.ui.i18n import QT_TRANSLATE_NOOP
from collabdesk.ui.models import Column
from collabdesk.ui.ops import Op
from collabdesk.ui.theme import semantic_colors
from collabdesk.ui.widgets import ChipKind

if TYPE_CHECKING:
    from collabdesk.services.session import Session
    from collabdesk.ui.statusbar import SyncState, SyncStatusBar
    from collabdesk.ui.tasks import TaskContext, TaskHandle, TaskRunner

log = logging.getLogger(__name__)

T = TypeVar("T")

#: seconds the hub client waits for an answer before a round counts the hub as offline
HUB_TIMEOUT_S = 12.0


def _hub_client(url: str, keys: DeviceKeys | None) -> HubClient:
    return HubClient(url, keys, timeout=HUB_TIMEOUT_S)


_engines: weakref.WeakKeyDictionary[Session, SyncEngine] = weakref.WeakKeyDictionary()
_engines_lock = threading.Lock()


def _db_lane(runner: TaskRunner) -> DbSteps:
    """The engine's store steps: from the io lane, on the db lane; anywhere else (the db
    lane itself, or a test driving the engine from the GUI thread) where they are."""

    def step(fn: Callable[[], T]) -> T:
        if not isValid(runner) or QThread.currentThread() is runner.thread():
            return fn()
        return runner.call_on_db(fn)

    return step


def shared_engine(session: Session, runner: TaskRunner | None = None) -> SyncEngine:
    """The one :class:`SyncEngine` of ``session``. With ``runner`` (the controller, on the
    GUI thread) its store steps go to the runner's db lane from then on."""
    with _engines_lock:
        engine = _engines.get(session)
        if engine is None:
            engine = SyncEngine(session, client_factory=_hub_client)
            _engines[session] = engine
        if runner is not None:
            engine.db = _db_lane(runner)
        return engine


def forget_engine(session: Session) -> None:
    """Close and drop the session's engine (on the db lane, before the store closes)."""
    with _engines_lock:
        engine = _engines.pop(session, None)
    if engine is not None:
        engine.close()


@dataclass
class SyncOutcome:
    """What one background round came to, as the GUI thread sees it."""

    state: str  # online | offline | error | revoked | not_enrolled | pending | cancelled
    message: str = ""
    report: SyncReport | None = None
    finished_at: float = 0.0
    code: str = ""  # the catalogue code of ``message`` (which fault, for an offline round)

    @property
    def plainly_offline(self) -> bool:
        """No answer at all: the calm "offline" wording says it all. A cut connection, a
        late answer or a failed secure connection is worth its own sentence."""
        return self.state == "offline" and self.code in ("", "hub.unreachable")


def run_round(engine: SyncEngine, ctx: TaskContext | None = None) -> SyncOutcome:
    """One sync round (on the io lane; its store steps go through the engine's db executor).

    The expected outcomes — offline, revoked, pending, not enrolled — come back as the
    outcome's ``state``; other errors (a hub refusing something, an untrusted chain) raise.
    """
    if not engine.enrolled:
        return SyncOutcome("not_enrolled", finished_at=time.monotonic())

    def outcome(state: str, message: str = "", report: SyncReport | None = None,
                code: str = "") -> SyncOutcome:
        return SyncOutcome(state, message, report, time.monotonic(), code)

    try:
        report = engine.sync_once(
            progress=ctx.progress if ctx is not None else None,
            cancelled=ctx.cancelled if ctx is not None else None)
    except HubUnreachable as exc:
        return outcome("offline", str(exc), code=exc.code)
    except DeviceRevoked as exc:
        return outcome("revoked", str(exc))
    except DevicePending as exc:
        return outcome("pending", str(exc))
    except NotEnrolled:
        return outcome("not_enrolled")
    return outcome("cancelled" if report.cancelled else "online", "", report)


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
        self.engine = shared_engine(context.session, context.runner)

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
        engine = self.engine
        self._show("syncing", "")
        self._handle = (Op(self, lambda ctx: run_round(engine, ctx), label="background sync",
                           lane="io")
                        .success(self._finished).failure(self._failed)
                        .cancelled(self._cancelled).run(self.context.runner))
        if self._handle is None:  # the runner is shut down: the app is closing
            self._running = False

    def _finished(self, outcome: SyncOutcome) -> None:
        self._handle = None
        scheduler = self.scheduler
        if outcome.state in ("online", "cancelled"):
            scheduler.record_success()
            self._show("online", "")
        elif outcome.state == "offline":
            scheduler.record_unreachable()
            self._show("offline", "" if outcome.plainly_offline else outcome.message)
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
        self._after(SyncOutcome("error", str(error), code=error.code))

    def _cancelled(self) -> None:
        self._handle = None
        self._after(None)

    def _after(self, outcome: SyncOutcome | None) -> None:
        if outcome is not None:
            self.last_outcome = outcome
            if self._refresh_status is not None:
                self._refresh_status()
            self.sig_outcome.emit(outcome)
        if self._again and self._running:
            self._again = False
            self.scheduler.request_now()
        self._schedule()

    def _show(self, state: SyncState, detail: str) -> None:
        if self.status_bar is not None and isValid(self.status_bar):
            self.status_bar.set_sync_state(state, detail)
        self.sig_state_changed.emit(state, detail)

    @staticmethod
    def _revoked_text() -> str:
        return QCoreApplication.translate(
            "SyncController", "this laptop was removed from the agency's devices and no "
            "longer syncs; ask an administrator to enrol it again")


class NullSyncController(QObject):
    """The controller of a session without sync set up: the same API, doing nothing, so
    the window, status bar and Network page need no special case."""

    sig_outcome = Signal(object)
    sig_state_changed = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_outcome: SyncOutcome | None = None
        self.allowed = False

    def start(self) -> None:
        """Nothing to start."""

    def stop(self) -> None:
        """Nothing to stop."""

    def sync_now(self) -> None:
        """Nothing to sync with."""

    def is_running(self) -> bool:
        return False

    def is_syncing(self) -> bool:
        return False

    def next_attempt_ms(self) -> int | None:
        return None


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
    """Per-record sync state of ``ids``, in one query (call on the db lane)."""
    return session.sync_status.record_states(entity, ids)


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
