"""The agency device chain: what verifies, and every way a hub or a stray device can't forge it."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from collabdesk.sync.canonical import b64d, b64e
from collabdesk.sync.chain import (
    ChainState,
    entry_hash,
    extend_chain,
    genesis,
    make_entry,
    signed_bytes,
    verify_chain,
)
from collabdesk.sync.errors import ChainError
from collabdesk.sync.keys import AgencyKey, DeviceKeys

AGENCY = "agency-a"
TS = 1_750_000_000


def _reason(agency: str, wire: list[dict[str, Any]], **kwargs: Any) -> str:
    with pytest.raises(ChainError) as info:
        verify_chain(agency, wire, **kwargs)
    return info.value.reason


def _wire_round_trip(wire: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # What the hub stores and serves is JSON; verification must not depend on key order.
    return json.loads(json.dumps(wire))


class Agency:
    """An agency with a root device, a second laptop and its wire chain."""

    def __init__(self, agency_id: str = AGENCY) -> None:
        self.agency_id = agency_id
        self.root = DeviceKeys.generate()
        self.laptop = DeviceKeys.generate()
        self.key0 = AgencyKey.generate(0)
        self.wire = genesis(agency_id, self.root, "Front desk", self.key0, TS)
        self.state = verify_chain(agency_id, self.wire)

    def append(self, signer: DeviceKeys, op: str, **fields: object) -> dict[str, Any]:
        wire = make_entry(self.state, signer, op, TS + self.state.next_seq, **fields)
        self.wire.append(wire)
        self.state = extend_chain(self.state, [wire])
        return wire

    def add_laptop(self) -> None:
        self.append(self.root, "add", sign_pub=self.laptop.sign_public,
                    kem_pub=self.laptop.kem_public, label="Outreach laptop")


@pytest.fixture
def agency() -> Agency:
    return Agency()


def test_genesis_verifies_and_describes_the_root_and_epoch_0(agency: Agency) -> None:
    state = verify_chain(AGENCY, _wire_round_trip(agency.wire),
                         expected_root=agency.root.device_id)
    assert state.next_seq == 2 and state.root == agency.root.device_id
    root = state.active_device(agency.root.device_id)
    assert root is not None and root.label == "Front desk"
    assert root.fingerprint() == agency.root.fingerprint()
    assert state.current_epoch() == 0
    assert state.current_agency_key() == (0, 1, agency.key0.public)
    assert state.head == entry_hash(agency.wire[-1]["entry"])
    assert agency.wire[1]["entry"]["prev"] == entry_hash(agency.wire[0]["entry"])
    assert agency.wire[0]["entry"]["prev"] == ""


def test_root_can_be_pinned_by_the_fingerprint_a_person_compared(agency: Agency) -> None:
    typed = agency.root.fingerprint().lower().replace(" ", "-")
    verify_chain(AGENCY, agency.wire, expected_root=typed)


def test_add_revoke_and_rotate(agency: Agency) -> None:
    agency.add_laptop()
    assert agency.state.active_device(agency.laptop.device_id) is not None
    # The new laptop is active and may itself sign the next entry.
    key1 = AgencyKey.generate(1, 2)
    agency.append(agency.laptop, "epoch", agency_key=key1)
    agency.append(agency.laptop, "revoke", device=agency.root.device_id)
    assert agency.state.rotation_pending
    assert agency.state.active_device(agency.root.device_id) is None
    assert agency.state.device(agency.root.device_id) is not None  # history stays readable
    key2 = AgencyKey.generate(2)
    agency.append(agency.laptop, "epoch", agency_key=key2)
    assert not agency.state.rotation_pending
    assert dict(agency.state.epochs) == {0: (1, agency.key0.public), 1: (2, key1.public),
                                         2: (1, key2.public)}
    full = verify_chain(AGENCY, _wire_round_trip(agency.wire))
    assert full == agency.state


def test_extend_chain_matches_full_verification_and_refuses_a_repeat(agency: Agency) -> None:
    base = verify_chain(AGENCY, agency.wire)
    agency.add_laptop()
    assert extend_chain(base, agency.wire[2:]) == verify_chain(AGENCY, agency.wire)
    with pytest.raises(ChainError) as info:
        extend_chain(agency.state, [agency.wire[-1]])  # the same entry pushed twice
    assert info.value.reason == "bad-seq"


def test_hub_substituting_its_own_agency_key_fails(agency: Agency) -> None:
    hub_key = AgencyKey.generate(0)
    forged = _wire_round_trip(agency.wire)
    forged[1]["entry"]["agency_pub"] = b64e(hub_key.public)
    assert _reason(AGENCY, forged) == "bad-signature"


def test_hub_appending_an_epoch_signed_with_its_own_key_fails(agency: Agency) -> None:
    hub = DeviceKeys.generate()
    hub_key = AgencyKey.generate(1)
    # Signed by the hub under its own id: it is not on the list.
    entry = {"v": 1, "agency": AGENCY, "seq": 2, "prev": agency.state.head, "op": "epoch",
             "device": hub.device_id, "epoch": 1, "suite": 1, "agency_pub": b64e(hub_key.public),
             "signer": hub.device_id, "ts": TS}
    wire = {"entry": entry, "sig": b64e(hub.sign(signed_bytes(entry)))}
    assert _reason(AGENCY, [*agency.wire, wire]) == "unknown-signer"
    # Signed by the hub while claiming to be the root device.
    entry = {**entry, "device": agency.root.device_id, "signer": agency.root.device_id}
    wire = {"entry": entry, "sig": b64e(hub.sign(signed_bytes(entry)))}
    assert _reason(AGENCY, [*agency.wire, wire]) == "bad-signature"


def test_hub_serving_a_chain_of_its_own_making_fails_the_root_pin(agency: Agency) -> None:
    hub = DeviceKeys.generate()
    fake = genesis(AGENCY, hub, "Front desk", AgencyKey.generate(0), TS)
    verify_chain(AGENCY, fake)  # self-consistent, which is why the root must be pinned
    assert _reason(AGENCY, fake, expected_root=agency.root.device_id) == "root-mismatch"
    assert _reason(AGENCY, fake, expected_root=agency.root.fingerprint()) == "root-mismatch"


def test_entry_signed_by_a_revoked_device_fails(agency: Agency) -> None:
    agency.add_laptop()
    agency.append(agency.root, "revoke", device=agency.laptop.device_id)
    agency.append(agency.root, "epoch", agency_key=AgencyKey.generate(1))
    snapshot = agency.state
    with pytest.raises(ChainError) as info:
        make_entry(snapshot, agency.laptop, "epoch", TS, agency_key=AgencyKey.generate(2))
    assert info.value.reason == "revoked-signer"
    # Built by hand, as a stolen laptop would, and offered to a verifier.
    thief = DeviceKeys.generate()
    entry = {"v": 1, "agency": AGENCY, "seq": snapshot.next_seq, "prev": snapshot.head,
             "op": "add", "device": thief.device_id, "sign_pub": b64e(thief.sign_public),
             "kem_pub": b64e(thief.kem_public), "label": "Thief",
             "signer": agency.laptop.device_id, "ts": TS}
    wire = {"entry": entry, "sig": b64e(agency.laptop.sign(signed_bytes(entry)))}
    assert _reason(AGENCY, [*agency.wire, wire]) == "revoked-signer"


def test_a_fork_with_two_entries_of_the_same_seq_fails(agency: Agency) -> None:
    base = agency.state
    first = make_entry(base, agency.root, "add", TS, sign_pub=agency.laptop.sign_public,
                       kem_pub=agency.laptop.kem_public, label="Laptop")
    second = make_entry(base, agency.root, "epoch", TS, agency_key=AgencyKey.generate(1))
    assert first["entry"]["seq"] == second["entry"]["seq"] == 2
    assert _reason(AGENCY, [*agency.wire, first, second]) == "bad-seq"
    # Either branch alone is a valid chain: a fork is only visible side by side.
    verify_chain(AGENCY, [*agency.wire, first])
    verify_chain(AGENCY, [*agency.wire, second])


def test_gaps_reordering_and_broken_links_fail(agency: Agency) -> None:
    agency.add_laptop()
    agency.append(agency.laptop, "epoch", agency_key=AgencyKey.generate(1))
    wire = agency.wire
    assert _reason(AGENCY, [wire[0], wire[1], wire[3]]) == "bad-seq"
    assert _reason(AGENCY, [wire[0], wire[1], wire[3], wire[2]]) == "bad-seq"
    relinked = copy.deepcopy(wire)
    relinked[3]["entry"]["prev"] = relinked[2]["entry"]["prev"]
    assert _reason(AGENCY, relinked) == "bad-prev"


def test_entries_of_another_agency_fail(agency: Agency) -> None:
    assert _reason("agency-b", agency.wire) == "wrong-agency"


def test_root_rules(agency: Agency) -> None:
    assert _reason(AGENCY, []) == "empty"
    assert _reason(AGENCY, agency.wire[:1]) == "bad-root"
    # Entry 0 signed by someone other than the device it adds.
    other = DeviceKeys.generate()
    entry0 = dict(agency.wire[0]["entry"])
    wire0 = {"entry": entry0, "sig": b64e(other.sign(signed_bytes(entry0)))}
    assert _reason(AGENCY, [wire0, agency.wire[1]]) == "bad-signature"
    entry0 = {**entry0, "signer": other.device_id}
    wire0 = {"entry": entry0, "sig": b64e(other.sign(signed_bytes(entry0)))}
    assert _reason(AGENCY, [wire0]) == "bad-root"
    # Entry 1 must be epoch 0, not another add.
    state0 = extend_chain(ChainState(AGENCY, 0, "", {}, {}), agency.wire[:1])
    with pytest.raises(ChainError) as info:
        make_entry(state0, agency.root, "add", TS, sign_pub=other.sign_public,
                   kem_pub=other.kem_public, label="Second")
    assert info.value.reason == "bad-root"


@pytest.mark.parametrize(("op", "reason"), [
    ("add-during-rotation", "rotation-pending"),
    ("revoke-last", "last-device"),
    ("add-twice", "duplicate-device"),
    ("readd-revoked", "duplicate-device"),
    ("revoke-unknown", "unknown-device"),
    ("epoch-skip", "bad-epoch"),
    ("epoch-bad-key", "bad-epoch"),
    ("epoch-bad-suite", "bad-epoch"),
])
def test_chain_rules_refuse_bad_operations(agency: Agency, op: str, reason: str) -> None:
    laptop = {"sign_pub": agency.laptop.sign_public, "kem_pub": agency.laptop.kem_public,
              "label": "Laptop"}
    if op in ("add-during-rotation", "readd-revoked", "add-twice"):
        agency.append(agency.root, "add", **laptop)
    if op in ("add-during-rotation", "readd-revoked"):
        agency.append(agency.root, "revoke", device=agency.laptop.device_id)
    if op == "readd-revoked":
        agency.append(agency.root, "epoch", agency_key=AgencyKey.generate(1))
    fields: dict[str, object] = {
        "add-during-rotation": {"sign_pub": DeviceKeys.generate().sign_public,
                                "kem_pub": bytes(32), "label": "New"},
        "revoke-last": {"device": agency.root.device_id},
        "add-twice": laptop,
        "readd-revoked": laptop,
        "revoke-unknown": {"device": agency.laptop.device_id},
        "epoch-skip": {"agency_key": AgencyKey.generate(2)},
        "epoch-bad-key": {"epoch": 1, "suite": 2, "agency_pub": bytes(32)},
        "epoch-bad-suite": {"epoch": 1, "suite": 3, "agency_pub": bytes(32)},
    }[op]
    kind = op.split("-")[0]
    kind = {"revoke": "revoke", "epoch": "epoch"}.get(kind, "add")
    with pytest.raises(ChainError) as info:
        make_entry(agency.state, agency.root, kind, TS, **fields)
    assert info.value.reason == reason
    assert str(info.value)  # a sentence for the log and the UI


@pytest.mark.parametrize("mutate", [
    lambda e: e.update(extra="x"),
    lambda e: e.update(seq=True),
    lambda e: e.update(v=2),
    lambda e: e.update(ts=-1),
    lambda e: e.update(op="promote"),
    lambda e: e.update(label=""),
    lambda e: e.update(kem_pub="AA="),
    lambda e: e.update(device="0" * 32),
    lambda e: e.pop("label"),
])
def test_malformed_entries_fail_even_when_properly_signed(agency: Agency, mutate: Any) -> None:
    agency.add_laptop()
    entry = copy.deepcopy(agency.wire[2]["entry"])
    mutate(entry)
    wire = {"entry": entry, "sig": b64e(agency.root.sign(signed_bytes(entry)))}
    assert _reason(AGENCY, [*agency.wire[:2], wire]) == "bad-entry"


def test_signature_must_be_exactly_one_ed25519_signature(agency: Agency) -> None:
    wire = copy.deepcopy(agency.wire)
    wire[1]["sig"] = b64e(b64d(wire[1]["sig"]) + b"\x00")
    assert _reason(AGENCY, wire) == "bad-entry"
    wire[1]["sig"] = b64e(bytes(64))
    assert _reason(AGENCY, wire) == "bad-signature"
    assert _reason(AGENCY, [{"entry": agency.wire[0]["entry"]}, agency.wire[1]]) == "bad-entry"


def test_make_entry_refuses_unknown_fields_and_ops(agency: Agency) -> None:
    with pytest.raises(TypeError):
        make_entry(agency.state, agency.root, "revoke", TS, device="x", colour="red")
    with pytest.raises(ValueError):
        make_entry(agency.state, agency.root, "promote", TS)


def test_hostile_nesting_in_an_entry_is_a_refusal_not_a_crash(agency: Agency) -> None:
    nested: list[Any] = []
    for _ in range(5000):
        nested = [nested]
    entry = {**agency.wire[1]["entry"], "suite": nested}
    assert _reason(AGENCY, [agency.wire[0], {"entry": entry, "sig": b64e(bytes(64))}]) \
        == "bad-entry"
