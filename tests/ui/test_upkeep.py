"""Scheduled backups and the update notice in the running app (offscreen Qt)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from collabdesk.backup import verify_backup
from collabdesk.backup_schedule import LAST_BACKUP_META
from collabdesk.ui.dialogs.common import Dialogs
from collabdesk.ui.main_window import MainWindow
from collabdesk.updates import META_LATEST
from tests.ui.window_support import ADMIN_PASS, admin_page
from tests.waits import WAIT_MS


def test_admin_sets_a_schedule_and_the_app_backs_up_to_the_chosen_drive(
        qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: Any) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    page = admin_page(qtbot, window)
    monkeypatch.setattr(Dialogs, "choose_folder", classmethod(lambda cls, *a, **k: usb))
    page.choose_schedule_folder()
    assert page.schedule_folder_edit.text() == str(usb)
    page.schedule_every_spin.setValue(12)
    page.schedule_keep_spin.setValue(3)
    with qtbot.waitSignal(page.sig_loaded, timeout=WAIT_MS):
        page.save_schedule()
    session = window.context.session if window.context else None
    assert session is not None
    settings = session.settings()
    assert (settings["backup_folder"], settings["backup_every_hours"],
            settings["backup_keep"]) == (str(usb), 12, 3)

    upkeep = window.upkeep
    assert upkeep is not None
    with qtbot.waitSignal(upkeep.sig_backup_made, timeout=WAIT_MS) as made:
        upkeep.check()
    path = made.args[0]
    assert Path(path).parent == usb
    assert verify_backup(Path(path), "admin", ADMIN_PASS).ok
    with qtbot.waitSignal(upkeep.sig_checked, timeout=WAIT_MS):
        upkeep.check()  # not due again for 12 hours
    assert list(usb.glob("*.cdbackup")) == [Path(path)]
    assert session.store.get_meta(LAST_BACKUP_META)


def test_status_bar_tells_of_a_newer_version_the_hub_announced(
        qtbot: Any, window: MainWindow) -> None:
    admin_page(qtbot, window)
    assert window.context is not None and window.upkeep is not None
    window.context.session.store.set_meta(META_LATEST, "99.0.0")
    with qtbot.waitSignal(window.upkeep.sig_checked, timeout=WAIT_MS):
        window.upkeep.check()
    label = window.upkeep.update_label
    assert label.isVisible()
    assert label.text() == ("A newer version (99.0.0) is available — ask your IT volunteer")
    window.context.session.store.set_meta(META_LATEST, "0.0.1")
    with qtbot.waitSignal(window.upkeep.sig_checked, timeout=WAIT_MS):
        window.upkeep.check()
    assert not label.isVisible()
