"""The one builder for background work, and the one path that reports what work changed."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from collabdesk.domain import ClientInput
from collabdesk.errors import CollabDeskError, ValidationError
from collabdesk.progress import OperationCancelled
from collabdesk.services.session import Session
from collabdesk.ui.ops import Op
from collabdesk.ui.pages import Page
from collabdesk.ui.tasks import TaskContext, TaskRunner
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace
from tests.waits import WAIT_MS


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    workspace = Workspace(tmp_path / "data")
    opened, _code = workspace.create("Agency", "admin", "pass phrase one",
                                     kdf=KdfParams.FLOOR)
    opened.store.take_changes()
    yield opened
    opened.close()


def test_a_write_reports_its_changes_once_with_whoever_asked(
        qtbot: Any, task_runner: TaskRunner, session: Session) -> None:
    task_runner.watch_changes(session.store.take_changes)
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[tuple[Any, Any]] = []
    order: list[str] = []
    task_runner.sig_changes.connect(lambda c, i: (seen.append((c, i)), order.append("changes")))
    with qtbot.waitSignal(task_runner.sig_finished, timeout=WAIT_MS):
        (Op(owner, lambda _ctx: session.clients.intake(ClientInput("Lena", "Okafor"),
                                                       confirmed_new=True), label="intake")
         .success(lambda _c: order.append("success"))
         .run(task_runner))
    assert len(seen) == 1
    changes, initiator = seen[0]
    assert changes.kinds == {"client"} and initiator is owner
    assert order == ["changes", "success"]  # pages refresh before the caller goes on

    # A read changes nothing and says nothing.
    with qtbot.waitSignal(task_runner.sig_finished, timeout=WAIT_MS):
        Op(owner, lambda _ctx: session.clients.search("Lena"), label="search").run(task_runner)
    assert len(seen) == 1


def test_a_page_skips_what_it_made_and_refreshes_for_the_rest(qtbot: Any) -> None:
    from collabdesk.changes import Changes

    class Counting(Page):
        watches = frozenset({"task"})
        refreshed = 0

        def refresh(self) -> None:
            self.refreshed += 1

    page = Counting(None)  # type: ignore[arg-type]  # on_changes needs no context
    qtbot.addWidget(page)
    dialog = QWidget(page)  # a dialog of the page: a child, in another window
    page.on_changes(Changes.of("task"), dialog)
    assert page.refreshed == 0
    page.on_changes(Changes.of("client"), None)
    assert page.refreshed == 0
    page.on_changes(Changes.of("task"), None)
    page.on_changes(Changes.everything(), QWidget())
    assert page.refreshed == 2


def test_a_cancel_is_reported_as_a_cancel_never_as_an_error(
        qtbot: Any, task_runner: TaskRunner) -> None:
    outcomes: list[str] = []

    def work(_ctx: TaskContext) -> None:
        raise OperationCancelled()

    with qtbot.waitSignal(task_runner.sig_cancelled, timeout=WAIT_MS):
        (Op(None, work, label="core cancels")
         .success(lambda _r: outcomes.append("success"))
         .failure(lambda _e: outcomes.append("failure"))
         .cancelled(lambda: outcomes.append("cancelled"))
         .run(task_runner))
    assert outcomes == ["cancelled"]


def test_an_error_without_a_handler_reaches_the_unhandled_signal(
        qtbot: Any, task_runner: TaskRunner) -> None:
    def work(_ctx: TaskContext) -> None:
        raise ValidationError("Please give a name.")

    with qtbot.waitSignal(task_runner.sig_unhandled_error, timeout=WAIT_MS) as blocker:
        Op(None, work, label="no handler").run(task_runner)
    error = blocker.args[0]
    assert isinstance(error, CollabDeskError) and str(error) == "Please give a name."


def test_callbacks_of_a_destroyed_owner_are_skipped(qtbot: Any, task_runner: TaskRunner) -> None:
    gate = threading.Event()
    called: list[object] = []
    owner = QWidget()
    handle = (Op(owner, lambda _ctx: gate.wait(WAIT_MS / 1000), label="slow")
              .success(called.append)
              .run(task_runner))
    assert handle is not None
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=WAIT_MS)
    with qtbot.waitSignal(handle.sig_ended, timeout=WAIT_MS):
        gate.set()
    assert called == []


def _alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


def test_io_work_runs_its_store_steps_on_the_db_lane_between_other_work(
        qtbot: Any, task_runner: TaskRunner) -> None:
    threads: dict[str, object] = {}
    release = threading.Event()
    order: list[str] = []

    def on_db() -> str:
        threads["db"] = threading.current_thread()
        order.append("store step")
        return "stored"

    def io_work(_ctx: TaskContext) -> str:
        threads["io"] = threading.current_thread()
        release.wait(WAIT_MS / 1000)  # the slow network call
        return task_runner.call_on_db(on_db)

    io = Op(None, io_work, label="sync", lane="io").run(task_runner)
    # While the io work waits for the network, db work queued after it runs at once.
    with qtbot.waitSignal(task_runner.sig_finished, timeout=WAIT_MS):
        Op(None, lambda _ctx: order.append("search"), label="search").run(task_runner)
    assert order == ["search"]
    assert io is not None
    with qtbot.waitSignal(io.sig_finished, timeout=WAIT_MS) as blocker:
        release.set()
    assert blocker.args == ["stored"]
    assert order == ["search", "store step"] and threads["db"] is not threads["io"]


def test_call_on_db_refuses_the_gui_thread(task_runner: TaskRunner) -> None:
    with pytest.raises(RuntimeError, match="GUI thread"):
        task_runner.call_on_db(lambda: None)
