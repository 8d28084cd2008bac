"""Whom this laptop trusts: device chains (ours and our partners'), our own standing in the
agency, the agency keys granted to us, and the keys envelopes are sealed to and signed by.

A chain is fetched from the hub, verified against the copy kept here and its pinned root,
and kept (:meth:`EngineState.store_chain`); a chain that does not verify is an alarm
(:class:`ChainError`): nothing from that agency is trusted.
"""

from __future__ import annotations

import logging
from typing import Any

from collabdesk import syncmeta
from collabdesk.sync import chain as chain_mod
from collabdesk.sync import envelope as envelope_mod
from collabdesk.sync import suites
from collabdesk.sync.client import DeviceRevoked, HubRejected
from collabdesk.sync.engine.common import NotEnrolled, Reject, SyncSetupError
from collabdesk.sync.engine.state import EngineState
from collabdesk.sync.errors import ChainError, GrantError
from collabdesk.sync.keys import DeviceKeys, open_grant, seal_grant
from collabdesk.sync.suites import PqPolicyError

log = logging.getLogger("collabdesk.sync")


class Trust:
    def __init__(self, state: EngineState) -> None:
        self.state = state

    # -- chains -----------------------------------------------------------------------------

    def refresh_chain(self, agency: str) -> chain_mod.ChainState:
        """Fetch entries the hub has beyond our cached copy, verify and cache them.

        Raises ChainError if the hub serves a chain that does not verify, forks from ours, or
        whose root is not the one pinned (an alarm: nothing from that agency is trusted).
        """
        s = self.state
        wires, root = s.db(lambda: (s.chain_wires(agency), s.pinned_root(agency)))
        state = s.chain_state(agency) if wires else None
        if state is not None and state.next_seq != len(wires):
            state = chain_mod.verify_chain(agency, wires, expected_root=root)
        new = s.client().get_chain(agency, len(wires) - 1 if wires else -1)
        if state is None:
            state = chain_mod.verify_chain(agency, new, expected_root=root)
        elif new:
            state = chain_mod.extend_chain(state, new)
        else:
            return state
        s.store_chain(agency, [*wires, *new], state)
        return state

    def extend_own(self, state: chain_mod.ChainState, new: list[dict[str, Any]]
                   ) -> chain_mod.ChainState:
        """Keep entries this laptop appended at the hub to the chain ``state`` ended at."""
        s = self.state
        agency = state.agency_id
        wires = s.chain_wires(agency)
        if len(wires) != state.next_seq:  # changed meanwhile: take the hub's copy
            return self.refresh_chain(agency)
        extended = chain_mod.extend_chain(state, new)
        s.store_chain(agency, [*wires, *new], extended)
        return extended

    def own_state(self) -> chain_mod.ChainState:
        state = self.state.chain_state(self.state.hub_agency_id)
        if state is None:
            raise NotEnrolled()
        return state

    def partner_state(self, agency: str, *, refresh: bool) -> chain_mod.ChainState:
        if refresh:
            return self.refresh_chain(agency)
        state = self.state.chain_state(agency)
        if state is None:
            raise Reject("unknown-agency")
        return state

    # -- our own standing and keys ----------------------------------------------------------

    def check_own_status(self, state: chain_mod.ChainState, keys: DeviceKeys) -> None:
        device = state.device(keys.device_id)
        if device is not None and not device.active:
            self.state.set_meta(syncmeta.DEVICE_STATUS, "revoked")
            raise DeviceRevoked(403, "sync.laptop-removed", "revoked")
        if device is not None and self.state.status != "active":
            self.state.set_meta(syncmeta.DEVICE_STATUS, "active")

    def refresh_own(self) -> chain_mod.ChainState:
        keys = self.state.keys()
        state = self.refresh_chain(self.state.hub_agency_id)
        self.check_own_status(state, keys)
        self.refresh_grants(state, keys)
        return state

    def ensure_pq_key(self, state: chain_mod.ChainState, keys: DeviceKeys
                      ) -> chain_mod.ChainState:
        """The upgrade: give this laptop an X-Wing key (kept in the store before the hub hears
        of it) and publish it in the agency's chain with an entry it signs itself."""
        me = state.active_device(keys.device_id)
        if me is None or me.pq_public:
            return state
        s = self.state
        upgraded = keys.with_pq()
        if upgraded is not keys:
            s.set_meta(syncmeta.DEVICE_KEYS, upgraded.to_json())
        for attempt in (0, 1):
            wire = chain_mod.make_entry(state, upgraded, "pq-key", int(s.clock()),
                                        pq_pub=upgraded.pq_public)
            try:
                s.client().append_chain(state.agency_id, [wire])
            except HubRejected as exc:
                if isinstance(exc, DeviceRevoked) or exc.status != 409:
                    raise
                # Our copy of the chain was behind (another laptop appended): catch up, and
                # publish on top of it (or next round, if it moves again meanwhile).
                log.info("post-quantum key not published yet: %s", exc.reason)
                state = self.refresh_chain(state.agency_id)
                me = state.active_device(upgraded.device_id)
                if attempt or me is None or me.pq_public:  # (published, answer lost)
                    return state
                continue
            return self.extend_own(state, [wire])
        return state

    def refresh_grants(self, state: chain_mod.ChainState, keys: DeviceKeys) -> None:
        s = self.state
        held = s.agency_keys()
        newest = max(state.epochs, default=-1)
        # A key that does not match the chain's epoch (e.g. left from an interrupted
        # rotation) is dropped so that the real one can be granted; one for an epoch beyond
        # the chain may be a rotation under way on this laptop, and stays.
        valid = {e: k for e, k in held.items()
                 if (state.epochs.get(e) == (k.suite, k.public)) or e > newest}
        missing = [e for e in state.epochs if e not in valid]
        if missing:
            for agency, epoch, blob in s.client().grants():
                if agency != state.agency_id or epoch not in missing or epoch in valid:
                    continue
                suite, public = state.epochs[epoch]
                try:
                    valid[epoch] = open_grant(blob, agency, epoch, suite, keys,
                                              expected_public=public)
                except GrantError as exc:
                    log.warning("refused the grant for epoch %d: %s", epoch, exc.reason)
        if valid != held:
            s.save_agency_keys(valid)

    def upload_due_grants(self, state: chain_mod.ChainState) -> None:
        s = self.state
        due = s.grants_due()
        if not due:
            return
        held = s.agency_keys()
        agency = state.agency_id
        done = []
        for device_id in due:
            device = state.active_device(device_id)
            if device is None:
                done.append(device_id)
                continue
            if state.require_pq and not device.pq_public:
                continue  # granted once it has published its post-quantum key
            grants = [(e, seal_grant(k, agency, device_id, device.kem_public,
                                     device.pq_public))
                      for e, k in sorted(held.items()) if e in state.epochs]
            try:
                s.client().put_grants(agency, device_id, grants)
            except HubRejected as exc:
                if exc.reason == "revoked":
                    done.append(device_id)
                    continue
                if isinstance(exc, DeviceRevoked):
                    raise
                log.warning("could not upload grants for %s: %s", device_id, exc.reason)
                continue
            done.append(device_id)
        s.change_grants_due(done=done)

    # -- sealing and opening ----------------------------------------------------------------

    @staticmethod
    def recipient(state: chain_mod.ChainState) -> tuple[str, int, int, bytes]:
        if state.rotation_pending:
            raise SyncSetupError("sync.agency-removed-laptop-published", agency_id=state.agency_id)
        epoch, suite, public = state.current_agency_key()
        return state.agency_id, epoch, suite, public

    def recipients(self, *states: chain_mod.ChainState) -> list[tuple[str, int, int, bytes]]:
        """The current key of each agency, each in its own suite; raises PqPolicyError when
        one of them requires the post-quantum suite and another has not moved to it."""
        out = [self.recipient(st) for st in states]
        since = {st.agency_id: st.pq_since for st in states}
        strict = suites.classical_for([r[:3] for r in out], since.get, history=False)
        if strict is not None:
            classical = next(a for a, _, suite, _ in out if suite == 1)
            raise PqPolicyError("classical-suite", "sync.pq.cannot-seal-classical",
                                partner=states[0].agency_id, agency=strict,
                                classical=classical)
        return out

    def check_suites(self, parsed: envelope_mod.ParsedEnvelope) -> None:
        """Refuse an envelope that breaks the post-quantum policy of an agency it is sealed
        to, naming the laptop that sent it (PqPolicyError)."""
        def since(agency: str) -> int | None:
            state = self.state.chain_state(agency)
            return state.pq_since if state is not None else None
        strict = suites.classical_for(parsed.recipients, since, history=True)
        if strict is None:
            return
        sender_chain = self.state.chain_state(parsed.sender_agency)
        device = sender_chain.device(parsed.sender) if sender_chain else None
        raise PqPolicyError("classical-suite", "sync.pq.classical-refused",
                            label=device.label if device else parsed.sender,
                            device=parsed.sender, sender_agency=parsed.sender_agency,
                            agency=strict)

    def sender_public(self, parsed: envelope_mod.ParsedEnvelope, *, own: str,
                      online: bool) -> bytes:
        """The signing key of an envelope's sender, from its agency's chain (fetched again
        when the sender is not in our copy). Raises Reject for a sender nobody vouches for."""
        agency, sender = parsed.sender_agency, parsed.sender
        mine = agency == own
        if mine:  # (by the id given: no store step per envelope once the chain is cached)
            state = self.state.chain_state(own)
            if state is None:
                raise NotEnrolled()
        else:
            try:
                state = self.partner_state(agency, refresh=False)
            except Reject:
                state = None
        device = state.device(sender) if state else None
        if device is None and online:
            try:
                state = (self.refresh_chain(agency) if mine
                         else self.partner_state(agency, refresh=True))
            except ChainError as exc:
                raise Reject(f"sender-chain-{exc.reason}") from exc
            except HubRejected as exc:
                if isinstance(exc, DeviceRevoked) or exc.status >= 500 or exc.status in (
                        401, 408, 429):
                    # The hub could not answer now (overloaded, restarting, our clock): stop
                    # the round without recording the envelope, so it is tried again.
                    raise
                raise Reject("unknown-agency" if exc.status == 404 else
                             f"sender-chain-{exc.reason or exc.status}") from exc
            device = state.device(sender)
        if device is None:
            raise Reject("unknown-sender")
        return device.sign_public
