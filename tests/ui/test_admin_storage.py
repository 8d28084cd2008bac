"""Admin, Storage, and the low disk space warning, with the data folder on a real small disk.

The agency's data folder sits on a 12 MB tmpfs (tests/support/smalldisk.py), which cannot hold
a week of work: the warning opens (once a day, with the figures), the Storage tab shows what
the store and backups take, and "Prune old backups" deletes those beyond the schedule's rule.
A scheduled backup, or "Back up now", that meets the full disk says so in one sentence and
the app carries on; a read-only data folder is named on the sign-in screen.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from collabdesk.backup import create_backup
from collabdesk.diskspace import LOW_SPACE_WARNED_META, human_size
from collabdesk.ui.dialogs.common import Dialogs
from collabdesk.ui.main_window import MainWindow
from collabdesk.ui.tasks import TaskRunner
from collabdesk.workspace import Workspace
from tests.support.smalldisk import SmallDisk
from tests.ui.window_support import admin_page
from tests.waits import WAIT_MS


@pytest.fixture
def small_window(qtbot: Any, task_runner: TaskRunner, template: Path,
                 small_disk: SmallDisk) -> Iterator[MainWindow]:
    workspace = Workspace(Path(shutil.copytree(template, small_disk.root / "agency")))
    w = MainWindow(workspace, task_runner, idle_lock_ms=0, follow_language_setting=False)
    qtbot.addWidget(w)
    w.show()
    yield w
    assert w.shutdown(WAIT_MS), "background tasks did not stop"


def test_low_space_warning_opens_once_a_day_with_the_figures(
        qtbot: Any, small_window: MainWindow) -> None:
    admin_page(qtbot, small_window)
    upkeep, context = small_window.upkeep, small_window.context
    assert upkeep is not None and context is not None
    with qtbot.waitSignal(upkeep.sig_low_space, timeout=WAIT_MS) as warned:
        upkeep.check()
    text = warned.args[0]
    free = human_size(shutil.disk_usage(context.workspace.data_dir).free)
    assert "next backup and a week of work" in text and "MB" in text
    assert str(context.workspace.data_dir) in text
    assert free.split()[1] in text  # the free space, in the unit a person reads
    box = upkeep.low_space_box
    assert box is not None and box.isVisible() and box.text() == text
    assert not box.isModal()  # work goes on with it open
    assert context.session.store.get_meta(LOW_SPACE_WARNED_META)
    box.close()
    warnings: list[str] = []
    upkeep.sig_low_space.connect(warnings.append)
    with qtbot.waitSignal(upkeep.sig_checked, timeout=WAIT_MS):
        upkeep.check()
    assert warnings == []  # once a day


def test_storage_tab_shows_usage_and_prunes_old_backups(
        qtbot: Any, small_window: MainWindow, monkeypatch: Any) -> None:
    page = admin_page(qtbot, small_window)
    context = small_window.context
    assert context is not None
    session = context.session
    session.update_settings(backup_keep=1, backup_every_hours=0)
    backups = context.workspace.backups_dir
    newest = create_backup(session, backups)
    older = [newest.with_name(f"collabdesk-{session.agency_id[:8]}-2020010{i}-090000.cdbackup")
             for i in (1, 2)]
    for path in older:
        shutil.copyfile(newest, path)
    storage = page.storage
    with qtbot.waitSignal(storage.sig_loaded, timeout=WAIT_MS):
        page.tabs.setCurrentWidget(storage)
    usage = storage.usage
    assert usage is not None
    assert usage.backups >= 3 * newest.stat().st_size
    assert storage.figures["backups"].text() == human_size(usage.backups)
    assert storage.figures["store"].text() == human_size(session.store.size())
    assert storage.warning_label.isVisibleTo(page)
    assert "week of work" in storage.warning_label.text()

    asked: list[str] = []
    monkeypatch.setattr(Dialogs, "confirm", classmethod(
        lambda cls, parent, title, text, **k: asked.append(text) or True))
    with qtbot.waitSignal(storage.sig_pruned, timeout=WAIT_MS) as pruned:
        qtbot.mouseClick(storage.prune_button, Qt.MouseButton.LeftButton)
    assert "newest 1" in asked[0]
    result = pruned.args[0]
    assert result.removed == 2 and result.kept == 1
    assert list(backups.glob("*.cdbackup")) == [newest]
    assert "Deleted 2 old backup(s)" in storage.status.text()


def test_a_scheduled_backup_on_a_full_disk_says_so_and_work_goes_on(
        qtbot: Any, small_window: MainWindow, small_disk: SmallDisk) -> None:
    admin_page(qtbot, small_window)
    upkeep, context = small_window.upkeep, small_window.context
    assert upkeep is not None and context is not None
    context.session.update_settings(backup_every_hours=24)
    messages: list[str] = []
    context.sig_status_message.connect(messages.append)
    small_disk.fill(leave=64 * 1024)
    with qtbot.waitSignal(upkeep.sig_checked, timeout=WAIT_MS):
        upkeep.check()
    failed = [m for m in messages if m.startswith("The scheduled backup failed")]
    assert failed and "There is not enough free space" in failed[0]
    assert "Nothing was lost" in failed[0] and "sqlite" not in failed[0].lower()
    assert not list(context.workspace.backups_dir.glob("*.cdbackup"))
    small_disk.make_room()
    with qtbot.waitSignal(upkeep.sig_backup_made, timeout=WAIT_MS):
        upkeep.check()


def test_a_read_only_data_folder_is_said_on_the_sign_in_screen(
        qtbot: Any, small_window: MainWindow, small_disk: SmallDisk) -> None:
    from tests.ui.test_signin import _submit
    from tests.ui.window_support import ADMIN_PASS

    screen = small_window.sign_in
    with small_disk.read_only():
        screen.reload_users()  # as when the app starts
        assert "the disk is read-only" in screen.error_label.text()
        assert str(small_disk.root / "agency") in screen.error_label.text()
        _submit(qtbot, screen, "admin", ADMIN_PASS)
        qtbot.waitUntil(lambda: not screen.is_busy(), timeout=WAIT_MS)
        assert "the disk is read-only" in screen.error_label.text()
        assert small_window.context is None
    with qtbot.waitSignal(small_window.sig_session_started, timeout=WAIT_MS):
        _submit(qtbot, screen, "admin", ADMIN_PASS)


def test_back_up_now_on_a_full_disk_shows_the_one_sentence(
        qtbot: Any, small_window: MainWindow, small_disk: SmallDisk, monkeypatch: Any) -> None:
    page = admin_page(qtbot, small_window)
    context = small_window.context
    assert context is not None
    backups = context.workspace.backups_dir
    monkeypatch.setattr(Dialogs, "choose_folder", classmethod(lambda cls, *a, **k: backups))
    shown: list[str] = []
    monkeypatch.setattr(Dialogs, "error", classmethod(
        lambda cls, parent, title, text: shown.append(text)))
    small_disk.fill(leave=64 * 1024)
    page.backup_now()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    assert shown[0].startswith(f"There is not enough free space on the disk holding {backups}")
    assert "Nothing was lost" in shown[0] and "OperationalError" not in shown[0]
    assert not list(backups.glob("*.cdbackup")) and not list(backups.glob(".*"))
    small_disk.make_room()
    page.backup_now()
    qtbot.waitUntil(lambda: bool(list(backups.glob("*.cdbackup"))), timeout=WAIT_MS)
