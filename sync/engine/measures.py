"""The sync round's measurement step: fetch the network's framework when the hub has a
newer one, and hand it to :meth:`collabdesk.services.measures.MeasureService.receive`, which
pins the network key on first sight and checks the signature.

It never fails a round: a framework refused (wrong signature, another key, not readable) is
noted in the meta key ``measures_refused`` for the admin's panel and asked for again next
round; an older hub without the endpoint is simply skipped.
"""

from __future__ import annotations

import logging

from collabdesk import syncmeta
from collabdesk.errors import CollabDeskError
from collabdesk.measures.signed import SignedFramework
from collabdesk.services.session import Session
from collabdesk.sync.client import HubClient, HubError, HubUnreachable
from collabdesk.sync.engine.common import DbSteps, direct

log = logging.getLogger(__name__)


def fetch_framework(session: Session, client: HubClient, *, db: DbSteps = direct,
                    advertised: int | None = None) -> bool:
    """Ask the hub for a newer framework and adopt it; True if one was adopted. With
    ``advertised`` (the version the hub's pull said it has), ask only when it differs from
    ours, or when the last one offered was refused (to say so again)."""
    current = db(session.measures.framework)
    known = current.version if current else 0
    if advertised is not None and advertised == known and not db(
            lambda: session.store.get_meta(syncmeta.MEASURES_REFUSED)):
        return False
    try:
        answer = client.measures_framework(known)
    except HubUnreachable:
        return False
    except HubError as exc:
        log.info("The hub did not give the measurement framework: %s", exc)
        return False
    if not isinstance(answer, dict) or "framework" not in answer:
        return False
    try:
        signed = SignedFramework.from_json(answer["framework"])
        changed = db(lambda: session.measures.receive(signed))
    except CollabDeskError as exc:
        why = str(exc)
        db(lambda: session.store.set_meta(syncmeta.MEASURES_REFUSED, why))
        log.warning("A measurement framework from the hub was refused: %s", why)
        return False
    db(lambda: session.store.set_meta(syncmeta.MEASURES_REFUSED, ""))
    return bool(changed)
