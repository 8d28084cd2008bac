"""ruff and mypy find nothing: the project's style and types, checked on every run.

mypy runs over core, sync and the desktop as the installed package (``installer/typecheck.py``
lays it out), so calls from one to the other are checked rather than taken as ``Any``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_finds_nothing() -> None:
    done = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", str(ROOT)],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_finds_nothing_across_core_sync_and_desktop(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "installer" / "typecheck.py"), "--into",
                           str(tmp_path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    # The desktop and sync were in the package it checked, not just the core.
    found = re.search(r"in (\d+) source files", done.stdout)
    assert found and int(found.group(1)) > len(list((ROOT / "collabdesk").rglob("*.py")))
    assert (tmp_path / "collabdesk" / "ui" / "models.py").exists()
