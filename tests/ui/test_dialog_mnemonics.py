"""Alt+letters in the app's dialogs: in each dialog a person opens — and in each state of one
that shows other controls (the intake's possible duplicates, a referral to a partner off the
hub, each step of the caseload import) — no two of the controls shown answer the same letter,
in any of the app's languages. (Two that share one make Alt+letter only move the focus
between them, so neither acts.) The controls counted are the buttons, check boxes and radio
buttons, the field captions that have a buddy, the group boxes and the tabs; one whose words
have no letter left has none, and is reached with Tab.

``tests/ui/test_mnemonics.py`` does the same for the case page, tab by tab.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)

from collabdesk.caseload import sample
from collabdesk.errors import ImportFailed
from collabdesk.forms.demo_forms import PHQ9, phq9_answers
from collabdesk.forms.parse import form_id, parse_questionnaire
from collabdesk.services.directory import ImportSummary
from collabdesk.services.referrals import IncomingReferral
from collabdesk.ui import i18n
from tests.ui.forms_support import (
    form_fill_dialog,
    form_response_dialog,
    outcome_dialog,
    shared_forms_dialog,
)
from tests.ui.pages_support import Env, make_case
from tests.ui.test_mnemonics import shared_letters
from tests.waits import WAIT_MS


@dataclass
class Agency:
    """What the dialogs are opened on: a client with a case holding a completed PHQ-9, and
    a clinic off the hub (referrals to it go as a letter or a FHIR file) with a service and
    the client's consent to share with it."""

    env: Env
    tmp_path: Path
    client_id: str
    case_id: str
    service_id: str


def _agency(env: Env, tmp_path: Path) -> Agency:
    session = env.session
    client_id, case_id = make_case(session)
    fid = session.forms.import_form(PHQ9, use="assessment").form.id
    session.forms.save(fid, phq9_answers(11, random.Random(3)), case_id=case_id, complete=True)
    clinic = session.directory.add_partner("Riverside Clinic")
    service = session.directory.add_service(clinic.id, "Primary care intake",
                                            domains=("health",))
    session.consents.record(client_id, scope=("name", "phone", "needs", "reason"),
                            recipient=clinic.id)
    return Agency(env, tmp_path, client_id, case_id, service.id)


def _settle(qtbot: Any, agency: Agency) -> None:
    qtbot.waitUntil(lambda: not agency.env.runner.is_busy(), timeout=WAIT_MS)


# -- how each dialog is opened: (qtbot, agency) -> the dialog, shown and settled -------------

def _intake(qtbot: Any, agency: Agency) -> QWidget:
    from collabdesk.ui.dialogs.intake import IntakeDialog

    return IntakeDialog(agency.env.context)


def _intake_with_duplicates(qtbot: Any, agency: Agency) -> QWidget:
    """The intake once what is typed looks like a client already registered."""
    from collabdesk.ui.dialogs.intake import IntakeDialog

    dialog = IntakeDialog(agency.env.context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.client_form.given_name.setText("José")
    dialog.client_form.family_name.setText("García López")
    dialog.check_duplicates()
    qtbot.waitUntil(dialog.duplicates_box.isVisible, timeout=WAIT_MS)
    return dialog


def _new_case(qtbot: Any, agency: Agency) -> QWidget:
    from collabdesk.ui.dialogs.new_case import NewCaseDialog

    return NewCaseDialog(agency.env.context, agency.client_id, "José García López")


def _need(qtbot: Any, agency: Agency) -> QWidget:
    from collabdesk.ui.dialogs.need import NeedDialog

    return NeedDialog(agency.env.context, agency.case_id)


def _service(qtbot: Any, agency: Agency) -> QWidget:
    from collabdesk.ui.dialogs.service import ServiceDialog

    needs = agency.env.session.cases.detail(agency.case_id).needs
    return ServiceDialog(agency.env.context, agency.case_id, needs)


def _task(qtbot: Any, agency: Agency) -> QWidget:
    from collabdesk.ui.dialogs.task import TaskDialog

    return TaskDialog(agency.env.context, agency.case_id)


def _consent(qtbot: Any, agency: Agency) -> QWidget:
    from collabdesk.ui.dialogs.consent import ConsentDialog

    dialog = ConsentDialog(agency.env.context, agency.client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.form_checks), timeout=WAIT_MS)  # Completed forms
    return dialog


