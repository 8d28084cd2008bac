"""Tab order helpers: Tab follows the reading order (left to right, top to bottom).

Qt tabs through a window's controls in the order they were created. Where that is not the
order they are read in (a column built after the one left of it, a button created before its
neighbour on the left), a screen lists its controls in reading order with :func:`tab_chain`.
``tests/ui/test_tab_order.py`` walks every page and dialog with Tab to keep it so.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def tab_chain(*widgets: QWidget) -> None:
    """Tab goes from each of ``widgets`` to the next, in the order given; the rest of the
    window's order is kept around them."""
    for before, after in pairwise(widgets):
        QWidget.setTabOrder(before, after)


def last_in_tab_order(window: QWidget, *, skip: tuple[QWidget, ...] = ()) -> QWidget | None:
    """The last control of ``window``'s Tab order that takes Tab (leaving out ``skip``)."""
    last: QWidget | None = None
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        if (widget not in skip and widget.window() is window
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            last = widget
        widget = widget.nextInFocusChain()
    return last
