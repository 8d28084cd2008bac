"""Agency snapshots against a real hub process: a new laptop restores from the latest
snapshot instead of replaying the mailbox, ends in exactly the state a replaying laptop
reaches, resumes a cut restore, and refuses a damaged snapshot (replaying instead).

The source laptop is the demo agency (clients, cases, notes, attachments, referrals in every
state, consents, tasks) enrolled with the hub; parts are made small so a snapshot has many.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from collabdesk import syncmeta
from collabdesk.demo import build_demo
from collabdesk.domain import ClientInput
from collabdesk.store import bulk
from collabdesk.sync import envelope as envelope_mod
from collabdesk.sync import snapshot as snapshot_mod
from collabdesk.sync.client import HubRejected
from collabdesk.sync.engine import SyncEngine, SyncSetupError
from collabdesk.sync.engine.snapshots import Snapshots
from collabdesk.workspace import Workspace
from tests.e2e.conftest import (
    PASSPHRASE,
    Laptop,
    Network,
    create_agency,
    enrolment_code,
    hub_cli,
)
from tests.sync.hub.conftest import HubProcess, sqlite_hub

TODAY = dt.date(2026, 3, 16)
# Rows that differ between replicas by design: the log's local order and who pushes what.
_COMPARED = [t for t in snapshot_mod.TABLES if t != "events"]


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubProcess]:
    with sqlite_hub(tmp_path_factory, "snapshot-hub") as process:
        yield process


@pytest.fixture(scope="module")
def net(hub: HubProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Network]:
    with Network(hub, tmp_path_factory.mktemp("snapshot-laptops")) as network:
        yield network


@pytest.fixture(scope="module", autouse=True)
def small_parts() -> Iterator[None]:
    # Many parts from a small agency: a blob split across parts, resuming between parts.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(snapshot_mod, "PART_BYTES", 48 * 1024)
        yield


def _demo_laptop(net: Network, name: str) -> tuple[Laptop, str]:
    """The demo agency's store, enrolled as the first laptop of a new hub agency."""
    info = build_demo(net.tmp / name, clients=40, today=TODAY)
    ws = Workspace(net.tmp / name)
    session = ws.sign_in("admin", info.passphrase("admin"))
    laptop = Laptop(name, ws, session, SyncEngine(session))
    net.laptops.append(laptop)
    agency = create_agency(net.hub, f"Riverside {name}")
    laptop.engine.enroll(net.hub.base_url, enrolment_code(net.hub, agency), f"{name} laptop",
                         agency_id=agency)
    laptop.engine.snapshot_every_events = 0  # snapshots only when a test asks
    cases = laptop.session.store.query("SELECT id FROM cases ORDER BY id LIMIT 1")
    # An attachment larger than a blob piece and a part: it spans several parts.
    laptop.session.cases.add_attachment(cases[0][0], "scan.pdf", bytes(range(256)) * 6000)
    laptop.sync()
    return laptop, agency


def _join(net: Network, name: str, agency: str, approver: Laptop) -> Laptop:
    laptop = net.join(name, agency, f"user-{name.lower()}", approver=approver)
    laptop.engine.snapshot_every_events = 0
    return laptop


def _rows(laptop: Laptop, table: str) -> list[tuple[Any, ...]]:
    names = snapshot_mod.columns(laptop.session.store.conn)[table]
    return sorted(laptop.session.store.query(f"SELECT {', '.join(names)} FROM {table}"),
                  key=repr)


def _events(laptop: Laptop) -> set[tuple[Any, ...]]:
    return set(laptop.session.store.query(
        "SELECT id, hlc, device, user_id, entity, entity_id, op, data, scope FROM events"))


def _schema_indexes(laptop: Laptop) -> list[tuple[str, str]]:
    return [tuple(r) for r in laptop.session.store.query(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "ORDER BY name")]


def _check_indexes(source: Laptop, restored: Laptop) -> None:
    """The restored store has every index the source has (those put off while the rows
    went in were built at the end), and search and duplicate detection on it find what
    they find on the source, for every client."""
    assert _schema_indexes(restored) == _schema_indexes(source)
    assert restored.session.store.get_meta(bulk.DEFERRED) is None
    for client_id, given, family in source.session.store.query(
            "SELECT id, given_name, family_name FROM clients WHERE family_name != '' "
            "ORDER BY id LIMIT 25"):
        assert client_id in {h.id for h in restored.session.clients.search(family[:3])}
        original = source.session.clients.get(client_id)
        candidates = restored.session.clients.find_duplicates(ClientInput(
            given, family, dob=original.dob, phone=original.phone))
        assert client_id in {c.client.id for c in candidates}


