"""An existing caseload brought in: 50,000 rows from XLSX and CSV, time and peak memory.

    .venv/bin/python bench/caseload_bench.py                  # 50,000 rows, both formats
    .venv/bin/python bench/caseload_bench.py --rows 2000      # quicker
    .venv/bin/python bench/caseload_bench.py --markdown /tmp/caseload.md

Each format runs in a process of its own, so its peak memory (``ru_maxrss``) is the import's
alone: a fresh encrypted store holding 2,000 earlier clients (brought in by a first import)
takes the whole flow of ``collabdesk import-clients``: ``inspect`` (header, guessed mapping),
``plan`` (read every row, dates, per-row errors, duplicates against the store and within the
file) and ``apply`` (one transaction: clients, cases with their worker, needs, the audit entry),
then ``undo``. The sheet is ``collabdesk.caseload.sample`` (Spanish headers, 2% repeated rows,
1% broken rows, the 2,000 earlier clients' people appearing again). Targets: ≤ 60 s and
≤ 500 MB for 50,000 rows. Nothing asserts them; ``docs/performance.md`` records them.

``--readers`` also times reading the XLSX alone with python-calamine (what the app uses) and,
if it is installed, openpyxl 3.1.5 in read-only mode (the alternative considered).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SEED_CLIENTS = 2000  # clients already here before the measured import
PASSPHRASE = "bench pass phrase 1"


def _store(folder: Path) -> Path:
    """A store with its workers and 2,000 earlier clients; returns its folder."""
    from collabdesk.caseload import sample
    from collabdesk.demo_content import WORKERS
    from collabdesk.vault import KdfParams
    from collabdesk.workspace import Workspace

    data = folder / "agency"
    session, _code = Workspace(data).create("Bench agency", "admin", PASSPHRASE,
                                            kdf=KdfParams.FLOOR)
    try:
        for name in WORKERS:
            session.users.add(name, f"{name} {PASSPHRASE}", display_name=name, roles=["worker"])
        seed = sample.write(folder / "earlier.csv", SEED_CLIENTS, seed=11, faults=False)
        plan = session.caseload.plan(seed.path, session.caseload.inspect(seed.path).guess)
        session.caseload.apply(plan)
    finally:
        session.close()
    return data


def child(data: Path, sheet: Path) -> dict[str, Any]:
    from collabdesk.workspace import Workspace

    session = Workspace(data).sign_in("admin", PASSPHRASE)
    try:
        out: dict[str, Any] = {}
        cpu = time.process_time()
        start = time.perf_counter()
        seen = session.caseload.inspect(sheet)
        out["inspect_s"] = time.perf_counter() - start
        mark = time.perf_counter()
        plan = session.caseload.plan(sheet, seen.guess)
        out["plan_s"] = time.perf_counter() - mark
        mark = time.perf_counter()
        record = session.caseload.apply(plan)
        out["apply_s"] = time.perf_counter() - mark
        out["total_s"] = time.perf_counter() - start
        out["total_cpu_s"] = time.process_time() - cpu  # less noisy on a shared machine
        out["counts"] = plan.counts()
        mark = time.perf_counter()
        session.caseload.undo(record.id)
        out["undo_s"] = time.perf_counter() - mark
    finally:
        session.close()
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def readers(sheet: Path) -> dict[str, float]:
    from collabdesk.caseload.reading import open_table

    out: dict[str, float] = {}
    start = time.perf_counter()
    with open_table(sheet) as table:
        rows = sum(1 for _ in table.rows)
    out["calamine_s"] = time.perf_counter() - start
    try:
        import openpyxl
    except ImportError:
        return out
    start = time.perf_counter()
    book = openpyxl.load_workbook(sheet, read_only=True, data_only=True)
    count = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True)) - 1
    book.close()
    out["openpyxl_s"] = time.perf_counter() - start
    assert count >= rows
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--markdown", type=Path, help="write the figures as a table here")
    parser.add_argument("--readers", action="store_true", help="also compare XLSX readers")
    parser.add_argument("--child", nargs=2, metavar=("DATA", "SHEET"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(Path(args.child[0]), Path(args.child[1]))))
        return 0
    from collabdesk.caseload import sample

    lines = ["| file | rows | inspect s | plan s | apply s | total s | total CPU s | undo s | "
             "peak MB |", "|---|---|---|---|---|---|---|---|---|"]
    with tempfile.TemporaryDirectory(prefix="caseload-bench-") as scratch:
        folder = Path(scratch)
        template = _store(folder)
        known = sample.people(40, seed=11 + 1)  # people of the earlier import, seen again
        for suffix in (".xlsx", ".csv"):
            sheet = folder / f"clientes{suffix}"
            sample.write(sheet, args.rows, seed=5, known=known)
            data = folder / f"store{suffix}"
            subprocess.run(["cp", "-r", str(template), str(data)], check=True)
            done = subprocess.run([sys.executable, __file__, "--child", str(data), str(sheet)],
                                  capture_output=True, text=True, check=True)
            result = json.loads(done.stdout.strip().splitlines()[-1])
            print(f"{suffix[1:]}: " + ", ".join(
                f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}"
                for k, v in result.items()))
            lines.append(f"| {suffix[1:]} | {args.rows:,} | {result['inspect_s']:.2f} | "
                         f"{result['plan_s']:.2f} | {result['apply_s']:.2f} | "
                         f"{result['total_s']:.2f} | {result['total_cpu_s']:.2f} | "
                         f"{result['undo_s']:.2f} | "
                         f"{result['peak_mb']:.0f} |")
            if args.readers and suffix == ".xlsx":
                print("readers: " + ", ".join(f"{k} {v:.2f}"
                                              for k, v in readers(sheet).items()))
    if args.markdown:
        args.markdown.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
