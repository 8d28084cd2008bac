"""The monthly summary's indicators, each defined once, here, with a written definition.

Everything that computes, previews, exports or submits a summary reads its titles and
definitions from :data:`INDICATORS`; ``docs/indicators.md`` says the same in longer form.
An indicator's ``version`` changes whenever its definition changes in a way that would make
a month computed before the change incomparable with one computed after it, and
:data:`INDICATOR_SET_VERSION` changes with any of them. Both travel with every published
summary, so a reader can tell which months may be compared.

Conventions shared by all indicators:

* The period is a run of whole days in the agency's time zone (setting ``timezone``):
  from the first day at 00:00 local time up to, not including, the day after the last day.
  A moment (stored in UTC) belongs to the period when its local time falls inside it; a day
  (a service's delivery date, a need's identification date) when it lies between the first
  and last day.
* "At period end" means at the end of the period, or now if the period has not ended yet.
* Status changes count when they were applied (a change the state machine refused is
  ignored). A case or referral is counted once per indicator even if the same change was
  recorded twice.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

INDICATOR_SET_VERSION = "2"  # 2: screenings by form

KIND_TABLE = "table"
KIND_COUNT = "count"
KIND_RATE = "rate"
KIND_STATISTIC = "statistic"

AGE_BANDS = ("0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", "unknown")

# Column labels; each table's labels must differ from every other table's that is suppressed
# together with it, except where the figures really are the same (see LINKED_TABLES).
COL_OPENED, COL_REOPENED, COL_CLOSED, COL_OPEN_AT_END = (
    "opened", "reopened", "closed", "open at period end")
COL_SENT, COL_RECEIVED = "sent", "received"
COL_ANSWERED_BY_PARTNERS = "our referrals (partners' answers)"
COL_ANSWERED_BY_US = "partners' referrals (our answers)"
ROW_ACCEPTED = "accepted"
DECLINED_PREFIX = "declined: "
# The funnel is published as exclusive stages (they add up to the referrals sent), so that
# complementary suppression protects every step; the cumulative steps are sums of stages.
FUNNEL_STAGES = (
    "awaiting an answer", "withdrawn before an answer", "declined",
    "accepted, awaiting service", "accepted, closed without service",
    "service started, not completed", "completed",
)
FUNNEL_STEPS: dict[str, tuple[str, ...]] = {
    "accepted": FUNNEL_STAGES[3:],
    "service started": FUNNEL_STAGES[5:],
    "completed": FUNNEL_STAGES[6:],
    "loop closed": (FUNNEL_STAGES[2], *FUNNEL_STAGES[4:]),
}
ROW_NEW_CLIENTS = "new clients"
ROW_LINKED = "referrals linked to a first service"
UNASSIGNED = "unassigned"
OTHER_SERVICE_TYPES = "other service types"
NO_PARTNER = "partner not recorded"
COL_SCREENED, COL_POSITIVE = "screenings completed", "suggesting a need"
NO_SCREENING = "no screening form"


@dataclass(frozen=True)
class Indicator:
    """One indicator: what it is called, what it means, and where its figure comes from."""

    id: str
    version: int
    title: str
    kind: str  # table | count | rate | statistic
    unit: str  # e.g. "clients", "cases", "share", "days"
    definition: str
    source: str  # how the figure is obtained (a table, or a table's total, or a formula)


def _ind(id: str, version: int, title: str, kind: str, unit: str, definition: str,
         source: str) -> Indicator:
    return Indicator(id, version, title, kind, unit, " ".join(definition.split()),
                     " ".join(source.split()))


_ALL = (
    # -- tables ------------------------------------------------------------------------------
    _ind("clients_served", 1, "Clients served, by age band and gender", KIND_TABLE, "clients",
         """Distinct clients with at least one of these in the period on any of their cases:
         the case was opened, its status changed, a need was identified, a service was
         delivered, a note was written, or a referral was sent. Age is whole years on the last
         day of the period, from the date of birth or else the estimated birth year; gender
         as recorded, blank as "unknown".""",
         "SQL over cases, transitions, needs, services, notes and referrals"),
    _ind("clients_served_by_worker", 1, "Clients served, by worker", KIND_TABLE, "clients",
         """Clients served (as above), counted under the worker each active case was assigned
         to at period end. A client whose cases have different workers counts under each, so
         this table has no total.""",
         "SQL; the case's assignment as of period end"),
    _ind("cases_by_worker", 1, "Cases, by worker", KIND_TABLE, "cases",
         """Opened: cases whose opening moment is in the period. Reopened: cases changed from
         closed to open in the period. Closed: cases changed to closed in the period (a case
         closed, reopened and closed again counts once). Open at period end: cases opened
         before period end whose status at period end is not closed (on hold counts as open).
         Rows: the worker the case was assigned to at period end.""",
         "SQL over cases and case status/assignment transitions"),
    _ind("needs_by_domain", 1, "Needs identified, by domain", KIND_TABLE, "needs",
         "Needs whose identification date is in the period, by need domain.",
         "SQL over needs"),
    _ind("services_by_type", 1, "Services delivered, by type", KIND_TABLE, "services",
         """Service records whose delivery date is in the period, by service type (one record
         counts once whatever its quantity). Types recorded fewer times in the period than the
         suppression threshold are grouped as "other service types", so a rarely used label
         never appears.""",
         "SQL over services; rare types grouped when published"),
    _ind("referrals_by_partner", 1, "Referrals sent and received, by partner", KIND_TABLE,
         "referrals",
         """Sent: referrals this agency sent, with the sending moment in the period. Received:
         referrals partners sent to this agency, with the partner's sending moment in the
         period. Rows: the partner agency.""",
         "SQL over referrals"),
    _ind("referrals_by_category", 1, "Referrals sent and received, by service category",
         KIND_TABLE, "referrals",
         """The same referrals as the table by partner, by the service's category (need domain).
         Its totals are the same figures and are suppressed together.""",
         "SQL over referrals"),
    _ind("referral_answers", 1, "Answers to referrals, with decline reasons", KIND_TABLE,
         "referrals",
         """Referrals whose first answer (accepted or declined) was given in the period: the
         partners' answers to our referrals, and our answers to partners' referrals. Declines
         are counted by reason category; a reason that is not one of the fixed categories
         counts as "other". The column total is the number answered.""",
         "SQL over referral status transitions"),
    _ind("referral_funnel", 1, "Referral funnel (our referrals sent in the period)", KIND_TABLE,
         "referrals",
         """Each referral this agency sent in the period, by the furthest stage it had reached
         at period end: awaiting an answer; withdrawn by us before an answer; declined;
         accepted and awaiting service; accepted and then closed without a service; service
         started; completed. The total is the referrals sent. The funnel chart's steps are
         sums of stages: accepted (the last four), service started (the last two), completed;
         "loop closed" is declined, closed after acceptance, service started or completed.""",
         "SQL over referrals and their status transitions up to period end"),
    _ind("tasks_overdue_by_worker", 1, "Tasks overdue at period end, by worker", KIND_TABLE,
         "tasks",
         """Tasks created before period end, due before the last moment of the period's
         final day has passed (due date before the day after the period), and not done at
         period end. Rows: the task's assignee.""",
         "SQL over tasks"),
    _ind("screenings_by_form", 1, "Screenings completed and suggesting a need, by form",
         KIND_TABLE, "screenings",
         """Responses to the agency's screening forms (forms used for screening, e.g. the
         Hunger Vital Sign) completed in the period, counted in the period of their first
         completion (amending one later does not count it again), by form. Suggesting a need:
         those from which the form suggested a need (its suggests-need rule held), whether
         the worker then confirmed or dismissed the suggestion. Rows: the form's title.""",
         "SQL over form responses and form suggestions"),
    _ind("other_counts", 1, "Other counts", KIND_TABLE, "various",
         """New clients: client records created in the period. Referrals linked to a first
         service: our referrals whose first service (see time to linkage) began in the
         period.""",
         "SQL over clients, referrals and transitions"),
    # -- headline figures, read from the tables above ------------------------------------
    _ind("clients_served_total", 1, "Clients served", KIND_COUNT, "clients",
         "Distinct clients served in the period (see the table by age band and gender).",
         "grand total of clients_served"),
    _ind("new_clients", 1, "New clients", KIND_COUNT, "clients",
         "Client records created in the period (intake, or accepting a partner's referral).",
         "other_counts, row 'new clients'"),
    _ind("cases_opened", 1, "Cases opened", KIND_COUNT, "cases",
         "Cases opened in the period.", "cases_by_worker, total of 'opened'"),
    _ind("cases_reopened", 1, "Cases reopened", KIND_COUNT, "cases",
         "Cases changed from closed to open in the period.",
         "cases_by_worker, total of 'reopened'"),
    _ind("cases_closed", 1, "Cases closed", KIND_COUNT, "cases",
         "Cases closed in the period (counted once each).", "cases_by_worker, total of 'closed'"),
    _ind("cases_open_at_end", 1, "Cases open at period end", KIND_COUNT, "cases",
         "Cases opened before period end and not closed at period end.",
         "cases_by_worker, total of 'open at period end'"),
    _ind("needs_identified", 1, "Needs identified", KIND_COUNT, "needs",
         "Needs identified in the period.", "total of needs_by_domain"),
    _ind("services_delivered", 1, "Services delivered", KIND_COUNT, "services",
         "Service records delivered in the period.", "total of services_by_type"),
    _ind("referrals_sent", 1, "Referrals sent", KIND_COUNT, "referrals",
         "Referrals this agency sent in the period.", "referrals_by_partner, total of 'sent'"),
    _ind("referrals_received", 1, "Referrals received", KIND_COUNT, "referrals",
         "Referrals partners sent to this agency in the period.",
         "referrals_by_partner, total of 'received'"),
    _ind("tasks_overdue", 1, "Tasks overdue at period end", KIND_COUNT, "tasks",
         "Tasks overdue at period end.", "total of tasks_overdue_by_worker"),
    _ind("acceptance_rate_out", 1, "Acceptance rate of our referrals", KIND_RATE, "share",
         """Of our referrals that partners answered in the period, the share accepted.""",
         "referral_answers: accepted / answered, partners' answers"),
    _ind("decline_rate_out", 1, "Decline rate of our referrals", KIND_RATE, "share",
         "Of our referrals that partners answered in the period, the share declined.",
         "referral_answers: 1 - acceptance rate, partners' answers"),
    _ind("acceptance_rate_in", 1, "Our acceptance rate of partners' referrals", KIND_RATE,
         "share", "Of partners' referrals we answered in the period, the share we accepted.",
         "referral_answers: accepted / answered, our answers"),
    _ind("decline_rate_in", 1, "Our decline rate of partners' referrals", KIND_RATE, "share",
         "Of partners' referrals we answered in the period, the share we declined.",
         "referral_answers: 1 - acceptance rate, our answers"),
    _ind("loop_closed_share", 1, "Share of referrals with a closed loop", KIND_RATE, "share",
         """Of our referrals sent in the period, the share whose loop was closed by period end:
         the partner declined it, started or completed a service, or closed it after accepting
         it. A referral we withdrew before any answer stays open (not closed) in this
         measure.""",
         "referral_funnel 'loop closed' / referrals sent"),
    _ind("linkage_median_days", 1, "Time to linkage, median", KIND_STATISTIC, "days",
         """For our referrals whose first service began in the period: the number of calendar
         days (in the agency's time zone) from the day the referral was sent to the day of
         the partner's first 'service started' (or 'completed', if no service start was
         recorded). The median of those day counts.""",
         "statistics.median over the linked referrals"),
    _ind("linkage_p90_days", 1, "Time to linkage, 90th percentile", KIND_STATISTIC, "days",
         """As the median, but the 90th percentile, by the nearest-rank method (the smallest
         day count that at least 90% of linked referrals do not exceed).""",
         "nearest-rank percentile over the linked referrals"),
)

