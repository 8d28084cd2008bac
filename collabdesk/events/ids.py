"""How the event log stores its ids: 16 bytes each instead of 32 hex characters.

Six of an event's columns are ids (its own, its clock, device, author, record and scope). As
hex text they were 192 bytes of a 460-byte row and every entry of its three indexes; as blobs
they are half that. Everything outside the log still speaks lowercase hex: the log's table is
``event_log``, and the view ``events`` shows it with hex ids, for every read that does not
look rows up by an id. A lookup by id goes to ``event_log`` with :func:`pack`-ed values (a
view's computed column has no index).

Only lowercase hex of an even length is packed, so unpacking gives back the very same string;
anything else (a name, upper case) is stored as it came. Clocks are always 32 hex characters,
so their blobs sort as their text did. The audit trail stores its ids and hashes the same way
(``collabdesk/services/audit.py``).

Two of the six name one of a handful of things a million times: the device that made the
event and its author. Since schema 12 the log holds a small number for each, from the table
``event_refs`` (number, packed id), 30 bytes less a row; the view reads them back through
:func:`sql_ref`. Since schema 13 the event's kind and operation (``client``, ``create``) are
numbered the same way, 9 bytes less. Rows go in through :func:`insert_rows`, which numbers
their values with :func:`add_refs` (a few lookups a batch) and binds the numbers; a query of
the log by kind or operation compares with :func:`sql_number`.
Kinds and operations are names that :func:`pack` keeps as they are (a test checks every
one), so a query may name them as they are.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from itertools import chain
from typing import Any

# The event log's columns that hold an id, packed ...
ID_COLUMNS = ("id", "hlc", "entity_id", "scope")
# ... and those that hold the number of a value in event_refs.
REF_COLUMNS = ("device", "user_id", "entity", "op")


def pack(value: str | None) -> bytearray | str | None:
    """``value`` as the event log stores it (anything but a string as it is: a snapshot's
    rows are checked by the table's constraints, not here)."""
    if not isinstance(value, str):
        return value
    try:
        # A bytearray, not bytes: the driver binds a bytearray as it is and bytes through
        # its adapter registry (collabdesk/store/db.py), a look-up a value.
        packed = bytearray.fromhex(value)
    except ValueError:
        return value
    # fromhex also takes upper case and spaces: those would not come back the same.
    return packed if packed.hex() == value else value


def unpack(value: bytes | bytearray | str | None) -> str | None:
    """A value of the event log's id columns as the rest of the app knows it."""
    return value.hex() if isinstance(value, (bytes, bytearray)) else value


def sql_pack(expr: str) -> str:
    """SQL that packs ``expr`` exactly as :func:`pack` does (for joins with tables that hold
    hex, and for rows written in bulk, where it saves a Python call per id).

    ``unhex`` gives NULL for anything but pairs of hex digits, would take upper case, which
    ``lower`` rules out, and stops at a NUL character, which the byte count catches; a value
    that is not text never equals its ``lower``."""
    return (f"(CASE WHEN {expr} = lower({expr}) AND "
            f"octet_length(unhex({expr})) * 2 = octet_length({expr}) "
            f"THEN unhex({expr}) ELSE {expr} END)")


def sql_ref(expr: str) -> str:
    """SQL that reads a column of :data:`REF_COLUMNS` back as the value it numbers."""
    return f"(SELECT {sql_unpack('value')} FROM event_refs WHERE n = {expr})"


def sql_number(expr: str) -> str:
    """SQL for the number ``event_refs`` gives the kind or operation ``expr`` (a name, kept
    as it is by :func:`pack`), NULL if no event has it."""
    return f"(SELECT n FROM event_refs WHERE value = {expr})"


def add_refs(conn: Any, values: Iterable[object]) -> dict[object, int]:
    """Number each of ``values`` (devices, authors, kinds, operations) in ``event_refs``
    that has no number yet, inside the caller's transaction; the number of each. None is no
    one. A value that is not text (a malformed snapshot's, or one an upgrade found in the log)
    is numbered as it is, as the log kept it before; one SQLite cannot hold (a list) has no
    number and is left to fail the insert, as it did."""
    values = list(values)
    try:
        every = set(values)  # one loop in C: a restore's batch names some 35,000 values
    except TypeError:  # an unhashable value (a list): it gets no number
        every = {v for v in values if isinstance(v, _SCALARS)}
    distinct = [(v,) for v in every if isinstance(v, _SCALARS)]
    conn.executemany(f"INSERT OR IGNORE INTO event_refs(value) VALUES ({sql_pack('?1')})",
                     distinct)
    # A handful of values a batch: one indexed lookup each, instead of one a row and column.
    number = f"SELECT n FROM event_refs WHERE value = {sql_pack('?1')}"
    numbers: dict[object, int] = {}
    for (value,) in distinct:
        if row := conn.execute(number, (value,)).fetchone():
            numbers[value] = row[0]
    return numbers


_SCALARS = (str, int, float, bytes)


def _numbered(column: Sequence[object], numbers: dict[object, int]) -> list[object]:
    try:
        return list(map(numbers.get, column, column))
    except TypeError:  # an unhashable value: bound as it is, it fails the insert
        return [numbers.get(v, v) if isinstance(v, _SCALARS) else v for v in column]


def sql_values(columns: Sequence[str]) -> str:
    """The ``VALUES (…)`` of an insert into ``event_log`` of ``columns``, ids given as hex
    (packed by SQL, which saves a Python call per id) and references as their numbers:
    ``?1`` is the first column, and so on."""
    return "VALUES (" + ", ".join(sql_pack(f"?{n}") if name in ID_COLUMNS else f"?{n}"
                                  for n, name in enumerate(columns, start=1)) + ")"


def sql_unpack(expr: str) -> str:
    """SQL that reads a packed column back as hex, as :func:`unpack` does."""
    return f"(CASE WHEN typeof({expr}) = 'blob' THEN lower(hex({expr})) ELSE {expr} END)"


def insert_rows(conn: Any, columns: Sequence[str], rows: Sequence[Sequence[Any]], *,
                verb: str = "INSERT") -> None:
    """Write ``rows`` of ``columns`` (as outside the log: ids as hex, devices and kinds as
    they are) into ``event_log``, inside the caller's transaction: number their devices,
    authors, kinds and operations, pack their ids, and keep ``log_clock`` at the latest
    clock. The one way into the log (the projection's events, a snapshot's rows)."""
    if not rows:
        return
    # Column by column, so that each step is one loop in C rather than one a value.
    table: list[Sequence[Any]] = list(zip(*rows, strict=True))
    refs = [i for i, name in enumerate(columns) if name in REF_COLUMNS]
    numbers = add_refs(conn, chain.from_iterable(table[i] for i in refs))
    for i in refs:
        table[i] = _numbered(table[i], numbers)
    conn.executemany(f"{verb} INTO event_log({', '.join(columns)}) {sql_values(columns)}",
                     zip(*table, strict=True))
    clocks = table[columns.index("hlc")]
    if all(isinstance(c, str) for c in clocks):
        conn.execute(_NOTE_CLOCK, (greatest_clock(list(clocks)),))
    else:  # a malformed snapshot's: SQLite orders what it holds
        conn.execute(_NOTE_ANY_CLOCK, (json.dumps(clocks),))


# One statement per batch, not a trigger per row (a trigger cost more than the index on
# clocks it replaced).
_KEEP_GREATER = ("ON CONFLICT(one) DO UPDATE SET hlc = excluded.hlc "
                 "WHERE excluded.hlc > log_clock.hlc")
_NOTE_CLOCK = f"INSERT INTO log_clock(one, hlc) VALUES (1, ?) {_KEEP_GREATER}"
_NOTE_ANY_CLOCK = (f"INSERT INTO log_clock(one, hlc) SELECT 1, m FROM (SELECT "
                   f"max({sql_pack('value')}) AS m FROM json_each(?)) WHERE m IS NOT NULL "
                   f"{_KEEP_GREATER}")


def greatest_clock(clocks: list[str]) -> bytearray | str | None:
    """The greatest of ``clocks`` as SQLite orders them packed: any blob above any text,
    blobs by their bytes — for packed lowercase hex, the order of the text — and text by its
    characters."""
    top = pack(max(clocks))
    if isinstance(top, str):  # the greatest text is no hex: is any other?
        packed = [c for c in clocks if not isinstance(pack(c), str)]
        top = pack(max(packed)) if packed else top
    return top


def latest_clock(conn: Any) -> str | None:
    """The highest clock in the event log (kept in ``log_clock`` by :func:`insert_rows`
    since schema 13: the log has no index on clocks), or None for an empty log."""
    row = conn.execute("SELECT hlc FROM log_clock").fetchone()
    return unpack(row[0]) if row else None
