"""An existing caseload brought in: the demo agency's spreadsheet of 2,000 earlier clients.

Over the real store: the sheet (XLSX and CSV, made from the demo's name pools with planted
duplicates, people already registered and broken rows) is mapped from its Spanish headers,
dry-run, imported with its duplicates resolved, and undone as a whole — on this laptop and,
through the event log, on a sibling laptop; an edit since the import stops the undo, and an
edit made offline on the sibling is listed in the conflict queue rather than lost.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from collabdesk.caseload import dates, mapping, sample
from collabdesk.caseload.plan import CREATE, MERGE, SKIP, DateOrderNeeded
from collabdesk.domain import ClientInput
from collabdesk.errors import CollabDeskError
from collabdesk.progress import OperationCancelled
from collabdesk.services.session import Session
from tests.core.conftest import Agency
from tests.core.test_forms_records import Laptop

WORKERS = ("maria", "amina", "tom", "priya")


@pytest.fixture
def office(admin: Session) -> tuple[Session, list[sample.Person]]:
    """The demo agency's laptop: its workers, and 30 clients registered before the import."""
    for name in WORKERS:
        admin.users.add(name, f"{name} pass phrase 1", display_name=name.title(),
                        roles=["worker"])
    known = sample.people(30, seed=99)
    for person in known:
        admin.clients.intake(ClientInput(person.given, person.family, dob=person.dob,
                                         phone=person.phone,
                                         gender="female" if person.female else "male"),
                             confirmed_new=True)
    return admin, known


def _counts(session: Session) -> dict[str, int]:
    with session.store.read() as conn:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("clients", "cases", "needs", "clients_fts")}
        counts["transitions"] = conn.execute(  # of the records (the import keeps its own)
            "SELECT count(*) FROM transitions WHERE entity != 'caseload_import'").fetchone()[0]
        return counts


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_spreadsheet_of_2000_earlier_clients_imports_with_its_duplicates_resolved(
        office: tuple[Session, list[sample.Person]], tmp_path: Path, suffix: str) -> None:
    admin, known = office
    sheet = sample.write(tmp_path / f"clientes{suffix}", 2000, known=known)
    seen = admin.caseload.inspect(sheet.path)
    assert seen.guess.column_of("dob") == 2 and seen.guess.column_of("assigned_to") == 12
    assert seen.guess.columns_of("identifier") == [8]
    plan = admin.caseload.plan(sheet.path, seen.guess)
    rows = {row.number: row for row in plan.rows}

    # Every person already registered, and every repeated row, is found, with the intake's
    # reasons; every broken row names its row and the column at fault.
    for number, person in sheet.known.items():
        best = rows[number].matches[0]
        assert best.client_id is not None and best.name == f"{person.given} {person.family}"
        assert "Same date of birth" in best.reasons
    for number, earlier in sheet.file_duplicates.items():
        assert any(m.row == earlier for m in rows[number].matches), number
        assert rows[number].action == MERGE
    for number, column in sheet.broken.items():
        assert rows[number].action == SKIP and rows[number].client is None
        assert any(f"Row {number}, column '{column}'" in str(e) for e in rows[number].errors)
    assert {r.number for r in plan.rows if r.errors} == set(sheet.broken)

    # The admin overrides a few: one known person created anyway, one repeated row skipped.
    created_anyway = sorted(sheet.known)[0]
    skipped = sorted(sheet.file_duplicates)[0]
    plan.choose(created_anyway, CREATE)
    plan.choose(skipped, SKIP)
    with pytest.raises(CollabDeskError, match="has errors"):
        plan.choose(sorted(sheet.broken)[0], CREATE)
    counts = plan.counts()
    before = _counts(admin)
    record = admin.caseload.apply(plan)

    after = _counts(admin)
    assert after["clients"] - before["clients"] == counts["create"]
    assert after["cases"] - before["cases"] == counts["cases"]
    assert after["needs"] - before["needs"] == counts["cases"]  # each row names one need
    assert record.can_undo and record.counts["create"] == counts["create"]
    # A merged known person got what was empty (the language), kept what was there.
    merged_row = rows[sorted(sheet.known)[1]]
    target = merged_row.target
    assert target is not None and target.client_id is not None
    client = admin.clients.get(target.client_id, audit=False)
    assert client.phone == sheet.known[merged_row.number].phone
    assert client.language == merged_row.client.language  # type: ignore[union-attr]
    # One audit entry for the whole import.
    entries = admin.store.query("SELECT action, detail FROM audit WHERE action LIKE 'caseload.%'")
    assert [e[0] for e in entries] == ["caseload.import"]
    assert json.loads(entries[0][1])["created"] == counts["create"]
    # The imported clients are searchable and assigned to their workers.
    some = next(r for r in plan.rows if r.action == CREATE and r.client is not None)
    assert some.client is not None
    assert admin.clients.search(f"{some.client.given_name} {some.client.family_name}")
    assigned = admin.store.query("SELECT count(*) FROM cases WHERE assigned_to IS NOT NULL")
    assert assigned[0][0] >= counts["cases"]


