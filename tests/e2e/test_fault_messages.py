"""Each fault of the network between a laptop and the hub ends in one plain sentence.

A real hub process sits behind :class:`FaultProxy`; a scripted plan injects one fault class
at a time into a laptop's round: the answer cut mid-body, a web page instead of the hub's
answer, the request replayed (once, then every time), an answer slower than the client's
timeout, a refused connection and a TLS handshake with a plain-HTTP hub. Each failing round
raises the catalogue code of its class — never an exception's name — the log keeps the
technical detail, and the next round completes with nothing lost or doubled at the hub. The
command line prints the same sentence in one line.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import random
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select

from collabdesk.domain import ClientInput
from collabdesk.sync import engine as engine_mod
from collabdesk.sync.client import HubClient, HubError
from collabdesk.sync.hub import db as hub_db
from tests.e2e.conftest import PASSPHRASE, Laptop, Network, create_agency
from tests.e2e.faultproxy import FaultProxy, Request
from tests.sync.hub.conftest import HubProcess, free_port, start_hub, stop_hub

CUT = "The connection to the hub was cut; nothing was lost; CollabDesk will try again."


@dataclass
class Faulty:
    """One agency's laptop syncing through a proxy whose plan a test sets."""

    hub: HubProcess
    proxy: FaultProxy
    agency_id: str
    laptop: Laptop
    faults: list[Callable[[Request], str | None]] = field(default_factory=list)

    def plan(self, request: Request, rng: random.Random) -> str:
        for fault in list(self.faults):
            action = fault(request)
            if action is not None:
                return action
        return "pass"

    def change(self, given: str) -> None:
        self.laptop.session.clients.intake(
            ClientInput(given, "Faulty", dob=dt.date(1977, 7, 7)), confirmed_new=True)

    def assert_nothing_lost(self) -> None:
        """A round completes; nothing waits on the laptop; the hub holds each envelope once
        and no envelope the laptop did not hear acknowledged."""
        self.faults.clear()
        self.laptop.sync()
        session = self.laptop.session
        assert session.sync_status.overview().changes_waiting == 0
        env = hub_db.envelopes
        with self.hub.engine.connect() as conn:
            ids = [r[0] for r in conn.execute(select(env.c.envelope_id).where(
                env.c.mailbox_id == self.agency_id, env.c.sender == self.laptop.device_id))]
        assert len(ids) == len(set(ids))
        acked = {r[0] for r in session.store.query(
            "SELECT envelope_id FROM sync_seen WHERE reason = 'sent from this laptop'")}
        assert set(ids) <= acked


def once(match: Callable[[Request], bool], action: str, times: int = 1
         ) -> Callable[[Request], str | None]:
    left = [times]

    def fault(request: Request) -> str | None:
        if left[0] > 0 and match(request):
            left[0] -= 1
            return action
        return None
    return fault


def is_push(request: Request) -> bool:
    return request.method == "POST" and request.path.endswith("/envelopes")


def is_pull(request: Request) -> bool:
    return request.method == "GET" and "/envelopes?" in request.path


@pytest.fixture(scope="module")
def faulty(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Faulty]:
    tmp = tmp_path_factory.mktemp("fault-messages")
    hub = start_hub(tmp, f"sqlite:///{tmp / 'hub.sqlite3'}")
    host, port = hub.base_url.rsplit("//", 1)[1].split(":")
    holder: list[Faulty] = []
    proxy = FaultProxy((host, int(port)), plan=lambda request, rng: (
        holder[0].plan(request, rng) if holder else "pass")).start()
    net = Network(dataclasses.replace(hub, base_url=proxy.url), tmp / "laptops")
    try:
        agency = create_agency(hub, "Faulty Clinic")
        laptop = net.first_laptop("F1", agency, "Faulty Clinic", "fay")
        holder.append(Faulty(hub, proxy, agency, laptop))
        laptop.sync()
        yield holder[0]
    finally:
        net.close()
        proxy.close()
        stop_hub(hub)


@pytest.mark.parametrize(("fault", "code"), [
    (once(is_push, "cut_response"), "hub.connection-cut"),  # the hub stored it
    (once(is_push, "cut_request"), "hub.connection-cut"),  # the hub never got it whole
    (once(is_push, "drop"), "hub.connection-cut"),  # hung up before anything was sent on
    (once(is_pull, "garbage"), "hub.bad-answer"),  # a web page, not the hub's answer
    (once(is_push, "garbage"), "hub.bad-answer"),
    (once(is_push, "replay", times=4), "hub.rejected.replayed"),  # every try refused
], ids=["cut-answer", "cut-request", "dropped", "garbage-pull", "garbage-push",
        "replayed-every-time"])
