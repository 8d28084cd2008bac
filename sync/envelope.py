"""Sealed envelopes: the signed, encrypted unit the hub stores and routes but cannot read.

Layout (big-endian, see docs/sync-protocol.md)::

    signed = b"CDE1" ‖ u32 len(header) ‖ header ‖ u32 len(body) ‖ body
             ‖ u16 n ‖ n × (u32 len(wrapped_i) ‖ wrapped_i)
    envelope = signed ‖ Ed25519 signature (64 bytes)

``parse_envelope`` checks framing, limits and the header schema only (what the hub needs);
``open_envelope`` additionally checks the signature, the mailbox, unwraps the body key with
an agency key this device holds, decrypts and decompresses with a bound on the output size.
"""

from __future__ import annotations

import hashlib
import os
import re
import struct
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from collabdesk.messages import msg
from collabdesk.sync.canonical import b64d, b64e, canonical_json, loads_canonical, loads_json
from collabdesk.sync.errors import EnvelopeError
from collabdesk.sync.keys import (
    SUITES,
    AgencyKey,
    DeviceKeys,
    device_id_for,
    hpke_open,
    hpke_seal,
    hpke_sealed_length,
    is_agency_id,
    is_device_id,
)

MAGIC = b"CDE1"
SIGNATURE_LENGTH = 64
BODY_KEY_LENGTH = 32
NONCE_LENGTH = 12
MAX_ENVELOPE_BYTES = 8 * 1024 * 1024
MAX_HEADER_BYTES = 16 * 1024
MAX_RECIPIENTS = 64
MAX_BATCH_BYTES = 64 * 1024 * 1024
KINDS = ("events", "referral", "summary", "snapshot", "snapshot-part")
# Kinds that live beside a mailbox, never in it (see collabdesk.sync.snapshot), the form of
# a snapshot's id, and how many parts one may have (at 6 MiB of rows each, 120 GB; it keeps
# the manifest's list of part ids under the hub's body limit).
SNAPSHOT_KINDS = ("snapshot", "snapshot-part")
SNAPSHOT_ID = re.compile(r"[0-9a-f]{32}")
MAX_SNAPSHOT_PARTS = 20_000
WRAP_INFO_PREFIX = b"collabdesk-envelope-v1|"

_HEADER_KEYS = frozenset(
    {"v", "kind", "mailbox", "sender", "sender_agency", "recipients", "created", "nonce"}
)
_RECIPIENT_KEYS = frozenset({"agency", "epoch", "suite"})
_TAG = 16


@dataclass(frozen=True)
class ParsedEnvelope:
    envelope_id: str
    header: Mapping[str, Any]
    header_bytes: bytes
    body: bytes
    wrapped: tuple[bytes, ...]
    signed_bytes: bytes
    signature: bytes

    @property
    def kind(self) -> str:
        return str(self.header["kind"])

    @property
    def mailbox(self) -> str:
        return str(self.header["mailbox"])

    @property
    def sender(self) -> str:
        return str(self.header["sender"])

    @property
    def sender_agency(self) -> str:
        return str(self.header["sender_agency"])

    @property
    def created_ms(self) -> int:
        return int(self.header["created"])

    @property
    def recipients(self) -> tuple[tuple[str, int, int], ...]:
        """(agency, epoch, suite) for each recipient, in header order."""
        return tuple((r["agency"], r["epoch"], r["suite"]) for r in self.header["recipients"])


def _is_count(value: object) -> bool:
    return type(value) is int and value >= 0


def _check_header(header: object) -> None:
    """Schema of a v1 header; raises EnvelopeError('bad-header')."""
    def bad(why: str, **params: object) -> EnvelopeError:
        return EnvelopeError("bad-header", "envelope.header-malformed",
                             why=msg(f"envelope.header.{why}", **params))

    if not isinstance(header, dict) or set(header) != _HEADER_KEYS:
        raise bad("fields")
    if type(header["v"]) is not int or header["v"] != 1:
        raise bad("version")
    if header["kind"] not in KINDS:
        raise bad("kind")
    for key in ("mailbox", "sender_agency"):
        if not is_agency_id(header[key]):
            raise bad("agency-id", key=key)
    if not is_device_id(header["sender"]):
        raise bad("sender")
    if not _is_count(header["created"]):
        raise bad("created")
    try:
        nonce = b64d(header["nonce"])
    except ValueError:
        nonce = b""
    if len(nonce) != NONCE_LENGTH:
        raise bad("nonce")
    recipients = header["recipients"]
    if not isinstance(recipients, list) or not 0 < len(recipients) <= MAX_RECIPIENTS:
        raise bad("recipient-count", most=MAX_RECIPIENTS)
    seen: set[tuple[str, int]] = set()
    for r in recipients:
        if not isinstance(r, dict) or set(r) != _RECIPIENT_KEYS:
            raise bad("recipient")
        if not is_agency_id(r["agency"]) or not _is_count(r["epoch"]):
            raise bad("recipient")
        if type(r["suite"]) is not int or r["suite"] not in SUITES:
            raise bad("recipient-suite")
        if (r["agency"], r["epoch"]) in seen:
            raise bad("recipient-twice")
        seen.add((r["agency"], r["epoch"]))


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise EnvelopeError("truncated")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def u16(self) -> int:
        return int(struct.unpack(">H", self.take(2))[0])

    def u32(self) -> int:
        return int(struct.unpack(">I", self.take(4))[0])


