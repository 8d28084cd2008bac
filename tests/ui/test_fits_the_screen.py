"""Everything fits a 1366×768 clinic laptop, in English, Spanish and French.

The main window (with its status bar) and every dialog must fit the screen less a taskbar,
with every control at least as large as it asks to be: a layout can only squeeze a label or a
button below its own minimum when the window itself is too small, so a window whose minimum
size fits the screen shows every text whole and every button on screen.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QWidget,
)

from collabdesk.ui import i18n
from collabdesk.ui.theme import apply_theme, reset_theme
from tests.waits import WAIT_MS

from .conftest import SignedIn

SCREEN = (1366, 768 - 40)  # less a taskbar


def _clipped(top: QWidget) -> list[str]:
    """Visible labels and buttons shown smaller than their text needs."""
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or not isinstance(widget, QLabel | QAbstractButton):
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue
        need = widget.minimumSizeHint()
        if widget.width() < need.width() - 1 or widget.height() < need.height() - 1:
            found.append(f"{type(widget).__name__} {widget.text()!r}: {widget.width()}×"
                         f"{widget.height()} < {need.width()}×{need.height()}")
    return found


def _fits(top: QWidget, what: str) -> list[str]:
    need = top.minimumSizeHint()
    problems = []
    if need.width() > SCREEN[0] or need.height() > SCREEN[1]:
        problems.append(f"{what} needs {need.width()}×{need.height()}")
    top.resize(min(max(top.sizeHint().width(), need.width()), SCREEN[0]),
               min(max(top.sizeHint().height(), need.height()), SCREEN[1]))
    QApplication.processEvents()
    problems += [f"{what}: {p}" for p in _clipped(top)]
    return problems


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_every_page_and_dialog_fits_1366_by_768(
        qtbot: Any, signed_in: SignedIn, english: None, language: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install_language(app, language)
    # The app's own look (Fusion and its stylesheet), as a person sees it: sizes differ.
    apply_theme(app, "light")
    try:
        _every_page_and_dialog(qtbot, signed_in, language)
    finally:
        reset_theme(app)


def _every_page_and_dialog(qtbot: Any, signed_in: SignedIn, language: str) -> None:
    window = signed_in.window
    qtbot.waitUntil(lambda: not window._retranslate_timer.isActive(), timeout=WAIT_MS)
    window.resize(*SCREEN)
    problems: list[str] = []
    for key in window.allowed_sections():
        if key == "case":
            window.open_case(signed_in.case_id)
        else:
            window.show_section(key)
        signed_in.settle(qtbot)
        problems += _fits(window, f"[{language}] main window on {key}")
    for make in signed_in.dialogs():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        signed_in.settle(qtbot)
        problems += _fits(dialog, f"[{language}] {type(dialog).__name__}")
        dialog.reject()
    assert not problems, "\n".join(problems)
