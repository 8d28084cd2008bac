"""CPU time to seal and push a laptop's events to a real hub on loopback.

The generated agency (``generate.py``; ~10,000 events at ``--scale 0.01``) is enrolled with a
hub started as a user starts it (``python -m collabdesk.sync.hub serve``, SQLite). Then:

* ``seal`` — ``SyncEngine.seal_event_envelopes(0)``: read every local event, cut the batches,
  encode, compress, encrypt and sign them, as a push does, without sending (best of ``-n``).
* ``first_push`` — the first ``sync_once`` after enrolment: the round's one-off setup (the
  device chain, the post-quantum key), then every generated event sealed and pushed, one
  envelope per request, each kept in the outbox until the hub acknowledges it.
* ``push`` — then ``--events`` new notes are written and the next ``sync_once`` sends them:
  sealing and pushing as a laptop does it every day, without the first round's setup.

Figures are this process's CPU time (``time.process_time``; the hub's own CPU is not counted)
and wall time. ``--profile FILE`` writes a cProfile of the push for ``pstats``.

    .venv/bin/python bench/seal_bench.py                    # ~10k events
    .venv/bin/python bench/seal_bench.py --scale 0.02 --profile /tmp/push.prof
"""

from __future__ import annotations

import argparse
import cProfile
import json
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from common import OUT_DIR, PASSPHRASE, Params, add_common_args
from generate import generate
from sync_bench import _bulk_notes, enrolment_code, machine, start_hub, stop_hub

from collabdesk.sync.engine import SyncEngine
from collabdesk.sync.hub import admin
from collabdesk.workspace import Workspace

T = TypeVar("T")


def _cpu(run: Callable[[], T]) -> tuple[float, float, T]:
    """(CPU seconds of this process, wall seconds, result) of ``run()``."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return time.process_time() - cpu, time.perf_counter() - wall, result


def bench(params: Params, work: Path, repeat: int, events: int, profile: str | None
          ) -> dict[str, object]:
    source = generate(params, verbose=False)
    folder = work / "laptop"
    shutil.copytree(source, folder, ignore=shutil.ignore_patterns("plain.db*"))
    hub = start_hub(work / "hub", f"sqlite:///{work / 'hub.sqlite3'}")
    hub_engine = hub.engine()
    session = Workspace(folder).sign_in("admin", PASSPHRASE)
    engine = SyncEngine(session)
    engine.snapshot_every_events = 0  # a snapshot is not part of a push
    try:
        agency_id = admin.create_agency(hub_engine, "Bench Agency", now=int(time.time())).id
        engine.enroll(hub.base_url, enrolment_code(hub_engine, agency_id), "Bench laptop",
                      agency_id=agency_id)
        seals = [_cpu(lambda: list(engine.seal_event_envelopes(0))) for _ in range(repeat)]
        seal_cpu, seal_wall, sealed = min(seals, key=lambda r: r[0])
        first_cpu, first_wall, first = _cpu(engine.sync_once)
        _bulk_notes(session, events, "bench")
        profiler = cProfile.Profile() if profile else None
        if profiler:
            profiler.enable()
        push_cpu, push_wall, report = _cpu(engine.sync_once)
        if profiler:
            profiler.disable()
            profiler.dump_stats(profile)
        return {
            "seal_events": sum(len(b.events) for b, _ in sealed),
            "seal_envelopes": len(sealed),
            "seal_cpu_s": round(seal_cpu, 3), "seal_wall_s": round(seal_wall, 3),
            "first_push_events": first.pushed_events,
            "first_push_envelopes": first.envelopes_pushed,
            "first_push_cpu_s": round(first_cpu, 3), "first_push_wall_s": round(first_wall, 3),
            "push_events": report.pushed_events, "push_envelopes": report.envelopes_pushed,
            "push_cpu_s": round(push_cpu, 3), "push_wall_s": round(push_wall, 3),
            "push_mib_sent": round(report.bytes_sent / 2**20, 2),
        }
    finally:
        engine.close()
        session.close()
        hub_engine.dispose()
        stop_hub(hub)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_common_args(parser)
    parser.set_defaults(scale=0.01)
    parser.add_argument("-n", type=int, default=3, help="seal-only runs (best is kept)")
    parser.add_argument("--events", type=int, default=10_000, help="notes in the measured push")
    parser.add_argument("--profile", metavar="FILE", help="cProfile the push into FILE")
    args = parser.parse_args()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="seal-bench-", dir=OUT_DIR))
    try:
        result = bench(Params(args.scale, args.seed), work, max(1, args.n), args.events,
                       args.profile)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps({"machine": machine(), "scale": args.scale, **result}, indent=2))


if __name__ == "__main__":
    main()
