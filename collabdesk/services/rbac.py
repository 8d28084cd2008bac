"""Who may do what: the one table of roles and actions every service checks.

Roles combine: a person who is both worker and supervisor may do what either may. The admin
role manages the installation (users, backups, settings) and by itself grants no access to
client records — a small agency usually gives its admin the supervisor role as well.

Which cases a worker sees is an agency setting (``worker_case_visibility``): ``"all"`` cases of
the agency, or only ``"assigned"`` ones (those assigned to them or that they opened). Client
search for duplicate checking always covers the whole agency, because missing a duplicate at
intake is the more harmful failure.
"""

from __future__ import annotations

from collabdesk.domain import UserInfo
from collabdesk.errors import PermissionDenied
from collabdesk.messages import msg

WORKER = frozenset({
    "client.view", "client.create", "client.edit",
    "case.view", "case.create", "case.edit", "case.close",
    "note.create", "task.manage", "consent.manage", "attachment.manage",
    "referral.view", "referral.send", "referral.respond",
    "directory.view", "sync.run", "form.view", "form.fill",
})
SUPERVISOR = WORKER | frozenset({
    "case.view_all", "case.assign", "note.view_sensitive",
    "report.view", "report.export", "report.submit",
    "conflict.resolve", "audit.view", "directory.manage", "client.import",
})
ADMIN = frozenset({
    "user.manage", "backup.manage", "settings.manage", "audit.view",
    "directory.view", "directory.manage", "sync.run", "sync.enroll",
    "form.view", "form.manage", "client.import",
})
ROLE_ACTIONS: dict[str, frozenset[str]] = {
    "worker": WORKER, "supervisor": SUPERVISOR, "admin": ADMIN,
}
ALL_ACTIONS = frozenset().union(*ROLE_ACTIONS.values())


def allowed(user: UserInfo, action: str) -> bool:
    if action not in ALL_ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    return user.active and any(action in ROLE_ACTIONS.get(r, frozenset()) for r in user.roles)


def require(user: UserInfo, action: str) -> None:
    if not allowed(user, action):
        # Each action has its words in the catalogue: "rbac.action.<action>".
        raise PermissionDenied("rbac.not-allowed", user=user.display_name or user.username,
                               what=msg(f"rbac.action.{action}"))