PUSH_MEDIA_TYPE = "application/vnd.collabdesk.envelopes"
ENVELOPE_MEDIA_TYPE = "application/vnd.collabdesk.envelope"  # one envelope, as it is


def frame_envelopes(envelopes: Sequence[bytes]) -> bytes:
    """A push body: each envelope as u32 length ‖ bytes, back to back (no base64)."""
    return b"".join(struct.pack(">I", len(e)) + e for e in envelopes)


def unframe_envelopes(body: bytes) -> list[bytes]:
    """The envelopes of a push body; raises EnvelopeError('bad-framing') if it is cut or
    padded."""
    reader, out = _Reader(body), []
    try:
        while reader.pos < len(body):
            out.append(reader.take(reader.u32()))
    except EnvelopeError as exc:
        raise EnvelopeError("bad-framing") from exc
    return out


def parse_envelope(data: bytes) -> ParsedEnvelope:
    """Check framing, size limits and header schema; raises EnvelopeError. No crypto."""
    data = bytes(data)
    if len(data) > MAX_ENVELOPE_BYTES:
        raise EnvelopeError("too-large")
    if data[:4] != MAGIC:
        raise EnvelopeError("truncated" if MAGIC.startswith(data) else "bad-magic")
    reader = _Reader(data)
    reader.take(4)
    header_length = reader.u32()
    if header_length > MAX_HEADER_BYTES:
        raise EnvelopeError("too-large", "envelope.header-too-large")
    header_bytes = reader.take(header_length)
    body_length = reader.u32()
    if body_length < _TAG:
        raise EnvelopeError("bad-framing", "envelope.body-shorter-than-tag")
    body = reader.take(body_length)
    count = reader.u16()
    if count > MAX_RECIPIENTS:
        raise EnvelopeError("bad-framing", "envelope.too-many-wrapped-keys")
    wrapped = tuple(reader.take(reader.u32()) for _ in range(count))
    signed_end = reader.pos
    remaining = len(data) - signed_end
    if remaining < SIGNATURE_LENGTH:
        raise EnvelopeError("truncated")
    if remaining > SIGNATURE_LENGTH:
        raise EnvelopeError("trailing-data")

    try:
        header = loads_canonical(header_bytes)
    except (ValueError, TypeError) as exc:
        raise EnvelopeError("bad-header", "envelope.header-not-canonical") from exc
    _check_header(header)
    recipients = header["recipients"]
    if count != len(recipients):
        raise EnvelopeError("bad-framing", "envelope.wrapped-key-count-mismatch")
    for blob, recipient in zip(wrapped, recipients, strict=True):
        if len(blob) != hpke_sealed_length(recipient["suite"], BODY_KEY_LENGTH):
            raise EnvelopeError("bad-framing", "envelope.wrapped-key-wrong-size")
    signed = data[:signed_end]
    return ParsedEnvelope(
        envelope_id=hashlib.sha256(signed).hexdigest(),
        header=MappingProxyType(header), header_bytes=header_bytes, body=body, wrapped=wrapped,
        signed_bytes=signed, signature=data[signed_end:],
    )


def verify_signature(env: ParsedEnvelope, sign_public: bytes) -> None:
    """Check the sender's Ed25519 signature over the signed bytes; raises EnvelopeError."""
    try:
        key = ed25519.Ed25519PublicKey.from_public_bytes(bytes(sign_public))
        key.verify(env.signature, env.signed_bytes)
    except (InvalidSignature, ValueError) as exc:
        raise EnvelopeError("bad-signature") from exc


def _wrap_info(header_bytes: bytes) -> bytes:
    return WRAP_INFO_PREFIX + hashlib.sha256(header_bytes).digest()


def _frame(header_bytes: bytes, body: bytes, wrapped: Sequence[bytes]) -> bytes:
    parts = [MAGIC, struct.pack(">I", len(header_bytes)), header_bytes,
             struct.pack(">I", len(body)), body, struct.pack(">H", len(wrapped))]
    for blob in wrapped:
        parts += [struct.pack(">I", len(blob)), blob]
    return b"".join(parts)


