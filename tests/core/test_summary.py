"""The monthly summary against hand-computed values, on a real store built through services.

The agency runs on America/Chicago time (UTC-5 in October 2026; DST ends 1 Nov at 07:00 UTC).
October 2026 therefore runs from 1 Oct 05:00 UTC to 1 Nov 05:00 UTC: events at 23:30 local on
30 Sep (04:30 UTC on 1 Oct) belong to September, and events at 23:30 local on 31 Oct
(04:30 UTC on 1 Nov) belong to October. The comments in ``scenario`` give every event;
the expected values in the tests are counted by hand from them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from collabdesk.domain import ClientInput
from collabdesk.errors import PermissionDenied, ValidationError
from collabdesk.events.hlc import encode
from collabdesk.progress import OperationCancelled
from collabdesk.reports import indicators as ind
from collabdesk.reports.export_csv import render_csv_long, render_csv_zip
from collabdesk.reports.published import funnel_steps, publish
from collabdesk.reports.summary import (
    compute_summary,
    decline_category,
    month_bounds,
    unique_labels,
)
from collabdesk.services.referrals import IncomingReferral, PartnerUpdate
from collabdesk.services.session import Session
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace
from tests.core.conftest import Agency

UTC = dt.UTC
PARTNER_DEVICE = "partner-device-0001"
NODE = "ab" * 8

SECRETS = (  # client data that must never reach a published summary
    "Alice", "Smith", "Bob Jones", "Jones", "Carla", "Dan ", "Brown", "Eve ", "Frank",
    "1990-05-20", "2000-11-01", "2010-01-01", "1985-07-07", "Tom and Ann", "Mike",
    "Gina", "outside county", "waitlist", "no thanks", "client moved", "Eviction",
    "555-0100",
)


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 9, 1, 15, 0, tzinfo=UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def at(self, month: int, day: int, hour: int = 15, minute: int = 0) -> None:
        moment = dt.datetime(2026, month, day, hour, minute, tzinfo=UTC)
        assert moment >= self.now, "the scenario must move forward in time"
        self.now = moment


@dataclass
class Scenario:
    session: Session
    clock: Clock
    worker: Session


def _update(s: Session, clock: Clock, referral_id: str, to: str, reason: str = "") -> None:
    """A partner's answer to one of our referrals, arriving through sync."""
    s.referrals.record_partner_update(PartnerUpdate(
        update_id=f"{referral_id}-{to}", referral_id=referral_id, to_status=to, reason=reason,
        at=clock.now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        hlc=encode(int(clock.now.timestamp() * 1000), 0, NODE), device=PARTNER_DEVICE))


def _incoming(s: Session, clock: Clock, ref_id: str, domain: str) -> str:
    s.referrals.receive(IncomingReferral(
        referral_id=ref_id, from_agency_id="northside-agency", from_agency_name="Northside Clinic",
        service_name="Intake", domain=domain, reason="Needs help, says Gina Park",
        urgency="routine", shared={"given_name": "Gina", "family_name": "Park"},
        sent_at=clock.now.strftime("%Y-%m-%dT%H:%M:%SZ"), due_at=None,
        hlc=encode(int(clock.now.timestamp() * 1000), 0, NODE), device=PARTNER_DEVICE))
    return ref_id


