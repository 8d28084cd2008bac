"""Reusable widgets: debounced search, status chips, accessible field errors."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from collabdesk.errors import ValidationError
from collabdesk.ui.widgets import FieldErrorLabel, FormValidator, SearchBox, StatusChip
from tests.waits import WAIT_MS


def test_search_box_waits_for_a_pause_and_sends_one_search(qtbot: Any) -> None:
    box = SearchBox(debounce_ms=50)
    qtbot.addWidget(box)
    sent: list[str] = []
    box.sig_search.connect(sent.append)
    qtbot.keyClicks(box, "jose")  # QTest only types ASCII
    assert sent == [] and box.is_pending()
    with qtbot.waitSignal(box.sig_search, timeout=WAIT_MS) as blocker:
        pass
    assert blocker.args == ["jose"]
    assert sent == ["jose"]
    assert box.accessibleName() == "Search" and box.placeholderText() == "Search…"


def test_search_box_enter_searches_at_once_and_escape_clears(qtbot: Any) -> None:
    box = SearchBox(debounce_ms=60_000)
    qtbot.addWidget(box)
    sent: list[str] = []
    box.sig_search.connect(sent.append)
    qtbot.keyClicks(box, "ana")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert sent == ["ana"] and not box.is_pending()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == "" and sent == ["ana", ""]


def test_escape_in_an_empty_search_box_still_closes_the_dialog(qtbot: Any) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    box = SearchBox(dialog)
    QVBoxLayout(dialog).addWidget(box)
    dialog.show()
    qtbot.waitExposed(dialog)
    box.setText("x")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert dialog.isVisible() and box.text() == ""
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_status_chip_states_its_status_in_words(qtbot: Any) -> None:
    chip = StatusChip("Accepted", "ok")
    qtbot.addWidget(chip)
    assert chip.property("kind") == "ok"
    chip.set_status("Overdue", "overdue")
    assert (chip.text(), chip.kind(), chip.property("kind")) == ("Overdue", "overdue", "overdue")
    assert chip.accessibleName() == "Status: Overdue"
    with pytest.raises(ValueError, match="kind"):
        chip.set_status("Odd", "purple")  # type: ignore[arg-type]


@pytest.fixture
def form(qtbot: Any) -> tuple[QWidget, QLineEdit, QLineEdit, FormValidator]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QFormLayout(window)
    name, dob = QLineEdit(window), QLineEdit(window)
    name.setAccessibleName("Name")
    dob.setAccessibleName("Date of birth")
    dob.setAccessibleDescription("Day, month and year")
    validator = FormValidator(window)
    layout.addRow("Name", name)
    layout.addRow("", validator.add_field(
        "name", name, check=lambda: "Enter a name." if not name.text().strip() else None))
    layout.addRow("Date of birth", dob)
    layout.addRow("", validator.add_field("dob", dob))
    window.show()
    qtbot.waitExposed(window)
    return window, name, dob, validator


def test_validator_shows_errors_next_to_fields_and_focuses_the_first(
        form: tuple[QWidget, QLineEdit, QLineEdit, FormValidator]) -> None:
    window, name, _dob, validator = form
    label = validator.label("name")
    assert not label.isVisible()
    assert not validator.validate()
    assert label.isVisible() and label.text() == "Enter a name."
    assert name.property("invalid") is True
    assert name.accessibleDescription() == "Enter a name."  # read out with the field
    assert label.accessibleName() == "Error for Name"
    assert window.focusWidget() is name
    assert validator.errors() == {"name": "Enter a name."}

    name.setText("Ana")
    assert validator.validate()
    assert not label.isVisible() and name.property("invalid") is False
    assert name.accessibleDescription() == ""


def test_validator_shows_a_service_validation_error_and_editing_clears_it(
        qtbot: Any, form: tuple[QWidget, QLineEdit, QLineEdit, FormValidator]) -> None:
    window, _name, dob, validator = form
    error = ValidationError("Some details need fixing.",
                            {"dob": "The date of birth is in the future.", "phone": "Too short"})
    unknown = validator.apply(error)
    assert unknown == ["phone"]
    label = validator.label("dob")
    assert label.isVisible() and dob.property("invalid") is True
    assert dob.accessibleDescription() == "The date of birth is in the future."
    assert window.focusWidget() is dob
    qtbot.keyClicks(dob, "1")
    assert not label.isVisible()
    assert dob.accessibleDescription() == "Day, month and year"  # the original comes back


def test_field_error_label_refuses_duplicate_fields(qtbot: Any) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    validator = FormValidator()
    label = validator.add_field("x", field, label=FieldErrorLabel(field))
    assert label.accessibleName() == "Error"
    with pytest.raises(ValueError, match="already"):
        validator.add_field("x", field)
