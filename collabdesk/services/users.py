"""Users and roles: adding and removing workers, passphrases on this laptop.

A user record replicates to every laptop of the agency; a passphrase (a vault key slot) is
per laptop. An admin gives a user a passphrase on each laptop they will use. Removing a user
deactivates the record everywhere and removes their slot here; rotating the store key then
makes a copy of the key they may have kept useless for the store from now on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from collabdesk.domain import ROLES, UserInfo
from collabdesk.errors import CollabDeskError, NotFound, PermissionDenied, ValidationError
from collabdesk.events.log import new_id
from collabdesk.timeutil import iso

if TYPE_CHECKING:
    from collabdesk.services.session import Session
    from collabdesk.vault import Vault

_USERNAME = re.compile(r"^[A-Za-z0-9._-]{2,40}$")


class UserService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _vault(self) -> Vault:
        if self.session.workspace is None:
            raise CollabDeskError("user.no-data-folder")
        return self.session.workspace.vault()

    def list_users(self, *, include_inactive: bool = False) -> list[UserInfo]:
        """Everyone in the agency (for assigning work); admins also see former users."""
        if include_inactive:
            self.session.require("user.manage")
        rows = self.session.store.query(
            "SELECT id, username, display_name, roles, active FROM users "
            "WHERE ? OR active = 1 ORDER BY display_name COLLATE NOCASE", (include_inactive,))
        return [UserInfo(r[0], r[1], r[2] or r[1], frozenset(json.loads(r[3])), bool(r[4]))
                for r in rows]

    def get(self, user_id: str) -> UserInfo:
        for user in self.list_users(include_inactive=self.session.allowed("user.manage")):
            if user.id == user_id:
                return user
        raise NotFound("user.not-found")

    def has_passphrase_here(self, user_id: str) -> bool:
        return any(s.user_id == user_id for s in self._vault().slots())

    @staticmethod
    def _check_roles(roles: Iterable[str]) -> list[str]:
        chosen = sorted(set(roles))
        if not chosen or any(r not in ROLES for r in chosen):
            raise ValidationError("user.roles-required",
                                  {"roles": "field.required"}, roles=', '.join(ROLES))
        return chosen

    def add(self, username: str, passphrase: str, *, display_name: str = "",
            roles: Iterable[str] = ("worker",)) -> UserInfo:
        self.session.require("user.manage")
        username = username.strip()
        if not _USERNAME.match(username):
            raise ValidationError("user.bad-username", {"username": "field.invalid"})
        chosen = self._check_roles(roles)
        if self.session.store.query("SELECT 1 FROM users WHERE username = ? COLLATE NOCASE",
                                    (username,)):
            raise ValidationError("user.username-taken",
                                  {"username": "field.taken"}, username=username)
        user_id = new_id()
        vault = self._vault()
        vault.add_user_slot(self.session.store.key, username, passphrase, user_id=user_id)
        try:
            with self.session.change("user.manage") as w:
                w.create("user", {"username": username,
                                  "display_name": display_name.strip() or username,
                                  "roles": chosen, "active": 1,
                                  "created_at": iso(self.session.now())}, entity_id=user_id)
                self.session.audit(w.conn, "user.add", "user", user_id, roles=chosen)
        except BaseException:
            vault.remove_slot(vault.find_slot(username).slot_id)
            raise
        return self.get(user_id)

    def set_roles(self, user_id: str, roles: Iterable[str]) -> UserInfo:
        chosen = self._check_roles(roles)
        if user_id == self.session.user.id and "admin" not in chosen:
            raise PermissionDenied("user.cannot-drop-own-admin")
        with self.session.change("user.manage") as w:
            if w.update("user", user_id, {"roles": chosen}):
                self.session.audit(w.conn, "user.roles", "user", user_id, roles=chosen)
        return self.get(user_id)

    def set_display_name(self, user_id: str, display_name: str) -> UserInfo:
        with self.session.change("user.manage") as w:
            w.update("user", user_id, {"display_name": display_name.strip()})
        return self.get(user_id)

    def remove(self, user_id: str, *, rotate_key: bool = True) -> None:
        """Deactivate a user everywhere, remove their passphrase here, rotate the store key."""
        if user_id == self.session.user.id:
            raise PermissionDenied("user.cannot-remove-self")
        user = self.get(user_id)
        with self.session.change("user.manage") as w:
            w.update("user", user_id, {"active": 0})
            self.session.audit(w.conn, "user.remove", "user", user_id)
        vault = self._vault()
        for slot in vault.slots():
            if slot.user_id == user.id:
                vault.remove_slot(slot.slot_id)
        if rotate_key and self.session.workspace is not None:
            self.session.workspace.rotate_key(self.session)

    def set_passphrase(self, user_id: str, passphrase: str) -> None:
        """Admin: set (or reset) a user's passphrase on this laptop."""
        self.session.require("user.manage")
        user = self.get(user_id)
        if not user.active:
            raise PermissionDenied("user.removed", display_name=user.display_name)
        vault = self._vault()
        if any(s.user_id == user.id for s in vault.slots()):
            vault.reset_passphrase(self.session.store.key, user.username, passphrase)
        else:
            vault.add_user_slot(self.session.store.key, user.username, passphrase,
                                user_id=user.id)
        self.session.audit_now("user.passphrase_reset", "user", user_id)

    def change_own_passphrase(self, old: str, new: str) -> None:
        self._vault().change_passphrase(self.session.user.username, old, new)
        self.session.audit_now("user.passphrase_change", "user", self.session.user.id)

    def new_recovery_code(self) -> str:
        """Replace the agency's recovery code on this laptop (shown once)."""
        self.session.require("user.manage")
        code = self._vault().add_recovery_slot(self.session.store.key)
        self.session.audit_now("vault.recovery_replaced")
        return code
