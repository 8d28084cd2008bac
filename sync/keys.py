"""Device and agency keys, their identifiers and fingerprints, and agency-key grants.

A device has an Ed25519 signing key, an X25519 HPKE key (suite 1) for receiving grants and,
since the post-quantum rollout, an X-Wing key (ML-KEM-768+X25519, suite 2) beside it: grants
to a device that published one are sealed with suite 2 (see docs/sync-protocol.md, *Post-quantum
suite*). An agency key per epoch is an HPKE key of suite 1 (X25519) or suite 2 (ML-KEM-768+X25519).
Private halves are raw bytes meant to live only inside the encrypted store; ``repr`` of the
key classes never shows them.

Suite 2 raw encodings (``cryptography`` has no single-blob form for the hybrid key):
public = ML-KEM-768 public key (1184 bytes) ‖ X25519 public key (32 bytes);
private = ML-KEM-768 seed (64 bytes) ‖ X25519 private key (32 bytes).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import ed25519, mlkem, x25519

from collabdesk.messages import msg
from collabdesk.sync.canonical import b64d, b64e
from collabdesk.sync.errors import GrantError, KeyFormatError

SUITE_X25519 = 1
SUITE_MLKEM768_X25519 = 2
SUITES = (SUITE_X25519, SUITE_MLKEM768_X25519)

_MLKEM_PUB = 1184
_MLKEM_SEED = 64
_X25519 = 32
PUBLIC_KEY_LENGTH = {SUITE_X25519: _X25519, SUITE_MLKEM768_X25519: _MLKEM_PUB + _X25519}
PRIVATE_KEY_LENGTH = {SUITE_X25519: _X25519, SUITE_MLKEM768_X25519: _MLKEM_SEED + _X25519}

_KEMS = {SUITE_X25519: hpke.KEM.X25519, SUITE_MLKEM768_X25519: hpke.KEM.MLKEM768_X25519}
# HPKE ciphertext = encapsulated key ‖ AEAD(ciphertext) with a 16-byte tag.
_AEAD_TAG = 16

DEVICE_ID_RE = re.compile(r"[0-9a-f]{32}")
# Agency ids are chosen by the hub; they appear in "|"-separated HPKE info strings.
AGENCY_ID_RE = re.compile(r"[^|\x00-\x1f\x7f]{1,128}")
GRANT_INFO_PREFIX = b"collabdesk-grant-v1|"
# A grant sealed to a device's X-Wing key: its own label, so a v1 grant never opens as v2.
PQ_GRANT_INFO_PREFIX = b"collabdesk-grant-v2|"

HpkePublic = x25519.X25519PublicKey | hpke.MLKEM768X25519PublicKey
HpkePrivate = x25519.X25519PrivateKey | hpke.MLKEM768X25519PrivateKey


def _check_suite(suite: int) -> None:
    if type(suite) is not int or suite not in SUITES:
        raise ValueError(f"unknown HPKE suite {suite!r}; expected 1 or 2")


def hpke_suite(suite: int) -> hpke.Suite:
    """The HPKE suite object for protocol suite 1 or 2."""
    _check_suite(suite)
    return hpke.Suite(_KEMS[suite], hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


def hpke_sealed_length(suite: int, plaintext_length: int) -> int:
    """Exact length of an HPKE single-shot ciphertext for a plaintext of the given length."""
    _check_suite(suite)
    return _KEMS[suite].enc_length() + plaintext_length + _AEAD_TAG


def hpke_public_key(suite: int, public: bytes) -> HpkePublic:
    """Load a raw public key of ``suite``; raises ValueError if it is malformed."""
    _check_suite(suite)
    if len(public) != PUBLIC_KEY_LENGTH[suite]:
        raise ValueError(f"suite {suite} public key must be {PUBLIC_KEY_LENGTH[suite]} bytes")
    if suite == SUITE_X25519:
        return x25519.X25519PublicKey.from_public_bytes(public)
    return hpke.MLKEM768X25519PublicKey(
        mlkem.MLKEM768PublicKey.from_public_bytes(public[:_MLKEM_PUB]),
        x25519.X25519PublicKey.from_public_bytes(public[_MLKEM_PUB:]),
    )


def _hpke_private_parts(
    suite: int, private: bytes
) -> tuple[HpkePrivate, bytes]:
    """Load a raw private key and return it with its raw public half."""
    _check_suite(suite)
    if len(private) != PRIVATE_KEY_LENGTH[suite]:
        raise ValueError(f"suite {suite} private key must be {PRIVATE_KEY_LENGTH[suite]} bytes")
    if suite == SUITE_X25519:
        key = x25519.X25519PrivateKey.from_private_bytes(private)
        return key, key.public_key().public_bytes_raw()
    kem = mlkem.MLKEM768PrivateKey.from_seed_bytes(private[:_MLKEM_SEED])
    dh = x25519.X25519PrivateKey.from_private_bytes(private[_MLKEM_SEED:])
    public = kem.public_key().public_bytes_raw() + dh.public_key().public_bytes_raw()
    return hpke.MLKEM768X25519PrivateKey(kem, dh), public


def hpke_seal(suite: int, public: bytes, info: bytes, plaintext: bytes) -> bytes:
    """HPKE base-mode single-shot seal to a raw public key."""
    return hpke_suite(suite).encrypt(plaintext, hpke_public_key(suite, public), info=info)


def hpke_open(suite: int, private: bytes, info: bytes, ciphertext: bytes) -> bytes:
    """HPKE single-shot open; raises ValueError if the ciphertext does not authenticate."""
    key, _ = _hpke_private_parts(suite, private)
    try:
        return hpke_suite(suite).decrypt(ciphertext, key, info=info)
    except InvalidTag as exc:
        raise ValueError("HPKE ciphertext did not authenticate") from exc


def is_device_id(value: object) -> bool:
    return isinstance(value, str) and DEVICE_ID_RE.fullmatch(value) is not None


def is_agency_id(value: object) -> bool:
    return isinstance(value, str) and AGENCY_ID_RE.fullmatch(value) is not None


def device_id_for(sign_public: bytes) -> str:
    """Lowercase hex of the first 16 bytes of SHA-256 of the raw Ed25519 public key."""
    return hashlib.sha256(bytes(sign_public)).digest()[:16].hex()


def fingerprint(*public_keys: bytes) -> str:
    """Human-comparable fingerprint: base32 of SHA-256(keys…)[:20] in groups of four."""
    digest = hashlib.sha256(b"".join(bytes(k) for k in public_keys)).digest()[:20]
    text = base64.b32encode(digest).decode("ascii").rstrip("=")
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4))


def normalise_fingerprint(text: str) -> str:
    """Fingerprint as typed by a person, reduced to upper-case base32 without separators."""
    return re.sub(r"[\s-]", "", text).upper()


_KIND_NAMES = {"device-keys": msg("keys.kind.device-keys"),
               "agency-key": msg("keys.kind.agency-key")}


def _json_object(text: str, kind: str) -> dict[str, Any]:
    name = _KIND_NAMES[kind]
    try:
        data = json.loads(text)
    except (ValueError, TypeError) as exc:
        raise KeyFormatError("bad-keys", "keys.not-json", name=name) \
            from exc
    if not isinstance(data, dict) or data.get("v") != 1 or data.get("kind") != kind:
        raise KeyFormatError("bad-keys", "keys.unknown-format", name=name)
    return data


def _json_bytes(data: dict[str, Any], field: str, kind: str) -> bytes:
    try:
        return b64d(data[field])
    except (KeyError, ValueError) as exc:
        raise KeyFormatError("bad-keys", "keys.field-unreadable",
                             what=_KIND_NAMES[kind], field=field) from exc


@dataclass(frozen=True, repr=False)
class DeviceKeys:
    """A device's private keys: Ed25519 for signing, X25519 (HPKE suite 1) for grants and,
    once upgraded, an X-Wing key (suite 2 raw private encoding) for post-quantum grants."""

    sign_private: bytes
    kem_private: bytes
    pq_private: bytes = b""

    def __post_init__(self) -> None:
        if len(self.sign_private) != 32 or len(self.kem_private) != 32:
            raise ValueError("device private keys must be 32 bytes each")
        if self.pq_private and len(self.pq_private) != PRIVATE_KEY_LENGTH[SUITE_MLKEM768_X25519]:
            raise ValueError("a device's post-quantum private key has the wrong length")

    @classmethod
    def generate(cls) -> DeviceKeys:
        return cls(
            ed25519.Ed25519PrivateKey.generate().private_bytes_raw(),
            x25519.X25519PrivateKey.generate().private_bytes_raw(),
            _new_pq_private(),
        )

    def with_pq(self) -> DeviceKeys:
        """These keys with a post-quantum key pair (new if they had none): the upgrade."""
        return self if self.pq_private else DeviceKeys(self.sign_private, self.kem_private,
                                                       _new_pq_private())

    @cached_property
    def signing_key(self) -> ed25519.Ed25519PrivateKey:
        return ed25519.Ed25519PrivateKey.from_private_bytes(self.sign_private)

    @cached_property
    def sign_public(self) -> bytes:
        return self.signing_key.public_key().public_bytes_raw()

    @cached_property
    def kem_public(self) -> bytes:
        return x25519.X25519PrivateKey.from_private_bytes(self.kem_private).public_key(
        ).public_bytes_raw()

    @cached_property
    def pq_public(self) -> bytes:
        """The X-Wing public key (b"" before the upgrade)."""
        if not self.pq_private:
            return b""
        return _hpke_private_parts(SUITE_MLKEM768_X25519, self.pq_private)[1]

    @cached_property
    def device_id(self) -> str:
        return device_id_for(self.sign_public)

    def fingerprint(self) -> str:
        return fingerprint(self.sign_public, self.kem_public)

    def sign(self, message: bytes) -> bytes:
        return self.signing_key.sign(message)

    def to_json(self) -> str:
        data = {
            "v": 1, "kind": "device-keys",
            "sign_private": b64e(self.sign_private), "kem_private": b64e(self.kem_private),
        }
        if self.pq_private:
            data["pq_private"] = b64e(self.pq_private)
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, s: str) -> DeviceKeys:
        data = _json_object(s, "device-keys")
        sign = _json_bytes(data, "sign_private", "device-keys")
        kem = _json_bytes(data, "kem_private", "device-keys")
        pq = _json_bytes(data, "pq_private", "device-keys") if "pq_private" in data else b""
        try:
            return cls(sign, kem, pq)
        except ValueError as exc:
            raise KeyFormatError("bad-keys", "keys.device-keys-wrong-length") \
                from exc

    def __repr__(self) -> str:
        return f"DeviceKeys(device_id={self.device_id!r})"


def _new_pq_private() -> bytes:
    return (mlkem.MLKEM768PrivateKey.generate().private_bytes_raw()
            + x25519.X25519PrivateKey.generate().private_bytes_raw())


@dataclass(frozen=True, repr=False)
class AgencyKey:
    """An agency's HPKE key pair for one epoch; ``private`` never leaves the store."""

    epoch: int
    suite: int
    private: bytes
    public: bytes

    def __post_init__(self) -> None:
        _check_suite(self.suite)
        if type(self.epoch) is not int or self.epoch < 0:
            raise ValueError("agency key epoch must be a non-negative integer")
        if len(self.private) != PRIVATE_KEY_LENGTH[self.suite]:
            raise ValueError(f"suite {self.suite} private key has the wrong length")
        if len(self.public) != PUBLIC_KEY_LENGTH[self.suite]:
            raise ValueError(f"suite {self.suite} public key has the wrong length")

    @classmethod
    def generate(cls, epoch: int, suite: int = 1) -> AgencyKey:
        _check_suite(suite)
        if suite == SUITE_X25519:
            private = x25519.X25519PrivateKey.generate().private_bytes_raw()
        else:
            private = _new_pq_private()
        return cls.from_private(epoch, suite, private)

    @classmethod
    def from_private(cls, epoch: int, suite: int, private: bytes) -> AgencyKey:
        """Rebuild the key pair from its private half (raises ValueError if malformed)."""
        _, public = _hpke_private_parts(suite, bytes(private))
        return cls(epoch, suite, bytes(private), public)

    def fingerprint(self) -> str:
        return fingerprint(self.public)

    def to_json(self) -> str:
        return json.dumps({
            "v": 1, "kind": "agency-key", "epoch": self.epoch, "suite": self.suite,
            "private": b64e(self.private),
        }, sort_keys=True)

    @classmethod
    def from_json(cls, s: str) -> AgencyKey:
        data = _json_object(s, "agency-key")
        private = _json_bytes(data, "private", "agency-key")
        try:
            return cls.from_private(data["epoch"], data["suite"], private)
        except (KeyError, ValueError) as exc:
            raise KeyFormatError("bad-keys", "keys.agency-key-damaged") from exc

    def __repr__(self) -> str:
        return f"AgencyKey(epoch={self.epoch}, suite={self.suite}, public={self.fingerprint()!r})"


