"""Shared measurement end to end: the backbone publishes the network's framework, two agencies
receive it in their sync round, collect the network's forms offline, submit their month
with the network's figures, and the dashboard shows the run charts in a real headless
browser at 1366×768 and at phone width. A new framework version published later keeps the
months submitted under version 1 as they were, unless an agency resubmits one on purpose.
Afterwards the hub's whole database is scanned for every client's name and answers.
"""

from __future__ import annotations

import base64
import contextlib
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import requests
from sqlalchemy import MetaData, select

from collabdesk.domain import ClientInput
from collabdesk.forms.demo_forms import hvs_answers
from collabdesk.measures.signed import new_key_file
from collabdesk.measures.starting import EXPERIENCE_URL, FOOD_URL, starting_framework
from collabdesk.reports.summary import month_bounds
from collabdesk.sync import summaries
from collabdesk.sync.hub import measures as hub_measures
from collabdesk.sync.hub import operators
from tests.e2e import browser
from tests.e2e.conftest import Laptop, Network, create_agency
from tests.e2e.test_dashboard import OPERATOR, PASSWORD, _click_and_wait
from tests.support.required import unavailable
from tests.sync.hub.conftest import HubProcess, start_hub, stop_hub

KEY_PASSPHRASE = "network key passphrase"


@dataclass
class World:
    hub: HubProcess
    a_id: str
    b_id: str
    month: str
    earlier: str
    names: list[str]
    response_ids: list[str]


def _collect(laptop: Laptop, prefix: str, positives: int, negatives: int, always: int,
             usually: int, world_names: list[str], response_ids: list[str]) -> None:
    """Offline work on one laptop: screens and client-experience surveys."""
    s = laptop.session
    forms = {f.url: f.id for f in s.forms.list_forms()}
    rng = random.Random(prefix)
    surveys = ["always"] * always + ["usually"] * usually
    for n in range(positives + negatives):
        name = f"{prefix}{n}Zq"
        world_names.append(name)
        client = s.clients.intake(ClientInput(name, "Osei"), confirmed_new=True)
        case = s.cases.open_case(client.id, "Support")
        v = s.forms.save(forms[FOOD_URL], hvs_answers(n < positives, rng), case_id=case.id,
                         complete=True)
        response_ids.append(v.response_id)
        if n < len(surveys):
            code = surveys[n]
            v = s.forms.save(forms[EXPERIENCE_URL], {("listened",): [{"valueCoding": {
                "system": "urn:collabdesk:network:frequency", "code": code}}]},
                case_id=case.id, complete=True)
            response_ids.append(v.response_id)


def _submit(laptop: Laptop, month: str, *, new_framework: bool = False) -> dict[str, Any]:
    s = laptop.session
    figures = s.measures.figures(month)
    s.reports.submit(s.reports.summary(month), figures, new_framework=new_framework)
    assert laptop.sync().summaries_sent == 1
    sent = s.measures.submitted(month)  # what left, as it left
    assert sent is not None
    return sent


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    tmp = tmp_path_factory.mktemp("measures-world")
    hub = start_hub(tmp, f"sqlite:///{tmp / 'hub.sqlite3'}")
    net = Network(hub, tmp)
    try:
        operators.add_operator(hub.engine, OPERATOR, PASSWORD)
        key_pem = new_key_file(KEY_PASSPHRASE)[0]
        hub_measures.publish(hub.engine, json.dumps(starting_framework(
            network="Magnolia")).encode(), key_pem, KEY_PASSPHRASE)
        a_id = create_agency(hub, "Riverside Family Services")
        b_id = create_agency(hub, "Hillside Food Bank")
        a = net.first_laptop("A1", a_id, "Riverside Family Services", "ana")
        b = net.first_laptop("B1", b_id, "Hillside Food Bank", "bea")
        for laptop in (a, b):
            laptop.sync()  # the framework arrives with the round
            laptop.session.update_settings(suppression_threshold=3)
            assert laptop.session.measures.framework() is not None
        names: list[str] = []
        response_ids: list[str] = []
        # Offline: nothing reaches the hub while the agencies work.
        _collect(a, "Kofi", 3, 3, 3, 3, names, response_ids)
        _collect(b, "Ama", 5, 0, 0, 0, names, response_ids)
        s = a.session
        month = s.now().astimezone(s.tz()).strftime("%Y-%m")
        first, _ = month_bounds(month)
        earlier = f"{first.year - (first.month == 1)}-{(first.month - 2) % 12 + 1:02d}"
        for laptop in (a, b):
            _submit(laptop, earlier)
            _submit(laptop, month)
        # Mid-year the backbone publishes version 2; the earlier month stays version 1.
        v2 = starting_framework(2, network="Magnolia")
        v2["measures"].append({"id": "food_needs", "kind": "count",
                               "title": "Food needs identified",
                               "population": {"records": "needs", "domains": ["food"]}})
        hub_measures.publish(hub.engine, json.dumps(v2).encode(), key_pem, KEY_PASSPHRASE)
        for laptop in (a, b):
            laptop.sync()
            assert laptop.session.measures.overview().previous_version == 1
        assert _submit(a, earlier)["framework_version"] == 1  # resent as it was
        assert _submit(a, month, new_framework=True)["framework_version"] == 2
        yield World(hub, a_id, b_id, month, earlier, names, response_ids)
    finally:
        net.close()
        stop_hub(hub)


