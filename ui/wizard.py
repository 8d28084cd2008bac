"""First-run wizard: from an empty laptop to an agency store with its first administrator.

Pages: agency name → first administrator → passphrase (typed twice, strength meter) →
creating the store (KDF calibration and store creation in the background, db lane) →
the recovery code, shown once, with Print and Save as file and a required "I have stored
it safely" tick → an optional partner hub address (stored in the agency settings as
``hub_url``; enrolment with the hub is done later, by the sync engine).

Once the store exists there is no way back and no Cancel: the recovery code must be seen.
After ``accepted``, :attr:`FirstRunWizard.session` is the signed-in administrator.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlparse

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from collabdesk.errors import CollabDeskError
from collabdesk.ui.dialogs.common import PassphraseFields, RecoveryCodePanel
from collabdesk.ui.ops import Op
from collabdesk.ui.tasks import TaskContext, TaskRunner

if TYPE_CHECKING:
    from collabdesk.services.session import Session
    from collabdesk.vault import KdfParams
    from collabdesk.workspace import Workspace

# The same rule the user service applies, so the first admin is a valid user name too.
USERNAME_PATTERN = r"[A-Za-z0-9._-]{2,40}"

PAGE_AGENCY, PAGE_ADMIN, PAGE_PASSPHRASE, PAGE_CREATE, PAGE_RECOVERY, PAGE_HUB = range(6)


def store_hub_url(session: Session, url: str) -> None:
    """Keep the partner hub's address in the agency settings (``hub_url``)."""
    session.update_settings(hub_url=url)


