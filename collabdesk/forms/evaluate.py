"""What a form looks like for a set of answers: :func:`evaluate`, run on every keystroke.

It decides which item instances are enabled (enableWhen in Python, enableWhenExpression in
FHIRPath), computes the form's variables and calculatedExpressions in document order on the
response built from the enabled answers, repeats until the calculated values settle (at most
a few rounds: a calculated value may enable an item whose answer feeds another), and checks
each answer (required, length, range, type). Nothing here writes anything.

Per form, the compiled expressions and the weight of every option are prepared once
(:func:`plan_for`) and kept for later calls.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from collabdesk.forms import fhirpath
from collabdesk.forms.answers import check_answer, same_value, value_of
from collabdesk.forms.errors import FormError
from collabdesk.forms.fhirpath import Compiled, Reads, compile_expression, reads_of
from collabdesk.forms.model import (
    Answer,
    Answers,
    EnableWhen,
    Form,
    FormState,
    Item,
    Key,
    Suggestion,
)
from collabdesk.messages import msg

MAX_ROUNDS = 4  # calculated values that still change after this many rounds are reported
_MAX_MEMO = 20_000  # remembered expression results per form


@dataclass
class _Plan:
    form: Form
    root_vars: list[tuple[str, Compiled]]
    item_vars: dict[str, list[tuple[str, Compiled]]]
    calculated: dict[str, Compiled]
    enable_expr: dict[str, Compiled]
    suggestions: list[tuple[Compiled, Suggestion]]
    weights: dict[tuple[str | None, str], float]
    functions: dict[str, Any]
    has_weights: bool
    score_item: str | None
    # What each expression reads (see _reads), and results already computed for those inputs.
    reads: dict[Compiled, Reads] = field(default_factory=dict)
    memo: dict[tuple[Any, ...], tuple[list[Any], str | None]] = field(default_factory=dict)
    # Whether an expression or enableWhen can see a calculated answer: then a second round
    # runs after calculated values change.
    sees_calculated: bool = True

    def weight(self, value: Any) -> float | None:
        """The weight the form gives an answer, a coding, or a plain option value."""
        if isinstance(value, dict):
            coding = value.get("valueCoding", value)
            if isinstance(coding, dict) and "code" in coding:
                code = str(coding["code"])
                found = self.weights.get((coding.get("system"), code))
                return found if found is not None else self.weights.get(("", code))
            for key, inner in value.items():
                if key.startswith("value"):
                    return self.weights.get((key, str(inner)))
            return None
        if isinstance(value, bool) or value is None:
            return None
        # A bare value from FHIRPath (``answer.value``): an option's string, integer or date.
        for key in ("valueInteger",) if isinstance(value, int) else ("valueString",
                                                                      "valueDate"):
            found = self.weights.get((key, str(value)))
            if found is not None:
                return found
        return None


_plans: dict[str, _Plan] = {}
_plans_lock = threading.Lock()
_MAX_PLANS = 64


def plan_for(form: Form) -> _Plan:
    """The compiled expressions and option weights of ``form``, made once per form."""
    with _plans_lock:
        plan = _plans.get(form.canonical)
    if plan is not None and plan.form is form:
        return plan
    plan = _make_plan(form)
    with _plans_lock:
        if len(_plans) >= _MAX_PLANS:
            _plans.pop(next(iter(_plans)))
        _plans[form.canonical] = plan
    return plan


def _make_plan(form: Form) -> _Plan:
    weights: dict[tuple[str | None, str], float] = {}
    item_vars: dict[str, list[tuple[str, Compiled]]] = {}
    calculated: dict[str, Compiled] = {}
    enable_expr: dict[str, Compiled] = {}
    score_item = None
    for item in form.walk():
        for option in item.options:
            if option.weight is None:
                continue
            key, value = value_of(option.value)
            if key == "valueCoding":
                weights[(value.get("system"), str(value["code"]))] = option.weight
                weights.setdefault(("", str(value["code"])), option.weight)  # any system
            else:
                weights[(key, str(value))] = option.weight
        if item.variables:
            item_vars[item.link_id] = [
                (v.name, compile_expression(v.expression, link_id=item.link_id))
                for v in item.variables]
        if item.calculated:
            calculated[item.link_id] = compile_expression(item.calculated.expression,
                                                          link_id=item.link_id)
            if score_item is None and item.type in ("integer", "decimal", "quantity"):
                score_item = item.link_id
        if item.enable_when_expression:
            enable_expr[item.link_id] = compile_expression(
                item.enable_when_expression.expression, link_id=item.link_id)
    plan = _Plan(
        form=form,
        root_vars=[(v.name, compile_expression(v.expression)) for v in form.variables],
        item_vars=item_vars, calculated=calculated, enable_expr=enable_expr,
        suggestions=[(compile_expression(r.condition.expression, link_id=r.link_id),
                      Suggestion(r.domain, r.severity, r.reason)) for r in form.suggestions],
        weights=weights, functions={}, has_weights=bool(weights), score_item=score_item,
    )
    plan.functions = fhirpath.sdc_functions(plan.weight)
    every = [c for _, c in plan.root_vars] + [c for v in item_vars.values() for _, c in v] + [
        *calculated.values(), *enable_expr.values(), *(c for c, _ in plan.suggestions)]
    plan.reads = {c: reads_of(c) for c in every}
    calculated_links = set(calculated)
    plan.sees_calculated = bool(calculated_links) and (
        any(r.links is None or r.links & calculated_links for r in plan.reads.values())
        or any(c.question in calculated_links for i in form.walk() for c in i.enable_when))
    return plan


def evaluate(form: Form, answers: Answers) -> FormState:
    """The state of ``form`` for ``answers`` (see :class:`FormState`). Expression failures
    do not raise: they are listed in ``problems`` and their values are left empty."""
    return _Evaluation(plan_for(form), answers).run()


class _Evaluation:
    def __init__(self, plan: _Plan, answers: Answers) -> None:
        self.plan = plan
        self.form = plan.form
        self.answers = answers
        self.calculated: dict[Key, list[Answer]] = {}
        self.problems: list[str] = []
        self.variables: dict[str, list[Any]] = {}
        # linkId → [(key, answers)] of the answered instances, for enableWhen lookups
        self.by_link: dict[str, list[tuple[Key, list[Answer]]]] = {}
        self.enabled: set[Key] = set()
        self.nodes: dict[Key, dict[str, Any]] = {}  # item instance → its response item
        self.instances: dict[Key, int] = {}
        self._last_resource: dict[str, Any] = self._resource([])
        self._texts_of: dict[str, Any] | None = None
        self._texts: dict[str | None, str] = {}
        self._count_instances()

    def _count_instances(self) -> None:
        """How many instances each repeating group has: one more than the highest number
        any answer key gives it, at least one."""
        for key in self.answers:
            for pos in range(1, len(key), 2):
                index = key[pos]
                if isinstance(index, int):
                    prefix = key[:pos]
                    self.instances[prefix] = max(self.instances.get(prefix, 1), index + 1)

    def current(self, key: Key, item: Item) -> list[Answer]:
        if item.calculated is not None:
            return self.calculated.get(key, [])
        return list(self.answers.get(key, ()))

    # -- one round ------------------------------------------------------------------------

    def run(self) -> FormState:
        items: list[dict[str, Any]] = []
        for _ in range(MAX_ROUNDS):
            self._index()
            before, self.enabled, self.nodes = self.enabled, set(), {}
            items = self._build(self.form.items, (), True)
            resource = self._resource(items)
            computed = self._compute(resource)
            changed = computed and self.plan.sees_calculated
            if self.plan.enable_expr and self.enabled != before:
                changed = True  # an enableWhenExpression must see this round's answers
            if not changed:
                if computed:  # nothing reads the new calculated answers: just add them
                    self._index()
                    self.enabled, self.nodes = set(), {}
                    items = self._build(self.form.items, (), True)
                break
        else:
            self.problems.append("The calculated values did not settle; check the form's "
                                 "calculatedExpressions for a loop.")
        resource = self._resource(items)
        suggestions = self._suggestions(resource)
        errors = self._errors()
        visible = frozenset(k for k in self.enabled if not self._hidden(k))
        scores: dict[str, float] = {}
        for key, values in self.calculated.items():
            link = str(key[-1])
            number = _numeric(values)
            if number is not None and link not in scores:
                scores[link] = number
        ordinal = self._ordinal_total() if self.plan.has_weights else None
        score = scores.get(self.plan.score_item) if self.plan.score_item else ordinal
        return FormState(
            enabled=frozenset(self.enabled), visible=visible, calculated=dict(self.calculated),
            variables=dict(self.variables), scores=scores, ordinal_total=ordinal, score=score,
            errors=errors, problems=tuple(self.problems), suggestions=suggestions,
            response_items=items,
        )

    def _resource(self, items: list[dict[str, Any]]) -> dict[str, Any]:
        return {"resourceType": "QuestionnaireResponse", "status": "in-progress",
                "item": items}

    def _index(self) -> None:
        self.by_link = {}
        for key, values in self.answers.items():
            if values:
                self.by_link.setdefault(str(key[-1]), []).append((key, list(values)))
        for key, values in self.calculated.items():
            self.by_link.setdefault(str(key[-1]), []).append((key, values))

    def _build(self, items: tuple[Item, ...], prefix: Key,
               parent_enabled: bool) -> list[dict[str, Any]]:
        """The response items for ``items`` under ``prefix``; records what is enabled and
        the response item of each instance (its expressions' ``%context``)."""
        out: list[dict[str, Any]] = []
        for item in items:
            if item.type == "group":
                count = self.instances.get((*prefix, item.link_id), 1) if item.repeats else 1
                for index in range(count):
                    key = (*prefix, item.link_id, index)
                    enabled = parent_enabled and self._enabled(item, key)
                    if not enabled:
                        continue
                    self.enabled.add(key)
                    children = self._build(item.items, key, True)
                    if children:
                        entry = {"linkId": item.link_id, **_text(item), "item": children}
                        self.nodes[key] = entry
                        out.append(entry)
                continue
            key = (*prefix, item.link_id)
            if not (parent_enabled and self._enabled(item, key)):
                continue
            self.enabled.add(key)
            if item.type == "display":
                continue
            values = self.current(key, item)
            children = self._build(item.items, (*key, 0), True) if item.items else []
            if values:
                answers = [dict(v) for v in values]
                if children:
                    answers[0]["item"] = children
                entry = {"linkId": item.link_id, **_text(item), "answer": answers}
                self.nodes[key] = self.nodes[(*key, 0)] = entry
                out.append(entry)
        return out

    def _enabled(self, item: Item, key: Key) -> bool:
        compiled = self.plan.enable_expr.get(item.link_id)
        if compiled is not None:
            result = self._run(compiled, self._last_resource, {})
            return bool(result) and result[0] is True
        if not item.enable_when:
            return True
        results = (self._condition(cond, key) for cond in item.enable_when)
        return all(results) if item.enable_behavior == "all" else any(results)

    def _condition(self, cond: EnableWhen, key: Key) -> bool:
        answers = [a for k, values in self.by_link.get(cond.question, ())
                   if _compatible(k, key) for a in values]
        if cond.operator == "exists":
            return bool(answers) == (cond.answer is True)
        if cond.operator == "=":
            return any(same_value(a, cond.answer) for a in answers)
        if cond.operator == "!=":
            return not any(same_value(a, cond.answer) for a in answers)
        for answer in answers:
            _, value = value_of(answer)
            if isinstance(value, dict):
                value = value.get("value")
            target = cond.answer.get("value") if isinstance(cond.answer, dict) else cond.answer
            if _compare(value, cond.operator, target):
                return True
        return False

    # -- expressions ----------------------------------------------------------------------

    def _run(self, compiled: Compiled, resource: dict[str, Any],
             extra: Mapping[str, Any], context: Any = None) -> list[Any]:
        """Evaluate ``compiled``, or reuse its result if what it reads is unchanged (a
        keystroke changes one answer: most expressions read others)."""
        reads = self.plan.reads.get(compiled) or reads_of(compiled)
        scope = {**self.variables, **extra}
        key = (compiled, self._read_text(resource, reads.links),
               tuple(_text_of(scope.get(n)) for n in reads.names),
               _text_of(context) if reads.context else None)
        memo = self.plan.memo
        found = None if reads.volatile else memo.get(key)
        if found is None:
            variables = {"resource": resource, "questionnaire": self.form.resource,
                         "context": resource if context is None else fhirpath.response_item(
                             context), **scope}
            try:
                found = (fhirpath.evaluate(compiled, resource, variables, self.plan.functions),
                         None)
            except FormError as exc:
                found = ([], str(exc))
            if len(memo) > _MAX_MEMO:
                memo.clear()
            memo[key] = found
        result, problem = found
        if problem and problem not in self.problems:
            self.problems.append(problem)
        return list(result)

    def _read_text(self, resource: dict[str, Any], links: frozenset[str] | None) -> Any:
        """The part of ``resource`` an expression reads, as text for the memo's key."""
        if self._texts_of is not resource:
            self._texts_of, self._texts = resource, {}
        if links is None:
            if None not in self._texts:
                self._texts[None] = _text_of(resource["item"])
            return self._texts[None]
        out = []
        for link in sorted(links):
            if link not in self._texts:
                self._texts[link] = _text_of([i for i in resource["item"]
                                              if i.get("linkId") == link])
            out.append(self._texts[link])
        return tuple(out)

    def _compute(self, resource: dict[str, Any]) -> bool:
        """Variables and calculated values on ``resource``; True if a calculated answer
        changed (another round is needed)."""
        self._last_resource = resource  # enableWhenExpressions read the latest round
        self.variables = {}
        for name, compiled in self.plan.root_vars:
            self.variables[name] = self._run(compiled, resource, {})
        changed = False
        if not self.plan.item_vars and not self.plan.calculated:
            return False
        scopes: dict[Key, dict[str, list[Any]]] = {}

        def scope_of(key: Key) -> dict[str, list[Any]]:
            """The variables visible at an item instance: its groups' and its own, each
            evaluated once per instance with that instance as ``%context``."""
            found = scopes.get(key)
            if found is None:
                link = str(key[-2] if isinstance(key[-1], int) else key[-1])
                parent = key[:-2] if isinstance(key[-1], int) else key[:-1]
                found = dict(scope_of(parent)) if parent else {}
                for name, compiled in self.plan.item_vars.get(link, ()):
                    found[name] = self._run(compiled, resource, found,
                                            self.nodes.get(key, {"linkId": link}))
                scopes[key] = found
            return found

        for link, compiled in self.plan.calculated.items():  # in document order
            item = self.form.by_link_id[link]
            for key in self._keys_of(item):
                result = self._run(compiled, resource, scope_of(key),
                                   self.nodes.get(key, {"linkId": link}))
                values = _as_answers(item, result)
                if self.calculated.get(key, []) != values:
                    changed = True
                    if values:
                        self.calculated[key] = values
                    else:
                        self.calculated.pop(key, None)
        return changed

    def _keys_of(self, item: Item) -> list[Key]:
        """Every instance key of ``item`` (one per instance of its repeating groups)."""
        keys: list[Key] = [()]
        for parent in self.form.parents.get(item.link_id, ()):
            grown: list[Key] = []
            for prefix in keys:
                group = self.form.by_link_id.get(parent)
                count = self.instances.get((*prefix, parent), 1) if group and group.repeats else 1
                grown += [(*prefix, parent, i) for i in range(count)]
            keys = grown
        return [(*k, item.link_id) for k in keys]

    def _suggestions(self, resource: dict[str, Any]) -> tuple[Suggestion, ...]:
        found = []
        for compiled, suggestion in self.plan.suggestions:
            result = self._run(compiled, resource, {})
            if result and result[0] is True:
                found.append(suggestion)
        return tuple(found)

    # -- checks and figures ---------------------------------------------------------------

    def _hidden(self, key: Key) -> bool:
        for pos in range(0, len(key), 2):
            item = self.form.by_link_id.get(str(key[pos]))
            if item is not None and item.hidden:
                return True
        return False

    def _errors(self) -> dict[Key, str]:
        errors: dict[Key, str] = {}
        for key in self.enabled:
            item = self.form.by_link_id.get(str(key[-1] if not isinstance(key[-1], int)
                                                else key[-2]))
            if item is None or item.type == "display":
                continue
            if item.type == "group":
                if item.required and not any(
                        k[:len(key)] == key and len(k) > len(key) and self.answers.get(k)
                        for k in self.answers):
                    errors[key] = str(msg("forms.fill.group-required"))
                continue
            values = self.current(key, item)
            if item.required and not values and item.calculated is None:
                errors[key] = str(msg("forms.fill.required"))
                continue
            if len(values) > 1 and not item.repeats:
                errors[key] = str(msg("forms.fill.one-answer"))
                continue
            for answer in values:
                problem = check_answer(item, answer)
                if problem:
                    text = str(problem)
                    errors[key] = text[:1].upper() + text[1:]
                    break
        return errors

    def _ordinal_total(self) -> float | None:
        total = 0.0
        found = False
        for key in self.enabled:
            if isinstance(key[-1], int):
                continue
            item = self.form.by_link_id.get(str(key[-1]))
            if item is None or not item.options:
                continue
            for answer in self.current(key, item):
                weight = self.plan.weight(answer)
                if weight is not None:
                    total += weight
                    found = True
        return total if found else None


def _text_of(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)


def _text(item: Item) -> dict[str, str]:
    return {"text": item.text} if item.text else {}


def _compatible(answer_key: Key, context_key: Key) -> bool:
    """Whether an answer at ``answer_key`` is in scope for an item at ``context_key``: the
    groups they share are the same instances."""
    groups = {answer_key[i]: answer_key[i + 1] for i in range(0, len(answer_key) - 1, 2)}
    for i in range(0, len(context_key) - 1, 2):
        link = context_key[i]
        if link in groups and groups[link] != context_key[i + 1]:
            return False
    return True


def _compare(left: Any, operator: str, right: Any) -> bool:
    if isinstance(left, bool) or isinstance(right, bool) or left is None or right is None:
        return False
    if isinstance(left, int | float) != isinstance(right, int | float):
        return False
    try:
        if operator == ">":
            return bool(left > right)
        if operator == "<":
            return bool(left < right)
        if operator == ">=":
            return bool(left >= right)
        if operator == "<=":
            return bool(left <= right)
    except TypeError:
        return False
    return False


def _as_answers(item: Item, result: list[Any]) -> list[Answer]:
    """A calculated result as answer elements of the item's type."""
    out: list[Answer] = []
    for value in result:
        if value is None or value == []:
            continue
        if isinstance(value, dict) and "code" in value and item.type in ("choice",
                                                                          "open-choice"):
            out.append({"valueCoding": {k: value[k] for k in ("system", "code", "display")
                                        if value.get(k)}})
        elif item.type == "quantity" and isinstance(value, int | float) and not isinstance(
                value, bool):
            quantity: dict[str, Any] = {"value": value}
            if item.unit:
                quantity["unit"] = item.unit
            out.append({"valueQuantity": quantity})
        elif item.type == "integer" and isinstance(value, float) and value.is_integer():
            out.append({"valueInteger": int(value)})
        elif item.type == "decimal" and isinstance(value, int | float) and not isinstance(
                value, bool):
            out.append({"valueDecimal": value})
        elif item.value_key and not isinstance(value, dict):
            out.append({item.value_key: value if not hasattr(value, "isoformat") else str(
                value)})
        if not item.repeats and out:
            break
    return out


def _numeric(values: list[Answer]) -> float | None:
    for answer in values:
        _, value = value_of(answer)
        if isinstance(value, dict):
            value = value.get("value")
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    return None
