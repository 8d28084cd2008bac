"""The post-quantum rollout end to end, through one real hub process.

Agency A existed before this release: its key is classical (suite 1) and its laptops have no
X-Wing key. A1 takes the new release and upgrades on its first sync; A2 stays on the old one
for a while. Agency B is new (post-quantum from the start) and exchanges a referral with A
both ways. A removes a lost laptop (the new key is post-quantum; the old laptop still gets it,
over its classical key, so nobody is stranded), A2 upgrades, and A requires the post-quantum
suite. Then: a classical partner C cannot send to A (refused before sealing, by the hub, and by
A's laptops, naming C's laptop); a hub that strips or substitutes PQ keys or drops the policy
serves a chain that fails its signature; snapshots and USB bundles are sealed post-quantum.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import insert, select, update

from collabdesk import syncmeta
from collabdesk.domain import ClientInput
from collabdesk.sync import chain as chain_mod
from collabdesk.sync import envelope as envelope_mod
from collabdesk.sync.bundle import export_bundle, import_bundle, read_bundle
from collabdesk.sync.canonical import b64e, canonical_json
from collabdesk.sync.chain import ChainState
from collabdesk.sync.engine import SyncSetupError
from collabdesk.sync.engine.common import WaitingForKey
from collabdesk.sync.errors import ChainError
from collabdesk.sync.hub import db as hub_db
from collabdesk.sync.keys import DeviceKeys, grant_is_pq
from tests.e2e.conftest import Laptop, Network, create_agency, enrolment_code
from tests.sync.hub.conftest import HubProcess


@dataclass
class Fleet:
    net: Network
    a_id: str
    b_id: str
    c_id: str
    a1: Laptop
    a2: Laptop
    b1: Laptop
    c1: Laptop


def _as_before_this_release(laptop: Laptop) -> None:
    """Drop the X-Wing key a laptop of an earlier release never had (before it synced)."""
    keys = laptop.engine.device_keys()
    assert keys is not None
    laptop.engine.state.set_meta(syncmeta.DEVICE_KEYS,
                                 DeviceKeys(keys.sign_private, keys.kem_private).to_json())


def _stay_on_old_release(laptop: Laptop, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(laptop.engine.trust, "ensure_pq_key", lambda state, keys: state)


def _first(net: Network, name: str, agency_id: str, agency: str, user: str, suite: int
           ) -> Laptop:
    laptop = net.laptop(name, agency, user, joining=False)
    result = laptop.engine.enroll(net.hub.base_url, enrolment_code(net.hub, agency_id),
                                  f"{name} laptop", agency_id=agency_id, suite=suite)
    assert result.status == "active"
    return laptop


@pytest.fixture(scope="module")
def fleet(e2e_hub: HubProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fleet]:
    net = Network(e2e_hub, tmp_path_factory.mktemp("pq-laptops"))
    a_id = create_agency(e2e_hub, "Old Town Outreach")
    b_id = create_agency(e2e_hub, "New Harbour Clinic")
    c_id = create_agency(e2e_hub, "Classic Shelter")
    a1 = _first(net, "A1", a_id, "Old Town Outreach", "ana", 1)
    a2 = net.join("A2", a_id, "alex", approver=a1)
    b1 = _first(net, "B1", b_id, "New Harbour Clinic", "bea", 2)
    c1 = _first(net, "C1", c_id, "Classic Shelter", "cy", 1)
    for laptop in (a1, a2, c1):
        _as_before_this_release(laptop)
    yield Fleet(net, a_id, b_id, c_id, a1, a2, b1, c1)
    net.close()


def _own_chain(laptop: Laptop) -> ChainState:
    state = laptop.engine.chain_state(laptop.engine.hub_agency_id)
    assert state is not None
    return state


def _intake(laptop: Laptop, given: str) -> tuple[str, str]:
    client = laptop.session.clients.intake(
        ClientInput(given, "Quantum", dob=dt.date(1988, 1, 2), phone="+15550001111"),
        confirmed_new=True)
    case = laptop.session.cases.open_case(client.id, f"Support for {given}")
    return client.id, case.id


def _last_envelope(hub: HubProcess, mailbox: str) -> envelope_mod.ParsedEnvelope:
    with hub.engine.begin() as conn:
        data = conn.execute(select(hub_db.envelopes.c.data)
                            .where(hub_db.envelopes.c.mailbox_id == mailbox)
                            .order_by(hub_db.envelopes.c.seq.desc()).limit(1)).scalar_one()
    return envelope_mod.parse_envelope(bytes(data))


def _grant(hub: HubProcess, laptop: Laptop, epoch: int) -> bytes:
    with hub.engine.begin() as conn:
        return bytes(conn.execute(select(hub_db.grants.c.blob).where(
            hub_db.grants.c.device_id == laptop.device_id,
            hub_db.grants.c.epoch == epoch)).scalar_one())


def _send_referral(sender: Laptop, partner_hub_id: str, name: str, given: str) -> str:
    s = sender.session
    partner = next((p for p in s.directory.partners() if p.hub_agency_id == partner_hub_id),
                   None)
    if partner is None:  # (a referral received from it may have listed it already)
        partner = s.directory.add_partner(name, hub_agency_id=partner_hub_id)
    if not s.directory.services(partner_id=partner.id):
        s.directory.add_service(partner.id, "Check-ups", domains=("health",))
    service = s.directory.services(partner_id=partner.id)[0]
    client_id, case_id = _intake(sender, given)
    s.consents.record(client_id, scope=("name",), recipient=partner.id)
    return s.referrals.send(case_id, service.id, reason="Follow-up", fields=("name",)).id


def test_1_upgrade_on_first_sync_and_the_old_laptop_is_listed(
        fleet: Fleet, monkeypatch: pytest.MonkeyPatch) -> None:
    _stay_on_old_release(fleet.a2, monkeypatch)
    for laptop in (fleet.a1, fleet.a2, fleet.b1):
        laptop.sync()
    keys = fleet.a1.engine.device_keys()
    assert keys is not None and keys.pq_public  # generated and kept in the vault
    state = _own_chain(fleet.a1)
    assert state.devices[fleet.a1.device_id].pq_public == keys.pq_public  # published
    assert [d.label for d in state.not_upgraded()] == ["A2 laptop"]
    shown = {d.label: d.pq for d in fleet.a1.engine.devices()}
    assert shown == {"A1 laptop": True, "A2 laptop": False}
    with pytest.raises(SyncSetupError) as info:
        fleet.a1.engine.require_pq()
    assert info.value.code == "sync.pq-not-all-upgraded" and "A2 laptop" in str(info.value)
    # A new agency's first laptop is post-quantum from the start.
    assert _own_chain(fleet.b1).current_agency_key()[1] == 2
    assert not _own_chain(fleet.b1).not_upgraded()
    # An idle round of an upgraded laptop is still one request, under a kilobyte.
    fleet.a1.sync()
    requests_made: list[int] = []
    fleet.a1.engine.client().session.hooks["response"].append(
        lambda resp, *a, **k: requests_made.append(len(resp.content)))
    report = fleet.a1.sync()
    assert len(requests_made) == 1
    assert report.bytes_sent + report.bytes_received < 1024


def test_2_referral_both_ways_between_classical_and_pq_agencies(
        fleet: Fleet, monkeypatch: pytest.MonkeyPatch) -> None:
    _stay_on_old_release(fleet.a2, monkeypatch)
    referral_id = _send_referral(fleet.a1, fleet.b_id, "New Harbour Clinic", "Ada")
    fleet.a1.sync()
    sent = _last_envelope(fleet.net.hub, fleet.b_id)
    # Each recipient in its own agency's suite: B post-quantum, A's own copy classical.
    assert sorted(sent.recipients) == sorted([(fleet.b_id, 0, 2), (fleet.a_id, 0, 1)])
    fleet.b1.sync()
    incoming = fleet.b1.session.referrals.get(referral_id)
    assert incoming.status == "received"
    fleet.b1.sync()  # the acknowledgement, sealed to both agencies, to A's mailbox
    back = _last_envelope(fleet.net.hub, fleet.a_id)
    assert back.sender_agency == fleet.b_id
    assert sorted(back.recipients) == sorted([(fleet.a_id, 0, 1), (fleet.b_id, 0, 2)])
    for laptop in (fleet.a1, fleet.a2):  # the old laptop reads it too
        laptop.sync()
        assert laptop.session.referrals.get(referral_id).status == "received"


def test_3_rotation_is_post_quantum_and_the_old_laptop_still_reads(
        fleet: Fleet, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _stay_on_old_release(fleet.a2, monkeypatch)
    lost = fleet.net.join("A3", fleet.a_id, "al", approver=fleet.a1)
    lost.sync()  # a new laptop: publishes the X-Wing key made at enrolment
    assert _own_chain(lost).devices[lost.device_id].pq_public
    fleet.a1.sync()
    fleet.a1.engine.revoke(lost.device_id)
    assert _own_chain(fleet.a1).current_agency_key()[:2] == (1, 2)
    # The old laptop's grant of the new key is classical (it has no X-Wing key yet).
    assert not grant_is_pq(_grant(fleet.net.hub, fleet.a2, 1), 2)
    client_id, _ = _intake(fleet.a1, "Rotated")
    fleet.a1.sync()
    assert _last_envelope(fleet.net.hub, fleet.a_id).recipients == ((fleet.a_id, 1, 2),)
    fleet.a2.sync()
    assert fleet.a2.session.clients.get(client_id).given_name == "Rotated"


def test_4_after_every_upgrade_the_agency_requires_pq(fleet: Fleet) -> None:
    fleet.a2.sync()  # the new release on A2: its key is made and published
    assert not _own_chain(fleet.a2).not_upgraded()
    fleet.a1.sync()
    fleet.a1.engine.require_pq()
    state = _own_chain(fleet.a1)
    assert state.require_pq and state.pq_since == 2
    assert fleet.a1.engine.pq_required()
    assert grant_is_pq(_grant(fleet.net.hub, fleet.a2, 2), 2)
    with pytest.raises(SyncSetupError) as info:
        fleet.a1.engine.require_pq()
    assert info.value.code == "sync.pq-already-required"
    client_id, _ = _intake(fleet.a2, "Sealed")
    fleet.a2.sync()
    assert _last_envelope(fleet.net.hub, fleet.a_id).recipients == ((fleet.a_id, 2, 2),)
    fleet.a1.sync()
    assert fleet.a1.session.clients.get(client_id).family_name == "Quantum"
    # The PQ partner B still exchanges referrals with A (both post-quantum now).
    referral_id = _send_referral(fleet.b1, fleet.a_id, "Old Town Outreach", "Bea")
    fleet.b1.sync()
    fleet.a1.sync()
    assert fleet.a1.session.referrals.get(referral_id).status == "received"


def _classical_to_a(fleet: Fleet) -> bytes:
    """What an old or careless laptop of C might seal: A's post-quantum key, C's classical."""
    keys = fleet.c1.engine.device_keys()
    assert keys is not None
    a_state = fleet.c1.engine.refresh_chain(fleet.a_id)
    c_state = _own_chain(fleet.c1)
    return envelope_mod.seal(
        kind="referral", batch={"v": 1, "messages": []}, mailbox=fleet.a_id, sender=keys,
        sender_agency=fleet.c_id,
        recipients=[(fleet.a_id, *a_state.current_agency_key()),
                    (fleet.c_id, *c_state.current_agency_key())],
        created_ms=1)


def test_5_classical_envelopes_to_a_pq_agency_are_refused_naming_the_laptop(
        fleet: Fleet) -> None:
    fleet.c1.sync()
    assert _own_chain(fleet.c1).current_agency_key()[1] == 1
    # The sender refuses to seal it, and says why.
    _send_referral(fleet.c1, fleet.a_id, "Old Town Outreach", "Cleo")
    report = fleet.c1.sync()
    assert report.messages_failed == 1
    assert any("requires the post-quantum suite" in n and fleet.c_id in n
               for n in report.notices)
    # The hub refuses it on a push.
    data = _classical_to_a(fleet)
    result = fleet.c1.engine.client().push(fleet.a_id, [data])
    assert [(r.status, r.reason) for r in result] == [("rejected", "classical-suite")]
    with fleet.net.hub.engine.begin() as conn:  # the hub operator sees which laptop sent it
        logged = conn.execute(select(hub_db.rejections.c.device_id).where(
            hub_db.rejections.c.reason == "classical-suite")).scalars().all()
    assert fleet.c1.device_id in logged
    # A hub that let it through (or an older hub): A's laptops refuse it, naming C1.
    parsed = envelope_mod.parse_envelope(data)
    with fleet.net.hub.engine.begin() as conn:
        seq = int(conn.execute(select(hub_db.mailboxes.c.next_seq)
                               .where(hub_db.mailboxes.c.id == fleet.a_id)).scalar_one())
        conn.execute(insert(hub_db.envelopes).values(
            mailbox_id=fleet.a_id, seq=seq, envelope_id=parsed.envelope_id,
            sender=parsed.sender, size=len(data), received_at=1, data=data))
        conn.execute(update(hub_db.mailboxes).where(hub_db.mailboxes.c.id == fleet.a_id)
                     .values(next_seq=seq + 1))
    report = fleet.a1.sync()
    assert (parsed.envelope_id, "classical-suite") in report.rejections
    assert any("C1 laptop" in n and fleet.c1.device_id in n for n in report.notices)


def _served_chain(fleet: Fleet) -> list[dict]:
    return fleet.b1.engine.client().get_chain(fleet.a_id, -1)


def _tamper_at_hub(fleet: Fleet, seq: int, wire: dict | None) -> None:
    with fleet.net.hub.engine.begin() as conn:
        if wire is None:
            conn.execute(hub_db.chain_entries.delete().where(
                hub_db.chain_entries.c.agency_id == fleet.a_id,
                hub_db.chain_entries.c.seq == seq))
        else:
            conn.execute(update(hub_db.chain_entries).where(
                hub_db.chain_entries.c.agency_id == fleet.a_id,
                hub_db.chain_entries.c.seq == seq).values(
                    wire=canonical_json(wire).decode("utf-8")))


def _restore_at_hub(fleet: Fleet, original: list[dict]) -> None:
    with fleet.net.hub.engine.begin() as conn:
        conn.execute(hub_db.chain_entries.delete().where(
            hub_db.chain_entries.c.agency_id == fleet.a_id))
        conn.execute(insert(hub_db.chain_entries), [
            {"agency_id": fleet.a_id, "seq": w["entry"]["seq"], "received_at": 1,
             "wire": canonical_json(w).decode("utf-8")} for w in original])


def test_6_a_hub_cannot_strip_substitute_or_drop_pq_from_the_chain(fleet: Fleet) -> None:
    original = _served_chain(fleet)
    root = fleet.a1.engine.agency_fingerprint()
    assert chain_mod.verify_chain(fleet.a_id, original, expected_root=root).require_pq
    a2_key = next(w for w in original if w["entry"]["op"] == "pq-key"
                  and w["entry"]["device"] == fleet.a2.device_id)
    policy = next(w for w in original if w["entry"].get("require_pq"))
    stripped = copy.deepcopy(a2_key)
    del stripped["entry"]["pq_pub"]
    substituted = copy.deepcopy(a2_key)
    substituted["entry"]["pq_pub"] = b64e(DeviceKeys.generate().pq_public)
    unpolicied = copy.deepcopy(policy)
    del unpolicied["entry"]["require_pq"]
    attempts = [(a2_key["entry"]["seq"], stripped, "bad-entry"),
                (a2_key["entry"]["seq"], substituted, "bad-signature"),
                (policy["entry"]["seq"], unpolicied, "bad-signature"),
                (a2_key["entry"]["seq"], None, "bad-seq")]
    try:
        for seq, wire, reason in attempts:
            _tamper_at_hub(fleet, seq, wire)
            served = _served_chain(fleet)
            assert served != original
            with pytest.raises(ChainError) as info:
                chain_mod.verify_chain(fleet.a_id, json.loads(json.dumps(served)),
                                       expected_root=root)
            assert info.value.reason == reason
            _restore_at_hub(fleet, original)
    finally:
        _restore_at_hub(fleet, original)
    assert chain_mod.verify_chain(fleet.a_id, _served_chain(fleet), expected_root=root)


def test_7_snapshot_and_bundle_are_sealed_post_quantum(fleet: Fleet, tmp_path: Path) -> None:
    fleet.a1.sync()
    made = fleet.a1.engine.make_snapshot()
    with fleet.net.hub.engine.begin() as conn:
        parts = [bytes(r.data) for r in conn.execute(
            select(hub_db.snapshot_parts.c.data)
            .where(hub_db.snapshot_parts.c.snapshot_id == made.snapshot_id))]
    assert parts and all(envelope_mod.parse_envelope(p).recipients == ((fleet.a_id, 2, 2),)
                         for p in parts)
    newcomer = fleet.net.join("A4", fleet.a_id, "ann", approver=fleet.a1)
    # Under the policy a key is granted only over X-Wing: the newcomer first publishes its
    # key, the approver grants on its next sync, then the newcomer restores.
    with pytest.raises(WaitingForKey):
        newcomer.sync()
    assert _own_chain(newcomer).devices[newcomer.device_id].pq_public
    fleet.a1.sync()
    assert grant_is_pq(_grant(fleet.net.hub, newcomer, 2), 2)
    report = newcomer.sync()
    assert report.restored_from == made.snapshot_id and not report.envelopes_rejected
    assert _own_chain(newcomer).require_pq

    client_id, _ = _intake(fleet.a1, "Carried")
    path = tmp_path / "stick.cdbundle"
    exported = export_bundle(fleet.a1.session, path, engine=fleet.a1.engine)
    assert exported.envelopes >= 1
    _, envelopes = read_bundle(path)
    assert all(all(suite == 2 for _, _, suite in envelope_mod.parse_envelope(e).recipients)
               for e in envelopes)
    imported = import_bundle(fleet.a2.session, path, engine=fleet.a2.engine)
    assert imported.applied >= 1 and not imported.rejected
    assert fleet.a2.session.clients.get(client_id).given_name == "Carried"


def test_8_a_store_restored_from_before_its_upgrade_says_it_lost_its_pq_key(
        fleet: Fleet) -> None:
    fleet.a2.sync()  # (takes what earlier tests left in the mailbox)
    keys = fleet.a2.engine.device_keys()
    assert keys is not None and keys.pq_private
    _as_before_this_release(fleet.a2)  # what a backup from before the upgrade holds
    try:
        report = fleet.a2.sync()
        assert any("post-quantum key is not the one" in n for n in report.notices)
        assert not report.envelopes_rejected  # it still reads with the keys it holds
    finally:
        fleet.a2.engine.state.set_meta(syncmeta.DEVICE_KEYS, keys.to_json())
    assert not fleet.a2.sync().notices
