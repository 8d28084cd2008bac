"""Comparing the hub's latest known release with this build's version."""

from __future__ import annotations

from collabdesk.updates import newer_version, parse_version


def test_newer_version() -> None:
    assert newer_version("0.2.0", "0.1.0") == "0.2.0"
    assert newer_version("0.10.0", "0.9.3") == "0.10.0"  # numbers, not text
    assert newer_version("1.0", "0.9.9") == "1.0"
    assert newer_version("0.1.0", "0.1.0") is None
    assert newer_version("0.1.0", "0.2.0") is None  # never suggest a downgrade
    assert newer_version("0.2.0rc1", "0.2.0") is None  # a pre-release is older
    assert newer_version("0.2.0", "0.2.0rc1") == "0.2.0"
    assert newer_version("", "0.1.0") is None
    assert newer_version("next week", "0.1.0") is None
    assert parse_version("v1.2") == ((1, 2, 0, 0), True)
