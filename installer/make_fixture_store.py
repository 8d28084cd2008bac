"""Record this release's store as an upgrade fixture: ``python installer/make_fixture_store.py``.

Part of every release that changes the store schema (see installer/README.md). It builds a
small demo agency (20 made-up clients, a fixed history, the demo passphrases) with the
current code and saves it as ``tests/fixtures/stores/v<schema>/``: ``store.db``,
``vault.json``, ``manifest.json`` (row counts and a few known records that an upgrade must
keep) and a README with the passphrases. ``tests/core/test_upgrades.py`` opens every fixture
with the newest code, so each later version is proven to open every released store.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "stores"
# Tables whose rows an upgrade must never lose (counted before and after).
COUNTED = ("users", "clients", "cases", "needs", "notes", "tasks", "consents", "referrals",
           "partners", "events", "audit")
HISTORY_END = dt.date(2026, 6, 30)  # fixed, so the fixture is the same whenever it is made

README = """# Store fixture: schema v{schema}

Made by CollabDesk {app_version} with `python installer/make_fixture_store.py` on {made}.
A demo agency ("{agency}") with {clients} made-up clients and a history ending {end}.
Nothing here is real data.

| user | passphrase | roles |
|---|---|---|
{users}

`manifest.json` lists the row counts and a few records that every later version must
still show after upgrading this store (`tests/core/test_upgrades.py`). Do not edit these
files: a release that changes the schema adds a new `v<N>/` folder instead.
"""


def _count(store_dir: Path, username: str, passphrase: str) -> dict[str, object]:
    from collabdesk.workspace import Workspace

    session = Workspace(store_dir).sign_in(username, passphrase)
    try:
        with session.store.read() as conn:
            counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in COUNTED}
            names = [r[0] for r in conn.execute(
                "SELECT id FROM clients ORDER BY id LIMIT 5")]
            cases = [r[0] for r in conn.execute("SELECT id FROM cases ORDER BY id LIMIT 5")]
        return {"schema_version": session.store.user_version(),
                "store_id": session.store.get_meta("store_id"),
                "agency_id": session.agency_id, "counts": counts,
                "client_ids": names, "case_ids": cases}
    finally:
        session.close()


def make_fixture(target_root: Path = FIXTURES, *, force: bool = False) -> Path:
    import collabdesk
    from collabdesk.demo import AGENCY_NAME, DEMO_USERS, build_demo
    from collabdesk.store.db import schema_version

    schema = schema_version()
    target = target_root / f"v{schema}"
    if target.exists() and not force:
        raise SystemExit(f"{target} already exists; a released fixture is never remade "
                         "(use --force only before the release).")
    with tempfile.TemporaryDirectory(prefix="collabdesk-fixture-") as scratch:
        data = Path(scratch) / "store"
        info = build_demo(data, seed=11, clients=20, today=HISTORY_END)
        admin = next(u for u in DEMO_USERS if "admin" in u.roles)
        # Sign in once so the store is checkpointed into one file (no -wal beside it).
        manifest = _count(data, admin.username, admin.passphrase)
        manifest.update(app_version=collabdesk.__version__, sign_in={
            "username": admin.username, "passphrase": admin.passphrase})
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        for name in ("store.db", "vault.json"):
            shutil.copy2(data / name, target / name)
        leftovers = sorted(p.name for p in data.iterdir()
                           if p.name not in ("store.db", "vault.json", "vault.throttle.json",
                                             "backups", "logs"))
        if leftovers:
            raise SystemExit(f"Unexpected files beside the store: {leftovers}")
    (target / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n",
                                          encoding="utf-8")
    users = "\n".join(f"| {u.username} | `{u.passphrase}` | {', '.join(u.roles)} |"
                      for u in info.users)
    (target / "README.md").write_text(README.format(
        schema=schema, app_version=collabdesk.__version__, made=dt.date.today().isoformat(),
        agency=AGENCY_NAME, clients=manifest["counts"]["clients"],  # type: ignore[index]
        end=HISTORY_END.isoformat(), users=users), encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=FIXTURES,
                        help="fixtures folder (default: tests/fixtures/stores)")
    parser.add_argument("--force", action="store_true", help="replace an existing fixture")
    args = parser.parse_args(argv)
    target = make_fixture(args.out, force=args.force)
    print(f"Fixture written to {target}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
