"""The network's measurement framework on this laptop; reached as ``session.measures``.

The sync round and USB bundles hand a received framework to :meth:`MeasureService.receive`,
which pins the network key on first sight (a laptop enrolled before measures existed), checks
the signature against the pinned key, refuses an older version, keeps the current and the
previous version in ``meta`` (:mod:`collabdesk.syncmeta`) and adds the framework's forms to
the laptop's forms. Supervisors compute the month's figures (:meth:`figures`), which the
monthly summary carries to the hub; admins see what the network asks for, its key's
fingerprint and what changed (:meth:`overview`).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from collabdesk import syncmeta
from collabdesk.forms.parse import form_id
from collabdesk.measures.compute import MonthFigures, month_figures
from collabdesk.measures.framework import (
    Change,
    Framework,
    MeasureError,
    changes,
    load_framework,
)
from collabdesk.measures.signed import SignedFramework, fingerprint, verify
from collabdesk.progress import Cancelled
from collabdesk.timeutil import iso

if TYPE_CHECKING:
    from collabdesk.services.session import Session
    from collabdesk.store.db import Connection


@dataclass(frozen=True)
class Overview:
    """What the admin panel shows."""

    framework: Framework | None
    fingerprint: str  # the pinned network key's, "" before one is pinned
    changes: tuple[Change, ...]  # against the previous version (everything for the first)
    previous_version: int | None


@dataclass(frozen=True)
class Preview:
    framework: Framework
    figures: MonthFigures
    earlier: dict[str, Any] | None  # as last submitted for the month

    @property
    def version_differs(self) -> bool:
        """The month left under another framework version: it stays so unless resubmitted
        under this one on purpose."""
        return (self.earlier is not None
                and self.earlier.get("framework_version") != self.figures.framework_version)

    def leaving(self, new_framework: bool) -> dict[str, Any]:
        """Exactly what a submission now sends (see MeasureService.for_submission)."""
        if self.version_differs and not new_framework:
            assert self.earlier is not None
            return self.earlier
        return {**self.figures.to_dict(), **({"new_framework": True}
                                             if self.version_differs else {})}


class MeasureService:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- receiving ----------------------------------------------------------------------------

    def receive(self, signed: SignedFramework) -> list[Change]:
        """Verify and adopt a framework; return what changed ([] if it is the one we have).
        Raises :class:`MeasureError` for a wrong signature or key, a malformed document or an
        older version."""
        store = self.session.store
        pinned_text = store.get_meta(syncmeta.NETWORK_KEY)
        pinned = base64.b64decode(pinned_text) if pinned_text else None
        verify(signed, pinned)
        framework = load_framework(signed.document)
        current = self.framework()
        if current is not None:
            if current.version == framework.version and current.digest == framework.digest:
                return []
            if framework.version <= current.version:
                raise MeasureError("measures.older-version", version=framework.version,
                                   current=current.version)
        found = changes(current, framework)
        with store.transaction() as conn:
            if pinned is None:
                conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                             (syncmeta.NETWORK_KEY,
                              base64.b64encode(signed.public_key).decode()))
            if current is not None:
                conn.execute("INSERT OR REPLACE INTO meta(key, value) SELECT ?, value FROM "
                             "meta WHERE key = ?",
                             (syncmeta.FRAMEWORK_PREVIOUS, syncmeta.FRAMEWORK))
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                         (syncmeta.FRAMEWORK, json.dumps(signed.to_json())))
            self._add_forms(conn, framework)
            self.session.audit(conn, "measures.framework", "measures", str(framework.version),
                               network=framework.network, digest=framework.digest,
                               key=fingerprint(signed.public_key))
        return found

    def _add_forms(self, conn: Connection, framework: Framework) -> None:
        """The network's forms join the laptop's forms (same content, same record id on
        every laptop), whoever is signed in when the framework arrives."""
        writer = self.session.log.writer(conn, self.session.user.id)
        for nf in framework.forms:
            fid = form_id(nf.form.canonical)
            if conn.execute("SELECT 1 FROM forms WHERE id = ? OR (url = ? AND version = ?)",
                            (fid, nf.url, nf.version)).fetchone():
                continue
            writer.create("form", {
                "url": nf.url, "version": nf.version, "title": nf.form.title, "use": nf.use,
                "sensitive": int(nf.form.sensitive), "definition": nf.form.canonical,
                "imported_at": iso(self.session.now()), "imported_by": self.session.user.id,
            }, entity_id=fid)

    # -- reading ------------------------------------------------------------------------------

    def _stored(self, key: str) -> Framework | None:
        text = self.session.store.get_meta(key)
        if not text:
            return None
        return load_framework(SignedFramework.from_json(json.loads(text)).document)

    def signed(self) -> SignedFramework | None:
        """The current framework as received (for USB bundles)."""
        text = self.session.store.get_meta(syncmeta.FRAMEWORK)
        return SignedFramework.from_json(json.loads(text)) if text else None

    def framework(self) -> Framework | None:
        """The current framework, None before one has arrived."""
        return self._stored(syncmeta.FRAMEWORK)

    def overview(self) -> Overview:
        self.session.require("report.view")
        current = self.framework()
        previous = self._stored(syncmeta.FRAMEWORK_PREVIOUS)
        key = self.session.store.get_meta(syncmeta.NETWORK_KEY)
        return Overview(current, fingerprint(base64.b64decode(key)) if key else "",
                        tuple(changes(previous, current)) if current else (),
                        previous.version if previous else None)

    # -- figures ------------------------------------------------------------------------------

    def figures(self, month: str, *, cancelled: Cancelled | None = None) -> MonthFigures:
        """The month's published figures under the current framework. Any past month can be
        computed (back-filling a measure added later)."""
        self.session.require("report.view")
        framework = self.framework()
        if framework is None:
            raise MeasureError("measures.no-framework")
        return month_figures(self.session, framework, month, self.session.reports.threshold(),
                             cancelled=cancelled)

    def submitted(self, month: str) -> dict[str, Any] | None:
        """The measures last queued for the hub with ``month``'s summary, as they left."""
        row = self.session.store.query(
            "SELECT payload FROM sync_outbox WHERE kind = 'summary' AND entity_id = ? "
            "ORDER BY created_at DESC, rowid DESC LIMIT 1", (month,))
        if not row:
            return None
        found = json.loads(row[0][0]).get("summary", {}).get("measures")
        return found if isinstance(found, dict) else None

    def for_submission(self, month: str, figures: MonthFigures, *,
                       new_framework: bool = False) -> dict[str, Any]:
        """What goes to the hub with ``month``'s summary. A month already submitted under
        another framework version keeps those figures, exactly as they left, unless the
        supervisor chose to resubmit it under the current version (``new_framework``)."""
        earlier = self.submitted(month)
        if (earlier is not None
                and earlier.get("framework_version") != figures.framework_version):
            if not new_framework:
                return earlier
            # Said in the document, so the hub replaces the month's earlier version too.
            return {**figures.to_dict(), "new_framework": True}
        return figures.to_dict()

    def preview(self, month: str, *, cancelled: Cancelled | None = None) -> Preview | None:
        """For the Reports page: the month's figures under the current framework, and the
        figures it was last submitted with (None when never submitted); None when no
        framework has arrived."""
        self.session.require("report.view")
        framework = self.framework()
        if framework is None:
            return None
        return Preview(framework, self.figures(month, cancelled=cancelled),
                       self.submitted(month))
