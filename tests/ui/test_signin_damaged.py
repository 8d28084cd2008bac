"""The sign-in screen over a damaged data folder: it names the problem and how to restore,
before and after a passphrase is typed, and never opens or rebuilds anything."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from collabdesk.ui.main_window import MainWindow
from collabdesk.ui.tasks import TaskRunner
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace
from tests.waits import WAIT_MS

ADMIN_PASS = "correct horse battery staple"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws = Workspace(tmp_path_factory.mktemp("template") / "agency")
    session, _ = ws.create("Riverside Family Services", "admin", ADMIN_PASS,
                           kdf=KdfParams.FLOOR)
    session.close()
    return ws.data_dir


@pytest.fixture
def workspace(template: Path, tmp_path: Path) -> Workspace:
    return Workspace(Path(shutil.copytree(template, tmp_path / "agency")))


def _window(qtbot: Any, runner: TaskRunner, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace, runner, idle_lock_ms=0, follow_language_setting=False)
    qtbot.addWidget(window)
    window.show()
    return window


def _snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            if p.is_file() else "folder" for p in sorted(folder.rglob("*"))}


@pytest.fixture
def cut_short(workspace: Workspace) -> Iterator[Workspace]:
    os.truncate(workspace.store_path, workspace.store_path.stat().st_size - 7)
    yield workspace


def test_a_cut_short_store_is_named_on_the_sign_in_screen(
        qtbot: Any, task_runner: TaskRunner, cut_short: Workspace) -> None:
    before = _snapshot(cut_short.data_dir)
    window = _window(qtbot, task_runner, cut_short)
    screen = window.sign_in
    try:
        assert window.root.currentWidget() is screen
        shown = screen.error_label.text()
        assert "cut short" in shown and "Restore the store from a backup" in shown
        screen.set_username("admin")
        QTest.keyClicks(screen.passphrase_edit, ADMIN_PASS)
        qtbot.mouseClick(screen.sign_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not screen.is_busy(), timeout=WAIT_MS)
        assert screen.error_label.text() == shown
        assert window.context is None
    finally:
        window.shutdown()
    assert _snapshot(cut_short.data_dir) == before


def test_an_emptied_vault_is_named_instead_of_an_empty_user_list(
        qtbot: Any, task_runner: TaskRunner, workspace: Workspace) -> None:
    workspace.vault_path.write_bytes(b"")
    window = _window(qtbot, task_runner, workspace)
    try:
        assert window.sign_in.user_combo.count() == 0
        assert "vault file" in window.sign_in.error_label.text()
        assert "is empty" in window.sign_in.error_label.text()
    finally:
        window.shutdown()
