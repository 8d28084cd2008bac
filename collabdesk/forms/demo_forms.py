"""The demo agency's forms, written for CollabDesk (not copied from anywhere): household
fields on the client profile, a food-security screen and a depression assessment.

The screening questions are the published instruments' own wording: the Hunger Vital Sign
(Hager et al., Pediatrics 2010; free to use) and the PHQ-9 (© Pfizer, free to reproduce,
no permission required). Answer codes are LOINC's (LOINC © Regenstrief Institute, Inc.).
:func:`phq9_answers` and :func:`hvs_answers` make realistic answer sets for a given score or
result.
"""

from __future__ import annotations

import random
from typing import Any

from collabdesk.forms.extensions import EXT_SEARCHABLE, EXT_SUGGESTS_NEED

_FHIR = "http://hl7.org/fhir/StructureDefinition/"
_CALCULATED = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression"
_LOINC = "http://loinc.org"
_BASE = "urn:collabdesk:demo:questionnaire:"


def _control(code: str) -> dict[str, Any]:
    return {"url": _FHIR + "questionnaire-itemControl", "valueCodeableConcept": {"coding": [
        {"system": "http://hl7.org/fhir/questionnaire-item-control", "code": code}]}}


def _expression(url: str, text: str, name: str = "") -> dict[str, Any]:
    value = {"language": "text/fhirpath", "expression": text}
    if name:
        value["name"] = name
    return {"url": url, "valueExpression": value}


def _suggests(domain: str, severity: str, reason: str, condition: str) -> dict[str, Any]:
    return {"url": EXT_SUGGESTS_NEED, "extension": [
        {"url": "domain", "valueCode": domain}, {"url": "severity", "valueCode": severity},
        {"url": "reason", "valueString": reason},
        {"url": "condition", "valueExpression": {"language": "text/fhirpath",
                                                 "expression": condition}}]}


def _coding(code: str, display: str, system: str | None = None) -> dict[str, Any]:
    return {"valueCoding": {**({"system": system} if system else {}), "code": code,
                            "display": display}}


HOUSING = (("stable", "Stable housing"), ("doubled-up", "Staying with family or friends"),
           ("shelter", "In a shelter"), ("unsheltered", "Sleeping outside or in a vehicle"))
INCOME = (("work", "Work"), ("benefits", "Benefits or pension"), ("none", "No income"),
          ("other", "Other"))

HOUSEHOLD: dict[str, Any] = {
    "resourceType": "Questionnaire", "url": _BASE + "household", "version": "1.0",
    "status": "active", "title": "Household", "name": "Household",
    "description": "Household details the agency records for every client.",
    "item": [
        {"linkId": "housing", "type": "choice", "text": "Housing status", "required": True,
         "extension": [_control("drop-down"), {"url": EXT_SEARCHABLE, "valueBoolean": True}],
         "answerOption": [_coding(c, d) for c, d in HOUSING]},
        {"linkId": "size", "type": "integer", "text": "People in the household",
         "required": True,
         "extension": [{"url": _FHIR + "minValue", "valueInteger": 1},
                       {"url": _FHIR + "maxValue", "valueInteger": 20}]},
        {"linkId": "children", "type": "integer", "text": "Of whom children under 18",
         "extension": [{"url": _FHIR + "minValue", "valueInteger": 0},
                       {"url": _FHIR + "maxValue", "valueInteger": 19}]},
        {"linkId": "income", "type": "choice", "text": "Main source of income",
         "extension": [_control("radio-button")],
         "answerOption": [_coding(c, d) for c, d in INCOME]},
    ],
}

_HVS_ANSWERS = (("LA28397-0", "Often true"), ("LA6729-3", "Sometimes true"),
                ("LA28398-8", "Never true"), ("LA15775-2", "Don't know/refused"))
HVS_POSITIVE = ("LA28397-0", "LA6729-3")
_AT_RISK = "%resource.item.where(linkId = 'risk').answer.value.code = 'LA19952-3'"

FOOD_SCREEN: dict[str, Any] = {
    "resourceType": "Questionnaire", "url": _BASE + "food-security", "version": "1.0",
    "status": "active", "title": "Food security screen (Hunger Vital Sign)",
    "name": "FoodSecurityScreen",
    "extension": [
        _expression(_FHIR + "variable",
                    "%resource.item.where(linkId = 'worried').answer.value.code", "worried"),
        _expression(_FHIR + "variable",
                    "%resource.item.where(linkId = 'ran-out').answer.value.code", "ranOut"),
        _suggests("food", "high", "Positive food-security screen (Hunger Vital Sign)",
                  _AT_RISK),
    ],
    "item": [
        {"linkId": "intro", "type": "display",
         "text": "I'm going to read two statements that people have made about their food "
                 "situation. Please tell me whether each was often true, sometimes true or "
                 "never true for your household in the last 12 months."},
        {"linkId": "worried", "type": "choice", "required": True,
         "text": "Within the past 12 months we worried whether our food would run out before "
                 "we got money to buy more.",
         "extension": [_control("radio-button")],
         "answerOption": [_coding(c, d, _LOINC) for c, d in _HVS_ANSWERS]},
        {"linkId": "ran-out", "type": "choice", "required": True,
         "text": "Within the past 12 months the food we bought just didn't last and we didn't "
                 "have money to get more.",
         "extension": [_control("radio-button")],
         "answerOption": [_coding(c, d, _LOINC) for c, d in _HVS_ANSWERS]},
        {"linkId": "risk", "type": "choice", "readOnly": True, "text": "Food insecurity risk",
         "extension": [_expression(
             _CALCULATED,
             "iif(%worried.exists() or %ranOut.exists(), iif(('LA28397-0' | 'LA6729-3') "
             "contains %worried or ('LA28397-0' | 'LA6729-3') contains %ranOut, "
             "%questionnaire.item.where(linkId = 'risk').answerOption.valueCoding"
             ".where(code = 'LA19952-3'), %questionnaire.item.where(linkId = 'risk')"
             ".answerOption.valueCoding.where(code = 'LA19983-8')), {})")],
         "answerOption": [_coding("LA19952-3", "At risk", _LOINC),
                          _coding("LA19983-8", "No risk", _LOINC)],
         "item": [{"linkId": "risk-help", "type": "display", "extension": [_control("help")],
                   "text": "\"Often\" or \"sometimes true\" to either statement means the "
                           "household is at risk of food insecurity."}]},
    ],
}

