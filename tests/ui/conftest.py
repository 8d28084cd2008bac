"""Shared fixtures for the desktop app's tests: real Qt widgets on the offscreen platform."""

from __future__ import annotations

import os

# Must happen before anything imports Qt: no display on CI machines.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from collabdesk.domain import ClientInput
from collabdesk.ui.main_window import MainWindow
from collabdesk.ui.tasks import TaskRunner
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace


@pytest.fixture
def task_runner(qapp: QApplication) -> Iterator[TaskRunner]:
    """A fresh runner; on teardown every task is cancelled and the threads drained."""
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(timeout_ms=10_000), "background tasks did not stop"
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

    def settle(self, qtbot: Any) -> None:
        """Wait until no background work is queued or running."""
        qtbot.waitUntil(lambda: not self.runner.is_busy(), timeout=SIGNED_IN_WAIT_MS)

    def sign_in(self, qtbot: Any) -> None:
        self.window.sign_in.reload_users()
        self.window.sign_in.set_username("admin")
        self.window.sign_in.passphrase_edit.setText(SIGNED_IN_PASS)
        with qtbot.waitSignal(self.window.sig_session_started, timeout=SIGNED_IN_WAIT_MS):
            qtbot.mouseClick(self.window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
        self.settle(qtbot)


SIGNED_IN_PASS = "correct horse battery staple"
SIGNED_IN_WAIT_MS = 15_000


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
    window.shutdown()
