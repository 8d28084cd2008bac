"""The case page's Attachments tab over a real encrypted store: adding a file (read off the GUI
thread), listing it, saving a copy, opening it in the app's viewer, the files that cannot be
added, the keyboard, and the tab in Spanish.

The file dialogs are answered by replacing the ``FileDialogs`` classmethods; the viewer's
``exec`` is replaced so it shows nothing but is still built from the decrypted bytes.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from collabdesk.services import rbac
from collabdesk.services.cases import MAX_ATTACHMENT_BYTES
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.common import Dialogs
from collabdesk.ui.dialogs.files import AttachmentViewer, FileDialogs
from collabdesk.ui.pages import case_attachments
from collabdesk.ui.pages.case import CasePage
from tests.ui.pages_support import (
    WORKER_PASS,
    Env,
    make_case,
    open_case_page,
    sign_in_worker,
)
from tests.waits import WAIT_MS

# Not text, so a copy that was decoded or re-encoded on the way would differ.
LEASE = bytes(range(256)) * 40 + b"%PDF lease, signed"


def _open(qtbot: Any, env: Env, case_id: str) -> CasePage:
    return open_case_page(qtbot, env, case_id, 'attachments')


def _choose(monkeypatch: pytest.MonkeyPatch, name: str,
            answer: Callable[[], Path | None]) -> list[QWidget | None]:
    """Answer the FileDialogs classmethod ``name`` with ``answer()``; returns the parents it
    was asked with."""
    asked: list[QWidget | None] = []

    def dialog(_cls: type, parent: QWidget | None, *_args: Any) -> Path | None:
        asked.append(parent)
        return answer()

    monkeypatch.setattr(FileDialogs, name, classmethod(dialog))
    return asked


def _select_first(page: CasePage) -> None:
    view = page.attachments.view
    view.setFocus()
    view.selectRow(0)


def _no_desktop_open(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Nothing decrypted may be handed to another program: record any attempt."""
    handed: list[Any] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: handed.append(url) or True))
    return handed


def test_a_file_added_is_listed_and_a_saved_copy_has_its_bytes(
        qtbot: Any, env: Env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _client, case_id = make_case(env.session)
    page = _open(qtbot, env, case_id)
    panel = page.attachments
    source = tmp_path / "lease.pdf"
    source.write_bytes(LEASE)
    asked = _choose(monkeypatch, "open_attachment", lambda: source)
    read_on: list[int] = []
    read = case_attachments.read_for_attaching

    def reading(path: Path, *args: Any) -> Any:
        read_on.append(threading.get_ident())
        return read(path, *args)

    monkeypatch.setattr(case_attachments, "read_for_attaching", reading)
    # From here the store refuses the GUI thread: the panel must do its store work elsewhere.
    env.session.store.forbid_thread(threading.get_ident())
    try:
        with qtbot.waitSignal(panel.sig_added, timeout=WAIT_MS):
            qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        assert asked == [panel]
        assert read_on and read_on[0] != threading.get_ident()  # read off the GUI thread
        qtbot.waitUntil(lambda: panel.view.model().rowCount() == 1, timeout=WAIT_MS)
        model = panel.model
        assert model.index(0, model.column_index("filename")).data() == "lease.pdf"
        assert model.index(0, model.column_index("size")).data() == str(
            round(len(LEASE) / 1024))
        assert panel.add_button.isEnabled()
        assert not page.banner.isVisibleTo(page)

        target = tmp_path / "copies" / "lease copy.pdf"
        _choose(monkeypatch, "save_attachment", lambda: target)
        _select_first(page)
        with qtbot.waitSignal(env.context.sig_status_message, timeout=WAIT_MS,
                              check_params_cb=lambda text: "copy" in text) as said:
            qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
        assert said.args == [f"Saved a copy to {target}."]
        assert target.read_bytes() == LEASE
    finally:
        env.session.store.forbid_thread(None)
    stored = env.session.cases.detail(case_id).attachments
    assert [(a.filename, a.mime, a.size) for a in stored] == [
        ("lease.pdf", "application/pdf", len(LEASE))]
    assert env.session.cases.attachment_data(stored[0].id) == LEASE


def test_open_shows_the_file_in_the_apps_viewer_and_enter_opens_it_too(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    _client, case_id = make_case(env.session)
    env.session.cases.add_attachment(case_id, "visit.txt", "Visited on Monday — señora García"
                                     .encode(), "text/plain")
    page = _open(qtbot, env, case_id)
    panel = page.attachments
    handed = _no_desktop_open(monkeypatch)
    shown: list[tuple[str, str]] = []

    def exec_(viewer: AttachmentViewer) -> int:
        text = viewer.findChild(QPlainTextEdit)
        shown.append((viewer.windowTitle(), text.toPlainText() if text else ""))
        return 0

    monkeypatch.setattr(AttachmentViewer, "exec", exec_)
    _select_first(page)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=WAIT_MS)
    assert shown[0] == ("visit.txt", "Visited on Monday — señora García")

    # Enter on the selected row opens it as well.
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=WAIT_MS)
    assert shown[1] == shown[0]
    assert handed == []