def _grant_info(agency_id: str, epoch: int, device_id: str, *, pq: bool = False) -> bytes:
    prefix = PQ_GRANT_INFO_PREFIX if pq else GRANT_INFO_PREFIX
    return prefix + f"{agency_id}|{epoch}|{device_id}".encode()


def seal_grant(
    agency_key: AgencyKey, agency_id: str, device_id: str, device_kem_public: bytes,
    device_pq_public: bytes = b"",
) -> bytes:
    """Seal an agency key's private half to a device: to its X-Wing key (suite 2) when it
    published one, else to its X25519 key (suite 1)."""
    pq = bool(device_pq_public)
    info = _grant_info(agency_id, agency_key.epoch, device_id, pq=pq)
    if pq:
        return hpke_seal(SUITE_MLKEM768_X25519, device_pq_public, info, agency_key.private)
    return hpke_seal(SUITE_X25519, device_kem_public, info, agency_key.private)


def grant_is_pq(blob: bytes, agency_suite: int) -> bool:
    """Whether a grant of an agency key of ``agency_suite`` was sealed with suite 2 (by size)."""
    return len(blob) == hpke_sealed_length(SUITE_MLKEM768_X25519,
                                           PRIVATE_KEY_LENGTH[agency_suite])


def open_grant(
    blob: bytes, agency_id: str, epoch: int, suite: int, keys: DeviceKeys,
    *, expected_public: bytes | None = None,
) -> AgencyKey:
    """Open a grant sealed to ``keys`` (either suite, told apart by size); raises GrantError.

    Anyone can seal a grant to a device's public KEM key, so callers must pass
    ``expected_public`` (the epoch's ``agency_pub`` from the verified chain): otherwise a hub
    could hand the device an agency key of its own making.
    """
    blob = bytes(blob)
    try:
        if suite in SUITES and grant_is_pq(blob, suite) and keys.pq_private:
            info = _grant_info(agency_id, epoch, keys.device_id, pq=True)
            private = hpke_open(SUITE_MLKEM768_X25519, keys.pq_private, info, blob)
        else:
            info = _grant_info(agency_id, epoch, keys.device_id)
            private = hpke_open(SUITE_X25519, keys.kem_private, info, blob)
        key = AgencyKey.from_private(epoch, suite, private)
    except ValueError as exc:
        raise GrantError("bad-grant") from exc
    if expected_public is not None and key.public != bytes(expected_public):
        raise GrantError("wrong-key")
    return key
