"""Loading many rows into tables that hold none yet: secondary indexes built once, at the end.

A laptop restored from a snapshot receives a whole agency's records into empty tables. Kept
up to date row by row, each secondary index takes its entries in random order (ids are
random), touching a different page for almost every row; built once over the finished table,
SQLite sorts the entries and writes each page once. The caller chooses the tables: for the
largest (a million events) building costs as much as keeping up and holds the sorted entries
in memory (temporary storage never goes to disk).

:func:`defer_indexes` drops a table's secondary indexes and keeps their SQL in ``meta`` (in
the caller's transaction, so a crash leaves both or neither); :func:`build_deferred` creates
them again. Unique constraints and primary keys are not secondary indexes and stay,
so ``INSERT OR IGNORE`` still ignores what the store already has.

Until they are built, queries answer correctly but slowly; the caller builds them when the
load ends and also when it gives up.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from collabdesk.store.db import Connection

DEFERRED = "deferred_indexes"  # meta key: JSON [[name, sql], …] of indexes to build again


def defer_indexes(conn: Connection, tables: Sequence[str], indexes: Sequence[str] = ()
                  ) -> list[str]:
    """Drop the secondary indexes of ``tables`` and those named in ``indexes``; their
    names, to be built by :func:`build_deferred`."""
    if not tables and not indexes:
        return []
    # Plain indexes only: a unique one is a constraint the rows must still meet.
    rows = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' "
        f"AND sql LIKE 'CREATE INDEX %' AND (tbl_name IN ({', '.join('?' * len(tables))}) "
        f"OR name IN ({', '.join('?' * len(indexes))})) ORDER BY name",
        [*tables, *indexes]).fetchall()
    kept = _deferred(conn)
    known = {name for name, _sql in kept}
    kept += [[name, sql] for name, sql in rows if name not in known]
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                 "SET value = excluded.value", (DEFERRED, json.dumps(kept)))
    for name, _sql in rows:
        conn.execute(f'DROP INDEX IF EXISTS "{name}"')
    return [name for name, _sql in rows]


def build_deferred(conn: Connection) -> list[str]:
    """Create every index :func:`defer_indexes` dropped (those that exist are left as they
    are); their names."""
    kept = _deferred(conn)
    for _name, sql in kept:
        conn.execute(sql.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1))
    conn.execute("DELETE FROM meta WHERE key = ?", (DEFERRED,))
    return [name for name, _sql in kept]


def _deferred(conn: Connection) -> list[list[str]]:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (DEFERRED,)).fetchone()
    return [list(pair) for pair in json.loads(row[0])] if row else []
