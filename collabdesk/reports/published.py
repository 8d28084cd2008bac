"""A monthly summary as it is published: small counts withheld, complementary cells too, rates
and statistics suppressed where they would reveal a small count (:mod:`collabdesk.reports.
suppression`), with the headline figures and the twelve-month trend read from the tables.

:mod:`collabdesk.reports.summary` computes the raw counts on the laptop; only what this module
makes leaves it — in the preview, the exports and the submission to the hub.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from collabdesk.reports import indicators as ind
from collabdesk.reports.summary import Period, Summary, Trend
from collabdesk.reports.suppression import (
    COMPLEMENTARY,
    CountTable,
    PublishedTable,
    suppress_linked,
    suppress_rate,
    suppress_statistic,
)
from collabdesk.timeutil import iso


@dataclass(frozen=True)
class PublishedValue:
    """A headline figure as published: ``value`` is ``None`` when withheld or not defined."""

    id: str
    title: str
    unit: str
    value: float | None
    status: str  # "shown" | "withheld" (suppressed) | "none" (nothing to measure)
    n: int | None = None  # for statistics: how many items, when shown

    def text(self, threshold: int) -> str:
        if self.status == "withheld":
            return f"<{threshold}" if self.unit not in ("share", "days") else "withheld"
        if self.status == "none" or self.value is None:
            return "—"
        if self.unit == "share":
            return f"{self.value * 100:.0f}%"
        if self.unit == "days":
            return f"{self.value:g} days"
        return str(int(self.value))


@dataclass(frozen=True)
class PublishedTrend:
    months: tuple[str, ...]
    series: dict[str, tuple[int | None, ...]]


@dataclass(frozen=True)
class PublishedSummary:
    """What is previewed, exported and submitted: no names, dates of birth or free text."""

    period: Period
    agency_name: str
    indicator_set_version: str
    generated_at: dt.datetime
    as_of: dt.datetime
    threshold: int
    tables: tuple[PublishedTable, ...]
    values: tuple[PublishedValue, ...]
    trend: PublishedTrend | None = None
    workers_pseudonymous: bool = False
    worker_pseudonyms: dict[str, str] = field(default_factory=dict, repr=False)

    def table(self, table_id: str) -> PublishedTable:
        for table in self.tables:
            if table.name == table_id:
                return table
        raise KeyError(table_id)

    def value(self, indicator_id: str) -> PublishedValue:
        for value in self.values:
            if value.id == indicator_id:
                return value
        raise KeyError(indicator_id)

    @property
    def suppression_note(self) -> str:
        return ind.suppression_note(self.threshold)

    def for_submission(self) -> PublishedSummary:
        """The same summary with workers shown by pseudonym, as it goes to the hub."""
        if self.workers_pseudonymous:
            return self
        tables = tuple(
            replace(t, row_labels=tuple(self.worker_pseudonyms.get(r, r) for r in t.row_labels))
            if t.name in ind.WORKER_TABLES else t
            for t in self.tables)
        return replace(self, tables=tables, workers_pseudonymous=True, worker_pseudonyms={})

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form (figures as numbers, ``None`` for withheld)."""
        return {
            "agency": self.agency_name,
            "period": {"start": self.period.start.isoformat(), "end": self.period.end.isoformat(),
                       "timezone": self.period.timezone, "label": self.period.label},
            "indicator_set_version": self.indicator_set_version,
            "generated_at": iso(self.generated_at),
            "as_of": iso(self.as_of),
            "threshold": self.threshold,
            "workers_pseudonymous": self.workers_pseudonymous,
            "values": [{"id": v.id, "value": v.value, "status": v.status, "n": v.n,
                        "version": ind.INDICATORS[v.id].version} for v in self.values],
            "tables": [{
                "id": t.name, "version": ind.INDICATORS[t.name].version,
                "rows": list(t.row_labels), "columns": list(t.col_labels),
                "cells": [list(r) for r in t.cells],
                "row_totals": list(t.row_totals) if t.row_totals is not None else None,
                "column_totals": list(t.col_totals) if t.col_totals is not None else None,
                "grand_total": t.grand_total,
            } for t in self.tables],
            "trend": None if self.trend is None else {
                "months": list(self.trend.months),
                "series": {k: list(v) for k, v in self.trend.series.items()}},
        }


