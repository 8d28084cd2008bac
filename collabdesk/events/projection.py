"""The one projection: applies an event (local or remote) to the tables the app reads.

Local changes and events pulled from the hub go through :func:`apply_event`, inside the
caller's transaction, so every replica that has seen the same set of events holds the same
rows and the same conflict queue.

Per field of a ``record`` entity we keep its *heads*: the versions (event HLCs) that no later
edit was made over. An edit names, per field, the heads it was made over (its base). Applying
it removes those from the heads and adds itself. One head means a linear history; several mean
people edited the field concurrently, and the field sits in the ``conflicts`` table until a
resolution is made over all of them. The visible value is always the head with the highest
HLC (last writer wins), so nothing waits for the review — but nothing is silently lost either.
This depends only on the set of events, given causal delivery (an edit arrives after the
edits it was made over), which the sync engine provides by pulling each mailbox in order.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from collabdesk.events import statemachine as sm
from collabdesk.events.entities import EntitySpec, spec_for
from collabdesk.store.db import Connection


@dataclass(frozen=True)
class Event:
    id: str
    hlc: str
    device: str
    user_id: str | None
    entity: str
    entity_id: str
    op: str  # create | update | transition | append
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


# Hooks run after an event changed a row (e.g. refresh the client search index).
ChangeHook = Callable[[Connection, "Event"], None]
_change_hooks: dict[str, list[ChangeHook]] = {}


def on_change(entity: str, hook: ChangeHook) -> None:
    _change_hooks.setdefault(entity, []).append(hook)


def apply_event(conn: Connection, event: Event, *, origin: str = "local") -> bool:
    """Apply ``event`` once. Returns False if this replica had already applied it."""
    spec = spec_for(event.entity)
    cur = conn.execute(
        "INSERT OR IGNORE INTO events(id, hlc, device, user_id, entity, entity_id, op, data, "
        "scope, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (event.id, event.hlc, event.device, event.user_id, event.entity, event.entity_id,
         event.op, json.dumps(event.data, sort_keys=True, ensure_ascii=False), event.scope,
         origin),
    )
    if cur.rowcount == 0:
        return False
    if event.op in ("create", "update"):
        _apply_record(conn, spec, event)
    elif event.op == "append":
        _apply_append(conn, spec, event)
    elif event.op == "transition":
        _apply_transition(conn, spec, event)
    else:
        raise ValueError(f"unknown event operation {event.op!r}")
    for hook in _change_hooks.get(event.entity, ()):
        hook(conn, event)
    return True


def current_heads(conn: Connection, spec: EntitySpec, entity_id: str) -> dict[str, list[str]]:
    row = conn.execute(f"SELECT _heads FROM {spec.table} WHERE id = ?", (entity_id,)).fetchone()
    return json.loads(row[0]) if row else {}


def _apply_record(conn: Connection, spec: EntitySpec, event: Event) -> None:
    fields: dict[str, Any] = event.data.get("fields", {})
    base: dict[str, list[str]] = event.data.get("base", {})
    row = conn.execute(
        f"SELECT _heads FROM {spec.table} WHERE id = ?", (event.entity_id,)
    ).fetchone()
    heads: dict[str, list[str]] = json.loads(row[0]) if row else {}
    winners: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in spec.fields:
            continue  # a field from a newer schema: kept in the event, not projected
        before = heads.get(name, [])
        made_over = set(base.get(name, []))
        after = sorted({h for h in before if h not in made_over} | {event.hlc})
        heads[name] = after
        if not before or event.hlc > max(before):
            winners[name] = value
        _track_conflict(conn, spec.name, event.entity_id, name, before, after)
    columns = {k: spec.column_value(k, v) for k, v in winners.items()}
    columns["_heads"] = json.dumps(heads, sort_keys=True)
    if row is None:
        names = ["id", *columns]
        conn.execute(
            f"INSERT INTO {spec.table}({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            (event.entity_id, *columns.values()),
        )
        for machine_field in spec.machines:
            _refold(conn, spec, event.entity_id, machine_field)
    else:
        assignments = ", ".join(f"{k} = ?" for k in columns)
        conn.execute(
            f"UPDATE {spec.table} SET {assignments} WHERE id = ?",
            (*columns.values(), event.entity_id),
        )


def _track_conflict(conn: Connection, entity: str, entity_id: str, name: str,
                    before: list[str], after: list[str]) -> None:
    if len(after) > 1:
        conn.execute(
            "INSERT INTO conflicts(entity, entity_id, field, heads) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(entity, entity_id, field) DO UPDATE SET heads = excluded.heads",
            (entity, entity_id, name, json.dumps(after)),
        )
    elif len(before) > 1:
        conn.execute(
            "DELETE FROM conflicts WHERE entity = ? AND entity_id = ? AND field = ?",
            (entity, entity_id, name),
        )


def _apply_append(conn: Connection, spec: EntitySpec, event: Event) -> None:
    fields = {k: v for k, v in event.data.get("fields", {}).items() if k in spec.fields}
    names = ["id", *fields]
    conn.execute(
        f"INSERT OR IGNORE INTO {spec.table}({', '.join(names)}) "
        f"VALUES ({', '.join('?' * len(names))})",
        (event.entity_id, *(spec.column_value(k, v) for k, v in fields.items())),
    )


def _apply_transition(conn: Connection, spec: EntitySpec, event: Event) -> None:
    name = str(event.data["field"])
    if name not in spec.machines:
        raise ValueError(f"{spec.name}.{name} has no state machine")
    conn.execute(
        "INSERT OR IGNORE INTO transitions(event_id, entity, entity_id, field, hlc, from_value, "
        "to_value, reason, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (event.id, spec.name, event.entity_id, name, event.hlc, event.data.get("from"),
         event.data.get("to"), event.data.get("reason", ""), event.user_id,
         event.data.get("at", "")),
    )
    _refold(conn, spec, event.entity_id, name)


def _refold(conn: Connection, spec: EntitySpec, entity_id: str, name: str) -> None:
    machine = spec.machines[name]
    rows = conn.execute(
        "SELECT event_id, hlc, from_value, to_value, outcome, reason, at FROM transitions "
        "WHERE entity = ? AND entity_id = ? AND field = ?",
        (spec.name, entity_id, name),
    ).fetchall()
    if not rows:
        return
    value, outcomes = sm.fold(
        machine, machine.initial, (sm.Transition(r[0], r[1], r[2], r[3]) for r in rows)
    )
    for r in rows:
        if outcomes[r[0]] != r[4]:
            conn.execute("UPDATE transitions SET outcome = ? WHERE event_id = ?",
                         (outcomes[r[0]], r[0]))
    conn.execute(f"UPDATE {spec.table} SET {name} = ? WHERE id = ?", (value, entity_id))
    applied = sorted((r for r in rows if outcomes[r[0]] != "rejected"), key=lambda r: r[1])
    last = applied[-1] if applied else None
    for hook in _fold_hooks.get((spec.name, name), ()):
        hook(conn, entity_id, value, last[6] if last else None, last[5] if last else "")


# Derived columns kept in step with a status fold (e.g. a case's closed_at).
FoldHook = Callable[[Connection, str, "str | None", "str | None", str], None]
_fold_hooks: dict[tuple[str, str], list[FoldHook]] = {}


def on_fold(entity: str, name: str, hook: FoldHook) -> None:
    _fold_hooks.setdefault((entity, name), []).append(hook)


def _case_closed_at(conn: Connection, case_id: str, value: str | None, at: str | None,
                    reason: str) -> None:
    conn.execute("UPDATE cases SET closed_at = ? WHERE id = ?",
                 (at if value == "closed" else None, case_id))


def _referral_status(conn: Connection, referral_id: str, value: str | None, at: str | None,
                     reason: str) -> None:
    conn.execute("UPDATE referrals SET status_reason = ?, updated_at = ? WHERE id = ?",
                 (reason, at, referral_id))


def _consent_withdrawn(conn: Connection, consent_id: str, value: str | None, at: str | None,
                       reason: str) -> None:
    conn.execute("UPDATE consents SET withdrawn_at = ? WHERE id = ?",
                 (at if value == "withdrawn" else None, consent_id))


on_fold("case", "status", _case_closed_at)
on_fold("referral", "status", _referral_status)
on_fold("consent", "status", _consent_withdrawn)
