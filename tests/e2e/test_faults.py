"""Sync survives a hostile network, a hub that dies mid-sync and laptops killed mid-apply.

* Through :class:`FaultProxy` (drops, delays, duplicates, requests and answers cut mid-body,
  requests held back and released out of order), three laptops of one agency and a partner
  keep working and syncing concurrently; once the network heals every laptop converges, with
  no event lost and none applied twice, and the partner got the referral exactly once.
* The hub process is SIGKILLed between pushes, while a push is in flight and between pull
  pages, and restarted on the same database: the next sync completes and nothing is lost.
* A laptop's sync runs in a child process that is SIGKILLed at random points while it pulls
  and applies; the reopened store passes its integrity checks and audit-chain verification,
  the next sync completes and the laptop ends identical to one that never crashed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import func, select

from collabdesk.domain import ClientInput
from collabdesk.events import statemachine as sm
from collabdesk.services import audit
from collabdesk.sync import engine as engine_mod
from collabdesk.sync.client import HubClient, HubError, HubRejected
from collabdesk.sync.engine import inbox as inbox_mod
from collabdesk.sync.hub import db as hub_db
from collabdesk.timeutil import iso
from collabdesk.workspace import Workspace
from tests.e2e.conftest import PASSPHRASE, Laptop, Network, create_agency
from tests.e2e.faultproxy import ACTIONS, FaultProxy, Request
from tests.sync.hub.conftest import HubProcess, start_hub, stop_hub

# What must be identical on every laptop of an agency once all have synced (the same tables
# as tests/core/test_eventlog.py, plus the set of events).
TABLES = {
    "clients": "id, given_name, family_name, phone, _heads",
    "cases": "id, client_id, title, status, assigned_to, closed_at, _heads",
    "notes": "id, case_id, body",
    "conflicts": "entity, entity_id, field, heads",
    "transitions": "event_id, to_value, outcome",
    "events": "id, hlc, entity, entity_id, op",
}


def laptop_state(laptop: Laptop) -> dict[str, list[tuple[object, ...]]]:
    with laptop.session.store.read() as conn:
        return {table: sorted(conn.execute(f"SELECT {cols} FROM {table}").fetchall())
                for table, cols in TABLES.items()}


def count(laptop: Laptop, sql: str, params: tuple[object, ...] = ()) -> int:
    return int(laptop.session.store.query(sql, params)[0][0])


def intake(laptop: Laptop, given: str) -> tuple[str, str]:
    client = laptop.session.clients.intake(
        ClientInput(given, "Fault", dob=dt.date(1985, 1, 2), phone="+15550000000"),
        confirmed_new=True)
    return client.id, laptop.session.cases.open_case(client.id, f"Case of {given}").id


def bulk_notes(laptop: Laptop, case_id: str, n: int, tag: str) -> None:
    """``n`` note events in one transaction (faster than n service calls)."""
    s = laptop.session
    with s.store.transaction() as conn:
        w = s.log.writer(conn, s.user.id)
        for i in range(n):
            w.create("note", {"case_id": case_id, "body": f"{tag} #{i} " + "x" * 40,
                              "created_at": iso(s.now())}, scope=case_id)


def sync_until_quiet(laptops: list[Laptop], rounds: int = 2) -> None:
    for _ in range(rounds):
        for laptop in laptops:
            laptop.sync()


# -- a hostile network -----------------------------------------------------------------------

@pytest.fixture
def proxy(e2e_hub: HubProcess) -> Iterator[FaultProxy]:
    host, port = e2e_hub.base_url.rsplit("//", 1)[1].split(":")
    weights = {"drop": 0.08, "delay": 0.08, "duplicate": 0.08, "cut_request": 0.06,
               "cut_response": 0.08, "hold": 0.08, "unavailable": 0.05}
    with FaultProxy((host, int(port)), seed=20261122, faults=weights, enabled=False) as p:
        yield p


def test_laptops_converge_through_a_faulty_network(
        e2e_hub: HubProcess, proxy: FaultProxy, tmp_path: Path) -> None:
    via_proxy = dataclasses.replace(e2e_hub, base_url=proxy.url)
    net = Network(via_proxy, tmp_path)
    try:
        a_id = create_agency(e2e_hub, "Faulty Riverside")
        b_id = create_agency(e2e_hub, "Faulty Hillside")
        a1 = net.first_laptop("A1", a_id, "Faulty Riverside", "ana")
        a2 = net.join("A2", a_id, "alex", approver=a1)
        a3 = net.join("A3", a_id, "ann", approver=a1)
        b1 = net.first_laptop("B1", b_id, "Faulty Hillside", "bea")
        agency_a = [a1, a2, a3]
        sync_until_quiet([*agency_a, b1])
        client_id, case_id = intake(a1, "Shared")
        sync_until_quiet(agency_a)

        partner = a1.session.directory.add_partner("Faulty Hillside", hub_agency_id=b_id)
        service = a1.session.directory.add_service(partner.id, "Food parcels", domains=("food",))
        a1.session.consents.record(client_id, scope=("name",), recipient=partner.id)
        referral_id = a1.session.referrals.send(case_id, service.id, reason="Needs food",
                                                fields=("name",)).id

        proxy.enabled = True
        rng = random.Random(7)
        made = {"notes": 0, "clients": 1}
        errors = 0
        for round_no in range(8):
            for i, laptop in enumerate(agency_a):
                what = rng.choice(["note", "edit", "status", "intake"])
                if what == "note":
                    laptop.session.cases.add_note(case_id, f"round {round_no} by {i}")
                    made["notes"] += 1
                elif what == "edit":
                    laptop.session.clients.update(client_id, ClientInput(
                        f"Given{round_no}{i}", "Fault", dob=dt.date(1985, 1, 2),
                        phone=f"+1555000{round_no}{i}"))
                elif what == "status":
                    current = laptop.session.cases.summary(case_id).status
                    target = sorted(sm.CASE_STATUS.allowed[current] or ())[0]
                    laptop.session.cases.set_status(case_id, target)
                else:
                    intake(laptop, f"Walkin{round_no}x{i}")
                    made["clients"] += 1
            # Concurrent syncs, so held requests really are released out of order.
            with ThreadPoolExecutor(len(agency_a) + 1) as pool:
                futures = [pool.submit(lap.sync) for lap in (*agency_a, b1)]
            for future in futures:
                if isinstance(future.exception(), HubError):
                    errors += 1
                elif future.exception() is not None:
                    raise future.exception()  # type: ignore[misc]

        assert errors > 0, "the faults never reached a client"
        for action in ACTIONS:
            assert proxy.stats[action] > 0, (action, proxy.stats)

        proxy.enabled = False
        sync_until_quiet([*agency_a, b1, *agency_a])
        states = [laptop_state(lap) for lap in agency_a]
        assert states[0] == states[1] == states[2]
        # Nothing lost: every laptop holds every local event of every sibling …
        all_events = {row[0] for row in states[0]["events"]}
        for lap in agency_a:
            own = {r[0] for r in lap.session.store.query(
                "SELECT id FROM events WHERE origin = 'local'")}
            assert own <= all_events
            assert lap.session.sync_status.overview().changes_waiting == 0
        # … and nothing doubled: exactly the rows that were made.
        assert count(a1, "SELECT count(*) FROM notes WHERE case_id = ?", (case_id,)) \
            == made["notes"]
        assert count(a1, "SELECT count(*) FROM clients") == made["clients"]
        # The referral reached the partner once, and its acknowledgement came back.
        assert count(b1, "SELECT count(*) FROM referrals WHERE id = ?", (referral_id,)) == 1
        assert count(b1, "SELECT count(*) FROM transitions t JOIN events e ON "
                         "e.id = t.event_id WHERE e.entity_id = ?", (referral_id,)) == 1
        for lap in agency_a:
            assert lap.session.referrals.get(referral_id).status == "received"
    finally:
        net.close()


def test_hub_unavailable_while_checking_a_new_partner_rejects_nothing(
        e2e_hub: HubProcess, tmp_path: Path) -> None:
    """A 503 while fetching a new partner's device list stops the round; it is not a
    reason to refuse (and forever skip) that partner's referral."""
    host, port = _hub_address(e2e_hub)
    refused: list[str] = []
    a_id = create_agency(e2e_hub, "Sender Agency")
    b_id = create_agency(e2e_hub, "Receiver Agency")

    def plan(request: Request, rng: random.Random) -> str:
        if request.path.startswith(f"/v1/agencies/{a_id}/chain") and not refused:
            refused.append(request.path)
            return "unavailable"
        return "pass"

    direct = Network(e2e_hub, tmp_path / "direct")
    with FaultProxy((host, port), plan=plan) as proxy:
        via_proxy = Network(dataclasses.replace(e2e_hub, base_url=proxy.url), tmp_path / "p")
        try:
            a1 = direct.first_laptop("A1", a_id, "Sender Agency", "ana")
            b1 = via_proxy.first_laptop("B1", b_id, "Receiver Agency", "bea")
            client_id, case_id = intake(a1, "Partnered")
            partner = a1.session.directory.add_partner("Receiver Agency", hub_agency_id=b_id)
            service = a1.session.directory.add_service(partner.id, "Legal aid",
                                                       domains=("legal",))
            a1.session.consents.record(client_id, scope=("name",), recipient=partner.id)
            referral_id = a1.session.referrals.send(case_id, service.id, reason="Eviction",
                                                    fields=("name",)).id
            assert a1.sync().messages_sent == 1
            with pytest.raises(HubRejected) as caught:
                b1.sync()
            assert caught.value.status == 503 and refused
            assert count(b1, "SELECT count(*) FROM sync_seen") == 0
            report = b1.sync()
            assert report.envelopes_rejected == 0 and report.envelopes_applied >= 1
            assert b1.session.referrals.get(referral_id).status == "received"
        finally:
            via_proxy.close()
            direct.close()


