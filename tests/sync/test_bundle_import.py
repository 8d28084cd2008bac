"""Importing an offline bundle on a laptop reports each refusal once, in plain words.

A sibling's bundle is carried to another laptop of the agency with one envelope altered on
the stick (and, as a stick copied twice may hold, that envelope twice): ``collabdesk
import-bundle`` applies the good envelopes, names the altered one once — not once by the log
and again by the report, nor once per copy — and says why in a sentence, not a code.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from collabdesk.domain import ClientInput
from collabdesk.sync.bundle import export_bundle, import_bundle, read_bundle, write_bundle
from tests.e2e.conftest import PASSPHRASE, Network, create_agency
from tests.sync.hub.conftest import HubProcess, sqlite_hub


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubProcess]:
    with sqlite_hub(tmp_path_factory, "bundle-import-hub") as process:
        yield process


def test_each_refusal_is_listed_once(hub: HubProcess, tmp_path: Path) -> None:
    with Network(hub, tmp_path) as net:
        agency = create_agency(hub, "Stick Clinic")
        e1 = net.first_laptop("S1", agency, "Stick Clinic", "sam")
        e2 = net.join("S2", agency, "sue", approver=e1)
        e1.sync()
        e2.sync()
        for given in ("Carried", "Twice"):
            e1.session.clients.intake(ClientInput(given, "Stick", dob=dt.date(1990, 1, 1)),
                                      confirmed_new=True)
        path = tmp_path / "stick" / "s1.cdbundle"
        export_bundle(e1.session, path, engine=e1.engine)
        header, envelopes = read_bundle(path)
        forged = bytearray(envelopes[-1])
        forged[len(forged) // 2] ^= 0x01
        bad = tmp_path / "stick" / "altered.cdbundle"
        write_bundle(bad, header, [*envelopes[:-1], bytes(forged), bytes(forged)])

        report = import_bundle(e2.session, bad, engine=e2.engine)
        assert len(report.rejected) == 1

        env = dict(os.environ, COLLABDESK_USER="sue", COLLABDESK_PASSPHRASE=PASSPHRASE)
        done = subprocess.run(
            [sys.executable, "-m", "collabdesk", "import-bundle", str(bad), "--data-dir",
             str(e2.workspace.data_dir)], capture_output=True, text=True, env=env,
            stdin=subprocess.DEVNULL, timeout=120, check=False)
        assert done.returncode == 1
        assert "1 rejected" in done.stdout, done.stdout
        refused = [line for line in done.stderr.splitlines() if "rejected" in line]
        assert len(refused) == 1, done.stderr
        assert "altered or forged" in refused[0]  # the reason in words, its code after
