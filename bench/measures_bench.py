"""Shared measurement budgets: computing the network's measures on a laptop, and the hub's
shared-measures dashboard pages.

    .venv/bin/python bench/measures_bench.py laptop [--scale 1] [-n 5] [--responses 300000]
        [--reuse]
    .venv/bin/python bench/measures_bench.py hub [--agencies 500] [--months 36] [-n 200]
        [--postgres]

* ``laptop`` — every measure of the starting framework for one month (``month_figures``:
  compute and suppress) on a scratch copy of the benchmark store (``bench/generate.py``:
  100k clients) after adding ``--responses`` completed responses to the two network forms
  (two thirds food screens, one third client-experience surveys) spread over the store's
  36 months, attached to random cases. The responses are written straight into the
  projection's tables (``form_responses``, ``form_response_heads``) in one transaction, as
  the projection would leave them; going through the event log would only make setting up
  slower. Median of ``-n`` runs after one warm-up, plus the first (cold) run. Target ≤ 2 s.
* ``hub`` — a hub database (SQLite file; with ``--postgres`` also a throw-away PostgreSQL
  server, see tests/support/postgres.py) with ``--agencies`` × ``--months`` submitted
  summaries carrying measures, then ``-n`` signed-in GETs of the overview, a measure's page,
  an agency's page and the versions page through the app (in-process HTTP client).
  Reports p50/p95 per page after the first request, and the first (cold) request, which
  reads every submission once. Target p95 ≤ 300 ms.

Prints figures; asserts nothing. The machine is shared while measuring: see
docs/performance.md for how to read the figures.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

KEY_PASSPHRASE = "bench network key"


def _timings(fn: Callable[[], Any], n: int) -> dict[str, float]:
    start = time.perf_counter()
    fn()
    cold = (time.perf_counter() - start) * 1000
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    p95 = samples[min(len(samples) - 1, max(0, round(0.95 * len(samples)) - 1))]
    return {"cold_ms": round(cold, 1), "p50_ms": round(statistics.median(samples), 1),
            "p95_ms": round(p95, 1), "max_ms": round(samples[-1], 1), "n": n}


# --------------------------------------------------------------------------- laptop


def _add_responses(session: Any, count: int, seed: int) -> None:
    from collabdesk.forms.demo_forms import hvs_answers
    from collabdesk.forms.parse import form_id
    from collabdesk.measures.starting import EXPERIENCE_URL, FOOD_URL
    from collabdesk.timeutil import iso

    rng = random.Random(seed)
    framework = session.measures.framework()
    forms = {f.url: (form_id(f.form.canonical), f.version) for f in framework.forms}
    cases = session.store.query("SELECT id, client_id, opened_at FROM cases "
                                "WHERE opened_at IS NOT NULL")
    first = min(c[2] for c in cases)
    last = max(c[2] for c in cases)
    t0 = time.mktime(time.strptime(first[:10], "%Y-%m-%d"))
    t1 = time.mktime(time.strptime(last[:10], "%Y-%m-%d"))
    import datetime as dt

    rows, heads = [], []
    for i in range(count):
        case_id, _, _ = rng.choice(cases)
        url = FOOD_URL if i % 3 else EXPERIENCE_URL
        if url == FOOD_URL:
            answers = hvs_answers(rng.random() < 0.3, rng)
            items = [{"linkId": k[0], "answer": v} for k, v in answers.items()]
        else:
            items = [{"linkId": link, "answer": [{"valueCoding": {
                "system": "urn:collabdesk:network:frequency",
                "code": rng.choices(("always", "usually", "sometimes", "never"),
                                    weights=(55, 30, 10, 5))[0]}}]}
                for link in ("listened", "explained", "respect", "helped")]
        at = iso(dt.datetime.fromtimestamp(rng.uniform(t0, t1), dt.UTC))
        rid = f"bench-response-{i:07d}"
        fid, version = forms[url]
        body = json.dumps({"resourceType": "QuestionnaireResponse", "id": rid,
                           "questionnaire": f"{url}|{version}", "status": "completed",
                           "authored": at, "item": items}, separators=(",", ":"))
        rows.append((rid, rid, fid, url, version, case_id, "completed", body, at))
        heads.append((rid, rid, case_id, url, at))
    with session.store.transaction() as conn:
        conn.executemany(
            "INSERT INTO form_responses(id, response_id, form_id, form_url, form_version, "
            "case_id, status, body, authored_at, checked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            rows)
        conn.executemany(
            "INSERT INTO form_response_heads(response_id, current, case_id, form_url, "
            "authored_at) VALUES (?, ?, ?, ?, ?)", heads)


def laptop(args: argparse.Namespace) -> None:
    from common import OUT_DIR, PASSPHRASE, Params, admin_session, emit, scratch_copy
    from generate import generate
    from report_bench import last_full_month

    from collabdesk.measures.compute import month_figures
    from collabdesk.measures.signed import new_key_file, open_key_file, sign
    from collabdesk.measures.starting import starting_framework
    from collabdesk.store.db import Store
    from collabdesk.vault import Vault

    folder = generate(Params(args.scale, args.seed), verbose=False)
    reused = OUT_DIR / "scratch" / "measures" / "store.db"
    db = reused if args.reuse and reused.exists() else scratch_copy(folder / "store.db",
                                                                     "measures")
    unlocked = Vault.load(folder / "vault.json").unlock("admin", PASSPHRASE)
    store = Store.open(db, unlocked.key)
    session = admin_session(store)
    if session.measures.framework() is None:  # a fresh copy: add the framework and responses
        key = open_key_file(new_key_file(KEY_PASSPHRASE)[0], KEY_PASSPHRASE)
        session.measures.receive(sign(json.dumps(starting_framework()).encode(), key))
        start = time.perf_counter()
        _add_responses(session, args.responses, args.seed)
        print(f"added {args.responses} responses in {time.perf_counter() - start:.0f} s")
    per_month = store.query("SELECT substr(authored_at, 1, 7) AS m, count(*) FROM "
                            "form_responses GROUP BY m ORDER BY m")
    print(f"responses per month: {per_month[0][1]}–{max(n for _, n in per_month)} over "
          f"{len(per_month)} months")
    framework = session.measures.framework()
    month = args.month or last_full_month(store)
    published = month_figures(session, framework, month, 5)
    result = _timings(lambda: month_figures(session, framework, month, 5), args.n)
    emit({"name": "measures_month", "month": month, "responses": args.responses,
          "scale": args.scale, **result})
    for f in published.figures:
        print(f"  {f.measure:<28} {f.status:<9} {f.value}")
    print(f"all {len(framework.measures)} measures for {month}: median {result['p50_ms']:.0f} "
          f"ms, cold {result['cold_ms']:.0f} ms (target 2000 ms)")
    session.close()


# --------------------------------------------------------------------------- hub


def _fill_hub(url: str, agencies: int, months: int, seed: int) -> tuple[Any, list[str]]:
    from sqlalchemy import insert

    from collabdesk.measures.signed import new_key_file
    from collabdesk.measures.starting import starting_framework
    from collabdesk.sync.canonical import b64e
    from collabdesk.sync.hub import db, operators
    from collabdesk.sync.hub import measures as hub_measures
    from collabdesk.sync.summaries import VERSION

    engine = db.make_engine(url)
    db.migrate(engine)
    pem = new_key_file(KEY_PASSPHRASE)[0]
    hub_measures.publish(engine, json.dumps(starting_framework()).encode(), pem,
                         KEY_PASSPHRASE)
    operators.add_operator(engine, "bench", "bench operator password")
    rng = random.Random(seed)
    ids = [f"agency{n:04d}" for n in range(agencies)]
    labels = [f"{2024 + m // 12}-{m % 12 + 1:02d}" for m in range(months)]
    with db.write_tx(engine) as conn:
        conn.execute(insert(db.agencies), [{"id": a, "name": f"Agency {n}", "created_at": 0}
                                           for n, a in enumerate(ids)])
        for a in ids:
            rows = []
            for m in labels:
                screened = rng.randint(0, 120)
                positive = rng.randint(0, screened)
                figures = [
                    {"id": "food_screened", "kind": "count", "value": float(screened),
                     "status": "shown" if screened == 0 or screened >= 5 else "withheld"},
                    {"id": "food_positive_share", "kind": "proportion",
                     "status": "shown" if min(positive, screened - positive) >= 5 else
                     "withheld", "value": positive / screened if screened else None,
                     "numerator": positive, "denominator": screened},
                    {"id": "referral_to_service_days", "kind": "median", "status": "shown",
                     "value": float(rng.randint(1, 30)), "n": 12},
                ]
                summary = {"period": {"label": m}, "threshold": 5, "values": [],
                           "tables": [], "measures": {"framework_version": 1, "month": m,
                                                      "threshold": 5, "figures": figures}}
                document = json.dumps({"v": VERSION, "kind": "summary", "agency": a,
                                       "month": m, "device": "d", "created": 0,
                                       "summary": summary, "partners": {}}).encode()
                payload = json.dumps({"month": m, "document": b64e(document),
                                      "signature": b64e(b"0" * 64)})
                rows.append({"agency_id": a, "month": m, "device_id": "d",
                             "payload": payload.encode(), "received_at": 0,
                             "superseded": False})
            conn.execute(insert(db.summaries), rows)
    return engine, ids


def _hub_pages(url: str, args: argparse.Namespace, label: str, tmp: Path) -> None:
    import requests
    from common import emit

    from collabdesk.sync.hub import db
    from collabdesk.sync.hub.operators import SESSION_COOKIE, Sessions, list_operators
    from tests.sync.hub.conftest import start_hub, stop_hub

    start = time.perf_counter()
    engine, ids = _fill_hub(url, args.agencies, args.months, args.seed)
    print(f"{label}: {args.agencies} agencies × {args.months} months stored in "
          f"{time.perf_counter() - start:.0f} s")
    cookie = Sessions(engine, db.hub_secret(engine), time.time).issue(
        list_operators(engine)[0])
    process = start_hub(tmp, url)  # the hub as operators run it, one worker
    try:
        http = requests.Session()
        http.cookies.set(SESSION_COOKIE, cookie)
        for name, path, expected in (
                ("overview", "/dashboard/measures", f"from {args.agencies} agencies"),
                ("measure", "/dashboard/measures/food_positive_share", "Agency 7<"),
                ("agency", f"/dashboard/measures/agency/{ids[7]}", "Agency 7<"),
                ("versions", "/dashboard/measures/versions", "Version 1")):
            def get(path: str = path, expected: str = expected) -> None:
                response = http.get(process.base_url + path, timeout=60,
                                    allow_redirects=False)
                assert response.status_code == 200, response.status_code
                assert expected in response.text, expected  # figures shown, not an empty page
            result = _timings(get, args.n)
            emit({"name": f"hub_{name}", "database": label, "agencies": args.agencies,
                  "months": args.months, **result})
            print(f"  {name:<9} p50 {result['p50_ms']:.0f} ms  p95 {result['p95_ms']:.0f} ms  "
                  f"cold {result['cold_ms']:.0f} ms")
    finally:
        stop_hub(process)
        engine.dispose()


def hub(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        _hub_pages(f"sqlite:///{tmp}/hub.sqlite3", args, "sqlite", Path(tmp))
        if args.postgres:
            from tests.support.postgres import running_server

            with running_server("measures_bench") as server:
                _hub_pages(server.url(), args, "postgresql", Path(tmp))


def main() -> None:
    from common import add_common_args

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    lp = sub.add_parser("laptop")
    add_common_args(lp)
    lp.add_argument("-n", type=int, default=5)
    lp.add_argument("--responses", type=int, default=300_000)
    lp.add_argument("--month")
    lp.add_argument("--reuse", action="store_true",
                    help="measure again on the scratch copy a previous run filled")
    hp = sub.add_parser("hub")
    hp.add_argument("--agencies", type=int, default=500)
    hp.add_argument("--months", type=int, default=36)
    hp.add_argument("-n", type=int, default=200)
    hp.add_argument("--seed", type=int, default=7)
    hp.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    (laptop if args.what == "laptop" else hub)(args)


if __name__ == "__main__":
    main()
