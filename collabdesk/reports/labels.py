"""Words for the categories of the monthly summary.

The summary keeps categories as codes (``mental_health``, ``non_binary``,
``declined: not_eligible``): they travel to the hub, into trends and into other tools
unchanged. People read words instead (``Mental health``, ``Non-binary``,
``Declined: not eligible``). The exports and the UI's ``label()`` get them here, from the
message catalogue (:mod:`collabdesk.message_catalogue`), so the words are the same
everywhere: English in the exported documents, the user's language on screen
(:func:`category_label`).
"""

from __future__ import annotations

from collabdesk.domain import GENDERS, NEED_DOMAINS
from collabdesk.messages import Message, label
from collabdesk.reports import indicators as ind
from collabdesk.reports.suppression import PublishedTable

__all__ = ["category_label", "english_label", "english_rows"]


def category_label(category: str) -> Message | str:
    """The words for one row or column label of a summary table (a :class:`Message` renders
    in the current language); labels that are already words come back unchanged."""
    if category.startswith(ind.DECLINED_PREFIX):
        return label("declined", category[len(ind.DECLINED_PREFIX):])
    if category in NEED_DOMAINS:
        return label("domain", category)
    if category in GENDERS:
        return label("gender", category)
    return category


def english_label(category: str) -> str:
    """:func:`category_label` in English, for the exported documents (written in English)."""
    words = category_label(category)
    return words.english() if isinstance(words, Message) else words


def english_rows(table: PublishedTable, *, total_label: str = "Total") -> list[list[str]]:
    """``table.as_rows()`` with its row and column labels in English words."""
    header, *body = table.as_rows(total_label=total_label)
    return [[header[0], *map(english_label, header[1:])],
            *([english_label(row[0]), *row[1:]] for row in body)]
