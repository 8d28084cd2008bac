"""Moments and days as the store keeps them: the one place they are made, written and read.

The store, the event log, the sync engine and the monthly summary all write a moment as UTC
text of one fixed shape (``2026-10-04T09:30:00Z``), so SQL compares them as plain text and
the order of the text is the order in time. Days are ISO dates (``2026-10-04``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import zoneinfo


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def iso(moment: dt.datetime) -> str:
    """``moment`` as the store's UTC text, to the second."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> dt.datetime:
    """A moment written by :func:`iso` (or any ISO 8601 moment); ValueError if it is none."""
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def parse_moment(text: str | None) -> dt.datetime | None:
    """Like :func:`parse_iso`, for a column or meta key that may be empty."""
    return parse_iso(text) if text else None


def parse_day(text: str | None) -> dt.date | None:
    """The day of an ISO date, or of the date part of a moment; None when empty."""
    return dt.date.fromisoformat(text[:10]) if text else None


def from_millis(ms: int) -> dt.datetime:
    """The UTC moment of ``ms`` milliseconds since the Unix epoch (e.g. an HLC's wall time)."""
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC)


def zone_for(name: str | None) -> dt.tzinfo:
    """The agency's time zone setting (an IANA name), or the laptop's own when it is unset
    or unknown."""
    if name:
        with contextlib.suppress(zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo(name)
    return dt.datetime.now().astimezone().tzinfo or dt.UTC
