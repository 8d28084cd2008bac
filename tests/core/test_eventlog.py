"""The event log converges: replicas that saw the same events hold the same state.

A hypothesis test runs random edits on several devices with skewed clocks, exchanges events
between random pairs in causal order (as pulling a mailbox in sequence does), and finally
syncs everyone; every replica must then hold identical rows, conflict queues and
transition outcomes. One more replica then applies the same log one event at a time: the
projection folds a batch in memory, and that must be exactly the same as event by event.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collabdesk.events.entities import HEAD_FIELDS
from collabdesk.events.log import EventLog, event_rows
from collabdesk.events.projection import Event, apply_event
from collabdesk.services import clients, install_hooks, matching
from collabdesk.store.db import Store

TABLES = {
    "clients": "id, given_name, family_name, phone, _heads",
    "cases": "id, client_id, title, status, assigned_to, closed_at, _heads",
    "notes": "id, case_id, body",
    "conflicts": "entity, entity_id, field, heads",
    "transitions": "event_id, to_value, outcome",
}

KEY_COLUMNS = ("id", "given_name", "family_name", "dob", "estimated_birth_year", "phone",
               "gender", "identifiers")


class Replica:
    def __init__(self, folder: Path, name: str, skew_s: float) -> None:
        self.name = name
        self.now = 1_790_000_000.0 + skew_s
        self.store = Store.create(folder / f"{name}.db", os.urandom(32))
        install_hooks()  # a bare event log, without a session: the search index needs them
        self.log = EventLog(self.store, wall=lambda: self.now)

    def tick(self) -> None:
        self.now += 1.0

    def pull_from(self, other: Replica) -> None:
        with self.store.read() as conn:
            known = {r[0] for r in conn.execute("SELECT id FROM events")}
        with other.store.read() as conn:
            fresh = [e for e in event_rows(conn) if e.id not in known]
        with self.store.transaction() as conn:
            self.log.apply_remote(conn, fresh)

    def state(self) -> dict[str, list[tuple[object, ...]]]:
        out = {}
        with self.store.read() as conn:
            for table, cols in TABLES.items():
                out[table] = sorted(conn.execute(f"SELECT {cols} FROM {table}").fetchall())
            # The match-key index: which clients each client's current keys find.
            rows = [dict(zip(KEY_COLUMNS, r, strict=True)) for r in conn.execute(
                f"SELECT {', '.join(KEY_COLUMNS)} FROM clients")]
            out["client_keys"] = sorted(
                (row["id"], key, tuple(sorted(r[0] for r in conn.execute(
                    "SELECT id FROM clients WHERE rowid IN (SELECT rowid FROM client_keys "
                    "WHERE client_keys MATCH ?)", (clients.keys_match([key]),)))))
                for row in rows for key in matching.blocking_keys(clients.facts_from_row(row)))
        return out


FIELDS = ["given_name", "family_name", "phone"]
STATUSES = ["open", "on_hold", "closed"]
action = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), st.sampled_from(FIELDS),
              st.text("abc", max_size=3)),
    st.tuples(st.just("status"), st.integers(0, 2), st.sampled_from(STATUSES)),
    st.tuples(st.just("assign"), st.integers(0, 2), st.sampled_from(["u1", "u2", "u3"])),
    st.tuples(st.just("note"), st.integers(0, 2), st.text("xyz", min_size=1, max_size=3)),
    st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 2)),
    st.tuples(st.just("resolve"), st.integers(0, 2)),
)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(
    skews=st.lists(st.floats(-86_400, 86_400), min_size=3, max_size=3),
    actions=st.lists(action, max_size=40),
)
def test_random_interleavings_converge(skews: list[float], actions: list[tuple]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        replicas = [Replica(Path(tmp), f"r{i}", skew) for i, skew in enumerate(skews)]
        origin = replicas[0]
        with origin.store.transaction() as conn:
            w = origin.log.writer(conn, "u1")
            w.create("client", {"given_name": "Ana", "family_name": "Ruiz", "phone": "1"},
                     entity_id="c1")
            w.create("case", {"client_id": "c1", "title": "t"}, entity_id="k1")
        for r in replicas[1:]:
            r.pull_from(origin)

        for act in actions:
            kind, who = act[0], replicas[act[1]]
            who.tick()
            with who.store.transaction() as conn:
                w = who.log.writer(conn, f"user-{who.name}")
                if kind == "edit":
                    w.update("client", "c1", {act[2]: act[3]})
                elif kind == "status":
                    w.transition("case", "k1", "status", act[2], at=str(who.now))
                elif kind == "assign":
                    w.transition("case", "k1", "assigned_to", act[2], at=str(who.now))
                elif kind == "note":
                    w.create("note", {"case_id": "k1", "body": act[2], "created_at": "x"})
                elif kind == "resolve":
                    row = conn.execute("SELECT given_name FROM clients").fetchone()
                    w.update("client", "c1", {"given_name": row[0]}, resolve=True)
            if kind == "sync":
                replicas[act[1]].pull_from(replicas[act[2]])

        for _ in range(2):
            for a in replicas:
                for b in replicas:
                    if a is not b:
                        a.pull_from(b)
        one_by_one = Replica(Path(tmp), "single", 0)
        with origin.store.read() as conn:
            log = event_rows(conn)
        for event in log:
            with one_by_one.store.transaction() as conn:
                apply_event(conn, event, origin="remote")
        states = [r.state() for r in [*replicas, one_by_one]]
        for r in [*replicas, one_by_one]:
            r.store.close()
        assert states[0] == states[1] == states[2] == states[3]


def test_concurrent_edit_lands_in_conflict_queue_and_resolution_clears_it(tmp_path: Path) -> None:
    a, b = Replica(tmp_path, "a", 0), Replica(tmp_path, "b", 5)
    with a.store.transaction() as conn:
        a.log.writer(conn, "u1").create("client", {"given_name": "Ana", "family_name": "R"},
                                        entity_id="c1")
    b.pull_from(a)
    for r, name in ((a, "Anna"), (b, "Ana María")):
        r.tick()
        with r.store.transaction() as conn:
            r.log.writer(conn, "u").update("client", "c1", {"given_name": name})
    a.pull_from(b)
    b.pull_from(a)
    for r in (a, b):
        rows = r.store.query("SELECT field, heads FROM conflicts")
        assert [row[0] for row in rows] == ["given_name"]
        # Last writer (by HLC) is visible meanwhile: b's clock runs 5 s ahead.
        assert r.store.query("SELECT given_name FROM clients")[0][0] == "Ana María"
    a.tick()
    with a.store.transaction() as conn:
        a.log.writer(conn, "sup").update("client", "c1", {"given_name": "Anna"}, resolve=True)
    b.pull_from(a)
    for r in (a, b):
        assert r.store.query("SELECT count(*) FROM conflicts")[0][0] == 0
        assert r.store.query("SELECT given_name FROM clients")[0][0] == "Anna"


def test_invalid_transition_is_rejected_not_applied(tmp_path: Path) -> None:
    a, b = Replica(tmp_path, "a", 0), Replica(tmp_path, "b", 0)
    with a.store.transaction() as conn:
        w = a.log.writer(conn, "u")
        w.create("client", {"given_name": "X"}, entity_id="c1")
        w.create("case", {"client_id": "c1"}, entity_id="k1")
    b.pull_from(a)
    a.tick()
    b.tick()
    b.tick()
    with a.store.transaction() as conn:  # a closes the case …
        a.log.writer(conn, "u").transition("case", "k1", "status", "closed", at="t1")
    with b.store.transaction() as conn:  # … while b, offline, puts it on hold
        b.log.writer(conn, "u").transition("case", "k1", "status", "on_hold", at="t2")
    a.pull_from(b)
    b.pull_from(a)
    for r in (a, b):
        status, closed_at = r.store.query("SELECT status, closed_at FROM cases")[0]
        outcomes = sorted(o for (o,) in r.store.query("SELECT outcome FROM transitions"))
        assert (status, closed_at) == ("closed", "t1")
        assert outcomes == ["applied", "rejected"]


def test_reapplying_an_event_is_a_no_op(tmp_path: Path) -> None:
    a, b = Replica(tmp_path, "a", 0), Replica(tmp_path, "b", 0)
    with a.store.transaction() as conn:
        a.log.writer(conn, "u").create("client", {"given_name": "X"}, entity_id="c1")
    b.pull_from(a)
    with a.store.read() as conn:
        events = event_rows(conn)
    with b.store.transaction() as conn:
        assert b.log.apply_remote(conn, events) == 0
    assert b.store.query("SELECT count(*) FROM events")[0][0] == 1


def test_replicated_tables_have_no_unique_constraint_beyond_their_id(tmp_path: Path) -> None:
    """Two laptops creating 'the same' thing offline must still apply each other's events."""
    store = Store.create(tmp_path / "s.db", os.urandom(32))
    from collabdesk.events.entities import ENTITIES

    tables = {spec.table for spec in ENTITIES.values()}
    offenders = []
    for table in tables:
        for _seq, name, unique, *_ in store.query(f"PRAGMA index_list({table})"):
            if unique and not name.startswith("sqlite_autoindex"):
                offenders.append(f"{table}.{name}")
    store.close()
    assert offenders == []


