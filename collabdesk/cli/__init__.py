"""The ``collabdesk`` command: opens the desktop app, or does headless work.

Without a subcommand it starts the desktop application. Subcommands that need the store ask
for a user and passphrase: ``--user`` (or ``COLLABDESK_USER``), and the passphrase from
``--passphrase-file``, the ``COLLABDESK_PASSPHRASE`` variable, or a prompt when there is a
terminal. Every failure is one line on stderr and a non-zero exit status.

The parser is in ``parser.py``; the commands are grouped by area: ``store.py`` (the store,
backups, audit, users), ``exchange.py`` (directory, forms, FHIR, summary export) and
``sync.py`` (hub, bundles, devices), with what they share in ``common.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from collabdesk.cli.common import EXIT_FAIL, _workspace
from collabdesk.cli.parser import build_parser, subcommands
from collabdesk.errors import CollabDeskError

__all__ = ["build_parser", "main", "subcommands"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "user" and args.user_command in ("add", "remove") and not args.username:
        parser.error("user add/remove needs a user name")
    if args.command == "user" and args.user_command == "add" and not args.new_passphrase_file:
        parser.error("user add needs --new-passphrase-file")
    if args.command == "forms" and args.forms_command == "import" and not args.path:
        parser.error("forms import needs the Questionnaire file")
    if args.command == "fhir" and args.fhir_command == "export-referral" and not args.out:
        parser.error("fhir export-referral needs --out FILE")
    try:
        return int(args.func(args))
    except CollabDeskError as exc:
        print(f"collabdesk: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print("collabdesk: interrupted; nothing was left half-done.", file=sys.stderr)
        return EXIT_FAIL
    except OSError as exc:
        print(f"collabdesk: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return EXIT_FAIL
    except Exception as exc:
        # Damage the opening checks cannot see (a broken page inside the file) surfaces
        # as SQLite's error wherever it is first read.
        from collabdesk.diskspace import translate
        from collabdesk.store.db import damage

        ws = _workspace(args)
        damaged = translate(exc, ws.data_dir) or damage(exc, ws.store_path)
        if damaged is None:
            raise
        print(f"collabdesk: {damaged}", file=sys.stderr)
        return EXIT_FAIL