def valid_hub_url(url: str) -> bool:
    parts = urlparse(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


class AgencyPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to CollabDesk"))
        self.setSubTitle(self.tr("This laptop will keep your agency's cases in an encrypted "
                                 "store. First, what is the agency called?"))
        self.agency_edit = QLineEdit(self)
        self.agency_edit.setAccessibleName(self.tr("Agency name"))
        self.agency_edit.setMaxLength(200)
        form = QFormLayout(self)
        form.addRow(self.tr("&Agency name:"), self.agency_edit)
        self.registerField("agency_name*", self.agency_edit)


class AdminPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(self.tr("The administrator adds the other workers and makes backups. "
                                 "You can give yourself more roles later."))
        self.username_edit = QLineEdit(self)
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.username_edit.setValidator(QRegularExpressionValidator(
            QRegularExpression(USERNAME_PATTERN), self.username_edit))
        self.username_edit.setPlaceholderText(self.tr("for example: maria.lopez"))
        self.display_edit = QLineEdit(self)
        self.display_edit.setAccessibleName(self.tr("Display name"))
        self.display_edit.setMaxLength(200)
        note = QLabel(self.tr("A user name is 2–40 letters, digits, dots, dashes or "
                              "underscores."), self)
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&User name:"), self.username_edit)
        form.addRow(self.tr("&Display name:"), self.display_edit)
        form.addRow("", note)
        self.registerField("admin_username*", self.username_edit)
        self.registerField("admin_display_name", self.display_edit)
        self.username_edit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return self.username_edit.hasAcceptableInput()


class PassphrasePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(self.tr("The passphrase unlocks the store. Nobody can reset it for "
                                 "you without the recovery code, so pick one you will "
                                 "remember."))
        self.fields = PassphraseFields(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        self.fields.sig_changed.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return self.fields.is_acceptable()


class CreatePage(QWizardPage):
    """Runs Workspace.create in the background; moves on by itself when done."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Creating the encrypted store"))
        self.setSubTitle(self.tr("Tuning the passphrase protection to this laptop and "
                                 "creating the store. This takes a few seconds."))
        self.setCommitPage(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Progress message"))
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.retry_button = QPushButton(self.tr("Try again"), self)
        self.retry_button.setAccessibleName(self.tr("Try creating the store again"))
        self.retry_button.hide()
        self.retry_button.clicked.connect(self._start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._running = False

    def initializePage(self) -> None:
        self._start()

    def isComplete(self) -> bool:
        return self._wizard.session is not None

    def is_running(self) -> bool:
        return self._running

    def _start(self) -> None:
        if self._running or self._wizard.session is not None:
            return
        w = self._wizard
        agency = str(w.field("agency_name")).strip()
        username = str(w.field("admin_username")).strip()
        display = str(w.field("admin_display_name")).strip()
        passphrase = w.passphrase_page.fields.passphrase()
        workspace, kdf = w.workspace, w.kdf
        self._running = True
        self.retry_button.hide()
        self.bar.setRange(0, 0)
        self.bar.show()
        self.message.setText(self.tr("Measuring this laptop…"))
        w.button(QWizard.WizardButton.BackButton).setEnabled(False)

        def work(ctx: TaskContext) -> tuple[Session, str]:
            return workspace.create(agency, username, passphrase, admin_display_name=display,
                                    kdf=kdf, progress=ctx.progress)

        (Op(self, work, label="create store")
         .success(self._done)
         .failure(self._failed)
         .progress(lambda _d, _t, _m: self.message.setText(self.tr(
             "Tuning the passphrase protection to this laptop…")))
         .run(w.runner))

    def _done(self, result: tuple[Session, str]) -> None:
        self._running = False
        self._wizard.session, self._wizard.recovery_code = result
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.message.setText(self.tr("The store is ready."))
        self._wizard.store_created()
        self.completeChanged.emit()
        if self._wizard.currentId() == PAGE_CREATE:
            self._wizard.next()

    def _failed(self, error: CollabDeskError) -> None:
        self._running = False
        self.bar.hide()
        self.message.setText(self.tr("The store could not be created: {error}").format(
            error=str(error)))
        self.retry_button.show()
        self._wizard.button(QWizard.WizardButton.BackButton).setEnabled(True)


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Recovery code"))
        self.panel = RecoveryCodePanel("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.panel.sig_confirmed_changed.connect(self.completeChanged)

    def initializePage(self) -> None:
        self.panel._agency = str(self._wizard.field("agency_name")).strip()
        self.panel.set_code(self._wizard.recovery_code or "")

    def isComplete(self) -> bool:
        return self.panel.is_confirmed()


class HubPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Partner hub (optional)"))
        self.setSubTitle(self.tr("If your network runs a partner hub, type its address. You "
                                 "can skip this: CollabDesk works fully offline, and the "
                                 "laptop can be enrolled with the hub later from Admin."))
        self.url_edit = QLineEdit(self)
        self.url_edit.setAccessibleName(self.tr("Hub address"))
        self.url_edit.setPlaceholderText("https://hub.example.org")
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Hub address message"))
        form = QFormLayout(self)
        form.addRow(self.tr("Hub &address:"), self.url_edit)
        form.addRow("", self.error_label)
        self.url_edit.textChanged.connect(lambda _t: self.error_label.clear())

    def url(self) -> str:
        return self.url_edit.text().strip()

    def validatePage(self) -> bool:
        if self.url() and not valid_hub_url(self.url()):
            self.error_label.setText(self.tr(
                "That does not look like a web address. It starts with https:// (or leave "
                "the field empty to skip)."))
            return False
        return True


class FirstRunWizard(QWizard):
    """Creates the agency's store. ``kdf`` overrides calibration (tests use the floor)."""

    def __init__(self, workspace: Workspace, runner: TaskRunner,
                 parent: QWidget | None = None, *, kdf: KdfParams | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.kdf = kdf
        self.session: Session | None = None
        self.recovery_code: str | None = None
        self._finishing = False
        self._hub_saved = False
        self.setWindowTitle(self.tr("Set up CollabDesk"))
        self.setAccessibleName(self.tr("Set up CollabDesk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)

        self.agency_page = AgencyPage(self)
        self.admin_page = AdminPage(self)
        self.passphrase_page = PassphrasePage(self)
        self.create_page = CreatePage(self)
        self.recovery_page = RecoveryPage(self)
        self.hub_page = HubPage(self)
        self.setPage(PAGE_AGENCY, self.agency_page)
        self.setPage(PAGE_ADMIN, self.admin_page)
        self.setPage(PAGE_PASSPHRASE, self.passphrase_page)
        self.setPage(PAGE_CREATE, self.create_page)
        self.setPage(PAGE_RECOVERY, self.recovery_page)
        self.setPage(PAGE_HUB, self.hub_page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Continue"))
        for which, name in ((QWizard.WizardButton.NextButton, self.tr("Next")),
                            (QWizard.WizardButton.BackButton, self.tr("Back")),
                            (QWizard.WizardButton.FinishButton, self.tr("Finish")),
                            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
                            (QWizard.WizardButton.CommitButton, self.tr("Continue"))):
            self.button(which).setAccessibleName(name)
        self.setMinimumSize(620, 460)

    def store_created(self) -> None:
        # From here on the only way out is forward: the recovery code must be seen.
        self.setOption(QWizard.WizardOption.NoCancelButton, True)

    def accept(self) -> None:
        if self._finishing or not self.validateCurrentPage():
            return
        url = self.hub_page.url()
        if self.session is None or not url or self._hub_saved:
            super().accept()
            return
        session = self.session
        self._finishing = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)

        def work(ctx: TaskContext) -> None:
            store_hub_url(session, url)

        (Op(self, work, label="store hub address")
         .success(self._hub_done)
         .failure(self._hub_failed)
         .run(self.runner))

    def _hub_done(self, _result: object) -> None:
        self._finishing = False
        self._hub_saved = True
        self.accept()

    def _hub_failed(self, error: CollabDeskError) -> None:
        self._finishing = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.hub_page.error_label.setText(str(error))

    def reject(self) -> None:
        # Esc and the close button: harmless before the store exists, refused after.
        if self.session is None and not self.create_page.is_running():
            super().reject()
