"""Forms where people use them: a case's Assessments and screenings, agency fields on the
client profile (and the Clients search), and the Admin page's Forms section — on the real
store, through the pages' own buttons."""

from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFormLayout

from collabdesk.forms.demo_forms import FOOD_SCREEN, HOUSEHOLD, PHQ9, hvs_answers, phq9_answers
from collabdesk.ui.dialogs.files import FileDialogs
from collabdesk.ui.forms.admin_panel import FormsAdminPanel
from collabdesk.ui.forms.case_panel import CaseFormsPanel
from collabdesk.ui.forms.dialogs import FillDialog
from collabdesk.ui.forms.editors import ChoiceEditor
from collabdesk.ui.models import ROW_ROLE
from collabdesk.ui.pages.case import CasePage
from collabdesk.ui.pages.clients import ClientsPage
from tests.ui.forms_support import click, shared, type_answer
from tests.ui.pages_support import Env, make_case, sign_in_worker
from tests.waits import WAIT_MS


def _panel(qtbot: Any, env: Env, case_id: str) -> CaseFormsPanel:
    panel = CaseFormsPanel(env.context)
    qtbot.addWidget(panel)
    panel.show()
    panel.open_case(case_id)
    qtbot.waitUntil(lambda: panel.data is not None, timeout=WAIT_MS)
    return panel


def _answering(qtbot: Any, fill: Any) -> Any:
    """A stand-in for FillDialog.ask that fills the real dialog and presses Complete."""
    def ask(cls: type[FillDialog], dialog: FillDialog) -> Any:
        dialog.show()
        fill(dialog)
        with qtbot.waitSignal(dialog.sig_saved, timeout=WAIT_MS):
            dialog.complete_button.click()
        return dialog.result_value
    return classmethod(ask)


