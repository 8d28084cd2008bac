"""Scheduled backups: is one due, and making it.

The decision is pure (:func:`is_due`, :func:`next_due`): given the agency's settings
(``backup_folder``, ``backup_every_hours``, ``backup_keep``) and when this laptop last made
a scheduled backup, is one due now? :func:`run_if_due` wires it to
:func:`collabdesk.backup.create_backup` for the desktop app's timer, and records the time of
the last scheduled backup in the store's ``meta`` (per laptop: meta never replicates).

:func:`prune` applies the same rule by hand (Admin, Storage: "Prune old backups").

An empty folder means the data folder's own ``backups/``; a folder that is not there (a USB
drive that is not plugged in) is reported and tried again at the next check, never created
on the laptop's disk instead, which would look like a backup on the drive.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from collabdesk.errors import BackupError

if TYPE_CHECKING:
    from collabdesk.services.session import Session

LAST_BACKUP_META = "backup_last_scheduled_at"
DEFAULT_EVERY_HOURS = 24
DEFAULT_KEEP = 7


@dataclass(frozen=True)
class BackupSchedule:
    folder: str  # "" = the data folder's backups/
    every_hours: int  # 0 = no scheduled backups
    keep: int  # 0 = keep every backup

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> BackupSchedule:
        def number(key: str, default: int) -> int:
            try:
                return max(0, int(settings.get(key, default)))
            except (TypeError, ValueError):
                return default

        return cls(str(settings.get("backup_folder") or ""),
                   number("backup_every_hours", DEFAULT_EVERY_HOURS),
                   number("backup_keep", DEFAULT_KEEP))

    @property
    def enabled(self) -> bool:
        return self.every_hours > 0


def next_due(schedule: BackupSchedule, last: dt.datetime | None) -> dt.datetime | None:
    """When the next scheduled backup is due (``None``: never; ``last`` None: at once)."""
    if not schedule.enabled:
        return None
    if last is None:
        return dt.datetime.min.replace(tzinfo=dt.UTC)
    return last + dt.timedelta(hours=schedule.every_hours)


def is_due(schedule: BackupSchedule, last: dt.datetime | None, now: dt.datetime) -> bool:
    """True when a scheduled backup should be made now.

    A clock set back (``last`` in the future) counts as due: better one extra backup than
    none for days."""
    due = next_due(schedule, last)
    if due is None:
        return False
    return due <= now or (last is not None and last > now)


def parse_time(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class ScheduledResult:
    """What a check did: ``path`` of a new backup, or why none was made (``skipped``)."""

    path: Path | None
    skipped: str = ""
    next_due: dt.datetime | None = None


def target_folder(schedule: BackupSchedule, session: Session) -> Path:
    if schedule.folder:
        return Path(schedule.folder)
    if session.workspace is None:
        raise BackupError("backup.no-data-folder-for-schedule")
    return session.workspace.backups_dir


def run_if_due(session: Session) -> ScheduledResult:
    """Make a scheduled backup when one is due (db lane). Never raises for a missing drive."""
    from collabdesk.backup import create_backup

    schedule = BackupSchedule.from_settings(session.settings())
    last = parse_time(session.store.get_meta(LAST_BACKUP_META))
    now = session.now()
    if not is_due(schedule, last, now):
        reason = "off" if not schedule.enabled else "not due"
        return ScheduledResult(None, reason, next_due(schedule, last))
    folder = target_folder(schedule, session)
    if schedule.folder and not folder.is_dir():
        return ScheduledResult(None, f"The backup folder {folder} is not available (is the "
                                     "drive plugged in?).", None)
    path = create_backup(session, folder, keep=schedule.keep or None, scheduled=True)
    stamp = now.astimezone(dt.UTC).isoformat()
    session.store.set_meta(LAST_BACKUP_META, stamp)
    return ScheduledResult(path, "", next_due(schedule, now))


@dataclass(frozen=True)
class PruneResult:
    """What pruning did: backups deleted, bytes freed, backups kept (in ``folder``)."""

    folder: Path
    removed: int
    freed: int
    kept: int


def prune(session: Session) -> PruneResult:
    """Delete the agency's backups beyond the newest ``backup_keep`` in the schedule's folder
    (none when the rule is to keep every backup, or the folder is not there). Admin only."""
    from collabdesk.backup import SUFFIX, _prune

    session.require("backup.manage")
    schedule = BackupSchedule.from_settings(session.settings())
    folder = target_folder(schedule, session)
    agency = session.agency_id[:8]
    removed = freed = 0
    if schedule.keep and folder.is_dir():
        removed, freed = _prune(folder, agency, schedule.keep)
        if removed:
            session.audit_now("backup.prune", removed=removed, freed=freed)
    kept = len(list(folder.glob(f"collabdesk-{agency}-*{SUFFIX}"))) if folder.is_dir() else 0
    return PruneResult(folder, removed, freed, kept)
