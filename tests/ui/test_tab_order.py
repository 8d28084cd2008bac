"""Tab follows the reading order — left to right, top to bottom — on every page and dialog.

For a worker, a supervisor and an admin, each page (each tab of it) and each dialog the
person may open is walked with real Tab key presses from its first control in reading
order. The walk fails when focus moves backwards in reading order (up in the same column,
or left on the same line; wrapping from the last control to the first is allowed), when
Tab gets stuck in a control, or when a visible, enabled control that takes Tab is never
reached.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QDateTimeEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from collabdesk.ui.main_window import MainWindow
from collabdesk.ui.tasks import TaskRunner
from collabdesk.ui.wizard import PAGE_PASSPHRASE, FirstRunWizard
from collabdesk.workspace import Workspace
from tests.waits import WAIT_MS

from .conftest import SignedIn

MAX_STEPS = 400
SLACK = 4  # px: neighbours in a row are not always aligned to the pixel
STAY = 12  # Tab presses a date field or a text may keep, between its sections or links


def _focusable(top: QWidget) -> list[QWidget]:
    """The controls of ``top`` a person can reach with Tab, as they are shown now."""
    found = []
    for widget in top.findChildren(QWidget):
        if (widget.window() is top and widget.isVisibleTo(top) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None and widget.width() > 0):
            found.append(widget)
    return found


def _rect(top: QWidget, widget: QWidget) -> QRect:
    """Where ``widget`` is read: a control inside a scrolling area (a long form) is read
    where that area is on screen, after what is above it and before what is below it, in
    its own order within the area (see :func:`_backwards`)."""
    area = _scroll_area(top, widget)
    if area is not None:
        return QRect(area.mapTo(top, area.rect().topLeft()), area.size())
    return QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())


def _scroll_area(top: QWidget, widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(
                parent, QAbstractItemView | QTextEdit | QPlainTextEdit):
            return parent
        parent = parent.parentWidget()
    return None


def _inner(top: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())


def _backwards(a: QRect, b: QRect) -> bool:
    """Whether ``b`` comes before ``a`` in reading order: above it in the same column (or
    an earlier one), or left of it on the same line."""
    above = b.bottom() <= a.top() + SLACK and b.left() < a.right() - SLACK
    same_line = b.top() < a.bottom() - SLACK and b.bottom() > a.top() + SLACK
    left = b.right() <= a.left() + SLACK
    return above or (same_line and left)


def _name(widget: QWidget) -> str:
    text = widget.accessibleName() or getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {text!r}"


def _radio_sibling_reached(widget: QWidget, reached: list[QWidget]) -> bool:
    """Tab stops at the chosen one of a group of radio buttons; arrows move within it."""
    if not isinstance(widget, QRadioButton) or not widget.autoExclusive():
        return False
    return any(isinstance(r, QRadioButton) and r.parentWidget() is widget.parentWidget()
               for r in reached)


def _focus_target(widget: QWidget) -> QWidget:
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def walk(qtbot: Any, top: QWidget, what: str) -> list[str]:
    """Press Tab through ``top`` from its first control; what is wrong with the order."""
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top, timeout=WAIT_MS)
    controls = _focusable(top)
    if not controls:
        return []
    rects = {w: _rect(top, w) for w in controls}  # before anything scrolls
    inner = {w: _inner(top, w) for w in controls}
    first = min(controls, key=lambda w: (rects[w].top(), rects[w].left(), inner[w].top(),
                                         inner[w].left()))
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is _focus_target(first),
                    timeout=WAIT_MS)

    def owner(widget: QWidget | None) -> QWidget | None:
        """The control in ``controls`` that ``widget`` (the focus widget) belongs to."""
        while widget is not None and widget not in rects:
            widget = widget.parentWidget() if widget is not top else None
        return widget

    problems: list[str] = []
    reached = [first]
    current = first
    for _ in range(MAX_STEPS):
        focus = QApplication.focusWidget()
        assert focus is not None, f"{what}: nothing has the focus"
        # A date field takes Tab from day to month to year first, and a text with links
        # from link to link, as Qt's always do; both let go after their last.
        for _press in range(STAY):
            QTest.keyClick(focus, Qt.Key.Key_Tab)
            after = QApplication.focusWidget()
            if after is not focus or not isinstance(current, QDateTimeEdit | QTextBrowser):
                break
        nxt = owner(after)
        if after is focus:
            problems.append(f"{what}: Tab is stuck in {_name(current)}")
            break
        if nxt is None:
            problems.append(f"{what}: Tab left for {_name(after) if after else 'nothing'}, "
                            f"outside the controls")
            break
        if nxt is first:
            break
        if nxt in reached:
            problems.append(f"{what}: Tab went round without coming back to the first "
                            f"control, at {_name(nxt)}")
            break
        same_area = (_scroll_area(top, current) is not None
                     and _scroll_area(top, current) is _scroll_area(top, nxt))
        if (_backwards(inner[current], inner[nxt]) if same_area
                else _backwards(rects[current], rects[nxt])):
            problems.append(f"{what}: Tab goes back from {_name(current)} at "
                            f"{rects[current].topLeft().toTuple()} to {_name(nxt)} at "
                            f"{rects[nxt].topLeft().toTuple()}")
        reached.append(nxt)
        current = nxt
    never = [w for w in controls if w not in reached and not _radio_sibling_reached(w, reached)]
    problems += [f"{what}: Tab never reaches {_name(w)}" for w in never]
    return problems


def _walk_page(qtbot: Any, env: SignedIn, key: str) -> list[str]:
    window = env.window
    page = window.current_page()
    assert page is not None, key
    problems = walk(qtbot, window, f"{env.username} on {key}")
    for tabs in [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(page)]:
        first = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != first and tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                env.settle(qtbot)
                name = tabs.tabText(index).replace("&", "")
                problems += walk(qtbot, window, f"{env.username} on {key}, tab {name!r}")
        tabs.setCurrentIndex(first)
    return problems


@pytest.mark.parametrize("role", ["worker", "supervisor", "admin"])
def test_tab_follows_the_reading_order_on_every_page_and_dialog(
        qtbot: Any, signed_in_as: Callable[[str], SignedIn], role: str) -> None:
    env = signed_in_as(role)
    window = env.window
    window.resize(1366, 728)
    problems: list[str] = []
    for key in window.allowed_sections():
        if key == "case":
            window.open_case(env.case_id)
        else:
            window.show_section(key)
        env.settle(qtbot)
        problems += _walk_page(qtbot, env, key)
    makers = [*env.allowed_dialogs(), ("help", window.show_help), ("about", window.show_about)]
    for name, make in makers:
        dialog = make()
        if not dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
            qtbot.addWidget(dialog)
        dialog.show()
        env.settle(qtbot)
        problems += walk(qtbot, dialog, f"{env.username}, {name} dialog")
        dialog.reject()
    assert not problems, "\n".join(problems)


def test_tab_follows_the_reading_order_before_signing_in(
        qtbot: Any, window: MainWindow, task_runner: TaskRunner, tmp_path: Path) -> None:
    """The sign-in screen, and each step of the first-run wizard a new agency goes through."""
    window.resize(1366, 728)
    window.sign_in.reload_users()
    problems = walk(qtbot, window, "sign-in screen")
    wizard = FirstRunWizard(Workspace(tmp_path / "new"), task_runner)
    qtbot.addWidget(wizard)
    wizard.show()
    problems += walk(qtbot, wizard, "wizard, agency")
    QTest.keyClicks(wizard.agency_page.agency_edit, "Riverside Family Services")
    wizard.next()
    problems += walk(qtbot, wizard, "wizard, administrator")
    QTest.keyClicks(wizard.admin_page.username_edit, "ada")
    wizard.next()
    assert wizard.currentId() == PAGE_PASSPHRASE
    problems += walk(qtbot, wizard, "wizard, passphrase")
    wizard.reject()
    assert not problems, "\n".join(problems)


def test_the_walk_finds_a_backward_jump(qtbot: Any) -> None:
    """The walker itself: a form whose second field is placed above the first fails."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    fields = [QLineEdit(top) for _ in range(3)]
    for name, field in zip(("one", "two", "three"), fields, strict=True):
        field.setAccessibleName(name)
        layout.addWidget(field)
    top.setTabOrder(fields[0], fields[2])  # one → three → two: back up a line
    top.setTabOrder(fields[2], fields[1])
    top.show()
    problems = walk(qtbot, top, "form")
    assert problems == [
        "form: Tab goes back from QLineEdit 'three' at "
        f"{fields[2].pos().toTuple()} to QLineEdit 'two' at {fields[1].pos().toTuple()}"]
