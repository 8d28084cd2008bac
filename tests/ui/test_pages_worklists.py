"""Tasks page and partner directory page (search, add, HSDS import with a report)."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from collabdesk.errors import ImportFailed
from collabdesk.ui.dialogs.files import FileDialogs
from collabdesk.ui.dialogs.import_report import ImportReportDialog
from collabdesk.ui.dialogs.task import TaskDialog
from collabdesk.ui.pages.directory import DirectoryPage
from collabdesk.ui.pages.tasks import TasksPage
from tests.ui.pages_support import Env, make_case
from tests.waits import WAIT_MS

HSDS_CSV = Path("/work/shared/data/hsds-3.0/examples/csv")


def test_tasks_views_and_completing_with_the_checkbox(qtbot: Any, env: Env) -> None:
    _client, case_id = make_case(env.session)
    today = env.session.today()
    late = env.session.tasks.create("Call landlord", case_id=case_id,
                                    due_date=today - dt.timedelta(days=1))
    env.session.tasks.create("Send forms", case_id=case_id, due_date=today)
    env.session.tasks.create("Book interpreter", due_date=today + dt.timedelta(days=5))
    page = TasksPage(env.context)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.task_list.topLevelItemCount() == 3, timeout=WAIT_MS)
    item = page.task_list.item_for(late.id)
    assert item is not None and "overdue" in item.text(1)
    assert item.text(3) == "José García López"
    page.show_view("today")
    qtbot.waitUntil(lambda: [t.title for t in page.task_list.tasks()] == ["Send forms"],
                    timeout=WAIT_MS)
    page.show_view("overdue")
    qtbot.waitUntil(lambda: [t.id for t in page.task_list.tasks()] == [late.id],
                    timeout=WAIT_MS)
    item = page.task_list.item_for(late.id)
    assert item is not None
    with qtbot.waitSignal(env.context.sig_changed, timeout=WAIT_MS) as changed:
        item.setCheckState(0, Qt.CheckState.Checked)
    assert changed.args[0].ids_of("task") == {late.id}
    assert env.session.tasks.get(late.id).done
    qtbot.waitUntil(lambda: page.task_list.topLevelItemCount() == 0, timeout=WAIT_MS)


def test_task_dialog_creates_a_task_on_a_case(qtbot: Any, env: Env) -> None:
    _client, case_id = make_case(env.session)
    dialog = TaskDialog(env.context, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save_button.click()
    assert "title" in dialog.validator.errors()
    qtbot.keyClicks(dialog.title_edit, "Visit the flat")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.result_value.case_id == case_id
    assert env.session.tasks.for_case(case_id)[0].title == "Visit the flat"


def test_directory_search_by_need_language_and_area(qtbot: Any, env: Env) -> None:
    d = env.session.directory
    legal = d.add_partner("Legal Aid North")
    d.add_service(legal.id, "Tenant advice", domains=("legal", "housing"),
                  languages=("English", "Spanish"), areas=("Northside",))
    d.add_service(legal.id, "Debt clinic", domains=("income",), languages=("English",),
                  areas=("Southside",))
    page = DirectoryPage(env.context)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=WAIT_MS)
    page.language.setText("spanish")
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    page.language.clear()
    page.area.setText("southside")
    page.refresh()
    qtbot.waitUntil(lambda: [s.name for s in page.model.rows()] == ["Debt clinic"],
                    timeout=WAIT_MS)
    page.area.clear()
    page.domain.setCurrentIndex(page.domain.findData("housing"))
    qtbot.waitUntil(lambda: [s.name for s in page.model.rows()] == ["Tenant advice"],
                    timeout=WAIT_MS)
    page.view.selectRow(0)
    assert "Spanish" in page.details.text()


def test_hsds_import_reports_the_bad_row_then_imports_a_good_package(
        qtbot: Any, env: Env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad"
    shutil.copytree(HSDS_CSV, bad)
    with (bad / "services.csv").open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    rows[1][rows[0].index("organization_id")] = "no-such-organization"
    with (bad / "services.csv").open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

    reports: list[dict[str, Any]] = []
    monkeypatch.setattr(ImportReportDialog, "show_report", classmethod(
        lambda cls, parent, **kw: reports.append(kw)))
    chosen = iter([bad, HSDS_CSV])
    monkeypatch.setattr(FileDialogs, "open_hsds", classmethod(lambda cls, p: next(chosen)))
    page = DirectoryPage(env.context)
    qtbot.addWidget(page)
    page.import_hsds()
    qtbot.waitUntil(lambda: len(reports) == 1, timeout=WAIT_MS)
    error = reports[0]["error"]
    assert isinstance(error, ImportFailed) and error.file and error.row is not None
    report = ImportReportDialog(error=error)
    qtbot.addWidget(report)
    assert report.fields["file"] == error.file and report.fields["row"] == str(error.row)
    assert env.session.directory.partners() == []  # nothing imported

    with qtbot.waitSignal(env.context.sig_changed, timeout=WAIT_MS) as changed:
        page.import_hsds()
    assert changed.args[0].touches("partner", "partner_service")
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=WAIT_MS)  # the report follows
    summary = reports[1]["summary"]
    assert (summary.partners_added, summary.services_added) == (1, 1)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    assert page.import_button.isEnabled()
    done = ImportReportDialog(summary=summary)
    qtbot.addWidget(done)
    assert done.fields["services_added"] == "1"


def test_every_control_on_every_page_has_an_accessible_name(qtbot: Any, env: Env) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QWidget,
    )

    from collabdesk.ui.pages.case import CasePage
    from collabdesk.ui.pages.caseload import CaseloadPage
    from collabdesk.ui.pages.clients import ClientsPage
    from collabdesk.ui.pages.conflicts import ConflictsPage
    from collabdesk.ui.pages.referrals import ReferralsPage

    def _inside_qt_part(w: QWidget) -> bool:
        parent = w.parentWidget()
        while parent is not None and parent is not page:
            if isinstance(parent, QLineEdit | QAbstractItemView | QComboBox | QAbstractSpinBox):
                return True
            parent = parent.parentWidget()
        return False

    controls = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit,
                QAbstractSpinBox)
    for page_class in (ClientsPage, CaseloadPage, CasePage, ReferralsPage, TasksPage,
                       DirectoryPage, ConflictsPage):
        page = page_class(env.context)
        qtbot.addWidget(page)
        assert page.title()
        unnamed = [
            f"{type(w).__name__}({getattr(w, 'text', lambda: '')()})"
            for w in page.findChildren(QWidget) if isinstance(w, controls)
            # Qt's own parts (a line edit's clear button, a table's corner button) excepted.
            if not w.accessibleName() and not _inside_qt_part(w)
        ]
        assert unnamed == [], f"{page_class.__name__}: {unnamed}"
