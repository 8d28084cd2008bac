"""Forms and responses as records on the real encrypted store: importing, where used,
versions, drafts, completing and amending, scores over time, retiring, sensitive forms,
suggestions and agency fields; and between two laptops through the event log: amendments
made offline on both converge with both versions kept and the later one in the conflict
queue, a response that arrives before its form is kept raw and never blocks the pull, and an
answer of the wrong type arriving by sync is kept raw and flagged.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from collabdesk.domain import ClientInput
from collabdesk.errors import NotFound, PermissionDenied, ValidationError
from collabdesk.events.log import EventLog, event_rows, new_id
from collabdesk.events.projection import Event
from collabdesk.forms.errors import FormError
from collabdesk.forms.extensions import EXT_SEARCHABLE, EXT_SENSITIVE, EXT_SUGGESTS_NEED
from collabdesk.services.session import Session
from tests.core.conftest import Agency
from tests.support.required import unavailable

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "fhir"
HVS = "Questionnaire-gravity-hunger-vital-sign.json"
PHQ9 = "Questionnaire-sdc-phq9-contained-valueset-score.json"


def _shared(name: str) -> dict[str, Any]:
    path = DATA / name
    if not path.is_file():
        unavailable(f"The shared FHIR test data is not at {DATA}.")
    value = json.loads(path.read_bytes())
    assert isinstance(value, dict)
    return value


def _case(session: Session, given: str = "Rosa", family: str = "Quispe") -> tuple[str, str]:
    client = session.clients.intake(ClientInput(given, family, dob=dt.date(1984, 5, 2)))
    case = session.cases.open_case(client.id, "Support")
    return client.id, case.id


def _phq9_answers(session: Session, fid: str, codes: list[str]) -> dict[Any, Any]:
    form = session.forms.form(fid)
    answers = {}
    for n, code in enumerate(codes, start=1):
        item = form.by_link_id[f"H1/T1/Q{n}"]
        option = next(o for o in item.options if o.value["valueCoding"]["code"] == code)
        answers[("H1/T1", 0, item.link_id)] = [option.value]
    return answers


NONE = ["Not-at-all"] * 9
MILD = ["Several-days"] * 6 + ["Not-at-all"] * 3  # 6
WORSE = ["More than half the days"] * 6 + ["Several-days"] * 3  # 15


# -- importing ---------------------------------------------------------------------------------


def test_an_admin_imports_a_form_once_and_sees_where_it_is_used(admin: Session) -> None:
    result = admin.forms.import_form(DATA / PHQ9 if (DATA / PHQ9).is_file() else _shared(PHQ9))
    assert not result.already_here and result.warnings
    info = result.form
    assert (info.url, info.version, info.status) == (
        "http://hl7.org/fhir/uv/sdc/Questionnaire/questionnaire-sdc-profile-example-PHQ9",
        "0.0.1", "active")
    assert admin.forms.import_form(_shared(PHQ9)).already_here  # same content: same record
    changed = _shared(PHQ9)
    changed["title"] = "Edited without a new version"
    with pytest.raises(FormError) as caught:
        admin.forms.import_form(changed)
    assert caught.value.reason == "version-clash"
    assert [f.id for f in admin.forms.list_forms()] == [info.id]
    _, case_id = _case(admin)
    admin.forms.save(info.id, _phq9_answers(admin, info.id, MILD), case_id=case_id,
                     complete=True)
    used = admin.forms.list_forms()[0]
    assert (used.responses, used.cases, used.clients) == (1, 1, 1)
    with admin.store.read() as conn:
        actions = [r[0] for r in conn.execute("SELECT action FROM audit WHERE action LIKE "
                                              "'form.%' ORDER BY seq")]
    assert actions == ["form.import", "form.response.completed"]


def test_every_shared_questionnaire_imports_into_the_store(admin: Session) -> None:
    names = sorted(p.name for p in DATA.glob("Questionnaire-*.json"))
    if not names:
        unavailable(f"The shared FHIR test data is not at {DATA}.")
    results = [admin.forms.import_form(DATA / name) for name in names]
    assert len({r.form.id for r in results}) == len(names) == 8
    listed = {f.id: f for f in admin.forms.list_forms()}
    for result in results:
        stored = admin.forms.form(result.form.id)
        assert stored.url == result.form.url and stored.version == result.form.version
        assert listed[result.form.id].status == "active"


def test_heads_rebuilt_from_copied_rows_are_the_same(admin: Session, agency: Agency) -> None:
    from collabdesk.forms.records import rebuild_heads

    fid = admin.forms.import_form(_shared(PHQ9)).form.id
    _, case_id = _case(admin)
    first = admin.forms.save(fid, _phq9_answers(admin, fid, MILD), case_id=case_id,
                             complete=True)
    agency.clock.advance(minutes=1)
    admin.forms.save(fid, _phq9_answers(admin, fid, NONE), case_id=case_id,
                     response_id=first.response_id, complete=True)
    before = _state(admin)
    with admin.store.transaction() as conn:
        conn.execute("DELETE FROM form_response_heads")
        assert rebuild_heads(conn) == 1
    assert _state(admin) == before


def test_a_refused_form_imports_nothing(admin: Session) -> None:
    bad = _shared(HVS)
    bad["item"][1]["linkId"] = bad["item"][0]["linkId"]
    with pytest.raises(FormError) as caught:
        admin.forms.import_form(bad)
    assert caught.value.reason == "duplicate-link-id"
    assert admin.forms.list_forms() == []
    with admin.store.read() as conn:
        assert conn.execute("SELECT count(*) FROM events WHERE entity = 'form'").fetchone()[0] == 0


def test_only_admins_import_and_retire_forms(sign_in: Callable[[str], Session]) -> None:
    worker = sign_in("wendy")
    with pytest.raises(PermissionDenied):
        worker.forms.import_form(_shared(HVS))
    ada = sign_in("ada")  # admin only
    fid = ada.forms.import_form(_shared(HVS)).form.id
    assert worker.forms.form(fid).title
    with pytest.raises(PermissionDenied):
        worker.forms.retire(worker.forms.form(fid).url)


# -- filling -----------------------------------------------------------------------------------


def test_draft_complete_amend_and_history(admin: Session, agency: Agency) -> None:
    fid = admin.forms.import_form(_shared(PHQ9)).form.id
    _, case_id = _case(admin)
    partial = _phq9_answers(admin, fid, MILD[:4])
    draft = admin.forms.save(fid, partial, case_id=case_id)
    assert draft.status == "in-progress" and draft.current
    agency.clock.advance(minutes=5)
    done = admin.forms.save(fid, _phq9_answers(admin, fid, MILD), case_id=case_id,
                            response_id=draft.response_id, complete=True)
    assert (done.status, done.score, done.previous) == ("completed", 6, (draft.id,))
    agency.clock.advance(days=1)
    amended = admin.forms.save(fid, _phq9_answers(admin, fid, WORSE), case_id=case_id,
                               response_id=draft.response_id, complete=True)
    assert amended.status == "amended" and amended.score == 15
    history = admin.forms.history(draft.response_id)
    assert [v.id for v in history] == [draft.id, done.id, amended.id]
    assert [v.current for v in history] == [False, False, True]
    # Each version keeps what it said; the case shows the current one.
    first = admin.forms.detail(done.id)
    assert first.state is not None and first.state.score == 6
    assert first.raw["status"] == "completed" and first.raw["questionnaire"].endswith("|0.0.1")
    [shown] = admin.forms.responses(case_id=case_id)
    assert shown.id == amended.id


def test_completing_checks_required_answers_beside_each_item(admin: Session) -> None:
    lhc = _shared("Questionnaire-lhc-phq9-answeroption-variables-score.json")
    fid = admin.forms.import_form(lhc).form.id
    _, case_id = _case(admin)
    with pytest.raises(ValidationError) as caught:
        admin.forms.save(fid, {}, case_id=case_id, complete=True)
    assert "/44250-9" in caught.value.fields
    assert admin.forms.save(fid, {}, case_id=case_id).status == "in-progress"  # a draft may


def test_scores_over_time_give_the_latest_and_the_trend(admin: Session, agency: Agency) -> None:
    fid = admin.forms.import_form(_shared(PHQ9)).form.id
    _, case_id = _case(admin)
    for codes in (WORSE, MILD, NONE):
        admin.forms.save(fid, _phq9_answers(admin, fid, codes), case_id=case_id, complete=True)
        agency.clock.advance(days=90)
    admin.forms.save(fid, _phq9_answers(admin, fid, WORSE[:3]), case_id=case_id)  # a draft
    [trend] = admin.forms.scores(case_id)
    assert [p[1] for p in trend.points] == [15, 6, 0]
    assert trend.latest == 0
    assert trend.points[0][0] < trend.points[-1][0]


def test_a_new_version_never_changes_old_responses(admin: Session, agency: Agency) -> None:
    old = admin.forms.import_form(_shared(PHQ9)).form
    _, case_id = _case(admin)
    before = admin.forms.save(old.id, _phq9_answers(admin, old.id, MILD), case_id=case_id,
                              complete=True)
    newer = _shared(PHQ9)
    newer["version"] = "0.0.2"
    newer["item"][0]["item"][0]["text"] = "Little interest in doing things (reworded)?"
    agency.clock.advance(minutes=1)
    new = admin.forms.import_form(newer).form
    assert admin.forms.latest(old.url).id == new.id
    after = admin.forms.save(new.id, _phq9_answers(admin, new.id, WORSE), case_id=case_id,
                             complete=True)
    old_detail = admin.forms.detail(before.response_id)
    assert old_detail.form is not None and old_detail.form.version == "0.0.1"
    assert old_detail.version.form_version == "0.0.1" and old_detail.state is not None
    assert old_detail.state.score == 6
    new_detail = admin.forms.detail(after.response_id)
    assert new_detail.form is not None and new_detail.form.version == "0.0.2"
    assert new_detail.form.by_link_id["H1/T1/Q1"].text.endswith("(reworded)?")


def test_a_retired_form_takes_no_new_responses_and_keeps_the_old(admin: Session) -> None:
    info = admin.forms.import_form(_shared(PHQ9)).form
    _, case_id = _case(admin)
    kept = admin.forms.save(info.id, _phq9_answers(admin, info.id, MILD), case_id=case_id,
                            complete=True)
    admin.forms.retire(info.url)
    assert admin.forms.list_forms()[0].status == "retired"
    assert admin.forms.list_forms(include_retired=False) == []
    with pytest.raises(FormError) as caught:
        admin.forms.save(info.id, {}, case_id=case_id)
    assert caught.value.reason == "retired"
    assert admin.forms.detail(kept.response_id).version.score == 6
    # An existing response may still be corrected.
    fixed = admin.forms.save(info.id, _phq9_answers(admin, info.id, NONE), case_id=case_id,
                             response_id=kept.response_id, complete=True)
    assert fixed.status == "amended"
    admin.forms.retire(info.url, reinstate=True)
    assert admin.forms.list_forms()[0].status == "active"


def test_sensitive_form_responses_follow_the_sensitive_note_rule(
        sign_in: Callable[[str], Session]) -> None:
    admin = sign_in("admin")
    fid = admin.forms.import_form(_shared(PHQ9), sensitive=True).form.id
    wendy = sign_in("wendy")
    _, case_id = _case(wendy)
    mine = wendy.forms.save(fid, _phq9_answers(wendy, fid, MILD), case_id=case_id,
                            complete=True)
    assert wendy.forms.detail(mine.response_id).state is not None  # the author reads it
    walt = sign_in("walt")  # another worker: sees that it exists, not what it says
    [seen] = walt.forms.responses(case_id=case_id)
    assert seen.hidden and seen.sensitive
    with pytest.raises(PermissionDenied):
        walt.forms.detail(mine.response_id)
    assert walt.forms.scores(case_id) == []
    sara = sign_in("sara")  # supervisor
    assert sara.forms.detail(mine.response_id).version.score == 6
    assert sara.forms.scores(case_id)[0].latest == 6


def test_a_worker_sees_responses_only_on_cases_they_may_see(
        sign_in: Callable[[str], Session]) -> None:
    admin = sign_in("admin")
    admin.update_settings(worker_case_visibility="assigned")
    fid = admin.forms.import_form(_hvs_with_suggestion(), use="screening").form.id
    wendy = sign_in("wendy")
    client_id, case_id = _case(wendy)
    wendy.forms.save(fid, _hvs_answers(wendy, fid, "LA28397-0"), case_id=case_id,
                     complete=True)
    assert len(wendy.forms.suggestions(client_id=client_id)) == 1
    walt = sign_in("walt")
    with pytest.raises(PermissionDenied):
        walt.forms.responses(case_id=case_id)
    with pytest.raises(PermissionDenied):
        walt.forms.scores(case_id)
    assert walt.forms.responses(client_id=client_id) == []  # profile fields only
    assert walt.forms.suggestions(client_id=client_id) == []


def _hvs_with_suggestion() -> dict[str, Any]:
    hvs = _shared(HVS)
    hvs["extension"].append({"url": EXT_SUGGESTS_NEED, "extension": [
        {"url": "domain", "valueCode": "food"},
        {"url": "severity", "valueCode": "high"},
        {"url": "reason", "valueString": "Positive Hunger Vital Sign"},
        {"url": "condition", "valueExpression": {
            "language": "text/fhirpath",
            "expression": "%resource.item.where(linkId='/88124-3').answer.value.code "
                          "= 'LA19952-3'"}}]})
    return hvs


def _hvs_answers(session: Session, fid: str, code: str) -> dict[Any, Any]:
    form = session.forms.form(fid)
    out = {}
    for link in ("/88122-7", "/88123-5"):
        option = next(o for o in form.by_link_id[link].options
                      if o.value["valueCoding"]["code"] == code)
        out[(link,)] = [option.value]
    return out


def test_a_positive_screening_suggests_a_need_the_worker_confirms_or_dismisses(
        admin: Session) -> None:
    fid = admin.forms.import_form(_hvs_with_suggestion(), use="screening").form.id
    _, case_id = _case(admin)
    negative = admin.forms.save(fid, _hvs_answers(admin, fid, "LA28398-8"), case_id=case_id,
                                complete=True)
    assert admin.forms.suggestions(case_id=case_id) == []
    positive = admin.forms.save(fid, _hvs_answers(admin, fid, "LA28397-0"), case_id=case_id,
                                complete=True)
    [suggestion] = admin.forms.suggestions(case_id=case_id)
    assert (suggestion.domain, suggestion.severity, suggestion.response_id) == (
        "food", "high", positive.response_id)
    decided = admin.forms.decide(suggestion.id, confirm=True)
    assert decided.decision == "confirmed" and decided.need_id
    needs = admin.cases.needs(case_id)
    assert [(n.id, n.domain, n.severity) for n in needs] == [(decided.need_id, "food", "high")]
    with pytest.raises(ValidationError):
        admin.forms.decide(suggestion.id, confirm=False)  # decided once
    again = admin.forms.save(fid, _hvs_answers(admin, fid, "LA6729-3"), case_id=case_id,
                             complete=True)
    [second] = admin.forms.suggestions(case_id=case_id)
    dismissed = admin.forms.decide(second.id, confirm=False)
    assert dismissed.decision == "dismissed" and dismissed.need_id is None
    assert len(admin.cases.needs(case_id)) == 1
    assert {s.decision for s in admin.forms.suggestions(case_id=case_id, waiting=False)} == {
        "confirmed", "dismissed"}
    assert negative.id and again.id


def _agency_form() -> dict[str, Any]:
    return {
        "resourceType": "Questionnaire", "url": "urn:test:agency-fields", "version": "1",
        "status": "active", "title": "Household",
        "item": [
            {"linkId": "housing", "type": "choice", "text": "Housing status",
             "extension": [{"url": EXT_SEARCHABLE, "valueBoolean": True}],
             "answerOption": [{"valueCoding": {"code": "stable", "display": "Stable"}},
                              {"valueCoding": {"code": "shelter", "display": "In a shelter"}}]},
            {"linkId": "size", "type": "integer", "text": "Household size",
             "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/minValue",
                            "valueInteger": 1}]},
        ]}


def test_agency_fields_on_the_client_profile(admin: Session) -> None:
    fid = admin.forms.import_form(_agency_form(), use="agency").form.id
    client_id, case_id = _case(admin)
    other, _ = _case(admin, "Tomas", "Berg")
    with pytest.raises(ValidationError):
        admin.forms.save(fid, {}, case_id=case_id)  # agency fields go on the client
    shelter = {("housing",): [{"valueCoding": {"code": "shelter", "display": "In a shelter"}}],
               ("size",): [{"valueInteger": 4}]}
    admin.forms.save(fid, shelter, client_id=client_id, complete=True)
    admin.forms.save(fid, {("housing",): [{"valueCoding": {"code": "stable",
                                                            "display": "Stable"}}]},
                     client_id=other, complete=True)
    fields = {f.link_id: f for f in admin.forms.agency_fields(client_id)}
    assert fields["housing"].value == "In a shelter" and fields["housing"].searchable
    assert fields["size"].value == "4" and not fields["size"].searchable
    assert admin.forms.clients_with_field("housing", "shelter") == [client_id]
    assert admin.forms.clients_with_field("size", "4") == []  # not marked searchable
    with pytest.raises(ValidationError) as caught:
        admin.forms.save(fid, {("size",): [{"valueInteger": 0}]}, client_id=client_id,
                         complete=True)
    assert "least" in caught.value.fields["size"]


def test_a_profile_shows_agency_fields_without_loading_fhirpath(
        admin: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    # Opening a case shows the profile's agency fields; FHIRPath and its parser cost tens of
    # megabytes and milliseconds, and the questions and answers need no expression.
    from collabdesk.forms import fhirpath, records

    form = _agency_form()
    form["extension"] = [{"url": "http://hl7.org/fhir/StructureDefinition/variable",
                          "valueExpression": {"name": "answered", "language": "text/fhirpath",
                                              "expression": "%resource.item.count()"}}]
    fid = admin.forms.import_form(form, use="agency").form.id
    client_id, _ = _case(admin)
    admin.forms.save(fid, {("housing",): [{"valueCoding": {"code": "shelter",
                                                            "display": "In a shelter"}}]},
                     client_id=client_id, complete=True)
    audited = admin.store.query("SELECT count(*) FROM audit")[0][0]

    def refuse() -> None:
        raise AssertionError("FHIRPath was loaded to show a profile")

    monkeypatch.setattr(fhirpath, "_library", None)
    monkeypatch.setattr(fhirpath, "_load_library", refuse)
    monkeypatch.setattr(records, "_forms", {})
    fields = {f.link_id: f.value for f in admin.forms.agency_fields(client_id)}
    assert fields == {"housing": "In a shelter"}
    assert admin.forms.clients_with_field("housing", "shelter") == [client_id]
    # The profile's own opening is audited; its agency fields add no write of their own.
    assert admin.store.query("SELECT count(*) FROM audit")[0][0] == audited


def test_the_desktop_waits_for_a_passphrase_without_fhirpath_or_the_http_stack() -> None:
    # Peak memory is the sign-in's key derivation (64 MiB and more) on top of what is
    # loaded while the sign-in screen waits: the main window and the pages it preloads then.
    # FHIRPath loads with the first form evaluated; requests with the first request.
    import os
    import subprocess
    import sys

    script = ("import sys; import collabdesk.ui.app, collabdesk.ui.main_window as w, "
              "collabdesk.ui.pages.case, collabdesk.services.forms; w.preload_after_sign_in_"
              "screen(); print(sorted(m for m in ('fhirpathpy', 'antlr4', 'requests', "
              "'urllib3') if m in sys.modules), len(w.PRELOAD))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          timeout=120, check=True)
    loaded, preloaded = done.stdout.split("]")
    assert loaded == "[" and int(preloaded) >= 4


def test_a_form_can_say_it_is_sensitive(admin: Session) -> None:
    marked = _agency_form()
    marked["extension"] = [{"url": EXT_SENSITIVE, "valueBoolean": True}]
    assert admin.forms.import_form(marked, use="agency").form.sensitive


# -- two laptops ---------------------------------------------------------------------------


class Laptop:
    """A second laptop of the same agency: a copy of the first one's folder with its own
    device identity, exchanging events with it as the sync engine does (in log order)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    @classmethod
    def sibling_of(cls, agency: Agency, tmp_path: Path, username: str) -> Laptop:
        import shutil

        from collabdesk.workspace import Workspace

        folder = tmp_path / f"sibling-{secrets.token_hex(3)}"
        shutil.copytree(agency.workspace.data_dir, folder)
        session = Workspace(folder, clock=agency.clock).sign_in(
            username, _passphrase(username))
        session.store.set_meta("device_id", secrets.token_hex(16))
        session.log = EventLog(session.store, wall=lambda: agency.clock().timestamp())
        return cls(session)

    def pull_from(self, other: Session) -> int:
        with self.session.store.read() as conn:
            known = {r[0] for r in conn.execute("SELECT id FROM events")}
        with other.store.read() as conn:
            fresh = [e for e in event_rows(conn) if e.id not in known]
        with self.session.store.transaction() as conn:
            return self.session.log.apply_remote(conn, fresh)


