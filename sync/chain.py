"""The agency device chain: an append-only, hash-linked, signed list of devices and agency keys.

Entry 0 adds the agency's root device and is signed by it; entry 1 publishes agency key
epoch 0. Every later entry is signed by a device active at that point, so the hub, which
only stores and serves the chain, cannot add a device or substitute an agency key.
Verification applies the rules of docs/sync-protocol.md in order and raises ChainError.

Post-quantum rollout: a ``pq-key`` entry, signed by the device itself, publishes its X-Wing
key; an ``epoch`` entry may carry ``"require_pq": true`` (only once every active device has
published one, and only with a suite 2 key), after which every later epoch is suite 2. Both are
under the entries' signatures, so a hub cannot strip, substitute or drop them without the
chain failing to verify.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from collabdesk.sync.canonical import b64d, b64e, canonical_json
from collabdesk.sync.errors import ChainError
from collabdesk.sync.keys import (
    PUBLIC_KEY_LENGTH,
    SUITE_MLKEM768_X25519,
    SUITES,
    AgencyKey,
    DeviceKeys,
    device_id_for,
    fingerprint,
    hpke_public_key,
    is_agency_id,
    is_device_id,
    normalise_fingerprint,
)

CHAIN_DOMAIN = b"collabdesk-chain-v1\n"
MAX_LABEL = 200

_COMMON = frozenset({"v", "agency", "seq", "prev", "op", "device", "signer", "ts"})
_FIELDS: dict[str, frozenset[str]] = {
    "add": _COMMON | {"sign_pub", "kem_pub", "label"},
    "revoke": _COMMON,
    "epoch": _COMMON | {"epoch", "suite", "agency_pub"},
    "pq-key": _COMMON | {"pq_pub"},
}
# Fields an entry of that operation may carry besides its own.
_OPTIONAL: dict[str, frozenset[str]] = {"epoch": frozenset({"require_pq"})}


@dataclass(frozen=True)
class ChainDevice:
    device_id: str
    sign_public: bytes
    kem_public: bytes
    label: str
    active: bool
    pq_public: bytes = b""  # X-Wing key from its pq-key entry; b"" = not upgraded yet

    def fingerprint(self) -> str:
        return fingerprint(self.sign_public, self.kem_public)


@dataclass(frozen=True)
class ChainState:
    """What a verified chain says: its devices, its agency keys and where it ends."""

    agency_id: str
    next_seq: int
    head: str  # b64 SHA-256 of the last entry's signed bytes: the next entry's "prev"
    devices: Mapping[str, ChainDevice]
    epochs: Mapping[int, tuple[int, bytes]]  # epoch -> (suite, agency public key)
    root: str = ""
    # A device was revoked and no new epoch has been published yet: seal nothing until then.
    rotation_pending: bool = False
    # The first epoch published with "require_pq" (None: the agency does not require it).
    pq_since: int | None = None

    @property
    def require_pq(self) -> bool:
        return self.pq_since is not None

    def not_upgraded(self) -> list[ChainDevice]:
        """Active devices that have not published a post-quantum key yet."""
        return [d for d in self.devices.values() if d.active and not d.pq_public]

    def active_device(self, device_id: str) -> ChainDevice | None:
        device = self.devices.get(device_id)
        return device if device is not None and device.active else None

    def device(self, device_id: str) -> ChainDevice | None:
        """A device ever added to the chain, active or revoked."""
        return self.devices.get(device_id)

    def active_devices(self) -> list[ChainDevice]:
        return [d for d in self.devices.values() if d.active]

    def current_epoch(self) -> int:
        if not self.epochs:
            raise ChainError("bad-root", "chain.no-agency-key-yet")
        return max(self.epochs)

    def current_agency_key(self) -> tuple[int, int, bytes]:
        """(epoch, suite, public key) that new envelopes to this agency are sealed to."""
        epoch = self.current_epoch()
        suite, public = self.epochs[epoch]
        return epoch, suite, public


def signed_bytes(entry: Mapping[str, Any]) -> bytes:
    """The bytes an entry's signature covers."""
    return CHAIN_DOMAIN + canonical_json(entry)


