"""Every role against every action, through the real services.

The expectations are written here by hand, not derived from rbac.py, so a change to the
permission table that nobody meant shows up as a failing row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from collabdesk.backup import create_backup
from collabdesk.domain import ClientInput
from collabdesk.errors import PermissionDenied
from collabdesk.services.session import Session

W, S, A = "wendy", "sara", "ada"  # worker, supervisor, admin-only


@dataclass
class World:
    client_id: str
    case_id: str
    partner_id: str
    service_id: str
    incoming_id: str
    tmp: Any


@pytest.fixture
def world(admin: Session, tmp_path: Any) -> World:
    from collabdesk.services.referrals import IncomingReferral

    client = admin.clients.intake(ClientInput("Amara", "Diallo", dob=dt.date(1991, 5, 2)))
    case = admin.cases.open_case(client.id, "Food security")
    partner = admin.directory.add_partner("Northside Food Bank")
    service = admin.directory.add_service(partner.id, "Weekly food parcel", domains=("food",))
    admin.consents.record(client.id, scope=("name", "phone"), recipient=partner.id)
    incoming = admin.referrals.receive(IncomingReferral(
        referral_id="r" * 32, from_agency_id="a" * 32, from_agency_name="Eastside Clinic",
        service_name="Counselling", domain="mental_health", reason="Low mood",
        urgency="routine", shared={"given_name": "Ibrahim"}, sent_at="2026-10-14T10:00:00Z",
        due_at=None, hlc="0000000000010000" + "e" * 16, device="d" * 32))
    return World(client.id, case.id, partner.id, service.id, incoming.id, tmp_path)


def _intake(s: Session, w: World) -> object:
    return s.clients.intake(ClientInput("Kwame", "Mensah"), confirmed_new=True)


ACTIONS: dict[str, tuple[Callable[[Session, World], object], set[str]]] = {
    "search clients": (lambda s, w: s.clients.search("Amara"), {W, S}),
    "register a client": (_intake, {W, S}),
    "edit a client": (lambda s, w: s.clients.update(w.client_id, ClientInput("Amara", "Dialo")),
                      {W, S}),
    "open a case": (lambda s, w: s.cases.open_case(w.client_id, "Second case"), {W, S}),
    "see a case": (lambda s, w: s.cases.detail(w.case_id), {W, S}),
    "add a need": (lambda s, w: s.cases.add_need(w.case_id, "food"), {W, S}),
    "add a note": (lambda s, w: s.cases.add_note(w.case_id, "Called"), {W, S}),
    "record a service": (lambda s, w: s.cases.record_service(w.case_id, "Food parcel"), {W, S}),
    "close a case": (lambda s, w: s.cases.set_status(w.case_id, "closed"), {W, S}),
    "reassign a case": (lambda s, w: s.cases.assign(w.case_id, s.user.id), {S}),
    "create a task": (lambda s, w: s.tasks.create("Call back", case_id=w.case_id), {W, S}),
    "record consent": (lambda s, w: s.consents.record(w.client_id, scope=("name",)), {W, S}),
    "send a referral": (lambda s, w: s.referrals.send(w.case_id, w.service_id, reason="Food",
                                                      fields=("name",)), {W, S}),
    "decline a partner's referral": (lambda s, w: s.referrals.decline(w.incoming_id, "Full"),
                                     {W, S}),
    "browse the directory": (lambda s, w: s.directory.search("food"), {W, S, A}),
    "add a partner": (lambda s, w: s.directory.add_partner("Legal Aid"), {S, A}),
    "list conflicts": (lambda s, w: s.conflicts.items(), {S}),
    "add a user": (lambda s, w: s.users.add("newbie", "newbie pass phrase"), {A}),
    "change settings": (lambda s, w: s.update_settings(idle_lock_minutes=5), {A}),
    "make a backup": (lambda s, w: create_backup(s, w.tmp / "b"), {A}),
    "list overdue tasks of everyone": (lambda s, w: s.tasks.overdue(everyone=True), {S}),
}


@pytest.mark.parametrize("username", [W, S, A])
@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_role_against_action(action: str, username: str, world: World,
                             sign_in: Callable[[str], Session]) -> None:
    operation, allowed = ACTIONS[action]
    session = sign_in(username)
    if username in allowed:
        operation(session, world)
    else:
        with pytest.raises(PermissionDenied):
            operation(session, world)


def test_workers_may_be_limited_to_their_assigned_cases(
        world: World, admin: Session, sign_in: Callable[[str], Session]) -> None:
    ada = sign_in("ada")
    ada.update_settings(worker_case_visibility="assigned")
    walt = sign_in("walt")
    with pytest.raises(PermissionDenied, match="assigned to someone else"):
        walt.cases.detail(world.case_id)
    assert all(c.id != world.case_id for c in walt.cases.list_cases())
    admin.cases.assign(world.case_id, walt.user.id)
    assert walt.cases.detail(world.case_id).case.assigned_to == walt.user.id
    # A supervisor always sees every case.
    assert any(c.id == world.case_id for c in sign_in("sara").cases.list_cases())


def test_sensitive_notes_are_for_their_author_and_supervisors(
        world: World, sign_in: Callable[[str], Session]) -> None:
    wendy = sign_in("wendy")
    wendy.cases.add_note(world.case_id, "Disclosed a safety concern", sensitive=True)
    wendy.cases.add_note(world.case_id, "Brought documents")
    walt_view = sign_in("walt").cases.detail(world.case_id)
    assert [n.body for n in walt_view.notes] == ["Brought documents"]
    assert walt_view.hidden_sensitive_notes == 1
    assert all("safety" not in str(h.fields) for h in walt_view.history)
    assert len(wendy.cases.detail(world.case_id).notes) == 2
    sara_view = sign_in("sara").cases.detail(world.case_id)
    assert sara_view.hidden_sensitive_notes == 0 and len(sara_view.notes) == 2
