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


def test_dates_read_the_same_in_every_country(qtbot: Any, english: None) -> None:
    import datetime as dt

    from PySide6.QtCore import QLocale

    from collabdesk.ui.dialogs.intake import ClientForm
    from collabdesk.ui.formats import fmt_date, fmt_iso_moment

    born = dt.date(1979, 10, 8)
    assert fmt_date(born) == "8 Oct 1979"
    form = ClientForm(dt.date(2026, 12, 4))
    qtbot.addWidget(form)
    qtbot.keyClicks(form.dob, "1979-10-08")
    assert form.dob_hint.text() == "Understood as 8 Oct 1979"
    assert fmt_iso_moment("2026-12-04T09:30:00Z").startswith(("4 Dec 2026", "3 Dec 2026",
                                                              "5 Dec 2026"))
    assert fmt_iso_moment("not a time") == ""
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        assert fmt_date(born) == "8 oct. 1979"
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
        assert fmt_date(born).endswith("1979") and "oct" in fmt_date(born)
    finally:
        QLocale.setDefault(previous)
