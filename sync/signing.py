"""Device signatures on hub HTTP requests (the X-CD-* headers).

The signed message binds the method, the path with its query, the timestamp and a hash of
the body, so a captured request cannot be replayed elsewhere or with another body; the hub
additionally refuses a signature it has already seen within the time window. Ed25519
signatures from ``cryptography`` are strictly verified (non-malleable) and ``b64d`` accepts
one spelling only, so the ``X-CD-Signature`` header value is a sound replay-cache key.

Two versions of the message exist. Ed25519 is deterministic, so under ``collabdesk-req-v1``
two processes of one laptop sending the same request in the same second make the same
signature, and the hub refuses the second as a replay. ``collabdesk-req-v2`` also signs a
random ``X-CD-Nonce``: honest requests always differ, a captured one replayed still does not.
A hub verifies both (v2 when the nonce header is there) and names the versions it verifies
in ``X-CD-Request-Signing`` on every answer; see docs/sync-protocol.md for how a laptop
chooses.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from collections.abc import Mapping

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from collabdesk.sync.canonical import b64d, b64e
from collabdesk.sync.errors import RequestAuthError
from collabdesk.sync.keys import DEVICE_ID_RE, DeviceKeys, device_id_for

HEADER_DEVICE = "X-CD-Device"
HEADER_TIMESTAMP = "X-CD-Timestamp"
HEADER_SIGNATURE = "X-CD-Signature"
HEADER_NONCE = "X-CD-Nonce"  # v2 only
# On every answer of a hub: the request-signing versions it verifies ("1,2").
HEADER_VERSIONS = "X-CD-Request-Signing"
VERSIONS = (1, 2)
DEFAULT_WINDOW = 300
NONCE_LENGTH = 16

_TIMESTAMP_RE = re.compile(r"0|[1-9][0-9]{0,15}")


def request_message(method: str, path_with_query: str, timestamp: str, body: bytes,
                    nonce: str | None = None) -> bytes:
    """The exact bytes a request signature covers: v1 without a nonce, v2 with one."""
    head = b"collabdesk-req-v1\n" if nonce is None else b"collabdesk-req-v2\n"
    stamp = timestamp.encode() if nonce is None else f"{timestamp}\n{nonce}".encode()
    return (
        head + method.upper().encode() + b"\n" + path_with_query.encode()
        + b"\n" + stamp + b"\n" + hashlib.sha256(bytes(body)).hexdigest().encode()
    )


def sign_request(
    keys: DeviceKeys, method: str, path_with_query: str, body: bytes,
    timestamp: int | None = None, *, version: int = 1,
) -> dict[str, str]:
    """Headers that authenticate this request as coming from ``keys``' device (``version``
    2 adds a fresh nonce; only a hub that names 2 in :data:`HEADER_VERSIONS` verifies it)."""
    if version not in VERSIONS:
        raise ValueError(f"unknown request-signing version {version}")
    stamp = str(int(time.time()) if timestamp is None else int(timestamp))
    nonce = b64e(os.urandom(NONCE_LENGTH)) if version == 2 else None
    signature = keys.sign(request_message(method, path_with_query, stamp, body, nonce))
    headers = {
        HEADER_DEVICE: keys.device_id,
        HEADER_TIMESTAMP: stamp,
        HEADER_SIGNATURE: b64e(signature),
    }
    if nonce is not None:
        headers[HEADER_NONCE] = nonce
    return headers


def verified_versions(headers: Mapping[str, str]) -> tuple[int, ...]:
    """The request-signing versions a hub's answer says it verifies; () if it does not say
    (a hub from before v2, which verifies v1 only)."""
    value = _optional_header(headers, HEADER_VERSIONS) or ""
    return tuple(int(v) for v in (p.strip() for p in value.split(",")) if v.isdigit())


def _optional_header(headers: Mapping[str, str], name: str) -> str | None:
    # HTTP header names are case-insensitive; plain dicts are not.
    value = headers.get(name)
    if value is None:
        lowered = name.lower()
        for key, candidate in headers.items():
            if key.lower() == lowered:
                return candidate
    return value


def _header(headers: Mapping[str, str], name: str) -> str:
    value = _optional_header(headers, name)
    if value is None:
        raise RequestAuthError("missing-header", "signing.header-missing", name=name)
    return value


def _base64_header(headers: Mapping[str, str], name: str, length: int) -> bytes:
    try:
        value = b64d(_header(headers, name))
    except ValueError as exc:
        raise RequestAuthError("malformed", "signing.signature-not-base64",
                               header=name) from exc
    if len(value) != length:
        raise RequestAuthError("malformed", "signing.signature-wrong-size", header=name)
    return value


def request_device_id(headers: Mapping[str, str]) -> str:
    """The device id a request claims to come from; raises RequestAuthError if malformed."""
    device = _header(headers, HEADER_DEVICE)
    if not DEVICE_ID_RE.fullmatch(device):
        raise RequestAuthError("malformed", "signing.device-header-malformed", header=HEADER_DEVICE)
    return device


def verify_request(
    sign_public: bytes, method: str, path_with_query: str, body: bytes,
    headers: Mapping[str, str], *, now: int, window: int = DEFAULT_WINDOW,
) -> None:
    """Check a request's signature headers against the device's public key.

    Raises RequestAuthError with reason missing-header, malformed, wrong-device, stale or
    bad-signature. Replay detection (a signature seen before) is the caller's job.
    """
    device = request_device_id(headers)
    if device != device_id_for(sign_public):
        raise RequestAuthError("wrong-device")
    stamp = _header(headers, HEADER_TIMESTAMP)
    if not _TIMESTAMP_RE.fullmatch(stamp):
        raise RequestAuthError("malformed", "signing.timestamp-header-malformed",
                               header=HEADER_TIMESTAMP)
    if abs(now - int(stamp)) > window:
        raise RequestAuthError("stale")
    signature = _base64_header(headers, HEADER_SIGNATURE, 64)
    # With a nonce the request is v2; without, v1. Adding or removing the header does not
    # turn one into the other: the version is the first line of what was signed.
    nonce = _optional_header(headers, HEADER_NONCE)
    if nonce is not None:
        _base64_header(headers, HEADER_NONCE, NONCE_LENGTH)
    try:
        key = ed25519.Ed25519PublicKey.from_public_bytes(bytes(sign_public))
        key.verify(signature, request_message(method, path_with_query, stamp, body, nonce))
    except (InvalidSignature, ValueError) as exc:
        raise RequestAuthError("bad-signature") from exc
