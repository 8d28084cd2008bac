"""Referrals: consent gates sending; an incoming referral is accepted into a client + case.

The send and consent dialogs show a row only when it applies: how a referral reaches the
partner only for a partner off the hub, the completed forms a consent may name only when the
agency has forms.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from collabdesk.forms.demo_forms import FOOD_SCREEN
from collabdesk.services.referrals import IncomingReferral
from collabdesk.ui.dialogs.accept_referral import NEW_CLIENT, AcceptReferralDialog
from collabdesk.ui.dialogs.consent import ConsentDialog
from collabdesk.ui.dialogs.forms import ReasonDialog
from collabdesk.ui.dialogs.referral import ReferralDialog
from collabdesk.ui.pages.referrals import ReferralsPage
from tests.ui.pages_support import Env, make_case, settle
from tests.waits import WAIT_MS


def test_sending_is_blocked_until_consent_is_recorded(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    client_id, case_id = make_case(env.session)
    # On the hub: the referral goes as a message (one to a partner that is not is a FHIR file,
    # tests/ui/test_pages_referrals_fhir.py).
    partner = env.session.directory.add_partner("Legal Aid North", hub_agency_id="b" * 32)
    service = env.session.directory.add_service(partner.id, "Tenant legal advice",
                                                domains=("legal", "housing"),
                                                languages=("English", "Spanish"))
    env.session.directory.add_service(partner.id, "Food bank", domains=("food",))
    dialog = ReferralDialog(env.context, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.services_model.rowCount() == 2, timeout=WAIT_MS)
    # Search by need domain narrows the list.
    dialog.domain.setCurrentIndex(dialog.domain.findData("legal"))
    qtbot.waitUntil(lambda: dialog.services_model.rowCount() == 1, timeout=WAIT_MS)
    assert dialog.select_service(service.id)
    qtbot.waitUntil(lambda: dialog.consent_problem != "", timeout=WAIT_MS)
    assert not dialog.save_button.isEnabled()
    assert "consent" in dialog.send_blocked.text().lower()
    assert "consent" in dialog.consent_label.text().lower()
    # The preview says exactly what would leave: the picked fields and nothing else.
    preview = dialog.preview_view.toPlainText()
    assert "García López" in preview and "555" in preview and "1990" not in preview
    dialog.field_checks["dob"].setChecked(True)
    qtbot.waitUntil(lambda: "1990-03-04" in dialog.preview_view.toPlainText(),
                    timeout=WAIT_MS)
    dialog.field_checks["dob"].setChecked(False)

    # "Record consent…" right there; the real ConsentDialog is answered by the service.
    recorded: list[tuple[str, str | None, tuple[str, ...]]] = []

    def record(cls: Any, parent: Any, context: Any, cid: str, *, partner_id: str | None = None,
               scope: tuple[str, ...] = ()) -> Any:
        recorded.append((cid, partner_id, tuple(scope)))
        return context.session.consents.record(cid, scope=scope, recipient=partner_id)

    monkeypatch.setattr(ConsentDialog, "ask", classmethod(record))
    qtbot.waitUntil(dialog.record_consent_button.isEnabled, timeout=WAIT_MS)
    dialog.record_consent_button.click()
    assert recorded == [(client_id, partner.id, ("name", "phone", "needs", "reason"))]
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT_MS)
    assert "Covered" in dialog.consent_label.text() and dialog.send_blocked.isHidden()

    dialog.reason.setPlainText("Eviction notice received")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.save_button.click()
    referral = dialog.result_value
    assert referral.status == "sent" and referral.partner_id == partner.id
    assert set(referral.shared) == {"given_name", "family_name", "phone", "needs", "reason"}


def test_consent_dialog_records_consent_with_field_messages(qtbot: Any, env: Env) -> None:
    client_id, _case_id = make_case(env.session)
    dialog = ConsentDialog(env.context, client_id, scope=("name",))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.scope_checks["name"].setChecked(False)
    dialog.save_button.click()
    assert "scope" in dialog.validator.errors()
    dialog.scope_checks["phone"].setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.save_button.click()
    assert dialog.result_value.scope == ("phone",)
    assert env.session.consents.for_client(client_id)[0].recipient == "*"


def _row_shown(dialog: QWidget, field: QWidget) -> bool:
    """Whether the form row of ``field`` shows: its caption (the label whose buddy the field
    is) and the field come and go together."""
    caption = next(c for c in dialog.findChildren(QLabel) if c.buddy() is field)
    assert caption.isVisibleTo(dialog) == field.isVisibleTo(dialog), caption.text()
    return caption.isVisibleTo(dialog)


def _row_warnings(qtlog: Any) -> list[str]:
    """Qt's complaints about a form row that was not found (the row then stays as it was)."""
    return [r.message for r in qtlog.records if "setRowVisible" in r.message]


