"""Tasks: my tasks, those due today and those overdue; tick a box to complete one.

:class:`TaskList` (a checkable list of tasks, overdue ones highlighted and labelled) is
also the tasks tab of the case screen: a table view over a
:class:`~collabdesk.ui.models.DataclassTableModel` of :class:`~collabdesk.domain.Task`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain import Task
from collabdesk.errors import CollabDeskError
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.forms import ErrorBanner, ReadOnlyTable, setup_table
from collabdesk.ui.dialogs.task import TaskDialog
from collabdesk.ui.formats import fmt_date
from collabdesk.ui.i18n import QT_TRANSLATE_NOOP
from collabdesk.ui.models import ROW_ROLE, Column, DataclassTableModel, SearchFilterProxy
from collabdesk.ui.ops import Op
from collabdesk.ui.pages import Page
from collabdesk.ui.theme import semantic_colors
from collabdesk.ui.widgets import UndoBar

# lupdate reads translate("Context", "text") calls; an alias keeps them on one line.
translate = QCoreApplication.translate


def task_columns(today: Callable[[], dt.date], *,
                 show_client: bool = True) -> list[Column[Task]]:
    """The columns of a task list: a checkbox and the title, when due, who, for whom.

    ``today`` gives the agency's day, read when rows are drawn, for "overdue" and "today".
    An overdue task is drawn in the overdue colour, its due date on the overdue fill."""

    def overdue(task: Task) -> bool:
        return task.overdue(today())

    def text_colour(task: Task) -> QColor | None:
        return semantic_colors().chip("overdue")[0] if overdue(task) else None

    def due_text(task: Task) -> str:
        due = fmt_date(task.due_date)
        if overdue(task):
            return translate("TaskList", "{date} (overdue)").format(date=due)
        if task.due_date == today() and not task.done:
            return translate("TaskList", "{date} (today)").format(date=due)
        return due

    def title_read(task: Task) -> str:
        # Read out with the title, so a screen reader says which tasks are done.
        if task.done:
            return translate("TaskList", "{title}, done").format(title=task.title)
        return task.title

    columns: list[Column[Task]] = [
        Column("title", QT_TRANSLATE_NOOP("TaskList", "Task"), lambda t: t.title,
               checked=lambda t: t.done, accessible=title_read, foreground=text_colour,
               context="TaskList"),
        Column("due", QT_TRANSLATE_NOOP("TaskList", "Due"), due_text,
               sort_key=lambda t: t.due_date, foreground=text_colour,
               background=lambda t: semantic_colors().chip("overdue")[1] if overdue(t)
               else None, context="TaskList"),
        Column("assignee", QT_TRANSLATE_NOOP("TaskList", "Assigned to"),
               lambda t: t.assignee_name, foreground=text_colour, context="TaskList"),
    ]
    if show_client:
        columns.append(Column("client", QT_TRANSLATE_NOOP("TaskList", "Client"),
                              lambda t: t.client_name, foreground=text_colour,
                              context="TaskList"))
    return columns


class TaskList(ReadOnlyTable):
    """Tasks with a checkbox each, in the order given until a header is clicked.

    Ticking (a click on the box, or Space on the row) emits ``sig_toggled(task_id, done)``;
    the box shows the tick until :meth:`set_tasks` puts the stored state back after the
    change is saved (or refused). Enter or a double-click emits ``sig_open_task(task)``."""

    sig_toggled = Signal(str, bool)
    sig_open_task = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, show_client: bool = True) -> None:
        super().__init__(parent)
        self._today = dt.date.today()  # the agency's day, given with the tasks
        self.task_model: DataclassTableModel[Task] = DataclassTableModel(
            task_columns(lambda: self._today, show_client=show_client), parent=self)
        self.proxy = SearchFilterProxy(self)
        self.proxy.setSourceModel(self.task_model)
        setup_table(self, self.proxy, self.tr("Tasks"), sort_column=None)
        self.setAccessibleDescription(self.tr("Press Space to mark a task done."))
        self.task_model.sig_check_changed.connect(self._on_task_model_check_changed)
        self.activated.connect(self._on_view_activated)

    def set_tasks(self, tasks: Sequence[Task], today: dt.date) -> None:
        """Show ``tasks``; the current task stays current if it is still listed."""
        current = self.current_task()
        self._today = today
        self.task_model.set_rows(tasks)
        if current is not None:
            index = self.index_for(current.id)
            if index.isValid():
                self.setCurrentIndex(index)

    def tasks(self) -> list[Task]:
        """The tasks in the order they are shown."""
        return [self.proxy.row_object(r) for r in range(self.proxy.rowCount())]

    def task_for(self, task_id: str) -> Task | None:
        return self.task_model.row_for_key(task_id)

    def index_for(self, task_id: str, column: int = 0) -> QModelIndex:
        """The view's index of the task's cell (invalid if the task is not listed)."""
        position = self.task_model.position_of(task_id)
        if position is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.task_model.index(position, column))

    def current_task(self) -> Task | None:
        index = self.currentIndex()
        return index.siblingAtColumn(0).data(ROW_ROLE) if index.isValid() else None

    def tick(self, task_id: str, done: bool) -> bool:
        """Tick (or clear) the task's box as the person would; False if it is not listed."""
        index = self.index_for(task_id)
        return index.isValid() and self.proxy.setData(
            index, Qt.CheckState.Checked if done else Qt.CheckState.Unchecked,
            Qt.ItemDataRole.CheckStateRole)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Space ticks the row's box from any column (the box sits in the first one).
        task = self.current_task()
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select) and task is not None \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            shown = self.index_for(task.id).data(Qt.ItemDataRole.CheckStateRole)
            self.tick(task.id, shown != Qt.CheckState.Checked)
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_task_model_check_changed(self, task_id: object, _column: str, done: bool) -> None:
        task = self.task_model.row_for_key(task_id)
        if task is not None and done != task.done:
            self.sig_toggled.emit(task.id, done)

    def _on_view_activated(self, index: QModelIndex) -> None:
        task = index.siblingAtColumn(0).data(ROW_ROLE)
        if task is not None:
            self.sig_open_task.emit(task)


def complete_task(page: Page, task_list: TaskList, undo_bar: UndoBar, task_id: str,
                  done: bool, *, reload: Callable[[], None],
                  failed: Callable[[CollabDeskError], None]) -> None:
    """Tick (or untick) a task, then reload; ticking done offers Undo for a few seconds.

    One click and the row is gone, so there is no confirmation: the undo is the safety."""
    task = task_list.task_for(task_id)
    title = task.title if task is not None else ""
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
