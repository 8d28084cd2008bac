"""The hub API's request and response bodies (pydantic), which also make the published
OpenAPI spec (``GET /openapi.json``) useful. docs/sync-protocol.md describes each field."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from collabdesk.sync import envelope as envelope_mod


class EnrollIn(BaseModel):
    code: str = Field(max_length=100)
    sign_pub: str = Field(description="b64 raw Ed25519 public key", max_length=100)
    kem_pub: str = Field(description="b64 raw X25519 public key", max_length=100)
    label: str = Field(min_length=1, max_length=200)
    chain: list[dict[str, Any]] | None = Field(
        default=None, description="wire entries 0 and 1, for an agency's first device only"
    )


class EnrollOut(BaseModel):
    agency: str
    device: str
    status: str


class ChainOut(BaseModel):
    agency: str
    entries: list[dict[str, Any]]


class ChainIn(BaseModel):
    entries: list[dict[str, Any]] = Field(max_length=1000)


class ChainAppendOut(BaseModel):
    agency: str
    next_seq: int


class PendingDevice(BaseModel):
    device: str
    label: str
    sign_pub: str
    kem_pub: str
    fingerprint: str
    requested_at: int


class PendingOut(BaseModel):
    devices: list[PendingDevice]


class GrantIn(BaseModel):
    epoch: int = Field(ge=0)
    blob: str


class GrantsIn(BaseModel):
    grants: list[GrantIn] = Field(min_length=1, max_length=1000)


class GrantsStoredOut(BaseModel):
    device: str
    stored: int


class GrantOut(BaseModel):
    agency: str
    epoch: int
    blob: str
    granted_by: str


class GrantsOut(BaseModel):
    grants: list[GrantOut]


class DirectoryEntry(BaseModel):
    id: str
    name: str
    epoch: int | None
    suite: int | None
    agency_pub: str | None


class DirectoryOut(BaseModel):
    agencies: list[DirectoryEntry]


class PushResult(BaseModel):
    id: str | None
    seq: int | None
    status: str
    reason: str | None = None


class PushOut(BaseModel):
    results: list[PushResult]


class PulledEnvelope(BaseModel):
    seq: int
    id: str
    data: str | None = Field(description="b64 of the envelope; null for the caller's own "
                             "envelopes when the pull asked for own=id")


class PullOut(BaseModel):
    envelopes: list[PulledEnvelope]
    token: str
    done: bool
    chain: int = Field(description="entries in the caller's agency device chain: a laptop "
                       "whose copy is shorter fetches the rest before sealing anything")
    behind: int | None = Field(default=None, description="on the last page: envelopes in "
                               "the mailbox after its latest snapshot (all, if none)")
    measures: int | None = Field(default=None, description="on the last page: the version of "
                                 "the network's measurement framework (0: none published), so "
                                 "a laptop asks for it only when it changed")


class SnapshotCommitIn(BaseModel):
    manifest: str = Field(description="b64 of the sealed manifest (an envelope of kind "
                          "'snapshot')")
    parts: int = Field(ge=1, le=envelope_mod.MAX_SNAPSHOT_PARTS)
    cursor: str | None = Field(default=None, description="the maker's pull token when it "
                               "read the rows: where in the mailbox the snapshot stands")


class SnapshotOut(BaseModel):
    id: str
    parts: int
    size: int
    created_at: int
    behind: int = Field(description="envelopes in the mailbox after the snapshot's point")
    manifest: str = Field(description="b64 of the sealed manifest")


class SnapshotPartOut(BaseModel):
    id: str
    n: int


class SummaryIn(BaseModel):
    month: str = Field(description="YYYY-MM", max_length=7)
    document: str = Field(description="b64 of the summary document's JSON bytes "
                          "(see collabdesk.sync.summaries)")
    signature: str = Field(description="b64 Ed25519 by the sending device over "
                           "b'collabdesk-summary-v1\\n' + document", max_length=100)


class SummaryOut(BaseModel):
    id: int
    month: str
    superseded: int
