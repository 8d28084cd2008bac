"""The client sync engine: enrolment, device approval, and one round of sync with the hub.

All of the engine's state lives in the encrypted store's ``meta`` table, never in files:

* ``sync_device_keys`` — this laptop's device keys (``DeviceKeys.to_json``);
* ``sync_device_status`` — ``pending``, ``active`` or ``revoked``;
* ``sync_agency_keys`` — the agency's private keys by epoch;
* ``sync_chain:<agency>`` and ``sync_root:<agency>`` — the cached, verified device chain of our
  agency and of each partner we have talked to, and its pinned root device (our own pinned at
  enrolment; a partner's on first use, or as compared out of band with :meth:`pin_partner`);
* ``sync_cursor`` — the opaque pull token of our mailbox;
* ``sync_pushed_seq``, ``sync_last_contact``, ``sync_last_error``, ``hub_agency_id``,
  ``hub_url`` — what :mod:`collabdesk.services.syncstatus` reads;
* ``sync_grants_due`` — devices still owed agency-key grants (retried each sync);
* ``sync_blob_part:<sha256>:<n>`` — parts of a large attachment received so far;
* ``sync_snapshot*`` — a restore from the agency's snapshot under way, and what this laptop
  knows of the latest snapshot.

One round (:meth:`SyncEngine.sync_once`): refresh our chain and grants if needed; restore
from the agency's snapshot if this laptop has nothing yet; pull our mailbox page by page,
applying envelopes and recording them in ``sync_seen`` (with the new cursor) in one
transaction per group; push our own events to our mailbox; send queued partner messages and
summaries; make a snapshot when the latest is far behind (:meth:`SyncEngine.make_snapshot`).
docs/sync-engine.md describes each step and the failure handling.
"""

from __future__ import annotations

import contextlib
import json
import logging
import secrets
import time
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from collabdesk.errors import CollabDeskError, NotFound, PermissionDenied
from collabdesk.events.hlc import ClockTooFarAhead
from collabdesk.events.projection import Event
from collabdesk.services import syncstatus
from collabdesk.services.referrals import IncomingReferral, PartnerUpdate
from collabdesk.services.session import Session, iso
from collabdesk.store.db import Connection, IntegrityError
from collabdesk.sync import batch as batching
from collabdesk.sync import chain as chain_mod
from collabdesk.sync import envelope as envelope_mod
from collabdesk.sync import snapshot as snapshot_mod
from collabdesk.sync import summaries
from collabdesk.sync.canonical import b64d, b64e
from collabdesk.sync.client import (
    CursorGone,
    DevicePending,
    DeviceRevoked,
    HubClient,
    HubError,
    HubRejected,
    HubUnreachable,
    PullPage,
    SnapshotInfo,
)
from collabdesk.sync.errors import ChainError, EnvelopeError, GrantError, SyncError
from collabdesk.sync.keys import AgencyKey, DeviceKeys, open_grant, seal_grant

log = logging.getLogger("collabdesk.sync")

META_DEVICE_KEYS = "sync_device_keys"
META_DEVICE_STATUS = "sync_device_status"
META_AGENCY_KEYS = "sync_agency_keys"
META_CHAIN = "sync_chain:"
META_ROOT = "sync_root:"
META_CURSOR = "sync_cursor"
META_HUB_URL = "hub_url"
META_GRANTS_DUE = "sync_grants_due"
META_BLOB_PART = "sync_blob_part:"
META_SNAPSHOT = "sync_snapshot"
META_SNAPSHOT_PART = "sync_snapshot_part:"
META_SNAPSHOT_REFUSED = "sync_snapshot_refused"
META_SNAPSHOT_EVENTS = "sync_snapshot_events"
META_SNAPSHOT_OUT = "sync_snapshot_out"
META_SNAPSHOT_OUT_PART = "sync_snapshot_out_part:"

PULL_PAGE = 200
_EVENT_PAGE = 5000
# Pulled envelopes are applied in one transaction until they add up to this many events:
# few commits when catching up, while the store's lock is never held for long.
APPLY_GROUP_EVENTS = 10_000

ClientFactory = Callable[[str, DeviceKeys | None], HubClient]
Progress = Callable[[int, int, str], None]


class SyncSetupError(CollabDeskError):
    """Enrolment or device management cannot go ahead; the message says what to do."""


class NotEnrolled(SyncSetupError):
    def __init__(self) -> None:
        super().__init__("sync.not-enrolled")


class WaitingForKey(SyncError):
    """Envelopes are sealed to an agency key this laptop has not been granted yet."""

    area = "waiting-for-key"


@dataclass(frozen=True)
class EnrollResult:
    status: str  # active | pending
    device_id: str
    fingerprint: str
    agency_fingerprint: str  # the agency's root device ("" until known on a pending laptop)
    agency_id: str = ""


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    label: str
    fingerprint: str
    active: bool
    this_device: bool
    root: bool


@dataclass(frozen=True)
class PendingDevice:
    device_id: str
    label: str
    fingerprint: str
    requested_at: int


@dataclass(frozen=True)
class PartnerTrust:
    agency_id: str
    root_device: str
    fingerprint: str


@dataclass
class SyncReport:
    pushed_events: int = 0
    envelopes_pushed: int = 0
    envelopes_pulled: int = 0
    envelopes_applied: int = 0
    envelopes_rejected: int = 0
    envelopes_skipped: int = 0
    messages_sent: int = 0
    messages_failed: int = 0
    summaries_sent: int = 0
    resynced: bool = False
    cancelled: bool = False
    bytes_sent: int = 0
    bytes_received: int = 0
    rejections: list[tuple[str, str]] = field(default_factory=list)  # (envelope id, reason)
    snapshot_behind: int | None = None  # envelopes after the agency's latest snapshot
    restored_from: str = ""  # the snapshot this round restored the store from
    snapshot_made: str = ""  # the snapshot this round made and uploaded


@dataclass(frozen=True)
class SnapshotReport:
    snapshot_id: str
    parts: int
    events: int
    bytes_sent: int
    cancelled: bool = False


@dataclass
class _Incoming:
    """A pulled envelope, opened and ready to apply — or refused, with the reason."""

    envelope_id: str
    seq: int | None
    parsed: envelope_mod.ParsedEnvelope | None
    batch: object
    reason: str = ""

    @property
    def size(self) -> int:
        """Roughly how much applying it costs, in events."""
        events = self.batch.get("events") if isinstance(self.batch, dict) else None
        return len(events) if isinstance(events, list) else 1


