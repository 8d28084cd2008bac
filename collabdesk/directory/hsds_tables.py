"""The HSDS tables a directory import reads, and the columns each must have.

Shared by the modules of an import (:mod:`collabdesk.directory.hsds` reads packages and
links the tables, :mod:`collabdesk.directory.hsds_json` brings JSON to the same tables), so
that every form of the data is held to the same list.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Spec:
    filename: str
    needed_columns: tuple[str, ...]  # the header must have these
    required: bool = False  # the package must contain this table


# Only the tables the directory uses are read; the rest of a package is ignored.
SPECS: dict[str, Spec] = {
    "organization": Spec("organizations.csv", ("id", "name"), required=True),
    "service": Spec("services.csv", ("id", "organization_id", "name"), required=True),
    "phone": Spec("phones.csv", ("number",)),
    "language": Spec("languages.csv", ("service_id",)),
    "service_area": Spec("service_areas.csv", ("service_id",)),
    "service_at_location": Spec("service_at_location.csv", ("service_id", "location_id")),
    "location": Spec("locations.csv", ("id",)),
    "address": Spec("addresses.csv", ("location_id", "address_1")),
    "attribute": Spec("attributes.csv", ("link_id", "taxonomy_term_id")),
    "taxonomy_term": Spec("taxonomy_terms.csv", ("id", "name")),
}
