"""Pictures of the hub's shared-measures pages, for docs/measures.md.

Run from the checkout: ``.venv/bin/python docs/screenshots/make_measures_screenshots.py``.

Renders the overview (run charts) and one measure's page for six made-up agencies over 14
months — a framework version 2 published after eight months, one agency's small counts
withheld — with the hub's own page code, and photographs them with headless Chromium at
1366×768 into ``docs/screenshots/measures-overview.png`` and ``measures-measure.png``.
The figures are invented; no client data is involved at any step.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from collabdesk.measures.framework import load_framework  # noqa: E402
from collabdesk.measures.starting import starting_framework  # noqa: E402
from collabdesk.sync.hub.dashboard_html import _page  # noqa: E402
from collabdesk.sync.hub.measures_dashboard import (  # noqa: E402
    AgencyFigures,
    Figures,
    render_measure,
    render_overview,
)
from tests.e2e import browser  # noqa: E402


def made_up_rows() -> Figures:
    rng = random.Random(1)
    rows = []
    for a in range(6):
        for m in range(14):
            screened = rng.randint(20, 60)
            positive = rng.randint(5, screened - 5)
            listened = rng.randint(12, 20)
            rows.append(AgencyFigures(
                f"agency{a}", f"Agency {chr(65 + a)}", f"{2025 + m // 12}-{m % 12 + 1:02d}",
                1 if m < 8 else 2, 5, {
                    "food_screened": {"status": "withheld" if a == 2 and m % 5 == 0
                                      else "shown", "value": float(screened)},
                    "food_positive_share": {"status": "shown", "value": positive / screened,
                                            "numerator": positive, "denominator": screened},
                    "referral_to_service_days": {"status": "shown", "n": 9,
                                                 "value": float(rng.randint(2, 12))},
                    "staff_listened_always": {"status": "shown", "value": listened / 24,
                                              "numerator": listened, "denominator": 24}}))
    return Figures(rows)


def main() -> None:
    found = browser.chromium()
    if isinstance(found, str):
        raise SystemExit(found)
    framework = load_framework(starting_framework(2, network="Example network"))
    rows = made_up_rows()
    pages = {
        "measures-overview": _page("Shared measures", render_overview(framework, rows),
                                   operator="backbone"),
        "measures-measure": _page("Shared measure", render_measure(
            framework, framework.measure("food_screened"), rows), operator="backbone"),
    }
    out = ROOT / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as tmp:
        for name, html in pages.items():
            page = Path(tmp) / f"{name}.html"
            page.write_text(html)
            subprocess.run([found[0], "--headless", "--no-sandbox", "--disable-gpu",
                            "--hide-scrollbars", f"--screenshot={out / (name + '.png')}",
                            "--window-size=1366,768", page.as_uri()],
                           check=True, capture_output=True, timeout=120)
            print(out / f"{name}.png")


if __name__ == "__main__":
    main()
