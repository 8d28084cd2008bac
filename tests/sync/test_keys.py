"""Device and agency keys, identifiers, fingerprints, grants, and the canonical encodings."""

from __future__ import annotations

import enum
import hashlib
import json
from collections import OrderedDict
from collections.abc import Callable
from types import MappingProxyType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from collabdesk.errors import CollabDeskError
from collabdesk.sync.canonical import (
    b64d,
    b64e,
    canonical_json,
    loads_canonical,
    loads_json,
    reference_canonical_json,
)
from collabdesk.sync.errors import GrantError, KeyFormatError
from collabdesk.sync.keys import (
    AgencyKey,
    DeviceKeys,
    device_id_for,
    fingerprint,
    open_grant,
    seal_grant,
)

# Fixed keys: the expected values pin the wire encodings of ids and fingerprints.
FIXED = DeviceKeys(bytes(range(32)), bytes(range(32, 64)))


# --- canonical encodings -------------------------------------------------------------------

@given(st.binary(max_size=200))
def test_b64_round_trips_without_padding(data: bytes) -> None:
    text = b64e(data)
    assert "=" not in text and "+" not in text and "/" not in text
    assert b64d(text) == data


@pytest.mark.parametrize("text", ["AA==", "A", "AB+/", "AB C", "AB\n", "AB", "ñA"])
def test_b64d_rejects_padding_foreign_characters_and_non_canonical_bits(text: str) -> None:
    # "AB" decodes to 0x00 with non-zero spare bits: its canonical spelling is "AA".
    with pytest.raises(ValueError):
        b64d(text)


def test_canonical_json_is_sorted_compact_utf8_with_base64_bytes() -> None:
    out = canonical_json({"b": [1, True, None], "a": {"z": b"\x00\xff", "é": "ü"}})
    assert out == '{"a":{"z":"AP8","é":"ü"},"b":[1,true,null]}'.encode()


@pytest.mark.parametrize("bad", [{"x": float("inf")}, {"x": float("nan")}, {1: "x"},
                                 {"x": {1, 2}}])
def test_canonical_json_refuses_nan_non_string_keys_and_unknown_types(bad: object) -> None:
    with pytest.raises(TypeError):
        canonical_json(bad)


def test_decimals_in_a_batch_keep_one_spelling_and_headers_stay_integers() -> None:
    from collabdesk.sync.canonical import loads_json

    value = {"weight": 70.5, "score": 0.1 + 0.2, "n": 3}
    data = canonical_json(value)
    assert data == b'{"n":3,"score":0.30000000000000004,"weight":70.5}'
    assert loads_json(data, floats=True) == value  # a batch reads its decimals back exactly
    with pytest.raises(ValueError):
        loads_json(data)  # a header, or anything else the hub reads: integers only
    with pytest.raises(ValueError):
        loads_canonical(data)


def _outcome(encode: Callable[[object], bytes], value: object) -> bytes | type:
    try:
        return encode(value)
    except (TypeError, ValueError) as exc:  # (a lone surrogate is a UnicodeEncodeError)
        return type(exc)


class _Level(enum.IntEnum):
    LOW = 1


class _Name(str):
    pass


_LEAVES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=12),
    st.sampled_from(["\ud800", "a\udfffb", "é\u2028\x00\x7f", "\U0001f600"]),
    st.binary(max_size=12), st.builds(bytearray, st.binary(max_size=6)),
    st.sampled_from([_Level.LOW, _Name("n"), 1.5, -0.0, 1e300, 2**70]),
)
_KEYS = st.one_of(st.text(max_size=6), st.text(max_size=6), st.integers(), st.none(),
                  st.booleans(), st.just(_Name("k")))
_VALUES = st.recursive(_LEAVES, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.tuples(inner, inner),
    st.dictionaries(st.text(max_size=6), inner, max_size=4),
    st.dictionaries(_KEYS, inner, max_size=3),
    st.builds(MappingProxyType, st.dictionaries(st.text(max_size=4), inner, max_size=3)),
    st.builds(OrderedDict, st.dictionaries(st.text(max_size=4), inner, max_size=3)),
    st.frozensets(st.integers(), max_size=2),
), max_leaves=24)


@settings(max_examples=400, deadline=None)
@given(_VALUES)
def test_canonical_json_fast_path_matches_the_strict_reference(value: object) -> None:
    # Same bytes for every value the reference accepts, the same error type for the rest.
    assert _outcome(canonical_json, value) == _outcome(reference_canonical_json, value)


