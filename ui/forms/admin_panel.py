"""The Admin page's Forms section: import a Questionnaire, see each version, retire one.

Import takes a FHIR R4 Questionnaire (JSON) through the file picker, with the use it is for
(agency fields on the profile, an assessment or a screening on a case) and whether it is
sensitive. A refused file shows the core's one message naming the item; what the form has
that CollabDesk ignores is listed as warnings under the list. Every version is listed with
its use, status and where it is used; Retire stops new responses to every version of a form
(old ones are still shown) and Reinstate undoes it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import CollabDeskError
from collabdesk.forms.model import USES
from collabdesk.services.forms import FormInfo, ImportResult
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.files import FileDialogs
from collabdesk.ui.dialogs.forms import ErrorBanner, make_table, selected_row
from collabdesk.ui.formats import fmt_moment
from collabdesk.ui.i18n import QT_TRANSLATE_NOOP
from collabdesk.ui.models import NUMBER_ALIGN, Column, DataclassTableModel, SearchFilterProxy
from collabdesk.ui.ops import Op
from collabdesk.ui.widgets.tab_order import tab_chain

_USE_WORDS: dict[str, Any] = {
    "agency": QT_TRANSLATE_NOOP("FormsAdmin", "Agency fields (client profile)"),
    "assessment": QT_TRANSLATE_NOOP("FormsAdmin", "Assessment (case)"),
    "screening": QT_TRANSLATE_NOOP("FormsAdmin", "Screening (case)"),
    "active": QT_TRANSLATE_NOOP("FormsAdmin", "Active"),
    "retired": QT_TRANSLATE_NOOP("FormsAdmin", "Retired"),
}


def use_text(value: str) -> str:
    source = _USE_WORDS.get(value)
    return QCoreApplication.translate("FormsAdmin", str(source)) if source else value


def _where_used(info: FormInfo) -> str:
    return QCoreApplication.translate("FormsAdmin", "%1 responses · %2 cases · %3 clients") \
        .replace("%1", str(info.responses)).replace("%2", str(info.cases)) \
        .replace("%3", str(info.clients))


FORM_COLUMNS: list[Column[FormInfo]] = [
    Column("title", QT_TRANSLATE_NOOP("Columns", "Form"), lambda f: f.title or f.url),
    Column("version", QT_TRANSLATE_NOOP("Columns", "Version"), lambda f: f.version),
    Column("use", QT_TRANSLATE_NOOP("Columns", "Use"), lambda f: f.use, fmt=use_text),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda f: f.status,
           fmt=use_text),
    Column("sensitive", QT_TRANSLATE_NOOP("Columns", "Sensitive"), lambda f: f.sensitive),
    Column("responses", QT_TRANSLATE_NOOP("Columns", "Responses"), lambda f: f.responses,
           align=NUMBER_ALIGN),
    Column("used", QT_TRANSLATE_NOOP("Columns", "Where used"), _where_used),
    Column("imported", QT_TRANSLATE_NOOP("Columns", "Imported"), lambda f: f.imported_at,
           fmt=fmt_moment),
]


class FormsAdminPanel(QWidget):
    """The Forms tab of the Admin page."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.last_import: ImportResult | None = None
        self.banner = ErrorBanner(self)
        self.model: DataclassTableModel[FormInfo] = DataclassTableModel(FORM_COLUMNS,
                                                                        parent=self)
        self.proxy = SearchFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = make_table(self, self.proxy, self.tr("Forms"))
        self.view.selectionModel().selectionChanged.connect(
            lambda *_a: self._on_view_selection_changed())
        self.use_combo = QComboBox(self)
        self.use_combo.setAccessibleName(self.tr("Use of the form to import"))
        for use in USES:
            self.use_combo.addItem(use_text(use), use)
        self.use_combo.setCurrentIndex(self.use_combo.findData("assessment"))
        use_caption = QLabel(self.tr("&Use:"), self)
        use_caption.setBuddy(self.use_combo)
        self.sensitive_check = QCheckBox(self.tr("&Sensitive (like sensitive notes)"), self)
        self.sensitive_check.setAccessibleName(self.tr("Import as a sensitive form"))
        self.import_button = QPushButton(self.tr("&Import a form…"), self)
        self.import_button.setAccessibleName(self.tr("Import a form from a file"))
        self.import_button.clicked.connect(self.import_form)
        self.retire_button = QPushButton(self.tr("&Retire"), self)
        self.retire_button.setAccessibleName(self.tr("Retire the selected form"))
        self.retire_button.clicked.connect(lambda: self.retire(reinstate=False))
        self.reinstate_button = QPushButton(self.tr("Rei&nstate"), self)
        self.reinstate_button.setAccessibleName(self.tr("Reinstate the selected form"))
        self.reinstate_button.clicked.connect(lambda: self.retire(reinstate=True))
        self.warnings = QPlainTextEdit(self)
        self.warnings.setReadOnly(True)
        self.warnings.setAccessibleName(self.tr("Import warnings"))
        self.warnings.setMaximumHeight(110)
        self.warnings.setVisible(False)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Import result"))
        top = QHBoxLayout()
        top.addWidget(use_caption)
        top.addWidget(self.use_combo)
        top.addWidget(self.sensitive_check)
        top.addWidget(self.import_button)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.retire_button)
        bottom.addWidget(self.reinstate_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.result_label)
        layout.addWidget(self.warnings)
        # The table is made first (its selection drives the buttons); it is read after the
        # import row above it.
        tab_chain(self.use_combo, self.sensitive_check, self.import_button, self.view,
                  self.retire_button, self.reinstate_button)
        allowed = context.session.allowed("form.manage")
        for widget in (self.import_button, self.use_combo, self.sensitive_check):
            widget.setEnabled(allowed)
        self._update_buttons()

    def reload(self) -> None:
        forms = self.context.session.forms
        (Op(self, lambda _ctx: forms.list_forms(), label="list forms")
         .success(self._loaded)
         .failure(self.banner.show_error)
         .run(self.context.runner))

    def _loaded(self, rows: list[FormInfo]) -> None:
        self.model.set_rows(rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = selected_row(self.view)
        allowed = self.context.session.allowed("form.manage")
        self.retire_button.setEnabled(allowed and chosen is not None and
                                      chosen.status == "active")
        self.reinstate_button.setEnabled(allowed and chosen is not None and
                                         chosen.status == "retired")

    def _on_view_selection_changed(self) -> None:
        self._update_buttons()
        chosen = selected_row(self.view)
        if chosen is None:
            return
        forms = self.context.session.forms
        (Op(self, lambda _ctx: forms.form(chosen.id).warnings, label="form warnings")
         .success(lambda warnings: self._show_warnings(chosen, warnings))
         .failure(self.banner.show_error)
         .run(self.context.runner))

    def _show_warnings(self, info: FormInfo, warnings: tuple[str, ...]) -> None:
        """What CollabDesk ignores in the selected form, as at its import."""
        self.result_label.setText(
            self.tr("%1 (version %2): parts CollabDesk does not use are listed below.")
            .replace("%1", info.title or info.url).replace("%2", info.version or "–")
            if warnings else "")
        self.warnings.setPlainText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))

    def import_form(self) -> None:
        path = FileDialogs.open_questionnaire(self)
        if path is None:
            return
        use = self.use_combo.currentData()
        sensitive = True if self.sensitive_check.isChecked() else None
        forms = self.context.session.forms
        self.banner.clear_message()
        (Op(self, lambda _ctx: forms.import_form(path, use=use, sensitive=sensitive),
            label="import form")
         .success(self._imported)
         .failure(self._import_failed)
         .run(self.context.runner))

    def _imported(self, result: ImportResult) -> None:
        self.last_import = result
        info = result.form
        text = (self.tr("%1 (version %2) was already imported.") if result.already_here
                else self.tr("Imported %1 (version %2).")).replace(
            "%1", info.title or info.url).replace("%2", info.version or "–")
        self.result_label.setText(text)
        self.warnings.setPlainText("\n".join(result.warnings))
        self.warnings.setVisible(bool(result.warnings))
        if result.warnings:
            self.result_label.setText(text + " " + self.tr(
                "Parts of it CollabDesk does not use are listed below."))
        self.reload()

    def _import_failed(self, error: CollabDeskError) -> None:
        self.result_label.clear()
        self.warnings.setVisible(False)
        self.banner.show_error(error)

    def retire(self, *, reinstate: bool) -> None:
        chosen = selected_row(self.view)
        if chosen is None:
            return
        forms = self.context.session.forms
        url = chosen.url
        (Op(self, lambda _ctx: forms.retire(url, reinstate=reinstate), label="retire form")
         .success(lambda _r: self.reload())
         .failure(self.banner.show_error)
         .run(self.context.runner))

