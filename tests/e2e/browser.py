"""The machine's Chromium for end-to-end tests: found, installed if possible, or a reason.

``chromium()`` returns the browser and driver paths. When they are missing and we are root on
a machine with ``apt-get``, it installs the distribution's ``chromium`` and
``chromium-driver`` once; otherwise it returns the reason the browser is missing (cached
for the session, so one failed install is not retried by every test), which tests hand to
:func:`tests.support.required.unavailable`: a skip on a developer's machine, a failure
under CI.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
DRIVER = "chromedriver"
# Flags for a quiet, self-contained headless session (no background network, no GPU).
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage")


def _find() -> tuple[str | None, str | None]:
    browser = next((p for p in map(shutil.which, BROWSERS) if p), None)
    return browser, shutil.which(DRIVER)


@functools.cache
def chromium() -> tuple[str, str] | str:
    """(browser, chromedriver) paths, or a sentence saying why there is no browser."""
    browser, driver = _find()
    if browser and driver:
        return browser, driver
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("apt-get"):
        return "Chromium and chromedriver are not installed (install chromium and " \
               "chromium-driver to run the browser tests)."
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for cmd in (["apt-get", "update", "-qq"],
                ["apt-get", "install", "-y", "-qq", "chromium", "chromium-driver"]):
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=900,
                              check=False)
        if done.returncode != 0:
            return f"Installing Chromium failed: {done.stderr.strip()[-300:]}"
    browser, driver = _find()
    if browser and driver:
        return browser, driver
    return "Chromium was installed but its binaries were not found on PATH."



def driver(paths: tuple[str, str], profile: Path, *, size: str = "1280,1000") -> Any:
    """A selenium Chrome session on the machine's Chromium, headless, with its own profile."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = paths[0]
    for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={size}"):
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service(executable_path=paths[1]))
