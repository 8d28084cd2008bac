"""Case work: open a case, and everything on its one screen — needs, services delivered,
notes, attachments, status and assignment, and the history of every change.

Which cases a worker may see follows the agency's ``worker_case_visibility`` setting (see
:mod:`collabdesk.services.rbac`). Sensitive notes are shown only to their author and to
supervisors; others see that a sensitive note exists, not what it says.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import TYPE_CHECKING, Any

from collabdesk.domain import (
    NEED_DOMAINS,
    NEED_STATUSES,
    SEVERITIES,
    Attachment,
    CaseDetail,
    CaseSummary,
    HistoryEntry,
    Need,
    Note,
    ServiceDelivered,
)
from collabdesk.errors import InvalidTransition, NotFound, PermissionDenied, ValidationError
from collabdesk.events import statemachine as sm
from collabdesk.events.ids import sql_number, sql_pack, sql_ref, sql_unpack
from collabdesk.events.log import new_id
from collabdesk.messages import label
from collabdesk.services.rows import require_row
from collabdesk.store.db import Connection
from collabdesk.timeutil import from_millis, iso, parse_day, parse_moment

if TYPE_CHECKING:
    from collabdesk.services.session import Session

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024

_SUMMARY_SQL = """
SELECT k.id, k.client_id, trim(c.given_name || ' ' || c.family_name), k.title, k.status,
       k.assigned_to, coalesce(nullif(u.display_name, ''), u.username, ''), k.opened_at,
       k.closed_at,
       (SELECT count(*) FROM tasks t WHERE t.case_id = k.id AND t.done = 0),
       (SELECT count(*) FROM tasks t WHERE t.case_id = k.id AND t.done = 0
            AND t.due_date < :today)
