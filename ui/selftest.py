"""The packaged build's smoke test: ``collabdesk --self-test [--data-dir DIR] [--keep]``.

Run by the release build (and ``tests/test_bundle.py``) on the built executable, usually
under ``QT_QPA_PLATFORM=offscreen``. It proves that what a person does first works from the
bundle alone: the store migrations, SQLCipher, the vault's Argon2id and HPKE, the Qt
plugins, translations and stylesheet are all inside it. Steps:

1. create an agency store in a scratch folder (minimum passphrase hardening, for speed);
2. start the desktop app on that folder the way ``collabdesk`` does, so the sign-in
   screen appears;
3. type the passphrase into the real sign-in screen and press its button;
4. wait for the work area, lock, and quit with the same shutdown path as a user's quit.

It prints one line per step and exits 0 when every step passed, 1 when one failed, and 2
when the app did not get there within the time limit.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

AGENCY = "Self-test agency"
USERNAME = "selftest"
# A throwaway passphrase for a throwaway store in a scratch folder.
PASSPHRASE = "self-test correct horse battery"


def _say(message: str) -> None:
    print(f"self-test: {message}", flush=True)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="collabdesk --self-test")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="an empty folder to use (default: a scratch folder, removed after)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds to wait for the app to reach the work area")
    return parser.parse_args(list(argv))


def check_resources() -> list[str]:
    """Problems with the bundled resources (empty when translations and styles are there)."""
    from collabdesk.ui.i18n import available_languages, resources_dir
    from collabdesk.ui.theme import stylesheet_path

    problems = []
    if not stylesheet_path().is_file():
        problems.append(f"stylesheet missing: {stylesheet_path()}")
    languages = available_languages()
    if len(languages) < 2:
        problems.append(f"no compiled translations in {resources_dir() / 'translations'}")
    return problems


def run(data_dir: Path, timeout_s: float) -> int:
    started = time.perf_counter()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from collabdesk import __version__
    from collabdesk.store.db import schema_version
    from collabdesk.ui.app import Launcher
    from collabdesk.ui.i18n import available_languages, install_language
    from collabdesk.ui.theme import apply_theme
    from collabdesk.vault import KdfParams
    from collabdesk.workspace import Workspace

    _say(f"CollabDesk {__version__}, store schema {schema_version()}")
    problems = check_resources()
    if problems:
        for problem in problems:
            _say(f"FAILED: {problem}")
        return 1
    _say(f"resources found; languages {', '.join(available_languages())}")

    session, _code = Workspace(data_dir).create(AGENCY, USERNAME, PASSPHRASE,
                                                kdf=KdfParams.FLOOR)
    session.close()
    _say(f"created a store in {data_dir}")

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("CollabDesk")
    app.setApplicationVersion(__version__)
    install_language(app, "en")
    apply_theme(app)
    launcher = Launcher(app, argparse.Namespace(data_dir=data_dir, demo=False, lang="en"))
    window = launcher.window
    outcome: dict[str, object] = {"code": 2, "reason": "timed out"}

    def signed_in() -> None:
        sections = window.visible_sections()
        if not window.is_signed_in() or "admin" not in sections:
            outcome.update(code=1, reason=f"work area incomplete: {sections}")
        else:
            outcome.update(code=0, reason="")
            _say(f"signed in through the sign-in screen; sections: {', '.join(sections)}")
        window.lock()
        app.quit()

    def type_passphrase() -> None:
        if window.is_signed_in() or not window.sign_in.isVisible():
            outcome.update(code=1, reason="the sign-in screen did not appear")
            app.quit()
            return
        _say(f"sign-in screen shown after {time.perf_counter() - started:.2f} s")
        window.sign_in.set_username(USERNAME)
        window.sign_in.passphrase_edit.setText(PASSPHRASE)
        window.sign_in.sign_in_button.click()

    def give_up() -> None:
        error = window.sign_in.error_label.text()
        outcome.update(code=2, reason=f"timed out (sign-in screen says: {error!r})")
        app.quit()

    window.sig_session_started.connect(signed_in)
    launcher.start()
    QTimer.singleShot(0, type_passphrase)
    QTimer.singleShot(int(timeout_s * 1000), give_up)
    app.exec()
    launcher.shutdown()
    code = int(str(outcome["code"]))
    if code:
        _say(f"FAILED: {outcome['reason']}")
    else:
        _say(f"passed in {time.perf_counter() - started:.2f} s; quit cleanly")
    return code


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    scratch = args.data_dir is None
    data_dir = (Path(tempfile.mkdtemp(prefix="collabdesk-selftest-")) if scratch
                else args.data_dir)
    try:
        return run(data_dir, args.timeout)
    except Exception as exc:  # the smoke test reports every failure as one line
        _say(f"FAILED: {type(exc).__name__}: {exc}")
        return 1
    finally:
        if scratch and not args.keep:
            shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
