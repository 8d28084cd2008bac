"""Read an Open Referral HSDS 3.x directory into plain, validated records.

The partner directory (partner agencies and the services they offer) is imported
from HSDS 3.x data in any of these forms:

* a tabular data package: a folder holding ``datapackage.json`` and one CSV per
  table, that ``datapackage.json`` itself, or a ``.zip`` of such a folder;
* API-shaped JSON: an organization (with nested ``services``), a service (with a
  nested ``organization``), a service-at-location, a list of any of these, a
  paginated HSDS response (``{"contents": [...]}``), or the tabular JSON form
  (``{"organizations.csv": [...], "services.csv": [...], ...}``).

This module is a pure parser: no database, no Qt. :func:`load_directory` reads
every file completely and validates it before returning, so the caller can write
the result in a single transaction and a malformed file imports nothing. Errors
are :class:`~collabdesk.errors.ImportFailed` naming the file, row and column at
fault. Row numbers count as a spreadsheet does: the header is row 1 and the first
data row is row 2; a quoted value spanning several lines is still one row. In JSON
there are no rows, so the message names the place instead (``contents[0].name``)
and, for syntax errors, the line and column.

Both forms are first brought into the same shape (one list of rows per HSDS
table: JSON by :mod:`collabdesk.directory.hsds_json`) and then linked by one piece of code
here, so CSV and JSON imports behave alike.
"""

from __future__ import annotations

import zipfile
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from collabdesk.directory.domains import infer_domains
from collabdesk.directory.hsds_json import json_tables
from collabdesk.directory.hsds_tables import SPECS
from collabdesk.directory.tabular import (
    MAX_FILE_BYTES,
    MAX_JSON_BYTES,
    MAX_ZIP_MEMBERS,
    MAX_ZIP_TOTAL_BYTES,
    ROW_BATCH,
    FolderPackage,
    Package,
    Row,
    Table,
    Tracker,
    ZipPackage,
    fail,
    parse_csv,
    parse_json,
    read_file,
    read_zip_member,
    safe_member_name,
    too_big,
)
from collabdesk.diskspace import size_message
from collabdesk.domain import NEED_DOMAINS
from collabdesk.errors import ImportFailed
from collabdesk.messages import Message, msg
from collabdesk.progress import Cancelled, Progress

__all__ = [
    "MAX_FILE_BYTES",
    "NEED_DOMAINS",
    "DirectoryData",
    "PartnerOrg",
    "PartnerService",
    "infer_domains",
    "load_directory",
]



SERVICE_STATUSES = ("active", "inactive", "defunct", "temporarily closed")


@dataclass(frozen=True)
class PartnerOrg:
    source_id: str
    name: str
    description: str = ""
    email: str = ""
    website: str = ""
    phone: str = ""


@dataclass(frozen=True)
class PartnerService:
    source_id: str
    organization_source_id: str
    name: str
    description: str = ""
    status: str = "active"
    email: str = ""
    url: str = ""
    phone: str = ""
    eligibility: str = ""
    fees: str = ""
    languages: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    address: str = ""
    categories: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()


@dataclass(frozen=True)
class DirectoryData:
    organizations: tuple[PartnerOrg, ...]
    services: tuple[PartnerService, ...]
    source: str
    warnings: tuple[str, ...]
    # Which fields the file carries at all (a column, a table, or a JSON key some record has).
    # A partial file must not blank what it does not carry; see :func:`_carried`.
    organization_fields: frozenset[str] = frozenset(
        ("name", "description", "email", "website", "phone"))
    service_fields: frozenset[str] = frozenset(
        ("name", "description", "status", "email", "url", "phone", "eligibility", "fees",
         "languages", "areas", "address", "categories"))



def _safe_resource_path(raw: object, index: int) -> str:
    where = f"resources[{index}].path"
    if isinstance(raw, list):
        raise ImportFailed("import.resource-split",
                           file="datapackage.json", column=where)
    if not isinstance(raw, str) or not raw.strip():
        raise ImportFailed("import.resource-no-path", file="datapackage.json",
                           column=where)
    if "://" in raw:
        raise ImportFailed("import.resource-remote", file="datapackage.json",
                           column=where, raw=raw)
    safe = safe_member_name(raw.strip())
    if safe is None or not safe:
        raise ImportFailed("import.resource-outside-package",
                           file="datapackage.json", column=where, raw=raw)
    return safe


