"""Canonical JSON and base64 helpers: the byte-exact encodings everything signed is built on.

Canonical JSON is UTF-8, sorted keys, no insignificant whitespace; byte strings are encoded as
unpadded URL-safe base64. Two parties that agree on a value therefore agree on its bytes,
which is what lets a signature made on one laptop verify on another. Numbers are integers,
except inside a sealed batch of events, which may carry the decimals a person entered in a
form (a weight, a score): a finite float is written as its shortest round-trip spelling, so
equal values still have equal bytes. Headers and everything the hub reads stay integers-only.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from typing import Any

_B64_CHARS = re.compile(r"[A-Za-z0-9_-]*")


def b64e(data: bytes) -> str:
    """Unpadded URL-safe base64 of ``data``."""
    return base64.urlsafe_b64encode(bytes(data)).rstrip(b"=").decode("ascii")


def b64d(text: str) -> bytes:
    """Decode unpadded URL-safe base64; raise ValueError unless ``text`` is its canonical form.

    Rejecting padding, foreign characters and non-zero spare bits means each byte string has
    exactly one accepted spelling, so a signed value cannot be re-spelled by a relay.
    """
    if not isinstance(text, str):
        raise ValueError("base64 value must be a string")
    if not _B64_CHARS.fullmatch(text) or len(text) % 4 == 1:
        raise ValueError("not unpadded URL-safe base64")
    try:
        data = base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_", validate=True)
    except binascii.Error as exc:
        raise ValueError("not unpadded URL-safe base64") from exc
    if b64e(data) != text:
        raise ValueError("base64 value is not in canonical form")
    return data


def _normalise(obj: object) -> Any:
    if obj is None or isinstance(obj, (str, bool, int)):
        return obj
    if isinstance(obj, (bytes, bytearray, memoryview)):
        return b64e(bytes(obj))
    if isinstance(obj, Mapping):
        out: dict[str, Any] = {}
        for key, value in obj.items():
            if not isinstance(key, str):
                raise TypeError(f"canonical JSON keys must be strings, not {type(key).__name__}")
            out[key] = _normalise(value)
        return out
    if isinstance(obj, (list, tuple)):
        return [_normalise(item) for item in obj]
    if isinstance(obj, float):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise TypeError("canonical JSON cannot carry NaN or infinity")
        return obj  # json writes repr(): the shortest spelling that reads back exactly
    raise TypeError(f"cannot encode {type(obj).__name__} as canonical JSON")


def reference_canonical_json(obj: object) -> bytes:
    """The strict definition of :func:`canonical_json`: every value is checked and copied in
    Python before ``json`` writes it. Slow; it is what the fast path must agree with, and
    what decides the error when the fast path declines a value."""
    try:
        return json.dumps(
            _normalise(obj), sort_keys=True, separators=(",", ":"), ensure_ascii=False,
            allow_nan=False,
        ).encode("utf-8")
    except RecursionError as exc:
        raise ValueError("value is nested too deeply for canonical JSON") from exc


# The fast path: the C encoder walks the value itself. It is only given values made of the
# exact types it writes the way the reference does (no subclasses, no other Mappings), with
# string keys (it would quietly turn 1 or None into "1" or "null"), and shallow enough that
# neither side can hit a recursion limit; anything else goes to the reference.
_BYTES = (bytes, bytearray, memoryview)
_LEAVES = frozenset({str, int, float, bool, type(None), *_BYTES})
_FAST_DEPTH = 64


def _as_base64(obj: object) -> str:
    if isinstance(obj, _BYTES):
        return b64e(bytes(obj))
    raise TypeError("not plain")  # unreachable: _plain admitted only these


_ENCODER = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False,
    check_circular=False,  # _plain's depth bound already rules out a cycle
    default=_as_base64,
)


def _plain(obj: object, depth: int = 0) -> bool:
    """True if ``obj`` may go straight to the C encoder (see above)."""
    kind = type(obj)
    if kind is dict:
        if depth >= _FAST_DEPTH:
            return False
        for key, value in obj.items():  # type: ignore[attr-defined]
            if type(key) is not str or (type(value) not in _LEAVES
                                        and not _plain(value, depth + 1)):
                return False
        return True
    if kind is list or kind is tuple:
        if depth >= _FAST_DEPTH:
            return False
        for value in obj:  # type: ignore[attr-defined]
            if type(value) not in _LEAVES and not _plain(value, depth + 1):
                return False
        return True
    return kind in _LEAVES


def canonical_json(obj: object) -> bytes:
    """Encode ``obj`` as canonical JSON bytes (bytes values become unpadded base64).

    Raises TypeError for values JSON cannot carry exactly (NaN, sets, non-string keys)
    and ValueError for nesting too deep to encode or strings that are not valid Unicode.
    Byte for byte the same as :func:`reference_canonical_json`, which also raises the errors.
    """
    try:
        if _plain(obj):
            return _ENCODER.encode(obj).encode("utf-8")
    except (ValueError, RecursionError):
        pass  # NaN, infinity, a lone surrogate, a stack already deep: the reference decides
    return reference_canonical_json(obj)


def _no_float(text: str) -> Any:
    raise ValueError("floats are not allowed in canonical JSON")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):  # the common case costs one dict build; find the key if not
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"duplicate key {key!r}")
            seen.add(key)
    return out


def loads_json(data: bytes, *, floats: bool = False) -> Any:
    """Parse JSON strictly: UTF-8, no NaN or duplicate keys, and no floats unless ``floats``
    (a batch of events may carry decimals; a header never). Raises ValueError."""
    try:
        text = bytes(data).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError("JSON is not valid UTF-8") from exc
    try:
        return json.loads(
            text, parse_float=float if floats else _no_float, parse_constant=_no_float,
            object_pairs_hook=_no_duplicates,
        )
    except RecursionError as exc:  # hostile nesting must be a refusal, not a crash
        raise ValueError("JSON is nested too deeply") from exc


def loads_canonical(data: bytes) -> Any:
    """Parse JSON that must already be canonical; raises ValueError otherwise."""
    value = loads_json(data)
    if canonical_json(value) != bytes(data):
        raise ValueError("JSON is not in canonical form")
    return value
