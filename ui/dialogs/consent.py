"""Record a client's consent: who may receive which of their data, for what, until when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QGridLayout, QWidget

from collabdesk.domain import CONSENT_METHODS, FORM_SCOPE, SHAREABLE_FIELDS, Consent
from collabdesk.services.consent import PURPOSES
from collabdesk.services.forms import FormInfo
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.forms import FormDialog, label, load_partners
from collabdesk.ui.formats import literal
from collabdesk.ui.ops import Op


def _day(qd: QDate) -> dt.date:
    return dt.date(qd.year(), qd.month(), qd.day())


class ConsentDialog(FormDialog):
    """``result_value`` is the recorded :class:`Consent`. ``partner_id`` and ``scope``
    pre-fill the form (for example from a referral that needs cover)."""

    def __init__(self, context: AppContext, client_id: str, *, partner_id: str | None = None,
                 scope: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Record consent"), parent)
        self.client_id = client_id
        self._partner_id = partner_id
        today = context.today()
        self.recipient = QComboBox(self)
        self.recipient.addItem(self.tr("Any partner"), "*")
        scope_box = QWidget(self)
        grid = QGridLayout(scope_box)
        grid.setContentsMargins(0, 0, 0, 0)
        chosen = set(scope) or {"name", "phone", "needs", "reason"}
        self.scope_checks: dict[str, QCheckBox] = {}
        for i, name in enumerate(SHAREABLE_FIELDS):
            check = QCheckBox(label(name), scope_box)
            check.setAccessibleName(self.tr("May share: {field}").format(field=label(name)))
            check.setChecked(name in chosen)
            grid.addWidget(check, i // 3, i % 3)
            self.scope_checks[name] = check
        scope_box.setAccessibleName(self.tr("What may be shared"))
        # Per-form scope: which forms' completed responses may travel (filled when loaded).
        self._chosen_forms = {e.removeprefix(FORM_SCOPE) for e in chosen
                              if e.startswith(FORM_SCOPE)}
        self.forms_box = QWidget(self)
        self.forms_grid = QGridLayout(self.forms_box)
        self.forms_grid.setContentsMargins(0, 0, 0, 0)
        self.forms_box.setAccessibleName(self.tr("Forms whose answers may be shared"))
        self.form_checks: dict[str, QCheckBox] = {}
        self.purpose = QComboBox(self)
        for purpose in PURPOSES:
            self.purpose.addItem(label(purpose), purpose)
        self.method = QComboBox(self)
        for method in CONSENT_METHODS:
            self.method.addItem(label(method), method)
        self.given_on = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.given_on.setCalendarPopup(True)
        self.expires = QCheckBox(self.tr("Expires"), self)
        self.expires.setAccessibleName(self.tr("The consent expires"))
        self.expires_on = QDateEdit(QDate(today.year, today.month, today.day).addYears(1), self)
        self.expires_on.setCalendarPopup(True)
        self.expires_on.setEnabled(False)
        self.expires.toggled.connect(self.expires_on.setEnabled)
        self.add_row("recipient", self.tr("&Who may receive it"), self.recipient)
        self.add_row("scope", self.tr("What may be &shared"), scope_box,
                     check=lambda: self.tr("Choose at least one thing that may be shared.")
                     if not self.scope() else None)
        self.add_row("forms", self.tr("Completed &forms"), self.forms_box)
        self.set_row_visible("forms", False)  # until the agency's forms are listed
        self.add_row("purpose", self.tr("&Purpose"), self.purpose)
        self.add_row("method", self.tr("&How it was given"), self.method)
        self.add_row("given_on", self.tr("&Given on"), self.given_on)
        self.form.addRow("", self.expires)
        self.add_row("expires_on", self.tr("E&xpires on"), self.expires_on)
        self.finish_layout()
        self.recipient.setFocus()
        load_partners(self, context, self.recipient, select=partner_id)
        (Op(self, lambda _ctx: context.session.forms.list_forms(include_retired=False),
            label="list forms")
         .success(self._forms_loaded)
         .failure(lambda _e: None)
         .run(context.runner))

    def _forms_loaded(self, forms: list[FormInfo]) -> None:
        titles: dict[str, str] = {}
        for form in forms:  # every version of a form is one entry: consent names the form
            titles.setdefault(form.url, form.title or form.url)
        for i, (url, title) in enumerate(sorted(titles.items(), key=lambda t: t[1].casefold())):
            check = QCheckBox(literal(title), self.forms_box)
            check.setAccessibleName(self.tr("May share the answers to: {form}").format(
                form=title))
            check.setChecked(url in self._chosen_forms)
            self.forms_grid.addWidget(check, i // 2, i % 2)
            self.form_checks[url] = check
        self.set_row_visible("forms", bool(titles))

    def scope(self) -> tuple[str, ...]:
        fields = tuple(n for n, c in self.scope_checks.items() if c.isChecked())
        return fields + tuple(f"{FORM_SCOPE}{url}" for url, c in self.form_checks.items()
                              if c.isChecked())

    def save_work(self) -> Callable[[], Any] | None:
        consents, client_id = self.session.consents, self.client_id
        scope, recipient = self.scope(), str(self.recipient.currentData())
        purpose, method = str(self.purpose.currentData()), str(self.method.currentData())
        given = _day(self.given_on.date())
        expires = _day(self.expires_on.date()) if self.expires.isChecked() else None
        return lambda: consents.record(client_id, scope=scope, recipient=recipient,
                                       purpose=purpose, method=method, given_on=given,
                                       expires_on=expires)

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, client_id: str, *,
            partner_id: str | None = None, scope: Iterable[str] = ()) -> Consent | None:
        result = cls.run_dialog(cls(context, client_id, partner_id=partner_id, scope=scope,
                                    parent=parent))
        return result if isinstance(result, Consent) else None
