"""Offline bundles: the same sealed envelopes a laptop would push, carried in one file.

For places with no connection at all, a laptop writes its pending envelopes (its own events
for the agency's mailbox, and queued messages for partner mailboxes) to a file on a USB
stick; another laptop of the agency, or a partner's laptop, imports it through exactly the
verification path of a pull. Envelopes are signed and sealed, so the file needs no
encryption of its own; the trailing hash only catches a truncated or damaged copy early.

Layout (big-endian)::

    b"CDBUNDLE1\\n" ‖ u32 len(header) ‖ header (canonical JSON)
    ‖ n × (u32 len(envelope) ‖ envelope) ‖ SHA-256 of everything before it (32 bytes)

``header = {"v": 1, "created": ms, "sender_agency": id, "device": id, "count": n,
"chain": [wire entries of the sender agency's device chain]}``. The chain lets a partner
verify the sender without the hub; it is checked against the root the importer has pinned.
``"measures"`` (optional) carries the network's signed measurement framework, adopted by
the importer when it is newer and signed by the network key it pinned.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from collabdesk import syncmeta
from collabdesk.errors import CollabDeskError
from collabdesk.fsutil import atomic_write_bytes
from collabdesk.sync import chain as chain_mod
from collabdesk.sync import envelope as envelope_mod
from collabdesk.sync.canonical import canonical_json, loads_canonical
from collabdesk.sync.errors import ChainError, EnvelopeError
from collabdesk.sync.suites import PqPolicyError

if TYPE_CHECKING:
    from collabdesk.services.session import Session
    from collabdesk.sync.engine import SyncEngine

MAGIC = b"CDBUNDLE1\n"
MAX_HEADER = 4 * 1024 * 1024
MAX_BUNDLE = 2 * 1024 * 1024 * 1024


class BundleError(CollabDeskError):
    """The bundle file cannot be written or read; nothing was imported."""


@dataclass(frozen=True)
class ExportReport:
    path: Path
    envelopes: int
    events: int
    messages: int


@dataclass
class ImportReport:
    envelopes: int = 0
    applied: int = 0
    skipped: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    not_for_us: int = 0
    sender_agency: str = ""
    notes: list[str] = field(default_factory=list)


def write_bundle(path: Path, header: dict[str, Any], envelopes: list[bytes]) -> None:
    """Write a bundle atomically (a reader sees the old file or the whole new one)."""
    head = canonical_json({**header, "v": 1, "count": len(envelopes)})
    parts = [MAGIC, struct.pack(">I", len(head)), head]
    for data in envelopes:
        parts += [struct.pack(">I", len(data)), data]
    body = b"".join(parts)
    atomic_write_bytes(Path(path), body + hashlib.sha256(body).digest())


def read_bundle(path: Path) -> tuple[dict[str, Any], list[bytes]]:
    """Read and check a bundle's framing; raises BundleError. Envelopes are not opened."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BUNDLE:
            raise BundleError("bundle.too-large", name=path.name)
        raw = path.read_bytes()
    except OSError as exc:
        raise BundleError("bundle.unreadable", path=path, problem=exc.strerror or exc) from exc
    if not raw.startswith(MAGIC):
        raise BundleError("bundle.not-a-bundle", name=path.name)
    if len(raw) < len(MAGIC) + 4 + 32:
        raise BundleError("bundle.cut-short", name=path.name)
    body, digest = raw[:-32], raw[-32:]
    if hashlib.sha256(body).digest() != digest:
        raise BundleError("bundle.checksum-mismatch", name=path.name)
    pos = len(MAGIC)
    (length,) = struct.unpack(">I", body[pos:pos + 4])
    pos += 4
    if length > MAX_HEADER or pos + length > len(body):
        raise BundleError("bundle.malformed-header", name=path.name)
    try:
        header = loads_canonical(body[pos:pos + length])
    except ValueError as exc:
        raise BundleError("bundle.malformed-header", name=path.name) from exc
    pos += length
    if not isinstance(header, dict) or header.get("v") != 1:
        raise BundleError("bundle.from-newer-version", name=path.name)
    envelopes = []
    while pos < len(body):
        if pos + 4 > len(body):
            raise BundleError("bundle.malformed-frame", name=path.name)
        (size,) = struct.unpack(">I", body[pos:pos + 4])
        pos += 4
        if size > envelope_mod.MAX_ENVELOPE_BYTES or pos + size > len(body):
            raise BundleError("bundle.malformed-frame", name=path.name)
        envelopes.append(body[pos:pos + size])
        pos += size
    if header.get("count") != len(envelopes):
        raise BundleError("bundle.envelope-count-mismatch", name=path.name)
    return header, envelopes


def _engine(session: Session) -> SyncEngine:
    from collabdesk.sync.engine import SyncEngine

    return SyncEngine(session)