def _fold_rare_types(table: CountTable, threshold: int) -> CountTable:
    kept = [(label, row[0]) for label, row in zip(table.row_labels, table.cells, strict=True)
            if row[0] >= threshold and label != ind.OTHER_SERVICE_TYPES]
    other = table.grand_total() - sum(n for _, n in kept)
    rows = [*kept, (ind.OTHER_SERVICE_TYPES, other)] if other or not kept else kept
    return CountTable.from_counts(table.name, rows, column=table.col_labels[0])


def publish(summary: Summary, threshold: int, trend: Trend | None = None) -> PublishedSummary:
    """Suppress every table (linked ones together) and derive the headline figures."""
    raw = dict(summary.tables)
    raw["services_by_type"] = _fold_rare_types(raw["services_by_type"], threshold)
    published: dict[str, PublishedTable] = {}
    grouped = {t for group in ind.LINKED_TABLES for t in group}
    for group in ind.LINKED_TABLES:
        for t, result in zip(group, suppress_linked([raw[t] for t in group], threshold=threshold),
                             strict=True):
            published[t] = result
    for t in ind.TABLE_IDS:
        if t not in grouped:
            published[t] = suppress_linked([raw[t]], threshold=threshold)[0]

    _harmonize_sent(published)
    values: list[PublishedValue] = []

    def count(indicator_id: str, figure: int | None) -> None:
        i = ind.INDICATORS[indicator_id]
        values.append(PublishedValue(i.id, i.title, i.unit,
                                     None if figure is None else float(figure),
                                     "withheld" if figure is None else "shown"))

    def col_total(table_id: str, col: str) -> int | None:
        table = published[table_id]
        assert table.col_totals is not None
        return table.col_totals[table.col_labels.index(col)]

    def cell(table_id: str, row: str, col: int = 0) -> int | None:
        table = published[table_id]
        return table.cells[table.row_labels.index(row)][col]

    def rate(indicator_id: str, num: int | None, den: int | None, raw_den: int,
             complement: bool = False) -> None:
        i = ind.INDICATORS[indicator_id]
        if raw_den == 0:
            values.append(PublishedValue(i.id, i.title, i.unit, None, "none"))
            return
        share = suppress_rate(num, den, threshold)
        if share is not None and complement:
            share = 1.0 - share
        values.append(PublishedValue(i.id, i.title, i.unit, share,
                                     "withheld" if share is None else "shown"))

    count("clients_served_total", published["clients_served"].grand_total)
    count("new_clients", cell("other_counts", ind.ROW_NEW_CLIENTS))
    for indicator_id, col in (("cases_opened", ind.COL_OPENED),
                              ("cases_reopened", ind.COL_REOPENED),
                              ("cases_closed", ind.COL_CLOSED),
                              ("cases_open_at_end", ind.COL_OPEN_AT_END)):
        count(indicator_id, col_total("cases_by_worker", col))
    count("needs_identified", published["needs_by_domain"].grand_total)
    count("services_delivered", published["services_by_type"].grand_total)
    count("referrals_sent", col_total("referrals_by_partner", ind.COL_SENT))
    count("referrals_received", col_total("referrals_by_partner", ind.COL_RECEIVED))
    count("tasks_overdue", published["tasks_overdue_by_worker"].grand_total)
    answers, raw_answers = published["referral_answers"], raw["referral_answers"]
    for k, direction in ((0, "out"), (1, "in")):
        answered = answers.col_totals[k] if answers.col_totals is not None else None
        raw_answered = raw_answers.col_sums()[k]
        accepted = cell("referral_answers", ind.ROW_ACCEPTED, k)
        rate(f"acceptance_rate_{direction}", accepted, answered, raw_answered)
        rate(f"decline_rate_{direction}", accepted, answered, raw_answered, complement=True)
    sent_raw = raw["referrals_by_partner"].col_sums()[0]
    steps = dict(_funnel_steps(published["referral_funnel"], threshold))
    rate("loop_closed_share", steps["loop closed"], steps["sent"], sent_raw)
    linked_published = cell("other_counts", ind.ROW_LINKED)
    for stat_id in ("linkage_median_days", "linkage_p90_days"):
        i = ind.INDICATORS[stat_id]
        stat = summary.statistics[stat_id]
        if stat.n == 0:
            values.append(PublishedValue(i.id, i.title, i.unit, None, "none"))
            continue
        shown = suppress_statistic(stat.value, linked_published, threshold)
        values.append(PublishedValue(i.id, i.title, i.unit, shown,
                                     "withheld" if shown is None else "shown",
                                     stat.n if shown is not None else None))

    published_trend = None
    if trend is not None:
        published_trend = publish_trend(trend, threshold)
        if summary.period.month == trend.months[-1]:
            # The period's own month must show exactly what the tables show (a total withheld
            # there must not reappear in the chart).
            series = dict(published_trend.series)
            for name in series:
                current = next(v.value for v in values if v.id == name)
                series[name] = (*series[name][:-1], None if current is None else int(current))
            published_trend = PublishedTrend(published_trend.months, series)

    return PublishedSummary(
        period=summary.period, agency_name=summary.agency_name,
        indicator_set_version=summary.indicator_set_version,
        generated_at=summary.generated_at, as_of=summary.as_of, threshold=threshold,
        tables=tuple(published[t] for t in ind.TABLE_IDS), values=tuple(values),
        trend=published_trend, worker_pseudonyms=dict(summary.worker_pseudonyms),
    )