def _passphrase(username: str) -> str:
    from tests.core.conftest import PASSPHRASES

    return PASSPHRASES[username]


def _push(source: Session, target: Session) -> int:
    return Laptop(target).pull_from(source)


def _state(session: Session) -> dict[str, list[Any]]:
    with session.store.read() as conn:
        return {
            "forms": conn.execute("SELECT id, url, version, status FROM forms ORDER BY id"
                                  ).fetchall(),
            "responses": conn.execute(
                "SELECT id, response_id, previous, status, score, hlc, flags, checked "
                "FROM form_responses ORDER BY id").fetchall(),
            "heads": conn.execute("SELECT * FROM form_response_heads ORDER BY response_id"
                                  ).fetchall(),
            "conflicts": conn.execute("SELECT * FROM conflicts ORDER BY entity_id").fetchall(),
        }


@pytest.fixture
def two_laptops(agency: Agency, admin: Session, tmp_path: Path) -> tuple[Session, Session]:
    if not agency.workspace.data_dir.is_dir():
        pytest.fail("the agency folder is missing")
    other = Laptop.sibling_of(agency, tmp_path, "sara")
    yield admin, other.session
    other.session.close()


def test_amendments_made_offline_on_two_laptops_converge_and_are_flagged(
        two_laptops: tuple[Session, Session], agency: Agency) -> None:
    a, b = two_laptops
    fid = a.forms.import_form(_shared(PHQ9)).form.id
    _, case_id = _case(a)
    first = a.forms.save(fid, _phq9_answers(a, fid, MILD), case_id=case_id, complete=True)
    _push(a, b)
    assert b.forms.responses(case_id=case_id)[0].id == first.id
    # Both amend the same response without seeing each other's amendment.
    on_a = a.forms.save(fid, _phq9_answers(a, fid, NONE), case_id=case_id,
                        response_id=first.response_id, complete=True)
    agency.clock.advance(minutes=10)
    on_b = b.forms.save(fid, _phq9_answers(b, fid, WORSE), case_id=case_id,
                        response_id=first.response_id, complete=True)
    _push(b, a)
    _push(a, b)
    assert _state(a) == _state(b)
    for session in (a, b):
        history = session.forms.history(first.response_id)
        assert {v.id for v in history} == {first.id, on_a.id, on_b.id}  # both kept
        [current] = [v for v in history if v.current]
        assert current.conflict
        later = max((on_a, on_b), key=lambda v: _hlc(session, v.id))
        assert current.id == later.id
        with session.store.read() as conn:
            [row] = conn.execute("SELECT entity, entity_id FROM conflicts").fetchall()
        assert row == ("form_response", first.response_id)
        # The conflict queue lists it (its review is session.forms' to offer: saving a
        # version over both, below).
        assert any(i.entity == "form_response" and i.entity_id == first.response_id
                   for i in session.conflicts.items())
    # A version saved over both settles it, everywhere.
    settled = a.forms.save(fid, _phq9_answers(a, fid, MILD), case_id=case_id,
                           response_id=first.response_id, complete=True)
    assert set(settled.previous) == {on_a.id, on_b.id}
    _push(a, b)
    assert _state(a) == _state(b)
    assert _state(b)["conflicts"] == []
    assert not b.forms.history(first.response_id)[-1].conflict