def test_a_remote_clock_far_in_the_future_is_refused(tmp_path: Path) -> None:
    from collabdesk.events.hlc import ClockTooFarAhead, encode

    a = Replica(tmp_path, "a", 0)
    with a.store.transaction() as conn:
        a.log.writer(conn, "u").create("client", {"given_name": "X"}, entity_id="c1")
    far = encode(int(a.now * 1000) + 30 * 24 * 3600 * 1000, 0, "f" * 16)
    with pytest.raises(ClockTooFarAhead), a.store.transaction() as conn:
        a.log.apply_remote(conn, [Event("e" * 32, far, "f" * 32, None, "client", "c1",
                                        "update", {"fields": {"given_name": "Y"},
                                                   "base": {}})])
    assert a.store.query("SELECT given_name FROM clients")[0][0] == "X"
    ahead = encode(int(a.now * 1000) + 2 * 24 * 3600 * 1000, 0, "f" * 16)  # two days: fine
    with a.store.transaction() as conn:
        a.log.apply_remote(conn, [Event("d" * 32, ahead, "f" * 32, None, "client", "c1",
                                        "update", {"fields": {"given_name": "Z"},
                                                   "base": {}})])
    assert a.store.query("SELECT given_name FROM clients")[0][0] == "Z"


def _retract_scenario(tmp: Path) -> tuple[list[Event], list[Event], list[Event]]:
    """An import (client c1, case k1, batch B) made on one laptop, then retracted there, while
    a sibling that had it edits c1, notes on k1 and opens its own case k2 for c1, offline."""
    office, sibling = Replica(tmp, "office", 0), Replica(tmp, "sibling", 3)
    with office.store.transaction() as conn:
        w = office.log.writer(conn, "admin")
        w.batch = "B"
        w.create("client", {"given_name": "Ana", "family_name": "Ruiz"}, entity_id="c1")
        w.create("case", {"client_id": "c1", "title": "Imported"}, entity_id="k1")
        w.transition("case", "k1", "assigned_to", "u1", at="t0")
    sibling.pull_from(office)
    with office.store.read() as conn:
        imported = event_rows(conn)
    office.tick()
    sibling.tick()
    with office.store.transaction() as conn:
        w = office.log.writer(conn, "admin")
        w.batch = "B"
        w.retract("case", "k1")
        w.retract("client", "c1")
    with sibling.store.transaction() as conn:
        w = sibling.log.writer(conn, "walt")
        w.update("client", "c1", {"family_name": "Ruiz Soto"})
        w.create("note", {"case_id": "k1", "body": "called", "created_at": "t1"})
        w.create("case", {"client_id": "c1", "title": "Mine"}, entity_id="k2")
        w.transition("case", "k2", "status", "on_hold", at="t1")
    with office.store.read() as conn:
        undo = [e for e in event_rows(conn) if e.op == "retract"]
    with sibling.store.read() as conn:
        offline = [e for e in event_rows(conn) if e.device == sibling.log.device_id]
    office.store.close()
    sibling.store.close()
    return imported, undo, offline


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(order=st.permutations([0, 0, 1, 1, 1, 1]), cuts=st.lists(st.booleans(), min_size=6,
                                                                  max_size=6))