def test_second_process_repeating_a_request_in_the_same_second(
        e2e_hub: HubProcess, tmp_path: Path) -> None:
    """Two short-lived processes of one laptop (say, two `sync-now` runs) send the very same
    idle pull in the same second: the hub refuses the second signature as a replay, and the
    client signs again for the next second instead of failing the round."""
    net = Network(e2e_hub, tmp_path)
    try:
        a_id = create_agency(e2e_hub, "Twice Agency")
        a1 = net.first_laptop("A1", a_id, "Twice Agency", "ana")
        sync_until_quiet([a1])
        frozen = time.time()
        for _ in range(2):
            engine = engine_mod.SyncEngine(
                a1.session, client_factory=lambda url, keys: HubClient(url, keys,
                                                                       clock=lambda: frozen))
            try:
                report = engine.sync_once()
            finally:
                engine.close()
            assert report.envelopes_pulled == 0 and report.pushed_events == 0
    finally:
        net.close()


# -- the hub dies mid-sync ---------------------------------------------------------------------

def _hub_address(hub: HubProcess) -> tuple[str, int]:
    host, port = hub.base_url.rsplit("//", 1)[1].split(":")
    return host, int(port)


def test_hub_killed_mid_sync_and_restarted(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    hubs = [start_hub(tmp_path, f"sqlite:///{tmp_path / 'hub.sqlite3'}")]
    proxy = FaultProxy(_hub_address(hubs[0]), enabled=False).start()

    def kill_hub() -> None:
        hubs[-1].proc.send_signal(signal.SIGKILL)
        hubs[-1].proc.wait(timeout=30)
        hubs[-1].engine.dispose()

    def restart_hub() -> None:
        hubs.append(start_hub(tmp_path, hubs[0].database_url))
        proxy.set_upstream(*_hub_address(hubs[-1]))

    net = Network(dataclasses.replace(hubs[0], base_url=proxy.url), tmp_path)
    try:
        a_id = create_agency(hubs[0], "Crashy Hub Agency")
        a1 = net.first_laptop("A1", a_id, "Crashy Hub Agency", "ana")
        a2 = net.join("A2", a_id, "alex", approver=a1)
        sync_until_quiet([a1, a2])
        _, case_id = intake(a1, "Before")
        bulk_notes(a1, case_id, 2500, "bulk")  # two envelopes of at most 2000 events

        # (1) Killed between two pushes.
        pushes: list[str] = []

        def after_first_push(done: int, total: int, message: str) -> None:
            pushes.append(message)
            if len(pushes) == 1:
                kill_hub()

        with pytest.raises(HubError):
            a1.engine.sync_once(progress=after_first_push)
        assert count(a1, "SELECT value FROM meta WHERE key = 'sync_pushed_seq'") > 0
        restart_hub()
        a1.sync()
        assert a1.session.sync_status.overview().changes_waiting == 0

        # (2) Killed while a push is in flight: the answer never comes back.
        bulk_notes(a1, case_id, 50, "in flight")

        def kill_during_push(request: Request) -> None:
            if request.method == "POST" and "/envelopes" in request.path:
                proxy.on_forwarded = None
                kill_hub()

        proxy.on_forwarded = kill_during_push
        with pytest.raises(HubError):
            a1.sync()
        restart_hub()
        a1.sync()

        # (3) Killed between pull pages of the sibling.
        monkeypatch.setattr(inbox_mod, "PULL_PAGE", 1)
        pulled: list[int] = []

        def after_two_envelopes(done: int, total: int, message: str) -> None:
            if message.startswith("Received"):
                pulled.append(done)
                if len(pulled) == 2:
                    kill_hub()

        with pytest.raises(HubError):
            a2.engine.sync_once(progress=after_two_envelopes)
        assert len(pulled) == 2
        restart_hub()
        sync_until_quiet([a2, a1])

        assert laptop_state(a1) == laptop_state(a2)
        assert count(a2, "SELECT count(*) FROM notes WHERE case_id = ?", (case_id,)) == 2550
        # The hub holds each envelope once per id, under gapless sequence numbers.
        with hubs[-1].engine.connect() as conn:
            seqs = [r[0] for r in conn.execute(
                select(hub_db.envelopes.c.seq).where(hub_db.envelopes.c.mailbox_id == a_id)
                .order_by(hub_db.envelopes.c.seq))]
            distinct = conn.execute(select(func.count(hub_db.envelopes.c.envelope_id.distinct()))
                                    .where(hub_db.envelopes.c.mailbox_id == a_id)).scalar_one()
        assert seqs == list(range(1, len(seqs) + 1))
        assert distinct == len(seqs)
    finally:
        net.close()
        proxy.close()
        for hub in hubs:
            if hub.proc.poll() is None:
                stop_hub(hub)


# -- a laptop dies mid-apply -------------------------------------------------------------------

# The child: sign in to the laptop's store and run one sync round with small pull pages,
# printing a line per envelope so the parent can kill it at a chosen moment.
CHILD = r"""
import sys
from pathlib import Path
from collabdesk.sync.engine import SyncEngine
from collabdesk.sync.engine import inbox as inbox_mod
from collabdesk.workspace import Workspace

inbox_mod.PULL_PAGE = 2
session = Workspace(Path(sys.argv[1])).sign_in(sys.argv[2], sys.argv[3])
print("signed-in", flush=True)
def progress(done, total, message):
    print("progress", done, flush=True)
engine = SyncEngine(session)
engine.sync_once(progress=progress)
engine.close()
session.close()
print("finished", flush=True)
"""


def _run_child_until(folder: Path, username: str, kill_after: int) -> str:
    """Run the child sync; SIGKILL it after ``kill_after`` progress lines. → how it ended."""
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(folder), username, PASSPHRASE],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None
    seen = 0
    try:
        for raw in proc.stdout:  # bounded: the child exits or is killed
            line = raw.decode().strip()
            if line.startswith("progress"):
                seen += 1
                if seen >= kill_after:
                    proc.send_signal(signal.SIGKILL)
                    break
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if proc.returncode == -signal.SIGKILL:
        return "killed"
    assert proc.returncode == 0, proc.stderr.read().decode() if proc.stderr else ""
    return "finished"


