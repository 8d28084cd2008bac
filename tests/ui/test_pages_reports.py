"""Reports page: preview with suppressed cells, export to a file, submit to the hub's queue."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from collabdesk.reports.suppression import PRIMARY
from collabdesk.ui.pages.reports import ReportFileDialogs, ReportsPage
from tests.ui.pages_support import Env, make_case
from tests.waits import WAIT_MS


def _page(qtbot: Any, env: Env) -> ReportsPage:
    for given in ("Ana", "Ben", "Cleo"):
        make_case(env.session, given=given)
    page = ReportsPage(env.context)
    qtbot.addWidget(page)
    today = env.session.today()
    page.month_edit.setDate(QDate(today.year, today.month, 1))
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.published is not None, timeout=WAIT_MS)
    return page


def test_preview_shows_small_counts_as_withheld_with_their_flag(qtbot: Any, env: Env) -> None:
    page = _page(qtbot, env)
    assert not page.legend.isHidden()
    assert "<5" in page.legend.text() and "Orange" in page.legend.text()
    served = page.tables["clients_served"].model()
    cells = [served.index(r, c) for r in range(served.rowCount())
             for c in range(served.columnCount())]
    withheld = [i for i in cells if i.data() == "<5"]
    assert withheld, "three clients must not be shown as a count"
    assert PRIMARY in {i.data(Qt.ItemDataRole.UserRole) for i in withheld}
    primary = next(i for i in withheld if i.data(Qt.ItemDataRole.UserRole) == PRIMARY)
    assert primary.data(Qt.ItemDataRole.ToolTipRole) == "Withheld: a count from 1 to 4."
    assert primary.data(Qt.ItemDataRole.BackgroundRole) is not None
    # Key figures: clients served is withheld too, and the supervisor sees why.
    model = page.figures.model()
    figures = {model.index(r, 0).data(): model.index(r, 1).data()
               for r in range(model.rowCount())}
    assert figures["Clients served"] == "<5"
    served_row = next(r for r in range(model.rowCount())
                      if model.index(r, 0).data() == "Clients served")
    assert model.index(served_row, 1).data(Qt.ItemDataRole.ToolTipRole).startswith("Withheld")
    assert page.submit_button.isEnabled()


@pytest.mark.parametrize("fmt, name, magic", [("pdf", "summary.pdf", b"%PDF"),
                                              ("csv", "summary.csv", b"table,row")])
def test_export_writes_the_previewed_summary(qtbot: Any, env: Env, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch, fmt: str,
                                             name: str, magic: bytes) -> None:
    page = _page(qtbot, env)
    target = tmp_path / name
    asked: list[str] = []

    def choose(cls: type, parent: object, suggested: str, kind: str) -> Path:
        asked.append(f"{suggested}:{kind}")
        return target

    monkeypatch.setattr(ReportFileDialogs, "save_report", classmethod(choose))
    page.export_buttons[fmt].click()
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=WAIT_MS)
    assert asked and asked[0].endswith(f":{fmt}")
    assert target.read_bytes().startswith(magic)
    assert "Saved" in page.status.text()


def test_submit_queues_the_summary_for_the_hub(qtbot: Any, env: Env) -> None:
    page = _page(qtbot, env)
    page.submit_button.click()
    qtbot.waitUntil(lambda: page.last_submission is not None, timeout=WAIT_MS)
    assert "queued — will be sent" in page.status.text()
    rows = env.session.store.query(
        "SELECT kind, entity_id, state, payload FROM sync_outbox WHERE kind = 'summary'")
    assert len(rows) == 1
    _kind, month, state, payload = rows[0]
    assert (month, state) == (page.month(), "waiting")
    sent = json.loads(payload)
    # What is queued is the pseudonymous copy: no staff names, withheld figures as null.
    assert sent["summary"]["workers_pseudonymous"] is True
    assert "admin" not in json.dumps(sent["summary"]["tables"]).lower()
    served = next(v for v in sent["summary"]["values"] if v["id"] == "clients_served_total")
    assert served == {**served, "value": None, "status": "withheld"}


def test_a_date_range_can_be_previewed_but_not_submitted(qtbot: Any, env: Env) -> None:
    page = _page(qtbot, env)
    page.range_radio.setChecked(True)
    today = env.session.today()
    page.start_edit.setDate(QDate(today.year, today.month, 1))
    page.end_edit.setDate(QDate(today.year, today.month, today.day))
    assert not page.submit_button.isEnabled()
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.published is not None, timeout=WAIT_MS)
    assert page.export_buttons["xlsx"].isEnabled()
    assert page.submit_button.isEnabled() == (page.published.period.month is not None)


def test_the_preview_shows_words_not_category_codes(qtbot: Any, env: Env) -> None:
    page = _page(qtbot, env)  # each case has a housing need
    texts = set()
    for view in page.tables.values():
        table = view.model()
        texts |= {table.headerData(c, Qt.Orientation.Horizontal)
                  for c in range(table.columnCount())}
        texts |= {table.index(r, 0).data() for r in range(table.rowCount())}
    assert "Housing" in texts
    assert not {t for t in texts if "_" in t}, texts  # mental_health, not_eligible, …