@pytest.mark.parametrize("depth", [63, 64, 65, 200, 5000])
def test_canonical_json_nesting_matches_the_reference_at_any_depth(depth: int) -> None:
    value: object = "x"
    for i in range(depth):
        value = [value] if i % 2 else {"k": value}
    assert _outcome(canonical_json, value) == _outcome(reference_canonical_json, value)
    if depth == 5000:
        with pytest.raises(ValueError, match="nested too deeply"):
            canonical_json(value)


@pytest.mark.parametrize("data", [b'{"b":1,"a":2}', b'{"a": 2}', b'{"a":2,"a":2}', b'{"a":1.5}',
                                  b'{"a":NaN}', b"\xff"])
def test_loads_canonical_rejects_anything_but_the_canonical_spelling(data: bytes) -> None:
    with pytest.raises(ValueError):
        loads_canonical(data)


def test_loads_json_accepts_any_spacing_but_not_duplicates() -> None:
    assert loads_json(b'{ "a" : [1, 2] }') == {"a": [1, 2]}
    with pytest.raises(ValueError):
        loads_json(b'{"a":1,"a":2}')


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text()
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=16)


@given(_JSON, st.sampled_from([True, False]))
def test_loads_json_reads_what_a_laptop_seals_as_the_standard_parser_does(
        value: object, canonical: bool) -> None:
    # The strict parse (no key twice, no NaN) reads sealed batches, canonical or not, as
    # the standard parser does.
    data = canonical_json(value) if canonical else json.dumps(value).encode()
    assert loads_json(data, floats=True) == json.loads(data)


@given(st.text(), _JSON, st.dictionaries(st.text(), _JSON, max_size=3),
       st.sampled_from(["{}", '{"in":{}}', "[{}]", '[1,{"x":[{}]}]']))
def test_a_key_twice_is_refused_even_with_the_same_value_in_canonical_spelling(
        key: str, value: object, rest: dict[str, object], around: str) -> None:
    # The text is otherwise what a laptop writes, and a plain parse into a dict would
    # quietly keep one of the two.
    pair = json.dumps({key: value}, separators=(",", ":"), ensure_ascii=False)[1:-1]
    others = json.dumps({k: v for k, v in rest.items() if k != key}, separators=(",", ":"),
                        ensure_ascii=False)[1:-1]
    twice = "{" + ",".join(p for p in (pair, pair, others) if p) + "}"
    text = around.replace("{}", twice, 1)
    with pytest.raises(ValueError, match="duplicate key"):
        loads_json(text.encode(), floats=True)


# --- device keys ---------------------------------------------------------------------------

def test_device_id_and_fingerprint_match_the_protocol_encoding() -> None:
    assert FIXED.sign_public.hex() == (
        "03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8")
    assert FIXED.device_id == "56475aa75463474c0285df5dbf2bcab7"
    assert FIXED.device_id == device_id_for(FIXED.sign_public)
    assert FIXED.device_id == hashlib.sha256(FIXED.sign_public).hexdigest()[:32]
    assert FIXED.fingerprint() == "GYM6 OUFC 3VJL VF4I A6ZK ADPV NWNO GNKD"
    assert FIXED.fingerprint() == fingerprint(FIXED.sign_public, FIXED.kem_public)


def test_fingerprint_covers_both_public_keys() -> None:
    other_kem = DeviceKeys(FIXED.sign_private, bytes(32))
    assert other_kem.device_id == FIXED.device_id
    assert other_kem.fingerprint() != FIXED.fingerprint()


def test_generated_devices_are_distinct_and_survive_json() -> None:
    a, b = DeviceKeys.generate(), DeviceKeys.generate()
    assert a.device_id != b.device_id
    restored = DeviceKeys.from_json(a.to_json())
    assert restored == a and restored.device_id == a.device_id
    # Signatures from the restored keys verify with the original public key.
    a.signing_key.public_key().verify(restored.sign(b"m"), b"m")


def test_key_reprs_never_show_private_material() -> None:
    keys, agency = DeviceKeys.generate(), AgencyKey.generate(0)
    for secret, shown in ((keys.sign_private, repr(keys)), (keys.kem_private, repr(keys)),
                          (agency.private, repr(agency))):
        assert b64e(secret) not in shown and secret.hex() not in shown
    assert keys.device_id in repr(keys)


@pytest.mark.parametrize("text", [
    "not json", "[]", '{"v":1,"kind":"agency-key"}', '{"v":1,"kind":"device-keys"}',
    '{"v":1,"kind":"device-keys","sign_private":"AA","kem_private":"AA"}',
    '{"v":2,"kind":"device-keys","sign_private":"","kem_private":""}',
])
def test_damaged_stored_device_keys_raise_a_typed_error(text: str) -> None:
    with pytest.raises(KeyFormatError) as info:
        DeviceKeys.from_json(text)
    error: CollabDeskError = info.value
    assert "device keys" in str(error)
    assert info.value.reason == "bad-keys"


