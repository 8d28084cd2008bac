"""How the event log stores an event's body: its JSON, compressed with a shipped dictionary.

An event's body (``data``: the fields it sets, a transition's from and to) is compact JSON
of about 200 bytes, most of it the same keys, states and timestamp shapes as every other
event of its kind. Compressed on its own, such a short text hardly shrinks; with a
dictionary that already holds those shapes it keeps two fifths (docs/performance.md). The
dictionary (``body_dictionary_1.zstd``, 16 KiB) was trained by
``installer/make_event_dictionary.py`` on made-up events whose free text was replaced by
random letters and ids by random hex, so it holds the log's structure and no one's words.
It never changes: a store written with it must read back for ever. A better one would be
dictionary 2, with a prefix of its own, and both would stay readable.

A stored body is either text (JSON as it came, from stores written before schema 10: read
as it is) or a blob: one byte naming the format (1: Zstandard, dictionary 1, a frame without
its magic number) and the frame. The view ``events`` shows bodies as JSON text through the
SQL function ``event_body`` that :func:`register` adds to each of the store's connections, so
every read of the view reads as before; a read of ``event_log`` itself wraps ``data`` in it.
"""

from __future__ import annotations

import threading
from functools import cache
from importlib import resources
from typing import Any

import zstandard

_FORMAT_DICT_1 = 1
_PREFIX_1 = bytes((_FORMAT_DICT_1,))
_DICTIONARY_1 = "body_dictionary_1.zstd"
_LEVEL = 3  # higher levels shrink these short bodies by 1-2% at three times the CPU


class BodyDamaged(ValueError):
    """A stored body that does not decompress (the store's pages are authenticated, so
    this means a defect, not tampering); the integrity check names the event."""


@cache
def _dictionary() -> zstandard.ZstdCompressionDict:
    data = resources.files("collabdesk.events").joinpath(_DICTIONARY_1).read_bytes()
    dictionary = zstandard.ZstdCompressionDict(data)
    dictionary.precompute_compress(level=_LEVEL)
    # The decompression side of a dictionary is built on first use without a lock: build
    # it here, once, before any thread shares it.
    zstandard.ZstdDecompressor(dict_data=dictionary).decompress(
        zstandard.ZstdCompressor(dict_data=dictionary).compress(b"{}"))
    return dictionary


_dictionary_lock = threading.Lock()
# A compressor keeps state between calls, so each thread has its own.
_local = threading.local()


def _new_codecs() -> tuple[zstandard.ZstdCompressor, zstandard.ZstdDecompressor]:
    with _dictionary_lock:
        dictionary = _dictionary()
    # Frames without Zstandard's magic number: the format byte in front says what they are.
    params = zstandard.ZstdCompressionParameters.from_level(
        _LEVEL, format=zstandard.FORMAT_ZSTD1_MAGICLESS, write_checksum=False,
        write_content_size=True, write_dict_id=False)
    codecs = (zstandard.ZstdCompressor(dict_data=dictionary, compression_params=params),
              zstandard.ZstdDecompressor(dict_data=dictionary,
                                         format=zstandard.FORMAT_ZSTD1_MAGICLESS))
    _local.codecs = codecs
    return codecs


def pack(text: str) -> bytearray:
    """An event's JSON body as the log stores it (a bytearray: see ``ids.pack``)."""
    codecs = getattr(_local, "codecs", None) or _new_codecs()
    out = bytearray(_PREFIX_1)
    out += codecs[0].compress(text.encode("utf-8"))
    return out


def unpack(stored: Any) -> Any:
    """A stored body as JSON text (text as it is; a value that is neither text nor a body
    this version knows, such as NULL, is handed back unchanged). Raises BodyDamaged."""
    if isinstance(stored, (bytes, bytearray)) and stored[:1] == _PREFIX_1:
        codecs = getattr(_local, "codecs", None) or _new_codecs()
        try:
            return codecs[1].decompress(memoryview(stored)[1:]).decode("utf-8")
        except (zstandard.ZstdError, UnicodeDecodeError) as exc:
            raise BodyDamaged(str(exc)) from exc
    return stored


def damaged(rows: Any) -> list[int]:
    """The numbers (``seq``) of the events among ``rows`` of (seq, stored body) whose
    body is not one this version can read back."""
    bad = []
    for seq, stored in rows:
        try:
            text = unpack(stored)
        except BodyDamaged:
            bad.append(seq)
            continue
        if not isinstance(text, str):
            bad.append(seq)
    return bad


def _pack_stored(stored: Any) -> Any:
    return pack(stored) if isinstance(stored, str) else stored


def register(conn: Any) -> None:
    """Add ``event_body(data)`` to ``conn`` (the view ``events`` and reads of the log use it)
    and ``event_body_pack(text)`` (the upgrade to schema 10 packs the log's bodies with it)."""
    conn.create_function("event_body", 1, unpack, deterministic=True)
    conn.create_function("event_body_pack", 1, _pack_stored)
