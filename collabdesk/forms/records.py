"""Forms and responses as records: what the projection derives when their events apply.

A response version's event carries its QuestionnaireResponse as sent; the projection never
refuses one. When a version lands (local or pulled) these hooks

* stamp it with its event's HLC, and check it against its form if the form is here: an
  answer of the wrong type or for an item the form lacks is listed in ``flags`` and the
  version is kept exactly as it came, so a pull is never half-applied and never stopped;
* recompute the response's current version (``form_response_heads``): of the versions no
  other was made over, the one with the latest HLC. Two laptops amending the same response
  offline leave two such versions: both are kept, the later is shown, and the response sits
  in the conflict queue until someone saves a version made over both.

When a form arrives, the versions that were waiting for it are checked. Every replica that
has the same events derives the same rows, whatever order they came in.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from typing import Any

from collabdesk.changes import CONFLICT
from collabdesk.events.projection import Event, on_change
from collabdesk.forms.answers import answers_from_response
from collabdesk.forms.errors import FormError
from collabdesk.forms.model import Form
from collabdesk.messages import msg
from collabdesk.store.db import Connection, note_changes

CONFLICT_ENTITY = "form_response"
CONFLICT_FIELD = "body"  # the conflict queue names a response's clashing versions by this

_forms: dict[tuple[str, bool], Form | FormError] = {}
_forms_lock = threading.Lock()
_MAX_FORMS = 128


def load_form(conn: Connection, form_id: str, *, expressions: bool = True) -> Form | None:
    """The parsed form version ``form_id`` if this laptop has it (None otherwise). Raises
    :class:`FormError` if it is here but this version of CollabDesk cannot read it.

    ``expressions=False`` skips parsing its FHIRPath (see :func:`parse_questionnaire`): for
    showing questions and answers, as a client's profile does."""
    # The cache is shared by every store this process opens: ask this one whether it has it.
    if conn.execute("SELECT 1 FROM forms WHERE id = ?", (form_id,)).fetchone() is None:
        return None
    keys = [(form_id, True)] if expressions else [(form_id, True), (form_id, False)]
    with _forms_lock:
        cached = next((_forms[k] for k in keys if k in _forms), None)
    if cached is None:
        # Imported here: FHIRPath loads its models (tens of ms), needed only once forms are used.
        from collabdesk.forms.parse import parse_questionnaire

        row = conn.execute("SELECT definition FROM forms WHERE id = ?", (form_id,)).fetchone()
        try:
            cached = parse_questionnaire(row[0], source=msg("forms.source.stored"),
                                         expressions=expressions)
        except FormError as exc:
            cached = exc
        with _forms_lock:
            if len(_forms) >= _MAX_FORMS:
                _forms.pop(next(iter(_forms)))
            _forms[(form_id, expressions)] = cached
    if isinstance(cached, FormError):
        raise cached
    return cached


def check_body(form: Form | None, body: Any) -> list[str]:
    """What does not fit ``form`` in a response body (empty if all does)."""
    if not isinstance(body, dict) or body.get("resourceType") != "QuestionnaireResponse":
        return ["The response is not a FHIR QuestionnaireResponse."]
    _, problems = answers_from_response(form, body.get("item"))
    return problems


def _check(conn: Connection, rows: Iterable[tuple[str, str, str]]) -> None:
    """Check (version id, form id, body) rows against their forms where the form is here."""
    updates: list[tuple[str, int, str]] = []
    for version_id, form_id, body_text in rows:
        try:
            form = load_form(conn, form_id)
        except FormError as exc:
            updates.append((json.dumps([f"This version of CollabDesk cannot read the form: "
                                        f"{exc}"]), 1, version_id))
            continue
        if form is None:
            continue  # kept raw until the form arrives
        try:
            body = json.loads(body_text)
        except ValueError:
            body = None
        updates.append((json.dumps(check_body(form, body), ensure_ascii=False), 1, version_id))
    conn.executemany("UPDATE form_responses SET flags = ?, checked = ? WHERE id = ?", updates)


