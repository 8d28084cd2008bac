"""Unit-level pieces of the sync engine: batching, backoff, offline bundles, cursor loss,
cancelling between envelopes, all-or-nothing application of one envelope, and a round's
store work going through its db executor.

Pure pieces are tested directly; the rest runs against a real hub process on loopback and
real encrypted stores (one agency with two laptops, and a partner agency with one).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import pytest

from collabdesk import syncmeta
from collabdesk.changes import DELIVERY
from collabdesk.domain import ClientInput
from collabdesk.events import hlc
from collabdesk.events.projection import Event
from collabdesk.sync import batch as batching
from collabdesk.sync import envelope as envelope_mod
from collabdesk.sync.backoff import Scheduler, backoff_delay
from collabdesk.sync.bundle import (
    BundleError,
    export_bundle,
    import_bundle,
    read_bundle,
    write_bundle,
)
from collabdesk.sync.engine import SyncEngine, WaitingForKey
from collabdesk.sync.engine import outbox as outbox_mod
from tests.e2e.conftest import Laptop, Network, create_agency
from tests.sync.hub.conftest import HubProcess, sqlite_hub

# -- batching ---------------------------------------------------------------------------------


def _event(i: int, entity: str = "note", data: dict[str, object] | None = None) -> Event:
    return Event(f"e{i:05d}", f"{i:013d}:0000:dev", "dev", "u", entity, f"x{i}", "append",
                 data or {"fields": {"body": f"note {i}"}})


def test_event_batches_respect_count_and_keep_order() -> None:
    rows = [(i, _event(i)) for i in range(1, 4501)]
    batches = list(batching.plan_event_batches(rows, lambda d: None, max_events=2000))
    assert [len(b.events) for b in batches] == [2000, 2000, 500]
    assert [b.last_seq for b in batches] == [2000, 4000, 4500]
    ids = [e["id"] for b in batches for e in b.events]
    assert ids == [f"e{i:05d}" for i in range(1, 4501)]


def test_large_blob_is_split_into_parts_sent_before_its_event() -> None:
    blob = bytes(range(256)) * 40  # 10 KiB
    digest = hashlib.sha256(blob).hexdigest()
    attach = _event(2, "attachment", {"fields": {"sha256": digest, "case_id": "c"}})
    rows = [(1, _event(1)), (2, attach), (3, _event(3))]
    batches = list(batching.plan_event_batches(
        rows, {digest: blob}.get, max_json=6000, part_bytes=4096))
    assert len(batches) > 1
    seen_parts: list[batching.BlobPart] = []
    for b in batches:
        events, parts = batching.read_event_batch(
            envelope_mod.loads_json(envelope_mod.canonical_json(b.payload())))
        seen_parts += parts
        if any(e.entity == "attachment" for e in events):
            assert batching.assemble_blob(seen_parts) == blob  # complete by then
    assert batches[-1].last_seq == 3
    # A part-only batch does not claim events it does not carry.
    assert all(b.last_seq <= 3 for b in batches)
    with pytest.raises(batching.BatchError):
        bad = [batching.BlobPart(digest, 0, 1, b"not the blob")]
        batching.assemble_blob(bad)


def test_a_batch_body_joined_from_its_events_is_its_canonical_json() -> None:
    blob = bytes(range(256)) * 4
    digest = hashlib.sha256(blob).hexdigest()
    rows = [(1, _event(1, data={"fields": {"body": "é\u2028", "weight": 70.5, "n": None}})),
            (2, _event(2, "attachment", {"fields": {"sha256": digest, "case_id": "c"}})),
            (3, _event(3))]
    batches = list(batching.plan_event_batches(rows, {digest: blob}.get, max_events=2))
    assert [len(b.events) for b in batches] == [2, 1] and batches[0].blob_parts
    for b in batches:
        assert b.payload_json() == envelope_mod.canonical_json(b.payload())
    by_hand = batching.EventBatch([_event(4).to_wire()], [], 4)  # no encodings kept
    assert by_hand.payload_json() == envelope_mod.canonical_json(by_hand.payload())


def test_an_undone_import_travels_its_retract_events() -> None:
    retract = Event("e00009", "0000000000009:0000:dev", "dev", "u", "client", "c1", "retract",
                    {"batch": "import-1"})
    batches = list(batching.plan_event_batches([(9, retract)], lambda d: None))
    events, _parts = batching.read_event_batch(
        envelope_mod.loads_json(envelope_mod.canonical_json(batches[0].payload())))
    assert events == [retract]
    unknown = {**retract.to_wire(), "op": "delete"}
    with pytest.raises(batching.BatchError, match="unknown operation"):
        batching.read_event_batch({"v": 1, "events": [unknown]})


def test_malformed_batches_are_refused() -> None:
    for bad in ({"v": 2, "events": []}, {"v": 1, "events": "x"}, {"v": 1, "events": [{}]},
                {"v": 1, "events": [], "blobs": [{"sha256": "x", "part": 0, "parts": 1,
                                                  "data": "AA"}]}):
        with pytest.raises(batching.BatchError):
            batching.read_event_batch(bad)
    with pytest.raises(batching.BatchError):
        batching.read_message_batch({"v": 1, "messages": [{"id": "1", "kind": "other",
                                                           "payload": {}}]})


# -- backoff ----------------------------------------------------------------------------------


def test_backoff_is_exponential_capped_and_jittered() -> None:
    top = [backoff_delay(n, base=5, cap=300, rand=lambda: 1.0) for n in range(8)]
    assert top == [5, 10, 20, 40, 80, 160, 300, 300]
    assert backoff_delay(3, rand=lambda: 0.0) == 0.0
    assert backoff_delay(2, base=5, rand=lambda: 0.5) == 10.0
    with pytest.raises(ValueError):
        backoff_delay(-1)


def test_scheduler_interval_after_success_backoff_when_offline_and_stop() -> None:
    now = [1000.0]
    sched = Scheduler(interval=300, base=5, cap=60, clock=lambda: now[0], rand=lambda: 1.0)
    assert sched.is_due()
    sched.record_unreachable()
    assert sched.due_in() == 5
    sched.record_unreachable()
    sched.record_unreachable()
    assert sched.due_in() == 20
    now[0] += 19
    assert not sched.is_due()
    now[0] += 1
    assert sched.is_due()
    sched.record_success()
    assert sched.due_in() == 300 and sched.failures == 0
    sched.request_now()
    assert sched.is_due()
    sched.stop()
    assert sched.due_in() is None and not sched.is_due()
    sched.record_success()
    assert sched.due_in() is None


# -- against a real hub -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubProcess]:
    with sqlite_hub(tmp_path_factory, "engine-hub") as process:
        yield process


@pytest.fixture(scope="module")
def net(hub: HubProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Network]:
    with Network(hub, tmp_path_factory.mktemp("engine-laptops")) as network:
        yield network


@pytest.fixture(scope="module")
def pair(net: Network) -> tuple[Laptop, Laptop]:
    agency = create_agency(net.hub, "Eastside Clinic")
    first = net.first_laptop("E1", agency, "Eastside Clinic", "erin")
    second = net.join("E2", agency, "eli", approver=first)
    first.sync()
    second.sync()
    return first, second


def _intake(laptop: Laptop, given: str) -> str:
    return laptop.session.clients.intake(
        ClientInput(given, "Tester", dob=dt.date(1985, 1, 2)), confirmed_new=True).id


def _client_ids(laptop: Laptop) -> set[str]:
    return {r[0] for r in laptop.session.store.query("SELECT id FROM clients")}


def _three_groups_behind(sender: Laptop, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Three clients pushed in three envelopes, each its receiver's group of its own: a
    pull of them is a catch-up. Their ids."""
    from collabdesk.sync.engine import inbox

    monkeypatch.setattr(inbox, "APPLY_GROUP_EVENTS", 1)
    ids = []
    for name in ("Behind", "Further", "Furthest"):
        ids.append(_intake(sender, name))
        sender.sync()
    return ids