def _referral(qtbot: Any, agency: Agency) -> QWidget:
    from collabdesk.ui.dialogs.referral import ReferralDialog

    dialog = ReferralDialog(agency.env.context, agency.case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.response_checks)
                    and dialog.services_model.rowCount() == 1, timeout=WAIT_MS)
    return dialog


def _referral_off_the_hub(handover: str) -> Callable[[Any, Agency], QWidget]:
    """The referral dialog on the clinic's service, handed over as ``handover``."""
    def open_it(qtbot: Any, agency: Agency) -> QWidget:
        dialog: Any = _referral(qtbot, agency)
        assert dialog.select_service(agency.service_id)
        qtbot.waitUntil(lambda: dialog.as_file, timeout=WAIT_MS)
        dialog.handover.setCurrentIndex(dialog.handover.findData(handover))
        return dialog
    return open_it


def _partner(qtbot: Any, agency: Agency) -> QWidget:
    from collabdesk.ui.dialogs.partner import PartnerDialog

    return PartnerDialog(agency.env.context)


def _partner_service(qtbot: Any, agency: Agency) -> QWidget:
    from collabdesk.ui.dialogs.partner import PartnerServiceDialog

    return PartnerServiceDialog(agency.env.context)


def _outcome(qtbot: Any, agency: Agency) -> QWidget:
    return outcome_dialog(agency.env.context, agency.case_id, None)


def _accept_referral(qtbot: Any, agency: Agency) -> QWidget:
    from collabdesk.ui.dialogs.accept_referral import AcceptReferralDialog

    referral = agency.env.session.referrals.receive(IncomingReferral(
        referral_id="r-in-1", from_agency_id="agency-b", from_agency_name="Eastside Clinic",
        service_name="Housing support", domain="housing", reason="Needs shelter",
        urgency="soon",
        shared={"given_name": "José", "family_name": "García López", "dob": "1990-03-04",
                "needs": [{"domain": "housing", "severity": "high"}]},
        sent_at="2025-01-05T10:00:00Z", due_at=None,
        hlc=f"{0x18f00000000:012x}0000abcdefabcdefabcd", device="abcdefabcdefabcd0000"))
    dialog = AcceptReferralDialog(agency.env.context, referral)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.duplicates_checked, timeout=WAIT_MS)
    return dialog


def _share_forms(qtbot: Any, agency: Agency) -> QWidget:
    from collabdesk.ui.dialogs.share_forms import ShareFormsDialog

    return ShareFormsDialog(agency.env.context, agency.client_id, "José García López")


def _reason(qtbot: Any, agency: Agency) -> QWidget:
    from collabdesk.ui.dialogs.forms import ReasonDialog

    return ReasonDialog("Close case", "Why is the case closed?", required=False)


def _form_fill(qtbot: Any, agency: Agency) -> QWidget:
    return form_fill_dialog(agency.env.context, agency.case_id, None)


def _form_amend(qtbot: Any, agency: Agency) -> QWidget:
    from collabdesk.ui.forms.dialogs import FillDialog

    form = parse_questionnaire(PHQ9)
    return FillDialog(agency.env.context, form_id(form.canonical), form,
                      case_id=agency.case_id, response_id="r1",
                      answers=phq9_answers(11, random.Random(3)), completed=True)


def _form_response(qtbot: Any, agency: Agency) -> QWidget:
    return form_response_dialog(agency.env.context, agency.case_id, None)


def _shared_forms(qtbot: Any, agency: Agency) -> QWidget:
    return shared_forms_dialog(None)


