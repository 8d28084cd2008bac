"""Set up a private environment in .venv and run CollabDesk or its test suite.

This is the README's quick start: it needs only Python 3.11+ and works on a fresh
clone. It creates ``.venv`` next to the checkout, installs the project (editable)
with the pinned dependencies, and re-installs only when ``pyproject.toml`` changes.

    python3 installer/bootstrap.py app [--demo] [collabdesk options]
    python3 installer/bootstrap.py test [pytest options]
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".collabdesk-installed"


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _ensure_env(extras: str) -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 -- runs under any python3 a newcomer has
        sys.exit("CollabDesk needs Python 3.11 or newer; this is " + sys.version.split()[0])
    py = _venv_python()
    if not py.exists():
        print("Creating a private environment in .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    have = STAMP.read_text().split() if STAMP.exists() else []
    if wanted not in have:
        print(f"Installing CollabDesk and its pinned dependencies ({extras}) …", flush=True)
        subprocess.run(
            [str(py), "-m", "pip", "install", "--disable-pip-version-check", "-q",
             "-e", f"{ROOT}[{extras}]"],
            check=True,
        )
        STAMP.write_text("\n".join([*have, wanted]))
    return py


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"app", "test"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "app":
        py = _ensure_env("hub")
        return subprocess.call([str(py), "-m", "collabdesk.ui", *rest])
    py = _ensure_env("hub,dev,build")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.call([str(py), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
