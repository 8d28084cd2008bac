"""One input widget per Questionnaire item: what a person expects for each item type.

Every editor turns what the person typed or chose into FHIR answer elements
(:meth:`Editor.answers`, through the core's ``make_answer``) and shows stored ones
(:meth:`Editor.set_answers`); it emits ``sig_edited`` only for the person's own edits.

| item | widget |
|---|---|
| choice, radio-button (or up to 5 options) | radio buttons: arrows choose |
| choice, check-box, or a repeating choice | check boxes: Space ticks |
| choice, drop-down (or more than 5 options) | a drop-down with an empty first entry |
| open-choice | the same, plus an "Other" text field |
| boolean | Yes / No radio buttons |
| integer with a minimum and a maximum | a spin box (its lowest step means "no answer") |
| integer, decimal, date, dateTime, time, string, url | a text field (entryFormat as hint) |
| quantity | a number field and its unit |
| text | a multi-line field (Tab leaves it) |
| attachment | "Choose a file…" |

Drop-downs and spin boxes ignore the mouse wheel unless they have the focus
(``ui/widgets/wheel_guard.py``, installed on every window).
"""

from __future__ import annotations

import base64
import mimetypes
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from collabdesk.diskspace import human_size
from collabdesk.forms.answers import (
    MAX_ATTACHMENT_BYTES,
    check_answer,
    make_answer,
    plain_value,
    same_value,
    value_of,
)
from collabdesk.forms.model import Answer, Item, Option
from collabdesk.ui.dialogs.files import FileDialogs, FileProblem, read_for_attaching
from collabdesk.ui.formats import literal
from collabdesk.ui.ops import Op
from collabdesk.ui.tasks import TaskRunner
from collabdesk.ui.widgets import FieldErrorLabel

MAX_RADIOS = 5  # more options than this, and no itemControl: a drop-down


# lupdate reads translate("Context", "text") calls; an alias keeps them on one line.
translate = QCoreApplication.translate


def option_text(option: Option) -> str:
    return f"{option.prefix} {option.label}".strip() if option.prefix else option.label


def answer_text(answer: Answer, item: Item | None = None) -> str:
    """An answer as a person reads it: the option's label, a number with its unit…"""
    if item is not None:
        for option in item.options:
            if same_value(answer, value_of(option.value)[1]):
                return option_text(option)
    key, value = value_of(answer)
    if key == "valueBoolean":
        return translate("FormEditors", "Yes") if value else translate("FormEditors", "No")
    if key == "valueQuantity" and isinstance(value, dict):
        return f"{_number_text(value.get('value'))} {value.get('unit', '')}".strip()
    if key == "valueAttachment" and isinstance(value, dict):
        return str(value.get("title") or translate("FormEditors", "(a file)"))
    shown = plain_value(answer)
    return _number_text(shown) if isinstance(shown, float) else str(shown)


