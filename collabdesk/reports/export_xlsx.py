"""XLSX export of a published summary: one sheet per table, plus summary, trend and
definitions sheets, with native spreadsheet charts (needs, services, trend, funnel).

Built with xlsxwriter in memory (``in_memory``), so no temporary file ever holds the
summary. Figures are numbers; a withheld figure is the text ``<5``, which charts treat as
empty. Sheet names are the table ids (at most 31 characters, as Excel requires).
"""

from __future__ import annotations

import io
from typing import Any

import xlsxwriter

from collabdesk.reports import indicators as ind
from collabdesk.reports.export_csv import about_rows, safe_label
from collabdesk.reports.labels import english_label
from collabdesk.reports.published import PublishedSummary, funnel_steps
from collabdesk.reports.suppression import PublishedTable

SHEET_SUMMARY, SHEET_TREND, SHEET_FUNNEL, SHEET_DEFINITIONS = (
    "summary", "trend", "funnel_chart", "definitions")


def _figure(ws: Any, row: int, col: int, value: int | None, threshold: int,
            fmt: Any = None) -> None:
    if value is None:
        ws.write_string(row, col, f"<{threshold}", fmt)
    else:
        ws.write_number(row, col, value, fmt)


def _write_table(wb: Any, table: PublishedTable, threshold: int, bold: Any,
                 wrap: Any) -> Any:
    ws = wb.add_worksheet(table.name[:31])
    definition = ind.INDICATORS[table.name]
    ws.write_string(0, 0, definition.title, bold)
    ws.write_string(1, 0, definition.definition, wrap)
    ws.write_string(2, 0, table.legend)
    header = 4
    ws.write_string(header, 0, "", bold)
    for j, col in enumerate(table.col_labels):
        ws.write_string(header, j + 1, english_label(col), bold)
    total_col = len(table.col_labels) + 1
    if table.row_totals is not None:
        ws.write_string(header, total_col, "Total", bold)
    for i, label in enumerate(table.row_labels):
        r = header + 1 + i
        ws.write_string(r, 0, safe_label(english_label(label)))
        for j, value in enumerate(table.cells[i]):
            _figure(ws, r, j + 1, value, threshold)
        if table.row_totals is not None:
            _figure(ws, r, total_col, table.row_totals[i], threshold, bold)
    last = header + len(table.row_labels)
    if table.col_totals is not None:
        ws.write_string(last + 1, 0, "Total", bold)
        for j, value in enumerate(table.col_totals):
            _figure(ws, last + 1, j + 1, value, threshold, bold)
        if table.row_totals is not None:
            _figure(ws, last + 1, total_col, table.grand_total, threshold, bold)
    elif table.row_totals is not None:
        ws.write_string(last + 1, 0, "Total", bold)
        _figure(ws, last + 1, total_col, table.grand_total, threshold, bold)
    ws.set_column(0, 0, 34)
    ws.set_column(1, total_col, 16)
    ws.set_row(1, 45)
    return ws


def _bar_chart(wb: Any, ws: Any, table: PublishedTable, title: str) -> None:
    first, last = 5, 4 + len(table.row_labels)
    chart = wb.add_chart({"type": "bar"})
    chart.add_series({
        "name": title,
        "categories": [ws.name, first, 0, last, 0],
        "values": [ws.name, first, 1, last, 1],
    })
    chart.set_title({"name": title})
    chart.set_legend({"none": True})
    chart.set_y_axis({"reverse": True})
    chart.set_size({"width": 620, "height": max(260, 22 * len(table.row_labels) + 80)})
    ws.insert_chart(2, len(table.col_labels) + 3, chart)


