"""``collabdesk-hub``: run the partner hub and administer it.

serve, migrate, agency create/list, enroll-code, device list/revoke, invalidate-tokens,
operator add/password/remove/list (network dashboard accounts).
The database comes from ``--database URL``, else ``$COLLABDESK_HUB_DATABASE``, else an SQLite
file in ``--data-dir`` (default: the platform's per-user data folder for collabdesk-hub).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from collabdesk.errors import CollabDeskError

if TYPE_CHECKING:
    from sqlalchemy import Engine

DATABASE_ENV = "COLLABDESK_HUB_DATABASE"
DB_FILE = "hub.sqlite3"


def _default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("collabdesk-hub", appauthor=False))


def database_url(args: argparse.Namespace) -> str:
    """The database URL the command should use (creating the default folder if needed)."""
    url: str | None = getattr(args, "database", None) or os.environ.get(DATABASE_ENV)
    if url:
        return url
    data_dir = Path(getattr(args, "data_dir", None) or _default_data_dir())
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CollabDeskError("hub-cli.data-folder-failed", data_dir=data_dir, exc=exc) from exc
    return f"sqlite:///{data_dir / DB_FILE}"


def _when(ts: int) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M UTC")


def _engine(args: argparse.Namespace) -> Engine:
    from collabdesk.sync.hub import db

    engine = db.make_engine(database_url(args))
    db.migrate(engine)
    return engine


def _cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from collabdesk.sync.hub import db

    url = database_url(args)
    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        raise CollabDeskError("hub-cli.ssl-pair-needed")
    if args.workers < 1:
        raise CollabDeskError("hub-cli.workers-too-few")
    # Migrate once here, so that workers starting together find the schema ready.
    engine = db.make_engine(url)
    revision = db.migrate(engine)
    engine.dispose()
    os.environ[DATABASE_ENV] = url  # workers are separate processes and read it from here
    scheme = "https" if args.ssl_certfile else "http"
    print(f"collabdesk-hub: database schema {revision}; serving {scheme} on "
          f"{args.host}:{args.port} with {args.workers} worker(s)", file=sys.stderr, flush=True)
    uvicorn.run(
        "collabdesk.sync.hub.app:app_from_environment",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        ssl_certfile=args.ssl_certfile,
        ssl_keyfile=args.ssl_keyfile,
        proxy_headers=args.proxy_headers,
        forwarded_allow_ips=args.forwarded_allow_ips,
        log_level=args.log_level,
        server_header=False,  # bytes on every answer, and nothing a client needs
    )
    return 0


def _cmd_migrate(args: argparse.Namespace) -> int:
    from collabdesk.sync.hub import db

    engine = db.make_engine(database_url(args))
    print(f"database schema is at revision {db.migrate(engine)}")
    return 0


def _cmd_agency_create(args: argparse.Namespace) -> int:
    from collabdesk.sync.hub import admin

    info = admin.create_agency(_engine(args), args.name, now=int(time.time()))
    print(f"created agency {info.name!r} with id {info.id}")
    return 0


def _cmd_agency_list(args: argparse.Namespace) -> int:
    from collabdesk.sync.hub import admin

    rows = admin.list_agencies(_engine(args))
    if not rows:
        print("no agencies yet (add one with 'collabdesk-hub agency create NAME')")
        return 0
    print(f"{'ID':<18}{'ACTIVE':>7}{'PENDING':>8}{'EPOCH':>6}  {'SNAPSHOT':<22}NAME")
    for a in rows:
        epoch = "-" if a.current_epoch is None else str(a.current_epoch)
        snapshot = "-" if a.snapshot_at is None else (
            f"{time.strftime('%Y-%m-%d', time.gmtime(a.snapshot_at))} "
            f"{a.snapshot_bytes / 2**20:.1f} MiB")
        print(f"{a.id:<18}{a.devices_active:>7}{a.devices_pending:>8}{epoch:>6}  "
              f"{snapshot:<22}{a.name}")
    return 0


def _cmd_enroll_code(args: argparse.Namespace) -> int:
    from collabdesk.sync.hub import admin

    code = admin.issue_enrollment_code(
        _engine(args), args.agency, expires_in=admin.parse_duration(args.expires),
        now=int(time.time()))
    print(code.code)
    print(f"one-time code for agency {code.agency_id}, valid until {_when(code.expires_at)}; "
          "it is shown only now", file=sys.stderr)
    return 0


def _cmd_device_list(args: argparse.Namespace) -> int:
    from collabdesk.sync import keys
    from collabdesk.sync.hub import admin

    rows = admin.list_devices(_engine(args), args.agency)
    if not rows:
        print("no devices")
        return 0
    for d in rows:
        fingerprint = keys.fingerprint(d.sign_pub, d.kem_pub)
        print(f"{d.device_id}  {d.status:<8} {d.agency_name}  {d.label!r}  "
              f"enrolled {_when(d.created_at)}  fingerprint {fingerprint}")
    return 0


def _cmd_device_revoke(args: argparse.Namespace) -> int:
    from collabdesk.sync.hub import admin

    d = admin.revoke_device(_engine(args), args.device, now=int(time.time()))
    print(f"revoked device {d.device_id} ({d.label!r}) of {d.agency_name}: the hub refuses it "
          "from now on. Its agency should also revoke it and rotate the agency key from an "
          "active device, so it cannot read anything sent later.")
    return 0


def _cmd_invalidate_tokens(args: argparse.Namespace) -> int:
    from collabdesk.sync.hub import admin

    count = admin.invalidate_pull_tokens(_engine(args))
    print(f"invalidated pull tokens of {count} mailbox(es); laptops will resync from the start")
    return 0


def _cmd_import_bundle(args: argparse.Namespace) -> int:
    from collabdesk.sync.bundle import read_bundle
    from collabdesk.sync.hub.app import Hub

    header, envelopes = read_bundle(Path(args.file))
    hub = Hub(database_url(args), time.time, migrate=False)
    try:
        results = hub.import_bundle(envelopes).results
    finally:
        hub.engine.dispose()
    counts = {status: sum(r.status == status for r in results)
              for status in ("stored", "duplicate", "rejected")}
    print(f"{args.file}: {counts['stored']} envelope(s) stored, {counts['duplicate']} "
          f"already here, {counts['rejected']} refused (from device {header.get('device')} "
          f"of agency {header.get('sender_agency')})")
    for r in results:
        if r.status == "rejected":
            print(f"  refused {r.id or '(unreadable envelope)'}: {r.reason}", file=sys.stderr)
    return 0 if not counts["rejected"] else 1


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    first = getpass.getpass("Password for the dashboard: ")
    if getpass.getpass("Again: ") != first:
        raise CollabDeskError("hub-cli.passwords-differ")
    return first


def _cmd_operator_add(args: argparse.Namespace) -> int:
    from collabdesk.sync.hub import operators

    op = operators.add_operator(_engine(args), args.name, _read_password(args))
    print(f"created dashboard operator {op.name!r}; sign in at /dashboard")
    return 0


def _cmd_operator_password(args: argparse.Namespace) -> int:
    from collabdesk.sync.hub import operators

    operators.set_password(_engine(args), args.name, _read_password(args))
    print(f"changed the password of {args.name!r}; their open sessions have ended")
    return 0


def _cmd_operator_remove(args: argparse.Namespace) -> int:
    from collabdesk.sync.hub import operators

    operators.remove_operator(_engine(args), args.name)
    print(f"removed dashboard operator {args.name!r}")
    return 0


def _cmd_operator_list(args: argparse.Namespace) -> int:
    from collabdesk.sync.hub import operators

    rows = operators.list_operators(_engine(args))
    if not rows:
        print("no dashboard operators (add one with 'collabdesk-hub operator add NAME')")
    for op in rows:
        print(f"{op.name}  created {_when(op.created_at)}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--database", metavar="URL", default=argparse.SUPPRESS,
                        help="sqlite:///PATH or postgresql+psycopg://USER:PASS@HOST/DB")
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="folder for the default SQLite database")

    parser = argparse.ArgumentParser(
        prog="collabdesk-hub", parents=[common],
        description="The CollabDesk partner hub: a mailbox for sealed envelopes.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser("serve", parents=[common], help="run the hub's HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--ssl-certfile", metavar="FILE")
    serve.add_argument("--ssl-keyfile", metavar="FILE")
    serve.add_argument("--proxy-headers", action="store_true",
                       help="trust X-Forwarded-* from --forwarded-allow-ips (behind a proxy)")
    serve.add_argument("--forwarded-allow-ips", default="127.0.0.1")
    serve.add_argument("--log-level", default="info",
                       choices=["critical", "error", "warning", "info", "debug"])
    serve.set_defaults(func=_cmd_serve)

    sub.add_parser("migrate", parents=[common], help="bring the database schema up to date"
                   ).set_defaults(func=_cmd_migrate)

    bundle = sub.add_parser(
        "import-bundle", parents=[common],
        help="store the envelopes of a bundle file from an offline laptop, as if pushed")
    bundle.add_argument("file", help="a file written by 'collabdesk export-bundle'")
    bundle.set_defaults(func=_cmd_import_bundle)

    sub.add_parser("invalidate-tokens", parents=[common],
                   help="make every laptop resync its mailbox (run after restoring a backup)"
                   ).set_defaults(func=_cmd_invalidate_tokens)

    agency = sub.add_parser("agency", help="register and list agencies")
    agency_sub = agency.add_subparsers(dest="agency_command", required=True, metavar="ACTION")
    create = agency_sub.add_parser("create", parents=[common], help="register an agency")
    create.add_argument("name")
    create.set_defaults(func=_cmd_agency_create)
    agency_sub.add_parser("list", parents=[common], help="list agencies"
                          ).set_defaults(func=_cmd_agency_list)

    code = sub.add_parser("enroll-code", parents=[common],
                          help="issue a one-time enrollment code for an agency")
    code.add_argument("agency", help="agency id or name")
    code.add_argument("--expires", default="24h", help="validity, e.g. 30m, 24h, 7d")
    code.set_defaults(func=_cmd_enroll_code)

    device = sub.add_parser("device", help="list and revoke devices")
    device_sub = device.add_subparsers(dest="device_command", required=True, metavar="ACTION")
    dlist = device_sub.add_parser("list", parents=[common], help="list devices")
    dlist.add_argument("agency", nargs="?", help="only this agency (id or name)")
    dlist.set_defaults(func=_cmd_device_list)
    revoke = device_sub.add_parser("revoke", parents=[common], help="refuse a device")
    revoke.add_argument("device", help="device id")
    revoke.set_defaults(func=_cmd_device_revoke)

    operator = sub.add_parser("operator", help="accounts for the network dashboard")
    op_sub = operator.add_subparsers(dest="operator_command", required=True, metavar="ACTION")
    for action, func, text in (("add", _cmd_operator_add, "create an operator account"),
                               ("password", _cmd_operator_password, "change a password"),
                               ("remove", _cmd_operator_remove, "delete an operator")):
        cmd = op_sub.add_parser(action, parents=[common], help=text)
        cmd.add_argument("name")
        if action != "remove":
            cmd.add_argument("--password-stdin", action="store_true",
                             help="read the password from the first line of standard input")
        cmd.set_defaults(func=func)
    op_sub.add_parser("list", parents=[common], help="list operators"
                      ).set_defaults(func=_cmd_operator_list)
    from collabdesk.sync.hub import release  # collabdesk-hub release set|show|clear
    release.add_commands(sub, common, _engine)
    from collabdesk.sync.hub import measures  # collabdesk-hub measures keygen|publish|…
    measures.add_commands(sub, common, _engine)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        result: int = args.func(args)
        return result
    except CollabDeskError as exc:
        print(f"collabdesk-hub: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a driver or OS failure: still one line, not a traceback
        print(f"collabdesk-hub: error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
