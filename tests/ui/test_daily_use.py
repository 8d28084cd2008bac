"""A working day on a clinic laptop: nothing changes by accident, nothing is ambiguous."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain import ClientInput, Referral
from collabdesk.services.syncstatus import RecordSyncState
from collabdesk.ui.dialogs.common import Dialogs
from collabdesk.ui.dialogs.intake import IntakeDialog
from collabdesk.ui.models import DataclassTableModel
from collabdesk.ui.pages.case import CasePage
from collabdesk.ui.pages.caseload import CaseloadPage
from collabdesk.ui.pages.clients import ClientsPage
from collabdesk.ui.pages.tasks import TasksPage
from collabdesk.ui.referral_state import is_new, referral_columns, state_text
from collabdesk.ui.widgets import wheel_guard
from tests.ui.window_support import wheel_over
from tests.waits import WAIT_MS

from .conftest import SignedIn


def test_the_wheel_scrolls_the_page_instead_of_changing_a_value_it_passes(qtbot: Any) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    wheel_guard.install(app)
    area = QScrollArea()
    qtbot.addWidget(area)
    inner = QWidget()
    box = QVBoxLayout(inner)
    name = QLineEdit(inner)  # the field the worker typed in last
    box.addWidget(name)
    gender = QComboBox(inner)
    gender.addItems(["Female", "Male", "Non-binary", "Unknown"])
    count = QSpinBox(inner)
    box.addWidget(gender)
    box.addWidget(count)
    box.addSpacing(3000)  # a long profile
    area.setWidget(inner)
    area.resize(300, 200)
    area.show()
    qtbot.waitExposed(area)
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)

    scroll = area.verticalScrollBar()
    for control in (gender, count):
        scroll.setValue(0)
        wheel_over(control, steps=-1)
        assert scroll.value() > 0  # the page scrolled instead
    assert gender.currentText() == "Female" and count.value() == 0
    assert name.hasFocus()  # and the wheel gave neither control the focus

    # A control the person chose (focused) answers the wheel as they expect.
    scroll.setValue(0)
    count.setFocus()
    qtbot.waitUntil(count.hasFocus)
    wheel_over(count, steps=1)
    assert count.value() == 1


def test_dates_read_the_same_in_every_country(qtbot: Any, english: None) -> None:
    import datetime as dt

    from PySide6.QtCore import QLocale

    from collabdesk.ui.dialogs.intake import ClientForm
    from collabdesk.ui.formats import fmt_date, fmt_iso_moment

    born = dt.date(1979, 10, 8)
    assert fmt_date(born) == "8 Oct 1979"
    form = ClientForm(dt.date(2026, 12, 4))
    qtbot.addWidget(form)
    qtbot.keyClicks(form.dob, "1979-10-08")
    assert form.dob_hint.text() == "Understood as 8 Oct 1979"
    assert fmt_iso_moment("2026-12-04T09:30:00Z").startswith(("4 Dec 2026", "3 Dec 2026",
                                                              "5 Dec 2026"))
    assert fmt_iso_moment("not a time") == ""
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        assert fmt_date(born) == "8 oct. 1979"
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
        assert fmt_date(born).endswith("1979") and "oct" in fmt_date(born)
    finally:
        QLocale.setDefault(previous)


def _open_case_with_edits(qtbot: Any, signed_in: SignedIn) -> CasePage:
    signed_in.window.open_case(signed_in.case_id)
    signed_in.settle(qtbot)
    page = signed_in.window.current_page()
    assert isinstance(page, CasePage) and page.detail is not None
    page.client_form.email.setText("lena@example.org")  # typed, not saved
    page.client_form.gender.setCurrentIndex(page.client_form.gender.findData("unknown"))
    return page


def test_profile_edits_survive_adding_a_note(qtbot: Any, signed_in: SignedIn) -> None:
    page = _open_case_with_edits(qtbot, signed_in)
    page.notes.edit.setPlainText("Called, no answer.")
    page.notes.add_note()
    qtbot.waitUntil(lambda: page.notes.edit.toPlainText() == "", timeout=WAIT_MS)
    signed_in.settle(qtbot)
    assert page.client_form.email.text() == "lena@example.org"
    assert page.unsaved_changes() == ["the client's profile"]


def test_leaving_a_page_with_unsaved_edits_asks_first(
        qtbot: Any, signed_in: SignedIn, monkeypatch: Any) -> None:
    window = signed_in.window
    page = _open_case_with_edits(qtbot, signed_in)
    answers = ["cancel", "save"]
    asked: list[list[str]] = []
    monkeypatch.setattr(Dialogs, "unsaved", classmethod(
        lambda cls, parent, what: (asked.append(what), answers.pop(0))[1]))

    assert window.show_section("tasks") is None  # Cancel: stay, edits kept
    assert window.current_page() is page and window.current_section() == "case"
    assert page.client_form.email.text() == "lena@example.org"

    assert window.show_section("tasks") is not None  # Save: saved, then gone
    signed_in.settle(qtbot)
    assert asked == [["the client's profile"]] * 2
    session = window.context.session if window.context else None
    assert session is not None
    stored = session.clients.get(signed_in.client_id, audit=False)
    assert stored.email == "lena@example.org" and stored.gender == "unknown"
    assert page.unsaved_changes() == []


def test_discarding_puts_the_stored_values_back(
        qtbot: Any, signed_in: SignedIn, monkeypatch: Any) -> None:
    page = _open_case_with_edits(qtbot, signed_in)
    monkeypatch.setattr(Dialogs, "unsaved", classmethod(lambda cls, parent, what: "discard"))
    assert signed_in.window.show_section("clients") is not None
    assert page.client_form.email.text() == "" and page.unsaved_changes() == []


def test_a_lock_keeps_unsaved_edits_as_a_draft_in_the_store(
        qtbot: Any, signed_in: SignedIn, monkeypatch: Any) -> None:
    window = signed_in.window
    page = _open_case_with_edits(qtbot, signed_in)
    page.notes.edit.setPlainText("Half a sentence")
    monkeypatch.setattr(Dialogs, "unsaved", classmethod(
        lambda cls, parent, what: pytest.fail("a lock must not ask")))
    with qtbot.waitSignal(window.sig_locked, timeout=WAIT_MS):
        window.lock()
    signed_in.settle(qtbot)

    signed_in.sign_in(qtbot)
    window.open_case(signed_in.case_id)
    signed_in.settle(qtbot)
    page = window.current_page()
    assert isinstance(page, CasePage)
    assert page.client_form.email.text() == "lena@example.org"
    assert page.notes.edit.toPlainText() == "Half a sentence"
    assert "kept" in page.banner.text()
    assert set(page.unsaved_changes()) == {"the client's profile", "the note being written"}
    # Nothing was saved behind the worker's back, and the draft is used once.
    session = window.context.session if window.context else None
    assert session is not None
    assert session.clients.get(signed_in.client_id, audit=False).email == ""
    assert session.drafts.take(f"case:{signed_in.case_id}") is None


def test_ticking_a_task_done_can_be_undone(qtbot: Any, signed_in: SignedIn) -> None:
    window = signed_in.window
    page = window.show_section("tasks")
    assert isinstance(page, TasksPage)
    page.show_view("mine")
    tasks = page.task_list.model()
    qtbot.waitUntil(lambda: tasks.rowCount() == 1, timeout=WAIT_MS)
    assert tasks.setData(tasks.index(0, 0), Qt.CheckState.Checked,
                         Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(page.undo_bar.is_offering, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tasks.rowCount() == 0, timeout=WAIT_MS)
    assert "Call back" in page.undo_bar.message.text() and page.undo_bar.isVisible()

    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tasks.rowCount() == 1, timeout=WAIT_MS)
    assert not page.undo_bar.isVisible() and not page.undo_bar.is_offering()
    session = window.context.session if window.context else None
    assert session is not None and not session.tasks.mine()[0].done


def _referral(direction: str, status: str, **extra: Any) -> Referral:
    base = dict(id="r1", direction=direction, case_id=None, client_id=None, partner_id=None,
                partner_name="Food Bank", service_id=None, service_name="Pantry",
                domain="food", reason="", urgency="routine", shared={}, consent_id=None,
                status=status, status_reason="", sent_at=None, due_at=None, updated_at=None)
    return Referral(**{**base, **extra})  # type: ignore[arg-type]


def test_sent_never_looks_like_delivered(qtbot: Any, english: None) -> None:
    out = _referral("outgoing", "sent")
    assert state_text(out, RecordSyncState("local")) == "Not sent yet — on this laptop"
    assert state_text(out, RecordSyncState("waiting")) == "Not sent yet — on this laptop"
    assert state_text(out, RecordSyncState("sent")) == "At the hub, not delivered yet"
    assert state_text(out, RecordSyncState("delivered")) == "Delivered, waiting for the partner"
    assert state_text(out, RecordSyncState("failed", "no such partner")) == \
        "Could not be delivered: no such partner"
    # Answered or ended referrals never read as waiting, whatever our delivery says.
    for status in ("accepted", "completed", "closed"):
        text = state_text(_referral("outgoing", status), RecordSyncState("waiting"))
        assert "wait" not in text.lower() and "not sent" not in text.lower()
    declined = _referral("outgoing", "declined", status_reason="not_eligible")
    assert state_text(declined, None).lower() == "declined: not eligible"
    late = _referral("outgoing", "sent", due_at=dt.date(2026, 1, 1))
    assert state_text(late, RecordSyncState("delivered"), dt.date(2026, 2, 1)).endswith(
        "(overdue)")

    new = _referral("incoming", "received", shared={"given_name": "Lena"})
    assert state_text(new, None) == "New — waiting for your answer" and is_new(new)
    model = DataclassTableModel(referral_columns({}, lambda: dt.date(2026, 2, 1)))
    model.set_rows([new, _referral("incoming", "accepted", id="r2")])
    font = model.data(model.index(0, 0), Qt.ItemDataRole.FontRole)
    assert font is not None and font.bold()
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole) is None
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:4] == ["State", "Due", "Client", "Worker"]


def test_lists_open_a_to_z_and_select_their_first_row_on_focus(
        qtbot: Any, signed_in: SignedIn) -> None:
    window = signed_in.window
    session = window.context.session if window.context else None
    assert session is not None
    for given in ("Zoe", "Adam", "Mia"):
        client = session.clients.intake(ClientInput(given, "Test"), confirmed_new=True)
        session.cases.open_case(client.id, f"Case of {given}")
    page = window.show_section("caseload")
    assert isinstance(page, CaseloadPage)
    page.status_filter.setCurrentIndex(page.status_filter.findText("All"))
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 4, timeout=WAIT_MS)
    names = [page.proxy.index(r, 0).data() for r in range(4)]
    assert names == sorted(names)  # A→Z, not Qt's Z→A
    assert not page.view.selectionModel().hasSelection()
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus, timeout=WAIT_MS)
    assert page.view.selectionModel().isRowSelected(0)
    # The footer counts only what the filter leaves on screen.
    page._filter("Zoe")
    assert page.proxy.rowCount() == 1 and page.count_label.text() == "1 case(s)"
    page._filter("nobody at all")
    assert "No case matches this filter" in page.count_label.text()


def test_a_search_with_no_result_says_so_and_offers_an_intake(
        qtbot: Any, signed_in: SignedIn, monkeypatch: Any) -> None:
    window = signed_in.window
    asked: list[object] = []
    monkeypatch.setattr(IntakeDialog, "ask", classmethod(
        lambda cls, parent, context: asked.append(parent)))
    page = window.show_section("clients")
    assert isinstance(page, ClientsPage)
    assert "Type a name" in page.results_hint.text()
    page.search("Xylophone Nobody")
    qtbot.waitUntil(lambda: "No client found" in page.results_hint.text(), timeout=WAIT_MS)
    assert "Xylophone Nobody" in page.results_hint.text()
    page.results_hint.linkActivated.emit("intake")
    assert len(asked) == 1
    # Ctrl+N has one owner: it opens the intake once, not zero times (ambiguous) or twice.
    qtbot.keyClick(page.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 2


def test_sync_now_without_a_hub_answers_where_the_person_looks(
        qtbot: Any, signed_in: SignedIn, monkeypatch: Any) -> None:
    said: list[str] = []
    monkeypatch.setattr(Dialogs, "info", classmethod(
        lambda cls, parent, title, text: said.append(text)))
    signed_in.window.sync_now()
    qtbot.waitUntil(lambda: bool(said), timeout=WAIT_MS)
    assert "not connected to a hub" in said[0]


def test_export_says_why_it_waits_and_file_pickers_remember_the_folder(
        qtbot: Any, signed_in: SignedIn, tmp_path: Any, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QFileDialog

    from collabdesk.ui.dialogs import files

    page = signed_in.window.show_section("reports")
    assert page is not None
    button = page.export_buttons["pdf"]  # type: ignore[attr-defined]
    assert not button.isEnabled() and "Preview first" in button.toolTip()
    assert "Preview" in page.status.text()  # type: ignore[attr-defined]

    opened_in: list[str] = []
    chosen = tmp_path / "exports" / "summary.pdf"
    chosen.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda parent, title, start, filters="": (opened_in.append(start), (str(chosen), ""))[1]))
    files.pick_save(None, "Export", "report", "a.pdf")
    files.pick_save(None, "Export", "report", "b.pdf")
    assert opened_in[1] == str(chosen.parent / "b.pdf")


def test_f1_shows_the_guide_of_the_page_on_screen(
        qtbot: Any, signed_in: SignedIn, english: None) -> None:
    from collabdesk.ui.help import GUIDES

    window = signed_in.window
    for key in window.allowed_sections():
        if key == "case":
            continue
        window.show_section(key)
        dialog = window.show_help()
        qtbot.addWidget(dialog)
        assert key in GUIDES, key
        text = dialog.text()
        assert "Keys on this page" in text and "Keys everywhere" in text
        dialog.close()
    assert window.help_action.shortcut().toString() == "F1"


def test_a_new_language_reaches_menus_and_open_pages_at_once(
        qtbot: Any, signed_in: SignedIn, english: None) -> None:
    from collabdesk.ui import i18n

    window = signed_in.window
    page = _open_case_with_edits(qtbot, signed_in)
    file_menu = window.menuBar().actions()[0].text()
    i18n.install_language(QApplication.instance(), "es")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() != file_menu,
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: isinstance(window.current_page(), CasePage)
                    and window.current_page() is not page, timeout=WAIT_MS)
    new_page = window.current_page()
    assert isinstance(new_page, CasePage)
    qtbot.waitUntil(lambda: new_page.client_form.email.text() == "lena@example.org",
                    timeout=WAIT_MS)
    assert new_page.save_profile_button.text() != "Save &profile"  # in Spanish now
    titles = [window.nav.item(r).text() for r in range(window.nav.count())]
    assert "Clients" not in titles


def test_the_sidebar_counts_what_waits(qtbot: Any, signed_in: SignedIn) -> None:
    window = signed_in.window

    def nav_text(key: str) -> str:
        item = window._nav_item(key)
        return item.text() if item is not None else ""

    window.refresh_status()
    qtbot.waitUntil(lambda: nav_text("tasks") == "Tasks (1)", timeout=WAIT_MS)
    assert nav_text("clients") == "Clients"  # nothing waits there: no count
    page = window.show_section("tasks")
    assert isinstance(page, TasksPage)
    tasks = page.task_list.model()
    qtbot.waitUntil(lambda: tasks.rowCount() == 1, timeout=WAIT_MS)
    assert tasks.setData(tasks.index(0, 0), Qt.CheckState.Checked,  # done: the count follows
                         Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: nav_text("tasks") == "Tasks", timeout=WAIT_MS)
