"""Clients: find a person as you type, see their cases, register a new intake (Ctrl+N).

Each keystroke pause sends one search to the db lane; an answer to an older search that
arrives after a newer one was sent is dropped, so the list always matches the box.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from collabdesk.changes import Changes
from collabdesk.domain import CaseSummary, Client, ClientHit
from collabdesk.errors import CollabDeskError
from collabdesk.services.session import Session
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.forms import (
    ErrorBanner,
    make_table,
    select_key,
    selected_row,
)
from collabdesk.ui.dialogs.intake import IntakeDialog
from collabdesk.ui.dialogs.new_case import NewCaseDialog
from collabdesk.ui.formats import fmt_date
from collabdesk.ui.i18n import QT_TRANSLATE_NOOP
from collabdesk.ui.models import NUMBER_ALIGN, Column, DataclassTableModel, SearchFilterProxy
from collabdesk.ui.ops import Op
from collabdesk.ui.pages import Page
from collabdesk.ui.pages.caseload import CASELOAD_COLUMNS
from collabdesk.ui.tasks import TaskHandle
from collabdesk.ui.widgets import SearchBox
from collabdesk.ui.widgets.tab_order import tab_chain

if TYPE_CHECKING:
    from collabdesk.ui.dialogs.caseload_import import CaseloadImportWizard


def _born(hit: ClientHit) -> str:
    if hit.dob is not None:
        return fmt_date(hit.dob)
    return f"~{hit.estimated_birth_year}" if hit.estimated_birth_year else ""


CLIENT_COLUMNS: list[Column[ClientHit]] = [
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"),
           lambda h: f"{h.given_name} {h.family_name}".strip()),
    Column("born", QT_TRANSLATE_NOOP("Columns", "Born"), _born,
           sort_key=lambda h: h.dob.isoformat() if h.dob else
           (str(h.estimated_birth_year) if h.estimated_birth_year else None)),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), lambda h: h.phone),
    Column("open_cases", QT_TRANSLATE_NOOP("Columns", "Open cases"), lambda h: h.open_cases,
           align=NUMBER_ALIGN),
]

# A client's cases: the caseload's columns, less the client's own name.
CLIENT_CASE_COLUMNS: list[Column[CaseSummary]] = [
    c for c in CASELOAD_COLUMNS if c.key in ("title", "status", "assigned", "opened")]


def _search(session: Session, text: str) -> list[ClientHit]:
    """The ordinary search, or "Field: text" on a searchable agency field."""
    found = session.forms.field_search(text)
    if found is None:
        return session.clients.search(text)
    return [hit_from_client(session.clients.get(client_id)) for client_id in found]


def hit_from_client(client: Client, open_cases: int = 0) -> ClientHit:
    return ClientHit(client.id, client.given_name, client.family_name, client.dob,
                     client.estimated_birth_year, client.phone, open_cases)


class ClientsPage(Page):
    watches = frozenset({"client", "case"})

    def on_changes(self, changes: Changes, initiator: QObject | None) -> None:
        if self.made_here(initiator):
            return
        if changes.touches("client") and self.last_query:
            self.search(self.last_query)
        elif self.current_client_id and changes.touches("case"):
            self._load_cases(self.current_client_id)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAccessibleName(self.tr("Clients"))
        self._search_generation = 0
        self._search_handle: TaskHandle | None = None
        self._cases_generation = 0
        self.last_query = ""
        self.current_client_id: str | None = None

        self.banner = ErrorBanner(self)
        # A search costs a few milliseconds even on 100k clients and stale answers are
        # dropped, so results may follow typing closely (budget: 50 ms from a keystroke).
        self.search_box = SearchBox(
            self, debounce_ms=20, placeholder=self.tr("Name, phone or date of birth…"),
            accessible_name=self.tr("Search clients"))
        self.intake_button = QPushButton(self.tr("&New intake"), self)
        self.intake_button.setAccessibleName(self.tr("New intake"))
        self.intake_button.setToolTip(self.tr("Register a new client (Ctrl+N)"))
        self.intake_button.clicked.connect(self.new_intake)
        self.intake_button.setEnabled(context.session.allowed("client.create"))
        # Ctrl+N is the main window's "New intake" action (one owner: two would be ambiguous
        # and Qt would run neither).
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setAccessibleName(self.tr("Import clients from a spreadsheet"))
        self.import_button.clicked.connect(lambda _c=False: self.import_clients())
        self.import_button.setVisible(context.session.allowed("client.import"))

        self.results_model: DataclassTableModel[ClientHit] = DataclassTableModel(
            CLIENT_COLUMNS, parent=self)
        self.results_proxy = SearchFilterProxy(self)
        self.results_proxy.setSourceModel(self.results_model)
        self.results_view = make_table(self, self.results_proxy, self.tr("Matching clients"),
                                       sort_column=None)
        self.results_view.selectionModel().selectionChanged.connect(
            lambda *_a: self._client_selected())
        self.results_view.activated.connect(lambda _i: self._focus_cases())
        self.results_hint = QLabel(self)
        self.results_hint.setAccessibleName(self.tr("Search result count"))
        self.results_hint.setWordWrap(True)
        self.results_hint.setTextFormat(Qt.TextFormat.RichText)
        self.results_hint.linkActivated.connect(lambda _link: self.new_intake())
        self._show_hint()

        self.cases_heading = QLabel(self.tr("Select a client to see their cases."), self)
        self.cases_heading.setAccessibleName(self.tr("Cases of the selected client"))
        self.cases_model: DataclassTableModel[CaseSummary] = DataclassTableModel(
            CLIENT_CASE_COLUMNS, parent=self)
        self.cases_view = make_table(self, self.cases_model, self.tr("Cases of this client"))
        self.cases_view.activated.connect(self._case_activated)
        self.new_case_button = QPushButton(self.tr("New &case for this client"), self)
        self.new_case_button.setAccessibleName(self.tr("New case for this client"))
        self.new_case_button.clicked.connect(self.new_case)
        self.open_case_button = QPushButton(self.tr("&Open case"), self)
        self.open_case_button.setAccessibleName(self.tr("Open the selected case"))
        self.open_case_button.clicked.connect(self.open_selected_case)
        self.share_forms_button = QPushButton(self.tr("Share &forms…"), self)
        self.share_forms_button.setAccessibleName(
            self.tr("Share the client's completed forms as a FHIR file"))
        self.share_forms_button.clicked.connect(self.share_forms)
        self.share_note = QLabel(self)
        self.share_note.setWordWrap(True)
        self.share_note.setAccessibleName(self.tr("What the FHIR file holds"))
        self.share_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.share_note.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.intake_button)
        top.addWidget(self.import_button)
        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.results_view)
        left_box.addWidget(self.results_hint)
        right = QWidget(self)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.cases_heading)
        right_box.addWidget(self.cases_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_case_button)
        buttons.addWidget(self.open_case_button)
        buttons.addStretch(1)
        buttons.addWidget(self.share_forms_button)
        right_box.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.share_note)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        tab_chain(self.search_box, self.intake_button, self.import_button, self.results_view,
                  self.cases_view)

        self.search_box.sig_search.connect(self.search)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Clients")

    def refresh(self) -> None:
        if self.last_query:
            self.search(self.last_query)
        if self.current_client_id:
            self._load_cases(self.current_client_id)

    # -- search --------------------------------------------------------------------------

    def search(self, text: str) -> None:
        """Search for ``text`` on the db lane; only the newest search's answer is shown."""
        self.last_query = text
        self._search_generation += 1
        generation = self._search_generation
        if self._search_handle is not None and not self._search_handle.is_finished():
            self._search_handle.cancel()
        if not text.strip():
            self._show_hits(generation, [])
            return
        session = self.context.session
        self._search_handle = (Op(self, lambda _ctx: _search(session, text),
                                  label="search clients")
                               .success(lambda hits: self._show_hits(generation, hits))
                               .failure(self._failed)
                               .run(self.context.runner))

    def _show_hits(self, generation: int, hits: list[ClientHit]) -> None:
        if generation != self._search_generation:
            return  # an older keystroke's answer
        keep = self.current_client_id
        self.results_model.set_rows(hits)
        self._show_hint()
        if keep and select_key(self.results_view, keep):
            return
        self._client_selected()

    def _show_hint(self) -> None:
        """Under the results: how many are shown, or what to do when there are none."""
        shown = self.results_proxy.rowCount()
        query = html.escape(self.last_query.strip())
        may_create = self.context.session.allowed("client.create")
        offer = (" " + self.tr("<a href=\"intake\">Register a new client</a> (Ctrl+N).")
                 if may_create else "")
        if not query:
            text = self.tr("Type a name, phone number or date of birth to find a client.")
            self.results_hint.setText(text + offer)
        elif shown == 0:
            self.results_hint.setText(
                self.tr("No client found for “{query}”.").format(query=query) + offer)
        else:
            self.results_hint.setText(self.tr("%n client(s) found", "", shown))

    def _failed(self, error: CollabDeskError) -> None:
        self.banner.show_error(error)
        self.context.sig_status_message.emit(str(error))

    # -- the selected client's cases ------------------------------------------------------

    def selected_client(self) -> ClientHit | None:
        row = selected_row(self.results_view)
        return row if isinstance(row, ClientHit) else None

    def _client_selected(self) -> None:
        hit = self.selected_client()
        self.current_client_id = hit.id if hit else None
        if hit is None:
            self.cases_model.set_rows([])
            self.cases_heading.setText(self.tr("Select a client to see their cases."))
        else:
            self.cases_heading.setText(self.tr("Cases of {name}").format(
                name=f"{hit.given_name} {hit.family_name}".strip()))
            self._load_cases(hit.id)
        self._update_buttons()

    def _load_cases(self, client_id: str) -> None:
        self._cases_generation += 1
        generation = self._cases_generation
        cases = self.context.session.cases
        (Op(self, lambda _ctx: cases.list_cases(client_id=client_id, statuses=()),
            label="client cases")
         .success(lambda rows: self._show_cases(generation, rows))
         .failure(self._failed)
         .run(self.context.runner))

    def _show_cases(self, generation: int, rows: list[CaseSummary]) -> None:
        if generation == self._cases_generation:
            self.cases_model.set_rows(rows)
            if rows:
                self.cases_view.selectRow(0)
            self._update_buttons()

    def _update_buttons(self) -> None:
        session = self.context.session
        self.new_case_button.setEnabled(self.current_client_id is not None
                                        and session.allowed("case.create"))
        self.open_case_button.setEnabled(self.cases_model.rowCount() > 0)
        self.share_forms_button.setEnabled(self.current_client_id is not None
                                           and session.allowed("referral.send"))

    def share_forms(self) -> None:
        hit = self.selected_client()
        if hit is None:
            return
        name = f"{hit.given_name} {hit.family_name}".strip()
        from collabdesk.ui.dialogs.share_forms import ShareFormsDialog

        saved = ShareFormsDialog.ask(self, self.context, hit.id, name)
        self.share_note.setText(saved or "")
        self.share_note.setVisible(bool(saved))

    def _focus_cases(self) -> None:
        if self.cases_model.rowCount():
            self.cases_view.setFocus()
        else:
            self.new_case_button.setFocus()

    def _case_activated(self, index: QModelIndex) -> None:
        self.cases_view.selectRow(index.row())
        self.open_selected_case()

    def open_selected_case(self) -> None:
        row = selected_row(self.cases_view)
        if isinstance(row, CaseSummary):
            self.context.sig_open_case.emit(row.id)

    def open_client(self, client_id: str) -> None:
        """Show one client (for ``sig_open_client``): their row and their cases."""
        clients = self.context.session.clients
        (Op(self, lambda _ctx: clients.get(client_id, audit=False), label="show client")
         .success(self._show_single_client)
         .failure(self._failed)
         .run(self.context.runner))

    def _show_single_client(self, client: Client) -> None:
        self._search_generation += 1  # whatever search is in flight is now stale
        self.search_box.setText(client.full_name)
        self.last_query = client.full_name
        self.results_model.set_rows([hit_from_client(client)])
        self._show_hint()
        self.current_client_id = client.id
        selection = self.results_view.selectionModel()
        selection.blockSignals(True)  # one load of the client's cases, below
        try:
            select_key(self.results_view, client.id)
        finally:
            selection.blockSignals(False)
        self.results_view.viewport().update()
        self._client_selected()

    # -- actions -------------------------------------------------------------------------

    def import_clients(self) -> CaseloadImportWizard:
        """Bring in an existing caseload (supervisors and admins); the list follows the
        import through the one refresh path."""
        from collabdesk.ui.dialogs.caseload_import import CaseloadImportWizard

        wizard = CaseloadImportWizard(self.context, self)
        wizard.open()
        return wizard

    def new_intake(self) -> None:
        if not self.context.session.allowed("client.create"):
            return
        client = IntakeDialog.ask(self, self.context)
        if client is None:
            return
        self._show_single_client(client)
        from collabdesk.ui.forms.agency_panel import fill_agency_fields

        fill_agency_fields(self, self.context, client.id)  # the agency's own intake fields

    def new_case(self) -> None:
        hit = self.selected_client()
        if hit is None:
            return
        case = NewCaseDialog.ask(self, self.context, hit.id,
                                 f"{hit.given_name} {hit.family_name}".strip())
        if case is None:
            return
        self.context.sig_open_case.emit(case.id)
