"""A referral as HL7 FHIR R4 resources (SDOH Clinical Care / Gravity), and back (no database).

Out: a ServiceRequest (what is requested, for which need, how urgent, why), the Task that
follows it (its state), Organizations for the requester and the performer, and a Consent.
In: a Bundle a clinic's health record wrote — one ServiceRequest with the Patient it is about
— read as the facts of an incoming referral, and Tasks read as changes of state. Reading never
trusts the file: every element taken is checked, and a problem is an :class:`ImportFailed`
naming the resource and element at fault (``Bundle.entry[2].resource.focus``).

The mapping of states (documented in docs/fhir.md) is :data:`TASK_STATUS` one way and
:data:`REFERRAL_STATUS` the other.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from collabdesk.domain import NEED_DOMAINS, Consent, Referral
from collabdesk.errors import ImportFailed

SDOHCC_CODES = "http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes"
SNOMED = "http://snomed.info/sct"
TASK_CODES = "http://hl7.org/fhir/CodeSystem/task-code"
# Our own need domains and states ride along as codings so our own files round-trip exactly.
DOMAIN_SYSTEM = "urn:collabdesk:need-domain"
STATE_SYSTEM = "urn:collabdesk:referral-status"
SERVICE_REQUEST_PROFILE = (
    "http://hl7.org/fhir/us/sdoh-clinicalcare/StructureDefinition/SDOHCC-ServiceRequest")
TASK_PROFILE = (
    "http://hl7.org/fhir/us/sdoh-clinicalcare/StructureDefinition/"
    "SDOHCC-TaskForReferralManagement")

# A CollabDesk state as a Task status ("closed" depends on what came before: see task_status).
TASK_STATUS = {
    "sent": "requested", "received": "received", "accepted": "accepted",
    "declined": "rejected", "service_started": "in-progress", "completed": "completed",
    "closed": "cancelled",
}
# A Task status read from a file as a CollabDesk state; any other status is refused.
REFERRAL_STATUS = {
    "requested": "sent", "ready": "sent", "received": "received", "accepted": "accepted",
    "rejected": "declined", "in-progress": "service_started", "completed": "completed",
    "cancelled": "closed", "failed": "closed",
}
# The order of a referral's life: a later state implies the earlier ones it needs.
RANK = {"sent": 0, "received": 1, "accepted": 2, "service_started": 3, "completed": 4,
         "declined": 2, "closed": 5}

_PRIORITY = {"routine": "routine", "soon": "urgent", "urgent": "asap"}
_URGENCY = {"routine": "routine", "urgent": "soon", "asap": "urgent", "stat": "urgent"}

_SDOHCC_FOR_DOMAIN = {
    "housing": "housing-instability", "food": "food-insecurity",
    "income": "financial-insecurity", "employment": "employment-status",
    "education": "educational-attainment", "transport": "transportation-insecurity",
    "safety": "intimate-partner-violence",
}
_DOMAIN_FOR_SDOHCC = {
    **{code: domain for domain, code in _SDOHCC_FOR_DOMAIN.items()},
    "homelessness": "housing", "inadequate-housing": "housing",
    "material-hardship": "income", "medical-cost-burden": "income", "elder-abuse": "safety",
    "health-insurance-coverage-status": "health", "stress": "mental_health",
}
_GENDER = {"female": "female", "male": "male", "other": "other", "unknown": "unknown"}


def fhir_instant(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


# -- export ----------------------------------------------------------------------------------

def organization(org_id: str, name: str, *, phone: str = "", email: str = "",
                 website: str = "") -> dict[str, Any]:
    org: dict[str, Any] = {"resourceType": "Organization", "id": org_id, "active": True,
                           "name": name}
    telecom = [{"system": system, "value": value} for system, value in
               (("phone", phone), ("email", email), ("url", website)) if value]
    if telecom:
        org["telecom"] = telecom
    return org


def _domain_concept(domain: str) -> dict[str, Any]:
    codings = [{"system": DOMAIN_SYSTEM, "code": domain}]
    if domain in _SDOHCC_FOR_DOMAIN:
        codings.insert(0, {"system": SDOHCC_CODES, "code": _SDOHCC_FOR_DOMAIN[domain]})
    return {"coding": codings, "text": domain}


def service_request(referral: Referral, *, patient: str, requester: str, performer: str,
                    supporting: Iterable[str] = ()) -> dict[str, Any]:
    """The referral's ServiceRequest; the arguments are references (full URLs)."""
    status = {"completed": "completed", "declined": "revoked", "closed": "revoked"}.get(
        referral.status, "active")
    request: dict[str, Any] = {
        "resourceType": "ServiceRequest", "id": referral.id,
        "meta": {"profile": [SERVICE_REQUEST_PROFILE]},
        "identifier": [{"system": "urn:collabdesk:referral", "value": referral.id}],
        "status": status, "intent": "order",
        "category": [{"coding": [{"system": SNOMED, "code": "410606002",
                                  "display": "Social service procedure"}]},
                     _domain_concept(referral.domain)],
        "priority": _PRIORITY.get(referral.urgency, "routine"),
        "code": {"text": referral.service_name or referral.domain},
        "subject": {"reference": patient},
        "requester": {"reference": requester},
        "performer": [{"reference": performer}],
    }
    if referral.sent_at is not None:
        request["authoredOn"] = fhir_instant(referral.sent_at)
    reason = referral.shared.get("reason")
    if isinstance(reason, str) and reason:  # only when the consent let the reason leave
        request["reasonCode"] = [{"text": reason}]
    info = [{"reference": ref} for ref in supporting]
    if info:
        request["supportingInfo"] = info
    return request


