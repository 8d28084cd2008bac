"""A form's file question ("Choose a file…") on real widgets: the chosen file is read off the
GUI thread, one file at a time; a file that is gone, unreadable or over the form limit says
why beside the question (in the person's language) and leaves the answer as it was; the
fill dialog saves the file with the response.

The file dialog is answered by replacing the ``FileDialogs`` classmethod; every opening of
the chosen file is recorded with the thread that opened it.
"""

from __future__ import annotations

import base64
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from collabdesk.forms.answers import MAX_ATTACHMENT_BYTES
from collabdesk.forms.parse import parse_questionnaire
from collabdesk.ui.dialogs.files import FileDialogs
from collabdesk.ui.forms.dialogs import FillDialog
from collabdesk.ui.forms.editors import AttachmentEditor
from collabdesk.ui.forms.renderer import FormView
from collabdesk.ui.tasks import TaskRunner
from tests.ui.forms_support import click
from tests.ui.pages_support import Env, make_case
from tests.waits import WAIT_MS

QUESTIONNAIRE = {
    "resourceType": "Questionnaire", "url": "http://example.org/Questionnaire/id-photo",
    "version": "1", "title": "Identity document", "status": "active",
    "item": [{"linkId": "photo", "text": "Photo of the ID card", "type": "attachment"}],
}
KEY = ("photo",)
BEFORE = {"valueAttachment": {"contentType": "image/png", "title": "old.png",
                              "data": base64.b64encode(b"old photo").decode("ascii")}}


def _view(qtbot: Any, runner: TaskRunner, answers: dict[Any, Any] | None = None
          ) -> tuple[FormView, AttachmentEditor]:
    view = FormView(parse_questionnaire(QUESTIONNAIRE), answers, runner=runner)
    qtbot.addWidget(view)
    view.show()
    editor = view.editor("photo")
    assert isinstance(editor, AttachmentEditor)
    return view, editor


def _choose(monkeypatch: pytest.MonkeyPatch, answer: Callable[[], Path | None]
            ) -> list[QWidget | None]:
    """Answer "Attach a file" with ``answer()``; returns the parents it was asked with."""
    asked: list[QWidget | None] = []

    def dialog(_cls: type, parent: QWidget | None) -> Path | None:
        asked.append(parent)
        return answer()

    monkeypatch.setattr(FileDialogs, "open_attachment", classmethod(dialog))
    return asked


@pytest.fixture
def opened_on(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[dict[Path, list[int]],
                                                                 threading.Event]]:
    """The threads each file was opened on to be read (``Path.open``, ``Path.read_bytes``),
    and a gate that holds every such opening until it is set (set at the start; a test clears it to
    keep a file "being read")."""
    opened: dict[Path, list[int]] = {}
    gate = threading.Event()
    gate.set()
    real_open, real_read = Path.open, Path.read_bytes

    def opening(self: Path, *args: Any, **kwargs: Any) -> Any:
        mode = args[0] if args else kwargs.get("mode", "r")
        if "r" in mode and "+" not in mode:  # reading, not the test writing its files
            opened.setdefault(self, []).append(threading.get_ident())
            gate.wait(WAIT_MS / 1000)
        return real_open(self, *args, **kwargs)

    def reading(self: Path) -> bytes:
        opened.setdefault(self, []).append(threading.get_ident())
        return real_read(self)

    monkeypatch.setattr(Path, "open", opening)
    monkeypatch.setattr(Path, "read_bytes", reading)
    yield opened, gate
    gate.set()  # a failed test must not leave a worker waiting


def test_a_chosen_file_is_read_off_the_gui_thread_one_at_a_time(
        qtbot: Any, task_runner: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        opened_on: tuple[dict[Path, list[int]], threading.Event]) -> None:
    opened, gate = opened_on
    view, editor = _view(qtbot, task_runner)
    photo = tmp_path / "id card.png"
    content = bytes(range(256)) * 8
    photo.write_bytes(content)
    asked = _choose(monkeypatch, lambda: photo)
    gate.clear()  # the disk is slow: the file stays "being read" until the gate opens
    edits: list[bool] = []
    editor.sig_edited.connect(lambda: edits.append(True))
    click(editor.button)
    assert asked == [editor]
    qtbot.waitUntil(lambda: photo in opened, timeout=WAIT_MS)
    # While it is read: no second choice, by click or by call, and no answer yet.
    assert editor.is_reading() and not editor.button.isEnabled()
    assert editor.label.text() == "Reading “id card.png”…"
    click(editor.button)
    editor.choose()
    assert asked == [editor]
    assert edits == [] and KEY not in view.answers
    with qtbot.waitSignal(editor.sig_edited, timeout=WAIT_MS):
        gate.set()
    gui = threading.get_ident()
    assert opened[photo] and gui not in opened[photo], "the file was read on the GUI thread"
    assert not editor.is_reading() and editor.button.isEnabled()
    assert editor.label.text() == "id card.png"
    assert not editor.problem.isVisibleTo(editor)
    assert view.answers[KEY] == [{"valueAttachment": {
        "contentType": "image/png", "title": "id card.png",
        "data": base64.b64encode(content).decode("ascii")}}]
    assert view.problems() == {}


def _gone(path: Path) -> Path:
    path.unlink()  # deleted between choosing it and reading it
    return path


def _too_large(path: Path) -> Path:
    with path.open("r+b") as file:
        file.truncate(3_000_000)  # sparse: nothing is written
    assert os.path.getsize(path) > MAX_ATTACHMENT_BYTES
    return path


