"""The encrypted store: no plaintext on disk, migrations that back up and roll back, refusals."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from collabdesk.domain import ClientInput
from collabdesk.errors import MigrationError, StoreError
from collabdesk.services.session import Session
from collabdesk.store import db
from collabdesk.store.db import Store
from tests.core.conftest import Agency

SECRETS = ["Zanele", "Okonkwo-Whitfield", "5559876543", "kept in the lockbox under the sink",
           "eviction-letter-Okonkwo"]


def test_nothing_sensitive_reaches_disk_in_plaintext(agency: Agency, admin: Session) -> None:
    client = admin.clients.intake(ClientInput("Zanele", "Okonkwo-Whitfield",
                                              dob=dt.date(1984, 2, 29), phone="555 987 6543"))
    case = admin.cases.open_case(client.id, "Housing")
    admin.cases.add_note(case.id, "Spare key kept in the lockbox under the sink", sensitive=True)
    admin.cases.add_attachment(case.id, "letter.txt", b"eviction-letter-Okonkwo " * 50,
                               "text/plain")
    # Read the files while the store is open (WAL not yet checkpointed) and after closing.
    def scan() -> list[str]:
        leaks = []
        for path in Path(agency.workspace.data_dir).rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                for secret in SECRETS:
                    for encoding in ("utf-8", "utf-16-le"):
                        if secret.encode(encoding) in data:
                            leaks.append(f"{secret!r} in {path.name}")
        return leaks

    assert any(p.name.endswith("-wal") for p in agency.workspace.data_dir.iterdir())
    assert scan() == []
    admin.close()
    assert scan() == []


def test_wrong_key_is_refused_without_changing_the_file(tmp_path: Path) -> None:
    key = os.urandom(32)
    Store.create(tmp_path / "s.db", key).close()
    before = (tmp_path / "s.db").read_bytes()
    with pytest.raises(StoreError, match="could not be opened"):
        Store.open(tmp_path / "s.db", os.urandom(32))
    assert (tmp_path / "s.db").read_bytes() == before


def test_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    key = os.urandom(32)
    store = Store.create(tmp_path / "s.db", key)
    with store.transaction() as conn:
        conn.execute("PRAGMA user_version = 99")
    store.close()
    with pytest.raises(MigrationError, match="newer CollabDesk"):
        Store.open(tmp_path / "s.db", key)


def _with_extra_migration(monkeypatch: pytest.MonkeyPatch, sql: str) -> None:
    shipped = db.migrations()
    monkeypatch.setattr(db, "migrations", lambda: [*shipped, (shipped[-1][0] + 1,
                                                              "9999_test.sql", sql)])


def test_migration_backs_the_store_up_first(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    key = os.urandom(32)
    store = Store.create(tmp_path / "s.db", key)
    store.set_meta("marker", "before")
    store.close()
    current = db.schema_version()
    _with_extra_migration(monkeypatch, "CREATE TABLE extra (x INTEGER);")
    store = Store.open(tmp_path / "s.db", key)
    assert store.user_version() == db.schema_version() == current + 1
    store.close()
    backups = list((tmp_path / "backups").glob(f"pre-migration-v{current}-*.db"))
    assert len(backups) == 1
    old = Store.open(backups[0], key, migrate=False)  # encrypted with the same key
    assert old.get_meta("marker") == "before" and old.user_version() == current
    old.close()


def test_failed_migration_rolls_back_cleanly(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    key = os.urandom(32)
    store = Store.create(tmp_path / "s.db", key)
    store.close()
    current = db.schema_version()
    _with_extra_migration(monkeypatch, "CREATE TABLE half (x INTEGER);\nTHIS IS NOT SQL;")
    with pytest.raises(MigrationError, match="nothing was lost"):
        Store.open(tmp_path / "s.db", key)
    monkeypatch.undo()
    store = Store.open(tmp_path / "s.db", key)
    assert store.user_version() == current
    assert store.query("SELECT name FROM sqlite_master WHERE name = 'half'") == []
    store.close()


def test_pragmas_are_the_durable_ones(admin: Session) -> None:
    with admin.store.read() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        # SQLCipher 4 settings (compatibility 4): HMAC-SHA512 pages of 4 KiB.
        assert conn.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0] == "HMAC_SHA512"
        assert conn.execute("PRAGMA cipher_page_size").fetchone()[0] == "4096"


def test_none_and_bytes_bind_unchanged_through_the_registered_adapters(tmp_path: Path) -> None:
    # The adapters only make binding faster: a None is NULL, bytes a blob of the same
    # bytes, a bytes subclass and a bytearray still bind as they did.
    assert db.sqlcipher.adapters[(bytes, db.sqlcipher.PrepareProtocol)] is bytes
    assert db.sqlcipher.adapters[(type(None), db.sqlcipher.PrepareProtocol)] is db._null

    class Tagged(bytes):
        pass

    store = Store.create(tmp_path / "s.db", os.urandom(32))
    values = [None, b"", b"\x00id\xff" * 4, bytearray(b"\x01\x02"), Tagged(b"\x03")]
    with store.transaction() as conn:
        conn.execute("CREATE TABLE t(n INTEGER PRIMARY KEY, v)")
        conn.executemany("INSERT INTO t(v) VALUES (?)", [(v,) for v in values])
        conn.execute("INSERT INTO t(v) VALUES (:v)", {"v": None})
    rows = store.query("SELECT typeof(v), v FROM t ORDER BY n")
    assert rows == [("null", None), ("blob", b""), ("blob", b"\x00id\xff" * 4),
                    ("blob", b"\x01\x02"), ("blob", b"\x03"), ("null", None)]
    store.close()
