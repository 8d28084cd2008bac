"""TaskRunner: results, progress, errors and cancellation come back on the GUI thread."""

from __future__ import annotations

import logging
import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from collabdesk.errors import CollabDeskError, ValidationError
from collabdesk.ui.ops import Op
from collabdesk.ui.tasks import (
    TaskCancelled,
    TaskContext,
    TaskRunner,
    TaskState,
    UnexpectedTaskError,
)
from tests.waits import WAIT_MS


def test_result_arrives_on_gui_thread(qtbot: Any, task_runner: TaskRunner) -> None:
    gui_thread = threading.get_ident()
    seen: dict[str, Any] = {}

    def work(ctx: TaskContext) -> tuple[int, int]:
        return threading.get_ident(), 6 * 7

    def done(result: tuple[int, int]) -> None:
        seen["callback_thread"] = threading.get_ident()
        seen["result"] = result

    handle = task_runner.run(work, lane="io", label="answer", on_done=done)
    with qtbot.waitSignal(task_runner.sig_finished, timeout=WAIT_MS) as blocker:
        pass
    worker_thread, value = seen["result"]
    assert value == 42
    assert worker_thread != gui_thread
    assert seen["callback_thread"] == gui_thread
    assert blocker.args == [handle.task_id, (worker_thread, 42)]
    assert handle.state is TaskState.DONE
    assert not task_runner.is_busy()


def test_progress_arrives_in_order_and_final_update_is_kept(
        qtbot: Any, task_runner: TaskRunner) -> None:
    reports: list[tuple[int, int, str]] = []
    threads: set[int] = set()

    def work(ctx: TaskContext) -> str:
        for i in range(1, 2001):
            ctx.progress(i, 2000, "Counting")
        return "counted"

    def on_progress(done: int, total: int, message: str) -> None:
        threads.add(threading.get_ident())
        reports.append((done, total, message))

    handle = task_runner.run(work, lane="io", on_progress=on_progress)
    with qtbot.waitSignal(handle.sig_finished, timeout=WAIT_MS):
        pass
    assert reports, "no progress was delivered"
    assert reports[-1] == (2000, 2000, "Counting")
    dones = [r[0] for r in reports]
    assert dones == sorted(dones)
    assert threads == {threading.get_ident()}


def test_cancel_stops_a_long_loop(qtbot: Any, task_runner: TaskRunner) -> None:
    started = threading.Event()
    reached: list[int] = []
    limit = 50_000_000
    outcome: list[str] = []

    def work(ctx: TaskContext) -> int:
        started.set()
        i = 0
        while i < limit and not ctx.cancelled():
            i += 1
        reached.append(i)
        return i

    handle = task_runner.run(work, lane="io", on_done=lambda r: outcome.append("done"),
                             on_cancelled=lambda: outcome.append("cancelled"))
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    with qtbot.waitSignal(handle.sig_cancelled, timeout=WAIT_MS):
        handle.cancel()
    assert outcome == ["cancelled"]
    assert reached and reached[0] < limit
    assert handle.state is TaskState.CANCELLED


def test_check_raises_task_cancelled_and_ends_as_cancelled(
        qtbot: Any, task_runner: TaskRunner) -> None:
    started, proceed = threading.Event(), threading.Event()
    after_check: list[bool] = []

    def work(ctx: TaskContext) -> None:
        started.set()
        assert proceed.wait(WAIT_MS / 1000)
        ctx.check()
        after_check.append(True)

    handle = task_runner.run(work, lane="db")
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    handle.cancel()
    with qtbot.waitSignal(task_runner.sig_cancelled, timeout=WAIT_MS) as blocker:
        proceed.set()
    assert blocker.args == [handle.task_id]
    assert after_check == []


def test_context_check_and_cancelled_follow_the_event() -> None:
    event = threading.Event()
    ctx = TaskContext(event, lambda done, total, message: None)
    ctx.check()
    assert not ctx.cancelled()
    event.set()
    assert ctx.cancelled()
    with pytest.raises(TaskCancelled):
        ctx.check()


def test_queued_task_cancelled_before_start_never_runs(
        qtbot: Any, task_runner: TaskRunner) -> None:
    gate = threading.Event()
    ran: list[str] = []
    cancelled: list[str] = []
    opened: list[bool] = []

    task_runner.run(lambda ctx: gate.wait(WAIT_MS / 1000), lane="db", on_done=opened.append)
    second = task_runner.run(lambda ctx: ran.append("second"), lane="db",
                             on_cancelled=lambda: cancelled.append("second"))
    second.cancel()
    with qtbot.waitSignal(second.sig_ended, timeout=WAIT_MS):
        gate.set()
    assert task_runner.wait_idle(WAIT_MS)
    assert opened == [True]  # the first task was let through, not timed out
    assert ran == []
    assert cancelled == ["second"]


def test_collabdesk_error_reaches_on_error_unchanged(qtbot: Any, task_runner: TaskRunner) -> None:
    original = ValidationError("Date of birth is in the future.", {"dob": "In the future"})
    errors: list[CollabDeskError] = []

    def work(ctx: TaskContext) -> None:
        raise original

    handle = task_runner.run(work, on_error=errors.append,
                             on_done=lambda r: pytest.fail("must not succeed"))
    with qtbot.waitSignal(handle.sig_failed, timeout=WAIT_MS):
        pass
    assert errors == [original]
    assert handle.state is TaskState.FAILED


