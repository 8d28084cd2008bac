"""The main window's pages. Each is a :class:`Page` built from an :class:`AppContext`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from collabdesk.changes import Changes
from collabdesk.ui.context import AppContext


class Page(QWidget):
    """A screen in the main window's navigation.

    Subclasses load their data through :class:`~collabdesk.ui.ops.Op` (db lane) and reload
    in :meth:`refresh`, which the main window calls when the page is shown, and through
    :meth:`on_changes` when a background task changed a kind of record the page lists
    (see :attr:`watches`).
    """

    #: record kinds (the event log's entity names, or the kinds in collabdesk.changes)
    #: whose changes make this page reload
    watches: frozenset[str] = frozenset()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the page shows (off the GUI thread)."""

    def on_changes(self, changes: Changes, initiator: QObject | None) -> None:
        """Reload once if ``changes`` concern this page. A change this page (or one of its
        dialogs) made itself is skipped: the page updates itself after its own actions."""
        if self.made_here(initiator):
            return
        if changes.touches(*self.watches):
            self.refresh()

    # -- unsaved edits (see MainWindow: asked before navigating, kept as drafts on lock) ---

    def unsaved_changes(self) -> list[str]:
        """Names of edits typed here and not saved yet (translated; empty: none)."""
        return []

    def save_unsaved(self) -> None:
        """Save what :meth:`unsaved_changes` names (in the background)."""

    def discard_unsaved(self) -> None:
        """Put the stored values back."""

    def draft(self) -> tuple[str, dict[str, Any]] | None:
        """(key, state) of the unsaved edits, kept in the store when the session locks and
        given back to :meth:`restore_draft` next time; None when nothing is unsaved."""
        return None

    def made_here(self, initiator: QObject | None) -> bool:
        # Walk parents by hand: isAncestorOf stops at window borders, and dialogs are windows.
        while initiator is not None:
            if initiator is self:
                return True
            initiator = initiator.parent()
        return False
