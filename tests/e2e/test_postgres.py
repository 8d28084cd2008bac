"""The hub on a real PostgreSQL server with two worker processes.

The test suite starts a throwaway PostgreSQL server from the machine's own binaries
(:func:`tests.support.postgres.running_server`) and runs ``collabdesk-hub serve --database
postgresql+psycopg://… --workers 2`` on it. Then:

* the whole two-agency scenario of ``test_two_agencies`` runs unchanged against it (its test
  functions are imported here and get this module's ``world``);
* four devices push concurrently — their requests spread over both workers — while a fifth
  pulls continuously: the puller sees every sequence number exactly once, in order, with no
  gap on any page, and exactly the envelopes that were stored.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e import test_two_agencies as scenario
from tests.e2e.test_two_agencies import World
from tests.support.postgres import PostgresUnavailable, running_server
from tests.support.required import unavailable
from tests.sync.hub.conftest import Device, HubProcess, approve, enroll_agency, start_hub, stop_hub

# The two-agency scenario, bound here so that pytest runs it against PostgreSQL, in its
# original order (later steps build on earlier ones), with this module's ``world``.
test_intake_on_one_laptop_reaches_its_sibling = (
    scenario.test_intake_on_one_laptop_reaches_its_sibling)
test_referral_travels_to_partner_and_its_state_comes_back = (
    scenario.test_referral_travels_to_partner_and_its_state_comes_back)
test_new_laptop_restores_from_hub_and_revoked_laptop_stops = (
    scenario.test_new_laptop_restores_from_hub_and_revoked_laptop_stops)
test_a_new_laptop_restores_from_the_agencys_snapshot = (
    scenario.test_a_new_laptop_restores_from_the_agencys_snapshot)
test_tampered_envelope_is_rejected_and_not_applied = (
    scenario.test_tampered_envelope_is_rejected_and_not_applied)
test_partner_cannot_change_a_referral_it_does_not_own = (
    scenario.test_partner_cannot_change_a_referral_it_does_not_own)
test_idle_sync_moves_less_than_a_kilobyte = scenario.test_idle_sync_moves_less_than_a_kilobyte

PUSHERS = 4
PUSHES_EACH = 15
ENVELOPES_PER_PUSH = 2


@pytest.fixture(scope="module")
def pg_hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubProcess]:
    tmp = tmp_path_factory.mktemp("pg-hub")
    try:
        server_cm = running_server()
        server = server_cm.__enter__()
    except PostgresUnavailable as exc:
        unavailable(str(exc))
    try:
        hub = start_hub(tmp, server.url(), "--workers", "2")
        try:
            yield hub
        finally:
            stop_hub(hub)
    finally:
        server_cm.__exit__(None, None, None)


@pytest.fixture(scope="module")
def world(pg_hub: HubProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    built = scenario.build_world(pg_hub, tmp_path_factory.mktemp("pg-laptops"))
    yield built
    built.net.close()


def test_hub_runs_on_postgresql_with_two_workers(pg_hub: HubProcess) -> None:
    assert pg_hub.database_url.startswith("postgresql+psycopg://")
    assert pg_hub.engine.dialect.name == "postgresql"
    assert pg_hub.proc.poll() is None


def test_concurrent_pushers_and_a_puller_that_misses_nothing(pg_hub: HubProcess,
                                                             tmp_path: Path) -> None:
    agency = enroll_agency(pg_hub, "Busy")
    pushers = [agency.root]
    for n in range(PUSHERS - 1):
        device = Device(pg_hub)
        assert approve(agency, device, f"Pusher {n}").status_code == 200
        pushers.append(device)
    puller = Device(pg_hub, agency.root.keys)  # its own session and request stamps

    stored: dict[str, int] = {}
    lock = threading.Lock()
    errors: list[str] = []
    pushing_done = threading.Event()

    def push(device: Device, index: int) -> None:
        try:
            for n in range(PUSHES_EACH):
                batch = [device.seal(agency.id, agency.id, [agency.recipient],
                                     {"v": 1, "events": [], "pusher": index, "n": n, "k": k})
                         for k in range(ENVELOPES_PER_PUSH)]
                response = device.push(agency.id, batch)
                if response.status_code != 200:
                    errors.append(f"push {index}/{n}: {response.status_code} {response.text}")
                    continue
                for result in response.json()["results"]:
                    if result["status"] != "stored":
                        errors.append(f"push {index}/{n}: {result}")
                    with lock:
                        stored[result["id"]] = result["seq"]
        except Exception as exc:  # reported below with the others
            errors.append(f"pusher {index}: {exc!r}")

    seen: list[tuple[int, str]] = []

    def pull() -> None:
        token: str | None = None
        last = 0
        try:
            # Bounded: stops once the pushers are done and a page reaches the head.
            for _ in range(100_000):
                finished = pushing_done.is_set()
                response = puller.pull(agency.id, token, limit=7)
                if response.status_code != 200:
                    errors.append(f"pull: {response.status_code} {response.text}")
                    return
                page = response.json()
                for item in page["envelopes"]:
                    if item["seq"] != last + 1:
                        errors.append(f"gap or repeat: seq {item['seq']} after {last}")
                    last = item["seq"]
                    seen.append((item["seq"], item["id"]))
                token = page["token"]
                if finished and page["done"]:
                    return
                if not page["envelopes"]:
                    time.sleep(0.005)  # bounded polling of the mailbox head
            errors.append("the puller did not reach the head")
        except Exception as exc:
            errors.append(f"puller: {exc!r}")

    threads = [threading.Thread(target=push, args=(d, i)) for i, d in enumerate(pushers)]
    reader = threading.Thread(target=pull)
    reader.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    pushing_done.set()
    reader.join(timeout=120)

    assert errors == []
    total = PUSHERS * PUSHES_EACH * ENVELOPES_PER_PUSH
    assert len(stored) == total
    assert sorted(stored.values()) == list(range(1, total + 1))
    assert [seq for seq, _ in seen] == list(range(1, total + 1))
    assert dict((i, s) for s, i in seen) == stored


def test_every_kind_of_push_is_stored_once_after_lost_answers(pg_hub: HubProcess,
                                                              tmp_path: Path) -> None:
    """Lost answers to every kind of push, on PostgreSQL with two workers (see
    tests/e2e/test_pushed_once.py): the hub's database holds each thing once."""
    from tests.e2e.test_pushed_once import stored_once_after_lost_answers

    stored_once_after_lost_answers(pg_hub, tmp_path)
