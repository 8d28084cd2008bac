"""A client's questionnaire responses leave as a FHIR R4 Bundle only as far as consent goes.

Over the real encrypted store with the shared PHQ-9 and Hunger Vital Sign Questionnaires; the
Bundle is validated with a FHIR model library (fhir.resources, R4B models: R4's Patient,
QuestionnaireResponse and Bundle are unchanged there).
"""

from __future__ import annotations

import datetime as dt
import json
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from collabdesk.domain import ClientInput
from collabdesk.errors import ConsentRequired, ValidationError
from collabdesk.services.session import Session
from tests.core.test_forms_records import HVS, MILD, PHQ9, _phq9_answers, _shared

PHQ9_URL = "http://hl7.org/fhir/uv/sdc/Questionnaire/questionnaire-sdc-profile-example-PHQ9"


@pytest.fixture
def world(admin: Session, sign_in: Callable[[str], Session]) -> dict[str, Any]:
    phq9 = admin.forms.import_form(_shared(PHQ9)).form
    hvs = admin.forms.import_form(_shared(HVS), use="screening").form
    clinic = admin.directory.add_partner("Riverside Clinic")
    sara = sign_in("sara")
    client = sara.clients.intake(ClientInput("Rosa", "Quispe", dob=dt.date(1984, 5, 2),
                                             phone="+1 555 0142", address="4 Elm Row"))
    case = sara.cases.open_case(client.id, "Support")
    done = sara.forms.save(phq9.id, _phq9_answers(sara, phq9.id, MILD), case_id=case.id,
                           complete=True)
    sara.forms.save(phq9.id, _phq9_answers(sara, phq9.id, MILD), case_id=case.id)  # a draft
    often = sara.forms.form(hvs.id).by_link_id["/88122-7"].options[0].value
    sara.forms.save(hvs.id, {("/88122-7",): [often]}, case_id=case.id, complete=True)
    return {"sara": sara, "client": client, "clinic": clinic, "phq9": phq9, "hvs": hvs,
            "done": done}


def _validate(bundle: dict[str, Any]) -> None:
    from fhir.resources.R4B.bundle import Bundle

    Bundle.model_validate(bundle)


def test_the_bundle_carries_the_consented_fields_and_forms_only(world: dict[str, Any]) -> None:
    sara, client, clinic = world["sara"], world["client"], world["clinic"]
    sara.consents.record(client.id, scope=["name", "dob", f"form:{PHQ9_URL}"],
                         recipient=clinic.id, purpose="care_coordination")
    exported = sara.exchange.responses_bundle(client.id, recipient=clinic.id)
    bundle = exported.bundle
    _validate(bundle)
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds == ["Patient", "QuestionnaireResponse"]
    patient = bundle["entry"][0]["resource"]
    assert patient["name"][0] == {"use": "official", "family": "Quispe", "given": ["Rosa"]}
    assert patient["birthDate"] == "1984-05-02"
    assert "telecom" not in patient and "address" not in patient  # not consented
    response = bundle["entry"][1]["resource"]
    assert response["status"] == "completed"
    assert response["questionnaire"].startswith(PHQ9_URL)
    assert response["subject"] == {"reference": bundle["entry"][0]["fullUrl"]}
    assert "author" not in response
    assert (exported.patient_fields, exported.responses, exported.left_out) == (
        ("name", "dob"), 1, 1)  # the completed Hunger Vital Sign is not consented
    assert json.dumps(bundle).count("555 0142") == 0


def test_without_a_consent_for_that_partner_nothing_leaves(world: dict[str, Any],
                                                           admin: Session) -> None:
    sara, client, clinic = world["sara"], world["client"], world["clinic"]
    other = admin.directory.add_partner("Harbour Housing")
    sara.consents.record(client.id, scope=["name", f"form:{PHQ9_URL}"], recipient=other.id)
    with pytest.raises(ConsentRequired) as caught:
        sara.exchange.responses_bundle(client.id, recipient=clinic.id,
                                       recipient_name="Riverside Clinic")
    assert caught.value.code == "consent.none-for-partner"
    assert "Riverside Clinic" in str(caught.value)


def test_a_consent_naming_no_form_shares_no_responses(world: dict[str, Any]) -> None:
    sara, client, clinic = world["sara"], world["client"], world["clinic"]
    sara.consents.record(client.id, scope=["name", "dob"], recipient=clinic.id)
    with pytest.raises(ConsentRequired) as caught:
        sara.exchange.responses_bundle(client.id, recipient=clinic.id)
    assert caught.value.code == "consent.no-form-covered"


def test_a_withdrawn_consent_covers_nothing(world: dict[str, Any]) -> None:
    sara, client, clinic = world["sara"], world["client"], world["clinic"]
    consent = sara.consents.record(client.id, scope=["name", f"form:{PHQ9_URL}"],
                                   recipient=clinic.id)
    sara.consents.withdraw(consent.id, reason="asked to stop sharing")
    with pytest.raises(ConsentRequired):
        sara.exchange.responses_bundle(client.id, recipient=clinic.id)


def test_a_consent_may_only_name_forms_the_agency_has(world: dict[str, Any]) -> None:
    sara, client = world["sara"], world["client"]
    with pytest.raises(ValidationError):
        sara.consents.record(client.id, scope=["name", "form:http://example.org/no-such-form"])


def test_the_command_line_writes_the_bundle_for_the_owner_only(
        world: dict[str, Any], tmp_path: Path) -> None:
    sara, client, clinic = world["sara"], world["client"], world["clinic"]
    sara.consents.record(client.id, scope=["name", f"form:{PHQ9_URL}"], recipient=clinic.id)
    out = tmp_path / "rosa.json"
    exported = sara.exchange.export_responses(client.id, out, recipient=clinic.id)
    written = json.loads(out.read_text(encoding="utf-8"))
    _validate(written)
    assert len(written["entry"]) == 1 + exported.responses == 2
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with sara.store.read() as conn:
        detail = conn.execute("SELECT detail FROM audit WHERE action = 'client.export_fhir'"
                              ).fetchone()
    assert detail is not None and json.loads(detail[0])["responses"] == 1


def test_a_referral_carries_only_completed_responses_the_consent_names(
        world: dict[str, Any], admin: Session) -> None:
    sara, client, clinic = world["sara"], world["client"], world["clinic"]
    service = admin.directory.add_service(clinic.id, "Primary care", domains=("health",))
    case_id = sara.cases.list_cases()[0].id
    sara.consents.record(client.id, scope=["name"], recipient=clinic.id)
    with pytest.raises(ConsentRequired) as caught:
        sara.referrals.send(case_id, service.id, reason="Low mood", fields=("name",),
                            responses=(world["done"].response_id,))
    assert PHQ9_URL in str(caught.value)
    draft = next(v for v in sara.forms.responses(case_id=case_id) if v.status == "in-progress")
    with pytest.raises(ValidationError) as refused:
        sara.referrals.send(case_id, service.id, reason="Low mood", fields=("name",),
                            responses=(draft.response_id,))
    assert refused.value.code == "referral.response-not-shareable"
    assert sara.referrals.list_referrals("outgoing") == []