# --- agency keys ---------------------------------------------------------------------------

@pytest.mark.parametrize(("suite", "private_len", "public_len"), [(1, 32, 32), (2, 96, 1216)])
def test_agency_keys_of_both_suites_rebuild_from_their_private_half(
    suite: int, private_len: int, public_len: int
) -> None:
    key = AgencyKey.generate(3, suite)
    assert (key.epoch, key.suite) == (3, suite)
    assert (len(key.private), len(key.public)) == (private_len, public_len)
    assert AgencyKey.from_private(3, suite, key.private) == key
    assert AgencyKey.from_json(key.to_json()) == key
    assert AgencyKey.generate(3, suite).public != key.public


def test_agency_key_rejects_unknown_suite_and_mismatched_lengths() -> None:
    with pytest.raises(ValueError):
        AgencyKey.generate(0, 3)
    key = AgencyKey.generate(0, 1)
    with pytest.raises(ValueError):
        AgencyKey(0, 2, key.private, key.public)
    with pytest.raises(KeyFormatError):
        AgencyKey.from_json(key.to_json().replace('"suite": 1', '"suite": 2'))


# --- grants --------------------------------------------------------------------------------

@pytest.mark.parametrize("suite", [1, 2])
def test_grant_round_trip_for_both_suites(suite: int) -> None:
    device, agency_key = DeviceKeys.generate(), AgencyKey.generate(4, suite)
    blob = seal_grant(agency_key, "agency-a", device.device_id, device.kem_public)
    assert agency_key.private not in blob
    opened = open_grant(blob, "agency-a", 4, suite, device, expected_public=agency_key.public)
    assert opened == agency_key


def test_grant_sealed_for_one_device_cannot_be_opened_by_another() -> None:
    intended, other = DeviceKeys.generate(), DeviceKeys.generate()
    agency_key = AgencyKey.generate(0)
    blob = seal_grant(agency_key, "agency-a", intended.device_id, intended.kem_public)
    with pytest.raises(GrantError) as info:
        open_grant(blob, "agency-a", 0, 1, other)
    assert info.value.reason == "bad-grant"


@pytest.mark.parametrize(("agency", "epoch", "suite"), [("agency-b", 0, 1), ("agency-a", 1, 1),
                                                        ("agency-a", 0, 2)])
def test_grant_is_bound_to_agency_epoch_and_suite(agency: str, epoch: int, suite: int) -> None:
    device, agency_key = DeviceKeys.generate(), AgencyKey.generate(0)
    blob = seal_grant(agency_key, "agency-a", device.device_id, device.kem_public)
    with pytest.raises(GrantError) as info:
        open_grant(blob, agency, epoch, suite, device)
    assert info.value.reason == "bad-grant"


def test_grant_of_a_key_not_in_the_chain_is_refused() -> None:
    # Anyone, the hub included, can seal a grant to a device's public KEM key.
    device = DeviceKeys.generate()
    real, forged = AgencyKey.generate(0), AgencyKey.generate(0)
    blob = seal_grant(forged, "agency-a", device.device_id, device.kem_public)
    with pytest.raises(GrantError) as info:
        open_grant(blob, "agency-a", 0, 1, device, expected_public=real.public)
    assert info.value.reason == "wrong-key"
    assert "does not match" in str(info.value)


def test_flipped_bit_in_a_grant_is_refused() -> None:
    device, agency_key = DeviceKeys.generate(), AgencyKey.generate(0)
    blob = bytearray(seal_grant(agency_key, "agency-a", device.device_id, device.kem_public))
    for index in (0, 40, len(blob) - 1):
        tampered = bytearray(blob)
        tampered[index] ^= 0x01
        with pytest.raises(GrantError):
            open_grant(bytes(tampered), "agency-a", 0, 1, device)


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=0, max_value=2**31), st.text(min_size=1, max_size=20).filter(
    lambda s: "|" not in s))
def test_grant_info_never_collides_across_agency_and_epoch(epoch: int, agency: str) -> None:
    device, agency_key = DeviceKeys.generate(), AgencyKey.generate(epoch)
    blob = seal_grant(agency_key, agency, device.device_id, device.kem_public)
    assert open_grant(blob, agency, epoch, 1, device) == agency_key
    with pytest.raises(GrantError):
        open_grant(blob, agency, epoch + 1, 1, device)
