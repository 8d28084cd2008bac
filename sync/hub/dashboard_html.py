"""The network dashboard's HTML: the page frame, the summaries page and the sign-in page.

The page is rendered on the server (escaped string templates, inline SVG charts) and loads
nothing from anywhere else. A withheld figure stays ``<5`` and network totals say how many
were left out. The frame (``_page``, ``_e``) is shared with the shared-measures pages
(``measures_dashboard.py``).
"""

from __future__ import annotations

import html
import time
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from collabdesk.sync.hub.network_figures import Submission, network_figure, referral_flows

# Where the dashboard is served: its routes, and every link and form of its pages.
PREFIX = "/dashboard"

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
    months: list[str] = sorted({s.month for s in subs})
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

