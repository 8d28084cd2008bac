"""The network key and the framework's signature.

The backbone signs each framework version with its **network key**, an Ed25519 key kept by
the hub operator in a file encrypted with a passphrase (PKCS#8, scrypt-derived AES, by
``cryptography``), never the hub's TLS key. The signature covers
``b"collabdesk-measures-v1\\n" + document`` (the document's exact bytes). Laptops pin the
public key the first time they see it and refuse a framework signed by any other key.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from collabdesk.measures.framework import MeasureError

CONTEXT = b"collabdesk-measures-v1\n"
MIN_PASSPHRASE = 10


def fingerprint(public_key: bytes) -> str:
    """The key as people compare it: base32 of SHA-256[:20] in groups of four."""
    digest = base64.b32encode(hashlib.sha256(b"collabdesk-network-key\n" + public_key)
                              .digest()[:20]).decode()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def new_key_file(passphrase: str) -> tuple[bytes, bytes]:
    """A new network key: its passphrase-encrypted PEM file and its public key."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise MeasureError("measures.passphrase-too-short", minimum=MIN_PASSPHRASE)
    key = ed25519.Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.BestAvailableEncryption(passphrase.encode()))
    return pem, key.public_key().public_bytes_raw()


def open_key_file(pem: bytes, passphrase: str) -> ed25519.Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(pem, passphrase.encode())
    except (ValueError, TypeError):
        raise MeasureError("measures.wrong-key-passphrase") from None
    if not isinstance(key, ed25519.Ed25519PrivateKey):
        raise MeasureError("measures.wrong-key-passphrase")
    return key


@dataclass(frozen=True)
class SignedFramework:
    """A framework as it travels: the document's bytes, the signature, the signer's key."""

    document: bytes
    signature: bytes
    public_key: bytes

    def to_json(self) -> dict[str, str]:
        return {"document": base64.b64encode(self.document).decode(),
                "signature": base64.b64encode(self.signature).decode(),
                "key": base64.b64encode(self.public_key).decode()}

    @classmethod
    def from_json(cls, data: object) -> SignedFramework:
        if not isinstance(data, dict):
            raise MeasureError("measures.unsigned")
        try:
            document = base64.b64decode(data["document"], validate=True)
            signature = base64.b64decode(data.get("signature") or "", validate=True)
            key = base64.b64decode(data.get("key") or "", validate=True)
        except (KeyError, TypeError, ValueError):
            raise MeasureError("measures.unsigned") from None
        if len(signature) != 64 or len(key) != 32:
            raise MeasureError("measures.unsigned")
        return cls(document, signature, key)


def sign(document: bytes, key: ed25519.Ed25519PrivateKey) -> SignedFramework:
    return SignedFramework(document, key.sign(CONTEXT + document),
                           key.public_key().public_bytes_raw())


def verify(signed: SignedFramework, pinned: bytes | None) -> None:
    """Check the signature, and that the signer is the pinned key (when one is pinned)."""
    if pinned is not None and signed.public_key != pinned:
        raise MeasureError("measures.key-changed", fingerprint=fingerprint(signed.public_key))
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(signed.public_key).verify(
            signed.signature, CONTEXT + signed.document)
    except (InvalidSignature, ValueError):
        raise MeasureError("measures.bad-signature") from None
