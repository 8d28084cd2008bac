"""Admin: users and roles, passphrases on this laptop, the recovery code, backups and the
agency's settings.

Users replicate to every laptop of the agency; a passphrase is per laptop (a vault key
slot), so the table says whether each user can sign in *here*. Removing a user can also
change the store key, so a copy of the key they may have kept stops working. Backups call
:mod:`collabdesk.backup` when it is part of the build. Every store access runs on the
runner's db lane.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import CollabDeskError
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.caseload_panel import CaseloadPanel
from collabdesk.ui.dialogs.common import Dialogs
from collabdesk.ui.forms.admin_panel import FormsAdminPanel
from collabdesk.ui.i18n import available_languages, language_display_name
from collabdesk.ui.models import DataclassTableModel, SearchFilterProxy
from collabdesk.ui.ops import Op
from collabdesk.ui.pages import Page
from collabdesk.ui.pages.admin_storage import StoragePanel
from collabdesk.ui.pages.admin_users import (
    USER_COLUMNS,
    AdminData,
    PassphraseDialog,
    RecoveryCodeDialog,
    UserDialog,
    UserForm,
    UserRow,
    load_admin_data,
)
from collabdesk.ui.pages.measures_panel import MeasuresPanel
from collabdesk.ui.tasks import TaskContext
from collabdesk.ui.widgets import SearchBox

if TYPE_CHECKING:
    pass

class AdminPage(Page):
    """Users, backups and settings."""

    watches = frozenset({"user", "agency", "form"})
    sig_loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._loading = False
        self.settings: dict[str, Any] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Admin sections"))
        self.tabs.addTab(self._build_users_tab(), self.tr("Users"))
        self.tabs.addTab(self._build_backup_tab(), self.tr("Backups"))
        self.tabs.addTab(self._build_settings_tab(), self.tr("Settings"))
        self.forms_panel = FormsAdminPanel(context, self.tabs)
        self.tabs.addTab(self.forms_panel, self.tr("Forms"))
        self.storage = StoragePanel(context, self)  # ui/pages/admin_storage.py
        self.tabs.addTab(self.storage, self.tr("Storage"))
        self.tabs.addTab(MeasuresPanel(context, self), self.tr("Network measures"))
        if context.session.allowed("client.import"):
            self.tabs.addTab(CaseloadPanel(context, self.tabs), self.tr("Client imports"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._dialog: QDialog | None = None

    def title(self) -> str:
        return self.tr("Admin")

    # -- users -----------------------------------------------------------------------------

    def _button(self, text: str, accessible: str, slot: Any, parent: QWidget) -> QPushButton:
        button = QPushButton(text, parent)
        button.setAccessibleName(accessible)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _build_users_tab(self) -> QWidget:
        tab = QWidget(self)
        self.search = SearchBox(tab, debounce_ms=150, placeholder=self.tr("Find a user"),
                                accessible_name=self.tr("Find a user"))
        self.model: DataclassTableModel[UserRow] = DataclassTableModel(USER_COLUMNS, parent=tab)
        self.proxy = SearchFilterProxy(tab)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(tab)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        self.search.sig_search.connect(self.proxy.set_query)
        self.add_button = self._button(self.tr("Add user…"), self.tr("Add user"),
                                       self.add_user, tab)
        self.edit_button = self._button(self.tr("Edit roles…"), self.tr("Edit roles"),
                                        self.edit_user, tab)
        self.passphrase_button = self._button(
            self.tr("Set passphrase on this laptop…"), self.tr("Set passphrase on this laptop"),
            self.set_passphrase, tab)
        self.remove_button = self._button(self.tr("Remove…"), self.tr("Remove user"),
                                          self.remove_user, tab)
        self.recovery_button = self._button(self.tr("New recovery code…"),
                                            self.tr("New recovery code"),
                                            self.new_recovery_code, tab)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.passphrase_button,
                  self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.recovery_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit_user())
        self._update_buttons()
        return tab

    def selected_user(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row: UserRow = self.proxy.row_object(rows[0].row())
        return row

    def select_user(self, username: str) -> bool:
        for r in range(self.proxy.rowCount()):
            row = self.proxy.row_object(r)
            if row.username.casefold() == username.casefold():
                self.table.selectRow(r)
                return True
        return False

    def _update_buttons(self) -> None:
        user = self.selected_user()
        me = self.context.session.user.id
        usable = user is not None and user.active
        self.edit_button.setEnabled(usable)
        self.passphrase_button.setEnabled(usable)
        self.remove_button.setEnabled(usable and user is not None and user.id != me)

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        session = self.context.session
        self.forms_panel.reload()
        (Op(self, lambda ctx: load_admin_data(session), label="load users")
         .success(self._loaded)
         .failure(self._load_failed)
         .run(self.context.runner))

    def _loaded(self, data: AdminData) -> None:
        self._loading = False
        selected = self.selected_user()
        self.model.set_rows(data.users)
        if selected is not None:
            self.select_user(selected.username)
        self._show_settings(data.settings)
        self._update_buttons()
        self.sig_loaded.emit()

    def _load_failed(self, error: CollabDeskError) -> None:
        self._loading = False
        self.context.sig_status_message.emit(str(error))

    def _change(self, work: Callable[[TaskContext], Any], label: str,
                done_message: str) -> None:
        """Run a change, then say it is done and show the page as stored."""
        (Op(self, work, label=label)
         .success(lambda _r: self._after_change(done_message))
         .failure(self._show_error)
         .run(self.context.runner))

    def _show_error(self, error: CollabDeskError) -> None:
        Dialogs.error(self, self.tr("Admin"), str(error))

    def add_user(self) -> UserDialog:
        dialog = UserDialog(self)
        dialog.accepted.connect(lambda: self._add(dialog.form()))
        self._open(dialog)
        return dialog

    def _add(self, form: UserForm) -> None:
        users = self.context.session.users
        self._change(lambda ctx: users.add(form.username, form.passphrase,
                                           display_name=form.display_name, roles=form.roles),
                     "add user", self.tr("{name} was added.").format(
                         name=form.display_name or form.username))

    def edit_user(self) -> UserDialog | None:
        user = self.selected_user()
        if user is None or not user.active:
            return None
        dialog = UserDialog(self, user=user)
        dialog.accepted.connect(lambda: self._edit(user, dialog.form()))
        self._open(dialog)
        return dialog

    def _edit(self, user: UserRow, form: UserForm) -> None:
        users = self.context.session.users

        def work(ctx: TaskContext) -> None:
            if form.display_name and form.display_name != user.display_name:
                users.set_display_name(user.id, form.display_name)
            if set(form.roles) != set(user.roles):
                users.set_roles(user.id, form.roles)

        self._change(work, "edit user", self.tr("{name} was updated.").format(
            name=form.display_name or user.username))

    def set_passphrase(self) -> PassphraseDialog | None:
        user = self.selected_user()
        if user is None:
            return None
        dialog = PassphraseDialog(user, self)
        users = self.context.session.users
        def accepted() -> None:
            # Read on the GUI thread: the dialog may be gone by the time the work runs.
            chosen = dialog.passphrase.passphrase()
            self._change(lambda ctx: users.set_passphrase(user.id, chosen), "set passphrase",
                         self.tr("{name} can now sign in on this laptop.").format(
                             name=user.display_name))

        dialog.accepted.connect(accepted)
        self._open(dialog)
        return dialog

    def remove_user(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        confirmed, rotate = Dialogs.confirm_with_option(
            self, self.tr("Remove user"),
            self.tr("Remove {name}? They will no longer be able to sign in on any laptop of "
                    "the agency. Their past work stays in the records.").format(
                        name=user.display_name),
            self.tr("Also change the store key on this laptop (recommended if they might "
                    "have copied it)"),
            option_default=True, ok_text=self.tr("Remove"))
        if not confirmed:
            return
        users = self.context.session.users
        (Op(self, lambda ctx: users.remove(user.id, rotate_key=rotate), label="remove user")
         .success(lambda _r: self._after_change(
             self.tr("{name} was removed.").format(name=user.display_name)))
         .failure(self._show_error)
         .with_progress(self.tr("Removing {name}…").format(name=user.display_name),
                        cancellable=False)
         .run(self.context.runner))

    def _after_change(self, message: str) -> None:
        self.context.sig_status_message.emit(message)
        self.refresh()

    def new_recovery_code(self) -> None:
        if not Dialogs.confirm(
                self, self.tr("New recovery code"),
                self.tr("Make a new recovery code for this laptop? The old paper keeps "
                        "working until you destroy it; the new code is shown only once."),
                ok_text=self.tr("Make a new code")):
            return
        users = self.context.session.users
        (Op(self, lambda ctx: users.new_recovery_code(), label="new recovery code")
         .success(self._show_recovery_code)
         .failure(self._show_error)
         .run(self.context.runner))

    def _show_recovery_code(self, code: str) -> RecoveryCodeDialog:
        dialog = RecoveryCodeDialog(code, self)
        self._open(dialog)
        return dialog

    def _open(self, dialog: QDialog) -> None:
        # Window-modal and non-blocking: the event loop (and background work) keeps going.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()

    def current_dialog(self) -> QDialog | None:
        return self._dialog

    # -- backups ---------------------------------------------------------------------------

    def _build_backup_tab(self) -> QWidget:
        tab = QWidget(self)
        try:
            import collabdesk.backup  # noqa: F401 - only asking whether it is there
            available = True
        except ImportError:
            available = False
        intro = QLabel(self.tr(
            "A backup is one encrypted file: the store and its key slots. Keep copies off "
            "this laptop (a USB stick in a locked drawer). Restoring needs a passphrase or "
            "the recovery code that was valid when the backup was made."), tab)
        intro.setWordWrap(True)
        self.backup_button = self._button(self.tr("Back up now…"), self.tr("Back up now"),
                                          self.backup_now, tab)
        self.verify_button = self._button(self.tr("Check a backup…"),
                                          self.tr("Check a backup"), self.verify_backup, tab)
        self.restore_button = self._button(self.tr("Restore from a backup…"),
                                           self.tr("Restore from a backup"),
                                           self.restore_backup, tab)
        self.backup_status = QLabel(tab)
        self.backup_status.setWordWrap(True)
        self.backup_status.setAccessibleName(self.tr("Backup status"))
        self.data_folder_label = QLabel(self.tr("Data folder: {path}").format(
            path=self.context.workspace.data_dir), tab)
        self.data_folder_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_folder_label.setAccessibleName(self.data_folder_label.text())
        if not available:
            self.backup_status.setText(self.tr("Backups are not available in this version."))
        for b in (self.backup_button, self.verify_button, self.restore_button):
            b.setEnabled(available)
        buttons = QHBoxLayout()
        for b in (self.backup_button, self.verify_button, self.restore_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self._build_schedule_box(tab, available))
        layout.addWidget(self.backup_status)
        layout.addStretch(1)
        layout.addWidget(self.data_folder_label)
        return tab

    def _build_schedule_box(self, tab: QWidget, available: bool) -> QGroupBox:
        """Scheduled backups: folder (or USB drive), how often, how many to keep."""
        box = QGroupBox(self.tr("Scheduled backups"), tab)
        self.schedule_folder_edit = QLineEdit(box)
        self.schedule_folder_edit.setReadOnly(True)
        self.schedule_folder_edit.setPlaceholderText(self.tr("This laptop's backups folder"))
        self.schedule_folder_edit.setAccessibleName(self.tr("Scheduled backup folder"))
        self.schedule_choose_button = self._button(
            self.tr("Choose…"), self.tr("Choose the scheduled backup folder"),
            self.choose_schedule_folder, box)
        self.schedule_default_button = self._button(
            self.tr("Use this laptop"), self.tr("Back up into this laptop's backups folder"),
            lambda: self.schedule_folder_edit.setText(""), box)
        self.schedule_every_spin = QSpinBox(box)
        self.schedule_every_spin.setRange(0, 24 * 30)
        self.schedule_every_spin.setSuffix(self.tr(" hours"))
        self.schedule_every_spin.setSpecialValueText(self.tr("Off"))
        self.schedule_every_spin.setAccessibleName(self.tr("Back up every (hours)"))
        self.schedule_keep_spin = QSpinBox(box)
        self.schedule_keep_spin.setRange(0, 365)
        self.schedule_keep_spin.setSpecialValueText(self.tr("All"))
        self.schedule_keep_spin.setAccessibleName(self.tr("Backups to keep"))
        self.schedule_save_button = self._button(self.tr("Save schedule"),
                                                 self.tr("Save schedule"), self.save_schedule,
                                                 box)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.schedule_folder_edit, 1)
        folder_row.addWidget(self.schedule_choose_button)
        folder_row.addWidget(self.schedule_default_button)
        form = QFormLayout(box)
        form.addRow(self.tr("Folder or USB drive:"), folder_row)
        form.addRow(self.tr("Back up &every:"), self.schedule_every_spin)
        form.addRow(self.tr("&Keep the newest:"), self.schedule_keep_spin)
        form.addRow("", self.schedule_save_button)
        for w in (self.schedule_choose_button, self.schedule_default_button,
                  self.schedule_every_spin, self.schedule_keep_spin, self.schedule_save_button):
            w.setEnabled(available)
        return box

    def _show_schedule(self, settings: dict[str, Any]) -> None:
        from collabdesk.backup_schedule import BackupSchedule

        schedule = BackupSchedule.from_settings(settings)
        self.schedule_folder_edit.setText(schedule.folder)
        self.schedule_every_spin.setValue(schedule.every_hours)
        self.schedule_keep_spin.setValue(schedule.keep)

    def choose_schedule_folder(self) -> None:
        start = self.schedule_folder_edit.text() or self.context.workspace.backups_dir
        folder = Dialogs.choose_folder(self, self.tr("Where should scheduled backups go?"),
                                       start)
        if folder is not None:
            self.schedule_folder_edit.setText(str(folder))

    def schedule_form(self) -> dict[str, Any]:
        return {"backup_folder": self.schedule_folder_edit.text().strip(),
                "backup_every_hours": self.schedule_every_spin.value(),
                "backup_keep": self.schedule_keep_spin.value()}

    def save_schedule(self) -> None:
        changes = {k: v for k, v in self.schedule_form().items() if self.settings.get(k) != v}
        if not changes:
            self.backup_status.setText(self.tr("Nothing to save."))
            return
        session = self.context.session

        def done(_r: object) -> None:
            self.backup_status.setText(self.tr("Backup schedule saved."))
            self._after_change(self.tr("Backup schedule saved."))

        (Op(self, lambda ctx: session.update_settings(**changes), label="save backup schedule")
         .success(done)
         .failure(self._show_error)
         .run(self.context.runner))

    def backup_now(self) -> None:
        from collabdesk.backup import create_backup

        folder = Dialogs.choose_folder(self, self.tr("Where should the backup go?"),
                                       self.context.workspace.backups_dir)
        if folder is None:
            return
        session = self.context.session

        def work(ctx: TaskContext) -> Path:
            return create_backup(session, folder, progress=ctx.progress)

        def done(path: Path) -> None:
            message = self.tr("Backup written to {path}").format(path=path)
            self.backup_status.setText(message)
            self.context.sig_status_message.emit(message)

        (Op(self, work, label="create backup")
         .success(done)
         .failure(self._show_error)
         .with_progress(self.tr("Backing up…"), cancellable=False)
         .run(self.context.runner))

    def _ask_backup(self, title: str) -> tuple[Path, str, str] | None:
        path = Dialogs.open_file(self, title, self.context.workspace.backups_dir,
                                 self.tr("CollabDesk backups (*.cdbackup);;All files (*)"))
        if path is None:
            return None
        creds = Dialogs.ask_credentials(
            self, title, self.tr("Sign in as it was when the backup was made (leave the user "
                                 "name empty to use the recovery code)."),
            self.context.session.user.username)
        if creds is None:
            return None
        return path, creds[0], creds[1]

    def _report_text(self, report: Any) -> str:
        problems = tuple(getattr(report, "problems", ()) or ())
        if problems:
            return self.tr("The backup has problems: {problems}").format(
                problems="; ".join(map(str, problems)))
        return self.tr("The backup from {when} is complete and readable: {clients} clients, "
                       "{cases} cases.").format(when=getattr(report, "created_at", "?"),
                                                clients=getattr(report, "clients", "?"),
                                                cases=getattr(report, "cases", "?"))

    def verify_backup(self) -> None:
        from collabdesk.backup import verify_backup

        asked = self._ask_backup(self.tr("Check a backup"))
        if asked is None:
            return
        path, username, passphrase = asked

        def done(report: Any) -> None:
            text = self._report_text(report)
            self.backup_status.setText(text)
            Dialogs.info(self, self.tr("Check a backup"), text)

        workspace = self.context.workspace
        (Op(self, lambda ctx: verify_backup(path, username, passphrase, workspace=workspace),
            label="verify backup", lane="io")
         .success(done)
         .failure(self._show_error)
         .with_progress(self.tr("Checking the backup…"), cancellable=False)
         .run(self.context.runner))

    def restore_backup(self) -> None:
        from collabdesk.backup import restore_backup

        asked = self._ask_backup(self.tr("Restore from a backup"))
        if asked is None:
            return
        path, username, passphrase = asked
        if not Dialogs.confirm(
                self, self.tr("Restore from a backup"),
                self.tr("Replace the data on this laptop with the backup? Changes made since "
                        "the backup that have not reached the hub will be lost. The current "
                        "files are kept in the backups folder. You will sign in again."),
                ok_text=self.tr("Restore"), destructive=True):
            return
        session, workspace = self.context.session, self.context.workspace
        context = self.context

        def work(ctx: TaskContext) -> Any:
            session.close()  # restoring needs the store closed; the app locks afterwards
            return restore_backup(workspace, path, username, passphrase)

        def done(report: Any) -> None:
            Dialogs.info(self, self.tr("Restore from a backup"),
                         self.tr("The backup was restored. Sign in again."))
            context.sig_lock_requested.emit()

        def failed(error: CollabDeskError) -> None:
            Dialogs.error(self, self.tr("Restore from a backup"), str(error))
            context.sig_lock_requested.emit()

        (Op(self, work, label="restore backup")
         .success(done)
         .failure(failed)
         .with_progress(self.tr("Restoring…"), cancellable=False)
         .run(self.context.runner))

    # -- settings --------------------------------------------------------------------------

    def _build_settings_tab(self) -> QWidget:
        tab = QWidget(self)
        self.idle_spin = QSpinBox(tab)
        self.idle_spin.setRange(0, 240)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setSpecialValueText(self.tr("Never"))
        self.idle_spin.setAccessibleName(self.tr("Lock after minutes without use"))
        self.language_combo = QComboBox(tab)
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.addItem(self.tr("The laptop's language"), "")
        for lang in available_languages():
            self.language_combo.addItem(language_display_name(lang), lang)
        self.visibility_combo = QComboBox(tab)
        self.visibility_combo.setAccessibleName(self.tr("Which cases workers see"))
        self.visibility_combo.addItem(self.tr("All cases of the agency"), "all")
        self.visibility_combo.addItem(self.tr("Only cases assigned to them"), "assigned")
        self.threshold_spin = QSpinBox(tab)
        self.threshold_spin.setRange(1, 100)
        self.threshold_spin.setAccessibleName(self.tr("Smallest count shown in reports"))
        self.timezone_combo = QComboBox(tab)
        self.timezone_combo.setEditable(True)
        self.timezone_combo.setAccessibleName(self.tr("Time zone"))
        if (zone_edit := self.timezone_combo.lineEdit()) is not None:  # a control of its own
            zone_edit.setAccessibleName(self.tr("Time zone"))
        self.timezone_combo.addItem(self.tr("The laptop's time zone"), "")
        for name in sorted(zoneinfo.available_timezones()):
            self.timezone_combo.addItem(name, name)
        self.save_settings_button = self._button(self.tr("Save settings"),
                                                 self.tr("Save settings"), self.save_settings,
                                                 tab)
        self.settings_status = QLabel(tab)
        self.settings_status.setAccessibleName(self.tr("Settings status"))
        form = QFormLayout(tab)
        form.addRow(self.tr("Lock after &no use for:"), self.idle_spin)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("&Workers see:"), self.visibility_combo)
        form.addRow(self.tr("&Hide report counts below:"), self.threshold_spin)
        form.addRow(self.tr("&Time zone:"), self.timezone_combo)
        form.addRow("", self.save_settings_button)
        form.addRow("", self.settings_status)
        return tab

    def _show_settings(self, settings: dict[str, Any]) -> None:
        self.settings = dict(settings)
        self._show_schedule(settings)
        self.idle_spin.setValue(int(settings.get("idle_lock_minutes") or 0))
        self._select(self.language_combo, settings.get("language") or "")
        self._select(self.visibility_combo, settings.get("worker_case_visibility") or "all")
        self.threshold_spin.setValue(int(settings.get("suppression_threshold") or 5))
        tz = settings.get("timezone") or ""
        if not self._select(self.timezone_combo, tz):
            self.timezone_combo.setEditText(tz)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> bool:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)
        return index >= 0

    def settings_form(self) -> dict[str, Any]:
        tz_index = self.timezone_combo.findText(self.timezone_combo.currentText())
        tz = (self.timezone_combo.itemData(tz_index) if tz_index >= 0
              else self.timezone_combo.currentText().strip())
        return {
            "idle_lock_minutes": self.idle_spin.value(),
            "language": self.language_combo.currentData() or "",
            "worker_case_visibility": self.visibility_combo.currentData(),
            "suppression_threshold": self.threshold_spin.value(),
            "timezone": tz or "",
        }

    def save_settings(self) -> None:
        changes = {k: v for k, v in self.settings_form().items()
                   if self.settings.get(k) != v}
        if changes.get("timezone"):
            try:
                zoneinfo.ZoneInfo(changes["timezone"])
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                self.settings_status.setText(self.tr("Unknown time zone; pick one from the "
                                                     "list."))
                return
        if not changes:
            self.settings_status.setText(self.tr("Nothing to save."))
            return
        session = self.context.session

        def done(_r: object) -> None:
            self.settings_status.setText(self.tr("Settings saved."))
            self._after_change(self.tr("Settings saved."))

        (Op(self, lambda ctx: session.update_settings(**changes), label="save settings")
         .success(done)
         .failure(self._show_error)
         .run(self.context.runner))
