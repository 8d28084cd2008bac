"""How a record stores its version heads: which clock versions each field is at.

The projection keeps, per record, each field's current versions (their HLCs) in the row's
``_heads`` column: a field with two heads is in conflict. Stored grouped by version, each
group's fields named by their bits in :data:`~collabdesk.events.entities.HEAD_FIELDS`
(schema 11): ``[[[hlc], 8191]]`` is a client whose thirteen fields are all at the version
that created it, as most records are. The store's connections have ``heads_recode`` (the
upgrade to schema 11 rewrites older rows with it).
"""

from __future__ import annotations

import json
from typing import Any

from collabdesk.events.entities import HEAD_FIELDS
from collabdesk.events.jsontext import compact


def decode_heads(text: str | None, entity: str) -> dict[str, list[str]]:
    """A record's ``_heads`` column: each field's current versions (their HLCs).

    Stored grouped by version, ``[[[hlc, …], mask, field, …], …]``: most records have every
    field at the one version that created them. ``mask`` names the group's fields by their
    bits in :data:`~collabdesk.events.entities.HEAD_FIELDS` (schema 11; a field not there
    follows by name). Still read: groups naming every field (schemas 7–10) and the per-field
    map ``{field: [hlc, …]}`` of schema 6 and before, which a snapshot of an older laptop
    may still carry."""
    if not text:
        return {}
    value = json.loads(text)
    if isinstance(value, dict):
        return value
    order = HEAD_FIELDS.get(entity, ())
    heads: dict[str, list[str]] = {}
    for group in value:
        names = group[1:]
        if names and isinstance(names[0], int):
            bits, names = names[0], names[1:]
            # A bit past this version's fields: one it does not project (a newer schema).
            names = [f for i, f in enumerate(order) if bits >> i & 1] + names
        for name in names:
            heads[name] = list(group[0])
    return heads


def encode_heads(heads: dict[str, list[str]], entity: str) -> str:
    """The ``_heads`` column of ``heads`` (see :func:`decode_heads`): the same text for the
    same heads on every laptop."""
    bit = {name: 1 << i for i, name in enumerate(HEAD_FIELDS.get(entity, ()))}
    groups: dict[tuple[str, ...], list[str]] = {}
    for name in sorted(heads):
        groups.setdefault(tuple(heads[name]), []).append(name)
    return compact(sorted(
        [list(h), sum(bit.get(n, 0) for n in names), *(n for n in names if n not in bit)]
        for h, names in groups.items()))


def recode(text: Any, entity: str) -> Any:
    """``text`` (heads in any spelling this version reads) in today's spelling."""
    return encode_heads(decode_heads(text, entity), entity) if isinstance(text, str) else text


def register(conn: Any) -> None:
    """Add ``heads_recode(_heads, kind)`` to ``conn``."""
    conn.create_function("heads_recode", 2, recode, deterministic=True)
