"""Device signatures on hub requests: what they bind and what the verifier refuses."""

from __future__ import annotations

import pytest

from collabdesk.sync.canonical import b64e
from collabdesk.sync.errors import RequestAuthError
from collabdesk.sync.keys import DeviceKeys
from collabdesk.sync.signing import (
    request_device_id,
    sign_request,
    verified_versions,
    verify_request,
)

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


# --- v2: a signed nonce -------------------------------------------------------------------

def test_v2_signs_a_fresh_nonce_so_identical_requests_differ(keys: DeviceKeys) -> None:
    first = sign_request(keys, "POST", PATH, BODY, NOW, version=2)
    second = sign_request(keys, "POST", PATH, BODY, NOW, version=2)
    assert set(first) == {"X-CD-Device", "X-CD-Timestamp", "X-CD-Signature", "X-CD-Nonce"}
    assert first["X-CD-Signature"] != second["X-CD-Signature"]
    for headers in (first, second):
        verify_request(keys.sign_public, "POST", PATH, BODY, headers, now=NOW)
    # v1 stays deterministic: the same request in the same second, the same signature.
    assert sign_request(keys, "POST", PATH, BODY, NOW) == sign_request(keys, "POST", PATH,
                                                                       BODY, NOW)


def test_a_version_cannot_be_changed_by_adding_or_removing_the_nonce(keys: DeviceKeys) -> None:
    v2 = sign_request(keys, "POST", PATH, BODY, NOW, version=2)
    stripped = {k: v for k, v in v2.items() if k != "X-CD-Nonce"}
    assert _reason(keys, stripped) == "bad-signature"  # what a hub before v2 answers, too
    v1 = sign_request(keys, "POST", PATH, BODY, NOW)
    assert _reason(keys, {**v1, "X-CD-Nonce": v2["X-CD-Nonce"]}) == "bad-signature"
    other = sign_request(keys, "POST", PATH, BODY, NOW, version=2)["X-CD-Nonce"]
    assert _reason(keys, {**v2, "X-CD-Nonce": other}) == "bad-signature"


@pytest.mark.parametrize("nonce", ["", "AAAA", "not base64!", b64e(bytes(16)) + "="])
def test_a_malformed_nonce_is_refused_as_malformed(keys: DeviceKeys, nonce: str) -> None:
    headers = {**sign_request(keys, "POST", PATH, BODY, NOW, version=2), "X-CD-Nonce": nonce}
    assert _reason(keys, headers) == "malformed"


def test_the_versions_a_hub_names_are_read_from_its_answer() -> None:
    assert verified_versions({"x-cd-request-signing": "1,2"}) == (1, 2)
    assert verified_versions({"X-CD-Request-Signing": " 2 , 3"}) == (2, 3)
    assert verified_versions({"Content-Type": "application/json"}) == ()
    with pytest.raises(ValueError):
        sign_request(DeviceKeys.generate(), "GET", PATH, b"", NOW, version=3)