def test_ambiguous_dates_are_asked_once_and_the_answer_holds(
        office: tuple[Session, list[sample.Person]], tmp_path: Path) -> None:
    admin, _known = office
    sheet = sample.write(tmp_path / "ambiguous.csv", 300, ambiguous=True, faults=False)
    seen = admin.caseload.inspect(sheet.path)
    with pytest.raises(DateOrderNeeded) as asked:
        admin.caseload.plan(sheet.path, seen.guess)
    # Only the birth dates are ambiguous; the intake dates have days over 12.
    assert asked.value.columns == ["Fecha de nacimiento"]
    day_first = admin.caseload.plan(sheet.path, seen.guess, date_order=dates.DMY)
    month_first = admin.caseload.plan(sheet.path, seen.guess, date_order=dates.MDY)
    first_dmy = day_first.rows[0].client
    first_mdy = month_first.rows[0].client
    assert first_dmy is not None and first_mdy is not None and first_dmy.dob is not None
    assert first_mdy.dob == first_dmy.dob.replace(day=first_dmy.dob.month,
                                                  month=first_dmy.dob.day)
    # The intake dates were settled by their own cells: the same in both answers.
    assert day_first.rows[0].case_opened == month_first.rows[0].case_opened


def test_dates_in_every_shape_a_sheet_holds_them() -> None:
    today = dt.date(2026, 10, 15)
    assert dates.parse("1980-06-05", dates.MDY, today) == dt.date(1980, 6, 5)
    assert dates.parse("05/06/1980", dates.DMY, today) == dt.date(1980, 6, 5)
    assert dates.parse("05/06/1980", dates.MDY, today) == dt.date(1980, 5, 6)
    assert dates.parse("5.6.80", dates.DMY, today) == dt.date(1980, 6, 5)
    assert dates.parse("5-6-24", dates.DMY, today) == dt.date(2024, 6, 5)
    assert dates.parse(29377, dates.DMY, today) == dt.date(1980, 6, 5)  # an Excel serial
    assert dates.parse("29377", dates.DMY, today) == dt.date(1980, 6, 5)
    assert dates.parse("31/02/1985", dates.DMY, today) is None
    for written in ("5 June 1980", "June 5, 1980", "5 de junio de 1980", "5 juin 1980",
                    "05-jun-80"):
        assert dates.parse(written, dates.MDY, today) == dt.date(1980, 6, 5), written
    assert dates.parse("31 de febrero de 1990", dates.DMY, today) is None
    assert dates.evidence(["05/06/1980", "13/06/1980"]).order() == dates.DMY
    assert dates.evidence(["05/06/1980", "06/13/1980"]).order() == dates.MDY
    assert dates.evidence(["05/06/1980", "07/08/1990"]).needs_asking
    assert dates.evidence(["1980-06-05", "05/05/1980"]).order() == dates.DMY  # nothing to ask


def test_headers_are_guessed_in_three_languages() -> None:
    english = mapping.guess(["First Name", "Surname", "DOB", "Sex", "Mobile", "E-mail",
                             "Case worker", "Program"])
    spanish = mapping.guess(["Nombre", "Apellidos", "Fecha de nacimiento", "Género",
                             "Teléfono", "Correo electrónico", "Trabajadora social",
                             "Programa"])
    french = mapping.guess(["Prénom", "Nom", "Date de naissance", "Sexe", "Téléphone",
                            "Courriel", "Intervenante", "Titre du dossier"])
    for guessed in (english, spanish, french):
        assert [guessed.columns[i] for i in range(8)] == [
            "given_name", "family_name", "dob", "gender", "phone", "email", "assigned_to",
            "case_title"]
    assert mapping.guess(["Nom complet", "Âge"]).columns == {0: "full_name", 1: "age"}
    assert mapping.split_full_name("García López, María José") == ("María José", "García López")
    assert mapping.split_full_name("María José García López") == ("María José", "García López")
    assert mapping.split_full_name("Amina Haddad") == ("Amina", "Haddad")
    assert [mapping.gender_code(v) for v in ("Mujer", "homme", "No binario", "x", "zz")] == [
        "female", "male", "non_binary", "unknown", None]
    assert [mapping.domain_code(v) for v in ("Vivienda", "santé mentale", "Food", "zz")] == [
        "housing", "mental_health", "food", None]


