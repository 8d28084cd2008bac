"""The hub's HTTP API, exercised against a real hub process on loopback."""

from __future__ import annotations

import base64
import json
import time

from sqlalchemy import select

from collabdesk.sync import chain, envelope, keys
from collabdesk.sync.canonical import b64d, b64e
from collabdesk.sync.hub import admin, db
from tests.sync.hub.conftest import (
    Device,
    HubProcess,
    approve,
    create_agency,
    enroll_agency,
    new_code,
)


def _rejections(hub: HubProcess, **where: str) -> list[tuple[str, str, str | None]]:
    query = select(db.rejections.c.what, db.rejections.c.reason, db.rejections.c.envelope_id)
    for column, value in where.items():
        query = query.where(db.rejections.c[column] == value)
    with hub.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(query)]


def test_health_and_openapi(hub: HubProcess) -> None:
    assert hub.proc.poll() is None
    health = Device(hub).session.get(hub.base_url + "/health").json()
    assert health == {"status": "ok", "schema": "0002"}
    spec = Device(hub).session.get(hub.base_url + "/openapi.json").json()
    assert "/v1/mailboxes/{mailbox}/envelopes" in spec["paths"]
    assert "/v1/enroll" in spec["paths"]


def test_first_device_enrolls_with_genesis_and_code_is_single_use(hub: HubProcess) -> None:
    agency = enroll_agency(hub)
    response = agency.root.call("GET", f"/v1/agencies/{agency.id}/chain")
    assert response.status_code == 200
    assert response.json()["entries"] == agency.wires
    assert agency.root.call("GET", f"/v1/agencies/{agency.id}/chain?after=0").json()[
        "entries"] == agency.wires[1:]
    directory = {a["id"]: a for a in agency.root.call("GET", "/v1/directory").json()["agencies"]}
    assert directory[agency.id]["epoch"] == 0
    assert b64d(directory[agency.id]["agency_pub"]) == agency.agency_key.public

    # The code the root used is consumed; a new device cannot reuse it.
    agency_id, _ = create_agency(hub)
    code = new_code(hub, agency_id)
    first = Device(hub)
    wires = chain.genesis(agency_id, first.keys, "A", keys.AgencyKey.generate(0),
                          int(time.time()))
    assert first.enroll(code, "A", wires).status_code == 200
    again = Device(hub).enroll(code, "B")
    assert again.status_code == 400
    assert again.json()["detail"]["reason"] == "code-used"


def test_first_device_must_bring_genesis_and_code_survives_failure(hub: HubProcess) -> None:
    agency_id, _ = create_agency(hub)
    code = new_code(hub, agency_id)
    device = Device(hub)
    response = device.enroll(code, "No chain")
    assert response.status_code == 400
    assert response.json()["detail"]["reason"] == "genesis-required"
    # A genesis made by somebody else's keys is refused and logged...
    other = keys.DeviceKeys.generate()
    foreign = chain.genesis(agency_id, other, "X", keys.AgencyKey.generate(0), int(time.time()))
    response = device.enroll(code, "Wrong root", foreign)
    assert response.status_code == 400
    assert response.json()["detail"]["reason"] == "root-mismatch"
    assert ("chain", "root-mismatch", None) in _rejections(hub, agency_id=agency_id)
    # ...and the code was not consumed by the failed attempts.
    own = chain.genesis(agency_id, device.keys, "Mine", keys.AgencyKey.generate(0),
                        int(time.time()))
    assert device.enroll(code, "Mine", own).json()["status"] == "active"


def test_expired_and_unknown_codes(hub: HubProcess) -> None:
    agency_id, _ = create_agency(hub)
    expired = admin.issue_enrollment_code(hub.engine, agency_id, expires_in=60,
                                          now=int(time.time()) - 120).code
    response = Device(hub).enroll(expired, "Late")
    assert response.status_code == 400
    assert response.json()["detail"]["reason"] == "code-expired"
    assert "expired" in response.json()["detail"]["message"]
    response = Device(hub).enroll("AAAAA-BBBBB-CCCCC-DDDDD", "Guess")
    assert response.status_code == 400
    assert response.json()["detail"]["reason"] == "unknown-code"


