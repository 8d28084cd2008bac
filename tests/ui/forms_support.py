"""Driving the form renderer the way a person does: clicks, key presses, the real widgets.

:func:`fill` gives a :class:`FormView` a set of answers (keyed as the core keys them) by
clicking the option's radio button or check box, picking it in the drop-down, typing into
the field, or clicking "Add another" for a new instance of a repeating group.
The shared FHIR data is read where the core tests read it (``../shared/data/fhir``).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from collabdesk.forms.answers import same_value, value_of
from collabdesk.forms.model import Answer, Form, Key
from collabdesk.forms.parse import form_id, parse_questionnaire
from collabdesk.ui.context import AppContext
from collabdesk.ui.forms.editors import (
    ChoiceEditor,
    Editor,
    LineEditor,
    RepeatEditor,
    SpinEditor,
    TextEditor,
)
from collabdesk.ui.forms.renderer import FormView
from tests.core.test_forms import DATA, PAIRS, QUESTIONNAIRES
from tests.support.required import unavailable

__all__ = ["DATA", "PAIRS", "QUESTIONNAIRES", "click", "fill", "shared", "shared_json",
           "type_answer"]


def shared(name: str) -> Path:
    path = DATA / name
    if not path.is_file():
        unavailable(f"The shared FHIR test data is not at {DATA}.")
    return path


def shared_json(name: str) -> dict[str, Any]:
    value = json.loads(shared(name).read_bytes())
    assert isinstance(value, dict)
    return value


def _typed(answer: Answer) -> str:
    key, value = value_of(answer)
    if key == "valueQuantity":
        value = value["value"]
    if key == "valueCoding":
        value = value["code"]
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def click(widget: QWidget) -> None:
    """Click ``widget`` with the mouse, scrolling the form to it first as a person would."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, FormView):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)
        QApplication.processEvents()
    # A radio button or check box takes a click on its box or its words, not the row's end.
    at = QPoint(min(8, widget.width() // 2), widget.height() // 2)
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def type_answer(editor: Editor, answers: list[Answer]) -> None:
    """Enter ``answers`` into ``editor`` through its widgets."""
    if isinstance(editor, ChoiceEditor):
        for answer in answers:
            found = next((n for n, (_t, a) in enumerate(editor.options)
                          if same_value(answer, value_of(a)[1])), None)
            if found is not None:
                if editor.combo is not None:
                    editor.combo.setFocus()
                    editor.combo.setCurrentIndex(found + 1)
                else:
                    click(editor.buttons[found])
            else:
                assert editor.other is not None, f"no option for {answer}"
                QTest.keyClicks(editor.other, str(value_of(answer)[1]))
    elif isinstance(editor, RepeatEditor):
        for n, answer in enumerate(answers):
            if n >= len(editor.editors):
                click(editor.add_button)
            type_answer(editor.editors[n], [answer])
    elif isinstance(editor, LineEditor):
        editor.edit.clear()
        QTest.keyClicks(editor.edit, _typed(answers[0]))
    elif isinstance(editor, TextEditor):
        QTest.keyClicks(editor.edit, _typed(answers[0]))
    elif isinstance(editor, SpinEditor):
        editor.spin.setFocus()
        editor.spin.setValue(int(_typed(answers[0])))
    else:
        raise AssertionError(f"cannot drive {type(editor).__name__}")


def _add_instances(view: FormView, key: Key) -> None:
    """Click "Add another" until the repeating groups ``key`` lies in have its instance."""
    for pos in range(1, len(key), 2):
        index = key[pos]
        gkey = key[:pos]
        if not isinstance(index, int) or gkey not in view._blocks:
            continue
        _instances, block, _item = view._blocks[gkey]
        while view._instances[gkey] <= index:
            add = next(b for b in block.findChildren(QPushButton)
                       if b.accessibleName().startswith("Add another:")
                       and b.parent() is block)
            click(add)


def fill(view: FormView, answers: dict[Key, list[Answer]]) -> None:
    """Give ``view`` every typed answer in ``answers`` (calculated items are skipped)."""
    for key in sorted(answers, key=lambda k: [str(p) for p in k]):
        _add_instances(view, key)
    for key, values in answers.items():
        row = view._rows.get(key)
        assert row is not None, f"no widget for {key}"
        if row.item.calculated is not None or row.editor is None:
            continue
        type_answer(row.editor, values)


def _demo_phq9() -> Form:
    from collabdesk.forms.demo_forms import PHQ9

    return parse_questionnaire(PHQ9)


def form_fill_dialog(context: AppContext, case_id: str, parent: QWidget | None) -> QDialog:
    """The fill dialog on the demo PHQ-9 (for the screen-size and accessibility tours)."""
    from collabdesk.ui.forms.dialogs import FillDialog

    form = _demo_phq9()
    return FillDialog(context, form_id(form.canonical), form, case_id=case_id, parent=parent)


def form_response_dialog(context: AppContext, case_id: str,
                         parent: QWidget | None) -> QDialog:
    """A saved PHQ-9 response read-only with two versions (made up, not stored)."""
    import random

    from collabdesk.forms.demo_forms import phq9_answers
    from collabdesk.forms.evaluate import evaluate
    from collabdesk.services.forms import ResponseDetail, ResponseVersion
    from collabdesk.ui.forms.dialogs import ResponseDialog

    form = _demo_phq9()
    answers = phq9_answers(11, random.Random(3))
    state = evaluate(form, answers)
    now = dt.datetime.now(dt.UTC)
    versions = [ResponseVersion(
        f"v{n}", "v1", (), form_id(form.canonical), form.url, form.version, form.title, None,
        case_id, status, state.score, None, "Ada Admin", now, (), True, False, False,
        n == 2, False) for n, status in ((1, "completed"), (2, "amended"))]
    detail = ResponseDetail(versions[1], form, answers, {}, state)
    return ResponseDialog(context, detail, versions, parent)


def shared_forms_dialog(parent: QWidget | None) -> QDialog:
    """The forms a partner sent with its referral: a PHQ-9 read with its form, and one whose
    definition could not be read (raw answers), made up, not stored."""
    import random

    from collabdesk.forms.demo_forms import phq9_answers
    from collabdesk.forms.evaluate import evaluate
    from collabdesk.services.referrals import SharedResponse
    from collabdesk.ui.forms.dialogs import SharedFormsDialog

    form = _demo_phq9()
    answers = phq9_answers(11, random.Random(3))
    raw = {"resourceType": "QuestionnaireResponse", "status": "completed",
           "item": [{"linkId": "q1", "text": "Household size", "answer": [{"valueInteger": 4}]}]}
    return SharedFormsDialog([
        SharedResponse(form, form.label, answers, evaluate(form, answers), {}),
        SharedResponse(None, "http://example.org/household", {}, None, raw)], parent)


def outcome_dialog(context: AppContext, case_id: str, parent: QWidget | None, *,
                   partner_name: str = "Eastside Legal Clinic") -> QDialog:
    """Recording what a partner off the hub did with a referral (made up, not stored)."""
    from collabdesk.domain import Referral
    from collabdesk.ui.dialogs.outcome import OutcomeDialog

    referral = Referral(
        "0" * 24 + "9c3f21ab", "outgoing", case_id, None, None, partner_name, None,
        "Tenant advice", "legal", "Eviction", "urgent", {}, None, "sent", "", None, None,
        None)
    return OutcomeDialog(context, referral, parent)
