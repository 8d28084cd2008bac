"""The hub's release notice: the admin command, GET /v1/release on a real hub process, and
the laptop noting it in meta during sync (at most once a day)."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from collabdesk.sync.client import HubClient
from collabdesk.sync.hub import cli as hub_cli
from collabdesk.sync.hub import release
from collabdesk.sync.release_check import note_latest_release
from collabdesk.updates import META_LATEST
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace
from tests.core.conftest import FakeClock
from tests.sync.hub.conftest import start_hub, stop_hub


def test_release_command_endpoint_and_laptop_note(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    import datetime as dt

    url = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    assert hub_cli.main(["release", "set", "0.2.0", "--notes", "Fixes printing",
                         "--database", url]) == 0
    assert "0.2.0 is available" in capsys.readouterr().out
    assert hub_cli.main(["release", "set", "soon", "--database", url]) == 1
    assert "not a version number" in capsys.readouterr().err
    assert hub_cli.main(["release", "show", "--database", url]) == 0
    assert "0.2.0" in capsys.readouterr().out

    hub = start_hub(tmp_path, url)
    try:
        answer = requests.get(f"{hub.base_url}/v1/release", timeout=5).json()
        assert answer["version"] == "0.2.0" and answer["notes"] == "Fixes printing"

        clock = FakeClock(dt.datetime(2026, 10, 15, 9, 0, tzinfo=dt.UTC))
        session, _code = Workspace(tmp_path / "laptop", clock=clock).create(
            "Clinic", "admin", "release test passphrase", kdf=KdfParams.FLOOR)
        client = HubClient(hub.base_url, None)
        try:
            note_latest_release(session, client)
            assert session.store.get_meta(META_LATEST) == "0.2.0"
            release.set_release(hub.engine, "0.3.0")
            note_latest_release(session, client)  # asked today already: no request
            assert session.store.get_meta(META_LATEST) == "0.2.0"
            clock.advance(hours=25)
            note_latest_release(session, client)
            assert session.store.get_meta(META_LATEST) == "0.3.0"
            release.clear_release(hub.engine)
            note_latest_release(session, client, force=True)
            assert session.store.get_meta(META_LATEST) == ""
        finally:
            client.close()
            session.close()
    finally:
        stop_hub(hub)


def test_an_unreachable_hub_leaves_the_note_alone(tmp_path: Path) -> None:
    from tests.sync.hub.conftest import free_port

    session, _code = Workspace(tmp_path / "laptop").create(
        "Clinic", "admin", "release test passphrase", kdf=KdfParams.FLOOR)
    client = HubClient(f"http://127.0.0.1:{free_port()}", None, timeout=2)
    try:
        session.store.set_meta(META_LATEST, "0.2.0")
        note_latest_release(session, client, force=True)  # no exception
        assert session.store.get_meta(META_LATEST) == "0.2.0"
    finally:
        client.close()
        session.close()
