"""The ``collabdesk`` command: the desktop app, or a headless subcommand of the core CLI.

The UI depends on the core, never the reverse, so the command that can open windows lives
here and hands every subcommand to :func:`collabdesk.cli.main`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from collabdesk import cli


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if any(a in cli.subcommands() or a in ("-h", "--help", "--version") for a in args):
        return cli.main(args)
    from collabdesk.ui.app import main as app_main

    return app_main(args)


if __name__ == "__main__":
    sys.exit(main())
