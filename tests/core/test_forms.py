"""The forms core on the real shared FHIR data: every Questionnaire there imports, the scores
and risk flags computed from each matching QuestionnaireResponse's answers are what that
response says, responses round-trip to FHIR JSON, and every kind of bad input is refused
with one clear error naming the item.

The data is read where the project keeps it (``../shared/data/fhir`` beside the checkout),
never copied into the repository.
"""

from __future__ import annotations

import base64
import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest

from collabdesk import messages
from collabdesk.forms import fhirpath
from collabdesk.forms.answers import (
    MAX_ATTACHMENT_BYTES,
    answers_from_response,
    check_answer,
    initial_answers,
    make_answer,
)
from collabdesk.forms.errors import AnswerError, FormError
from collabdesk.forms.evaluate import evaluate, plan_for
from collabdesk.forms.model import Form
from collabdesk.forms.parse import MAX_BYTES, parse_questionnaire
from tests.support.required import unavailable

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "fhir"
QUESTIONNAIRES = sorted(p.name for p in DATA.glob("Questionnaire-*.json"))
# Each QuestionnaireResponse there and the Questionnaire it answers.
PAIRS = {
    "QuestionnaireResponse-sdc-phq9.json": "Questionnaire-sdc-phq9-contained-valueset-score.json",
    "QuestionnaireResponse-gravity-hunger-vital-sign.json":
        "Questionnaire-gravity-hunger-vital-sign.json",
    "QuestionnaireResponse-gravity-prapare.json": "Questionnaire-gravity-prapare.json",
    "QuestionnaireResponse-uscore-audit-c.json": "Questionnaire-uscore-audit-c.json",
}


def _raw(name: str) -> bytes:
    path = DATA / name
    if not path.is_file():
        unavailable(f"The shared FHIR test data is not at {DATA}.")
    return path.read_bytes()


def _json(name: str) -> dict[str, Any]:
    value = json.loads(_raw(name))
    assert isinstance(value, dict)
    return value


def _form(name: str) -> Form:
    return parse_questionnaire(_raw(name))


def _refused(resource: Any, code: str) -> FormError:
    with pytest.raises(FormError) as caught:
        parse_questionnaire(resource if isinstance(resource, bytes | str)
                            else json.dumps(resource))
    assert caught.value.reason == code, str(caught.value)
    return caught.value


def test_the_shared_data_is_there() -> None:
    _raw("README.md")
    assert len(QUESTIONNAIRES) == 8


@pytest.mark.parametrize("name", QUESTIONNAIRES or ["(missing)"])
def test_every_shared_questionnaire_imports(name: str) -> None:
    form = _form(name)
    items = form.walk()
    assert items and all(i.link_id for i in items)
    assert len({i.link_id for i in items}) == len(items)
    # The canonical JSON reads back as the same resource.
    assert json.loads(form.canonical) == _json(name)
    assert form.url
    # An unfilled form evaluates without any expression failing.
    state = evaluate(form, initial_answers(form))
    assert state.problems == ()


def test_what_each_form_ignores_is_listed_as_a_warning() -> None:
    hvs = _form("Questionnaire-gravity-hunger-vital-sign.json")
    assert any("targetStructureMap" in w for w in hvs.warnings)
    assert any("'/88124-3'" in w and "twice" in w for w in hvs.warnings)
    every = _form("Questionnaire-sdc-test-all-data-types.json")
    assert any("autocomplete" in w for w in every.warnings)
    assert any("cannot be read offline" in w for w in every.warnings)
    lhc = _form("Questionnaire-lhc-phq9-answeroption-variables-score.json")
    assert lhc.url.startswith("urn:collabdesk:questionnaire:")
    assert any("no url" in w for w in lhc.warnings)