def build(folder: Path) -> Scenario:
    clock = Clock()
    ws = Workspace(folder, clock=clock)
    s, _ = ws.create("Riverside Family Services", "admin", "admin pass phrase 1",
                     admin_display_name="Ana Admin", kdf=KdfParams.FLOOR)
    wendy = s.users.add("wendy", "wendy pass phrase 1", display_name="Wendy", roles=["worker"])
    walt = s.users.add("walt", "walt pass phrase 1", display_name="Walt", roles=["worker"])
    s.update_settings(timezone="America/Chicago")
    cases, refs = s.cases, s.referrals

    # 1 Sep: partners; Alice, Eve and Frank with open cases K1, K5, K6; R8 sent and accepted.
    p1 = s.directory.add_partner("Legal Aid North")
    s1 = s.directory.add_service(p1.id, "Tenant advice", domains=("legal",))
    p2 = s.directory.add_partner("Food Bank East")
    s2 = s.directory.add_service(p2.id, "Pantry", domains=("food",))
    alice = s.clients.intake(ClientInput("Alice", "Smith", dob=dt.date(1990, 5, 20),
                                         gender="female", phone="555-0100"))
    eve = s.clients.intake(ClientInput("Eve", "Long", dob=dt.date(2010, 1, 1), gender="female"))
    frank = s.clients.intake(ClientInput("Frank", "Hill", dob=dt.date(1985, 7, 7),
                                         gender="male"))
    k1 = cases.open_case(alice.id, "Eviction")
    k5 = cases.open_case(eve.id, "School")
    k6 = cases.open_case(frank.id, "Benefits")
    for c in (alice, eve, frank):
        s.consents.record(c.id, scope=("name",))
    r8 = refs.send(k1.id, s2.id, reason="Eviction", fields=("name",))
    clock.at(9, 3)
    _update(s, clock, r8.id, "accepted")
    clock.at(9, 25)
    r1 = refs.send(k1.id, s1.id, reason="Eviction", fields=("name",))  # sent 25 Sep
    clock.at(9, 28)
    _update(s, clock, r1.id, "accepted")
    clock.at(9, 29)
    cases.set_status(k1.id, "closed")
    clock.at(9, 30)
    cases.record_service(k6.id, "Food parcel")  # 30 Sep: September
    # 30 Sep 23:30 local = 1 Oct 04:30 UTC: Bob and K2 belong to September.
    clock.at(10, 1, 4, 30)
    bob = s.clients.intake(ClientInput("Bob", "Jones", dob=dt.date(2000, 11, 1), gender="male"))
    s.consents.record(bob.id, scope=("name",))
    k2 = cases.open_case(bob.id, "Debt")
    clock.at(10, 2)
    dan = s.clients.intake(ClientInput("Dan", "Brown", estimated_birth_year=1950))
    s.consents.record(dan.id, scope=("name",))
    k4 = cases.open_case(dan.id, "Housing",
                         needs=(("housing", "high", "Sleeping in car with Tom and Ann"),))
    cases.add_note(k4.id, "Dan told me about his son Mike")
    cases.record_service(k4.id, "Counselling")
    r2 = refs.send(k4.id, s1.id, reason="Eviction", fields=("name",))
    clock.at(10, 3)
    _update(s, clock, r1.id, "service_started")  # R1 linked in October: 8 days
    r7 = refs.send(k2.id, s1.id, reason="Eviction", fields=("name",))
    clock.at(10, 3, 16)
    _update(s, clock, r7.id, "received")
    clock.at(10, 4)
    _update(s, clock, r2.id, "accepted")
    clock.at(10, 5)
    cases.set_status(k1.id, "open")  # reopened
    cases.add_need(k1.id, "mental_health", "medium", "Panic attacks")
    cases.record_service(k1.id, "Food parcel")
    _update(s, clock, r7.id, "accepted")
    clock.at(10, 6)
    cases.record_service(k1.id, "food  parcel ")  # same type, other spelling
    r5 = refs.send(k1.id, s2.id, reason="Eviction", fields=("name",))
    clock.at(10, 7)
    _update(s, clock, r5.id, "accepted")
    clock.at(10, 8)
    i1 = _incoming(s, clock, "incoming-1", "health")
    refs.accept(i1, client_id=alice.id)  # opens K7 for Alice, assigned to the admin
    clock.at(10, 9)
    i2 = _incoming(s, clock, "incoming-2", "housing")
    refs.decline(i2, "Not eligible: lives outside county, Mrs Gina Park")
    r6 = refs.send(k4.id, s1.id, reason="Eviction", fields=("name",))
    clock.at(10, 10)
    cases.set_status(k2.id, "closed")
    cases.record_service(k2.id, "Bus pass for Bob Jones")  # free text: must never be shown
    clock.at(10, 11)
    refs.close(r6.id, "client moved")  # withdrawn by us
    clock.at(10, 12)
    cases.assign(k2.id, wendy.id)
    clock.at(10, 15)
    r3 = refs.send(k5.id, s2.id, reason="Eviction", fields=("name",))
    clock.at(10, 16)
    _update(s, clock, r3.id, "declined", "no_capacity: waitlist full")
    clock.at(10, 20)
    cases.set_status(k1.id, "closed")
    _update(s, clock, r5.id, "completed")  # R5 linked via completed: 14 days
    t1 = s.tasks.create("Call", case_id=k2.id, due_date=dt.date(2026, 10, 31),
                        assignee=wendy.id)
    t2 = s.tasks.create("Visit", case_id=k1.id, due_date=dt.date(2026, 10, 20))
    t3 = s.tasks.create("Form", case_id=k1.id, due_date=dt.date(2026, 10, 25))
    s.tasks.create("Letter", case_id=k4.id, due_date=dt.date(2026, 11, 1), assignee=walt.id)
    i3 = _incoming(s, clock, "incoming-3", "mental_health")
    clock.at(10, 21)
    refs.decline(i3, "She said no thanks")
    clock.at(10, 25)
    cases.set_status(k1.id, "open")  # reopened again: still one case reopened
    s.tasks.complete(t2.id)
    clock.at(10, 30)
    _update(s, clock, r7.id, "closed", "service delivered")
    # 31 Oct 23:30 local = 1 Nov 04:30 UTC: still October.
    clock.at(11, 1, 4, 30)
    carla = s.clients.intake(ClientInput("Carla", "Diaz", gender="non_binary"))
    s.consents.record(carla.id, scope=("name",))
    k3 = cases.open_case(carla.id, "Food", assigned_to=walt.id,
                         needs=(("food", "medium", "No food"),))
    clock.at(11, 1, 4, 40)
    r4 = refs.send(k3.id, s2.id, reason="Eviction", fields=("name",))
    clock.at(11, 1, 4, 45)
    cases.record_service(k5.id, "Food parcel")  # delivered 31 Oct (local today)
    clock.at(11, 1, 4, 59)
    _update(s, clock, r2.id, "service_started")  # 23:59 local on 31 Oct: 29 days
    # From here on it is November locally.
    clock.at(11, 1, 5, 30)
    _update(s, clock, r8.id, "service_started")
    clock.at(11, 1, 6)
    cases.add_note(k6.id, "Frank called")
    cases.add_need(k6.id, "income")
    clock.at(11, 2)
    _update(s, clock, r4.id, "accepted")
    s.tasks.create("Late", case_id=k4.id, due_date=dt.date(2026, 10, 10))
    clock.at(11, 3)
    cases.set_status(k4.id, "closed")
    s.tasks.complete(t3.id)
    clock.at(11, 3, 16)
    del t1
    worker = ws.sign_in("wendy", "wendy pass phrase 1")
    return Scenario(s, clock, worker)


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scenario]:
    sc = build(tmp_path_factory.mktemp("summary") / "agency")
    yield sc
    sc.worker.close()
    sc.session.close()


