"""A newer version of the same directory source keeps the directory true.

Over the real encrypted store: services a source stops listing are marked inactive and
named in the report; a partial file changes only what it carries; another source, and
services entered by hand, are left alone.
"""

from __future__ import annotations

from pathlib import Path

from collabdesk.services.session import Session
from tests.core.test_hsds import write_package

ORGS = [["id", "name", "email"],
        ["o1", "Eastside Food Bank", "help@eastside.example"],
        ["o2", "Harbour Housing", "desk@harbour.example"]]
SERVICES = [["id", "organization_id", "name", "description", "status"],
            ["s1", "o1", "Weekly pantry", "Groceries every Tuesday", "active"],
            ["s2", "o1", "Hot meals", "Lunch on weekdays", "active"],
            ["s3", "o2", "Emergency shelter", "Beds for the night", "active"]]
PHONES = [["id", "service_id", "organization_id", "number"],
          ["p1", "s1", "", "+1 555 0100"]]
LANGUAGES = [["id", "service_id", "name"], ["l1", "s1", "Spanish"]]
LOCATIONS = [["id", "name", "location_type"], ["loc1", "Hall", "physical"]]
AT_LOCATION = [["id", "service_id", "location_id"], ["sal1", "s1", "loc1"]]
ADDRESSES = [["id", "location_id", "address_1", "city", "address_type"],
             ["a1", "loc1", "12 Market Street", "Springfield", "physical"]]


def full_package(folder: Path) -> Path:
    return write_package(folder, {
        "organizations.csv": ORGS, "services.csv": SERVICES, "phones.csv": PHONES,
        "languages.csv": LANGUAGES, "locations.csv": LOCATIONS,
        "service_at_location.csv": AT_LOCATION, "addresses.csv": ADDRESSES})


def by_name(session: Session) -> dict[str, object]:
    return {s.name: s for s in session.directory.services()}


def test_a_service_the_source_no_longer_lists_becomes_inactive(admin: Session,
                                                               tmp_path: Path) -> None:
    admin.directory.import_hsds(full_package(tmp_path / "region-2026-10"))
    partner = admin.directory.partners()[0]
    by_hand = admin.directory.add_service(partner.id, "Benefits advice")
    other = write_package(tmp_path / "county", {
        "organizations.csv": [["id", "name"], ["c1", "County Clinic"]],
        "services.csv": [SERVICES[0], ["c-s1", "c1", "Walk-in clinic", "GP", "active"]]})
    admin.directory.import_hsds(other)

    # November's file, under another name: Hot meals and the whole of Harbour Housing are gone.
    newer = write_package(tmp_path / "region-2026-11", {
        "organizations.csv": ORGS[:2], "services.csv": SERVICES[:2]})
    summary = admin.directory.import_hsds(newer)

    assert summary.withdrawn == ("Eastside Food Bank — Hot meals",
                                 "Harbour Housing — Emergency shelter")
    services = by_name(admin)
    assert services["Hot meals"].status == "inactive"  # type: ignore[attr-defined]
    assert services["Emergency shelter"].status == "inactive"  # type: ignore[attr-defined]
    assert services["Weekly pantry"].status == "active"  # type: ignore[attr-defined]
    assert services["Walk-in clinic"].status == "active"  # type: ignore[attr-defined]
    assert services[by_hand.name].status == "active"  # type: ignore[attr-defined]
    found = {s.name for s in admin.directory.search("")}
    assert "Hot meals" not in found and "Weekly pantry" in found
    # Importing the same version again reports nothing new.
    assert admin.directory.import_hsds(newer).withdrawn == ()


def test_a_service_listed_again_is_active_again(admin: Session, tmp_path: Path) -> None:
    admin.directory.import_hsds(full_package(tmp_path / "v1"))
    admin.directory.import_hsds(write_package(tmp_path / "v2", {
        "organizations.csv": ORGS, "services.csv": SERVICES[:3]}))
    assert by_name(admin)["Emergency shelter"].status == "inactive"  # type: ignore[attr-defined]
    admin.directory.import_hsds(full_package(tmp_path / "v3"))
    assert by_name(admin)["Emergency shelter"].status == "active"  # type: ignore[attr-defined]


def test_a_partial_file_changes_only_what_it_carries(admin: Session, tmp_path: Path) -> None:
    admin.directory.import_hsds(full_package(tmp_path / "full"))
    before = by_name(admin)["Weekly pantry"]
    assert before.address and before.phone and before.languages  # type: ignore[attr-defined]

    # Only names and statuses: no description column, no phones, languages or addresses.
    partial = write_package(tmp_path / "partial", {
        "organizations.csv": [["id", "name"], *[row[:2] for row in ORGS[1:]]],
        "services.csv": [["id", "organization_id", "name", "status"],
                         ["s1", "o1", "Weekly pantry (Tuesdays)", "active"],
                         ["s2", "o1", "Hot meals", "active"],
                         ["s3", "o2", "Emergency shelter", "active"]]})
    summary = admin.directory.import_hsds(partial)

    after = by_name(admin)["Weekly pantry (Tuesdays)"]
    assert summary.withdrawn == ()
    assert after.description == "Groceries every Tuesday"  # type: ignore[attr-defined]
    assert after.address == before.address  # type: ignore[attr-defined]
    assert after.phone == "+1 555 0100"  # type: ignore[attr-defined]
    assert after.languages == ("Spanish",)  # type: ignore[attr-defined]
    assert after.domains == before.domains  # type: ignore[attr-defined]
    partners = {p.name: p for p in admin.directory.partners()}
    assert partners["Eastside Food Bank"].email == "help@eastside.example"


def test_a_column_the_file_carries_empty_does_clear_the_field(admin: Session,
                                                             tmp_path: Path) -> None:
    admin.directory.import_hsds(full_package(tmp_path / "full"))
    emptied = write_package(tmp_path / "emptied", {
        "organizations.csv": ORGS,
        "services.csv": [SERVICES[0], ["s1", "o1", "Weekly pantry", "", "active"],
                         *SERVICES[2:]],
        "phones.csv": [PHONES[0]]})
    admin.directory.import_hsds(emptied)
    pantry = by_name(admin)["Weekly pantry"]
    assert pantry.description == ""  # type: ignore[attr-defined]
    assert pantry.phone == ""  # type: ignore[attr-defined]
    assert pantry.languages == ("Spanish",)  # type: ignore[attr-defined]
