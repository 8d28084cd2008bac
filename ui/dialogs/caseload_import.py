"""Bringing an existing caseload in: the wizard (the Admin tab listing the imports made, with
their undo, is ``caseload_panel``).

Wizard pages: the file → what each column holds (guessed, corrected with one list per
column) → the dry run (a table of every row: what will happen, its likely duplicates with the
intake's reasons, its errors by row and column; the admin chooses create, merge or skip per
row; a file whose dates read both ways is asked once, on this page) → Import, in one
transaction with a cancellable progress dialog. Reading and planning run on the background
lanes (:mod:`collabdesk.ui.ops`); nothing here touches the store on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from collabdesk.caseload import mapping
from collabdesk.caseload.plan import CREATE, MERGE, SKIP, DateOrderNeeded, ImportPlan, PlannedRow
from collabdesk.errors import CollabDeskError
from collabdesk.services.caseload import CaseloadFile, ImportRecord
from collabdesk.ui.dialogs.forms import ErrorBanner, make_table, selected_row
from collabdesk.ui.formats import fmt_date, literal
from collabdesk.ui.i18n import QT_TRANSLATE_NOOP
from collabdesk.ui.models import Column, DataclassTableModel
from collabdesk.ui.ops import Op

if TYPE_CHECKING:
    from collabdesk.ui.context import AppContext

_TARGET_WORDS = {
    "given_name": QT_TRANSLATE_NOOP("CaseloadImport", "First name"),
    "family_name": QT_TRANSLATE_NOOP("CaseloadImport", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("CaseloadImport", "Full name (split into first and last)"),
    "other_names": QT_TRANSLATE_NOOP("CaseloadImport", "Other names"),
    "dob": QT_TRANSLATE_NOOP("CaseloadImport", "Date of birth"),
    "age": QT_TRANSLATE_NOOP("CaseloadImport", "Age (gives an estimated birth year)"),
    "birth_year": QT_TRANSLATE_NOOP("CaseloadImport", "Year of birth"),
    "gender": QT_TRANSLATE_NOOP("CaseloadImport", "Gender"),
    "phone": QT_TRANSLATE_NOOP("CaseloadImport", "Phone"),
    "email": QT_TRANSLATE_NOOP("CaseloadImport", "Email"),
    "address": QT_TRANSLATE_NOOP("CaseloadImport", "Address"),
    "language": QT_TRANSLATE_NOOP("CaseloadImport", "Language"),
    "identifier": QT_TRANSLATE_NOOP("CaseloadImport", "An identifier (named by the column)"),
    "case_title": QT_TRANSLATE_NOOP("CaseloadImport", "Open case: title or program"),
    "case_opened": QT_TRANSLATE_NOOP("CaseloadImport", "Open case: date opened"),
    "need_domain": QT_TRANSLATE_NOOP("CaseloadImport", "Open case: need"),
    "assigned_to": QT_TRANSLATE_NOOP("CaseloadImport", "Open case: worker (user name)"),
}
_ACTION_WORDS = {
    CREATE: QT_TRANSLATE_NOOP("CaseloadImport", "Create"),
    MERGE: QT_TRANSLATE_NOOP("CaseloadImport", "Merge"),
    SKIP: QT_TRANSLATE_NOOP("CaseloadImport", "Skip"),
}
_ROW_OF = QT_TRANSLATE_NOOP("CaseloadImport", "row {row}")
_ALREADY_HERE = QT_TRANSLATE_NOOP("CaseloadImport", "already registered")
_FILTERS = (
    ("all", QT_TRANSLATE_NOOP("CaseloadImport", "Every row")),
    ("duplicates", QT_TRANSLATE_NOOP("CaseloadImport", "Likely duplicates")),
    ("errors", QT_TRANSLATE_NOOP("CaseloadImport", "Rows with errors")),
)


def _words(text: object) -> str:
    return QCoreApplication.translate("CaseloadImport", str(text))


@dataclass(frozen=True)
class PreviewRow:
    """One row of the dry run as the table shows it."""

    id: int  # the spreadsheet's row number
    name: str
    born: str
    action: str
    match: str
    reasons: str
    problems: str

    @classmethod
    def of(cls, row: PlannedRow) -> PreviewRow:
        client = row.client
        born = fmt_date(client.dob) if client and client.dob else (
            str(client.estimated_birth_year) if client and client.estimated_birth_year else "")
        match = ""
        best = row.target or (row.matches[0] if row.matches else None)
        if best is not None:
            where = (_words(_ROW_OF).format(row=best.row) if best.row is not None
                     else _words(_ALREADY_HERE))
            match = f"{best.name} ({where})"
        return cls(row.number, row.name, born, _words(_ACTION_WORDS[row.action]), match,
                   "; ".join(best.reasons) if best else "", " ".join(str(e) for e in row.errors))


PREVIEW_COLUMNS: list[Column[PreviewRow]] = [
    Column("id", QT_TRANSLATE_NOOP("Columns", "Row"), lambda r: r.id),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name),
    Column("born", QT_TRANSLATE_NOOP("Columns", "Born"), lambda r: r.born),
    Column("action", QT_TRANSLATE_NOOP("Columns", "Will be"), lambda r: r.action),
    Column("match", QT_TRANSLATE_NOOP("Columns", "Likely the same as"), lambda r: r.match),
    Column("reasons", QT_TRANSLATE_NOOP("Columns", "Why"), lambda r: r.reasons),
    Column("problems", QT_TRANSLATE_NOOP("Columns", "Errors"), lambda r: r.problems),
]


class _RowFilter(QSortFilterProxyModel):
    """Shows every row, the likely duplicates, or the rows with errors."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.kind = "all"

    def set_kind(self, kind: str) -> None:
        self.beginFilterChange()
        self.kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if self.kind == "all" or not isinstance(model, DataclassTableModel):
            return True
        row = model.row_at(source_row)
        return bool(row.match) if self.kind == "duplicates" else bool(row.problems)


