"""``collabdesk import-clients FILE`` and ``collabdesk undo-import [ID]``: the wizard, headless.

The mapping is guessed from the header and corrected with ``--map "Column=field"``; a file
whose dates read both ways needs ``--date-order``; rows with likely duplicates follow
``--duplicates`` (by default the near-certain ones are merged into their match and the rest
created, each listed with its match); ``--dry-run`` prints the plan and
writes nothing. Rows with errors are listed (row and column) and stop the import unless
``--skip-errors`` says to import the rest.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from collabdesk.caseload import mapping
from collabdesk.caseload.plan import CREATE, MERGE, SKIP, DateOrderNeeded, ImportPlan
from collabdesk.errors import CollabDeskError


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import-clients", parents=[common],
                       help="bring in existing clients (and open cases) from a CSV or XLSX file")
    p.add_argument("file", help="the spreadsheet (.csv or .xlsx; the first sheet is read)")
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help="map a column (by its header) to a field, or to 'skip'; fields: "
                   + ", ".join(mapping.TARGETS))
    p.add_argument("--date-order", choices=("dmy", "mdy"),
                   help="for a file whose dates all read both ways (05/06/1980): day or month "
                   "first")
    p.add_argument("--duplicates", choices=(MERGE, SKIP, CREATE), default=MERGE,
                   help="rows that are likely already here: merge into the best match (fill "
                   "only empty fields), skip them, or create them anyway (default: merge the "
                   "near-certain ones and create the rest, listing their matches)")
    p.add_argument("--skip-errors", action="store_true",
                   help="import the other rows when some have errors")
    p.add_argument("--dry-run", action="store_true", help="show what would be done; write nothing")
    p.set_defaults(func=cmd_import_clients)

    p = sub.add_parser("undo-import", parents=[common],
                       help="list caseload imports, or undo one as a whole")
    p.add_argument("import_id", nargs="?", help="the import to undo (omit to list them)")
    p.set_defaults(func=cmd_undo_import)


def _column_map(header: list[str], guess: mapping.ColumnMap,
                changes: list[str]) -> mapping.ColumnMap:
    columns = dict(guess.columns)
    folded = [mapping.fold(h) for h in header]
    for change in changes:
        title, sep, target = change.rpartition("=")
        if not sep or mapping.fold(title) not in folded:
            raise CollabDeskError("cli.import-clients-bad-map", given=change,
                                  columns=", ".join(header))
        index = folded.index(mapping.fold(title))
        target = target.strip()
        if target == "skip":
            columns.pop(index, None)
        elif target in mapping.TARGETS:
            columns[index] = target
        else:
            raise CollabDeskError("cli.import-clients-bad-field", field=target,
                                  fields=", ".join(mapping.TARGETS))
    return mapping.ColumnMap(columns)


def _print_plan(plan: ImportPlan, header: list[str], column_map: mapping.ColumnMap) -> None:
    for index, target in sorted(column_map.columns.items()):
        print(f"  {header[index]!r} -> {target}")
    for warning in plan.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for row in plan.rows:
        for error in row.errors:
            print(f"error: {error}", file=sys.stderr)
        if row.matches and row.client is not None:
            best = row.matches[0]
            where = f"row {best.row}" if best.row is not None else "an existing client"
            print(f"row {row.number}: {row.name} is likely {best.name} ({where}): "
                  f"{'; '.join(best.reasons)} -> {row.action}")
    counts = plan.counts()
    print(f"{counts['rows']} rows: {counts['create']} new clients, {counts['merge']} merged "
          f"into existing ones, {counts['skip']} skipped ({counts['errors']} with errors); "
          f"{counts['cases']} cases.")


def cmd_import_clients(args: argparse.Namespace) -> int:
    from collabdesk.cli.common import EXIT_FAIL, EXIT_OK, _progress, _session

    session = _session(args)
    try:
        path = Path(args.file)
        seen = session.caseload.inspect(path)
        column_map = _column_map(seen.header, seen.guess, args.map)
        try:
            plan = session.caseload.plan(path, column_map, date_order=args.date_order,
                                         progress=_progress("Reading"))
        except DateOrderNeeded as exc:
            print(f"collabdesk: {exc} Use --date-order dmy or --date-order mdy.",
                  file=sys.stderr)
            return EXIT_FAIL
        for row in plan.rows:
            if row.matches and row.client is not None and args.duplicates != MERGE:
                plan.choose(row.number, args.duplicates)
        _print_plan(plan, seen.header, column_map)
        errors = plan.counts()["errors"]
        if errors and not args.skip_errors:
            print(f"collabdesk: {CollabDeskError('caseload.rows-have-errors', count=errors)} "
                  "(--skip-errors imports the rest)", file=sys.stderr)
            return EXIT_FAIL
        if args.dry_run:
            print("Dry run: nothing was written.")
            return EXIT_OK
        record = session.caseload.apply(plan, progress=_progress("Importing"))
        print(f"Imported as {record.id}; undo it with: collabdesk undo-import {record.id}")
        return EXIT_OK
    finally:
        session.close()


def cmd_undo_import(args: argparse.Namespace) -> int:
    from collabdesk.cli.common import EXIT_OK, _session

    session = _session(args)
    try:
        if args.import_id:
            record = session.caseload.undo(args.import_id)
            print(f"Undone: {record.file_name} ({record.id}).")
            return EXIT_OK
        for record in session.caseload.imports():
            when = record.created_at.isoformat(timespec="minutes") if record.created_at else ""
            state = ("can be undone" if record.can_undo else record.status
                     if record.status != "applied" else
                     f"{record.edited} records edited since")
            print(f"{record.id}  {when}  {record.file_name}  "
                  f"{record.counts.get('create', 0)} new, {record.counts.get('merge', 0)} "
                  f"merged  [{state}]")
        return EXIT_OK
    finally:
        session.close()
