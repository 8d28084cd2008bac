"""Takes the real desktop app through every screen one person may open, reading the
accessibility tree a screen reader would read at each.

Run by ``tests/ui/test_accessibility_tree.py`` inside an accessible desktop
(:mod:`tests.support.atspi`), one process per role::

    python -m tests.ui.accessibility_tour PLAN.json OUT.json

The plan names the data folder, who signs in and the case and client to open. The tour
reads the sign-in screen, signs in, opens every section the person may open (the case page
on the plan's case) and every tab on it, then every main dialog the person may use, plus
help and About. At each stop it waits until no background work runs, then runs the walker
while the app keeps serving its event loop, since the walker's questions are answered on it.
OUT gets each stop's tree and anything that went wrong on the way.
"""

from __future__ import annotations

import faulthandler
import json
import os
import sys
import traceback
from collections.abc import Callable, Generator, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QProcess, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QMessageBox, QTabWidget, QWidget

from collabdesk.ui import app as app_module
from collabdesk.ui.main_window import MainWindow
from tests.support import atspi

# What the tour yields: a request that calls its continuation with a result when done.
Request = Callable[[Callable[[Any], None]], None]
Steps = Generator[Request, Any, None]

POLL_MS = 20
WAIT_POLLS = 20_000 // POLL_MS  # the suite's bound on any wait (tests.waits.WAIT_MS)


