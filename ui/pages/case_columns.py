"""What the case page's lists show: the columns of its needs, services, consents, attachments
and history tables, and the rows of its notes (a referral's status history reads as in
``ui/referral_state.py``); :func:`line_list` is the read-only list the notes and a referral's
status history are shown in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from collabdesk.domain import (
    Attachment,
    Consent,
    HistoryEntry,
    Need,
    Note,
    ServiceDelivered,
)
from collabdesk.ui.dialogs.forms import chip_colors, describe_fields, label
from collabdesk.ui.formats import fmt_date, fmt_moment
from collabdesk.ui.i18n import QT_TRANSLATE_NOOP
from collabdesk.ui.models import NUMBER_ALIGN, Column, DataclassTableModel

NEED_COLUMNS: list[Column[Need]] = [
    Column("domain", QT_TRANSLATE_NOOP("Columns", "Need"), lambda n: n.domain, fmt=label),
    Column("severity", QT_TRANSLATE_NOOP("Columns", "Severity"), lambda n: n.severity,
           fmt=label),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda n: n.status, fmt=label),
    Column("identified", QT_TRANSLATE_NOOP("Columns", "Identified"), lambda n: n.identified_at,
           fmt=fmt_date),
    Column("description", QT_TRANSLATE_NOOP("Columns", "Description"), lambda n: n.description),
]
SERVICE_COLUMNS: list[Column[ServiceDelivered]] = [
    Column("delivered", QT_TRANSLATE_NOOP("Columns", "Delivered"), lambda s: s.delivered_at,
           fmt=fmt_date),
    Column("type", QT_TRANSLATE_NOOP("Columns", "Service"), lambda s: s.service_type),
    Column("quantity", QT_TRANSLATE_NOOP("Columns", "Quantity"), lambda s: s.quantity,
           align=NUMBER_ALIGN),
    Column("provider", QT_TRANSLATE_NOOP("Columns", "Provider"), lambda s: s.provider),
    Column("description", QT_TRANSLATE_NOOP("Columns", "Description"), lambda s: s.description),
]
CONSENT_COLUMNS: list[Column[Consent]] = [
    Column("recipient", QT_TRANSLATE_NOOP("Columns", "Who may receive"),
           lambda c: c.recipient_name),
    Column("scope", QT_TRANSLATE_NOOP("Columns", "What"), lambda c: describe_fields(c.scope)),
    Column("purpose", QT_TRANSLATE_NOOP("Columns", "Purpose"), lambda c: c.purpose, fmt=label),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda c: c.status, fmt=label,
           foreground=lambda c: chip_colors(c.status)[0],
           background=lambda c: chip_colors(c.status)[1]),
    Column("given", QT_TRANSLATE_NOOP("Columns", "Given"), lambda c: c.given_at, fmt=fmt_date),
    Column("expires", QT_TRANSLATE_NOOP("Columns", "Expires"), lambda c: c.expires_at,
           fmt=fmt_date),
    Column("method", QT_TRANSLATE_NOOP("Columns", "How"), lambda c: c.method, fmt=label),
]


ATTACHMENT_COLUMNS: list[Column[Attachment]] = [
    Column("filename", QT_TRANSLATE_NOOP("Columns", "File"), lambda a: a.filename),
    Column("size", QT_TRANSLATE_NOOP("Columns", "Size (KB)"), lambda a: a.size,
           fmt=lambda v: f"{max(1, round(v / 1024))}", align=NUMBER_ALIGN),
    Column("uploaded", QT_TRANSLATE_NOOP("Columns", "Added"), lambda a: a.uploaded_at,
           fmt=fmt_moment),
]
HISTORY_COLUMNS: list[Column[HistoryEntry]] = [
    Column("at", QT_TRANSLATE_NOOP("Columns", "When"), lambda h: h.at, fmt=fmt_moment),
    Column("who", QT_TRANSLATE_NOOP("Columns", "Who"),
           lambda h: h.user_name or QCoreApplication.translate("Columns", "partner or system")),
    Column("summary", QT_TRANSLATE_NOOP("Columns", "Change"), lambda h: h.summary),
]


def history_key(h: HistoryEntry) -> tuple[str, str, str]:
    return (h.at.isoformat(), h.entity_id, h.summary)


def _note_line(note: Note) -> str:
    flag = QCoreApplication.translate("CasePage", "[Sensitive] ") if note.sensitive else ""
    return f"{fmt_moment(note.created_at)} · {note.author_name}\n{flag}{note.body}"


# A note in its list: when and by whom, then its text.
NOTE_COLUMN: Column[Note] = Column(
    "note", QT_TRANSLATE_NOOP("CasePage", "Notes"), _note_line, accessible=_note_line,
    context="CasePage")


def line_list(parent: QWidget, model: DataclassTableModel[Any], name: str) -> QListView:
    """A read-only list of one-line (or wrapped) rows over ``model``."""
    view = QListView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setWordWrap(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view
