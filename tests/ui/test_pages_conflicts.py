"""Conflicts page: a concurrent remote edit is reviewed and resolved; a refused status
change is dismissed. A value with an "&" shows as written on its version's radio button."""

from __future__ import annotations

import time
import uuid
from typing import Any

from collabdesk.changes import CONFLICT
from collabdesk.events.heads import decode_heads
from collabdesk.events.hlc import encode
from collabdesk.events.projection import Event
from collabdesk.ui.pages.conflicts import ConflictsPage
from tests.ui.pages_support import Env, make_case, sign_in_worker
from tests.ui.test_mnemonics import mnemonic
from tests.waits import WAIT_MS

REMOTE_DEVICE = "ab" * 16


def _remote_hlc(seconds_ahead: float) -> str:
    return encode(int((time.time() + seconds_ahead) * 1000), 0, REMOTE_DEVICE[:16])


def _apply_remote(env: Env, event: Event) -> None:
    with env.session.store.transaction() as conn:
        env.session.log.apply_remote(conn, [event])


def test_a_concurrent_edit_shows_every_version_and_a_merged_value_resolves_it(
        qtbot: Any, env: Env) -> None:
    worker = sign_in_worker(env)
    worker.session.close()
    worker_id = worker.session.user.id
    client_id, _case_id = make_case(env.session, "Ana", "Ruiz")
    base = decode_heads(env.session.store.query("SELECT _heads FROM clients WHERE id = ?",
                                                (client_id,))[0][0], "client")["given_name"]
    # Here: an edit over the current version. On another laptop, offline: an edit over
    # the same version, so neither saw the other.
    env.session.clients.update(client_id, _input(env, client_id, "Anna"))
    _apply_remote(env, Event(
        id=uuid.uuid4().hex, hlc=_remote_hlc(5), device=REMOTE_DEVICE, user_id=worker_id,
        entity="client", entity_id=client_id, op="update",
        data={"fields": {"given_name": "Ana María"}, "base": {"given_name": base}},
        scope=client_id))

    page = ConflictsPage(env.context)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    item = page.selected()
    assert item is not None and item.kind == "field" and item.field == "given_name"
    texts = sorted(b.text() for b in page.version_buttons)
    assert len(texts) == 2
    assert any("Anna" in t and "admin" in t for t in texts)
    assert any("Ana María" in t and "Maria" in t for t in texts)
    assert not page.resolve_button.isHidden() and page.dismiss_button.isHidden()

    page.merge_edit.setText("Ana-María")
    page.merge_radio.setChecked(True)
    with qtbot.waitSignal(env.context.sig_changed, timeout=WAIT_MS) as changed:
        page.resolve_button.click()
    changes, initiator = changed.args
    assert changes.touches(CONFLICT) and client_id in changes.ids_of("client")
    assert page.made_here(initiator)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT_MS)
    assert env.session.clients.get(client_id).given_name == "Ana-María"
    assert env.session.conflicts.items() == []
    assert page.empty_label.text() == "Nothing to review."


def test_a_versions_ampersand_shows_on_its_radio_button(qtbot: Any, env: Env) -> None:
    client_id, _case_id = make_case(env.session, "Ana", "Ruiz")
    base = decode_heads(env.session.store.query("SELECT _heads FROM clients WHERE id = ?",
                                                (client_id,))[0][0], "client")["given_name"]
    env.session.clients.update(client_id, _input(env, client_id, "Ana & Bo"))
    _apply_remote(env, Event(
        id=uuid.uuid4().hex, hlc=_remote_hlc(5), device=REMOTE_DEVICE,
        user_id=env.session.user.id, entity="client", entity_id=client_id, op="update",
        data={"fields": {"given_name": "Ana & Co"}, "base": {"given_name": base}},
        scope=client_id))
    page = ConflictsPage(env.context)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: len(page.version_buttons) == 2, timeout=WAIT_MS)
    texts = sorted(b.text() for b in page.version_buttons)
    assert texts[0].startswith("“Ana && Bo” — ") and texts[1].startswith("“Ana && Co” — ")
    assert [mnemonic(t) for t in texts] == [None, None]
    assert sorted(b.accessibleName().split(": ", 1)[1] for b in page.version_buttons) == [
        "Ana & Bo", "Ana & Co"]  # "Version n: …", the value as written


def _input(env: Env, client_id: str, given: str) -> Any:
    from dataclasses import replace

    from collabdesk.domain import ClientInput

    c = env.session.clients.get(client_id)
    return replace(ClientInput(c.given_name, c.family_name, c.other_names, c.dob,
                               c.estimated_birth_year, c.gender, c.language, c.phone, c.email,
                               c.address, c.identifiers), given_name=given)


def test_a_refused_status_change_can_be_dismissed(qtbot: Any, env: Env) -> None:
    _client_id, case_id = make_case(env.session)
    env.session.cases.set_status(case_id, "closed")
    # Another laptop, not having seen the close, put the case on hold later.
    _apply_remote(env, Event(
        id=uuid.uuid4().hex, hlc=_remote_hlc(30), device=REMOTE_DEVICE,
        user_id=env.session.user.id, entity="case", entity_id=case_id, op="transition",
        data={"field": "status", "from": "open", "to": "on_hold", "reason": "",
              "at": "2030-01-01T00:00:00Z"}, scope=case_id))
    page = ConflictsPage(env.context)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    item = page.selected()
    assert item is not None and item.kind == "rejected"
    assert "refused" in page.explain.text() and "Closed" in page.explain.text()
    assert not page.dismiss_button.isHidden() and page.resolve_button.isHidden()
    page.dismiss_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT_MS)
    assert env.session.cases.summary(case_id).status == "closed"


def test_a_worker_is_told_conflicts_are_for_supervisors(qtbot: Any, env: Env) -> None:
    worker = sign_in_worker(env)
    try:
        page = ConflictsPage(worker.context)
        qtbot.addWidget(page)
        page.refresh()
        assert "supervisor" in page.banner.text() and page.model.rowCount() == 0
    finally:
        worker.session.close()


def test_an_edit_to_a_record_of_an_undone_import_is_read_and_dismissed(
        qtbot: Any, env: Env, tmp_path: Any) -> None:
    path = tmp_path / "uno.csv"
    path.write_text("First name,Last name,Date of birth\nLena,Okafor,1980-05-06\n",
                    encoding="utf-8")
    caseload = env.session.caseload
    record = caseload.apply(caseload.plan(path, caseload.inspect(path).guess))
    client_id = env.session.store.query("SELECT id FROM clients")[0][0]
    base = decode_heads(env.session.store.query("SELECT _heads FROM clients WHERE id = ?",
                                                (client_id,))[0][0], "client")["phone"]
    caseload.undo(record.id)
    # Another laptop, before it heard of the undo, had given her a phone number.
    _apply_remote(env, Event(
        id=uuid.uuid4().hex, hlc=_remote_hlc(-5), device=REMOTE_DEVICE,
        user_id=env.session.user.id, entity="client", entity_id=client_id, op="update",
        data={"fields": {"phone": "555 010 2020"}, "base": {"phone": base}}, scope=client_id))
    page = ConflictsPage(env.context)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    item = page.selected()
    assert item is not None and item.kind == "retracted" and item.label == "Lena Okafor"
    assert "phone: 555 010 2020" in page.explain.text()
    assert page.resolve_button.isHidden() and page.reapply_button.isHidden()
    assert not page.dismiss_button.isHidden()
    page.dismiss_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT_MS)
    assert env.session.store.query("SELECT count(*) FROM clients")[0][0] == 0
