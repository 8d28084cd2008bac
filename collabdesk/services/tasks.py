"""Tasks: follow-ups with a due date and an assignee, on a case or on their own."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from collabdesk.domain import Task
from collabdesk.errors import NotFound, ValidationError
from collabdesk.events.log import new_id
from collabdesk.timeutil import iso, parse_day, parse_moment

if TYPE_CHECKING:
    from collabdesk.services.session import Session

_SQL = """
SELECT t.id, t.case_id, t.title, t.due_date, t.assignee,
       coalesce(nullif(u.display_name, ''), u.username, ''), t.done, t.done_at,
       coalesce(trim(c.given_name || ' ' || c.family_name), '')
FROM tasks t LEFT JOIN users u ON u.id = t.assignee
LEFT JOIN cases k ON k.id = t.case_id LEFT JOIN clients c ON c.id = k.client_id
"""


def _task(r: Any) -> Task:
    return Task(r[0], r[1], r[2], parse_day(r[3]), r[4], r[5], bool(r[6]), parse_moment(r[7]),
                r[8])


class TaskService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def create(self, title: str, *, case_id: str | None = None, due_date: dt.date | None = None,
               assignee: str | None = None) -> Task:
        if not title.strip():
            raise ValidationError("task.title-required", {"title": "field.required"})
        if case_id is not None:
            self.session.cases.summary(case_id)  # checks the case exists and may be seen
        task_id = new_id()
        with self.session.change("task.manage") as w:
            w.create("task", {
                "case_id": case_id, "title": title.strip(),
                "due_date": due_date.isoformat() if due_date else None,
                "assignee": assignee or self.session.user.id, "done": 0,
                "created_by": self.session.user.id, "created_at": iso(self.session.now()),
            }, entity_id=task_id, scope=case_id)
            self.session.audit(w.conn, "task.create", "task", task_id, case=case_id)
        return self.get(task_id)

    def get(self, task_id: str) -> Task:
        self.session.require("task.manage")
        rows = self.session.store.query(f"{_SQL} WHERE t.id = ?", (task_id,))
        if not rows:
            raise NotFound("task.not-found")
        return _task(rows[0])

    def update(self, task_id: str, *, title: str | None = None, due_date: dt.date | None = None,
               assignee: str | None = None, done: bool | None = None) -> Task:
        task = self.get(task_id)
        changes: dict[str, Any] = {}
        if title is not None:
            if not title.strip():
                raise ValidationError("task.title-required", {"title": "field.required"})
            changes["title"] = title.strip()
        if due_date is not None:
            changes["due_date"] = due_date.isoformat()
        if assignee is not None:
            changes["assignee"] = assignee
        if done is not None:
            changes["done"] = int(done)
            changes["done_at"] = iso(self.session.now()) if done else None
        with self.session.change("task.manage") as w:
            if w.update("task", task_id, changes, scope=task.case_id):
                self.session.audit(w.conn, "task.edit", "task", task_id, fields=sorted(changes))
        return self.get(task_id)

    def complete(self, task_id: str, done: bool = True) -> Task:
        return self.update(task_id, done=done)

    def for_case(self, case_id: str) -> list[Task]:
        self.session.require("task.manage")
        rows = self.session.store.query(
            f"{_SQL} WHERE t.case_id = ? ORDER BY t.done, t.due_date IS NULL, t.due_date",
            (case_id,))
        return [_task(r) for r in rows]

    def mine(self, *, include_done: bool = False) -> list[Task]:
        """The signed-in user's tasks, soonest due first."""
        self.session.require("task.manage")
        rows = self.session.store.query(
            f"{_SQL} WHERE t.assignee = ? AND (? OR t.done = 0) "
            "ORDER BY t.done, t.due_date IS NULL, t.due_date", (self.session.user.id, include_done))
        return [_task(r) for r in rows]

    def due_today(self) -> list[Task]:
        today = self.session.today()
        return [t for t in self.mine() if t.due_date == today]

    def overdue(self, *, everyone: bool = False) -> list[Task]:
        today = self.session.today()
        if not everyone:
            return [t for t in self.mine() if t.overdue(today)]
        self.session.require("case.view_all")
        rows = self.session.store.query(
            f"{_SQL} WHERE t.done = 0 AND t.due_date < ? ORDER BY t.due_date", (today.isoformat(),))
        return [_task(r) for r in rows]
