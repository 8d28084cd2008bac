"""The case page's Notes tab over a real encrypted store: a sensitive note added with Ctrl+Enter
(off the GUI thread), a note the service refuses, adding while another case loads, the note
being written as one of the page's unsaved edits (saved, discarded, kept as a draft and shown
again), the keyboard, and the tab in Spanish.

Plain adding and the count of hidden sensitive notes are in ``tests/ui/test_pages_case.py``;
a lock keeping the note as a draft, through the main window, in ``tests/ui/test_daily_use.py``.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from collabdesk.errors import ValidationError
from collabdesk.ui.pages.case import CasePage
from tests.ui.pages_support import Env, make_case, open_case_page, two_cases_the_next_held
from tests.waits import WAIT_MS


def _open(qtbot: Any, env: Env, case_id: str) -> CasePage:
    return open_case_page(qtbot, env, case_id, 'notes')


def _stored(env: Env, case_id: str) -> list[tuple[str, bool]]:
    return [(n.body, n.sensitive) for n in env.session.cases.detail(case_id).notes]


def test_ctrl_enter_adds_a_sensitive_note_off_the_gui_thread(
        qtbot: Any, env: Env) -> None:
    _client, case_id = make_case(env.session)
    page = _open(qtbot, env, case_id)
    panel = page.notes
    page.show()
    page.activateWindow()
    panel.edit.setPlainText("Disclosed violence at home")
    panel.sensitive_check.setChecked(True)
    panel.edit.setFocus()
    qtbot.waitUntil(panel.edit.hasFocus, timeout=WAIT_MS)
    env.session.store.forbid_thread(threading.get_ident())
    try:
        with qtbot.waitSignal(panel.sig_added, timeout=WAIT_MS):
            qtbot.keyClick(panel.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
        assert env.runner.wait_idle(WAIT_MS)
    finally:
        env.session.store.forbid_thread(None)
    assert "[Sensitive] Disclosed violence at home" in panel.model.index(0, 0).data()
    # Ready for the next note: empty, not sensitive, the button back.
    assert panel.edit.toPlainText() == "" and not panel.sensitive_check.isChecked()
    assert panel.add_button.isEnabled() and not panel.validator.errors()
    assert _stored(env, case_id) == [("Disclosed violence at home", True)]


def test_a_note_the_service_refuses_says_why_by_the_field_and_is_kept(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    _client, case_id = make_case(env.session)
    page = _open(qtbot, env, case_id)
    panel = page.notes

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise ValidationError("case.note-empty", {"body": "field.required"})

    monkeypatch.setattr(env.session.cases, "add_note", refuse)
    panel.edit.setPlainText("Called the landlord")
    reloads: list[bool] = []
    panel.sig_added.connect(lambda: reloads.append(True))
    with qtbot.waitSignal(panel.sig_failed, timeout=WAIT_MS) as failed:
        panel.add_button.click()
    assert isinstance(failed.args[0], ValidationError)
    assert "body" in panel.validator.errors()
    assert page.banner.isVisibleTo(page) and page.banner.text()
    assert panel.edit.toPlainText() == "Called the landlord" and panel.add_button.isEnabled()
    assert reloads == []


def test_adding_waits_for_a_case_being_opened(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, second, release = two_cases_the_next_held(qtbot, monkeypatch, env, "notes")
    page.open_case(second)
    page.notes.edit.setPlainText("Meant for Lena")
    page.notes.add_note()  # the first case's note must not land anywhere meanwhile
    assert page.notes.add_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT_MS)
    assert env.runner.wait_idle(WAIT_MS)
    assert _stored(env, first) == [] and _stored(env, second) == []
    assert page.notes.edit.toPlainText() == "Meant for Lena"


def test_the_note_being_written_is_an_unsaved_edit_saved_discarded_or_kept(
        qtbot: Any, env: Env) -> None:
    _client, case_id = make_case(env.session)
    page = _open(qtbot, env, case_id)
    panel = page.notes
    assert page.unsaved_changes() == [] and page.draft() is None
    panel.edit.setPlainText("   ")
    assert page.unsaved_changes() == []  # blank is not a note

    # Kept as a draft (as a lock does) and shown again, sensitive, on the case reopened.
    panel.edit.setPlainText("Half a sentence")
    panel.sensitive_check.setChecked(True)
    assert page.unsaved_changes() == ["the note being written"]
    draft = page.draft()
    assert draft is not None
    key, state = draft
    assert (state["note"], state["sensitive"]) == ("Half a sentence", True)
    env.session.drafts.keep(key, state)
    again = _open(qtbot, env, case_id)
    assert again.notes.edit.toPlainText() == "Half a sentence"
    assert again.notes.sensitive_check.isChecked()
    assert "the note being written" in again.banner.text()

    # Discarded: gone, nothing stored.
    again.discard_unsaved()
    assert again.notes.edit.toPlainText() == "" and again.unsaved_changes() == []

    # Saved (the page's "Save" when leaving): added as written.
    with qtbot.waitSignal(panel.sig_added, timeout=WAIT_MS):
        page.save_unsaved()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
    assert _stored(env, case_id) == [("Half a sentence", True)]
    assert page.unsaved_changes() == []


def test_the_keyboard_alone_writes_and_adds_a_note(qtbot: Any, env: Env) -> None:
    _client, case_id = make_case(env.session)
    page = _open(qtbot, env, case_id)
    panel = page.notes
    page.show()
    page.activateWindow()
    panel.edit.setFocus()
    qtbot.waitUntil(panel.edit.hasFocus, timeout=WAIT_MS)
    qtbot.keyClicks(panel.edit, "Left a voicemail")
    # Tab leaves the note (it does not type a tab): the Sensitive box, then Add note.
    qtbot.keyClick(panel.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(panel.sensitive_check.hasFocus, timeout=WAIT_MS)
    assert panel.edit.toPlainText() == "Left a voicemail"
    qtbot.keyClick(panel.sensitive_check, Qt.Key.Key_Tab)
    qtbot.waitUntil(panel.add_button.hasFocus, timeout=WAIT_MS)
    with qtbot.waitSignal(panel.sig_added, timeout=WAIT_MS):
        qtbot.keyClick(panel.add_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
    assert _stored(env, case_id) == [("Left a voicemail", False)]
    assert page.tabs.tabText(page.tabs.indexOf(panel)) == "N&otes"
    # Its letters are its own on the case page (tests/ui/test_mnemonics.py).
    assert panel.sensitive_check.text().startswith("Sens&itive")
    assert panel.add_button.text() == "&Add note"


def test_every_control_of_the_tab_has_a_name_and_reads_in_spanish(
        qtbot: Any, env: Env, qapp: QApplication, english: None) -> None:
    from collabdesk.ui import i18n

    _client, case_id = make_case(env.session)
    env.session.cases.add_note(case_id, "Secret", sensitive=True)
    env.session.cases.add_note(case_id, "Also secret", sensitive=True)
    i18n.install_language(qapp, "es")
    page = _open(qtbot, env, case_id)
    panel = page.notes
    assert page.tabs.tabText(page.tabs.indexOf(panel)) == "N&otas"
    assert panel.accessibleName() == "Notas"
    assert panel.view.accessibleName() == "Notas"
    assert panel.view.model().headerData(0, Qt.Orientation.Horizontal) == "Notas"
    assert panel.edit.accessibleName() == "Nueva nota"
    assert panel.sensitive_check.text() == (
        "Confidencial (solo la pueden leer &usted y los supervisores)")
    assert panel.add_button.text() == "A&ñadir nota"
    assert panel.add_button.accessibleName() == "Añadir nota"
    for control in (panel, panel.view, panel.hidden_label, panel.edit, panel.sensitive_check,
                    panel.add_button):
        assert control.accessibleName(), control
    panel.add_button.click()
    assert panel.validator.errors() == {"body": "Una nota no puede estar vacía."}
    # The admin reads sensitive notes; the count reads in Spanish for one who may not.
    panel.show_case(case_id, (), 2)
    assert panel.hidden_label.text() == "2 notas confidenciales ocultas"
