"""A loopback HTTP proxy that misbehaves on purpose, for fault-injection tests of sync.

It sits between :class:`~collabdesk.sync.client.HubClient` and a real hub process and, for
every HTTP request it carries, draws an action from a seeded RNG (or asks a scripted plan):

* ``pass`` — forward the request and the whole answer;
* ``drop`` — close the client's connection before forwarding anything;
* ``delay`` — wait a little (at most ``max_delay``) before forwarding;
* ``duplicate`` — send the request to the hub twice; the client gets one of the two answers
  (the second copy is a replay, which the hub refuses: the client may see that refusal);
* ``cut_request`` — forward only the head and half of the body, then hang up on both sides;
* ``cut_response`` — forward the request, then pass on the answer's head and half of its body
  and hang up (the hub did the work, the client never learns the result);
* ``hold`` — keep the request back until another request has gone through (or
  ``hold_timeout`` passes), so concurrent clients' requests reach the hub out of order;
* ``unavailable`` — answer ``503`` without forwarding (an overloaded or restarting hub).

Two more only a scripted plan asks for (they are not drawn at random):

* ``garbage`` — forward the request, then answer ``200`` with a web page instead of the hub's
  answer (a captive portal, or an address that leads elsewhere);
* ``replay`` — send the request to the hub twice and always return the second answer (the
  hub refuses that copy as a replay).

Everything listens on 127.0.0.1, uses only the standard library, and every loop is bounded by
socket timeouts. One upstream connection is opened per request so the hub can be restarted on
another port between requests (:meth:`FaultProxy.set_upstream`).
"""

from __future__ import annotations

import contextlib
import random
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

ACTIONS = ("pass", "drop", "delay", "duplicate", "cut_request", "cut_response", "hold",
           "unavailable")
SCRIPTED = ("garbage", "replay")
_PAGE = b"<html><body>Welcome to the clinic guest network</body></html>"
_PAGE_HEAD = (b"HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: "
              + str(len(_PAGE)).encode() + b"\r\n\r\n")
_UNAVAILABLE_BODY = (b'{"detail":{"reason":"unavailable","message":"The hub is restarting."}}')
UNAVAILABLE = (b"HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\n"
               b"content-length: " + str(len(_UNAVAILABLE_BODY)).encode() + b"\r\n\r\n"
               + _UNAVAILABLE_BODY)
IO_TIMEOUT = 15.0
MAX_HEAD = 64 * 1024


@dataclass
class Request:
    """One HTTP request as read from the client."""

    index: int
    method: str
    path: str
    head: bytes
    body: bytes

    @property
    def raw(self) -> bytes:
        return self.head + self.body


@dataclass
class Response:
    head: bytes
    body: bytes

    @property
    def status(self) -> int:
        return int(self.head.split(b" ", 2)[1])


Plan = Callable[[Request, random.Random], str]
Hook = Callable[[Request], None]


class _Closed(Exception):
    """The peer closed the connection (or it timed out) before a whole message arrived."""


def _read_until(sock: socket.socket, buf: bytearray, marker: bytes, limit: int) -> int:
    while True:
        at = buf.find(marker)
        if at >= 0:
            return at
        if len(buf) > limit:
            raise _Closed("head too large")
        chunk = sock.recv(65536)
        if not chunk:
            raise _Closed("peer closed")
        buf += chunk


def _read_exact(sock: socket.socket, buf: bytearray, size: int) -> bytes:
    while len(buf) < size:
        chunk = sock.recv(max(65536, size - len(buf)))
        if not chunk:
            raise _Closed("peer closed mid-body")
        buf += chunk
    data = bytes(buf[:size])
    del buf[:size]
    return data


def _headers(head: bytes) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in head.split(b"\r\n")[1:]:
        if b":" in line:
            name, value = line.split(b":", 1)
            out[name.strip().lower().decode("latin-1")] = value.strip().decode("latin-1")
    return out


def _read_message(sock: socket.socket, buf: bytearray) -> tuple[bytes, bytes]:
    """Read one HTTP/1.1 message (head, body) framed by Content-Length or chunked."""
    end = _read_until(sock, buf, b"\r\n\r\n", MAX_HEAD) + 4
    head = bytes(buf[:end])
    del buf[:end]
    headers = _headers(head)
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = bytearray()
        while True:
            line_end = _read_until(sock, buf, b"\r\n", MAX_HEAD)
            line = bytes(buf[:line_end + 2])
            del buf[:line_end + 2]
            body += line
            size = int(line.split(b";")[0].strip() or b"0", 16)
            body += _read_exact(sock, buf, size + 2)
            if size == 0:
                return head, bytes(body)
    length = int(headers.get("content-length") or 0)
    return head, _read_exact(sock, buf, length)


