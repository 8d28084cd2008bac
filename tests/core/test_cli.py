"""The ``collabdesk`` command as an IT volunteer runs it: no terminal, one-line errors."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from collabdesk.store.db import Store
from tests.core.conftest import PASSPHRASES, Agency

HSDS = Path(__file__).resolve().parents[2] / "resources" / "demo" / "hsds-3.0" / "examples"


def run(*args: str, user: str = "admin", passphrase: str | None = None,
        stdin: int = subprocess.DEVNULL) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, COLLABDESK_USER=user,
               COLLABDESK_PASSPHRASE=passphrase or PASSPHRASES.get(user, ""))
    return subprocess.run([sys.executable, "-m", "collabdesk", *args], capture_output=True,
                          text=True, env=env, stdin=stdin, timeout=120)


def test_init_prints_the_recovery_code_once(tmp_path: Path) -> None:
    done = run("init", "--data-dir", str(tmp_path / "a"), "--agency", "Eastside Clinic",
               "--admin", "root", "--fast-kdf", passphrase="root pass phrase 1")
    assert done.returncode == 0, done.stderr
    assert "Recovery code" in done.stdout
    again = run("init", "--data-dir", str(tmp_path / "a"), "--agency", "X", "--admin", "root",
                "--fast-kdf", passphrase="root pass phrase 1")
    assert again.returncode == 1 and again.stderr.count("\n") == 1
    assert "already holds" in again.stderr


def test_missing_passphrase_without_a_terminal_is_one_clear_line(agency: Agency) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COLLABDESK_")}
    done = subprocess.run([sys.executable, "-m", "collabdesk", "verify", "--data-dir",
                           str(agency.workspace.data_dir), "--user", "admin"],
                          capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL)
    assert done.returncode == 1
    assert done.stderr.strip() == ("collabdesk: No passphrase given: use --passphrase-file or "
                                   "set COLLABDESK_PASSPHRASE.")


def test_verify_backup_restore_round_trip(agency: Agency, tmp_path: Path) -> None:
    data = str(agency.workspace.data_dir)
    assert run("verify", "--data-dir", data).returncode == 0
    made = run("backup", "--data-dir", data, "--to", str(tmp_path / "usb"), "--keep", "2")
    assert made.returncode == 0, made.stderr
    [backup] = list((tmp_path / "usb").glob("*.cdbackup"))
    drill = run("verify", "--data-dir", data, "--backup", str(backup), user="wendy")
    assert drill.returncode == 0 and "readable and intact" in drill.stdout
    restored = run("restore", str(backup), "--data-dir", data, user="sara")
    assert restored.returncode == 0, restored.stderr
    assert list((agency.workspace.backups_dir).glob("replaced-*/store.db"))
    agency.sign_in("walt").close()


def test_restore_refuses_a_corrupt_or_foreign_backup_and_changes_nothing(
        agency: Agency, tmp_path: Path) -> None:
    data = str(agency.workspace.data_dir)
    run("backup", "--data-dir", data, "--to", str(tmp_path / "usb"))
    [backup] = list((tmp_path / "usb").glob("*.cdbackup"))
    before = agency.workspace.store_path.read_bytes()

    flipped = tmp_path / "flipped.cdbackup"
    blob = bytearray(backup.read_bytes())
    blob[len(blob) // 2] ^= 0x01
    flipped.write_bytes(bytes(blob))
    done = run("restore", str(flipped), "--data-dir", data)
    assert done.returncode == 1 and "altered or damaged" in done.stderr

    cut = tmp_path / "cut.cdbackup"
    cut.write_bytes(backup.read_bytes()[:-100])
    done = run("restore", str(cut), "--data-dir", data)
    assert done.returncode == 1 and "incomplete or damaged" in done.stderr

    other = tmp_path / "other"
    assert run("init", "--data-dir", str(other), "--agency", "Other", "--admin", "root",
               "--fast-kdf", passphrase="root pass phrase 1").returncode == 0
    assert run("backup", "--data-dir", str(other), "--to", str(tmp_path / "o"), user="root",
               passphrase="root pass phrase 1").returncode == 0
    [foreign] = list((tmp_path / "o").glob("*.cdbackup"))
    done = run("restore", str(foreign), "--data-dir", data, user="root",
               passphrase="root pass phrase 1")
    assert done.returncode == 1 and "another agency" in done.stderr
    assert agency.workspace.store_path.read_bytes() == before


def test_audit_verify_finds_an_altered_entry(agency: Agency) -> None:
    data = str(agency.workspace.data_dir)
    assert run("audit", "verify", "--data-dir", data).returncode == 0
    session = agency.sign_in("admin")
    key = session.store.key
    session.close()
    store = Store.open(agency.workspace.store_path, key)
    with store.transaction() as conn:  # an insider with the key bypasses the trigger
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("UPDATE audit SET action = 'nothing.happened' WHERE seq = 2")
    store.close()
    done = run("audit", "verify", "--data-dir", data)
    assert done.returncode == 1 and "Entry 2 was altered" in done.stderr


def test_import_directory_reports_the_file_row_and_column(agency: Agency,
                                                          tmp_path: Path) -> None:
    data = str(agency.workspace.data_dir)
    broken = tmp_path / "pkg"
    shutil.copytree(HSDS / "csv", broken)
    lines = (broken / "organizations.csv").read_text(encoding="utf-8").splitlines()
    lines.append(lines[1])  # a duplicate organization id
    (broken / "organizations.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = run("import-directory", str(broken), "--data-dir", data)
    assert done.returncode == 1
    assert "organizations.csv" in done.stderr and "row" in done.stderr
    ok = run("import-directory", str(HSDS / "csv"), "--data-dir", data)
    assert ok.returncode == 0 and "partners added" in ok.stdout


@pytest.mark.parametrize("args", [["--version"], ["--help"]])
def test_version_and_help(args: list[str]) -> None:
    done = run(*args)
    assert done.returncode == 0 and ("CollabDesk" in done.stdout or "collabdesk" in done.stdout)


def _minimal_arguments(sub: argparse.ArgumentParser) -> list[str]:
    """Values for a command's required arguments, enough for the parser to accept it."""
    out: list[str] = []
    for action in sub._actions:
        if isinstance(action, argparse._SubParsersAction):
            name, nested = next(iter(action.choices.items()))
            return [*out, name, *_minimal_arguments(nested)]
        if action.option_strings:
            if action.required:
                out += [action.option_strings[0], "x"]
        elif action.nargs not in ("?", "*"):
            value = next(iter(action.choices)) if action.choices else "x"
            out += [str(value)] * (action.nargs if isinstance(action.nargs, int) else 1)
    return out