def test_a_fault_ends_the_round_with_its_plain_message_and_the_next_round_completes(
        faulty: Faulty, fault: Callable[[Request], str | None], code: str,
        caplog: pytest.LogCaptureFixture) -> None:
    faulty.change("Before")
    faulty.faults.append(fault)
    with caplog.at_level(logging.INFO, logger="collabdesk.sync.client"), \
            pytest.raises(HubError) as caught:
        faulty.laptop.sync()
    assert caught.value.code == code
    text = str(caught.value)
    assert "Error" not in text and "HTTP" not in text and "JSON" not in text
    if code == "hub.connection-cut":
        assert text == CUT
    assert faulty.laptop.session.store.get_meta("sync_last_error") == text
    # The log keeps what a technician needs.
    logged = caplog.text
    assert code in logged or "unreadable answer" in logged or code.startswith("hub.rejected")
    faulty.assert_nothing_lost()


def test_a_request_replayed_once_is_signed_again_without_a_word(faulty: Faulty) -> None:
    """The hub took the request twice (the second copy refused as a replay) and only the
    refusal came back: the client signs again and the round completes."""
    faulty.change("Replayed")
    faulty.faults.append(once(is_push, "replay"))
    report = faulty.laptop.sync()
    assert report.pushed_events > 0
    assert faulty.proxy.stats["replay"] >= 1
    faulty.assert_nothing_lost()


def test_an_answer_slower_than_the_timeout(faulty: Faulty) -> None:
    """The hub stored the push but answered after the client gave up."""
    release = threading.Event()
    slow = [True]

    def hold_answer(request: Request) -> None:
        if slow[0] and is_push(request):
            slow[0] = False
            release.wait(5)  # the injected slowness: released as soon as the client gave up

    faulty.change("Slow")
    faulty.proxy.on_forwarded = hold_answer
    session = faulty.laptop.session
    engine = engine_mod.SyncEngine(
        session, client_factory=lambda url, keys: HubClient(url, keys, timeout=1.0))
    try:
        with pytest.raises(HubError) as caught:
            engine.sync_once()
    finally:
        release.set()
        faulty.proxy.on_forwarded = None
        engine.close()
    assert caught.value.code == "hub.timed-out"
    assert str(caught.value) == ("The hub took too long to answer; nothing was lost; "
                                 "CollabDesk will try again.")
    faulty.assert_nothing_lost()


def test_a_refused_connection_and_a_failed_tls_handshake(faulty: Faulty) -> None:
    keys = faulty.laptop.engine.device_keys()
    closed = HubClient(f"http://127.0.0.1:{free_port()}", keys)
    with pytest.raises(HubError) as refused:
        closed.pull(faulty.agency_id)
    assert refused.value.code == "hub.unreachable"
    # The hub speaks plain HTTP: a TLS client meets something that is not TLS.
    tls = HubClient(faulty.hub.base_url.replace("http://", "https://"), keys, timeout=5)
    with pytest.raises(HubError) as failed:
        tls.pull(faulty.agency_id)
    assert failed.value.code == "hub.tls-failed"
    assert "SSL" not in str(failed.value)
    closed.close()
    tls.close()


def test_the_command_line_prints_the_plain_message_in_one_line(faulty: Faulty,
                                                              tmp_path: Path) -> None:
    faulty.change("Command")
    faulty.faults.append(once(is_push, "cut_response"))
    env = dict(os.environ, COLLABDESK_USER="fay", COLLABDESK_PASSPHRASE=PASSPHRASE)
    done = subprocess.run(
        [sys.executable, "-m", "collabdesk", "sync-now", "--data-dir",
         str(faulty.laptop.workspace.data_dir)], capture_output=True, text=True, env=env,
        stdin=subprocess.DEVNULL, timeout=120, check=False)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert lines[-1] == f"collabdesk: {CUT}"
    assert "Traceback" not in done.stderr and "ChunkedEncodingError" not in done.stderr
    assert done.stdout == ""
    faulty.assert_nothing_lost()

    # A round that works ends on a summary whose count is the one the progress ended on:
    # a sibling laptop's changes come in.
    siblings = Network(faulty.hub, tmp_path)
    try:
        sibling = siblings.join("F2", faulty.agency_id, "gil", approver=faulty.laptop)
        faulty.laptop.sync()  # its grants
        sibling.sync()
        sibling.session.clients.intake(ClientInput("Sibling", "Faulty"), confirmed_new=True)
        sibling.sync()
    finally:
        siblings.close()
    faulty.change("Counted")
    done = subprocess.run(
        [sys.executable, "-m", "collabdesk", "sync-now", "--data-dir",
         str(faulty.laptop.workspace.data_dir)], capture_output=True, text=True, env=env,
        stdin=subprocess.DEVNULL, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    received = [line for line in done.stderr.splitlines() if line.startswith("Received ")]
    assert received and len(received) <= 2, done.stderr  # its first count and its last
    shown = int(received[-1].split()[1])
    assert shown >= 1
    summary = re.search(r"(\d+) envelope\(s\) received \((\d+) applied, (\d+) already here, "
                        r"(\d+) rejected\)", done.stdout)
    assert summary, done.stdout
    total, *parts = (int(g) for g in summary.groups())
    assert total == shown == sum(parts)