def test_a_retract_and_offline_edits_converge_in_any_order(order: list[int],
                                                           cuts: list[bool]) -> None:
    """Whichever order the retract and the sibling's edits arrive in (each laptop's own in
    its order), and however they are cut into pulled pages, the rows, tombstones and conflict
    queue end the same: nothing of the import or of what refers to it is left, and every
    sibling edit is listed under ``_retracted``."""
    with tempfile.TemporaryDirectory() as tmp:
        imported, undo, offline = _retract_scenario(Path(tmp))
        streams = [list(undo), list(offline)]
        arrival = [streams[i].pop(0) for i in order]
        reference = Replica(Path(tmp), "reference", 0)
        replay = Replica(Path(tmp), "replay", 0)
        for replica, batches in ((reference, [imported + undo + offline]),
                                 (replay, _pages(imported + arrival, cuts))):
            for batch in batches:
                with replica.store.transaction() as conn:
                    replica.log.apply_remote(conn, batch)
        states = [_retract_state(r) for r in (reference, replay)]
        reference.store.close()
        replay.store.close()
    assert states[0] == states[1]
    rows, tombstones, conflicts = states[0]
    assert rows == [[], [], [], []]
    assert [t for t in tombstones if t[0] != "note"] == [
        ("case", "k1", "B"), ("case", "k2", "B"), ("client", "c1", "B")]
    assert [t[0] for t in tombstones if t[0] == "note"] == ["note"]  # the sibling's note on k1
    listed = {(entity, entity_id if entity != "note" else "n"): len(json.loads(heads))
              for entity, entity_id, _f, heads in conflicts}
    assert listed == {("client", "c1"): 1, ("case", "k2"): 2, ("note", "n"): 1}