def entry_hash(entry: Mapping[str, Any]) -> str:
    """b64 SHA-256 of an entry's signed bytes (what the next entry's ``prev`` holds)."""
    return b64e(hashlib.sha256(signed_bytes(entry)).digest())


@dataclass
class _Work:
    """Mutable state while verifying; frozen into a ChainState at the end."""

    agency_id: str
    next_seq: int = 0
    head: str = ""
    devices: dict[str, ChainDevice] = field(default_factory=dict)
    epochs: dict[int, tuple[int, bytes]] = field(default_factory=dict)
    root: str = ""
    rotation_pending: bool = False
    pq_since: int | None = None

    @classmethod
    def of(cls, state: ChainState) -> _Work:
        return cls(state.agency_id, state.next_seq, state.head, dict(state.devices),
                   dict(state.epochs), state.root, state.rotation_pending, state.pq_since)

    def freeze(self) -> ChainState:
        return ChainState(self.agency_id, self.next_seq, self.head,
                          MappingProxyType(dict(self.devices)), MappingProxyType(dict(self.epochs)),
                          self.root, self.rotation_pending, self.pq_since)


def _int(entry: Mapping[str, Any], key: str) -> int:
    value = entry[key]
    if type(value) is not int or value < 0:
        raise ChainError("bad-entry", "chain.field-not-integer", key=key)
    return value


def _bytes(entry: Mapping[str, Any], key: str, length: int | None = None) -> bytes:
    try:
        value = b64d(entry[key])
    except ValueError as exc:
        raise ChainError("bad-entry", "chain.field-not-base64", key=key) from exc
    if length is not None and len(value) != length:
        raise ChainError("bad-entry", "chain.field-wrong-size", key=key)
    return value


