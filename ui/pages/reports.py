"""Reports (supervisors): preview the monthly summary, export it, submit it to the hub.

The supervisor picks a month (or a date range) and previews exactly what would leave the
agency: the key figures and every table, with withheld cells shown as ``<5`` and coloured by
why they are withheld (a small count itself — *primary* — or another figure withheld so the
small one cannot be worked out — *complementary*). Export writes the previewed summary as
PDF, XLSX or CSV; Submit queues it for the hub (the sync engine sends it when the hub
answers). Everything runs through ``context.runner`` on the db lane with a progress dialog
that can cancel it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import CollabDeskError
from collabdesk.reports import indicators as ind
from collabdesk.reports.labels import category_label
from collabdesk.reports.published import PublishedSummary
from collabdesk.reports.suppression import COMPLEMENTARY, PRIMARY, PublishedTable
from collabdesk.services.reports import FORMATS, QueuedSubmission
from collabdesk.services.syncstatus import HUB_AGENCY
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.files import pick_save
from collabdesk.ui.dialogs.forms import make_table
from collabdesk.ui.i18n import QT_TRANSLATE_NOOP
from collabdesk.ui.models import Column, DataclassTableModel, ModelIndex
from collabdesk.ui.ops import Op
from collabdesk.ui.pages import Page
from collabdesk.ui.pages.reports_measures import NetworkMeasuresPreview
from collabdesk.ui.tasks import TaskContext, TaskProgressDialog

PRIMARY_COLOUR = QColor("#f6c89f")
COMPLEMENTARY_COLOUR = QColor("#fbe8b0")


@dataclass(frozen=True)
class KeyFigure:
    """One line of the key figures: its title and its value as published."""

    id: str
    title: str
    text: str
    withheld: bool


class CrossTabModel(QAbstractTableModel):
    """A published table as the preview shows it: a fixed grid of words and figures (the
    totals last), each withheld cell coloured by why it was withheld and saying so."""

    def __init__(self, header: list[str], body: list[list[str]], flags: list[list[str]],
                 threshold: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.header, self.body, self.threshold = header, body, threshold
        # The flag of each body cell; the first column holds the row's words, never a flag.
        self.flags_at = {(r, c): flags[r][c - 1] for r, line in enumerate(body)
                         for c in range(1, len(line)) if c <= len(flags[r])}

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.body)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.header)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.header):
            return self.header[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            line = self.body[r]
            return line[c] if c < len(line) else ""
        flag = self.flags_at.get((r, c), "")
        if role == FLAG_ROLE:
            return flag
        if role == Qt.ItemDataRole.BackgroundRole and flag:
            return QBrush(PRIMARY_COLOUR if flag == PRIMARY else COMPLEMENTARY_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and flag == PRIMARY:
            return QCoreApplication.translate(
                "ReportsPage", "Withheld: a count from 1 to {n}.").format(n=self.threshold - 1)
        if role == Qt.ItemDataRole.ToolTipRole and flag == COMPLEMENTARY:
            return QCoreApplication.translate(
                "ReportsPage", "Withheld to protect a small count elsewhere.")
        return None


FLAG_ROLE = Qt.ItemDataRole.UserRole  # a cell's suppression flag (PRIMARY, COMPLEMENTARY, "")


KEY_FIGURE_COLUMNS: list[Column[KeyFigure]] = [
    Column("title", QT_TRANSLATE_NOOP("ReportsPage", "Key figure"), lambda f: f.title,
           context="ReportsPage"),
    Column("text", QT_TRANSLATE_NOOP("ReportsPage", "Value"), lambda f: f.text,
           context="ReportsPage",
           background=lambda f: QBrush(COMPLEMENTARY_COLOUR) if f.withheld else None,
           tooltip=lambda f: QCoreApplication.translate(
               "ReportsPage", "Withheld: it rests on too few referrals or could reveal a small "
               "count.") if f.withheld else None),
]
_SUFFIX = {"pdf": ".pdf", "xlsx": ".xlsx", "csv": ".csv"}


class ReportFileDialogs:
    """The save-as picker for exports (a classmethod, so tests can answer it)."""

    @classmethod
    def save_report(cls, parent: QWidget | None, suggested: str, fmt: str) -> Path | None:
        filters = {
            "pdf": QCoreApplication.translate("ReportFileDialogs", "PDF (*.pdf)"),
            "xlsx": QCoreApplication.translate("ReportFileDialogs", "Excel workbook (*.xlsx)"),
            "csv": QCoreApplication.translate(
                "ReportFileDialogs", "CSV, one file (*.csv);;CSV, one file per table (*.zip)"),
        }
        return pick_save(
            parent, QCoreApplication.translate("ReportFileDialogs", "Export the summary"),
            "report", suggested, filters[fmt])


class ReportsPage(Page):
    watches = frozenset({"case", "client", "referral", "task", "agency"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAccessibleName(self.tr("Reports"))
        self.published: PublishedSummary | None = None
        self.progress_dialog: TaskProgressDialog | None = None
        self.last_export: Path | None = None
        self.last_submission: QueuedSubmission | None = None

        today = QDate.currentDate()
        first = QDate(today.year(), today.month(), 1)
        self.month_radio = QRadioButton(self.tr("Month"), self)
        self.range_radio = QRadioButton(self.tr("Dates"), self)
        self.month_radio.setChecked(True)
        self.month_edit = QDateEdit(first.addMonths(-1), self)
        self.month_edit.setDisplayFormat("MMMM yyyy")
        self.month_edit.setCalendarPopup(True)
        self.month_edit.setAccessibleName(self.tr("Month"))
        self.start_edit = QDateEdit(first.addMonths(-1), self)
        self.end_edit = QDateEdit(first.addDays(-1), self)
        for edit, name in ((self.start_edit, self.tr("First day")),
                           (self.end_edit, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setAccessibleName(self.tr("Preview the summary"))
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, text in (("pdf", self.tr("Export PDF…")), ("xlsx", self.tr("Export XLSX…")),
                          ("csv", self.tr("Export CSV…"))):
            button = QPushButton(text, self)
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, f=fmt: self.run_export(f))
            self.export_buttons[fmt] = button
        self.submit_button = QPushButton(self.tr("Submit to hub"), self)
        self.submit_button.setEnabled(False)
        self.submit_button.setToolTip(self.tr("Queue this month's summary for the network's "
                                              "hub; it is sent when the hub answers."))

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Report status"))
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(self.tr("Legend"))
        self.legend.setVisible(False)

        self.figures_model: DataclassTableModel[KeyFigure] = DataclassTableModel(
            KEY_FIGURE_COLUMNS, parent=self)
        # In the summary's order until the person sorts by a column.
        self.figures = make_table(self, self.figures_model, self.tr("Key figures"),
                                  sort_column=None)
        self.figures.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tables: dict[str, QTableView] = {}
        self.content = QWidget(self)
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.addWidget(self.figures)
        self.network_measures = NetworkMeasuresPreview(context, self.content)
        self.content_layout.addWidget(self.network_measures)
        self.content_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Preview"))  # it takes focus: say what it holds
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.content)

        period = QHBoxLayout()
        period.addWidget(self.month_radio)
        period.addWidget(self.month_edit)
        period.addSpacing(12)
        period.addWidget(self.range_radio)
        period.addWidget(self.start_edit)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.end_edit)
        period.addWidget(self.preview_button)
        period.addStretch(1)
        actions = QHBoxLayout()
        for button in self.export_buttons.values():
            actions.addWidget(button)
        actions.addSpacing(12)
        actions.addWidget(self.submit_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.legend)
        layout.addWidget(scroll, 1)

        self.preview_button.clicked.connect(self.run_preview)
        self.submit_button.clicked.connect(self.run_submit)
        self.month_radio.toggled.connect(self._mode_changed)
        for edit in (self.month_edit, self.start_edit, self.end_edit):
            edit.dateChanged.connect(self._period_changed)
        self._mode_changed()
        if not context.session.allowed("report.view"):
            self.preview_button.setEnabled(False)
            self.status.setText(self.tr("Monthly summaries are for supervisors."))

    def title(self) -> str:
        return self.tr("Reports")

    def refresh(self) -> None:
        # Nothing loads by itself: a summary is computed only when the supervisor asks, and
        # what was previewed stays exactly what an export or submission will contain.
        return

    # -- period -------------------------------------------------------------------------------

    def month(self) -> str:
        date = self.month_edit.date()
        return dt.date(date.year(), date.month(), 1).strftime("%Y-%m")

    def period_arguments(self) -> dict[str, Any]:
        if self.month_radio.isChecked():
            return {"month": self.month()}
        start, end = self.start_edit.date(), self.end_edit.date()
        return {"start": dt.date(start.year(), start.month(), start.day()),
                "end": dt.date(end.year(), end.month(), end.day())}

    def _mode_changed(self) -> None:
        by_month = self.month_radio.isChecked()
        self.month_edit.setEnabled(by_month)
        self.start_edit.setEnabled(not by_month)
        self.end_edit.setEnabled(not by_month)
        self._period_changed()

    def _period_changed(self) -> None:
        self.published = None
        why = self.tr("Preview first: an export or a submission holds exactly what the "
                      "preview shows.")
        for button in (*self.export_buttons.values(), self.submit_button):
            button.setEnabled(False)
            button.setToolTip(why)
        if self.context.session.allowed("report.view"):
            self.status.setText(self.tr("Choose the month, then Preview. Export and Submit "
                                        "become available once you have seen what will "
                                        "leave."))

    # -- preview ------------------------------------------------------------------------------

    def run_preview(self) -> None:
        session, args = self.context.session, self.period_arguments()

        def work(ctx: TaskContext) -> PublishedSummary:
            return session.reports.summary(**args, progress=ctx.progress,
                                           cancelled=ctx.cancelled)

        self.status.setText(self.tr("Preparing the summary…"))
        op = (Op(self, work, label="preview summary")
              .success(self.show_summary)
              .failure(self._failed)
              .cancelled(self._cancelled)
              .with_progress(self.tr("Preparing the summary")))
        op.run(self.context.runner)
        self.progress_dialog = op.dialog

    def show_summary(self, published: PublishedSummary) -> None:
        self.published = published
        self.status.setText(self.tr("{agency}, {period}: this is exactly what an export or "
                                    "a submission contains.").format(
            agency=published.agency_name, period=published.period.label))
        self.legend.setText(
            published.suppression_note + "\n"
            + self.tr("Orange cells: a count from 1 to {n} (withheld). Yellow cells: withheld "
                      "so that a small count cannot be worked out from totals or other rows. "
                      "Rows of workers are shown by name here; the hub gets pseudonyms."
                      ).format(n=published.threshold - 1))
        self.legend.setVisible(True)
        self._fill_figures(published)
        self.network_measures.load(published.period.month)
        for old in self.tables.values():
            self.content_layout.removeWidget(old)
            old.deleteLater()
        self.tables = {}
        for table in published.tables:
            widget = self._fill_table(table)
            self.tables[table.name] = widget
            self.content_layout.insertWidget(self.content_layout.count() - 1, widget)
        for button in self.export_buttons.values():
            button.setEnabled(self.context.session.allowed("report.export"))
            button.setToolTip(self.tr("Save the summary exactly as previewed."))
        self.submit_button.setEnabled(published.period.month is not None
                                      and self.context.session.allowed("report.submit"))

    @staticmethod
    def _table(parent: QWidget) -> QTableView:
        table = QTableView(parent)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return table

    def _fill_figures(self, published: PublishedSummary) -> None:
        self.figures_model.set_rows(
            KeyFigure(value.id, value.title, value.text(published.threshold),
                      value.status == "withheld") for value in published.values)
        self._fit(self.figures)

    def _fill_table(self, table: PublishedTable) -> QTableView:
        title = ind.INDICATORS[table.name].title
        rows = table.as_rows(total_label=self.tr("Total"))
        header = [str(category_label(h)) for h in rows[0]]
        # Rows and columns are categories (mental_health, declined: not_eligible): words here.
        body = [[str(category_label(line[0])), *line[1:]] for line in rows[1:]]
        widget = self._table(self.content)
        widget.setModel(CrossTabModel([title, *header[1:]], body, self._flag_grid(table),
                                      table.threshold, widget))
        widget.setAccessibleName(title)
        widget.setObjectName(table.name)
        self._fit(widget)
        return widget

    @staticmethod
    def _flag_grid(table: PublishedTable) -> list[list[str]]:
        """Flags laid out like ``as_rows()`` (cells, then the totals shown)."""
        grid = []
        for i, row in enumerate(table.flags):
            line = list(row)
            if table.row_totals is not None and table.row_total_flags is not None:
                line.append(table.row_total_flags[i])
            grid.append(line)
        if table.col_totals is not None and table.col_total_flags is not None:
            line = list(table.col_total_flags)
            if table.row_totals is not None:
                line.append(table.grand_total_flag)
            grid.append(line)
        elif table.row_totals is not None:
            grid.append([""] * len(table.col_labels) + [table.grand_total_flag])
        return grid

    @staticmethod
    def _fit(widget: QTableView) -> None:
        widget.resizeColumnsToContents()
        height = widget.horizontalHeader().height() + 4
        height += sum(widget.rowHeight(r) for r in range(widget.model().rowCount()))
        widget.setMinimumHeight(height)
        widget.setMaximumHeight(height)

    # -- export -------------------------------------------------------------------------------

    def run_export(self, fmt: str) -> None:
        published = self.published
        if published is None or fmt not in FORMATS:
            return
        label = published.period.label.replace(" ", "_")
        path = ReportFileDialogs.save_report(self, f"summary-{label}{_SUFFIX[fmt]}", fmt)
        if path is None:
            return
        session = self.context.session

        def work(ctx: TaskContext) -> Path:
            return session.reports.export(published, path, fmt, progress=ctx.progress,
                                          cancelled=ctx.cancelled)

        self.status.setText(self.tr("Exporting…"))
        op = (Op(self, work, label=f"export summary {fmt}")
              .success(self._exported)
              .failure(self._failed)
              .cancelled(self._cancelled)
              .with_progress(self.tr("Exporting the summary")))
        op.run(self.context.runner)
        self.progress_dialog = op.dialog

    def _exported(self, path: Path) -> None:
        self.last_export = path
        self.status.setText(self.tr("Saved {file}.").format(file=str(path)))

    # -- submit -------------------------------------------------------------------------------

    def run_submit(self) -> None:
        published = self.published
        if published is None or published.period.month is None:
            return
        session = self.context.session
        to_submit = self.network_measures.to_submit()  # as previewed

        def work(ctx: TaskContext) -> tuple[QueuedSubmission, bool]:
            ctx.check()
            figures, new_framework = to_submit
            if figures is None and published.period.month:  # sent before their preview came
                found = session.measures.preview(published.period.month)
                figures = found.figures if found is not None else None
            queued = session.reports.submit(published, figures, new_framework=new_framework)
            return queued, bool(session.store.get_meta(HUB_AGENCY))

        op = (Op(self, work, label="submit summary")
              .success(self._submitted)
              .failure(self._failed)
              .cancelled(self._cancelled)
              .with_progress(self.tr("Submitting the summary")))
        op.run(self.context.runner)
        self.progress_dialog = op.dialog

    def _submitted(self, result: tuple[QueuedSubmission, bool]) -> None:
        queued, enrolled = result
        self.last_submission = queued
        if enrolled:
            text = self.tr("{month}: queued — will be sent when the hub answers.")
        else:
            text = self.tr("{month}: queued — will be sent once this laptop is enrolled "
                           "with the hub and the hub answers.")
        self.status.setText(text.format(month=queued.month))

    # -- outcomes -----------------------------------------------------------------------------

    def _failed(self, error: CollabDeskError) -> None:
        self.status.setText(str(error))

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Cancelled; nothing was saved."))
