"""An accessible X desktop for tests, and what a screen reader would find missing in it.

:func:`accessible_desktop` starts what a Linux desktop gives a screen reader: an X server
(Xvfb, with no screen attached), a private D-Bus session and on it the AT-SPI accessibility
bus (``at-spi-bus-launcher``, from at-spi2-core). A Qt application started with
:meth:`Desktop.app_env` runs on the real ``xcb`` platform with accessibility always on, so it
publishes its widgets on that bus exactly as it does for Orca. :func:`walker_command` reads an
application's tree from the bus with pyatspi (under the system's Python: the project's
environment has no GObject bindings), and :func:`problems` lists what a screen reader could
not announce: focusable controls without a name or role, images without a description.

When the programs are missing and we are root with ``apt-get`` (as on CI), the
distribution's packages are installed first, as :mod:`tests.support.postgres` does for
PostgreSQL. When they cannot be had, :class:`AtspiUnavailable` says why; tests hand that to
:func:`tests.support.required.unavailable` (a skip locally, a failure under CI).
"""

from __future__ import annotations

import contextlib
import ctypes.util
import importlib.util
import os
import select
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SYSTEM_PYTHON = "/usr/bin/python3"
WALKER = Path(__file__).with_name("atspi_walker.py")
BOOTSTRAP = Path(__file__).resolve().parents[2] / "installer" / "bootstrap.py"
_BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
_PACKAGES = ("xvfb", "dbus", "at-spi2-core", "python3-pyatspi")
_START_TIMEOUT_S = 30

# Roles a person moves to with Tab and operates: each needs a name to be announced.
CONTROL_ROLES = frozenset({
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "password text", "entry", "spin button", "slider", "table", "tree table", "tree", "list",
    "list box", "page tab", "menu item", "link",
})
# Roles that tell a person nothing (a plain container): focusable, only a name helps.
NO_ROLES = frozenset({"invalid", "unknown", "filler", "panel", ""})
IMAGE_ROLES = frozenset({"image", "icon", "animation"})


class AtspiUnavailable(RuntimeError):
    pass


def _bus_launcher() -> str | None:
    return next((p for p in _BUS_LAUNCHERS if os.path.exists(p)), None)


def _xcb_packages() -> list[str]:
    """Debian packages of the X11 libraries Qt's xcb platform needs and this system lacks
    (the list the installer checks for the desktop app)."""
    spec = importlib.util.spec_from_file_location("collabdesk_bootstrap", BOOTSTRAP)
    assert spec is not None and spec.loader is not None
    bootstrap = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bootstrap)
    return [deb for lib, deb, _rpm in bootstrap._XCB_LIBRARIES
            if ctypes.util.find_library(lib) is None]


def _pyatspi_works() -> bool:
    return os.path.exists(SYSTEM_PYTHON) and subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=60,
        check=False).returncode == 0


def _missing() -> list[str]:
    """Packages to install for what is missing."""
    missing = []
    if not shutil.which("Xvfb"):
        missing.append("xvfb")
    if not shutil.which("dbus-daemon") or not shutil.which("dbus-send"):
        missing.append("dbus")
    if not _bus_launcher():
        missing.append("at-spi2-core")
    if not _pyatspi_works():
        missing.append("python3-pyatspi")
    return missing + _xcb_packages()


def ensure_tools() -> None:
    """Xvfb, D-Bus, the AT-SPI bus, pyatspi and Qt's X11 libraries, installed if missing."""
    missing = _missing()
    if not missing:
        return
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("apt-get"):
        raise AtspiUnavailable(
            f"The accessibility tree needs {', '.join(missing)}, which are not installed and "
            "cannot be installed here (needs root and apt-get).")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for cmd in (["apt-get", "update", "-qq"],
                ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing]):
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=900,
                              check=False)
        if done.returncode != 0:
            raise AtspiUnavailable(f"Installing {', '.join(missing)} failed: "
                                   f"{done.stderr.strip()[-300:]}")
    still = _missing()
    if still:
        raise AtspiUnavailable(f"{', '.join(still)} still missing after installing them.")


