"""The audit log: append-only, every entry hashing the one before it.

Each entry's hash is SHA-256 over the previous entry's hash and the entry's canonical JSON,
so altering or removing any entry breaks the chain from that point on. The head (last seq and
hash) is also kept in ``meta`` so that cutting entries off the end is detected too. Triggers
in the schema refuse UPDATE and DELETE on the table.

Details never hold client names or note text — only ids and what kind of thing happened.
Ids and hashes are stored as blobs (``collabdesk.events.ids``), times as 7 bytes of
microseconds since 1970 (schema 13); every hash covers the text (hex ids, ISO times).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from collabdesk.domain import AuditEntry
from collabdesk.events.ids import pack, unpack
from collabdesk.messages import Message, msg
from collabdesk.store.db import Connection

GENESIS = "0" * 64
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_TIME = "%Y-%m-%dT%H:%M:%S.%fZ"
_TIME_BYTES = 7  # microseconds to the year 4253


def pack_time(text: str) -> bytearray | str:
    """An entry's time as the trail stores it: 7 bytes when they read back as this very
    text, else the text (a bytearray: see ``ids.pack``)."""
    try:
        moment = dt.datetime.strptime(text, _TIME).replace(tzinfo=dt.UTC)
    except ValueError:
        return text
    micros = (moment - _EPOCH) // dt.timedelta(microseconds=1)
    if not 0 <= micros < 1 << (8 * _TIME_BYTES) or unpack_time(micros) != text:
        return text
    return bytearray(micros.to_bytes(_TIME_BYTES, "big"))


def unpack_time(stored: bytes | bytearray | int | str) -> str:
    """A stored time as the text its hash covers."""
    if isinstance(stored, (bytes, bytearray)):
        stored = int.from_bytes(stored, "big")
    if isinstance(stored, int):
        return (_EPOCH + dt.timedelta(microseconds=stored)).strftime(_TIME)
    return stored


def _digest(prev: str, seq: int, at: str, user_id: str | None, action: str,
            entity: str | None, entity_id: str | None, detail: str) -> str:
    body = json.dumps([seq, at, user_id, action, entity, entity_id, detail],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev + body).encode()).hexdigest()


def record(conn: Connection, user_id: str | None, action: str, entity: str | None = None,
           entity_id: str | None = None, detail: dict[str, Any] | None = None,
           *, at: dt.datetime | None = None) -> None:
    """Append an entry inside the caller's transaction."""
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, str(unpack(row[1]))) if row else (1, GENESIS)
    when = (at or dt.datetime.now(dt.UTC)).strftime(_TIME)
    text = json.dumps(detail or {}, sort_keys=True, ensure_ascii=False)
    digest = _digest(prev, seq, when, user_id, action, entity, entity_id, text)
    conn.execute(
        "INSERT INTO audit(seq, at, user_id, action, entity, entity_id, detail, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, pack_time(when), pack(user_id), action, entity, pack(entity_id), text,
         pack(digest)),
    )
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('audit_head', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (f"{seq}:{digest}",),
    )


def verify(conn: Connection) -> list[Message]:
    """Every problem found in the chain, as messages; empty when intact."""
    problems: list[Message] = []
    prev, expected_seq = GENESIS, 1
    # Each hash covers the one before it, so an entry altered, inserted or left out breaks
    # the next one's (the previous hash is not stored twice: schema 7 dropped that copy).
    for seq, at, user_id, action, entity, entity_id, detail, stored in conn.execute(
        "SELECT seq, at, user_id, action, entity, entity_id, detail, hash "
        "FROM audit ORDER BY seq"
    ):
        user_id, entity_id, digest = unpack(user_id), unpack(entity_id), str(unpack(stored))
        at = unpack_time(at)
        if seq != expected_seq:
            problems.append(msg("audit.entries-missing", first=expected_seq, last=seq - 1))
        if _digest(prev, seq, at, user_id, action, entity, entity_id, detail) != digest:
            problems.append(msg("audit.entry-altered", seq=seq))
        prev, expected_seq = digest, seq + 1
    head = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if head is not None:
        head_seq, head_hash = head[0].split(":", 1)
        if int(head_seq) != expected_seq - 1 or head_hash != prev:
            problems.append(msg("audit.entries-removed", last=expected_seq - 1,
                                ended=int(head_seq)))
    return problems


def entries(conn: Connection, *, limit: int = 200, before: int | None = None) -> list[AuditEntry]:
    rows = conn.execute(
        "SELECT seq, at, user_id, action, entity, entity_id, detail FROM audit "
        "WHERE (? IS NULL OR seq < ?) ORDER BY seq DESC LIMIT ?", (before, before, limit),
    ).fetchall()
    return [AuditEntry(r[0], unpack_time(r[1]), unpack(r[2]), r[3], r[4], unpack(r[5]),
                       json.loads(r[6])) for r in rows]
