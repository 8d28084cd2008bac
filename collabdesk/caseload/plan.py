"""From spreadsheet rows to what an import would create: clients, cases, needs, per-row errors.

Nothing here touches the store. :func:`read_rows` streams a file once, keeping only the mapped
cells; :func:`date_orders` settles each date column's order (or says it must be asked);
:func:`plan_rows` turns every row into a :class:`PlannedRow` whose problems name its row and
column. Duplicates are found afterwards (``collabdesk.caseload.duplicates``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from collabdesk.caseload import dates, mapping
from collabdesk.caseload.reading import Cell, open_table
from collabdesk.domain import ClientInput
from collabdesk.errors import CollabDeskError
from collabdesk.messages import Message, msg
from collabdesk.progress import Cancelled, Progress, check, report
from collabdesk.services import matching, normalization

SKIP, MERGE, CREATE = "skip", "merge", "create"
ACTIONS = (SKIP, MERGE, CREATE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CHECK_EVERY = 512  # rows between progress reports and cancel checks


class DateOrderNeeded(CollabDeskError):
    """Every date in these columns reads both ways (05/06/1980): which order does the file use?"""

    def __init__(self, columns: list[str], example: str) -> None:
        self.columns = columns
        self.example = example
        super().__init__("caseload.date-order-needed", columns=", ".join(columns),
                         example=example)


@dataclass(frozen=True, slots=True)
class RawRow:
    number: int  # the spreadsheet's row number (the header is row 1)
    cells: tuple[Cell, ...]  # in the order of the mapped columns


@dataclass
class RawFile:
    file_name: str
    header: list[str]
    columns: list[int]  # the mapped columns, the order of each RawRow's cells
    rows: list[RawRow]
    warnings: list[Message]


def read_rows(path: Path, column_map: mapping.ColumnMap, *, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> RawFile:
    """Every non-empty row of the file's first sheet, with only the mapped cells kept."""
    columns = sorted(column_map.columns)
    rows: list[RawRow] = []
    with open_table(path) as table:
        report(progress, 0, table.size)
        for count, (number, cells) in enumerate(table.rows):
            width = len(cells)
            rows.append(RawRow(number, tuple(cells[i] if i < width else "" for i in columns)))
            if count % _CHECK_EVERY == 0:
                check(cancelled)
                report(progress, table.position(), table.size)
        report(progress, table.size, table.size)
        return RawFile(path.name, table.header, columns, rows, table.warnings)


def date_orders(raw: RawFile, column_map: mapping.ColumnMap) -> dict[int, str | None]:
    """Each mapped date column's order; None where the cells cannot tell."""
    out: dict[int, str | None] = {}
    for position, index in enumerate(raw.columns):
        if column_map.columns[index] in mapping.DATE_TARGETS:
            out[index] = dates.evidence(r.cells[position] for r in raw.rows).order()
    return out


def require_orders(raw: RawFile, column_map: mapping.ColumnMap,
                   order: str | None) -> dict[int, str]:
    """The order of every date column, with ``order`` (the person's answer) for those the
    cells leave open; raises :class:`DateOrderNeeded` when one is open and there is no answer."""
    found = date_orders(raw, column_map)
    open_columns = [i for i, o in found.items() if o is None]
    if open_columns and order is None:
        position = raw.columns.index(open_columns[0])
        example = next((str(r.cells[position]) for r in raw.rows
                        if str(r.cells[position]).strip()), "")
        raise DateOrderNeeded([_column_name(raw.header, i) for i in open_columns], example)
    return {i: (o if o is not None else order or dates.DMY) for i, o in found.items()}


def _column_name(header: list[str], index: int) -> str:
    title = header[index] if index < len(header) else ""
    return title or f"#{index + 1}"


@dataclass(frozen=True, slots=True)
class Match:
    """A likely duplicate of a row: an existing client, or an earlier row of the file."""

    score: float
    reasons: tuple[str, ...]
    client_id: str | None = None  # an existing client
    row: int | None = None  # an earlier row of the file
    name: str = ""
    dob: dt.date | None = None


@dataclass(slots=True)  # one per row of the file: 50,000 of them
class PlannedRow:
    number: int
    client: ClientInput | None  # None when the row has errors
    case_title: str = ""
    case_opened: dt.date | None = None
    need_domain: str = ""
    assigned_to: str = ""  # a user's id, resolved from the user name in the file
    errors: tuple[Message, ...] = ()
    matches: tuple[Match, ...] = ()
    action: str = CREATE
    target: Match | None = None  # what a merge fills in

    @property
    def name(self) -> str:
        if self.client is None:
            return ""
        return " ".join(p for p in (self.client.given_name, self.client.family_name) if p)

    @property
    def has_case(self) -> bool:
        return bool(self.case_title or self.need_domain or self.assigned_to
                    or self.case_opened)


@dataclass
class ImportPlan:
    """A dry run: every row with what would happen to it. Nothing is written."""

    file_name: str
    rows: list[PlannedRow]
    warnings: list[Message] = field(default_factory=list)
    date_orders: Mapping[int, str] = field(default_factory=dict)
    with_cases: bool = False

    def counts(self) -> dict[str, int]:
        out = {"rows": len(self.rows), "create": 0, "merge": 0, "skip": 0, "errors": 0,
               "duplicates": 0, "cases": 0}
        for row in self.rows:
            out[row.action] += 1
            out["errors"] += bool(row.errors)
            out["duplicates"] += bool(row.matches)
            out["cases"] += row.action != SKIP and row.has_case and self.with_cases
        return out

    def choose(self, number: int, action: str, target: Match | None = None) -> None:
        """The admin's choice for one row (by spreadsheet row number)."""
        row = self.row(number)
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}")
        if row.errors and action != SKIP:
            raise CollabDeskError("caseload.row-has-errors", row=number)
        if action == MERGE:
            target = target or (row.matches[0] if row.matches else None)
            if target is None:
                raise CollabDeskError("caseload.nothing-to-merge-into", row=number)
        row.action, row.target = action, target if action == MERGE else None

    def row(self, number: int) -> PlannedRow:
        for row in self.rows:
            if row.number == number:
                return row
        raise KeyError(number)


