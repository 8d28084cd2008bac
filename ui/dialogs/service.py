"""Record a service delivered on a case (what, when, for which need, by whom)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from collabdesk.domain import Need, ServiceDelivered
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.forms import FormDialog, label


class ServiceDialog(FormDialog):
    """``result_value`` is the recorded :class:`ServiceDelivered`."""

    def __init__(self, context: AppContext, case_id: str, needs: Sequence[Need] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Record a service"), parent)
        self.case_id = case_id
        today = context.today()
        self.service_type = QLineEdit(self)
        self.service_type.setPlaceholderText(self.tr("e.g. Food parcel, counselling session"))
        self.delivered_on = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.delivered_on.setCalendarPopup(True)
        self.delivered_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.need = QComboBox(self)
        self.need.addItem(self.tr("Not for a particular need"), None)
        for need in needs:
            self.need.addItem(f"{label(need.domain)} — {need.description}".rstrip(" —"),
                              need.id)
        self.provider = QLineEdit(self)
        self.quantity = QSpinBox(self)
        self.quantity.setRange(1, 10_000)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.add_row("service_type", self.tr("&Service"), self.service_type,
                     check=lambda: self.tr("Say what service was delivered.")
                     if not self.service_type.text().strip() else None)
        self.add_row("delivered_on", self.tr("&Delivered on"), self.delivered_on)
        self.add_row("need_id", self.tr("For &need"), self.need)
        self.add_row("provider", self.tr("&Provider"), self.provider)
        self.add_row("quantity", self.tr("&Quantity"), self.quantity)
        self.add_row("description", self.tr("D&escription"), self.description)
        self.finish_layout()
        self.service_type.setFocus()

    def save_work(self) -> Callable[[], Any] | None:
        cases, case_id = self.session.cases, self.case_id
        qd = self.delivered_on.date()
        day = dt.date(qd.year(), qd.month(), qd.day())
        kind, need_id = self.service_type.text(), self.need.currentData()
        provider, quantity = self.provider.text(), self.quantity.value()
        description = self.description.toPlainText()
        return lambda: cases.record_service(case_id, kind, delivered_on=day, need_id=need_id,
                                            provider=provider, quantity=quantity,
                                            description=description)

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, case_id: str,
            needs: Sequence[Need] = ()) -> ServiceDelivered | None:
        result = cls.run_dialog(cls(context, case_id, needs, parent))
        return result if isinstance(result, ServiceDelivered) else None
