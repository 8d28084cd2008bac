"""The technical log: the detail behind a plain message, kept for the IT volunteer.

A person reads one sentence ("The connection to the hub was cut; nothing was lost…"); the
exception class, HTTP status and first bytes of an odd answer go to ``logs/collabdesk.log``
in the data folder (1 MB, three older files kept), readable by its owner only. Modules log ids,
codes and exception names — never a client's data — so the file may sit outside the encrypted
store. A log that cannot be written (a full or read-only disk) is silently skipped: the log
must never be the reason something else fails.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

LOG_NAME = "collabdesk.log"
MAX_BYTES = 1_000_000
KEEP = 3


class _OwnerOnlyFileHandler(logging.handlers.RotatingFileHandler):
    def _open(self):  # type: ignore[no-untyped-def]  # the base class's hook has no types
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(fd, self.mode.replace("w", "a"), encoding=self.encoding)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        pass  # no traceback on stderr for a log line that could not be written


def install(data_dir: Path, *, level: int = logging.INFO) -> Path | None:
    """Send the ``collabdesk`` loggers to ``data_dir/logs/collabdesk.log``, the log of the
    store signed in to (one per process: a previous folder's log is closed); return the
    file, or None when the folder cannot hold it."""
    folder = Path(data_dir) / "logs"
    path = folder / LOG_NAME
    root = logging.getLogger("collabdesk")
    for handler in root.handlers:
        if isinstance(handler, _OwnerOnlyFileHandler) and Path(handler.baseFilename) == path:
            return path
    uninstall()
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError:
        return None
    handler = _OwnerOnlyFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP,
                                    encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path


def uninstall() -> None:
    """Close and remove the log files (tests, and a store moved elsewhere)."""
    root = logging.getLogger("collabdesk")
    for handler in list(root.handlers):
        if isinstance(handler, _OwnerOnlyFileHandler):
            root.removeHandler(handler)
            handler.close()