class Tour:
    """One person's way through the app as a generator of requests (wait until, read the
    tree), so that the event loop runs between them."""

    def __init__(self, window: MainWindow, plan: dict[str, Any], out: Path) -> None:
        self.window = window
        self.plan = plan
        self.out = out
        self.stops: list[dict[str, Any]] = []
        self.errors: list[str] = []
        self.steps = self.tour()
        self._refuse_message_boxes()

    # -- driving the generator ------------------------------------------------------------

    def begin(self) -> None:
        self._advance(None)

    def _advance(self, value: Any) -> None:
        try:
            request = self.steps.send(value)
        except StopIteration:
            self._finish()
            return
        except Exception:
            self.errors.append(traceback.format_exc())
            self._finish()
            return
        request(self._advance)

    def _finish(self) -> None:
        self.out.write_text(json.dumps({"stops": self.stops, "errors": self.errors}),
                            encoding="utf-8")
        self.window.close()

    def _fail(self, why: str) -> None:
        self.errors.append(why)
        self.steps.close()
        self._finish()

    # -- requests -------------------------------------------------------------------------

    def until(self, ready: Callable[[], bool], what: str) -> Request:
        def request(then: Callable[[Any], None]) -> None:
            polls = 0

            def poll() -> None:
                nonlocal polls
                polls += 1
                if ready():
                    then(None)
                elif polls > WAIT_POLLS:
                    self._fail(f"waited too long for {what}")
                else:
                    QTimer.singleShot(POLL_MS, poll)

            QTimer.singleShot(0, poll)
        return request

    def read_tree(self) -> Request:
        def request(then: Callable[[Any], None]) -> None:
            command = atspi.walker_command(os.getpid())
            process = QProcess(self.window)

            def finished(code: int, _status: object) -> None:
                text = bytes(process.readAllStandardOutput().data()).decode()
                error = bytes(process.readAllStandardError().data()).decode()
                process.deleteLater()
                if code != 0 or not text.strip():
                    self._fail(f"the walker failed ({code}): {error[-2000:]}")
                else:
                    then(json.loads(text))

            process.finished.connect(finished)
            process.start(command[0], command[1:])
        return request

    def stop(self, where: str) -> Steps:
        """Wait until the screen is settled, then read and keep its tree."""
        runner = self.window.runner
        yield self.until(lambda: not runner.is_busy(), f"background work before {where}")
        tree = yield self.read_tree()
        self.stops.append({"where": where, "tree": tree})

    # -- the tour -------------------------------------------------------------------------

    def tour(self) -> Steps:
        window = self.window
        yield from self.stop("sign-in screen")
        started: list[bool] = []
        window.sig_session_started.connect(lambda: started.append(True))
        window.sign_in.set_username(self.plan["username"])
        window.sign_in.passphrase_edit.setText(self.plan["passphrase"])
        window.sign_in.sign_in_button.click()
        yield self.until(lambda: bool(started), "signing in")
        for key in window.allowed_sections():
            if key == "case":
                window.open_case(self.plan["case_id"])
            else:
                window.show_section(key)
            yield from self.stop(key)
            page = window.current_page()
            assert page is not None, key
            for tabs in self._visible(page.findChildren(QTabWidget), page):
                first = tabs.currentIndex()
                for index in range(tabs.count()):
                    if index != first and tabs.isTabEnabled(index):
                        tabs.setCurrentIndex(index)
                        yield from self.stop(f"{key}, tab {tabs.tabText(index).replace('&', '')!r}")
                tabs.setCurrentIndex(first)
        for name, make in self._dialogs():
            dialog = make()
            dialog.show()
            yield from self.stop(name)
            dialog.reject()

    def _dialogs(self) -> list[tuple[str, Callable[[], QDialog]]]:
        from collabdesk.ui.dialogs.caseload_import import CaseloadImportWizard
        from collabdesk.ui.dialogs.consent import ConsentDialog
        from collabdesk.ui.dialogs.files import AttachmentViewer
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

        window = self.window
        context = window.context
        assert context is not None
        case_id, client_id = self.plan["case_id"], self.plan["client_id"]
        # (name, the action a person needs to use it, how to make it)
        every: list[tuple[str, str | None, Callable[[], QDialog]]] = [
            ("intake dialog", "client.create", lambda: IntakeDialog(context, window)),
            ("new case dialog", "case.create",
             lambda: NewCaseDialog(context, client_id, "Lena Okafor", window)),
            ("need dialog", "case.edit", lambda: NeedDialog(context, case_id, parent=window)),
            ("service dialog", "case.edit",
             lambda: ServiceDialog(context, case_id, parent=window)),
            ("task dialog", "task.manage", lambda: TaskDialog(context, case_id, parent=window)),
            ("consent dialog", "consent.manage",
             lambda: ConsentDialog(context, client_id, parent=window)),
            ("referral dialog", "referral.send",
             lambda: ReferralDialog(context, case_id, parent=window)),
            ("partner dialog", "directory.manage", lambda: PartnerDialog(context, window)),
            ("partner service dialog", "directory.manage",
             lambda: PartnerServiceDialog(context, parent=window)),
            ("form fill dialog", "form.fill",
             lambda: form_fill_dialog(context, case_id, window)),
            ("form response dialog", "form.view",
             lambda: form_response_dialog(context, case_id, window)),
            ("forms sent with a referral", "referral.view", lambda: shared_forms_dialog(window)),
            ("referral outcome dialog", "referral.send",
             lambda: outcome_dialog(context, case_id, window)),
            ("share forms dialog", "referral.send",
             lambda: ShareFormsDialog(context, client_id, "Lena Okafor", window)),
            ("attachment viewer", "case.view",
             lambda: AttachmentViewer("photo.png", "image/png", _png(), window)),
            ("caseload import wizard", "client.import",
             lambda: CaseloadImportWizard(context, window)),
            ("help", None, window.show_help),
            ("about", None, window.show_about),
        ]
        return [(name, make) for name, action, make in every
                if action is None or context.session.allowed(action)]

    @staticmethod
    def _visible(widgets: Iterable[QTabWidget], top: QWidget) -> list[QTabWidget]:
        return [w for w in widgets if w.isVisibleTo(top)]

    def _refuse_message_boxes(self) -> None:
        """A message box on the way is a failure of the tour, not something to read."""
        def refuse(box: QMessageBox, *_args: Any) -> int:
            self.errors.append(f"a message box opened: {box.windowTitle()!r} {box.text()!r}")
            return int(QMessageBox.StandardButton.Cancel.value)

        def refuse_static(*args: Any, **_kwargs: Any) -> Any:
            texts = [a for a in args if isinstance(a, str)]
            self.errors.append(f"a message box opened: {texts}")
            return QMessageBox.StandardButton.Cancel

        QMessageBox.exec = refuse  # type: ignore[method-assign,assignment]
        for name in ("critical", "information", "warning", "question"):
            setattr(QMessageBox, name, staticmethod(refuse_static))


def _png() -> bytes:
    """A small picture, for the attachment viewer (the one place the app shows an image)."""
    image = QImage(48, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main(plan_path: str, out_path: str) -> int:
    faulthandler.dump_traceback_later(120, exit=True)  # a hang shows where it hangs
    plan = json.loads(Path(plan_path).read_text(encoding="utf-8"))
    real_start = app_module.Launcher.start

    def start(launcher: app_module.Launcher) -> None:
        real_start(launcher)
        tour = Tour(launcher.window, plan, Path(out_path))
        QTimer.singleShot(0, tour.begin)

    app_module.Launcher.start = start
    return app_module.main(["--data-dir", plan["data_dir"], "--lang", "en"])


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
