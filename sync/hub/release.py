"""The latest CollabDesk release the hub's operator knows of: stored, published, set.

``collabdesk-hub release set 0.2.0 --notes "…"`` records it in ``hub_meta``; ``GET
/v1/release`` returns it to laptops (no signature needed: it is public information and a
laptop that cannot sign yet, or has been revoked, should still learn about fixes). Laptops
note it during sync and tell their users to ask the IT volunteer, who brings the installer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter
from sqlalchemy import Engine, delete, insert, select

from collabdesk.errors import CollabDeskError
from collabdesk.sync.hub import db
from collabdesk.updates import parse_version

META_NAME = "release_latest"


def get_release(engine: Engine) -> dict[str, str]:
    """{"version", "notes", "published_at"}; all empty when none was set."""
    with db.read_tx(engine) as conn:
        value = conn.execute(select(db.hub_meta.c.value)
                             .where(db.hub_meta.c.name == META_NAME)).scalar()
    empty = {"version": "", "notes": "", "published_at": ""}
    if not value:
        return empty
    try:
        stored = json.loads(value)
    except ValueError:
        return empty
    return {k: str(stored.get(k, "")) for k in empty}


def set_release(engine: Engine, version: str, notes: str = "",
                now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)
                ) -> dict[str, str]:
    if parse_version(version) is None:
        raise CollabDeskError("hub-release.bad-version", version=version)
    record = {"version": version.strip(), "notes": notes.strip(),
              "published_at": now().astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}
    with db.write_tx(engine) as conn:
        conn.execute(delete(db.hub_meta).where(db.hub_meta.c.name == META_NAME))
        conn.execute(insert(db.hub_meta).values(name=META_NAME, value=json.dumps(record)))
    return record


def clear_release(engine: Engine) -> None:
    with db.write_tx(engine) as conn:
        conn.execute(delete(db.hub_meta).where(db.hub_meta.c.name == META_NAME))


def router(engine: Engine) -> APIRouter:
    """``GET /v1/release``; include it in the app with ``app.include_router(...)``."""
    api = APIRouter(tags=["operations"])

    @api.get("/v1/release")
    def latest_release() -> dict[str, str]:
        return get_release(engine)

    return api


# -- the admin command: collabdesk-hub release set|show|clear ----------------------------

def add_commands(sub: Any, common: argparse.ArgumentParser,
                 engine_for: Callable[[argparse.Namespace], Engine]) -> None:
    """Add ``release`` to the hub CLI's subparsers."""
    release = sub.add_parser("release", help="publish the latest CollabDesk version to laptops")
    release_sub = release.add_subparsers(dest="release_command", required=True)
    set_cmd = release_sub.add_parser("set", parents=[common],
                                     help="record the latest released version")
    set_cmd.add_argument("version", help="e.g. 0.2.0")
    set_cmd.add_argument("--notes", default="", help="one line for IT volunteers")

    def _set(args: argparse.Namespace) -> int:
        record = set_release(engine_for(args), args.version, args.notes)
        print(f"Laptops will be told that CollabDesk {record['version']} is available.")
        return 0

    def _show(args: argparse.Namespace) -> int:
        record = get_release(engine_for(args))
        if not record["version"]:
            print("No release recorded.")
        else:
            print(f"{record['version']} (recorded {record['published_at']}) {record['notes']}")
        return 0

    def _clear(args: argparse.Namespace) -> int:
        clear_release(engine_for(args))
        print("Release notice removed.")
        return 0

    set_cmd.set_defaults(func=_set)
    release_sub.add_parser("show", parents=[common], help="show the recorded release"
                           ).set_defaults(func=_show)
    release_sub.add_parser("clear", parents=[common], help="remove the release notice"
                           ).set_defaults(func=_clear)