def test_every_command_honours_the_common_options_before_or_after_it() -> None:
    from collabdesk.cli import build_parser, subcommands

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert set(commands) == set(subcommands())
    given = ["--data-dir", "/srv/agency", "--user", "ada", "--passphrase-file", "/srv/p"]
    for name, sub in commands.items():
        rest = _minimal_arguments(sub)
        before = parser.parse_args([*given, name, *rest])
        after = parser.parse_args([name, *rest, *given])
        for args in (before, after):
            assert (args.data_dir, args.user, args.passphrase_file) == (
                "/srv/agency", "ada", "/srv/p"), name
        plain = parser.parse_args([name, *rest])
        assert plain.data_dir is None and plain.user is None, name


def test_init_creates_the_store_where_it_was_told_even_before_the_command(
        tmp_path: Path) -> None:
    done = run("--data-dir", str(tmp_path / "here"), "init", "--agency", "Eastside Clinic",
               "--admin", "root", "--fast-kdf", passphrase="root pass phrase 1")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "here" / "store.db").is_file()
    assert "Measuring" not in done.stdout + done.stderr  # --fast-kdf measures nothing


def test_import_clients_dry_run_errors_apply_and_undo(agency: Agency, tmp_path: Path) -> None:
    from collabdesk.caseload import sample

    data = str(agency.workspace.data_dir)
    sheet = sample.write(tmp_path / "clientes.csv", 150)
    # The sheet's workers are not users here: their column is left out with --map.
    dry = run("import-clients", str(sheet.path), "--data-dir", data, "--map", "Trabajador=skip",
              "--dry-run")
    assert dry.returncode == 1, dry.stdout
    first_broken = min(sheet.broken)
    assert f"Row {first_broken}, column '{sheet.broken[first_broken]}'" in dry.stderr
    assert "rows have errors" in dry.stderr and "'Trabajador' -> " not in dry.stdout
    preview = run("--data-dir", data, "import-clients", str(sheet.path), "--map",
                  "Trabajador=skip", "--dry-run", "--skip-errors")
    assert preview.returncode == 0, preview.stderr
    assert "Dry run: nothing was written." in preview.stdout
    twin = min(sheet.file_duplicates)
    assert f"row {twin}: " in preview.stdout and f"(row {sheet.file_duplicates[twin]})" in \
        preview.stdout
    done = run("import-clients", str(sheet.path), "--data-dir", data, "--map",
               "Trabajador=skip", "--skip-errors")
    assert done.returncode == 0, done.stderr
    import_id = done.stdout.strip().split()[-1]
    listed = run("undo-import", "--data-dir", data)
    assert import_id in listed.stdout and "can be undone" in listed.stdout
    undone = run("undo-import", import_id, "--data-dir", data)
    assert undone.returncode == 0 and "Undone: clientes.csv" in undone.stdout
    again = run("undo-import", import_id, "--data-dir", data)
    assert again.returncode == 1 and "already undone" in again.stderr
    bad = run("import-clients", str(sheet.path), "--data-dir", data, "--map", "Nope=phone")
    assert bad.returncode == 1 and "Nombre, Apellidos" in bad.stderr