@dataclass
class FaultProxy:
    """A threaded proxy from ``127.0.0.1:<port>`` to ``upstream``; see the module docstring.

    ``faults`` maps actions to weights (``pass`` fills the rest up to 1.0). ``plan``, if
    given, decides instead of the RNG. ``on_forwarded`` runs after a request reached the hub
    and before its answer is read (a test kills the hub there). Set ``enabled`` to False to
    pass everything through untouched.
    """

    upstream: tuple[str, int]
    seed: int = 0
    faults: Mapping[str, float] = field(default_factory=dict)
    plan: Plan | None = None
    on_forwarded: Hook | None = None
    max_delay: float = 0.05
    hold_timeout: float = 0.25
    enabled: bool = True
    stats: Counter[str] = field(default_factory=Counter)
    log: list[tuple[int, str, str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        unknown = set(self.faults) - set(ACTIONS)
        if unknown:
            raise ValueError(f"unknown fault actions: {sorted(unknown)}")
        self._rng = random.Random(self.seed)
        self._lock = threading.Lock()
        self._count = 0
        self._held: list[threading.Event] = []
        self._closing = threading.Event()
        self._threads: list[threading.Thread] = []
        self._clients: set[socket.socket] = set()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.2)
        self.port = int(self._listener.getsockname()[1])

    # -- control ----------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def set_upstream(self, host: str, port: int) -> None:
        with self._lock:
            self.upstream = (host, port)

    def start(self) -> FaultProxy:
        thread = threading.Thread(target=self._accept_loop, name="faultproxy", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def close(self) -> None:
        self._closing.set()
        with self._lock:
            clients = list(self._clients)
        for conn in clients:  # wake threads waiting on idle keep-alive connections
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        for thread in list(self._threads):
            thread.join(timeout=IO_TIMEOUT)
        self._listener.close()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- deciding ---------------------------------------------------------------------------

    def _choose(self, request: Request) -> str:
        with self._lock:
            if not self.enabled:
                action = "pass"
            elif self.plan is not None:
                action = self.plan(request, self._rng)
                if action not in ACTIONS + SCRIPTED:  # a typo in a plan must not pass quietly
                    raise ValueError(f"unknown fault action {action!r}")
            else:
                roll, action = self._rng.random(), "pass"
                for name, weight in sorted(self.faults.items()):
                    if roll < weight:
                        action = name
                        break
                    roll -= weight
            self.stats[action] += 1
            self.log.append((request.index, request.method, request.path, action))
            return action

    # -- plumbing ---------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._closing.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.append(thread)

    def _serve(self, client: socket.socket) -> None:
        client.settimeout(IO_TIMEOUT)
        buf = bytearray()
        with self._lock:
            self._clients.add(client)
        try:
            # Keep-alive: one client connection carries many requests; each gets its action.
            while not self._closing.is_set():
                try:
                    head, body = _read_message(client, buf)
                except (_Closed, OSError, ValueError):
                    return
                line = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ")
                with self._lock:
                    self._count += 1
                    index = self._count
                request = Request(index, line[0], line[1] if len(line) > 1 else "", head, body)
                if not self._handle(client, request):
                    return
        finally:
            with self._lock:
                self._clients.discard(client)
            client.close()

    def _release_held(self) -> None:
        with self._lock:
            held, self._held = self._held, []
        for event in held:
            event.set()

    def _exchange(self, request: Request, *, cut_request: bool = False) -> Response | None:
        with self._lock:
            host, port = self.upstream
        try:
            with socket.create_connection((host, port), timeout=IO_TIMEOUT) as up:
                if cut_request:
                    up.sendall(request.head + request.body[:len(request.body) // 2])
                    return None
                up.sendall(request.raw)
                self._release_held()
                if self.on_forwarded is not None:
                    self.on_forwarded(request)
                head, body = _read_message(up, bytearray())
                return Response(head, body)
        except (_Closed, OSError, ValueError):
            return None

    def _handle(self, client: socket.socket, request: Request) -> bool:
        """Carry one request according to its action; False closes the client connection."""
        action = self._choose(request)
        rng_value = self._rng.random()
        if action == "drop":
            return False
        if action == "unavailable":
            try:
                client.sendall(UNAVAILABLE)
            except OSError:
                return False
            return True
        if action == "delay":
            # The injected fault itself (a slow network): a real wait, in the proxy's thread.
            time.sleep(rng_value * self.max_delay)  # the delay under test, not a test wait
        if action == "hold":
            event = threading.Event()
            with self._lock:
                self._held.append(event)
            event.wait(self.hold_timeout)
        if action == "cut_request":
            self._exchange(request, cut_request=True)
            return False
        response = self._exchange(request)
        if action in ("duplicate", "replay"):
            second = self._exchange(request)
            if second is not None and (action == "replay" or rng_value < 0.5):
                response = second
        if action == "garbage" and response is not None:
            response = Response(_PAGE_HEAD, _PAGE)
        if response is None:
            return False  # the hub did not answer (killed, restarting): hang up too
        try:
            if action == "cut_response":
                client.sendall(response.head + response.body[:len(response.body) // 2])
                return False
            client.sendall(response.head + response.body)
        except OSError:
            return False
        return True
