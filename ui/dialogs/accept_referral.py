"""Accept a partner's referral: check the shared details against existing clients, link
to one of them or create a new client, and open a case for the referral."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListView, QWidget

from collabdesk.domain import ClientInput, DuplicateCandidate, Referral
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.forms import FormDialog, label
from collabdesk.ui.dialogs.intake import describe_candidate
from collabdesk.ui.i18n import QT_TRANSLATE_NOOP
from collabdesk.ui.icons import set_button_icon
from collabdesk.ui.models import ROW_ROLE, Column, DataclassTableModel
from collabdesk.ui.ops import Op

NEW_CLIENT = "__new__"


@dataclass(frozen=True)
class ClientChoice:
    """One way to take the referred person in: a new client, or an existing one."""

    id: str  # the existing client's id, or NEW_CLIENT
    text: str


# The choices have one column: each in one line.
CHOICE_COLUMN: Column[ClientChoice] = Column(
    "text", QT_TRANSLATE_NOOP("AcceptReferralDialog", "Client"), lambda c: c.text,
    accessible=lambda c: c.text, context="AcceptReferralDialog")


def client_input_from_shared(shared: dict[str, Any]) -> ClientInput:
    """The partner's shared fields as a new client's details (only what was shared)."""
    dob_text = shared.get("dob")
    try:
        dob = dt.date.fromisoformat(str(dob_text)) if dob_text else None
    except ValueError:
        dob = None
    year = shared.get("estimated_birth_year")
    return ClientInput(
        given_name=str(shared.get("given_name") or ""),
        family_name=str(shared.get("family_name") or ""),
        dob=dob, estimated_birth_year=int(year) if isinstance(year, int) and not dob else None,
        gender=str(shared.get("gender") or ""), language=str(shared.get("language") or ""),
        phone=str(shared.get("phone") or ""), email=str(shared.get("email") or ""),
        address=str(shared.get("address") or ""),
        identifiers=tuple((str(p[0]), str(p[1])) for p in shared.get("identifiers") or ()
                          if isinstance(p, list | tuple) and len(p) == 2),
    )


class AcceptReferralDialog(FormDialog):
    """``result_value`` is the accepted :class:`Referral` (its ``case_id`` is the new case)."""

    def __init__(self, context: AppContext, referral: Referral,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Accept referral"), parent)
        self.referral = referral
        self.new_client = client_input_from_shared(referral.shared)
        self.candidates: list[DuplicateCandidate] = []
        self.duplicates_checked = False
        self.save_button.setText(self.tr("&Accept and open case"))
        self.save_button.setAccessibleName(self.tr("Accept and open case"))
        set_button_icon(self.save_button, "accept")  # not the Save button's floppy disk
        shared = QLabel(self.describe_shared(), self)
        shared.setWordWrap(True)
        shared.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shared.setAccessibleName(self.tr("What the partner shared"))
        self.form.addRow(self.tr("From {partner}:").format(partner=referral.partner_name),
                         shared)
        self.choices: DataclassTableModel[ClientChoice] = DataclassTableModel(
            [CHOICE_COLUMN], parent=self)
        self.match_list = QListView(self)
        self.match_list.setModel(self.choices)
        self.match_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.match_list.setMinimumHeight(120)
        self.add_row("client", self.tr("&Client"), self.match_list,
                     check=lambda: self.tr("Choose an existing client or a new one.")
                     if self.chosen() is None else None)
        self.case_title = QLineEdit(
            self.tr("Referral: {what}").format(what=referral.service_name
                                               or label(referral.domain)), self)
        self.add_row("title", self.tr("Case &title"), self.case_title)
        self.finish_layout()
        self.choices.set_rows([ClientChoice(NEW_CLIENT, self.tr(
            "A new client, from the shared details"))])
        self.match_list.setCurrentIndex(self.choices.index(0, 0))
        self.match_list.setFocus()
        clients, data = context.session.clients, self.new_client
        (Op(self, lambda _ctx: clients.find_duplicates(data), label="referral duplicates")
         .success(self._candidates_found)
         .failure(self.banner.show_error)
         .run(context.runner))

    def describe_shared(self) -> str:
        lines = [f"{label(k) if k not in ('given_name', 'family_name') else k.replace('_', ' ')}"
                 f": {v}" for k, v in self.referral.shared.items()
                 if k != "needs" and not k.startswith("_")]
        needs = self.referral.shared.get("needs")
        if isinstance(needs, list) and needs:
            lines.append(f"{label('needs')}: " + ", ".join(
                label(str(n.get("domain", ""))) for n in needs if isinstance(n, dict)))
        lines.append(f"{label('reason')}: {self.referral.reason}")
        return "\n".join(lines)

    def _candidates_found(self, found: list[DuplicateCandidate]) -> None:
        self.candidates = list(found)
        self.duplicates_checked = True
        current = self.chosen()
        self.choices.set_rows([*self.choices.rows(), *(
            ClientChoice(c.client.id, self.tr("Existing: {who}").format(
                who=describe_candidate(c))) for c in found)])
        # The likely match is the safer default: a second record splits the history.
        if not (found and self.choose(found[0].client.id)) and current is not None:
            self.choose(current)

    def chosen(self) -> str | None:
        """The chosen client's id (NEW_CLIENT for a new one), or None."""
        choice = self.match_list.currentIndex().data(ROW_ROLE)
        return choice.id if isinstance(choice, ClientChoice) else None

    def choose(self, client_id: str) -> bool:
        for row, choice in enumerate(self.choices.rows()):
            if choice.id == client_id:
                self.match_list.setCurrentIndex(self.choices.index(row, 0))
                return True
        return False

    def save_work(self) -> Callable[[], Any] | None:
        chosen = self.chosen()
        if chosen is None:
            return None
        referrals, referral_id = self.session.referrals, self.referral.id
        title, data = self.case_title.text().strip() or None, self.new_client
        if chosen == NEW_CLIENT:
            return lambda: referrals.accept(referral_id, new_client=data, case_title=title)
        return lambda: referrals.accept(referral_id, client_id=chosen, case_title=title)

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext,
            referral: Referral) -> Referral | None:
        result = cls.run_dialog(cls(context, referral, parent))
        return result if isinstance(result, Referral) else None