def test_bundle_round_trip_between_sibling_laptops(pair: tuple[Laptop, Laptop], net: Network,
                                                   tmp_path: Path) -> None:
    e1, e2 = pair
    client_id = _intake(e1, "Bundled")
    path = tmp_path / "stick" / "e1.cdbundle"
    exported = export_bundle(e1.session, path, engine=e1.engine)
    assert exported.envelopes >= 1 and exported.events >= 1
    header, envelopes = read_bundle(path)
    assert header["sender_agency"] == e1.engine.hub_agency_id and len(envelopes) == \
        exported.envelopes
    assert b"Bundled" not in path.read_bytes()  # sealed: no plaintext on the stick

    report = import_bundle(e2.session, path, engine=e2.engine)
    assert report.applied == exported.envelopes and not report.rejected
    assert client_id in _client_ids(e2)
    again = import_bundle(e2.session, path, engine=e2.engine)
    assert again.applied == 0 and again.skipped == exported.envelopes

    # The same changes still go to the hub at the next sync (nothing was marked as sent).
    assert e1.sync().pushed_events >= 1

    damaged = tmp_path / "damaged.cdbundle"
    damaged.write_bytes(path.read_bytes()[:-10])
    with pytest.raises(BundleError, match="damaged or incomplete"):
        import_bundle(e2.session, damaged, engine=e2.engine)

    other = create_agency(net.hub, "Westside Shelter")
    w1 = net.first_laptop("W1", other, "Westside Shelter", "wes")
    with pytest.raises(BundleError, match="addressed to"):
        import_bundle(w1.session, path, engine=w1.engine)


