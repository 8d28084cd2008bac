"""The encrypted SQLCipher store: opening with a raw key, pragmas, transactions, migrations.

The store is one SQLCipher 4 file opened with a random 256-bit raw key (``PRAGMA key =
"x'…'"``), so SQLCipher runs no KDF of its own: the passphrase work happens once, in the
vault. One connection is shared behind a lock; the UI reaches it only through its single
database lane, and the CLI and sync engine use it directly.

Migrations are numbered SQL files in ``migrations/``. Before any migration runs, the store
is copied (still encrypted) with SQLite's online backup to ``backups/``; each migration runs
in its own transaction together with the ``user_version`` bump, so a failing step rolls back
cleanly and leaves the store at the previous version. After an upgrade the store is
rewritten into a new file and swapped in (:meth:`Store._compact`), so space an upgrade freed
inside pages is given back; with too little free disk that step is skipped.

A store file that is missing, empty or cut short is refused before anything touches it
(:func:`check_store_file`): SQLite would otherwise take an empty file for a new database and
a file cut short would fail later, in the middle of a write. The store, its ``-wal`` and
``-shm`` files and the pre-migration copies are readable by their owner only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import threading
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher

from collabdesk.changes import ChangeCollector, Changes
from collabdesk.diskspace import STORE_HEADROOM, free_bytes, guard, translate
from collabdesk.errors import DiskProblem, MigrationError, StoreDamaged, StoreError
from collabdesk.events import bodies, heads
from collabdesk.fsutil import create_owner_only, fsync_dir, owner_only
from collabdesk.messages import Message, msg

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    # sqlcipher3 ships no type stubs; its DB-API is the standard library's.
    from sqlite3 import Connection, DatabaseError, IntegrityError
else:
    Connection = sqlcipher.Connection
    DatabaseError = sqlcipher.DatabaseError
    IntegrityError = sqlcipher.IntegrityError


def _null(_value: None) -> None:
    return None


# The driver binds an int, a float, a str or a bytearray directly, but looks every other
# value up in its adapter registry first, and a failed look-up costs about 1 µs a value
# (measured: 4.4 µs to bind four Nones against 0.4 for four ints). Registered, None (every
# empty column of every row a pull writes) and bytes are found at once and come back
# unchanged, bound as before (docs/performance.md).
sqlcipher.register_adapter(bytes, bytes)  # bytes(b) is b itself
sqlcipher.register_adapter(type(None), _null)

STORE_FILE = "store.db"
# SQLCipher 4's page size (cipher_compatibility = 4): a whole store is a multiple of it.
PAGE_SIZE = 4096
SIDE_FILES = ("-wal", "-shm")
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migrations() -> list[tuple[int, str, str]]:
    """All shipped migrations as (version, name, sql), in order."""
    found = []
    for item in resources.files("collabdesk.store").joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.match(item.name)
        if match:
            found.append((int(match.group(1)), item.name, item.read_text(encoding="utf-8")))
    found.sort()
    return found


def schema_version() -> int:
    """The schema version this build writes."""
    return migrations()[-1][0]


class _TrackedConnection(sqlcipher.Connection):
    """A connection that gathers what the projection changes in the open transaction."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.changes = ChangeCollector()


def note_changes(conn: Connection, kind: str, ids: Iterable[str] = ()) -> None:
    """Record that ``ids`` of ``kind`` changed in ``conn``'s open transaction (see
    :mod:`collabdesk.changes`); the store reports them once the transaction commits."""
    collector = getattr(conn, "changes", None)
    if collector is not None:
        collector.add(kind, ids)


