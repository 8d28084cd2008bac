"""Agency fields on a client's profile: what an agency records beyond CollabDesk's own fields.

:class:`AgencyFieldsPanel` shows the answers of the client's current response to each agency
form (housing status, household size…) beside the profile, with one button per form to fill
or edit them (a :class:`~collabdesk.ui.forms.dialogs.FillDialog`; editing a completed
response saves an amendment, so the earlier answers stay in its history).
:func:`fill_agency_fields` offers the same right after an intake. The Clients search finds
clients by a searchable field (``Housing status: shelter``) through
:meth:`~collabdesk.services.forms.FormService.field_search`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.forms import AgencyField, FormInfo, ResponseVersion
from collabdesk.services.session import Session
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.forms import ErrorBanner
from collabdesk.ui.formats import literal
from collabdesk.ui.forms.case_panel import startable
from collabdesk.ui.forms.dialogs import FillDialog, fill_state, reopen_fill
from collabdesk.ui.ops import Op
from collabdesk.ui.tasks import TaskHandle


@dataclass(frozen=True)
class ClientForms:
    forms: list[FormInfo]  # the agency forms to fill (newest active version each)
    responses: list[ResponseVersion]  # the client's current agency responses
    fields: list[AgencyField]


def load_client_forms(session: Session, client_id: str) -> ClientForms:
    forms = session.forms
    return ClientForms(startable(forms.list_forms(include_retired=False), ("agency",)),
                       forms.responses(client_id=client_id), forms.agency_fields(client_id))


class AgencyFieldsPanel(QGroupBox):
    """The agency fields of one client, and buttons to fill or edit them."""

    sig_saved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Agency fields"))
        self.setAccessibleName(self.title())
        self.context = context
        self.client_id: str | None = None
        self.data: ClientForms | None = None
        self.open_dialog: FillDialog | None = None  # the agency form being filled, if any
        self._generation = 0
        self._pending: TaskHandle | None = None  # the load a newer one makes stale
        self.can_fill = context.session.allowed("form.fill")
        self.banner = ErrorBanner(self)
        self.fields_layout = QFormLayout()
        self.empty = QLabel(self.tr("No agency fields recorded."), self)
        self.buttons_row = QHBoxLayout()
        self.edit_buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.empty)
        layout.addLayout(self.fields_layout)
        layout.addLayout(self.buttons_row)
        self.setVisible(False)  # until the agency has an agency form

    def open_client(self, client_id: str | None) -> None:
        self.client_id = client_id
        self.reload()

    def reload(self) -> None:
        client_id = self.client_id
        if client_id is None:
            return
        self._generation += 1
        generation = self._generation
        session = self.context.session
        if self._pending is not None:  # another client opened first: never load that one
            self._pending.cancel()
        self._pending = (Op(self, lambda _ctx: load_client_forms(session, client_id),
                            label="load agency fields")
                         .success(lambda data: self._loaded(generation, data))
                         .failure(self.banner.show_error)
                         .run(self.context.runner))

    def _loaded(self, generation: int, data: ClientForms) -> None:
        if generation != self._generation:
            return
        self.data = data
        # Rows and buttons are reused from one client to the next (most show the same fields
        # and forms): building them anew relaid the whole profile for every case opened.
        for row, field in enumerate(data.fields):
            if row == self.fields_layout.rowCount():
                value = QLabel(self)
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                caption = QLabel(self)
                caption.setWordWrap(True)
                self.fields_layout.addRow(caption, value)
            caption, value = (self._cell(row, role) for role in (
                QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole))
            caption.setText(field.label + ":")
            value.setText(field.value)
            value.setAccessibleName(field.label)
            self.fields_layout.setRowVisible(row, True)
        for row in range(len(data.fields), self.fields_layout.rowCount()):
            self.fields_layout.setRowVisible(row, False)
        self.empty.setVisible(not data.fields)
        answered = {r.form_url for r in data.responses if not r.case_id}
        while len(self.edit_buttons) < len(data.forms):
            button = QPushButton(self)
            button.setEnabled(self.can_fill)
            n = len(self.edit_buttons)
            button.clicked.connect(lambda _c=False, n=n: self._on_edit_clicked(n))
            self.buttons_row.addWidget(button)
            self.edit_buttons.append(button)
        for n, button in enumerate(self.edit_buttons):
            info = data.forms[n] if n < len(data.forms) else None
            button.setVisible(info is not None)
            if info is not None:
                title = info.title or info.url
                text = (self.tr("Edit: %1") if info.url in answered
                        else self.tr("Fill in: %1"))
                button.setText(text.replace("%1", literal(title)))
                button.setAccessibleName(text.replace("%1", title))
        self.setVisible(bool(data.forms or data.fields))

    def _cell(self, row: int, role: QFormLayout.ItemRole) -> QLabel:
        item = self.fields_layout.itemAt(row, role)
        widget = item.widget() if item is not None else None
        assert isinstance(widget, QLabel)
        return widget

    def _on_edit_clicked(self, n: int) -> None:
        if self.data is not None and n < len(self.data.forms):
            self.edit(self.data.forms[n])

    def edit(self, info: FormInfo) -> None:
        client_id = self.client_id
        if client_id is None or self.data is None:
            return
        current = next((r for r in self.data.responses if r.form_url == info.url), None)
        edit_form(self, self.context, client_id, info, current, self._run)

    def _run(self, dialog: FillDialog) -> None:
        self.open_dialog = dialog
        try:
            saved = FillDialog.ask(dialog)
        finally:
            if self.open_dialog is dialog:
                self.open_dialog = None
        if saved is not None:
            self.reload()
            self.sig_saved.emit()

    def draft_state(self) -> dict[str, Any] | None:
        """What is typed in the open agency form (see ``fill_state``)."""
        return fill_state(self.open_dialog)

    def restore_draft(self, state: dict[str, Any]) -> None:
        reopen_fill(self, self.context, state, self._run)


def edit_form(owner: QWidget, context: AppContext, client_id: str, info: FormInfo,
              current: ResponseVersion | None,
              run: Callable[[FillDialog], Any] | None = None) -> None:
    """Load ``info`` (or the version ``current`` was answered under, with its answers) and
    open it to fill on the client's profile through ``run``."""
    forms = context.session.forms

    def work(_ctx: Any) -> tuple[Any, ...]:
        if current is None or current.hidden or not current.form_here:
            return (info.id, forms.form(info.id), None, False, None)
        detail = forms.detail(current.response_id)
        return (current.form_id, detail.form, detail.answers,
                current.status != "in-progress", current.response_id)

    def show(result: tuple[Any, ...]) -> None:
        form_id, form, answers, completed, response_id = result
        dialog = FillDialog(context, form_id, form, client_id=client_id,
                            response_id=response_id, answers=answers, completed=completed,
                            sensitive=info.sensitive, parent=owner)
        (run or FillDialog.ask)(dialog)

    Op(owner, work, label="open agency form").success(show).run(context.runner)


def fill_agency_fields(owner: QWidget, context: AppContext, client_id: str) -> None:
    """After an intake: open the agency's first agency form for the new client, if any."""
    if not context.session.allowed("form.fill"):
        return
    forms = context.session.forms

    def found(infos: list[FormInfo]) -> None:
        if infos:
            edit_form(owner, context, client_id, infos[0], None)

    (Op(owner, lambda _ctx: startable(forms.list_forms(include_retired=False), ("agency",)),
        label="agency forms")
     .success(found)
     .run(context.runner))
