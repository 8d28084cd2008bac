"""The ``collabdesk-hub`` admin CLI, run as a user runs it (a subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from collabdesk.sync import keys
from collabdesk.sync.hub import admin, db
from collabdesk.sync.hub.cli import main
from tests.sync.hub.conftest import HubProcess, enroll_agency


def hub_cli(*args: str, env_extra: dict[str, str] | None = None
            ) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("COLLABDESK_HUB_DATABASE", None)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "collabdesk.sync.hub", *args],
                          capture_output=True, text=True, env=env, timeout=60)


def test_admin_commands_end_to_end(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    created = hub_cli("agency", "create", "Riverside Clinic", "--database", database)
    assert created.returncode == 0, created.stderr
    agency_id = created.stdout.strip().rsplit(" ", 1)[-1]

    # Options may also come before the command.
    listed = hub_cli("--database", database, "agency", "list")
    assert listed.returncode == 0
    assert agency_id in listed.stdout and "Riverside Clinic" in listed.stdout

    duplicate = hub_cli("agency", "create", "riverside clinic", "--database", database)
    assert duplicate.returncode == 1
    assert duplicate.stdout == ""
    assert len(duplicate.stderr.strip().splitlines()) == 1
    assert "already exists" in duplicate.stderr

    issued = hub_cli("enroll-code", "Riverside Clinic", "--expires", "2h", "--database", database)
    assert issued.returncode == 0, issued.stderr
    code = issued.stdout.strip()
    assert len(code.replace("-", "")) == 20
    assert "valid until" in issued.stderr
    # Only a hash of the code is kept.
    engine = db.make_engine(database)
    with engine.connect() as conn:
        stored = conn.execute(db.enrollment_codes.select()).one()
    assert stored.code_hash == admin.hash_code(code) and code not in str(tuple(stored))
    assert 7100 <= stored.expires_at - stored.created_at <= 7200

    # A device enrolled in the database shows up and can be revoked.
    device = keys.DeviceKeys.generate()
    with db.write_tx(engine) as conn:
        conn.execute(db.devices.insert().values(
            device_id=device.device_id, agency_id=agency_id, sign_pub=device.sign_public,
            kem_pub=device.kem_public, label="Front desk", status="active",
            created_at=int(time.time())))
    devices = hub_cli("device", "list", agency_id, "--database", database)
    assert device.device_id in devices.stdout and "active" in devices.stdout
    assert "Front desk" in devices.stdout and device.fingerprint() in devices.stdout
    revoked = hub_cli("device", "revoke", device.device_id, "--database", database)
    assert revoked.returncode == 0, revoked.stderr
    assert admin.list_devices(engine)[0].status == "revoked"
    assert "revoked" in hub_cli("device", "list", "--database", database).stdout

    with engine.connect() as conn:
        assert conn.execute(db.mailboxes.select()).one().generation == 1
    invalidated = hub_cli("invalidate-tokens", "--database", database)
    assert invalidated.returncode == 0 and "1 mailbox" in invalidated.stdout
    with engine.connect() as conn:
        assert conn.execute(db.mailboxes.select()).one().generation == 2

    engine.dispose()


def test_default_database_lives_in_the_data_dir(tmp_path: Path) -> None:
    migrated = hub_cli("migrate", "--data-dir", str(tmp_path / "data"))
    assert migrated.returncode == 0, migrated.stderr
    assert "0002" in migrated.stdout
    assert (tmp_path / "data" / "hub.sqlite3").exists()
    # The environment variable is honoured when --database is not given.
    via_env = hub_cli("agency", "list", env_extra={
        "COLLABDESK_HUB_DATABASE": f"sqlite:///{tmp_path / 'data' / 'hub.sqlite3'}"})
    assert via_env.returncode == 0 and "no agencies yet" in via_env.stdout


def test_cli_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    assert main(["agency", "create", "A", "--database", database]) == 0
    capsys.readouterr()
    assert main(["enroll-code", "A", "--expires", "soon", "--database", database]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Cannot read the duration 'soon'" in err
    assert main(["device", "revoke", "f" * 32, "--database", database]) == 1
    assert "No device" in capsys.readouterr().err
    assert main(["enroll-code", "Nobody", "--database", database]) == 1
    assert "No agency 'Nobody'" in capsys.readouterr().err
    assert main(["agency", "list", "--database", "mysql://nope"]) == 1
    assert "Unsupported database URL" in capsys.readouterr().err
    missing = f"sqlite:///{tmp_path / 'no' / 'such' / 'dir.sqlite3'}"
    assert main(["migrate", "--database", missing]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["serve", "--database", database, "--ssl-certfile", "cert.pem"]) == 1
    assert "--ssl-keyfile" in capsys.readouterr().err


def test_revoke_via_cli_blocks_a_live_device(hub: HubProcess) -> None:
    agency = enroll_agency(hub)
    assert agency.root.call("GET", "/v1/grants").status_code == 200
    result = hub_cli("device", "revoke", agency.root.id, "--database", hub.database_url)
    assert result.returncode == 0, result.stderr
    assert agency.root.call("GET", "/v1/grants").status_code == 403
