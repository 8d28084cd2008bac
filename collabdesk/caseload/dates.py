"""Dates in a caseload spreadsheet: the format of each date column, found from all its cells.

A spreadsheet cell may already be a date (XLSX), an Excel serial number (days since
1899-12-30, as a date pasted as a number shows), or text. Text dates are ISO (1980-06-05),
or day, month and year in some order with any separator. Each column's order is settled by
its cells: a first part over 12 means day first, a second part over 12 means month first. A
file where no cell settles it (every date like 05/06/1980) is *ambiguous*: the person is asked
once which order the file uses, and that answer holds for every date column that needed it.
Two-digit years are read as the latest year not after this one (05/06/80 is 1980). Dates
written with the month's name in English, Spanish or French ("5 June 1980", "June 5, 1980",
"5 de junio de 1980", "5 juin 1980", "05-jun-80") need no order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from collabdesk.caseload.mapping import fold

DMY, MDY, YMD = "dmy", "mdy", "ymd"
ORDERS = (DMY, MDY)

_PARTS = re.compile(r"^\s*(\d{1,4})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{1,4})\s*$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_MONTHS = {
    name: number
    for number, names in enumerate((
        ("january", "enero", "janvier", "jan", "ene", "janv"),
        ("february", "febrero", "fevrier", "feb", "fev", "fevr"),
        ("march", "marzo", "mars", "mar"),
        ("april", "abril", "avril", "apr", "abr", "avr"),
        ("may", "mayo", "mai"),
        ("june", "junio", "juin", "jun"),
        ("july", "julio", "juillet", "jul", "juil"),
        ("august", "agosto", "aout", "aug", "ago"),
        ("september", "septiembre", "setiembre", "septembre", "sep", "sept", "set"),
        ("october", "octubre", "octobre", "oct"),
        ("november", "noviembre", "novembre", "nov"),
        ("december", "diciembre", "decembre", "dec", "dic"),
    ), start=1)
    for name in names
}
_NAMED = re.compile(r"^(?:(\d{1,2})(?:st|nd|rd|th|er)?\s*(?:de\s+)?[\s.\-/]*([a-z]+)\.?|"
                    r"([a-z]+)\.?\s*(\d{1,2})(?:st|nd|rd|th)?)[\s,.\-/]*(?:de\s+|del\s+)?"
                    r"(\d{4}|\d{2})$")
# Serial numbers of 1900-01-01 .. 2199-12-31: a plain number outside is not a date.
_SERIAL_RANGE = (1, 109_574)


class Evidence:
    """What the cells of one date column say about its order."""

    def __init__(self) -> None:
        self.day_first = 0  # cells only day-first can read
        self.month_first = 0  # cells only month-first can read
        self.ambiguous = 0  # cells both can read, differently

    def add(self, cell: object) -> None:
        if not isinstance(cell, str):
            return
        parts = _split(cell)
        if parts is None or len(str(parts[0])) == 4:
            return
        first, second = parts[0], parts[1]
        if first > 12 >= second:
            self.day_first += 1
        elif second > 12 >= first:
            self.month_first += 1
        elif first != second and first <= 12 and second <= 12:
            self.ambiguous += 1

    def order(self) -> str | None:
        """The column's order, or None when its cells cannot tell (ask the person)."""
        if self.day_first or self.month_first:
            return DMY if self.day_first >= self.month_first else MDY
        return None if self.ambiguous else DMY

    @property
    def needs_asking(self) -> bool:
        return self.order() is None


def evidence(cells: Iterable[object]) -> Evidence:
    found = Evidence()
    for cell in cells:
        found.add(cell)
    return found


def _split(text: str) -> tuple[int, int, int] | None:
    match = _PARTS.match(text)
    if match is None:
        return None
    a, b, c = match.groups()
    if len(a) == 4:  # year first: always year, month, day
        return int(a), int(b), int(c)
    return int(a), int(b), int(c)


def _year(value: int, digits: int, today: dt.date) -> int:
    if digits > 2:
        return value
    century = today.year - today.year % 100
    year = century + value
    return year - 100 if year > today.year else year


def parse(cell: object, order: str, today: dt.date) -> dt.date | None:
    """The date ``cell`` holds read in ``order`` (day/month first for text dates); None when it
    is not a date. An empty cell is never passed here."""
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, int | float):
        if isinstance(cell, float) and not cell.is_integer():
            cell = int(cell)  # a time of day after the date
        if _SERIAL_RANGE[0] <= cell <= _SERIAL_RANGE[1]:
            return _EXCEL_EPOCH + dt.timedelta(days=int(cell))
        return None
    text = str(cell).strip()
    if re.fullmatch(r"\d{5}(\.\d+)?", text):  # a serial number saved as text in a CSV
        return parse(float(text), order, today)
    text = text.split("T")[0].split(" ")[0] if re.match(r"^\d{4}-\d", text) else text
    match = _PARTS.match(text)
    if match is None:
        return _named(text, today)
    a, b, c = match.groups()
    try:
        if len(a) == 4:
            return dt.date(int(a), int(b), int(c))
        if len(c) not in (2, 4):
            return None
        year = _year(int(c), len(c), today)
        day, month = (int(a), int(b)) if order == DMY else (int(b), int(a))
        return dt.date(year, month, day)
    except ValueError:
        return None


def _named(text: str, today: dt.date) -> dt.date | None:
    """A date written with its month's name, in English, Spanish or French."""
    match = _NAMED.match(fold(text))
    if match is None:
        return None
    day_a, month_a, month_b, day_b, year = match.groups()
    month = _MONTHS.get(month_a or month_b or "")
    if month is None:
        return None
    try:
        return dt.date(_year(int(year), len(year), today), month, int(day_a or day_b))
    except ValueError:
        return None
