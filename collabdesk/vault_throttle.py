"""The vault's guard against guessing: failed sign-ins counted per key slot, in a small file
beside the vault, and the wait each further attempt needs (a few free attempts, then a
delay that doubles, capped)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from collabdesk.errors import DiskProblem
from collabdesk.fsutil import atomic_write_bytes

Clock = Callable[[], float]  # seconds since the epoch (time.time; tests pass their own)
THROTTLE_FORMAT_NAME = "collabdesk-vault-throttle"
# Free attempts, then 2**(n - FREE) seconds, capped.
FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 300.0


def _delay_for(failures: int) -> float:
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(2.0 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS)


class Throttle:
    """Failed-attempt counts per slot, persisted beside the vault.

    If the record cannot be saved (read-only or full disk) the count is kept in memory so this
    process still slows down; a damaged record file is treated as empty.
    """

    def __init__(self, path: Path, clock: Clock) -> None:
        self.path = path
        self._clock = clock
        self._unsaved: dict[str, tuple[int, float]] = {}

    def _read(self) -> dict[str, tuple[int, float]]:
        records: dict[str, tuple[int, float]] = {}
        try:
            doc = json.loads(self.path.read_bytes())
            raw = doc["records"] if doc.get("format") == THROTTLE_FORMAT_NAME else {}
            for key, rec in raw.items():
                failures, last = int(rec["failures"]), float(rec["last_failure"])
                if failures > 0:
                    records[str(key)] = (failures, last)
        except FileNotFoundError:
            pass
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            records = {}
        for key, rec in self._unsaved.items():
            if rec[0] > records.get(key, (0, 0.0))[0]:
                records[key] = rec
        return records

    def _write(self, records: dict[str, tuple[int, float]]) -> None:
        doc = {
            "format": THROTTLE_FORMAT_NAME,
            "version": 1,
            "records": {k: {"failures": n, "last_failure": t} for k, (n, t) in records.items()},
        }
        try:
            atomic_write_bytes(self.path, (json.dumps(doc, indent=2) + "\n").encode())
        except (OSError, DiskProblem):
            self._unsaved = dict(records)
        else:
            self._unsaved = {}

    def retry_after(self, key: str) -> float:
        failures, last = self._read().get(key, (0, 0.0))
        delay = _delay_for(failures)
        if delay == 0.0:
            return 0.0
        # min(): a clock set backwards must not lock someone out for longer than the delay.
        return max(0.0, min(delay, last + delay - self._clock()))

    def failures(self, key: str) -> int:
        return self._read().get(key, (0, 0.0))[0]

    def record_failure(self, key: str) -> None:
        records = self._read()
        records[key] = (records.get(key, (0, 0.0))[0] + 1, self._clock())
        self._write(records)

    def reset(self, key: str) -> None:
        records = self._read()
        if key in records:
            del records[key]
            self._write(records)


def throttle_path_for(vault_path: Path) -> Path:
    """Where the failed-attempt record of the vault at ``vault_path`` is kept."""
    return vault_path.with_name(vault_path.stem + ".throttle.json")
