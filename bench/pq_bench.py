"""Classical (suite 1) against post-quantum (suite 2) sync, side by side, on loopback.

For each suite an agency is created on a real hub process with two laptops (the sender and
a sibling); then, as in ``sync_bench.py``:

* ``batch_N`` — N new notes (1, 100, 10,000): envelopes pushed, bytes per envelope as the hub
  stores them, and bytes on the wire to send them and to receive them;
* ``one_change`` — one changed client field: bytes and requests to send it and receive it;
* ``idle_sync`` — a sync with nothing new: requests and bytes.

Then the fixed sizes behind the difference (wrapped body key, grant, chain entries) and, for
long-lived trust roots, ML-DSA-65 beside Ed25519: key and signature sizes and what a device
chain of a given length would carry. Byte counts do not depend on the machine; the
milliseconds printed for signing do, and are medians of repeats on a shared machine (noisy).

    .venv/bin/python bench/pq_bench.py                 # full (10,000-note batch included)
    .venv/bin/python bench/pq_bench.py --batches 1,100 # quicker
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from common import PASSPHRASE
from sync_bench import Wire, _bulk_notes, _sync, enrolment_code, start_hub, stop_hub

from collabdesk.domain import ClientInput
from collabdesk.sync import chain as chain_mod
from collabdesk.sync.canonical import canonical_json
from collabdesk.sync.engine import SyncEngine
from collabdesk.sync.hub import admin
from collabdesk.sync.hub import db as hub_db
from collabdesk.sync.keys import AgencyKey, DeviceKeys, hpke_sealed_length, seal_grant
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace


def _stored_sizes(hub_engine: Any, mailbox: str, after: int) -> list[int]:
    with hub_engine.begin() as conn:
        rows = conn.execute(hub_db.envelopes.select().with_only_columns(hub_db.envelopes.c.size)
                            .where(hub_db.envelopes.c.mailbox_id == mailbox,
                                   hub_db.envelopes.c.seq > after)).all()
    return [int(r.size) for r in rows]


def _head(hub_engine: Any, mailbox: str) -> int:
    with hub_engine.begin() as conn:
        return int(conn.execute(hub_db.mailboxes.select().with_only_columns(
            hub_db.mailboxes.c.next_seq).where(hub_db.mailboxes.c.id == mailbox)).scalar_one())


def bench_suite(suite: int, work: Path, batches: list[int]) -> list[dict[str, Any]]:
    hub = start_hub(work / f"hub-{suite}", f"sqlite:///{work / f'hub-{suite}.sqlite3'}")
    hub_engine = hub.engine()
    results: list[dict[str, Any]] = []
    laptops: list[tuple[Any, SyncEngine]] = []
    try:
        agency = admin.create_agency(hub_engine, f"Suite {suite}", now=int(time.time())).id

        def laptop(name: str, first: bool) -> tuple[Any, SyncEngine, Wire]:
            ws = Workspace(work / f"{name}-{suite}")
            session, _ = ws.create(f"Suite {suite}", name, PASSPHRASE, kdf=KdfParams.FLOOR,
                                   joining=not first)
            engine = SyncEngine(session)
            engine.snapshot_every_events = 0
            laptops.append((session, engine))
            code = enrolment_code(hub_engine, agency)
            if first:
                engine.enroll(hub.base_url, code, name, agency_id=agency, suite=suite)
            else:
                got = engine.enroll(hub.base_url, code, name,
                                    agency_fingerprint=laptops[0][1].agency_fingerprint())
                laptops[0][1].approve(got.device_id, fingerprint=got.fingerprint)
            return session, engine, Wire(engine)

        src, src_engine, src_wire = laptop("sender", True)
        _, sib_engine, sib_wire = laptop("sibling", False)
        client = src.clients.intake(ClientInput("Bench", "Person", phone="+15550000000"),
                                    confirmed_new=True)
        src.cases.open_case(client.id, "Bench case")
        for engine in (src_engine, sib_engine, src_engine, sib_engine, src_engine,
                       sib_engine):
            engine.sync_once()  # settle: upgrades, grants, the first events

        for n in batches:
            head = _head(hub_engine, agency)
            _bulk_notes(src, n, f"batch of {n}")
            sent, sent_reqs, _ = _sync(src_engine, src_wire)
            got, got_reqs, _ = _sync(sib_engine, sib_wire)
            sizes = _stored_sizes(hub_engine, agency, head - 1)
            results.append({
                "suite": suite, "name": f"batch_{n}", "events": n, "envelopes": len(sizes),
                "bytes_per_envelope": round(sum(sizes) / len(sizes)),
                "send_bytes": sent.bytes_sent + sent.bytes_received, "send_requests": sent_reqs,
                "receive_bytes": got.bytes_sent + got.bytes_received,
                "receive_requests": got_reqs})

        head = _head(hub_engine, agency)
        current = src.clients.get(client.id, audit=False)
        src.clients.update(client.id, ClientInput(current.given_name + "a", current.family_name,
                                                  phone=current.phone))
        sent, sent_reqs, _ = _sync(src_engine, src_wire)
        got, got_reqs, _ = _sync(sib_engine, sib_wire)
        sizes = _stored_sizes(hub_engine, agency, head - 1)
        results.append({"suite": suite, "name": "one_change", "envelopes": len(sizes),
                        "bytes_per_envelope": round(sum(sizes) / max(1, len(sizes))),
                        "send_bytes": sent.bytes_sent + sent.bytes_received,
                        "send_requests": sent_reqs,
                        "receive_bytes": got.bytes_sent + got.bytes_received,
                        "receive_requests": got_reqs})

        sib_engine.sync_once()
        idle, idle_reqs, _ = _sync(sib_engine, sib_wire)
        results.append({"suite": suite, "name": "idle_sync", "requests": idle_reqs,
                        "bytes": idle.bytes_sent + idle.bytes_received})
    finally:
        for session, engine in laptops:
            engine.close()
            session.close()
        hub_engine.dispose()
        stop_hub(hub)
    return results


def _median_ms(fn: Any, repeats: int = 200) -> float:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return round(statistics.median(times) * 1000, 3)


def fixed_sizes() -> dict[str, Any]:
    """Sizes that follow from the formats alone, and ML-DSA-65 beside Ed25519."""
    device = DeviceKeys.generate()
    classical_key, pq_key = AgencyKey.generate(1, 1), AgencyKey.generate(1, 2)
    agency = "agency-a"
    root = DeviceKeys.generate()
    wires = chain_mod.genesis(agency, root, "Front desk", classical_key.__class__.generate(0),
                              0)
    state = chain_mod.verify_chain(agency, wires)
    pq_entry = chain_mod.make_entry(state, root, "pq-key", 0, pq_pub=root.pq_public)
    state = chain_mod.extend_chain(state, [pq_entry])
    policy = chain_mod.make_entry(state, root, "epoch", 0, agency_key=pq_key, require_pq=True)
    add = chain_mod.make_entry(chain_mod.extend_chain(state, [policy]), root, "add", 0,
                               sign_pub=device.sign_public, kem_pub=device.kem_public,
                               label="Outreach laptop")
    out: dict[str, Any] = {
        "wrapped_key": {"1": hpke_sealed_length(1, 32), "2": hpke_sealed_length(2, 32)},
        "grant": {
            "classical_key_classical_grant": len(seal_grant(
                classical_key, agency, device.device_id, device.kem_public)),
            "pq_key_classical_grant": len(seal_grant(
                pq_key, agency, device.device_id, device.kem_public)),
            "pq_key_pq_grant": len(seal_grant(pq_key, agency, device.device_id,
                                              device.kem_public, device.pq_public))},
        "chain_entry_bytes": {
            "add": len(canonical_json(add)), "pq-key": len(canonical_json(pq_entry)),
            "epoch_suite_1": len(canonical_json(wires[1])),
            "epoch_suite_2_require_pq": len(canonical_json(policy))},
        "ed25519": {"public": 32, "signature": 64,
                    "sign_ms": _median_ms(lambda: root.sign(b"x" * 600))},
    }
    try:
        from cryptography.hazmat.primitives.asymmetric import mldsa
    except ImportError:
        out["ml_dsa_65"] = "not in this cryptography build"
        return out
    key = mldsa.MLDSA65PrivateKey.generate()
    message = canonical_json(add)
    signature = key.sign(message)
    public = key.public_key()
    out["ml_dsa_65"] = {
        "public": len(public.public_bytes_raw()), "signature": len(signature),
        "sign_ms": _median_ms(lambda: key.sign(message)),
        "verify_ms": _median_ms(lambda: public.verify(signature, message)),
    }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", default="1,100,10000")
    parser.add_argument("--json", metavar="FILE", help="write the figures as JSON")
    args = parser.parse_args()
    batches = [int(n) for n in args.batches.split(",") if n]
    with tempfile.TemporaryDirectory(prefix="pq-bench-") as tmp:
        rows = bench_suite(1, Path(tmp), batches) + bench_suite(2, Path(tmp), batches)
    figures = {"sync": rows, "fixed": fixed_sizes()}
    text = json.dumps(figures, indent=2)
    print(text)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
