"""Tests for collabdesk.vault: key slots, throttling, recovery, rotation and tamper checks.

Argon2id runs at the floor (about 0.2 s each here), so one vault with two users and a recovery
slot is built once per module and copied into each test's folder.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from collabdesk.errors import (
    DiskFull,
    NotFound,
    TooManyAttempts,
    ValidationError,
    VaultError,
    WrongPassphrase,
)
from collabdesk.passphrases import (
    KdfParams,
    _format_recovery_code,
    calibrate,
    normalize_recovery_code,
    passphrase_strength,
)
from collabdesk.vault import SlotInfo, UnlockedKey, Vault

FLOOR = KdfParams.FLOOR


class FakeClock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@dataclass(frozen=True)
class Template:
    data: bytes
    store_key: bytes
    code: str


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    path = tmp_path_factory.mktemp("template") / "vault.json"
    vault, key = Vault.create(path, "store-1", kdf=FLOOR)
    vault.add_user_slot(key, "Alice", "alice passphrase", user_id="u-alice")
    vault.add_user_slot(key, "bob", "bob passphrase", user_id="u-bob")
    code = vault.add_recovery_slot(key)
    return Template(path.read_bytes(), key, code)


@pytest.fixture
def path(tmp_path: Path, template: Template) -> Path:
    target = tmp_path / "vault.json"
    target.write_bytes(template.data)
    return target


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def slot_json(path: Path, label: str) -> dict[str, Any]:
    doc = json.loads(path.read_bytes())
    return next(s for s in doc["slots"] if s["label"] == label)


def edit(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    doc = json.loads(path.read_bytes())
    change(doc)
    path.write_text(json.dumps(doc))


# ------------------------------------------------------------------ create / load / unlock


def test_create_writes_private_file_and_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "vault.json"
    vault, key = Vault.create(path, kdf=FLOOR)
    assert len(key) == 32
    assert vault.slots() == []
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert Vault.load(path).store_id == vault.store_id
    before = path.read_bytes()
    with pytest.raises(VaultError, match="already exists"):
        Vault.create(path, kdf=FLOOR)
    assert path.read_bytes() == before


def test_unlock_returns_store_key_case_insensitively(path: Path, template: Template) -> None:
    vault = Vault.load(path)
    unlocked = vault.unlock("ALICE", "alice passphrase")
    assert unlocked.key == template.store_key
    assert unlocked.pending is None
    assert unlocked.slot.label == "Alice"
    assert unlocked.slot.user_id == "u-alice"
    assert [s.kind for s in vault.slots()] == ["user", "user", "recovery"]
    assert vault.find_slot("Bob").user_id == "u-bob"
    with pytest.raises(NotFound, match="carol"):
        vault.unlock("carol", "x")


def test_unlocked_key_repr_hides_key_material() -> None:
    slot = SlotInfo("s", "user", "a", None, "2024-01-01T00:00:00+00:00")
    unlocked = UnlockedKey(key=b"\x01" * 32, pending=b"\x02" * 32, slot=slot)
    text = repr(unlocked)
    assert "\\x01" not in text and "\\x02" not in text and "slot_id='s'" in text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "No vault file"),
        (b"", "is empty: its contents were lost. Restore it from a backup"),
        (b"\x00\xff not json", "not JSON"),
        (b'{"format": "something-else"}', "not a CollabDesk vault"),
        (b'{"format": "collabdesk-vault", "version": 99}', "newer CollabDesk"),
        (b'{"format": "collabdesk-vault", "version": 2, "slots": []}', "key_generation"),
    ],
)
def test_load_rejects_missing_malformed_and_foreign_files(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "vault.json"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(VaultError, match=message):
        Vault.load(path)


def test_load_refuses_kdf_below_floor(path: Path) -> None:
    def downgrade(doc: dict[str, Any]) -> None:
        doc["slots"][0]["kdf"]["memory_kib"] = 1024

    edit(path, downgrade)
    with pytest.raises(VaultError, match="below the minimum"):
        Vault.load(path)


def test_load_refuses_absurd_kdf_memory(path: Path) -> None:
    edit(path, lambda doc: doc["kdf"].update(memory_kib=2**40))
    with pytest.raises(VaultError, match="above the maximum"):
        Vault.load(path)


# ------------------------------------------------------------------ wrong passphrase, throttle


def test_wrong_passphrase_changes_only_throttle_record(path: Path, clock: FakeClock) -> None:
    vault = Vault.load(path, clock=clock)
    before = path.read_bytes()
    with pytest.raises(WrongPassphrase):
        vault.unlock("alice", "not it")
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["vault.json", "vault.throttle.json"]
    record = json.loads(vault.throttle_path.read_bytes())["records"]
    assert record == {"user:alice": {"failures": 1, "last_failure": clock.now}}


def test_throttle_grows_persists_and_resets(path: Path, clock: FakeClock) -> None:
    vault = Vault.load(path, clock=clock)
    for _ in range(3):
        assert vault.retry_after("alice") == 0
        with pytest.raises(WrongPassphrase):
            vault.unlock("alice", "guess")
    assert vault.retry_after("alice") == 1.0
    assert vault.retry_after("bob") == 0  # per user

    # Even the right passphrase is refused without being checked while the wait runs.
    with pytest.raises(TooManyAttempts) as excinfo:
        vault.unlock("alice", "alice passphrase")
    assert excinfo.value.retry_after == 1.0

    reopened = Vault.load(path, clock=clock)  # a restart does not clear the count
    clock.now += 0.25
    assert reopened.retry_after("Alice") == 0.75
    with pytest.raises(TooManyAttempts):
        reopened.unlock("alice", "guess")

    clock.now += 0.75
    with pytest.raises(WrongPassphrase):
        reopened.unlock("alice", "guess")  # fourth failure: next wait is 2 s
    assert reopened.retry_after("alice") == 2.0

    clock.now += 2.0
    assert reopened.unlock("alice", "alice passphrase").slot.label == "Alice"
    assert reopened.retry_after("alice") == 0
    assert json.loads(reopened.throttle_path.read_bytes())["records"] == {}


def test_a_copy_of_the_vault_counts_in_the_record_it_is_given(
        path: Path, tmp_path: Path, clock: FakeClock) -> None:
    # A backup's key slots are a copy of the vault; they must not start a fresh count.
    copy = tmp_path / "scratch" / "vault.json"
    copy.parent.mkdir()
    copy.write_bytes(path.read_bytes())
    live = Vault.load(path, clock=clock)
    copied = Vault.load(copy, clock=clock, throttle_path=live.throttle_path)
    assert copied.throttle_path == live.throttle_path
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            copied.unlock("alice", "guess")
    assert not (copy.parent / "vault.throttle.json").exists()
    with pytest.raises(TooManyAttempts, match=r"Try again in 1 second\.$"):
        live.unlock("alice", "alice passphrase")
    with pytest.raises(TooManyAttempts):
        copied.unlock("alice", "alice passphrase")


def test_a_short_field_reads_right_for_one_byte(path: Path) -> None:
    edit(path, lambda doc: doc.update(key_check="AA=="))
    with pytest.raises(VaultError, match="has 1 byte, expected 16"):
        Vault.load(path)


def test_throttle_delay_is_capped(path: Path, clock: FakeClock) -> None:
    vault = Vault.load(path, clock=clock)
    vault.throttle_path.write_text(json.dumps({
        "format": "collabdesk-vault-throttle", "version": 1,
        "records": {"user:bob": {"failures": 40, "last_failure": clock.now}},
    }))
    assert vault.retry_after("bob") == 300.0
    clock.now -= 10_000  # clock set backwards must not extend the wait
    assert vault.retry_after("bob") == 300.0


# ------------------------------------------------------------------ recovery


def test_recovery_code_format_and_messy_unlock(path: Path, template: Template) -> None:
    code = template.code
    groups = code.split("-")
    assert len(groups) == 7 and all(len(g) == 4 for g in groups)
    messy = "  " + code.lower().replace("-", " ").replace("0", "o").replace("1", "l") + " "
    assert normalize_recovery_code(messy) == normalize_recovery_code(code)

    unlocked = Vault.load(path).unlock_with_recovery(messy)
    assert unlocked.key == template.store_key
    assert unlocked.slot.kind == "recovery"


@pytest.mark.parametrize("raw_hex", ["00" * 16, "0842108421084210842108421084210842"[:32]])
def test_recovery_code_reads_confusable_letters(raw_hex: str) -> None:
    raw = bytes.fromhex(raw_hex)
    code = _format_recovery_code(raw)
    assert set(code.replace("-", "")[:25]) == ({"0"} if raw == bytes(16) else {"1"})
    typed = code.replace("0", "o").replace("1", "l").lower()
    assert normalize_recovery_code(typed) == raw
    assert normalize_recovery_code(code.replace("1", "I").replace("-", " ")) == raw


def test_recovery_code_typos_are_caught_before_the_kdf(path: Path, template: Template) -> None:
    vault = Vault.load(path)
    compact = template.code.replace("-", "")
    swapped = compact[:5] + ("A" if compact[5] != "A" else "B") + compact[6:]
    with pytest.raises(ValidationError, match="typo"):
        vault.unlock_with_recovery(swapped)
    with pytest.raises(ValidationError, match="28"):
        vault.unlock_with_recovery(compact[:-1])
    with pytest.raises(ValidationError, match="'U'"):
        vault.unlock_with_recovery("U" + compact[1:])
    assert not vault.throttle_path.exists()  # not counted as guesses


def test_new_recovery_code_replaces_old(path: Path, template: Template) -> None:
    vault = Vault.load(path)
    new_code = vault.add_recovery_slot(template.store_key)
    assert new_code != template.code
    assert [s.kind for s in vault.slots()].count("recovery") == 1
    with pytest.raises(WrongPassphrase, match="recovery code"):
        vault.unlock_with_recovery(template.code)
    assert Vault.load(path).unlock_with_recovery(new_code).key == template.store_key


# ------------------------------------------------------------------ passphrases and slots


def test_change_passphrase_rewraps_only_that_slot(path: Path, template: Template) -> None:
    vault = Vault.load(path)
    bob_before, recovery_before = slot_json(path, "bob"), slot_json(path, "recovery")
    alice_before = slot_json(path, "Alice")
    old_copy = path.read_bytes()

    vault.change_passphrase("alice", "alice passphrase", "a brand new passphrase")

    alice_after = slot_json(path, "Alice")
    assert slot_json(path, "bob") == bob_before
    assert slot_json(path, "recovery") == recovery_before
    # A fresh key pair: an old copy of the vault with the old passphrase opens only the old
    # private key, which no store key wrapped after the change is sealed to.
    assert alice_after["public_key"] != alice_before["public_key"]
    assert alice_after["slot_id"] == alice_before["slot_id"]
    stale = path.parent / "stale-vault.json"
    stale.write_bytes(old_copy)
    assert Vault.load(stale).unlock("alice", "alice passphrase").key == template.store_key

    reopened = Vault.load(path)
    with pytest.raises(WrongPassphrase):
        reopened.unlock("alice", "alice passphrase")
    assert reopened.unlock("alice", "a brand new passphrase").key == template.store_key


def test_reset_passphrase_gives_fresh_key_pair(path: Path, template: Template) -> None:
    vault = Vault.load(path)
    before = slot_json(path, "bob")
    with pytest.raises(VaultError, match="not the current key"):
        vault.reset_passphrase(b"\x00" * 32, "bob", "whatever")
    vault.reset_passphrase(template.store_key, "bob", "bob was reset")
    after = slot_json(path, "bob")
    assert after["public_key"] != before["public_key"]
    assert after["slot_id"] == before["slot_id"] and after["user_id"] == "u-bob"
    assert Vault.load(path).unlock("bob", "bob was reset").key == template.store_key


def test_add_user_slot_validates_before_deriving(path: Path, template: Template) -> None:
    vault = Vault.load(path)
    before = path.read_bytes()
    with pytest.raises(ValidationError) as excinfo:
        vault.add_user_slot(template.store_key, "carol", "   ")
    assert "passphrase" in excinfo.value.fields
    with pytest.raises(ValidationError, match="already has a key slot"):
        vault.add_user_slot(template.store_key, "ALICE", "x")
    with pytest.raises(VaultError, match="not the current key"):
        vault.add_user_slot(b"\x07" * 32, "carol", "carol passphrase")
    assert path.read_bytes() == before


def test_remove_slot(path: Path) -> None:
    vault = Vault.load(path)
    bob = vault.find_slot("bob")
    vault.remove_slot(bob.slot_id)
    assert all(s.label != "bob" for s in Vault.load(path).slots())
    with pytest.raises(NotFound):
        vault.find_slot("bob")
    with pytest.raises(NotFound):
        vault.remove_slot(bob.slot_id)
    vault.remove_slot(vault.find_slot("alice").slot_id)
    (recovery,) = vault.slots()
    with pytest.raises(VaultError, match="last key slot"):
        vault.remove_slot(recovery.slot_id)
    assert len(Vault.load(path).slots()) == 1


def test_mutation_refused_when_file_changed_elsewhere(path: Path) -> None:
    first, second = Vault.load(path), Vault.load(path)
    first.remove_slot(first.find_slot("bob").slot_id)
    after_first = path.read_bytes()
    with pytest.raises(VaultError, match="changed by another program"):
        second.remove_slot(second.find_slot("alice").slot_id)
    assert path.read_bytes() == after_first


def test_failed_write_keeps_old_file(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault = Vault.load(path)
    before = path.read_bytes()

    def refuse(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(DiskFull, match="Nothing was lost"):  # the one full-disk message
        vault.remove_slot(vault.find_slot("bob").slot_id)
    monkeypatch.undo()

    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["vault.json"]  # no temp left
    assert vault.find_slot("bob").label == "bob"  # in-memory state not ahead of the disk
    assert len(Vault.load(path).slots()) == 3
    vault.remove_slot(vault.find_slot("bob").slot_id)  # and the object still works
    assert len(Vault.load(path).slots()) == 2


# ------------------------------------------------------------------ rotation


def test_rotation_crash_between_begin_and_finish(path: Path, template: Template) -> None:
    vault = Vault.load(path)
    with pytest.raises(VaultError, match="not the current key"):
        vault.begin_rotation(b"\x00" * 32)
    new_key = vault.begin_rotation(template.store_key)
    assert new_key != template.store_key and len(new_key) == 32

    # "Crash": a new process opens the vault and gets both candidates.
    reopened = Vault.load(path)
    assert reopened.rotation_pending
    unlocked = reopened.unlock("alice", "alice passphrase")
    assert (unlocked.key, unlocked.pending) == (template.store_key, new_key)
    with pytest.raises(VaultError, match="unfinished"):
        reopened.begin_rotation(template.store_key)  # would lose the pending key
    with pytest.raises(VaultError, match="unfinished"):
        reopened.add_user_slot(template.store_key, "carol", "carol passphrase")

    reopened.finish_rotation()
    final = Vault.load(path)
    assert not final.rotation_pending
    unlocked = final.unlock("bob", "bob passphrase")
    assert (unlocked.key, unlocked.pending) == (new_key, None)
    with pytest.raises(VaultError, match="No key rotation"):
        final.finish_rotation()
    with pytest.raises(VaultError, match="not the current key"):
        final.add_recovery_slot(template.store_key)  # the old key is no longer accepted


def test_abort_rotation_drops_pending(path: Path, template: Template) -> None:
    vault = Vault.load(path)
    vault.begin_rotation(template.store_key)
    vault.abort_rotation()
    doc = json.loads(path.read_bytes())
    assert doc["pending_key_check"] is None
    assert all(s["pending_wrapped_key"] is None for s in doc["slots"])
    assert not Vault.load(path).rotation_pending


# ------------------------------------------------------------------ tampering


def _set_slot(label: str, key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        next(s for s in doc["slots"] if s["label"] == label)[key] = value

    return change


def _bump_iterations(doc: dict[str, Any]) -> None:
    doc["slots"][0]["kdf"]["iterations"] += 1


@pytest.mark.parametrize(
    "change",
    [
        _set_slot("Alice", "slot_id", "0" * 32),
        _set_slot("Alice", "user_id", "u-admin"),  # would let alice sign in as someone else
        lambda doc: doc.update(store_id="another-store"),
        _bump_iterations,
    ],
    ids=["slot_id", "user_id", "store_id", "kdf"],
)
def test_tampered_slot_fields_fail_the_aead(
    path: Path, change: Callable[[dict[str, Any]], None]
) -> None:
    edit(path, change)
    with pytest.raises(WrongPassphrase):
        Vault.load(path).unlock("alice", "alice passphrase")


def test_swapped_wrapped_key_is_detected(path: Path) -> None:
    bob_wrap = slot_json(path, "bob")["wrapped_key"]
    edit(path, _set_slot("Alice", "wrapped_key", bob_wrap))
    with pytest.raises(VaultError, match="damaged or was swapped"):
        Vault.load(path).unlock("alice", "alice passphrase")


# ------------------------------------------------------------------ KDF and strength


def test_kdf_params_validate() -> None:
    FLOOR.validate()
    with pytest.raises(VaultError, match="iterations"):
        KdfParams(FLOOR.memory_kib, 2, FLOOR.lanes).validate()
    with pytest.raises(VaultError, match="lanes"):
        KdfParams(FLOOR.memory_kib, FLOOR.iterations, 1).validate()


def test_calibrate_never_goes_below_floor() -> None:
    assert calibrate(target_seconds=0.001) == FLOOR  # one real derivation


def test_calibrate_raises_memory_then_iterations() -> None:
    # A machine where the floor costs 0.1 s and cost grows with memory × iterations.
    def timer(params: KdfParams) -> float:
        return 0.1 * (params.memory_kib / FLOOR.memory_kib) * (params.iterations / 3)

    mid = calibrate(0.2, timer=timer)
    assert mid == KdfParams(128 * 1024, 3, 4)
    slow_target = calibrate(1.0, timer=timer)
    assert slow_target.memory_kib == 256 * 1024 and slow_target.iterations == 8
    assert 0.85 <= timer(slow_target) <= 1.2


def test_passphrase_strength_meter() -> None:
    assert passphrase_strength("")[0] == 0
    assert passphrase_strength("password1") == (
        0, "This is one of the most common passwords; choose something else."
    )
    assert passphrase_strength("aaaaaaaaaaaaaaaa")[0] == 0
    assert passphrase_strength("abcdefgh12345678")[0] <= 1
    assert passphrase_strength("qwertyuiop123")[0] == 0
    assert passphrase_strength("river lamp octopus")[0] <= 2
    assert passphrase_strength("river lamp octopus tundra mango")[0] >= 3
    assert passphrase_strength("G7#kq!2mZp@xV9&w")[0] == 4
    score, hint = passphrase_strength("tulip")
    assert score == 0 and "words" in hint


def test_a_slot_planted_in_the_file_never_receives_a_rotated_key(path: Path,
                                                                 template: Template) -> None:
    """Someone who can write vault.json but knows no passphrase adds a slot of their own;
    the next rotation must refuse rather than wrap the new store key to it."""
    import json as _json

    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    doc = _json.loads(path.read_text())
    planted = dict(next(s for s in doc["slots"] if s["label"] == "bob"))
    attacker = X25519PrivateKey.generate()
    import base64

    planted.update(slot_id="planted", label="mallory", user_id="u-mallory",
                   public_key=base64.b64encode(attacker.public_key().public_bytes_raw()).decode())
    doc["slots"].append(planted)
    path.write_text(_json.dumps(doc))
    vault = Vault.load(path)
    with pytest.raises(VaultError, match="mallory"):
        vault.begin_rotation(template.store_key)
    with pytest.raises(VaultError, match="mallory"):
        vault.add_recovery_slot(template.store_key)
    assert not Vault.load(path).rotation_pending
    # Everyone else still signs in, and removing the planted slot makes rotation work again.
    assert vault.unlock("alice", "alice passphrase").key == template.store_key
    vault.remove_slot("planted")
    new_key = vault.begin_rotation(template.store_key)
    vault.finish_rotation()
    assert Vault.load(path).unlock("bob", "bob passphrase").key == new_key
