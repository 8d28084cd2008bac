"""A whole form laid out natively in Qt, recalculated as the person types.

:class:`FormView` is a scroll area holding one row per item instance: the question (its
prefix, text and a "*" when required), its help text, its editor
(:mod:`~collabdesk.ui.forms.editors`) and, beside it, the message when the answer is missing
or does not fit. Groups are framed; a repeating group has Add and Remove per instance, nested
to any depth. After each edit the answers go through the core's ``evaluate`` and only what
changed is touched (shown or hidden rows, calculated values, messages), so a keystroke stays
within a frame even on long forms.

Answers are the core's: FHIR answer elements keyed by item instance (docs/forms.md). The
direction of the form's own text (right-to-left for Arabic, Hebrew…) sets the layout
direction; CollabDesk's own labels stay translated as usual.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from collabdesk.forms.answers import initial_answers
from collabdesk.forms.evaluate import evaluate
from collabdesk.forms.model import Answer, Form, FormState, Item, Key
from collabdesk.ui.formats import literal
from collabdesk.ui.forms.editors import Editor, make_editor
from collabdesk.ui.tasks import TaskRunner
from collabdesk.ui.widgets import FieldErrorLabel


def text_direction(texts: Iterable[str]) -> Qt.LayoutDirection:
    """Right-to-left when the first strongly directional letter of ``texts`` is."""
    for text in texts:
        for char in text:
            kind = unicodedata.bidirectional(char)
            if kind in ("R", "AL"):
                return Qt.LayoutDirection.RightToLeft
            if kind == "L":
                return Qt.LayoutDirection.LeftToRight
    return Qt.LayoutDirection.LeftToRight


def item_caption(item: Item) -> str:
    text = item.text or item.link_id
    return f"{item.prefix} {text}".strip() if item.prefix else text


class _Row:
    """What the view keeps of one question instance."""

    __slots__ = ("editor", "error", "item", "widget")

    def __init__(self, item: Item, widget: QWidget, editor: Editor | None) -> None:
        self.item = item
        self.widget = widget
        self.editor = editor
        self.error: FieldErrorLabel | None = None  # made when a first message shows

    def show_error(self, message: str) -> None:
        if self.error is None:
            if not message:
                return
            field = self.editor.focus_widget() if self.editor is not None else self.widget
            self.error = FieldErrorLabel(field, self.widget)
            layout = self.widget.layout()
            if layout is not None:
                # Beside the item: right under the question's field (or at a group's end).
                at = layout.indexOf(self.editor) + 1 if self.editor is not None else -1
                if isinstance(layout, QVBoxLayout) and at > 0:
                    layout.insertWidget(at, self.error)
                else:
                    layout.addWidget(self.error)
        self.error.show_error(message)


class FormView(QScrollArea):
    """A form to fill (or, ``read_only``, a saved response to read). ``answers`` None: a
    new response, starting with the form's initial answers."""

    sig_state = Signal(object)  # the FormState after each change
    sig_edited = Signal()  # the person changed an answer

    def __init__(self, form: Form, answers: dict[Key, list[Answer]] | None = None, *,
                 read_only: bool = False, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.read_only = read_only
        self.runner = runner  # reads the files chosen for attachment items (io lane)
        if answers is None:  # a new response: the form's initial answers
            answers = initial_answers(form)
        self.answers: dict[Key, list[Answer]] = {k: list(v) for k, v in answers.items() if v}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(form.title or form.url)
        self.setLayoutDirection(text_direction(
            [form.title, *(i.text for i in form.walk())]))
        self.touched: set[Key] = set()  # shown messages only for items the person reached
        self.show_all_errors = False
        self.local_errors: dict[Key, str] = {}
        self._rows: dict[Key, _Row] = {}
        self._shown: dict[Key, bool] = {}
        self._boxes: dict[Key, QWidget] = {}  # group instance → its frame
        self._instances: dict[Key, int] = {}  # repeating group (prefix + linkId) → count
        self._blocks: dict[Key, tuple[QVBoxLayout, QWidget, Item]] = {}
        self._calculated: dict[Key, list[Answer]] = {}
        self._shown_errors: dict[Key, str] = {}
        for key in self.answers:
            for pos in range(1, len(key), 2):
                index = key[pos]
                if isinstance(index, int):
                    prefix = key[:pos]
                    self._instances[prefix] = max(self._instances.get(prefix, 1), index + 1)
        body = QWidget(self)
        self.body_layout = QVBoxLayout(body)
        self._render(form.items, (), self.body_layout, body)
        self.body_layout.addStretch(1)
        self.setWidget(body)
        self.state: FormState = self.recalculate()

    # -- building -------------------------------------------------------------------------

    def _render(self, items: tuple[Item, ...], prefix: Key, layout: QVBoxLayout,
                parent: QWidget) -> None:
        for item in items:
            if item.type == "group":
                if item.repeats:
                    self._render_repeating(item, prefix, layout, parent)
                else:
                    layout.addWidget(self._group_box(item, (*prefix, item.link_id, 0), parent,
                                                     None))
            elif item.type == "display":
                label = QLabel(item_caption(item), parent)
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setAccessibleName(item_caption(item))
                layout.addWidget(label)
                self._rows[(*prefix, item.link_id)] = _Row(item, label, None)
            else:
                layout.addWidget(self._question(item, (*prefix, item.link_id), parent))

    def _group_box(self, item: Item, key: Key, parent: QWidget,
                   number: int | None) -> QGroupBox:
        title = item_caption(item)
        if number is not None:
            title = f"{title} ({number})"
        box = QGroupBox(literal(title), parent)
        box.setAccessibleName(title)
        inner = QVBoxLayout(box)
        self._render(item.items, key, inner, box)
        if number is not None and not self.read_only:
            remove = QPushButton(self.tr("Remove"), box)
            remove.setAccessibleName(self.tr("Remove %1").replace("%1", title))
            gkey, index = key[:-1], int(key[-1])
            remove.clicked.connect(lambda _c=False: self.remove_instance(gkey, index))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(remove)
            inner.addLayout(row)
        self._rows[key] = _Row(item, box, None)
        self._boxes[key] = box
        return box

    def _render_repeating(self, item: Item, prefix: Key, layout: QVBoxLayout,
                          parent: QWidget) -> None:
        gkey = (*prefix, item.link_id)
        block = QWidget(parent)
        block_layout = QVBoxLayout(block)
        block_layout.setContentsMargins(0, 0, 0, 0)
        instances = QVBoxLayout()
        block_layout.addLayout(instances)
        if not self.read_only:
            add = QPushButton(self.tr("Add another: %1").replace(
                "%1", literal(item_caption(item))), block)
            add.setAccessibleName(self.tr("Add another: %1").replace("%1", item_caption(item)))
            add.clicked.connect(lambda _c=False: self.add_instance(gkey))
            row = QHBoxLayout()
            row.addWidget(add)
            row.addStretch(1)
            block_layout.addLayout(row)
        layout.addWidget(block)
        self._blocks[gkey] = (instances, block, item)
        for index in range(self._instances.setdefault(gkey, 1)):
            instances.addWidget(self._group_box(item, (*gkey, index), block, index + 1))

    def _question(self, item: Item, key: Key, parent: QWidget) -> QWidget:
        row = QWidget(parent)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        caption_text = item_caption(item) + (" *" if item.required else "")
        caption = QLabel(literal(caption_text), row)  # the editor's buddy: "&" is a mnemonic
        caption.setWordWrap(True)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(caption)
        name = item_caption(item)
        editor = make_editor(item, name, row, runner=self.runner)
        caption.setBuddy(editor.focus_widget())
        if item.required:
            editor.setAccessibleDescription(self.tr("Required"))
        if item.help:
            help_label = QLabel(item.help, row)
            help_label.setWordWrap(True)
            help_label.setTextFormat(Qt.TextFormat.PlainText)
            help_label.setAccessibleName(self.tr("Help: %1").replace("%1", name))
            help_label.setProperty("role", "hint")
            layout.addWidget(help_label)
            editor.focus_widget().setToolTip(item.help)
        layout.addWidget(editor)
        if item.calculated is not None or item.read_only or self.read_only:
            editor.set_read_only(True)
        values = self.answers.get(key)
        if values:
            editor.set_answers(values)
        editor.sig_edited.connect(lambda k=key: self._on_editor_edited(k))
        if item.items:
            layout.addWidget(self._children(item, (*key, 0), row))
        self._rows[key] = _Row(item, row, editor)
        return row

    def _children(self, item: Item, key: Key, parent: QWidget) -> QWidget:
        holder = QWidget(parent)
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(24, 0, 0, 0)
        help_free = tuple(i for i in item.items if not (i.type == "display" and
                                                         i.text == item.help))
        self._render(help_free, key, inner, holder)
        return holder

    # -- repeating groups -----------------------------------------------------------------

    def add_instance(self, gkey: Key) -> None:
        instances, block, item = self._blocks[gkey]
        index = self._instances[gkey]
        self._instances[gkey] = index + 1
        box = self._group_box(item, (*gkey, index), block, index + 1)
        instances.addWidget(box)
        self.recalculate()
        box.setVisible(True)
        first = next((r.editor for k, r in self._rows.items()
                      if k[:len(gkey) + 1] == (*gkey, index) and r.editor is not None), None)
        if first is not None:
            first.focus_widget().setFocus()
        self.sig_edited.emit()

    def remove_instance(self, gkey: Key, index: int) -> None:
        """Drop instance ``index`` of the repeating group ``gkey``; later ones move up."""
        depth = len(gkey)
        moved: dict[Key, list[Answer]] = {}
        for key, values in self.answers.items():
            if key[:depth] != gkey or len(key) <= depth:
                moved[key] = values
                continue
            at = int(key[depth])
            if at == index:
                continue
            moved[(*gkey, at - 1 if at > index else at, *key[depth + 1:])] = values
        self.answers = moved
        self._instances = {k: v for k, v in self._instances.items()
                           if not (k[:depth] == gkey and len(k) > depth)}
        self._instances[gkey] = max(1, self._instances[gkey] - 1)
        self._rebuild_block(gkey)
        self.touched = {k for k in self.touched if k[:depth] != gkey}
        self.recalculate()
        self.sig_edited.emit()

    def _rebuild_block(self, gkey: Key) -> None:
        instances, block, item = self._blocks[gkey]
        depth = len(gkey)
        for key in [k for k in self._rows if k[:depth] == gkey and len(k) > depth]:
            del self._rows[key]
            self._shown.pop(key, None)
            self._boxes.pop(key, None)
            self._shown_errors.pop(key, None)
        for key in [k for k in self._blocks if k[:depth] == gkey and len(k) > depth]:
            del self._blocks[key]
        while instances.count():
            taken = instances.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for index in range(self._instances[gkey]):
            instances.addWidget(self._group_box(item, (*gkey, index), block, index + 1))

    # -- evaluating -----------------------------------------------------------------------

    def _on_editor_edited(self, key: Key) -> None:
        row = self._rows.get(key)
        if row is None or row.editor is None:
            return
        values, problem = row.editor.answers()
        if values:
            self.answers[key] = values
        else:
            self.answers.pop(key, None)
        if problem:
            self.local_errors[key] = problem
        else:
            self.local_errors.pop(key, None)
        self.touched.add(key)
        self.recalculate()
        self.sig_edited.emit()

    def evaluation_answers(self) -> dict[Key, list[Answer]]:
        """The answers, plus an empty marker for each instance of a repeating group so the
        core counts instances that have no answer yet."""
        out: dict[Key, list[Answer]] = dict(self.answers)
        for gkey, count in self._instances.items():
            out.setdefault((*gkey, count - 1, ""), [])
        return out

    def recalculate(self) -> FormState:
        state = evaluate(self.form, self.evaluation_answers())
        self.state = state
        self._apply(state)
        self.sig_state.emit(state)
        return state

    def _apply(self, state: FormState) -> None:
        visible = state.visible
        for key, row in self._rows.items():
            show = key in visible
            if self._shown.get(key, True) != show:  # rows are made shown
                self._shown[key] = show
                row.widget.setVisible(show)
        if state.calculated != self._calculated or not self._calculated:
            for key, row in self._rows.items():
                if row.item.calculated is not None and row.editor is not None:
                    values = state.calculated.get(key, [])
                    if values != self._calculated.get(key):
                        row.editor.set_answers(values)
            self._calculated = dict(state.calculated)
        self._show_errors(state)

    def _show_errors(self, state: FormState) -> None:
        wanted: dict[Key, str] = {}
        for key, message in state.errors.items():
            if (self.show_all_errors or key in self.touched) and key in state.visible:
                wanted[key] = message
        for key, message in self.local_errors.items():
            if key in state.visible:
                wanted[key] = message
        for key in set(self._shown_errors) | set(wanted):
            message = wanted.get(key, "")
            if self._shown_errors.get(key, "") == message:
                continue
            row = self._rows.get(key)
            if row is not None:
                row.show_error(message)
            if message:
                self._shown_errors[key] = message
            else:
                self._shown_errors.pop(key, None)

    # -- for the dialogs ------------------------------------------------------------------

    def problems(self) -> dict[Key, str]:
        """Every message a Complete would show: required, out of range, not understood."""
        out = {k: v for k, v in self.state.errors.items() if k in self.state.visible}
        out.update({k: v for k, v in self.local_errors.items() if k in self.state.visible})
        return out

    def reveal_errors(self) -> Key | None:
        """Show every message and move the focus to the first item with one."""
        self.show_all_errors = True
        self._show_errors(self.state)
        problems = self.problems()
        for key, row in self._rows.items():  # document order
            if key in problems:
                target = row.editor.focus_widget() if row.editor else row.widget
                self.ensureWidgetVisible(row.widget)
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return key
        return None

    def saved_answers(self) -> dict[Key, list[Answer]]:
        """The answers to save: typed ones only (calculated ones are the core's)."""
        return {k: v for k, v in self.answers.items() if v}

    def editor(self, link_id: str, *instance: Any) -> Editor:
        """The editor of the item ``link_id`` (in the given group instances: pass the
        key's leading parts, e.g. ``editor("age", "household", 1)``)."""
        for key, row in self._rows.items():
            if row.editor is not None and key[-1] == link_id and tuple(key[:-1]) == instance:
                return row.editor
        for key, row in self._rows.items():
            if row.editor is not None and key[-1] == link_id and not instance:
                return row.editor
        raise KeyError(link_id)

    def row_widget(self, key: Key) -> QWidget:
        return self._rows[key].widget

    def error_text(self, key: Key) -> str:
        row = self._rows.get(key)
        return row.error.text() if row is not None and row.error is not None else ""
