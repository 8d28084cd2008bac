"""Filling a form and reading a saved response.

* :class:`FillDialog` — a form to fill on a case or a client's profile: Save as draft keeps
  whatever was typed (status "in progress"); Complete checks every answer first and puts
  each message beside its item; on a completed response the one button saves an amendment (a
  new version; the earlier ones are kept). The score shows as the person answers.
* :class:`ResponseDialog` — a saved response read-only, rendered with the form version it
  was answered under, with every earlier version to look at and Amend. A response whose form
  has not arrived yet shows its raw answers.

Both load and save on the db lane (:class:`~collabdesk.ui.ops.Op`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import CollabDeskError, ValidationError
from collabdesk.forms.model import Answer, Form, FormState, Key
from collabdesk.services.forms import ResponseDetail, ResponseVersion
from collabdesk.services.referrals import SharedResponse
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.common import Dialogs
from collabdesk.ui.dialogs.forms import ErrorBanner, label
from collabdesk.ui.formats import fmt_moment, literal
from collabdesk.ui.forms.editors import answer_text
from collabdesk.ui.forms.renderer import FormView
from collabdesk.ui.ops import Op

SCREEN_FRACTION = 0.85  # of the available height: the form scrolls inside


def score_text(value: float | None) -> str:
    if value is None:
        return "–"
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def status_text(status: str) -> str:
    return {"in-progress": label("in_progress"), "completed": label("completed"),
            "amended": QCoreApplication.translate("FormDialogs", "Amended")}.get(status, status)


def show_forms_help(parent: QWidget) -> QDialog:
    """F1 in a form: what filling, drafts, amending and suggestions do, and the keys."""
    from collabdesk.ui.help import HelpDialog

    dialog = HelpDialog("forms", parent.windowTitle(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class FillDialog(QDialog):
    """Fill (or amend) a response to ``form`` on a case or a client's profile."""

    sig_saved = Signal(object)  # the ResponseVersion saved

    def __init__(self, context: AppContext, form_id: str, form: Form, *,
                 case_id: str | None = None, client_id: str | None = None,
                 response_id: str | None = None,
                 answers: dict[Key, list[Answer]] | None = None, completed: bool = False,
                 sensitive: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form_id = form_id
        self.case_id = case_id
        self.client_id = client_id
        self.response_id = response_id
        self.completed = completed
        self.result_value: ResponseVersion | None = None
        self._busy = False
        self._dirty = False
        title = (self.tr("Amend: %1") if completed else self.tr("Fill in: %1")).replace(
            "%1", form.label)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.banner = ErrorBanner(self)
        self.sensitive_label = QLabel(self.tr(
            "Sensitive form: only you and supervisors will see these answers."), self)
        self.sensitive_label.setWordWrap(True)
        self.sensitive_label.setVisible(sensitive or form.sensitive)
        self.view = FormView(form, answers, runner=context.runner, parent=self)
        self.view.sig_state.connect(self._on_view_state)
        self.view.sig_edited.connect(self._on_view_edited)
        self.score_label = QLabel(self)
        self.score_label.setAccessibleName(self.tr("Score"))
        self.suggest_label = QLabel(self)
        self.suggest_label.setWordWrap(True)
        self.suggest_label.setAccessibleName(self.tr("What the answers suggest"))
        self.buttons = QDialogButtonBox(self)
        self.draft_button = QPushButton(self.tr("Save as &draft"), self)
        self.draft_button.setAccessibleName(self.tr("Save as draft"))
        self.draft_button.setToolTip(self.tr("Keep what is typed so far; finish it later."))
        self.complete_button = QPushButton(
            self.tr("Save &amendment") if completed else self.tr("&Complete"), self)
        self.complete_button.setAccessibleName(
            self.tr("Save the amendment") if completed else self.tr("Complete the form"))
        self.complete_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        if not completed:
            self.buttons.addButton(self.draft_button, QDialogButtonBox.ButtonRole.ActionRole)
        else:
            self.draft_button.hide()
        self.buttons.addButton(self.complete_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.draft_button.clicked.connect(lambda: self.save(complete=False))
        self.complete_button.clicked.connect(lambda: self.save(complete=True))
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, lambda: self.save(complete=True))
        QShortcut(QKeySequence("Ctrl+S"), self,
                  lambda: self.save(complete=self.completed))
        QShortcut(QKeySequence.StandardKey.HelpContents, self, lambda: show_forms_help(self))
        footer = QHBoxLayout()
        footer.addWidget(self.score_label)
        footer.addWidget(self.suggest_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.sensitive_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)
        layout.addWidget(self.buttons)
        self._on_view_state(self.view.state)
        self.resize(820, 640)
        self.setMinimumHeight(360)

    def _on_view_state(self, state: FormState) -> None:
        self.score_label.setText(self.tr("Score: %1").replace("%1", score_text(state.score)))
        self.score_label.setVisible(state.score is not None)
        reasons = [s.reason or label(s.domain) for s in state.suggestions]
        self.suggest_label.setText(
            self.tr("When completed, this suggests: %1").replace("%1", "; ".join(reasons))
            if reasons else "")

    def _on_view_edited(self) -> None:
        self._dirty = True

    def has_changes(self) -> bool:
        return self._dirty

    def mark_changed(self) -> None:
        """The answers shown were not saved yet (kept through a lock)."""
        self._dirty = True

    def reject(self) -> None:
        """Cancel (Esc, the window's close): typed answers are never dropped unasked."""
        if self._dirty and not self._busy:
            choice = Dialogs.unsaved(self, [self.windowTitle()])
            if choice == "cancel":
                return
            if choice == "save":
                # A draft, or the amendment: Complete's checks would keep the dialog open.
                self.save(complete=self.completed)
                return
        super().reject()

    def save(self, *, complete: bool) -> None:
        if self._busy:
            return
        self.banner.clear_message()
        if complete and self.view.problems():
            self.view.reveal_errors()
            self.banner.show_message(self.tr("Some answers need attention: see the messages "
                                             "beside them."))
            return
        if self.view.local_errors:
            self.view.reveal_errors()
            self.banner.show_message(self.tr("Some answers could not be read: see the "
                                             "messages beside them."))
            return
        answers = self.view.saved_answers()
        forms = self.context.session.forms
        fid, case_id, client_id, response_id = (self.form_id, self.case_id, self.client_id,
                                                self.response_id)
        self._set_busy(True)
        (Op(self, lambda _ctx: forms.save(fid, answers, case_id=case_id, client_id=client_id,
                                          response_id=response_id, complete=complete),
            label="save form response")
         .success(self._saved)
         .failure(self._failed)
         .run(self.context.runner))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.draft_button.setEnabled(not busy)
        self.complete_button.setEnabled(not busy)

    def _saved(self, version: ResponseVersion) -> None:
        self._set_busy(False)
        self.result_value = version
        self.sig_saved.emit(version)
        self.accept()

    def _failed(self, error: CollabDeskError) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationError) and error.fields:
            self.view.reveal_errors()
        self.banner.show_error(error)

    @classmethod
    def ask(cls, dialog: FillDialog) -> ResponseVersion | None:
        """exec() the dialog; the saved version, or None if cancelled (tests replace it)."""
        try:
            return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted \
                else None
        finally:
            dialog.setParent(None)