def test_a_file_the_app_cannot_show_is_not_decrypted_and_says_to_save_a_copy(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    _client, case_id = make_case(env.session)
    env.session.cases.add_attachment(case_id, "lease.pdf", LEASE, "application/pdf")
    page = _open(qtbot, env, case_id)
    handed = _no_desktop_open(monkeypatch)
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(Dialogs, "info",
                        classmethod(lambda _cls, _parent, title, text: told.append((title, text))))
    monkeypatch.setattr(AttachmentViewer, "show_data", classmethod(
        lambda *_a: pytest.fail("a file the viewer cannot show was decrypted for it")))
    _select_first(page)
    qtbot.keyClick(page.attachments.view, Qt.Key.Key_Enter)
    assert len(told) == 1 and told[0][0] == "Open attachment"
    assert "Save a copy" in told[0][1]
    assert handed == []


def _gone(path: Path) -> Path:
    path.unlink()  # deleted between choosing it and reading it
    return path


def _too_large(path: Path) -> Path:
    with path.open("r+b") as file:
        file.truncate(MAX_ATTACHMENT_BYTES + 1)  # sparse: nothing is written
    return path


@pytest.mark.parametrize(("make", "wanted"), [
    (_gone, "“scan.png” is no longer there: it was moved or deleted after it was chosen. "
            "Nothing was added."),
    (None, "“scan.png” cannot be read: you do not have permission to open it. Nothing was "
           "added."),
    (_too_large, "“scan.png” is 21.0 MB; attachments can be at most 20 MB. Nothing was "
                 "added."),
    # A folder: Windows refuses to open one as permission denied, others say it is one.
    (lambda path: path.parent,
     "“{folder}” cannot be read: you do not have permission" if os.name == "nt" else
     "“{folder}” could not be read"),
], ids=["gone", "denied", "too-large", "a-folder"])
def test_a_file_that_cannot_be_added_says_why_and_changes_nothing(
        qtbot: Any, env: Env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        make: Callable[[Path], Path] | None, wanted: str) -> None:
    _client, case_id = make_case(env.session)
    page = _open(qtbot, env, case_id)
    panel = page.attachments
    folder = tmp_path / "chosen"
    folder.mkdir()
    path = folder / "scan.png"
    path.write_bytes(b"\x89PNG not really")
    if make is None:
        # Permission denied, whoever runs the tests (root reads a file whatever its mode).
        real_open = Path.open

        def refusing_open(self: Path, *args: Any, **kwargs: Any) -> Any:
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", refusing_open)
    _choose(monkeypatch, "open_attachment", lambda: make(path) if make else path)
    reloads: list[bool] = []
    panel.sig_added.connect(lambda: reloads.append(True))
    with qtbot.waitSignal(panel.sig_failed, timeout=WAIT_MS) as failed:
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    message = failed.args[0]
    expected = wanted.format(folder=folder.name)
    assert message.startswith(expected), message
    assert message.endswith("Nothing was added.")
    assert page.banner.text() == message and page.banner.isVisibleTo(page)
    assert panel.add_button.isEnabled()  # the person can choose another file at once
    assert env.runner.wait_idle(WAIT_MS)
    assert reloads == [] and panel.model.rowCount() == 0
    assert env.session.cases.detail(case_id).attachments == ()


def test_the_keyboard_alone_adds_a_file(
        qtbot: Any, env: Env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _client, case_id = make_case(env.session)
    page = _open(qtbot, env, case_id)
    panel = page.attachments
    page.show()
    page.activateWindow()
    source = tmp_path / "id card.jpg"
    source.write_bytes(b"\xff\xd8\xff not really a photo")
    _choose(monkeypatch, "open_attachment", lambda: source)
    # Tab from the list reaches "Add file…"; Space presses it.
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(panel.view, Qt.Key.Key_Tab)
    qtbot.waitUntil(panel.add_button.hasFocus, timeout=WAIT_MS)
    with qtbot.waitSignal(panel.sig_added, timeout=WAIT_MS):
        qtbot.keyClick(panel.add_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
    assert panel.model.rows()[0].filename == "id card.jpg"


def test_every_control_of_the_tab_has_a_name_and_reads_in_spanish(
        qtbot: Any, env: Env, qapp: QApplication, english: None, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from collabdesk.ui import i18n

    _client, case_id = make_case(env.session)
    i18n.install_language(qapp, "es")
    page = _open(qtbot, env, case_id)
    panel = page.attachments
    assert page.tabs.tabText(page.tabs.indexOf(panel)) == "Ad&juntos"
    assert [panel.add_button.text(), panel.open_button.text(), panel.save_button.text()] == [
        "Añadir archivo…", "Abrir", "Guardar una copia…"]
    assert panel.view.accessibleName() == "Adjuntos"
    assert panel.add_button.accessibleName() == "Añadir un adjunto"
    assert panel.view.model().headerData(0, Qt.Orientation.Horizontal) == "Archivo"
    for control in (panel, panel.view, panel.add_button, panel.open_button, panel.save_button):
        assert control.accessibleName(), control
    _choose(monkeypatch, "open_attachment", lambda: _gone(tmp_path / "acta.pdf"))
    (tmp_path / "acta.pdf").write_bytes(b"%PDF")
    with qtbot.waitSignal(panel.sig_failed, timeout=WAIT_MS) as failed:
        panel.add_button.click()
    assert failed.args == ["«acta.pdf» ya no está: se movió o se eliminó después de elegirlo. "
                           "No se añadió nada."]


def test_a_role_that_may_not_add_attachments_finds_add_off_and_says_why(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    # Every built-in role that sees a case may add attachments: a worker role without it,
    # as an agency that keeps files to supervisors would have.
    monkeypatch.setitem(rbac.ROLE_ACTIONS, "worker", rbac.WORKER - {"attachment.manage"})
    _client, case_id = make_case(env.session)
    env.session.cases.add_attachment(case_id, "visit.txt", b"Visited on Monday", "text/plain")
    worker = sign_in_worker(env)
    try:
        assert not worker.session.allowed("attachment.manage")
        asked = _choose(monkeypatch, "open_attachment",
                        lambda: pytest.fail("a role without attachment.manage was asked for a "
                                            "file"))
        page = _open(qtbot, worker, case_id)
        panel = page.attachments
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
        # Shown (the person learns why), off, and the tooltip says why; reading stays open.
        assert not panel.add_button.isHidden() and not panel.add_button.isEnabled()
        assert panel.add_button.toolTip() == "Your role does not allow adding attachments."
        assert panel.open_button.isEnabled() and panel.save_button.isEnabled()
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        panel.add_attachment()  # even if called, nothing is asked
        assert asked == []
        # Loading the case again (the page turns its tab on) leaves it off.
        page.open_case(case_id)
        qtbot.waitUntil(lambda: not worker.runner.is_busy(), timeout=WAIT_MS)
        assert page.tabs.isEnabled() and panel.isEnabled()
        assert not panel.add_button.isEnabled()
    finally:
        qtbot.waitUntil(lambda: not worker.runner.is_busy(), timeout=WAIT_MS)
        worker.session.close()


def test_an_admin_without_a_case_role_finds_add_off(
        qtbot: Any, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    # The admin role alone runs the installation and may not add attachments.
    env.session.users.add("ada", WORKER_PASS, display_name="Ada", roles=["admin"])
    session = env.workspace.sign_in("ada", WORKER_PASS)
    try:
        context = AppContext(env.workspace, session, env.runner)
        panel = case_attachments.CaseAttachmentsPanel(context)
        qtbot.addWidget(panel)
        panel.show_case("any case", ())
        asked = _choose(monkeypatch, "open_attachment", lambda: None)
        assert not panel.add_button.isEnabled()
        assert panel.add_button.toolTip() == "Your role does not allow adding attachments."
        panel.add_attachment()
        assert asked == []
        # A supervisor's panel: on, with no such tooltip.
        own = case_attachments.CaseAttachmentsPanel(env.context)
        qtbot.addWidget(own)
        assert own.add_button.isEnabled() and own.add_button.toolTip() == ""
    finally:
        qtbot.waitUntil(lambda: not env.runner.is_busy(), timeout=WAIT_MS)
        session.close()
