"""FHIR R4 Bundles: resources gathered under ``urn:uuid`` full URLs, references rewritten."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any


def full_url() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


def collection(entries: list[tuple[str, dict[str, Any]]], *, at: dt.datetime) -> dict[str, Any]:
    """A ``collection`` Bundle of ``(fullUrl, resource)`` pairs, stamped with ``at``."""
    return {
        "resourceType": "Bundle",
        "id": str(uuid.uuid4()),
        "type": "collection",
        "timestamp": at.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "entry": [{"fullUrl": url, "resource": resource} for url, resource in entries],
    }


def to_bytes(bundle: dict[str, Any]) -> bytes:
    return (json.dumps(bundle, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
