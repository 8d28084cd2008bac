"""How much disk an agency needs: store, backup and a week's growth on the bench store.

For each ``--scale`` (default 0.01 and 0.05: 1,000 and 5,000 clients over three years), the
generated store (``generate.py``, cached) is copied, signed in to and measured: the store file
after a checkpoint, one backup file (``collabdesk.backup.create_backup``), bytes per event,
a week's growth (the generated years' events spread evenly over the weeks: an agency's real
weekly pace may differ) and :func:`collabdesk.diskspace.space_needed` with that week, which
is what the desktop's low-space warning compares with the free space. Sizes are counted
bytes, not timings, so the shared machine's load does not change them.

    python bench/disk_space.py --scale 0.01 --scale 0.05 --markdown /tmp/disk.md
    python bench/disk_space.py --breakdown --scale 1   # where the bytes of the 100k store go

``--breakdown`` reads SQLite's ``dbstat`` of the generated store's plaintext copy
(``plain.db``, the same pages as the encrypted store without its per-page overhead) and sums
the pages by what they hold: the event log and its indexes, the records and theirs, the
search and match-key indexes, the audit trail, transitions and conflicts; then the encrypted
store's size, and for the full-size store whether it keeps to the limit a schema change must
stay under (half the 1,275.9 MiB it was before the schema work).

``--what-if packed-ids`` (with ``--breakdown``) measures what the event log's id format would
save everywhere else: a copy of the plaintext store is compacted (VACUUM) and broken down,
then every column of every table that holds only 32-character hex ids is stored as 16-byte
blobs (as ``event_log`` stores its ids), compacted and broken down again. Ids inside JSON
(event bodies, records' version heads) stay text. Nothing in the app reads such a store.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from common import PASSPHRASE, Params
from generate import YEARS, generate

from collabdesk.backup import create_backup
from collabdesk.diskspace import human_size, space_needed, week_of_work
from collabdesk.workspace import Workspace


def measure(scale: float) -> dict[str, float]:
    source = generate(Params(scale=scale), verbose=False)
    with tempfile.TemporaryDirectory(prefix="collabdesk-disk-bench-") as scratch:
        folder = Path(scratch) / "agency"
        folder.mkdir()
        for name in ("store.db", "vault.json"):
            shutil.copy2(source / name, folder / name)
        ws = Workspace(folder)
        session = ws.sign_in("admin", PASSPHRASE)
        try:
            session.store.checkpoint()
            clients, events = (int(session.store.query(f"SELECT count(*) FROM {t}")[0][0])
                               for t in ("clients", "events"))
            store = session.store.size()
            backup = create_backup(session, Path(scratch) / "backups").stat().st_size
            vault = ws.vault_path.stat().st_size
        finally:
            session.close()
    weekly_events = events / (YEARS * 52)
    week = week_of_work(store, events, round(weekly_events))
    return {"scale": scale, "clients": clients, "events": events, "store": store,
            "backup": backup, "per_event": store / events, "weekly_events": weekly_events,
            "week": week, "needed": space_needed(store, vault, week)}


# What each table's pages (and its indexes') are, for the breakdown. Anything not named here
# counts as "other".
_GROUPS = (
    ("event log", ("events", "event_log", "event_refs")),
    ("audit trail", ("audit",)),
    ("client search and match keys", ("clients_fts", "client_keys")),
    ("state-machine transitions", ("transitions",)),
    ("records: clients", ("clients",)),
    ("records: cases, needs, services, notes, tasks", ("cases", "needs", "services", "notes",
                                                        "tasks")),
    ("records: referrals, consents", ("referrals", "consents")),
)


def breakdown(source: Path) -> list[tuple[str, float, float]]:
    """(what, MiB in tables, MiB in their indexes) of the generated store in ``source``."""
    conn = sqlite3.connect(f"file:{source / 'plain.db'}?mode=ro", uri=True)
    try:
        owner = {name: table for name, table in conn.execute(
            "SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')")}
        pages = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    finally:
        conn.close()
    sums: dict[str, list[float]] = {}
    for name, size in pages:
        table = owner.get(name, name)
        group = next((g for g, prefixes in _GROUPS
                      if any(table == p or table.startswith(p + "_") for p in prefixes)),
                     "other")
        # An FTS index's shadow tables are its index, not records.
        is_index = name != table or group.startswith("client search")
        sums.setdefault(group, [0.0, 0.0])[int(is_index)] += size / 2**20
    order = [g for g, _ in _GROUPS] + ["other"]
    return [(g, sums[g][0], sums[g][1]) for g in order if g in sums]


def packed_copies(source: Path, scratch: Path) -> Iterator[tuple[str, Path]]:
    """("compacted", folder) then ("ids packed", folder): copies of ``source``'s plaintext
    store, each holding a ``plain.db`` that :func:`breakdown` reads."""
    folder = scratch / "what-if"
    folder.mkdir()
    shutil.copyfile(source / "plain.db", folder / "plain.db")
    # The store's own SQLite (unhex() is newer than the standard library's); no key: plaintext.
    conn = sqlcipher.connect(folder / "plain.db", isolation_level=None)
    try:
        conn.execute("VACUUM")
        yield "compacted", folder
        conn.execute("BEGIN")
        for name, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                  ).fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')  # the audit trail refuses updates
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
            "'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%' "
            "AND name NOT LIKE 'client_keys_%'")]
        for table in tables:
            for column in [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]:
                holds_ids = conn.execute(
                    f'SELECT count(*) > 0 AND sum(length("{column}") = 32 AND "{column}" '
                    f"NOT GLOB '*[^0-9a-f]*') = count(*) FROM \"{table}\" "
                    f'WHERE typeof("{column}") = \'text\'').fetchone()[0]
                if holds_ids:
                    conn.execute(f'UPDATE "{table}" SET "{column}" = unhex("{column}") '
                                 f"WHERE typeof(\"{column}\") = 'text'")
        conn.execute("COMMIT")
        conn.execute("VACUUM")
        yield "ids packed", folder
    finally:
        conn.close()


# The full-size store's size on disk may be at most half what it was before the schema work
# of sessions 8-11 (1,275.9 MiB, docs/performance.md): a schema change must stay under it.
FULL_SIZE_LIMIT_MIB = 1275.9 / 2


def _breakdown_lines(folder: Path, label: str) -> list[str]:
    rows = breakdown(folder)
    lines = [f"| {what} | {table:,.1f} MiB | {index:,.1f} MiB | {table + index:,.1f} MiB |"
             for what, table, index in rows]
    total = sum(t + i for _, t, i in rows)
    lines.append(f"| **all ({label})** | | | **{total:,.1f} MiB** |")
    return [*lines, _limit_line(folder)] if (folder / "store.db").exists() else lines


def _limit_line(folder: Path) -> str:
    """The encrypted store's size, and for a full-size store whether it keeps to the limit."""
    size = (folder / "store.db").stat().st_size / 2**20
    manifest = folder / "manifest.json"
    full = manifest.exists() and json.loads(manifest.read_text()).get("scale") == 1.0
    verdict = ((f"within the limit of {FULL_SIZE_LIMIT_MIB:,.1f} MiB"
                if size <= FULL_SIZE_LIMIT_MIB else
                f"**over the limit of {FULL_SIZE_LIMIT_MIB:,.1f} MiB**") if full else
               "not the full-size store: no limit")
    return f"| encrypted store file | | | {size:,.1f} MiB ({verdict}) |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, action="append")
    parser.add_argument("--markdown", type=Path)
    parser.add_argument("--breakdown", action="store_true",
                        help="where the bytes of the generated store go, by what they hold")
    parser.add_argument("--folder", type=Path, action="append",
                        help="with --breakdown: a generated store's folder (e.g. one made by "
                             "an earlier version), instead of --scale")
    parser.add_argument("--what-if", choices=("packed-ids",),
                        help="with --breakdown: also a compacted copy, and one with every id "
                             "column packed")
    args = parser.parse_args()
    if args.breakdown:
        lines = ["| what | tables | their indexes | total |", "|---|---|---|---|"]
        folders = args.folder or [generate(Params(scale=scale), verbose=False)
                                  for scale in args.scale or [1.0]]
        for folder in folders:
            lines += _breakdown_lines(folder, folder.name)
            if args.what_if:
                with tempfile.TemporaryDirectory(prefix="collabdesk-what-if-") as scratch:
                    for label, copy in packed_copies(folder, Path(scratch)):
                        lines += _breakdown_lines(copy, f"{folder.name}, {label}")
        text = "\n".join(lines)
        print(text)
        if args.markdown:
            args.markdown.write_text(text + "\n", encoding="utf-8")
        return
    rows = [measure(scale) for scale in (args.scale or [0.01, 0.05])]
    lines = ["| clients (3 years) | events | store | one backup | bytes per event | "
             "events per week | a week's growth | free space to keep |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(
            f"| {int(r['clients']):,} | {int(r['events']):,} | {human_size(int(r['store']))} | "
            f"{human_size(int(r['backup']))} | {r['per_event']:.0f} | "
            f"{r['weekly_events']:.0f} | {human_size(int(r['week']))} | "
            f"{human_size(int(r['needed']))} |")
    text = "\n".join(lines)
    print(text)
    if args.markdown:
        args.markdown.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
