"""HSDS as JSON, brought to the per-table rows a tabular package has.

An import may be API-shaped JSON (an organization with nested services, a service with its
organization, a service-at-location, a list or a paginated page of these) or the tabular JSON
form (``{"organizations.csv": [...], ...}``). Either way this module yields one list of rows
per HSDS table, each row knowing its place in the document (``$.contents[0].services[1]``),
so that :mod:`collabdesk.directory.hsds` links JSON and CSV imports with the same code.
"""

from __future__ import annotations

from collections.abc import Iterator

from collabdesk.directory.hsds_tables import SPECS
from collabdesk.directory.tabular import ROW_BATCH, Row, Table, Tracker, fail, parse_json
from collabdesk.errors import ImportFailed
from collabdesk.messages import Message, msg

_TEXT_TYPES = (str, int, float, bool)

# Keys that mark an object as some other HSDS record, so it is not taken for an
# organization by mistake (e.g. a taxonomy, a location, the API's base document).
_OTHER_OBJECTS = {
    "openapi_url": "the API's base description", "location_type": "a location",
    "term_uri": "a taxonomy term", "parent_id": "a taxonomy term",
    "taxonomy_detail": "a taxonomy term", "version": "a taxonomy", "address_1": "an address",
}


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _kind(value: object) -> Message | str:
    """What a JSON value is ("a list", "int"), for messages about unexpected shapes."""
    if isinstance(value, dict):
        return msg("import.kind.object")
    if isinstance(value, list):
        return msg("import.kind.list")
    return type(value).__name__