def task_status(referral: Referral) -> tuple[str, str]:
    """The referral's Task status and status reason. ``closed`` after a completion or a
    decline keeps that answer (FHIR's completed and rejected are final); closed from an open
    state is ``cancelled`` with the reason it was closed for."""
    if referral.status != "closed":
        reason = referral.status_reason if referral.status == "declined" else ""
        return TASK_STATUS.get(referral.status, "requested"), reason
    before = [c for c in referral.history if c.outcome != "rejected" and c.to_status != "closed"]
    last = before[-1] if before else None
    if last is not None and last.to_status in ("completed", "declined"):
        return TASK_STATUS[last.to_status], last.reason if last.to_status == "declined" else ""
    return "cancelled", referral.status_reason


def task(referral: Referral, *, task_id: str, focus: str, patient: str,
         requester: dict[str, Any], owner: dict[str, Any],
         outputs: Iterable[str] = ()) -> dict[str, Any]:
    """The Task following ``referral`` (SDOHCC Task for referral management).
    ``requester``/``owner`` are Reference objects; ``outputs`` the services delivered."""
    status, reason = task_status(referral)
    resource: dict[str, Any] = {
        "resourceType": "Task", "id": task_id, "meta": {"profile": [TASK_PROFILE]},
        "status": status, "intent": "order",
        "businessStatus": {"coding": [{"system": STATE_SYSTEM, "code": referral.status}],
                           "text": referral.status},
        "code": {"coding": [{"system": TASK_CODES, "code": "fulfill",
                             "display": "Fulfill the focal request"}]},
        "focus": {"reference": focus}, "for": {"reference": patient},
        "requester": requester, "owner": owner,
    }
    if reason:
        resource["statusReason"] = {"text": reason}
    if referral.sent_at is not None:
        resource["authoredOn"] = fhir_instant(referral.sent_at)
    moments = [c.at for c in referral.history if c.outcome != "rejected" and c.at]
    if moments:
        resource["lastModified"] = max(moments)
    elif "authoredOn" in resource:
        resource["lastModified"] = resource["authoredOn"]
    if referral.due_at is not None:
        resource["restriction"] = {"period": {"end": referral.due_at.isoformat()}}
    delivered = [{"type": {"coding": [{"system": SDOHCC_CODES, "code": "resulting-activity",
                                       "display": "Resulting Activity"}]},
                  "valueString": text} for text in outputs]
    if delivered and status == "completed":
        resource["output"] = delivered
    return resource


