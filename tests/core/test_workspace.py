"""Creating a store, signing in, wrong passphrases, recovery, removing users, key rotation."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from collabdesk.errors import NotFound, StoreError, TooManyAttempts, WrongPassphrase
from collabdesk.store.db import Store
from collabdesk.vault import Vault
from tests.core.conftest import PASSPHRASES, Agency


def _digest_folder(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file() and "throttle" not in p.name}


def test_sign_in_gives_a_session_with_the_users_roles(agency: Agency) -> None:
    session = agency.sign_in("sara")
    try:
        assert session.user.username == "sara"
        assert session.user.roles == frozenset({"supervisor"})
        assert session.store.integrity_problems() == []
    finally:
        session.close()


def test_wrong_passphrase_is_a_clear_error_and_changes_no_file(agency: Agency) -> None:
    before = _digest_folder(agency.workspace.data_dir)
    with pytest.raises(WrongPassphrase, match="not correct"):
        agency.workspace.sign_in("wendy", "not her passphrase")
    assert _digest_folder(agency.workspace.data_dir) == before


def test_repeated_failures_slow_down_and_survive_a_restart(agency: Agency) -> None:
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            agency.workspace.sign_in("wendy", "wrong")
    # A fresh Workspace object (as after restarting the app) still enforces the delay.
    from collabdesk.workspace import Workspace

    again = Workspace(agency.workspace.data_dir)
    with pytest.raises(TooManyAttempts) as info:
        again.sign_in("wendy", PASSPHRASES["wendy"])
    assert info.value.retry_after > 0
    assert again.retry_after("wendy") > 0


def test_recovery_code_sets_a_new_passphrase(agency: Agency) -> None:
    session = agency.workspace.recover(agency.recovery_code.lower().replace("-", " "),
                                       "wendy", "a brand new passphrase")
    session.close()
    agency.workspace.sign_in("wendy", "a brand new passphrase").close()
    with pytest.raises(WrongPassphrase):
        agency.workspace.sign_in("wendy", PASSPHRASES["wendy"])


def test_removing_a_user_rotates_the_key_so_an_old_key_no_longer_opens_the_store(
        agency: Agency) -> None:
    session = agency.sign_in("admin")
    old_key = session.store.key
    wendy = next(u for u in session.users.list_users() if u.username == "wendy")
    session.users.remove(wendy.id)
    assert session.store.key != old_key
    session.close()
    with pytest.raises(StoreError):
        Store.open(agency.workspace.store_path, old_key)
    with pytest.raises(NotFound):
        agency.workspace.sign_in("wendy", PASSPHRASES["wendy"])
    for name in ("admin", "sara", "walt"):  # everyone else still gets in
        agency.sign_in(name).close()


def test_rotation_cut_short_after_the_rekey_completes_at_next_sign_in(agency: Agency) -> None:
    session = agency.sign_in("admin")
    vault = Vault.load(agency.workspace.vault_path)
    new_key = vault.begin_rotation(session.store.key)
    session.store.rekey(new_key)
    session.close()  # the app dies before finish_rotation()
    again = agency.sign_in("walt")
    assert again.store.key == new_key
    again.close()
    assert not Vault.load(agency.workspace.vault_path).rotation_pending


def test_rotation_cut_short_before_the_rekey_keeps_the_old_key(agency: Agency) -> None:
    session = agency.sign_in("admin")
    old_key = session.store.key
    Vault.load(agency.workspace.vault_path).begin_rotation(old_key)
    session.close()
    again = agency.sign_in("sara")
    assert again.store.key == old_key
    again.close()
    assert not Vault.load(agency.workspace.vault_path).rotation_pending


def test_signing_in_keeps_a_technical_log_for_the_owner_only(tmp_path: Path) -> None:
    """The detail behind a plain message (the exception class, the first bytes of an odd
    answer) goes to the data folder's log, 0600, never to the person."""
    import logging
    import stat

    from collabdesk import logfile
    from collabdesk.vault import KdfParams
    from collabdesk.workspace import Workspace

    ws = Workspace(tmp_path / "agency")
    session, _ = ws.create("Eastside Clinic", "root", "root pass phrase 1",
                           kdf=KdfParams.FLOOR)
    try:
        logging.getLogger("collabdesk.sync").info("request to hub: ChunkedEncodingError")
        path = tmp_path / "agency" / "logs" / logfile.LOG_NAME
        assert "ChunkedEncodingError" in path.read_text(encoding="utf-8")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        # Another store signed in to in this process: its own log, the first one closed.
        other, _ = Workspace(tmp_path / "other").create(
            "Westside Clinic", "root", "root pass phrase 1", kdf=KdfParams.FLOOR)
        logging.getLogger("collabdesk.sync").info("second store")
        assert "second store" not in path.read_text(encoding="utf-8")
        other.close()
    finally:
        session.close()
        logfile.uninstall()
