"""Scheduled backups: the pure due-decision, and run_if_due against a real store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from collabdesk.backup import verify_backup
from collabdesk.backup_schedule import (
    LAST_BACKUP_META,
    BackupSchedule,
    is_due,
    next_due,
    run_if_due,
)
from collabdesk.services.session import DEFAULT_SETTINGS, Session
from tests.core.conftest import PASSPHRASES, Agency

NOON = dt.datetime(2026, 10, 15, 12, 0, tzinfo=dt.UTC)


def test_settings_defaults_give_a_daily_schedule_keeping_seven() -> None:
    schedule = BackupSchedule.from_settings(DEFAULT_SETTINGS)
    assert schedule == BackupSchedule("", 24, 7)
    assert schedule.enabled
    odd = BackupSchedule.from_settings({"backup_every_hours": "x", "backup_keep": -3})
    assert (odd.every_hours, odd.keep) == (24, 0)


def test_due_decision() -> None:
    daily = BackupSchedule("/media/usb", 24, 5)
    assert is_due(daily, None, NOON)  # never backed up: at once
    assert not is_due(daily, NOON - dt.timedelta(hours=23, minutes=59), NOON)
    assert is_due(daily, NOON - dt.timedelta(hours=24), NOON)
    assert is_due(daily, NOON - dt.timedelta(days=9), NOON)  # missed days: one backup now
    assert is_due(daily, NOON + dt.timedelta(days=2), NOON)  # clock set back
    assert next_due(daily, NOON) == NOON + dt.timedelta(hours=24)
    off = BackupSchedule("/media/usb", 0, 5)
    assert not is_due(off, None, NOON) and next_due(off, None) is None


def test_run_if_due_backs_up_then_waits_and_keeps_the_newest(
        agency: Agency, admin: Session, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    admin.update_settings(backup_folder=str(usb), backup_every_hours=6, backup_keep=2)

    first = run_if_due(admin)
    assert first.path is not None and first.path.parent == usb
    assert admin.store.get_meta(LAST_BACKUP_META) is not None
    assert run_if_due(admin).skipped == "not due"

    made = [first.path]
    for _ in range(2):
        agency.clock.advance(hours=6)
        result = run_if_due(admin)
        assert result.path is not None
        made.append(result.path)
    assert sorted(usb.glob("*.cdbackup")) == sorted(made[1:])  # keep the last 2
    report = verify_backup(made[-1], "admin", PASSPHRASES["admin"])
    assert report.ok


def test_a_missing_drive_is_reported_not_replaced_by_a_local_folder(
        admin: Session, tmp_path: Path) -> None:
    gone = tmp_path / "unplugged"
    admin.update_settings(backup_folder=str(gone))
    result = run_if_due(admin)
    assert result.path is None and "not available" in result.skipped
    assert not gone.exists()
    assert admin.store.get_meta(LAST_BACKUP_META) is None  # still due at the next check


def test_empty_folder_means_the_data_folders_backups(agency: Agency, admin: Session) -> None:
    result = run_if_due(admin)
    assert result.path is not None
    assert result.path.parent == agency.workspace.backups_dir


def test_the_schedule_runs_whoever_is_signed_in(
        agency: Agency, sign_in: Callable[[str], Session]) -> None:
    # Clinics may go weeks without an admin at the laptop; the admin's schedule still holds.
    worker = sign_in("wendy")
    result = run_if_due(worker)
    assert result.path is not None and result.path.parent == agency.workspace.backups_dir
    from collabdesk.backup import create_backup
    from collabdesk.errors import PermissionDenied

    with pytest.raises(PermissionDenied):  # but making one by hand stays an admin's job
        create_backup(worker, agency.workspace.backups_dir)
