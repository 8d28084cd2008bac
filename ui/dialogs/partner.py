"""Add a partner agency, or a service it offers, to the partner directory by hand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QPlainTextEdit, QWidget

from collabdesk.domain import NEED_DOMAINS, Partner, PartnerServiceInfo
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.forms import FormDialog, label, load_partners


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in text.split(",") if w.strip())


class PartnerDialog(FormDialog):
    """``result_value`` is the new :class:`Partner`."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Add a partner"), parent)
        self.name = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.phone, self.email, self.website = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.add_row("name", self.tr("&Name"), self.name,
                     check=lambda: self.tr("A partner needs a name.")
                     if not self.name.text().strip() else None)
        self.add_row("description", self.tr("&Description"), self.description)
        self.add_row("phone", self.tr("&Phone"), self.phone)
        self.add_row("email", self.tr("E&mail"), self.email)
        self.add_row("website", self.tr("&Website"), self.website)
        self.finish_layout()
        self.name.setFocus()

    def save_work(self) -> Callable[[], Any] | None:
        directory = self.session.directory
        name, description = self.name.text(), self.description.toPlainText()
        phone, email, website = self.phone.text(), self.email.text(), self.website.text()
        return lambda: directory.add_partner(name, description=description, phone=phone,
                                             email=email, website=website)

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> Partner | None:
        result = cls.run_dialog(cls(context, parent))
        return result if isinstance(result, Partner) else None


class PartnerServiceDialog(FormDialog):
    """``result_value`` is the new :class:`PartnerServiceInfo`."""

    def __init__(self, context: AppContext, partner_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Add a partner service"), parent)
        self._partner_id = partner_id
        self.partner = QComboBox(self)
        self.name = QLineEdit(self)
        domains_box = QWidget(self)
        grid = QGridLayout(domains_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.domain_checks: dict[str, QCheckBox] = {}
        for i, domain in enumerate(NEED_DOMAINS):
            check = QCheckBox(label(domain), domains_box)
            check.setAccessibleName(self.tr("Meets need: {domain}").format(domain=label(domain)))
            grid.addWidget(check, i // 4, i % 4)
            self.domain_checks[domain] = check
        self.languages = QLineEdit(self)
        self.languages.setPlaceholderText(self.tr("comma-separated, e.g. English, Spanish"))
        self.areas = QLineEdit(self)
        self.areas.setPlaceholderText(self.tr("comma-separated towns or districts"))
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.address, self.phone, self.email = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.eligibility = QLineEdit(self)
        self.add_row("partner", self.tr("&Partner"), self.partner,
                     check=lambda: self.tr("Choose the partner that offers the service.")
                     if self.partner.currentData() is None else None)
        self.add_row("name", self.tr("&Service name"), self.name,
                     check=lambda: self.tr("A service needs a name.")
                     if not self.name.text().strip() else None)
        self.add_row("domains", self.tr("&Needs it meets"), domains_box)
        self.add_row("languages", self.tr("&Languages"), self.languages)
        self.add_row("areas", self.tr("&Areas served"), self.areas)
        self.add_row("description", self.tr("&Description"), self.description)
        self.add_row("address", self.tr("Add&ress"), self.address)
        self.add_row("phone", self.tr("P&hone"), self.phone)
        self.add_row("email", self.tr("E&mail"), self.email)
        self.add_row("eligibility", self.tr("&Eligibility"), self.eligibility)
        self.finish_layout()
        self.name.setFocus()
        load_partners(self, context, self.partner, select=self._partner_id,
                      failure=self.banner.show_error)

    def save_work(self) -> Callable[[], Any] | None:
        directory = self.session.directory
        partner_id, name = str(self.partner.currentData()), self.name.text()
        domains = tuple(d for d, c in self.domain_checks.items() if c.isChecked())
        languages, areas = _words(self.languages.text()), _words(self.areas.text())
        extra = {"description": self.description.toPlainText(), "address": self.address.text(),
                 "phone": self.phone.text(), "email": self.email.text(),
                 "eligibility": self.eligibility.text()}
        return lambda: directory.add_service(partner_id, name, domains=domains,
                                             languages=languages, areas=areas, **extra)

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext,
            partner_id: str | None = None) -> PartnerServiceInfo | None:
        result = cls.run_dialog(cls(context, partner_id, parent))
        return result if isinstance(result, PartnerServiceInfo) else None
