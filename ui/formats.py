"""How the desktop shows dates and moments, and words from the data, the same way everywhere.

The month is written in words and the year in full ("8 Oct 1979", "8 oct. 1979"), so a date
of birth cannot be misread as the 10th of August, nor 1979 as 2079, whichever country the
reader learnt dates in. Moments add the time of day in the laptop's time zone.

Qt reads an "&" in a button, check box, radio button, group box title, tab, action or menu,
and in a caption with a buddy, as the mark of an Alt+letter. Words from the data put into
such a text — a partner's name, a form's title, a question, an option — go through
:func:`literal`, so "Food & housing" shows as written and takes no letter;
:func:`spoken` gives such a text's words back for a screen reader.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

DATE_FORMAT = "d MMM yyyy"


def fmt_date(day: dt.date | None) -> str:
    """A date in the user's language: "8 Oct 1979" ("" for none)."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), DATE_FORMAT)


def fmt_moment(moment: dt.datetime | None) -> str:
    """A moment in the laptop's time zone: "8 Oct 1979 14:05" ("" for none)."""
    if moment is None:
        return ""
    local = moment.astimezone()
    return f"{fmt_date(local.date())} {local:%H:%M}"


def fmt_iso_moment(iso_text: str | None) -> str:
    """An ISO 8601 time as :func:`fmt_moment` shows it ("" if missing or malformed)."""
    try:
        moment = dt.datetime.fromisoformat((iso_text or "").replace("Z", "+00:00"))
    except ValueError:
        return ""
    return fmt_moment(moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC))


def literal(text: str) -> str:
    """``text`` (a name, a title, an answer…) for a text Qt reads Alt+letters from: each "&"
    doubled, so it shows as one "&" and marks no letter. Translated words keep their own
    "&"; only what is put into them goes through here."""
    return text.replace("&", "&&")


def spoken(text: str) -> str:
    """The words of a text with an Alt+letter, as a screen reader should say them: without
    its "&" mark, and each "&&" (an ampersand of the data) as "&"."""
    return "&".join(part.replace("&", "") for part in text.split("&&"))
