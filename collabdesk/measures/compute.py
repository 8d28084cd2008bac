"""Computing the network's measures for one month from this laptop's own records, and
publishing them with the monthly summary's suppression rules.

:func:`compute` returns raw figures (:class:`RawFigure`, never leaving the laptop as they
are); :func:`publish` turns them into :class:`Figure` s: a count from 1 to threshold − 1 is
withheld (the summary's primary suppression, via the same code), a proportion is withheld by
:func:`~collabdesk.reports.suppression.suppress_rate` (either part small, or the remainder
small), a median by :func:`~collabdesk.reports.suppression.suppress_statistic` (resting on
fewer items than the threshold). A proportion whose denominator is zero has no figure
(``status "none"``, reason ``measures.zero-denominator``), and is never shown as 0%.

A response counts in the month it was first completed, with the answers of its current
version. FHIRPath conditions see the response's items only (``item``), never its subject or
dates; their results are remembered per answer set, as most responses share a few answer
sets. Every figure carries the framework version it was computed under.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from collabdesk.forms.errors import FormError
from collabdesk.forms.evaluate import plan_for
from collabdesk.forms.fhirpath import Compiled, evaluate
from collabdesk.measures.framework import Framework, Measure, MeasureError, Population
from collabdesk.progress import Cancelled, check
from collabdesk.reports.summary import _Ctx as _Bounds
from collabdesk.reports.summary import month_bounds
from collabdesk.reports.suppression import (
    CountTable,
    suppress_linked,
    suppress_rate,
    suppress_statistic,
)

if TYPE_CHECKING:
    from collabdesk.forms.model import Form
    from collabdesk.services.session import Session
    from collabdesk.store.db import Connection


@dataclass(frozen=True)
class RawFigure:
    measure: str
    kind: str
    numerator: int | None  # proportions: how many of the denominator; counts: the count
    denominator: int | None  # proportions only
    value: float | None  # the count, the share or the median (None: nothing to measure)
    n: int  # what the figure rests on: the count, the denominator, the median's items


@dataclass(frozen=True)
class Figure:
    """A measure's figure as published: ``value`` is None unless ``status`` is ``shown``."""

    measure: str
    kind: str
    status: str  # "shown" | "withheld" | "none"
    value: float | None
    numerator: int | None = None  # proportions, when shown
    denominator: int | None = None  # proportions, when shown
    n: int | None = None  # medians, when shown
    reason: str = ""  # catalogue code saying why there is no figure

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.measure, "kind": self.kind, "status": self.status,
                               "value": self.value}
        if self.numerator is not None:
            out["numerator"] = self.numerator
        if self.denominator is not None:
            out["denominator"] = self.denominator
        if self.n is not None:
            out["n"] = self.n
        if self.reason:
            out["reason"] = self.reason
        return out


@dataclass(frozen=True)
class MonthFigures:
    """One month's published figures under one framework version."""

    month: str
    network: str
    framework_version: int
    framework_digest: str
    threshold: int
    figures: tuple[Figure, ...]

    def figure(self, measure_id: str) -> Figure:
        for f in self.figures:
            if f.measure == measure_id:
                return f
        raise KeyError(measure_id)

    def to_dict(self) -> dict[str, Any]:
        return {"network": self.network, "framework_version": self.framework_version,
                "framework_digest": self.framework_digest, "month": self.month,
                "threshold": self.threshold, "figures": [f.to_dict() for f in self.figures]}


# --------------------------------------------------------------------------- computing


@dataclass
class _Record:
    key: str  # response, referral, need or service id
    client: str | None
    moment: str  # ISO moment (responses, referrals) or day (needs, services)
    items: str | None = None  # responses: the current version's items (JSON text)
    value: float | None = None  # referrals: days to first service


