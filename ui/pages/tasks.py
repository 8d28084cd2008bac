"""Tasks: my tasks, those due today and those overdue; tick a box to complete one.

:class:`TaskList` (a checkable list of tasks, overdue ones highlighted and labelled) is
also the tasks tab of the case screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain import Task
from collabdesk.errors import CollabDeskError
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.forms import ErrorBanner
from collabdesk.ui.dialogs.task import TaskDialog
from collabdesk.ui.formats import fmt_date
from collabdesk.ui.ops import Op
from collabdesk.ui.pages import Page
from collabdesk.ui.theme import semantic_colors
from collabdesk.ui.widgets import UndoBar

TASK_ROLE = Qt.ItemDataRole.UserRole + 1


class TaskList(QTreeWidget):
    """Tasks with a checkbox each. Ticking emits ``sig_toggled(task_id, done)``; the box
    is restored by :meth:`set_tasks` after the change is saved (or refused)."""

    sig_toggled = Signal(str, bool)
    sig_open_task = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, show_client: bool = True) -> None:
        super().__init__(parent)
        self._filling = False
        self._show_client = show_client
        headers = [self.tr("Task"), self.tr("Due"), self.tr("Assigned to")]
        if show_client:
            headers.append(self.tr("Client"))
        self.setHeaderLabels(headers)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAccessibleName(self.tr("Tasks"))
        self.setAccessibleDescription(self.tr("Press Space to mark a task done."))
        self.itemChanged.connect(self._changed)
        self.itemActivated.connect(lambda item, _c: self.sig_open_task.emit(
            item.data(0, TASK_ROLE)))

    def set_tasks(self, tasks: Sequence[Task], today: dt.date) -> None:
        current = self.current_task()
        self._filling = True
        try:
            self.clear()
            colors = semantic_colors()
            for task in tasks:
                overdue = task.overdue(today)
                due = fmt_date(task.due_date)
                if overdue:
                    due = self.tr("{date} (overdue)").format(date=due)
                elif task.due_date == today and not task.done:
                    due = self.tr("{date} (today)").format(date=due)
                texts = [task.title, due, task.assignee_name]
                if self._show_client:
                    texts.append(task.client_name)
                item = QTreeWidgetItem(self, texts)
                item.setData(0, TASK_ROLE, task)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked if task.done
                                   else Qt.CheckState.Unchecked)
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                             self.tr("{title}, done").format(title=task.title) if task.done
                             else task.title)
                if overdue:
                    fg, bg = colors.chip("overdue")
                    for col in range(len(texts)):
                        item.setForeground(col, QBrush(fg))
                    item.setBackground(1, QBrush(bg))
                if current is not None and current.id == task.id:
                    self.setCurrentItem(item)
        finally:
            self._filling = False
        for col in range(self.columnCount()):
            self.resizeColumnToContents(col)

    def tasks(self) -> list[Task]:
        return [item.data(0, TASK_ROLE) for item in self._items()]

    def _items(self) -> list[QTreeWidgetItem]:
        found = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [item for item in found if item is not None]

    def item_for(self, task_id: str) -> QTreeWidgetItem | None:
        return next((item for item in self._items()
                     if item.data(0, TASK_ROLE).id == task_id), None)

    def current_task(self) -> Task | None:
        item = self.currentItem()
        return item.data(0, TASK_ROLE) if item is not None else None

    def _changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        task: Task = item.data(0, TASK_ROLE)
        done = item.checkState(0) == Qt.CheckState.Checked
        if done != task.done:
            self.sig_toggled.emit(task.id, done)


def complete_task(page: Page, task_list: TaskList, undo_bar: UndoBar, task_id: str,
                  done: bool, *, reload: Callable[[], None],
                  failed: Callable[[CollabDeskError], None]) -> None:
    """Tick (or untick) a task, then reload; ticking done offers Undo for a few seconds.

    One click and the row is gone, so there is no confirmation: the undo is the safety."""
    item = task_list.item_for(task_id)
    title = item.data(0, TASK_ROLE).title if item is not None else ""
    tasks = page.context.session.tasks

    def finished(_task: object) -> None:
        reload()
        if done:
            undo_bar.offer(
                QCoreApplication.translate("TaskList", "“{title}” is marked done.")
                .format(title=title),
                lambda: complete_task(page, task_list, undo_bar, task_id, False,
                                      reload=reload, failed=failed))

    (Op(page, lambda _ctx: tasks.complete(task_id, done), label="complete task")
     .success(finished)
     .failure(failed)
     .run(page.context.runner))


class TasksPage(Page):
    watches = frozenset({"task", "case"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAccessibleName(self.tr("Tasks"))
        self._generation = 0
        self.banner = ErrorBanner(self)
        self.view_filter = QComboBox(self)
        self.view_filter.setAccessibleName(self.tr("Which tasks"))
        self.view_filter.addItem(self.tr("My open tasks"), "mine")
        self.view_filter.addItem(self.tr("Due today"), "today")
        self.view_filter.addItem(self.tr("Overdue"), "overdue")
        self.view_filter.addItem(self.tr("My tasks, including done"), "all_mine")
        if context.session.allowed("case.view_all"):
            self.view_filter.addItem(self.tr("Everyone's overdue tasks"), "overdue_all")
        self.view_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button = QPushButton(self.tr("&New task"), self)
        self.new_button.setAccessibleName(self.tr("New task"))
        self.new_button.clicked.connect(self.new_task)
        self.open_case_button = QPushButton(self.tr("&Open case"), self)
        self.open_case_button.setAccessibleName(self.tr("Open the task's case"))
        self.open_case_button.clicked.connect(self.open_case)
        self.task_list = TaskList(self)
        self.task_list.sig_toggled.connect(self.set_done)
        self.task_list.sig_open_task.connect(lambda _t: self.open_case())
        top = QHBoxLayout()
        shown = QLabel(self.tr("&Show:"), self)  # names the filter for a screen reader
        shown.setBuddy(self.view_filter)
        top.addWidget(shown)
        top.addWidget(self.view_filter)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.open_case_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.task_list, 1)
        self.undo_bar = UndoBar(self)
        layout.addWidget(self.undo_bar)

    def title(self) -> str:
        return self.tr("Tasks")

    def show_view(self, key: str) -> None:
        """Switch to "mine", "today", "overdue", "all_mine" or "overdue_all"."""
        index = self.view_filter.findData(key)
        if index < 0:
            raise ValueError(f"No task view {key!r} here.")
        if index == self.view_filter.currentIndex():
            self.refresh()
        self.view_filter.setCurrentIndex(index)

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        tasks, key = self.context.session.tasks, str(self.view_filter.currentData())
        session = self.context.session

        def work() -> tuple[list[Task], dt.date]:
            found = {"mine": tasks.mine, "today": tasks.due_today, "overdue": tasks.overdue,
                     "all_mine": lambda: tasks.mine(include_done=True),
                     "overdue_all": lambda: tasks.overdue(everyone=True)}[key]()
            return found, session.today()

        (Op(self, lambda _ctx: work(), label="load tasks")
         .success(lambda r: self._loaded(generation, r))
         .failure(self.banner.show_error)
         .run(self.context.runner))

    def _loaded(self, generation: int, result: tuple[list[Task], dt.date]) -> None:
        if generation == self._generation:
            self.banner.clear_message()
            self.task_list.set_tasks(*result)

    def set_done(self, task_id: str, done: bool) -> None:
        complete_task(self, self.task_list, self.undo_bar, task_id, done,
                      reload=self.refresh, failed=self._failed)

    def _failed(self, error: CollabDeskError) -> None:
        self.banner.show_error(error)
        self.refresh()

    def new_task(self) -> None:
        if TaskDialog.ask(self, self.context) is not None:
            self.refresh()

    def open_case(self) -> None:
        task = self.task_list.current_task()
        if task is not None and task.case_id:
            self.context.sig_open_case.emit(task.case_id)