def consent(record: Consent, *, patient: str, organization_ref: str,
            recipient: str) -> dict[str, Any]:
    """The client's consent behind what the Bundle carries (permit, to ``recipient``)."""
    provision: dict[str, Any] = {
        "type": "permit",
        "actor": [{"role": {"coding": [{
            "system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
            "code": "IRCP", "display": "information recipient"}]},
            "reference": {"reference": recipient}}],
        "purpose": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                     "code": "CAREMGT", "display": "care management"}],
    }
    period = {k: v.isoformat() for k, v in (("start", record.given_at),
                                            ("end", record.expires_at)) if v is not None}
    if period:
        provision["period"] = period
    resource: dict[str, Any] = {
        "resourceType": "Consent", "id": record.id, "status": "active",
        "scope": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope",
                              "code": "patient-privacy"}]},
        "category": [{"coding": [{"system": "http://loinc.org", "code": "59284-0",
                                  "display": "Patient Consent"}],
                      "text": record.purpose}],
        "patient": {"reference": patient},
        "organization": [{"reference": organization_ref}],
        "policyRule": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                                   "code": "OPTIN"}],
                       "text": "Shared: " + ", ".join(record.scope)},
        "provision": provision,
    }
    if record.given_at is not None:
        resource["dateTime"] = f"{record.given_at.isoformat()}T00:00:00Z"
    return resource


# -- import ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Entry:
    index: int
    full_url: str
    resource: dict[str, Any]

    @property
    def kind(self) -> str:
        return str(self.resource.get("resourceType", ""))

    def at(self, element: str = "") -> str:
        return f"Bundle.entry[{self.index}].resource" + (f".{element}" if element else "")

    @property
    def local_ref(self) -> str:
        ident = self.resource.get("id")
        return f"{self.kind}/{ident}" if isinstance(ident, str) and ident else self.full_url


@dataclass(frozen=True)
class Bundle:
    entries: tuple[Entry, ...]
    file: str

    def of_kind(self, kind: str) -> list[Entry]:
        return [e for e in self.entries if e.kind == kind]

    def resolve(self, reference: str) -> Entry | None:
        """The entry a reference points to: its full URL, ``Type/id``, or an absolute URL
        ending in ``Type/id``."""
        for entry in self.entries:
            if reference in (entry.full_url, entry.local_ref) or (
                    "/" in entry.local_ref and reference.endswith("/" + entry.local_ref)):
                return entry
        return None

    def fail(self, code: str, at: str, **params: Any) -> ImportFailed:
        return ImportFailed(code, file=self.file, at=at, **params)


def read_bundle(data: bytes, *, file: str) -> Bundle:
    """Parse ``data`` as a FHIR Bundle of resources (any Bundle type)."""
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ImportFailed("import.file-not-utf8", file=file,
                           line=data[:exc.start].count(b"\n") + 1) from None
    except json.JSONDecodeError as exc:
        raise ImportFailed("import.file-not-json", file=file, problem=exc.msg,
                           lineno=exc.lineno, colno=exc.colno) from None
    except RecursionError:
        raise ImportFailed("import.json-too-deep", file=file) from None
    if not isinstance(document, dict) or not isinstance(document.get("resourceType"), str):
        raise ImportFailed("fhir.not-a-resource", file=file, at="resourceType")
    if document["resourceType"] != "Bundle":
        raise ImportFailed("fhir.not-a-bundle", file=file, at="resourceType",
                           found=document["resourceType"])
    raw = document.get("entry")
    if not isinstance(raw, list) or not raw:
        raise ImportFailed("fhir.bundle-empty", file=file, at="Bundle.entry")
    entries = []
    for index, item in enumerate(raw):
        resource = item.get("resource") if isinstance(item, dict) else None
        if not isinstance(resource, dict) or not isinstance(resource.get("resourceType"), str):
            raise ImportFailed("fhir.element-missing", file=file,
                               at=f"Bundle.entry[{index}].resource", resource="Bundle",
                               element=f"entry[{index}].resource.resourceType")
        url = item.get("fullUrl")
        entries.append(Entry(index, url if isinstance(url, str) else "", resource))
    return Bundle(tuple(entries), file)