@pytest.fixture(scope="module")
def agency(net: Network) -> tuple[Laptop, str, str]:
    """The demo agency with one snapshot made, and a change made after it."""
    source, agency_id = _demo_laptop(net, "Source")
    made = source.engine.make_snapshot()
    assert made.parts > 5 and made.events == source.session.store.query(
        "SELECT count(*) FROM events")[0][0]
    later = source.session.clients.intake(ClientInput("Zebedee", "Afterwards"),
                                          confirmed_new=True).id
    source.sync()
    return source, agency_id, later


def test_new_laptop_restores_from_the_snapshot_and_ends_like_the_source(
        agency: tuple[Laptop, str, str], net: Network, monkeypatch: pytest.MonkeyPatch) -> None:
    # (The demo's incoming referrals never passed through a mailbox, so this agency cannot
    # be restored by replaying the mailbox at all: only its snapshot carries them.)
    from collabdesk.store import db

    source, agency_id, later = agency
    info = source.engine.client().latest_snapshot(agency_id)
    assert info is not None
    fresh = _join(net, "Fresh", agency_id, source)
    fresh.session.store.take_changes()
    sized: list[int] = []
    real = db.Store.set_cache_kib
    monkeypatch.setattr(db.Store, "set_cache_kib",
                        lambda store, kib: (sized.append(kib), real(store, kib))[-1])
    collecting: list[bool] = []
    real_apply = Snapshots._apply_part
    monkeypatch.setattr(Snapshots, "_apply_part", lambda self, *args: (
        collecting.append(gc.isenabled()), real_apply(self, *args))[-1])
    report = fresh.sync()
    assert report.restored_from == info.snapshot_id
    # Written in with a lean page cache and no cycle collection, both as before afterwards.
    assert sized[:2] == [db.LEAN_CACHE_KIB, db.CACHE_KIB]
    assert fresh.session.store.query("PRAGMA cache_size")[0][0] == -db.CACHE_KIB
    assert collecting and not any(collecting) and gc.isenabled()
    # Rows came without events to describe them: the store says everything changed.
    assert fresh.session.store.take_changes().touches("everything")
    # Of the mailbox, only what came after the snapshot was pulled.
    assert report.envelopes_pulled == report.snapshot_behind <= 3
    assert not report.envelopes_rejected
    assert fresh.session.agency_id == source.session.agency_id
    assert fresh.session.clients.get(later).family_name == "Afterwards"

    for laptop in (fresh, source):  # the new laptop's own first events go round
        laptop.sync()
    for table in _COMPARED:
        assert _rows(fresh, table) == _rows(source, table), table
    assert _events(fresh) == _events(source)
    # The restored log's latest clock is kept, as every write of the log keeps it.
    assert fresh.session.store.query("SELECT max(hlc) FROM event_log") == \
        fresh.session.store.query("SELECT hlc FROM log_clock")
    # The parts carried the bodies as JSON; the restored log stores them compressed.
    assert fresh.session.store.query(
        "SELECT count(*) FROM event_log WHERE typeof(data) != 'blob'")[0][0] == 0
    # Nothing restored is pushed again as this laptop's own; the search indexes work.
    assert fresh.session.store.query(
        "SELECT count(*) FROM events WHERE origin = 'local' AND device != ?",
        (fresh.session.log.device_id,))[0][0] == 0
    _check_indexes(source, fresh)
    assert not fresh.session.store.query(
        "SELECT key FROM meta WHERE key LIKE 'sync_snapshot_part:%' OR key = ?",
        (syncmeta.SNAPSHOT,))
    assert fresh.session.store.query(
        "SELECT count(*) FROM audit WHERE action = 'sync.snapshot.restore'")[0][0] == 1

    # And a change made on the restored laptop reaches the others.
    mine = fresh.session.clients.intake(ClientInput("Restored", "Writer"),
                                        confirmed_new=True).id
    fresh.sync()
    source.sync()
    assert source.session.clients.get(mine).given_name == "Restored"