def test_a_case_starts_an_assessment_and_shows_its_score_and_trend(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    _client_id, case_id = make_case(env.session)
    fid = env.session.forms.import_form(PHQ9, use="assessment").form.id
    env.session.forms.import_form(HOUSEHOLD, use="agency")  # not offered on a case
    rng = random.Random(4)
    env.session.forms.save(fid, phq9_answers(18, rng), case_id=case_id, complete=True)
    panel = _panel(qtbot, env, case_id)
    assert [panel.start_combo.itemText(i) for i in range(panel.start_combo.count())] == [
        "PHQ-9 depression assessment (assessment)"]
    assert panel.responses_model.rowCount() == 1

    def fill(dialog: FillDialog) -> None:
        for n in range(1, 10):
            editor = dialog.view.editor(f"q{n}")
            assert isinstance(editor, ChoiceEditor)
            click(editor.buttons[1 if n <= 6 else 0])

    monkeypatch.setattr(FillDialog, "ask", _answering(qtbot, fill))
    panel.start_button.click()
    qtbot.waitUntil(lambda: panel.responses_model.rowCount() == 2, timeout=WAIT_MS)
    newest = max(panel.responses_model.rows(), key=lambda r: r.authored_at)
    assert newest.score == 6 and newest.status == "completed"
    # Latest score and its trend, oldest to newest.
    assert len(panel.sparklines) == 1
    assert panel.sparklines[0].values == [18.0, 6.0]
    assert "18, 6" in panel.sparklines[0].accessibleName()
    panel.sparklines[0].resize(120, 28)
    points = panel.sparklines[0].points()
    assert points[0].y() < points[1].y()  # 18 drawn higher than 6


def test_the_worker_confirms_one_suggested_need_and_dismisses_another(
        qtbot: Any, env: Env) -> None:
    _client_id, case_id = make_case(env.session)
    fid = env.session.forms.import_form(FOOD_SCREEN, use="screening").form.id
    rng = random.Random(2)
    env.session.forms.save(fid, hvs_answers(True, rng), case_id=case_id, complete=True)
    env.session.forms.save(fid, hvs_answers(True, rng), case_id=case_id, complete=True)
    panel = _panel(qtbot, env, case_id)
    assert panel.suggestions_model.rowCount() == 2
    first, second = panel.suggestions_model.rows()
    panel.suggestions_view.selectRow(0)
    panel.confirm_button.click()
    qtbot.waitUntil(lambda: panel.suggestions_model.rowCount() == 1, timeout=WAIT_MS)
    needs = env.session.cases.detail(case_id).needs
    assert any(n.domain == "food" and n.severity == "high" for n in needs)
    panel.suggestions_view.selectRow(0)
    panel.dismiss_button.click()
    qtbot.waitUntil(lambda: panel.suggestions_model.rowCount() == 0, timeout=WAIT_MS)
    decided = {s.id: s for s in env.session.forms.suggestions(case_id=case_id, waiting=False)}
    assert decided[first.id].decision == "confirmed" and decided[first.id].need_id
    assert decided[second.id].decision == "dismissed" and decided[second.id].decided_by
    assert not panel.confirm_button.isEnabled()


def test_a_worker_sees_that_a_sensitive_response_exists_but_not_its_answers(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    _client_id, case_id = make_case(env.session)
    fid = env.session.forms.import_form(PHQ9, use="assessment", sensitive=True).form.id
    env.session.forms.save(fid, phq9_answers(12, random.Random(1)), case_id=case_id,
                           complete=True)
    # Whoever fills it is told who will see the answers.
    author = _panel(qtbot, env, case_id)
    seen: list[bool] = []
    monkeypatch.setattr(FillDialog, "ask", classmethod(
        lambda cls, dialog: seen.append(dialog.sensitive_label.isVisibleTo(dialog))))
    author.start_button.click()
    qtbot.waitUntil(lambda: seen == [True], timeout=WAIT_MS)
    worker = sign_in_worker(env)
    try:
        env.session.cases.assign(case_id, next(
            u.id for u in env.session.users.list_users() if u.username == "maria"))
        panel = _panel(qtbot, worker, case_id)
        assert panel.responses_model.rowCount() == 1
        row = panel.responses_model.row_at(0)
        assert row.hidden
        score_column = panel.responses_model.column_index("score")
        assert panel.responses_model.index(0, score_column).data() == ""
        panel.responses_view.selectRow(0)
        panel.open_button.click()
        assert "sensitive" in panel.banner.text()
        assert panel.sparklines == []  # no score shown either
    finally:
        worker.session.close()


def test_agency_fields_are_filled_from_the_profile_and_found_from_clients_search(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    client_id, case_id = make_case(env.session)
    other_id, other_case = make_case(env.session, "Ana", "Other")
    env.session.forms.import_form(HOUSEHOLD, use="agency")
    page = CasePage(env.context)
    qtbot.addWidget(page)
    page.show()
    page.open_case(case_id)
    panel = page.agency_panel
    qtbot.waitUntil(lambda: panel.data is not None and bool(panel.edit_buttons),
                    timeout=WAIT_MS)
    assert panel.isVisible() and panel.edit_buttons[0].text() == "Fill in: Household"

    def fill(dialog: FillDialog) -> None:
        form = dialog.view.form
        type_answer(dialog.view.editor("housing"), [dict(form.by_link_id["housing"]
                                                         .options[2].value)])
        type_answer(dialog.view.editor("size"), [{"valueInteger": 3}])

    monkeypatch.setattr(FillDialog, "ask", _answering(qtbot, fill))
    panel.edit_buttons[0].click()
    qtbot.waitUntil(lambda: panel.data is not None and len(panel.data.fields) == 2,
                    timeout=WAIT_MS)
    assert {(f.label, f.value) for f in panel.data.fields} == {
        ("Housing status", "In a shelter"), ("People in the household", "3")}
    assert panel.edit_buttons[0].text() == "Edit: Household"

    # Edited later: an amendment, shown with the profile.
    def amend(dialog: FillDialog) -> None:
        assert dialog.completed
        spin = dialog.view.editor("size")
        type_answer(spin, [{"valueInteger": 4}])

    monkeypatch.setattr(FillDialog, "ask", _answering(qtbot, amend))
    panel.edit_buttons[0].click()
    qtbot.waitUntil(lambda: panel.data is not None and ("People in the household", "4") in {
        (f.label, f.value) for f in panel.data.fields}, timeout=WAIT_MS)
    response = env.session.forms.responses(client_id=client_id)[0]
    assert [v.status for v in env.session.forms.history(response.response_id)] == [
        "completed", "amended"]

    # The housing field is marked searchable: "Housing status: shelter" finds the client.
    clients = ClientsPage(env.context)
    qtbot.addWidget(clients)
    clients.search("Housing status: shelter")
    qtbot.waitUntil(lambda: clients.results_model.rowCount() == 1, timeout=WAIT_MS)
    assert clients.results_model.row_at(0).id == client_id
    clients.search("Housing status: outside")
    qtbot.waitUntil(lambda: clients.results_model.rowCount() == 0, timeout=WAIT_MS)

    # Another client's case: the rows are reused, and none of Rosa's answers shows.
    def shown() -> list[tuple[str, str]]:
        layout = panel.fields_layout
        return [(panel._cell(r, QFormLayout.ItemRole.LabelRole).text(),
                 panel._cell(r, QFormLayout.ItemRole.FieldRole).text())
                for r in range(layout.rowCount()) if layout.isRowVisible(r)]

    rows = panel.fields_layout.rowCount()
    page.open_case(other_case)
    qtbot.waitUntil(lambda: panel.client_id == other_id and panel.data is not None
                    and not panel.data.fields, timeout=WAIT_MS)
    assert shown() == [] and panel.empty.isVisibleTo(panel)
    assert panel.edit_buttons[0].text() == "Fill in: Household"
    page.open_case(case_id)
    qtbot.waitUntil(lambda: panel.client_id == client_id and panel.data is not None
                    and bool(panel.data.fields), timeout=WAIT_MS)
    assert shown() == [("Housing status:", "In a shelter"), ("People in the household:", "4")]
    assert panel.fields_layout.rowCount() == rows and panel.edit_buttons[0].text() == \
        "Edit: Household"


def _import(qtbot: Any, panel: FormsAdminPanel, monkeypatch: pytest.MonkeyPatch,
            path: Path) -> None:
    monkeypatch.setattr(FileDialogs, "open_questionnaire", classmethod(lambda cls, p: path))
    panel.import_button.click()
    qtbot.waitUntil(lambda: bool(panel.banner.text() or panel.result_label.text()),
                    timeout=WAIT_MS)


def test_admin_imports_lists_and_retires_forms_and_a_bad_file_names_the_item(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    panel = FormsAdminPanel(env.context)
    qtbot.addWidget(panel)
    panel.show()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({
        "resourceType": "Questionnaire", "status": "active", "url": "urn:t:bad",
        "item": [{"linkId": "q1", "type": "string"}, {"linkId": "q1", "type": "integer"}]}),
        encoding="utf-8")
    _import(qtbot, panel, monkeypatch, bad)
    assert panel.banner.isVisible() and "'q1'" in panel.banner.text()
    assert env.session.forms.list_forms() == []  # nothing half-imported

    panel.banner.clear_message()
    panel.use_combo.setCurrentIndex(panel.use_combo.findData("screening"))
    _import(qtbot, panel, monkeypatch, shared("Questionnaire-gravity-hunger-vital-sign.json"))
    assert "Imported" in panel.result_label.text()
    assert panel.warnings.isVisible() and "targetStructureMap" in panel.warnings.toPlainText()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
    info = panel.model.row_at(0)
    assert info.use == "screening" and info.status == "active"
    use_column = panel.model.column_index("use")
    assert panel.model.index(0, use_column).data() == "Screening (case)"

    panel.warnings.clear()
    panel.view.selectRow(0)
    assert panel.retire_button.isEnabled() and not panel.reinstate_button.isEnabled()
    # Selecting a form shows what CollabDesk ignores in it, as its import did.
    qtbot.waitUntil(lambda: "targetStructureMap" in panel.warnings.toPlainText(),
                    timeout=WAIT_MS)
    panel.retire_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and
                    panel.model.row_at(0).status == "retired", timeout=WAIT_MS)
    assert env.session.forms.list_forms(include_retired=False) == []
    panel.view.selectRow(0)
    panel.reinstate_button.click()
    qtbot.waitUntil(lambda: panel.model.row_at(0).status == "active", timeout=WAIT_MS)


def test_a_response_opens_read_only_then_is_amended_and_a_draft_opens_to_finish(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    from collabdesk.ui.forms.dialogs import ResponseDialog

    _client_id, case_id = make_case(env.session)
    fid = env.session.forms.import_form(PHQ9, use="assessment").form.id
    done = env.session.forms.save(fid, phq9_answers(5, random.Random(5)), case_id=case_id,
                                  complete=True)
    panel = _panel(qtbot, env, case_id)
    panel.responses_view.selectRow(0)
    panel.open_button.click()
    qtbot.waitUntil(lambda: bool(panel.findChildren(ResponseDialog)), timeout=WAIT_MS)
    shown = panel.findChildren(ResponseDialog)[0]
    assert shown.detail.version.response_id == done.response_id
    assert shown.content is not None and shown.versions.count() == 1

    def bump(dialog: FillDialog) -> None:
        assert dialog.completed and dialog.response_id == done.response_id
        editor = dialog.view.editor("q1")
        assert isinstance(editor, ChoiceEditor)
        click(editor.buttons[3])

    monkeypatch.setattr(FillDialog, "ask", _answering(qtbot, bump))
    shown.amend_button.click()
    qtbot.waitUntil(lambda: panel.responses_model.rowCount() == 1 and
                    panel.responses_model.row_at(0).status == "amended", timeout=WAIT_MS)
    assert len(env.session.forms.history(done.response_id)) == 2
    # A response amended on two laptops at once says where it is settled.
    clash = dataclasses.replace(panel.responses_model.row_at(0), conflict=True)
    panel.responses_model.update_row(clash)
    status = panel.responses_model.column_index("status")
    assert panel.responses_model.index(0, status).data() == (
        "Amended (two versions: see Conflicts)")

    # A draft in the list opens to be finished, with its answers.
    draft = env.session.forms.save(fid, {("q1",): [dict(
        env.session.forms.form(fid).by_link_id["q1"].options[2].value)]}, case_id=case_id)

    def finish(dialog: FillDialog) -> None:
        assert not dialog.completed and dialog.response_id == draft.response_id
        q1 = dialog.view.editor("q1")
        assert isinstance(q1, ChoiceEditor) and q1.buttons[2].isChecked()
        for n in range(2, 10):
            editor = dialog.view.editor(f"q{n}")
            assert isinstance(editor, ChoiceEditor)
            click(editor.buttons[0])

    monkeypatch.setattr(FillDialog, "ask", _answering(qtbot, finish))
    panel.reload()
    qtbot.waitUntil(lambda: panel.responses_model.rowCount() == 2, timeout=WAIT_MS)
    panel.responses_view.selectRow(next(
        r for r in range(panel.responses_proxy.rowCount())
        if panel.responses_proxy.index(r, 0).data(ROW_ROLE).response_id == draft.response_id))
    panel.open_button.click()
    qtbot.waitUntil(lambda: env.session.forms.version(
        env.session.forms.history(draft.response_id)[-1].id).status == "completed",
        timeout=WAIT_MS)


def test_after_an_intake_the_agency_fields_open_for_the_new_client(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    from collabdesk.domain import ClientInput
    from collabdesk.ui.dialogs.intake import IntakeDialog

    env.session.forms.import_form(HOUSEHOLD, use="agency")
    client = env.session.clients.intake(ClientInput("Rosa", "Diaz"), confirmed_new=True)
    monkeypatch.setattr(IntakeDialog, "ask", classmethod(lambda cls, parent, context: client))

    def fill(dialog: FillDialog) -> None:
        assert dialog.client_id == client.id and dialog.case_id is None
        type_answer(dialog.view.editor("housing"), [dict(
            dialog.view.form.by_link_id["housing"].options[0].value)])
        type_answer(dialog.view.editor("size"), [{"valueInteger": 1}])

    monkeypatch.setattr(FillDialog, "ask", _answering(qtbot, fill))
    page = ClientsPage(env.context)
    qtbot.addWidget(page)
    page.new_intake()
    qtbot.waitUntil(lambda: bool(env.session.forms.responses(client_id=client.id)),
                    timeout=WAIT_MS)
    fields = {f.label: f.value for f in env.session.forms.agency_fields(client.id)}
    assert fields == {"Housing status": "Stable housing", "People in the household": "1"}


def test_no_forms_screen_reads_the_store_on_the_gui_thread(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from collabdesk.ui.forms.dialogs import ResponseDialog

    client_id, case_id = make_case(env.session)
    fid = env.session.forms.import_form(PHQ9, use="assessment").form.id
    screen = env.session.forms.import_form(FOOD_SCREEN, use="screening").form.id
    env.session.forms.import_form(HOUSEHOLD, use="agency")
    env.session.forms.save(fid, phq9_answers(9, random.Random(9)), case_id=case_id,
                           complete=True)
    env.session.forms.save(screen, hvs_answers(True, random.Random(9)), case_id=case_id,
                           complete=True)

    def fill(dialog: FillDialog) -> None:
        for n in range(1, 10):
            editor = dialog.view.editor(f"q{n}")
            assert isinstance(editor, ChoiceEditor)
            click(editor.buttons[0])

    monkeypatch.setattr(FillDialog, "ask", _answering(qtbot, fill))
    env.session.store.forbid_thread(threading.get_ident())
    try:
        page = CasePage(env.context)
        qtbot.addWidget(page)
        page.show()
        page.open_case(case_id)
        panel = page.forms_panel
        page.tabs.setCurrentWidget(panel)  # its forms load when the tab is shown
        qtbot.waitUntil(lambda: panel.data is not None and page.agency_panel.data is not None,
                        timeout=WAIT_MS)
        panel.start_combo.setCurrentIndex(panel.start_combo.findText(
            "PHQ-9 depression assessment (assessment)"))
        panel.start_button.click()
        qtbot.waitUntil(lambda: panel.responses_model.rowCount() == 3, timeout=WAIT_MS)
        panel.responses_view.selectRow(0)
        panel.open_button.click()
        qtbot.waitUntil(lambda: bool(panel.findChildren(ResponseDialog)), timeout=WAIT_MS)
        panel.suggestions_view.selectRow(0)
        panel.dismiss_button.click()
        qtbot.waitUntil(lambda: panel.suggestions_model.rowCount() == 0, timeout=WAIT_MS)
        clients = ClientsPage(env.context)
        qtbot.addWidget(clients)
        clients.search("Housing status: shelter")
        admin = FormsAdminPanel(env.context)
        qtbot.addWidget(admin)
        admin.reload()
        qtbot.waitUntil(lambda: admin.model.rowCount() == 3, timeout=WAIT_MS)
        admin.view.selectRow(0)
        assert env.runner.wait_idle(WAIT_MS)
        assert not panel.banner.text() and not admin.banner.text()
    finally:
        env.session.store.forbid_thread(None)
    assert client_id


def test_a_new_form_version_is_offered_and_old_responses_render_with_their_own(
        qtbot: Any, env: Env) -> None:
    import copy

    from collabdesk.ui.forms.dialogs import ResponseDialog

    _client_id, case_id = make_case(env.session)
    old_id = env.session.forms.import_form(PHQ9, use="assessment").form.id
    old = env.session.forms.save(old_id, phq9_answers(7, random.Random(7)), case_id=case_id,
                                 complete=True)
    newer = copy.deepcopy(PHQ9)
    newer["version"] = "2.0"
    newer["item"][1]["text"] = "Little interest or pleasure in doing things (version 2)"
    new_id = env.session.forms.import_form(newer, use="assessment").form.id
    panel = _panel(qtbot, env, case_id)
    assert panel.start_combo.count() == 1 and panel.start_combo.currentData() == new_id
    fresh = env.session.forms.save(new_id, phq9_answers(3, random.Random(3)),
                                   case_id=case_id, complete=True)
    for version, text in ((old, "Little interest or pleasure in doing things"),
                          (fresh, "Little interest or pleasure in doing things (version 2)")):
        detail = env.session.forms.detail(version.response_id)
        dialog = ResponseDialog(env.context, detail, env.session.forms.history(
            version.response_id))
        qtbot.addWidget(dialog)
        dialog.show()
        assert f"version {version.form_version}" in dialog.about.text()
        q1 = dialog.content.editor("q1")  # type: ignore[union-attr]
        assert q1.accessibleName() == text


def test_answers_typed_in_an_open_form_are_kept_through_a_lock_and_shown_again(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    from collabdesk.ui.dialogs.common import Dialogs

    _client_id, case_id = make_case(env.session)
    env.session.forms.import_form(PHQ9, use="assessment")
    page = CasePage(env.context)
    qtbot.addWidget(page)
    page.show()
    page.open_case(case_id)
    page.tabs.setCurrentWidget(page.forms_panel)  # its forms load when the tab is shown
    qtbot.waitUntil(lambda: page.forms_panel.data is not None, timeout=WAIT_MS)
    opened: list[FillDialog] = []

    def answer_and_lock(cls: type[FillDialog], dialog: FillDialog) -> Any:
        dialog.show()
        q2 = dialog.view.editor("q2")
        assert isinstance(q2, ChoiceEditor)
        click(q2.buttons[2])
        # The laptop locks now: the page's draft holds the form and its answers.
        draft = page.draft()
        assert draft is not None and draft[1]["form"]["answers"] == [
            [["q2"], [dialog.view.answers[("q2",)][0]]]]
        env.session.drafts.keep(*draft)
        opened.append(dialog)
        return None

    monkeypatch.setattr(FillDialog, "ask", classmethod(answer_and_lock))
    page.forms_panel.start_button.click()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=WAIT_MS)
    assert page.forms_panel.open_dialog is None  # closed with the locked session
    assert env.session.forms.responses(case_id=case_id) == []  # nothing saved unasked

    # Signed in again: the case opens with the form and its answers, still unsaved.
    reopened: list[FillDialog] = []
    monkeypatch.setattr(FillDialog, "ask", classmethod(
        lambda cls, dialog: reopened.append(dialog)))
    again = CasePage(env.context)
    qtbot.addWidget(again)
    again.open_case(case_id)
    qtbot.waitUntil(lambda: len(reopened) == 1, timeout=WAIT_MS)
    q2 = reopened[0].view.editor("q2")
    assert isinstance(q2, ChoiceEditor) and q2.buttons[2].isChecked()
    assert reopened[0].has_changes()
    assert "the answers typed into a form" in again.banner.text()
    monkeypatch.setattr(Dialogs, "unsaved", classmethod(lambda cls, parent, what: "discard"))


def test_agency_fields_typed_before_a_lock_come_back_on_the_profile(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    from collabdesk.ui.dialogs.common import Dialogs

    client_id, case_id = make_case(env.session)
    env.session.forms.import_form(HOUSEHOLD, use="agency")
    page = CasePage(env.context)
    qtbot.addWidget(page)
    page.show()
    page.open_case(case_id)
    qtbot.waitUntil(lambda: bool(page.agency_panel.edit_buttons), timeout=WAIT_MS)
    kept: list[Any] = []

    def type_and_lock(cls: type[FillDialog], dialog: FillDialog) -> Any:
        dialog.show()
        type_answer(dialog.view.editor("size"), [{"valueInteger": 5}])
        kept.append(page.draft())
        return None

    monkeypatch.setattr(FillDialog, "ask", classmethod(type_and_lock))
    page.agency_panel.edit_buttons[0].click()
    qtbot.waitUntil(lambda: bool(kept), timeout=WAIT_MS)
    assert kept[0] is not None and kept[0][1]["form"]["client_id"] == client_id
    env.session.drafts.keep(*kept[0])
    reopened: list[FillDialog] = []
    monkeypatch.setattr(FillDialog, "ask", classmethod(
        lambda cls, dialog: reopened.append(dialog)))
    monkeypatch.setattr(Dialogs, "unsaved", classmethod(lambda cls, parent, what: "discard"))
    again = CasePage(env.context)
    qtbot.addWidget(again)
    again.open_case(case_id)
    qtbot.waitUntil(lambda: len(reopened) == 1, timeout=WAIT_MS)
    assert reopened[0].client_id == client_id and reopened[0].case_id is None
    assert reopened[0].view.answers[("size",)] == [{"valueInteger": 5}]
