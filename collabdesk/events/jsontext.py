"""Compact JSON with sorted keys: how the event log writes a body and a record its heads.

The same value gives the same text on every laptop. A replay writes such a text for every
event and most records it touches, so the encoder is made once: ``JSONEncoder.encode``
builds a new C encoder at each call, a microsecond of the three a short body costs
(docs/performance.md, session 10).
"""

from __future__ import annotations

import json
import json.encoder
from collections.abc import Callable
from typing import Any

_SPELLING: dict[str, Any] = {"sort_keys": True, "separators": (",", ":"),
                             "ensure_ascii": False}
_encode: Callable[[Any], str] = json.JSONEncoder(**_SPELLING).encode


def _unencodable(value: object) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _c_encoder() -> Callable[[Any], str] | None:
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # an interpreter without the C accelerator: the stdlib's own path
        return None
    # As JSONEncoder(**_SPELLING) would call it, without its check for cycles: a body is
    # parsed JSON or built by our code, never cyclic (a cycle still ends, in RecursionError).
    iterencode = make(None, _unencodable, json.encoder.encode_basestring, None, ":", ",",
                      True, False, True)

    def encode(value: Any) -> str:
        if isinstance(value, str):  # the C encoder takes containers and numbers only
            return _encode(value)
        return "".join(iterencode(value, 0))
    return encode


compact: Callable[[Any], str] = _c_encoder() or _encode
