"""Dashboard operators: their accounts, passwords and sign-in lockout, and their sessions.

Operators live in ``hub_meta`` rows named ``operator:NAME`` (JSON: an Argon2id hash, a
session generation and the creation time), so the dashboard needs no schema of its own and
every hub worker sees the same accounts. A session is a cookie signed with a key derived from
the hub's secret, carrying the operator, that operator's generation and an expiry; signing
out bumps the generation, which ends every session of that operator. Forms carry a CSRF
token tied to a cookie (login) or to the session (sign out).

Accounts are made with ``collabdesk-hub operator add NAME`` (``sync/hub/cli.py``); the
dashboard's routes (``dashboard.py``) sign operators in and out.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from sqlalchemy import Engine, delete, insert, select, update

from collabdesk.errors import CollabDeskError
from collabdesk.sync.hub import db

SESSION_COOKIE = "cd_hub_session"
CSRF_COOKIE = "cd_hub_csrf"
SESSION_SECONDS = 8 * 3600
OPERATOR_PREFIX = "operator:"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,54}")
MIN_PASSWORD = 10
# Argon2id at the OWASP minimum for interactive logins (19 MiB, t=2): a sign-in costs a
# fraction of a second on a small server, guessing costs the same per try.
_ARGON: dict[str, int] = {"memory_cost": 19 * 1024, "iterations": 2, "lanes": 1, "length": 32}


class OperatorError(CollabDeskError):
    """An operator account could not be created, changed or found."""


# --------------------------------------------------------------------------- operators


@dataclass(frozen=True)
class Operator:
    name: str
    created_at: int
    generation: int


def _check_name(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise OperatorError("hub-operator.bad-name", name=name)
    return name


def _hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = Argon2id(salt=salt, length=_ARGON["length"], iterations=_ARGON["iterations"],
                      lanes=_ARGON["lanes"], memory_cost=_ARGON["memory_cost"]
                      ).derive(password.encode("utf-8"))
    return "argon2id$m={memory_cost},t={iterations},p={lanes}$".format(**_ARGON) + \
        base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


def _check_password(password: str, stored: str) -> bool:
    try:
        kind, params, salt_b64, digest_b64 = stored.split("$")
        opts = dict(p.split("=") for p in params.split(","))
        salt, digest = base64.b64decode(salt_b64), base64.b64decode(digest_b64)
        kdf = Argon2id(salt=salt, length=len(digest), iterations=int(opts["t"]),
                       lanes=int(opts["p"]), memory_cost=int(opts["m"]))
        candidate = kdf.derive(password.encode("utf-8"))
    except (ValueError, KeyError):
        return False
    return kind == "argon2id" and hmac.compare_digest(candidate, digest)


def _load(engine: Engine, name: str) -> dict[str, Any] | None:
    with db.read_tx(engine) as conn:
        value = conn.execute(select(db.hub_meta.c.value).where(
            db.hub_meta.c.name == OPERATOR_PREFIX + name)).scalar_one_or_none()
    return None if value is None else dict(json.loads(value))


def add_operator(engine: Engine, name: str, password: str, *, now: int | None = None
                 ) -> Operator:
    """Create a dashboard account (the password is stored only as an Argon2id hash)."""
    _check_name(name)
    if len(password) < MIN_PASSWORD:
        raise OperatorError("hub-operator.password-too-short", minimum=MIN_PASSWORD)
    if _load(engine, name) is not None:
        raise OperatorError("hub-operator.name-taken", name=name)
    created = int(now or time.time())
    record = {"hash": _hash_password(password), "created": created, "generation": 1}
    with db.write_tx(engine) as conn:
        conn.execute(insert(db.hub_meta).values(name=OPERATOR_PREFIX + name,
                                                value=json.dumps(record)))
    return Operator(name, created, 1)


def set_password(engine: Engine, name: str, password: str) -> None:
    """Change an operator's password; every open session of theirs ends."""
    record = _load(engine, name)
    if record is None:
        raise OperatorError("hub-operator.not-found", name=name)
    if len(password) < MIN_PASSWORD:
        raise OperatorError("hub-operator.password-too-short", minimum=MIN_PASSWORD)
    record["hash"] = _hash_password(password)
    record["generation"] = int(record["generation"]) + 1
    _store(engine, name, record)


