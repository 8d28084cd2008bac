"""New intake: a keyboard-first client form that looks for likely duplicates while the
worker types, and makes them choose — open the existing record, or confirm a new person —
before a possible duplicate is saved.

:class:`ClientForm` (the client's profile fields with their messages) is also the editable
profile on the case screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain import GENDERS, Client, ClientInput, DuplicateCandidate
from collabdesk.errors import CollabDeskError, ValidationError
from collabdesk.services.clients import PossibleDuplicates, parse_date_text
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.forms import FormDialog, add_form_row, label, without_mnemonic
from collabdesk.ui.formats import fmt_date
from collabdesk.ui.i18n import QT_TRANSLATE_NOOP
from collabdesk.ui.models import ROW_ROLE, Column, DataclassTableModel
from collabdesk.ui.ops import Op
from collabdesk.ui.widgets import FormValidator

# Edits that change who the person seems to be, and so the duplicate check.
IDENTITY_FIELDS = ("given_name", "family_name", "dob", "estimated_age", "phone")


class ClientForm(QWidget):
    """The client's profile fields, each with its validation message next to it."""

    sig_identity_edited = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None, *,
                 mnemonics: bool = True) -> None:
        super().__init__(parent)
        self._today = today
        # Off where the screen around the form gives its Alt+letters to its own controls.
        self._mnemonics = mnemonics
        self._identifiers: tuple[tuple[str, str], ...] = ()
        self._saved_state: dict[str, str] = {}
        self.validator = FormValidator(self)
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[str, QWidget] = {}
        self.given_name = self._line("given_name", self.tr("&Given name"))
        self.family_name = self._line("family_name", self.tr("&Family name"))
        self.other_names = self._line("other_names", self.tr("Other &names"))
        self.dob = self._line("dob", self.tr("&Date of birth"), check=self._check_dob)
        self.dob.setPlaceholderText(self.tr("YYYY-MM-DD or DD/MM/YYYY"))
        self.dob_hint = QLabel(self)
        self.dob_hint.setAccessibleName(self.tr("Date of birth as understood"))
        self.layout_.addRow("", self.dob_hint)
        self.estimated_age = self._line("estimated_birth_year", self.tr("Or estimated &age"),
                                        check=self._check_age)
        self.estimated_age.setValidator(QIntValidator(0, 120, self))
        self.estimated_age.setPlaceholderText(self.tr("years, if the date is not known"))
        self.gender = QComboBox(self)
        self.gender.addItem(self.tr("Not recorded"), "")
        for g in GENDERS:
            self.gender.addItem(label(g), g)
        self._add("gender", self.tr("G&ender"), self.gender)
        self.language = self._line("language", self.tr("&Language"))
        self.phone = self._line("phone", self.tr("&Phone"))
        self.email = self._line("email", self.tr("E&mail"))
        self.address = self._line("address", self.tr("Add&ress"))
        for edit in (self.given_name, self.family_name, self.dob, self.estimated_age,
                     self.phone):
            edit.textEdited.connect(lambda _t: self.sig_identity_edited.emit())
        self.dob.textEdited.connect(self._update_dob_hint)
        self.mark_saved()

    def _add(self, name: str, text: str, widget: QWidget,
             check: Callable[[], str | None] | None = None) -> None:
        add_form_row(self, self.layout_, self.validator, name,
                     text if self._mnemonics else without_mnemonic(text), widget, check=check)
        self.edits[name] = widget

    def _line(self, name: str, text: str,
              check: Callable[[], str | None] | None = None) -> QLineEdit:
        edit = QLineEdit(self)
        self._add(name, text, edit, check)
        return edit

    # -- reading and checking -----------------------------------------------------------

    def parsed_dob(self) -> dt.date | None:
        found = parse_date_text(self.dob.text()) if self.dob.text().strip() else []
        return found[0] if found else None

    def _check_dob(self) -> str | None:
        if self.dob.text().strip() and self.parsed_dob() is None:
            return self.tr("Type the date as YYYY-MM-DD or DD/MM/YYYY.")
        return None

    def _check_age(self) -> str | None:
        text = self.estimated_age.text().strip()
        if text and self.dob.text().strip():
            return self.tr("Give either a date of birth or an estimated age, not both.")
        if text and not text.isdigit():
            return self.tr("The estimated age is a number of years.")
        return None

    def _update_dob_hint(self) -> None:
        day = self.parsed_dob()
        self.dob_hint.setText(self.tr("Understood as {date}").format(date=fmt_date(day))
                              if day else "")

    def client_input(self, *, check: bool = True) -> ClientInput | None:
        """The form as a ClientInput; None (with messages shown) when a field is unreadable."""
        if check and not self.validator.validate():
            return None
        age = self.estimated_age.text().strip()
        return ClientInput(
            given_name=self.given_name.text().strip(),
            family_name=self.family_name.text().strip(),
            other_names=self.other_names.text().strip(),
            dob=self.parsed_dob(),
            estimated_birth_year=(self._today.year - int(age)
                                  if age.isdigit() and not self.dob.text().strip() else None),
            gender=str(self.gender.currentData() or ""),
            language=self.language.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            address=self.address.text().strip(),
            identifiers=self._identifiers,
        )

    def set_client(self, client: Client) -> None:
        self.validator.clear()
        self.given_name.setText(client.given_name)
        self.family_name.setText(client.family_name)
        self.other_names.setText(client.other_names)
        self.dob.setText(client.dob.isoformat() if client.dob else "")
        self._update_dob_hint()
        self.estimated_age.setText(
            str(self._today.year - client.estimated_birth_year)
            if client.dob is None and client.estimated_birth_year else "")
        index = self.gender.findData(client.gender or "")
        self.gender.setCurrentIndex(max(0, index))
        self.language.setText(client.language)
        self.phone.setText(client.phone)
        self.email.setText(client.email)
        self.address.setText(client.address)
        self._identifiers = client.identifiers
        self.mark_saved()

    def apply_error(self, error: ValidationError) -> list[str]:
        return self.validator.apply(error)

    # -- unsaved edits ------------------------------------------------------------------

    def state(self) -> dict[str, str]:
        """What the fields hold now, as typed (for a draft, or to compare)."""
        return {name: (str(w.currentData() or "") if isinstance(w, QComboBox)
                       else w.text() if isinstance(w, QLineEdit) else "")
                for name, w in self.edits.items()}

    def set_state(self, state: dict[str, str]) -> None:
        """Put back what :meth:`state` returned (a restored draft)."""
        for name, value in state.items():
            widget = self.edits.get(name)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QLineEdit):
                widget.setText(value)
        self._update_dob_hint()

    def mark_saved(self) -> None:
        """What the fields hold now is what the store holds."""
        self._saved_state = self.state()

    def is_modified(self) -> bool:
        return self.state() != self._saved_state

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.edits.values():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)