def _apply(work: _Work, wire: object) -> None:
    """Check one wire entry against the chain so far and fold it in (rules in protocol order)."""
    if not isinstance(wire, Mapping) or set(wire) != {"entry", "sig"}:
        raise ChainError("bad-entry", "chain.entry-not-a-pair")
    entry = wire["entry"]
    if not isinstance(entry, Mapping) or not all(isinstance(k, str) for k in entry):
        raise ChainError("bad-entry")
    op = entry.get("op")
    if not isinstance(op, str) or op not in _FIELDS or not (
            _FIELDS[op] <= set(entry) <= _FIELDS[op] | _OPTIONAL.get(op, frozenset())):
        raise ChainError("bad-entry", "chain.entry-unknown-operation")
    if type(entry["v"]) is not int or entry["v"] != 1:
        raise ChainError("bad-entry", "chain.entry-unsupported-version")
    if entry["agency"] != work.agency_id:
        raise ChainError("wrong-agency")
    seq = _int(entry, "seq")
    _int(entry, "ts")
    if seq != work.next_seq:
        raise ChainError("bad-seq",
                         "chain.entry-out-of-sequence", seq=seq, expected=work.next_seq)
    if entry["prev"] != work.head:
        raise ChainError("bad-prev")
    signer, device = entry["signer"], entry["device"]
    if not is_device_id(signer) or not is_device_id(device):
        raise ChainError("bad-entry", "chain.entry-malformed-device-id")
    signature = _bytes(wire, "sig", 64)
    try:
        message = signed_bytes(entry)
    except (TypeError, ValueError) as exc:
        raise ChainError("bad-entry") from exc

    added: ChainDevice | None = None
    if op == "add":
        sign_pub = _bytes(entry, "sign_pub", 32)
        kem_pub = _bytes(entry, "kem_pub", 32)
        label = entry["label"]
        if not isinstance(label, str) or not 0 < len(label) <= MAX_LABEL:
            raise ChainError("bad-entry", "chain.device-label-length")
        if device_id_for(sign_pub) != device:
            raise ChainError("bad-entry", "chain.device-id-key-mismatch")
        added = ChainDevice(device, sign_pub, kem_pub, label, True)

    # Who may sign: entry 0 its own root device, later entries an active device.
    if seq == 0:
        if added is None or signer != device:
            raise ChainError("bad-root")
        signer_public = added.sign_public
    else:
        if seq == 1 and (op != "epoch" or entry["epoch"] != 0):
            raise ChainError("bad-root")
        known = work.devices.get(signer)
        if known is None:
            raise ChainError("unknown-signer")
        if not known.active:
            raise ChainError("revoked-signer")
        signer_public = known.sign_public
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(signer_public).verify(signature, message)
    except (InvalidSignature, ValueError) as exc:
        raise ChainError("bad-signature", "chain.entry-bad-signature", seq=seq) from exc

    if op == "add":
        assert added is not None
        if device in work.devices:
            raise ChainError("duplicate-device")
        if work.rotation_pending:
            raise ChainError("rotation-pending")
        work.devices[device] = added
        if seq == 0:
            work.root = device
    elif op == "revoke":
        target = work.devices.get(device)
        if target is None or not target.active:
            raise ChainError("unknown-device")
        if sum(1 for d in work.devices.values() if d.active) == 1:
            raise ChainError("last-device")
        work.devices[device] = replace(target, active=False)
        work.rotation_pending = True
    elif op == "pq-key":
        target = work.devices.get(device)
        if device != signer or target is None:
            raise ChainError("bad-entry", "chain.pq-key-not-own")
        if target.pq_public:
            raise ChainError("bad-entry", "chain.pq-key-twice")
        pq_pub = _bytes(entry, "pq_pub", PUBLIC_KEY_LENGTH[SUITE_MLKEM768_X25519])
        try:
            hpke_public_key(SUITE_MLKEM768_X25519, pq_pub)
        except ValueError as exc:
            raise ChainError("bad-entry", "chain.pq-key-malformed") from exc
        work.devices[device] = replace(target, pq_public=pq_pub)
    else:
        epoch, suite = _int(entry, "epoch"), entry["suite"]
        if device != signer:
            raise ChainError("bad-entry", "chain.epoch-signer-not-device")
        expected = max(work.epochs) + 1 if work.epochs else 0
        if epoch != expected:
            raise ChainError("bad-epoch",
                             "chain.epoch-out-of-order", epoch=epoch, expected=expected)
        if type(suite) is not int or suite not in SUITES:
            raise ChainError("bad-epoch", "chain.suite-unsupported", suite=suite)
        public = _bytes(entry, "agency_pub")
        try:
            hpke_public_key(suite, public)
        except ValueError as exc:
            raise ChainError("bad-epoch", "chain.agency-key-malformed") from exc
        if "require_pq" in entry:
            if entry["require_pq"] is not True:
                raise ChainError("bad-epoch", "chain.require-pq-not-true")
            if any(d.active and not d.pq_public for d in work.devices.values()):
                raise ChainError("bad-epoch", "chain.require-pq-not-upgraded")
        if ("require_pq" in entry or work.pq_since is not None) \
                and suite != SUITE_MLKEM768_X25519:
            raise ChainError("bad-epoch", "chain.require-pq-classical-epoch", suite=suite)
        work.epochs[epoch] = (suite, public)
        work.rotation_pending = False
        if "require_pq" in entry and work.pq_since is None:
            work.pq_since = epoch

    work.next_seq += 1
    work.head = b64e(hashlib.sha256(message).digest())


def _matches_root(state: ChainState, expected_root: str) -> bool:
    if is_device_id(expected_root):
        return state.root == expected_root
    root = state.devices[state.root]
    return normalise_fingerprint(expected_root) == normalise_fingerprint(root.fingerprint())


