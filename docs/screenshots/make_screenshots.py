"""Make the README's screenshots from the real app on the demo agency.

Builds the demo store (``collabdesk.demo.build_demo``) in a temporary folder, opens the
real :class:`~collabdesk.ui.main_window.MainWindow` on Qt's offscreen platform, signs in
as the demo users and saves PNGs of the main screens next to this script::

    .venv/bin/python docs/screenshots/make_screenshots.py [--out DIR] [--lang es]

Nothing is typed into a real display and no network is used. Dialogs are shown (not
exec'd) and pasted over the window so a picture shows the screen they belong to.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QSplitter, QTableView, QWidget

OUT = Path(__file__).resolve().parent
SIZE = (1366, 728)  # a 1366×768 clinic laptop, less its taskbar
MAX_COLUMN = 280  # px: a long text column should not push the others off screen


class Shooter:
    def __init__(self, out: Path, lang: str) -> None:
        from collabdesk.ui.i18n import install_language
        from collabdesk.ui.main_window import MainWindow
        from collabdesk.ui.tasks import TaskRunner
        from collabdesk.ui.theme import apply_theme

        existing = QApplication.instance()
        self.app = existing if isinstance(existing, QApplication) else QApplication(
            sys.argv[:1])
        self.app.setApplicationName("CollabDesk")
        install_language(self.app, lang)
        apply_theme(self.app)
        self.out = out
        self.tmp = tempfile.TemporaryDirectory(prefix="collabdesk-shots-")
        self.data_dir = Path(self.tmp.name) / "demo"
        from collabdesk.demo import build_demo
        from collabdesk.workspace import Workspace

        print("building the demo agency…", flush=True)
        self.info = build_demo(self.data_dir)
        self.workspace = Workspace(self.data_dir)
        self.runner = TaskRunner()
        self.window = MainWindow(self.workspace, self.runner, idle_lock_ms=0,
                                 follow_language_setting=False)
        self.window.resize(*SIZE)
        self.window.show()
        self.written: list[Path] = []

    # -- helpers ------------------------------------------------------------------------------

    def settle(self, rounds: int = 6) -> None:
        """Let queued work finish and the widgets repaint."""
        for _ in range(rounds):
            self.runner.wait_idle(30_000)
            self.app.processEvents()

    def wait_for(self, condition: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + 30
        while not condition():
            if time.monotonic() > deadline:
                raise RuntimeError(f"timed out waiting for {what}")
            self.runner.wait_idle(1_000)
            self.app.processEvents()
        self.settle()

    def save(self, name: str, pixmap: QPixmap) -> None:
        path = self.out / f"{name}.png"
        if not pixmap.save(str(path), "PNG"):
            raise RuntimeError(f"could not write {path}")
        self.written.append(path)
        print(path, flush=True)

    def tidy(self, select_first: bool = False, split: float | None = None) -> None:
        """What a person does before looking: widen columns to their text, give a squeezed
        detail panel room, and (optionally) pick the first row so details show."""
        page = self.window.current_page()
        if page is None:
            return
        self.settle()
        for view in page.findChildren(QTableView):
            if not view.isVisible() or view.model() is None:
                continue
            view.resizeColumnsToContents()
            for column in range(view.model().columnCount()):
                view.setColumnWidth(column, min(view.columnWidth(column), MAX_COLUMN))
            view.resizeRowsToContents()
            selection = view.selectionModel()
            if select_first and view.model().rowCount() and not selection.hasSelection():
                view.selectRow(0)
        for splitter in page.findChildren(QSplitter):
            sizes = splitter.sizes()
            if (splitter.orientation() == Qt.Orientation.Horizontal and len(sizes) == 2
                    and (split is not None or min(sizes) < 250)):
                total = sum(sizes)
                first = int(total * (split or 0.6))
                splitter.setSizes([first, total - first])
        self.settle()

    def shot(self, name: str, dialog: QWidget | None = None) -> None:
        self.settle()
        picture = self.window.grab()
        if dialog is not None:
            # Dim the window and paste the dialog in the middle, as a person would see it.
            front = dialog.grab()
            painter = QPainter(picture)
            painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))
            x = max(0, (picture.width() - front.width()) // 2)
            y = max(0, (picture.height() - front.height()) // 2)
            painter.drawPixmap(QPoint(x, y), front)
            painter.end()
        self.save(name, picture)

    def sign_in(self, username: str) -> None:
        window = self.window
        if window.is_signed_in():
            window.lock()
            self.settle()
        window.sign_in.reload_users()
        self.settle()
        window.sign_in.set_username(username)
        window.sign_in.passphrase_edit.setText(self.info.passphrase(username))
        window.sign_in.sign_in_button.click()
        self.wait_for(lambda: window.is_signed_in() and not window._starting,
                      f"{username} to sign in")

    # -- the screens --------------------------------------------------------------------------

    def run(self) -> list[Path]:
        from collabdesk.ui.app import demo_hint
        from collabdesk.ui.dialogs.intake import IntakeDialog
        from collabdesk.ui.dialogs.referral import ReferralDialog

        window = self.window
        admin, hint = demo_hint()
        window.sign_in.reload_users()
        window.sign_in.set_username("maria")
        window.sign_in.set_hint(hint)
        self.shot("sign-in")

        self.sign_in("maria")
        context = window.context
        assert context is not None
        session = context.session
        window.show_section("caseload")
        self.tidy()
        self.shot("caseload")

        # Client search, then a new intake for someone who is already registered.
        clients = window.show_section("clients")
        row = session.store.query(
            "SELECT c.given_name, c.family_name FROM clients c JOIN cases k ON "
            "k.client_id = c.id WHERE k.assigned_to = ? ORDER BY c.family_name LIMIT 1",
            (session.user.id,))[0]
        given, family = str(row[0]), str(row[1])
        box = getattr(clients, "search_box", None)
        if box is not None:
            box.setText(family)
        self.settle()
        time.sleep(0.2)  # the search box's debounce timer (a script, not a test)
        self.settle()
        intake = IntakeDialog(context, window)
        intake.client_form.given_name.setText(given)
        intake.client_form.family_name.setText(family[:-1] if len(family) > 4 else family)
        intake.check_duplicates()
        intake.show()
        intake.resize(640, 700)
        self.wait_for(lambda: intake.duplicates_box.isVisible(), "the duplicate warning")
        self.shot("intake-duplicate-warning", intake)
        intake.reject()
        intake.deleteLater()

        # The case workspace of one of Maria's cases that has referrals.
        case_row = session.store.query(
            "SELECT k.id FROM cases k JOIN referrals r ON r.case_id = k.id WHERE "
            "k.assigned_to = ? AND k.status = 'open' GROUP BY k.id ORDER BY count(*) DESC "
            "LIMIT 1", (session.user.id,)) or session.store.query(
            "SELECT case_id FROM referrals WHERE case_id IS NOT NULL LIMIT 1")
        case_id = str(case_row[0][0])
        window.open_case(case_id)
        self.settle()
        case_page = window.current_page()
        tabs = getattr(case_page, "tabs", None)
        self.tidy()
        self.shot("case")
        if tabs is not None:
            referrals = getattr(case_page, "referrals", None)  # the Referrals tab's panel
            if referrals is not None:
                tabs.setCurrentIndex(tabs.indexOf(referrals))
            self.tidy()
            self.shot("case-referrals")
            tabs.setCurrentIndex(0)
        self.forms_shots(context, window)

        dialog = ReferralDialog(context, case_id, window)
        dialog.show()
        dialog.resize(900, min(dialog.height(), SIZE[1] - 20))
        self.wait_for(lambda: dialog.services_view.model().rowCount() > 0, "partner services")
        dialog.services_view.selectRow(0)
        dialog.schedule_check()
        self.wait_for(lambda: dialog._checked_generation == dialog._check_generation,
                      "the consent check")
        self.shot("referral-consent-check", dialog)
        dialog.reject()
        dialog.deleteLater()

        window.show_section("referrals")
        self.tidy(select_first=True, split=0.72)
        self.shot("referrals-inbox")
        window.show_section("tasks")
        self.shot("tasks")
        window.show_section("directory")
        self.tidy(select_first=True)
        self.shot("partner-directory")

        self.sign_in(admin)
        window.show_section("conflicts")
        self.tidy(select_first=True)
        self.shot("conflicts")
        window.show_section("admin")
        self.shot("admin")
        if window.show_section("network") is not None:
            self.shot("network")
        return self.written

    def forms_shots(self, context: Any, window: Any) -> None:
        """A case with PHQ-9 assessments over time (its Assessments tab), and a PHQ-9 being
        filled in, half answered."""
        import random

        from collabdesk.forms.demo_forms import phq9_answers
        from collabdesk.ui.forms.dialogs import FillDialog

        session = context.session
        found = session.store.query(
            "SELECT case_id, form_id FROM form_responses WHERE form_url LIKE '%phq%' AND "
            "case_id IS NOT NULL GROUP BY case_id ORDER BY count(*) DESC LIMIT 1")
        if not found:
            return
        case_id, form_id = str(found[0][0]), str(found[0][1])
        window.open_case(case_id)
        self.settle()
        case_page = window.current_page()
        panel = getattr(case_page, "forms_panel", None)
        if panel is None:
            return
        case_page.tabs.setCurrentWidget(panel)
        self.wait_for(lambda: panel.data is not None, "the case's forms")
        self.tidy(select_first=True)
        self.shot("case-assessments")
        case_page.tabs.setCurrentIndex(0)
        form = session.forms.form(form_id)
        answers = dict(list(phq9_answers(12, random.Random(5)).items())[:6])
        dialog = FillDialog(context, form_id, form, case_id=case_id, answers=answers,
                            parent=window)
        dialog.show()
        dialog.resize(900, SIZE[1] - 40)
        self.settle()
        self.shot("form-fill", dialog)
        dialog.done(0)
        dialog.deleteLater()

    def close(self) -> None:
        self.window.shutdown()
        self.runner.shutdown()
        self.tmp.cleanup()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the PNG files")
    parser.add_argument("--lang", default="en", help="interface language (default: en)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    shooter = Shooter(args.out, args.lang)
    try:
        shooter.run()
    finally:
        shooter.close()
    QCoreApplication.processEvents()
    # PySide6 can crash while the interpreter tears down its last widgets; everything is
    # written and closed by now, so leave without that teardown.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