def remove_operator(engine: Engine, name: str) -> None:
    with db.write_tx(engine) as conn:
        gone = conn.execute(delete(db.hub_meta).where(
            db.hub_meta.c.name == OPERATOR_PREFIX + name)).rowcount
    if not gone:
        raise OperatorError("hub-operator.not-found", name=name)


def list_operators(engine: Engine) -> list[Operator]:
    with db.read_tx(engine) as conn:
        rows = conn.execute(select(db.hub_meta).where(
            db.hub_meta.c.name.startswith(OPERATOR_PREFIX)).order_by(db.hub_meta.c.name)).all()
    result = []
    for row in rows:
        record = json.loads(row.value)
        result.append(Operator(row.name[len(OPERATOR_PREFIX):], int(record["created"]),
                               int(record["generation"])))
    return result


def _store(engine: Engine, name: str, record: dict[str, Any]) -> None:
    with db.write_tx(engine) as conn:
        conn.execute(update(db.hub_meta).where(db.hub_meta.c.name == OPERATOR_PREFIX + name)
                     .values(value=json.dumps(record)))


FREE_ATTEMPTS = 5
MAX_WAIT_SECONDS = 15 * 60


class OperatorLocked(Exception):
    """Too many wrong passwords for this operator; ``retry_after`` seconds to wait."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"try again in {int(retry_after) + 1} s")
        self.retry_after = retry_after


def _wait_after(failures: int) -> float:
    return 0.0 if failures < FREE_ATTEMPTS else min(2.0 ** (failures - FREE_ATTEMPTS + 1),
                                                     MAX_WAIT_SECONDS)


def verify_operator(engine: Engine, name: str, password: str, *,
                    now: float | None = None) -> Operator | None:
    """The operator if the password is right, else None (same cost for unknown names).

    Wrong passwords for a known operator are counted in its record (shared by every hub
    worker); after a few, each further attempt must wait longer, and is refused with
    :class:`OperatorLocked` without even checking the password."""
    now = time.time() if now is None else now
    record = _load(engine, name) if _NAME.fullmatch(name) else None
    if record is None:
        _check_password(password, _DUMMY_HASH)  # no timing hint that the name is unknown
        return None
    failures = int(record.get("failures", 0))
    wait = float(record.get("failed_at", 0)) + _wait_after(failures) - now
    if wait > 0:
        raise OperatorLocked(wait)
    if not _check_password(password, str(record["hash"])):
        _store(engine, name, {**record, "failures": failures + 1, "failed_at": now})
        return None
    if failures:
        _store(engine, name, {**record, "failures": 0, "failed_at": 0})
    return Operator(name, int(record["created"]), int(record["generation"]))


_DUMMY_HASH = _hash_password("not a password", b"\0" * 16)


# --------------------------------------------------------------------------- sessions


class Sessions:
    """Signed, expiring session cookies and CSRF tokens, keyed by the hub's secret."""

    def __init__(self, engine: Engine, secret: bytes, clock: Callable[[], float]) -> None:
        self.engine, self.clock = engine, clock
        self.key = hmac.new(secret, b"collabdesk-dashboard-session-v1", hashlib.sha256).digest()

    def _mac(self, data: bytes) -> str:
        return base64.urlsafe_b64encode(
            hmac.new(self.key, data, hashlib.sha256).digest()).decode().rstrip("=")

    def issue(self, operator: Operator) -> str:
        payload = json.dumps({"op": operator.name, "gen": operator.generation,
                              "exp": int(self.clock()) + SESSION_SECONDS},
                             separators=(",", ":")).encode()
        body = base64.urlsafe_b64encode(payload).decode().rstrip("=")
        return f"{body}.{self._mac(body.encode())}"

    def check(self, cookie: str | None) -> str | None:
        """The operator name of a valid session cookie, else None."""
        if not cookie or "." not in cookie:
            return None
        body, mac = cookie.rsplit(".", 1)
        if not hmac.compare_digest(mac, self._mac(body.encode())):
            return None
        try:
            data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
            name, generation, expires = str(data["op"]), int(data["gen"]), int(data["exp"])
        except (ValueError, KeyError, TypeError):
            return None
        if expires <= self.clock():
            return None
        record = _load(self.engine, name)
        if record is None or int(record["generation"]) != generation:
            return None
        return name

    def end(self, name: str) -> None:
        record = _load(self.engine, name)
        if record is not None:
            record["generation"] = int(record["generation"]) + 1
            _store(self.engine, name, record)

    def csrf_for(self, session_cookie: str) -> str:
        return self._mac(b"csrf|" + session_cookie.encode())

