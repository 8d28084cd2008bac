"""The case workspace: editing with messages by the fields, History, roles."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from collabdesk.ui.dialogs.forms import without_mnemonic
from collabdesk.ui.dialogs.intake import ClientForm
from collabdesk.ui.dialogs.need import NeedDialog
from collabdesk.ui.pages.case import CasePage
from collabdesk.ui.pages.caseload import CaseloadPage
from tests.ui.pages_support import Env, hold_case_loads, make_case, open_case_page, sign_in_worker
from tests.waits import WAIT_MS


def _open(qtbot: Any, env: Env, case_id: str) -> CasePage:
    return open_case_page(qtbot, env, case_id)


def test_editing_the_profile_shows_messages_by_the_field_then_saves_into_history(
        qtbot: Any, env: Env) -> None:
    client_id, case_id = make_case(env.session)
    page = _open(qtbot, env, case_id)
    assert page.client_form.given_name.text() == "José"
    assert page.needs_model.rowCount() == 1
    page.client_form.email.setText("not-an-email")
    page.save_profile_button.click()
    qtbot.waitUntil(lambda: "email" in page.client_form.validator.errors(), timeout=WAIT_MS)
    assert page.client_form.validator.label("email").isVisibleTo(page)
    assert env.session.clients.get(client_id).email == ""  # nothing was saved

    page.client_form.email.setText("jose@example.org")
    with qtbot.waitSignal(env.context.sig_changed, timeout=WAIT_MS) as changed:
        page.save_profile_button.click()
    assert changed.args[0].ids_of("client") == {client_id}
    qtbot.waitUntil(lambda: any("email" in h.summary for h in page.history_model.rows()),
                    timeout=WAIT_MS)
    entry = next(h for h in page.history_model.rows() if "email" in h.summary)
    assert entry.user_name == "admin" and entry.fields["email"] == "jose@example.org"
    assert not page.client_form.validator.errors()


def test_another_case_greys_the_page_only_when_it_is_slow_to_load(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    _client, first = make_case(env.session)
    _other, second = make_case(env.session, "Lena", "Okafor", "Rent arrears")
    page = _open(qtbot, env, first)
    page.show()
    assert page.tabs.tabBar().isEnabled()
    release = hold_case_loads(monkeypatch, env)
    page.open_case(second)
    # A case that loads in a moment does not flash the whole page grey ...
    assert page.tabs.tabBar().isEnabled()
    # ... and what is clicked meanwhile waits for the new case: the first case's title is
    # not saved onto the second.
    page.title_edit.setModified(True)
    page.save_title()
    # One that takes a while greys it out until it is there.
    qtbot.waitUntil(lambda: not page.tabs.tabBar().isEnabled(), timeout=WAIT_MS)
    release.set()
    qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT_MS)
    assert page.tabs.tabBar().isEnabled() and page.tabs.currentWidget().isEnabled()
    assert page.heading.text() == "Lena Okafor — Rent arrears"
    qtbot.waitUntil(lambda: not env.context.runner.is_busy(), timeout=WAIT_MS)
    assert env.session.cases.detail(second).case.title == "Rent arrears"


def test_notes_needs_and_status_are_saved_from_the_case_screen(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    _client_id, case_id = make_case(env.session)
    page = _open(qtbot, env, case_id)
    page.notes.add_button.click()
    assert "body" in page.notes.validator.errors()  # an empty note is refused at once
    page.notes.edit.setPlainText("Met the client at the shelter")
    page.notes.add_button.click()
    qtbot.waitUntil(lambda: page.notes.model.rowCount() == 1, timeout=WAIT_MS)
    assert "shelter" in page.notes.model.index(0, 0).data()
    assert page.notes.edit.toPlainText() == ""

    need = env.session.cases.add_need(case_id, "food", "low")
    monkeypatch.setattr(NeedDialog, "ask", classmethod(lambda cls, *a, **k: need))
    page.add_need()
    qtbot.waitUntil(lambda: page.needs_model.rowCount() == 2, timeout=WAIT_MS)

    page.status_combo.setCurrentIndex(page.status_combo.findData("on_hold"))
    page.status_button.click()
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.case.status == "on_hold",
                    timeout=WAIT_MS)
    assert page.status_chip.text() == "On hold"


def test_a_worker_sees_that_a_sensitive_note_is_hidden_and_cannot_reassign(
        qtbot: Any, env: Env) -> None:
    _client_id, case_id = make_case(env.session)
    env.session.cases.add_note(case_id, "Ordinary note")
    env.session.cases.add_note(case_id, "DV disclosure", sensitive=True)
    worker = sign_in_worker(env)
    try:
        page = _open(qtbot, worker, case_id)
        texts = [page.notes.model.index(i, 0).data() for i in range(page.notes.model.rowCount())]
        assert len(texts) == 1 and "Ordinary note" in texts[0]
        assert not any("DV" in t for t in texts)
        assert page.notes.hidden_label.text() == "1 sensitive note hidden"
        assert not page.notes.hidden_label.isHidden()
        # Reassigning needs case.assign, which a worker does not have.
        assert not page.assign_button.isEnabled() and not page.assign_combo.isEnabled()
        assert "supervisor" in page.assign_note.text()
        page.reassign()  # even if called, the service refuses and nothing changes
        assert worker.runner.wait_idle(WAIT_MS)
        assert env.session.cases.summary(case_id).assigned_name == "admin"

        # The supervisor reads the note and may reassign to the worker.
        sup = _open(qtbot, env, case_id)
        assert sup.notes.model.rowCount() == 2 and sup.notes.hidden_label.isHidden()
        assert sup.assign_button.isEnabled()
        sup.assign_combo.setCurrentIndex(sup.assign_combo.findData(worker.session.user.id))
        sup.assign_button.click()
        qtbot.waitUntil(lambda: sup.detail is not None
                        and sup.detail.case.assigned_to == worker.session.user.id,
                        timeout=WAIT_MS)
    finally:
        assert worker.runner.wait_idle(WAIT_MS)
        worker.session.close()


def test_caseload_lists_cases_highlights_overdue_and_opens_on_enter(
        qtbot: Any, env: Env) -> None:
    import datetime as dt

    from PySide6.QtCore import Qt

    _c1, case1 = make_case(env.session)
    _c2, case2 = make_case(env.session, "Ana", "Ruiz", "Food support")
    env.session.tasks.create("Call landlord", case_id=case1,
                             due_date=env.session.today() - dt.timedelta(days=2))
    page = CaseloadPage(env.context, scope="mine")
    qtbot.addWidget(page)
    assert page.title() == "My caseload"
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=WAIT_MS)
    overdue_col = page.model.column_index("overdue_tasks")
    row = page.model.position_of(case1)
    assert row is not None
    assert page.model.index(row, overdue_col).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert page.model.index(row, page.model.column_index("status")).data() == "Open"
    page.filter_box.setText("ruiz")
    page.filter_box.search_now()
    assert page.proxy.rowCount() == 1
    page.view.setFocus()
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    with qtbot.waitSignal(env.context.sig_open_case, timeout=WAIT_MS) as opened:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened.args == [case2]


def test_a_referrals_status_history_reads_as_one_line_a_change(qtbot: Any, english: None) -> None:
    from collabdesk.domain import StatusChange
    from collabdesk.ui.models import DataclassTableModel
    from collabdesk.ui.referral_state import STATUS_CHANGE_COLUMN, status_change_key

    model: DataclassTableModel[StatusChange] = DataclassTableModel(
        [STATUS_CHANGE_COLUMN], key=status_change_key)
    model.set_rows([
        StatusChange("2026-11-02T09:15:00Z", None, "sent", "", "u1", "applied"),
        StatusChange("2026-11-03T10:00:00Z", "sent", "declined", "Waiting list full", "u2",
                     "rejected"),
    ])
    assert [model.index(r, 0).data() for r in range(2)] == [
        "2026-11-02 09:15 · — → Sent",
        "2026-11-03 10:00 · Sent → Declined · Waiting list full · (Status change refused)"]


def test_the_profile_on_the_case_page_leaves_the_alt_letters_to_the_page(
        qtbot: Any, env: Env) -> None:
    _client, case_id = make_case(env.session)
    page = _open(qtbot, env, case_id)
    captions = [c for c in page.client_form.findChildren(QLabel) if c.buddy() is not None]
    assert len(captions) >= 10
    # Its captions answer no Alt+letter (the tabs and actions around them do)…
    assert [c.text() for c in captions if "&" in c.text()] == []
    assert "Given name" in [c.text() for c in captions]
    assert page.client_form.given_name.accessibleName() == "Given name"
    # …while the intake dialog's form, which is alone on its screen, keeps them.
    intake = ClientForm(env.context.today())
    qtbot.addWidget(intake)
    assert "&Given name" in [c.text() for c in intake.findChildren(QLabel)]
    assert without_mnemonic("Save && &close") == "Save && close"