def cells(table: object) -> dict[str, tuple[int, ...]]:
    return dict(zip(table.row_labels, table.cells, strict=True))  # type: ignore[attr-defined]


def test_every_raw_indicator_matches_the_hand_count(scenario: Scenario) -> None:
    raw = scenario.session.reports.raw_summary("2026-10")
    assert raw.period.start == dt.date(2026, 10, 1) and raw.period.end == dt.date(2026, 10, 31)
    assert raw.period.timezone == "America/Chicago" and raw.period.month == "2026-10"
    assert raw.as_of == dt.datetime(2026, 11, 1, 5, 0, tzinfo=UTC)

    # Clients served: Alice, Bob, Carla, Dan, Eve (not Frank: his note is 1 Nov local).
    served = raw.table("clients_served")
    assert served.grand_total() == 5
    grid = {(band, g): n for band, row in cells(served).items()
            for g, n in zip(served.col_labels, row, strict=True) if n}
    assert grid == {("35-44", "female"): 1,  # Alice, 36
                    ("25-34", "male"): 1,  # Bob turns 26 on 1 Nov: still 25 on 31 Oct
                    ("unknown", "non_binary"): 1,  # Carla, no date of birth
                    ("65+", "unknown"): 1,  # Dan, born about 1950, gender not recorded
                    ("0-17", "female"): 1}  # Eve, 16
    assert cells(raw.table("clients_served_by_worker")) == {
        "Ana Admin": (3,), "Walt": (1,), "Wendy": (1,)}

    # Cases: opened K3 (31 Oct local), K4, K7; K2 opened 30 Sep local. Reopened K1 (twice,
    # counted once); closed K1 and K2; open at period end K1, K3, K4 (closed 3 Nov), K5, K6, K7.
    cases = raw.table("cases_by_worker")
    assert cases.col_labels == (ind.COL_OPENED, ind.COL_REOPENED, ind.COL_CLOSED,
                                ind.COL_OPEN_AT_END)
    assert cells(cases) == {"Ana Admin": (2, 1, 1, 5), "Walt": (1, 0, 0, 1),
                            "Wendy": (0, 0, 1, 0)}
    assert cases.col_sums() == (3, 1, 2, 6)

    needs = {k: v[0] for k, v in cells(raw.table("needs_by_domain")).items() if v[0]}
    assert needs == {"housing": 1, "mental_health": 1, "food": 1}

    services = cells(raw.table("services_by_type"))
    assert services == {"Food parcel": (3,), "Bus pass for Bob Jones": (1,), "Counselling": (1,)}

    assert cells(raw.table("referrals_by_partner")) == {
        "Food Bank East": (3, 0), "Legal Aid North": (3, 0), "Northside Clinic": (0, 3)}
    by_category = {k: v for k, v in cells(raw.table("referrals_by_category")).items() if any(v)}
    assert by_category == {"food": (3, 0), "legal": (3, 0), "health": (0, 1),
                           "housing": (0, 1), "mental_health": (0, 1)}

    answers = {k: v for k, v in cells(raw.table("referral_answers")).items() if any(v)}
    # Partners answered R2, R5, R7 (accepted) and R3 (declined, no capacity) in October;
    # R1 and R8 were answered in September, R4 in November. We accepted I1, declined I2, I3.
    assert answers == {"accepted": (3, 1), "declined: no_capacity": (1, 0),
                       "declined: not_eligible": (0, 1), "declined: other": (0, 1)}

    # Our referrals sent in October: R2, R3, R4, R5, R6, R7, by the stage reached by
    # 1 Nov 05:00 UTC: R4 awaiting an answer (accepted in November), R6 withdrawn, R3
    # declined, R7 closed after acceptance, R2 service started (04:59 UTC), R5 completed.
    assert cells(raw.table("referral_funnel")) == {
        "awaiting an answer": (1,), "withdrawn before an answer": (1,), "declined": (1,),
        "accepted, awaiting service": (0,), "accepted, closed without service": (1,),
        "service started, not completed": (1,), "completed": (1,)}

    # Tasks overdue at period end: T1 (due 31 Oct, open) and T3 (done 3 Nov); not T2 (done
    # 25 Oct), the task due 1 Nov, or the one created on 2 Nov.
    assert cells(raw.table("tasks_overdue_by_worker")) == {"Ana Admin": (1,), "Wendy": (1,)}

    # New clients: Dan (2 Oct) and Carla (31 Oct local); Bob was 30 Sep local.
    # Linked: R1 (25 Sep -> 3 Oct: 8 days), R5 (6 -> 20 Oct: 14), R2 (2 -> 31 Oct: 29).
    assert cells(raw.table("other_counts")) == {ind.ROW_NEW_CLIENTS: (2,), ind.ROW_LINKED: (3,)}
    assert raw.statistics["linkage_median_days"].value == 14
    assert raw.statistics["linkage_p90_days"].value == 29
    assert raw.statistics["linkage_median_days"].n == 3


