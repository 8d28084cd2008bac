"""The case page's Notes tab: the case's notes, append-only, and the box a new one is written in.

:class:`CaseNotesPanel` lists the notes the person may read; sensitive notes of others, for
roles that may not read them, are counted under the list, not shown. A note is added with
"Add note" or Ctrl+Enter, marked sensitive or not. The case page embeds one, hands it the
case's notes each time it loads the case (:meth:`CaseNotesPanel.show_case`), shows the case
again when the panel says a note was added (``sig_added``) and shows on its banner the error
the panel reports (``sig_failed``). A note being written is one of the page's unsaved edits:
the page asks the panel for it (:meth:`~CaseNotesPanel.is_writing`,
:meth:`~CaseNotesPanel.draft_state`) to warn, save, discard or keep it as a draft.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain import Note
from collabdesk.errors import CollabDeskError, ValidationError
from collabdesk.ui.context import AppContext
from collabdesk.ui.models import DataclassTableModel
from collabdesk.ui.ops import Op
from collabdesk.ui.pages.case_columns import NOTE_COLUMN, line_list
from collabdesk.ui.widgets import FormValidator


class CaseNotesPanel(QWidget):
    """The Notes tab of the case page."""

    sig_added = Signal()        # a note was added: the page shows the case again
    sig_failed = Signal(object)  # the CollabDeskError a note was refused with, for the banner

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id: str | None = None
        self.model: DataclassTableModel[Note] = DataclassTableModel([NOTE_COLUMN], parent=self)
        self.view = line_list(self, self.model, self.tr("Notes"))
        self.hidden_label = QLabel(self)
        self.hidden_label.setAccessibleName(self.tr("Hidden sensitive notes"))
        self.hidden_label.setVisible(False)
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName(self.tr("New note"))
        self.edit.setPlaceholderText(self.tr("Write a note (Ctrl+Enter adds it). Notes "
                                             "cannot be changed once added."))
        self.edit.setTabChangesFocus(True)
        self.edit.setMaximumHeight(100)
        self.validator = FormValidator(self)
        error = self.validator.add_field(
            "body", self.edit,
            check=lambda: self.tr("A note cannot be empty.")
            if not self.edit.toPlainText().strip() else None)
        self.sensitive_check = QCheckBox(self.tr("Sens&itive (only supervisors and you can "
                                                 "read it)"), self)
        self.sensitive_check.setAccessibleName(self.tr("Sensitive note"))
        self.add_button = QPushButton(self.tr("&Add note"), self)
        self.add_button.setAccessibleName(self.tr("Add note"))
        self.add_button.clicked.connect(self.add_note)
        QShortcut(QKeySequence("Ctrl+Return"), self.edit, self.add_note,
                  Qt.ShortcutContext.WidgetShortcut)
        box = QVBoxLayout(self)
        box.addWidget(self.view, 1)
        box.addWidget(self.hidden_label)
        box.addWidget(self.edit)
        box.addWidget(error)
        row = QHBoxLayout()
        row.addWidget(self.sensitive_check)
        row.addStretch(1)
        row.addWidget(self.add_button)
        box.addLayout(row)

    # -- what the page tells it ----------------------------------------------------------

    def show_case(self, case_id: str, notes: Sequence[Note], hidden: int) -> None:
        """List ``notes``, those of ``case_id`` the person may read, and say how many
        (``hidden``) they may not; adding now goes to ``case_id``."""
        self.case_id = case_id
        self.model.set_rows(notes)
        if hidden == 1:
            text = self.tr("1 sensitive note hidden")
        else:
            text = self.tr("{n} sensitive notes hidden").format(n=hidden)
        self.hidden_label.setText(text if hidden else "")
        self.hidden_label.setVisible(bool(hidden))
        if hidden:
            self.hidden_label.setToolTip(self.tr(
                "Sensitive notes are shown only to their author and to supervisors."))

    def wait_for_case(self) -> None:
        """Another case is loading: adding waits for it (a note must not land on the case
        shown before)."""
        self.case_id = None

    # -- the note being written, one of the page's unsaved edits ----------------------------

    def is_writing(self) -> bool:
        return bool(self.edit.toPlainText().strip())

    def draft_state(self) -> dict[str, Any]:
        """The note being written, as the page keeps it in its draft."""
        return {"note": self.edit.toPlainText(), "sensitive": self.sensitive_check.isChecked()}

    def restore_draft(self, state: Mapping[str, Any]) -> None:
        """Write again the note of a draft kept by :meth:`draft_state`, if it had one."""
        if state.get("note"):
            self.edit.setPlainText(str(state["note"]))
            self.sensitive_check.setChecked(bool(state.get("sensitive")))

    def discard(self) -> None:
        self.edit.clear()

    # -- actions -------------------------------------------------------------------------

    def add_note(self) -> None:
        if self.case_id is None or not self.validator.validate():
            return
        cases, case_id = self.context.session.cases, self.case_id
        body, sensitive = self.edit.toPlainText(), self.sensitive_check.isChecked()
        self.add_button.setEnabled(False)  # one note at a time: no double-click adds it twice
        (Op(self, lambda _ctx: cases.add_note(case_id, body, sensitive=sensitive), label="add note")
         .success(self._added)
         .failure(self._add_failed)
         .run(self.context.runner))

    def _added(self, _note: object) -> None:
        self.add_button.setEnabled(True)
        self.edit.clear()
        self.validator.clear()
        self.sensitive_check.setChecked(False)
        self.sig_added.emit()

    def _add_failed(self, error: CollabDeskError) -> None:
        self.add_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.validator.apply(error)
        self.sig_failed.emit(error)
