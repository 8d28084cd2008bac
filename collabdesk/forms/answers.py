"""Answers: Python values to FHIR answer elements and back, and whether an answer fits its item.

A renderer calls :func:`make_answer` with what a widget holds (a bool, int, Decimal, date,
str, an :class:`~collabdesk.forms.model.Option` …) and :func:`plain_value` to show a stored
answer. :func:`check_answer` is the one rule for "does this answer fit this item", used
while filling, when saving, and on responses that arrive by sync (a wrong type there is
kept raw and flagged, never applied as if it were right). :func:`answers_from_response`
reads a QuestionnaireResponse's items into :data:`~collabdesk.forms.model.Answers`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from collabdesk.forms.errors import AnswerError, at_item
from collabdesk.forms.model import VALUE_KEYS, Answer, Form, Item, Key, Option
from collabdesk.messages import Message, msg

MAX_ATTACHMENT_BYTES = 1024 * 1024  # inline attachments: a photo of a document, not a video

_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_DATETIME = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?"
                       r"(Z|[+-]\d{2}:\d{2})?)?)?)?$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?$")


def make_answer(item: Item, value: Any) -> Answer:
    """The answer element for ``value`` given to ``item``; raises :class:`AnswerError` if
    it does not fit."""
    if isinstance(value, Option):
        answer = dict(value.value)
    elif isinstance(value, dict) and any(k.startswith("value") for k in value):
        answer = dict(value)
    elif item.type in ("choice", "open-choice") and isinstance(value, dict):
        answer = {"valueCoding": value}
    elif item.type in ("choice", "open-choice") and (match := next(
            (o for o in item.options
             if value in (o.label, value_of(o.value)[1]) or _code(o.value) == str(value)),
            None)) is not None:
        answer = dict(match.value)
    elif item.type == "open-choice" and isinstance(value, str):
        answer = {"valueString": value}
    elif item.type == "choice" and isinstance(value, str):
        answer = {"valueCoding": {"code": value}}
    elif item.type == "quantity":
        number, unit = value if isinstance(value, tuple) else (value, item.unit)
        answer = {"valueQuantity": {"value": _number(number), **({"unit": unit} if unit else {})}}
    elif isinstance(value, bool) or item.type != "decimal":
        answer = {VALUE_KEYS.get(item.type, "valueString"): _json(value)}
    else:
        answer = {"valueDecimal": _number(value)}
    problem = check_answer(item, answer)
    if problem:
        raise AnswerError("wrong-type", problem, link_id=item.link_id)
    return answer


def _json(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return _number(value)
    return value


def _number(value: Any) -> int | float:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, str):
        return float(Decimal(value))
    return value


def _code(answer: Mapping[str, Any]) -> str | None:
    coding = answer.get("valueCoding")
    return coding.get("code") if isinstance(coding, dict) else None


def value_of(answer: Mapping[str, Any]) -> tuple[str, Any]:
    """The answer's value[x] name and value."""
    for key, value in answer.items():
        if key.startswith("value"):
            return key, value
    return "", None


def plain_value(answer: Mapping[str, Any]) -> Any:
    """A Python value for showing or comparing: the coding's display (or code), a date…"""
    key, value = value_of(answer)
    if key == "valueCoding" and isinstance(value, dict):
        return value.get("display") or value.get("code")
    if key == "valueQuantity" and isinstance(value, dict):
        return value.get("value")
    if key == "valueDate" and isinstance(value, str) and len(value) == 10:
        return dt.date.fromisoformat(value)
    return value


def same_value(a: Mapping[str, Any], b: Any) -> bool:
    """Whether an answer element equals an enableWhen/option value (codings by system and
    code, the system only when both give one)."""
    _, left = value_of(a)
    return _equal(left, b)


def _equal(left: Any, right: Any) -> bool:
    if isinstance(left, dict) and isinstance(right, str | int) and not isinstance(right, bool):
        # A coding against a bare code, as test forms write it ("answerInteger": 2 for code "2")
        return left.get("code") == str(right)
    if isinstance(left, dict) and isinstance(right, dict):
        if "code" in left or "code" in right:
            systems = left.get("system"), right.get("system")
            return left.get("code") == right.get("code") and (
                None in systems or systems[0] == systems[1])
        return left.get("value") == right.get("value") and left.get("code") == right.get("code")
    if isinstance(left, bool) or isinstance(right, bool):
        return left is right
    return bool(left == right)


def check_answer(item: Item, answer: Any) -> Message | None:
    """What is wrong with ``answer`` for ``item`` (a catalogue message), or None if it fits."""
    if not isinstance(answer, dict):
        return msg("forms.answer.not-element")
    key, value = value_of(answer)
    extra = [k for k in answer if k not in (key, "item", "id", "extension")]
    if not key or extra:
        return msg("forms.answer.no-single-value")
    allowed = _allowed_keys(item)
    if key not in allowed:
        *others, last = sorted(allowed) or [""]
        if others:
            return msg("forms.answer.wrong-key-choice", type=item.type, keys=", ".join(others),
                       last=last, key=key, value=repr(value))
        return msg("forms.answer.wrong-key", type=item.type, keys=last, key=key,
                   value=repr(value))
    problem = _check_value(key, value)
    if problem:
        return problem
    if item.type == "choice" and item.options and not any(
            same_value(answer, _value_of_option(o)) for o in item.options):
        return msg("forms.answer.not-an-option", value=repr(plain_value(answer)))
    if item.max_length and isinstance(value, str) and len(value) > item.max_length:
        return msg("forms.answer.too-long", limit=item.max_length)
    number = value.get("value") if key == "valueQuantity" else value
    if item.min_value is not None and _comparable(number, item.min_value) and (
            number < item.min_value):
        return msg("forms.answer.below-min", limit=item.min_value)
    if item.max_value is not None and _comparable(number, item.max_value) and (
            number > item.max_value):
        return msg("forms.answer.above-max", limit=item.max_value)
    return None