@pytest.fixture(scope="module")
def chrome(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    found = browser.chromium()
    if isinstance(found, str):
        unavailable(found)
    driver = browser.driver(found, tmp_path_factory.mktemp("chrome-profile"),
                            size="1366,768")
    try:
        yield driver
    finally:
        driver.quit()


def _cell(chrome: Any, **data: str) -> str:
    from selenium.webdriver.common.by import By

    selector = "td" + "".join(f'[data-{k}="{v}"]' for k, v in data.items())
    return str(chrome.find_element(By.CSS_SELECTOR, selector).text)


def _fits(chrome: Any) -> bool:
    return bool(chrome.execute_script(
        "return document.documentElement.scrollWidth <= window.innerWidth + 1"))


def test_the_dashboard_shows_the_network_learning_month_by_month(world: World, chrome: Any
                                                                 ) -> None:
    from selenium.webdriver.common.by import By

    base = world.hub.base_url
    chrome.get(base + "/dashboard/measures")
    assert chrome.current_url == base + "/dashboard/login"
    chrome.find_element(By.ID, "name").send_keys(OPERATOR)
    chrome.find_element(By.ID, "password").send_keys(PASSWORD)
    _click_and_wait(chrome, "sign-in")
    chrome.get(base + "/dashboard/measures")
    charts = chrome.find_elements(By.CSS_SELECTOR, "section svg.chart")
    assert len(charts) == 6  # every measure of version 2 has its run chart
    assert chrome.find_elements(By.CSS_SELECTOR, "svg.chart line.median")
    assert _fits(chrome)

    chrome.get(base + "/dashboard/measures/food_screened")
    # 6 + 5 clients screened this month; the earlier month had none.
    assert _cell(chrome, month=world.month) == "11"
    assert _cell(chrome, agency=world.a_id, month=world.month) == "6"
    assert _cell(chrome, agency=world.b_id, month=world.month) == "5 (v1)"
    assert _cell(chrome, agency=world.a_id, month=world.earlier) == "0 (v1)"
    details = chrome.find_element(By.TAG_NAME, "details")
    details.find_element(By.TAG_NAME, "summary").click()
    assert "food screen first completed" in details.text
    chrome.get(base + "/dashboard/measures/food_positive_share")
    # Riverside: 3 of 6; Hillside: 5 of 5. Network: 8 of 11.
    assert _cell(chrome, month=world.month) == "73%"
    chrome.get(base + "/dashboard/measures/staff_listened_always")
    assert _cell(chrome, agency=world.a_id, month=world.month) == "50%"
    # Hillside asked nobody: no figure, never 0%.
    assert _cell(chrome, agency=world.b_id, month=world.month) == "— (v1)"
    chrome.get(base + "/dashboard/measures/food_linkage_30d")
    # Nobody was referred: 0 of 3 and 0 of 5 are shown (no small remainder), 0%.
    assert _cell(chrome, month=world.month) == "0%"

    cookies = {c["name"]: c["value"] for c in chrome.get_cookies()}
    got = requests.get(base + "/dashboard/measures/food_screened.csv", cookies=cookies,
                       timeout=30)
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/csv")
    assert f"food_screened,{world.month},Network,,shown,11" in got.text

    chrome.get(base + f"/dashboard/measures/agency/{world.a_id}")
    assert "Riverside Family Services" in chrome.find_element(By.TAG_NAME, "main").text
    chrome.get(base + "/dashboard/measures/versions")
    text = chrome.find_element(By.TAG_NAME, "main").text
    assert "Version 2 (current)" in text and "added measure: Food needs identified" in text

    chrome.set_window_size(390, 844)  # a phone
    for path in ("", "/food_positive_share", f"/agency/{world.b_id}", "/versions"):
        chrome.get(base + "/dashboard/measures" + path)
        assert _fits(chrome), path
    chrome.set_window_size(1366, 768)


def _texts(value: Any) -> list[str]:
    if isinstance(value, bytes | memoryview):
        raw = bytes(value)
        out = [raw.decode("utf-8", "replace")]
        try:  # a stored summary: its signed document is base64 inside JSON
            _, document, _ = summaries.read_stored(raw)
            out.append(document.decode("utf-8", "replace"))
        except (ValueError, KeyError, TypeError):
            pass
        return out
    if isinstance(value, str):
        out = [value]
        if len(value) > 40:
            with contextlib.suppress(ValueError):  # not base64: read as it is
                out.append(base64.b64decode(value, validate=True).decode("utf-8", "replace"))
        return out
    return []


def test_the_hub_database_holds_no_client_and_no_answer(world: World) -> None:
    meta = MetaData()
    meta.reflect(world.hub.engine)
    blob: list[str] = []
    with world.hub.engine.connect() as conn:
        for table in meta.sorted_tables:
            for row in conn.execute(select(table)):
                for value in row:
                    blob += _texts(value)
    text = "\n".join(blob)
    assert "food_screened" in text  # the scan reads what the hub holds
    for secret in [*world.names, *world.response_ids, "QuestionnaireResponse", "Osei"]:
        assert secret not in text, secret