@dataclass(frozen=True)
class Desktop:
    """A running X display with a D-Bus session whose AT-SPI bus is up."""

    display: str
    session_bus: str
    accessibility_bus: str

    def env(self, base: Mapping[str, str] | None = None) -> dict[str, str]:
        """``base`` (default: this process's environment) on this display and session."""
        env = dict(os.environ if base is None else base)
        env.pop("AT_SPI_BUS_ADDRESS", None)  # found through the session, as on a desktop
        env.update(DISPLAY=self.display, DBUS_SESSION_BUS_ADDRESS=self.session_bus)
        return env

    def app_env(self, base: Mapping[str, str] | None = None) -> dict[str, str]:
        """:meth:`env` for a Qt application: the real X11 platform, accessibility on."""
        return dict(self.env(base), QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")


def _read_line(fd: int, what: str, process: subprocess.Popen[bytes], log: Path) -> str:
    """The first line a starting program writes to ``fd``, or AtspiUnavailable."""
    data = b""
    while not data.endswith(b"\n"):
        ready, _, _ = select.select([fd], [], [], _START_TIMEOUT_S)
        chunk = os.read(fd, 4096) if ready else b""
        if not chunk:
            process.poll()
            raise AtspiUnavailable(f"{what} did not start (exit code {process.returncode}): "
                                   f"{log.read_text(errors='replace')[-500:]}")
        data += chunk
    return data.decode().strip()


def _start(cmd: list[str], what: str, env: dict[str, str], log: Path
           ) -> tuple[subprocess.Popen[bytes], str]:
    """Start ``cmd`` (which gets the write end of a pipe as ``{fd}``) in its own process
    group; return it and the first line it writes there once ready."""
    read, write = os.pipe()
    try:
        with log.open("ab") as out:
            process = subprocess.Popen([part.replace("{fd}", str(write)) for part in cmd],
                                       pass_fds=(write,), env=env, stdin=subprocess.DEVNULL,
                                       stdout=out, stderr=out, start_new_session=True)
        os.close(write)
        return process, _read_line(read, what, process, log)
    finally:
        os.close(read)
        with contextlib.suppress(OSError):
            os.close(write)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """End ``process`` and whatever it started in its process group (bus daemons, the
    registry the accessibility bus activates)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # children that outlived their parent


@contextlib.contextmanager
def accessible_desktop(size: tuple[int, int] = (1366, 768)) -> Iterator[Desktop]:
    """An X display and a D-Bus session with the AT-SPI bus launched, stopped afterwards."""
    ensure_tools()
    root = Path(tempfile.mkdtemp(prefix="collabdesk-atspi-"))
    log = root / "desktop.log"
    started: list[subprocess.Popen[bytes]] = []
    try:
        xvfb, number = _start(["Xvfb", "-displayfd", "{fd}", "-screen", "0",
                               f"{size[0]}x{size[1]}x24", "-nolisten", "tcp"],
                              "Xvfb", dict(os.environ), log)
        started.append(xvfb)
        display = f":{number}"
        env = dict(os.environ, DISPLAY=display)
        bus, address = _start(["dbus-daemon", "--session", "--nofork", "--nosyslog",
                               "--print-address={fd}"], "The D-Bus session", env, log)
        started.append(bus)
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        # Asking for the accessibility bus launches it, as on a desktop: the session
        # activates at-spi-bus-launcher, inside the bus daemon's process group.
        asked = subprocess.run(
            ["dbus-send", "--session", "--print-reply=literal", "--reply-timeout=20000",
             "--dest=org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus.GetAddress"],
            env=env, capture_output=True, text=True, timeout=_START_TIMEOUT_S, check=False)
        if asked.returncode != 0 or not asked.stdout.strip():
            raise AtspiUnavailable(f"The AT-SPI bus did not start: {asked.stderr.strip()} "
                                   f"{log.read_text(errors='replace')[-500:]}")
        yield Desktop(display, address, asked.stdout.strip())
    finally:
        for process in reversed(started):
            _stop(process)
        shutil.rmtree(root, ignore_errors=True)


def walker_command(pid: int) -> list[str]:
    """The command that prints the accessibility tree of process ``pid`` as JSON (run it
    with :meth:`Desktop.env`, while that process serves its event loop)."""
    return [SYSTEM_PYTHON, str(WALKER), str(pid)]


def _label(node: Mapping[str, Any]) -> str:
    name = node["name"] or node["description"]
    return f"{node['role']} {name!r}" if name else str(node["role"])


def _named(text: str) -> bool:
    """Whether ``text`` says something: a lone glyph ("…", "×") is read out as its symbol."""
    return any(ch.isalnum() for ch in text)


def problems(tree: Mapping[str, Any]) -> list[str]:
    """What a screen reader could not announce in ``tree`` (as the walker prints it), each
    with the path of objects leading to it: a focusable control on screen without a name; a
    focusable object on screen with neither a role nor a name (a scroll area Tab stops on);
    an image on screen without a description (or a name, which is what is read first)."""
    found: list[str] = []

    def visit(node: Mapping[str, Any], path: tuple[str, ...]) -> None:
        states = set(node["states"])
        role = node["role"]
        here = " > ".join((*path, _label(node)))
        if "showing" in states:
            if "focusable" in states and role in NO_ROLES and not _named(node["name"]):
                found.append(f"focusable {role or 'object'} with neither a name nor a role: "
                             f"{here}")
            elif "focusable" in states and role in CONTROL_ROLES and not _named(node["name"]):
                found.append(f"{role} without a name: {here}")
            elif role in IMAGE_ROLES and not (_named(node["description"])
                                              or _named(node["name"])):
                found.append(f"{role} without a description: {here}")
        for child in node["children"]:
            visit(child, (*path, _label(node)))

    for window in tree["children"]:
        visit(window, ())
    return found
