"""The network dashboard's shared-measures pages: run charts month by month.

``/dashboard/measures`` shows, for each measure of the current framework, the network's run
chart (its monthly figure with the median of those months as the centre line, as
improvement teams read it) and links to the measure's page: its definition one click away
(a ``<details>``), every agency's published figure beside the network's, withheld figures
marked and never guessed, and a CSV download. ``/dashboard/measures/agency/{id}`` is one
agency's page (its figures beside the network's), ``/dashboard/measures/versions`` lists the
framework versions with what each changed.

The network's figure for a month adds up what agencies published: counts are summed,
proportions are the summed numerators over the summed denominators, both from the figures
shown only (a withheld one is left out and counted in the "+n withheld" note, so the network
figure is then a lower bound or rests on fewer agencies); for medians the hub never sees the
single items, so the network line is the median of the agencies' medians, and says so.

The same sign-in as the rest of the dashboard. Each hub worker keeps the figures it has read
in memory and reads only the summaries stored since (``summaries`` rows are only added), so a
page after a new submission parses that submission, not all of them.
"""

from __future__ import annotations

import csv
import io
import statistics
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import Engine, func, select

from collabdesk.measures.framework import Framework, Measure, changes
from collabdesk.sync import summaries
from collabdesk.sync.hub import db
from collabdesk.sync.hub import measures as hub_measures
from collabdesk.sync.hub.dashboard import _HEADERS, _html
from collabdesk.sync.hub.dashboard_html import PREFIX, _e, _page
from collabdesk.sync.hub.operators import SESSION_COOKIE, Sessions

BASE = PREFIX + "/measures"
_EXTRA_STYLE = ("<style>.wide{overflow-x:auto}.chart{max-width:100%;height:auto}"
                "td.old{color:#555}details{margin:6px 0}</style>")


@dataclass(frozen=True)
class AgencyFigures:
    agency_id: str
    agency_name: str
    month: str
    framework_version: int
    threshold: int
    figures: dict[str, dict[str, Any]]
    new_framework: bool = False  # resubmitted under another framework version on purpose


@dataclass(frozen=True)
class NetworkPoint:
    value: float | None
    agencies: int  # agencies whose figure was shown
    withheld: int  # agencies whose figure was withheld


