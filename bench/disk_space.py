"""How much disk an agency needs: store, backup and a week's growth on the bench store.

For each ``--scale`` (default 0.01 and 0.05: 1,000 and 5,000 clients over three years), the
generated store (``generate.py``, cached) is copied, signed in to and measured: the store file
after a checkpoint, one backup file (``collabdesk.backup.create_backup``), bytes per event,
a week's growth (the generated years' events spread evenly over the weeks: an agency's real
weekly pace may differ) and :func:`collabdesk.diskspace.space_needed` with that week, which
is what the desktop's low-space warning compares with the free space. Sizes are counted
bytes, not timings, so the shared machine's load does not change them.

    python bench/disk_space.py --scale 0.01 --scale 0.05 --markdown /tmp/disk.md
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, action="append")
    parser.add_argument("--markdown", type=Path)
    args = parser.parse_args()
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
