"""The measurement framework document: reading it, checking it, and comparing two versions.

A framework is one JSON document (``"type": "collabdesk-measures"``, ``"format": 1``) with
the network's shared forms (FHIR Questionnaires, each with the use it is filled for) and its
measures. A measure is a ``count``, a ``proportion`` or a ``median`` per month over the
laptop's own records, written in the small declarative format docs/measures.md defines:
a *population* (``records``: responses to one of the framework's forms, referrals, needs or
services, with filters) and, for a proportion, a *numerator* that narrows it (a FHIRPath
condition on the response, or "followed by" a referral or service within some days).

:func:`load_framework` refuses a document that is malformed, names a form or an item the
framework does not contain, or holds an expression that does not parse, with one
:class:`MeasureError` whose code is in the catalogue (``measures.*``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from collabdesk.domain import NEED_DOMAINS
from collabdesk.errors import CollabDeskError
from collabdesk.forms.errors import FormError
from collabdesk.forms.fhirpath import Compiled, compile_expression
from collabdesk.forms.model import USES, Form
from collabdesk.forms.parse import canonical_json, parse_questionnaire

DOCUMENT_TYPE = "collabdesk-measures"
FORMAT = 1
MAX_DOCUMENT_BYTES = 4 * 1024 * 1024
MAX_MEASURES = 200

KINDS = ("count", "proportion", "median")
RECORDS = ("responses", "referrals", "needs", "services")
UNITS = ("records", "clients")
DIRECTIONS = ("outgoing", "incoming")
# When a referral falls in a month: the day it was sent, or the day of its first service
# (the partner's first service_started, else completed), as the summary's time to linkage.
REFERRAL_MONTH_OF = ("sent", "first_service")
MEDIAN_OF_REFERRALS = ("days_to_first_service",)
MAX_WITHIN_DAYS = 366

_ID = re.compile(r"[a-z][a-z0-9_]{0,63}")
_LINK_ID = re.compile(r"linkId\s*=\s*'([^'\\]+)'")


class MeasureError(CollabDeskError):
    """A framework refused, or a measure that cannot be computed. ``measure`` names the
    measure at fault, when there is one."""

    def __init__(self, code: str, /, *, measure: str | None = None, **params: Any) -> None:
        self.measure = measure
        super().__init__(code, measure=measure or "", **params)


@dataclass(frozen=True)
class NetworkForm:
    url: str
    version: str
    use: str
    form: Form


@dataclass(frozen=True)
class Population:
    records: str
    unit: str = "records"
    form: str | None = None  # responses: the form's url
    where: Compiled | None = None  # responses: a FHIRPath condition on the response
    value: Compiled | None = None  # responses, median only: the number to take the median of
    direction: str | None = None  # referrals
    domains: tuple[str, ...] = ()  # referrals, needs, services: need domains
    month_of: str = "sent"  # referrals
    median_of: str | None = None  # referrals, median only


@dataclass(frozen=True)
class FollowedBy:
    records: str  # referrals | services
    domains: tuple[str, ...]
    within_days: int
    direction: str = "outgoing"


@dataclass(frozen=True)
class Measure:
    id: str
    title: str
    description: str
    kind: str
    population: Population
    numerator_where: Compiled | None = None
    followed_by: FollowedBy | None = None
    source: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def definition(self) -> str:
        """The measure's own JSON, canonical: what "changed" compares."""
        return json.dumps(self.source, sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False)


@dataclass(frozen=True)
class Framework:
    network: str
    version: int
    title: str
    published: str
    forms: tuple[NetworkForm, ...]
    measures: tuple[Measure, ...]
    canonical: bytes = field(default=b"", compare=False, repr=False)

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.canonical).hexdigest()

    def form(self, url: str) -> NetworkForm:
        for f in self.forms:
            if f.url == url:
                return f
        raise KeyError(url)

    def measure(self, measure_id: str) -> Measure:
        for m in self.measures:
            if m.id == measure_id:
                return m
        raise KeyError(measure_id)