class _FilePage(QWizardPage):
    def __init__(self, wizard: CaseloadImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.setSubTitle(self.tr(
            "A CSV or Excel (.xlsx) file with one client per row and the column names in its "
            "first row. Its first sheet is read; nothing is written until the last step."))
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("Spreadsheet file"))
        self.path_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setAccessibleName(self.tr("Browse for the spreadsheet"))
        browse.clicked.connect(lambda _c=False: self._browse())
        self.banner = ErrorBanner(self)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        self._seen_path = ""

    def _browse(self) -> None:
        chosen, _f = QFileDialog.getOpenFileName(
            self, self.tr("Choose the spreadsheet"), "",
            self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"))
        if chosen:
            self.path_edit.setText(chosen)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip())
        if self.owner.seen is not None and str(path) == self._seen_path:
            return True
        caseload = self.owner.context.session.caseload

        def seen(result: CaseloadFile) -> None:
            self._seen_path = str(path)
            self.owner.seen = result
            self.owner.plan = None
            self.banner.clear_message()
            self.owner.next()

        (Op(self, lambda _ctx: caseload.inspect(path), label="read spreadsheet", lane="io")
         .success(seen)
         .failure(self.banner.show_error)
         .run(self.owner.context.runner))
        return False


class _MappingPage(QWizardPage):
    def __init__(self, wizard: CaseloadImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("What each column holds"))
        self.setSubTitle(self.tr(
            "Guessed from the column names; correct any that are wrong. Columns left at "
            "“Not imported” are ignored."))
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        self.banner = ErrorBanner(self)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("How the file was read"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.warnings)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.banner)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        seen = self.owner.seen
        assert seen is not None
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = []
        self.warnings.setText(" ".join(str(w) for w in seen.warnings))
        self.warnings.setVisible(bool(seen.warnings))
        for index, title in enumerate(seen.header):
            combo = QComboBox(self.form_host)
            combo.addItem(self.tr("Not imported"), "")
            for target in mapping.TARGETS:
                combo.addItem(_words(_TARGET_WORDS[target]), target)
            combo.setCurrentIndex(max(0, combo.findData(seen.guess.columns.get(index, ""))))
            examples = ", ".join(v for v in (r[index] if index < len(r) else ""
                                             for r in seen.sample[:3]) if v)
            caption = title or self.tr("Column {n}").format(n=index + 1)
            combo.setAccessibleName(self.tr("Field for column {column}").format(column=caption))
            combo.setToolTip(self.tr("For example: {values}").format(values=examples))
            label = QLabel(self.tr("{column} (e.g. {values})").format(  # "&" is a mnemonic
                column=literal(caption), values=literal(examples[:40]) or "—"), self.form_host)
            label.setBuddy(combo)
            self.form.addRow(label, combo)
            self.combos.append(combo)

    def column_map(self) -> mapping.ColumnMap:
        return mapping.ColumnMap({i: str(c.currentData()) for i, c in enumerate(self.combos)
                                  if c.currentData()})

    def set_target(self, column: int, target: str) -> None:
        self.combos[column].setCurrentIndex(self.combos[column].findData(target))

    def validatePage(self) -> bool:
        problems = mapping.problems(self.column_map())
        if problems:
            self.banner.show_error(CollabDeskError(problems[0]))
            return False
        if self.owner.column_map != self.column_map():
            self.owner.column_map = self.column_map()
            self.owner.plan = None
        return True


