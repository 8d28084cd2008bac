"""Exports of the monthly summary: PDF, XLSX and CSV, written through session.reports.

A small store with enough activity that some figures are shown and others withheld; each
export is opened with the standard library (or pdftotext when the machine has it) and
compared with the published summary.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from collabdesk.domain import DECLINE_REASONS, GENDERS, NEED_DOMAINS, ClientInput
from collabdesk.errors import PermissionDenied, ValidationError
from collabdesk.reports import indicators as ind
from collabdesk.reports.labels import english_label, english_rows
from collabdesk.reports.published import PublishedSummary
from collabdesk.services.session import Session
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 10, 2, 15, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Session, Session]]:
    clock = Clock()
    ws = Workspace(tmp_path_factory.mktemp("exports") / "agency", clock=clock)
    s, _ = ws.create("Riverside Family Services", "admin", "admin pass phrase 1",
                     admin_display_name="Ana Admin", kdf=KdfParams.FLOOR)
    s.users.add("wendy", "wendy pass phrase 1", display_name="Wendy", roles=["worker"])
    s.update_settings(timezone="UTC")
    for i in range(12):
        client = s.clients.intake(ClientInput(f"Given{i}", f"Family{i}",
                                              dob=dt.date(1980 + i, 1, 2),
                                              gender="female" if i % 3 else "male"),
                                  confirmed_new=True)
        case = s.cases.open_case(client.id, "Support",
                                 needs=((("housing", "food", "legal")[min(i // 6, 1) + (i >= 9)],
                                         "high", "text"),))
        s.cases.record_service(case.id, "Food parcel" if i < 8 else "Counselling")
    clock.now = dt.datetime(2026, 11, 5, 12, tzinfo=dt.UTC)
    worker = ws.sign_in("wendy", "wendy pass phrase 1")
    yield s, worker
    worker.close()
    s.close()


@pytest.fixture(scope="module")
def published(store: tuple[Session, Session]) -> PublishedSummary:
    return store[0].reports.summary("2026-10")


def test_the_fixture_has_shown_and_withheld_figures(published: PublishedSummary) -> None:
    needs = published.table("needs_by_domain")
    as_dict = dict(zip(needs.row_labels, needs.cells, strict=True))
    assert as_dict["housing"] == (6,)
    assert as_dict["food"] == as_dict["legal"] == (None,)  # 3 each, protecting each other
    assert published.value("clients_served_total").value == 12
    assert published.value("services_delivered").value == 12


def _pdf_pages(data: bytes) -> int:
    # Each page object has "/Type /Page" (not "/Pages"); reportlab writes them uncompressed.
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def test_pdf_export(store: tuple[Session, Session], published: PublishedSummary,
                    tmp_path: Path) -> None:
    path = store[0].reports.export(published, tmp_path / "summary.pdf", "pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert _pdf_pages(data) >= 4  # figures, charts, tables, definitions
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                              check=True, text=True).stdout
        assert "Summary 2026-10" in text and "<5" in text
        assert ind.INDICATORS["linkage_p90_days"].title in text
        assert "Given1" not in text


def test_xlsx_export(store: tuple[Session, Session], published: PublishedSummary,
                     tmp_path: Path) -> None:
    path = store[0].reports.export(published, tmp_path / "summary.xlsx", "xlsx")
    with zipfile.ZipFile(path) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
        names = re.findall(r'<sheet name="([^"]+)"', workbook)
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        strings = archive.read("xl/sharedStrings.xml").decode()
    assert names[0] == "summary" and "definitions" in names and "trend" in names
    for table in published.tables:
        assert table.name in names
    assert len(charts) >= 4  # needs, services, funnel, trend
    assert "&lt;5" in strings  # the withheld mark, XML-escaped
    assert ind.INDICATORS["loop_closed_share"].definition in strings


def _long_csv(data: bytes) -> dict[tuple[str, str, str], str]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert rows[0] == ["table", "row", "column", "value"]
    return {(r[0], r[1], r[2]): r[3] for r in rows[1:]}


def test_csv_values_equal_the_published_values(store: tuple[Session, Session],
                                               published: PublishedSummary,
                                               tmp_path: Path) -> None:
    service = store[0].reports
    long_path = service.export(published, tmp_path / "summary.csv", "csv")
    values = _long_csv(long_path.read_bytes())
    for table in published.tables:
        for i, label in enumerate(table.row_labels):
            for j, column in enumerate(table.col_labels):
                cell = table.cells[i][j]
                expected = "<5" if cell is None else str(cell)
                assert values[(table.name, english_label(label), english_label(column))] \
                    == expected
    assert values[("needs_by_domain", "Legal", "needs identified")] == "<5"
    assert values[("needs_by_domain", "Total", "Total")] == "12"
    assert values[("indicators", "clients_served_total", "value")] == "12"
    assert values[("about", "indicator set version", "value")] == ind.INDICATOR_SET_VERSION

    zip_path = service.export(published, tmp_path / "summary.zip", "csv")
    with zipfile.ZipFile(zip_path) as archive:
        names = set(archive.namelist())
        assert {"about.csv", "indicators.csv", "definitions.csv", "trend.csv",
                "all_values.csv"} <= names
        assert {f"{t.name}.csv" for t in published.tables} <= names
        needs = list(csv.reader(io.StringIO(archive.read("needs_by_domain.csv").decode())))
        assert archive.read("all_values.csv") == long_path.read_bytes()
    assert needs[0] == ["", "needs identified"]
    assert ["Housing", "6"] in needs and ["Legal", "<5"] in needs and ["Total", "12"] in needs


# Categories the summary keeps as codes; every table of the fixture has all of them as rows
# or columns (zero or not), so each export must show them as words.
CODES = sorted({c for c in (*NEED_DOMAINS, *GENDERS, *DECLINE_REASONS) if "_" in c})
WORDS = ("Mental health", "Substance use", "Non-binary", "Declined: not eligible",
         "Declined: client unreachable")


def test_every_export_shows_labels_never_codes(store: tuple[Session, Session],
                                               published: PublishedSummary,
                                               tmp_path: Path) -> None:
    service = store[0].reports
    zip_path = service.export(published, tmp_path / "summary.zip", "csv")
    with zipfile.ZipFile(zip_path) as archive:
        csv_text = "\n".join(archive.read(name).decode() for name in archive.namelist())
    long_text = service.export(published, tmp_path / "summary.csv", "csv").read_text("utf-8")
    with zipfile.ZipFile(service.export(published, tmp_path / "summary.xlsx", "xlsx")) as book:
        xlsx_text = book.read("xl/sharedStrings.xml").decode()
    # The PDF's tables are these rows; its text is compared too where pdftotext exists.
    pdf_rows = "\n".join(",".join(row) for table in published.tables
                         for row in english_rows(table))
    texts = {"csv zip": csv_text, "csv": long_text, "xlsx": xlsx_text, "pdf tables": pdf_rows}
    if shutil.which("pdftotext"):
        pdf = service.export(published, tmp_path / "summary.pdf", "pdf")
        texts["pdf"] = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                      check=True, text=True).stdout
    for kind, text in texts.items():
        for words in WORDS:
            assert words in text, (kind, words)
        leaked = [code for code in CODES if re.search(rf"(?<![\w.]){code}(?!\w)", text)]
        assert not leaked, (kind, leaked)


def test_exports_need_the_right_role_and_a_known_format(
        store: tuple[Session, Session], published: PublishedSummary, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        store[1].reports.export(published, tmp_path / "x.pdf", "pdf")
    with pytest.raises(ValidationError):
        store[0].reports.export(published, tmp_path / "x.doc", "doc")
    assert not list(tmp_path.iterdir())
    service = store[0].reports
    service.export(published, tmp_path / "audited.pdf", "pdf")
    rows = store[0].store.query(
        "SELECT detail FROM audit WHERE action = 'report.export' ORDER BY seq DESC LIMIT 1")
    assert '"format": "pdf"' in rows[0][0] and "audited.pdf" in rows[0][0]


def test_an_unwritable_target_changes_nothing(store: tuple[Session, Session],
                                              published: PublishedSummary,
                                              tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"x")
    with pytest.raises(ValidationError, match="could not be saved"):
        store[0].reports.export(published, blocker / "summary.pdf", "pdf")
    assert blocker.read_bytes() == b"x"
