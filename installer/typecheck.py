"""Type-check core, sync and desktop as the one package they are installed as.

The source tree keeps ``ui/`` and ``sync/`` beside ``collabdesk/``; installed, they are
``collabdesk.ui`` and ``collabdesk.sync`` (pyproject's package-dir). mypy cannot follow that
mapping, so checked in place every ``from collabdesk.ui… import`` was an unknown module (and
``ignore_missing_imports`` made it ``Any``): calls across modules went unchecked. This builds
the installed layout out of symbolic links under ``build/typecheck/`` and runs mypy on the
package there, with the options in pyproject.toml.

    python installer/typecheck.py            # prints mypy's report; exit status is mypy's
    python installer/typecheck.py --into /tmp/tc   # lay it out elsewhere
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAPPED = {"ui": ROOT / "ui", "sync": ROOT / "sync"}  # collabdesk.<name> -> folder


def build_layout(target: Path) -> Path:
    """``target``/collabdesk: the package as installed, made of links into the source tree."""
    package = target / "collabdesk"
    if package.exists():
        shutil.rmtree(package)
    package.mkdir(parents=True)
    for entry in sorted((ROOT / "collabdesk").iterdir()):
        if entry.name != "__pycache__":
            os.symlink(entry, package / entry.name, target_is_directory=entry.is_dir())
    for name, folder in MAPPED.items():
        os.symlink(folder, package / name, target_is_directory=True)
    return package


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--into", type=Path, default=ROOT / "build" / "typecheck",
                        help="where to lay the package out (mypy's cache goes there too)")
    where = parser.parse_args(argv).into
    build_layout(where)
    return subprocess.call([sys.executable, "-m", "mypy", "--config-file",
                            str(ROOT / "pyproject.toml"), "-p", "collabdesk"], cwd=where)


if __name__ == "__main__":
    sys.exit(main())
