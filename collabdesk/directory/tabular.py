"""Reading the files of a directory import: CSV tables, package folders and zips, JSON text.

:mod:`collabdesk.directory.hsds` knows what HSDS tables mean; this module only turns bytes into
rows, within limits, and names the file, row and column of anything malformed. CSV files are
streamed, so a regional directory's 65 MB ``services.csv`` costs memory for its rows, not for
its text twice over; JSON documents are read whole (the parser needs them whole) under a lower
limit. The limits are documented in ``docs/directory.md``.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO

from collabdesk.diskspace import size_message
from collabdesk.errors import ImportFailed
from collabdesk.progress import Cancelled, Progress, check, report

MAX_FILE_BYTES = 1024 * 1024 * 1024
"""Largest CSV file (or zip member) accepted; it is streamed, so this bounds time, not memory."""

MAX_JSON_BYTES = 256 * 1024 * 1024
"""Largest JSON document accepted; it is parsed whole, so this bounds memory."""

MAX_ZIP_TOTAL_BYTES = 4 * MAX_FILE_BYTES
MAX_ZIP_MEMBERS = 5000

MAX_CELL_CHARS = 1024 * 1024
"""Longest single value. Python's csv module stops at 131,072 characters; a service's
description pasted from a long web page can be longer, and is still one value."""

ROW_BATCH = 128  # rows between progress reports / cancellation checks


# --------------------------------------------------------------------------- progress


class Tracker:
    """Reports progress in bytes read (plus one final step) and honours cancellation."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self.total = 1
        self.done = 0

    def start(self, total: int) -> None:
        self.total = max(1, total)
        self.check()
        report(self._progress, 0, self.total)

    def check(self) -> None:
        check(self._cancelled)

    def advance_to(self, done: int) -> None:
        done = min(done, self.total)
        if done > self.done:
            self.done = done
            report(self._progress, done, self.total)

    def finish(self) -> None:
        self.check()
        self.advance_to(self.total)


# --------------------------------------------------------------------------- tables


@dataclass
class Row:
    values: dict[str, str]
    number: int | None = None  # spreadsheet row (CSV); None for JSON
    path: str = ""  # JSON location, e.g. "$.contents[0].organization"

    def get(self, column: str) -> str:
        return self.values.get(column, "")


@dataclass
class Table:
    file: str
    rows: list[Row] = field(default_factory=list)
    columns: set[str] | None = None  # None: JSON objects, where a missing key means empty

    def carried(self) -> set[str]:
        """The columns this file actually carries: its header, or for JSON every key that
        some row has. A column the file does not carry must not blank what is stored."""
        if self.columns is not None:
            return set(self.columns)
        return {key for row in self.rows for key in row.values}


def fail(code: str, table: Table, row: Row | None = None,
         column: str | None = None, **params: object) -> ImportFailed:
    return ImportFailed(code, file=table.file, row=row.number if row is not None else None,
                        column=column, at=row.path if row is not None else None, **params)


