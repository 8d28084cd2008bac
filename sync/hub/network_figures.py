"""The dashboard's data: each agency's current monthly summary, and the network figures
summed from them.

Only what agencies submitted — published, de-identified aggregates
(``collabdesk.sync.summaries``) — and only figures that were shown are summed: a withheld
figure is counted as withheld, never guessed. The pages built on this are in
``dashboard_html.py``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, select

from collabdesk.sync import summaries
from collabdesk.sync.hub import db

log = logging.getLogger("collabdesk.hub.dashboard")


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