def test_second_device_is_pending_until_approved(hub: HubProcess) -> None:
    agency = enroll_agency(hub)
    laptop = Device(hub)
    # Codes are typed by people: case and spacing do not matter.
    code = new_code(hub, agency.id).lower().replace("-", " ")
    response = laptop.enroll(code, "Second laptop")
    assert response.json() == {"agency": agency.id, "device": laptop.id, "status": "pending"}

    refused = laptop.call("GET", "/v1/grants")
    assert refused.status_code == 403
    assert refused.json()["detail"]["reason"] == "pending"

    pending = agency.root.call("GET", f"/v1/agencies/{agency.id}/pending").json()["devices"]
    assert [p["device"] for p in pending] == [laptop.id]
    assert pending[0]["fingerprint"] == keys.fingerprint(laptop.keys.sign_public,
                                                         laptop.keys.kem_public)

    grant = keys.seal_grant(agency.agency_key, agency.id, laptop.id, laptop.keys.kem_public)
    put = agency.root.call("PUT", f"/v1/agencies/{agency.id}/grants/{laptop.id}",
                           {"grants": [{"epoch": 0, "blob": b64e(grant)}]})
    assert put.status_code == 200, put.text
    assert approve(agency, laptop).status_code == 200

    assert agency.root.call("GET", f"/v1/agencies/{agency.id}/pending").json()["devices"] == []
    grants = laptop.call("GET", "/v1/grants")
    assert grants.status_code == 200
    assert grants.json()["grants"] == [{"agency": agency.id, "epoch": 0, "blob": b64e(grant),
                                        "granted_by": agency.root.id}]
    opened = keys.open_grant(grant, agency.id, 0, 1, laptop.keys,
                             expected_public=agency.agency_key.public)
    assert opened.public == agency.agency_key.public
    # The approved device now signs chain entries of its own.
    wire = chain.make_entry(agency.state(), laptop.keys, "epoch", int(time.time()),
                            agency_key=keys.AgencyKey.generate(1))
    assert laptop.call("POST", f"/v1/agencies/{agency.id}/chain",
                       {"entries": [wire]}).json()["next_seq"] == 4


def test_chain_append_is_verified(hub: HubProcess) -> None:
    agency = enroll_agency(hub)
    laptop = Device(hub)
    laptop.enroll(new_code(hub, agency.id), "Laptop")
    wire = chain.make_entry(agency.state(), agency.root.keys, "add", int(time.time()),
                            sign_pub=laptop.keys.sign_public, kem_pub=laptop.keys.kem_public,
                            label="Laptop")
    tampered = json.loads(json.dumps(wire))
    tampered["entry"]["label"] = "Evil laptop"
    response = agency.root.call("POST", f"/v1/agencies/{agency.id}/chain",
                                {"entries": [tampered]})
    assert response.status_code == 400
    assert response.json()["detail"]["reason"] == "bad-signature"
    assert ("chain", "bad-signature", None) in _rejections(hub, agency_id=agency.id)
    assert laptop.call("GET", "/v1/grants").status_code == 403  # still pending

    # Resending entries the hub already holds (a retry) is harmless.
    assert agency.root.call("POST", f"/v1/agencies/{agency.id}/chain",
                            {"entries": [*agency.wires, wire]}).json()["next_seq"] == 3
    assert laptop.call("GET", "/v1/grants").status_code == 200


def test_push_pull_round_trip_with_paging(hub: HubProcess) -> None:
    agency = enroll_agency(hub)
    device = agency.root
    sealed = [device.seal(agency.id, agency.id, [agency.recipient], {"n": i}) for i in range(7)]
    response = device.push(agency.id, sealed[:4])
    assert response.status_code == 200
    results = response.json()["results"]
    assert [(r["seq"], r["status"]) for r in results] == [(i, "stored") for i in range(1, 5)]
    assert [r["id"] for r in results] == [chain_id(e) for e in sealed[:4]]
    assert device.push(agency.id, sealed[4:]).json()["results"][0]["seq"] == 5

    seen: list[int] = []
    data: list[bytes] = []
    token = None
    pages = 0
    while True:
        page = device.pull(agency.id, since=token, limit=3).json()
        pages += 1
        seen += [e["seq"] for e in page["envelopes"]]
        data += [b64d(e["data"]) for e in page["envelopes"]]
        token = page["token"]
        if page["done"]:
            break
    assert seen == [1, 2, 3, 4, 5, 6, 7]
    assert data == sealed
    assert pages == 3
    # At the head: an empty, done page; new envelopes appear after the same token.
    empty = device.pull(agency.id, since=token).json()
    assert empty == {"envelopes": [], "token": token, "done": True, "chain": 2, "behind": 7,
                     "measures": 0}
    extra = device.seal(agency.id, agency.id, [agency.recipient], {"n": 8})
    device.push(agency.id, [extra])
    after = device.pull(agency.id, since=token).json()
    assert [e["seq"] for e in after["envelopes"]] == [8] and after["done"]
    # The sender may have its own envelopes back as ids alone: it holds their events.
    mine = device.pull(agency.id, since=token, own="id").json()
    assert mine["envelopes"] == [{"seq": 8, "id": chain_id(extra), "data": None}]