# --------------------------------------------------------------------------- reading


def load_framework(data: bytes | str | Mapping[str, Any]) -> Framework:
    """Parse and check a framework document; raise :class:`MeasureError` if it is refused."""
    if isinstance(data, Mapping):
        doc: Any = dict(data)
    else:
        raw = data.encode() if isinstance(data, str) else data
        if len(raw) > MAX_DOCUMENT_BYTES:
            raise MeasureError("measures.too-large", limit=MAX_DOCUMENT_BYTES // (1024 * 1024))
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise MeasureError("measures.malformed") from None
    if not isinstance(doc, dict) or doc.get("type") != DOCUMENT_TYPE:
        raise MeasureError("measures.not-a-framework")
    if doc.get("format") != FORMAT:
        raise MeasureError("measures.format", format=str(doc.get("format")), supported=FORMAT)
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise MeasureError("measures.bad-version")
    network = _text(doc, "network", None, required=True)
    forms = _forms(doc.get("forms"))
    by_url = {f.url: f for f in forms}
    raw_measures = doc.get("measures")
    if not isinstance(raw_measures, list) or not raw_measures:
        raise MeasureError("measures.no-measures")
    if len(raw_measures) > MAX_MEASURES:
        raise MeasureError("measures.too-many", limit=MAX_MEASURES)
    measures: list[Measure] = []
    seen: set[str] = set()
    for raw_measure in raw_measures:
        measure = _measure(raw_measure, by_url)
        if measure.id in seen:
            raise MeasureError("measures.duplicate-id", measure=measure.id)
        seen.add(measure.id)
        measures.append(measure)
    canonical = canonical_document(doc)
    return Framework(network=network, version=version,
                     title=_text(doc, "title", None) or network,
                     published=_text(doc, "published", None),
                     forms=tuple(forms), measures=tuple(measures), canonical=canonical)


def _text(raw: Mapping[str, Any], key: str, measure: str | None, *,
          required: bool = False) -> str:
    value = raw.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        if measure is None:
            raise MeasureError("measures.document-field", field=key)
        raise MeasureError("measures.field-missing" if required else "measures.field-type",
                           measure=measure, field=key)
    return value.strip()


def _forms(raw: Any) -> list[NetworkForm]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise MeasureError("measures.document-field", field="forms")
    forms: list[NetworkForm] = []
    for entry in raw:
        if not isinstance(entry, dict) or not isinstance(entry.get("questionnaire"), dict):
            raise MeasureError("measures.form-entry")
        use = entry.get("use", "assessment")
        if use not in USES:
            raise MeasureError("measures.form-use", use=str(use), uses=", ".join(USES))
        try:
            form = parse_questionnaire(entry["questionnaire"])
        except FormError as exc:
            raise MeasureError("measures.form-refused", form=str(
                entry["questionnaire"].get("url", "?")), why=str(exc)) from None
        if any(f.url == form.url for f in forms):
            raise MeasureError("measures.duplicate-form", form=form.url)
        forms.append(NetworkForm(form.url, form.version, use, form))
    return forms


def _measure(raw: Any, forms: Mapping[str, NetworkForm]) -> Measure:
    if not isinstance(raw, dict):
        raise MeasureError("measures.measure-entry")
    measure_id = raw.get("id")
    if not isinstance(measure_id, str) or not _ID.fullmatch(measure_id):
        raise MeasureError("measures.bad-id", id=str(measure_id))
    kind = raw.get("kind")
    if kind not in KINDS:
        raise MeasureError("measures.bad-kind", measure=measure_id, kind=str(kind),
                           kinds=", ".join(KINDS))
    title = _text(raw, "title", measure_id, required=True)
    description = _text(raw, "description", measure_id)
    if kind == "proportion":
        population = _population(raw.get("denominator"), forms, measure_id, "denominator",
                                 median=False)
        num = raw.get("numerator")
        if not isinstance(num, dict) or len(num) != 1 or not (
                set(num) <= {"where", "followed_by"}):
            raise MeasureError("measures.bad-numerator", measure=measure_id)
        where = followed = None
        if "where" in num:
            if population.records != "responses":
                raise MeasureError("measures.where-needs-responses", measure=measure_id)
            where = _expression(num["where"], forms[population.form or ""].form, measure_id)
        else:
            followed = _followed_by(num["followed_by"], measure_id)
        return Measure(measure_id, title, description, kind, population, where, followed,
                       source=raw)
    if "numerator" in raw or "denominator" in raw:
        raise MeasureError("measures.fraction-on-non-proportion", measure=measure_id,
                           kind=kind)
    population = _population(raw.get("population"), forms, measure_id, "population",
                             median=kind == "median")
    return Measure(measure_id, title, description, kind, population, source=raw)


_POPULATION_KEYS = {
    "responses": {"records", "unit", "form", "where", "value"},
    "referrals": {"records", "unit", "direction", "domains", "month_of", "median_of"},
    "needs": {"records", "unit", "domains"},
    "services": {"records", "unit", "domains"},
}


def _population(raw: Any, forms: Mapping[str, NetworkForm], measure_id: str, part: str, *,
                median: bool) -> Population:
    if not isinstance(raw, dict):
        raise MeasureError("measures.field-missing", measure=measure_id, field=part)
    records = raw.get("records")
    if records not in RECORDS:
        raise MeasureError("measures.bad-records", measure=measure_id, records=str(records),
                           allowed=", ".join(RECORDS))
    extra = set(raw) - _POPULATION_KEYS[records]
    if extra:
        raise MeasureError("measures.unknown-field", measure=measure_id,
                           field=sorted(extra)[0], records=records)
    unit = raw.get("unit", "records")
    if unit not in UNITS:
        raise MeasureError("measures.bad-unit", measure=measure_id, unit=str(unit))
    if median and unit != "records":
        raise MeasureError("measures.median-unit", measure=measure_id)
    domains = _domains(raw.get("domains", []), measure_id)
    if records == "responses":
        url = raw.get("form")
        if not isinstance(url, str) or url not in forms:
            raise MeasureError("measures.unknown-form", measure=measure_id, form=str(url))
        form = forms[url].form
        where = _expression(raw["where"], form, measure_id) if "where" in raw else None
        value = None
        if median:
            if "value" not in raw:
                raise MeasureError("measures.median-value", measure=measure_id)
            value = _expression(raw["value"], form, measure_id)
        elif "value" in raw:
            raise MeasureError("measures.value-on-non-median", measure=measure_id)
        return Population("responses", unit, form=url, where=where, value=value)
    if records == "referrals":
        direction = raw.get("direction", "outgoing")
        if direction not in DIRECTIONS:
            raise MeasureError("measures.bad-direction", measure=measure_id,
                               direction=str(direction))
        month_of = raw.get("month_of", "sent")
        if month_of not in REFERRAL_MONTH_OF:
            raise MeasureError("measures.bad-month-of", measure=measure_id,
                               month_of=str(month_of), allowed=", ".join(REFERRAL_MONTH_OF))
        median_of = raw.get("median_of")
        if median and median_of not in MEDIAN_OF_REFERRALS:
            raise MeasureError("measures.median-value", measure=measure_id)
        if not median and median_of is not None:
            raise MeasureError("measures.value-on-non-median", measure=measure_id)
        if median_of == "days_to_first_service" and month_of != "first_service":
            raise MeasureError("measures.median-month-of", measure=measure_id)
        return Population("referrals", unit, direction=direction, domains=domains,
                          month_of=month_of, median_of=median_of)
    if median:
        raise MeasureError("measures.median-value", measure=measure_id)
    return Population(records, unit, domains=domains)


def _domains(raw: Any, measure_id: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(d, str) for d in raw):
        raise MeasureError("measures.field-type", measure=measure_id, field="domains")
    for domain in raw:
        if domain not in NEED_DOMAINS:
            raise MeasureError("measures.bad-domain", measure=measure_id, domain=domain,
                               allowed=", ".join(NEED_DOMAINS))
    return tuple(raw)


def _followed_by(raw: Any, measure_id: str) -> FollowedBy:
    if not isinstance(raw, dict) or raw.get("records") not in ("referrals", "services"):
        raise MeasureError("measures.bad-followed-by", measure=measure_id)
    extra = set(raw) - {"records", "domains", "within_days", "direction"}
    if extra:
        raise MeasureError("measures.unknown-field", measure=measure_id,
                           field=sorted(extra)[0], records="followed_by")
    days = raw.get("within_days")
    if not isinstance(days, int) or isinstance(days, bool) or not 0 <= days <= MAX_WITHIN_DAYS:
        raise MeasureError("measures.bad-within-days", measure=measure_id,
                           limit=MAX_WITHIN_DAYS)
    direction = raw.get("direction", "outgoing")
    if direction not in DIRECTIONS:
        raise MeasureError("measures.bad-direction", measure=measure_id,
                           direction=str(direction))
    return FollowedBy(raw["records"], _domains(raw.get("domains", []), measure_id), days,
                      direction)


def _expression(text: Any, form: Form, measure_id: str) -> Compiled:
    if not isinstance(text, str):
        raise MeasureError("measures.field-type", measure=measure_id, field="where")
    for link_id in _LINK_ID.findall(text):
        if link_id not in form.by_link_id:
            raise MeasureError("measures.unknown-item", measure=measure_id, item=link_id,
                               form=form.url)
    try:
        return compile_expression(text)
    except FormError as exc:
        raise MeasureError("measures.bad-expression", measure=measure_id,
                           why=str(exc)) from None


# --------------------------------------------------------------------------- versions


@dataclass(frozen=True)
class Change:
    """One difference between two framework versions."""

    what: str  # "measure" | "form"
    id: str  # the measure id or form url
    change: str  # "added" | "removed" | "changed"
    title: str


def changes(old: Framework | None, new: Framework) -> list[Change]:
    """What ``new`` adds, removes and changes against ``old`` (everything, when there is none)."""
    out: list[Change] = []
    old_measures = {m.id: m for m in old.measures} if old else {}
    new_measures = {m.id: m for m in new.measures}
    for m in new.measures:
        before = old_measures.get(m.id)
        if before is None:
            out.append(Change("measure", m.id, "added", m.title))
        elif before.definition != m.definition:
            out.append(Change("measure", m.id, "changed", m.title))
    out.extend(Change("measure", m.id, "removed", m.title)
               for m in (old.measures if old else ()) if m.id not in new_measures)
    old_forms = {f.url: f for f in old.forms} if old else {}
    new_forms = {f.url for f in new.forms}
    for f in new.forms:
        before_form = old_forms.get(f.url)
        if before_form is None:
            out.append(Change("form", f.url, "added", f.form.label))
        elif before_form.form.canonical != f.form.canonical or before_form.use != f.use:
            out.append(Change("form", f.url, "changed", f.form.label))
    out.extend(Change("form", f.url, "removed", f.form.label)
               for f in (old.forms if old else ()) if f.url not in new_forms)
    return out


def canonical_document(doc: Mapping[str, Any]) -> bytes:
    """The bytes a framework is signed and stored as."""
    return canonical_json(doc).encode()


__all__: Sequence[str] = [
    "DOCUMENT_TYPE", "FORMAT", "KINDS", "Change", "FollowedBy", "Framework", "Measure",
    "MeasureError", "NetworkForm", "Population", "canonical_document", "changes",
    "load_framework",
]
