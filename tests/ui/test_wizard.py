"""First-run wizard: creates a real encrypted store end to end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from collabdesk.ui import wizard as wizard_module
from collabdesk.ui.dialogs.common import Dialogs
from collabdesk.ui.tasks import TaskRunner
from collabdesk.ui.wizard import (
    PAGE_ADMIN,
    PAGE_HUB,
    PAGE_PASSPHRASE,
    PAGE_RECOVERY,
    FirstRunWizard,
)
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace
from tests.waits import WAIT_MS

PASS = "correct horse battery staple"


def _click(qtbot: Any, wizard: FirstRunWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _fill_up_to_creation(qtbot: Any, wizard: FirstRunWizard) -> None:
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # the agency needs a name
    QTest.keyClicks(wizard.agency_page.agency_edit, "Riverside Family Services")
    assert next_button.isEnabled()
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_ADMIN
    QTest.keyClicks(wizard.admin_page.username_edit, "ada")
    wizard.admin_page.display_edit.setText("Ada Admin")
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_PASSPHRASE
    fields = wizard.passphrase_page.fields
    QTest.keyClicks(fields.first, "password1")
    QTest.keyClicks(fields.second, "password1")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # too common
    assert "common" in fields.hint.text()
    fields.clear()
    QTest.keyClicks(fields.first, PASS)
    QTest.keyClicks(fields.second, PASS + "x")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no match
    fields.second.setText(PASS)
    assert fields.meter.value() >= 2
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_wizard_creates_the_store_end_to_end(qtbot: Any, task_runner: TaskRunner,
                                             tmp_path: Path, monkeypatch: Any) -> None:
    ws = Workspace(tmp_path / "agency")
    wizard = FirstRunWizard(ws, task_runner, kdf=KdfParams.FLOOR)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_up_to_creation(qtbot, wizard)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    # Creation runs in the background and moves on by itself.
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RECOVERY, timeout=WAIT_MS)
    assert ws.exists()
    assert wizard.session is not None and wizard.recovery_code
    panel = wizard.recovery_page.panel
    assert panel.code_label.text() == wizard.recovery_code
    # No way back or out once the store exists, and no moving on without the tick.
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible() or \
        not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()
    assert wizard.isVisible()

    saved = tmp_path / "code.txt"
    monkeypatch.setattr(Dialogs, "save_file", lambda *a, **k: saved)
    printed: list[str] = []
    monkeypatch.setattr(Dialogs, "print_text",
                        lambda parent, title, text: printed.append(text) or True)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert wizard.recovery_code in saved.read_text(encoding="utf-8")
    assert "Riverside Family Services" in printed[0]
    assert wizard.recovery_code in printed[0]

    box = panel.stored_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    assert box.isChecked()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_HUB

    QTest.keyClicks(wizard.hub_page.url_edit, "not a url")
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.isVisible() and "web address" in wizard.hub_page.error_label.text()
    wizard.hub_page.url_edit.setText("https://hub.example.org")
    with qtbot.waitSignal(wizard.accepted, timeout=WAIT_MS):
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    session = wizard.session
    assert session.user.username == "ada"
    assert session.user.display_name == "Ada Admin"
    assert {"admin", "supervisor"} <= session.user.roles
    assert task_runner.wait_idle(WAIT_MS)
    assert session.settings()["hub_url"] == "https://hub.example.org"
    agency = session.store.query("SELECT name FROM agency")[0][0]
    assert agency == "Riverside Family Services"
    session.close()
    ws.sign_in("ada", PASS).close()  # the store opens with the chosen passphrase


def test_hub_page_can_be_skipped(qtbot: Any, task_runner: TaskRunner, tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "agency")
    wizard = FirstRunWizard(ws, task_runner, kdf=KdfParams.FLOOR)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_up_to_creation(qtbot, wizard)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RECOVERY, timeout=WAIT_MS)
    wizard.recovery_page.panel.stored_box.setChecked(True)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    with qtbot.waitSignal(wizard.accepted, timeout=WAIT_MS):
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.session is not None
    assert "hub_url" not in wizard.session.settings() or \
        not wizard.session.settings()["hub_url"]
    wizard.session.close()


def test_cancel_before_creation_leaves_nothing(qtbot: Any, task_runner: TaskRunner,
                                               tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "agency")
    wizard = FirstRunWizard(ws, task_runner, kdf=KdfParams.FLOOR)
    qtbot.addWidget(wizard)
    wizard.show()
    QTest.keyClicks(wizard.agency_page.agency_edit, "Riverside")
    with qtbot.waitSignal(wizard.rejected, timeout=WAIT_MS):
        _click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert not ws.exists()
    assert wizard.session is None


@pytest.mark.parametrize("url, ok", [("https://hub.example.org", True),
                                     ("http://10.0.0.5:8443/", True),
                                     ("hub.example.org", False), ("ftp://x", False)])
def test_hub_url_check(url: str, ok: bool) -> None:
    assert wizard_module.valid_hub_url(url) is ok
