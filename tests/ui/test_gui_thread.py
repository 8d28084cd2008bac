"""No screen reads the store on the GUI thread: a sync step may hold it for seconds.

The store refuses every use from the GUI thread while these tests drive the real window
through every section and open every dialog; any page or dialog that still ran a query
there would fail with a StoreError instead of quietly freezing a clinic laptop.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from collabdesk.domain import ClientInput
from collabdesk.ui.dialogs.consent import ConsentDialog
from collabdesk.ui.dialogs.intake import IntakeDialog
from collabdesk.ui.dialogs.need import NeedDialog
from collabdesk.ui.dialogs.new_case import NewCaseDialog
from collabdesk.ui.dialogs.partner import PartnerDialog, PartnerServiceDialog
from collabdesk.ui.dialogs.referral import ReferralDialog
from collabdesk.ui.dialogs.service import ServiceDialog
from collabdesk.ui.dialogs.task import TaskDialog
from collabdesk.ui.main_window import MainWindow
from collabdesk.ui.tasks import TaskRunner
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace

WAIT_MS = 15_000
PASS = "correct horse battery staple"


def settle(qtbot: Any, runner: TaskRunner) -> None:
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=WAIT_MS)


@pytest.fixture
def window(qtbot: Any, task_runner: TaskRunner, tmp_path: Path) -> Any:
    workspace = Workspace(tmp_path / "agency")
    session, _code = workspace.create("Riverside", "admin", PASS, kdf=KdfParams.FLOOR)
    client = session.clients.intake(ClientInput("Lena", "Okafor", dob=dt.date(1980, 5, 6)),
                                    confirmed_new=True)
    case = session.cases.open_case(client.id, "Food", needs=(("food", "high", "No food"),))
    session.tasks.create("Call back", case_id=case.id, due_date=dt.date(2020, 1, 1))
    session.close()
    w = MainWindow(workspace, task_runner, idle_lock_ms=0, follow_language_setting=False)
    qtbot.addWidget(w)
    w.show()
    w.sign_in.set_username("admin")
    w.sign_in.passphrase_edit.setText(PASS)
    with qtbot.waitSignal(w.sig_session_started, timeout=WAIT_MS):
        qtbot.mouseClick(w.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    settle(qtbot, task_runner)
    w.case_id, w.client_id = case.id, client.id
    yield w
    w.context.session.store.forbid_thread(None) if w.context else None
    w.shutdown()


def test_no_section_or_dialog_reads_the_store_on_the_gui_thread(
        qtbot: Any, window: Any, task_runner: TaskRunner) -> None:
    context = window.context
    failures: list[str] = []
    context.sig_status_message.connect(failures.append)
    context.session.store.forbid_thread(threading.get_ident())

    for key in window.allowed_sections():
        window.show_section(key)
        settle(qtbot, task_runner)
    window.open_case(window.case_id)
    settle(qtbot, task_runner)
    window.open_client(window.client_id)
    settle(qtbot, task_runner)

    case_id, client_id = window.case_id, window.client_id
    for make in (lambda: IntakeDialog(context, window),
                 lambda: NewCaseDialog(context, client_id, "Lena Okafor", window),
                 lambda: NeedDialog(context, case_id, parent=window),
                 lambda: ServiceDialog(context, case_id, parent=window),
                 lambda: TaskDialog(context, case_id, parent=window),
                 lambda: ConsentDialog(context, client_id, parent=window),
                 lambda: ReferralDialog(context, case_id, parent=window),
                 lambda: PartnerDialog(context, window),
                 lambda: PartnerServiceDialog(context, parent=window)):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot, task_runner)
        dialog.reject()
    # A task that failed on the db lane would have said so; none may have touched the
    # store from here (the guard raises, so a single call would have failed the test).
    assert not [f for f in failures if "thread" in f]
