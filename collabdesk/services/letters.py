"""Referrals on paper, for partners that have neither CollabDesk nor a FHIR system.

Sending one records the referral like any other (the same consent checks, the same
counts in the monthly summary), prints a letter (:mod:`collabdesk.reports.letter`) with only
the consented fields and a reference code, and marks its delivery "handed over on paper".
A follow-up task falls due after ``paper_follow_up_days`` (a setting, 14 by default) to ask
the partner what became of it; the worker then records the outcome by hand (accepted,
declined, service started, completed), which closes the follow-up task. Outcomes can be
recorded the same way for any referral to a partner that is not on the hub.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from collabdesk.domain import Referral
from collabdesk.errors import InvalidTransition, ValidationError
from collabdesk.fsutil import atomic_write_bytes
from collabdesk.messages import label, msg
from collabdesk.timeutil import iso

if TYPE_CHECKING:
    from collabdesk.services.session import Session

LETTER_KEY = "_letter"  # in a referral's shared details: how it travelled, not client data
OUTCOMES = ("accepted", "declined", "service_started", "completed")
DEFAULT_FOLLOW_UP_DAYS = 14


def sent_on_paper(referral: Referral) -> bool:
    info = referral.shared.get(LETTER_KEY)
    return isinstance(info, dict) and info.get("delivery") == "letter"


def reference_code(referral_id: str) -> str:
    """The code a partner quotes: from the id's random end (its start is a timestamp)."""
    tail = referral_id[-8:].upper()
    return f"REF-{tail[:4]}-{tail[4:]}"


@dataclass(frozen=True)
class PaperReferral:
    referral: Referral
    reference: str
    follow_up_task_id: str
    follow_up_on: dt.date


class LetterService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def send(self, case_id: str, service_id: str, path: Path, *, reason: str,
             fields: tuple[str, ...], urgency: str = "routine",
             responses: tuple[str, ...] = ()) -> PaperReferral:
        """Refer on paper: record the referral, write its letter to ``path`` (a PDF), mark
        it handed over and set the follow-up task."""
        referrals = self.session.referrals
        referral = referrals.send(case_id, service_id, reason=reason, fields=fields,
                                  urgency=urgency, responses=responses)
        # The letter is written before the mark: a letter that could not be written leaves
        # a referral still to be handed over, which "Print letter" can do again.
        self.write_letter(referral.id, path)
        days = int(self.session.settings().get("paper_follow_up_days")
                   or DEFAULT_FOLLOW_UP_DAYS)
        due = self.session.today() + dt.timedelta(days=days)
        code = reference_code(referral.id)
        with self.session.change("referral.send") as w:
            w.update("referral", referral.id, {"shared": {
                **referral.shared, LETTER_KEY: {"delivery": "letter",
                                                "at": iso(self.session.now())}}},
                     scope=case_id)
            self.session.audit(w.conn, "referral.letter", "referral", referral.id)
        task = self.session.tasks.create(
            str(msg("letter.follow-up", partner=referral.partner_name, code=code)),
            case_id=case_id, due_date=due)
        return PaperReferral(referrals.get(referral.id), code, task.id, due)

    def letter(self, referral_id: str) -> bytes:
        """The letter of our referral ``referral_id`` as PDF bytes (to print it again)."""
        # Here, not at the top: reportlab takes 150 ms to import, and the desktop reads
        # this module's sent_on_paper() for every referral list.
        from collabdesk.reports.letter import LetterContent, render_letter

        referral = self.session.referrals.get(referral_id)
        if referral.direction != "outgoing":
            raise ValidationError("letter.not-ours")
        session = self.session
        partner = next((p for p in session.directory.partners() if p.id == referral.partner_id),
                       None)
        agency = session.store.query("SELECT name FROM agency LIMIT 1")
        consent = session.consents.get(referral.consent_id) if referral.consent_id else None
        client = tuple((str(label("field", key)), text)
                       for key, text in _client_fields(referral.shared))
        forms = tuple(
            str(carried.title) + (" — " + str(msg("letter.score", score=_number(score)))
                                  if (score := carried.state.score if carried.state else None)
                                  is not None else "")
            for carried in session.referrals.shared_responses(referral_id))
        content = LetterContent(
            reference=reference_code(referral.id),
            date=session.today().isoformat(),
            agency_name=agency[0][0] if agency else "",
            agency_contact=str(session.settings().get("agency_contact") or ""),
            worker_name=referral.worker_name or session.user.display_name,
            partner_name=referral.partner_name,
            partner_contact=", ".join(filter(None, [partner.phone, partner.email,
                                                    partner.website])) if partner else "",
            service_name=referral.service_name,
            urgency=str(label("urgency", referral.urgency)),
            reason=str(referral.shared.get("reason") or ""),
            client=client,
            forms=forms,
            consent=str(msg("letter.consent", method=label("consent_method", consent.method),
                            date=consent.given_at.isoformat() if consent.given_at else ""))
            if consent else "")
        return render_letter(content)

    def write_letter(self, referral_id: str, path: Path) -> Path:
        atomic_write_bytes(Path(path), self.letter(referral_id))
        self.session.audit_now("referral.letter_printed", "referral", referral_id)
        return Path(path)

    def record_outcome(self, referral_id: str, outcome: str, *, reason: str = "") -> Referral:
        """What a partner off the hub said (by phone, by post): recorded by hand, and the
        follow-up task is done."""
        if outcome not in OUTCOMES:
            raise ValidationError("letter.unknown-outcome", {"outcome": "field.invalid"})
        referral = self.session.referrals.get(referral_id)
        on_hub = self.session.store.query(
            "SELECT hub_agency_id FROM partners WHERE id = ?", (referral.partner_id,))
        if referral.direction != "outgoing" or (on_hub and on_hub[0][0]):
            raise InvalidTransition("letter.outcome-from-hub")
        if outcome == "declined" and not reason.strip():
            raise ValidationError("referral.decline-reason-required",
                                  {"reason": "field.required"})
        changed = self.session.referrals.record_outcome(referral_id, outcome, reason=reason)
        code = reference_code(referral_id)
        for task in self.session.tasks.for_case(referral.case_id) if referral.case_id else ():
            if not task.done and code in task.title:
                self.session.tasks.complete(task.id)
        return changed


def _client_fields(shared: dict[str, Any]) -> list[tuple[str, str]]:
    """The consented fields a referral carries, in words, in the intake's order."""
    out: list[tuple[str, str]] = []
    if shared.get("given_name") or shared.get("family_name"):
        out.append(("name", f"{shared.get('given_name', '')} {shared.get('family_name', '')}"))
    if "dob" in shared:
        out.append(("dob", str(shared.get("dob") or shared.get("estimated_birth_year") or "")))
    if shared.get("gender"):
        out.append(("gender", str(label("gender", str(shared["gender"])))))
    for key in ("language", "phone", "email", "address"):
        if shared.get(key):
            out.append((key, str(shared[key])))
    if shared.get("identifiers"):
        out.append(("identifiers", ", ".join(": ".join(map(str, pair))
                                             for pair in shared["identifiers"])))
    if shared.get("needs"):
        out.append(("needs", ", ".join(
            f"{label('domain', n.get('domain', ''))} ({label('severity', n.get('severity', ''))})"
            for n in shared["needs"] if isinstance(n, dict))))
    return out


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
