"""Gapless sequence numbers under concurrent pushes, on a hub running two worker processes."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.hub.conftest import (
    Device,
    HubProcess,
    enroll_agency,
    hub_database,
    start_hub,
    stop_hub,
)

PUSHERS = 4
PUSHES_EACH = 8
PER_PUSH = 3


@pytest.fixture(scope="module")
def two_worker_hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubProcess]:
    tmp: Path = tmp_path_factory.mktemp("hub2")
    process = start_hub(tmp, hub_database(tmp), "--workers", "2")
    yield process
    stop_hub(process)


def test_reader_sees_every_seq_once_while_four_writers_push(two_worker_hub: HubProcess) -> None:
    hub = two_worker_hub
    target = enroll_agency(hub, "Target")
    partners = [enroll_agency(hub, "Partner") for _ in range(PUSHERS)]
    # Seal everything first so the threads only do HTTP.
    batches: list[list[list[bytes]]] = [
        [[p.root.seal(target.id, p.id, [target.recipient, p.recipient], {"p": n, "i": i, "k": k})
          for k in range(PER_PUSH)] for i in range(PUSHES_EACH)]
        for n, p in enumerate(partners)
    ]
    expected_ids = {_envelope_id(e) for per in batches for batch in per for e in batch}
    errors: list[str] = []

    def push(n: int) -> None:
        device = Device(hub, partners[n].root.keys)  # own HTTP session per thread
        for batch in batches[n]:
            response = device.push(target.id, batch)
            statuses = [r["status"] for r in response.json()["results"]] \
                if response.status_code == 200 else [response.text]
            if statuses != ["stored"] * PER_PUSH:
                errors.append(f"pusher {n}: {statuses}")

    threads = [threading.Thread(target=push, args=(n,)) for n in range(PUSHERS)]
    for t in threads:
        t.start()

    reader = target.root
    seen: list[int] = []
    ids: list[str] = []
    token: str | None = None
    polls = 0
    while True:
        writers_done = not any(t.is_alive() for t in threads)
        # Varying page sizes exercise paging (and keep consecutive requests distinct).
        response = reader.pull(target.id, since=token, limit=1 + polls % 61)
        polls += 1
        assert response.status_code == 200, response.text
        page = response.json()
        for item in page["envelopes"]:
            assert item["seq"] == (seen[-1] + 1 if seen else 1), f"gap or repeat at {item}"
            seen.append(item["seq"])
            ids.append(item["id"])
        token = page["token"]
        if writers_done and page["done"]:
            break
    for t in threads:
        t.join()

    total = PUSHERS * PUSHES_EACH * PER_PUSH
    assert errors == []
    assert seen == list(range(1, total + 1))
    assert set(ids) == expected_ids and len(ids) == total


def _envelope_id(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data[:-64]).hexdigest()
