"""Tasks page and partner directory page (search, add, HSDS import with a report)."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QLabel, QStyle, QStyleOptionViewItem

from collabdesk.domain import Task
from collabdesk.errors import ImportFailed
from collabdesk.services.directory import ImportSummary
from collabdesk.ui.dialogs.files import FileDialogs
from collabdesk.ui.dialogs.import_report import ImportReportDialog
from collabdesk.ui.dialogs.task import TaskDialog
from collabdesk.ui.formats import fmt_date
from collabdesk.ui.pages.directory import DirectoryPage
from collabdesk.ui.pages.tasks import TaskList, TasksPage
from collabdesk.ui.theme import semantic_colors
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
    qtbot.waitUntil(lambda: page.task_list.model().rowCount() == 3, timeout=WAIT_MS)
    assert "overdue" in page.task_list.index_for(late.id, 1).data()
    assert page.task_list.index_for(late.id, 3).data() == "José García López"
    page.show_view("today")
    qtbot.waitUntil(lambda: [t.title for t in page.task_list.tasks()] == ["Send forms"],
                    timeout=WAIT_MS)
    page.show_view("overdue")
    qtbot.waitUntil(lambda: [t.id for t in page.task_list.tasks()] == [late.id],
                    timeout=WAIT_MS)
    box = page.task_list.index_for(late.id)
    assert box.isValid()
    with qtbot.waitSignal(env.context.sig_changed, timeout=WAIT_MS) as changed:
        assert page.task_list.model().setData(box, Qt.CheckState.Checked,
                                              Qt.ItemDataRole.CheckStateRole)
    assert changed.args[0].ids_of("task") == {late.id}
    assert env.session.tasks.get(late.id).done
    qtbot.waitUntil(lambda: page.task_list.model().rowCount() == 0, timeout=WAIT_MS)


TODAY = dt.date(2026, 3, 10)


def _task(task_id: str, title: str, due: dt.date | None, *, done: bool = False,
          client: str = "") -> Task:
    return Task(task_id, None, title, due, "u1", "Ana Ruiz", done, None, client)


def _tasks() -> list[Task]:
    return [_task("late", "Call landlord", TODAY - dt.timedelta(days=1), client="José García"),
            _task("today", "Send forms", TODAY),
            _task("done", "Book interpreter", TODAY - dt.timedelta(days=3), done=True),
            _task("later", "Visit the flat", TODAY + dt.timedelta(days=5))]


def _shown_task_list(qtbot: Any, **options: Any) -> TaskList:
    task_list = TaskList(**options)
    qtbot.addWidget(task_list)
    task_list.resize(700, 300)
    task_list.set_tasks(_tasks(), TODAY)
    task_list.show()
    qtbot.waitExposed(task_list)
    return task_list


def _click_box(qtbot: Any, task_list: TaskList, task_id: str) -> None:
    """Click where the view draws the task's checkbox."""
    index = task_list.index_for(task_id)
    option = QStyleOptionViewItem()
    option.rect = task_list.visualRect(index)
    option.features = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = task_list.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator,
                                           option, task_list)
    assert box.isValid() and option.rect.contains(box.center())
    qtbot.mouseClick(task_list.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def test_task_list_columns_texts_colours_and_accessible_text(qtbot: Any, english: None) -> None:
    task_list = _shown_task_list(qtbot)
    model = task_list.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] \
        == ["Task", "Due", "Assigned to", "Client"]
    assert task_list.accessibleName() == "Tasks"
    assert task_list.accessibleDescription() == "Press Space to mark a task done."
    assert [t.id for t in task_list.tasks()] == ["late", "today", "done", "later"]  # as given
    late, due_today, done, later = (task_list.index_for(i) for i in
                                    ("late", "today", "done", "later"))
    assert [late.siblingAtColumn(c).data() for c in range(4)] == [
        "Call landlord", f"{fmt_date(TODAY - dt.timedelta(days=1))} (overdue)", "Ana Ruiz",
        "José García"]
    assert due_today.siblingAtColumn(1).data() == f"{fmt_date(TODAY)} (today)"
    assert done.siblingAtColumn(1).data() == fmt_date(TODAY - dt.timedelta(days=3))  # done
    assert later.siblingAtColumn(1).data() == fmt_date(TODAY + dt.timedelta(days=5))
    check = Qt.ItemDataRole.CheckStateRole
    assert [i.data(check) for i in (late, due_today, done, later)] == [
        Qt.CheckState.Unchecked, Qt.CheckState.Unchecked, Qt.CheckState.Checked,
        Qt.CheckState.Unchecked]
    assert model.flags(late) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(late.siblingAtColumn(1)) & Qt.ItemFlag.ItemIsUserCheckable

    fg, bg = semantic_colors().chip("overdue")
    text, fill = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole
    assert [QColor(late.siblingAtColumn(c).data(text)) for c in range(4)] == [fg] * 4
    assert QColor(late.siblingAtColumn(1).data(fill)) == bg
    assert late.data(fill) is None and late.siblingAtColumn(2).data(fill) is None
    assert all(i.siblingAtColumn(c).data(r) is None for i in (due_today, done, later)
               for c in range(4) for r in (text, fill))

    read = Qt.ItemDataRole.AccessibleTextRole
    assert late.data(read) == "Call landlord"
    assert done.data(read) == "Book interpreter, done"
    assert "overdue" in late.siblingAtColumn(1).data(read)

    on_case = TaskList(show_client=False)
    qtbot.addWidget(on_case)
    on_case.set_tasks(_tasks(), TODAY)
    assert on_case.model().columnCount() == 3
    assert on_case.index_for("late", 2).data() == "Ana Ruiz"