def export_bundle(session: Session, path: Path, *, engine: SyncEngine | None = None
                  ) -> ExportReport:
    """Write this laptop's pending envelopes to ``path`` (no network needed).

    Own events not yet stored by the hub, sealed to our current agency key, and queued
    partner messages for every partner whose device chain this laptop has cached. Nothing
    is marked as sent: the hub still receives them at the next sync (duplicates are
    harmless), so a lost USB stick loses nothing.
    """
    session.require("sync.run")
    engine = engine or _engine(session)
    keys = engine.state.keys()
    own = engine.hub_agency_id
    pushed = int(engine.state.meta(syncmeta.PUSHED_SEQ) or 0)
    envelopes: list[bytes] = []
    events = messages = 0
    for b, data in engine.seal_event_envelopes(pushed):
        envelopes.append(data)
        events += len(b.events)
    skipped = []
    for mailbox, queued in engine.outbox.pending_messages().items():
        partner = engine.chain_state(mailbox)
        if partner is None:
            skipped.append(mailbox)
            continue
        try:
            sealed = list(engine.seal_messages(mailbox, partner, queued))
        except PqPolicyError:  # not sealed classically for a post-quantum agency: left queued
            skipped.append(mailbox)
            continue
        for ids, data in sealed:
            envelopes.append(data)
            messages += len(ids)
    header = {"created": int(engine.clock() * 1000), "sender_agency": own,
              "device": keys.device_id, "chain": engine.state.chain_wires(own),
              "skipped_mailboxes": skipped}
    framework = engine.db(session.measures.signed)
    if framework is not None:  # the network's framework travels too (checked on import)
        header["measures"] = framework.to_json()
    write_bundle(Path(path), header, envelopes)
    return ExportReport(Path(path), len(envelopes), events, messages)


def _adopt_chain(engine: SyncEngine, agency: str, wires: list[dict[str, Any]]) -> str:
    """Use the bundle's copy of the sender's chain if it extends what we trust."""
    if not wires:
        return ""
    try:
        current = engine.chain_state(agency)
        if current is None:
            state = chain_mod.verify_chain(agency, wires,
                                           expected_root=engine.state.pinned_root(agency))
        else:
            known = engine.state.chain_wires(agency)
            if len(wires) <= len(known):
                return ""
            if canonical_json(wires[:len(known)]) != canonical_json(known):
                raise ChainError("bad-seq", "bundle.device-list-forks")
            state = chain_mod.extend_chain(current, wires[len(known):])
    except ChainError as exc:
        return f"The sender's device list in the bundle was not trusted: {exc}"
    engine.state.store_chain(agency, wires, state)
    return ""


def _adopt_framework(engine: SyncEngine, session: Session, data: Any) -> str:
    """Adopt the network's framework carried in a bundle, if it is newer and signed by the
    pinned network key; what was refused, in words ("" when adopted or not newer)."""
    from collabdesk.measures.framework import MeasureError
    from collabdesk.measures.signed import SignedFramework

    try:
        signed = SignedFramework.from_json(data)
        engine.db(lambda: session.measures.receive(signed))
    except MeasureError as exc:
        return "" if exc.code == "measures.older-version" else str(exc)
    return ""


def import_bundle(session: Session, path: Path, *, engine: SyncEngine | None = None
                  ) -> ImportReport:
    """Apply a bundle's envelopes addressed to our mailbox, verified exactly as a pull.

    Raises BundleError if the file is damaged, or if none of it is addressed to this
    agency's mailbox. Envelopes already applied are skipped; a rejected one is reported
    with its reason and not recorded, so the same envelope can still come from the hub.
    """
    from collabdesk.sync.engine import SyncReport

    session.require("sync.run")
    engine = engine or _engine(session)
    engine.state.keys()
    own = engine.hub_agency_id
    header, envelopes = read_bundle(Path(path))
    report = ImportReport(envelopes=len(envelopes), sender_agency=str(header.get("sender_agency")
                                                                       or ""))
    ours: list[bytes] = []
    for data in envelopes:
        try:
            mailbox = envelope_mod.parse_envelope(data).mailbox
        except EnvelopeError:
            mailbox = own  # let the normal path refuse it with its reason
        if mailbox == own:
            ours.append(data)
        else:
            report.not_for_us += 1
    if envelopes and not ours:
        raise BundleError(
            "bundle.for-another-agency", count=len(envelopes), name=Path(path).name, own=own)
    chain = header.get("chain")
    if report.sender_agency and isinstance(chain, list):
        problem = _adopt_chain(engine, report.sender_agency, chain)
        if problem:
            report.notes.append(problem)
    if "measures" in header:
        problem = _adopt_framework(engine, session, header["measures"])
        if problem:
            report.notes.append(problem)
    if report.not_for_us:
        report.notes.append(f"{report.not_for_us} envelope(s) are for another agency's mailbox "
                            "and were left alone.")
    sync_report = SyncReport()
    taken: set[bytes] = set()
    for data in ours:
        # A stick copied onto twice may hold an envelope twice: it is taken (and, if it is
        # refused, reported) once.
        digest = hashlib.sha256(data).digest()
        if digest in taken:
            report.skipped += 1
            continue
        taken.add(digest)
        outcome = engine.take(data, seq=None, cursor=None, report=sync_report, online=False,
                              record_rejection=False)
        if outcome == "applied":
            report.applied += 1
        elif outcome == "skipped":
            report.skipped += 1
    report.rejected = list(sync_report.rejections)
    report.notes.extend(sync_report.notices)  # e.g. which laptop sealed with a refused suite
    return report