def _pages(events: list[Event], cuts: list[bool]) -> list[list[Event]]:
    pages: list[list[Event]] = [[]]
    for i, event in enumerate(events):
        pages[-1].append(event)
        if cuts[i % len(cuts)]:
            pages.append([])
    return [p for p in pages if p]


def _retract_state(replica: Replica) -> tuple[list[object], list[object], list[object]]:
    with replica.store.read() as conn:
        rows = [sorted(conn.execute(f"SELECT * FROM {t}").fetchall())
                for t in ("clients", "cases", "notes", "transitions")]
        rows[3] = [r for r in rows[3] if r]  # transitions of removed records go too
        tombstones = sorted(conn.execute("SELECT * FROM tombstones").fetchall())
        conflicts = sorted(conn.execute("SELECT * FROM conflicts").fetchall())
    return rows, tombstones, conflicts


def test_heads_are_stored_grouped_and_the_per_field_spelling_still_reads(tmp_path: Path) -> None:
    from collabdesk.events.heads import decode_heads, encode_heads, recode

    h1, h2, h3 = ("018c3cdc1a9f0000" + f"{n:016x}" for n in (1, 2, 3))
    heads = {"given_name": [h1], "family_name": [h1], "phone": [h2, h3]}
    stored = encode_heads(heads, "client")
    # Fields by their bits in HEAD_FIELDS["client"]: family_name 6, given_name 8, phone 12;
    # per group its number of clocks, their bytes, then its mask as a varint.
    assert bytes(stored) == (b"\x01" + bytes.fromhex(h1) + bytes([0x40 | 0x80, 0x02])
                             + b"\x02" + bytes.fromhex(h2) + bytes.fromhex(h3)
                             + bytes([0x80, 0x20]))
    assert decode_heads(stored, "client") == decode_heads(bytes(stored), "client") == heads
    # A client at the version that created it: 19 bytes.
    created = {name: [h1] for name in ("address", "created_at", "created_by", "dob", "email",
                                      "estimated_birth_year", "family_name", "gender",
                                      "given_name", "identifiers", "language", "other_names",
                                      "phone")}
    assert len(encode_heads(created, "client")) == 19
    # The JSON spelling of schemas 11 and 12 (and of heads bytes cannot say) still reads,
    # and the upgrade's recode turns it into bytes.
    grouped = '[[["h1"],320],[["h2","h3"],4096]]'.replace("h1", h1).replace("h2", h2) \
        .replace("h3", h3)
    assert decode_heads(grouped, "client") == heads
    assert recode(grouped, "client") == bytes(stored)
    assert recode(bytes(stored), "client") == bytes(stored)
    # Schemas 7-10 named every field of a group; 6 and before kept a map.
    named = '[[["h1"],"family_name","given_name"],[["h2","h3"],"phone"]]'
    assert decode_heads(named, "client") == {"given_name": ["h1"], "family_name": ["h1"],
                                             "phone": ["h2", "h3"]}
    assert decode_heads(json.dumps(heads), "client") == heads
    assert decode_heads(None, "client") == decode_heads("", "client") == {}
    # Clocks that are not 32 lowercase hex characters, and a field this version does not
    # know, keep the JSON spelling (the field by its name); a bit it does not know is skipped.
    for odd_clock in ("h1", h1.upper(), h1[:30] + " 1", h1 + "00"):
        kept = encode_heads({"phone": [odd_clock]}, "client")
        assert json.loads(kept) == [[[odd_clock], 2**12]]
        assert decode_heads(kept, "client") == {"phone": [odd_clock]}
    odd = encode_heads({"phone": [h1], "pronouns": [h1]}, "client")
    assert json.loads(odd) == [[[h1], 2**12, "pronouns"]]
    assert decode_heads(odd, "client") == {"phone": [h1], "pronouns": [h1]}
    assert decode_heads('[[["h1"],4097]]', "client") == {"address": ["h1"], "phone": ["h1"]}
    assert decode_heads('[[["h1"],8192]]', "client") == {}
    assert decode_heads(b"\x01" + bytes.fromhex(h1) + bytes([0x80, 0x40]), "client") == {}

    # A row still in the per-field spelling (a store upgraded from schema 6): an edit over its
    # current version is no conflict, one made over an older version is; either way the row
    # is written grouped.
    a = Replica(tmp_path, "a", 0)
    with a.store.transaction() as conn:
        client_id = a.log.writer(conn, "u1").create(
            "client", {"given_name": "Ana", "family_name": "Ruiz", "phone": "1"})
    with a.store.transaction() as conn:
        stored = decode_heads(conn.execute("SELECT _heads FROM clients").fetchone()[0],
                              "client")
        conn.execute("UPDATE clients SET _heads = ?", (json.dumps(stored, sort_keys=True),))
    a.tick()
    with a.store.transaction() as conn:
        a.log.writer(conn, "u1").update("client", client_id, {"phone": "2"})
    with a.store.read() as conn:
        assert isinstance(conn.execute("SELECT _heads FROM clients").fetchone()[0], bytes)
        assert conn.execute("SELECT count(*) FROM conflicts").fetchone()[0] == 0
    old = stored["phone"]
    b = Replica(tmp_path, "b", 5)
    b.pull_from(a)
    with b.store.transaction() as conn:
        b.log.apply_remote(conn, [Event("e" * 32, old[0][:-1] + "f", "d" * 32, None, "client",
                                        client_id, "update",
                                        {"fields": {"phone": "3"}, "base": {"phone": old}},
                                        None)])
    with b.store.read() as conn:
        assert conn.execute("SELECT field FROM conflicts").fetchall() == [("phone",)]