def _on_response_events(conn: Connection, events: list[Event]) -> None:
    conn.executemany("UPDATE form_responses SET hlc = ? WHERE id = ? AND hlc IS NULL",
                     [(e.hlc, e.entity_id) for e in events])
    ids = [e.entity_id for e in events]
    rows = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows += conn.execute(
            "SELECT id, form_id, body FROM form_responses WHERE checked = 0 AND id IN "
            f"({', '.join('?' * len(chunk))})", chunk).fetchall()
    _check(conn, rows)
    responses = {str(e.data.get("fields", {}).get("response_id") or e.entity_id)
                 for e in events}
    refresh_heads(conn, sorted(responses))


def _on_form_events(conn: Connection, events: list[Event]) -> None:
    for form_id in {e.entity_id for e in events}:
        _check(conn, conn.execute(
            "SELECT id, form_id, body FROM form_responses WHERE form_id = ? AND checked = 0",
            (form_id,)).fetchall())


def version_ids(text: str | None) -> list[str]:
    """The version ids in a ``previous`` column (a JSON list); a malformed one from another
    laptop amends nothing."""
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def leaves_of(versions: Iterable[tuple[str, str | None]]) -> set[str]:
    """Of (version id, previous) pairs, the versions no other was made over."""
    rows = list(versions)
    made_over = {p for _, previous in rows for p in version_ids(previous)}
    return {vid for vid, _ in rows if vid not in made_over}


def refresh_heads(conn: Connection, response_ids: list[str]) -> None:
    """Recompute the current version of each response, and its place in the conflict queue."""
    conflict_changed = False
    for response_id in response_ids:
        versions = conn.execute(
            "SELECT id, previous, hlc, client_id, case_id, form_url, authored_at "
            "FROM form_responses WHERE response_id = ?", (response_id,)).fetchall()
        if not versions:
            continue
        leaf_ids = leaves_of((r[0], r[1]) for r in versions)
        leaves = [r for r in versions if r[0] in leaf_ids] or versions
        current = max(leaves, key=lambda r: (r[2] or "", r[0]))
        conn.execute(
            "INSERT INTO form_response_heads(response_id, current, leaves, client_id, case_id, "
            "form_url, authored_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(response_id) DO "
            "UPDATE SET current = excluded.current, leaves = excluded.leaves, "
            "client_id = excluded.client_id, case_id = excluded.case_id, "
            "form_url = excluded.form_url, authored_at = excluded.authored_at",
            (response_id, current[0], len(leaves), current[3], current[4], current[5],
             current[6]))
        if len(leaves) > 1:
            heads = json.dumps(sorted(r[2] or "" for r in leaves))
            conn.execute(
                "INSERT INTO conflicts(entity, entity_id, field, heads) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(entity, entity_id, field) DO UPDATE SET heads = excluded.heads",
                (CONFLICT_ENTITY, response_id, CONFLICT_FIELD, heads))
            conflict_changed = True
        else:
            gone = conn.execute(
                "DELETE FROM conflicts WHERE entity = ? AND entity_id = ? AND field = ?",
                (CONFLICT_ENTITY, response_id, CONFLICT_FIELD)).rowcount
            conflict_changed = conflict_changed or gone > 0
    if conflict_changed:
        note_changes(conn, CONFLICT)


def rebuild_heads(conn: Connection) -> int:
    """Recompute every response's current version from the versions (after rows were
    copied in without their events, as a snapshot restore does); returns how many."""
    ids = [r[0] for r in conn.execute("SELECT DISTINCT response_id FROM form_responses")]
    refresh_heads(conn, ids)
    return len(ids)


def install_hooks() -> None:
    """Register the forms projection hooks (called by
    :func:`collabdesk.services.install_hooks`, once per process)."""
    on_change("form", _on_form_events)
    on_change("form_response", _on_response_events)
