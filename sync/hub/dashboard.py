"""The network dashboard: a web page of the agencies' submitted monthly summaries.

Served by the hub at ``/dashboard`` for the backbone's staff, behind a sign-in for hub
operators (accounts made with ``collabdesk-hub operator add NAME``). It shows only what
agencies submitted — published, de-identified aggregates (``collabdesk.sync.summaries``) —
and sums only figures that were shown: a withheld figure stays ``<5`` and network totals say
how many were left out. The page is rendered on the server (escaped string templates, inline
SVG charts) and loads nothing from anywhere else.

Operators live in ``hub_meta`` rows named ``operator:NAME`` (JSON: an Argon2id hash, a
session generation and the creation time), so the dashboard needs no schema of its own and
every hub worker sees the same accounts. A session is a cookie signed with a key derived from
the hub's secret, carrying the operator, that operator's generation and an expiry; signing
out bumps the generation, which ends every session of that operator. Forms carry a CSRF
token tied to a cookie (login) or to the session (sign out).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import json
import logging
import re
import secrets
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, quote

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Engine, delete, insert, select, update

from collabdesk.errors import CollabDeskError
from collabdesk.sync import summaries
from collabdesk.sync.hub import db

log = logging.getLogger("collabdesk.hub.dashboard")

PREFIX = "/dashboard"
SESSION_COOKIE = "cd_hub_session"
CSRF_COOKIE = "cd_hub_csrf"
SESSION_SECONDS = 8 * 3600
OPERATOR_PREFIX = "operator:"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,54}")
MIN_PASSWORD = 10
# Argon2id at the OWASP minimum for interactive logins (19 MiB, t=2): a sign-in costs a
# fraction of a second on a small server, guessing costs the same per try.
_ARGON: dict[str, int] = {"memory_cost": 19 * 1024, "iterations": 2, "lanes": 1, "length": 32}
_MAX_FORM = 4096

# Headline figures shown per agency and summed across the network.
COUNTS: tuple[tuple[str, str], ...] = (
    ("clients_served_total", "Clients served"),
    ("new_clients", "New clients"),
    ("cases_opened", "Cases opened"),
    ("cases_closed", "Cases closed"),
    ("services_delivered", "Services delivered"),
    ("referrals_sent", "Referrals sent"),
    ("referrals_received", "Referrals received"),
    ("tasks_overdue", "Tasks overdue"),
)
RATES: tuple[tuple[str, str], ...] = (
    ("acceptance_rate_out", "Our referrals accepted"),
    ("loop_closed_share", "Loops closed"),
)


class OperatorError(CollabDeskError):
    """An operator account could not be created, changed or found."""


# --------------------------------------------------------------------------- operators


@dataclass(frozen=True)
class Operator:
    name: str
    created_at: int
    generation: int


def _check_name(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise OperatorError("hub-operator.bad-name", name=name)
    return name


def _hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = Argon2id(salt=salt, length=_ARGON["length"], iterations=_ARGON["iterations"],
                      lanes=_ARGON["lanes"], memory_cost=_ARGON["memory_cost"]
                      ).derive(password.encode("utf-8"))
    return "argon2id$m={memory_cost},t={iterations},p={lanes}$".format(**_ARGON) + \
        base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


def _check_password(password: str, stored: str) -> bool:
    try:
        kind, params, salt_b64, digest_b64 = stored.split("$")
        opts = dict(p.split("=") for p in params.split(","))
        salt, digest = base64.b64decode(salt_b64), base64.b64decode(digest_b64)
        kdf = Argon2id(salt=salt, length=len(digest), iterations=int(opts["t"]),
                       lanes=int(opts["p"]), memory_cost=int(opts["m"]))
        candidate = kdf.derive(password.encode("utf-8"))
    except (ValueError, KeyError):
        return False
    return kind == "argon2id" and hmac.compare_digest(candidate, digest)


def _load(engine: Engine, name: str) -> dict[str, Any] | None:
    with db.read_tx(engine) as conn:
        value = conn.execute(select(db.hub_meta.c.value).where(
            db.hub_meta.c.name == OPERATOR_PREFIX + name)).scalar_one_or_none()
    return None if value is None else dict(json.loads(value))


def add_operator(engine: Engine, name: str, password: str, *, now: int | None = None
                 ) -> Operator:
    """Create a dashboard account (the password is stored only as an Argon2id hash)."""
    _check_name(name)
    if len(password) < MIN_PASSWORD:
        raise OperatorError("hub-operator.password-too-short", minimum=MIN_PASSWORD)
    if _load(engine, name) is not None:
        raise OperatorError("hub-operator.name-taken", name=name)
    created = int(now or time.time())
    record = {"hash": _hash_password(password), "created": created, "generation": 1}
    with db.write_tx(engine) as conn:
        conn.execute(insert(db.hub_meta).values(name=OPERATOR_PREFIX + name,
                                                value=json.dumps(record)))
    return Operator(name, created, 1)


def set_password(engine: Engine, name: str, password: str) -> None:
    """Change an operator's password; every open session of theirs ends."""
    record = _load(engine, name)
    if record is None:
        raise OperatorError("hub-operator.not-found", name=name)
    if len(password) < MIN_PASSWORD:
        raise OperatorError("hub-operator.password-too-short", minimum=MIN_PASSWORD)
    record["hash"] = _hash_password(password)
    record["generation"] = int(record["generation"]) + 1
    _store(engine, name, record)


