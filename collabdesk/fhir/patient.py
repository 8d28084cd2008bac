"""A client as a FHIR R4 Patient, carrying only the fields it is asked for.

The caller passes the fields a consent covers (``collabdesk.domain.SHAREABLE_FIELDS``); a
field not passed is not in the resource at all, not even empty. ``needs`` and ``reason`` are
referral fields, not the Patient's.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from collabdesk.domain import Client

# CollabDesk's genders on FHIR's administrative-gender codes (which have none for non-binary).
_GENDER = {"female": "female", "male": "male", "non_binary": "other", "other": "other",
           "unknown": "unknown"}


def patient_resource(client: Client, fields: Iterable[str]) -> dict[str, Any]:
    shared = set(fields)
    patient: dict[str, Any] = {"resourceType": "Patient", "id": client.id}
    if "name" in shared:
        name: dict[str, Any] = {"use": "official", "family": client.family_name,
                                "given": [client.given_name]}
        patient["name"] = [name]
        if client.other_names:
            patient["name"].append({"use": "nickname", "text": client.other_names})
    if "dob" in shared:
        if client.dob is not None:
            patient["birthDate"] = client.dob.isoformat()
        elif client.estimated_birth_year:
            patient["birthDate"] = f"{client.estimated_birth_year:04d}"  # a FHIR partial date
    if "gender" in shared and client.gender in _GENDER:
        patient["gender"] = _GENDER[client.gender]
    telecom = []
    if "phone" in shared and client.phone:
        telecom.append({"system": "phone", "value": client.phone})
    if "email" in shared and client.email:
        telecom.append({"system": "email", "value": client.email})
    if telecom:
        patient["telecom"] = telecom
    if "address" in shared and client.address:
        patient["address"] = [{"text": client.address}]
    if "language" in shared and client.language:
        patient["communication"] = [{"language": {"text": client.language},
                                     "preferred": True}]
    if "identifiers" in shared and client.identifiers:
        patient["identifier"] = [{"type": {"text": kind}, "value": value}
                                 for kind, value in client.identifiers if value]
    return patient
