"""Monthly summary budgets: compute a month's summary, render the PDF and the XLSX.

Budgets (issue 5): summary ≤ 1 s, PDF ≤ 2 s, XLSX ≤ 2 s, on the benchmark store
(``bench/generate.py``: 100k clients, ~1M events at ``--scale 1``). Each figure is the median
of ``-n`` runs (default 5) after one warm-up; peak memory is the largest Python allocation
peak of one extra run under ``tracemalloc`` (timings are taken without it), and the process's
peak RSS at the end. Works on a scratch copy, because computing a summary writes an audit
entry. Prints figures; asserts nothing.

    .venv/bin/python bench/report_bench.py [--scale 1] [-n 5] [--month YYYY-MM]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    PASSPHRASE,
    Params,
    add_common_args,
    admin_session,
    emit,
    peak_rss_mib_self,
    scratch_copy,
)
from generate import generate

from collabdesk.services.reports import render
from collabdesk.store.db import Store
from collabdesk.vault import Vault


def last_full_month(store: Store) -> str:
    """The last whole month of the generated history (the month before its last case)."""
    last = str(store.query("SELECT max(opened_at) FROM cases")[0][0])
    first_of_last = dt.date(int(last[:4]), int(last[5:7]), 1)
    return (first_of_last - dt.timedelta(days=1)).strftime("%Y-%m")


def measure(name: str, fn: Callable[[], Any], n: int) -> dict[str, Any]:
    fn()  # warm-up: page cache, imports (reportlab, openpyxl) and font loading
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"name": name, "n": n, "p50_ms": round(statistics.median(samples), 1),
            "max_ms": round(max(samples), 1), "peak_alloc_mib": round(peak / 2**20, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_common_args(parser)
    parser.add_argument("-n", type=int, default=5, help="timed runs per figure")
    parser.add_argument("--month", help="YYYY-MM (default: the generated history's last "
                        "full month)")
    args = parser.parse_args()
    folder = generate(Params(args.scale, args.seed), verbose=False)
    db = scratch_copy(folder / "store.db", "reports")
    unlocked = Vault.load(folder / "vault.json").unlock("admin", PASSPHRASE)
    store = Store.open(db, unlocked.key)
    session = admin_session(store)
    reports = session.reports
    month = args.month or last_full_month(store)
    published = reports.summary(month)
    results = [
        measure("summary_raw", lambda: reports.raw_summary(month), args.n),
        measure("summary_published", lambda: reports.summary(month), args.n),
        measure("pdf", lambda: render(published, "pdf"), args.n),
        measure("xlsx", lambda: render(published, "xlsx"), args.n),
        measure("csv_zip", lambda: render(published, "csv"), args.n),
    ]
    sizes = {fmt: len(render(published, fmt)) for fmt in ("pdf", "xlsx", "csv")}
    served = published.value("clients_served_total")
    for r in results:
        emit({**r, "month": month, "scale": args.scale})
    print(f"\nmonth {month}, clients served {served.text(published.threshold)}, "
          f"scale {args.scale}; sizes: " + ", ".join(f"{k} {v / 1024:.0f} KiB"
                                                     for k, v in sizes.items()))
    print(f"{'figure':<20}{'median':>10}{'max':>10}{'peak alloc':>12}")
    for r in results:
        print(f"{r['name']:<20}{r['p50_ms']:>8.0f}ms{r['max_ms']:>8.0f}ms"
              f"{r['peak_alloc_mib']:>9.1f}MiB")
    print(f"process peak RSS {peak_rss_mib_self():.0f} MiB")
    session.close()


if __name__ == "__main__":
    main()