def test_september_and_november_see_the_other_side_of_each_boundary(scenario: Scenario) -> None:
    service = scenario.session.reports
    sep = service.raw_summary("2026-09")
    # Bob (23:30 local on 30 Sep) is a new client of September, with K2 opened then.
    assert cells(sep.table("other_counts"))[ind.ROW_NEW_CLIENTS] == (4,)
    assert sep.table("cases_by_worker").col_sums() == (4, 0, 1, 3)  # K1 closed 29 Sep
    # R8 and R1 were answered (accepted) in September; nothing was linked.
    assert cells(sep.table("referral_answers"))["accepted"] == (2, 0)
    assert cells(sep.table("other_counts"))[ind.ROW_LINKED] == (0,)
    nov = service.raw_summary("2026-11")
    # R8 started 1 Nov 00:30 local: linked in November, 61 days after 1 Sep.
    assert nov.statistics["linkage_median_days"].value == 61
    assert cells(nov.table("referral_answers"))["accepted"] == (1, 0)  # R4
    # Only Frank (note, need) and Dan (K4 closed) were active in November so far.
    assert nov.table("clients_served").grand_total() == 2
    assert nov.as_of == scenario.clock.now + dt.timedelta(seconds=1)


def test_any_date_range_and_the_time_zone_decide_membership(scenario: Scenario) -> None:
    service = scenario.session.reports
    last_day = service.raw_summary(start=dt.date(2026, 10, 31), end=dt.date(2026, 10, 31))
    assert last_day.period.month is None and last_day.period.label == "2026-10-31 to 2026-10-31"
    # 31 Oct local: Carla's intake and case, R4, Eve's service, R2's service start.
    assert cells(last_day.table("other_counts")) == {ind.ROW_NEW_CLIENTS: (1,),
                                                     ind.ROW_LINKED: (1,)}
    assert last_day.table("clients_served").grand_total() == 2  # Carla, Eve
    with pytest.raises(ValidationError):
        service.raw_summary(start=dt.date(2026, 10, 31), end=dt.date(2026, 10, 1))
    with pytest.raises(ValidationError):
        service.raw_summary("October")


