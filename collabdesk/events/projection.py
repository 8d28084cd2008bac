"""The one projection: applies an event (local or remote) to the tables the app reads.

Local changes and events pulled from the hub go through :func:`apply_events` (one event or a
whole pulled page), inside the caller's transaction, so every replica that has seen the same
set of events holds the same rows and the same conflict queue.

Per field of a ``record`` entity we keep its *heads*: the versions (event HLCs) that no later
edit was made over. An edit names, per field, the heads it was made over (its base). Applying
it removes those from the heads and adds itself. One head means a linear history; several mean
people edited the field concurrently, and the field sits in the ``conflicts`` table until a
resolution is made over all of them. The visible value is always the head with the highest
HLC (last writer wins), so nothing waits for the review — but nothing is silently lost either.
This depends only on the set of events, given causal delivery (an edit arrives after the
edits it was made over), which the sync engine provides by pulling each mailbox in order.

A ``retract`` event removes a record's row (and the rows that refer to it) and leaves a
tombstone: create, update, append and transition events for a tombstoned record, or for a
record that refers to one, stay in the log but are not projected. Those not part of the
retracted batch (``data["batch"]``), e.g. an edit made offline on a sibling laptop, are listed
in the conflict queue under the field ``_retracted``, so the edit is seen rather than lost.
Whichever order a retract and such an edit arrive in, the rows and the queue end the same.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from collabdesk.changes import CONFLICT
from collabdesk.events import bodies
from collabdesk.events import statemachine as sm
from collabdesk.events.entities import ENTITIES, EntitySpec, spec_for
from collabdesk.events.heads import decode_heads, encode_heads
from collabdesk.events.ids import insert_rows, pack, sql_number, sql_unpack, unpack
from collabdesk.events.jsontext import compact
from collabdesk.store.db import Connection, note_changes


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    hlc: str
    device: str
    user_id: str | None
    entity: str
    entity_id: str
    op: str  # create | update | transition | append | retract
    data: dict[str, Any]
    scope: str | None = None

    def to_wire(self) -> dict[str, Any]:
        return {
            "id": self.id, "hlc": self.hlc, "device": self.device, "user": self.user_id,
            "entity": self.entity, "eid": self.entity_id, "op": self.op, "data": self.data,
            "scope": self.scope,
        }

    @classmethod
    def from_wire(cls, obj: dict[str, Any]) -> Event:
        return cls(
            id=str(obj["id"]), hlc=str(obj["hlc"]), device=str(obj["device"]),
            user_id=obj.get("user"), entity=str(obj["entity"]), entity_id=str(obj["eid"]),
            op=str(obj["op"]), data=dict(obj["data"]), scope=obj.get("scope"),
        )


# Hooks run once per applied batch with the new events of their kind, after the rows were
# written (e.g. refresh the client search index).
ChangeHook = Callable[[Connection, "list[Event]"], None]
_change_hooks: dict[str, list[ChangeHook]] = {}


def on_change(entity: str, hook: ChangeHook) -> None:
    _change_hooks.setdefault(entity, []).append(hook)


def apply_event(conn: Connection, event: Event, *, origin: str = "local") -> bool:
    """Apply ``event`` once. Returns False if this replica had already applied it."""
    return apply_events(conn, (event,), origin=origin) == 1


def apply_events(conn: Connection, events: Iterable[Event], *, origin: str = "local") -> int:
    """Apply each of ``events`` (in causal order) that this replica has not applied yet, in
    the caller's transaction; return how many were new.

    The result is exactly that of applying them one by one: every entity's events are folded
    in memory in the given order and its row is written once. Kinds are written parents first
    (the order of :data:`ENTITIES`) so foreign keys hold at every statement.
    """
    fresh = _new_events(conn, events)
    if not fresh:
        return 0
    by_kind: dict[str, list[Event]] = {}
    for event in fresh:
        spec_for(event.entity)  # an unknown kind fails here, with its name
        if event.op not in OPS:
            raise ValueError(f"unknown event operation {event.op!r}")
        by_kind.setdefault(event.entity, []).append(event)
    insert_rows(conn, _LOG_COLUMNS,
                [(e.id, e.hlc, e.device, e.user_id, e.entity, e.entity_id, e.op,
                  bodies.pack(compact(e.data)), e.scope, origin, _batch_of(e))
                 for e in fresh])
    graves = _Graves.load(conn, fresh)
    for name in sorted(by_kind, key=_KIND_ORDER.__getitem__):
        spec, kind_events = ENTITIES[name], graves.projected(conn, by_kind[name])
        refolds: dict[tuple[str, str], None] = {}
        _apply_records(conn, spec, [e for e in kind_events if e.op in ("create", "update")],
                       refolds)
        _apply_appends(conn, spec, [e for e in kind_events if e.op == "append"])
        _apply_transitions(conn, spec, [e for e in kind_events if e.op == "transition"],
                           refolds)
        _refold(conn, spec, refolds)
        for hook in _change_hooks.get(name, ()):
            hook(conn, kind_events)
        note_changes(conn, name, {e.entity_id for e in by_kind[name]})
    graves.retract(conn)
    return len(fresh)


_LOG_COLUMNS = ("id", "hlc", "device", "user_id", "entity", "entity_id", "op", "data", "scope",
                "origin", "batch")
# Every operation an event may carry (the sync engine refuses others on the wire).
OPS = frozenset({"create", "update", "append", "transition", "retract"})
_KIND_ORDER = {name: i for i, name in enumerate(ENTITIES)}
_CHUNK = 500  # ids per "IN (…)" query, well under SQLite's variable limit


def _batch_of(event: Event) -> str | None:
    # The log's batch column: what a caseload import is undone by (only ever an id).
    batch = event.data.get("batch")
    return batch if isinstance(batch, str) else None


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


def _new_events(conn: Connection, events: Iterable[Event]) -> list[Event]:
    """The events not applied here yet, each once, in their order."""
    unique: dict[str, Event] = {}
    for event in events:
        unique.setdefault(event.id, event)
    known: set[str | None] = set()
    for chunk in _chunks(list(unique)):
        known.update(unpack(r[0]) for r in conn.execute(
            f"SELECT id FROM event_log WHERE id IN ({', '.join('?' * len(chunk))})",
            [pack(i) for i in chunk]))
    return [e for e in unique.values() if e.id not in known]


def _load_heads(conn: Connection, spec: EntitySpec, ids: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for chunk in _chunks(ids):
        found.update(conn.execute(
            f"SELECT id, _heads FROM {spec.table} WHERE id IN ({', '.join('?' * len(chunk))})",
            chunk).fetchall())
    return found


def current_heads(conn: Connection, spec: EntitySpec, entity_id: str) -> dict[str, list[str]]:
    return decode_heads(_load_heads(conn, spec, [entity_id]).get(entity_id), spec.name)


def _apply_records(conn: Connection, spec: EntitySpec, events: list[Event],
                   refolds: dict[tuple[str, str], None]) -> None:
    if not events:
        return
    per_entity: dict[str, list[Event]] = {}
    for event in events:
        per_entity.setdefault(event.entity_id, []).append(event)
    stored = _load_heads(conn, spec, list(per_entity))
    known = spec.fields
    inserts: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    conflicts_set: list[tuple[str, str, str, str]] = []
    conflicts_gone: list[tuple[str, str, str]] = []
    for entity_id, entity_events in per_entity.items():
        text = stored.get(entity_id)
        heads = decode_heads(text, spec.name)
        winners: dict[str, Any] = {}
        several: set[str] = {name for name, h in heads.items() if len(h) > 1}
        touched: set[str] = set()
        for event in entity_events:
            fields: dict[str, Any] = event.data.get("fields", {})
            base: dict[str, list[str]] = event.data.get("base", {})
            hlc = event.hlc
            for name, value in fields.items():
                if name not in known:
                    continue  # a field from a newer schema: kept in the event, not projected
                touched.add(name)
                before = heads.get(name)
                if not before:  # the field's first version (every field of a new record)
                    heads[name] = [hlc]
                    winners[name] = value
                    continue
                made_over = base.get(name, ())
                after = sorted({h for h in before if h not in made_over} | {hlc})
                heads[name] = after
                if hlc > max(before):
                    winners[name] = value
                if len(after) > 1:
                    several.add(name)
        for name in sorted(touched):
            if len(heads[name]) > 1:
                conflicts_set.append((spec.name, entity_id, name, json.dumps(heads[name])))
            elif name in several:
                conflicts_gone.append((spec.name, entity_id, name))
        columns = {k: spec.column_value(k, v) for k, v in winners.items()}
        columns["_heads"] = encode_heads(heads, spec.name)
        if text is None:
            inserts.setdefault(("id", *columns), []).append((entity_id, *columns.values()))
            for machine_field in spec.machines:
                refolds[(entity_id, machine_field)] = None
        else:
            updates.setdefault(tuple(columns), []).append((*columns.values(), entity_id))
    for names, rows in inserts.items():
        conn.executemany(
            f"INSERT INTO {spec.table}({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            rows)
    for names, rows in updates.items():
        conn.executemany(
            f"UPDATE {spec.table} SET {', '.join(f'{k} = ?' for k in names)} WHERE id = ?", rows)
    if conflicts_set or conflicts_gone:
        note_changes(conn, CONFLICT)
    if conflicts_set:
        conn.executemany(
            "INSERT INTO conflicts(entity, entity_id, field, heads) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(entity, entity_id, field) DO UPDATE SET heads = excluded.heads",
            conflicts_set)
    if conflicts_gone:
        conn.executemany(
            "DELETE FROM conflicts WHERE entity = ? AND entity_id = ? AND field = ?",
            conflicts_gone)


def _apply_appends(conn: Connection, spec: EntitySpec, events: list[Event]) -> None:
    inserts: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    for event in events:
        fields = {k: v for k, v in event.data.get("fields", {}).items() if k in spec.fields}
        inserts.setdefault(("id", *fields), []).append(
            (event.entity_id, *(spec.column_value(k, v) for k, v in fields.items())))
    for names, rows in inserts.items():
        conn.executemany(
            f"INSERT OR IGNORE INTO {spec.table}({', '.join(names)}) "
            f"VALUES ({', '.join('?' * len(names))})", rows)


def _apply_transitions(conn: Connection, spec: EntitySpec, events: list[Event],
                       refolds: dict[tuple[str, str], None]) -> None:
    rows = []
    for event in events:
        name = str(event.data["field"])
        if name not in spec.machines:
            raise ValueError(f"{spec.name}.{name} has no state machine")
        # The clock and the actor packed, as the log packs its ids (schema 13).
        rows.append((event.id, spec.name, event.entity_id, name, pack(event.hlc),
                     event.data.get("from"), event.data.get("to"),
                     event.data.get("reason", ""), pack(event.user_id),
                     event.data.get("at", "")))
        refolds[(event.entity_id, name)] = None
    if rows:
        conn.executemany(
            "INSERT OR IGNORE INTO transitions(event_id, entity, entity_id, field, hlc, "
            "from_value, to_value, reason, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows)


def _refold(conn: Connection, spec: EntitySpec, targets: Iterable[tuple[str, str]]) -> None:
    """Recompute state-machine fields from all their transitions (in HLC order, so the
    order events arrived in does not matter): the value, each transition's outcome, and the
    columns derived from it."""
    by_field: dict[str, list[str]] = {}
    for entity_id, name in targets:
        by_field.setdefault(name, []).append(entity_id)
    for name, ids in by_field.items():
        machine = spec.machines[name]
        found: dict[str, list[Any]] = {}
        for chunk in _chunks(ids):
            for row in conn.execute(
                f"SELECT entity_id, event_id, {sql_unpack('hlc')}, from_value, to_value, "
                "outcome, reason, at "
                "FROM transitions WHERE entity = ? AND field = ? AND entity_id IN "
                f"({', '.join('?' * len(chunk))})", (spec.name, name, *chunk)):
                found.setdefault(row[0], []).append(row[1:])
        outcome_changes: list[tuple[str, str]] = []
        values: list[tuple[str | None, str]] = []
        folded: list[tuple[str, str | None, str | None, str]] = []
        for entity_id, rows in found.items():
            value, outcomes = sm.fold(
                machine, machine.initial, (sm.Transition(r[0], r[1], r[2], r[3]) for r in rows))
            moved = [(outcomes[r[0]], r[0], r[4]) for r in rows if outcomes[r[0]] != r[4]]
            outcome_changes += [(new, event_id) for new, event_id, _ in moved]
            if any("rejected" in (new, old) for new, _, old in moved):
                note_changes(conn, CONFLICT)  # a transition was refused, or is no longer
            values.append((value, entity_id))
            applied = [r for r in rows if outcomes[r[0]] != "rejected"]
            last = max(applied, key=lambda r: (r[1], r[0])) if applied else None
            folded.append((entity_id, value, last[6] if last else None, last[5] if last else ""))
        conn.executemany("UPDATE transitions SET outcome = ? WHERE event_id = ?", outcome_changes)
        conn.executemany(f"UPDATE {spec.table} SET {name} = ? WHERE id = ?", values)
        for hook in _fold_hooks.get((spec.name, name), ()):
            hook(conn, folded)


# Derived columns kept in step with a status fold (e.g. a case's closed_at): called once per
# batch with (entity id, value, when the last applied transition happened, its reason).
FoldHook = Callable[[Connection, "list[tuple[str, str | None, str | None, str]]"], None]
_fold_hooks: dict[tuple[str, str], list[FoldHook]] = {}


def on_fold(entity: str, name: str, hook: FoldHook) -> None:
    _fold_hooks.setdefault((entity, name), []).append(hook)


def _case_closed_at(conn: Connection,
                    folded: list[tuple[str, str | None, str | None, str]]) -> None:
    conn.executemany("UPDATE cases SET closed_at = ? WHERE id = ?",
                     [(at if value == "closed" else None, case_id)
                      for case_id, value, at, _ in folded])


def _referral_status(conn: Connection,
                     folded: list[tuple[str, str | None, str | None, str]]) -> None:
    conn.executemany("UPDATE referrals SET status_reason = ?, updated_at = ? WHERE id = ?",
                     [(reason, at, referral_id) for referral_id, _, at, reason in folded])


def _consent_withdrawn(conn: Connection,
                       folded: list[tuple[str, str | None, str | None, str]]) -> None:
    conn.executemany("UPDATE consents SET withdrawn_at = ? WHERE id = ?",
                     [(at if value == "withdrawn" else None, consent_id)
                      for consent_id, value, at, _ in folded])


def _import_undone(conn: Connection,
                   folded: list[tuple[str, str | None, str | None, str]]) -> None:
    conn.executemany("UPDATE caseload_imports SET undone_at = ? WHERE id = ?",
                     [(at if value == "undone" else None, import_id)
                      for import_id, value, at, _ in folded])


on_fold("case", "status", _case_closed_at)
on_fold("referral", "status", _referral_status)
on_fold("consent", "status", _consent_withdrawn)
on_fold("caseload_import", "status", _import_undone)


# -- retracting ------------------------------------------------------------------------------

RETRACTED = "_retracted"  # the conflict queue's field for edits made to a retracted record
_RETRACT = "'retract'"

# Called with (entity ids) just before their rows are removed (e.g. drop them from the search
# index, whose rows are keyed by the row's rowid).
RetractHook = Callable[[Connection, "list[str]"], None]
_retract_hooks: dict[str, list[RetractHook]] = {}


def on_retract(entity: str, hook: RetractHook) -> None:
    _retract_hooks.setdefault(entity, []).append(hook)


_references: dict[str, list[tuple[str, str]]] | None = None


def _referrers(conn: Connection) -> dict[str, list[tuple[str, str]]]:
    """Per entity kind, the (kind, column) pairs of the kinds whose rows refer to it."""
    global _references
    if _references is None:
        by_table = {spec.table: spec.name for spec in ENTITIES.values()}
        found: dict[str, list[tuple[str, str]]] = {}
        for spec in ENTITIES.values():
            for row in conn.execute(f"PRAGMA foreign_key_list({spec.table})"):
                parent = by_table.get(row[2])
                if parent is not None and row[4] == "id":
                    found.setdefault(parent, []).append((spec.name, row[3]))
        _references = found
    return _references


def _parents(conn: Connection, entity: str) -> list[tuple[str, str]]:
    """The (column, parent kind) pairs through which rows of ``entity`` refer to others."""
    return [(column, parent) for parent, children in _referrers(conn).items()
            for child, column in children if child == entity]


class _Graves:
    """The tombstones a batch of events meets: which events to hold back, what to remove."""

    def __init__(self, known: dict[tuple[str, str], str],
                 retracts: list[tuple[str, str, str]]) -> None:
        self.known = known  # (entity, id) -> batch, for every tombstone met so far
        self.retracts = retracts  # (entity, id, batch) whose rows this batch removes
        self.touched: dict[tuple[str, str], None] = {}

    @classmethod
    def load(cls, conn: Connection, fresh: list[Event]) -> _Graves:
        retracts = [(e.entity, e.entity_id, str(e.data.get("batch", ""))) for e in fresh
                    if e.op == "retract"]
        if not retracts and conn.execute("SELECT 1 FROM tombstones LIMIT 1").fetchone() is None:
            return cls({}, [])  # the usual case: nothing was ever retracted
        wanted: dict[str, set[str]] = {}  # kind -> ids: the records and the parents named
        for e in fresh:
            wanted.setdefault(e.entity, set()).add(e.entity_id)
            fields = e.data.get("fields", {})
            for column, parent in _parents(conn, e.entity):
                if isinstance(fields.get(column), str):
                    wanted.setdefault(parent, set()).add(fields[column])
        known: dict[tuple[str, str], str] = {}
        for entity, id_set in wanted.items():
            for chunk in _chunks(sorted(id_set)):
                known.update(((entity, r[0]), r[1]) for r in conn.execute(
                    "SELECT entity_id, batch FROM tombstones WHERE entity = ? AND entity_id IN "
                    f"({', '.join('?' * len(chunk))})", (entity, *chunk)))
        for entity, entity_id, batch in retracts:
            known.setdefault((entity, entity_id), batch)
        graves = cls(known, retracts)
        conn.executemany("INSERT OR IGNORE INTO tombstones(entity, entity_id, batch) "
                         "VALUES (?, ?, ?)", retracts)
        graves.touched.update(((e, i), None) for e, i, _ in retracts)
        return graves

    def projected(self, conn: Connection, events: list[Event]) -> list[Event]:
        """``events`` less those for a tombstoned record or one that refers to it (that
        record is tombstoned too, under the same batch)."""
        if not self.known:
            return [e for e in events if e.op != "retract"]
        kept: list[Event] = []
        for event in events:
            if event.op == "retract":
                continue
            key = (event.entity, event.entity_id)
            if key not in self.known:
                fields = event.data.get("fields", {})
                for column, parent in _parents(conn, event.entity):
                    grave = self.known.get((parent, str(fields.get(column))))
                    if grave is not None:
                        self.known[key] = grave
                        conn.execute("INSERT OR IGNORE INTO tombstones(entity, entity_id, batch)"
                                     " VALUES (?, ?, ?)", (*key, grave))
                        break
            if key in self.known:
                self.touched[key] = None
            else:
                kept.append(event)
        return kept

    def retract(self, conn: Connection) -> None:
        """Remove the retracted rows and every row that refers to them (children first),
        then list the edits of tombstoned records that were not part of their batch."""
        doomed: dict[str, dict[str, str]] = {}
        frontier = [(e, i, b) for e, i, b in self.retracts]
        referrers = _referrers(conn) if frontier else {}
        while frontier:
            by_kind: dict[str, dict[str, str]] = {}
            for entity, entity_id, batch in frontier:
                if entity_id not in doomed.setdefault(entity, {}):
                    doomed[entity][entity_id] = batch
                    by_kind.setdefault(entity, {})[entity_id] = batch
            frontier = []
            for parent, ids in by_kind.items():
                for child, column in referrers.get(parent, ()):
                    table = ENTITIES[child].table
                    id_list = list(ids)
                    for chunk in _chunks(id_list):
                        frontier += [(child, r[0], ids[r[1]]) for r in conn.execute(
                            f"SELECT id, {column} FROM {table} WHERE {column} IN "
                            f"({', '.join('?' * len(chunk))})", chunk)]
        for entity in sorted(doomed, key=_KIND_ORDER.__getitem__, reverse=True):
            spec, ids = ENTITIES[entity], doomed[entity]
            id_list = list(ids)
            conn.executemany("INSERT OR IGNORE INTO tombstones(entity, entity_id, batch) "
                             "VALUES (?, ?, ?)", [(entity, i, b) for i, b in ids.items()])
            self.touched.update(((entity, i), None) for i in id_list)
            self.known.update(((entity, i), b) for i, b in ids.items())
            for hook in _retract_hooks.get(entity, ()):
                hook(conn, id_list)
            for chunk in _chunks(id_list):
                marks = ", ".join("?" * len(chunk))
                conn.execute(f"DELETE FROM {spec.table} WHERE id IN ({marks})", chunk)
                conn.execute(f"DELETE FROM transitions WHERE entity = ? AND entity_id IN "
                             f"({marks})", (entity, *chunk))
                conn.execute(f"DELETE FROM conflicts WHERE entity = ? AND entity_id IN "
                             f"({marks}) AND field != ?", (entity, *chunk, RETRACTED))
            note_changes(conn, entity, set(id_list))
        self._surface(conn)

    def _surface(self, conn: Connection) -> None:
        if not self.touched:
            return
        listed = []
        for entity, entity_id in self.touched:
            batch = self.known.get((entity, entity_id), "")
            heads = sorted(str(unpack(r[0])) for r in conn.execute(
                f"SELECT hlc FROM event_log WHERE entity = {sql_number('?')} AND entity_id = ? "
                f"AND op IS NOT {sql_number(_RETRACT)} AND coalesce(batch, '') != ?",
                (entity, pack(entity_id), batch)))
            if heads:
                listed.append((entity, entity_id, RETRACTED, json.dumps(heads)))
        if listed:
            conn.executemany(
                "INSERT INTO conflicts(entity, entity_id, field, heads) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(entity, entity_id, field) DO UPDATE SET heads = excluded.heads",
                listed)
            note_changes(conn, CONFLICT)