def verify_chain(
    agency_id: str, wire_entries: Sequence[Mapping[str, Any]], *,
    expected_root: str | None = None,
) -> ChainState:
    """Verify a whole chain from entry 0; raises ChainError(reason).

    ``expected_root`` pins the root device, as a device id or as the fingerprint a person
    compared out of band; without it a hub could serve a complete chain of its own making.
    """
    if not is_agency_id(agency_id):
        raise ChainError("wrong-agency", "chain.agency-id-malformed")
    if not wire_entries:
        raise ChainError("empty")
    work = _Work(agency_id)
    for wire in wire_entries:
        _apply(work, wire)
    if work.next_seq < 2:
        raise ChainError("bad-root")
    state = work.freeze()
    if expected_root is not None and not _matches_root(state, expected_root):
        raise ChainError("root-mismatch")
    return state


def extend_chain(state: ChainState, wire_entries: Sequence[Mapping[str, Any]]) -> ChainState:
    """Verify entries that continue ``state`` and return the state after them."""
    work = _Work.of(state)
    for wire in wire_entries:
        _apply(work, wire)
    return work.freeze()


def make_entry(state: ChainState, signer: DeviceKeys, op: str, ts: int, **fields: object) -> dict:
    """Build and sign the next wire entry; raises ChainError if the chain would not accept it.

    Fields by operation: ``add``: sign_pub, kem_pub (bytes), label; ``revoke``: device;
    ``epoch``: agency_key (an AgencyKey), or epoch, suite and agency_pub, and optionally
    require_pq=True; ``pq-key``: pq_pub (the signer's own X-Wing public key).
    """
    entry: dict[str, Any] = {
        "v": 1, "agency": state.agency_id, "seq": state.next_seq, "prev": state.head,
        "op": op, "signer": signer.device_id, "ts": ts,
    }
    extra = dict(fields)
    if op == "add":
        sign_pub = extra.pop("sign_pub")
        if not isinstance(sign_pub, bytes):
            raise TypeError("sign_pub must be bytes")
        entry.update(device=device_id_for(sign_pub), sign_pub=sign_pub,
                     kem_pub=extra.pop("kem_pub"), label=extra.pop("label"))
    elif op == "revoke":
        entry["device"] = extra.pop("device")
    elif op == "epoch":
        key = extra.pop("agency_key", None)
        if isinstance(key, AgencyKey):
            entry.update(epoch=key.epoch, suite=key.suite, agency_pub=key.public)
        else:
            entry.update(epoch=extra.pop("epoch"), suite=extra.pop("suite"),
                         agency_pub=extra.pop("agency_pub"))
        entry["device"] = signer.device_id
        if extra.pop("require_pq", False):
            entry["require_pq"] = True
    elif op == "pq-key":
        entry.update(device=signer.device_id, pq_pub=extra.pop("pq_pub"))
    else:
        raise ValueError(f"unknown chain operation {op!r}")
    if extra:
        raise TypeError(f"unexpected fields for {op!r}: {sorted(extra)}")
    entry = {k: b64e(v) if isinstance(v, bytes) else v for k, v in entry.items()}
    wire = {"entry": entry, "sig": b64e(signer.sign(signed_bytes(entry)))}
    extend_chain(state, [wire])
    return wire


def genesis(
    agency_id: str, keys: DeviceKeys, label: str, agency_key: AgencyKey, ts: int
) -> list[dict]:
    """Wire entries 0 (the root device adds itself) and 1 (agency key epoch 0)."""
    if agency_key.epoch != 0:
        raise ValueError("the first agency key must be epoch 0")
    empty = ChainState(agency_id, 0, "", MappingProxyType({}), MappingProxyType({}))
    first = make_entry(empty, keys, "add", ts, sign_pub=keys.sign_public,
                       kem_pub=keys.kem_public, label=label)
    second = make_entry(extend_chain(empty, [first]), keys, "epoch", ts, agency_key=agency_key)
    return [first, second]