def test_a_cp1252_csv_with_a_full_name_and_age_reads_with_a_warning(
        admin: Session, tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    path.write_bytes("Nom complet\tÂge\tTéléphone\nHélène Côté\t44\t514 555 0101\n"
                     "Lucía;Pérez\tdix\t\n".encode("cp1252"))
    seen = admin.caseload.inspect(path)
    assert seen.header == ["Nom complet", "Âge", "Téléphone"]  # tab sniffed, accents intact
    assert "Windows-1252" in str(seen.warnings[0])
    plan = admin.caseload.plan(path, seen.guess)
    first, second = plan.rows
    assert first.client is not None and first.client.family_name == "Côté"
    assert first.client.estimated_birth_year == 2026 - 44
    assert [str(e) for e in second.errors] == ["Row 3, column 'Âge': 'dix' is not a number"]


def test_undo_removes_everything_and_replicates_to_a_sibling(
        office: tuple[Session, list[sample.Person]], agency: Agency, tmp_path: Path) -> None:
    admin, known = office
    sibling = Laptop.sibling_of(agency, tmp_path, "sara")
    try:
        before = _counts(admin)
        sheet = sample.write(tmp_path / "clientes.xlsx", 400, known=known[:5])
        plan = admin.caseload.plan(sheet.path, admin.caseload.inspect(sheet.path).guess)
        merged = [r for r in plan.rows if r.action == MERGE and r.target is not None
                  and r.target.client_id is not None]
        assert merged
        merged_id = str(merged[0].target.client_id)  # type: ignore[union-attr]
        assert admin.clients.get(merged_id, audit=False).language == ""
        record = admin.caseload.apply(plan)
        assert admin.clients.get(merged_id, audit=False).language != ""
        sibling.pull_from(admin)
        assert _counts(sibling.session) == _counts(admin)

        undone = admin.caseload.undo(record.id)
        assert undone.status == "undone" and not undone.can_undo
        assert _counts(admin) == before
        assert admin.clients.get(merged_id, audit=False).language == ""  # the fill taken back
        with pytest.raises(CollabDeskError, match="already undone"):
            admin.caseload.undo(record.id)
        sibling.pull_from(admin)
        assert _counts(sibling.session) == before
        assert sibling.session.caseload.get(record.id).status == "undone"
        assert sibling.session.conflicts.items() == []
        entries = [r[0] for r in admin.store.query(
            "SELECT action FROM audit WHERE action LIKE 'caseload.%' ORDER BY seq")]
        assert entries == ["caseload.import", "caseload.undo"]
    finally:
        sibling.session.close()


def test_undo_is_refused_once_a_record_was_edited_or_used(
        office: tuple[Session, list[sample.Person]], tmp_path: Path) -> None:
    admin, _known = office
    sheet = sample.write(tmp_path / "clientes.csv", 60, faults=False)
    plan = admin.caseload.plan(sheet.path, admin.caseload.inspect(sheet.path).guess)
    record = admin.caseload.apply(plan)
    client_id = admin.store.query("SELECT client_id FROM cases ORDER BY rowid DESC LIMIT 1")[0][0]
    case_id = admin.store.query("SELECT id FROM cases ORDER BY rowid DESC LIMIT 1")[0][0]
    admin.cases.add_note(case_id, "Called back; moving next month.")
    assert admin.caseload.get(record.id).edited == 1
    client = admin.clients.get(client_id, audit=False)
    admin.clients.update(client_id, ClientInput(client.given_name, client.family_name,
                                                dob=client.dob, phone="555 000 1111"))
    refused = admin.caseload.get(record.id)
    assert not refused.can_undo and refused.edited == 2
    before = _counts(admin)
    with pytest.raises(CollabDeskError, match="2 of this import's records were edited"):
        admin.caseload.undo(record.id)
    assert _counts(admin) == before


def test_an_edit_made_offline_on_a_sibling_is_kept_and_listed_not_lost(
        office: tuple[Session, list[sample.Person]], agency: Agency, tmp_path: Path) -> None:
    admin, _known = office
    sibling = Laptop.sibling_of(agency, tmp_path, "sara")
    try:
        sheet = sample.write(tmp_path / "clientes.csv", 40, faults=False)
        record = admin.caseload.apply(
            admin.caseload.plan(sheet.path, admin.caseload.inspect(sheet.path).guess))
        sibling.pull_from(admin)
        # Offline, the sibling corrects a phone and opens a case for an imported client ...
        client_id = sibling.session.store.query(
            "SELECT id FROM clients ORDER BY rowid DESC LIMIT 1")[0][0]
        client = sibling.session.clients.get(client_id, audit=False)
        sibling.session.clients.update(client_id, ClientInput(
            client.given_name, client.family_name, dob=client.dob, phone="555 222 3333"))
        sibling.session.cases.open_case(client_id, "Follow-up")
        # ... while the office undoes the import. Both ends converge either way round.
        admin.caseload.undo(record.id)
        Laptop(admin).pull_from(sibling.session)
        sibling.pull_from(admin)
        for session in (admin, sibling.session):
            assert session.store.query("SELECT count(*) FROM clients WHERE id = ?",
                                       (client_id,))[0][0] == 0
            items = session.conflicts.items()
            assert {(i.kind, i.entity) for i in items} == {("retracted", "client"),
                                                         ("retracted", "case")}
            edit = next(i for i in items if i.entity == "client")
            assert "phone: 555 222 3333" in str(edit.versions[0].value)
            assert edit.label == client.full_name
        assert _state(admin) == _state(sibling.session)
        admin.conflicts.dismiss_retracted("client", client_id)
        sibling.pull_from(admin)
        assert [i.entity for i in sibling.session.conflicts.items()] == ["case"]
    finally:
        sibling.session.close()


def _state(session: Session) -> dict[str, object]:
    with session.store.read() as conn:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall())
                for t in ("clients", "cases", "needs", "tombstones", "conflicts",
                          "caseload_imports")}