class _Run:
    def __init__(self, conn: Connection, bounds: _Bounds, framework: Framework) -> None:
        self.conn = conn
        self.b = bounds
        self.framework = framework
        self.memo: dict[tuple[str, str], list[Any]] = {}
        self.cache: dict[tuple[Any, ...], list[_Record]] = {}

    # -- populations -------------------------------------------------------------------------

    def population(self, p: Population) -> list[_Record]:
        key = (p.records, p.form, p.direction, p.domains, p.month_of)
        if key not in self.cache:
            self.cache[key] = getattr(self, "_" + p.records)(p)
        records = self.cache[key]
        if p.where is not None:
            form = self.framework.form(p.form or "").form
            records = [r for r in records if self.holds(p.where, form, r)]
        return records

    def _responses(self, p: Population) -> list[_Record]:
        # Candidates from the heads (small rows): a response first completed in the month
        # has its current version saved then or later. Only their items are read.
        rows = self.conn.execute(
            "WITH firsts AS (SELECT h.response_id, h.current, (SELECT min(v.authored_at) "
            "FROM form_responses v WHERE v.response_id = h.response_id "
            "AND v.status != 'in-progress') AS first FROM form_response_heads h "
            "WHERE h.form_url = :form AND h.authored_at >= :s) "
            "SELECT f.response_id, coalesce(r.client_id, c.client_id), f.first, "
            "json_extract(r.body, '$.item') FROM firsts f "
            "JOIN form_responses r ON r.id = f.current LEFT JOIN cases c ON c.id = r.case_id "
            "WHERE f.first >= :s AND f.first < :e AND f.first < :asof",
            {**self.b.params, "form": p.form})
        return [_Record(rid, client, first, items or "[]")
                for rid, client, first, items in rows]

    def _domain_sql(self, column: str, domains: tuple[str, ...]) -> str:
        if not domains:
            return ""
        return f" AND {column} IN ({', '.join('?' * len(domains))})"

    def _referrals(self, p: Population) -> list[_Record]:
        sql = ("SELECT r.id, coalesce(r.client_id, c.client_id), r.sent_at FROM referrals r "
               "LEFT JOIN cases c ON c.id = r.case_id WHERE r.direction = ? "
               "AND r.sent_at IS NOT NULL" + self._domain_sql("r.domain", p.domains))
        args: list[Any] = [p.direction, *p.domains]
        if p.month_of == "sent":
            rows = self.conn.execute(sql + " AND r.sent_at >= ? AND r.sent_at < ?",
                                     [*args, self.b.params["s"], self.b.params["e"]])
            return [_Record(rid, client, sent) for rid, client, sent in rows]
        # The first service: the earliest service_started or completed, as time to linkage.
        rows = self.conn.execute(
            "SELECT r.id, coalesce(r.client_id, c.client_id), r.sent_at, min(t.at) "
            "FROM transitions t JOIN referrals r ON r.id = t.entity_id "
            "LEFT JOIN cases c ON c.id = r.case_id "
            "WHERE t.entity = 'referral' AND t.field = 'status' AND t.outcome != 'rejected' "
            "AND t.to_value IN ('service_started', 'completed') AND t.at < ? "
            # Only referrals with a service in the month can have their first one in it.
            "AND t.entity_id IN (SELECT entity_id FROM transitions WHERE at >= ? AND at < ? "
            "AND entity = 'referral' AND field = 'status' "
            "AND to_value IN ('service_started', 'completed')) "
            "AND r.direction = ? AND r.sent_at IS NOT NULL"
            + self._domain_sql("r.domain", p.domains) + " GROUP BY r.id",
            [self.b.params["e"], self.b.params["s"], self.b.params["e"], *args])
        out = []
        for rid, client, sent, first in rows:
            if self.b.params["s"] <= first < self.b.params["e"]:
                days = max(0, (self.b.local_day(first) - self.b.local_day(sent)).days)
                out.append(_Record(rid, client, first, value=float(days)))
        return out

    def _needs(self, p: Population) -> list[_Record]:
        rows = self.conn.execute(
            "SELECT n.id, c.client_id, n.identified_at FROM needs n JOIN cases c "
            "ON c.id = n.case_id WHERE n.identified_at >= ? AND n.identified_at < ?"
            + self._domain_sql("n.domain", p.domains),
            [self.b.params["sd"], self.b.params["ed"], *p.domains])
        return [_Record(i, client, day) for i, client, day in rows]

    def _services(self, p: Population) -> list[_Record]:
        rows = self.conn.execute(
            "SELECT s.id, c.client_id, s.delivered_at FROM services s JOIN cases c "
            "ON c.id = s.case_id LEFT JOIN needs n ON n.id = s.need_id "
            "LEFT JOIN referrals r ON r.id = s.referral_id "
            "WHERE s.delivered_at >= ? AND s.delivered_at < ?"
            + self._domain_sql("coalesce(n.domain, r.domain, 'other')", p.domains),
            [self.b.params["sd"], self.b.params["ed"], *p.domains])
        return [_Record(i, client, day) for i, client, day in rows]

    # -- FHIRPath over responses -------------------------------------------------------------

    def evaluate(self, compiled: Compiled, form: Form, record: _Record) -> list[Any]:
        # ``record.items`` is the response's items as the store's JSON text: the same answers
        # give the same text, so the result is remembered by it.
        key = (compiled.expression, record.items or "[]")
        found = self.memo.get(key)
        if found is None:
            try:
                items = json.loads(key[1])
            except ValueError:
                items = []
            resource = {"resourceType": "QuestionnaireResponse",
                        "item": items if isinstance(items, list) else []}
            try:
                found = evaluate(compiled, resource, {"resource": resource,
                                                      "questionnaire": form.resource},
                                 plan_for(form).functions)
            except FormError:
                found = []  # a response the expression cannot read counts as not matching
            self.memo[key] = found
        return found

    def holds(self, compiled: Compiled, form: Form, record: _Record) -> bool:
        return self.evaluate(compiled, form, record) == [True]

    def number(self, compiled: Compiled, form: Form, record: _Record) -> float | None:
        found = self.evaluate(compiled, form, record)
        if len(found) == 1 and isinstance(found[0], int | float) and not isinstance(
                found[0], bool):
            return float(found[0])
        return None

    # -- "followed by" -----------------------------------------------------------------------

    def followed(self, records: list[_Record], m: Measure) -> list[_Record]:
        fb = m.followed_by
        assert fb is not None
        clients = sorted({r.client for r in records if r.client})
        if not clients:
            return []
        last = max(self.b.local_day(r.moment) if "T" in r.moment
                   else dt.date.fromisoformat(r.moment) for r in records)
        until = (last + dt.timedelta(days=fb.within_days + 1)).isoformat()
        days: dict[str, list[dt.date]] = defaultdict(list)
        if fb.records == "referrals":
            rows = self.conn.execute(
                "SELECT coalesce(r.client_id, c.client_id) AS who, r.sent_at FROM referrals r "
                "LEFT JOIN cases c ON c.id = r.case_id "
                "WHERE who IN (SELECT value FROM json_each(?)) AND r.direction = ? "
                "AND r.sent_at >= ? AND r.sent_at < ?"
                + self._domain_sql("r.domain", fb.domains),
                [json.dumps(clients), fb.direction, self.b.params["s"],
                 min(until, self.b.params["asof"]), *fb.domains])
            for client, sent in rows:
                days[client].append(self.b.local_day(sent))
        else:
            rows = self.conn.execute(
                "SELECT c.client_id, s.delivered_at FROM json_each(?) j JOIN cases c "
                "ON c.client_id = j.value JOIN services s ON s.case_id = c.id "
                "LEFT JOIN needs n ON n.id = s.need_id "
                "LEFT JOIN referrals r ON r.id = s.referral_id "
                "WHERE s.delivered_at >= ? AND s.delivered_at < ?"
                + self._domain_sql("coalesce(n.domain, r.domain, 'other')", fb.domains),
                [json.dumps(clients), self.b.params["sd"],
                 min(until, self.b.params["asof_day"]), *fb.domains])
            for client, day in rows:
                days[client].append(dt.date.fromisoformat(day[:10]))
        out = []
        for r in records:
            start = (self.b.local_day(r.moment) if "T" in r.moment
                     else dt.date.fromisoformat(r.moment))
            end = start + dt.timedelta(days=fb.within_days)
            if any(start <= d <= end for d in days.get(r.client or "", ())):
                out.append(r)
        return out

    # -- one measure -------------------------------------------------------------------------

    def figure(self, m: Measure) -> RawFigure:
        p = m.population
        records = self.population(p)
        if m.kind == "count":
            n = _units(records, p.unit)
            return RawFigure(m.id, m.kind, n, None, float(n), n)
        if m.kind == "median":
            if p.records == "responses":
                assert p.value is not None
                form = self.framework.form(p.form or "").form
                values = [v for r in records
                          if (v := self.number(p.value, form, r)) is not None]
            else:
                values = [r.value for r in records if r.value is not None]
            median = float(statistics.median(values)) if values else None
            return RawFigure(m.id, m.kind, None, None, median, len(values))
        if m.numerator_where is not None:
            form = self.framework.form(p.form or "").form
            hits = [r for r in records if self.holds(m.numerator_where, form, r)]
        else:
            hits = self.followed(records, m)
        num, den = _units(hits, p.unit), _units(records, p.unit)
        return RawFigure(m.id, m.kind, num, den, num / den if den else None, den)