class _Flattener:
    """Turn nested HSDS JSON into the same per-table rows a tabular package has."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.tables = {key: Table(file=file) for key in SPECS}
        self.orgs: dict[str, Row] = {}
        self.services: dict[str, dict[str, object]] = {}
        self.seen: dict[str, set[str]] = {"location": set(), "taxonomy_term": set()}

    def _row(self, obj: dict[str, object], path: str, **links: str) -> Row:
        values: dict[str, str] = {}
        for key, value in obj.items():
            if isinstance(value, _TEXT_TYPES) or value is None:
                values[str(key).lower()] = _text(value)
            elif key in ("id", "name", "description", "organization_id", "number", "status"):
                raise ImportFailed("import.value-not-text", file=self.file, column=str(key),
                                   key=key, found=_kind(value), path=path)
        values.update(links)
        return Row(values, path=path)

    def _objects(self, value: object, path: str) -> Iterator[tuple[dict[str, object], str]]:
        if value is None:
            return
        if not isinstance(value, list):
            raise ImportFailed("import.expected-list",
                               file=self.file, path=path, found=_kind(value))
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                raise ImportFailed("import.expected-object-in-list",
                                   file=self.file, path=path, i=i, found=_kind(item))
            yield item, f"{path}[{i}]"

    def _require_id(self, row: Row, table: str) -> str:
        ident = row.get("id")
        if not ident:
            raise fail("import.id-empty", self.tables[table], row, "id")
        return ident

    def item(self, obj: dict[str, object], path: str) -> None:
        service = obj.get("service")
        if isinstance(service, dict):  # a service_at_location
            service_id = self.service(service, f"{path}.service", None)
            self._service_at_location(obj, path, service_id)
        elif any(key in obj for key in ("organization", "organization_id", "status")):
            self.service(obj, path, None)
        elif "id" in obj and "name" in obj and not any(k in obj for k in _OTHER_OBJECTS):
            self.organization(obj, path)
        else:
            what = next((v for k, v in _OTHER_OBJECTS.items() if k in obj), "")
            if what:
                found = f"found {what}"
            elif obj:
                found = "found an object with keys " + ", ".join(sorted(str(k) for k in obj)[:8])
            else:
                found = "found an empty object"
            raise ImportFailed("import.expected-organizations-or-services",
                               file=self.file, path=path, found=found)

    def organization(self, obj: dict[str, object], path: str) -> str:
        row = self._row(obj, path)
        org_id = self._require_id(row, "organization")
        earlier = self.orgs.get(org_id)
        if earlier is None:
            self.orgs[org_id] = row
            self.tables["organization"].rows.append(row)
            for phone, where in self._objects(obj.get("phones"), f"{path}.phones"):
                self.tables["phone"].rows.append(self._row(phone, where, organization_id=org_id))
        elif earlier.get("name") != row.get("name"):
            raise fail("import.organization-id-conflict",
                        self.tables["organization"], row, "id", org_id=org_id, path=earlier.path)
        for service, where in self._objects(obj.get("services"), f"{path}.services"):
            self.service(service, where, org_id)
        return org_id

    def service(self, obj: dict[str, object], path: str, org_id: str | None) -> str:
        row = self._row(obj, path)
        service_id = self._require_id(row, "service")
        nested = obj.get("organization")
        if isinstance(nested, dict):
            nested_id = self.organization(nested, f"{path}.organization")
            org_id = org_id or nested_id
        if org_id:
            given = row.get("organization_id")
            if given and given != org_id:
                raise fail("import.service-organization-mismatch",
                            self.tables["service"], row, "organization_id", given=given,
                            org_id=org_id)
            row.values["organization_id"] = org_id
        if service_id in self.services:
            if self.services[service_id] != obj:
                first = next(r.path for r in self.tables["service"].rows
                             if r.get("id") == service_id)
                raise fail("import.service-id-conflict",
                            self.tables["service"], row, "id", service_id=service_id, first=first)
            return service_id
        self.services[service_id] = obj
        self.tables["service"].rows.append(row)
        link = {"service_id": service_id}
        for sub, table in (("languages", "language"), ("service_areas", "service_area"),
                           ("phones", "phone")):
            for item, where in self._objects(obj.get(sub), f"{path}.{sub}"):
                self.tables[table].rows.append(self._row(item, where, **link))
        for sal, where in self._objects(obj.get("service_at_locations"),
                                        f"{path}.service_at_locations"):
            self._service_at_location(sal, where, service_id)
        for attr, where in self._objects(obj.get("attributes"), f"{path}.attributes"):
            term_id, _ = self._linked(attr, "taxonomy_term", where)
            self.tables["attribute"].rows.append(Row(
                {"link_id": service_id, "link_entity": "service", "taxonomy_term_id": term_id},
                path=where))
        return service_id

    def _linked(self, parent: dict[str, object], table: str, path: str
                ) -> tuple[str, dict[str, object] | None]:
        """The id of the ``table`` record that ``parent`` links to, nested under ``table``
        (kept once, however often it appears) or named by ``<table>_id``; with the nested
        record when this is its first appearance."""
        nested = parent.get(table)
        if not isinstance(nested, dict):
            return _text(parent.get(f"{table}_id")), None
        row = self._row(nested, f"{path}.{table}")
        ident = row.get("id") or f"{path}.{table}"
        row.values["id"] = ident
        if ident in self.seen[table]:
            return ident, None
        self.seen[table].add(ident)
        self.tables[table].rows.append(row)
        return ident, nested

    def _service_at_location(self, sal: dict[str, object], path: str, service_id: str) -> None:
        location_id, new_location = self._linked(sal, "location", path)
        if new_location is not None:
            for address, where in self._objects(new_location.get("addresses"),
                                                f"{path}.location.addresses"):
                self.tables["address"].rows.append(
                    self._row(address, where, location_id=location_id))
        if location_id:
            self.tables["service_at_location"].rows.append(Row(
                {"service_id": service_id, "location_id": location_id}, path=path))


def json_tables(data: bytes, label: str, tracker: Tracker) -> tuple[dict[str, Table], list[str]]:
    """The per-table rows of an HSDS JSON document, and warnings about it (a page of a
    longer list). Raises ImportFailed naming the place of anything malformed."""
    tracker.start(len(data) + 1)
    document = parse_json(data, label)
    tracker.check()
    warnings: list[str] = []
    if isinstance(document, dict) and document and all(
            str(k).lower().endswith(".csv") for k in document):
        tables = _tables_from_tabular_json(document, label)
    else:
        items: object = document
        prefix = "$"
        if isinstance(document, dict) and "contents" in document:
            items = document["contents"]
            prefix = "$.contents"
            if document.get("last_page") is False:
                warnings.append(
                    f"{label} is page {_text(document.get('page_number')) or '?'} of "
                    f"{_text(document.get('total_pages')) or '?'} of a longer list; only the "
                    "organizations and services on this page were imported.")
        single = isinstance(items, dict)
        if isinstance(items, dict):
            items = [items]
        if not isinstance(items, list):
            raise ImportFailed("import.expected-organization-or-service",
                               file=label, found=_kind(items))
        flattener = _Flattener(label)
        for i, item in enumerate(items):
            if i % ROW_BATCH == 0:
                tracker.check()
            where = prefix if single else f"{prefix}[{i}]"
            if not isinstance(item, dict):
                raise ImportFailed("import.expected-object-at",
                                   file=label, where=where, found=_kind(item))
            flattener.item(item, where)
        tables = flattener.tables
    tracker.advance_to(len(data))
    return tables, warnings


def _tables_from_tabular_json(document: dict[str, object], label: str) -> dict[str, Table]:
    tables: dict[str, Table] = {}
    by_file = {spec.filename: key for key, spec in SPECS.items()}
    for name, rows in document.items():
        key = by_file.get(str(name).lower())
        if key is None:
            continue
        if not isinstance(rows, list):
            raise ImportFailed("import.expected-rows",
                               file=label, name=name, found=_kind(rows))
        table = Table(file=label)
        for i, obj in enumerate(rows):
            path = f"$.{name}[{i}]"
            if not isinstance(obj, dict):
                raise ImportFailed("import.expected-object",
                                   file=label, path=path, found=_kind(obj))
            values = {}
            for column, value in obj.items():
                if not (isinstance(value, _TEXT_TYPES) or value is None):
                    raise ImportFailed("import.cell-not-text",
                                       file=label, column=str(column), column_name=column,
                                       found=_kind(value), path=path)
                values[str(column).lower()] = _text(value)
            table.rows.append(Row(values, path=path))
        tables[key] = table
    for key, spec in SPECS.items():
        if spec.required and key not in tables:
            raise ImportFailed("import.tabular-list-missing", file=label, filename=spec.filename)
    return tables
