"""Building blocks the frontline pages and their dialogs share.

* :func:`label` — translated words for the enumerations core services use ("on_hold" →
  "On hold"), and :func:`chip_kind` — which :class:`StatusChip` colour a status gets.
* :class:`FormDialog` — a keyboard-first form: Enter saves, Esc cancels, the save runs on
  the db lane and a ``ValidationError`` shows its messages next to the fields. Its rows
  (:func:`add_form_row`) are shown and hidden by name with :meth:`FormDialog.set_row_visible`
  (any form's rows with :func:`set_form_row_visible`).
* :class:`ReasonDialog` — the small modal question pages ask, as
  classmethods that tests replace.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain import FORM_SCOPE, Partner
from collabdesk.errors import CollabDeskError, ValidationError
from collabdesk.ui.context import AppContext
from collabdesk.ui.formats import spoken
from collabdesk.ui.i18n import QT_TRANSLATE_NOOP
from collabdesk.ui.ops import Op
from collabdesk.ui.theme import semantic_colors
from collabdesk.ui.widgets import ChipKind, FieldErrorLabel, FormValidator

_LABELS: dict[str, Any] = {
    # case, need, referral and consent states
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "retracted": QT_TRANSLATE_NOOP("Labels", "Edited after an undone import"),
    "on_hold": QT_TRANSLATE_NOOP("Labels", "On hold"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "met": QT_TRANSLATE_NOOP("Labels", "Met"),
    "unmet": QT_TRANSLATE_NOOP("Labels", "Unmet"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
    "received": QT_TRANSLATE_NOOP("Labels", "Received"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
    "service_started": QT_TRANSLATE_NOOP("Labels", "Service started"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "given": QT_TRANSLATE_NOOP("Labels", "Given"),
    # need domains
    "housing": QT_TRANSLATE_NOOP("Labels", "Housing"),
    "food": QT_TRANSLATE_NOOP("Labels", "Food"),
    "health": QT_TRANSLATE_NOOP("Labels", "Health"),
    "mental_health": QT_TRANSLATE_NOOP("Labels", "Mental health"),
    "substance_use": QT_TRANSLATE_NOOP("Labels", "Substance use"),
    "legal": QT_TRANSLATE_NOOP("Labels", "Legal"),
    "income": QT_TRANSLATE_NOOP("Labels", "Income"),
    "employment": QT_TRANSLATE_NOOP("Labels", "Employment"),
    "education": QT_TRANSLATE_NOOP("Labels", "Education"),
    "safety": QT_TRANSLATE_NOOP("Labels", "Safety"),
    "transport": QT_TRANSLATE_NOOP("Labels", "Transport"),
    "childcare": QT_TRANSLATE_NOOP("Labels", "Childcare"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    # severities and urgencies
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
    "medium": QT_TRANSLATE_NOOP("Labels", "Medium"),
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
    "urgent": QT_TRANSLATE_NOOP("Labels", "Urgent"),
    "routine": QT_TRANSLATE_NOOP("Labels", "Routine"),
    "soon": QT_TRANSLATE_NOOP("Labels", "Soon"),
    # consent
    "verbal": QT_TRANSLATE_NOOP("Labels", "Verbal"),
    "written": QT_TRANSLATE_NOOP("Labels", "Written"),
    "electronic": QT_TRANSLATE_NOOP("Labels", "Electronic"),
    "referral": QT_TRANSLATE_NOOP("Labels", "Referral"),
    "care_coordination": QT_TRANSLATE_NOOP("Labels", "Care coordination"),
    "reporting": QT_TRANSLATE_NOOP("Labels", "Reporting"),
    # shareable fields
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "dob": QT_TRANSLATE_NOOP("Labels", "Date of birth"),
    "gender": QT_TRANSLATE_NOOP("Labels", "Gender"),
    "language": QT_TRANSLATE_NOOP("Labels", "Language"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "address": QT_TRANSLATE_NOOP("Labels", "Address"),
    "identifiers": QT_TRANSLATE_NOOP("Labels", "Identifiers"),
    "needs": QT_TRANSLATE_NOOP("Labels", "Needs"),
    "reason": QT_TRANSLATE_NOOP("Labels", "Reason"),
    # genders
    "female": QT_TRANSLATE_NOOP("Labels", "Female"),
    "male": QT_TRANSLATE_NOOP("Labels", "Male"),
    "non_binary": QT_TRANSLATE_NOOP("Labels", "Non-binary"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "Unknown"),
    # conflict kinds
    "field": QT_TRANSLATE_NOOP("Labels", "Edited on two laptops"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Status change refused"),
    "concurrent": QT_TRANSLATE_NOOP("Labels", "Reassigned on two laptops"),
    "applied": QT_TRANSLATE_NOOP("Labels", "Applied"),
    # roles
    "worker": QT_TRANSLATE_NOOP("Labels", "Worker"),
    "supervisor": QT_TRANSLATE_NOOP("Labels", "Supervisor"),
    "admin": QT_TRANSLATE_NOOP("Labels", "Administrator"),
    # kinds of record (conflicts name the record they are about)
    "agency": QT_TRANSLATE_NOOP("Labels", "Agency"),
    "user": QT_TRANSLATE_NOOP("Labels", "User"),
    "client": QT_TRANSLATE_NOOP("Labels", "Client"),
    "case": QT_TRANSLATE_NOOP("Labels", "Case"),
    "need": QT_TRANSLATE_NOOP("Labels", "Need"),
    "service": QT_TRANSLATE_NOOP("Labels", "Service"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "attachment": QT_TRANSLATE_NOOP("Labels", "Attachment"),
    "review": QT_TRANSLATE_NOOP("Labels", "Review"),
    "task": QT_TRANSLATE_NOOP("Labels", "Task"),
    "consent": QT_TRANSLATE_NOOP("Labels", "Consent"),
    "partner": QT_TRANSLATE_NOOP("Labels", "Partner"),
    "partner_service": QT_TRANSLATE_NOOP("Labels", "Partner service"),
    # states of a partner's service (HSDS)
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "inactive": QT_TRANSLATE_NOOP("Labels", "Inactive"),
    "defunct": QT_TRANSLATE_NOOP("Labels", "Defunct"),
    "temporarily closed": QT_TRANSLATE_NOOP("Labels", "Temporarily closed"),
}

_CHIP_KINDS: dict[str, ChipKind] = {
    "open": "info", "on_hold": "warning", "closed": "neutral",
    "sent": "info", "received": "info", "accepted": "ok", "declined": "warning",
    "service_started": "ok", "completed": "ok", "given": "ok", "withdrawn": "neutral",
    "overdue": "overdue",
}


def label(value: str | None) -> str:
    """Translated words for an enumeration value; unknown values are shown readably.

    Summary categories the core has words for ("declined: not_eligible") come from the
    core's catalogue, in the installed language."""
    from collabdesk.reports.labels import category_label

    if not value:
        return ""
    source = _LABELS.get(value)
    if source is None:
        words = category_label(value)
        return str(words) if words != value else value.replace("_", " ")
    return QCoreApplication.translate("Labels", str(source))


