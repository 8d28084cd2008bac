"""Reports: the monthly summary for the period a supervisor picks, previewed and exported.

``session.reports`` computes the raw summary, publishes it with the agency's
suppression threshold (setting ``suppression_threshold``) and writes exports atomically.
Seeing a summary needs ``report.view``; exporting needs ``report.export``; queueing it for
the hub (:meth:`ReportService.submit`) needs ``report.submit``. Exports are
written through :func:`collabdesk.fsutil.atomic_writer` from memory, so no half-written or
temporary file is left behind, and each export is recorded in the audit log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from collabdesk.errors import ValidationError
from collabdesk.fsutil import atomic_writer
from collabdesk.progress import Cancelled, Progress, check, report
from collabdesk.reports.published import PublishedSummary, publish
from collabdesk.reports.summary import (
    Period,
    Summary,
    compute_summary,
    month_bounds,
    partner_labels,
    twelve_month_trend,
)
from collabdesk.reports.suppression import DEFAULT_THRESHOLD
from collabdesk.services.syncstatus import HUB_AGENCY
from collabdesk.timeutil import iso, parse_iso

if TYPE_CHECKING:
    from collabdesk.measures.compute import MonthFigures
    from collabdesk.services.session import Session

FORMATS = ("pdf", "xlsx", "csv")

__all__ = ["FORMATS", "QueuedSubmission", "ReportService"]


@dataclass(frozen=True)
class QueuedSubmission:
    """A month's summary queued for the hub: ``state`` waiting, sent or failed."""

    id: str
    month: str
    queued_at: dt.datetime
    state: str
    reason: str


