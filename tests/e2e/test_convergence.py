"""Property: laptops of one agency converge through the real hub, whatever the schedule.

Hypothesis draws a schedule of edits on three laptops — client fields, case status, notes —
with network partitions (a laptop does not sync for a while) and wall clocks skewed by up to
a day either way (``Workspace(clock=…)`` drives both the HLC and the recorded timestamps).
Syncs happen only when the schedule says so. Once everyone syncs twice, every laptop holds
identical rows, conflict queues and transition outcomes.

Only the laptops' clocks are skewed: requests to the hub are still signed with the real time,
because the hub refuses request timestamps more than five minutes from its own clock.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from collabdesk.domain import ClientInput
from collabdesk.events import statemachine as sm
from collabdesk.sync.engine import SyncEngine
from collabdesk.sync.hub import admin
from collabdesk.timeutil import utc_now
from collabdesk.vault import KdfParams
from collabdesk.workspace import Workspace
from tests.e2e.conftest import PASSPHRASE, Laptop
from tests.e2e.test_faults import laptop_state
from tests.sync.hub.conftest import HubProcess

DEVICES = 3
_agencies = itertools.count(1)


class SkewedClock:
    """A laptop's wall clock: real time plus a fixed skew plus whatever the schedule adds."""

    def __init__(self, skew_s: int) -> None:
        self.offset = dt.timedelta(seconds=skew_s)

    def advance(self, seconds: int) -> None:
        self.offset += dt.timedelta(seconds=seconds)

    def __call__(self) -> dt.datetime:
        return utc_now() + self.offset


def _code(hub: HubProcess, agency_id: str) -> str:
    return admin.issue_enrollment_code(hub.engine, agency_id, expires_in=3600,
                                       now=int(time.time())).code


def _agency_of_three(hub: HubProcess, folder: Path, skews: list[int]
                     ) -> tuple[list[Laptop], list[SkewedClock]]:
    name = f"Converging Agency {next(_agencies)} {os.getpid()}"
    agency_id = admin.create_agency(hub.engine, name, now=int(time.time())).id
    laptops: list[Laptop] = []
    clocks: list[SkewedClock] = []
    for i, skew in enumerate(skews):
        clock = SkewedClock(skew)
        ws = Workspace(folder / f"L{i}", clock=clock)
        session, _ = ws.create(name, f"worker{i}", PASSPHRASE, kdf=KdfParams.FLOOR,
                               joining=i > 0)
        laptop = Laptop(f"L{i}", ws, session, SyncEngine(session))
        if i == 0:
            laptop.engine.enroll(hub.base_url, _code(hub, agency_id), "L0",
                                 agency_id=agency_id)
        else:
            result = laptop.engine.enroll(hub.base_url, _code(hub, agency_id), f"L{i}")
            laptops[0].engine.approve(result.device_id, fingerprint=result.fingerprint)
        laptops.append(laptop)
        clocks.append(clock)
    return laptops, clocks


FIELDS = ("given_name", "phone")
VALUES = {"given_name": ["Ana", "Bea", "Cleo"], "family_name": ["Ruiz", "Diallo"],
          "phone": ["+15550001", "+15550002", "+15550003"]}
device = st.integers(0, DEVICES - 1)
# Every step is (kind, laptop, field or number, number).
Step = tuple[str, int, str, int]
edit = st.tuples(st.just("edit"), device, st.sampled_from(FIELDS), st.integers(0, 2))
status = st.tuples(st.just("status"), device, st.just(""), st.integers(0, 1))
# Edits and status changes are drawn more often than syncs, so laptops often act on stale
# copies: that is what makes concurrent edits, conflicts and refused transitions.
step = st.one_of(
    edit, edit, status, status,
    st.tuples(st.just("note"), device, st.just(""), st.integers(0, 9)),
    st.tuples(st.just("sync"), device, st.just(""), st.just(0)),
    st.tuples(st.just("partition"), device, st.just(""), st.integers(1, 8)),
    st.tuples(st.just("tick"), device, st.just(""), st.integers(1, 3600)),
)


def _run_step(laptops: list[Laptop], clocks: list[SkewedClock], client_id: str, case_id: str,
              partitioned: dict[int, int], index: int, act: Step) -> None:
    kind, who, field, number = act
    laptop = laptops[who]
    s = laptop.session
    clocks[who].advance(1)
    if kind == "edit":
        current = s.clients.get(client_id, audit=False)
        data = {"given_name": current.given_name, "family_name": current.family_name,
                "phone": current.phone}
        data[field] = VALUES[field][number % len(VALUES[field])]
        s.clients.update(client_id, ClientInput(data["given_name"], data["family_name"],
                                                phone=data["phone"]))
    elif kind == "status":
        status = s.cases.summary(case_id).status
        targets = sorted(sm.CASE_STATUS.allowed[status] or ())
        s.cases.set_status(case_id, targets[number % len(targets)])
    elif kind == "note":
        s.cases.add_note(case_id, f"note {number} from {laptop.name}")
    elif kind == "sync":
        if partitioned.get(who, -1) < index:
            laptop.sync()
    elif kind == "partition":
        partitioned[who] = index + number
    elif kind == "tick":
        clocks[who].advance(number)


@settings(max_examples=6, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(skews=st.lists(st.integers(-86_400, 86_400), min_size=DEVICES, max_size=DEVICES),
       steps=st.lists(step, min_size=20, max_size=30))
def test_schedules_with_partitions_and_skew_converge(
        e2e_hub: HubProcess, skews: list[int], steps: list[Step]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        laptops, clocks = _agency_of_three(e2e_hub, Path(tmp), skews)
        try:
            first = laptops[0].session
            client = first.clients.intake(ClientInput("Ana", "Ruiz", phone="+15550001"),
                                          confirmed_new=True)
            case_id = first.cases.open_case(client.id, "Housing").id
            for _ in range(2):
                for laptop in laptops:
                    laptop.sync()
            partitioned: dict[int, int] = {}
            for index, act in enumerate(steps):
                _run_step(laptops, clocks, client.id, case_id, partitioned, index, act)
            for _ in range(2):
                for laptop in laptops:
                    laptop.sync()
            states = [laptop_state(laptop) for laptop in laptops]
            assert states[0] == states[1] == states[2]
            # Shown by --hypothesis-show-statistics: how often the schedules really collide.
            event(f"conflicts queued: {min(len(states[0]['conflicts']), 2)}+")
            event("transition outcomes: "
                  + ",".join(sorted({str(t[2]) for t in states[0]["transitions"]})))
            notes = sum(1 for act in steps if act[0] == "note")
            assert len(states[0]["notes"]) == notes
            # Every concurrent edit of a field is either still queued or was overwritten
            # by an edit made over all of them: the queue is the same everywhere (above).
            for laptop in laptops:
                assert laptop.session.sync_status.overview().changes_waiting == 0
        finally:
            for laptop in laptops:
                laptop.engine.close()
                laptop.session.close()
