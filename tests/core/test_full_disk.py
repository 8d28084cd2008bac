"""A full disk, met calmly: every core write path on a real, full filesystem.

Each test puts the agency's data folder (or the target folder) on a 12 MB tmpfs mounted for
it (tests/support/smalldisk.py), fills the disk, runs the action and checks that it raised
one typed error (:class:`DiskFull`, or :class:`FolderNotWritable` on a read-only disk) whose
message says where, how much and that nothing was lost; that no file is left half-written;
that what may not change did not (hashes of every file, or every row of the store); that the
store verifies; and that once space is freed the same action succeeds with no repair step.
Sync paths (applying a pull, snapshots, bundles) are in tests/sync/test_full_disk_sync.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from collabdesk import cli, diskspace
from collabdesk.backup import create_backup, restore_backup
from collabdesk.backup_schedule import LAST_BACKUP_META, run_if_due
from collabdesk.domain import ClientInput
from collabdesk.errors import DiskFull, FolderNotWritable, TooManyAttempts, WrongPassphrase
from collabdesk.services.session import Session
from collabdesk.store.db import schema_version
from collabdesk.workspace import Workspace
from tests.core.conftest import PASSPHRASES, START, FakeClock
from tests.support.required import unavailable
from tests.support.smalldisk import SmallDisk, hashes, leftovers

HSDS = Path(__file__).resolve().parents[2] / "resources" / "demo" / "hsds-3.0" / "examples"
FIXTURE_STORES = Path(__file__).resolve().parents[1] / "fixtures" / "stores"


@pytest.fixture
def ws(_template: tuple[Path, str], small_disk: SmallDisk) -> Workspace:
    folder = small_disk.root / "agency"
    shutil.copytree(_template[0], folder)
    return Workspace(folder, clock=FakeClock(START))


@pytest.fixture
def admin(ws: Workspace) -> Iterator[Session]:
    session = ws.sign_in("admin", PASSPHRASES["admin"])
    yield session
    session.close()


def rows(session: Session) -> str:
    """Every row of every table, as one digest: what the store holds, whatever its pages."""
    digest = hashlib.sha256()
    with session.store.read() as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%fts%' ORDER BY name")]
        for table in tables:
            digest.update(table.encode())
            for row in sorted(map(repr, conn.execute(f"SELECT * FROM {table}"))):
                digest.update(row.encode())
    return digest.hexdigest()


def files(folder: Path) -> dict[str, str]:
    """Hashes of every file but the live store's WAL index and log, which SQLite rewrites
    for its own bookkeeping (what the store holds is compared with :func:`rows`)."""
    return {name: digest for name, digest in hashes(folder).items()
            if not name.endswith(("-shm", "-wal"))}


def full_and_said_so(caught: pytest.ExceptionInfo[DiskFull], folder: Path) -> None:
    error = caught.value
    assert error.code == "disk.full"
    assert Path(error.folder) == folder
    assert error.needed > 0
    text = str(error)
    assert str(folder) in text and "Nothing was lost" in text and "MB" in text
    assert "sqlite" not in text.lower() and "errno" not in text.lower()


def test_intake_and_edit(admin: Session, small_disk: SmallDisk, ws: Workspace) -> None:
    client = admin.clients.intake(ClientInput("Ana", "Before"), confirmed_new=True)
    before, before_files = rows(admin), files(ws.data_dir)
    small_disk.fill()
    with pytest.raises(DiskFull) as caught:
        admin.clients.intake(ClientInput("Bea", "During"), confirmed_new=True)
    full_and_said_so(caught, ws.data_dir)
    with pytest.raises(DiskFull):
        admin.clients.update(client.id, ClientInput("Ana", "Renamed"))
    assert rows(admin) == before and files(ws.data_dir) == before_files
    assert leftovers(ws.data_dir) == []
    assert admin.store.integrity_problems() == []
    small_disk.make_room()
    admin.clients.intake(ClientInput("Bea", "During"), confirmed_new=True)
    assert admin.clients.update(client.id, ClientInput("Ana", "Renamed")).family_name == "Renamed"
    assert admin.clients.count() == 2


def test_note_and_attachment(admin: Session, small_disk: SmallDisk, ws: Workspace) -> None:
    client = admin.clients.intake(ClientInput("Ana", "Case"), confirmed_new=True)
    case = admin.cases.open_case(client.id, "Housing")
    before, before_files = rows(admin), files(ws.data_dir)
    small_disk.fill()
    with pytest.raises(DiskFull):
        admin.cases.add_note(case.id, "Called the landlord.")
    small_disk.make_room()
    small_disk.fill(leave=256 * 1024)
    picture = bytes(range(256)) * 4096  # 1 MB
    with pytest.raises(DiskFull) as caught:
        admin.cases.add_attachment(case.id, "scan.png", picture, "image/png")
    full_and_said_so(caught, ws.data_dir)
    assert caught.value.needed >= len(picture)  # the figure covers the file itself
    assert rows(admin) == before and files(ws.data_dir) == before_files
    assert admin.store.integrity_problems() == []
    small_disk.make_room()
    admin.cases.add_note(case.id, "Called the landlord.")
    attachment = admin.cases.add_attachment(case.id, "scan.png", picture, "image/png")
    assert admin.cases.attachment_data(attachment.id) == picture


def test_manual_backup_and_the_cli(admin: Session, small_disk: SmallDisk, ws: Workspace,
                                   capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    admin.store.checkpoint()
    before, before_rows = files(ws.data_dir), rows(admin)
    small_disk.fill(leave=64 * 1024)
    with pytest.raises(DiskFull) as caught:
        create_backup(admin, ws.backups_dir)
    full_and_said_so(caught, ws.backups_dir)
    assert caught.value.needed >= admin.store.size() // 2
    assert files(ws.data_dir) == before and rows(admin) == before_rows
    assert leftovers(ws.data_dir) == []
    assert not list(ws.backups_dir.glob("*.cdbackup"))
    admin.close()

    passphrase = tmp_path / "pass"
    passphrase.write_text(PASSPHRASES["admin"])
    code = cli.main(["backup", "--data-dir", str(ws.data_dir), "--user", "admin",
                     "--passphrase-file", str(passphrase)])
    err = capsys.readouterr().err
    assert code != 0
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert err.startswith("collabdesk: There is not enough free space")
    assert leftovers(ws.data_dir) == []

    small_disk.make_room()
    assert cli.main(["backup", "--data-dir", str(ws.data_dir), "--user", "admin",
                     "--passphrase-file", str(passphrase)]) == 0
    assert len(list(ws.backups_dir.glob("*.cdbackup"))) == 1


def test_scheduled_backup(admin: Session, small_disk: SmallDisk, ws: Workspace) -> None:
    admin.update_settings(backup_every_hours=24, backup_keep=3)
    small_disk.fill(leave=64 * 1024)
    with pytest.raises(DiskFull):
        run_if_due(admin)
    assert admin.store.get_meta(LAST_BACKUP_META) is None  # still due: tried at the next check
    assert leftovers(ws.data_dir) == [] and not list(ws.backups_dir.glob("*.cdbackup"))
    small_disk.make_room()
    made = run_if_due(admin)
    assert made.path is not None and made.path.exists()


def test_restore_a_backup(ws: Workspace, small_disk: SmallDisk, tmp_path: Path) -> None:
    session = ws.sign_in("admin", PASSPHRASES["admin"])
    backup = create_backup(session, tmp_path / "elsewhere")  # another disk
    session.clients.intake(ClientInput("Made", "After"), confirmed_new=True)
    session.close()
    before = hashes(ws.data_dir)
    small_disk.fill(leave=64 * 1024)
    with pytest.raises(DiskFull) as caught:
        restore_backup(ws, backup, "admin", PASSPHRASES["admin"])
    full_and_said_so(caught, ws.data_dir)
    assert hashes(ws.data_dir) == before and leftovers(ws.data_dir) == []
    small_disk.make_room()
    report = restore_backup(ws, backup, "admin", PASSPHRASES["admin"])
    assert report.ok
    session = ws.sign_in("admin", PASSPHRASES["admin"])
    try:
        assert session.clients.count() == 0 and session.store.integrity_problems() == []
    finally:
        session.close()


@pytest.mark.parametrize("fmt,name", [("pdf", "summary.pdf"), ("xlsx", "summary.xlsx"),
                                      ("csv", "summary.csv"), ("csv", "summary.zip")])
def test_summary_exports(fmt: str, name: str, small_disk: SmallDisk, tmp_path: Path,
                         _template: tuple[Path, str]) -> None:
    folder = tmp_path / "agency"  # the store is elsewhere: the export's disk is full
    shutil.copytree(_template[0], folder)
    session = Workspace(folder, clock=FakeClock(START)).sign_in("admin", PASSPHRASES["admin"])
    try:
        session.clients.intake(ClientInput("Ana", "Counted"), confirmed_new=True)
        published = session.reports.summary("2026-10")
        target = small_disk.root / "usb" / name
        target.parent.mkdir()
        target.write_bytes(b"last month's file")
        before = hashes(small_disk.root)
        small_disk.fill()
        with pytest.raises(DiskFull) as caught:
            session.reports.export(published, target, fmt)
        full_and_said_so(caught, target.parent)
        assert hashes(small_disk.root) == before and leftovers(small_disk.root) == []
        small_disk.make_room()
        session.reports.export(published, target, fmt)
        assert target.read_bytes() != b"last month's file"
    finally:
        session.close()


def test_directory_import(admin: Session, small_disk: SmallDisk, ws: Workspace) -> None:
    before, before_files = rows(admin), files(ws.data_dir)
    small_disk.fill()
    with pytest.raises(DiskFull):
        admin.directory.import_hsds(HSDS / "csv")
    assert rows(admin) == before and admin.store.integrity_problems() == []
    assert files(ws.data_dir) == before_files
    small_disk.make_room()
    summary = admin.directory.import_hsds(HSDS / "csv")
    assert admin.directory.partners() and summary


def test_caseload_import_and_its_undo(admin: Session, small_disk: SmallDisk, ws: Workspace,
                                      tmp_path: Path) -> None:
    from collabdesk.caseload import sample

    sheet = sample.write(tmp_path / "clientes.csv", 300, faults=False)  # on another disk
    plan = admin.caseload.plan(sheet.path, admin.caseload.inspect(sheet.path).guess)
    before, before_files = rows(admin), files(ws.data_dir)
    small_disk.fill()
    with pytest.raises(DiskFull):
        admin.caseload.apply(plan)
    assert rows(admin) == before and admin.store.integrity_problems() == []
    assert files(ws.data_dir) == before_files and admin.caseload.imports() == []
    small_disk.make_room()
    record = admin.caseload.apply(plan)
    imported = rows(admin)
    small_disk.fill()
    with pytest.raises(DiskFull):
        admin.caseload.undo(record.id)
    assert rows(admin) == imported and admin.store.integrity_problems() == []
    small_disk.make_room()
    assert admin.caseload.undo(record.id).status == "undone"


def test_form_import(admin: Session, small_disk: SmallDisk, ws: Workspace) -> None:
    from tests.core.test_forms import _raw

    form = _raw("Questionnaire-gravity-hunger-vital-sign.json")
    before, before_files = rows(admin), files(ws.data_dir)
    small_disk.fill()
    with pytest.raises(DiskFull):
        admin.forms.import_form(form)
    assert rows(admin) == before and admin.store.integrity_problems() == []
    assert files(ws.data_dir) == before_files
    small_disk.make_room()
    assert admin.forms.import_form(form)


def test_migration_at_upgrade(small_disk: SmallDisk) -> None:
    older = sorted(p for p in FIXTURE_STORES.glob("v*")
                   if int(p.name[1:]) < schema_version())
    if not older:
        pytest.fail("An older released store is needed to upgrade from.")
    fixture = older[0]
    manifest = json.loads((fixture / "manifest.json").read_text(encoding="utf-8"))
    folder = small_disk.root / "agency"
    shutil.copytree(fixture, folder)
    ws = Workspace(folder)
    before = files(folder)
    small_disk.fill(leave=64 * 1024)
    creds = manifest["sign_in"]
    with pytest.raises(DiskFull) as caught:
        ws.sign_in(creds["username"], creds["passphrase"])
    assert str(caught.value).startswith("There is not enough free space")
    assert files(folder) == before and leftovers(folder) == []
    assert not list((folder / "backups").glob("pre-migration-*"))
    small_disk.make_room()
    session = ws.sign_in(creds["username"], creds["passphrase"])
    try:
        assert session.store.user_version() == schema_version()
        assert session.store.integrity_problems() == []
    finally:
        session.close()


def test_vault_and_throttle(admin: Session, small_disk: SmallDisk, ws: Workspace) -> None:
    vault_before, before_files = ws.vault_path.read_bytes(), files(ws.data_dir)
    small_disk.fill()
    with pytest.raises(DiskFull) as caught:
        admin.users.add("nora", "nora pass phrase 1", display_name="Nora", roles=["worker"])
    full_and_said_so(caught, ws.data_dir)
    assert ws.vault_path.read_bytes() == vault_before and leftovers(ws.data_dir) == []
    # Wrong passphrases on a full disk: counted in memory, never a crash.
    vault = ws.vault()
    for _ in range(4):
        with pytest.raises((WrongPassphrase, TooManyAttempts)):
            vault.unlock("wendy", "not the passphrase")
    assert vault.retry_after("wendy") > 0
    assert files(ws.data_dir) == before_files and leftovers(ws.data_dir) == []
    small_disk.make_room()
    admin.users.add("nora", "nora pass phrase 1", display_name="Nora", roles=["worker"])
    assert "nora" in ws.usernames()


def test_read_only_folder_is_said_at_start(ws: Workspace, small_disk: SmallDisk,
                                           tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    before = hashes(ws.data_dir)
    passphrase = tmp_path / "pass"
    passphrase.write_text(PASSPHRASES["admin"])
    with small_disk.read_only():
        with pytest.raises(FolderNotWritable) as caught:
            ws.sign_in("admin", PASSPHRASES["admin"])
        assert caught.value.read_only and str(ws.data_dir) in str(caught.value)
        problem = ws.problem()  # what the sign-in screen shows before a passphrase is typed
        assert problem is not None and "read-only" in problem
        code = cli.main(["backup", "--data-dir", str(ws.data_dir), "--user", "admin",
                         "--passphrase-file", str(passphrase)])
        err = capsys.readouterr().err
        assert code != 0 and "Traceback" not in err and "read-only" in err
    assert hashes(ws.data_dir) == before
    ws.sign_in("admin", PASSPHRASES["admin"]).close()


def test_the_estimate_counts_the_next_backup_and_a_week(admin: Session, ws: Workspace) -> None:
    for i in range(5):
        admin.clients.intake(ClientInput(f"Person{i}", "Week"), confirmed_new=True)
    usage = diskspace.measure(admin)
    assert usage.store == admin.store.size()
    assert usage.needed >= 2 * usage.store + diskspace.MIN_WEEK_BYTES
    assert usage.free == shutil.disk_usage(ws.data_dir).free
    assert usage.low  # a 12 MB disk cannot hold a week of work
    warning = usage.warning()
    assert warning is not None and diskspace.human_size(usage.free) in str(warning)


def test_week_of_work_grows_with_the_agency() -> None:
    small = diskspace.week_of_work(10_000_000, 10_000, 100)
    busy = diskspace.week_of_work(10_000_000, 10_000, 50_000)
    assert small == diskspace.MIN_WEEK_BYTES and busy == 50_000_000
    assert diskspace.human_size(1_234_567) == "1.2 MB"
    assert diskspace.human_size(999) == "999 bytes"


def test_a_folder_of_another_user_is_said_at_start(_template: tuple[Path, str]) -> None:
    """The data folder belongs to another account (copied over by an administrator): the
    CLI, run as that other user, says so in one line and writes nothing."""
    setpriv = shutil.which("setpriv")
    if os.geteuid() != 0 or setpriv is None:
        unavailable("Running a command as another user needs root and setpriv.")
    base = Path(tempfile.mkdtemp(prefix="collabdesk-owner-"))
    try:
        os.chmod(base, 0o755)
        folder = base / "agency"
        shutil.copytree(_template[0], folder)
        os.chmod(folder, 0o755)
        passphrase = base / "pass"
        passphrase.write_text(PASSPHRASES["admin"])
        os.chmod(passphrase, 0o644)
        before = hashes(folder)
        done = subprocess.run(
            [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable,
             "-m", "collabdesk", "backup", "--data-dir", str(folder), "--user", "admin",
             "--passphrase-file", str(passphrase)],
            capture_output=True, text=True, timeout=120, check=False, cwd=base,
            env={**os.environ, "HOME": str(base)})
        assert done.returncode == 1, done.stderr
        assert done.stderr.startswith(f"collabdesk: CollabDesk may not write to {folder}")
        assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
        assert hashes(folder) == before
    finally:
        shutil.rmtree(base, ignore_errors=True)
