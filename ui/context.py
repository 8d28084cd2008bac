"""What every screen of the main window shares: the workspace, the signed-in session, the one
background-task runner, and app-wide signals for navigation and refresh.

Pages never call each other; they emit ``sig_open_case`` / ``sig_open_client`` and the main
window navigates. After a change, a page emits ``sig_data_changed`` with the entity kind
("client", "case", "referral", "task", "partner", "user", "conflict") so that other pages
reload what they show.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from collabdesk.services.session import Session
from collabdesk.ui.tasks import TaskRunner
from collabdesk.workspace import Workspace


class AppContext(QObject):
    sig_open_case = Signal(str)
    sig_open_client = Signal(str)
    sig_data_changed = Signal(str)
    sig_status_message = Signal(str)
    sig_lock_requested = Signal()

    def __init__(self, workspace: Workspace, session: Session, runner: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.session = session
        self.runner = runner
