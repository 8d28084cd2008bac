"""What a write changed: the kinds of record and the ids it touched.

Every local change and every applied pull goes through the one projection
(:mod:`collabdesk.events.projection`), which notes each event's entity and id here. The
store gathers them per committed transaction (a rolled-back one reports nothing) and hands
them out with :meth:`Store.take_changes`; the desktop's background helper takes them after
each piece of work and emits one signal, so every page refreshes once, and only when the
change concerns it (the model is Anki's ``OpChanges``).

Kinds are the event log's entity names (``client``, ``case``, ``note``, ``referral`` …) plus
a few that no event carries:

* ``delivery`` — records' delivery states moved on (a push or a message was acknowledged);
* ``conflict`` — the conflict queue may have changed (remote edits, reviews);
* ``everything`` — too much to list (a snapshot restore, a store replaced by a backup).

Plain Python, no Qt: the CLI and the sync engine report the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

#: kinds that no entity event carries (see the module docstring)
DELIVERY = "delivery"
CONFLICT = "conflict"
EVERYTHING = "everything"

# Entities whose records are shown inside a case: a change to one is a change to the case.
CASE_PARTS = frozenset({"case", "need", "service", "note", "attachment", "consent", "task",
                        "referral"})


@dataclass(frozen=True)
class Changes:
    """An immutable set of (kind → ids) touched; ``ids`` may be empty for a whole kind."""

    ids: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of(cls, *kinds: str, ids: Iterable[str] = ()) -> Changes:
        """Changes of ``kinds``, each naming ``ids`` (none: the kind as a whole)."""
        touched = frozenset(ids)
        return cls(MappingProxyType({kind: touched for kind in kinds}))

    @classmethod
    def everything(cls) -> Changes:
        return cls.of(EVERYTHING)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.ids)

    def __bool__(self) -> bool:
        return bool(self.ids)

    def touches(self, *kinds: str) -> bool:
        """True when any of ``kinds`` changed (always, after ``everything``)."""
        return EVERYTHING in self.ids or any(kind in self.ids for kind in kinds)

    def ids_of(self, kind: str) -> frozenset[str]:
        return self.ids.get(kind, frozenset())

    def __or__(self, other: Changes) -> Changes:
        if not other:
            return self
        if not self:
            return other
        merged: dict[str, frozenset[str]] = dict(self.ids)
        for kind, ids in other.ids.items():
            merged[kind] = merged.get(kind, frozenset()) | ids
        return Changes(MappingProxyType(merged))


#: Ids a collector keeps per kind; past this many the kind is reported as a whole (no ids).
#: A pull of a whole agency touches hundreds of thousands of records, and nothing that
#: listens needs them one by one: pages reload by kind.
MAX_IDS = 2000


class ChangeCollector:
    """Mutable gathering of changes while a transaction runs (owned by the store)."""

    def __init__(self) -> None:
        self._ids: dict[str, set[str]] = {}
        self._whole: set[str] = set()  # kinds past MAX_IDS, reported without ids

    def add(self, kind: str, ids: Iterable[str] = ()) -> None:
        held = self._ids.setdefault(kind, set())
        if kind in self._whole:
            return
        held.update(ids)
        if len(held) > MAX_IDS:
            held.clear()
            self._whole.add(kind)

    def absorb(self, other: ChangeCollector) -> None:
        for kind, ids in other._ids.items():
            if kind in other._whole:
                self._ids.setdefault(kind, set()).clear()
                self._whole.add(kind)
            else:
                self.add(kind, ids)

    def clear(self) -> None:
        self._ids.clear()
        self._whole.clear()

    def freeze(self) -> Changes:
        return Changes(MappingProxyType({k: frozenset(v) for k, v in self._ids.items()}))

    def __bool__(self) -> bool:
        return bool(self._ids)
