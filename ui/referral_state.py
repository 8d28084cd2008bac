"""How a referral's state reads to a worker: one phrase for where it is and what became of it.

A referral has two kinds of state: what the partner did with it (sent, accepted, declined …,
replicated through the event log) and how far our own message travelled (still on this
laptop, at the hub, delivered, failed — :class:`RecordSyncState`). A worker needs one answer,
so "sent" never looks like "delivered": a referral still on this laptop reads "Not sent yet —
on this laptop", one at the hub "At the hub, not delivered yet", one written for a partner that is
not on the hub "Saved as a FHIR file", and a closed or answered
referral never reads as waiting. :func:`referral_columns` is the one column set every
referral list uses (the Referrals page and the case screen), so they always agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from collabdesk.domain import Referral, StatusChange
from collabdesk.services.exchange import saved_as_file
from collabdesk.services.letters import sent_on_paper
from collabdesk.services.syncstatus import RecordSyncState
from collabdesk.ui.dialogs.forms import chip_kind, label
from collabdesk.ui.formats import fmt_date
from collabdesk.ui.i18n import QT_TRANSLATE_NOOP
from collabdesk.ui.models import Column
from collabdesk.ui.theme import semantic_colors
from collabdesk.ui.widgets import ChipKind

# lupdate reads translate("Context", "text") calls; an alias keeps them on one line.
translate = QCoreApplication.translate



# The partner has answered (or the referral ended): our own delivery no longer matters.
_ANSWERED = {"accepted", "declined", "service_started", "completed", "closed", "withdrawn"}
_IN_TRANSIT = {"local", "waiting"}


def state_text(referral: Referral, delivery: RecordSyncState | None,
               today: dt.date | None = None) -> str:
    """The one phrase a worker reads for ``referral`` (see the module docstring)."""
    status, where = referral.status, delivery.state if delivery is not None else ""
    if referral.direction == "outgoing" and status not in _ANSWERED:
        if sent_on_paper(referral):  # a partner without CollabDesk: the letter is the delivery
            text = translate("ReferralState", "Handed over on paper, waiting for the outcome")
        elif saved_as_file(referral):  # a partner not on the hub: the file is the delivery
            text = (translate("ReferralState", "Received by the partner, not answered yet")
                    if status == "received"
                    else translate("ReferralState", "Saved as a FHIR file"))
        elif where in _IN_TRANSIT:
            text = translate("ReferralState", "Not sent yet — on this laptop")
        elif where == "failed":
            text = translate("ReferralState", "Could not be delivered: {reason}").format(
                reason=(delivery.reason if delivery else "")
                or translate("ReferralState", "unknown reason"))
        elif where == "sent":
            text = translate("ReferralState", "At the hub, not delivered yet")
        elif status == "received":
            text = translate("ReferralState", "Received by the partner, not answered yet")
        else:
            text = translate("ReferralState", "Delivered, waiting for the partner")
    elif referral.direction == "incoming" and status == "received":
        text = translate("ReferralState", "New — waiting for your answer")
    else:
        text = label(status)
        if status == "declined" and referral.status_reason:
            text = translate("ReferralState", "{status}: {reason}").format(status=text,
                                                    reason=label(referral.status_reason))
        if referral.direction == "incoming" and where in _IN_TRANSIT:
            text = translate("ReferralState", "{status} — the partner is not told yet").format(
                status=text)
    if today is not None and referral.overdue(today):
        text = translate("ReferralState", "{state} (overdue)").format(state=text)
    return text


def state_kind(referral: Referral, delivery: RecordSyncState | None,
               today: dt.date | None = None) -> ChipKind:
    """The colour of :func:`state_text` (a failed delivery warns, like an overdue one)."""
    if delivery is not None and delivery.state == "failed" and referral.status not in _ANSWERED:
        return "warning"
    overdue = today is not None and referral.overdue(today)
    return chip_kind(referral.status, overdue=overdue)


def is_new(referral: Referral) -> bool:
    """An incoming referral nobody has answered yet."""
    return referral.direction == "incoming" and referral.status == "received"


def referral_columns(delivery: dict[str, RecordSyncState], today: Callable[[], dt.date], *,
                     partner: bool = True, client: bool = True) -> list[Column[Referral]]:
    """The columns of every referral list: state, due, client, worker, partner and service.

    ``delivery`` is read when rows are drawn (keep the dict, update it before ``set_rows``);
    ``today`` gives the agency's day for "overdue"."""

    def colours(r: Referral) -> tuple[QColor, QColor]:
        return semantic_colors().chip(state_kind(r, delivery.get(r.id), today()))

    columns: list[Column[Referral]] = [
        Column("state", QT_TRANSLATE_NOOP("Columns", "State"),
               lambda r: state_text(r, delivery.get(r.id), today()),
               foreground=lambda r: colours(r)[0], background=lambda r: colours(r)[1],
               bold=is_new, tooltip=lambda r: state_text(r, delivery.get(r.id), today())),
        Column("due", QT_TRANSLATE_NOOP("Columns", "Due"), lambda r: r.due_at, fmt=fmt_date),
    ]
    if client:
        columns.append(Column("client", QT_TRANSLATE_NOOP("Columns", "Client"),
                              lambda r: r.client_name))
    columns.append(Column("worker", QT_TRANSLATE_NOOP("Columns", "Worker"),
                          lambda r: r.worker_name))
    if partner:
        columns.append(Column("partner", QT_TRANSLATE_NOOP("Columns", "Partner"),
                              lambda r: r.partner_name))
    columns.append(Column("service", QT_TRANSLATE_NOOP("Columns", "Service"),
                          lambda r: r.service_name))
    return columns


def _status_change_line(change: StatusChange) -> str:
    line = f"{change.at[:16].replace('T', ' ')} · {label(change.from_status) or '—'}" \
           f" → {label(change.to_status)}"
    if change.reason:
        line += f" · {change.reason}"
    if change.outcome and change.outcome != "applied":
        line += " · " + translate("ReferralState", "({outcome})").format(
            outcome=label(change.outcome))
    return line


# A referral's status change in its history (the case page's and the Referrals page's).
STATUS_CHANGE_COLUMN: Column[StatusChange] = Column(
    "change", QT_TRANSLATE_NOOP("ReferralState", "Status history"), _status_change_line,
    accessible=_status_change_line, context="ReferralState")


def status_change_key(change: StatusChange) -> tuple[str, str, str]:
    return (change.at, change.to_status or "", change.outcome)
