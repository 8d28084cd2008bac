"""The form renderer and its dialogs on real widgets and a real store.

Every Questionnaire in the shared FHIR data imports, renders and is filled through its
widgets; the scores and risk flags the screen shows match the matching QuestionnaireResponse
there. Required messages beside the item, draft → complete → amend with the history kept,
enableWhen as one types, the mouse wheel, keyboard-only PHQ-9, right-to-left text, and a
response whose form has not arrived.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QRadioButton, QWidget

from collabdesk.forms.answers import answers_from_response, make_answer, value_of
from collabdesk.forms.demo_forms import FOOD_SCREEN, HOUSEHOLD, PHQ9
from collabdesk.forms.evaluate import evaluate
from collabdesk.forms.parse import form_id, parse_questionnaire
from collabdesk.ui.forms.dialogs import FillDialog, ResponseDialog
from collabdesk.ui.forms.editors import ChoiceEditor, LineEditor, SpinEditor
from collabdesk.ui.forms.renderer import FormView
from collabdesk.ui.tasks import TaskRunner
from collabdesk.ui.widgets import wheel_guard
from tests.ui.forms_support import (
    PAIRS,
    QUESTIONNAIRES,
    click,
    fill,
    shared,
    shared_json,
    type_answer,
)
from tests.ui.pages_support import Env, make_case
from tests.ui.window_support import wheel_over
from tests.waits import WAIT_MS


def _view(qtbot: Any, form: Any, **options: Any) -> FormView:
    view = FormView(form, **options)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    return view


def _stated(qr: dict[str, Any], link_id: str) -> list[dict[str, Any]]:
    stack = list(qr["item"])
    while stack:
        entry = stack.pop()
        if entry["linkId"] == link_id:
            return list(entry["answer"])
        stack.extend(entry.get("item", ()))
        for answer in entry.get("answer", ()):
            stack.extend(answer.get("item", ()))
    raise AssertionError(link_id)


def _unordered(answers: dict[Any, list[dict[str, Any]]]) -> dict[Any, list[str]]:
    """Answers compared by value: a coding by its code (the widget gives the option's own
    coding, which may name its system where the response does not)."""
    def value(answer: dict[str, Any]) -> str:
        key, inner = value_of(answer)
        return f"{key}:{inner['code']}" if key == "valueCoding" else json.dumps(answer)

    return {k: sorted(value(a) for a in v) for k, v in answers.items()}


@pytest.mark.parametrize("name", QUESTIONNAIRES or ["(missing)"])
def test_each_shared_questionnaire_imports_renders_and_is_filled_through_its_widgets(
        qtbot: Any, env: Env, name: str) -> None:
    result = env.session.forms.import_form(shared(name))
    form = env.session.forms.form(result.form.id)
    view = _view(qtbot, form)
    # Every question has a widget with an accessible name; nothing failed to evaluate.
    questions = [r for r in view._rows.values() if r.editor is not None]
    assert questions and all(r.editor.accessibleName() for r in questions)
    assert view.state.problems == ()
    response = next((qr for qr, q in PAIRS.items() if q == name), None)
    if response is None:
        # No response to compare with: answer the first question of each type by hand.
        for key, row in list(view._rows.items()):
            editor = row.editor
            if editor is None or row.item.calculated or row.item.read_only or (
                    key not in view.state.visible):
                continue
            if isinstance(editor, ChoiceEditor) and editor.options:
                type_answer(editor, [editor.options[0][1]])
                assert view.answers.get(key) == [editor.options[0][1]]
        assert view.state.problems == ()
        return
    qr = shared_json(response)
    answers, problems = answers_from_response(form, qr["item"])
    assert problems == []
    typed = {k: v for k, v in answers.items()
             if form.by_link_id[str(k[-1])].calculated is None}
    fill(view, typed)
    # What the widgets hold is what the response says (several answers in option order).
    assert _unordered(view.saved_answers()) == _unordered(typed)
    expected = evaluate(form, typed)
    assert view.state.score == expected.score
    assert view.state.calculated == expected.calculated
    if name == "Questionnaire-gravity-hunger-vital-sign.json":
        risk = view.state.calculated[("/88124-3",)][0]["valueCoding"]
        assert risk["code"] == _stated(qr, "/88124-3")[0]["valueCoding"]["code"] == "LA19952-3"
        risk_editor = view._rows[("/88124-3",)].editor
        assert isinstance(risk_editor, ChoiceEditor)
        assert risk_editor.combo is not None  # the form asks for a drop-down
        assert risk_editor.combo.currentText() == "At risk"
    if name == "Questionnaire-uscore-audit-c.json":
        assert view.state.score == _stated(qr, "/75626-2")[0]["valueDecimal"]
    if name == "Questionnaire-sdc-phq9-contained-valueset-score.json":
        # The response's own answers add up to 10 (it states 13; see the core tests).
        assert view.state.score == 10
        total = view._rows[("H1/T1", 0, "H1/TS")].editor
        assert isinstance(total, LineEditor) and total.edit.text() == "10"
        assert total.edit.isReadOnly()


def test_enable_when_follows_each_keystroke(qtbot: Any) -> None:
    form = parse_questionnaire({
        "resourceType": "Questionnaire", "status": "active", "url": "urn:t:age",
        "item": [
            {"linkId": "age", "type": "integer", "text": "Age"},
            {"linkId": "job", "type": "string", "text": "Work",
             "enableWhen": [{"question": "age", "operator": ">=", "answerInteger": 16}]}]})
    view = _view(qtbot, form)
    job = view.row_widget(("job",))
    age = view.editor("age")
    assert isinstance(age, LineEditor)
    assert not job.isVisible()
    QTest.keyClick(age.edit, Qt.Key.Key_1)
    assert not job.isVisible()  # 1
    QTest.keyClick(age.edit, Qt.Key.Key_7)
    assert job.isVisible()  # 17
    QTest.keyClick(age.edit, Qt.Key.Key_Backspace)
    assert not job.isVisible()  # 1 again
    QTest.keyClick(age.edit, Qt.Key.Key_X)
    assert view.error_text(("age",)) == "Type a whole number."  # beside the field, at once
    assert ("age",) not in view.answers


def test_shared_enable_when_items_appear_when_their_condition_is_answered(qtbot: Any) -> None:
    form = parse_questionnaire(shared("Questionnaire-sdc-test-enablewhen.json").read_bytes())
    checked = 0
    for item in form.walk():
        if len(item.enable_when) != 1 or item.enable_when[0].operator != "=" or (
                item.type == "group"):
            continue
        cond = item.enable_when[0]
        question = form.by_link_id[cond.question]
        if question.calculated or question.type == "group":
            continue
        view = _view(qtbot, form)
        key = (*_prefix(form, item.link_id), item.link_id)
        if key not in view._rows or not view._shown.get(key[:-1] or key, True):
            continue
        assert not view.row_widget(key).isVisible()
        answer = (make_answer(question, cond.answer) if not isinstance(cond.answer, dict)
                  else {"valueCoding": cond.answer})
        type_answer(view._rows[(*_prefix(form, question.link_id), question.link_id)].editor,
                    [answer])  # type: ignore[arg-type]
        assert view.row_widget(key).isVisible(), item.link_id
        checked += 1
        view.close()
    assert checked >= 3


def _prefix(form: Any, link_id: str) -> tuple[Any, ...]:
    out: list[Any] = []
    for parent in form.parents[link_id]:
        out += [parent, 0]
    return tuple(out)


def _button(view: FormView, name: str) -> QWidget:
    return next(b for b in view.findChildren(QPushButton)
                if b.accessibleName() == name and b.isVisible())


def test_repeating_groups_nested_add_and_remove(qtbot: Any) -> None:
    form = parse_questionnaire(
        shared("Questionnaire-sdc-test-repeatable-nested-groups.json").read_bytes())
    view = _view(qtbot, form)
    top, outer, inner = (i.link_id for i in form.walk() if i.type == "group")
    text1 = next(i.link_id for i in form.walk() if i.text == "Text box")
    text2 = next(i.link_id for i in form.walk() if i.text == "Text box - group 2")
    one = (top, 0, outer)

    def typed(key: tuple[Any, ...], text: str) -> None:
        editor = view._rows[key].editor
        assert isinstance(editor, LineEditor)
        view.ensureWidgetVisible(editor)
        QTest.keyClicks(editor.edit, text)

    typed((*one, 0, text1), "one")
    click(_button(view, "Add another: Repeatable group 1"))
    assert view._instances[one] == 2
    assert view.row_widget((*one, 1)).isVisible()
    typed((*one, 1, text1), "two")
    # A group repeating inside a repeating group: its own Add, in the second instance.
    add_inner = [b for b in view.findChildren(QPushButton)
                 if b.accessibleName() == "Add another: Repeatable group 2"]
    assert len(add_inner) == 2
    click(add_inner[1])
    typed((*one, 1, inner, 1, text2), "deep")
    assert view.saved_answers() == {
        (*one, 0, text1): [{"valueString": "one"}], (*one, 1, text1): [{"valueString": "two"}],
        (*one, 1, inner, 1, text2): [{"valueString": "deep"}]}
    group = view.state.response_items[0]["item"]
    assert [g["linkId"] for g in group] == [outer, outer]  # two instances in the response
    # Removing the first instance moves the second up, with what is nested in it.
    click(_button(view, "Remove Repeatable group 1 (1)"))
    assert view._instances[one] == 1
    assert view.saved_answers() == {(*one, 0, text1): [{"valueString": "two"}],
                                    (*one, 0, inner, 1, text2): [{"valueString": "deep"}]}
    shown = view._rows[(*one, 0, text1)].editor
    assert isinstance(shown, LineEditor) and shown.edit.text() == "two"


def _phq(env: Env) -> tuple[str, Any]:
    result = env.session.forms.import_form(PHQ9, use="assessment")
    return result.form.id, env.session.forms.form(result.form.id)


def _fill_dialog(qtbot: Any, env: Env, fid: str, form: Any, **options: Any) -> FillDialog:
    dialog = FillDialog(env.context, fid, form, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    return dialog


def _choose(dialog: FillDialog, link_id: str, n: int) -> None:
    editor = dialog.view.editor(link_id)
    assert isinstance(editor, ChoiceEditor)
    click(editor.buttons[n])


def test_required_message_then_draft_then_complete_then_amend_with_history(
        qtbot: Any, env: Env) -> None:
    _client, case_id = make_case(env.session)
    fid, form = _phq(env)
    dialog = _fill_dialog(qtbot, env, fid, form, case_id=case_id)
    dialog.complete_button.click()  # nothing answered
    assert dialog.view.error_text(("q1",)) == "This question needs an answer."
    assert dialog.view.row_widget(("q1",)).isVisible()
    assert dialog.view.editor("q1").focus_widget().hasFocus()  # the first one to answer
    assert dialog.banner.isVisible()
    assert env.session.forms.responses(case_id=case_id) == []  # nothing saved
    _choose(dialog, "q1", 2)
    assert dialog.view.error_text(("q1",)) == ""  # the message goes as the answer comes
    _choose(dialog, "q2", 1)
    assert dialog.score_label.text() == "Score: 3"
    with qtbot.waitSignal(dialog.sig_saved, timeout=WAIT_MS) as saved:
        dialog.draft_button.click()
    draft = saved.args[0]
    assert draft.status == "in-progress" and draft.score == 3

    detail = env.session.forms.detail(draft.response_id)
    dialog = _fill_dialog(qtbot, env, fid, form, case_id=case_id,
                          response_id=draft.response_id, answers=detail.answers)
    assert dialog.view.editor("q1").buttons[2].isChecked()  # type: ignore[attr-defined]
    for n in range(3, 10):
        _choose(dialog, f"q{n}", 0)
    with qtbot.waitSignal(dialog.sig_saved, timeout=WAIT_MS) as saved:
        dialog.complete_button.click()
    assert saved.args[0].status == "completed" and saved.args[0].score == 3

    detail = env.session.forms.detail(draft.response_id)
    dialog = _fill_dialog(qtbot, env, fid, form, case_id=case_id,
                          response_id=draft.response_id, answers=detail.answers,
                          completed=True)
    assert not dialog.draft_button.isVisible()
    _choose(dialog, "q9", 1)
    with qtbot.waitSignal(dialog.sig_saved, timeout=WAIT_MS) as saved:
        dialog.complete_button.click()
    assert saved.args[0].status == "amended" and saved.args[0].score == 4
    history = env.session.forms.history(draft.response_id)
    assert [v.status for v in history] == ["in-progress", "completed", "amended"]

    # Read-only, with every version to look at.
    view = ResponseDialog(env.context, env.session.forms.detail(draft.response_id), history)
    qtbot.addWidget(view)
    view.show()
    assert view.versions.count() == 3
    assert "version 1.0" in view.about.text() and "score 4" in view.about.text()
    assert isinstance(view.content, FormView) and view.content.read_only
    q9 = view.content.editor("q9")
    assert isinstance(q9, ChoiceEditor) and q9.buttons[1].isChecked()
    assert not q9.buttons[1].isEnabled()
    view.versions.setCurrentIndex(0)
    qtbot.waitUntil(lambda: view.detail.version.id == history[0].id, timeout=WAIT_MS)
    assert isinstance(view.content, FormView)
    first_q9 = view.content.editor("q9")
    assert isinstance(first_q9, ChoiceEditor) and not any(b.isChecked()
                                                          for b in first_q9.buttons)
    assert not view.amend_button.isEnabled()  # only the current version is amended


def test_a_response_whose_form_has_not_arrived_shows_its_raw_answers(
        qtbot: Any, env: Env) -> None:
    _client, case_id = make_case(env.session)
    fid, form = _phq(env)
    answers = {("q1",): [dict(form.by_link_id["q1"].options[2].value)]}
    version = env.session.forms.save(fid, answers, case_id=case_id)
    detail = dataclasses.replace(env.session.forms.detail(version.response_id), form=None)
    dialog = ResponseDialog(env.context, detail, [detail.version])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not isinstance(dialog.content, FormView)
    text = dialog.content.toPlainText()  # type: ignore[union-attr]
    assert "q1" in text and "More than half the days" in text
    assert "has not arrived" in dialog.banner.text()
    assert not dialog.amend_button.isEnabled()


def test_keyboard_only_fill_of_phq9(qtbot: Any, env: Env) -> None:
    _client, case_id = make_case(env.session)
    fid, form = _phq(env)
    dialog = _fill_dialog(qtbot, env, fid, form, case_id=case_id)
    dialog.activateWindow()
    first = dialog.view.editor("q1").focus_widget()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus, timeout=WAIT_MS)
    wanted = [1, 0, 2, 3, 0, 1, 0, 0, 0]
    for n, steps in enumerate(wanted, start=1):
        editor = dialog.view.editor(f"q{n}")
        assert isinstance(editor, ChoiceEditor)
        focused = QApplication.focusWidget()
        assert focused is editor.buttons[0], (n, focused)
        QTest.keyClick(focused, Qt.Key.Key_Space)  # chooses the first answer
        for _ in range(steps):
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        assert [b.isChecked() for b in editor.buttons].index(True) == steps
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.view.state.score == sum(wanted)
    with qtbot.waitSignal(dialog.sig_saved, timeout=WAIT_MS) as saved:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    assert saved.args[0].status == "completed" and saved.args[0].score == sum(wanted)


def test_the_mouse_wheel_never_changes_an_answer_it_passes_over(qtbot: Any) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    wheel_guard.install(app)
    form = parse_questionnaire(HOUSEHOLD)
    view = _view(qtbot, form)
    housing = view.editor("housing")
    size = view.editor("size")
    income = view.editor("income")
    assert isinstance(housing, ChoiceEditor) and housing.combo is not None
    assert isinstance(size, SpinEditor) and isinstance(income, ChoiceEditor)
    type_answer(housing, [dict(form.by_link_id["housing"].options[1].value)])
    type_answer(size, [{"valueInteger": 3}])
    click(income.buttons[0])
    view.setFocus()
    before = dict(view.answers)
    for widget in (housing.combo, size.spin, income.buttons[0], income.buttons[1]):
        wheel_over(widget, steps=-1)
    assert housing.combo.currentIndex() == 2 and size.spin.value() == 3
    assert isinstance(income.buttons[0], QRadioButton) and income.buttons[0].isChecked()
    assert view.answers == before


def test_right_to_left_form_text_sets_the_layout_direction(qtbot: Any) -> None:
    form = parse_questionnaire({
        "resourceType": "Questionnaire", "status": "active", "url": "urn:t:rtl",
        "title": "استبيان الأسرة",
        "item": [{"linkId": "n", "type": "integer", "text": "عدد أفراد الأسرة"}]})
    assert _view(qtbot, form).layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert _view(qtbot, parse_questionnaire(HOUSEHOLD)).layoutDirection() == (
        Qt.LayoutDirection.LeftToRight)


def test_fill_dialog_shows_what_a_screening_will_suggest(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    from collabdesk.ui.dialogs.common import Dialogs

    monkeypatch.setattr(Dialogs, "unsaved", classmethod(lambda cls, parent, what: "discard"))
    form = parse_questionnaire(FOOD_SCREEN)
    dialog = _fill_dialog(qtbot, env, form_id(form.canonical), form, case_id="x")
    _choose(dialog, "worried", 1)
    assert "Positive food-security screen" in dialog.suggest_label.text()
    risk = dialog.view.editor("risk")
    assert isinstance(risk, ChoiceEditor)
    assert [b.text() for b in risk.buttons if b.isChecked()] == ["At risk"]


def test_cancelling_asks_before_typed_answers_are_dropped_and_f1_shows_the_keys(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    from collabdesk.ui.dialogs.common import Dialogs
    from collabdesk.ui.forms.dialogs import show_forms_help

    _client, case_id = make_case(env.session)
    fid, form = _phq(env)
    dialog = _fill_dialog(qtbot, env, fid, form, case_id=case_id)
    asked: list[list[str]] = []
    answers = iter(["cancel", "save"])
    monkeypatch.setattr(Dialogs, "unsaved", classmethod(
        lambda cls, parent, what: (asked.append(what), next(answers))[1]))
    dialog.reject()  # nothing typed: closes without asking
    assert asked == [] and dialog.result() == 0
    dialog = _fill_dialog(qtbot, env, fid, form, case_id=case_id)
    _choose(dialog, "q1", 1)
    dialog.reject()  # "cancel": the dialog stays, the answer too
    assert asked and dialog.isVisible() and dialog.view.answers
    with qtbot.waitSignal(dialog.sig_saved, timeout=WAIT_MS) as saved:
        dialog.reject()  # "save": kept as a draft
    assert saved.args[0].status == "in-progress" and saved.args[0].score == 1
    help_dialog = show_forms_help(dialog)
    qtbot.addWidget(help_dialog)
    assert "Ctrl+Enter: complete" in help_dialog.text()  # type: ignore[attr-defined]
    assert "Save as draft keeps what you typed" in help_dialog.text()  # type: ignore[attr-defined]


def test_every_data_type_of_the_shared_form_is_typed_into_its_widget(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Any,
        task_runner: TaskRunner) -> None:
    from collabdesk.ui.dialogs.files import FileDialogs
    from collabdesk.ui.forms.editors import AttachmentEditor, TextEditor

    form = parse_questionnaire(shared("Questionnaire-sdc-test-all-data-types.json").read_bytes())
    view = _view(qtbot, form, runner=task_runner)
    typed = {"id-string": "Ana", "id-date": "2024-05-01", "id-datetime": "2024-05-01T10:30",
             "id-time": "10:30", "id-integer": "42", "id-decimal": "3.5"}
    for link, text in typed.items():
        editor = view.editor(link, *_prefix(form, link))
        assert isinstance(editor, LineEditor)
        view.ensureWidgetVisible(editor)
        QTest.keyClicks(editor.edit, text)
    notes = view.editor("id-text", *_prefix(form, "id-text"))
    assert isinstance(notes, TextEditor)
    QTest.keyClicks(notes.edit, "Two")
    QTest.keyClick(notes.edit, Qt.Key.Key_Return)  # a new line: Tab, not Enter, moves on
    QTest.keyClicks(notes.edit, "lines")
    boolean = view.editor("id-boolean", *_prefix(form, "id-boolean"))
    assert isinstance(boolean, ChoiceEditor)
    click(boolean.buttons[1])  # No
    photo = tmp_path / "id.png"
    photo.write_bytes(b"\x89PNG fake")
    monkeypatch.setattr(FileDialogs, "open_attachment", classmethod(lambda cls, p: photo))
    attachment = view.editor("id-attachment", *_prefix(form, "id-attachment"))
    assert isinstance(attachment, AttachmentEditor)
    with qtbot.waitSignal(attachment.sig_edited, timeout=WAIT_MS):  # read on the io lane
        click(attachment.button)
    code = view.editor("id-choice", *_prefix(form, "id-choice"))
    assert isinstance(code, LineEditor)  # its value set is not in the form: typed as a code
    QTest.keyClicks(code.edit, "male")
    other = next(r.editor for r in view._rows.values() if r.item.type == "open-choice")
    assert isinstance(other, ChoiceEditor) and other.other is not None
    QTest.keyClicks(other.other, "Something else")
    got = {str(k[-1]): v[0] for k, v in view.answers.items()}
    assert got["id-string"] == {"valueString": "Ana"}
    assert got["id-text"] == {"valueString": "Two\nlines"}
    assert got["id-boolean"] == {"valueBoolean": False}
    assert got["id-date"] == {"valueDate": "2024-05-01"}
    assert got["id-datetime"] == {"valueDateTime": "2024-05-01T10:30"}
    assert got["id-time"] == {"valueTime": "10:30"}
    assert got["id-integer"] == {"valueInteger": 42}
    assert got["id-decimal"] == {"valueDecimal": 3.5}
    assert got["id-attachment"]["valueAttachment"]["title"] == "id.png"
    assert got["id-choice"] == {"valueCoding": {"code": "male"}}
    assert got[other.item.link_id] == {"valueString": "Something else"}
    assert view.problems() == {}
    # A date that is not one: the message beside the field, and no answer kept.
    date = view.editor("id-date", *_prefix(form, "id-date"))
    assert isinstance(date, LineEditor)
    date.edit.clear()
    QTest.keyClicks(date.edit, "2024-13-01")
    key = (*_prefix(form, "id-date"), "id-date")
    assert key not in view.answers and view.error_text(key)


def test_prefix_help_limits_units_other_and_clearing(qtbot: Any) -> None:
    form = parse_questionnaire({
        "resourceType": "Questionnaire", "status": "active", "url": "urn:t:features",
        "item": [
            {"linkId": "name", "type": "string", "text": "Name", "prefix": "1.",
             "maxLength": 5, "extension": [{
                 "url": "http://hl7.org/fhir/StructureDefinition/entryFormat",
                 "valueString": "given name"}]},
            {"linkId": "weight", "type": "quantity", "text": "Weight", "extension": [{
                "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
                "valueCoding": {"system": "http://unitsofmeasure.org", "code": "kg",
                                "display": "kg"}}]},
            {"linkId": "kids", "type": "integer", "text": "Children", "extension": [
                {"url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": 0},
                {"url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": 9}]},
            {"linkId": "pet", "type": "open-choice", "text": "Pet",
             "answerOption": [{"valueString": "cat"}, {"valueString": "dog"}],
             "item": [{"linkId": "pet-help", "type": "display", "text": "Any animal at home",
                       "extension": [{
                           "url": "http://hl7.org/fhir/StructureDefinition/"
                                  "questionnaire-itemControl",
                           "valueCodeableConcept": {"coding": [{
                               "system": "http://hl7.org/fhir/questionnaire-item-control",
                               "code": "help"}]}}]}]},
            {"linkId": "phones", "type": "string", "text": "Phones", "repeats": True},
            {"linkId": "fixed", "type": "string", "text": "Office", "readOnly": True,
             "initial": [{"valueString": "Main"}]},
        ]})
    view = _view(qtbot, form)
    name = view.editor("name")
    assert isinstance(name, LineEditor)
    assert name.edit.placeholderText() == "given name" and name.edit.maxLength() == 5
    caption = view.row_widget(("name",)).findChildren(QLabel)[0]
    assert caption.text() == "1. Name"
    weight = view.editor("weight")
    assert isinstance(weight, LineEditor)
    assert any(lbl.text() == "kg" for lbl in weight.findChildren(QLabel))
    QTest.keyClicks(weight.edit, "71.5")
    assert view.answers[("weight",)] == [{"valueQuantity": {"value": 71.5, "unit": "kg"}}]
    kids = view.editor("kids")
    assert isinstance(kids, SpinEditor) and kids.spin.text() == "–"  # no answer yet
    kids.spin.setFocus()
    QTest.keyClick(kids.spin, Qt.Key.Key_Up)
    assert view.answers[("kids",)] == [{"valueInteger": 0}]
    pet = view.editor("pet")
    assert isinstance(pet, ChoiceEditor) and pet.other is not None
    assert pet.focus_widget().toolTip() == "Any animal at home"
    assert any(lbl.text() == "Any animal at home" for lbl in
               view.row_widget(("pet",)).findChildren(QLabel))
    click(pet.buttons[0])
    assert pet.clear_button is not None  # optional and answered: it can be cleared
    QTest.keyClicks(pet.other, "parrot")  # the other answer replaces the option
    assert view.answers[("pet",)] == [{"valueString": "parrot"}]
    assert not pet.buttons[0].isChecked()
    click(pet.buttons[1])
    assert view.answers[("pet",)] == [{"valueString": "dog"}] and pet.other.text() == ""
    click(pet.clear_button)
    assert ("pet",) not in view.answers
    phones = view.editor("phones")
    type_answer(phones, [{"valueString": "555-1"}, {"valueString": "555-2"}])
    assert view.answers[("phones",)] == [{"valueString": "555-1"}, {"valueString": "555-2"}]
    # Read-only, an answered optional question offers nothing to clear.
    shown = _view(qtbot, form, answers={("pet",): [{"valueString": "cat"}]}, read_only=True)
    shown_pet = shown.editor("pet")
    assert isinstance(shown_pet, ChoiceEditor) and shown_pet.buttons[0].isChecked()
    assert shown_pet.clear_button is None and not shown_pet.buttons[1].isEnabled()
    fixed = view.editor("fixed")
    assert isinstance(fixed, LineEditor) and fixed.edit.isReadOnly()
    assert fixed.edit.text() == "Main"
