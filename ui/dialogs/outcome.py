"""Record by hand what a partner without CollabDesk did with a referral (told by phone or
post): accepted, declined (with the reason), service started or completed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from collabdesk.domain import Referral
from collabdesk.services.letters import OUTCOMES
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.forms import FormDialog, label
from collabdesk.ui.formats import literal


class OutcomeDialog(FormDialog):
    """``result_value`` is the referral with the outcome recorded."""

    def __init__(self, context: AppContext, referral: Referral,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Record the partner's answer"), parent)
        self.referral = referral
        self.save_button.setText(self.tr("&Record"))
        self.save_button.setAccessibleName(self.tr("Record the answer"))
        self.outcome = QComboBox(self)
        for outcome in OUTCOMES:
            self.outcome.addItem(label(outcome), outcome)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why the partner declined"))
        self.add_row("outcome", self.tr("&What {partner} did").format(
            partner=literal(referral.partner_name)), self.outcome)
        self.add_row("reason", self.tr("R&eason"), self.reason,
                     check=lambda: self.tr("Say why the partner declined.")
                     if self.outcome.currentData() == "declined"
                     and not self.reason.text().strip() else None)
        self.finish_layout()
        self.outcome.setFocus()

    def save_work(self) -> Callable[[], Any] | None:
        letters, referral_id = self.session.letters, self.referral.id
        outcome, reason = str(self.outcome.currentData()), self.reason.text().strip()
        return lambda: letters.record_outcome(referral_id, outcome, reason=reason)

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext,
            referral: Referral) -> Referral | None:
        result = cls.run_dialog(cls(context, referral, parent))
        return result if isinstance(result, Referral) else None
