"""Agency snapshots: the agency's replicated records as they stood at one point of its
mailbox, cut into parts that travel sealed like envelopes.

A laptop that joins an agency with a long history restores from the latest snapshot by
copying rows, then pulls only the envelopes after the snapshot's point, instead of
replaying every event since the agency began (docs/sync-engine.md, *Snapshots*).

This module knows which tables a snapshot holds and how a part is encoded; it touches
neither the network nor any key. The engine seals, uploads, downloads, verifies and applies.

A part's plain body is JSON::

    {"v": 1, "snapshot": id, "n": index,
     "chunks": [[table, [[value, …] row, …]], …],      # columns as in the manifest
     "blobs": [[sha256, part, parts, base64], …]}       # attachment bytes, 1 MiB pieces

Each chunk of clients is followed by a ``client_index`` chunk: what the search and
duplicate-matching indexes hold for those clients ([id, names, phone, dob, keys]), worked
out by the maker, so the restoring laptop only inserts it (when both run the same matching
rules, ``index`` in the manifest; otherwise it works them out itself).

and the manifest (sealed as kind ``snapshot``) lists every part's envelope id, so the hub
can neither drop, swap nor reorder parts without the restoring laptop noticing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from collabdesk.events import bodies as event_bodies
from collabdesk.events import ids as event_ids
from collabdesk.services import clients as clients_mod
from collabdesk.services import matching
from collabdesk.store.db import Connection
from collabdesk.sync import batch as batching
from collabdesk.sync import envelope as envelope_mod
from collabdesk.sync.canonical import b64d, b64e

VERSION = 1
# Replicated tables, parents before children so foreign keys hold at every insert. Not in a
# snapshot: what is this laptop's own (meta, audit, sync_outbox, sync_seen) and the search
# indexes, which the restoring laptop builds from the client rows.
TABLES = ("agency", "users", "clients", "cases", "needs", "services", "notes", "blobs",
          "attachments", "reviews", "tasks", "consents", "partners", "partner_services",
          "referrals", "forms", "form_responses", "form_response_heads", "form_suggestions",
          "caseload_imports", "tombstones", "transitions", "conflicts", "events")
# A table's column that is this replica's own: the event log's local order.
_LOCAL_COLUMNS = {"events": ("seq",)}
PART_BYTES = 6 * 1024 * 1024  # plain JSON per part: sealed, it stays under 8 MiB
_ROWS_PER_CHUNK = 500
INDEX_CHUNK = "client_index"
INDEX_VERSION = str(matching.BLOCKING_KEYS_VERSION)


class SnapshotError(ValueError):
    """A manifest or part does not have the expected shape; ``reason`` is a short code."""

    def __init__(self, reason: str, message: str = "") -> None:
        super().__init__(message or reason)
        self.reason = reason


def columns(conn: Connection) -> dict[str, list[str]]:
    """The columns a snapshot carries for each table of this store's schema."""
    out: dict[str, list[str]] = {}
    for table in TABLES:
        skip = _LOCAL_COLUMNS.get(table, ())
        out[table] = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                      if r[1] not in skip]
    return out


@dataclass(frozen=True)
class Manifest:
    """What a snapshot holds and where it stands; sealed as the snapshot's ``snapshot``
    envelope and signed by the laptop that made it."""

    snapshot_id: str
    agency_id: str       # the agency's id inside the store (not its hub id)
    schema: int          # the store's schema version (PRAGMA user_version)
    tables: dict[str, list[str]]
    parts: list[str]     # envelope id of each part, in order
    events: int
    cursor: str | None   # the maker's pull token when it read the rows
    created_ms: int
    index: str = INDEX_VERSION  # the matching rules the client_index chunks follow

    def to_json(self) -> dict[str, Any]:
        return {"v": VERSION, "snapshot": self.snapshot_id, "agency_id": self.agency_id,
                "schema": self.schema, "tables": self.tables, "parts": self.parts,
                "events": self.events, "cursor": self.cursor, "created": self.created_ms,
                "index": self.index}

    @classmethod
    def from_json(cls, value: object) -> Manifest:
        try:
            assert isinstance(value, dict) and value["v"] == VERSION
            tables = value["tables"]
            assert isinstance(tables, dict) and all(
                isinstance(c, list) and all(isinstance(n, str) for n in c)
                for c in tables.values())
            parts = value["parts"]
            assert isinstance(parts, list) and all(isinstance(p, str) for p in parts)
            assert 0 < len(parts) <= envelope_mod.MAX_SNAPSHOT_PARTS
            cursor = value["cursor"]
            assert cursor is None or isinstance(cursor, str)
            manifest = cls(str(value["snapshot"]), str(value["agency_id"]),
                           int(value["schema"]), tables, parts, int(value["events"]), cursor,
                           int(value["created"]), str(value["index"]))
        except (AssertionError, KeyError, TypeError, ValueError) as exc:
            raise SnapshotError("bad-manifest", "The snapshot's manifest is malformed.") \
                from exc
        if not envelope_mod.SNAPSHOT_ID.fullmatch(manifest.snapshot_id):
            raise SnapshotError("bad-manifest", "The snapshot's id is malformed.")
        return manifest


