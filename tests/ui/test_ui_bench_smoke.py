"""The desktop-app benchmark still runs end to end: ``bench/ui_bench.py --smoke`` on the demo
store prints every figure of issue 3's budgets. Figures are not checked (no timing here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIGURES = {"interpreter_start", "app_start", "kdf", "signin_to_main", "search_keystroke",
           "open_case", "peak_memory"}


@pytest.mark.slow
def test_ui_bench_smoke_prints_every_figure() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "ui_bench.py"), "--smoke"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = {}
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[len("RESULT "):])
            results[result["name"]] = result
    assert set(results) >= FIGURES, f"missing: {FIGURES - set(results)}"
    # The sign-in screen really was shown and painted, and the page really filled.
    assert results["app_start"]["painted"] and results["app_start"]["sign_in_visible"]
    assert results["signin_to_main"]["first_page"] == "caseload"
    assert results["signin_to_main"]["rows"] > 0
    assert results["search_keystroke"]["n"] > 0 and results["search_keystroke"]["mean_hits"] > 0
    assert results["open_case"]["n"] == 3
    assert results["peak_memory"]["peak_mib"] > 0
    table = proc.stdout[proc.stdout.index("| figure |"):]
    for label in ("app start", "KDF", "sign-in", "keystroke", "open a case", "peak memory"):
        assert label in table