def test_unexpected_error_is_logged_without_its_message(
        qtbot: Any, task_runner: TaskRunner, caplog: pytest.LogCaptureFixture) -> None:
    errors: list[CollabDeskError] = []

    def work(ctx: TaskContext) -> None:
        raise KeyError("Maria Lopez, born 1987-02-03")

    caplog.set_level(logging.ERROR, logger="collabdesk.ui.tasks")
    with qtbot.waitSignal(task_runner.sig_failed, timeout=WAIT_MS):
        task_runner.run(work, label="load client", on_error=errors.append)
    [error] = errors
    assert isinstance(error, UnexpectedTaskError)
    assert error.error_type == "KeyError"
    assert "Maria" not in str(error) and str(error)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "KeyError" in logged and "load client" in logged and "in work" in logged
    assert "Maria" not in logged and "1987" not in logged


def test_db_lane_runs_serially_in_submission_order_on_one_thread(
        qtbot: Any, task_runner: TaskRunner) -> None:
    lock = threading.Lock()
    events: list[tuple[str, int]] = []
    threads: set[int] = set()

    def make(i: int) -> Any:
        def work(ctx: TaskContext) -> None:
            with lock:
                events.append(("start", i))
                threads.add(threading.get_ident())
            sum(range(20_000))  # some work, to give an overlap the chance to show
            with lock:
                events.append(("end", i))
        return work

    handles = [task_runner.run(make(i), lane="db") for i in range(20)]
    with qtbot.waitSignal(handles[-1].sig_finished, timeout=WAIT_MS):
        pass
    assert events == [(kind, i) for i in range(20) for kind in ("start", "end")]
    assert len(threads) == 1
    assert all(h.state is TaskState.DONE for h in handles)


def test_io_lane_runs_tasks_concurrently(qtbot: Any, task_runner: TaskRunner) -> None:
    # Each task waits for the other at a barrier: only possible if both run at once.
    barrier = threading.Barrier(2, timeout=WAIT_MS / 1000)
    results: list[int] = []
    errors: list[CollabDeskError] = []
    for _ in range(2):
        task_runner.run(lambda ctx: barrier.wait(), lane="io", on_done=results.append,
                        on_error=errors.append)
    assert task_runner.wait_idle(WAIT_MS)
    assert errors == []
    assert sorted(results) == [0, 1]


def test_wait_idle_delivers_pending_outcomes_and_busy_signal(
        qtbot: Any, task_runner: TaskRunner) -> None:
    busy: list[bool] = []
    done: list[int] = []
    task_runner.sig_busy_changed.connect(busy.append)
    task_runner.run(lambda ctx: 1, on_done=done.append)
    task_runner.run(lambda ctx: 2, lane="io", on_done=done.append)
    assert task_runner.is_busy()
    assert task_runner.wait_idle(WAIT_MS)
    assert sorted(done) == [1, 2]
    assert busy == [True, False]
    assert not task_runner.is_busy()


def test_shutdown_refuses_new_work(qapp: Any) -> None:
    runner = TaskRunner()
    assert runner.shutdown()
    with pytest.raises(RuntimeError):
        runner.run(lambda ctx: None)
    with pytest.raises(ValueError, match="lane"):
        TaskRunner().run(lambda ctx: None, lane="gpu")  # type: ignore[arg-type]


def test_progress_dialog_follows_task_and_waits_for_cancel(
        qtbot: Any, task_runner: TaskRunner) -> None:
    step_reported, proceed = threading.Event(), threading.Event()
    cancelled: list[bool] = []

    def work(ctx: TaskContext) -> None:
        ctx.progress(1, 4, "Exporting cases")
        step_reported.set()
        assert proceed.wait(WAIT_MS / 1000)
        ctx.check()

    op = (Op(None, work, label="export")
          .cancelled(lambda: cancelled.append(True))
          .with_progress("Export", show_after_ms=0))
    handle, dialog = op.run(task_runner), op.dialog
    assert handle is not None and dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.cancel_button.accessibleName()
    qtbot.waitUntil(lambda: dialog.message_label.text() == "Exporting cases", timeout=WAIT_MS)
    assert (dialog.bar.value(), dialog.bar.maximum()) == (1, 4)

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc asks to cancel, does not just hide
    assert handle.is_cancel_requested()
    assert dialog.isVisible() and not dialog.cancel_button.isEnabled()

    with qtbot.waitSignal(handle.sig_ended, timeout=WAIT_MS):
        proceed.set()
    assert cancelled == [True]
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_progress_dialog_does_not_flash_for_quick_tasks(
        qtbot: Any, task_runner: TaskRunner) -> None:
    op = Op(None, lambda ctx: "ok", label="quick").with_progress("Quick", show_after_ms=60_000)
    handle, dialog = op.run(task_runner), op.dialog
    assert handle is not None and dialog is not None
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(handle.sig_ended, timeout=WAIT_MS):
        pass
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_run_refuses_calls_from_other_threads(task_runner: TaskRunner) -> None:
    caught: list[BaseException] = []

    def submit_from_thread() -> None:
        try:
            task_runner.run(lambda ctx: None)
        except RuntimeError as exc:
            caught.append(exc)

    thread = threading.Thread(target=submit_from_thread)
    thread.start()
    thread.join(WAIT_MS / 1000)
    assert not thread.is_alive()
    assert len(caught) == 1 and "GUI thread" in str(caught[0])
    assert not task_runner.is_busy()