def test_cursor_gone_resyncs_from_the_start_without_reapplying(
        pair: tuple[Laptop, Laptop]) -> None:
    e1, e2 = pair
    _intake(e1, "Before")
    e1.sync()
    e2.sync()
    clients_before = _client_ids(e2)
    e2.session.store.set_meta(syncmeta.CURSOR, "bm90LWEtdG9rZW4.AAAA")  # a token the hub refuses
    report = e2.sync()
    assert report.resynced
    assert report.envelopes_pulled > 0 and report.envelopes_applied == 0
    assert report.envelopes_skipped == report.envelopes_pulled
    assert _client_ids(e2) == clients_before
    assert e2.session.store.get_meta(syncmeta.CURSOR) != "bm90LWEtdG9rZW4.AAAA"


def test_cancel_between_envelopes_leaves_nothing_half_done(
        pair: tuple[Laptop, Laptop]) -> None:
    e1, e2 = pair
    e2.sync()
    ids = []
    for name in ("One", "Two", "Three"):
        ids.append(_intake(e1, name))
        e1.sync()  # one envelope each
    cursor = e2.session.store.get_meta(syncmeta.CURSOR)
    received = [0]

    def progress(done: int, total: int, message: str) -> None:
        if message.startswith("Received"):
            received[0] += 1

    report = e2.engine.sync_once(progress=progress, cancelled=lambda: received[0] >= 1)
    assert report.cancelled and report.envelopes_applied == 1
    assert ids[0] in _client_ids(e2) and not {ids[1], ids[2]} & _client_ids(e2)
    assert e2.session.store.get_meta(syncmeta.CURSOR) == cursor  # the page was not finished

    rest = e2.sync()
    assert rest.envelopes_applied == 2 and rest.envelopes_skipped == 1
    assert set(ids) <= _client_ids(e2)


def test_a_catch_up_pull_runs_lean_and_without_cycle_collection_until_it_ends(
        pair: tuple[Laptop, Laptop], monkeypatch: pytest.MonkeyPatch) -> None:
    # A laptop catching up on a whole agency would fill its 128 MiB cache with pages written
    # once, and Python's cycle collector would walk the million objects it makes; an
    # ordinary pull (one group of events) leaves both alone.
    import gc

    from collabdesk.store import db
    from collabdesk.sync.engine import inbox

    e1, e2 = pair
    e2.sync()
    sized: list[int] = []
    real = db.Store.set_cache_kib

    def set_cache_kib(store: db.Store, kib: int) -> None:
        sized.append(kib)
        real(store, kib)

    collecting: list[bool] = []
    real_store = inbox.Inbox._store_incoming

    def store_incoming(self: inbox.Inbox, *args: Any) -> list[str]:
        collecting.append(gc.isenabled())
        return real_store(self, *args)

    monkeypatch.setattr(db.Store, "set_cache_kib", set_cache_kib)
    monkeypatch.setattr(inbox.Inbox, "_store_incoming", store_incoming)
    _intake(e1, "Ordinary")
    e1.sync()
    assert e2.sync().envelopes_applied == 1 and sized == [] and set(collecting) == {True}

    ids = _three_groups_behind(e1, monkeypatch)
    collecting.clear()
    assert e2.sync().envelopes_applied == 3 and set(ids) <= _client_ids(e2)
    assert sized == [db.LEAN_CACHE_KIB, db.CACHE_KIB]
    assert e2.session.store.query("PRAGMA cache_size")[0][0] == -db.CACHE_KIB
    assert collecting and not any(collecting) and gc.isenabled()