def test_the_parsed_items_carry_what_a_renderer_needs() -> None:
    audit = _form("Questionnaire-uscore-audit-c.json")
    drinks = audit.by_link_id["/68517-2"]
    assert drinks.type == "decimal" and drinks.unit and drinks.help  # unit and help bubble
    choice = audit.by_link_id["/68519-8"]
    assert choice.options and all(o.weight is not None for o in choice.options)
    assert all(o.prefix for o in choice.options)
    phq = _form("Questionnaire-sdc-phq9-contained-valueset-score.json")
    q1 = phq.by_link_id["H1/T1/Q1"]
    assert [o.weight for o in q1.options] == [0, 1, 2, 3]  # from the contained ValueSet
    assert phq.by_link_id["H1/TS"].calculated is not None
    lhc = _form("Questionnaire-lhc-phq9-answeroption-variables-score.json")
    assert lhc.by_link_id["/44250-9"].item_control == "drop-down"
    assert lhc.by_link_id["/44250-9"].required
    nested = _form("Questionnaire-sdc-test-repeatable-nested-groups.json")
    assert any(i.type == "group" and i.repeats for i in nested.walk())
    assert max(len(nested.parents[i.link_id]) for i in nested.walk()) >= 2
    enable = _form("Questionnaire-sdc-test-enablewhen.json")
    operators = {c.operator for i in enable.walk() for c in i.enable_when}
    assert operators >= {"=", "!=", "<", "<=", ">", ">="}
    assert {i.enable_behavior for i in enable.walk() if i.enable_when} == {"any", "all"}


@pytest.mark.parametrize("response", sorted(PAIRS))
def test_answers_from_each_shared_response_fit_its_form_and_round_trip(response: str) -> None:
    form = _form(PAIRS[response])
    qr = _json(response)
    answers, problems = answers_from_response(form, qr["item"])
    assert problems == []
    assert answers
    state = evaluate(form, answers)
    assert state.problems == ()
    # The response the form state gives back holds exactly the answers it was read from.
    again, problems = answers_from_response(form, state.response_items)
    assert problems == []
    assert {k: v for k, v in again.items()} == {
        **answers, **{k: v for k, v in state.calculated.items()}}
    # …and it is FHIR JSON: every question item carries linkId and answer[x] elements.
    text = json.dumps({"resourceType": "QuestionnaireResponse", "status": "completed",
                       "item": state.response_items})
    assert json.loads(text)["item"][0]["linkId"]


def _stated(qr: dict[str, Any], link_id: str) -> list[dict[str, Any]]:
    stack = list(qr["item"])
    while stack:
        entry = stack.pop()
        if entry["linkId"] == link_id:
            return list(entry["answer"])
        stack.extend(entry.get("item", ()))
        for answer in entry.get("answer", ()):
            stack.extend(answer.get("item", ()))
    raise AssertionError(f"{link_id} not in the response")


def test_hunger_vital_sign_risk_is_what_the_response_says() -> None:
    form = _form("Questionnaire-gravity-hunger-vital-sign.json")
    qr = _json("QuestionnaireResponse-gravity-hunger-vital-sign.json")
    typed = {k: v for k, v in answers_from_response(form, qr["item"])[0].items()
             if k != ("/88124-3",)}  # the calculated risk is computed, not typed
    state = evaluate(form, typed)
    stated = _stated(qr, "/88124-3")[0]["valueCoding"]
    computed = state.calculated[("/88124-3",)][0]["valueCoding"]
    assert (computed["system"], computed["code"]) == (stated["system"], stated["code"])
    assert computed["code"] == "LA19952-3"  # at risk
    # Both answered "never true": no risk; nothing answered: no risk flag at all.
    never = next(o for o in form.by_link_id["/88122-7"].options
                 if o.value["valueCoding"]["code"] == "LA28398-8")
    calm = {("/88122-7",): [never.value], ("/88123-5",): [never.value]}
    assert evaluate(form, calm).calculated[("/88124-3",)][0]["valueCoding"]["code"] == (
        "LA19983-8")
    assert ("/88124-3",) not in evaluate(form, {}).calculated


def test_audit_c_total_is_what_the_response_says() -> None:
    form = _form("Questionnaire-uscore-audit-c.json")
    qr = _json("QuestionnaireResponse-uscore-audit-c.json")
    answers = answers_from_response(form, qr["item"])[0]
    stated = _stated(qr, "/75626-2")[0]["valueDecimal"]
    # AUDIT-C has no calculatedExpression: its total is the sum of the answers' ordinal values.
    assert evaluate(form, answers).ordinal_total == stated
    assert evaluate(form, answers).score == stated


