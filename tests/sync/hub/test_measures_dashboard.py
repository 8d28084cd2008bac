"""The shared-measures pages' arithmetic and their figures cache, on a real hub database: the
network figure adds up only what agencies published (withheld ones are counted, never
guessed), a proportion is summed numerators over summed denominators, a median measure's line
is the median of the agencies' medians, and a summary submitted after a page was served
replaces that agency's month on the next page — though a month submitted under one framework
version stays so unless the agency resubmitted it under another on purpose."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from collabdesk.measures.framework import load_framework
from collabdesk.measures.starting import starting_framework
from collabdesk.sync.canonical import b64e
from collabdesk.sync.hub import db
from collabdesk.sync.hub.measures_dashboard import (
    _Cache,
    measure_csv,
    network_point,
    render_measure,
    run_chart,
)

FRAMEWORK = load_framework(starting_framework())


def _store(engine: Any, agency: str, month: str, figures: list[dict[str, Any]],
           version: int = 1, *, new_framework: bool = False) -> None:
    measures: dict[str, Any] = {"framework_version": version, "threshold": 5,
                                "figures": figures}
    if new_framework:
        measures["new_framework"] = True
    summary = {"period": {"label": month}, "threshold": 5, "measures": measures}
    document = json.dumps({"v": 1, "kind": "summary", "agency": agency, "month": month,
                           "summary": summary}).encode()
    payload = json.dumps({"month": month, "document": b64e(document),
                          "signature": b64e(b"s" * 64)}).encode()
    with db.write_tx(engine) as conn:
        conn.execute(insert(db.summaries).values(
            agency_id=agency, month=month, device_id="d", payload=payload, received_at=0,
            superseded=False))


def test_network_figures_cache_and_pages(tmp_path: Path) -> None:
    engine = db.make_engine(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    db.migrate(engine)
    with db.write_tx(engine) as conn:
        conn.execute(insert(db.agencies), [{"id": "a", "name": "Alder", "created_at": 0},
                                           {"id": "b", "name": "Birch", "created_at": 0},
                                           {"id": "c", "name": "Cedar", "created_at": 0}])
    share = {"id": "food_positive_share", "kind": "proportion", "status": "shown"}
    _store(engine, "a", "2026-09", [
        {"id": "food_screened", "kind": "count", "status": "shown", "value": 40.0},
        {**share, "value": 0.25, "numerator": 10, "denominator": 40},
        {"id": "referral_to_service_days", "kind": "median", "status": "shown",
         "value": 4.0, "n": 9}])
    _store(engine, "b", "2026-09", [
        {"id": "food_screened", "kind": "count", "status": "shown", "value": 10.0},
        {**share, "value": 0.5, "numerator": 5, "denominator": 10},
        {"id": "referral_to_service_days", "kind": "median", "status": "shown",
         "value": 10.0, "n": 6}])
    _store(engine, "c", "2026-09", [
        {"id": "food_screened", "kind": "count", "status": "withheld", "value": None},
        {**share, "status": "withheld", "value": None}], version=1)
    cache = _Cache(engine)
    rows = cache.get()
    assert len(rows) == 3 and cache.get() is rows  # nothing new: not read again
    screened, positive, days = (FRAMEWORK.measure(i) for i in (
        "food_screened", "food_positive_share", "referral_to_service_days"))
    assert network_point(screened, rows) == network_point(screened, rows[:2]).__class__(
        50.0, 2, 1)
    assert network_point(positive, rows).value == 15 / 50  # not the mean of 25% and 50%
    assert network_point(days, rows).value == 7.0  # median of the agencies' medians
    page = render_measure(FRAMEWORK, screened, rows)
    assert "50 (+1 withheld)" in page and 'class="withheld"' in page and "&lt;5" in page
    assert "Definition of" in page and ".csv" in page
    assert "food_screened,2026-09,Network,,shown,50" in measure_csv(screened, rows)

    # A summary without measures (an app from before them) leaves Alder's September alone.
    summary_only = {"period": {"label": "2026-09"}, "threshold": 5}
    document = json.dumps({"v": 1, "kind": "summary", "agency": "a", "month": "2026-09",
                           "summary": summary_only}).encode()
    with db.write_tx(engine) as conn:
        conn.execute(insert(db.summaries).values(
            agency_id="a", month="2026-09", device_id="d", received_at=0, superseded=False,
            payload=json.dumps({"month": "2026-09", "document": b64e(document),
                                "signature": b64e(b"s" * 64)}).encode()))
    assert network_point(screened, cache.get()).value == 50.0
    # Birch's laptop sends September under version 2 without meaning to: it stays version 1.
    _store(engine, "b", "2026-09", [
        {"id": "food_screened", "kind": "count", "status": "shown", "value": 99.0}], version=2)
    assert [r.figures["food_screened"]["value"] for r in cache.get()
            if r.agency_id == "b"] == [10.0]
    # Cedar resubmits September under version 2 on purpose; Alder adds October.
    _store(engine, "c", "2026-09", [
        {"id": "food_screened", "kind": "count", "status": "shown", "value": 7.0}], version=2,
        new_framework=True)
    _store(engine, "a", "2026-10", [
        {"id": "food_screened", "kind": "count", "status": "shown", "value": 30.0}])
    rows = cache.get()
    assert [(r.agency_id, r.month, r.framework_version) for r in rows] == [
        ("a", "2026-09", 1), ("b", "2026-09", 1), ("c", "2026-09", 2), ("a", "2026-10", 1)]
    assert network_point(screened, [r for r in rows if r.month == "2026-09"]).value == 57.0
    chart = run_chart(screened, ["2026-09", "2026-10"], [network_point(screened, [
        r for r in rows if r.month == m]) for m in ("2026-09", "2026-10")])
    assert 'class="median"' in chart and chart.count("<circle") == 2
    # Under version 2, figures computed under version 1 say so; Cedar's does not.
    v2 = load_framework(starting_framework(2))
    page = render_measure(v2, v2.measure("food_screened"), rows)
    assert ">40 (v1)<" in page and ">7<" in page
