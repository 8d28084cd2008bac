"""What the parts of the sync engine share: its errors, its reports and the db executor.

The engine's parts (:mod:`.state`, :mod:`.trust`, :mod:`.enrolment`, :mod:`.inbox`,
:mod:`.outbox`, :mod:`.snapshots`) and the round itself (:mod:`collabdesk.sync.engine`) import
from here and never from each other's package namespace, so the package loads in any order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from collabdesk.errors import CollabDeskError
from collabdesk.sync.errors import SyncError

T = TypeVar("T")


class DbSteps(Protocol):
    """Runs one step that touches the store or the session and returns its result.

    The CLI and the tests call the step directly; the desktop runs a round on its io lane and
    hands each step to its db lane (``TaskRunner.call_on_db``), so the network calls between
    the steps never hold up the app's searches.
    """

    def __call__(self, step: Callable[[], T], /) -> T: ...


def direct(step: Callable[[], T]) -> T:
    """The default :class:`DbSteps`: run the step here and now."""
    return step()


def now_ms(clock: Callable[[], float]) -> int:
    return int(clock() * 1000)


class SyncSetupError(CollabDeskError):
    """Enrolment or device management cannot go ahead; the message says what to do."""


class NotEnrolled(SyncSetupError):
    def __init__(self) -> None:
        super().__init__("sync.not-enrolled")


class WaitingForKey(SyncError):
    """Envelopes are sealed to an agency key this laptop has not been granted yet."""

    area = "waiting-for-key"


class Reject(Exception):
    """An envelope failed a check: record it as rejected with this reason, never apply it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class EnrollResult:
    status: str  # active | pending
    device_id: str
    fingerprint: str
    agency_fingerprint: str  # the agency's root device ("" until known on a pending laptop)
    agency_id: str = ""


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    label: str
    fingerprint: str
    active: bool
    this_device: bool
    root: bool
    pq: bool = False  # published a post-quantum key (upgraded)


@dataclass(frozen=True)
class PendingDevice:
    device_id: str
    label: str
    fingerprint: str
    requested_at: int


@dataclass(frozen=True)
class PartnerTrust:
    agency_id: str
    root_device: str
    fingerprint: str


@dataclass
class SyncReport:
    pushed_events: int = 0
    envelopes_pushed: int = 0
    envelopes_pulled: int = 0
    envelopes_applied: int = 0
    envelopes_rejected: int = 0
    envelopes_skipped: int = 0
    messages_sent: int = 0
    messages_failed: int = 0
    summaries_sent: int = 0
    resynced: bool = False
    cancelled: bool = False
    bytes_sent: int = 0
    bytes_received: int = 0
    rejections: list[tuple[str, str]] = field(default_factory=list)  # (envelope id, reason)
    notices: list[str] = field(default_factory=list)  # refusals a person can act on, as said
    snapshot_behind: int | None = None  # envelopes after the agency's latest snapshot
    measures_version: int | None = None  # the hub's framework version, from the last page
    restored_from: str = ""  # the snapshot this round restored the store from
    snapshot_made: str = ""  # the snapshot this round made and uploaded


@dataclass(frozen=True)
class SnapshotReport:
    snapshot_id: str
    parts: int
    events: int
    bytes_sent: int
    cancelled: bool = False