def test_a_laptop_may_ask_for_smaller_pages(hub: HubProcess) -> None:
    # A page is held several times over while a laptop reads it: a laptop catching up may ask
    # the hub to stop pages sooner than its own limit (the first envelope always comes).
    import os

    from collabdesk.sync.hub.mailboxes import MIN_PAGE_BYTES

    agency = enroll_agency(hub)
    device = agency.root
    big = [device.seal(agency.id, agency.id, [agency.recipient],
                       {"n": i, "pad": b64e(os.urandom(150_000))}) for i in range(3)]
    assert device.push(agency.id, big).status_code == 200
    whole = device.pull(agency.id).json()
    assert len(whole["envelopes"]) == 3 and whole["done"]
    token, pages = None, []
    while True:
        page = device.pull(agency.id, since=token, page_bytes=MIN_PAGE_BYTES).json()
        pages.append([e["seq"] for e in page["envelopes"]])
        token = page["token"]
        if page["done"]:
            break
    assert pages == [[1], [2], [3]]
    assert device.pull(agency.id, page_bytes=MIN_PAGE_BYTES - 1).status_code == 422


def chain_id(envelope_bytes: bytes) -> str:
    import hashlib

    return hashlib.sha256(envelope_bytes[:-64]).hexdigest()


def test_duplicate_push_is_idempotent(hub: HubProcess) -> None:
    agency = enroll_agency(hub)
    one = agency.root.seal(agency.id, agency.id, [agency.recipient], {"a": 1})
    two = agency.root.seal(agency.id, agency.id, [agency.recipient], {"a": 2})
    first = agency.root.push(agency.id, [one]).json()["results"]
    assert first[0]["status"] == "stored" and first[0]["seq"] == 1
    again = agency.root.push(agency.id, [one, two, two]).json()["results"]
    assert [(r["status"], r["seq"]) for r in again] == [
        ("duplicate", 1), ("stored", 2), ("duplicate", 2)]
    page = agency.root.pull(agency.id).json()
    assert [e["seq"] for e in page["envelopes"]] == [1, 2]


def test_tampered_envelope_is_rejected_and_logged(hub: HubProcess) -> None:
    agency = enroll_agency(hub)
    good = agency.root.seal(agency.id, agency.id, [agency.recipient], {"ok": True})
    flipped = bytearray(good)
    flipped[len(good) - 100] ^= 0x01  # inside the signed part: the signature no longer fits
    garbage = b"not an envelope at all" * 4
    results = agency.root.push(agency.id, [bytes(flipped), garbage, good]).json()["results"]
    assert [r["status"] for r in results] == ["rejected", "rejected", "stored"]
    assert results[0]["reason"] == "bad-signature"
    assert results[1]["reason"] == "bad-magic"
    assert results[2]["seq"] == 1  # rejected envelopes take no sequence number
    logged = _rejections(hub, mailbox_id=agency.id)
    assert ("envelope", "bad-signature", chain_id(bytes(flipped))) in logged
    assert any(reason == "bad-magic" for _, reason, _ in logged)
    # The log never holds envelope contents: only what, why and ids.
    assert set(db.rejections.c.keys()) == {
        "id", "at", "what", "reason", "device_id", "agency_id", "mailbox_id", "envelope_id"}
    # A push body whose framing is cut is refused whole, before any envelope is looked at.
    path = f"/v1/mailboxes/{agency.id}/envelopes"
    cut = agency.root.call("POST", path, envelope.frame_envelopes([good])[:-1])
    assert cut.status_code == 400 and cut.json()["detail"]["reason"] == "bad-framing"
    as_json = agency.root.call("POST", path, {"envelopes": [b64e(good)]})
    assert as_json.status_code == 415


