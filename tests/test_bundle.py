"""The packaged app: build the PyInstaller bundle with installer/build.py and use it.

One slow test (about a minute on a 2-core machine): it builds the one-folder bundle (and,
where dpkg-deb exists, the .deb), then drives the *built executable* the way an IT
volunteer would — ``--version``, the scripted GUI smoke test under the offscreen platform
(create a store, sign in through the sign-in screen, quit), and the headless subcommands of
the same binary (``init``, ``verify``, ``backup``, ``verify --backup``). It is skipped where
PyInstaller is not installed (the ``build`` extra), and fails for that under CI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import collabdesk
from tests.support.required import import_or_unavailable

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def _run(exe: Path, *args: str, env: dict[str, str], timeout: float = 180) -> \
        subprocess.CompletedProcess[str]:
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env,
                          timeout=timeout, check=False)


def test_built_bundle_starts_signs_in_and_runs_its_commands(tmp_path: Path) -> None:
    import_or_unavailable("PyInstaller", "The 'build' extra (PyInstaller) is not installed.")
    dist = tmp_path / "dist"
    make_deb = sys.platform.startswith("linux") and shutil.which("dpkg-deb") is not None
    build = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "build.py"), "--dist", str(dist),
         "--no-check", "--fast", *(["--deb"] if make_deb else [])],
        capture_output=True, text=True, timeout=600, check=False, cwd=ROOT)
    assert build.returncode == 0, build.stdout + build.stderr

    exe = dist / "collabdesk" / ("collabdesk.exe" if os.name == "nt" else "collabdesk")
    assert exe.is_file()
    internal = dist / "collabdesk" / "_internal"
    # Resources where collabdesk.ui.i18n.resources_dir() looks in a frozen app.
    assert (internal / "resources" / "translations" / "collabdesk_es.qm").is_file()
    assert (internal / "resources" / "styles" / "app.qss").is_file()
    assert (internal / "resources" / "icons" / "collabdesk.svg").is_file()
    assert list((internal / "collabdesk" / "store" / "migrations").glob("0001_*.sql"))
    assert (internal / "collabdesk" / "events" / "body_dictionary_1.zstd").is_file()
    # Left out: the hub's server stack and Qt modules the app never uses.
    assert not list(internal.rglob("fastapi"))
    assert not list(internal.rglob("QtQml*")) and not list(internal.rglob("QtNetwork.*"))

    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("COLLABDESK_", "PYTHON"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home / "data"))

    version = _run(exe, "--version", env=env)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"CollabDesk {collabdesk.__version__}"

    smoke = _run(exe, "--self-test", env=env)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "signed in through the sign-in screen" in smoke.stdout
    assert "quit cleanly" in smoke.stdout

    data = tmp_path / "agency"
    secret = tmp_path / "passphrase.txt"
    secret.write_text("bundle test passphrase one", encoding="utf-8")
    common = ["--data-dir", str(data), "--passphrase-file", str(secret)]
    init = _run(exe, "init", *common, "--agency", "Bundle Clinic", "--admin", "ivy",
                "--fast-kdf", env=env)
    assert init.returncode == 0, init.stderr
    assert "Recovery code" in init.stdout
    verify = _run(exe, "verify", *common, "--user", "ivy", env=env)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "no problems found" in verify.stdout
    backup = _run(exe, "backup", *common, "--user", "ivy", "--to", str(tmp_path / "usb"),
                  env=env)
    assert backup.returncode == 0, backup.stderr
    [backup_file] = (tmp_path / "usb").glob("*.cdbackup")
    drill = _run(exe, "verify", *common, "--user", "ivy", "--backup", str(backup_file),
                 env=env)
    assert drill.returncode == 0, drill.stdout + drill.stderr
    assert "readable and intact" in drill.stdout

    if make_deb:
        [deb] = dist.glob("collabdesk_*.deb")
        root = tmp_path / "debroot"
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        assert (root / "usr" / "share" / "applications" / "collabdesk.desktop").is_file()
        installed = _run(root / "opt" / "collabdesk" / "collabdesk", "--version", env=env)
        assert installed.stdout.strip() == f"CollabDesk {collabdesk.__version__}"