def _harmonize_sent(published: dict[str, PublishedTable]) -> None:
    """Referrals sent is both the funnel's total and a total of the referral tables: when
    either withholds it, both must (withholding more never reveals anything)."""
    funnel = published["referral_funnel"]
    tables = [published["referrals_by_partner"], published["referrals_by_category"]]
    if funnel.grand_total is not None and all(
            t.col_totals is not None and t.col_totals[0] is not None for t in tables):
        return
    published["referral_funnel"] = replace(
        funnel, col_totals=(None,), grand_total=None,
        col_total_flags=(funnel.col_total_flags or ("",))[:1] if funnel.grand_total is None
        else (COMPLEMENTARY,), grand_total_flag=funnel.grand_total_flag or COMPLEMENTARY)
    for t in tables:
        assert t.col_totals is not None and t.col_total_flags is not None
        if t.col_totals[0] is not None:
            published[t.name] = replace(
                t, col_totals=(None, *t.col_totals[1:]),
                col_total_flags=(COMPLEMENTARY, *t.col_total_flags[1:]))


def _funnel_steps(funnel: PublishedTable, threshold: int) -> list[tuple[str, int | None]]:
    cells = {label: row[0] for label, row in zip(funnel.row_labels, funnel.cells, strict=True)}
    total = funnel.grand_total
    steps: list[tuple[str, int | None]] = [("sent", total)]
    for step, stages in ind.FUNNEL_STEPS.items():
        own = [cells[s] for s in stages]
        others = [cells[s] for s in ind.FUNNEL_STAGES if s not in stages]
        figure: int | None = None
        if all(v is not None for v in own):
            figure = sum(v for v in own if v is not None)
        elif total is not None and all(v is not None for v in others):
            figure = total - sum(v for v in others if v is not None)
        if figure is not None and 0 < figure < threshold:
            figure = None
        steps.append((step, figure))
    return steps


def funnel_steps(published: PublishedSummary) -> list[tuple[str, int | None]]:
    """Sent, accepted, service started, completed and loop closed, as published."""
    return _funnel_steps(published.table("referral_funnel"), published.threshold)


def publish_trend(trend: Trend, threshold: int) -> PublishedTrend:
    """Monthly totals with every count from 1 to threshold - 1 withheld."""
    return PublishedTrend(trend.months, {
        name: tuple(None if 0 < n < threshold else n for n in counts)
        for name, counts in trend.series.items()})
