"""The admin's "Network measures" tab: empty before a framework arrives; then what the network
asks for, the pinned key's fingerprint and what changed; a refused framework is named."""

from __future__ import annotations

import json
from typing import Any

from collabdesk import syncmeta
from collabdesk.measures.signed import fingerprint, new_key_file, open_key_file, sign
from collabdesk.measures.starting import starting_framework
from collabdesk.ui.main_window import MainWindow
from collabdesk.ui.pages.measures_panel import MeasuresPanel
from tests.ui.window_support import admin_page
from tests.waits import WAIT_MS


def _panel(qtbot: Any, window: MainWindow) -> MeasuresPanel:
    page = admin_page(qtbot, window)
    panel = next(page.tabs.widget(i) for i in range(page.tabs.count())
                 if isinstance(page.tabs.widget(i), MeasuresPanel))
    assert isinstance(panel, MeasuresPanel)
    with qtbot.waitSignal(panel.sig_loaded, timeout=WAIT_MS):
        page.tabs.setCurrentWidget(panel)
    return panel


def test_the_admin_sees_what_the_network_asks_for_and_what_changed(
        qtbot: Any, window: MainWindow) -> None:
    panel = _panel(qtbot, window)
    assert "No measurement framework" in panel.summary.text()
    assert panel.measures.rowCount() == 0
    key = open_key_file(new_key_file("panel key passphrase")[0], "panel key passphrase")
    session = window.context.session  # type: ignore[union-attr]
    session.measures.receive(sign(json.dumps(starting_framework()).encode(), key))
    v2 = starting_framework(2)
    v2["measures"].append({"id": "food_needs", "kind": "count",
                           "title": "Food needs identified",
                           "population": {"records": "needs", "domains": ["food"]}})
    session.measures.receive(sign(json.dumps(v2).encode(), key))
    session.store.set_meta(syncmeta.MEASURES_REFUSED, "signed by another key")
    with qtbot.waitSignal(panel.sig_loaded, timeout=WAIT_MS):
        panel.refresh()
    assert "version 2" in panel.summary.text() and "6 measures" in panel.summary.text()
    assert panel.measures.rowCount() == 6
    titles = [r.title for r in panel.measures.rows()]
    assert "Share screening positive" in titles
    assert fingerprint(key.public_key().public_bytes_raw()) in panel.fingerprint.text()
    assert [(r.change, r.title) for r in panel.changes.rows()] == [
        ("added", "Food needs identified")]
    assert panel.refused.isVisibleTo(panel) and "another key" in panel.refused.text()
