"""The words about bringing data in: client and caseload files, the partner directory, and
referrals read from FHIR files."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # caseload (an existing caseload brought in from a spreadsheet)
    "caseload.already-undone": "This import was already undone.",
    "caseload.date-order-needed":
        "Every date in {columns} reads both ways (for example {example}): say whether the file "
        "writes the day or the month first.",
    "caseload.domain-unknown": "'{value}' is not a need domain",
    "caseload.edited-since":
        "{count} of this import's records were edited or used since it was made, so it can no "
        "longer be undone as a whole; change those records one by one instead.",
    "caseload.gender-unknown": "'{value}' is not a gender this import knows",
    "caseload.import-not-found": "That import is not in this store.",
    "caseload.mapping-needs-a-name":
        "Map at least one column to a name (first name, last name or full name).",
    "caseload.mapping-target-twice": "Two columns are mapped to the same field; map each once.",
    "caseload.merge-into-skipped-row":
        "Row {row} is to be merged into row {other}, which is skipped; create or skip row {row}, "
        "or import row {other}.",
    "caseload.not-a-date": "'{value}' is not a date",
    "caseload.not-a-number": "'{value}' is not a number",
    "caseload.nothing-to-merge-into": "Row {row} has no likely duplicate to merge into.",
    "caseload.read-as-cp1252":
        "The file is not UTF-8 text; it was read as Windows-1252 (Western European). Check "
        "that accented names look right in the preview.",
    "caseload.row-has-errors": "Row {row} has errors and can only be skipped.",
    "caseload.row-problem": "Row {row}, column '{column}': {problem}",
    "caseload.rows-have-errors":
        "{count} rows have errors; fix them in the file, or skip them to import the rest.",
    "caseload.worker-unknown": "'{value}' is not the user name of a worker here",
    "caseload.xlsx-unreadable":
        "The spreadsheet could not be read ({problem}); is it an .xlsx file?",
    # directory
    "directory.partner-name-required": "A partner needs a name.",
    "directory.partner-not-found": "That partner is not in the directory.",
    "directory.service-name-required": "A service needs a name.",
    "directory.service-not-found": "That service is not in the partner directory.",
    "directory.unknown-domains": "Unknown need domain(s): {domains}.",
    # fhir (a referral or a referral's Task read from a FHIR file; "at" names the element)
    "fhir.bundle-empty": "The Bundle holds no resources",
    "fhir.element-invalid": "{resource}.{element} has a value that cannot be read: '{value}'",
    "fhir.element-missing": "{resource} has no {element}",
    "fhir.no-service-request":
        "The Bundle holds no ServiceRequest (a referral) and no Task (a referral's progress)",
    "fhir.not-a-bundle": "This is a FHIR {found}, not a Bundle",
    "fhir.not-a-resource": "This file is not a FHIR resource: it has no resourceType",
    "fhir.reference-unresolved":
        "{resource}.{element} points to {reference}, which is not in the Bundle",
    "fhir.reference-wrong-kind": "{resource}.{element} points to a {found}, not a ServiceRequest",
    "fhir.request-id-taken": "This ServiceRequest's id is already used by another referral here",
    "fhir.request-not-active": "The ServiceRequest's status is '{status}': nothing is requested",
    "fhir.several-service-requests":
        "The Bundle holds {count} ServiceRequests; a file carries one referral",
    "fhir.task-not-theirs":
        "The Task says '{status}' about a referral the clinic sent us: answering it is ours to "
        "do (the clinic may only cancel it)",
    "fhir.task-status-unsupported": "A Task status '{status}' says nothing about a referral",
    "fhir.task-unknown-referral":
        "The Task is about {reference}, which is no referral exchanged here as a FHIR file",
    # import
    "import.at": "{problem} at {path}",
    "import.cell-not-text": "'{column_name}' should be text, not {found}, at {path}",
    "import.cell-too-long":
        "This value is {length} characters long; values over {most} characters are not imported",
    "import.column-duplicated": "The column appears twice in the header",
    "import.column-missing": "The column '{column_name}' is missing from the header",
    "import.csv-malformed": "The CSV is malformed: {exc}",
    "import.csv-truncated":
        "The file ends in the middle of this value: it was cut short (an interrupted download "
        "or copy) or a quote is missing; nothing was imported",
    "import.descriptor-not-object": "datapackage.json must be an object with a 'resources' list",
    "import.expected-list": "Expected a list at {path}, found {found}",
    "import.expected-object": "Expected an object at {path}, found {found}",
    "import.expected-object-at": "Expected an object at {where}, found {found}",
    "import.expected-object-in-list": "Expected an object at {path}[{i}], found {found}",
    "import.expected-organization-or-service":
        "Expected an HSDS organization, service or a list of them, found {found}",
    "import.expected-organizations-or-services":
        "Expected HSDS organizations or services at {path}, {found}",
    "import.expected-rows": "Expected a list of rows for {name}, found {found}",
    "import.file-empty": "The file is empty; a header row is expected",
    "import.file-not-found": "The file does not exist",
    "import.file-not-json": "The file is not valid JSON: {problem} (line {lineno}, column {colno})",
    "import.file-not-utf8": "The file is not valid UTF-8 text (line {line}); save it as UTF-8",
    "import.file-outside-package": "This file lies outside the package folder (a link?)",
    "import.file-too-large": "The file is {size}; files over {limit} are not imported",
    "import.file-unreadable": "The file could not be read: {problem}",
    "import.header-empty": "The first row is empty; it must hold the column names",
    "import.id-duplicated": "The {label} id '{ident}' is used twice (first in {where})",
    "import.id-empty": "Required value 'id' is empty",
    "import.json-too-deep": "The JSON is nested too deeply",
    "import.kind.list": "a list",
    "import.kind.object": "an object",
    "import.listed-file-missing": "datapackage.json lists {listed}, but the file is missing",
    "import.located": "{problem} ({where})",
    "import.name-empty": "Required value 'name' is empty",
    "import.no-descriptor": "The package has no datapackage.json",
    "import.nul-byte": "The value contains a NUL byte; is this really a CSV file?",
    "import.organization-id-conflict":
        "Organization id '{org_id}' is used twice with different names (first at {path})",
    "import.path-not-found": "The file or folder does not exist",
    "import.resource-no-path": "A resource has no file path",
    "import.resource-not-object": "Each resource must be an object",
    "import.resource-outside-package": "The resource path {raw!r} points outside the package",
    "import.resource-remote":
        "The resource {raw!r} is on the internet; only files inside the package can be imported",
    "import.resource-split": "Resources split over several files are not supported",
    "import.row-width-mismatch":
        "This row has {values} values but the header has {columns} columns; a comma or quote is "
        "probably out of place",
    "import.service-id-conflict":
        "Service id '{service_id}' is used twice with different content (first at {first})",
    "import.service-organization-mismatch":
        "The service names organization '{given}' but is listed under '{org_id}'",
    "import.single-csv-chosen":
        "Choose the folder that holds datapackage.json (or a .zip of it), not a single CSV file",
    "import.table-missing": "The package has no {filename}; it is required",
    "import.table.location": "location",
    "import.table.organization": "organization",
    "import.table.service": "service",
    "import.table.taxonomy-term": "taxonomy term",
    "import.tabular-list-missing": "The tabular JSON has no '{filename}' list",
    "import.unknown-organization":
        "The service refers to organization '{org_id}', which is not among the organizations "
        "being imported",
    "import.unknown-source":
        "Expected an HSDS package folder, a datapackage.json, a .zip or a .json file",
    "import.unknown-status": "Unknown status '{status}'; expected one of {expected}",
    "import.value-empty": "Required value '{column_name}' is empty",
    "import.value-not-text": "'{key}' should be text, not {found}, at {path}",
    "import.value-not-utf8": "The value is not valid UTF-8 text; save the file as UTF-8",
    "import.where.column": "column {column}",
    "import.where.file": "file {file}",
    "import.where.row": "row {row}",
    "import.zip-entry-damaged": "The zip entry is damaged: {exc}",
    "import.zip-entry-outside":
        "The zip entry {filename!r} points outside the folder it would be unpacked into; the "
        "archive is refused",
    "import.zip-entry-unreadable": "The zip entry cannot be read: {exc}",
    "import.zip-invalid": "This is not a valid zip file: {exc}",
    "import.zip-no-descriptor": "The zip holds no datapackage.json",
    "import.zip-several-descriptors":
        "The zip holds several datapackage.json files; zip one package at a time",
    "import.zip-too-large-unpacked": "The zip unpacks to more than {limit}",
    "import.zip-too-many-entries": "The zip holds {count} entries; at most {most} are accepted",
    "import.zip-unreadable": "The zip file could not be read: {problem}",
}