def test_a_cancelled_import_writes_nothing(office: tuple[Session, list[sample.Person]],
                                           tmp_path: Path) -> None:
    admin, _known = office
    sheet = sample.write(tmp_path / "clientes.csv", 200, faults=False)
    plan = admin.caseload.plan(sheet.path, admin.caseload.inspect(sheet.path).guess)
    before = _counts(admin)
    asked = iter([False, False, True])
    with pytest.raises(OperationCancelled):
        admin.caseload.apply(plan, cancelled=lambda: next(asked, True))
    assert _counts(admin) == before
    assert admin.caseload.imports() == []
    assert gc.isenabled()  # the collector, paused for the import, runs again


def test_the_dry_run_the_import_and_its_undo_run_without_cycle_collection(
        office: tuple[Session, list[sample.Person]], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Tens of thousands of rows, each many objects in no cycle: the collector's passes over
    # them were a sixth of an import (docs/performance.md).
    from collabdesk.services import caseload as service

    admin, _known = office
    collecting: dict[str, bool] = {}

    def spy(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            collecting[name] = gc.isenabled()
            return real(*args, **kwargs)
        return call

    monkeypatch.setattr(service.duplicates, "find", spy("plan", service.duplicates.find))
    monkeypatch.setattr(service.CaseloadService, "_clients",
                        spy("apply", service.CaseloadService._clients))
    monkeypatch.setattr(service, "_batch", spy("undo", service._batch))
    sheet = sample.write(tmp_path / "clientes.csv", 50, faults=False)
    plan = admin.caseload.plan(sheet.path, admin.caseload.inspect(sheet.path).guess)
    assert gc.isenabled()
    record = admin.caseload.apply(plan)
    assert gc.isenabled()
    admin.caseload.undo(record.id)
    assert collecting == {"plan": False, "apply": False, "undo": False} and gc.isenabled()


def test_only_supervisors_and_admins_import(sign_in: object, tmp_path: Path) -> None:
    worker = sign_in("wendy")  # type: ignore[operator]
    sheet = sample.write(tmp_path / "clientes.csv", 5, faults=False)
    with pytest.raises(CollabDeskError, match="import clients"):
        worker.caseload.inspect(sheet.path)


def test_undoing_a_merge_gives_back_exactly_what_the_client_had(
        admin: Session, tmp_path: Path) -> None:
    client = admin.clients.intake(ClientInput(
        "Rosa", "Quispe", dob=dt.date(1980, 6, 5), phone="555 123 4567",
        identifiers=(("DNI", "12345678"),)), confirmed_new=True)
    path = tmp_path / "uno.csv"
    path.write_text("Nombre,Apellidos,Fecha de nacimiento,Correo,Nº expediente\n"
                    "Rosa,Quispe,1980-06-05,rosa@example.org,EXP-1\n", encoding="utf-8")
    plan = admin.caseload.plan(path, admin.caseload.inspect(path).guess)
    assert plan.rows[0].action == MERGE and plan.rows[0].target is not None
    assert plan.rows[0].target.client_id == client.id
    record = admin.caseload.apply(plan)
    merged = admin.clients.get(client.id, audit=False)
    assert merged.email == "rosa@example.org" and merged.phone == "555 123 4567"
    assert merged.identifiers == (("DNI", "12345678"), ("Nº expediente", "EXP-1"))
    admin.caseload.undo(record.id)
    restored = admin.clients.get(client.id, audit=False)
    assert restored.email == "" and restored.identifiers == (("DNI", "12345678"),)
    assert admin.conflicts.items() == []
