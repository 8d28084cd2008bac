"""Where the shipped resources (translations, styles, demo data) are on this installation.

One answer for every way CollabDesk runs: ``COLLABDESK_RESOURCES`` if set, the PyInstaller
bundle's folder when frozen, else the ``resources/`` folder of the source checkout.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("COLLABDESK_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def hsds_sample() -> Path:
    """The Open Referral HSDS 3.0 example package used by the demo store."""
    return resources_dir() / "demo" / "hsds-3.0" / "examples" / "csv"