INDICATORS: dict[str, Indicator] = {i.id: i for i in _ALL}
TABLE_IDS: tuple[str, ...] = tuple(i.id for i in _ALL if i.kind == KIND_TABLE)
HEADLINE_IDS: tuple[str, ...] = tuple(i.id for i in _ALL if i.kind != KIND_TABLE)

# Tables that share figures and must be suppressed together (see reports.suppression).
LINKED_TABLES: tuple[tuple[str, ...], ...] = (
    ("referrals_by_partner", "referrals_by_category"),
)
# Tables whose rows are workers: shown by display name locally, by pseudonym at the hub.
WORKER_TABLES = frozenset({"clients_served_by_worker", "cases_by_worker",
                           "tasks_overdue_by_worker"})

SUPPRESSION_NOTE = (
    "Counts from 1 to {below} are not shown: they appear as \"<{t}\". Some larger counts are "
    "shown as \"<{t}\" too, so that a hidden count cannot be worked out from totals or other "
    "rows. Rates are not shown when they rest on fewer than {t} referrals or could reveal a "
    "small count; times to linkage are not shown when fewer than {t} referrals were linked. "
    "No names, dates of birth or free text appear in this summary."
)


def suppression_note(threshold: int) -> str:
    return SUPPRESSION_NOTE.format(t=threshold, below=threshold - 1)


def indicator(indicator_id: str) -> Indicator:
    """The definition of ``indicator_id`` (KeyError names the unknown id)."""
    return INDICATORS[indicator_id]


def percentile_nearest_rank(values: list[int], pct: int) -> int | None:
    """The nearest-rank percentile: the smallest value with at least ``pct``% at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(len(ordered) * pct / 100))
    return ordered[rank - 1]
