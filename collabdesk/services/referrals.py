"""Referrals: send one to a partner service, follow it, and answer partners' referrals.

States (see :data:`collabdesk.events.statemachine.REFERRAL_STATUS`): sent → received →
accepted / declined → service started → completed, and closed (with a reason) from any open
state. The sending agency records ``sent``; every later state is set by the receiving agency
and travels back, so the sender sees the loop close.

Only the fields the worker picked, and that the client's consent covers, leave the agency:
they are copied into the referral's ``shared`` payload when it is sent.

Cross-agency traffic arrives through :meth:`ReferralService.receive` (a partner's new referral)
and :meth:`ReferralService.record_partner_update` (a partner's answer to ours). Both turn the
message into events whose ids and clocks derive from the message itself, so every laptop of
the agency that imports the same message writes byte-identical events and they converge.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from collabdesk.domain import (
    FORM_SCOPE,
    NEED_DOMAINS,
    SHAREABLE_FIELDS,
    URGENCIES,
    ClientInput,
    Referral,
    StatusChange,
)
from collabdesk.errors import InvalidTransition, NotFound, ValidationError
from collabdesk.events import statemachine as sm
from collabdesk.events.ids import sql_unpack
from collabdesk.events.log import new_id
from collabdesk.events.projection import Event, apply_event
from collabdesk.messages import label
from collabdesk.services.rows import require_row
from collabdesk.store.db import Connection
from collabdesk.timeutil import iso, parse_day, parse_moment

if TYPE_CHECKING:
    from collabdesk.forms.model import Form, FormState, Key
    from collabdesk.services.session import Session

_SQL = """
SELECT r.id, r.direction, r.case_id, r.client_id, r.partner_id, coalesce(p.name, ''),
       r.service_id, r.service_name, r.domain, r.reason, r.urgency, r.shared, r.consent_id,
       r.status, r.status_reason, r.sent_at, r.due_at, r.updated_at,
       coalesce(trim(c.given_name || ' ' || c.family_name), ''),
       coalesce(nullif(u.display_name, ''), u.username, '')
FROM referrals r LEFT JOIN partners p ON p.id = r.partner_id
LEFT JOIN clients c ON c.id = r.client_id
LEFT JOIN cases k ON k.id = r.case_id LEFT JOIN users u ON u.id = k.assigned_to
"""
OPEN_STATES = ("sent", "received", "accepted", "service_started")


@dataclass(frozen=True)
class SharedResponse:
    """A completed questionnaire response a referral carries, as the receiver reads it."""

    form: Form | None  # None when the definition that came with it cannot be read
    title: str
    answers: dict[Key, list[dict[str, Any]]]
    state: FormState | None
    raw: dict[str, Any]


@dataclass(frozen=True)
class IncomingReferral:
    """A partner agency's referral, as the sync engine unpacks it from an envelope."""

    referral_id: str
    from_agency_id: str
    from_agency_name: str
    service_name: str
    domain: str
    reason: str
    urgency: str
    shared: dict[str, Any]
    sent_at: str
    due_at: str | None
    hlc: str  # the sender's clock when it was sent
    device: str  # the sending device


@dataclass(frozen=True)
class PartnerUpdate:
    """A partner's change of state on a referral we sent (or they withdrew theirs)."""

    update_id: str  # the partner's event id: makes re-imports no-ops
    referral_id: str
    to_status: str
    reason: str
    at: str
    hlc: str
    device: str