FROM cases k JOIN clients c ON c.id = k.client_id LEFT JOIN users u ON u.id = k.assigned_to
"""


def _summary(r: Any) -> CaseSummary:
    return CaseSummary(r[0], r[1], r[2], r[3], r[4], r[5], r[6], parse_moment(r[7]),
                       parse_moment(r[8]), r[9], r[10])


class CaseService:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- visibility -----------------------------------------------------------------------

    def _sees_all(self) -> bool:
        s = self.session
        return s.allowed("case.view_all") or s.settings()["worker_case_visibility"] == "all"

    def _visibility(self) -> tuple[str, dict[str, Any]]:
        if self._sees_all():
            return "1", {}
        return "(k.assigned_to = :me OR k.created_by = :me)", {"me": self.session.user.id}

    def _require_case(self, conn: Connection, case_id: str, action: str) -> Any:
        self.session.require(action)
        row = conn.execute("SELECT id, client_id, status, assigned_to, created_by FROM cases "
                           "WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise NotFound("case.not-found")
        me = self.session.user.id
        if not self._sees_all() and me not in (row[3], row[4]):
            raise PermissionDenied("case.assigned-to-someone-else")
        return row

    # -- lists ----------------------------------------------------------------------------

    def list_cases(self, *, mine: bool = False, statuses: tuple[str, ...] = ("open", "on_hold"),
                   client_id: str | None = None, limit: int = 5000) -> list[CaseSummary]:
        self.session.require("case.view")
        where, params = self._visibility()
        params = {**params, "today": self.session.today().isoformat(), "limit": limit}
        if mine:
            where += " AND k.assigned_to = :mine"
            params["mine"] = self.session.user.id
        if statuses:
            names = {f"s{i}": s for i, s in enumerate(statuses)}
            where += f" AND k.status IN ({', '.join(':' + n for n in names)})"
            params.update(names)
        if client_id:
            where += " AND k.client_id = :client"
            params["client"] = client_id
        rows = self.session.store.query(
            f"{_SUMMARY_SQL} WHERE {where} ORDER BY k.opened_at DESC LIMIT :limit", params)
        return [_summary(r) for r in rows]

    def summary(self, case_id: str) -> CaseSummary:
        with self.session.store.read() as conn:
            self._require_case(conn, case_id, "case.view")
            row = conn.execute(f"{_SUMMARY_SQL} WHERE k.id = :id",
                               {"id": case_id, "today": self.session.today().isoformat()}
                               ).fetchone()
        return _summary(row)

    # -- opening and editing --------------------------------------------------------------

    def open_case(self, client_id: str, title: str, *, assigned_to: str | None = None,
                  needs: tuple[tuple[str, str, str], ...] = ()) -> CaseSummary:
        """Open a case for a client, assigned to the caller unless a supervisor says otherwise."""
        if not title.strip():
            raise ValidationError("case.title-required", {"title": "field.required"})
        assignee = assigned_to or self.session.user.id
        if assignee != self.session.user.id:
            self.session.require("case.assign")
        with self.session.change("case.create") as w:
            require_row(w.conn, "clients", client_id)
            case_id = new_id()
            now = iso(self.session.now())
            w.create("case", {"client_id": client_id, "title": title.strip(), "opened_at": now,
                              "created_by": self.session.user.id},
                     entity_id=case_id, scope=case_id)
            w.transition("case", case_id, "assigned_to", assignee, at=now, scope=case_id)
            for domain, severity, description in needs:
                self._add_need(w.conn, w, case_id, domain, severity, description)
            self.session.audit(w.conn, "case.create", "case", case_id, client=client_id)
        return self.summary(case_id)

    def rename(self, case_id: str, title: str) -> CaseSummary:
        if not title.strip():
            raise ValidationError("case.title-required", {"title": "field.required"})
        with self.session.change("case.edit") as w:
            self._require_case(w.conn, case_id, "case.edit")
            if w.update("case", case_id, {"title": title.strip()}, scope=case_id):
                self.session.audit(w.conn, "case.edit", "case", case_id, fields=["title"])
        return self.summary(case_id)

    def set_status(self, case_id: str, status: str, *, reason: str = "") -> CaseSummary:
        action = "case.close" if status == "closed" else "case.edit"
        with self.session.change(action) as w:
            row = self._require_case(w.conn, case_id, action)
            if not sm.CASE_STATUS.allows(row[2], status):
                raise InvalidTransition("case.invalid-transition",
                                        current=label("status", row[2]),
                                        wanted=label("status", status))
            w.transition("case", case_id, "status", status, at=iso(self.session.now()),
                         reason=reason, scope=case_id)
            self.session.audit(w.conn, "case.status", "case", case_id, status=status)
        return self.summary(case_id)

    def assign(self, case_id: str, user_id: str) -> CaseSummary:
        with self.session.change("case.assign") as w:
            self._require_case(w.conn, case_id, "case.assign")
            if w.conn.execute("SELECT 1 FROM users WHERE id = ? AND active = 1",
                              (user_id,)).fetchone() is None:
                raise NotFound("case.worker-not-found")
            w.transition("case", case_id, "assigned_to", user_id, at=iso(self.session.now()),
                         scope=case_id)
            self.session.audit(w.conn, "case.assign", "case", case_id, to=user_id)
        return self.summary(case_id)

    # -- needs ----------------------------------------------------------------------------

    def _add_need(self, conn: Connection, w: Any, case_id: str, domain: str, severity: str,
                  description: str) -> str:
        errors = {}
        if domain not in NEED_DOMAINS:
            errors["domain"] = f"Choose one of: {', '.join(NEED_DOMAINS)}."
        if severity not in SEVERITIES:
            errors["severity"] = f"Choose one of: {', '.join(SEVERITIES)}."
        if errors:
            raise ValidationError("case.need-incomplete", errors)
        return str(w.create("need", {
            "case_id": case_id, "domain": domain, "severity": severity, "status": "open",
            "description": description.strip(),
            "identified_at": self.session.today().isoformat(),
        }, scope=case_id))

    def add_need(self, case_id: str, domain: str, severity: str = "medium",
                 description: str = "") -> Need:
        with self.session.change("case.edit") as w:
            self._require_case(w.conn, case_id, "case.edit")
            need_id = self._add_need(w.conn, w, case_id, domain, severity, description)
            self.session.audit(w.conn, "need.add", "need", need_id, case=case_id)
        return next(n for n in self.needs(case_id) if n.id == need_id)

    def update_need(self, need_id: str, **changes: Any) -> Need:
        allowed = {"domain": NEED_DOMAINS, "severity": SEVERITIES, "status": NEED_STATUSES}
        for key, value in changes.items():
            if key in allowed and value not in allowed[key]:
                raise ValidationError("case.need-value-invalid",
                                      {key: "field.invalid"}, value=value, key=key)
            if key not in (*allowed, "description"):
                raise ValidationError("case.need-field-unknown", key=key)
        with self.session.change("case.edit") as w:
            row = w.conn.execute("SELECT case_id FROM needs WHERE id = ?", (need_id,)).fetchone()
            if row is None:
                raise NotFound("case.need-not-found")
            self._require_case(w.conn, row[0], "case.edit")
            if w.update("need", need_id, changes, scope=row[0]):
                self.session.audit(w.conn, "need.edit", "need", need_id, fields=sorted(changes))
        return next(n for n in self.needs(row[0]) if n.id == need_id)

    def needs(self, case_id: str) -> list[Need]:
        rows = self.session.store.query(
            "SELECT id, case_id, domain, severity, status, description, identified_at "
            "FROM needs WHERE case_id = ? ORDER BY identified_at, rowid", (case_id,))
        return [Need(r[0], r[1], r[2], r[3], r[4], r[5], parse_day(r[6])) for r in rows]

    # -- append-only records --------------------------------------------------------------

    def record_service(self, case_id: str, service_type: str, *,
                       delivered_on: dt.date | None = None, need_id: str | None = None,
                       provider: str = "", referral_id: str | None = None, quantity: int = 1,
                       description: str = "") -> ServiceDelivered:
        if not service_type.strip():
            raise ValidationError("case.service-type-required",
                                  {"service_type": "field.required"})
        if quantity < 1:
            raise ValidationError("case.quantity-too-small", {"quantity": "field.invalid"})
        day = delivered_on or self.session.today()
        if day > self.session.today():
            raise ValidationError("case.service-in-future",
                                  {"delivered_on": "field.future"})
        with self.session.change("case.edit") as w:
            self._require_case(w.conn, case_id, "case.edit")
            service_id = w.create("service", {
                "case_id": case_id, "need_id": need_id, "service_type": service_type.strip(),
                "delivered_at": day.isoformat(), "delivered_by": self.session.user.id,
                "provider": provider.strip(), "referral_id": referral_id, "quantity": quantity,
                "description": description.strip(),
            }, scope=case_id)
            self.session.audit(w.conn, "service.record", "service", service_id, case=case_id)
        return next(s for s in self._services(case_id) if s.id == service_id)

    def _services(self, case_id: str) -> list[ServiceDelivered]:
        rows = self.session.store.query(
            "SELECT id, case_id, need_id, service_type, delivered_at, delivered_by, provider, "
            "referral_id, quantity, description FROM services WHERE case_id = ? "
            "ORDER BY delivered_at, rowid", (case_id,))
        return [ServiceDelivered(r[0], r[1], r[2], r[3], dt.date.fromisoformat(r[4]), r[5], r[6],
                                 r[7], r[8], r[9]) for r in rows]

    def add_note(self, case_id: str, body: str, *, sensitive: bool = False) -> Note:
        if not body.strip():
            raise ValidationError("case.note-empty", {"body": "field.required"})
        with self.session.change("note.create") as w:
            self._require_case(w.conn, case_id, "case.view")
            note_id = w.create("note", {
                "case_id": case_id, "body": body.strip(), "sensitive": int(sensitive),
                "author": self.session.user.id, "created_at": iso(self.session.now()),
            }, scope=case_id)
            self.session.audit(w.conn, "note.add", "note", note_id, case=case_id,
                               sensitive=sensitive)
        notes, _ = self._notes(case_id)
        return next(n for n in notes if n.id == note_id)

    def _notes(self, case_id: str) -> tuple[list[Note], int]:
        rows = self.session.store.query(
            "SELECT id, case_id, body, sensitive, author, created_at FROM notes WHERE case_id = ? "
            "ORDER BY created_at, rowid", (case_id,))
        sees_sensitive = self.session.allowed("note.view_sensitive")
        names = self.session.user_names()
        visible, hidden = [], 0
        for r in rows:
            if r[3] and not (sees_sensitive or r[4] == self.session.user.id):
                hidden += 1
                continue
            moment = parse_moment(r[5]) or dt.datetime.min.replace(tzinfo=dt.UTC)
            visible.append(Note(r[0], r[1], r[2], bool(r[3]), r[4], names.get(r[4], ""),
                                moment))
        return visible, hidden

    def add_attachment(self, case_id: str, filename: str, data: bytes,
                       mime: str = "application/octet-stream") -> Attachment:
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise ValidationError(
                "case.attachment-too-large",
                {"file": "field.too-large"}, megabytes=MAX_ATTACHMENT_BYTES // (1024 * 1024))
        if not filename.strip():
            raise ValidationError("case.attachment-name-required", {"file": "field.required"})
        digest = hashlib.sha256(data).hexdigest()
        # The blob goes into the WAL and later into the store file: twice its size.
        with self.session.change("attachment.manage", needs=2 * len(data)) as w:
            self._require_case(w.conn, case_id, "case.edit")
            w.conn.execute("INSERT OR IGNORE INTO blobs(sha256, data) VALUES (?, ?)",
                           (digest, data))
            att_id = w.create("attachment", {
                "case_id": case_id, "filename": filename.strip(), "mime": mime,
                "size": len(data), "sha256": digest, "uploaded_by": self.session.user.id,
                "uploaded_at": iso(self.session.now()),
            }, scope=case_id)
            self.session.audit(w.conn, "attachment.add", "attachment", att_id, case=case_id)
        return next(a for a in self._attachments(case_id) if a.id == att_id)

    def attachment_data(self, attachment_id: str) -> bytes:
        with self.session.store.read() as conn:
            row = conn.execute("SELECT a.case_id, b.data FROM attachments a JOIN blobs b "
                               "ON b.sha256 = a.sha256 WHERE a.id = ?", (attachment_id,)).fetchone()
            if row is None:
                raise NotFound("case.attachment-not-found")
            self._require_case(conn, row[0], "case.view")
        self.session.audit_now("attachment.open", "attachment", attachment_id)
        return bytes(row[1])

    def _attachments(self, case_id: str) -> list[Attachment]:
        rows = self.session.store.query(
            "SELECT id, case_id, filename, mime, size, sha256, uploaded_by, uploaded_at "
            "FROM attachments WHERE case_id = ? ORDER BY uploaded_at, rowid", (case_id,))
        return [Attachment(r[0], r[1], r[2], r[3], r[4], r[5], r[6],
                           parse_moment(r[7]) or dt.datetime.min.replace(tzinfo=dt.UTC))
                for r in rows]

    # -- the case screen ------------------------------------------------------------------

    def detail(self, case_id: str) -> CaseDetail:
        """Everything on one case's screen (records a view in the audit log)."""
        with self.session.store.read() as conn:
            row = self._require_case(conn, case_id, "case.view")
        client = self.session.clients.get(row[1], audit=False)
        notes, hidden = self._notes(case_id)
        detail = CaseDetail(
            case=self.summary(case_id), client=client, needs=tuple(self.needs(case_id)),
            services=tuple(self._services(case_id)), notes=tuple(notes),
            hidden_sensitive_notes=hidden,
            tasks=tuple(self.session.tasks.for_case(case_id)),
            consents=tuple(self.session.consents.for_client(row[1])),
            referrals=tuple(self.session.referrals.for_case(case_id)),
            attachments=tuple(self._attachments(case_id)),
            history=tuple(self.history(case_id)),
        )
        self.session.audit_now("case.view", "case", case_id)
        return detail

    def history(self, case_id: str, *, limit: int = 500) -> list[HistoryEntry]:
        """Every change to the case, its client and its records, newest first."""
        with self.session.store.read() as conn:
            row = self._require_case(conn, case_id, "case.view")
            rows = conn.execute(_HISTORY_SQL, (case_id, row[1], *(
                case_id if column == "case_id" else row[1] for _, _, column in _HISTORY_PARTS
            ), limit)).fetchall()
        from collabdesk.events.hlc import wall_ms_of

        names = self.session.user_names() if rows else {}
        out = []
        for hlc, user_id, entity, entity_id, op, data_text in rows:
            data = json.loads(data_text)
            fields = dict(data.get("fields", {}))
            fields.pop("body", None)  # note text stays on the notes tab, with its own rules
            if "data" in fields:
                fields.pop("data")
            out.append(HistoryEntry(
                at=from_millis(wall_ms_of(hlc)),
                user_id=user_id, user_name=names.get(user_id, "") if user_id else "",
                entity=entity,
                entity_id=entity_id, op=op, summary=_describe(entity, op, data), fields=fields,
            ))
        return out


