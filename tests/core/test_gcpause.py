"""The cycle collector's pause during bulk writes: nesting, threads, and what it was before."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from collabdesk import gcpause


@pytest.fixture(autouse=True)
def collecting() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def test_pauses_nest_and_the_last_resume_collects_what_waited() -> None:
    gcpause.pause()
    gcpause.pause()
    assert not gc.isenabled()
    cycle: list[object] = []
    cycle.append(cycle)
    del cycle
    gcpause.resume()
    assert not gc.isenabled()  # one pause is still open
    before = gc.get_count()[0]
    gcpause.resume()
    assert gc.isenabled() and gc.get_count()[0] <= before
    assert gc.garbage == []


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()
    gcpause.pause()
    gcpause.resume()
    assert not gc.isenabled()


def test_resume_without_pause_is_refused() -> None:
    with pytest.raises(RuntimeError):
        gcpause.resume()
    assert gc.isenabled()


def test_pauses_from_two_threads_end_when_both_have_ended() -> None:
    paused, release = threading.Event(), threading.Event()

    def other() -> None:
        gcpause.pause()
        paused.set()
        release.wait(10)
        gcpause.resume()

    worker = threading.Thread(target=other)
    worker.start()
    assert paused.wait(10)
    gcpause.pause()
    gcpause.resume()  # this thread's pause ends first: the other's still holds
    assert not gc.isenabled()
    release.set()
    worker.join(10)
    assert gc.isenabled()
