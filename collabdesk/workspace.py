"""An agency's data folder on this laptop: creating it, signing in, recovery, key rotation.

The folder (platformdirs' user data folder, or ``--data-dir``) holds:

* ``store.db`` — the SQLCipher store (plus its ``-wal`` while open);
* ``vault.json`` and ``vault.throttle.json`` — key slots and the wrong-passphrase throttle;
* ``backups/`` — copies made before migrations and by scheduled backups (all encrypted).

Nothing else is written there, and nothing in it is plaintext client data. The folder is
readable by its owner only (0700, its files 0600 on POSIX); signing in tightens what an older
version left more open.

Once a vault names a store, the store is never created again: a missing, empty or cut-short
store is reported (:class:`~collabdesk.errors.StoreDamaged`) before any passphrase is asked
for, and every command stops there without writing anything.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Callable
from pathlib import Path

import platformdirs

from collabdesk import logfile
from collabdesk.diskspace import check_writable
from collabdesk.domain import UserInfo
from collabdesk.errors import CollabDeskError, PermissionDenied, StoreError, VaultError
from collabdesk.events.log import EventLog, new_id
from collabdesk.fsutil import owner_only
from collabdesk.passphrases import calibrate
from collabdesk.progress import Progress, report
from collabdesk.services import audit, clients, install_hooks
from collabdesk.services.session import Session
from collabdesk.store.db import Store, check_store_file, damage
from collabdesk.timeutil import iso, utc_now
from collabdesk.vault import KdfParams, UnlockedKey, Vault
from collabdesk.vault_throttle import throttle_path_for

APP_NAME = "CollabDesk"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def load_user(store: Store, user_id: str | None, username: str) -> UserInfo:
    rows = store.query(
        "SELECT id, username, display_name, roles, active FROM users WHERE id = ? OR "
        "(? IS NULL AND username = ? COLLATE NOCASE) ORDER BY active DESC",
        (user_id, user_id, username))
    if not rows:
        raise CollabDeskError("workspace.user-not-found", username=username)
    r = rows[0]
    return UserInfo(r[0], r[1], r[2] or r[1], frozenset(json.loads(r[3])), bool(r[4]))


class Workspace:
    def __init__(self, data_dir: Path | None = None, *,
                 clock: Callable[[], dt.datetime] = utc_now) -> None:
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        self.clock = clock

    def _wall(self) -> float:
        return self.clock().timestamp()

    @property
    def store_path(self) -> Path:
        return self.data_dir / "store.db"

    @property
    def vault_path(self) -> Path:
        return self.data_dir / "vault.json"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    def exists(self) -> bool:
        """Whether this folder holds an agency's store, even a damaged one: a folder with
        a vault or a store is never set up again (:meth:`check_files` says what is wrong)."""
        return self.vault_path.exists() or self.store_path.exists()

    def vault(self) -> Vault:
        return Vault.load(self.vault_path)

    def check_files(self) -> Vault:
        """Return the vault once it and the store it names are whole; otherwise raise
        :class:`VaultError` or :class:`StoreDamaged` saying what is wrong and what to do.

        Needs no passphrase and writes nothing, so it runs before anything else does. A
        folder CollabDesk may not write (a write-protected drive, another user's folder) is
        :class:`~collabdesk.errors.FolderNotWritable` here, before the first write would
        fail."""
        check_writable(self.data_dir)  # first: another user's files cannot be read either
        vault = self.vault()
        check_store_file(self.store_path)
        return vault

    def problem(self) -> str | None:
        """What keeps anyone from signing in here (a missing or damaged file), if anything."""
        if not self.exists():
            return None
        try:
            self.check_files()
        except CollabDeskError as exc:
            return str(exc)
        return None

    def usernames(self) -> list[str]:
        """Who can sign in on this laptop (for the sign-in screen; read before unlocking).
        Empty when the vault cannot be read; :meth:`problem` says why."""
        if not self.vault_path.exists():
            return []
        try:
            slots = self.vault().slots()
        except VaultError:
            return []
        return sorted((s.label for s in slots if s.kind == "user"), key=str.casefold)

    def _tighten(self) -> None:
        """Owner-only access for the folder and everything CollabDesk keeps in it (the store
        and its WAL are tightened as the store opens)."""
        for path in (self.data_dir, self.vault_path, throttle_path_for(self.vault_path),
                     self.backups_dir):
            owner_only(path)
        if self.backups_dir.is_dir():
            for path in self.backups_dir.rglob("*"):
                owner_only(path)

    # -- creating -------------------------------------------------------------------------

    def create(self, agency_name: str, admin_username: str, passphrase: str, *,
               admin_display_name: str = "", kdf: KdfParams | None = None,
               progress: Progress | None = None,
               joining: bool = False) -> tuple[Session, str]:
        """Create the agency's store with its first admin; return the session and the
        recovery code, which is shown once and never stored in plaintext.

        ``joining`` prepares a laptop for an agency that already exists on the hub (a new or
        replacement laptop): no agency record is created here; the sync engine sets
        ``agency_id`` when it applies the agency's own record from the hub."""
        if self.exists():
            self.check_files()  # a damaged store is named as such, with how to restore it
            raise StoreError("workspace.already-exists", data_dir=self.data_dir)
        if not agency_name.strip() or not admin_username.strip():
            raise CollabDeskError("workspace.names-required")
        report(progress, 0, 0,
               "Measuring this laptop to tune the passphrase protection …" if kdf is None
               else "Using the given passphrase protection (nothing to measure) …")
        params = kdf or calibrate()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        owner_only(self.data_dir)
        store_id = secrets.token_hex(16)
        vault, key = Vault.create(self.vault_path, store_id, kdf=params)
        try:
            admin_id = new_id()
            vault.add_user_slot(key, admin_username.strip(), passphrase, user_id=admin_id)
            recovery = vault.add_recovery_slot(key)
            store = Store.create(self.store_path, key)
        except BaseException:
            for leftover in (self.vault_path, self.store_path):
                leftover.unlink(missing_ok=True)
            raise
        agency_id = "" if joining else secrets.token_hex(16)
        if agency_id:
            store.set_meta("agency_id", agency_id)
        store.set_meta("store_id", store_id)
        install_hooks()  # the first events are written before there is a session
        log = EventLog(store, wall=self._wall)
        now = iso(self.clock())
        with store.transaction() as conn:
            w = log.writer(conn, admin_id)
            if agency_id:
                w.create("agency", {"name": agency_name.strip(), "settings": {}},
                         entity_id=agency_id)
            w.create("user", {"username": admin_username.strip(),
                              "display_name": admin_display_name.strip() or admin_username,
                              "roles": ["admin", "supervisor"], "active": 1,
                              "created_at": now}, entity_id=admin_id)
            audit.record(conn, admin_id, "store.create", "agency", agency_id or None,
                         {"kdf_memory_kib": params.memory_kib}, at=self.clock())
        return self._session(store, load_user(store, admin_id, admin_username), log), recovery

    def _session(self, store: Store, user: UserInfo, log: EventLog | None = None) -> Session:
        logfile.install(self.data_dir)  # the detail behind plain messages, for IT support
        clients.ensure_index(store)
        log = log or EventLog(store, wall=self._wall)
        return Session(store, log, user, clock=self.clock, workspace=self)

    # -- signing in -----------------------------------------------------------------------

    def _open(self, vault: Vault, unlocked: UnlockedKey) -> Store:
        try:
            store = Store.open(self.store_path, unlocked.key)
        except StoreError:
            if unlocked.pending is None:
                raise
            # A key rotation was cut short after the rekey: the pending key is the live one.
            store = Store.open(self.store_path, unlocked.pending)
            vault.finish_rotation()
            return store
        if unlocked.pending is not None:
            vault.abort_rotation()  # cut short before the rekey: the old key still holds
        return store

    def _closing_on_failure(self, store: Store, exc: BaseException) -> BaseException:
        """Close ``store`` after a failed sign-in; the error to raise (damage found by the
        first reads and writes becomes :class:`StoreDamaged`)."""
        store.close()
        return damage(exc, self.store_path) or exc

    def sign_in(self, username: str, passphrase: str) -> Session:
        vault = self.check_files()
        self._tighten()
        unlocked = vault.unlock(username, passphrase)
        store = self._open(vault, unlocked)
        try:
            user = load_user(store, unlocked.slot.user_id, username)
            if not user.active:
                raise PermissionDenied("workspace.user-removed",
                                       display_name=user.display_name)
            session = self._session(store, user)
            session.audit_now("auth.sign_in", "user", user.id)
        except BaseException as exc:
            error = self._closing_on_failure(store, exc)
            if error is exc:
                raise
            raise error from exc
        return session

    def recover(self, code: str, username: str, new_passphrase: str) -> Session:
        """Set a new passphrase for ``username`` using the agency's recovery code."""
        vault = self.check_files()
        self._tighten()
        unlocked = vault.unlock_with_recovery(code)
        store = self._open(vault, unlocked)
        try:
            user = load_user(store, None, username)
            key = store.key
            labels = {s.label.casefold() for s in vault.slots() if s.kind == "user"}
            if username.casefold() in labels:
                vault.reset_passphrase(key, username, new_passphrase)
            else:
                vault.add_user_slot(key, username, new_passphrase, user_id=user.id)
            session = self._session(store, user)
            session.audit_now("auth.recovery_used", "user", user.id)
        except BaseException as exc:
            error = self._closing_on_failure(store, exc)
            if error is exc:
                raise
            raise error from exc
        return session

    def retry_after(self, username: str) -> float:
        try:
            return self.vault().retry_after(username)
        except (VaultError, CollabDeskError):
            return 0.0

    def rotate_key(self, session: Session) -> None:
        """Re-encrypt the store under a fresh key and rewrap it for every remaining slot."""
        session.require("user.manage")
        vault = self.vault()
        current = session.store.key
        new = vault.begin_rotation(current)
        session.store.rekey(new)
        vault.finish_rotation()
        session.audit_now("store.rotate_key")
