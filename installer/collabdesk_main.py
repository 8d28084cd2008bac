"""Entry point of the packaged (PyInstaller) CollabDesk executable.

The same executable opens the desktop app, runs every headless subcommand
(``collabdesk init …``, ``collabdesk verify …``) and, with the hidden ``--self-test`` flag,
runs the scripted smoke test the release build is checked with: create a store, sign in
through the real sign-in screen, quit cleanly.
"""

from __future__ import annotations

import multiprocessing
import sys


def main() -> int:
    args = sys.argv[1:]
    if args and args[0] == "--self-test":
        from collabdesk.ui.selftest import main as self_test

        return self_test(args[1:])
    from collabdesk.ui.__main__ import main as collabdesk_main

    return collabdesk_main(args)


if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless; needed if anything ever spawns processes
    sys.exit(main())