class _PreviewPage(QWizardPage):
    def __init__(self, wizard: CaseloadImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Dry run: what the import will do"))
        self.setSubTitle(self.tr(
            "Nothing is written yet. Check the likely duplicates: merge fills only the empty "
            "fields of the client it names; create registers the row as a new client."))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What the import will do"))
        self.banner = ErrorBanner(self)
        self.dates_box = QGroupBox(self.tr("Which order are the dates in?"), self)
        self.dates_text = QLabel(self.dates_box)
        self.dates_text.setWordWrap(True)
        self.day_first = QRadioButton(self.tr("Day first (05/06/1980 is 5 June 1980)"),
                                      self.dates_box)
        self.month_first = QRadioButton(self.tr("Month first (05/06/1980 is May 6, 1980)"),
                                        self.dates_box)
        self.day_first.setAccessibleName(self.tr("Dates are day first"))
        self.month_first.setAccessibleName(self.tr("Dates are month first"))
        self.dates_button = QPushButton(self.tr("Use this order"), self.dates_box)
        self.dates_button.setAccessibleName(self.tr("Use this date order"))
        self.dates_button.clicked.connect(lambda _c=False: self._answer_dates())
        box = QVBoxLayout(self.dates_box)
        for w in (self.dates_text, self.day_first, self.month_first, self.dates_button):
            box.addWidget(w)
        self.dates_box.hide()
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(self.tr("Rows shown"))
        for key, words in _FILTERS:
            self.filter.addItem(_words(words), key)
        self.model: DataclassTableModel[PreviewRow] = DataclassTableModel(PREVIEW_COLUMNS,
                                                                          parent=self)
        self.proxy = _RowFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_kind(str(self.filter.currentData())))
        self.view = make_table(self, self.proxy, self.tr("Rows of the spreadsheet"),
                               sort_column=None)
        self.choice_buttons: dict[str, QPushButton] = {}
        choices = QHBoxLayout()
        choices.addWidget(self.filter)
        choices.addStretch(1)
        for action, caption, accessible in (
                (CREATE, self.tr("Create"), self.tr("Create the selected row as a new client")),
                (MERGE, self.tr("Merge"), self.tr("Merge the selected row into its match")),
                (SKIP, self.tr("Skip"), self.tr("Skip the selected row"))):
            button = QPushButton(caption, self)
            button.setAccessibleName(accessible)
            button.clicked.connect(lambda _c=False, a=action: self.choose(a))
            choices.addWidget(button)
            self.choice_buttons[action] = button
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.dates_box)
        layout.addLayout(choices)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.banner)
        self.op: Op[Any] | None = None  # the latest background step (its progress dialog)

    def initializePage(self) -> None:
        if self.owner.plan is None:
            self._run_plan()
        else:
            self._show(self.owner.plan)

    def isComplete(self) -> bool:
        plan = self.owner.plan
        return plan is not None and any(r.action != SKIP for r in plan.rows)

    def _run_plan(self) -> None:
        seen, column_map = self.owner.seen, self.owner.column_map
        assert seen is not None and column_map is not None
        caseload, order = self.owner.context.session.caseload, self.owner.date_order
        self.model.set_rows([])
        self.summary.setText(self.tr("Reading the file…"))
        self.completeChanged.emit()

        def work(ctx: Any) -> ImportPlan:
            return caseload.plan(seen.path, column_map, date_order=order,
                                 progress=ctx.progress, cancelled=ctx.cancelled)

        self.op = (Op(self, work, label="plan caseload import")
                   .success(self._planned)
                   .failure(self._failed)
                   .cancelled(lambda: self.summary.setText(
                       self.tr("Stopped; nothing was written.")))
                   .with_progress(self.tr("Reading the spreadsheet…")))
        self.op.run(self.owner.context.runner)

    def _planned(self, plan: ImportPlan) -> None:
        self.owner.plan = plan
        self.dates_box.hide()
        self.banner.clear_message()
        self._show(plan)
        self.owner.sig_planned.emit()

    def _failed(self, error: CollabDeskError) -> None:
        if isinstance(error, DateOrderNeeded):
            self.dates_text.setText(str(error))
            self.summary.setText("")
            self.dates_box.show()
            self.day_first.setFocus()
            self.owner.sig_dates_asked.emit()
            return
        self.summary.setText("")
        self.banner.show_error(error)

    def _answer_dates(self) -> None:
        if not (self.day_first.isChecked() or self.month_first.isChecked()):
            return
        self.owner.date_order = "dmy" if self.day_first.isChecked() else "mdy"
        self.dates_box.hide()
        self._run_plan()

    def _show(self, plan: ImportPlan) -> None:
        counts = plan.counts()
        self.summary.setText(self.tr(
            "{rows} rows: {create} new clients, {merge} merged into clients already here or "
            "earlier rows, {skip} skipped ({errors} with errors); {cases} open cases. "
            "{duplicates} rows look like someone already registered.").format(**counts))
        self.model.set_rows(PreviewRow.of(r) for r in plan.rows)
        self.completeChanged.emit()

    def selected_number(self) -> int | None:
        row = selected_row(self.view)
        return row.id if isinstance(row, PreviewRow) else None

    def choose(self, action: str) -> None:
        plan, number = self.owner.plan, self.selected_number()
        if plan is None or number is None:
            return
        try:
            plan.choose(number, action)
        except CollabDeskError as error:
            self.banner.show_error(error)
            return
        self.banner.clear_message()
        self.model.update_row(PreviewRow.of(plan.row(number)))
        self._show_counts(plan)

    def _show_counts(self, plan: ImportPlan) -> None:
        counts = plan.counts()
        self.summary.setText(self.tr(
            "{rows} rows: {create} new clients, {merge} merged into clients already here or "
            "earlier rows, {skip} skipped ({errors} with errors); {cases} open cases. "
            "{duplicates} rows look like someone already registered.").format(**counts))
        self.completeChanged.emit()

    def validatePage(self) -> bool:
        plan = self.owner.plan
        if plan is None:
            return False
        if self.owner.record is not None:
            return True
        caseload = self.owner.context.session.caseload

        def work(ctx: Any) -> ImportRecord:
            return caseload.apply(plan, progress=ctx.progress, cancelled=ctx.cancelled)

        def done(record: ImportRecord) -> None:
            self.owner.record = record
            self.owner.accept()

        self.op = (Op(self, work, label="import caseload")
                   .success(done)
                   .failure(self.banner.show_error)
                   .cancelled(lambda: self.banner.show_message(
                       self.tr("The import was stopped; nothing was written.")))
                   .with_progress(self.tr("Importing clients…")))
        self.op.run(self.owner.context.runner)
        return False


class CaseloadImportWizard(QWizard):
    """From a spreadsheet of earlier clients to clients (and open cases) in the store."""

    sig_planned = Signal()
    sig_dates_asked = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.seen: CaseloadFile | None = None
        self.column_map: mapping.ColumnMap | None = None
        self.date_order: str | None = None
        self.plan: ImportPlan | None = None
        self.record: ImportRecord | None = None
        self.setWindowTitle(self.tr("Import clients from a spreadsheet"))
        self.setAccessibleName(self.windowTitle())
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page = _FilePage(self)
        self.mapping_page = _MappingPage(self)
        self.preview_page = _PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            button = self.button(which)
            button.setAccessibleName(button.text().replace("&", "").strip("<> "))
        self.resize(1000, 620)
