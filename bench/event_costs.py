"""What a pulled event costs in Python before the projection folds it: the per-event floor.

    .venv/bin/python bench/event_costs.py              # on the scale-1 store
    .venv/bin/python bench/event_costs.py --scale 0.01 # smoke run

Every event a replay applies is parsed strictly out of its envelope's batch (no duplicate
keys, no NaN), turned into an ``Event``, and its body written as the log stores it (compact
JSON compressed with the shipped dictionary). None of these depends on the store's state, and
with today's wire format none can be left out without giving up a guarantee (strict parsing)
or a target (the log's size on disk); a format that shipped bodies already compressed would
trade compressing for decompressing, since the fold needs the fields. This times each, per
event, on real events of the generated store (its plain copy, read without a key): ten
batches of 2,000 events spread over the log, each batch encoded as the sealer encodes it,
best of ``--repeat`` runs. Nothing asserts anything.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import Params, PlainStore, add_common_args
from generate import generate

from collabdesk import gcpause
from collabdesk.events import bodies
from collabdesk.events.jsontext import compact
from collabdesk.events.log import event_rows
from collabdesk.sync.batch import EventBatch, read_event_batch
from collabdesk.sync.canonical import canonical_json, loads_json

BATCHES = 10
PER_BATCH = 2000  # events per envelope, as the sealer cuts them


def _batches(plain_db: Path) -> list[bytes]:
    store = PlainStore.open_plain(plain_db)
    try:
        last = int(store.conn.execute("SELECT max(seq) FROM event_log").fetchone()[0])
        out = []
        for i in range(BATCHES):
            start = last * i // BATCHES
            events = event_rows(store.conn, "WHERE seq > ? AND seq <= ?",
                                (start, start + PER_BATCH))
            wire = [e.to_wire() for e in events]
            out.append(EventBatch(events=wire, encoded=[canonical_json(w) for w in wire])
                       .payload_json())
        return out
    finally:
        store.close()


def _best(step: Callable[[], Any], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        step()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_common_args(parser)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    folder = generate(Params(args.scale, args.seed), verbose=False)
    texts = _batches(folder / "plain.db")
    parsed = [loads_json(t, floats=True) for t in texts]
    events = [read_event_batch(p)[0] for p in parsed]
    count = sum(len(e) for e in events)
    steps: dict[str, Callable[[], Any]] = {
        "parse the batch strictly (loads_json)": lambda: [loads_json(t, floats=True)
                                                          for t in texts],
        "wire events to Event objects (read_event_batch)": lambda: [read_event_batch(p)
                                                                    for p in parsed],
        "the log's body: compact JSON, compressed (bodies.pack)": lambda: [
            [bodies.pack(compact(e.data)) for e in batch] for batch in events],
    }
    reference = {"for comparison: json.loads without the checks": lambda: [
        json.loads(t) for t in texts]}
    results = []
    with gcpause.paused():  # as a replay runs
        for name, step in {**steps, **reference}.items():
            us = _best(step, args.repeat) / count * 1e6
            results.append({"step": name, "us_per_event": round(us, 2),
                            "floor": name in steps})
    floor = sum(r["us_per_event"] for r in results if r["floor"])
    size = sum(len(t) for t in texts) / count
    for r in results:
        print(f"{r['us_per_event']:6.2f} µs/event  {r['step']}")
    print(f"{floor:6.2f} µs/event  together: {floor:.1f} s per million events "
          f"({count:,} events, {size:.0f} bytes of batch JSON each)")
    print(json.dumps({"events": count, "floor_us_per_event": round(floor, 2),
                      "steps": results}))


if __name__ == "__main__":
    main()
