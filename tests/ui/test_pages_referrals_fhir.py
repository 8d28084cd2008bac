"""Referrals with a clinic that is not on the hub, as FHIR files, driven through the desktop.

The Send dialog offers "Save as FHIR file…" for such a partner and the referral reads "Saved
as a FHIR file"; the Referrals page exports a referral and imports a clinic's referral (into
the inbox, selected) or a Task that moves ours; a refused file's message names the element.
Real store, real widgets (offscreen); the file pickers are answered by the test.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from collabdesk.domain import ClientInput
from collabdesk.ui.dialogs.accept_referral import AcceptReferralDialog
from collabdesk.ui.dialogs.files import FileDialogs
from collabdesk.ui.dialogs.referral import ReferralDialog
from collabdesk.ui.pages.referrals import ReferralsPage
from collabdesk.ui.referral_state import state_text
from tests.core.test_fhir_referrals import (
    COLIN,
    GRAVITY_ACCEPTED,
    GRAVITY_COMPLETED,
    GRAVITY_SR,
    _bundle,
    _write,
)
from tests.core.test_forms_records import _shared
from tests.ui.pages_support import Env, make_case
from tests.waits import WAIT_MS


def _answer(monkeypatch: pytest.MonkeyPatch, name: str, path: Path | None) -> list[Any]:
    asked: list[Any] = []

    def pick(cls: Any, parent: Any, *args: Any) -> Path | None:
        asked.append(args)
        return path

    monkeypatch.setattr(FileDialogs, name, classmethod(pick))
    return asked


def _clinic_referral(env: Env) -> Any:
    _client_id, case_id = make_case(env.session)
    clinic = env.session.directory.add_partner("Riverside Clinic")
    service = env.session.directory.add_service(clinic.id, "Primary care intake",
                                                domains=("health",))
    client_id = env.session.cases.summary(case_id).client_id
    env.session.consents.record(client_id, scope=("name", "phone", "needs", "reason"),
                                recipient=clinic.id)
    return case_id, service


def test_the_send_dialog_saves_a_referral_to_a_clinic_as_a_fhir_file(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    case_id, service = _clinic_referral(env)
    out = tmp_path / "to-clinic.json"
    asked = _answer(monkeypatch, "save_fhir", out)
    dialog = ReferralDialog(env.context, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.services_model.rowCount() == 1, timeout=WAIT_MS)
    assert dialog.select_service(service.id)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT_MS)
    assert dialog.as_file and dialog.save_button.text() == "&Print letter…"
    dialog.handover.setCurrentIndex(dialog.handover.findData("fhir"))
    assert dialog.save_button.text() == "&Save as FHIR file…"
    assert "not on the hub" in dialog.service_info.text()
    dialog.reason.setPlainText("Needs a GP")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.save_button.click()
    assert asked == [("referral-Riverside-Clinic.json",)]
    referral = dialog.result_value
    bundle = json.loads(out.read_bytes())
    assert [e["resource"]["resourceType"] for e in bundle["entry"]][:3] == [
        "ServiceRequest", "Task", "Patient"]
    assert referral.status == "sent"
    delivery = env.session.sync_status.record_state("referral", referral.id)
    assert state_text(referral, delivery) == "Saved as a FHIR file"


def test_cancelling_the_file_picker_sends_nothing(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id, service = _clinic_referral(env)
    _answer(monkeypatch, "save_fhir", None)
    _answer(monkeypatch, "save_letter", None)
    dialog = ReferralDialog(env.context, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.services_model.rowCount() == 1, timeout=WAIT_MS)
    assert dialog.select_service(service.id)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT_MS)
    dialog.reason.setPlainText("Needs a GP")
    dialog.save_button.click()
    assert dialog.isVisible() and env.session.referrals.list_referrals("outgoing") == []


def test_the_referrals_page_imports_and_exports_fhir_files(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    case_id, service = _clinic_referral(env)
    ours = env.session.referrals.send(case_id, service.id, reason="Needs a GP",
                                      fields=("name",))
    colin = env.session.clients.intake(ClientInput("Colin", "Abbas", dob=dt.date(1987, 2, 20)),
                                       confirmed_new=True)
    page = ReferralsPage(env.context)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.outgoing.model.rowCount() == 1, timeout=WAIT_MS)

    # A clinic's referral comes into the inbox, selected, with the Patient's data shown.
    gravity = _write(tmp_path / "gravity.json",
                     _bundle(_shared(GRAVITY_SR), COLIN, _shared(GRAVITY_ACCEPTED)))
    _answer(monkeypatch, "open_fhir", gravity)
    page.action_buttons[("incoming", "import_fhir")].click()
    qtbot.waitUntil(lambda: page.incoming.model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.incoming.selected() is not None, timeout=WAIT_MS)
    assert "is in the inbox" in page.fhir_note.text()
    assert page.tabs.currentWidget() is page.incoming
    assert "Colin V. Abbas" in page.incoming.details.text()
    assert "_fhir" not in page.incoming.details.text()
    assert page.action_buttons[("incoming", "export_fhir")].isEnabled()

    # Accepting runs the intake's duplicate check on the Patient's data: Colin is known.
    def accept(cls: Any, parent: Any, context: Any, referral: Any) -> Any:
        dialog = cls(context, referral, parent)
        qtbot.waitUntil(lambda: dialog.duplicates_checked, timeout=WAIT_MS)
        assert [c.client.id for c in dialog.candidates] == [colin.id]
        assert "Medical Record Number" in dialog.describe_shared()
        assert "_fhir" not in dialog.describe_shared()
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=WAIT_MS)
        return dialog.result_value

    monkeypatch.setattr(AcceptReferralDialog, "ask", classmethod(accept))
    with qtbot.waitSignal(env.context.sig_open_case, timeout=WAIT_MS):
        page.act("incoming", "accepted")
    accepted = env.session.referrals.list_referrals("incoming")[0]
    assert accepted.status == "accepted" and accepted.client_id == colin.id

    # Our referral goes out as a file from the Outgoing tab and reads as saved.
    page.tabs.setCurrentWidget(page.outgoing)
    page.outgoing.view.selectRow(0)
    out = tmp_path / "ours.json"
    _answer(monkeypatch, "save_fhir", out)
    page.action_buttons[("outgoing", "export_fhir")].click()
    qtbot.waitUntil(out.exists, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "is saved as a FHIR file" in page.fhir_note.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Saved as a FHIR file" in page.outgoing.details.text()
                    if page.outgoing.selected() else False, timeout=WAIT_MS)

    # The clinic's Task comes back and moves it.
    task = copy.deepcopy(_shared(GRAVITY_COMPLETED))
    task["focus"] = {"reference": f"ServiceRequest/{ours.id}"}
    _answer(monkeypatch, "open_fhir", _write(tmp_path / "done.json", _bundle(task)))
    page.action_buttons[("outgoing", "import_fhir")].click()
    qtbot.waitUntil(lambda: page.outgoing.model.rows()[0].status == "completed",
                    timeout=WAIT_MS)
    assert "Recorded from the file" in page.fhir_note.text()


def test_a_refused_file_names_the_element_at_fault(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    page = ReferralsPage(env.context)
    qtbot.addWidget(page)
    page.refresh()
    request = copy.deepcopy(_shared(GRAVITY_SR))
    del request["subject"]
    _answer(monkeypatch, "open_fhir",
            _write(tmp_path / "bad.json", _bundle(request, COLIN, _shared(GRAVITY_ACCEPTED))))
    page.action_buttons[("incoming", "import_fhir")].click()
    qtbot.waitUntil(lambda: not page.banner.isHidden(), timeout=WAIT_MS)
    assert "Bundle.entry[0].resource.subject" in page.banner.text()
    assert "bad.json" in page.banner.text()
    assert env.session.referrals.list_referrals("incoming") == []
