"""A full disk during sync, through a real hub on loopback: applying a pull, pushing, making
and restoring a snapshot, and USB bundles.

The laptop whose disk fills keeps its data folder on a 12 MB tmpfs (tests/support/
smalldisk.py). Each test checks that the round raised :class:`DiskFull` (not SQLite's words),
that the store holds exactly what it held (every row), that the pull cursor did not move and
the outbox still holds what the hub has not acknowledged, that the store verifies, and that
after space is freed the next sync completes with no repair step and nothing twice.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from collabdesk import syncmeta
from collabdesk.errors import DiskFull
from collabdesk.sync.bundle import export_bundle, import_bundle
from collabdesk.sync.engine.common import direct
from tests.e2e.conftest import Laptop, Network, create_agency
from tests.e2e.test_faults import bulk_notes, count, intake, laptop_state
from tests.support.smalldisk import SmallDisk, hashes, leftovers
from tests.sync.hub.conftest import HubProcess


def _agency(hub: HubProcess, here: Network, there: Network) -> tuple[Laptop, Laptop]:
    """Laptop ``a`` on an ordinary disk and ``b`` of the same agency on the small one."""
    name = f"Full Disk Agency {uuid.uuid4().hex[:8]}"
    agency = create_agency(hub, name)
    a = here.first_laptop("a", agency, name, "ana")
    b = there.join("b", agency, "bea", approver=a)
    a.sync()
    b.sync()
    return a, b


def files(laptop: Laptop) -> dict[str, str]:
    """Hashes of the laptop's files but the live WAL and its index, which SQLite rewrites for
    its own bookkeeping (what the store holds is compared row by row)."""
    return {name: digest for name, digest in hashes(laptop.workspace.data_dir).items()
            if not name.endswith(("-wal", "-shm"))}


def _meta(laptop: Laptop, key: str) -> str | None:
    return laptop.session.store.get_meta(key)


def test_a_pull_on_a_full_disk_resumes_once_space_is_freed(
        e2e_hub: HubProcess, small_disk: SmallDisk, tmp_path: Path) -> None:
    with Network(e2e_hub, tmp_path) as here, Network(e2e_hub, small_disk.root) as there:
        a, b = _agency(e2e_hub, here, there)
        _, case_id = intake(a, "Pulled")
        bulk_notes(a, case_id, 200, "pull")
        a.sync()
        state, cursor, before = laptop_state(b), _meta(b, syncmeta.CURSOR), files(b)
        small_disk.fill()
        with pytest.raises(DiskFull) as caught:
            b.sync()
        assert "Nothing was lost" in str(caught.value)
        assert laptop_state(b) == state and _meta(b, syncmeta.CURSOR) == cursor
        assert files(b) == before and leftovers(b.workspace.data_dir) == []
        assert b.session.store.integrity_problems() == []
        small_disk.make_room()
        b.sync()
        assert count(b, "SELECT count(*) FROM notes") == 200
        assert _meta(b, syncmeta.CURSOR) != cursor


def test_a_push_whose_answer_cannot_be_recorded_is_kept_and_sent_once(
        e2e_hub: HubProcess, small_disk: SmallDisk, tmp_path: Path) -> None:
    with Network(e2e_hub, tmp_path) as here, Network(e2e_hub, small_disk.root) as there:
        a, b = _agency(e2e_hub, here, there)
        client_id, _ = intake(b, "Pushed")
        pushed = _meta(b, syncmeta.PUSHED_SEQ)
        acknowledged: list[str] = []

        def steps(step: Callable[[], Any]) -> Any:
            # The disk fills up while the hub stores the push: its answer cannot be kept.
            if isinstance(step, functools.partial) and step.func.__name__ == "_acknowledged":
                acknowledged.append(step.args[1].envelope_id)
                small_disk.fill()
            return step()

        b.engine.db = steps
        with pytest.raises(DiskFull):
            b.sync()
        assert acknowledged  # the hub had stored it
        # Not recorded as acknowledged here: it is still waiting to be pushed.
        assert _meta(b, syncmeta.PUSHED_SEQ) == pushed
        assert b.session.store.integrity_problems() == []
        b.engine.db = direct
        small_disk.make_room()
        b.sync()
        assert _meta(b, syncmeta.PUSHED_SEQ) != pushed
        a.sync()
        assert count(a, "SELECT count(*) FROM clients WHERE id = ?", (client_id,)) == 1
        assert count(a, "SELECT count(*) FROM events WHERE entity_id = ? AND op = 'create'",
                     (client_id,)) == 1


def test_making_and_restoring_a_snapshot(e2e_hub: HubProcess, small_disk: SmallDisk,
                                         tmp_path: Path) -> None:
    with Network(e2e_hub, tmp_path) as here, Network(e2e_hub, small_disk.root) as there:
        a, b = _agency(e2e_hub, here, there)
        _, case_id = intake(a, "Snapshot")
        bulk_notes(a, case_id, 300, "snap")
        a.sync()
        b.sync()
        # Making one on the full laptop: nothing staged, nothing uploaded.
        state = laptop_state(b)
        small_disk.fill()
        with pytest.raises(DiskFull):
            b.engine.make_snapshot()
        assert _meta(b, syncmeta.SNAPSHOT_OUT) is None and laptop_state(b) == state
        small_disk.make_room()
        made = b.engine.make_snapshot()
        assert made.events > 300

        # Restoring one on a new laptop whose disk is full.
        c = there.join("c", a.engine.hub_agency_id, "cleo", approver=a)
        a.sync()
        state, before = laptop_state(c), files(c)
        small_disk.fill()
        with pytest.raises(DiskFull):
            c.sync()
        assert laptop_state(c) == state and c.session.store.integrity_problems() == []
        assert files(c) == before
        small_disk.make_room()
        c.sync()
        assert count(c, "SELECT count(*) FROM notes") == 300


def test_usb_bundle_export_and_import(e2e_hub: HubProcess, small_disk: SmallDisk,
                                      tmp_path: Path) -> None:
    with Network(e2e_hub, tmp_path) as here, Network(e2e_hub, small_disk.root) as there:
        a, b = _agency(e2e_hub, here, there)
        _, case_id = intake(a, "Carried")
        bulk_notes(a, case_id, 50, "usb")
        stick = small_disk.root / "stick"
        stick.mkdir()
        target = stick / "week.cdbundle"
        before = hashes(small_disk.root)
        small_disk.fill()
        with pytest.raises(DiskFull) as caught:
            export_bundle(a.session, target, engine=a.engine)
        assert caught.value.folder == str(stick)
        assert not target.exists() and leftovers(small_disk.root) == []
        assert {k: v for k, v in hashes(small_disk.root).items() if "-wal" not in k
                and "-shm" not in k} == {k: v for k, v in before.items() if "-wal" not in k
                                         and "-shm" not in k}
        small_disk.make_room()
        export_bundle(a.session, target, engine=a.engine)

        state, cursor = laptop_state(b), _meta(b, syncmeta.CURSOR)
        small_disk.fill()
        with pytest.raises(DiskFull):
            import_bundle(b.session, target, engine=b.engine)
        assert laptop_state(b) == state and _meta(b, syncmeta.CURSOR) == cursor
        assert b.session.store.integrity_problems() == []
        small_disk.make_room()
        report = import_bundle(b.session, target, engine=b.engine)
        assert report.applied and not report.rejected
        assert count(b, "SELECT count(*) FROM notes") == 50
        b.sync()  # the hub's copies of the same envelopes are skipped, not applied twice
        assert count(b, "SELECT count(*) FROM notes") == 50
