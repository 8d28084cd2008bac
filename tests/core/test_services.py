"""Use cases end to end on a real encrypted store: intake, referrals, directory, conflicts."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from collabdesk.domain import ClientInput
from collabdesk.errors import (
    ConsentRequired,
    ImportFailed,
    InvalidTransition,
    ValidationError,
)
from collabdesk.events.heads import decode_heads
from collabdesk.events.hlc import decode, encode
from collabdesk.events.projection import Event
from collabdesk.services import clients as clients_module
from collabdesk.services.clients import PossibleDuplicates
from collabdesk.services.referrals import IncomingReferral, PartnerUpdate
from collabdesk.services.session import Session
from tests.core.conftest import START, Agency

HSDS = Path(__file__).resolve().parents[2] / "resources" / "demo" / "hsds-3.0" / "examples"


def _client(session: Session, given: str = "Fatima", family: str = "Haddad",
            phone: str = "+44 20 7946 0958") -> str:
    return session.clients.intake(ClientInput(given, family, dob=dt.date(1988, 7, 3),
                                              phone=phone), confirmed_new=True).id


def _hlc(node: str, minutes: int = 0, counter: int = 0) -> str:
    """Another device's HLC, ``minutes`` after the tests' start time."""
    return encode(int(START.timestamp() * 1000) + minutes * 60_000, counter, node * 16)


def _later(hlc: str, node: str, ms: int = 1000) -> str:
    """An HLC from another device ``ms`` after ``hlc``."""
    return encode(decode(hlc)[0] + ms, 5, node * 16)


# -- intake and search ------------------------------------------------------------------------

def test_intake_flags_a_likely_duplicate_with_reasons(admin: Session) -> None:
    _client(admin)
    with pytest.raises(PossibleDuplicates) as info:
        admin.clients.intake(ClientInput("Fatma", "Hadad", dob=dt.date(1988, 3, 7),
                                         phone="020 7946 0958"))
    reasons = " ".join(info.value.candidates[0].reasons).lower()
    assert "phone" in reasons and ("swapped" in reasons or "birth" in reasons)
    assert admin.clients.count() == 1  # nothing was saved
    admin.clients.intake(ClientInput("Fatma", "Hadad"), confirmed_new=True)
    assert admin.clients.count() == 2


def test_intake_validates_field_by_field(admin: Session) -> None:
    with pytest.raises(ValidationError) as info:
        admin.clients.intake(ClientInput("", "", dob=dt.date(2030, 1, 1), email="nope",
                                         phone="12"))
    assert set(info.value.fields) == {"given_name", "dob", "email", "phone"}


def test_search_by_prefix_phone_date_and_misspelling(admin: Session) -> None:
    fatima = _client(admin)
    _client(admin, "Frank", "Hadley", phone="555 010 2233")
    assert [h.id for h in admin.clients.search("fat had")] == [fatima]
    assert [h.id for h in admin.clients.search("7946")] == [fatima]
    assert fatima in [h.id for h in admin.clients.search("03/07/1988")]
    assert fatima in [h.id for h in admin.clients.search("Fatimah Hadad")]


def test_a_common_prefix_walks_the_name_index_with_the_same_results(
        admin: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    # Forty clients whose names share "ma"; a limit of 10 keeps the first in name order.
    for i in range(40):
        admin.clients.intake(ClientInput(f"Ma{chr(97 + i % 26)}{i}", f"Mar{39 - i:02d}",
                                         phone=f"555 01{i:02d} 00"), confirmed_new=True)
    _client(admin, "Zed", "Mason")

    statements: list[str] = []
    admin.store.conn.set_trace_callback(statements.append)

    def search(text: str) -> list[tuple[str, str]]:
        return [(h.family_name, h.given_name) for h in admin.clients.search(text, limit=10)]

    def walked() -> bool:
        found = any("INDEXED BY clients_by_name" in s for s in statements)
        statements.clear()
        return found

    sorted_first = search("ma")  # 41 matches: read them all and sort (the usual way)
    narrower = search("mar1")
    assert not walked()
    monkeypatch.setattr(clients_module, "_MANY_MATCHES", 5)
    assert search("ma") == sorted_first == sorted(sorted_first)
    assert walked()
    assert sorted_first[0] == ("Mar00", sorted_first[0][1]) and len(sorted_first) == 10
    assert search("mar1") == narrower
    assert search("zed ma") == [("Mason", "Zed")]
    admin.store.conn.set_trace_callback(None)


def test_search_sees_a_remote_edit(admin: Session) -> None:
    fatima = _client(admin)
    heads = decode_heads(admin.store.query("SELECT _heads FROM clients")[0][0], "client")
    with admin.store.transaction() as conn:
        admin.log.apply_remote(conn, [Event(
            id="x" * 32, hlc=_later(heads["family_name"][0], "b"), device="b" * 32, user_id=None,
            entity="client", entity_id=fatima, op="update",
            data={"fields": {"family_name": "Nasser"}, "base": {"family_name":
                                                                heads["family_name"]}})])
    assert [h.id for h in admin.clients.search("nasser")] == [fatima]
    assert admin.clients.search("haddad") == []


# -- referrals ----------------------------------------------------------------------------------

@pytest.fixture
def referral_setup(admin: Session) -> tuple[Session, str, str, str]:
    client = _client(admin)
    case = admin.cases.open_case(client, "Housing", needs=(("housing", "high", "Evicted"),))
    partner = admin.directory.add_partner("Legal Aid North", hub_agency_id="b" * 32)
    service = admin.directory.add_service(partner.id, "Tenancy advice", domains=("legal",))
    return admin, case.id, service.id, partner.id


def test_referral_needs_consent_covering_every_shared_field(referral_setup) -> None:
    s, case_id, service_id, partner_id = referral_setup
    client_id = s.cases.summary(case_id).client_id
    with pytest.raises(ConsentRequired, match="no current consent"):
        s.referrals.send(case_id, service_id, reason="Eviction", fields=("name", "phone"))
    s.consents.record(client_id, scope=("name",), recipient=partner_id)
    with pytest.raises(ConsentRequired, match="phone"):
        s.referrals.send(case_id, service_id, reason="Eviction", fields=("name", "phone"))
    s.consents.record(client_id, scope=("name", "phone", "needs"), recipient=partner_id)
    referral = s.referrals.send(case_id, service_id, reason="Eviction",
                                fields=("name", "phone", "needs"))
    assert referral.status == "sent"
    assert referral.shared == {"given_name": "Fatima", "family_name": "Haddad",
                               "phone": "+44 20 7946 0958",
                               "needs": [{"domain": "housing", "severity": "high"}]}
    assert "dob" not in json.dumps(referral.shared)


def test_withdrawn_or_expired_consent_does_not_cover(referral_setup, agency: Agency) -> None:
    s, case_id, service_id, partner_id = referral_setup
    client_id = s.cases.summary(case_id).client_id
    consent = s.consents.record(client_id, scope=("name",), recipient=partner_id)
    s.consents.withdraw(consent.id)
    with pytest.raises(ConsentRequired):
        s.referrals.send(case_id, service_id, reason="x", fields=("name",))
    s.consents.record(client_id, scope=("name",), expires_on=dt.date(2026, 10, 20))
    s.referrals.send(case_id, service_id, reason="x", fields=("name",))
    agency.clock.advance(days=10)
    with pytest.raises(ConsentRequired):
        s.referrals.send(case_id, service_id, reason="y", fields=("name",))


def test_partner_answers_close_the_loop_and_impossible_ones_wait_for_review(
        referral_setup) -> None:
    s, case_id, service_id, _ = referral_setup
    s.consents.record(s.cases.summary(case_id).client_id, scope=("name",))
    referral = s.referrals.send(case_id, service_id, reason="Eviction", fields=("name",))

    def update(n: int, to: str) -> None:
        s.referrals.record_partner_update(PartnerUpdate(
            update_id=f"u{n}", referral_id=referral.id, to_status=to, reason="",
            at=f"2026-10-1{n}T10:00:00Z", hlc=f"{n:012x}0000" + "b" * 16, device="b" * 32))

    update(1, "received")
    update(2, "accepted")
    update(2, "accepted")  # re-import of the same message is a no-op
    update(3, "service_started")
    update(4, "received")  # impossible after service started: kept for review, not applied
    got = s.referrals.get(referral.id)
    assert got.status == "service_started"
    assert [h.to_status for h in got.history] == ["received", "accepted", "service_started",
                                                  "received"]
    assert [h.outcome for h in got.history][-1] == "rejected"
    items = s.conflicts.items()
    assert [(i.kind, i.entity, i.versions[0].value) for i in items] == [
        ("rejected", "referral", "received")]
    s.conflicts.review_transition(items[0].versions[0].event_id, reapply=False)
    assert s.conflicts.items() == []


def test_incoming_referral_is_accepted_into_a_new_case(admin: Session) -> None:
    incoming = IncomingReferral(
        referral_id="f" * 32, from_agency_id="c" * 32, from_agency_name="Eastside Clinic",
        service_name="Food parcel", domain="food", reason="No food at home", urgency="soon",
        shared={"given_name": "Ibrahim", "family_name": "Sow"},
        sent_at="2026-10-14T10:00:00Z", due_at="2026-10-28", hlc=_hlc("c", -60),
        device="c" * 32)
    first = admin.referrals.receive(incoming)
    again = admin.referrals.receive(incoming)  # the sibling laptop imports the same message
    assert first == again and first.status == "received" and first.partner_name == "Eastside Clinic"
    assert len(admin.referrals.list_referrals("incoming")) == 1
    with pytest.raises(ValidationError):
        admin.referrals.decline(first.id, "  ")
    accepted = admin.referrals.accept(first.id, new_client=ClientInput("Ibrahim", "Sow"))
    assert accepted.status == "accepted" and accepted.case_id and accepted.client_id
    with pytest.raises(InvalidTransition):
        admin.referrals.decline(first.id, "Too late")
    admin.referrals.start_service(first.id)
    assert admin.referrals.complete(first.id).status == "completed"


# -- directory ----------------------------------------------------------------------------------

def test_hsds_import_is_all_or_nothing_and_reimport_updates(admin: Session,
                                                            tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    shutil.copytree(HSDS / "csv", package)
    summary = admin.directory.import_hsds(package)
    assert summary.partners_added >= 1 and summary.services_added >= 1
    assert admin.directory.import_hsds(package).services_added == 0  # matched by HSDS id
    broken = tmp_path / "broken"
    shutil.copytree(HSDS / "csv", broken)
    text = (broken / "services.csv").read_text(encoding="utf-8").splitlines()
    header = text[0].split(",")
    row = text[1].split(",")
    row[header.index("name")] = ""
    (broken / "services.csv").write_text("\n".join([text[0], ",".join(row), *text[2:]]) + "\n",
                                         encoding="utf-8")
    before = admin.store.query("SELECT count(*) FROM events")[0][0]
    with pytest.raises(ImportFailed, match=r"services\.csv") as info:
        admin.directory.import_hsds(broken)
    assert info.value.row == 2 and info.value.column == "name"
    assert admin.store.query("SELECT count(*) FROM events")[0][0] == before


# -- conflicts ----------------------------------------------------------------------------------

def test_concurrent_edit_from_another_laptop_is_queued_and_resolved(admin: Session) -> None:
    client_id = _client(admin)
    heads = decode_heads(admin.store.query("SELECT _heads FROM clients")[0][0], "client")
    admin.clients.update(client_id, ClientInput("Fatima", "Haddad-Khan",
                                                 dob=dt.date(1988, 7, 3),
                                                 phone="+44 20 7946 0958"))
    with admin.store.transaction() as conn:  # the other laptop edited over the same version
        admin.log.apply_remote(conn, [Event(
            id="y" * 32, hlc=_later(heads["family_name"][0], "d", ms=0),
            device="d" * 32, user_id=None, entity="client", entity_id=client_id, op="update",
            data={"fields": {"family_name": "Haddad Khan"},
                  "base": {"family_name": heads["family_name"]}})])
    [item] = admin.conflicts.items()
    assert item.kind == "field" and item.field == "family_name"
    assert sorted(v.value for v in item.versions) == ["Haddad Khan", "Haddad-Khan"]
    admin.conflicts.resolve_field("client", client_id, "family_name", "Haddad-Khan")
    assert admin.conflicts.items() == []
    assert admin.clients.get(client_id).family_name == "Haddad-Khan"


def test_match_keys_are_rebuilt_when_the_matching_rules_change(admin: Session,
                                                               agency: Agency) -> None:
    from collabdesk.services import clients, matching

    fatima = _client(admin)
    with admin.store.transaction() as conn:
        conn.execute("INSERT INTO client_keys(client_keys) VALUES ('delete-all')")
        conn.execute("UPDATE meta SET value = 'old' WHERE key = 'match_keys_version'")
    admin.close()
    session = agency.sign_in("admin")
    try:
        assert session.store.get_meta("match_keys_version") == str(
            matching.BLOCKING_KEYS_VERSION)
        assert clients.ensure_index(session.store) == 0
        dup = session.clients.find_duplicates(ClientInput("Fatima", "Haddad",
                                                          dob=dt.date(1988, 7, 3)))
        assert [c.client.id for c in dup] == [fatima]
    finally:
        session.close()


def test_a_partner_message_cannot_rewrite_or_decide_someone_elses_referral(
        referral_setup) -> None:
    s, case_id, service_id, _ = referral_setup
    s.consents.record(s.cases.summary(case_id).client_id, scope=("name",))
    ours = s.referrals.send(case_id, service_id, reason="Eviction", fields=("name",))
    forged = IncomingReferral(
        referral_id=ours.id, from_agency_id="b" * 32, from_agency_name="Legal Aid North",
        service_name="x", domain="legal", reason="rewritten", urgency="routine", shared={},
        sent_at="2026-10-16T10:00:00Z", due_at=None, hlc=_hlc("b", 60),
        device="b" * 32)
    with pytest.raises(ValidationError, match="already in use"):
        s.referrals.receive(forged)
    assert s.referrals.get(ours.id).direction == "outgoing"
    assert s.referrals.get(ours.id).reason == "Eviction"
    theirs = s.referrals.receive(IncomingReferral(
        referral_id="9" * 32, from_agency_id="c" * 32, from_agency_name="Eastside Clinic",
        service_name="Food", domain="food", reason="r", urgency="routine", shared={},
        sent_at="2026-10-14T10:00:00Z", due_at=None, hlc=_hlc("c", -60),
        device="c" * 32))
    with pytest.raises(ValidationError, match="only withdrawing"):
        s.referrals.record_partner_update(PartnerUpdate(
            update_id="u9", referral_id=theirs.id, to_status="accepted", reason="",
            at="2026-10-15T10:00:00Z", hlc=_hlc("c", 30), device="c" * 32))
    withdrawn = s.referrals.record_partner_update(PartnerUpdate(
        update_id="u10", referral_id=theirs.id, to_status="closed", reason="moved away",
        at="2026-10-15T10:00:00Z", hlc=_hlc("c", 30, 1), device="c" * 32))
    assert withdrawn.status == "closed"


def test_case_history_holds_the_case_its_records_and_its_client_but_no_other_case(
        admin: Session) -> None:
    client_id = _client(admin)
    case = admin.cases.open_case(client_id, "Housing")
    other = admin.cases.open_case(client_id, "Food")
    admin.cases.add_need(case.id, "housing")
    admin.cases.record_service(case.id, "counselling")
    admin.cases.add_note(case.id, "Called the landlord")
    admin.cases.add_attachment(case.id, "lease.pdf", b"%PDF lease")
    admin.tasks.create("Follow up", case_id=case.id)
    admin.consents.record(client_id, scope=("name",))
    admin.cases.add_note(other.id, "Food parcel collected")
    history = admin.cases.history(case.id)
    kinds = {h.entity for h in history}
    assert kinds == {"case", "client", "need", "service", "note", "attachment", "task",
                     "consent"}
    notes = [h for h in history if h.entity == "note"]
    assert len(notes) == 1  # the other case's note is not part of this one
    assert other.id not in {h.entity_id for h in history}
    assert [h.at for h in history] == sorted((h.at for h in history), reverse=True)


# -- projection hooks -------------------------------------------------------------------------

_HOOKS_SCRIPT = """
import os, sys, time
from pathlib import Path
from collabdesk.domain import UserInfo
from collabdesk.events import projection
from collabdesk.events.hlc import encode
from collabdesk.events.log import EventLog, new_id
from collabdesk.events.projection import Event
from collabdesk.services.session import Session
from collabdesk.store.db import Store