def _hlc(session: Session, version_id: str) -> str:
    with session.store.read() as conn:
        return str(conn.execute("SELECT hlc FROM form_responses WHERE id = ?",
                                (version_id,)).fetchone()[0])


def test_a_response_that_arrives_before_its_form_is_kept_and_read_raw(
        two_laptops: tuple[Session, Session]) -> None:
    a, b = two_laptops
    fid = a.forms.import_form(_shared(PHQ9)).form.id
    _, case_id = _case(a)
    version = a.forms.save(fid, _phq9_answers(a, fid, MILD), case_id=case_id, complete=True)
    with b.store.read() as conn:
        known = {r[0] for r in conn.execute("SELECT id FROM events")}
    with a.store.read() as conn:
        events = [e for e in event_rows(conn) if e.id not in known]
    form_events = [e for e in events if e.entity == "form"]
    rest = [e for e in events if e.entity != "form"]
    with b.store.transaction() as conn:
        assert b.log.apply_remote(conn, rest) == len(rest)  # the pull is not blocked
    early = b.forms.detail(version.response_id)
    assert early.form is None and early.state is None and not early.version.form_here
    assert early.answers[("H1/T1", 0, "H1/T1/Q1")] == [
        {"valueCoding": {"system": "http://hl7.org/fhir/uv/sdc/CodeSystem/CSPHQ9",
                         "code": "Several-days", "display": "Several days"}}]
    with b.store.transaction() as conn:
        b.log.apply_remote(conn, form_events)
    late = b.forms.detail(version.response_id)
    assert late.form is not None and late.state is not None and late.state.score == 6
    assert late.version.flags == ()
    assert _state(a) == _state(b)


