"""Python's cycle collector paused while a whole agency is written in.

A catch-up pull or a snapshot restore makes millions of short-lived containers (parsed
envelopes, events, rows), none of them in a reference cycle: reference counting frees every
one. The cycle collector still runs every few hundred allocations, and each of its full
passes walks every object the process holds; over a million-event replay that was 6–8 s of
about 58 (docs/performance.md). Paused, nothing is lost: garbage in cycles (from any thread)
waits until the last pause ends, when one collection takes it.

Pauses nest and may come from several threads: the collector runs again when the last one
ends, and only if it ran before the first began.
"""

from __future__ import annotations

import gc
import threading

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
