"""Share a client's completed forms with a partner outside the hub as a FHIR file: pick the
partner, then where the file goes. What leaves is what the client's consent for that partner
covers (the core decides and says what was left out); the file is not encrypted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from collabdesk.services.exchange import ExportedBundle
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.files import FileDialogs, file_slug
from collabdesk.ui.dialogs.forms import FormDialog, describe_fields, load_partners


class ShareFormsDialog(FormDialog):
    """``result_value`` is the :class:`ExportedBundle` written; ``path`` where it went."""

    def __init__(self, context: AppContext, client_id: str, client_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Share forms as a FHIR file"), parent)
        self.client_id = client_id
        self.client_name = client_name
        self.path: Path | None = None
        self.save_button.setText(self.tr("&Save file…"))
        self.save_button.setAccessibleName(self.tr("Save the FHIR file"))
        self.partner = QComboBox(self)
        note = QLabel(self.tr(
            "Only what {name}'s consent for this partner covers is written: the consented "
            "details and the completed forms the consent names. The file is not encrypted: "
            "hand it over, then delete it.").format(name=client_name), self)
        note.setWordWrap(True)
        note.setAccessibleName(self.tr("What the file holds"))
        self.main_layout.insertWidget(1, note)
        self.add_row("partner", self.tr("&Partner"), self.partner,
                     check=lambda: self.tr("Choose the partner.")
                     if self.partner.currentData() is None else None)
        self.finish_layout()
        self.partner.setFocus()
        load_partners(self, context, self.partner, failure=self.banner.show_error)

    def save_work(self) -> Callable[[], Any] | None:
        path = FileDialogs.save_fhir(self, f"forms-{file_slug(self.client_name, 'client')}.json")
        if path is None:
            return None
        self.path = path
        exchange, client_id = self.session.exchange, self.client_id
        partner_id, partner_name = str(self.partner.currentData()), self.partner.currentText()
        return lambda: exchange.export_responses(client_id, path, recipient=partner_id,
                                                 recipient_name=partner_name)

    def summary(self, exported: ExportedBundle) -> str:
        """What the file holds, in words, for the page to show."""
        text = self.tr("Saved {path}: {name}'s {fields} and {n} completed form(s).").format(
            path=self.path, name=self.client_name,
            fields=describe_fields(exported.patient_fields) or self.tr("no details"),
            n=exported.responses)
        if exported.left_out:
            text += " " + self.tr("{n} other completed form(s) are not covered by the "
                                  "consent and were left out.").format(n=exported.left_out)
        return text

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, client_id: str,
            client_name: str) -> str | None:
        """Run the dialog; the summary of what was saved, or None."""
        dialog = cls(context, client_id, client_name, parent)
        result = cls.run_dialog(dialog)
        return dialog.summary(result) if isinstance(result, ExportedBundle) else None