def _value_of_option(option: Option) -> Any:
    return value_of(option.value)[1]


def _allowed_keys(item: Item) -> set[str]:
    if item.type in ("choice", "open-choice"):
        keys = {k for o in item.options for k in o.value} or {"valueCoding"}
        if item.type == "open-choice":
            keys.add("valueString")
        return keys
    return {VALUE_KEYS[item.type]} if item.type in VALUE_KEYS else set()


def _comparable(a: Any, b: Any) -> bool:
    numeric = (int, float)
    if isinstance(a, bool) or isinstance(b, bool):
        return False
    return (isinstance(a, numeric) and isinstance(b, numeric)) or (
        isinstance(a, str) and isinstance(b, str))


def _check_value(key: str, value: Any) -> Message | None:
    if key == "valueBoolean":
        ok = isinstance(value, bool)
    elif key == "valueInteger":
        ok = isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**31
    elif key == "valueDecimal":
        ok = isinstance(value, int | float) and not isinstance(value, bool) and value == value
    elif key == "valueDate":
        ok = isinstance(value, str) and bool(_DATE.match(value))
    elif key == "valueDateTime":
        ok = isinstance(value, str) and bool(_DATETIME.match(value))
    elif key == "valueTime":
        ok = isinstance(value, str) and bool(_TIME.match(value))
    elif key in ("valueString", "valueUri"):
        ok = isinstance(value, str) and bool(value)
    elif key == "valueCoding":
        ok = isinstance(value, dict) and isinstance(value.get("code"), str) and bool(
            value["code"])
    elif key == "valueQuantity":
        number = value.get("value") if isinstance(value, dict) else None
        ok = isinstance(number, int | float) and not isinstance(number, bool)
    elif key == "valueAttachment":
        if not isinstance(value, dict):
            ok = False
        else:
            data = value.get("data")
            # The decoded size: base64's padding ("=") stands for no byte.
            if isinstance(data, str) and \
                    len(data) * 3 // 4 - data[-2:].count("=") > MAX_ATTACHMENT_BYTES:
                return msg("forms.answer.attachment-too-large",
                           limit=MAX_ATTACHMENT_BYTES // 1024)
            ok = True
    else:
        ok = False
    return None if ok else msg("forms.answer.invalid-value", key=key, value=repr(value))


def initial_answers(form: Form) -> dict[Key, list[Answer]]:
    """The answers a new response starts with: each item's initial values and the options
    marked initialSelected (in the first instance of repeating groups)."""
    out: dict[Key, list[Answer]] = {}

    def visit(items: tuple[Item, ...], prefix: Key) -> None:
        for item in items:
            if item.type == "group":
                visit(item.items, (*prefix, item.link_id, 0))
                continue
            start = list(item.initial) or [dict(o.value) for o in item.options
                                           if o.initial_selected]
            if start and item.is_question:
                out[(*prefix, item.link_id)] = start
            visit(item.items, (*prefix, item.link_id, 0))

    visit(form.items, ())
    return out


def answers_from_response(form: Form | None, items: Any) -> tuple[dict[Key, list[Answer]],
                                                                 list[str]]:
    """Read QuestionnaireResponse ``items`` into answers keyed as the form lays them out.

    Returns the answers and a list of problems (an item the form does not have, an answer of
    the wrong type); answers with a problem are left out, never coerced. Without a form the
    keys follow the response alone (groups are those items without answers)."""
    out: dict[Key, list[Answer]] = {}
    problems: list[str] = []
    by_id = form.by_link_id if form else {}

    def visit(entries: Any, prefix: Key) -> None:
        counts: dict[str, int] = {}
        for entry in entries if isinstance(entries, list) else ():
            if not isinstance(entry, dict) or not isinstance(entry.get("linkId"), str):
                problems.append(str(msg("forms.response.no-link-id")))
                continue
            link_id = entry["linkId"]
            item = by_id.get(link_id)
            if form is not None and item is None:
                problems.append(at_item(link_id, msg("forms.response.unknown-item")))
                continue
            answers = entry.get("answer")
            is_group = item.type == "group" if item else answers is None
            if is_group:
                index = counts.get(link_id, 0)
                counts[link_id] = index + 1
                visit(entry.get("item"), (*prefix, link_id, index))
                continue
            key = (*prefix, link_id)
            kept: list[Answer] = []
            for answer in answers if isinstance(answers, list) else ():
                problem = check_answer(item, answer) if item else None
                if problem:
                    problems.append(at_item(link_id, problem))
                    continue
                if isinstance(answer, dict):
                    kept.append({k: v for k, v in answer.items() if k != "item"})
                    if answer.get("item"):
                        visit(answer["item"], (*key, 0))
            if kept:
                out.setdefault(key, []).extend(kept)
            if entry.get("item"):
                visit(entry["item"], (*key, 0))

    visit(items, ())
    return out, problems
