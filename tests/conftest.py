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
