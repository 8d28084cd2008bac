"""The released stores kept as upgrade fixtures (tests/fixtures/stores/v<schema>/): a copy
to upgrade, and that copy opened as it was, before any migration."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from collabdesk.store.db import Store
from collabdesk.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "stores"


def copy_released(version: int, tmp_path: Path) -> tuple[Workspace, dict[str, str]]:
    """A copy of the schema-``version`` fixture in ``tmp_path`` and its sign-in (username,
    passphrase)."""
    data = tmp_path / f"v{version}"
    shutil.copytree(FIXTURES / f"v{version}", data)
    creds = json.loads((data / "manifest.json").read_text(encoding="utf-8"))["sign_in"]
    return Workspace(data), creds


def open_unmigrated(workspace: Workspace, creds: dict[str, str]) -> Store:
    """The copy's store opened with its own schema, nothing upgraded (the caller closes)."""
    unlocked = workspace.check_files().unlock(creds["username"], creds["passphrase"])
    return Store.open(workspace.store_path, unlocked.key, migrate=False)