def _text(concept: Any) -> str:
    """A CodeableConcept (or Reference) as words: its text, or its first coding's display."""
    if not isinstance(concept, dict):
        return ""
    if isinstance(concept.get("text"), str) and concept["text"].strip():
        return str(concept["text"]).strip()
    if isinstance(concept.get("display"), str):
        return str(concept["display"]).strip()
    for coding in concept.get("coding") or ():
        if isinstance(coding, dict):
            for key in ("display", "code"):
                if isinstance(coding.get(key), str) and coding[key].strip():
                    return str(coding[key]).strip()
    return ""


def _codes(concepts: Iterable[Any]) -> list[tuple[str, str]]:
    out = []
    for concept in concepts:
        for coding in (concept.get("coding") or ()) if isinstance(concept, dict) else ():
            if isinstance(coding, dict):
                out.append((str(coding.get("system", "")), str(coding.get("code", ""))))
    return out


def _reference(bundle: Bundle, entry: Entry, element: str, value: Any) -> str:
    if not isinstance(value, dict) or not isinstance(value.get("reference"), str) \
            or not value["reference"]:
        raise bundle.fail("fhir.element-missing", entry.at(element), resource=entry.kind,
                          element=element)
    return str(value["reference"])


def _moment(bundle: Bundle, entry: Entry, element: str) -> dt.datetime | None:
    value = entry.resource.get(element)
    if value is None:
        return None
    try:
        text = str(value)
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00")) if "T" in text else \
            dt.datetime.combine(dt.date.fromisoformat(text), dt.time(), dt.UTC)
    except ValueError:
        raise bundle.fail("fhir.element-invalid", entry.at(element), resource=entry.kind,
                          element=element, value=str(value)[:80]) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class RequestFacts:
    """A clinic's referral as read from its Bundle: what our inbox records."""

    identity: str  # ServiceRequest/<id> (or its full URL): how its Tasks will name it
    patient_ref: str
    requester_name: str
    service_name: str
    domain: str
    reason: str
    urgency: str
    shared: dict[str, Any]
    sent_at: dt.datetime | None
    due_on: dt.date | None
    task_ref: str = ""


def shared_from_patient(patient: dict[str, Any]) -> dict[str, Any]:
    """A Patient's data as a referral's shared details (the keys a partner's referral uses)."""
    shared: dict[str, Any] = {}
    names = [n for n in patient.get("name") or () if isinstance(n, dict)]
    name = next((n for n in names if n.get("use") == "official"), names[0] if names else None)
    if name:
        given = [str(g) for g in name.get("given") or () if isinstance(g, str)]
        shared["given_name"] = " ".join(given) or str(name.get("text") or "")
        shared["family_name"] = str(name.get("family") or "")
    birth = patient.get("birthDate")
    if isinstance(birth, str) and len(birth) == 10:
        shared["dob"] = birth
    elif isinstance(birth, str) and birth[:4].isdigit():
        shared["dob"], shared["estimated_birth_year"] = None, int(birth[:4])
    if patient.get("gender") in _GENDER:
        shared["gender"] = _GENDER[str(patient["gender"])]
    for contact in patient.get("telecom") or ():
        if isinstance(contact, dict) and contact.get("system") in ("phone", "email"):
            shared.setdefault(str(contact["system"]), str(contact.get("value") or ""))
    for address in patient.get("address") or ():
        if isinstance(address, dict):
            parts = [*address.get("line", ()), address.get("city"), address.get("postalCode")]
            text = address.get("text") or ", ".join(str(p) for p in parts if p)
            if text:
                shared["address"] = str(text)
                break
    for language in patient.get("communication") or ():
        if isinstance(language, dict) and _text(language.get("language")):
            shared["language"] = _text(language.get("language"))
            break
    identifiers = [[_text(i.get("type")) or str(i.get("system") or ""), str(i["value"])]
                   for i in patient.get("identifier") or ()
                   if isinstance(i, dict) and i.get("value")]
    if identifiers:
        shared["identifiers"] = identifiers
    return shared


