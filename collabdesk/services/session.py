"""A signed-in user's session: the one object the UI, CLI and sync engine talk to.

It holds the open store, this replica's event log and the signed-in user, and hands out the
services (``session.clients``, ``session.cases`` …). Every service call checks the user's role
through :meth:`Session.require`, writes through :meth:`Session.change` (one transaction: the
event, the projection and the audit entry together) and returns plain dataclasses.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from collabdesk.domain import UserInfo
from collabdesk.errors import NotFound
from collabdesk.events.log import ChangeWriter, EventLog
from collabdesk.services import audit, install_hooks, rbac
from collabdesk.store.db import Connection, Store
from collabdesk.timeutil import iso, utc_now, zone_for  # noqa: F401  (the sync engine imports iso here)

if TYPE_CHECKING:
    from collabdesk.services.caseload import CaseloadService
    from collabdesk.services.cases import CaseService
    from collabdesk.services.clients import ClientService
    from collabdesk.services.conflicts import ConflictService
    from collabdesk.services.consent import ConsentService
    from collabdesk.services.directory import DirectoryService
    from collabdesk.services.drafts import DraftService
    from collabdesk.services.exchange import ExchangeService
    from collabdesk.services.forms import FormService
    from collabdesk.services.letters import LetterService
    from collabdesk.services.measures import MeasureService
    from collabdesk.services.referrals import ReferralService
    from collabdesk.services.reports import ReportService
    from collabdesk.services.syncstatus import SyncStatusService
    from collabdesk.services.tasks import TaskService
    from collabdesk.services.users import UserService
    from collabdesk.workspace import Workspace

DEFAULT_SETTINGS: dict[str, Any] = {
    "worker_case_visibility": "all",  # or "assigned"
    "idle_lock_minutes": 10,
    "suppression_threshold": 5,
    "timezone": "",  # empty: the laptop's own
    "referral_due_days": 14,
    "paper_follow_up_days": 14,  # a referral on paper: when to ask the partner what happened
    "agency_contact": "",  # phone, email, address: printed on referral letters
    "language": "",
    "hub_url": "",  # the partner hub's address, until a laptop enrols with it
    # Scheduled backups (collabdesk.backup_schedule): folder "" = the data folder's backups/
    "backup_folder": "",
    "backup_every_hours": 24,  # 0 = off
    "backup_keep": 7,  # 0 = keep all
}


class Session:
    def __init__(self, store: Store, log: EventLog, user: UserInfo, *,
                 clock: Callable[[], dt.datetime] = utc_now,
                 workspace: Workspace | None = None) -> None:
        install_hooks()  # before any event is applied through this session's log
        self.store = store
        self.log = log
        self.user = user
        self.clock = clock
        self.workspace = workspace

    # -- identity and time ----------------------------------------------------------------

    @property
    def agency_id(self) -> str:
        return self.store.get_meta("agency_id") or ""

    def now(self) -> dt.datetime:
        return self.clock()

    def tz(self) -> dt.tzinfo:
        return zone_for(self.settings().get("timezone"))

    def today(self) -> dt.date:
        return self.now().astimezone(self.tz()).date()

    def settings(self) -> dict[str, Any]:
        with self.store.read() as conn:
            row = conn.execute("SELECT settings FROM agency LIMIT 1").fetchone()
        stored = json.loads(row[0]) if row else {}
        return {**DEFAULT_SETTINGS, **stored}

    def user_name(self, user_id: str | None) -> str:
        """One user's name (one query: a list of rows reads :meth:`user_names` once)."""
        if not user_id:
            return ""
        return self.user_names().get(user_id, "")

    def user_names(self) -> dict[str, str]:
        """Every user's name by id, for naming the authors of many rows with one query."""
        rows = self.store.query(
            "SELECT id, coalesce(nullif(display_name, ''), username) FROM users")
        return {r[0]: r[1] for r in rows}

    # -- access control -------------------------------------------------------------------

    def allowed(self, action: str) -> bool:
        return rbac.allowed(self.user, action)

    def require(self, action: str) -> None:
        rbac.require(self.user, action)

    # -- writing --------------------------------------------------------------------------

    @contextlib.contextmanager
    def change(self, action: str, *, needs: int = 0) -> Iterator[ChangeWriter]:
        """Check ``action``, open a transaction and yield a writer for the change
        (``needs``: about how many bytes it stores, for a full disk's message)."""
        self.require(action)
        with self.store.transaction(needs=needs) as conn:
            yield self.log.writer(conn, self.user.id)

    def audit(self, conn: Connection, action: str, entity: str | None = None,
              entity_id: str | None = None, **detail: Any) -> None:
        audit.record(conn, self.user.id, action, entity, entity_id, detail, at=self.now())

    def audit_now(self, action: str, entity: str | None = None, entity_id: str | None = None,
                  **detail: Any) -> None:
        with self.store.transaction() as conn:
            self.audit(conn, action, entity, entity_id, **detail)

    # -- services -------------------------------------------------------------------------

    @functools.cached_property
    def clients(self) -> ClientService:
        from collabdesk.services.clients import ClientService
        return ClientService(self)

    @functools.cached_property
    def cases(self) -> CaseService:
        from collabdesk.services.cases import CaseService
        return CaseService(self)

    @functools.cached_property
    def caseload(self) -> CaseloadService:
        from collabdesk.services.caseload import CaseloadService
        return CaseloadService(self)

    @functools.cached_property
    def tasks(self) -> TaskService:
        from collabdesk.services.tasks import TaskService
        return TaskService(self)

    @functools.cached_property
    def consents(self) -> ConsentService:
        from collabdesk.services.consent import ConsentService
        return ConsentService(self)

    @functools.cached_property
    def referrals(self) -> ReferralService:
        from collabdesk.services.referrals import ReferralService
        return ReferralService(self)

    @functools.cached_property
    def directory(self) -> DirectoryService:
        from collabdesk.services.directory import DirectoryService
        return DirectoryService(self)

    @functools.cached_property
    def reports(self) -> ReportService:
        from collabdesk.services.reports import ReportService
        return ReportService(self)

    @functools.cached_property
    def users(self) -> UserService:
        from collabdesk.services.users import UserService
        return UserService(self)

    @functools.cached_property
    def conflicts(self) -> ConflictService:
        from collabdesk.services.conflicts import ConflictService
        return ConflictService(self)

    @functools.cached_property
    def drafts(self) -> DraftService:
        from collabdesk.services.drafts import DraftService
        return DraftService(self)

    @functools.cached_property
    def forms(self) -> FormService:
        from collabdesk.services.forms import FormService
        return FormService(self)

    @functools.cached_property
    def letters(self) -> LetterService:
        from collabdesk.services.letters import LetterService
        return LetterService(self)

    @functools.cached_property
    def exchange(self) -> ExchangeService:
        from collabdesk.services.exchange import ExchangeService
        return ExchangeService(self)

    @functools.cached_property
    def measures(self) -> MeasureService:
        from collabdesk.services.measures import MeasureService
        return MeasureService(self)

    @functools.cached_property
    def sync_status(self) -> SyncStatusService:
        from collabdesk.services.syncstatus import SyncStatusService
        return SyncStatusService(self)

    def update_settings(self, **changes: Any) -> None:
        unknown = set(changes) - set(DEFAULT_SETTINGS)
        if unknown:
            raise ValueError(f"unknown settings {sorted(unknown)}")
        merged = {**self.settings(), **changes}
        with self.change("settings.manage") as w:
            if w.conn.execute("SELECT 1 FROM agency WHERE id = ?",
                              (self.agency_id,)).fetchone() is None:
                # A laptop that joined an agency gets its record with the first sync.
                raise NotFound("settings.agency-not-here-yet")
            w.update("agency", self.agency_id, {"settings": merged})
            self.audit(w.conn, "settings.change", "agency", self.agency_id, keys=sorted(changes))

    def close(self) -> None:
        self.store.close()
