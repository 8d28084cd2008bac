"""The partner hub's HTTP API (FastAPI): a mailbox for sealed envelopes.

The hub routes and stores envelopes it cannot read. It checks what it can without keys:
request signatures by registered devices, envelope framing, addressing and sender signatures,
and every device-chain entry against the chain it already holds. See docs/sync-protocol.md.

This module puts the hub together; each concern is a module of its own:

* :mod:`~collabdesk.sync.hub.schemas` — request and response bodies (the OpenAPI spec);
* :mod:`~collabdesk.sync.hub.auth` — request signatures, the replay window, the body limit;
* :mod:`~collabdesk.sync.hub.devices`, :mod:`~collabdesk.sync.hub.mailboxes`,
  :mod:`~collabdesk.sync.hub.snapshots`, :mod:`~collabdesk.sync.hub.reports` — the API's
  parts, each a class over the database and its router;
* :mod:`~collabdesk.sync.hub.common` — the refusal (:class:`HubReject`) they all raise, which
  :func:`create_app` answers in one exception handler (and records when it says so).

Workers keep no state of their own beyond caches: everything lives in the database, so any
number of workers (or machines) can serve one hub.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from collabdesk.sync.hub import dashboard, devices, mailboxes, reports, snapshots
from collabdesk.sync.hub.auth import MAX_BODY_BYTES, Authenticator, BodyLimit, SigningVersions
from collabdesk.sync.hub.common import Backend, HubReject
from collabdesk.sync.hub.schemas import PushOut

log = logging.getLogger("collabdesk.hub")

DATABASE_ENV = "COLLABDESK_HUB_DATABASE"


class Hub(Backend):
    """The hub's database with every part of the API over it."""

    def __init__(self, database_url: str, clock: Callable[[], float], migrate: bool) -> None:
        super().__init__(database_url, clock, migrate)
        self.auth = Authenticator(self)
        self.devices = devices.Devices(self)
        self.mailboxes = mailboxes.Mailboxes(self)
        self.snapshots = snapshots.Snapshots(self)
        self.reports = reports.Reports(self)

    def import_bundle(self, envelopes: list[bytes]) -> PushOut:
        """Envelopes carried in by hand (see :meth:`Mailboxes.import_bundle`)."""
        return self.mailboxes.import_bundle(envelopes)


def create_app(database_url: str, *, clock: Callable[[], float] = time.time,
               migrate: bool = True) -> FastAPI:
    """Build the hub application on ``database_url`` (migrating it to head first)."""
    hub = Hub(database_url, clock, migrate)
    app = FastAPI(
        title="CollabDesk partner hub",
        version="1",
        description="A mailbox for sealed CollabDesk envelopes. See docs/sync-protocol.md.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.hub = hub
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    app.add_middleware(SigningVersions)  # outermost: BodyLimit's own refusals carry it too

    async def refused(request: Request, exc: Exception) -> JSONResponse:
        # Every refusal of every route ends here: recorded if it asks to be, then answered
        # with its status, reason code and sentence.
        assert isinstance(exc, HubReject)
        if exc.log is not None:
            await run_in_threadpool(hub.record, exc)
        return JSONResponse({"detail": {"reason": exc.reason, "message": exc.message}},
                            status_code=exc.status)

    app.add_exception_handler(HubReject, refused)

    @app.get("/health", tags=["operations"])
    def health() -> JSONResponse:
        try:
            return JSONResponse(hub.health())
        except Exception as exc:
            log.exception("health check failed")
            return JSONResponse({"status": "unavailable", "error": type(exc).__name__},
                                status_code=503)

    for part in (devices, mailboxes, snapshots, reports):
        app.include_router(part.router)
    app.include_router(dashboard.router(hub.engine, hub.secret, hub.clock))
    from collabdesk.sync.hub import release  # the latest-version notice for laptops
    app.include_router(release.router(hub.engine))
    from collabdesk.sync.hub import measures  # the network's measurement framework
    app.include_router(measures.router(hub.engine))
    from collabdesk.sync.hub import measures_dashboard  # run charts of the shared measures
    app.include_router(measures_dashboard.router(hub.engine, hub.secret, hub.clock))
    return app


def app_from_environment() -> FastAPI:
    """Factory for uvicorn workers: the database URL comes from COLLABDESK_HUB_DATABASE."""
    url = os.environ.get(DATABASE_ENV)
    if not url:
        raise RuntimeError(f"{DATABASE_ENV} is not set; start the hub with 'collabdesk-hub serve'.")
    return create_app(url)
