"""The sync engine's stored state: the ``meta`` keys it keeps (named in
:mod:`collabdesk.syncmeta`), this laptop's keys, the cached device chains, and the hub client.

Every read and write of the store goes through the engine's db executor (:class:`DbSteps`),
one short step at a time. The caches here (verified chains, the hub client) are shared by a
round running on one thread and the Network page calling the engine on another, so they are
guarded by a lock that is never held across a store step or a request.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from collabdesk import gcpause, syncmeta
from collabdesk.errors import StoreError
from collabdesk.services.session import Session
from collabdesk.store.db import CACHE_KIB, LEAN_CACHE_KIB
from collabdesk.sync import chain as chain_mod
from collabdesk.sync.client import HubClient
from collabdesk.sync.engine.common import DbSteps, NotEnrolled
from collabdesk.sync.keys import AgencyKey, DeviceKeys

ClientFactory = Callable[[str, DeviceKeys | None], HubClient]


class EngineState:
    """What the engine keeps in the store and in memory, for all of its parts."""

    def __init__(self, session: Session, *, client_factory: ClientFactory,
                 clock: Callable[[], float], db: DbSteps) -> None:
        self.session = session
        self.store = session.store
        self.client_factory = client_factory
        self.clock = clock
        self.db = db
        self._lock = threading.Lock()
        self._client: HubClient | None = None
        self._states: dict[str, chain_mod.ChainState] = {}

    # -- meta -------------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        return self.db(lambda: self.store.get_meta(key))

    def set_meta(self, key: str, value: str) -> None:
        self.db(lambda: self.store.set_meta(key, value))

    def delete_meta(self, *keys: str) -> None:
        def step() -> None:
            with self.store.transaction() as conn:
                conn.executemany("DELETE FROM meta WHERE key = ?", [(k,) for k in keys])
        self.db(step)

    @property
    def hub_agency_id(self) -> str:
        return self.meta(syncmeta.HUB_AGENCY) or ""

    @property
    def hub_url(self) -> str:
        return self.meta(syncmeta.HUB_URL) or ""

    @property
    def status(self) -> str:
        """'' (not enrolled), pending, active or revoked."""
        return self.meta(syncmeta.DEVICE_STATUS) or ""

    @property
    def enrolled(self) -> bool:
        return bool(self.hub_agency_id and self.meta(syncmeta.DEVICE_KEYS))

    # -- keys -------------------------------------------------------------------------------

    def device_keys(self) -> DeviceKeys | None:
        text = self.meta(syncmeta.DEVICE_KEYS)
        return DeviceKeys.from_json(text) if text else None

    def keys(self) -> DeviceKeys:
        """This laptop's device keys; NotEnrolled before enrolment."""
        keys = self.device_keys()
        if keys is None or not self.hub_agency_id:
            raise NotEnrolled()
        return keys

    def agency_keys(self) -> dict[int, AgencyKey]:
        raw = json.loads(self.meta(syncmeta.AGENCY_KEYS) or "{}")
        return {int(epoch): AgencyKey.from_json(text) for epoch, text in raw.items()}

    def save_agency_keys(self, keys: Mapping[int, AgencyKey]) -> None:
        self.set_meta(syncmeta.AGENCY_KEYS, json.dumps(
            {str(e): k.to_json() for e, k in sorted(keys.items())}, sort_keys=True))

    def grants_due(self) -> list[str]:
        due: list[str] = json.loads(self.meta(syncmeta.GRANTS_DUE) or "[]")
        return due

    def change_grants_due(self, add: Iterable[str] = (), done: Iterable[str] = ()) -> None:
        """Add devices owed grants and drop those served, in one step (the round and the
        Network page may both be at it)."""
        def step() -> None:
            with self.store.transaction():
                due = json.loads(self.store.get_meta(syncmeta.GRANTS_DUE) or "[]")
                left = sorted({*due, *add} - set(done))
                self.store.set_meta(syncmeta.GRANTS_DUE, json.dumps(left))
        self.db(step)

    # -- device chains ----------------------------------------------------------------------

    def chain_wires(self, agency: str) -> list[dict[str, Any]]:
        wires: list[dict[str, Any]] = json.loads(self.meta(syncmeta.CHAIN + agency) or "[]")
        return wires

    def pinned_root(self, agency: str) -> str | None:
        return self.meta(syncmeta.ROOT + agency) or None

    def chain_state(self, agency: str) -> chain_mod.ChainState | None:
        """The cached, verified chain of ``agency`` (None if never fetched)."""
        with self._lock:
            state = self._states.get(agency)
        if state is not None:
            return state
        wires, root = self.db(lambda: (self.chain_wires(agency), self.pinned_root(agency)))
        if not wires:
            return None
        state = chain_mod.verify_chain(agency, wires, expected_root=root)
        with self._lock:
            self._states[agency] = state
        return state

    def store_chain(self, agency: str, wires: list[dict[str, Any]],
                    state: chain_mod.ChainState) -> None:
        """Keep a verified chain (and pin its root). A longer copy kept meanwhile by another
        caller wins: both came from the hub's append-only chain."""
        def step() -> bool:
            with self.store.transaction():
                if len(self.chain_wires(agency)) > len(wires):
                    return False
                self.store.set_meta(syncmeta.CHAIN + agency, json.dumps(wires, sort_keys=True))
                pinned = self.store.get_meta(syncmeta.ROOT + agency)
                if not pinned or pinned != state.root:
                    # Pin (first use) or replace a pinned fingerprint by the device id it matched.
                    self.store.set_meta(syncmeta.ROOT + agency, state.root)
                return True
        kept = self.db(step)
        with self._lock:
            if kept:
                self._states[agency] = state
            else:
                self._states.pop(agency, None)  # verified again from the longer copy

    def forget_chains(self) -> None:
        with self._lock:
            self._states.clear()

    # -- the hub client ---------------------------------------------------------------------

    def client(self) -> HubClient:
        with self._lock:
            client = self._client
        if client is not None:
            return client
        url, keys = self.db(lambda: (self.hub_url, self.device_keys()))
        if not url:
            raise NotEnrolled()
        client = self.client_factory(url, keys)
        with self._lock:
            if self._client is None:
                self._client = client
                return client
            mine = self._client
        client.close()  # another thread made one first
        return mine

    def close(self) -> None:
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            client.close()


class CatchUp:
    """A whole agency being written in (a catch-up pull, a snapshot restore) until
    :meth:`end`: from :meth:`lean` on the store's page cache is lean, as what is written is
    not read again soon (see ``LEAN_CACHE_KIB``); from :meth:`begin` on Python's cycle
    collector is paused too (:mod:`collabdesk.gcpause`) — not while a restore only
    downloads, which makes few objects and may take minutes on a slow line."""

    def __init__(self, state: EngineState) -> None:
        self.state = state
        self.is_lean = self.paused = False

    def lean(self) -> None:
        if not self.is_lean:
            self.is_lean = True
            store = self.state.store
            self.state.db(lambda: store.set_cache_kib(LEAN_CACHE_KIB))

    def begin(self) -> None:
        self.lean()
        if not self.paused:
            gcpause.pause()
            self.paused = True

    def end(self) -> None:
        try:
            if self.is_lean:
                self.is_lean = False
                store = self.state.store
                with contextlib.suppress(StoreError):  # signed out meanwhile: nothing to size
                    self.state.db(lambda: store.set_cache_kib(CACHE_KIB))
        finally:
            if self.paused:
                self.paused = False
                gcpause.resume()
