"""Passphrases and recovery codes, the secrets that open the vault: the Argon2id parameters
that turn them into keys and their calibration on this machine, the recovery code format, and
the passphrase strength meter. The vault file and its key slots are in :mod:`collabdesk.vault`.
"""

from __future__ import annotations

import hashlib
import math
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import ClassVar

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from collabdesk.errors import ValidationError, VaultError
from collabdesk.messages import render

__all__ = [
    "KdfParams",
    "calibrate",
    "normalize_recovery_code",
    "passphrase_strength",
]

KEY_SIZE = 32
SALT_SIZE = 16

# Calibration puts extra cost into memory first (hurts GPU attackers most), up to what a
# shared clinic laptop can spare, then into iterations.
CALIBRATION_MAX_MEMORY_KIB = 256 * 1024


# --------------------------------------------------------------------------- KDF parameters


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, stored per slot."""

    memory_kib: int
    iterations: int
    lanes: int

    FLOOR: ClassVar[KdfParams]
    # Upper bounds stop a tampered file from making the app allocate absurd memory.
    CEILING: ClassVar[KdfParams]

    def validate(self) -> None:
        """Raise :class:`VaultError` unless the parameters are within floor and ceiling."""
        for name in ("memory_kib", "iterations", "lanes"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise VaultError("vault.kdf-not-integer", name=name)
            low, high = getattr(KdfParams.FLOOR, name), getattr(KdfParams.CEILING, name)
            if value < low:
                raise VaultError(
                    "vault.kdf-below-minimum", name=name, value=value, low=low)
            if value > high:
                raise VaultError(
                    "vault.kdf-above-maximum", name=name, value=value, high=high)
        if self.memory_kib < 8 * self.lanes:
            raise VaultError("vault.kdf-memory-too-small")

    def to_json(self) -> dict[str, int]:
        return {"memory_kib": self.memory_kib, "iterations": self.iterations, "lanes": self.lanes}

    @classmethod
    def from_json(cls, obj: object) -> KdfParams:
        if not isinstance(obj, dict) or set(obj) != {"memory_kib", "iterations", "lanes"}:
            raise VaultError("vault.kdf-malformed")
        params = cls(obj["memory_kib"], obj["iterations"], obj["lanes"])
        params.validate()
        return params


KdfParams.FLOOR = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
KdfParams.CEILING = KdfParams(memory_kib=4 * 1024 * 1024, iterations=64, lanes=64)


def _derive_kek(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_SIZE,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def _time_derivation(params: KdfParams) -> float:
    started = time.perf_counter()
    _derive_kek(b"calibration", secrets.token_bytes(SALT_SIZE), params)
    return time.perf_counter() - started


def calibrate(
    target_seconds: float = 0.5, *, timer: Callable[[KdfParams], float] | None = None
) -> KdfParams:
    """Return Argon2id parameters taking about ``target_seconds`` here, never below the floor.

    Starts at :attr:`KdfParams.FLOOR`, raises memory (up to 256 MiB) and then iterations,
    assuming time grows linearly with each. ``timer`` measures one derivation (default: run it);
    it exists so the search can be exercised without real derivations.
    """
    measure = timer or _time_derivation
    params = KdfParams.FLOOR
    elapsed = measure(params)
    for _ in range(8):
        if elapsed >= target_seconds * 0.85:
            break
        factor = min(target_seconds / max(elapsed, 1e-4), 16.0)
        if params.memory_kib < CALIBRATION_MAX_MEMORY_KIB:
            memory = int(params.memory_kib * factor) // 1024 * 1024  # whole MiB
            memory = max(params.memory_kib, min(CALIBRATION_MAX_MEMORY_KIB, memory))
            if memory == params.memory_kib:
                break
            params = replace(params, memory_kib=memory)
        else:
            iterations = min(KdfParams.CEILING.iterations, math.ceil(params.iterations * factor))
            if iterations == params.iterations:
                break
            params = replace(params, iterations=iterations)
        elapsed = measure(params)
    params.validate()
    return params


# --------------------------------------------------------------------------- recovery codes

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_INDEX = {ch: i for i, ch in enumerate(_CROCKFORD)}
_CONFUSABLES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_RECOVERY_BYTES = 16
_RECOVERY_DATA_CHARS = 26  # 128 bits + 2 zero bits
_RECOVERY_CHARS = 28  # plus 2 check characters (10 bits) to catch typos before the KDF


def _recovery_check(raw: bytes) -> int:
    return int.from_bytes(hashlib.sha256(b"collabdesk recovery code" + raw).digest()[:2]) >> 6


def _format_recovery_code(raw: bytes) -> str:
    number = (int.from_bytes(raw) << 2 << 10) | _recovery_check(raw)
    chars = [_CROCKFORD[(number >> (5 * i)) & 31] for i in reversed(range(_RECOVERY_CHARS))]
    text = "".join(chars)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalize_recovery_code(code: str) -> bytes:
    """Decode a typed recovery code to its 16 secret bytes.

    Ignores case, spaces and dashes and reads O as 0 and I/L as 1. Raises
    :class:`ValidationError` for a code that cannot be right (wrong length, a character that
    recovery codes never use, or a failed typo check), without spending a KDF run on it.
    """
    cleaned = re.sub(r"[\s\-]+", "", code or "").upper().translate(_CONFUSABLES)
    bad = sorted({ch for ch in cleaned if ch not in _CROCKFORD_INDEX})
    if bad:
        raise ValidationError(
            "vault.recovery-code-bad-characters",
            {"code": "field.unexpected-character"},
            characters=', '.join(repr(c) for c in bad))
    if len(cleaned) != _RECOVERY_CHARS:
        raise ValidationError(
            "vault.recovery-code-wrong-length",
            {"code": "field.wrong-length"},
            length=_RECOVERY_CHARS, count=len(cleaned))
    number = 0
    for ch in cleaned:
        number = number << 5 | _CROCKFORD_INDEX[ch]
    check, data = number & 0x3FF, number >> 10
    raw = (data >> 2).to_bytes(_RECOVERY_BYTES)  # 28 chars = 140 bits, so data fits 130
    if data & 0b11 or _recovery_check(raw) != check:
        raise ValidationError(
            "vault.recovery-code-typo",
            {"code": "field.typo-code"},
        )
    return raw


# --------------------------------------------------------------------------- strength meter

_COMMON = frozenset({
    "password", "passw0rd", "123456", "12345678", "123456789", "1234567890", "qwerty",
    "qwertyuiop", "abc123", "letmein", "welcome", "monkey", "dragon", "iloveyou", "admin",
    "football", "baseball", "sunshine", "princess", "master", "shadow", "trustno1", "secret",
    "111111", "000000", "654321", "superman", "michael", "computer", "login", "starwars",
    "hello", "freedom", "whatever", "changeme", "default", "collabdesk",
})
_KEYBOARD_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_WORD_BITS = 11.0  # a word a person picked, from a working vocabulary of a few thousand


def _char_pool(text: str) -> int:
    pool = 0
    if any(c.islower() and c.isascii() for c in text):
        pool += 26
    if any(c.isupper() and c.isascii() for c in text):
        pool += 26
    if any(c.isdigit() and c.isascii() for c in text):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in text):
        pool += 33
    if any(not c.isascii() for c in text):
        pool += 100
    return max(pool, 1)


def _predictable(prev: str, ch: str) -> bool:
    a, b = prev.lower(), ch.lower()
    if a == b or abs(ord(a) - ord(b)) == 1:
        return True
    return any(a + b in row or b + a in row for row in _KEYBOARD_ROWS)


def _estimate_bits(text: str) -> float:
    per_char = math.log2(_char_pool(text))
    bits = 0.0
    for i, ch in enumerate(text):
        # Repeats, alphabet runs and keyboard walks add almost nothing for a guesser.
        bits += 1.0 if i and _predictable(text[i - 1], ch) else per_char
    lowered = text.casefold()
    for word in _COMMON:
        if len(word) >= 4 and word in lowered:
            bits -= (len(word) - 1) * per_char
    return max(bits, 0.0)


def passphrase_strength(passphrase: str) -> tuple[int, str]:
    """Score 0-4 with a hint, for the UI's strength meter. A rough estimate, not a policy.

    The hint is already in the current language (see :mod:`collabdesk.messages`)."""
    if not passphrase or not passphrase.strip():
        return 0, render("passphrase.enter")
    core = re.sub(r"[\d\W_]+$", "", passphrase.strip().casefold())
    if passphrase.strip().casefold() in _COMMON or core in _COMMON:
        return 0, render("passphrase.common")
    bits = _estimate_bits(passphrase)
    words = [w for w in re.split(r"[\s\-_.,;:/+]+", passphrase) if w]
    if len(words) >= 2 and all(w.isalpha() for w in words):
        # Real words are guessed as words, not letter by letter.
        bits = min(bits, _WORD_BITS * len(words) + 2.0 * sum(len(w) > 7 for w in words))
    if bits < 28:
        return 0, render("passphrase.very-weak")
    if bits < 40:
        return 1, render("passphrase.weak")
    if bits < 52:
        return 2, render("passphrase.fair")
    if bits < 70:
        return 3, render("passphrase.strong")
    return 4, render("passphrase.very-strong")
