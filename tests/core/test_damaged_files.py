"""Damaged or missing files: every way in says what is wrong and how to restore, in one line,
and leaves every file in the data folder exactly as it was (nothing rebuilt, nothing created).

The cases are real files damaged the way disks and people damage them: a store cut short, a
store emptied to 0 bytes, a store deleted beside its vault, a vault emptied, and backups with
a broken header or key slots. Each goes through the ``collabdesk`` command (as an IT volunteer
runs it) and through the workspace API the desktop uses.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from collabdesk.backup import MAGIC, create_backup, restore_backup, verify_backup
from collabdesk.errors import (
    BackupError,
    CollabDeskError,
    StoreDamaged,
    StoreError,
    TooManyAttempts,
    VaultError,
    WrongPassphrase,
)
from collabdesk.store import db
from collabdesk.store.db import PAGE_SIZE, Store
from collabdesk.vault import Vault
from collabdesk.workspace import Workspace
from tests.core.conftest import PASSPHRASES, Agency
from tests.support.required import unavailable

# What a reader must never see: Python's own words instead of ours.
PARSER_WORDS = ("Traceback", "Expecting", "line 1 column", "(char ", "JSONDecodeError",
                "struct.error", "unpack requires")


def snapshot(folder: Path) -> dict[str, str]:
    """Every file and folder under ``folder``, with each file's SHA-256."""
    return {
        str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest()
                                     if p.is_file() else "folder")
        for p in sorted(folder.rglob("*"))
    }


def run(*args: str, user: str = "admin",
        passphrase: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, COLLABDESK_USER=user,
               COLLABDESK_PASSPHRASE=passphrase or PASSPHRASES.get(user, ""))
    return subprocess.run([sys.executable, "-m", "collabdesk", *args], capture_output=True,
                          text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)


def assert_one_clear_line(done: subprocess.CompletedProcess[str], *expected: str) -> str:
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("collabdesk: "), done.stderr
    for word in PARSER_WORDS:
        assert word not in done.stderr
    for text in expected:
        assert text in done.stderr, done.stderr
    return done.stderr


def cut_short(ws: Workspace) -> None:
    size = ws.store_path.stat().st_size
    os.truncate(ws.store_path, size - 7)  # not on a page boundary


def emptied(ws: Workspace) -> None:
    ws.store_path.write_bytes(b"")


def deleted(ws: Workspace) -> None:
    ws.store_path.unlink()


DAMAGE: dict[str, tuple[Callable[[Workspace], None], str]] = {
    "cut short": (cut_short, "cut short (7 bytes missing from its last page)"),
    "0 bytes": (emptied, "is empty"),
    "missing": (deleted, "is missing"),
}
RESTORE_HINT = "Restore the store from a backup"


@pytest.fixture(params=sorted(DAMAGE))
def damaged(request: pytest.FixtureRequest, agency: Agency) -> tuple[Agency, str]:
    damage, words = DAMAGE[request.param]
    damage(agency.workspace)
    return agency, words


@pytest.mark.parametrize("command", [
    ["verify"], ["user", "list"], ["backup"], ["audit", "verify"], ["rotate-key"],
])
def test_every_command_reports_a_damaged_store_in_one_line_and_changes_nothing(
        damaged: tuple[Agency, str], command: list[str]) -> None:
    agency, words = damaged
    folder = agency.workspace.data_dir
    before = snapshot(folder)
    done = run(*command, "--data-dir", str(folder))
    assert_one_clear_line(done, str(agency.workspace.store_path), words, "Nothing was changed",
                          RESTORE_HINT, "collabdesk restore FILE")
    assert snapshot(folder) == before


def test_the_damage_is_reported_before_any_passphrase_is_asked_for(
        damaged: tuple[Agency, str]) -> None:
    agency, words = damaged
    folder = agency.workspace.data_dir
    before = snapshot(folder)
    done = run("verify", "--data-dir", str(folder), passphrase="not the passphrase")
    assert_one_clear_line(done, words)
    assert snapshot(folder) == before  # no wrong attempt counted either


def test_init_over_a_damaged_store_refuses(damaged: tuple[Agency, str]) -> None:
    agency, words = damaged
    folder = agency.workspace.data_dir
    before = snapshot(folder)
    done = run("init", "--data-dir", str(folder), "--agency", "New", "--admin", "root",
               "--fast-kdf", passphrase="root pass phrase 1")
    assert_one_clear_line(done, words, RESTORE_HINT)
    assert snapshot(folder) == before