PHQ9_QUESTIONS = (
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself — or that you are a failure or have let yourself or your "
    "family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed? Or the opposite — "
    "being so fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead or of hurting yourself in some way",
)
_PHQ_ANSWERS = (("LA6568-5", "Not at all"), ("LA6569-3", "Several days"),
                ("LA6570-1", "More than half the days"), ("LA6571-9", "Nearly every day"))


def _phq_option(n: int) -> dict[str, Any]:
    code, display = _PHQ_ANSWERS[n]
    return {**_coding(code, display, _LOINC),
            "extension": [{"url": _FHIR + "ordinalValue", "valueDecimal": n}]}


PHQ9: dict[str, Any] = {
    "resourceType": "Questionnaire", "url": _BASE + "phq-9", "version": "1.0",
    "status": "active", "title": "PHQ-9 depression assessment", "name": "PHQ9",
    "copyright": "PHQ-9 © Pfizer Inc., free to reproduce. Answer codes: LOINC © Regenstrief "
                 "Institute, Inc.",
    "extension": [
        _suggests("mental_health", "urgent", "PHQ-9: thoughts of self-harm reported",
                  "%resource.item.where(linkId = 'q9').answer.value.ordinal() > 0"),
        _suggests("mental_health", "high", "PHQ-9 score 15 or more (moderately severe)",
                  "%resource.item.where(linkId = 'total').answer.value >= 15"),
    ],
    "item": [
        {"linkId": "intro", "type": "display",
         "text": "Over the last 2 weeks, how often have you been bothered by any of the "
                 "following problems?"},
        *({"linkId": f"q{n}", "type": "choice", "required": True, "text": text,
           "extension": [_control("radio-button")],
           "answerOption": [_phq_option(k) for k in range(4)]}
          for n, text in enumerate(PHQ9_QUESTIONS, start=1)),
        {"linkId": "total", "type": "integer", "readOnly": True, "text": "Total score",
         "extension": [_expression(_CALCULATED, "%resource.answers().value.ordinal().sum()")],
         "item": [{"linkId": "total-help", "type": "display", "extension": [_control("help")],
                   "text": "0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, "
                           "20–27 severe."}]},
    ],
}


def phq9_answers(score: int, rng: random.Random) -> dict[Any, list[dict[str, Any]]]:
    """Answers to :data:`PHQ9` adding up to ``score`` (0–27), spread as people answer: the
    last question (self-harm) rarely above zero."""
    points = [0] * 9
    score = max(0, min(27, score))
    while sum(points) < score:
        n = rng.choices(range(9), weights=(5, 5, 5, 5, 4, 4, 4, 3, 1))[0]
        if points[n] < 3:
            points[n] += 1
    return {(f"q{n + 1}",): [_phq_answer(points[n])] for n in range(9)}


def _phq_answer(n: int) -> dict[str, Any]:
    code, display = _PHQ_ANSWERS[n]
    return {"valueCoding": {"system": _LOINC, "code": code, "display": display}}


def hvs_answers(positive: bool, rng: random.Random) -> dict[Any, list[dict[str, Any]]]:
    """Answers to :data:`FOOD_SCREEN`, at risk or not."""
    if positive:
        first = rng.choice(HVS_POSITIVE)
        second = rng.choice((*HVS_POSITIVE, "LA28398-8"))
    else:
        first, second = "LA28398-8", rng.choice(("LA28398-8", "LA28398-8", "LA15775-2"))
    display = dict(_HVS_ANSWERS)
    return {(link,): [{"valueCoding": {"system": _LOINC, "code": code,
                                       "display": display[code]}}]
            for link, code in (("worried", first), ("ran-out", second))}


def household_answers(rng: random.Random) -> dict[Any, list[dict[str, Any]]]:
    """A household for :data:`HOUSEHOLD`."""
    housing = rng.choices(HOUSING, weights=(55, 25, 12, 8))[0]
    size = rng.choices(range(1, 8), weights=(30, 22, 18, 14, 8, 5, 3))[0]
    children = rng.randint(0, max(0, size - 1)) if size > 1 else 0
    income = rng.choices(INCOME, weights=(40, 35, 15, 10))[0]
    answers: dict[Any, list[dict[str, Any]]] = {
        ("housing",): [_coding(*housing)], ("size",): [{"valueInteger": size}],
        ("income",): [_coding(*income)]}
    if size > 1:
        answers[("children",)] = [{"valueInteger": children}]
    return answers
