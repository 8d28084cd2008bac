"""Add a need to a case, or edit one (domain, severity, status, description)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from collabdesk.domain import NEED_DOMAINS, NEED_STATUSES, SEVERITIES, Need
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.forms import FormDialog, label


def _combo(parent: QWidget, values: tuple[str, ...], current: str) -> QComboBox:
    combo = QComboBox(parent)
    for value in values:
        combo.addItem(label(value), value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class NeedDialog(FormDialog):
    """``result_value`` is the saved :class:`Need`."""

    def __init__(self, context: AppContext, case_id: str, need: Need | None = None,
                 parent: QWidget | None = None) -> None:
        title = self.tr("Add a need") if need is None else self.tr("Edit need")
        super().__init__(context, title, parent)
        self.case_id, self.need = case_id, need
        self.domain = _combo(self, NEED_DOMAINS, need.domain if need else "housing")
        self.severity = _combo(self, SEVERITIES, need.severity if need else "medium")
        self.status = _combo(self, NEED_STATUSES, need.status if need else "open")
        self.description = QPlainTextEdit(need.description if need else "", self)
        self.description.setTabChangesFocus(True)
        self.add_row("domain", self.tr("&Domain"), self.domain)
        self.add_row("severity", self.tr("&Severity"), self.severity)
        self.add_row("status", self.tr("S&tatus"), self.status)
        self.status.setEnabled(need is not None)  # a new need starts open
        self.add_row("description", self.tr("D&escription"), self.description)
        self.finish_layout()
        self.domain.setFocus()

    def save_work(self) -> Callable[[], Any] | None:
        cases = self.session.cases
        domain, severity = str(self.domain.currentData()), str(self.severity.currentData())
        description = self.description.toPlainText()
        if self.need is None:
            case_id = self.case_id
            return lambda: cases.add_need(case_id, domain, severity, description)
        need_id, status = self.need.id, str(self.status.currentData())
        return lambda: cases.update_need(need_id, domain=domain, severity=severity,
                                         status=status, description=description.strip())

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, case_id: str,
            need: Need | None = None) -> Need | None:
        result = cls.run_dialog(cls(context, case_id, need, parent))
        return result if isinstance(result, Need) else None
