"""The post-quantum suite: device X-Wing keys, grants over them, the chain's pq-key entries and
require-PQ policy, every way to strip or substitute them, and the one policy rule
(:func:`collabdesk.sync.suites.classical_for`) that sender, receiver and hub share."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from collabdesk.sync.canonical import b64d, b64e
from collabdesk.sync.chain import extend_chain, make_entry, signed_bytes, verify_chain
from collabdesk.sync.envelope import open_envelope, parse_envelope, seal
from collabdesk.sync.errors import ChainError, GrantError
from collabdesk.sync.keys import (
    AgencyKey,
    DeviceKeys,
    grant_is_pq,
    hpke_sealed_length,
    open_grant,
    seal_grant,
)
from collabdesk.sync.suites import classical_for
from tests.sync.test_chain import AGENCY, Agency

XWING_PUBLIC = 1216


def test_new_device_keys_carry_an_xwing_key_that_survives_the_vault_round_trip() -> None:
    keys = DeviceKeys.generate()
    assert len(keys.pq_public) == XWING_PUBLIC
    again = DeviceKeys.from_json(keys.to_json())
    assert again.pq_private == keys.pq_private and again.pq_public == keys.pq_public
    assert keys.fingerprint() == again.fingerprint()


def test_upgrade_adds_an_xwing_key_to_old_keys_and_keeps_the_rest() -> None:
    old = DeviceKeys(DeviceKeys.generate().sign_private, DeviceKeys.generate().kem_private)
    assert old.pq_public == b"" and "pq_private" not in old.to_json()
    assert DeviceKeys.from_json(old.to_json()) == old  # an old vault entry still loads
    new = old.with_pq()
    assert len(new.pq_public) == XWING_PUBLIC
    assert (new.device_id, new.fingerprint()) == (old.device_id, old.fingerprint())
    assert new.with_pq() is new  # upgrading twice keeps the key


@pytest.mark.parametrize("agency_suite", [1, 2])
def test_grant_to_an_upgraded_device_is_sealed_with_xwing(agency_suite: int) -> None:
    device, key = DeviceKeys.generate(), AgencyKey.generate(3, agency_suite)
    blob = seal_grant(key, AGENCY, device.device_id, device.kem_public, device.pq_public)
    assert grant_is_pq(blob, agency_suite)
    assert len(blob) == hpke_sealed_length(2, len(key.private))
    assert open_grant(blob, AGENCY, 3, agency_suite, device, expected_public=key.public) == key
    # The same agency key to a device without one: the classical suite, still opened.
    classical = seal_grant(key, AGENCY, device.device_id, device.kem_public)
    assert not grant_is_pq(classical, agency_suite)
    assert open_grant(classical, AGENCY, 3, agency_suite, device) == key


def test_pq_grant_is_bound_to_the_device_it_was_sealed_for() -> None:
    device, thief = DeviceKeys.generate(), DeviceKeys.generate()
    key = AgencyKey.generate(0, 2)
    blob = seal_grant(key, AGENCY, device.device_id, device.kem_public, device.pq_public)
    with pytest.raises(GrantError):
        open_grant(blob, AGENCY, 0, 2, thief)


def _upgraded(agency: Agency) -> Agency:
    agency.add_laptop()
    for keys in (agency.root, agency.laptop):
        agency.append(keys, "pq-key", pq_pub=keys.pq_public)
    return agency


def test_pq_key_entries_publish_each_device_key_and_feed_not_upgraded() -> None:
    agency = Agency()
    agency.add_laptop()
    assert {d.device_id for d in agency.state.not_upgraded()} == {
        agency.root.device_id, agency.laptop.device_id}
    agency.append(agency.laptop, "pq-key", pq_pub=agency.laptop.pq_public)
    state = verify_chain(AGENCY, json.loads(json.dumps(agency.wire)))
    assert state.devices[agency.laptop.device_id].pq_public == agency.laptop.pq_public
    assert [d.device_id for d in state.not_upgraded()] == [agency.root.device_id]


def test_a_device_publishes_only_its_own_pq_key_and_only_once() -> None:
    agency = Agency()
    agency.add_laptop()
    # The root, though active, cannot publish a key for the laptop (a key it could read).
    forged = copy.deepcopy(make_entry(agency.state, agency.laptop, "pq-key", 1,
                                      pq_pub=agency.root.pq_public))
    forged["entry"]["signer"] = agency.root.device_id
    forged["sig"] = b64e(agency.root.sign(signed_bytes(forged["entry"])))
    with pytest.raises(ChainError) as info:
        extend_chain(agency.state, [forged])
    assert info.value.code == "chain.pq-key-not-own"
    agency.append(agency.laptop, "pq-key", pq_pub=agency.laptop.pq_public)
    with pytest.raises(ChainError) as info:
        make_entry(agency.state, agency.laptop, "pq-key", 1, pq_pub=DeviceKeys.generate().pq_public)
    assert info.value.code == "chain.pq-key-twice"
    with pytest.raises(ChainError) as info:
        make_entry(agency.state, agency.root, "pq-key", 1, pq_pub=b"\xff" * 1216)
    assert info.value.code == "chain.pq-key-malformed"


def test_require_pq_needs_every_active_device_upgraded_and_a_suite_2_key() -> None:
    agency = Agency()
    agency.add_laptop()
    agency.append(agency.root, "pq-key", pq_pub=agency.root.pq_public)
    with pytest.raises(ChainError) as info:
        make_entry(agency.state, agency.root, "epoch", 1,
                   agency_key=AgencyKey.generate(1, 2), require_pq=True)
    assert info.value.code == "chain.require-pq-not-upgraded"
    agency.append(agency.laptop, "pq-key", pq_pub=agency.laptop.pq_public)
    with pytest.raises(ChainError) as info:
        make_entry(agency.state, agency.root, "epoch", 1,
                   agency_key=AgencyKey.generate(1, 1), require_pq=True)
    assert info.value.code == "chain.require-pq-classical-epoch"
    agency.append(agency.root, "epoch", agency_key=AgencyKey.generate(1, 2), require_pq=True)
    assert agency.state.require_pq and agency.state.pq_since == 1
    # Once required, every later epoch is post-quantum, with or without the field again.
    agency.append(agency.root, "revoke", device=agency.laptop.device_id)
    with pytest.raises(ChainError) as info:
        make_entry(agency.state, agency.root, "epoch", 1, agency_key=AgencyKey.generate(2, 1))
    assert info.value.code == "chain.require-pq-classical-epoch"
    agency.append(agency.root, "epoch", agency_key=AgencyKey.generate(2, 2))
    state = verify_chain(AGENCY, json.loads(json.dumps(agency.wire)))
    assert state.pq_since == 1 and state.current_agency_key()[1] == 2


# -- downgrade attempts: what a hub (or anyone on the path) might do to the chain it serves --


def _required() -> Agency:
    agency = _upgraded(Agency())
    agency.append(agency.root, "epoch", agency_key=AgencyKey.generate(1, 2), require_pq=True)
    agency.append(agency.root, "add", sign_pub=DeviceKeys.generate().sign_public,
                  kem_pub=DeviceKeys.generate().kem_public, label="Later laptop")
    return agency


def _seq_of(wire: list[dict[str, Any]], op: str, **match: object) -> int:
    return next(i for i, w in enumerate(wire) if w["entry"]["op"] == op
                and all(w["entry"].get(k) == v for k, v in match.items()))


def _reason_of(wire: list[dict[str, Any]], root: str) -> str:
    with pytest.raises(ChainError) as info:
        verify_chain(AGENCY, wire, expected_root=root)
    return info.value.reason


def test_stripping_a_pq_key_fails_the_chain() -> None:
    agency = _required()
    wire = copy.deepcopy(agency.wire)
    i = _seq_of(wire, "pq-key", device=agency.laptop.device_id)
    # Turned into the entry the hub would like (no key): no longer that op's fields...
    del wire[i]["entry"]["pq_pub"]
    assert _reason_of(wire, agency.root.device_id) == "bad-entry"
    # ...and dropped altogether, the next entry's hash link breaks.
    wire = copy.deepcopy(agency.wire)
    del wire[i]
    assert _reason_of(wire, agency.root.device_id) in ("bad-seq", "bad-prev")


def test_substituting_a_pq_key_fails_the_signature() -> None:
    agency = _required()
    wire = copy.deepcopy(agency.wire)
    i = _seq_of(wire, "pq-key", device=agency.laptop.device_id)
    wire[i]["entry"]["pq_pub"] = b64e(DeviceKeys.generate().pq_public)  # the hub's own key
    assert _reason_of(wire, agency.root.device_id) == "bad-signature"


def test_removing_the_require_pq_policy_fails_the_signature() -> None:
    agency = _required()
    wire = copy.deepcopy(agency.wire)
    i = _seq_of(wire, "epoch", epoch=1)
    del wire[i]["entry"]["require_pq"]
    assert _reason_of(wire, agency.root.device_id) == "bad-signature"
    wire[i]["entry"]["require_pq"] = False
    assert _reason_of(wire, agency.root.device_id) == "bad-signature"


def test_substituting_the_suite_2_agency_key_fails_the_signature() -> None:
    agency = _required()
    wire = copy.deepcopy(agency.wire)
    i = _seq_of(wire, "epoch", epoch=1)
    wire[i]["entry"]["agency_pub"] = b64e(AgencyKey.generate(1, 2).public)
    assert _reason_of(wire, agency.root.device_id) == "bad-signature"
    # Nor can the epoch be made classical again under the policy.
    wire[i]["entry"]["agency_pub"] = b64e(AgencyKey.generate(1, 1).public)
    wire[i]["entry"]["suite"] = 1
    assert _reason_of(wire, agency.root.device_id) in ("bad-signature", "bad-epoch")


def test_extend_chain_applies_the_same_rules_to_new_entries() -> None:
    agency = _upgraded(Agency())
    before = verify_chain(AGENCY, agency.wire)
    agency.append(agency.root, "epoch", agency_key=AgencyKey.generate(1, 2), require_pq=True)
    forged = copy.deepcopy(agency.wire[-1])
    del forged["entry"]["require_pq"]
    with pytest.raises(ChainError) as info:
        extend_chain(before, [forged])
    assert info.value.reason == "bad-signature"
    assert extend_chain(before, [agency.wire[-1]]).require_pq


# -- the policy rule ------------------------------------------------------------------------


def test_classical_for_applies_todays_policy_when_sending_and_epochs_when_reading() -> None:
    since = {"a": 3, "b": None}.get
    pq_a, pq_b, classical_b = ("a", 3, 2), ("b", 0, 2), ("b", 0, 1)
    assert classical_for([pq_a, pq_b], since, history=False) is None
    assert classical_for([pq_a, classical_b], since, history=False) == "a"
    assert classical_for([("a", 1, 1)], since, history=False) == "a"  # an old epoch, now
    assert classical_for([classical_b], since, history=False) is None  # b requires nothing
    # Already in a mailbox: only envelopes sealed to an epoch under the policy are held to it.
    assert classical_for([("a", 1, 1), classical_b], since, history=True) is None
    assert classical_for([pq_a, classical_b], since, history=True) == "a"


def test_envelope_of_mixed_suites_opens_for_each_recipient() -> None:
    pq_key, classical_key = AgencyKey.generate(0, 2), AgencyKey.generate(0, 1)
    sender = DeviceKeys.generate()
    data = seal(kind="referral", batch={"v": 1}, mailbox="b", sender=sender,
                sender_agency="a", recipients=[("b", 0, 2, pq_key.public),
                                               ("a", 0, 1, classical_key.public)],
                created_ms=1)
    env = parse_envelope(data)
    assert env.recipients == (("b", 0, 2), ("a", 0, 1))
    assert [len(w) for w in env.wrapped] == [1168, 80]
    _, batch = open_envelope(data, mailbox="b", sender_public=sender.sign_public,
                             agency_keys={("b", 0): pq_key})
    assert batch == {"v": 1}
    assert b64d(b64e(data)) == data