def problem(number: int, column: str, code: str, **params: object) -> Message:
    return msg("caseload.row-problem", row=number, column=column, problem=msg(code, **params))


def plan_rows(raw: RawFile, column_map: mapping.ColumnMap, orders: Mapping[int, str],
              today: dt.date, user_ids: Mapping[str, str],
              cancelled: Cancelled | None = None) -> list[PlannedRow]:
    """Each raw row read into a client (and case) or into the errors that keep it out."""
    names = {i: _column_name(raw.header, i) for i in raw.columns}
    targets = [column_map.columns[i] for i in raw.columns]
    by_user = {mapping.fold(k): v for k, v in user_ids.items()}
    out: list[PlannedRow] = []
    for count, raw_row in enumerate(raw.rows):
        if count % _CHECK_EVERY == 0:
            check(cancelled)
        out.append(_plan_row(raw_row, raw.columns, targets, names, orders, today, by_user))
    return out


def _text(cell: Cell) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime | dt.date):
        return cell.isoformat()
    return str(cell).strip()


def _plan_row(raw: RawRow, columns: list[int], targets: list[str], names: Mapping[int, str],
              orders: Mapping[int, str], today: dt.date,
              users: Mapping[str, str]) -> PlannedRow:
    values: dict[str, str] = {}
    errors: list[Message] = []
    identifiers: list[tuple[str, str]] = []
    when: dict[str, dt.date | None] = {}
    number = raw.number
    for index, target, cell in zip(columns, targets, raw.cells, strict=True):
        column = names[index]
        text = _text(cell)
        if not text:
            continue
        if target in mapping.DATE_TARGETS:
            day = dates.parse(cell, orders.get(index, dates.DMY), today)
            if day is None:
                errors.append(problem(number, column, "caseload.not-a-date", value=text))
            elif target == "dob" and day > today:
                errors.append(problem(number, column, "client.dob-in-future"))
            elif target == "dob" and day.year < today.year - 120:
                errors.append(problem(number, column, "client.dob-too-old"))
            else:
                when[target] = day
        elif target == "identifier":
            identifiers.append((column, text))
        elif target == "gender":
            code = mapping.gender_code(text)
            if code is None:
                errors.append(problem(number, column, "caseload.gender-unknown", value=text))
            else:
                values["gender"] = "" if code == "unknown" else code
        elif target == "need_domain":
            code = mapping.domain_code(text)
            if code is None:
                errors.append(problem(number, column, "caseload.domain-unknown", value=text))
            else:
                values["need_domain"] = code
        elif target == "assigned_to":
            user_id = users.get(mapping.fold(text))
            if user_id is None:
                errors.append(problem(number, column, "caseload.worker-unknown", value=text))
            else:
                values["assigned_to"] = user_id
        elif target in ("age", "birth_year"):
            try:
                amount = int(float(text.replace(",", ".")))
            except ValueError:
                errors.append(problem(number, column, "caseload.not-a-number", value=text))
                continue
            year = normalization.birth_year_from_age(amount, today) if target == "age" else amount
            if not today.year - 120 <= year <= today.year:
                errors.append(problem(number, column, "client.estimated-age-out-of-range"))
            else:
                values["estimated_birth_year"] = str(year)
        elif target == "email" and not _EMAIL.match(text):
            errors.append(problem(number, column, "client.email-invalid"))
        elif target == "phone" and len(normalization.normalize_phone(text)) < 6:
            errors.append(problem(number, column, "client.phone-too-short"))
        else:
            values[target] = text
    given, family = values.get("given_name", ""), values.get("family_name", "")
    if "full_name" in values and not (given or family):
        given, family = mapping.split_full_name(values["full_name"])
    if not (given or family):
        name_column = next((names[i] for i, t in zip(columns, targets, strict=True)
                            if t in ("given_name", "family_name", "full_name")), "")
        errors.append(problem(number, name_column, "client.name-required"))
    if errors:
        return PlannedRow(number, None, errors=tuple(errors), action=SKIP)
    dob = when.get("dob")
    client = ClientInput(
        given_name=given, family_name=family, other_names=values.get("other_names", ""),
        dob=dob,
        estimated_birth_year=(None if dob else int(values["estimated_birth_year"])
                              if "estimated_birth_year" in values else None),
        gender=values.get("gender", ""), language=values.get("language", ""),
        phone=values.get("phone", ""), email=values.get("email", ""),
        address=values.get("address", ""), identifiers=tuple(identifiers))
    return PlannedRow(number, client, case_title=values.get("case_title", ""),
                      case_opened=when.get("case_opened"),
                      need_domain=values.get("need_domain", ""),
                      assigned_to=values.get("assigned_to", ""))


def facts(client: ClientInput) -> matching.ClientFacts:
    return matching.ClientFacts(
        given_name=client.given_name, family_name=client.family_name, dob=client.dob,
        estimated_birth_year=client.estimated_birth_year, phone=client.phone or None,
        gender=client.gender or None, identifiers=client.identifiers)

