"""One measurement on one copy of the benchmark store, in its own process.

    python bench/measure.py search --folder bench/out/<key> --db <copy of store.db> --mode enc

``run_core.py`` starts this once per measurement and mode and reads the peak memory of the
process from the OS; run it by hand to profile one measurement (``--profile`` writes a
cProfile file). Prints ``RESULT {json}`` lines; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import random
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from common import (
    PASSPHRASE,
    PlainStore,
    admin_session,
    emit,
    misspell,
    summarize,
    timed,
    worker_session,
)

from collabdesk.demo_content import CULTURES, NOTES
from collabdesk.domain import ClientInput
from collabdesk.events.heads import decode_heads
from collabdesk.events.hlc import Clock
from collabdesk.events.log import new_id
from collabdesk.events.projection import Event
from collabdesk.services.clients import PossibleDuplicates
from collabdesk.services.session import Session
from collabdesk.store.db import Store
from collabdesk.sync.batch import MAX_EVENTS
from collabdesk.sync.engine import APPLY_GROUP_EVENTS
from collabdesk.vault import Vault

WARMUP = 20


class Bench:
    def __init__(self, folder: Path, db: Path, mode: str, seed: int, n: int,
                 apply_events: int = 10_000) -> None:
        self.apply_events = apply_events
        self.folder = folder
        self.db = db
        self.mode = mode
        self.rng = random.Random(seed)
        self.n = n
        self.kdf_ms = 0.0
        self._key: bytes | None = None

    # -- opening ---------------------------------------------------------------------------

    def key(self) -> bytes:
        if self._key is None:
            vault = Vault.load(self.folder / "vault.json")
            self.kdf_ms, unlocked = timed(lambda: vault.unlock("admin", PASSPHRASE))
            self._key = unlocked.key
        return self._key

    def open_store(self) -> Store:
        if self.mode == "plain":
            return PlainStore.open_plain(self.db)
        return Store.open(self.db, self.key())

    # -- samples ---------------------------------------------------------------------------

    def sample_rows(self, store: Store, sql: str, count: int) -> list[Any]:
        total = int(store.query("SELECT max(rowid) FROM clients")[0][0])
        out: list[Any] = []
        while len(out) < count:
            rowid = self.rng.randint(1, total)
            rows = store.query(sql, (rowid,))
            if rows:
                out.append(rows[0])
        return out

    def fresh_person(self) -> ClientInput:
        rng = self.rng
        culture = rng.choices(CULTURES, weights=[c.weight for c in CULTURES])[0]
        female = rng.random() < 0.5
        dob = dt.date(rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28))
        return ClientInput(rng.choice(culture.female if female else culture.male),
                           rng.choice(culture.family), dob=dob,
                           gender="female" if female else "male",
                           language=rng.choice(culture.languages),
                           phone=f"555-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}")

    def typo(self, word: str) -> str:
        if len(word) < 4:
            return word + "e"
        i = self.rng.randint(1, len(word) - 2)
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]  # swap two letters

    def run_timed(self, name: str, items: list[Any], fn: Callable[[Any], Any],
                  **extra: Any) -> None:
        for item in items[:WARMUP]:
            fn(item)
        samples = [timed(partial(fn, item))[0] for item in items[WARMUP:]]
        emit(summarize(name, samples, mode=self.mode, **extra))

    # -- measurements ----------------------------------------------------------------------

    def unlock(self) -> None:
        """From the unlocked key to a usable store: open, pragmas, user, sign-in entry, first
        search. The KDF (Argon2id) runs before this and is reported on its own."""
        if self.mode == "enc":
            self.key()
        kdf_ms = self.kdf_ms
        samples = []
        for _ in range(max(5, self.n // 20)):
            start = time.perf_counter()
            store = self.open_store()
            session = admin_session(store)
            session.audit_now("auth.sign_in", "user", session.user.id)
            worker_session(store).clients.search("mar")
            samples.append((time.perf_counter() - start) * 1000)
            store.close()
        emit(summarize("unlock", samples, mode=self.mode, first_ms=round(samples[0], 3),
                       kdf_ms=round(kdf_ms, 1) if self.mode == "enc" else 0))

    def search(self) -> None:
        store = self.open_store()
        session = worker_session(store)
        rows = self.sample_rows(store, "SELECT given_name, family_name FROM clients "
                                "WHERE rowid = ?", self.n + WARMUP)
        prefix = []
        for given, family in rows:
            roll = self.rng.random()
            if roll < 0.7:
                prefix.append(f"{given[:3]} {family[:3]}")
            elif roll < 0.85:
                prefix.append(family[:4])
            else:
                prefix.append(given.split()[0])
        # A first given and first family name, one of them misspelt; found when a client with
        # those two names is listed (namesakes with fewer other names may come first).
        fuzzy = []
        for given, family in rows:
            first, last = given.split()[0], family.split()[0]
            if self.rng.random() < 0.7:
                fuzzy.append((f"{first} {misspell(self.rng, last)}", (first, last)))
            else:
                fuzzy.append((f"{misspell(self.rng, first)} {last}", (first, last)))
        hits: list[int] = []
        found: list[bool] = []

        def run(q: str) -> None:
            hits.append(len(session.clients.search(q)))

        def run_fuzzy(item: tuple[str, tuple[str, str]]) -> None:
            result = session.clients.search(item[0])
            hits.append(len(result))
            found.append(item[1] in {(h.given_name.split()[0], h.family_name.split()[0])
                                     for h in result if h.given_name and h.family_name})

        self.run_timed("search_prefix", prefix, run)
        hits.clear()
        self.run_timed("search_fuzzy", fuzzy, run_fuzzy)
        emit({"name": "search_fuzzy_found", "mode": self.mode,
              "mean_hits": round(sum(hits) / max(1, len(hits)), 1),
              "found_pct": round(100 * sum(found) / max(1, len(found)), 1)})
        store.close()

    def dupcheck(self) -> None:
        store = self.open_store()
        session = worker_session(store)
        rows = self.sample_rows(store, "SELECT given_name, family_name, dob, phone FROM clients "
                                "WHERE rowid = ?", (self.n + WARMUP) // 2)
        inputs: list[ClientInput] = []
        for given, family, dob, phone in rows:
            day = dt.date.fromisoformat(dob) if dob else None
            if day and day.day <= 12 and self.rng.random() < 0.5:
                day = dt.date(day.year, day.day, day.month)  # day and month swapped
            inputs.append(ClientInput(given, self.typo(family), dob=day, phone=phone))
            inputs.append(self.fresh_person())
        found: list[int] = []

        def run(data: ClientInput) -> None:
            found.append(len(session.clients.find_duplicates(data)))

        self.run_timed("dupcheck", inputs, run)
        store.close()

    def open_case(self) -> None:
        store = self.open_store()
        session = worker_session(store)
        total = int(store.query("SELECT max(rowid) FROM cases")[0][0])
        ids: list[str] = []
        while len(ids) < self.n + WARMUP:
            row = store.query("SELECT id FROM cases WHERE rowid = ?",
                              (self.rng.randint(1, total),))
            if row:
                ids.append(row[0][0])
        sizes: list[int] = []

        def run(case_id: str) -> None:
            detail = session.cases.detail(case_id)
            sizes.append(len(detail.history))

        self.run_timed("open_case", ids, run)
        store.close()

    def intake(self) -> None:
        store = self.open_store()
        session = worker_session(store)
        people = [self.fresh_person() for _ in range(self.n + WARMUP)]
        self.run_timed("intake_save", people,
                       lambda p: session.clients.intake(p, confirmed_new=True))
        checked = [self.fresh_person() for _ in range(self.n + WARMUP)]
        self.run_timed("intake_with_check", checked, lambda p: _intake_checked(session, p))
        store.close()

    def apply(self) -> None:
        store = self.open_store()
        session = admin_session(store)
        events = self.remote_events(store, self.apply_events)
        # As the sync engine applies a pull: envelopes of up to MAX_EVENTS events, each in a
        # savepoint, in one transaction per APPLY_GROUP_EVENTS events, with the cursor.
        samples = []
        applied = 0
        for start in range(0, len(events), APPLY_GROUP_EVENTS):
            group = events[start:start + APPLY_GROUP_EVENTS]

            def one(group: list[Event] = group, cursor: int = start) -> int:
                count = 0
                with store.transaction() as conn:
                    for first in range(0, len(group), MAX_EVENTS):
                        with store.savepoint(conn):
                            count += session.log.apply_remote(
                                conn, group[first:first + MAX_EVENTS])
                    conn.execute("INSERT INTO meta(key, value) VALUES ('bench_cursor', ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                                 (str(cursor),))
                return count

            ms, count = timed(one)
            samples.append(ms)
            applied += count
        emit(summarize("apply_10k", samples, mode=self.mode, events=applied,
                       per_transaction=APPLY_GROUP_EVENTS, per_envelope=MAX_EVENTS))
        store.close()

    def remote_events(self, store: Store, count: int) -> list[Event]:
        """Another laptop's realistic mix: notes, client edits, new clients and cases, tasks,
        status changes — edits made over the current versions, as after a normal sync."""
        rng = self.rng
        device = f"{rng.getrandbits(128):032x}"
        clock = Clock(device)
        user = store.query("SELECT id FROM users WHERE username = 'worker1'")[0][0]
        cases = [r[0] for r in self.sample_rows(
            store, "SELECT id FROM cases WHERE rowid = ?", 600)]
        clients = self.sample_rows(store, "SELECT id, _heads FROM clients WHERE rowid = ?", 600)
        events: list[Event] = []

        def add(entity: str, entity_id: str, op: str, data: dict[str, Any],
                scope: str) -> None:
            events.append(Event(new_id(), clock.now(), device, user, entity, entity_id, op,
                                data, scope))

        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        edited: set[str] = set()
        while len(events) < count:
            roll = rng.random()
            if roll < 0.4:
                case = rng.choice(cases)
                add("note", new_id(), "append", {"fields": {
                    "case_id": case, "body": rng.choice(NOTES), "sensitive": 0,
                    "author": user, "created_at": now}}, case)
            elif roll < 0.6:
                client_id, heads_text = rng.choice(clients)
                if client_id in edited:
                    continue
                edited.add(client_id)
                heads = decode_heads(heads_text, "client")
                add("client", client_id, "update", {
                    "fields": {"phone": f"555-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"},
                    "base": {"phone": heads.get("phone", [])[-1:]}}, client_id)
            elif roll < 0.75:
                person = self.fresh_person()
                client_id = new_id()
                add("client", client_id, "create", {"fields": {
                    "given_name": person.given_name, "family_name": person.family_name,
                    "dob": person.dob.isoformat() if person.dob else None,
                    "gender": person.gender, "language": person.language,
                    "phone": person.phone, "created_at": now, "created_by": user}}, client_id)
                clients.append((client_id, "{}"))
                edited.add(client_id)
            elif roll < 0.85:
                client_id = rng.choice(clients)[0]
                case = new_id()
                add("case", case, "create", {"fields": {
                    "client_id": client_id, "title": "New case", "opened_at": now,
                    "created_by": user}}, case)
                add("case", case, "transition", {"field": "assigned_to", "from": None,
                                                 "to": user, "reason": "", "at": now}, case)
                cases.append(case)
            elif roll < 0.95:
                case = rng.choice(cases)
                add("task", new_id(), "create", {"fields": {
                    "case_id": case, "title": "Follow-up call", "due_date": now[:10],
                    "assignee": user, "done": 0, "created_by": user, "created_at": now}}, case)
            else:
                case = rng.choice(cases)
                status = store.query("SELECT status FROM cases WHERE id = ?", (case,))
                current = status[0][0] if status else "open"
                target = "on_hold" if current == "open" else "open"
                add("case", case, "transition", {"field": "status", "from": current,
                                                 "to": target, "reason": "", "at": now}, case)
        return events[:count]


def _intake_checked(session: Session, person: ClientInput) -> None:
    try:
        session.clients.intake(person)
    except PossibleDuplicates:
        session.clients.intake(person, confirmed_new=True)


MEASUREMENTS = ("unlock", "search", "dupcheck", "open_case", "intake", "apply")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("measurement", choices=MEASUREMENTS)
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--mode", choices=("enc", "plain"), default="enc")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-n", type=int, default=300, help="timed operations per figure")
    parser.add_argument("--apply-events", type=int, default=10_000,
                        help="remote events to apply (the figure is for 10k)")
    parser.add_argument("--profile", type=Path, help="write a cProfile file here")
    args = parser.parse_args()
    bench = Bench(args.folder, args.db, args.mode, args.seed, args.n, args.apply_events)
    action = getattr(bench, args.measurement)
    if args.profile:
        cProfile.runctx("action()", globals(), {"action": action}, str(args.profile))
    else:
        action()


if __name__ == "__main__":
    main()
