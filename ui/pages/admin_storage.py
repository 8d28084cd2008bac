"""Admin, Storage: what CollabDesk takes on this laptop's disk, what is left, and pruning.

Shows the space used by the store (with its write-ahead log), by the backups in the data
folder and by sync snapshots kept inside the store, the disk's free space and what the next
backup and a week of work need (:func:`collabdesk.diskspace.measure`, on the db lane). "Prune
old backups" deletes the agency's backups beyond the number the backup schedule keeps
(:func:`collabdesk.backup_schedule.prune`), after asking. The figures are read again each
time the tab is shown and after pruning.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.backup_schedule import BackupSchedule, PruneResult, prune
from collabdesk.diskspace import Usage, human_size, measure
from collabdesk.errors import CollabDeskError
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.common import Dialogs
from collabdesk.ui.ops import Op


class StoragePanel(QWidget):
    """The Storage tab of the Admin page."""

    sig_loaded = Signal()
    sig_pruned = Signal(object)  # PruneResult

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._loading = False
        self.usage: Usage | None = None
        self.keep = 0  # backups the schedule keeps (0: all)
        intro = QLabel(self.tr(
            "What CollabDesk keeps on this laptop's disk. When free space falls below what "
            "the next backup and a week of work need, a warning opens once a day."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        self.figures: dict[str, QLabel] = {}
        names = {
            "store": self.tr("Store (records, notes, attachments)"),
            "snapshots": self.tr("of which sync snapshots"),
            "backups": self.tr("Backups in the data folder"),
            "free": self.tr("Free on this disk"),
            "needed": self.tr("Needed for the next backup and a week of work"),
        }
        for key, name in names.items():
            label = QLabel("…", self)
            label.setAccessibleName(name)
            form.addRow(name, label)
            self.figures[key] = label
        self.warning_label = QLabel(self)
        self.warning_label.setWordWrap(True)
        self.warning_label.setObjectName("lowSpaceNote")
        self.warning_label.setAccessibleName(self.tr("Disk space warning"))
        self.warning_label.hide()
        self.prune_button = QPushButton(self.tr("Prune old backups…"), self)
        self.prune_button.setAccessibleName(self.tr("Prune old backups"))
        self.prune_button.clicked.connect(lambda _c=False: self.prune_backups())
        self.refresh_button = QPushButton(self.tr("Check again"), self)
        self.refresh_button.setAccessibleName(self.tr("Check the disk space again"))
        self.refresh_button.clicked.connect(lambda _c=False: self.refresh())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Storage status"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.prune_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.warning_label)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self._loading or self.context.session is None:
            return
        self._loading = True
        session = self.context.session

        def work(_ctx: object) -> tuple[Usage, int]:
            return measure(session), BackupSchedule.from_settings(session.settings()).keep

        (Op(self, work, label="measure storage")
         .success(self._loaded)
         .failure(self._failed)
         .run(self.context.runner))

    def _loaded(self, loaded: tuple[Usage, int]) -> None:
        self._loading = False
        usage, self.keep = loaded
        self.usage = usage
        for key in ("store", "snapshots", "backups", "free", "needed"):
            self.figures[key].setText(human_size(getattr(usage, key)))
        warning = usage.warning()
        self.warning_label.setText(str(warning) if warning is not None else "")
        self.warning_label.setVisible(warning is not None)
        self.sig_loaded.emit()

    def _failed(self, error: CollabDeskError) -> None:
        self._loading = False
        self.status.setText(str(error))

    def prune_backups(self) -> None:
        if not self.keep:
            self.status.setText(self.tr(
                "The backup schedule keeps every backup, so none is old enough to delete. Set "
                "how many to keep under Backups first."))
            return
        if not Dialogs.confirm(
                self, self.tr("Prune old backups"),
                self.tr("Delete the agency's backups beyond the newest {keep} in the backup "
                        "folder, as the backup schedule says? Copies kept elsewhere are not "
                        "touched.").format(keep=self.keep),
                ok_text=self.tr("Prune"), destructive=True):
            return
        session = self.context.session
        (Op(self, lambda _ctx: prune(session), label="prune backups")
         .success(self._pruned)
         .failure(lambda error: Dialogs.error(self, self.tr("Prune old backups"), str(error)))
         .run(self.context.runner))

    def _pruned(self, result: PruneResult) -> None:
        if result.removed:
            text = self.tr("Deleted %n old backup(s), freeing {size}; {kept} kept.", "",
                           result.removed).format(size=human_size(result.freed),
                                                  kept=result.kept)
        else:
            text = self.tr("No backup is older than the schedule keeps; nothing was deleted.")
        self.status.setText(text)
        self.sig_pruned.emit(result)
        self.refresh()
