"""The Admin page's "Client imports" tab: start a caseload import, see the imports made, and
undo one as a whole (docs/caseload.md). The list is read on the db lane when the tab is first
shown and after each import or undo.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from collabdesk.services.caseload import ImportRecord
from collabdesk.ui.dialogs.caseload_import import CaseloadImportWizard
from collabdesk.ui.dialogs.forms import ErrorBanner, make_table, selected_row
from collabdesk.ui.formats import fmt_moment
from collabdesk.ui.i18n import QT_TRANSLATE_NOOP
from collabdesk.ui.models import Column, DataclassTableModel
from collabdesk.ui.ops import Op

if TYPE_CHECKING:
    from collabdesk.ui.context import AppContext

_UNDONE = QT_TRANSLATE_NOOP("CaseloadImport", "Undone")
_CAN_UNDO = QT_TRANSLATE_NOOP("CaseloadImport", "Can be undone")
_CHANGED_SINCE = QT_TRANSLATE_NOOP("CaseloadImport", "{count} records changed since")


def _words(text: object) -> str:
    return QCoreApplication.translate("CaseloadImport", str(text))


@dataclass(frozen=True)
class ImportRow:
    id: str
    file_name: str
    made: str
    made_by: str
    state: str
    created: int
    merged: int
    record: ImportRecord


IMPORT_COLUMNS: list[Column[ImportRow]] = [
    Column("made", QT_TRANSLATE_NOOP("Columns", "When"), lambda r: r.made),
    Column("file_name", QT_TRANSLATE_NOOP("Columns", "File"), lambda r: r.file_name),
    Column("made_by", QT_TRANSLATE_NOOP("Columns", "By"), lambda r: r.made_by),
    Column("created", QT_TRANSLATE_NOOP("Columns", "New clients"), lambda r: r.created),
    Column("merged", QT_TRANSLATE_NOOP("Columns", "Merged"), lambda r: r.merged),
    Column("state", QT_TRANSLATE_NOOP("Columns", "State"), lambda r: r.state),
]


class CaseloadPanel(QWidget):
    """The Admin page's tab: start an import, see the imports made, undo one as a whole."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        intro = QLabel(self.tr(
            "Bring in the clients an agency kept in spreadsheets, with their open cases. An "
            "import can be undone as a whole until one of its records is changed."), self)
        intro.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import clients from a spreadsheet…"), self)
        self.import_button.setAccessibleName(self.tr("Import clients from a spreadsheet"))
        self.import_button.clicked.connect(lambda _c=False: self.start_import())
        self.undo_button = QPushButton(self.tr("Undo the selected import"), self)
        self.undo_button.setAccessibleName(self.tr("Undo the selected import"))
        self.undo_button.clicked.connect(lambda _c=False: self.undo_selected())
        self.model: DataclassTableModel[ImportRow] = DataclassTableModel(IMPORT_COLUMNS,
                                                                         parent=self)
        self.view = make_table(self, self.model, self.tr("Client imports"), newest_first=True)
        self.banner = ErrorBanner(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.banner)
        self.wizard: CaseloadImportWizard | None = None
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:  # the list is read when the tab is first shown
            self._loaded = True
            self.refresh()

    def refresh(self) -> None:
        caseload = self.context.session.caseload
        (Op(self, lambda _ctx: caseload.imports(), label="list caseload imports")
         .success(lambda records: self.model.set_rows(_import_row(r) for r in records))
         .failure(self.banner.show_error)
         .run(self.context.runner))

    def start_import(self) -> CaseloadImportWizard:
        self.wizard = CaseloadImportWizard(self.context, self)
        self.wizard.accepted.connect(self._imported)
        self.wizard.open()
        return self.wizard

    def _imported(self) -> None:
        wizard = self.wizard
        if wizard is not None and wizard.record is not None:
            self.banner.show_message(self.tr("{file} was imported: {count} new clients.").format(
                file=wizard.record.file_name, count=wizard.record.counts.get("create", 0)))
        self.refresh()

    def undo_selected(self) -> None:
        row = selected_row(self.view)
        if not isinstance(row, ImportRow):
            return
        caseload, import_id = self.context.session.caseload, row.id

        def done(record: ImportRecord) -> None:
            self.banner.show_message(self.tr("The import of {file} was undone.").format(
                file=record.file_name))
            self.refresh()

        (Op(self, lambda _ctx: caseload.undo(import_id), label="undo caseload import")
         .success(done)
         .failure(self.banner.show_error)
         .run(self.context.runner))


def _import_row(record: ImportRecord) -> ImportRow:
    if record.status == "undone":
        state = _words(_UNDONE)
    elif record.can_undo:
        state = _words(_CAN_UNDO)
    else:
        state = _words(_CHANGED_SINCE).format(count=record.edited)
    return ImportRow(record.id, record.file_name,
                     fmt_moment(record.created_at) if record.created_at else "",
                     record.created_by, state, record.counts.get("create", 0),
                     record.counts.get("merge", 0), record)
