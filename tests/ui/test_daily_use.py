"""A working day on a clinic laptop: nothing changes by accident, nothing is ambiguous."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from collabdesk.ui.widgets import wheel_guard


def _wheel(widget: QWidget, steps: int = -3) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, widget.mapToGlobal(centre), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_page_instead_of_changing_a_value_it_passes(qtbot: Any) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    wheel_guard.install(app)
    area = QScrollArea()
    qtbot.addWidget(area)
    inner = QWidget()
    box = QVBoxLayout(inner)
    gender = QComboBox(inner)
    gender.addItems(["Female", "Male", "Non-binary", "Unknown"])
    count = QSpinBox(inner)
    box.addWidget(gender)
    box.addWidget(count)
    box.addSpacing(3000)  # a long profile
    area.setWidget(inner)
    area.resize(300, 200)
    area.show()
    qtbot.waitExposed(area)

    _wheel(gender)
    _wheel(count)
    assert gender.currentText() == "Female" and count.value() == 0
    assert area.verticalScrollBar().value() > 0  # the page scrolled instead

    # A control the person chose (focused) answers the wheel as they expect.
    count.setFocus()
    qtbot.waitUntil(count.hasFocus)
    _wheel(count, steps=1)
    assert count.value() == 1
    assert gender.focusPolicy() != Qt.FocusPolicy.WheelFocus
