"""Writing local changes to the event log, and applying batches of remote events.

Services never write entity tables directly: they ask a :class:`ChangeWriter` (inside a store
transaction) to record a change. The writer stamps it with this device's hybrid logical
clock, computes what the edit was made over, and hands it to the same projection that
applies events from other devices.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from collabdesk.events.entities import spec_for
from collabdesk.events.hlc import Clock
from collabdesk.events.ids import latest_clock
from collabdesk.events.projection import Event, apply_events, current_heads
from collabdesk.store.db import Connection, Store


def new_id() -> str:
    """A random 128-bit id that sorts by creation time (the layout of a UUIDv7: 48 bits of
    Unix milliseconds, then 80 random bits). New rows land next to each other in the
    B-trees, so a batch of inserts touches few pages instead of thousands."""
    return f"{time.time_ns() // 1_000_000:012x}{secrets.token_hex(10)}"


class EventLog:
    """This replica's identity and clock, bound to an open store."""

    def __init__(self, store: Store, *, wall: Callable[[], float] | None = None) -> None:
        self.store = store
        device = store.get_meta("device_id")
        if device is None:
            device = secrets.token_hex(16)
            store.set_meta("device_id", device)
        self.device_id: str = device
        with store.read() as conn:
            last = latest_clock(conn)
        kwargs: dict[str, Any] = {"last": last}
        if wall is not None:
            kwargs["wall"] = wall
        self.clock = Clock(device, **kwargs)

    def writer(self, conn: Connection, user_id: str | None) -> ChangeWriter:
        return ChangeWriter(conn, self, user_id)

    def apply_remote(self, conn: Connection, events: Iterable[Event]) -> int:
        """Apply events from another device inside the caller's transaction; count new ones."""
        batch = list(events)
        self.clock.observe_all(event.hlc for event in batch)
        return apply_events(conn, batch, origin="remote")


DEFERRED_BATCH = 4000  # events per batch applied inside ChangeWriter.deferred


class ChangeWriter:
    """Records local changes as events; every method applies its event immediately (or, in
    :meth:`deferred`, all of them together at its end)."""

    def __init__(self, conn: Connection, log: EventLog, user_id: str | None) -> None:
        self.conn = conn
        self.log = log
        self.user_id = user_id
        self.events: list[Event] = []
        # Every event written while set carries it as data["batch"], so the batch can be
        # found and retracted as a whole (a caseload import).
        self.batch: str | None = None
        self._pending: list[Event] | None = None

    def _emit(self, entity: str, entity_id: str, op: str, data: dict[str, Any],
              scope: str | None) -> Event:
        if self.batch is not None:
            data = {**data, "batch": self.batch}
        event = Event(
            id=new_id(), hlc=self.log.clock.now(), device=self.log.device_id,
            user_id=self.user_id, entity=entity, entity_id=entity_id, op=op, data=data,
            scope=scope,
        )
        if self._pending is None:
            apply_events(self.conn, (event,), origin="local")
            self.events.append(event)
        else:
            self._pending.append(event)
            if len(self._pending) >= DEFERRED_BATCH:
                apply_events(self.conn, self._pending, origin="local")
                self._pending.clear()
        return event

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        """Apply the events written inside in batches of :data:`DEFERRED_BATCH` (the same rows
        as one by one, in a fraction of the statements, and a bounded amount of memory for an
        import of 50,000 clients). Only for new records: an update inside may read rows as
        they were before the block. Events written inside are not kept in :attr:`events`."""
        self._pending = []
        try:
            yield
            pending = self._pending
        finally:
            self._pending = None
        apply_events(self.conn, pending, origin="local")

    def retract(self, entity: str, entity_id: str, *, scope: str | None = None) -> Event:
        """Remove a record and leave a tombstone (see :mod:`collabdesk.events.projection`)."""
        if spec_for(entity).kind != "record":
            raise ValueError(f"{entity} is append-only")
        return self._emit(entity, entity_id, "retract", {}, scope)

    def create(self, entity: str, fields: dict[str, Any], *, entity_id: str | None = None,
               scope: str | None = None) -> str:
        spec = spec_for(entity)
        _check_fields(spec.fields, fields, entity)
        entity_id = entity_id or new_id()
        op = "append" if spec.kind == "append" else "create"
        self._emit(entity, entity_id, op, {"fields": fields}, scope)
        return entity_id

    def update(self, entity: str, entity_id: str, fields: dict[str, Any], *,
               scope: str | None = None, resolve: bool = False) -> Event | None:
        """Record an edit of plain fields. Unchanged fields are left out; ``resolve`` makes
        the edit over every head of each field, closing a conflict on it."""
        spec = spec_for(entity)
        if spec.kind != "record":
            raise ValueError(f"{entity} is append-only")
        _check_fields(spec.fields, fields, entity)
        heads = current_heads(self.conn, spec, entity_id)
        cols = ", ".join(fields) or "id"
        row = self.conn.execute(
            f"SELECT {cols} FROM {spec.table} WHERE id = ?", (entity_id,)
        ).fetchone()
        if row is None:
            raise ValueError(f"no {entity} with id {entity_id}")
        changed: dict[str, Any] = {}
        for (name, value), stored in zip(fields.items(), row, strict=True):
            conflicted = resolve and len(heads.get(name, [])) > 1
            if conflicted or spec.column_value(name, value) != stored:
                changed[name] = value
        if not changed:
            return None
        base = {
            name: (sorted(heads.get(name, [])) if resolve else
                   ([max(heads[name])] if heads.get(name) else []))
            for name in changed
        }
        return self._emit(entity, entity_id, "update", {"fields": changed, "base": base}, scope)

    def transition(self, entity: str, entity_id: str, field: str, to: str | None, *,
                   at: str, reason: str = "", scope: str | None = None) -> Event:
        spec = spec_for(entity)
        if field not in spec.machines:
            raise ValueError(f"{entity}.{field} has no state machine")
        row = self.conn.execute(
            f"SELECT {field} FROM {spec.table} WHERE id = ?", (entity_id,)
        ).fetchone()
        current = row[0] if row else spec.machines[field].initial
        return self._emit(
            entity, entity_id, "transition",
            {"field": field, "from": current, "to": to, "reason": reason, "at": at}, scope,
        )


def _check_fields(allowed: frozenset[str], fields: dict[str, Any], entity: str) -> None:
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"{entity} has no field(s) {sorted(unknown)}")


def event_rows(conn: Connection, where: str = "", params: tuple[Any, ...] = ()) -> list[Event]:
    rows = conn.execute(
        "SELECT id, hlc, device, user_id, entity, entity_id, op, data, scope FROM events "
        f"{where} ORDER BY seq", params,
    ).fetchall()
    return [Event(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]), r[8]) for r in rows]