def chip_kind(status: str, *, overdue: bool = False) -> ChipKind:
    return "overdue" if overdue else _CHIP_KINDS.get(status, "neutral")


def chip_colors(status: str, *, overdue: bool = False) -> tuple[QColor, QColor]:
    """(text, fill) for a status cell, matching the StatusChip of the same status."""
    return semantic_colors().chip(chip_kind(status, overdue=overdue))


class ErrorBanner(QLabel):
    """A message above a form or list saying what went wrong; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)
        self.setObjectName("errorBanner")
        self.setAccessibleName(self.tr("Message"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        colors = semantic_colors()
        self.setStyleSheet(f"color: {colors.error};")

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def show_error(self, error: BaseException) -> None:
        self.show_message(str(error))

    def clear_message(self) -> None:
        self.show_message("")


class ReadOnlyTable(QTableView):
    """A table that selects its first row when it gets the focus with nothing selected, so
    the arrow keys and Enter work at once. :func:`make_table` makes and sets one up; a
    list with behaviour of its own subclasses it and calls :func:`setup_table`."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        model = self.model()
        if model is not None and model.rowCount() > 0 \
                and not self.selectionModel().hasSelection():
            self.selectRow(0)


def make_table(parent: QWidget, model: Any, accessible_name: str, *,
               sort_column: int | None = 0, newest_first: bool = False) -> QTableView:
    """A read-only, row-selecting, sortable table; Enter and double-click emit ``activated``.

    It opens sorted in the natural order: A→Z by ``sort_column``, or newest first when that
    column holds dates (``newest_first``) — never Z→A, Qt's default indicator. With
    ``sort_column=None`` the rows keep the order they came in (ranked search results) until
    the person clicks a header."""
    view = ReadOnlyTable(parent)
    setup_table(view, model, accessible_name, sort_column=sort_column,
                newest_first=newest_first)
    return view


