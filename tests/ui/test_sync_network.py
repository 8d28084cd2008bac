"""Background sync and the Network page against a real hub process on loopback.

Laptops are real encrypted stores; the hub is started as an operator starts it, and
agencies and enrolment codes come from its admin CLI. Every engine call of a laptop goes
through :func:`shared_engine`, as in the app. No sleeps: signals and ``waitUntil``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from collabdesk import syncmeta
from collabdesk.changes import DELIVERY, Changes
from collabdesk.domain import ClientInput
from collabdesk.services.session import Session
from collabdesk.sync.backoff import Scheduler
from collabdesk.sync.keys import DeviceKeys
from collabdesk.ui.context import AppContext
from collabdesk.ui.dialogs.common import Dialogs
from collabdesk.ui.main_window import MainWindow
from collabdesk.ui.ops import Op
from collabdesk.ui.pages.case import CasePage
from collabdesk.ui.pages.network import NetworkDialogs, NetworkPage
from collabdesk.ui.pages.referrals import ReferralsPage
from collabdesk.ui.statusbar import SyncStatusBar
from collabdesk.ui.sync_controller import (
    NullSyncController,
    SyncController,
    load_delivery_states,
    shared_engine,
)
from collabdesk.ui.tasks import TaskRunner
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace
from tests.e2e.conftest import create_agency, enrolment_code
from tests.e2e.faultproxy import FaultProxy, Request
from tests.sync.hub.conftest import HubProcess, sqlite_hub, start_hub, stop_hub
from tests.waits import WAIT_MS

PASSPHRASE = "correct horse battery staple"


@dataclass
class Laptop:
    workspace: Workspace
    session: Session
    username: str


def _laptop(tmp: Path, name: str, agency: str, username: str, *, joining: bool) -> Laptop:
    ws = Workspace(tmp / name)
    session, _code = ws.create(agency, username, PASSPHRASE, kdf=KdfParams.FLOOR,
                               joining=joining)
    return Laptop(ws, session, username)


def _first(hub: HubProcess, tmp: Path, name: str, agency_id: str, agency: str,
           username: str) -> Laptop:
    laptop = _laptop(tmp, name, agency, username, joining=False)
    result = shared_engine(laptop.session).enroll(
        hub.base_url, enrolment_code(hub, agency_id), name, agency_id=agency_id)
    assert result.status == "active"
    return laptop


def _join(hub: HubProcess, tmp: Path, name: str, agency_id: str, username: str,
          approver: Laptop) -> Laptop:
    laptop = _laptop(tmp, name, "joining", username, joining=True)
    approver_engine = shared_engine(approver.session)
    result = shared_engine(laptop.session).enroll(
        hub.base_url, enrolment_code(hub, agency_id), name,
        agency_fingerprint=approver_engine.agency_fingerprint())
    assert result.status == "pending"
    approver_engine.approve(result.device_id, fingerprint=result.fingerprint)
    return laptop


@dataclass
class World:
    hub: HubProcess
    tmp: Path
    agency_id: str
    a1: Laptop
    a2: Laptop


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubProcess]:
    with sqlite_hub(tmp_path_factory, "ui-hub") as process:
        yield process


@pytest.fixture(scope="module")
def world(hub: HubProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    tmp = tmp_path_factory.mktemp("ui-laptops")
    agency_id = create_agency(hub, "Riverside Family Services")
    a1 = _first(hub, tmp, "A1", agency_id, "Riverside Family Services", "ana")
    a2 = _join(hub, tmp, "A2", agency_id, "alex", approver=a1)
    for laptop in (a1, a2):
        shared_engine(laptop.session).sync_once()
    yield World(hub, tmp, agency_id, a1, a2)
    for laptop in (a1, a2):
        shared_engine(laptop.session).close()
        laptop.session.close()


def _context(laptop: Laptop, runner: TaskRunner) -> AppContext:
    return AppContext(laptop.workspace, laptop.session, runner)


def _intake(session: Session, given: str, family: str) -> tuple[str, str]:
    client = session.clients.intake(
        ClientInput(given, family, dob=dt.date(1988, 6, 1), phone="+15550001111"),
        confirmed_new=True)
    case = session.cases.open_case(client.id, f"Support for {given}")
    return client.id, case.id


def _cell(view: Any, row: int, column_key: str) -> str:
    model = view.model()
    source = model.sourceModel() if hasattr(model, "sourceModel") else model
    column = source.column_index(column_key)
    return str(model.index(row, column).data())


def _sync(qtbot: Any, controller: SyncController) -> Any:
    with qtbot.waitSignal(controller.sig_outcome, timeout=WAIT_MS) as blocker:
        controller.sync_now()
    return blocker.args[0]


# -- enrolment and approval from the page ------------------------------------------------------

def test_enrol_from_the_network_page_and_approve_a_pending_laptop(
        qtbot: Any, task_runner: TaskRunner, hub: HubProcess, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    agency_id = create_agency(hub, "Hillside Food Bank")
    c1 = _laptop(tmp_path, "C1", "Hillside Food Bank", "cora", joining=False)
    c2 = _laptop(tmp_path, "C2", "joining", "cai", joining=True)
    controller1: SyncController | None = None
    controller2: SyncController | None = None
    try:
        # The agency's hub address is a setting: the page offers it.
        c1.session.update_settings(hub_url=hub.base_url)
        ctx1 = _context(c1, task_runner)
        controller1 = SyncController(ctx1)
        ctx1.sync = controller1  # as the main window does
        page1 = NetworkPage(ctx1)
        qtbot.addWidget(page1)
        page1.show()
        page1.refresh()
        qtbot.waitUntil(lambda: page1.info is not None, timeout=WAIT_MS)
        assert page1.hub_edit.text() == hub.base_url
        assert page1.enrol_box.isVisibleTo(page1)
        assert not page1.export_button.isEnabled()
        page1.code_edit.setText(enrolment_code(hub, agency_id))
        page1.label_edit.setText("Front desk")
        page1.agency_id_edit.setText(agency_id)
        page1.enrol_button.click()
        qtbot.waitUntil(lambda: page1.info is not None and page1.info.status == "active",
                        timeout=WAIT_MS)
        assert page1.last_enrolment is not None
        own_fp = page1.last_enrolment.fingerprint
        assert page1.device_fp_label.text() == own_fp
        assert page1.agency_fp_label.text() == own_fp  # the first laptop is the root
        assert not page1.enrol_box.isVisibleTo(page1)
        assert page1.devices_model.rowCount() == 1
        assert "Connected to" in page1.status_label.text()

        # The second laptop enrols from its own page, pinning the agency's fingerprint.
        ctx2 = _context(c2, task_runner)
        controller2 = SyncController(ctx2)
        ctx2.sync = controller2  # as the main window does
        page2 = NetworkPage(ctx2)
        qtbot.addWidget(page2)
        page2.show()
        page2.refresh()
        qtbot.waitUntil(lambda: page2.info is not None, timeout=WAIT_MS)
        page2.hub_edit.setText(hub.base_url)
        page2.code_edit.setText(enrolment_code(hub, agency_id))
        page2.label_edit.setText("Outreach van")
        page2.expect_fp_edit.setText(own_fp.lower())
        page2.enrol_button.click()
        qtbot.waitUntil(lambda: page2.info is not None and page2.info.status == "pending",
                        timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not controller2.is_syncing(), timeout=WAIT_MS)
        new_fp = page2.device_fp_label.text()
        assert new_fp and new_fp != own_fp
        assert "waiting for approval" in page2.status_label.text()

        # The administrator on C1 asks the hub who waits and checks the fingerprint.
        page1.check_pending_button.click()
        qtbot.waitUntil(lambda: page1.pending_model.rowCount() == 1, timeout=WAIT_MS)
        assert _cell(page1.pending_view, 0, "fingerprint") == new_fp
        assert _cell(page1.pending_view, 0, "label") == "Outreach van"
        page1.pending_view.selectRow(0)
        assert page1.approve_button.isEnabled()
        wrong = "AAAA " + new_fp[5:]
        monkeypatch.setattr(NetworkDialogs, "ask_fingerprint", classmethod(
            lambda cls, parent, label: wrong))
        page1.approve_button.click()
        qtbot.waitUntil(lambda: page1.banner.isVisibleTo(page1), timeout=WAIT_MS)
        assert "does not match" in page1.banner.text()
        assert task_runner.wait_idle(WAIT_MS)
        assert page1.devices_model.rowCount() == 1  # nothing was added

        page1.pending_view.selectRow(0)
        monkeypatch.setattr(NetworkDialogs, "ask_fingerprint", classmethod(
            lambda cls, parent, label: new_fp.replace(" ", "-")))
        page1.approve_button.click()
        qtbot.waitUntil(lambda: page1.devices_model.rowCount() == 2, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: page1.pending_model.rowCount() == 0, timeout=WAIT_MS)
        assert "can now sync" in page1.message.text()
        statuses = {_cell(page1.devices_view, r, "label"): _cell(page1.devices_view, r, "status")
                    for r in range(2)}
        assert statuses["Outreach van"] == "Active"
        assert "this laptop" in statuses["Front desk"]

        # C2's next sync finds itself approved.
        outcome = _sync(qtbot, controller2)
        assert outcome.state == "online"
        qtbot.waitUntil(lambda: page2.info is not None and page2.info.status == "active",
                        timeout=WAIT_MS)
        assert page2.agency_fp_label.text() == own_fp
        assert "Last sync at" in page2.last_sync_label.text()
    finally:
        for controller in (controller1, controller2):
            if controller is not None:
                controller.stop()
        assert task_runner.wait_idle(WAIT_MS)
        for laptop in (c1, c2):
            shared_engine(laptop.session).close()
            laptop.session.close()


# -- a change travels from A1 to A2's caseload ------------------------------------------------

def test_change_on_one_laptop_appears_in_the_other_caseload_after_sync_now(
        qtbot: Any, task_runner: TaskRunner, world: World) -> None:
    _client_id, case_id = _intake(world.a1.session, "Marisol", "Quintero")
    shared_engine(world.a1.session).sync_once()

    session = world.a2.workspace.sign_in(world.a2.username, PASSPHRASE)
    window = MainWindow(world.a2.workspace, task_runner, idle_lock_ms=0,
                        follow_language_setting=False)
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.sig_session_started, timeout=WAIT_MS):
            window.start_session(session)
        assert window.sync is not None
        # The round started at sign-in has run; from now on only "Sync now" brings news.
        qtbot.waitUntil(lambda: window.sync is not None and not window.sync.is_syncing()
                        and window.sync.last_outcome is not None, timeout=WAIT_MS)
        assert window.status.sync_state() == "online"
        page = window.show_section("all_cases")
        assert page is not None
        qtbot.waitUntil(lambda: task_runner.wait_idle(WAIT_MS), timeout=WAIT_MS)
        # What a round changed reaches the page on screen as the store's changes, through
        # the runner and the main window: nobody wires the page by hand.
        changes: list[Changes] = []
        task_runner.sig_changes.connect(lambda c, _initiator: changes.append(c))

        _intake(world.a1.session, "Teodoro", "Villanueva")
        shared_engine(world.a1.session).sync_once()
        model = page.model  # type: ignore[attr-defined]
        names = {model.row_at(r).client_name for r in range(model.rowCount())}
        assert "Teodoro Villanueva" not in names
        assert any(model.row_at(r).id == case_id for r in range(model.rowCount()))

        with qtbot.waitSignal(window.sync.sig_outcome, timeout=WAIT_MS) as blocker:
            QTest.keyClick(window, Qt.Key.Key_F9)
        assert blocker.args[0].state == "online"
        assert any(c.touches("case") for c in changes)
        assert any(c.touches("client") for c in changes)
        qtbot.waitUntil(lambda: "Teodoro Villanueva" in {
            model.row_at(r).client_name for r in range(model.rowCount())}, timeout=WAIT_MS)
        assert window.status.sync_chip.text() == "Up to date with the hub"
        qtbot.waitUntil(lambda: window.status.contact_label.text().startswith(
            "Last contact with the hub: "), timeout=WAIT_MS)
        assert window.status.sync_button.isEnabled()
    finally:
        assert window.shutdown()


# -- per-record delivery state --------------------------------------------------------------------

def test_delivery_column_follows_a_referral_from_waiting_to_failed(
        qtbot: Any, task_runner: TaskRunner, world: World) -> None:
    s = world.a1.session
    partner = s.directory.add_partner("Nowhere Shelter", hub_agency_id="not-on-the-hub")
    service = s.directory.add_service(partner.id, "Night shelter", domains=("housing",))
    client_id, case_id = _intake(s, "Ines", "Okonkwo")
    s.consents.record(client_id, scope=("name",), recipient=partner.id)
    referral = s.referrals.send(case_id, service.id, reason="Needs a bed tonight",
                                fields=("name",))
    context = _context(world.a1, task_runner)
    controller = SyncController(context)
    context.sync = controller  # as the main window does
    page = ReferralsPage(context)
    case_page = CasePage(context)
    for widget in (page, case_page):
        qtbot.addWidget(widget)
    delivered: list[frozenset[str]] = []
    context.sig_changed.connect(lambda c, _i: delivered.append(c.ids_of(DELIVERY))
                                if c.touches(DELIVERY) else None)
    context.sig_changed.connect(page.on_changes)
    page.refresh()
    case_page.open_case(case_id)
    view = page.outgoing.view

    def delivery() -> str:
        for row in range(view.model().rowCount()):
            if view.model().index(row, 0).data(Qt.ItemDataRole.UserRole + 2) == referral.id:
                return _cell(view, row, "state")
        return ""

    qtbot.waitUntil(lambda: delivery() == "Not sent yet — on this laptop", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: case_page.referrals.model.rowCount() == 1, timeout=WAIT_MS)
    assert _cell(case_page.referrals.view, 0, "state") == "Not sent yet — on this laptop"

    outcome = _sync(qtbot, controller)
    assert outcome.state == "online" and outcome.report.messages_failed == 1
    qtbot.waitUntil(lambda: any(referral.id in ids for ids in delivered), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: delivery().startswith("Could not be delivered: "), timeout=WAIT_MS)
    assert "not registered on the hub" in delivery()
    case_page.refresh()
    qtbot.waitUntil(lambda: _cell(case_page.referrals.view, 0, "state")
                    .startswith("Could not be delivered: "), timeout=WAIT_MS)
    controller.stop()
    assert task_runner.wait_idle(WAIT_MS)


def test_delivery_states_of_a_list_are_read_at_once_with_each_records_answer(
        world: World, tmp_path: Path) -> None:
    s = world.a1.session
    synced, _ = _intake(s, "Olga", "Sokolova")
    shared_engine(s).sync_once()
    partner = s.directory.add_partner("Far Away Shelter", hub_agency_id="also-not-on-the-hub")
    service = s.directory.add_service(partner.id, "Beds", domains=("housing",))
    client_id, case_id = _intake(s, "Quentin", "Sokol")
    s.consents.record(client_id, scope=("name",), recipient=partner.id)
    queued = s.referrals.send(case_id, service.id, reason="A bed", fields=("name",))
    assert load_delivery_states(s, "referral", [queued.id, queued.id]) == {
        queued.id: s.sync_status.record_state("referral", queued.id)}
    assert load_delivery_states(s, "referral", [queued.id])[queued.id].state == "waiting"
    shared_engine(s).sync_once()  # the partner is not on the hub: the message fails
    waiting, _ = _intake(s, "Pavel", "Sokolov")

    clients = load_delivery_states(s, "client", [synced, waiting, "no-such-client"])
    assert {i: st.state for i, st in clients.items()} == {
        synced: "sent", waiting: "waiting", "no-such-client": "sent"}
    failed = load_delivery_states(s, "referral", [queued.id])[queued.id]
    assert failed.state == "failed" and "not registered on the hub" in failed.reason
    for entity, ids in (("client", [synced, waiting]), ("referral", [queued.id])):
        states = load_delivery_states(s, entity, ids)
        assert states == {i: s.sync_status.record_state(entity, i) for i in ids}
    assert load_delivery_states(s, "client", []) == {}

    alone = _laptop(tmp_path, "Solo", "Solo Agency", "sol", joining=False)
    try:
        local, _ = _intake(alone.session, "Rita", "Alone")
        assert load_delivery_states(alone.session, "client", [local])[local].state == "local"
    finally:
        alone.session.close()


def test_a_search_runs_while_a_round_waits_for_a_slow_hub(
        qtbot: Any, task_runner: TaskRunner, world: World, tmp_path: Path) -> None:
    split = urlsplit(world.hub.base_url)
    entered, release = threading.Event(), threading.Event()

    def slow_pull(request: Request) -> None:
        # The hub has the pull; its answer waits until the test has searched.
        if request.method == "GET" and "/envelopes" in request.path and not release.is_set():
            entered.set()
            release.wait(WAIT_MS / 1000)

    with FaultProxy((split.hostname or "127.0.0.1", int(split.port or 80)),
                    on_forwarded=slow_pull) as proxy:
        slow_hub = dataclasses.replace(world.hub, base_url=proxy.url)
        agency_id = create_agency(world.hub, "Slow Link Clinic")
        release.set()  # enrolment and the first round go through
        laptop = _first(slow_hub, tmp_path, "S1", agency_id, "Slow Link Clinic", "sam")
        controller = SyncController(_context(laptop, task_runner))
        try:
            _intake(laptop.session, "Zara", "Quickfind")
            assert _sync(qtbot, controller).state == "online"
            release.clear()
            entered.clear()
            controller.sync_now()
            qtbot.waitUntil(entered.is_set, timeout=WAIT_MS)
            found: list[list[Any]] = []
            Op(None, lambda _ctx: laptop.session.clients.search("Quickfind"),
               label="search clients").success(found.append).run(task_runner)
            # The round holds no lane the search needs: the search is done first.
            qtbot.waitUntil(lambda: bool(found), timeout=WAIT_MS)
            assert controller.is_syncing()
            assert [hit.family_name for hit in found[0]] == ["Quickfind"]
            with qtbot.waitSignal(controller.sig_outcome, timeout=WAIT_MS) as done:
                release.set()
            assert done.args[0].state == "online"
        finally:
            release.set()
            controller.stop()
            assert task_runner.wait_idle(WAIT_MS)
            shared_engine(laptop.session).close()
            laptop.session.close()


def test_the_null_controller_has_the_controllers_api_and_does_nothing(qtbot: Any) -> None:
    null = NullSyncController()
    outcomes: list[Any] = []
    null.sig_outcome.connect(outcomes.append)
    null.start()
    null.sync_now()
    assert not null.allowed and not null.is_running() and not null.is_syncing()
    assert null.next_attempt_ms() is None and null.last_outcome is None
    null.stop()
    assert outcomes == []
    public = {n for n in vars(SyncController) if not n.startswith("_")}
    assert public and public <= set(dir(null))


# -- offline is normal: backoff ------------------------------------------------------------------

def test_hub_stopped_shows_offline_and_backs_off(
        qtbot: Any, task_runner: TaskRunner, tmp_path: Path) -> None:
    own_hub = start_hub(tmp_path, f"sqlite:///{tmp_path / 'own-hub.sqlite3'}")
    stopped = False
    laptop: Laptop | None = None
    controller: SyncController | None = None
    try:
        agency_id = create_agency(own_hub, "Valley Clinic")
        laptop = _first(own_hub, tmp_path, "D1", agency_id, "Valley Clinic", "dee")
        bar = SyncStatusBar()
        qtbot.addWidget(bar)
        scheduler = Scheduler(rand=lambda: 0.5)  # half of each backoff ceiling
        controller = SyncController(_context(laptop, task_runner), bar, scheduler=scheduler)
        states: list[str] = []
        controller.sig_state_changed.connect(lambda state, _detail: states.append(state))
        controller.start()
        with qtbot.waitSignal(controller.sig_outcome, timeout=WAIT_MS) as first:
            pass  # the first round is due at once
        assert first.args[0].state == "online"
        assert states[:2] == ["syncing", "online"]
        assert bar.sync_state() == "online"
        interval_ms = int(scheduler.interval * 1000)
        due = controller.next_attempt_ms()
        # (Qt's coarse timers may report a few milliseconds over the interval.)
        assert due is not None and interval_ms - 5_000 < due <= interval_ms + 1_000

        stop_hub(own_hub)
        stopped = True
        _intake(laptop.session, "Rosa", "Delgado")  # work goes on offline
        outcome = _sync(qtbot, controller)
        assert outcome.state == "offline"
        assert bar.sync_state() == "offline"
        assert bar.sync_chip.text() == "Offline — changes are kept on this laptop"
        assert scheduler.failures == 1
        first_wait = controller.next_attempt_ms()
        # 0.5 × 5 s, give or take Qt's coarse timers (as above)
        assert first_wait is not None and 0 < first_wait <= 2_500 + 1_000
        assert controller.is_running()

        outcome = _sync(qtbot, controller)
        assert outcome.state == "offline" and scheduler.failures == 2
        second_wait = controller.next_attempt_ms()
        # 0.5 × 10 s: longer than the first wait, by the doubled backoff
        assert second_wait is not None and first_wait < second_wait <= 5_000 + 1_000
        assert laptop.session.store.get_meta("sync_last_error")
        assert task_runner.wait_idle(WAIT_MS)
    finally:
        if not stopped:
            stop_hub(own_hub)
        if controller is not None:
            controller.stop()
        if laptop is not None:
            assert task_runner.wait_idle(WAIT_MS)
            shared_engine(laptop.session).close()
            laptop.session.close()


def test_removed_laptop_stops_syncing_with_a_clear_message(
        qtbot: Any, task_runner: TaskRunner, world: World) -> None:
    a3 = _join(world.hub, world.tmp, "A3", world.agency_id, "ari", approver=world.a1)
    try:
        shared_engine(a3.session).sync_once()
        shared_engine(world.a1.session).revoke(
            shared_engine(a3.session).device_keys().device_id)  # type: ignore[union-attr]
        bar = SyncStatusBar()
        qtbot.addWidget(bar)
        controller = SyncController(_context(a3, task_runner), bar)
        outcome = _sync(qtbot, controller)
        assert outcome.state == "revoked"
        assert bar.sync_state() == "error"
        assert "removed from the agency's devices" in bar.sync_chip.text()
        assert not controller.is_running() and controller.next_attempt_ms() is None
        controller.sync_now()  # asking again does not start a round
        assert not controller.is_syncing()
    finally:
        assert task_runner.wait_idle(WAIT_MS)
        shared_engine(a3.session).close()
        a3.session.close()


# -- offline bundles through the page -------------------------------------------------------------

def test_bundle_export_and_import_round_trip_through_the_page(
        qtbot: Any, task_runner: TaskRunner, world: World, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A2 holds the current agency key: another test may have rotated it by removing a
    # laptop, and a laptop learns the new key when the first envelope sealed to it arrives.
    _intake(world.a1.session, "Warm", "Up")
    shared_engine(world.a1.session).sync_once()
    shared_engine(world.a2.session).sync_once()
    client_id, _case_id = _intake(world.a1.session, "Yusuf", "Abernathy")
    assert not world.a2.session.store.query("SELECT 1 FROM clients WHERE id = ?", (client_id,))
    stick = tmp_path / "usb" / "riverside.cdbundle"
    stick.parent.mkdir()
    monkeypatch.setattr(NetworkDialogs, "save_bundle", classmethod(
        lambda cls, parent, suggested: stick))
    monkeypatch.setattr(NetworkDialogs, "open_bundle", classmethod(lambda cls, parent: stick))

    page1 = NetworkPage(_context(world.a1, task_runner))
    page2 = NetworkPage(_context(world.a2, task_runner))
    for page in (page1, page2):
        qtbot.addWidget(page)
        page.show()
        page.refresh()
    qtbot.waitUntil(lambda: page1.export_button.isEnabled() and page2.import_button.isEnabled(),
                    timeout=WAIT_MS)
    page1.export_button.click()
    qtbot.waitUntil(lambda: page1.last_export is not None or bool(page1.banner.text()),
                    timeout=WAIT_MS)
    assert not page1.banner.text()
    assert stick.is_file() and page1.last_export is not None
    assert page1.last_export.events >= 2
    assert "Bundle written to" in page1.message.text()

    changed: list[str] = []
    page2.context.sig_changed.connect(lambda c, _i: changed.extend(c.kinds))
    page2.import_button.click()
    qtbot.waitUntil(lambda: page2.last_import is not None or bool(page2.banner.text()),
                    timeout=WAIT_MS)
    report = page2.last_import
    assert not page2.banner.text()
    assert report is not None and report.applied >= 1 and not report.rejected
    assert world.a2.session.store.query("SELECT 1 FROM clients WHERE id = ?", (client_id,))
    assert "client" in changed and "case" in changed
    assert "applied" in page2.message.text()

    # The same file again: everything is already here.
    page2.import_button.click()
    qtbot.waitUntil(lambda: page2.last_import is not report, timeout=WAIT_MS)
    assert page2.last_import is not None and page2.last_import.applied == 0
    assert page2.last_import.skipped >= 1
    assert task_runner.wait_idle(WAIT_MS)


# -- the post-quantum rollout on the page ------------------------------------------------------

def test_network_page_lists_laptops_not_upgraded_and_requires_pq_once_none_is_left(
        qtbot: Any, task_runner: TaskRunner, hub: HubProcess, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    agency_id = create_agency(hub, "Lakeside Legal Aid")
    d1 = _first(hub, tmp_path, "Front desk", agency_id, "Lakeside Legal Aid", "dana")
    d2 = _join(hub, tmp_path, "Old van", agency_id, "dev", approver=d1)
    old = shared_engine(d2.session)
    # A laptop still on the previous release: no X-Wing key, and it makes none.
    keys = old.device_keys()
    assert keys is not None
    old.state.set_meta(syncmeta.DEVICE_KEYS,
                       DeviceKeys(keys.sign_private, keys.kem_private).to_json())
    monkeypatch.setattr(old.trust, "ensure_pq_key", lambda state, keys: state)
    controller: SyncController | None = None
    try:
        old.sync_once()
        shared_engine(d1.session).sync_once()
        ctx = _context(d1, task_runner)
        controller = SyncController(ctx)
        ctx.sync = controller
        page = NetworkPage(ctx)
        qtbot.addWidget(page)
        page.show()
        page.refresh()
        qtbot.waitUntil(lambda: page.info is not None and page.devices_model.rowCount() == 2,
                        timeout=WAIT_MS)
        shown = {_cell(page.devices_view, r, "label"): _cell(page.devices_view, r, "pq")
                 for r in range(2)}
        assert shown == {"Front desk": "Yes", "Old van": "Not upgraded yet"}
        assert "Not upgraded yet: Old van" in page.pq_label.text()
        assert not page.require_pq_button.isEnabled()

        monkeypatch.undo()  # the new release reaches the van: its next sync upgrades it
        old.sync_once()
        shared_engine(d1.session).sync_once()
        page.refresh()
        qtbot.waitUntil(lambda: page.require_pq_button.isEnabled(), timeout=WAIT_MS)
        assert page.pq_label.text() == "Every laptop has a post-quantum key."
        asked: list[str] = []
        monkeypatch.setattr(Dialogs, "confirm", classmethod(
            lambda cls, parent, title, text, **kw: asked.append(title) or True))
        page.require_pq_button.click()
        qtbot.waitUntil(lambda: "now requires" in page.message.text(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: page.info is not None and page.info.pq_required,
                        timeout=WAIT_MS)
        assert asked == ["Require post-quantum suite"]
        assert page.pq_label.text() == "This agency requires the post-quantum suite."
        assert not page.require_pq_button.isEnabled()
        # The van receives the new key over its X-Wing key and keeps syncing.
        report = old.sync_once()
        assert not report.envelopes_rejected
        assert old.pq_required()
    finally:
        if controller is not None:
            controller.stop()
        assert task_runner.wait_idle(WAIT_MS)
        for laptop in (d1, d2):
            shared_engine(laptop.session).close()
            laptop.session.close()
