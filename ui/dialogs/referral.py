"""Send a referral from a case: find a partner service, see the consent that covers it,
pick exactly which fields leave the agency and preview them before sending.

The Send button stays disabled — with the reason written next to it — until a service is
chosen and a current consent covers every field picked; "Record consent…" is right there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain import (
    FORM_SCOPE,
    NEED_DOMAINS,
    SHAREABLE_FIELDS,
    URGENCIES,
    Consent,
    PartnerServiceInfo,
    Referral,
)
from collabdesk.errors import CollabDeskError, ConsentRequired
from collabdesk.services.forms import ResponseVersion
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.consent import ConsentDialog
from collabdesk.ui.dialogs.files import FileDialogs, file_slug
from collabdesk.ui.dialogs.forms import (
    FormDialog,
    describe_fields,
    label,
    make_table,
    select_key,
    selected_row,
)
from collabdesk.ui.formats import fmt_date, literal
from collabdesk.ui.i18n import QT_TRANSLATE_NOOP
from collabdesk.ui.icons import set_button_icon
from collabdesk.ui.models import Column, DataclassTableModel, SearchFilterProxy
from collabdesk.ui.ops import Op
from collabdesk.ui.widgets import SearchBox

DEFAULT_FIELDS = ("name", "phone", "needs", "reason")

SERVICE_COLUMNS: list[Column[PartnerServiceInfo]] = [
    Column("partner", QT_TRANSLATE_NOOP("Columns", "Partner"), lambda s: s.partner_name),
    Column("service", QT_TRANSLATE_NOOP("Columns", "Service"), lambda s: s.name),
    Column("domains", QT_TRANSLATE_NOOP("Columns", "Needs"),
           lambda s: ", ".join(label(d) for d in s.domains)),
    Column("languages", QT_TRANSLATE_NOOP("Columns", "Languages"),
           lambda s: ", ".join(s.languages)),
    Column("areas", QT_TRANSLATE_NOOP("Columns", "Areas"), lambda s: ", ".join(s.areas)),
]

# Keys of shareable_preview() as people read them.
_PREVIEW_KEYS = {
    "given_name": QT_TRANSLATE_NOOP("ReferralDialog", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("ReferralDialog", "Family name"),
    "dob": QT_TRANSLATE_NOOP("ReferralDialog", "Date of birth"),
    "estimated_birth_year": QT_TRANSLATE_NOOP("ReferralDialog", "Estimated birth year"),
}


class ReferralDialog(FormDialog):
    """``result_value`` is the sent :class:`Referral`."""

    def __init__(self, context: AppContext, case_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Send a referral"), parent)
        self.case_id = case_id
        self.client_id: str | None = None
        self.consent: Consent | None = None
        self.consent_problem = ""
        self.preview: dict[str, Any] = {}
        # A partner not on the hub gets the referral on paper or as a FHIR file, handed over.
        self.as_file = False
        self._delivery_for: str | None = None  # the service whose partner was looked up
        self._check_generation = 0
        self._checked_generation = -1
        self._search_generation = 0
        self.save_button.setText(self.tr("&Send referral"))
        set_button_icon(self.save_button, "send")  # not the Save button's floppy disk
        self.save_button.setAccessibleName(self.tr("Send referral"))

        # 1. find the partner service
        find = QGroupBox(self.tr("1. Partner service"), self)
        self.search_box = SearchBox(find, placeholder=self.tr("Search services…"),
                                    accessible_name=self.tr("Search partner services"))
        self.domain = QComboBox(find)
        self.domain.setAccessibleName(self.tr("Need"))
        self.domain.addItem(self.tr("Any need"), None)
        for domain in NEED_DOMAINS:
            self.domain.addItem(label(domain), domain)
        self.language = QLineEdit(find)
        self.language.setPlaceholderText(self.tr("Language"))
        self.language.setAccessibleName(self.tr("Language spoken"))
        self.area = QLineEdit(find)
        self.area.setPlaceholderText(self.tr("Area"))
        self.area.setAccessibleName(self.tr("Area served"))
        filters = QHBoxLayout()
        for w in (self.search_box, self.domain, self.language, self.area):
            filters.addWidget(w)
        self.services_model: DataclassTableModel[PartnerServiceInfo] = \
            DataclassTableModel(SERVICE_COLUMNS, parent=self)
        self.services_proxy = SearchFilterProxy(self)
        self.services_proxy.setSourceModel(self.services_model)
        self.services_view = make_table(find, self.services_proxy,
                                        self.tr("Partner services"))
        self.services_view.setMinimumHeight(140)
        self.service_info = QLabel(find)
        self.service_info.setWordWrap(True)
        self.service_info.setAccessibleName(self.tr("Chosen service"))
        box = QVBoxLayout(find)
        box.addLayout(filters)
        box.addWidget(self.services_view)
        box.addWidget(self.service_info)
        self.main_layout.insertWidget(1, find)  # above the form rows

        # 2. what is shared, and the consent that covers it
        share = QGroupBox(self.tr("2. What is shared"), self)
        grid = QGridLayout()
        self.field_checks: dict[str, QCheckBox] = {}
        for i, name in enumerate(SHAREABLE_FIELDS):
            check = QCheckBox(label(name), share)
            check.setAccessibleName(self.tr("Share: {field}").format(field=label(name)))
            check.setChecked(name in DEFAULT_FIELDS)
            check.toggled.connect(lambda _on: self.schedule_check())
            grid.addWidget(check, i // 5, i % 5)
            self.field_checks[name] = check
        # Completed forms on the case that may travel with it (filled when loaded).
        self.forms_caption = QLabel(self.tr("Completed forms to send with it:"), share)
        self.forms_row = QHBoxLayout()
        self.forms_row.addWidget(self.forms_caption)
        self.forms_caption.setVisible(False)
        self.response_checks: dict[str, tuple[QCheckBox, ResponseVersion]] = {}
        self.consent_label = QLabel(share)
        self.consent_label.setWordWrap(True)
        self.consent_label.setAccessibleName(self.tr("Consent"))
        self.record_consent_button = QPushButton(self.tr("Record &consent…"), share)
        self.record_consent_button.setAccessibleName(self.tr("Record the client's consent"))
        self.record_consent_button.setAutoDefault(False)
        self.record_consent_button.clicked.connect(self.record_consent)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent_label, 1)
        consent_row.addWidget(self.record_consent_button)
        self.preview_view = QPlainTextEdit(share)
        self.preview_view.setReadOnly(True)
        self.preview_view.setAccessibleName(self.tr("Exactly what will be sent"))
        self.preview_view.setTabChangesFocus(True)
        self.preview_view.setMaximumHeight(140)
        box2 = QVBoxLayout(share)
        box2.addLayout(grid)
        box2.addLayout(self.forms_row)
        box2.addLayout(consent_row)
        box2.addWidget(QLabel(self.tr("Exactly what will leave this agency:"), share))
        box2.addWidget(self.preview_view)
        self.main_layout.insertWidget(2, share)

        # 3. why
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(80)
        self.reason.textChanged.connect(self._show_preview)
        self.urgency = QComboBox(self)
        for urgency in URGENCIES:
            self.urgency.addItem(label(urgency), urgency)
        self.add_row("reason", self.tr("&Reason for referral"), self.reason,
                     check=lambda: self.tr("Say why you are referring the client.")
                     if not self.reason.toPlainText().strip() else None)
        self.add_row("urgency", self.tr("&Urgency"), self.urgency)
        self.handover = QComboBox(self)
        self.handover.addItem(self.tr("Print a letter (PDF)"), "letter")
        self.handover.addItem(self.tr("Save a FHIR file (for a clinic's system)"), "fhir")
        self.handover.currentIndexChanged.connect(lambda _i: self._show_handover())
        self.add_row("handover", self.tr("&How it reaches the partner"), self.handover)
        self.set_row_visible("handover", False)  # shown for a partner off the hub
        self.send_blocked = QLabel(self)
        self.send_blocked.setWordWrap(True)
        self.send_blocked.setAccessibleName(self.tr("Why the referral cannot be sent yet"))
        self.main_layout.addWidget(self.send_blocked)
        self.finish_layout()

        self.search_box.sig_search.connect(lambda _t: self.search())
        self.domain.currentIndexChanged.connect(lambda _i: self.search())
        self.language.editingFinished.connect(self.search)
        self.area.editingFinished.connect(self.search)
        self.services_view.selectionModel().selectionChanged.connect(
            lambda *_a: self._service_changed())
        self.resize(760, 820)
        self._update_send_state()
        self.search()
        self.schedule_check()
        self.search_box.setFocus()
        forms = context.session.forms
        (Op(self, lambda _ctx: [v for v in forms.responses(case_id=case_id)
                                if v.status in ("completed", "amended") and not v.hidden],
            label="list completed forms")
         .success(self._responses_loaded)
         .failure(lambda _e: None)
         .run(context.runner))

    def _responses_loaded(self, versions: list[ResponseVersion]) -> None:
        for version in versions:
            title = version.form_title or version.form_url
            text = self.tr("{form} ({date})").format(form=title,
                                                     date=fmt_date(version.authored_at))
            check = QCheckBox(literal(text), self)
            check.setAccessibleName(self.tr("Send with it: {form}").format(form=text))
            check.toggled.connect(lambda _on: self.schedule_check())
            self.forms_row.addWidget(check)
            self.response_checks[version.response_id] = (check, version)
        self.forms_row.addStretch(1)
        self.forms_caption.setVisible(bool(versions))

    # -- finding a service ---------------------------------------------------------------

    def search(self) -> None:
        self._search_generation += 1
        generation = self._search_generation
        directory = self.session.directory
        text, domain = self.search_box.text(), self.domain.currentData()
        language, area = self.language.text().strip() or None, self.area.text().strip() or None
        (Op(self, lambda _ctx: directory.search(text, domain=domain, language=language, area=area),
            label="search directory")
         .success(lambda found: self._services_found(generation, found))
         .failure(self.banner.show_error)
         .run(self.context.runner))

    def _services_found(self, generation: int, found: list[PartnerServiceInfo]) -> None:
        if generation != self._search_generation:
            return
        chosen = self.selected_service()
        self.services_model.set_rows(found)
        if chosen is not None:
            select_key(self.services_view, chosen.id)
        self._service_changed()

    def selected_service(self) -> PartnerServiceInfo | None:
        row = selected_row(self.services_view)
        return row if isinstance(row, PartnerServiceInfo) else None

    def selected_service_id(self) -> str | None:
        service = self.selected_service()
        return service.id if service else None

    def select_service(self, service_id: str) -> bool:
        return select_key(self.services_view, service_id)

    def _service_changed(self) -> None:
        service = self.selected_service()
        if service is None:
            self.service_info.setText("")
        else:
            details = [service.description, service.address, service.phone, service.eligibility]
            self.service_info.setText(
                self.tr("{service} at {partner}").format(service=service.name,
                                                         partner=service.partner_name)
                + "".join(f"\n{d}" for d in details if d))
            exchange, partner_id, service_id = self.session.exchange, service.partner_id, \
                service.id
            (Op(self, lambda _ctx: exchange.partner_on_hub(partner_id), label="partner on hub")
             .success(lambda on_hub: self._delivery_known(service_id, bool(on_hub)))
             .failure(self.banner.show_error)
             .run(self.context.runner))
        self.schedule_check()

    def _delivery_known(self, service_id: str, on_hub: bool) -> None:
        service = self.selected_service()
        if service is None or service.id != service_id:
            return
        self._delivery_for, self.as_file = service_id, not on_hub
        self.set_row_visible("handover", self.as_file)
        if self.as_file:
            self.service_info.setText(self.service_info.text() + "\n" + self.tr(
                "{partner} is not on the hub: print a letter or save a FHIR file for you to "
                "hand over (neither is encrypted).").format(partner=service.partner_name))
        self._show_handover()

    def _show_handover(self) -> None:
        if not self.as_file:
            text = self.tr("&Send referral")
        elif self.handover.currentData() == "letter":
            text = self.tr("&Print letter…")
        else:
            text = self.tr("&Save as FHIR file…")
        self.save_button.setText(text)
        self.save_button.setAccessibleName(text.replace("&", "").rstrip("…"))
        self._update_send_state()

    # -- consent and preview --------------------------------------------------------------

    def fields(self) -> tuple[str, ...]:
        return tuple(n for n, c in self.field_checks.items() if c.isChecked())

    def responses(self) -> tuple[ResponseVersion, ...]:
        """The completed forms ticked to travel with the referral."""
        return tuple(v for c, v in self.response_checks.values() if c.isChecked())

    def scope(self) -> tuple[str, ...]:
        """What the consent must cover: the fields, and each ticked form."""
        forms = dict.fromkeys(f"{FORM_SCOPE}{v.form_url}" for v in self.responses())
        return self.fields() + tuple(forms)

    def schedule_check(self) -> None:
        """Re-check consent and rebuild the preview for the current service and fields."""
        self._check_generation += 1
        generation = self._check_generation
        self._update_send_state()
        session, case_id = self.session, self.case_id
        service, fields, scope = self.selected_service(), self.fields(), self.scope()

        def work() -> tuple[str, dict[str, Any], Consent | None, str]:
            client_id = session.cases.summary(case_id).client_id
            preview = session.referrals.shareable_preview(case_id, fields)
            if service is None:
                return client_id, preview, None, ""
            try:
                consent = session.consents.require_cover(
                    client_id, service.partner_id, scope, partner_name=service.partner_name)
            except ConsentRequired as exc:
                return client_id, preview, None, str(exc)
            return client_id, preview, consent, ""

        (Op(self, lambda _ctx: work(), label="check referral consent")
         .success(lambda result: self._checked(generation, result))
         .failure(self._check_failed)
         .run(self.context.runner))

    def _checked(self, generation: int,
                 result: tuple[str, dict[str, Any], Consent | None, str]) -> None:
        if generation != self._check_generation:
            return  # the worker changed the service or the fields meanwhile
        self.client_id, self.preview, self.consent, self.consent_problem = result
        self._checked_generation = generation
        if self.selected_service() is None:
            self.consent_label.setText(self.tr("Choose a partner service to see the consent "
                                               "that covers it."))
        elif self.consent is not None:
            self.consent_label.setText(self.tr(
                "Covered by the client's {method} consent of {date} to share: {fields}.").format(
                method=label(self.consent.method).lower(), date=fmt_date(self.consent.given_at),
                fields=describe_fields(self.consent.scope, self._form_titles())))
        else:
            self.consent_label.setText(self.consent_problem)
        self._show_preview()
        self._update_send_state()

    def _check_failed(self, error: CollabDeskError) -> None:
        self.banner.show_error(error)
        self._update_send_state()

    def _show_preview(self) -> None:
        lines = []
        for key, value in self.preview.items():
            name = _PREVIEW_KEYS.get(key)
            caption = self.tr(str(name)) if name else label(key)
            if isinstance(value, list):
                if key == "needs":
                    text = ", ".join(f"{label(n['domain'])} ({label(n['severity'])})"
                                     for n in value) or self.tr("none open")
                else:
                    text = ", ".join(": ".join(map(str, p)) for p in value)
            else:
                text = "" if value is None else str(value)
            lines.append(f"{caption}: {text}")
        if "reason" in self.fields():
            lines.append(f"{label('reason')}: {self.reason.toPlainText().strip()}")
        for version in self.responses():
            lines.append(self.tr("Form: {form}, answered {date}").format(
                form=version.form_title or version.form_url,
                date=fmt_date(version.authored_at)))
        self.preview_view.setPlainText("\n".join(lines))

    def blocked_reason(self) -> str:
        """Why Send is disabled now ("" when it is enabled)."""
        if self.selected_service() is None:
            return self.tr("Choose a partner service first.")
        if self._checked_generation != self._check_generation or \
                self._delivery_for != self.selected_service_id():
            return self.tr("Checking the client's consent…")
        if self.consent is None:
            return self.tr("Sending is blocked: {problem}").format(problem=self.consent_problem)
        return ""

    def _update_send_state(self) -> None:
        reason = self.blocked_reason()
        self.save_button.setEnabled(not reason and not self.is_busy())
        self.save_button.setToolTip(reason)
        self.send_blocked.setText(reason)
        self.send_blocked.setVisible(bool(reason))
        self.record_consent_button.setEnabled(self.client_id is not None)

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        self._update_send_state()

    def record_consent(self) -> None:
        if self.client_id is None:
            return
        service = self.selected_service()
        consent = ConsentDialog.ask(self, self.context, self.client_id,
                                    partner_id=service.partner_id if service else None,
                                    scope=self.scope())
        if consent is not None:
            self.schedule_check()

    # -- sending -------------------------------------------------------------------------

    def save_work(self) -> Callable[[], Any] | None:
        service = self.selected_service()
        if service is None or self.blocked_reason():
            self._update_send_state()
            return None
        referrals, case_id, service_id = self.session.referrals, self.case_id, service.id
        reason, fields = self.reason.toPlainText(), self.fields()
        urgency = str(self.urgency.currentData())
        responses = tuple(v.response_id for v in self.responses())
        slug = file_slug(service.partner_name, "partner")
        if self.as_file and self.handover.currentData() == "letter":
            letter = FileDialogs.save_letter(self, f"referral-{slug}.pdf")
            if letter is None:
                return None
            letters = self.session.letters
            return lambda: letters.send(case_id, service_id, letter, reason=reason,
                                        fields=fields, urgency=urgency,
                                        responses=responses).referral
        if self.as_file:
            path = FileDialogs.save_fhir(self, f"referral-{slug}.json")
            if path is None:
                return None
            exchange = self.session.exchange
            return lambda: exchange.send_as_file(case_id, service_id, path, reason=reason,
                                                 fields=fields, urgency=urgency,
                                                 responses=responses)
        return lambda: referrals.send(case_id, service_id, reason=reason, fields=fields,
                                      urgency=urgency, responses=responses)

    def _form_titles(self) -> dict[str, str]:
        return {v.form_url: v.form_title for _c, v in self.response_checks.values()
                if v.form_title}

    def handle_error(self, error: CollabDeskError) -> None:
        super().handle_error(error)
        if isinstance(error, ConsentRequired):
            self.schedule_check()

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, case_id: str) -> Referral | None:
        result = cls.run_dialog(cls(context, case_id, parent))
        return result if isinstance(result, Referral) else None

