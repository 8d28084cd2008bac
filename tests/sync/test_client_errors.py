"""The hub client's one mapping from the HTTP library's exceptions to plain sentences.

The end-to-end tests (tests/e2e/test_fault_messages.py) meet most of these through a fault
proxy; the shapes a proxy cannot produce on demand — a stall in the middle of an answer, a
reset inside urllib3's retry wrapper — are built here as requests builds them.
"""

from __future__ import annotations

import http.client

import pytest
import requests
import urllib3.exceptions

from collabdesk.message_catalogue import MESSAGES
from collabdesk.sync.client import bad_answer, transport_error

URL = "https://hub.example.org"


def _wrapped(cause: BaseException) -> requests.ConnectionError:
    """requests' way: its ConnectionError around urllib3's error around the socket's."""
    return requests.ConnectionError(urllib3.exceptions.ProtocolError("Connection aborted.",
                                                                     cause))


@pytest.mark.parametrize(("exc", "code"), [
    (requests.exceptions.ChunkedEncodingError(
        urllib3.exceptions.ProtocolError("Connection broken",
                                         http.client.IncompleteRead(b"ab", 3))),
     "hub.connection-cut"),
    (_wrapped(http.client.RemoteDisconnected("closed")), "hub.connection-cut"),
    (_wrapped(ConnectionResetError(104, "Connection reset by peer")), "hub.connection-cut"),
    (requests.ReadTimeout("read timed out"), "hub.timed-out"),
    (requests.ConnectionError(urllib3.exceptions.ReadTimeoutError(None, URL, "stalled")),
     "hub.timed-out"),
    (requests.ConnectTimeout("connect timed out"), "hub.unreachable"),
    (requests.ConnectionError(urllib3.exceptions.MaxRetryError(
        None, URL, urllib3.exceptions.NewConnectionError(None, "refused"))),
     "hub.unreachable"),
    (requests.exceptions.SSLError("certificate verify failed"), "hub.tls-failed"),
], ids=["chunked", "remote-disconnected", "reset", "read-timeout", "stall-mid-answer",
        "connect-timeout", "refused", "tls"])
def test_each_fault_class_has_one_plain_sentence(exc: requests.RequestException,
                                                 code: str) -> None:
    error = transport_error(exc, URL, "GET /v1/grants")
    assert error.code == code and code in MESSAGES
    text = str(error)
    assert type(exc).__name__ not in text and "Error" not in text


def test_an_unreadable_answer_names_no_parser(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("INFO", logger="collabdesk.sync.client"):
        error = bad_answer(200, b"<html>portal</html>", "GET /v1/grants",
                           ValueError("Expecting value: line 1 column 1 (char 0)"))
    assert error.code == "hub.bad-answer" and "Expecting" not in str(error)
    assert "<html>portal" in caplog.text and "ValueError" in caplog.text
