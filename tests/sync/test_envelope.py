"""Sealed envelopes: round trips, and every tampering, misrouting and resource attack refused."""

from __future__ import annotations

import hashlib
import os
import struct
import zlib
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collabdesk.sync import envelope as envelope_module
from collabdesk.sync.canonical import b64e, canonical_json
from collabdesk.sync.chain import extend_chain, genesis, make_entry, verify_chain
from collabdesk.sync.envelope import (
    MAX_BATCH_BYTES,
    MAX_ENVELOPE_BYTES,
    ParsedEnvelope,
    open_envelope,
    parse_envelope,
    seal,
)
from collabdesk.sync.errors import EnvelopeError
from collabdesk.sync.keys import AgencyKey, DeviceKeys, hpke_seal

A, B, C = "agency-a", "agency-b", "agency-c"
CREATED = 1_750_000_000_000
BATCH = {"events": [{"id": "e1", "entity": "client", "fields": {"name": "Zoë Ñandú"}, "hlc": 7}]}
SENDER = DeviceKeys.generate()
KEY_A1, KEY_A2 = AgencyKey.generate(0, 1), AgencyKey.generate(0, 2)


def _seal(key: AgencyKey = KEY_A1, *, batch: object = BATCH, mailbox: str = A,
          sender: DeviceKeys = SENDER, extra: tuple[tuple[str, AgencyKey], ...] = ()) -> bytes:
    recipients = [(A, key.epoch, key.suite, key.public)]
    recipients += [(agency, k.epoch, k.suite, k.public) for agency, k in extra]
    return seal(kind="events", batch=batch, mailbox=mailbox, sender=sender, sender_agency=A,
                recipients=recipients, created_ms=CREATED)


def _open(data: bytes, key: AgencyKey = KEY_A1, *, agency: str = A, mailbox: str = A,
          sender_public: bytes = SENDER.sign_public) -> tuple[ParsedEnvelope, object]:
    return open_envelope(data, mailbox=mailbox, sender_public=sender_public,
                         agency_keys={(agency, key.epoch): key})


def _reason(data: bytes, key: AgencyKey = KEY_A1, **kwargs: Any) -> str:
    with pytest.raises(EnvelopeError) as info:
        _open(data, key, **kwargs)
    assert str(info.value).endswith(".")  # a sentence for the log, not a code
    return info.value.reason


def _flip(data: bytes, index: int, mask: int = 0x01) -> bytes:
    out = bytearray(data)
    out[index] ^= mask
    return bytes(out)


def _header(**overrides: Any) -> dict[str, Any]:
    header = {"v": 1, "kind": "events", "mailbox": A, "sender": SENDER.device_id,
              "sender_agency": A, "recipients": [{"agency": A, "epoch": 0, "suite": 1}],
              "created": CREATED, "nonce": b64e(bytes(12))}
    header.update(overrides)
    return header


def _craft(payload: bytes, *, header: dict[str, Any] | None = None,
           header_bytes: bytes | None = None, keys: tuple[AgencyKey, ...] = (KEY_A1,),
           body_key: bytes | None = None, wrap_key: bytes | None = None) -> bytes:
    """An envelope genuinely signed by SENDER but built to break one rule (a rogue sender)."""
    header_bytes = header_bytes or canonical_json(header or _header())
    body_key = body_key or os.urandom(32)
    body = ChaCha20Poly1305(body_key).encrypt(bytes(12), payload, header_bytes)
    info = envelope_module._wrap_info(header_bytes)
    wrapped = [hpke_seal(k.suite, k.public, info, wrap_key or body_key) for k in keys]
    signed = envelope_module._frame(header_bytes, body, wrapped)
    return signed + SENDER.sign(signed)


def _offsets(data: bytes) -> dict[str, int]:
    env = parse_envelope(data)
    header = 8
    body = header + len(env.header_bytes) + 4
    wrapped = body + len(env.body) + 2 + 4
    return {"header": header, "body": body, "wrapped": wrapped,
            "signature": len(data) - 64}


# --- round trips ---------------------------------------------------------------------------

