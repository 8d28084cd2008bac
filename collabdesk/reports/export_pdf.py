"""PDF export of a published summary, with charts drawn by the app (reportlab.graphics).

Contents: the headline figures; bar charts of needs by domain and services by type; the
last twelve months' trend; the referral funnel (sent → accepted → service started →
completed); every table as previewed (withheld figures as ``<5``); the suppression note; and
an appendix with the definition of every indicator. Built in memory — nothing is written to
disk here. Text uses the Bitstream Vera font shipped with reportlab, embedded in the file.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Polygon, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from collabdesk.reports import indicators as ind
from collabdesk.reports.labels import english_label, english_rows
from collabdesk.reports.published import PublishedSummary, funnel_steps
from collabdesk.reports.suppression import PublishedTable

FONT, FONT_BOLD = "Vera", "VeraBd"
PALETTE = (colors.HexColor("#2b6cb0"), colors.HexColor("#dd6b20"), colors.HexColor("#38a169"),
           colors.HexColor("#805ad5"))
WIDTH = A4[0] - 36 * mm  # usable width between the margins


def register_fonts() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, "Vera.ttf"))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, "VeraBd.ttf"))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                      boldItalic=FONT_BOLD)


def pdf_styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["BodyText"], fontName=FONT, fontSize=9,
                          leading=12)
    return {
        "title": ParagraphStyle("title", parent=base["Title"], fontName=FONT_BOLD, fontSize=18),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], fontName=FONT_BOLD, fontSize=13),
        "h3": ParagraphStyle("h3", parent=base["Heading3"], fontName=FONT_BOLD, fontSize=10),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=10),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _grid_style(header_rows: int = 1) -> TableStyle:
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), FONT_BOLD),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#edf2f7")),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#a0aec0")),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ])


def _table_flowable(table: PublishedTable, styles: dict[str, ParagraphStyle]) -> Table:
    rows = english_rows(table)
    data: list[list[object]] = []
    for r, row in enumerate(rows):
        first: object = _p(row[0], styles["cell"]) if r else row[0]
        data.append([first, *(_p(c, styles["cell"]) if r == 0 else c for c in row[1:])])
    label_width = min(60 * mm, WIDTH * 0.4)
    other = (WIDTH - label_width) / max(1, len(rows[0]) - 1)
    flowable = Table(data, colWidths=[label_width, *([min(other, 30 * mm)] *
                                                     (len(rows[0]) - 1))],
                     repeatRows=1, hAlign="LEFT")
    style = _grid_style()
    if table.col_totals is not None or table.row_totals is not None:
        style.add("FONTNAME", (0, len(rows) - 1), (-1, len(rows) - 1), FONT_BOLD)
    flowable.setStyle(style)
    return flowable


def _bar_chart(title: str, labels: list[str], values: list[int | None], threshold: int,
               color: colors.Color) -> Drawing:
    """Horizontal bars; a withheld figure is drawn as an empty bar labelled "<5"."""
    bar_h = 13
    height = max(60, bar_h * len(labels) + 40)
    drawing = Drawing(WIDTH, height)
    drawing.add(String(0, height - 12, title, fontName=FONT_BOLD, fontSize=10))
    chart = HorizontalBarChart()
    chart.x, chart.y = 120, 15
    chart.width, chart.height = WIDTH - 170, height - 40
    shown = [v or 0 for v in values]
    chart.data = [list(reversed(shown))]
    chart.categoryAxis.categoryNames = list(reversed([_short(english_label(lbl), 28)
                                                      for lbl in labels]))
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*shown, threshold]) * 1.15
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = color
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: ""  # labels are drawn below with the "<5" marks
    drawing.add(chart)
    top = max(1.0, chart.valueAxis.valueMax)
    step = chart.height / max(1, len(labels))
    for k, value in enumerate(reversed(values)):
        text = f"<{threshold}" if value is None else str(value)
        x = chart.x + chart.width * ((value or 0) / top) + 3
        y = chart.y + step * k + step / 2 - 3
        drawing.add(String(x, y, text, fontName=FONT, fontSize=7))
    return drawing


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _trend_chart(published: PublishedSummary) -> Drawing | None:
    trend = published.trend
    if trend is None:
        return None
    height = 190
    drawing = Drawing(WIDTH, height)
    drawing.add(String(0, height - 12, "Last 12 months", fontName=FONT_BOLD, fontSize=10))
    chart = HorizontalLineChart()
    chart.x, chart.y = 35, 30
    chart.width, chart.height = WIDTH - 170, height - 60
    names = list(trend.series)
    chart.data = [[n or 0 for n in trend.series[name]] for name in names]
    chart.categoryAxis.categoryNames = [m[2:] for m in trend.months]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 45
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    top = max([n or 0 for name in names for n in trend.series[name]] + [published.threshold])
    chart.valueAxis.valueMax = top * 1.1
    for k in range(len(names)):
        chart.lines[k].strokeColor = PALETTE[k % len(PALETTE)]
        chart.lines[k].strokeWidth = 1.5
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = chart.x + chart.width + 15, chart.y + chart.height
    legend.fontName, legend.fontSize = FONT, 7
    legend.alignment = "right"
    legend.colorNamePairs = [(PALETTE[k % len(PALETTE)], ind.INDICATORS[name].title)
                             for k, name in enumerate(names)]
    drawing.add(legend)
    drawing.add(String(chart.x, 2, f"Months with fewer than {published.threshold} are drawn at "
                       "0 and listed as withheld in the trend table.", fontName=FONT,
                       fontSize=6.5))
    return drawing


def _funnel_chart(published: PublishedSummary) -> Drawing:
    steps = funnel_steps(published)[:4]  # sent, accepted, service started, completed
    step_h, gap = 24, 4
    height = len(steps) * (step_h + gap) + 24
    drawing = Drawing(WIDTH, height)
    drawing.add(String(0, height - 12, "Referral funnel (our referrals sent in the period)",
                       fontName=FONT_BOLD, fontSize=10))
    known = [v for _, v in steps if v is not None]
    top = max([*known, 1])
    centre, full = WIDTH / 2, WIDTH * 0.7
    min_w = 40.0
    widths = [max(min_w, full * ((v if v is not None else 0) / top)) for _, v in steps]
    y = height - 24 - step_h
    for k, (label, value) in enumerate(steps):
        w_top = widths[k]
        w_bottom = widths[k + 1] if k + 1 < len(widths) else widths[k] * 0.8
        drawing.add(Polygon(
            [centre - w_top / 2, y + step_h, centre + w_top / 2, y + step_h,
             centre + w_bottom / 2, y, centre - w_bottom / 2, y],
            fillColor=PALETTE[k % len(PALETTE)], strokeColor=colors.white))
        text = f"{label}: " + (f"<{published.threshold}" if value is None else str(value))
        if stringWidth(text, FONT_BOLD, 8) + 8 <= min(w_top, w_bottom):
            drawing.add(String(centre, y + step_h / 2 - 3, text, fontName=FONT_BOLD,
                               fontSize=8, fillColor=colors.white, textAnchor="middle"))
        else:  # too narrow to hold its label: write it beside the step instead
            drawing.add(String(centre + max(w_top, w_bottom) / 2 + 6, y + step_h / 2 - 3,
                               text, fontName=FONT_BOLD, fontSize=8,
                               fillColor=colors.black, textAnchor="start"))
        y -= step_h + gap
    return drawing


def _header_footer(published: PublishedSummary):  # type: ignore[no-untyped-def]
    label = f"{published.agency_name} — summary {published.period.label}"

    def draw(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.drawString(18 * mm, 10 * mm, label)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"page {doc.page}")
        canvas.restoreState()

    return draw


def render_pdf(published: PublishedSummary) -> bytes:
    register_fonts()
    styles = pdf_styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
        bottomMargin=18 * mm, title=f"Summary {published.period.label}",
        author=published.agency_name, subject="CollabDesk monthly summary",
        creator="CollabDesk")
    t = published.threshold
    story: list[object] = [
        _p(f"Summary {published.period.label}", styles["title"]),
        _p(published.agency_name, styles["h2"]),
        _p(f"Period {published.period.start.isoformat()} to {published.period.end.isoformat()} "
           f"({published.period.timezone}). Generated "
           f"{published.period.local(published.generated_at)}. Indicator set version "
           f"{published.indicator_set_version}. Suppression threshold {t}.", styles["body"]),
        Spacer(1, 4),
        _p(published.suppression_note, styles["small"]),
        Spacer(1, 8),
    ]
    headline = [["Indicator", "Value"]] + [
        [_p(value.title, styles["cell"]), value.text(t)] for value in published.values]
    head_table = Table(headline, colWidths=[WIDTH * 0.7, WIDTH * 0.2], hAlign="LEFT",
                       repeatRows=1)
    head_table.setStyle(_grid_style())
    story += [_p("Key figures", styles["h2"]), head_table, PageBreak()]

    story.append(_p("Charts", styles["h2"]))
    needs = published.table("needs_by_domain")
    story.append(_bar_chart("Needs identified, by domain", list(needs.row_labels),
                            [row[0] for row in needs.cells], t, PALETTE[0]))
    story.append(Spacer(1, 8))
    services = published.table("services_by_type")
    story.append(_bar_chart("Services delivered, by type", list(services.row_labels),
                            [row[0] for row in services.cells], t, PALETTE[1]))
    story.append(Spacer(1, 8))
    trend = _trend_chart(published)
    if trend is not None:
        story.append(KeepTogether([trend]))
        story.append(Spacer(1, 8))
    story.append(KeepTogether([_funnel_chart(published)]))
    story.append(PageBreak())

    story.append(_p("Tables", styles["h2"]))
    for table in published.tables:
        definition = ind.INDICATORS[table.name]
        story.append(KeepTogether([
            _p(definition.title, styles["h3"]),
            _table_flowable(table, styles),
            Spacer(1, 2),
            _p(table.legend, styles["small"]),
            Spacer(1, 6),
        ]))
    if published.trend is not None:
        trend_data = published.trend
        rows: list[list[object]] = [["", *(m for m in trend_data.months)]]
        for name, counts in trend_data.series.items():
            rows.append([_p(ind.INDICATORS[name].title, styles["cell"]),
                         *(f"<{t}" if n is None else str(n) for n in counts)])
        trend_table = Table(rows, colWidths=[34 * mm, *([(WIDTH - 34 * mm) / 12] * 12)],
                            hAlign="LEFT")
        style = _grid_style()
        style.add("FONTSIZE", (0, 0), (-1, -1), 6.5)
        trend_table.setStyle(style)
        story.append(KeepTogether([_p("Last 12 months", styles["h3"]), trend_table]))

    story += [PageBreak(), _p("Definitions", styles["h2"]),
              _p(f"Indicator set version {published.indicator_set_version}. Each indicator "
                 "keeps its own version; months are comparable when the versions match.",
                 styles["body"])]
    for definition in ind.INDICATORS.values():
        story.append(_p(f"{definition.title} (v{definition.version}, {definition.unit})",
                        styles["h3"]))
        story.append(_p(definition.definition, styles["body"]))
    if published.workers_pseudonymous:
        story.append(_p("Workers are shown by pseudonym.", styles["small"]))
    else:
        story.append(_p("Workers are shown by display name in this local export; the copy "
                        "submitted to the network hub shows pseudonyms instead.",
                        styles["small"]))
    decorate = _header_footer(published)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()
