"""The case page's Attachments tab: the files kept with a case (encrypted in the store).

:class:`CaseAttachmentsPanel` lists the case's attachments and lets the worker add a file,
look at an image or a text file inside the app (:class:`AttachmentViewer`, from memory), or
save a decrypted copy on purpose. The case page embeds one, hands it the case's attachments
each time it loads the case, reloads the case when the panel says a file was added
(``sig_added``) and shows on its banner what the panel says went wrong (``sig_failed``).

Nothing here reads or writes a file on the GUI thread: the chosen file is read, and a copy
written, on the io lane; the store's part (adding, decrypting) runs on the db lane.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from collabdesk.diskspace import human_size
from collabdesk.domain import Attachment
from collabdesk.errors import CollabDeskError
from collabdesk.fsutil import atomic_write_bytes
from collabdesk.services.cases import MAX_ATTACHMENT_BYTES
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.common import Dialogs
from collabdesk.ui.dialogs.files import (
    AttachmentViewer,
    FileDialogs,
    FileProblem,
    read_for_attaching,
)
from collabdesk.ui.dialogs.forms import make_table, selected_row
from collabdesk.ui.models import DataclassTableModel
from collabdesk.ui.ops import Op
from collabdesk.ui.pages.case_columns import ATTACHMENT_COLUMNS


def write_copy(target: Path, data: bytes) -> str:
    """Write ``data`` to ``target``; the system's words for why it failed, else "" (io
    lane). A full disk or a folder that may not be written raises :class:`DiskProblem`,
    whose own sentence says so."""
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        return exc.strerror or type(exc).__name__
    return ""


class CaseAttachmentsPanel(QWidget):
    """The Attachments tab of the case page."""

    sig_added = Signal()     # a file was added to the case: the page shows the case again
    sig_failed = Signal(str)  # what went wrong, translated, for the page's banner

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id: str | None = None
        self.setAccessibleName(self.tr("Attachments"))
        self.model: DataclassTableModel[Attachment] = DataclassTableModel(
            ATTACHMENT_COLUMNS, parent=self)
        self.view = make_table(self, self.model, self.tr("Attachments"))
        self.view.activated.connect(self._on_view_activated)
        self.add_button = self._button(self.tr("Add file…"), self.tr("Add an attachment"))
        self.add_button.clicked.connect(self.add_attachment)
        self._adding = False
        if not self._may_add():
            # Shown, not hidden, as the case page does: the person learns why it is off.
            self.add_button.setToolTip(self.tr("Your role does not allow adding attachments."))
        self._set_adding(False)
        self.open_button = self._button(self.tr("Open"), self.tr("Open the selected attachment"))
        self.open_button.clicked.connect(self.open_attachment)
        self.save_button = self._button(self.tr("Save a copy…"),
                                        self.tr("Save a copy of the selected attachment"))
        self.save_button.clicked.connect(self.save_attachment)
        box = QVBoxLayout(self)
        box.addWidget(self.view)
        row = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.save_button):
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        return button

    def _may_add(self) -> bool:
        return self.context.session.allowed("attachment.manage")

    def _set_adding(self, adding: bool) -> None:
        """While a file is being added the button waits (no double-click adds it twice);
        it stays off for a role that may not add attachments."""
        self._adding = adding
        self.add_button.setEnabled(not adding and self._may_add())

    # -- what the page tells it ----------------------------------------------------------

    def show_case(self, case_id: str, attachments: Sequence[Attachment]) -> None:
        """List ``attachments``, those of ``case_id``, which the actions now act on."""
        self.case_id = case_id
        self.model.set_rows(attachments)

    def wait_for_case(self) -> None:
        """Another case is loading: adding waits for it (a file must not land on the case
        shown before)."""
        self.case_id = None

    def _on_view_activated(self, _index: QModelIndex) -> None:
        self.open_attachment()

    # -- actions -------------------------------------------------------------------------

    def add_attachment(self) -> None:
        if self.case_id is None or self._adding or not self._may_add():
            return
        path = FileDialogs.open_attachment(self)
        if path is None:
            return
        case_id = self.case_id
        self._set_adding(True)  # one file at a time: no double-click adds it twice
        # Two steps: the file is read on the io lane, so a slow disk never holds the store.
        (Op(self, lambda _ctx: read_for_attaching(path, MAX_ATTACHMENT_BYTES),
            label="read attachment file", lane="io")
         .success(lambda data: self._store(case_id, path.name, data))
         .failure(self._add_failed)
         .run(self.context.runner))

    def _store(self, case_id: str, name: str, data: bytes | FileProblem) -> None:
        if isinstance(data, FileProblem):
            self._set_adding(False)
            self.sig_failed.emit(self._not_added(name, data))
            return
        cases = self.context.session.cases
        mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
        (Op(self, lambda _ctx: cases.add_attachment(case_id, name, data, mime),
            label="add attachment")
         .success(self._added)
         .failure(self._add_failed)
         .run(self.context.runner))

    def _added(self, _attachment: Attachment) -> None:
        self._set_adding(False)
        self.sig_added.emit()

    def _add_failed(self, error: CollabDeskError) -> None:
        self._set_adding(False)
        self.sig_failed.emit(str(error))

    def _not_added(self, name: str, problem: FileProblem) -> str:
        if problem.kind == "gone":
            return self.tr("“{name}” is no longer there: it was moved or deleted after it was "
                           "chosen. Nothing was added.").format(name=name)
        if problem.kind == "denied":
            return self.tr("“{name}” cannot be read: you do not have permission to open it. "
                           "Nothing was added.").format(name=name)
        if problem.kind == "too-large":
            return self.tr("“{name}” is {size}; attachments can be at most {limit} MB. Nothing "
                           "was added.").format(name=name, size=human_size(problem.size),
                                                limit=MAX_ATTACHMENT_BYTES // (1024 * 1024))
        return self.tr("“{name}” could not be read ({reason}). Nothing was added.").format(
            name=name, reason=problem.reason)

    def _selected_attachment(self) -> Attachment | None:
        row = selected_row(self.view)
        return row if isinstance(row, Attachment) else None

    def open_attachment(self) -> None:
        att = self._selected_attachment()
        if att is None:
            return
        if not AttachmentViewer.can_show(att.mime, att.filename):
            Dialogs.info(self, self.tr("Open attachment"), self.tr(
                "This kind of file cannot be shown here. Use “Save a copy…” to open it in "
                "another program; the copy is not encrypted."))
            return
        cases = self.context.session.cases
        (Op(self, lambda _ctx: cases.attachment_data(att.id), label="open attachment")
         .success(lambda data: AttachmentViewer.show_data(self, att.filename, att.mime, data))
         .failure(self._failed)
         .run(self.context.runner))

    def save_attachment(self) -> None:
        att = self._selected_attachment()
        if att is None:
            return
        target = FileDialogs.save_attachment(self, att.filename)
        if target is None:
            return
        cases = self.context.session.cases
        # Decrypted on the db lane, written on the io lane: a slow USB stick never holds
        # the store.
        (Op(self, lambda _ctx: cases.attachment_data(att.id), label="read attachment")
         .success(lambda data: self._write_copy(Path(target), data))
         .failure(self._failed)
         .run(self.context.runner))

    def _write_copy(self, target: Path, data: bytes) -> None:
        (Op(self, lambda _ctx: write_copy(target, data), label="save attachment copy",
            lane="io")
         .success(lambda problem: self._copy_written(target, problem))
         .failure(self._failed)
         .run(self.context.runner))

    def _copy_written(self, target: Path, problem: str) -> None:
        if problem:
            self.sig_failed.emit(self.tr("The copy could not be saved: {reason}.").format(
                reason=problem))
        else:
            self.context.sig_status_message.emit(
                self.tr("Saved a copy to {path}.").format(path=target))

    def _failed(self, error: CollabDeskError) -> None:
        self.sig_failed.emit(str(error))
