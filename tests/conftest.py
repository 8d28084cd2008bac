"""Test-wide setup: Qt runs offscreen, and nothing here needs a display or standard input."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest


@pytest.fixture
def small_disk(tmp_path):
    """A real 12 MB filesystem mounted for this test (see tests/support/smalldisk.py)."""
    from tests.support.smalldisk import mount_small_disk

    with mount_small_disk(tmp_path / "disk") as disk:
        yield disk


@pytest.fixture(autouse=True)
def _no_pause_of_the_cycle_collector_outlives_a_test():
    """Bulk work pauses Python's cycle collector (collabdesk/gcpause.py); every path out of
    it, an error included, must end the pause."""
    import gc

    from collabdesk import gcpause

    yield
    left, gcpause._depth = gcpause._depth, 0
    on = gc.isenabled()
    gc.enable()
    assert left == 0 and on, "a pause of the cycle collector outlived the test"