def _attachment(qtbot: Any, agency: Agency) -> QWidget:
    from collabdesk.ui.dialogs.files import AttachmentViewer

    return AttachmentViewer("notes.txt", "text/plain", b"Called the landlord.")


def _import_finished(qtbot: Any, agency: Agency) -> QWidget:
    from collabdesk.ui.dialogs.import_report import ImportReportDialog

    return ImportReportDialog(summary=ImportSummary(
        1, 0, 2, 1, ("services.csv: row 4 has no name",), "hsds.zip",
        ("Eastside Food Bank — Hot meals",)))


def _import_failed(qtbot: Any, agency: Agency) -> QWidget:
    from collabdesk.ui.dialogs.import_report import ImportReportDialog

    return ImportReportDialog(error=ImportFailed("import.file-not-found", file="services.csv",
                                                 row=4, column="organization_id"))


def _caseload_import(step: str) -> Callable[[Any, Agency], QWidget]:
    """The caseload import wizard at ``step``: "file", "columns", "dates" (asking which
    order the sheet's dates are in) or "dry run"."""
    def open_it(qtbot: Any, agency: Agency) -> QWidget:
        from collabdesk.ui.dialogs.caseload_import import CaseloadImportWizard

        wizard = CaseloadImportWizard(agency.env.context)
        qtbot.addWidget(wizard)
        wizard.show()
        if step == "file":
            return wizard
        sheet = sample.write(agency.tmp_path / "clientes.csv", 12, ambiguous=True)
        if step != "dates":
            wizard.date_order = "dmy"  # asked in the "dates" step only
        wizard.file_page.path_edit.setText(str(sheet.path))
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=WAIT_MS)
        if step == "columns":
            return wizard
        asked = wizard.sig_dates_asked if step == "dates" else wizard.sig_planned
        with qtbot.waitSignal(asked, timeout=WAIT_MS):
            wizard.next()
        return wizard
    return open_it


DIALOGS: dict[str, Callable[[Any, Agency], QWidget]] = {
    "intake": _intake,
    "intake, possible duplicates": _intake_with_duplicates,
    "new case": _new_case,
    "need": _need,
    "service": _service,
    "task": _task,
    "consent": _consent,
    "referral": _referral,
    "referral by letter": _referral_off_the_hub("letter"),
    "referral as a FHIR file": _referral_off_the_hub("fhir"),
    "referral outcome": _outcome,
    "accept referral": _accept_referral,
    "partner": _partner,
    "partner service": _partner_service,
    "share forms": _share_forms,
    "reason": _reason,
    "form fill": _form_fill,
    "form amend": _form_amend,
    "form response": _form_response,
    "forms sent with a referral": _shared_forms,
    "attachment": _attachment,
    "import finished": _import_finished,
    "import failed": _import_failed,
    "caseload import, file": _caseload_import("file"),
    "caseload import, columns": _caseload_import("columns"),
    "caseload import, dates": _caseload_import("dates"),
    "caseload import, dry run": _caseload_import("dry run"),
}


def _shown_texts(dialog: QWidget) -> list[str]:
    """The words of every control ``dialog`` shows that could answer an Alt+letter."""
    texts: list[str] = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QAbstractButton) or (
                isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    return texts


@pytest.mark.parametrize("language", ["en", "es", "fr"])
@pytest.mark.parametrize("name", list(DIALOGS))
def test_no_two_controls_of_a_dialog_answer_the_same_alt_letter(
        qtbot: Any, env: Env, qapp: QApplication, english: None, tmp_path: Path,
        name: str, language: str) -> None:
    i18n.install_language(qapp, language)
    agency = _agency(env, tmp_path)
    dialog = DIALOGS[name](qtbot, agency)
    qtbot.addWidget(dialog)
    dialog.show()
    _settle(qtbot, agency)
    clashes = shared_letters(_shown_texts(dialog))
    assert clashes == {}, f"{name} ({language}): {clashes}"

