"""Signed monthly summaries: the one document an agency sends the hub in the clear.

A laptop submits a month's *published* summary (de-identified aggregates, workers by
pseudonym, small counts withheld) to ``POST /v1/agencies/{agency}/summaries``. The body is

``{"month": "YYYY-MM", "document": b64(document bytes), "signature": b64(Ed25519)}``

where the document is a JSON object ``{"v": 1, "kind": "summary", "agency", "month",
"device", "created", "summary": PublishedSummary.for_submission().to_dict(), "partners":
{row label: hub agency id}}`` and the signature is the sending device's Ed25519 signature over
``b"collabdesk-summary-v1\\n" + document``. The bytes are signed as sent (not re-encoded):
rates in the summary are floats, which canonical JSON does not allow, so the verifier checks
the exact bytes it stores. The hub keeps the request body, so any stored submission can be
verified again later against the device's registered key.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from collabdesk.sync.canonical import b64d, b64e
from collabdesk.sync.errors import SyncError
from collabdesk.sync.keys import DeviceKeys

CONTEXT = b"collabdesk-summary-v1\n"
VERSION = 1
MAX_DOCUMENT_BYTES = 2 * 1024 * 1024
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


class SummaryError(SyncError):
    """A submitted summary failed a check; the hub refuses it and stores nothing."""

    area = "summary"


def build_document(*, agency_id: str, device_id: str, month: str, summary: dict[str, Any],
                   partners: dict[str, str], created_ms: int) -> bytes:
    """The document bytes to sign (sorted keys, compact, UTF-8; NaN refused)."""
    if not _MONTH.fullmatch(month):
        raise SummaryError("bad-month")
    doc = {"v": VERSION, "kind": "summary", "agency": agency_id, "month": month,
           "device": device_id, "created": int(created_ms), "summary": summary,
           "partners": dict(partners)}
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def sign_document(keys: DeviceKeys, document: bytes) -> bytes:
    return keys.sign(CONTEXT + document)


def request_body(month: str, document: bytes, signature: bytes) -> dict[str, str]:
    return {"month": month, "document": b64e(document), "signature": b64e(signature)}


def verify_submission(*, sign_pub: bytes, agency_id: str, device_id: str, month: str,
                      document_b64: str, signature_b64: str) -> dict[str, Any]:
    """Check a submission as the hub receives it; → the parsed document. Raises SummaryError."""
    if not _MONTH.fullmatch(month):
        raise SummaryError("bad-month")
    try:
        document, signature = b64d(document_b64), b64d(signature_b64)
    except ValueError as exc:
        raise SummaryError("bad-document", "summaries.not-base64") from exc
    if len(document) > MAX_DOCUMENT_BYTES:
        raise SummaryError("too-large")
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(sign_pub).verify(signature,
                                                                    CONTEXT + document)
    except (InvalidSignature, ValueError) as exc:
        raise SummaryError("bad-signature") from exc
    try:
        doc = json.loads(document.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise SummaryError("bad-document") from exc
    if (not isinstance(doc, dict) or doc.get("v") != VERSION or doc.get("kind") != "summary"
            or not isinstance(doc.get("summary"), dict)
            or not isinstance(doc.get("partners", {}), dict)):
        raise SummaryError("bad-document")
    if doc.get("agency") != agency_id:
        raise SummaryError("wrong-agency")
    if doc.get("device") != device_id:
        raise SummaryError("wrong-device")
    period = doc["summary"].get("period")
    if doc.get("month") != month or not isinstance(period, dict) or period.get("label") != month:
        raise SummaryError("wrong-month")
    if not _values_well_formed(doc["summary"]):
        raise SummaryError("bad-values")
    return doc


def _is_number(value: object) -> bool:
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and math.isfinite(value) and value >= 0)


def _values_well_formed(node: object, depth: int = 0) -> bool:
    """Every published figure (a mapping with a ``status``) holds a non-negative number or
    nothing, and the threshold is a whole number: the dashboard does arithmetic on them."""
    if depth > 12:
        return False
    if isinstance(node, dict):
        if "threshold" in node and not (isinstance(node["threshold"], int)
                                        and not isinstance(node["threshold"], bool)):
            return False
        if "status" in node and "value" in node:
            if not isinstance(node["status"], str):
                return False
            if node["value"] is not None and not _is_number(node["value"]):
                return False
        return all(_values_well_formed(v, depth + 1) for v in node.values())
    if isinstance(node, list):
        return all(_values_well_formed(v, depth + 1) for v in node)
    return True


def read_stored(body: bytes) -> tuple[str, bytes, bytes]:
    """A stored request body → (month, document bytes, signature), for re-verification."""
    data = json.loads(body.decode("utf-8"))
    return str(data["month"]), b64d(data["document"]), b64d(data["signature"])


def parse_document(document: bytes) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(document.decode("utf-8"))
    return doc