def _party_name(bundle: Bundle, value: Any) -> str:
    """The organisation (or person) a requester/owner reference names."""
    if not isinstance(value, dict):
        return ""
    target = bundle.resolve(str(value.get("reference") or ""))
    if target is not None:
        resource = target.resource
        if target.kind == "PractitionerRole":
            return _party_name(bundle, resource.get("organization")) or _text(value)
        if isinstance(resource.get("name"), str) and resource["name"].strip():
            return str(resource["name"]).strip()
        names = resource.get("name")
        if isinstance(names, list) and names and isinstance(names[0], dict):
            first = names[0]
            return str(first.get("text") or " ".join(
                [*map(str, first.get("given") or ()), str(first.get("family") or "")])).strip()
    return _text(value)


def read_request(bundle: Bundle) -> RequestFacts:
    """The one ServiceRequest of a referral Bundle, with its Patient, checked."""
    requests = bundle.of_kind("ServiceRequest")
    if not requests:
        raise bundle.fail("fhir.no-service-request", "Bundle.entry")
    if len(requests) > 1:
        raise bundle.fail("fhir.several-service-requests", requests[1].at(),
                          count=len(requests))
    entry = requests[0]
    request = entry.resource
    if not entry.local_ref:
        raise bundle.fail("fhir.element-missing", entry.at("id"), resource=entry.kind,
                          element="id")
    for element in ("status", "intent"):
        if not isinstance(request.get(element), str):
            raise bundle.fail("fhir.element-missing", entry.at(element), resource=entry.kind,
                              element=element)
    if request["status"] in ("revoked", "entered-in-error", "completed"):
        raise bundle.fail("fhir.request-not-active", entry.at("status"),
                          status=request["status"])
    subject = _reference(bundle, entry, "subject", request.get("subject"))
    patient = bundle.resolve(subject)
    if patient is None or patient.kind != "Patient":
        raise bundle.fail("fhir.reference-unresolved", entry.at("subject"),
                          resource=entry.kind, element="subject", reference=subject)
    priority = request.get("priority", "routine")
    if priority not in _URGENCY:
        raise bundle.fail("fhir.element-invalid", entry.at("priority"), resource=entry.kind,
                          element="priority", value=str(priority)[:80])
    codes = _codes([*(request.get("category") or ()), request.get("code")])
    domain = next((code for system, code in codes
                   if system == DOMAIN_SYSTEM and code in NEED_DOMAINS), "") or next(
        (_DOMAIN_FOR_SDOHCC[code] for system, code in codes
         if system == SDOHCC_CODES and code in _DOMAIN_FOR_SDOHCC), "other")
    reasons = [_text(c) for c in request.get("reasonCode") or ()]
    for ref in request.get("reasonReference") or ():
        target = bundle.resolve(str(ref.get("reference") or "")) if isinstance(ref, dict) \
            else None
        reasons.append(_text(target.resource.get("code")) if target else _text(ref))
    tasks = [t for t in bundle.of_kind("Task")
             if bundle.resolve(str((t.resource.get("focus") or {}).get("reference") or ""))
             is entry]
    task = tasks[0] if tasks else None
    requester = _party_name(bundle, request.get("requester")) or (
        _party_name(bundle, task.resource.get("requester")) if task else "") or _party_name(
        bundle, patient.resource.get("managingOrganization"))
    if not requester:
        raise bundle.fail("fhir.element-missing", entry.at("requester"), resource=entry.kind,
                          element="requester")
    due = None
    if task is not None:
        end = ((task.resource.get("restriction") or {}).get("period") or {}).get("end")
        if isinstance(end, str) and len(end) >= 10:
            try:
                due = dt.date.fromisoformat(end[:10])
            except ValueError:
                raise bundle.fail("fhir.element-invalid", task.at("restriction.period.end"),
                                  resource="Task", element="restriction.period.end",
                                  value=end[:80]) from None
    sent_at = _moment(bundle, entry, "authoredOn") or (
        _moment(bundle, task, "authoredOn") if task else None)
    shared = shared_from_patient(patient.resource)
    responses = _carried_responses(bundle, patient)
    if responses:
        shared["responses"] = responses
    return RequestFacts(
        identity=entry.local_ref, patient_ref=patient.local_ref, requester_name=requester,
        service_name=_text(request.get("code")) or domain, domain=domain,
        reason="; ".join(r for r in reasons if r), urgency=_URGENCY[str(priority)],
        shared=shared, sent_at=sent_at, due_on=due, task_ref=task.local_ref if task else "")