def test_the_published_summary_suppresses_and_derives_rates(scenario: Scenario) -> None:
    raw = scenario.session.reports.raw_summary("2026-10")
    pub = publish(raw, 3)
    # Rare service types are grouped, so "Bus pass for Bob Jones" never appears; the group
    # (2) is withheld, and so is "Food parcel" (3), else total - 3 would give the 2 back.
    services = pub.table("services_by_type")
    assert cells(services) == {"Food parcel": (None,), ind.OTHER_SERVICE_TYPES: (None,)}
    assert services.flags == (("complementary",), ("primary",))
    assert services.grand_total == 5
    values = {v.id: v for v in pub.values}
    assert values["services_delivered"].value == 5
    # Five clients in five different age/gender cells: each withheld cell is at least 1, so
    # publishing the total of 5 would give every one of them away.
    assert values["clients_served_total"].status == "withheld"
    assert values["cases_open_at_end"].value == 6
    # Six referrals sent, each at a different funnel stage: the funnel must withhold its
    # total, so the referral tables withhold the same figure too.
    assert values["referrals_sent"].status == "withheld"
    assert pub.table("referral_funnel").grand_total is None
    assert pub.table("referrals_by_partner").col_total_flags[0] == "complementary"  # type: ignore[index]
    assert values["new_clients"].status == "withheld"  # 2 < 3
    assert values["tasks_overdue"].status == "withheld"
    assert values["acceptance_rate_out"].status == "withheld"  # 3 of 4: 1 declined
    assert values["decline_rate_out"].status == "withheld"
    assert values["loop_closed_share"].status == "withheld"  # stages of 1 each
    assert values["linkage_median_days"].value == 14  # n = 3 meets the threshold of 3
    assert values["linkage_median_days"].n == 3
    assert values["linkage_p90_days"].value == 29
    # With the default threshold of 5 the times to linkage rest on too few referrals.
    default = publish(raw, 5)
    assert default.value("linkage_median_days").status == "withheld"
    assert default.value("linkage_median_days").text(5) == "withheld"
    assert default.value("new_clients").text(5) == "<5"
    assert default.value("acceptance_rate_in").text(5) == "withheld"
    assert default.table("services_by_type").cells == ((5,),)  # every type grouped
    # Every table: no small count shown; the referral totals agree wherever they appear.
    for p in (pub, default):
        for table in p.tables:
            shown = [c for row in table.cells for c in row if c is not None]
            assert all(c == 0 or c >= p.threshold for c in shown), table.name
        sent = {p.table("referrals_by_partner").col_totals[0],  # type: ignore[index]
                p.table("referrals_by_category").col_totals[0],  # type: ignore[index]
                p.table("referral_funnel").grand_total, p.value("referrals_sent").value}
        assert len(sent) == 1


def test_funnel_steps_and_loop_closure_come_from_published_stages(scenario: Scenario) -> None:
    raw = scenario.session.reports.raw_summary("2026-10")
    from collabdesk.reports.suppression import CountTable
    stages = CountTable.from_counts("referral_funnel", list(zip(
        ind.FUNNEL_STAGES, (5, 0, 6, 0, 3, 4, 7), strict=True)), column="referrals")
    partner = CountTable("referrals_by_partner", ("A", "B"), ("sent", "received"),
                         ((10, 0), (15, 0)), row_totals=False)
    category = CountTable("referrals_by_category", raw.table("referrals_by_category").row_labels,
                          ("sent", "received"),
                          tuple((25, 0) if label == "food" else (0, 0) for label in
                                raw.table("referrals_by_category").row_labels),
                          row_totals=False)
    tables = {**raw.tables, "referral_funnel": stages, "referrals_by_partner": partner,
              "referrals_by_category": category}
    pub = publish(type(raw)(**{**raw.__dict__, "tables": tables}), 3)
    assert funnel_steps(pub) == [("sent", 25), ("accepted", 14), ("service started", 11),
                                 ("completed", 7), ("loop closed", 20)]
    assert pub.value("loop_closed_share").value == pytest.approx(20 / 25)


