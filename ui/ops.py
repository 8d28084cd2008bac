"""The one builder for background work (in the spirit of Anki's ``QueryOp``).

Every page, dialog and controller runs store, network and file work like this::

    Op(self, lambda ctx: clients.search(text), label="search clients")
        .success(self._show_results)
        .failure(self._show_error)          # optional: the default tells the main window
        .with_progress(self.tr("Exporting…"))  # optional: a cancellable progress dialog
        .run(self.context.runner)

* ``owner`` is the widget (or object) that asked: once it is destroyed its callbacks are
  skipped, so a late answer never touches a closed dialog.
* The work gets a :class:`~collabdesk.ui.tasks.TaskContext` (``progress``/``cancelled``,
  the core's one progress type); ``lane="io"`` is for network, files and CPU work that
  does not touch the store.
* What the work changed in the store reaches every page once, through
  ``TaskRunner.sig_changes`` (the pages' one refresh path), before ``success`` runs: callers
  never announce changes themselves.
* A cancel (the progress dialog's button, or the core raising ``OperationCancelled``) goes
  to ``cancelled`` and never to ``failure``.
* An error with no ``failure`` callback goes to ``TaskRunner.sig_unhandled_error``, which
  the main window shows where the person is looking.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from collabdesk.errors import CollabDeskError
from collabdesk.ui.tasks import Lane, TaskContext, TaskHandle, TaskProgressDialog, TaskRunner

T = TypeVar("T")


class Op(Generic[T]):
    """Background work, built with chained calls and started with :meth:`run`."""

    def __init__(self, owner: QObject | None, work: Callable[[TaskContext], T], *,
                 label: str, lane: Lane = "db") -> None:
        self._owner = owner
        self._work = work
        self._label = label
        self._lane: Lane = lane
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[CollabDeskError], None] | None = None
        self._cancelled: Callable[[], None] | None = None
        self._progress: Callable[[int, int, str], None] | None = None
        self._dialog: dict[str, Any] | None = None
        self.dialog: TaskProgressDialog | None = None

    def success(self, fn: Callable[[T], object]) -> Op[T]:  # what it returns is dropped
        self._success = fn
        return self

    def failure(self, fn: Callable[[CollabDeskError], None]) -> Op[T]:
        self._failure = fn
        return self

    def cancelled(self, fn: Callable[[], None]) -> Op[T]:
        self._cancelled = fn
        return self

    def progress(self, fn: Callable[[int, int, str], None]) -> Op[T]:
        """Follow progress yourself (e.g. a bar inside a page) instead of a dialog."""
        self._progress = fn
        return self

    def with_progress(self, title: str, *, cancellable: bool = True,
                      show_after_ms: int = 400) -> Op[T]:
        """Show a window-modal progress dialog titled ``title`` (already translated) if
        the work is still running after ``show_after_ms``; Cancel asks the work to stop."""
        self._dialog = {"title": title, "cancellable": cancellable,
                        "show_after_ms": show_after_ms}
        return self

    def _alive(self) -> bool:
        return self._owner is None or isValid(self._owner)

    def run(self, runner: TaskRunner) -> TaskHandle | None:
        """Queue the work. Returns None, doing nothing, once the runner is shut down (the
        app is closing or the session was locked: nothing is left to show an answer on)."""

        def done(result: T) -> None:
            if self._success is not None and self._alive():
                self._success(result)

        def failed(error: CollabDeskError) -> None:
            if not self._alive():
                return
            if self._failure is not None:
                self._failure(error)
            else:
                runner.sig_unhandled_error.emit(error)

        def cancelled() -> None:
            if self._cancelled is not None and self._alive():
                self._cancelled()

        def progress(done_: int, total: int, message: str) -> None:
            if self._progress is not None and self._alive():
                self._progress(done_, total, message)

        try:
            handle = runner.run(self._work, lane=self._lane, label=self._label, on_done=done,
                                on_error=failed, on_cancelled=cancelled,
                                on_progress=progress if self._progress else None,
                                initiator=self._owner)
        except RuntimeError:
            return None
        if self._dialog is not None:
            parent = self._owner if isinstance(self._owner, QWidget) else None
            self.dialog = TaskProgressDialog(
                handle, self._dialog["title"], parent,
                show_after_ms=self._dialog["show_after_ms"],
                cancellable=self._dialog["cancellable"])
        return handle
