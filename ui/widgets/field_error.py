"""Validation messages shown next to the field they concern, for eyes and screen readers.

:class:`FieldErrorLabel` sits below (or beside) one field. :class:`FormValidator`
ties a form's fields to their labels: it runs local checks before a service is
called, and shows the per-field messages of a core ``ValidationError`` after.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from collabdesk.errors import ValidationError


class FieldErrorLabel(QLabel):
    """Shows a message about ``field``; hidden while there is none.

    While an error shows, the field carries ``invalid=true`` (styled by app.qss) and
    the message becomes the field's accessible description, so a screen reader reads
    it when the field gets focus.
    """

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else field.parentWidget())
        self._field = field
        self._field_description = field.accessibleDescription()
        self.setWordWrap(True)
        self.setVisible(False)
        self._retranslate()

    @property
    def field(self) -> QWidget:
        return self._field

    def has_error(self) -> bool:
        return bool(self.text())

    def show_error(self, message: str) -> None:
        if not message:
            self.clear_error()
            return
        self.setText(message)
        self.setVisible(True)
        self._field.setProperty("invalid", True)
        self._field.setAccessibleDescription(message)
        self._repolish()
        QAccessible.updateAccessibility(
            QAccessibleEvent(self._field, QAccessible.Event.DescriptionChanged))
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def clear_error(self) -> None:
        if not self.text() and not self._field.property("invalid"):
            return
        self.clear()
        self.setVisible(False)
        self._field.setProperty("invalid", False)
        self._field.setAccessibleDescription(self._field_description)
        self._repolish()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        name = self._field.accessibleName()
        self.setAccessibleName(self.tr("Error for {field}").format(field=name) if name
                               else self.tr("Error"))

    def _repolish(self) -> None:
        style = self._field.style()
        style.unpolish(self._field)
        style.polish(self._field)
        self._field.update()


Check = Callable[[], str | None]


@dataclass
class _Entry:
    field: QWidget
    label: FieldErrorLabel
    check: Check | None


class FormValidator(QObject):
    """Field-level errors for one form.

    ``add_field("dob", dob_edit, check=lambda: tr("Required") if not ... else None)``
    returns the :class:`FieldErrorLabel` to place in the layout. Editing a field
    clears its message.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: dict[str, _Entry] = {}

    def add_field(self, name: str, field: QWidget, *, label: FieldErrorLabel | None = None,
                  check: Check | None = None) -> FieldErrorLabel:
        if name in self._entries:
            raise ValueError(f"The field {name!r} is already registered in this form.")
        label = label if label is not None else FieldErrorLabel(field)
        self._entries[name] = _Entry(field, label, check)
        if isinstance(field, QLineEdit):
            field.textEdited.connect(lambda _t: label.clear_error())
        elif isinstance(field, QPlainTextEdit | QTextEdit):
            field.textChanged.connect(label.clear_error)
        return label

    def label(self, name: str) -> FieldErrorLabel:
        return self._entries[name].label

    def errors(self) -> dict[str, str]:
        return {n: e.label.text() for n, e in self._entries.items() if e.label.has_error()}

    def validate(self) -> bool:
        """Run every local check; show messages; focus the first bad field."""
        found: dict[str, str] = {}
        for name, entry in self._entries.items():
            message = entry.check() if entry.check is not None else None
            if message:
                found[name] = message
        self.clear()
        self.show_errors(found)
        return not found

    def show_errors(self, errors: Mapping[str, str]) -> list[str]:
        """Show each message by its field; returns the names with no such field
        (the caller shows those, with the error's main message, in a banner)."""
        unknown = []
        first: QWidget | None = None
        for name, message in errors.items():
            entry = self._entries.get(name)
            if entry is None:
                unknown.append(name)
                continue
            entry.label.show_error(message)
            if first is None:
                first = entry.field
        if first is not None:
            first.setFocus()
        return unknown

    def apply(self, error: ValidationError) -> list[str]:
        """Show a core service's ``ValidationError`` by field; see :meth:`show_errors`."""
        self.clear()
        return self.show_errors(error.fields)

    def clear(self) -> None:
        for entry in self._entries.values():
            entry.label.clear_error()
