"""The network dashboard in a real headless browser, fed by real laptops through a real hub.

Two agencies record work on their laptops (real SQLCipher stores), preview their month,
submit it (queued in the outbox) and sync through the engine to a hub process of their own.
An operator signs in with Chromium driven by selenium; every figure the page shows for each
agency, the network totals and the referral flow between the two must equal what the
agencies submitted. A wrong password is refused, a signed-out browser is sent to sign-in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select

from collabdesk.domain import ClientInput
from collabdesk.reports.published import PublishedSummary
from collabdesk.services.reports import ReportService
from collabdesk.sync.hub import dashboard_html, operators
from collabdesk.sync.hub import db as hub_db
from tests.e2e import browser
from tests.e2e.conftest import Laptop, Network, create_agency
from tests.support.required import unavailable
from tests.sync.hub.conftest import HubProcess, start_hub, stop_hub

OPERATOR, PASSWORD = "backbone-staff", "network dashboard passphrase"


@dataclass
class Submitted:
    hub: HubProcess
    a_id: str
    b_id: str
    month: str
    a: PublishedSummary
    b: PublishedSummary


def _intake(laptop: Laptop, given: str) -> tuple[str, str]:
    client = laptop.session.clients.intake(
        ClientInput(given, "Mensah", dob=dt.date(1984, 5, 6)), confirmed_new=True)
    case = laptop.session.cases.open_case(client.id, f"Support for {given}")
    return client.id, case.id


def _refer(laptop: Laptop, partner_id: str, service_id: str, given: str) -> None:
    s = laptop.session
    client_id, case_id = _intake(laptop, given)
    s.consents.record(client_id, scope=("name",), recipient=partner_id)
    s.referrals.send(case_id, service_id, reason="needs food", fields=("name",))


def _submit(laptop: Laptop, month: str) -> PublishedSummary:
    reports = ReportService(laptop.session)
    published = reports.summary(month)
    queued = reports.submit(published)
    assert [q.state for q in reports.submissions(month) if q.id == queued.id] == ["waiting"]
    report = laptop.sync()
    assert report.summaries_sent == 1
    assert reports.submissions(month)[0].state == "sent"
    return published


@pytest.fixture(scope="module")
def submitted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Submitted]:
    tmp = tmp_path_factory.mktemp("dashboard")
    hub = start_hub(tmp, f"sqlite:///{tmp / 'hub.sqlite3'}")
    net = Network(hub, tmp)
    try:
        operators.add_operator(hub.engine, OPERATOR, PASSWORD)
        a_id = create_agency(hub, "Riverside Family Services")
        b_id = create_agency(hub, "Hillside Food Bank")
        a = net.first_laptop("A1", a_id, "Riverside Family Services", "ana")
        b = net.first_laptop("B1", b_id, "Hillside Food Bank", "bea")
        s = a.session
        partner = s.directory.add_partner("Hillside Food Bank", hub_agency_id=b_id)
        service = s.directory.add_service(partner.id, "Emergency food parcels",
                                          domains=("food",))
        for i in range(6):
            _refer(a, partner.id, service.id, f"Kofi{i}")
        for i in range(3):
            _intake(b, f"Ama{i}")
        month = s.now().astimezone(s.tz()).strftime("%Y-%m")
        # A first version, then a resubmission after more work: the later one is current.
        _submit(a, month)
        _intake(a, "Yaw")
        published_a = _submit(a, month)
        published_b = _submit(b, month)
        yield Submitted(hub, a_id, b_id, month, published_a, published_b)
    finally:
        net.close()
        stop_hub(hub)


@pytest.fixture(scope="module")
def chrome(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    found = browser.chromium()
    if isinstance(found, str):
        unavailable(found)
    driver = browser.driver(found, tmp_path_factory.mktemp("chrome-profile"))
    try:
        yield driver
    finally:
        driver.quit()


def _sign_in(chrome: Any, base: str, password: str) -> None:
    from selenium.webdriver.common.by import By

    chrome.get(base + "/dashboard")
    assert chrome.current_url == base + "/dashboard/login"  # signed out: sent to sign-in
    chrome.find_element(By.ID, "name").send_keys(OPERATOR)
    chrome.find_element(By.ID, "password").send_keys(password)
    _click_and_wait(chrome, "sign-in")


def _click_and_wait(chrome: Any, element_id: str) -> None:
    """Click a submit button and wait until the browser has left that page (no sleeping:
    the old page's button going stale is the signal that the next page is loading)."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.wait import WebDriverWait

    button = chrome.find_element(By.ID, element_id)
    button.click()

    def left(_: Any) -> bool:
        try:
            return bool(expected_conditions.staleness_of(button)(chrome))
        except WebDriverException as exc:
            # Chromedriver sometimes reports a node of the page just left this way instead
            # of as a stale element: the same fact.
            if "does not belong to the document" in str(exc):
                return True
            raise

    WebDriverWait(chrome, 60).until(left)
    WebDriverWait(chrome, 60).until(
        lambda d: d.execute_script("return document.readyState") == "complete")


def _cell(chrome: Any, **data: str) -> Any:
    from selenium.webdriver.common.by import By

    selector = "td" + "".join(f'[data-{k}="{v}"]' for k, v in data.items())
    return chrome.find_element(By.CSS_SELECTOR, selector)


def test_dashboard_shows_what_the_agencies_submitted(submitted: Submitted, chrome: Any
                                                     ) -> None:
    from selenium.webdriver.common.by import By

    base = submitted.hub.base_url
    _sign_in(chrome, base, PASSWORD + " wrong")
    assert "Wrong operator name or password" in chrome.find_element(By.ID, "login-error").text
    _sign_in(chrome, base, PASSWORD)
    assert chrome.current_url == base + "/dashboard", chrome.page_source[-1500:]
    assert chrome.find_element(By.ID, "operator").text == OPERATOR

    month = submitted.month
    both = {submitted.a_id: submitted.a, submitted.b_id: submitted.b}
    for agency_id, published in both.items():
        for figure, _ in dashboard_html.COUNTS:
            shown = _cell(chrome, agency=agency_id, figure=figure).text
            assert shown == published.value(figure).text(published.threshold), figure
    # Agency A's clients served is shown; B's three clients stay "<5" at the hub too.
    assert _cell(chrome, agency=submitted.a_id, figure="clients_served_total").text == "7"
    assert _cell(chrome, agency=submitted.b_id, figure="clients_served_total").text == "<5"

    # Network totals add only shown figures and say how many were withheld.
    for figure, _ in dashboard_html.COUNTS:
        values = [p.value(figure) for p in both.values()]
        total = sum(int(v.value) for v in values if v.status == "shown" and v.value)
        withheld = sum(v.status == "withheld" for v in values)
        cell = _cell(chrome, month=month, figure=figure)
        assert cell.get_attribute("data-total") == str(total), figure
        assert cell.get_attribute("data-withheld") == str(withheld), figure
    assert _cell(chrome, month=month, figure="clients_served_total").text == "7 (+1 withheld)"

    # A's six referrals to B, as A published them, in the flow matrix.
    table = submitted.a.table("referrals_by_partner")
    sent = table.cells[table.row_labels.index("Hillside Food Bank")][0]
    assert sent == 6
    flow = _cell(chrome, source=submitted.a_id, target=submitted.b_id).text
    assert flow == "6"
    # No linked referrals yet: time to linkage is "—" per agency and never a network median.
    assert _cell(chrome, agency=submitted.a_id, figure="linkage_median_days").text == "—"
    assert "not the median of all referrals" in chrome.find_element(By.ID, "linkage").text

    # The resubmission superseded the first version; the hub kept both.
    with submitted.hub.engine.connect() as conn:
        rows = conn.execute(select(hub_db.summaries.c.superseded).where(
            hub_db.summaries.c.agency_id == submitted.a_id)).all()
    assert sorted(r.superseded for r in rows) == [False, True]

    _click_and_wait(chrome, "logout")
    assert chrome.current_url == base + "/dashboard/login"
    chrome.get(base + "/dashboard")
    assert chrome.current_url == base + "/dashboard/login"

