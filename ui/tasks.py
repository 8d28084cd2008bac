"""The one way the desktop app runs long or blocking work off the GUI thread.

Every database query, network call and export goes through :class:`TaskRunner`:

    handle = runner.run(
        lambda ctx: services.search_clients(query, progress=ctx.progress,
                                            cancelled=ctx.cancelled),
        lane="db", label="search clients",
        on_done=self._show_results, on_error=self._show_error,
    )
    ...
    handle.cancel()

Two lanes keep the store safe and the app responsive:

* ``"db"`` — exactly one long-lived worker thread, so SQLite/SQLCipher access is
  serialised and always happens on the same thread (tasks run in submission order);
* ``"io"`` — a small pool (two threads) for network, file export and CPU work that
  does not touch the store.

The work function receives a :class:`TaskContext` — plain Python, no Qt — whose
``progress`` and ``cancelled`` are the callables core services accept. Results,
errors and progress come back to the GUI thread through queued signals; worker code
never touches widgets. :class:`CollabDeskError` reaches ``on_error`` unchanged; any
other exception is logged by type and traceback only (its message may hold client
data) and reported as :class:`UnexpectedTaskError` with a generic message.
"""

from __future__ import annotations

import concurrent.futures
import enum
import itertools
import logging
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from collabdesk.changes import Changes
from collabdesk.errors import CollabDeskError
from collabdesk.progress import OperationCancelled

log = logging.getLogger(__name__)

T = TypeVar("T")

Lane = Literal["db", "io"]

# Which lane the current pool thread serves (call_on_db from the db lane runs inline).
_lane_of_thread = threading.local()
LANES: tuple[Lane, ...] = ("db", "io")

# Progress from a tight loop is coalesced so the GUI event queue is not flooded;
# the first and the final update are always delivered.
PROGRESS_INTERVAL_S = 0.05


# Raised inside a work function (see :meth:`TaskContext.check`) to stop early; the core's
# own cancel, so a service that checks ``cancelled()`` and a task stop the same way.
TaskCancelled = OperationCancelled


class UnexpectedTaskError(CollabDeskError):
    """A task failed with an exception that is not a :class:`CollabDeskError`.

    The original message is deliberately dropped (it may contain client data);
    ``error_type`` keeps the exception's class name for support.
    """

    def __init__(self, message: str, error_type: str) -> None:
        self.error_type = error_type
        super().__init__(message)


class TaskState(enum.Enum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class TaskContext:
    """What a work function sees: report progress, ask whether to stop.

    Thread-safe and free of Qt, so core services can take ``ctx.progress`` and
    ``ctx.cancelled`` as plain callables.
    """

    def __init__(self, cancel_event: threading.Event,
                 emit_progress: Callable[[int, int, str], None]) -> None:
        self._cancel_event = cancel_event
        self._emit = emit_progress
        self._last_emit = 0.0
        self._last_message: str | None = None

    def progress(self, done: int, total: int, message: str = "") -> None:
        """Report ``done`` of ``total`` units (``total <= 0``: unknown amount)."""
        now = time.monotonic()
        final = total > 0 and done >= total
        if (final or message != self._last_message
                or now - self._last_emit >= PROGRESS_INTERVAL_S):
            self._last_emit = now
            self._last_message = message
            self._emit(done, total, message)

    def cancelled(self) -> bool:
        return self._cancel_event.is_set()

    def check(self) -> None:
        """Raise :class:`TaskCancelled` if the user asked to stop."""
        if self._cancel_event.is_set():
            raise TaskCancelled()


@dataclass(eq=False)
class _Callbacks:
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[CollabDeskError], None] | None = None
    on_progress: Callable[[int, int, str], None] | None = None
    on_cancelled: Callable[[], None] | None = None


class TaskHandle(QObject):
    """A submitted task. Its signals fire on the GUI thread, after the callbacks."""

    sig_progress = Signal(object, object, str)  # done, total, message (ints may exceed 2**31)
    sig_finished = Signal(object)                # result
    sig_failed = Signal(object)                  # CollabDeskError
    sig_cancelled = Signal()
    sig_ended = Signal()                         # after any of the three outcomes

    def __init__(self, task_id: int, lane: Lane, label: str) -> None:
        super().__init__()
        self.task_id = task_id
        self.lane = lane
        self.label = label
        self.state = TaskState.QUEUED
        self.initiator: QObject | None = None
        self._cancel_event = threading.Event()

    def cancel(self) -> None:
        """Ask the task to stop. A queued task never starts; a running one stops at
        its next ``ctx.cancelled()``/``ctx.check()``. ``on_cancelled`` follows."""
        self._cancel_event.set()

    def is_cancel_requested(self) -> bool:
        return self._cancel_event.is_set()

    def is_finished(self) -> bool:
        return self.state in (TaskState.DONE, TaskState.FAILED, TaskState.CANCELLED)


