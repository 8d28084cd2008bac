"""Sign-in screen: right and wrong passphrases, the throttle countdown, recovery."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from collabdesk.ui.main_window import MainWindow
from collabdesk.ui.signin import SignInWidget
from collabdesk.ui.tasks import TaskRunner
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace
from tests.waits import WAIT_MS

ADMIN_PASS = "correct horse battery staple"
MARIA_PASS = "river stone lamp orchard"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One agency store per module (key derivation is slow on purpose); tests get copies."""
    ws = Workspace(tmp_path_factory.mktemp("template") / "agency")
    session, code = ws.create("Riverside Family Services", "admin", ADMIN_PASS,
                              admin_display_name="Ada Admin", kdf=KdfParams.FLOOR)
    session.users.add("maria", MARIA_PASS, display_name="Maria Lopez", roles=["worker"])
    session.close()
    return ws.data_dir, code


@pytest.fixture
def workspace_and_code(template: tuple[Path, str], tmp_path: Path) -> tuple[Workspace, str]:
    folder, code = template
    return Workspace(Path(shutil.copytree(folder, tmp_path / "agency"))), code


@pytest.fixture
def window(qtbot: Any, task_runner: TaskRunner,
           workspace_and_code: tuple[Workspace, str]) -> Iterator[MainWindow]:
    w = MainWindow(workspace_and_code[0], task_runner, idle_lock_ms=0,
                   follow_language_setting=False)
    qtbot.addWidget(w)
    w.show()
    yield w
    assert w.shutdown(WAIT_MS)


def _submit(qtbot: Any, screen: SignInWidget, username: str, passphrase: str) -> None:
    screen.set_username(username)
    screen.passphrase_edit.clear()
    QTest.keyClicks(screen.passphrase_edit, passphrase)
    qtbot.mouseClick(screen.sign_in_button, Qt.MouseButton.LeftButton)


def test_lists_the_users_of_this_laptop(window: MainWindow) -> None:
    combo = window.sign_in.user_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["admin", "maria"]
    assert window.root.currentWidget() is window.sign_in
    assert not window.lock_action.isEnabled()


def test_right_passphrase_opens_the_main_window(qtbot: Any, window: MainWindow) -> None:
    with qtbot.waitSignal(window.sig_session_started, timeout=WAIT_MS):
        _submit(qtbot, window.sign_in, "maria", MARIA_PASS)
    assert window.context is not None
    assert window.context.session.user.username == "maria"
    assert window.context.session.store.is_open
    assert window.root.currentWidget() is window.shell
    assert window.sign_in.passphrase_edit.text() == ""  # not kept in the widget
    assert "Maria Lopez" in window.status.user_label.text()


def test_wrong_passphrase_shows_a_clear_message(qtbot: Any, window: MainWindow) -> None:
    screen = window.sign_in
    _submit(qtbot, screen, "maria", "not the passphrase")
    assert screen.is_busy()
    assert screen.busy_bar.isVisibleTo(screen)
    qtbot.waitUntil(lambda: not screen.is_busy(), timeout=WAIT_MS)
    assert screen.error_label.text() == "That passphrase is not correct for this user."
    assert window.context is None
    assert window.root.currentWidget() is screen


def test_empty_passphrase_is_not_tried(qtbot: Any, window: MainWindow) -> None:
    screen = window.sign_in
    qtbot.mouseClick(screen.sign_in_button, Qt.MouseButton.LeftButton)
    assert not screen.is_busy()
    assert screen.error_label.text() == "Type your passphrase."


def test_too_many_attempts_shows_a_countdown(qtbot: Any, window: MainWindow) -> None:
    screen = window.sign_in
    for _ in range(8):
        _submit(qtbot, screen, "maria", "wrong guess again")
        qtbot.waitUntil(lambda: not screen.is_busy(), timeout=WAIT_MS)
        if "Too many" in screen.error_label.text():
            break
    assert screen.error_label.text().startswith("Too many wrong passphrases. Try again in")
    assert not screen.sign_in_button.isEnabled()
    # The countdown ends by itself and the button comes back.
    qtbot.waitUntil(lambda: screen.sign_in_button.isEnabled(), timeout=WAIT_MS)
    assert screen.error_label.text() == "You can try again now."


def test_forgot_passphrase_recovers_with_the_code(
        qtbot: Any, window: MainWindow, workspace_and_code: tuple[Workspace, str]) -> None:
    ws, code = workspace_and_code
    dialog = window.sign_in.open_recovery()
    assert not dialog.ok_button.isEnabled()
    QTest.keyClicks(dialog.code_edit, code)
    dialog.user_combo.setCurrentText("maria")
    new = "violet harbour kettle mountain"
    QTest.keyClicks(dialog.passphrase.first, new)
    QTest.keyClicks(dialog.passphrase.second, new)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(window.sig_session_started, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.context is not None
    assert window.context.session.user.username == "maria"
    assert window.shutdown(WAIT_MS)
    ws.sign_in("maria", new).close()  # the new passphrase is the one that works now


def test_wrong_recovery_code_keeps_the_dialog_open(qtbot: Any, window: MainWindow) -> None:
    dialog = window.sign_in.open_recovery()
    QTest.keyClicks(dialog.code_edit, "AAAA-BBBB-CCCC-DDDD")
    new = "violet harbour kettle mountain"
    QTest.keyClicks(dialog.passphrase.first, new)
    QTest.keyClicks(dialog.passphrase.second, new)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=WAIT_MS)
    assert dialog.isVisible()
    assert dialog.error_label.text()
    assert window.context is None