def _sum_of_ordinals(form: Form, answers: dict[Any, list[dict[str, Any]]]) -> float:
    total = 0.0
    for key, values in answers.items():
        item = form.by_link_id[str(key[-1])]
        for value in values:
            option = next(o for o in item.options
                          if o.value["valueCoding"]["code"] == value["valueCoding"]["code"])
            assert option.weight is not None
            total += option.weight
    return total


def test_phq9_score_follows_the_answers_both_ways_the_data_writes_it() -> None:
    sdc = _form("Questionnaire-sdc-phq9-contained-valueset-score.json")
    qr = _json("QuestionnaireResponse-sdc-phq9.json")
    answers = {k: v for k, v in answers_from_response(sdc, qr["item"])[0].items()
               if k[-1] != "H1/TS"}
    state = evaluate(sdc, answers)
    # The shared response's nine answers (0,0,0,1,2,1,3,2,1) add up to 10; the total it
    # states is 13, which its own answers do not give. The score follows the answers.
    assert _sum_of_ordinals(sdc, answers) == 10
    assert _stated(qr, "H1/TS")[0]["valueQuantity"]["value"] == 13
    assert state.scores == {"H1/TS": 10} and state.score == 10
    assert state.calculated[("H1/T1", 0, "H1/TS")] == [{"valueQuantity": {"value": 10}}]

    # The LHC PHQ-9 (answerOption + variables + iif) gives the same score for the same
    # answers, question by question in the same order.
    lhc = _form("Questionnaire-lhc-phq9-answeroption-variables-score.json")
    questions = [i for i in lhc.walk() if i.options][:9]
    chosen = [sdc.by_link_id[str(k[-1])].options.index(next(
        o for o in sdc.by_link_id[str(k[-1])].options
        if o.value["valueCoding"]["code"] == v[0]["valueCoding"]["code"]))
        for k, v in sorted(answers.items(), key=lambda kv: str(kv[0][-1]))]
    lhc_answers = {(q.link_id,): [dict(q.options[n].value)] for q, n in zip(questions, chosen,
                                                                          strict=True)}
    lhc_state = evaluate(lhc, lhc_answers)
    assert lhc_state.problems == ()
    assert lhc_state.score == 10
    assert evaluate(lhc, {}).score is None  # nothing answered: no score, not zero


def test_prapare_reads_nested_groups_and_multiple_answers() -> None:
    form = _form("Questionnaire-gravity-prapare.json")
    qr = _json("QuestionnaireResponse-gravity-prapare.json")
    answers, problems = answers_from_response(form, qr["item"])
    assert problems == []
    assert any(len(k) >= 5 for k in answers)  # nested groups: (g, 0, g, 0, question)
    assert any(len(v) > 1 for v in answers.values())  # a repeating multi-select
    assert evaluate(form, answers).errors == {}


def test_enable_when_operators_and_behaviour() -> None:
    form = _form("Questionnaire-sdc-test-enablewhen.json")
    state = evaluate(form, {})
    conditional = [i for i in form.walk() if i.enable_when]
    # Most conditional items start disabled; "!=" and "exists false" ones start enabled.
    disabled = [i for i in conditional if i.link_id not in _enabled_ids(state)]
    assert disabled
    for item in conditional:
        cond = item.enable_when[0]
        if cond.operator != "=" or item.enable_behavior != "any" or len(item.enable_when) > 1:
            continue
        question = form.by_link_id[cond.question]
        key = (*_prefix(form, question.link_id), question.link_id)
        answer = (make_answer(question, cond.answer) if not isinstance(cond.answer, dict)
                  else {"valueCoding": cond.answer})
        after = evaluate(form, {key: [answer]})
        assert item.link_id in _enabled_ids(after), item.link_id


def _enabled_ids(state: Any) -> set[str]:
    """The linkIds of the enabled items (a group's key ends with its instance number)."""
    return {str(k[-2] if isinstance(k[-1], int) else k[-1]) for k in state.enabled}


def _prefix(form: Form, link_id: str) -> tuple[Any, ...]:
    out: list[Any] = []
    for parent in form.parents[link_id]:
        out += [parent, 0]
    return tuple(out)


