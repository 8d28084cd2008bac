"""The skip policy: a test skips only for a reason outside the project's control, and never
under CI for a real part the project promises.

:func:`tests.support.required.unavailable` is the one place that decides between skipping and
failing; these tests pin its decision, show that the PostgreSQL and Chromium helpers report a
missing part as a reason for it, and keep every other skip out of the test suite.
"""

from __future__ import annotations

import ast
import os
import shutil
from pathlib import Path

import pytest

from tests.e2e import browser
from tests.support import postgres
from tests.support.required import import_or_unavailable, on_ci, unavailable

TESTS = Path(__file__).resolve().parent
DECIDER = TESTS / "support" / "required.py"
# pytest's ways of not running a test; only the decider may use them.
SKIP_CALLS = {"skip", "importorskip", "xfail"}
SKIP_MARKS = {"skip", "skipif", "xfail"}


@pytest.mark.parametrize("value", ["true", "True", "1", "yes", " on "])
def test_ci_is_recognised_from_the_environment(value: str) -> None:
    assert on_ci({"CI": value})


@pytest.mark.parametrize("environ", [{}, {"CI": ""}, {"CI": "false"}, {"CI": "0"}])
def test_anything_else_is_not_ci(environ: dict[str, str]) -> None:
    assert not on_ci(environ)


def test_a_missing_part_skips_with_its_reason_outside_ci() -> None:
    with pytest.raises(pytest.skip.Exception, match="PostgreSQL is not installed"):
        unavailable("PostgreSQL is not installed.", {})


def test_a_missing_part_fails_the_run_under_ci() -> None:
    with pytest.raises(pytest.fail.Exception, match="PostgreSQL is not installed") as info:
        unavailable("PostgreSQL is not installed.", {"CI": "true"})
    assert "required under CI" in str(info.value)


def test_the_policy_reads_the_real_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        unavailable("Chromium is not installed.")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        unavailable("Chromium is not installed.")


def test_an_importable_module_is_returned() -> None:
    assert import_or_unavailable("json", "json is missing", {"CI": "true"}).__name__ == "json"


def test_a_missing_module_skips_outside_ci_and_fails_under_it() -> None:
    name = "collabdesk_no_such_module"
    with pytest.raises(pytest.skip.Exception, match="the extra is not installed"):
        import_or_unavailable(name, "the extra is not installed", {})
    with pytest.raises(pytest.fail.Exception, match="the extra is not installed"):
        import_or_unavailable(name, "the extra is not installed", {"CI": "true"})


def test_postgres_without_binaries_or_a_way_to_install_them_is_unavailable(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(postgres, "_find_bindir", lambda: None)
    monkeypatch.setattr(os, "geteuid", lambda: 1000, raising=False)  # not root: no apt-get
    with pytest.raises(postgres.PostgresUnavailable, match="PostgreSQL is not installed"):
        postgres.ensure_binaries()


def test_chromium_without_binaries_or_a_way_to_install_them_is_a_reason(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(browser, "_find", lambda: (None, None))
    monkeypatch.setattr(shutil, "which", lambda name: None)  # no apt-get either
    # Past the session cache: this asks afresh without disturbing the real answer.
    found = browser.chromium.__wrapped__()
    assert isinstance(found, str) and "Chromium" in found


def _skips_in(path: Path) -> list[str]:
    """Where ``path`` skips or expects failure through pytest directly."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.ImportFrom) and node.module == "pytest":
            found += [f"imports pytest.{a.name}" for a in node.names
                      if a.name in SKIP_CALLS | SKIP_MARKS]
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in SKIP_CALLS and isinstance(node.func.value, ast.Name)
              and node.func.value.id == "pytest"):
            found.append(f"line {node.lineno}: pytest.{node.func.attr}(…)")
        elif (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
              and "skip.Exception" in ast.unparse(node.exc.func)):
            found.append(f"line {node.lineno}: raise skip.Exception(…)")
        elif (isinstance(node, ast.Attribute) and node.attr in SKIP_MARKS
              and isinstance(node.value, ast.Attribute) and node.value.attr == "mark"):
            found.append(f"line {node.lineno}: mark.{node.attr}")
    return found


def test_no_test_skips_except_through_the_policy() -> None:
    offenders = {str(path.relative_to(TESTS)): skips
                 for path in sorted(TESTS.rglob("*.py"))
                 if path != DECIDER and (skips := _skips_in(path))}
    assert offenders == {}, ("skip through tests.support.required.unavailable, which fails "
                             f"under CI: {offenders}")


def test_the_guard_sees_each_way_of_skipping(tmp_path: Path) -> None:
    sample = tmp_path / "test_sample.py"
    sample.write_text(
        "import pytest\n"
        "from pytest import importorskip\n"
        "pytestmark = pytest.mark.skipif(True, reason='x')\n"
        "@pytest.mark.xfail\n"
        "def test_a():\n"
        "    pytest.skip('x')\n"
        "    raise pytest.skip.Exception('x')\n", encoding="utf-8")
    assert len(_skips_in(sample)) == 5
    # The one exempt place does skip, once.
    assert [s.split(": ")[1] for s in _skips_in(DECIDER)] == ["raise skip.Exception(…)"]
