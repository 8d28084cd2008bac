"""HTTP client for the partner hub: one method per endpoint of docs/sync-protocol.md.

Every request except ``/health`` and ``/v1/enroll`` is signed with the device key over the
exact path and query the hub sees. Failures become typed errors the engine can act on:

* :class:`HubUnreachable` — no usable answer: the hub could not be reached, the connection
  was cut mid-answer, the answer came too late, or the secure connection failed. Being offline
  is normal for a clinic laptop; the scheduler backs off and tries again later.
* :class:`HubRejected` — the hub answered 4xx/5xx; carries its status, reason and sentence.
* :class:`DeviceRevoked` — 403 ``revoked``: this laptop may no longer use the hub.
* :class:`CursorGone` — 410: the pull token is stale; resync the mailbox from the start.

Each kind of fault has one sentence in the catalogue (see :func:`transport_error` and
:func:`bad_answer`, the one place requests' exceptions and unreadable answers become errors);
the log keeps the technical detail (exception class, status, first bytes of the answer).
docs/sync-protocol.md ("Faults and what a person sees") lists them.
"""

from __future__ import annotations

import functools
import hashlib
import http.client
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote, urlsplit

from collabdesk.errors import CollabDeskError
from collabdesk.message_catalogue import MESSAGES
from collabdesk.sync import envelope as envelope_mod
from collabdesk.sync import signing
from collabdesk.sync.canonical import b64d, b64e
from collabdesk.sync.keys import DeviceKeys

if TYPE_CHECKING:
    import requests

# ``requests`` (with urllib3, idna, charset detection…) is imported where a request is made:
# ten megabytes a desktop would otherwise hold while the sign-in derives its key.

DEFAULT_TIMEOUT = 30.0
# Requests of one push: the hub refuses more than 500 envelopes or 8 MiB of body per call.
MAX_PUSH_ENVELOPES = 500
MAX_PUSH_BYTES = 6 * 1024 * 1024
USER_AGENT = "collabdesk-sync/1"
_REPLAY_TRIES = 4

log = logging.getLogger(__name__)


class HubError(CollabDeskError):
    """Base of the hub client's errors; ``str()`` is a sentence a person can act on."""


class HubUnreachable(HubError):
    """The hub did not answer. Offline is a normal state: try again later."""


class HubRejected(HubError):
    """The hub answered with an error status."""

    def __init__(self, status: int, code: str, reason: str = "", /, **params: Any) -> None:
        self.status, self.reason = status, reason
        super().__init__(code, **params)


class DeviceRevoked(HubRejected):
    """This device has been revoked: the hub refuses it and it must stop syncing."""


class DevicePending(HubRejected):
    """This device is enrolled but waits for approval by an active device of its agency."""


class CursorGone(HubRejected):
    """The pull token is no longer valid (410): drop it and pull from the start."""


# What a connection cut short looks like from requests: the peer hung up after the request
# went out (reset, closed, an answer shorter than its length or chunking promised; and
# urllib3's ProtocolError, added where it is imported).
_CUT: tuple[type[BaseException], ...] = (
    http.client.IncompleteRead, http.client.RemoteDisconnected, ConnectionResetError,
    BrokenPipeError, ConnectionAbortedError)