@pytest.mark.parametrize(("make", "wanted"), [
    (_gone, "“scan.png” is no longer there: it was moved or deleted after it was chosen. "
            "The answer was not changed."),
    (None, "“scan.png” cannot be read: you do not have permission to open it. The answer "
           "was not changed."),
    (_too_large, "“scan.png” is 3.0 MB; a file in a form can be at most 1 MB. The answer "
                 "was not changed."),
    # A folder: Windows refuses to open one as permission denied, others say it is one.
    (lambda path: path.parent,
     "“{folder}” cannot be read: you do not have permission" if os.name == "nt" else
     "“{folder}” could not be read ("),
], ids=["gone", "denied", "too-large", "a-folder"])
def test_a_file_that_cannot_be_kept_says_why_and_leaves_the_answer(
        qtbot: Any, task_runner: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        opened_on: tuple[dict[Path, list[int]], threading.Event],
        make: Callable[[Path], Path] | None, wanted: str) -> None:
    opened, _gate = opened_on
    view, editor = _view(qtbot, task_runner, {KEY: [BEFORE]})
    folder = tmp_path / "chosen"
    folder.mkdir()
    path = folder / "scan.png"
    path.write_bytes(b"\x89PNG not really")
    if make is None:
        # Permission denied, whoever runs the tests (root reads a file whatever its mode).
        recording_open = Path.open

        def refusing_open(self: Path, *args: Any, **kwargs: Any) -> Any:
            if self == path:
                opened.setdefault(self, []).append(threading.get_ident())
                raise PermissionError(13, "Permission denied", str(self))
            return recording_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", refusing_open)
    chosen = make(path) if make else path
    opened.clear()
    _choose(monkeypatch, lambda: chosen)
    edits: list[bool] = []
    editor.sig_edited.connect(lambda: edits.append(True))
    click(editor.button)
    qtbot.waitUntil(editor.problem.has_error, timeout=WAIT_MS)
    message = editor.problem.text()
    assert message.startswith(wanted.format(folder=folder.name)), message
    assert message.endswith("The answer was not changed.")
    assert editor.problem.isVisibleTo(editor)
    assert editor.label.accessibleDescription() == message  # read out with the file's name
    assert opened[chosen] and threading.get_ident() not in opened[chosen]
    # Nothing changed: the answer, the file's name shown, the form's state; and the person
    # can choose another file at once.
    assert edits == [] and view.answers[KEY] == [BEFORE] and editor.answers()[0] == [BEFORE]
    assert editor.label.text() == "old.png"
    assert view.problems() == {}
    assert editor.button.isEnabled() and not editor.is_reading()
    # Another file, one that can be read: it becomes the answer and the message goes.
    good = tmp_path / "good.jpg"
    good.write_bytes(b"\xff\xd8\xff a photo")
    _choose(monkeypatch, lambda: good)
    with qtbot.waitSignal(editor.sig_edited, timeout=WAIT_MS):
        click(editor.button)
    assert view.answers[KEY][0]["valueAttachment"]["title"] == "good.jpg"
    assert not editor.problem.has_error() and not editor.problem.isVisibleTo(editor)


def test_the_message_reads_in_spanish(
        qtbot: Any, task_runner: TaskRunner, qapp: QApplication, english: None,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from collabdesk.ui import i18n

    i18n.install_language(qapp, "es")
    editor = _view(qtbot, task_runner)[1]
    path = tmp_path / "acta.pdf"
    path.write_bytes(b"%PDF")
    _choose(monkeypatch, lambda: _gone(path))
    click(editor.button)
    qtbot.waitUntil(editor.problem.has_error, timeout=WAIT_MS)
    assert editor.problem.text() == ("«acta.pdf» ya no está: se movió o se eliminó después de "
                                     "elegirlo. La respuesta no cambió.")
    assert editor.label.text() == "Ningún archivo"


def test_the_fill_dialog_reads_the_file_off_the_gui_thread_and_saves_it(
        qtbot: Any, env: Env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    imported = env.session.forms.import_form(QUESTIONNAIRE)
    fid = imported.form.id
    _client, case_id = make_case(env.session)
    dialog = FillDialog(env.context, fid, env.session.forms.form(fid), case_id=case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.view.editor("photo")
    assert isinstance(editor, AttachmentEditor) and editor.button.isEnabled()
    photo = tmp_path / "id.png"
    photo.write_bytes(b"\x89PNG a photo of the card")
    _choose(monkeypatch, lambda: photo)
    # From here the store refuses the GUI thread, and so does the file.
    gui = threading.get_ident()
    real_open = Path.open

    def open_off_gui(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == photo and threading.get_ident() == gui:
            pytest.fail("the chosen file was opened on the GUI thread")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_off_gui)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(
        "the chosen file was read whole with read_bytes"))
    env.session.store.forbid_thread(gui)
    try:
        with qtbot.waitSignal(editor.sig_edited, timeout=WAIT_MS):
            click(editor.button)
        assert dialog.has_changes()
        with qtbot.waitSignal(dialog.sig_saved, timeout=WAIT_MS) as saved:
            dialog.save(complete=True)
    finally:
        env.session.store.forbid_thread(None)
    version = saved.args[0]
    assert version.status == "completed"
    stored = env.session.forms.detail(version.response_id).answers[KEY]
    assert stored[0]["valueAttachment"]["title"] == "id.png"
    assert base64.b64decode(stored[0]["valueAttachment"]["data"]) == (
        b"\x89PNG a photo of the card")
