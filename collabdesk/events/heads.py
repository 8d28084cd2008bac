"""How a record stores its version heads: which clock versions each field is at.

The projection keeps, per record, each field's current versions (their HLCs) in the row's
``_heads`` column: a field with two heads is in conflict. Heads are grouped by version, each
group's fields named by their bits in :data:`~collabdesk.events.entities.HEAD_FIELDS`.

Since schema 13 the column holds bytes: per group, the number of its versions, each version
as its 16 bytes, then the bit mask of its fields as a varint (LEB128). A client at the
version that created it is 19 bytes (the JSON spelling of schema 11, ``[[["<clock>"],
8191]]``, was 45). Heads that bytes cannot say — a clock that is not 32 lowercase hex
characters, a field this version does not know — keep the JSON spelling, which is still
read, as are the spellings of older schemas. The store's connections have ``heads_recode``
(the upgrades rewrite older rows with it).
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from collabdesk.events.entities import HEAD_FIELDS
from collabdesk.events.jsontext import compact

_CLOCK_BYTES = 16


def decode_heads(stored: bytes | str | None, entity: str) -> dict[str, list[str]]:
    """A record's ``_heads`` column: each field's current versions (their HLCs).

    Bytes as :func:`encode_heads` writes them; or JSON grouped by version, ``[[[hlc, …],
    mask, field, …], …]`` (schemas 11 and 12, and heads bytes cannot say), where a field not
    in :data:`~collabdesk.events.entities.HEAD_FIELDS` follows by name. Still read: groups
    naming every field (schemas 7–10) and the per-field map ``{field: [hlc, …]}`` of schema
    6 and before. A bit past this version's fields is one it does not project (a newer
    schema's) and is skipped."""
    if not stored:
        return {}
    if isinstance(stored, (bytes, bytearray)):
        return _decode_bytes(stored, entity)
    value = json.loads(stored)
    if isinstance(value, dict):
        return value
    order = HEAD_FIELDS.get(entity, ())
    heads: dict[str, list[str]] = {}
    for group in value:
        names = group[1:]
        if names and isinstance(names[0], int):
            bits, names = names[0], names[1:]
            names = [f for i, f in enumerate(order) if bits >> i & 1] + names
        for name in names:
            heads[name] = list(group[0])
    return heads


def _decode_bytes(stored: bytes | bytearray, entity: str) -> dict[str, list[str]]:
    order = HEAD_FIELDS.get(entity, ())
    heads: dict[str, list[str]] = {}
    at, end = 0, len(stored)
    while at < end:
        count = stored[at]
        at += 1
        clocks = [stored[i:i + _CLOCK_BYTES].hex()
                  for i in range(at, at + count * _CLOCK_BYTES, _CLOCK_BYTES)]
        at += count * _CLOCK_BYTES
        bits = shift = 0
        while True:
            byte = stored[at]
            at += 1
            bits |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                break
        for i, name in enumerate(order):
            if bits >> i & 1:
                heads[name] = list(clocks)
    return heads


def encode_heads(heads: dict[str, list[str]], entity: str) -> bytearray | str:
    """The ``_heads`` column of ``heads`` (see :func:`decode_heads`): the same value for the
    same heads on every laptop. A bytearray, which the driver binds without an adapter
    lookup."""
    bit = _bits(entity)
    groups: dict[tuple[str, ...], list[str]] = {}
    for name in sorted(heads):
        groups.setdefault(tuple(heads[name]), []).append(name)
    out = bytearray()
    for clocks, names in sorted(groups.items()):
        mask = 0
        for name in names:
            if name not in bit:
                return _encode_json(groups, bit)
            mask |= bit[name]
        if not 0 < len(clocks) < 256:
            return _encode_json(groups, bit)
        out.append(len(clocks))
        for clock in clocks:
            try:
                packed = bytes.fromhex(clock)
            except ValueError:
                return _encode_json(groups, bit)
            # fromhex also takes upper case and spaces: those would not come back the same.
            if len(packed) != _CLOCK_BYTES or packed.hex() != clock:
                return _encode_json(groups, bit)
            out += packed
        while mask > 0x7F:
            out.append(mask & 0x7F | 0x80)
            mask >>= 7
        out.append(mask)
    return out


def _encode_json(groups: dict[tuple[str, ...], list[str]], bit: dict[str, int]) -> str:
    return compact(sorted(
        [list(h), sum(bit.get(n, 0) for n in names), *(n for n in names if n not in bit)]
        for h, names in groups.items()))


@cache
def _bits(entity: str) -> dict[str, int]:
    return {name: 1 << i for i, name in enumerate(HEAD_FIELDS.get(entity, ()))}


def recode(stored: Any, entity: str) -> Any:
    """``stored`` (heads in any spelling this version reads) in today's spelling."""
    if isinstance(stored, (str, bytes)) and stored:
        return encode_heads(decode_heads(stored, entity), entity)
    return stored


def register(conn: Any) -> None:
    """Add ``heads_recode(_heads, kind)`` to ``conn``."""
    conn.create_function("heads_recode", 2, recode, deterministic=True)
