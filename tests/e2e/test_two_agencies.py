"""Two agencies, several laptops each, one real hub process: the whole sync story end to end.

Agency A (laptops A1, A2, later A3 and A4) and agency B (B1, B2) share a hub. Work done on
one laptop reaches its siblings through the agency's mailbox; a referral travels from A to B
and its state flows back; a replacement laptop restores everything from the hub (by
replaying the mailbox, and from the agency's snapshot); a removed laptop is refused; forged
or misdirected envelopes are rejected and never applied; an idle sync costs well under a
kilobyte on the wire.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from sqlalchemy import select, update

from collabdesk.domain import ClientInput
from collabdesk.services.referrals import enqueue
from collabdesk.sync.client import DevicePending, DeviceRevoked
from collabdesk.sync.hub import db as hub_db
from tests.e2e.conftest import Laptop, Network, create_agency, enrolment_code
from tests.sync.hub.conftest import HubProcess


@dataclass
class World:
    net: Network
    a_id: str
    b_id: str
    a1: Laptop
    a2: Laptop
    b1: Laptop
    b2: Laptop


def build_world(hub: HubProcess, folder: Path) -> World:
    """Agencies A and B on ``hub``, two enrolled laptops each, all synced once."""
    net = Network(hub, folder)
    a_id = create_agency(hub, "Riverside Family Services")
    b_id = create_agency(hub, "Hillside Food Bank")
    a1 = net.first_laptop("A1", a_id, "Riverside Family Services", "ana")
    a2 = net.join("A2", a_id, "alex", approver=a1)
    b1 = net.first_laptop("B1", b_id, "Hillside Food Bank", "bea")
    b2 = net.join("B2", b_id, "bob", approver=b1)
    for laptop in (a1, a2, b1, b2):
        laptop.sync()
    return World(net, a_id, b_id, a1, a2, b1, b2)


@pytest.fixture(scope="module")
def world(e2e_hub: HubProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    built = build_world(e2e_hub, tmp_path_factory.mktemp("laptops"))
    yield built
    built.net.close()


def _intake(laptop: Laptop, given: str, family: str) -> tuple[str, str]:
    client = laptop.session.clients.intake(
        ClientInput(given, family, dob=dt.date(1990, 3, 4), phone="+15551234567"),
        confirmed_new=True)
    case = laptop.session.cases.open_case(client.id, f"Support for {given}")
    return client.id, case.id


def _ids(laptop: Laptop, table: str) -> set[str]:
    return {r[0] for r in laptop.session.store.query(f"SELECT id FROM {table}")}


def _send_referral(world: World, given: str) -> str:
    s = world.a1.session
    partner = next((p for p in s.directory.partners() if p.hub_agency_id == world.b_id), None)
    if partner is None:
        partner = s.directory.add_partner("Hillside Food Bank", hub_agency_id=world.b_id)
        s.directory.add_service(partner.id, "Emergency food parcels", domains=("food",))
    service = s.directory.services(partner_id=partner.id)[0]
    client_id, case_id = _intake(world.a1, given, "Okafor")
    s.consents.record(client_id, scope=("name", "phone"), recipient=partner.id)
    return s.referrals.send(case_id, service.id, reason="No food at home this week",
                            fields=("name", "phone")).id


def test_intake_on_one_laptop_reaches_its_sibling(world: World) -> None:
    client_id, case_id = _intake(world.a1, "Maria", "Lopez")
    world.a1.session.cases.add_note(case_id, "First visit, needs food support")
    attachment = world.a1.session.cases.add_attachment(case_id, "intake.pdf",
                                                       b"%PDF-1.4 scanned form " * 500)
    report = world.a1.sync()
    assert report.pushed_events >= 4
    world.a2.sync()
    a2 = world.a2.session
    assert a2.agency_id == world.a1.session.agency_id  # the joining laptop learnt its agency
    assert a2.clients.get(client_id).family_name == "Lopez"
    assert a2.cases.summary(case_id).client_id == client_id
    assert a2.cases.attachment_data(attachment.id) == b"%PDF-1.4 scanned form " * 500
    # Nothing local is left waiting on either laptop.
    assert world.a1.session.sync_status.overview().changes_waiting == 0


def test_referral_travels_to_partner_and_its_state_comes_back(world: World) -> None:
    referral_id = _send_referral(world, "Ngozi")
    world.a1.sync()  # the referral's events to A's mailbox, the message to B's
    assert world.a1.session.sync_status.overview().messages_waiting == 0
    # B's root was pinned on first use and is shown for comparison out of band.
    pinned = {p.agency_id: p.fingerprint for p in world.a1.engine.partners()}
    assert pinned[world.b_id] == world.b1.engine.agency_fingerprint()

    for laptop in (world.b1, world.b2):
        laptop.sync()
        inbox = laptop.session.referrals.list_referrals("incoming")
        incoming = next(r for r in inbox if r.id == referral_id)
        assert incoming.status == "received"
        assert incoming.shared["given_name"] == "Ngozi"
        assert "dob" not in incoming.shared  # only what consent covered left agency A
        laptop.sync()  # sends the "received" acknowledgement queued by the first sync

    for laptop in (world.a1, world.a2):
        laptop.sync()
        assert laptop.session.referrals.get(referral_id).status == "received"

    world.b2.session.referrals.accept(
        referral_id, new_client=ClientInput("Ngozi", "Okafor", phone="+15551234567"))
    world.b2.sync()
    world.b1.sync()
    assert world.b1.session.referrals.get(referral_id).status == "accepted"

    for laptop in (world.a1, world.a2):
        laptop.sync()
        referral = laptop.session.referrals.get(referral_id)
        assert referral.status == "accepted"
        states = [c.to_status for c in referral.history if c.outcome != "rejected"]
        assert states.index("received") < states.index("accepted")


def test_a_referral_carries_a_consented_screening_the_partner_reads(world: World) -> None:
    """A completed Hunger Vital Sign travels with the referral (the consent names the form);
    agency B, which never imported that form, sees it read with the form that came with it."""
    from tests.core.test_forms_records import HVS, _shared

    s = world.a1.session
    form = s.forms.import_form(_shared(HVS), use="screening").form
    often = s.forms.form(form.id).by_link_id["/88122-7"].options[0].value
    partner = next(p for p in s.directory.partners() if p.hub_agency_id == world.b_id)
    service = s.directory.services(partner_id=partner.id)[0]
    client_id, case_id = _intake(world.a1, "Amara", "Eze")
    screening = s.forms.save(form.id, {("/88122-7",): [often]}, case_id=case_id, complete=True)
    s.consents.record(client_id, scope=("name", f"form:{form.url}"), recipient=partner.id)
    referral_id = s.referrals.send(case_id, service.id, reason="Ran out of food",
                                   fields=("name",), responses=(screening.response_id,)).id
    world.a1.sync()
    world.b1.sync()
    b = world.b1.session
    assert not b.forms.list_forms()  # B never imported the form
    carried = b.referrals.shared_responses(referral_id)
    assert len(carried) == 1
    assert carried[0].form is not None and carried[0].form.url == form.url
    assert carried[0].answers[("/88122-7",)] == [often]
    assert "subject" not in carried[0].raw and "author" not in carried[0].raw


def test_new_laptop_restores_from_hub_and_revoked_laptop_stops(world: World) -> None:
    # Every kind of record, made here so the test holds on its own (whatever ran before).
    referral_id = _send_referral(world, "Samuel")
    case_id = world.a1.session.store.query("SELECT case_id FROM referrals WHERE id = ?",
                                           (referral_id,))[0][0]
    world.a1.session.cases.add_note(case_id, "Home visit booked")
    world.a1.session.cases.add_attachment(case_id, "letter.pdf", b"%PDF-1.4 letter " * 100)
    world.a1.sync()
    a3 = world.net.laptop("A3", "joining", "carl", joining=True)
    result = a3.engine.enroll(world.net.hub.base_url, enrolment_code(world.net.hub, world.a_id),
                              "Replacement laptop")
    assert result.status == "pending"
    with pytest.raises(DevicePending):
        a3.sync()
    pending = world.a1.engine.pending_devices()
    assert [p.device_id for p in pending] == [result.device_id]
    assert pending[0].fingerprint == result.fingerprint
    world.a1.engine.approve(result.device_id, fingerprint=result.fingerprint)

    a3.sync()
    assert a3.session.agency_id == world.a1.session.agency_id
    for table in ("clients", "cases", "notes", "attachments", "consents", "referrals"):
        assert _ids(world.a1, table), table
        assert _ids(world.a1, table) <= _ids(a3, table), table
    assert a3.engine.agency_fingerprint() == world.a1.engine.agency_fingerprint()

    world.a1.engine.revoke(result.device_id)
    assert {d.device_id: d.active for d in world.a1.engine.devices()}[result.device_id] is False
    with pytest.raises(DeviceRevoked):
        a3.sync()
    with pytest.raises(DeviceRevoked):  # and it stays stopped
        a3.sync()
    assert "revoked" in a3.session.sync_status.overview().last_error

    # Work sealed after the rotation reaches the remaining sibling (granted the new epoch).
    client_id, _ = _intake(world.a1, "Grace", "Adeyemi")
    world.a1.sync()
    world.a2.sync()
    assert world.a2.session.clients.get(client_id).given_name == "Grace"
    assert max(world.a2.engine.agency_keys()) == 1
    assert max(a3.engine.agency_keys()) == 0


def test_a_new_laptop_restores_from_the_agencys_snapshot(world: World) -> None:
    world.a1.sync()
    made = world.a1.engine.make_snapshot()
    later, _ = _intake(world.a1, "Made", "Afterwards")
    world.a1.sync()
    a4 = world.net.join("A4", world.a_id, "dana", approver=world.a1)
    report = a4.sync()
    assert report.restored_from == made.snapshot_id and not report.envelopes_rejected
    assert report.envelopes_applied <= 2  # what came after the snapshot, not the history
    for table in ("clients", "cases", "notes", "attachments", "consents", "referrals"):
        assert _ids(world.a1, table), table
        assert _ids(world.a1, table) <= _ids(a4, table), table
    assert later in _ids(a4, "clients")
    referral = next(iter(_ids(world.a1, "referrals")))
    assert a4.session.referrals.get(referral).status == \
        world.a1.session.referrals.get(referral).status


def _seen(laptop: Laptop, outcome: str) -> list[tuple[str, str]]:
    return laptop.session.store.query(
        "SELECT envelope_id, reason FROM sync_seen WHERE outcome = ?", (outcome,))


def test_tampered_envelope_is_rejected_and_not_applied(world: World) -> None:
    world.a2.sync()
    client_id, _ = _intake(world.a1, "Tamper", "Target")
    world.a1.sync()
    engine = world.net.hub.engine
    with engine.begin() as conn:
        row = conn.execute(
            select(hub_db.envelopes.c.seq, hub_db.envelopes.c.data)
            .where(hub_db.envelopes.c.mailbox_id == world.a_id)
            .order_by(hub_db.envelopes.c.seq.desc()).limit(1)).one()
        data = bytearray(row.data)
        body_start = 8 + int.from_bytes(data[4:8], "big") + 4
        data[body_start + 5] ^= 0x01  # one bit inside the sealed body
        conn.execute(update(hub_db.envelopes)
                     .where(hub_db.envelopes.c.mailbox_id == world.a_id,
                            hub_db.envelopes.c.seq == row.seq).values(data=bytes(data)))
    before = len(_seen(world.a2, "rejected"))
    report = world.a2.sync()
    assert report.envelopes_rejected == 1
    rejected = _seen(world.a2, "rejected")
    assert len(rejected) == before + 1
    assert "bad-signature" in {reason for _, reason in rejected}
    assert client_id not in _ids(world.a2, "clients")
    # The cursor moved on: the next sync neither re-fetches nor re-rejects it.
    again = world.a2.sync()
    assert again.envelopes_pulled == 0 and again.envelopes_rejected == 0


def test_partner_cannot_change_a_referral_it_does_not_own(world: World) -> None:
    referral_id = _send_referral(world, "Rogue")
    world.a1.sync()
    c_id = create_agency(world.net.hub, "Rogue Agency")
    c1 = world.net.first_laptop("C1", c_id, "Rogue Agency", "cora")
    with c1.session.store.transaction() as conn:
        enqueue(conn, "referral_update", world.a_id, referral_id, {
            "update_id": "f" * 32, "referral_id": referral_id, "to_status": "declined",
            "reason": "hijacked", "at": "2026-10-15T10:00:00Z",
            "hlc": "9999999999999:0000:" + "0" * 32, "device": "0" * 32,
        }, message_id="f" * 32, at="2026-10-15T10:00:00Z")
    sent = c1.sync()
    assert sent.messages_sent == 1  # the hub routes it: it cannot read or judge it
    report = world.a1.sync()
    assert report.envelopes_rejected >= 1
    assert "not-the-referral-partner" in {reason for _, reason in _seen(world.a1, "rejected")}
    assert world.a1.session.referrals.get(referral_id).status == "sent"


def test_idle_sync_moves_less_than_a_kilobyte(world: World) -> None:
    world.a2.sync()
    world.a2.sync()
    traffic: list[int] = []

    def count(resp: requests.Response, *args: object, **kwargs: object) -> None:
        req = resp.request
        host = urlsplit(req.url or "").netloc  # sent by the HTTP library, not in req.headers
        head = f"{req.method} {req.path_url} HTTP/1.1\r\nHost: {host}\r\n" + "".join(
            f"{k}: {v!s}\r\n" for k, v in req.headers.items()) + "\r\n"
        body = req.body if isinstance(req.body, bytes | str) else b""
        reply = f"HTTP/1.1 {resp.status_code} {resp.reason}\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in resp.headers.items()) + "\r\n"
        traffic.append(len(head.encode()) + len(body) + len(reply.encode()) + len(resp.content))

    world.a2.engine.client().session.hooks["response"].append(count)
    report = world.a2.sync()
    assert report.envelopes_pulled == 0 and report.pushed_events == 0
    assert traffic, "an idle sync still asks the hub"
    assert sum(traffic) <= 1024, traffic
    assert report.bytes_sent + report.bytes_received == sum(traffic)
    assert world.a2.session.sync_status.overview().last_error == ""


def test_a_response_reaches_the_sibling_and_a_new_form_version_keeps_the_old_answers(
        world: World) -> None:
    """Through the real hub: a PHQ-9 filled on A1 is read on A2 with its form; a second
    version of the form arrives while responses to the first exist, and each response is
    read with the version it was answered under."""
    import copy

    from tests.core.test_forms_records import MILD, NONE, PHQ9, _phq9_answers, _shared

    a1, a2 = world.a1.session, world.a2.session
    v1 = a1.forms.import_form(_shared(PHQ9)).form
    _client_id, case_id = _intake(world.a1, "Ines", "Moreau")
    first = a1.forms.save(v1.id, _phq9_answers(a1, v1.id, MILD), case_id=case_id,
                          complete=True)
    world.a1.sync()
    world.a2.sync()
    seen = a2.forms.detail(first.response_id)
    assert seen.form is not None and seen.form.version == v1.version
    assert seen.version.score == first.score

    newer = copy.deepcopy(_shared(PHQ9))
    newer["version"] = "0.0.2"
    newer["title"] = "PHQ-9 (second edition)"
    v2 = a2.forms.import_form(newer).form
    second = a2.forms.save(v2.id, _phq9_answers(a2, v2.id, NONE), case_id=case_id,
                           complete=True)
    world.a2.sync()
    world.a1.sync()
    for session in (a1, a2):
        old, new = (session.forms.detail(r.response_id) for r in (first, second))
        assert old.form is not None and old.form.version == v1.version
        assert new.form is not None and new.form.version == "0.0.2"
        assert session.forms.latest(v1.url).version == "0.0.2"
        assert {r.response_id for r in session.forms.responses(case_id=case_id)} == {
            first.response_id, second.response_id}


def test_a_referral_on_paper_and_its_outcome_reach_the_sibling_through_the_hub(
        world: World, tmp_path: Path) -> None:
    """A partner without CollabDesk: A1 prints the letter; A2 sees it handed over on paper
    with its follow-up task, and records the partner's answer; A1 sees the answer."""
    from collabdesk.services.letters import sent_on_paper

    a1, a2 = world.a1.session, world.a2.session
    legal = a1.directory.add_partner("Eastside Legal Clinic", phone="+1 555 0123")
    advice = a1.directory.add_service(legal.id, "Tenant advice", domains=("legal",))
    client_id, case_id = _intake(world.a1, "Tomas", "Berg")
    a1.consents.record(client_id, scope=("name", "phone"), recipient=legal.id)
    sent = a1.letters.send(case_id, advice.id, tmp_path / "letter.pdf", reason="Eviction",
                           fields=("name", "phone"))
    assert (tmp_path / "letter.pdf").read_bytes().startswith(b"%PDF")
    world.a1.sync()
    world.a2.sync()
    there = a2.referrals.get(sent.referral.id)
    assert sent_on_paper(there) and there.status == "sent"
    assert any(sent.reference in t.title and not t.done for t in a2.tasks.for_case(case_id))
    a2.letters.record_outcome(sent.referral.id, "accepted")
    world.a2.sync()
    world.a1.sync()
    assert a1.referrals.get(sent.referral.id).status == "accepted"
    assert all(t.done for t in a1.tasks.for_case(case_id) if sent.reference in t.title)
