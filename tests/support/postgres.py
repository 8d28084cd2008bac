"""A throwaway PostgreSQL server for tests, started from the machine's own binaries.

If no PostgreSQL binaries are present and we may install packages (root with apt-get, as on
CI), they are installed from the distribution's packages first. The server runs as an
unprivileged user (PostgreSQL refuses to run as root), listens on a free loopback port with
its socket in a private folder, and is stopped and deleted afterwards. When none can be had,
:class:`PostgresUnavailable` says why; tests hand that to
:func:`tests.support.required.unavailable` (a skip locally, a failure under CI).
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    pass


def _find_bindir() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.path.exists(os.path.join(candidate, "initdb")):
            return Path(candidate)
    initdb = shutil.which("initdb")
    return Path(os.path.realpath(initdb)).parent if initdb else None


def _is_root() -> bool:
    return os.name == "posix" and os.geteuid() == 0


def ensure_binaries() -> Path:
    bindir = _find_bindir()
    if bindir:
        return bindir
    if not _is_root() or not shutil.which("apt-get"):
        raise PostgresUnavailable("PostgreSQL is not installed and cannot be installed here "
                                  "(needs root and apt-get).")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, timeout=600,
                   stdout=subprocess.DEVNULL)
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "postgresql"],
                   check=True, env=env, timeout=900, stdout=subprocess.DEVNULL)
    bindir = _find_bindir()
    if bindir is None:
        raise PostgresUnavailable("Installing PostgreSQL did not provide initdb.")
    return bindir


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class PostgresServer:
    host: str
    port: int
    user: str
    database: str

    def url(self, driver: str = "postgresql+psycopg") -> str:
        return f"{driver}://{self.user}@{self.host}:{self.port}/{self.database}"


def _as_service_user(cmd: list[str], user: str | None) -> list[str]:
    return ["runuser", "-u", user, "--", *cmd] if user else cmd


@contextlib.contextmanager
def running_server(database: str = "collabdesk_hub") -> Iterator[PostgresServer]:
    bindir = ensure_binaries()
    run_as = None
    if _is_root():
        run_as = "postgres"
        if subprocess.run(["id", "-u", run_as], capture_output=True).returncode != 0:
            subprocess.run(["useradd", "--system", "--no-create-home", run_as], check=True)
    root = Path(tempfile.mkdtemp(prefix="collabdesk-pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    if run_as:
        shutil.chown(root, run_as)
        shutil.chown(sock, run_as)
    port = _free_port()
    log = root / "server.log"
    try:
        subprocess.run(_as_service_user([str(bindir / "initdb"), "-D", str(data), "-U", "hub",
                                         "--auth=trust", "-E", "UTF8", "--no-sync"], run_as),
                       check=True, capture_output=True, timeout=120)
        opts = (f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={sock} "
                "-c fsync=off -c max_connections=300")
        subprocess.run(_as_service_user([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log),
                                         "-o", opts, "-w", "-t", "60", "start"], run_as),
                       check=True, capture_output=True, timeout=120)
        subprocess.run(_as_service_user([str(bindir / "createdb"), "-h", "127.0.0.1", "-p",
                                         str(port), "-U", "hub", database], run_as),
                       check=True, capture_output=True, timeout=60)
        yield PostgresServer("127.0.0.1", port, "hub", database)
    finally:
        subprocess.run(_as_service_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast",
                                         "-w", "stop"], run_as), capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)
