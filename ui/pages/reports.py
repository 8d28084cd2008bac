"""Reports (supervisors): pick a month and preview the monthly summary.

A minimal page for the shell; the reports work replaces it with the full preview, exports
and submission. It calls ``collabdesk.services.reports.ReportService(session).summary(
"YYYY-MM")`` when that module is part of the build.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import CollabDeskError
from collabdesk.ui.context import AppContext
from collabdesk.ui.pages import Page
from collabdesk.ui.tasks import TaskContext


def _report_service_available() -> bool:
    try:
        from collabdesk.services.reports import ReportService  # noqa: F401
    except ImportError:
        return False
    return True


class ReportsPage(Page):
    watches = frozenset({"case", "client", "referral", "task"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        today = QDate.currentDate()
        last_month = QDate(today.year(), today.month(), 1).addMonths(-1)
        self.month_edit = QDateEdit(last_month, self)
        self.month_edit.setDisplayFormat("MMMM yyyy")
        self.month_edit.setCalendarPopup(True)
        self.month_edit.setAccessibleName(self.tr("Month"))
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setAccessibleName(self.tr("Preview the monthly summary"))
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Summary preview"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Report status"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Month:"), self))
        row.addWidget(self.month_edit)
        row.addWidget(self.preview_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)
        self.preview_button.clicked.connect(self.run_preview)
        if not _report_service_available():
            self.preview_button.setEnabled(False)
            self.status.setText(self.tr("Monthly summaries are not available in this "
                                        "version yet."))

    def title(self) -> str:
        return self.tr("Reports")

    def month(self) -> str:
        date = self.month_edit.date()
        return dt.date(date.year(), date.month(), 1).strftime("%Y-%m")

    def run_preview(self) -> None:
        session, month = self.context.session, self.month()

        def work(ctx: TaskContext) -> str:
            from collabdesk.services.reports import ReportService

            summary: Any = ReportService(session).summary(month)
            return str(summary)

        self.status.setText(self.tr("Preparing the summary…"))
        self.context.runner.run(work, lane="db", label="preview summary",
                                on_done=self._show, on_error=self._failed)

    def _show(self, text: str) -> None:
        self.status.clear()
        self.preview.setPlainText(text)

    def _failed(self, error: CollabDeskError) -> None:
        self.status.setText(str(error))
