"""The measurement framework from the operator's commands to the laptops: keygen, publish
and list on the hub CLI, the hub serving the current version, laptops receiving it in their
sync round (pinning the network key on first sight) and in USB bundles, and refusing a
framework signed by another key even when the hub itself serves it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import insert

from collabdesk import syncmeta
from collabdesk.measures.signed import fingerprint, new_key_file, open_key_file, sign
from collabdesk.measures.starting import EXPERIENCE_URL, FOOD_URL, starting_framework
from collabdesk.sync.bundle import export_bundle, import_bundle
from collabdesk.sync.hub import cli as hub_cli
from collabdesk.sync.hub import db
from collabdesk.sync.hub import measures as hub_measures
from tests.e2e.conftest import Network, create_agency
from tests.sync.hub.conftest import start_hub, stop_hub

KEY_PASSPHRASE = "network key passphrase"


def _cli(monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return hub_cli.main(list(args))


def test_operator_publishes_and_laptops_receive_the_framework(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    key = tmp_path / "network.key"
    assert _cli(monkeypatch, "measures", "keygen", str(key), "--passphrase-stdin",
                "--database", url, stdin=KEY_PASSPHRASE + "\n") == 0
    printed = capsys.readouterr().out
    assert b"ENCRYPTED PRIVATE KEY" in key.read_bytes() and "fingerprint" in printed
    assert (key.stat().st_mode & 0o777) == 0o600
    v1 = tmp_path / "framework.json"
    assert _cli(monkeypatch, "measures", "starter", str(v1)) == 0
    # A wrong passphrase and a framework naming a form it lacks are refused.
    assert _cli(monkeypatch, "measures", "publish", str(v1), "--key", str(key),
                "--passphrase-stdin", "--database", url, stdin="wrong passphrase!\n") == 1
    assert "does not open the network key" in capsys.readouterr().err
    broken = json.loads(v1.read_text())
    broken["measures"][0]["population"]["form"] = "urn:elsewhere"
    (tmp_path / "broken.json").write_text(json.dumps(broken))
    assert _cli(monkeypatch, "measures", "publish", str(tmp_path / "broken.json"), "--key",
                str(key), "--passphrase-stdin", "--database", url,
                stdin=KEY_PASSPHRASE + "\n") == 1
    assert "does not contain" in capsys.readouterr().err
    assert _cli(monkeypatch, "measures", "publish", str(v1), "--key", str(key),
                "--passphrase-stdin", "--database", url, stdin=KEY_PASSPHRASE + "\n") == 0
    assert "published version 1" in capsys.readouterr().out
    # The same version again, or one signed with another key, would be refused by laptops.
    assert _cli(monkeypatch, "measures", "publish", str(v1), "--key", str(key),
                "--passphrase-stdin", "--database", url, stdin=KEY_PASSPHRASE + "\n") == 1
    assert "not newer" in capsys.readouterr().err
    other_pem = new_key_file(KEY_PASSPHRASE)[0]
    (tmp_path / "other.key").write_bytes(other_pem)
    (tmp_path / "v2.json").write_text(json.dumps(starting_framework(2)))
    assert _cli(monkeypatch, "measures", "publish", str(tmp_path / "v2.json"), "--key",
                str(tmp_path / "other.key"), "--passphrase-stdin", "--database", url,
                stdin=KEY_PASSPHRASE + "\n") == 1
    assert "another network key" in capsys.readouterr().err

    hub = start_hub(tmp_path, url)
    try:
        with Network(hub, tmp_path) as net:
            agency_id = create_agency(hub, "Riverside")
            laptop = net.first_laptop("riverside", agency_id, "Riverside", "admin")
            laptop.sync()
            s = laptop.session
            framework = s.measures.framework()
            assert framework is not None and framework.version == 1
            network_key = open_key_file(key.read_bytes(), KEY_PASSPHRASE).public_key()
            assert s.measures.overview().fingerprint == fingerprint(
                network_key.public_bytes_raw())
            urls = {f.url: f.use for f in s.forms.list_forms()}
            assert urls[FOOD_URL] == "screening" and urls[EXPERIENCE_URL] == "assessment"

            # Version 2 adds a measure; the next round brings it and says what changed.
            v2 = starting_framework(2)
            v2["measures"].append({"id": "food_needs", "kind": "count",
                                   "title": "Food needs identified",
                                   "population": {"records": "needs", "domains": ["food"]}})
            hub_measures.publish(hub.engine, json.dumps(v2).encode(), key.read_bytes(),
                                 KEY_PASSPHRASE)
            laptop.sync()
            overview = s.measures.overview()
            assert overview.framework is not None and overview.framework.version == 2
            assert [(c.id, c.change) for c in overview.changes] == [("food_needs", "added")]
            assert [p.version for p in hub_measures.versions(hub.engine)] == [1, 2]
            # Held and unchanged: an idle round asks for nothing more than its mailbox page.
            sizes: list[int] = []
            laptop.engine.client().session.hooks["response"].append(
                lambda resp, *a, **k: sizes.append(len(resp.content)))
            idle = laptop.sync()
            assert len(sizes) == 1 and idle.bytes_sent + idle.bytes_received < 1024
            laptop.engine.client().session.hooks["response"].clear()

            # A hub that serves a framework signed by another key: the laptop refuses it,
            # keeps version 2, and the sync round itself still works.
            forged = sign(json.dumps(starting_framework(3)).encode(),
                          open_key_file(other_pem, KEY_PASSPHRASE))
            with db.write_tx(hub.engine) as conn:
                conn.execute(insert(db.hub_meta).values(
                    name="measures:000003", value=json.dumps(
                        {"published_at": "2026-12-01T00:00:00Z",
                         "signed": forged.to_json()})))
            laptop.sync()
            framework = s.measures.framework()
            assert framework is not None and framework.version == 2
            refused = s.store.get_meta(syncmeta.MEASURES_REFUSED) or ""
            assert "another network key" in refused

            # A laptop that never reached the hub since enrolling gets it on a USB stick.
            other_agency = create_agency(hub, "Northside")
            north = net.first_laptop("northside", other_agency, "Northside", "admin")
            laptop.sync()  # nothing left to send: the bundle carries only the framework
            stick = tmp_path / "stick.cdbundle"
            assert export_bundle(s, stick).envelopes == 0
            report = import_bundle(north.session, stick)
            got = north.session.measures.framework()
            assert got is not None and got.version == 2 and report.notes == []
            assert north.session.measures.overview().fingerprint == fingerprint(
                network_key.public_bytes_raw())
    finally:
        stop_hub(hub)
