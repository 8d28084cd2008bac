"""Skip or fail when a real part a test needs is missing: the one place that decides.

The tests run against the real things the project promises: a PostgreSQL server for the hub
(:mod:`tests.support.postgres`), a headless Chromium for the dashboard
(:mod:`tests.e2e.browser`), an X display with the AT-SPI accessibility bus for the screen
reader's view of the app (:mod:`tests.support.atspi`) and PyInstaller for the bundle. On a
developer's machine without one of them, the tests that need it skip and say why; that is
outside the project's control. Under CI (``CI=true``, which GitHub Actions and most CI
services set) the machine is the project's own, so the same absence fails the run: a broken
CI image must not turn those tests into quiet passes. Tests call :func:`unavailable`
instead of ``pytest.skip``.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Mapping
from types import ModuleType
from typing import NoReturn

import pytest

_TRUE = frozenset({"1", "true", "yes", "on"})


def on_ci(environ: Mapping[str, str] | None = None) -> bool:
    """Whether this run is a CI run (``CI`` set to true, 1, yes or on)."""
    value = (os.environ if environ is None else environ).get("CI", "")
    return value.strip().lower() in _TRUE


def unavailable(reason: str, environ: Mapping[str, str] | None = None) -> NoReturn:
    """Skip the current test because of ``reason``; under CI, fail it instead."""
    if on_ci(environ):
        pytest.fail(f"{reason} This is required under CI (CI=true), so the test fails "
                    "instead of skipping.", pytrace=False)
    # Reported at the test that skipped (as importorskip does), not at this line.
    raise pytest.skip.Exception(reason, _use_item_location=True)


def import_or_unavailable(name: str, reason: str,
                          environ: Mapping[str, str] | None = None) -> ModuleType:
    """The module ``name``, or :func:`unavailable` with ``reason`` if it cannot be imported."""
    try:
        return importlib.import_module(name)
    except ImportError:
        unavailable(reason, environ)
