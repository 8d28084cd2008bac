"""Core fixtures: a real encrypted workspace per test, copied from one built per session.

Creating a store runs the KDF several times; copying the finished folder is cheap, so every
test still gets its own fresh database (and signing in still runs the real KDF once).
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from collabdesk.services.session import Session
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace

PASSPHRASES = {
    "admin": "admin pass phrase 1",
    "wendy": "wendy pass phrase 1",   # worker
    "sara": "sara pass phrase 1",     # supervisor
    "ada": "ada pass phrase 1",       # admin only
    "walt": "walt pass phrase 1",     # worker
}
ROLES = {"wendy": ["worker"], "sara": ["supervisor"], "ada": ["admin"], "walt": ["worker"]}


START = dt.datetime(2026, 10, 15, 9, 0, tzinfo=dt.UTC)


class FakeClock:
    """A clock tests move by hand (UTC)."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@dataclass
class Agency:
    workspace: Workspace
    clock: FakeClock
    recovery_code: str

    def sign_in(self, username: str) -> Session:
        return self.workspace.sign_in(username, PASSPHRASES[username])


@pytest.fixture(scope="session")
def _template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("template") / "agency"
    ws = Workspace(folder, clock=lambda: START)  # the same time line as the tests' clock
    session, code = ws.create("Riverside Family Services", "admin", PASSPHRASES["admin"],
                              admin_display_name="Ana Admin", kdf=KdfParams.FLOOR)
    for name, roles in ROLES.items():
        session.users.add(name, PASSPHRASES[name], display_name=name.capitalize(), roles=roles)
    session.close()
    return folder, code


@pytest.fixture
def agency(_template: tuple[Path, str], tmp_path: Path) -> Agency:
    folder = tmp_path / "agency"
    shutil.copytree(_template[0], folder)
    clock = FakeClock(START)
    return Agency(Workspace(folder, clock=clock), clock, _template[1])


@pytest.fixture
def sign_in(agency: Agency) -> Iterator[Callable[[str], Session]]:
    opened: list[Session] = []

    def _sign_in(username: str) -> Session:
        session = agency.sign_in(username)
        opened.append(session)
        return session

    yield _sign_in
    for session in opened:
        session.close()


@pytest.fixture
def admin(sign_in: Callable[[str], Session]) -> Session:
    return sign_in("admin")
