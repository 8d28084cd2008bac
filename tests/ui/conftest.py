"""Shared fixtures for the desktop app's tests: real Qt widgets on the offscreen platform."""

from __future__ import annotations

import os

# Must happen before anything imports Qt: no display on CI machines.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from collabdesk.ui.tasks import TaskRunner


@pytest.fixture
def task_runner(qapp: QApplication) -> Iterator[TaskRunner]:
    """A fresh runner; on teardown every task is cancelled and the threads drained."""
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(timeout_ms=10_000), "background tasks did not stop"
    runner.deleteLater()


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """Leave the application in English, left-to-right, whatever a test installs."""
    from collabdesk.ui import i18n

    yield
    i18n.install_language(qapp, "en")