def test_a_wrongly_typed_answer_arriving_by_sync_is_kept_raw_and_flagged(
        two_laptops: tuple[Session, Session]) -> None:
    a, b = two_laptops
    fid = a.forms.import_form(_shared(PHQ9)).form.id
    _, case_id = _case(a)
    good = a.forms.save(fid, _phq9_answers(a, fid, MILD), case_id=case_id, complete=True)
    _push(a, b)
    with a.store.read() as conn:
        [event] = [e for e in event_rows(conn) if e.entity_id == good.id]
    body = copy.deepcopy(event.data["fields"]["body"])
    body["item"][0]["item"][0]["answer"] = [{"valueInteger": "three"}]
    forged = Event(new_id(), a.log.clock.now(), a.log.device_id, event.user_id,
                   "form_response", new_id(), "append",
                   {"fields": {**event.data["fields"], "body": body,
                               "previous": [good.id]}})
    other_note = Event(new_id(), a.log.clock.now(), a.log.device_id, event.user_id,
                       "note", new_id(), "append",
                       {"fields": {"case_id": case_id, "body": "after the bad one",
                                   "sensitive": 0, "author": event.user_id,
                                   "created_at": "2026-10-15T09:30:00Z"}})
    with b.store.transaction() as conn:
        assert b.log.apply_remote(conn, [forged, other_note]) == 2
    [shown] = b.forms.responses(case_id=case_id)
    assert shown.id == forged.entity_id
    assert shown.flags and "'H1/T1/Q1'" in shown.flags[0] and "valueCoding" in shown.flags[0]
    detail = b.forms.detail(forged.entity_id)
    assert detail.raw["item"][0]["item"][0]["answer"] == [{"valueInteger": "three"}]  # as sent
    assert ("H1/T1", 0, "H1/T1/Q1") not in detail.answers  # never coerced
    assert any(n.body == "after the bad one" for n in b.cases.detail(case_id).notes)


