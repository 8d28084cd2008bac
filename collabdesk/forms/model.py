"""The parsed form: plain, immutable dataclasses a renderer and the evaluator read.

A :class:`Form` is what :func:`collabdesk.forms.parse.parse_questionnaire` makes of a FHIR R4
Questionnaire that lies inside the supported subset (docs/forms.md). Nothing here refers to
Qt or to the store. Answers are kept as FHIR ``answer`` elements (``{"valueCoding": {...}}``,
``{"valueInteger": 3}`` …), so a response round-trips to FHIR JSON without translation;
:mod:`collabdesk.forms.answers` turns Python values into them and back.

An answer's place in a response is a :data:`Key`: the linkIds from the root down to the
item, each group followed by the number of its instance (0 for a group that does not
repeat), e.g. ``("household", 1, "age")`` is the age in the second household member group.
A question's own child items sit under it with instance 0.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

Key = tuple[str | int, ...]
Answer = dict[str, Any]  # one FHIR QuestionnaireResponse.item.answer element, without "item"
Answers = Mapping[Key, list[Answer]]

# Item type → the answer's value[x] element name (group and display take no answer).
VALUE_KEYS: Mapping[str, str] = {
    "boolean": "valueBoolean", "decimal": "valueDecimal", "integer": "valueInteger",
    "date": "valueDate", "dateTime": "valueDateTime", "time": "valueTime",
    "string": "valueString", "text": "valueString", "url": "valueUri",
    "choice": "valueCoding", "open-choice": "valueCoding", "quantity": "valueQuantity",
    "attachment": "valueAttachment",
}
QUESTION_TYPES = frozenset(VALUE_KEYS)
ITEM_TYPES = QUESTION_TYPES | {"group", "display"}
ITEM_CONTROLS = frozenset({"radio-button", "check-box", "drop-down"})
USES = ("agency", "assessment", "screening")  # client profile fields | case assessment | screening


@dataclass(frozen=True, slots=True)
class Option:
    """One answerOption (or a contained ValueSet's concept). ``value`` is the answer element
    choosing it; ``weight`` its ordinalValue/itemWeight, if any."""

    value: Answer
    label: str
    weight: float | None = None
    prefix: str = ""
    initial_selected: bool = False


@dataclass(frozen=True, slots=True)
class EnableWhen:
    question: str  # linkId
    operator: str  # exists = != > < >= <=
    answer: Any  # the answer[x] value: a plain value, or a Coding/Quantity dict


@dataclass(frozen=True, slots=True)
class Expression:
    """A FHIRPath expression from the form, parsed once at import."""

    expression: str
    name: str = ""  # the variable it defines, for a ``variable``
    description: str = ""


@dataclass(frozen=True, slots=True)
class Item:
    link_id: str
    type: str
    text: str = ""
    prefix: str = ""
    required: bool = False
    repeats: bool = False
    read_only: bool = False
    hidden: bool = False
    max_length: int | None = None
    options: tuple[Option, ...] = ()
    # An answerValueSet this laptop cannot expand (not contained): the answer is a typed code.
    value_set_url: str = ""
    initial: tuple[Answer, ...] = ()
    enable_when: tuple[EnableWhen, ...] = ()
    enable_behavior: str = "any"
    enable_when_expression: Expression | None = None
    calculated: Expression | None = None
    variables: tuple[Expression, ...] = ()
    help: str = ""
    item_control: str = ""  # radio-button | check-box | drop-down | "" (the type's default)
    min_value: Any = None
    max_value: Any = None
    entry_format: str = ""
    unit: str = ""
    searchable: bool = False  # CollabDesk extension: an agency field the client search may use
    code: tuple[dict[str, Any], ...] = ()
    items: tuple[Item, ...] = ()

    @property
    def is_question(self) -> bool:
        return self.type in QUESTION_TYPES

    @property
    def value_key(self) -> str:
        return VALUE_KEYS.get(self.type, "")


@dataclass(frozen=True, slots=True)
class SuggestionRule:
    """CollabDesk extension: when ``condition`` holds on a completed response, suggest a
    need in ``domain`` with ``severity`` (docs/forms.md)."""

    domain: str
    severity: str
    condition: Expression
    reason: str = ""
    link_id: str | None = None  # the item it is declared on, if not the form


@dataclass(frozen=True, slots=True)
class Form:
    url: str
    version: str
    title: str
    status: str
    items: tuple[Item, ...]
    variables: tuple[Expression, ...] = ()
    suggestions: tuple[SuggestionRule, ...] = ()
    sensitive: bool = False
    warnings: tuple[str, ...] = ()
    # The canonical JSON the form was parsed from; the stored record and its id come from it.
    canonical: str = ""
    resource: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    by_link_id: Mapping[str, Item] = field(default_factory=dict, compare=False, repr=False)
    # linkId → the linkIds of the groups above it, outermost first.
    parents: Mapping[str, tuple[str, ...]] = field(default_factory=dict, compare=False,
                                                   repr=False)

    @property
    def label(self) -> str:
        return f"{self.title or self.url} ({self.version})" if self.version else (
            self.title or self.url)

    def walk(self) -> list[Item]:
        """Every item, in document order."""
        out: list[Item] = []

        def visit(items: tuple[Item, ...]) -> None:
            for item in items:
                out.append(item)
                visit(item.items)

        visit(self.items)
        return out


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A suggestion rule that holds on a response."""

    domain: str
    severity: str
    reason: str


@dataclass(frozen=True, slots=True)
class FormState:
    """What a form looks like for a set of answers: computed on every change.

    ``enabled`` holds every item instance whose enableWhen holds (and its parents'); a
    renderer shows those that are also not ``hidden``. ``calculated`` holds the answers that
    calculatedExpressions give (they replace typed answers of those items). ``scores`` maps
    the linkId of each numeric calculated item to its value; ``ordinal_total`` is the sum of
    the weights of the chosen options (None if the form gives none); ``score`` is the one
    figure a case shows for the form: the first numeric calculated item, else the ordinal
    total. ``errors`` holds a message per item instance (required and unanswered, too long,
    out of range); ``problems`` the expressions that failed or were stopped."""

    enabled: frozenset[Key]
    visible: frozenset[Key]
    calculated: Mapping[Key, list[Answer]]
    variables: Mapping[str, list[Any]]
    scores: Mapping[str, float]
    ordinal_total: float | None
    score: float | None
    errors: Mapping[Key, str]
    problems: tuple[str, ...]
    suggestions: tuple[Suggestion, ...]
    response_items: list[dict[str, Any]]

    @property
    def complete(self) -> bool:
        return not self.errors