def test_sender_rules_on_push_and_pull(hub: HubProcess) -> None:
    a = enroll_agency(hub, "Clinic")
    b = enroll_agency(hub, "Shelter")
    # A referral from A to B's mailbox is fine.
    referral = a.root.seal(b.id, a.id, [b.recipient, a.recipient], {"referral": 1})
    assert a.root.push(b.id, [referral]).json()["results"][0]["status"] == "stored"
    # An envelope claiming to be from agency B, pushed by A's device, is refused.
    forged_agency = a.root.seal(b.id, b.id, [b.recipient], {"x": 1})
    result = a.root.push(b.id, [forged_agency]).json()["results"][0]
    assert (result["status"], result["reason"]) == ("rejected", "wrong-sender-agency")
    # An envelope sealed by B's device but pushed by A's device is refused.
    relayed = b.root.seal(b.id, b.id, [b.recipient], {"x": 2})
    result = a.root.push(b.id, [relayed]).json()["results"][0]
    assert (result["status"], result["reason"]) == ("rejected", "wrong-sender")
    # An envelope addressed to A's mailbox but pushed to B's is refused.
    misaddressed = a.root.seal(a.id, a.id, [a.recipient], {"x": 3})
    result = a.root.push(b.id, [misaddressed]).json()["results"][0]
    assert (result["status"], result["reason"]) == ("rejected", "wrong-mailbox")
    assert {r for _, r, _ in _rejections(hub, mailbox_id=b.id)} == {
        "wrong-sender-agency", "wrong-sender", "wrong-mailbox"}
    # A may not read B's mailbox; B sees only the referral.
    assert a.root.pull(b.id).status_code == 403
    assert [e["seq"] for e in b.root.pull(b.id).json()["envelopes"]] == [1]
    # Only members change an agency's chain or read its pending list.
    assert a.root.call("GET", f"/v1/agencies/{b.id}/pending").status_code == 403
    assert a.root.push("no-such-mailbox", [referral]).status_code == 404


def test_revoked_device_is_refused_everywhere(hub: HubProcess) -> None:
    agency = enroll_agency(hub)
    assert agency.root.call("GET", "/v1/grants").status_code == 200
    admin.revoke_device(hub.engine, agency.root.id, now=int(time.time()))
    for method, path, body in [
        ("GET", "/v1/grants", None),
        ("GET", "/v1/directory", None),
        ("GET", f"/v1/agencies/{agency.id}/chain", None),
        ("GET", f"/v1/mailboxes/{agency.id}/envelopes", None),
        ("POST", f"/v1/mailboxes/{agency.id}/envelopes", {"envelopes": []}),
        ("POST", f"/v1/agencies/{agency.id}/summaries", {"month": "2025-01", "payload": {}}),
    ]:
        response = agency.root.call(method, path, body)
        assert response.status_code == 403, (path, response.text)
        assert response.json()["detail"]["reason"] == "revoked"


def test_request_auth_replay_stale_and_unknown(hub: HubProcess) -> None:
    agency = enroll_agency(hub)
    device = agency.root
    data, headers = device.signed("GET", "/v1/grants")
    assert device.send("GET", "/v1/grants", data, headers).status_code == 200
    replay = device.send("GET", "/v1/grants", data, headers)
    assert replay.status_code == 401
    assert replay.json()["detail"]["reason"] == "replayed"

    stale = device.call("GET", "/v1/grants", timestamp=int(time.time()) - 1000)
    assert stale.status_code == 401
    assert stale.json()["detail"]["reason"] == "stale"

    # A signature for one path does not authorise another.
    data, headers = device.signed("GET", "/v1/directory")
    moved = device.send("GET", "/v1/grants", data, headers)
    assert moved.status_code == 401
    assert moved.json()["detail"]["reason"] == "bad-signature"

    # A body that was not signed is refused.
    data, headers = device.signed("POST", f"/v1/mailboxes/{agency.id}/envelopes",
                                  {"envelopes": []})
    swapped = device.send("POST", f"/v1/mailboxes/{agency.id}/envelopes",
                          b'{"envelopes": ["AAAA"]}', headers)
    assert swapped.status_code == 401

    stranger = Device(hub).call("GET", "/v1/grants")
    assert stranger.status_code == 401
    assert stranger.json()["detail"]["reason"] == "unknown-device"
    assert device.session.get(hub.base_url + "/v1/grants").status_code == 401


