"""The sign-in screen: pick a user, type the passphrase, unlock in the background.

Unlocking derives a key with Argon2id (about half a second by design), so it runs on the
runner's db lane — the store it opens then lives on that thread — while a busy bar shows.
A wrong passphrase gets a plain message; after too many, a countdown says when to try
again. A missing or damaged store or vault is named as soon as the screen shows. "Forgot
passphrase" opens :class:`RecoveryDialog`: the agency's recovery code plus a new passphrase
(``Workspace.recover``).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import CollabDeskError, TooManyAttempts, WrongPassphrase
from collabdesk.ui.dialogs.common import PassphraseFields
from collabdesk.ui.ops import Op
from collabdesk.ui.tasks import TaskContext, TaskRunner
from collabdesk.ui.widgets import tab_chain

if TYPE_CHECKING:
    from collabdesk.services.session import Session
    from collabdesk.workspace import Workspace


class _Countdown:
    """Counts down a throttle delay, calling ``on_tick`` each second and at zero."""

    def __init__(self, owner: QWidget, on_tick: Callable[[int], None]) -> None:
        self._timer = QTimer(owner)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._until = 0.0
        self._on_tick = on_tick

    def start(self, seconds: float) -> None:
        self._until = time.monotonic() + max(0.0, seconds)
        self._timer.start()
        self._tick()

    def stop(self) -> None:
        self._timer.stop()
        self._until = 0.0

    def remaining(self) -> int:
        return max(0, math.ceil(self._until - time.monotonic()))

    def active(self) -> bool:
        return self._timer.isActive()

    def _tick(self) -> None:
        left = self.remaining()
        if left <= 0:
            self._timer.stop()
        self._on_tick(left)


class SignInWidget(QWidget):
    """The sign-in screen. Emits ``sig_signed_in(Session)`` once the store is unlocked."""

    sig_signed_in = Signal(object)

    def __init__(self, workspace: Workspace, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self._busy = False

        self.title_label = QLabel(self)
        self.title_label.setObjectName("signInTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.title_label.setFont(font)
        self.user_combo = QComboBox(self)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.sign_in_button = QPushButton(self)
        self.sign_in_button.setDefault(True)
        self.forgot_button = QPushButton(self)
        self.forgot_button.setFlat(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("role", "error")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.hide()
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.hint_label.hide()

        self._user_label = QLabel(self)
        self._user_label.setBuddy(self.user_combo)
        self._pass_label = QLabel(self)
        self._pass_label.setBuddy(self.passphrase_edit)
        form = QFormLayout()
        form.addRow(self._user_label, self.user_combo)
        form.addRow(self._pass_label, self.passphrase_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)

        card = QFrame(self)
        card.setObjectName("signInCard")
        card.setMaximumWidth(460)
        inner = QVBoxLayout(card)
        inner.addWidget(self.title_label)
        inner.addLayout(form)
        inner.addWidget(self.busy_bar)
        inner.addWidget(self.error_label)
        inner.addLayout(buttons)
        inner.addWidget(self.hint_label)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        # Reading order: the buttons' row reads "Forgot passphrase…", then "Sign in" on the
        # right; Enter in the passphrase field signs in without leaving it.
        tab_chain(self.user_combo, self.passphrase_edit, self.forgot_button, self.sign_in_button)

        self._countdown = _Countdown(self, self._on_countdown)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.passphrase_edit.returnPressed.connect(self.sign_in)
        self.passphrase_edit.textEdited.connect(self._clear_error_if_idle)
        self.user_combo.currentTextChanged.connect(self._user_changed)
        self.forgot_button.clicked.connect(self.open_recovery)
        self._retranslate()
        self.reload_users()

    # -- public -----------------------------------------------------------------------------

    def reload_users(self, select: str | None = None) -> None:
        current = select or self.user_combo.currentText()
        names = self.workspace.usernames()  # the vault file only: readable while locked
        self.user_combo.blockSignals(True)
        self.user_combo.clear()
        self.user_combo.addItems(names)
        self.user_combo.blockSignals(False)
        if current:
            self.set_username(current)
        self._user_changed(self.user_combo.currentText())
        problem = self.workspace.problem()  # a missing or damaged file: say so before typing
        if problem:
            self.error_label.setText(problem)

    def set_username(self, username: str) -> None:
        index = self.user_combo.findText(username, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self.user_combo.setCurrentIndex(index)

    def username(self) -> str:
        return self.user_combo.currentText()

    def set_hint(self, text: str) -> None:
        """A visible note under the form (the demo's passphrases, for example)."""
        self.hint_label.setText(text)
        self.hint_label.setVisible(bool(text))

    def reset(self) -> None:
        """Back to an empty passphrase (after a lock), keeping the chosen user."""
        self.passphrase_edit.clear()
        self.error_label.clear()
        self._set_busy(False)
        self.reload_users()
        self.passphrase_edit.setFocus()

    def is_busy(self) -> bool:
        return self._busy

    def sign_in(self) -> None:
        if self._busy or self._countdown.active():
            return
        username = self.user_combo.currentText().strip()
        passphrase = self.passphrase_edit.text()
        if not username:
            self.error_label.setText(self.tr("Choose who is signing in."))
            return
        if not passphrase:
            self.error_label.setText(self.tr("Type your passphrase."))
            self.passphrase_edit.setFocus()
            return
        self._set_busy(True)
        self.error_label.setText(self.tr("Unlocking…"))
        workspace = self.workspace

        def work(ctx: TaskContext) -> Session:
            return workspace.sign_in(username, passphrase)

        Op(self, work, label="sign in").success(self._signed_in).failure(self._failed).run(
            self.runner)

    def open_recovery(self) -> RecoveryDialog:
        dialog = RecoveryDialog(self.workspace, self.runner, self,
                                username=self.user_combo.currentText())
        dialog.sig_recovered.connect(self._recovered)
        dialog.open()
        return dialog

    # -- internals --------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.sign_in_button.setEnabled(not busy and not self._countdown.active())
        self.user_combo.setEnabled(not busy)
        self.passphrase_edit.setEnabled(not busy)
        self.forgot_button.setEnabled(not busy)

    def _signed_in(self, session: Session) -> None:
        self._set_busy(False)
        self.passphrase_edit.clear()
        self.error_label.clear()
        self.sig_signed_in.emit(session)

    def _recovered(self, session: Session) -> None:
        self.reload_users(select=session.user.username)
        self._signed_in(session)

    def _failed(self, error: CollabDeskError) -> None:
        self._set_busy(False)
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()
        if isinstance(error, TooManyAttempts):
            self._countdown.start(error.retry_after)
        elif isinstance(error, WrongPassphrase):
            self.error_label.setText(self.tr("That passphrase is not correct for this user."))
        else:
            self.error_label.setText(str(error))

    def _on_countdown(self, left: int) -> None:
        if left > 0:
            self.error_label.setText(self.tr(
                "Too many wrong passphrases. Try again in %n second(s).", "", left))
            self.sign_in_button.setEnabled(False)
        else:
            self.error_label.setText(self.tr("You can try again now."))
            self.sign_in_button.setEnabled(not self._busy)

    def _user_changed(self, username: str) -> None:
        self._countdown.stop()
        self.error_label.clear()
        self.sign_in_button.setEnabled(not self._busy)
        if username:
            wait = self.workspace.retry_after(username)
            if wait > 0:
                self._countdown.start(wait)

    def _clear_error_if_idle(self) -> None:
        if not self._busy and not self._countdown.active():
            self.error_label.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title_label.setText(self.tr("Sign in to CollabDesk"))
        self._user_label.setText(self.tr("&User:"))
        self._pass_label.setText(self.tr("&Passphrase:"))
        self.user_combo.setAccessibleName(self.tr("User"))
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.forgot_button.setText(self.tr("Forgot passphrase…"))
        self.forgot_button.setAccessibleName(self.tr("Forgot passphrase"))
        self.error_label.setAccessibleName(self.tr("Sign-in message"))
        self.busy_bar.setAccessibleName(self.tr("Unlocking"))
        self.hint_label.setAccessibleName(self.tr("Hint"))


class RecoveryDialog(QDialog):
    """Recovery code + user + new passphrase → a new passphrase and a signed-in session."""

    sig_recovered = Signal(object)  # Session

    def __init__(self, workspace: Workspace, runner: TaskRunner,
                 parent: QWidget | None = None, *, username: str = "") -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self._busy = False
        self.setWindowTitle(self.tr("Recover access"))
        self.setAccessibleName(self.tr("Recover access"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        intro = QLabel(self.tr(
            "Type the agency's recovery code (from the paper printed at setup) and choose a "
            "new passphrase."), self)
        intro.setWordWrap(True)
        self.code_edit = QLineEdit(self)
        self.code_edit.setAccessibleName(self.tr("Recovery code"))
        self.code_edit.setPlaceholderText(self.tr("XXXX-XXXX-…"))
        self.user_combo = QComboBox(self)
        self.user_combo.setEditable(True)  # a user without a passphrase on this laptop yet
        self.user_combo.addItems(workspace.usernames())
        self.user_combo.setAccessibleName(self.tr("User"))
        if username:
            self.user_combo.setCurrentText(username)
        self.passphrase = PassphraseFields(self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Recovery message"))
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Unlocking"))
        self.busy_bar.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Set passphrase and sign in"))
        self.ok_button.setAccessibleName(self.tr("Set passphrase and sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel"))

        form = QFormLayout()
        form.addRow(self.tr("Recovery code:"), self.code_edit)
        form.addRow(self.tr("User:"), self.user_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.sig_changed.connect(self._update_ok)
        self.code_edit.textChanged.connect(self._update_ok)
        self.user_combo.currentTextChanged.connect(self._update_ok)
        self.setTabOrder(self.code_edit, self.user_combo)
        self.setTabOrder(self.user_combo, self.passphrase.first)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(not self._busy and bool(self.code_edit.text().strip())
                                  and bool(self.user_combo.currentText().strip())
                                  and self.passphrase.is_acceptable())

    def submit(self) -> None:
        if self._busy or not self.ok_button.isEnabled():
            return
        code = self.code_edit.text().strip()
        username = self.user_combo.currentText().strip()
        new_passphrase = self.passphrase.passphrase()
        workspace = self.workspace
        self._busy = True
        self.busy_bar.show()
        self.error_label.setText(self.tr("Checking the recovery code…"))
        self._update_ok()

        def work(ctx: TaskContext) -> Session:
            return workspace.recover(code, username, new_passphrase)

        Op(self, work, label="recover access").success(self._done).failure(self._failed).run(
            self.runner)

    def _done(self, session: Session) -> None:
        self._busy = False
        self.busy_bar.hide()
        self.accept()
        self.sig_recovered.emit(session)

    def _failed(self, error: CollabDeskError) -> None:
        self._busy = False
        self.busy_bar.hide()
        self.error_label.setText(str(error))
        self._update_ok()

    def reject(self) -> None:
        if not self._busy:  # an unlock in flight must finish before the dialog goes
            super().reject()
