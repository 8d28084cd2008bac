"""End-to-end fixtures: a real hub process on loopback and laptops with real encrypted stores.

The hub is started exactly as an operator starts it (``python -m collabdesk.sync.hub serve``);
agencies and enrolment codes are made with the hub's admin CLI in a subprocess. Each laptop
is a real SQLCipher store created by ``Workspace.create`` (minimum KDF cost) with its own
:class:`SyncEngine`.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from collabdesk.services.session import Session
from collabdesk.sync.engine import SyncEngine, SyncReport
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace
from tests.sync.hub.conftest import HubProcess, sqlite_hub

PASSPHRASE = "correct horse battery staple"


def hub_cli(hub: HubProcess, *args: str) -> str:
    """Run ``collabdesk-hub ARGS --database URL`` and return its standard output."""
    done = subprocess.run(
        [sys.executable, "-m", "collabdesk.sync.hub", *args, "--database", hub.database_url],
        capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def create_agency(hub: HubProcess, name: str) -> str:
    out = hub_cli(hub, "agency", "create", name)
    match = re.search(r"with id (\S+)", out)
    assert match, out
    return match.group(1)


def enrolment_code(hub: HubProcess, agency_id: str) -> str:
    return hub_cli(hub, "enroll-code", agency_id, "--expires", "1h").strip().splitlines()[0]


@dataclass
class Laptop:
    name: str
    workspace: Workspace
    session: Session
    engine: SyncEngine

    def sync(self) -> SyncReport:
        return self.engine.sync_once()

    @property
    def device_id(self) -> str:
        keys = self.engine.device_keys()
        assert keys is not None
        return keys.device_id


class Network:
    """Builds agencies and laptops on one hub; closes every store at the end."""

    def __init__(self, hub: HubProcess, tmp: Path) -> None:
        self.hub, self.tmp = hub, tmp
        self.laptops: list[Laptop] = []

    def laptop(self, name: str, agency_name: str, username: str, *, joining: bool) -> Laptop:
        ws = Workspace(self.tmp / name)
        session, _ = ws.create(agency_name, username, PASSPHRASE, kdf=KdfParams.FLOOR,
                               joining=joining)
        laptop = Laptop(name, ws, session, SyncEngine(session))
        self.laptops.append(laptop)
        return laptop

    def first_laptop(self, name: str, agency_id: str, agency_name: str, username: str
                     ) -> Laptop:
        laptop = self.laptop(name, agency_name, username, joining=False)
        result = laptop.engine.enroll(self.hub.base_url, enrolment_code(self.hub, agency_id),
                                      f"{name} laptop", agency_id=agency_id)
        assert result.status == "active"
        return laptop

    def join(self, name: str, agency_id: str, username: str, approver: Laptop) -> Laptop:
        laptop = self.laptop(name, "joining", username, joining=True)
        result = laptop.engine.enroll(self.hub.base_url, enrolment_code(self.hub, agency_id),
                                      f"{name} laptop",
                                      agency_fingerprint=approver.engine.agency_fingerprint())
        assert result.status == "pending"
        approver.engine.approve(result.device_id, fingerprint=result.fingerprint)
        return laptop

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.engine.close()
            laptop.session.close()

    def __enter__(self) -> Network:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@pytest.fixture(scope="session")
def e2e_hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubProcess]:
    with sqlite_hub(tmp_path_factory, "e2e-hub") as process:
        yield process
