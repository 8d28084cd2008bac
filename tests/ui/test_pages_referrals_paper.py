"""A referral on paper to a partner without CollabDesk, and forms sent with referrals, driven
through the desktop over the real store (file pickers answered by the test).

The Send dialog prints a letter for a partner off the hub and carries a completed form the
consent names; the Referrals page shows "Handed over on paper", records the partner's answer
by hand, saves the letter again; a partner's forms are read on the incoming side.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from collabdesk.forms import demo_forms
from collabdesk.services.referrals import SharedResponse
from collabdesk.ui.dialogs.consent import ConsentDialog
from collabdesk.ui.dialogs.outcome import OutcomeDialog
from collabdesk.ui.dialogs.referral import ReferralDialog
from collabdesk.ui.forms.dialogs import SharedFormsDialog
from collabdesk.ui.pages.referrals import ReferralsPage
from tests.ui.pages_support import Env, make_case
from tests.ui.test_pages_referrals_fhir import _answer
from tests.waits import WAIT_MS


def _legal_clinic(env: Env) -> tuple[str, Any, Any]:
    _client_id, case_id = make_case(env.session)
    clinic = env.session.directory.add_partner("Eastside Legal Clinic", phone="+1 555 0123")
    service = env.session.directory.add_service(clinic.id, "Tenant advice",
                                                domains=("legal",))
    return case_id, clinic, service


def test_a_letter_with_a_consented_form_reaches_a_partner_off_the_hub(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    case_id, clinic, service = _legal_clinic(env)
    s = env.session
    food = s.forms.import_form(demo_forms.FOOD_SCREEN, use="screening").form
    s.forms.save(food.id, demo_forms.hvs_answers(True, random.Random(1)), case_id=case_id,
                 complete=True)
    client_id = s.cases.summary(case_id).client_id

    # The consent dialog offers the agency's forms beside the fields.
    consent = ConsentDialog(env.context, client_id, partner_id=clinic.id)
    qtbot.addWidget(consent)
    qtbot.waitUntil(lambda: food.url in consent.form_checks, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: consent.recipient.currentData() == clinic.id, timeout=WAIT_MS)
    consent.form_checks[food.url].setChecked(True)
    with qtbot.waitSignal(consent.accepted, timeout=WAIT_MS):
        consent.submit()
    assert f"form:{food.url}" in consent.result_value.scope

    letter = tmp_path / "letter.pdf"
    _answer(monkeypatch, "save_letter", letter)
    dialog = ReferralDialog(env.context, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.response_checks) == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dialog.services_model.rowCount() == 1, timeout=WAIT_MS)
    assert dialog.select_service(service.id)
    qtbot.waitUntil(lambda: dialog.save_button.text() == "&Print letter…", timeout=WAIT_MS)
    next(iter(dialog.response_checks.values()))[0].setChecked(True)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT_MS)
    assert food.title in dialog.preview_view.toPlainText()
    dialog.reason.setPlainText("Eviction notice served")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.save_button.click()
    assert letter.read_bytes().startswith(b"%PDF")
    referral = dialog.result_value
    assert len(s.referrals.get(referral.id).shared["responses"]) == 1  # type: ignore[arg-type]

    page = ReferralsPage(env.context)
    qtbot.addWidget(page)
    page.refresh()
    page.tabs.setCurrentWidget(page.outgoing)
    qtbot.waitUntil(lambda: page.outgoing.model.rowCount() == 1, timeout=WAIT_MS)
    page.outgoing.view.selectRow(0)
    assert "Handed over on paper" in page.outgoing.details.text()
    assert page.action_buttons[("outgoing", "letter")].isEnabled()

    # The partner phoned: the service started. The follow-up task is done with it.
    def answer(cls: Any, parent: Any, context: Any, chosen: Any) -> Any:
        outcome = cls(context, chosen, parent)
        outcome.outcome.setCurrentIndex(outcome.outcome.findData("service_started"))
        outcome.submit()
        qtbot.waitUntil(lambda: outcome.result_value is not None, timeout=WAIT_MS)
        return outcome.result_value

    monkeypatch.setattr(OutcomeDialog, "ask", classmethod(answer))
    assert page.action_buttons[("outgoing", "record_outcome")].isEnabled()
    page.action_buttons[("outgoing", "record_outcome")].click()
    qtbot.waitUntil(lambda: page.outgoing.model.rows()[0].status == "service_started",
                    timeout=WAIT_MS)
    assert all(t.done for t in s.tasks.for_case(case_id) if "REF-" in t.title)


def test_forms_a_partner_sent_are_read_on_the_incoming_side(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    from collabdesk.events.hlc import encode
    from collabdesk.forms.evaluate import evaluate
    from collabdesk.forms.parse import parse_questionnaire
    from collabdesk.services.referrals import IncomingReferral

    phq9 = parse_questionnaire(demo_forms.PHQ9)
    answers = demo_forms.phq9_answers(12, random.Random(2))

    env.session.referrals.receive(IncomingReferral(
        referral_id="f" * 32, from_agency_id="agency-b", from_agency_name="Hillside Clinic",
        service_name="Counselling", domain="mental_health", reason="Low mood",
        urgency="routine", shared={"given_name": "Amara", "family_name": "Eze", "responses": [
            {"questionnaire": phq9.canonical,
             "response": {"resourceType": "QuestionnaireResponse", "status": "completed",
                          "questionnaire": f"{phq9.url}|{phq9.version}",
                          "item": evaluate(phq9, answers).response_items}}]},
        sent_at="2026-12-01T10:00:00Z", due_at=None,
        hlc=encode(1_764_583_200_000, 0, "ab" * 8), device="partner-device"))
    shown: list[list[SharedResponse]] = []
    monkeypatch.setattr(SharedFormsDialog, "show_forms",
                        classmethod(lambda cls, parent, carried: shown.append(carried)))
    page = ReferralsPage(env.context)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.incoming.model.rowCount() == 1, timeout=WAIT_MS)
    page.incoming.view.selectRow(0)
    assert "Forms sent with it: 1" in page.incoming.details.text()
    assert "responses" not in page.incoming.details.text()
    page.action_buttons[("incoming", "forms")].click()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    carried = shown[0][0]
    assert carried.form is not None and carried.form.url == phq9.url
    assert carried.state is not None and carried.state.score == 12


def test_a_clients_forms_are_shared_as_a_fhir_file_within_the_consent(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import json

    from collabdesk.ui.dialogs.share_forms import ShareFormsDialog
    from collabdesk.ui.pages.clients import ClientsPage

    case_id, clinic, _service = _legal_clinic(env)
    s = env.session
    food = s.forms.import_form(demo_forms.FOOD_SCREEN, use="screening").form
    phq9 = s.forms.import_form(demo_forms.PHQ9, use="assessment").form
    s.forms.save(food.id, demo_forms.hvs_answers(True, random.Random(1)), case_id=case_id,
                 complete=True)
    s.forms.save(phq9.id, demo_forms.phq9_answers(9, random.Random(1)), case_id=case_id,
                 complete=True)
    client_id = s.cases.summary(case_id).client_id
    s.consents.record(client_id, scope=("name", f"form:{food.url}"), recipient=clinic.id)
    out = tmp_path / "forms.json"
    _answer(monkeypatch, "save_fhir", out)

    def share(cls: Any, parent: Any, context: Any, cid: str, name: str) -> Any:
        dialog = cls(context, cid, name, parent)
        qtbot.waitUntil(lambda: dialog.partner.findData(clinic.id) >= 0, timeout=WAIT_MS)
        dialog.partner.setCurrentIndex(dialog.partner.findData(clinic.id))
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=WAIT_MS)
        return dialog.summary(dialog.result_value)

    monkeypatch.setattr(ShareFormsDialog, "ask", classmethod(share))
    page = ClientsPage(env.context)
    qtbot.addWidget(page)
    page.search_box.setText(s.clients.get(client_id).family_name)
    page.search(s.clients.get(client_id).family_name)
    qtbot.waitUntil(lambda: page.results_model.rowCount() == 1, timeout=WAIT_MS)
    page.results_view.selectRow(0)
    qtbot.waitUntil(page.share_forms_button.isEnabled, timeout=WAIT_MS)
    page.share_forms_button.click()
    qtbot.waitUntil(lambda: "1 completed form" in page.share_note.text(), timeout=WAIT_MS)
    assert "1 other completed form" in page.share_note.text()  # the PHQ-9: not consented
    kinds = [e["resource"]["resourceType"] for e in json.loads(out.read_bytes())["entry"]]
    assert kinds == ["Patient", "QuestionnaireResponse"]
