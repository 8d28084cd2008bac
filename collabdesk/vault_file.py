"""The vault's file: its slots and their JSON, written whole and read strictly.

:mod:`collabdesk.vault` keeps the store key in this file and does the cryptography; this
module knows only the file's shape — which fields a slot has, their sizes, how they are
spelled (base64, canonical JSON for what is bound into a seal) — and refuses anything else
with a :class:`~collabdesk.errors.VaultError` that names the field.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from collabdesk.errors import VaultError
from collabdesk.passphrases import KEY_SIZE, SALT_SIZE, KdfParams

FORMAT_NAME = "collabdesk-vault"
FORMAT_VERSION = 2  # 2: per-slot MACs (pre-release; format 1 was never shipped)
NONCE_SIZE = 12
RECOVERY_LABEL = "recovery"
SLOT_KINDS = ("user", "recovery")
WRAPPED_SIZE = 32 + KEY_SIZE + 16  # HPKE enc || ciphertext || tag
KEY_CHECK_SIZE = 16


@dataclass(frozen=True)
class SlotInfo:
    """What callers may know about a slot (no key material)."""

    slot_id: str
    kind: str
    label: str
    user_id: str | None
    created_at: str


def canonical(obj: Mapping[str, Any]) -> bytes:
    """What a seal, a wrap or a MAC binds: the same bytes for the same fields, always."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(value: object, name: str, size: int) -> bytes:
    """Field ``name`` of the file: base64 of exactly ``size`` bytes, or a VaultError."""
    if not isinstance(value, str):
        raise VaultError("vault.field-missing", name=name)
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise VaultError("vault.field-not-base64", name=name) from exc
    if len(raw) != size:
        code = "vault.field-wrong-size-one" if len(raw) == 1 else "vault.field-wrong-size"
        raise VaultError(code, name=name, count=len(raw), size=size)
    return raw


@dataclass(frozen=True)
class Slot:
    slot_id: str
    kind: str
    label: str
    user_id: str | None
    created_at: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    sealed_private_key: bytes
    public_key: bytes
    wrapped_key: bytes
    pending_wrapped_key: bytes | None
    # HMAC over the slot's identity, keyed from the store key: proves CollabDesk made this
    # slot with the key in hand, so a slot planted in the file never receives a new key.
    mac: bytes = b""
    pending_mac: bytes | None = None

    def info(self) -> SlotInfo:
        return SlotInfo(self.slot_id, self.kind, self.label, self.user_id, self.created_at)

    def throttle_key(self) -> str:
        return RECOVERY_LABEL if self.kind == "recovery" else "user:" + self.label.casefold()


@dataclass(frozen=True)
class State:
    store_id: str
    kdf: KdfParams
    generation: int
    key_check: bytes
    pending_key_check: bytes | None
    slots: tuple[Slot, ...]


def _slot_to_json(slot: Slot) -> dict[str, Any]:
    return {
        "slot_id": slot.slot_id,
        "kind": slot.kind,
        "label": slot.label,
        "user_id": slot.user_id,
        "created_at": slot.created_at,
        "kdf": slot.kdf.to_json(),
        "salt": b64e(slot.salt),
        "nonce": b64e(slot.nonce),
        "sealed_private_key": b64e(slot.sealed_private_key),
        "public_key": b64e(slot.public_key),
        "wrapped_key": b64e(slot.wrapped_key),
        "pending_wrapped_key": (
            b64e(slot.pending_wrapped_key) if slot.pending_wrapped_key is not None else None
        ),
        "mac": b64e(slot.mac),
        "pending_mac": b64e(slot.pending_mac) if slot.pending_mac is not None else None,
    }


def state_to_bytes(state: State) -> bytes:
    doc = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "store_id": state.store_id,
        "kdf": state.kdf.to_json(),
        "key_generation": state.generation,
        "key_check": b64e(state.key_check),
        "pending_key_check": (
            b64e(state.pending_key_check) if state.pending_key_check is not None else None
        ),
        "slots": [_slot_to_json(s) for s in state.slots],
    }
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _text(obj: Mapping[str, Any], name: str, *, optional: bool = False) -> Any:
    value = obj.get(name)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value:
        raise VaultError("vault.field-missing", name=name)
    return value


def _slot_from_json(obj: object, pending: bool) -> Slot:
    if not isinstance(obj, dict):
        raise VaultError("vault.slot-not-object")
    kind = _text(obj, "kind")
    if kind not in SLOT_KINDS:
        raise VaultError("vault.slot-kind-unknown", kind=kind)
    pending_raw = obj.get("pending_wrapped_key")
    if pending != (pending_raw is not None):
        raise VaultError("vault.rotation-inconsistent")
    return Slot(
        slot_id=_text(obj, "slot_id"),
        kind=kind,
        label=_text(obj, "label"),
        user_id=_text(obj, "user_id", optional=True),
        created_at=_text(obj, "created_at"),
        kdf=KdfParams.from_json(obj.get("kdf")),
        salt=b64d(obj.get("salt"), "salt", SALT_SIZE),
        nonce=b64d(obj.get("nonce"), "nonce", NONCE_SIZE),
        sealed_private_key=b64d(obj.get("sealed_private_key"), "sealed_private_key", 48),
        public_key=b64d(obj.get("public_key"), "public_key", 32),
        wrapped_key=b64d(obj.get("wrapped_key"), "wrapped_key", WRAPPED_SIZE),
        pending_wrapped_key=(
            b64d(pending_raw, "pending_wrapped_key", WRAPPED_SIZE) if pending else None
        ),
        mac=b64d(obj.get("mac"), "mac", 32),
        pending_mac=(b64d(obj.get("pending_mac"), "pending_mac", 32)
                     if obj.get("pending_mac") is not None else None),
    )


def state_from_bytes(data: bytes) -> State:
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise VaultError("vault.not-json") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise VaultError("vault.not-a-vault")
    version = doc.get("version")
    if version != FORMAT_VERSION:
        if isinstance(version, int) and version > FORMAT_VERSION:
            raise VaultError(
                "vault.from-newer-version", version=version)
        raise VaultError("vault.format-unsupported", version=version)
    generation = doc.get("key_generation")
    if not isinstance(generation, int) or isinstance(generation, bool) or generation < 1:
        raise VaultError("vault.key-generation-malformed")
    pending_raw = doc.get("pending_key_check")
    pending = pending_raw is not None
    slots_raw = doc.get("slots")
    if not isinstance(slots_raw, list):
        raise VaultError("vault.slots-missing")
    slots = tuple(_slot_from_json(s, pending) for s in slots_raw)
    ids = [s.slot_id for s in slots]
    labels = [s.label.casefold() for s in slots if s.kind == "user"]
    if len(set(ids)) != len(ids) or len(set(labels)) != len(labels):
        raise VaultError("vault.slots-duplicated")
    if sum(s.kind == "recovery" for s in slots) > 1:
        raise VaultError("vault.recovery-slots-duplicated")
    return State(
        store_id=_text(doc, "store_id"),
        kdf=KdfParams.from_json(doc.get("kdf")),
        generation=generation,
        key_check=b64d(doc.get("key_check"), "key_check", KEY_CHECK_SIZE),
        pending_key_check=(
            b64d(pending_raw, "pending_key_check", KEY_CHECK_SIZE) if pending else None
        ),
        slots=slots,
    )