def remove_operator(engine: Engine, name: str) -> None:
    with db.write_tx(engine) as conn:
        gone = conn.execute(delete(db.hub_meta).where(
            db.hub_meta.c.name == OPERATOR_PREFIX + name)).rowcount
    if not gone:
        raise OperatorError("hub-operator.not-found", name=name)


def list_operators(engine: Engine) -> list[Operator]:
    with db.read_tx(engine) as conn:
        rows = conn.execute(select(db.hub_meta).where(
            db.hub_meta.c.name.startswith(OPERATOR_PREFIX)).order_by(db.hub_meta.c.name)).all()
    result = []
    for row in rows:
        record = json.loads(row.value)
        result.append(Operator(row.name[len(OPERATOR_PREFIX):], int(record["created"]),
                               int(record["generation"])))
    return result


def _store(engine: Engine, name: str, record: dict[str, Any]) -> None:
    with db.write_tx(engine) as conn:
        conn.execute(update(db.hub_meta).where(db.hub_meta.c.name == OPERATOR_PREFIX + name)
                     .values(value=json.dumps(record)))


FREE_ATTEMPTS = 5
MAX_WAIT_SECONDS = 15 * 60


class OperatorLocked(Exception):
    """Too many wrong passwords for this operator; ``retry_after`` seconds to wait."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"try again in {int(retry_after) + 1} s")
        self.retry_after = retry_after


def _wait_after(failures: int) -> float:
    return 0.0 if failures < FREE_ATTEMPTS else min(2.0 ** (failures - FREE_ATTEMPTS + 1),
                                                     MAX_WAIT_SECONDS)


def verify_operator(engine: Engine, name: str, password: str, *,
                    now: float | None = None) -> Operator | None:
    """The operator if the password is right, else None (same cost for unknown names).

    Wrong passwords for a known operator are counted in its record (shared by every hub
    worker); after a few, each further attempt must wait longer, and is refused with
    :class:`OperatorLocked` without even checking the password."""
    now = time.time() if now is None else now
    record = _load(engine, name) if _NAME.fullmatch(name) else None
    if record is None:
        _check_password(password, _DUMMY_HASH)  # no timing hint that the name is unknown
        return None
    failures = int(record.get("failures", 0))
    wait = float(record.get("failed_at", 0)) + _wait_after(failures) - now
    if wait > 0:
        raise OperatorLocked(wait)
    if not _check_password(password, str(record["hash"])):
        _store(engine, name, {**record, "failures": failures + 1, "failed_at": now})
        return None
    if failures:
        _store(engine, name, {**record, "failures": 0, "failed_at": 0})
    return Operator(name, int(record["created"]), int(record["generation"]))


_DUMMY_HASH = _hash_password("not a password", b"\0" * 16)


# --------------------------------------------------------------------------- sessions


class Sessions:
    """Signed, expiring session cookies and CSRF tokens, keyed by the hub's secret."""

    def __init__(self, engine: Engine, secret: bytes, clock: Callable[[], float]) -> None:
        self.engine, self.clock = engine, clock
        self.key = hmac.new(secret, b"collabdesk-dashboard-session-v1", hashlib.sha256).digest()

    def _mac(self, data: bytes) -> str:
        return base64.urlsafe_b64encode(
            hmac.new(self.key, data, hashlib.sha256).digest()).decode().rstrip("=")

    def issue(self, operator: Operator) -> str:
        payload = json.dumps({"op": operator.name, "gen": operator.generation,
                              "exp": int(self.clock()) + SESSION_SECONDS},
                             separators=(",", ":")).encode()
        body = base64.urlsafe_b64encode(payload).decode().rstrip("=")
        return f"{body}.{self._mac(body.encode())}"

    def check(self, cookie: str | None) -> str | None:
        """The operator name of a valid session cookie, else None."""
        if not cookie or "." not in cookie:
            return None
        body, mac = cookie.rsplit(".", 1)
        if not hmac.compare_digest(mac, self._mac(body.encode())):
            return None
        try:
            data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
            name, generation, expires = str(data["op"]), int(data["gen"]), int(data["exp"])
        except (ValueError, KeyError, TypeError):
            return None
        if expires <= self.clock():
            return None
        record = _load(self.engine, name)
        if record is None or int(record["generation"]) != generation:
            return None
        return name

    def end(self, name: str) -> None:
        record = _load(self.engine, name)
        if record is not None:
            record["generation"] = int(record["generation"]) + 1
            _store(self.engine, name, record)

    def csrf_for(self, session_cookie: str) -> str:
        return self._mac(b"csrf|" + session_cookie.encode())