def test_a_catch_up_cut_by_the_hub_ends_lean_and_collecting(
        pair: tuple[Laptop, Laptop], monkeypatch: pytest.MonkeyPatch) -> None:
    # The hub goes away halfway through a catch-up: what was applied is kept, and the page
    # cache and the cycle collector are as they were before it.
    import gc

    from collabdesk import gcpause
    from collabdesk.store import db
    from collabdesk.sync.client import HubUnreachable
    from collabdesk.sync.engine import inbox

    e1, e2 = pair
    e2.sync()
    ids = _three_groups_behind(e1, monkeypatch)
    real = inbox.Inbox.receive
    calls: list[bool] = []

    def receive(self: inbox.Inbox, *args: Any, **kwargs: Any) -> Any:
        calls.append(gc.isenabled())
        if len(calls) == 3:
            raise HubUnreachable("hub.connection-cut", base_url="http://127.0.0.1:9")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(inbox.Inbox, "receive", receive)
    with pytest.raises(HubUnreachable):
        e2.sync()
    assert calls == [True, False, False]  # paused once the first group showed a catch-up
    assert gc.isenabled() and gcpause._depth == 0
    assert e2.session.store.query("PRAGMA cache_size")[0][0] == -db.CACHE_KIB
    assert set(ids[:2]) <= _client_ids(e2)


def test_a_push_finds_its_own_events_without_reading_the_pulled_ones(
        pair: tuple[Laptop, Laptop]) -> None:
    # A laptop that caught up on a whole agency after its own first events: its push (and
    # the waiting count) must not read every pulled event to find its own few.
    e1, e2 = pair
    case_id = e1.session.cases.open_case(_intake(e1, "Busy"), "Support").id
    with e1.session.store.transaction() as conn:
        writer = e1.session.log.writer(conn, e1.session.user.id)
        for n in range(3000):
            writer.create("note", {"case_id": case_id, "body": f"Called back {n}",
                                   "created_at": "2026-12-04T10:00:00Z"}, scope=case_id)
    e1.sync()
    e2.sync()
    store = e2.session.store
    pushed = int(store.query("SELECT max(seq) FROM events WHERE origin = 'local'")[0][0])
    _intake(e2, "Mine")
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    store.conn.set_progress_handler(count, 100)
    try:
        pages = list(e2.engine.outbox._local_event_pages(pushed))
    finally:
        store.conn.set_progress_handler(None, 100)
    assert [e.entity for _, e in pages[0]].count("client") == 1
    assert steps[0] < 20  # skipping 3,000 pulled rows takes some 90 (100 instructions each)