class ReportService:
    """The monthly summary's use cases; reached as ``session.reports``."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def threshold(self) -> int:
        value = self.session.settings().get("suppression_threshold", DEFAULT_THRESHOLD)
        try:
            return int(value)
        except (TypeError, ValueError):
            return DEFAULT_THRESHOLD

    def _dates(self, month: str | None, start: dt.date | None,
               end: dt.date | None) -> tuple[dt.date, dt.date]:
        if month is not None:
            if start is not None or end is not None:
                raise ValidationError("report.period-ambiguous")
            return month_bounds(month)
        if start is None or end is None:
            raise ValidationError("report.period-missing")
        return start, end

    def raw_summary(self, month: str | None = None, *, start: dt.date | None = None,
                    end: dt.date | None = None, progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> Summary:
        """Unsuppressed counts (for checks and tests; never exported)."""
        self.session.require("report.view")
        first, last = self._dates(month, start, end)
        return compute_summary(self.session, first, last, progress=progress,
                               cancelled=cancelled)

    def summary(self, month: str | None = None, *, start: dt.date | None = None,
                end: dt.date | None = None, trend: bool = True,
                progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> PublishedSummary:
        """The published summary for ``month`` ("YYYY-MM") or ``start``..``end`` (inclusive).

        With ``trend`` and a whole month, the last 12 months' trend is included for charts.
        """
        raw = self.raw_summary(month, start=start, end=end, progress=progress,
                               cancelled=cancelled)
        check(cancelled)
        month_of_period = raw.period.month
        monthly = (twelve_month_trend(self.session, month_of_period)
                   if trend and month_of_period else None)
        published = publish(raw, self.threshold(), monthly)
        self.session.audit_now("report.view", "report", raw.period.label,
                               indicator_set=raw.indicator_set_version)
        return published

    def export(self, published: PublishedSummary, path: Path | str, fmt: str, *,
               progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> Path:
        """Write ``published`` as ``fmt`` (pdf, xlsx or csv) to ``path``, atomically.

        CSV: a ``.csv`` path gets one long-format file (table, row, column, value); any other
        path a zip with one CSV per table plus the definitions.
        """
        self.session.require("report.export")
        if fmt not in FORMATS:
            raise ValidationError("report.unknown-format",
                                  {"format": "field.unknown"}, formats=', '.join(FORMATS), fmt=fmt)
        target = Path(path)
        report(progress, 0, 2)
        data = render(published, fmt, long_csv=target.suffix.lower() == ".csv")
        check(cancelled)
        report(progress, 1, 2)
        try:
            with atomic_writer(target, needs=len(data)) as fh:
                fh.write(data)
        except OSError as exc:
            raise ValidationError(
                "report.save-failed",
                target=target, problem=exc.strerror or exc) from exc
        self.session.audit_now("report.export", "report", published.period.label, format=fmt,
                               indicator_set=published.indicator_set_version,
                               file=target.name)
        report(progress, 2, 2)
        return target

    def submit(self, published: PublishedSummary, measures: MonthFigures | None = None, *,
               new_framework: bool = False) -> QueuedSubmission:
        """Queue ``published`` (a whole month) for the hub, as the hub will see it.

        The copy queued is :meth:`PublishedSummary.for_submission` (workers by pseudonym),
        plus the hub ids of partner rows that are agencies on the hub (for the network's
        referral flows). The sync engine signs it with this laptop's device key and posts it
        when the hub answers; until then it waits in ``sync_outbox`` (kind ``summary``). A
        month submitted again replaces the earlier one at the hub, which keeps the history.
        ``measures``, the network's figures for the month as previewed, travel inside the
        summary; a month first submitted under another framework version keeps the figures
        it was submitted with unless ``new_framework`` (see
        :meth:`collabdesk.services.measures.MeasureService.for_submission`).
        """
        self.session.require("report.submit")
        month = published.period.month
        if month is None:
            raise ValidationError("report.submit-whole-month-only",
                                  {"month": "field.pick-month"})
        outgoing = published.for_submission()
        document = outgoing.to_dict()
        if measures is not None:
            document["measures"] = self.session.measures.for_submission(
                month, measures, new_framework=new_framework)
        partners = self._partner_hub_ids(
            outgoing.table("referrals_by_partner").row_labels)
        now = self.session.now()
        at = iso(now)
        submission_id = hashlib.sha256(
            f"summary|{month}|{at}|{secrets.token_hex(8)}".encode()).hexdigest()[:32]
        payload = {"month": month, "summary": document, "partners": partners}
        mailbox = self.session.store.get_meta(HUB_AGENCY) or ""
        with self.session.store.transaction() as conn:
            conn.execute(
                "INSERT INTO sync_outbox(id, kind, mailbox, entity, entity_id, payload, "
                "created_at) VALUES (?, 'summary', ?, 'report', ?, ?, ?)",
                (submission_id, mailbox, month,
                 json.dumps(payload, sort_keys=True, allow_nan=False), at))
            self.session.audit(conn, "report.submit", "report", month,
                               indicator_set=outgoing.indicator_set_version,
                               submission=submission_id)
        return QueuedSubmission(submission_id, month, now, "waiting", "")

    def submissions(self, month: str | None = None) -> list[QueuedSubmission]:
        """Summaries queued for the hub (newest first) and what became of them."""
        self.session.require("report.view")
        sql = ("SELECT id, entity_id, created_at, state, reason FROM sync_outbox "
               "WHERE kind = 'summary'")
        params: tuple[str, ...] = ()
        if month is not None:
            sql += " AND entity_id = ?"
            params = (month,)
        with self.session.store.read() as conn:
            rows = conn.execute(sql + " ORDER BY created_at DESC, id", params).fetchall()
        return [QueuedSubmission(r[0], r[1], parse_iso(r[2]), r[3], r[4]) for r in rows]

    def _partner_hub_ids(self, labels: Sequence[str]) -> dict[str, str]:
        with self.session.store.read() as conn:
            label_of = partner_labels(conn)
            hub_ids = dict(conn.execute("SELECT id, hub_agency_id FROM partners "
                                        "WHERE coalesce(hub_agency_id, '') != ''").fetchall())
        wanted = set(labels)
        return {label: str(hub_ids[partner_id]) for partner_id, label in label_of.items()
                if partner_id in hub_ids and label in wanted}

    def period(self, month: str) -> Period:
        first, last = month_bounds(month)
        tz = self.session.tz()
        return Period(first, last, str(getattr(tz, "key", "") or tz))


def render(published: PublishedSummary, fmt: str, *, long_csv: bool = False) -> bytes:
    """The export's bytes, built in memory (no temporary files)."""
    if fmt == "pdf":
        from collabdesk.reports.export_pdf import render_pdf
        return render_pdf(published)
    if fmt == "xlsx":
        from collabdesk.reports.export_xlsx import render_xlsx
        return render_xlsx(published)
    if fmt == "csv":
        from collabdesk.reports.export_csv import render_csv_long, render_csv_zip
        return render_csv_long(published) if long_csv else render_csv_zip(published)
    raise ValidationError("report.unknown-format", formats=', '.join(FORMATS), fmt=fmt)
