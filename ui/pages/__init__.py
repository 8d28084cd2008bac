"""The main window's pages. Each is a :class:`Page` built from an :class:`AppContext`."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from collabdesk.ui.context import AppContext


class Page(QWidget):
    """A screen in the main window's navigation.

    Subclasses load their data through ``context.runner`` (db lane) and reload in
    :meth:`refresh`, which the main window calls when the page is shown and when
    ``sig_data_changed`` names a kind of data the page lists (see :attr:`watches`).
    """

    #: entity kinds whose changes make this page reload
    watches: frozenset[str] = frozenset()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the page shows (off the GUI thread)."""
