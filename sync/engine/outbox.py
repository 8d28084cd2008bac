"""What this laptop sends: its own events to the agency's mailbox, queued messages to
partner agencies, and monthly summaries for the hub's dashboard.

Reading what to send and recording what was sent are store steps; sealing and the requests
run between them. Each acknowledged push advances ``sync_pushed_seq`` in its own step, so a
round cut short resends nothing the hub has. When records' delivery states move on, the
store is told (:data:`collabdesk.changes.DELIVERY`), so the lists showing them refresh.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

from collabdesk import syncmeta
from collabdesk.changes import DELIVERY
from collabdesk.events.projection import Event
from collabdesk.progress import Progress
from collabdesk.sync import batch as batching
from collabdesk.sync import chain as chain_mod
from collabdesk.sync import envelope as envelope_mod
from collabdesk.sync import summaries
from collabdesk.sync.canonical import b64d, b64e
from collabdesk.sync.client import DeviceRevoked, HubRejected, PushResult
from collabdesk.sync.engine.common import SyncReport, SyncSetupError, now_ms
from collabdesk.sync.engine.inbox import Inbox
from collabdesk.sync.engine.state import EngineState
from collabdesk.sync.engine.trust import Trust
from collabdesk.sync.errors import ChainError
from collabdesk.sync.keys import DeviceKeys
from collabdesk.sync.suites import PqPolicyError
from collabdesk.timeutil import iso

_EVENT_PAGE = 5000

Message = tuple[str, str, dict[str, Any]]  # outbox id, kind, payload


class Outbox:
    def __init__(self, state: EngineState, trust: Trust, inbox: Inbox) -> None:
        self.state = state
        self.trust = trust
        self.inbox = inbox
        self.session = state.session

    # -- our own events ---------------------------------------------------------------------

    def _local_event_pages(self, after: int) -> Iterator[list[tuple[int, Event]]]:
        def page(after: int) -> list[Any]:
            with self.state.store.read() as conn:
                rows: list[Any] = conn.execute(
                    "SELECT seq, id, hlc, device, user_id, entity, entity_id, op, data, scope "
                    "FROM events WHERE origin = 'local' AND seq > ? ORDER BY seq LIMIT ?",
                    (after, _EVENT_PAGE)).fetchall()
            return rows

        while True:
            rows = self.state.db(partial(page, after))
            if not rows:
                return
            yield [(int(r[0]), Event(r[1], r[2], r[3], r[4], r[5], r[6], r[7],
                                     json.loads(r[8]), r[9])) for r in rows]
            after = int(rows[-1][0])

    def _load_blob(self, digest: str) -> bytes | None:
        def step() -> bytes | None:
            with self.state.store.read() as conn:
                row = conn.execute("SELECT data FROM blobs WHERE sha256 = ?",
                                   (digest,)).fetchone()
            return bytes(row[0]) if row else None
        return self.state.db(step)

    def seal_event_envelopes(self, after: int) -> Iterator[tuple[batching.EventBatch, bytes]]:
        """Our local events after seq ``after``, sealed for our own mailbox, in order."""
        s = self.state
        keys = s.keys()
        own = s.hub_agency_id
        recipient = self.trust.recipient(self.trust.own_state())
        # One stream across the pages, so that only the push's last envelope is short of
        # MAX_EVENTS (or of MAX_BATCH_JSON); a page and a batch are in memory at a time.
        rows = itertools.chain.from_iterable(self._local_event_pages(after))
        for b in batching.plan_event_batches(rows, self._load_blob, start_seq=after):
            data = envelope_mod.seal_bytes(
                kind="events", plain=b.payload_json(), mailbox=own, sender=keys,
                sender_agency=own, recipients=[recipient], created_ms=now_ms(s.clock))
            yield b, data

    def _sealed_once(self, pushed: int) -> Iterator[tuple[batching.EventBatch, bytes]]:
        """:meth:`seal_event_envelopes`, but an envelope whose answer was lost last time is
        sent again byte for byte, and each new one is kept until the hub acknowledges it.

        Sealing again would make a new envelope (new keys, new id) holding the same events,
        and the hub, which de-duplicates by id, would keep both: every restore would replay
        them twice."""
        s = self.state
        recipient = json.dumps(list(self.trust.recipient(self.trust.own_state())), default=str)
        kept = json.loads(s.meta(syncmeta.PUSH_IN_FLIGHT) or "null")
        # Only while it still starts where our pushed events end, and is sealed to the
        # agency's current key (after a laptop was removed, seal anew for the new key).
        if kept and kept["after"] == pushed and kept["recipient"] == recipient:
            b = batching.EventBatch(kept["events"], [], kept["last_seq"])
            yield b, b64d(kept["data"])
            pushed = b.last_seq
        for b, data in self.seal_event_envelopes(pushed):
            # Of the events, only what an acknowledgement needs (their count and records):
            # the sealed bytes are kept whole, and writing every event again cost as much
            # as encoding them.
            s.set_meta(syncmeta.PUSH_IN_FLIGHT, json.dumps({
                "after": pushed, "recipient": recipient,
                "events": [{"eid": e["eid"]} for e in b.events],
                "last_seq": b.last_seq, "data": b64e(data)}))
            yield b, data
            pushed = b.last_seq

    def push_events(self, pushed: int, waiting: int, report: SyncReport, note: Progress,
                    stop: Callable[[], bool]) -> None:
        """Push our events after seq ``pushed`` to our mailbox, one envelope at a time."""
        s = self.state
        own = s.hub_agency_id
        client = s.client()
        done = 0
        for b, data in self._sealed_once(pushed):
            results = client.push(own, [data])
            if not results or not results[0].ok:
                reason = results[0].reason if results else "no answer"
                raise HubRejected(400, "sync.hub-refused-laptop-s", reason, reason=reason)
            s.db(partial(self._acknowledged, own, results[0], b))
            done += len(b.events)
            report.pushed_events += len(b.events)
            report.envelopes_pushed += 1
            note(done, int(waiting), "Sending this laptop's changes")
            if stop():
                report.cancelled = True
                return

    def _acknowledged(self, own: str, result: PushResult, b: batching.EventBatch) -> None:
        """The hub has a pushed envelope: remember it and how far our events are pushed."""
        store = self.state.store
        with store.transaction() as conn:
            # Remembered as dealt with: pulls then bring it back as its id alone.
            if result.envelope_id:
                self.inbox.record(conn, own, result.envelope_id, result.seq, "applied",
                                  "sent from this laptop")
            if b.last_seq > int(store.get_meta(syncmeta.PUSHED_SEQ) or 0):
                store.set_meta(syncmeta.PUSHED_SEQ, str(b.last_seq))
            conn.execute("DELETE FROM meta WHERE key = ?", (syncmeta.PUSH_IN_FLIGHT,))
        store.note_changes(DELIVERY, {str(e.get("eid")) for e in b.events})

    # -- messages to partners ---------------------------------------------------------------

    def pending_messages(self) -> dict[str, list[Message]]:
        """Queued (or failed) messages for partner agencies, by mailbox, oldest first."""
        def step() -> list[Any]:
            with self.state.store.read() as conn:
                rows: list[Any] = conn.execute(
                    "SELECT id, kind, mailbox, payload FROM sync_outbox WHERE state IN "
                    "('waiting', 'failed') AND kind IN ('referral', 'referral_update') "
                    "ORDER BY created_at, id").fetchall()
            return rows

        grouped: dict[str, list[Message]] = {}
        for message_id, kind, mailbox, payload in self.state.db(step):
            grouped.setdefault(mailbox, []).append((message_id, kind, json.loads(payload)))
        return grouped

    def seal_messages(self, mailbox: str, partner: chain_mod.ChainState,
                      messages: list[Message]) -> Iterator[tuple[list[str], bytes]]:
        """Seal outbox messages for ``mailbox`` to the partner's and our current epochs."""
        s = self.state
        keys = s.keys()
        own = s.hub_agency_id
        recipients = (self.trust.recipients(partner) if mailbox == own
                      else self.trust.recipients(partner, self.trust.own_state()))
        items = []
        for message_id, kind, payload in messages:
            if kind == "referral":
                payload = {**payload, "from_agency_id": own}
            items.append({"id": message_id, "kind": kind, "payload": payload})
        for group in batching.plan_message_batches(items):
            data = envelope_mod.seal(
                kind="referral", batch={"v": 1, "messages": group}, mailbox=mailbox,
                sender=keys, sender_agency=own, recipients=recipients,
                created_ms=now_ms(s.clock))
            yield [m["id"] for m in group], data

    def send_messages(self, outbox: dict[str, list[Message]], report: SyncReport,
                      note: Progress) -> None:
        client = self.state.client()
        for mailbox, messages in outbox.items():
            ids = [m[0] for m in messages]
            try:
                partner = self.trust.refresh_chain(mailbox)
                sealed = self._sealed_messages_once(mailbox, partner, messages)
            except HubRejected as exc:
                if isinstance(exc, DeviceRevoked):
                    raise
                reason = ("The partner agency is not registered on the hub."
                          if exc.status == 404 else exc.message)
                self.mark(ids, "failed", reason)
                report.messages_failed += len(ids)
                continue
            except PqPolicyError as exc:
                self.mark(ids, "failed", str(exc))
                report.messages_failed += len(ids)
                report.notices.append(str(exc))
                continue
            except (ChainError, SyncSetupError) as exc:
                self.mark(ids, "failed", f"The partner's device list cannot be trusted: {exc}"
                          if isinstance(exc, ChainError) else str(exc))
                report.messages_failed += len(ids)
                continue
            for group, data in sealed:
                result = client.push(mailbox, [data])[0]
                if result.ok:
                    self.mark(group, "sent")
                    report.messages_sent += len(group)
                else:
                    self.mark(group, "failed", f"The hub refused the message ({result.reason}).")
                    report.messages_failed += len(group)
                self._forget_sealed(mailbox, group)  # answered: stored, or refused for good
            note(report.messages_sent, 0, "Sending messages to partners")

    def _sealed_messages_once(self, mailbox: str, partner: chain_mod.ChainState,
                              messages: list[Message]) -> list[tuple[list[str], bytes]]:
        """:meth:`seal_messages`, but a group whose push answer was lost is sent again byte
        for byte (the same envelope id), and every sealed group is kept until the hub
        answers for it: the hub de-duplicates by id, so the partner's mailbox holds each
        message once. Sealed anew only when the partner's or our agency key changed."""
        s = self.state
        key = syncmeta.MESSAGES_IN_FLIGHT + mailbox
        recipients = json.dumps([list(self.trust.recipient(partner)),
                                 list(self.trust.recipient(self.trust.own_state()))],
                                default=str)
        waiting = {m[0] for m in messages}
        sealed: list[tuple[list[str], bytes]] = []
        covered: set[str] = set()
        for kept in json.loads(s.meta(key) or "[]"):
            ids = [str(i) for i in kept["ids"]]
            if kept["recipients"] == recipients and set(ids) <= waiting - covered:
                sealed.append((ids, b64d(kept["data"])))
                covered.update(ids)
        rest = [m for m in messages if m[0] not in covered]
        if rest:
            sealed += self.seal_messages(mailbox, partner, rest)
        s.set_meta(key, json.dumps([{"ids": ids, "recipients": recipients, "data": b64e(data)}
                                    for ids, data in sealed]))
        return sealed

    def _forget_sealed(self, mailbox: str, group: list[str]) -> None:
        s = self.state
        key = syncmeta.MESSAGES_IN_FLIGHT + mailbox
        left = [k for k in json.loads(s.meta(key) or "[]") if k["ids"] != group]
        if left:
            s.set_meta(key, json.dumps(left))
        else:
            s.delete_meta(key)

    def mark(self, ids: list[str], state: str, reason: str = "") -> None:
        """Record how outbox messages fared; the records they concern change delivery."""
        if not ids:
            return
        store = self.state.store
        now = iso(self.session.now())

        def step() -> None:
            with store.transaction() as conn:
                conn.executemany(
                    "UPDATE sync_outbox SET state = ?, reason = ?, attempts = attempts + 1, "
                    "updated_at = ? WHERE id = ?", [(state, reason, now, i) for i in ids])
                records = conn.execute(
                    "SELECT entity_id FROM sync_outbox WHERE entity_id IS NOT NULL AND id IN "
                    "(SELECT value FROM json_each(?))", (json.dumps(ids),)).fetchall()
            store.note_changes(DELIVERY, {str(r[0]) for r in records})
        self.state.db(step)

    # -- summaries --------------------------------------------------------------------------

    def send_summaries(self, keys: DeviceKeys, report: SyncReport) -> None:
        """Sign and post queued summaries, oldest first, so a resubmission supersedes."""
        s = self.state

        def queued() -> list[Any]:
            with s.store.read() as conn:
                rows: list[Any] = conn.execute(
                    "SELECT id, payload FROM sync_outbox WHERE kind = 'summary' AND state IN "
                    "('waiting', 'failed') ORDER BY created_at, id").fetchall()
            return rows

        own = s.hub_agency_id
        for message_id, payload in s.db(queued):
            # Signed once and kept until the hub answers: a submission whose answer was lost
            # is sent again unchanged, and the hub keeps one copy (not one per attempt).
            kept = syncmeta.SUMMARY_IN_FLIGHT + message_id
            body = json.loads(s.meta(kept) or "null")
            if body is None:
                data = json.loads(payload)
                document = summaries.build_document(
                    agency_id=own, device_id=keys.device_id, month=data["month"],
                    summary=data["summary"], partners=data.get("partners") or {},
                    created_ms=now_ms(s.clock))
                body = summaries.request_body(data["month"], document,
                                              summaries.sign_document(keys, document))
                s.set_meta(kept, json.dumps(body))
            try:
                s.client().put_summary(own, body)
            except DeviceRevoked:
                raise
            except HubRejected as exc:
                self.mark([message_id], "failed", f"The hub refused the summary: {exc.message}")
                s.delete_meta(kept)
                report.messages_failed += 1
                continue
            self.mark([message_id], "sent")
            s.delete_meta(kept)
            report.summaries_sent += 1
