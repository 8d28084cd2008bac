"""Plain dataclasses the services take and return. No behaviour, no database, no Qt.

Dates are ``datetime.date``; moments are timezone-aware UTC ``datetime``. Enumerations are
kept as string constants so they travel unchanged through events, JSON and translations.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

ROLES = ("worker", "supervisor", "admin")
NEED_DOMAINS = (
    "housing", "food", "health", "mental_health", "substance_use", "legal", "income",
    "employment", "education", "safety", "transport", "childcare", "other",
)
SEVERITIES = ("low", "medium", "high", "urgent")
NEED_STATUSES = ("open", "in_progress", "met", "unmet", "withdrawn")
CASE_STATUSES = ("open", "on_hold", "closed")
REFERRAL_STATUSES = (
    "sent", "received", "accepted", "declined", "service_started", "completed", "closed",
)
URGENCIES = ("routine", "soon", "urgent")
CONSENT_METHODS = ("verbal", "written", "electronic")
# What a referral may carry; a consent's scope lists which of these it covers.
SHAREABLE_FIELDS = (
    "name", "dob", "gender", "language", "phone", "email", "address", "identifiers",
    "needs", "reason",
)
FORM_SCOPE = "form:"
"""A consent's scope entry ``form:<Questionnaire url>`` covers that form's responses."""
GENDERS = ("female", "male", "non_binary", "other", "unknown")
# Why a referral was declined, as a fixed list so reports never carry free text. A reason
# recorded as one of these codes (or "code: details") counts under it; anything else is "other".
DECLINE_REASONS = (
    "not_eligible", "no_capacity", "client_unreachable", "client_declined", "out_of_area",
    "duplicate", "other",
)


@dataclass(frozen=True)
class UserInfo:
    id: str
    username: str
    display_name: str
    roles: frozenset[str]
    active: bool = True

    def has_role(self, role: str) -> bool:
        return role in self.roles


@dataclass(frozen=True)
class ClientInput:
    given_name: str
    family_name: str
    other_names: str = ""
    dob: dt.date | None = None
    estimated_birth_year: int | None = None
    gender: str = ""
    language: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    identifiers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Client:
    id: str
    given_name: str
    family_name: str
    other_names: str
    dob: dt.date | None
    estimated_birth_year: int | None
    gender: str
    language: str
    phone: str
    email: str
    address: str
    identifiers: tuple[tuple[str, str], ...]
    created_at: dt.datetime | None

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)


@dataclass(frozen=True)
class ClientHit:
    """One row of a client search: enough to pick the right person."""

    id: str
    given_name: str
    family_name: str
    dob: dt.date | None
    estimated_birth_year: int | None
    phone: str
    open_cases: int
    reasons: tuple[str, ...] = ()  # why a misspelt search still found this client


@dataclass(frozen=True)
class DuplicateCandidate:
    client: ClientHit
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class CaseSummary:
    id: str
    client_id: str
    client_name: str
    title: str
    status: str
    assigned_to: str | None
    assigned_name: str
    opened_at: dt.datetime | None
    closed_at: dt.datetime | None
    open_tasks: int
    overdue_tasks: int


@dataclass(frozen=True)
class Need:
    id: str
    case_id: str
    domain: str
    severity: str
    status: str
    description: str
    identified_at: dt.date | None


@dataclass(frozen=True)
class ServiceDelivered:
    id: str
    case_id: str
    need_id: str | None
    service_type: str
    delivered_at: dt.date
    delivered_by: str | None
    provider: str
    referral_id: str | None
    quantity: int
    description: str


@dataclass(frozen=True)
class Note:
    id: str
    case_id: str
    body: str
    sensitive: bool
    author: str | None
    author_name: str
    created_at: dt.datetime


@dataclass(frozen=True)
class Task:
    id: str
    case_id: str | None
    title: str
    due_date: dt.date | None
    assignee: str | None
    assignee_name: str
    done: bool
    done_at: dt.datetime | None
    client_name: str = ""

    def overdue(self, today: dt.date) -> bool:
        return not self.done and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class Consent:
    id: str
    client_id: str
    recipient: str  # partner id, or "*" for any partner
    recipient_name: str
    scope: tuple[str, ...]
    purpose: str
    status: str
    given_at: dt.date | None
    expires_at: dt.date | None
    withdrawn_at: dt.datetime | None
    method: str
    recorded_by: str | None

    def active_on(self, day: dt.date) -> bool:
        if self.status != "given":
            return False
        return self.expires_at is None or day <= self.expires_at


@dataclass(frozen=True)
class Attachment:
    id: str
    case_id: str
    filename: str
    mime: str
    size: int
    sha256: str
    uploaded_by: str | None
    uploaded_at: dt.datetime


@dataclass(frozen=True)
class Partner:
    id: str
    name: str
    description: str
    email: str
    website: str
    phone: str
    hub_agency_id: str | None
    source_id: str | None = None


@dataclass(frozen=True)
class PartnerServiceInfo:
    id: str
    partner_id: str
    partner_name: str
    name: str
    description: str
    status: str
    domains: tuple[str, ...]
    languages: tuple[str, ...]
    areas: tuple[str, ...]
    categories: tuple[str, ...]
    address: str
    phone: str
    email: str
    url: str
    eligibility: str
    fees: str


@dataclass(frozen=True)
class StatusChange:
    at: str
    from_status: str | None
    to_status: str | None
    reason: str
    actor: str | None
    outcome: str


@dataclass(frozen=True)
class Referral:
    id: str
    direction: str
    case_id: str | None
    client_id: str | None
    partner_id: str | None
    partner_name: str
    service_id: str | None
    service_name: str
    domain: str
    reason: str
    urgency: str
    shared: dict[str, object]
    consent_id: str | None
    status: str
    status_reason: str
    sent_at: dt.datetime | None
    due_at: dt.date | None
    updated_at: str | None
    history: tuple[StatusChange, ...] = ()
    client_name: str = ""  # the client's name, or as the partner sent it (incoming, new)
    worker_name: str = ""  # the worker the case is assigned to

    def overdue(self, today: dt.date) -> bool:
        open_states = {"sent", "received", "accepted"}
        return self.status in open_states and self.due_at is not None and self.due_at < today


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    user_id: str | None
    user_name: str
    entity: str
    entity_id: str
    op: str
    summary: str
    fields: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class CaseDetail:
    case: CaseSummary
    client: Client
    needs: tuple[Need, ...]
    services: tuple[ServiceDelivered, ...]
    notes: tuple[Note, ...]
    hidden_sensitive_notes: int
    tasks: tuple[Task, ...]
    consents: tuple[Consent, ...]
    referrals: tuple[Referral, ...]
    attachments: tuple[Attachment, ...]
    history: tuple[HistoryEntry, ...]


@dataclass(frozen=True)
class ConflictVersion:
    value: object
    user_id: str | None
    user_name: str
    at: dt.datetime
    event_id: str


@dataclass(frozen=True)
class ConflictItem:
    kind: str  # "field" | "rejected" (status change refused) | "concurrent" (reassignment)
    # | "retracted" (edits to a record an undone import took back)
    entity: str
    entity_id: str
    field: str
    label: str  # e.g. the client's or case's name, for the reviewer
    versions: tuple[ConflictVersion, ...]
    current: object


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    user_id: str | None
    action: str
    entity: str | None
    entity_id: str | None
    detail: dict[str, object]
