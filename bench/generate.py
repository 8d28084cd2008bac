"""Generate the benchmark store: 100k clients, 120k cases, ~1M events at ``--scale 1``.

Written through the real event log (``EventLog`` / ``ChangeWriter``, so the same projection,
search index and match keys as the app) in large transactions, not through the per-call
services, which would spend most of their time committing. Every logical change also gets
its audit entry, as the services would write. Shapes follow a small agency's years of work:
clients edited a few times, cases with needs, notes, services delivered, tasks, consents and
referrals moving through their states, some cases closed.

The result is cached under ``bench/out/<key>/`` (store.db + vault.json, plain.db — a
plaintext copy for the encryption-overhead ratio — and manifest.json). Run again with the
same parameters and it returns at once.

    python bench/generate.py --scale 0.01     # smoke size, a few seconds
    python bench/generate.py                  # full size, a few minutes
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import time
from pathlib import Path
from typing import Any

from common import PASSPHRASE, Params, add_common_args, export_plain

from collabdesk.demo_content import CULTURES, NEEDS, NOTES, STREETS
from collabdesk.events.log import ChangeWriter, new_id
from collabdesk.services import audit
from collabdesk.store.db import Connection, Store
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace

COMMIT_EVERY = 5000  # events per transaction
YEARS = 3


class _Clock:
    """Moves forward a little on every reading, so HLCs and timestamps spread over years."""

    def __init__(self, start: dt.datetime, step: dt.timedelta) -> None:
        self.moment = start
        self.step = step

    def __call__(self) -> dt.datetime:
        self.moment += self.step
        return self.moment


def _iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class _Generator:
    def __init__(self, params: Params, conn_source: Store, log: Any, clock: _Clock,
                 users: list[str], supervisor: str) -> None:
        self.p = params
        self.rng = random.Random(params.seed)
        self.store = conn_source
        self.log = log
        self.clock = clock
        self.users = users
        self.supervisor = supervisor
        self.services: list[tuple[str, str, str]] = []  # service id, partner id, domain
        self.today = dt.date.today()
        weights = [c.weight for c in CULTURES]
        self.cultures = CULTURES
        self.weights = weights
        self.events = 0

    # -- content ---------------------------------------------------------------------------

    def client_fields(self, user: str) -> dict[str, Any]:
        rng = self.rng
        culture = rng.choices(self.cultures, weights=self.weights)[0]
        female = rng.random() < 0.53
        given = rng.choice(culture.female if female else culture.male)
        if rng.random() < 0.12:  # a second given name
            given += " " + rng.choice(culture.female if female else culture.male)
        family = rng.choice(culture.family)
        if rng.random() < 0.1:
            family += " " + rng.choice(culture.family)
        age = rng.randint(18, 90)
        dob = None
        year = None
        if rng.random() < 0.85:
            dob = (self.today - dt.timedelta(days=age * 365 + rng.randint(0, 364))).isoformat()
        else:
            year = self.today.year - age
        phone = ""
        if rng.random() < 0.8:
            phone = f"555-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"
        return {
            "given_name": given, "family_name": family, "other_names": "", "dob": dob,
            "estimated_birth_year": year,
            "gender": "female" if female else "male", "language": rng.choice(culture.languages),
            "phone": phone, "email": "", "identifiers": [],
            "address": f"{rng.randint(1, 400)} {rng.choice(STREETS)}"
            if rng.random() < 0.6 else "",
            "created_at": _iso(self.clock.moment), "created_by": user,
        }

    # -- writing ---------------------------------------------------------------------------

    def _audit(self, conn: Connection, user: str, action: str, entity: str,
               entity_id: str) -> None:
        audit.record(conn, user, action, entity, entity_id, {}, at=self.clock.moment)

    def directory(self, conn: Connection, user: str) -> None:
        w = ChangeWriter(conn, self.log, user)
        domains = list(NEEDS)
        for n in range(30):
            partner = w.create("partner", {"name": f"Partner agency {n + 1}", "description": "",
                                           "email": "", "website": "", "phone": "",
                                           "hub_agency_id": None})
            for k in range(2):
                domain = domains[(n * 2 + k) % len(domains)]
                service = w.create("partner_service", {
                    "partner_id": partner, "name": f"{domain.replace('_', ' ')} service {k}",
                    "description": "", "status": "active", "domains": [domain],
                    "languages": ["English"], "areas": [], "categories": [], "address": "",
                    "phone": "", "email": "", "url": "", "eligibility": "", "fees": ""})
                self.services.append((service, partner, domain))
        self.events += len(w.events)

    def client_bundle(self, conn: Connection, n_cases: int, notes_per_case: float) -> None:
        rng = self.rng
        user = rng.choice(self.users)
        w = ChangeWriter(conn, self.log, user)
        fields = self.client_fields(user)
        client = new_id()
        w.create("client", fields, entity_id=client, scope=client)
        self._audit(conn, user, "client.create", "client", client)
        if rng.random() < 0.3:  # moved, new phone
            w.update("client", client, {
                "phone": f"555-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}",
                "address": f"{rng.randint(1, 400)} {rng.choice(STREETS)}"}, scope=client)
            self._audit(conn, user, "client.edit", "client", client)
        consent = None
        for _ in range(n_cases):
            case = new_id()
            now = _iso(self.clock.moment)
            w.create("case", {"client_id": client, "title": "Case", "opened_at": now,
                              "created_by": user}, entity_id=case, scope=case)
            w.transition("case", case, "assigned_to", user, at=now, scope=case)
            self._audit(conn, user, "case.create", "case", case)
            domains = rng.sample(list(NEEDS), 1 if rng.random() < 0.7 else 2)
            for domain in domains:
                w.create("need", {"case_id": case, "domain": domain,
                                  "severity": rng.choice(("low", "medium", "high")),
                                  "status": "open", "description": NEEDS[domain][1][0],
                                  "identified_at": now[:10]}, scope=case)
            notes = int(notes_per_case) + (rng.random() < notes_per_case % 1)
            for _ in range(notes):
                w.create("note", {"case_id": case, "body": rng.choice(NOTES),
                                  "sensitive": int(rng.random() < 0.05), "author": user,
                                  "created_at": _iso(self.clock.moment)}, scope=case)
                self._audit(conn, user, "note.add", "note", case)
            if rng.random() < 0.6:
                w.create("service", {"case_id": case, "need_id": None,
                                     "service_type": rng.choice(NEEDS[domains[0]][2]),
                                     "delivered_at": _iso(self.clock.moment)[:10],
                                     "delivered_by": user, "provider": "", "referral_id": None,
                                     "quantity": 1, "description": ""}, scope=case)
            if rng.random() < 0.5:
                task = w.create("task", {
                    "case_id": case, "title": "Follow-up call",
                    "due_date": (self.clock.moment.date()
                                 + dt.timedelta(days=rng.randint(1, 30))).isoformat(),
                    "assignee": user, "done": 0, "created_by": user,
                    "created_at": _iso(self.clock.moment)}, scope=case)
                if rng.random() < 0.6:
                    w.update("task", task, {"done": 1, "done_at": _iso(self.clock.moment)},
                             scope=case)
            if rng.random() < 0.2:
                if consent is None:
                    consent = w.create("consent", {
                        "client_id": client, "recipient": "*",
                        "scope": ["name", "phone", "needs"], "purpose": "referral",
                        "given_at": now[:10], "expires_at": None, "method": "verbal",
                        "recorded_by": user}, scope=client)
                service, partner, domain = rng.choice(self.services)
                referral = w.create("referral", {
                    "direction": "outgoing", "case_id": case, "client_id": client,
                    "partner_id": partner, "service_id": service, "service_name": domain,
                    "domain": domain, "reason": "Needs support", "urgency": "routine",
                    "shared": {"given_name": fields["given_name"],
                               "family_name": fields["family_name"]},
                    "consent_id": consent, "sent_at": now, "due_at": None,
                    "created_by": user}, scope=case)
                self._audit(conn, user, "referral.send", "referral", referral)
                for state in ("received", "accepted", "completed")[:rng.randint(0, 3)]:
                    w.transition("referral", referral, "status", state,
                                 at=_iso(self.clock.moment), scope=case)
            if rng.random() < 0.5:
                w.transition("case", case, "status", "closed", at=_iso(self.clock.moment),
                             reason="Goals met", scope=case)
                self._audit(conn, user, "case.status", "case", case)
        self.events += len(w.events)


def generate(params: Params, *, verbose: bool = True) -> Path:
    """Build (or reuse) the cached store for ``params``; return its folder."""
    folder = params.folder()
    if (folder / "manifest.json").exists():
        if verbose:
            print(f"Using the cached store in {folder}")
        return folder
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    started = time.perf_counter()
    span = dt.timedelta(days=365 * YEARS)
    # ~4 clock readings per event (HLC, timestamps); spread them over the years.
    clock = _Clock(dt.datetime.now(dt.UTC) - span, span / (params.events * 4))
    ws = Workspace(partial, clock=clock)
    session, _ = ws.create("Bench Agency", "admin", PASSPHRASE, kdf=KdfParams.FLOOR)
    users = [session.users.add(f"worker{n}", f"{PASSPHRASE} {n}", roles=["worker"]).id
             for n in range(6)]
    supervisor = session.users.add("super", f"{PASSPHRASE} s", roles=["supervisor"]).id
    store, log = session.store, session.log
    # Bulk loading only (the measurements reopen the store with the app's own pragmas):
    # no fsync per commit, a large cache and rare checkpoints, so generation is CPU-bound.
    for pragma in ("synchronous = OFF", "cache_size = -1048576", "wal_autocheckpoint = 100000"):
        store.conn.execute(f"PRAGMA {pragma}")
    gen = _Generator(params, store, log, clock, users, supervisor)
    with store.transaction() as conn:
        gen.directory(conn, session.user.id)
    # Cases per client: everyone has one, some have two; notes fill the event budget.
    extra = params.cases - params.clients
    per_client_other = 1.3 + (1 + extra / params.clients) * 6.0
    notes_per_case = max(0.2, (params.events / params.clients - per_client_other)
                         / (params.cases / params.clients))
    second_case = extra / params.clients
    done = 0
    last_report = started
    while done < params.clients:
        with store.transaction() as conn:
            target = gen.events + COMMIT_EVERY
            while gen.events < target and done < params.clients:
                gen.client_bundle(conn, 1 + (gen.rng.random() < second_case), notes_per_case)
                done += 1
        if verbose and time.perf_counter() - last_report > 10:
            last_report = time.perf_counter()
            print(f"  {done}/{params.clients} clients, {gen.events} events, "
                  f"{last_report - started:.0f} s", flush=True)
    counts = {table: int(store.query(f"SELECT count(*) FROM {table}")[0][0])
              for table in ("clients", "cases", "events", "notes", "needs", "services",
                            "tasks", "referrals", "consents", "audit")}
    generated_s = time.perf_counter() - started
    export_started = time.perf_counter()
    export_plain(store, partial / "plain.db")
    export_s = time.perf_counter() - export_started
    session.close()
    manifest = {
        "scale": params.scale, "seed": params.seed, "counts": counts,
        "generate_seconds": round(generated_s, 1), "export_seconds": round(export_s, 1),
        "store_mib": round((partial / "store.db").stat().st_size / 2**20, 1),
        "passphrase": PASSPHRASE,
    }
    (partial / "manifest.json").write_text(json.dumps(manifest, indent=2))
    shutil.rmtree(folder, ignore_errors=True)
    partial.rename(folder)
    if verbose:
        print(json.dumps(manifest, indent=2))
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_common_args(parser)
    parser.add_argument("--force", action="store_true", help="rebuild even if cached")
    args = parser.parse_args()
    params = Params(args.scale, args.seed)
    if args.force:
        shutil.rmtree(params.folder(), ignore_errors=True)
    generate(params)


if __name__ == "__main__":
    main()
