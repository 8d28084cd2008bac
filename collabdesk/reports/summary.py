"""Computing the monthly summary, and publishing it with small counts suppressed.

:func:`compute_summary` turns the store into raw counts (:class:`Summary`) with a handful of
SQL aggregates; nothing loops in Python over the event log, only over the period's active
cases or referrals. :func:`publish` applies small-count suppression to every table (linked
tables together), derives the headline figures, rates and times to linkage from the
published tables, and returns the :class:`PublishedSummary` that is previewed, exported and
submitted. What each figure means is defined once, in :mod:`collabdesk.reports.indicators`.

A published summary carries no client names, dates of birth or free text: rows are fixed
categories (age bands, genders, need domains, decline reason categories), partner agency
names, service type labels used at least as often as the threshold, and staff display names
(replaced by pseudonyms in :meth:`PublishedSummary.for_submission`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from collabdesk.domain import DECLINE_REASONS, GENDERS, NEED_DOMAINS
from collabdesk.errors import ValidationError
from collabdesk.progress import Cancelled, Progress, check, report
from collabdesk.reports import indicators as ind
from collabdesk.reports.suppression import (
    CountTable,
)
from collabdesk.timeutil import iso, parse_iso, zone_for

if TYPE_CHECKING:
    from collabdesk.services.session import Session
    from collabdesk.store.db import Connection

MAX_LABEL = 60  # service type and partner labels are cut to this length


# --------------------------------------------------------------------------- periods


@dataclass(frozen=True)
class Period:
    """A run of whole days in the agency's time zone; ``end`` is the last day (included)."""

    start: dt.date
    end: dt.date
    timezone: str

    @property
    def month(self) -> str | None:
        """``"YYYY-MM"`` when the period is exactly one calendar month."""
        first, last = month_bounds(self.start.strftime("%Y-%m"))
        return self.start.strftime("%Y-%m") if (first, last) == (self.start, self.end) else None

    @property
    def label(self) -> str:
        return self.month or f"{self.start.isoformat()} to {self.end.isoformat()}"

    def local(self, moment: dt.datetime) -> str:
        """``moment`` as the agency reads it: its own time zone, named ("2026-12-04 09:30
        Europe/Madrid"); reports never show UTC to the people who read them."""
        return f"{moment.astimezone(zone_for(self.timezone)):%Y-%m-%d %H:%M} {self.timezone}"


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    """The first and last day of ``"YYYY-MM"``."""
    try:
        first = dt.datetime.strptime(month, "%Y-%m").date()
    except ValueError as exc:
        raise ValidationError("summary.bad-month",
                              {"month": "field.invalid"}, month=month) from exc
    return first, _add_months(first, 1) - dt.timedelta(days=1)


def _add_months(first: dt.date, months: int) -> dt.date:
    index = first.year * 12 + first.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _local_midnight(day: dt.date, tz: dt.tzinfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), tzinfo=tz)


# --------------------------------------------------------------------------- raw summary


@dataclass(frozen=True)
class Statistic:
    """A non-count figure (a median, a percentile) and how many items it rests on."""

    id: str
    value: float | None
    n: int


@dataclass(frozen=True)
class Summary:
    """Raw (unsuppressed) counts for one period. Never leaves the laptop as is."""

    period: Period
    agency_name: str
    agency_id: str
    indicator_set_version: str
    generated_at: dt.datetime
    as_of: dt.datetime
    tables: dict[str, CountTable]
    statistics: dict[str, Statistic]
    # Row label of a worker table -> a pseudonym that is stable for the agency.
    worker_pseudonyms: dict[str, str] = field(default_factory=dict)

    def table(self, table_id: str) -> CountTable:
        return self.tables[table_id]


class _Ctx:
    """Bounds and helpers shared by the queries of one computation."""

    def __init__(self, session: Session, start: dt.date, end: dt.date) -> None:
        self.tz = session.tz()
        self.start_day, self.end_day = start, end
        start_moment = _local_midnight(start, self.tz)
        end_moment = _local_midnight(end + dt.timedelta(days=1), self.tz)
        # Stored moments have whole seconds: the second we are in counts as past.
        now = session.now().replace(microsecond=0) + dt.timedelta(seconds=1)
        self.as_of = min(end_moment, now)
        self.params: dict[str, Any] = {
            "s": iso(start_moment), "e": iso(end_moment),
            "sd": start.isoformat(), "ed": (end + dt.timedelta(days=1)).isoformat(),
            "asof": iso(self.as_of),
            "asof_day": self.as_of.astimezone(self.tz).date().isoformat(),
        }

    def local_day(self, utc_text: str) -> dt.date:
        return parse_iso(utc_text).astimezone(self.tz).date()