@dataclass(frozen=True)
class _UnexpectedFailure:
    """Crosses to the GUI thread instead of the exception, which may hold client data."""

    error_type: str


@dataclass(eq=False)
class _Task:
    handle: TaskHandle
    fn: Callable[[TaskContext], Any]
    callbacks: _Callbacks = field(default_factory=_Callbacks)


class TaskRunner(QObject):
    """Owns the worker threads; delivers every outcome on the thread that created it.

    Create one per application (on the GUI thread) and call :meth:`shutdown` before
    the store is closed.
    """

    sig_started = Signal(int)                        # task id
    sig_progress = Signal(int, object, object, str)  # task id, done, total, message
    sig_finished = Signal(int, object)               # task id, result
    sig_failed = Signal(int, object)                 # task id, CollabDeskError
    sig_cancelled = Signal(int)                      # task id
    sig_busy_changed = Signal(bool)                  # any task queued or running
    #: what the store says a task changed (:class:`collabdesk.changes.Changes`) and the
    #: object that asked for the task (or None), once per task that changed anything,
    #: before that task's own callbacks run
    sig_changes = Signal(object, object)
    #: a CollabDeskError of an Op that had no failure callback (see collabdesk.ui.ops)
    sig_unhandled_error = Signal(object)

    # Internal, emitted from worker threads and delivered queued to our slots.
    _w_started = Signal(int)
    _w_progress = Signal(int, object, object, str)
    _w_finished = Signal(int, object)
    _w_failed = Signal(int, object)
    _w_cancelled = Signal(int)
    _w_changes = Signal(object, int)  # changes, task id (0: a step run for another lane)

    def __init__(self, parent: QObject | None = None, *, io_threads: int = 2) -> None:
        super().__init__(parent)
        self._pools: dict[Lane, QThreadPool] = {"db": QThreadPool(self), "io": QThreadPool(self)}
        self._pools["db"].setMaxThreadCount(1)
        # Never retire the db thread: a connection opened there stays valid on it.
        self._pools["db"].setExpiryTimeout(-1)
        self._pools["io"].setMaxThreadCount(max(1, io_threads))
        self._tasks: dict[int, _Task] = {}
        self._ids = itertools.count(1)
        self._closed = False
        queued = Qt.ConnectionType.QueuedConnection
        self._w_started.connect(self._on_started, queued)
        self._w_progress.connect(self._on_progress, queued)
        self._w_finished.connect(self._on_finished, queued)
        self._w_failed.connect(self._on_failed, queued)
        self._w_cancelled.connect(self._on_cancelled, queued)
        self._w_changes.connect(self._on_changes, queued)
        self._changes_sources: list[Callable[[], Changes]] = []

    def watch_changes(self, source: Callable[[], Changes]) -> None:
        """Ask ``source`` after each task what it changed (an open store's
        :meth:`~collabdesk.store.db.Store.take_changes`), until :meth:`unwatch_changes`."""
        if source not in self._changes_sources:
            self._changes_sources = [*self._changes_sources, source]

    def unwatch_changes(self, source: Callable[[], Changes]) -> None:
        self._changes_sources = [s for s in self._changes_sources if s != source]

    # -- public API ---------------------------------------------------------------

    def run(
        self,
        fn: Callable[[TaskContext], Any],
        *,
        lane: Lane = "db",
        label: str = "",
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[CollabDeskError], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        initiator: QObject | None = None,
    ) -> TaskHandle:
        """Queue ``fn(ctx)`` on ``lane``; callbacks run later on the GUI thread.

        ``label`` names the operation in logs (for example ``"export summary"``);
        it must never contain client data. ``initiator`` travels with the task's changes
        (``sig_changes``), so the screen that made a change can skip refreshing for it.
        """
        if lane not in self._pools:
            raise ValueError(f"Unknown task lane {lane!r}; use one of {', '.join(LANES)}.")
        if self._closed:
            raise RuntimeError("The task runner has been shut down.")
        if QThread.currentThread() is not self.thread():
            raise RuntimeError("TaskRunner.run() must be called from the GUI thread.")
        task_id = next(self._ids)
        handle = TaskHandle(task_id, lane, label)
        handle.initiator = initiator
        task = _Task(handle, fn, _Callbacks(on_done, on_error, on_progress, on_cancelled))
        was_idle = not self._tasks
        self._tasks[task_id] = task
        self._pools[lane].start(lambda: self._work(task))
        if was_idle:
            self.sig_busy_changed.emit(True)
        return handle

    def call_on_db(self, fn: Callable[[], T]) -> T:
        """Run ``fn()`` on the db lane and wait for its result, from an io-lane task.

        This lets a task do its slow network work on the io lane and only its store work on
        the db lane, so searches and page loads queued meanwhile are not held up. Never call
        it from the GUI thread or from the db lane itself (it would wait for itself).
        """
        if QThread.currentThread() is self.thread():
            raise RuntimeError("call_on_db() would block the GUI thread.")
        if getattr(_lane_of_thread, "lane", None) == "db":
            return fn()
        done: concurrent.futures.Future[T] = concurrent.futures.Future()

        def step() -> None:
            _lane_of_thread.lane = "db"
            if not done.set_running_or_notify_cancel():
                return
            try:
                done.set_result(fn())
            except BaseException as exc:
                done.set_exception(exc)
            finally:
                self._report_changes(0)

        self._pools["db"].start(step)
        return done.result()

    def is_busy(self) -> bool:
        return bool(self._tasks)

    def active_handles(self) -> list[TaskHandle]:
        return [t.handle for t in self._tasks.values()]

    def cancel_all(self) -> None:
        for task in list(self._tasks.values()):
            task.handle.cancel()

    def wait_idle(self, timeout_ms: int = -1) -> bool:
        """Block until both lanes are empty, then deliver the outcomes still queued.

        Returns False if ``timeout_ms`` passed first. Meant for shutdown and tests;
        never call it from a task.
        """
        deadline = None if timeout_ms < 0 else time.monotonic() + timeout_ms / 1000
        for pool in self._pools.values():
            remaining = -1 if deadline is None else max(0, int((deadline - time.monotonic())
                                                                * 1000))
            if not pool.waitForDone(remaining):
                return False
        # Results were posted to us as queued calls; deliver them now so callers see a
        # consistent state (every callback has run) when this returns.
        QCoreApplication.sendPostedEvents(self)
        return not self._tasks

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Refuse new work, cancel what is queued or running, wait for the threads."""
        self._closed = True
        self.cancel_all()
        return self.wait_idle(timeout_ms)

    # -- worker side (runs on a pool thread; touches no widgets) ---------------------

    def _work(self, task: _Task) -> None:
        handle = task.handle
        task_id = handle.task_id
        if handle.is_cancel_requested():
            self._w_cancelled.emit(task_id)
            return
        self._w_started.emit(task_id)

        def emit_progress(done: int, total: int, message: str) -> None:
            self._w_progress.emit(task_id, done, total, message)

        ctx = TaskContext(handle._cancel_event, emit_progress)
        _lane_of_thread.lane = handle.lane
        try:
            try:
                result = task.fn(ctx)
            finally:
                self._report_changes(task_id)
        except OperationCancelled:
            self._w_cancelled.emit(task_id)
        except CollabDeskError as exc:
            self._w_failed.emit(task_id, exc)
        except Exception as exc:
            self._log_unexpected(handle, exc)
            self._w_failed.emit(task_id, _UnexpectedFailure(type(exc).__name__))
        else:
            # A cancelled task's result is stale for the screen that asked for it.
            if handle.is_cancel_requested():
                self._w_cancelled.emit(task_id)
            else:
                self._w_finished.emit(task_id, result)

    def _report_changes(self, task_id: int) -> None:
        changes = Changes()
        for source in self._changes_sources:  # a copy: replaced, never mutated
            try:
                changes = changes | source()
            except Exception:  # a store closed under us has nothing to report
                continue
        if changes:
            self._w_changes.emit(changes, task_id)

    @staticmethod
    def _log_unexpected(handle: TaskHandle, exc: BaseException) -> None:
        # Type and frame locations only: the message (and, in principle, a source
        # line) can quote client data.
        frames = "\n".join(f'  File "{f.filename}", line {f.lineno}, in {f.name}'
                           for f in traceback.extract_tb(exc.__traceback__))
        log.error("Task %d (%s, lane %s) failed with %s\nTraceback (most recent call last):\n%s",
                  handle.task_id, handle.label or "unnamed", handle.lane,
                  type(exc).__name__, frames.rstrip())

    # -- GUI side ---------------------------------------------------------------------

    @Slot(object, int)
    def _on_changes(self, changes: Changes, task_id: int) -> None:
        task = self._tasks.get(task_id)
        initiator = task.handle.initiator if task is not None else None
        if initiator is not None and not isValid(initiator):
            initiator = None
        self.sig_changes.emit(changes, initiator)

    @Slot(int)
    def _on_started(self, task_id: int) -> None:
        task = self._tasks.get(task_id)
        if task is None:
            return
        task.handle.state = TaskState.RUNNING
        self.sig_started.emit(task_id)

    @Slot(int, object, object, str)
    def _on_progress(self, task_id: int, done: int, total: int, message: str) -> None:
        task = self._tasks.get(task_id)
        if task is None or task.handle.is_cancel_requested():
            return
        if task.callbacks.on_progress is not None:
            task.callbacks.on_progress(done, total, message)
        task.handle.sig_progress.emit(done, total, message)
        self.sig_progress.emit(task_id, done, total, message)

    @Slot(int, object)
    def _on_finished(self, task_id: int, result: object) -> None:
        task = self._end(task_id, TaskState.DONE)
        if task is None:
            return
        try:
            if task.callbacks.on_done is not None:
                task.callbacks.on_done(result)
            task.handle.sig_finished.emit(result)
            self.sig_finished.emit(task_id, result)
        finally:
            self._after_end(task)

    @Slot(int, object)
    def _on_failed(self, task_id: int, error: object) -> None:
        task = self._end(task_id, TaskState.FAILED)
        if task is None:
            return
        if not isinstance(error, CollabDeskError):
            error_type = error.error_type if isinstance(error, _UnexpectedFailure) else "?"
            error = UnexpectedTaskError(
                self.tr("Something went wrong and the action could not be completed. "
                        "Please try again; if it keeps happening, ask your IT volunteer "
                        "to look at the application log."),
                error_type=error_type,
            )
        try:
            if task.callbacks.on_error is not None:
                task.callbacks.on_error(error)
            elif isinstance(error, UnexpectedTaskError):
                pass  # already logged on the worker side
            else:
                log.warning("Task %d (%s) failed with %s and has no error handler",
                            task_id, task.handle.label or "unnamed", type(error).__name__)
            task.handle.sig_failed.emit(error)
            self.sig_failed.emit(task_id, error)
        finally:
            self._after_end(task)

    @Slot(int)
    def _on_cancelled(self, task_id: int) -> None:
        task = self._end(task_id, TaskState.CANCELLED)
        if task is None:
            return
        try:
            if task.callbacks.on_cancelled is not None:
                task.callbacks.on_cancelled()
            task.handle.sig_cancelled.emit()
            self.sig_cancelled.emit(task_id)
        finally:
            self._after_end(task)

    def _end(self, task_id: int, state: TaskState) -> _Task | None:
        task = self._tasks.pop(task_id, None)
        if task is not None:
            task.handle.state = state
        return task

    def _after_end(self, task: _Task) -> None:
        task.handle.sig_ended.emit()
        if not self._tasks:
            self.sig_busy_changed.emit(False)


class TaskProgressDialog(QDialog):
    """A window-modal dialog that follows one task: message, bar, Cancel.

    It appears only if the task is still running after ``show_after_ms`` (quick tasks
    do not flash a dialog) and closes itself when the task ends. Cancel (or Esc, or
    closing the window) asks the task to stop; the dialog stays, saying so, until
    the worker has actually stopped, so the user never believes work is undone when
    it is still running.
    """

    def __init__(self, handle: TaskHandle, title: str, parent: QWidget | None = None, *,
                 show_after_ms: int = 400, cancellable: bool = True) -> None:
        super().__init__(parent)
        self._handle = handle
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAccessibleName(title)

        self.message_label = QLabel(self.tr("Working…"), self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Progress message"))
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy indicator until the first progress report
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel this task"))
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.clicked.connect(self.request_cancel)
        self._cancellable = cancellable

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.setMinimumWidth(360)

        handle.sig_progress.connect(self._on_progress)
        handle.sig_ended.connect(self._on_ended)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_if_running)
        if handle.is_finished():
            return
        if show_after_ms <= 0:
            self.show()
        else:
            self._show_timer.start(show_after_ms)

    @Slot()
    def request_cancel(self) -> None:
        if not self._cancellable or self._handle.is_finished():
            return
        self._handle.cancel()
        self.cancel_button.setEnabled(False)
        self.message_label.setText(self.tr("Cancelling… waiting for the current step to end."))

    def _show_if_running(self) -> None:
        if not self._handle.is_finished():
            self.show()

    @Slot(object, object, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self._handle.is_cancel_requested():
            return
        if total and total > 0:
            # QProgressBar is 32-bit; scale big totals (bytes) to per-mille.
            if total > 2**31 - 1:
                done, total = int(done * 1000 / total), 1000
            self.bar.setRange(0, int(total))
            self.bar.setValue(int(min(done, total)))
        else:
            self.bar.setRange(0, 0)
        if message:
            self.message_label.setText(message)

    @Slot()
    def _on_ended(self) -> None:
        self._show_timer.stop()
        self.done(QDialog.DialogCode.Accepted if self._handle.state is TaskState.DONE
                  else QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        # Esc and the window's close button: ask the task to stop, close when it has.
        if self._handle.is_finished():
            super().reject()
        else:
            self.request_cancel()

    def closeEvent(self, event: Any) -> None:
        if self._handle.is_finished():
            super().closeEvent(event)
        else:
            event.ignore()
            self.request_cancel()
