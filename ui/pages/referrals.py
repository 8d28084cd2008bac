"""Referrals: what we sent (Outgoing) and what partners sent us (Incoming, the inbox).

Each referral shows its state in words and colour, overdue ones highlighted, and the
history of its states. On an incoming referral the worker accepts it (after a duplicate
check on the shared details, linking to an existing client or creating one, which opens a
case), declines it with a reason, starts the service, completes and closes it. A
"Delivery" column says where each referral's latest news is on its way to the partner:
waiting on this laptop, at the hub, delivered, or failed with the reason.

With a clinic that is not on the hub, referrals travel as FHIR files: "Export as FHIR…"
writes ours whole (or, for a clinic's, its state), and "Import FHIR file…" brings in a
clinic's referral or the state of one we sent (collabdesk.services.exchange).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collabdesk.changes import DELIVERY
from collabdesk.domain import Referral, StatusChange
from collabdesk.errors import CollabDeskError
from collabdesk.events import statemachine as sm
from collabdesk.services.exchange import FHIR_KEY, ExportedReferral, FhirImport, saved_as_file
from collabdesk.services.letters import sent_on_paper
from collabdesk.services.syncstatus import RecordSyncState
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.accept_referral import AcceptReferralDialog
from collabdesk.ui.dialogs.files import FileDialogs
from collabdesk.ui.dialogs.forms import (
    ErrorBanner,
    ReasonDialog,
    describe_fields,
    label,
    make_table,
    select_key,
    selected_row,
)
from collabdesk.ui.dialogs.outcome import OutcomeDialog
from collabdesk.ui.forms.dialogs import SharedFormsDialog
from collabdesk.ui.models import DataclassTableModel, SearchFilterProxy
from collabdesk.ui.ops import Op
from collabdesk.ui.pages import Page
from collabdesk.ui.referral_state import (
    STATUS_CHANGE_COLUMN,
    referral_columns,
    state_text,
    status_change_key,
)
from collabdesk.ui.sync_controller import load_delivery_states
from collabdesk.ui.widgets import SearchBox

# Who may move a referral to which state from this screen.
INCOMING_ACTIONS = ("accepted", "declined", "service_started", "completed", "closed")
OUTGOING_ACTIONS = ("closed",)


class _ReferralList(QWidget):
    """One tab: filter, table, history of the selected referral, action buttons."""

    def __init__(self, direction: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.direction = direction
        # Per-record sync state ("Delivery"), refreshed with the rows.
        self.delivery: dict[str, RecordSyncState] = {}
        self.filter_box = SearchBox(self, debounce_ms=120,
                                    accessible_name=self.tr("Filter referrals"))
        self.today = dt.date.today()  # the agency's day, set on each load
        self.model: DataclassTableModel[Referral] = DataclassTableModel(
            referral_columns(self.delivery, lambda: self.today), parent=self)
        self.proxy = SearchFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        name = self.tr("Incoming referrals") if direction == "incoming" else \
            self.tr("Outgoing referrals")
        self.view: QTableView = make_table(self, self.proxy, name, sort_column=1)
        self.filter_box.sig_search.connect(self.proxy.set_query)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Referral details"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_model: DataclassTableModel[StatusChange] = DataclassTableModel(
            [STATUS_CHANGE_COLUMN], key=status_change_key, parent=self)
        self.history = QListView(self)
        self.history.setModel(self.history_model)
        self.history.setWordWrap(True)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setAccessibleName(self.tr("Status history"))
        self.buttons_row = QHBoxLayout()
        # A second row for sharing beyond the hub (letters, FHIR files, forms): one row would
        # not fit a 1366-pixel screen in French.
        self.files_row = QHBoxLayout()
        side = QWidget(self)
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        side_box.addWidget(self.details)
        side_box.addWidget(QLabel(self.tr("Status history:"), side))
        side_box.addWidget(self.history, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        box = QVBoxLayout(self)
        box.addWidget(self.filter_box)
        box.addWidget(splitter, 1)
        box.addLayout(self.buttons_row)
        box.addLayout(self.files_row)

    def selected(self) -> Referral | None:
        row = selected_row(self.view)
        return row if isinstance(row, Referral) else None


def _client_fields(shared: dict[str, object]) -> list[str]:
    """The client's details a referral shared (not its forms, nor how it travelled)."""
    return [key for key in shared if not key.startswith("_") and key != "responses"]