loaded = 'collabdesk.services.clients' in sys.modules
before = len(projection._change_hooks.get('client', []))
store = Store.create(Path(sys.argv[1]), os.urandom(32))
log = EventLog(store)
user = UserInfo('u1', 'admin', 'Admin', frozenset({'admin'}))
Session(store, log, user)
Session(store, log, user)  # a second session (another sign-in) installs nothing more
after = len(projection._change_hooks.get('client', []))
remote = Event(new_id(), encode(int(time.time() * 1000), 0, 'b' * 16), 'b' * 32, 'u2', 'client',
               'c1', 'create', {'fields': {'given_name': 'Zainab', 'family_name': 'Okafor'}})
with store.transaction() as conn:
    log.apply_remote(conn, [remote])
found = store.query("SELECT count(*) FROM clients_fts WHERE clients_fts MATCH 'okafor'")[0][0]
print(loaded, before, after, found)
"""


def test_opening_a_session_installs_the_search_index_hook_exactly_once(
        tmp_path: Path) -> None:
    # A fresh interpreter: nothing imported the services' modules for their side effects, so
    # only the session's explicit installation can make a remote client searchable.
    done = subprocess.run([sys.executable, "-c", _HOOKS_SCRIPT, str(tmp_path / "store.db")],
                          capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "0", "1", "1"]