# --------------------------------------------------------------------------- data


@dataclass
class Submission:
    """The current (latest, not superseded) summary of one agency for one month."""

    agency_id: str
    agency_name: str
    month: str
    received_at: int
    revision: int  # 1 for the first submission of that month, 2 after one resubmission …
    summary: dict[str, Any]
    partners: dict[str, str]
    values: dict[str, dict[str, Any]] = field(default_factory=dict)

    def value(self, figure: str) -> dict[str, Any]:
        return self.values.get(figure, {"status": "none", "value": None})

    def table(self, table_id: str) -> dict[str, Any] | None:
        for table in self.summary.get("tables", []):
            if table.get("id") == table_id:
                return dict(table)
        return None

    @property
    def threshold(self) -> int:
        return int(self.summary.get("threshold") or 5)


def load_submissions(engine: Engine) -> list[Submission]:
    """Every agency's current submission for every month (superseded ones are history)."""
    with db.read_tx(engine) as conn:
        names = {r.id: r.name for r in conn.execute(select(db.agencies.c.id,
                                                           db.agencies.c.name))}
        rows = conn.execute(select(db.summaries).order_by(db.summaries.c.id)).all()
    revisions: dict[tuple[str, str], int] = {}
    current: dict[tuple[str, str], Any] = {}
    for row in rows:
        key = (row.agency_id, row.month)
        revisions[key] = revisions.get(key, 0) + 1
        if not row.superseded:
            current[key] = row
    result = []
    for key, row in current.items():
        try:
            _, document, _ = summaries.read_stored(bytes(row.payload))
            doc = summaries.parse_document(document)
        except (ValueError, KeyError, TypeError):
            log.warning("stored summary %s of %s cannot be read; skipped", row.id, row.agency_id)
            continue
        summary = dict(doc.get("summary") or {})
        sub = Submission(row.agency_id, names.get(row.agency_id, row.agency_id), row.month,
                         int(row.received_at), revisions[key], summary,
                         {str(k): str(v) for k, v in dict(doc.get("partners") or {}).items()})
        sub.values = {str(v.get("id")): v for v in summary.get("values", [])
                      if isinstance(v, dict)}
        result.append(sub)
    result.sort(key=lambda s: (s.month, s.agency_name.casefold()))
    return result


