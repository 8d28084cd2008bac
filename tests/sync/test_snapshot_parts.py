"""A snapshot part's shape is checked before any of its rows reach the store: a part the
maker's software got wrong is refused with the reason, whatever the row that is wrong."""

from __future__ import annotations

import json
from typing import Any

import pytest

from collabdesk.sync import snapshot as snapshot_mod
from collabdesk.sync.canonical import b64e

SNAPSHOT = "s" * 32
TABLES = {"partners": ["id", "name"], "notes": ["id", "case_id", "body"]}


def _part(**changes: Any) -> bytes:
    value: dict[str, Any] = {
        "v": snapshot_mod.VERSION, "snapshot": SNAPSHOT, "n": 3,
        "chunks": [["partners", [["p1", "Food bank"], ["p2", "Clinic"]]],
                   ["notes", [["n1", "c1", "Called back"]]],
                   [snapshot_mod.INDEX_CHUNK, [["c1", "ana", "", "", []]]]],
        "blobs": [["a" * 64, 0, 2, b64e(b"first half")]],
    }
    value.update(changes)
    return json.dumps(value).encode()


def _read(plain: bytes) -> snapshot_mod.Part:
    return snapshot_mod.read_part(plain, snapshot_id=SNAPSHOT, index=3, tables=TABLES)


def test_a_well_made_part_reads_as_its_rows_and_blob_pieces() -> None:
    part = _read(_part())
    assert part.rows == [("partners", [["p1", "Food bank"], ["p2", "Clinic"]]),
                         ("notes", [["n1", "c1", "Called back"]]),
                         (snapshot_mod.INDEX_CHUNK, [["c1", "ana", "", "", []]])]
    [blob] = part.blobs
    assert (blob.sha256, blob.part, blob.parts, blob.data) == ("a" * 64, 0, 2, b"first half")


@pytest.mark.parametrize(("plain", "why"), [
    (b"{not json", "not JSON"),
    (_part(v=snapshot_mod.VERSION + 1), "unknown version"),
    (_part(snapshot="t" * 32), "another snapshot"),
    (_part(n=4), "another snapshot or place"),
    (_part(chunks={"partners": []}), "must be lists"),
    (_part(chunks=[["sync_outbox", [["x"]]]]), "names no table"),
    (_part(chunks=[["blobs", []]]), "names no table"),
    (_part(chunks=[["partners", [["p1", "Food bank"], ["p2"]]]]), "wrong number of columns"),
    (_part(chunks=[["partners", [["p1", "Food bank"], ["p2", "Clinic", "x"]]]]),
     "wrong number of columns"),
    (_part(chunks=[["partners", [["p1", "Food bank"], "p2,Clinic"]]]),
     "wrong number of columns"),
    (_part(chunks=[["partners", [["p1", "Food bank"], {"id": 1, "name": 2}]]]),
     "wrong number of columns"),
    (_part(chunks=[[snapshot_mod.INDEX_CHUNK, [["c1", "ana"]]]]), "wrong number of columns"),
    (_part(blobs=[["a" * 64, 0, 2]]), "blob piece is malformed"),
    (_part(blobs=[["a" * 64, 2, 2, ""]]), "out of range"),
], ids=["not-json", "version", "snapshot", "place", "chunks-not-list", "local-table",
        "blobs-as-table", "row-short", "row-long", "row-text", "row-object", "index-row",
        "blob-short", "blob-piece"])
def test_a_malformed_part_is_refused_with_the_reason(plain: bytes, why: str) -> None:
    with pytest.raises(snapshot_mod.SnapshotError, match=why) as caught:
        _read(plain)
    assert caught.value.reason == "bad-part"
