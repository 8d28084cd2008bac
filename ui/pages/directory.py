"""The partner directory: browse and search partner services by need, language and area,
add partners and services by hand, and import an Open Referral (HSDS) package.

An import runs on the db lane behind a progress dialog with Cancel; afterwards a report
says where a bad file is wrong (file, row, column) or what was added, with any warnings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain import NEED_DOMAINS, PartnerServiceInfo
from collabdesk.errors import CollabDeskError
from collabdesk.services.directory import ImportSummary
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.files import FileDialogs
from collabdesk.ui.dialogs.forms import ErrorBanner, label, make_table, selected_row
from collabdesk.ui.dialogs.import_report import ImportReportDialog
from collabdesk.ui.dialogs.partner import PartnerDialog, PartnerServiceDialog
from collabdesk.ui.dialogs.referral import SERVICE_COLUMNS
from collabdesk.ui.models import DataclassTableModel
from collabdesk.ui.ops import Op
from collabdesk.ui.pages import Page
from collabdesk.ui.tasks import TaskProgressDialog
from collabdesk.ui.widgets import SearchBox


class DirectoryPage(Page):
    watches = frozenset({"partner", "partner_service"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAccessibleName(self.tr("Partner directory"))
        self._generation = 0
        self.progress_dialog: TaskProgressDialog | None = None
        self.last_summary: ImportSummary | None = None
        self.last_error: CollabDeskError | None = None
        self.banner = ErrorBanner(self)
        self.search_box = SearchBox(self, placeholder=self.tr("Search partners and services…"),
                                    accessible_name=self.tr("Search the partner directory"))
        self.domain = QComboBox(self)
        self.domain.setAccessibleName(self.tr("Need"))
        self.domain.addItem(self.tr("Any need"), None)
        for domain in NEED_DOMAINS:
            self.domain.addItem(label(domain), domain)
        self.language = QLineEdit(self)
        self.language.setPlaceholderText(self.tr("Language"))
        self.language.setAccessibleName(self.tr("Language spoken"))
        self.area = QLineEdit(self)
        self.area.setPlaceholderText(self.tr("Area"))
        self.area.setAccessibleName(self.tr("Area served"))
        self.model: DataclassTableModel[PartnerServiceInfo] = DataclassTableModel(
            SERVICE_COLUMNS, parent=self)
        self.view = make_table(self, self.model, self.tr("Partner services"))
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._show_details())
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Service details"))
        manage = context.session.allowed("directory.manage")
        self.add_partner_button = QPushButton(self.tr("Add &partner…"), self)
        self.add_partner_button.setAccessibleName(self.tr("Add a partner"))
        self.add_partner_button.clicked.connect(self.add_partner)
        self.add_service_button = QPushButton(self.tr("Add &service…"), self)
        self.add_service_button.setAccessibleName(self.tr("Add a partner service"))
        self.add_service_button.clicked.connect(self.add_service)
        self.import_button = QPushButton(self.tr("&Import HSDS…"), self)
        self.import_button.setAccessibleName(self.tr("Import a partner directory"))
        self.import_button.clicked.connect(self.import_hsds)
        for button in (self.add_partner_button, self.add_service_button, self.import_button):
            button.setEnabled(manage)
            if not manage:
                button.setToolTip(self.tr("Only a supervisor or administrator can change "
                                          "the partner directory."))
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of services"))

        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 2)
        need = QLabel(self.tr("&Need:"), self)  # names the filter for a screen reader
        need.setBuddy(self.domain)
        filters.addWidget(need)
        filters.addWidget(self.domain)
        filters.addWidget(self.language)
        filters.addWidget(self.area)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        for button in (self.add_partner_button, self.add_service_button, self.import_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.search_box.sig_search.connect(lambda _t: self.refresh())
        self.domain.currentIndexChanged.connect(lambda _i: self.refresh())
        self.language.editingFinished.connect(self.refresh)
        self.area.editingFinished.connect(self.refresh)

    def title(self) -> str:
        return self.tr("Partner directory")

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        directory = self.context.session.directory
        text, domain = self.search_box.text(), self.domain.currentData()
        language, area = self.language.text().strip() or None, self.area.text().strip() or None
        (Op(self, lambda _ctx: directory.search(text, domain=domain, language=language, area=area,
                                        active_only=False), label="search directory")
         .success(lambda rows: self._loaded(generation, rows))
         .failure(self.banner.show_error)
         .run(self.context.runner))

    def _loaded(self, generation: int, rows: list[PartnerServiceInfo]) -> None:
        if generation != self._generation:
            return
        self.banner.clear_message()
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n service(s)", "", len(rows)))
        self._show_details()

    def _show_details(self) -> None:
        s = selected_row(self.view)
        if not isinstance(s, PartnerServiceInfo):
            self.details.setText(self.tr("Select a service to see how to reach it."))
            return
        lines = [f"{s.name} — {s.partner_name}", s.description,
                 self.tr("Needs: {v}").format(v=", ".join(label(d) for d in s.domains)),
                 self.tr("Languages: {v}").format(v=", ".join(s.languages)),
                 self.tr("Areas: {v}").format(v=", ".join(s.areas)),
                 s.address, s.phone, s.email, s.url,
                 self.tr("Eligibility: {v}").format(v=s.eligibility) if s.eligibility else "",
                 self.tr("Fees: {v}").format(v=s.fees) if s.fees else "",
                 self.tr("Status: {v}").format(v=label(s.status)) if s.status != "active"
                 else ""]
        self.details.setText("\n".join(line for line in lines if line))

    def add_partner(self) -> None:
        if PartnerDialog.ask(self, self.context) is not None:
            self.refresh()

    def add_service(self) -> None:
        current = selected_row(self.view)
        partner_id = current.partner_id if isinstance(current, PartnerServiceInfo) else None
        if PartnerServiceDialog.ask(self, self.context, partner_id) is not None:
            self.refresh()

    def import_hsds(self) -> None:
        path = FileDialogs.open_hsds(self)
        if path is None:
            return
        self.start_import(path)

    def start_import(self, path: Path) -> None:
        """Import ``path`` on the db lane with a progress dialog the worker can cancel."""
        directory = self.context.session.directory
        self.last_summary, self.last_error = None, None
        self.import_button.setEnabled(False)
        op = (Op(self, lambda ctx: directory.import_hsds(path, progress=ctx.progress,
                                                         cancelled=ctx.cancelled),
                 label="import directory")
              .success(self._imported)
              .failure(self._import_failed)
              .cancelled(self._import_ended)
              .with_progress(self.tr("Importing the partner directory")))
        op.run(self.context.runner)
        self.progress_dialog = op.dialog

    def _import_ended(self) -> None:
        self.import_button.setEnabled(self.context.session.allowed("directory.manage"))

    def _imported(self, summary: ImportSummary) -> None:
        self._import_ended()
        self.last_summary = summary
        self.refresh()
        ImportReportDialog.show_report(self, summary=summary)

    def _import_failed(self, error: CollabDeskError) -> None:
        self._import_ended()
        self.last_error = error
        ImportReportDialog.show_report(self, error=error)
