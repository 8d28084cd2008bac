"""A wheel must contain every package and data file the checkout has."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = {"collabdesk": "collabdesk", "ui": "collabdesk.ui", "sync": "collabdesk.sync"}


def test_every_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = set()
    for folder, name in FOLDERS.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            relative = init.parent.relative_to(ROOT / folder).parts
            found.add(".".join((name, *relative)))
    assert found == listed


def test_package_data_covers_migrations() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data = config["tool"]["setuptools"]["package-data"]
    assert "migrations/*.sql" in data["collabdesk.store"]
    assert "*.zstd" in data["collabdesk.events"]  # the event log's body dictionary
    assert "migrations/versions/*.py" in data["collabdesk.sync.hub"]
