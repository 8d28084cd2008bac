"""Reading a caseload spreadsheet: CSV (any common delimiter and encoding) or XLSX, row by row.

A CSV is streamed: its delimiter is sniffed from the first lines, it is read as UTF-8 (with or
without a byte-order mark), and a file that is not UTF-8 is read as Windows-1252, the encoding
Excel saves "CSV" in on most Western laptops, with a warning. An XLSX is read with
python-calamine (the first sheet; dates arrive as dates, numbers as numbers). Cells come out as
``str``, ``int``, ``float``, ``datetime.date`` or ``datetime.datetime``; an empty cell is ``""``.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from collabdesk.errors import ImportFailed
from collabdesk.messages import Message, msg

Cell = str | int | float | dt.date | dt.datetime
MAX_CELL_CHARS = 1024 * 1024
_SNIFF_BYTES = 64 * 1024
_DELIMITERS = ",;\t|"


@dataclass
class Table:
    """One sheet: its header, its data rows (with their 1-based spreadsheet row numbers, the
    header being row 1) and what a person should know about how it was read."""

    header: list[str]
    rows: Iterator[tuple[int, list[Cell]]]
    warnings: list[Message] = field(default_factory=list)
    size: int = 0  # how far there is to read (bytes of a CSV, rows of a sheet), for progress
    position: Callable[[], int] = lambda: 0  # how far reading has got, in the same unit


def is_spreadsheet(path: Path) -> bool:
    return path.suffix.lower() in (".xlsx", ".xlsm")


@contextlib.contextmanager
def open_table(path: Path) -> Iterator[Table]:
    """The file's first sheet, read lazily; refused with the reason if it cannot be read."""
    if not path.is_file():
        raise ImportFailed("import.file-not-found", file=path.name)
    if is_spreadsheet(path):
        with _open_xlsx(path) as table:
            yield table
    else:
        with _open_csv(path) as table:
            yield table


# -- CSV ----------------------------------------------------------------------------------------

def _encoding_of(head: bytes) -> tuple[str, Message | None]:
    """UTF-8 (BOM or not) when the start decodes as UTF-8, else Windows-1252 with a warning."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", None
    try:
        # A multi-byte character cut at the end of the sample is not an error.
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8", None
    except UnicodeDecodeError:
        return "cp1252", msg("caseload.read-as-cp1252")


def _dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS)
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        best = max(_DELIMITERS, key=first.count)

        class _Guess(csv.excel):
            delimiter = best if first.count(best) else ","
        return _Guess


class _CountingReader(io.RawIOBase):
    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.done = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        n = self.raw.readinto(buffer)  # type: ignore[attr-defined]
        self.done += n or 0
        return n or 0


@contextlib.contextmanager
def _open_csv(path: Path) -> Iterator[Table]:
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise ImportFailed("import.file-unreadable", file=path.name,
                           problem=exc.strerror or type(exc).__name__) from None
    with raw:
        head = raw.read(_SNIFF_BYTES)
        if not head.strip():
            raise ImportFailed("import.file-empty", file=path.name)
        encoding, warning = _encoding_of(head)
        sample = head.decode(encoding, errors="replace")
        dialect = _dialect(sample[: sample.rfind("\n") + 1] or sample)
        raw.seek(0)
        counting = _CountingReader(raw)
        text = io.TextIOWrapper(io.BufferedReader(counting, 1 << 16), encoding=encoding,
                                newline="", errors="strict")
        previous = csv.field_size_limit(MAX_CELL_CHARS)
        try:
            reader = csv.reader(text, dialect)
            try:
                header = [h.strip() for h in next(reader)]
            except StopIteration:
                raise ImportFailed("import.file-empty", file=path.name) from None
            if not any(header):
                raise ImportFailed("import.header-empty", file=path.name, row=1)

            def rows() -> Iterator[tuple[int, list[Cell]]]:
                number = 1
                try:
                    for record in reader:
                        number = reader.line_num
                        if any(cell.strip() for cell in record):
                            yield number, list(record)
                except UnicodeDecodeError:
                    raise ImportFailed("import.file-not-utf8", file=path.name,
                                       line=number + 1) from None
                except csv.Error as exc:
                    raise ImportFailed("import.csv-malformed", file=path.name, row=number + 1,
                                       exc=str(exc)) from None

            table = Table(header, rows(), [warning] if warning else [], path.stat().st_size)
            table.position = lambda: counting.done
            yield table
        finally:
            csv.field_size_limit(previous)


# -- XLSX ---------------------------------------------------------------------------------------

@contextlib.contextmanager
def _open_xlsx(path: Path) -> Iterator[Table]:
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        sheet = book.get_sheet_by_index(0)
        data = sheet.iter_rows()
    except Exception as exc:  # calamine raises its own kinds for zip, XML and format faults
        raise ImportFailed("caseload.xlsx-unreadable", file=path.name,
                           problem=type(exc).__name__) from None
    try:
        start = sheet.start[0] if sheet.start else 0
        header_cells: list[Any] | None = None
        number = start
        for cells in data:
            number += 1
            if any(_present(c) for c in cells):
                header_cells = cells
                break
        if header_cells is None:
            raise ImportFailed("import.file-empty", file=path.name)
        header = [_text(c).strip() for c in header_cells]
        height = max(1, sheet.height)
        first = number

        def rows() -> Iterator[tuple[int, list[Cell]]]:
            row = first
            for cells in data:
                row += 1
                done[0] = row
                if any(_present(c) for c in cells):
                    yield row, [_cell(c) for c in cells]

        done = [first]
        table = Table(header, rows(), [], height)
        table.position = lambda: done[0]
        yield table
    finally:
        with contextlib.suppress(Exception):
            book.close()


def _present(cell: object) -> bool:
    return cell is not None and cell != ""


def _text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def _cell(cell: object) -> Cell:
    if cell is None or isinstance(cell, bool):
        return "" if cell is None else str(cell).lower()
    if isinstance(cell, str | int | float | dt.date):
        return cell
    if isinstance(cell, dt.time | dt.timedelta):
        return ""  # a time of day carries nothing a client record keeps
    return str(cell)