def test_an_envelope_that_fails_midway_is_rejected_whole(pair: tuple[Laptop, Laptop]) -> None:
    # The three envelopes arrive in one page and are applied in one transaction: the bad one
    # is undone alone, and the envelopes on either side of it stay applied.
    e1, e2 = pair
    e2.sync()
    device = "d" * 32

    def partner(i: int, name: str) -> Event:
        return Event(f"{i}" * 32, hlc.encode(1_790_000_000_000 + i, 0, device), device, None,
                     "partner",
                     f"{i}p".ljust(32, "p"), "create", {"fields": {"name": name}})

    good = partner(1, "Half Applied Partner")
    bad = Event("b" * 32, hlc.encode(1_790_000_000_002, 0, device), device, None, "no-such-entity",
                "q" * 32, "create", {"fields": {}})
    own = e1.engine.hub_agency_id
    keys = e1.engine.device_keys()
    assert keys is not None
    state = e1.engine.chain_state(own)
    assert state is not None
    epoch, suite, public = state.current_agency_key()

    def seal(events: list[Event]) -> bytes:
        return envelope_mod.seal(kind="events", batch={"v": 1, "events": [
            e.to_wire() for e in events]}, mailbox=own, sender=keys, sender_agency=own,
            recipients=[(own, epoch, suite, public)], created_ms=1)

    before, after = partner(3, "Applied Before"), partner(4, "Applied After")
    pushed = e1.engine.client().push(own, [seal([before]), seal([good, bad]), seal([after])])
    assert all(p.ok for p in pushed)
    report = e2.sync()
    assert report.envelopes_applied == 2 and report.envelopes_rejected == 1
    assert report.rejections[0][1].startswith("apply-failed")
    assert not e2.session.store.query("SELECT 1 FROM partners WHERE id = ?", (good.entity_id,))
    names = {r[0] for r in e2.session.store.query("SELECT name FROM partners")}
    assert {"Applied Before", "Applied After"} <= names
    seen = e2.session.store.query("SELECT outcome, reason FROM sync_seen WHERE envelope_id = ?",
                                  (report.rejections[0][0],))
    assert seen and seen[0][0] == "rejected"


def test_own_envelopes_come_back_as_ids_unless_this_laptop_lost_them(
        pair: tuple[Laptop, Laptop], tmp_path: Path) -> None:
    from collabdesk.backup import create_backup, restore_backup
    from tests.e2e.conftest import PASSPHRASE

    e1, _ = pair
    e1.sync()
    backup = create_backup(e1.session, tmp_path / "backups")
    client_id = _intake(e1, "Sent After Backup")
    e1.sync()
    again = e1.sync()  # its own envelope is pulled back as an id: nothing to open
    assert again.envelopes_pulled == 1 and again.envelopes_skipped == 1
    assert again.envelopes_applied == 0 and again.bytes_received < 1000

    # The laptop is restored from the older backup: same device, but the intake is gone.
    # Its own envelope must then come back whole and be applied.
    e1.engine.close()
    e1.session.close()
    restore_backup(e1.workspace, backup, "erin", PASSPHRASE)
    e1.session = e1.workspace.sign_in("erin", PASSPHRASE)
    e1.engine = SyncEngine(e1.session)
    assert client_id not in _client_ids(e1)
    report = e1.sync()
    assert report.envelopes_applied >= 1
    assert client_id in _client_ids(e1)


def _hub_cli(net: Network, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "collabdesk.sync.hub", *args,
         "--database", net.hub.database_url],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


