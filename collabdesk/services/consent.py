"""Consent: who may receive which of a client's data, for what purpose, until when.

A referral cannot carry a client's data to a partner unless a consent covers it: given (not
withdrawn), not expired on the day of sending, for that partner (or any partner), for the
referral purpose, and listing every field that will be shared.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from collabdesk.domain import CONSENT_METHODS, FORM_SCOPE, SHAREABLE_FIELDS, Consent
from collabdesk.errors import ConsentRequired, InvalidTransition, NotFound, ValidationError
from collabdesk.events.log import new_id
from collabdesk.services.rows import require_row
from collabdesk.timeutil import iso, parse_day, parse_moment

if TYPE_CHECKING:
    from collabdesk.services.session import Session

PURPOSES = ("referral", "care_coordination", "reporting")

_SQL = """
SELECT s.id, s.client_id, s.recipient, coalesce(p.name, ''), s.scope, s.purpose, s.status,
       s.given_at, s.expires_at, s.withdrawn_at, s.method, s.recorded_by
FROM consents s LEFT JOIN partners p ON p.id = s.recipient
"""


def _consent(r: Any) -> Consent:
    return Consent(r[0], r[1], r[2], r[3] if r[2] != "*" else "Any partner",
                   tuple(json.loads(r[4])), r[5], r[6], parse_day(r[7]), parse_day(r[8]),
                   parse_moment(r[9]), r[10], r[11])


class ConsentService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def record(self, client_id: str, *, scope: Iterable[str], recipient: str = "*",
               purpose: str = "referral", method: str = "verbal",
               given_on: dt.date | None = None, expires_on: dt.date | None = None) -> Consent:
        fields = tuple(dict.fromkeys(scope))
        errors: dict[str, str] = {}
        unknown = [f for f in fields
                   if f not in SHAREABLE_FIELDS and not self._known_form(f)]
        if not fields or unknown:
            errors["scope"] = f"Choose what may be shared from: {', '.join(SHAREABLE_FIELDS)}."
        if purpose not in PURPOSES:
            errors["purpose"] = f"Choose one of: {', '.join(PURPOSES)}."
        if method not in CONSENT_METHODS:
            errors["method"] = f"Choose one of: {', '.join(CONSENT_METHODS)}."
        given = given_on or self.session.today()
        if expires_on is not None and expires_on < given:
            errors["expires_on"] = "The consent cannot expire before it was given."
        if errors:
            raise ValidationError("consent.incomplete", errors)
        consent_id = new_id()
        with self.session.change("consent.manage") as w:
            require_row(w.conn, "clients", client_id)
            if recipient != "*":
                require_row(w.conn, "partners", recipient)
            w.create("consent", {
                "client_id": client_id, "recipient": recipient, "scope": list(fields),
                "purpose": purpose, "given_at": given.isoformat(),
                "expires_at": expires_on.isoformat() if expires_on else None, "method": method,
                "recorded_by": self.session.user.id,
            }, entity_id=consent_id, scope=client_id)
            self.session.audit(w.conn, "consent.give", "consent", consent_id, client=client_id,
                               recipient=recipient, scope=list(fields))
        return self.get(consent_id)

    def _known_form(self, entry: str) -> bool:
        """A per-form scope entry names a form this agency has (any version)."""
        url = entry.removeprefix(FORM_SCOPE)
        return entry.startswith(FORM_SCOPE) and bool(url) and bool(self.session.store.query(
            "SELECT 1 FROM forms WHERE url = ? LIMIT 1", (url,)))

    def withdraw(self, consent_id: str, *, reason: str = "") -> Consent:
        consent = self.get(consent_id)
        if consent.status != "given":
            raise InvalidTransition("consent.already-withdrawn")
        with self.session.change("consent.manage") as w:
            w.transition("consent", consent_id, "status", "withdrawn",
                         at=iso(self.session.now()), reason=reason, scope=consent.client_id)
            self.session.audit(w.conn, "consent.withdraw", "consent", consent_id,
                               client=consent.client_id)
        return self.get(consent_id)

    def get(self, consent_id: str) -> Consent:
        self.session.require("client.view")
        rows = self.session.store.query(f"{_SQL} WHERE s.id = ?", (consent_id,))
        if not rows:
            raise NotFound("consent.not-found")
        return _consent(rows[0])

    def for_client(self, client_id: str) -> list[Consent]:
        self.session.require("client.view")
        rows = self.session.store.query(f"{_SQL} WHERE s.client_id = ? ORDER BY s.given_at DESC",
                                        (client_id,))
        return [_consent(r) for r in rows]

    def covering(self, client_id: str, partner_id: str, fields: Iterable[str], *,
                 purpose: str = "referral", on: dt.date | None = None) -> Consent | None:
        """The consent that allows sharing ``fields`` with ``partner_id`` today, if any."""
        wanted = set(fields)
        day = on or self.session.today()
        for consent in self.for_client(client_id):
            if (consent.active_on(day) and consent.purpose == purpose
                    and consent.recipient in ("*", partner_id) and wanted <= set(consent.scope)):
                return consent
        return None

    def require_cover(self, client_id: str, partner_id: str, fields: Iterable[str], *,
                      partner_name: str = "this partner", purpose: str = "referral") -> Consent:
        fields = tuple(fields)
        consent = self.covering(client_id, partner_id, fields, purpose=purpose)
        if consent is not None:
            return consent
        day = self.session.today()
        active = [c for c in self.for_client(client_id) if c.active_on(day)
                  and c.purpose == purpose and c.recipient in ("*", partner_id)]
        if not active:
            raise ConsentRequired(
                "consent.none-for-partner", partner_name=partner_name)
        allowed = set().union(*(set(c.scope) for c in active))
        missing = [f for f in fields if f not in allowed]
        raise ConsentRequired(
            "consent.scope-not-covered", fields=', '.join(missing))