class ReferralsPage(Page):
    watches = frozenset({"referral", "case", DELIVERY})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAccessibleName(self.tr("Referrals"))
        self._generation = 0
        self.banner = ErrorBanner(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Referral lists"))
        self.incoming = _ReferralList("incoming", self.tabs)
        self.outgoing = _ReferralList("outgoing", self.tabs)
        self.tabs.addTab(self.incoming, self.tr("&Incoming"))
        self.tabs.addTab(self.outgoing, self.tr("&Outgoing"))
        self.action_buttons: dict[tuple[str, str], QPushButton] = {}
        texts = {
            "accepted": (self.tr("&Accept…"), self.tr("Accept the referral")),
            "declined": (self.tr("&Decline…"), self.tr("Decline the referral")),
            "service_started": (self.tr("&Start service"), self.tr("Record that the service "
                                                                   "started")),
            "completed": (self.tr("Co&mplete"), self.tr("Record that the service is "
                                                       "complete")),
            "closed": (self.tr("C&lose…"), self.tr("Close the referral")),
        }
        for tab, actions in ((self.incoming, INCOMING_ACTIONS),
                             (self.outgoing, OUTGOING_ACTIONS)):
            for status in actions:
                text, name = texts[status]
                button = QPushButton(text, tab)
                button.setAccessibleName(name)
                button.clicked.connect(self._action(tab, status))
                tab.buttons_row.addWidget(button)
                self.action_buttons[(tab.direction, status)] = button
            open_case = QPushButton(self.tr("Open &case"), tab)
            open_case.setAccessibleName(self.tr("Open the referral's case"))
            open_case.clicked.connect(lambda _c=False, t=tab: self.open_case(t))
            tab.view.activated.connect(lambda _i, t=tab: self.open_case(t))
            tab.buttons_row.addStretch(1)
            tab.buttons_row.addWidget(open_case)
            self.action_buttons[(tab.direction, "open_case")] = open_case
            export = QPushButton(self.tr("E&xport as FHIR…"), tab)
            export.setAccessibleName(self.tr("Export the referral as a FHIR file"))
            export.clicked.connect(lambda _c=False, t=tab: self.export_fhir(t))
            importer = QPushButton(self.tr("Import FHIR &file…"), tab)
            importer.setAccessibleName(self.tr("Import a FHIR file from a clinic"))
            importer.clicked.connect(lambda _c=False: self.import_fhir())
            if tab is self.outgoing:  # partners off the hub answer by phone or post
                answer = QPushButton(self.tr("Record the &answer…"), tab)
                answer.setAccessibleName(self.tr("Record what a partner off the hub did"))
                answer.clicked.connect(lambda _c=False, t=tab: self.record_outcome(t))
                letter = QPushButton(self.tr("&Letter…"), tab)
                letter.setAccessibleName(self.tr("Save the referral letter again"))
                letter.clicked.connect(lambda _c=False, t=tab: self.save_letter(t))
                tab.files_row.addWidget(answer)
                tab.files_row.addWidget(letter)
                self.action_buttons[(tab.direction, "record_outcome")] = answer
                self.action_buttons[(tab.direction, "letter")] = letter
            else:  # completed forms a partner sent with its referral
                forms = QPushButton(self.tr("&Forms sent…"), tab)
                forms.setAccessibleName(self.tr("Read the forms sent with the referral"))
                forms.clicked.connect(lambda _c=False, t=tab: self.show_forms(t))
                tab.files_row.addWidget(forms)
                self.action_buttons[(tab.direction, "forms")] = forms
            tab.files_row.addStretch(1)
            tab.files_row.addWidget(export)
            tab.files_row.addWidget(importer)
            self.action_buttons[(tab.direction, "export_fhir")] = export
            self.action_buttons[(tab.direction, "import_fhir")] = importer
            tab.view.selectionModel().selectionChanged.connect(
                lambda *_a, t=tab: self._selection_changed(t))
        self.fhir_note = QLabel(self)
        self.fhir_note.setWordWrap(True)
        self.fhir_note.setAccessibleName(self.tr("What the FHIR file did"))
        self.fhir_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fhir_note.setVisible(False)
        self._select_after: tuple[str, str] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.fhir_note)
        layout.addWidget(self.tabs, 1)
        for tab in (self.incoming, self.outgoing):
            self._selection_changed(tab)

    def title(self) -> str:
        return self.tr("Referrals")

    def tab(self, direction: str) -> _ReferralList:
        return self.incoming if direction == "incoming" else self.outgoing

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        session = self.context.session

        def work() -> tuple[list[Referral], list[Referral], dt.date,
                            dict[str, RecordSyncState]]:
            incoming = session.referrals.list_referrals("incoming")
            outgoing = session.referrals.list_referrals("outgoing")
            delivery = load_delivery_states(session, "referral",
                                            [r.id for r in (*incoming, *outgoing)])
            return incoming, outgoing, session.today(), delivery

        (Op(self, lambda _ctx: work(), label="load referrals")
         .success(lambda r: self._loaded(generation, r))
         .failure(self.banner.show_error)
         .run(self.context.runner))

    def _loaded(self, generation: int,
                result: tuple[list[Referral], list[Referral], dt.date,
                              dict[str, RecordSyncState]]) -> None:
        if generation != self._generation:
            return
        incoming, outgoing, today, delivery = result
        self.banner.clear_message()
        for tab, rows in ((self.incoming, incoming), (self.outgoing, outgoing)):
            chosen = tab.selected()
            tab.today = today
            tab.delivery.clear()
            tab.delivery.update(delivery)
            tab.model.set_rows(rows)
            if self._select_after is not None and self._select_after[0] == tab.direction:
                select_key(tab.view, self._select_after[1])
                self.tabs.setCurrentWidget(tab)
            elif chosen is not None:
                select_key(tab.view, chosen.id)
            self._selection_changed(tab)
        self._select_after = None
        waiting = sum(1 for r in incoming if r.status == "received")
        self.tabs.setTabText(0, self.tr("&Incoming ({n} new)").format(n=waiting) if waiting
                             else self.tr("&Incoming"))

    def _selection_changed(self, tab: _ReferralList) -> None:
        referral = tab.selected()
        if referral is None:
            tab.details.setText(self.tr("Select a referral to see its details."))
        else:
            tab.details.setText("\n".join(filter(None, [
                f"{referral.partner_name} — {referral.service_name}",
                self.tr("Reason: {reason}").format(reason=referral.reason),
                self.tr("State: {state}").format(state=state_text(
                    referral, tab.delivery.get(referral.id), tab.today)),
                self.tr("Client: {name}").format(name=referral.client_name)
                if referral.client_name else "",
                self.tr("Shared: {fields}").format(fields=describe_fields(shared))
                if (shared := _client_fields(referral.shared)) else "",
                self.tr("Forms sent with it: {n}").format(n=len(forms))
                if isinstance(forms := referral.shared.get("responses"), list) else "",
            ])))
        tab.history_model.set_rows(referral.history if referral is not None else ())
        session = self.context.session
        for (direction, status), button in self.action_buttons.items():
            if direction != tab.direction:
                continue
            if status == "open_case":
                button.setEnabled(referral is not None and referral.case_id is not None)
                continue
            if status == "record_outcome":
                button.setEnabled(referral is not None and session.allowed("referral.send")
                                  and (sent_on_paper(referral) or saved_as_file(referral))
                                  and referral.status not in ("completed", "closed",
                                                              "declined"))
                continue
            if status == "letter":
                button.setEnabled(referral is not None and sent_on_paper(referral))
                continue
            if status == "forms":
                button.setEnabled(referral is not None
                                  and bool(referral.shared.get("responses")))
                continue
            if status == "import_fhir":
                button.setEnabled(session.allowed("referral.respond")
                                  or session.allowed("referral.send"))
                continue
            if status == "export_fhir":
                # A partner's referral has a state to send back only if it came as a file.
                button.setEnabled(referral is not None and (
                    session.allowed("referral.send") if direction == "outgoing"
                    else session.allowed("referral.respond") and FHIR_KEY in referral.shared))
                continue
            action = "referral.send" if direction == "outgoing" else "referral.respond"
            button.setEnabled(referral is not None and session.allowed(action)
                              and sm.REFERRAL_STATUS.allows(referral.status, status))

    def _action(self, tab: _ReferralList, status: str) -> Callable[[], None]:
        return lambda: self.act(tab.direction, status)

    def act(self, direction: str, status: str) -> None:
        """Move the selected referral in ``direction``'s tab to ``status``."""
        tab = self.tab(direction)
        referral = tab.selected()
        if referral is None:
            return
        referrals = self.context.session.referrals
        if status == "accepted":
            accepted = AcceptReferralDialog.ask(self, self.context, referral)
            if accepted is not None:
                self.refresh()
                if accepted.case_id:
                    self.context.sig_open_case.emit(accepted.case_id)
            return
        work: Callable[[], Any]
        if status in ("declined", "closed"):
            title = self.tr("Decline referral") if status == "declined" else \
                self.tr("Close referral")
            prompt = self.tr("Why is the referral declined? The partner will see this.") \
                if status == "declined" else self.tr("Why is the referral closed?")
            reason = ReasonDialog.ask(self, title, prompt, required=True)
            if reason is None:
                return
            work = (lambda: referrals.decline(referral.id, reason)) if status == "declined" \
                else (lambda: referrals.close(referral.id, reason))
        elif status == "service_started":
            work = lambda: referrals.start_service(referral.id)  # noqa: E731
        else:
            work = lambda: referrals.complete(referral.id)  # noqa: E731
        (Op(self, lambda _ctx: work(), label=f"referral {status}")
         .success(lambda _r: self.refresh())
         .failure(self._failed)
         .run(self.context.runner))

    def _failed(self, error: CollabDeskError) -> None:
        self.banner.show_error(error)
        self.refresh()

    # -- FHIR files ------------------------------------------------------------------------

    def record_outcome(self, tab: _ReferralList) -> None:
        referral = tab.selected()
        if referral is not None and OutcomeDialog.ask(self, self.context, referral):
            self.refresh()

    def save_letter(self, tab: _ReferralList) -> None:
        referral = tab.selected()
        if referral is None:
            return
        path = FileDialogs.save_letter(self, f"referral-{referral.id[-8:]}.pdf")
        if path is None:
            return
        letters = self.context.session.letters
        (Op(self, lambda _ctx: letters.write_letter(referral.id, path), label="referral letter")
         .failure(self.banner.show_error)
         .run(self.context.runner))

    def show_forms(self, tab: _ReferralList) -> None:
        referral = tab.selected()
        if referral is None:
            return
        referrals = self.context.session.referrals
        (Op(self, lambda _ctx: referrals.shared_responses(referral.id), label="forms sent")
         .success(lambda carried: SharedFormsDialog.show_forms(self, carried))
         .failure(self.banner.show_error)
         .run(self.context.runner))

    def export_fhir(self, tab: _ReferralList) -> None:
        referral = tab.selected()
        if referral is None:
            return
        path = FileDialogs.save_fhir(self, f"referral-{referral.id[:8]}.json")
        if path is None:
            return
        exchange = self.context.session.exchange
        (Op(self, lambda _ctx: exchange.export_referral(referral.id, path),
            label="export referral as FHIR")
         .success(lambda done: self._exported(str(path), done))
         .failure(self._refused)
         .run(self.context.runner))

    def _exported(self, path: str, done: ExportedReferral) -> None:
        text = self.tr("The referral is saved as a FHIR file: {path}. The file is not "
                       "encrypted: hand it over, then delete it.") if done.whole else self.tr(
            "The referral's state is saved as a FHIR file: {path}. The file is not "
            "encrypted: hand it over, then delete it.")
        self._note(text.format(path=path))
        self.refresh()

    def import_fhir(self) -> None:
        path = FileDialogs.open_fhir(self)
        if path is None:
            return
        exchange = self.context.session.exchange
        (Op(self, lambda _ctx: exchange.import_file(path), label="import FHIR file")
         .success(self._imported)
         .failure(self._refused)
         .run(self.context.runner))

    def _imported(self, done: FhirImport) -> None:
        referral = done.referral
        if done.new:
            text = self.tr("A referral from {partner} for {client} is in the inbox. Accept it "
                           "to check whether the client is already here.").format(
                partner=referral.partner_name, client=referral.client_name)
        elif done.recorded:
            text = self.tr("Recorded from the file: {states}.").format(
                states=", ".join(label(s) for s in done.recorded))
        else:
            text = self.tr("Nothing new: the referral already shows what the file says.")
        self._note(text)
        self._select_after = (referral.direction, referral.id)
        self.banner.clear_message()
        self.refresh()

    def _refused(self, error: CollabDeskError) -> None:
        # Nothing changed, so there is nothing to reload (a reload clears the message).
        self._note("")
        self.banner.show_error(error)

    def _note(self, text: str) -> None:
        self.fhir_note.setText(text)
        self.fhir_note.setVisible(bool(text))

    def open_case(self, tab: _ReferralList) -> None:
        referral = tab.selected()
        if referral is not None and referral.case_id:
            self.context.sig_open_case.emit(referral.case_id)