HEAD_FIELDS_CLIENT = HEAD_FIELDS["client"]
_CLOCKS = st.one_of(st.binary(min_size=16, max_size=16).map(bytes.hex), st.text(max_size=34))


@given(st.dictionaries(
    st.one_of(st.sampled_from(sorted(HEAD_FIELDS_CLIENT)), st.text(min_size=1, max_size=8)),
    st.lists(_CLOCKS, min_size=1, max_size=3, unique=True).map(sorted), max_size=16))
def test_any_heads_come_back_as_they_went_in(heads: dict[str, list[str]]) -> None:
    from collabdesk.events.heads import decode_heads, encode_heads, recode

    stored = encode_heads(heads, "client")
    assert decode_heads(stored, "client") == heads
    assert encode_heads(decode_heads(stored, "client"), "client") == stored
    assert decode_heads(recode(stored, "client"), "client") == heads


# HEAD_FIELDS as of schema 11: rows are written with these bits, so they never move.
_HEAD_FIELDS_11 = {
    "agency": 2, "user": 5, "client": 13, "case": 4, "need": 6, "task": 8, "consent": 8,
    "partner": 7, "partner_service": 16, "referral": 14, "form_suggestion": 12,
    "caseload_import": 4,
}
_HEAD_FIELDS_11_SHA256 = "74f5bf83d91fd50da6aefbad86251baca735723a1f2261c33e7ceb477b0247e8"


