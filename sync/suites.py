"""The post-quantum rollout rules: whether an envelope's suites meet the post-quantum policy of
the agencies it is sealed to (docs/sync-protocol.md, *Post-quantum suite*).

One place for the rule that the sending laptop, the receiving laptop and the hub each apply:
an agency that requires the post-quantum suite (an ``epoch`` entry with ``require_pq`` in its
signed chain) takes no envelope that also carries a classical (suite 1) wrapped key, because a
body is only as safe as the weakest key wrapped around it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from collabdesk.sync.errors import SyncError
from collabdesk.sync.keys import SUITE_X25519

Recipient = tuple[str, int, int]  # (agency, epoch, suite) as in an envelope header


class PqPolicyError(SyncError):
    """An envelope (to be) sealed with the classical suite to an agency that requires the
    post-quantum one."""

    area = "pq"

    def __init__(self, reason: str, code: str, /, **params: Any) -> None:
        super().__init__(reason, code, **params)


def classical_for(recipients: Iterable[Recipient],
                  pq_since: Callable[[str], int | None], *, history: bool) -> str | None:
    """The agency whose post-quantum policy the recipients break, or None.

    ``pq_since(agency)`` is the first epoch of that agency's chain that required the suite
    (None: it does not). Sending, and the hub on a push, apply today's policy (``history``
    False). A laptop opening what is already in its mailbox (``history`` True) holds an
    envelope to the policy only when it was sealed to an epoch published under it, so what
    was sent before the agency required the suite stays readable.
    """
    recipients = list(recipients)
    if all(suite != SUITE_X25519 for _, _, suite in recipients):
        return None
    for agency, epoch, _ in recipients:
        since = pq_since(agency)
        if since is not None and (not history or epoch >= since):
            return agency
    return None