# -- making -----------------------------------------------------------------------------------

# Columns the store holds as bytes: a part carries them as hex (as the view of the log
# shows its ids), and the insert packs them back. A record's version heads
# (collabdesk/events/heads.py; hex is no JSON spelling of heads), and a transition's clock
# and actor.
_HEADS = "_heads"
_PACKED = {"transitions": ("hlc", "actor")}


def _packed(table: str, name: str) -> bool:
    return name == _HEADS or name in _PACKED.get(table, ())


def _select(table: str, names: list[str]) -> str:
    return "SELECT " + ", ".join(event_ids.sql_unpack(n) if _packed(table, n) else n
                                 for n in names) + f" FROM {table}"


def _encoded_chunks(table: str, rows: list[tuple[Any, ...]], budget: int) -> Iterator[str]:
    """``rows`` of ``table`` as JSON chunks of at most ``budget`` characters (a single row
    larger than that still goes, alone)."""
    text = json.dumps([table, rows], ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False)
    if len(text) <= budget or len(rows) == 1:
        yield text
        return
    half = len(rows) // 2
    yield from _encoded_chunks(table, rows[:half], budget)
    yield from _encoded_chunks(table, rows[half:], budget)


def build_parts(conn: Connection, snapshot_id: str, *, part_bytes: int | None = None
                ) -> Iterator[bytes]:
    """The plain bodies of a snapshot of every row ``conn`` sees, in order, each about
    ``part_bytes`` (default PART_BYTES) long.

    Run it inside one read transaction, so the parts show one consistent state.
    """
    part_bytes = part_bytes or PART_BYTES
    tables = columns(conn)
    chunks: list[str] = []
    blobs: list[str] = []
    size = 0
    n = 0

    def part() -> bytes:
        return (f'{{"blobs":[{",".join(blobs)}],"chunks":[{",".join(chunks)}],'
                f'"n":{n},"snapshot":"{snapshot_id}","v":{VERSION}}}').encode()

    def add(text: str, into: list[str]) -> Iterator[bytes]:
        nonlocal size, n
        if size and size + len(text) > part_bytes:
            yield part()
            chunks.clear()
            blobs.clear()
            size, n = 0, n + 1
        into.append(text)
        size += len(text) + 1

    for table in TABLES:
        if table == "blobs":
            for digest, data in conn.execute("SELECT sha256, data FROM blobs"):
                for piece in batching.split_blob(digest, bytes(data)):
                    yield from add(json.dumps([digest, piece["part"], piece["parts"],
                                               b64e(piece["data"])]), blobs)
            continue
        names = tables[table]
        cursor = conn.execute(_select(table, names))
        while rows := cursor.fetchmany(_ROWS_PER_CHUNK):
            for text in _encoded_chunks(table, rows, part_bytes // 2):
                yield from add(text, chunks)
            if table == "clients":
                id_at = names.index("id")
                entries = [(row[id_at], *clients_mod.index_entry(dict(zip(names, row,
                                                                          strict=True))))
                           for row in rows]
                for text in _encoded_chunks(INDEX_CHUNK, entries, part_bytes // 2):
                    yield from add(text, chunks)
    if size or n == 0:
        yield part()


# -- restoring --------------------------------------------------------------------------------

@dataclass
class Part:
    rows: list[tuple[str, list[list[Any]]]]
    blobs: list[batching.BlobPart]


def read_part(plain: bytes, *, snapshot_id: str, index: int,
              tables: dict[str, list[str]]) -> Part:
    """Check a part's shape against its manifest; raises SnapshotError."""
    def bad(why: str) -> SnapshotError:
        return SnapshotError("bad-part", f"Part {index} of the snapshot is malformed: {why}.")

    try:
        value = json.loads(plain)
    except (ValueError, RecursionError) as exc:
        raise bad("not JSON") from exc
    if not isinstance(value, dict) or value.get("v") != VERSION:
        raise bad("unknown version")
    if value.get("snapshot") != snapshot_id or value.get("n") != index:
        raise bad("it belongs to another snapshot or place")
    chunks, raw_blobs = value.get("chunks"), value.get("blobs")
    if not isinstance(chunks, list) or not isinstance(raw_blobs, list):
        raise bad("chunks and blobs must be lists")
    rows: list[tuple[str, list[list[Any]]]] = []
    for chunk in chunks:
        if (not isinstance(chunk, list) or len(chunk) != 2 or chunk[0] == "blobs"
                or (chunk[0] not in tables and chunk[0] != INDEX_CHUNK)
                or not isinstance(chunk[1], list)):
            raise bad("a chunk names no table of the manifest")
        width = 5 if chunk[0] == INDEX_CHUNK else len(tables[chunk[0]])
        # Loops in C: a part holds some 9,000 rows.
        if not (set(map(type, chunk[1])) <= {list} and set(map(len, chunk[1])) <= {width}):
            raise bad(f"a row of {chunk[0]} has the wrong number of columns")
        rows.append((chunk[0], chunk[1]))
    blobs: list[batching.BlobPart] = []
    for raw in raw_blobs:
        try:
            digest, piece, count, data = raw
            blob = batching.BlobPart(str(digest), int(piece), int(count), b64d(data))
        except (TypeError, ValueError) as exc:
            raise bad("a blob piece is malformed") from exc
        if not 0 <= blob.part < blob.parts or len(blob.sha256) != 64:
            raise bad("a blob piece is out of range")
        blobs.append(blob)
    return Part(rows, blobs)


def apply_rows(conn: Connection, manifest: Manifest, part: Part) -> None:
    """Insert a part's rows (rows this store already has stay as they are) and index the
    clients among them. Blob pieces are the caller's: they may span parts."""
    ours = manifest.index == INDEX_VERSION
    for table, rows in part.rows:
        if table == INDEX_CHUNK:
            if ours:
                rowids = _rowids(conn, [str(r[0]) for r in rows])
                clients_mod.add_to_index(conn, [(rowids[r[0]], *r[1:]) for r in rows])
            continue
        names = manifest.tables[table]
        if table == "events":
            # Whatever the maker sent, these events are not this laptop's to push. A part
            # carries the log's ids as hex and its bodies as JSON, as the view shows them;
            # stored packed (the ids by the insert itself).
            at, body = names.index("origin"), names.index("data")
            for row in rows:
                if row[at] == "local":
                    row[at] = "remote"
                if isinstance(row[body], str):
                    row[body] = event_bodies.pack(row[body])
            event_ids.insert_rows(conn, names, rows, verb="INSERT OR IGNORE")
            continue
        values = ", ".join(event_ids.sql_pack(f"?{n}") if _packed(table, name) else f"?{n}"
                           for n, name in enumerate(names, start=1))
        conn.executemany(
            f"INSERT OR IGNORE INTO {table}({', '.join(names)}) VALUES ({values})", rows)
        if table == "clients" and not ours:
            records = [dict(zip(names, row, strict=True)) for row in rows]
            rowids = _rowids(conn, [r["id"] for r in records])
            clients_mod.add_to_index(conn, [(rowids[r["id"]], *clients_mod.index_entry(r))
                                            for r in records])


def _rowids(conn: Connection, ids: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out.update(conn.execute(f"SELECT id, rowid FROM clients WHERE id IN "
                                f"({', '.join('?' * len(chunk))})", chunk).fetchall())
    return out
