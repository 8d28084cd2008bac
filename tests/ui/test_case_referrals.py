"""The case page's Referrals tab over a real encrypted store: a referral sent from the tab is
listed with where it stands in reaching the partner and its status history; the case is shown
again when the dialog closes even if nothing was sent; the keyboard; the tab in Spanish.

The referral dialog is answered by replacing ``ReferralDialog.ask``: the stand-in does what
the dialog would (sends through the service, or records a consent and is cancelled).
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from collabdesk.domain import Referral
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.referral import ReferralDialog
from collabdesk.ui.pages.case import CasePage
from tests.ui.pages_support import Env, make_case, open_case_page, two_cases_the_next_held
from tests.waits import WAIT_MS


def _open(qtbot: Any, env: Env, case_id: str) -> CasePage:
    return open_case_page(qtbot, env, case_id, 'referrals')


def _partner_service(env: Env, client_id: str) -> str:
    """A partner on the hub with one service, and the client's consent to share the name."""
    directory = env.session.directory
    partner = directory.add_partner("Legal Aid North", hub_agency_id="b" * 32)
    service = directory.add_service(partner.id, "Tenant legal advice", domains=("legal",))
    env.session.consents.record(client_id, scope=("name",), recipient=partner.id)
    return service.id


def _answer(monkeypatch: pytest.MonkeyPatch, answer: Any) -> list[tuple[QWidget | None, str]]:
    """Replace the referral dialog by ``answer(context, case_id)``; returns the (parent,
    case id) it was asked with."""
    asked: list[tuple[QWidget | None, str]] = []

    def ask(_cls: type, parent: QWidget | None, context: AppContext,
            case_id: str) -> Referral | None:
        asked.append((parent, case_id))
        result: Referral | None = answer(context, case_id)
        return result

    monkeypatch.setattr(ReferralDialog, "ask", classmethod(ask))
    return asked


def _cell(panel: Any, row: int, key: str) -> str:
    return str(panel.model.index(row, panel.model.column_index(key)).data())


def test_a_referral_sent_from_the_tab_is_listed_with_its_delivery_and_history(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    client_id, case_id = make_case(env.session)
    service_id = _partner_service(env, client_id)
    page = _open(qtbot, env, case_id)
    panel = page.referrals
    page.show()  # clicked with the mouse
    assert panel.model.rowCount() == 0 and panel.history_model.rowCount() == 0
    gui = threading.get_ident()

    def send(context: AppContext, cid: str) -> Referral:
        referral = context.session.referrals.send(cid, service_id, reason="Eviction notice",
                                                  fields=("name",))
        # What the page does next (reading the case, the delivery) must not be done here.
        env.session.store.forbid_thread(gui)
        return referral

    asked = _answer(monkeypatch, send)
    try:
        with qtbot.waitSignal(panel.sig_dialog_closed, timeout=WAIT_MS):
            qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
        assert asked == [(panel, case_id)]
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
        assert _cell(panel, 0, "service") == "Tenant legal advice"
        assert _cell(panel, 0, "state") == "Not sent yet — on this laptop"
        assert env.runner.wait_idle(WAIT_MS)
    finally:
        env.session.store.forbid_thread(None)
    # Withdrawn (here, as on another laptop): the page's refresh shows it.
    referral_id = panel.model.rows()[0].id
    env.session.referrals.close(referral_id, "Client moved away")
    page.refresh()
    qtbot.waitUntil(lambda: panel.model.rows()[0].status == "closed", timeout=WAIT_MS)
    # The status history is that of the row selected, and only while one is.
    panel.view.clearSelection()
    assert panel.history_model.rowCount() == 0
    panel.view.selectRow(0)
    assert [panel.history_model.index(r, 0).data().split(" · ", 1)[1]
            for r in range(panel.history_model.rowCount())] == [
        "Sent → Closed · Client moved away"]
    panel.view.clearSelection()
    assert panel.history_model.rowCount() == 0


def test_the_case_is_shown_again_when_the_dialog_closes_without_sending(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    client_id, case_id = make_case(env.session)
    page = _open(qtbot, env, case_id)
    assert page.consents_model.rowCount() == 0

    def consent_only(context: AppContext, _cid: str) -> None:
        # Consent recorded from the dialog, then Cancel: the Consent tab must show it.
        context.session.consents.record(client_id, scope=("name",))
        return None

    _answer(monkeypatch, consent_only)
    page.referrals.send_button.click()
    qtbot.waitUntil(lambda: page.consents_model.rowCount() == 1, timeout=WAIT_MS)
    assert page.referrals.model.rowCount() == 0


def test_sending_while_another_case_loads_goes_to_that_case(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    page, _first, second, release = two_cases_the_next_held(qtbot, monkeypatch, env, "referrals")
    asked = _answer(monkeypatch, lambda _context, _cid: None)
    page.open_case(second)
    # The dialog reads the case it is given, so it opens at once, for the case asked for.
    page.referrals.send_referral()
    assert asked == [(page.referrals, second)]
    release.set()
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.case.id == second,
                    timeout=WAIT_MS)
    assert env.runner.wait_idle(WAIT_MS)


def test_the_keyboard_alone_opens_the_referral_dialog(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    _client, case_id = make_case(env.session)
    page = _open(qtbot, env, case_id)
    panel = page.referrals
    page.show()
    page.activateWindow()
    asked = _answer(monkeypatch, lambda _context, _cid: None)
    # Tab from the list reaches the status history, then "Send referral…"; Space presses it.
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(panel.view, Qt.Key.Key_Tab)
    qtbot.waitUntil(panel.history.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(panel.history, Qt.Key.Key_Tab)
    qtbot.waitUntil(panel.send_button.hasFocus, timeout=WAIT_MS)
    with qtbot.waitSignal(panel.sig_dialog_closed, timeout=WAIT_MS):
        qtbot.keyClick(panel.send_button, Qt.Key.Key_Space)
    assert asked == [(panel, case_id)]
    assert page.tabs.tabText(page.tabs.indexOf(panel)) == "&Referrals"


def test_every_control_of_the_tab_has_a_name_and_reads_in_spanish(
        qtbot: Any, env: Env, qapp: QApplication, english: None) -> None:
    from collabdesk.ui import i18n

    _client, case_id = make_case(env.session)
    i18n.install_language(qapp, "es")
    page = _open(qtbot, env, case_id)
    panel = page.referrals
    assert page.tabs.tabText(page.tabs.indexOf(panel)) == "&Derivaciones"
    assert panel.accessibleName() == "Derivaciones"
    assert panel.view.accessibleName() == "Derivaciones"
    assert panel.history.accessibleName() == "Historial de la derivación seleccionada"
    assert panel.send_button.text() == "Enviar derivación…"
    assert panel.send_button.accessibleName() == "Enviar una derivación"
    for control in (panel, panel.view, panel.history, panel.send_button):
        assert control.accessibleName(), control