def test_rates_are_published_when_nothing_small_can_be_recovered(scenario: Scenario) -> None:
    raw = scenario.session.reports.raw_summary("2026-10")
    # Threshold 3 is the lowest allowed; make the answers table large enough by hand.
    from collabdesk.reports.suppression import CountTable
    answers = raw.table("referral_answers")
    bigger = CountTable(answers.name, answers.row_labels, answers.col_labels,
                        ((6, 1), (0, 0), (4, 0), *answers.cells[3:]), row_totals=False)
    tables = {**raw.tables, "referral_answers": bigger}
    pub = publish(type(raw)(**{**raw.__dict__, "tables": tables}), 3)
    assert pub.value("acceptance_rate_out").value == pytest.approx(0.6)
    assert pub.value("decline_rate_out").value == pytest.approx(0.4)
    assert pub.value("acceptance_rate_out").text(3) == "60%"


def test_no_names_dates_of_birth_or_free_text_leave_in_a_summary(scenario: Scenario) -> None:
    service = scenario.session.reports
    scenario.session.update_settings(suppression_threshold=3)
    try:
        published = service.summary("2026-10")
    finally:
        scenario.session.update_settings(suppression_threshold=5)
    texts = [json.dumps(published.to_dict(), ensure_ascii=False),
             render_csv_long(published).decode(), repr(published),
             json.dumps(published.for_submission().to_dict(), ensure_ascii=False)]
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, secret
    # Staff display names appear locally; the hub copy carries pseudonyms only.
    assert "Ana Admin" in texts[0]
    hub = published.for_submission()
    assert hub.workers_pseudonymous
    for name in ("Ana Admin", "Wendy", "Walt"):
        assert name not in texts[3]
    labels = hub.table("cases_by_worker").row_labels
    assert all(label.startswith("worker ") for label in labels)
    assert hub.table("cases_by_worker").cells == published.table("cases_by_worker").cells
    assert render_csv_zip(published)[:2] == b"PK"


def test_trend_covers_twelve_months_and_matches_the_month(scenario: Scenario) -> None:
    published = scenario.session.reports.summary("2026-10")
    trend = published.trend
    assert trend is not None
    assert trend.months[0] == "2025-11" and trend.months[-1] == "2026-10"
    # September: Alice, Eve, Frank, Bob active; threshold 5 withholds the 4.
    assert trend.series["clients_served_total"][-2] is None
    assert trend.series["clients_served_total"][:-2] == (0,) * 10
    # October shows exactly what the summary shows: a total withheld there (5 clients who
    # could each be pinned) is not given away by the chart.
    for name, series in trend.series.items():
        figure = published.value(name).value
        assert series[-1] == (None if figure is None else int(figure)), name
    assert trend.series["clients_served_total"][-1] is None
    assert trend.series["services_delivered"][-1] == 5


def test_reports_need_the_supervisor_role_and_are_audited(scenario: Scenario) -> None:
    with pytest.raises(PermissionDenied):
        scenario.worker.reports.summary("2026-10")
    with pytest.raises(PermissionDenied):
        scenario.worker.reports.raw_summary("2026-10")
    scenario.session.reports.summary("2026-10", trend=False)
    rows = scenario.session.store.query(
        "SELECT action, entity_id FROM audit WHERE action = 'report.view' ORDER BY seq DESC")
    assert rows[0] == ("report.view", "2026-10")


