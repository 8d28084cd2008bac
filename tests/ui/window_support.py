"""Helpers for tests that drive the whole main window over a copy of one agency's store.

The agency (admin ``admin`` and worker ``maria``) comes from the ``template``, ``workspace``
and ``window`` fixtures in ``tests/ui/conftest.py``; these are the passphrases and the steps
those tests share, and input delivered the way the window system delivers it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from collabdesk.ui.main_window import MainWindow
from collabdesk.ui.pages.admin import AdminPage
from tests.waits import WAIT_MS

ADMIN_PASS = "correct horse battery staple"
WORKER_PASS = "river stone lamp orchard"


def sign_in(qtbot: Any, window: MainWindow, username: str, passphrase: str) -> None:
    window.sign_in.reload_users()
    window.sign_in.set_username(username)
    window.sign_in.passphrase_edit.setText(passphrase)
    with qtbot.waitSignal(window.sig_session_started, timeout=WAIT_MS):
        qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)


def admin_page(qtbot: Any, window: MainWindow) -> AdminPage:
    sign_in(qtbot, window, "admin", ADMIN_PASS)
    page = window.show_section("admin", refresh=False)
    assert isinstance(page, AdminPage)
    with qtbot.waitSignal(page.sig_loaded, timeout=WAIT_MS):
        page.refresh()
    return page


def wheel_over(widget: QWidget, steps: int = -3) -> None:
    """Turn the mouse wheel with the pointer over ``widget``'s centre: the event goes to its
    top-level window, as the window system's would, and Qt finds the widget under it."""
    root = widget.window()
    handle = root.windowHandle()
    assert handle is not None, "the widget's window must have been shown"
    centre = widget.rect().center()
    event = QWheelEvent(QPointF(widget.mapTo(root, centre)), QPointF(widget.mapToGlobal(centre)),
                        QPoint(0, 0), QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(handle, event)