def test_required_and_typed_answers_are_checked_beside_the_item() -> None:
    form = _form("Questionnaire-lhc-phq9-answeroption-variables-score.json")
    required = {(i.link_id,) for i in form.walk() if i.required}
    assert len(required) >= 8
    state = evaluate(form, {})
    assert set(state.errors) == required
    assert all("needs an answer" in m for m in state.errors.values())
    item = form.by_link_id["/44250-9"]
    with pytest.raises(AnswerError) as caught:
        make_answer(item, {"valueInteger": 3})
    assert caught.value.link_id == "/44250-9"
    wrong = evaluate(form, {("/44250-9",): [{"valueInteger": 3}]})
    assert "valueCoding" in wrong.errors[("/44250-9",)]
    stranger = evaluate(form, {("/44250-9",): [{"valueCoding": {"code": "LA-nope"}}]})
    assert "not one of" in stranger.errors[("/44250-9",)]


def test_an_attachment_of_exactly_the_limit_fits_and_one_byte_more_does_not() -> None:
    form = parse_questionnaire(json.dumps({
        "resourceType": "Questionnaire", "id": "id-check", "status": "active",
        "item": [{"linkId": "id-card", "text": "ID card", "type": "attachment"}]}).encode())
    item = form.by_link_id["id-card"]
    for size in (MAX_ATTACHMENT_BYTES - 1, MAX_ATTACHMENT_BYTES):  # padded with "=" and "=="
        data = base64.b64encode(b"x" * size).decode()
        assert check_answer(item, {"valueAttachment": {"data": data}}) is None, size
    over = base64.b64encode(b"x" * (MAX_ATTACHMENT_BYTES + 1)).decode()
    problem = check_answer(item, {"valueAttachment": {"data": over}})
    assert problem is not None and problem.code == "forms.answer.attachment-too-large"


def test_repeating_groups_get_an_instance_each() -> None:
    form = _form("Questionnaire-sdc-test-repeatable-nested-groups.json")
    group = next(i for i in form.walk() if i.type == "group" and i.repeats)
    question = next(i for i in group.items if i.type == "string")
    prefix = (*_prefix(form, group.link_id), group.link_id)
    answers = {(*prefix, n, question.link_id): [{"valueString": f"member {n}"}]
               for n in range(3)}
    state = evaluate(form, answers)
    again, problems = answers_from_response(form, state.response_items)
    assert problems == [] and again == answers


def _random_answers(form: Form, rng: random.Random) -> list[dict[Any, Any]]:
    """A sequence of answer sets, each one choice different from the one before."""
    questions = [((*_prefix(form, i.link_id), i.link_id), i) for i in form.walk()
                 if i.options and i.calculated is None]
    answers: dict[Any, Any] = {}
    out = []
    for _ in range(40):
        key, item = rng.choice(questions)
        if rng.random() < 0.15:
            answers.pop(key, None)
        else:
            answers[key] = [dict(rng.choice(item.options).value)]
        out.append(dict(answers))
    return out


@pytest.mark.parametrize("name", ["Questionnaire-lhc-phq9-answeroption-variables-score.json",
                                  "Questionnaire-gravity-hunger-vital-sign.json",
                                  "Questionnaire-sdc-phq9-contained-valueset-score.json"])
def test_reused_results_equal_a_fresh_evaluation(name: str) -> None:
    form = _form(name)
    plan = plan_for(form)
    for answers in _random_answers(form, random.Random(name)):
        reused = evaluate(form, answers)
        plan.memo.clear()
        fresh = evaluate(form, answers)
        assert reused == fresh


def test_an_expression_reading_the_response_implicitly_is_never_stale() -> None:
    implicit = _calculated("item.where(linkId = 'b').answer.value.length()")
    form = parse_questionnaire(json.dumps(implicit))
    for text in ("ab", "abcd", "a"):
        state = evaluate(form, {("b",): [{"valueString": text}]})
        assert state.calculated[("total",)] == [{"valueInteger": len(text)}]


