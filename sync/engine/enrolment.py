"""Enrolment and device management: enrol this laptop with the hub, approve a pending
laptop, remove one (revocation and a new agency-key epoch), list the agency's laptops, and pin
partner agencies' roots. These run when a person asks (the Network page, the CLI), not in a
round.
"""

from __future__ import annotations

from collabdesk import syncmeta
from collabdesk.errors import NotFound
from collabdesk.sync import chain as chain_mod
from collabdesk.sync.canonical import b64d
from collabdesk.sync.client import DevicePending, HubClient, HubRejected
from collabdesk.sync.engine.common import (
    DeviceInfo,
    EnrollResult,
    PartnerTrust,
    PendingDevice,
    SyncSetupError,
)
from collabdesk.sync.engine.state import EngineState
from collabdesk.sync.engine.trust import Trust
from collabdesk.sync.keys import (
    SUITE_MLKEM768_X25519,
    AgencyKey,
    DeviceKeys,
    normalise_fingerprint,
)


class Enrolment:
    def __init__(self, state: EngineState, trust: Trust) -> None:
        self.state = state
        self.trust = trust
        self.session = state.session

    def enroll(self, hub_url: str, code: str, label: str, *, agency_id: str | None = None,
               agency_fingerprint: str | None = None, suite: int = 2) -> EnrollResult:
        """Enrol this laptop with the hub using a one-time code.

        The agency's first laptop creates agency key epoch 0 and the device chain; it needs
        the agency's hub id (``agency_id``, printed by ``collabdesk-hub enroll-code``). A later
        laptop is *pending* until an active laptop approves it; ``agency_fingerprint`` (the
        root fingerprint shown on an active laptop) pins the agency's root before first use.
        """
        s = self.state
        self.session.require("sync.enroll")
        if s.enrolled and s.status in ("active", "pending"):
            raise SyncSetupError("sync.laptop-already-enrolled-agency",
                                 hub_url=s.hub_url, hub_agency_id=s.hub_agency_id)
        label = label.strip() or "Laptop"
        if s.status == "revoked":
            self._forget_enrolment()  # a removed device enrols again with new keys
        keys = s.device_keys()
        if keys is None:
            keys = DeviceKeys.generate()
            # Saved before the hub hears of them, so a lost answer can be retried.
            s.set_meta(syncmeta.DEVICE_KEYS, keys.to_json())
        s.close()
        s.set_meta(syncmeta.HUB_URL, hub_url.strip().rstrip("/"))
        client = s.client()
        joining = not s.db(lambda: self.session.agency_id)
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

        def keep() -> None:
            with s.store.transaction():
                s.store.set_meta(syncmeta.HUB_AGENCY, agency)
                s.store.set_meta(syncmeta.DEVICE_STATUS, status)
                if agency_fingerprint:
                    s.store.set_meta(syncmeta.ROOT + agency, agency_fingerprint)
            self.session.audit_now("sync.enroll", None, None, agency=agency, status=status)
        s.db(keep)
        return EnrollResult(status, keys.device_id, keys.fingerprint(),
                            agency_fingerprint or "", agency)

    def _forget_enrolment(self) -> None:
        s = self.state
        own = s.hub_agency_id
        s.delete_meta(syncmeta.DEVICE_KEYS, syncmeta.DEVICE_STATUS, syncmeta.AGENCY_KEYS,
                      syncmeta.CURSOR, syncmeta.GRANTS_DUE, syncmeta.HUB_AGENCY,
                      syncmeta.CHAIN + own, syncmeta.ROOT + own)
        s.forget_chains()
        s.close()

    def _enroll_first(self, client: HubClient, code: str, label: str, agency: str,
                      keys: DeviceKeys, suite: int) -> EnrollResult:
        s = self.state
        key0 = s.agency_keys().get(0)
        if key0 is None or key0.suite != suite:
            key0 = AgencyKey.generate(0, suite)
            s.save_agency_keys({0: key0})
        wires = chain_mod.genesis(agency, keys, label, key0, int(s.clock()))
        answer = client.enroll(code, label, wires)
        if answer.get("agency") != agency:
            raise SyncSetupError("sync.hub-enrolled-laptop-different")
        state = chain_mod.verify_chain(agency, wires, expected_root=keys.device_id)

        def keep() -> None:
            with s.store.transaction():
                s.store.set_meta(syncmeta.HUB_AGENCY, agency)
                s.store.set_meta(syncmeta.DEVICE_STATUS, "active")
                s.store_chain(agency, wires, state)
            self.session.audit_now("sync.enroll", None, None, agency=agency, status="active")
        s.db(keep)
        return EnrollResult("active", keys.device_id, keys.fingerprint(), keys.fingerprint(),
                            agency)

    def _resume_enrolment(self, agency_id: str | None, keys: DeviceKeys) -> EnrollResult:
        """The hub already knows these keys (an earlier answer was lost): find out how far."""
        s = self.state
        if s.hub_agency_id:
            agency = s.hub_agency_id
        elif agency_id:
            agency = agency_id
        else:
            raise SyncSetupError("sync.hub-already-knows-laptop")
        s.set_meta(syncmeta.HUB_AGENCY, agency)
        try:
            s.client().grants()
            status = "active"
        except DevicePending:
            status = "pending"
        s.set_meta(syncmeta.DEVICE_STATUS, status)
        return EnrollResult(status, keys.device_id, keys.fingerprint(), "", agency)

    # -- the agency's laptops ---------------------------------------------------------------

    def pending_devices(self) -> list[PendingDevice]:
        self.session.require("sync.enroll")
        self.state.keys()
        return [PendingDevice(str(d["device"]), str(d["label"]), str(d["fingerprint"]),
                              int(d["requested_at"]))
                for d in self.state.client().pending(self.state.hub_agency_id)]

    def approve(self, device_id: str, *, fingerprint: str | None = None) -> DeviceInfo:
        """Add a pending laptop to the agency's chain and grant it every agency key.

        ``fingerprint``, if given, must match the one the new laptop shows.
        """
        s = self.state
        self.session.require("sync.enroll")
        keys = s.keys()
        own = s.hub_agency_id
        pending = {d["device"]: d for d in s.client().pending(own)}
        request = pending.get(device_id)
        if request is None:
            raise NotFound("sync.laptop-id-waiting-approval")
        if fingerprint is not None and normalise_fingerprint(fingerprint) != \
                normalise_fingerprint(str(request["fingerprint"])):
            raise SyncSetupError("sync.fingerprint-does-match-one")
        state = self.trust.refresh_own()
        if state.rotation_pending:
            raise SyncSetupError("sync.laptop-removed-agency-key")
        wire = chain_mod.make_entry(state, keys, "add", int(s.clock()),
                                    sign_pub=b64d(request["sign_pub"]),
                                    kem_pub=b64d(request["kem_pub"]),
                                    label=str(request["label"]) or "Laptop")
        # Due before the hub is asked: if its answer is lost, the entry may be in the chain
        # while the laptop is no longer pending, and the next round still grants it the keys
        # (a device that did not make it into the chain is dropped from the list then).
        s.change_grants_due(add=[device_id])
        s.client().append_chain(own, [wire])
        state = self.trust.extend_own(state, [wire])
        self.trust.upload_due_grants(state)
        s.db(lambda: self.session.audit_now("sync.device_approve", None, None,
                                            device=device_id))
        return self._device_info(state, state.devices[device_id], keys)

    def revoke(self, device_id: str) -> None:
        """Remove a laptop: append ``revoke`` and a new agency-key epoch it never receives."""
        s = self.state
        self.session.require("sync.enroll")
        keys = s.keys()
        if device_id == keys.device_id:
            raise SyncSetupError("sync.laptop-cannot-remove-itself")
        state = self.trust.refresh_own()
        if state.active_device(device_id) is None:
            raise NotFound("sync.laptop-active-device-agency")
        ts = int(s.clock())
        first = chain_mod.make_entry(state, keys, "revoke", ts, device=device_id)
        self._rotate(state, keys, [first])
        s.db(lambda: self.session.audit_now("sync.device_revoke", None, None,
                                            device=device_id))

    def require_pq(self) -> None:
        """Require the post-quantum suite: a new suite 2 agency key published with
        ``require_pq`` and granted to every laptop over its X-Wing key. From then on the
        agency takes no envelope that also carries a classical wrapped key."""
        s = self.state
        self.session.require("sync.enroll")
        keys = s.keys()
        state = self.trust.refresh_own()
        if state.require_pq:
            raise SyncSetupError("sync.pq-already-required")
        behind = state.not_upgraded()
        if behind:
            raise SyncSetupError("sync.pq-not-all-upgraded",
                                 labels=", ".join(f"“{d.label}”" for d in behind))
        if state.rotation_pending:
            raise SyncSetupError("sync.laptop-removed-agency-key")
        self._rotate(state, keys, [], require_pq=True)
        s.db(lambda: self.session.audit_now("sync.require_pq", None, None))

    def _rotate(self, state: chain_mod.ChainState, keys: DeviceKeys, before: list[dict],
                *, require_pq: bool = False) -> None:
        """Append ``before`` and a new agency-key epoch, then grant it to the other laptops.
        Every new epoch is post-quantum (suite 2): a rotation is also an upgrade."""
        s = self.state
        epoch = state.current_epoch()
        new_key = AgencyKey.generate(epoch + 1, SUITE_MLKEM768_X25519)
        held = s.agency_keys()
        held[new_key.epoch] = new_key
        s.save_agency_keys(held)  # kept before the hub sees the epoch: never lost
        after = chain_mod.extend_chain(state, before)
        fields: dict[str, object] = {"require_pq": True} if require_pq else {}
        last = chain_mod.make_entry(after, keys, "epoch", int(s.clock()), agency_key=new_key,
                                    **fields)
        # Due before the hub is asked, as in approve: after a lost answer the next round
        # still gives the new epoch's key to the laptops that stay.
        others = [d.device_id for d in after.active_devices() if d.device_id != keys.device_id]
        s.change_grants_due(add=others)
        s.client().append_chain(s.hub_agency_id, [*before, last])
        state = self.trust.extend_own(state, [*before, last])
        self.trust.upload_due_grants(state)

    @staticmethod
    def _device_info(state: chain_mod.ChainState, device: chain_mod.ChainDevice,
                     keys: DeviceKeys | None) -> DeviceInfo:
        return DeviceInfo(device.device_id, device.label, device.fingerprint(), device.active,
                          keys is not None and device.device_id == keys.device_id,
                          device.device_id == state.root, bool(device.pq_public))

    def devices(self) -> list[DeviceInfo]:
        """The agency's laptops from the cached, verified chain (no network)."""
        own = self.state.hub_agency_id
        if not own:
            return []
        state = self.state.chain_state(own)
        if state is None:
            return []
        keys = self.state.device_keys()
        return [self._device_info(state, d, keys) for d in state.devices.values()]

    def pq_required(self) -> bool:
        """Whether our agency's cached, verified chain requires the post-quantum suite."""
        own = self.state.hub_agency_id
        state = self.state.chain_state(own) if own else None
        return state is not None and state.require_pq

    def agency_fingerprint(self) -> str:
        """The root fingerprint of our agency's chain, for comparison out of band."""
        own = self.state.hub_agency_id
        state = self.state.chain_state(own) if own else None
        return state.devices[state.root].fingerprint() if state else ""

    def partners(self) -> list[PartnerTrust]:
        """Partner agencies whose chain root this laptop has pinned."""
        s = self.state

        def pinned() -> list[tuple[str, str]]:
            with s.store.read() as conn:
                rows = conn.execute("SELECT key, value FROM meta WHERE key LIKE ?",
                                    (syncmeta.ROOT + "%",)).fetchall()
            return [(str(k), str(v)) for k, v in rows]

        own = s.hub_agency_id
        out = []
        for key, value in s.db(pinned):
            agency = key[len(syncmeta.ROOT):]
            if agency == own:
                continue
            state = s.chain_state(agency)
            fp = state.devices[state.root].fingerprint() if state else value
            out.append(PartnerTrust(agency, state.root if state else "", fp))
        return out

    def pin_partner(self, agency_id: str, fingerprint: str) -> None:
        """Pin a partner's root as compared out of band (before first contact)."""
        self.session.require("sync.enroll")
        s = self.state
        if s.chain_state(agency_id) is not None:
            chain_mod.verify_chain(agency_id, s.chain_wires(agency_id),
                                   expected_root=fingerprint)
        s.set_meta(syncmeta.ROOT + agency_id, fingerprint)

