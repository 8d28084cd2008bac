"""State machines for status-like fields (case status, assignment, referral state, consent).

Status fields are never last-writer-wins: every requested change is kept as a transition,
and the current value is the fold of all transitions in HLC order, applying only those the
machine allows from the state reached so far. The fold depends only on the set of
transitions, so every replica reaches the same value whatever order events arrived in.
A transition the machine refuses is kept with outcome ``rejected`` for a person to review.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class StateMachine:
    name: str
    initial: str | None
    # None as the allowed set means "any value may follow" (e.g. assignment).
    allowed: Mapping[str | None, frozenset[str] | None]
    terminal: frozenset[str] = frozenset()
    # For open-ended fields, a change not made over the current value is flagged for review.
    flag_concurrent: bool = False

    def allows(self, current: str | None, target: str) -> bool:
        if current not in self.allowed:
            return False
        nxt = self.allowed[current]
        return nxt is None or target in nxt

    def states(self) -> set[str]:
        out: set[str] = set()
        for key, value in self.allowed.items():
            if key is not None:
                out.add(key)
            if value:
                out |= value
        return out


def _m(**edges: Iterable[str]) -> dict[str | None, frozenset[str] | None]:
    return {k: frozenset(v) for k, v in edges.items()}


CASE_STATUS = StateMachine(
    "case.status", "open",
    _m(open={"on_hold", "closed"}, on_hold={"open", "closed"}, closed={"open"}),
)

REFERRAL_STATUS = StateMachine(
    "referral.status", "sent",
    _m(
        sent={"received", "accepted", "declined", "closed"},
        received={"accepted", "declined", "closed"},
        accepted={"service_started", "completed", "closed"},
        service_started={"completed", "closed"},
        declined={"closed"},
        completed={"closed"},
        closed=set(),
    ),
    terminal=frozenset({"closed"}),
)

CONSENT_STATUS = StateMachine(
    "consent.status", "given",
    _m(given={"withdrawn"}, withdrawn=set()),
    terminal=frozenset({"withdrawn"}),
)


FORM_STATUS = StateMachine(
    "form.status", "active",
    _m(active={"retired"}, retired={"active"}),
)


# A caseload import: undone once, for good (its records are retracted).
IMPORT_STATUS = StateMachine(
    "caseload_import.status", "applied",
    _m(applied={"undone"}, undone=set()),
    terminal=frozenset({"undone"}),
)


class _AnyValue(dict[str | None, "frozenset[str] | None"]):
    """Allowed-map where every state (including none) may move to any value."""

    def __contains__(self, key: object) -> bool:
        return True

    def __getitem__(self, key: object) -> None:
        return None


ASSIGNMENT = StateMachine("case.assigned_to", None, _AnyValue(), flag_concurrent=True)


@dataclass(frozen=True)
class Transition:
    event_id: str
    hlc: str
    from_value: str | None
    to_value: str


def fold(machine: StateMachine, initial: str | None,
         transitions: Iterable[Transition]) -> tuple[str | None, dict[str, str]]:
    """Replay ``transitions`` in HLC order; return the final value and each one's outcome."""
    current = initial
    outcomes: dict[str, str] = {}
    for t in sorted(transitions, key=lambda t: (t.hlc, t.event_id)):
        if t.to_value == current:
            outcomes[t.event_id] = "applied"  # idempotent: two people made the same change
        elif machine.allows(current, t.to_value):
            concurrent = machine.flag_concurrent and t.from_value != current
            outcomes[t.event_id] = "concurrent" if concurrent else "applied"
            current = t.to_value
        else:
            outcomes[t.event_id] = "rejected"
    return current, outcomes
