"""Referrals on paper, for partners without CollabDesk, over the real encrypted store.

The letter (a PDF, read back with pypdf) carries only the consented fields and a reference
code; the referral reads as handed over on paper; a follow-up task falls due after the set
number of days; the outcome is recorded by hand, closes the follow-up and counts in the
monthly summary like any referral.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from collabdesk.domain import ClientInput
from collabdesk.errors import ConsentRequired, InvalidTransition
from collabdesk.reports.summary import compute_summary
from collabdesk.services.letters import reference_code, sent_on_paper
from collabdesk.services.session import Session


def _text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def paper(admin: Session, sign_in: Callable[[str], Session]) -> dict[str, Any]:
    admin.update_settings(agency_contact="+1 555 0199, intake@riverside.example",
                          paper_follow_up_days=10)
    legal = admin.directory.add_partner("Eastside Legal Clinic", phone="+1 555 0123")
    service = admin.directory.add_service(legal.id, "Tenant advice", domains=("legal",))
    sara = sign_in("sara")
    client = sara.clients.intake(ClientInput("Rosa", "Quispe", dob=dt.date(1984, 5, 2),
                                             phone="+1 555 0142", address="4 Elm Row"))
    case = sara.cases.open_case(client.id, "Eviction", needs=(("legal", "high", ""),))
    return {"sara": sara, "client": client, "case": case, "service": service,
            "partner": legal}


def test_a_letter_carries_the_consented_fields_and_a_reference(
        paper: dict[str, Any], tmp_path: Path) -> None:
    sara, client, case, service = (paper[k] for k in ("sara", "client", "case", "service"))
    sara.consents.record(client.id, scope=("name", "phone", "needs", "reason"),
                         recipient=paper["partner"].id, method="written")
    sent = sara.letters.send(case.id, service.id, tmp_path / "letter.pdf",
                             reason="Eviction notice served", fields=("name", "phone", "reason"),
                             urgency="urgent")
    text = _text((tmp_path / "letter.pdf").read_bytes())
    assert "Rosa Quispe" in text and "+1 555 0142" in text
    assert "Eviction notice served" in text and "Urgent" in text
    assert sent.reference in text and sent.reference == reference_code(sent.referral.id)
    assert "Eastside Legal Clinic" in text and "+1 555 0123" in text
    assert "intake@riverside.example" in text
    assert "1984" not in text and "Elm Row" not in text  # not consented, not written
    assert sent_on_paper(sent.referral)
    task = sara.tasks.get(sent.follow_up_task_id)
    assert task.due_date == sara.today() + dt.timedelta(days=10)
    assert sent.reference in task.title and not task.done


def test_no_letter_without_a_consent_and_nothing_recorded(paper: dict[str, Any],
                                                          tmp_path: Path) -> None:
    sara, case, service = paper["sara"], paper["case"], paper["service"]
    with pytest.raises(ConsentRequired):
        sara.letters.send(case.id, service.id, tmp_path / "letter.pdf", reason="Eviction",
                          fields=("name",))
    assert not (tmp_path / "letter.pdf").exists()
    assert sara.referrals.list_referrals("outgoing") == []


def test_the_outcome_recorded_by_hand_closes_the_follow_up_and_counts(
        paper: dict[str, Any], tmp_path: Path) -> None:
    sara, client, case, service = (paper[k] for k in ("sara", "client", "case", "service"))
    sara.consents.record(client.id, scope=("name",), recipient=paper["partner"].id)
    sent = sara.letters.send(case.id, service.id, tmp_path / "letter.pdf", reason="Eviction",
                             fields=("name",))
    done = sara.letters.record_outcome(sent.referral.id, "service_started")
    assert done.status == "service_started"
    assert [c.to_status for c in done.history][-2:] == ["accepted", "service_started"]
    assert sara.tasks.get(sent.follow_up_task_id).done
    today = sara.today()
    summary = compute_summary(sara, today.replace(day=1), today)
    assert summary.table("referrals_by_partner").cells[0][0] == 1  # sent, like any other
    again = sara.letters.letter(sent.referral.id)  # printed again on demand
    assert sent.reference in _text(again)


def test_a_partner_on_the_hub_answers_for_itself(paper: dict[str, Any], admin: Session,
                                                 tmp_path: Path) -> None:
    sara, client, case = paper["sara"], paper["client"], paper["case"]
    hub_partner = admin.directory.add_partner("Hillside Food Bank", hub_agency_id="agency-b")
    pantry = admin.directory.add_service(hub_partner.id, "Pantry", domains=("food",))
    sara.consents.record(client.id, scope=("name",), recipient=hub_partner.id)
    referral = sara.referrals.send(case.id, pantry.id, reason="No food", fields=("name",))
    with pytest.raises(InvalidTransition):
        sara.letters.record_outcome(referral.id, "accepted")