def compute_summary(session: Session, start: dt.date, end: dt.date, *,
                    progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> Summary:
    """Raw counts for the days ``start`` to ``end`` (both included) in the agency's time zone.

    The caller checks permissions (see :class:`collabdesk.services.reports.ReportService`).
    """
    if end < start:
        raise ValidationError("summary.period-reversed",
                              {"end": "field.before-start"})
    ctx = _Ctx(session, start, end)
    steps: list[Callable[[Connection, _Ctx, _Builder], None]] = [
        _period_transitions, _period_records, _cases, _needs_and_services, _referral_counts,
        _answers, _funnel, _linkage, _tasks, _new_clients, _screenings,
    ]
    builder = _Builder()
    # One read holds the store's lock, so every step sees the same data.
    with session.store.read() as conn:
        builder.workers = _worker_names(conn, session.agency_id)
        agency_row = conn.execute("SELECT name FROM agency LIMIT 1").fetchone()
        for done, step in enumerate(steps):
            check(cancelled)
            report(progress, done, len(steps))
            step(conn, ctx, builder)
    report(progress, len(steps), len(steps))
    tz_name = str(getattr(ctx.tz, "key", "") or ctx.tz)
    return Summary(
        period=Period(start, end, tz_name),
        agency_name=agency_row[0] if agency_row else "",
        agency_id=session.agency_id,
        indicator_set_version=ind.INDICATOR_SET_VERSION,
        generated_at=session.now(),
        as_of=ctx.as_of,
        tables={t: builder.tables[t] for t in ind.TABLE_IDS},
        statistics=builder.statistics,
        worker_pseudonyms=builder.pseudonyms(),
    )


@dataclass
class _Workers:
    names: dict[str, str]  # user id -> unique display label
    pseudonyms: dict[str, str]  # user id -> pseudonym


class _Builder:
    def __init__(self) -> None:
        self.tables: dict[str, CountTable] = {}
        self.statistics: dict[str, Statistic] = {}
        self.workers = _Workers({}, {})
        self.used_workers: dict[str, str] = {}  # label -> pseudonym, for labels in tables
        self.linked = 0  # referrals linked to a first service in the period
        # Working sets filled by the first steps (ids of cases and referrals, not people).
        self.active: set[str] = set()  # cases with activity in the period
        self.opened: set[str] = set()
        self.reopened: set[str] = set()
        self.closed: set[str] = set()
        self.changed_after: set[str] = set()  # cases with a status/assignment change since
        self.answered: set[str] = set()  # referrals with an accept/decline in the period
        self.serviced: set[str] = set()  # referrals with a service start/completion in it
        self.cohort: set[str] = set()  # our referrals sent in the period
        self.sent: list[tuple[str, str | None, str]] = []  # direction, partner, domain
        self.needs: Counter[str] = Counter()
        self.service_types: dict[str, Counter[str]] = defaultdict(Counter)

    def worker_label(self, user_id: str | None) -> str:
        if not user_id:
            return ind.UNASSIGNED
        label = self.workers.names.get(user_id)
        if label is None:
            label = _pseudonym("", user_id)
        self.used_workers[label] = self.workers.pseudonyms.get(user_id, _pseudonym("", user_id))
        return label

    def pseudonyms(self) -> dict[str, str]:
        return {**self.used_workers, ind.UNASSIGNED: ind.UNASSIGNED}

    def add(self, table: CountTable) -> None:
        self.tables[table.name] = table


def _pseudonym(agency_id: str, user_id: str) -> str:
    return "worker " + hashlib.sha256(f"{agency_id}|{user_id}".encode()).hexdigest()[:8]


def _worker_names(conn: Connection, agency_id: str) -> _Workers:
    names = unique_labels(conn.execute(
        "SELECT id, coalesce(nullif(display_name, ''), username, '') FROM users "
        "ORDER BY created_at, id"), "worker")
    return _Workers(names, {u: _pseudonym(agency_id, u) for u in names})


def unique_labels(rows: Iterable[tuple[str, str]], fallback: str) -> dict[str, str]:
    """Each id's row label: its name tidied and cut to :data:`MAX_LABEL` (``fallback`` if
    empty); a name met again, ignoring case, gets " (2)", " (3)" … in the order given."""
    labels: dict[str, str] = {}
    taken: Counter[str] = Counter()
    for row_id, name in rows:
        base = _clean_label(name) or fallback
        taken[base.casefold()] += 1
        n = taken[base.casefold()]
        labels[row_id] = base if n == 1 else f"{base} ({n})"
    return labels


def partner_labels(conn: Connection) -> dict[str, str]:
    """Each partner's row label in the partner tables (and in what is submitted)."""
    return unique_labels(conn.execute("SELECT id, name FROM partners ORDER BY name, id"),
                         "partner")


def _rows_sorted(counts: dict[str, list[int]], last: Iterable[str] = ()) -> list[str]:
    tail = [label for label in last if label in counts]
    return sorted((k for k in counts if k not in tail), key=str.casefold) + tail


def _age_band(ref: dt.date, dob: str | None, birth_year: int | None) -> str:
    age: int | None = None
    if dob:
        born = dt.date.fromisoformat(dob[:10])
        age = ref.year - born.year - ((ref.month, ref.day) < (born.month, born.day))
    elif birth_year:
        age = ref.year - int(birth_year)
    if age is None or age < 0:
        return "unknown"
    for band, upper in (("0-17", 17), ("18-24", 24), ("25-34", 34), ("35-44", 44),
                        ("45-54", 54), ("55-64", 64)):
        if age <= upper:
            return band
    return "65+"


def _gender(value: str | None) -> str:
    if not value:
        return "unknown"
    return value if value in GENDERS else "other"


# The case's worker or status at the summary's "as of" moment (both are state-machine fields);
# used only for the few cases that changed after it, the rest read the current columns.
_AS_OF = """(SELECT t.to_value FROM transitions t WHERE t.entity = 'case'
    AND t.entity_id = k.id AND t.field = '{field}' AND t.outcome != 'rejected'
    AND t.at < :asof ORDER BY t.hlc DESC LIMIT 1)"""


def _ids(values: Iterable[str]) -> str:
    return json.dumps(sorted(values))


def _period_transitions(conn: Connection, ctx: _Ctx, b: _Builder) -> None:
    for entity, entity_id, from_value, to_value in conn.execute(
        "SELECT entity, entity_id, from_value, to_value FROM transitions "
        "WHERE at >= :s AND at < :e AND field = 'status' AND outcome != 'rejected' "
        "AND entity IN ('case', 'referral')", ctx.params,
    ):
        if entity == "case":
            b.active.add(entity_id)
            if to_value == "closed":
                b.closed.add(entity_id)
            elif to_value == "open" and from_value == "closed":
                b.reopened.add(entity_id)
        elif to_value in ("accepted", "declined"):
            b.answered.add(entity_id)
        elif to_value in ("service_started", "completed"):
            b.serviced.add(entity_id)
    b.changed_after.update(r[0] for r in conn.execute(
        "SELECT DISTINCT entity_id FROM transitions WHERE entity = 'case' AND at >= :asof",
        ctx.params))


def _period_records(conn: Connection, ctx: _Ctx, b: _Builder) -> None:
    for (case_id,) in conn.execute(
        "SELECT id FROM cases WHERE opened_at >= :s AND opened_at < :e", ctx.params):
        b.opened.add(case_id)
    b.active |= b.opened
    for case_id, domain in conn.execute(
        "SELECT case_id, domain FROM needs WHERE identified_at >= :sd AND identified_at < :ed",
        ctx.params,
    ):
        b.active.add(case_id)
        b.needs[domain if domain in NEED_DOMAINS else "other"] += 1
    for case_id, service_type in conn.execute(
        "SELECT case_id, service_type FROM services WHERE delivered_at >= :sd AND "
        "delivered_at < :ed", ctx.params,
    ):
        b.active.add(case_id)
        label = _clean_label(service_type) or ind.OTHER_SERVICE_TYPES
        b.service_types[label.casefold()][label] += 1
    b.active.update(r[0] for r in conn.execute(
        "SELECT DISTINCT case_id FROM notes WHERE created_at >= :s AND created_at < :e",
        ctx.params))
    for referral_id, direction, case_id, partner_id, domain in conn.execute(
        "SELECT id, direction, case_id, partner_id, domain FROM referrals "
        "WHERE sent_at >= :s AND sent_at < :e", ctx.params,
    ):
        b.sent.append((direction, partner_id, domain))
        if direction == "outgoing":
            b.cohort.add(referral_id)
            if case_id:
                b.active.add(case_id)


def _cases(conn: Connection, ctx: _Ctx, b: _Builder) -> None:
    wanted = b.active | b.opened | b.reopened | b.closed | b.changed_after
    info: dict[str, tuple[str, str | None]] = {}  # case -> (client, worker at period end)
    people: dict[str, tuple[str, str]] = {}
    current: dict[str, tuple[str | None, str, str | None]] = {}
    for case_id, client_id, assigned, status, opened_at, dob, birth_year, gender in (
        conn.execute(
            "SELECT k.id, k.client_id, k.assigned_to, k.status, k.opened_at, c.dob, "
            "c.estimated_birth_year, c.gender FROM json_each(:ids) j "
            "JOIN cases k ON k.id = j.value JOIN clients c ON c.id = k.client_id",
            {"ids": _ids(wanted)})
    ):
        info[case_id] = (client_id, assigned)
        current[case_id] = (assigned, status, opened_at)
        if case_id in b.active and client_id not in people:
            people[client_id] = (_age_band(ctx.end_day, dob, birth_year), _gender(gender))
    as_of_status: dict[str, str | None] = {}
    for case_id, worker, status in conn.execute(
        f"SELECT k.id, {_AS_OF.format(field='assigned_to')}, {_AS_OF.format(field='status')} "
        "FROM json_each(:ids) j JOIN cases k ON k.id = j.value",
        {**ctx.params, "ids": _ids(b.changed_after)},
    ):
        info[case_id] = (info[case_id][0], worker)
        as_of_status[case_id] = status

    grid = Counter(people.values())
    b.add(CountTable(
        "clients_served", ind.AGE_BANDS, GENDERS,
        tuple(tuple(grid[(band, g)] for g in GENDERS) for band in ind.AGE_BANDS)))
    by_worker: dict[str, set[str]] = defaultdict(set)
    for case_id in b.active:
        if case_id in info:
            client_id, worker = info[case_id]
            by_worker[b.worker_label(worker)].add(client_id)
    served = {label: [len(ids)] for label, ids in by_worker.items()}
    labels = tuple(_rows_sorted(served, [ind.UNASSIGNED]) or [ind.UNASSIGNED])
    b.add(CountTable("clients_served_by_worker", labels, ("clients served",),
                     tuple(tuple(served.get(label, [0])) for label in labels),
                     row_totals=False, col_totals=False))

    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for col, ids in ((0, b.opened), (1, b.reopened), (2, b.closed)):
        for case_id in ids:
            if case_id in info:
                counts[b.worker_label(info[case_id][1])][col] += 1
    # Open at period end: current status for cases untouched since then, replayed otherwise.
    open_now: Counter[str | None] = Counter()
    for assigned, n in conn.execute(
        "SELECT assigned_to, count(*) FROM cases WHERE opened_at < :asof "
        "AND status != 'closed' GROUP BY assigned_to", ctx.params,
    ):
        open_now[assigned] += n
    for case_id in b.changed_after:
        if case_id not in current:
            continue
        assigned, status, opened_at = current[case_id]
        if opened_at is not None and opened_at < ctx.params["asof"]:
            if status != "closed":
                open_now[assigned] -= 1
            if as_of_status.get(case_id) != "closed":
                open_now[info[case_id][1]] += 1
    for worker, n in open_now.items():
        if n:
            counts[b.worker_label(worker)][3] += n
    labels = tuple(_rows_sorted(counts, [ind.UNASSIGNED]) or [ind.UNASSIGNED])
    b.add(CountTable("cases_by_worker", labels,
                     (ind.COL_OPENED, ind.COL_REOPENED, ind.COL_CLOSED, ind.COL_OPEN_AT_END),
                     tuple(tuple(counts[label]) if label in counts else (0, 0, 0, 0)
                           for label in labels),
                     row_totals=False, col_totals=True))


def _needs_and_services(conn: Connection, ctx: _Ctx, b: _Builder) -> None:
    b.add(CountTable.from_counts("needs_by_domain", [(d, b.needs[d]) for d in NEED_DOMAINS],
                                 column="needs identified"))
    counts = {c.most_common(1)[0][0]: sum(c.values()) for c in b.service_types.values()}
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
    b.add(CountTable.from_counts("services_by_type", rows or [(ind.OTHER_SERVICE_TYPES, 0)],
                                 column="services delivered"))


def _clean_label(text: str) -> str:
    return " ".join(str(text).split())[:MAX_LABEL]


def _referral_counts(conn: Connection, ctx: _Ctx, b: _Builder) -> None:
    partner_label = partner_labels(conn)
    by_partner: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_domain: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for direction, partner_id, domain in b.sent:
        col = 0 if direction == "outgoing" else 1
        by_partner[partner_label.get(partner_id or "", ind.NO_PARTNER)][col] += 1
        by_domain[domain if domain in NEED_DOMAINS else "other"][col] += 1
    cols = (ind.COL_SENT, ind.COL_RECEIVED)
    labels = tuple(_rows_sorted(by_partner, [ind.NO_PARTNER]) or [ind.NO_PARTNER])
    b.add(CountTable("referrals_by_partner", labels, cols,
                     tuple(tuple(by_partner.get(label, [0, 0])) for label in labels),
                     row_totals=False))
    b.add(CountTable("referrals_by_category", NEED_DOMAINS, cols,
                     tuple(tuple(by_domain.get(d, [0, 0])) for d in NEED_DOMAINS),
                     row_totals=False))


def decline_category(reason: str) -> str:
    """The fixed category of a free-text decline reason ("code" or "code: details")."""
    head = reason.strip().split(":", 1)[0].strip().casefold().replace(" ", "_").replace("-", "_")
    return head if head in DECLINE_REASONS else "other"


_REFERRAL_STATES = """SELECT j.value, r.direction, r.sent_at, t.to_value, t.reason, t.at, t.hlc
    FROM json_each(:ids) j JOIN referrals r ON r.id = j.value
    JOIN transitions t ON t.entity = 'referral' AND t.entity_id = j.value
        AND t.field = 'status'
    WHERE t.outcome != 'rejected' AND t.to_value IN ({states}) {extra}
    ORDER BY j.value, t.hlc"""


def _answers(conn: Connection, ctx: _Ctx, b: _Builder) -> None:
    rows = [ind.ROW_ACCEPTED, *(ind.DECLINED_PREFIX + r for r in DECLINE_REASONS)]
    counts = {label: [0, 0] for label in rows}
    seen: set[str] = set()
    # Only a referral's first answer counts, in the period it was given.
    for referral_id, direction, _, to_value, reason, at, _ in conn.execute(
        _REFERRAL_STATES.format(states="'accepted', 'declined'", extra=""),
        {"ids": _ids(b.answered)},
    ):
        if referral_id in seen:
            continue
        seen.add(referral_id)
        if not ctx.params["s"] <= at < ctx.params["e"]:
            continue
        col = 0 if direction == "outgoing" else 1
        label = (ind.ROW_ACCEPTED if to_value == "accepted"
                 else ind.DECLINED_PREFIX + decline_category(reason or ""))
        counts[label][col] += 1
    b.add(CountTable("referral_answers", tuple(rows),
                     (ind.COL_ANSWERED_BY_PARTNERS, ind.COL_ANSWERED_BY_US),
                     tuple(tuple(counts[label]) for label in rows), row_totals=False))


def _funnel(conn: Connection, ctx: _Ctx, b: _Builder) -> None:
    states: dict[str, set[str]] = {referral_id: set() for referral_id in b.cohort}
    for referral_id, _, _, to_value, _, _, _ in conn.execute(
        _REFERRAL_STATES.format(
            states="'accepted', 'declined', 'service_started', 'completed', 'closed'",
            extra="AND t.at < :asof"),
        {**ctx.params, "ids": _ids(b.cohort)},
    ):
        states[referral_id].add(to_value)
    stages: Counter[str] = Counter()
    for reached in states.values():
        if "completed" in reached:
            stage = 6
        elif "service_started" in reached:
            stage = 5
        elif "accepted" in reached:
            stage = 4 if "closed" in reached else 3
        elif "declined" in reached:
            stage = 2
        else:
            stage = 1 if "closed" in reached else 0
        stages[ind.FUNNEL_STAGES[stage]] += 1
    b.add(CountTable.from_counts("referral_funnel",
                                 [(s, stages[s]) for s in ind.FUNNEL_STAGES],
                                 column="referrals"))


def _linkage(conn: Connection, ctx: _Ctx, b: _Builder) -> None:
    days = []
    seen: set[str] = set()
    # Rows come in HLC order; the first service transition by time is the linkage moment.
    first: dict[str, tuple[str, str]] = {}
    for referral_id, direction, sent_at, _, _, at, _ in conn.execute(
        _REFERRAL_STATES.format(states="'service_started', 'completed'", extra=""),
        {"ids": _ids(b.serviced)},
    ):
        if direction != "outgoing" or not sent_at:
            continue
        seen.add(referral_id)
        if referral_id not in first or at < first[referral_id][1]:
            first[referral_id] = (sent_at, at)
    for sent_at, at in first.values():
        if ctx.params["s"] <= at < ctx.params["e"]:
            days.append(max(0, (ctx.local_day(at) - ctx.local_day(sent_at)).days))
    median = float(statistics.median(days)) if days else None
    p90 = ind.percentile_nearest_rank(days, 90)
    b.statistics["linkage_median_days"] = Statistic("linkage_median_days", median, len(days))
    b.statistics["linkage_p90_days"] = Statistic(
        "linkage_p90_days", float(p90) if p90 is not None else None, len(days))
    b.linked = len(days)


def _tasks(conn: Connection, ctx: _Ctx, b: _Builder) -> None:
    counts: dict[str, list[int]] = defaultdict(lambda: [0])
    for assignee, n in conn.execute(
        "SELECT assignee, count(*) FROM tasks WHERE due_date < :asof_day "
        "AND (created_at IS NULL OR created_at < :asof) "
        "AND (done = 0 OR done_at IS NULL OR done_at >= :asof) GROUP BY assignee", ctx.params,
    ):
        counts[b.worker_label(assignee)][0] += n
    labels = _rows_sorted(counts, [ind.UNASSIGNED]) or [ind.UNASSIGNED]
    b.add(CountTable.from_counts("tasks_overdue_by_worker",
                                 [(label, counts[label][0] if label in counts else 0)
                                  for label in labels], column="overdue tasks"))


def _new_clients(conn: Connection, ctx: _Ctx, b: _Builder) -> None:
    (new,) = conn.execute("SELECT count(*) FROM clients WHERE created_at >= :s AND "
                          "created_at < :e", ctx.params).fetchone()
    b.add(CountTable("other_counts", (ind.ROW_NEW_CLIENTS, ind.ROW_LINKED), ("count",),
                     ((int(new),), (b.linked,)), row_totals=False, col_totals=False))


def _screenings(conn: Connection, ctx: _Ctx, b: _Builder) -> None:
    # A response counts in the period its first completed version was saved; amending it
    # later does not count it again. Positive: the form suggested a need from it.
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for url, title, positive in conn.execute(
            "SELECT r.form_url, (SELECT f.title FROM forms f WHERE f.url = r.form_url "
            "ORDER BY f.imported_at DESC LIMIT 1), EXISTS(SELECT 1 FROM form_suggestions s "
            "WHERE s.response_id = r.response_id) FROM form_responses r "
            "WHERE r.status = 'completed' AND r.form_url IN (SELECT url FROM forms WHERE "
            "use = 'screening') AND r.authored_at >= :s AND r.authored_at < :e "
            "AND NOT EXISTS (SELECT 1 FROM form_responses o WHERE o.response_id = r.response_id "
            "AND o.status = 'completed' AND (o.authored_at < r.authored_at OR "
            "(o.authored_at = r.authored_at AND o.id < r.id)))", ctx.params):
        row = counts[_clean_label(title or url)]
        row[0] += 1
        row[1] += int(positive)
    labels = tuple(_rows_sorted(counts) or [ind.NO_SCREENING])
    b.add(CountTable("screenings_by_form", labels, (ind.COL_SCREENED, ind.COL_POSITIVE),
                     tuple(tuple(counts.get(label, [0, 0])) for label in labels),
                     row_totals=False))


# --------------------------------------------------------------------------- 12-month trend

TREND_SERIES = ("clients_served_total", "services_delivered", "referrals_sent")


@dataclass(frozen=True)
class Trend:
    """Raw monthly counts for the twelve months ending with ``months[-1]``."""

    months: tuple[str, ...]
    series: dict[str, tuple[int, ...]]


def _bucket(column: str, names: Sequence[str]) -> str:
    whens = " ".join(f"WHEN {column} < :{n} THEN {i}" for i, n in enumerate(names[1:]))
    return f"CASE {whens} END"


def twelve_month_trend(session: Session, end_month: str) -> Trend:
    """Clients served, services delivered and referrals sent in each of the 12 months."""
    last_first, _ = month_bounds(end_month)
    firsts = [_add_months(last_first, k) for k in range(-11, 2)]
    tz = session.tz()
    params: dict[str, Any] = {}
    for i, day in enumerate(firsts):
        params[f"m{i}"] = iso(_local_midnight(day, tz))
        params[f"d{i}"] = day.isoformat()
    moments = [f"m{i}" for i in range(13)]
    days = [f"d{i}" for i in range(13)]

    def window(column: str, names: list[str]) -> str:
        return f"{column} >= :{names[0]} AND {column} < :{names[-1]}"

    activity = f"""
        SELECT {_bucket('opened_at', moments)} AS b, client_id FROM cases
            WHERE {window('opened_at', moments)}
        UNION ALL SELECT {_bucket('t.at', moments)}, k.client_id FROM transitions t
            JOIN cases k ON k.id = t.entity_id WHERE t.entity = 'case' AND t.field = 'status'
            AND t.outcome != 'rejected' AND {window('t.at', moments)}
        UNION ALL SELECT {_bucket('n.identified_at', days)}, k.client_id FROM needs n
            JOIN cases k ON k.id = n.case_id WHERE {window('n.identified_at', days)}
        UNION ALL SELECT {_bucket('v.delivered_at', days)}, k.client_id FROM services v
            JOIN cases k ON k.id = v.case_id WHERE {window('v.delivered_at', days)}
        UNION ALL SELECT {_bucket('n.created_at', moments)}, k.client_id FROM notes n
            JOIN cases k ON k.id = n.case_id WHERE {window('n.created_at', moments)}
        UNION ALL SELECT {_bucket('r.sent_at', moments)}, r.client_id FROM referrals r
            WHERE r.direction = 'outgoing' AND r.case_id IS NOT NULL
            AND r.client_id IS NOT NULL AND {window('r.sent_at', moments)}
    """
    series = {name: [0] * 12 for name in TREND_SERIES}
    with session.store.read() as conn:
        for bucket, n in conn.execute(
            f"SELECT b, count(DISTINCT client_id) FROM ({activity}) GROUP BY b", params):
            series["clients_served_total"][int(bucket)] = n
        for bucket, n in conn.execute(
            f"SELECT {_bucket('delivered_at', days)}, count(*) FROM services "
            f"WHERE {window('delivered_at', days)} GROUP BY 1", params):
            series["services_delivered"][int(bucket)] = n
        for bucket, n in conn.execute(
            f"SELECT {_bucket('sent_at', moments)}, count(*) FROM referrals "
            f"WHERE direction = 'outgoing' AND {window('sent_at', moments)} GROUP BY 1", params):
            series["referrals_sent"][int(bucket)] = n
    return Trend(tuple(d.strftime("%Y-%m") for d in firsts[:12]),
                 {k: tuple(v) for k, v in series.items()})
