"""Device signatures on hub HTTP requests (the X-CD-* headers).

The signed message binds the method, the path with its query, the timestamp and a hash of
the body, so a captured request cannot be replayed elsewhere or with another body; the hub
additionally refuses a signature it has already seen within the time window. Ed25519
signatures from ``cryptography`` are strictly verified (non-malleable) and ``b64d`` accepts
one spelling only, so the ``X-CD-Signature`` header value is a sound replay-cache key.
"""

from __future__ import annotations

import hashlib
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
DEFAULT_WINDOW = 300

_TIMESTAMP_RE = re.compile(r"0|[1-9][0-9]{0,15}")


def request_message(method: str, path_with_query: str, timestamp: str, body: bytes) -> bytes:
    """The exact bytes a request signature covers."""
    return (
        b"collabdesk-req-v1\n" + method.upper().encode() + b"\n" + path_with_query.encode()
        + b"\n" + timestamp.encode() + b"\n"
        + hashlib.sha256(bytes(body)).hexdigest().encode()
    )


def sign_request(
    keys: DeviceKeys, method: str, path_with_query: str, body: bytes,
    timestamp: int | None = None,
) -> dict[str, str]:
    """Headers that authenticate this request as coming from ``keys``' device."""
    stamp = str(int(time.time()) if timestamp is None else int(timestamp))
    signature = keys.sign(request_message(method, path_with_query, stamp, body))
    return {
        HEADER_DEVICE: keys.device_id,
        HEADER_TIMESTAMP: stamp,
        HEADER_SIGNATURE: b64e(signature),
    }


def _header(headers: Mapping[str, str], name: str) -> str:
    # HTTP header names are case-insensitive; plain dicts are not.
    value = headers.get(name)
    if value is None:
        lowered = name.lower()
        for key, candidate in headers.items():
            if key.lower() == lowered:
                value = candidate
                break
    if value is None:
        raise RequestAuthError("missing-header", "signing.header-missing", name=name)
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
    try:
        signature = b64d(_header(headers, HEADER_SIGNATURE))
    except ValueError as exc:
        raise RequestAuthError("malformed", "signing.signature-not-base64",
                               header=HEADER_SIGNATURE) from exc
    if len(signature) != 64:
        raise RequestAuthError("malformed", "signing.signature-wrong-size", header=HEADER_SIGNATURE)
    try:
        key = ed25519.Ed25519PublicKey.from_public_bytes(bytes(sign_public))
        key.verify(signature, request_message(method, path_with_query, stamp, body))
    except (InvalidSignature, ValueError) as exc:
        raise RequestAuthError("bad-signature") from exc
