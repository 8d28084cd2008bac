"""A made-up spreadsheet of an agency's earlier clients, for the demo, the tests and the benchmark.

Names come from the demo's pools (:data:`collabdesk.demo_content.CULTURES`). The sheet is what such
files look like: Spanish or English headers, dates as text (day first, or all of them
ambiguous), as real spreadsheet dates or as Excel serial numbers, gender in words, a case
programme, need and worker per client, and the faults people make: the same person entered
twice (accents dropped, phone written another way), people already registered here, and a few
broken rows (an impossible date, an unknown gender, a worker who does not exist, no name).
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from collabdesk.demo_content import CULTURES, WORKERS

HEADERS = {
    "es": ("Nombre", "Apellidos", "Fecha de nacimiento", "Sexo", "Teléfono", "Correo",
           "Dirección", "Idioma", "Nº expediente", "Programa", "Fecha de ingreso", "Necesidad",
           "Trabajador"),
    "en": ("First name", "Last name", "Date of birth", "Gender", "Phone", "Email", "Address",
           "Language", "Client ID", "Program", "Intake date", "Need", "Worker"),
}
_GENDER_WORDS = {"es": ("Mujer", "Hombre"), "en": ("Female", "Male")}
_NEEDS = {"es": ("Vivienda", "Alimentación", "Salud", "Empleo", "Salud mental", "Legal"),
          "en": ("Housing", "Food", "Health", "Employment", "Mental health", "Legal")}
_PROGRAMS = {"es": ("Acogida", "Apoyo a familias", "Vivienda primero"),
             "en": ("Intake", "Family support", "Housing first")}
_STREETS = ("Calle Mayor", "Riverside Ave", "Mill Street", "Avenida del Puerto", "Elm Court")


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    dob: dt.date
    female: bool
    phone: str


@dataclass
class Sample:
    path: Path
    rows: int
    file_duplicates: dict[int, int] = field(default_factory=dict)  # row -> the row it repeats
    known: dict[int, Person] = field(default_factory=dict)  # row -> an existing client's person
    broken: dict[int, str] = field(default_factory=dict)  # row -> the column at fault


def people(count: int, seed: int) -> list[Person]:
    """``count`` made-up people (the clients already registered, or the sheet's)."""
    rng = random.Random(seed)
    weights = [c.weight for c in CULTURES]
    out = []
    for i in range(count):
        culture = rng.choices(CULTURES, weights)[0]
        female = rng.random() < 0.55
        given = rng.choice(culture.female if female else culture.male)
        dob = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 66))
        phone = f"+1 555 {rng.randrange(100, 999)} {i % 10_000:04d}"
        out.append(Person(given, rng.choice(culture.family), dob, female, phone))
    return out


def _strip_accents(text: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch))


def write(path: Path, rows: int, *, seed: int = 3, language: str = "es",
          known: Sequence[Person] = (), ambiguous: bool = False, faults: bool = True) -> Sample:
    """Write the sheet (.csv or .xlsx by ``path``'s suffix). ``known`` people appear again
    (each once, spread through the sheet); every 50th row repeats an earlier one; with
    ``faults`` every 100th row is broken. ``ambiguous`` keeps every text date's day and month
    at 12 or under, so the file's order cannot be told from it."""
    rng = random.Random(seed)
    crowd = people(rows, seed + 1)
    sample = Sample(path, rows)
    out: list[list[object]] = []
    spots = rng.sample(range(10, rows), min(len(known), max(0, rows - 10))) if known else []
    known_at = dict(zip(spots, known, strict=False))
    for index in range(rows):
        number = index + 2  # the header is row 1
        person = crowd[index]
        if index in known_at:
            person = known_at[index]
            sample.known[number] = person
        elif index % 50 == 49:
            earlier = rng.randrange(0, index)
            while earlier + 2 in sample.broken:
                earlier = rng.randrange(0, index)
            sample.file_duplicates[number] = earlier + 2
            twin = out[earlier]
            person = Person(_strip_accents(str(twin[0])), _strip_accents(str(twin[1])),
                            _dob_of(twin[2]), twin[3] == _GENDER_WORDS[language][0],
                            str(twin[4]).replace(" ", "-"))
        if ambiguous and person.dob.day > 12:
            person = Person(person.given, person.family, person.dob.replace(day=person.dob.day
                                                                          % 12 + 1),
                            person.female, person.phone)
        opened = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 2000))
        row: list[object] = [
            person.given, person.family, person.dob,
            _GENDER_WORDS[language][0 if person.female else 1], person.phone,
            f"{''.join(filter(str.isalnum, _strip_accents(person.given).lower()))}.{index}"
            "@example.org"
            if rng.random() < 0.3 else "",
            f"{rng.randrange(1, 300)} {rng.choice(_STREETS)}",
            rng.choice(("Spanish", "English", "French")), f"EXP-{10_000 + index}",
            rng.choice(_PROGRAMS[language]), opened, rng.choice(_NEEDS[language]),
            rng.choice(WORKERS)]
        if faults and index % 100 == 98 and number not in sample.file_duplicates \
                and number not in sample.known:
            kind = (index // 100) % 4
            column = (2, 3, 12, 0)[kind]
            row[column] = ("1985-02-31", "zz", "nobody", "")[kind]
            if kind == 3:
                row[1] = ""
            sample.broken[number] = HEADERS[language][column]
        out.append(row)
    header = HEADERS[language]
    if path.suffix.lower() == ".xlsx":
        _write_xlsx(path, header, out)
    else:
        _write_csv(path, header, out, ambiguous)
    return sample


def _dob_of(cell: object) -> dt.date:
    return cell if isinstance(cell, dt.date) else dt.date(1980, 1, 1)


def _text_date(day: object) -> object:
    return day.strftime("%d/%m/%Y") if isinstance(day, dt.date) else day


def _write_csv(path: Path, header: tuple[str, ...], rows: list[list[object]],
               ambiguous: bool) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(header)
        for row in rows:
            writer.writerow([_text_date(c) for c in row])


def _write_xlsx(path: Path, header: tuple[str, ...], rows: list[list[object]]) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Clientes")
    date_format = book.add_format({"num_format": "dd/mm/yyyy"})
    sheet.write_row(0, 0, header)
    epoch = dt.date(1899, 12, 30)
    for r, row in enumerate(rows, start=1):
        for c, cell in enumerate(row):
            if c == 2 and isinstance(cell, dt.date):
                if r % 3 == 0:
                    sheet.write_string(r, c, cell.strftime("%d/%m/%Y"))  # typed as text
                else:
                    sheet.write_datetime(r, c, dt.datetime.combine(cell, dt.time()),
                                         date_format)
            elif c == 10 and isinstance(cell, dt.date):
                sheet.write_number(r, c, (cell - epoch).days)  # a serial pasted as a number
            else:
                sheet.write(r, c, cell if not isinstance(cell, dt.date) else str(cell))
    book.close()
