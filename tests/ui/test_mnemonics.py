"""Alt+letters on the case page: no two of the controls it always shows — its tabs, the case's
and the profile's actions, the window's menus — answer the same letter, in any of the app's
languages. (Two that share one make Alt+letter only move the focus between them, so neither
acts.) The profile's field captions give theirs up on this page.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

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


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_the_case_pages_own_alt_letters_are_each_one_controls(
        qtbot: Any, env: Env, qapp: QApplication, english: None, language: str) -> None:
    i18n.install_language(qapp, language)
    _client, case_id = make_case(env.session)
    page = open_case_page(qtbot, env, case_id)
    shown = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    shown += [b.text() for b in (page.save_title_button, page.status_button, page.assign_button,
                                 page.save_profile_button, page.discard_button)]
    shown += [QCoreApplication.translate("MainWindow", menu) for menu in MENUS]
    letters: dict[str, list[str]] = {}
    for text in shown:
        letter = mnemonic(text)
        assert letter is not None, text  # each of them answers one
        letters.setdefault(letter, []).append(text)
    assert {k: v for k, v in letters.items() if len(v) > 1} == {}
