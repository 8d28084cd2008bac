"""Atomic, durable file writes: a reader sees the old file or the new one, never half.

Used for every file CollabDesk writes outside the store (vault, settings, backups,
exports): write to a temporary file in the same folder, fsync it, rename it over
the target, then fsync the folder so the rename itself survives a power cut.

Also the one place that makes files and folders readable by their owner only.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from collabdesk.diskspace import guard


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory for fsync; rename is durable there.
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(path: Path, mode: int = 0o600, *, needs: int = 0) -> Iterator[BinaryIO]:
    """Yield a binary file; on clean exit it atomically replaces ``path``.

    On any exception the temporary file is removed and ``path`` is untouched. A full disk
    or a folder that may not be written (while creating, writing, syncing or renaming) is
    raised as :class:`~collabdesk.errors.DiskProblem`; ``needs`` is about how many bytes the
    whole file takes, for the message's "how much more is needed"."""
    path = Path(path)
    with guard(path.parent, needs):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            os.chmod(tmp, mode)
            with os.fdopen(fd, "wb") as fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
            fsync_dir(path.parent)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    with atomic_writer(path, mode, needs=len(data)) as fh:
        fh.write(data)


def owner_only(path: Path) -> None:
    """Make ``path`` readable by its owner only: 0600 for a file, 0700 for a folder.

    A missing path is skipped, and so is one that cannot be changed. Windows keeps access
    in ACLs (the user's own profile folder already excludes other users), so nothing is
    done there."""
    if os.name == "nt":
        return
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    wanted = 0o700 if stat.S_ISDIR(mode) else 0o600
    if stat.S_IMODE(mode) != wanted:
        # Best effort: a file someone else owns, or a read-only disk, must not stop the app.
        with contextlib.suppress(OSError):
            os.chmod(path, wanted)


def create_owner_only(path: Path) -> None:
    """Create the empty file ``path`` as 0600 (it must not exist yet), so nothing a
    program writes into it afterwards is ever readable by other users, not even briefly."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