@contextlib.contextmanager
def _csv_cells_up_to(limit: int) -> Iterator[None]:
    # The limit is the csv module's global; our own per-cell check names the column instead.
    previous = csv.field_size_limit()
    csv.field_size_limit(max(previous, limit))
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def parse_csv(stream: LimitedStream, file: str, tracker: Tracker, base: int) -> Table:
    """Parse one CSV file as it is read; ``base`` is the progress position where it starts."""
    # surrogateescape keeps invalid bytes visible per cell, so the error can name
    # the row and column instead of only a byte offset.
    text = io.TextIOWrapper(io.BufferedReader(stream), encoding="utf-8-sig",
                            errors="surrogateescape", newline="")
    record: list[str] = []  # the lines of the row being read, to place a cut-off value

    def lines() -> Iterator[str]:
        for line in text:
            record.append(line)
            yield line

    table = Table(file=file)
    reader = csv.reader(lines(), strict=True)
    header: list[str] = []
    number = 0
    with _csv_cells_up_to(MAX_CELL_CHARS + 1):
        try:
            for number, cells in enumerate(reader, start=1):
                ended_cleanly = bool(record) and record[-1].endswith(("\n", "\r"))
                record.clear()
                _check_cells(cells, header, table, number)
                if number == 1:
                    header = _read_header(cells, table)
                    if not any(header):
                        raise ImportFailed("import.header-empty", file=file, row=1)
                    table.columns = {name for name in header if name}
                    continue
                if number % ROW_BATCH == 0:
                    tracker.check()
                    tracker.advance_to(base + stream.count)
                if not any(cell.strip() for cell in cells):
                    continue  # blank line
                if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
                    raise ImportFailed(
                        "import.row-width-mismatch",
                        file=file, row=number, values=len(cells), columns=len(header))
                if not ended_cleanly and len(cells) < len(header):
                    # The last line stops short of its columns with no line end: the file
                    # was cut (an interrupted download or copy), not written that way.
                    raise ImportFailed("import.csv-truncated", file=file, row=number,
                                       column=_column_name(header, len(cells) - 1))
                values = {
                    name: cells[i].strip() if i < len(cells) else ""
                    for i, name in enumerate(header) if name
                }
                table.rows.append(Row(values, number=number))
        except csv.Error as exc:
            column = _column_name(header, _open_cell_index(record)) if header else None
            if "end of data" in str(exc) or "EOF" in str(exc):
                raise ImportFailed("import.csv-truncated", file=file, row=number + 1,
                                   column=column) from None
            raise ImportFailed("import.csv-malformed", file=file, row=number + 1,
                               column=column, exc=exc) from None
        except UnicodeDecodeError as exc:  # only from a stream that lies about its encoding
            raise ImportFailed("import.csv-malformed", file=file, row=number + 1,
                               exc=exc) from None
    if not header:
        raise ImportFailed("import.file-empty", file=file, row=1)
    return table


def _column_name(header: list[str], index: int) -> str:
    index = max(index, 0)
    return header[index] if index < len(header) and header[index] else f"#{index + 1}"


def _open_cell_index(record: list[str]) -> int:
    """Which cell a broken row was in when reading stopped: the row's text, with the quote it
    left open closed, parsed leniently."""
    partial = "".join(record)
    try:
        cells = next(csv.reader([partial + '"'], strict=False), [])
    except csv.Error:
        return 0
    return max(len(cells) - 1, 0)


def _check_cells(cells: list[str], header: list[str], table: Table, number: int) -> None:
    joined = "\x1f".join(cells)
    if len(joined) > MAX_CELL_CHARS:
        for i, cell in enumerate(cells):
            if len(cell) > MAX_CELL_CHARS:
                raise ImportFailed("import.cell-too-long", file=table.file, row=number,
                                   column=_column_name(header, i), length=len(cell),
                                   most=MAX_CELL_CHARS)
    bad_text = "\x00" in joined
    if not bad_text:
        try:
            joined.encode("utf-8")
        except UnicodeEncodeError:
            bad_text = True
    if not bad_text:
        return
    for i, cell in enumerate(cells):
        column = _column_name(header, i)
        if "\x00" in cell:
            raise ImportFailed("import.nul-byte",
                               file=table.file, row=number, column=column)
        try:
            cell.encode("utf-8")
        except UnicodeEncodeError:
            raise ImportFailed("import.value-not-utf8",
                               file=table.file, row=number, column=column) from None


def _read_header(cells: list[str], table: Table) -> list[str]:
    header = [cell.strip().lstrip("\ufeff").strip().lower() for cell in cells]
    seen: set[str] = set()
    for name in header:
        if name and name in seen:
            raise ImportFailed("import.column-duplicated", file=table.file,
                               row=1, column=name)
        seen.add(name)
    return header


# --------------------------------------------------------------------------- packages


class LimitedStream(io.RawIOBase):
    """A binary stream that refuses to read past ``limit`` bytes (a zip member's declared
    size is not to be trusted) and turns the source's read errors into ``ImportFailed``."""

    def __init__(self, raw: IO[bytes], limit: int, label: str,
                 on_error: Callable[[BaseException], ImportFailed]) -> None:
        self.raw, self.limit, self.label, self.on_error = raw, limit, label, on_error
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            data = self.raw.read(len(buffer))
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError,
                NotImplementedError) as exc:
            raise self.on_error(exc) from None
        self.count += len(data)
        if self.count > self.limit:
            raise too_big(self.count, self.limit, self.label)
        buffer[:len(data)] = data
        return len(data)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.raw.close()
        super().close()


