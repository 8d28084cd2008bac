"""Hybrid logical clock: timestamps that order events across devices with skewed clocks.

An HLC value is a fixed-width string ``{wall_ms:012x}{counter:04x}{node}`` so that plain
string comparison is the total order: wall time first, then the logical counter, then the
node id as a tie-breaker. A device's clock may be wrong by a day or more; the HLC still
orders an event after every event its device had seen when it was made.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable

_WALL_DIGITS = 12
_COUNTER_DIGITS = 4
_NODE_DIGITS = 16
_MAX_COUNTER = 16**_COUNTER_DIGITS - 1
# How far ahead of our own clock a remote timestamp may be. Laptops' clocks drift by hours,
# sometimes a day or two; a week ahead is a broken clock or a hostile sender, and adopting it
# would push every later edit of ours behind it.
MAX_AHEAD_MS = 7 * 24 * 3600 * 1000


class ClockTooFarAhead(ValueError):
    pass


def encode(wall_ms: int, counter: int, node: str) -> str:
    return f"{wall_ms:0{_WALL_DIGITS}x}{counter:0{_COUNTER_DIGITS}x}{node}"


def decode(value: str) -> tuple[int, int, str]:
    wall = int(value[:_WALL_DIGITS], 16)
    counter = int(value[_WALL_DIGITS:_WALL_DIGITS + _COUNTER_DIGITS], 16)
    return wall, counter, value[_WALL_DIGITS + _COUNTER_DIGITS:]


def wall_ms_of(value: str) -> int:
    return int(value[:_WALL_DIGITS], 16)


def node_from_device(device_id: str) -> str:
    node = "".join(ch for ch in device_id.lower() if ch in "0123456789abcdef")[:_NODE_DIGITS]
    if len(node) != _NODE_DIGITS:
        raise ValueError("a device id needs at least 16 hex digits")
    return node


class Clock:
    """One device's HLC. Thread-safe; ``observe`` folds in timestamps of remote events."""

    def __init__(self, device_id: str, *, wall: Callable[[], float] = time.time,
                 last: str | None = None) -> None:
        self.node = node_from_device(device_id)
        self._wall = wall
        self._lock = threading.Lock()
        self._last_ms, self._counter = (0, 0)
        if last:
            self._last_ms, self._counter, _ = decode(last)

    def now(self) -> str:
        with self._lock:
            wall = int(self._wall() * 1000)
            if wall > self._last_ms:
                self._last_ms, self._counter = wall, 0
            else:
                self._counter += 1
                if self._counter > _MAX_COUNTER:
                    # Borrow a millisecond rather than overflow the counter.
                    self._last_ms, self._counter = self._last_ms + 1, 0
            return encode(self._last_ms, self._counter, self.node)

    def observe(self, remote: str) -> None:
        self.observe_all((remote,))

    def observe_all(self, remotes: Iterable[str]) -> None:
        """Observe every one of ``remotes`` (a batch of events): the same as observing each
        in turn, with one look at the wall clock. Raises ValueError for a malformed one and
        ClockTooFarAhead, before anything is observed, if any is too far ahead."""
        latest = max((decode(remote)[:2] for remote in remotes), default=None)
        if latest is None:
            return
        if latest[0] > int(self._wall() * 1000) + MAX_AHEAD_MS:
            raise ClockTooFarAhead(
                "a change from another device is dated more than a week ahead of this laptop's "
                "clock; it was refused (check both clocks)")
        with self._lock:
            if latest > (self._last_ms, self._counter):
                self._last_ms, self._counter = latest
