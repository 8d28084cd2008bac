"""Errors of the forms core: a Questionnaire refused at import, an answer that does not fit.

Each carries a stable ``reason`` (tests and the UI branch on it), the ``link_id`` of the
item at fault where there is one, and a plain sentence as ``str(error)`` naming that item.
"""

from __future__ import annotations

from collabdesk.errors import CollabDeskError


class FormError(CollabDeskError):
    """A form could not be imported or an expression could not run; nothing was changed.

    Reasons: ``malformed-json``, ``not-a-questionnaire``, ``stu3``, ``too-large``,
    ``duplicate-link-id``, ``unsupported`` (a feature outside the supported subset),
    ``invalid`` (a required element missing or of the wrong shape), ``enable-when-unknown``,
    ``enable-when-cycle``, ``expression-syntax``, ``expression-runaway``,
    ``expression-failed``, ``version-clash`` (the same url and version with other content),
    ``retired``, ``unreadable`` (the file cannot be read).
    """

    def __init__(self, reason: str, message: str, *, link_id: str | None = None) -> None:
        self.reason = reason
        self.link_id = link_id
        where = f"Item {link_id!r}: " if link_id else ""
        super().__init__(f"{where}{message}")


class AnswerError(CollabDeskError):
    """An answer does not fit its item (wrong type, not an option, out of range)."""

    def __init__(self, reason: str, message: str, *, link_id: str) -> None:
        self.reason = reason
        self.link_id = link_id
        super().__init__(f"Item {link_id!r}: {message}")
