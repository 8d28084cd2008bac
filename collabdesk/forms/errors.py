"""Errors of the forms core: a Questionnaire refused at import, an answer that does not fit.

Each carries a stable ``reason`` (tests and the UI branch on it), the ``link_id`` of the
item at fault where there is one, and a catalogue code with its parameters (see
:mod:`collabdesk.message_catalogue.forms`). ``str(error)`` renders the sentence in the
current language and, where there is an item at fault, names it first ("Item 'q1': …").
"""

from __future__ import annotations

from typing import Any

from collabdesk.errors import CollabDeskError
from collabdesk.messages import Message, render


def at_item(link_id: str | None, problem: Message | str) -> str:
    """``problem`` in the current language, naming the item at fault where there is one."""
    if not link_id:
        return str(problem)
    return render("forms.at-item", {"link_id": repr(link_id), "problem": problem})


class FormError(CollabDeskError):
    """A form could not be imported or an expression could not run; nothing was changed.

    Reasons: ``malformed-json``, ``not-a-questionnaire``, ``stu3``, ``too-large``,
    ``duplicate-link-id``, ``unsupported`` (a feature outside the supported subset),
    ``invalid`` (a required element missing or of the wrong shape), ``enable-when-unknown``,
    ``enable-when-cycle``, ``expression-syntax``, ``expression-runaway``,
    ``expression-failed``, ``version-clash`` (the same url and version with other content),
    ``retired``, ``unreadable`` (the file cannot be read).
    """

    def __init__(self, reason: str, code: str, /, *, link_id: str | None = None,
                 **params: Any) -> None:
        self.reason = reason
        self.link_id = link_id
        super().__init__(code, **params)

    def __str__(self) -> str:
        return at_item(self.link_id, self._message)


class AnswerError(CollabDeskError):
    """An answer does not fit its item (wrong type, not an option, out of range).

    ``problem`` is what :func:`collabdesk.forms.answers.check_answer` found.
    """

    def __init__(self, reason: str, problem: Message, /, *, link_id: str) -> None:
        self.reason = reason
        self.link_id = link_id
        super().__init__(problem.code, **problem.params)

    def __str__(self) -> str:
        return at_item(self.link_id, self._message)