def setup_table(view: QTableView, model: Any, accessible_name: str, *,
                sort_column: int | None = 0, newest_first: bool = False) -> None:
    """Give ``view`` its model and everything :func:`make_table` promises."""
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setSortIndicator(
        -1 if sort_column is None else sort_column,
        Qt.SortOrder.DescendingOrder if newest_first else Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within it
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setAlternatingRowColors(True)
    _fit_columns_once(view)


MAX_FITTED_COLUMN = 320


def _fit_columns_once(view: QTableView) -> None:
    """Size the columns to their contents when rows first arrive, then leave them to the user.

    Only a sample of rows is measured, so a table of 100k clients fits as fast as one of ten.
    """
    view.horizontalHeader().setResizeContentsPrecision(50)
    model = view.model()

    def fit() -> None:
        if model.rowCount() == 0:
            return
        for signal in (model.modelReset, model.rowsInserted):
            signal.disconnect(fit)
        view.resizeColumnsToContents()
        for column in range(model.columnCount()):
            if view.columnWidth(column) > MAX_FITTED_COLUMN:
                view.setColumnWidth(column, MAX_FITTED_COLUMN)

    model.modelReset.connect(fit)
    model.rowsInserted.connect(fit)


def selected_row(view: QTableView) -> Any:
    """The row object under the view's current index, or None."""
    from collabdesk.ui.models import ROW_ROLE

    index = view.currentIndex()
    if not index.isValid() or not view.selectionModel().isRowSelected(index.row(),
                                                                      index.parent()):
        return None
    return index.siblingAtColumn(0).data(ROW_ROLE)


def select_key(view: QTableView, key: Any) -> bool:
    """Select the row whose key is ``key``; False if it is not shown."""
    from collabdesk.ui.models import KEY_ROLE

    model = view.model()
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        if index.data(KEY_ROLE) == key:
            view.setCurrentIndex(index)
            view.selectRow(r)
            return True
    return False


def without_mnemonic(text: str) -> str:
    """``text`` without its ``&`` mnemonic (a literal ``&&`` stays)."""
    return "&&".join(part.replace("&", "") for part in text.split("&&"))


def add_form_row(owner: QWidget, form: QFormLayout, validator: FormValidator, name: str,
                 text: str, widget: QWidget, *,
                 check: Callable[[], str | None] | None = None) -> FieldErrorLabel:
    """Add a labelled field to ``form`` with its validation message right below it.

    ``text`` is already translated and may hold an ``&`` mnemonic (words from the data in it
    go through :func:`~collabdesk.ui.formats.literal`); the caption is the field's buddy, so
    Alt+letter reaches it, and the field's accessible name is the caption's words.

    The field and its message share one layout, so ``form.setRowVisible(widget, …)`` does not
    find the row: show or hide it with :func:`set_form_row_visible`.
    """
    caption = QLabel(text, owner)
    caption.setBuddy(widget)
    widget.setAccessibleName(spoken(text).rstrip(":"))
    error = validator.add_field(name, widget, check=check)
    error.setParent(owner)
    box = QVBoxLayout()
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(widget)
    box.addWidget(error)
    form.addRow(caption, box)
    return error


_ROLES = (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
          QFormLayout.ItemRole.SpanningRole)


def _widgets(item: QLayoutItem | None) -> Iterator[QWidget]:
    """The widgets ``item`` places: itself, or those of its layout, at any depth."""
    if item is None:
        return
    widget = item.widget()
    if widget is not None:
        yield widget
        return
    layout = item.layout()
    if layout is not None:
        for n in range(layout.count()):
            yield from _widgets(layout.itemAt(n))


def _row_widgets(form: QFormLayout, row: int) -> list[QWidget]:
    return [w for role in _ROLES for w in _widgets(form.itemAt(row, role))]


def set_form_row_visible(form: QFormLayout, widget: QWidget, visible: bool) -> None:
    """Show or hide the whole row of ``form`` that holds ``widget``: its caption and its field
    with everything beside it (a row of :func:`add_form_row` keeps the field and its message
    in one layout, where ``QFormLayout.setRowVisible(widget, …)`` cannot find it: Qt only says
    "Invalid widget" and the row stays). ``widget`` may be the caption, the field or any
    widget inside the row. A row shown again shows its message only if it has one."""
    row = next((r for r in range(form.rowCount())
                if any(w is widget or w.isAncestorOf(widget) for w in _row_widgets(form, r))),
               None)
    if row is None:
        raise ValueError(f"{widget!r} is in no row of this form")
    form.setRowVisible(row, visible)
    if visible:
        # Qt shows every widget of the row's layout, the empty message below the field too.
        for shown in _row_widgets(form, row):
            if isinstance(shown, FieldErrorLabel):
                shown.setVisible(shown.has_error())


class FormDialog(QDialog):
    """A form whose Save runs a service call on the db lane.

    Subclasses add rows with :meth:`add_row`, and implement :meth:`save_work`, which reads
    the widgets (on the GUI thread) and returns the callable to run, or ``None`` to stay
    open. ``result_value`` holds what the call returned once the dialog is accepted.
    """

    def __init__(self, context: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session = context.session
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.result_value: Any = None
        self._busy = False
        self.validator = FormValidator(self)
        self.banner = ErrorBanner(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        # Enter in a multi-line field makes a new line; Ctrl+Enter saves from anywhere.
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addWidget(self.banner)
        self.main_layout.addLayout(self.form)

    def finish_layout(self) -> None:
        """Call at the end of a subclass's ``__init__``: puts the buttons last."""
        self.main_layout.addWidget(self.buttons)

    def add_row(self, name: str, text: str, widget: QWidget, *,
                check: Callable[[], str | None] | None = None) -> FieldErrorLabel:
        """A labelled field (``text`` already translated) with its error message below."""
        return add_form_row(self, self.form, self.validator, name, text, widget, check=check)

    def set_row_visible(self, name: str, visible: bool) -> None:
        """Show or hide the row ``name`` made by :meth:`add_row`: caption, field and message."""
        set_form_row_visible(self.form, self.validator.label(name).field, visible)

    def save_work(self) -> Callable[[], Any] | None:
        raise NotImplementedError

    def on_saved(self, result: Any) -> bool:
        """Called with the result; return False to keep the dialog open."""
        return True

    def is_busy(self) -> bool:
        return self._busy

    def submit(self) -> None:
        if self._busy:
            return
        self.banner.clear_message()
        if not self.validator.validate():
            return
        work = self.save_work()
        if work is None:
            return
        self._set_busy(True)
        (Op(self, lambda _ctx: work(), label=f"save {type(self).__name__}")
         .success(self._saved)
         .failure(self._failed)
         .run(self.context.runner))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)

    def _saved(self, result: Any) -> None:
        self._set_busy(False)
        self.result_value = result
        if self.on_saved(result):
            self.accept()

    def _failed(self, error: CollabDeskError) -> None:
        self._set_busy(False)
        self.handle_error(error)

    def handle_error(self, error: CollabDeskError) -> None:
        if isinstance(error, ValidationError):
            self.validator.apply(error)
        self.banner.show_error(error)

    @classmethod
    def run_dialog(cls, dialog: FormDialog) -> Any:
        """exec() the dialog and return its result value, or None if cancelled."""
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.result_value if accepted else None
        finally:
            # Freed once no task still refers to it, not kept as the parent's child.
            dialog.setParent(None)


class ReasonDialog(QDialog):
    """Asks for a reason in words (declining or closing a referral, withdrawing consent)."""

    last_prompt: ClassVar[str] = ""

    def __init__(self, title: str, prompt: str, *, required: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._required = required
        caption = QLabel(prompt, self)
        caption.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName(prompt)
        self.edit.setTabChangesFocus(True)
        caption.setBuddy(self.edit)
        self.validator = FormValidator(self)
        error = self.validator.add_field(
            "reason", self.edit,
            check=lambda: self.tr("Please give a reason.")
            if self._required and not self.edit.toPlainText().strip() else None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._ok)
        layout = QVBoxLayout(self)
        for w in (caption, self.edit, error, buttons):
            layout.addWidget(w)

    def _ok(self) -> None:
        if self.validator.validate():
            self.accept()

    def text(self) -> str:
        return self.edit.toPlainText().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str, *,
            required: bool = True) -> str | None:
        dialog = cls(title, prompt, required=required, parent=parent)
        try:
            return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.setParent(None)


def load_partners(owner: QWidget, context: AppContext, combo: QComboBox, *,
                  select: str | None = None,
                  failure: Callable[[CollabDeskError], None] | None = None) -> None:
    """Fill ``combo`` with the directory's partners (name, id) off the GUI thread, after any
    items it already has, and select ``select`` once they are there."""
    def loaded(partners: list[Partner]) -> None:
        for partner in partners:
            combo.addItem(partner.name, partner.id)
        if select:
            combo.setCurrentIndex(max(0, combo.findData(select)))

    (Op(owner, lambda _ctx: context.session.directory.partners(), label="list partners")
     .success(loaded)
     .failure(failure or (lambda _e: None))
     .run(context.runner))


def line_edit(parent: QWidget, text: str = "", *, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text, parent)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def describe_fields(names: Iterable[str], form_titles: Mapping[str, str] | None = None) -> str:
    """What a consent or a referral shares, in words; a per-form entry (``form:<url>``) by
    the form's title where known, else the last part of its address."""
    words = []
    for name in names:
        if name.startswith(FORM_SCOPE):
            url = name.removeprefix(FORM_SCOPE)
            title = (form_titles or {}).get(url) or url.rstrip("/").rsplit("/", 1)[-1]
            words.append(QCoreApplication.translate("Labels", "form “{title}”").format(
                title=title))
        else:
            words.append(label(name))
    return ", ".join(words)
