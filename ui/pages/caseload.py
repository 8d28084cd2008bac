"""Caseloads: the signed-in worker's cases ("mine"), or every case they may see ("all").

Status is shown in words with the chip colours; cases with overdue tasks are highlighted.
Enter or a double-click opens the case.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from collabdesk.domain import CaseSummary
from collabdesk.errors import CollabDeskError
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.forms import (
    ErrorBanner,
    chip_colors,
    label,
    make_table,
)
from collabdesk.ui.formats import fmt_date
from collabdesk.ui.i18n import QT_TRANSLATE_NOOP
from collabdesk.ui.models import (
    KEY_ROLE,
    NUMBER_ALIGN,
    Column,
    DataclassTableModel,
    SearchFilterProxy,
)
from collabdesk.ui.ops import Op
from collabdesk.ui.pages import Page
from collabdesk.ui.theme import semantic_colors
from collabdesk.ui.widgets import SearchBox

Scope = Literal["mine", "all"]



CASELOAD_COLUMNS: list[Column[CaseSummary]] = [
    Column("client", QT_TRANSLATE_NOOP("Columns", "Client"), lambda c: c.client_name),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Case"), lambda c: c.title),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda c: c.status, fmt=label,
           foreground=lambda c: chip_colors(c.status)[0],
           background=lambda c: chip_colors(c.status)[1]),
    Column("assigned", QT_TRANSLATE_NOOP("Columns", "Worker"), lambda c: c.assigned_name),
    Column("opened", QT_TRANSLATE_NOOP("Columns", "Opened"),
           lambda c: c.opened_at.date() if c.opened_at else None, fmt=fmt_date),
    Column("open_tasks", QT_TRANSLATE_NOOP("Columns", "Open tasks"), lambda c: c.open_tasks,
           align=NUMBER_ALIGN),
    Column("overdue_tasks", QT_TRANSLATE_NOOP("Columns", "Overdue tasks"),
           lambda c: c.overdue_tasks, fmt=lambda v: str(v) if v else "", align=NUMBER_ALIGN,
           foreground=lambda c: semantic_colors().chip("overdue")[0] if c.overdue_tasks
           else None,
           background=lambda c: semantic_colors().chip("overdue")[1] if c.overdue_tasks
           else None,
           accessible=lambda c: QCoreApplication.translate(
               "Columns", "Overdue tasks: {n}").format(n=c.overdue_tasks)),
]


class CaseloadPage(Page):
    watches = frozenset({"case", "task", "client"})

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 scope: Scope = "mine") -> None:
        super().__init__(context, parent)
        if scope not in ("mine", "all"):
            raise ValueError(f"Unknown caseload scope {scope!r}; use 'mine' or 'all'.")
        self.scope: Scope = scope
        self._generation = 0
        self.setAccessibleName(self.title())
        self.banner = ErrorBanner(self)
        self.filter_box = SearchBox(self, debounce_ms=120,
                                    placeholder=self.tr("Filter by client, case or worker…"),
                                    accessible_name=self.tr("Filter cases"))
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Which cases"))
        self.status_filter.addItem(self.tr("Open and on hold"), ("open", "on_hold"))
        self.status_filter.addItem(self.tr("Open"), ("open",))
        self.status_filter.addItem(self.tr("On hold"), ("on_hold",))
        self.status_filter.addItem(self.tr("Closed"), ("closed",))
        self.status_filter.addItem(self.tr("All"), ())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model: DataclassTableModel[CaseSummary] = DataclassTableModel(
            CASELOAD_COLUMNS, parent=self)
        self.proxy = SearchFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = make_table(self, self.proxy, self.title())
        self.view.activated.connect(self._activated)
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        self.count_label.setAccessibleName(self.tr("Number of cases"))
        self.filter_box.sig_search.connect(self._filter)
        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        # A visible label tied to the filter: a screen reader names a combo box by it.
        shown = QLabel(self.tr("&Show:"), self)
        shown.setBuddy(self.status_filter)
        top.addWidget(shown)
        top.addWidget(self.status_filter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

    def title(self) -> str:
        return self.tr("My caseload") if self.scope == "mine" else self.tr("All cases")

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        cases, mine = self.context.session.cases, self.scope == "mine"
        statuses = tuple(self.status_filter.currentData() or ())
        (Op(self, lambda _ctx: cases.list_cases(mine=mine, statuses=statuses),
            label="load caseload")
         .success(lambda rows: self._loaded(generation, rows))
         .failure(self._failed)
         .run(self.context.runner))

    def _loaded(self, generation: int, rows: list[CaseSummary]) -> None:
        if generation != self._generation:
            return
        self.banner.clear_message()
        self.model.set_rows(rows)
        self._show_count()

    def _show_count(self) -> None:
        """Count what is shown (after the filter), or say what to do when nothing is."""
        shown = [self.proxy.mapToSource(self.proxy.index(r, 0)).row()
                 for r in range(self.proxy.rowCount())]
        rows = self.model.rows()
        if shown:
            overdue = sum(1 for i in shown if rows[i].overdue_tasks)
            self.count_label.setText(self.tr("%n case(s)", "", len(shown))
                                     + (" · " + self.tr("%n with overdue tasks", "", overdue)
                                        if overdue else ""))
        elif rows:
            self.count_label.setText(self.tr("No case matches this filter; clear it (Esc) to "
                                             "see all {n}.").format(n=len(rows)))
        elif self.scope == "mine":
            self.count_label.setText(self.tr(
                "No cases are assigned to you. Cases you open, or that a supervisor assigns to "
                "you, appear here; find a client under Clients to open one."))
        else:
            self.count_label.setText(self.tr(
                "The agency has no cases with this status. Choose another status above."))

    def _failed(self, error: CollabDeskError) -> None:
        self.banner.show_error(error)

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self._show_count()

    def _activated(self, index: QModelIndex) -> None:
        case_id = index.siblingAtColumn(0).data(KEY_ROLE)
        if case_id:
            self.context.sig_open_case.emit(str(case_id))