def _resource_paths(package: Package, descriptor: object) -> dict[str, str]:
    """Map our table keys to file paths, from datapackage.json or HSDS file names."""
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        raise ImportFailed("import.descriptor-not-object",
                           file=package.file_label("datapackage.json"), column="resources")
    listed: dict[str, str] = {}
    for index, resource in enumerate(descriptor["resources"]):
        if not isinstance(resource, dict):
            raise ImportFailed("import.resource-not-object",
                               file=package.file_label("datapackage.json"),
                               column=f"resources[{index}]")
        if "path" not in resource:
            continue  # inline data: not an HSDS table file
        path = _safe_resource_path(resource["path"], index)
        name = str(resource.get("name", "")).strip().lower()
        for key, spec in SPECS.items():
            stem = spec.filename.removesuffix(".csv")
            if name in (key, stem) or PurePosixPath(path).name.lower() == spec.filename:
                listed.setdefault(key, path)
    paths: dict[str, str] = {}
    for key, spec in SPECS.items():
        if key in listed:
            if package.size(listed[key]) is None:
                raise ImportFailed(
                    "import.listed-file-missing",
                    file=package.file_label(listed[key]), listed=listed[key])
            paths[key] = listed[key]
        elif package.size(spec.filename) is not None:
            paths[key] = spec.filename
        elif spec.required:
            raise ImportFailed("import.table-missing",
                               file=package.file_label(spec.filename), filename=spec.filename)
    return paths


def _load_package(package: Package, tracker: Tracker) -> DirectoryData:
    descriptor_label = package.file_label("datapackage.json")
    if package.size("datapackage.json") is None:
        raise ImportFailed("import.no-descriptor", file=descriptor_label)
    descriptor = parse_json(package.read("datapackage.json", MAX_JSON_BYTES), descriptor_label)
    paths = _resource_paths(package, descriptor)
    sizes = {key: package.size(rel) or 0 for key, rel in paths.items()}
    tracker.start(sum(sizes.values()) + 1)
    tables: dict[str, Table] = {}
    position = 0
    for key, rel in paths.items():
        tracker.check()
        with package.open(rel) as stream:
            tables[key] = parse_csv(stream, package.file_label(rel), tracker, position)
        position += sizes[key]
        tracker.advance_to(position)
    return _assemble(tables, package.label, tracker, [])


def _open_zip(path: Path, max_bytes: int, tracker: Tracker) -> DirectoryData:
    label = path.name
    try:
        if path.stat().st_size > MAX_ZIP_TOTAL_BYTES:
            raise too_big(path.stat().st_size, MAX_ZIP_TOTAL_BYTES, label)
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as exc:
        raise ImportFailed("import.zip-invalid", file=label, exc=exc) from None
    except OSError as exc:
        raise ImportFailed("import.zip-unreadable",
                           file=label, problem=exc.strerror or exc) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ZIP_MEMBERS:
            raise ImportFailed("import.zip-too-many-entries",
                               file=label, count=len(infos), most=MAX_ZIP_MEMBERS)
        members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            safe = safe_member_name(info.filename)
            if safe is None:
                # Zip slip: refuse the whole archive rather than skip the entry.
                raise ImportFailed("import.zip-entry-outside",
                                   file=label, filename=info.filename)
            if not info.is_dir() and safe:
                members[safe] = info
        if sum(info.file_size for info in members.values()) > MAX_ZIP_TOTAL_BYTES:
            raise ImportFailed("import.zip-too-large-unpacked",
                               file=label, limit=size_message(MAX_ZIP_TOTAL_BYTES))
        visible = [n for n in members if not n.startswith("__MACOSX/")]
        descriptors = [n for n in visible if PurePosixPath(n).name == "datapackage.json"]
        if len(descriptors) > 1:
            raise ImportFailed("import.zip-several-descriptors", file=label)
        if descriptors:
            parent = str(PurePosixPath(descriptors[0]).parent)
            base = "" if parent == "." else parent
            return _load_package(ZipPackage(archive, label, base, members, max_bytes),
                                 tracker)
        jsons = [n for n in visible if n.lower().endswith(".json")]
        if len(jsons) == 1:
            data = read_zip_member(archive, members[jsons[0]], f"{label}/{jsons[0]}",
                                   min(max_bytes, MAX_JSON_BYTES))
            return _load_json(data, f"{label}/{jsons[0]}", label, tracker)
        raise ImportFailed("import.zip-no-descriptor", file=f"{label}/datapackage.json")


def _load_json(data: bytes, label: str, source: str, tracker: Tracker) -> DirectoryData:
    tables, warnings = json_tables(data, label, tracker)
    return _assemble(tables, source, tracker, warnings)



# --------------------------------------------------------------------------- linking


def _one_line(*parts: str) -> str:
    return ", ".join(" ".join(p.split()) for p in parts if p and p.strip())


def _phone_text(row: Row) -> str:
    # Sample data wraps numbers in literal quotes ("\"+44 ...\""); they are noise.
    number = row.get("number").strip().strip("\"'").strip()
    extension = row.get("extension")
    return f"{number} ext. {extension}" if number and extension else number


