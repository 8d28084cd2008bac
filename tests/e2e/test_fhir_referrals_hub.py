"""FHIR referral files on an agency of two laptops syncing through the real hub.

What a file records is an ordinary change of the agency: a referral saved as a FHIR file for
a clinic reads so on the sibling laptop, and nothing is queued for the hub's mailboxes; a
clinic's referral or Task file imported on both laptops (the same USB stick passed round) is
recorded once, and both laptops end with identical referral rows and transitions.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path

import pytest

from collabdesk.domain import ClientInput
from collabdesk.services.exchange import saved_as_file
from tests.core.test_fhir_referrals import (
    COLIN,
    GRAVITY_ACCEPTED,
    GRAVITY_COMPLETED,
    GRAVITY_SR,
    _bundle,
    _write,
)
from tests.core.test_forms_records import _shared
from tests.e2e.conftest import Laptop, Network, create_agency
from tests.sync.hub.conftest import HubProcess


@pytest.fixture
def pair(e2e_hub: HubProcess, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    with Network(e2e_hub, tmp_path / "laptops") as net:
        agency_id = create_agency(e2e_hub, "Riverside FHIR Services")
        a1 = net.first_laptop("A1", agency_id, "Riverside FHIR Services", "ana")
        a2 = net.join("A2", agency_id, "alex", approver=a1)
        for laptop in (a1, a2, a1, a2):
            laptop.sync()
        yield a1, a2


def _rows(laptop: Laptop) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    store = laptop.session.store
    return ([tuple(r) for r in store.query(
                "SELECT id, direction, status, status_reason, shared FROM referrals ORDER BY id")],
            [tuple(r) for r in store.query(
                "SELECT event_id, entity_id, to_value, outcome FROM transitions "
                "WHERE entity = 'referral' ORDER BY event_id")])


def test_fhir_files_are_recorded_once_across_the_agencys_laptops(
        pair: tuple[Laptop, Laptop], tmp_path: Path) -> None:
    a1, a2 = pair
    s = a1.session
    clinic = s.directory.add_partner("Riverside Clinic")
    service = s.directory.add_service(clinic.id, "Primary care intake", domains=("health",))
    client = s.clients.intake(ClientInput("Rosa", "Quispe"), confirmed_new=True)
    case = s.cases.open_case(client.id, "Support")
    s.consents.record(client.id, scope=["name"], recipient=clinic.id)
    ours = s.exchange.send_as_file(case.id, service.id, tmp_path / "to-clinic.json",
                                   reason="Check-up", fields=("name",))
    assert saved_as_file(ours)
    assert s.store.query("SELECT count(*) FROM sync_outbox")[0][0] == 0  # no hub message
    a1.sync()
    a2.sync()
    assert saved_as_file(a2.session.referrals.get(ours.id))

    # The clinic's answer and a clinic's own referral, imported on both laptops.
    task = copy.deepcopy(_shared(GRAVITY_COMPLETED))
    task["focus"] = {"reference": f"ServiceRequest/{ours.id}"}
    answer = _write(tmp_path / "answer.json", _bundle(task))
    accepted = copy.deepcopy(_shared(GRAVITY_ACCEPTED))
    accepted["focus"] = {"reference": f"ServiceRequest/{ours.id}"}
    early = _write(tmp_path / "early.json", _bundle(accepted))
    theirs = _write(tmp_path / "theirs.json",
                    _bundle(_shared(GRAVITY_SR), COLIN, _shared(GRAVITY_ACCEPTED)))
    assert a1.session.exchange.import_file(answer).recorded == ("accepted", "completed")
    assert a2.session.exchange.import_file(early).recorded == ("accepted",)  # older news
    incoming = a1.session.exchange.import_file(theirs).referral
    assert a2.session.exchange.import_file(theirs).referral.id == incoming.id
    for laptop in (a1, a2, a1, a2):
        laptop.sync()
    assert _rows(a1) == _rows(a2)
    for laptop in (a1, a2):  # the same file twice is one change, not two to reconcile
        assert laptop.session.store.query("SELECT count(*) FROM conflicts")[0][0] == 0
        assert laptop.session.store.query(
            "SELECT count(*) FROM events WHERE entity = 'referral' AND entity_id = ?",
            (incoming.id,))[0][0] == 2  # created, received
    for laptop in (a1, a2):
        done = laptop.session.referrals.get(ours.id)
        assert done.status == "completed"
        assert [c.to_status for c in done.history] == ["accepted", "completed"]
        assert [r.id for r in laptop.session.referrals.list_referrals("incoming")] == [
            incoming.id]