def test_how_a_referral_reaches_the_partner_is_asked_only_off_the_hub(
        qtbot: Any, env: Env, qtlog: Any) -> None:
    _client_id, case_id = make_case(env.session)
    directory = env.session.directory
    on_hub = directory.add_partner("Legal Aid North", hub_agency_id="b" * 32)
    by_message = directory.add_service(on_hub.id, "Tenant legal advice", domains=("legal",))
    clinic = directory.add_partner("Riverside Clinic")  # not on the hub: a letter or a file
    by_hand = directory.add_service(clinic.id, "Primary care intake", domains=("health",))
    dialog = ReferralDialog(env.context, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.services_model.rowCount() == 2, timeout=WAIT_MS)
    assert not _row_shown(dialog, dialog.handover)  # no partner chosen yet

    assert dialog.select_service(by_hand.id)
    qtbot.waitUntil(lambda: dialog.as_file, timeout=WAIT_MS)
    assert _row_shown(dialog, dialog.handover)
    assert dialog.validator.label("handover").isHidden()  # shown again without a message

    assert dialog.select_service(by_message.id)
    qtbot.waitUntil(lambda: not dialog.as_file, timeout=WAIT_MS)
    assert not _row_shown(dialog, dialog.handover)
    assert dialog.save_button.text() == "&Send referral"
    assert _row_warnings(qtlog) == []


def test_completed_forms_are_offered_in_a_consent_only_when_the_agency_has_forms(
        qtbot: Any, env: Env, qtlog: Any) -> None:
    client_id, _case_id = make_case(env.session)
    dialog = ConsentDialog(env.context, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(env)  # the agency's forms are listed: there are none
    assert dialog.form_checks == {}
    assert not _row_shown(dialog, dialog.forms_box)
    assert _row_shown(dialog, dialog.purpose)  # the rows around it stay

    env.session.forms.import_form(FOOD_SCREEN, use="screening")
    dialog = ConsentDialog(env.context, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.form_checks), timeout=WAIT_MS)
    assert _row_shown(dialog, dialog.forms_box)
    assert dialog.validator.label("forms").isHidden()  # shown again without a message
    assert _row_warnings(qtlog) == []


def _incoming(session: Any, referral_id: str = "r-in-1", given: str = "Jose") -> Any:
    return session.referrals.receive(IncomingReferral(
        referral_id=referral_id, from_agency_id="agency-b", from_agency_name="Eastside Clinic",
        service_name="Housing support", domain="housing", reason="Needs shelter",
        urgency="soon",
        shared={"given_name": given, "family_name": "Garcia", "dob": "1990-03-04",
                "phone": "555 123 4567", "needs": [{"domain": "housing", "severity": "high"}]},
        sent_at="2025-01-05T10:00:00Z", due_at=None,
        hlc=f"{0x18f00000000:012x}0000abcdefabcdefabcd", device="abcdefabcdefabcd0000"))


