"""Who is asking: request signatures, the replay window and the body limit.

Every route but ``/health``, ``/openapi.json`` and ``/v1/enroll`` takes a :data:`Device`
parameter: a request signed by an active device of the hub (request-signing v1 or v2),
stamped within :data:`REQUEST_WINDOW` seconds of the hub's clock and never seen before.
:class:`SigningVersions` says on every answer which signing versions are verified;
:class:`BodyLimit` refuses a body over :data:`MAX_BODY_BYTES` before anything reads it.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from collabdesk.sync import signing
from collabdesk.sync.errors import RequestAuthError
from collabdesk.sync.hub import db
from collabdesk.sync.hub.common import Backend, Caller, HubReject

log = logging.getLogger("collabdesk.hub")

MAX_BODY_BYTES = 8 * 1024 * 1024
REQUEST_WINDOW = 300
_PRUNE_EVERY = 60


class Authenticator:
    """Checks a request's signature and stamp, and remembers signatures against replay."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self._last_prune = 0

    def authenticate(self, method: str, path: str, body: bytes,
                     headers: Mapping[str, str]) -> Caller:
        now = self.backend.now()
        try:
            device_id = signing.request_device_id(headers)
        except RequestAuthError as exc:
            raise HubReject(401, exc.reason, str(exc)) from exc
        with db.read_tx(self.backend.engine) as conn:
            row = conn.execute(
                select(db.devices).where(db.devices.c.device_id == device_id)
            ).first()
        if row is None:
            raise HubReject(401, "unknown-device",
                            "This device is not enrolled with the hub; enroll it first.")
        try:
            signing.verify_request(row.sign_pub, method, path, body, headers, now=now,
                                   window=REQUEST_WINDOW)
        except RequestAuthError as exc:
            log.info("refused request from %s: %s", device_id, exc.reason)
            raise HubReject(401, exc.reason, str(exc)) from exc
        if row.status == "revoked":
            raise HubReject(403, "revoked", "This device has been revoked and may not use "
                            "the hub. Enroll it again with a new code if that was a mistake.")
        if row.status != "active":
            raise HubReject(403, "pending", "This device is waiting for approval by an "
                            "active device of its agency.")
        signature = headers.get("X-CD-Signature") or ""
        sig_hash = hashlib.sha256(signature.encode("utf-8")).hexdigest()
        try:
            with db.write_tx(self.backend.engine) as conn:
                conn.execute(insert(db.seen_request_signatures).values(
                    signature_hash=sig_hash, device_id=device_id, seen_at=now))
                if now - self._last_prune >= _PRUNE_EVERY:
                    # A signature stays acceptable while its timestamp is within the window
                    # either side of our clock, so remember it for twice that, plus slack.
                    conn.execute(delete(db.seen_request_signatures).where(
                        db.seen_request_signatures.c.seen_at < now - 2 * REQUEST_WINDOW - 60))
                    self._last_prune = now
        except IntegrityError as exc:
            log.warning("replayed request from %s refused", device_id)
            raise HubReject(401, "replayed", "This exact request was already received; "
                            "a replayed request is refused.") from exc
        return Caller(device_id, row.agency_id, row.sign_pub, body)


class SigningVersions:
    """Names the request-signing versions this hub verifies (:data:`signing.VERSIONS`) on
    every answer, refusals and ``/health`` included. A laptop tries v2 first; this header
    tells it that a ``bad-signature`` from us is a real refusal, not a hub from before v2
    that checked its v2 signature as v1 (docs/sync-protocol.md, *HTTP API*)."""

    _HEADER = (signing.HEADER_VERSIONS.lower().encode("ascii"),
               ",".join(str(v) for v in signing.VERSIONS).encode("ascii"))

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Callable[[], Awaitable[Any]],
                       send: Callable[[Any], Awaitable[None]]) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_named(message: Any) -> None:
            if message["type"] == "http.response.start":
                message = {**message,
                           "headers": [*message.get("headers", []), self._HEADER]}
            await send(message)

        await self.app(scope, receive, send_named)


class BodyLimit:
    """Refuse bodies over the limit with 413 before the app reads them."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: dict[str, Any], receive: Callable[[], Awaitable[Any]],
                       send: Callable[[Any], Awaitable[None]]) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            await self._too_large(send)
            return
        # Without a trustworthy length (chunked), read up to the limit before passing on.
        chunks: list[bytes] = []
        total = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                await self.app(scope, receive, send)
                return
            total += len(message.get("body", b""))
            if total > self.limit:
                await self._too_large(send)
                return
            chunks.append(message.get("body", b""))
            more = bool(message.get("more_body"))
        body = b"".join(chunks)
        sent = False

        async def replay() -> Any:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, send: Callable[[Any], Awaitable[None]]) -> None:
        payload = json.dumps({"detail": {
            "reason": "too-large",
            "message": f"The request body is larger than {self.limit // (1024 * 1024)} MiB."}}
        ).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(payload)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": payload})


def _path_with_query(request: Request) -> str:
    # Verify against the path exactly as the client sent it, before any decoding.
    raw = request.scope.get("raw_path") or request.url.path.encode()
    path = raw.decode("latin-1")
    query = request.scope.get("query_string") or b""
    return f"{path}?{query.decode('latin-1')}" if query else path


async def _authenticated(request: Request) -> Caller:
    auth: Authenticator = request.app.state.hub.auth
    body = await request.body()
    caller: Caller = await run_in_threadpool(auth.authenticate, request.method,
                                             _path_with_query(request), body, request.headers)
    return caller


# Every route that takes this parameter requires a signed request from an active device.
Device = Annotated[Caller, Depends(_authenticated)]