def _address_text(row: Row) -> str:
    region = " ".join(p for p in (row.get("state_province"), row.get("postal_code")) if p)
    return _one_line(row.get("address_1"), row.get("address_2"), row.get("city"), region,
                     row.get("country"))


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def _indexed(table: Table, label: Message) -> dict[str, Row]:
    """Rows by id; an empty or repeated id is an error."""
    out: dict[str, Row] = {}
    for row in table.rows:
        ident = row.get("id")
        if not ident:
            raise fail("import.id-empty", table, row, "id")
        if ident in out:
            first = out[ident]
            where = f"row {first.number}" if first.number is not None else first.path
            raise fail("import.id-duplicated",
                        table, row, "id", label=label, ident=ident, where=where)
        out[ident] = row
    return out


def _grouped(table: Table | None, column: str) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for row in table.rows if table is not None else ():
        key = row.get(column)
        if key:
            out.setdefault(key, []).append(row)
    return out


def _assemble(tables: dict[str, Table], source: str, tracker: Tracker,
              warnings: list[str]) -> DirectoryData:
    for key, table in tables.items():
        if table.columns is None:
            continue
        for column in SPECS[key].needed_columns:
            if column not in table.columns:
                raise ImportFailed("import.column-missing",
                                   file=table.file, row=1, column=column, column_name=column)

    org_table = tables["organization"]
    org_rows = _indexed(org_table, msg("import.table.organization"))
    for row in org_table.rows:
        if not row.get("name"):
            raise fail("import.name-empty", org_table, row, "name")

    service_table = tables["service"]
    service_rows = _indexed(service_table, msg("import.table.service"))
    for row in service_table.rows:
        for column in ("name", "organization_id"):
            if not row.get(column):
                raise fail("import.value-empty",
                            service_table, row, column, column_name=column)
        org_id = row.get("organization_id")
        if org_id not in org_rows:
            raise fail("import.unknown-organization", service_table, row,
                        "organization_id", org_id=org_id)
        status = row.get("status").lower().replace("_", " ")
        if status and status not in SERVICE_STATUSES:
            raise fail("import.unknown-status", service_table, row, "status",
                        status=row.get("status"), expected=", ".join(SERVICE_STATUSES))

    locations = (_indexed(tables["location"], msg("import.table.location"))
                 if "location" in tables else {})
    terms = (_indexed(tables["taxonomy_term"], msg("import.table.taxonomy-term"))
             if "taxonomy_term" in tables else {})
    phones = tables.get("phone")
    languages = _grouped(tables.get("language"), "service_id")
    areas = _grouped(tables.get("service_area"), "service_id")
    service_locations = _grouped(tables.get("service_at_location"), "service_id")
    addresses = _grouped(tables.get("address"), "location_id")
    attributes = _grouped(tables.get("attribute"), "link_id")
    service_phones = _grouped(phones, "service_id")
    org_phones = _grouped(phones, "organization_id")

    for key, column in (("language", "service_id"), ("service_area", "service_id"),
                        ("service_at_location", "service_id"), ("phone", "service_id")):
        linked = tables.get(key)
        if linked is None:
            continue
        stray = sum(1 for r in linked.rows if r.get(column) and r.get(column) not in service_rows)
        if stray:
            warnings.append(f"{linked.file}: {stray} row(s) name a service that is not in the "
                            "directory; they were skipped.")
    missing_locations: Counter[str] = Counter()
    missing_terms: Counter[str] = Counter()

    organizations = []
    for org_id, row in org_rows.items():
        own = [p for p in org_phones.get(org_id, []) if not p.get("service_id")]
        phone = next((t for p in own + org_phones.get(org_id, []) if (t := _phone_text(p))), "")
        organizations.append(PartnerOrg(
            source_id=org_id, name=row.get("name"), description=row.get("description"),
            email=row.get("email"), website=row.get("website") or row.get("url"), phone=phone))

    services = []
    for count, (service_id, row) in enumerate(service_rows.items(), start=1):
        if count % ROW_BATCH == 0:
            tracker.check()
        address_rows: list[Row] = []
        for link in service_locations.get(service_id, []):
            location = locations.get(link.get("location_id"))
            if location is None:
                missing_locations[link.get("location_id")] += 1
                continue
            if location.get("location_type").lower() == "virtual":
                continue
            address_rows.extend(a for a in addresses.get(location.get("id"), [])
                                if a.get("address_type").lower() != "virtual")
        # Prefer a street address; fall back to a postal one rather than nothing.
        address_rows.sort(key=lambda a: a.get("address_type").lower() not in ("physical", ""))
        address = next((t for a in address_rows if (t := _address_text(a))), "")

        categories = []
        for attribute in attributes.get(service_id, []):
            entity = attribute.get("link_entity").lower()
            if entity and entity in SPECS and entity != "service":
                continue
            term = terms.get(attribute.get("taxonomy_term_id"))
            if term is None:
                missing_terms[attribute.get("taxonomy_term_id")] += 1
                continue
            categories.append(term.get("name") or term.get("code"))
        categories_t = _unique(categories)

        name, description = row.get("name"), row.get("description")
        services.append(PartnerService(
            source_id=service_id,
            organization_source_id=row.get("organization_id"),
            name=name,
            description=description,
            status=row.get("status").lower().replace("_", " ") or "active",
            email=row.get("email"),
            url=row.get("url"),
            phone=next((t for p in service_phones.get(service_id, [])
                        if (t := _phone_text(p))), ""),
            eligibility=row.get("eligibility_description") or row.get("eligibility"),
            fees=row.get("fees_description") or row.get("fees"),
            languages=_unique(r.get("name") or r.get("code")
                              for r in languages.get(service_id, [])),
            areas=_unique(r.get("name") or r.get("description")
                          for r in areas.get(service_id, [])),
            address=address,
            categories=categories_t,
            domains=infer_domains([name, description, *categories_t]),
        ))

    if missing_locations:
        warnings.append(f"{sum(missing_locations.values())} service location link(s) name a "
                        "location that is not in the directory; they were skipped.")
    if missing_terms:
        warnings.append(f"{sum(missing_terms.values())} service attribute(s) name a taxonomy "
                        "term that is not in the directory; they were skipped.")
    if not organizations:
        warnings.append("The file holds no organizations.")
    tracker.finish()
    org_fields, service_fields = _carried(tables)
    return DirectoryData(organizations=tuple(organizations), services=tuple(services),
                         source=source, warnings=tuple(warnings),
                         organization_fields=org_fields, service_fields=service_fields)


