"""The main window: idle lock, Ctrl+L, sections by role, status bar, About, start-up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

import collabdesk
from collabdesk.ui import app as app_module
from collabdesk.ui.main_window import SECTIONS_BY_KEY, MainWindow, PlaceholderPage, Section
from collabdesk.ui.tasks import TaskRunner
from collabdesk.ui.wizard import FirstRunWizard
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace
from tests.ui.window_support import ADMIN_PASS, WORKER_PASS, sign_in
from tests.waits import WAIT_MS

IT_PASS = "copper lantern willow seven"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The agency of ``tests/ui/conftest.py`` plus an IT volunteer with the admin role; the
    ``workspace`` and ``window`` fixtures there use this one in this module."""
    ws = Workspace(tmp_path_factory.mktemp("template") / "agency")
    session, _code = ws.create("Riverside Family Services", "admin", ADMIN_PASS,
                               admin_display_name="Ada Admin", kdf=KdfParams.FLOOR)
    session.users.add("maria", WORKER_PASS, display_name="Maria Lopez", roles=["worker"])
    session.users.add("it", IT_PASS, display_name="IT Volunteer", roles=["admin"])
    session.close()
    return ws.data_dir


def _window(qtbot: Any, ws: Workspace, runner: TaskRunner, idle_ms: int = 0) -> MainWindow:
    w = MainWindow(ws, runner, idle_lock_ms=idle_ms, follow_language_setting=False)
    qtbot.addWidget(w)
    w.show()
    return w


def test_idle_timeout_locks_and_closes_the_store(qtbot: Any, task_runner: TaskRunner,
                                                 workspace: Workspace) -> None:
    window = _window(qtbot, workspace, task_runner, idle_ms=300)
    sign_in(qtbot, window, "admin", ADMIN_PASS)
    assert window.context is not None
    session = window.context.session
    window.show_section("admin")
    assert window.pages
    assert window.idle.is_active()
    with qtbot.waitSignal(window.sig_locked, timeout=WAIT_MS):
        pass  # no input at all: the injected 300 ms pass
    qtbot.waitUntil(lambda: not session.store.is_open, timeout=WAIT_MS)
    assert window.context is None
    assert window.pages == {}
    assert window.nav.count() == 0
    assert window.page_stack.count() == 0
    assert window.root.currentWidget() is window.sign_in
    assert not window.idle.is_active()
    # Signing in again works after a lock.
    sign_in(qtbot, window, "admin", ADMIN_PASS)
    assert window.context is not None and window.context.session.store.is_open
    assert window.shutdown(WAIT_MS)


def test_input_restarts_the_idle_timer(qtbot: Any, window: MainWindow) -> None:
    sign_in(qtbot, window, "admin", ADMIN_PASS)
    timer = window.idle.timer
    window.idle.start(60_000)
    qtbot.waitUntil(lambda: timer.remainingTime() < 59_900, timeout=WAIT_MS)
    # The user pressed a key (through the window, as the window system delivers it).
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_Down)
    assert timer.remainingTime() > 59_900
    assert timer.isActive()

    # Input in a dialog opened afterwards counts too.
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.windowHandle() is not None
                    and QApplication.focusWindow() is dialog.windowHandle(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: timer.remainingTime() < 59_900, timeout=WAIT_MS)
    dialog_handle = dialog.windowHandle()
    assert dialog_handle is not None
    QTest.keyClick(dialog_handle, Qt.Key.Key_Escape)
    assert timer.remainingTime() > 59_900


def test_ctrl_l_locks(qtbot: Any, window: MainWindow) -> None:
    sign_in(qtbot, window, "admin", ADMIN_PASS)
    assert window.context is not None
    session = window.context.session
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    with qtbot.waitSignal(window.sig_locked, timeout=WAIT_MS):
        QTest.keyClick(window.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not session.store.is_open, timeout=WAIT_MS)
    assert window.root.currentWidget() is window.sign_in
    assert window.sign_in.user_combo.currentText() == "admin"


def test_lock_button_in_status_bar(qtbot: Any, window: MainWindow) -> None:
    sign_in(qtbot, window, "admin", ADMIN_PASS)
    with qtbot.waitSignal(window.sig_locked, timeout=WAIT_MS):
        qtbot.mouseClick(window.status.lock_button, Qt.MouseButton.LeftButton)
    assert window.context is None
    assert not window.status.lock_button.isEnabled()


def test_worker_does_not_see_supervisor_or_admin_sections(qtbot: Any,
                                                          window: MainWindow) -> None:
    sign_in(qtbot, window, "maria", WORKER_PASS)
    sections = window.visible_sections()
    assert sections[:2] == ["caseload", "all_cases"]  # visibility "all" is the default
    assert {"clients", "referrals", "tasks", "directory"} <= set(sections)
    assert not {"admin", "reports", "conflicts"} & set(window.allowed_sections())
    assert window.show_section("admin") is None
    assert window.current_section() == "caseload"


def test_admin_only_user_sees_no_client_pages(qtbot: Any, window: MainWindow) -> None:
    sign_in(qtbot, window, "it", IT_PASS)
    sections = window.visible_sections()
    assert "admin" in sections
    assert not {"caseload", "all_cases", "clients", "referrals", "tasks", "case",
                "reports"} & set(window.allowed_sections())
    assert window.current_section() == sections[0]


