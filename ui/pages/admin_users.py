"""Admin ▸ Users: the users table's rows and columns, and the dialogs to add or edit a user,
set a passphrase on this laptop and show a new recovery code."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from collabdesk.ui.dialogs.common import PassphraseFields, RecoveryCodePanel
from collabdesk.ui.models import Column, attr_column

if TYPE_CHECKING:
    from collabdesk.services.session import Session

ROLES = ("worker", "supervisor", "admin")
USERNAME_PATTERN = r"[A-Za-z0-9._-]{2,40}"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class UserRow:
    id: str
    username: str
    display_name: str
    roles: tuple[str, ...]
    active: bool
    passphrase_here: bool


@dataclass(frozen=True)
class AdminData:
    users: list[UserRow]
    settings: dict[str, Any]


@dataclass(frozen=True)
class UserForm:
    username: str
    display_name: str
    roles: tuple[str, ...]
    passphrase: str = ""


def load_admin_data(session: Session) -> AdminData:
    """Users (with whether they have a passphrase here) and settings; db lane."""
    users = session.users.list_users(include_inactive=True)
    workspace = session.workspace
    slots = ({s.user_id for s in workspace.vault().slots() if s.user_id}
             if workspace is not None else set())
    rows = [UserRow(u.id, u.username, u.display_name, tuple(sorted(u.roles)), u.active,
                    u.id in slots) for u in users]
    return AdminData(rows, session.settings())


def _roles_text(roles: tuple[str, ...]) -> str:
    from PySide6.QtCore import QCoreApplication

    return ", ".join(QCoreApplication.translate("AdminPage", r) for r in roles)


USER_COLUMNS: tuple[Column[UserRow], ...] = (
    attr_column("username", QT_TRANSLATE_NOOP("Columns", "User name")),
    attr_column("display_name", QT_TRANSLATE_NOOP("Columns", "Name")),
    attr_column("roles", QT_TRANSLATE_NOOP("Columns", "Roles"), fmt=lambda v: _roles_text(v)),
    attr_column("active", QT_TRANSLATE_NOOP("Columns", "Active")),
    attr_column("passphrase_here", QT_TRANSLATE_NOOP("Columns", "Can sign in here")),
)


class UserDialog(QDialog):
    """Add a user (name, roles, passphrase) or edit one's name and roles."""

    def __init__(self, parent: QWidget | None = None, *, user: UserRow | None = None) -> None:
        super().__init__(parent)
        self.editing = user
        title = self.tr("Edit user") if user else self.tr("Add user")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.username_edit = QLineEdit(self)
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.username_edit.setValidator(QRegularExpressionValidator(
            QRegularExpression(USERNAME_PATTERN), self.username_edit))
        self.display_edit = QLineEdit(self)
        self.display_edit.setAccessibleName(self.tr("Display name"))
        self.role_boxes: dict[str, QCheckBox] = {}
        roles_box = QGroupBox(self.tr("Roles"), self)
        roles_layout = QHBoxLayout(roles_box)
        labels = {"worker": self.tr("Worker"), "supervisor": self.tr("Supervisor"),
                  "admin": self.tr("Administrator")}
        for role in ROLES:
            box = QCheckBox(labels[role], roles_box)
            box.setAccessibleName(labels[role])
            roles_layout.addWidget(box)
            self.role_boxes[role] = box
        self.passphrase = PassphraseFields(self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Message"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleName(self.tr("Save user"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel"))

        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username_edit)
        form.addRow(self.tr("&Display name:"), self.display_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(roles_box)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        if user is not None:
            self.username_edit.setText(user.username)
            self.username_edit.setReadOnly(True)
            self.display_edit.setText(user.display_name)
            for role in user.roles:
                if role in self.role_boxes:
                    self.role_boxes[role].setChecked(True)
            self.passphrase.hide()
        else:
            self.role_boxes["worker"].setChecked(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for box in self.role_boxes.values():
            box.toggled.connect(self._update_ok)
        self.username_edit.textChanged.connect(self._update_ok)
        self.passphrase.sig_changed.connect(self._update_ok)
        self._update_ok()

    def roles(self) -> tuple[str, ...]:
        return tuple(r for r, box in self.role_boxes.items() if box.isChecked())

    def _problem(self) -> str:
        if not self.username_edit.hasAcceptableInput():
            return self.tr("A user name is 2–40 letters, digits, dots, dashes or underscores.")
        if not self.roles():
            return self.tr("Choose at least one role.")
        if self.editing is None and not self.passphrase.is_acceptable():
            return self.tr("Choose a passphrase for this laptop (typed twice, at least fair).")
        return ""

    def _update_ok(self) -> None:
        problem = self._problem()
        self.ok_button.setEnabled(not problem)
        self.error_label.setText(problem if self.username_edit.text() else "")

    def form(self) -> UserForm:
        return UserForm(self.username_edit.text().strip(), self.display_edit.text().strip(),
                        self.roles(), "" if self.editing else self.passphrase.passphrase())

    def accept(self) -> None:
        if not self._problem():
            super().accept()


class PassphraseDialog(QDialog):
    """Set a user's passphrase on this laptop."""

    def __init__(self, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Passphrase for {name}").format(name=user.display_name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        intro = QLabel(self.tr("This sets {name}'s passphrase on this laptop only. Tell them "
                               "in person, not by e-mail.").format(name=user.display_name),
                       self)
        intro.setWordWrap(True)
        self.passphrase = PassphraseFields(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleName(self.tr("Set passphrase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.sig_changed.connect(
            lambda: self.ok_button.setEnabled(self.passphrase.is_acceptable()))
        self.ok_button.setEnabled(False)

    def accept(self) -> None:
        if self.passphrase.is_acceptable():
            super().accept()


class RecoveryCodeDialog(QDialog):
    """Shows a new recovery code once; closes only after "I have stored it safely"."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery code"))
        self.setAccessibleName(self.tr("New recovery code"))
        self.panel = RecoveryCodePanel(code, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Done"))
        self.ok_button.setAccessibleName(self.tr("Done"))
        self.ok_button.setEnabled(False)
        self.panel.sig_confirmed_changed.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        if self.panel.is_confirmed():
            super().accept()

    def reject(self) -> None:
        if self.panel.is_confirmed():  # the code is never shown again: no closing unseen
            super().reject()
