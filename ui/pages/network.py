"""Network: connect this laptop to the partner hub and look after the agency's laptops.

For administrators. The page enrols this laptop (hub address prefilled from the agency's
``hub_url`` setting, the one-time code from the hub operator, a label), and shows this
laptop's and the agency's fingerprints so they can be compared out of band — read aloud
on the phone, say — before anyone trusts a new laptop. It lists the agency's laptops
(remove one that is lost; which ones have no post-quantum key yet, and once none is left,
require the post-quantum suite), the laptops waiting for approval (approve one after typing
the fingerprint it shows), the partner agencies whose keys this laptop has pinned, and
the last sync. Offline bundles move the same sealed envelopes on a USB stick.

Everything that touches the engine runs on the db lane through :func:`shared_engine`
(the engine writes the store), behind a progress dialog where the hub is involved; errors
appear in plain words above the page. Files and the fingerprint question go through
replaceable classmethods (:class:`NetworkDialogs`) so tests can answer them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import CollabDeskError, NotFound
from collabdesk.services.syncstatus import SyncOverview
from collabdesk.sync import bundle as bundle_mod
from collabdesk.sync.engine import DeviceInfo, EnrollResult, PendingDevice
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.common import Dialogs
from collabdesk.ui.dialogs.files import pick_open, pick_save
from collabdesk.ui.dialogs.forms import ErrorBanner, make_table, selected_row
from collabdesk.ui.formats import fmt_moment, literal
from collabdesk.ui.i18n import QT_TRANSLATE_NOOP
from collabdesk.ui.icons import set_button_icon
from collabdesk.ui.models import Column, DataclassTableModel
from collabdesk.ui.ops import Op
from collabdesk.ui.pages import Page
from collabdesk.ui.pages.network_pq import PqRollout
from collabdesk.ui.sync_controller import SyncOutcome, shared_engine
from collabdesk.ui.tasks import TaskContext, TaskProgressDialog


@dataclass(frozen=True)
class PartnerRow:
    agency_id: str
    name: str
    fingerprint: str


@dataclass(frozen=True)
class NetworkInfo:
    """What the page shows, read on the db lane without asking the hub."""

    status: str  # "" (not enrolled), pending, active, revoked
    hub_url: str
    suggested_url: str
    agency_id: str
    device_fingerprint: str
    agency_fingerprint: str
    devices: list[DeviceInfo]
    partners: list[PartnerRow]
    overview: SyncOverview
    pq_required: bool = False


def load_network_info(context: AppContext) -> NetworkInfo:
    session = context.session
    engine = shared_engine(session)
    keys = engine.device_keys()
    names = {p.hub_agency_id: p.name for p in session.directory.partners() if p.hub_agency_id}
    partners = [PartnerRow(t.agency_id, names.get(t.agency_id, ""), t.fingerprint)
                for t in engine.partners()]
    return NetworkInfo(
        status=engine.status if engine.enrolled else "",
        hub_url=engine.hub_url, suggested_url=str(session.settings().get("hub_url") or ""),
        agency_id=engine.hub_agency_id,
        device_fingerprint=keys.fingerprint() if keys is not None else "",
        agency_fingerprint=engine.agency_fingerprint(),
        devices=sorted(engine.devices(), key=lambda d: (not d.active, d.label)),
        partners=sorted(partners, key=lambda p: (p.name or p.agency_id)),
        overview=session.sync_status.overview(), pq_required=engine.pq_required())


def _device_status(d: DeviceInfo) -> str:
    words = [QCoreApplication.translate("NetworkPage", "Active") if d.active
             else QCoreApplication.translate("NetworkPage", "Removed")]
    if d.this_device:
        words.append(QCoreApplication.translate("NetworkPage", "this laptop"))
    if d.root:
        words.append(QCoreApplication.translate("NetworkPage", "first laptop"))
    return ", ".join(words)


DEVICE_COLUMNS: list[Column[DeviceInfo]] = [
    Column("label", QT_TRANSLATE_NOOP("Columns", "Laptop"), lambda d: d.label),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), _device_status),
    Column("fingerprint", QT_TRANSLATE_NOOP("Columns", "Fingerprint"), lambda d: d.fingerprint),
    Column("pq", QT_TRANSLATE_NOOP("Columns", "Post-quantum key"),
           lambda d: "" if not d.active else QCoreApplication.translate(
               "NetworkPage", "Yes") if d.pq else QCoreApplication.translate(
               "NetworkPage", "Not upgraded yet")),
]
PENDING_COLUMNS: list[Column[PendingDevice]] = [
    Column("label", QT_TRANSLATE_NOOP("Columns", "Laptop"), lambda d: d.label),
    Column("requested", QT_TRANSLATE_NOOP("Columns", "Asked"),
           lambda d: dt.datetime.fromtimestamp(d.requested_at, dt.UTC), fmt=fmt_moment),
    Column("fingerprint", QT_TRANSLATE_NOOP("Columns", "Fingerprint"), lambda d: d.fingerprint),
]
PARTNER_COLUMNS: list[Column[PartnerRow]] = [
    Column("name", QT_TRANSLATE_NOOP("Columns", "Partner"),
           lambda p: p.name or QCoreApplication.translate("Columns", "(not in the directory)")),
    Column("agency", QT_TRANSLATE_NOOP("Columns", "Hub id"), lambda p: p.agency_id),
    Column("fingerprint", QT_TRANSLATE_NOOP("Columns", "Pinned fingerprint"),
           lambda p: p.fingerprint),
]


def _bundle_filter() -> str:
    return QCoreApplication.translate("NetworkPage",
                                      "CollabDesk bundles (*.cdbundle);;All files (*)")


class NetworkDialogs:
    """The page's questions and file pickers; tests replace these classmethods."""

    @classmethod
    def ask_fingerprint(cls, parent: QWidget | None, device_label: str) -> str | None:
        """The fingerprint the new laptop shows, typed by the administrator."""
        text, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("NetworkPage", "Approve laptop"),
            QCoreApplication.translate(
                "NetworkPage", "Read the fingerprint shown on the Network page of “{label}” and "
                "type it here. Approve only if it matches.").format(
                    label=literal(device_label)))  # the dialog's label has a buddy
        return text.strip() if ok and text.strip() else None

    @classmethod
    def save_bundle(cls, parent: QWidget | None, suggested: str) -> Path | None:
        return pick_save(
            parent, QCoreApplication.translate("NetworkPage", "Export an offline bundle"),
            "bundle", suggested, _bundle_filter())

    @classmethod
    def open_bundle(cls, parent: QWidget | None) -> Path | None:
        return pick_open(
            parent, QCoreApplication.translate("NetworkPage", "Import an offline bundle"),
            "bundle", _bundle_filter())


