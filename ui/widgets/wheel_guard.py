"""The mouse wheel scrolls the page; it never changes a value it merely passes over.

Qt's drop-downs, spin boxes, date fields and sliders take the wheel whenever the pointer is
over them, so scrolling a long profile could turn a client's gender from "Female" into
"Unknown" on the way down. :func:`install` puts one event filter on the application: a wheel
event over such a control that does not have the keyboard focus is passed to its parent
(the scroll area) instead. A control the person clicked or tabbed into still answers the
wheel, as they expect. Controls also stop taking focus from the wheel alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

_GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def _guarded(obj: QObject) -> bool:
    # A scroll bar is what the wheel is for.
    return isinstance(obj, _GUARDED) and not isinstance(obj, QScrollBar)


class WheelGuard(QObject):
    """The application-wide filter (see the module docstring)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel and _guarded(watched):
            if isinstance(watched, QWidget) and isinstance(event, QWheelEvent) \
                    and not watched.hasFocus():
                _pass_to_parents(watched, event)
                return True
        elif kind == QEvent.Type.Polish and _guarded(watched):
            widget = watched
            if isinstance(widget, QWidget) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


def _pass_to_parents(widget: QWidget, event: QWheelEvent) -> None:
    """Offer the wheel to each parent in turn until one takes it (the scroll area).

    Done by hand because Qt passes a wheel event on only when the window system sent it,
    and the result must be the same however the event came."""
    parent = widget.parentWidget()
    position = event.position()
    while parent is not None and widget is not None:
        position = widget.mapToParent(position)
        moved = QWheelEvent(position, event.globalPosition(), event.pixelDelta(),
                            event.angleDelta(), event.buttons(), event.modifiers(),
                            event.phase(), event.inverted(), event.source())
        moved.setAccepted(False)
        QCoreApplication.sendEvent(parent, moved)
        if moved.isAccepted():
            break
        widget, parent = parent, parent.parentWidget()
    event.accept()


_guard: WheelGuard | None = None


def install(app: QApplication) -> None:
    """Install the guard once per application (later calls do nothing)."""
    global _guard
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
