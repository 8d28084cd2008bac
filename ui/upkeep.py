"""Background upkeep while someone is signed in: scheduled backups, the update notice and
the low disk space warning.

The main window starts one :class:`Upkeep` per session and stops it on lock. Every
``CHECK_MS`` (and shortly after sign-in) it asks, on the db lane, whether a scheduled backup
is due (:func:`collabdesk.backup_schedule.run_if_due`) and which release the hub last
announced (meta ``hub_latest_version``). A newer release shows a permanent note in the status
bar: "A newer version (0.2.0) is available — ask your IT volunteer". When the data folder's
disk has less free space than the next backup and a week of work need
(:func:`collabdesk.diskspace.warning_due`), a warning with the figures opens once a day; it
does not wait for an answer, so work goes on.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QStatusBar, QWidget

from collabdesk import __version__
from collabdesk.backup_schedule import ScheduledResult, run_if_due
from collabdesk.diskspace import warning_due
from collabdesk.errors import CollabDeskError
from collabdesk.services.session import Session
from collabdesk.ui.context import AppContext
from collabdesk.ui.ops import Op
from collabdesk.updates import META_LATEST, newer_version

CHECK_MS = 15 * 60 * 1000
FIRST_CHECK_MS = 30 * 1000  # after sign-in settles; a backup right away would slow it


def check_upkeep(session: Session) -> tuple[ScheduledResult | CollabDeskError, str | None,
                                            str | None]:
    """One check (db lane): a due backup (or why it failed), a newer release the hub
    announced, and the low disk space warning when it is due."""
    try:
        result: ScheduledResult | CollabDeskError = run_if_due(session)
    except CollabDeskError as exc:  # a full disk must not keep the warning from showing
        result = exc
    warning = warning_due(session)
    return (result, newer_version(session.store.get_meta(META_LATEST), __version__),
            None if warning is None else str(warning))


class Upkeep(QObject):
    sig_backup_made = Signal(object)  # Path
    sig_checked = Signal()
    sig_low_space = Signal(str)  # the warning's text, once a day at most

    def __init__(self, context: AppContext, status_bar: QStatusBar | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.first = QTimer(self)
        self.first.setSingleShot(True)
        self.first.timeout.connect(self.check)
        self.update_label = QLabel()
        self.update_label.setObjectName("updateNotice")
        self.update_label.hide()
        self.status_bar = status_bar
        if status_bar is not None:
            status_bar.addPermanentWidget(self.update_label)
        self._running = False
        self.last_skip = ""
        self.low_space_box: QMessageBox | None = None

    def start(self, first_ms: int = FIRST_CHECK_MS) -> None:
        self.timer.start()
        self.first.start(first_ms)

    def stop(self) -> None:
        self.timer.stop()
        self.first.stop()
        self.update_label.hide()
        if self.status_bar is not None:
            self.status_bar.removeWidget(self.update_label)
        self.update_label.deleteLater()
        if self.low_space_box is not None:
            with contextlib.suppress(RuntimeError):  # closed by the user already
                self.low_space_box.close()
            self.low_space_box = None

    def check(self) -> None:
        if self._running:
            return
        self._running = True
        session = self.context.session
        (Op(self, lambda ctx: check_upkeep(session), label="upkeep")
         .success(self._done)
         .failure(self._failed)
         .run(self.context.runner))

    def _done(self, outcome: tuple[ScheduledResult | CollabDeskError, str | None,
                                   str | None]) -> None:
        self._running = False
        result, newer, low_space = outcome
        if low_space:
            self.warn_low_space(low_space)
        if isinstance(result, CollabDeskError):
            self.show_update(newer)
            self._failed(result)
            return
        if result.path is not None:
            self.context.sig_status_message.emit(
                self.tr("Scheduled backup written to {path}").format(path=result.path))
            self.sig_backup_made.emit(result.path)
        elif result.skipped and result.skipped not in ("off", "not due"):
            self.context.sig_status_message.emit(result.skipped)
        self.last_skip = result.skipped
        self.show_update(newer)
        self.sig_checked.emit()

    def _failed(self, error: Any) -> None:
        self._running = False
        self.context.sig_status_message.emit(
            self.tr("The scheduled backup failed: {error}").format(error=error))
        self.sig_checked.emit()

    def warn_low_space(self, text: str) -> None:
        """Open the warning without waiting for an answer (one at a time)."""
        self.sig_low_space.emit(text)
        parent = self.parent()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Disk space is running low"), text,
                          QMessageBox.StandardButton.Ok,
                          parent if isinstance(parent, QWidget) else None)
        box.setObjectName("lowSpaceWarning")
        box.setAccessibleName(self.tr("Disk space is running low"))
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.low_space_box is not None:
            with contextlib.suppress(RuntimeError):  # already closed and deleted
                self.low_space_box.close()
        self.low_space_box = box
        box.show()

    def show_update(self, newer: str | None) -> None:
        try:
            if newer:
                self.update_label.setText(self.tr(
                    "A newer version ({version}) is available — ask your IT volunteer"
                ).format(version=newer))
                self.update_label.setAccessibleName(self.update_label.text())
            self.update_label.setVisible(bool(newer))
        except RuntimeError:  # the label went with a lock in the meantime
            pass