def render_xlsx(published: PublishedSummary) -> bytes:
    buffer = io.BytesIO()
    wb = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                      "strings_to_urls": False})
    wb.set_properties({"title": f"Summary {published.period.label}",
                       "author": published.agency_name, "comments": "CollabDesk summary"})
    bold = wb.add_format({"bold": True})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    pct = wb.add_format({"num_format": "0%"})
    t = published.threshold

    ws = wb.add_worksheet(SHEET_SUMMARY)
    for r, (field, text) in enumerate(about_rows(published)[1:]):
        ws.write_string(r, 0, field, bold)
        ws.write_string(r, 1, text, wrap if field == "note" else None)
    row = len(about_rows(published)) + 1
    ws.write_string(row, 0, "Indicator", bold)
    ws.write_string(row, 1, "Value", bold)
    ws.write_string(row, 2, "Unit", bold)
    for value in published.values:
        row += 1
        ws.write_string(row, 0, value.title)
        if value.status == "shown" and value.value is not None:
            if value.unit == "share":
                ws.write_number(row, 1, value.value, pct)
            else:
                ws.write_number(row, 1, value.value)
        else:
            ws.write_string(row, 1, value.text(t))
        ws.write_string(row, 2, value.unit)
    ws.set_column(0, 0, 44)
    ws.set_column(1, 1, 60)

    sheets = {}
    for table in published.tables:
        sheets[table.name] = _write_table(wb, table, t, bold, wrap)
    _bar_chart(wb, sheets["needs_by_domain"], published.table("needs_by_domain"),
               "Needs identified, by domain")
    _bar_chart(wb, sheets["services_by_type"], published.table("services_by_type"),
               "Services delivered, by type")

    fs = wb.add_worksheet(SHEET_FUNNEL)
    fs.write_string(0, 0, "Referral funnel (our referrals sent in the period)", bold)
    steps = funnel_steps(published)
    for k, (label, figure) in enumerate(steps):
        fs.write_string(2 + k, 0, label)
        _figure(fs, 2 + k, 1, figure, t)
    funnel = wb.add_chart({"type": "bar"})
    funnel.add_series({"name": "referrals", "categories": [fs.name, 2, 0, 1 + len(steps), 0],
                       "values": [fs.name, 2, 1, 1 + len(steps), 1]})
    funnel.set_title({"name": "Referral funnel"})
    funnel.set_legend({"none": True})
    funnel.set_y_axis({"reverse": True})
    fs.insert_chart(1, 3, funnel)
    fs.set_column(0, 0, 20)

    if published.trend is not None:
        ts = wb.add_worksheet(SHEET_TREND)
        trend = published.trend
        ts.write_string(0, 0, "series", bold)
        for j, month in enumerate(trend.months):
            ts.write_string(0, j + 1, month, bold)
        names = list(trend.series)
        for i, name in enumerate(names):
            ts.write_string(i + 1, 0, ind.INDICATORS[name].title)
            for j, figure in enumerate(trend.series[name]):
                _figure(ts, i + 1, j + 1, figure, t)
        line = wb.add_chart({"type": "line"})
        for i in range(len(names)):
            line.add_series({"name": [ts.name, i + 1, 0],
                             "categories": [ts.name, 0, 1, 0, len(trend.months)],
                             "values": [ts.name, i + 1, 1, i + 1, len(trend.months)],
                             "marker": {"type": "circle", "size": 4}})
        line.set_title({"name": "Last 12 months"})
        line.set_size({"width": 720, "height": 320})
        ts.insert_chart(len(names) + 3, 0, line)
        ts.set_column(0, 0, 30)

    ds = wb.add_worksheet(SHEET_DEFINITIONS)
    for j, head in enumerate(("id", "version", "title", "kind", "unit", "definition",
                              "source")):
        ds.write_string(0, j, head, bold)
    for i, d in enumerate(ind.INDICATORS.values(), start=1):
        ds.write_string(i, 0, d.id)
        ds.write_number(i, 1, d.version)
        ds.write_string(i, 2, d.title)
        ds.write_string(i, 3, d.kind)
        ds.write_string(i, 4, d.unit)
        ds.write_string(i, 5, d.definition, wrap)
        ds.write_string(i, 6, d.source, wrap)
    ds.write_string(len(ind.INDICATORS) + 2, 0,
                    f"Indicator set version {published.indicator_set_version}.")
    ds.set_column(0, 0, 26)
    ds.set_column(2, 2, 40)
    ds.set_column(5, 5, 90)
    ds.set_column(6, 6, 40)
    wb.close()
    return buffer.getvalue()