def test_hub_operator_imports_a_bundle_from_an_offline_laptop(
        pair: tuple[Laptop, Laptop], net: Network, tmp_path: Path) -> None:
    # The laptop cannot reach the hub; its changes travel on a stick to the hub's operator.
    e1, e2 = pair
    client_id = _intake(e1, "Carried By Hand")
    path = tmp_path / "stick" / "e1.cdbundle"
    exported = export_bundle(e1.session, path, engine=e1.engine)

    done = _hub_cli(net, "import-bundle", str(path))
    assert done.returncode == 0, done.stderr
    assert f"{exported.envelopes} envelope(s) stored" in done.stdout
    e2.sync()
    assert client_id in _client_ids(e2)
    again = _hub_cli(net, "import-bundle", str(path))
    assert again.returncode == 0 and f"{exported.envelopes} already here" in again.stdout
    assert e1.sync().pushed_events >= 1  # the laptop's own push later is a harmless duplicate

    # An envelope altered on the stick is refused by the hub, with the reason.
    header, envelopes = read_bundle(path)
    forged = bytearray(envelopes[0])
    forged[len(forged) // 2] ^= 0x01
    bad = tmp_path / "forged.cdbundle"
    write_bundle(bad, header, [bytes(forged)])
    refused = _hub_cli(net, "import-bundle", str(bad))
    assert refused.returncode == 1 and "0 envelope(s) stored" in refused.stdout
    assert "refused" in refused.stderr and ": bad-" in refused.stderr


def test_a_laptop_whose_clock_is_an_hour_off_learns_the_hubs_time(
        pair: tuple[Laptop, Laptop]) -> None:
    e1, e2 = pair
    client = e2.engine.client()
    client.clock = lambda: time.time() + 3600  # the laptop's clock is an hour fast
    client_id = _intake(e1, "Clock Skew")
    e1.sync()
    report = e2.sync()  # the first request is refused as stale; the retry is in step
    assert report.envelopes_applied >= 1 and client_id in _client_ids(e2)
    assert abs(client.clock_offset + 3600) < 60


def test_a_pull_stopped_by_a_missing_key_keeps_what_it_had_opened(net: Network) -> None:
    # One page holds an envelope sealed before a laptop was removed (epoch 0) and one
    # sealed after (epoch 1). A sibling whose epoch-1 grant has not reached the hub yet
    # stops at the second, but keeps the first, and takes the rest once the grant is there.
    agency = create_agency(net.hub, "Northside Outreach")
    first = net.first_laptop("N1", agency, "Northside Outreach", "nia")
    sibling = net.join("N2", agency, "noor", approver=first)
    leaving = net.join("N3", agency, "ned", approver=first)
    for laptop in (sibling, leaving):
        laptop.sync()
    before = _intake(first, "Sealed Before")
    first.sync()
    first.engine.revoke(leaving.device_id)
    after = _intake(first, "Sealed After")
    first.sync()

    grants = net.hub.engine
    with grants.begin() as conn:
        held = conn.exec_driver_sql(
            "SELECT device_id, epoch, agency_id, blob, granted_by, created_at FROM grants "
            "WHERE device_id = ? AND epoch = 1", (sibling.device_id,)).fetchall()
        assert len(held) == 1
        conn.exec_driver_sql("DELETE FROM grants WHERE device_id = ? AND epoch = 1",
                             (sibling.device_id,))
    cursor = sibling.session.store.get_meta(syncmeta.CURSOR)
    with pytest.raises(WaitingForKey):
        sibling.sync()
    assert before in _client_ids(sibling) and after not in _client_ids(sibling)
    assert sibling.session.store.get_meta(syncmeta.CURSOR) == cursor  # the page is not done
    assert "share the current agency key" in sibling.session.sync_status.overview().last_error

    with grants.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO grants(device_id, epoch, agency_id, blob, granted_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)", tuple(held[0]))
    report = sibling.sync()
    assert after in _client_ids(sibling) and report.envelopes_applied >= 1
    assert sibling.session.store.get_meta(syncmeta.CURSOR) != cursor


# -- the db executor -------------------------------------------------------------------------

T = TypeVar("T")
_STORE_ACCESS = ("read", "transaction", "get_meta", "set_meta", "query", "savepoint",
                 "note_changes", "user_version")


class _DbThread:
    """A db executor as the desktop's: each step runs on one thread of its own."""

    def __init__(self) -> None:
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-lane")
        self.steps = 0

    def __call__(self, step: Callable[[], T]) -> T:
        if threading.current_thread().name.startswith("db-lane"):
            return step()  # a step inside a step
        self.steps += 1
        return self.pool.submit(step).result()


def _watch_store(laptop: Laptop) -> tuple[list[str], Callable[[], None]]:
    """Note every use of the laptop's store off the db thread; → (uses, undo)."""
    store = laptop.session.store
    wrong: list[str] = []

    def watched(name: str) -> Callable[..., Any]:
        method = getattr(store, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            if not threading.current_thread().name.startswith("db-lane"):
                wrong.append(name)
            return method(*args, **kwargs)
        return call

    for name in _STORE_ACCESS:
        setattr(store, name, watched(name))  # shadows the method on this instance only

    def undo() -> None:
        for name in _STORE_ACCESS:
            delattr(store, name)
    return wrong, undo


def test_a_round_touches_the_store_only_through_its_db_executor(
        pair: tuple[Laptop, Laptop]) -> None:
    e1, e2 = pair
    e1.sync()
    pulled = _intake(e2, "Pulled")
    e2.sync()
    pushed = _intake(e1, "Pushed")
    s = e1.session
    partner = s.directory.add_partner("Gone Shelter", hub_agency_id="not-on-the-hub")
    service = s.directory.add_service(partner.id, "Beds", domains=("housing",))
    client_id = _intake(e1, "Referred")
    case_id = s.cases.open_case(client_id, "Support").id
    s.consents.record(client_id, scope=("name",), recipient=partner.id)
    referral = s.referrals.send(case_id, service.id, reason="A bed", fields=("name",)).id
    s.store.take_changes()

    db = _DbThread()
    engine = SyncEngine(s, db=db)
    requests_on: set[str] = set()
    engine.client().session.hooks["response"].append(
        lambda *_a, **_k: requests_on.add(threading.current_thread().name))
    wrong, undo = _watch_store(e1)
    try:
        report = engine.sync_once()
    finally:
        undo()
        engine.close()
        db.pool.shutdown()
    assert wrong == []  # every read and write of the round was a step on the db thread
    assert requests_on == {threading.current_thread().name}  # the requests were not
    assert db.steps > 5 and report.envelopes_applied >= 1 and report.messages_failed == 1
    assert report.pushed_events > 0 and pulled in _client_ids(e1)
    changes = s.store.take_changes()
    assert pulled in changes.ids_of("client")  # the pull, noted by the projection
    assert {pushed, referral} <= changes.ids_of(DELIVERY)  # pushed; the message failed


def test_chain_and_grants_owed_kept_by_two_callers_merge(pair: tuple[Laptop, Laptop]) -> None:
    e1, _e2 = pair
    state = e1.engine.state
    own = e1.engine.hub_agency_id
    wires = state.chain_wires(own)
    verified = e1.engine.chain_state(own)
    assert verified is not None and len(wires) >= 3
    # A caller that read the chain earlier keeps its shorter copy: the longer one stays,
    # and the cache is verified again from it.
    shorter = wires[:2]
    state.store_chain(own, shorter, verified)
    assert state.chain_wires(own) == wires
    assert e1.engine.chain_state(own) == verified

    state.change_grants_due(add=["dev-a", "dev-b"])
    state.change_grants_due(add=["dev-c"], done=["dev-a"])  # the other caller, meanwhile
    assert state.grants_due() == ["dev-b", "dev-c"]
    state.change_grants_due(done=["dev-b", "dev-c"])
    assert state.grants_due() == []



def test_a_push_fills_every_envelope_but_its_last_across_event_pages(
        pair: tuple[Laptop, Laptop], monkeypatch: pytest.MonkeyPatch) -> None:
    # Small limits stand for the real ones (pages of 5,000 events, envelopes of 2,000): a
    # page that is not a multiple of an envelope used to leave a short envelope behind.
    e1, e2 = pair
    e1.sync()
    e2.sync()
    sizes: list[int] = []
    plan = batching.plan_event_batches

    def small_batches(rows: Any, load_blob: Any, **kwargs: Any) -> Iterator[Any]:
        for b in plan(rows, load_blob, max_events=20, **kwargs):
            sizes.append(len(b.events))
            yield b

    monkeypatch.setattr(outbox_mod, "_EVENT_PAGE", 50)
    monkeypatch.setattr(batching, "plan_event_batches", small_batches)
    s = e1.session
    case_id = s.cases.open_case(_intake(e1, "Paged"), "Support").id
    with s.store.transaction() as conn:
        writer = s.log.writer(conn, s.user.id)
        for i in range(125):
            writer.create("note", {"case_id": case_id, "created_at": "2026-12-04T10:00:00Z",
                                   "body": f"paged note {i}"}, scope=case_id)
    pushed = int(s.store.get_meta(syncmeta.PUSHED_SEQ) or 0)
    waiting = s.store.query("SELECT count(*) FROM events WHERE origin = 'local' AND seq > ?",
                            (pushed,))[0][0]
    assert waiting > 100 and waiting % 20  # over two pages; a short last envelope

    report = e1.sync()
    assert report.pushed_events == waiting
    assert sizes == [20] * (waiting // 20) + ([waiting % 20] if waiting % 20 else [])
    assert report.envelopes_pushed == len(sizes)
    got = e2.sync()
    assert got.envelopes_applied == len(sizes)
    assert e2.session.store.query("SELECT count(*) FROM notes WHERE case_id = ?",
                                  (case_id,))[0][0] == 125
