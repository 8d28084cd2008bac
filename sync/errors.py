"""Typed errors of the sync layer (envelopes, device chains, request signatures, grants).

Each error carries a machine ``reason`` (a short code such as ``"bad-signature"``) that the
hub returns to clients and tests assert on, and a plain sentence as ``str(error)`` that the
UI and logs show as-is.
"""

from __future__ import annotations

from typing import ClassVar

from collabdesk.errors import CollabDeskError


class SyncError(CollabDeskError):
    """Base for sync failures: ``reason`` is a stable code, ``str()`` a plain sentence."""

    messages: ClassVar[dict[str, str]] = {}
    fallback: ClassVar[str] = "A sync check failed."

    def __init__(self, reason: str, message: str | None = None) -> None:
        self.reason = reason
        super().__init__(message or self.messages.get(reason, self.fallback))


class EnvelopeError(SyncError):
    """An envelope is malformed, forged, misaddressed or unreadable; it was not applied."""

    fallback = "The envelope failed a check and was not applied."
    messages: ClassVar[dict[str, str]] = {
        "bad-magic": "The data is not a CollabDesk envelope (unknown format marker).",
        "truncated": "The envelope is cut short; it was damaged in transit or storage.",
        "trailing-data": "The envelope has extra bytes after its signature.",
        "too-large": "The envelope or its contents exceed the size limits of the protocol.",
        "bad-framing": "The envelope's internal lengths do not match its header.",
        "bad-header": "The envelope header is malformed or not in canonical form.",
        "wrong-sender": "The envelope names a different sender than the key it was checked "
        "against.",
        "bad-signature": "The envelope's signature does not match its sender's key; it was "
        "altered or forged.",
        "wrong-mailbox": "The envelope was addressed to a different mailbox than the one it "
        "came from.",
        "no-key": "This device holds no agency key the envelope is addressed to.",
        "aead-failed": "The envelope could not be decrypted with this agency's key.",
        "bad-batch": "The envelope decrypted but its contents are malformed.",
    }


class ChainError(SyncError):
    """An agency device chain does not verify; it must not be trusted or extended."""

    fallback = "The agency's device list failed verification."
    messages: ClassVar[dict[str, str]] = {
        "empty": "The agency's device list is empty.",
        "bad-entry": "An entry of the agency's device list is malformed.",
        "wrong-agency": "An entry of the device list belongs to a different agency.",
        "bad-seq": "The device list has a gap, a repeated or a forked entry.",
        "bad-prev": "An entry of the device list does not link to the one before it.",
        "bad-root": "The device list does not start with its root device and epoch 0.",
        "root-mismatch": "The device list's root device is not the one you confirmed.",
        "bad-signature": "An entry of the device list has an invalid signature.",
        "unknown-signer": "An entry of the device list is signed by a device not on the list.",
        "revoked-signer": "An entry of the device list is signed by a revoked device.",
        "duplicate-device": "The device list adds a device that is already on it.",
        "unknown-device": "The device list revokes a device that is not active.",
        "last-device": "The device list would revoke the agency's last active device.",
        "bad-epoch": "The device list has an agency key out of order or of the wrong kind.",
        "rotation-pending": "A device was revoked; the agency key must be rotated first.",
    }


class RequestAuthError(SyncError):
    """A hub request's device signature is missing, stale or invalid."""

    fallback = "The request is not signed correctly."
    messages: ClassVar[dict[str, str]] = {
        "missing-header": "The request is missing a device signature header.",
        "malformed": "The request's device signature headers are malformed.",
        "wrong-device": "The request's device header does not match the signing key.",
        "stale": "The request's timestamp is too far from the hub's clock; check the "
        "laptop's date and time.",
        "bad-signature": "The request's device signature does not verify.",
    }


class GrantError(SyncError):
    """An agency-key grant cannot be opened or does not match the agency's chain."""

    fallback = "The agency key grant could not be opened."
    messages: ClassVar[dict[str, str]] = {
        "bad-grant": "The agency key grant is not for this device or was damaged.",
        "wrong-key": "The granted agency key does not match the agency's device list.",
    }


class KeyFormatError(SyncError):
    """Stored key material cannot be read."""

    fallback = "The stored sync keys are damaged or in an unknown format."
