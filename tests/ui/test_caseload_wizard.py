"""The caseload import wizard, driven as an admin drives it: file, mapping, dry run, import.

Over a real store and the real background lanes: the dates of the file read both ways and
are asked once, the dry run lists every row in a table model with its duplicates and errors,
the admin changes rows one by one, a cancelled import writes nothing, the import and its undo
show in the Admin page's list.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from collabdesk.caseload import sample
from collabdesk.domain import ClientInput
from collabdesk.ui.dialogs.caseload_import import PreviewRow
from collabdesk.ui.dialogs.caseload_panel import CaseloadPanel
from collabdesk.ui.main_window import MainWindow
from collabdesk.ui.pages.admin import AdminPage
from tests.ui.window_support import admin_page
from tests.waits import WAIT_MS

from .conftest import Env


def _select(view: Any, number: int) -> None:
    model = view.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == str(number):
            view.selectRow(row)
            return
    raise AssertionError(f"row {number} is not shown")


def _clients(env: Env) -> int:
    return int(env.session.store.query("SELECT count(*) FROM clients")[0][0])


def test_the_wizard_imports_a_caseload_and_the_panel_undoes_it(
        qtbot: Any, env: Env, tmp_path: Path) -> None:
    known = sample.people(3, seed=5)
    for person in known:
        env.session.clients.intake(ClientInput(person.given, person.family, dob=person.dob,
                                               phone=person.phone), confirmed_new=True)
    sheet = sample.write(tmp_path / "clientes.csv", 240, known=known, ambiguous=True)
    panel = CaseloadPanel(env.context)
    qtbot.addWidget(panel)
    wizard = panel.start_import()
    assert wizard.currentPage() is wizard.file_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.file_page.path_edit.setText(str(sheet.path))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=WAIT_MS)

    # Mapping: guessed from the Spanish headers; the workers are not users here, so the
    # admin leaves that column out.
    mapping_page = wizard.mapping_page
    assert mapping_page.column_map().columns[2] == "dob"
    assert mapping_page.combos[12].currentData() == "assigned_to"
    mapping_page.set_target(12, "")
    assert 12 not in mapping_page.column_map().columns

    # The dry run asks once which order the dates are in.
    with qtbot.waitSignal(wizard.sig_dates_asked, timeout=WAIT_MS):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton),
                         Qt.MouseButton.LeftButton)
    preview = wizard.preview_page
    assert preview.dates_box.isVisible() and "Fecha de nacimiento" in preview.dates_text.text()
    preview.day_first.setChecked(True)
    with qtbot.waitSignal(wizard.sig_planned, timeout=WAIT_MS):
        qtbot.mouseClick(preview.dates_button, Qt.MouseButton.LeftButton)
    assert not preview.dates_box.isVisible() and wizard.date_order == "dmy"
    assert preview.model.rowCount() == 240
    assert wizard.plan is not None
    counts = wizard.plan.counts()
    assert f"{counts['create']} new clients" in preview.summary.text()

    # Likely duplicates: each shows its match and the intake's reasons.
    preview.filter.setCurrentIndex(preview.filter.findData("duplicates"))
    shown = preview.proxy.rowCount()
    assert shown == len(sheet.known) + len(sheet.file_duplicates)
    known_row = sorted(sheet.known)[0]
    row = preview.model.row_for_key(known_row)
    assert isinstance(row, PreviewRow) and "already registered" in row.match
    assert "Same date of birth" in row.reasons
    # The admin creates that one anyway, and skips a repeated row.
    _select(preview.view, known_row)
    qtbot.mouseClick(preview.choice_buttons["create"], Qt.MouseButton.LeftButton)
    assert preview.model.row_for_key(known_row).action == "Create"  # type: ignore[union-attr]
    repeated = sorted(sheet.file_duplicates)[0]
    _select(preview.view, repeated)
    qtbot.mouseClick(preview.choice_buttons["skip"], Qt.MouseButton.LeftButton)
    assert wizard.plan.row(repeated).action == "skip"
    # A broken row names its row and column, and cannot be created.
    preview.filter.setCurrentIndex(preview.filter.findData("errors"))
    assert preview.proxy.rowCount() == len(sheet.broken)
    broken = sorted(sheet.broken)[0]
    assert f"Row {broken}, column '{sheet.broken[broken]}'" in \
        preview.model.row_for_key(broken).problems  # type: ignore[union-attr]
    _select(preview.view, broken)
    qtbot.mouseClick(preview.choice_buttons["create"], Qt.MouseButton.LeftButton)
    assert "has errors" in preview.banner.text()

    # Import, cancelled while it waits for the store: nothing is written.
    before = _clients(env)
    gate = threading.Event()
    env.runner.run(lambda _ctx: gate.wait(WAIT_MS / 1000), lane="db", label="hold the lane")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert preview.op is not None and preview.op.dialog is not None
    with qtbot.waitSignal(env.runner.sig_cancelled, timeout=WAIT_MS):
        qtbot.mouseClick(preview.op.dialog.cancel_button, Qt.MouseButton.LeftButton)
        gate.set()
    qtbot.waitUntil(lambda: "nothing was written" in preview.banner.text(), timeout=WAIT_MS)
    assert _clients(env) == before and wizard.isVisible()

    # Import for real: the panel lists it, and undoes it as a whole.
    with qtbot.waitSignal(wizard.accepted, timeout=WAIT_MS):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.record is not None
    assert _clients(env) == before + wizard.record.counts["create"]
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
    assert "was imported" in panel.banner.text()
    assert panel.model.row_at(0).state == "Can be undone"
    panel.view.selectRow(0)
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1
                    and panel.model.row_at(0).state == "Undone", timeout=WAIT_MS)
    assert _clients(env) == before


def test_the_admin_page_opens_the_wizard(qtbot: Any, window: MainWindow) -> None:
    page = admin_page(qtbot, window)
    assert isinstance(page, AdminPage)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Client imports" in titles
    page.tabs.setCurrentIndex(titles.index("Client imports"))
    panel = page.tabs.currentWidget()
    assert isinstance(panel, CaseloadPanel)
    wizard = panel.start_import()
    qtbot.addWidget(wizard)
    assert wizard.isVisible() and wizard.windowTitle() == "Import clients from a spreadsheet"
    wizard.reject()


def test_the_clients_page_opens_it_for_supervisors_only(qtbot: Any, env: Env) -> None:
    from collabdesk.ui.pages.clients import ClientsPage

    page = ClientsPage(env.context)
    qtbot.addWidget(page)
    page.show()
    assert page.import_button.isVisibleTo(page)  # the admin fixture is admin and supervisor
    wizard = page.import_clients()
    qtbot.addWidget(wizard)
    assert wizard.isVisible() and wizard.currentPage() is wizard.file_page
    wizard.reject()
    env.session.users.add("wendy", "wendy pass phrase 1", display_name="Wendy",
                          roles=["worker"])
    worker = env.workspace.sign_in("wendy", "wendy pass phrase 1")
    try:
        from collabdesk.ui.context import AppContext

        worker_page = ClientsPage(AppContext(env.workspace, worker, env.runner))
        qtbot.addWidget(worker_page)
        assert not worker_page.import_button.isVisibleTo(worker_page)
    finally:
        worker.close()