def describe_candidate(candidate: DuplicateCandidate) -> str:
    """One line naming an existing client and why they may be the same person."""
    hit = candidate.client
    born = (fmt_date(hit.dob) if hit.dob else
            (str(hit.estimated_birth_year) if hit.estimated_birth_year else "?"))
    text = QCoreApplication.translate("IntakeDialog", "{name} · born {born} · {phone} — {reasons}")
    return text.format(
        name=f"{hit.given_name} {hit.family_name}".strip(), born=born,
        phone=hit.phone or QCoreApplication.translate("IntakeDialog", "no phone"),
        reasons="; ".join(candidate.reasons))


# The list of possible duplicates has one column: each existing client in one line.
DUPLICATE_COLUMN: Column[DuplicateCandidate] = Column(
    "client", QT_TRANSLATE_NOOP("IntakeDialog", "Possible duplicates"), describe_candidate,
    accessible=describe_candidate, context="IntakeDialog")




class IntakeDialog(FormDialog):
    """Register a new client. ``result_value`` is the new client, or the existing record
    the worker chose to open instead (then ``opened_existing`` is True)."""

    DUPLICATE_DEBOUNCE_MS = 350

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("New intake"), parent)
        self.opened_existing = False
        self.candidates: list[DuplicateCandidate] = []
        self._dup_generation = 0
        self.client_form = ClientForm(context.today(), self)
        self.main_layout.addWidget(self.client_form)

        self.duplicates_box = QGroupBox(self.tr("Possibly already registered"), self)
        self.duplicates_box.setAccessibleName(self.tr("Possible duplicates"))
        self.duplicates_model: DataclassTableModel[DuplicateCandidate] = DataclassTableModel(
            [DUPLICATE_COLUMN], key=lambda c: c.client.id, parent=self)
        self.duplicates_list = QListView(self.duplicates_box)
        self.duplicates_list.setModel(self.duplicates_model)
        self.duplicates_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.duplicates_list.setAccessibleName(self.tr("Existing clients who may be this "
                                                       "person"))
        self.open_existing_button = QPushButton(self.tr("&Open selected record"),
                                                self.duplicates_box)
        self.open_existing_button.setAccessibleName(self.tr("Open the selected existing "
                                                            "record"))
        self.open_existing_button.setAutoDefault(False)
        self.open_existing_button.clicked.connect(self._open_selected)
        self.duplicates_list.activated.connect(lambda _i: self._open_selected())
        box = QVBoxLayout(self.duplicates_box)
        box.addWidget(self.duplicates_list)
        box.addWidget(self.open_existing_button)
        self.duplicates_box.setVisible(False)
        self.main_layout.addWidget(self.duplicates_box)
        self.finish_layout()

        self.dup_timer = QTimer(self)
        self.dup_timer.setSingleShot(True)
        self.dup_timer.setInterval(self.DUPLICATE_DEBOUNCE_MS)
        self.dup_timer.timeout.connect(self.check_duplicates)
        self.client_form.sig_identity_edited.connect(self.dup_timer.start)
        self.client_form.given_name.setFocus()
        self.resize(520, 640)

    def done(self, result: int) -> None:
        self.dup_timer.stop()
        super().done(result)

    # -- live duplicate check -----------------------------------------------------------

    def check_duplicates(self) -> None:
        data = self.client_form.client_input(check=False)
        self._dup_generation += 1
        generation = self._dup_generation
        if data is None or not (len(data.given_name) + len(data.family_name) >= 2
                                or len(data.phone) >= 6):
            self._show_candidates([])
            return
        clients = self.session.clients
        (Op(self, lambda _ctx: clients.find_duplicates(data), label="find duplicates")
         .success(lambda found: self._candidates_found(generation, found))
         .failure(lambda _e: None)
         .run(self.context.runner))

    def _candidates_found(self, generation: int, found: list[DuplicateCandidate]) -> None:
        if generation == self._dup_generation:  # an older keystroke's answer is stale
            self._show_candidates(found)

    def _show_candidates(self, found: list[DuplicateCandidate]) -> None:
        self.candidates = list(found)
        self.duplicates_model.set_rows(self.candidates)
        if self.candidates:
            self.duplicates_list.setCurrentIndex(self.duplicates_model.index(0, 0))
        self.duplicates_box.setVisible(bool(self.candidates))

    def _open_selected(self) -> None:
        candidate = self.duplicates_list.currentIndex().data(ROW_ROLE)
        if isinstance(candidate, DuplicateCandidate):
            self.open_existing(candidate.client.id)

    def open_existing(self, client_id: str) -> None:
        clients = self.session.clients
        (Op(self, lambda _ctx: clients.get(client_id), label="open existing client")
         .success(self._opened_existing)
         .failure(self.handle_error)
         .run(self.context.runner))

    def _opened_existing(self, client: Client) -> None:
        self.opened_existing = True
        self.result_value = client
        self.accept()

    # -- saving -------------------------------------------------------------------------

    def submit(self) -> None:
        self._confirmed_new = False
        super().submit()

    def save_work(self) -> Callable[[], Any] | None:
        data = self.client_form.client_input()
        if data is None:
            return None
        clients, confirmed = self.session.clients, getattr(self, "_confirmed_new", False)
        return lambda: clients.intake(data, confirmed_new=confirmed)

    def handle_error(self, error: CollabDeskError) -> None:
        if isinstance(error, PossibleDuplicates):
            self._show_candidates(error.candidates)
            choice = type(self).confirm_duplicates(self, error.candidates)
            if choice == "new":
                self._confirm_new_and_save()
            elif choice:
                self.open_existing(choice)
            return
        if isinstance(error, ValidationError):
            self.client_form.apply_error(error)
        self.banner.show_error(error)

    def _confirm_new_and_save(self) -> None:
        data = self.client_form.client_input()
        if data is None:
            return
        clients = self.session.clients
        self._set_busy(True)
        (Op(self, lambda _ctx: clients.intake(data, confirmed_new=True),
            label="intake confirmed new")
         .success(self._saved)
         .failure(self._failed)
         .run(self.context.runner))

    @classmethod
    def confirm_duplicates(cls, parent: QWidget, candidates: list[DuplicateCandidate]) -> str:
        """Ask what to do about likely duplicates: a client id to open that record, "new" to
        register a different person anyway, "" to go back to the form."""
        tr = QCoreApplication.translate
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("IntakeDialog", "Possibly already registered"))
        box.setText(tr("IntakeDialog", "This person may already be registered. Open the "
                       "existing record, or confirm that this is a different person."))
        box.setInformativeText("\n".join(describe_candidate(c) for c in candidates))
        open_button = box.addButton(tr("IntakeDialog", "Open existing record"),
                                    QMessageBox.ButtonRole.AcceptRole)
        new_button = box.addButton(tr("IntakeDialog", "Register a different person"),
                                   QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("IntakeDialog", "Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_button:
            return candidates[0].client.id
        if clicked is new_button:
            return "new"
        return ""

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> Client | None:
        result = cls.run_dialog(cls(context, parent))
        return result if isinstance(result, Client) else None