def test_signing_in_or_recovering_raises_store_damaged_and_changes_nothing(
        damaged: tuple[Agency, str]) -> None:
    agency, words = damaged
    ws = agency.workspace
    before = snapshot(ws.data_dir)
    with pytest.raises(StoreDamaged, match=re.escape(words)) as info:
        agency.sign_in("admin")
    assert "\n" not in str(info.value) and RESTORE_HINT in str(info.value)
    with pytest.raises(StoreDamaged, match=re.escape(words)):
        ws.recover(agency.recovery_code, "wendy", "a brand new passphrase")
    with pytest.raises(StoreDamaged, match=re.escape(words)):
        ws.create("Riverside", "admin2", "another pass phrase")
    # The desktop shows the sign-in screen (never the setup wizard) with the problem on it.
    assert ws.exists()
    assert "admin" in ws.usernames()
    assert ws.problem() == str(info.value)
    assert snapshot(ws.data_dir) == before


def test_the_store_refuses_an_empty_or_cut_short_file_without_touching_it(
        agency: Agency, tmp_path: Path) -> None:
    session = agency.sign_in("admin")
    key = session.store.key
    session.close()
    whole = agency.workspace.store_path.read_bytes()
    for name, data in (("cut.db", whole[:-7]), ("empty.db", b"")):
        copy = tmp_path / name
        copy.write_bytes(data)
        before = snapshot(tmp_path)
        with pytest.raises(StoreDamaged):
            Store.open(copy, key)
        assert snapshot(tmp_path) == before  # no WAL, no pre-migration copy, no new schema


def test_a_store_cut_on_a_page_boundary_is_reported_as_damage(agency: Agency) -> None:
    ws = agency.workspace
    size = ws.store_path.stat().st_size
    assert size % PAGE_SIZE == 0
    os.truncate(ws.store_path, size - 3 * PAGE_SIZE)
    before = snapshot(ws.data_dir)
    with pytest.raises(StoreDamaged, match="damaged"):
        agency.sign_in("admin")
    done = run("verify", "--data-dir", str(ws.data_dir))
    assert_one_clear_line(done, "damaged", RESTORE_HINT)
    assert snapshot(ws.data_dir) == before


def test_an_emptied_vault_is_reported_and_nothing_is_rebuilt(agency: Agency) -> None:
    ws = agency.workspace
    ws.vault_path.write_bytes(b"")
    before = snapshot(ws.data_dir)
    done = run("verify", "--data-dir", str(ws.data_dir))
    assert_one_clear_line(done, "vault file", "is empty", "Restore it from a backup")
    with pytest.raises(VaultError, match="is empty"):
        agency.sign_in("admin")
    assert ws.exists() and ws.usernames() == []
    assert ws.problem() is not None and "is empty" in ws.problem()  # type: ignore[operator]
    assert snapshot(ws.data_dir) == before


def test_a_damaged_store_is_restored_from_a_backup(agency: Agency, tmp_path: Path) -> None:
    session = agency.sign_in("admin")
    backup = create_backup(session, tmp_path / "usb")
    session.close()
    cut_short(agency.workspace)
    done = run("restore", str(backup), "--data-dir", str(agency.workspace.data_dir))
    assert done.returncode == 0, done.stderr
    [kept] = agency.workspace.backups_dir.glob("replaced-*/store.db")
    assert kept.stat().st_size % PAGE_SIZE == PAGE_SIZE - 7  # the damaged file is kept
    agency.sign_in("walt").close()


# -- damaged backups ------------------------------------------------------------------------

@pytest.fixture
def backup(agency: Agency, tmp_path: Path) -> Path:
    session = agency.sign_in("admin")
    try:
        return create_backup(session, tmp_path / "usb")
    finally:
        session.close()


def _header_length(data: bytes) -> int:
    return int(struct.unpack(">I", data[len(MAGIC):len(MAGIC) + 4])[0])


def broken_header(data: bytes) -> bytes:
    hlen = _header_length(data)
    start = len(MAGIC) + 4
    return data[:start] + b"{" * hlen + data[start + hlen:]


def broken_key_slots(data: bytes) -> bytes:
    start = len(MAGIC) + 4 + _header_length(data)
    header = json.loads(data[len(MAGIC) + 4:start])
    size = int(header["vault_size"])
    return data[:start] + b"x" * size + data[start + size:]


def header_not_an_object(data: bytes) -> bytes:
    hlen = _header_length(data)
    start = len(MAGIC) + 4
    return data[:start] + b"[1]".ljust(hlen) + data[start + hlen:]


def cut_backup(data: bytes) -> bytes:
    return data[:len(MAGIC) + 2]