def test_not_found_is_a_plain_message(admin: Session) -> None:
    with pytest.raises(NotFound):
        admin.forms.form("0" * 32)
    with pytest.raises(NotFound):
        admin.forms.history("nope")


def test_the_demo_agency_uses_its_forms(tmp_path: Path) -> None:
    from collabdesk.demo import build_demo
    from collabdesk.demo_content import DEMO_USERS
    from collabdesk.workspace import Workspace

    info = build_demo(tmp_path / "demo", seed=5, clients=60, today=dt.date(2026, 6, 30))
    admin = next(u for u in DEMO_USERS if "supervisor" in u.roles)
    session = Workspace(info.data_dir).sign_in(admin.username, admin.passphrase)
    try:
        forms = {f.use: f for f in session.forms.list_forms()}
        assert set(forms) == {"agency", "assessment", "screening"}
        assert all(f.responses > 0 for f in forms.values())
        with session.store.read() as conn:
            flagged = conn.execute("SELECT count(*) FROM form_responses WHERE flags != '[]'"
                                   ).fetchone()[0]
            decisions = {r[0] for r in conn.execute("SELECT decision FROM form_suggestions")}
            case_ids = [r[0] for r in conn.execute(
                "SELECT case_id FROM form_responses WHERE form_id = ? GROUP BY case_id "
                "HAVING count(*) > 1", (forms["assessment"].id,))]
        assert flagged == 0
        assert "confirmed" in decisions
        assert case_ids, "some cases have repeated PHQ-9 assessments"
        [trend] = session.forms.scores(case_ids[0])
        assert len(trend.points) > 1 and trend.latest is not None
        some_client = session.store.query(
            "SELECT client_id FROM form_response_heads WHERE case_id IS NULL LIMIT 1")[0][0]
        labels = {f.label for f in session.forms.agency_fields(some_client)}
        assert "Housing status" in labels
    finally:
        session.close()