@pytest.mark.parametrize("suite", [1, 2])
def test_seal_open_round_trip(suite: int) -> None:
    key = AgencyKey.generate(0, suite)
    data = _seal(key)
    env, batch = _open(data, key)
    assert batch == BATCH
    assert env.kind == "events" and env.mailbox == A and env.sender == SENDER.device_id
    assert env.sender_agency == A and env.created_ms == CREATED
    assert env.recipients == ((A, 0, suite),)
    assert env.envelope_id == hashlib.sha256(data[:-64]).hexdigest()
    assert "Zoë".encode() not in data and b"client" not in data  # nothing readable on the wire


def test_every_recipient_of_three_can_open_and_suites_may_differ() -> None:
    key_b, key_c = AgencyKey.generate(5, 1), AgencyKey.generate(2, 2)
    data = _seal(KEY_A2, extra=((B, key_b), (C, key_c)))
    assert parse_envelope(data).recipients == ((A, 0, 2), (B, 5, 1), (C, 2, 2))
    for agency, key in ((A, KEY_A2), (B, key_b), (C, key_c)):
        assert _open(data, key, agency=agency)[1] == BATCH


def test_envelope_id_is_stable_and_every_seal_is_fresh() -> None:
    data = _seal()
    assert parse_envelope(data).envelope_id == parse_envelope(bytes(data)).envelope_id
    again = _seal()
    assert again != data
    assert parse_envelope(again).envelope_id != parse_envelope(data).envelope_id


def test_referral_sealed_to_partner_and_self_from_verified_chains() -> None:
    a_root, b_root = DeviceKeys.generate(), DeviceKeys.generate()
    a_key, b_key0 = AgencyKey.generate(0), AgencyKey.generate(0)
    a_chain = verify_chain(A, genesis(A, a_root, "A desk", a_key, 1))
    b_wire = genesis(B, b_root, "B desk", b_key0, 1)
    b_key1 = AgencyKey.generate(1, 2)
    b_state = verify_chain(B, b_wire, expected_root=b_root.device_id)
    b_state = extend_chain(b_state, [make_entry(b_state, b_root, "epoch", 2, agency_key=b_key1)])
    recipients = [(B, *b_state.current_agency_key()), (A, *a_chain.current_agency_key())]
    data = seal(kind="referral", batch={"referral": "r1"}, mailbox=B, sender=a_root,
                sender_agency=A, recipients=recipients, created_ms=CREATED)
    env = parse_envelope(data)
    sender = a_chain.active_device(env.sender)  # B looks the sender up in A's chain
    assert sender is not None
    _, batch = open_envelope(data, mailbox=B, sender_public=sender.sign_public,
                             agency_keys={(B, 1): b_key1, (B, 0): b_key0})
    assert batch == {"referral": "r1"}
    # B's revoked-epoch key alone cannot read it: it was sealed to epoch 1.
    with pytest.raises(EnvelopeError) as info:
        open_envelope(data, mailbox=B, sender_public=sender.sign_public,
                      agency_keys={(B, 0): b_key0})
    assert info.value.reason == "no-key"


# --- tampering -----------------------------------------------------------------------------

def test_flipped_bit_in_the_header_is_refused() -> None:
    data = _seal()
    at = _offsets(data)
    # Still canonical JSON (last digit of "created" 0 -> 1): only the signature catches it.
    created = data.index(b'"created":%d' % CREATED) + len(b'"created":%d' % CREATED) - 1
    assert _reason(_flip(data, created)) == "bad-signature"
    # No longer JSON at all.
    assert _reason(_flip(data, at["header"])) == "bad-header"


@pytest.mark.parametrize("part", ["body", "wrapped", "signature"])
def test_flipped_bit_in_body_wrapped_key_or_signature_is_refused(part: str) -> None:
    data = _seal()
    index = _offsets(data)[part] + 5
    assert _reason(_flip(data, index)) == "bad-signature"
    assert _reason(_flip(data, index, 0x80)) == "bad-signature"


