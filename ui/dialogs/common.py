"""Message boxes, file pickers, printing and two small shared form pieces.

Every blocking dialog is opened through a classmethod of :class:`Dialogs`, so tests
(and, later, alternative front ends) can replace it::

    monkeypatch.setattr(Dialogs, "confirm", lambda *args, **kwargs: True)

Texts passed in must already be translated. The module also holds two widgets used by
the wizard, the sign-in screen and the admin page:

* :class:`PassphraseFields` — a passphrase typed twice with a strength meter;
* :class:`RecoveryCodePanel` — a recovery code shown once, with Print, Save as file and
  an "I have stored it safely" check box that must be ticked to continue.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import DiskProblem
from collabdesk.fsutil import atomic_write_bytes
from collabdesk.ui.dialogs.files import pick_folder, pick_open, pick_save
from collabdesk.ui.icons import set_button_icon

#: the strength score (0-4, see passphrases.passphrase_strength) a new passphrase needs
MIN_STRENGTH = 2


# lupdate reads translate("Context", "text") calls; an alias keeps them on one line.
translate = QCoreApplication.translate



class Dialogs:
    """The app's blocking dialogs, each behind a replaceable classmethod."""

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str, *,
                ok_text: str | None = None, destructive: bool = False) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
                          title, text, QMessageBox.StandardButton.Cancel, parent)
        ok = box.addButton(ok_text or translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
        # A destructive action is never the default: Enter must not delete anything.
        box.setDefaultButton(QMessageBox.StandardButton.Cancel if destructive else ok)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(title)
        box.exec()
        return box.clickedButton() is ok

    @classmethod
    def confirm_with_option(cls, parent: QWidget | None, title: str, text: str,
                            option_text: str, *, option_default: bool = True,
                            ok_text: str | None = None) -> tuple[bool, bool]:
        """A confirmation with one check box; returns (confirmed, option ticked)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Cancel, parent)
        ok = box.addButton(ok_text or translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        check = QCheckBox(option_text)
        check.setChecked(option_default)
        check.setAccessibleName(option_text)
        box.setCheckBox(check)
        box.setAccessibleName(title)
        box.exec()
        return box.clickedButton() is ok, check.isChecked()

    @classmethod
    def unsaved(cls, parent: QWidget | None, what: list[str]) -> str:
        """Ask what to do with unsaved edits before they would be lost: "save", "discard"
        or "cancel" (stay). ``what`` names the edits, already translated."""
        box = QMessageBox(QMessageBox.Icon.Question, translate("Dialogs", "Unsaved changes"),
                          translate("Dialogs", "You have changes that are not saved: {what}. "
                                    "Save them before you go on?").format(what=", ".join(what)),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, parent)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(translate("Dialogs", "Unsaved changes"))
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    @classmethod
    def warning(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    @classmethod
    def error(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    @classmethod
    def save_file(cls, parent: QWidget | None, title: str, suggested: Path | str,
                  filters: str = "") -> Path | None:
        suggested = Path(suggested)
        return pick_save(parent, title, title, suggested.name, filters,
                         default=suggested.parent if suggested.is_absolute() else None)

    @classmethod
    def open_file(cls, parent: QWidget | None, title: str, directory: Path | str = "",
                  filters: str = "") -> Path | None:
        return pick_open(parent, title, title, filters,
                         default=Path(directory) if directory else None)

    @classmethod
    def choose_folder(cls, parent: QWidget | None, title: str,
                      directory: Path | str = "") -> Path | None:
        return pick_folder(parent, title, title, default=Path(directory) if directory else None)

    @classmethod
    def ask_credentials(cls, parent: QWidget | None, title: str, text: str,
                        username: str = "") -> tuple[str, str] | None:
        """User name and passphrase (for a backup, say); None if cancelled."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox

        dialog = QDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setAccessibleName(title)
        intro = QLabel(text, dialog)
        intro.setWordWrap(True)
        user = QLineEdit(username, dialog)
        user.setAccessibleName(translate("Dialogs", "User name"))
        secret = QLineEdit(dialog)
        secret.setEchoMode(QLineEdit.EchoMode.Password)
        secret.setAccessibleName(translate("Dialogs", "Passphrase"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form = QFormLayout(dialog)
        form.addRow(intro)
        form.addRow(translate("Dialogs", "User name:"), user)
        form.addRow(translate("Dialogs", "Passphrase:"), secret)
        form.addRow(buttons)
        (secret if username else user).setFocus()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return user.text().strip(), secret.text()

    @classmethod
    def print_text(cls, parent: QWidget | None, title: str, text: str) -> bool:
        """Print plain text through the system's print dialog; False if cancelled."""
        # QtPrintSupport is only loaded when someone actually prints.
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        doc = QTextDocument()
        doc.setPlainText(text)
        doc.print_(printer)
        return True


def _strength_label(score: int) -> str:
    return [translate("Dialogs", "Very weak"), translate("Dialogs", "Weak"),
            translate("Dialogs", "Fair"), translate("Dialogs", "Strong"),
            translate("Dialogs", "Very strong")][max(0, min(4, score))]


class PassphraseFields(QWidget):
    """A new passphrase typed twice, with a strength meter and a hint.

    :meth:`is_acceptable` is true when both entries match and the strength is at least
    :data:`MIN_STRENGTH`; ``sig_changed`` fires on every keystroke.
    """

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, label: str | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(label or translate("Dialogs", "New passphrase"))
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(translate("Dialogs", "Repeat the passphrase"))
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.meter.setAccessibleName(translate("Dialogs", "Passphrase strength"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(translate("Dialogs", "Passphrase advice"))
        self.show_box = QCheckBox(translate("Dialogs", "Show passphrase"), self)
        self.show_box.setAccessibleName(translate("Dialogs", "Show passphrase"))

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(label or translate("Dialogs", "New passphrase:"), self.first)
        form.addRow(translate("Dialogs", "Repeat it:"), self.second)
        form.addRow(translate("Dialogs", "Strength:"), self.meter)
        form.addRow("", self.hint)
        form.addRow("", self.show_box)

        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.show_box.toggled.connect(self._toggle_echo)
        self.setTabOrder(self.first, self.second)
        self.setTabOrder(self.second, self.show_box)
        self._score = 0
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    def score(self) -> int:
        return self._score

    def is_acceptable(self) -> bool:
        return (self._score >= MIN_STRENGTH and bool(self.first.text())
                and self.first.text() == self.second.text())

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _update(self) -> None:
        from collabdesk.passphrases import passphrase_strength

        text = self.first.text()
        score, advice = passphrase_strength(text)
        self._score = score if text else 0
        self.meter.setValue(self._score if text else 0)
        self.meter.setAccessibleDescription(_strength_label(self._score))
        if not text:
            message = translate("Dialogs", "Use four or more unrelated words; a sentence you "
                                "will remember works well.")
        elif self.second.text() and self.second.text() != text:
            message = translate("Dialogs", "The two passphrases do not match.")
        elif score < MIN_STRENGTH:
            message = advice + " " + translate("Dialogs", "A stronger passphrase is required.")
        else:
            message = _strength_label(score) + ". " + (
                "" if self.second.text() == text
                else translate("Dialogs", "Type it again to confirm."))
        self.hint.setText(message.strip())
        self.sig_changed.emit()


class RecoveryCodePanel(QWidget):
    """Shows a recovery code once: Print, Save as file, and a required confirmation."""

    sig_confirmed_changed = Signal(bool)

    def __init__(self, code: str = "", parent: QWidget | None = None, *,
                 agency_name: str = "") -> None:
        super().__init__(parent)
        self._agency = agency_name
        intro = QLabel(translate("Dialogs",
            "This recovery code unlocks the agency's data if every passphrase is forgotten. "
            "It is shown only now. Print it or save it to a USB stick, and keep it locked "
            "away — anyone with it can open the store."), self)
        intro.setWordWrap(True)
        self.code_label = QLabel(self)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(translate("Dialogs", "Recovery code"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_button = QPushButton(translate("Dialogs", "Print…"), self)
        self.print_button.setAccessibleName(translate("Dialogs", "Print the recovery code"))
        set_button_icon(self.print_button, "print")
        self.save_button = QPushButton(translate("Dialogs", "Save as file…"), self)
        self.save_button.setAccessibleName(translate("Dialogs", "Save the recovery code as a file"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(translate("Dialogs", "Recovery code status"))
        stored = translate("Dialogs", "I have stored the recovery code safely")
        self.stored_box = QCheckBox(stored, self)
        self.stored_box.setAccessibleName(stored)

        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.code_label)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.stored_box)
        self.print_button.clicked.connect(self.print_code)
        self.save_button.clicked.connect(self.save_code)
        self.stored_box.toggled.connect(self.sig_confirmed_changed)
        self.set_code(code)

    def set_code(self, code: str) -> None:
        self._code = code
        self.code_label.setText(code)
        self.stored_box.setChecked(False)
        self.status.clear()

    def code(self) -> str:
        return self._code

    def is_confirmed(self) -> bool:
        return self.stored_box.isChecked()

    def _document(self) -> str:
        lines = [translate("Dialogs", "CollabDesk recovery code")]
        if self._agency:
            lines.append(translate("Dialogs", "Agency: {name}").format(name=self._agency))
        lines += ["", self._code, "",
                  translate("Dialogs", "Keep this paper locked away. Anyone holding it can "
                            "open the agency's store on this laptop.")]
        return "\n".join(lines) + "\n"

    def print_code(self) -> None:
        if Dialogs.print_text(self, translate("Dialogs", "Print recovery code"), self._document()):
            self.status.setText(translate("Dialogs", "Sent to the printer."))

    def save_code(self) -> None:
        target = Dialogs.save_file(self, translate("Dialogs", "Save recovery code"),
                                   Path.home() / "collabdesk-recovery-code.txt",
                                   translate("Dialogs", "Text files (*.txt)"))
        if target is None:
            return
        try:
            atomic_write_bytes(target, self._document().encode("utf-8"))
        except DiskProblem as exc:  # full or read-only: the core's one sentence says it
            Dialogs.error(self, translate("Dialogs", "Save recovery code"), str(exc))
            return
        except OSError as exc:
            Dialogs.error(self, translate("Dialogs", "Save recovery code"),
                          translate("Dialogs", "The file could not be written: {error}").format(
                              error=exc.strerror or exc))
            return
        self.status.setText(translate("Dialogs", "Saved to {path}. Move it to a USB stick kept "
                                      "somewhere safe, and delete it from this laptop.")
                            .format(path=target))
