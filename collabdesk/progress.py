"""The one way long core work reports progress and learns that it should stop.

Backups, summaries, sync rounds, snapshots and imports all take the same two optional
callables, so the desktop's background helper (and the CLI's progress line) can follow any
of them:

* ``progress(done, total, message)`` — ``total <= 0`` means the amount is unknown;
  ``message`` is already a sentence for a person (or empty);
* ``cancelled()`` — True once the person asked to stop; the work raises
  :class:`OperationCancelled` at its next safe point, having changed nothing it cannot keep.
"""

from __future__ import annotations

from collections.abc import Callable

from collabdesk.errors import CollabDeskError

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class OperationCancelled(CollabDeskError):
    """The person asked to stop; reported as a cancel, never as an error."""

    def __init__(self, code: str = "cancelled") -> None:
        super().__init__(code)


def report(progress: Progress | None, done: int, total: int, message: str = "") -> None:
    """Call ``progress`` if there is one."""
    if progress is not None:
        progress(done, total, message)


def check(cancelled: Cancelled | None) -> None:
    """Raise :class:`OperationCancelled` if the person asked to stop."""
    if cancelled is not None and cancelled():
        raise OperationCancelled()