@dataclass(frozen=True)
class NetworkFigure:
    total: int
    reported: int  # agencies whose figure was shown
    withheld: int  # agencies whose figure was withheld


def network_figure(subs: Iterable[Submission], figure: str) -> NetworkFigure:
    """Sum of the shown figures; withheld ones are counted, never guessed."""
    total = reported = withheld = 0
    for sub in subs:
        v = sub.value(figure)
        if v.get("status") == "shown" and v.get("value") is not None:
            total += int(v["value"])
            reported += 1
        elif v.get("status") == "withheld":
            withheld += 1
    return NetworkFigure(total, reported, withheld)


def referral_flows(subs: Sequence[Submission]) -> dict[tuple[str, str], int | None]:
    """(from agency, to agency) → referrals sent as the sender reported them (None: withheld).

    Only partners that are agencies on this hub appear (the submission maps each partner row
    of ``referrals_by_partner`` to its hub id when the partner has one).
    """
    flows: dict[tuple[str, str], int | None] = {}
    for sub in subs:
        table = sub.table("referrals_by_partner")
        if table is None or not sub.partners:
            continue
        try:
            col = list(table["columns"]).index("sent")
        except ValueError:
            continue
        for label, cells in zip(table["rows"], table["cells"], strict=False):
            target = sub.partners.get(label)
            if target is None or target == sub.agency_id:
                continue
            flows[(sub.agency_id, target)] = cells[col]
    return flows


# --------------------------------------------------------------------------- rendering