def test_a_cut_restore_resumes_where_it_stopped(agency: tuple[Laptop, str, str],
                                                net: Network,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    source, agency_id, later = agency
    # This laptop runs other matching rules than the maker: it indexes clients itself.
    monkeypatch.setattr(snapshot_mod, "INDEX_VERSION", "other-rules")
    laptop = _join(net, "Resumer", agency_id, source)
    steps: list[str] = []

    def progress(done: int, total: int, message: str) -> None:
        steps.append(message)

    def after(message: str, count: int) -> bool:
        return sum(1 for m in steps if m.startswith(message)) >= count

    # Cut while downloading (after 3 parts), then while applying (after 2 parts).
    first = laptop.engine.sync_once(progress, lambda: after("Downloading", 3))
    assert first.cancelled and not first.restored_from
    assert laptop.session.store.get_meta(syncmeta.CURSOR) is None
    assert not laptop.session.store.query("SELECT 1 FROM clients")
    second = laptop.engine.sync_once(progress, lambda: after("Restoring", 2))
    assert second.cancelled and not second.restored_from
    # The records' own indexes and the event log's by record wait for the last part (the
    # rows already in are still found); the transitions' are kept up to date as rows go
    # in, and so is the log's of this laptop's own events (the next round asks it first).
    names = {name for name, _sql in _schema_indexes(laptop)}
    assert "clients_by_name" not in names and "cases_assigned" not in names
    assert "events_entity" not in names and "transitions_entity" in names
    assert "events_local" in names
    assert laptop.session.store.get_meta(bulk.DEFERRED)
    assert laptop.session.store.query("SELECT count(*) FROM clients")[0][0] > 0
    info = laptop.engine.client().latest_snapshot(agency_id)
    assert info is not None  # every part was downloaded once, the cut did not restart it
    assert sum(1 for m in steps if m.startswith("Downloading")) == info.parts
    third = laptop.sync()
    assert third.restored_from and not third.cancelled
    assert laptop.session.clients.get(later).given_name == "Zebedee"
    assert _rows(laptop, "clients") == _rows(source, "clients")
    _check_indexes(source, laptop)


def test_a_damaged_snapshot_is_refused_and_the_mailbox_replayed(
        net: Network, hub: HubProcess) -> None:
    agency_id = create_agency(hub, "Plain Clinic")
    source = net.first_laptop("Plain", agency_id, "Plain Clinic", "paula")
    source.engine.snapshot_every_events = 0
    ids = [source.session.clients.intake(ClientInput(f"Person{i}", "Plain"),
                                         confirmed_new=True).id for i in range(5)]
    case = source.session.cases.open_case(ids[0], "Housing")
    source.session.cases.add_attachment(case.id, "scan.pdf", bytes(range(256)) * 1000)
    source.sync()
    made = source.engine.make_snapshot()
    assert made.parts >= 3
    listed = [line for line in hub_cli(hub, "agency", "list").splitlines()
              if line.startswith(agency_id)]
    assert len(listed) == 1 and " MiB " in listed[0]  # the operator sees what it takes
    hub_db = Path(hub.database_url.removeprefix("sqlite:///"))
    with sqlite3.connect(hub_db) as db:
        data = bytearray(db.execute("SELECT data FROM snapshot_parts WHERE snapshot_id = ? "
                                    "AND n = 2", (made.snapshot_id,)).fetchone()[0])
        data[len(data) // 2] ^= 0x01
        db.execute("UPDATE snapshot_parts SET data = ? WHERE snapshot_id = ? AND n = 2",
                   (bytes(data), made.snapshot_id))

    laptop = _join(net, "Doubter", agency_id, source)
    report = laptop.sync()
    assert not report.restored_from and not report.envelopes_rejected
    assert laptop.session.store.get_meta(syncmeta.SNAPSHOT_REFUSED) == made.snapshot_id
    assert not laptop.session.store.query(
        "SELECT 1 FROM meta WHERE key LIKE 'sync_snapshot_p%'")
    assert {r[0] for r in _rows(laptop, "clients")} == set(ids)
    attachment = laptop.session.cases.detail(case.id).attachments[0]
    assert laptop.session.cases.attachment_data(attachment.id) == bytes(range(256)) * 1000
    again = laptop.sync()  # the refused snapshot is not tried again
    assert not again.restored_from and again.envelopes_applied == 0


def test_snapshot_kinds_stay_out_of_the_mailbox_and_uploads_are_checked(
        agency: tuple[Laptop, str, str], net: Network, hub: HubProcess) -> None:
    source, agency_id, _ = agency
    engine = source.engine
    keys = engine.device_keys()
    assert keys is not None
    recipient = engine.trust.recipient(engine.trust.own_state())
    part = envelope_mod.seal_bytes(kind="snapshot-part", plain=b"{}", mailbox=agency_id,
                                   sender=keys, sender_agency=agency_id,
                                   recipients=[recipient], created_ms=1)
    client = engine.client()
    assert client.push(agency_id, [part])[0].reason == "wrong-kind"
    events = envelope_mod.seal(kind="events", batch={"v": 1, "events": []},
                               mailbox=agency_id, sender=keys, sender_agency=agency_id,
                               recipients=[recipient], created_ms=1)
    with pytest.raises(HubRejected) as wrong:
        client.put_snapshot_part(agency_id, "a" * 32, 0, events)
    assert wrong.value.reason == "wrong-kind"
    client.put_snapshot_part(agency_id, "b" * 32, 0, part)
    with pytest.raises(HubRejected) as incomplete:
        client.commit_snapshot(agency_id, "b" * 32, part, 2, None)
    assert incomplete.value.reason in ("incomplete", "wrong-kind")

    other = create_agency(hub, "Elsewhere Shelter")
    stranger = net.first_laptop("Stranger", other, "Elsewhere Shelter", "sam")
    with pytest.raises(HubRejected) as foreign:
        stranger.engine.client().latest_snapshot(agency_id)
    assert foreign.value.status == 403
    with pytest.raises(HubRejected) as foreign_part:
        stranger.engine.client().snapshot_part(agency_id, "b" * 32, 0)
    assert foreign_part.value.status == 403


def test_no_plaintext_of_the_agency_reaches_the_hub_in_a_snapshot(
        agency: tuple[Laptop, str, str], hub: HubProcess) -> None:
    source, _, _ = agency
    hub_db = Path(hub.database_url.removeprefix("sqlite:///"))
    raw = hub_db.read_bytes() + Path(f"{hub_db}-wal").read_bytes() \
        if Path(f"{hub_db}-wal").exists() else hub_db.read_bytes()
    names = source.session.store.query(
        "SELECT family_name FROM clients WHERE length(family_name) >= 5 LIMIT 20")
    notes = source.session.store.query("SELECT body FROM notes WHERE length(body) >= 12 "
                                       "LIMIT 20")
    assert names and notes
    for (text,) in names + notes:
        assert text.encode() not in raw, text


def test_a_laptop_makes_a_snapshot_when_the_last_one_is_far_behind(
        net: Network) -> None:
    source, agency_id = _demo_laptop(net, "Auto")  # its store is on the hub, no snapshot yet
    engine = source.engine
    engine.snapshot_every_events, engine.snapshot_min_envelopes = 50, 1
    made = source.sync().snapshot_made
    latest = engine.client().latest_snapshot(agency_id)
    assert made and latest is not None and latest.snapshot_id == made
    source.session.clients.intake(ClientInput("One", "More"), confirmed_new=True)
    source.sync()
    assert not source.sync().snapshot_made  # one event since: not worth another

    for i in range(30):  # 60 events (client and its first case note)
        client = source.session.clients.intake(ClientInput(f"Auto{i}", "Maker"),
                                                confirmed_new=True)
        source.session.cases.open_case(client.id, "Intake")
    again = source.sync().snapshot_made  # pushed, then snapshotted in the same round
    assert again and again != made

    source.session.clients.intake(ClientInput("Unsent", "Change"), confirmed_new=True)
    with pytest.raises(SyncSetupError, match="sync first"):
        engine.make_snapshot()

    # A change made while a round runs (here: as the snapshot's own pull reports progress,
    # after the round's push) puts the snapshot off to the next round; the round succeeds.
    for i in range(60):
        source.session.clients.intake(ClientInput(f"More{i}", "Maker"), confirmed_new=True)
    assert not source.sync().snapshot_made  # pushed after its pull: not yet behind
    source.session.clients.intake(ClientInput("One", "Last"), confirmed_new=True)
    steps: list[str] = []

    def progress(done: int, total: int, message: str) -> None:
        steps.append(message)
        if message.startswith("Received") and "Sending this laptop's changes" in steps \
                and "meanwhile" not in steps:
            steps.append("meanwhile")
            source.session.clients.intake(ClientInput("Typed", "Meanwhile"),
                                          confirmed_new=True)

    put_off = engine.sync_once(progress)
    assert "meanwhile" in steps and not put_off.snapshot_made
    assert source.session.sync_status.overview().last_error == ""
    assert source.sync().snapshot_made  # the next round, with nothing left to send


def _cli(laptop: Laptop, user: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, COLLABDESK_USER=user, COLLABDESK_PASSPHRASE=PASSPHRASE)
    return subprocess.run(
        [sys.executable, "-m", "collabdesk", *args, "--data-dir",
         str(laptop.workspace.data_dir)], capture_output=True, text=True, env=env,
        stdin=subprocess.DEVNULL, timeout=120, check=False)


def test_snapshot_and_restore_from_the_command_line(net: Network, hub: HubProcess) -> None:
    agency_id = create_agency(hub, "Command Line Clinic")
    source = net.first_laptop("Cli", agency_id, "Command Line Clinic", "cleo")
    source.engine.snapshot_every_events = 0
    client = source.session.clients.intake(ClientInput("Typed", "Command"), confirmed_new=True)
    source.sync()
    made = _cli(source, "cleo", "snapshot")
    assert made.returncode == 0, made.stderr
    assert "Uploaded snapshot" in made.stdout

    joiner = _join(net, "CliJoiner", agency_id, source)
    joiner.session.close()  # the command line signs in on its own
    synced = _cli(joiner, "user-clijoiner", "sync-now")
    assert synced.returncode == 0, synced.stderr
    assert "Restored the agency's records from its snapshot" in synced.stdout
    session = joiner.workspace.sign_in("user-clijoiner", PASSPHRASE)
    try:
        assert session.clients.get(client.id).family_name == "Command"
    finally:
        session.close()


def test_a_snapshot_replaced_while_downloading_gives_way_to_the_newest(
        net: Network, hub: HubProcess) -> None:
    agency_id = create_agency(hub, "Changing Clinic")
    source = net.first_laptop("Changer", agency_id, "Changing Clinic", "cora")
    source.engine.snapshot_every_events = 0
    for i in range(3):
        source.session.clients.intake(ClientInput(f"Early{i}", "Changer"), confirmed_new=True)
    someone = source.session.store.query("SELECT id FROM clients LIMIT 1")[0][0]
    case = source.session.cases.open_case(someone, "Files")
    source.session.cases.add_attachment(case.id, "scan.pdf", bytes(range(256)) * 1000)
    source.sync()
    first = source.engine.make_snapshot()
    laptop = _join(net, "Latecomer", agency_id, source)
    downloaded: list[int] = []
    cut = laptop.engine.sync_once(lambda done, total, message: downloaded.append(done),
                                  lambda: len(downloaded) >= 2)
    assert cut.cancelled and laptop.session.store.get_meta(syncmeta.SNAPSHOT)

    # Two newer snapshots meanwhile: the hub keeps the newest two, so the first is gone.
    late = source.session.clients.intake(ClientInput("Late", "Changer"), confirmed_new=True)
    source.sync()
    current = {source.engine.make_snapshot().snapshot_id,
               source.engine.make_snapshot().snapshot_id}  # at the same point: either will do
    report = laptop.sync()
    assert report.restored_from in current and first.snapshot_id not in current
    assert late.id in {r[0] for r in _rows(laptop, "clients")}
    assert _rows(laptop, "clients") == _rows(source, "clients")


def test_an_automatic_snapshot_goes_up_a_slice_per_round_and_survives_a_lost_link(
        net: Network, hub: HubProcess) -> None:
    agency_id = create_agency(hub, "Slow Link Clinic")
    source = net.first_laptop("Slow", agency_id, "Slow Link Clinic", "sol")
    ids = [source.session.clients.intake(ClientInput(f"Slow{i}", "Link"),
                                         confirmed_new=True).id for i in range(20)]
    case = source.session.cases.open_case(ids[0], "Files")
    # A photo does not compress: its parts take room on the wire.
    source.session.cases.add_attachment(case.id, "photo.jpg", os.urandom(300_000))
    source.sync()
    engine = source.engine
    engine.snapshot_every_events, engine.snapshot_min_envelopes = 10, 1
    engine.snapshot_upload_bytes = 100 * 1024  # about two parts a round
    url = engine.client().base_url
    uploaded: list[int] = []

    def link_goes(done: int, total: int, message: str) -> None:
        if message.startswith("Uploading"):
            uploaded.append(done)
            engine.client().base_url = "http://127.0.0.1:9"  # nothing listens there

    first = engine.sync_once(link_goes)  # sealed, one part up, then the link went
    assert not first.snapshot_made and uploaded == [1]
    assert source.session.store.get_meta("sync_snapshot_out")
    assert source.session.sync_status.overview().last_error == ""
    engine.client().base_url = url
    assert engine.client().latest_snapshot(agency_id) is None  # not offered half-made

    rounds, made = 0, ""
    while not made and rounds < 30:
        made = source.sync().snapshot_made
        rounds += 1
    assert made and rounds > 1
    latest = engine.client().latest_snapshot(agency_id)
    assert latest is not None and latest.snapshot_id == made
    assert not source.session.store.query(
        "SELECT 1 FROM meta WHERE key LIKE 'sync_snapshot_out%'")

    laptop = _join(net, "Patient", agency_id, source)
    assert laptop.sync().restored_from == made
    assert {r[0] for r in _rows(laptop, "clients")} >= set(ids)
