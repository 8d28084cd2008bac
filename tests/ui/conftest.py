"""Shared fixtures for the desktop app's tests: real Qt widgets on the offscreen platform."""

from __future__ import annotations

import os

# Must happen before anything imports Qt: no display on CI machines.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from collabdesk.domain import ClientInput
from collabdesk.ui.context import AppContext
from collabdesk.ui.main_window import MainWindow
from collabdesk.ui.tasks import TaskRunner
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace
from tests.ui import pages_support
from tests.ui.pages_support import Env
from tests.ui.window_support import ADMIN_PASS, WORKER_PASS
from tests.waits import WAIT_MS


@pytest.fixture
def task_runner(qapp: QApplication) -> Iterator[TaskRunner]:
    """A fresh runner; on teardown every task is cancelled and the threads drained."""
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(timeout_ms=WAIT_MS), "background tasks did not stop"
    runner.deleteLater()


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """Leave the application in English, left-to-right, whatever a test installs."""
    from collabdesk.ui import i18n

    yield
    i18n.install_language(qapp, "en")


@dataclass
class SignedIn:
    """The real main window, signed in as an admin (admin + supervisor) on a fresh store
    holding one client with one case (``client_id``, ``case_id``)."""

    window: MainWindow
    runner: TaskRunner
    workspace: Workspace
    client_id: str
    case_id: str
    username: str = "admin"
    passphrase: str = ""

    def settle(self, qtbot: Any) -> None:
        """Wait until no background work is queued or running."""
        qtbot.waitUntil(lambda: not self.runner.is_busy(), timeout=WAIT_MS)

    def dialogs(self) -> list[Callable[[], QWidget]]:
        """Makers of every dialog a worker or supervisor opens, over the signed-in session."""
        return [make for _name, _action, make in self.every_dialog()]

    def allowed_dialogs(self) -> list[tuple[str, Callable[[], QWidget]]]:
        """(name, maker) of the dialogs the signed-in person's roles let them use."""
        context = self.window.context
        assert context is not None
        return [(name, make) for name, action, make in self.every_dialog()
                if context.session.allowed(action)]

    def every_dialog(self) -> list[tuple[str, str, Callable[[], QWidget]]]:
        """(name, the action a person needs to use it, maker) of every dialog."""
        from collabdesk.ui.dialogs.caseload_import import CaseloadImportWizard
        from collabdesk.ui.dialogs.consent import ConsentDialog
        from collabdesk.ui.dialogs.intake import IntakeDialog
        from collabdesk.ui.dialogs.need import NeedDialog
        from collabdesk.ui.dialogs.new_case import NewCaseDialog
        from collabdesk.ui.dialogs.partner import PartnerDialog, PartnerServiceDialog
        from collabdesk.ui.dialogs.referral import ReferralDialog
        from collabdesk.ui.dialogs.service import ServiceDialog
        from collabdesk.ui.dialogs.share_forms import ShareFormsDialog
        from collabdesk.ui.dialogs.task import TaskDialog
        from tests.ui.forms_support import (
            form_fill_dialog,
            form_response_dialog,
            outcome_dialog,
            shared_forms_dialog,
        )

        window, context = self.window, self.window.context
        assert context is not None
        case_id, client_id = self.case_id, self.client_id
        return [
            ("intake", "client.create", lambda: IntakeDialog(context, window)),
            ("new case", "case.create",
             lambda: NewCaseDialog(context, client_id, "Lena Okafor", window)),
            ("need", "case.edit", lambda: NeedDialog(context, case_id, parent=window)),
            ("service", "case.edit", lambda: ServiceDialog(context, case_id, parent=window)),
            ("task", "task.manage", lambda: TaskDialog(context, case_id, parent=window)),
            ("consent", "consent.manage",
             lambda: ConsentDialog(context, client_id, parent=window)),
            ("referral", "referral.send",
             lambda: ReferralDialog(context, case_id, parent=window)),
            ("partner", "directory.manage", lambda: PartnerDialog(context, window)),
            ("partner service", "directory.manage",
             lambda: PartnerServiceDialog(context, parent=window)),
            ("form fill", "form.fill", lambda: form_fill_dialog(context, case_id, window)),
            ("form response", "form.view",
             lambda: form_response_dialog(context, case_id, window)),
            ("forms sent with a referral", "referral.view",
             lambda: shared_forms_dialog(window)),
            ("referral outcome", "referral.send",
             lambda: outcome_dialog(context, case_id, window)),
            ("share forms", "referral.send",
             lambda: ShareFormsDialog(context, client_id, "Lena Okafor", window)),
            ("caseload import", "client.import",
             lambda: CaseloadImportWizard(context, window)),
        ]

    def sign_in(self, qtbot: Any) -> None:
        self.window.sign_in.reload_users()
        self.window.sign_in.set_username(self.username)
        self.window.sign_in.passphrase_edit.setText(self.passphrase or SIGNED_IN_PASS)
        with qtbot.waitSignal(self.window.sig_session_started, timeout=WAIT_MS):
            qtbot.mouseClick(self.window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
        self.settle(qtbot)


SIGNED_IN_PASS = "correct horse battery staple"
#: Who may sign in to the ``signed_in_as`` store, by role: (user name, passphrase).
PEOPLE = {"worker": ("maria", WORKER_PASS), "supervisor": ("sam", "quiet meadow copper kite"),
          "admin": ("admin", SIGNED_IN_PASS)}


@pytest.fixture
def signed_in_as(qtbot: Any, task_runner: TaskRunner, tmp_path: Path
                 ) -> Iterator[Callable[[str], SignedIn]]:
    """Sign in as a worker, a supervisor or an admin (``signed_in_as("worker")``) on a fresh
    store: one client with one case of the worker's, with an overdue task."""
    workspace = Workspace(tmp_path / "agency")
    session, _code = workspace.create("Riverside", "admin", SIGNED_IN_PASS,
                                      kdf=KdfParams.FLOOR)
    maria = session.users.add("maria", WORKER_PASS, display_name="Maria Lopez",
                              roles=["worker"])
    session.users.add("sam", PEOPLE["supervisor"][1], display_name="Sam Reyes",
                      roles=["supervisor"])
    client = session.clients.intake(
        ClientInput("Lena", "Okafor", dob=dt.date(1980, 5, 6), gender="female"),
        confirmed_new=True)
    case = session.cases.open_case(client.id, "Food", assigned_to=maria.id,
                                   needs=(("food", "high", "No food"),))
    session.tasks.create("Call back", case_id=case.id, due_date=dt.date(2020, 1, 1))
    session.close()
    window = MainWindow(workspace, task_runner, idle_lock_ms=0, follow_language_setting=False)
    qtbot.addWidget(window)
    window.show()

    def sign_in(role: str) -> SignedIn:
        if window.context is not None:
            window.lock()
            qtbot.waitUntil(lambda: not task_runner.is_busy(), timeout=WAIT_MS)
        username, passphrase = PEOPLE[role]
        env = SignedIn(window, task_runner, workspace, client.id, case.id, username,
                       passphrase)
        env.sign_in(qtbot)
        return env

    yield sign_in
    if window.context is not None:
        window.context.session.store.forbid_thread(None)
    assert window.shutdown(WAIT_MS), "background tasks did not stop"


@pytest.fixture
def signed_in(qtbot: Any, task_runner: TaskRunner, tmp_path: Path) -> Iterator[SignedIn]:
    workspace = Workspace(tmp_path / "agency")
    session, _code = workspace.create("Riverside", "admin", SIGNED_IN_PASS,
                                      kdf=KdfParams.FLOOR)
    client = session.clients.intake(
        ClientInput("Lena", "Okafor", dob=dt.date(1980, 5, 6), gender="female"),
        confirmed_new=True)
    case = session.cases.open_case(client.id, "Food", needs=(("food", "high", "No food"),))
    session.tasks.create("Call back", case_id=case.id, due_date=dt.date(2020, 1, 1))
    session.close()
    window = MainWindow(workspace, task_runner, idle_lock_ms=0, follow_language_setting=False)
    qtbot.addWidget(window)
    window.show()
    env = SignedIn(window, task_runner, workspace, client.id, case.id)
    env.sign_in(qtbot)
    yield env
    if window.context is not None:
        window.context.session.store.forbid_thread(None)
    assert window.shutdown(WAIT_MS), "background tasks did not stop"
@pytest.fixture
def env(qapp: QApplication, tmp_path: Path) -> Iterator[Env]:
    """Signed in as the admin (admin + supervisor roles) on a fresh store, for page tests."""
    workspace = Workspace(tmp_path / "data")
    session, _code = workspace.create("Agency", "admin", pages_support.ADMIN_PASS,
                                      kdf=KdfParams.FLOOR)
    runner = TaskRunner()
    context = AppContext(workspace, session, runner)
    yield Env(workspace, session, context, runner)
    assert runner.shutdown(timeout_ms=WAIT_MS), "background tasks did not stop"
    session.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One agency store per module (key derivation is slow on purpose); tests get copies."""
    ws = Workspace(tmp_path_factory.mktemp("template") / "agency")
    session, _code = ws.create("Riverside Family Services", "admin", ADMIN_PASS,
                               admin_display_name="Ada Admin", kdf=KdfParams.FLOOR)
    session.users.add("maria", WORKER_PASS, display_name="Maria Lopez", roles=["worker"])
    session.close()
    return ws.data_dir


@pytest.fixture
def workspace(template: Path, tmp_path: Path) -> Workspace:
    """A copy of the module's ``template`` store, for this test alone."""
    return Workspace(Path(shutil.copytree(template, tmp_path / "agency")))


@pytest.fixture
def window(qtbot: Any, task_runner: TaskRunner, workspace: Workspace) -> Iterator[MainWindow]:
    """The main window over ``workspace``, shown at the sign-in screen, never idle-locking."""
    w = MainWindow(workspace, task_runner, idle_lock_ms=0, follow_language_setting=False)
    qtbot.addWidget(w)
    w.show()
    yield w
    assert w.shutdown(WAIT_MS), "background tasks did not stop"


@pytest.fixture(autouse=True)
def no_unanswered_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box nobody answers would block the test until CI's time runs out: fail at
    once with its text instead (tests that expect one replace the Dialogs classmethod)."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args: Any, **_kwargs: Any) -> Any:
        texts = [a for a in args if isinstance(a, str)]
        box = next((a for a in args if isinstance(a, QMessageBox)), None)
        if box is not None:
            texts = [box.windowTitle(), box.text()]
        raise AssertionError(f"a message box opened that no test answers: {texts}")

    for name in ("critical", "information", "warning", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))
    monkeypatch.setattr(QMessageBox, "exec", refuse)
