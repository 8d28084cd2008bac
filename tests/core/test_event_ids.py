"""The event log stores its ids as 16-byte blobs and shows them as the hex they were.

Packing must give back exactly the string it was given (anything that is not lowercase hex
stays text), the SQL spelling used in joins must agree with the Python one, and a store of
the previous schema must come out of its upgrade with the very same log, seen through the
``events`` view, and its numbering continued.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from hypothesis import given
from hypothesis import strategies as st

from collabdesk.domain import ClientInput
from collabdesk.events.entities import ENTITIES
from collabdesk.events.ids import (
    greatest_clock,
    pack,
    sql_pack,
    sql_unpack,
    sql_values,
    unpack,
)
from collabdesk.events.log import EventLog, new_id
from collabdesk.events.projection import OPS, Event, apply_events
from collabdesk.services import install_hooks
from collabdesk.store.db import Store
from tests.support.fixture_stores import copy_released, open_unmigrated

HEXISH = st.text(alphabet="0123456789abcdefABCDEF -g", max_size=40)


@given(st.one_of(st.text(max_size=40), HEXISH, st.binary(max_size=20).map(bytes.hex)))
def test_unpacking_gives_back_what_was_packed(value: str) -> None:
    assert unpack(pack(value)) == value


@given(st.binary(min_size=1, max_size=32))
def test_lowercase_hex_is_stored_in_half_the_bytes(raw: bytes) -> None:
    assert pack(raw.hex()) == raw
    upper = raw.hex().upper()
    assert pack(upper) == (raw if upper.isdigit() else upper)


# Hex with a NUL inside: SQLite's unhex stops at it, pack does not take it.
WITH_NUL = st.sampled_from(["\x00", "ab\x00", "ab\x00zz", "0a\x00ff", "\x00ab"])
JSONABLE = st.one_of(st.text(max_size=40), HEXISH, st.binary(max_size=20).map(bytes.hex),
                     WITH_NUL, st.none(), st.integers(-2**63, 2**63 - 1))


@given(st.lists(JSONABLE, max_size=20))
def test_the_sql_spelling_packs_as_python_does(values: list[str | int | None]) -> None:
    conn = sqlcipher.connect(":memory:")  # the store's own SQLite, without a file
    rows = conn.execute(
        f"SELECT {sql_pack('value')}, {sql_unpack(sql_pack('value'))} FROM json_each(?)",
        (json.dumps(values),)).fetchall()
    assert [r[0] for r in rows] == [pack(v) for v in values]  # type: ignore[arg-type]
    assert [r[1] for r in rows] == values


@given(st.lists(st.one_of(JSONABLE, st.binary(max_size=20),
                          st.floats(allow_nan=False)), min_size=1, max_size=20))
def test_rows_written_in_bulk_are_packed_as_python_packs(values: list[object]) -> None:
    """As bound values (how a pull and a restore write the log), one statement for all."""
    conn = sqlcipher.connect(":memory:")
    conn.execute(f"CREATE TABLE t({', '.join(f'c{n}' for n in range(len(values)))})")
    conn.execute(f"INSERT INTO t {sql_values(['id'] * len(values))}", values)
    assert list(conn.execute("SELECT * FROM t").fetchone()) == \
        [pack(v) for v in values]  # type: ignore[arg-type]


@given(st.lists(st.one_of(HEXISH, st.text(max_size=6), st.binary(min_size=16, max_size=16)
                          .map(bytes.hex)), min_size=1, max_size=8))
def test_the_latest_clock_of_a_batch_is_the_greatest_as_sqlite_orders_the_log(
        clocks: list[str]) -> None:
    conn = sqlcipher.connect(":memory:")
    (expected,), = conn.execute(f"SELECT max({sql_pack('value')}) FROM json_each(?)",
                                (json.dumps(clocks),)).fetchall()
    assert greatest_clock(clocks) == expected


def test_every_kind_and_operation_is_a_name_kept_as_it_is() -> None:
    # Queries of the log name kinds and operations as they are (ids.sql_number).
    for name in (*ENTITIES, *OPS):
        assert pack(name) == name


def test_ids_that_are_not_hex_are_kept_and_found(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "s.db", os.urandom(32))
    install_hooks()
    log = EventLog(store)
    odd = Event("Import-Row-7", log.clock.now(), "Front-Desk-PC-2", "Ana", "partner", "ABC-1",
                "create", {"fields": {"name": "Food bank"}})
    plain = Event(new_id(), log.clock.now(), log.device_id, None, "partner", new_id(),
                  "create", {"fields": {"name": "Clinic"}})
    with store.transaction() as conn:
        assert apply_events(conn, [odd, plain], origin="remote") == 2
    with store.transaction() as conn:
        assert apply_events(conn, [odd, plain], origin="remote") == 0  # each id found again
    rows = store.query("SELECT id, entity_id, hlc, device, user_id FROM events ORDER BY seq")
    assert rows == [(e.id, e.entity_id, e.hlc, e.device, e.user_id) for e in (odd, plain)]
    stored = store.query("SELECT typeof(id), typeof(entity_id), length(hlc), typeof(device), "
                         "typeof(user_id) FROM event_log ORDER BY seq")
    assert stored == [("text", "text", 16, "integer", "integer"),
                      ("blob", "blob", 16, "integer", "null")]
    # Devices, authors, kinds and operations are numbered once each, however many events
    # name them.
    assert sorted(map(str, unpack_all(store.query("SELECT value FROM event_refs")))) == \
        sorted(["Front-Desk-PC-2", "Ana", log.device_id, "partner", "create"])
    assert store.query("SELECT name FROM partners ORDER BY name") == [("Clinic",),
                                                                     ("Food bank",)]


def test_a_device_or_author_that_is_not_text_is_kept_as_it_came(tmp_path: Path) -> None:
    """Such a value (a malformed snapshot's, or one an upgrade found in an old log) is
    numbered as it is, as the log kept it before, not dropped or read as no one."""
    store = Store.create(tmp_path / "s.db", os.urandom(32))
    install_hooks()
    log = EventLog(store)
    odd = Event(new_id(), log.clock.now(), 7, 5, "partner", new_id(),  # type: ignore[arg-type]
                "create", {"fields": {"name": "Food bank"}})
    with store.transaction() as conn:
        assert apply_events(conn, [odd], origin="remote") == 1
    assert store.query("SELECT device, user_id FROM events") == [(7, 5)]


def test_a_device_that_sqlite_cannot_hold_fails_the_batch_and_writes_nothing(
        tmp_path: Path) -> None:
    # A malformed snapshot's row could carry a list where a device belongs: it has no
    # number, the insert refuses it, and the transaction leaves the log as it was.
    store = Store.create(tmp_path / "s.db", os.urandom(32))
    install_hooks()
    log = EventLog(store)
    plain = Event(new_id(), log.clock.now(), log.device_id, None, "partner", new_id(),
                  "create", {"fields": {"name": "Clinic"}})
    odd = Event(new_id(), log.clock.now(), ["Front-Desk-PC-2"], None,  # type: ignore[arg-type]
                "partner", new_id(), "create", {"fields": {"name": "Food bank"}})
    with pytest.raises(sqlcipher.InterfaceError), store.transaction() as conn:
        apply_events(conn, [plain, odd], origin="remote")
    assert store.query("SELECT count(*) FROM event_log") == [(0,)]
    assert store.query("SELECT count(*) FROM partners") == [(0,)]


@pytest.mark.parametrize("lost", [bytes.fromhex("f" * 32), "partner", "create"],
                         ids=["author", "kind", "operation"])
def test_an_event_whose_author_or_kind_has_no_number_is_named_by_the_integrity_check(
        tmp_path: Path, lost: object) -> None:
    store = Store.create(tmp_path / "s.db", os.urandom(32))
    install_hooks()
    log = EventLog(store)
    event = Event(new_id(), log.clock.now(), log.device_id, "f" * 32, "partner", new_id(),
                  "create", {"fields": {"name": "Food bank"}})
    with store.transaction() as conn:
        apply_events(conn, [event], origin="remote")
    assert store.integrity_problems() == []
    with store.transaction() as conn:  # a defect, not tampering: the pages are authenticated
        conn.execute("DELETE FROM event_refs WHERE value = ?", (lost,))
    [problem] = store.integrity_problems()
    assert problem.code == "store.broken-link"
    assert problem.params == {"table": "event_log", "row": 1, "parent": "event_refs"}


def unpack_all(rows: list[tuple[object, ...]]) -> list[str | None]:
    return [unpack(r[0]) for r in rows]  # type: ignore[arg-type]


# The log's columns in schema 7 (schema 10 added the caseload batch's).
_V7_COLUMNS = "seq, id, hlc, device, user_id, entity, entity_id, op, data, scope, origin"


def test_upgrading_a_previous_store_keeps_its_log_as_it_was(tmp_path: Path) -> None:
    workspace, creds = copy_released(7, tmp_path)
    old = open_unmigrated(workspace, creds)
    try:
        assert old.user_version() == 7
        before = old.query(f"SELECT {_V7_COLUMNS} FROM events ORDER BY seq")
        numbered = old.query("SELECT seq FROM sqlite_sequence WHERE name = 'events'")[0][0]
    finally:
        old.close()
    assert len(before) > 300

    session = workspace.sign_in(creds["username"], creds["passphrase"])
    try:
        store = session.store
        assert store.query(f"SELECT {_V7_COLUMNS} FROM events ORDER BY seq")[:len(before)] \
            == before
        assert store.query("SELECT count(*) FROM event_log WHERE typeof(id) != 'blob' OR "
                           "length(id) != 16 OR typeof(hlc) != 'blob'") == [(0,)]
        # Schema 12: each device and author a number, and each of them numbered once; 13:
        # kinds and operations too (kept as the digits of their numbers by the columns'
        # text affinity).
        assert store.query("SELECT count(*) FROM event_log WHERE typeof(device) != 'integer' "
                           "OR typeof(user_id) NOT IN ('integer', 'null') "
                           "OR entity GLOB '*[^0-9]*' OR op GLOB '*[^0-9]*'") == [(0,)]
        named = {v for row in before for v in (row[3], row[4], row[5], row[7])
                 if v is not None}
        assert sorted(unpack_all(store.query("SELECT value FROM event_refs"))) == sorted(named)
        client = session.clients.intake(ClientInput("Amara", "Osei"), confirmed_new=True)
        [(seq, entity_id)] = store.query(
            "SELECT seq, entity_id FROM events WHERE entity = 'client' ORDER BY seq DESC LIMIT 1")
        assert entity_id == client.id and seq > numbered
        # A lookup by id goes through the packed index and finds the old events too.
        manifest = (workspace.data_dir / "manifest.json").read_text(encoding="utf-8")
        case_id = json.loads(manifest)["case_ids"][0]
        assert session.cases.history(case_id)
    finally:
        session.close()

