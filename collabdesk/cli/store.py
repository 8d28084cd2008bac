"""The store's own commands: create it (``init``, ``demo``), back it up and restore it,
verify it and its audit log, re-encrypt it (``rotate-key``), and manage its users.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from collabdesk.cli.common import (
    EXIT_FAIL,
    EXIT_OK,
    CliError,
    _passphrase,
    _progress,
    _session,
    _Steps,
    _workspace,
)

if TYPE_CHECKING:
    from collabdesk.backup import BackupReport


def cmd_init(args: argparse.Namespace) -> int:
    from collabdesk.vault import KdfParams

    ws = _workspace(args)
    passphrase = _passphrase(args, "Passphrase for the first administrator: ", confirm=True)
    kdf = KdfParams.FLOOR if args.fast_kdf else None
    with _Steps() as steps:
        session, code = ws.create(args.agency, args.admin, passphrase,
                                  admin_display_name=args.display_name or "", kdf=kdf,
                                  progress=steps, joining=args.join)
    session.close()
    print(f"Created the store for {args.agency} in {ws.data_dir}.")
    print("Recovery code (shown once — print it and keep it locked away):")
    print(f"    {code}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from collabdesk.demo import build_demo

    ws = _workspace(args)
    info = build_demo(ws.data_dir, seed=args.seed, clients=args.clients,
                      progress=_progress("Building the demo store"))
    print(f"Demo store ready in {ws.data_dir}.")
    for user in info.users:
        print(f"    {user.username:<12} {user.passphrase:<28} {', '.join(user.roles)}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from collabdesk.backup import create_backup

    session = _session(args)
    try:
        folder = Path(args.to) if args.to else _workspace(args).backups_dir
        path = create_backup(session, folder, keep=args.keep, progress=_progress("Backing up"))
    finally:
        session.close()
    print(f"Backup written to {path}")
    return EXIT_OK


def _backup_report(report: BackupReport) -> None:
    print(f"Backup of store {report.store_id[:8]} made {report.created_at} by CollabDesk "
          f"{report.app_version} (schema {report.schema_version}): {report.clients} clients, "
          f"{report.cases} cases, {report.events} events.")


def cmd_restore(args: argparse.Namespace) -> int:
    from collabdesk.backup import restore_backup

    ws = _workspace(args)
    user = args.user or os.environ.get("COLLABDESK_USER") or ""
    report = restore_backup(ws, Path(args.file), user, _passphrase(args),
                            allow_other_agency=args.allow_other_agency)
    _backup_report(report)
    print(f"Restored into {ws.data_dir}; the replaced files are in {ws.backups_dir}.")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    if args.backup:
        from collabdesk.backup import verify_backup

        user = args.user or os.environ.get("COLLABDESK_USER") or ""
        report = verify_backup(Path(args.backup), user, _passphrase(args),
                               workspace=_workspace(args))
        _backup_report(report)
        for problem in report.problems:
            print(f"PROBLEM: {problem}", file=sys.stderr)
        print("The backup is readable and intact." if report.ok else "The backup has problems.")
        return EXIT_OK if report.ok else EXIT_FAIL
    from collabdesk.services import audit

    session = _session(args)
    try:
        problems = session.store.integrity_problems()
        with session.store.read() as conn:
            problems += audit.verify(conn)
    finally:
        session.close()
    for problem in problems:
        print(f"PROBLEM: {problem}", file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) found.")
        return EXIT_FAIL
    print("Store, encryption and audit chain verified: no problems found.")
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    from collabdesk.services import audit

    session = _session(args)
    try:
        session.require("audit.view")
        with session.store.read() as conn:
            if args.audit_command == "verify":
                problems = audit.verify(conn)
                for problem in problems:
                    print(f"PROBLEM: {problem}", file=sys.stderr)
                count = conn.execute("SELECT count(*) FROM audit").fetchone()[0]
                print(f"Audit log: {count} entries, "
                      + ("chain intact." if not problems else f"{len(problems)} problem(s)."))
                return EXIT_FAIL if problems else EXIT_OK
            for entry in audit.entries(conn, limit=args.limit):
                print(f"{entry.seq:>7} {entry.at} {entry.user_id or '-':<32} {entry.action} "
                      f"{entry.entity or ''} {entry.entity_id or ''}")
            return EXIT_OK
    finally:
        session.close()



def cmd_rotate_key(args: argparse.Namespace) -> int:
    session = _session(args)
    try:
        _workspace(args).rotate_key(session)
    finally:
        session.close()
    print("The store was re-encrypted under a new key; every passphrase still works.")
    return EXIT_OK


def cmd_user(args: argparse.Namespace) -> int:
    session = _session(args)
    try:
        if args.user_command == "list":
            for u in session.users.list_users(include_inactive=True):
                state = "" if u.active else " (removed)"
                print(f"{u.username:<16} {u.display_name:<24} {','.join(sorted(u.roles))}{state}")
        elif args.user_command == "add":
            new_pass = Path(args.new_passphrase_file).read_text(encoding="utf-8").rstrip("\r\n")
            user = session.users.add(args.username, new_pass, display_name=args.display_name or "",
                                     roles=args.roles.split(","))
            print(f"Added {user.username} ({', '.join(sorted(user.roles))}).")
        elif args.user_command == "remove":
            match = [u for u in session.users.list_users() if u.username == args.username]
            if not match:
                raise CliError("cli.user-not-found", username=args.username)
            session.users.remove(match[0].id, rotate_key=not args.no_rotate)
            print(f"Removed {args.username}.")
    finally:
        session.close()
    return EXIT_OK
