"""Run the core benchmarks: each measurement in its own process, encrypted and plain.

    python bench/run_core.py                   # full size (generates the store once, cached)
    python bench/run_core.py --scale 0.01      # smoke run
    python bench/run_core.py --only search,apply --modes enc

For every measurement it copies the cached store (so runs do not change it), starts
``measure.py`` in a child process, collects its ``RESULT`` lines and the child's peak
resident memory (``ru_maxrss`` from ``wait4``, the per-child form of
``getrusage(RUSAGE_CHILDREN)``), and prints a table against the targets with the
SQLCipher / plain-SQLite ratio. ``--markdown FILE`` writes the table and the machine
description for ``docs/performance.md``. Nothing here asserts anything about time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
from pathlib import Path
from typing import Any

from common import (
    BENCH_DIR,
    OUT_DIR,
    Params,
    add_common_args,
    interpreter,
    python_path_env,
    scratch_copy,
)
from generate import generate

# figure -> (measurement process, statistic compared with the target, target in ms)
TARGETS: dict[str, tuple[str, str, float]] = {
    "unlock": ("unlock", "p95_ms", 150),
    "search_prefix": ("search", "p95_ms", 20),
    "search_fuzzy": ("search", "p95_ms", 20),
    "dupcheck": ("dupcheck", "p95_ms", 50),
    "open_case": ("open_case", "p95_ms", 30),
    "intake_save": ("intake", "p95_ms", 20),
    "intake_with_check": ("intake", "p95_ms", 70),
    "apply_10k": ("apply", "total_ms", 1000),
}
LABELS = {
    "unlock": "unlock → usable store (after the KDF)",
    "search_prefix": "client search, name prefix",
    "search_fuzzy": "client search, misspelt (fuzzy)",
    "dupcheck": "duplicate check at intake",
    "open_case": "open a case with its history",
    "intake_save": "save an intake (full durability)",
    "intake_with_check": "intake: duplicate check + save",
    "apply_10k": "apply 10k remote events",
}
RATIO_TARGET = 1.3


def run_one(folder: Path, measurement: str, mode: str, n: int,
            apply_events: int = 10_000) -> tuple[list[dict[str, Any]], float]:
    source = folder / ("store.db" if mode == "enc" else "plain.db")
    db = scratch_copy(source, mode)
    cmd = [interpreter(), str(BENCH_DIR / "measure.py"), measurement, "--folder", str(folder),
           "--db", str(db), "--mode", mode, "-n", str(n),
           "--apply-events", str(apply_events)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=python_path_env())
    assert proc.stdout is not None
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{measurement} ({mode}) failed with exit code {proc.returncode}")
    results = [json.loads(line[len("RESULT "):]) for line in output.splitlines()
               if line.startswith("RESULT ")]
    return results, usage.ru_maxrss / 1024  # KiB on Linux


def with_responses(folder: Path, count: int, seed: int) -> Path:
    """A copy of the generated store with ``count`` responses added (cached beside it): the
    store a network's forms have been used in for years."""
    import json as json_mod
    import time

    from common import PASSPHRASE, admin_session
    from measures_bench import KEY_PASSPHRASE, _add_responses

    from collabdesk.measures.signed import new_key_file, open_key_file, sign
    from collabdesk.measures.starting import starting_framework
    from collabdesk.store.db import Store
    from collabdesk.vault import Vault

    target = folder.parent / f"{folder.name}-responses-{count}"
    if (target / "store.db").exists():
        return target
    target.mkdir(exist_ok=True)
    for name in ("vault.json", "manifest.json"):
        shutil.copyfile(folder / name, target / name)
    shutil.copyfile(folder / "store.db", target / "store.db.partial")
    store = Store.open(target / "store.db.partial",
                       Vault.load(folder / "vault.json").unlock("admin", PASSPHRASE).key)
    try:
        session = admin_session(store)
        key = open_key_file(new_key_file(KEY_PASSPHRASE)[0], KEY_PASSPHRASE)
        session.measures.receive(sign(json_mod.dumps(starting_framework()).encode(), key))
        start = time.perf_counter()
        _add_responses(session, count, seed)
        print(f"added {count} responses in {time.perf_counter() - start:.0f} s", flush=True)
    finally:
        store.close()
    (target / "store.db.partial").rename(target / "store.db")
    return target


