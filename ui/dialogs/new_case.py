"""Open a new case for a client, with its first need if one is known."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from collabdesk.domain import NEED_DOMAINS, SEVERITIES, CaseSummary
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.forms import FormDialog, label


class NewCaseDialog(FormDialog):
    """``result_value`` is the new :class:`CaseSummary`."""

    def __init__(self, context: AppContext, client_id: str, client_name: str = "",
                 parent: QWidget | None = None) -> None:
        title = (self.tr("New case for {name}").format(name=client_name) if client_name
                 else self.tr("New case"))
        super().__init__(context, title, parent)
        self.client_id = client_id
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("e.g. Housing after eviction"))
        self.domain = QComboBox(self)
        self.domain.addItem(self.tr("No need yet"), "")
        for domain in NEED_DOMAINS:
            self.domain.addItem(label(domain), domain)
        self.severity = QComboBox(self)
        for severity in SEVERITIES:
            self.severity.addItem(label(severity), severity)
        self.severity.setCurrentIndex(1)
        self.need_text = QLineEdit(self)
        self.add_row("title", self.tr("Case &title"), self.title_edit,
                     check=lambda: self.tr("Give the case a short title.")
                     if not self.title_edit.text().strip() else None)
        self.add_row("domain", self.tr("First &need"), self.domain)
        self.add_row("severity", self.tr("&Severity"), self.severity)
        self.add_row("description", self.tr("Need &description"), self.need_text)
        self.finish_layout()
        self.title_edit.setFocus()

    def save_work(self) -> Callable[[], Any] | None:
        cases, client_id, title = self.session.cases, self.client_id, self.title_edit.text()
        domain = str(self.domain.currentData() or "")
        needs = ((domain, str(self.severity.currentData()), self.need_text.text()),) \
            if domain else ()
        return lambda: cases.open_case(client_id, title, needs=needs)

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, client_id: str,
            client_name: str = "") -> CaseSummary | None:
        result = cls.run_dialog(cls(context, client_id, client_name, parent))
        return result if isinstance(result, CaseSummary) else None