class _Reject(Exception):
    """An envelope failed a check: record it as rejected with this reason, never apply it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _PartOpener:
    """Opens staged snapshot parts without touching the store or the hub, so that one part
    can be opened on a helper thread while the part before it is being written."""

    def __init__(self, engine: SyncEngine, manifest: snapshot_mod.Manifest) -> None:
        self.engine, self.manifest = engine, manifest
        self.mailbox = engine.hub_agency_id
        self.keys = {(self.mailbox, e): k for e, k in engine.agency_keys().items()}
        self.publics: dict[str, bytes] = {}

    def prepare(self, data: bytes) -> None:
        """On the engine's thread: look up the signer's key (may ask the hub for the chain)."""
        with contextlib.suppress(EnvelopeError, _Reject):
            parsed = envelope_mod.parse_envelope(data)
            if parsed.sender not in self.publics:
                self.publics[parsed.sender] = self.engine._sender_public(parsed, online=True)

    def __call__(self, n: int, data: bytes) -> snapshot_mod.Part:
        try:
            sender = envelope_mod.parse_envelope(data).sender
            _, plain = envelope_mod.open_envelope_bytes(
                data, mailbox=self.mailbox, sender_public=self.publics[sender],
                agency_keys=self.keys)
            return snapshot_mod.read_part(plain, snapshot_id=self.manifest.snapshot_id,
                                          index=n, tables=self.manifest.tables)
        except (EnvelopeError, snapshot_mod.SnapshotError, KeyError) as exc:
            # Signed by an agency laptop and named in its manifest, yet unreadable: that
            # laptop's software is at fault, not the hub or the network.
            reason = getattr(exc, "reason", "unknown-sender")
            raise SyncError(reason, "sync.part-agency-s-snapshot", n=n, reason=reason) from exc


def _now_ms(clock: Callable[[], float]) -> int:
    return int(clock() * 1000)


class SyncEngine:
    """Sync for one signed-in session. Not thread-safe: run one call at a time."""

    # A laptop makes a snapshot for the agency (see make_snapshot) once it holds this many
    # events more than the latest snapshot it knows of, and the mailbox has at least
    # SNAPSHOT_MIN_ENVELOPES envelopes after that snapshot.
    SNAPSHOT_EVERY_EVENTS = 100_000
    SNAPSHOT_MIN_ENVELOPES = 100
    # Bytes of a snapshot uploaded by one background round (the rest goes in later rounds).
    SNAPSHOT_UPLOAD_BYTES = 24 * 1024 * 1024

    def __init__(self, session: Session, *, client_factory: ClientFactory = HubClient,
                 clock: Callable[[], float] = time.time) -> None:
        self.session = session
        self.store = session.store
        self.client_factory = client_factory
        self.clock = clock
        self.snapshot_every_events = self.SNAPSHOT_EVERY_EVENTS
        self.snapshot_min_envelopes = self.SNAPSHOT_MIN_ENVELOPES
        self.snapshot_upload_bytes = self.SNAPSHOT_UPLOAD_BYTES
        self._client: HubClient | None = None
        self._states: dict[str, chain_mod.ChainState] = {}

    # -- stored state ---------------------------------------------------------------------

    def _meta(self, key: str) -> str | None:
        return self.store.get_meta(key)

    def _set_meta(self, key: str, value: str) -> None:
        self.store.set_meta(key, value)

    @property
    def hub_agency_id(self) -> str:
        return self._meta(syncstatus.HUB_AGENCY) or ""

    @property
    def hub_url(self) -> str:
        return self._meta(META_HUB_URL) or ""

    @property
    def status(self) -> str:
        """'' (not enrolled), pending, active or revoked."""
        return self._meta(META_DEVICE_STATUS) or ""

    @property
    def enrolled(self) -> bool:
        return bool(self.hub_agency_id and self._meta(META_DEVICE_KEYS))

    def device_keys(self) -> DeviceKeys | None:
        text = self._meta(META_DEVICE_KEYS)
        return DeviceKeys.from_json(text) if text else None

    def _keys(self) -> DeviceKeys:
        keys = self.device_keys()
        if keys is None or not self.hub_agency_id:
            raise NotEnrolled()
        return keys

    def agency_keys(self) -> dict[int, AgencyKey]:
        raw = json.loads(self._meta(META_AGENCY_KEYS) or "{}")
        return {int(epoch): AgencyKey.from_json(text) for epoch, text in raw.items()}

    def _save_agency_keys(self, keys: Mapping[int, AgencyKey]) -> None:
        self._set_meta(META_AGENCY_KEYS, json.dumps(
            {str(e): k.to_json() for e, k in sorted(keys.items())}, sort_keys=True))

    def _chain_wires(self, agency: str) -> list[dict[str, Any]]:
        wires: list[dict[str, Any]] = json.loads(self._meta(META_CHAIN + agency) or "[]")
        return wires

    def _pinned_root(self, agency: str) -> str | None:
        return self._meta(META_ROOT + agency) or None

    def chain_state(self, agency: str) -> chain_mod.ChainState | None:
        """The cached, verified chain of ``agency`` (None if never fetched)."""
        if agency in self._states:
            return self._states[agency]
        wires = self._chain_wires(agency)
        if not wires:
            return None
        state = chain_mod.verify_chain(agency, wires, expected_root=self._pinned_root(agency))
        self._states[agency] = state
        return state

    def _store_chain(self, agency: str, wires: list[dict[str, Any]],
                     state: chain_mod.ChainState) -> None:
        with self.store.transaction():
            self._set_meta(META_CHAIN + agency, json.dumps(wires, sort_keys=True))
            if not self._pinned_root(agency) or self._pinned_root(agency) != state.root:
                # Pin (first use) or replace a pinned fingerprint by the device id it matched.
                self._set_meta(META_ROOT + agency, state.root)
        self._states[agency] = state

    def _grants_due(self) -> list[str]:
        due: list[str] = json.loads(self._meta(META_GRANTS_DUE) or "[]")
        return due

    # -- the hub client -------------------------------------------------------------------

    def client(self) -> HubClient:
        if self._client is None:
            if not self.hub_url:
                raise NotEnrolled()
            self._client = self.client_factory(self.hub_url, self.device_keys())
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    # -- chains and keys ------------------------------------------------------------------

    def refresh_chain(self, agency: str) -> chain_mod.ChainState:
        """Fetch entries the hub has beyond our cached copy, verify and cache them.

        Raises ChainError if the hub serves a chain that does not verify, forks from ours, or
        whose root is not the one pinned (an alarm: nothing from that agency is trusted).
        """
        wires = self._chain_wires(agency)
        state = self.chain_state(agency) if wires else None
        new = self.client().get_chain(agency, len(wires) - 1 if wires else -1)
        if state is None:
            state = chain_mod.verify_chain(agency, new, expected_root=self._pinned_root(agency))
        elif new:
            state = chain_mod.extend_chain(state, new)
        else:
            return state
        self._store_chain(agency, [*wires, *new], state)
        return state

    def _own_state(self) -> chain_mod.ChainState:
        state = self.chain_state(self.hub_agency_id)
        if state is None:
            raise NotEnrolled()
        return state

    def _check_own_status(self, state: chain_mod.ChainState, keys: DeviceKeys) -> None:
        device = state.device(keys.device_id)
        if device is not None and not device.active:
            self._set_meta(META_DEVICE_STATUS, "revoked")
            raise DeviceRevoked(403, "sync.laptop-removed", "revoked")
        if device is not None and self.status != "active":
            self._set_meta(META_DEVICE_STATUS, "active")

    def _refresh_own(self) -> chain_mod.ChainState:
        keys = self._keys()
        state = self.refresh_chain(self.hub_agency_id)
        self._check_own_status(state, keys)
        self._refresh_grants(state, keys)
        return state

    def _refresh_grants(self, state: chain_mod.ChainState, keys: DeviceKeys) -> None:
        held = self.agency_keys()
        # A key that does not match the chain's epoch (e.g. left from an interrupted
        # rotation) is dropped so that the real one can be granted.
        valid = {e: k for e, k in held.items()
                 if e in state.epochs and state.epochs[e] == (k.suite, k.public)}
        missing = [e for e in state.epochs if e not in valid]
        if missing:
            for agency, epoch, blob in self.client().grants():
                if agency != state.agency_id or epoch not in missing or epoch in valid:
                    continue
                suite, public = state.epochs[epoch]
                try:
                    valid[epoch] = open_grant(blob, agency, epoch, suite, keys,
                                              expected_public=public)
                except GrantError as exc:
                    log.warning("refused the grant for epoch %d: %s", epoch, exc.reason)
        if valid != held:
            self._save_agency_keys(valid)

    def _upload_due_grants(self, state: chain_mod.ChainState) -> None:
        due = self._grants_due()
        if not due:
            return
        held = self.agency_keys()
        agency = state.agency_id
        remaining = []
        for device_id in due:
            device = state.active_device(device_id)
            if device is None:
                continue
            grants = [(e, seal_grant(k, agency, device_id, device.kem_public))
                      for e, k in sorted(held.items()) if e in state.epochs]
            try:
                self.client().put_grants(agency, device_id, grants)
            except HubRejected as exc:
                if exc.reason == "revoked":
                    continue
                if isinstance(exc, DeviceRevoked):
                    raise
                log.warning("could not upload grants for %s: %s", device_id, exc.reason)
                remaining.append(device_id)
        self._set_meta(META_GRANTS_DUE, json.dumps(remaining))

    def _partner_state(self, agency: str, *, refresh: bool) -> chain_mod.ChainState:
        if refresh:
            return self.refresh_chain(agency)
        state = self.chain_state(agency)
        if state is None:
            raise _Reject("unknown-agency")
        return state

    # -- enrolment and devices ------------------------------------------------------------

    def enroll(self, hub_url: str, code: str, label: str, *, agency_id: str | None = None,
               agency_fingerprint: str | None = None, suite: int = 1) -> EnrollResult:
        """Enrol this laptop with the hub using a one-time code.

        The agency's first laptop creates agency key epoch 0 and the device chain; it needs
        the agency's hub id (``agency_id``, printed by ``collabdesk-hub enroll-code``). A later
        laptop is *pending* until an active laptop approves it; ``agency_fingerprint`` (the
        root fingerprint shown on an active laptop) pins the agency's root before first use.
        """
        self.session.require("sync.enroll")
        if self.enrolled and self.status in ("active", "pending"):
            raise SyncSetupError("sync.laptop-already-enrolled-agency",
                                 hub_url=self.hub_url, hub_agency_id=self.hub_agency_id)
        label = label.strip() or "Laptop"
        if self.status == "revoked":
            self._forget_enrolment()  # a removed device enrols again with new keys
        keys = self.device_keys()
        if keys is None:
            keys = DeviceKeys.generate()
            # Saved before the hub hears of them, so a lost answer can be retried.
            self._set_meta(META_DEVICE_KEYS, keys.to_json())
        self.close()
        self._set_meta(META_HUB_URL, hub_url.strip().rstrip("/"))
        client = self.client()
        joining = not self.session.agency_id
        try:
            answer = client.enroll(code, label)
        except HubRejected as exc:
            if exc.reason == "already-enrolled":
                return self._resume_enrolment(agency_id, keys)
            if exc.reason != "genesis-required":
                raise
            if joining:
                raise SyncSetupError(
                    "sync.laptop-set-up-join") from exc
            if not agency_id:
                raise SyncSetupError(
                    "sync.agency-s-first-laptop") from exc
            return self._enroll_first(client, code, label, agency_id, keys, suite)
        status = str(answer["status"])
        agency = str(answer["agency"])
        with self.store.transaction():
            self._set_meta(syncstatus.HUB_AGENCY, agency)
            self._set_meta(META_DEVICE_STATUS, status)
            if agency_fingerprint:
                self._set_meta(META_ROOT + agency, agency_fingerprint)
        self.session.audit_now("sync.enroll", None, None, agency=agency, status=status)
        return EnrollResult(status, keys.device_id, keys.fingerprint(),
                            agency_fingerprint or "", agency)

    def _forget_enrolment(self) -> None:
        own = self.hub_agency_id
        with self.store.transaction() as conn:
            conn.executemany("DELETE FROM meta WHERE key = ?", [(k,) for k in (
                META_DEVICE_KEYS, META_DEVICE_STATUS, META_AGENCY_KEYS, META_CURSOR,
                META_GRANTS_DUE, syncstatus.HUB_AGENCY, META_CHAIN + own, META_ROOT + own)])
        self._states.clear()
        self.close()

    def _enroll_first(self, client: HubClient, code: str, label: str, agency: str,
                      keys: DeviceKeys, suite: int) -> EnrollResult:
        held = self.agency_keys()
        key0 = held.get(0)
        if key0 is None or key0.suite != suite:
            key0 = AgencyKey.generate(0, suite)
            self._save_agency_keys({0: key0})
        wires = chain_mod.genesis(agency, keys, label, key0, int(self.clock()))
        answer = client.enroll(code, label, wires)
        if answer.get("agency") != agency:
            raise SyncSetupError("sync.hub-enrolled-laptop-different")
        state = chain_mod.verify_chain(agency, wires, expected_root=keys.device_id)
        with self.store.transaction():
            self._set_meta(syncstatus.HUB_AGENCY, agency)
            self._set_meta(META_DEVICE_STATUS, "active")
            self._store_chain(agency, wires, state)
        self.session.audit_now("sync.enroll", None, None, agency=agency, status="active")
        return EnrollResult("active", keys.device_id, keys.fingerprint(), keys.fingerprint(),
                            agency)

    def _resume_enrolment(self, agency_id: str | None, keys: DeviceKeys) -> EnrollResult:
        """The hub already knows these keys (an earlier answer was lost): find out how far."""
        if self.hub_agency_id:
            agency = self.hub_agency_id
        elif agency_id:
            agency = agency_id
        else:
            raise SyncSetupError("sync.hub-already-knows-laptop")
        self._set_meta(syncstatus.HUB_AGENCY, agency)
        try:
            self.client().grants()
            status = "active"
        except DevicePending:
            status = "pending"
        self._set_meta(META_DEVICE_STATUS, status)
        return EnrollResult(status, keys.device_id, keys.fingerprint(), "", agency)

    def pending_devices(self) -> list[PendingDevice]:
        self.session.require("sync.enroll")
        self._keys()
        return [PendingDevice(str(d["device"]), str(d["label"]), str(d["fingerprint"]),
                              int(d["requested_at"]))
                for d in self.client().pending(self.hub_agency_id)]

    def approve(self, device_id: str, *, fingerprint: str | None = None) -> DeviceInfo:
        """Add a pending laptop to the agency's chain and grant it every agency key.

        ``fingerprint``, if given, must match the one the new laptop shows.
        """
        self.session.require("sync.enroll")
        keys = self._keys()
        pending = {d["device"]: d for d in self.client().pending(self.hub_agency_id)}
        request = pending.get(device_id)
        if request is None:
            raise NotFound("sync.laptop-id-waiting-approval")
        if fingerprint is not None:
            from collabdesk.sync.keys import normalise_fingerprint
            if normalise_fingerprint(fingerprint) != normalise_fingerprint(
                    str(request["fingerprint"])):
                raise SyncSetupError("sync.fingerprint-does-match-one")
        state = self._refresh_own()
        if state.rotation_pending:
            raise SyncSetupError("sync.laptop-removed-agency-key")
        wire = chain_mod.make_entry(state, keys, "add", int(self.clock()),
                                    sign_pub=b64d(request["sign_pub"]),
                                    kem_pub=b64d(request["kem_pub"]),
                                    label=str(request["label"]) or "Laptop")
        self.client().append_chain(self.hub_agency_id, [wire])
        state = chain_mod.extend_chain(state, [wire])
        wires = [*self._chain_wires(self.hub_agency_id), wire]
        with self.store.transaction():
            self._store_chain(self.hub_agency_id, wires, state)
            self._set_meta(META_GRANTS_DUE, json.dumps(sorted({*self._grants_due(),
                                                               device_id})))
        self._upload_due_grants(state)
        self.session.audit_now("sync.device_approve", None, None, device=device_id)
        return self._device_info(state, state.devices[device_id], keys)

    def revoke(self, device_id: str) -> None:
        """Remove a laptop: append ``revoke`` and a new agency-key epoch it never receives."""
        self.session.require("sync.enroll")
        keys = self._keys()
        if device_id == keys.device_id:
            raise SyncSetupError("sync.laptop-cannot-remove-itself")
        state = self._refresh_own()
        if state.active_device(device_id) is None:
            raise NotFound("sync.laptop-active-device-agency")
        epoch, suite, _ = state.current_agency_key()
        new_key = AgencyKey.generate(epoch + 1, suite)
        held = self.agency_keys()
        held[new_key.epoch] = new_key
        self._save_agency_keys(held)  # kept before the hub sees the epoch: never lost
        ts = int(self.clock())
        first = chain_mod.make_entry(state, keys, "revoke", ts, device=device_id)
        after_revoke = chain_mod.extend_chain(state, [first])
        second = chain_mod.make_entry(after_revoke, keys, "epoch", ts, agency_key=new_key)
        self.client().append_chain(self.hub_agency_id, [first, second])
        state = chain_mod.extend_chain(after_revoke, [second])
        others = [d.device_id for d in state.active_devices() if d.device_id != keys.device_id]
        with self.store.transaction():
            self._store_chain(self.hub_agency_id,
                              [*self._chain_wires(self.hub_agency_id), first, second], state)
            self._set_meta(META_GRANTS_DUE, json.dumps(sorted({*self._grants_due(), *others})))
        self._upload_due_grants(state)
        self.session.audit_now("sync.device_revoke", None, None, device=device_id)

    def _device_info(self, state: chain_mod.ChainState, device: chain_mod.ChainDevice,
                     keys: DeviceKeys | None) -> DeviceInfo:
        return DeviceInfo(device.device_id, device.label, device.fingerprint(), device.active,
                          keys is not None and device.device_id == keys.device_id,
                          device.device_id == state.root)

    def devices(self) -> list[DeviceInfo]:
        """The agency's laptops from the cached, verified chain (no network)."""
        if not self.hub_agency_id:
            return []
        state = self.chain_state(self.hub_agency_id)
        if state is None:
            return []
        keys = self.device_keys()
        return [self._device_info(state, d, keys) for d in state.devices.values()]

    def agency_fingerprint(self) -> str:
        """The root fingerprint of our agency's chain, for comparison out of band."""
        state = self.chain_state(self.hub_agency_id) if self.hub_agency_id else None
        return state.devices[state.root].fingerprint() if state else ""

    def partners(self) -> list[PartnerTrust]:
        """Partner agencies whose chain root this laptop has pinned."""
        out = []
        with self.store.read() as conn:
            rows = conn.execute("SELECT key, value FROM meta WHERE key LIKE ?",
                                (META_ROOT + "%",)).fetchall()
        for key, value in rows:
            agency = key[len(META_ROOT):]
            if agency == self.hub_agency_id:
                continue
            state = self.chain_state(agency)
            fp = state.devices[state.root].fingerprint() if state else value
            out.append(PartnerTrust(agency, state.root if state else "", fp))
        return out

    def pin_partner(self, agency_id: str, fingerprint: str) -> None:
        """Pin a partner's root as compared out of band (before first contact)."""
        self.session.require("sync.enroll")
        state = self.chain_state(agency_id)
        if state is not None:
            chain_mod.verify_chain(agency_id, self._chain_wires(agency_id),
                                   expected_root=fingerprint)
        self._set_meta(META_ROOT + agency_id, fingerprint)

    # -- sealing ---------------------------------------------------------------------------

    def _recipient(self, state: chain_mod.ChainState) -> tuple[str, int, int, bytes]:
        if state.rotation_pending:
            raise SyncSetupError("sync.agency-removed-laptop-published", agency_id=state.agency_id)
        epoch, suite, public = state.current_agency_key()
        return state.agency_id, epoch, suite, public

    def _local_event_pages(self, after: int) -> Iterator[list[tuple[int, Event]]]:
        while True:
            with self.store.read() as conn:
                rows = conn.execute(
                    "SELECT seq, id, hlc, device, user_id, entity, entity_id, op, data, scope "
                    "FROM events WHERE origin = 'local' AND seq > ? ORDER BY seq LIMIT ?",
                    (after, _EVENT_PAGE)).fetchall()
            if not rows:
                return
            yield [(int(r[0]), Event(r[1], r[2], r[3], r[4], r[5], r[6], r[7],
                                     json.loads(r[8]), r[9])) for r in rows]
            after = int(rows[-1][0])

    def _load_blob(self, digest: str) -> bytes | None:
        with self.store.read() as conn:
            row = conn.execute("SELECT data FROM blobs WHERE sha256 = ?", (digest,)).fetchone()
        return bytes(row[0]) if row else None

    def seal_event_envelopes(self, after: int) -> Iterator[tuple[batching.EventBatch, bytes]]:
        """Our local events after seq ``after``, sealed for our own mailbox, in order."""
        keys = self._keys()
        own = self.hub_agency_id
        recipient = self._recipient(self._own_state())
        for page in self._local_event_pages(after):
            for b in batching.plan_event_batches(page, self._load_blob, start_seq=after):
                data = envelope_mod.seal(
                    kind="events", batch=b.payload(), mailbox=own, sender=keys,
                    sender_agency=own, recipients=[recipient], created_ms=_now_ms(self.clock))
                after = b.last_seq
                yield b, data

    def _outbox(self) -> dict[str, list[tuple[str, str, dict[str, Any]]]]:
        with self.store.read() as conn:
            rows = conn.execute(
                "SELECT id, kind, mailbox, payload FROM sync_outbox WHERE state IN "
                "('waiting', 'failed') AND kind IN ('referral', 'referral_update') "
                "ORDER BY created_at, id").fetchall()
        grouped: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
        for message_id, kind, mailbox, payload in rows:
            grouped.setdefault(mailbox, []).append((message_id, kind, json.loads(payload)))
        return grouped

    def seal_messages(self, mailbox: str, partner: chain_mod.ChainState,
                      messages: list[tuple[str, str, dict[str, Any]]]
                      ) -> Iterator[tuple[list[str], bytes]]:
        """Seal outbox messages for ``mailbox`` to the partner's and our current epochs."""
        keys = self._keys()
        own = self.hub_agency_id
        recipients = [self._recipient(partner)]
        if mailbox != own:
            recipients.append(self._recipient(self._own_state()))
        items = []
        for message_id, kind, payload in messages:
            if kind == "referral":
                payload = {**payload, "from_agency_id": own}
            items.append({"id": message_id, "kind": kind, "payload": payload})
        for group in batching.plan_message_batches(items):
            data = envelope_mod.seal(
                kind="referral", batch={"v": 1, "messages": group}, mailbox=mailbox,
                sender=keys, sender_agency=own, recipients=recipients,
                created_ms=_now_ms(self.clock))
            yield [m["id"] for m in group], data

    def _mark(self, ids: list[str], state: str, reason: str = "") -> None:
        if not ids:
            return
        now = iso(self.session.now())
        with self.store.transaction() as conn:
            conn.executemany(
                "UPDATE sync_outbox SET state = ?, reason = ?, attempts = attempts + 1, "
                "updated_at = ? WHERE id = ?", [(state, reason, now, i) for i in ids])

    # -- one round ---------------------------------------------------------------------------

    def sync_once(self, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> SyncReport:
        """Push, send and pull once. Raises HubUnreachable (offline: try later),
        DeviceRevoked (stop), DevicePending (not approved yet), HubRejected, ChainError."""
        self.session.require("sync.run")
        keys = self._keys()
        if self.status == "revoked":
            raise DeviceRevoked(403, "sync.laptop-removed", "revoked")
        report = SyncReport()
        stop = cancelled or (lambda: False)
        note = progress or (lambda done, total, message: None)
        client = self.client()
        sent0, received0 = client.bytes_sent, client.bytes_received
        try:
            self._round(keys, report, note, stop)
        except HubUnreachable as exc:
            self._set_meta(syncstatus.LAST_ERROR, str(exc))
            raise
        except DeviceRevoked as exc:
            with self.store.transaction():
                self._set_meta(META_DEVICE_STATUS, "revoked")
                self._contact(str(exc))
            raise
        except (HubError, SyncError, SyncSetupError) as exc:
            self._contact(str(exc))
            raise
        finally:
            report.bytes_sent = client.bytes_sent - sent0
            report.bytes_received = client.bytes_received - received0
        self._contact("")
        from collabdesk.sync.release_check import note_latest_release  # never raises
        note_latest_release(self.session, client)
        return report

    def _contact(self, error: str) -> None:
        with self.store.transaction():
            self._set_meta(syncstatus.LAST_CONTACT, iso(self.session.now()))
            self._set_meta(syncstatus.LAST_ERROR, error)

    def _round(self, keys: DeviceKeys, report: SyncReport, note: Progress,
               stop: Callable[[], bool]) -> None:
        own = self.hub_agency_id
        pushed = int(self._meta(syncstatus.PUSHED_SEQ) or 0)
        with self.store.read() as conn:
            waiting = conn.execute("SELECT count(*) FROM events WHERE origin = 'local' AND "
                                   "seq > ?", (pushed,)).fetchone()[0]
            last = conn.execute("SELECT max(seq) FROM events").fetchone()[0] or 0
        if not waiting and last > pushed:
            # Nothing local is waiting up to `last` (same snapshot): move the cursor past the
            # remote events too, or a laptop restored from the hub scans its whole log (and
            # so does the sync status) every round.
            self._set_meta(syncstatus.PUSHED_SEQ, str(last))
            pushed = last
        outbox = self._outbox()
        # (1) This laptop's standing and keys, when they are not known to be in order.
        setup = (self.status != "active" or bool(self._grants_due()) or not self.agency_keys()
                 or self.chain_state(own) is None)
        state = self._refresh_own() if setup else self._own_state()
        if setup:
            self._upload_due_grants(state)
        self._check_own_status(state, keys)

        # (2) Our mailbox: what the agency's other laptops sent. Pulling first also tells us
        # how long the agency's device chain is at the hub. A laptop that has nothing of the
        # agency yet starts from the agency's latest snapshot, when there is one.
        self._restore_snapshot(report, note, stop)
        if report.cancelled:
            return
        hub_chain = self._pull(report, note, stop)
        if report.cancelled:
            return
        # A revocation must be seen before anything is sealed: if the hub's chain is longer
        # than ours (or the hub did not say), fetch the rest now. An idle round, and a round
        # with one change to send, cost no extra request.
        if (waiting or outbox) and not setup and (
                hub_chain is None or hub_chain > len(self._chain_wires(own))):
            state = self._refresh_own()
            self._upload_due_grants(state)

        # (3) Our own events to our own mailbox.
        done = 0
        for b, data in self.seal_event_envelopes(pushed):
            results = self.client().push(own, [data])
            if not results or not results[0].ok:
                reason = results[0].reason if results else "no answer"
                raise HubRejected(400, "sync.hub-refused-laptop-s", reason, reason=reason)
            with self.store.transaction() as conn:
                # Remembered as dealt with: pulls then bring it back as its id alone.
                if results[0].envelope_id:
                    self._record(conn, results[0].envelope_id, results[0].seq, "applied",
                                 "sent from this laptop")
                if b.last_seq > pushed:
                    self._set_meta(syncstatus.PUSHED_SEQ, str(b.last_seq))
                    pushed = b.last_seq
            done += len(b.events)
            report.pushed_events += len(b.events)
            report.envelopes_pushed += 1
            note(done, int(waiting), "Sending this laptop's changes")
            if stop():
                report.cancelled = True
                return

        # (4) Messages for partner agencies.
        for mailbox, messages in outbox.items():
            ids = [m[0] for m in messages]
            try:
                partner = self.refresh_chain(mailbox)
                sealed = list(self.seal_messages(mailbox, partner, messages))
            except HubRejected as exc:
                if isinstance(exc, DeviceRevoked):
                    raise
                reason = ("The partner agency is not registered on the hub."
                          if exc.status == 404 else exc.message)
                self._mark(ids, "failed", reason)
                report.messages_failed += len(ids)
                continue
            except (ChainError, SyncSetupError) as exc:
                self._mark(ids, "failed", f"The partner's device list cannot be trusted: {exc}"
                           if isinstance(exc, ChainError) else str(exc))
                report.messages_failed += len(ids)
                continue
            for group, data in sealed:
                result = self.client().push(mailbox, [data])[0]
                if result.ok:
                    self._mark(group, "sent")
                    report.messages_sent += len(group)
                else:
                    self._mark(group, "failed", f"The hub refused the message ({result.reason}).")
                    report.messages_failed += len(group)
            note(report.messages_sent, 0, "Sending messages to partners")

        # (5) Monthly summaries for the hub's dashboard (the one thing the hub can read).
        self._send_summaries(keys, report)

        # (6) A snapshot for the agency's next new laptop, when the last one is far behind:
        # sealed here, then uploaded a slice per round, so a slow link is not held up.
        self._snapshot_step(report, note, stop)

    def _snapshot_step(self, report: SyncReport, note: Progress,
                       stop: Callable[[], bool]) -> None:
        try:
            if self._meta(META_SNAPSHOT_OUT) is None:
                if not self._snapshot_due(report):
                    return
                self._stage_snapshot(note, stop)
            made = self._upload_snapshot(note, stop, budget=self.snapshot_upload_bytes)
        except SyncSetupError as exc:  # a change was made meanwhile: next round
            log.info("no snapshot this round: %s", exc)
        except HubError as exc:
            if isinstance(exc, DeviceRevoked):
                raise
            # The round's own work is done; the upload carries on next round.
            log.info("snapshot upload paused: %s", exc)
        else:
            report.snapshot_made = "" if made.cancelled else made.snapshot_id

    def _send_summaries(self, keys: DeviceKeys, report: SyncReport) -> None:
        """Sign and post queued summaries, oldest first, so a resubmission supersedes."""
        with self.store.read() as conn:
            rows = conn.execute(
                "SELECT id, payload FROM sync_outbox WHERE kind = 'summary' AND state IN "
                "('waiting', 'failed') ORDER BY created_at, id").fetchall()
        own = self.hub_agency_id
        for message_id, payload in rows:
            data = json.loads(payload)
            document = summaries.build_document(
                agency_id=own, device_id=keys.device_id, month=data["month"],
                summary=data["summary"], partners=data.get("partners") or {},
                created_ms=_now_ms(self.clock))
            body = summaries.request_body(data["month"], document,
                                          summaries.sign_document(keys, document))
            try:
                self.client().put_summary(own, body)
            except DeviceRevoked:
                raise
            except HubRejected as exc:
                self._mark([message_id], "failed", f"The hub refused the summary: {exc.message}")
                report.messages_failed += 1
                continue
            self._mark([message_id], "sent")
            report.summaries_sent += 1

    def _pull(self, report: SyncReport, note: Progress, stop: Callable[[], bool]
              ) -> int | None:
        """Pull our mailbox to its end (or until cancelled); → the length of the agency's
        device chain at the hub, as the last page said (None if it did not)."""
        own = self.hub_agency_id
        token = self._meta(META_CURSOR)
        resynced = False
        while True:
            if stop():
                report.cancelled = True
                return None
            try:
                page = self.client().pull(own, token, PULL_PAGE, own_ids_only=True)
                if self._unknown_own(page):
                    # Sent from here but not known here (a store restored from an older
                    # backup keeps its device id): fetch the page whole.
                    page = self.client().pull(own, token, PULL_PAGE)
                    if self._unknown_own(page):
                        raise HubRejected(200, "sync.hub-sent-envelopes-without",
                                          "bad-response")
            except CursorGone:
                if resynced:
                    raise
                log.info("pull cursor of %s is gone; resyncing from the start", own)
                with self.store.transaction() as conn:
                    conn.execute("DELETE FROM meta WHERE key = ?", (META_CURSOR,))
                token, resynced, report.resynced = None, True, True
                continue
            count = len(page.envelopes)
            group: list[_Incoming] = []
            group_events = 0
            for i, pulled in enumerate(page.envelopes):
                if stop():
                    self._store_incoming(group, None, report)
                    report.cancelled = True
                    return None
                report.envelopes_pulled += 1
                if pulled.data is None:  # one of ours, known here (checked above)
                    report.envelopes_skipped += 1
                    item = None
                else:
                    try:
                        item = self._receive(pulled.data, seq=pulled.seq,
                                             hub_id=pulled.envelope_id, report=report)
                    except (WaitingForKey, HubError):
                        # The round stops here; what was opened before it is kept.
                        self._store_incoming(group, None, report)
                        raise
                if item is not None and all(g.envelope_id != item.envelope_id for g in group):
                    group.append(item)
                    group_events += item.size
                last = i == count - 1
                if last or group_events >= APPLY_GROUP_EVENTS:
                    self._store_incoming(group, page.token if last else None, report)
                    group, group_events = [], 0
                note(report.envelopes_pulled, 0, f"Received {report.envelopes_pulled} "
                     "envelope(s)")
            if not count and page.token != token:
                self._set_meta(META_CURSOR, page.token)
            token = page.token
            if page.done:
                report.snapshot_behind = page.behind
                return page.chain

    def _unknown_own(self, page: PullPage) -> bool:
        return any(p.data is None and not self._seen(p.envelope_id) for p in page.envelopes)

    # -- snapshots (collabdesk.sync.snapshot) ------------------------------------------------

    def _events_held(self) -> int:
        with self.store.read() as conn:  # seq only grows and events are never deleted
            return int(conn.execute("SELECT max(seq) FROM events").fetchone()[0] or 0)

    def _snapshot_due(self, report: SyncReport) -> bool:
        """Whether this round should end by making a snapshot for the agency: the latest one
        is far behind, and this laptop has everything it holds on the hub."""
        behind = report.snapshot_behind
        if (self.snapshot_every_events <= 0 or report.cancelled or behind is None
                or behind < self.snapshot_min_envelopes):
            return False
        held = self._events_held()
        if held - int(self._meta(META_SNAPSHOT_EVENTS) or 0) < self.snapshot_every_events:
            return False
        # Another laptop may have made one since we last looked: ask before making ours.
        info = self.client().latest_snapshot(self.hub_agency_id)
        known = 0
        if info is not None:
            with contextlib.suppress(_Reject):  # one we cannot use: ours will replace it
                known = self._check_manifest(info.manifest, info.snapshot_id).events
        self._set_meta(META_SNAPSHOT_EVENTS, str(known))
        return held - known >= self.snapshot_every_events

    def make_snapshot(self, progress: Progress | None = None,
                      cancelled: Callable[[], bool] | None = None) -> SnapshotReport:
        """Seal every record of the agency as this laptop holds it and upload it, all now,
        as the agency's latest snapshot, from which a new laptop restores (see
        _restore_snapshot). Raises SyncSetupError if this laptop has changes the hub does not
        have yet (a snapshot holds only what the mailbox already holds)."""
        self.session.require("sync.run")
        note = progress or (lambda done, total, message: None)
        stop = cancelled or (lambda: False)
        self._stage_snapshot(note, stop)
        return self._upload_snapshot(note, stop, budget=None)

    def _stage_snapshot(self, note: Progress, stop: Callable[[], bool]) -> None:
        """Seal a snapshot into this store, ready to upload (over one round or several).

        The rows are read on a second connection in one read transaction, so the app goes
        on working meanwhile; each sealed part is kept in its own short transaction."""
        keys = self._keys()
        own = self.hub_agency_id
        recipient = self._recipient(self._own_state())
        self._drop_staged_snapshot()
        # To the mailbox's head first (what we pushed comes back as ids alone), so that a
        # laptop restoring from this snapshot pulls only what is newer than it.
        pulled = SyncReport()
        self._pull(pulled, note, stop)
        if pulled.cancelled:
            return
        snapshot_id = secrets.token_hex(16)
        part_ids: list[str] = []
        with self.store.long_read() as conn:
            meta = dict(conn.execute(
                "SELECT key, value FROM meta WHERE key IN (?, ?, 'agency_id')",
                (syncstatus.PUSHED_SEQ, META_CURSOR)).fetchall())
            if conn.execute("SELECT 1 FROM events WHERE origin = 'local' AND seq > ? LIMIT 1",
                            (int(meta.get(syncstatus.PUSHED_SEQ) or 0),)).fetchone():
                raise SyncSetupError("sync.laptop-changes-hub-does")
            events = int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
            schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = snapshot_mod.columns(conn)
            for n, plain in enumerate(snapshot_mod.build_parts(conn, snapshot_id)):
                data = envelope_mod.seal_bytes(
                    kind="snapshot-part", plain=plain, mailbox=own, sender=keys,
                    sender_agency=own, recipients=[recipient], created_ms=_now_ms(self.clock))
                with self.store.transaction() as out:
                    out.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                                (f"{META_SNAPSHOT_OUT_PART}{n}", data))  # as a BLOB
                part_ids.append(envelope_mod.parse_envelope(data).envelope_id)
                note(n + 1, 0, "Sealing a snapshot of the agency's records")
                if stop():
                    self._drop_staged_snapshot()
                    return
        manifest = snapshot_mod.Manifest(
            snapshot_id, str(meta.get("agency_id") or ""), schema, tables, part_ids, events,
            meta.get(META_CURSOR), _now_ms(self.clock))
        sealed = envelope_mod.seal(
            kind="snapshot", batch=manifest.to_json(), mailbox=own, sender=keys,
            sender_agency=own, recipients=[recipient], created_ms=_now_ms(self.clock))
        self._set_meta(META_SNAPSHOT_OUT, json.dumps({
            "id": snapshot_id, "parts": len(part_ids), "uploaded": 0, "events": events,
            "cursor": manifest.cursor, "manifest": b64e(sealed)}))

    def _drop_staged_snapshot(self) -> None:
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM meta WHERE key = ? OR key LIKE ?",
                         (META_SNAPSHOT_OUT, f"{META_SNAPSHOT_OUT_PART}%"))

    def _upload_snapshot(self, note: Progress, stop: Callable[[], bool], *,
                         budget: int | None) -> SnapshotReport:
        """Upload the staged snapshot's remaining parts — at most ``budget`` bytes of them
        (None: all) — and, once every part is at the hub, its manifest. Parts uploaded stay
        uploaded: the next call carries on."""
        raw = self._meta(META_SNAPSHOT_OUT)
        if raw is None:
            return SnapshotReport("", 0, 0, 0, cancelled=True)
        state = json.loads(raw)
        own, snapshot_id, total = self.hub_agency_id, str(state["id"]), int(state["parts"])
        client = self.client()
        sent0 = client.bytes_sent

        def report(done: bool) -> SnapshotReport:
            return SnapshotReport(snapshot_id, total, int(state["events"]),
                                  client.bytes_sent - sent0, cancelled=not done)

        for n in range(int(state["uploaded"]), total):
            if stop() or (budget is not None and client.bytes_sent - sent0 >= budget):
                return report(False)
            with self.store.read() as conn:
                row = conn.execute("SELECT value FROM meta WHERE key = ?",
                                   (f"{META_SNAPSHOT_OUT_PART}{n}",)).fetchone()
            client.put_snapshot_part(own, snapshot_id, n, bytes(row[0]))
            state["uploaded"] = n + 1
            self._set_meta(META_SNAPSHOT_OUT, json.dumps(state))
            note(n + 1, total, "Uploading a snapshot of the agency's records")
        try:
            client.commit_snapshot(own, snapshot_id, b64d(state["manifest"]), total,
                                   state["cursor"])
        except HubRejected as exc:
            if isinstance(exc, DeviceRevoked) or exc.status not in (404, 409):
                raise
            # The hub dropped the upload (idle for a day) or its mailbox was reset: this
            # snapshot cannot be completed; a fresh one is made when one is next due.
            log.warning("snapshot %s abandoned: %s", snapshot_id, exc.reason)
            self._drop_staged_snapshot()
            return report(False)
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM meta WHERE key = ? OR key LIKE ?",
                         (META_SNAPSHOT_OUT, f"{META_SNAPSHOT_OUT_PART}%"))
            self._set_meta(META_SNAPSHOT_EVENTS, str(state["events"]))
            self.session.audit(conn, "sync.snapshot.make", "snapshot", snapshot_id,
                               events=state["events"], parts=total)
        log.info("snapshot %s uploaded: %s events in %d parts", snapshot_id, state["events"],
                 total)
        return report(True)

    def _check_manifest(self, data: bytes, snapshot_id: str) -> snapshot_mod.Manifest:
        """Verify and open a snapshot's manifest; raises _Reject if this laptop cannot use
        it (damaged, not our agency's, made by another schema version)."""
        try:
            parsed = envelope_mod.parse_envelope(data)
            if parsed.kind != "snapshot" or parsed.sender_agency != self.hub_agency_id:
                raise _Reject("manifest-not-ours")
            manifest = snapshot_mod.Manifest.from_json(self._open(data, parsed, online=True))
        except EnvelopeError as exc:
            raise _Reject(f"manifest-{exc.reason}") from exc
        except snapshot_mod.SnapshotError as exc:
            raise _Reject(exc.reason) from exc
        if manifest.snapshot_id != snapshot_id:
            raise _Reject("manifest-of-another-snapshot")
        with self.store.read() as conn:
            tables = snapshot_mod.columns(conn)
        if manifest.schema != self.store.user_version() or manifest.tables != tables:
            raise _Reject("snapshot-of-another-version")
        return manifest

    def _check_part(self, data: bytes, manifest: snapshot_mod.Manifest, n: int) -> None:
        """A downloaded part is the one the signed manifest names, signed by its maker;
        raises _Reject. (That is all the hub or the network could spoil: its content is
        opened once, when it is applied.)"""
        try:
            parsed = envelope_mod.parse_envelope(data)
            if parsed.envelope_id != manifest.parts[n]:
                raise _Reject("part-not-in-manifest")
            if parsed.kind != "snapshot-part":
                raise _Reject("part-of-another-kind")
            envelope_mod.verify_signature(parsed, self._sender_public(parsed, online=True))
        except EnvelopeError as exc:
            raise _Reject(f"part-{exc.reason}") from exc

    def _drop_snapshot(self, snapshot_id: str = "", reason: str = "") -> None:
        """Forget a restore not yet begun; with a reason, never try that snapshot again."""
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM meta WHERE key = ? OR key LIKE ?",
                         (META_SNAPSHOT, f"{META_SNAPSHOT_PART}%"))
            if reason:
                log.warning("snapshot %s refused: %s; restoring by replaying the mailbox",
                            snapshot_id, reason)
                self._set_meta(META_SNAPSHOT_REFUSED, snapshot_id)

    def _restore_snapshot(self, report: SyncReport, note: Progress, stop: Callable[[], bool],
                          *, again: bool = True) -> None:
        """Restore a laptop that holds nothing of the agency yet from its latest snapshot.

        Parts are downloaded one by one into this store, each checked to be the part the
        signed manifest names and signed by its maker (a cut connection resumes at the next
        part); only then are they opened and applied, one part per transaction (a crash
        resumes at the next part); the last one also sets the pull cursor to the snapshot's
        point. A snapshot that fails a check before anything of it is applied is refused,
        and the mailbox is replayed from the start instead.
        """
        own = self.hub_agency_id
        raw_state = self._meta(META_SNAPSHOT)
        if raw_state is None:
            if self._meta(META_CURSOR) is not None:
                return
            with self.store.read() as conn:
                if conn.execute("SELECT 1 FROM events WHERE origin != 'local' LIMIT 1"
                                ).fetchone():
                    return
            info: SnapshotInfo | None = self.client().latest_snapshot(own)
            if info is None or info.snapshot_id == self._meta(META_SNAPSHOT_REFUSED):
                return
            try:
                manifest = self._check_manifest(info.manifest, info.snapshot_id)
            except _Reject as exc:
                self._drop_snapshot(info.snapshot_id, exc.reason)
                return
            state = {"id": info.snapshot_id, "manifest": b64e(info.manifest), "staged": 0,
                     "applied": 0}
            self._set_meta(META_SNAPSHOT, json.dumps(state))
        else:
            state = json.loads(raw_state)
            try:
                manifest = self._check_manifest(b64d(state["manifest"]), state["id"])
            except _Reject as exc:
                if int(state["applied"]):
                    raise SyncError(exc.reason, "sync.snapshot-laptop-restoring-from",
                                    reason=exc.reason) from exc
                self._drop_snapshot(str(state["id"]), exc.reason)
                return
        total = len(manifest.parts)
        for n in range(int(state["staged"]), total):
            if stop():
                report.cancelled = True
                return
            try:
                data = self.client().snapshot_part(own, manifest.snapshot_id, n)
                self._check_part(data, manifest, n)
            except HubRejected as exc:
                if exc.status != 404 or not again:
                    raise
                # Replaced by a newer snapshot while we were downloading: take that one.
                self._drop_snapshot()
                self._restore_snapshot(report, note, stop, again=False)
                return
            except _Reject as exc:
                self._drop_snapshot(manifest.snapshot_id, exc.reason)
                return
            with self.store.transaction() as conn:
                conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                             (f"{META_SNAPSHOT_PART}{n}", data))  # stored as a BLOB
                state["staged"] = n + 1
                self._set_meta(META_SNAPSHOT, json.dumps(state))
            note(n + 1, total, "Downloading the agency's records")
        # Each part is opened (decrypted, parsed) on a helper thread while the one before it
        # is written: SQLite and zlib let go of the interpreter while they work.
        open_part = _PartOpener(self, manifest)

        def staged(n: int) -> bytes:
            with self.store.read() as conn:
                row = conn.execute("SELECT value FROM meta WHERE key = ?",
                                   (f"{META_SNAPSHOT_PART}{n}",)).fetchone()
            data = bytes(row[0]) if row else b""
            open_part.prepare(data)
            return data

        first = int(state["applied"])
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="snapshot") as pool:
            future = pool.submit(open_part, first, staged(first)) if first < total else None
            for n in range(first, total):
                if stop():
                    report.cancelled = True
                    return
                assert future is not None
                part = future.result()
                if n + 1 < total:
                    future = pool.submit(open_part, n + 1, staged(n + 1))
                with self.store.transaction() as conn:
                    self._apply_snapshot_part(conn, manifest, part)
                    conn.execute("DELETE FROM meta WHERE key = ?", (f"{META_SNAPSHOT_PART}{n}",))
                    state["applied"] = n + 1
                    self._set_meta(META_SNAPSHOT, json.dumps(state))
                    if n == total - 1:
                        self._finish_restore(conn, manifest)
                note(n + 1, total, "Restoring the agency's records")
        report.restored_from = manifest.snapshot_id

    def _apply_snapshot_part(self, conn: Connection, manifest: snapshot_mod.Manifest,
                             part: snapshot_mod.Part) -> None:
        for blob in part.blobs:  # before any attachment row that needs it
            self._take_blob_part(conn, blob)
        snapshot_mod.apply_rows(conn, manifest, part)

    def _finish_restore(self, conn: Connection, manifest: snapshot_mod.Manifest) -> None:
        if manifest.cursor:
            self._set_meta(META_CURSOR, manifest.cursor)
        if not self.session.agency_id and conn.execute(
                "SELECT 1 FROM agency WHERE id = ?", (manifest.agency_id,)).fetchone():
            self._set_meta("agency_id", manifest.agency_id)
        self._set_meta(META_SNAPSHOT_EVENTS, str(manifest.events))
        conn.execute("DELETE FROM meta WHERE key = ?", (META_SNAPSHOT,))
        last = conn.execute("SELECT max(hlc) FROM events").fetchone()[0]
        try:
            if last:
                self.session.log.clock.observe(last)
        except ClockTooFarAhead as exc:  # the clock starts from the log when next opened
            log.warning("after restoring: %s", exc)
        self.session.audit(conn, "sync.snapshot.restore", "snapshot", manifest.snapshot_id,
                           events=manifest.events, parts=len(manifest.parts))
        log.info("restored from snapshot %s (%d events)", manifest.snapshot_id,
                 manifest.events)

    # -- applying one envelope ---------------------------------------------------------------

    def _seen(self, envelope_id: str) -> bool:
        with self.store.read() as conn:
            return conn.execute("SELECT 1 FROM sync_seen WHERE envelope_id = ?",
                                (envelope_id,)).fetchone() is not None

    def _record(self, conn: Connection, envelope_id: str, seq: int | None, outcome: str,
                reason: str) -> None:
        conn.execute(
            "INSERT OR REPLACE INTO sync_seen(envelope_id, mailbox, seq, outcome, reason, "
            "seen_at) VALUES (?, ?, ?, ?, ?, ?)",
            (envelope_id, self.hub_agency_id, seq, outcome, reason, iso(self.session.now())))

    def take(self, data: bytes, *, seq: int | None, hub_id: str = "", cursor: str | None,
             report: SyncReport, online: bool = True, record_rejection: bool = True) -> str:
        """Verify and apply one envelope of our mailbox → 'applied', 'rejected' or 'skipped'.

        The envelope's effects, its ``sync_seen`` row and ``cursor`` (if given) are written
        in one transaction; a rejected envelope is recorded with its reason and never applied.
        Raises WaitingForKey (nothing recorded) if it is sealed to a key not granted yet.
        """
        item = self._receive(data, seq=seq, hub_id=hub_id, report=report, online=online)
        if item is None:
            if cursor is not None:
                self._set_meta(META_CURSOR, cursor)
            return "skipped"
        return self._store_incoming([item], cursor, report, record_rejection=record_rejection)[0]

    def _receive(self, data: bytes, *, seq: int | None, hub_id: str, report: SyncReport,
                 online: bool = True) -> _Incoming | None:
        """Parse, verify and decrypt one envelope (no store writes). None if it was dealt
        with before; a refusal comes back as an item carrying its reason."""
        try:
            parsed = envelope_mod.parse_envelope(data)
            envelope_id = parsed.envelope_id
        except EnvelopeError:
            parsed, envelope_id = None, hub_id
        if envelope_id and self._seen(envelope_id):
            report.envelopes_skipped += 1
            return None
        try:
            if parsed is None:
                envelope_mod.parse_envelope(data)  # raises again with the reason
                raise _Reject("bad-framing")
            batch = self._open(data, parsed, online=online)
        except (EnvelopeError, _Reject) as exc:
            return _Incoming(envelope_id or hub_id, seq, parsed, None, exc.reason)
        return _Incoming(envelope_id, seq, parsed, batch)

    def _store_incoming(self, items: list[_Incoming], cursor: str | None, report: SyncReport,
                        *, record_rejection: bool = True) -> list[str]:
        """Apply verified envelopes in one transaction, each inside its own savepoint so a
        refused one leaves no trace; record every outcome, then ``cursor``. One commit for a
        run of envelopes is what makes catching up on thousands of events fast."""
        outcomes: list[str] = []
        if not items and cursor is None:
            return outcomes
        with self.store.transaction() as conn:
            for item in items:
                reason = item.reason
                if not reason:
                    assert item.parsed is not None
                    try:
                        with self.store.savepoint(conn):
                            self._apply(conn, item.parsed, item.batch)
                            self._record(conn, item.envelope_id, item.seq, "applied", "")
                    except _Reject as exc:
                        reason = exc.reason
                if not reason:
                    report.envelopes_applied += 1
                    outcomes.append("applied")
                    continue
                sender = (f"{item.parsed.sender_agency}/{item.parsed.sender}" if item.parsed
                          else "unknown sender")
                log.warning("rejected envelope %s (seq %s) from %s: %s", item.envelope_id,
                            item.seq, sender, reason)
                report.envelopes_rejected += 1
                report.rejections.append((item.envelope_id, reason))
                if record_rejection and item.envelope_id:
                    self._record(conn, item.envelope_id, item.seq, "rejected", reason)
                outcomes.append("rejected")
            if cursor is not None:
                self._set_meta(META_CURSOR, cursor)
        return outcomes

    def _sender_public(self, parsed: envelope_mod.ParsedEnvelope, *, online: bool) -> bytes:
        agency, sender = parsed.sender_agency, parsed.sender
        own = agency == self.hub_agency_id
        try:
            state = self._own_state() if own else self._partner_state(agency, refresh=False)
        except _Reject:
            state = None
        device = state.device(sender) if state else None
        if device is None and online:
            try:
                state = (self.refresh_chain(agency) if own
                         else self._partner_state(agency, refresh=True))
            except ChainError as exc:
                raise _Reject(f"sender-chain-{exc.reason}") from exc
            except HubRejected as exc:
                if isinstance(exc, DeviceRevoked) or exc.status >= 500 or exc.status in (
                        401, 408, 429):
                    # The hub could not answer now (overloaded, restarting, our clock): stop
                    # the round without recording the envelope, so it is tried again.
                    raise
                raise _Reject("unknown-agency" if exc.status == 404 else
                              f"sender-chain-{exc.reason or exc.status}") from exc
            device = state.device(sender)
        if device is None:
            raise _Reject("unknown-sender")
        return device.sign_public

    def _open(self, data: bytes, parsed: envelope_mod.ParsedEnvelope, *, online: bool,
              raw: bool = False) -> Any:
        """Verify and decrypt → the batch (or, with ``raw``, the plain body's bytes)."""
        own = self.hub_agency_id
        sender_public = self._sender_public(parsed, online=online)
        opener = envelope_mod.open_envelope_bytes if raw else envelope_mod.open_envelope
        for attempt in (0, 1):
            keys = {(own, e): k for e, k in self.agency_keys().items()}
            try:
                _, batch = opener(data, mailbox=own, sender_public=sender_public,
                                  agency_keys=keys)
                return batch
            except EnvelopeError as exc:
                ours = [e for a, e, _ in parsed.recipients if a == own]
                if exc.reason != "no-key" or not ours:
                    raise
                if attempt == 0 and online:
                    self._refresh_own()
                    continue
                state = self._own_state()
                if any(e in state.epochs for e in ours):
                    # Sealed to a key of ours we have not been granted yet: wait, don't reject.
                    raise WaitingForKey("no-key") from exc
                raise
        raise AssertionError("unreachable")

    def _apply(self, conn: Connection, parsed: envelope_mod.ParsedEnvelope,
               batch: object) -> None:
        own = self.hub_agency_id
        try:
            if parsed.kind == "events":
                if parsed.sender_agency != own:
                    raise _Reject("events-from-another-agency")
                events, parts = batching.read_event_batch(batch)
                self._apply_events(conn, events, parts)
            elif parsed.kind == "referral":
                if parsed.sender_agency == own:
                    raise _Reject("referral-from-own-agency")
                for message_id, kind, payload in batching.read_message_batch(batch):
                    self._apply_message(conn, parsed.sender_agency, message_id, kind, payload)
            else:
                raise _Reject(f"unsupported-kind-{parsed.kind}")
        except batching.BatchError as exc:
            log.info("malformed batch: %s", exc)
            raise _Reject("bad-batch") from exc
        except PermissionDenied:
            raise  # the signed-in user's role, not the envelope: stop, reject nothing
        except (IntegrityError, NotFound, CollabDeskError, KeyError, TypeError,
                ValueError) as exc:
            # The envelope verified but its content cannot be applied here (a malformed or
            # impossible message): refuse it whole, nothing of it stays.
            raise _Reject(f"apply-failed-{type(exc).__name__}") from exc

    def _apply_events(self, conn: Connection, events: list[Event],
                      parts: list[batching.BlobPart]) -> None:
        for part in parts:
            self._take_blob_part(conn, part)
        self.session.log.apply_remote(conn, events)
        if not self.session.agency_id:
            # A joining laptop learns its agency from the agency's own record.
            for event in events:
                if event.entity == "agency" and event.op == "create":
                    self._set_meta("agency_id", event.entity_id)
                    break

    def _take_blob_part(self, conn: Connection, part: batching.BlobPart) -> None:
        if conn.execute("SELECT 1 FROM blobs WHERE sha256 = ?", (part.sha256,)).fetchone():
            return
        if part.parts == 1:
            data = batching.assemble_blob([part])
        else:
            prefix = f"{META_BLOB_PART}{part.sha256}:"
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                         (f"{prefix}{part.part}", b64e(part.data)))
            rows = conn.execute("SELECT key, value FROM meta WHERE key LIKE ?",
                                (prefix + "%",)).fetchall()
            staged = [batching.BlobPart(part.sha256, int(k[len(prefix):]), part.parts, b64d(v))
                      for k, v in rows]
            data = batching.assemble_blob(staged)
            if data is not None:
                conn.execute("DELETE FROM meta WHERE key LIKE ?", (prefix + "%",))
        if data is not None:
            conn.execute("INSERT OR IGNORE INTO blobs(sha256, data) VALUES (?, ?)",
                         (part.sha256, data))

    def _apply_message(self, conn: Connection, sender_agency: str, message_id: str, kind: str,
                       p: dict[str, Any]) -> None:
        referrals = self.session.referrals
        if kind == "referral":
            claimed = p.get("from_agency_id")
            if claimed is not None and claimed != sender_agency:
                raise _Reject("from-agency-mismatch")
            shared = p.get("shared")
            if not isinstance(shared, dict):
                raise _Reject("bad-message")
            referrals.receive(IncomingReferral(
                referral_id=str(p["referral_id"]), from_agency_id=sender_agency,
                from_agency_name=str(p.get("from_agency_name") or sender_agency),
                service_name=str(p.get("service_name") or ""), domain=str(p["domain"]),
                reason=str(p.get("reason") or ""), urgency=str(p["urgency"]), shared=shared,
                sent_at=str(p["sent_at"]),
                due_at=None if p.get("due_at") is None else str(p["due_at"]),
                hlc=str(p["hlc"]), device=str(p["device"])))
        else:
            referral_id = str(p["referral_id"])
            row = conn.execute("SELECT p.hub_agency_id FROM referrals r JOIN partners p ON "
                               "p.id = r.partner_id WHERE r.id = ?", (referral_id,)).fetchone()
            if row is None:
                raise _Reject("unknown-referral")
            if row[0] != sender_agency:
                # Only the agency on the other side of a referral may change its state.
                raise _Reject("not-the-referral-partner")
            referrals.record_partner_update(PartnerUpdate(
                update_id=str(p["update_id"]), referral_id=referral_id,
                to_status=str(p["to_status"]), reason=str(p.get("reason") or ""),
                at=str(p["at"]), hlc=str(p["hlc"]), device=str(p["device"])))