def test_calculations_in_a_repeating_group_are_per_instance() -> None:
    members = {
        "resourceType": "Questionnaire", "url": "urn:test:members", "status": "active",
        "item": [{"linkId": "member", "type": "group", "repeats": True, "text": "Member",
                  "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/variable",
                                 "valueExpression": {
                                     "name": "age", "language": "text/fhirpath",
                                     "expression": "%context.item.where(linkId = 'age')"
                                                   ".answer.value"}}],
                  "item": [{"linkId": "age", "type": "integer", "text": "Age"},
                           {"linkId": "adult", "type": "boolean", "text": "Adult",
                            "readOnly": True, "extension": [{
                                "url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/"
                                       "sdc-questionnaire-calculatedExpression",
                                "valueExpression": {"language": "text/fhirpath",
                                                    "expression": "%age >= 18"}}]}]}]}
    form = parse_questionnaire(json.dumps(members))
    ages = {("member", n, "age"): [{"valueInteger": age}] for n, age in enumerate((34, 9, 18))}
    state = evaluate(form, ages)
    assert [state.calculated[("member", n, "adult")] for n in range(3)] == [
        [{"valueBoolean": True}], [{"valueBoolean": False}], [{"valueBoolean": True}]]


# -- bad input ------------------------------------------------------------------------------


def _minimal(**extra: Any) -> dict[str, Any]:
    return {"resourceType": "Questionnaire", "url": "urn:test:q", "version": "1",
            "status": "active",
            "item": [{"linkId": "a", "type": "boolean", "text": "A?"},
                     {"linkId": "b", "type": "string", "text": "B?"}], **extra}


def test_malformed_json_is_refused() -> None:
    error = _refused(b'{"resourceType": "Questionnaire", "item": [', "malformed-json")
    assert "not valid JSON" in str(error)


def test_something_else_than_a_questionnaire_is_refused() -> None:
    error = _refused(_json("QuestionnaireResponse-sdc-phq9.json"), "not-a-questionnaire")
    assert "QuestionnaireResponse" in str(error)
    _refused(b"[1, 2]", "not-a-questionnaire")


def test_an_stu3_questionnaire_is_refused_naming_the_item() -> None:
    stu3 = _minimal(item=[{"linkId": "q1", "type": "choice", "text": "Pick",
                           "option": [{"valueCoding": {"code": "x"}}]}])
    error = _refused(stu3, "stu3")
    assert error.link_id == "q1" and "STU3" in str(error)
    old_enable = _minimal()
    old_enable["item"][1]["enableWhen"] = [{"question": "a", "hasAnswer": True}]
    assert _refused(old_enable, "stu3").link_id == "b"


def test_duplicate_link_ids_are_refused() -> None:
    bad = _minimal()
    bad["item"][1]["linkId"] = "a"
    error = _refused(bad, "duplicate-link-id")
    assert error.link_id == "a" and "'a'" in str(error)


def test_enable_when_on_an_unknown_item_is_refused() -> None:
    bad = _minimal()
    bad["item"][1]["enableWhen"] = [{"question": "zz", "operator": "exists",
                                     "answerBoolean": True}]
    error = _refused(bad, "enable-when-unknown")
    assert error.link_id == "b" and "'zz'" in str(error)


def test_form_errors_name_a_catalogue_code_and_read_in_the_current_language() -> None:
    bad = _minimal()
    bad["item"][1]["linkId"] = "a"
    error = _refused(bad, "duplicate-link-id")
    assert error.code == "forms.duplicate-link-id"
    assert str(error) == ("Item 'a': This linkId is used by more than one item; each item "
                          "needs its own.")
    empty = _refused(_minimal(item=[]), "invalid")
    assert (empty.code, empty.link_id, str(empty)) == ("forms.no-items", None,
                                                       "The form has no items.")
    item = parse_questionnaire(json.dumps(_minimal())).by_link_id["a"]
    with pytest.raises(AnswerError) as caught:
        make_answer(item, {"valueBoolean": "yes"})
    wrong = caught.value
    assert (wrong.reason, wrong.link_id, wrong.code) == ("wrong-type", "a",
                                                         "forms.answer.invalid-value")
    assert str(wrong) == "Item 'a': valueBoolean 'yes' is not a valid value of that type."
    french = {"Item {link_id}: {problem}": "Élément {link_id} : {problem}",
              "The form has no items.": "Le formulaire n'a aucun élément.",
              "{key} {value} is not a valid value of that type.":
                  "{value} n'est pas une valeur {key} valable."}
    messages.set_translator(lambda text: french.get(text, text))
    try:
        assert str(wrong) == "Élément 'a' : 'yes' n'est pas une valeur valueBoolean valable."
        assert str(empty) == "Le formulaire n'a aucun élément."
    finally:
        messages.set_translator(None)


