"""The partner hub's HTTP API (FastAPI): a mailbox for sealed envelopes.

The hub routes and stores envelopes it cannot read. It checks what it can without keys:
request signatures by registered devices, envelope framing, addressing and sender signatures,
and every device-chain entry against the chain it already holds. See docs/sync-protocol.md.

Workers keep no state of their own beyond caches: everything lives in the database, so any
number of workers (or machines) can serve one hub.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Literal, NoReturn

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from collabdesk.sync import chain as chain_mod
from collabdesk.sync import envelope as envelope_mod
from collabdesk.sync import keys as keys_mod
from collabdesk.sync import signing, summaries
from collabdesk.sync.canonical import b64d, b64e, canonical_json
from collabdesk.sync.errors import ChainError, EnvelopeError, RequestAuthError
from collabdesk.sync.hub import admin, dashboard, db
from collabdesk.sync.hub.tokens import BadToken, Cursor, decode_token, encode_token

log = logging.getLogger("collabdesk.hub")

MAX_BODY_BYTES = 8 * 1024 * 1024
MAX_ENVELOPES_PER_PUSH = 500
DEFAULT_PAGE = 200
MAX_PAGE = 1000
# A page also stops growing at this many bytes so one response stays a sensible size.
MAX_PAGE_BYTES = 8 * 1024 * 1024
REQUEST_WINDOW = 300
MAX_GRANT_BYTES = 64 * 1024
DATABASE_ENV = "COLLABDESK_HUB_DATABASE"
_PRUNE_EVERY = 60
# An upload of a snapshot that receives no part for a day is abandoned and deleted.
SNAPSHOT_UPLOAD_TTL = 24 * 3600


class HubReject(Exception):
    """A request the hub refuses: HTTP status, stable reason code and a plain sentence.

    ``log`` carries the fields of a rejections-table row when the refusal must be recorded.
    """

    def __init__(self, status: int, reason: str, message: str,
                 log: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status, self.reason, self.message, self.log = status, reason, message, log


@dataclass(frozen=True)
class Caller:
    """An authenticated, active device and the exact body it signed."""

    device_id: str
    agency_id: str
    sign_pub: bytes
    body: bytes


# ---- request and response models (these also make the published OpenAPI spec useful) ----

class EnrollIn(BaseModel):
    code: str = Field(max_length=100)
    sign_pub: str = Field(description="b64 raw Ed25519 public key", max_length=100)
    kem_pub: str = Field(description="b64 raw X25519 public key", max_length=100)
    label: str = Field(min_length=1, max_length=200)
    chain: list[dict[str, Any]] | None = Field(
        default=None, description="wire entries 0 and 1, for an agency's first device only"
    )


class EnrollOut(BaseModel):
    agency: str
    device: str
    status: str


class ChainOut(BaseModel):
    agency: str
    entries: list[dict[str, Any]]


class ChainIn(BaseModel):
    entries: list[dict[str, Any]] = Field(max_length=1000)


class ChainAppendOut(BaseModel):
    agency: str
    next_seq: int


class PendingDevice(BaseModel):
    device: str
    label: str
    sign_pub: str
    kem_pub: str
    fingerprint: str
    requested_at: int


class PendingOut(BaseModel):
    devices: list[PendingDevice]


class GrantIn(BaseModel):
    epoch: int = Field(ge=0)
    blob: str


class GrantsIn(BaseModel):
    grants: list[GrantIn] = Field(min_length=1, max_length=1000)


class GrantsStoredOut(BaseModel):
    device: str
    stored: int


class GrantOut(BaseModel):
    agency: str
    epoch: int
    blob: str
    granted_by: str


class GrantsOut(BaseModel):
    grants: list[GrantOut]


class DirectoryEntry(BaseModel):
    id: str
    name: str
    epoch: int | None
    suite: int | None
    agency_pub: str | None


class DirectoryOut(BaseModel):
    agencies: list[DirectoryEntry]


class PushResult(BaseModel):
    id: str | None
    seq: int | None
    status: str
    reason: str | None = None


class PushOut(BaseModel):
    results: list[PushResult]


class PulledEnvelope(BaseModel):
    seq: int
    id: str
    data: str | None = Field(description="b64 of the envelope; null for the caller's own "
                             "envelopes when the pull asked for own=id")


class PullOut(BaseModel):
    envelopes: list[PulledEnvelope]
    token: str
    done: bool
    chain: int = Field(description="entries in the caller's agency device chain: a laptop "
                       "whose copy is shorter fetches the rest before sealing anything")
    behind: int | None = Field(default=None, description="on the last page: envelopes in "
                               "the mailbox after its latest snapshot (all, if none)")


class SnapshotCommitIn(BaseModel):
    manifest: str = Field(description="b64 of the sealed manifest (an envelope of kind "
                          "'snapshot')")
    parts: int = Field(ge=1, le=envelope_mod.MAX_SNAPSHOT_PARTS)
    cursor: str | None = Field(default=None, description="the maker's pull token when it "
                               "read the rows: where in the mailbox the snapshot stands")


class SnapshotOut(BaseModel):
    id: str
    parts: int
    size: int
    created_at: int
    behind: int = Field(description="envelopes in the mailbox after the snapshot's point")
    manifest: str = Field(description="b64 of the sealed manifest")


class SnapshotPartOut(BaseModel):
    id: str
    n: int


class SummaryIn(BaseModel):
    month: str = Field(description="YYYY-MM", max_length=7)
    document: str = Field(description="b64 of the summary document's JSON bytes "
                          "(see collabdesk.sync.summaries)")
    signature: str = Field(description="b64 Ed25519 by the sending device over "
                           "b'collabdesk-summary-v1\\n' + document", max_length=100)


class SummaryOut(BaseModel):
    id: int
    month: str
    superseded: int


def _require_media_type(content_type: str, expected: str, message: str) -> None:
    if content_type.split(";")[0].strip() != expected:
        raise HubReject(415, "bad-media-type", message.format(expected))


# ---- the hub proper: plain methods over the database, called from the routes ----

class Hub:
    def __init__(self, database_url: str, clock: Callable[[], float], migrate: bool) -> None:
        self.engine = db.make_engine(database_url)
        if migrate:
            db.migrate(self.engine)
        self.secret = db.hub_secret(self.engine)
        self.clock = clock
        self._last_prune = 0

    def now(self) -> int:
        return int(self.clock())

    def log_rejection(self, what: str, reason: str, **fields: Any) -> None:
        try:
            with db.write_tx(self.engine) as conn:
                conn.execute(
                    insert(db.rejections).values(at=self.now(), what=what, reason=reason, **fields)
                )
        except Exception:  # the refusal itself must still reach the client
            log.exception("could not record a rejection (%s: %s)", what, reason)

    # -- authentication --

    def authenticate(self, method: str, path: str, body: bytes,
                     headers: Mapping[str, str]) -> Caller:
        now = self.now()
        try:
            device_id = signing.request_device_id(headers)
        except RequestAuthError as exc:
            raise HubReject(401, exc.reason, str(exc)) from exc
        with db.read_tx(self.engine) as conn:
            row = conn.execute(
                select(db.devices).where(db.devices.c.device_id == device_id)
            ).first()
        if row is None:
            raise HubReject(401, "unknown-device",
                            "This device is not enrolled with the hub; enroll it first.")
        try:
            signing.verify_request(row.sign_pub, method, path, body, headers, now=now,
                                   window=REQUEST_WINDOW)
        except RequestAuthError as exc:
            log.info("refused request from %s: %s", device_id, exc.reason)
            raise HubReject(401, exc.reason, str(exc)) from exc
        if row.status == "revoked":
            raise HubReject(403, "revoked", "This device has been revoked and may not use "
                            "the hub. Enroll it again with a new code if that was a mistake.")
        if row.status != "active":
            raise HubReject(403, "pending", "This device is waiting for approval by an "
                            "active device of its agency.")
        signature = headers.get("X-CD-Signature") or ""
        sig_hash = hashlib.sha256(signature.encode("utf-8")).hexdigest()
        try:
            with db.write_tx(self.engine) as conn:
                conn.execute(insert(db.seen_request_signatures).values(
                    signature_hash=sig_hash, device_id=device_id, seen_at=now))
                if now - self._last_prune >= _PRUNE_EVERY:
                    # A signature stays acceptable while its timestamp is within the window
                    # either side of our clock, so remember it for twice that, plus slack.
                    conn.execute(delete(db.seen_request_signatures).where(
                        db.seen_request_signatures.c.seen_at < now - 2 * REQUEST_WINDOW - 60))
                    self._last_prune = now
        except IntegrityError as exc:
            log.warning("replayed request from %s refused", device_id)
            raise HubReject(401, "replayed", "This exact request was already received; "
                            "a replayed request is refused.") from exc
        return Caller(device_id, row.agency_id, row.sign_pub, body)

    # -- enrollment and the device chain --

    def enroll(self, req: EnrollIn) -> EnrollOut:
        now = self.now()
        try:
            sign_pub, kem_pub = b64d(req.sign_pub), b64d(req.kem_pub)
        except ValueError as exc:
            raise HubReject(400, "bad-key", "The device keys are not valid base64.") from exc
        if len(sign_pub) != 32 or len(kem_pub) != 32:
            raise HubReject(400, "bad-key", "The device keys have the wrong length.")
        device_id = keys_mod.device_id_for(sign_pub)
        with db.write_tx(self.engine) as conn:
            code = conn.execute(select(db.enrollment_codes).where(
                db.enrollment_codes.c.code_hash == admin.hash_code(req.code))).first()
            if code is None:
                raise HubReject(400, "unknown-code", "This enrollment code is not valid on "
                                "this hub. Check it, or ask the hub operator for a new one.")
            if code.used_at is not None:
                raise HubReject(400, "code-used", "This enrollment code has already been "
                                "used. Ask the hub operator for a new one.")
            if code.expires_at <= now:
                raise HubReject(400, "code-expired", "This enrollment code has expired. "
                                "Ask the hub operator for a new one.")
            agency_id = str(code.agency_id)
            self._lock_agency(conn, agency_id)
            if conn.execute(select(db.devices.c.device_id).where(
                    db.devices.c.device_id == device_id)).first() is not None:
                raise HubReject(409, "already-enrolled",
                                "This device is already enrolled with the hub.")
            stored = self._stored_chain(conn, agency_id)
            if stored:
                if req.chain:
                    raise HubReject(409, "chain-exists", "This agency already has a device "
                                    "list; enroll without one and wait for approval.")
                conn.execute(insert(db.devices).values(
                    device_id=device_id, agency_id=agency_id, sign_pub=sign_pub,
                    kem_pub=kem_pub, label=req.label, status="pending", created_at=now))
                status = "pending"
            else:
                if not req.chain:
                    raise HubReject(400, "genesis-required", "This is the agency's first "
                                    "device: it must bring the agency's device list "
                                    "(entries 0 and 1).")
                self._check_genesis(agency_id, req.chain, device_id, sign_pub, kem_pub)
                conn.execute(insert(db.devices).values(
                    device_id=device_id, agency_id=agency_id, sign_pub=sign_pub,
                    kem_pub=kem_pub, label=req.label, status="pending", created_at=now))
                self._apply_entries(conn, agency_id, req.chain, now)
                status = "active"
            conn.execute(update(db.enrollment_codes)
                         .where(db.enrollment_codes.c.code_hash == code.code_hash)
                         .values(used_at=now, used_by=device_id))
        return EnrollOut(agency=agency_id, device=device_id, status=status)

    def _check_genesis(self, agency_id: str, wires: list[dict[str, Any]], device_id: str,
                       sign_pub: bytes, kem_pub: bytes) -> None:
        try:
            chain_mod.verify_chain(agency_id, wires)
        except ChainError as exc:
            raise HubReject(400, exc.reason, str(exc),
                            log={"what": "chain", "agency_id": agency_id,
                                 "device_id": device_id}) from exc
        root = wires[0]["entry"]
        if (root.get("device") != device_id or root.get("sign_pub") != b64e(sign_pub)
                or root.get("kem_pub") != b64e(kem_pub)):
            raise HubReject(400, "root-mismatch", "The device list's root entry is not this "
                            "device's keys.", log={"what": "chain", "agency_id": agency_id,
                                                   "device_id": device_id})

    def _lock_agency(self, conn: Connection, agency_id: str) -> None:
        # Serialises chain changes of one agency (PostgreSQL row lock; SQLite is already
        # serialised by BEGIN IMMEDIATE, where FOR UPDATE renders as nothing).
        conn.execute(select(db.agencies.c.id).where(db.agencies.c.id == agency_id)
                     .with_for_update()).first()

    def _stored_chain(self, conn: Connection, agency_id: str) -> list[dict[str, Any]]:
        rows = conn.execute(select(db.chain_entries.c.wire)
                            .where(db.chain_entries.c.agency_id == agency_id)
                            .order_by(db.chain_entries.c.seq)).all()
        return [json.loads(r.wire) for r in rows]

    def _apply_entries(self, conn: Connection, agency_id: str, wires: list[dict[str, Any]],
                       now: int) -> None:
        """Store verified entries and bring the device table and directory in line."""
        for wire in wires:
            entry = wire["entry"]
            conn.execute(insert(db.chain_entries).values(
                agency_id=agency_id, seq=int(entry["seq"]),
                wire=canonical_json(wire).decode("utf-8"), received_at=now))
            op = entry["op"]
            if op == "add":
                self._apply_add(conn, agency_id, entry, now)
            elif op == "revoke":
                conn.execute(update(db.devices)
                             .where(db.devices.c.device_id == entry["device"],
                                    db.devices.c.agency_id == agency_id,
                                    db.devices.c.status != "revoked")
                             .values(status="revoked", revoked_at=now))
            elif op == "epoch":
                conn.execute(update(db.agencies).where(db.agencies.c.id == agency_id).values(
                    current_epoch=int(entry["epoch"]), suite=int(entry["suite"]),
                    agency_pub=b64d(entry["agency_pub"])))

    def _apply_add(self, conn: Connection, agency_id: str, entry: dict[str, Any],
                   now: int) -> None:
        device_id = str(entry["device"])
        sign_pub, kem_pub = b64d(entry["sign_pub"]), b64d(entry["kem_pub"])
        row = conn.execute(select(db.devices).where(db.devices.c.device_id == device_id)).first()
        if row is None:
            # The chain is the authority on an agency's devices: an active device vouched.
            conn.execute(insert(db.devices).values(
                device_id=device_id, agency_id=agency_id, sign_pub=sign_pub, kem_pub=kem_pub,
                label=str(entry.get("label", ""))[:200], status="active", created_at=now,
                activated_at=now))
            return
        if row.agency_id != agency_id:
            raise HubReject(409, "other-agency", "The device list adds a device that is "
                            "enrolled with another agency.",
                            log={"what": "chain", "agency_id": agency_id,
                                 "device_id": device_id})
        if bytes(row.kem_pub) != kem_pub or bytes(row.sign_pub) != sign_pub:
            raise HubReject(409, "key-mismatch", "The device list adds keys that differ from "
                            "the ones this device enrolled with; compare fingerprints again.",
                            log={"what": "chain", "agency_id": agency_id,
                                 "device_id": device_id})
        if row.status == "pending":
            # A hub-side revocation is deliberately sticky: only pending devices activate.
            conn.execute(update(db.devices).where(db.devices.c.device_id == device_id)
                         .values(status="active", activated_at=now))

    def get_chain(self, agency_id: str, after: int) -> ChainOut:
        with db.read_tx(self.engine) as conn:
            self._require_agency(conn, agency_id)
            rows = conn.execute(select(db.chain_entries.c.wire)
                                .where(db.chain_entries.c.agency_id == agency_id,
                                       db.chain_entries.c.seq > after)
                                .order_by(db.chain_entries.c.seq)).all()
        return ChainOut(agency=agency_id, entries=[json.loads(r.wire) for r in rows])

    def append_chain(self, caller: Caller, agency_id: str, wires: list[dict[str, Any]]
                     ) -> ChainAppendOut:
        self._require_member(caller, agency_id)
        now = self.now()
        with db.write_tx(self.engine) as conn:
            self._lock_agency(conn, agency_id)
            stored = self._stored_chain(conn, agency_id)
            # A retry may resend entries the hub already holds: accept those if identical.
            new = []
            for wire in wires:
                seq = wire.get("entry", {}).get("seq") if isinstance(wire, dict) else None
                if isinstance(seq, int) and 0 <= seq < len(stored):
                    if canonical_json(stored[seq]) != canonical_json(wire):
                        raise HubReject(409, "fork", f"Entry {seq} differs from the one the "
                                        "hub holds; refresh the device list and retry.",
                                        log={"what": "chain", "agency_id": agency_id,
                                             "device_id": caller.device_id})
                    continue
                new.append(wire)
            if new:
                try:
                    state = chain_mod.verify_chain(agency_id, stored)
                    chain_mod.extend_chain(state, new)
                except ChainError as exc:
                    raise HubReject(400, exc.reason, str(exc),
                                    log={"what": "chain", "agency_id": agency_id,
                                         "device_id": caller.device_id}) from exc
                self._apply_entries(conn, agency_id, new, now)
        return ChainAppendOut(agency=agency_id, next_seq=len(stored) + len(new))

    def pending(self, caller: Caller, agency_id: str) -> PendingOut:
        self._require_member(caller, agency_id)
        with db.read_tx(self.engine) as conn:
            rows = conn.execute(select(db.devices)
                                .where(db.devices.c.agency_id == agency_id,
                                       db.devices.c.status == "pending")
                                .order_by(db.devices.c.created_at)).all()
        return PendingOut(devices=[
            PendingDevice(device=r.device_id, label=r.label, sign_pub=b64e(r.sign_pub),
                          kem_pub=b64e(r.kem_pub),
                          fingerprint=keys_mod.fingerprint(r.sign_pub, r.kem_pub),
                          requested_at=r.created_at)
            for r in rows])

    def put_grants(self, caller: Caller, agency_id: str, device_id: str, body: GrantsIn
                   ) -> GrantsStoredOut:
        self._require_member(caller, agency_id)
        blobs: list[tuple[int, bytes]] = []
        for grant in body.grants:
            try:
                blob = b64d(grant.blob)
            except ValueError as exc:
                raise HubReject(400, "bad-grant", "A grant is not valid base64.") from exc
            if not blob or len(blob) > MAX_GRANT_BYTES:
                raise HubReject(400, "bad-grant", "A grant is empty or too large.")
            blobs.append((grant.epoch, blob))
        now = self.now()
        with db.write_tx(self.engine) as conn:
            target = conn.execute(select(db.devices).where(
                db.devices.c.device_id == device_id,
                db.devices.c.agency_id == agency_id)).first()
            if target is None:
                raise HubReject(404, "unknown-device", "No device with that id in this agency.")
            if target.status == "revoked":
                raise HubReject(409, "revoked", "That device is revoked; it gets no grants.")
            current = conn.execute(select(db.agencies.c.current_epoch).where(
                db.agencies.c.id == agency_id)).scalar_one()
            for epoch, blob in blobs:
                if current is None or epoch > current:
                    raise HubReject(400, "bad-epoch", f"Epoch {epoch} is not in the agency's "
                                    "device list yet; append the epoch entry first.")
                conn.execute(delete(db.grants).where(db.grants.c.device_id == device_id,
                                                     db.grants.c.epoch == epoch))
                conn.execute(insert(db.grants).values(
                    device_id=device_id, epoch=epoch, agency_id=agency_id, blob=blob,
                    granted_by=caller.device_id, created_at=now))
        return GrantsStoredOut(device=device_id, stored=len(blobs))

    def get_grants(self, caller: Caller) -> GrantsOut:
        with db.read_tx(self.engine) as conn:
            rows = conn.execute(select(db.grants)
                                .where(db.grants.c.device_id == caller.device_id)
                                .order_by(db.grants.c.epoch)).all()
        return GrantsOut(grants=[GrantOut(agency=r.agency_id, epoch=r.epoch, blob=b64e(r.blob),
                                          granted_by=r.granted_by) for r in rows])

    def directory(self) -> DirectoryOut:
        with db.read_tx(self.engine) as conn:
            rows = conn.execute(select(db.agencies).order_by(db.agencies.c.name)).all()
        return DirectoryOut(agencies=[
            DirectoryEntry(id=r.id, name=r.name, epoch=r.current_epoch, suite=r.suite,
                           agency_pub=b64e(r.agency_pub) if r.agency_pub is not None else None)
            for r in rows])

    # -- mailboxes --

    def push(self, caller: Caller, mailbox: str, content_type: str) -> PushOut:
        _require_media_type(content_type, envelope_mod.PUSH_MEDIA_TYPE,
                            "Push envelopes as {} (u32 length, bytes; repeated).")
        try:
            items = envelope_mod.unframe_envelopes(caller.body)
        except EnvelopeError as exc:
            raise HubReject(400, "bad-framing", "The push body is cut or padded: each "
                            "envelope must be a u32 length and that many bytes.") from exc
        return self.store_envelopes(caller, mailbox, items)

    def store_envelopes(self, caller: Caller, mailbox: str, items: list[bytes]) -> PushOut:
        """Check and store envelopes sent by ``caller`` to ``mailbox``, idempotently (a push,
        or a bundle carried in by hand)."""
        if len(items) > MAX_ENVELOPES_PER_PUSH:
            raise HubReject(413, "too-many", f"At most {MAX_ENVELOPES_PER_PUSH} envelopes per "
                            "push; split the batch.")
        with db.read_tx(self.engine) as conn:
            self._require_mailbox(conn, mailbox)
        results: list[PushResult | None] = [None] * len(items)
        accepted: list[tuple[int, str, bytes]] = []
        rejected: list[dict[str, Any]] = []
        # Checks need no lock: do them before taking the mailbox's write lock.
        for i, item in enumerate(items):
            envelope_id, reason = self._check_envelope(caller, mailbox, item)
            if reason is None:
                assert envelope_id is not None
                accepted.append((i, envelope_id, item))
            else:
                results[i] = PushResult(id=envelope_id, seq=None, status="rejected",
                                        reason=reason)
                rejected.append({"what": "envelope", "reason": reason,
                                 "device_id": caller.device_id, "agency_id": caller.agency_id,
                                 "mailbox_id": mailbox, "envelope_id": envelope_id})
        now = self.now()
        if not accepted and not rejected:
            return PushOut(results=[])
        with db.write_tx(self.engine) as conn:
            if accepted:
                next_seq = int(conn.execute(
                    select(db.mailboxes.c.next_seq).where(db.mailboxes.c.id == mailbox)
                    .with_for_update()).scalar_one())
                ids = sorted({envelope_id for _, envelope_id, _ in accepted})
                known: dict[str, int] = {
                    r.envelope_id: int(r.seq) for r in conn.execute(
                        select(db.envelopes.c.envelope_id, db.envelopes.c.seq).where(
                            db.envelopes.c.mailbox_id == mailbox,
                            db.envelopes.c.envelope_id.in_(ids)))}
                rows = []
                for i, envelope_id, data in accepted:
                    if envelope_id in known:
                        results[i] = PushResult(id=envelope_id, seq=known[envelope_id],
                                                status="duplicate")
                        continue
                    known[envelope_id] = next_seq
                    rows.append({"mailbox_id": mailbox, "seq": next_seq,
                                 "envelope_id": envelope_id, "sender": caller.device_id,
                                 "size": len(data), "received_at": now, "data": data})
                    results[i] = PushResult(id=envelope_id, seq=next_seq, status="stored")
                    next_seq += 1
                if rows:
                    conn.execute(insert(db.envelopes), rows)
                    conn.execute(update(db.mailboxes).where(db.mailboxes.c.id == mailbox)
                                 .values(next_seq=next_seq))
            if rejected:
                conn.execute(insert(db.rejections), [{"at": now, **r} for r in rejected])
        for r in rejected:
            log.warning("rejected envelope %s from %s to %s: %s", r["envelope_id"],
                        caller.device_id, mailbox, r["reason"])
        return PushOut(results=[r for r in results if r is not None])

    def _check_envelope(self, caller: Caller, mailbox: str, data: bytes,
                        kind: str | None = None) -> tuple[str | None, str | None]:
        """→ (envelope id if known, reason for refusal or None). ``kind``: a snapshot's
        envelope kind; None for the mailbox, which takes no snapshot kind."""
        # The id of a well-framed envelope; for damaged data it still names what was sent.
        envelope_id = hashlib.sha256(data[:-64] if len(data) > 64 else data).hexdigest()
        try:
            env = envelope_mod.parse_envelope(data)
        except EnvelopeError as exc:
            return envelope_id, exc.reason
        envelope_id = env.envelope_id
        header = env.header
        if (header.get("kind") in envelope_mod.SNAPSHOT_KINDS) != (kind is not None) or (
                kind is not None and header.get("kind") != kind):
            return envelope_id, "wrong-kind"
        if header.get("mailbox") != mailbox:
            return envelope_id, "wrong-mailbox"
        if header.get("sender") != caller.device_id:
            return envelope_id, "wrong-sender"
        if header.get("sender_agency") != caller.agency_id:
            return envelope_id, "wrong-sender-agency"
        try:
            envelope_mod.verify_signature(env, caller.sign_pub)
        except EnvelopeError as exc:
            return envelope_id, exc.reason
        return envelope_id, None

    def pull(self, caller: Caller, mailbox: str, since: str | None, limit: int,
             own_ids_only: bool = False) -> PullOut:
        if caller.agency_id != mailbox:
            raise HubReject(403, "not-your-mailbox",
                            "A device may only pull its own agency's mailbox.")
        with db.read_tx(self.engine) as conn:
            box = self._require_mailbox(conn, mailbox)
            last = 0
            if since:
                try:
                    cursor = decode_token(self.secret, since)
                except BadToken as exc:
                    raise HubReject(410, "bad-token", f"{exc}; drop the cursor and resync "
                                    "from the start.") from exc
                if (cursor.mailbox != mailbox or cursor.generation != box.generation
                        or cursor.last_seq >= box.next_seq):
                    raise HubReject(410, "stale-token", "The pull token is for another "
                                    "mailbox or an older state of this one; drop the cursor "
                                    "and resync from the start.")
                last = cursor.last_seq
            rows = conn.execute(
                select(db.envelopes.c.seq, db.envelopes.c.envelope_id, db.envelopes.c.sender,
                       db.envelopes.c.data)
                .where(db.envelopes.c.mailbox_id == mailbox, db.envelopes.c.seq > last)
                .order_by(db.envelopes.c.seq).limit(limit + 1)).all()
            chain = conn.execute(
                select(func.count()).select_from(db.chain_entries)
                .where(db.chain_entries.c.agency_id == caller.agency_id)).scalar_one()
            # How far behind the snapshot is: said on the last page only.
            latest = self._latest_snapshot(conn, mailbox) if len(rows) <= limit else None
        page: list[PulledEnvelope] = []
        size = 0
        done = len(rows) <= limit
        for row in rows[:limit]:
            # The sender has its own envelopes' events already: it may ask for ids only.
            omit = own_ids_only and row.sender == caller.device_id
            if page and not omit and size + len(row.data) > MAX_PAGE_BYTES:
                done = False
                break
            page.append(PulledEnvelope(seq=row.seq, id=row.envelope_id,
                                       data=None if omit else b64e(row.data)))
            size += 0 if omit else len(row.data)
        if page:
            last = page[-1].seq
        token = encode_token(self.secret, Cursor(mailbox, int(box.generation), last))
        behind = None
        if done:
            behind = int(box.next_seq) - 1 - (int(latest.seq) if latest is not None else 0)
        return PullOut(envelopes=page, token=token, done=done, chain=int(chain),
                       behind=behind)

    def import_bundle(self, envelopes: list[bytes]) -> PushOut:
        """Store envelopes carried from an offline laptop in a bundle file, as if their
        sender had pushed them: each is checked against its sender's registered key, which
        must belong to an active device; results in order."""
        results: list[PushResult | None] = [None] * len(envelopes)
        groups: dict[tuple[str, str], list[int]] = {}
        callers: dict[str, Caller] = {}
        for i, data in enumerate(envelopes):
            try:
                header = envelope_mod.parse_envelope(data).header
            except EnvelopeError as exc:
                results[i] = PushResult(id=None, seq=None, status="rejected", reason=exc.reason)
                continue
            sender, mailbox = str(header.get("sender")), str(header.get("mailbox"))
            if sender not in callers:
                with db.read_tx(self.engine) as conn:
                    row = conn.execute(select(db.devices).where(
                        db.devices.c.device_id == sender)).first()
                if row is None or row.status != "active":
                    reason = "unknown-sender" if row is None else f"sender-{row.status}"
                    results[i] = PushResult(id=None, seq=None, status="rejected",
                                            reason=reason)
                    continue
                callers[sender] = Caller(sender, row.agency_id, row.sign_pub, b"")
            groups.setdefault((sender, mailbox), []).append(i)
        for (sender, mailbox), indexes in groups.items():
            for start in range(0, len(indexes), MAX_ENVELOPES_PER_PUSH):
                chunk = indexes[start:start + MAX_ENVELOPES_PER_PUSH]
                try:
                    out = self.store_envelopes(callers[sender], mailbox,
                                               [envelopes[i] for i in chunk]).results
                except HubReject as exc:
                    out = [PushResult(id=None, seq=None, status="rejected", reason=exc.reason)
                           for _ in chunk]
                for i, result in zip(chunk, out, strict=True):
                    results[i] = result
        return PushOut(results=[r for r in results if r is not None])

    # -- snapshots --

    def _snapshot_id(self, snapshot_id: str) -> None:
        if not envelope_mod.SNAPSHOT_ID.fullmatch(snapshot_id):
            raise HubReject(400, "bad-snapshot-id", "A snapshot id is 32 lowercase hex digits.")

    def _latest_snapshot(self, conn: Connection, agency_id: str) -> Any:
        return conn.execute(
            select(db.snapshots).where(db.snapshots.c.agency_id == agency_id,
                                       db.snapshots.c.completed_at.is_not(None))
            .order_by(db.snapshots.c.seq.desc(), db.snapshots.c.completed_at.desc())
            .limit(1)).first()

    def _check_snapshot_envelope(self, caller: Caller, agency_id: str, data: bytes,
                                 kind: str) -> None:
        envelope_id, reason = self._check_envelope(caller, agency_id, data, kind)
        if reason is not None:
            raise HubReject(400, reason, f"The snapshot's {kind} envelope was refused "
                            f"({reason}).", log={"what": "snapshot", "device_id":
                                                 caller.device_id, "agency_id": agency_id,
                                                 "envelope_id": envelope_id})

    def _own_upload(self, conn: Connection, caller: Caller, agency_id: str,
                    snapshot_id: str) -> Any:
        row = conn.execute(select(db.snapshots).where(db.snapshots.c.id == snapshot_id)
                           .with_for_update()).first()
        if row is not None and (row.agency_id != agency_id or row.sender != caller.device_id):
            raise HubReject(409, "not-your-snapshot", "That snapshot id is another "
                            "device's upload; start a new snapshot with a fresh id.")
        if row is not None and row.completed_at is not None:
            raise HubReject(409, "snapshot-complete", "That snapshot is complete; it can no "
                            "longer change.")
        return row

    def put_snapshot_part(self, caller: Caller, agency_id: str, snapshot_id: str, n: int,
                          content_type: str) -> SnapshotPartOut:
        """Store one sealed part of a snapshot being uploaded (idempotent per part)."""
        self._require_member(caller, agency_id)
        self._snapshot_id(snapshot_id)
        _require_media_type(content_type, envelope_mod.ENVELOPE_MEDIA_TYPE,
                            "Send a part as {}.")
        if not 0 <= n < envelope_mod.MAX_SNAPSHOT_PARTS:
            raise HubReject(400, "bad-part-index", "That part index is out of range.")
        data = caller.body
        self._check_snapshot_envelope(caller, agency_id, data, "snapshot-part")
        envelope_id = envelope_mod.parse_envelope(data).envelope_id
        now = self.now()
        with db.write_tx(self.engine) as conn:
            # Uploads abandoned for a day (a laptop switched off midway) go first.
            conn.execute(delete(db.snapshots).where(
                db.snapshots.c.agency_id == agency_id, db.snapshots.c.completed_at.is_(None),
                db.snapshots.c.created_at < now - SNAPSHOT_UPLOAD_TTL))
            if self._own_upload(conn, caller, agency_id, snapshot_id) is None:
                conn.execute(insert(db.snapshots).values(
                    id=snapshot_id, agency_id=agency_id, sender=caller.device_id,
                    created_at=now, size=0))
            else:  # still going: a slow laptop may take many rounds over it
                conn.execute(update(db.snapshots).where(db.snapshots.c.id == snapshot_id)
                             .values(created_at=now))
            conn.execute(delete(db.snapshot_parts).where(
                db.snapshot_parts.c.snapshot_id == snapshot_id, db.snapshot_parts.c.n == n))
            conn.execute(insert(db.snapshot_parts).values(
                snapshot_id=snapshot_id, n=n, envelope_id=envelope_id, data=data))
        return SnapshotPartOut(id=snapshot_id, n=n)

    def commit_snapshot(self, caller: Caller, agency_id: str, snapshot_id: str,
                        body: SnapshotCommitIn) -> SnapshotOut:
        """Complete an upload with its sealed manifest once every part is here; it becomes
        the agency's latest snapshot, and all but the one before it are deleted."""
        self._require_member(caller, agency_id)
        self._snapshot_id(snapshot_id)
        try:
            manifest = b64d(body.manifest)
        except ValueError as exc:
            raise HubReject(400, "bad-manifest", "The manifest is not base64.") from exc
        self._check_snapshot_envelope(caller, agency_id, manifest, "snapshot")
        now = self.now()
        with db.write_tx(self.engine) as conn:
            box = self._require_mailbox(conn, agency_id)
            seq = 0
            if body.cursor:
                try:
                    cursor = decode_token(self.secret, body.cursor)
                except BadToken as exc:
                    raise HubReject(400, "bad-token", str(exc)) from exc
                if cursor.mailbox != agency_id or cursor.generation != box.generation:
                    raise HubReject(409, "stale-token", "The snapshot was made from an older "
                                    "state of the mailbox; make a new one.")
                seq = cursor.last_seq
            if self._own_upload(conn, caller, agency_id, snapshot_id) is None:
                raise HubReject(404, "unknown-snapshot", "No parts of that snapshot are here.")
            stored = conn.execute(
                select(func.count(), func.coalesce(func.sum(func.length(
                    db.snapshot_parts.c.data)), 0), func.max(db.snapshot_parts.c.n))
                .where(db.snapshot_parts.c.snapshot_id == snapshot_id)).one()
            if stored[0] != body.parts or stored[2] != body.parts - 1:
                raise HubReject(409, "incomplete", f"The hub holds {stored[0]} of the "
                                f"snapshot's {body.parts} parts; upload the rest first.")
            conn.execute(update(db.snapshots).where(db.snapshots.c.id == snapshot_id).values(
                completed_at=now, seq=seq, parts=body.parts, size=int(stored[1]),
                manifest=manifest))
            keep = [r.id for r in conn.execute(
                select(db.snapshots.c.id).where(db.snapshots.c.agency_id == agency_id,
                                                db.snapshots.c.completed_at.is_not(None))
                .order_by(db.snapshots.c.seq.desc(), db.snapshots.c.completed_at.desc())
                .limit(2))]
            # The previous one stays for a laptop still downloading it.
            conn.execute(delete(db.snapshot_parts).where(
                db.snapshot_parts.c.snapshot_id.in_(
                    select(db.snapshots.c.id).where(
                        db.snapshots.c.agency_id == agency_id,
                        db.snapshots.c.completed_at.is_not(None),
                        db.snapshots.c.id.not_in(keep)))))
            conn.execute(delete(db.snapshots).where(
                db.snapshots.c.agency_id == agency_id, db.snapshots.c.completed_at.is_not(None),
                db.snapshots.c.id.not_in(keep)))
        return SnapshotOut(id=snapshot_id, parts=body.parts, size=int(stored[1]),
                           created_at=now, behind=int(box.next_seq) - 1 - seq,
                           manifest=body.manifest)

    def latest_snapshot(self, caller: Caller, agency_id: str) -> SnapshotOut:
        self._require_member(caller, agency_id)
        with db.read_tx(self.engine) as conn:
            box = self._require_mailbox(conn, agency_id)
            row = self._latest_snapshot(conn, agency_id)
        if row is None:
            raise HubReject(404, "no-snapshot", "This agency has no snapshot at the hub yet.")
        return SnapshotOut(id=row.id, parts=int(row.parts), size=int(row.size),
                           created_at=int(row.completed_at),
                           behind=int(box.next_seq) - 1 - int(row.seq),
                           manifest=b64e(row.manifest))

    def snapshot_part(self, caller: Caller, agency_id: str, snapshot_id: str, n: int) -> bytes:
        self._require_member(caller, agency_id)
        self._snapshot_id(snapshot_id)
        with db.read_tx(self.engine) as conn:
            data = conn.execute(
                select(db.snapshot_parts.c.data).join(
                    db.snapshots, db.snapshots.c.id == db.snapshot_parts.c.snapshot_id)
                .where(db.snapshots.c.agency_id == agency_id,
                       db.snapshots.c.id == snapshot_id,
                       db.snapshots.c.completed_at.is_not(None),
                       db.snapshot_parts.c.n == n)).scalar_one_or_none()
        if data is None:
            raise HubReject(404, "no-such-part", "That snapshot or part is not at the hub "
                            "(a newer snapshot may have replaced it).")
        return bytes(data)

    # -- summaries --

    def put_summary(self, caller: Caller, agency_id: str, body: SummaryIn) -> SummaryOut:
        """Store a signed monthly summary; an earlier one for the month is superseded
        (kept, flagged) so the history stays. Only the agency's own active devices may."""
        self._require_member(caller, agency_id)
        try:
            summaries.verify_submission(
                sign_pub=caller.sign_pub, agency_id=agency_id, device_id=caller.device_id,
                month=body.month, document_b64=body.document, signature_b64=body.signature)
        except summaries.SummaryError as exc:
            raise HubReject(400, exc.reason, str(exc),
                            log={"what": "summary", "agency_id": agency_id,
                                 "device_id": caller.device_id}) from exc
        with db.write_tx(self.engine) as conn:
            superseded = conn.execute(
                update(db.summaries).where(db.summaries.c.agency_id == agency_id,
                                           db.summaries.c.month == body.month,
                                           db.summaries.c.superseded.is_(False))
                .values(superseded=True)).rowcount
            new_id = conn.execute(insert(db.summaries).values(
                agency_id=agency_id, month=body.month, device_id=caller.device_id,
                payload=caller.body, received_at=self.now(), superseded=False)
            ).inserted_primary_key
        assert new_id is not None
        return SummaryOut(id=int(new_id[0]), month=body.month, superseded=int(superseded))

    # -- helpers --

    def _require_member(self, caller: Caller, agency_id: str) -> None:
        if caller.agency_id != agency_id:
            raise HubReject(403, "not-a-member",
                            "Only active devices of this agency may do that.")

    def _require_agency(self, conn: Connection, agency_id: str) -> None:
        if conn.execute(select(db.agencies.c.id).where(
                db.agencies.c.id == agency_id)).first() is None:
            raise HubReject(404, "unknown-agency", "No such agency on this hub.")

    def _require_mailbox(self, conn: Connection, mailbox: str) -> Any:
        row = conn.execute(select(db.mailboxes).where(db.mailboxes.c.id == mailbox)).first()
        if row is None:
            raise HubReject(404, "unknown-mailbox", "No such mailbox on this hub.")
        return row

    def health(self) -> dict[str, str]:
        return {"status": "ok", "schema": db.current_revision(self.engine) or "none"}


