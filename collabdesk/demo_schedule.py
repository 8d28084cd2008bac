"""The demo's clock and schedule: a clock the builder moves forward, the people and cases it
plans, and the timeline that interleaves every person's steps in order over the history."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from collabdesk.domain import ClientInput


class DemoClock:
    """A clock the builder moves forward; sessions, HLCs and the audit log all read it."""

    def __init__(self, start: dt.datetime) -> None:
        self.moment = start

    def __call__(self) -> dt.datetime:
        return self.moment

    def set(self, moment: dt.datetime) -> None:
        if moment > self.moment:
            self.moment = moment


def local_moment(day: dt.date, minute: int) -> dt.datetime:
    """``minute`` past local midnight on ``day``, as an aware UTC moment."""
    naive = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minute)
    return naive.astimezone().astimezone(dt.UTC)


Action = Callable[[], None]


@dataclass
class PlannedCase:
    """A case the builder will open for a person, and what it records once opened."""

    title: str
    needs: tuple[tuple[str, str, str], ...]
    case_id: str = ""
    need_ids: list[str] = field(default_factory=list)


@dataclass
class PlannedPerson:
    """A client the builder will register, with their worker, cases and how they end."""

    data: ClientInput
    worker: str
    client_id: str = ""
    cases: list[PlannedCase] = field(default_factory=list)
    final_status: str = "open"
    intake_day: dt.date = dt.date.min


class Timeline:
    """Per-person steps that keep their order while all people's steps are interleaved."""

    def __init__(self, rng: random.Random, last_day: dt.date) -> None:
        self.rng = rng
        self.last_day = last_day
        self.actions: list[tuple[dt.datetime, int, Action]] = []

    def person(self, day: dt.date) -> Cursor:
        return Cursor(self, day)

    def add(self, moment: dt.datetime, action: Action) -> None:
        self.actions.append((moment, len(self.actions), action))


class Cursor:
    """Where one person's steps have got to in the timeline."""

    def __init__(self, timeline: Timeline, day: dt.date) -> None:
        self.timeline = timeline
        self.day = day
        self.minute = timeline.rng.randint(9 * 60, 15 * 60)
        self.ended = False

    def fits(self, day: dt.date) -> bool:
        return day <= self.timeline.last_day

    def at(self, day: dt.date, action: Action, *, gap: int = 6) -> bool:
        """Schedule ``action`` on ``day`` (or later that day if the person was busy).

        A step past the end of the history is dropped, and so is every later step of the
        same person, since it may depend on it."""
        if self.ended or day > self.timeline.last_day:
            self.ended = True
            return False
        if day > self.day:
            self.day, self.minute = day, self.timeline.rng.randint(9 * 60, 16 * 60)
        else:
            self.minute += gap
        self.timeline.add(local_moment(self.day, self.minute), action)
        return True
