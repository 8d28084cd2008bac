"""Sharing a client's records with a partner as HL7 FHIR R4 files, within the client's consent.

A clinic that does not run CollabDesk still reads FHIR. What leaves is decided here, never by
the mapping (:mod:`collabdesk.fhir`): the Patient carries only the fields a current consent
for that partner covers, and a form's responses leave only when the consent names the form
(``form:<url>`` in its scope). Drafts never leave, nor sensitive responses the person
exporting may not read. Every export is audited with what it carried.

The file is plaintext by nature (the partner must read it): the person chooses where it goes,
it is written atomically and readable by its owner only, and the desktop says so.

Referrals travel the same way to a partner that is not on the hub (:meth:`export_referral`:
ServiceRequest, Task, Patient, Consent, Organizations, carried responses), and come back
(:meth:`import_file`): a clinic's referral lands in the inbox, and Tasks move the referrals
they are about. An import is checked whole before anything is written, then written in one
transaction: a refused file leaves no trace.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from collabdesk.domain import FORM_SCOPE, SHAREABLE_FIELDS, Consent, Referral
from collabdesk.errors import ConsentRequired, ImportFailed, PermissionDenied
from collabdesk.events import hlc
from collabdesk.events.ids import pack, unpack
from collabdesk.events.projection import Event, apply_events
from collabdesk.fhir import bundle as fhir_bundle
from collabdesk.fhir import referral as fhir_referral
from collabdesk.fhir.patient import patient_resource
from collabdesk.fsutil import atomic_write_bytes
from collabdesk.services.referrals import derived_id
from collabdesk.store.db import Connection
from collabdesk.timeutil import iso

if TYPE_CHECKING:
    from collabdesk.services.session import Session

# Consents a partner's care may rest on; "reporting" is for aggregate figures only.
_SHARING_PURPOSES = ("referral", "care_coordination")
_FINAL = ("completed", "amended")


@dataclass(frozen=True)
class ExportedBundle:
    bundle: dict[str, Any]
    patient_fields: tuple[str, ...]  # what the Patient carries
    responses: int  # QuestionnaireResponses included
    left_out: int  # completed responses the consent does not cover (or hidden to this user)


# A referral's shared details that are bookkeeping of the FHIR exchange, not the client's data.
FHIR_KEY = "_fhir"
# Which SHAREABLE_FIELDS a referral's shared details show were shared.
_FIELD_KEYS = {"name": "given_name", "dob": "dob", "gender": "gender", "language": "language",
               "phone": "phone", "email": "email", "address": "address",
               "identifiers": "identifiers", "needs": "needs", "reason": "reason"}


@dataclass(frozen=True)
class ExportedReferral:
    bundle: dict[str, Any]
    whole: bool  # the whole referral (ours); False: its Task only (a partner's referral)
    patient_fields: tuple[str, ...]
    responses: int
    saved_as_file: bool  # its delivery now reads "Saved as a FHIR file"


@dataclass(frozen=True)
class FhirImport:
    referral: Referral  # the (last) referral the file was about
    new: bool  # a referral added to the inbox
    recorded: tuple[str, ...]  # states recorded from Tasks, in order (none: already known)
    referrals: int = 1  # how many referrals the file's Tasks were about


def saved_as_file(referral: Referral) -> bool:
    """Whether our referral went to its partner as a FHIR file (not through the hub)."""
    info = referral.shared.get(FHIR_KEY)
    return isinstance(info, dict) and info.get("delivery") == "file"


def _request_uuid(referral_id: str) -> str:
    """Our ServiceRequest's full URL: the referral id as a UUID, so a Task that names it by
    full URL leads back to the referral."""
    try:
        return f"urn:uuid:{uuid.UUID(hex=referral_id)}"
    except ValueError:
        return fhir_bundle.full_url()


class ExchangeService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _consents(self, client_id: str, recipient: str) -> list[Consent]:
        day = self.session.today()
        return [c for c in self.session.consents.for_client(client_id)
                if c.active_on(day) and c.purpose in _SHARING_PURPOSES
                and c.recipient in ("*", recipient)]

    def responses_bundle(self, client_id: str, *, recipient: str,
                         recipient_name: str = "") -> ExportedBundle:
        """A ``collection`` Bundle: the Patient (consented fields) and the client's completed
        questionnaire responses to the forms the consent names, current versions only."""
        self.session.require("referral.send")
        client = self.session.clients.get(client_id, audit=False)
        consents = self._consents(client_id, recipient)
        if not consents:
            raise ConsentRequired("consent.none-for-partner",
                                  partner_name=recipient_name or recipient)
        scope = set().union(*(set(c.scope) for c in consents))
        forms = {entry.removeprefix(FORM_SCOPE) for entry in scope
                 if entry.startswith(FORM_SCOPE)}
        if not forms:
            raise ConsentRequired("consent.no-form-covered",
                                  partner_name=recipient_name or recipient)
        patient_fields = tuple(f for f in SHAREABLE_FIELDS if f in scope)
        patient_url = fhir_bundle.full_url()
        entries = [(patient_url, patient_resource(client, patient_fields))]
        left_out = 0
        for version in self._final_versions(client_id):
            if version.form_url not in forms or version.hidden:
                left_out += 1
                continue
            raw = dict(self.session.forms.detail(version.id).raw)
            raw["subject"] = {"reference": patient_url}
            raw.pop("author", None)  # a user id of this agency means nothing to the partner
            entries.append((fhir_bundle.full_url(), raw))
        result = fhir_bundle.collection(entries, at=self.session.now())
        self.session.audit_now("client.export_fhir", "client", client_id, recipient=recipient,
                               fields=list(patient_fields), responses=len(entries) - 1)
        return ExportedBundle(result, patient_fields, len(entries) - 1, left_out)

    def export_responses(self, client_id: str, path: Path, *, recipient: str,
                         recipient_name: str = "") -> ExportedBundle:
        exported = self.responses_bundle(client_id, recipient=recipient,
                                         recipient_name=recipient_name)
        atomic_write_bytes(Path(path), fhir_bundle.to_bytes(exported.bundle))
        return exported

    def _final_versions(self, client_id: str) -> Iterable[Any]:
        forms = self.session.forms
        case_ids = [r[0] for r in self.session.store.query(
            "SELECT id FROM cases WHERE client_id = ? ORDER BY opened_at", (client_id,))]
        versions = list(forms.responses(client_id=client_id))
        for case_id in case_ids:
            try:
                versions.extend(forms.responses(case_id=case_id))
            except PermissionDenied:
                continue  # a case this person may not open: its responses stay here
        return [v for v in versions if v.status in _FINAL]

    # -- referrals -------------------------------------------------------------------------

    def referral_bundle(self, referral_id: str) -> ExportedReferral:
        """Our referral as a whole Bundle, or a partner's referral as its Task (its state, for
        the clinic that sent it)."""
        referral = self.session.referrals.get(referral_id)
        if referral.direction == "incoming":
            self.session.require("referral.respond")
            return self._task_bundle(referral)
        self.session.require("referral.send")
        with self.session.store.read() as conn:
            partner = conn.execute(
                "SELECT id, name, phone, email, website FROM partners WHERE id = ?",
                (referral.partner_id,)).fetchone()
            agency = conn.execute("SELECT id, name FROM agency").fetchone()
            outputs = _outputs(conn, referral.id)
        if referral.client_id is None or partner is None:
            raise ConsentRequired("consent.none-for-partner", partner_name=referral.partner_name)
        fields = tuple(f for f, key in _FIELD_KEYS.items() if key in referral.shared)
        listed = referral.shared.get("responses")
        carried = [c for c in (listed if isinstance(listed, list) else ())
                   if isinstance(c, dict) and isinstance(c.get("response"), dict)]
        forms = tuple(dict.fromkeys(
            FORM_SCOPE + str(c["response"].get("questionnaire", "")).split("|")[0]
            for c in carried))
        # Consent is checked again now: one withdrawn since the referral was sent stops it.
        consent = self.session.consents.require_cover(
            referral.client_id, partner[0], fields + forms, partner_name=partner[1])
        client = self.session.clients.get(referral.client_id, audit=False)
        patient_fields = tuple(f for f in fields if f in SHAREABLE_FIELDS
                               and f not in ("needs", "reason"))
        urls = {kind: fhir_bundle.full_url() for kind in
                ("patient", "requester", "performer", "consent", "task")}
        urls["request"] = _request_uuid(referral.id)
        response_urls = [fhir_bundle.full_url() for _ in carried]
        responses = []
        for url, c in zip(response_urls, carried, strict=True):
            raw = dict(c["response"])
            raw["subject"] = {"reference": urls["patient"]}
            responses.append((url, raw))
        entries = [
            (urls["request"], fhir_referral.service_request(
                referral, patient=urls["patient"], requester=urls["requester"],
                performer=urls["performer"], supporting=response_urls)),
            (urls["task"], fhir_referral.task(
                referral, task_id=referral.id, focus=urls["request"], patient=urls["patient"],
                requester={"reference": urls["requester"]},
                owner={"reference": urls["performer"]}, outputs=outputs)),
            (urls["patient"], patient_resource(client, patient_fields)),
            (urls["consent"], fhir_referral.consent(
                consent, patient=urls["patient"], organization_ref=urls["requester"],
                recipient=urls["performer"])),
            (urls["requester"], fhir_referral.organization(
                str(agency[0]) if agency else "agency", str(agency[1]) if agency else "")),
            (urls["performer"], fhir_referral.organization(
                partner[0], partner[1], phone=partner[2] or "", email=partner[3] or "",
                website=partner[4] or "")),
            *responses,
        ]
        result = fhir_bundle.collection(entries, at=self.session.now())
        return ExportedReferral(result, True, patient_fields, len(responses), False)

    def _task_bundle(self, referral: Referral) -> ExportedReferral:
        info = referral.shared.get(FHIR_KEY)
        info = info if isinstance(info, dict) else {}
        with self.session.store.read() as conn:
            agency = conn.execute("SELECT name FROM agency").fetchone()
            outputs = _outputs(conn, referral.id)
        task_ref = str(info.get("task") or "")
        task_id = task_ref.rpartition("Task/")[2] if task_ref.startswith("Task/") else referral.id
        resource = fhir_referral.task(
            referral, task_id=task_id,
            focus=str(info.get("service_request") or f"ServiceRequest/{referral.id}"),
            patient=str(info.get("patient") or ""), requester={"display": referral.partner_name},
            owner={"display": str(agency[0]) if agency else ""}, outputs=outputs)
        if not resource["for"]["reference"]:
            del resource["for"]
        result = fhir_bundle.collection([(fhir_bundle.full_url(), resource)],
                                        at=self.session.now())
        return ExportedReferral(result, False, (), 0, False)

    def export_referral(self, referral_id: str, path: Path) -> ExportedReferral:
        """Write :meth:`referral_bundle` to ``path``. Our referral to a partner that is not on
        the hub then reads "Saved as a FHIR file": the file is how it travels."""
        exported = self.referral_bundle(referral_id)
        atomic_write_bytes(Path(path), fhir_bundle.to_bytes(exported.bundle))
        referral = self.session.referrals.get(referral_id)
        action = "referral.send" if exported.whole else "referral.respond"
        marked = False
        with self.session.change(action) as w:
            on_hub = w.conn.execute("SELECT hub_agency_id FROM partners WHERE id = ?",
                                    (referral.partner_id,)).fetchone()
            if exported.whole and not (on_hub and on_hub[0]) and not saved_as_file(referral):
                w.update("referral", referral_id, {"shared": {
                    **referral.shared, FHIR_KEY: {"delivery": "file",
                                                  "at": iso(self.session.now())}}},
                         scope=referral.case_id)
                marked = True
            self.session.audit(w.conn, "referral.export_fhir", "referral", referral_id,
                               whole=exported.whole, fields=list(exported.patient_fields),
                               responses=exported.responses, status=referral.status)
        return ExportedReferral(exported.bundle, exported.whole, exported.patient_fields,
                                exported.responses, marked or saved_as_file(referral))

    def partner_on_hub(self, partner_id: str) -> bool:
        """Whether a partner gets our referrals through the hub (else: as FHIR files)."""
        rows = self.session.store.query("SELECT hub_agency_id FROM partners WHERE id = ?",
                                        (partner_id,))
        return bool(rows and rows[0][0])

    def send_as_file(self, case_id: str, service_id: str, path: Path, *, reason: str,
                     fields: tuple[str, ...], urgency: str = "routine",
                     responses: tuple[str, ...] = ()) -> Referral:
        """Send a referral to a partner that is not on the hub: it is recorded as sent (with
        the same consent checks as any referral) and written to ``path`` as a FHIR Bundle."""
        referral = self.session.referrals.send(case_id, service_id, reason=reason,
                                               fields=fields, urgency=urgency,
                                               responses=responses)
        self.export_referral(referral.id, path)
        return self.session.referrals.get(referral.id)

    def import_file(self, path: Path) -> FhirImport:
        """A FHIR Bundle from a file: a clinic's referral (into the inbox, once), or Tasks
        moving referrals we exchanged as files. All of it, or nothing."""
        path = Path(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise ImportFailed("import.file-not-found", file=path.name) from None
        except OSError as exc:
            raise ImportFailed("import.file-unreadable", file=path.name,
                               problem=exc.strerror or str(exc)) from None
        bundle = fhir_referral.read_bundle(data, file=path.name)
        requests = bundle.of_kind("ServiceRequest")
        if requests:
            with self.session.store.read() as conn:
                known = _referral_for(conn, requests[0].local_ref, requests[0].full_url)
            if known is None or known[1] != "outgoing":
                # A new referral: its Task only says who asks and by when, not a state.
                return self._import_request(bundle, fhir_referral.read_request(bundle))
        tasks = fhir_referral.read_tasks(bundle)
        if not tasks:
            raise bundle.fail("fhir.no-service-request", "Bundle.entry")
        return self._import_tasks(bundle, tasks)

    def _import_request(self, bundle: fhir_referral.Bundle,
                        facts: fhir_referral.RequestFacts) -> FhirImport:
        # Ids and clocks come from the file, so the same file imported on two laptops of the
        # agency is one referral (and one new partner), not two to reconcile.
        referral_id = derived_id("fhir-referral", _canonical(facts.identity))
        now = self.session.now()
        sent = min(facts.sent_at or now, now)
        node = derived_id("fhir-request-node", referral_id)[:16]
        device = self.session.log.device_id

        def event(n: int, entity: str, entity_id: str, op: str,
                  data: dict[str, Any]) -> Event:
            return Event(id=derived_id("fhir-request", referral_id, str(n)),
                         hlc=hlc.encode(int(sent.timestamp() * 1000), n, node), device=device,
                         user_id=None, entity=entity, entity_id=entity_id, op=op, data=data)

        with self.session.change("referral.respond") as w:
            existing = w.conn.execute("SELECT direction FROM referrals WHERE id = ?",
                                      (referral_id,)).fetchone()
            if existing is not None:
                if existing[0] != "incoming":
                    raise bundle.fail("fhir.request-id-taken", "ServiceRequest.id")
                return FhirImport(self.session.referrals.get(referral_id), False, ())
            events = []
            partner = w.conn.execute(
                "SELECT id FROM partners WHERE lower(name) = lower(?) ORDER BY id LIMIT 1",
                (facts.requester_name,)).fetchone()
            partner_id = str(partner[0]) if partner else derived_id(
                "fhir-partner", facts.requester_name.casefold())
            if partner is None:
                events.append(event(0, "partner", partner_id, "create",
                                    {"fields": {"name": facts.requester_name}}))
            events.append(event(1, "referral", referral_id, "create", {"fields": {
                "direction": "incoming", "partner_id": partner_id,
                "service_name": facts.service_name, "domain": facts.domain,
                "reason": facts.reason, "urgency": facts.urgency,
                "shared": {**facts.shared, FHIR_KEY: {
                    "service_request": facts.identity, "patient": facts.patient_ref,
                    "task": facts.task_ref}},
                "sent_at": iso(sent),
                "due_at": facts.due_on.isoformat() if facts.due_on else None,
            }}))
            events.append(event(2, "referral", referral_id, "transition", {
                "field": "status", "from": "sent", "to": "received", "reason": "",
                "at": iso(sent)}))
            apply_events(w.conn, events, origin="local")
            self.session.audit(w.conn, "referral.import_fhir", "referral", referral_id,
                               partner=partner_id, file=bundle.file)
        return FhirImport(self.session.referrals.get(referral_id), True, ())

    def _import_tasks(self, bundle: fhir_referral.Bundle,
                      tasks: list[fhir_referral.TaskUpdate]) -> FhirImport:
        now = self.session.now()
        recorded: list[str] = []
        touched: list[str] = []
        with self.session.change("referral.send") as w:
            events = []
            for update in tasks:
                found = _referral_for(w.conn, update.focus, update.focus)
                if found is None:
                    raise bundle.fail("fhir.task-unknown-referral", update.entry.at("focus"),
                                      reference=update.focus[:120])
                referral_id, direction, case_id = found
                if direction == "incoming" and update.status not in ("sent", "closed"):
                    # The clinic may withdraw its referral; answering it is ours to do.
                    raise bundle.fail("fhir.task-not-theirs", update.entry.at("status"),
                                      status=str(update.entry.resource.get("status")))
                touched.append(referral_id)
                events += _task_events(update, referral_id, case_id, now,
                                       self.session.log.device_id)
            marks = ",".join("?" * len(events))
            new = {e.id for e in events} - {unpack(r[0]) for r in w.conn.execute(
                f"SELECT id FROM event_log WHERE id IN ({marks})", [pack(e.id) for e in events])
            } if events else set()
            apply_events(w.conn, sorted(events, key=lambda e: e.hlc), origin="local")
            recorded = [e.data["to"] for e in sorted(events, key=lambda e: e.hlc)
                        if e.id in new]
            for referral_id in dict.fromkeys(touched) if recorded else ():
                self.session.audit(w.conn, "referral.import_fhir", "referral", referral_id,
                                   file=bundle.file, recorded=recorded)
        return FhirImport(self.session.referrals.get(touched[-1]), False, tuple(recorded),
                          len(set(touched)))


def _canonical(reference: str) -> str:
    """``ServiceRequest/<id>`` for any way of naming it by id (relative or absolute URL)."""
    ident = fhir_referral.request_id(reference)
    return f"ServiceRequest/{ident}" if ident else reference


def _referral_for(conn: Connection, reference: str,
                  full_url: str) -> tuple[str, str, str | None] | None:
    """The referral a ServiceRequest reference names: ours by id (or by our full URL), or a
    clinic's we imported by its identity."""
    candidates = [fhir_referral.request_id(reference)]
    for ref in (reference, full_url):
        if ref.startswith("urn:uuid:"):
            with contextlib.suppress(ValueError):
                candidates.append(uuid.UUID(ref.removeprefix("urn:uuid:")).hex)
    for referral_id in (c for c in candidates if c):
        row = conn.execute("SELECT id, direction, case_id FROM referrals WHERE id = ? AND "
                           "direction = 'outgoing'", (referral_id,)).fetchone()
        if row:
            return str(row[0]), str(row[1]), row[2]
    for ref in dict.fromkeys((_canonical(reference), reference, full_url)):
        row = conn.execute("SELECT id, direction, case_id FROM referrals WHERE id = ? AND "
                           "direction = 'incoming'",
                           (derived_id("fhir-referral", ref),)).fetchone()
        if row:
            return str(row[0]), str(row[1]), row[2]
    return None


