"""Snapshots of the agency's records (format: :mod:`collabdesk.sync.snapshot`): making one
for the agency's next new laptop, uploading it a slice per round, and restoring a new laptop
from the latest one instead of replaying every event since the agency began.

Parts are sealed into this store before upload and downloaded into it before they are
applied, so a cut connection or a crash resumes at the next part; each part is applied in
one store step.
"""

from __future__ import annotations

import contextlib
import json
import logging
import secrets
from collections.abc import Callable
from functools import partial
from typing import Any

from collabdesk import syncmeta
from collabdesk.changes import EVERYTHING
from collabdesk.events.hlc import ClockTooFarAhead
from collabdesk.events.ids import latest_clock
from collabdesk.progress import Progress
from collabdesk.store import bulk
from collabdesk.store.db import Connection
from collabdesk.sync import envelope as envelope_mod
from collabdesk.sync import snapshot as snapshot_mod
from collabdesk.sync.canonical import b64d, b64e
from collabdesk.sync.client import DeviceRevoked, HubError, HubRejected, SnapshotInfo
from collabdesk.sync.engine.common import (
    Reject,
    SnapshotReport,
    SyncReport,
    SyncSetupError,
    now_ms,
)
from collabdesk.sync.engine.inbox import Inbox, Opener, take_blob_part
from collabdesk.sync.engine.state import CatchUp, EngineState
from collabdesk.sync.engine.trust import Trust
from collabdesk.sync.errors import EnvelopeError, SyncError

log = logging.getLogger("collabdesk.sync")

# A laptop makes a snapshot for the agency (see Snapshots.make) once it holds this many
# events more than the latest snapshot it knows of, and the mailbox has at least
# SNAPSHOT_MIN_ENVELOPES envelopes after that snapshot.
SNAPSHOT_EVERY_EVENTS = 100_000
SNAPSHOT_MIN_ENVELOPES = 100
# Bytes of a snapshot uploaded by one background round (the rest goes in later rounds).
SNAPSHOT_UPLOAD_BYTES = 24 * 1024 * 1024
# Tables whose indexes a restore keeps up to date as rows go in rather than building them at
# the end: building the transitions' over a million rows took as long as keeping them
# (docs/performance.md). The event log (its table is event_log, not the manifest's "events")
# keeps its partial indexes, which hold none of a restore's rows and answer a round's first
# question (what this laptop has to push); its index by record is built at the end since
# schema 13 made it the log's only large one: keeping it up to date cost a third of the
# log's inserts (3.3 s of a million-event restore), building it at the end 1.9 s.
KEEP_INDEXED = frozenset({"events", "transitions"})
LOG_INDEXES_DEFERRED = ("events_entity",)


class _PartOpener:
    """Opens staged snapshot parts (verify, decrypt, decompress, parse) without touching
    the store; the signers' keys are looked up beforehand by :meth:`prepare`."""

    def __init__(self, opener: Opener, manifest: snapshot_mod.Manifest) -> None:
        self.opener, self.manifest = opener, manifest
        self.mailbox = opener.own
        self.keys = {(self.mailbox, e): k for e, k in opener.agency_keys().items()}
        self.publics: dict[str, bytes] = {}

    def prepare(self, data: bytes) -> None:
        """On the round's thread: look up the signer's key (may ask the hub for the chain)."""
        with contextlib.suppress(EnvelopeError, Reject):
            parsed = envelope_mod.parse_envelope(data)
            if parsed.sender not in self.publics:
                self.publics[parsed.sender] = self.opener.sender_public(parsed, online=True)

    def __call__(self, n: int, data: bytes) -> snapshot_mod.Part:
        try:
            sender = envelope_mod.parse_envelope(data).sender
            _, plain = envelope_mod.open_envelope_bytes(
                data, mailbox=self.mailbox, sender_public=self.publics[sender],
                agency_keys=self.keys)
            return snapshot_mod.read_part(plain, snapshot_id=self.manifest.snapshot_id,
                                          index=n, tables=self.manifest.tables)
        except (EnvelopeError, snapshot_mod.SnapshotError, KeyError) as exc:
            # Signed by an agency laptop and named in its manifest, yet unreadable: that
            # laptop's software is at fault, not the hub or the network.
            reason = getattr(exc, "reason", "unknown-sender")
            raise SyncError(reason, "sync.part-agency-s-snapshot", n=n, reason=reason) from exc


