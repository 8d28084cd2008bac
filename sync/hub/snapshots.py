"""Snapshots at the hub: an agency's sealed copy of its records, uploaded a part at a time
and completed with its manifest, from which a new laptop restores (docs/sync-protocol.md,
*Snapshots*). The hub keeps the latest complete snapshot and the one before it.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import Connection, delete, func, insert, select, update

from collabdesk.sync import envelope as envelope_mod
from collabdesk.sync.canonical import b64d, b64e
from collabdesk.sync.hub import db
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
    require_member,
)
from collabdesk.sync.hub.mailboxes import check_envelope
from collabdesk.sync.hub.schemas import SnapshotCommitIn, SnapshotOut, SnapshotPartOut
from collabdesk.sync.hub.tokens import BadToken, decode_token

# An upload of a snapshot that receives no part for a day is abandoned and deleted.
SNAPSHOT_UPLOAD_TTL = 24 * 3600


class Snapshots:
    """Snapshot uploads and downloads, over the hub's database."""

    def __init__(self, backend: Backend) -> None:
        self.engine = backend.engine
        self.now = backend.now
        self.secret = backend.secret

    def _snapshot_id(self, snapshot_id: str) -> None:
        if not envelope_mod.SNAPSHOT_ID.fullmatch(snapshot_id):
            raise HubReject(400, "bad-snapshot-id", "A snapshot id is 32 lowercase hex digits.")

    def _check_snapshot_envelope(self, caller: Caller, agency_id: str, data: bytes,
                                 kind: str) -> None:
        envelope_id, reason = check_envelope(caller, agency_id, data, kind,
                                             policy=PqPolicy(self.engine))
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
        require_member(caller, agency_id)
        self._snapshot_id(snapshot_id)
        require_media_type(content_type, envelope_mod.ENVELOPE_MEDIA_TYPE,
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
        require_member(caller, agency_id)
        self._snapshot_id(snapshot_id)
        try:
            manifest = b64d(body.manifest)
        except ValueError as exc:
            raise HubReject(400, "bad-manifest", "The manifest is not base64.") from exc
        self._check_snapshot_envelope(caller, agency_id, manifest, "snapshot")
        now = self.now()
        with db.write_tx(self.engine) as conn:
            box = require_mailbox(conn, agency_id)
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
            done = conn.execute(select(db.snapshots).where(
                db.snapshots.c.id == snapshot_id, db.snapshots.c.agency_id == agency_id,
                db.snapshots.c.sender == caller.device_id,
                db.snapshots.c.completed_at.is_not(None))).first()
            if done is not None and done.manifest == manifest and done.parts == body.parts:
                # Completed already; the answer to that was lost on the way back.
                return SnapshotOut(id=snapshot_id, parts=int(done.parts), size=int(done.size),
                                   created_at=int(done.completed_at),
                                   behind=int(box.next_seq) - 1 - int(done.seq),
                                   manifest=body.manifest)
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
        require_member(caller, agency_id)
        with db.read_tx(self.engine) as conn:
            box = require_mailbox(conn, agency_id)
            row = latest_snapshot_row(conn, agency_id)
        if row is None:
            raise HubReject(404, "no-snapshot", "This agency has no snapshot at the hub yet.")
        return SnapshotOut(id=row.id, parts=int(row.parts), size=int(row.size),
                           created_at=int(row.completed_at),
                           behind=int(box.next_seq) - 1 - int(row.seq),
                           manifest=b64e(row.manifest))

    def snapshot_part(self, caller: Caller, agency_id: str, snapshot_id: str, n: int) -> bytes:
        require_member(caller, agency_id)
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


def _snapshots(request: Request) -> Snapshots:
    snapshots: Snapshots = request.app.state.hub.snapshots
    return snapshots


Part = Annotated[Snapshots, Depends(_snapshots)]
router = APIRouter(tags=["snapshots"])


@router.put("/v1/agencies/{agency}/snapshots/{snapshot}/parts/{n}",
            openapi_extra=binary_body(envelope_mod.ENVELOPE_MEDIA_TYPE, "One sealed part: "
                                      "an envelope of kind 'snapshot-part', as bytes."))
def put_snapshot_part(agency: str, snapshot: str, n: int, request: Request, caller: Device,
                      snapshots: Part) -> SnapshotPartOut:
    return snapshots.put_snapshot_part(caller, agency, snapshot, n,
                                       request.headers.get("content-type", ""))


@router.put("/v1/agencies/{agency}/snapshots/{snapshot}")
def commit_snapshot(agency: str, snapshot: str, body: SnapshotCommitIn, caller: Device,
                    snapshots: Part) -> SnapshotOut:
    return snapshots.commit_snapshot(caller, agency, snapshot, body)


@router.get("/v1/agencies/{agency}/snapshots/latest")
def latest_snapshot(agency: str, caller: Device, snapshots: Part) -> SnapshotOut:
    return snapshots.latest_snapshot(caller, agency)


@router.get("/v1/agencies/{agency}/snapshots/{snapshot}/parts/{n}", response_class=Response,
            responses={200: {"content": {envelope_mod.ENVELOPE_MEDIA_TYPE: {}}}})
def snapshot_part(agency: str, snapshot: str, n: int, caller: Device,
                  snapshots: Part) -> Response:
    return Response(content=snapshots.snapshot_part(caller, agency, snapshot, n),
                    media_type=envelope_mod.ENVELOPE_MEDIA_TYPE)
