"""Encrypted, verifiable backups of an agency's store, and restoring them.

A backup file holds the vault (key slots) and an online copy of the store — still SQLCipher-
encrypted under the store key — plus an HMAC over everything, keyed from the store key. So a
backup is as safe at rest as the laptop, opens with the same passphrases or recovery code,
and any damage or substitution is detected before anything is replaced.

Layout::

    b"CDBK\\x01" | u32 header length | header JSON | vault bytes | store bytes | HMAC-SHA256 (32)

Restoring verifies the whole file first (HMAC, SQLCipher page HMACs and integrity check,
foreign keys, audit chain) in a scratch folder, refuses a backup of another agency's store
unless told otherwise, then swaps the files in and keeps the replaced ones beside them.

A wrong passphrase tried against a backup counts in the laptop's own throttle record, as at
sign-in (see :mod:`collabdesk.vault`). A damaged file is reported in plain words, never with
a parser's message.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import shutil
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

import collabdesk
from collabdesk.diskspace import guard
from collabdesk.errors import BackupError, CollabDeskError, StoreError, VaultError
from collabdesk.fsutil import atomic_writer, create_owner_only, fsync_dir, owner_only
from collabdesk.messages import Joined, Message
from collabdesk.progress import Progress
from collabdesk.progress import report as report_progress
from collabdesk.services import audit
from collabdesk.store.db import Store, schema_version
from collabdesk.vault import Vault
from collabdesk.vault_throttle import throttle_path_for

if TYPE_CHECKING:
    from collabdesk.services.session import Session
    from collabdesk.workspace import Workspace

MAGIC = b"CDBK\x01"
SUFFIX = ".cdbackup"
_MAX_HEADER = 64 * 1024


@dataclass(frozen=True)
class BackupReport:
    path: Path
    store_id: str
    created_at: str
    schema_version: int
    app_version: str
    clients: int
    cases: int
    events: int
    problems: tuple[Message, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def _mac_key(store_key: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=b"collabdesk-backup-v1").derive(store_key)


def create_backup(session: Session, folder: Path, *, keep: int | None = None,
                  progress: Progress | None = None, scheduled: bool = False) -> Path:
    """Write a backup of the open store into ``folder``; keep only the newest ``keep``.

    ``scheduled`` backups follow the admin's schedule whoever is signed in (the folder and
    interval were chosen by an admin); making one by hand needs the admin role.

    A full or read-only disk raises :class:`~collabdesk.errors.DiskProblem` and leaves no
    part of the backup behind (nor a record of one in the store)."""
    if not scheduled:
        session.require("backup.manage")
    if session.workspace is None:
        raise BackupError("backup.no-data-folder")
    folder = Path(folder)
    workspace = session.workspace
    needs = session.store.size() + workspace.vault_path.stat().st_size
    with guard(folder, 2 * needs):  # the scratch copy and the backup file side by side
        target = _write_backup(session, workspace, folder, progress, needs)
    try:
        session.audit_now("backup.create", file=target.name, scheduled=scheduled)
    except BaseException:
        target.unlink(missing_ok=True)  # no backup the store has no record of
        raise
    if keep:
        _prune(folder, session.agency_id[:8], keep)
    return target


def _write_backup(session: Session, workspace: Workspace, folder: Path,
                  progress: Progress | None, needs: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if folder.resolve() == workspace.backups_dir.resolve():
        owner_only(folder)  # a chosen folder (a USB drive) is the admin's to set up
    stamp = session.now().strftime("%Y%m%d-%H%M%S")
    agency = session.agency_id[:8]
    target = folder / f"collabdesk-{agency}-{stamp}{SUFFIX}"
    vault_bytes = workspace.vault_path.read_bytes()
    store_id = session.store.get_meta("store_id") or ""
    with tempfile.TemporaryDirectory(dir=folder, prefix=".collabdesk-backup-") as scratch:
        copy = Path(scratch) / "store.db"
        session.store.backup_to(copy)  # encrypted with the same key; never plaintext
        store_bytes_len = copy.stat().st_size
        header = json.dumps({
            "format": 1, "store_id": store_id, "agency_id": session.agency_id,
            "created_at": session.now().astimezone(dt.UTC).isoformat(),
            "schema_version": session.store.user_version(),
            "app_version": collabdesk.__version__,
            "vault_size": len(vault_bytes), "store_size": store_bytes_len,
        }, sort_keys=True).encode()
        mac = hmac.new(_mac_key(session.store.key), digestmod=hashlib.sha256)
        with atomic_writer(target, needs=needs) as out:
            for chunk in (MAGIC, struct.pack(">I", len(header)), header, vault_bytes):
                out.write(chunk)
                mac.update(chunk)
            done = 0
            with copy.open("rb") as src:
                while block := src.read(1 << 20):
                    out.write(block)
                    mac.update(block)
                    done += len(block)
                    report_progress(progress, done, store_bytes_len)
            out.write(mac.digest())
    return target


def _prune(folder: Path, agency: str, keep: int) -> tuple[int, int]:
    """Delete all but the newest ``keep`` of the agency's backups in ``folder``; return how
    many were deleted and the bytes freed."""
    ours = sorted(folder.glob(f"collabdesk-{agency}-*{SUFFIX}"))
    removed = freed = 0
    for old in ours[:-keep]:
        try:
            size = old.stat().st_size
            old.unlink()
        except FileNotFoundError:
            continue
        removed, freed = removed + 1, freed + size
    return removed, freed


@dataclass(frozen=True)
class _Parsed:
    header: dict[str, object]
    vault: bytes
    store_offset: int
    store_size: int
    mac: bytes


def _parse(path: Path) -> _Parsed:
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            if fh.read(len(MAGIC)) != MAGIC:
                raise BackupError("backup.not-a-backup", name=path.name)
            (hlen,) = struct.unpack(">I", fh.read(4))
            if hlen > _MAX_HEADER:
                raise BackupError("backup.header-unreadable", name=path.name)
            header = json.loads(fh.read(hlen))
            vault_size, store_size = int(header["vault_size"]), int(header["store_size"])
            if vault_size < 0 or store_size < 0:
                raise BackupError("backup.header-unreadable", name=path.name)
            expected = len(MAGIC) + 4 + hlen + vault_size + store_size + 32
            if size != expected:
                raise BackupError("backup.incomplete",
                                  name=path.name, size=size, expected=expected)
            vault = fh.read(vault_size)
            offset = fh.tell()
            fh.seek(offset + store_size)
            mac = fh.read(32)
    except OSError as exc:
        raise BackupError("backup.cannot-read", name=path.name,
                          strerror=exc.strerror or "read error") from exc
    except (ValueError, KeyError, struct.error, TypeError, AttributeError) as exc:
        # The parser's own words (JSON positions, struct sizes) mean nothing to a reader.
        raise BackupError("backup.header-unreadable", name=path.name) from exc
    return _Parsed(header, vault, offset, store_size, mac)


def _unlock_and_check(parsed: _Parsed, path: Path, username: str, passphrase: str,
                      scratch: Path, workspace: Workspace
                      ) -> tuple[bytes, BackupReport, Path, Path]:
    vault_path = scratch / "vault.json"
    create_owner_only(vault_path)  # it may become the live vault
    vault_path.write_bytes(parsed.vault)
    try:
        vault = Vault.load(vault_path, throttle_path=throttle_path_for(workspace.vault_path))
    except CollabDeskError as exc:
        raise BackupError("backup.key-slots-damaged", name=path.name) from exc
    if username:
        key = vault.unlock(username, passphrase).key
    else:
        key = vault.unlock_with_recovery(passphrase).key
    mac = hmac.new(_mac_key(key), digestmod=hashlib.sha256)
    store_path = scratch / "store.db"
    create_owner_only(store_path)
    with path.open("rb") as src, store_path.open("wb") as out:
        prefix = src.read(parsed.store_offset)
        if not prefix.endswith(parsed.vault):
            # The file changed between reading its key slots and checking it: trust neither.
            raise BackupError("backup.changed-while-checked", name=path.name)
        mac.update(prefix)
        remaining = parsed.store_size
        while remaining:
            block = src.read(min(1 << 20, remaining))
            if not block:
                break
            out.write(block)
            mac.update(block)
            remaining -= len(block)
    if not hmac.compare_digest(mac.digest(), parsed.mac):
        raise BackupError("backup.altered", name=path.name)
    try:
        store = Store.open(store_path, key, migrate=False)
    except StoreError as exc:
        raise BackupError("backup.store-unopenable", name=path.name, exc=exc) from exc
    try:
        problems = store.integrity_problems()
        with store.read() as conn:
            problems += audit.verify(conn)
            clients, cases, events = (conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                                      for t in ("clients", "cases", "events"))
    finally:
        store.close()
    h = parsed.header
    report = BackupReport(path, str(h.get("store_id", "")), str(h.get("created_at", "")),
                          int(str(h.get("schema_version", 0))), str(h.get("app_version", "")),
                          clients, cases, events, tuple(problems))
    return key, report, vault_path, store_path


def verify_backup(path: Path, username: str, passphrase: str, *,
                  workspace: Workspace | None = None) -> BackupReport:
    """Prove a backup is complete, authentic and readable, without touching the live store.

    With an empty ``username``, ``passphrase`` is taken as the recovery code. Wrong guesses
    count in ``workspace``'s throttle record (default: this laptop's data folder), the one
    sign-in uses."""
    from collabdesk.workspace import Workspace

    parsed = _parse(path)
    with guard(Path(tempfile.gettempdir()), parsed.store_size), \
            tempfile.TemporaryDirectory(prefix="collabdesk-verify-") as scratch:
        return _unlock_and_check(parsed, Path(path), username, passphrase, Path(scratch),
                                 workspace or Workspace())[1]


def restore_backup(workspace: Workspace, path: Path, username: str, passphrase: str, *,
                   allow_other_agency: bool = False) -> BackupReport:
    """Replace the workspace's store with a verified backup. The workspace must be locked
    (no open session). The replaced files are kept in ``backups/replaced-<time>/``."""
    parsed = _parse(path)
    if int(str(parsed.header.get("schema_version", 0))) > schema_version():
        raise BackupError("backup.from-newer-version")
    with guard(workspace.data_dir, parsed.store_size + len(parsed.vault)):
        return _restore(workspace, parsed, Path(path), username, passphrase,
                        allow_other_agency)


def _restore(workspace: Workspace, parsed: _Parsed, path: Path, username: str,
             passphrase: str, allow_other_agency: bool) -> BackupReport:
    workspace.data_dir.mkdir(parents=True, exist_ok=True)
    owner_only(workspace.data_dir)
    with tempfile.TemporaryDirectory(dir=workspace.data_dir, prefix=".restore-") as scratch:
        _key, report, vault_src, store_src = _unlock_and_check(
            parsed, Path(path), username, passphrase, Path(scratch), workspace)
        if not report.ok:
            raise BackupError("backup.failed-checks", problems=Joined(report.problems, "; "))
        if workspace.vault_path.exists() and not allow_other_agency:
            try:
                current = Vault.load(workspace.vault_path).store_id
            except VaultError as exc:
                raise BackupError("backup.vault-here-unreadable") from exc
            if current != report.store_id:
                raise BackupError("backup.other-agency")
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
        keep = workspace.backups_dir / f"replaced-{stamp}"
        moved = []
        for name in ("store.db", "store.db-wal", "store.db-shm", "vault.json"):
            current_file = workspace.data_dir / name
            if current_file.exists():
                keep.mkdir(parents=True, exist_ok=True)
                owner_only(workspace.backups_dir)
                owner_only(keep)
                shutil.move(str(current_file), keep / name)
                owner_only(keep / name)
                moved.append(name)
        try:
            os.replace(store_src, workspace.store_path)
            os.replace(vault_src, workspace.vault_path)
            fsync_dir(workspace.data_dir)
        except OSError as exc:
            for name in moved:  # put the old files back rather than leave nothing
                shutil.move(str(keep / name), workspace.data_dir / name)
            raise BackupError("backup.restore-failed-rolled-back", exc=exc) from exc
    return report
