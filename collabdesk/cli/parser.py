"""The ``collabdesk`` command line: every subcommand, its options and help, and the
function that runs it.
"""

from __future__ import annotations

import argparse

import collabdesk
from collabdesk.cli.exchange import (
    cmd_export_responses,
    cmd_export_summary,
    cmd_fhir,
    cmd_forms,
    cmd_import_directory,
)
from collabdesk.cli.store import (
    cmd_audit,
    cmd_backup,
    cmd_demo,
    cmd_init,
    cmd_restore,
    cmd_rotate_key,
    cmd_user,
    cmd_verify,
)
from collabdesk.cli.sync import (
    cmd_devices,
    cmd_enroll,
    cmd_export_bundle,
    cmd_import_bundle,
    cmd_snapshot,
    cmd_sync_now,
)


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
