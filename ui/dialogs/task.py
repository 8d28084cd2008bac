"""Create a task: what, by when, for whom — on a case or on its own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QWidget

from collabdesk.domain import Task, UserInfo
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.forms import FormDialog
from collabdesk.ui.ops import Op


class TaskDialog(FormDialog):
    """``result_value`` is the new :class:`Task`."""

    def __init__(self, context: AppContext, case_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("New task"), parent)
        self.case_id = case_id
        today = context.today()
        self.title_edit = QLineEdit(self)
        self.has_due = QCheckBox(self.tr("Has a due date"), self)
        self.has_due.setChecked(True)
        self.has_due.setAccessibleName(self.tr("Has a due date"))
        self.due = QDateEdit(QDate(today.year, today.month, today.day).addDays(7), self)
        self.due.setCalendarPopup(True)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.assignee = QComboBox(self)
        self.assignee.addItem(self.tr("Me"), context.session.user.id)
        self.add_row("title", self.tr("&What needs doing"), self.title_edit,
                     check=lambda: self.tr("Say what needs doing.")
                     if not self.title_edit.text().strip() else None)
        self.form.addRow("", self.has_due)
        self.add_row("due_date", self.tr("&Due"), self.due)
        self.add_row("assignee", self.tr("&Assigned to"), self.assignee)
        self.finish_layout()
        self.title_edit.setFocus()
        users = context.session.users
        me = context.session.user.id
        (Op(self, lambda _ctx: users.list_users(), label="list users")
         .success(lambda found: self._add_assignees(found, me))
         .failure(lambda _e: None)
         .run(context.runner))

    def _add_assignees(self, found: list[UserInfo], me: str) -> None:
        for user in found:
            if user.id != me and user.active:
                self.assignee.addItem(user.display_name, user.id)

    def save_work(self) -> Callable[[], Any] | None:
        tasks, case_id = self.session.tasks, self.case_id
        qd = self.due.date()
        due = dt.date(qd.year(), qd.month(), qd.day()) if self.has_due.isChecked() else None
        title, assignee = self.title_edit.text(), self.assignee.currentData()
        return lambda: tasks.create(title, case_id=case_id, due_date=due, assignee=assignee)

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext,
            case_id: str | None = None) -> Task | None:
        result = cls.run_dialog(cls(context, case_id, parent))
        return result if isinstance(result, Task) else None
