"""The event log stores each event's body compressed with a shipped dictionary.

What matters: the body read back is the very JSON that was written (any text), the shipped
dictionary never changes (a store written with it must read for ever), the log really holds
the compressed form, the ``events`` view and the app's reads see JSON, and a store of the
previous schema comes out of its upgrade with the same bodies and its caseload batches
still found by their index.
"""

from __future__ import annotations

import hashlib
import json
import os
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from collabdesk.domain import ClientInput
from collabdesk.events import bodies
from collabdesk.events.ids import pack as pack_id
from collabdesk.events.ids import sql_number
from collabdesk.events.jsontext import compact
from collabdesk.services.session import Session
from tests.support.fixture_stores import copy_released, open_unmigrated

# Dictionary 1 as shipped: if this changes, stores written with it can no longer be read.
DICTIONARY_1_SHA256 = "354477c2140138ef4d83129b907733caf0e5be0cf89a4064ffacf0d1e1d5f41d"

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12)


def test_the_shipped_dictionary_is_the_one_stores_were_written_with() -> None:
    data = resources.files("collabdesk.events").joinpath("body_dictionary_1.zstd").read_bytes()
    assert hashlib.sha256(data).hexdigest() == DICTIONARY_1_SHA256


@given(st.text())
def test_any_text_comes_back_as_it_was_written(text: str) -> None:
    stored = bodies.pack(text)
    assert stored[0] == 1 and bodies.unpack(stored) == text
    assert bodies.unpack(bytes(stored)) == text  # as the driver hands a blob back


@given(JSON_VALUES)
def test_json_bodies_come_back_identical(value: object) -> None:
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert bodies.unpack(bodies.pack(text)) == text


def test_text_from_before_the_compression_is_read_as_it_is() -> None:
    assert bodies.unpack('{"fields":{}}') == '{"fields":{}}'
    assert bodies.unpack(None) is None


def test_the_log_holds_compressed_bodies_and_every_read_sees_json(admin: Session) -> None:
    client = admin.clients.intake(
        ClientInput("Amara", "Osei", phone="555-0101", address="12 Harbour Road"),
        confirmed_new=True)
    case = admin.cases.open_case(client.id, "Housing support")
    admin.cases.add_note(case.id, "Called the landlord about the repairs; visit on Monday.")
    stored = admin.store.query(
        "SELECT data, event_body(data) FROM event_log WHERE entity = "
        + sql_number("'client'") + " AND entity_id = ?", (pack_id(client.id),))
    [(blob, text)] = stored
    assert isinstance(blob, bytes) and blob[0] == 1
    assert len(blob) < len(text.encode()) * 0.8
    assert json.loads(text)["fields"]["family_name"] == "Osei"
    # The view, which every other read uses, shows the same JSON.
    assert admin.store.query("SELECT data FROM events WHERE entity = 'client' AND "
                             "entity_id = ?", (client.id,)) == [(text,)]
    # None of the bodies is left as text, and a history read decodes them.
    assert admin.store.query("SELECT count(*) FROM event_log WHERE typeof(data) != 'blob'"
                             ) == [(0,)]
    assert "Added a note" in [h.summary for h in admin.cases.history(case.id)]


def test_an_upgraded_store_keeps_its_bodies_and_finds_its_batches(tmp_path: Path) -> None:
    workspace, creds = copy_released(9, tmp_path)
    old = open_unmigrated(workspace, creds)
    try:
        assert old.user_version() == 9
        # An event from a caseload import, as schema 9 kept it: the batch only in the JSON.
        with old.transaction() as conn:
            latest = conn.execute("SELECT max(hlc) FROM event_log").fetchone()[0]
            conn.execute(
                "INSERT INTO event_log(id, hlc, device, entity, entity_id, op, data) VALUES "
                "(?, ?, ?, 'partner', ?, 'create', ?)",
                (os.urandom(16), latest, os.urandom(16), os.urandom(16),
                 json.dumps({"batch": "b" * 32, "fields": {"name": "Food bank"}})))
        before = old.query("SELECT seq, data FROM events ORDER BY seq")
    finally:
        old.close()
    assert len(before) > 300

    session = workspace.sign_in(creds["username"], creds["passphrase"])
    try:
        store = session.store
        assert store.user_version() >= 10
        assert store.query("SELECT seq, data FROM events ORDER BY seq")[:len(before)] == before
        assert store.query("SELECT count(*) FROM event_log WHERE typeof(data) != 'blob'"
                           ) == [(0,)]
        assert store.query("SELECT count(*) FROM events WHERE batch = ?", ("b" * 32,)) == [(1,)]
        plan = " ".join(str(r[-1]) for r in store.query(
            "EXPLAIN QUERY PLAN SELECT seq FROM events WHERE batch = ?", ("b" * 32,)))
        assert "events_batch" in plan
        # New events after the upgrade are written compressed and read back.
        client = session.clients.intake(ClientInput("Lena", "Park"), confirmed_new=True)
        assert json.loads(store.query(
            "SELECT data FROM events WHERE entity_id = ?", (client.id,))[0][0]
        )["fields"]["given_name"] == "Lena"
    finally:
        session.close()


def test_a_damaged_body_is_named_by_the_integrity_check(admin: Session) -> None:
    client = admin.clients.intake(ClientInput("Amara", "Osei"), confirmed_new=True)
    [(seq, stored)] = admin.store.query(
        "SELECT seq, data FROM event_log WHERE entity = " + sql_number("'client'")
        + " AND entity_id = ?", (pack_id(client.id),))
    with pytest.raises(bodies.BodyDamaged):
        bodies.unpack(stored[:-3])  # cut short
    assert admin.store.integrity_problems() == []
    with admin.store.transaction() as conn:
        conn.execute("UPDATE event_log SET data = ? WHERE seq = ?", (stored[:-3], seq))
    [problem] = admin.store.integrity_problems()
    assert problem.english() == (f"Event {seq} of the event log cannot be read: its stored "
                                 "contents are damaged.")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=20)


@given(JSON_VALUES)
def test_a_body_is_written_as_the_standard_encoder_writes_it(value: object) -> None:
    """The log's one encoder, made once, writes every value as ``json`` itself would with
    the same options: a body or heads written by an older version compare equal."""
    expected = json.JSONEncoder(sort_keys=True, separators=(",", ":"),
                                ensure_ascii=False).encode(value)
    assert compact(value) == expected
