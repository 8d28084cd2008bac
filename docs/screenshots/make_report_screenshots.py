"""Visual proof for the monthly summary and the network dashboard, made from demo data.

Run from the checkout: ``.venv/bin/python docs/screenshots/make_report_screenshots.py``.

1. Builds the demo agency's store (``collabdesk.demo.build_demo``, seed 7) and exports the PDF
   summary of the last full month; renders its pages with ``pdftoppm`` into
   ``docs/screenshots/summary-page-N.png``.
2. Starts a real hub process on loopback, registers the demo agency and its networked partners,
   gives one partner a demo store of its own (seed 11), enrols both laptops, submits their last
   three months through the sync engine, signs in to ``/dashboard`` with Chromium (selenium)
   and saves ``docs/screenshots/dashboard.png``.

Needs ``pdftoppm`` (poppler-utils), Chromium with chromedriver and selenium; everything runs
in a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # for tests.e2e.browser and tests.sync.hub.conftest

from collabdesk.demo import build_demo  # noqa: E402
from collabdesk.demo_content import DEMO_USERS  # noqa: E402
from collabdesk.services.session import Session  # noqa: E402
from collabdesk.sync.engine import SyncEngine  # noqa: E402
from collabdesk.sync.hub import admin, operators  # noqa: E402
from collabdesk.workspace import Workspace  # noqa: E402
from tests.e2e import browser  # noqa: E402
from tests.sync.hub.conftest import start_hub, stop_hub  # noqa: E402

OUT = Path(__file__).resolve().parent
OPERATOR, PASSWORD = "backbone", "demo dashboard password"


def months_before(day: dt.date, count: int) -> list[str]:
    """The ``count`` whole months before ``day``'s month, oldest first."""
    first = day.replace(day=1)
    result = []
    for _ in range(count):
        first = (first - dt.timedelta(days=1)).replace(day=1)
        result.append(first.strftime("%Y-%m"))
    return result[::-1]


def sign_in(folder: Path) -> Session:
    user = DEMO_USERS[0]  # admin + supervisor: may enrol the laptop and submit reports
    return Workspace(folder).sign_in(user.username, user.passphrase)


def render_pdf_pages(session: Session, month: str, work: Path) -> list[Path]:
    reports = session.reports
    pdf = reports.export(reports.summary(month), work / f"summary-{month}.pdf", "pdf")
    for old in OUT.glob("summary-page-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(work / "page")], check=True)
    pages = sorted(work.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    result = []
    for number, page in enumerate(pages, start=1):
        target = OUT / f"summary-page-{number}.png"
        shutil.copyfile(page, target)
        result.append(target)
    return result


def busiest_networked_partner(session: Session, months: list[str]) -> tuple[str, str]:
    """(partner id, name) of the networked partner with the most referrals in ``months``."""
    rows = session.store.query(
        "SELECT p.id, p.name, substr(r.sent_at, 1, 7) FROM referrals r JOIN partners p "
        "ON p.id = r.partner_id WHERE p.hub_agency_id IS NOT NULL")
    counts = Counter((pid, name) for pid, name, month in rows if month in months)
    return counts.most_common(1)[0][0]


def submit_months(session: Session, engine: SyncEngine, months: list[str]) -> None:
    reports = session.reports
    for month in months:
        reports.submit(reports.summary(month))
    report = engine.sync_once()
    if report.summaries_sent != len(months):
        raise SystemExit(f"only {report.summaries_sent} of {len(months)} summaries were sent")


def dashboard_screenshot(base_url: str, work: Path) -> Path:
    found = browser.chromium()
    if isinstance(found, str):
        raise SystemExit(found)
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.wait import WebDriverWait

    driver = browser.driver(found, work / "chrome", size="1280,900")
    try:
        driver.get(base_url + "/dashboard/login")
        driver.find_element(By.ID, "name").send_keys(OPERATOR)
        driver.find_element(By.ID, "password").send_keys(PASSWORD)
        driver.find_element(By.ID, "sign-in").click()
        WebDriverWait(driver, 60).until(  # the dashboard has loaded
            expected_conditions.presence_of_element_located((By.ID, "network")))
        height = int(driver.execute_script("return document.documentElement.scrollHeight"))
        driver.set_window_size(1280, height + 120)
        target = OUT / "dashboard.png"
        driver.save_screenshot(str(target))
        return target
    finally:
        driver.quit()


def main() -> None:
    today = dt.date.today()
    months = months_before(today, 3)
    with tempfile.TemporaryDirectory(prefix="collabdesk-shots-") as tmp:
        work = Path(tmp)
        print("building the demo stores…", flush=True)
        build_demo(work / "riverside", seed=7, today=today)
        build_demo(work / "partner", seed=11, clients=150, today=today)
        riverside = sign_in(work / "riverside")
        partner_store = sign_in(work / "partner")
        pages = render_pdf_pages(riverside, months[-1], work)
        print(f"summary of {months[-1]}: {len(pages)} page(s)", flush=True)

        hub = start_hub(work, f"sqlite:///{work / 'hub.sqlite3'}")
        try:
            now = int(time.time())
            operators.add_operator(hub.engine, OPERATOR, PASSWORD)
            home = admin.create_agency(hub.engine, "Riverside Family Services", now=now)
            chosen_id, chosen_name = busiest_networked_partner(riverside, months)
            # Register every networked partner on the hub under its directory name, and point
            # the demo directory at those hub ids (the demo made up ids of its own).
            partner_hub: dict[str, str] = {}
            for p in riverside.directory.partners():
                if p.hub_agency_id:
                    partner_hub[p.id] = admin.create_agency(hub.engine, p.name, now=now).id
            with riverside.change("directory.manage") as w:
                for pid, hub_id in partner_hub.items():
                    w.update("partner", pid, {"hub_agency_id": hub_id})
            engines = []
            for session, agency_id in ((riverside, home.id),
                                       (partner_store, partner_hub[chosen_id])):
                engine = SyncEngine(session)
                code = admin.issue_enrollment_code(hub.engine, agency_id, expires_in=600,
                                                   now=now).code
                engine.enroll(hub.base_url, code, "Demo laptop", agency_id=agency_id)
                submit_months(session, engine, months)
                engines.append(engine)
            print(f"submitted {months} for Riverside and {chosen_name}", flush=True)
            shot = dashboard_screenshot(hub.base_url, work)
            print(f"wrote {shot.relative_to(ROOT)}", flush=True)
            for engine in engines:
                engine.close()
        finally:
            stop_hub(hub)
            riverside.close()
            partner_store.close()
    for page in pages:
        print(f"wrote {page.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
