"""Forms: importing a large real form, and recomputing a form's state on every keystroke.

    .venv/bin/python bench/forms_bench.py            # every figure, 300 timed runs each
    .venv/bin/python bench/forms_bench.py -n 20      # quicker
    .venv/bin/python bench/forms_bench.py --markdown /tmp/forms.md

Figures (targets from the forms issue; nothing asserts them, docs/performance.md records them):

* ``import_prapare`` — ``session.forms.import_form`` of the shared PRAPARE Questionnaire into
  a real encrypted store: read, parse and check against the subset, compile its FHIRPath,
  write the record through the event log (each run a new version, so each is a real import);
  the first run in the process is reported apart (``cold``: FHIRPath's grammar and models
  load then). Target ≤ 200 ms.
* ``evaluate_phq9`` / ``evaluate_phq9_lhc`` — ``forms.evaluate`` after one answer changes, on
  the SDC PHQ-9 (``answers().ordinal().sum()``) and the LHC one (11 variables and an
  ``iif``). Target ≤ 16 ms.
* ``…_cold`` — the same with the results remembered from earlier keystrokes dropped first,
  so every expression runs (the first evaluation of a form, the worst case).
* ``evaluate_300`` — the same on a generated form of 300 items (20 groups of 14 scored
  choices, each group's last question shown only when its first is answered above zero) with
  40 variables (a subtotal per group and 20 running totals) and two calculated items.
  Target ≤ 50 ms.

The shared FHIR data is read from ``../shared/data/fhir`` beside the checkout (or
``COLLABDESK_FHIR_DATA``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = Path(os.environ.get("COLLABDESK_FHIR_DATA", ROOT.parent / "shared" / "data" / "fhir"))
ORDINAL = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
VARIABLE = "http://hl7.org/fhir/StructureDefinition/variable"
CALCULATED = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression"
GROUPS, PER_GROUP = 20, 14


def _expression(name: str, text: str) -> dict[str, Any]:
    return {"url": VARIABLE, "valueExpression": {"name": name, "language": "text/fhirpath",
                                                 "expression": text}}


def generated_form() -> dict[str, Any]:
    """300 items (20 groups × (1 + 14)), 40 variables, 2 calculated items."""
    options = [{"valueCoding": {"system": "urn:bench", "code": f"a{n}", "display": f"Answer {n}"},
                "extension": [{"url": ORDINAL, "valueDecimal": n}]} for n in range(4)]
    groups = []
    variables = []
    for g in range(GROUPS):
        questions = []
        for q in range(PER_GROUP):
            item: dict[str, Any] = {"linkId": f"g{g}q{q}", "type": "choice",
                                    "text": f"Question {q + 1} of section {g + 1}",
                                    "answerOption": options}
            if q == PER_GROUP - 1:
                item["enableWhen"] = [{"question": f"g{g}q0", "operator": "!=",
                                       "answerCoding": {"system": "urn:bench", "code": "a0"}}]
            questions.append(item)
        groups.append({"linkId": f"g{g}", "type": "group", "text": f"Section {g + 1}",
                       "item": questions})
        variables.append(_expression(
            f"s{g}", f"%resource.item.where(linkId = 'g{g}').item.answer.value.ordinal().sum()"))
    for g in range(GROUPS):
        variables.append(_expression(f"t{g}", "%s0" if g == 0 else f"%t{g - 1} + %s{g}"))
    groups.append({"linkId": "result", "type": "group", "text": "Result", "item": [
        {"linkId": "total", "type": "decimal", "text": "Total",
         "extension": [{"url": CALCULATED, "valueExpression": {
             "language": "text/fhirpath", "expression": f"%t{GROUPS - 1}"}}]},
        {"linkId": "band", "type": "string", "text": "Band",
         "extension": [{"url": CALCULATED, "valueExpression": {
             "language": "text/fhirpath",
             "expression": f"iif(%t{GROUPS - 1} > 400, 'high', iif(%t{GROUPS - 1} > 200, "
                           "'medium', 'low'))"}}]}]})
    return {"resourceType": "Questionnaire", "url": "urn:bench:300", "version": "1",
            "status": "active", "title": "Generated 300-item form", "extension": variables,
            "item": groups}


def _shared(name: str) -> bytes:
    path = DATA / name
    if not path.is_file():
        raise SystemExit(f"The shared FHIR data is not at {DATA} (set COLLABDESK_FHIR_DATA).")
    return path.read_bytes()


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)

    def rank(p: float) -> float:
        return ordered[max(0, min(len(ordered) - 1, round(p * len(ordered) + 0.5) - 1))]

    return {"p50": rank(0.5), "p95": rank(0.95), "max": ordered[-1],
            "mean": statistics.fmean(ordered)}


def _time(run: Callable[[int], Any], n: int, warmup: int) -> list[float]:
    for i in range(warmup):
        run(i)
    samples = []
    for i in range(n):
        start = time.perf_counter()
        run(warmup + i)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def bench_import(n: int) -> dict[str, Any]:
    from collabdesk.vault import KdfParams
    from collabdesk.workspace import Workspace

    prapare = json.loads(_shared("Questionnaire-gravity-prapare.json"))
    with tempfile.TemporaryDirectory(prefix="collabdesk-forms-bench-") as scratch:
        ws = Workspace(Path(scratch) / "agency")
        session, _ = ws.create("Bench agency", "admin", "bench pass phrase 1",
                               kdf=KdfParams.FLOOR)
        folder = Path(scratch) / "files"
        folder.mkdir()
        paths = []
        for i in range(n + 1):
            prapare["version"] = f"bench-{i}"
            path = folder / f"prapare-{i}.json"
            path.write_text(json.dumps(prapare), encoding="utf-8")
            paths.append(path)
        try:
            start = time.perf_counter()
            session.forms.import_form(paths[0], use="screening")
            cold = (time.perf_counter() - start) * 1000
            samples = _time(lambda i: session.forms.import_form(paths[i + 1], use="screening"),
                            n, 0)
        finally:
            session.close()
    return {"cold_ms": cold, **_percentiles(samples)}


def _keystrokes(form: Any, seed: int = 7, *, forget: bool = False) -> Callable[[int], Any]:
    """Each call changes one answer (as a keystroke or click does) and evaluates the form;
    ``forget`` drops the results remembered from earlier states first (the worst case)."""
    from collabdesk.forms.evaluate import evaluate, plan_for

    rng = random.Random(seed)
    questions = []
    for item in form.walk():
        if item.options and item.calculated is None:
            prefix: tuple[Any, ...] = ()
            for parent in form.parents[item.link_id]:
                prefix += (parent, 0)
            questions.append(((*prefix, item.link_id), item))
    answers: dict[Any, list[dict[str, Any]]] = {}

    def step(_: int) -> Any:
        key, item = rng.choice(questions)
        answers[key] = [dict(rng.choice(item.options).value)]
        if forget:
            plan_for(form).memo.clear()
        return evaluate(form, answers)

    return step


def bench_evaluate(name: str, n: int, *, forget: bool = False) -> dict[str, Any]:
    from collabdesk.forms.parse import parse_questionnaire

    raw = json.dumps(generated_form()) if name == "generated" else _shared(name)
    form = parse_questionnaire(raw)
    step = _keystrokes(form, forget=forget)
    state = step(0)
    if state.problems:
        raise SystemExit(f"{name}: {state.problems}")
    return {"items": len(form.walk()),
            "variables": len(form.variables) + sum(len(i.variables) for i in form.walk()),
            **_percentiles(_time(step, n, 20))}


FIGURES: dict[str, tuple[str, float, Callable[[int], dict[str, Any]]]] = {
    "import_prapare": ("import PRAPARE (parse, check, store)", 200,
                       bench_import),
    "evaluate_phq9": ("keystroke → state, PHQ-9 (SDC)", 16, lambda n: bench_evaluate(
        "Questionnaire-sdc-phq9-contained-valueset-score.json", n)),
    "evaluate_phq9_lhc": ("keystroke → state, PHQ-9 (LHC, 11 variables)", 16,
                          lambda n: bench_evaluate(
                              "Questionnaire-lhc-phq9-answeroption-variables-score.json", n)),
    "evaluate_300": ("keystroke → state, 300 items / 40 variables", 50,
                     lambda n: bench_evaluate("generated", n)),
    # The same with nothing remembered from earlier keystrokes: every expression runs.
    "evaluate_phq9_lhc_cold": ("… PHQ-9 (LHC), every expression run", 16,
                               lambda n: bench_evaluate(
                                   "Questionnaire-lhc-phq9-answeroption-variables-score.json",
                                   n, forget=True)),
    "evaluate_300_cold": ("… 300 items / 40 variables, every expression run", 50,
                          lambda n: bench_evaluate("generated", n, forget=True)),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("-n", type=int, default=300, help="timed runs per figure")
    parser.add_argument("--only", help="comma-separated figure names")
    parser.add_argument("--markdown", type=Path, help="write a table for docs/performance.md")
    args = parser.parse_args(argv)
    chosen = args.only.split(",") if args.only else list(FIGURES)
    rows = []
    for key in chosen:
        label, target, run = FIGURES[key]
        result = run(args.n)
        rows.append((label, target, result))
        extra = f", cold {result['cold_ms']:.1f} ms" if "cold_ms" in result else ""
        print(f"{key}: p50 {result['p50']:.2f} ms, p95 {result['p95']:.2f} ms, "
              f"max {result['max']:.2f} ms (target ≤ {target:g} ms){extra}")
    if args.markdown:
        lines = ["| measurement | target | p50 | p95 | max |", "|---|---|---|---|---|"]
        for label, target, result in rows:
            mark = "✓" if result["p95"] <= target else "✗"
            lines.append(f"| {label} | ≤ {target:g} ms | {result['p50']:.1f} ms | "
                         f"{result['p95']:.1f} ms {mark} | {result['max']:.1f} ms |")
        args.markdown.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
