"""Upgrades: this version opens the store of every released version and loses nothing.

``tests/fixtures/stores/v<N>/`` holds a small store made by the release that introduced
schema N (``installer/make_fixture_store.py``). Each is copied, opened with the current code
through the real sign-in, and checked against its manifest. The migration path itself (a
backup before any migration, one transaction per step, a failed step leaving the store as it
was) is exercised with a stand-in for the next release's migration file, since the current
release is the first; and a store from a newer version is refused with a clear message.
"""

from __future__ import annotations

import errno
import json
import shutil
from pathlib import Path

import pytest

from collabdesk.backup import verify_backup
from collabdesk.domain import AuditEntry, ClientInput
from collabdesk.errors import MigrationError
from collabdesk.events.heads import decode_heads, recode
from collabdesk.events.ids import latest_clock
from collabdesk.events.log import EventLog
from collabdesk.events.projection import Event
from collabdesk.services import audit
from collabdesk.store import db
from collabdesk.store.db import Store, schema_version
from collabdesk.vault import Vault
from collabdesk.workspace import Workspace
from tests.support.fixture_stores import FIXTURES, copy_released, open_unmigrated

# In schema order (v10 after v9, not as text sorts).
RELEASED = sorted(FIXTURES.glob("v*/manifest.json"), key=lambda p: int(p.parent.name[1:]))


def _copy(fixture: Path, tmp_path: Path) -> tuple[Workspace, dict[str, object]]:
    data = tmp_path / fixture.name
    shutil.copytree(fixture, data)
    manifest = json.loads((fixture / "manifest.json").read_text(encoding="utf-8"))
    return Workspace(data), manifest


def _counts(store: Store, tables: list[str]) -> dict[str, int]:
    with store.read() as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def audit_entries(store: Store) -> list[AuditEntry]:
    with store.read() as conn:
        return audit.entries(conn, limit=10)


def test_there_is_a_fixture_for_the_current_schema() -> None:
    versions = {int(p.parent.name[1:]) for p in RELEASED}
    assert schema_version() in versions, (
        "Each schema change needs its fixture: run python installer/make_fixture_store.py")


@pytest.mark.parametrize("manifest_path", RELEASED, ids=lambda p: p.parent.name)
def test_every_released_store_opens_and_keeps_every_record(manifest_path: Path,
                                                           tmp_path: Path) -> None:
    workspace, manifest = _copy(manifest_path.parent, tmp_path)
    creds = manifest["sign_in"]
    assert isinstance(creds, dict)
    old_version = int(str(manifest["schema_version"]))
    session = workspace.sign_in(creds["username"], creds["passphrase"])
    try:
        store = session.store
        assert store.user_version() == schema_version()
        expected = manifest["counts"]
        assert isinstance(expected, dict)
        found = _counts(store, list(expected))
        for table, count in expected.items():
            if table == "audit":
                assert found[table] > count  # plus this sign-in
            else:
                assert found[table] == count, table
        with store.read() as conn:
            for table, key in (("clients", "client_ids"), ("cases", "case_ids")):
                ids = manifest[key]
                assert isinstance(ids, list)
                rows = conn.execute(
                    f"SELECT id FROM {table} WHERE id IN ({','.join('?' * len(ids))})",
                    ids).fetchall()
                assert len(rows) == len(ids)
        assert store.integrity_problems() == []
        assert session.agency_id == manifest["agency_id"]
        # The services read the upgraded store, not just the tables.
        client_ids = manifest["client_ids"]
        assert isinstance(client_ids, list)
        first = session.clients.get(client_ids[0])
        assert first.id == client_ids[0]
        # …including the search and duplicate-matching indexes, rebuilt if they changed.
        same = ClientInput(first.given_name, first.family_name, dob=first.dob)
        assert first.id in [c.client.id for c in session.clients.find_duplicates(same)]
        typed = f"{first.given_name} {first.family_name}"
        assert first.id in [h.id for h in session.clients.search(typed, limit=500)]
        # The audit trail still verifies: its hashes cover the same text, now stored packed.
        with store.read() as conn:
            assert audit.verify(conn) == []
            assert conn.execute("SELECT count(*) FROM audit WHERE typeof(hash) != 'blob' "
                                "OR length(hash) != 32").fetchone()[0] == 0
            # Transitions keep their clocks and actors as 16 bytes (schema 13).
            assert conn.execute("SELECT count(*) FROM transitions WHERE typeof(hlc) != 'blob' "
                                "OR typeof(actor) NOT IN ('blob', 'null')").fetchone()[0] == 0
            # Its times are 7 bytes each (schema 13), read back as the text they hash.
            assert conn.execute("SELECT count(*) FROM audit WHERE typeof(at) != 'blob' "
                                "OR length(at) != 7").fetchone()[0] == 0
        # …and reads back as hex, as the rest of the app knows its ids.
        assert ("auth.sign_in", session.user.id) in [(e.action, e.user_id)
                                                     for e in audit_entries(store)]
        # Every record's heads in today's spelling, the same versions as before the upgrade.
        with store.read() as conn:
            for stored, in conn.execute("SELECT _heads FROM clients UNION ALL "
                                        "SELECT _heads FROM cases"):
                assert isinstance(stored, bytes) and recode(stored, "client") == stored
        # Compacted after the upgrade: no page left free, no copy left behind.
        if old_version < schema_version():
            assert store.query("PRAGMA freelist_count") == [(0,)]
        assert not list(workspace.data_dir.glob("*.compacting"))
    finally:
        session.close()
    backups = sorted(workspace.backups_dir.glob("pre-migration-*.db"))
    if old_version < schema_version():
        assert backups, "an upgrade must back the store up before migrating"
        assert f"pre-migration-v{old_version}-" in backups[0].name
    else:
        assert backups == []  # nothing to migrate: no needless copy