def _units(records: Iterable[_Record], unit: str) -> int:
    if unit == "clients":
        return len({r.client or r.key for r in records})
    return sum(1 for _ in records)


def compute(session: Session, framework: Framework, month: str, *,
            cancelled: Cancelled | None = None) -> list[RawFigure]:
    """Every measure of ``framework`` for ``month`` (``YYYY-MM``), raw. Past months can be
    computed at any time (back-filling a measure the network adds later)."""
    start, end = month_bounds(month)
    bounds = _Bounds(session, start, end)
    out = []
    with session.store.read() as conn:
        run = _Run(conn, bounds, framework)
        for m in framework.measures:
            check(cancelled)
            out.append(run.figure(m))
    return out


def publish(framework: Framework, month: str, raw: list[RawFigure],
            threshold: int) -> MonthFigures:
    """The figures as they may leave the laptop."""
    figures = []
    for r in raw:
        if r.kind == "count":
            cell = suppress_linked([CountTable.from_counts(
                r.measure, [("count", r.numerator or 0)], column="count")],
                threshold=threshold)[0].cells[0][0]
            figures.append(Figure(r.measure, r.kind, "withheld" if cell is None else "shown",
                                  None if cell is None else float(cell)))
        elif r.kind == "proportion":
            if not r.denominator:
                figures.append(Figure(r.measure, r.kind, "none", None,
                                      reason="measures.zero-denominator"))
                continue
            share = suppress_rate(r.numerator, r.denominator, threshold)
            if share is None:
                figures.append(Figure(r.measure, r.kind, "withheld", None,
                                      reason="measures.small-count"))
            else:
                figures.append(Figure(r.measure, r.kind, "shown", share, r.numerator,
                                      r.denominator))
        else:
            if r.value is None:
                figures.append(Figure(r.measure, r.kind, "none", None,
                                      reason="measures.nothing-to-measure"))
                continue
            median = suppress_statistic(r.value, r.n, threshold)
            figures.append(Figure(r.measure, r.kind, "shown", median, n=r.n)
                           if median is not None else
                           Figure(r.measure, r.kind, "withheld", None,
                                  reason="measures.small-count"))
    return MonthFigures(month, framework.network, framework.version, framework.digest,
                        threshold, tuple(figures))


def month_figures(session: Session, framework: Framework, month: str, threshold: int, *,
                  cancelled: Cancelled | None = None) -> MonthFigures:
    """:func:`compute` then :func:`publish`."""
    return publish(framework, month, compute(session, framework, month, cancelled=cancelled),
                   threshold)


__all__ = ["Figure", "MeasureError", "MonthFigures", "RawFigure", "compute", "month_figures",
           "publish"]