def fill_state(dialog: FillDialog | None) -> dict[str, Any] | None:
    """What is typed in an open fill dialog and not saved, as JSON for a page's draft (kept
    on this laptop when the session locks, never saved as a response unasked); None if
    nothing is."""
    if dialog is None or not dialog.has_changes():
        return None
    return {"form_id": dialog.form_id, "response_id": dialog.response_id,
            "case_id": dialog.case_id, "client_id": dialog.client_id,
            "completed": dialog.completed, "sensitive": not dialog.sensitive_label.isHidden(),
            "answers": [[list(k), v] for k, v in dialog.view.saved_answers().items()]}


def reopen_fill(owner: QWidget, context: AppContext, state: dict[str, Any],
                run: Callable[[FillDialog], Any]) -> None:
    """Open the form of a :func:`fill_state` again with its answers, through ``run``."""
    form_id = state.get("form_id")
    if not isinstance(form_id, str):
        return
    answers = {tuple(k): list(v) for k, v in state.get("answers") or ()}
    forms = context.session.forms

    def reopen(form: Form) -> None:
        dialog = FillDialog(context, form_id, form, case_id=state.get("case_id"),
                            client_id=state.get("client_id"),
                            response_id=state.get("response_id"), answers=answers,
                            completed=bool(state.get("completed")),
                            sensitive=bool(state.get("sensitive")), parent=owner)
        dialog.mark_changed()  # kept answers: Cancel asks before dropping them
        run(dialog)

    Op(owner, lambda _ctx: forms.form(form_id), label="reopen form").success(reopen).run(
        context.runner)


