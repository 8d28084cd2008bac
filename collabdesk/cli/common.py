"""What every ``collabdesk`` subcommand shares: exit codes, the CLI's error, progress
printers for stderr, and the workspace and signed-in session named by the common options.

Subcommands that need the store ask for a user and passphrase: ``--user`` (or
``COLLABDESK_USER``), and the passphrase from ``--passphrase-file``, the
``COLLABDESK_PASSPHRASE`` variable, or a prompt when there is a terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from collabdesk.errors import CollabDeskError

if TYPE_CHECKING:
    from collabdesk.progress import Progress
    from collabdesk.services.session import Session
    from collabdesk.workspace import Workspace

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


class CliError(CollabDeskError):
    pass


def _progress(label: str) -> Progress:
    """A progress printer for long work measured in percent (stderr, one updating line on
    a terminal); the work's messages are not shown, the label says what it is."""
    tty = sys.stderr.isatty()
    last = [-1]

    def report(done: int, total: int, message: str = "") -> None:
        pct = int(100 * done / total) if total else 100
        if pct == last[0]:
            return
        last[0] = pct
        if tty:
            print(f"\r{label} {pct:3d}%", end="" if pct < 100 else "\n", file=sys.stderr)
        elif pct in (0, 25, 50, 75, 100):
            print(f"{label} {pct}%", file=sys.stderr)

    return report


class _Steps:
    """A progress printer for work in named steps (sync): one updating line on a terminal,
    each new step once otherwise. Use it with ``with`` so a terminal's line is ended."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last = ""
        self.printed = ""

    @staticmethod
    def _step(message: str) -> str:
        # "Received 3 envelope(s)" and "Received 4 envelope(s)" are one step.
        return re.sub(r"\d+", "#", message)

    def __call__(self, done: int, total: int, message: str) -> None:
        count = f" {done}/{total}" if total else f" {done}" if done else ""
        if self.tty:
            print(f"\r{message}{count}\033[K", end="", file=sys.stderr, flush=True)
        elif self._step(message) != self._step(self.last):
            self._finish_step()
            print(message, file=sys.stderr)
            self.printed = message
        self.last = message

    def _finish_step(self) -> None:
        """Off a terminal, a counting step ends on its last count (what a summary counts)."""
        if self.last and self.last != self.printed:
            print(self.last, file=sys.stderr)
            self.printed = self.last

    def __enter__(self) -> _Steps:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.tty and self.last:
            print(file=sys.stderr)
        elif not self.tty:
            self._finish_step()


def _passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ",
                confirm: bool = False) -> str:
    if args.passphrase_file:
        return Path(args.passphrase_file).read_text(encoding="utf-8").rstrip("\r\n")
    env = os.environ.get("COLLABDESK_PASSPHRASE")
    if env:
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError("cli.no-passphrase")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat it: ") != first:
        raise CliError("cli.passphrases-differ")
    return first


def _workspace(args: argparse.Namespace) -> Workspace:
    from collabdesk.workspace import Workspace

    return Workspace(Path(args.data_dir) if args.data_dir else None)


def _session(args: argparse.Namespace) -> Session:
    ws = _workspace(args)
    if not ws.exists():
        raise CliError("cli.no-store", data_dir=ws.data_dir)
    ws.check_files()  # a missing or damaged file is reported before asking for anything
    user = args.user or os.environ.get("COLLABDESK_USER") or ""
    if not user:
        raise CliError("cli.no-user")
    return ws.sign_in(user, _passphrase(args))