def test_an_upgrade_gives_back_the_space_it_frees(tmp_path: Path) -> None:
    """Schema 10 shrinks every event body where it is; the compaction after the upgrade
    gives the space back (measured on the bench store in docs/performance.md)."""
    fixture = FIXTURES / "v9"
    workspace, manifest = _copy(fixture, tmp_path)
    creds = manifest["sign_in"]
    assert isinstance(creds, dict)
    before = workspace.store_path.stat().st_size
    session = workspace.sign_in(creds["username"], creds["passphrase"])
    try:
        session.store.checkpoint()
        pages, size = (int(session.store.query(f"PRAGMA {p}")[0][0])
                       for p in ("page_count", "page_size"))
        assert pages * size < before
        assert session.store.query("SELECT count(*) FROM events")[0][0] == \
            manifest["counts"]["events"]  # type: ignore[index]
    finally:
        session.close()


def test_with_too_little_disk_the_upgrade_is_not_compacted_and_nothing_is_lost(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    workspace, manifest = _copy(FIXTURES / "v9", tmp_path)
    creds = manifest["sign_in"]
    assert isinstance(creds, dict)
    # A copy left by a compaction cut short (the laptop lost power) is not the store.
    (workspace.data_dir / "store.db.compacting").write_bytes(b"half a copy")
    # Room for the pre-upgrade backup (its own check), none for the compacted copy after it.
    monkeypatch.setattr(db, "free_bytes", lambda folder: 0)
    session = workspace.sign_in(creds["username"], creds["passphrase"])
    try:
        assert session.store.user_version() == schema_version()
        assert "Not compacting the store" in caplog.text
        assert session.store.query("SELECT count(*) FROM events")[0][0] == \
            manifest["counts"]["events"]  # type: ignore[index]
        assert session.store.integrity_problems() == []
    finally:
        session.close()
    assert not list(workspace.data_dir.glob("*.compacting"))


NEXT_MIGRATION = (
    "-- stands in for the next release's migration\n"
    "CREATE TABLE upgrade_probe (id TEXT PRIMARY KEY, made_at TEXT NOT NULL);\n"
    "ALTER TABLE clients ADD COLUMN upgrade_probe_note TEXT NOT NULL DEFAULT '';\n"
    "INSERT INTO upgrade_probe (id, made_at) VALUES ('probe', '2026-07-01');\n"
)


def _with_next_migration(monkeypatch: pytest.MonkeyPatch, sql: str) -> int:
    """Ship one more migration file, as the next release will (the list is data)."""
    shipped = db.migrations()
    following = shipped[-1][0] + 1
    extra = (following, f"{following:04d}_upgrade_probe.sql", sql)
    monkeypatch.setattr(db, "migrations", lambda: [*shipped, extra])
    return following


def test_an_upgrade_backs_up_first_then_migrates_without_losing_data(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    workspace, manifest = _copy(RELEASED[-1].parent, tmp_path)
    creds = manifest["sign_in"]
    assert isinstance(creds, dict)
    before = workspace.store_path.read_bytes()
    new_version = _with_next_migration(monkeypatch, NEXT_MIGRATION)

    session = workspace.sign_in(creds["username"], creds["passphrase"])
    try:
        assert session.store.user_version() == new_version
        counts = manifest["counts"]
        assert isinstance(counts, dict)
        assert _counts(session.store, ["clients", "cases", "events"]) == {
            t: counts[t] for t in ("clients", "cases", "events")}
        assert session.store.query("SELECT id FROM upgrade_probe") == [("probe",)]
        key = session.store.key
    finally:
        session.close()

    [backup] = workspace.backups_dir.glob("pre-migration-v*.db")
    old = Store.open(backup, key, migrate=False)  # the untouched copy, same key
    try:
        assert old.user_version() == new_version - 1
        assert _counts(old, ["clients", "cases"]) == {t: counts[t] for t in ("clients", "cases")}
    finally:
        old.close()
    assert before != workspace.store_path.read_bytes()


def test_a_failing_migration_leaves_the_store_at_its_version(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    workspace, manifest = _copy(RELEASED[-1].parent, tmp_path)
    creds = manifest["sign_in"]
    assert isinstance(creds, dict)
    broken = NEXT_MIGRATION + "INSERT INTO no_such_table VALUES (1);\n"
    _with_next_migration(monkeypatch, broken)
    with pytest.raises(MigrationError, match="nothing was lost"):
        workspace.sign_in(creds["username"], creds["passphrase"])
    monkeypatch.undo()
    session = workspace.sign_in(creds["username"], creds["passphrase"])
    try:
        assert session.store.user_version() == schema_version()
        assert session.store.query(
            "SELECT name FROM sqlite_master WHERE name = 'upgrade_probe'") == []
        counts = manifest["counts"]
        assert isinstance(counts, dict)
        assert _counts(session.store, ["clients"]) == {"clients": counts["clients"]}
    finally:
        session.close()


def test_a_store_from_a_newer_version_is_refused_clearly(tmp_path: Path) -> None:
    workspace, manifest = _copy(RELEASED[-1].parent, tmp_path)
    creds = manifest["sign_in"]
    assert isinstance(creds, dict)
    session = workspace.sign_in(creds["username"], creds["passphrase"])
    with session.store.transaction() as conn:
        conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    session.close()
    before = workspace.store_path.read_bytes()

    with pytest.raises(MigrationError) as refused:
        workspace.sign_in(creds["username"], creds["passphrase"])
    message = str(refused.value)
    assert "newer CollabDesk" in message and "Install the newer version" in message
    assert workspace.store_path.read_bytes() == before  # not touched, not "downgraded"
    assert not list(workspace.backups_dir.glob("pre-migration-*"))


def test_a_backup_of_a_released_store_passes_the_restore_drill(tmp_path: Path) -> None:
    from collabdesk.backup import create_backup

    workspace, manifest = _copy(RELEASED[-1].parent, tmp_path)
    creds = manifest["sign_in"]
    assert isinstance(creds, dict)
    session = workspace.sign_in(creds["username"], creds["passphrase"])
    try:
        path = create_backup(session, tmp_path / "usb")
    finally:
        session.close()
    report = verify_backup(path, creds["username"], creds["passphrase"])
    assert report.ok
    counts = manifest["counts"]
    assert isinstance(counts, dict)
    assert report.clients == counts["clients"] and report.cases == counts["cases"]
    assert report.store_id == Vault.load(workspace.vault_path).store_id


def test_the_upgrades_of_heads_keep_every_records_versions(tmp_path: Path) -> None:
    workspace, creds = copy_released(10, tmp_path)
    kinds = {"clients": "client", "cases": "case", "needs": "need", "tasks": "task",
             "consents": "consent", "referrals": "referral", "users": "user"}
    old = open_unmigrated(workspace, creds)
    try:
        before = {(t, i): decode_heads(h, k) for t, k in kinds.items()
                  for i, h in old.query(f"SELECT id, _heads FROM {t}")}
    finally:
        old.close()
    assert len(before) > 50
    session = workspace.sign_in(creds["username"], creds["passphrase"])
    try:
        after = {(t, i): decode_heads(h, k) for t, k in kinds.items()
                 for i, h in session.store.query(f"SELECT id, _heads FROM {t}")}
        spelt = [h for h, in session.store.query("SELECT _heads FROM clients")]
    finally:
        session.close()
    assert after == before
    assert all(isinstance(h, bytes) for h in spelt)


def test_the_log_keeps_its_latest_clock_without_an_index_on_clocks(tmp_path: Path) -> None:
    # Schema 13 dropped the index on clocks: the latest one is kept in log_clock, by a
    # trigger on every insert, and a new event's clock still passes every clock seen.
    workspace, creds = copy_released(12, tmp_path)
    old = open_unmigrated(workspace, creds)
    try:
        (before,), = old.query("SELECT max(hlc) FROM event_log")
    finally:
        old.close()
    session = workspace.sign_in(creds["username"], creds["passphrase"])
    try:
        store = session.store
        assert store.query("SELECT hlc FROM log_clock") == [(before,)]
        assert not store.query("SELECT 1 FROM sqlite_master WHERE name = 'events_hlc'")
        # An event from a laptop whose clock runs ahead (an hour): the latest clock now.
        ahead = session.log.clock.now()
        ahead = f"{int(ahead[:12], 16) + 3_600_000:012x}" + ahead[12:]
        with store.transaction() as conn:
            session.log.apply_remote(conn, [Event(
                "a" * 32, ahead, "d" * 32, None, "client", "c" * 32, "create",
                {"fields": {"given_name": "Ana", "family_name": "Ruiz"}})])
        assert latest_clock(store.conn) == ahead
        # A laptop reopening the store starts its clock past it.
        reopened = EventLog(store)
        assert reopened.clock.now() > ahead
        session.clients.intake(ClientInput("Bea", "Soto"), confirmed_new=True)
        assert store.query("SELECT max(hlc) FROM event_log") == \
            store.query("SELECT hlc FROM log_clock")
    finally:
        session.close()


def test_a_disk_that_fills_during_the_compaction_leaves_the_upgraded_store_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    workspace, manifest = _copy(FIXTURES / "v9", tmp_path)
    creds = manifest["sign_in"]
    assert isinstance(creds, dict)
    backup_to = db.Store._backup_to

    def fills_on_the_copy(store: Store, target: Path) -> None:
        if target.name.endswith(".compacting"):
            raise OSError(errno.ENOSPC, "No space left on device")
        backup_to(store, target)  # the pre-upgrade backup still goes through

    monkeypatch.setattr(db.Store, "_backup_to", fills_on_the_copy)
    session = workspace.sign_in(creds["username"], creds["passphrase"])
    try:
        assert session.store.user_version() == schema_version()
        assert "the disk filled up" in caplog.text
        assert session.store.integrity_problems() == []
        assert session.store.query("SELECT count(*) FROM events")[0][0] == \
            manifest["counts"]["events"]  # type: ignore[index]
    finally:
        session.close()
    assert not list(workspace.data_dir.glob("*.compacting"))
