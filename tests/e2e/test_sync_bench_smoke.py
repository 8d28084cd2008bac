"""``bench/sync_bench.py`` runs end to end at a tiny scale and reports every figure.

Nothing here looks at how long anything took; the point is that the sync benchmarks keep
working as the engine and the hub change under them, and that what they report is
consistent (a restore brings back every event; the simulated devices see no error).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


def test_sync_bench_runs_tiny(tmp_path: Path) -> None:
    env = dict(os.environ, COLLABDESK_BENCH_OUT=str(tmp_path / "out"))
    figures = tmp_path / "sync.json"
    table = tmp_path / "sync.md"
    done = subprocess.run(
        [sys.executable, str(BENCH / "sync_bench.py"), "--scale", "0.001", "--devices", "4",
         "--rounds", "2", "--backends", "sqlite", "--json", str(figures),
         "--markdown", str(table)],
        cwd=BENCH, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    results = {r["name"]: r for r in json.loads(figures.read_text())["results"]}
    assert set(results) == {"initial_push", "snapshot", "restore", "replay", "idle_sync",
                            "one_change", "batch_1", "batch_100", "hub_sqlite"}
    restore, replay = results["restore"], results["replay"]
    assert restore["events"] == restore["source_events"] == results["initial_push"]["events"]
    assert restore["events"] >= 500 and restore["snapshot"] and restore["envelopes"] == 0
    assert results["snapshot"]["events"] == restore["events"]
    assert not replay["snapshot"] and replay["events"] >= restore["events"]
    assert results["idle_sync"]["requests"] == 1
    assert 0 < results["idle_sync"]["bytes"] <= 1024
    assert results["one_change"]["receive_requests"] == 1
    assert results["batch_100"]["send_bytes_per_event"] < results["batch_1"][
        "send_bytes_per_event"]
    hub = results["hub_sqlite"]
    assert hub["errors"] == 0 and hub["syncs"] == 4 * 2
    assert "| restore |" in table.read_text()
    assert "sql_floor_s" not in replay  # recorded only when asked (below)
    # Its scratch folders are cleaned up; only the cached generated store stays.
    leftovers = [p.name for p in (tmp_path / "out").iterdir()]
    assert not [name for name in leftovers if name.startswith("sync-bench-")]


def test_sync_bench_times_sqlite_alone_when_asked(tmp_path: Path) -> None:
    env = dict(os.environ, COLLABDESK_BENCH_OUT=str(tmp_path / "out"), SYNC_BENCH_SQL_FLOOR="1")
    figures = tmp_path / "sync.json"
    done = subprocess.run(
        [sys.executable, str(BENCH / "sync_bench.py"), "--scale", "0.001", "--only",
         "restore,replay", "--backends", "sqlite", "--json", str(figures)],
        cwd=BENCH, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    results = {r["name"]: r for r in json.loads(figures.read_text())["results"]}
    for name in ("restore", "replay"):
        round_ = results[name]
        # Every statement of the round ran again on a copy taken before it, and left the
        # copy as the round left the laptop (its log, records, transitions, cursor).
        assert round_["floor_same_state"] is True and round_["recording"] is True
        assert round_["statements"] > 10 and round_["sql_floor_s"] >= 0
        top = round_["sql_floor_top"]
        assert any("event_log" in sql for _, sql in top)
        assert sum(t for t, _ in top) <= round_["sql_floor_s"] + 0.01 * len(top)