def test_bad_and_foreign_tokens_answer_410(hub: HubProcess) -> None:
    a = enroll_agency(hub)
    b = enroll_agency(hub)
    a.root.push(a.id, [a.root.seal(a.id, a.id, [a.recipient], {"x": 1})])
    token_a = a.root.pull(a.id).json()["token"]
    token_b = b.root.pull(b.id).json()["token"]
    assert b.root.pull(b.id, since=token_a).status_code == 410  # another mailbox
    assert a.root.pull(a.id, since="garbage").status_code == 410
    # Editing the cursor inside the token breaks its MAC.
    payload, mac = token_a.split(".")
    cursor = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    cursor["s"] = 0
    forged = base64.urlsafe_b64encode(json.dumps(cursor).encode()).decode().rstrip("=")
    response = a.root.pull(a.id, since=f"{forged}.{mac}")
    assert response.status_code == 410
    assert response.json()["detail"]["reason"] == "bad-token"
    assert a.root.pull(a.id, since=token_b).status_code == 410
    assert a.root.pull(a.id, since=token_a).status_code == 200
    # After a backup restore the operator invalidates every cursor: a full resync follows.
    admin.invalidate_pull_tokens(hub.engine)
    stale = a.root.pull(a.id, since=token_a)
    assert stale.status_code == 410
    assert stale.json()["detail"]["reason"] == "stale-token"
    assert [e["seq"] for e in a.root.pull(a.id).json()["envelopes"]] == [1]
    assert a.root.pull(a.id, limit=1001).status_code == 422


def test_summaries_are_stored_and_superseded(hub: HubProcess) -> None:
    # The signed format is covered in depth by test_summaries_dashboard.py.
    from tests.sync.hub.test_summaries_dashboard import _body

    agency = enroll_agency(hub)
    path = f"/v1/agencies/{agency.id}/summaries"
    first = agency.root.call("POST", path, _body(agency, "2025-03", 12))
    assert first.status_code == 200 and first.json()["superseded"] == 0
    second = agency.root.call("POST", path, _body(agency, "2025-03", 13))
    assert second.json()["superseded"] == 1
    bad_month = {**_body(agency, "2025-03", 1), "month": "2025-13"}
    assert agency.root.call("POST", path, bad_month).status_code == 400
    with hub.engine.connect() as conn:
        rows = conn.execute(select(db.summaries.c.superseded, db.summaries.c.payload)
                            .where(db.summaries.c.agency_id == agency.id)
                            .order_by(db.summaries.c.id)).all()
    assert [r.superseded for r in rows] == [True, False]
    assert json.loads(rows[1].payload)["month"] == "2025-03"


def test_oversized_body_gets_413(hub: HubProcess) -> None:
    agency = enroll_agency(hub)
    big = {"envelopes": ["A" * (9 * 1024 * 1024)]}
    response = agency.root.call("POST", f"/v1/mailboxes/{agency.id}/envelopes", big)
    assert response.status_code == 413
    # A chunked body (no Content-Length) is measured as it arrives.
    data, headers = agency.root.signed("POST", f"/v1/mailboxes/{agency.id}/envelopes", big)
    chunks = (data[i:i + 1024 * 1024] for i in range(0, len(data), 1024 * 1024))
    chunked = agency.root.session.post(
        f"{hub.base_url}/v1/mailboxes/{agency.id}/envelopes", data=chunks, headers=headers)
    assert chunked.status_code == 413
    assert chunked.json()["detail"]["reason"] == "too-large"
    too_many = agency.root.call("POST", f"/v1/mailboxes/{agency.id}/envelopes",
                                envelope.frame_envelopes([b"AAAA"] * 501))
    assert too_many.status_code == 413
