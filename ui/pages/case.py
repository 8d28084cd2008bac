"""The case workspace: one screen per case.

At the top the client's profile (editable, with messages next to the fields), the case's
title, status and assigned worker (only a supervisor may reassign). Below, tabs for needs,
services delivered, notes (append-only; sensitive notes of others are counted, not shown,
for roles that may not read them), tasks, consent, referrals, attachments and the History
of every change with who made it and when.

:meth:`CasePage.open_case` loads the whole :class:`CaseDetail` in one db-lane task. The
Notes, Referrals and Attachments tabs are their own widgets (``ui/pages/case_notes.py``,
``ui/pages/case_referrals.py``, ``ui/pages/case_attachments.py``), filled from that load.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collabdesk.changes import CASE_PARTS, DELIVERY
from collabdesk.domain import (
    CASE_STATUSES,
    CaseDetail,
    Consent,
    HistoryEntry,
    Need,
    ServiceDelivered,
    UserInfo,
)
from collabdesk.errors import CollabDeskError, ValidationError
from collabdesk.services.drafts import Draft
from collabdesk.services.syncstatus import RecordSyncState
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.consent import ConsentDialog
from collabdesk.ui.dialogs.forms import (
    ErrorBanner,
    ReasonDialog,
    label,
    make_table,
    selected_row,
)
from collabdesk.ui.dialogs.intake import ClientForm
from collabdesk.ui.dialogs.need import NeedDialog
from collabdesk.ui.dialogs.service import ServiceDialog
from collabdesk.ui.dialogs.task import TaskDialog
from collabdesk.ui.formats import fmt_moment
from collabdesk.ui.forms.agency_panel import AgencyFieldsPanel
from collabdesk.ui.forms.case_panel import FORM_KINDS, CaseFormsPanel
from collabdesk.ui.models import DataclassTableModel
from collabdesk.ui.ops import Op
from collabdesk.ui.pages import Page
from collabdesk.ui.pages.case_attachments import CaseAttachmentsPanel
from collabdesk.ui.pages.case_columns import (
    CONSENT_COLUMNS,
    HISTORY_COLUMNS,
    NEED_COLUMNS,
    SERVICE_COLUMNS,
    history_key,
)
from collabdesk.ui.pages.case_notes import CaseNotesPanel
from collabdesk.ui.pages.case_referrals import CaseReferralsPanel, load_delivery
from collabdesk.ui.pages.tasks import TaskList, complete_task
from collabdesk.ui.widgets import FormValidator, StatusChip, UndoBar, tab_chain
from collabdesk.ui.widgets.status_chip import ChipKind


def _draft_key(case_id: str) -> str:
    return f"case:{case_id}"


class CasePage(Page):
    watches = CASE_PARTS | FORM_KINDS | {"client", DELIVERY}

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAccessibleName(self.tr("Case"))
        self.case_id: str | None = None
        self.detail: CaseDetail | None = None
        self.today = context.today()
        self.users: list[UserInfo] = []
        self._generation = 0
        # The page greys out only if another case takes a while to load: greying it for the
        # few milliseconds a case usually takes cost a repaint of the whole page each time.
        self._disable_timer = QTimer(self)
        self._disable_timer.setSingleShot(True)
        self._disable_timer.setInterval(100)
        self._disable_timer.timeout.connect(lambda: self._set_enabled(False))
        session = context.session

        self.banner = ErrorBanner(self)
        self.heading = QLabel(self.tr("No case open"), self)
        self.heading.setAccessibleName(self.tr("Case"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.status_chip = StatusChip("", "neutral", self)
        self.assigned_label = QLabel(self)
        self.assigned_label.setAccessibleName(self.tr("Assigned worker"))
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.status_chip)
        header.addWidget(self.assigned_label)

        # -- the case: title, status, assignment
        case_box = QGroupBox(self.tr("Case"), self)
        self.case_validator = FormValidator(self)
        self.title_edit = QLineEdit(case_box)
        self.title_edit.setAccessibleName(self.tr("Case title"))
        title_error = self.case_validator.add_field("title", self.title_edit)
        self.title_edit.returnPressed.connect(self.save_title)
        self.save_title_button = QPushButton(self.tr("Save tit&le"), case_box)
        self.save_title_button.setAccessibleName(self.tr("Save the case title"))
        self.save_title_button.clicked.connect(self.save_title)
        self.status_combo = QComboBox(case_box)
        self.status_combo.setAccessibleName(self.tr("Case status"))
        for status in CASE_STATUSES:
            self.status_combo.addItem(label(status), status)
        self.status_button = QPushButton(self.tr("Change &status"), case_box)
        self.status_button.setAccessibleName(self.tr("Change the case status"))
        self.status_button.clicked.connect(self.change_status)
        self.assign_combo = QComboBox(case_box)
        self.assign_combo.setAccessibleName(self.tr("Assigned worker"))
        self.assign_button = QPushButton(self.tr("R&eassign"), case_box)
        self.assign_button.setAccessibleName(self.tr("Reassign the case"))
        self.assign_button.clicked.connect(self.reassign)
        self.can_assign = session.allowed("case.assign")
        self.assign_note = QLabel(case_box)
        self.assign_note.setWordWrap(True)
        self.assign_note.setAccessibleName(self.tr("About reassigning"))
        if not self.can_assign:
            note = self.tr("Only a supervisor can reassign this case.")
            self.assign_note.setText(note)
            self.assign_combo.setToolTip(note)
            self.assign_button.setToolTip(note)
        self.assign_note.setVisible(not self.can_assign)
        case_form = QVBoxLayout(case_box)
        row1 = QHBoxLayout()
        row1.addWidget(QLabel(self.tr("Title:"), case_box))
        row1.addWidget(self.title_edit, 1)
        row1.addWidget(self.save_title_button)
        case_form.addLayout(row1)
        case_form.addWidget(title_error)
        row2 = QHBoxLayout()
        row2.addWidget(QLabel(self.tr("Status:"), case_box))
        row2.addWidget(self.status_combo)
        row2.addWidget(self.status_button)
        row2.addStretch(1)
        case_form.addLayout(row2)
        row3 = QHBoxLayout()
        row3.addWidget(QLabel(self.tr("Worker:"), case_box))
        row3.addWidget(self.assign_combo, 1)
        row3.addWidget(self.assign_button)
        case_form.addLayout(row3)
        case_form.addWidget(self.assign_note)
        case_form.addStretch(1)

        # -- the client's profile
        profile_box = QGroupBox(self.tr("Client profile"), self)
        # The case page's Alt+letters go to its tabs and actions; its profile fields are
        # reached with Tab (the intake dialog keeps theirs).
        self.client_form = ClientForm(self.today, profile_box, mnemonics=False)
        self.save_profile_button = QPushButton(self.tr("Save &profile"), profile_box)
        self.save_profile_button.setAccessibleName(self.tr("Save the client's profile"))
        self.save_profile_button.clicked.connect(self.save_profile)
        can_edit = session.allowed("client.edit")
        self.client_form.set_read_only(not can_edit)
        self.save_profile_button.setEnabled(can_edit)
        for edit in self.client_form.edits.values():
            if isinstance(edit, QLineEdit):
                edit.returnPressed.connect(self.save_profile)
        self.discard_button = QPushButton(self.tr("&Discard changes"), profile_box)
        self.discard_button.setAccessibleName(self.tr("Discard the changes not saved yet"))
        self.discard_button.clicked.connect(self.discard_unsaved)
        profile_layout = QVBoxLayout(profile_box)
        profile_layout.addWidget(self.client_form)
        self.agency_panel = AgencyFieldsPanel(context, profile_box)
        profile_layout.addWidget(self.agency_panel)
        profile_buttons = QHBoxLayout()
        profile_buttons.addStretch(1)
        profile_buttons.addWidget(self.discard_button)
        profile_buttons.addWidget(self.save_profile_button)
        tab_chain(self.discard_button, self.save_profile_button, self.title_edit,  # reading order
                  self.save_title_button, self.status_combo, self.status_button,
                  self.assign_combo, self.assign_button)
        profile_layout.addLayout(profile_buttons)
        profile_scroll = QScrollArea(self)
        profile_scroll.setAccessibleName(self.tr("Client profile"))
        profile_scroll.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes to its fields
        profile_scroll.setWidgetResizable(True)
        profile_scroll.setWidget(profile_box)

        self.tabs = QTabWidget(self)
        self._disabled_page: QWidget | None = None  # the tab page disabled while loading
        self.tabs.setAccessibleName(self.tr("Case sections"))
        self._build_needs_tab()
        self._build_services_tab()
        self.notes = CaseNotesPanel(context, self.tabs)
        self.notes.sig_added.connect(self._on_notes_added)
        self.notes.sig_failed.connect(self._on_notes_failed)
        self._add_tab(self.notes, self.tr("N&otes"))
        self._build_tasks_tab()
        self._build_consent_tab()
        self.referrals = CaseReferralsPanel(context, self.tabs)
        self.referrals.sig_dialog_closed.connect(self._on_referrals_dialog_closed)
        self._add_tab(self.referrals, self.tr("&Referrals"))
        self.attachments = CaseAttachmentsPanel(context, self.tabs)
        self.attachments.sig_added.connect(self._on_attachments_added)
        self.attachments.sig_failed.connect(self._on_attachments_failed)
        self.tabs.addTab(self.attachments, self.tr("A&ttachments"))
        self.forms_panel = CaseFormsPanel(context, self.tabs)
        self.forms_panel.setAccessibleName(self.tr("Assessments and screenings"))
        self.tabs.addTab(self.forms_panel, self.tr("Assess&ments"))
        self.tabs.setTabToolTip(self.tabs.count() - 1, self.tr("Assessments and screenings"))
        # Every section's name shown whole: the page is as wide as its tabs, no scroll arrows.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self._build_history_tab()

        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(profile_scroll)
        top.addWidget(case_box)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(top)
        body.addWidget(self.tabs)
        body.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(header)
        layout.addWidget(body, 1)
        self._set_enabled(False)

    # -- tabs ----------------------------------------------------------------------------

    def _tab(self, title: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self.tabs)
        page.setAccessibleName(title.replace("&", ""))
        box = QVBoxLayout(page)
        self.tabs.addTab(page, title)
        return page, box

    def _add_tab(self, panel: QWidget, title: str) -> None:
        panel.setAccessibleName(title.replace("&", ""))  # as _tab names its pages
        self.tabs.addTab(panel, title)

    def _button(self, parent: QWidget, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, parent)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _buttons(box: QVBoxLayout, *buttons: QPushButton) -> None:
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        box.addLayout(row)

    def _build_needs_tab(self) -> None:
        page, box = self._tab(self.tr("&Needs"))
        self.needs_model: DataclassTableModel[Need] = DataclassTableModel(NEED_COLUMNS,
                                                                          parent=self)
        self.needs_view = make_table(page, self.needs_model, self.tr("Needs"))
        self.needs_view.activated.connect(lambda _i: self.edit_need())
        box.addWidget(self.needs_view)
        self.add_need_button = self._button(page, self.tr("Add need…"), self.tr("Add a need"),
                                            self.add_need)
        self.edit_need_button = self._button(page, self.tr("Edit need…"),
                                             self.tr("Edit the selected need"), self.edit_need)
        self._buttons(box, self.add_need_button, self.edit_need_button)

    def _build_services_tab(self) -> None:
        page, box = self._tab(self.tr("Ser&vices"))
        self.services_model: DataclassTableModel[ServiceDelivered] = DataclassTableModel(
            SERVICE_COLUMNS, parent=self)
        box.addWidget(make_table(page, self.services_model, self.tr("Services delivered"),
                                 newest_first=True))
        self.record_service_button = self._button(
            page, self.tr("Record service…"), self.tr("Record a service delivered"),
            self.record_service)
        self._buttons(box, self.record_service_button)

    def _build_tasks_tab(self) -> None:
        page, box = self._tab(self.tr("Tas&ks"))
        self.task_list = TaskList(page, show_client=False)
        self.task_list.sig_toggled.connect(self.set_task_done)
        box.addWidget(self.task_list)
        self.task_undo = UndoBar(page)
        box.addWidget(self.task_undo)
        self.new_task_button = self._button(page, self.tr("New task…"), self.tr("New task"),
                                            self.new_task)
        self._buttons(box, self.new_task_button)

    def _build_consent_tab(self) -> None:
        page, box = self._tab(self.tr("&Consent"))
        self.consents_model: DataclassTableModel[Consent] = DataclassTableModel(
            CONSENT_COLUMNS, parent=self)
        self.consents_view = make_table(page, self.consents_model, self.tr("Consents"))
        box.addWidget(self.consents_view)
        self.record_consent_button = self._button(
            page, self.tr("Record consent…"), self.tr("Record consent"), self.record_consent)
        self.withdraw_consent_button = self._button(
            page, self.tr("Withdraw…"), self.tr("Withdraw the selected consent"),
            self.withdraw_consent)
        self._buttons(box, self.record_consent_button, self.withdraw_consent_button)

    def _build_history_tab(self) -> None:
        page, box = self._tab(self.tr("Histor&y"))
        self.history_model: DataclassTableModel[HistoryEntry] = DataclassTableModel(
            HISTORY_COLUMNS, key=history_key, parent=self)
        box.addWidget(make_table(page, self.history_model, self.tr("History of changes"),
                                 newest_first=True))

    # -- loading -------------------------------------------------------------------------

    def title(self) -> str:
        if self.detail is None:
            return self.tr("Case")
        return self.tr("Case: {name}").format(name=self.detail.case.client_name)

    def open_case(self, case_id: str) -> None:
        """Show ``case_id``: everything on the screen comes from one db-lane task."""
        if case_id != self.case_id:
            self.detail = None  # actions wait for the new case (they check this)
            self.notes.wait_for_case()
            self.attachments.wait_for_case()
            self._disable_timer.start()
            self.banner.clear_message()
        self.case_id = case_id
        self.referrals.open_case(case_id)
        self.reload()

    def refresh(self) -> None:
        if self.case_id is not None:
            self.reload()

    def reload(self) -> None:
        if self.case_id is None:
            return
        self._generation += 1
        generation = self._generation
        session, case_id = self.context.session, self.case_id

        def work() -> tuple[CaseDetail, list[UserInfo], dt.date, dict[str, RecordSyncState],
                            Draft | None]:
            detail = session.cases.detail(case_id)
            delivery = load_delivery(session, detail.referrals)
            draft = session.drafts.take(_draft_key(case_id))
            return detail, session.users.list_users(), session.today(), delivery, draft

        (Op(self, lambda _ctx: work(), label="open case")
         .success(lambda r: self._loaded(generation, r))
         .failure(self._failed)
         .run(self.context.runner))
        # After the case itself on the db lane: its forms are on a tab behind the first.
        self.forms_panel.open_case(case_id)

    def _loaded(self, generation: int,
                result: tuple[CaseDetail, list[UserInfo], dt.date,
                              dict[str, RecordSyncState], Draft | None]) -> None:
        if generation != self._generation:
            return
        detail, users, today, delivery, draft = result
        self.agency_panel.open_client(detail.client.id)
        same_client = self.detail is not None and self.detail.client.id == detail.client.id
        self.detail, self.users, self.today = detail, users, today
        case = detail.case
        self.heading.setText(f"{case.client_name} — {case.title}")
        overdue = case.overdue_tasks > 0
        kind: ChipKind = "overdue" if overdue and case.status != "closed" else \
            ("info" if case.status == "open" else
             "warning" if case.status == "on_hold" else "neutral")
        text = label(case.status)
        if overdue:
            text = self.tr("{status} · {n} overdue").format(status=text, n=case.overdue_tasks)
        self.status_chip.set_status(text, kind)
        self.assigned_label.setText(self.tr("Worker: {name}").format(
            name=case.assigned_name or self.tr("nobody")))
        # Edits typed here and not saved yet stay as they are (another laptop's change to
        # the same record arrives meanwhile as the stored value, shown once they are saved).
        if not (same_client and self.title_edit.isModified()):
            self.title_edit.setText(case.title)
            self.title_edit.setModified(False)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(case.status)))
        self.assign_combo.clear()
        for user in users:
            if user.active and (user.has_role("worker") or user.has_role("supervisor")):
                self.assign_combo.addItem(user.display_name, user.id)
        if case.assigned_to and self.assign_combo.findData(case.assigned_to) < 0:
            self.assign_combo.addItem(case.assigned_name or case.assigned_to, case.assigned_to)
        self.assign_combo.setCurrentIndex(max(0, self.assign_combo.findData(case.assigned_to)))
        if not (same_client and self.client_form.is_modified()):
            self.client_form.set_client(detail.client)
        if draft is not None:
            self._restore_draft(draft)
        self.needs_model.set_rows(detail.needs)
        self.services_model.set_rows(detail.services)
        self.notes.show_case(case.id, detail.notes, detail.hidden_sensitive_notes)
        self.task_list.set_tasks(detail.tasks, today)
        self.consents_model.set_rows(detail.consents)
        self.referrals.show_case(case.id, detail.referrals, delivery, today)
        self.attachments.show_case(detail.case.id, detail.attachments)
        self.history_model.set_rows(detail.history)
        self._disable_timer.stop()
        self._set_enabled(True)

    def _failed(self, error: CollabDeskError) -> None:
        if self.detail is None and self._disable_timer.isActive():
            self._disable_timer.stop()
            self._set_enabled(False)  # the case asked for could not be shown
        self.banner.show_error(error)
        self.context.sig_status_message.emit(str(error))

    def _set_enabled(self, enabled: bool) -> None:
        session = self.context.session
        # The tab bar and the page on show, not the whole tab widget: enabling every
        # hidden tab's widgets again cost more than loading the case.
        self.tabs.tabBar().setEnabled(enabled)
        if not enabled:
            self._disabled_page = self.tabs.currentWidget()
        for page in {self._disabled_page, self.tabs.currentWidget()} - {None}:
            page.setEnabled(enabled)  # type: ignore[union-attr]
        if enabled:
            self._disabled_page = None
        self.save_title_button.setEnabled(enabled and session.allowed("case.edit"))
        self.status_button.setEnabled(enabled and session.allowed("case.edit"))
        self.assign_combo.setEnabled(enabled and self.can_assign)
        self.assign_button.setEnabled(enabled and self.can_assign)
        self.save_profile_button.setEnabled(enabled and session.allowed("client.edit"))

    # -- unsaved edits -------------------------------------------------------------------

    def unsaved_changes(self) -> list[str]:
        if self.detail is None:
            return []
        found = []
        if self.client_form.is_modified():
            found.append(self.tr("the client's profile"))
        if self.title_edit.isModified() and self.title_edit.text() != self.detail.case.title:
            found.append(self.tr("the case title"))
        if self.notes.is_writing():
            found.append(self.tr("the note being written"))
        return found

    def save_unsaved(self) -> None:
        if self.client_form.is_modified():
            self.save_profile()
        if self.detail is not None and self.title_edit.isModified() \
                and self.title_edit.text() != self.detail.case.title:
            self.save_title()
        if self.notes.is_writing():
            self.notes.add_note()

    def discard_unsaved(self) -> None:
        if self.detail is not None:
            self.client_form.set_client(self.detail.client)
            self.title_edit.setText(self.detail.case.title)
        self.title_edit.setModified(False)
        self.notes.discard()
        self.banner.clear_message()

    def draft(self) -> tuple[str, dict[str, Any]] | None:
        # A form open in a dialog with answers typed (a case's, or agency fields).
        form = self.forms_panel.draft_state() or self.agency_panel.draft_state()
        if self.case_id is None or not (self.unsaved_changes() or form):
            return None
        return _draft_key(self.case_id), {
            "profile": self.client_form.state() if self.client_form.is_modified() else None,
            "title": self.title_edit.text() if self.title_edit.isModified() else None,
            **self.notes.draft_state(),  # "note", "sensitive"
            "form": form,
        }

    def _restore_draft(self, draft: Draft) -> None:
        state = draft.state
        if isinstance(state.get("profile"), dict):
            self.client_form.set_state(state["profile"])
        if isinstance(state.get("title"), str):
            self.title_edit.setText(state["title"])
            self.title_edit.setModified(True)
        self.notes.restore_draft(state)
        what = self.unsaved_changes()
        if isinstance(state.get("form"), dict):
            what.append(self.tr("the answers typed into a form"))
            panel = self.forms_panel if state["form"].get("case_id") else self.agency_panel
            panel.restore_draft(state["form"])
        self.banner.show_message(self.tr(
            "Your unsaved changes from {when} were kept and are shown again: {what}. Save "
            "them, or discard them.").format(
                when=fmt_moment(draft.kept_at), what=", ".join(what)))

    # -- changes -------------------------------------------------------------------------

    def _change(self, fn: Callable[[], Any], label_: str) -> None:
        """Run a change to this case, then show the case as stored."""
        (Op(self, lambda _ctx: fn(), label=label_)
         .success(lambda _r: self.reload())
         .failure(self._failed)
         .run(self.context.runner))

    def save_profile(self) -> None:
        if self.detail is None:
            return
        self.banner.clear_message()
        data = self.client_form.client_input()
        if data is None:
            return
        clients, client_id = self.context.session.clients, self.detail.client.id
        (Op(self, lambda _ctx: clients.update(client_id, data), label="save client profile")
         .success(self._profile_saved)
         .failure(self._profile_failed)
         .run(self.context.runner))

    def _profile_saved(self, _client: Any) -> None:
        self.client_form.mark_saved()
        self.context.sig_status_message.emit(self.tr("Profile saved."))
        self.reload()

    def _profile_failed(self, error: CollabDeskError) -> None:
        if isinstance(error, ValidationError):
            self.client_form.apply_error(error)
        self.banner.show_error(error)

    def save_title(self) -> None:
        if self.case_id is None or self.detail is None:
            return
        cases, case_id, title = self.context.session.cases, self.case_id, self.title_edit.text()
        if not title.strip():
            self.case_validator.show_errors({"title": self.tr("Give the case a short title.")})
            return
        self.case_validator.clear()
        (Op(self, lambda _ctx: cases.rename(case_id, title), label="rename case")
         .success(self._title_saved)
         .failure(self._title_failed)
         .run(self.context.runner))

    def _title_saved(self, _result: object) -> None:
        self.title_edit.setModified(False)
        self.reload()

    def _title_failed(self, error: CollabDeskError) -> None:
        if isinstance(error, ValidationError):
            self.case_validator.apply(error)
        self.banner.show_error(error)

    def change_status(self) -> None:
        if self.detail is None or self.case_id is None:
            return
        status = str(self.status_combo.currentData())
        if status == self.detail.case.status:
            return
        reason = ""
        if status == "closed":
            answer = ReasonDialog.ask(self, self.tr("Close case"),
                                      self.tr("Why is the case closed?"), required=False)
            if answer is None:
                return
            reason = answer
        cases, case_id = self.context.session.cases, self.case_id
        self._change(lambda: cases.set_status(case_id, status, reason=reason),
                     label_="case status")

    def reassign(self) -> None:
        if self.case_id is None:
            return
        user_id = self.assign_combo.currentData()
        if not user_id or (self.detail and user_id == self.detail.case.assigned_to):
            return
        cases, case_id = self.context.session.cases, self.case_id
        self._change(lambda: cases.assign(case_id, str(user_id)), label_="reassign case")

    def add_need(self) -> None:
        if self.case_id and NeedDialog.ask(self, self.context, self.case_id) is not None:
            self.reload()

    def edit_need(self) -> None:
        need = selected_row(self.needs_view)
        if self.case_id and isinstance(need, Need) and \
                NeedDialog.ask(self, self.context, self.case_id, need) is not None:
            self.reload()

    def record_service(self) -> None:
        if self.case_id and ServiceDialog.ask(
                self, self.context, self.case_id,
                self.detail.needs if self.detail else ()) is not None:
            self.reload()

    def new_task(self) -> None:
        if self.case_id and TaskDialog.ask(self, self.context, self.case_id) is not None:
            self.reload()

    def set_task_done(self, task_id: str, done: bool) -> None:
        complete_task(self, self.task_list, self.task_undo, task_id, done,
                      reload=self.reload, failed=self._task_failed)

    def _task_failed(self, error: CollabDeskError) -> None:
        self._failed(error)
        self.reload()  # puts the checkbox back as stored

    def record_consent(self) -> None:
        if self.detail and ConsentDialog.ask(self, self.context,
                                             self.detail.client.id) is not None:
            self.reload()

    def withdraw_consent(self) -> None:
        consent = selected_row(self.consents_view)
        if not isinstance(consent, Consent) or consent.status != "given":
            return
        reason = ReasonDialog.ask(self, self.tr("Withdraw consent"),
                                  self.tr("Why is the consent withdrawn?"), required=False)
        if reason is None:
            return
        consents = self.context.session.consents
        self._change(lambda: consents.withdraw(consent.id, reason=reason), label_="withdraw")

    def _on_referrals_dialog_closed(self) -> None:
        self.reload()

    def _on_notes_added(self) -> None:
        self.reload()

    def _on_notes_failed(self, error: CollabDeskError) -> None:
        self.banner.show_error(error)

    def _on_attachments_added(self) -> None:
        self.banner.clear_message()  # a file refused before is no longer the news
        self.reload()

    def _on_attachments_failed(self, text: str) -> None:
        self.banner.show_message(text)
        self.context.sig_status_message.emit(text)
