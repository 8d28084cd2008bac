"""Mailboxes at the hub: pushing sealed envelopes, pulling a mailbox page by page, and
envelopes carried in by hand in a bundle (docs/sync-protocol.md, *Mailboxes*).

The hub cannot read an envelope; it checks what it can without keys (framing, addressing,
the sender's signature) and refuses the rest with a reason, recorded for the operator.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy import func, insert, select, update

from collabdesk.sync import envelope as envelope_mod
from collabdesk.sync import suites
from collabdesk.sync.canonical import b64e
from collabdesk.sync.errors import EnvelopeError
from collabdesk.sync.hub import db
from collabdesk.sync.hub import measures as hub_measures
from collabdesk.sync.hub.auth import Device
from collabdesk.sync.hub.common import (
    Backend,
    Caller,
    HubReject,
    PqPolicy,
    binary_body,
    latest_snapshot_row,
    require_mailbox,
    require_media_type,
)
from collabdesk.sync.hub.schemas import PulledEnvelope, PullOut, PushOut, PushResult
from collabdesk.sync.hub.tokens import BadToken, Cursor, decode_token, encode_token

log = logging.getLogger("collabdesk.hub")

MAX_ENVELOPES_PER_PUSH = 500
DEFAULT_PAGE = 200
MAX_PAGE = 1000
# A page also stops growing at this many bytes so one response stays a sensible size (a
# laptop may ask for less: ``bytes``, at least MIN_PAGE_BYTES).
MAX_PAGE_BYTES = 8 * 1024 * 1024
MIN_PAGE_BYTES = 256 * 1024


def check_envelope(caller: Caller, mailbox: str, data: bytes,
                   kind: str | None = None, *, policy: PqPolicy | None = None
                   ) -> tuple[str | None, str | None]:
    """→ (envelope id if known, reason for refusal or None). ``kind``: a snapshot's
    envelope kind; None for the mailbox, which takes no snapshot kind. ``policy``: refuse a
    classical wrapped key in an envelope to an agency that requires the post-quantum suite."""
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
    if policy is not None and suites.classical_for(env.recipients, policy.since,
                                                   history=False) is not None:
        return envelope_id, "classical-suite"
    return envelope_id, None


class Mailboxes:
    """Push, pull and bundle import, over the hub's database."""

    def __init__(self, backend: Backend) -> None:
        self.engine = backend.engine
        self.now = backend.now
        self.secret = backend.secret

    def push(self, caller: Caller, mailbox: str, content_type: str) -> PushOut:
        require_media_type(content_type, envelope_mod.PUSH_MEDIA_TYPE,
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
            require_mailbox(conn, mailbox)
        results: list[PushResult | None] = [None] * len(items)
        accepted: list[tuple[int, str, bytes]] = []
        rejected: list[dict[str, Any]] = []
        # Checks need no lock: do them before taking the mailbox's write lock.
        policy = PqPolicy(self.engine)
        for i, item in enumerate(items):
            envelope_id, reason = check_envelope(caller, mailbox, item, policy=policy)
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

    def pull(self, caller: Caller, mailbox: str, since: str | None, limit: int,
             own_ids_only: bool = False, max_bytes: int = MAX_PAGE_BYTES) -> PullOut:
        if caller.agency_id != mailbox:
            raise HubReject(403, "not-your-mailbox",
                            "A device may only pull its own agency's mailbox.")
        with db.read_tx(self.engine) as conn:
            box = require_mailbox(conn, mailbox)
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
            # How far behind the snapshot is, and the framework's version: last page only.
            latest = latest_snapshot_row(conn, mailbox) if len(rows) <= limit else None
            framework = hub_measures.current_version(conn) if len(rows) <= limit else None
        page: list[PulledEnvelope] = []
        size = 0
        done = len(rows) <= limit
        for row in rows[:limit]:
            # The sender has its own envelopes' events already: it may ask for ids only.
            omit = own_ids_only and row.sender == caller.device_id
            if page and not omit and size + len(row.data) > max_bytes:
                done = False
                break
            page.append(PulledEnvelope(seq=row.seq, id=row.envelope_id,
                                       data=None if omit else b64e(row.data)))
            size += 0 if omit else len(row.data)
        if page:
            last = page[-1].seq
        token = encode_token(self.secret, Cursor(mailbox, int(box.generation), last))
        behind = measures = None
        if done:
            behind = int(box.next_seq) - 1 - (int(latest.seq) if latest is not None else 0)
            measures = framework
        return PullOut(envelopes=page, token=token, done=done, chain=int(chain),
                       behind=behind, measures=measures)

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


def _mailboxes(request: Request) -> Mailboxes:
    mailboxes: Mailboxes = request.app.state.hub.mailboxes
    return mailboxes


Part = Annotated[Mailboxes, Depends(_mailboxes)]
router = APIRouter(tags=["mailboxes"])


@router.post("/v1/mailboxes/{mailbox}/envelopes", response_model_exclude_none=True,
             openapi_extra=binary_body(
                 envelope_mod.PUSH_MEDIA_TYPE,
                 "Envelopes back to back, each as a big-endian u32 length and that many "
                 f"bytes (at most {MAX_ENVELOPES_PER_PUSH}); binary, so nothing is spent on "
                 "base64."))
def push(mailbox: str, request: Request, caller: Device, mailboxes: Part) -> PushOut:
    return mailboxes.push(caller, mailbox, request.headers.get("content-type", ""))


@router.get("/v1/mailboxes/{mailbox}/envelopes")
def pull(mailbox: str, caller: Device, mailboxes: Part, since: str | None = None,
         limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
         own: Annotated[Literal["data", "id"], Query(
             description="id: the caller's own envelopes come without their data")
         ] = "data",
         page_bytes: Annotated[int, Query(
             alias="bytes", ge=MIN_PAGE_BYTES, le=MAX_PAGE_BYTES,
             description="stop the page at about this many bytes of envelopes")
         ] = MAX_PAGE_BYTES) -> PullOut:
    return mailboxes.pull(caller, mailbox, since, limit, own == "id", page_bytes)
