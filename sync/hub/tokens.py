"""Opaque pull tokens: a mailbox cursor the client hands back unchanged.

A token encodes the mailbox, the mailbox's generation and the last sequence number the client
has seen, authenticated with an HMAC under the hub's secret so clients cannot forge or edit one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass

_MAC_BYTES = 16


class BadToken(Exception):
    """The token is malformed, forged, or belongs to another mailbox or generation."""


@dataclass(frozen=True)
class Cursor:
    mailbox: str
    generation: int
    last_seq: int


def _b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64d(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(secret: bytes, payload: bytes) -> bytes:
    return hmac.new(secret, b"collabdesk-pull-token-v1\n" + payload, hashlib.sha256).digest()[
        :_MAC_BYTES
    ]


def encode_token(secret: bytes, cursor: Cursor) -> str:
    payload = json.dumps(
        {"m": cursor.mailbox, "g": cursor.generation, "s": cursor.last_seq},
        sort_keys=True,
        separators=(",", ":"),
    ).encode()
    return f"{_b64e(payload)}.{_b64e(_mac(secret, payload))}"


def decode_token(secret: bytes, token: str) -> Cursor:
    """Check the token's MAC and return its cursor; raise BadToken on anything amiss."""
    try:
        payload_part, mac_part = token.split(".")
        payload = _b64d(payload_part)
        mac = _b64d(mac_part)
    except (ValueError, UnicodeError) as exc:
        raise BadToken("the pull token is malformed") from exc
    if not hmac.compare_digest(mac, _mac(secret, payload)):
        raise BadToken("the pull token was not issued by this hub")
    try:
        data = json.loads(payload)
        cursor = Cursor(str(data["m"]), int(data["g"]), int(data["s"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise BadToken("the pull token is malformed") from exc
    if cursor.last_seq < 0:
        raise BadToken("the pull token is malformed")
    return cursor