def test_admin_supervisor_sees_everything_and_ctrl_digits_switch(
        qtbot: Any, window: MainWindow) -> None:
    sign_in(qtbot, window, "admin", ADMIN_PASS)
    sections = window.visible_sections()
    assert sections == ["caseload", "all_cases", "clients", "referrals", "tasks",
                        "directory", "conflicts", "reports", "admin", "network"]
    assert "case" in window.allowed_sections() and "case" not in sections
    window.show_nth_section(8)  # what Ctrl+9 does
    assert window.current_section() == "admin"
    assert window.page_stack.currentWidget() is window.pages["admin"]


def test_unknown_page_module_gives_a_placeholder(qtbot: Any, window: MainWindow) -> None:
    sign_in(qtbot, window, "admin", ADMIN_PASS)
    assert window.context is not None
    missing = Section("nowhere", "Nowhere", "collabdesk.ui.pages.does_not_exist", "Nope",
                      lambda s, _st: True)
    page = window._create_page(missing, window.context)
    assert isinstance(page, PlaceholderPage)
    assert page.title() == "Nowhere"
    assert SECTIONS_BY_KEY["case"].class_name == "CasePage"


def test_status_bar_counts_changes_waiting(qtbot: Any, window: MainWindow) -> None:
    sign_in(qtbot, window, "admin", ADMIN_PASS)
    status = window.status
    # The first sync round finds no hub enrolment and settles on offline, which is normal.
    qtbot.waitUntil(lambda: status.sync_chip.text()
                    == "Offline — changes are kept on this laptop", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "waiting" in status.pending_label.text(), timeout=WAIT_MS)
    assert window.context is not None
    store = window.context.session.store
    local = store.query("SELECT count(*), max(seq) FROM events WHERE origin = 'local'")[0]
    assert local[0] > 0
    assert status.pending_label.text() == f"{local[0]} change(s) waiting"
    assert status.contact_label.text() == "No contact with the hub yet"
    # The sync engine records what it pushed and when; the bar follows.
    store.set_meta("sync_pushed_seq", str(local[1]))
    store.set_meta("sync_last_contact", "2024-05-01T10:00:00Z")
    window.refresh_current()
    qtbot.waitUntil(lambda: status.pending_label.text() == "No changes waiting",
                    timeout=WAIT_MS)
    assert status.contact_label.text().startswith("Last contact with the hub: ")
    assert "Ada Admin" in status.user_label.text()
    assert "admin" in status.user_label.text() and "supervisor" in status.user_label.text()


def test_about_lists_version_and_licences(qtbot: Any, window: MainWindow,
                                          workspace: Workspace) -> None:
    window.about_action.trigger()
    dialogs = [w for w in window.findChildren(type(window.show_about()))]
    dialog = dialogs[0]
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    text = dialog.text()
    assert f"CollabDesk {collabdesk.__version__}" in text
    assert str(workspace.data_dir) in text
    assert "LGPL-3.0" in text and "SQLCipher" in text and "XlsxWriter" in text


def test_open_case_signal_shows_the_case_section(qtbot: Any, window: MainWindow) -> None:
    sign_in(qtbot, window, "admin", ADMIN_PASS)
    assert window.context is not None
    opened: list[str] = []
    page = window.page("case")
    assert page is not None
    if hasattr(page, "open_case"):
        page.open_case = opened.append  # type: ignore[method-assign]
    window.context.sig_open_case.emit("case-123")
    assert window.current_section() == "case"
    assert "case" in window.visible_sections()
    if hasattr(page, "open_case"):
        assert opened == ["case-123"]


def test_launcher_starts_the_wizard_on_an_empty_folder(qtbot: Any, tmp_path: Path) -> None:
    args = app_module.parse_args(["--data-dir", str(tmp_path / "fresh")])
    launcher = app_module.Launcher(QApplication.instance(), args)  # type: ignore[arg-type]
    try:
        launcher.start()
        assert isinstance(launcher.wizard, FirstRunWizard)
        assert launcher.wizard.isVisible()
        assert not launcher.window.isVisible()
    finally:
        launcher.wizard.close() if launcher.wizard else None
        launcher.shutdown()
        launcher.window.deleteLater()
        QApplication.instance().setQuitOnLastWindowClosed(True)  # type: ignore[union-attr]
    assert not launcher.runner.is_busy()  # shutdown drained the background work


def test_launcher_shows_sign_in_for_an_existing_store(qtbot: Any,
                                                      workspace: Workspace) -> None:
    args = app_module.parse_args(["--data-dir", str(workspace.data_dir)])
    launcher = app_module.Launcher(QApplication.instance(), args)  # type: ignore[arg-type]
    try:
        launcher.start()
        assert launcher.wizard is None
        assert launcher.window.isVisible()
        assert launcher.window.root.currentWidget() is launcher.window.sign_in
        assert launcher.window.sign_in.user_combo.count() == 3
    finally:
        launcher.shutdown()
        launcher.window.close()
        launcher.window.deleteLater()
    assert not launcher.runner.is_busy()  # shutdown drained the background work
