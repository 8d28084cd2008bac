"""A realistic demo agency store, built through the real services.

``build_demo`` creates "Riverside Family Services" in an empty data folder: demo users with
documented passphrases, the HSDS sample directory plus a few local partners, and about a year
of casework — intakes (including deliberate near-duplicates), cases, needs, services, notes,
tasks, consents, referrals in every state both ways, and a few items in the conflict queue;
the network's starting measurement framework (signed with a key made for the demo), whose
food screen and client-experience survey the workers fill.

Everything goes through the services a worker would use, driven by a clock that moves forward
through the last ~14 months, so the audit log, the event log, the HLCs and every timestamp are
real and consistent. The content (names, dates, counts) is fixed by the seed; ids are random.

The content itself (users, names, needs, notes, partners…) is in :mod:`collabdesk.demo_content`.
The demo passphrases are published on purpose (they are demo credentials). The store is
protected with :attr:`KdfParams.FLOOR` unless told otherwise, so a demo builds and unlocks
quickly; a real agency's store is calibrated at setup instead.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from collabdesk.demo_content import (
    _DUP_PAIRS,
    _NEED_WEIGHTS,
    CLOSE_REASONS,
    CULTURES,
    DECLINE_REASONS,
    DEMO_USERS,
    LOCAL_PARTNERS,
    NEEDS,
    NOTES,
    SENSITIVE_NOTES,
    STREETS,
    WORKERS,
    DemoUser,
)
from collabdesk.demo_elsewhere import Elsewhere
from collabdesk.demo_schedule import (
    Cursor,
    DemoClock,
    PlannedCase,
    PlannedPerson,
    Timeline,
    local_moment,
)
from collabdesk.domain import ClientInput
from collabdesk.events.entities import spec_for
from collabdesk.events.log import new_id
from collabdesk.events.projection import Event, current_heads
from collabdesk.forms import demo_forms
from collabdesk.measures.framework import canonical_document
from collabdesk.measures.signed import sign
from collabdesk.measures.starting import (
    EXPERIENCE_URL,
    FOOD_URL,
    experience_answers,
    starting_framework,
)
from collabdesk.progress import Progress, report
from collabdesk.resources import hsds_sample
from collabdesk.services.clients import PossibleDuplicates
from collabdesk.services.session import Session
from collabdesk.timeutil import iso
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace, load_user

AGENCY_NAME = "Riverside Family Services"
MIN_CLIENTS = 20
HISTORY_DAYS = 425  # about 14 months of casework


@dataclass(frozen=True)
class DemoInfo:
    data_dir: Path
    agency_name: str
    users: tuple[DemoUser, ...]
    recovery_code: str
    today: dt.date
    seed: int
    kdf: KdfParams
    counts: dict[str, int]
    client_names: tuple[str, ...]  # every client's full name, sorted (for checking determinism)

    def passphrase(self, username: str) -> str:
        return next(u.passphrase for u in self.users if u.username == username)


def default_hsds_path() -> Path | None:
    """The HSDS sample package to import, if this installation has one."""
    candidate = hsds_sample()
    return candidate if (candidate / "datapackage.json").exists() else None



# -- building ---------------------------------------------------------------------------------

class _Builder:
    def __init__(self, ws: Workspace, admin: Session, clock: DemoClock, rng: random.Random,
                 today: dt.date) -> None:
        self.ws = ws
        self.clock = clock
        self.rng = rng
        self.today = today
        self.sessions: dict[str, Session] = {"admin": admin}
        self.user_ids: dict[str, str] = {"admin": admin.user.id}
        self.services: list[tuple[str, str, tuple[str, ...], str]] = []  # id, partner, doms, name
        self.elsewhere = Elsewhere(admin, clock)  # the network's partners, a sibling laptop
        self.signed_in: set[tuple[str, dt.date]] = set()
        self.timeline = Timeline(rng, today - dt.timedelta(days=4))
        self.people: list[PlannedPerson] = []

    # -- setup ----------------------------------------------------------------------------

    def setup(self, hsds: Path | None) -> None:
        admin = self.sessions["admin"]
        for user in DEMO_USERS[1:]:
            self.clock.set(self.clock.moment + dt.timedelta(minutes=3))
            info = admin.users.add(user.username, user.passphrase,
                                   display_name=user.display_name, roles=user.roles)
            self.user_ids[user.username] = info.id
            self.sessions[user.username] = Session(
                admin.store, admin.log, load_user(admin.store, info.id, user.username),
                clock=self.clock, workspace=self.ws)
        self.clock.set(self.clock.moment + dt.timedelta(minutes=20))
        if hsds is not None:
            admin.directory.import_hsds(hsds)
        for name, description, networked, services in LOCAL_PARTNERS:
            self.clock.set(self.clock.moment + dt.timedelta(minutes=4))
            hub_agency = f"{self.rng.getrandbits(128):032x}" if networked else None
            slug = name.lower().split()[0]
            partner = admin.directory.add_partner(
                name, description=description, email=f"referrals@{slug}.example.org",
                phone=f"555-01{self.rng.randint(10, 99)}", hub_agency_id=hub_agency)
            if hub_agency is not None:
                device = f"{self.rng.getrandbits(128):032x}"
                self.elsewhere.partners[partner.id] = (hub_agency, device)
            for svc_name, domains, languages in services:
                svc = admin.directory.add_service(
                    partner.id, svc_name, domains=domains, languages=languages,
                    areas=("Riverside",), address=f"{self.rng.randint(2, 240)} "
                    f"{self.rng.choice(STREETS)}, Riverside")
                self.services.append((svc.id, partner.id, domains, name))

    def session(self, username: str) -> Session:
        """The user's session; the first action of a day also records their sign-in."""
        session = self.sessions[username]
        key = (username, self.clock.moment.date())
        if key not in self.signed_in:
            self.signed_in.add(key)
            session.audit_now("auth.sign_in", "user", session.user.id)
        return session

    # -- people ---------------------------------------------------------------------------

    def _client_input(self) -> ClientInput:
        rng = self.rng
        culture = rng.choices(CULTURES, weights=[c.weight for c in CULTURES])[0]
        gender = rng.choices(("female", "male", "non_binary", ""), weights=(52, 44, 2, 2))[0]
        given_pool = culture.female if gender == "female" else culture.male
        if gender in ("non_binary", ""):
            given_pool = culture.female + culture.male
        given = rng.choice(given_pool)
        family = rng.choice(culture.family)
        age = rng.choices((rng.randint(18, 30), rng.randint(31, 55), rng.randint(56, 88)),
                          weights=(35, 45, 20))[0]
        dob: dt.date | None = None
        estimated: int | None = None
        if rng.random() < 0.85:
            dob = self.today - dt.timedelta(days=age * 365 + rng.randint(0, 364))
        else:
            estimated = self.today.year - age
        digits = f"555{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"
        formats = (f"{digits[:3]}-{digits[3:6]}-{digits[6:]}",
                   f"({digits[:3]}) {digits[3:6]}-{digits[6:]}",
                   f"+1 {digits[:3]} {digits[3:6]} {digits[6:]}", digits)
        phone = rng.choice(formats) if rng.random() < 0.8 else ""
        email = ""
        if rng.random() < 0.3:
            local = f"{given}.{family}".lower().replace(" ", "").replace("'", "")
            email = f"{_ascii(local)}{rng.randint(1, 99)}@example.org"
        address = ""
        if rng.random() < 0.6:
            address = (f"{rng.randint(1, 300)} {rng.choice(STREETS)}"
                       + (f", Apt {rng.randint(1, 40)}" if rng.random() < 0.4 else ""))
        return ClientInput(given, family, dob=dob, estimated_birth_year=estimated,
                           gender=gender, language=rng.choice(culture.languages), phone=phone,
                           email=email, address=address)

    def _case_plan(self) -> PlannedCase:
        rng = self.rng
        domains = list(NEEDS)
        weights = [_NEED_WEIGHTS[d] for d in domains]
        chosen: list[str] = []
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            d = rng.choices(domains, weights=weights)[0]
            if d not in chosen:
                chosen.append(d)
        needs = tuple((d, rng.choice(("low", "medium", "medium", "high", "urgent")),
                       rng.choice(NEEDS[d][1])) for d in chosen)
        return PlannedCase(rng.choice(NEEDS[chosen[0]][0]), needs)

    def plan(self, clients: int) -> None:
        rng = self.rng
        first_day = self.today - dt.timedelta(days=HISTORY_DAYS - 3)
        last_day = self.timeline.last_day
        window = (last_day - first_day).days
        incoming_new = max(2, clients // 40)
        regular = clients - len(_DUP_PAIRS) - incoming_new
        days = sorted(first_day + dt.timedelta(days=int(window * rng.random() ** 0.8))
                      for _ in range(regular))
        # The deliberate pairs' originals come early, so their duplicates arrive months later.
        inputs = [p[0] for p in _DUP_PAIRS] + [self._client_input()
                                               for _ in range(regular - len(_DUP_PAIRS))]
        people = [PlannedPerson(data, rng.choice(WORKERS), intake_day=day)
                  for data, day in zip(inputs, days, strict=True)]
        forced = ["completed", "declined", "closed", "service_started", "accepted",
                  "received", "sent", "withdrawn"]
        referral_no = 0
        for index, person in enumerate(people):
            wants = index >= len(_DUP_PAIRS) and (referral_no < len(forced) or rng.random() < 0.4)
            target = None
            if wants:
                target = (forced[referral_no] if referral_no < len(forced) else rng.choices(
                    ("sent", "received", "accepted", "declined", "service_started",
                     "completed", "closed", "withdrawn"), weights=(2, 2, 2, 2, 2, 5, 6, 1))[0])
                referral_no += 1
            forced_no = referral_no if wants and referral_no <= len(forced) else 0
            self._plan_person(person, target, special=forced_no)
        for (original, change), person in zip(_DUP_PAIRS, people, strict=False):
            variant = dataclasses.replace(original, **change)
            day = person.intake_day + dt.timedelta(days=rng.randint(30, 200))
            other = rng.choice([w for w in WORKERS if w != person.worker])
            self._plan_duplicate(variant, min(day, last_day), other)
        self._plan_incoming(people, incoming_new, first_day)
        self._plan_conflicts(people)
        self.people = people

    def _plan_person(self, person: PlannedPerson, target: str | None, special: int) -> None:
        rng, today = self.rng, self.today
        cur = self.timeline.person(person.intake_day)
        case = self._case_plan()
        person.cases.append(case)
        worker = person.worker
        d0 = person.intake_day

        def day_after(lo: int, hi: int, base: dt.date | None = None) -> dt.date:
            return (base or cur.day) + dt.timedelta(days=rng.randint(lo, hi))

        cur.at(d0, lambda: self._intake(person))
        cur.at(d0, lambda: self._open_case(person, case))
        first_note = rng.choice(NOTES[:3])
        cur.at(d0, lambda: self._note(worker, case, first_note, False))
        if rng.random() < 0.06:
            disclosure = rng.choice(SENSITIVE_NOTES)
            cur.at(d0, lambda: self._note(worker, case, disclosure, True))
        # Tasks: most done on the day they were due; some left overdue; some due today.
        for _ in range(rng.randint(1, 2)):
            due = day_after(2, 30, d0)
            title = rng.choice(("Follow-up call", "Check documents received",
                                "Book interpreter", "Chase referral outcome",
                                "Review plan with client"))
            done = due < today and rng.random() < 0.88
            holder: dict[str, str] = {}
            cur.at(d0, partial(self._task, worker, case, title, due, holder))
            if done and cur.fits(due):
                self.timeline.add(local_moment(due, 16 * 60 + rng.randint(0, 60)),
                                  partial(self._finish_task, worker, holder))
        if d0 >= today - dt.timedelta(days=45) and rng.random() < 0.35:
            cur.at(d0, lambda: self._task(worker, case, "Call back about appointment", today, {}))
        # Services delivered and notes over the following weeks.
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            day = day_after(1, 40)
            domain = rng.choice(case.needs)[0]
            kind = rng.choice(NEEDS[domain][2])
            cur.at(day, partial(self._service, worker, case, kind, domain))
        for _ in range(rng.randint(0, 3)):
            day = day_after(1, 25)
            sensitive = rng.random() < 0.05
            text = rng.choice(SENSITIVE_NOTES if sensitive else NOTES)
            cur.at(day, partial(self._note, worker, case, text, sensitive))
        if rng.random() < 0.25:
            day = day_after(5, 60)
            phone = f"555-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"
            address = f"{rng.randint(1, 300)} {rng.choice(STREETS)}"
            cur.at(day, lambda: self._edit_client(worker, person, phone=phone, address=address))
        if rng.random() < 0.1:
            other = rng.choice([w for w in WORKERS if w != worker])
            cur.at(day_after(3, 30), lambda: self._assign("grace", case, other))
        if target is not None:
            self._plan_referral(person, case, cur, target, special)
        elif rng.random() < 0.15:
            method = rng.choice(("verbal", "written", "electronic"))
            cur.at(day_after(0, 10), lambda: self._consent(worker, person, None, (
                "name", "phone", "needs"), "care_coordination", None, method, {}))
        # How the case ends up.
        status = rng.choices(("open", "on_hold", "closed", "reopened"), weights=(50, 10, 33, 7))[0]
        if status == "on_hold":
            if cur.at(day_after(5, 40), lambda: self._status(worker, case, "on_hold",
                                                             "Client travelling for a month")):
                person.final_status = "on_hold"
        elif status in ("closed", "reopened"):
            reason = rng.choice(CLOSE_REASONS)
            if cur.at(day_after(5, 60), lambda: self._status(worker, case, "closed", reason)):
                person.final_status = "closed"
                if status == "reopened" and cur.at(day_after(10, 90), lambda: self._status(
                        worker, case, "open", "Client came back with a new problem")):
                    person.final_status = "open"
                    domain = rng.choice(list(NEEDS))
                    cur.at(cur.day, lambda: self._need(worker, case, domain))
        if rng.random() < 0.08:  # a second, later case
            second = self._case_plan()
            person.cases.append(second)
            text = rng.choice(NOTES)
            if cur.at(day_after(20, 120), lambda: self._open_case(person, second)):
                cur.at(cur.day, lambda: self._note(worker, second, text, False))

    def _plan_referral(self, person: PlannedPerson, case: PlannedCase, cur: Cursor, target: str,
                       special: int) -> None:
        rng = self.rng
        worker = person.worker
        domain = case.needs[0][0]
        options = [s for s in self.services if domain in s[2]] or self.services
        # Referrals only move on their own when the partner is on the hub network.
        networked = [s for s in options if s[1] in self.elsewhere.partners]
        if target not in ("sent", "withdrawn") and networked:
            options = networked
        elif target not in ("sent", "withdrawn"):
            options = [s for s in self.services if s[1] in self.elsewhere.partners]
        service = rng.choice(options)
        fields = ("name", "phone", "language", "needs") + (("dob",) if rng.random() < 0.5 else ())
        recipient = service[1] if rng.random() < 0.6 else "*"
        expires: int | None = rng.choice((None, None, 180, 365))
        if special == 1:
            expires = 120  # one consent that has run out by today
        day = cur.day + dt.timedelta(days=rng.randint(1, 10))
        consent: dict[str, str] = {}
        referral: dict[str, str] = {}
        scope = (*fields, "reason", "email")
        method = rng.choice(("verbal", "written", "electronic"))
        cur.at(day, lambda: self._consent(worker, person, recipient, scope, "referral",
                                          expires, method, consent))
        reason = f"{rng.choice(case.needs)[2]}; please contact the client."
        urgency = rng.choice(("routine", "routine", "soon", "urgent"))
        cur.at(day, lambda: self._send(worker, case, service[0], reason, fields, urgency,
                                       referral))
        path = {"sent": [], "received": ["received"], "accepted": ["received", "accepted"],
                "declined": ["received", "declined"],
                "service_started": ["received", "accepted", "service_started"],
                "completed": ["received", "accepted", "service_started", "completed"],
                "closed": ["received", "accepted", "service_started", "completed", "closed"],
                "withdrawn": []}[target]
        gaps = {"received": (0, 2), "accepted": (1, 4), "service_started": (2, 10),
                "completed": (7, 30), "closed": (1, 5), "declined": (1, 6)}
        for state in path:
            step_day = cur.day + dt.timedelta(days=rng.randint(*gaps[state]))
            why = rng.choice(DECLINE_REASONS) if state == "declined" else (
                "Service finished" if state == "closed" else "")
            if not cur.at(step_day, partial(self.elsewhere.partner_update, referral, state, why)):
                break
            if state == "completed" and rng.random() < 0.7:
                cur.at(cur.day, lambda: self._service(worker, case, service[3], domain,
                                                      provider=service[3], referral=referral))
        if target == "withdrawn":
            cur.at(cur.day + dt.timedelta(days=rng.randint(3, 20)),
                   lambda: self._close_referral(worker, referral))
        if special == 2 or (special == 0 and rng.random() < 0.08):
            cur.at(cur.day + dt.timedelta(days=rng.randint(5, 40)),
                   lambda: self._withdraw_consent(worker, consent))

    def _plan_duplicate(self, variant: ClientInput, day: dt.date, worker: str) -> None:
        person = PlannedPerson(variant, worker, intake_day=day)
        case = self._case_plan()
        person.cases.append(case)
        cur = self.timeline.person(day)
        cur.at(day, lambda: self._intake(person, expect_duplicate=True))
        cur.at(day, lambda: self._open_case(person, case))

    def _plan_incoming(self, people: list[PlannedPerson], new_clients: int,
                       first_day: dt.date) -> None:
        rng, today = self.rng, self.today
        count = max(6, len(people) // 10)
        outcomes = ["new"] * new_clients + ["existing", "declined", "pending", "pending"]
        outcomes += [rng.choice(("existing", "declined", "pending"))
                     for _ in range(count - len(outcomes))]
        networked = list(self.elsewhere.partners)
        for n, outcome in enumerate(outcomes):
            if outcome == "pending":
                day = today - dt.timedelta(days=5 + n % 10)
            else:
                day = first_day + dt.timedelta(days=rng.randint(30, HISTORY_DAYS - 80))
            partner = self.elsewhere.partners[rng.choice(networked)]
            data = self._client_input()
            domain = rng.choice(list(NEEDS))
            worker = rng.choice(WORKERS)
            existing = [p for p in people if p.intake_day < day - dt.timedelta(days=2)]
            link = rng.choice(existing) if outcome == "existing" and existing else None
            if outcome == "existing" and link is None:
                outcome = "declined"
            msg = {"id": f"{rng.getrandbits(128):032x}", "partner": partner, "data": data,
                   "domain": domain, "reason": rng.choice(NEEDS[domain][1]),
                   "urgency": rng.choice(("routine", "soon", "urgent"))}
            cur = self.timeline.person(day)
            cur.at(day, partial(self.elsewhere.receive, msg))
            later = day + dt.timedelta(days=rng.randint(1, 3))
            if outcome == "declined":
                why = rng.choice(DECLINE_REASONS)
                cur.at(later, partial(self._respond, worker, msg, "declined", why))
            elif outcome in ("new", "existing"):
                case = PlannedCase("", ())
                cur.at(later, partial(self._accept, worker, msg, link, case))
                steps = rng.choice(((), ("service_started",), ("service_started", "completed"),
                                    ("service_started", "completed", "closed")))
                for state in steps:
                    step = cur.day + dt.timedelta(days=rng.randint(2, 15))
                    why = "Service finished" if state == "closed" else ""
                    cur.at(step, partial(self._respond, worker, msg, state, why, case))

    def _plan_conflicts(self, people: list[PlannedPerson]) -> None:
        """Three edits made on a second laptop while offline, synced in the last few days."""
        rng, today = self.rng, self.today
        open_people = [p for p in people if p.final_status == "open" and len(p.cases) == 1]
        picks = open_people[-3:] if len(open_people) >= 3 else people[-3:]
        device = f"{rng.getrandbits(128):032x}"
        phone = f"555-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"
        days = [today - dt.timedelta(days=n) for n in (3, 2, 1)]
        others = [w for w in WORKERS]
        self.timeline.add(local_moment(days[0], 10 * 60), lambda: self._conflict_field(
            picks[0], phone, device, rng_user=others[0]))
        self.timeline.add(local_moment(days[1], 11 * 60), lambda: self._conflict_status(
            picks[1], device, rng_user=others[1]))
        self.timeline.add(local_moment(days[2], 9 * 60 + 30), lambda: self._conflict_assign(
            picks[2], device, rng_user=others[2]))

    # -- actions (run in time order) ------------------------------------------------------

    def _intake(self, person: PlannedPerson, *, expect_duplicate: bool = False) -> None:
        s = self.session(person.worker)
        try:
            client = s.clients.intake(person.data)
        except PossibleDuplicates:
            # The worker looked at the suggestions and (rightly or, for the deliberate
            # near-duplicates, wrongly) decided this is a different person.
            client = s.clients.intake(person.data, confirmed_new=True)
        person.client_id = client.id

    def _open_case(self, person: PlannedPerson, case: PlannedCase) -> None:
        s = self.session(person.worker)
        summary = s.cases.open_case(person.client_id, case.title, needs=case.needs)
        case.case_id = summary.id
        case.need_ids = [n.id for n in s.cases.needs(summary.id)]

    def _need(self, worker: str, case: PlannedCase, domain: str) -> None:
        self.session(worker).cases.add_need(case.case_id, domain, "medium", NEEDS[domain][1][0])

    def _note(self, worker: str, case: PlannedCase, text: str, sensitive: bool) -> None:
        if case.case_id:
            self.session(worker).cases.add_note(case.case_id, text, sensitive=sensitive)

    def _task(self, worker: str, case: PlannedCase, title: str, due: dt.date,
              holder: dict[str, str]) -> None:
        task = self.session(worker).tasks.create(title, case_id=case.case_id, due_date=due)
        holder["id"] = task.id

    def _finish_task(self, worker: str, holder: dict[str, str]) -> None:
        if "id" in holder:
            self.session(worker).tasks.complete(holder["id"])

    def _service(self, worker: str, case: PlannedCase, kind: str, domain: str, *,
                 provider: str = "", referral: dict[str, str] | None = None) -> None:
        s = self.session(worker)
        need = next((n.id for n in s.cases.needs(case.case_id) if n.domain == domain), None)
        s.cases.record_service(case.case_id, kind, need_id=need, provider=provider,
                               referral_id=(referral or {}).get("id"))

    def _edit_client(self, worker: str, person: PlannedPerson, *, phone: str,
                     address: str | None = None) -> None:
        s = self.session(worker)
        current = s.clients.get(person.client_id, audit=False)
        data = ClientInput(current.given_name, current.family_name, current.other_names,
                           current.dob, current.estimated_birth_year, current.gender,
                           current.language, phone, current.email,
                           current.address if address is None else address,
                           current.identifiers)
        s.clients.update(person.client_id, data)

    def _assign(self, supervisor: str, case: PlannedCase, worker: str) -> None:
        self.session(supervisor).cases.assign(case.case_id, self.user_ids[worker])

    def _status(self, worker: str, case: PlannedCase, status: str, reason: str) -> None:
        self.session(worker).cases.set_status(case.case_id, status, reason=reason)

    def _consent(self, worker: str, person: PlannedPerson, recipient: str | None,
                 scope: tuple[str, ...], purpose: str, expires: int | None, method: str,
                 holder: dict[str, str]) -> None:
        s = self.session(worker)
        expires_on = s.today() + dt.timedelta(days=expires) if expires else None
        consent = s.consents.record(person.client_id, scope=scope, recipient=recipient or "*",
                                    purpose=purpose, method=method,
                                    expires_on=expires_on)
        holder["id"] = consent.id

    def _withdraw_consent(self, worker: str, holder: dict[str, str]) -> None:
        self.session(worker).consents.withdraw(holder["id"],
                                               reason="Client asked to stop sharing")

    def _send(self, worker: str, case: PlannedCase, service_id: str, reason: str,
              fields: tuple[str, ...], urgency: str, holder: dict[str, str]) -> None:
        ref = self.session(worker).referrals.send(case.case_id, service_id, reason=reason,
                                                  fields=fields, urgency=urgency)
        holder["id"] = ref.id

    def _close_referral(self, worker: str, referral: dict[str, str]) -> None:
        self.session(worker).referrals.close(referral["id"],
                                             "Client found help elsewhere; referral withdrawn")

    def _accept(self, worker: str, msg: dict[str, Any], link: PlannedPerson | None,
                case: PlannedCase) -> None:
        s = self.session(worker)
        if link is not None:
            ref = s.referrals.accept(msg["id"], client_id=link.client_id)
        else:
            ref = s.referrals.accept(msg["id"], new_client=msg["data"])
        case.case_id = ref.case_id or ""

    def _respond(self, worker: str, msg: dict[str, Any], state: str, reason: str,
                 case: PlannedCase | None = None) -> None:
        refs = self.session(worker).referrals
        if state == "declined":
            refs.decline(msg["id"], reason)
        elif state == "service_started":
            refs.start_service(msg["id"])
            if case is not None and case.case_id:
                self.session(worker).cases.record_service(
                    case.case_id, "Family support session", referral_id=msg["id"])
        elif state == "completed":
            refs.complete(msg["id"])
        else:
            refs.close(msg["id"], reason or "Done")

    # -- the conflict queue ---------------------------------------------------------------

    def _conflict_field(self, person: PlannedPerson, phone: str, device: str,
                        rng_user: str) -> None:
        """Two workers changed the same phone number, one of them on an offline laptop."""
        s = self.session(person.worker)
        with s.store.read() as conn:
            heads = current_heads(conn, spec_for("client"), person.client_id)
        base = sorted(heads.get("phone", []))[-1:]
        offline = self.clock.moment - dt.timedelta(hours=3)
        self._edit_client(person.worker, person, phone=phone)
        self.clock.set(self.clock.moment + dt.timedelta(hours=2))
        self.elsewhere.apply([Event(new_id(), self.elsewhere.hlc(offline, device), device,
                            self.user_ids[rng_user], "client", person.client_id, "update",
                            {"fields": {"phone": phone.replace("-", " ")[:-1] + "7"},
                             "base": {"phone": base}}, person.client_id)])

    def _conflict_status(self, person: PlannedPerson, device: str, rng_user: str) -> None:
        """Closed here; put on hold on another laptop that had not seen the closing."""
        case = person.cases[0]
        self._status("grace", case, "closed", "Goals met")
        closed_at = self.clock.moment
        self.clock.set(closed_at + dt.timedelta(hours=3))
        later = closed_at + dt.timedelta(minutes=40)
        self.elsewhere.apply([Event(new_id(), self.elsewhere.hlc(later, device), device,
                            self.user_ids[rng_user], "case", case.case_id, "transition",
                            {"field": "status", "from": "open", "to": "on_hold",
                             "reason": "Client in hospital", "at": iso(later)},
                            case.case_id)])

    def _conflict_assign(self, person: PlannedPerson, device: str, rng_user: str) -> None:
        """Reassigned here while a worker took the same case on another laptop."""
        case = person.cases[0]
        with self.sessions["admin"].store.read() as conn:
            before = conn.execute("SELECT assigned_to FROM cases WHERE id = ?",
                                  (case.case_id,)).fetchone()[0]
        target = next(w for w in WORKERS if self.user_ids[w] != before and w != rng_user)
        self._assign("grace", case, target)
        moment = self.clock.moment
        self.clock.set(moment + dt.timedelta(hours=4))
        later = moment + dt.timedelta(minutes=25)
        self.elsewhere.apply([Event(new_id(), self.elsewhere.hlc(later, device), device,
                            self.user_ids[rng_user], "case", case.case_id, "transition",
                            {"field": "assigned_to", "from": before,
                             "to": self.user_ids[rng_user], "reason": "", "at": iso(later)},
                            case.case_id)])

    # -- forms ----------------------------------------------------------------------------

    def plan_forms(self, rng: random.Random) -> None:
        """Household fields at intake, a food-security screen on most first cases (positive
        ones confirmed or dismissed within the week) and a PHQ-9 every three months for
        clients with a mental-health need. ``rng`` is the forms' own, so the rest of the
        demo stays as it was."""
        admin = self.sessions["admin"]
        ids = {}
        for key, form, use in (("household", demo_forms.HOUSEHOLD, "agency"),
                               ("phq9", demo_forms.PHQ9, "assessment")):
            self.clock.set(self.clock.moment + dt.timedelta(minutes=5))
            ids[key] = admin.forms.import_form(form, use=use).form.id
        # The network's starting framework, as its backbone would publish it (signed with a
        # key made for the demo): its food screen and client-experience survey are the
        # forms the agency fills, so the Reports page has the network's measures to show.
        self.clock.set(self.clock.moment + dt.timedelta(minutes=5))
        admin.measures.receive(sign(canonical_document(starting_framework(
            network="Demo network")), Ed25519PrivateKey.generate()))
        network = {f.url: f.id for f in admin.forms.list_forms()}
        ids["food"], ids["experience"] = network[FOOD_URL], network[EXPERIENCE_URL]
        last = self.timeline.last_day
        for person in self.people:
            d0, worker, case = person.intake_day, person.worker, person.cases[0]
            if d0 > last:
                continue
            if rng.random() < 0.75:
                self.timeline.add(local_moment(d0, 17 * 60 + 30), partial(
                    self._form, worker, ids["household"], demo_forms.household_answers(rng),
                    person, None))
            if rng.random() < 0.6:
                positive = rng.random() < 0.35
                self.timeline.add(local_moment(d0, 17 * 60 + 35), partial(
                    self._form, worker, ids["food"], demo_forms.hvs_answers(positive, rng),
                    None, case))
                decided = d0 + dt.timedelta(days=rng.randint(1, 7))
                if positive and decided <= last:
                    self.timeline.add(local_moment(decided, 10 * 60), partial(
                        self._decide, worker, case, "food", rng.random() < 0.75))
            survey_day = d0 + dt.timedelta(days=rng.randint(0, 20))
            if rng.random() < 0.5 and survey_day <= last:
                self.timeline.add(local_moment(survey_day, 17 * 60 + 45), partial(
                    self._form, worker, ids["experience"], experience_answers(rng), None,
                    case))
            if any(domain == "mental_health" for domain, _, _ in case.needs):
                score, day = rng.randint(9, 22), d0
                for _ in range(4):
                    if day > last:
                        break
                    self.timeline.add(local_moment(day, 17 * 60 + 40), partial(
                        self._form, worker, ids["phq9"], demo_forms.phq9_answers(score, rng),
                        None, case))
                    score = max(0, score - rng.randint(-1, 6))
                    day += dt.timedelta(days=rng.randint(84, 98))

    def _form(self, worker: str, form_id: str, answers: dict[Any, Any],
              person: PlannedPerson | None, case: PlannedCase | None) -> None:
        forms = self.session(worker).forms
        if case is not None and case.case_id:
            forms.save(form_id, answers, case_id=case.case_id, complete=True)
        elif person is not None and person.client_id:
            forms.save(form_id, answers, client_id=person.client_id, complete=True)

    def _decide(self, worker: str, case: PlannedCase, domain: str, confirm: bool) -> None:
        forms = self.session(worker).forms
        for suggestion in forms.suggestions(case_id=case.case_id):
            if suggestion.domain == domain:
                forms.decide(suggestion.id, confirm=confirm)

    # -- running --------------------------------------------------------------------------

    def run(self, progress: Progress | None) -> None:
        actions = sorted(self.timeline.actions, key=lambda a: (a[0], a[1]))
        store = self.sessions["admin"].store
        total = len(actions)
        index = 0
        while index < total:
            # One transaction per day of work: the demo is written hundreds of times faster
            # than one fsync per change, and every change is still its own event and entry.
            day = actions[index][0].date()
            with store.transaction():
                while index < total and actions[index][0].date() == day:
                    moment, _, action = actions[index]
                    self.clock.set(moment)
                    action()
                    index += 1
            report(progress, index, total)

    def counts(self) -> dict[str, int]:
        store = self.sessions["admin"].store
        today = self.today.isoformat()

        def one(sql: str, *params: Any) -> int:
            return int(store.query(sql, params)[0][0])

        counts = {
            "clients": one("SELECT count(*) FROM clients"),
            "cases": one("SELECT count(*) FROM cases"),
            "needs": one("SELECT count(*) FROM needs"),
            "services": one("SELECT count(*) FROM services"),
            "notes": one("SELECT count(*) FROM notes"),
            "notes_sensitive": one("SELECT count(*) FROM notes WHERE sensitive = 1"),
            "tasks": one("SELECT count(*) FROM tasks"),
            "tasks_overdue": one("SELECT count(*) FROM tasks WHERE done = 0 AND due_date < ?",
                                 today),
            "tasks_due_today": one("SELECT count(*) FROM tasks WHERE done = 0 AND due_date = ?",
                                   today),
            "consents": one("SELECT count(*) FROM consents"),
            "consents_withdrawn": one("SELECT count(*) FROM consents WHERE status = 'withdrawn'"),
            "consents_expired": one("SELECT count(*) FROM consents WHERE status = 'given' AND "
                                    "expires_at < ?", today),
            "partners": one("SELECT count(*) FROM partners"),
            "partner_services": one("SELECT count(*) FROM partner_services"),
            "cases_reopened": one("SELECT count(DISTINCT entity_id) FROM transitions WHERE "
                                  "entity = 'case' AND field = 'status' AND from_value = "
                                  "'closed' AND to_value = 'open'"),
            "conflicts": len(self.sessions["grace"].conflicts.items()),
            "events": one("SELECT count(*) FROM events"),
        }
        for status, n in store.query("SELECT status, count(*) FROM cases GROUP BY status"):
            counts[f"cases_{status}"] = int(n)
        for direction, status, n in store.query(
                "SELECT direction, status, count(*) FROM referrals GROUP BY direction, status"):
            counts[f"referrals_{'out' if direction == 'outgoing' else 'in'}_{status}"] = int(n)
        return counts


def _ascii(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if ch.isascii() and (ch.isalnum() or ch == "."))


def build_demo(data_dir: Path, *, seed: int = 7, clients: int = 300,
               today: dt.date | None = None, kdf: KdfParams | None = None,
               progress: Progress | None = None,
               hsds: Path | None = None) -> DemoInfo:
    """Create the demo agency's store in the empty folder ``data_dir``.

    ``clients`` is the number of client records at the end (at least 20). ``today`` is the
    last day of the demo's history (default: today); the history runs up to the day before.
    ``kdf`` defaults to :attr:`KdfParams.FLOOR` so that signing in to the demo is quick.
    ``progress(done, total, message)`` is called after each simulated day. ``hsds`` is the HSDS
    package to import into the partner directory (default: the bundled sample, if any).
    """
    if clients < MIN_CLIENTS:
        raise ValueError(f"A demo needs at least {MIN_CLIENTS} clients.")
    today = today or dt.date.today()
    rng = random.Random(seed)
    start = local_moment(today - dt.timedelta(days=HISTORY_DAYS), 8 * 60)
    clock = DemoClock(start)
    ws = Workspace(Path(data_dir), clock=clock)
    params = kdf or KdfParams.FLOOR
    admin_user = DEMO_USERS[0]
    admin, recovery = ws.create(AGENCY_NAME, admin_user.username, admin_user.passphrase,
                                admin_display_name=admin_user.display_name, kdf=params)
    try:
        builder = _Builder(ws, admin, clock, rng, today)
        builder.setup(hsds if hsds is not None else default_hsds_path())
        builder.plan(clients)
        builder.plan_forms(random.Random(seed + 1_000_003))
        builder.run(progress)
        counts = builder.counts()
        names = tuple(sorted(f"{r[0]} {r[1]}".strip() for r in admin.store.query(
            "SELECT given_name, family_name FROM clients")))
    finally:
        admin.close()
    return DemoInfo(Path(data_dir), AGENCY_NAME, DEMO_USERS, recovery, today, seed, params,
                    counts, names)