BACKUP_DAMAGE = {
    "broken header": (broken_header, "its header cannot be read"),
    "header not an object": (header_not_an_object, "its header cannot be read"),
    "broken key slots": (broken_key_slots, "key slots in damaged.cdbackup are damaged"),
    "cut in the header": (cut_backup, "its header cannot be read"),
}


@pytest.mark.parametrize("case", sorted(BACKUP_DAMAGE))
def test_a_damaged_backup_gets_a_plain_message_and_changes_nothing(
        agency: Agency, backup: Path, case: str) -> None:
    damage, words = BACKUP_DAMAGE[case]
    damaged_copy = backup.with_name("damaged.cdbackup")
    damaged_copy.write_bytes(damage(backup.read_bytes()))
    folder = agency.workspace.data_dir
    before = snapshot(folder)
    drill = run("verify", "--data-dir", str(folder), "--backup", str(damaged_copy))
    assert_one_clear_line(drill, words, "Use another backup")
    restored = run("restore", str(damaged_copy), "--data-dir", str(folder))
    assert_one_clear_line(restored, words, "Use another backup")
    with pytest.raises(BackupError, match=re.escape(words)) as info:
        restore_backup(agency.workspace, damaged_copy, "admin", PASSPHRASES["admin"])
    for word in PARSER_WORDS:
        assert word not in str(info.value)
    assert snapshot(folder) == before


def test_a_backup_size_counts_read_right_for_one_byte(tmp_path: Path) -> None:
    one = tmp_path / "one.cdbackup"
    header = json.dumps({"vault_size": 0, "store_size": 0}).encode()
    one.write_bytes(MAGIC + struct.pack(">I", len(header)) + header + b"!")
    with pytest.raises(BackupError) as info:
        verify_backup(one, "admin", "whatever", workspace=Workspace(tmp_path / "ws"))
    assert f"({len(one.read_bytes())} bytes, expected" in str(info.value)
    with pytest.raises(StoreDamaged, match=r"\(1 byte missing"):
        db.check_store_file(_file(tmp_path / "short.db", PAGE_SIZE - 1))
    with pytest.raises(StoreDamaged, match=r"\(2 bytes missing"):
        db.check_store_file(_file(tmp_path / "shorter.db", PAGE_SIZE - 2))


def _file(path: Path, size: int) -> Path:
    path.write_bytes(b"\0" * size)
    return path


# -- the throttle covers backups ------------------------------------------------------------

def _record(ws: Workspace) -> dict[str, dict[str, float]]:
    doc = json.loads(ws.vault_path.with_name("vault.throttle.json").read_bytes())
    return dict(doc["records"])


def test_wrong_guesses_against_a_backup_count_in_the_laptops_throttle(
        agency: Agency, backup: Path) -> None:
    ws = agency.workspace
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            verify_backup(backup, "wendy", "a guess", workspace=ws)
    with pytest.raises(WrongPassphrase):
        restore_backup(ws, backup, "wendy", "another guess")
    assert _record(ws)["user:wendy"]["failures"] == 3
    assert not list(backup.parent.glob("*throttle*"))
    # The same record stops the next try at sign-in: no extra attempt to be had.
    last = _record(ws)["user:wendy"]["last_failure"]
    with pytest.raises(TooManyAttempts):
        Vault.load(ws.vault_path, clock=lambda: last).unlock("wendy", PASSPHRASES["wendy"])


def test_a_throttled_user_cannot_guess_through_a_backup_instead(
        agency: Agency, backup: Path) -> None:
    ws = agency.workspace
    # Three wrong passphrases at sign-in, recorded with a time far ahead, so the wait is
    # still running whenever the lines below run (the throttle never waits longer than
    # the delay itself, whatever the clock says).
    later = Vault.load(ws.vault_path, clock=lambda: agency.clock().timestamp() + 10**9)
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            later.unlock("wendy", "a guess")
    before = snapshot(ws.data_dir)
    with pytest.raises(TooManyAttempts):
        verify_backup(backup, "wendy", PASSPHRASES["wendy"], workspace=ws)
    with pytest.raises(TooManyAttempts):
        restore_backup(ws, backup, "wendy", PASSPHRASES["wendy"])
    drill = run("verify", "--data-dir", str(ws.data_dir), "--backup", str(backup),
                user="wendy")
    assert_one_clear_line(drill, "Too many wrong passphrases. Try again in 1 second.")
    assert snapshot(ws.data_dir) == before


def test_wait_messages_read_right_for_one_and_many() -> None:
    assert str(TooManyAttempts(1)).endswith("Try again in 1 second.")
    assert str(TooManyAttempts(0.2)).endswith("Try again in 1 second.")
    assert str(TooManyAttempts(32)).endswith("Try again in 32 seconds.")


