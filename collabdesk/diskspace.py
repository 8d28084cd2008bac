"""Disk space: what a full or read-only disk means in words, and how much room CollabDesk needs.

Every write CollabDesk makes (the store, the vault and throttle files, backups, bundles,
exports) passes through :func:`guard` or :func:`translate`, the one place that recognises the
operating system's and SQLite's ways of saying "no room" or "not allowed here" and turns them
into :class:`~collabdesk.errors.DiskFull` or :class:`~collabdesk.errors.FolderNotWritable`
with the folder, the free space and about how much more is needed. The writes themselves are
all-or-nothing (a store transaction, :mod:`collabdesk.fsutil`'s atomic files), so the message
can say that nothing was lost, and the same action succeeds once space is freed.

Before it comes to that, :func:`space_needed` estimates what the next backup and a week of work
take, which the desktop compares with the free space to warn in time, and :class:`Usage`
says what the store, its backups and sync snapshots use (Admin, Storage).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from collabdesk.errors import DiskFull, DiskProblem, FolderNotWritable
from collabdesk.events.ids import pack
from collabdesk.messages import Message, msg

if TYPE_CHECKING:
    from collabdesk.services.session import Session

MB = 1_000_000
# What a store write needs beyond its own bytes: WAL frames for the pages it touches, the
# WAL index and the rollback of a checkpoint. Also the floor of any "needed" figure.
STORE_HEADROOM = 4 * 1024 * 1024
# A week of work when the store has too little history to measure one (a new agency).
MIN_WEEK_BYTES = 20 * MB
DAY_MS = 86_400_000

_FULL = frozenset({errno.ENOSPC, errno.EDQUOT})
_READ_ONLY = frozenset({errno.EROFS})
_DENIED = frozenset({errno.EACCES, errno.EPERM})
# SQLite's words (sqlcipher3 exposes no result codes): full, read-only, and the two that mean
# either, depending on the disk (a WAL that cannot grow, a -shm that cannot be created).
_DB_FULL = ("database or disk is full",)
_DB_READ_ONLY = ("attempt to write a readonly database", "readonly database")
_DB_EITHER = ("disk i/o error", "unable to open database file")


def size_message(size: int) -> Message:
    """``size`` bytes as a person reads it, in their language: "3.4 MB" (decimal units, as
    disks are sold)."""
    value = float(max(0, size))
    if value < 1000:
        return msg("size.bytes", n=int(value))
    for code in ("size.kb", "size.mb", "size.gb"):
        value /= 1000
        if value < 1000 or code == "size.gb":
            break
    return msg(code, n=f"{value:.1f}" if value < 100 else f"{value:.0f}")


def human_size(size: int) -> str:
    return str(size_message(size))


def _existing(path: Path) -> Path:
    """``path`` or its nearest folder that exists (a file not written yet has a parent)."""
    path = Path(path).absolute()
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return path


def free_bytes(path: Path) -> int:
    """Free space (for this user) on the disk that holds ``path``."""
    return shutil.disk_usage(_existing(path)).free


def _folder_of(where: Path) -> Path:
    where = _existing(where)
    return where if where.is_dir() else where.parent


def disk_full(where: Path, needs: int = 0) -> DiskFull:
    """The :class:`DiskFull` for a write of about ``needs`` bytes into ``where``."""
    folder = _folder_of(where)
    free = free_bytes(folder)
    needed = max(needs + STORE_HEADROOM - free, MB)
    return DiskFull(folder=str(folder), needed=needed, free=free,
                    needed_text=size_message(needed), free_text=size_message(free))


def not_writable(where: Path, *, read_only: bool | None = None) -> FolderNotWritable:
    folder = _folder_of(where)
    if read_only is None:
        read_only = _is_read_only(folder)
    return FolderNotWritable(folder=str(folder), read_only=read_only)


def _is_read_only(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # Windows has no statvfs
        return False


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK) and not _is_read_only(folder)


def translate(exc: BaseException, where: Path, needs: int = 0) -> DiskProblem | None:
    """The :class:`DiskProblem` that ``exc`` (an ``OSError`` or SQLite's error, raised by a
    write into ``where``) means, or None when it means something else."""
    if isinstance(exc, DiskProblem):
        # Said by a write into a scratch folder inside ``where``: name the folder a person
        # chose (the backups folder, not its hidden scratch copy).
        outer, inner = _folder_of(where), Path(exc.folder)
        if outer in inner.parents and not outer.name.startswith("."):
            if isinstance(exc, DiskFull):
                return disk_full(outer, max(needs, exc.needed + exc.free - STORE_HEADROOM))
            if isinstance(exc, FolderNotWritable):
                return not_writable(outer, read_only=exc.read_only)
        return exc
    if isinstance(exc, OSError):
        if exc.errno in _FULL:
            return disk_full(where, needs)
        if exc.errno in _READ_ONLY:
            return not_writable(where, read_only=True)
        if exc.errno in _DENIED:
            return not_writable(where)
        return None
    if type(exc).__name__ not in ("OperationalError", "DatabaseError"):
        return None
    text = str(exc).lower()
    if any(words in text for words in _DB_FULL):
        return disk_full(where, needs)
    folder = _folder_of(where)
    if any(words in text for words in _DB_READ_ONLY) or (
            any(words in text for words in _DB_EITHER) and not _writable(folder)):
        return not_writable(folder)
    if any(words in text for words in _DB_EITHER) and free_bytes(folder) < needs + STORE_HEADROOM:
        return disk_full(folder, needs)
    return None


@contextlib.contextmanager
def guard(where: Path, needs: int = 0) -> Iterator[None]:
    """Raise a full or read-only disk met inside the block as :class:`DiskProblem`."""
    try:
        yield
    except Exception as exc:
        problem = translate(exc, where, needs)
        if problem is None or problem is exc:
            raise
        raise problem from exc


def check_writable(folder: Path) -> None:
    """Raise :class:`FolderNotWritable` unless CollabDesk can create files in ``folder`` (or,
    if it does not exist yet, in the folder that would hold it). Leaves nothing behind; a
    full disk is not reported here (the write that meets it says so)."""
    folder = _folder_of(folder)
    if not _writable(folder):
        raise not_writable(folder)
    try:
        fd, probe = tempfile.mkstemp(prefix=".collabdesk-write-check-", dir=folder)
    except OSError as exc:
        problem = translate(exc, folder)
        if isinstance(problem, FolderNotWritable):
            raise problem from exc
        return
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)


# -- before it happens -----------------------------------------------------------------------

def week_of_work(store_bytes: int, events_total: int, events_last_week: int) -> int:
    """Bytes a week of work adds to the store, from this store's own history: the average
    size of an event (with everything it indexes and keeps) times the events of the last
    seven days; never less than :data:`MIN_WEEK_BYTES`."""
    per_event = store_bytes / events_total if events_total else 0
    return max(MIN_WEEK_BYTES, int(per_event * events_last_week))


def space_needed(store_bytes: int, vault_bytes: int, week_bytes: int, *,
                 backup_on_same_disk: bool = True) -> int:
    """Free space the data folder's disk should keep: the next backup (a copy of the store
    and the vault, plus the scratch copy made while writing it) when it lands on that disk,
    the store's growth over a week, and the headroom a write needs."""
    backup = 2 * (store_bytes + vault_bytes) if backup_on_same_disk else 0
    return backup + week_bytes + STORE_HEADROOM


