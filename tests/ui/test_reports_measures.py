"""The network's measures in the Reports preview: shown as they will leave, submitted with the
summary; a month that left under framework version 1 stays so unless the supervisor ticks
"resubmit under version 2"."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QDate, Qt

from collabdesk.measures.signed import new_key_file, open_key_file, sign
from collabdesk.measures.starting import starting_framework
from collabdesk.ui.pages.reports import ReportsPage
from tests.ui.pages_support import Env, make_case
from tests.waits import WAIT_MS


def _preview(qtbot: Any, page: ReportsPage) -> None:
    with qtbot.waitSignal(page.network_measures.sig_loaded, timeout=WAIT_MS):
        page.preview_button.click()


def _submit(qtbot: Any, env: Env, page: ReportsPage) -> dict[str, Any]:
    page.last_submission = None
    page.submit_button.click()
    qtbot.waitUntil(lambda: page.last_submission is not None, timeout=WAIT_MS)
    rows = env.session.store.query("SELECT payload FROM sync_outbox WHERE kind = 'summary' "
                                   "ORDER BY created_at DESC, rowid DESC LIMIT 1")
    measures: dict[str, Any] = json.loads(rows[0][0])["summary"]["measures"]
    return measures


def _shown(page: ReportsPage) -> dict[str, str]:
    m = page.network_measures.table.model()
    return {m.index(r, 0).data(): m.index(r, 1).data() for r in range(m.rowCount())}


def test_the_preview_shows_the_network_measures_as_they_leave(qtbot: Any, env: Env) -> None:
    key = open_key_file(new_key_file("reports key passphrase")[0], "reports key passphrase")
    env.session.measures.receive(sign(json.dumps(starting_framework()).encode(), key))
    make_case(env.session, given="Ana")
    page = ReportsPage(env.context)
    qtbot.addWidget(page)
    today = env.session.today()
    page.month_edit.setDate(QDate(today.year, today.month, 1))
    _preview(qtbot, page)
    assert page.network_measures.isVisibleTo(page)
    assert "framework version 1" in page.network_measures.heading.text()
    shown = _shown(page)
    assert shown["Clients screened for food insecurity"] == "0"
    assert shown["Share screening positive"] == "no figure"  # nothing to divide by
    why = page.network_measures.table.model().index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert why == "No figure: nothing to divide by this month."
    sent = _submit(qtbot, env, page)
    assert sent["framework_version"] == 1 and len(sent["figures"]) == 5
    page.network_measures.preview = None  # submitted before the measures' preview arrived
    assert _submit(qtbot, env, page) == sent  # they are computed then, the same

    v2 = starting_framework(2)
    del v2["measures"][4]
    env.session.measures.receive(sign(json.dumps(v2).encode(), key))
    _preview(qtbot, page)
    box = page.network_measures.resubmit
    assert box.isVisibleTo(page) and not box.isChecked()
    assert "framework version 1" in page.network_measures.heading.text()
    assert _submit(qtbot, env, page) == sent  # the month stays as it left
    box.setChecked(True)
    assert "framework version 2" in page.network_measures.heading.text()
    assert len(_shown(page)) == 4
    upgraded = _submit(qtbot, env, page)
    assert upgraded["framework_version"] == 2 and len(upgraded["figures"]) == 4
