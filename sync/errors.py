"""Typed errors of the sync layer (envelopes, device chains, request signatures, grants).

Each error carries a machine ``reason`` (a short code such as ``"bad-signature"``) that the
hub returns to clients and tests assert on. Its message is the catalogue entry
``sync.<area>.<reason>`` (see :mod:`collabdesk.messages`), or ``sync.<area>.failed`` for a
reason without a sentence of its own; a raise site may name a more precise catalogue code
with parameters instead.
"""

from __future__ import annotations

from typing import Any, ClassVar

from collabdesk.errors import CollabDeskError
from collabdesk.message_catalogue import MESSAGES


class SyncError(CollabDeskError):
    """Base for sync failures: ``reason`` is a stable code, ``str()`` a plain sentence."""

    area: ClassVar[str] = "check"

    def __init__(self, reason: str, code: str | None = None, /, **params: Any) -> None:
        self.reason = reason
        if code is None:
            code = f"sync.{self.area}.{reason}"
            if code not in MESSAGES:
                code = f"sync.{self.area}.failed"
        super().__init__(code, **params)


class EnvelopeError(SyncError):
    """An envelope is malformed, forged, misaddressed or unreadable; it was not applied."""

    area = "envelope"


class ChainError(SyncError):
    """An agency device chain does not verify; it must not be trusted or extended."""

    area = "chain"


class RequestAuthError(SyncError):
    """A hub request's device signature is missing, stale or invalid."""

    area = "request"


class GrantError(SyncError):
    """An agency-key grant cannot be opened or does not match the agency's chain."""

    area = "grant"


class KeyFormatError(SyncError):
    """Stored key material cannot be read."""

    area = "keys"