def check_store_file(path: Path) -> None:
    """Raise :class:`StoreDamaged` unless ``path`` looks like a whole store: it exists, is
    not empty and ends on a page boundary. Needs no key and touches nothing."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise StoreDamaged("store.file-missing", path=path) from None
    except OSError as exc:
        raise StoreDamaged("store.file-unreadable", path=path, strerror=exc.strerror) from exc
    if not path.is_file():
        raise StoreDamaged("store.not-a-file", path=path)
    if size == 0:
        raise StoreDamaged("store.file-empty", path=path)
    if size % PAGE_SIZE:
        missing = PAGE_SIZE - size % PAGE_SIZE
        raise StoreDamaged("store.file-cut-short-one" if missing == 1 else "store.file-cut-short",
                           path=path, missing=missing)


def damage(exc: BaseException, path: Path) -> StoreDamaged | None:
    """The :class:`StoreDamaged` that ``exc`` means, or None if it means something else.

    SQLite reports a damaged file (``SQLITE_CORRUPT``, ``SQLITE_NOTADB``, a broken search
    index) as the DB-API's base ``DatabaseError``; busy, locked, full-disk and constraint
    errors are its subclasses and are not damage."""
    if type(exc) is not DatabaseError:
        return None
    return StoreDamaged("store.file-damaged", path=path, exc=exc)


def tighten(path: Path) -> None:
    """Make the store file and its WAL/SHM readable by their owner only (SQLite gives a
    new WAL the main file's mode, so tightening the main file first covers the rest)."""
    for name in ("", *SIDE_FILES):
        owner_only(Path(f"{path}{name}"))


# The page cache: 128 MiB keeps a 100k-client register warm for searches. While a pull
# catches up on a whole agency it would fill with pages written once and not read again, on
# top of the pull's own memory: such a catch-up runs with the lean size (the sync engine's
# ``CatchUp``, through :meth:`Store.set_cache_kib`), measured in docs/performance.md.
CACHE_KIB = 131_072
LEAN_CACHE_KIB = 32_768


def _connect(path: Path, key: bytes) -> Connection:
    if len(key) != 32:
        raise StoreError("store.key-wrong-size")
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False,
                             factory=_TrackedConnection)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported by us, not on stderr
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cipher_compatibility = 4")
    try:
        # The first read after keying is where a wrong key shows up.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        raise StoreDamaged(
            "store.wrong-key-or-damaged", path=path
        ) from exc
    conn.execute("PRAGMA foreign_keys = ON")
    bodies.register(conn)  # the event log's bodies read as JSON (the view events uses it)
    heads.register(conn)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    # Checkpoints rewrite scattered pages of the main file; do them after a sync round or on
    # close rather than in the middle of applying a batch (see docs/performance.md).
    conn.execute("PRAGMA wal_autocheckpoint = 50000")
    conn.execute("PRAGMA temp_store = MEMORY")  # never spill temp tables to plaintext files
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _collector(conn: Connection) -> ChangeCollector:
    collector = getattr(conn, "changes", None)
    return collector if isinstance(collector, ChangeCollector) else ChangeCollector()


# The events whose device or author (schema 12 on), kind or operation (13 on) is a number
# event_refs does not hold.
_UNNAMED_REFS = """SELECT seq FROM event_log AS e
WHERE NOT EXISTS (SELECT 1 FROM event_refs WHERE n = e.device)
   OR (e.user_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM event_refs WHERE n = e.user_id))"""
_UNNAMED_KINDS = """
   OR NOT EXISTS (SELECT 1 FROM event_refs WHERE n = e.entity)
   OR NOT EXISTS (SELECT 1 FROM event_refs WHERE n = e.op)"""


