"""Bringing an existing caseload in from a spreadsheet, and undoing such an import as a whole.

The flow (the desktop wizard and ``collabdesk import-clients`` both follow it):

1. :meth:`CaseloadService.inspect` reads the header and a few rows and guesses the mapping;
2. :meth:`CaseloadService.plan` is the dry run: every row read, checked and matched against
   existing clients and earlier rows (raising ``DateOrderNeeded`` once when the file's dates
   read both ways); the admin then chooses per duplicate row with ``ImportPlan.choose``;
3. :meth:`CaseloadService.apply` writes it in one transaction with one audit entry: a
   ``caseload_import`` record and the events of every client, case and need, all carrying the
   import's id as their batch;
4. :meth:`CaseloadService.undo` retracts that batch (the retract events replicate, so sibling
   laptops drop the records too) and empties the fields a merge filled, while nothing of it
   has been edited since.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from collabdesk import gcpause
from collabdesk.caseload import duplicates, mapping
from collabdesk.caseload.plan import (
    CREATE,
    MERGE,
    SKIP,
    ImportPlan,
    plan_rows,
    read_rows,
    require_orders,
)
from collabdesk.caseload.reading import open_table
from collabdesk.domain import ClientInput
from collabdesk.errors import CollabDeskError, NotFound
from collabdesk.events.ids import pack, sql_number, unpack
from collabdesk.events.log import ChangeWriter, new_id
from collabdesk.messages import Message
from collabdesk.progress import Cancelled, Progress, check, report
from collabdesk.services import clients as client_index
from collabdesk.services import matching
from collabdesk.store.db import Connection
from collabdesk.timeutil import iso, parse_moment

if TYPE_CHECKING:
    from collabdesk.services.session import Session

SAMPLE_ROWS = 8
_INPUT_FIELDS = tuple(f.name for f in dataclasses.fields(ClientInput))
_TEXT_FIELDS = ("given_name", "family_name", "other_names", "phone", "email", "address",
                "language")
_FILLABLE = ("given_name", "family_name", "other_names", "dob", "estimated_birth_year",
             "gender", "language", "phone", "email", "address")
# Kinds whose rows refer to a client or a case: one made since an import means its records
# were used, and the import can no longer be undone.
_USES = (("cases", "client_id"), ("consents", "client_id"), ("referrals", "client_id"),
         ("form_responses", "client_id"), ("needs", "case_id"), ("notes", "case_id"),
         ("services", "case_id"), ("tasks", "case_id"), ("attachments", "case_id"),
         ("referrals", "case_id"), ("form_responses", "case_id"))


@dataclass(frozen=True)
class CaseloadFile:
    """What the first look at a file shows: its columns, a few rows, the guessed mapping."""

    path: Path
    header: list[str]
    sample: list[list[str]]
    guess: mapping.ColumnMap
    warnings: list[Message] = field(default_factory=list)


@dataclass(frozen=True)
class ImportRecord:
    id: str
    file_name: str
    created_by: str
    created_at: dt.datetime | None
    status: str  # applied | undone
    counts: dict[str, int]
    can_undo: bool
    edited: int  # records of the import used or edited since (why it cannot be undone)


class CaseloadService:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- looking -------------------------------------------------------------------------

    def inspect(self, path: Path) -> CaseloadFile:
        self.session.require("client.import")
        with open_table(path) as table:
            sample: list[list[str]] = []
            for _number, cells in table.rows:
                sample.append([_shown(c) for c in cells])
                if len(sample) >= SAMPLE_ROWS:
                    break
            return CaseloadFile(path, table.header, sample, mapping.guess(table.header),
                                list(table.warnings))

    def plan(self, path: Path, column_map: mapping.ColumnMap, *,
             date_order: str | None = None, progress: Progress | None = None,
             cancelled: Cancelled | None = None) -> ImportPlan:
        """The dry run. Raises ``DateOrderNeeded`` when the dates read both ways and no
        ``date_order`` ("dmy" or "mdy") was given."""
        self.session.require("client.import")
        problems = mapping.problems(column_map)
        if problems:
            raise CollabDeskError(problems[0])

        def reading(done: int, total: int, message: str = "") -> None:
            report(progress, 60 * done // max(total, 1), 100, message)

        with gcpause.paused():  # a row's cells, plan and keys: many objects, no cycles
            raw = read_rows(path, column_map, progress=reading, cancelled=cancelled)
            orders = require_orders(raw, column_map, date_order)
            users = {r[0]: r[1] for r in self.session.store.query(
                "SELECT username, id FROM users WHERE active = 1")}
            rows = plan_rows(raw, column_map, orders, self.session.today(), users, cancelled)
            file_name, warnings = raw.file_name, raw.warnings
            del raw  # the cells as read: the rows hold what is kept of them
            report(progress, 70, 100)
            with self.session.store.read() as conn:
                duplicates.find(rows, lambda: _key_rows(conn),
                                lambda ids: _client_rows(conn, ids),
                                client_index.key_token, cancelled=cancelled)
        report(progress, 100, 100)
        return ImportPlan(file_name, rows, warnings, orders, with_cases=column_map.has_case)

    # -- writing -------------------------------------------------------------------------

    def apply(self, plan: ImportPlan, *, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> ImportRecord:
        """Write the plan: all of it in one transaction, or nothing (a cancel changes nothing)."""
        self.session.require("client.import")
        now = self.session.now()
        import_id = new_id()
        counts = plan.counts()
        _check_targets(plan)
        report(progress, 0, 100)
        with gcpause.paused(), self.session.change("client.import") as w:
            w.create("caseload_import", {
                "file_name": plan.file_name, "counts": counts,
                "created_by": self.session.user.id, "created_at": iso(now)},
                entity_id=import_id, scope=import_id)
            w.batch = import_id
            created, merged = self._clients(w, plan, now, cancelled)
            check(cancelled)
            report(progress, 60, 100)
            cases = self._cases(w, plan, created, merged, now)
            check(cancelled)
            w.batch = None
            self.session.audit(w.conn, "caseload.import", "caseload_import", import_id,
                               file=plan.file_name, created=len(created),
                               merged=len({c for c in merged.values()}), cases=cases,
                               skipped=counts["skip"])
        report(progress, 100, 100)
        return self.get(import_id)

    def _clients(self, w: ChangeWriter, plan: ImportPlan, now: dt.datetime,
                 cancelled: Cancelled | None) -> tuple[dict[int, str], dict[int, str]]:
        """Create and merge the clients; return row -> new client id, row -> merged-into id."""
        pending: dict[str, dict[str, Any]] = {}  # new client id -> its fields
        created: dict[int, str] = {}
        merged: dict[int, str] = {}
        fills: dict[str, dict[str, Any]] = {}  # existing client id -> fields to fill
        for count, row in enumerate(plan.rows):
            if count % 512 == 0:
                check(cancelled)
            if row.action == SKIP or row.client is None:
                continue
            fields = _client_fields(row.client)
            if row.action == CREATE:
                fields.update(created_at=iso(now), created_by=self.session.user.id)
                client_id = new_id()
                pending[client_id] = fields
                created[row.number] = client_id
                continue
            target = row.target
            assert target is not None
            if target.row is not None:
                into = created.get(target.row) or merged.get(target.row)
                if into is None:
                    raise CollabDeskError("caseload.merge-into-skipped-row", row=row.number,
                                          other=target.row)
            else:
                into = str(target.client_id)
            merged[row.number] = into
            if into in pending:
                _fill(pending[into], fields)
            else:
                _fill(fills.setdefault(into, {}), fields)
        with w.deferred():
            for client_id, fields in pending.items():
                w.create("client", fields, entity_id=client_id, scope=client_id)
        self._merge(w, fills)
        return created, merged

    def _merge(self, w: ChangeWriter, fills: dict[str, dict[str, Any]]) -> None:
        """Fill only the empty fields of existing clients; identifiers of a new kind are added."""
        for client_id, fields in fills.items():
            row = w.conn.execute(
                f"SELECT {', '.join(_FILLABLE)}, identifiers FROM clients WHERE id = ?",
                (client_id,)).fetchone()
            if row is None:
                raise NotFound("client.not-found")
            current = dict(zip((*_FILLABLE, "identifiers"), row, strict=True))
            change = {k: v for k, v in fields.items()
                      if k in _FILLABLE and v not in (None, "") and current[k] in (None, "")}
            if current["dob"] or change.get("dob"):
                change.pop("estimated_birth_year", None)
            have = [list(p) for p in json.loads(current["identifiers"] or "[]")]
            kinds = {k for k, _v in have}
            extra = [list(p) for p in fields.get("identifiers", []) if p[0] not in kinds]
            if extra:
                change["identifiers"] = have + extra
            if change:
                w.update("client", client_id, change, scope=client_id)

    def _cases(self, w: ChangeWriter, plan: ImportPlan, created: dict[int, str],
               merged: dict[int, str], now: dt.datetime) -> int:
        if not plan.with_cases:
            return 0
        count = 0
        at = iso(now)
        with w.deferred():
            for row in plan.rows:
                client_id = created.get(row.number) or merged.get(row.number)
                if client_id is None or not row.has_case:
                    continue
                case_id = new_id()
                opened = (dt.datetime.combine(row.case_opened, dt.time(9),
                                              tzinfo=self.session.tz())
                          if row.case_opened else now)
                w.create("case", {"client_id": client_id,
                                  "title": row.case_title or Path(plan.file_name).stem,
                                  "opened_at": iso(opened), "created_by": self.session.user.id},
                         entity_id=case_id, scope=case_id)
                if row.assigned_to:
                    w.transition("case", case_id, "assigned_to", row.assigned_to, at=at,
                                 scope=case_id)
                if row.need_domain:
                    w.create("need", {"case_id": case_id, "domain": row.need_domain,
                                      "severity": "medium", "status": "open", "description": "",
                                      "identified_at": (row.case_opened or
                                                        self.session.today()).isoformat()},
                             scope=case_id)
                count += 1
        return count

    # -- the imports made, and undoing one ------------------------------------------------

    def imports(self) -> list[ImportRecord]:
        self.session.require("client.import")
        ids = [r[0] for r in self.session.store.query(
            "SELECT id FROM caseload_imports ORDER BY created_at DESC, id DESC")]
        return [self.get(i) for i in ids]

    def get(self, import_id: str) -> ImportRecord:
        self.session.require("client.import")
        with self.session.store.read() as conn:
            row = conn.execute(
                "SELECT id, file_name, created_by, created_at, status, counts "
                "FROM caseload_imports WHERE id = ?", (import_id,)).fetchone()
            if row is None:
                raise NotFound("caseload.import-not-found")
            edited = _edited_since(conn, import_id) if row[4] == "applied" else 0
        return ImportRecord(row[0], row[1], self.session.user_name(row[2]),
                            parse_moment(row[3]) if row[3] else None, row[4],
                            json.loads(row[5] or "{}"), row[4] == "applied" and not edited,
                            edited)

    def undo(self, import_id: str) -> ImportRecord:
        """Take the whole import back, or refuse (nothing changes) if any of its records was
        edited or used since."""
        with gcpause.paused(), self.session.change("client.import") as w:
            row = w.conn.execute("SELECT status, file_name FROM caseload_imports WHERE id = ?",
                                 (import_id,)).fetchone()
            if row is None:
                raise NotFound("caseload.import-not-found")
            if row[0] != "applied":
                raise CollabDeskError("caseload.already-undone")
            edited = _edited_since(w.conn, import_id)
            if edited:
                raise CollabDeskError("caseload.edited-since", count=edited)
            created, fills = _batch(w.conn, import_id)
            w.transition("caseload_import", import_id, "status", "undone",
                         at=iso(self.session.now()), scope=import_id)
            w.batch = import_id
            for client_id, before in fills.items():
                w.update("client", client_id, before, scope=client_id)
            with w.deferred():
                for entity in ("need", "case", "client"):
                    for entity_id, scope in created.get(entity, []):
                        w.retract(entity, entity_id, scope=scope)
            w.batch = None
            self.session.audit(w.conn, "caseload.undo", "caseload_import", import_id,
                               file=row[1], removed=sum(len(v) for v in created.values()))
        return self.get(import_id)


def _client_fields(client: ClientInput) -> dict[str, Any]:
    """The event fields of a new client (``clients._fields`` without ``asdict``'s deep copies,
    which cost seconds over 50,000 rows)."""
    fields: dict[str, Any] = {f: getattr(client, f) for f in _INPUT_FIELDS}
    fields["dob"] = client.dob.isoformat() if client.dob else None
    fields["identifiers"] = [list(pair) for pair in client.identifiers]
    for key in _TEXT_FIELDS:
        fields[key] = str(fields[key]).strip()
    return fields


def _fill(into: dict[str, Any], fields: dict[str, Any]) -> None:
    for key, value in fields.items():
        if key == "identifiers":
            kinds = {k for k, _v in into.get("identifiers", [])}
            into["identifiers"] = list(into.get("identifiers", [])) + [
                p for p in value if p[0] not in kinds]
        elif value not in (None, "") and into.get(key) in (None, ""):
            into[key] = value


def _empty(name: str) -> Any:
    return None if name in ("dob", "estimated_birth_year") else [] if name == "identifiers" else ""


def _check_targets(plan: ImportPlan) -> None:
    actions = {row.number: row.action for row in plan.rows}
    for row in plan.rows:
        target = row.target
        if (row.action == MERGE and target is not None and target.row is not None
                and actions.get(target.row, SKIP) == SKIP):
            raise CollabDeskError("caseload.merge-into-skipped-row", row=row.number,
                                  other=target.row)


def _shown(cell: object) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime | dt.date):
        return cell.isoformat()[:10]
    return str(cell)


def _key_rows(conn: Connection) -> Iterable[tuple[str, int]]:
    # The keys index keeps no text (contentless), but its vocabulary lists each key's clients;
    # one pass over it is far cheaper than a look-up per key.
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.client_key_terms "
                 "USING fts5vocab(main, client_keys, instance)")
    return conn.execute("SELECT term, doc FROM temp.client_key_terms")


def _client_rows(conn: Connection, rowids: list[int],
                 ) -> Iterable[tuple[int, str, str, matching.ClientFacts]]:
    names = ("rowid", "id", "given_name", "family_name", "dob", "estimated_birth_year", "phone",
             "gender", "identifiers")
    for row in conn.execute(f"SELECT {', '.join(names)} FROM clients WHERE rowid IN "
                            f"({', '.join('?' * len(rowids))})", rowids):
        values = dict(zip(names, row, strict=True))
        yield (row[0], row[1], " ".join(p for p in (row[2], row[3]) if p),
               client_index.facts_from_row(values))


def _batch_events(conn: Connection, import_id: str) -> list[tuple[str, str, str, str, str]]:
    return conn.execute(
        "SELECT entity, entity_id, op, data, coalesce(scope, '') FROM events "
        "WHERE batch = ? ORDER BY seq", (import_id,)).fetchall()


def _batch(conn: Connection, import_id: str,
           ) -> tuple[dict[str, list[tuple[str, str]]], dict[str, dict[str, Any]]]:
    """The records the import created (kind -> (id, scope)) and, for each existing client it
    merged into, the values its fields had before (from the versions the merge was made over:
    empty fields, and the identifiers the client already had)."""
    created: dict[str, list[tuple[str, str]]] = {}
    fills: dict[str, dict[str, Any]] = {}
    for entity, entity_id, op, data, _scope in _batch_events(conn, import_id):
        if op == "create":
            created.setdefault(entity, []).append((entity_id, _scope))
        elif op == "update" and entity == "client":
            change = json.loads(data)
            before = fills.setdefault(entity_id, {})
            for name in change.get("fields", {}):
                base = change.get("base", {}).get(name) or []
                before[name] = _value_at(conn, entity_id, name, base[0]) if base else \
                    _empty(name)
    return created, fills


def _value_at(conn: Connection, client_id: str, name: str, hlc: str) -> Any:
    row = conn.execute("SELECT event_body(data) FROM event_log WHERE entity = "
                       + sql_number("'client'") + " AND entity_id = ? AND hlc = ?",
                       (pack(client_id), pack(hlc))).fetchone()
    return json.loads(row[0]).get("fields", {}).get(name, _empty(name)) if row else _empty(name)


def _edited_since(conn: Connection, import_id: str) -> int:
    """How many of the import's records were edited since it (any event on one of them after
    the import's own, from this laptop or another), or used by a record made later (a note
    on an imported case, a referral for an imported client)."""
    events = _batch_events(conn, import_id)
    start = conn.execute("SELECT hlc FROM event_log WHERE entity = "
                         + sql_number("'caseload_import'") + " AND entity_id = ? AND op = "
                         + sql_number("'create'"), (pack(import_id),)).fetchone()
    if not events or start is None:
        return 0
    created = {e[1] for e in events if e[2] == "create"}
    own = {e[1] for e in events}
    by_kind: dict[str, list[str]] = {}
    for entity, entity_id, *_rest in events:
        by_kind.setdefault(entity, []).append(entity_id)
    edited: set[str] = set()
    for entity, ids in by_kind.items():
        unique = sorted(set(ids))
        for at in range(0, len(unique), 500):
            chunk = unique[at:at + 500]
            edited.update(str(unpack(r[0])) for r in conn.execute(
                f"SELECT entity_id FROM event_log WHERE entity = {sql_number('?')} "
                "AND entity_id IN "
                f"({', '.join('?' * len(chunk))}) AND hlc > ? "
                "AND coalesce(batch, '') != ?",
                (entity, *map(pack, chunk), start[0], import_id)))
    made = sorted(created)
    for table, column in _USES:
        for at in range(0, len(made), 500):
            chunk = made[at:at + 500]
            edited.update(r[0] for r in conn.execute(
                f"SELECT {column}, id FROM {table} WHERE {column} IN "
                f"({', '.join('?' * len(chunk))})", chunk) if r[1] not in own)
    return len(edited)