def _derived_id(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


derived_id = _derived_id  # ids derived from a message's content (FHIR imports use it too)


def _partner_mailbox(conn: Connection, referral_id: str) -> str | None:
    """The hub id of the agency on the other side of a referral (None if not on the hub)."""
    row = conn.execute("SELECT p.hub_agency_id FROM referrals r JOIN partners p "
                       "ON p.id = r.partner_id WHERE r.id = ?", (referral_id,)).fetchone()
    return row[0] if row and row[0] else None


def enqueue(conn: Connection, kind: str, mailbox: str, entity_id: str,
            payload: dict[str, Any], *, message_id: str, at: str) -> None:
    """Queue a message for a partner agency in the caller's transaction (once per id)."""
    conn.execute(
        "INSERT OR IGNORE INTO sync_outbox(id, kind, mailbox, entity, entity_id, payload, "
        "created_at) VALUES (?, ?, ?, 'referral', ?, ?, ?)",
        (message_id, kind, mailbox, entity_id, json.dumps(payload, sort_keys=True), at))


def _shared_name(shared: dict[str, Any]) -> str:
    """The client's name as a partner sent it (an incoming referral not accepted yet)."""
    return " ".join(str(shared.get(k) or "") for k in ("given_name", "family_name")).strip()


class ReferralService:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- reading --------------------------------------------------------------------------

    def _rows(self, conn: Connection, where: str, params: tuple[Any, ...]) -> list[Referral]:
        rows = conn.execute(f"{_SQL} WHERE {where} ORDER BY r.sent_at DESC", params).fetchall()
        history: dict[str, list[StatusChange]] = {}
        if rows:
            ids = [r[0] for r in rows]
            for chunk_start in range(0, len(ids), 500):
                chunk = ids[chunk_start:chunk_start + 500]
                for t in conn.execute(
                    "SELECT entity_id, at, from_value, to_value, reason, "
                    f"{sql_unpack('actor')}, outcome "
                    "FROM transitions WHERE entity = 'referral' AND field = 'status' AND "
                    f"entity_id IN ({','.join('?' * len(chunk))}) ORDER BY hlc", chunk,
                ):
                    history.setdefault(t[0], []).append(StatusChange(t[1], t[2], t[3], t[4],
                                                                     t[5], t[6]))
        return [
            Referral(
                id=r[0], direction=r[1], case_id=r[2], client_id=r[3], partner_id=r[4],
                partner_name=r[5], service_id=r[6], service_name=r[7], domain=r[8], reason=r[9],
                urgency=r[10], shared=json.loads(r[11] or "{}"), consent_id=r[12], status=r[13],
                status_reason=r[14], sent_at=parse_moment(r[15]), due_at=parse_day(r[16]),
                updated_at=r[17], history=tuple(history.get(r[0], ())),
                client_name=r[18] or _shared_name(json.loads(r[11] or "{}")),
                worker_name=r[19],
            )
            for r in rows
        ]

    def get(self, referral_id: str) -> Referral:
        self.session.require("referral.view")
        return self._fetch(referral_id)

    def _fetch(self, referral_id: str) -> Referral:
        with self.session.store.read() as conn:
            found = self._rows(conn, "r.id = ?", (referral_id,))
        if not found:
            raise NotFound("referral.not-found")
        return found[0]

    def list_referrals(self, direction: str, *, statuses: tuple[str, ...] = (),
             overdue_only: bool = False) -> list[Referral]:
        """Outgoing or incoming referrals, newest first; ``overdue_only`` for stalled ones."""
        self.session.require("referral.view")
        where, params = "r.direction = ?", [direction]
        if statuses:
            where += f" AND r.status IN ({','.join('?' * len(statuses))})"
            params += list(statuses)
        with self.session.store.read() as conn:
            found = self._rows(conn, where, tuple(params))
        if overdue_only:
            today = self.session.today()
            found = [r for r in found if r.overdue(today)]
        return found

    def for_case(self, case_id: str) -> list[Referral]:
        self.session.require("referral.view")
        with self.session.store.read() as conn:
            return self._rows(conn, "r.case_id = ?", (case_id,))

    # -- sending --------------------------------------------------------------------------

    def shareable_preview(self, case_id: str, fields: tuple[str, ...]) -> dict[str, Any]:
        """Exactly what would leave the agency if these fields were shared."""
        summary = self.session.cases.summary(case_id)
        client = self.session.clients.get(summary.client_id, audit=False)
        out: dict[str, Any] = {}
        for name in fields:
            if name not in SHAREABLE_FIELDS:
                raise ValidationError("referral.field-not-shareable",
                                      {"fields": "field.invalid"}, name=name)
            if name == "name":
                out["given_name"], out["family_name"] = client.given_name, client.family_name
            elif name == "dob":
                out["dob"] = client.dob.isoformat() if client.dob else None
                out["estimated_birth_year"] = client.estimated_birth_year
            elif name == "identifiers":
                out["identifiers"] = [list(p) for p in client.identifiers]
            elif name == "needs":
                out["needs"] = [
                    {"domain": n.domain, "severity": n.severity}
                    for n in self.session.cases.needs(case_id)
                    if n.status in ("open", "in_progress")
                ]
            elif name != "reason":
                out[name] = getattr(client, name)
        return out

    def send(self, case_id: str, service_id: str, *, reason: str, fields: tuple[str, ...],
             urgency: str = "routine", due_on: dt.date | None = None,
             responses: tuple[str, ...] = ()) -> Referral:
        """Refer the case's client to a partner service, sharing only ``fields`` and the
        completed questionnaire ``responses`` (ids) the client's consent names."""
        self.session.require("referral.send")
        errors: dict[str, str] = {}
        if not reason.strip():
            errors["reason"] = "Say why you are referring the client."
        if urgency not in URGENCIES:
            errors["urgency"] = f"Choose one of: {', '.join(URGENCIES)}."
        if "name" not in fields and "phone" not in fields:
            errors["fields"] = ("Share at least the client's name or phone so the partner "
                                "can reach them.")
        if errors:
            raise ValidationError("referral.incomplete", errors)
        summary = self.session.cases.summary(case_id)
        with self.session.store.read() as conn:
            require_row(conn, "partner_services", service_id)
            service = conn.execute(
                "SELECT s.partner_id, s.name, s.domains, p.name FROM partner_services s "
                "JOIN partners p ON p.id = s.partner_id WHERE s.id = ?", (service_id,)).fetchone()
        partner_id, service_name, domains, partner_name = service
        carried = [self._carried_response(response, summary.client_id)
                   for response in dict.fromkeys(responses)]
        forms = tuple(dict.fromkeys(f"{FORM_SCOPE}{c['url']}" for c in carried))
        consent = self.session.consents.require_cover(
            summary.client_id, partner_id, fields + forms, partner_name=partner_name)
        shared = self.shareable_preview(case_id, fields)
        if carried:
            shared["responses"] = [{k: c[k] for k in ("questionnaire", "response")}
                                   for c in carried]
        if "reason" in fields:
            shared["reason"] = reason.strip()
        domain = next((d for d in json.loads(domains) if d in NEED_DOMAINS), "other")
        due = due_on or (self.session.today()
                         + dt.timedelta(days=int(self.session.settings()["referral_due_days"])))
        referral_id = new_id()
        with self.session.change("referral.send") as w:
            w.create("referral", {
                "direction": "outgoing", "case_id": case_id, "client_id": summary.client_id,
                "partner_id": partner_id, "service_id": service_id, "service_name": service_name,
                "domain": domain, "reason": reason.strip(), "urgency": urgency, "shared": shared,
                "consent_id": consent.id, "sent_at": iso(self.session.now()),
                "due_at": due.isoformat(), "created_by": self.session.user.id,
            }, entity_id=referral_id, scope=case_id)
            created = w.events[-1]
            mailbox = _partner_mailbox(w.conn, referral_id)
            if mailbox:
                agency = w.conn.execute("SELECT name FROM agency").fetchone()
                enqueue(w.conn, "referral", mailbox, referral_id, {
                    "referral_id": referral_id, "from_agency_name": agency[0] if agency else "",
                    "service_name": service_name, "domain": domain, "reason": reason.strip()
                    if "reason" in fields else "", "urgency": urgency, "shared": shared,
                    "sent_at": created.data["fields"]["sent_at"], "due_at": due.isoformat(),
                    "hlc": created.hlc, "device": created.device,
                }, message_id=created.id, at=created.data["fields"]["sent_at"])
            self.session.audit(w.conn, "referral.send", "referral", referral_id,
                               partner=partner_id, fields=list(fields), consent=consent.id)
        return self.get(referral_id)

    def _carried_response(self, response_id: str, client_id: str) -> dict[str, Any]:
        """A completed response of this client as a referral carries it: the response, and
        its form's definition so the partner can show it without having the form."""
        detail = self.session.forms.detail(response_id)
        version = detail.version
        if version.status not in ("completed", "amended") or version.client_id != client_id:
            raise ValidationError("referral.response-not-shareable",
                                  {"responses": "field.invalid"})
        with self.session.store.read() as conn:
            definition = conn.execute("SELECT definition FROM forms WHERE id = ?",
                                      (version.form_id,)).fetchone()
        if definition is None:
            raise ValidationError("referral.response-not-shareable",
                                  {"responses": "field.invalid"})
        raw = {k: v for k, v in detail.raw.items() if k not in ("subject", "author")}
        return {"url": version.form_url, "questionnaire": definition[0], "response": raw}

    def shared_responses(self, referral_id: str) -> list[SharedResponse]:
        """The questionnaire responses a referral carries, each read with the form that came
        with it; one that cannot be read is shown as its raw answers."""
        referral = self.get(referral_id)
        from collabdesk.forms.answers import answers_from_response
        from collabdesk.forms.errors import FormError
        from collabdesk.forms.evaluate import evaluate
        from collabdesk.forms.parse import parse_questionnaire

        out = []
        listed = referral.shared.get("responses")
        for carried in listed if isinstance(listed, list) else ():
            if not isinstance(carried, dict) or not isinstance(carried.get("response"), dict):
                continue
            raw = carried["response"]
            try:
                form: Form | None = parse_questionnaire(str(carried.get("questionnaire", "")))
            except FormError:
                form = None
            answers, _ = answers_from_response(form, raw.get("item"))
            out.append(SharedResponse(
                form=form, title=form.label if form else str(raw.get("questionnaire", "")),
                answers=answers, state=evaluate(form, answers) if form else None, raw=raw))
        return out

    # -- changing state -------------------------------------------------------------------

    def _transition(self, referral_id: str, to: str, *, reason: str = "",
                    action: str = "referral.respond") -> Referral:
        referral = self.get(referral_id)
        if not sm.REFERRAL_STATUS.allows(referral.status, to):
            raise InvalidTransition(
                "referral.invalid-transition",
                current=label("status", referral.status), wanted=label("status", to))
        with self.session.change(action) as w:
            event = w.transition("referral", referral_id, "status", to,
                                 at=iso(self.session.now()), reason=reason,
                                 scope=referral.case_id)
            self._notify_partner(w.conn, event)
            self.session.audit(w.conn, f"referral.{to}", "referral", referral_id)
        return self.get(referral_id)

    @staticmethod
    def _notify_partner(conn: Connection, event: Event) -> None:
        """Queue our change of a referral's state for the agency on the other side."""
        mailbox = _partner_mailbox(conn, event.entity_id)
        if mailbox:
            enqueue(conn, "referral_update", mailbox, event.entity_id, {
                "update_id": event.id, "referral_id": event.entity_id,
                "to_status": event.data["to"], "reason": event.data.get("reason", ""),
                "at": event.data["at"], "hlc": event.hlc, "device": event.device,
            }, message_id=event.id, at=event.data["at"])

    def record_outcome(self, referral_id: str, outcome: str, *, reason: str = "") -> Referral:
        """Our own record of what a partner off the hub did with our referral (told by phone
        or post): the step it skipped to get there (accepting before a service) is recorded
        too. The caller checks the partner is off the hub."""
        referral = self.get(referral_id)
        if (outcome in ("service_started", "completed") and
                not sm.REFERRAL_STATUS.allows(referral.status, outcome) and
                sm.REFERRAL_STATUS.allows(referral.status, "accepted")):
            self._transition(referral_id, "accepted", action="referral.send")
        return self._transition(referral_id, outcome, reason=reason, action="referral.send")

    def mark_received(self, referral_id: str) -> Referral:
        return self._transition(referral_id, "received")

    def accept(self, referral_id: str, *, client_id: str | None = None,
               new_client: ClientInput | None = None, case_title: str | None = None) -> Referral:
        """Accept a partner's referral, linking it to an existing client or a new one, and
        open a case for it. Run a duplicate check on the shared data before calling this."""
        referral = self.get(referral_id)
        if referral.direction != "incoming":
            raise InvalidTransition("referral.accept-incoming-only")
        if not sm.REFERRAL_STATUS.allows(referral.status, "accepted"):
            raise InvalidTransition("referral.already-in-status",
                                    status=label("status", referral.status))
        if client_id is None:
            if new_client is None:
                raise ValidationError("referral.client-required")
            client_id = self.session.clients.intake(new_client, confirmed_new=True).id
        title = case_title or f"Referral: {referral.service_name or referral.domain}"
        case = self.session.cases.open_case(client_id, title)
        with self.session.change("referral.respond") as w:
            w.update("referral", referral_id, {"client_id": client_id, "case_id": case.id},
                     scope=case.id)
            event = w.transition("referral", referral_id, "status", "accepted",
                                 at=iso(self.session.now()), scope=case.id)
            self._notify_partner(w.conn, event)
            self.session.audit(w.conn, "referral.accepted", "referral", referral_id,
                               client=client_id, case=case.id)
        return self.get(referral_id)

    def decline(self, referral_id: str, reason: str) -> Referral:
        if not reason.strip():
            raise ValidationError("referral.decline-reason-required",
                                  {"reason": "field.required"})
        return self._transition(referral_id, "declined", reason=reason.strip())

    def start_service(self, referral_id: str) -> Referral:
        return self._transition(referral_id, "service_started")

    def complete(self, referral_id: str, reason: str = "") -> Referral:
        return self._transition(referral_id, "completed", reason=reason)

    def close(self, referral_id: str, reason: str) -> Referral:
        """Close the loop: withdraw our referral, or close a partner's after the service."""
        if not reason.strip():
            raise ValidationError("referral.close-reason-required", {"reason": "field.required"})
        referral = self.get(referral_id)
        action = "referral.send" if referral.direction == "outgoing" else "referral.respond"
        return self._transition(referral_id, "closed", reason=reason.strip(), action=action)

    # -- messages from partners -----------------------------------------------------------

    def _partner_for_agency(self, conn: Connection, agency_id: str, name: str,
                            w_device: str, hlc: str) -> str:
        row = conn.execute("SELECT id FROM partners WHERE hub_agency_id = ?",
                           (agency_id,)).fetchone()
        if row:
            return str(row[0])
        partner_id = _derived_id("partner", agency_id)
        apply_event(conn, Event(
            id=_derived_id("partner-create", agency_id), hlc=hlc, device=w_device,
            user_id=None, entity="partner", entity_id=partner_id, op="create",
            data={"fields": {"name": name, "hub_agency_id": agency_id}},
        ), origin="partner")
        return partner_id

    def receive(self, incoming: IncomingReferral) -> Referral:
        """Record a partner's referral in our inbox (idempotent). Called by the sync engine
        whoever is signed in, so it checks no role: the message was verified upstream."""
        if incoming.domain not in NEED_DOMAINS or incoming.urgency not in URGENCIES:
            raise ValidationError("referral.incoming-malformed")
        with self.session.store.transaction() as conn:
            existing = conn.execute(
                "SELECT r.direction, p.hub_agency_id FROM referrals r LEFT JOIN partners p "
                "ON p.id = r.partner_id WHERE r.id = ?", (incoming.referral_id,)).fetchone()
            if existing and tuple(existing) != ("incoming", incoming.from_agency_id):
                # A referral id we already hold for something else: never let a partner's
                # message rewrite it (ours, or another agency's).
                raise ValidationError("referral.incoming-id-taken")
            self.session.log.clock.observe(incoming.hlc)
            partner_id = self._partner_for_agency(conn, incoming.from_agency_id,
                                                  incoming.from_agency_name, incoming.device,
                                                  incoming.hlc)
            apply_event(conn, Event(
                id=_derived_id("referral-in", incoming.referral_id), hlc=incoming.hlc,
                device=incoming.device, user_id=None, entity="referral",
                entity_id=incoming.referral_id, op="create",
                data={"fields": {
                    "direction": "incoming", "partner_id": partner_id,
                    "service_name": incoming.service_name, "domain": incoming.domain,
                    "reason": incoming.reason, "urgency": incoming.urgency,
                    "shared": incoming.shared, "sent_at": incoming.sent_at,
                    "due_at": incoming.due_at,
                }},
            ), origin="partner")
            apply_event(conn, Event(
                id=_derived_id("referral-received", incoming.referral_id),
                hlc=incoming.hlc, device=incoming.device, user_id=None, entity="referral",
                entity_id=incoming.referral_id, op="transition",
                data={"field": "status", "from": "sent", "to": "received", "reason": "",
                      "at": incoming.sent_at},
            ), origin="partner")
            ack_id = _derived_id("referral-ack", incoming.referral_id)
            enqueue(conn, "referral_update", incoming.from_agency_id, incoming.referral_id, {
                "update_id": ack_id, "referral_id": incoming.referral_id,
                "to_status": "received", "reason": "", "at": iso(self.session.now()),
                "hlc": self.session.log.clock.now(), "device": self.session.log.device_id,
            }, message_id=ack_id, at=iso(self.session.now()))
            self.session.audit(conn, "referral.received", "referral", incoming.referral_id,
                               partner=partner_id)
        return self._fetch(incoming.referral_id)

    def record_partner_update(self, update: PartnerUpdate) -> Referral:
        """Apply a partner's change of state (idempotent; an impossible one is kept for review)."""
        if update.to_status not in sm.REFERRAL_STATUS.states():
            raise ValidationError("referral.update-unknown-status")
        with self.session.store.transaction() as conn:
            row = conn.execute("SELECT status, case_id, direction FROM referrals WHERE id = ?",
                               (update.referral_id,)).fetchone()
            if row is None:
                raise NotFound("referral.update-unknown-referral")
            if row[2] == "incoming" and update.to_status != "closed":
                # On a referral a partner sent us, the partner may only withdraw it; accepting
                # or declining is ours to do.
                raise ValidationError("referral.update-not-theirs")
            self.session.log.clock.observe(update.hlc)
            apply_event(conn, Event(
                id=_derived_id("referral-update", update.update_id), hlc=update.hlc,
                device=update.device, user_id=None, entity="referral",
                entity_id=update.referral_id, op="transition",
                data={"field": "status", "from": row[0], "to": update.to_status,
                      "reason": update.reason, "at": update.at},
                scope=row[1],
            ), origin="partner")
        return self._fetch(update.referral_id)