def test_accepting_an_incoming_referral_links_the_existing_client_and_opens_a_case(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    existing, _ = make_case(env.session)
    incoming = _incoming(env.session)
    page = ReferralsPage(env.context)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.incoming.model.rowCount() == 1, timeout=WAIT_MS)
    assert "1 new" in page.tabs.tabText(0)
    page.incoming.view.selectRow(0)
    assert page.action_buttons[("incoming", "accepted")].isEnabled()
    assert not page.action_buttons[("incoming", "completed")].isEnabled()

    # The real accept dialog: duplicate check on the shared data, the match chosen.
    shown: list[AcceptReferralDialog] = []

    def accept(cls: Any, parent: Any, context: Any, referral: Any) -> Any:
        dialog = cls(context, referral, parent)
        shown.append(dialog)
        qtbot.waitUntil(lambda: dialog.duplicates_checked, timeout=WAIT_MS)
        assert [c.client.id for c in dialog.candidates] == [existing]
        assert dialog.chosen() == existing  # the match is the default
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=WAIT_MS)
        return dialog.result_value

    monkeypatch.setattr(AcceptReferralDialog, "ask", classmethod(accept))
    with qtbot.waitSignal(env.context.sig_open_case, timeout=WAIT_MS) as opened:
        page.act("incoming", "accepted")
    referral = env.session.referrals.get(incoming.id)
    assert referral.status == "accepted" and referral.client_id == existing
    assert referral.case_id is not None and opened.args == [referral.case_id]
    assert env.session.cases.summary(referral.case_id).client_id == existing
    qtbot.waitUntil(lambda: page.incoming.model.rows()[0].status == "accepted",
                    timeout=WAIT_MS)
    page.incoming.view.selectRow(0)
    assert page.incoming.history_model.rowCount() == 2  # received → accepted
    assert "→ Accepted" in page.incoming.history_model.index(1, 0).data()

    # Start the service, then close with a required reason.
    page.act("incoming", "service_started")
    qtbot.waitUntil(lambda: env.session.referrals.get(incoming.id).status
                    == "service_started", timeout=WAIT_MS)
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: "Housed"))
    page.incoming.view.selectRow(0)
    page.act("incoming", "closed")
    qtbot.waitUntil(lambda: env.session.referrals.get(incoming.id).status == "closed",
                    timeout=WAIT_MS)


def test_accepting_as_a_new_client_and_declining_needs_a_reason(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _incoming(env.session, "r-in-2", given="Lena")
    second = _incoming(env.session, "r-in-3", given="Omar")
    dialog = AcceptReferralDialog(env.context, first)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.duplicates_checked, timeout=WAIT_MS)
    assert dialog.candidates == [] and dialog.choose(NEW_CLIENT)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.save_button.click()
    client = env.session.clients.get(dialog.result_value.client_id)
    assert (client.given_name, client.family_name, client.phone) == \
        ("Lena", "Garcia", "555 123 4567")
    assert client.dob == dt.date(1990, 3, 4)

    page = ReferralsPage(env.context)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.incoming.model.rowCount() == 2, timeout=WAIT_MS)
    from collabdesk.ui.dialogs.forms import select_key

    assert select_key(page.incoming.view, second.id)
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: None))
    page.act("incoming", "declined")  # cancelled: no reason, nothing changes
    assert env.runner.wait_idle(WAIT_MS)
    assert env.session.referrals.get(second.id).status == "received"
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: "No capacity"))
    page.act("incoming", "declined")
    qtbot.waitUntil(lambda: env.session.referrals.get(second.id).status == "declined",
                    timeout=WAIT_MS)
    assert env.session.referrals.get(second.id).status_reason == "No capacity"


def test_reason_dialog_requires_a_reason(qtbot: Any) -> None:
    dialog = ReasonDialog("Decline", "Why?", required=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._ok()
    assert dialog.isVisible() and "reason" in dialog.validator.errors()
    dialog.edit.setPlainText("Full")
    dialog._ok()
    assert dialog.result() == 1 and dialog.text() == "Full"


