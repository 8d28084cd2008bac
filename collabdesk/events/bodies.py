"""How the event log stores an event's body: its JSON, compressed with a shipped dictionary.

An event's body (``data``: the fields it sets, a transition's from and to) is compact JSON
of about 200 bytes, most of it the same keys, states and timestamp shapes as every other
event of its kind. Compressed on its own, such a short text hardly shrinks; with a
dictionary that already holds those shapes it keeps about a third (docs/performance.md). The
dictionary (``body_dictionary_1.zstd``, 16 KiB) was trained by
``installer/make_event_dictionary.py`` on made-up events whose free text was replaced by
random letters, so it holds the log's structure and no one's words. It never changes: a
store written with it must read back for ever. A better one would be dictionary 2, with a
prefix of its own, and both would stay readable.

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
_DICTIONARY_1 = "body_dictionary_1.zstd"
_LEVEL = 3  # higher levels shrink these short bodies by 1-2% at three times the CPU


@cache
def _dictionary() -> zstandard.ZstdCompressionDict:
    data = resources.files("collabdesk.events").joinpath(_DICTIONARY_1).read_bytes()
    dictionary = zstandard.ZstdCompressionDict(data)
    dictionary.precompute_compress(level=_LEVEL)
    return dictionary


# A compressor keeps state between calls, so each thread has its own.
_local = threading.local()


def _codecs() -> tuple[zstandard.ZstdCompressor, zstandard.ZstdDecompressor]:
    codecs: tuple[zstandard.ZstdCompressor, zstandard.ZstdDecompressor] | None = getattr(
        _local, "codecs", None)
    if codecs is None:
        dictionary = _dictionary()
        codecs = (zstandard.ZstdCompressor(
                      dict_data=dictionary, write_checksum=False, write_content_size=True,
                      write_dict_id=False, level=_LEVEL),
                  zstandard.ZstdDecompressor(dict_data=dictionary,
                                             format=zstandard.FORMAT_ZSTD1_MAGICLESS))
        _local.codecs = codecs
    return codecs


def pack(text: str) -> bytearray:
    """An event's JSON body as the log stores it (a bytearray: see ``ids.pack``)."""
    frame = _codecs()[0].compress(text.encode("utf-8"))
    # The frame's first four bytes are Zstandard's magic number: the format byte says it.
    out = bytearray(frame)
    out[:4] = bytes((_FORMAT_DICT_1,))
    return out


def unpack(stored: Any) -> Any:
    """A stored body as JSON text (text as it is; anything else is handed back unchanged,
    for SQLite's own checks to report)."""
    if isinstance(stored, (bytes, bytearray)) and stored[:1] == bytes((_FORMAT_DICT_1,)):
        # The frame, without its magic number, starts right after the format byte.
        return _codecs()[1].decompress(bytes(stored[1:])).decode("utf-8")
    return stored


def _pack_stored(stored: Any) -> Any:
    return pack(stored) if isinstance(stored, str) else stored


def register(conn: Any) -> None:
    """Add ``event_body(data)`` to ``conn`` (the view ``events`` and reads of the log use it)
    and ``event_body_pack(text)`` (the upgrade to schema 10 packs the log's bodies with it)."""
    conn.create_function("event_body", 1, unpack, deterministic=True)
    conn.create_function("event_body_pack", 1, _pack_stored)
