"""Fixtures for hub tests: a real hub process on loopback, and signing HTTP clients.

One hub process (on a temporary SQLite database) serves the whole session; each test makes
its own agencies so tests do not depend on each other.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import Engine

from collabdesk.sync import chain, envelope, keys, signing
from collabdesk.sync.canonical import b64e
from collabdesk.sync.hub import admin, db

_names = itertools.count(1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class HubProcess:
    base_url: str
    database_url: str
    engine: Engine
    log_path: Path
    proc: subprocess.Popen[bytes]


def start_hub(tmp: Path, database_url: str, *extra: str) -> HubProcess:
    """Start ``python -m collabdesk.sync.hub serve`` and wait until /health answers."""
    port = free_port()
    log_path = tmp / f"hub-{port}.log"
    env = dict(os.environ)
    env.pop("COLLABDESK_HUB_DATABASE", None)
    with open(log_path, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "collabdesk.sync.hub", "serve", "--database", database_url,
             "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", *extra],
            stdout=out, stderr=subprocess.STDOUT, env=env,
        )
    base = f"http://127.0.0.1:{port}"
    # Bounded polling: a few thousand quick attempts (tiny pauses), never a long sleep.
    for _ in range(3000):
        if proc.poll() is not None:
            raise RuntimeError(f"hub exited early:\n{log_path.read_text()}")
        try:
            if requests.get(f"{base}/health", timeout=1).status_code == 200:
                break
        except requests.ConnectionError:
            time.sleep(0.005)  # a separate hub process is starting: bounded poll
    else:
        proc.kill()
        raise RuntimeError(f"hub did not answer /health:\n{log_path.read_text()}")
    return HubProcess(base, database_url, db.make_engine(database_url), log_path, proc)


def stop_hub(hub: HubProcess) -> None:
    hub.proc.terminate()
    try:
        hub.proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        hub.proc.kill()
        hub.proc.wait()
    hub.engine.dispose()


@contextlib.contextmanager
def sqlite_hub(tmp_path_factory: pytest.TempPathFactory, name: str) -> Iterator[HubProcess]:
    """A hub process on a SQLite database of its own, stopped afterwards."""
    tmp = tmp_path_factory.mktemp(name)
    process = start_hub(tmp, f"sqlite:///{tmp / 'hub.sqlite3'}")
    try:
        yield process
    finally:
        stop_hub(process)


# Set this to a postgresql+psycopg:// URL (an empty database) to run the hub tests there.
POSTGRES_ENV = "COLLABDESK_TEST_HUB_POSTGRES"


def hub_database(tmp: Path) -> str:
    return os.environ.get(POSTGRES_ENV) or f"sqlite:///{tmp / 'hub.sqlite3'}"


@pytest.fixture(scope="session")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubProcess]:
    tmp = tmp_path_factory.mktemp("hub")
    process = start_hub(tmp, hub_database(tmp))
    yield process
    stop_hub(process)


class Device:
    """A device's keys plus a requests session that signs every call like the client does."""

    def __init__(self, hub: HubProcess, device_keys: keys.DeviceKeys | None = None) -> None:
        self.hub = hub
        self.keys = device_keys or keys.DeviceKeys.generate()
        self.session = requests.Session()
        self._last_stamp: dict[tuple[str, str, bytes], int] = {}

    @property
    def id(self) -> str:
        return self.keys.device_id

    def signed(self, method: str, path: str, body: Any = None, *,
               timestamp: int | None = None) -> tuple[bytes, dict[str, str]]:
        if isinstance(body, bytes):
            data = body  # a push: framed envelopes
        else:
            data = b"" if body is None else json.dumps(body).encode()
        if timestamp is None:
            # Ed25519 is deterministic: the same request in the same second has the same
            # signature, which the hub rightly refuses as a replay. Step the clock instead.
            key = (method, path, data)
            timestamp = max(int(time.time()), self._last_stamp.get(key, 0) + 1)
            self._last_stamp[key] = timestamp
        headers = signing.sign_request(self.keys, method, path, data, timestamp=timestamp)
        if body is not None:
            headers["Content-Type"] = (envelope.PUSH_MEDIA_TYPE if isinstance(body, bytes)
                                       else "application/json")
        return data, headers

    def send(self, method: str, path: str, data: bytes, headers: dict[str, str]
             ) -> requests.Response:
        return self.session.request(method, self.hub.base_url + path, data=data,
                                    headers=headers, timeout=30)

    def call(self, method: str, path: str, body: Any = None, *,
             timestamp: int | None = None) -> requests.Response:
        data, headers = self.signed(method, path, body, timestamp=timestamp)
        return self.send(method, path, data, headers)

    def enroll(self, code: str, label: str, genesis: list[dict[str, Any]] | None = None
               ) -> requests.Response:
        body: dict[str, Any] = {"code": code, "sign_pub": b64e(self.keys.sign_public),
                                "kem_pub": b64e(self.keys.kem_public), "label": label}
        if genesis is not None:
            body["chain"] = genesis
        return self.session.post(self.hub.base_url + "/v1/enroll", json=body, timeout=30)

    def seal(self, mailbox: str, sender_agency: str,
             recipients: list[tuple[str, int, int, bytes]], batch: Any) -> bytes:
        return envelope.seal(kind="events", batch=batch, mailbox=mailbox, sender=self.keys,
                             sender_agency=sender_agency, recipients=recipients,
                             created_ms=int(time.time() * 1000))

    def push(self, mailbox: str, envelopes: list[bytes]) -> requests.Response:
        return self.call("POST", f"/v1/mailboxes/{mailbox}/envelopes",
                         envelope.frame_envelopes(envelopes))

    def pull(self, mailbox: str, since: str | None = None, limit: int | None = None,
             own: str | None = None, page_bytes: int | None = None) -> requests.Response:
        query = []
        if page_bytes is not None:
            query.append(f"bytes={page_bytes}")
        if since is not None:
            query.append(f"since={since}")
        if limit is not None:
            query.append(f"limit={limit}")
        if own is not None:
            query.append(f"own={own}")
        path = f"/v1/mailboxes/{mailbox}/envelopes" + ("?" + "&".join(query) if query else "")
        return self.call("GET", path)


