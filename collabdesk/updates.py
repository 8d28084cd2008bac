"""Is a newer CollabDesk known? Compares the version the hub publishes with this build.

The hub's operator records the latest release (``collabdesk-hub release set 0.2.0``); the
sync engine notes it in the store's meta (``hub_latest_version``), and the desktop app tells
the user to ask their IT volunteer, who carries the installer over on a USB stick if the
clinic has no usable connection. Nothing is downloaded or installed automatically.
"""

from __future__ import annotations

import re

META_LATEST = "hub_latest_version"
_VERSION = re.compile(r"^\s*v?(\d+(?:\.\d+){0,3})(?:[-+.]?([0-9A-Za-z.+-]*))?\s*$")


def parse_version(text: str) -> tuple[tuple[int, ...], bool] | None:
    """(numbers padded to four, is-final) for "0.2.0", "v1.3", "0.3.0rc1"; None if not one."""
    match = _VERSION.match(text or "")
    if not match:
        return None
    numbers = tuple(int(part) for part in match.group(1).split("."))
    return numbers + (0,) * (4 - len(numbers)), not match.group(2)


def newer_version(known: str | None, current: str) -> str | None:
    """``known`` when it is a later release than ``current``, else None.

    A pre-release (``0.3.0rc1``) counts as older than its final release; text that is not a
    version is ignored, so a mistyped hub setting never nags anyone."""
    if not known:
        return None
    theirs, ours = parse_version(known), parse_version(current)
    if theirs is None or ours is None:
        return None
    return known.strip() if theirs > ours else None