def test_every_truncation_is_refused() -> None:
    data = _seal()
    for cut in range(len(data)):
        with pytest.raises(EnvelopeError) as info:
            parse_envelope(data[:cut])
        assert info.value.reason == "truncated", cut


def test_trailing_garbage_is_refused() -> None:
    data = _seal()
    for garbage in (b"\x00", b"x" * 64, data):
        assert _reason(data + garbage) == "trailing-data"


def test_foreign_data_and_oversized_input_are_refused() -> None:
    assert _reason(b"PK\x03\x04" + bytes(100)) == "bad-magic"
    assert _reason(b"CDE2" + _seal()[4:]) == "bad-magic"
    assert _reason(b"CDE1" + bytes(MAX_ENVELOPE_BYTES)) == "too-large"
    # A header length over 16 KiB is refused before anything is read or allocated.
    assert _reason(b"CDE1" + struct.pack(">I", 16 * 1024 + 1) + bytes(100)) == "too-large"


def test_envelope_opened_from_another_mailbox_is_refused() -> None:
    data = _seal(mailbox=B, extra=((B, KEY_A1),))
    assert _reason(data, mailbox=A) == "wrong-mailbox"
    assert _open(data, mailbox=B)[1] == BATCH


def test_hub_re_signing_with_a_key_not_in_the_chain_is_refused() -> None:
    hub = DeviceKeys.generate()
    data = _seal()
    resigned = data[:-64] + hub.sign(data[:-64])
    parse_envelope(resigned)  # well-formed: only the sender's chain key exposes it
    assert _reason(resigned) == "bad-signature"
    # Sealed as itself, claiming the agency: its device id is not in the agency's chain …
    own = _seal(sender=hub)
    chain = verify_chain(A, genesis(A, SENDER, "Desk", KEY_A1, 1))
    assert chain.device(parse_envelope(own).sender) is None
    # … and checked against the real sender's key it names the wrong sender.
    assert _reason(own) == "wrong-sender"


def test_no_key_for_any_recipient_is_refused() -> None:
    data = _seal(KEY_A1)
    assert _reason(data, AgencyKey.generate(1)) == "no-key"  # holds epoch 1, sent to epoch 0
    assert _reason(data, KEY_A1, agency=B) == "no-key"
    assert _reason(data, AgencyKey.generate(0, 2)) == "no-key"  # same epoch, other suite


def test_wrong_agency_key_of_the_right_epoch_fails_the_aead() -> None:
    assert _reason(_seal(KEY_A1), AgencyKey.generate(0, 1)) == "aead-failed"
    assert _reason(_seal(KEY_A2), AgencyKey.generate(0, 2)) == "aead-failed"


def test_rogue_sender_body_under_another_key_fails_the_aead() -> None:
    data = _craft(zlib.compress(b"{}"), wrap_key=os.urandom(32))
    assert _reason(data) == "aead-failed"
    assert _open(_craft(zlib.compress(b"{}")))[1] == {}


@pytest.mark.parametrize("payload", [
    b"not zlib", zlib.compress(b"[1]") + b"junk", zlib.compress(b"[1]")[:-3],
    zlib.compress(b'{"x":NaN}'), zlib.compress(b"[1,"),
])
def test_rogue_sender_malformed_batch_is_refused(payload: bytes) -> None:
    assert _reason(_craft(payload)) == "bad-batch"


def test_zip_bomb_is_refused_without_expanding_it() -> None:
    bomb = zlib.compress(b"[" + b" " * MAX_BATCH_BYTES + b"]", 9)
    assert len(bomb) < 100_000
    assert _reason(_craft(bomb)) == "too-large"


@pytest.mark.parametrize("header_bytes", [
    canonical_json(_header()).replace(b",", b", ", 1),  # not canonical
    canonical_json({**_header(), "extra": 1}),
    canonical_json(_header(v=2)),
    canonical_json(_header(kind="gossip")),
    canonical_json(_header(nonce=b64e(bytes(11)))),
    canonical_json(_header(sender="SENDER")),
    canonical_json(_header(mailbox="a|b")),
    canonical_json(_header(recipients=[{"agency": A, "epoch": 0, "suite": 1}] * 1)
                   ).replace(b'"suite":1', b'"suite":1,"x":0'),
])
def test_rogue_sender_malformed_header_is_refused(header_bytes: bytes) -> None:
    assert _reason(_craft(zlib.compress(b"{}"), header_bytes=header_bytes)) == "bad-header"


