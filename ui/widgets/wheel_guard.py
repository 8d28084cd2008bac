"""The mouse wheel scrolls the page; it never changes a value it merely passes over.

Qt's drop-downs, spin boxes, date fields and sliders take the wheel whenever the pointer is
over them, so scrolling a long profile could turn a client's gender from "Female" into
"Unknown" on the way down. :func:`install` puts a filter on every top-level window
(``ui/window_filters.py``): a wheel turn over such a control that does not have the keyboard
focus is passed to its parents (the scroll area) instead, so the control neither changes nor
takes the focus. A control the person clicked or tabbed into still answers the wheel, as they
expect: the guard hands it the wheel itself, also when the pointer is over a part of it (a spin
box's text), the way Qt passes a wheel from the part to the control.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

from collabdesk.ui.window_filters import widget_of, window_filters

_GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def _guarded(widget: QWidget) -> bool:
    # A scroll bar is what the wheel is for.
    return isinstance(widget, _GUARDED) and not isinstance(widget, QScrollBar)


class WheelGuard(QObject):
    """The filter on each top-level window (see the module docstring)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(event, QWheelEvent):
            return False
        root = widget_of(watched)
        if root is None or _blocked_by_modal(root):
            return False  # Qt's own rules apply (a modal dialog swallows it)
        control = _guarded_under(root, event.position())
        if control is None:
            return False
        position = control.mapFrom(root, event.position())
        if _has_focus(control):
            _offer(control, event, position)
        else:
            parent = control.parentWidget()
            if parent is not None:
                _offer(parent, event, control.mapToParent(position))
        return True


def _blocked_by_modal(root: QWidget) -> bool:
    modal = QApplication.activeModalWidget()
    return modal is not None and modal is not root and not modal.isAncestorOf(root)


def _guarded_under(root: QWidget, position: QPointF) -> QWidget | None:
    widget = root.childAt(position.toPoint())
    while widget is not None and widget is not root:
        if _guarded(widget):
            return widget
        widget = widget.parentWidget()
    return None


def _has_focus(control: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is control or control.isAncestorOf(focus))


def _offer(widget: QWidget, event: QWheelEvent, position: QPointF) -> None:
    """Offer the wheel to ``widget``, then to each of its parents in turn until one takes it;
    ``position`` is the pointer in ``widget``'s coordinates.

    Done by hand because Qt passes a wheel event on only when the window system sent it, and
    the result must be the same however the event came."""
    current: QWidget | None = widget
    while current is not None:
        moved = QWheelEvent(position, event.globalPosition(), event.pixelDelta(),
                            event.angleDelta(), event.buttons(), event.modifiers(),
                            event.phase(), event.inverted(), event.source())
        moved.setAccepted(False)
        QCoreApplication.sendEvent(current, moved)
        if moved.isAccepted() or current.isWindow():
            break
        position = current.mapToParent(position)
        current = current.parentWidget()
    event.accept()


_guard: WheelGuard | None = None


def install(app: QApplication) -> None:
    """Put the guard on the application's windows once (later calls do nothing)."""
    global _guard
    filters = window_filters()
    if filters is None:
        return
    if _guard is None:
        _guard = WheelGuard(app)
    filters.add(_guard)