def test_the_conflict_queue_shows_both_versions_and_keeping_one_settles_it(
        two_laptops: tuple[Session, Session], agency: Agency) -> None:
    a, b = two_laptops
    fid = a.forms.import_form(_shared(PHQ9)).form.id
    _, case_id = _case(a)
    first = a.forms.save(fid, _phq9_answers(a, fid, MILD), case_id=case_id, complete=True)
    _push(a, b)
    on_a = a.forms.save(fid, _phq9_answers(a, fid, NONE), case_id=case_id,
                        response_id=first.response_id, complete=True)
    agency.clock.advance(minutes=10)
    on_b = b.forms.save(fid, _phq9_answers(b, fid, WORSE), case_id=case_id,
                        response_id=first.response_id, complete=True)
    _push(b, a)
    [item] = [i for i in a.conflicts.items() if i.entity == "form_response"]
    assert {v.event_id for v in item.versions} == {on_a.id, on_b.id}
    assert {v.value for v in item.versions} == {on_a.score, on_b.score}  # what a person reads
    assert all(v.user_name for v in item.versions) and item.label

    # The supervisor keeps laptop A's version: saved again over both, nothing rewritten.
    a.conflicts.resolve_field(item.entity, item.entity_id, item.field, on_a.id)
    assert not [i for i in a.conflicts.items() if i.entity == "form_response"]
    history = a.forms.history(first.response_id)
    kept = history[-1]
    assert set(kept.previous) == {on_a.id, on_b.id} and kept.current
    assert kept.score == on_a.score != on_b.score
    _push(a, b)
    assert _state(a) == _state(b) and _state(b)["conflicts"] == []