def _carried_responses(bundle: Bundle, patient: Entry) -> list[dict[str, Any]]:
    """Completed QuestionnaireResponses about the Patient, each with its Questionnaire's
    definition when the Bundle holds it (so it reads rendered, as a partner's would)."""
    forms = {str(q.resource.get("url")): q.resource for q in bundle.of_kind("Questionnaire")}
    out = []
    for entry in bundle.of_kind("QuestionnaireResponse"):
        response = entry.resource
        subject = str((response.get("subject") or {}).get("reference") or "")
        if response.get("status") not in ("completed", "amended") or \
                bundle.resolve(subject) is not patient:
            continue
        url = str(response.get("questionnaire") or "").split("|")[0]
        definition = json.dumps(forms[url]) if url in forms else ""
        out.append({"questionnaire": definition,
                    "response": {k: v for k, v in response.items() if k != "subject"}})
    return out


@dataclass(frozen=True)
class TaskUpdate:
    """A Task read from a file: which referral, which state, when, why, what was done."""

    entry: Entry
    focus: str  # ServiceRequest/<id> or a full URL
    status: str  # a CollabDesk state
    reason: str
    at: dt.datetime | None
    outputs: tuple[str, ...] = field(default=())

    @property
    def rank(self) -> int:
        return RANK[self.status]


def read_tasks(bundle: Bundle) -> list[TaskUpdate]:
    """The referral Tasks of a Bundle as changes of state, checked."""
    updates = []
    for entry in bundle.of_kind("Task"):
        resource = entry.resource
        status = resource.get("status")
        if not isinstance(status, str):
            raise bundle.fail("fhir.element-missing", entry.at("status"), resource="Task",
                              element="status")
        if status not in REFERRAL_STATUS:
            raise bundle.fail("fhir.task-status-unsupported", entry.at("status"),
                              status=status[:40])
        focus = _reference(bundle, entry, "focus", resource.get("focus"))
        target = bundle.resolve(focus)
        if target is not None:
            if target.kind != "ServiceRequest":
                raise bundle.fail("fhir.reference-wrong-kind", entry.at("focus"),
                                  resource="Task", element="focus", found=target.kind)
            focus = target.local_ref
        outputs = []
        for output in resource.get("output") or ():
            if not isinstance(output, dict):
                continue
            value = (output.get("valueString") or _text(output.get("valueCodeableConcept"))
                     or _text(output.get("valueReference"))
                     or str((output.get("valueReference") or {}).get("reference") or ""))
            if value:
                outputs.append(str(value))
        when = _moment(bundle, entry, "lastModified") or _moment(bundle, entry, "authoredOn")
        reason = _text(resource.get("statusReason"))
        state = REFERRAL_STATUS[status]
        if state == "closed" and not reason:
            reason = status  # "cancelled" / "failed", as the partner put it
        updates.append(TaskUpdate(entry, focus, state, reason, when, tuple(outputs)))
    return updates


def request_id(reference: str) -> str:
    """``ServiceRequest/<id>`` (or an absolute URL ending so) → ``<id>``."""
    head, _, tail = reference.rpartition("ServiceRequest/")
    return tail if head or reference.startswith("ServiceRequest/") else ""
