"""The core's message catalogue: every message code with its English template, kept in one
module per area and merged here into the one :data:`MESSAGES` that :mod:`collabdesk.messages`
renders from.

A new message goes into the module of its area under a new code (never reuse a code for a
different meaning: translations are keyed by the English template).
"""

from __future__ import annotations

from collabdesk.message_catalogue import (
    access,
    casework,
    forms,
    hub,
    imports,
    reports,
    storage,
    sync,
)

__all__ = ["MESSAGES"]

MESSAGES: dict[str, str] = {
    **storage.MESSAGES,
    **access.MESSAGES,
    **casework.MESSAGES,
    **imports.MESSAGES,
    **forms.MESSAGES,
    **reports.MESSAGES,
    **sync.MESSAGES,
    **hub.MESSAGES,
}
