"""The ``collabdesk`` command: opens the desktop app, or does headless work.

Without a subcommand it starts the desktop application. Subcommands that need the store ask
for a user and passphrase: ``--user`` (or ``COLLABDESK_USER``), and the passphrase from
``--passphrase-file``, the ``COLLABDESK_PASSPHRASE`` variable, or a prompt when there is a
terminal. Every failure is one line on stderr and a non-zero exit status.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import os
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import collabdesk
from collabdesk.errors import CollabDeskError
from collabdesk.message_catalogue import MESSAGES
from collabdesk.messages import render

if TYPE_CHECKING:
    from collabdesk.backup import BackupReport
    from collabdesk.domain import Partner
    from collabdesk.progress import Progress
    from collabdesk.services.session import Session
    from collabdesk.sync.engine import SyncEngine
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


# -- subcommands ------------------------------------------------------------------------------

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


def cmd_import_directory(args: argparse.Namespace) -> int:
    session = _session(args)
    try:
        summary = session.directory.import_hsds(Path(args.path),
                                                progress=_progress("Importing directory"))
    finally:
        session.close()
    print(f"Imported {summary.source}: {summary.partners_added} partners added, "
          f"{summary.partners_updated} updated; {summary.services_added} services added, "
          f"{summary.services_updated} updated.")
    if summary.withdrawn:
        print(f"{len(summary.withdrawn)} services no longer listed by the source are now "
              "inactive:")
        for name in summary.withdrawn:
            print(f"  {name}")
    for warning in summary.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return EXIT_OK


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


def cmd_forms(args: argparse.Namespace) -> int:
    session = _session(args)
    try:
        if args.forms_command == "import":
            result = session.forms.import_form(
                Path(args.path), use=args.use, sensitive=True if args.sensitive else None)
            form = result.form
            verb = "Already imported" if result.already_here else "Imported"
            print(f"{verb}: {form.title or form.url}, version {form.version or '(none)'} "
                  f"({form.url}), used for {form.use}{', sensitive' if form.sensitive else ''}.")
            for warning in result.warnings:
                print(f"warning: {warning}", file=sys.stderr)
            return EXIT_OK
        forms = session.forms.list_forms()
        if not forms:
            print("No forms yet: import one with 'collabdesk forms import FILE'.")
        for form in forms:
            print(f"{form.title or form.url:<40} {form.version or '-':<10} {form.use:<11} "
                  f"{form.status:<8} {form.responses:>6} responses {form.cases:>5} cases "
                  f"{form.clients:>5} clients  {form.url}")
        return EXIT_OK
    finally:
        session.close()


def cmd_export_responses(args: argparse.Namespace) -> int:
    session = _session(args)
    try:
        partner = _partner(session, args.partner)
        out = Path(args.out)
        exported = session.exchange.export_responses(
            args.client, out, recipient=partner.id, recipient_name=partner.name)
    finally:
        session.close()
    print(f"FHIR Bundle for {partner.name} written to {out}: the Patient with "
          f"{', '.join(exported.patient_fields) or 'no fields'}, {exported.responses} "
          f"questionnaire responses ({exported.left_out} not covered by the consent left out). "
          "The file is not encrypted: hand it over and delete it.")
    return EXIT_OK


def cmd_fhir(args: argparse.Namespace) -> int:
    session = _session(args)
    try:
        if args.fhir_command == "export-referral":
            out = Path(args.out)
            exported = session.exchange.export_referral(args.target, out)
            fields = ", ".join(exported.patient_fields) or "no fields"
            what = (f"the referral (Patient with {fields}, {exported.responses} questionnaire "
                    "responses)" if exported.whole
                    else "the referral's Task (its state, for the clinic)")
            print(f"FHIR Bundle with {what} written to {out}. The file is not encrypted: "
                  "hand it over and delete it.")
            return EXIT_OK
        done = session.exchange.import_file(Path(args.target))
        referral = done.referral
        if done.new:
            print(f"Referral from {referral.partner_name} for {referral.client_name or '-'} "
                  f"is in the inbox ({referral.id}): accept it to check for a client "
                  "already here.")
        elif done.recorded:
            print(f"Recorded {', '.join(done.recorded)} on {done.referrals} referral(s); "
                  f"{referral.id} is now {referral.status}.")
        else:
            print(f"Nothing new: {referral.id} already shows what the file says "
                  f"({referral.status}).")
        return EXIT_OK
    finally:
        session.close()


def _partner(session: Session, wanted: str) -> Partner:
    partners = session.directory.partners()
    found = [p for p in partners if wanted in (p.id, p.source_id)] or [
        p for p in partners if p.name.casefold() == wanted.casefold()]
    if len(found) != 1:
        raise CliError("cli.partner-unknown" if not found else "cli.partner-ambiguous",
                       partner=wanted)
    return found[0]


def cmd_export_summary(args: argparse.Namespace) -> int:
    try:
        month = dt.datetime.strptime(args.month, "%Y-%m").date()
    except ValueError as exc:
        raise CliError("cli.bad-month") from exc
    session = _session(args)
    try:
        service = session.reports
        published = service.summary(month.strftime("%Y-%m"))
        out = Path(args.out) if args.out else Path.cwd() / (
            f"summary-{args.month}.{ 'zip' if args.format == 'csv' else args.format}")
        path = service.export(published, out, args.format)
    finally:
        session.close()
    print(f"Summary for {args.month} written to {path}")
    return EXIT_OK


# -- sync (the CLI is the composition root: collabdesk.sync is imported only in here) --------

@contextlib.contextmanager
def _engine(args: argparse.Namespace) -> Iterator[SyncEngine]:
    """A sync engine on the signed-in session; both closed afterwards."""
    from collabdesk.sync.engine import SyncEngine

    session = _session(args)
    try:
        engine = SyncEngine(session)
        try:
            yield engine
        finally:
            engine.close()
    finally:
        session.close()


def cmd_enroll(args: argparse.Namespace) -> int:
    with _engine(args) as engine:
        result = engine.enroll(args.hub, args.code, args.label or "Laptop",
                               agency_id=args.agency, agency_fingerprint=args.agency_fingerprint)
    print(f"Enrolled this laptop with {args.hub} (agency {result.agency_id}): {result.status}.")
    print(f"    this laptop's fingerprint: {result.fingerprint}")
    if result.agency_fingerprint:
        print(f"    agency root fingerprint:   {result.agency_fingerprint}")
    if result.status == "pending":
        print(f"An administrator must approve device {result.device_id} on an active laptop "
              "of the agency ('collabdesk devices --approve ID'), after comparing the "
              "fingerprint above.")
    return EXIT_OK


def cmd_sync_now(args: argparse.Namespace) -> int:
    with _engine(args) as engine, _Steps() as steps:
        report = engine.sync_once(progress=steps)
    if report.restored_from:
        print(f"Restored the agency's records from its snapshot {report.restored_from}.")
    # The same count the progress line ended on ("Received N envelope(s)"), then its parts.
    print(f"Synced: {report.pushed_events} change(s) sent, {report.messages_sent} partner "
          f"message(s) sent ({report.messages_failed} failed), {report.envelopes_pulled} "
          f"envelope(s) received ({report.envelopes_applied} applied, "
          f"{report.envelopes_skipped} already here, {report.envelopes_rejected} rejected).")
    for envelope_id, reason in report.rejections:
        print(_rejected(envelope_id, reason), file=sys.stderr)
    for notice in report.notices:
        print(notice, file=sys.stderr)
    return EXIT_OK


def _rejected(envelope_id: str, reason: str) -> str:
    """One line for a refused envelope: the reason in words where the catalogue has them."""
    code = f"sync.envelope.{reason}"
    words = f"{render(code)} ({reason})" if code in MESSAGES else reason
    return f"rejected envelope {envelope_id}: {words}"


def cmd_snapshot(args: argparse.Namespace) -> int:
    with _engine(args) as engine, _Steps() as steps:
        report = engine.make_snapshot(progress=steps)
    print(f"Uploaded snapshot {report.snapshot_id}: {report.events} change(s) in "
          f"{report.parts} part(s), {report.bytes_sent / 2**20:.1f} MiB. A new laptop of the "
          "agency now restores from it.")
    return EXIT_OK


def cmd_export_bundle(args: argparse.Namespace) -> int:
    from collabdesk.sync.bundle import export_bundle

    session = _session(args)
    try:
        report = export_bundle(session, Path(args.file))
    finally:
        session.close()
    print(f"Wrote {report.envelopes} envelope(s) ({report.events} change(s), "
          f"{report.messages} partner message(s)) to {report.path}.")
    return EXIT_OK


def cmd_import_bundle(args: argparse.Namespace) -> int:
    from collabdesk.sync.bundle import import_bundle

    session = _session(args)
    try:
        report = import_bundle(session, Path(args.file))
    finally:
        session.close()
    print(f"Imported {args.file}: {report.applied} envelope(s) applied, {report.skipped} "
          f"already here, {len(report.rejected)} rejected.")
    for note in report.notes:
        print(f"note: {note}", file=sys.stderr)
    for envelope_id, reason in report.rejected:
        print(_rejected(envelope_id, reason), file=sys.stderr)
    return EXIT_FAIL if report.rejected else EXIT_OK


def cmd_devices(args: argparse.Namespace) -> int:
    with _engine(args) as engine:
        if args.approve:
            info = engine.approve(args.approve, fingerprint=args.fingerprint)
            print(f"Approved {info.label!r} ({info.device_id}); it receives the agency "
                  "keys at its next sync.")
            return EXIT_OK
        if args.revoke:
            engine.revoke(args.revoke)
            print(f"Removed device {args.revoke}; the agency key was rotated so it "
                  "cannot read anything sent from now on.")
            return EXIT_OK
        if args.require_pq:
            engine.require_pq()
            print("The agency now requires the post-quantum suite; every laptop receives the "
                  "new agency key at its next sync.")
            return EXIT_OK
        print(f"Agency {engine.hub_agency_id or '(not enrolled)'} root fingerprint: "
              f"{engine.agency_fingerprint() or '-'}")
        for d in engine.devices():
            flags = ",".join(f for f, on in (("this", d.this_device), ("root", d.root),
                                             ("no-pq-key", d.active and not d.pq)) if on)
            state = "active" if d.active else "revoked"
            print(f"{d.device_id}  {state:<8} {d.label!r} {flags}  {d.fingerprint}")
        if engine.enrolled and engine.status == "active":
            for p in engine.pending_devices():
                print(f"{p.device_id}  pending  {p.label!r}  {p.fingerprint}")
    return EXIT_OK


# -- parser -----------------------------------------------------------------------------------

def _common_options(*, under_command: bool) -> argparse.ArgumentParser:
    """The options every command takes, written before the command or after it.

    Under a command they default to "not given" rather than to None: otherwise argparse lets
    the command's empty default overwrite what was written before the command, and
    ``collabdesk --data-dir S init`` would quietly create a store in the default folder."""
    default = argparse.SUPPRESS if under_command else None
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=default,
                        help="the agency's data folder (default: the platform's user data "
                             "folder)")
    common.add_argument("--user", default=default,
                        help="who signs in (default: $COLLABDESK_USER)")
    common.add_argument("--passphrase-file", default=default,
                        help="read the passphrase from this file")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options(under_command=True)
    parser = argparse.ArgumentParser(
        prog="collabdesk", parents=[_common_options(under_command=False)],
        description="CollabDesk: encrypted case and referral desk. Without a command, "
                    "'collabdesk' opens the desktop app (options --demo, --lang).")
    parser.add_argument("--version", action="version",
                        version=f"CollabDesk {collabdesk.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("init", parents=[common], help="create the agency's encrypted store")
    p.add_argument("--agency", required=True, help="the agency's name")
    p.add_argument("--admin", required=True, help="user name of the first administrator")
    p.add_argument("--display-name", help="the administrator's full name")
    p.add_argument("--join", action="store_true",
                   help="prepare a laptop for an agency that already exists on the hub "
                        "(then run 'enroll'); its records arrive with the first sync")
    p.add_argument("--fast-kdf", action="store_true",
                   help="use the minimum passphrase hardening instead of calibrating "
                        "(for tests and demos)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", parents=[common], help="create a demo store with realistic data")
    p.add_argument("--clients", type=int, default=300)
    p.add_argument("--seed", type=int, default=7)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("backup", parents=[common], help="write an encrypted, verifiable backup")
    p.add_argument("--to", help="folder or USB drive (default: the data folder's backups/)")
    p.add_argument("--keep", type=int, help="keep only the newest N backups there")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[common],
                       help="replace the store with a verified backup")
    p.add_argument("file")
    p.add_argument("--allow-other-agency", action="store_true",
                   help="allow restoring a backup of a different agency's store")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("verify", parents=[common],
                       help="check store integrity, encryption and audit chain, or a backup")
    p.add_argument("--backup", help="check this backup file instead (a restore drill: the "
                                    "live store is not touched)")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("audit", parents=[common], help="read or verify the audit log")
    p.add_argument("audit_command", choices=("verify", "list"))
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser("import-directory", parents=[common],
                       help="import partner agencies from Open Referral HSDS data")
    p.add_argument("path", help="a data package folder, datapackage.json, .zip or .json file")
    p.set_defaults(func=cmd_import_directory)

    p = sub.add_parser("rotate-key", parents=[common],
                       help="re-encrypt the store under a new key")
    p.set_defaults(func=cmd_rotate_key)

    p = sub.add_parser("user", parents=[common], help="list, add or remove users")
    p.add_argument("user_command", choices=("list", "add", "remove"))
    p.add_argument("username", nargs="?")
    p.add_argument("--display-name")
    p.add_argument("--roles", default="worker", help="comma-separated: worker,supervisor,admin")
    p.add_argument("--new-passphrase-file", help="the new user's passphrase (for add)")
    p.add_argument("--no-rotate", action="store_true",
                   help="remove without re-encrypting the store")
    p.set_defaults(func=cmd_user)

    p = sub.add_parser("forms", parents=[common],
                       help="import a form (FHIR R4 Questionnaire JSON) or list forms")
    p.add_argument("forms_command", choices=("import", "list"))
    p.add_argument("path", nargs="?", help="the Questionnaire file (for import)")
    p.add_argument("--use", choices=("agency", "assessment", "screening"), default="assessment",
                   help="agency fields on the client profile, assessments on a case, or "
                   "screenings that may suggest a need (default: assessment)")
    p.add_argument("--sensitive", action="store_true",
                   help="its responses follow the rule for sensitive notes")
    p.set_defaults(func=cmd_forms)

    p = sub.add_parser("export-responses", parents=[common],
                       help="export a client's questionnaire responses as a FHIR R4 Bundle for "
                       "a partner, as far as the client's consent covers them")
    p.add_argument("client", help="the client's id")
    p.add_argument("--partner", required=True, help="the partner's id or name in the directory")
    p.add_argument("--out", required=True, help="the Bundle file to write (JSON)")
    p.set_defaults(func=cmd_export_responses)

    p = sub.add_parser("fhir", parents=[common],
                       help="exchange referrals with a clinic as FHIR R4 files: export one "
                       "(ours: the whole referral; a clinic's: its state) or import a file "
                       "(a clinic's referral, or the state of one we sent)")
    p.add_argument("fhir_command", choices=("export-referral", "import"))
    p.add_argument("target", help="the referral's id (export-referral) or the file (import)")
    p.add_argument("--out", help="the Bundle file to write (export-referral)")
    p.set_defaults(func=cmd_fhir)

    p = sub.add_parser("export-summary", parents=[common],
                       help="export the monthly summary (PDF, XLSX or CSV)")
    p.add_argument("--month", required=True, help="YYYY-MM")
    p.add_argument("--format", choices=("pdf", "xlsx", "csv"), default="pdf")
    p.add_argument("--out", help="output file")
    p.set_defaults(func=cmd_export_summary)

    p = sub.add_parser("enroll", parents=[common], help="enrol this laptop with the hub")
    p.add_argument("--hub", required=True, help="the hub's address, e.g. https://hub.example:8443")
    p.add_argument("--code", required=True, help="the one-time enrolment code")
    p.add_argument("--label", help="how this laptop is named in the agency's device list")
    p.add_argument("--agency", help="the agency's hub id (needed for its first laptop)")
    p.add_argument("--agency-fingerprint",
                   help="the agency's root fingerprint, as shown on an active laptop")
    p.set_defaults(func=cmd_enroll)

    p = sub.add_parser("sync-now", parents=[common], help="sync with the hub once")
    p.set_defaults(func=cmd_sync_now)

    p = sub.add_parser("snapshot", parents=[common],
                       help="upload a snapshot of the agency's records for new laptops to "
                            "restore from (made automatically as the agency grows)")
    p.set_defaults(func=cmd_snapshot)

    p = sub.add_parser("export-bundle", parents=[common],
                       help="write pending changes to a file for a laptop without a connection")
    p.add_argument("file")
    p.set_defaults(func=cmd_export_bundle)

    p = sub.add_parser("import-bundle", parents=[common],
                       help="apply a bundle written by another laptop")
    p.add_argument("file")
    p.set_defaults(func=cmd_import_bundle)

    p = sub.add_parser("devices", parents=[common],
                       help="list the agency's laptops; approve or remove one")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--approve", metavar="ID", help="approve a pending laptop")
    group.add_argument("--revoke", metavar="ID", help="remove a laptop and rotate the key")
    group.add_argument("--require-pq", action="store_true",
                       help="require the post-quantum suite (once no laptop lacks its key)")
    p.add_argument("--fingerprint", help="with --approve: the fingerprint the laptop shows")
    p.set_defaults(func=cmd_devices)

    from collabdesk.caseload import command as caseload_command
    caseload_command.add_parsers(sub, common)
    return parser


def subcommands() -> frozenset[str]:
    """The names of the headless subcommands."""
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return frozenset(action.choices)
    return frozenset()


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


if __name__ == "__main__":
    sys.exit(main())
