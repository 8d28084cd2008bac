"""Operator actions on the hub database, shared by the admin CLI and the tests.

Registering agencies, issuing one-time enrollment codes, listing and revoking devices.
Every failure is a HubAdminError whose message the CLI prints as one line.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, func, insert, or_, select, update

from collabdesk.errors import CollabDeskError
from collabdesk.sync.hub import db

CODE_GROUP = 5
CODE_GROUPS = 4  # 20 base32 characters = 100 random bits
_CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


class HubAdminError(CollabDeskError):
    """An operator command could not be carried out."""


@dataclass(frozen=True)
class AgencyInfo:
    id: str
    name: str
    created_at: int
    devices_active: int
    devices_pending: int
    current_epoch: int | None
    snapshot_at: int | None = None  # when its latest snapshot was completed
    snapshot_bytes: int = 0  # what its snapshots take at the hub


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    agency_id: str
    agency_name: str
    label: str
    status: str
    created_at: int
    sign_pub: bytes
    kem_pub: bytes


@dataclass(frozen=True)
class EnrollmentCode:
    code: str
    agency_id: str
    expires_at: int


def normalise_code(code: str) -> str:
    """Codes are typed by people: ignore case, spaces and dashes."""
    return re.sub(r"[\s-]", "", code).upper()


def hash_code(code: str) -> str:
    return hashlib.sha256(b"collabdesk-enroll-v1\n" + normalise_code(code).encode()).hexdigest()


def parse_duration(text: str) -> int:
    """'24h', '30m', '7d', '90s' or plain seconds → seconds."""
    match = re.fullmatch(r"\s*(\d+)\s*([smhdw]?)\s*", text.lower())
    if not match:
        raise HubAdminError(
            "hub-admin.bad-duration", text=text)
    value = int(match.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}[
        match.group(2)
    ]
    if value <= 0:
        raise HubAdminError("hub-admin.duration-not-positive")
    return value


def find_agency(conn: Connection, agency: str) -> tuple[str, str]:
    """Look an agency up by id or by (case-insensitive) name → (id, name)."""
    row = conn.execute(
        select(db.agencies.c.id, db.agencies.c.name).where(
            or_(db.agencies.c.id == agency, func.lower(db.agencies.c.name) == agency.lower())
        )
    ).first()
    if row is None:
        raise HubAdminError("hub-admin.agency-not-found", agency=agency)
    return str(row.id), str(row.name)


def create_agency(engine: Engine, name: str, *, now: int) -> AgencyInfo:
    name = name.strip()
    if not name:
        raise HubAdminError("hub-admin.agency-name-empty")
    if len(name) > 200:
        raise HubAdminError("hub-admin.agency-name-too-long")
    agency_id = secrets.token_hex(8)
    with db.write_tx(engine) as conn:
        clash = conn.execute(
            select(db.agencies.c.id).where(func.lower(db.agencies.c.name) == name.lower())
        ).first()
        if clash is not None:
            raise HubAdminError("hub-admin.agency-name-taken",
                                name=name, agency_id=clash.id)
        conn.execute(insert(db.agencies).values(id=agency_id, name=name, created_at=now))
        conn.execute(insert(db.mailboxes).values(id=agency_id, next_seq=1, generation=1))
    return AgencyInfo(agency_id, name, now, 0, 0, None)


def list_agencies(engine: Engine) -> list[AgencyInfo]:
    with db.read_tx(engine) as conn:
        counts: dict[tuple[str, str], int] = {
            (str(r.agency_id), str(r.status)): int(r.n)
            for r in conn.execute(
                select(db.devices.c.agency_id, db.devices.c.status, func.count().label("n"))
                .group_by(db.devices.c.agency_id, db.devices.c.status)
            )
        }
        snapshots = {
            str(r.agency_id): (r.at, int(r.size or 0))
            for r in conn.execute(
                select(db.snapshots.c.agency_id, func.max(db.snapshots.c.completed_at)
                       .label("at"), func.sum(db.snapshots.c.size).label("size"))
                .group_by(db.snapshots.c.agency_id))
        }
        rows = conn.execute(select(db.agencies).order_by(db.agencies.c.name)).all()
    return [
        AgencyInfo(
            r.id, r.name, r.created_at,
            counts.get((r.id, "active"), 0), counts.get((r.id, "pending"), 0),
            r.current_epoch, *snapshots.get(r.id, (None, 0)),
        )
        for r in rows
    ]


def issue_enrollment_code(
    engine: Engine, agency: str, *, expires_in: int, now: int
) -> EnrollmentCode:
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(CODE_GROUP * CODE_GROUPS))
    code = "-".join(raw[i:i + CODE_GROUP] for i in range(0, len(raw), CODE_GROUP))
    with db.write_tx(engine) as conn:
        agency_id, _ = find_agency(conn, agency)
        conn.execute(
            insert(db.enrollment_codes).values(
                code_hash=hash_code(code), agency_id=agency_id, created_at=now,
                expires_at=now + expires_in,
            )
        )
    return EnrollmentCode(code, agency_id, now + expires_in)


def list_devices(engine: Engine, agency: str | None = None) -> list[DeviceInfo]:
    query = (
        select(db.devices, db.agencies.c.name.label("agency_name"))
        .join(db.agencies, db.agencies.c.id == db.devices.c.agency_id)
        .order_by(db.agencies.c.name, db.devices.c.created_at)
    )
    with db.read_tx(engine) as conn:
        if agency is not None:
            agency_id, _ = find_agency(conn, agency)
            query = query.where(db.devices.c.agency_id == agency_id)
        rows = conn.execute(query).all()
    return [
        DeviceInfo(r.device_id, r.agency_id, r.agency_name, r.label, r.status, r.created_at,
                   r.sign_pub, r.kem_pub)
        for r in rows
    ]


def revoke_device(engine: Engine, device_id: str, *, now: int) -> DeviceInfo:
    """Block a device at the hub. The agency must still revoke it in its own chain."""
    with db.write_tx(engine) as conn:
        row = conn.execute(
            select(db.devices).where(db.devices.c.device_id == device_id.strip().lower())
        ).first()
        if row is None:
            raise HubAdminError("hub-admin.device-not-found", device_id=device_id)
        if row.status != "revoked":
            conn.execute(
                update(db.devices)
                .where(db.devices.c.device_id == row.device_id)
                .values(status="revoked", revoked_at=now)
            )
        _, agency_name = find_agency(conn, row.agency_id)
    return DeviceInfo(row.device_id, row.agency_id, agency_name, row.label, "revoked",
                      row.created_at, row.sign_pub, row.kem_pub)


def invalidate_pull_tokens(engine: Engine) -> int:
    """Bump every mailbox's generation so all outstanding pull tokens answer 410.

    Needed after restoring a backup: sequence numbers past the restored end will be handed
    out again, and a laptop whose cursor pointed there would otherwise skip them.
    """
    with db.write_tx(engine) as conn:
        return int(conn.execute(
            update(db.mailboxes).values(generation=db.mailboxes.c.generation + 1)).rowcount)
