"""Sync benchmarks on loopback: restore, idle and small syncs, bytes per event, hub load.

Every figure comes from real components started the way a user starts them: the hub is
``python -m collabdesk.sync.hub serve`` (SQLite, or a throwaway PostgreSQL server started from
the machine's binaries), laptops are real SQLCipher stores driven by ``SyncEngine``.

* ``restore`` — the generated agency (``generate.py``; 1M events at ``--scale 1``) is enrolled
  as the agency's first laptop and pushed to an empty hub; the laptop makes the agency's
  snapshot; then a new laptop is enrolled, approved and restored from the hub in one
  ``sync_once``: events restored per second, end to end (download, verify, decrypt,
  decompress, insert, index, then pull what came after). ``replay`` restores another new
  laptop without the snapshot (every envelope pulled, opened and projected), for comparison.
  Each of those rounds runs in a process of its own (``sync_bench.py child-pull``), which
  reports its peak memory from the end of the sign-in (whose key derivation alone takes
  64 MiB) to the end of the round. (Not the OS's ``ru_maxrss`` of the child: on Linux it
  keeps the high-water mark of the parent it was forked from.)
* ``idle`` — a sync with nothing new: requests and bytes on the wire.
* ``one`` — one changed client field: bytes and requests to send it, and to receive it.
* ``batches`` — bytes on the wire per event for batches of 1, 100 and 10k new notes.
* ``hub`` — ``--devices`` simulated devices (agencies of four) syncing concurrently, each
  ``--rounds`` times: pull to the head, push one envelope, pull again; the hub runs with two
  workers; p50/p99 latency of a whole sync, syncs per second, errors.

Bytes are counted as HTTP/1.1 puts them on the wire (request line, headers, bodies). Figures
are printed (and written with ``--json``/``--markdown``); nothing asserts anything about time.

    .venv/bin/python bench/sync_bench.py                  # everything, full size
    .venv/bin/python bench/sync_bench.py --scale 0.001    # smoke run
    .venv/bin/python bench/sync_bench.py --only hub --backends sqlite --devices 50

With ``SYNC_BENCH_PROFILE=/tmp/round`` each new laptop's round also writes its cProfile to
``/tmp/round.<laptop>`` (read with ``python -m pstats``); the figures are then slower. With
``SYNC_BENCH_RSS=/tmp/rss`` it writes the process's resident memory at each step the round
reports to ``/tmp/rss.<laptop>``. With ``SYNC_BENCH_SQL_FLOOR=1`` the round also records every
statement it runs on the store (with its values), then runs them again, alone, on a copy of the
laptop taken before the round: the time SQLite needs for that round with no Python work around
it (``sql_floor_s``, and the statements that take most of it), a floor under the round as its
statements stand. The round's other figures are then those of a recording round (marked
``recording``): slower, and holding every statement's values (1.6–1.8 GB at scale 1).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
import sqlcipher3.dbapi2 as sqlcipher
from common import OUT_DIR, PASSPHRASE, Params, add_common_args, percentile
from generate import generate

from collabdesk import gcpause, syncmeta
from collabdesk.domain import ClientInput
from collabdesk.services.session import Session
from collabdesk.sync import chain, envelope, keys
from collabdesk.sync.client import HubClient, HubError
from collabdesk.sync.engine import SyncEngine, SyncReport
from collabdesk.sync.hub import admin, db
from collabdesk.timeutil import iso
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace

# The repository root, for the test suite's throwaway PostgreSQL server (tests/support).
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MEASUREMENTS = ("restore", "replay", "idle", "one", "batches", "hub")
FULL_DEVICES = 200
AGENCY_SIZE = 4


# -- a hub process -----------------------------------------------------------------------------

@dataclass
class Hub:
    proc: subprocess.Popen[bytes]
    base_url: str
    database_url: str
    log_path: Path

    def engine(self) -> Any:
        return db.make_engine(self.database_url)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_hub(folder: Path, database_url: str, workers: int = 1) -> Hub:
    folder.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    log_path = folder / f"hub-{port}.log"
    env = {k: v for k, v in os.environ.items() if k != "COLLABDESK_HUB_DATABASE"}
    with open(log_path, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "collabdesk.sync.hub", "serve", "--database", database_url,
             "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
             "--log-level", "warning"], stdout=out, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the hub exited early:\n{log_path.read_text()}")
        try:
            if requests.get(f"{base}/health", timeout=2).status_code == 200:
                return Hub(proc, base, database_url, log_path)
        except requests.ConnectionError:
            time.sleep(0.02)
    proc.kill()
    raise RuntimeError(f"the hub did not answer /health:\n{log_path.read_text()}")


def stop_hub(hub: Hub) -> None:
    hub.proc.terminate()
    try:
        hub.proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        hub.proc.kill()
        hub.proc.wait()


def enrolment_code(engine: Any, agency_id: str) -> str:
    return admin.issue_enrollment_code(engine, agency_id, expires_in=3600,
                                       now=int(time.time())).code


class Wire:
    """Counts requests a HubClient makes (bytes come from the engine's own report)."""

    def __init__(self, engine: SyncEngine) -> None:
        self.requests = 0
        engine.client().session.hooks["response"].append(self._count)

    def _count(self, resp: requests.Response, *args: object, **kwargs: object) -> None:
        self.requests += 1


def _sync(engine: SyncEngine, wire: Wire, progress: Any = None
          ) -> tuple[SyncReport, int, float]:
    before = wire.requests
    started = time.perf_counter()
    report = engine.sync_once(progress) if progress is not None else engine.sync_once()
    return report, wire.requests - before, time.perf_counter() - started


def _rss_kib() -> int:
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def _pull_child(folder: Path, user: str) -> dict[str, Any]:
    """Sign in to the laptop at ``folder`` in a new process and run one round there: its
    figures, with the peak memory of the round alone (``round_peak_mib``)."""
    done = subprocess.run([sys.executable, __file__, "child-pull", str(folder), user],
                          stdout=subprocess.PIPE, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _reset_peak() -> None:
    """Start this process's peak resident size afresh (Linux; elsewhere a no-op)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def _peak_kib() -> int | None:
    """This process's peak resident size since :func:`_reset_peak` (Linux), in KiB."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return None


class _Recorder:
    """Stands in for a store's connection: runs each statement and keeps it, with its values
    and whether it succeeded, for :func:`_replay_sql`."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self.log: list[tuple[str, str, Any, bool]] = []

    def _run(self, how: str, sql: str, params: Any, run: Callable[[], Any]) -> Any:
        try:
            result = run()
        except Exception:
            self.log.append((how, sql, params, False))  # e.g. a refused envelope's insert
            raise
        self.log.append((how, sql, params, True))
        return result

    def execute(self, sql: str, params: Any = ()) -> Any:
        return self._run("one", sql, params, lambda: self._conn.execute(sql, params))

    def executemany(self, sql: str, rows: Any) -> Any:
        rows = list(rows)  # a generator would be spent by the first run
        return self._run("many", sql, rows, lambda: self._conn.executemany(sql, rows))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def _replay_sql(conn: Any, log: list[tuple[str, str, Any, bool]]) -> dict[str, Any]:
    """Run the recorded statements on ``conn`` (reads fetched in full; one that failed in the
    round must fail again): seconds in all, and the statements that took most of them."""
    per_sql: dict[str, float] = {}
    total = 0.0
    for how, sql, params, succeeded in log:
        started = time.perf_counter()
        try:
            if how == "many":
                conn.executemany(sql, params)
            else:
                conn.execute(sql, params).fetchall()
        except sqlcipher.Error:
            if succeeded:
                raise
        else:
            if not succeeded:
                raise RuntimeError(f"the replayed statements diverged from the round: {sql}")
        took = time.perf_counter() - started
        total += took
        key = " ".join(sql.split())[:90]
        per_sql[key] = per_sql.get(key, 0.0) + took
    top = sorted(per_sql.items(), key=lambda kv: -kv[1])[:15]
    return {"sql_floor_s": round(total, 2), "statements": len(log),
            "sql_floor_top": [[round(t, 2), k] for k, t in top]}


def _state(session: Session) -> dict[str, Any]:
    """What a round leaves in a store, in counts: enough to see two stores ended alike."""
    tables = ("event_log", "clients", "cases", "notes", "transitions", "conflicts", "sync_seen")
    state: dict[str, Any] = {t: session.store.query(f"SELECT count(*) FROM {t}")[0][0]
                             for t in tables}
    state["last_seq"] = session.store.query("SELECT max(seq) FROM event_log")[0][0]
    state["cursor"] = session.store.get_meta(syncmeta.CURSOR)
    return state


def _sql_floor(session: Session, user: str, copy: Path,
               log: list[tuple[str, str, Any, bool]]) -> dict[str, Any]:
    """Run the round's statements alone on ``copy`` (the laptop before the round)."""
    again = Workspace(copy).sign_in(user, PASSPHRASE)
    try:
        os.sync()  # the round's gigabyte of writes must not slow the replay's own
        with gcpause.paused():  # as the round's bulk work runs
            floor = _replay_sql(again.store.conn, log)
        # The statements alone brought the copy to where the round brought the laptop.
        floor["floor_same_state"] = _state(again) == _state(session)
        return {"recording": True, **floor}
    finally:
        again.close()
        shutil.rmtree(copy, ignore_errors=True)


def child_pull(folder: Path, user: str) -> None:
    floor_copy = None
    if os.environ.get("SYNC_BENCH_SQL_FLOOR"):
        floor_copy = folder.with_name(folder.name + "-floor")
        shutil.rmtree(floor_copy, ignore_errors=True)
        shutil.copytree(folder, floor_copy)
    session = Workspace(folder).sign_in(user, PASSPHRASE)
    engine = SyncEngine(session)
    engine.snapshot_every_events = 0
    wire = Wire(engine)
    before = _events(session)
    _reset_peak()  # the sign-in's key derivation alone takes 64 MiB: not the pull's
    profile_to = os.environ.get("SYNC_BENCH_PROFILE")  # a file for the round's cProfile
    memory_to = os.environ.get("SYNC_BENCH_RSS")  # a file for the round's memory, step by step
    samples: list[str] = []
    started = time.perf_counter()

    def progress(done: int, total: int, message: str) -> None:
        samples.append(f"{time.perf_counter() - started:8.2f}s {_rss_kib() // 1024:5d} MiB "
                       f"{message} {done}/{total}")

    recorder = None
    if floor_copy is not None:
        recorder = _Recorder(session.store._conn)
        session.store._conn = recorder  # type: ignore[assignment]
    try:
        if profile_to:
            import cProfile

            profiler = cProfile.Profile()
            report, reqs, seconds = profiler.runcall(_sync, engine, wire)
            profiler.dump_stats(f"{profile_to}.{folder.name}")
        else:
            report, reqs, seconds = _sync(engine, wire, progress if memory_to else None)
    finally:
        if recorder is not None:
            session.store._conn = recorder._conn
    if memory_to:
        Path(f"{memory_to}.{folder.name}").write_text("\n".join(samples) + "\n")
    round_peak = _peak_kib()
    restored = _events(session) - before
    floor = (_sql_floor(session, user, floor_copy, recorder.log)
             if recorder is not None and floor_copy is not None else {})
    print(json.dumps({**floor, "round_peak_mib": round(round_peak / 1024) if round_peak else None,
                      "events": restored, "envelopes": report.envelopes_applied,
                      "snapshot": bool(report.restored_from), "seconds": round(seconds, 2),
                      "events_per_s": round(restored / seconds),
                      "mib_received": round(report.bytes_received / 2**20, 1),
                      "requests": reqs}), flush=True)
    session.close()


def _events(session: Session) -> int:
    return int(session.store.query("SELECT count(*) FROM events")[0][0])


def _bulk_notes(session: Session, n: int, tag: str) -> None:
    case_id = session.store.query("SELECT id FROM cases ORDER BY id LIMIT 1")[0][0]
    with session.store.transaction() as conn:
        w = session.log.writer(conn, session.user.id)
        for i in range(n):
            w.create("note", {"case_id": case_id, "created_at": iso(session.now()),
                              "body": f"{tag} {i}: called back about the housing application, "
                                      "left a message with the landlord"}, scope=case_id)


# -- restore, idle, one change, batches ----------------------------------------------------------

def bench_laptops(params: Params, work: Path, only: set[str], batch_sizes: list[int]
                  ) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    source_folder = generate(params, verbose=False)
    src_dir = work / "source"
    shutil.copytree(source_folder, src_dir, ignore=shutil.ignore_patterns("plain.db*"))
    hub = start_hub(work / "hub-laptops", f"sqlite:///{work / 'hub-laptops.sqlite3'}")
    hub_engine = hub.engine()
    sessions: list[Session] = []
    engines: list[SyncEngine] = []
    try:
        agency_id = admin.create_agency(hub_engine, "Bench Agency", now=int(time.time())).id
        src = Workspace(src_dir).sign_in("admin", PASSPHRASE)
        sessions.append(src)
        src_engine = SyncEngine(src)
        src_engine.snapshot_every_events = 0  # snapshots only where measured
        engines.append(src_engine)
        src_engine.enroll(hub.base_url, enrolment_code(hub_engine, agency_id), "Bench source",
                          agency_id=agency_id)
        src_wire = Wire(src_engine)
        total = _events(src)
        report, reqs, push_s = _sync(src_engine, src_wire)
        results.append({"name": "initial_push", "events": report.pushed_events,
                        "envelopes": report.envelopes_pushed, "seconds": round(push_s, 2),
                        "events_per_s": round(report.pushed_events / push_s),
                        "mib_sent": round(report.bytes_sent / 2**20, 1), "requests": reqs})

        if "restore" in only:
            started = time.perf_counter()
            made = src_engine.make_snapshot()
            seconds = time.perf_counter() - started
            results.append({"name": "snapshot", "events": made.events, "parts": made.parts,
                            "seconds": round(seconds, 2),
                            "mib_sent": round(made.bytes_sent / 2**20, 1)})

        def restore(name: str, *, snapshot: bool) -> tuple[SyncEngine, Wire]:
            ws = Workspace(work / name)
            session, _ = ws.create("Bench Agency", name, PASSPHRASE, kdf=KdfParams.FLOOR,
                                   joining=True)
            sessions.append(session)
            engine = SyncEngine(session)
            engine.snapshot_every_events = 0
            engines.append(engine)
            enrolled = engine.enroll(hub.base_url, enrolment_code(hub_engine, agency_id), name)
            src_engine.approve(enrolled.device_id, fingerprint=enrolled.fingerprint)
            if not snapshot:
                latest = engine.client().latest_snapshot(agency_id)
                if latest is not None:  # as if it had failed a check: replay instead
                    session.store.set_meta(syncmeta.SNAPSHOT_REFUSED, latest.snapshot_id)
            # The round runs in a process of its own, as on the new laptop, so its peak
            # memory is that of the pull alone (this process pushed the whole agency).
            session.close()
            child = _pull_child(work / name, name)
            session = Workspace(work / name).sign_in(name, PASSPHRASE)
            sessions.append(session)
            engine = SyncEngine(session)
            engine.snapshot_every_events = 0
            engines.append(engine)
            wire = Wire(engine)
            results.append({"name": "restore" if snapshot else "replay", **child,
                            "source_events": total})
            return engine, wire

        new_engine, new_wire = restore("restored", snapshot=True)
        if "replay" in only:  # (it also gets the events the restored laptop made of its own)
            restore("replayed", snapshot=False)
        # Settle: the new laptop's own first events go up and come back to the source.
        for engine in (new_engine, src_engine, new_engine, src_engine):
            engine.sync_once()

        if "idle" in only:
            report, reqs, seconds = _sync(new_engine, new_wire)
            results.append({"name": "idle_sync", "requests": reqs,
                            "bytes": report.bytes_sent + report.bytes_received,
                            "ms": round(seconds * 1000, 1)})

        if "one" in only:
            client_id = src.store.query("SELECT id FROM clients ORDER BY id LIMIT 1")[0][0]
            current = src.clients.get(client_id, audit=False)
            src.clients.update(client_id, ClientInput(
                current.given_name + "a", current.family_name, dob=current.dob,
                estimated_birth_year=current.estimated_birth_year, phone=current.phone))
            sent, sent_reqs, _ = _sync(src_engine, src_wire)
            got, got_reqs, _ = _sync(new_engine, new_wire)
            results.append({"name": "one_change",
                            "send_bytes": sent.bytes_sent + sent.bytes_received,
                            "send_requests": sent_reqs,
                            "receive_bytes": got.bytes_sent + got.bytes_received,
                            "receive_requests": got_reqs})

        if "batches" in only:
            for n in batch_sizes:
                _bulk_notes(src, n, f"batch of {n}")
                sent, sent_reqs, _ = _sync(src_engine, src_wire)
                got, got_reqs, _ = _sync(new_engine, new_wire)
                results.append({
                    "name": f"batch_{n}", "events": n,
                    "send_bytes_per_event": round((sent.bytes_sent + sent.bytes_received) / n),
                    "receive_bytes_per_event": round(
                        (got.bytes_sent + got.bytes_received) / n),
                    "envelopes": sent.envelopes_pushed, "send_requests": sent_reqs,
                    "receive_requests": got_reqs})
    finally:
        for engine in engines:
            engine.close()
        for session in sessions:
            session.close()
        hub_engine.dispose()
        stop_hub(hub)
    return results


# -- many devices against one hub ----------------------------------------------------------------

@dataclass
class SimDevice:
    agency_id: str
    client: HubClient
    envelopes: list[bytes]
    token: str | None = None


def _fake_events(device_id: str, n: int, rnd: int) -> dict[str, Any]:
    now = int(time.time() * 1000)
    return {"v": 1, "blobs": [], "events": [
        {"id": f"{device_id[:16]}{rnd:08x}{i:08x}", "hlc": f"{now:012x}{i:04x}{device_id[:16]}",
         "device": device_id, "user": "u", "entity": "note", "eid": f"{rnd}-{i}", "op": "append",
         "data": {"fields": {"case_id": "c", "body": "visited, needs a food parcel"}},
         "scope": "c"} for i in range(n)]}


def _make_devices(base_url: str, engine: Any, count: int, rounds: int) -> list[SimDevice]:
    devices: list[SimDevice] = []
    now = int(time.time())
    for start in range(0, count, AGENCY_SIZE):
        size = min(AGENCY_SIZE, count - start)
        agency_id = admin.create_agency(engine, f"Load agency {start // AGENCY_SIZE}",
                                        now=now).id
        agency_key = keys.AgencyKey.generate(0)
        root = keys.DeviceKeys.generate()
        wires = chain.genesis(agency_id, root, "root", agency_key, now)
        root_client = HubClient(base_url, root)
        root_client.enroll(enrolment_code(engine, agency_id), "root", wires)
        members = [(root, root_client)]
        state = chain.verify_chain(agency_id, wires)
        for n in range(size - 1):
            member = keys.DeviceKeys.generate()
            entry = chain.make_entry(state, root, "add", now, sign_pub=member.sign_public,
                                     kem_pub=member.kem_public, label=f"laptop {n}")
            root_client.append_chain(agency_id, [entry])
            state = chain.extend_chain(state, [entry])
            members.append((member, HubClient(base_url, member)))
        recipient = (agency_id, 0, agency_key.suite, agency_key.public)
        for member, client in members:
            sealed = [envelope.seal(kind="events", batch=_fake_events(member.device_id, 5, r),
                                    mailbox=agency_id, sender=member, sender_agency=agency_id,
                                    recipients=[recipient], created_ms=now * 1000 + r)
                      for r in range(rounds)]
            devices.append(SimDevice(agency_id, client, sealed))
    return devices


def _pull_to_head(device: SimDevice) -> None:
    for _ in range(10_000):
        page = device.client.pull(device.agency_id, device.token, 200)
        device.token = page.token
        if page.done:
            return


def bench_hub(backend: str, database_url: str, work: Path, devices: int, rounds: int
              ) -> dict[str, Any]:
    hub = start_hub(work / f"hub-{backend}", database_url, workers=2)
    engine = hub.engine()
    try:
        sims = _make_devices(hub.base_url, engine, devices, rounds)
        for sim in sims:  # a first pull each, so the measured syncs are incremental ones
            _pull_to_head(sim)
        latencies: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        barrier = threading.Barrier(len(sims) + 1)

        def run(sim: SimDevice) -> None:
            barrier.wait()
            for r in range(rounds):
                started = time.perf_counter()
                try:
                    _pull_to_head(sim)
                    result = sim.client.push(sim.agency_id, [sim.envelopes[r]])
                    if not result[0].ok:
                        raise HubError(f"push refused: {result[0].reason}")
                    _pull_to_head(sim)
                except HubError as exc:
                    with lock:
                        errors.append(str(exc))
                    continue
                with lock:
                    latencies.append((time.perf_counter() - started) * 1000)

        threads = [threading.Thread(target=run, args=(sim,)) for sim in sims]
        for t in threads:
            t.start()
        barrier.wait()
        started = time.perf_counter()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
        for sim in sims:
            sim.client.close()
        return {"name": f"hub_{backend}", "devices": len(sims), "rounds": rounds,
                "syncs": len(latencies), "errors": len(errors),
                "syncs_per_s": round(len(latencies) / wall, 1),
                "p50_ms": round(percentile(latencies, 50), 1) if latencies else None,
                "p99_ms": round(percentile(latencies, 99), 1) if latencies else None,
                "seconds": round(wall, 2), "first_error": errors[0] if errors else ""}
    finally:
        engine.dispose()
        stop_hub(hub)


@contextlib.contextmanager
def _postgres() -> Iterator[str]:
    from tests.support.postgres import running_server

    with running_server("collabdesk_bench") as server:
        yield server.url()


# -- main ---------------------------------------------------------------------------------------

def machine() -> dict[str, str]:
    info = {"date": dt.date.today().isoformat(), "nproc": str(os.cpu_count()),
            "python": platform.python_version()}
    with contextlib.suppress(OSError, StopIteration):
        info["cpu"] = next(line.split(":", 1)[1].strip() for line in
                           Path("/proc/cpuinfo").read_text().splitlines()
                           if line.startswith("model name"))
    return info


def render(results: list[dict[str, Any]], info: dict[str, str]) -> str:
    lines = [f"Machine: {info.get('cpu', 'unknown')}, {info['nproc']} cores, Python "
             f"{info['python']}, {info['date']}.", "", "| figure | result |", "|---|---|"]
    for r in results:
        name = r["name"]
        if name == "initial_push":
            text = (f"{r['events']:,} events in {r['envelopes']} envelopes, {r['seconds']} s "
                    f"({r['events_per_s']:,} events/s, {r['mib_sent']} MiB sent)")
        elif name == "snapshot":
            text = (f"{r['events']:,} events in {r['parts']} parts, {r['seconds']} s "
                    f"({r['mib_sent']} MiB sent)")
        elif name in ("restore", "replay"):
            how = "from the snapshot" if r["snapshot"] else "replaying the mailbox"
            text = (f"{r['events']:,} events {how} in {r['seconds']} s = "
                    f"**{r['events_per_s']:,} events/s** ({r['mib_received']} MiB, "
                    f"{r['requests']} requests; the round's peak memory "
                    f"{r['round_peak_mib']} MiB)")
        elif name == "idle_sync":
            text = f"{r['requests']} request, **{r['bytes']} B**, {r['ms']} ms"
        elif name == "one_change":
            text = (f"send **{r['send_bytes']} B** ({r['send_requests']} requests); "
                    f"receive **{r['receive_bytes']} B** ({r['receive_requests']} requests)")
        elif name.startswith("batch_"):
            text = (f"send **{r['send_bytes_per_event']} B/event**, receive "
                    f"**{r['receive_bytes_per_event']} B/event** ({r['envelopes']} envelopes)")
        elif name.startswith("hub_"):
            text = (f"{r['devices']} devices × {r['rounds']} syncs: {r['syncs_per_s']} syncs/s, "
                    f"p50 **{r['p50_ms']} ms**, p99 **{r['p99_ms']} ms**, errors "
                    f"**{r['errors']}**")
        else:
            text = json.dumps(r)
        lines.append(f"| {name} | {text} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    if sys.argv[1:2] == ["child-pull"]:
        child_pull(Path(sys.argv[2]), sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_common_args(parser)
    parser.add_argument("--only", default=",".join(MEASUREMENTS),
                        help=f"comma-separated subset of {','.join(MEASUREMENTS)}")
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--devices", type=int, default=0,
                        help=f"simulated devices for 'hub' (default {FULL_DEVICES} × scale, "
                             "at least 8)")
    parser.add_argument("--rounds", type=int, default=5, help="syncs per simulated device")
    parser.add_argument("--json", metavar="FILE", help="write the figures as JSON")
    parser.add_argument("--markdown", metavar="FILE", help="write a table for the docs")
    args = parser.parse_args()
    only = {m.strip() for m in args.only.split(",") if m.strip()}
    unknown = only - set(MEASUREMENTS)
    if unknown:
        parser.error(f"unknown measurement(s): {', '.join(sorted(unknown))}")
    params = Params(args.scale, args.seed)
    devices = args.devices or max(8, round(FULL_DEVICES * min(1.0, args.scale)))
    big = max(100, round(10_000 * min(1.0, args.scale * 10)))
    batch_sizes = [1, 100, big] if big > 100 else [1, 100]

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    info = machine()
    results: list[dict[str, Any]] = []
    work = Path(tempfile.mkdtemp(prefix="sync-bench-", dir=OUT_DIR))
    try:
        if only & {"restore", "replay", "idle", "one", "batches"}:
            for r in bench_laptops(params, work, only, batch_sizes):
                print(json.dumps(r), flush=True)
                results.append(r)
        if "hub" in only:
            for backend in [b.strip() for b in args.backends.split(",") if b.strip()]:
                if backend == "sqlite":
                    r = bench_hub("sqlite", f"sqlite:///{work / 'hub-load.sqlite3'}", work,
                                  devices, args.rounds)
                elif backend == "postgres":
                    try:
                        with _postgres() as url:
                            r = bench_hub("postgres", url, work, devices, args.rounds)
                    except Exception as exc:  # no binaries and no way to install them
                        r = {"name": "hub_postgres", "skipped": f"{type(exc).__name__}: {exc}"}
                else:
                    parser.error(f"unknown backend {backend!r}")
                print(json.dumps(r), flush=True)
                results.append(r)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    table = render([r for r in results if "skipped" not in r], info)
    print(table)
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": info, "scale": args.scale,
                                               "results": results}, indent=2))
    if args.markdown:
        Path(args.markdown).write_text(table)


if __name__ == "__main__":
    main()
