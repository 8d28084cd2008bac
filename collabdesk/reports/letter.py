"""A referral letter as a PDF, for a partner that does not run CollabDesk.

One A4 page a worker prints or hands over: who refers whom to which service, why and how
urgently, only the fields the client's consent covers, the forms sent with it, a reference
code to quote when the partner answers, and how to reach the referring agency. Its words
come from the core's catalogue (``letter.*``), so the desktop prints them in the person's
language. Built in memory with the same fonts as the monthly summary; the caller writes it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from collabdesk.messages import msg
from collabdesk.reports.export_pdf import FONT, WIDTH, pdf_styles, register_fonts

_FACTS = TableStyle([
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#a0aec0")),
    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#edf2f7")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
])


@dataclass(frozen=True)
class LetterContent:
    reference: str
    date: str  # the day it is written, as the person reads dates
    agency_name: str
    agency_contact: str
    worker_name: str
    partner_name: str
    partner_contact: str
    service_name: str
    urgency: str  # already in words
    reason: str  # "" when the reason is not shared
    client: tuple[tuple[str, str], ...]  # (field in words, value), consented fields only
    forms: tuple[str, ...]  # one line per form sent with it
    consent: str  # the consent sentence


def render_letter(letter: LetterContent) -> bytes:
    register_fonts()
    styles = pdf_styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=str(msg("letter.title", service=letter.service_name)),
                            author=letter.agency_name)

    def p(text: object, style: str = "body") -> Paragraph:
        return Paragraph(escape(str(text)).replace("\n", "<br/>"), styles[style])

    def facts(rows: list[tuple[object, str]]) -> Table:
        table = Table([[p(k, "cell"), p(v, "cell")] for k, v in rows if v],
                      colWidths=[45 * mm, WIDTH - 45 * mm])
        table.setStyle(_FACTS)
        return table

    story = [
        p(msg("letter.title", service=letter.service_name), "title"),
        facts([(msg("letter.reference"), letter.reference), (msg("letter.date"), letter.date),
               (msg("letter.from"), "\n".join(filter(None, [
                   letter.agency_name, letter.agency_contact,
                   str(msg("letter.sent-by", worker=letter.worker_name))]))),
               (msg("letter.to"), "\n".join(filter(None, [
                   letter.partner_name, letter.service_name, letter.partner_contact]))),
               (msg("letter.urgency"), letter.urgency)]),
        Spacer(1, 5 * mm),
        p(msg("letter.about-client"), "h2"),
        facts(list(letter.client)),
    ]
    if letter.reason:
        story += [p(msg("letter.reason"), "h2"), p(letter.reason)]
    if letter.forms:
        story += [p(msg("letter.forms"), "h2"), *(p(line) for line in letter.forms)]
    story += [Spacer(1, 6 * mm), p(msg("letter.outcome", code=letter.reference)),
              Spacer(1, 3 * mm), p(letter.consent, "small")]
    doc.build(story)
    return out.getvalue()
