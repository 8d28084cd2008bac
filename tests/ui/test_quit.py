"""Quitting never crashes the interpreter.

PySide6 6.12.0 drops a reference to ``True``/``False`` each time a signal with a ``bool``
argument reaches a Python slot (and to ``None`` on ``sendPostedEvents``), so after a working
day the interpreter died at exit with "Fatal Python error: bool_dealloc". The pinned version
does not; these tests catch a binding that does, and quit the real app many times.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication

from collabdesk.domain import ClientInput
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace

PASS = "correct horse battery staple"


class _Emitter(QObject):
    flag = Signal(bool)


def test_signals_and_event_delivery_keep_their_references(qapp: QApplication) -> None:
    emitter = _Emitter()
    emitter.flag.connect(lambda _value: None)
    before = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    for _ in range(300):
        emitter.flag.emit(True)
        emitter.flag.emit(False)
        QCoreApplication.sendPostedEvents(emitter)
    after = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    assert all(a >= b - 5 for a, b in zip(after, before, strict=True)), (before, after)


_DRIVER = textwrap.dedent("""
    import faulthandler, os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    faulthandler.dump_traceback_later(90, exit=True)  # a hang shows where it hangs
    from PySide6.QtCore import QTimer
    from collabdesk.ui import app as app_module

    real_start = app_module.Launcher.start

    def start(self):
        real_start(self)
        window = self.window

        def work():
            for key in window.allowed_sections():
                window.show_section(key)
            page = window.show_section("clients")
            for text in ("L", "Le", "Len", "Lena"):
                page.search(text)
            QTimer.singleShot(300, window.close)

        def sign_in():
            window.sign_in.set_username("admin")
            window.sign_in.passphrase_edit.setText(sys.argv[2])
            window.sig_session_started.connect(lambda: QTimer.singleShot(50, work))
            window.sign_in.sign_in_button.click()

        QTimer.singleShot(50, sign_in)

    app_module.Launcher.start = start
    sys.exit(app_module.main(["--data-dir", sys.argv[1]]))
""")


def test_the_app_quits_cleanly_after_a_signed_in_session_many_times(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path / "agency")
    session, _code = workspace.create("Riverside", "admin", PASS, kdf=KdfParams.FLOOR)
    session.clients.intake(ClientInput("Lena", "Okafor"), confirmed_new=True)
    session.close()
    driver = tmp_path / "driver.py"
    driver.write_text(_DRIVER, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    outcomes: list[Any] = []
    for _ in range(5):
        done = subprocess.run([sys.executable, str(driver), str(workspace.data_dir), PASS],
                              capture_output=True, text=True, timeout=120, env=env,
                              stdin=subprocess.DEVNULL)
        outcomes.append((done.returncode, "Fatal Python error" in done.stderr))
        assert outcomes[-1] == (0, False), done.stderr[-4000:]
    assert len(outcomes) == 5
