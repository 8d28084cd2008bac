"""Python's cycle collector paused while many records are read or written at once.

A catch-up pull, a snapshot restore or a caseload import makes millions of short-lived
containers (parsed envelopes, events, rows, a sheet's cells), none of them in a reference
cycle: reference counting frees every one. The cycle collector still runs every few hundred
allocations, and each of its full passes walks every object the process holds: 6–8 s of a
58-s million-event replay, 4–5 s of a 33-s import of 50,000 rows (docs/performance.md).
Paused, nothing is lost: garbage in cycles (from any thread) waits until the last pause
ends, when one collection takes it.

Pauses nest and may come from several threads: the collector runs again when the last one
ends, and only if it ran before the first began (then nothing is collected at the end
either); turning it off or on meanwhile is undone by the last resume.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_depth = 0
_was_enabled = False


def pause() -> None:
    """Pause the collector until the matching :func:`resume`."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1


def resume() -> None:
    """End a :func:`pause`; the last one lets the collector run again and collects once."""
    global _depth
    with _lock:
        if _depth == 0:
            raise RuntimeError("resume() without pause()")
        _depth -= 1
        if _depth or not _was_enabled:
            return
        gc.enable()
    gc.collect()


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector paused for the ``with`` block."""
    pause()
    try:
        yield
    finally:
        resume()
