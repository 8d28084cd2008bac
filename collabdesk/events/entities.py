"""What the event log knows about each kind of entity: its table, fields and merge policy.

Three policies, from the design brief:

* ``record`` — plain fields, last-writer-wins by HLC per field; a concurrent edit also lands
  in the conflict queue. Status-like fields of a record follow a state machine instead.
Columns derived from a status fold (a case's ``closed_at``, a consent's ``withdrawn_at``, a
referral's ``updated_at`` and ``status_reason``) are not fields: the projection sets them.

* ``append`` — notes, services delivered, attachments, form versions and response versions:
  created once, never edited, never conflict (a form version's status still follows its
  state machine).

Adding a field is a schema migration plus one entry here; the projection needs no change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from collabdesk.events import statemachine as sm


@dataclass(frozen=True)
class EntitySpec:
    name: str
    table: str
    kind: str  # "record" | "append"
    fields: frozenset[str]
    json_fields: frozenset[str] = frozenset()
    machines: Mapping[str, sm.StateMachine] = field(default_factory=dict)

    def column_value(self, name: str, value: object) -> object:
        if name in self.json_fields:
            import json

            return json.dumps(value, sort_keys=True, ensure_ascii=False)
        return value


def _f(*names: str) -> frozenset[str]:
    return frozenset(names)


ENTITIES: dict[str, EntitySpec] = {
    spec.name: spec
    for spec in (
        EntitySpec("agency", "agency", "record", _f("name", "settings"),
                   json_fields=_f("settings")),
        EntitySpec("user", "users", "record",
                   _f("username", "display_name", "roles", "active", "created_at"),
                   json_fields=_f("roles")),
        EntitySpec(
            "client", "clients", "record",
            _f("given_name", "family_name", "other_names", "dob", "estimated_birth_year",
               "gender", "language", "phone", "email", "address", "identifiers",
               "created_at", "created_by"),
            json_fields=_f("identifiers"),
        ),
        EntitySpec(
            "case", "cases", "record",
            _f("client_id", "title", "opened_at", "created_by"),
            machines={"status": sm.CASE_STATUS, "assigned_to": sm.ASSIGNMENT},
        ),
        EntitySpec("need", "needs", "record",
                   _f("case_id", "domain", "severity", "status", "description",
                      "identified_at")),
        EntitySpec("service", "services", "append",
                   _f("case_id", "need_id", "service_type", "delivered_at", "delivered_by",
                      "provider", "referral_id", "quantity", "description")),
        EntitySpec("note", "notes", "append",
                   _f("case_id", "body", "sensitive", "author", "created_at")),
        EntitySpec("attachment", "attachments", "append",
                   _f("case_id", "filename", "mime", "size", "sha256", "uploaded_by",
                      "uploaded_at")),
        EntitySpec("review", "reviews", "append",
                   _f("event_id", "decision", "reviewed_by", "reviewed_at")),
        EntitySpec("task", "tasks", "record",
                   _f("case_id", "title", "due_date", "assignee", "done", "done_at",
                      "created_by", "created_at")),
        EntitySpec(
            "consent", "consents", "record",
            _f("client_id", "recipient", "scope", "purpose", "given_at", "expires_at",
               "method", "recorded_by"),
            json_fields=_f("scope"),
            machines={"status": sm.CONSENT_STATUS},
        ),
        EntitySpec("partner", "partners", "record",
                   _f("source_id", "name", "description", "email", "website", "phone",
                      "hub_agency_id")),
        EntitySpec(
            "partner_service", "partner_services", "record",
            _f("partner_id", "source_id", "source", "name", "description", "status", "domains",
               "languages", "areas", "categories", "address", "phone", "email", "url",
               "eligibility", "fees"),
            json_fields=_f("domains", "languages", "areas", "categories"),
        ),
        EntitySpec(
            "referral", "referrals", "record",
            _f("direction", "case_id", "client_id", "partner_id", "service_id",
               "service_name", "domain", "reason", "urgency", "shared", "consent_id",
               "sent_at", "due_at", "created_by"),
            json_fields=_f("shared"),
            machines={"status": sm.REFERRAL_STATUS},
        ),
        # Forms: a form version never changes (its id is its content's hash), only its
        # status; responses are append-only versions (collabdesk.forms.records).
        EntitySpec("form", "forms", "append",
                   _f("url", "version", "title", "use", "sensitive", "definition",
                      "imported_at", "imported_by"),
                   machines={"status": sm.FORM_STATUS}),
        EntitySpec("form_response", "form_responses", "append",
                   _f("response_id", "previous", "form_id", "form_url", "form_version",
                      "client_id", "case_id", "status", "body", "score", "sensitive", "author",
                      "authored_at"),
                   json_fields=_f("body", "previous")),
        EntitySpec("form_suggestion", "form_suggestions", "record",
                   _f("response_id", "version_id", "case_id", "client_id", "domain",
                      "severity", "reason", "decision", "decided_by", "decided_at", "need_id",
                      "created_at")),
        # An existing caseload brought in from a spreadsheet: undone as a whole by
        # retracting the records of its batch (collabdesk.services.caseload).
        EntitySpec("caseload_import", "caseload_imports", "record",
                   _f("file_name", "counts", "created_by", "created_at"),
                   json_fields=_f("counts"), machines={"status": sm.IMPORT_STATUS}),
    )
}


def spec_for(entity: str) -> EntitySpec:
    try:
        return ENTITIES[entity]
    except KeyError:
        raise ValueError(f"unknown entity kind {entity!r}") from None


# The order in which a record's version heads name its fields, one bit each
# (``heads.encode_heads``). Frozen: rows written with it are read with it. A field added
# to a kind goes at the END of its tuple, never in between (a test holds these as of
# schema 11 and checks each still starts with them).
HEAD_FIELDS: dict[str, tuple[str, ...]] = {
    "agency": ("name", "settings"),
    "user": ("active", "created_at", "display_name", "roles", "username"),
    "client": ("address", "created_at", "created_by", "dob", "email", "estimated_birth_year",
               "family_name", "gender", "given_name", "identifiers", "language",
               "other_names", "phone"),
    "case": ("client_id", "created_by", "opened_at", "title"),
    "need": ("case_id", "description", "domain", "identified_at", "severity", "status"),
    "task": ("assignee", "case_id", "created_at", "created_by", "done", "done_at", "due_date",
             "title"),
    "consent": ("client_id", "expires_at", "given_at", "method", "purpose", "recipient",
                "recorded_by", "scope"),
    "partner": ("description", "email", "hub_agency_id", "name", "phone", "source_id",
                "website"),
    "partner_service": ("address", "areas", "categories", "description", "domains",
                        "eligibility", "email", "fees", "languages", "name", "partner_id",
                        "phone", "source", "source_id", "status", "url"),
    "referral": ("case_id", "client_id", "consent_id", "created_by", "direction", "domain",
                 "due_at", "partner_id", "reason", "sent_at", "service_id", "service_name",
                 "shared", "urgency"),
    "form_suggestion": ("case_id", "client_id", "created_at", "decided_at", "decided_by",
                        "decision", "domain", "need_id", "reason", "response_id", "severity",
                        "version_id"),
    "caseload_import": ("counts", "created_at", "created_by", "file_name"),
}
