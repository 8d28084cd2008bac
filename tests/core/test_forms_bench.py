"""``bench/forms_bench.py`` keeps working: every figure runs end to end a few times and prints
its line (nothing here looks at how long anything took)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.support.required import unavailable

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "fhir"


def test_every_forms_figure_runs(tmp_path: Path) -> None:
    if not (DATA / "Questionnaire-gravity-prapare.json").is_file():
        unavailable(f"The shared FHIR test data is not at {DATA}.")
    table = tmp_path / "forms.md"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "forms_bench.py"), "-n", "3",
         "--markdown", str(table)],
        capture_output=True, text=True, timeout=300, env=dict(os.environ))
    assert done.returncode == 0, done.stderr
    figures = [line.split(":")[0] for line in done.stdout.splitlines()]
    assert figures == ["import_prapare", "evaluate_phq9", "evaluate_phq9_lhc", "evaluate_300",
                       "evaluate_phq9_lhc_cold", "evaluate_300_cold"]
    assert "cold" in done.stdout.splitlines()[0]
    assert len(table.read_text(encoding="utf-8").splitlines()) == 2 + len(figures)
