"""Everything a laptop sends is stored once at the hub, however many answers are lost.

A real hub process sits behind :class:`FaultProxy`, which cuts the answer of every other
request that stores something (the hub did the work, the laptop never hears of it): event
envelopes with an attachment's parts for the agency's own mailbox, a referral for a partner
agency's mailbox and the partner's status update coming back, a monthly summary, a
snapshot's parts and its commit. Each retry sends the very same bytes, so the hub's database
holds each envelope, message, summary and snapshot once, and the partner sees the referral
once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import random
import re
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from collabdesk.domain import ClientInput
from collabdesk.services.reports import ReportService
from collabdesk.sync.client import HubError
from collabdesk.sync.engine.common import SyncReport
from collabdesk.sync.hub import db as hub_db
from collabdesk.timeutil import iso
from tests.e2e.conftest import Laptop, Network, create_agency, enrolment_code
from tests.e2e.faultproxy import FaultProxy, Request
from tests.sync.hub.conftest import HubProcess, start_hub, stop_hub

_STORES = re.compile(r"/(envelopes|summaries|snapshots/[0-9a-f]+(/parts)?)(/\d+)?$")


def _until_done(laptop: Laptop, tries: int = 8) -> SyncReport:
    """Sync until a round completes: a lost answer ends a round, the next one retries."""
    for _ in range(tries):
        try:
            return laptop.sync()
        except HubError:
            continue
    raise AssertionError(f"{laptop.name} never completed a round")


def _hub_rows(hub_engine: object, table: object, *where: object) -> int:
    with hub_engine.connect() as conn:  # type: ignore[attr-defined]
        return int(conn.execute(select(func.count()).select_from(table)  # type: ignore[arg-type]
                                .where(*where)).scalar_one())


def test_every_kind_of_push_is_stored_once_after_lost_answers(tmp_path: Path) -> None:
    hub = start_hub(tmp_path, f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    try:
        stored_once_after_lost_answers(hub, tmp_path)
    finally:
        stop_hub(hub)


def stored_once_after_lost_answers(hub: HubProcess, tmp_path: Path) -> None:
    """The scenario, on any hub (tests/e2e/test_postgres.py runs it on PostgreSQL)."""
    tries: Counter[str] = Counter()

    def plan(request: Request, rng: random.Random) -> str:
        match = _STORES.search(request.path.split("?")[0])
        if request.method in ("POST", "PUT") and match:
            kind = re.sub(r"[0-9a-f]{32}", "ID", match.group(0))
            kind = re.sub(r"/\d+$", "/N", kind)
            tries[kind] += 1
            if tries[kind] % 2:  # every other answer of each kind is lost on the way back
                return "cut_response"
        return "pass"

    proxy = FaultProxy(_address(hub.base_url), plan=plan).start()
    net = Network(dataclasses.replace(hub, base_url=proxy.url), tmp_path / "laptops")
    try:
        suffix = tmp_path.name[-6:]  # agency names are unique on a hub shared by tests
        a_id = create_agency(hub, f"Once Riverside {suffix}")
        b_id = create_agency(hub, f"Once Hillside {suffix}")
        a1 = net.first_laptop("A1", a_id, "Once Riverside", "ana")
        b1 = net.first_laptop("B1", b_id, "Once Hillside", "bea")
        s = a1.session
        client = s.clients.intake(ClientInput("Nadia", "Once", dob=dt.date(1990, 3, 4)),
                                  confirmed_new=True)
        case = s.cases.open_case(client.id, "Housing")
        s.cases.add_attachment(case.id, "lease.pdf", os.urandom(300_000))
        partner = s.directory.add_partner(f"Once Hillside {suffix}", hub_agency_id=b_id)
        service = s.directory.add_service(partner.id, "Food parcels", domains=("food",))
        s.consents.record(client.id, scope=("name",), recipient=partner.id)
        referral_id = s.referrals.send(case.id, service.id, reason="Needs food",
                                       fields=("name",)).id
        reports = ReportService(s)
        reports.submit(reports.summary(iso(s.now())[:7]))

        _until_done(a1)
        _until_done(b1)  # receives the referral, sends its status update back
        _until_done(a1)
        engine = a1.engine.snapshots
        engine.stage(lambda *_: None, lambda: False)
        for _ in range(12):
            try:
                made = engine.upload(lambda *_: None, lambda: False, budget=None)
                break
            except HubError:
                continue
        assert not made.cancelled, "the snapshot was abandoned after a lost commit answer"
        _until_done(a1)
        _until_done(b1)

        cut_kinds = {k for k, n in tries.items() if n >= 2}
        assert {"/envelopes", "/summaries", "/snapshots/ID", "/snapshots/ID/parts/N"} \
            <= cut_kinds, tries
        a_dev, b_dev = a1.device_id, b1.device_id
        env = hub_db.envelopes
        with hub.engine.connect() as conn:
            ours = [r[0] for r in conn.execute(select(env.c.envelope_id).where(
                env.c.mailbox_id == a_id, env.c.sender == a_dev))]
        # Each of A1's event envelopes (the attachment's parts inside them) is at the hub
        # once, and each is one A1 heard acknowledged — none is an orphan of a lost answer.
        assert len(ours) == len(set(ours)) >= 1
        acked = {r[0] for r in s.store.query(
            "SELECT envelope_id FROM sync_seen WHERE reason = 'sent from this laptop'")}
        assert set(ours) <= acked
        # The referral: one envelope in the partner's mailbox, one referral at the partner.
        assert _hub_rows(hub.engine, env, env.c.mailbox_id == b_id, env.c.sender == a_dev) == 1
        assert int(b1.session.store.query("SELECT count(*) FROM referrals WHERE id = ?",
                                          (referral_id,))[0][0]) == 1
        # Its status update: one envelope back in A's mailbox.
        assert _hub_rows(hub.engine, env, env.c.mailbox_id == a_id, env.c.sender == b_dev) == 1
        assert s.referrals.get(referral_id).status == "received"
        # One summary (a copy would have superseded the first), one complete snapshot.
        assert _hub_rows(hub.engine, hub_db.summaries, hub_db.summaries.c.agency_id == a_id) == 1
        snaps = hub_db.snapshots
        assert _hub_rows(hub.engine, snaps, snaps.c.agency_id == a_id) == 1
        assert _hub_rows(hub.engine, hub_db.snapshot_parts,
                         hub_db.snapshot_parts.c.snapshot_id == made.snapshot_id) == made.parts
        # Nothing is left waiting or kept for a retry on either laptop.
        for laptop in (a1, b1):
            assert laptop.session.store.query(
                "SELECT key FROM meta WHERE key LIKE 'sync_%in_flight%'") == []
            assert int(laptop.session.store.query(
                "SELECT count(*) FROM sync_outbox WHERE state != 'sent'")[0][0]) == 0
    finally:
        net.close()
        proxy.close()


def _address(base_url: str) -> tuple[str, int]:
    host, port = base_url.rsplit("//", 1)[1].split(":")
    return host, int(port)


def test_approving_and_removing_a_laptop_survive_a_lost_answer(tmp_path: Path) -> None:
    """The hub stored the new device-list entry but its answer was lost: the approved
    laptop still receives the agency's keys, and after a removal the laptops that stay
    still receive the new key, at the next rounds (before: the approved laptop waited for
    its keys forever, the approval could not be given again)."""
    hub = start_hub(tmp_path, f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    armed: list[bool] = []

    def plan(request: Request, rng: random.Random) -> str:
        if armed and request.method == "POST" and request.path.endswith("/chain"):
            armed.clear()
            return "cut_response"
        return "pass"

    proxy = FaultProxy(_address(hub.base_url), plan=plan).start()
    net = Network(dataclasses.replace(hub, base_url=proxy.url), tmp_path / "laptops")
    try:
        agency = create_agency(hub, "Approving Clinic")
        a1 = net.first_laptop("A1", agency, "Approving Clinic", "ana")
        a2 = net.laptop("A2", "joining", "bob", joining=True)
        asked = a2.engine.enroll(proxy.url, enrolment_code(hub, agency), "A2 laptop",
                                 agency_fingerprint=a1.engine.agency_fingerprint())
        armed.append(True)
        with pytest.raises(HubError) as caught:
            a1.engine.approve(asked.device_id, fingerprint=asked.fingerprint)
        assert caught.value.code == "hub.connection-cut" and not armed
        a1.sync()
        a2.sync()
        first = a1.session.clients.intake(ClientInput("Approved", "Anyway"), confirmed_new=True)
        a1.sync()
        a2.sync()
        assert a2.session.clients.get(first.id).given_name == "Approved"

        a3 = net.join("A3", agency, "cal", approver=a1)
        a3.sync()
        armed.append(True)
        with pytest.raises(HubError):
            a1.engine.revoke(a3.device_id)
        a1.sync()
        a2.sync()
        after = a1.session.clients.intake(ClientInput("After", "Removal"), confirmed_new=True)
        a1.sync()
        a2.sync()  # opens what is sealed to the new key
        assert a2.session.clients.get(after.id).given_name == "After"
    finally:
        net.close()
        proxy.close()
        stop_hub(hub)
