"""What a write changed: local writes, applied pulls and rolled-back work, as reported."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from collabdesk.changes import CONFLICT, DELIVERY, EVERYTHING, Changes
from collabdesk.domain import ClientInput
from collabdesk.events.log import EventLog, event_rows
from collabdesk.services.session import Session
from collabdesk.store.db import Store


def test_a_service_write_reports_its_kinds_and_ids_once(admin: Session) -> None:
    admin.store.take_changes()  # whatever setting up the session wrote
    client = admin.clients.intake(ClientInput("Lena", "Okafor", dob=dt.date(1990, 1, 2)),
                                  confirmed_new=True)
    case = admin.cases.open_case(client.id, "Food", needs=(("food", "high", "Empty fridge"),))
    changes = admin.store.take_changes()
    assert changes.ids_of("client") == {client.id}
    assert changes.ids_of("case") == {case.id}
    assert len(changes.ids_of("need")) == 1
    assert not changes.touches("referral", "task")
    assert not admin.store.take_changes()  # taken once


def test_reads_and_refused_writes_report_nothing(admin: Session) -> None:
    admin.store.take_changes()
    admin.clients.search("Lena")
    with pytest.raises(RuntimeError), admin.store.transaction() as conn:
        admin.log.writer(conn, admin.user.id).create(
            "client", {"given_name": "Rolled", "family_name": "Back"})
        raise RuntimeError("undo")
    assert not admin.store.take_changes()


def test_applied_remote_edits_report_the_conflict_they_raise(tmp_path: Path) -> None:
    now = {"a": 1_790_000_000.0, "b": 1_790_000_005.0}
    stores = {n: Store.create(tmp_path / f"{n}.db", os.urandom(32)) for n in now}
    logs = {n: EventLog(stores[n], wall=lambda n=n: now[n]) for n in now}

    def pull(into: str, source: str) -> None:
        with stores[into].read() as conn:
            known = {r[0] for r in conn.execute("SELECT id FROM events")}
        with stores[source].read() as conn:
            fresh = [e for e in event_rows(conn) if e.id not in known]
        with stores[into].transaction() as conn:
            logs[into].apply_remote(conn, fresh)

    with stores["a"].transaction() as conn:
        logs["a"].writer(conn, "u1").create(
            "client", {"given_name": "Ana", "family_name": "R"}, entity_id="c1")
    pull("b", "a")
    assert stores["b"].take_changes().ids_of("client") == {"c1"}
    for name, given in (("a", "Anna"), ("b", "Ana María")):  # edited on both, unseen
        now[name] += 1
        with stores[name].transaction() as conn:
            logs[name].writer(conn, "u").update("client", "c1", {"given_name": given})
    stores["a"].take_changes()
    pull("a", "b")
    changes = stores["a"].take_changes()
    assert changes.ids_of("client") == {"c1"} and changes.touches(CONFLICT)
    for store in stores.values():
        store.close()


def test_changes_merge_and_everything_touches_every_kind() -> None:
    merged = Changes.of("client", ids=["a"]) | Changes.of("client", ids=["b"]) | Changes.of(
        DELIVERY)
    assert merged.ids_of("client") == {"a", "b"} and merged.touches(DELIVERY)
    assert not merged.touches("task")
    assert Changes.everything().touches("task") and Changes.of(EVERYTHING).kinds == {EVERYTHING}
    assert not Changes()


def test_a_change_no_event_describes_is_reported(admin: Session) -> None:
    admin.store.take_changes()
    admin.store.note_changes(DELIVERY, ["r1"])
    assert admin.store.take_changes().ids_of(DELIVERY) == {"r1"}


def test_a_collector_reports_a_kind_whole_past_its_id_limit() -> None:
    # A pull of a whole agency must not hold every id it touched until the page reloads.
    from collabdesk.changes import MAX_IDS, ChangeCollector

    many = ChangeCollector()
    many.add("note", (f"n{i}" for i in range(MAX_IDS + 1)))
    many.add("note", ["late"])
    many.add("client", ["c1"])
    frozen = many.freeze()
    assert frozen.touches("note") and frozen.ids_of("note") == frozenset()
    assert frozen.ids_of("client") == {"c1"}
    committed = ChangeCollector()
    committed.add("note", ["n1"])
    committed.absorb(many)
    committed.add("note", ["after"])
    assert committed.freeze().ids_of("note") == frozenset()
    assert committed.freeze().ids_of("client") == {"c1"}