# ---- ASGI plumbing ----

class BodyLimit:
    """Refuse bodies over the limit with 413 before the app reads them."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: dict[str, Any], receive: Callable[[], Awaitable[Any]],
                       send: Callable[[Any], Awaitable[None]]) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            await self._too_large(send)
            return
        # Without a trustworthy length (chunked), read up to the limit before passing on.
        chunks: list[bytes] = []
        total = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                await self.app(scope, receive, send)
                return
            total += len(message.get("body", b""))
            if total > self.limit:
                await self._too_large(send)
                return
            chunks.append(message.get("body", b""))
            more = bool(message.get("more_body"))
        body = b"".join(chunks)
        sent = False

        async def replay() -> Any:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, send: Callable[[Any], Awaitable[None]]) -> None:
        payload = json.dumps({"detail": {
            "reason": "too-large",
            "message": f"The request body is larger than {self.limit // (1024 * 1024)} MiB."}}
        ).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(payload)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": payload})


def _path_with_query(request: Request) -> str:
    # Verify against the path exactly as the client sent it, before any decoding.
    raw = request.scope.get("raw_path") or request.url.path.encode()
    path = raw.decode("latin-1")
    query = request.scope.get("query_string") or b""
    return f"{path}?{query.decode('latin-1')}" if query else path


def _reject(hub: Hub, exc: HubReject) -> NoReturn:
    if exc.log is not None:
        fields = dict(exc.log)
        hub.log_rejection(fields.pop("what"), exc.reason, **fields)
    raise HTTPException(exc.status, detail={"reason": exc.reason, "message": exc.message})


async def _authenticated(request: Request) -> Caller:
    hub: Hub = request.app.state.hub
    body = await request.body()
    try:
        return await run_in_threadpool(hub.authenticate, request.method,
                                       _path_with_query(request), body, request.headers)
    except HubReject as exc:
        _reject(hub, exc)


# Every route that takes this parameter requires a signed request from an active device.
Device = Annotated[Caller, Depends(_authenticated)]


def _binary_body(media_type: str, description: str) -> dict[str, Any]:
    """OpenAPI for a route that reads its body as bytes of ``media_type``."""
    return {"requestBody": {"required": True, "description": description, "content": {
        media_type: {"schema": {"type": "string", "format": "binary"}}}}}


def create_app(database_url: str, *, clock: Callable[[], float] = time.time,
               migrate: bool = True) -> FastAPI:
    """Build the hub application on ``database_url`` (migrating it to head first)."""
    hub = Hub(database_url, clock, migrate)
    app = FastAPI(
        title="CollabDesk partner hub",
        version="1",
        description="A mailbox for sealed CollabDesk envelopes. See docs/sync-protocol.md.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.hub = hub
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)

    def call(fn: Callable[..., Any], *args: Any) -> Any:
        try:
            return fn(*args)
        except HubReject as exc:
            _reject(hub, exc)

    @app.get("/health", tags=["operations"])
    def health() -> JSONResponse:
        try:
            return JSONResponse(hub.health())
        except Exception as exc:
            log.exception("health check failed")
            return JSONResponse({"status": "unavailable", "error": type(exc).__name__},
                                status_code=503)

    @app.post("/v1/enroll", tags=["devices"])
    def enroll(body: EnrollIn) -> EnrollOut:
        result: EnrollOut = call(hub.enroll, body)
        return result

    @app.get("/v1/agencies/{agency}/chain", tags=["devices"])
    def get_chain(agency: str, caller: Device,
                  after: Annotated[int, Query(ge=-1)] = -1) -> ChainOut:
        result: ChainOut = call(hub.get_chain, agency, after)
        return result

    @app.post("/v1/agencies/{agency}/chain", tags=["devices"])
    def append_chain(agency: str, body: ChainIn, caller: Device) -> ChainAppendOut:
        result: ChainAppendOut = call(hub.append_chain, caller, agency, body.entries)
        return result

    @app.get("/v1/agencies/{agency}/pending", tags=["devices"])
    def pending(agency: str, caller: Device) -> PendingOut:
        result: PendingOut = call(hub.pending, caller, agency)
        return result

    @app.put("/v1/agencies/{agency}/grants/{device_id}", tags=["devices"])
    def put_grants(agency: str, device_id: str, body: GrantsIn, caller: Device
                   ) -> GrantsStoredOut:
        result: GrantsStoredOut = call(hub.put_grants, caller, agency, device_id, body)
        return result

    @app.get("/v1/grants", tags=["devices"])
    def get_grants(caller: Device) -> GrantsOut:
        result: GrantsOut = call(hub.get_grants, caller)
        return result

    @app.get("/v1/directory", tags=["devices"])
    def directory(caller: Device) -> DirectoryOut:
        result: DirectoryOut = call(hub.directory)
        return result

    @app.post("/v1/mailboxes/{mailbox}/envelopes", tags=["mailboxes"],
              response_model_exclude_none=True, openapi_extra=_binary_body(
                  envelope_mod.PUSH_MEDIA_TYPE,
                  "Envelopes back to back, each as a big-endian u32 length and that many "
                  f"bytes (at most {MAX_ENVELOPES_PER_PUSH}); binary, so nothing is spent on "
                  "base64."))
    def push(mailbox: str, request: Request, caller: Device) -> PushOut:
        result: PushOut = call(hub.push, caller, mailbox,
                               request.headers.get("content-type", ""))
        return result

    @app.get("/v1/mailboxes/{mailbox}/envelopes", tags=["mailboxes"])
    def pull(mailbox: str, caller: Device, since: str | None = None,
             limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
             own: Annotated[Literal["data", "id"], Query(
                 description="id: the caller's own envelopes come without their data")
             ] = "data") -> PullOut:
        result: PullOut = call(hub.pull, caller, mailbox, since, limit, own == "id")
        return result

    @app.put("/v1/agencies/{agency}/snapshots/{snapshot}/parts/{n}", tags=["snapshots"],
             openapi_extra=_binary_body(envelope_mod.ENVELOPE_MEDIA_TYPE, "One sealed part: "
                                        "an envelope of kind 'snapshot-part', as bytes."))
    def put_snapshot_part(agency: str, snapshot: str, n: int, request: Request,
                          caller: Device) -> SnapshotPartOut:
        result: SnapshotPartOut = call(hub.put_snapshot_part, caller, agency, snapshot, n,
                                       request.headers.get("content-type", ""))
        return result

    @app.put("/v1/agencies/{agency}/snapshots/{snapshot}", tags=["snapshots"])
    def commit_snapshot(agency: str, snapshot: str, body: SnapshotCommitIn, caller: Device
                        ) -> SnapshotOut:
        result: SnapshotOut = call(hub.commit_snapshot, caller, agency, snapshot, body)
        return result

    @app.get("/v1/agencies/{agency}/snapshots/latest", tags=["snapshots"])
    def latest_snapshot(agency: str, caller: Device) -> SnapshotOut:
        result: SnapshotOut = call(hub.latest_snapshot, caller, agency)
        return result

    @app.get("/v1/agencies/{agency}/snapshots/{snapshot}/parts/{n}", tags=["snapshots"],
             response_class=Response,
             responses={200: {"content": {envelope_mod.ENVELOPE_MEDIA_TYPE: {}}}})
    def snapshot_part(agency: str, snapshot: str, n: int, caller: Device) -> Response:
        data: bytes = call(hub.snapshot_part, caller, agency, snapshot, n)
        return Response(content=data, media_type=envelope_mod.ENVELOPE_MEDIA_TYPE)

    @app.post("/v1/agencies/{agency}/summaries", tags=["summaries"])
    def put_summary(agency: str, body: SummaryIn, caller: Device) -> SummaryOut:
        result: SummaryOut = call(hub.put_summary, caller, agency, body)
        return result

    app.include_router(dashboard.router(hub.engine, hub.secret, hub.clock))
    from collabdesk.sync.hub import release  # the latest-version notice for laptops
    app.include_router(release.router(hub.engine))
    return app


def app_from_environment() -> FastAPI:
    """Factory for uvicorn workers: the database URL comes from COLLABDESK_HUB_DATABASE."""
    url = os.environ.get(DATABASE_ENV)
    if not url:
        raise RuntimeError(f"{DATABASE_ENV} is not set; start the hub with 'collabdesk-hub serve'.")
    return create_app(url)
