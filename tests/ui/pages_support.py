"""Helpers for the page tests: a real encrypted workspace and an AppContext over it.

The ``env`` fixture that builds it lives in ``tests/ui/conftest.py``.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

from collabdesk.domain import ClientInput
from collabdesk.services.session import Session
from collabdesk.ui.context import AppContext
from collabdesk.ui.tasks import TaskRunner
from collabdesk.workspace import Workspace
from tests.waits import WAIT_MS

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from collabdesk.ui.pages.case import CasePage

ADMIN_PASS = "pass phrase one"
WORKER_PASS = "worker pass phrase"


@dataclass
class Env:
    workspace: Workspace
    session: Session
    context: AppContext
    runner: TaskRunner


def sign_in_worker(env: Env, username: str = "maria") -> Env:
    """Add a worker (if needed) and return an Env signed in as them, sharing the runner."""
    if not any(u.username == username for u in env.session.users.list_users()):
        env.session.users.add(username, WORKER_PASS, display_name=username.title(),
                              roles=["worker"])
    session = env.workspace.sign_in(username, WORKER_PASS)
    return Env(env.workspace, session, AppContext(env.workspace, session, env.runner),
               env.runner)


def make_case(session: Session, given: str = "José", family: str = "García López",
              title: str = "Housing after eviction") -> tuple[str, str]:
    client = session.clients.intake(
        ClientInput(given, family, dob=dt.date(1990, 3, 4), phone="+1 (555) 123-4567"),
        confirmed_new=True)
    case = session.cases.open_case(client.id, title,
                                   needs=(("housing", "high", "Eviction notice"),))
    return client.id, case.id


def open_case_page(qtbot: Any, env: Env, case_id: str, tab: QWidget | str | None = None
                   ) -> CasePage:
    """A case page showing ``case_id`` once its load is in, on ``tab`` (a tab's widget, or
    the name of the page's attribute holding it) if given."""
    from collabdesk.ui.pages.case import CasePage

    page = CasePage(env.context)
    qtbot.addWidget(page)
    page.open_case(case_id)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT_MS)
    if tab is not None:
        page.tabs.setCurrentWidget(getattr(page, tab) if isinstance(tab, str) else tab)
    return page


def hold_case_loads(monkeypatch: pytest.MonkeyPatch, env: Env) -> threading.Event:
    """Make every case load wait until the event returned is set (at most WAIT_MS)."""
    release = threading.Event()
    detail = env.session.cases.detail

    def slow_detail(case_id: str) -> Any:
        release.wait(WAIT_MS / 1000)
        return detail(case_id)

    monkeypatch.setattr(env.session.cases, "detail", slow_detail)
    return release


def two_cases_the_next_held(qtbot: Any, monkeypatch: pytest.MonkeyPatch, env: Env, tab: str
                            ) -> tuple[CasePage, str, str, threading.Event]:
    """A page on a first case's ``tab``, the first and a second case to open, and the event
    that lets case loads finish (held until set): for what the page does while another case
    loads."""
    _client, first = make_case(env.session)
    _other, second = make_case(env.session, "Lena", "Okafor", "Rent arrears")
    page = open_case_page(qtbot, env, first, tab)
    return page, first, second, hold_case_loads(monkeypatch, env)


def settle(env: Env) -> None:
    """Run every queued task and deliver its callbacks."""
    assert env.runner.wait_idle(WAIT_MS), "background tasks did not finish"
