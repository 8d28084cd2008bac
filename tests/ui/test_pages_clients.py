"""Clients page and intake: search as you type, duplicates shown before saving."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from collabdesk.domain import ClientInput, DuplicateCandidate
from collabdesk.ui.dialogs.intake import IntakeDialog
from collabdesk.ui.ops import Op
from collabdesk.ui.pages.clients import ClientsPage
from tests.ui.pages_support import Env, make_case, settle
from tests.waits import WAIT_MS


def test_search_shows_only_the_newest_answer_and_the_clients_cases(qtbot: Any, env: Env) -> None:
    _client_id, case_id = make_case(env.session)
    env.session.clients.intake(ClientInput("Ana", "Ruiz", phone="555 987 6543"))
    page = ClientsPage(env.context)
    qtbot.addWidget(page)
    page.search_box.set_debounce_ms(0)
    # Two searches in flight: the older answer ("ana") must never replace the newer one.
    page.search("ana")
    page.search("garc")
    qtbot.waitUntil(lambda: page.results_model.rowCount() == 1, timeout=WAIT_MS)
    assert env.runner.wait_idle(WAIT_MS)
    assert [h.family_name for h in page.results_model.rows()] == ["García López"]
    page.results_view.selectRow(0)
    qtbot.waitUntil(lambda: page.cases_model.rowCount() == 1, timeout=WAIT_MS)
    with qtbot.waitSignal(env.context.sig_open_case, timeout=WAIT_MS) as opened:
        page.open_case_button.click()
    assert opened.args == [case_id]
    # Typing into the box searches after the pause, by phone digits too.
    page.search_box.clear()
    qtbot.keyClicks(page.search_box, "5559876")
    qtbot.waitUntil(lambda: [h.given_name for h in page.results_model.rows()] == ["Ana"],
                    timeout=WAIT_MS)


def _fill(qtbot: Any, dialog: IntakeDialog, given: str, family: str, dob: str) -> None:
    form = dialog.client_form
    qtbot.keyClicks(form.given_name, given)
    qtbot.keyClicks(form.family_name, family)
    qtbot.keyClicks(form.dob, dob)


def _typing_a_known_client(qtbot: Any, env: Env) -> tuple[IntakeDialog, str]:
    """An intake dialog in which the name and birth date of a registered client were typed,
    once its possible duplicate is shown; and that client's id."""
    existing, _ = make_case(env.session)
    dialog = IntakeDialog(env.context)
    qtbot.addWidget(dialog)
    dialog.dup_timer.setInterval(0)
    dialog.show()
    _fill(qtbot, dialog, "Jose", "Garcia", "1990-03-04")
    qtbot.waitUntil(lambda: dialog.duplicates_model.rowCount() == 1, timeout=WAIT_MS)
    return dialog, existing


def test_intake_shows_likely_duplicates_with_reasons_and_saving_needs_confirmation(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    # Shown while typing, before any save, with the reasons.
    dialog, existing = _typing_a_known_client(qtbot, env)
    assert not dialog.duplicates_box.isHidden()
    text = dialog.duplicates_list.currentIndex().data()  # the first is selected
    assert "García López" in text and "birth" in text.lower()
    assert dialog.candidates[0].client.id == existing

    asked: list[list[DuplicateCandidate]] = []

    def go_back(_parent: Any, candidates: list[DuplicateCandidate]) -> str:
        asked.append(candidates)
        return ""

    monkeypatch.setattr(IntakeDialog, "confirm_duplicates", classmethod(
        lambda cls, parent, candidates: go_back(parent, candidates)))
    qtbot.keyClick(dialog.client_form.family_name, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=WAIT_MS)
    assert env.runner.wait_idle(WAIT_MS)
    assert dialog.isVisible() and dialog.result_value is None
    assert len(env.session.clients.search("garc")) == 1  # nothing saved

    # Confirming a different person saves a new record.
    monkeypatch.setattr(IntakeDialog, "confirm_duplicates",
                        classmethod(lambda cls, parent, candidates: "new"))
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.save_button.click()
    assert dialog.result_value is not None
    assert dialog.result_value.id != existing and not dialog.opened_existing
    assert len(env.session.clients.search("garc")) == 2


def test_a_possible_duplicate_opens_from_its_list(qtbot: Any, env: Env) -> None:
    dialog, existing = _typing_a_known_client(qtbot, env)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.open_existing_button.click()  # the first is selected already
    assert dialog.opened_existing and dialog.result_value.id == existing


def test_intake_can_open_the_existing_record_instead(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    existing, _ = make_case(env.session)
    dialog = IntakeDialog(env.context)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, "Jose", "Garcia", "04/03/1990")
    monkeypatch.setattr(IntakeDialog, "confirm_duplicates",
                        classmethod(lambda cls, parent, candidates: candidates[0].client.id))
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.save_button.click()
    assert dialog.opened_existing and dialog.result_value.id == existing
    assert len(env.session.clients.search("garc")) == 1


def test_intake_shows_field_messages_and_escape_cancels(qtbot: Any, env: Env) -> None:
    dialog = IntakeDialog(env.context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.client_form.given_name, "Ana")
    qtbot.keyClicks(dialog.client_form.dob, "31/31/1990")
    dialog.save_button.click()
    assert "dob" in dialog.client_form.validator.errors()  # checked before any service call
    dialog.client_form.dob.clear()
    future = (env.session.today() + dt.timedelta(days=3)).isoformat()
    qtbot.keyClicks(dialog.client_form.dob, future)
    qtbot.keyClicks(dialog.client_form.email, "not-an-email")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: {"dob", "email"} <= set(dialog.client_form.validator.errors()),
                    timeout=WAIT_MS)
    assert dialog.client_form.validator.label("email").isVisibleTo(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_new_intake_from_the_page_shows_the_new_client(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    page = ClientsPage(env.context)
    qtbot.addWidget(page)
    page.search("Lena")
    settle(env)
    calls: list[str] = []
    clients, cases = env.session.clients, env.session.cases
    for service, name in ((clients, "search"), (cases, "list_cases")):
        real = getattr(service, name)
        monkeypatch.setattr(service, name, lambda *a, _r=real, _n=name, **k: (
            calls.append(_n), _r(*a, **k))[1])

    def ask(cls: Any, parent: QWidget, context: Any) -> Any:
        # As the real dialog does: the intake runs as the dialog's own background task.
        dialog, saved = QDialog(parent), []
        (Op(dialog, lambda _ctx: clients.intake(ClientInput("Lena", "Okafor")),
            label="intake")
         .success(saved.append)
         .run(context.runner))
        qtbot.waitUntil(lambda: bool(saved), timeout=WAIT_MS)
        return saved[0]

    monkeypatch.setattr(IntakeDialog, "ask", classmethod(ask))
    page.new_intake()
    settle(env)
    created = page.results_model.rows()[0]
    assert [h.given_name for h in page.results_model.rows()] == ["Lena"]
    # One refresh path: the page shows the new client once, with no search run again.
    assert calls == ["list_cases"]
    assert page.current_client_id == created.id
    assert page.new_case_button.isEnabled()
