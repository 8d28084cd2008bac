"""The benchmark scripts run end to end at a tiny scale and print their figures.

Nothing here looks at how long anything took: the point is that ``bench/`` keeps working
as the code under it changes (the generator writes through the real event log; every
measurement drives the real services on the encrypted store and on a plain copy).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
SCALE = "0.002"  # 200 clients, ~2k events


def _run(script: str, *args: str, out: Path) -> str:
    env = dict(os.environ, COLLABDESK_BENCH_OUT=str(out))
    done = subprocess.run([sys.executable, str(BENCH / script), *args], cwd=BENCH, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bench-out")


def test_generator_builds_a_cached_store(out: Path) -> None:
    printed = _run("generate.py", "--scale", SCALE, out=out)
    folders = [p for p in out.iterdir() if (p / "manifest.json").exists()]
    assert len(folders) == 1
    manifest = json.loads((folders[0] / "manifest.json").read_text())
    assert manifest["counts"]["clients"] == 200
    assert manifest["counts"]["cases"] > 200
    assert manifest["counts"]["events"] > 1000
    assert (folders[0] / "store.db").exists() and (folders[0] / "plain.db").exists()
    # The plaintext copy is for the overhead ratio only: the store itself is encrypted.
    assert not (folders[0] / "store.db").read_bytes()[:16].startswith(b"SQLite format 3")
    assert (folders[0] / "plain.db").read_bytes()[:16].startswith(b"SQLite format 3")
    assert "clients" in printed
    again = _run("generate.py", "--scale", SCALE, out=out)
    assert "Using the cached store" in again


def test_every_measurement_prints_figures(out: Path) -> None:
    markdown = out / "table.md"
    printed = _run("run_core.py", "--scale", SCALE, "-n", "5", "--apply-events", "1000",
                   "--markdown", str(markdown),
                   out=out)
    names = {"unlock", "search_prefix", "search_fuzzy", "dupcheck", "open_case",
             "intake_save", "intake_with_check", "apply_10k"}
    for mode in ("enc", "plain"):
        for name in names:
            line = next((row for row in printed.splitlines()
                         if row.split()[:2] == [mode, name]), None)
            assert line is not None, f"{mode} {name} missing from:\n{printed}"
            assert "p95_ms=" in line and "peak_rss_mib=" in line
    assert "events=1000 " in printed  # every remote event was applied
    table = markdown.read_text()
    assert "| measurement |" in table and "sqlcipher" in table
    results = next(out.glob("results-*.json"))
    rows = json.loads(results.read_text())["rows"]
    assert {row["figure"] for row in rows} == names
    assert all(row["ratio"] is not None and row["ratio"] > 0 for row in rows)


def test_event_costs_prints_each_step_per_event(out: Path) -> None:
    printed = _run("event_costs.py", "--scale", SCALE, "--repeat", "1", out=out)
    figures = json.loads(printed.splitlines()[-1])
    assert figures["events"] > 1000  # real events of the generated store, in full batches
    floor = [s for s in figures["steps"] if s["floor"]]
    assert {s["step"].split(" (")[0] for s in floor} == {
        "parse the batch strictly", "wire events to Event objects",
        "the log's body: compact JSON, compressed"}
    assert all(s["us_per_event"] > 0 for s in figures["steps"])
    assert figures["floor_us_per_event"] == pytest.approx(
        sum(s["us_per_event"] for s in floor), abs=0.02)


def test_the_disk_breakdown_sums_the_store_and_says_when_the_limit_applies(out: Path) -> None:
    printed = _run("disk_space.py", "--breakdown", "--scale", SCALE, out=out)
    assert "| event log |" in printed and "| **all (" in printed
    # Only the full-size store is held to the limit; a tiny one says so rather than "met".
    assert "| encrypted store file |" in printed
    assert "not the full-size store: no limit" in printed


def test_the_disk_breakdown_says_when_a_full_size_store_is_over_the_limit(
        out: Path, tmp_path: Path) -> None:
    tiny = next(p for p in out.iterdir() if (p / "manifest.json").exists())
    full = tmp_path / "full"
    full.mkdir()
    shutil.copyfile(tiny / "plain.db", full / "plain.db")
    manifest = json.loads((tiny / "manifest.json").read_text())
    (full / "manifest.json").write_text(json.dumps({**manifest, "scale": 1.0}))
    with (full / "store.db").open("wb") as store:  # sparse: only its size is read
        store.truncate(700 * 2**20)
    printed = _run("disk_space.py", "--breakdown", "--folder", str(full), out=out)
    assert "| encrypted store file | | | 700.0 MiB (**over the limit of 638.0 MiB**) |" \
        in printed


def test_caseload_bench_runs_both_formats(tmp_path: Path) -> None:
    table = tmp_path / "caseload.md"
    out = _run("caseload_bench.py", "--rows", "300", "--markdown", str(table), out=tmp_path)
    lines = out.splitlines()
    assert [line.split(":")[0] for line in lines] == ["xlsx", "csv"]
    assert all("peak_mb" in line and "'create':" in line for line in lines)
    assert len(table.read_text(encoding="utf-8").splitlines()) == 4
