"""Sync now, through a connection that is cut mid-answer, says so plainly.

A real hub process behind the fault proxy, a real enrolled store, the real main window
(offscreen): while every push answer is cut, Sync now answers with the catalogue's sentence
for a cut connection (no exception name) and the status bar shows it beside "Offline"; once
the network heals, Sync now brings the laptop up to date and the hub holds the change once.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from collabdesk.domain import ClientInput
from collabdesk.sync.engine import SyncEngine
from collabdesk.sync.hub import db as hub_db
from collabdesk.ui.dialogs.common import Dialogs
from collabdesk.ui.main_window import MainWindow
from collabdesk.ui.tasks import TaskRunner
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace
from tests.e2e.conftest import create_agency, enrolment_code
from tests.e2e.faultproxy import FaultProxy, Request
from tests.sync.hub.conftest import start_hub, stop_hub
from tests.ui.conftest import SIGNED_IN_PASS, SignedIn
from tests.waits import WAIT_MS

CUT = "The connection to the hub was cut; nothing was lost; CollabDesk will try again."


def test_sync_now_through_a_cut_connection_shows_the_plain_message(
        qtbot: Any, task_runner: TaskRunner, tmp_path: Path, monkeypatch: Any) -> None:
    hub = start_hub(tmp_path, f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    cutting = [False]

    def plan(request: Request, rng: random.Random) -> str:
        push = request.method == "POST" and request.path.endswith("/envelopes")
        return "cut_response" if cutting[0] and push else "pass"

    host, port = hub.base_url.rsplit("//", 1)[1].split(":")
    proxy = FaultProxy((host, int(port)), plan=plan).start()
    window: MainWindow | None = None
    try:
        agency = create_agency(hub, "Cut Clinic")
        workspace = Workspace(tmp_path / "laptop")
        session, _ = workspace.create("Cut Clinic", "admin", SIGNED_IN_PASS,
                                      kdf=KdfParams.FLOOR)
        engine = SyncEngine(session)
        engine.enroll(proxy.url, enrolment_code(hub, agency), "Front desk", agency_id=agency)
        engine.sync_once()
        client = session.clients.intake(ClientInput("Cut", "Connection",
                                                    dob=dt.date(1970, 1, 1)),
                                        confirmed_new=True)
        engine.close()
        session.close()
        cutting[0] = True

        said: list[str] = []
        monkeypatch.setattr(Dialogs, "info", classmethod(
            lambda cls, parent, title, text: said.append(text)))
        window = MainWindow(workspace, task_runner, idle_lock_ms=0,
                            follow_language_setting=False)
        qtbot.addWidget(window)
        window.show()
        SignedIn(window, task_runner, workspace, client.id, "").sign_in(qtbot)
        window.sync_now()
        qtbot.waitUntil(lambda: bool(said), timeout=WAIT_MS)
        assert said == [CUT]
        qtbot.waitUntil(lambda: window is not None and window.status.sync_state() == "offline",
                        timeout=WAIT_MS)
        assert CUT in window.status.sync_chip.text()
        assert "Error" not in window.status.sync_chip.text()
        # The Network page, where an administrator looks for the last problem, says it too.
        page = window.show_section("network")
        qtbot.waitUntil(lambda: CUT in page.last_sync_label.text(),  # type: ignore[union-attr]
                        timeout=WAIT_MS)

        cutting[0] = False
        window.sync_now()
        qtbot.waitUntil(lambda: window is not None and window.status.sync_state() == "online",
                        timeout=WAIT_MS)
        assert said == [CUT]  # a round that worked says nothing more
        with hub.engine.connect() as conn:
            env = hub_db.envelopes
            stored = conn.execute(select(func.count(), func.count(env.c.envelope_id.distinct()))
                                  .where(env.c.mailbox_id == agency)).one()
        assert stored[0] == stored[1] >= 1
    finally:
        if window is not None:
            if window.context is not None:
                window.context.session.store.forbid_thread(None)
            assert window.shutdown(WAIT_MS), "background tasks did not stop"
        proxy.close()
        stop_hub(hub)
