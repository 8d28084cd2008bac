"""``collabdesk forms import FILE`` and ``collabdesk forms list`` as an IT volunteer runs them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.core.conftest import Agency
from tests.core.test_cli import run
from tests.support.required import unavailable

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "fhir"


def _shared(name: str) -> Path:
    path = DATA / name
    if not path.is_file():
        unavailable(f"The shared FHIR test data is not at {DATA}.")
    return path


def test_import_then_list(agency: Agency) -> None:
    data = str(agency.workspace.data_dir)
    assert "No forms yet" in run("forms", "list", "--data-dir", data).stdout
    hvs = _shared("Questionnaire-gravity-hunger-vital-sign.json")
    done = run("forms", "import", str(hvs), "--use", "screening", "--data-dir", data)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Imported: SDOHCC Questionnaire Hunger Vital Sign, "
                                  "version 2.3.0")
    assert "used for screening" in done.stdout
    assert "warning:" in done.stderr and "targetStructureMap" in done.stderr
    again = run("forms", "import", str(hvs), "--data-dir", data)
    assert again.returncode == 0 and again.stdout.startswith("Already imported")
    listed = run("forms", "list", "--data-dir", data)
    assert listed.returncode == 0
    [line] = listed.stdout.splitlines()
    assert "Hunger Vital Sign" in line and "screening" in line and "active" in line
    assert "0 responses" in line


def test_a_refused_form_is_one_line_naming_the_item(agency: Agency, tmp_path: Path) -> None:
    data = str(agency.workspace.data_dir)
    bad = json.loads(_shared("Questionnaire-uscore-audit-c.json").read_bytes())
    bad["item"][1]["linkId"] = bad["item"][0]["linkId"]
    path = tmp_path / "audit-c-broken.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    done = run("forms", "import", str(path), "--data-dir", data)
    assert done.returncode == 1
    [line] = done.stderr.strip().splitlines()
    assert line.startswith(f"collabdesk: Item {bad['item'][0]['linkId']!r}:")
    huge = tmp_path / "huge.json"
    huge.write_bytes(b'{"resourceType": "Questionnaire", "description": "'
                     + b"x" * (5 * 1024 * 1024) + b'"}')
    big = run("forms", "import", str(huge), "--data-dir", data)
    assert big.returncode == 1 and big.stderr.strip() == (
        "collabdesk: huge.json is 5.0 MB; a form may be at most 2 MB.")
    assert "No forms yet" in run("forms", "list", "--data-dir", data).stdout


def test_import_needs_a_file() -> None:
    done = run("forms", "import")
    assert done.returncode == 2 and "needs the Questionnaire file" in done.stderr
