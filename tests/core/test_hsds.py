"""Tests for the HSDS 3.x partner-directory parser (collabdesk.directory.hsds).

They run against the Open Referral sample files shipped in resources/demo/hsds-3.0 and
against broken copies built in tmp_path, checking that every malformed input is
refused with the file, row and column at fault.
"""

from __future__ import annotations

import csv
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collabdesk.directory.hsds import (
    NEED_DOMAINS,
    DirectoryData,
    PartnerOrg,
    infer_domains,
    load_directory,
)
from collabdesk.errors import CollabDeskError, ImportFailed
from collabdesk.progress import OperationCancelled

# The Open Referral samples ship in resources/demo/hsds-3.0 (CC BY-SA 4.0).
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "demo" / "hsds-3.0" / "examples"

ORG_ID = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"
SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b"
SAMPLE_ADDRESS = "1-30 Main Street, MyVillage, MyCity, MyState ABC 1234, US"


# --------------------------------------------------------------------------- helpers


def sample_copy(tmp_path: Path) -> Path:
    target = tmp_path / "pkg"
    shutil.copytree(SAMPLES / "csv", target)
    return target


def read_rows(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def write_rows(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


def edit_cell(path: Path, row: int, column: str, value: str) -> None:
    """Set a cell; ``row`` counts like a spreadsheet (header = 1)."""
    rows = read_rows(path)
    rows[row - 1][rows[0].index(column)] = value
    write_rows(path, rows)


def write_package(folder: Path, tables: dict[str, list[list[str]]]) -> Path:
    """A minimal tabular package: one CSV per entry, all listed in datapackage.json."""
    folder.mkdir(parents=True, exist_ok=True)
    resources = []
    for filename, rows in tables.items():
        write_rows(folder / filename, rows)
        resources.append({"name": filename.removesuffix(".csv"), "path": filename})
    (folder / "datapackage.json").write_text(json.dumps({"resources": resources}))
    return folder


def failure(path: Path, **kwargs: object) -> ImportFailed:
    with pytest.raises(ImportFailed) as info:
        load_directory(path, **kwargs)  # type: ignore[arg-type]
    return info.value


MINI_ORGS = [["id", "name"], ["o1", "Eastside Food Bank"]]
MINI_SERVICES = [["id", "organization_id", "name", "description", "status"],
                 ["s1", "o1", "Weekly pantry", "Groceries every Tuesday", "active"]]


# --------------------------------------------------------------------------- samples


def test_tabular_sample_is_read_with_linked_values() -> None:
    data = load_directory(SAMPLES / "csv")

    assert isinstance(data, DirectoryData)
    assert data.source == "csv"
    assert data.warnings == ()
    assert data.organizations == (PartnerOrg(
        source_id=ORG_ID, name="Example Organization Inc.",
        description="Example Org is a non-profit organization dedicated to providing "
                    "services to qualified beneficiaries",
        email="email@example.com", website="http://example.com",
        phone="+44 1234 234567 ext. 100"),)
    (service,) = data.services
    assert service.source_id == SERVICE_ID
    assert service.organization_source_id == ORG_ID
    assert service.name == "Community Counselling"
    assert service.status == "active"
    assert service.url == "http://example.com/counselling"
    assert service.languages == ("Urdu",)
    assert service.areas[0].startswith("The service is available to all residents of the MyCity")
    # The only address is a postal one at a physical location: used rather than nothing.
    assert service.address == SAMPLE_ADDRESS
    assert service.phone == "+44 1234 234567 ext. 100"
    assert "£50 per hour" in service.fees
    assert service.eligibility.startswith("This service is intended for all people aged 12")
    assert service.categories == ()  # the sample attribute links to no service
    assert service.domains == ("mental_health",)


def test_datapackage_json_path_reads_its_folder() -> None:
    assert load_directory(SAMPLES / "csv" / "datapackage.json") == load_directory(SAMPLES / "csv")


@pytest.mark.parametrize("name", ["organization_full.json", "service_full.json",
                                  "service_at_location_full.json"])
def test_nested_json_samples(name: str) -> None:
    data = load_directory(SAMPLES / name)

    assert [o.name for o in data.organizations] == ["Example Organization Inc."]
    (service,) = data.services
    assert service.organization_source_id == ORG_ID
    assert service.name == "Community Counselling"
    assert service.languages == ("Urdu",)
    assert service.address == SAMPLE_ADDRESS
    assert service.phone == "+44 1234 234567 ext. 100"
    assert service.categories == ("name",)  # the sample's taxonomy term is literally "name"
    assert service.domains == ("mental_health",)
    assert data.warnings == ()


def test_tabular_json_matches_csv_package() -> None:
    from_json = load_directory(SAMPLES / "tabular.json")
    from_csv = load_directory(SAMPLES / "csv")
    assert from_json.services == from_csv.services
    assert from_json.organizations == from_csv.organizations


def test_service_list_with_nested_organization_warns_about_paging() -> None:
    data = load_directory(SAMPLES / "service_list.json")

    assert [o.source_id for o in data.organizations] == [ORG_ID]
    assert [s.name for s in data.services] == ["Community Counselling"]
    assert data.services[0].languages == ()
    assert len(data.warnings) == 1 and "page 1 of 10" in data.warnings[0]


def test_organization_list_without_services() -> None:
    data = load_directory(SAMPLES / "organization_list.json")
    assert [o.name for o in data.organizations] == ["Example Organization Inc."]
    assert data.services == ()


def test_list_of_services_sharing_an_organization(tmp_path: Path) -> None:
    org = {"id": "o1", "name": "Casa Hogar", "email": "info@casa.example"}
    services = [
        {"id": "s1", "name": "Banco de alimentos", "status": "active", "organization": org,
         "languages": [{"name": "Spanish", "code": "es"}, {"code": "en"}]},
        {"id": "s2", "name": "Asesoría legal para inmigración", "status": "Temporarily_Closed",
         "organization": org, "service_areas": [{"name": "Ward 3"}, {"description": "North"}]},
    ]
    path = tmp_path / "services.json"
    path.write_text(json.dumps(services), encoding="utf-8")

    data = load_directory(path)

    assert [o.email for o in data.organizations] == ["info@casa.example"]
    first, second = data.services
    assert first.languages == ("Spanish", "en")
    assert first.domains == ("food",)
    assert second.status == "temporarily closed"
    assert second.areas == ("Ward 3", "North")
    assert second.domains == ("legal",)


# --------------------------------------------------------------------------- JSON errors


def test_json_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "id": "o1",\n  "name": \n}\n', encoding="utf-8")
    err = failure(path)
    assert err.file == "broken.json"
    assert "line 4, column 1" in str(err)


@pytest.mark.parametrize(("content", "expected"), [
    ("42", "found int"),
    ('"text"', "found str"),
    ("[1, 2]", "Expected an object at $[0]"),
    ('{"contents": {"x": 1}}', "at $.contents"),
])
def test_json_wrong_top_level_shape(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "shape.json"
    path.write_text(content, encoding="utf-8")
    err = failure(path)
    assert err.file == "shape.json"
    assert expected in str(err)


def test_json_taxonomy_file_is_not_taken_for_organizations() -> None:
    err = failure(SAMPLES / "taxonomy_term.json")
    assert "taxonomy term" in str(err)
    assert "location" in str(failure(SAMPLES / "location.json"))


def test_json_service_with_unknown_organization(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(json.dumps([{"id": "s1", "name": "X", "organization_id": "nope"}]))
    err = failure(path)
    assert err.column == "organization_id"
    assert "'nope'" in str(err) and "$[0]" in str(err)


def test_json_duplicate_service_with_different_content(tmp_path: Path) -> None:
    org = {"id": "o1", "name": "Org"}
    path = tmp_path / "s.json"
    path.write_text(json.dumps([{"id": "s1", "name": "A", "organization": org},
                                {"id": "s1", "name": "B", "organization": org}]))
    err = failure(path)
    assert err.column == "id"
    assert "$[1]" in str(err) and "first at $[0]" in str(err)


def test_json_organization_without_name(tmp_path: Path) -> None:
    path = tmp_path / "o.json"
    path.write_text(json.dumps({"id": "o1", "name": "", "services": []}))
    err = failure(path)
    assert err.column == "name"


def test_json_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "o.json"
    path.write_bytes(b'{"id": "o1",\n"name": "Caf\xe9"}')
    err = failure(path)
    assert "UTF-8" in str(err) and "line 2" in str(err)


# --------------------------------------------------------------------------- CSV package


def test_csv_quirks_bom_quoted_newlines_and_extra_columns(tmp_path: Path) -> None:
    folder = write_package(tmp_path / "pkg", {
        "organizations.csv": [["id", "name", "colour"], ["o1", 'Acme, "Helpers" & Co', "blue"]],
        "services.csv": [["ID", "organization_id", "name", "description", "surprise"],
                         ["s1", "o1", "Café  Repas", "Line one\nLine two, with comma", "x"]],
        "languages.csv": [["id", "service_id", "name", "code"], ["l1", "s1", "", "fr"]],
    })
    raw = (folder / "organizations.csv").read_bytes()
    (folder / "organizations.csv").write_bytes(b"\xef\xbb\xbf" + raw)

    data = load_directory(folder)

    assert data.organizations[0].name == 'Acme, "Helpers" & Co'
    (service,) = data.services
    assert service.description == "Line one\nLine two, with comma"
    assert service.languages == ("fr",)
    assert service.domains == ("food",)
    assert service.status == "active"


def test_optional_tables_may_be_absent(tmp_path: Path) -> None:
    folder = write_package(tmp_path / "pkg", {"organizations.csv": MINI_ORGS,
                                              "services.csv": MINI_SERVICES})
    (service,) = load_directory(folder).services
    assert (service.languages, service.areas, service.address, service.phone) == ((), (), "", "")
    assert service.domains == ("food",)


def test_categories_and_address_preference(tmp_path: Path) -> None:
    folder = write_package(tmp_path / "pkg", {
        "organizations.csv": MINI_ORGS,
        "services.csv": MINI_SERVICES,
        "taxonomy_terms.csv": [["id", "code", "name", "description"],
                               ["t1", "BD-1800", "Emergency Shelter", ""]],
        "attributes.csv": [["id", "link_id", "taxonomy_term_id", "link_entity"],
                           ["a1", "s1", "t1", "service"], ["a2", "o1", "t1", "organization"]],
        "locations.csv": [["id", "location_type"], ["L0", "virtual"], ["L1", "physical"]],
        "service_at_location.csv": [["id", "service_id", "location_id"],
                                    ["x0", "s1", "L0"], ["x1", "s1", "L1"]],
        "addresses.csv": [
            ["id", "location_id", "address_1", "city", "state_province", "postal_code",
             "country", "address_type"],
            ["ad0", "L0", "1 Cloud Way", "Web", "", "", "", "physical"],
            ["ad1", "L1", "PO Box 9", "Leeds", "", "LS1", "GB", "postal"],
            ["ad2", "L1", "5 High St", "Leeds", "", "LS2", "GB", "physical"],
        ],
    })
    (service,) = load_directory(folder).services
    assert service.categories == ("Emergency Shelter",)
    assert service.domains == ("housing", "food")
    assert service.address == "5 High St, Leeds, LS2, GB"


def test_rows_naming_unknown_services_are_skipped_with_a_warning(tmp_path: Path) -> None:
    folder = write_package(tmp_path / "pkg", {
        "organizations.csv": MINI_ORGS, "services.csv": MINI_SERVICES,
        "languages.csv": [["id", "service_id", "name"], ["l1", "s1", "Somali"],
                          ["l2", "ghost", "Tigrinya"]],
    })
    data = load_directory(folder)
    assert data.services[0].languages == ("Somali",)
    assert data.warnings == ("languages.csv: 1 row(s) name a service that is not in the "
                             "directory; they were skipped.",)


def test_missing_datapackage_json(tmp_path: Path) -> None:
    folder = sample_copy(tmp_path)
    (folder / "datapackage.json").unlink()
    err = failure(folder)
    assert err.file == "datapackage.json"
    assert "no datapackage.json" in str(err)


def test_missing_resource_file(tmp_path: Path) -> None:
    folder = sample_copy(tmp_path)
    (folder / "languages.csv").unlink()
    err = failure(folder)
    assert err.file == "languages.csv"
    assert "lists languages.csv, but the file is missing" in str(err)


def test_missing_required_table(tmp_path: Path) -> None:
    folder = write_package(tmp_path / "pkg", {"organizations.csv": MINI_ORGS})
    err = failure(folder)
    assert err.file == "services.csv"


def test_unparseable_datapackage_json(tmp_path: Path) -> None:
    folder = sample_copy(tmp_path)
    (folder / "datapackage.json").write_text('{"resources": [\n  {"path": "x.csv",}\n]}')
    err = failure(folder)
    assert err.file == "datapackage.json"
    assert "line 2" in str(err) and "column" in str(err)


def test_resource_path_escaping_the_package(tmp_path: Path) -> None:
    folder = sample_copy(tmp_path)
    descriptor = json.loads((folder / "datapackage.json").read_text())
    descriptor["resources"][1]["path"] = "../../etc/passwd"
    (folder / "datapackage.json").write_text(json.dumps(descriptor))
    err = failure(folder)
    assert err.file == "datapackage.json"
    assert err.column == "resources[1].path"


def test_missing_required_column(tmp_path: Path) -> None:
    folder = sample_copy(tmp_path)
    rows = read_rows(folder / "organizations.csv")
    drop = rows[0].index("name")
    write_rows(folder / "organizations.csv", [r[:drop] + r[drop + 1:] for r in rows])
    err = failure(folder)
    assert (err.file, err.row, err.column) == ("organizations.csv", 1, "name")
    assert "missing from the header" in str(err)


@pytest.mark.parametrize(("filename", "column"), [
    ("services.csv", "name"), ("services.csv", "id"), ("organizations.csv", "name"),
    ("organizations.csv", "id"), ("services.csv", "organization_id"),
])
def test_empty_required_value(tmp_path: Path, filename: str, column: str) -> None:
    folder = sample_copy(tmp_path)
    edit_cell(folder / filename, 2, column, "  ")
    err = failure(folder)
    assert (err.file, err.row, err.column) == (filename, 2, column)
    assert f"'{column}' is empty" in str(err)


def test_reference_to_missing_organization(tmp_path: Path) -> None:
    folder = sample_copy(tmp_path)
    edit_cell(folder / "services.csv", 2, "organization_id", "no-such-org")
    err = failure(folder)
    assert (err.file, err.row, err.column) == ("services.csv", 2, "organization_id")
    assert "'no-such-org'" in str(err)


def test_duplicate_ids_name_both_rows(tmp_path: Path) -> None:
    folder = sample_copy(tmp_path)
    rows = read_rows(folder / "services.csv")
    rows[1][rows[0].index("description")] = "multi\nline\ndescription"
    write_rows(folder / "services.csv", [*rows, rows[1]])
    err = failure(folder)
    # The quoted newlines do not shift the count: the copy is spreadsheet row 3.
    assert (err.file, err.row, err.column) == ("services.csv", 3, "id")
    assert "first in row 2" in str(err)


def test_invalid_utf8_names_row_and_column(tmp_path: Path) -> None:
    folder = write_package(tmp_path / "pkg", {"organizations.csv": MINI_ORGS,
                                              "services.csv": MINI_SERVICES})
    with (folder / "services.csv").open("ab") as fh:
        fh.write(b's2,o1,"Two\nlines",ok,active\r\ns3,o1,Caf\xe9,desc,active\r\n')
    err = failure(folder)
    assert (err.file, err.row, err.column) == ("services.csv", 4, "name")
    assert "UTF-8" in str(err)


def test_unknown_status(tmp_path: Path) -> None:
    folder = sample_copy(tmp_path)
    edit_cell(folder / "services.csv", 2, "status", "maybe")
    err = failure(folder)
    assert (err.file, err.row, err.column) == ("services.csv", 2, "status")


def test_row_with_too_many_values(tmp_path: Path) -> None:
    folder = write_package(tmp_path / "pkg", {"organizations.csv": MINI_ORGS,
                                              "services.csv": MINI_SERVICES})
    with (folder / "services.csv").open("a", encoding="utf-8") as fh:
        fh.write("s2,o1,Name,Desc,active,surplus\r\n")
    err = failure(folder)
    assert (err.file, err.row) == ("services.csv", 3)


def test_unterminated_quote(tmp_path: Path) -> None:
    folder = write_package(tmp_path / "pkg", {"organizations.csv": MINI_ORGS,
                                              "services.csv": MINI_SERVICES})
    with (folder / "services.csv").open("a", encoding="utf-8") as fh:
        fh.write('s2,o1,"Never closed,desc,active\r\n')
    err = failure(folder)
    assert (err.file, err.row, err.column) == ("services.csv", 3, "name")
    assert err.code == "import.csv-truncated"
    assert "cut short" in str(err)


def test_a_file_cut_short_names_the_row_and_the_column(tmp_path: Path) -> None:
    folder = write_package(tmp_path / "pkg", {"organizations.csv": MINI_ORGS,
                                              "services.csv": MINI_SERVICES})
    with (folder / "services.csv").open("a", encoding="utf-8") as fh:
        fh.write("s2,o1,Evening mea")  # the download stopped here: no line end, no columns
    err = failure(folder)
    assert (err.file, err.row, err.column) == ("services.csv", 3, "name")
    assert err.code == "import.csv-truncated"


def test_a_value_longer_than_the_csv_module_allows_is_imported(tmp_path: Path) -> None:
    long = "A long description pasted from a web page. " * 4000  # 176,000 characters
    assert len(long) > 131_072
    folder = write_package(tmp_path / "pkg", {
        "organizations.csv": MINI_ORGS,
        "services.csv": [MINI_SERVICES[0], ["s1", "o1", "Weekly pantry", long, "active"]]})
    assert load_directory(folder).services[0].description == long.strip()


def test_a_value_over_the_limit_names_its_column(tmp_path: Path) -> None:
    folder = write_package(tmp_path / "pkg", {
        "organizations.csv": MINI_ORGS,
        "services.csv": [MINI_SERVICES[0],
                         ["s1", "o1", "Weekly pantry", "x" * (1024 * 1024 + 1), "active"]]})
    err = failure(folder)
    assert (err.file, err.row, err.column) == ("services.csv", 2, "description")
    assert err.code == "import.cell-too-long"


def test_a_regional_directory_over_fifty_megabytes_imports(tmp_path: Path) -> None:
    """50,000 services in a 65 MB services.csv: read as a stream, not refused."""
    folder = tmp_path / "region"
    folder.mkdir()
    orgs = [["id", "name"]] + [[f"o{i}", f"Agency {i}"] for i in range(500)]
    write_rows(folder / "organizations.csv", orgs)
    blurb = ("Weekly groceries, hot meals and help applying for benefits; bring proof of "
             "address if you have it, but nobody is turned away. ") * 10
    with (folder / "services.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(MINI_SERVICES[0])
        for i in range(50_000):
            writer.writerow([f"s{i}", f"o{i % 500}", f"Service {i}", blurb, "active"])
    (folder / "datapackage.json").write_text(json.dumps({"resources": [
        {"name": "organizations", "path": "organizations.csv"},
        {"name": "services", "path": "services.csv"}]}))
    assert (folder / "services.csv").stat().st_size > 60 * 1024 * 1024  # the 65 MB of the report
    data = load_directory(folder)
    assert len(data.services) == 50_000
    assert data.services[-1].source_id == "s49999"


def big_package(folder: Path) -> Path:
    """A package whose services.csv (about 3 KB) is its only file over 1000 bytes."""
    rows = [MINI_SERVICES[0]] + [[f"s{i}", "o1", f"Service {i}", "x" * 20, "active"]
                                 for i in range(60)]
    return write_package(folder, {"organizations.csv": MINI_ORGS, "services.csv": rows})


def test_file_over_size_limit(tmp_path: Path) -> None:
    folder = big_package(tmp_path / "pkg")
    assert load_directory(folder, max_file_bytes=4000).services
    err = failure(folder, max_file_bytes=1000)
    assert err.file == "services.csv"
    assert "over 1.0 kB" in str(err)


def test_single_csv_file_is_refused_with_advice() -> None:
    err = failure(SAMPLES / "csv" / "services.csv")
    assert "datapackage.json" in str(err)


# --------------------------------------------------------------------------- zip


def zip_folder(folder: Path, target: Path, prefix: str = "") -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(folder.iterdir()):
            archive.write(file, prefix + file.name)
    return target


def test_zip_package(tmp_path: Path) -> None:
    flat = load_directory(zip_folder(SAMPLES / "csv", tmp_path / "flat.zip"))
    nested = load_directory(zip_folder(SAMPLES / "csv", tmp_path / "nested.zip", "hsds/"))
    expected = load_directory(SAMPLES / "csv")
    assert flat.services == nested.services == expected.services
    assert nested.source == "nested.zip"


def test_zip_errors_name_the_member(tmp_path: Path) -> None:
    folder = sample_copy(tmp_path)
    edit_cell(folder / "services.csv", 2, "name", "")
    err = failure(zip_folder(folder, tmp_path / "p.zip", "hsds/"))
    assert (err.file, err.row, err.column) == ("p.zip/hsds/services.csv", 2, "name")


@pytest.mark.parametrize("evil", ["../evil.csv", "/etc/cron.d/evil", "hsds/../../evil.csv",
                                  "..\\evil.csv", "C:/evil.csv"])
def test_zip_slip_is_refused(tmp_path: Path, evil: str) -> None:
    target = zip_folder(SAMPLES / "csv", tmp_path / "slip.zip")
    with zipfile.ZipFile(target, "a") as archive:
        archive.writestr(zipfile.ZipInfo(evil), b"pwned")
    err = failure(target)
    assert err.file == "slip.zip"
    assert "points outside" in str(err)
    assert not (tmp_path.parent / "evil.csv").exists()


def test_corrupt_zip(tmp_path: Path) -> None:
    path = tmp_path / "bad.zip"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    assert failure(path).file == "bad.zip"


def test_zip_without_package(tmp_path: Path) -> None:
    path = tmp_path / "empty.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "no datapackage.json" in str(failure(path))


def test_zip_member_over_size_limit(tmp_path: Path) -> None:
    target = zip_folder(big_package(tmp_path / "pkg"), tmp_path / "p.zip")
    err = failure(target, max_file_bytes=1000)
    assert err.file == "p.zip/services.csv"


# --------------------------------------------------------------------------- progress


def test_progress_is_increasing_and_reaches_total() -> None:
    calls: list[tuple[int, int]] = []
    load_directory(SAMPLES / "csv", progress=lambda done, total, _: calls.append((done, total)))

    done = [d for d, _ in calls]
    totals = {t for _, t in calls}
    assert len(totals) == 1
    total = totals.pop()
    assert len(calls) > 5  # one per table at least
    assert done == sorted(set(done))  # strictly increasing
    assert done[0] == 0 and done[-1] == total


def test_progress_for_json() -> None:
    calls: list[tuple[int, int]] = []
    load_directory(SAMPLES / "service_full.json", progress=lambda d, t, _: calls.append((d, t)))
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted({d for d, _ in calls})


@pytest.mark.parametrize("source", ["csv", "service_full.json"])
def test_cancellation_after_first_progress(source: str) -> None:
    calls: list[int] = []

    def cancelled() -> bool:
        return len(calls) > 0

    with pytest.raises(OperationCancelled) as info:
        load_directory(SAMPLES / source, progress=lambda d, t, _: calls.append(d),
                       cancelled=cancelled)
    assert isinstance(info.value, CollabDeskError)
    assert calls == [0]


def test_cancellation_during_rows(tmp_path: Path) -> None:
    rows = [MINI_SERVICES[0]] + [[f"s{i}", "o1", f"Service {i}", "", "active"]
                                 for i in range(2000)]
    folder = write_package(tmp_path / "pkg", {"organizations.csv": MINI_ORGS,
                                              "services.csv": rows})
    progress: list[int] = []
    with pytest.raises(OperationCancelled):
        load_directory(folder, progress=lambda d, t, _: progress.append(d),
                       cancelled=lambda: len(progress) >= 3)
    assert len(progress) == 3
    assert len(load_directory(folder).services) == 2000


# --------------------------------------------------------------------------- domains


@pytest.mark.parametrize(("texts", "expected"), [
    (["Food pantry and hot meals"], ("food",)),
    (["Emergency shelter for homeless families"], ("housing",)),
    (["Community Counselling", "mental health conditions such as anxiety"],
     ("mental_health",)),
    (["Primary health care clinic"], ("health",)),
    (["Legal aid clinic"], ("legal",)),
    (["Alcohol and drug abuse programme"], ("substance_use",)),
    (["Domestic violence refuge"], ("safety",)),
    (["Job search and CV workshop"], ("employment",)),
    (["ESL classes for adults"], ("education",)),
    (["Bus pass scheme"], ("transport",)),
    (["After-school daycare"], ("education", "childcare")),
    (["Benefits and debt advice"], ("income",)),
    (["Salud mental y terapia"], ("mental_health",)),
    (["Santé mentale"], ("mental_health",)),
    (["Aide au logement", "Banque alimentaire"], ("housing", "food")),
    (["Guardería infantil"], ("childcare",)),
    (["Knitting circle"], ("other",)),
    ([], ("other",)),
])
def test_infer_domains(texts: list[str], expected: tuple[str, ...]) -> None:
    assert infer_domains(texts) == expected
    assert set(expected) <= set(NEED_DOMAINS)


# --------------------------------------------------------------------------- fuzzing


SERVICES_HEADER = (SAMPLES / "csv" / "services.csv").read_bytes().split(b"\n", 1)[0] + b"\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(garbage=st.one_of(
    st.binary(max_size=400),
    st.binary(max_size=400).map(lambda b: SERVICES_HEADER + b),
    st.lists(st.sampled_from([b",", b'"', b"\r\n", b"\n", b"\xff", b"\x00", b"\xef\xbb\xbf",
                              b"ac148810", b"d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", b"active",
                              b"x", b" "]), max_size=60).map(
        lambda parts: SERVICES_HEADER + b"".join(parts)),
))
def test_garbage_csv_parses_or_fails_cleanly(tmp_path_factory: pytest.TempPathFactory,
                                             garbage: bytes) -> None:
    folder = tmp_path_factory.getbasetemp() / "fuzz-pkg"
    if not folder.exists():
        shutil.copytree(SAMPLES / "csv", folder)
    (folder / "services.csv").write_bytes(garbage)
    try:
        data = load_directory(folder)
    except ImportFailed as err:
        assert err.file == "services.csv"
    else:
        assert all(s.name and s.source_id for s in data.services)


@settings(max_examples=80, deadline=None)
@given(garbage=st.binary(max_size=300))
def test_garbage_json_parses_or_fails_cleanly(tmp_path_factory: pytest.TempPathFactory,
                                              garbage: bytes) -> None:
    path = tmp_path_factory.getbasetemp() / "fuzz.json"
    path.write_bytes(garbage)
    try:
        load_directory(path)
    except ImportFailed as err:
        assert err.file == "fuzz.json"


def test_garbage_json_shapes(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    for doc in ([{"id": "o1", "name": "n", "services": {"a": 1}}],
                [{"id": "s", "name": "n", "organization": {"id": "o", "name": ["x"]}}],
                {"organizations.csv": "nope", "services.csv": []}):
        path.write_text(json.dumps(doc))
        with pytest.raises(ImportFailed):
            load_directory(path)
