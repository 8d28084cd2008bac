"""The main window's status bar: sync state, changes waiting, last hub contact, who is
signed in, a Sync now button and a Lock button.

Working offline is the normal state on a clinic laptop, so it is shown calmly ("Offline —
changes are kept on this laptop"), never as an error. The number of changes waiting is every local
event after the meta key ``sync_pushed_seq`` (which the sync engine advances) plus partner
messages still queued, and the last contact is the meta key ``sync_last_contact`` (an ISO
8601 time in UTC). :class:`~collabdesk.ui.sync_controller.SyncController` sets the state.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from collabdesk.ui.formats import fmt_iso_moment
from collabdesk.ui.widgets import ChipKind, StatusChip

if TYPE_CHECKING:
    from collabdesk.domain import UserInfo
    from collabdesk.services.session import Session

SyncState = Literal["offline", "syncing", "online", "error"]


@dataclass(frozen=True)
class SyncStatus:
    pending: int
    last_contact: str | None


def load_sync_status(session: Session) -> SyncStatus:
    """Read the pending count and last contact (call on the db lane).

    Pending is this laptop's changes the hub has not stored yet plus messages for partner
    agencies still waiting to go (from :mod:`collabdesk.services.syncstatus`).
    """
    overview = session.sync_status.overview()
    return SyncStatus(overview.changes_waiting + overview.messages_waiting,
                      session.store.get_meta("sync_last_contact"))


class SyncStatusBar(QStatusBar):
    """Shows the sync picture; ``sig_lock_clicked`` when the Lock button is pressed."""

    sig_lock_clicked = Signal()
    sig_sync_now_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync_chip = StatusChip("", "neutral", self)
        self.pending_label = QLabel(self)
        self.contact_label = QLabel(self)
        self.user_label = QLabel(self)
        self.sync_button = QPushButton(self)
        self.sync_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.lock_button = QPushButton(self)
        self.lock_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.addWidget(self.sync_chip)
        self.addWidget(self.pending_label)
        self.addWidget(self.contact_label)
        self.addPermanentWidget(self.user_label)
        self.addPermanentWidget(self.sync_button)
        self.addPermanentWidget(self.lock_button)
        self.lock_button.clicked.connect(self.sig_lock_clicked)
        self.sync_button.clicked.connect(self.sig_sync_now_clicked)
        self._state: SyncState = "offline"
        self._detail = ""
        self._pending: int | None = None
        self._last_contact: str | None = None
        self._user: UserInfo | None = None
        self._retranslate()

    # -- state -----------------------------------------------------------------------------

    def sync_state(self) -> SyncState:
        return self._state

    def set_sync_state(self, state: SyncState, detail: str = "") -> None:
        """For the sync engine: "offline", "syncing", "online" or "error" (+ a detail)."""
        self._state, self._detail = state, detail
        self._show_sync()

    def set_status(self, status: SyncStatus | None) -> None:
        self._pending = None if status is None else status.pending
        self._last_contact = None if status is None else status.last_contact
        self._show_counts()

    def set_user(self, user: UserInfo | None) -> None:
        self._user = user
        self._show_user()

    # -- display ---------------------------------------------------------------------------

    def _show_sync(self) -> None:
        texts: dict[str, tuple[str, ChipKind]] = {
            "offline": (self.tr("Offline — changes are kept on this laptop"), "neutral"),
            "syncing": (self.tr("Syncing…"), "info"),
            "online": (self.tr("Up to date with the hub"), "ok"),
            "error": (self.tr("Sync needs attention"), "warning"),
        }
        text, kind = texts[self._state]
        if self._detail:
            text = f"{text}: {self._detail}"
        self.sync_chip.set_status(text, kind)

    def _show_counts(self) -> None:
        if self._pending is None:
            self.pending_label.clear()
        elif self._pending == 0:
            self.pending_label.setText(self.tr("No changes waiting"))
        else:
            self.pending_label.setText(self.tr("%n change(s) waiting", "", self._pending))
        self.pending_label.setAccessibleName(self.pending_label.text() or
                                             self.tr("Changes waiting"))
        if self._pending is None:
            self.contact_label.clear()
        else:
            when = fmt_iso_moment(self._last_contact)
            self.contact_label.setText(
                self.tr("Last contact with the hub: {when}").format(when=when) if when
                else self.tr("No contact with the hub yet"))
        self.contact_label.setAccessibleName(self.contact_label.text() or
                                             self.tr("Last contact with the hub"))

    def _show_user(self) -> None:
        if self._user is None:
            self.user_label.clear()
            self.lock_button.setEnabled(False)
            self.sync_button.setEnabled(False)
        else:
            roles = ", ".join(self._role_name(r) for r in sorted(self._user.roles))
            self.user_label.setText(self.tr("{name} ({roles})").format(
                name=self._user.display_name or self._user.username, roles=roles))
            self.lock_button.setEnabled(True)
            self.sync_button.setEnabled(True)
        self.user_label.setAccessibleName(self.tr("Signed in as {who}").format(
            who=self.user_label.text()) if self._user else self.tr("Nobody signed in"))

    def _role_name(self, role: str) -> str:
        return {"worker": self.tr("worker"), "supervisor": self.tr("supervisor"),
                "admin": self.tr("admin")}.get(role, role)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setAccessibleName(self.tr("Sync with the hub now"))
        self.sync_button.setToolTip(self.tr("Sync with the hub now (F9)"))
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setAccessibleName(self.tr("Lock the screen"))
        self.lock_button.setToolTip(self.tr("Lock now (Ctrl+L)"))
        self._show_sync()
        self._show_counts()
        self._show_user()