def _outputs(conn: Connection, referral_id: str) -> list[str]:
    """The services delivered on a referral, as a Task's outputs read them."""
    return [f"{r[0]}: {r[1]} ({r[2]})" if r[1] else f"{r[0]} ({r[2]})" for r in conn.execute(
        "SELECT service_type, description, delivered_at FROM services WHERE referral_id = ? "
        "ORDER BY delivered_at, id", (referral_id,))]


def _task_events(update: fhir_referral.TaskUpdate, referral_id: str, case_id: str | None,
                 now: dt.datetime, device: str) -> list[Event]:
    """A Task's state as transitions whose ids and clocks come from the Task: importing it
    again changes nothing, and Tasks read in any order fold to the same state (a later state
    brings the acceptance it implies)."""
    if update.status == "sent":
        return []
    states = [update.status]
    if update.status in ("service_started", "completed"):
        states.insert(0, "accepted")
    moment = min(update.at or now, now)
    wall = int(moment.timestamp() * 1000)
    node = derived_id("fhir-task-node", referral_id)[:16]
    reason = update.reason
    if update.status == "completed" and update.outputs:
        reason = "; ".join(update.outputs)
    out = []
    for state in states:
        out.append(Event(
            id=derived_id("fhir-task", referral_id, state),
            hlc=hlc.encode(wall, fhir_referral.RANK[state], node), device=device,
            user_id=None, entity="referral", entity_id=referral_id, op="transition",
            data={"field": "status", "from": None, "to": state,
                  "reason": reason if state == update.status else "", "at": iso(moment)},
            scope=case_id))
    return out
