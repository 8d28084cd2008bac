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


# The X11 libraries Qt's xcb platform plugin loads, with the Debian/Ubuntu and Fedora packages
# that provide them. A minimal system often lacks some, and Qt then names only the first it
# tried ("xcb-cursor0"), which sends people after the wrong package.
_XCB_LIBRARIES = (
    ("xcb-cursor", "libxcb-cursor0", "xcb-util-cursor"),
    ("xcb-icccm", "libxcb-icccm4", "xcb-util-wm"),
    ("xcb-keysyms", "libxcb-keysyms1", "xcb-util-keysyms"),
    ("xcb-image", "libxcb-image0", "xcb-util-image"),
    ("xcb-render-util", "libxcb-render-util0", "xcb-util-renderutil"),
    ("xkbcommon-x11", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    ("EGL", "libegl1", "mesa-libEGL"),
    ("fontconfig", "libfontconfig1", "fontconfig"),
)


def missing_linux_libraries() -> list[tuple[str, str]]:
    """(Debian/Ubuntu package, Fedora package) of each library the desktop needs and this
    Linux system lacks; nothing on other systems or where no display is used."""
    import ctypes.util

    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return []
    return [(deb, rpm) for lib, deb, rpm in _XCB_LIBRARIES if ctypes.util.find_library(lib) is None]


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"app", "test"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "app":
        missing = missing_linux_libraries()
        if missing:
            print("The desktop needs a few system libraries this computer does not have. "
                  "Install them, then run this again:\n"
                  f"  Debian/Ubuntu: sudo apt-get install {' '.join(d for d, _ in missing)}\n"
                  f"  Fedora:        sudo dnf install {' '.join(r for _, r in missing)}",
                  file=sys.stderr)
            return 1
        py = _ensure_env("hub")
        return subprocess.call([str(py), "-m", "collabdesk.ui", *rest])
    py = _ensure_env("hub,dev,build")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.call([str(py), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