def test_client_killed_during_pull_and_apply(e2e_hub: HubProcess, tmp_path: Path) -> None:
    net = Network(e2e_hub, tmp_path)
    try:
        a_id = create_agency(e2e_hub, "Crashy Laptop Agency")
        a1 = net.first_laptop("A1", a_id, "Crashy Laptop Agency", "ana")
        a2 = net.join("A2", a_id, "alex", approver=a1)
        crash = net.join("AC", a_id, "carl", approver=a1)
        a1.sync()
        crash.sync()  # grants and keys, before there is anything to pull
        _, case_id = intake(a1, "Crash")
        a1.session.cases.add_attachment(case_id, "scan.pdf", os.urandom(300_000))
        for n in range(16):  # 16 envelopes of 120 events: applying each takes a moment
            bulk_notes(a1, case_id, 120, f"batch {n}")
            a1.sync()
        crash.engine.close()
        crash.session.close()
        net.laptops.remove(crash)

        rng = random.Random(4242)
        outcomes = [_run_child_until(crash.workspace.data_dir, "carl", rng.randint(1, 7))
                    for _ in range(4)]
        assert "killed" in outcomes

        session = Workspace(crash.workspace.data_dir).sign_in("carl", PASSPHRASE)
        reopened = Laptop("AC", crash.workspace, session, engine_mod.SyncEngine(session))
        net.laptops.append(reopened)
        assert session.store.integrity_problems() == []
        with session.store.read() as conn:
            assert audit.verify(conn) == []
        sync_until_quiet([a2, reopened, a1])
        assert laptop_state(reopened) == laptop_state(a1) == laptop_state(a2)
        assert count(reopened, "SELECT count(*) FROM notes") == 16 * 120
        applied = count(reopened, "SELECT count(*) FROM sync_seen WHERE outcome = 'applied'")
        with e2e_hub.engine.connect() as conn:
            stored = conn.execute(select(func.count()).select_from(hub_db.envelopes)
                                  .where(hub_db.envelopes.c.mailbox_id == a_id)).scalar_one()
        assert applied == stored
        again = reopened.sync()
        assert again.envelopes_pulled == 0
        # Its push cursor has moved past the pulled events, so an idle round does not scan
        # the whole event log for local changes.
        assert count(reopened, "SELECT value FROM meta WHERE key = 'sync_pushed_seq'") == \
            count(reopened, "SELECT max(seq) FROM events")
    finally:
        net.close()


