"""Client side of the hub's release notice: note the latest version the hub knows of.

Called by the sync engine after a successful round. It asks ``GET /v1/release`` at most
once a day (an idle sync stays one small request) and stores the answer in the meta key
``hub_latest_version``. It never fails a sync: any problem leaves the old note in place.
"""

from __future__ import annotations

import datetime as dt
import logging

from collabdesk import syncmeta
from collabdesk.services.session import Session
from collabdesk.sync.client import HubClient
from collabdesk.sync.engine.common import DbSteps, direct
from collabdesk.timeutil import iso, parse_moment
from collabdesk.updates import META_LATEST, parse_version

log = logging.getLogger(__name__)
META_CHECKED = syncmeta.RELEASE_CHECKED
CHECK_EVERY = dt.timedelta(hours=24)


def note_latest_release(session: Session, client: HubClient, *, force: bool = False,
                        db: DbSteps = direct) -> None:
    """Record the hub's latest release in meta (at most once per day unless ``force``);
    ``db`` runs the store steps (see :class:`~collabdesk.sync.engine.common.DbSteps`)."""
    store = session.store
    now = session.now()
    checked = parse_moment(db(lambda: store.get_meta(META_CHECKED)))
    if not force and checked is not None and checked <= now < checked + CHECK_EVERY:
        return
    import requests  # (imported with the client already: a lookup)

    try:
        resp = client.session.get(client.base_url + "/v1/release", timeout=client.timeout,
                                  headers={"Accept": "application/json"})
        version = str(resp.json().get("version") or "") if resp.status_code == 200 else None
    except (requests.RequestException, ValueError, AttributeError) as exc:
        log.info("Could not read the hub's release notice: %s", exc)
        return
    if version is None:
        return  # an older hub without the endpoint: ask again tomorrow

    def keep() -> None:
        with store.transaction():
            if version == "" or parse_version(version) is not None:
                store.set_meta(META_LATEST, version)
            store.set_meta(META_CHECKED, iso(now))
    db(keep)