def _causes(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo and len(seen) < 16:
        current = todo.pop()
        if current is None or any(current is s for s in seen):
            continue
        seen.append(current)
        todo += [current.__cause__, current.__context__,
                 *(a for a in current.args if isinstance(a, BaseException))]
        reason = getattr(current, "reason", None)
        if isinstance(reason, BaseException):
            todo.append(reason)
    return seen


def transport_error(exc: requests.RequestException, base_url: str, what: str = "",
                    timeout: float = DEFAULT_TIMEOUT) -> HubUnreachable:
    """The one mapping of requests' exceptions to what a person reads; the log keeps the
    exception's class and text."""
    import requests
    import urllib3.exceptions

    causes = _causes(exc)
    if isinstance(exc, requests.exceptions.SSLError):
        code = "hub.tls-failed"
    elif isinstance(exc, requests.exceptions.ConnectTimeout):
        code = "hub.unreachable"
    elif isinstance(exc, requests.Timeout) or any(
            isinstance(c, urllib3.exceptions.ReadTimeoutError) for c in causes):
        code = "hub.timed-out"  # (a stall mid-answer comes as a ConnectionError)
    elif isinstance(exc, requests.exceptions.ChunkedEncodingError | requests.exceptions.
                    ContentDecodingError) or any(
                        isinstance(c, (*_CUT, urllib3.exceptions.ProtocolError))
                        for c in causes):
        code = "hub.connection-cut"
    else:
        code = "hub.unreachable"  # refused, no route, name not found, proxy down
    log.info("%s %s: %s after at most %ss (%s: %s)", what or "request", base_url, code,
             timeout, type(exc).__name__, exc)
    return HubUnreachable(code, base_url=base_url)


def bad_answer(status: int, body: bytes, what: str, problem: BaseException | None = None
               ) -> HubRejected:
    """An answer that is not JSON, or not shaped as the hub's: the address may lead to
    something else (a captive portal, a web server), or a proxy mangled it."""
    log.info("%s: unreadable answer, HTTP %s, %s, first bytes %r", what, status,
             type(problem).__name__ if problem else "no detail", body[:80])
    return HubRejected(status, "hub.bad-answer", "bad-response")


_F = TypeVar("_F", bound=Callable[..., Any])


def _reads_answer(method: _F) -> _F:
    """An endpoint whose answer lacks a field or has one of the wrong type raises
    :func:`bad_answer`, not a KeyError."""
    @functools.wraps(method)
    def wrapper(self: HubClient, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            raise bad_answer(200, b"", f"{method.__name__} {self.base_url}", exc) from exc
    return wrapper  # type: ignore[return-value]


@dataclass(frozen=True)
class PulledEnvelope:
    seq: int
    envelope_id: str
    data: bytes | None  # None: one of this device's own, sent without its data


@dataclass(frozen=True)
class PullPage:
    envelopes: list[PulledEnvelope]
    token: str
    done: bool
    chain: int | None = None  # entries in this device's agency chain at the hub
    behind: int | None = None  # envelopes after the agency's latest snapshot (last page)
    measures: int | None = None  # the hub's measurement framework version (last page)


@dataclass(frozen=True)
class SnapshotInfo:
    """The agency's latest snapshot at the hub (its parts are fetched one by one)."""

    snapshot_id: str
    parts: int
    size: int
    created_at: int
    behind: int
    manifest: bytes


@dataclass(frozen=True)
class PushResult:
    envelope_id: str | None
    seq: int | None
    status: str  # stored | duplicate | rejected
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.status in ("stored", "duplicate")


def _wire_size(resp: requests.Response) -> tuple[int, int]:
    """Bytes of an HTTP/1.1 exchange (request line, headers, bodies) as sent and received."""
    req = resp.request
    split = urlsplit(req.url or "")
    target = split.path + (f"?{split.query}" if split.query else "")
    sent = len(f"{req.method} {target} HTTP/1.1\r\nHost: {split.netloc}\r\n".encode("latin-1"))
    for name, value in req.headers.items():
        sent += len(f"{name}: {value!s}\r\n".encode("latin-1"))
    body = req.body
    sent += 2 + (len(body) if isinstance(body, bytes | str) else 0)
    received = len(f"HTTP/1.1 {resp.status_code} {resp.reason}\r\n".encode("latin-1"))
    received += sum(len(f"{k}: {v}\r\n".encode("latin-1")) for k, v in resp.headers.items()) + 2
    received += len(resp.content)
    return sent, received


class HubClient:
    """A signed HTTP client bound to one hub and one device (``keys`` None: enrol only)."""

    def __init__(self, base_url: str, keys: DeviceKeys | None, *,
                 timeout: float = DEFAULT_TIMEOUT,
                 clock: Callable[[], float] = time.time) -> None:
        base = base_url.strip().rstrip("/")
        split = urlsplit(base)
        if split.scheme not in ("http", "https") or not split.netloc:
            raise HubError("hub.bad-address", base_url=base_url)
        self.base_url = base
        self._prefix = split.path  # a hub behind a path prefix sees it in the signed path
        self.keys = keys
        self.timeout = timeout
        self.clock = clock
        # Seconds to add to our clock when stamping requests: learnt from the hub's Date
        # header when it refuses a stamp as stale (a laptop whose clock is off).
        self.clock_offset = 0
        import requests

        self.session = requests.Session()
        # Fewer default headers: an idle sync should cost a few hundred bytes.
        self.session.headers.clear()
        self.session.headers.update({"User-Agent": USER_AGENT, "Accept-Encoding": "gzip"})
        self.bytes_sent = 0
        self.bytes_received = 0
        # The request-signing version the hub verifies: None until an answer says. Until
        # then v2 is tried; a hub from before v2 refuses it as a bad signature without
        # naming its versions, and from then on gets v1 (docs/sync-protocol.md).
        self._signing: int | None = None
        # v1 only: Ed25519 is deterministic, so the same request in the same second would
        # carry the same signature, which the hub refuses as a replay. Such a repeat from
        # this process gets the next second. (v2 signs a fresh nonce instead.)
        self._stamps: dict[str, int] = {}
        # A round on one thread and the Network page on another may share this client.
        self._lock = threading.Lock()

    def close(self) -> None:
        self.session.close()

    # -- plumbing -------------------------------------------------------------------------

    def _stamp(self, method: str, path: str, body: bytes, version: int) -> int:
        now = int(self.clock()) + self.clock_offset
        if version != 1:
            return now  # v2's nonce keeps repeats apart
        key = hashlib.sha256(f"{method}\n{path}\n".encode() + body).hexdigest()
        with self._lock:
            stamp = max(now, self._stamps.get(key, 0) + 1)
            self._stamps[key] = stamp
            if len(self._stamps) > 256:
                self._stamps = {k: v for k, v in self._stamps.items() if v >= now - 2}
        return stamp

    def _request(self, method: str, path: str, body: Any = None, *, signed: bool = True,
                 content_type: str = "application/json", raw: bool = False) -> Any:
        """``body``: JSON-able, or bytes sent as they are with ``content_type``. ``raw``:
        return the answer's bytes instead of its JSON."""
        if isinstance(body, bytes):
            data = body
        else:
            data = b"" if body is None else json.dumps(body, separators=(",", ":")).encode()
        headers: dict[str, str] = {}  # no Accept: the hub only speaks JSON, and bytes count
        if body is not None:
            headers["Content-Type"] = content_type
        full_path = self._prefix + path
        if signed and self.keys is None:
            raise HubError("hub.no-device-keys")
        import requests  # (imported by __init__ already: a lookup)

        # Another try only when the hub refused the signature: as stale (then with the hub's
        # time); as bad from a hub that did not name its versions (one from before v2: then
        # as v1); or as a replay. Under v2 a replay is a copy of this very request that the
        # network delivered (a proxy resending after a cut): the hub has it, we lost the
        # answer, and signing again (a new nonce) asks again. Under v1 it may also be
        # another process of this laptop (a restarted app, a second `sync-now`) that sent
        # this exact request in that second, unknown to our _stamps; the hub did nothing
        # with it. That case, and _stamps, go once every hub verifies v2.
        for attempt in range(_REPLAY_TRIES):
            version = 1 if self._signing == 1 else 2
            sent_headers = headers
            if signed:
                assert self.keys is not None
                sent_headers = {**headers, **signing.sign_request(
                    self.keys, method, full_path, data, version=version,
                    timestamp=self._stamp(method, full_path, data, version))}
            try:
                resp = self.session.request(method, self.base_url + path, data=data or None,
                                            headers=sent_headers, timeout=self.timeout)
            except requests.RequestException as exc:
                raise transport_error(exc, self.base_url, f"{method} {path}",
                                      self.timeout) from exc
            sent, received = _wire_size(resp)
            with self._lock:
                self.bytes_sent += sent
                self.bytes_received += received
            named = signing.verified_versions(resp.headers)
            if named:
                self._signing = 2 if 2 in named else 1
            if not (signed and attempt < _REPLAY_TRIES - 1 and resp.status_code == 401):
                break
            reason = self._error(resp).reason
            if reason == "stale" and self._learn_offset(resp):
                continue
            if reason == "bad-signature" and version == 2 and not named:
                self._signing = 1
                continue
            if reason != "replayed":
                break
        if resp.status_code >= 400:
            raise self._error(resp)
        if raw:
            return resp.content
        try:
            answer = resp.json()
        except ValueError as exc:
            raise bad_answer(resp.status_code, resp.content, f"{method} {path}", exc) from exc
        if not isinstance(answer, dict):  # every answer of the hub is a JSON object
            raise bad_answer(resp.status_code, resp.content, f"{method} {path}")
        return answer

    def _learn_offset(self, resp: requests.Response) -> bool:
        """Adopt the hub's time from the Date header of a 'stale' refusal, once per
        disagreement; False if there is nothing new to learn."""
        try:
            hub_time = parsedate_to_datetime(resp.headers["Date"]).timestamp()
        except (KeyError, TypeError, ValueError):
            return False
        offset = round(hub_time - self.clock())
        if abs(offset - self.clock_offset) < 60:
            return False  # already in step: the refusal was about something else
        self.clock_offset = offset
        self._stamps.clear()  # they were taken on the wrong clock
        return True

    def _error(self, resp: requests.Response) -> HubRejected:
        reason, message = "", ""
        try:
            detail = resp.json().get("detail")
            if isinstance(detail, dict):
                reason = str(detail.get("reason") or "")
                message = str(detail.get("message") or "")
            elif isinstance(detail, str):
                message = detail
        except (ValueError, AttributeError):
            pass
        status = resp.status_code
        # The hub words its refusals in English; the ones a person meets are in the catalogue
        # by reason, so they read in the laptop's language.
        code, params = f"hub.rejected.{reason}", dict[str, object]()
        if code not in MESSAGES:
            code, params = "hub.rejected.as-said", {"detail": message}
        if not message and code == "hub.rejected.as-said":
            code, params = ("hub.refused-request" if status < 500 else "hub.internal-problem",
                            {"status": status})
        if status == 403 and reason == "revoked":
            return DeviceRevoked(status, code, reason, **params)
        if status == 403 and reason == "pending":
            return DevicePending(status, code, reason, **params)
        if status == 410:
            return CursorGone(status, code, reason or "gone", **params)
        return HubRejected(status, code, reason, **params)

    @staticmethod
    def _seg(value: str) -> str:
        return quote(value, safe="")

    # -- endpoints ------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        result: dict[str, Any] = self._request("GET", "/health", signed=False)
        return result

    def enroll(self, code: str, label: str, chain: list[dict[str, Any]] | None = None
               ) -> dict[str, Any]:
        """POST /v1/enroll with this device's public keys → {agency, device, status}."""
        if self.keys is None:
            raise HubError("hub.enrol-needs-keys")
        body: dict[str, Any] = {"code": code, "sign_pub": b64e(self.keys.sign_public),
                                "kem_pub": b64e(self.keys.kem_public), "label": label}
        if chain is not None:
            body["chain"] = chain
        result: dict[str, Any] = self._request("POST", "/v1/enroll", body, signed=False)
        return result

    @_reads_answer
    def get_chain(self, agency: str, after: int = -1) -> list[dict[str, Any]]:
        path = f"/v1/agencies/{self._seg(agency)}/chain"
        if after >= 0:
            path += f"?after={after}"
        entries: list[dict[str, Any]] = self._request("GET", path)["entries"]
        return entries

    @_reads_answer
    def append_chain(self, agency: str, entries: list[dict[str, Any]]) -> int:
        result = self._request("POST", f"/v1/agencies/{self._seg(agency)}/chain",
                               {"entries": entries})
        return int(result["next_seq"])

    @_reads_answer
    def pending(self, agency: str) -> list[dict[str, Any]]:
        devices: list[dict[str, Any]] = self._request(
            "GET", f"/v1/agencies/{self._seg(agency)}/pending")["devices"]
        return devices

    @_reads_answer
    def put_grants(self, agency: str, device: str, grants: list[tuple[int, bytes]]) -> int:
        body = {"grants": [{"epoch": epoch, "blob": b64e(blob)} for epoch, blob in grants]}
        result = self._request(
            "PUT", f"/v1/agencies/{self._seg(agency)}/grants/{self._seg(device)}", body)
        return int(result["stored"])

    @_reads_answer
    def grants(self) -> list[tuple[str, int, bytes]]:
        """Grants for this device: (agency, epoch, sealed blob)."""
        rows = self._request("GET", "/v1/grants")["grants"]
        return [(str(g["agency"]), int(g["epoch"]), b64d(g["blob"])) for g in rows]

    @_reads_answer
    def directory(self) -> list[dict[str, Any]]:
        agencies: list[dict[str, Any]] = self._request("GET", "/v1/directory")["agencies"]
        return agencies

    @_reads_answer
    def push(self, mailbox: str, envelopes: list[bytes]) -> list[PushResult]:
        """Push envelopes to a mailbox, split into calls the hub accepts; results in order."""
        results: list[PushResult] = []
        chunk: list[bytes] = []
        size = 0
        for data in [*envelopes, None]:
            encoded = 0 if data is None else len(data) + 4
            if chunk and (data is None or len(chunk) >= MAX_PUSH_ENVELOPES
                          or size + encoded > MAX_PUSH_BYTES):
                answer = self._request("POST", f"/v1/mailboxes/{self._seg(mailbox)}/envelopes",
                                       envelope_mod.frame_envelopes(chunk),
                                       content_type=envelope_mod.PUSH_MEDIA_TYPE)
                results += [PushResult(r.get("id"), r.get("seq"), str(r["status"]),
                                       str(r.get("reason") or ""))
                            for r in answer["results"]]
                chunk, size = [], 0
            if data is not None:
                chunk.append(data)
                size += encoded
        return results

    @_reads_answer
    def put_summary(self, agency: str, body: dict[str, str]) -> dict[str, Any]:
        """POST a signed monthly summary (see collabdesk.sync.summaries) → {id, month, …}."""
        result: dict[str, Any] = self._request(
            "POST", f"/v1/agencies/{self._seg(agency)}/summaries", body)
        return result

    def measures_framework(self, known: int) -> dict[str, Any]:
        """The network's current measurement framework: ``{"version"}``, with
        ``"framework"`` (signed, see collabdesk.measures.signed) when not ``known``."""
        result: dict[str, Any] = self._request("GET", f"/v1/measures/framework?known={known}",
                                               signed=False)
        return result

    def pull(self, mailbox: str, since: str | None = None, limit: int = 200, *,
             own_ids_only: bool = False, max_bytes: int | None = None) -> PullPage:
        """A page of ``mailbox`` after ``since``; with ``own_ids_only`` the envelopes this
        device sent come without their data (it has their events already); ``max_bytes``
        asks the hub to stop the page sooner than its own limit (a hub that predates it
        ignores it)."""
        path = f"/v1/mailboxes/{self._seg(mailbox)}/envelopes?"
        if since:
            path += f"since={quote(since, safe='.')}&"
        path += f"limit={limit}"
        if own_ids_only:
            path += "&own=id"
        if max_bytes is not None:
            path += f"&bytes={max_bytes}"
        answer = self._request("GET", path)
        try:
            envelopes = [PulledEnvelope(int(e["seq"]), str(e["id"]),
                                        None if e.get("data") is None else b64d(e["data"]))
                         for e in answer["envelopes"]]
            chain, behind = answer.get("chain"), answer.get("behind")
            measures = answer.get("measures")
            return PullPage(envelopes, str(answer["token"]), bool(answer["done"]),
                            None if chain is None else int(chain),
                            None if behind is None else int(behind),
                            None if measures is None else int(measures))
        except (KeyError, TypeError, ValueError) as exc:
            raise bad_answer(200, b"", f"pull {mailbox}", exc) from exc

    # -- snapshots (collabdesk.sync.snapshot) ------------------------------------------------

    def _snapshots(self, agency: str) -> str:
        return f"/v1/agencies/{self._seg(agency)}/snapshots"

    def put_snapshot_part(self, agency: str, snapshot_id: str, n: int, data: bytes) -> None:
        self._request("PUT", f"{self._snapshots(agency)}/{snapshot_id}/parts/{n}", data,
                      content_type=envelope_mod.ENVELOPE_MEDIA_TYPE)

    def commit_snapshot(self, agency: str, snapshot_id: str, manifest: bytes, parts: int,
                        cursor: str | None) -> SnapshotInfo:
        answer = self._request("PUT", f"{self._snapshots(agency)}/{snapshot_id}",
                               {"manifest": b64e(manifest), "parts": parts, "cursor": cursor})
        return self._snapshot_info(answer)

    def latest_snapshot(self, agency: str) -> SnapshotInfo | None:
        """The agency's latest complete snapshot, or None if it has none."""
        try:
            answer = self._request("GET", f"{self._snapshots(agency)}/latest")
        except HubRejected as exc:
            if exc.status == 404 and exc.reason == "no-snapshot":
                return None
            raise
        return self._snapshot_info(answer)

    def snapshot_part(self, agency: str, snapshot_id: str, n: int) -> bytes:
        data: bytes = self._request("GET", f"{self._snapshots(agency)}/{snapshot_id}/parts/{n}",
                                    raw=True)
        return data

    @staticmethod
    def _snapshot_info(answer: Any) -> SnapshotInfo:
        try:
            return SnapshotInfo(str(answer["id"]), int(answer["parts"]), int(answer["size"]),
                                int(answer["created_at"]), int(answer["behind"]),
                                b64d(answer["manifest"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise bad_answer(200, b"", "snapshot", exc) from exc
