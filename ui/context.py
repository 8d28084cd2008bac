"""What every screen of the main window shares: the workspace, the signed-in session, the one
background-task runner, the agency's settings, the sync controller, and app-wide signals for
navigation and refresh.

Pages never call each other; they emit ``sig_open_case`` / ``sig_open_client`` and the main
window navigates. Pages never announce their own changes either: whatever a background task
changed in the store reaches ``sig_changed`` once (see :mod:`collabdesk.changes` and
:class:`collabdesk.ui.ops.Op`), and the main window hands it to the page on screen.

The settings are read once on the db lane when the session starts (and again when a change
touches the agency record), so dialogs ask :meth:`AppContext.today` without any SQL on the
GUI thread.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from collabdesk.services.session import DEFAULT_SETTINGS, Session
from collabdesk.timeutil import zone_for
from collabdesk.ui.tasks import TaskRunner
from collabdesk.workspace import Workspace

if TYPE_CHECKING:
    from collabdesk.ui.sync_controller import SyncController


class AppContext(QObject):
    sig_open_case = Signal(str)
    sig_open_client = Signal(str)
    #: (:class:`collabdesk.changes.Changes`, the object whose task made them or None)
    sig_changed = Signal(object, object)
    #: the settings were reloaded (after a change to the agency record)
    sig_settings_changed = Signal()
    sig_status_message = Signal(str)
    sig_lock_requested = Signal()

    def __init__(self, workspace: Workspace, session: Session, runner: TaskRunner,
                 parent: QObject | None = None, *,
                 settings: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.session = session
        self.runner = runner
        self.settings: dict[str, Any] = {**DEFAULT_SETTINGS, **(settings or {})}
        runner.sig_changes.connect(self.sig_changed)
        runner.watch_changes(session.store.take_changes)
        from collabdesk.ui.sync_controller import NullSyncController

        #: always a controller: a null one until (or unless) sync is set up
        self.sync: SyncController | NullSyncController = NullSyncController()

    def close(self) -> None:
        """Stop following the store's changes (before it is closed)."""
        self.runner.unwatch_changes(self.session.store.take_changes)

    def set_settings(self, settings: dict[str, Any]) -> None:
        self.settings = {**DEFAULT_SETTINGS, **settings}
        self.sig_settings_changed.emit()

    def tz(self) -> dt.tzinfo:
        return zone_for(self.settings.get("timezone"))

    def today(self) -> dt.date:
        return self.session.now().astimezone(self.tz()).date()
