"""The conflict queue: concurrent edits and refused status changes, for a person to review.

Two kinds of item:

* ``field`` — a plain field edited on two laptops without either seeing the other's edit.
  The later edit is already visible (last writer wins); the reviewer sees every version with
  who made it and when, and picks one or types a merged value.
* ``rejected`` / ``concurrent`` — a status change the state machine refused once all
  laptops' changes were put in order (e.g. a case put on hold offline after someone closed
  it), or a concurrent reassignment. The reviewer dismisses it or applies it again now.
* ``retracted`` — edits made (on another laptop, before it heard) to a record that was then
  taken back with the import that brought it in. The edits are kept in the log, not shown on
  any record; the reviewer reads them (to re-enter what matters by hand) and dismisses them.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from collabdesk.domain import ConflictItem, ConflictVersion
from collabdesk.errors import InvalidTransition, NotFound
from collabdesk.events.entities import spec_for
from collabdesk.events.hlc import wall_ms_of
from collabdesk.events.ids import pack, sql_number, sql_ref, sql_unpack
from collabdesk.events.projection import RETRACTED
from collabdesk.forms.records import CONFLICT_ENTITY as RESPONSE_CONFLICT
from collabdesk.messages import label
from collabdesk.store.db import Connection
from collabdesk.timeutil import from_millis, iso

if TYPE_CHECKING:
    from collabdesk.services.session import Session

_LABELS = {
    "clients": "trim(given_name || ' ' || family_name)",
    "cases": "title",
    "tasks": "title",
    "partners": "name",
    "partner_services": "name",
    "users": "display_name",
}


def _version(conn: Connection, hlc: str, entity: str, entity_id: str, *,
             unreviewed: bool = False) -> tuple[str, str | None, str] | None:
    """The event that made version ``hlc`` of a record: (its id, its author, its data)."""
    event_id = sql_unpack("e.id")
    unseen = (f" AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.event_id = {event_id})"
              if unreviewed else "")
    return conn.execute(
        f"SELECT {event_id}, {sql_ref('e.user_id')}, event_body(e.data) FROM event_log e "
        f"WHERE e.hlc = ? AND e.entity = {sql_number('?')} AND e.entity_id = ?{unseen}",
        (pack(hlc), entity, pack(entity_id))).fetchone()


def _moment(hlc: str) -> dt.datetime:
    return from_millis(wall_ms_of(hlc))


class ConflictService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _label(self, conn: Connection, entity: str, entity_id: str) -> str:
        table = spec_for(entity).table
        expr = _LABELS.get(table, "id")
        row = conn.execute(f"SELECT {expr} FROM {table} WHERE id = ?", (entity_id,)).fetchone()
        return str(row[0]) if row and row[0] else entity_id[:8]

    def items(self) -> list[ConflictItem]:
        self.session.require("conflict.resolve")
        out: list[ConflictItem] = []
        authors = self.session.user_names()  # every version's author, with one query
        with self.session.store.read() as conn:
            for entity, entity_id, field, heads_text in conn.execute(
                    "SELECT entity, entity_id, field, heads FROM conflicts ORDER BY entity"
            ).fetchall():
                if entity == RESPONSE_CONFLICT:
                    out.append(self._response_item(conn, entity_id, field,
                                                   json.loads(heads_text), authors))
                    continue
                if field == RETRACTED:
                    item = self._retracted_item(conn, entity, entity_id,
                                                json.loads(heads_text), authors)
                    if item is not None:
                        out.append(item)
                    continue
                versions = []
                for hlc in json.loads(heads_text):
                    ev = _version(conn, hlc, entity, entity_id)
                    if ev is None:
                        continue
                    value = json.loads(ev[2]).get("fields", {}).get(field)
                    versions.append(ConflictVersion(value, ev[1], authors.get(ev[1] or "", ""),
                                                    _moment(hlc), ev[0]))
                spec = spec_for(entity)
                current = conn.execute(f"SELECT {field} FROM {spec.table} WHERE id = ?",
                                       (entity_id,)).fetchone()
                out.append(ConflictItem("field", entity, entity_id, field,
                                        self._label(conn, entity, entity_id),
                                        tuple(sorted(versions, key=lambda v: v.at)),
                                        current[0] if current else None))
            for event_id, entity, entity_id, field, hlc, to_value, actor, outcome in conn.execute(
                f"SELECT t.event_id, t.entity, t.entity_id, t.field, {sql_unpack('t.hlc')}, "
                f"t.to_value, {sql_unpack('t.actor')}, "
                "t.outcome FROM transitions t WHERE t.outcome != 'applied' "
                "AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.event_id = t.event_id) "
                "ORDER BY t.hlc"
            ).fetchall():
                spec = spec_for(entity)
                current = conn.execute(f"SELECT {field} FROM {spec.table} WHERE id = ?",
                                       (entity_id,)).fetchone()
                version = ConflictVersion(to_value, actor, authors.get(actor or "", ""),
                                          _moment(hlc), event_id)
                out.append(ConflictItem(outcome, entity, entity_id, field,
                                        self._label(conn, entity, entity_id), (version,),
                                        current[0] if current else None))
        return out

    def _response_item(self, conn: Connection, response_id: str, field: str,
                       heads: list[str], authors: dict[str, str]) -> ConflictItem:
        """A form response amended on two laptops at once: each version that no later one was
        made over, named by its id; keeping one saves it again over all of them."""
        rows = conn.execute(
            "SELECT r.id, r.author, r.hlc, r.status, r.score, coalesce(f.title, r.form_url) "
            "FROM form_responses r LEFT JOIN forms f ON f.id = r.form_id "
            "WHERE r.response_id = ? ORDER BY r.hlc", (response_id,)).fetchall()
        # The value shown is the version's score (its answers are on the case); the version
        # to keep is named by its id, carried as the event id.
        versions = tuple(ConflictVersion(row[4] if row[4] is not None else label("status",
                                                                                row[3]),
                                         row[1], authors.get(row[1] or "", ""),
                                         _moment(row[2]), row[0])
                         for row in rows if row[2] in heads)
        current = conn.execute("SELECT current FROM form_response_heads WHERE response_id = ?",
                               (response_id,)).fetchone()
        title = rows[-1][5] if rows else response_id[:8]
        return ConflictItem("field", RESPONSE_CONFLICT, response_id, field, str(title),
                            versions, current[0] if current else None)

    def _retracted_item(self, conn: Connection, entity: str, entity_id: str,
                        heads: list[str], authors: dict[str, str]) -> ConflictItem | None:
        """The edits of a retracted record that nobody dismissed yet; each version's value is
        what the edit set (field: value), its label the record's last known name."""
        versions = []
        for hlc in heads:
            ev = _version(conn, hlc, entity, entity_id, unreviewed=True)
            if ev is None:
                continue
            data = json.loads(ev[2])
            changed = data.get("fields") or {data.get("field", ""): data.get("to")}
            value = "; ".join(f"{k}: {v}" for k, v in sorted(changed.items()) if v not in
                              (None, ""))
            versions.append(ConflictVersion(value, ev[1], authors.get(ev[1] or "", ""),
                                            _moment(hlc), ev[0]))
        if not versions:
            return None
        names = {}
        for (data,) in conn.execute(f"SELECT event_body(data) FROM event_log WHERE entity = "
                                    f"{sql_number('?')} AND entity_id = ? ORDER BY hlc",
                                    (entity, pack(entity_id))):
            names.update({k: v for k, v in json.loads(data).get("fields", {}).items()
                          if k in ("given_name", "family_name", "title") and v})
        shown = " ".join(str(names[k]) for k in ("given_name", "family_name", "title")
                         if k in names) or entity_id[:8]
        return ConflictItem("retracted", entity, entity_id, RETRACTED, shown,
                            tuple(sorted(versions, key=lambda v: v.at)), None)

    def dismiss_retracted(self, entity: str, entity_id: str) -> None:
        """The reviewer has read the edits made to a retracted record: off the queue."""
        with self.session.change("conflict.resolve") as w:
            row = w.conn.execute("SELECT heads FROM conflicts WHERE entity = ? AND entity_id = ? "
                                 "AND field = ?", (entity, entity_id, RETRACTED)).fetchone()
            if row is None:
                raise NotFound("conflict.already-resolved")
            now = iso(self.session.now())
            hlcs = [pack(hlc) for hlc in json.loads(row[0])]
            for (event_id,) in w.conn.execute(
                    f"SELECT {sql_unpack('e.id')} FROM event_log e WHERE "
                    f"e.entity = {sql_number('?')} AND "
                    f"e.entity_id = ? AND e.hlc IN ({', '.join('?' * len(hlcs))}) AND NOT "
                    f"EXISTS (SELECT 1 FROM reviews r WHERE r.event_id = {sql_unpack('e.id')})",
                    (entity, pack(entity_id), *hlcs)).fetchall():
                w.create("review", {"event_id": event_id, "decision": "dismissed",
                                    "reviewed_by": self.session.user.id, "reviewed_at": now})
            self.session.audit(w.conn, "conflict.review", entity, entity_id, retracted=True)

    def count(self) -> int:
        return len(self.items()) if self.session.allowed("conflict.resolve") else 0

    def resolve_field(self, entity: str, entity_id: str, field: str, value: Any) -> None:
        """Settle a concurrently edited field on ``value`` (one of the versions, or a merge).

        For a form response the value is the id of the version to keep: its answers are saved
        once more over every clashing version (responses are append-only, never edited)."""
        if entity == RESPONSE_CONFLICT:
            self.session.require("conflict.resolve")
            self.session.forms.keep_version(entity_id, str(value))
            return
        with self.session.change("conflict.resolve") as w:
            row = w.conn.execute("SELECT 1 FROM conflicts WHERE entity = ? AND entity_id = ? "
                                 "AND field = ?", (entity, entity_id, field)).fetchone()
            if row is None:
                raise NotFound("conflict.already-resolved")
            w.update(entity, entity_id, {field: value}, resolve=True)
            self.session.audit(w.conn, "conflict.resolve", entity, entity_id, field=field)

    def review_transition(self, event_id: str, *, reapply: bool) -> None:
        """Dismiss a refused status change, or apply it again now if the machine allows."""
        with self.session.change("conflict.resolve") as w:
            t = w.conn.execute("SELECT entity, entity_id, field, to_value FROM transitions "
                               "WHERE event_id = ?", (event_id,)).fetchone()
            if t is None:
                raise NotFound("conflict.transition-not-found")
            now = iso(self.session.now())
            if reapply:
                spec = spec_for(t[0])
                current = w.conn.execute(f"SELECT {t[2]} FROM {spec.table} WHERE id = ?",
                                         (t[1],)).fetchone()[0]
                if not spec.machines[t[2]].allows(current, t[3]):
                    raise InvalidTransition("conflict.cannot-reapply",
                                            current=label("status", current),
                                            wanted=label("status", t[3]))
                w.transition(t[0], t[1], t[2], t[3], at=now, reason="re-applied after review")
            w.create("review", {"event_id": event_id,
                                "decision": "reapplied" if reapply else "dismissed",
                                "reviewed_by": self.session.user.id, "reviewed_at": now})
            self.session.audit(w.conn, "conflict.review", t[0], t[1], reapply=reapply)
