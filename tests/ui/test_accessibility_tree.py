"""A screen reader can announce every control and image, proven on the real accessibility tree.

On an accessible desktop (Xvfb, a private D-Bus session, the AT-SPI bus:
:mod:`tests.support.atspi`) the real app runs on the xcb platform with accessibility on, once
for each role — a worker, a supervisor and an admin, each signing in on one store — and
:mod:`tests.ui.accessibility_tour` reads the tree pyatspi sees on the sign-in screen, every
section the person may open and each of its tabs, and every main dialog they may use. The
test fails listing each focusable control on screen (buttons, edits, combo boxes, check
boxes, tables, lists, tabs) without a name or role, and each image without a description.
Without the desktop's programs (and no way to install them) it skips locally and fails
under CI, as the policy in :mod:`tests.support.required` says.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from collabdesk.domain import ClientInput
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace
from tests.support import atspi
from tests.support.required import unavailable

ROOT = Path(__file__).resolve().parents[2]
OWNER_PASS = "correct horse battery staple"
# Who signs in, with one role each (the admin role alone sees no client records).
PEOPLE = {
    "worker": ("maria", "river stone lamp orchard"),
    "supervisor": ("sam", "copper kettle winter field"),
    "admin": ("ada", "seven quiet harbour lights"),
}


def _agency(data_dir: Path) -> dict[str, str]:
    """A store with one person per role, a client with a case opened by the worker, and a
    partner service to refer to; the ids the tour opens."""
    workspace = Workspace(data_dir)
    owner, _code = workspace.create("Riverside", "owner", OWNER_PASS, kdf=KdfParams.FLOOR)
    for role, (username, passphrase) in PEOPLE.items():
        owner.users.add(username, passphrase, display_name=username.title(), roles=[role])
    partner = owner.directory.add_partner("Harbor Food Bank")
    owner.directory.add_service(partner.id, "Emergency groceries", domains=("food",))
    owner.close()
    worker = workspace.sign_in(*PEOPLE["worker"])
    client = worker.clients.intake(
        ClientInput("Lena", "Okafor", dob=dt.date(1980, 5, 6), gender="female"),
        confirmed_new=True)
    case = worker.cases.open_case(client.id, "Food", needs=(("food", "high", "No food"),))
    worker.tasks.create("Call back", case_id=case.id, due_date=dt.date(2020, 1, 1))
    worker.close()
    return {"client_id": client.id, "case_id": case.id}


def _tour(desktop: atspi.Desktop, plan: dict[str, Any], folder: Path) -> dict[str, Any]:
    plan_file, out_file = folder / "plan.json", folder / "out.json"
    plan_file.write_text(json.dumps(plan), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.accessibility_tour", str(plan_file), str(out_file)],
        cwd=ROOT, env=desktop.app_env(), capture_output=True, text=True, timeout=180,
        stdin=subprocess.DEVNULL, check=False)
    assert done.returncode == 0 and out_file.exists(), done.stderr[-4000:]
    result: dict[str, Any] = json.loads(out_file.read_text(encoding="utf-8"))
    return result


def _names(node: dict[str, Any]) -> set[tuple[str, str]]:
    """(role, name) of every object in the tree."""
    found = {(node["role"], node["name"])}
    for child in node["children"]:
        found |= _names(child)
    return found


def test_every_page_and_dialog_names_its_controls_for_a_screen_reader(tmp_path: Path) -> None:
    try:
        atspi.ensure_tools()
    except atspi.AtspiUnavailable as exc:
        unavailable(str(exc))
    ids = _agency(tmp_path / "agency")
    found: dict[str, list[str]] = {}  # each problem, and where it shows
    visited: dict[str, list[str]] = {}
    with atspi.accessible_desktop() as desktop:
        for role, (username, passphrase) in PEOPLE.items():
            folder = tmp_path / role
            folder.mkdir()
            result = _tour(desktop, {"data_dir": str(tmp_path / "agency"), "username": username,
                                     "passphrase": passphrase, **ids}, folder)
            assert result["errors"] == [], f"the {role}'s tour went wrong: {result['errors']}"
            visited[role] = [stop["where"] for stop in result["stops"]]
            for stop in result["stops"]:
                tree = stop["tree"]
                # A tree the bridge did not fill would pass with nothing to find.
                assert ("push button", "Sign in") in _names(tree) or \
                    len(_names(tree)) > 20, (role, stop["where"], tree)
                for problem in atspi.problems(tree):
                    found.setdefault(problem, []).append(f"{role}: {stop['where']}")
    # Every role saw the screens it may open (the case page and dialogs only with casework).
    assert all({"sign-in screen", "help", "about"} <= set(w) for w in visited.values()), visited
    for role in ("worker", "supervisor"):
        assert {"caseload", "clients", "case", "referrals", "tasks", "intake dialog",
                "referral dialog", "consent dialog"} <= set(visited[role]), visited[role]
    assert "attachment viewer" in visited["worker"]
    assert {"admin", "network", "directory", "partner dialog"} <= set(visited["admin"])
    assert {"reports", "conflicts", "all_cases"} <= set(visited["supervisor"])
    assert not found, "\n".join(f"{problem}\n    on {', '.join(where[:4])}"
                                for problem, where in found.items())


def _node(role: str, name: str = "", *children: dict[str, Any], description: str = "",
          states: tuple[str, ...] = ("focusable", "showing")) -> dict[str, Any]:
    return {"role": role, "name": name, "description": description, "states": list(states),
            "children": list(children)}


def test_the_check_finds_what_a_screen_reader_could_not_announce() -> None:
    window = _node(
        "frame", "Tasks — CollabDesk",
        _node("push button", "Save"),
        _node("push button", "…"),  # a lone glyph is read as its symbol, not a name
        _node("push button", "", states=("focusable",)),  # not on screen: not reached
        _node("table"),
        _node("filler"),  # a scroll area Tab stops on
        _node("filler", "Case sections"),
        _node("filler", states=("showing",)),  # a plain container nobody stops on
        _node("label", states=("showing",)),
        _node("image", states=("showing",)),
        _node("image", description="The client's photo", states=("showing",)),
        states=("showing",))
    found = atspi.problems(_node("application", "python", window, states=()))
    assert found == [
        "push button without a name: frame 'Tasks — CollabDesk' > push button '…'",
        "table without a name: frame 'Tasks — CollabDesk' > table",
        "focusable filler with neither a name nor a role: frame 'Tasks — CollabDesk' > filler",
        "image without a description: frame 'Tasks — CollabDesk' > image",
    ]


def test_without_the_desktop_or_a_way_to_install_it_the_reason_names_what_is_missing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atspi, "_missing", lambda: ["xvfb", "python3-pyatspi"])
    monkeypatch.setattr(atspi.os, "geteuid", lambda: 1000)  # not root: no apt-get
    with pytest.raises(atspi.AtspiUnavailable, match="xvfb, python3-pyatspi"):
        atspi.ensure_tools()
