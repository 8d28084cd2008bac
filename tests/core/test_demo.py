"""The demo store: built through the real services, complete, consistent and reproducible."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from collabdesk.demo import AGENCY_NAME, DemoInfo, build_demo
from collabdesk.demo_content import DEMO_USERS
from collabdesk.domain import REFERRAL_STATUSES, ClientInput
from collabdesk.errors import PermissionDenied, WrongPassphrase
from collabdesk.services import audit
from collabdesk.services.session import Session
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace

TODAY = dt.date(2026, 3, 16)
CLIENTS = 40


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoInfo:
    return build_demo(tmp_path_factory.mktemp("demo") / "store", clients=CLIENTS, today=TODAY)


def test_demo_users_sign_in_with_the_published_passphrases(demo: DemoInfo) -> None:
    ws = Workspace(demo.data_dir)
    assert sorted(ws.usernames()) == sorted(u.username for u in DEMO_USERS)
    assert demo.kdf == KdfParams.FLOOR
    for user in demo.users:
        session = ws.sign_in(user.username, user.passphrase)
        try:
            assert session.user.roles == frozenset(user.roles)
            assert session.settings() is not None
            if "worker" in user.roles:
                # A worker sees cases but not the conflict queue or user management.
                assert session.cases.list_cases()
                with pytest.raises(PermissionDenied):
                    session.conflicts.items()
        finally:
            session.close()
    with pytest.raises(WrongPassphrase):
        ws.sign_in("maria", "not her passphrase")


def test_demo_content_covers_every_state(demo: DemoInfo) -> None:
    counts = demo.counts
    assert counts["clients"] == CLIENTS
    for status in ("open", "on_hold", "closed"):
        assert counts[f"cases_{status}"] > 0, status
    assert counts["cases_reopened"] > 0
    for state in REFERRAL_STATUSES:
        assert counts.get(f"referrals_out_{state}", 0) > 0, state
    for state in ("received", "accepted", "declined"):
        assert counts.get(f"referrals_in_{state}", 0) > 0, state
    assert counts["tasks_overdue"] > 0 and counts["tasks_due_today"] > 0
    assert counts["consents_withdrawn"] > 0 and counts["consents_expired"] > 0
    assert 0 < counts["notes_sensitive"] < counts["notes"]
    assert counts["conflicts"] >= 2
    # The HSDS sample's organisation next to the six local partners.
    assert counts["partners"] >= 7


def test_demo_store_reads_like_a_real_one(demo: DemoInfo) -> None:
    ws = Workspace(demo.data_dir)
    session = ws.sign_in("grace", demo.passphrase("grace"))
    try:
        store = session.store
        with store.read() as conn:
            assert audit.verify(conn) == []
            agency = conn.execute("SELECT name FROM agency").fetchone()[0]
            # History spans about 14 months, ending before today.
            first, last = conn.execute(
                "SELECT min(created_at), max(created_at) FROM clients").fetchone()
            dup_audits = conn.execute(
                "SELECT count(*) FROM audit WHERE action = 'client.create' AND "
                "detail LIKE '%\"confirmed_new\": true%'").fetchone()[0]
        assert store.integrity_problems() == []
        assert agency == AGENCY_NAME
        assert dt.date.fromisoformat(first[:10]) < TODAY - dt.timedelta(days=300)
        assert dt.date.fromisoformat(last[:10]) < TODAY
        # The deliberate near-duplicates were flagged at intake and confirmed by a worker.
        assert dup_audits >= 5
        for variant, original in (("Bob Johnson", "Robert"), ("Kathrine Murphy", "Katherine"),
                                  ("Paco Hernandez", "Francisco")):
            candidates = session.clients.find_duplicates(_as_input(session, variant))
            assert any(c.client.given_name == original for c in candidates), variant

        kinds = {item.kind for item in session.conflicts.items()}
        assert kinds == {"field", "rejected", "concurrent"}

        # Every outgoing referral's status came from its partner's (or our) history, and no
        # partner update was refused by the state machine.
        for referral in session.referrals.list_referrals("outgoing"):
            if referral.status == "sent":
                assert referral.history == ()
                continue
            assert referral.history[-1].to_status == referral.status
            assert {h.outcome for h in referral.history} == {"applied"}
        assert session.referrals.list_referrals("incoming", statuses=("received",))
        assert session.tasks.overdue(everyone=True)
    finally:
        session.close()


def _as_input(session: Session, full_name: str) -> ClientInput:
    given = full_name.split()[0]
    hit = next(h for h in session.clients.search(full_name) if h.given_name == given)
    client = session.clients.get(hit.id, audit=False)
    return ClientInput(client.given_name, client.family_name, dob=client.dob,
                       estimated_birth_year=client.estimated_birth_year, phone=client.phone)


def test_same_seed_same_content(demo: DemoInfo, tmp_path: Path) -> None:
    again = build_demo(tmp_path / "again", clients=CLIENTS, today=TODAY)
    assert again.client_names == demo.client_names
    assert again.counts == demo.counts
    other = build_demo(tmp_path / "other", clients=CLIENTS, today=TODAY, seed=8)
    assert other.client_names != demo.client_names


def test_refuses_an_existing_store_and_tiny_demos(demo: DemoInfo, tmp_path: Path) -> None:
    from collabdesk.errors import StoreError

    with pytest.raises(StoreError):
        build_demo(demo.data_dir, clients=CLIENTS, today=TODAY)
    with pytest.raises(ValueError):
        build_demo(tmp_path / "tiny", clients=5)