# -- owner-only files -----------------------------------------------------------------------

@pytest.fixture
def posix_only() -> None:
    """File modes are a POSIX promise; elsewhere the test cannot say anything."""
    if os.name == "nt":
        unavailable("POSIX file modes do not exist on Windows")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("posix_only")
def test_a_new_store_and_everything_beside_it_is_owner_only(tmp_path: Path) -> None:
    from collabdesk.vault import KdfParams

    ws = Workspace(tmp_path / "new")
    session, _ = ws.create("Eastside", "root", "root pass phrase 1", kdf=KdfParams.FLOOR)
    try:
        assert _mode(ws.data_dir) == 0o700
        for name in ("store.db", "store.db-wal", "store.db-shm", "vault.json"):
            assert _mode(ws.data_dir / name) == 0o600, name
        made = create_backup(session, ws.backups_dir)
        assert _mode(ws.backups_dir) == 0o700 and _mode(made) == 0o600
    finally:
        session.close()


@pytest.mark.usefixtures("posix_only")
def test_signing_in_tightens_what_was_left_open(agency: Agency) -> None:
    ws = agency.workspace
    ws.backups_dir.mkdir()
    old = ws.backups_dir / "pre-migration-v1-20250101T000000.db"
    old.write_bytes(ws.store_path.read_bytes())
    for path, mode in ((ws.data_dir, 0o755), (ws.store_path, 0o644), (ws.vault_path, 0o644),
                       (ws.backups_dir, 0o755), (old, 0o644)):
        path.chmod(mode)
    session = agency.sign_in("wendy")
    try:
        assert _mode(ws.data_dir) == 0o700
        for path in (ws.store_path, ws.vault_path, old,
                     Path(f"{ws.store_path}-wal"), Path(f"{ws.store_path}-shm")):
            assert _mode(path) == 0o600, path.name
        assert _mode(ws.backups_dir) == 0o700
    finally:
        session.close()


@pytest.mark.usefixtures("posix_only")
def test_migration_copies_and_restored_files_are_owner_only(
        agency: Agency, backup: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = agency.workspace
    shipped = db.migrations()
    monkeypatch.setattr(db, "migrations", lambda: [
        *shipped, (shipped[-1][0] + 1, "9999_test.sql", "CREATE TABLE extra (x INTEGER);")])
    agency.sign_in("admin").close()
    [copy] = ws.backups_dir.glob("pre-migration-*.db")
    assert _mode(ws.backups_dir) == 0o700 and _mode(copy) == 0o600
    monkeypatch.undo()
    restore_backup(ws, backup, "admin", PASSPHRASES["admin"])
    assert _mode(ws.store_path) == 0o600 and _mode(ws.vault_path) == 0o600
    [kept] = ws.backups_dir.glob("replaced-*")
    assert _mode(kept) == 0o700
    assert {_mode(p) for p in kept.iterdir()} == {0o600}


def test_a_healthy_or_new_folder_has_no_problem(agency: Agency, tmp_path: Path) -> None:
    assert agency.workspace.problem() is None
    fresh = Workspace(tmp_path / "nothing-here")
    assert fresh.problem() is None and not fresh.exists()
    # Callers that handle a store failure (the key-rotation fallback) still catch damage.
    assert issubclass(StoreDamaged, StoreError) and issubclass(StoreDamaged, CollabDeskError)


def test_damage_inside_the_file_is_reported_as_damage(agency: Agency) -> None:
    ws = agency.workspace
    data = bytearray(ws.store_path.read_bytes())
    for page in range(1, len(data) // PAGE_SIZE):  # every page but the first
        data[page * PAGE_SIZE + 100] ^= 0xFF
    ws.store_path.write_bytes(bytes(data))
    before = snapshot(ws.data_dir)
    with pytest.raises(StoreDamaged, match="damaged"):
        agency.sign_in("admin")
    done = run("verify", "--data-dir", str(ws.data_dir))
    assert_one_clear_line(done, "damaged", RESTORE_HINT)
    assert snapshot(ws.data_dir) == before


def test_only_sqlites_damage_errors_count_as_damage(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    assert isinstance(db.damage(db.DatabaseError("database disk image is malformed"), path),
                      StoreDamaged)
    assert isinstance(db.damage(db.DatabaseError("file is not a database"), path),
                      StoreDamaged)
    import sqlcipher3.dbapi2 as sqlcipher

    for other in (sqlcipher.OperationalError("database is locked"),
                  db.IntegrityError("UNIQUE constraint failed"), ValueError("x")):
        assert db.damage(other, path) is None