class Store:
    """An open, unlocked store. Use :meth:`transaction` for writes and :meth:`read` for reads."""

    def __init__(self, path: Path, conn: Connection, key: bytes) -> None:
        self.path = path
        self._conn: Connection | None = conn
        self._key: bytes | None = key
        self._lock = threading.RLock()
        self._depth = 0
        self._committed = ChangeCollector()
        self._forbidden_thread: int | None = None

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, key: bytes) -> Store:
        path = Path(path)
        if path.exists():
            raise StoreError("store.already-exists", path=path)
        with guard(path.parent):
            path.parent.mkdir(parents=True, exist_ok=True)
            create_owner_only(path)  # SQLite would create it with the umask's 0644
            store = cls(path, _connect(path, key), key)
            store._migrate(backup=False)
        return store

    @classmethod
    def open(cls, path: Path, key: bytes, *, migrate: bool = True) -> Store:
        path = Path(path)
        check_store_file(path)  # an empty file would otherwise become a new store
        tighten(path)
        with guard(path.parent):
            store = cls(path, _connect(path, key), key)
        try:
            version = store.user_version()
        except DatabaseError as exc:
            store.close()
            problem = translate(exc, path.parent)
            if problem is not None:
                raise problem from exc
            damaged = damage(exc, path)
            if damaged is None:
                raise
            raise damaged from exc
        if version > schema_version():
            store.close()
            raise MigrationError(
                "store.from-newer-version", version=version, supported=schema_version())
        if migrate and version < schema_version():
            try:
                store._migrate(backup=True)
                store._compact()
            except BaseException:
                store.close()  # the store stays at the version it reached; nothing half-done
                raise
        return store

    # -- connection access ---------------------------------------------------------------

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise StoreError("store.locked")
        if self._forbidden_thread is not None and threading.get_ident() == self._forbidden_thread:
            raise StoreError("store.forbidden-thread")
        return self._conn

    def forbid_thread(self, ident: int | None) -> None:
        """Refuse every use of the store from thread ``ident`` (None: allow all again).

        The desktop's GUI thread must never wait for the store (a sync step may hold it for
        seconds); tests switch this on to prove that no screen reads the store there."""
        self._forbidden_thread = ident

    @property
    def key(self) -> bytes:
        """The raw store key (held in memory only while the store is unlocked)."""
        if self._key is None:
            raise StoreError("store.locked")
        return self._key

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @contextlib.contextmanager
    def transaction(self, *, needs: int = 0) -> Iterator[Connection]:
        """A write transaction (``BEGIN IMMEDIATE``); nested calls join the outer one.

        A full or read-only disk met anywhere inside rolls the whole transaction back and is
        raised as :class:`~collabdesk.errors.DiskProblem` (``needs``: about how many bytes
        the transaction writes, for the message)."""
        with self._lock, self._disk(needs, outermost=not self._depth):
            conn = self.conn
            if self._depth:
                self._depth += 1
                try:
                    yield conn
                finally:
                    self._depth -= 1
                return
            conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            pending = _collector(conn)
            pending.clear()
            try:
                yield conn
            except BaseException:
                pending.clear()
                self._rollback(conn)
                raise
            else:
                try:
                    conn.execute("COMMIT")
                except BaseException:
                    pending.clear()
                    self._rollback(conn)
                    raise
                self._committed.absorb(pending)
                pending.clear()
            finally:
                self._depth = 0

    @staticmethod
    def _rollback(conn: Connection) -> None:
        # SQLite may already have rolled back on its own (a full disk does that); then there
        # is nothing to undo and the error that did it is the one to report.
        if conn.in_transaction:
            with contextlib.suppress(DatabaseError):
                conn.execute("ROLLBACK")

    @contextlib.contextmanager
    def _disk(self, needs: int = 0, *, outermost: bool = True) -> Iterator[None]:
        # Only the outermost transaction speaks: code inside (applying a pulled envelope)
        # must see SQLite's own error and not mistake a full disk for a refused change.
        if not outermost:
            yield
            return
        with guard(self.path.parent, needs):
            yield

    def note_changes(self, kind: str, ids: Iterable[str] = ()) -> None:
        """Report a change no event describes (delivery states, a replaced store)."""
        with self._lock:
            self._committed.add(kind, ids)

    def take_changes(self) -> Changes:
        """What committed transactions changed since the last call (and forget it)."""
        with self._lock:
            taken = self._committed.freeze()
            self._committed.clear()
            return taken

    @contextlib.contextmanager
    def savepoint(self, conn: Connection) -> Iterator[None]:
        """Inside a transaction: a block whose writes are all undone if it raises, while
        the rest of the transaction goes on."""
        conn.execute("SAVEPOINT block")
        try:
            yield
        except BaseException:
            if conn.in_transaction:  # not when SQLite rolled everything back (a full disk)
                with contextlib.suppress(DatabaseError):
                    conn.execute("ROLLBACK TO block")
                    conn.execute("RELEASE block")
            raise
        conn.execute("RELEASE block")

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        with self._lock:
            yield self.conn

    def set_cache_kib(self, kib: int) -> None:
        """Size this store's page cache (:data:`CACHE_KIB` normally, :data:`LEAN_CACHE_KIB`
        while a pull catches up on a whole agency)."""
        with self._lock:
            self.conn.execute(f"PRAGMA cache_size = -{int(kib)}")

    @contextlib.contextmanager
    def long_read(self) -> Iterator[Connection]:
        """A second connection inside one read transaction: a consistent view for a long
        read (a sync snapshot) while this store's own connection goes on serving the app."""
        conn = _connect(self.path, self.key)
        try:
            conn.execute("PRAGMA cache_size = -8192")  # one pass over everything: no reuse
            conn.execute("PRAGMA query_only = ON")
            conn.execute("BEGIN")
            yield conn
        finally:
            with contextlib.suppress(Exception):
                conn.execute("ROLLBACK")
            conn.close()

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[Any]:
        with self.read() as conn:
            return conn.execute(sql, params).fetchall()

    def checkpoint(self) -> None:
        """Copy the WAL back into the store file (after a sync round, or when idle)."""
        with self._lock, self._disk():
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(Exception):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._conn.close()
                self._conn = None
                self._key = None

    # -- meta ----------------------------------------------------------------------------

    def user_version(self) -> int:
        with self.read() as conn:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        with self.read() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- maintenance ---------------------------------------------------------------------

    def backup_to(self, target: Path) -> None:
        """Copy the store, still encrypted with the same key, to ``target`` (online backup)."""
        target = Path(target)
        with guard(target.parent, self.size()):
            self._backup_to(target)

    def size(self) -> int:
        """Bytes the store takes on disk now (the file and its WAL)."""
        return sum(Path(f"{self.path}{suffix}").stat().st_size
                   for suffix in ("", "-wal") if Path(f"{self.path}{suffix}").exists())

    def _backup_to(self, target: Path) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            raise StoreError("store.target-exists", target=target)
        create_owner_only(target)
        try:
            with self.read() as conn:
                key = f"\"x'{self._key_hex()}'\""
                conn.execute(f"ATTACH DATABASE ? AS backup KEY {key}", (str(target),))
                try:
                    conn.execute("SELECT sqlcipher_export('backup')")
                    version = self.user_version()
                    conn.execute(f"PRAGMA backup.user_version = {version}")
                finally:
                    conn.execute("DETACH DATABASE backup")
        except BaseException:
            target.unlink(missing_ok=True)  # no half copy left to be mistaken for a backup
            raise

    def _compact(self) -> None:
        """Rewrite the store into a new file under the same key and swap it in.

        An upgrade that shrinks rows where they are (schema 10's event bodies) leaves the
        file as large as before: the space freed inside pages is not where new rows go. Run
        after an upgrade, while the store is being opened and no one else holds it. With too
        little free disk for the copy it is skipped — the store is whole either way — and
        said in the log."""
        target = self.path.with_name(self.path.name + ".compacting")
        target.unlink(missing_ok=True)  # left by a compaction cut short: the store is whole
        needs, free = self.size() + STORE_HEADROOM, free_bytes(self.path.parent)
        if free < needs:
            log.warning("Not compacting the store after its upgrade: %s bytes free, %s needed.",
                        free, needs)
            return
        try:
            with guard(self.path.parent, needs):
                self._backup_to(target)
        except DiskProblem:
            log.warning("Not compacting the store after its upgrade: the disk filled up.")
            return
        with self._lock:
            conn = self.conn
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            self._conn = None
            for suffix in ("-wal", "-shm"):  # the old file's: never to be read with the new
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            os.replace(target, self.path)
            fsync_dir(self.path.parent)
            self._conn = _connect(self.path, self.key)

    def _key_hex(self) -> str:
        return self.key.hex()

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt every page under ``new_key`` (one transaction inside SQLCipher)."""
        with self._lock:
            conn = self.conn
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            conn.execute("PRAGMA journal_mode = WAL")
            self._key = new_key

    def integrity_problems(self) -> list[Message]:
        """Problems found by SQLite's and SQLCipher's integrity checks and a read of every
        event's body, device, author, kind and operation (empty when healthy); the checks'
        own findings are SQLite's words, inside a sentence of ours."""
        problems: list[Message] = []
        with self.read() as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            if [r[0] for r in rows] != ["ok"]:
                problems += [msg("store.integrity-problem", detail=r[0]) for r in rows]
            problems += [msg("store.cipher-problem", detail=r[0])
                         for r in conn.execute("PRAGMA cipher_integrity_check")]
            problems += [msg("store.broken-link", table=r[0], row=r[1], parent=r[2])
                         for r in conn.execute("PRAGMA foreign_key_check")]
            if not problems:  # the pages are sound: is every event's body readable?
                problems += [msg("store.event-body-damaged", seq=seq)
                             for seq in bodies.damaged(conn.execute(
                                 "SELECT seq, data FROM event_log WHERE typeof(data) != 'text'"))]
                # ... and does each name a device, an author, a kind and an operation it has?
                # The log's numbers have no foreign key: a table cannot gain one in place.
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if version >= 12:
                    unnamed = _UNNAMED_REFS + (_UNNAMED_KINDS if version >= 13 else "")
                    problems += [msg("store.broken-link", table="event_log", row=seq,
                                     parent="event_refs")
                                 for (seq,) in conn.execute(unnamed)]
        return problems

    def _migrate(self, *, backup: bool) -> None:
        current = self.user_version()
        pending = [m for m in migrations() if m[0] > current]
        if not pending:
            return
        if backup:
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
            folder = self.path.parent / "backups"
            with guard(folder):
                folder.mkdir(exist_ok=True)
            owner_only(folder)
            self.backup_to(folder / f"pre-migration-v{current}-{stamp}.db")
        for version, name, sql in pending:
            try:
                with self.transaction() as conn:
                    for statement in _split_sql(sql):
                        conn.execute(statement)
                    conn.execute(f"PRAGMA user_version = {version}")
            except DatabaseError as exc:
                raise MigrationError(
                    "store.migration-failed",
                    name=name, exc=exc, version=self.user_version()) from exc


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements (``executescript`` would commit on its own)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if not buffer and line.lstrip().startswith("--"):
            continue
        buffer += line
        if sqlcipher.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements

