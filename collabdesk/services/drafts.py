"""Unsaved edits kept across a lock: a half-typed profile survives the idle lock or a quit.

When the session locks (or the app quits) with edits typed but not saved, the desktop hands
them here; the next time the same user opens the same form they are put back, marked as
restored, for the worker to save or discard. Drafts live in the encrypted store's ``meta``
table, keyed by user and form, never in a file and never replicated: they are this person's
unfinished typing on this laptop. Taking a draft removes it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collabdesk.services.session import Session

_PREFIX = "draft:"


@dataclass(frozen=True)
class Draft:
    key: str
    state: dict[str, Any]
    kept_at: dt.datetime


class DraftService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _meta_key(self, key: str) -> str:
        return f"{_PREFIX}{self.session.user.id}:{key}"

    def keep(self, key: str, state: dict[str, Any]) -> None:
        """Keep ``state`` for ``key`` (a form such as ``case:<id>``), replacing an older one."""
        record = {"state": state, "kept_at": self.session.now().isoformat()}
        self.session.store.set_meta(self._meta_key(key),
                                    json.dumps(record, ensure_ascii=False, sort_keys=True))

    def take(self, key: str) -> Draft | None:
        """The draft kept for ``key``, removed from the store (None if there is none)."""
        meta_key = self._meta_key(key)
        with self.session.store.transaction() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (meta_key,)).fetchone()
            if row is None:
                return None
            conn.execute("DELETE FROM meta WHERE key = ?", (meta_key,))
        try:
            record = json.loads(row[0])
            return Draft(key, dict(record["state"]), dt.datetime.fromisoformat(record["kept_at"]))
        except (ValueError, KeyError, TypeError):
            return None  # a draft this version cannot read is dropped, not shown half
