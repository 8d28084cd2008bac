"""A real, small filesystem per test, to fill up or make read-only: full-disk tests.

:func:`mount_small_disk` mounts a tmpfs of a few MB (root only, as CI runs) and yields a
:class:`SmallDisk`: :meth:`SmallDisk.fill` grows a filler file until the kernel says ENOSPC and
then gives back exactly the bytes asked for, :meth:`SmallDisk.make_room` deletes the filler,
and :meth:`SmallDisk.read_only` remounts it read-only for a while (a write-protected stick).
tmpfs answers a full disk as a real disk does (``write`` fails with ENOSPC, SQLite reports
``SQLITE_FULL``) and needs no image file or loop device. Where mounting is not permitted (not
root, no mount namespace) the test is skipped with the reason, and fails under CI
(:mod:`tests.support.required`).

:func:`hashes` takes the SHA-256 of every file under a folder, to prove that nothing changed.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

from tests.support.required import unavailable

FILLER = ".filler"
_CHUNK = 64 * 1024


class SmallDisk:
    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def free(self) -> int:
        return shutil.disk_usage(self.root).free

    def fill(self, leave: int = 0) -> None:
        """Take every free byte but ``leave`` (rounded to the disk's 4 KiB pages)."""
        path = self.root / FILLER
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        block = b"\0" * _CHUNK
        try:
            while True:
                try:
                    if os.write(fd, block[:max(4096, min(_CHUNK, self.free))]) <= 0:
                        break
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    break
            # Down to single pages, so "full" means not one more page.
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * 4096) > 0:
                    pass
            if leave:
                size = os.fstat(fd).st_size
                os.ftruncate(fd, max(0, size - leave))
        finally:
            os.close(fd)

    def make_room(self) -> None:
        """Delete the filler: the space is back."""
        (self.root / FILLER).unlink(missing_ok=True)

    @contextlib.contextmanager
    def read_only(self) -> Iterator[None]:
        _mount("-o", "remount,ro", str(self.root))
        try:
            yield
        finally:
            _mount("-o", "remount,rw", str(self.root))


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True, text=True)


@contextlib.contextmanager
def mount_small_disk(where: Path, size_mb: int = 12) -> Iterator[SmallDisk]:
    where.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None:
        unavailable("Full-disk tests mount a small tmpfs and there is no mount command here.")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_mb}m,mode=0700", "tmpfs", str(where)],
        capture_output=True, text=True, check=False)
    if done.returncode != 0:
        unavailable("Full-disk tests mount a small tmpfs, which needs root (CI runs as root): "
                    f"{done.stderr.strip() or 'mount failed'}.")
    try:
        yield SmallDisk(where)
    finally:
        if subprocess.run(["umount", str(where)], capture_output=True,
                          check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def hashes(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (the filler left out) by relative path, with its SHA-256."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.name != FILLER:
            found[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def leftovers(folder: Path) -> list[str]:
    """Temporary files and folders a write left behind (atomic writes' ``.*.tmp``, scratch
    folders of backups and restores, SQLite journals other than the live WAL)."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.name != FILLER and (p.name.endswith(".tmp") or p.name.startswith(
                      (".collabdesk-", ".restore-")) or p.name.endswith("-journal")))