class Snapshots:
    def __init__(self, state: EngineState, trust: Trust, inbox: Inbox) -> None:
        self.state = state
        self.trust = trust
        self.inbox = inbox
        self.session = state.session
        self.every_events = SNAPSHOT_EVERY_EVENTS
        self.min_envelopes = SNAPSHOT_MIN_ENVELOPES
        self.upload_bytes = SNAPSHOT_UPLOAD_BYTES

    # -- making one -------------------------------------------------------------------------

    def step(self, report: SyncReport, note: Progress, stop: Callable[[], bool]) -> None:
        """The end of a round: carry on uploading a staged snapshot, or make one if due."""
        try:
            if self.state.meta(syncmeta.SNAPSHOT_OUT) is None:
                if not self._due(report):
                    return
                self.stage(note, stop)
            made = self.upload(note, stop, budget=self.upload_bytes)
        except SyncSetupError as exc:  # a change was made meanwhile: next round
            log.info("no snapshot this round: %s", exc)
        except HubError as exc:
            if isinstance(exc, DeviceRevoked):
                raise
            # The round's own work is done; the upload carries on next round.
            log.info("snapshot upload paused: %s", exc)
        else:
            report.snapshot_made = "" if made.cancelled else made.snapshot_id

    def _events_held(self) -> int:
        def step() -> int:
            with self.state.store.read() as conn:  # seq only grows; events are never deleted
                return int(conn.execute("SELECT max(seq) FROM events").fetchone()[0] or 0)
        return self.state.db(step)

    def _due(self, report: SyncReport) -> bool:
        """Whether this round should end by making a snapshot for the agency: the latest one
        is far behind, and this laptop has everything it holds on the hub."""
        s = self.state
        behind = report.snapshot_behind
        if (self.every_events <= 0 or report.cancelled or behind is None
                or behind < self.min_envelopes):
            return False
        held = self._events_held()
        if held - int(s.meta(syncmeta.SNAPSHOT_EVENTS) or 0) < self.every_events:
            return False
        # Another laptop may have made one since we last looked: ask before making ours.
        info = s.client().latest_snapshot(s.hub_agency_id)
        known = 0
        if info is not None:
            with contextlib.suppress(Reject):  # one we cannot use: ours will replace it
                known = self._check_manifest(info.manifest, info.snapshot_id).events
        s.set_meta(syncmeta.SNAPSHOT_EVENTS, str(known))
        return held - known >= self.every_events

    def make(self, note: Progress, stop: Callable[[], bool]) -> SnapshotReport:
        """Seal and upload a snapshot now, whole (see :meth:`SyncEngine.make_snapshot`)."""
        self.stage(note, stop)
        return self.upload(note, stop, budget=None)

    def stage(self, note: Progress, stop: Callable[[], bool]) -> None:
        """Seal a snapshot into this store, ready to upload (over one round or several).

        The rows are read on a second connection in one read transaction, so the app goes
        on working meanwhile; each sealed part is kept in its own short store step."""
        s = self.state
        keys = s.keys()
        own = s.hub_agency_id
        recipient = self.trust.recipient(self.trust.own_state())
        self._drop_staged()
        # To the mailbox's head first (what we pushed comes back as ids alone), so that a
        # laptop restoring from this snapshot pulls only what is newer than it.
        pulled = SyncReport()
        self.inbox.pull(pulled, note, stop)
        if pulled.cancelled:
            return
        snapshot_id = secrets.token_hex(16)
        part_ids: list[str] = []
        with s.store.long_read() as conn:
            meta = dict(conn.execute(
                "SELECT key, value FROM meta WHERE key IN (?, ?, 'agency_id')",
                (syncmeta.PUSHED_SEQ, syncmeta.CURSOR)).fetchall())
            if conn.execute("SELECT 1 FROM events WHERE origin = 'local' AND seq > ? LIMIT 1",
                            (int(meta.get(syncmeta.PUSHED_SEQ) or 0),)).fetchone():
                raise SyncSetupError("sync.laptop-changes-hub-does")
            events = int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
            schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = snapshot_mod.columns(conn)
            for n, plain in enumerate(snapshot_mod.build_parts(conn, snapshot_id)):
                data = envelope_mod.seal_bytes(
                    kind="snapshot-part", plain=plain, mailbox=own, sender=keys,
                    sender_agency=own, recipients=[recipient], created_ms=now_ms(s.clock))
                self._keep(f"{syncmeta.SNAPSHOT_OUT_PART}{n}", data)
                part_ids.append(envelope_mod.parse_envelope(data).envelope_id)
                note(n + 1, 0, "Sealing a snapshot of the agency's records")
                if stop():
                    self._drop_staged()
                    return
        manifest = snapshot_mod.Manifest(
            snapshot_id, str(meta.get("agency_id") or ""), schema, tables, part_ids, events,
            meta.get(syncmeta.CURSOR), now_ms(s.clock))
        sealed = envelope_mod.seal(
            kind="snapshot", batch=manifest.to_json(), mailbox=own, sender=keys,
            sender_agency=own, recipients=[recipient], created_ms=now_ms(s.clock))
        s.set_meta(syncmeta.SNAPSHOT_OUT, json.dumps({
            "id": snapshot_id, "parts": len(part_ids), "uploaded": 0, "events": events,
            "cursor": manifest.cursor, "manifest": b64e(sealed)}))

    def _keep(self, key: str, data: bytes, state: dict[str, Any] | None = None) -> None:
        """Keep a part's bytes (a BLOB) in meta, with the progress ``state`` if given."""
        def step() -> None:
            with self.state.store.transaction() as conn:
                conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                             (key, data))
                if state is not None:
                    self.state.store.set_meta(syncmeta.SNAPSHOT, json.dumps(state))
        self.state.db(step)

    def _staged_part(self, key: str) -> bytes:
        def step() -> bytes:
            with self.state.store.read() as conn:
                row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
            return bytes(row[0]) if row else b""
        return self.state.db(step)

    def _delete_like(self, key: str, prefix: str) -> None:
        def step() -> None:
            with self.state.store.transaction() as conn:
                conn.execute("DELETE FROM meta WHERE key = ? OR key LIKE ?", (key, prefix + "%"))
        self.state.db(step)

    def _drop_staged(self) -> None:
        self._delete_like(syncmeta.SNAPSHOT_OUT, syncmeta.SNAPSHOT_OUT_PART)

    def upload(self, note: Progress, stop: Callable[[], bool], *,
               budget: int | None) -> SnapshotReport:
        """Upload the staged snapshot's remaining parts — at most ``budget`` bytes of them
        (None: all) — and, once every part is at the hub, its manifest. Parts uploaded stay
        uploaded: the next call carries on."""
        s = self.state
        raw = s.meta(syncmeta.SNAPSHOT_OUT)
        if raw is None:
            return SnapshotReport("", 0, 0, 0, cancelled=True)
        state = json.loads(raw)
        own, snapshot_id, total = s.hub_agency_id, str(state["id"]), int(state["parts"])
        client = s.client()
        sent0 = client.bytes_sent

        def report(done: bool) -> SnapshotReport:
            return SnapshotReport(snapshot_id, total, int(state["events"]),
                                  client.bytes_sent - sent0, cancelled=not done)

        for n in range(int(state["uploaded"]), total):
            if stop() or (budget is not None and client.bytes_sent - sent0 >= budget):
                return report(False)
            data = self._staged_part(f"{syncmeta.SNAPSHOT_OUT_PART}{n}")
            client.put_snapshot_part(own, snapshot_id, n, data)
            state["uploaded"] = n + 1
            s.set_meta(syncmeta.SNAPSHOT_OUT, json.dumps(state))
            note(n + 1, total, "Uploading a snapshot of the agency's records")
        try:
            client.commit_snapshot(own, snapshot_id, b64d(state["manifest"]), total,
                                   state["cursor"])
        except HubRejected as exc:
            if isinstance(exc, DeviceRevoked) or exc.status not in (404, 409):
                raise
            # The hub dropped the upload (idle for a day) or its mailbox was reset: this
            # snapshot cannot be completed; a fresh one is made when one is next due.
            log.warning("snapshot %s abandoned: %s", snapshot_id, exc.reason)
            self._drop_staged()
            return report(False)

        def uploaded() -> None:
            store = s.store
            with store.transaction() as conn:
                conn.execute("DELETE FROM meta WHERE key = ? OR key LIKE ?",
                             (syncmeta.SNAPSHOT_OUT, f"{syncmeta.SNAPSHOT_OUT_PART}%"))
                store.set_meta(syncmeta.SNAPSHOT_EVENTS, str(state["events"]))
                self.session.audit(conn, "sync.snapshot.make", "snapshot", snapshot_id,
                                   events=state["events"], parts=total)
        s.db(uploaded)
        log.info("snapshot %s uploaded: %s events in %d parts", snapshot_id, state["events"],
                 total)
        return report(True)

    # -- checking one -----------------------------------------------------------------------

    def _check_manifest(self, data: bytes, snapshot_id: str) -> snapshot_mod.Manifest:
        """Verify and open a snapshot's manifest; raises Reject if this laptop cannot use
        it (damaged, not our agency's, made by another schema version)."""
        s = self.state
        opener = Opener(s, self.trust)
        try:
            parsed = envelope_mod.parse_envelope(data)
            if parsed.kind != "snapshot" or parsed.sender_agency != opener.own:
                raise Reject("manifest-not-ours")
            manifest = snapshot_mod.Manifest.from_json(opener.open(data, parsed, online=True))
        except EnvelopeError as exc:
            raise Reject(f"manifest-{exc.reason}") from exc
        except snapshot_mod.SnapshotError as exc:
            raise Reject(exc.reason) from exc
        if manifest.snapshot_id != snapshot_id:
            raise Reject("manifest-of-another-snapshot")

        def ours() -> tuple[int, Any]:
            with s.store.read() as conn:
                return s.store.user_version(), snapshot_mod.columns(conn)
        schema, tables = s.db(ours)
        if manifest.schema != schema or manifest.tables != tables:
            raise Reject("snapshot-of-another-version")
        return manifest

    def _check_part(self, data: bytes, manifest: snapshot_mod.Manifest, n: int,
                    opener: Opener) -> None:
        """A downloaded part is the one the signed manifest names, signed by its maker;
        raises Reject. (That is all the hub or the network could spoil: its content is
        opened once, when it is applied.)"""
        try:
            parsed = envelope_mod.parse_envelope(data)
            if parsed.envelope_id != manifest.parts[n]:
                raise Reject("part-not-in-manifest")
            if parsed.kind != "snapshot-part":
                raise Reject("part-of-another-kind")
            envelope_mod.verify_signature(parsed, opener.sender_public(parsed, online=True))
        except EnvelopeError as exc:
            raise Reject(f"part-{exc.reason}") from exc

    def _drop_restore(self, snapshot_id: str = "", reason: str = "") -> None:
        """Forget a restore not yet begun; with a reason, never try that snapshot again."""
        def step() -> None:
            with self.state.store.transaction() as conn:
                conn.execute("DELETE FROM meta WHERE key = ? OR key LIKE ?",
                             (syncmeta.SNAPSHOT, f"{syncmeta.SNAPSHOT_PART}%"))
                bulk.build_deferred(conn)  # none unless a part was applied
                if reason:
                    self.state.store.set_meta(syncmeta.SNAPSHOT_REFUSED, snapshot_id)
        self.state.db(step)
        if reason:
            log.warning("snapshot %s refused: %s; restoring by replaying the mailbox",
                        snapshot_id, reason)

    # -- restoring from one -----------------------------------------------------------------

    def _has_nothing(self) -> bool:
        """Nothing of the agency here yet: no cursor, no event from another laptop."""
        def step() -> bool:
            store = self.state.store
            if store.get_meta(syncmeta.CURSOR) is not None:
                return False
            with store.read() as conn:
                return conn.execute("SELECT 1 FROM events WHERE origin != 'local' LIMIT 1"
                                    ).fetchone() is None
        return self.state.db(step)

    def restore(self, report: SyncReport, note: Progress, stop: Callable[[], bool],
                *, again: bool = True) -> None:
        """Restore a laptop that holds nothing of the agency yet from its latest snapshot.

        Parts are downloaded one by one into this store, each checked to be the part the
        signed manifest names and signed by its maker (a cut connection resumes at the next
        part); only then are they opened and applied, one part per transaction (a crash
        resumes at the next part); the last one also sets the pull cursor to the snapshot's
        point. A snapshot that fails a check before anything of it is applied is refused,
        and the mailbox is replayed from the start instead.
        """
        s = self.state
        own = s.hub_agency_id
        raw_state = s.meta(syncmeta.SNAPSHOT)
        if raw_state is None:
            if not self._has_nothing():
                return
            info: SnapshotInfo | None = s.client().latest_snapshot(own)
            if info is None or info.snapshot_id == s.meta(syncmeta.SNAPSHOT_REFUSED):
                return
            try:
                manifest = self._check_manifest(info.manifest, info.snapshot_id)
            except Reject as exc:
                self._drop_restore(info.snapshot_id, exc.reason)
                return
            state = {"id": info.snapshot_id, "manifest": b64e(info.manifest), "staged": 0,
                     "applied": 0}
            s.set_meta(syncmeta.SNAPSHOT, json.dumps(state))
        else:
            state = json.loads(raw_state)
            try:
                manifest = self._check_manifest(b64d(state["manifest"]), state["id"])
            except Reject as exc:
                if int(state["applied"]):
                    raise SyncError(exc.reason, "sync.snapshot-laptop-restoring-from",
                                    reason=exc.reason) from exc
                self._drop_restore(str(state["id"]), exc.reason)
                return
        # Lean page cache from the first download on: the parts are written into the store
        # and read back once, and would otherwise fill the full-size cache (100 MiB more).
        catching_up = CatchUp(s)
        catching_up.lean()
        try:
            self._download_and_apply(manifest, state, report, note, stop, again, catching_up)
        finally:
            catching_up.end()

    def _download_and_apply(self, manifest: snapshot_mod.Manifest, state: dict[str, Any],
                            report: SyncReport, note: Progress, stop: Callable[[], bool],
                            again: bool, catching_up: CatchUp) -> None:
        s = self.state
        own = s.hub_agency_id
        total = len(manifest.parts)
        opener = Opener(s, self.trust)
        for n in range(int(state["staged"]), total):
            if stop():
                report.cancelled = True
                return
            try:
                data = s.client().snapshot_part(own, manifest.snapshot_id, n)
                self._check_part(data, manifest, n, opener)
            except HubRejected as exc:
                if exc.status != 404 or not again:
                    raise
                # Replaced by a newer snapshot while we were downloading: take that one.
                self._drop_restore()
                self.restore(report, note, stop, again=False)
                return
            except Reject as exc:
                self._drop_restore(manifest.snapshot_id, exc.reason)
                return
            state["staged"] = n + 1
            self._keep(f"{syncmeta.SNAPSHOT_PART}{n}", data, state)
            note(n + 1, total, "Downloading the agency's records")
        first = int(state["applied"])
        catching_up.begin()
        self._apply_parts(manifest, state, first, total, _PartOpener(opener, manifest), report,
                          note, stop)
        if not report.cancelled:
            report.restored_from = manifest.snapshot_id

    def _apply_parts(self, manifest: snapshot_mod.Manifest, state: dict[str, Any], first: int,
                     total: int, open_part: _PartOpener, report: SyncReport, note: Progress,
                     stop: Callable[[], bool]) -> None:
        """Open and apply the staged parts from ``first`` on, in order, one transaction each.

        One part at a time: opening the next on a helper thread while one was written held
        two parts' rows at once (25 MiB more) and was no faster (docs/performance.md)."""
        for n in range(first, total):
            if stop():
                report.cancelled = True
                return
            data = self._staged_part(f"{syncmeta.SNAPSHOT_PART}{n}")
            open_part.prepare(data)
            part = open_part(n, data)
            del data
            self.state.db(partial(self._apply_part, manifest, part, n, state))
            del part
            note(n + 1, total, "Restoring the agency's records")

    def _apply_part(self, manifest: snapshot_mod.Manifest, part: snapshot_mod.Part, n: int,
                    state: dict[str, Any]) -> None:
        """Apply part ``n`` and note how far the restore is, in one transaction; the last
        part also ends the restore."""
        store = self.state.store
        total = len(manifest.parts)
        with store.transaction() as conn:
            if n == 0:  # the records' own indexes are built once, when the last part is in
                bulk.defer_indexes(conn, sorted(set(manifest.tables) - KEEP_INDEXED),
                                   LOG_INDEXES_DEFERRED)
            for blob in part.blobs:  # before any attachment row that needs it
                take_blob_part(conn, blob)
            snapshot_mod.apply_rows(conn, manifest, part)
            conn.execute("DELETE FROM meta WHERE key = ?", (f"{syncmeta.SNAPSHOT_PART}{n}",))
            state["applied"] = n + 1
            store.set_meta(syncmeta.SNAPSHOT, json.dumps(state))
            if n == total - 1:
                self._finish_restore(conn, manifest)
        # Rows arrive without events to describe them: every page must read again.
        store.note_changes(EVERYTHING)

    def _finish_restore(self, conn: Connection, manifest: snapshot_mod.Manifest) -> None:
        store = self.state.store
        if manifest.cursor:
            store.set_meta(syncmeta.CURSOR, manifest.cursor)
        if not self.session.agency_id and conn.execute(
                "SELECT 1 FROM agency WHERE id = ?", (manifest.agency_id,)).fetchone():
            store.set_meta("agency_id", manifest.agency_id)
        store.set_meta(syncmeta.SNAPSHOT_EVENTS, str(manifest.events))
        conn.execute("DELETE FROM meta WHERE key = ?", (syncmeta.SNAPSHOT,))
        bulk.build_deferred(conn)
        last = latest_clock(conn)
        try:
            if last:
                self.session.log.clock.observe(last)
        except ClockTooFarAhead as exc:  # the clock starts from the log when next opened
            log.warning("after restoring: %s", exc)
        self.session.audit(conn, "sync.snapshot.restore", "snapshot", manifest.snapshot_id,
                           events=manifest.events, parts=len(manifest.parts))
        log.info("restored from snapshot %s (%d events)", manifest.snapshot_id,
                 manifest.events)
