"""The cycle collector's pause during bulk work: nesting, threads, and what it was before."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest

from collabdesk import gcpause


@pytest.fixture(autouse=True)
def collecting() -> Iterator[None]:
    assert gcpause._depth == 0
    gc.enable()
    yield
    gcpause._depth = 0  # a failed test must not leave a pause open for the next
    gc.enable()


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the collector frees it


def test_pauses_nest_and_the_last_resume_collects_what_waited() -> None:
    gcpause.pause()
    gcpause.pause()
    assert not gc.isenabled()
    node = weakref.ref(_Node())
    gcpause.resume()
    assert not gc.isenabled() and node() is not None  # one pause is still open
    gcpause.resume()
    assert gc.isenabled() and node() is None


def test_an_error_in_a_paused_block_ends_the_pause() -> None:
    with pytest.raises(ValueError), gcpause.paused():
        assert not gc.isenabled()
        raise ValueError("the bulk work failed")
    assert gc.isenabled() and gcpause._depth == 0


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
    try:
        assert paused.wait(10)
        gcpause.pause()
        gcpause.resume()  # this thread's pause ends first: the other's still holds
        assert not gc.isenabled()
    finally:
        release.set()
        worker.join(10)
    assert gc.isenabled() and gcpause._depth == 0
