"""The network's measurement framework: reading and refusing documents, the signature and the
pinned key, and each shipped measure against hand counts on a real store filled through the
services (forms filled, referrals sent and answered).

The agency runs on UTC; the month is October 2026; the threshold is 3 (the lowest allowed).
Hand counts, from ``filled`` below: 8 clients screened (c0 twice), 5 positive (c0–c4);
c0, c1, c2 referred to a food service within 30 days, c3 to a legal one; first services on
our referrals after 3, 10 and 1 days; 8 experience surveys, 7 answering "staff listened"
(4 always, 3 usually).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from collabdesk.domain import ClientInput
from collabdesk.events.hlc import encode
from collabdesk.forms.demo_forms import hvs_answers
from collabdesk.measures.compute import RawFigure, compute, publish
from collabdesk.measures.framework import MeasureError, changes, load_framework
from collabdesk.measures.signed import (
    SignedFramework,
    fingerprint,
    new_key_file,
    open_key_file,
    sign,
)
from collabdesk.measures.starting import EXPERIENCE_URL, FOOD_URL, starting_framework
from collabdesk.services.referrals import PartnerUpdate
from collabdesk.services.session import Session
from tests.core.conftest import Agency

MONTH = "2026-10"
NODE = "cd" * 8
PASSPHRASE = "network key passphrase"


def _signed(doc: dict[str, Any], key_pem: bytes) -> SignedFramework:
    return sign(json.dumps(doc).encode(), open_key_file(key_pem, PASSPHRASE))


@pytest.fixture(scope="module")
def key_pem() -> bytes:
    return new_key_file(PASSPHRASE)[0]


def _experience(code: str | None) -> dict[Any, list[dict[str, Any]]]:
    answers: dict[Any, list[dict[str, Any]]] = {("helped",): [{"valueCoding": {
        "system": "urn:collabdesk:network:frequency", "code": "always"}}]}
    if code:
        answers[("listened",)] = [{"valueCoding": {
            "system": "urn:collabdesk:network:frequency", "code": code}}]
    return answers


@dataclass
class Filled:
    session: Session
    agency: Agency


@pytest.fixture
def filled(agency: Agency, admin: Session, key_pem: bytes) -> Filled:
    import random
    s, clock = admin, agency.clock
    s.update_settings(timezone="UTC", suppression_threshold=3)
    assert s.measures.receive(_signed(starting_framework(), key_pem))
    forms = {f.url: f.id for f in s.forms.list_forms()}
    food = s.directory.add_service(s.directory.add_partner("Food Bank").id, "Pantry",
                                   domains=("food",))
    legal = s.directory.add_service(s.directory.add_partner("Legal Aid").id, "Advice",
                                    domains=("legal",))
    rng = random.Random(4)
    cases = []
    for n in range(8):
        client = s.clients.intake(ClientInput(f"Client{n}", "Tester"), confirmed_new=True)
        s.consents.record(client.id, scope=("name",))
        cases.append(s.cases.open_case(client.id, "Support").id)
    clock.now = dt.datetime(2026, 10, 16, 10, tzinfo=dt.UTC)
    for n, case_id in enumerate(cases):
        s.forms.save(forms[FOOD_URL], hvs_answers(n < 5, rng), case_id=case_id, complete=True)
    s.forms.save(forms[FOOD_URL], hvs_answers(True, rng), case_id=cases[0], complete=True)
    sent = {}
    for n, (service, days_to_service, status) in enumerate(
            ((food, 3, "service_started"), (food, 10, "completed"), (food, 1, None),
             (legal, None, None))):
        clock.now = dt.datetime(2026, 10, 16 + (n == 2), 11, tzinfo=dt.UTC)
        sent[n] = (s.referrals.send(cases[n], service.id, reason="Food", fields=("name",)),
                   clock.now, days_to_service, status or "service_started")
    clock.now = dt.datetime(2026, 10, 17, 12, tzinfo=dt.UTC)
    for n, code in enumerate(("always",) * 4 + ("usually",) * 3 + (None,)):
        s.forms.save(forms[EXPERIENCE_URL], _experience(code), case_id=cases[n], complete=True)
    updates = sorted([(sent_at + dt.timedelta(hours=12), ref, "accepted")
                      for ref, sent_at, days, _ in sent.values() if days is not None]
                     + [(sent_at + dt.timedelta(days=days), ref, status)
                        for ref, sent_at, days, status in sent.values() if days is not None],
                     key=lambda u: u[0])
    for at, ref, status in updates:
        clock.now = at
        s.referrals.record_partner_update(PartnerUpdate(
            update_id=f"{ref.id}-{status}", referral_id=ref.id, to_status=status, reason="",
            at=at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            hlc=encode(int(at.timestamp() * 1000), 0, NODE), device="partner-device-0001"))
    # A draft and a November screen do not count in October.
    s.forms.save(forms[FOOD_URL], hvs_answers(True, rng), case_id=cases[6])
    clock.now = dt.datetime(2026, 11, 30, 10, tzinfo=dt.UTC)
    s.forms.save(forms[FOOD_URL], hvs_answers(True, rng), case_id=cases[7], complete=True)
    return Filled(s, agency)


def test_each_shipped_measure_matches_the_hand_count(filled: Filled) -> None:
    framework = filled.session.measures.framework()
    assert framework is not None and framework.version == 1
    raw = {r.measure: r for r in compute(filled.session, framework, MONTH)}
    assert (raw["food_screened"].numerator, raw["food_screened"].value) == (8, 8.0)
    assert (raw["food_positive_share"].numerator, raw["food_positive_share"].denominator) == (5, 8)
    assert (raw["food_linkage_30d"].numerator, raw["food_linkage_30d"].denominator) == (3, 5)
    assert (raw["referral_to_service_days"].value, raw["referral_to_service_days"].n) == (3.0, 3)
    assert (raw["staff_listened_always"].numerator,
            raw["staff_listened_always"].denominator) == (4, 7)


def test_published_figures_follow_the_summary_suppression_and_record_the_version(
        filled: Filled) -> None:
    published = filled.session.measures.figures(MONTH)
    assert (published.framework_version, published.threshold) == (1, 3)
    f = {x.measure: x for x in published.figures}
    assert (f["food_screened"].status, f["food_screened"].value) == ("shown", 8.0)
    assert f["food_positive_share"].value == pytest.approx(5 / 8)
    # 3 of 5: the 2 not referred are a small count, so the share would reveal it.
    assert (f["food_linkage_30d"].status, f["food_linkage_30d"].value) == ("withheld", None)
    assert (f["referral_to_service_days"].value, f["referral_to_service_days"].n) == (3.0, 3)
    assert (f["staff_listened_always"].numerator, f["staff_listened_always"].denominator) == (
        4, 7)
    assert published.to_dict()["framework_version"] == 1
    # An empty month: nothing to divide by is "no figure", never 0%.
    empty = {x.measure: x for x in filled.session.measures.figures("2026-08").figures}
    assert (empty["food_positive_share"].status, empty["food_positive_share"].reason) == (
        "none", "measures.zero-denominator")
    assert empty["food_screened"].status == "shown" and empty["food_screened"].value == 0


def test_small_counts_are_withheld() -> None:
    framework = load_framework(starting_framework())
    raw = [RawFigure("food_screened", "count", 2, None, 2.0, 2),
           RawFigure("food_positive_share", "proportion", 4, 4, 1.0, 4),
           RawFigure("referral_to_service_days", "median", None, None, 4.0, 4)]
    out = {f.measure: f for f in publish(framework, MONTH, raw, 5).figures}
    assert {k: v.status for k, v in out.items()} == {
        "food_screened": "withheld", "food_positive_share": "withheld",
        "referral_to_service_days": "withheld"}


def test_a_measure_added_later_is_back_filled_and_the_admin_sees_what_changed(
        filled: Filled, key_pem: bytes) -> None:
    s = filled.session
    v2 = starting_framework(2)
    v2["measures"].append({
        "id": "food_needs", "kind": "count", "title": "Food needs identified",
        "population": {"records": "needs", "domains": ["food"]}})
    v2["measures"][0]["title"] = "Clients screened for food (changed)"
    found = s.measures.receive(_signed(v2, key_pem))
    assert {(c.id, c.change) for c in found} == {("food_needs", "added"),
                                                 ("food_screened", "changed")}
    overview = s.measures.overview()
    assert overview.previous_version == 1 and overview.framework is not None
    assert overview.fingerprint == fingerprint(SignedFramework.from_json(
        json.loads(s.store.get_meta("measures_framework") or "")).public_key)
    # September is computed from the records as they are (back-filled).
    sept = s.measures.figures("2026-09")
    assert sept.framework_version == 2 and sept.figure("food_needs").status == "shown"
    with pytest.raises(MeasureError) as err:
        s.measures.receive(_signed(starting_framework(1), key_pem))
    assert err.value.code == "measures.older-version"
    assert s.measures.receive(_signed(v2, key_pem)) == []  # the same one again: nothing


def test_a_framework_signed_wrongly_or_by_another_key_is_refused(
        admin: Session, key_pem: bytes) -> None:
    doc = json.dumps(starting_framework()).encode()
    good = _signed(starting_framework(), key_pem)
    tampered = SignedFramework(doc.replace(b"Example", b"Exampla"), good.signature,
                               good.public_key)
    with pytest.raises(MeasureError) as err:
        admin.measures.receive(tampered)
    assert err.value.code == "measures.bad-signature"
    assert admin.measures.framework() is None
    with pytest.raises(MeasureError) as err:
        SignedFramework.from_json({"document": "e30="})
    assert err.value.code == "measures.unsigned"
    admin.measures.receive(good)
    other = open_key_file(new_key_file(PASSPHRASE)[0], PASSPHRASE)
    with pytest.raises(MeasureError) as err:
        admin.measures.receive(sign(json.dumps(starting_framework(2)).encode(), other))
    assert err.value.code == "measures.key-changed"
    assert "was refused" in str(err.value)
    with pytest.raises(MeasureError) as err:
        open_key_file(key_pem, "not the passphrase")
    assert err.value.code == "measures.wrong-key-passphrase"


def _broken(change: Callable[[dict[str, Any]], None]) -> str:
    doc = copy.deepcopy(starting_framework())
    change(doc)
    with pytest.raises(MeasureError) as err:
        load_framework(doc)
    assert str(err.value) and not str(err.value).startswith("measures.")
    return err.value.code


def test_bad_frameworks_are_refused_with_a_coded_message() -> None:
    def unknown_form(d: dict[str, Any]) -> None:
        d["measures"][0]["population"]["form"] = "urn:nowhere"

    def unknown_item(d: dict[str, Any]) -> None:
        d["measures"][1]["numerator"]["where"] = (
            "%resource.item.where(linkId = 'hungry').answer.exists()")

    def bad_expression(d: dict[str, Any]) -> None:
        d["measures"][1]["numerator"]["where"] = "%resource.item.where(("

    def bad_kind(d: dict[str, Any]) -> None:
        d["measures"][0]["kind"] = "average"

    def duplicate(d: dict[str, Any]) -> None:
        d["measures"].append(d["measures"][0])

    def unknown_field(d: dict[str, Any]) -> None:
        d["measures"][0]["population"]["colour"] = "red"

    def bad_domain(d: dict[str, Any]) -> None:
        d["measures"][2]["numerator"]["followed_by"]["domains"] = ["groceries"]

    assert _broken(unknown_form) == "measures.unknown-form"
    assert _broken(unknown_item) == "measures.unknown-item"
    assert _broken(bad_expression) == "measures.bad-expression"
    assert _broken(bad_kind) == "measures.bad-kind"
    assert _broken(duplicate) == "measures.duplicate-id"
    assert _broken(unknown_field) == "measures.unknown-field"
    assert _broken(bad_domain) == "measures.bad-domain"
    with pytest.raises(MeasureError) as err:
        load_framework(b"{not json")
    assert err.value.code == "measures.malformed"


def test_changes_between_versions() -> None:
    v1 = load_framework(starting_framework())
    doc = starting_framework(2)
    del doc["measures"][4]
    doc["forms"][1]["questionnaire"]["version"] = "2"
    found = {(c.what, c.id, c.change) for c in changes(v1, load_framework(doc))}
    assert found == {("measure", "staff_listened_always", "removed"),
                     ("form", EXPERIENCE_URL, "changed")}


def _queued_measures(s: Session) -> list[dict[str, Any]]:
    rows = s.store.query("SELECT payload FROM sync_outbox WHERE kind = 'summary' "
                         "ORDER BY created_at, rowid")
    return [json.loads(r[0])["summary"]["measures"] for r in rows]


def test_a_month_submitted_under_v1_stays_v1_unless_resubmitted_under_v2_on_purpose(
        filled: Filled, key_pem: bytes) -> None:
    s = filled.session
    s.reports.submit(s.reports.summary(MONTH), s.measures.figures(MONTH))
    v2 = starting_framework(2)
    del v2["measures"][4]
    s.measures.receive(_signed(v2, key_pem))
    filled.agency.clock.advance(minutes=5)
    s.reports.submit(s.reports.summary(MONTH), s.measures.figures(MONTH))
    filled.agency.clock.advance(minutes=5)
    s.reports.submit(s.reports.summary(MONTH), s.measures.figures(MONTH), new_framework=True)
    first, again, upgraded = _queued_measures(s)
    assert first["framework_version"] == again["framework_version"] == 1
    assert again == first  # exactly as it left
    assert upgraded["framework_version"] == 2
    assert "staff_listened_always" not in {f["id"] for f in upgraded["figures"]}
    # What leaves holds figures only: no client, no answer.
    text = json.dumps(upgraded)
    assert "Client0" not in text and "LA28397-0" not in text