class Package:
    """Files of a tabular package, addressed by paths relative to its folder."""

    def __init__(self, label: str, max_bytes: int) -> None:
        self.label = label
        self.max_bytes = max_bytes

    def file_label(self, rel: str) -> str:
        return rel

    def size(self, rel: str) -> int | None:  # None: no such file
        raise NotImplementedError

    def open(self, rel: str) -> LimitedStream:
        raise NotImplementedError

    def read(self, rel: str, limit: int) -> bytes:
        size = self.size(rel)
        if size is not None and size > limit:
            raise too_big(size, limit, self.file_label(rel))
        with self.open(rel) as stream:
            stream.limit = min(stream.limit, limit)
            return stream.read()


class FolderPackage(Package):
    def __init__(self, root: Path, max_bytes: int) -> None:
        super().__init__(root.name, max_bytes)
        self.root = root
        self.real_root = root.resolve()

    def _path(self, rel: str) -> Path:
        path = self.root / rel
        if not path.resolve().is_relative_to(self.real_root):
            raise ImportFailed("import.file-outside-package",
                               file=rel)
        return path

    def size(self, rel: str) -> int | None:
        path = self._path(rel)
        return path.stat().st_size if path.is_file() else None

    def open(self, rel: str) -> LimitedStream:
        return open_file(self._path(rel), rel, self.max_bytes)


class ZipPackage(Package):
    def __init__(self, archive: zipfile.ZipFile, zip_name: str, base: str,
                 members: dict[str, zipfile.ZipInfo], max_bytes: int) -> None:
        super().__init__(zip_name, max_bytes)
        self.archive = archive
        self.base = base
        self.members = members

    def _name(self, rel: str) -> str:
        return f"{self.base}/{rel}" if self.base else rel

    def file_label(self, rel: str) -> str:
        return f"{self.label}/{self._name(rel)}"

    def size(self, rel: str) -> int | None:
        info = self.members.get(self._name(rel))
        return info.file_size if info is not None else None

    def open(self, rel: str) -> LimitedStream:
        return open_zip_member(self.archive, self.members[self._name(rel)],
                               self.file_label(rel), self.max_bytes)


def too_big(size: int, limit: int, label: str) -> ImportFailed:
    return ImportFailed("import.file-too-large",
                        file=label, size=size_message(size), limit=size_message(limit))


def open_file(path: Path, label: str, limit: int) -> LimitedStream:
    def unreadable(exc: BaseException) -> ImportFailed:
        problem = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        return ImportFailed("import.file-unreadable", file=label, problem=problem)

    try:
        size = path.stat().st_size
        if size > limit:
            raise too_big(size, limit, label)
        raw = path.open("rb")
    except FileNotFoundError:
        raise ImportFailed("import.file-not-found", file=label) from None
    except OSError as exc:
        raise unreadable(exc) from None
    return LimitedStream(raw, limit, label, unreadable)  # the file may grow after stat()


def read_file(path: Path, label: str, limit: int) -> bytes:
    with open_file(path, label, limit) as stream:
        return stream.read()


def open_zip_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str,
                    limit: int) -> LimitedStream:
    def damaged(exc: BaseException) -> ImportFailed:
        if isinstance(exc, RuntimeError | NotImplementedError):  # encrypted / unsupported
            return ImportFailed("import.zip-entry-unreadable", file=label, exc=exc)
        return ImportFailed("import.zip-entry-damaged", file=label, exc=exc)

    if info.file_size > limit:
        raise too_big(info.file_size, limit, label)
    try:
        raw = archive.open(info)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError,
            NotImplementedError) as exc:
        raise damaged(exc) from None
    return LimitedStream(raw, limit, label, damaged)


def read_zip_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str,
                    limit: int) -> bytes:
    with open_zip_member(archive, info, label, limit) as stream:
        return stream.read()


def safe_member_name(name: str) -> str | None:
    """Normalised member path, or None when it would escape the extraction folder."""
    norm = name.replace("\\", "/")
    path = PurePosixPath(norm)
    if norm.startswith("/") or re.match(r"^[A-Za-z]:", norm) or ".." in path.parts:
        return None
    return "/".join(part for part in path.parts if part not in ("", "."))


def parse_json(data: bytes, label: str) -> object:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportFailed("import.file-not-utf8",
                           file=label, line=line) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFailed("import.file-not-json",
                           file=label, problem=exc.msg, lineno=exc.lineno,
                           colno=exc.colno) from None
    except RecursionError:
        raise ImportFailed("import.json-too-deep", file=label) from None
