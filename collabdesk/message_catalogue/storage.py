"""The words about the local store, its backups and the disk: opening and checking the store,
making and restoring backups, a full or read-only disk."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # backup
    "backup.altered": "{name} was altered or damaged; it cannot be trusted.",
    "backup.changed-while-checked": "{name} changed while it was being checked; try again.",
    "backup.failed-checks": "The backup failed its checks: {problems}",
    "backup.from-newer-version": "This backup was made by a newer CollabDesk; upgrade first.",
    "backup.cannot-read": "{name} cannot be read ({strerror}).",
    "backup.header-unreadable": "{name} is damaged: its header cannot be read. Use another "
    "backup.",
    "backup.incomplete": "{name} is incomplete or damaged ({size} bytes, expected {expected}). "
    "Use another backup.",
    "backup.key-slots-damaged": "The key slots in {name} are damaged. Use another backup.",
    "backup.no-data-folder": "This session has no data folder to back up.",
    "backup.no-data-folder-for-schedule": "This session has no data folder to back up into.",
    "backup.not-a-backup": "{name} is not a CollabDesk backup.",
    "backup.other-agency":
        "This backup belongs to another agency's store. Restoring it would replace this "
        "agency's data; refusing.",
    "backup.restore-failed-rolled-back":
        "Restoring failed and the previous store was put back: {exc}",
    "backup.store-unopenable": "The store inside {name} cannot be opened: {exc}",
    "backup.vault-here-unreadable":
        "The vault file here cannot be read, so this backup cannot be matched to this agency. "
        "If it is this agency's backup, restore it with --allow-other-agency (the damaged "
        "files are kept).",
    # cancelled
    "cancelled": "Cancelled; nothing was changed.",
    # disk (a full disk, a folder that may not be written, space running low)
    "disk.full":
        "There is not enough free space on the disk holding {folder}: about {needed} more is "
        "needed there ({free} free now). Nothing was lost: what was being saved was not "
        "saved, and everything saved before is intact. Free some space on that disk and try "
        "again.",
    "disk.read-only":
        "CollabDesk cannot write to {folder}: the disk is read-only (a write-protected drive?). "
        "Nothing was changed. Make it writable, or choose another folder, and try again.",
    "disk.not-permitted":
        "CollabDesk may not write to {folder}: the folder belongs to another user or does not "
        "allow changes. Nothing was changed. Ask the IT volunteer to give your account access "
        "to it, and try again.",
    "disk.low-space":
        "The disk holding {folder} has {free} free, less than the {needed} the next backup "
        "and a week of work need. Free some space soon (Admin, Storage shows what CollabDesk "
        "uses and can prune old backups).",
    # sizes, as disks are sold (decimal units)
    "size.bytes": "{n} bytes",
    "size.kb": "{n} kB",
    "size.mb": "{n} MB",
    "size.gb": "{n} GB",
    # store
    "store.already-exists": "A store already exists at {path}; refusing to overwrite it.",
    "store.broken-link": "Broken link: row {row} of {table} points to a {parent} record that "
    "does not exist.",
    "store.cipher-problem": "Encryption check: {detail}",
    "store.integrity-problem": "Integrity check: {detail}",
    "store.event-body-damaged": "Event {seq} of the event log cannot be read: its stored "
    "contents are damaged.",
    "store.from-newer-version":
        "This store was written by a newer CollabDesk (schema {version}; this version reads up "
        "to {supported}). Install the newer version to open it.",
    "store.key-wrong-size": "The store key must be 32 bytes.",
    "store.damaged":
        "{problem} Nothing was changed. Restore the store from a backup ('collabdesk restore "
        "FILE'), or move this data folder aside and set the laptop up again to fetch the "
        "agency's records from the hub (see the IT guide).",
    "store.file-cut-short":
        "The store file {path} is damaged: it was cut short ({missing} bytes missing from its "
        "last page).",
    "store.file-cut-short-one":
        "The store file {path} is damaged: it was cut short (1 byte missing from its last "
        "page).",
    "store.file-damaged": "The store file {path} is damaged ({exc}).",
    "store.file-empty": "The store file {path} is empty: its contents were lost.",
    "store.file-missing": "The store file {path} is missing.",
    "store.file-unreadable": "The store file {path} cannot be read ({strerror}).",
    "store.forbidden-thread": "The store was used on a thread that must never wait for it.",
    "store.locked": "The store is locked.",
    "store.migration-failed":
        "Upgrading the store failed at step {name}: {exc}. The store was left at version "
        "{version}; nothing was lost.",
    "store.not-a-file": "The store {path} is not a file.",
    "store.not-found": "No store found at {path}.",
    "store.target-exists": "{target} already exists.",
    "store.wrong-key":
        "The store could not be opened with this key: it is damaged or belongs to another "
        "agency.",
    "store.wrong-key-or-damaged":
        "The store {path} could not be opened with this key: it is damaged, or it is another "
        "agency's store.",
}