class _Cache:
    """Submissions' measure figures, kept per (agency, month); each request reads only the
    summaries stored since the last one (rows are only ever added; the newest row of an
    agency's month is its current submission)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.lock = threading.Lock()
        self.last_id = 0
        self.by_key: dict[tuple[str, str], AgencyFigures] = {}
        self.rows = Figures()

    def get(self) -> Figures:
        with self.lock:
            with db.read_tx(self.engine) as conn:
                newest = int(conn.execute(select(func.coalesce(
                    func.max(db.summaries.c.id), 0))).scalar_one())
                if newest == self.last_id:
                    return self.rows
                names = {r.id: r.name for r in conn.execute(
                    select(db.agencies.c.id, db.agencies.c.name))}
                rows = conn.execute(
                    select(db.summaries.c.id, db.summaries.c.agency_id, db.summaries.c.month,
                           db.summaries.c.payload)
                    .where(db.summaries.c.id > self.last_id)
                    .order_by(db.summaries.c.id)).all()
            for row in rows:
                key = (row.agency_id, row.month)
                found = _figures(row.agency_id, names.get(row.agency_id, row.agency_id),
                                 row.month, bytes(row.payload))
                before = self.by_key.get(key)
                if found is None:  # a summary without measures (an older app) keeps them
                    continue
                if (before is None or found.framework_version == before.framework_version
                      or found.new_framework):
                    self.by_key[key] = found
                # else: a month submitted under one framework version stays so, unless the
                # agency resubmitted it under another on purpose (``new_framework``).
            for key, value in list(self.by_key.items()):  # agencies renamed meanwhile
                name = names.get(key[0], value.agency_name)
                if name != value.agency_name:
                    self.by_key[key] = AgencyFigures(key[0], name, *_rest(value))
            self.last_id = newest
            self.rows = Figures(sorted(self.by_key.values(),
                                       key=lambda r: (r.month, r.agency_name.casefold())))
            return self.rows


def _rest(v: AgencyFigures) -> tuple[str, int, int, dict[str, dict[str, Any]], bool]:
    return v.month, v.framework_version, v.threshold, v.figures, v.new_framework


def _figures(agency_id: str, name: str, month: str, payload: bytes) -> AgencyFigures | None:
    try:
        _, document, _ = summaries.read_stored(payload)
        summary = summaries.parse_document(document).get("summary") or {}
    except (ValueError, KeyError, TypeError):
        return None
    found = summary.get("measures") if isinstance(summary, dict) else None
    if not isinstance(found, dict):
        return None
    figures = {str(f.get("id")): f for f in found.get("figures") or [] if isinstance(f, dict)}
    return AgencyFigures(agency_id, name, month, int(found.get("framework_version") or 0),
                         int(found.get("threshold") or summary.get("threshold") or 5), figures,
                         found.get("new_framework") is True)


def network_point(measure: Measure, rows: Sequence[AgencyFigures]) -> NetworkPoint:
    shown = [r.figures[measure.id] for r in rows if r.figures.get(measure.id, {}).get(
        "status") == "shown"]
    withheld = sum(1 for r in rows if r.figures.get(measure.id, {}).get("status") == "withheld")
    if not shown:
        return NetworkPoint(None, 0, withheld)
    if measure.kind == "count":
        value: float | None = float(sum(float(f["value"]) for f in shown))
    elif measure.kind == "proportion":
        den = sum(int(f.get("denominator") or 0) for f in shown)
        num = sum(int(f.get("numerator") or 0) for f in shown)
        value = num / den if den else None
    else:
        value = float(statistics.median(float(f["value"]) for f in shown))
    return NetworkPoint(value, len(shown), withheld)


def _fmt(measure: Measure, value: float | None) -> str:
    if value is None:
        return "—"
    if measure.kind == "proportion":
        return f"{value * 100:.0f}%"
    if measure.kind == "median":
        return f"{value:g} days" if measure.population.records == "referrals" else f"{value:g}"
    return f"{value:g}"


def _figure_text(measure: Measure, f: dict[str, Any] | None, threshold: int) -> tuple[str, str]:
    if not f:
        return "not submitted", ""
    if f.get("status") == "withheld":
        return (f"<{threshold}" if measure.kind == "count" else "withheld"), "withheld"
    if f.get("status") != "shown":
        return "—", ""
    return _fmt(measure, float(f["value"])), ""


def run_chart(measure: Measure, months: Sequence[str], points: Sequence[NetworkPoint], *,
              width: int = 640) -> str:
    """An SVG run chart: the monthly figures joined by a line, the median of the months shown
    as a dashed centre line; months with no figure leave a gap and a mark."""
    values = [p.value for p in points]
    present = [v for v in values if v is not None]
    top = max(present or [1.0]) or 1.0
    if measure.kind == "proportion":
        top = max(top, 1.0) if top > 0.5 else top
    height, base, left, right = 200, 160, 46, 30  # room for the last month's label
    slot = (width - left - right) / max(1, len(months) - 1 or 1)

    def y(v: float) -> float:
        return base - (base - 24) * v / top

    def x(i: int) -> float:
        return left + (i * slot if len(months) > 1 else (width - left - right) / 2)

    label = f"Run chart: {measure.title}"
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{_e(label)}" '
             f'class="chart" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}">',
             f'<line x1="{left}" y1="{base}" x2="{width - right}" y2="{base}" stroke="#888"/>',
             f'<text x="{left - 4}" y="{y(top) + 4:.1f}" font-size="10" text-anchor="end">'
             f'{_e(_fmt(measure, top))}</text>',
             f'<text x="{left - 4}" y="{base + 4}" font-size="10" text-anchor="end">'
             f'{_e(_fmt(measure, 0.0))}</text>']
    if present:
        centre = float(statistics.median(present))
        parts.append(f'<line class="median" x1="{left}" y1="{y(centre):.1f}" '
                     f'x2="{width - right}" y2="{y(centre):.1f}" stroke="#c05a00" '
                     f'stroke-dasharray="6 4"><title>Median {_e(_fmt(measure, centre))}'
                     '</title></line>')
    path: list[str] = []
    for i, v in enumerate(values):
        if v is None:
            if len(path) > 1:
                parts.append(f'<polyline fill="none" stroke="#2f6f9f" stroke-width="2" '
                             f'points="{" ".join(path)}"/>')
            path = []
            parts.append(f'<text x="{x(i):.1f}" y="{base - 4}" font-size="10" '
                         f'text-anchor="middle" class="gap">×</text>')
            continue
        path.append(f"{x(i):.1f},{y(v):.1f}")
        parts.append(f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="3" fill="#2f6f9f">'
                     f'<title>{_e(months[i])}: {_e(_fmt(measure, v))}</title></circle>')
    if len(path) > 1:
        parts.append(f'<polyline fill="none" stroke="#2f6f9f" stroke-width="2" '
                     f'points="{" ".join(path)}"/>')
    step = max(1, len(months) // 8)
    for i, m in enumerate(months):
        if i % step == 0 or i == len(months) - 1:
            parts.append(f'<text x="{x(i):.1f}" y="{base + 16}" font-size="10" '
                         f'text-anchor="middle">{_e(m)}</text>')
    parts.append("</svg>")
    return "".join(parts)


class Figures(list[AgencyFigures]):
    """The cache's rows, with the network series worked out from them remembered (a page
    view then costs no arithmetic over every submission until a new one arrives)."""

    def __init__(self, rows: Sequence[AgencyFigures] = ()) -> None:
        super().__init__(rows)
        self.memo: dict[str, tuple[list[str], list[NetworkPoint]]] = {}


def _series(measure: Measure, rows: Sequence[AgencyFigures]
            ) -> tuple[list[str], list[NetworkPoint]]:
    memo = rows.memo if isinstance(rows, Figures) else None
    if memo is not None and measure.definition in memo:
        return memo[measure.definition]
    found = _compute_series(measure, rows)
    if memo is not None:
        memo[measure.definition] = found
    return found


def _compute_series(measure: Measure, rows: Sequence[AgencyFigures]
                    ) -> tuple[list[str], list[NetworkPoint]]:
    months = sorted({r.month for r in rows})
    by_month: dict[str, list[AgencyFigures]] = {m: [] for m in months}
    for r in rows:
        by_month[r.month].append(r)
    return months, [network_point(measure, by_month[m]) for m in months]


def _definition(measure: Measure) -> str:
    return (f'<details><summary>Definition of {_e(measure.title)}</summary>'
            f'<p>{_e(measure.description or measure.title)}</p>'
            f'<pre class="wide">{_e(measure.definition)}</pre></details>')


def _note(measure: Measure) -> str:
    if measure.kind == "median":
        return ("<p class=\"note\">The network line is the median of the agencies' medians: "
                "the hub never sees single referrals.</p>")
    return ""


def render_overview(framework: Framework, rows: Sequence[AgencyFigures]) -> str:
    out = [_EXTRA_STYLE, _nav(), f"<p class=\"note\">{_e(framework.title)} — framework "
           f"version {framework.version}. Each chart: the network's figure month by month; "
           "the dashed line is the median of those months; × marks a month with no figure "
           "shown.</p>"]
    for m in framework.measures:
        months, points = _series(m, rows)
        latest = points[-1] if points else NetworkPoint(None, 0, 0)
        out.append(
            f'<section id="measure-{_e(m.id)}"><h2><a href="{BASE}/{quote(m.id)}">'
            f'{_e(m.title)}</a></h2><div class="wide">{run_chart(m, months, points)}</div>'
            f'<p>Latest month: <b>{_e(_fmt(m, latest.value))}</b> from {latest.agencies} '
            f'agencies{_withheld(latest.withheld)}.</p>{_definition(m)}</section>')
    return "".join(out)


def _withheld(n: int) -> str:
    return f" (+{n} withheld)" if n else ""


def _nav() -> str:
    return (f'<nav aria-label="Dashboard"><a href="{PREFIX}">Summaries</a>'
            f'<a href="{BASE}">Shared measures</a><a href="{BASE}/versions">Framework '
            'versions</a></nav>')


def render_measure(framework: Framework, measure: Measure, rows: Sequence[AgencyFigures]
                   ) -> str:
    months, points = _series(measure, rows)
    agencies = sorted({(r.agency_name.casefold(), r.agency_id, r.agency_name) for r in rows})
    cell = {(r.agency_id, r.month): r for r in rows}
    head = "".join(f"<th>{_e(m)}</th>" for m in months)
    body = ["<tr><th scope=\"row\">Network</th>" + "".join(
        f"<td data-month=\"{_e(m)}\">{_e(_fmt(measure, p.value))}{_e(_withheld(p.withheld))}"
        "</td>" for m, p in zip(months, points, strict=True)) + "</tr>"]
    for _, agency_id, name in agencies:
        tds = []
        for m in months:
            r = cell.get((agency_id, m))
            text, css = _figure_text(measure, r.figures.get(measure.id) if r else None,
                                     r.threshold if r else 5)
            if r and r.framework_version != framework.version:
                text += f" (v{r.framework_version})"
                css = (css + " old").strip()
            cls = f' class="{css}"' if css else ""
            tds.append(f'<td{cls} data-agency="{_e(agency_id)}" data-month="{_e(m)}">'
                       f"{_e(text)}</td>")
        body.append(f'<tr><th scope="row"><a href="{BASE}/agency/{quote(agency_id)}">'
                    f"{_e(name)}</a></th>{''.join(tds)}</tr>")
    return "".join([
        _EXTRA_STYLE, _nav(), f"<section><h2>{_e(measure.title)}</h2>",
        f'<div class="wide">{run_chart(measure, months, points)}</div>', _note(measure),
        _definition(measure),
        f'<p><a id="csv" href="{BASE}/{quote(measure.id)}.csv" download>Download CSV</a></p>',
        f'</section><section><h2>Each agency</h2><div class="wide"><table><thead><tr>'
        f'<th>Agency</th>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></div>'
        '<p class="note">Withheld figures (&lt;threshold, or "withheld" for shares and '
        'medians) are left out of the network figure, never guessed. "(v1)": computed under '
        'an earlier framework version, kept as submitted.</p></section>'])


def measure_csv(measure: Measure, rows: Sequence[AgencyFigures]) -> str:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["measure", "month", "agency", "framework_version", "status", "value",
                "numerator", "denominator", "n"])
    months, points = _series(measure, rows)
    for m, p in zip(months, points, strict=True):
        w.writerow([measure.id, m, "Network", "", "shown" if p.value is not None else "none",
                    "" if p.value is None else f"{p.value:g}", "", "", p.agencies])
    for r in sorted(rows, key=lambda r: (r.month, r.agency_name.casefold())):
        f = r.figures.get(measure.id) or {}
        name = r.agency_name
        if name[:1] in ("=", "+", "-", "@"):
            name = "'" + name
        w.writerow([measure.id, r.month, name, r.framework_version, f.get("status", "none"),
                    "" if f.get("value") is None else f"{float(f['value']):g}",
                    f.get("numerator", ""), f.get("denominator", ""), f.get("n", "")])
    return out.getvalue()


def render_agency(framework: Framework, agency_id: str, rows: Sequence[AgencyFigures]) -> str:
    own = [r for r in rows if r.agency_id == agency_id]
    name = own[0].agency_name if own else agency_id
    out = [_EXTRA_STYLE, _nav(), f"<section><h2>{_e(name)}</h2><p class=\"note\">This "
           "agency's published figures beside the network's, month by month.</p></section>"]
    for m in framework.measures:
        months, points = _series(m, rows)
        mine = {r.month: r for r in own}
        trs = []
        for month, p in zip(months, points, strict=True):
            r = mine.get(month)
            text, css = _figure_text(m, r.figures.get(m.id) if r else None,
                                     r.threshold if r else 5)
            cls = f' class="{css}"' if css else ""
            trs.append(f"<tr><td>{_e(month)}</td><td{cls}>{_e(text)}</td>"
                       f"<td>{_e(_fmt(m, p.value))}</td></tr>")
        out.append(f'<section><h2><a href="{BASE}/{quote(m.id)}">{_e(m.title)}</a></h2>'
                   f'<div class="wide"><table><thead><tr><th>Month</th><th>{_e(name)}</th>'
                   f'<th>Network</th></tr></thead><tbody>{"".join(trs)}</tbody></table></div>'
                   f"{_definition(m)}</section>")
    return "".join(out)


def render_versions(published: Sequence[hub_measures.Published]) -> str:
    from collabdesk.measures.signed import fingerprint

    if not published:
        return (_nav() + "<section><h2>No framework yet</h2><p class=\"note\">Publish one "
                "with <code>collabdesk-hub measures publish FILE --key KEYFILE</code>.</p>"
                "</section>")
    out = [_EXTRA_STYLE, _nav()]
    previous: Framework | None = None
    for p in published:
        f = p.framework
        found = changes(previous, f)
        items = "".join(f"<li>{_e(c.change)} {_e(c.what)}: {_e(c.title)}</li>" for c in found)
        out.append(f'<section id="version-{p.version}"><h2>Version {p.version}'
                   f'{" (current)" if p is published[-1] else ""}</h2>'
                   f"<p>Published {_e(p.published_at)}; signed by the network key "
                   f"<code>{_e(fingerprint(p.signed.public_key))}</code>; "
                   f"{len(f.measures)} measures, {len(f.forms)} forms.</p>"
                   f"<ul>{items}</ul></section>")
        previous = f
    out[2:] = reversed(out[2:])
    return "".join(out)


def router(engine: Engine, secret: bytes, clock: Callable[[], float] = time.time) -> APIRouter:
    sessions = Sessions(engine, secret, clock)
    cache = _Cache(engine)
    api = APIRouter(include_in_schema=False)
    def page(request: Request, title: str,
             render: Callable[[Framework], str | Response]) -> Response:
        cookie = request.cookies.get(SESSION_COOKIE)
        name = sessions.check(cookie)
        if name is None or cookie is None:
            return RedirectResponse(f"{PREFIX}/login", status_code=303, headers=_HEADERS)
        latest = hub_measures.current(engine)
        body = render_versions([]) if latest is None else render(latest.framework)
        if isinstance(body, Response):
            return body
        return _html(_page(title, body, operator=name, csrf=sessions.csrf_for(cookie)))

    def not_found() -> Response:
        return _html(_page("Not found", "<p>No such measure.</p>"), 404)

    @api.get(BASE)
    def overview(request: Request) -> Response:
        return page(request, "Shared measures", lambda f: render_overview(f, cache.get()))

    @api.get(BASE + "/versions")
    def versions(request: Request) -> Response:
        return page(request, "Framework versions",
                    lambda f: render_versions(hub_measures.versions(engine)))

    @api.get(BASE + "/agency/{agency_id}")
    def agency(request: Request, agency_id: str) -> Response:
        return page(request, "Shared measures: one agency",
                    lambda f: render_agency(f, agency_id, cache.get()))

    @api.get(BASE + "/{measure_id}.csv")
    def csv_download(request: Request, measure_id: str) -> Response:
        def render(f: Framework) -> Response:
            try:
                m = f.measure(measure_id)
            except KeyError:
                return not_found()
            return Response(measure_csv(m, cache.get()), media_type="text/csv; charset=utf-8",
                            headers={**_HEADERS, "Content-Disposition":
                                     f'attachment; filename="{measure_id}.csv"'})
        return page(request, "CSV", render)

    @api.get(BASE + "/{measure_id}")
    def measure(request: Request, measure_id: str) -> Response:
        def render(f: Framework) -> str | Response:
            try:
                m = f.measure(measure_id)
            except KeyError:
                return not_found()
            return render_measure(f, m, cache.get())
        return page(request, "Shared measure", render)

    return api