def test_enable_when_in_a_cycle_is_refused() -> None:
    bad = _minimal()
    bad["item"][0]["enableWhen"] = [{"question": "b", "operator": "exists",
                                     "answerBoolean": True}]
    bad["item"][1]["enableWhen"] = [{"question": "a", "operator": "=", "answerBoolean": True}]
    error = _refused(bad, "enable-when-cycle")
    assert error.link_id in ("a", "b") and "circle" in str(error)


def _calculated(expression: str) -> dict[str, Any]:
    bad = _minimal()
    bad["item"].append({"linkId": "total", "type": "integer", "text": "Total", "extension": [{
        "url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/"
               "sdc-questionnaire-calculatedExpression",
        "valueExpression": {"language": "text/fhirpath", "expression": expression}}]})
    return bad


def test_fhirpath_that_does_not_parse_is_refused() -> None:
    error = _refused(_calculated("%resource.item.where(linkId = 'a'"), "expression-syntax")
    assert error.link_id == "total" and "does not parse" in str(error)


def test_fhirpath_nested_too_deeply_is_refused() -> None:
    error = _refused(_calculated("(" * 200 + "1" + ")" * 200), "expression-runaway")
    assert error.link_id == "total"


def test_runaway_fhirpath_is_stopped_and_reported() -> None:
    # Each variable doubles the one before: 2^30 items if nothing stopped it.
    bad = _minimal(extension=[
        {"url": "http://hl7.org/fhir/StructureDefinition/variable",
         "valueExpression": {"name": f"v{n}", "language": "text/fhirpath",
                             "expression": "1 | 2" if n == 0 else
                             f"%v{n - 1}.combine(%v{n - 1})"}}
        for n in range(30)])
    form = parse_questionnaire(json.dumps(bad))
    state = evaluate(form, {})
    assert any("was stopped" in p for p in state.problems)
    # One evaluation on its own: a typed error naming the bound that stopped it.
    compiled = fhirpath.compile_expression("(1 | 2).repeat($this + 1)", link_id="x")
    with pytest.raises(FormError) as caught:
        fhirpath.evaluate(compiled, {}, {}, {})
    assert caught.value.reason == "expression-runaway" and caught.value.link_id == "x"


def test_a_5_mb_questionnaire_is_refused_before_it_is_read() -> None:
    big = _minimal(description="x" * (5 * 1024 * 1024))
    error = _refused(json.dumps(big).encode(), "too-large")
    assert "5.0 MB" in str(error)
    assert MAX_BYTES < 5 * 1024 * 1024


def test_features_outside_the_subset_are_refused_naming_the_item() -> None:
    reference = _minimal()
    reference["item"][1]["type"] = "reference"
    assert _refused(reference, "unsupported").link_id == "b"
    prefill = _minimal()
    prefill["item"][0]["extension"] = [{
        "url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-"
               "initialExpression",
        "valueExpression": {"language": "text/fhirpath", "expression": "true"}}]
    assert "initialExpression" in str(_refused(prefill, "unsupported"))
    cql = _calculated("1")
    cql["item"][-1]["extension"][0]["valueExpression"]["language"] = "text/cql"
    assert _refused(cql, "unsupported").link_id == "total"
    option_time = _minimal()
    option_time["item"][1] = {"linkId": "b", "type": "choice",
                              "answerOption": [{"valueTime": "10:00:00"}]}
    assert _refused(option_time, "unsupported").link_id == "b"


def test_a_refused_form_never_comes_back_half_read() -> None:
    # The same resource, fixed, imports: the refusal left no state behind.
    bad = _minimal()
    bad["item"][1]["linkId"] = "a"
    _refused(bad, "duplicate-link-id")
    good = copy.deepcopy(bad)
    good["item"][1]["linkId"] = "b"
    assert [i.link_id for i in parse_questionnaire(json.dumps(good)).walk()] == ["a", "b"]
