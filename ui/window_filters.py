"""Event filters on the application's top-level windows, not on the application itself.

An event filter written in Python and installed on the application runs for every event Qt
delivers to any object: layout requests, paints, timers, child events — about 230 of them to
open a case, which cost 5 ms a case for the idle lock and the wheel guard together. Input from
the window system reaches a widget through its top-level window (a ``QWindow``) first, so a
filter there sees every key press, click, pointer move and wheel turn for a few calls a frame.

Keys that Qt matches as shortcuts (Ctrl+L, Ctrl+N …) are the one kind of input a window does
not see: Qt takes them before the window does. For the idle lock that is harmless (a shortcut
is followed by other input) and the wheel guard is about the wheel only.

Filters added here are installed on every top-level window now and on each window that later
gains the focus (a dialog that opens, the main window once it is shown); installing a filter
twice on the same window keeps one copy, so a plain re-sync is safe.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QWidget


class WindowFilters(QObject):
    """The filters to keep installed on every top-level window of one application."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._filters: list[QObject] = []
        app.focusWindowChanged.connect(self._on_app_focus_window_changed)

    def add(self, event_filter: QObject) -> None:
        if event_filter not in self._filters:
            self._filters.append(event_filter)
        self.sync()

    def remove(self, event_filter: QObject) -> None:
        if event_filter in self._filters:
            self._filters.remove(event_filter)
            for handle in _window_handles():
                handle.removeEventFilter(event_filter)

    def sync(self) -> None:
        """Install every filter on every top-level window that has been shown."""
        for handle in _window_handles():
            for event_filter in self._filters:
                handle.installEventFilter(event_filter)

    def _on_app_focus_window_changed(self, _window: QWindow | None) -> None:
        self.sync()


def _window_handles() -> list[QWindow]:
    handles = []
    for widget in QApplication.topLevelWidgets():
        handle = widget.windowHandle()
        if handle is not None:
            handles.append(handle)
    return handles


def widget_of(window: QObject) -> QWidget | None:
    """The top-level widget whose window ``window`` is."""
    for widget in QApplication.topLevelWidgets():
        if widget.windowHandle() is window:
            return widget
    return None


_filters: WindowFilters | None = None


def window_filters() -> WindowFilters | None:
    """The application's :class:`WindowFilters` (made on first use; None without an app)."""
    global _filters
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    if _filters is None or not shiboken6.isValid(_filters):
        _filters = WindowFilters(app)
    return _filters
