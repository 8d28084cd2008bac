"""Request signing v2 against a real hub process: honest concurrent requests of one laptop
need no retry, a captured request replayed is refused, and v1 (laptops and hubs not yet
updated) keeps working both ways."""

from __future__ import annotations

import time
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from collabdesk.sync import signing
from collabdesk.sync.client import HubClient
from tests.sync.hub.conftest import HubProcess, enroll_agency


class _Counted:
    """A HubClient as one process of the laptop has it, counting its HTTP requests and
    keeping the last one as it went on the wire."""

    def __init__(self, client: HubClient) -> None:
        self.client = client
        self.requests: list[requests.PreparedRequest] = []
        client.session.hooks["response"].append(self._count)

    def _count(self, resp: requests.Response, *args: object, **kwargs: object) -> None:
        self.requests.append(resp.request)


class _HubBeforeV2(HTTPAdapter):
    """What a hub from before v2 does: it ignores the X-CD-Nonce header it does not know
    (so it checks the signature as v1) and names no signing versions in its answers."""

    def __init__(self) -> None:
        super().__init__()
        self.nonces: list[bool] = []  # whether each request came signed with a nonce (v2)

    def send(self, request: requests.PreparedRequest, *args: Any,  # type: ignore[override]
             **kwargs: Any) -> requests.Response:
        self.nonces.append(request.headers.pop(signing.HEADER_NONCE, None) is not None)
        response = super().send(request, *args, **kwargs)
        response.headers.pop(signing.HEADER_VERSIONS, None)
        return response


def _clients(hub: HubProcess, *, old_hub: _HubBeforeV2 | None = None
             ) -> tuple[_Counted, _Counted]:
    agency = enroll_agency(hub)
    second = int(time.time())  # both in the very same second
    out = []
    for _ in range(2):
        client = HubClient(hub.base_url, agency.root.keys, clock=lambda: second + 0.5)
        if old_hub:
            client.session.mount("http://", old_hub)
        out.append(_Counted(client))
    return out[0], out[1]


def test_two_processes_send_the_same_request_in_the_same_second_once_each(
        hub: HubProcess) -> None:
    a, b = _clients(hub)
    assert a.client.grants() == b.client.grants() == []
    assert len(a.requests) == len(b.requests) == 1  # no refusal, no retry
    sent = [r.headers for r in (a.requests[0], b.requests[0])]
    assert sent[0]["X-CD-Timestamp"] == sent[1]["X-CD-Timestamp"]
    assert sent[0]["X-CD-Nonce"] != sent[1]["X-CD-Nonce"]
    assert sent[0]["X-CD-Signature"] != sent[1]["X-CD-Signature"]


def test_a_captured_v2_request_sent_again_byte_for_byte_is_refused(hub: HubProcess) -> None:
    a, _b = _clients(hub)
    a.client.grants()
    captured = a.requests[-1]
    again = requests.Session().send(captured.copy(), timeout=30)
    assert again.status_code == 401 and again.json()["detail"]["reason"] == "replayed"
    assert again.headers[signing.HEADER_VERSIONS] == "1,2"


def test_a_v1_request_from_a_laptop_not_yet_updated_is_accepted_once(hub: HubProcess) -> None:
    agency = enroll_agency(hub)
    headers = signing.sign_request(agency.root.keys, "GET", "/v1/grants", b"")
    assert "X-CD-Nonce" not in headers
    url = hub.base_url + "/v1/grants"
    first = requests.get(url, headers=headers, timeout=30)
    assert first.status_code == 200, first.text
    assert first.headers[signing.HEADER_VERSIONS] == "1,2"
    replay = requests.get(url, headers=headers, timeout=30)
    assert replay.status_code == 401 and replay.json()["detail"]["reason"] == "replayed"


def test_against_a_hub_before_v2_the_client_falls_back_to_v1_once(hub: HubProcess) -> None:
    old_hub = _HubBeforeV2()
    a, b = _clients(hub, old_hub=old_hub)
    a.client.grants()
    # Its first try (v2) was refused as a bad signature; from then on it signs v1.
    assert len(a.requests) == 2 and old_hub.nonces == [True, False]
    a.client.directory()
    assert len(a.requests) == 3 and old_hub.nonces[-1] is False
    # Two processes in the same second under v1: the old way, one retry with the next second.
    b.client.grants()
    assert len(b.requests) == 3
    stamps = [int(r.headers["X-CD-Timestamp"]) for r in b.requests[1:]]
    assert stamps[1] == stamps[0] + 1
