"""Devices at the hub: enrolment, each agency's device chain, pending laptops, key grants
and the directory of agencies (docs/sync-protocol.md, *Devices*).

Every chain entry is checked against the chain the hub already holds before it is stored;
the device table and the directory follow the chain.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy import Connection, delete, insert, select, update

from collabdesk.sync import chain as chain_mod
from collabdesk.sync import keys as keys_mod
from collabdesk.sync.canonical import b64d, b64e, canonical_json
from collabdesk.sync.errors import ChainError
from collabdesk.sync.hub import admin, db
from collabdesk.sync.hub.auth import Device
from collabdesk.sync.hub.common import (
    Backend,
    Caller,
    HubReject,
    lock_agency,
    require_agency,
    require_member,
    stored_chain,
)
from collabdesk.sync.hub.schemas import (
    ChainAppendOut,
    ChainIn,
    ChainOut,
    DirectoryEntry,
    DirectoryOut,
    EnrollIn,
    EnrollOut,
    GrantOut,
    GrantsIn,
    GrantsOut,
    GrantsStoredOut,
    PendingDevice,
    PendingOut,
)

MAX_GRANT_BYTES = 64 * 1024


class Devices:
    """Enrolment, device chains, grants and the directory, over the hub's database."""

    def __init__(self, backend: Backend) -> None:
        self.engine = backend.engine
        self.now = backend.now

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
            lock_agency(conn, agency_id)
            if conn.execute(select(db.devices.c.device_id).where(
                    db.devices.c.device_id == device_id)).first() is not None:
                raise HubReject(409, "already-enrolled",
                                "This device is already enrolled with the hub.")
            stored = stored_chain(conn, agency_id)
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
            require_agency(conn, agency_id)
            rows = conn.execute(select(db.chain_entries.c.wire)
                                .where(db.chain_entries.c.agency_id == agency_id,
                                       db.chain_entries.c.seq > after)
                                .order_by(db.chain_entries.c.seq)).all()
        return ChainOut(agency=agency_id, entries=[json.loads(r.wire) for r in rows])

    def append_chain(self, caller: Caller, agency_id: str, wires: list[dict[str, Any]]
                     ) -> ChainAppendOut:
        require_member(caller, agency_id)
        now = self.now()
        with db.write_tx(self.engine) as conn:
            lock_agency(conn, agency_id)
            stored = stored_chain(conn, agency_id)
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
        require_member(caller, agency_id)
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
        require_member(caller, agency_id)
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


def _devices(request: Request) -> Devices:
    devices: Devices = request.app.state.hub.devices
    return devices


Part = Annotated[Devices, Depends(_devices)]
router = APIRouter(tags=["devices"])


@router.post("/v1/enroll")
def enroll(body: EnrollIn, devices: Part) -> EnrollOut:
    return devices.enroll(body)


@router.get("/v1/agencies/{agency}/chain")
def get_chain(agency: str, caller: Device, devices: Part,
              after: Annotated[int, Query(ge=-1)] = -1) -> ChainOut:
    return devices.get_chain(agency, after)


@router.post("/v1/agencies/{agency}/chain")
def append_chain(agency: str, body: ChainIn, caller: Device, devices: Part) -> ChainAppendOut:
    return devices.append_chain(caller, agency, body.entries)


@router.get("/v1/agencies/{agency}/pending")
def pending(agency: str, caller: Device, devices: Part) -> PendingOut:
    return devices.pending(caller, agency)


@router.put("/v1/agencies/{agency}/grants/{device_id}")
def put_grants(agency: str, device_id: str, body: GrantsIn, caller: Device, devices: Part
               ) -> GrantsStoredOut:
    return devices.put_grants(caller, agency, device_id, body)


@router.get("/v1/grants")
def get_grants(caller: Device, devices: Part) -> GrantsOut:
    return devices.get_grants(caller)


@router.get("/v1/directory")
def directory(caller: Device, devices: Part) -> DirectoryOut:
    return devices.directory()