def machine() -> dict[str, str]:
    info = {"date": dt.date.today().isoformat(), "nproc": str(os.cpu_count()),
            "python": platform.python_version()}
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in
                   Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
        info["cpu"] = cpu
    except (OSError, StopIteration):
        info["cpu"] = platform.processor() or "unknown"
    try:
        mem = next(line for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal"))
        info["memory"] = f"{int(mem.split()[1]) / 2**20:.1f} GiB"
    except (OSError, StopIteration):
        info["memory"] = "unknown"
    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlcipher.connect(":memory:")
    info["sqlcipher"] = conn.execute("PRAGMA cipher_version").fetchone()[0]
    info["sqlite"] = sqlcipher.sqlite_version
    conn.close()
    return info


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_common_args(parser)
    parser.add_argument("--only", default="", help="comma-separated measurements")
    parser.add_argument("--modes", default="enc,plain")
    parser.add_argument("-n", type=int, default=300, help="timed operations per figure")
    parser.add_argument("--apply-events", type=int, default=10_000,
                        help="remote events to apply (smoke runs use fewer)")
    parser.add_argument("--markdown", type=Path, help="write the results table here")
    parser.add_argument("--responses", type=int, default=0,
                        help="first add this many completed form responses (the network's "
                        "food screen and client-experience survey) to a copy of the store; "
                        "measured encrypted only, as the plaintext copy has none")
    args = parser.parse_args()
    params = Params(args.scale, args.seed)
    folder = generate(params)
    if args.responses:
        folder = with_responses(folder, args.responses, args.seed)
        args.modes = "enc"
    manifest = json.loads((folder / "manifest.json").read_text())
    measurements = [m for m in dict.fromkeys(t[0] for t in TARGETS.values())
                    if not args.only or m in args.only.split(",")]
    modes = args.modes.split(",")
    figures: dict[tuple[str, str], dict[str, Any]] = {}
    for measurement in measurements:
        for mode in modes:
            results, peak = run_one(folder, measurement, mode, args.n, args.apply_events)
            for result in results:
                result["peak_rss_mib"] = round(peak, 1)
                figures[(result["name"], mode)] = result
                print(f"{mode:5} {result['name']:18} " + " ".join(
                    f"{k}={v}" for k, v in sorted(result.items()) if k not in ("name", "mode")),
                    flush=True)
    shutil.rmtree(OUT_DIR / "scratch", ignore_errors=True)  # the copies measured on
    rows = []
    for name, (_, stat, target) in TARGETS.items():
        enc, plain = figures.get((name, "enc")), figures.get((name, "plain"))
        if enc is None and plain is None:
            continue
        ratio = (enc[stat] / plain[stat]) if enc and plain and plain[stat] else None
        rows.append({"figure": name, "label": LABELS[name], "stat": stat.replace("_ms", ""),
                     "target_ms": target, "enc": enc, "plain": plain, "ratio": ratio})
    table = render(rows, manifest)
    print()
    print(table)
    OUT_DIR.mkdir(exist_ok=True)
    (OUT_DIR / f"results-{params.key()}.json").write_text(json.dumps(
        {"machine": machine(), "manifest": manifest, "rows": rows}, indent=2, default=str))
    if args.markdown:
        info = machine()
        header = "\n".join(f"- **{k}**: {v}" for k, v in info.items())
        args.markdown.write_text(f"{header}\n\n{table}\n")


def render(rows: list[dict[str, Any]], manifest: dict[str, Any]) -> str:
    counts = manifest["counts"]
    lines = [
        f"Store: {counts['clients']:,} clients, {counts['cases']:,} cases, "
        f"{counts['events']:,} events, {manifest['store_mib']} MiB (scale {manifest['scale']}).",
        "",
        "| measurement | stat | target | SQLCipher | plain SQLite | ratio | peak RSS (enc) |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        stat = row["stat"] + "_ms"
        enc = row["enc"][stat] if row["enc"] else None
        plain = row["plain"][stat] if row["plain"] else None
        met = "✓" if enc is not None and enc <= row["target_ms"] else "✗"
        ratio = row["ratio"]
        ratio_text = "–" if ratio is None else (
            f"{ratio:.2f}× {'✓' if ratio <= RATIO_TARGET else '✗'}")
        rss = f"{row['enc']['peak_rss_mib']} MiB" if row["enc"] else "–"
        lines.append(
            f"| {row['label']} | {row['stat']} | ≤ {row['target_ms']:g} ms | "
            f"{_ms(enc)} {met} | {_ms(plain)} | {ratio_text} | {rss} |")
    return "\n".join(lines)


def _ms(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} ms"


if __name__ == "__main__":
    main()
