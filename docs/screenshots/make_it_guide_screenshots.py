"""Render the IT guide's screenshots from the real windows: ``python
docs/screenshots/make_it_guide_screenshots.py``.

Runs on Qt's offscreen platform (no display needed) against a throwaway agency with
made-up users, and writes PNG files beside this script. Re-run it after changing a screen
the guide shows.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

OUT = Path(__file__).resolve().parent
SIZE = (980, 640)


def wait(signal: SignalInstance, start: Callable[[], object], timeout_ms: int = 20_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    start()
    loop.exec()


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(widget: QWidget, name: str) -> Path:
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def main() -> int:
    from collabdesk.ui.i18n import install_language
    from collabdesk.ui.main_window import AboutDialog, MainWindow
    from collabdesk.ui.tasks import TaskRunner
    from collabdesk.ui.theme import apply_theme
    from collabdesk.ui.wizard import FirstRunWizard
    from collabdesk.vault import KdfParams
    from collabdesk.workspace import Workspace

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_language(app, "en")
    apply_theme(app)
    runner = TaskRunner()
    with tempfile.TemporaryDirectory(prefix="collabdesk-shots-") as scratch:
        # First-run wizard on an empty folder.
        wizard = FirstRunWizard(Workspace(Path(scratch) / "new"), runner)
        wizard.resize(640, 480)
        wizard.show()
        wizard.agency_page.agency_edit.setText("Riverside Family Services")
        grab(wizard, "wizard-1-agency")
        wizard.next()
        wizard.admin_page.username_edit.setText("ivy")
        wizard.admin_page.display_edit.setText("Ivy Okafor")
        grab(wizard, "wizard-2-admin")
        wizard.next()
        grab(wizard, "wizard-3-passphrase")
        wizard.hide()

        # An agency with a few workers, for sign-in and admin screens.
        workspace = Workspace(Path(scratch) / "agency")
        session, _code = workspace.create("Riverside Family Services", "ivy",
                                          "ivy sample passphrase", admin_display_name="Ivy Okafor",
                                          kdf=KdfParams.FLOOR)
        session.users.add("maria", "maria sample passphrase", display_name="María López",
                          roles=["worker"])
        session.users.add("grace", "grace sample passphrase", display_name="Grace Whitfield",
                          roles=["supervisor"])
        session.close()
        window = MainWindow(workspace, runner, idle_lock_ms=0, follow_language_setting=False)
        window.resize(*SIZE)
        window.show()
        window.sign_in.reload_users()
        window.sign_in.set_username("ivy")
        grab(window, "sign-in")

        window.sign_in.passphrase_edit.setText("ivy sample passphrase")
        wait(window.sig_session_started, window.sign_in.sign_in_button.click)
        page = window.show_section("admin", refresh=False)
        assert page is not None
        wait(page.sig_loaded, page.refresh)
        grab(window, "admin-users")
        page.tabs.setCurrentIndex(1)
        grab(window, "admin-backups")
        about = AboutDialog(workspace, window)
        about.show()
        grab(about, "about")
        about.close()
        window.shutdown()
        runner.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