def _mono(widget: QWidget) -> None:
    widget.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))


class NetworkPage(Page):
    watches = frozenset({"partner", "agency"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAccessibleName(self.tr("Network"))
        self.info: NetworkInfo | None = None
        self._generation = 0
        self.progress_dialog: TaskProgressDialog | None = None
        self.last_enrolment: EnrollResult | None = None
        self.last_import: bundle_mod.ImportReport | None = None
        self.last_export: bundle_mod.ExportReport | None = None
        self.banner = ErrorBanner(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Result"))
        self.message.setVisible(False)

        content = QWidget(self)
        box = QVBoxLayout(content)
        box.addWidget(self._build_laptop_group(content))
        # Shown once this laptop is enrolled; before that they would only be empty.
        self.enrolled_groups = [self._build_devices_group(content),
                                self._build_pending_group(content),
                                self._build_partners_group(content),
                                self._build_bundle_group(content),
                                self._build_sync_group(content)]
        for group in self.enrolled_groups:
            box.addWidget(group)
        box.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Network"))  # it takes focus: say what it holds
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)

        self.context.sync.sig_outcome.connect(self._sync_outcome)
        if self.context.sync.last_outcome is not None:
            self._show_outcome(self.context.sync.last_outcome)
        self._show(None)

    def title(self) -> str:
        return self.tr("Network")

    # -- building ---------------------------------------------------------------------------

    def _build_laptop_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("This laptop"), parent)
        form = QFormLayout(group)
        self.status_label = QLabel(group)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Connection to the hub"))
        form.addRow(self.tr("Status:"), self.status_label)
        self.device_fp_label = QLabel(group)
        self.agency_fp_label = QLabel(group)
        for lbl, name in ((self.device_fp_label, self.tr("This laptop's fingerprint")),
                          (self.agency_fp_label, self.tr("The agency's fingerprint"))):
            _mono(lbl)
            lbl.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lbl.setAccessibleName(name)
        form.addRow(self.tr("This laptop's fingerprint:"), self.device_fp_label)
        form.addRow(self.tr("Agency fingerprint:"), self.agency_fp_label)

        self.enrol_box = QWidget(group)
        enrol = QFormLayout(self.enrol_box)
        enrol.setContentsMargins(0, 0, 0, 0)
        self.hub_edit = QLineEdit(self.enrol_box)
        self.hub_edit.setPlaceholderText("https://hub.example.org")
        self.hub_edit.setAccessibleName(self.tr("Hub address"))
        self.code_edit = QLineEdit(self.enrol_box)
        self.code_edit.setAccessibleName(self.tr("Enrolment code"))
        self.code_edit.setPlaceholderText(self.tr("one-time code from the hub operator"))
        self.label_edit = QLineEdit(socket.gethostname()[:60], self.enrol_box)
        self.label_edit.setAccessibleName(self.tr("Name of this laptop"))
        self.agency_id_edit = QLineEdit(self.enrol_box)
        self.agency_id_edit.setAccessibleName(self.tr("Agency's hub id"))
        self.agency_id_edit.setPlaceholderText(self.tr("only for the agency's first laptop"))
        self.expect_fp_edit = QLineEdit(self.enrol_box)
        _mono(self.expect_fp_edit)
        self.expect_fp_edit.setAccessibleName(self.tr("Expected agency fingerprint"))
        self.expect_fp_edit.setPlaceholderText(
            self.tr("optional: as shown on a laptop already connected"))
        enrol.addRow(self.tr("&Hub address:"), self.hub_edit)
        enrol.addRow(self.tr("Enrolment &code:"), self.code_edit)
        enrol.addRow(self.tr("&Name of this laptop:"), self.label_edit)
        enrol.addRow(self.tr("Agency's hub &id:"), self.agency_id_edit)
        enrol.addRow(self.tr("E&xpected agency fingerprint:"), self.expect_fp_edit)
        self.enrol_button = QPushButton(self.tr("&Enrol this laptop"), self.enrol_box)
        self.enrol_button.setAccessibleName(self.tr("Enrol this laptop with the hub"))
        self.enrol_button.clicked.connect(self.enrol)
        self.code_edit.returnPressed.connect(self.enrol)
        button_row = QHBoxLayout()
        button_row.addWidget(self.enrol_button)
        button_row.addStretch(1)
        enrol.addRow("", button_row)
        form.addRow(self.enrol_box)
        return group

    def _table_group(self, parent: QWidget, title: str, columns: list[Any],
                     name: str) -> tuple[QGroupBox, DataclassTableModel[Any], QTableView,
                                         QHBoxLayout]:
        group = QGroupBox(title, parent)
        model: DataclassTableModel[Any] = DataclassTableModel(
            columns, key=lambda r: getattr(r, "device_id", None) or r.agency_id,
            parent=self)
        view = make_table(group, model, name)
        view.setMinimumHeight(110)
        buttons = QHBoxLayout()
        box = QVBoxLayout(group)
        box.addWidget(view)
        box.addLayout(buttons)
        return group, model, view, buttons

    def _build_devices_group(self, parent: QWidget) -> QGroupBox:
        group, self.devices_model, self.devices_view, buttons = self._table_group(
            parent, self.tr("Laptops of the agency"), DEVICE_COLUMNS,
            self.tr("Laptops of the agency"))
        self.revoke_button = QPushButton(self.tr("&Remove laptop…"), group)
        self.revoke_button.setAccessibleName(self.tr("Remove the selected laptop"))
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.devices_view.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons())
        self.pq_rollout = PqRollout(self.context, self._run, self._say, self.refresh, group)
        self.pq_label, self.require_pq_button = self.pq_rollout.label, self.pq_rollout.button
        buttons.addWidget(self.pq_rollout, 1)
        buttons.addWidget(self.revoke_button)
        return group

    def _build_pending_group(self, parent: QWidget) -> QGroupBox:
        group, self.pending_model, self.pending_view, buttons = self._table_group(
            parent, self.tr("Laptops waiting for approval"), PENDING_COLUMNS,
            self.tr("Laptops waiting for approval"))
        self.pending_note = QLabel(group)
        self.pending_note.setWordWrap(True)
        self.check_pending_button = QPushButton(self.tr("Ask the &hub"), group)
        self.check_pending_button.setAccessibleName(
            self.tr("Ask the hub which laptops are waiting"))
        self.check_pending_button.clicked.connect(self.load_pending)
        self.approve_button = QPushButton(self.tr("&Approve…"), group)
        self.approve_button.setAccessibleName(self.tr("Approve the selected laptop"))
        self.approve_button.clicked.connect(self.approve_selected)
        self.pending_view.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons())
        buttons.addWidget(self.pending_note, 1)
        buttons.addWidget(self.check_pending_button)
        buttons.addWidget(self.approve_button)
        return group

    def _build_partners_group(self, parent: QWidget) -> QGroupBox:
        group, self.partners_model, self.partners_view, _buttons = self._table_group(
            parent, self.tr("Partner agencies"), PARTNER_COLUMNS,
            self.tr("Partner agencies and their pinned fingerprints"))
        return group

    def _build_bundle_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Offline bundles (USB stick)"), parent)
        intro = QLabel(self.tr(
            "Where there is no connection, export this laptop's changes and referral messages "
            "to a file, carry it to another laptop and import it there. Bundles are sealed "
            "like everything sent to the hub."), group)
        intro.setWordWrap(True)
        self.export_button = QPushButton(self.tr("E&xport bundle…"), group)
        self.export_button.setAccessibleName(self.tr("Export an offline bundle"))
        self.export_button.clicked.connect(self.export_bundle)
        self.import_button = QPushButton(self.tr("I&mport bundle…"), group)
        self.import_button.setAccessibleName(self.tr("Import an offline bundle"))
        self.import_button.clicked.connect(self.import_bundle)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        box = QVBoxLayout(group)
        box.addWidget(intro)
        box.addLayout(row)
        return group

    def _build_sync_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Sync"), parent)
        self.overview_label = QLabel(group)
        self.overview_label.setWordWrap(True)
        self.overview_label.setAccessibleName(self.tr("Sync overview"))
        self.last_sync_label = QLabel(self.tr("No sync since sign-in."), group)
        self.last_sync_label.setWordWrap(True)
        self.last_sync_label.setAccessibleName(self.tr("Last sync"))
        self.last_sync_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sync_button = QPushButton(self.tr("&Sync now"), group)
        self.sync_button.setAccessibleName(self.tr("Sync with the hub now"))
        set_button_icon(self.sync_button, "sync")
        self.sync_button.clicked.connect(self.sync_now)
        row = QHBoxLayout()
        row.addWidget(self.sync_button)
        row.addStretch(1)
        box = QVBoxLayout(group)
        box.addWidget(self.overview_label)
        box.addWidget(self.last_sync_label)
        box.addLayout(row)
        return group

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        context = self.context
        (Op(self, lambda _ctx: load_network_info(context), label="load network")
         .success(lambda info: self._loaded(generation, info))
         .failure(self.banner.show_error)
         .run(context.runner))

    def _loaded(self, generation: int, info: NetworkInfo) -> None:
        if generation != self._generation:
            return
        first = self.info is None
        self._show(info)
        if info.status == "active" and first:
            self.load_pending()

    def _show(self, info: NetworkInfo | None) -> None:
        self.info = info
        status = info.status if info is not None else ""
        texts = {
            "": self.tr("Not connected to a hub. Enter the hub address and the one-time "
                        "code from the hub operator."),
            "pending": self.tr("Enrolled with {hub}, waiting for approval. Ask an "
                               "administrator at a laptop already connected to approve this "
                               "one after comparing this laptop's fingerprint."),
            "active": self.tr("Connected to {hub}."),
            "revoked": self.tr("This laptop was removed from the agency's laptops and no "
                               "longer syncs. It can be enrolled again with a new code."),
        }
        hub = info.hub_url if info is not None else ""
        self.status_label.setText(texts.get(status, status).format(hub=hub))
        none = self.tr("(none yet)")
        self.device_fp_label.setText(info.device_fingerprint or none if info else none)
        self.agency_fp_label.setText(info.agency_fingerprint or none if info else none)
        self.enrol_box.setVisible(status in ("", "revoked"))
        for group in self.enrolled_groups:
            group.setVisible(status in ("pending", "active"))
        if info is not None and not self.hub_edit.text():
            self.hub_edit.setText(info.hub_url or info.suggested_url)
        self.devices_model.set_rows(info.devices if info else [])
        self.pq_rollout.show_state(status == "active", info.devices if info else [],
                                   info is not None and info.pq_required)
        self.partners_model.set_rows(info.partners if info else [])
        if info is not None:
            o = info.overview
            parts = [self.tr("%n change(s) waiting to be sent", "", o.changes_waiting),
                     self.tr("%n message(s) for partners waiting", "", o.messages_waiting)]
            if o.messages_failed:
                parts.append(self.tr("%n message(s) could not be delivered", "",
                                     o.messages_failed))
            when = fmt_moment(o.last_contact)
            parts.append(self.tr("last contact with the hub: {when}").format(when=when)
                         if when else self.tr("no contact with the hub yet"))
            if o.last_error:
                parts.append(self.tr("last problem: {error}").format(error=o.last_error))
            self.overview_label.setText("; ".join(parts) + ".")
        else:
            self.overview_label.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        active = self.info is not None and self.info.status == "active"
        enrolled = self.info is not None and self.info.status in ("active", "pending")
        device = selected_row(self.devices_view)
        self.revoke_button.setEnabled(active and isinstance(device, DeviceInfo)
                                      and device.active and not device.this_device)
        self.check_pending_button.setEnabled(active)
        self.approve_button.setEnabled(active and isinstance(selected_row(self.pending_view),
                                                             PendingDevice))
        self.export_button.setEnabled(active)
        self.import_button.setEnabled(enrolled)
        self.sync_button.setEnabled(enrolled and self.context.sync.allowed)

    # -- actions ----------------------------------------------------------------------------

    def _run(self, title: str, work: Callable[[TaskContext], Any], label: str,
             on_done: Callable[[Any], None]) -> None:
        self.banner.clear_message()
        self.message.setVisible(False)

        def failed(error: CollabDeskError) -> None:
            self.banner.show_error(error)
            self.refresh()

        op = (Op(self, work, label=label)
              .success(on_done)
              .failure(failed)
              .with_progress(title, cancellable=False))
        op.run(self.context.runner)
        self.progress_dialog = op.dialog

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def enrol(self) -> None:
        url, code = self.hub_edit.text().strip(), self.code_edit.text().strip()
        if not url or not code:
            self.banner.show_message(self.tr("Enter the hub address and the enrolment code."))
            return
        device_label = self.label_edit.text().strip()
        agency_id = self.agency_id_edit.text().strip() or None
        expected = self.expect_fp_edit.text().strip() or None
        session = self.context.session

        def work(_ctx: TaskContext) -> EnrollResult:
            result = shared_engine(session).enroll(url, code, device_label,
                                                   agency_id=agency_id,
                                                   agency_fingerprint=expected)
            # The next laptop of the agency finds the address already filled in.
            if session.allowed("settings.manage") and not session.settings().get("hub_url"):
                # A joining laptop has no agency record to note it in until its first sync.
                with contextlib.suppress(NotFound):
                    session.update_settings(hub_url=url)
            return result

        self._run(self.tr("Enrolling this laptop…"), work, "enrol", self._enrolled)

    def _enrolled(self, result: EnrollResult) -> None:
        self.last_enrolment = result
        self.code_edit.clear()
        if result.status == "active":
            self._say(self.tr("This laptop is connected to the hub."))
        else:
            self._say(self.tr("This laptop is enrolled and waits for approval. On a laptop "
                              "already connected, open Network and approve it after "
                              "comparing this fingerprint: {fp}").format(fp=result.fingerprint))
        self.refresh()
        self.sync_now()

    def load_pending(self) -> None:
        session = self.context.session
        self.pending_note.setText(self.tr("Asking the hub…"))

        def failed(error: CollabDeskError) -> None:
            self.pending_note.setText(self.tr("The hub could not be asked: {error}")
                                      .format(error=error))

        (Op(self, lambda _ctx: shared_engine(session).pending_devices(), label="pending devices")
         .success(self._pending_loaded)
         .failure(failed)
         .run(self.context.runner))

    def _pending_loaded(self, pending: list[PendingDevice]) -> None:
        self.pending_model.set_rows(pending)
        self.pending_note.setText(self.tr("No laptop is waiting.") if not pending else
                                  self.tr("%n laptop(s) waiting.", "", len(pending)))
        self._update_buttons()

    def approve_selected(self) -> None:
        device = selected_row(self.pending_view)
        if not isinstance(device, PendingDevice):
            return
        typed = NetworkDialogs.ask_fingerprint(self, device.label)
        if typed is None:
            return
        session = self.context.session

        def work(_ctx: TaskContext) -> DeviceInfo:
            return shared_engine(session).approve(device.device_id, fingerprint=typed)

        self._run(self.tr("Approving the laptop…"), work, "approve device", self._approved)

    def _approved(self, device: DeviceInfo) -> None:
        self._say(self.tr("“{label}” can now sync with the agency's data.")
                  .format(label=device.label))
        self.refresh()
        self.load_pending()

    def revoke_selected(self) -> None:
        device = selected_row(self.devices_view)
        if not isinstance(device, DeviceInfo) or device.this_device:
            return
        if not Dialogs.confirm(
                self, self.tr("Remove laptop"),
                self.tr("Remove “{label}” from the agency's laptops? It will no longer sync, "
                        "and new data will be sealed with a new agency key it does not "
                        "have. It keeps what it already holds, so report a lost laptop as "
                        "well.").format(label=device.label),
                ok_text=self.tr("Remove"), destructive=True):
            return
        session = self.context.session

        def work(_ctx: TaskContext) -> None:
            shared_engine(session).revoke(device.device_id)

        def removed(_result: None) -> None:
            self._say(self.tr("“{label}” was removed.").format(label=device.label))
            self.refresh()

        self._run(self.tr("Removing the laptop…"), work, "revoke device", removed)

    def export_bundle(self) -> None:
        stamp = dt.date.today().isoformat()
        path = NetworkDialogs.save_bundle(self, f"collabdesk-{stamp}.cdbundle")
        if path is None:
            return
        session = self.context.session

        def work(_ctx: TaskContext) -> bundle_mod.ExportReport:
            return bundle_mod.export_bundle(session, path, engine=shared_engine(session))

        self._run(self.tr("Writing the bundle…"), work, "export bundle", self._exported)

    def _exported(self, report: bundle_mod.ExportReport) -> None:
        self.last_export = report
        self._say(self.tr("Bundle written to {path}: %n change(s) and {messages} message(s) "
                          "for partners.", "", report.events)
                  .format(path=report.path, messages=report.messages))

    def import_bundle(self) -> None:
        path = NetworkDialogs.open_bundle(self)
        if path is None:
            return
        session = self.context.session

        def work(_ctx: TaskContext) -> bundle_mod.ImportReport:
            return bundle_mod.import_bundle(session, path, engine=shared_engine(session))

        self._run(self.tr("Reading the bundle…"), work, "import bundle", self._imported)

    def _imported(self, report: bundle_mod.ImportReport) -> None:
        self.last_import = report
        lines = [self.tr("Bundle read: %n envelope(s) applied", "", report.applied)
                 + self.tr(", {skipped} already here, {rejected} refused.").format(
                     skipped=report.skipped, rejected=len(report.rejected))]
        lines += [self.tr("Refused: {reason}").format(reason=reason)
                  for _id, reason in report.rejected[:5]]
        lines += report.notes
        self._say("\n".join(lines))
        self.refresh()

    def sync_now(self) -> None:
        if self.context.sync.allowed:
            self.last_sync_label.setText(self.tr("Syncing…"))
            self.context.sync.sync_now()

    # -- sync reports -----------------------------------------------------------------------

    def _sync_outcome(self, outcome: SyncOutcome) -> None:
        self._show_outcome(outcome)
        self.refresh()

    def _show_outcome(self, outcome: SyncOutcome) -> None:
        when = dt.datetime.now().strftime("%H:%M")
        r = outcome.report
        if outcome.state in ("online", "cancelled") and r is not None:
            text = self.tr(
                "Last sync at {when}: sent {events} change(s) and {sent} message(s), "
                "received {applied} envelope(s), {rejected} refused.").format(
                    when=when, events=r.pushed_events, sent=r.messages_sent,
                    applied=r.envelopes_applied, rejected=r.envelopes_rejected)
            if r.messages_failed:
                text += " " + self.tr("{n} message(s) could not be delivered.").format(
                    n=r.messages_failed)
            if r.notices:  # already in the reader's language, naming the laptop concerned
                text += " " + " ".join(r.notices)
        elif outcome.plainly_offline:  # a cut connection, a late answer…: said below
            text = self.tr("At {when} the hub did not answer; this laptop keeps working "
                           "offline and tries again later.").format(when=when)
        elif outcome.state == "not_enrolled":
            text = self.tr("Not connected to a hub yet.")
        else:
            text = self.tr("At {when}: {message}").format(when=when, message=outcome.message)
        self.last_sync_label.setText(text)