@dataclass(frozen=True)
class Usage:
    """What CollabDesk uses on this laptop and what the disk has left (bytes)."""

    folder: Path
    store: int  # the store with its WAL
    backups: int  # the data folder's backups/ (scheduled, pre-migration, replaced files)
    snapshots: int  # sync snapshot parts kept inside the store (part of ``store``)
    free: int
    needed: int  # what the next backup and a week of work need (:func:`space_needed`)

    @property
    def low(self) -> bool:
        return self.free < self.needed

    def warning(self) -> Message | None:
        """The "space is low" warning with its figures, or None while there is room."""
        if not self.low:
            return None
        return msg("disk.low-space", folder=str(self.folder), free=size_message(self.free),
                   needed=size_message(self.needed))


def folder_size(folder: Path) -> int:
    """Bytes in the files under ``folder`` (0 if it does not exist)."""
    total = 0
    if not folder.is_dir():
        return 0
    for path in folder.rglob("*"):
        with contextlib.suppress(OSError):
            if path.is_file():
                total += path.stat().st_size
    return total


def same_disk(a: Path, b: Path) -> bool:
    try:
        return os.stat(_existing(a)).st_dev == os.stat(_existing(b)).st_dev
    except OSError:
        return True


# Rows of the log read to count a week of work: a week busier than this counts as this.
RECENT_ROWS_READ = 50_000


def measure(session: Session) -> Usage:
    """What this laptop's data folder uses and needs (one store read; db lane)."""
    from collabdesk.events.hlc import encode
    from collabdesk.syncmeta import SNAPSHOT_OUT_PART, SNAPSHOT_PART

    workspace = session.workspace
    store_path = session.store.path
    folder = workspace.data_dir if workspace is not None else store_path.parent
    store = sum(Path(f"{store_path}{suffix}").stat().st_size
                for suffix in ("", "-wal") if Path(f"{store_path}{suffix}").exists())
    vault = (workspace.vault_path.stat().st_size
             if workspace is not None and workspace.vault_path.exists() else 0)
    since = encode(int(session.now().timestamp() * 1000) - 7 * DAY_MS, 0, "")
    with session.store.read() as conn:
        # seq only grows and events are never deleted: max(seq) counts them without a scan.
        total = int(conn.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0])
        # The log has no index on clocks: the newest rows are read, a busy week's worth.
        recent = int(conn.execute(
            "SELECT count(*) FROM (SELECT hlc FROM event_log ORDER BY seq DESC LIMIT ?) "
            "WHERE hlc >= ?", (RECENT_ROWS_READ, pack(since))).fetchone()[0])
        snapshots = int(conn.execute(
            "SELECT coalesce(sum(length(value)), 0) FROM meta WHERE key LIKE ? OR key LIKE ?",
            (f"{SNAPSHOT_PART}%", f"{SNAPSHOT_OUT_PART}%")).fetchone()[0])
    from collabdesk.backup_schedule import BackupSchedule

    backups_dir = folder / "backups"
    schedule = BackupSchedule.from_settings(session.settings())
    backup_folder = Path(schedule.folder) if schedule.folder else backups_dir
    needed = space_needed(store, vault, week_of_work(store, total, recent),
                          backup_on_same_disk=same_disk(backup_folder, folder))
    return Usage(folder, store, folder_size(backups_dir), snapshots, free_bytes(folder), needed)


LOW_SPACE_WARNED_META = "disk_low_space_warned_on"  # the day the warning was last shown


def warning_due(session: Session) -> Message | None:
    """The "space is low" warning if it is due (low, and not shown yet today on this
    laptop), recording that it was shown; else None. One store read and write; db lane."""
    warning = measure(session).warning()
    if warning is None:
        return None
    today = session.today().isoformat()
    if session.store.get_meta(LOW_SPACE_WARNED_META) == today:
        return None
    with contextlib.suppress(DiskProblem):  # the disk may be too full even for that
        session.store.set_meta(LOW_SPACE_WARNED_META, today)
    return warning
