"""Cutting local changes into envelope-sized batches, and reading batches back.

An ``events`` batch is ``{"v": 1, "events": [wire events…], "blobs": [blob parts…]}``. An
attachment's bytes travel with it as *blob parts* (``{"sha256", "part", "parts", "data"}``)
because one attachment may be larger than an envelope may be; every part of a blob is placed
in the same envelope as the event that needs it or in an earlier one, so a receiver that
applies envelopes in mailbox order always has the whole blob before the attachment event.

A ``referral`` batch (messages for a partner agency) is
``{"v": 1, "messages": [{"id", "kind", "payload"}…]}``.

Sizes are measured on the canonical JSON before compression, which bounds the sealed
envelope from above (zlib never expands JSON by much) and keeps each push request under the
hub's body limit after base64.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from collabdesk.events.projection import OPS, Event
from collabdesk.sync.canonical import b64d, canonical_json

MAX_EVENTS = 2000
MAX_BATCH_JSON = 4 * 1024 * 1024
BLOB_PART_BYTES = 1024 * 1024
MAX_MESSAGES = 200
MESSAGE_KINDS = ("referral", "referral_update")


class BatchError(ValueError):
    """A decrypted batch does not have the expected shape."""


@dataclass
class EventBatch:
    events: list[dict[str, Any]] = field(default_factory=list)
    blob_parts: list[dict[str, Any]] = field(default_factory=list)
    last_seq: int = 0  # the highest local event seq this batch completes
    size: int = 0
    # Each event's canonical JSON, made once while cutting (it measures the batch too).
    encoded: list[bytes] = field(default_factory=list)

    def payload(self) -> dict[str, Any]:
        return {"v": 1, "events": self.events, "blobs": self.blob_parts}

    def payload_json(self) -> bytes:
        """``canonical_json(self.payload())``, joined from the events' own encodings.

        Canonical JSON nests: a value is spelled the same inside a list as on its own, and
        the keys "blobs" < "events" < "v" are already in order, so joining is exact."""
        if len(self.encoded) != len(self.events):  # built by hand, not by the planner
            return canonical_json(self.payload())
        return b"".join((b'{"blobs":', canonical_json(self.blob_parts), b',"events":[',
                         b",".join(self.encoded), b'],"v":1}'))


def blob_refs(event: Event) -> list[str]:
    """SHA-256 digests of the blobs an event needs (attachments carry one)."""
    if event.entity != "attachment":
        return []
    digest = event.data.get("fields", {}).get("sha256")
    return [digest] if isinstance(digest, str) and digest else []


def split_blob(digest: str, data: bytes, part_bytes: int = BLOB_PART_BYTES
               ) -> list[dict[str, Any]]:
    count = max(1, -(-len(data) // part_bytes))
    return [{"sha256": digest, "part": i, "parts": count,
             "data": data[i * part_bytes:(i + 1) * part_bytes]} for i in range(count)]


def _part_size(part: Mapping[str, Any]) -> int:
    return (len(part["data"]) + 2) // 3 * 4 + 120


def plan_event_batches(
    rows: Iterable[tuple[int, Event]], load_blob: Callable[[str], bytes | None], *,
    start_seq: int = 0, max_events: int = MAX_EVENTS, max_json: int = MAX_BATCH_JSON,
    part_bytes: int = BLOB_PART_BYTES,
) -> Iterator[EventBatch]:
    """Yield batches of ``rows`` (local seq, event) in seq order.

    A batch holds at most ``max_events`` events and about ``max_json`` bytes of JSON (a single
    event larger than that still goes, alone). Blobs are loaded lazily, once each.
    """
    current = EventBatch(last_seq=start_seq)
    sent_blobs: set[str] = set()

    def flush() -> Iterator[EventBatch]:
        nonlocal current
        if current.events or current.blob_parts:
            yield current
        current = EventBatch(last_seq=current.last_seq)

    for seq, event in rows:
        for digest in blob_refs(event):
            if digest in sent_blobs:
                continue
            sent_blobs.add(digest)
            data = load_blob(digest)
            if data is None:
                continue  # the receiver will refuse the event; nothing better to send
            for part in split_blob(digest, data, part_bytes):
                size = _part_size(part)
                if current.size and current.size + size > max_json:
                    yield from flush()
                current.blob_parts.append(part)
                current.size += size
        wire = event.to_wire()
        encoded = canonical_json(wire)
        size = len(encoded) + 1
        if current.events and (len(current.events) >= max_events
                               or current.size + size > max_json):
            yield from flush()
        current.events.append(wire)
        current.encoded.append(encoded)
        current.size += size
        current.last_seq = seq
    yield from flush()


def plan_message_batches(messages: list[dict[str, Any]], max_messages: int = MAX_MESSAGES,
                         max_json: int = MAX_BATCH_JSON) -> Iterator[list[dict[str, Any]]]:
    """Group outbox messages ({id, kind, payload}) for one mailbox into envelope batches."""
    group: list[dict[str, Any]] = []
    size = 0
    for message in messages:
        item = len(canonical_json(message))
        if group and (len(group) >= max_messages or size + item > max_json):
            yield group
            group, size = [], 0
        group.append(message)
        size += item
    if group:
        yield group


# -- reading batches back ------------------------------------------------------------------

@dataclass(frozen=True)
class BlobPart:
    sha256: str
    part: int
    parts: int
    data: bytes


def read_event_batch(batch: object) -> tuple[list[Event], list[BlobPart]]:
    """Check an ``events`` batch's shape; raises BatchError."""
    if not isinstance(batch, dict) or batch.get("v") != 1:
        raise BatchError("not a version 1 events batch")
    raw_events, raw_blobs = batch.get("events"), batch.get("blobs", [])
    if not isinstance(raw_events, list) or not isinstance(raw_blobs, list):
        raise BatchError("events and blobs must be lists")
    try:
        events = [Event.from_wire(e) for e in raw_events]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BatchError("an event is malformed") from exc
    for event in events:
        if event.op not in OPS:
            raise BatchError("an event has an unknown operation")
    parts: list[BlobPart] = []
    for raw in raw_blobs:
        try:
            part = BlobPart(str(raw["sha256"]), int(raw["part"]), int(raw["parts"]),
                            b64d(raw["data"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise BatchError("a blob part is malformed") from exc
        if not 0 <= part.part < part.parts or len(part.sha256) != 64:
            raise BatchError("a blob part is out of range")
        parts.append(part)
    return events, parts


def read_message_batch(batch: object) -> list[tuple[str, str, dict[str, Any]]]:
    """Check a ``referral`` batch's shape → [(message id, kind, payload)]; raises BatchError."""
    if not isinstance(batch, dict) or batch.get("v") != 1:
        raise BatchError("not a version 1 message batch")
    raw = batch.get("messages")
    if not isinstance(raw, list) or not raw:
        raise BatchError("messages must be a non-empty list")
    out = []
    for message in raw:
        if not isinstance(message, dict):
            raise BatchError("a message is malformed")
        kind, payload, message_id = message.get("kind"), message.get("payload"), message.get("id")
        if kind not in MESSAGE_KINDS or not isinstance(payload, dict) \
                or not isinstance(message_id, str):
            raise BatchError("a message is malformed")
        out.append((message_id, str(kind), payload))
    return out


def assemble_blob(parts: list[BlobPart]) -> bytes | None:
    """Join a complete set of parts, or None if incomplete; raises BatchError on a bad hash."""
    if not parts:
        return None
    count = parts[0].parts
    by_index = {p.part: p for p in parts if p.parts == count}
    if len(by_index) != count:
        return None
    data = b"".join(by_index[i].data for i in range(count))
    if hashlib.sha256(data).hexdigest() != parts[0].sha256:
        raise BatchError("an attachment's bytes do not match its hash")
    return data