_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2733;
background:#f5f7fa}
header{background:#1f4e79;color:#fff;padding:12px 24px;display:flex;align-items:center;
justify-content:space-between}
header h1{font-size:1.2em;margin:0}
header form{margin:0}
main{padding:16px 24px;max-width:1200px}
section{background:#fff;border:1px solid #d8dee6;border-radius:6px;padding:12px 16px;
margin-bottom:16px}
h2{font-size:1.05em;margin:4px 0 10px}
table{border-collapse:collapse;margin:6px 0}
th,td{border:1px solid #d8dee6;padding:4px 8px;text-align:right;font-variant-numeric:tabular-nums}
th:first-child,td:first-child{text-align:left}
th{background:#eef2f6}
td.withheld{color:#8a5a00;background:#fff6e0}
.note{color:#4b5866;font-size:.9em;max-width:70em}
nav a{margin-right:10px}
.error{color:#a40000;font-weight:bold}
button{padding:4px 12px}
.login{max-width:22em;margin:60px auto}
.login label{display:block;margin:8px 0 2px}
.login input{width:100%;padding:6px;box-sizing:border-box}
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _page(title: str, body: str, *, operator: str | None = None, csrf: str = "") -> str:
    who = ""
    if operator:
        who = (f'<form method="post" action="{PREFIX}/logout"><span>Signed in as '
               f'<b id="operator">{_e(operator)}</b></span> '
               f'<input type="hidden" name="csrf" value="{_e(csrf)}">'
               '<button type="submit" id="logout">Sign out</button></form>')
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{_e(title)}</title><meta name=\"viewport\" "
            f"content=\"width=device-width, initial-scale=1\"><style>{_STYLE}</style></head>"
            f"<body><header><h1>{_e(title)}</h1>{who}</header><main>{body}</main></body></html>")


def _fmt(v: dict[str, Any], threshold: int) -> tuple[str, str]:
    """(text, css class) for a published value."""
    status, value = v.get("status"), v.get("value")
    if status == "withheld":
        return f"<{threshold}", "withheld"
    if status != "shown" or value is None:
        return "—", ""
    return str(int(value)), ""


def _fmt_rate(v: dict[str, Any]) -> tuple[str, str]:
    if v.get("status") == "withheld":
        return "withheld", "withheld"
    if v.get("status") != "shown" or v.get("value") is None:
        return "—", ""
    return f"{float(v['value']) * 100:.0f}%", ""


def _cell(text: str, css: str, **data: str) -> str:
    attrs = "".join(f' data-{k.replace("_", "-")}="{_e(val)}"' for k, val in data.items())
    cls = f' class="{css}"' if css else ""
    return f"<td{cls}{attrs}>{_e(text)}</td>"


def bar_chart(labels: Sequence[str], values: Sequence[float | None], *, title: str,
              unit: str = "", width: int = 640, horizontal: bool = False) -> str:
    """A small SVG bar chart; a missing value (withheld) is drawn as a hatched stub."""
    n = max(1, len(labels))
    top = max([v for v in values if v is not None] or [0]) or 1
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{_e(title)}" '
             f'class="chart" ']
    if horizontal:
        row_h, left, height = 24, 220, 30 + 24 * n
        parts.append(f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">')
        parts.append(f'<text x="0" y="14" font-size="13" font-weight="bold">{_e(title)}</text>')
        span = width - left - 60
        for i, (label, value) in enumerate(zip(labels, values, strict=True)):
            y = 24 + i * row_h
            parts.append(f'<text x="{left - 6}" y="{y + 15}" font-size="12" '
                         f'text-anchor="end">{_e(label[:32])}</text>')
            if value is None:
                parts.append(f'<rect x="{left}" y="{y + 3}" width="24" height="16" '
                             'fill="#f3d9a4"/><text x="{0}" y="{1}" font-size="11">withheld'
                             '</text>'.format(left + 30, y + 15))
                continue
            w = max(1.0, span * float(value) / top)
            parts.append(f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="16" '
                         'fill="#2f6f9f"/>')
            parts.append(f'<text x="{left + w + 4:.1f}" y="{y + 15}" font-size="11">'
                         f'{_e(f"{value:g}{unit}")}</text>')
    else:
        height, base, left = 220, 180, 40
        parts.append(f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">')
        parts.append(f'<text x="0" y="14" font-size="13" font-weight="bold">{_e(title)}</text>')
        slot = (width - left) / n
        bar_w = max(4.0, slot * 0.6)
        parts.append(f'<line x1="{left}" y1="{base}" x2="{width}" y2="{base}" '
                     'stroke="#888"/>')
        for i, (label, value) in enumerate(zip(labels, values, strict=True)):
            x = left + i * slot + (slot - bar_w) / 2
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{base + 16}" font-size="10" '
                         f'text-anchor="middle">{_e(label)}</text>')
            if value is None:
                continue
            h = (base - 30) * float(value) / top
            parts.append(f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{bar_w:.1f}" '
                         f'height="{h:.1f}" fill="#2f6f9f"/>')
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{base - h - 4:.1f}" font-size="10" '
                         f'text-anchor="middle">{_e(f"{value:g}")}</text>')
    parts.append("</svg>")
    return "".join(parts)


def render_dashboard(subs: Sequence[Submission], month: str | None, agencies: dict[str, str]
                     ) -> str:
    """The dashboard's body for ``month`` (default: the latest month with submissions)."""
    months = sorted({s.month for s in subs})
    if not months:
        return ("<section><h2>No summaries yet</h2><p class=\"note\">Agencies submit their "
                "monthly summary from the Reports page of the desktop app; it appears here "
                "once their laptop has synced.</p></section>")
    if month not in months:
        month = months[-1]
    nav = " ".join(
        f'<a href="{PREFIX}?month={quote(m)}"{" aria-current=page" if m == month else ""}>'
        f"{_e(m)}</a>" for m in months)
    out = [f"<nav aria-label=\"Months\">Month: {nav}</nav>",
           f'<p><a href="{PREFIX}/measures" id="shared-measures">Shared measures</a></p>']
    out.append(_network_section(subs, months))
    in_month = [s for s in subs if s.month == month]
    out.append(_agency_section(in_month, month))
    out.append(_linkage_section(in_month, month))
    out.append(_flows_section(in_month, month, agencies))
    return "".join(out)


def _network_section(subs: Sequence[Submission], months: Sequence[str]) -> str:
    by_month = {m: [s for s in subs if s.month == m] for m in months}
    head = "".join(f"<th>{_e(title)}</th>" for _, title in COUNTS)
    rows = []
    withheld_notes = 0
    for m in reversed(months):
        cells = [f"<td>{_e(m)}</td>", _cell(str(len(by_month[m])), "", month=m,
                                             figure="agencies")]
        for figure, _ in COUNTS:
            f = network_figure(by_month[m], figure)
            shown = str(f.total) if f.reported or not f.withheld else "—"
            text = shown + (f" (+{f.withheld} withheld)" if f.withheld else "")
            withheld_notes += f.withheld
            cells.append(_cell(text, "withheld" if f.withheld else "", month=m, figure=figure,
                               total=str(f.total), withheld=str(f.withheld)))
        rows.append("<tr>" + "".join(cells) + "</tr>")
    chart_months = list(months[-12:])
    served = [float(network_figure(by_month[m], "clients_served_total").total)
              for m in chart_months]
    services = [float(network_figure(by_month[m], "services_delivered").total)
                for m in chart_months]
    note = ("Network totals add up the figures agencies published. A figure an agency "
            "withheld (fewer than its threshold, or withheld to protect one) is not added "
            "and not guessed: \"+n withheld\" says how many agencies' figures are missing "
            "from a total, which is then a lower bound.")
    return ("<section id=\"network\"><h2>Network totals per month</h2>"
            f"<table id=\"network-totals\"><thead><tr><th>Month</th><th>Agencies reporting</th>"
            f"{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f"<p class=\"note\">{_e(note)}</p>"
            + bar_chart(chart_months, served, title="Clients served (network, reported)")
            + bar_chart(chart_months, services, title="Services delivered (network, reported)")
            + "</section>")


def _agency_section(subs: Sequence[Submission], month: str) -> str:
    head = "".join(f"<th>{_e(t)}</th>" for _, t in (*COUNTS, *RATES))
    rows = []
    for sub in subs:
        cells = [f'<td data-agency="{_e(sub.agency_id)}">{_e(sub.agency_name)}</td>']
        for figure, _ in COUNTS:
            text, css = _fmt(sub.value(figure), sub.threshold)
            cells.append(_cell(text, css, agency=sub.agency_id, figure=figure))
        for figure, _ in RATES:
            text, css = _fmt_rate(sub.value(figure))
            cells.append(_cell(text, css, agency=sub.agency_id, figure=figure))
        received = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(sub.received_at))
        cells.append(f"<td>{_e(received)}</td><td>{sub.revision}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (f"<section id=\"agencies\"><h2>Per agency, {_e(month)}</h2>"
            f"<table id=\"agency-figures\"><thead><tr><th>Agency</th>{head}<th>Received</th>"
            f"<th>Version</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
            "<p class=\"note\">\"&lt;5\": withheld by the agency (small count, or protecting "
            "one). Version 2 or more: the agency resubmitted the month; earlier versions are "
            "kept by the hub.</p></section>")


def _linkage_section(subs: Sequence[Submission], month: str) -> str:
    rows: list[str] = []
    labels: list[str] = []
    medians: list[float | None] = []
    for sub in subs:
        med, p90 = sub.value("linkage_median_days"), sub.value("linkage_p90_days")
        linked = None
        table = sub.table("other_counts")
        if table is not None:
            for label, cells in zip(table["rows"], table["cells"], strict=False):
                if label == "referrals linked to a first service":
                    linked = cells[0]

        def days(v: dict[str, Any]) -> tuple[str, str]:
            if v.get("status") == "withheld":
                return "withheld", "withheld"
            if v.get("status") != "shown" or v.get("value") is None:
                return "—", ""
            return f"{float(v['value']):g}", ""

        m_text, m_css = days(med)
        p_text, p_css = days(p90)
        n_text = f"<{sub.threshold}" if linked is None else str(linked)
        rows.append(f"<tr><td>{_e(sub.agency_name)}</td>"
                    + _cell(m_text, m_css, agency=sub.agency_id, figure="linkage_median_days")
                    + _cell(p_text, p_css, agency=sub.agency_id, figure="linkage_p90_days")
                    + _cell(n_text, "withheld" if linked is None else "",
                            agency=sub.agency_id, figure="linked")
                    + "</tr>")
        if med.get("status") == "shown" and med.get("value") is not None:
            labels.append(sub.agency_name)
            medians.append(float(med["value"]))
        elif med.get("status") == "withheld":
            labels.append(sub.agency_name)
            medians.append(None)
    note = ("Each agency's median and 90th percentile, in days from sending a referral to the "
            "partner's first service. No network median is shown: a median of the agencies' "
            "medians is not the median of all referrals, and the hub never sees single "
            "referrals. Figures resting on fewer referrals than the agency's threshold are "
            "withheld.")
    return (f"<section id=\"linkage\"><h2>Time to linkage, {_e(month)}</h2>"
            "<table id=\"linkage-table\"><thead><tr><th>Agency</th><th>Median (days)</th>"
            "<th>90th percentile (days)</th><th>Referrals linked</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table><p class=\"note\">{_e(note)}</p>"
            + (bar_chart(labels, medians, title="Median time to linkage (days), per agency",
                         unit=" d", horizontal=True) if labels else "")
            + "</section>")


def _flows_section(subs: Sequence[Submission], month: str, agencies: dict[str, str]) -> str:
    flows = referral_flows(subs)
    thresholds = {s.agency_id: s.threshold for s in subs}
    def order(agency_id: str) -> str:
        return (agencies.get(agency_id) or agency_id).casefold()

    senders = sorted({a for a, _ in flows}, key=order)
    targets = sorted({b for _, b in flows}, key=order)
    note = ("Referrals sent in the month, as the sending agency reported them, where the "
            "receiving partner is another agency on this hub (partners outside the network "
            "are left out). \"<5\": withheld by the sender. An empty cell: no referrals "
            "reported.")
    if not flows:
        return (f"<section id=\"flows\"><h2>Referral flows, {_e(month)}</h2>"
                "<p class=\"note\">No referrals between agencies on this hub were reported "
                "for this month.</p></section>")
    head = "".join(f"<th>to {_e(agencies.get(b, b))}</th>" for b in targets)
    rows = []
    for a in senders:
        cells = [f"<td>from {_e(agencies.get(a, a))}</td>"]
        for b in targets:
            if (a, b) not in flows:
                cells.append(_cell("", "", source=a, target=b))
                continue
            value = flows[(a, b)]
            cells.append(_cell(f"<{thresholds[a]}" if value is None else str(value),
                               "withheld" if value is None else "", source=a, target=b))
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (f"<section id=\"flows\"><h2>Referral flows between agencies, {_e(month)}</h2>"
            f"<table id=\"flows-table\"><thead><tr><th></th>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table><p class=\"note\">{_e(note)}</p>"
            "</section>")


def _login_page(csrf: str, error: str = "") -> str:
    err = f'<p class="error" id="login-error" role="alert">{_e(error)}</p>' if error else ""
    body = (f'<section class="login"><h2>Sign in</h2>{err}'
            f'<form method="post" action="{PREFIX}/login" id="login-form">'
            f'<input type="hidden" name="csrf" value="{_e(csrf)}">'
            '<label for="name">Operator name</label>'
            '<input id="name" name="name" autocomplete="username" required>'
            '<label for="password">Password</label>'
            '<input id="password" name="password" type="password" '
            'autocomplete="current-password" required>'
            '<p><button type="submit" id="sign-in">Sign in</button></p></form>'
            '<p class="note">For the backbone\'s hub operators. Accounts are made on the hub '
            'server with <code>collabdesk-hub operator add NAME</code>.</p></section>')
    return _page("CollabDesk network dashboard", body)


# --------------------------------------------------------------------------- routes

_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
                               "img-src data:; form-action 'self'; frame-ancestors 'none'; "
                               "base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}


def _html(text: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(text, status_code=status, headers=_HEADERS)


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


async def _form(request: Request) -> dict[str, str]:
    body = await request.body()
    if len(body) > _MAX_FORM:
        return {}
    parsed = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
    return {k: v[0] for k, v in parsed.items() if v}


def router(engine: Engine, secret: bytes, clock: Callable[[], float] = time.time) -> APIRouter:
    """The dashboard's routes (not part of the published API description)."""
    sessions = Sessions(engine, secret, clock)
    api = APIRouter(include_in_schema=False)

    def signed_in(request: Request) -> tuple[str, str] | None:
        cookie = request.cookies.get(SESSION_COOKIE)
        name = sessions.check(cookie)
        return None if name is None or cookie is None else (name, cookie)

    def login_form(request: Request, error: str = "", status: int = 200) -> Response:
        token = secrets.token_urlsafe(32)
        response = _html(_login_page(token, error), status)
        response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict",
                            secure=_secure(request), path=PREFIX)
        return response

    @api.get(PREFIX)
    def dashboard(request: Request, month: str | None = None) -> Response:
        who = signed_in(request)
        if who is None:
            return RedirectResponse(f"{PREFIX}/login", status_code=303, headers=_HEADERS)
        name, cookie = who
        with db.read_tx(engine) as conn:
            agencies = {r.id: r.name for r in conn.execute(select(db.agencies.c.id,
                                                                  db.agencies.c.name))}
        body = render_dashboard(load_submissions(engine), month, agencies)
        return _html(_page("CollabDesk network dashboard", body, operator=name,
                           csrf=sessions.csrf_for(cookie)))

    @api.get(PREFIX + "/login")
    def login_get(request: Request) -> Response:
        if signed_in(request) is not None:
            return RedirectResponse(PREFIX, status_code=303, headers=_HEADERS)
        return login_form(request)

    @api.post(PREFIX + "/login")
    async def login_post(request: Request) -> Response:
        form = await _form(request)
        expected = request.cookies.get(CSRF_COOKIE) or ""
        if not expected or not hmac.compare_digest(form.get("csrf", ""), expected):
            return login_form(request, "The sign-in form expired; please try again.", 400)
        try:
            operator = await _threadpool(lambda: verify_operator(
                engine, form.get("name", ""), form.get("password", ""), now=clock()))
        except OperatorLocked as locked:
            log.info("dashboard sign-in locked for %r", form.get("name", "")[:60])
            return login_form(request, f"Too many wrong passwords. Try again in "
                                       f"{int(locked.retry_after) + 1} seconds.", 429)
        if operator is None:
            log.info("dashboard sign-in refused for %r", form.get("name", "")[:60])
            return login_form(request, "Wrong operator name or password.", 401)
        response = RedirectResponse(PREFIX, status_code=303, headers=_HEADERS)
        response.set_cookie(SESSION_COOKIE, sessions.issue(operator), max_age=SESSION_SECONDS,
                            httponly=True, samesite="strict", secure=_secure(request),
                            path=PREFIX)
        response.delete_cookie(CSRF_COOKIE, path=PREFIX)
        return response

    @api.post(PREFIX + "/logout")
    async def logout(request: Request) -> Response:
        form = await _form(request)
        who = await _threadpool(signed_in, request)
        response = RedirectResponse(f"{PREFIX}/login", status_code=303, headers=_HEADERS)
        if who is not None:
            name, cookie = who
            if not hmac.compare_digest(form.get("csrf", ""), sessions.csrf_for(cookie)):
                return _html(_page("Sign out", "<p class=\"error\">The sign-out form "
                                   "expired; go back and try again.</p>"), 400)
            await _threadpool(sessions.end, name)
        response.delete_cookie(SESSION_COOKIE, path=PREFIX)
        return response

    return api


async def _threadpool(fn: Callable[..., Any], *args: Any) -> Any:
    # Password hashing and database reads must not block the event loop.
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(fn, *args)
