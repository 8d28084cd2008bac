"""Our mailbox: pull it page by page, verify and open each envelope, and apply it.

Opening an envelope (its signature, its decryption) touches neither the store nor, mostly,
the network, so it runs on the round's own thread; applying is one store step per group of
envelopes: their effects, their ``sync_seen`` rows and the new cursor in one transaction, each
envelope inside its own savepoint so a refused one leaves no trace.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from collabdesk import syncmeta
from collabdesk.errors import CollabDeskError, DiskProblem, NotFound, PermissionDenied
from collabdesk.events.projection import Event
from collabdesk.progress import Progress
from collabdesk.services.referrals import IncomingReferral, PartnerUpdate
from collabdesk.store.db import Connection, IntegrityError
from collabdesk.sync import batch as batching
from collabdesk.sync import envelope as envelope_mod
from collabdesk.sync.canonical import b64d, b64e
from collabdesk.sync.client import CursorGone, HubError, HubRejected, PullPage
from collabdesk.sync.engine.common import Reject, SyncReport, WaitingForKey
from collabdesk.sync.engine.state import CatchUp, EngineState
from collabdesk.sync.engine.trust import Trust
from collabdesk.sync.errors import EnvelopeError
from collabdesk.sync.keys import AgencyKey
from collabdesk.sync.suites import PqPolicyError
from collabdesk.timeutil import iso

log = logging.getLogger("collabdesk.sync")

PULL_PAGE = 200
# Bytes of envelopes a page stops at (the hub's own limit is 8 MiB): a page arrives as base64
# in JSON and is held three times over while it is read, the peak of a catch-up's memory.
PULL_PAGE_BYTES = 4 * 1024 * 1024
# Pulled envelopes are applied in one transaction until they add up to this many events:
# few commits when catching up, while the store's lock is never held for long.
APPLY_GROUP_EVENTS = 10_000


@dataclass
class Incoming:
    """A pulled envelope, opened and ready to apply — or refused, with the reason."""

    envelope_id: str
    seq: int | None
    parsed: envelope_mod.ParsedEnvelope | None
    batch: object
    reason: str = ""

    @property
    def size(self) -> int:
        """Roughly how much applying it costs, in events."""
        events = self.batch.get("events") if isinstance(self.batch, dict) else None
        return len(events) if isinstance(events, list) else 1


class Opener:
    """Verifies and decrypts envelopes of our mailbox, holding the agency keys it read once
    (read again after the keys were refreshed from the hub)."""

    def __init__(self, state: EngineState, trust: Trust) -> None:
        self.state, self.trust = state, trust
        self.own = state.hub_agency_id
        self._keys: dict[int, AgencyKey] | None = None

    def agency_keys(self) -> dict[int, AgencyKey]:
        if self._keys is None:
            self._keys = self.state.agency_keys()
        return self._keys

    def sender_public(self, parsed: envelope_mod.ParsedEnvelope, *, online: bool) -> bytes:
        return self.trust.sender_public(parsed, own=self.own, online=online)

    def open(self, data: bytes, parsed: envelope_mod.ParsedEnvelope, *, online: bool,
             raw: bool = False) -> Any:
        """Verify and decrypt → the batch (or, with ``raw``, the plain body's bytes)."""
        own = self.own
        sender_public = self.sender_public(parsed, online=online)
        opener = envelope_mod.open_envelope_bytes if raw else envelope_mod.open_envelope
        for attempt in (0, 1):
            keys = {(own, e): k for e, k in self.agency_keys().items()}
            try:
                _, batch = opener(data, mailbox=own, sender_public=sender_public,
                                  agency_keys=keys)
                # Only now is the sender known to have sealed it: name it if it broke policy.
                self.trust.check_suites(parsed)
                return batch
            except EnvelopeError as exc:
                ours = [e for a, e, _ in parsed.recipients if a == own]
                if exc.reason != "no-key" or not ours:
                    raise
                if attempt == 0 and online:
                    self.trust.refresh_own()
                    self._keys = None
                    continue
                state = self.trust.own_state()
                if any(e in state.epochs for e in ours):
                    # Sealed to a key of ours we have not been granted yet: wait, don't reject.
                    raise WaitingForKey("no-key") from exc
                raise
        raise AssertionError("unreachable")


class Inbox:
    def __init__(self, state: EngineState, trust: Trust) -> None:
        self.state = state
        self.trust = trust
        self.session = state.session

    # -- pulling ----------------------------------------------------------------------------

    def pull(self, report: SyncReport, note: Progress, stop: Callable[[], bool]
             ) -> int | None:
        """Pull our mailbox to its end (or until cancelled); → the length of the agency's
        device chain at the hub, as the last page said (None if it did not).

        Once the pull proves to be a catch-up (more than a group of events, or more than a
        page), it runs as one until it ends (:class:`CatchUp`: a lean page cache and no
        cycle collection, its waits for the next page included)."""
        catching_up = CatchUp(self.state)
        try:
            return self._pull(report, note, stop, catching_up)
        finally:
            catching_up.end()

    def _pull(self, report: SyncReport, note: Progress, stop: Callable[[], bool],
              catching_up: CatchUp) -> int | None:
        s = self.state
        opener = Opener(s, self.trust)
        own = opener.own
        client = s.client()
        token = s.meta(syncmeta.CURSOR)
        resynced = False
        while True:
            if stop():
                report.cancelled = True
                return None
            try:
                page = client.pull(own, token, PULL_PAGE, own_ids_only=True,
                                   max_bytes=PULL_PAGE_BYTES)
                seen = self._seen_of(p.envelope_id for p in page.envelopes)
                if self._unknown_own(page, seen):
                    # Sent from here but not known here (a store restored from an older
                    # backup keeps its device id): fetch the page whole.
                    page = client.pull(own, token, PULL_PAGE, max_bytes=PULL_PAGE_BYTES)
                    seen = self._seen_of(p.envelope_id for p in page.envelopes)
                    if self._unknown_own(page, seen):
                        raise HubRejected(200, "sync.hub-sent-envelopes-without",
                                          "bad-response")
            except CursorGone:
                if resynced:
                    raise
                log.info("pull cursor of %s is gone; resyncing from the start", own)
                s.delete_meta(syncmeta.CURSOR)
                token, resynced, report.resynced = None, True, True
                continue
            count = len(page.envelopes)
            group: list[Incoming] = []
            group_events = 0
            for i, pulled in enumerate(page.envelopes):
                if stop():
                    self.store_incoming(group, None, report)
                    report.cancelled = True
                    return None
                report.envelopes_pulled += 1
                if pulled.data is None:  # one of ours, known here (checked above)
                    report.envelopes_skipped += 1
                    item = None
                else:
                    try:
                        item = self.receive(pulled.data, seq=pulled.seq,
                                            hub_id=pulled.envelope_id, report=report,
                                            opener=opener, seen=seen)
                    except (WaitingForKey, HubError):
                        # The round stops here; what was opened before it is kept.
                        self.store_incoming(group, None, report)
                        raise
                if item is not None and all(g.envelope_id != item.envelope_id for g in group):
                    group.append(item)
                    group_events += item.size
                last = i == count - 1
                if last or group_events >= APPLY_GROUP_EVENTS:
                    if not (last and page.done):
                        catching_up.begin()
                    self.store_incoming(group, page.token if last else None, report)
                    group, group_events = [], 0
                note(report.envelopes_pulled, 0, f"Received {report.envelopes_pulled} "
                     "envelope(s)")
            if not count and page.token != token:
                s.set_meta(syncmeta.CURSOR, page.token)
            token = page.token
            if page.done:
                report.snapshot_behind = page.behind
                report.measures_version = page.measures
                return page.chain

    def _seen_of(self, envelope_ids: Iterable[str]) -> set[str]:
        """Which of ``envelope_ids`` were dealt with before (one store step)."""
        wanted = [i for i in envelope_ids if i]
        if not wanted:
            return set()

        def step() -> set[str]:
            with self.state.store.read() as conn:
                return {str(r[0]) for r in conn.execute(
                    "SELECT envelope_id FROM sync_seen WHERE envelope_id IN "
                    "(SELECT value FROM json_each(?))", (json.dumps(wanted),))}
        return self.state.db(step)

    @staticmethod
    def _unknown_own(page: PullPage, seen: set[str]) -> bool:
        return any(p.data is None and p.envelope_id not in seen for p in page.envelopes)

    # -- one envelope -----------------------------------------------------------------------

    def take(self, data: bytes, *, seq: int | None, hub_id: str = "", cursor: str | None,
             report: SyncReport, online: bool = True, record_rejection: bool = True) -> str:
        """Verify and apply one envelope of our mailbox → 'applied', 'rejected' or 'skipped'.

        The envelope's effects, its ``sync_seen`` row and ``cursor`` (if given) are written
        in one transaction; a rejected envelope is recorded with its reason and never applied.
        Raises WaitingForKey (nothing recorded) if it is sealed to a key not granted yet.
        """
        item = self.receive(data, seq=seq, hub_id=hub_id, report=report,
                            opener=Opener(self.state, self.trust), online=online)
        if item is None:
            if cursor is not None:
                self.state.set_meta(syncmeta.CURSOR, cursor)
            return "skipped"
        return self.store_incoming([item], cursor, report,
                                   record_rejection=record_rejection)[0]

    def receive(self, data: bytes, *, seq: int | None, hub_id: str, report: SyncReport,
                opener: Opener, seen: set[str] | None = None, online: bool = True
                ) -> Incoming | None:
        """Parse, verify and decrypt one envelope (no store writes). None if it was dealt
        with before (``seen``: ids known to be, looked up beforehand); a refusal comes back
        as an item carrying its reason."""
        try:
            parsed = envelope_mod.parse_envelope(data)
            envelope_id = parsed.envelope_id
        except EnvelopeError:
            parsed, envelope_id = None, hub_id
        if envelope_id and (envelope_id in seen if seen is not None and envelope_id == hub_id
                            else bool(self._seen_of([envelope_id]))):
            report.envelopes_skipped += 1
            return None
        try:
            if parsed is None:
                envelope_mod.parse_envelope(data)  # raises again with the reason
                raise Reject("bad-framing")
            batch = opener.open(data, parsed, online=online)
        except PqPolicyError as exc:
            # A refusal a person can act on: it names the laptop to update.
            log.warning("%s", exc)
            report.notices.append(str(exc))
            return Incoming(envelope_id or hub_id, seq, parsed, None, exc.reason)
        except (EnvelopeError, Reject) as exc:
            return Incoming(envelope_id or hub_id, seq, parsed, None, exc.reason)
        return Incoming(envelope_id, seq, parsed, batch)

    def store_incoming(self, items: list[Incoming], cursor: str | None, report: SyncReport,
                       *, record_rejection: bool = True) -> list[str]:
        """Apply verified envelopes in one transaction (one store step), each inside its own
        savepoint so a refused one leaves no trace; record every outcome, then ``cursor``.
        One commit for a run of envelopes is what makes catching up on thousands of events
        fast."""
        if not items and cursor is None:
            return []
        return self.state.db(lambda: self._store_incoming(items, cursor, report,
                                                          record_rejection))

    def _store_incoming(self, items: list[Incoming], cursor: str | None, report: SyncReport,
                        record_rejection: bool) -> list[str]:
        store = self.state.store
        outcomes: list[str] = []
        with store.transaction() as conn:
            own = store.get_meta(syncmeta.HUB_AGENCY) or ""
            for item in items:
                reason = item.reason
                if not reason:
                    assert item.parsed is not None
                    try:
                        with store.savepoint(conn):
                            self._apply(conn, own, item.parsed, item.batch)
                            self.record(conn, own, item.envelope_id, item.seq, "applied", "")
                    except Reject as exc:
                        reason = exc.reason
                if not reason:
                    report.envelopes_applied += 1
                    outcomes.append("applied")
                    continue
                sender = (f"{item.parsed.sender_agency}/{item.parsed.sender}" if item.parsed
                          else "unknown sender")
                # The round's report carries it to the person (Network page, command line):
                # logged for the technician, not printed a second time.
                log.info("rejected envelope %s (seq %s) from %s: %s", item.envelope_id,
                         item.seq, sender, reason)
                report.envelopes_rejected += 1
                report.rejections.append((item.envelope_id, reason))
                if record_rejection and item.envelope_id:
                    self.record(conn, own, item.envelope_id, item.seq, "rejected", reason)
                outcomes.append("rejected")
            if cursor is not None:
                store.set_meta(syncmeta.CURSOR, cursor)
        return outcomes

    def record(self, conn: Connection, own: str, envelope_id: str, seq: int | None,
               outcome: str, reason: str) -> None:
        """Remember an envelope of our mailbox as dealt with (inside a store step)."""
        conn.execute(
            "INSERT OR REPLACE INTO sync_seen(envelope_id, mailbox, seq, outcome, reason, "
            "seen_at) VALUES (?, ?, ?, ?, ?, ?)",
            (envelope_id, own, seq, outcome, reason, iso(self.session.now())))

    # -- applying (inside a store step) -----------------------------------------------------

    def _apply(self, conn: Connection, own: str, parsed: envelope_mod.ParsedEnvelope,
               batch: object) -> None:
        try:
            if parsed.kind == "events":
                if parsed.sender_agency != own:
                    raise Reject("events-from-another-agency")
                events, parts = batching.read_event_batch(batch)
                self._apply_events(conn, events, parts)
            elif parsed.kind == "referral":
                if parsed.sender_agency == own:
                    raise Reject("referral-from-own-agency")
                for message_id, kind, payload in batching.read_message_batch(batch):
                    self._apply_message(conn, parsed.sender_agency, message_id, kind, payload)
            else:
                raise Reject(f"unsupported-kind-{parsed.kind}")
        except batching.BatchError as exc:
            log.info("malformed batch: %s", exc)
            raise Reject("bad-batch") from exc
        except (PermissionDenied, DiskProblem):
            raise  # the user's role or this laptop's disk, not the envelope: reject nothing
        except (IntegrityError, NotFound, CollabDeskError, KeyError, TypeError,
                ValueError) as exc:
            # The envelope verified but its content cannot be applied here (a malformed or
            # impossible message): refuse it whole, nothing of it stays.
            raise Reject(f"apply-failed-{type(exc).__name__}") from exc

    def _apply_events(self, conn: Connection, events: list[Event],
                      parts: list[batching.BlobPart]) -> None:
        for part in parts:
            take_blob_part(conn, part)
        self.session.log.apply_remote(conn, events)
        if not self.session.agency_id:
            # A joining laptop learns its agency from the agency's own record.
            for event in events:
                if event.entity == "agency" and event.op == "create":
                    self.state.store.set_meta("agency_id", event.entity_id)
                    break

    def _apply_message(self, conn: Connection, sender_agency: str, message_id: str, kind: str,
                       p: dict[str, Any]) -> None:
        referrals = self.session.referrals
        if kind == "referral":
            claimed = p.get("from_agency_id")
            if claimed is not None and claimed != sender_agency:
                raise Reject("from-agency-mismatch")
            shared = p.get("shared")
            if not isinstance(shared, dict):
                raise Reject("bad-message")
            referrals.receive(IncomingReferral(
                referral_id=str(p["referral_id"]), from_agency_id=sender_agency,
                from_agency_name=str(p.get("from_agency_name") or sender_agency),
                service_name=str(p.get("service_name") or ""), domain=str(p["domain"]),
                reason=str(p.get("reason") or ""), urgency=str(p["urgency"]), shared=shared,
                sent_at=str(p["sent_at"]),
                due_at=None if p.get("due_at") is None else str(p["due_at"]),
                hlc=str(p["hlc"]), device=str(p["device"])))
        else:
            referral_id = str(p["referral_id"])
            row = conn.execute("SELECT p.hub_agency_id FROM referrals r JOIN partners p ON "
                               "p.id = r.partner_id WHERE r.id = ?", (referral_id,)).fetchone()
            if row is None:
                raise Reject("unknown-referral")
            if row[0] != sender_agency:
                # Only the agency on the other side of a referral may change its state.
                raise Reject("not-the-referral-partner")
            referrals.record_partner_update(PartnerUpdate(
                update_id=str(p["update_id"]), referral_id=referral_id,
                to_status=str(p["to_status"]), reason=str(p.get("reason") or ""),
                at=str(p["at"]), hlc=str(p["hlc"]), device=str(p["device"])))


def take_blob_part(conn: Connection, part: batching.BlobPart) -> None:
    """Keep one part of an attachment; once all its parts are here, the attachment."""
    if conn.execute("SELECT 1 FROM blobs WHERE sha256 = ?", (part.sha256,)).fetchone():
        return
    if part.parts == 1:
        data = batching.assemble_blob([part])
    else:
        prefix = f"{syncmeta.BLOB_PART}{part.sha256}:"
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                     (f"{prefix}{part.part}", b64e(part.data)))
        rows = conn.execute("SELECT key, value FROM meta WHERE key LIKE ?",
                            (prefix + "%",)).fetchall()
        staged = [batching.BlobPart(part.sha256, int(k[len(prefix):]), part.parts, b64d(v))
                  for k, v in rows]
        data = batching.assemble_blob(staged)
        if data is not None:
            conn.execute("DELETE FROM meta WHERE key LIKE ?", (prefix + "%",))
    if data is not None:
        conn.execute("INSERT OR IGNORE INTO blobs(sha256, data) VALUES (?, ?)",
                     (part.sha256, data))