def test_progress_and_cancel(scenario: Scenario) -> None:
    seen: list[tuple[int, int]] = []
    first, last = month_bounds("2026-10")
    compute_summary(scenario.session, first, last, progress=lambda d, t, _: seen.append((d, t)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    with pytest.raises(OperationCancelled):
        scenario.session.reports.summary("2026-10", cancelled=lambda: True)


def test_decline_reasons_map_to_fixed_categories() -> None:
    assert decline_category("no_capacity") == "no_capacity"
    assert decline_category("No capacity: full until March") == "no_capacity"
    assert decline_category("client-unreachable") == "client_unreachable"
    assert decline_category("Mrs Park moved away") == "other"
    assert decline_category("") == "other"


def test_every_indicator_is_defined_once_with_text() -> None:
    ids = [i.id for i in ind.INDICATORS.values()]
    assert len(ids) == len(set(ids))
    for i in ind.INDICATORS.values():
        assert i.definition and i.title and i.version >= 1
    assert ind.percentile_nearest_rank([8, 14, 29], 90) == 29
    assert ind.percentile_nearest_rank(list(range(1, 11)), 90) == 9
    assert ind.percentile_nearest_rank([], 90) is None
    docs = Path(__file__).resolve().parents[2] / "docs" / "indicators.md"
    text = docs.read_text(encoding="utf-8")
    assert f"version {ind.INDICATOR_SET_VERSION}" in text.lower()
    for i in ind.INDICATORS.values():
        assert f"`{i.id}`" in text, i.id


def test_row_labels_are_tidied_cut_and_numbered_when_a_name_repeats() -> None:
    labels = unique_labels([("a", " Ana  Ruiz "), ("b", "ana ruiz"), ("c", ""), ("d", "x" * 80),
                            ("e", "ANA RUIZ")], "worker")
    assert labels == {"a": "Ana Ruiz", "b": "ana ruiz (2)", "c": "worker", "d": "x" * 60,
                      "e": "ANA RUIZ (3)"}


def test_partners_of_one_name_get_numbered_rows_and_the_submission_names_their_hub_ids(
        admin: Session) -> None:
    # Two laptops may each add "the same" partner; the summary's rows and the hub ids sent
    # with a submission must agree on which row is which.
    first = admin.directory.add_partner("Legal Aid North", hub_agency_id="hub-first")
    second = admin.directory.add_partner("legal aid  NORTH", hub_agency_id="hub-second")
    admin.directory.add_partner("Food Bank East")  # no hub id: not named in the submission
    client = admin.clients.intake(ClientInput("Rosa", "Diaz"), confirmed_new=True)
    admin.consents.record(client.id, scope=("name",))
    case = admin.cases.open_case(client.id, "Housing")
    for partner in (first, second):
        service = admin.directory.add_service(partner.id, "Tenant advice", domains=("legal",))
        admin.referrals.send(case.id, service.id, reason="Eviction", fields=("name",))
    published = admin.reports.summary("2026-10")
    rows = published.table("referrals_by_partner").row_labels
    assert {"Legal Aid North", "legal aid NORTH (2)"} <= set(rows)
    queued = admin.reports.submit(published)
    payload = json.loads(admin.store.query(
        "SELECT payload FROM sync_outbox WHERE id = ?", (queued.id,))[0][0])
    assert payload["partners"] == {"Legal Aid North": "hub-first",
                                   "legal aid NORTH (2)": "hub-second"}


def test_screenings_count_once_per_response_and_positives_by_the_forms_rule(
        admin: Session, agency: Agency) -> None:
    import random

    from collabdesk.forms import demo_forms

    rng = random.Random(4)
    hvs = admin.forms.import_form(demo_forms.FOOD_SCREEN, use="screening").form
    phq9 = admin.forms.import_form(demo_forms.PHQ9, use="assessment").form
    client = admin.clients.intake(ClientInput("Nadia", "Rahman", dob=dt.date(1979, 10, 8)))
    case_id = admin.cases.open_case(client.id, "Food").id
    admin.forms.save(hvs.id, demo_forms.hvs_answers(True, rng), case_id=case_id, complete=True)
    negative = admin.forms.save(hvs.id, demo_forms.hvs_answers(False, rng), case_id=case_id,
                                complete=True)
    agency.clock.advance(minutes=5)
    admin.forms.save(hvs.id, demo_forms.hvs_answers(False, rng), case_id=case_id,
                     response_id=negative.response_id, complete=True)  # amended: still one
    admin.forms.save(hvs.id, demo_forms.hvs_answers(True, rng), case_id=case_id)  # a draft
    admin.forms.save(phq9.id, demo_forms.phq9_answers(12, rng), case_id=case_id, complete=True)
    today = admin.today()
    table = compute_summary(admin, today.replace(day=1), today).table("screenings_by_form")
    assert table.row_labels == (hvs.title,)
    assert table.cells == ((2, 1),)
    assert "screenings_by_form" in ind.TABLE_IDS