def test_head_bits_cover_every_record_field_and_never_move() -> None:
    import hashlib

    from collabdesk.events.entities import ENTITIES, HEAD_FIELDS

    records = {name for name, spec in ENTITIES.items() if spec.kind == "record"}
    assert set(HEAD_FIELDS) == records
    for name in records:
        assert set(HEAD_FIELDS[name]) == ENTITIES[name].fields, name  # a new field: append it
        assert len(set(HEAD_FIELDS[name])) == len(HEAD_FIELDS[name])
    frozen = json.dumps({k: HEAD_FIELDS[k][:n] for k, n in sorted(_HEAD_FIELDS_11.items())})
    assert hashlib.sha256(frozen.encode()).hexdigest() == _HEAD_FIELDS_11_SHA256


_NOW_MS = 1_780_000_000_000


@given(st.lists(st.tuples(st.integers(-3 * 86_400_000, 9 * 86_400_000),
                          st.integers(0, 0xFFFF)), max_size=8))
def test_observing_a_batch_is_observing_each_in_turn(stamps: list[tuple[int, int]]) -> None:
    """A pulled batch is observed at once (one look at the wall clock): the clock must end
    where observing its events one by one leaves it, and refuse exactly when that would."""
    from collabdesk.events.hlc import MAX_AHEAD_MS, Clock, ClockTooFarAhead, encode

    def clock(last: str | None = None) -> Clock:
        return Clock("a" * 32, wall=lambda: _NOW_MS / 1000, last=last)

    hlcs = [encode(_NOW_MS + offset, counter, "f" * 16) for offset, counter in stamps]
    at_once = clock()
    if any(offset > MAX_AHEAD_MS for offset, _ in stamps):  # one alone would be refused
        with pytest.raises(ClockTooFarAhead):
            at_once.observe_all(hlcs)
        assert at_once.now() == clock().now()  # nothing of a refused batch was taken
        return
    at_once.observe_all(hlcs)
    # Where observing each in turn leaves a clock: past the latest of them (or its own time).
    assert at_once.now() == clock(max(hlcs, default=None)).now()
