"""The case page's Referrals tab: the referrals sent for a case and what became of them.

:class:`CaseReferralsPanel` lists the case's referrals, with where each stands in reaching
its partner (the sync status on this laptop), and under the list the status history of the
one selected; "Send referral…" opens the referral dialog. The case page embeds one and
reads what it shows in its own db-lane load of the case (:func:`load_delivery` is the
panel's part of that load), hands it over with :meth:`CaseReferralsPanel.show_case`, and
shows the case again when the panel says the dialog closed (``sig_dialog_closed``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from collabdesk.domain import Referral, StatusChange
from collabdesk.services.session import Session
from collabdesk.services.syncstatus import RecordSyncState
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.forms import make_table, selected_row
from collabdesk.ui.dialogs.referral import ReferralDialog
from collabdesk.ui.models import DataclassTableModel
from collabdesk.ui.pages.case_columns import line_list
from collabdesk.ui.referral_state import (
    STATUS_CHANGE_COLUMN,
    referral_columns,
    status_change_key,
)
from collabdesk.ui.sync_controller import load_delivery_states


def load_delivery(session: Session,
                  referrals: Sequence[Referral]) -> dict[str, RecordSyncState]:
    """Where each of ``referrals`` stands in reaching its partner (db lane, with the case)."""
    return load_delivery_states(session, "referral", [r.id for r in referrals])


class CaseReferralsPanel(QWidget):
    """The Referrals tab of the case page."""

    # The referral dialog closed: a referral, or a consent recorded from it, may be new.
    sig_dialog_closed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id: str | None = None
        self.today = context.today()
        # Read by the Delivery column when rows are drawn: kept, and updated in place.
        self.delivery: dict[str, RecordSyncState] = {}
        self.model: DataclassTableModel[Referral] = DataclassTableModel(
            referral_columns(self.delivery, lambda: self.today, client=False), parent=self)
        self.view = make_table(self, self.model, self.tr("Referrals"), sort_column=1)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.history_model: DataclassTableModel[StatusChange] = DataclassTableModel(
            [STATUS_CHANGE_COLUMN], key=status_change_key, parent=self)
        self.history = line_list(self, self.history_model,
                                 self.tr("History of the selected referral"))
        self.history.setMaximumHeight(110)
        box = QVBoxLayout(self)
        box.addWidget(self.view, 1)
        box.addWidget(QLabel(self.tr("Status history:"), self))
        box.addWidget(self.history)
        self.send_button = QPushButton(self.tr("Send referral…"), self)
        self.send_button.setAccessibleName(self.tr("Send a referral"))
        self.send_button.clicked.connect(self.send_referral)
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        row.addStretch(1)
        box.addLayout(row)

    # -- what the page tells it ----------------------------------------------------------

    def open_case(self, case_id: str) -> None:
        """``case_id`` is loading. Sending needs nothing of what is shown (the dialog reads
        the case itself), so it goes to the new case at once, rows or not."""
        self.case_id = case_id

    def show_case(self, case_id: str, referrals: Sequence[Referral],
                  delivery: dict[str, RecordSyncState], today: dt.date) -> None:
        """List ``referrals``, those of ``case_id``, with their ``delivery`` (from
        :func:`load_delivery`); ``today`` is the agency's day, for "overdue"."""
        self.case_id, self.today = case_id, today
        self.delivery.clear()
        self.delivery.update(delivery)
        self.model.set_rows(referrals)
        self._show_history()

    def _on_view_selection_changed(self, _selected: QItemSelection,
                                   _deselected: QItemSelection) -> None:
        self._show_history()

    def _show_history(self) -> None:
        referral = selected_row(self.view)
        self.history_model.set_rows(referral.history if isinstance(referral, Referral) else ())

    # -- actions -------------------------------------------------------------------------

    def send_referral(self) -> None:
        if self.case_id:
            ReferralDialog.ask(self, self.context, self.case_id)
            # Even when no referral was sent: a consent may have been recorded.
            self.sig_dialog_closed.emit()