def _number_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class Editor(QWidget):
    """The input part of one question (the caption, help and message are the renderer's)."""

    sig_edited = Signal()

    def __init__(self, item: Item, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.name = name  # the accessible name: the question's text
        self._quiet = False
        self.setAccessibleName(name)

    def answers(self) -> tuple[list[Answer], str]:
        """The answers given and, if what was typed cannot be an answer, why (translated)."""
        raise NotImplementedError

    def set_answers(self, answers: list[Answer]) -> None:
        self._quiet = True
        try:
            self._show(answers)
        finally:
            self._quiet = False

    def _show(self, answers: list[Answer]) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        for child in self.findChildren(QWidget):
            if isinstance(child, QLineEdit | QPlainTextEdit):
                child.setReadOnly(read_only)
            elif isinstance(child, QAbstractButton | QComboBox | QSpinBox):
                child.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        return self.focusProxy() or self

    def _edited(self, *_args: Any) -> None:
        if not self._quiet:
            self.sig_edited.emit()

    def _make(self, value: Any) -> tuple[list[Answer], str]:
        """``value`` as this item's answer, or the reason it cannot be one."""
        try:
            answer = make_answer(self.item, value)
        except Exception:
            answer = None
        if answer is None:
            return [], translate("FormEditors", "This is not a valid answer here.")
        problem = check_answer(self.item, answer)
        if problem:
            text = str(problem)
            return [], text[:1].upper() + text[1:]
        return [answer], ""


# -- choices --------------------------------------------------------------------------------


class ChoiceEditor(Editor):
    """Options as radio buttons, check boxes or a drop-down; an "Other" field for open-choice."""

    def __init__(self, item: Item, name: str, options: list[tuple[str, Answer]],
                 control: str, parent: QWidget | None = None) -> None:
        super().__init__(item, name, parent)
        self.options = options
        self.control = control
        self.multiple = item.repeats
        self.buttons: list[QAbstractButton] = []
        self.combo: QComboBox | None = None
        self.other: QLineEdit | None = None
        self.clear_button: QPushButton | None = None
        self._clearable = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if control == "drop-down":
            self.combo = QComboBox(self)
            self.combo.setAccessibleName(name)
            self.combo.addItem(translate("FormEditors", "(no answer)"), None)
            for text, answer in options:
                self.combo.addItem(text, answer)
            self.combo.currentIndexChanged.connect(self._edited)
            layout.addWidget(self.combo)
            self.setFocusProxy(self.combo)
        else:
            self.group = QButtonGroup(self)
            self.group.setExclusive(control == "radio-button")
            for n, (text, _answer) in enumerate(options):
                shown = literal(text)
                button: QAbstractButton = (QRadioButton(shown, self) if control == "radio-button"
                                           else QCheckBox(shown, self))
                button.setAccessibleName(text)
                button.setAccessibleDescription(name)
                self.group.addButton(button, n)
                layout.addWidget(button)
                self.buttons.append(button)
            self.group.idToggled.connect(self._on_group_toggled)
            if self.buttons:
                self.setFocusProxy(self.buttons[0])
            # An optional radio question gets "Clear answer" once answered (made then, so a
            # long form opens fast).
            self._clearable = control == "radio-button" and not item.required and (
                not item.read_only)
        if item.type == "open-choice":
            row = QHBoxLayout()
            caption = QLabel(translate("FormEditors", "Other:"), self)
            self.other = QLineEdit(self)
            self.other.setAccessibleName(translate("FormEditors", "Other answer to: %1")
                .replace("%1", name))
            caption.setBuddy(self.other)
            if item.max_length:
                self.other.setMaxLength(item.max_length)
            self.other.textEdited.connect(self._on_other_edited)
            row.addWidget(caption)
            row.addWidget(self.other, 1)
            layout.addLayout(row)
            if not options:
                self.setFocusProxy(self.other)

    def _on_group_toggled(self, button_id: int, checked: bool) -> None:
        if self._quiet:
            return
        if checked and not self.multiple and self.control == "check-box":
            # A check box list answering one question: ticking one unticks the others.
            self._quiet = True
            for n, button in enumerate(self.buttons):
                if n != button_id:
                    button.setChecked(False)
            self._quiet = False
        if checked and self.other is not None and not self.multiple:
            self.other.clear()
        if checked:
            self._offer_clear()
        if checked or self.control == "check-box":
            self._edited()

    def _on_other_edited(self, text: str) -> None:
        if text and not self.multiple:
            self._quiet = True
            self._uncheck_all()
            self._quiet = False
        self._edited()

    def set_read_only(self, read_only: bool) -> None:
        if read_only:
            self._clearable = False
            if self.clear_button is not None:
                self.clear_button.hide()
        super().set_read_only(read_only)

    def _offer_clear(self) -> None:
        if not self._clearable or self.clear_button is not None:
            return
        self.clear_button = QPushButton(translate("FormEditors", "Clear answer"), self)
        self.clear_button.setAccessibleName(
            translate("FormEditors", "Clear the answer to: %1").replace("%1", self.name))
        self.clear_button.setFlat(True)
        self.clear_button.clicked.connect(self._clear)
        row = QHBoxLayout()
        row.addWidget(self.clear_button)
        row.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(len(self.buttons), row)

    def _uncheck_all(self) -> None:
        if self.combo is not None:
            self.combo.setCurrentIndex(0)
            return
        exclusive = self.group.exclusive()
        self.group.setExclusive(False)
        for button in self.buttons:
            button.setChecked(False)
        self.group.setExclusive(exclusive)

    def _clear(self) -> None:
        self._uncheck_all()
        if self.other is not None:
            self.other.clear()
        self._edited()

    def chosen(self) -> list[int]:
        if self.combo is not None:
            index = self.combo.currentIndex()
            return [index - 1] if index > 0 else []
        return [n for n, b in enumerate(self.buttons) if b.isChecked()]

    def answers(self) -> tuple[list[Answer], str]:
        out = [dict(self.options[n][1]) for n in self.chosen()]
        if self.other is not None and self.other.text().strip():
            made, problem = self._make(self.other.text().strip())
            if problem:
                return out, problem
            out += made
        return out, ""

    def _show(self, answers: list[Answer]) -> None:
        self._uncheck_all()
        if self.other is not None:
            self.other.clear()
        for answer in answers:
            found = next((n for n, (_t, a) in enumerate(self.options)
                          if same_value(answer, value_of(a)[1])), None)
            if found is None:
                if self.other is not None:
                    self.other.setText(answer_text(answer))
                continue
            if self.combo is not None:
                self.combo.setCurrentIndex(found + 1)
            else:
                self.buttons[found].setChecked(True)
                self._offer_clear()

    def choose(self, n: int) -> None:
        """Pick option ``n`` as a click or a key would (tests and keyboard shortcuts)."""
        if self.combo is not None:
            self.combo.setCurrentIndex(n + 1)
        else:
            self.buttons[n].click()


# -- typed values ---------------------------------------------------------------------------

_HINTS = {"date": "YYYY-MM-DD", "dateTime": "YYYY-MM-DDThh:mm", "time": "hh:mm",
          "url": "https://…"}


class LineEditor(Editor):
    """One line of text turned into the item's type (numbers, dates, times, codes, links)."""

    def __init__(self, item: Item, name: str, parent: QWidget | None = None) -> None:
        super().__init__(item, name, parent)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(name)
        self.edit.setPlaceholderText(item.entry_format or _HINTS.get(item.type, ""))
        if item.max_length:
            self.edit.setMaxLength(item.max_length)
        self.edit.textEdited.connect(self._edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        self.unit = item.unit
        if item.type == "quantity" and item.unit:
            layout.addWidget(QLabel(item.unit, self))
        self.setFocusProxy(self.edit)

    def value(self, text: str) -> Any:
        kind = self.item.type
        if kind == "integer":
            return int(text)
        if kind in ("decimal", "quantity"):
            number = Decimal(text.replace(",", ".")) if text.count(",") == 1 and "." not in \
                text else Decimal(text)
            return (number, self.unit) if kind == "quantity" else number
        if kind in ("choice", "open-choice"):
            return {"code": text}
        return text

    def answers(self) -> tuple[list[Answer], str]:
        text = self.edit.text().strip()
        if not text:
            return [], ""
        try:
            value = self.value(text)
        except (ValueError, InvalidOperation):
            if self.item.type == "integer":
                return [], translate("FormEditors", "Type a whole number.")
            return [], translate("FormEditors", "Type a number.")
        return self._make(value)

    def _show(self, answers: list[Answer]) -> None:
        if not answers:
            self.edit.clear()
            return
        key, value = value_of(answers[0])
        if key == "valueQuantity" and isinstance(value, dict):
            self.edit.setText(_number_text(value.get("value")))
        elif key == "valueCoding" and isinstance(value, dict) and not self.item.options:
            self.edit.setText(str(value.get("code", "")))
        else:
            self.edit.setText(answer_text(answers[0], self.item))


class TextEditor(Editor):
    """Several lines of text (``text`` items); Tab moves on, as in every other field."""

    def __init__(self, item: Item, name: str, parent: QWidget | None = None) -> None:
        super().__init__(item, name, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName(name)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)
        if item.entry_format:
            self.edit.setPlaceholderText(item.entry_format)
        self.edit.textChanged.connect(self._edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def answers(self) -> tuple[list[Answer], str]:
        text = self.edit.toPlainText().strip()
        return self._make(text) if text else ([], "")

    def _show(self, answers: list[Answer]) -> None:
        self.edit.setPlainText(str(plain_value(answers[0])) if answers else "")


class SpinEditor(Editor):
    """A whole number between the item's minimum and maximum; the step below the minimum
    shows "–" and means no answer yet."""

    def __init__(self, item: Item, name: str, parent: QWidget | None = None) -> None:
        super().__init__(item, name, parent)
        self.spin = QSpinBox(self)
        self.spin.setAccessibleName(name)
        self.spin.setRange(int(item.min_value) - 1, int(item.max_value))
        self.spin.setSpecialValueText("–")
        self.spin.setValue(self.spin.minimum())
        self.spin.valueChanged.connect(self._edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        layout.addStretch(1)
        self.setFocusProxy(self.spin)

    def answers(self) -> tuple[list[Answer], str]:
        if self.spin.value() == self.spin.minimum():
            return [], ""
        return self._make(self.spin.value())

    def _show(self, answers: list[Answer]) -> None:
        value = plain_value(answers[0]) if answers else None
        self.spin.setValue(value if isinstance(value, int) else self.spin.minimum())


class AttachmentEditor(Editor):
    """A file kept inside the response (a photo of a document; at most the core's limit for
    a file in an answer, 1 MB).

    The chosen file is read on the io lane of ``runner``; while it is read the button waits.
    A file that is gone, unreadable or too large says why below the file's name and leaves
    the answer as it was. Without a runner (a response only shown) no file can be chosen."""

    def __init__(self, item: Item, name: str, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(item, name, parent)
        self.runner = runner
        self.answer: Answer | None = None
        self._reading = False
        self._read_only = False
        self.label = QLabel(translate("FormEditors", "No file"), self)
        self.button = QPushButton(translate("FormEditors", "Choose a file…"), self)
        self.button.setAccessibleName(translate("FormEditors", "Choose a file for: %1")
            .replace("%1", name))
        self.button.clicked.connect(self._on_button_clicked)
        # Tied to the file's name, not the button: the form's own message (e.g. "Required")
        # is tied to the button.
        self.problem = FieldErrorLabel(self.label, self)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.setFocusProxy(self.button)
        self._update_button()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        super().set_read_only(read_only)
        self._update_button()

    def is_reading(self) -> bool:
        return self._reading

    def _update_button(self) -> None:
        self.button.setEnabled(self.runner is not None and not self._read_only
                               and not self._reading)

    def _on_button_clicked(self) -> None:
        self.choose()

    def choose(self) -> None:
        """Ask for a file and read it off the GUI thread; one file at a time."""
        runner = self.runner
        if runner is None or self._read_only or self._reading:
            return
        path = FileDialogs.open_attachment(self)
        if path is None:
            return
        self._reading = True
        self._update_button()
        self.problem.clear_error()
        self.label.setText(translate("FormEditors", "Reading “%1”…").replace("%1", path.name))
        handle = (Op(self, lambda _ctx: read_for_attaching(path, MAX_ATTACHMENT_BYTES),
                     label="read form attachment file", lane="io")
                  .success(lambda data: self._on_read_done(path, data))
                  .failure(lambda error: self._on_read_failed(path, str(error)))
                  .run(runner))
        if handle is None:  # the app is closing: nothing was read, nothing to say
            self._reading = False
            self._update_button()
            self._show_label()

    def _on_read_done(self, path: Path, data: bytes | FileProblem) -> None:
        self._reading = False
        self._update_button()
        if isinstance(data, FileProblem):
            self._show_label()
            self.problem.show_error(self._not_kept(path.name, data))
            return
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self.answer = {"valueAttachment": {"contentType": mime, "title": path.name,
                                           "data": base64.b64encode(data).decode("ascii")}}
        self._show_label()
        self._edited()

    def _on_read_failed(self, path: Path, reason: str) -> None:
        self._on_read_done(path, FileProblem("unreadable", reason=reason))

    def _not_kept(self, name: str, problem: FileProblem) -> str:
        # The name goes in last: a file called "%2.png" must keep its name.
        if problem.kind == "gone":
            text = translate("FormEditors", "“%1” is no longer there: it was moved or deleted "
                             "after it was chosen. The answer was not changed.")
        elif problem.kind == "denied":
            text = translate("FormEditors", "“%1” cannot be read: you do not have permission "
                             "to open it. The answer was not changed.")
        elif problem.kind == "too-large":
            text = translate("FormEditors", "“%1” is %2; a file in a form can be at most %3 "
                             "MB. The answer was not changed.").replace(
                "%2", human_size(problem.size)).replace(
                "%3", str(MAX_ATTACHMENT_BYTES // (1024 * 1024)))
        else:
            text = translate("FormEditors", "“%1” could not be read (%2). The answer was not "
                             "changed.").replace("%2", problem.reason)
        return text.replace("%1", name)

    def _show_label(self) -> None:
        self.label.setText(answer_text(self.answer) if self.answer
                           else translate("FormEditors", "No file"))

    def answers(self) -> tuple[list[Answer], str]:
        return self._make(self.answer) if self.answer else ([], "")

    def _show(self, answers: list[Answer]) -> None:
        self.answer = dict(answers[0]) if answers else None
        self.problem.clear_error()
        self._show_label()


class RepeatEditor(Editor):
    """A question answered more than once (``repeats`` on a non-choice item): one field per
    answer, with Add and Remove."""

    def __init__(self, item: Item, name: str, make: Callable[[QWidget], Editor],
                 parent: QWidget | None = None) -> None:
        super().__init__(item, name, parent)
        self._make_one = make
        self.editors: list[Editor] = []
        self.rows = QVBoxLayout()
        self.add_button = QPushButton(translate("FormEditors", "Add another answer"), self)
        self.add_button.setAccessibleName(translate("FormEditors", "Add another answer to: %1")
            .replace("%1", name))
        self.add_button.clicked.connect(self._add_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows)
        layout.addWidget(self.add_button)
        self._add()

    def _add(self) -> Editor:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        editor = self._make_one(row)
        editor.sig_edited.connect(self._edited)
        remove = QPushButton(translate("FormEditors", "Remove"), row)
        remove.setAccessibleName(translate("FormEditors", "Remove this answer to: %1")
            .replace("%1", self.name))
        remove.clicked.connect(lambda _c=False, e=editor, r=row: self._remove(e, r))
        box.addWidget(editor, 1)
        box.addWidget(remove)
        self.rows.addWidget(row)
        self.editors.append(editor)
        self.setFocusProxy(self.editors[0].focus_widget())
        return editor

    def _add_clicked(self) -> None:
        self._add().focus_widget().setFocus()

    def _remove(self, editor: Editor, row: QWidget) -> None:
        if len(self.editors) == 1:
            editor.set_answers([])
        else:
            self.editors.remove(editor)
            row.deleteLater()
            self.setFocusProxy(self.editors[0].focus_widget())
        self._edited()

    def answers(self) -> tuple[list[Answer], str]:
        out: list[Answer] = []
        for editor in self.editors:
            values, problem = editor.answers()
            if problem:
                return out, problem
            out += values
        return out, ""

    def _show(self, answers: list[Answer]) -> None:
        while len(self.editors) < max(1, len(answers)):
            self._add()
        for n, editor in enumerate(self.editors):
            editor.set_answers(answers[n:n + 1])


def make_editor(item: Item, name: str, parent: QWidget | None = None, *,
                runner: TaskRunner | None = None) -> Editor:
    """The widget a person expects for ``item`` (see the module docstring); ``runner``
    reads the files chosen for attachment items."""
    if (item.type in ("choice", "open-choice") and item.options) or item.type == "boolean":
        if item.type == "boolean":
            options = [(translate("FormEditors", "Yes"), {"valueBoolean": True}),
                       (translate("FormEditors", "No"), {"valueBoolean": False})]
        else:
            options = [(option_text(o), dict(o.value)) for o in item.options]
        control = item.item_control
        if item.repeats:
            control = "check-box"  # several answers: radio buttons and drop-downs hold one
        if not control:
            control = "radio-button" if len(options) <= MAX_RADIOS else "drop-down"
        return ChoiceEditor(item, name, options, control, parent)
    if item.type == "open-choice":
        return ChoiceEditor(item, name, [], "radio-button", parent)
    single = _single(item, runner)
    if item.repeats:
        return RepeatEditor(item, name, lambda p: single(item, name, p), parent)
    return single(item, name, parent)


def _single(item: Item, runner: TaskRunner | None
            ) -> Callable[[Item, str, QWidget | None], Editor]:
    if item.type == "text":
        return TextEditor
    if item.type == "attachment":
        return lambda i, n, p: AttachmentEditor(i, n, p, runner=runner)
    if item.type == "integer" and isinstance(item.min_value, int) and isinstance(
            item.max_value, int) and not isinstance(item.min_value, bool) and (
            item.max_value - item.min_value) <= 1000:
        return SpinEditor
    return LineEditor