def test_a_lost_push_answer_is_retried_with_the_same_envelope(tmp_path: Path) -> None:
    """The hub stored the envelope but its answer was cut: the laptop sends the very same
    bytes again (the same id), so the hub — every agency's off-laptop backup — keeps one copy
    of each change instead of one per attempt."""
    import sqlite3

    hub = start_hub(tmp_path, f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    cut: list[str] = []

    def plan(request: Request, rng: random.Random) -> str:
        if request.method == "POST" and request.path.endswith("/envelopes") and len(cut) < 2:
            cut.append(request.path)
            return "cut_response"  # forwarded and stored, the answer lost on the way back
        return "pass"

    proxy = FaultProxy(_hub_address(hub), plan=plan).start()
    net = Network(dataclasses.replace(hub, base_url=proxy.url), tmp_path / "laptops")
    try:
        agency = create_agency(hub, "Retry Agency")
        a1 = net.first_laptop("A1", agency, "Retry Agency", "ana")
        intake(a1, "Once")
        for _ in range(2):  # two answers lost in a row
            with pytest.raises(HubError):
                a1.sync()
        a1.sync()
        assert len(cut) == 2
        assert count(a1, "SELECT count(*) FROM meta WHERE key = 'sync_push_in_flight'") == 0
        with sqlite3.connect(tmp_path / "hub.sqlite3") as db:
            stored = db.execute("SELECT count(*) FROM envelopes WHERE mailbox_id = ?",
                                (agency,)).fetchone()[0]
        assert stored == 1  # before: one envelope per attempt, all holding the same events
        # The agency's next laptop restores exactly what the first one wrote.
        a2 = net.join("A2", agency, "bea", a1)
        sync_until_quiet([a1, a2])
        assert laptop_state(a2)["clients"] == laptop_state(a1)["clients"]
    finally:
        net.close()
        proxy.close()
        stop_hub(hub)
