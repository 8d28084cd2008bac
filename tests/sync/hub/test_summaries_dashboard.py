"""Signed summary submissions and the dashboard's sign-in, against a real hub process.

The hub must store only summaries signed by an active device of the submitting agency, keep
every version of a month (the latest is current), refuse anything forged or misaddressed, and
show the dashboard only to a signed-in operator.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from typing import Any

import pytest
import requests
from sqlalchemy import select

from collabdesk.sync import summaries
from collabdesk.sync.canonical import b64e
from collabdesk.sync.hub import db, network_figures, operators
from tests.sync.hub.conftest import Agency, HubProcess, approve, enroll_agency

PASSWORD = "a long operator password"


def _summary(month: str, clients: int | None) -> dict[str, Any]:
    status = "withheld" if clients is None else "shown"
    return {"period": {"label": month}, "threshold": 5,
            "values": [{"id": "clients_served_total", "value": clients, "status": status}],
            "tables": []}


def _body(agency: Agency, month: str, clients: int | None, *, device_keys: Any = None,
          agency_id: str | None = None, label: str | None = None) -> dict[str, str]:
    keys = device_keys or agency.root.keys
    summary = _summary(label or month, clients)
    document = summaries.build_document(
        agency_id=agency_id or agency.id, device_id=keys.device_id, month=month,
        summary=summary, partners={}, created_ms=int(time.time() * 1000))
    return summaries.request_body(month, document, summaries.sign_document(keys, document))


def _rows(hub: HubProcess, agency_id: str) -> list[Any]:
    with hub.engine.connect() as conn:
        return list(conn.execute(select(db.summaries).where(
            db.summaries.c.agency_id == agency_id).order_by(db.summaries.c.id)).all())


def test_signed_summary_is_stored_and_a_resubmission_supersedes(hub: HubProcess) -> None:
    agency = enroll_agency(hub)
    path = f"/v1/agencies/{agency.id}/summaries"
    first = agency.root.call("POST", path, _body(agency, "2026-09", 12))
    assert first.status_code == 200, first.text
    assert first.json()["superseded"] == 0
    second = agency.root.call("POST", path, _body(agency, "2026-09", 14))
    assert second.json()["superseded"] == 1
    rows = _rows(hub, agency.id)
    assert [r.superseded for r in rows] == [True, False]
    # What is stored can be verified again later against the device's registered key.
    month, document, signature = summaries.read_stored(rows[1].payload)
    assert month == "2026-09"
    doc = summaries.verify_submission(
        sign_pub=agency.root.keys.sign_public, agency_id=agency.id,
        device_id=agency.root.id, month=month, document_b64=b64e(document),
        signature_b64=b64e(signature))
    assert doc["summary"]["values"][0]["value"] == 14
    current = [s for s in network_figures.load_submissions(hub.engine) if s.agency_id == agency.id]
    assert [(s.month, s.revision, s.value("clients_served_total")["value"])
            for s in current] == [("2026-09", 2, 14)]


def test_forged_or_misaddressed_summaries_are_refused(hub: HubProcess) -> None:
    agency, other = enroll_agency(hub), enroll_agency(hub)
    path = f"/v1/agencies/{agency.id}/summaries"
    body = _body(agency, "2026-08", 7)
    tampered = dict(body)
    doc = json.loads(summaries.read_stored(json.dumps(body).encode())[1])
    doc["summary"]["values"][0]["value"] = 700
    tampered["document"] = b64e(json.dumps(doc).encode())
    cases = [
        (tampered, "bad-signature"),
        (_body(agency, "2026-08", 7, agency_id=other.id), "wrong-agency"),
        (_body(agency, "2026-08", 7, label="2026-07"), "wrong-month"),
        ({**body, "month": "2026-13"}, "bad-month"),
        ({**body, "signature": b64e(b"\0" * 64)}, "bad-signature"),
        # Signed by a real device but not figures: refused, so the dashboard never breaks.
        (_body(agency, "2026-08", "x"), "bad-values"),  # type: ignore[arg-type]
        (_body(agency, "2026-08", -3), "bad-values"),
    ]
    for payload, reason in cases:
        answer = agency.root.call("POST", path, payload)
        assert answer.status_code == 400, (reason, answer.text)
        assert answer.json()["detail"]["reason"] == reason
    # A device of another agency may not submit for this one, even with a valid signature.
    foreign = other.root.call("POST", path, _body(agency, "2026-08", 7,
                                                  device_keys=other.root.keys))
    assert foreign.status_code == 403
    assert _rows(hub, agency.id) == []
    with hub.engine.connect() as conn:
        logged = conn.execute(select(db.rejections.c.reason).where(
            db.rejections.c.what == "summary", db.rejections.c.agency_id == agency.id)).all()
    assert {r.reason for r in logged} >= {"bad-signature", "wrong-agency", "wrong-month"}


def test_a_second_device_of_the_agency_may_submit(hub: HubProcess) -> None:
    from tests.sync.hub.conftest import Device, new_code

    agency = enroll_agency(hub)
    laptop = Device(hub)
    assert laptop.enroll(new_code(hub, agency.id), "Second").status_code == 200
    assert approve(agency, laptop).status_code == 200
    answer = laptop.call("POST", f"/v1/agencies/{agency.id}/summaries",
                         _body(agency, "2026-07", 9, device_keys=laptop.keys))
    assert answer.status_code == 200, answer.text
    assert _rows(hub, agency.id)[0].device_id == laptop.id


def _hub_cli(hub: HubProcess, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "collabdesk.sync.hub", *args, "--database",
                           hub.database_url], input=stdin, capture_output=True, text=True,
                          timeout=60, check=False)


def _login(session: requests.Session, hub: HubProcess, name: str, password: str
           ) -> requests.Response:
    page = session.get(hub.base_url + "/dashboard/login", timeout=10)
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf
    return session.post(hub.base_url + "/dashboard/login", timeout=10, allow_redirects=False,
                        data={"csrf": csrf.group(1), "name": name, "password": password})


def test_operator_cli_and_dashboard_sign_in(hub: HubProcess) -> None:
    name = f"ops{time.time_ns()}"
    added = _hub_cli(hub, "operator", "add", name, "--password-stdin", stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    again = _hub_cli(hub, "operator", "add", name, "--password-stdin", stdin=PASSWORD + "\n")
    assert again.returncode == 1 and "already" in again.stderr
    with pytest.raises(operators.OperatorError, match="at least"):
        operators.add_operator(hub.engine, name + "x", "short")
    assert name in [op.name for op in operators.list_operators(hub.engine)]
    # The password is stored only as an Argon2id hash.
    with hub.engine.connect() as conn:
        stored = conn.execute(select(db.hub_meta.c.value).where(
            db.hub_meta.c.name == "operator:" + name)).scalar_one()
    assert PASSWORD not in stored and stored.count("argon2id") == 1

    browser = requests.Session()
    anonymous = browser.get(hub.base_url + "/dashboard", timeout=10, allow_redirects=False)
    assert anonymous.status_code == 303
    assert anonymous.headers["location"] == "/dashboard/login"
    wrong = _login(browser, hub, name, PASSWORD + "!")
    assert wrong.status_code == 401 and "Wrong operator name or password" in wrong.text
    # A login without the form's CSRF token (e.g. from another site) is refused.
    forged = requests.post(hub.base_url + "/dashboard/login", timeout=10,
                           data={"csrf": "x", "name": name, "password": PASSWORD})
    assert forged.status_code == 400
    ok = _login(browser, hub, name, PASSWORD)
    assert ok.status_code == 303
    cookie = ok.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    page = browser.get(hub.base_url + "/dashboard", timeout=10)
    assert page.status_code == 200 and f'id="operator">{name}<' in page.text
    assert "default-src 'none'" in page.headers["content-security-policy"]
    own = page.text.replace("http://www.w3.org/2000/svg", "")  # the SVG namespace name
    assert "http://" not in own and "https://" not in own  # nothing loaded from elsewhere
    # A session cookie edited by hand is not accepted.
    value = browser.cookies.get(operators.SESSION_COOKIE)
    assert value
    stolen = requests.Session()
    stolen.cookies.set(operators.SESSION_COOKIE, value[:-2] + "AA", path="/dashboard")
    assert stolen.get(hub.base_url + "/dashboard", timeout=10,
                      allow_redirects=False).status_code == 303
    # Sign out ends the session: the old cookie no longer opens the page.
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf
    out = browser.post(hub.base_url + "/dashboard/logout", data={"csrf": csrf.group(1)},
                       timeout=10, allow_redirects=False)
    assert out.status_code == 303
    replay = requests.Session()
    replay.cookies.set(operators.SESSION_COOKIE, value, path="/dashboard")
    assert replay.get(hub.base_url + "/dashboard", timeout=10,
                      allow_redirects=False).status_code == 303
    operators.remove_operator(hub.engine, name)
    assert _login(requests.Session(), hub, name, PASSWORD).status_code == 401


def test_wrong_operator_passwords_slow_down_and_a_right_one_resets(hub: HubProcess) -> None:
    operators.add_operator(hub.engine, "maya", PASSWORD, now=1_000)
    t = 2_000.0
    for _ in range(operators.FREE_ATTEMPTS):
        assert operators.verify_operator(hub.engine, "maya", "wrong guess", now=t) is None
    with pytest.raises(operators.OperatorLocked) as locked:
        # Refused before the password is even checked, right or wrong.
        operators.verify_operator(hub.engine, "maya", PASSWORD, now=t + 1)
    assert locked.value.retry_after > 0
    later = t + locked.value.retry_after + 2
    assert operators.verify_operator(hub.engine, "maya", "still wrong", now=later) is None
    with pytest.raises(operators.OperatorLocked):  # the wait grows
        operators.verify_operator(hub.engine, "maya", PASSWORD, now=later + 1)
    much_later = later + operators.MAX_WAIT_SECONDS + 1
    assert operators.verify_operator(hub.engine, "maya", PASSWORD, now=much_later) is not None
    # A success clears the count: the next wrong password is not locked out.
    assert operators.verify_operator(hub.engine, "maya", "oops", now=much_later + 1) is None
    assert operators.verify_operator(hub.engine, "maya", PASSWORD,
                                     now=much_later + 2) is not None