def raw_answers_text(raw: dict[str, Any]) -> str:
    """A response read without its form: each linkId and its answers, indented by group."""
    lines: list[str] = []

    def visit(items: Any, depth: int) -> None:
        for entry in items if isinstance(items, list) else ():
            if not isinstance(entry, dict):
                continue
            link = str(entry.get("linkId", "?"))
            shown = [answer_text(a) for a in entry.get("answer", ()) if isinstance(a, dict)]
            text = entry.get("text")
            head = f"{link} ({text})" if text else link
            lines.append("  " * depth + (f"{head}: {', '.join(shown)}" if shown else head))
            visit(entry.get("item"), depth + 1)
            for answer in entry.get("answer", ()):
                if isinstance(answer, dict):
                    visit(answer.get("item"), depth + 1)

    visit(raw.get("item"), 0)
    return "\n".join(lines)


class ResponseDialog(QDialog):
    """A saved response, read-only, with its versions and Amend."""

    sig_amend = Signal(object)  # the ResponseDetail to amend

    def __init__(self, context: AppContext, detail: ResponseDetail,
                 history: list[ResponseVersion], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail = detail
        self.history = history
        title = detail.version.form_title or detail.version.form_url
        self.setWindowTitle(self.tr("Response: %1").replace("%1", title))
        self.setAccessibleName(self.windowTitle())
        self.banner = ErrorBanner(self)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.about.setAccessibleName(self.tr("About this response"))
        self.versions = QComboBox(self)
        self.versions.setAccessibleName(self.tr("Version"))
        for n, version in enumerate(history, start=1):
            self.versions.addItem(self.tr("Version %1: %2, %3, %4").replace("%1", str(n))
                                  .replace("%2", status_text(version.status))
                                  .replace("%3", fmt_moment(version.authored_at))
                                  .replace("%4", version.author_name), version.id)
        self.versions.setCurrentIndex(self.versions.findData(detail.version.id))
        self.versions.currentIndexChanged.connect(self._on_versions_changed)
        caption = QLabel(self.tr("&Version:"), self)
        caption.setBuddy(self.versions)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.versions, 1)
        self.body = QVBoxLayout()
        self.content: QWidget | None = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        self.amend_button = QPushButton(self.tr("&Amend"), self)
        self.amend_button.setAccessibleName(self.tr("Amend this response"))
        self.buttons.addButton(self.amend_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.amend_button.clicked.connect(self._on_amend_button_clicked)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.HelpContents, self, lambda: show_forms_help(self))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.about)
        layout.addLayout(top)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.buttons)
        self._show(detail)
        self.resize(820, 640)
        self.setMinimumHeight(360)

    def _show(self, detail: ResponseDetail) -> None:
        self.detail = detail
        version = detail.version
        if self.content is not None:
            self.body.removeWidget(self.content)
            self.content.deleteLater()
        parts = [self.tr("Answered under %1, version %2").replace("%1", version.form_title or
                                                                  version.form_url)
                 .replace("%2", version.form_version or "–"),
                 status_text(version.status),
                 self.tr("by %1, %2").replace("%1", version.author_name)
                 .replace("%2", fmt_moment(version.authored_at))]
        if version.score is not None:
            parts.append(self.tr("score %1").replace("%1", score_text(version.score)))
        self.about.setText(" · ".join(parts))
        if detail.form is None:
            raw = QPlainTextEdit(self)
            raw.setReadOnly(True)
            raw.setAccessibleName(self.tr("Answers as received"))
            raw.setPlainText(raw_answers_text(detail.raw))
            self.banner.show_message(self.tr("This form has not arrived on this laptop yet: "
                                             "the answers are shown as they were received."))
            self.content = raw
        else:
            self.content = FormView(detail.form, detail.answers, read_only=True, parent=self)
            if version.flags:
                self.banner.show_message(self.tr("Some answers did not fit the form and are "
                                                 "not shown: %1").replace(
                    "%1", "; ".join(version.flags)))
            else:
                self.banner.clear_message()
        self.body.addWidget(self.content)
        # The content is made after the buttons (again for each version); Tab follows the
        # order widgets joined the window, so the buttons rejoin after it: read last.
        layout = self.layout()
        assert layout is not None
        layout.removeWidget(self.buttons)
        self.buttons.setParent(None)
        self.buttons.setParent(self)
        layout.addWidget(self.buttons)
        self.buttons.show()
        self.amend_button.setEnabled(detail.form is not None and version.current and
                                     self.context.session.allowed("form.fill"))

    def _on_versions_changed(self, index: int) -> None:
        version_id = self.versions.itemData(index)
        if not version_id or version_id == self.detail.version.id:
            return
        forms = self.context.session.forms
        (Op(self, lambda _ctx: forms.detail(version_id, version=True),
            label="open response version")
         .success(self._show)
         .failure(self.banner.show_error)
         .run(self.context.runner))

    def _on_amend_button_clicked(self) -> None:
        self.sig_amend.emit(self.detail)
        self.accept()


