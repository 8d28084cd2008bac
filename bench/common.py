"""Shared pieces of the benchmarks: sizes, the cache folder, opening a store, timing.

The benchmarks open the generated store the way the app does (the real ``Store`` with its
pragmas, the real ``Session`` and services). For the encryption-overhead ratio they also open
a plaintext copy of the same store through :class:`PlainStore`, a bench-only subclass: the
app itself has no plaintext mode and never will.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import random
import resource
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from collabdesk.events import bodies
from collabdesk.events.log import EventLog
from collabdesk.services.session import Session
from collabdesk.store.db import Store, migrations
from collabdesk.vault_file import FORMAT_VERSION as VAULT_FORMAT_VERSION
from collabdesk.workspace import load_user

BENCH_DIR = Path(__file__).resolve().parent
# Generated stores and results are cached here (gitignored); tests point it at a temp folder.
OUT_DIR = Path(os.environ.get("COLLABDESK_BENCH_OUT") or BENCH_DIR / "out")
GENERATOR_VERSION = 1  # bump when generate.py would produce a different store
PASSPHRASE = "bench admin passphrase"
FULL = {"clients": 100_000, "cases": 120_000, "events": 1_000_000}


@dataclass(frozen=True)
class Params:
    scale: float = 1.0
    seed: int = 42

    @property
    def clients(self) -> int:
        return max(50, round(FULL["clients"] * self.scale))

    @property
    def cases(self) -> int:
        return max(60, round(FULL["cases"] * self.scale))

    @property
    def events(self) -> int:
        return max(500, round(FULL["events"] * self.scale))

    def key(self) -> str:
        # The store's schema is part of the key: a migration change means a fresh store.
        schema = "".join(sql for _v, _n, sql in migrations())
        text = json.dumps([GENERATOR_VERSION, self.scale, self.seed, schema,
                           VAULT_FORMAT_VERSION])
        return f"s{self.scale:g}-seed{self.seed}-{hashlib.sha256(text.encode()).hexdigest()[:8]}"

    def folder(self) -> Path:
        return OUT_DIR / self.key()


def add_common_args(parser: Any) -> None:
    parser.add_argument("--scale", type=float, default=1.0,
                        help="fraction of the full size (100k clients, 1M events); 0.01 = smoke")
    parser.add_argument("--seed", type=int, default=42)


class PlainStore(Store):
    """The same schema, pragmas and code paths, without a key: plain SQLite (bench only)."""

    @classmethod
    def open_plain(cls, path: Path) -> PlainStore:
        conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
        # The pragmas collabdesk.store.db applies after keying, minus the key.
        for pragma in ("foreign_keys = ON", "journal_mode = WAL", "synchronous = FULL",
                       "cache_size = -65536", "temp_store = MEMORY", "busy_timeout = 5000"):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        bodies.register(conn)
        return cls(Path(path), conn, b"\0" * 32)


def export_plain(store: Store, target: Path) -> None:
    """Write a plaintext copy of ``store`` (same pages' content) for the overhead ratio."""
    target.unlink(missing_ok=True)
    with store.read() as conn:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        try:
            conn.execute("SELECT sqlcipher_export('plain')")
            conn.execute(f"PRAGMA plain.user_version = {store.user_version()}")
        finally:
            conn.execute("DETACH DATABASE plain")


def scratch_copy(source: Path, mode: str) -> Path:
    """A fresh copy to measure on, so the cached store stays as generated."""
    target_dir = OUT_DIR / "scratch" / mode
    shutil.rmtree(target_dir, ignore_errors=True)
    target_dir.mkdir(parents=True)
    target = target_dir / "store.db"
    shutil.copyfile(source, target)
    # Flush the copy now: otherwise the kernel writes it back during the first timed fsyncs.
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
    os.sync()
    return target


def admin_session(store: Store) -> Session:
    user_id = store.query("SELECT id FROM users WHERE username = 'admin'")[0][0]
    return Session(store, EventLog(store), load_user(store, user_id, "admin"))


def worker_session(store: Store) -> Session:
    row = store.query("SELECT id, username FROM users WHERE roles LIKE '%worker%' "
                      "ORDER BY username LIMIT 1")[0]
    return Session(store, EventLog(store), load_user(store, row[0], row[1]))


# -- misspelt names ---------------------------------------------------------------------------

# Letters typed for one another (a sample of what search forgives; see name_search._SOUND_ALIKE).
_SOUND_ALIKE = {"j": "y", "y": "j", "c": "k", "k": "c", "s": "z", "z": "s", "v": "w", "w": "v",
                "u": "o", "o": "u", "m": "n", "n": "m", "d": "t", "t": "d"}


def misspell(rng: random.Random, word: str) -> str:
    """``word`` with one ordinary misspelling: two neighbouring letters swapped, a letter left
    out, a silent h left out, or a letter typed as one that sounds alike."""
    if len(word) < 4:
        return word + "e"
    lower = word.lower()
    silent_h = [i for i in range(1, len(lower)) if lower[i] == "h" and lower[i - 1] not in "aeiouh"]
    alike = [i for i, ch in enumerate(lower) if ch in _SOUND_ALIKE]
    kind = rng.choice(["swap", "drop"] + (["h"] if silent_h else []) + (["alike"] if alike else []))
    if kind == "swap":
        i = rng.randint(1, len(word) - 2)
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind in ("drop", "h"):
        i = rng.choice(silent_h) if kind == "h" else rng.randrange(1, len(word))
        return word[:i] + word[i + 1:]
    i = rng.choice(alike)
    other = _SOUND_ALIKE[lower[i]]
    return word[:i] + (other.upper() if word[i].isupper() else other) + word[i + 1:]


# -- timing ---------------------------------------------------------------------------------

def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (no interpolation: a reported p95 is a measured value)."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def summarize(name: str, samples_ms: list[float], **extra: Any) -> dict[str, Any]:
    return {
        "name": name, "n": len(samples_ms),
        "p50_ms": round(percentile(samples_ms, 50), 3),
        "p95_ms": round(percentile(samples_ms, 95), 3),
        "max_ms": round(max(samples_ms), 3) if samples_ms else math.nan,
        "total_ms": round(sum(samples_ms), 3), **extra,
    }


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    box: list[float] = []
    start = time.perf_counter()
    try:
        yield box
    finally:
        box.append((time.perf_counter() - start) * 1000)


def peak_rss_mib_self() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def emit(result: dict[str, Any]) -> None:
    """One JSON line per figure on stdout: the runner collects these."""
    print("RESULT " + json.dumps(result, sort_keys=True), flush=True)


def python_path_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(BENCH_DIR), env.get("PYTHONPATH")]))
    return env


def interpreter() -> str:
    return sys.executable