# A case's history: the events of the case, its client and these records of either. Found by
# entity through the event log's one index for it (no index by case is kept on the log: it
# would be one more page to write for nearly every event applied).
_HISTORY_PARTS = (("need", "needs", "case_id"), ("service", "services", "case_id"),
                  ("note", "notes", "case_id"), ("attachment", "attachments", "case_id"),
                  ("task", "tasks", "case_id"), ("referral", "referrals", "case_id"),
                  ("consent", "consents", "client_id"))
_HISTORY_SQL = (
    f"SELECT {sql_unpack('e.hlc')}, {sql_ref('e.user_id')}, k.entity, "
    f"{sql_unpack('e.entity_id')}, {sql_ref('e.op')}, event_body(e.data) "
    "FROM (SELECT 'case' AS entity, "
    "? AS id "
    "UNION ALL SELECT 'client', ? "
    + "".join(f"UNION ALL SELECT '{entity}', id FROM {table} WHERE {column} = ? "
              for entity, table, column in _HISTORY_PARTS)
    # CROSS JOIN: records first, then their events by index; never a walk of the whole log.
    + f") AS k CROSS JOIN event_log AS e ON e.entity = {sql_number('k.entity')} AND "
    f"e.entity_id = {sql_pack('k.id')} ORDER BY e.hlc DESC LIMIT ?"
)


def _describe(entity: str, op: str, data: dict[str, Any]) -> str:
    label = entity.replace("_", " ")
    if op == "transition":
        field = str(data.get("field", "")).replace("_", " ")
        text = f"{label.capitalize()} {field}: {data.get('from') or '—'} → {data.get('to') or '—'}"
        return text + (f" ({data['reason']})" if data.get("reason") else "")
    if op in ("create", "append"):
        if entity == "note":
            sensitive = data.get("fields", {}).get("sensitive")
            return "Added a sensitive note" if sensitive else "Added a note"
        if entity == "service":
            return f"Recorded service: {data.get('fields', {}).get('service_type', '')}"
        return f"Created {label}"
    changed = ", ".join(sorted(str(k).replace("_", " ") for k in data.get("fields", {})))
    return f"Changed {label}: {changed}"
