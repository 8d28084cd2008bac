"""Device signatures on hub requests: what they bind and what the verifier refuses."""

from __future__ import annotations

import pytest

from collabdesk.sync.canonical import b64e
from collabdesk.sync.errors import RequestAuthError
from collabdesk.sync.keys import DeviceKeys
from collabdesk.sync.signing import request_device_id, sign_request, verify_request

NOW = 1_750_000_000
PATH = "/v1/mailboxes/agency-a/envelopes?since=abc&limit=50"
BODY = b'{"envelopes":["AAAA"]}'


@pytest.fixture(scope="module")
def keys() -> DeviceKeys:
    return DeviceKeys.generate()


def _reason(keys: DeviceKeys, headers: dict[str, str], *, method: str = "POST",
            path: str = PATH, body: bytes = BODY, now: int = NOW) -> str:
    with pytest.raises(RequestAuthError) as info:
        verify_request(keys.sign_public, method, path, body, headers, now=now)
    return info.value.reason


def test_valid_request_verifies_and_names_its_device(keys: DeviceKeys) -> None:
    headers = sign_request(keys, "POST", PATH, BODY, timestamp=NOW)
    assert set(headers) == {"X-CD-Device", "X-CD-Timestamp", "X-CD-Signature"}
    assert headers["X-CD-Timestamp"] == str(NOW)
    verify_request(keys.sign_public, "POST", PATH, BODY, headers, now=NOW)
    assert request_device_id(headers) == keys.device_id


def test_header_names_are_case_insensitive_and_method_case_does_not_matter(
    keys: DeviceKeys,
) -> None:
    headers = {k.lower(): v for k, v in sign_request(keys, "get", PATH, b"", NOW).items()}
    verify_request(keys.sign_public, "GET", PATH, b"", headers, now=NOW)
    assert request_device_id(headers) == keys.device_id


def test_wrong_body_is_refused(keys: DeviceKeys) -> None:
    headers = sign_request(keys, "POST", PATH, BODY, NOW)
    assert _reason(keys, headers, body=BODY + b" ") == "bad-signature"
    assert _reason(keys, headers, body=b"") == "bad-signature"


def test_wrong_path_query_or_method_is_refused(keys: DeviceKeys) -> None:
    headers = sign_request(keys, "POST", PATH, BODY, NOW)
    assert _reason(keys, headers, path="/v1/mailboxes/agency-b/envelopes?since=abc&limit=50") \
        == "bad-signature"
    assert _reason(keys, headers, path=PATH.replace("limit=50", "limit=51")) == "bad-signature"
    assert _reason(keys, headers, method="PUT") == "bad-signature"


def test_stale_and_future_timestamps_are_refused_at_the_window_edge(keys: DeviceKeys) -> None:
    headers = sign_request(keys, "POST", PATH, BODY, NOW)
    verify_request(keys.sign_public, "POST", PATH, BODY, headers, now=NOW + 300)
    verify_request(keys.sign_public, "POST", PATH, BODY, headers, now=NOW - 300)
    assert _reason(keys, headers, now=NOW + 301) == "stale"
    assert _reason(keys, headers, now=NOW - 301) == "stale"


def test_timestamp_cannot_be_moved_without_breaking_the_signature(keys: DeviceKeys) -> None:
    headers = sign_request(keys, "POST", PATH, BODY, NOW - 1000)
    assert _reason(keys, {**headers, "X-CD-Timestamp": str(NOW)}) == "bad-signature"


def test_wrong_key_is_refused(keys: DeviceKeys) -> None:
    other = DeviceKeys.generate()
    # Signed by another device and claiming to be it: not the key the hub looked up.
    assert _reason(keys, sign_request(other, "POST", PATH, BODY, NOW)) == "wrong-device"
    # Claiming to be ``keys`` but signed by the other device's key.
    forged = {**sign_request(other, "POST", PATH, BODY, NOW), "X-CD-Device": keys.device_id}
    assert _reason(keys, forged) == "bad-signature"


@pytest.mark.parametrize(("change", "reason"), [
    ({"X-CD-Timestamp": "-5"}, "malformed"),
    ({"X-CD-Timestamp": "0017"}, "malformed"),
    ({"X-CD-Timestamp": "1.5"}, "malformed"),
    ({"X-CD-Signature": "not base64!"}, "malformed"),
    ({"X-CD-Signature": b64e(b"short")}, "malformed"),
    ({"X-CD-Device": "ABC"}, "malformed"),
])
def test_malformed_headers_are_refused(keys: DeviceKeys, change: dict[str, str],
                                       reason: str) -> None:
    headers = {**sign_request(keys, "POST", PATH, BODY, NOW), **change}
    assert _reason(keys, headers) == reason


@pytest.mark.parametrize("missing", ["X-CD-Device", "X-CD-Timestamp", "X-CD-Signature"])
def test_missing_headers_are_refused(keys: DeviceKeys, missing: str) -> None:
    headers = sign_request(keys, "POST", PATH, BODY, NOW)
    del headers[missing]
    with pytest.raises(RequestAuthError) as info:
        verify_request(keys.sign_public, "POST", PATH, BODY, headers, now=NOW)
    assert info.value.reason == "missing-header"
    assert missing in str(info.value)


def test_request_device_id_refuses_absent_or_malformed_header() -> None:
    for headers in ({}, {"X-CD-Device": "../etc"}, {"X-CD-Device": "A" * 32}):
        with pytest.raises(RequestAuthError):
            request_device_id(headers)