@dataclass
class Agency:
    id: str
    name: str
    root: Device
    agency_key: keys.AgencyKey
    wires: list[dict[str, Any]] = field(default_factory=list)

    @property
    def recipient(self) -> tuple[str, int, int, bytes]:
        return (self.id, self.agency_key.epoch, self.agency_key.suite, self.agency_key.public)

    def state(self) -> chain.ChainState:
        return chain.verify_chain(self.id, self.wires)


def new_code(hub: HubProcess, agency_id: str, expires_in: int = 3600) -> str:
    return admin.issue_enrollment_code(hub.engine, agency_id, expires_in=expires_in,
                                       now=int(time.time())).code


def create_agency(hub: HubProcess, prefix: str = "Agency") -> tuple[str, str]:
    name = f"{prefix} {next(_names)} {os.getpid()}"
    info = admin.create_agency(hub.engine, name, now=int(time.time()))
    return info.id, name


def enroll_agency(hub: HubProcess, prefix: str = "Agency") -> Agency:
    """Register an agency and enroll its first device with entries 0 and 1."""
    agency_id, name = create_agency(hub, prefix)
    root = Device(hub)
    agency_key = keys.AgencyKey.generate(0)
    wires = chain.genesis(agency_id, root.keys, "Root laptop", agency_key, int(time.time()))
    response = root.enroll(new_code(hub, agency_id), "Root laptop", wires)
    assert response.status_code == 200, response.text
    assert response.json() == {"agency": agency_id, "device": root.id, "status": "active"}
    return Agency(agency_id, name, root, agency_key, list(wires))


def approve(agency: Agency, device: Device, label: str = "Second laptop") -> requests.Response:
    """Append an ``add`` entry for ``device``, signed by the agency's root device."""
    wire = chain.make_entry(agency.state(), agency.root.keys, "add", int(time.time()),
                            sign_pub=device.keys.sign_public, kem_pub=device.keys.kem_public,
                            label=label)
    response = agency.root.call("POST", f"/v1/agencies/{agency.id}/chain",
                                {"entries": [wire]})
    if response.status_code == 200:
        agency.wires.append(wire)
    return response