def test_wrapped_keys_must_match_the_header_recipients() -> None:
    two = _craft(zlib.compress(b"{}"), keys=(KEY_A1, KEY_A1))
    assert _reason(two) == "bad-framing"
    wrong_size = _craft(zlib.compress(b"{}"), keys=(KEY_A2,))  # header says suite 1
    assert _reason(wrong_size) == "bad-framing"


def test_seal_refuses_bad_recipient_lists_and_oversized_batches() -> None:
    many = [(f"agency-{i}", 0, 1, KEY_A1.public) for i in range(65)]
    dup = [(A, 0, 1, KEY_A1.public)] * 2
    for recipients in (many, dup, []):
        with pytest.raises(EnvelopeError) as info:
            seal(kind="events", batch=[], mailbox=A, sender=SENDER, sender_agency=A,
                 recipients=recipients, created_ms=CREATED)
        assert info.value.reason == "bad-header"
    with pytest.raises(EnvelopeError) as info:
        seal(kind="events", batch=[], mailbox=A, sender=SENDER, sender_agency=A,
             recipients=[(A, 0, 2, KEY_A1.public)], created_ms=CREATED)
    assert info.value.reason == "bad-header"  # a suite 1 key offered as suite 2
    noise = b64e(os.urandom(9 * 1024 * 1024))  # compresses to about 9 MiB: over the limit
    with pytest.raises(EnvelopeError) as info:
        _seal(batch=noise)
    assert info.value.reason == "too-large"


# --- properties and sizes ------------------------------------------------------------------

ONE_SUITE_1 = _seal(KEY_A1)
ONE_SUITE_2 = _seal(KEY_A2)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_byte_flips_never_open(data: st.DataObject) -> None:
    original = data.draw(st.sampled_from([ONE_SUITE_1, ONE_SUITE_2]))
    key = KEY_A1 if original is ONE_SUITE_1 else KEY_A2
    flips = data.draw(st.lists(st.tuples(st.integers(0, len(original) - 1),
                                         st.integers(1, 255)), min_size=1, max_size=4))
    mutated = bytearray(original)
    for index, mask in flips:
        mutated[index] ^= mask
    if bytes(mutated) == original:
        return  # flips that cancel out
    try:
        _, batch = _open(bytes(mutated), key)
    except EnvelopeError:
        return
    pytest.fail(f"a tampered envelope opened, yielding {batch!r}")


@pytest.mark.parametrize(("suite", "count", "wrapped_size"), [(1, 1, 80), (1, 3, 80),
                                                              (2, 1, 1168), (2, 3, 1168)])
def test_envelope_size_is_exactly_the_documented_framing(suite: int, count: int,
                                                         wrapped_size: int) -> None:
    keys = [AgencyKey.generate(0, suite) for _ in range(count)]
    recipients = [(f"agency-{i}", 0, suite, k.public) for i, k in enumerate(keys)]
    data = seal(kind="events", batch=[], mailbox="agency-0", sender=SENDER,
                sender_agency="agency-0", recipients=recipients, created_ms=CREATED)
    env = parse_envelope(data)
    assert all(len(w) == wrapped_size for w in env.wrapped)
    assert len(env.body) == len(zlib.compress(b"[]", 6)) + 16
    assert len(data) == (4 + 4 + len(env.header_bytes) + 4 + len(env.body) + 2
                         + count * (4 + wrapped_size) + 64)


def test_hostile_nesting_is_a_refusal_not_a_crash() -> None:
    deep = b'{"v":' + b"[" * 8000 + b"]" * 8000 + b"}"
    assert _reason(_craft(zlib.compress(b"{}"), header_bytes=deep)) == "bad-header"
    assert _reason(_craft(zlib.compress(b"[" * 200_000 + b"]" * 200_000))) == "bad-batch"
