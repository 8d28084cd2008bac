"""Referrals with clinics that speak FHIR, as files, over the real encrypted store.

Our referral to a clinic that is not on the hub leaves as an R4 Bundle (ServiceRequest, Task,
Patient with the consented fields only, Consent, both Organizations, the carried responses);
a clinic's referral comes into the inbox from one; Task files move referrals both ways. Every
Bundle and Task is validated with a FHIR model library (fhir.resources, R4B models: R4's
ServiceRequest, Task, Patient, Consent, Organization and Bundle are unchanged there), and the
HL7 Gravity (SDOH Clinical Care) examples in the shared data are read as a clinic would send
them. A refused file names the resource and element at fault and leaves the store as it was.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import shutil
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from collabdesk.domain import ClientInput
from collabdesk.errors import ConsentRequired, ImportFailed
from collabdesk.message_catalogue import MESSAGES
from collabdesk.services.session import Session
from collabdesk.workspace import Workspace
from tests.core.conftest import PASSPHRASES, START, Agency, FakeClock
from tests.core.test_forms_records import MILD, PHQ9, _phq9_answers, _shared

GRAVITY_SR = "ServiceRequest-gravity-food-pantry-application-assist.json"
GRAVITY_ACCEPTED = "Task-gravity-referral-order-fulfillment-accepted.json"
GRAVITY_COMPLETED = "Task-gravity-referral-order-fulfillment-completed.json"
PHQ9_URL = "http://hl7.org/fhir/uv/sdc/Questionnaire/questionnaire-sdc-profile-example-PHQ9"
# The Patient the Gravity ServiceRequest is about, as the IG's narrative describes it (the
# Patient resource itself is not in the shared data).
COLIN = {"resourceType": "Patient", "id": "pat-53234",
         "identifier": [{"type": {"text": "Medical Record Number"}, "value": "1032702"}],
         "name": [{"use": "official", "family": "Abbas", "given": ["Colin", "V."]}],
         "gender": "male", "birthDate": "1987-02-20",
         "telecom": [{"system": "phone", "value": "+1 555 0199"}]}
TABLES = ("events", "referrals", "transitions", "partners", "clients", "cases", "services",
          "audit")


def _validate(bundle: dict[str, Any]) -> None:
    from fhir.resources.R4B.bundle import Bundle

    Bundle.model_validate(bundle)


def _store_hash(session: Session) -> str:
    digest = hashlib.sha256()
    for table in TABLES:
        for row in sorted(session.store.query(f"SELECT * FROM {table}"), key=repr):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def _bundle(*resources: dict[str, Any]) -> dict[str, Any]:
    return {"resourceType": "Bundle", "type": "collection",
            "entry": [{"fullUrl": f"http://clinic.example/fhir/{r['resourceType']}/"
                                  f"{r.get('id', n)}", "resource": r}
                      for n, r in enumerate(resources)]}


def _write(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


@pytest.fixture
def clinic_referral(admin: Session, sign_in: Callable[[str], Session]) -> dict[str, Any]:
    """Sara's referral of Rosa to Riverside Clinic (in the directory, not on the hub), with a
    completed PHQ-9 the consent names."""
    phq9 = admin.forms.import_form(_shared(PHQ9)).form
    clinic = admin.directory.add_partner("Riverside Clinic", phone="+1 555 0100")
    service = admin.directory.add_service(clinic.id, "Primary care intake",
                                          domains=("health",))
    sara = sign_in("sara")
    client = sara.clients.intake(ClientInput("Rosa", "Quispe", dob=dt.date(1984, 5, 2),
                                             phone="+1 555 0142", address="4 Elm Row"))
    case = sara.cases.open_case(client.id, "Support")
    done = sara.forms.save(phq9.id, _phq9_answers(sara, phq9.id, MILD), case_id=case.id,
                           complete=True)
    sara.consents.record(client.id, scope=["name", "dob", "phone", "reason",
                                           f"form:{PHQ9_URL}"], recipient=clinic.id)
    referral = sara.referrals.send(case.id, service.id, reason="Low mood since the eviction",
                                   fields=("name", "dob", "reason"), urgency="soon",
                                   responses=(done.id,))
    return {"sara": sara, "client": client, "case": case, "clinic": clinic,
            "referral": referral}


def _other_agency(template: tuple[Path, str], tmp_path: Path, name: str) -> Session:
    folder = tmp_path / name
    shutil.copytree(template[0], folder)
    return Workspace(folder, clock=FakeClock(START)).sign_in("sara", PASSPHRASES["sara"])


# -- export ----------------------------------------------------------------------------------

def test_a_referral_to_a_clinic_leaves_as_a_bundle_of_consented_facts(
        clinic_referral: dict[str, Any], tmp_path: Path) -> None:
    sara, referral = clinic_referral["sara"], clinic_referral["referral"]
    out = tmp_path / "rosa-referral.json"
    exported = sara.exchange.export_referral(referral.id, out)
    bundle = json.loads(out.read_bytes())
    _validate(bundle)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    kinds = sorted(e["resource"]["resourceType"] for e in bundle["entry"])
    assert kinds == ["Consent", "Organization", "Organization", "Patient",
                     "QuestionnaireResponse", "ServiceRequest", "Task"]
    request = _resources(bundle, "ServiceRequest")[0]
    assert request["id"] == referral.id and request["intent"] == "order"
    assert request["priority"] == "urgent"  # "soon"
    assert request["code"]["text"] == "Primary care intake"
    assert request["reasonCode"] == [{"text": "Low mood since the eviction"}]
    assert {"system": "urn:collabdesk:need-domain", "code": "health"} in \
        request["category"][1]["coding"]
    patient = _resources(bundle, "Patient")[0]
    assert patient["name"][0]["family"] == "Quispe" and patient["birthDate"] == "1984-05-02"
    assert "telecom" not in patient and "address" not in patient  # not shared
    assert "555 0142" not in json.dumps(bundle)
    task = _resources(bundle, "Task")[0]
    request_url = next(e["fullUrl"] for e in bundle["entry"]
                       if e["resource"]["resourceType"] == "ServiceRequest")
    assert task["status"] == "requested" and task["focus"]["reference"] == request_url
    by_url = {e["fullUrl"]: e["resource"] for e in bundle["entry"]}
    assert by_url[request["requester"]["reference"]]["name"] == "Riverside Family Services"
    assert by_url[request["performer"][0]["reference"]]["name"] == "Riverside Clinic"
    assert by_url[request["subject"]["reference"]] == patient
    consent = _resources(bundle, "Consent")[0]
    assert consent["provision"]["type"] == "permit"
    assert by_url[consent["provision"]["actor"][0]["reference"]["reference"]]["name"] == \
        "Riverside Clinic"
    response = _resources(bundle, "QuestionnaireResponse")[0]
    assert response["subject"]["reference"] == request["subject"]["reference"]
    assert exported.whole and exported.responses == 1 and exported.saved_as_file
    # Its delivery reads truthfully: the file is how it travelled.
    again = sara.referrals.get(referral.id)
    assert again.shared["_fhir"]["delivery"] == "file" and again.status == "sent"
    assert [r[0] for r in sara.store.query(
        "SELECT action FROM audit WHERE action = 'referral.export_fhir'")] == [
        "referral.export_fhir"]


def test_a_withdrawn_consent_stops_the_export(clinic_referral: dict[str, Any],
                                              tmp_path: Path) -> None:
    sara, client = clinic_referral["sara"], clinic_referral["client"]
    for consent in sara.consents.for_client(client.id):
        sara.consents.withdraw(consent.id, reason="Changed her mind")
    with pytest.raises(ConsentRequired):
        sara.exchange.export_referral(clinic_referral["referral"].id, tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()


@pytest.mark.parametrize(("moves", "status", "reason"), [
    ([], "requested", None),
    (["received"], "received", None),
    (["received", "accepted"], "accepted", None),
    (["declined"], "rejected", "no_capacity: waiting list full"),
    (["accepted", "service_started"], "in-progress", None),
    (["accepted", "completed"], "completed", None),
    (["accepted", "completed", "closed"], "completed", None),
    (["declined", "closed"], "rejected", "no_capacity: waiting list full"),
    (["closed"], "cancelled", "Client moved away"),
])
def test_each_state_reads_as_the_documented_task_status(
        clinic_referral: dict[str, Any], moves: list[str], status: str,
        reason: str | None) -> None:
    from collabdesk.events.projection import Event, apply_event
    from collabdesk.timeutil import iso

    sara, referral = clinic_referral["sara"], clinic_referral["referral"]
    reasons = {"declined": "no_capacity: waiting list full", "closed": "Client moved away"}
    with sara.store.transaction() as conn:
        for n, to in enumerate(moves):  # as the partner's answers would arrive
            apply_event(conn, Event(
                id=f"move{n}", hlc=f"{n + 1:012x}0000{'a' * 16}", device="a" * 16,
                user_id=None, entity="referral", entity_id=referral.id, op="transition",
                data={"field": "status", "from": None, "to": to,
                      "reason": reasons.get(to, ""), "at": iso(START)}))
    task = _resources(sara.exchange.referral_bundle(referral.id).bundle, "Task")[0]
    assert task["status"] == status
    assert task.get("statusReason", {}).get("text") == reason


# -- round trip between two agencies, as files -------------------------------------------------

def test_a_referral_goes_to_a_clinic_and_comes_back_as_files(
        clinic_referral: dict[str, Any], _template: tuple[Path, str], tmp_path: Path) -> None:
    sara, referral = clinic_referral["sara"], clinic_referral["referral"]
    sent = tmp_path / "referral.json"
    sara.exchange.export_referral(referral.id, sent)
    clinic = _other_agency(_template, tmp_path, "clinic")
    try:
        came = clinic.exchange.import_file(sent)
        incoming = came.referral
        assert came.new and incoming.direction == "incoming" and incoming.status == "received"
        assert incoming.partner_name == "Riverside Family Services"
        assert (incoming.urgency, incoming.domain, incoming.service_name) == (
            "soon", "health", "Primary care intake")
        assert incoming.reason == "Low mood since the eviction"
        assert {k: incoming.shared.get(k) for k in ("given_name", "family_name", "dob")} == {
            "given_name": "Rosa", "family_name": "Quispe", "dob": "1984-05-02"}
        assert "phone" not in incoming.shared
        carried = clinic.referrals.shared_responses(incoming.id)
        assert [r.raw["status"] for r in carried] == ["completed"]
        assert str(carried[0].raw["questionnaire"]).startswith(PHQ9_URL)
        # Importing the same file again adds nothing.
        before = _store_hash(clinic)
        assert not clinic.exchange.import_file(sent).new
        assert _store_hash(clinic) == before
        # The clinic accepts, delivers, completes; each step goes back as a Task file.
        accepted = clinic.referrals.accept(incoming.id, new_client=ClientInput(
            "Rosa", "Quispe", dob=dt.date(1984, 5, 2)))
        answer = tmp_path / "accepted.json"
        exported = clinic.exchange.export_referral(incoming.id, answer)
        _validate(exported.bundle)
        assert not exported.whole and [e["resource"]["resourceType"]
                                       for e in exported.bundle["entry"]] == ["Task"]
        assert sara.exchange.import_file(answer).recorded == ("accepted",)
        assert sara.referrals.get(referral.id).status == "accepted"
        assert accepted.case_id is not None
        clinic.cases.record_service(accepted.case_id, "Intake assessment",
                                    referral_id=incoming.id, description="GP appointment")
        clinic.referrals.complete(incoming.id)
        done = tmp_path / "completed.json"
        task = _resources(clinic.exchange.export_referral(incoming.id, done).bundle,
                          "Task")[0]
        assert task["status"] == "completed"
        assert task["output"][0]["valueString"].startswith("Intake assessment: GP appointment")
        back = sara.exchange.import_file(done)
        assert back.recorded == ("completed",)
        ours = sara.referrals.get(referral.id)
        assert ours.status == "completed" and "GP appointment" in ours.status_reason
    finally:
        clinic.close()


# -- the Gravity examples ------------------------------------------------------------------------

def test_the_gravity_service_request_comes_into_the_inbox(admin: Session,
                                                           tmp_path: Path) -> None:
    from fhir.resources.R4B.servicerequest import ServiceRequest
    from fhir.resources.R4B.task import Task

    request, accepted = _shared(GRAVITY_SR), _shared(GRAVITY_ACCEPTED)
    ServiceRequest.model_validate(request)
    Task.model_validate(accepted)
    existing = admin.clients.intake(ClientInput("Colin", "Abbas", dob=dt.date(1987, 2, 20)))
    document = _bundle(request, COLIN, accepted)
    _validate(document)
    came = admin.exchange.import_file(_write(tmp_path / "gravity.json", document))
    referral = came.referral
    assert came.new and referral.direction == "incoming" and referral.status == "received"
    assert referral.domain == "food" and referral.urgency == "routine"
    assert referral.service_name == "Assistance with application for food pantry program"
    assert referral.partner_name == "Dr Jan Water Family Medicine Physician"
    assert referral.client_id is None and referral.client_name == "Colin V. Abbas"
    assert referral.shared["dob"] == "1987-02-20" and referral.shared["gender"] == "male"
    assert referral.shared["identifiers"] == [["Medical Record Number", "1032702"]]
    # The duplicate check the accept dialog runs finds the client we already know.
    found = admin.clients.find_duplicates(ClientInput(
        str(referral.shared["given_name"]), str(referral.shared["family_name"]),
        dob=dt.date(1987, 2, 20)))
    assert [c.client.id for c in found][:1] == [existing.id]
    admin.referrals.accept(referral.id, client_id=existing.id)
    task = _resources(admin.exchange.referral_bundle(referral.id).bundle, "Task")[0]
    Task.model_validate(task)
    # Our answer reads like the Gravity example of an accepted referral Task.
    assert task["status"] == accepted["status"] == "accepted"
    assert task["focus"] == accepted["focus"] and task["for"]["reference"] == \
        accepted["for"]["reference"] and task["code"] == accepted["code"]


def test_a_clinics_task_gives_the_due_date_and_urgency_not_a_state(admin: Session,
                                                                   tmp_path: Path) -> None:
    request, task = copy.deepcopy(_shared(GRAVITY_SR)), copy.deepcopy(_shared(GRAVITY_ACCEPTED))
    request["priority"] = "asap"
    task["status"] = "ready"
    task["restriction"] = {"period": {"end": "2026-11-02"}}
    document = _bundle(request, COLIN, task)
    _validate(document)
    referral = admin.exchange.import_file(_write(tmp_path / "r.json", document)).referral
    assert (referral.status, referral.urgency, referral.due_at) == (
        "received", "urgent", dt.date(2026, 11, 2))
    assert referral.sent_at == dt.datetime(2020, 9, 11, 21, 56, 54, tzinfo=dt.UTC)


def test_the_gravity_tasks_move_our_referral_in_any_order(
        clinic_referral: dict[str, Any], tmp_path: Path) -> None:
    sara, referral = clinic_referral["sara"], clinic_referral["referral"]

    def aimed(name: str) -> Path:
        task = copy.deepcopy(_shared(name))
        task["focus"] = {"reference": f"ServiceRequest/{referral.id}"}  # our ServiceRequest
        document = _bundle(task)
        _validate(document)
        return _write(tmp_path / name, document)

    completed, accepted = aimed(GRAVITY_COMPLETED), aimed(GRAVITY_ACCEPTED)
    first = sara.exchange.import_file(completed)  # the later news arrives first
    assert first.recorded == ("accepted", "completed")
    moved = sara.referrals.get(referral.id)
    assert moved.status == "completed"
    assert "Procedure/SDOHCC-ProcedureFoodPantryApplicationAssistanceExample" in \
        moved.status_reason
    before = _store_hash(sara)
    assert sara.exchange.import_file(accepted).recorded == ()  # already implied
    assert sara.exchange.import_file(completed).recorded == ()  # already recorded
    assert _store_hash(sara) == before
    assert [c.to_status for c in sara.referrals.get(referral.id).history
            if c.outcome != "rejected"] == ["accepted", "completed"]


def test_a_clinic_may_cancel_its_referral_but_not_answer_it(admin: Session,
                                                            tmp_path: Path) -> None:
    document = _bundle(_shared(GRAVITY_SR), COLIN, _shared(GRAVITY_ACCEPTED))
    referral = admin.exchange.import_file(_write(tmp_path / "in.json", document)).referral
    accepted = _bundle(_shared(GRAVITY_ACCEPTED))
    before = _store_hash(admin)
    with pytest.raises(ImportFailed) as caught:
        admin.exchange.import_file(_write(tmp_path / "accepted.json", accepted))
    assert caught.value.code == "fhir.task-not-theirs"
    assert caught.value.at == "Bundle.entry[0].resource.status"
    assert _store_hash(admin) == before
    cancelled = copy.deepcopy(_shared(GRAVITY_ACCEPTED))
    cancelled["status"], cancelled["statusReason"] = "cancelled", {"text": "Seen elsewhere"}
    admin.exchange.import_file(_write(tmp_path / "cancel.json", _bundle(cancelled)))
    closed = admin.referrals.get(referral.id)
    assert (closed.status, closed.status_reason) == ("closed", "Seen elsewhere")


# -- refusals --------------------------------------------------------------------------------------

def _request_without(element: str) -> dict[str, Any]:
    request = copy.deepcopy(_shared(GRAVITY_SR))
    request.pop(element)
    return _bundle(request, COLIN, _shared(GRAVITY_ACCEPTED))


def _unknown_task() -> dict[str, Any]:
    task = copy.deepcopy(_shared(GRAVITY_ACCEPTED))
    task["focus"] = {"reference": "ServiceRequest/nobody-knows"}
    return _bundle(task)


def _draft_task() -> dict[str, Any]:
    task = copy.deepcopy(_shared(GRAVITY_ACCEPTED))
    task["status"] = "draft"
    return _bundle(task)


def _bad_priority() -> dict[str, Any]:
    request = copy.deepcopy(_shared(GRAVITY_SR))
    request["priority"] = "whenever"
    return _bundle(request, COLIN)


REFUSED: list[tuple[str, Callable[[], Any], str, str | None]] = [
    ("bad JSON", lambda: "{not json", "import.file-not-json", None),
    ("not a resource", lambda: [1, 2], "fhir.not-a-resource", "resourceType"),
    ("not a Bundle", lambda: _shared(GRAVITY_SR), "fhir.not-a-bundle", "resourceType"),
    ("an empty Bundle", lambda: {"resourceType": "Bundle", "type": "collection"},
     "fhir.bundle-empty", "Bundle.entry"),
    ("no ServiceRequest", lambda: _bundle(COLIN), "fhir.no-service-request", "Bundle.entry"),
    ("no subject", lambda: _request_without("subject"), "fhir.element-missing",
     "Bundle.entry[0].resource.subject"),
    ("no Patient", lambda: _bundle(_shared(GRAVITY_SR)), "fhir.reference-unresolved",
     "Bundle.entry[0].resource.subject"),
    ("no requester", lambda: _bundle(_shared(GRAVITY_SR), COLIN), "fhir.element-missing",
     "Bundle.entry[0].resource.requester"),
    ("no status", lambda: _request_without("status"), "fhir.element-missing",
     "Bundle.entry[0].resource.status"),
    ("a bad priority", _bad_priority, "fhir.element-invalid",
     "Bundle.entry[0].resource.priority"),
    ("a Task for an unknown referral", _unknown_task, "fhir.task-unknown-referral",
     "Bundle.entry[0].resource.focus"),
    ("a draft Task", _draft_task, "fhir.task-status-unsupported",
     "Bundle.entry[0].resource.status"),
]


@pytest.mark.parametrize(("what", "make", "code", "at"), REFUSED, ids=[r[0] for r in REFUSED])
def test_a_malformed_or_foreign_file_is_refused_naming_what_is_wrong(
        clinic_referral: dict[str, Any], tmp_path: Path, what: str, make: Callable[[], Any],
        code: str, at: str | None) -> None:
    sara = clinic_referral["sara"]
    document = make()
    path = tmp_path / "clinic.json"
    if isinstance(document, str):
        path.write_text(document, encoding="utf-8")
    else:
        _write(path, document)
    before = _store_hash(sara)
    with pytest.raises(ImportFailed) as caught:
        sara.exchange.import_file(path)
    assert caught.value.code == code, what
    assert code in MESSAGES  # translated by its code in the desktop
    assert caught.value.at == at
    assert "clinic.json" in str(caught.value)
    if at:
        assert at in str(caught.value)
    assert _store_hash(sara) == before


def test_one_bad_task_refuses_the_whole_file(clinic_referral: dict[str, Any],
                                             tmp_path: Path) -> None:
    sara, referral = clinic_referral["sara"], clinic_referral["referral"]
    good = copy.deepcopy(_shared(GRAVITY_ACCEPTED))
    good["focus"] = {"reference": f"ServiceRequest/{referral.id}"}
    bad = copy.deepcopy(_shared(GRAVITY_COMPLETED))
    bad["focus"] = {"reference": "ServiceRequest/someone-elses"}
    before = _store_hash(sara)
    with pytest.raises(ImportFailed) as caught:
        sara.exchange.import_file(_write(tmp_path / "two.json", _bundle(good, bad)))
    assert caught.value.at == "Bundle.entry[1].resource.focus"
    assert _store_hash(sara) == before
    assert sara.referrals.get(referral.id).status == "sent"


# -- command line ----------------------------------------------------------------------------------

def test_the_command_line_exports_and_imports_fhir_files(agency: Agency, tmp_path: Path) -> None:
    from tests.core.test_cli import run

    admin = agency.sign_in("admin")
    try:
        clinic = admin.directory.add_partner("Riverside Clinic")
        service = admin.directory.add_service(clinic.id, "Primary care intake",
                                              domains=("health",))
        client = admin.clients.intake(ClientInput("Rosa", "Quispe"))
        case = admin.cases.open_case(client.id, "Support")
        admin.consents.record(client.id, scope=["name"], recipient=clinic.id)
        referral = admin.referrals.send(case.id, service.id, reason="Check-up", fields=("name",))
    finally:
        admin.close()
    data, out = str(agency.workspace.data_dir), tmp_path / "rosa.json"
    done = run("fhir", "export-referral", referral.id, "--out", str(out), "--data-dir", data)
    assert done.returncode == 0, done.stderr
    assert "Patient with name" in done.stdout and "not encrypted" in done.stdout
    assert _resources(json.loads(out.read_bytes()), "ServiceRequest")[0]["id"] == referral.id
    gravity = _write(tmp_path / "gravity.json",
                     _bundle(_shared(GRAVITY_SR), COLIN, _shared(GRAVITY_ACCEPTED)))
    came = run("--data-dir", data, "fhir", "import", str(gravity))
    assert came.returncode == 0, came.stderr
    assert "Colin V. Abbas is in the inbox" in came.stdout
    assert "Nothing new" in run("fhir", "import", str(gravity), "--data-dir", data).stdout
    bad = _write(tmp_path / "bad.json", _request_without("subject"))
    refused = run("fhir", "import", str(bad), "--data-dir", data)
    assert refused.returncode == 1
    assert "ServiceRequest has no subject at Bundle.entry[0].resource.subject" in refused.stderr
    assert run("fhir", "export-referral", referral.id, "--data-dir", data).returncode == 2
