"""CSV export of a published summary, built in memory.

Two shapes, both UTF-8 with a header row:

* :func:`render_csv_zip` — a zip with one CSV per table (as shown in the preview, totals
  included), ``indicators.csv`` (the headline figures), ``trend.csv``, ``definitions.csv``,
  ``about.csv`` (agency, period, version, threshold, the suppression note) and
  ``all_values.csv``, the long format below.
* :func:`render_csv_long` — one long-format file with the columns
  ``table, row, column, value``: every figure of the summary on its own line, which is the
  easiest shape to load into another tool. Totals use the row or column label ``Total``.

Categories read as words (``Mental health``, ``Declined: not eligible``), never as the codes
the summary keeps (see :mod:`collabdesk.reports.labels`).

A withheld figure is written as ``<5`` (the threshold in force), exactly as in the preview.
Labels that a spreadsheet would read as a formula are prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator

from collabdesk.reports import indicators as ind
from collabdesk.reports.labels import english_label, english_rows
from collabdesk.reports.published import PublishedSummary

TOTAL = "Total"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_label(text: str) -> str:
    """Keep spreadsheets from running a label as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def about_rows(published: PublishedSummary) -> list[list[str]]:
    return [
        ["field", "value"],
        ["agency", safe_label(published.agency_name)],
        ["period", published.period.label],
        ["first day", published.period.start.isoformat()],
        ["last day", published.period.end.isoformat()],
        ["time zone", published.period.timezone],
        ["generated at", published.period.local(published.generated_at)],
        ["indicator set version", published.indicator_set_version],
        ["suppression threshold", str(published.threshold)],
        ["workers shown as", "pseudonyms" if published.workers_pseudonymous
         else "display names"],
        ["note", published.suppression_note],
    ]


def indicator_rows(published: PublishedSummary) -> list[list[str]]:
    rows = [["indicator", "title", "value", "unit", "version"]]
    for value in published.values:
        rows.append([value.id, ind.INDICATORS[value.id].title, value.text(published.threshold),
                     value.unit, str(ind.INDICATORS[value.id].version)])
    return rows


def table_rows(published: PublishedSummary, table_id: str) -> list[list[str]]:
    rows = english_rows(published.table(table_id), total_label=TOTAL)
    return [[safe_label(c) for c in row] for row in rows]


def trend_rows(published: PublishedSummary) -> list[list[str]]:
    if published.trend is None:
        return [["series"]]
    trend = published.trend
    rows = [["series", *trend.months]]
    t = published.threshold
    for name, counts in trend.series.items():
        rows.append([ind.INDICATORS[name].title,
                     *(f"<{t}" if n is None else str(n) for n in counts)])
    return rows


def definition_rows() -> list[list[str]]:
    rows = [["id", "version", "title", "kind", "unit", "definition", "source"]]
    for i in ind.INDICATORS.values():
        rows.append([i.id, str(i.version), i.title, i.kind, i.unit, i.definition, i.source])
    return rows


def long_rows(published: PublishedSummary) -> Iterator[list[str]]:
    yield ["table", "row", "column", "value"]
    for field, text in about_rows(published)[1:]:
        yield ["about", field, "value", text]
    for value in published.values:
        yield ["indicators", value.id, "value", value.text(published.threshold)]
    for table in published.tables:
        render = table.render
        rows = [safe_label(english_label(label)) for label in table.row_labels]
        cols = [english_label(col) for col in table.col_labels]
        for label, cells in zip(rows, table.cells, strict=True):
            for col, cell in zip(cols, cells, strict=True):
                yield [table.name, label, col, render(cell)]
        if table.row_totals is not None:
            for label, total in zip(rows, table.row_totals, strict=True):
                yield [table.name, label, TOTAL, render(total)]
        if table.col_totals is not None:
            for col, total in zip(cols, table.col_totals, strict=True):
                yield [table.name, TOTAL, col, render(total)]
        if table.has_grand_total:
            yield [table.name, TOTAL, TOTAL, render(table.grand_total)]
    if published.trend is not None:
        t = published.threshold
        for name, counts in published.trend.series.items():
            for month, n in zip(published.trend.months, counts, strict=True):
                yield ["trend", name, month, f"<{t}" if n is None else str(n)]


def render_csv_long(published: PublishedSummary) -> bytes:
    return _csv(list(long_rows(published)))


def render_csv_zip(published: PublishedSummary) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        def add(name: str, data: bytes) -> None:
            # A fixed timestamp keeps the archive identical for identical summaries.
            info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)

        add("about.csv", _csv(about_rows(published)))
        add("indicators.csv", _csv(indicator_rows(published)))
        for table in published.tables:
            add(f"{table.name}.csv", _csv(table_rows(published, table.name)))
        add("trend.csv", _csv(trend_rows(published)))
        add("definitions.csv", _csv(definition_rows()))
        add("all_values.csv", render_csv_long(published))
    return buffer.getvalue()