def seal(
    *, kind: str, batch: object, mailbox: str, sender: DeviceKeys, sender_agency: str,
    recipients: Sequence[tuple[str, int, int, bytes]], created_ms: int,
) -> bytes:
    """Seal ``batch`` for the given agency keys and sign it as ``sender``.

    ``recipients`` holds (agency_id, epoch, suite, agency public key) taken from each
    agency's verified chain. Raises EnvelopeError('too-large' or 'bad-header'), and
    TypeError if the batch holds values canonical JSON refuses (floats, sets).
    """
    return seal_bytes(kind=kind, plain=canonical_json(batch), mailbox=mailbox, sender=sender,
                      sender_agency=sender_agency, recipients=recipients,
                      created_ms=created_ms)


def seal_bytes(
    *, kind: str, plain: bytes, mailbox: str, sender: DeviceKeys, sender_agency: str,
    recipients: Sequence[tuple[str, int, int, bytes]], created_ms: int,
) -> bytes:
    """:func:`seal` for a body that is already bytes (a snapshot part's own encoding)."""
    if len(plain) > MAX_BATCH_BYTES:
        raise EnvelopeError("too-large", "envelope.batch-too-large")
    nonce = os.urandom(NONCE_LENGTH)
    header = {
        "v": 1, "kind": kind, "mailbox": mailbox, "sender": sender.device_id,
        "sender_agency": sender_agency,
        "recipients": [{"agency": a, "epoch": e, "suite": s} for a, e, s, _ in recipients],
        "created": created_ms, "nonce": b64e(nonce),
    }
    _check_header(header)
    header_bytes = canonical_json(header)
    if len(header_bytes) > MAX_HEADER_BYTES:
        raise EnvelopeError("too-large", "envelope.header-too-large")
    body_key = os.urandom(BODY_KEY_LENGTH)
    body = ChaCha20Poly1305(body_key).encrypt(nonce, zlib.compress(plain, 6), header_bytes)
    info = _wrap_info(header_bytes)
    try:
        wrapped = [hpke_seal(s, public, info, body_key) for _, _, s, public in recipients]
    except ValueError as exc:
        raise EnvelopeError("bad-header", "envelope.recipient-key-malformed") \
            from exc
    signed = _frame(header_bytes, body, wrapped)
    envelope = signed + sender.sign(signed)
    if len(envelope) > MAX_ENVELOPE_BYTES:
        raise EnvelopeError("too-large", "envelope.sealed-too-large")
    return envelope


def _decompress(compressed: bytes) -> bytes:
    # max_length bounds memory: a small body cannot expand past the batch limit (zip bomb).
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(compressed, MAX_BATCH_BYTES + 1)
    except zlib.error as exc:
        raise EnvelopeError("bad-batch") from exc
    if len(out) > MAX_BATCH_BYTES or inflater.unconsumed_tail:
        raise EnvelopeError("too-large", "envelope.batch-expands-too-far")
    if not inflater.eof or inflater.unused_data:
        raise EnvelopeError("bad-batch", "envelope.batch-incomplete")
    return out


def open_envelope(
    data: bytes, *, mailbox: str, sender_public: bytes,
    agency_keys: Mapping[tuple[str, int], AgencyKey],
) -> tuple[ParsedEnvelope, object]:
    """Fully check an envelope pulled from ``mailbox`` and return it with its batch.

    ``sender_public`` must come from the sender agency's verified chain (looked up by
    ``parse_envelope(data).sender``); ``agency_keys`` maps (agency_id, epoch) to the keys
    this device holds. Raises EnvelopeError; nothing is returned unless every check passed.
    """
    env, plain = open_envelope_bytes(data, mailbox=mailbox, sender_public=sender_public,
                                     agency_keys=agency_keys)
    try:
        batch = loads_json(plain, floats=True)
    except ValueError as exc:
        raise EnvelopeError("bad-batch") from exc
    return env, batch


def open_envelope_bytes(
    data: bytes, *, mailbox: str, sender_public: bytes,
    agency_keys: Mapping[tuple[str, int], AgencyKey],
) -> tuple[ParsedEnvelope, bytes]:
    """:func:`open_envelope` up to the decompressed body, which is returned as bytes."""
    env = parse_envelope(data)
    if device_id_for(bytes(sender_public)) != env.sender:
        raise EnvelopeError("wrong-sender")
    verify_signature(env, sender_public)
    if env.mailbox != mailbox:
        raise EnvelopeError("wrong-mailbox")
    held = [
        (blob, key) for blob, (agency, epoch, suite) in zip(env.wrapped, env.recipients,
                                                            strict=True)
        if (key := agency_keys.get((agency, epoch))) is not None and key.suite == suite
    ]
    if not held:
        raise EnvelopeError("no-key")
    blob, key = held[0]
    try:
        body_key = hpke_open(key.suite, key.private, _wrap_info(env.header_bytes), blob)
        compressed = ChaCha20Poly1305(body_key).decrypt(
            b64d(env.header["nonce"]), env.body, env.header_bytes
        )
    except (ValueError, InvalidTag) as exc:
        raise EnvelopeError("aead-failed") from exc
    return env, _decompress(compressed)
