"""The vault: key slots that protect the store's encryption key.

The secrets that open a slot (passphrases and recovery codes), the Argon2id parameters that
turn them into keys and their calibration are in :mod:`collabdesk.passphrases`.

The store is one SQLCipher file opened with a random 256-bit raw key (the *store key*). This
module never touches the store; it keeps that key safe in a small JSON file beside it, whose
shape (its fields, their sizes, the strict reading) is :mod:`collabdesk.vault_file`'s.

Layout
------
Each **slot** (kind ``"user"``, one per person, or ``"recovery"``, at most one) owns an X25519
key pair:

* the slot's 32-byte private key is sealed with AES-256-GCM under a KEK derived from the
  passphrase (or the recovery code) with Argon2id. The associated data is the canonical encoding
  of (format version, store id, slot id, kind, label, user id, KDF parameters, slot public key),
  so none of those can be swapped between slots, moved to another store or downgraded without
  the AEAD failing;
* the store key is wrapped to the slot's public key with HPKE (X25519, HKDF-SHA256,
  ChaCha20-Poly1305); the HPKE ``info`` binds the store id, slot id and key generation.

Changing a passphrase therefore re-seals only the 32-byte private key, and rotating the store
key (after removing a user) can wrap the new key for every remaining slot without anybody's
passphrase. Argon2id parameters are stored per slot and never accepted below
:attr:`KdfParams.FLOOR` (64 MiB, t=3, p=4); :func:`calibrate` raises them on this machine.

A key-check value (an HMAC of a fixed label under the store key) lets the vault refuse to wrap a
wrong key into a slot; it reveals nothing about a random 256-bit key.

Key rotation is crash-safe
--------------------------
``PRAGMA rekey`` on the store and the vault write cannot be one atomic step, so rotation has two
vault writes around the rekey:

1. :meth:`Vault.begin_rotation` creates the new key and writes it, for every slot, as a
   *pending* wrap next to the current one (generation + 1).
2. The caller runs ``PRAGMA rekey`` with the new key.
3. :meth:`Vault.finish_rotation` promotes the pending wraps to current.

While a rotation is pending, :meth:`Vault.unlock` and :meth:`Vault.unlock_with_recovery` return
both candidates (:attr:`UnlockedKey.key` and :attr:`UnlockedKey.pending`). The store opener tries
the current key first and falls back to the pending one:

* the pending key opens the store → the crash happened after step 2; call ``finish_rotation()``;
* the current key opens it → the crash happened before step 2; either redo the rekey and then
  ``finish_rotation()``, or call :meth:`Vault.abort_rotation`.

A new rotation, a new slot or a reset is refused while one is pending, because the pending key
could otherwise be lost after the store was already rekeyed to it.

Throttling
----------
Failed attempts are counted per slot in ``<vault stem>.throttle.json`` beside the vault
(``vault_throttle.py``; the vault file itself is not touched by a failed attempt). After three
consecutive failures each further attempt must wait ``2**(n-3)`` seconds (at most 300) after
the last failure; the wait is checked *before* running the KDF. A success clears the count. The
key slots inside a backup file are checked against the same record (:meth:`Vault.load`'s
``throttle_path``), so a backup is no way around it. This only slows down guessing through the
app: someone who copies the vault file or a backup can attack it offline, and the Argon2id cost
is what protects against that.

Every mutation rewrites the whole vault file atomically (mode 0600) and only updates this object
after the write succeeded. A mutation is refused if another program changed the file since this
object read it. Keys and passphrases are never written anywhere but as sealed values here.
Renaming a user changes the bound label, so it needs :meth:`Vault.reset_passphrase` (a new slot).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
import unicodedata
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from collabdesk.errors import (
    NotFound,
    TooManyAttempts,
    ValidationError,
    VaultError,
    WrongPassphrase,
)
from collabdesk.fsutil import atomic_write_bytes
from collabdesk.passphrases import (
    _RECOVERY_BYTES,
    KEY_SIZE,
    SALT_SIZE,
    KdfParams,
    _derive_kek,
    _format_recovery_code,
    calibrate,
    normalize_recovery_code,
)
from collabdesk.vault_file import (
    FORMAT_VERSION,
    KEY_CHECK_SIZE,
    NONCE_SIZE,
    RECOVERY_LABEL,
    Slot,
    SlotInfo,
    State,
    b64e,
    canonical,
    state_from_bytes,
    state_to_bytes,
)
from collabdesk.vault_throttle import Clock, Throttle, throttle_path_for

__all__ = [
    "RECOVERY_LABEL",
    "KdfParams",
    "SlotInfo",
    "UnlockedKey",
    "Vault",
]

_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


# --------------------------------------------------------------------------- public records


@dataclass(frozen=True)
class UnlockedKey:
    """The store key from one slot, plus the pending key while a rotation is unfinished."""

    key: bytes = field(repr=False)  # repr=False: keys must not end up in logs or crash reports
    pending: bytes | None = field(repr=False)
    slot: SlotInfo


# --------------------------------------------------------------------------- helpers


def _now_iso(clock: Clock) -> str:
    return datetime.fromtimestamp(clock(), UTC).isoformat(timespec="seconds")


def _passphrase_bytes(passphrase: str) -> bytes:
    # NFC so the same passphrase typed on another OS/keyboard derives the same key.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _check_passphrase(passphrase: str, field_name: str = "passphrase") -> None:
    if not isinstance(passphrase, str) or not passphrase.strip():
        raise ValidationError(
            "vault.passphrase-empty",
            {field_name: "field.enter-passphrase"},
        )


def _check_store_key(store_key: bytes) -> None:
    if not isinstance(store_key, bytes) or len(store_key) != KEY_SIZE:
        raise VaultError("vault.key-wrong-size", size=KEY_SIZE)


def _key_check(store_key: bytes, store_id: str, generation: int) -> bytes:
    msg = canonical({"purpose": "collabdesk store key check", "store_id": store_id,
                      "generation": generation})
    return hmac.new(store_key, msg, hashlib.sha256).digest()[:KEY_CHECK_SIZE]


def _wrap_info(store_id: str, slot_id: str, generation: int) -> bytes:
    return canonical({"purpose": "collabdesk store key wrap", "v": FORMAT_VERSION,
                       "store_id": store_id, "slot_id": slot_id, "generation": generation})


# --------------------------------------------------------------------------- internal model


def _seal_ad(store_id: str, slot: Slot) -> bytes:
    return canonical({
        "purpose": "collabdesk slot private key",
        "v": FORMAT_VERSION,
        "store_id": store_id,
        "slot_id": slot.slot_id,
        "kind": slot.kind,
        "label": slot.label,
        "user_id": slot.user_id,
        "kdf": slot.kdf.to_json(),
        "public_key": b64e(slot.public_key),
    })


def _slot_mac(store_key: bytes, store_id: str, generation: int, slot: Slot) -> bytes:
    mac_key = HKDF(hashes.SHA256(), 32, salt=None,
                   info=b"collabdesk-vault-slot-mac-v1").derive(store_key)
    return hmac.new(mac_key, canonical({
        "store_id": store_id, "generation": generation, "slot_id": slot.slot_id,
        "kind": slot.kind, "label": slot.label, "user_id": slot.user_id,
        "public_key": b64e(slot.public_key),
    }), hashlib.sha256).digest()



# --------------------------------------------------------------------------- vault


def _clean_label(label: str) -> str:
    cleaned = label.strip() if isinstance(label, str) else ""
    if not cleaned:
        raise ValidationError("vault.slot-label-required", {"label": "field.required"})
    if len(cleaned) > 100 or any(unicodedata.category(c).startswith("C") for c in cleaned):
        raise ValidationError(
            "vault.slot-label-too-long", {"label": "field.invalid"}
        )
    return cleaned


class Vault:
    """The key-slot file of one store. Obtain one with :meth:`create` or :meth:`load`."""

    path: Path
    store_id: str

    def __init__(self, path: Path, state: State, digest: bytes, clock: Clock,
                 throttle_path: Path | None = None) -> None:
        self.path = path
        self.store_id = state.store_id
        self._state = state
        self._digest = digest
        self._clock = clock
        self._throttle = Throttle(throttle_path or throttle_path_for(path), clock)

    # ----------------------------------------------------------------- opening

    @classmethod
    def create(
        cls,
        path: Path,
        store_id: str | None = None,
        *,
        kdf: KdfParams | None = None,
        clock: Clock = time.time,
    ) -> tuple[Vault, bytes]:
        """Write a new vault with no slots; return it and the new random store key.

        ``kdf`` defaults to :func:`calibrate` (takes a few seconds). Add at least one slot
        before the store key is forgotten.
        """
        path = Path(path)
        if path.exists():
            raise VaultError("vault.already-exists", path=path)
        store_id = store_id if store_id is not None else uuid.uuid4().hex
        if not isinstance(store_id, str) or not store_id.strip() or len(store_id) > 200:
            raise ValidationError("vault.store-id-invalid")
        params = kdf if kdf is not None else calibrate()
        params.validate()
        store_key = secrets.token_bytes(KEY_SIZE)
        state = State(store_id, params, 1, _key_check(store_key, store_id, 1), None, ())
        data = state_to_bytes(state)
        try:
            atomic_write_bytes(path, data)
        except OSError as exc:
            raise VaultError("vault.write-failed",
                             path=path, strerror=exc.strerror) from exc
        return cls(path, state, hashlib.sha256(data).digest(), clock), store_key

    @classmethod
    def load(cls, path: Path, *, clock: Clock = time.time,
             throttle_path: Path | None = None) -> Vault:
        """Read the vault at ``path``. Failed attempts are counted in ``throttle_path``
        (default: beside the vault); a copy of a vault (inside a backup) passes the live
        vault's record, so guessing against the copy waits just as long."""
        path = Path(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise VaultError(
                "vault.file-missing", path=path) from exc
        except OSError as exc:
            raise VaultError("vault.read-failed",
                             path=path, strerror=exc.strerror) from exc
        if not data.strip():
            raise VaultError("vault.empty", path=path)
        try:
            state = state_from_bytes(data)
        except VaultError as exc:
            raise VaultError("vault.unusable", path=path, exc=exc) from exc
        return cls(path, state, hashlib.sha256(data).digest(), clock, throttle_path)

    # ----------------------------------------------------------------- reading

    @property
    def kdf(self) -> KdfParams:
        """Argon2id parameters used for newly sealed slots."""
        return self._state.kdf

    @property
    def rotation_pending(self) -> bool:
        return self._state.pending_key_check is not None

    @property
    def throttle_path(self) -> Path:
        return self._throttle.path

    def slots(self) -> list[SlotInfo]:
        return [s.info() for s in self._state.slots]

    def find_slot(self, label: str) -> SlotInfo:
        return self._user_slot(label).info()

    def has_recovery_slot(self) -> bool:
        return any(s.kind == "recovery" for s in self._state.slots)

    def retry_after(self, label: str) -> float:
        """Seconds before the user ``label`` may try a passphrase again (0 if now)."""
        return self._throttle.retry_after("user:" + label.strip().casefold())

    def recovery_retry_after(self) -> float:
        """Seconds before another recovery code may be tried (0 if now)."""
        return self._throttle.retry_after(RECOVERY_LABEL)

    # ----------------------------------------------------------------- unlocking

    def unlock(self, label: str, passphrase: str) -> UnlockedKey:
        """Return the store key for user ``label``.

        Raises NotFound (no such user), TooManyAttempts (wait first; no KDF run),
        WrongPassphrase (counted), or VaultError (the slot is damaged).
        """
        slot = self._user_slot(label)
        private_key = self._open_slot(slot, _passphrase_bytes(passphrase or ""))
        return self._unwrap(slot, private_key)

    def unlock_with_recovery(self, code: str) -> UnlockedKey:
        """Return the store key using the printed recovery code (formatting is forgiven)."""
        slot = self._recovery_slot()
        secret = normalize_recovery_code(code)
        private_key = self._open_slot(slot, secret)
        return self._unwrap(slot, private_key)

    # ----------------------------------------------------------------- changing slots

    def add_user_slot(
        self, store_key: bytes, label: str, passphrase: str, user_id: str | None = None
    ) -> SlotInfo:
        label = _clean_label(label)
        _check_passphrase(passphrase)
        self._check_no_rotation()
        self._verify_store_key(store_key)
        if any(s.kind == "user" and s.label.casefold() == label.casefold()
               for s in self._state.slots):
            raise ValidationError(
                "vault.slot-exists",
                {"label": "field.already-exists"},
                label=label)
        slot = self._new_slot("user", label, user_id, store_key, _passphrase_bytes(passphrase))
        self._commit(replace(self._state, slots=(*self._state.slots, slot)))
        return slot.info()

    def add_recovery_slot(self, store_key: bytes) -> str:
        """Create a recovery slot (replacing any old one); return the code to print, once."""
        self._check_no_rotation()
        self._verify_store_key(store_key)
        raw = secrets.token_bytes(_RECOVERY_BYTES)
        slot = self._new_slot("recovery", RECOVERY_LABEL, None, store_key, raw)
        kept = tuple(s for s in self._state.slots if s.kind != "recovery")
        self._commit(replace(self._state, slots=(*kept, slot)))
        self._throttle.reset(RECOVERY_LABEL)
        return _format_recovery_code(raw)

    def change_passphrase(self, label: str, old: str, new: str) -> None:
        """Give this user's slot a fresh key pair under ``new``; the store key is untouched.

        A fresh pair (not the old private key re-sealed) means an old copy of the vault plus
        the old passphrase cannot open any store key wrapped after the change."""
        _check_passphrase(new, "new")
        self._check_no_rotation()
        slot = self._user_slot(label)
        store_key = self._unwrap(slot, self._open_slot(slot, _passphrase_bytes(old or ""))).key
        self.reset_passphrase(store_key, slot.label, new)

    def reset_passphrase(self, store_key: bytes, label: str, new: str) -> None:
        """Give user ``label`` a fresh slot key pair under ``new`` (admin or recovery reset)."""
        _check_passphrase(new, "new")
        slot = self._user_slot(label)
        self._check_no_rotation()
        self._verify_store_key(store_key)
        fresh = self._new_slot("user", slot.label, slot.user_id, store_key,
                               _passphrase_bytes(new), slot_id=slot.slot_id,
                               created_at=slot.created_at)
        self._commit(self._replace_slot(fresh))
        self._throttle.reset(slot.throttle_key())

    def remove_slot(self, slot_id: str) -> None:
        """Delete a slot. Rotate the store key afterwards if its holder must lose access."""
        if not any(s.slot_id == slot_id for s in self._state.slots):
            raise NotFound("vault.slot-not-found", slot_id=slot_id)
        kept = tuple(s for s in self._state.slots if s.slot_id != slot_id)
        if not kept:
            raise VaultError(
                "vault.last-slot"
            )
        self._commit(replace(self._state, slots=kept))

    # ----------------------------------------------------------------- rotation

    def begin_rotation(self, current_key: bytes) -> bytes:
        """Write a new store key as a pending wrap in every slot; return it for PRAGMA rekey."""
        self._check_no_rotation()
        self._verify_store_key(current_key)
        new_key = secrets.token_bytes(KEY_SIZE)
        state = self._state
        generation = state.generation + 1
        slots = tuple(
            replace(s, pending_wrapped_key=self._wrap(new_key, s, generation),
                    pending_mac=_slot_mac(new_key, state.store_id, generation, s))
            for s in state.slots
        )
        self._commit(replace(
            state, slots=slots,
            pending_key_check=_key_check(new_key, state.store_id, generation),
        ))
        return new_key

    def finish_rotation(self) -> None:
        """Promote the pending key (call after the store was rekeyed to it)."""
        state = self._state
        if state.pending_key_check is None:
            raise VaultError("vault.no-rotation")
        slots = []
        for slot in state.slots:
            if slot.pending_wrapped_key is None or slot.pending_mac is None:
                raise VaultError("vault.slot-no-pending-key", slot_id=slot.slot_id)
            slots.append(replace(slot, wrapped_key=slot.pending_wrapped_key,
                                 pending_wrapped_key=None, mac=slot.pending_mac,
                                 pending_mac=None))
        self._commit(replace(
            state, slots=tuple(slots), generation=state.generation + 1,
            key_check=state.pending_key_check, pending_key_check=None,
        ))

    def abort_rotation(self) -> None:
        """Drop the pending key: only when the current key still opens the store."""
        state = self._state
        if state.pending_key_check is None:
            raise VaultError("vault.no-rotation")
        slots = tuple(replace(s, pending_wrapped_key=None, pending_mac=None)
                      for s in state.slots)
        self._commit(replace(state, slots=slots, pending_key_check=None))

    # ----------------------------------------------------------------- internals

    def _user_slot(self, label: str) -> Slot:
        wanted = (label or "").strip().casefold()
        for slot in self._state.slots:
            if slot.kind == "user" and slot.label.casefold() == wanted:
                return slot
        raise NotFound("vault.user-not-found", label=label)

    def _recovery_slot(self) -> Slot:
        for slot in self._state.slots:
            if slot.kind == "recovery":
                return slot
        raise NotFound("vault.no-recovery-code")

    def _check_no_rotation(self) -> None:
        if self._state.pending_key_check is not None:
            raise VaultError(
                "vault.rotation-unfinished"
            )

    def _verify_store_key(self, store_key: bytes) -> None:
        _check_store_key(store_key)
        expected = _key_check(store_key, self.store_id, self._state.generation)
        if not hmac.compare_digest(expected, self._state.key_check):
            raise VaultError("vault.not-current-key")
        for slot in self._state.slots:
            if not hmac.compare_digest(
                    _slot_mac(store_key, self.store_id, self._state.generation, slot),
                    slot.mac):
                raise VaultError(
                    "vault.slot-foreign", label=slot.label, slot_id=slot.slot_id)

    def _wrap(self, store_key: bytes, slot: Slot, generation: int) -> bytes:
        public_key = X25519PublicKey.from_public_bytes(slot.public_key)
        return _SUITE.encrypt(store_key, public_key,
                              info=_wrap_info(self.store_id, slot.slot_id, generation))

    def _seal(self, slot: Slot, private_raw: bytes, secret: bytes) -> Slot:
        """Return ``slot`` with its private key sealed under ``secret`` with current KDF."""
        slot = replace(slot, kdf=self._state.kdf, salt=secrets.token_bytes(SALT_SIZE),
                       nonce=secrets.token_bytes(NONCE_SIZE))
        kek = _derive_kek(secret, slot.salt, slot.kdf)
        sealed = AESGCM(kek).encrypt(slot.nonce, private_raw, _seal_ad(self.store_id, slot))
        return replace(slot, sealed_private_key=sealed)

    def _new_slot(
        self, kind: str, label: str, user_id: str | None, store_key: bytes, secret: bytes,
        *, slot_id: str | None = None, created_at: str | None = None,
    ) -> Slot:
        private_key = X25519PrivateKey.generate()
        slot = Slot(
            slot_id=slot_id or uuid.uuid4().hex,
            kind=kind,
            label=label,
            user_id=user_id,
            created_at=created_at or _now_iso(self._clock),
            kdf=self._state.kdf,
            salt=b"",
            nonce=b"",
            sealed_private_key=b"",
            public_key=private_key.public_key().public_bytes_raw(),
            wrapped_key=b"",
            pending_wrapped_key=None,
        )
        generation = self._state.generation
        slot = replace(slot, wrapped_key=self._wrap(store_key, slot, generation),
                       mac=_slot_mac(store_key, self.store_id, generation, slot))
        return self._seal(slot, private_key.private_bytes_raw(), secret)

    def _open_slot(self, slot: Slot, secret: bytes) -> X25519PrivateKey:
        key = slot.throttle_key()
        wait = self._throttle.retry_after(key)
        if wait > 0:
            raise TooManyAttempts(wait)
        kek = _derive_kek(secret, slot.salt, slot.kdf)
        try:
            raw = AESGCM(kek).decrypt(slot.nonce, slot.sealed_private_key,
                                      _seal_ad(self.store_id, slot))
        except InvalidTag:
            self._throttle.record_failure(key)
            if slot.kind == "recovery":
                raise WrongPassphrase(
                    "vault.recovery-code-wrong"
                ) from None
            raise WrongPassphrase() from None
        private_key = X25519PrivateKey.from_private_bytes(raw)
        if private_key.public_key().public_bytes_raw() != slot.public_key:
            raise VaultError(
                "vault.slot-damaged", slot_id=slot.slot_id)
        self._throttle.reset(key)
        return private_key

    def _unwrap(self, slot: Slot, private_key: X25519PrivateKey) -> UnlockedKey:
        state = self._state

        def open_wrap(wrapped: bytes, generation: int, check: bytes) -> bytes:
            try:
                key = _SUITE.decrypt(wrapped, private_key,
                                     info=_wrap_info(self.store_id, slot.slot_id, generation))
            except InvalidTag:
                key = b""
            if len(key) != KEY_SIZE or not hmac.compare_digest(
                _key_check(key, self.store_id, generation), check
            ):
                raise VaultError(
                    "vault.slot-key-damaged", slot_id=slot.slot_id)
            return key

        current = open_wrap(slot.wrapped_key, state.generation, state.key_check)
        if not hmac.compare_digest(
                _slot_mac(current, self.store_id, state.generation, slot), slot.mac):
            raise VaultError("vault.slot-altered", slot_id=slot.slot_id)
        pending = None
        if slot.pending_wrapped_key is not None and state.pending_key_check is not None:
            pending = open_wrap(slot.pending_wrapped_key, state.generation + 1,
                                state.pending_key_check)
        return UnlockedKey(key=current, pending=pending, slot=slot.info())

    def _replace_slot(self, new: Slot) -> State:
        slots = tuple(new if s.slot_id == new.slot_id else s for s in self._state.slots)
        return replace(self._state, slots=slots)

    def _commit(self, state: State) -> None:
        """Write ``state`` atomically; adopt it only once it is on disk."""
        try:
            on_disk = self.path.read_bytes()
        except OSError as exc:
            raise VaultError(
                "vault.reread-failed", path=self.path, strerror=exc.strerror) from exc
        if not hmac.compare_digest(hashlib.sha256(on_disk).digest(), self._digest):
            raise VaultError(
                "vault.changed-elsewhere"
            )
        data = state_to_bytes(state)
        try:
            atomic_write_bytes(self.path, data)
        except OSError as exc:
            raise VaultError(
                "vault.save-failed", path=self.path, problem=exc.strerror or exc) from exc
        self._state = state
        self._digest = hashlib.sha256(data).digest()