def open_response(owner: QWidget, context: AppContext, response_id: str,
                  on_open: Any = None) -> None:
    """Load a response and its history on the db lane, then show it (``on_open`` gets the
    dialog before it is shown; the main window's error path shows a failure)."""
    forms = context.session.forms

    def work(_ctx: Any) -> tuple[ResponseDetail, list[ResponseVersion]]:
        return forms.detail(response_id), forms.history(response_id)

    def show(result: tuple[ResponseDetail, list[ResponseVersion]]) -> None:
        dialog = ResponseDialog(context, result[0], result[1], owner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_open is not None:
            on_open(dialog)
        dialog.open()

    Op(owner, work, label="open response").success(show).run(context.runner)


class SharedFormsDialog(QDialog):
    """The completed forms a partner sent with its referral, read-only, one tab each, read
    with the form definition that came with them (raw answers when it cannot be read)."""

    def __init__(self, carried: list[SharedResponse], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Forms sent with the referral"))
        self.setAccessibleName(self.windowTitle())
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Forms"))
        # Long form titles shorten rather than hide behind scroll arrows.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        for response in carried:
            page: QWidget
            if response.form is None:
                raw = QPlainTextEdit(self.tabs)
                raw.setReadOnly(True)
                raw.setAccessibleName(self.tr("Answers as received"))
                raw.setPlainText(raw_answers_text(response.raw))
                page = raw
            else:
                page = FormView(response.form, response.answers, read_only=True,
                                parent=self.tabs)
            title = response.title
            if response.state is not None and response.state.score is not None:
                title = self.tr("%1 (score %2)").replace("%1", title).replace(
                    "%2", score_text(response.state.score))
            self.tabs.addTab(page, literal(title))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(820, 640)
        self.setMinimumHeight(360)

    @classmethod
    def show_forms(cls, parent: QWidget | None, carried: list[SharedResponse]) -> None:
        dialog = cls(carried, parent)
        try:
            dialog.exec()
        finally:
            dialog.setParent(None)