def _carried(tables: dict[str, Table]) -> tuple[frozenset[str], frozenset[str]]:
    """The organization and service fields the file carries. A field comes from a column of
    a table, or from a linked table; when the file has neither, it says nothing about it."""
    columns = {key: table.carried() for key, table in tables.items()}
    org, service = columns["organization"], columns["service"]

    def has(key: str, *needed: str) -> bool:
        return key in columns and all(c in columns[key] for c in needed)

    org_fields = {"name"}
    org_fields |= {f for f in ("description", "email") if f in org}
    if org & {"website", "url"}:
        org_fields.add("website")
    if has("phone", "number"):
        org_fields.add("phone")
    service_fields = {"name", "status"}  # a listed service without a status is active
    service_fields |= {f for f in ("description", "email", "url") if f in service}
    if service & {"eligibility_description", "eligibility"}:
        service_fields.add("eligibility")
    if service & {"fees_description", "fees"}:
        service_fields.add("fees")
    if has("phone", "number", "service_id"):
        service_fields.add("phone")
    if has("language", "service_id") and columns["language"] & {"name", "code"}:
        service_fields.add("languages")
    if has("service_area", "service_id") and columns["service_area"] & {"name", "description"}:
        service_fields.add("areas")
    if (has("service_at_location", "service_id", "location_id") and has("location", "id")
            and has("address", "location_id", "address_1")):
        service_fields.add("address")
    if has("attribute", "link_id", "taxonomy_term_id") and has("taxonomy_term", "id"):
        service_fields.add("categories")
    return frozenset(org_fields), frozenset(service_fields)


# --------------------------------------------------------------------------- entry point


def load_directory(
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    max_file_bytes: int = MAX_FILE_BYTES,
) -> DirectoryData:
    """Read and validate an HSDS 3.x directory; nothing is returned until all of it is valid.

    ``path`` is a package folder, its ``datapackage.json``, a ``.zip`` of a package
    (or of a single JSON file), or a ``.json`` file. ``progress(done, total, message)`` is
    called with increasing ``done`` (bytes read, plus a final step for linking);
    when ``cancelled()`` returns True,
    :class:`~collabdesk.progress.OperationCancelled` is raised.
    ``DirectoryData.source`` is the file or folder name the data came from.

    Raises :class:`~collabdesk.errors.ImportFailed` for any malformed input.
    """
    path = Path(path)
    tracker = Tracker(progress, cancelled)
    if path.is_dir():
        return _load_package(FolderPackage(path, max_file_bytes), tracker)
    if not path.exists():
        raise ImportFailed("import.path-not-found", file=str(path))
    suffix = path.suffix.lower()
    if path.name.lower() == "datapackage.json":
        package = FolderPackage(path.parent, max_file_bytes)
        return _load_package(package, tracker)
    if suffix == ".zip":
        return _open_zip(path, max_file_bytes, tracker)
    if suffix == ".json":
        tracker.check()
        return _load_json(read_file(path, path.name, min(max_file_bytes, MAX_JSON_BYTES)),
                          path.name, path.name,
                          tracker)
    if suffix == ".csv":
        raise ImportFailed("import.single-csv-chosen", file=path.name)
    raise ImportFailed("import.unknown-source", file=path.name)