def test_task_list_ticks_with_a_click_or_space_until_the_tasks_come_back(
        qtbot: Any, english: None) -> None:
    task_list = _shown_task_list(qtbot)
    check = Qt.ItemDataRole.CheckStateRole
    with qtbot.waitSignal(task_list.sig_toggled, timeout=WAIT_MS) as ticked:
        _click_box(qtbot, task_list, "late")
    assert ticked.args == ["late", True]
    # The tick shows while the change is saved …
    assert task_list.index_for("late").data(check) == Qt.CheckState.Checked
    with qtbot.waitSignal(task_list.sig_toggled, timeout=WAIT_MS) as cleared:
        _click_box(qtbot, task_list, "done")
    assert cleared.args == ["done", False]
    # … and the tasks as stored put every box back (a refused change, here).
    task_list.set_tasks(_tasks(), TODAY)
    assert task_list.index_for("late").data(check) == Qt.CheckState.Unchecked
    assert task_list.index_for("done").data(check) == Qt.CheckState.Checked

    # Space ticks the current row's box whichever cell is current.
    task_list.setFocus()
    task_list.setCurrentIndex(task_list.index_for("later", 2))
    with qtbot.waitSignal(task_list.sig_toggled, timeout=WAIT_MS) as spaced:
        qtbot.keyClick(task_list, Qt.Key.Key_Space)
    assert spaced.args == ["later", True]
    assert task_list.index_for("later").data(check) == Qt.CheckState.Checked
    # Space again clears the box; the stored task is not done, so nothing is asked.
    with qtbot.assertNotEmitted(task_list.sig_toggled):
        qtbot.keyClick(task_list, Qt.Key.Key_Space)
    assert task_list.index_for("later").data(check) == Qt.CheckState.Unchecked
    task_list.setCurrentIndex(task_list.index_for("done", 1))
    with qtbot.waitSignal(task_list.sig_toggled, timeout=WAIT_MS) as undone:
        qtbot.keyClick(task_list, Qt.Key.Key_Space)
    assert undone.args == ["done", False]


