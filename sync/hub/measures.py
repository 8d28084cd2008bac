"""The network's measurement framework at the hub: the network key, publishing a version,
and serving the current one to laptops.

``collabdesk-hub measures keygen FILE`` makes the network key (Ed25519, in a file encrypted
with a passphrase; kept by the operator, offline if they like, never the hub's TLS key).
``collabdesk-hub measures publish FILE --key KEYFILE`` checks a framework document, signs it
and stores it as the next version; ``measures list`` shows every version; ``measures starter
FILE`` writes the starting framework to edit. Versions are ``hub_meta`` rows named
``measures:<version>`` (the signed framework and when it was published), so every hub worker
and the PostgreSQL move see them without a schema change. ``GET /v1/measures/framework``
gives a laptop the current version (only its number when the laptop already has it); it
needs no device signature, as laptops check the framework's own signature.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import getpass
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import APIRouter
from sqlalchemy import Connection, Engine, func, insert, select

from collabdesk.errors import CollabDeskError
from collabdesk.measures.framework import (
    Framework,
    MeasureError,
    canonical_document,
    load_framework,
)
from collabdesk.measures.signed import (
    SignedFramework,
    fingerprint,
    new_key_file,
    open_key_file,
    sign,
    verify,
)
from collabdesk.sync.hub import db

PREFIX = "measures:"


@dataclass(frozen=True)
class Published:
    version: int
    published_at: str
    signed: SignedFramework

    @property
    def framework(self) -> Framework:
        return _parsed(self.signed.document)


@functools.lru_cache(maxsize=16)
def _parsed(document: bytes) -> Framework:
    # Every dashboard page reads the current framework; versions never change once stored.
    return load_framework(document)


def _name(version: int) -> str:
    return f"{PREFIX}{version:06d}"  # sorts by version as text


def versions(engine: Engine) -> list[Published]:
    """Every published version, oldest first."""
    with db.read_tx(engine) as conn:
        rows = conn.execute(select(db.hub_meta.c.name, db.hub_meta.c.value)
                            .where(db.hub_meta.c.name.like(PREFIX + "%"))
                            .order_by(db.hub_meta.c.name)).all()
    out = []
    for name, value in rows:
        record = json.loads(value)
        out.append(Published(int(name[len(PREFIX):]), str(record["published_at"]),
                             SignedFramework.from_json(record["signed"])))
    return out


def current_version(conn: Connection) -> int:
    """The newest published version (0: none), read without parsing any of them."""
    name = conn.execute(select(func.max(db.hub_meta.c.name))
                        .where(db.hub_meta.c.name.like(PREFIX + "%"))).scalar_one_or_none()
    return int(name[len(PREFIX):]) if name else 0


def current(engine: Engine) -> Published | None:
    found = versions(engine)
    return found[-1] if found else None


def publish(engine: Engine, document: bytes, key_pem: bytes, passphrase: str, *,
            now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)) -> Published:
    """Check, sign and store a framework as the next version. Refused if it does not read,
    if its version is not newer than the current one, or if the key is not the network key
    earlier versions were signed with (laptops would refuse it)."""
    framework = load_framework(document)
    key = open_key_file(key_pem, passphrase)
    signed = sign(canonical_document(json.loads(document)), key)
    latest = current(engine)
    if latest is not None:
        if framework.version <= latest.version:
            raise MeasureError("measures.older-version", version=framework.version,
                               current=latest.version)
        verify(signed, latest.signed.public_key)
    record = Published(framework.version,
                       now().astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), signed)
    with db.write_tx(engine) as conn:
        conn.execute(insert(db.hub_meta).values(
            name=_name(framework.version),
            value=json.dumps({"published_at": record.published_at,
                              "signed": signed.to_json()})))
    return record


def router(engine: Engine) -> APIRouter:
    """``GET /v1/measures/framework?known=N``: the current version, whole unless ``known``."""
    api = APIRouter(tags=["measures"])

    @api.get("/v1/measures/framework")
    def framework(known: int = 0) -> dict[str, Any]:
        # No signature needed: the framework is the network's published definitions, and
        # laptops check its own signature. Unsigned, an idle sync round stays small.
        latest = current(engine)
        if latest is None:
            return {"version": 0}
        if latest.version == known:
            return {"version": latest.version}
        return {"version": latest.version, "framework": latest.signed.to_json()}

    return api


# -- the admin commands: collabdesk-hub measures keygen|publish|list|starter ----------------

def _passphrase(args: argparse.Namespace, *, twice: bool) -> str:
    if args.passphrase_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Passphrase of the network key: ")
    if twice and getpass.getpass("Again: ") != first:
        raise CollabDeskError("hub-cli.passwords-differ")
    return first


def add_commands(sub: Any, common: argparse.ArgumentParser,
                 engine_for: Callable[[argparse.Namespace], Engine]) -> None:
    """Add ``measures`` to the hub CLI's subparsers."""
    measures = sub.add_parser("measures", help="the network's measurement framework")
    msub = measures.add_subparsers(dest="measures_command", required=True, metavar="ACTION")

    keygen = msub.add_parser("keygen", parents=[common],
                             help="make the network key in a passphrase-protected file")
    keygen.add_argument("file", help="where to write the key (refused if it exists)")
    keygen.add_argument("--passphrase-stdin", action="store_true",
                        help="read the passphrase from the first line of standard input")

    def _keygen(args: argparse.Namespace) -> int:
        path = Path(args.file)
        pem, public = new_key_file(_passphrase(args, twice=True))
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(pem)
        print(f"wrote the network key to {path}; fingerprint {fingerprint(public)}")
        print("Keep the file and its passphrase safe: laptops accept frameworks signed "
              "with this key only.", file=sys.stderr)
        return 0

    keygen.set_defaults(func=_keygen)

    pub = msub.add_parser("publish", parents=[common],
                          help="sign a framework with the network key and publish it")
    pub.add_argument("file", help="the framework document (JSON)")
    pub.add_argument("--key", required=True, help="the network key file")
    pub.add_argument("--passphrase-stdin", action="store_true",
                     help="read the key's passphrase from the first line of standard input")

    def _publish(args: argparse.Namespace) -> int:
        document = Path(args.file).read_bytes()
        key_pem = Path(args.key).read_bytes()
        record = publish(engine_for(args), document, key_pem, _passphrase(args, twice=False))
        framework = record.framework
        print(f"published version {record.version} of {framework.network!r}: "
              f"{len(framework.measures)} measures, {len(framework.forms)} forms; signed by "
              f"{fingerprint(record.signed.public_key)}")
        return 0

    pub.set_defaults(func=_publish)

    def _list(args: argparse.Namespace) -> int:
        found = versions(engine_for(args))
        if not found:
            print("no framework published (see 'collabdesk-hub measures publish')")
        for p in found:
            f = p.framework
            print(f"version {p.version}  published {p.published_at}  {f.network!r}  "
                  f"{len(f.measures)} measures  key {fingerprint(p.signed.public_key)}")
        return 0

    msub.add_parser("list", parents=[common], help="list published versions"
                    ).set_defaults(func=_list)

    starter = msub.add_parser("starter", help="write the starting framework to edit")
    starter.add_argument("file")
    starter.add_argument("--network", default="Example network")

    def _starter(args: argparse.Namespace) -> int:
        from collabdesk.measures.starting import starting_framework

        Path(args.file).write_text(json.dumps(starting_framework(network=args.network),
                                              indent=2, ensure_ascii=False) + "\n")
        print(f"wrote the starting framework to {args.file}; edit it, then publish it")
        return 0

    starter.set_defaults(func=_starter)
