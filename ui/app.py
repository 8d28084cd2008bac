"""Starting the desktop app: ``main(["--data-dir", …, "--demo", "--lang", "es"])``.

Order matters: high-DPI policy before the QApplication exists, then language and theme,
then the first window — the first-run wizard when the data folder holds no store yet,
otherwise the sign-in screen of the main window. ``--demo`` builds the demo agency (in the
background, with progress) when its folder is empty and pre-fills the sign-in screen with
the demo administrator and a visible list of the demo passphrases.

Start-up must reach the sign-in screen quickly, so heavy modules (pages, reports, export
libraries, the demo generator) are imported only when first used.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from collabdesk.ui.main_window import MainWindow
    from collabdesk.ui.tasks import TaskRunner
    from collabdesk.ui.wizard import FirstRunWizard


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="collabdesk", description="CollabDesk desktop app.")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="the agency's data folder (default: the platform's user data "
                             "folder; with --demo, its 'demo' subfolder)")
    parser.add_argument("--demo", action="store_true",
                        help="open (building it first if needed) a demo agency with "
                             "made-up clients")
    parser.add_argument("--lang", default=None,
                        help="interface language, e.g. en, es, fr (default: the agency "
                             "setting, else the system's)")
    return parser.parse_args(list(argv) if argv is not None else None)


def demo_data_dir() -> Path:
    import platformdirs

    from collabdesk.workspace import APP_NAME

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "demo"


def demo_hint() -> tuple[str, str]:
    """(demo admin user name, hint text listing the demo passphrases)."""
    from PySide6.QtCore import QCoreApplication

    from collabdesk import demo

    users = demo.DEMO_USERS
    lines = [QCoreApplication.translate(
        "App", "Demo agency with made-up clients. Demo users and passphrases:")]
    lines += [f"{u.username} — {u.passphrase} ({', '.join(u.roles)})" for u in users]
    admin = next((u.username for u in users if "admin" in u.roles), users[0].username)
    return admin, "\n".join(lines)


class Launcher:
    """Builds the first window for the given arguments; ``main`` then runs the event loop.

    Kept separate from :func:`main` so that tests can start the app without blocking.
    """

    def __init__(self, app: QApplication, args: argparse.Namespace) -> None:
        from collabdesk.ui.main_window import MainWindow
        from collabdesk.ui.tasks import TaskRunner
        from collabdesk.workspace import Workspace, default_data_dir

        self.app = app
        self.args = args
        self.exit_code = 0
        data_dir = args.data_dir or (demo_data_dir() if args.demo else default_data_dir())
        self.workspace = Workspace(data_dir)
        self.runner: TaskRunner = TaskRunner()
        self.window: MainWindow = MainWindow(self.workspace, self.runner,
                                             follow_language_setting=args.lang is None)
        self.wizard: FirstRunWizard | None = None
        self.progress: Any = None

    def start(self) -> None:
        # Until the main window is up, closing a wizard or progress dialog must not quit
        # half-way through a flow; we quit explicitly instead.
        self.app.setQuitOnLastWindowClosed(False)
        if self.args.demo and not self.workspace.exists():
            self._build_demo()
        elif self.workspace.exists():
            self._show_sign_in()
        else:
            self._run_wizard()

    def _show_sign_in(self) -> None:
        self.window.sign_in.reload_users()
        if self.args.demo:
            admin, hint = demo_hint()
            self.window.sign_in.set_username(admin)
            self.window.sign_in.set_hint(hint)
        self.window.show()
        self.window.sign_in.passphrase_edit.setFocus()
        self.app.setQuitOnLastWindowClosed(True)

    def _run_wizard(self) -> None:
        from collabdesk.ui.wizard import FirstRunWizard

        self.wizard = FirstRunWizard(self.workspace, self.runner)
        self.wizard.accepted.connect(self._wizard_done)
        self.wizard.rejected.connect(self._quit)
        self.wizard.show()

    def _wizard_done(self) -> None:
        assert self.wizard is not None
        session = self.wizard.session
        self.wizard.deleteLater()
        self.wizard = None
        self._show_sign_in()
        if session is not None:
            self.window.start_session(session)

    def _build_demo(self) -> None:
        import inspect

        from PySide6.QtCore import QCoreApplication

        from collabdesk.ui.ops import Op
        from collabdesk.ui.tasks import TaskContext

        data_dir = self.workspace.data_dir

        def work(ctx: TaskContext) -> object:
            from collabdesk.demo import build_demo

            kwargs: dict[str, Any] = {}
            if "progress" in inspect.signature(build_demo).parameters:
                kwargs["progress"] = lambda done, total: ctx.progress(
                    done, total, "")
            return build_demo(data_dir, **kwargs)

        op = (Op(None, work, label="build demo")
              .success(lambda _info: self._show_sign_in())
              .failure(self._demo_failed)
              .with_progress(QCoreApplication.translate("App", "Building the demo agency…"),
                             cancellable=False, show_after_ms=0))
        op.run(self.runner)
        self.progress = op.dialog
        self.progress.message_label.setText(QCoreApplication.translate(
            "App", "Making up a year of casework for a demo agency. This takes a moment."))

    def _demo_failed(self, error: Exception) -> None:
        from PySide6.QtCore import QCoreApplication

        from collabdesk.ui.dialogs.common import Dialogs

        Dialogs.error(None, QCoreApplication.translate("App", "Demo"),
                      QCoreApplication.translate("App", "The demo could not be built: {error}")
                      .format(error=error))
        self.exit_code = 1
        self._quit()

    def _quit(self) -> None:
        self.app.quit()

    def shutdown(self) -> None:
        self.window.shutdown()
        self.runner.shutdown()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from collabdesk import __version__
    from collabdesk.ui.i18n import install_language
    from collabdesk.ui.theme import apply_theme, configure_high_dpi

    configure_high_dpi()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("CollabDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("collabdesk")
    from PySide6.QtGui import QIcon

    from collabdesk.resources import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "collabdesk.svg")))
    install_language(app, args.lang)
    apply_theme(app)
    launcher = Launcher(app, args)
    launcher.start()
    code = app.exec()
    launcher.shutdown()
    return launcher.exit_code or code


if __name__ == "__main__":
    raise SystemExit(main())
