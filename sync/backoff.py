"""When to sync next: exponential backoff with full jitter, and a small scheduler.

Pure and clock-injected: the desktop drives it from a timer through its task runner (no
threads or Qt here). After a sync that worked, the next one is due after a regular interval;
while the hub does not answer, the wait grows exponentially up to a cap, with full jitter so
that many laptops coming back online at once do not hit the hub in step.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

DEFAULT_INTERVAL = 300.0
DEFAULT_BASE = 5.0
DEFAULT_CAP = 900.0


def backoff_delay(attempt: int, *, base: float = DEFAULT_BASE, cap: float = DEFAULT_CAP,
                  rand: Callable[[], float] = random.random) -> float:
    """Seconds to wait before retry number ``attempt`` (0 = the first retry).

    Full jitter: uniformly between 0 and min(cap, base * 2**attempt).
    """
    if attempt < 0:
        raise ValueError("attempt must be 0 or more")
    ceiling = min(cap, base * 2 ** min(attempt, 62))
    return rand() * ceiling


class Scheduler:
    """Says when the next background sync is due.

    ``record_success`` after a sync that reached the hub; ``record_unreachable`` after
    HubUnreachable (backoff); ``record_failure`` after another error (backoff as well, so a
    broken hub is not hammered); ``stop`` after DeviceRevoked (no more syncs).
    """

    def __init__(self, *, interval: float = DEFAULT_INTERVAL, base: float = DEFAULT_BASE,
                 cap: float = DEFAULT_CAP, clock: Callable[[], float] = time.monotonic,
                 rand: Callable[[], float] = random.random) -> None:
        self.interval, self.base, self.cap = interval, base, cap
        self.clock, self.rand = clock, rand
        self.failures = 0
        self.stopped = False
        self.next_due: float | None = clock()  # the first sync is due at once

    def record_success(self) -> None:
        self.failures = 0
        if not self.stopped:
            self.next_due = self.clock() + self.interval

    def _back_off(self) -> None:
        delay = backoff_delay(self.failures, base=self.base, cap=self.cap, rand=self.rand)
        self.failures += 1
        if not self.stopped:
            self.next_due = self.clock() + delay

    def record_unreachable(self) -> None:
        self._back_off()

    def record_failure(self) -> None:
        self._back_off()

    def request_now(self) -> None:
        """The user asked for a sync (or the network came back): due immediately."""
        if not self.stopped:
            self.next_due = self.clock()

    def stop(self) -> None:
        self.stopped = True
        self.next_due = None

    def due_in(self) -> float | None:
        """Seconds until the next sync (0 if due now); None once stopped."""
        if self.next_due is None:
            return None
        return max(0.0, self.next_due - self.clock())

    def is_due(self) -> bool:
        wait = self.due_in()
        return wait is not None and wait <= 0
