"""Alt+letters on the case page: no two of the controls it always shows — its tabs, the case's
and the profile's actions, the window's menus — answer the same letter, in any of the app's
languages, and each tab's own controls add letters of their own. (Two that share one make
Alt+letter only move the focus between them, so neither acts.) The profile's field captions
give theirs up on this page; a tab's control whose word has no letter left (English: Open,
Dismiss, the Form caption) has none and is reached with Tab, or Enter in its table.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar

from collabdesk.ui import i18n
from tests.ui.pages_support import Env, make_case, open_case_page

# The main window's menus, always beside the page (translated in the window's context).
MENUS = ("&File", "&Go", "&Help")


def mnemonic(text: str) -> str | None:
    """The letter ``text`` answers to with Alt (``&&`` is a literal ampersand)."""
    at = 0
    while at < len(text) - 1:
        if text[at] == "&":
            if text[at + 1] != "&":
                return text[at + 1].lower()
            at += 1
        at += 1
    return None


def shared_letters(texts: list[str]) -> dict[str, list[str]]:
    """The Alt+letters that two or more of ``texts`` answer, each with those texts."""
    letters: dict[str, list[str]] = {}
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            letters.setdefault(letter, []).append(text)
    return {k: v for k, v in letters.items() if len(v) > 1}


def _always_shown(page: Any) -> list[str]:
    shown = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    shown += [b.text() for b in (page.save_title_button, page.status_button, page.assign_button,
                                 page.save_profile_button, page.discard_button)]
    return shown + [QCoreApplication.translate("MainWindow", menu) for menu in MENUS]


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_the_case_pages_own_alt_letters_are_each_one_controls(
        qtbot: Any, env: Env, qapp: QApplication, english: None, language: str) -> None:
    i18n.install_language(qapp, language)
    _client, case_id = make_case(env.session)
    page = open_case_page(qtbot, env, case_id)
    always = _always_shown(page)
    assert [text for text in always if mnemonic(text) is None] == []  # each answers one
    assert shared_letters(always) == {}


def _tab_controls(qtbot: Any, page: Any, index: int) -> list[str]:
    """The texts with an Alt+letter that tab ``index`` shows when it is open."""
    page.tabs.setCurrentIndex(index)
    tab = page.tabs.widget(index)
    assert tab.isVisibleTo(page)
    texts = [w.text() for w in tab.findChildren(QAbstractButton)
             if w.isVisibleTo(page) and not isinstance(w, QTabBar)]
    texts += [w.text() for w in tab.findChildren(QLabel) if w.isVisibleTo(page) and w.buddy()]
    return [t for t in texts if mnemonic(t)]


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_each_tab_adds_letters_of_its_own(
        qtbot: Any, env: Env, qapp: QApplication, english: None, language: str) -> None:
    i18n.install_language(qapp, language)
    _client, case_id = make_case(env.session)
    page = open_case_page(qtbot, env, case_id)
    always = _always_shown(page)
    clashes = {}
    for index in range(page.tabs.count()):
        shared = shared_letters(always + _tab_controls(qtbot, page, index))
        if shared:
            clashes[page.tabs.tabText(index)] = shared
    assert clashes == {}, "\n" + "\n".join(f"{k}: {v}" for k, v in clashes.items())