def test_task_list_opens_a_task_on_enter_and_keeps_the_current_one(
        qtbot: Any, english: None) -> None:
    task_list = _shown_task_list(qtbot)
    task_list.setFocus()
    task_list.setCurrentIndex(task_list.index_for("today", 1))
    assert task_list.current_task() == _tasks()[1]
    with qtbot.waitSignal(task_list.sig_open_task, timeout=WAIT_MS) as opened:
        qtbot.keyClick(task_list, Qt.Key.Key_Return)
    assert opened.args == [_tasks()[1]]
    middle = task_list.visualRect(task_list.index_for("later", 2)).center()
    qtbot.mouseClick(task_list.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert task_list.current_task() == _tasks()[3]
    with qtbot.waitSignal(task_list.sig_open_task, timeout=WAIT_MS) as double:
        qtbot.mouseDClick(task_list.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert double.args == [_tasks()[3]]

    # New tasks in a new order: the same task stays current.
    task_list.set_tasks(list(reversed(_tasks())), TODAY)
    assert [t.id for t in task_list.tasks()] == ["later", "done", "today", "late"]
    assert task_list.current_task() == _tasks()[3]
    task_list.set_tasks(_tasks()[:2], TODAY)
    assert task_list.current_task() is None  # gone from the list

    # A click on "Due" sorts by the date, not its text; new tasks keep that order.
    task_list.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    task_list.set_tasks(_tasks(), TODAY)
    assert [t.id for t in task_list.tasks()] == ["done", "late", "today", "later"]


def test_the_case_screens_task_list_ticks_a_task_done_and_undoes_it(
        qtbot: Any, env: Env, english: None) -> None:
    from collabdesk.ui.pages.case import CasePage

    _client, case_id = make_case(env.session)
    today = env.session.today()
    task = env.session.tasks.create("Call landlord", case_id=case_id,
                                    due_date=today - dt.timedelta(days=2))
    page = CasePage(env.context)
    qtbot.addWidget(page)
    page.open_case(case_id)
    tasks = page.task_list.model()
    qtbot.waitUntil(lambda: tasks.rowCount() == 1, timeout=WAIT_MS)
    assert tasks.columnCount() == 3  # no client column on the client's own case
    assert page.task_list.index_for(task.id, 1).data().endswith("(overdue)")
    with qtbot.waitSignal(env.context.sig_changed, timeout=WAIT_MS):
        assert page.task_list.tick(task.id, True)
    assert env.session.tasks.get(task.id).done
    qtbot.waitUntil(page.task_undo.is_offering, timeout=WAIT_MS)
    assert "“Call landlord” is marked done." in page.task_undo.message.text()
    qtbot.waitUntil(lambda: page.task_list.index_for(task.id).data(
        Qt.ItemDataRole.AccessibleTextRole) == "Call landlord, done", timeout=WAIT_MS)
    page.task_undo.undo_button.click()
    qtbot.waitUntil(lambda: page.task_list.index_for(task.id).data(
        Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
        and not env.session.tasks.get(task.id).done, timeout=WAIT_MS)


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
    assert report.withdrawn.model().rowCount() == 0 and report.withdrawn.isHidden()
    assert report.warnings.model().rowCount() == 0 and report.warnings.isHidden()
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


def test_import_report_lists_withdrawn_services_and_warnings(
        qtbot: Any, english: None) -> None:
    summary = ImportSummary(1, 0, 2, 1, ("services.csv: row 4 has no name",
                                         "languages.csv: 1 row(s) skipped",
                                         "languages.csv: 1 row(s) skipped"),
                            "hsds.zip", ("Eastside Food Bank — Hot meals",))
    dialog = ImportReportDialog(summary=summary)
    qtbot.addWidget(dialog)
    assert dialog.fields["withdrawn"] == "1"
    withdrawn, warnings = dialog.withdrawn, dialog.warnings
    assert withdrawn.accessibleName() == "No longer listed by the source, now inactive"
    assert warnings.accessibleName() == "Warnings"
    assert not withdrawn.isHidden() and not warnings.isHidden()
    lines = [[view.model().index(r, 0).data() for r in range(view.model().rowCount())]
             for view in (withdrawn, warnings)]
    assert lines == [list(summary.withdrawn), list(summary.warnings)]  # repeats kept
    assert warnings.model().index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == \
        "services.csv: row 4 has no name"
    captions = [label.text() for label in dialog.findChildren(QLabel)]
    assert "No longer listed by the source, now inactive:" in captions
    assert "Warnings:" in captions
    assert warnings.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers

    quiet = ImportReportDialog(summary=ImportSummary(0, 0, 0, 0, (), "hsds.zip"))
    qtbot.addWidget(quiet)
    assert quiet.withdrawn.isHidden() and quiet.warnings.isHidden()
    assert "Warnings:" not in [label.text() for label in quiet.findChildren(QLabel)]


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
