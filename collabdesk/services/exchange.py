"""Sharing a client's records with a partner as HL7 FHIR R4 files, within the client's consent.

A clinic that does not run CollabDesk still reads FHIR. What leaves is decided here, never by
the mapping (:mod:`collabdesk.fhir`): the Patient carries only the fields a current consent
for that partner covers, and a form's responses leave only when the consent names the form
(``form:<url>`` in its scope). Drafts never leave, nor sensitive responses the person
exporting may not read. Every export is audited with what it carried.

The file is plaintext by nature (the partner must read it): the person chooses where it goes,
it is written atomically and readable by its owner only, and the desktop says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from collabdesk.domain import FORM_SCOPE, SHAREABLE_FIELDS, Consent
from collabdesk.errors import ConsentRequired, PermissionDenied
from collabdesk.fhir import bundle as fhir_bundle
from collabdesk.fhir.patient import patient_resource
from collabdesk.fsutil import atomic_write_bytes

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
