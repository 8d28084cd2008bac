"""How the core shows a person a sentence: a stable code, its English template, one translator.

Core errors and advice carry a code (``"case.title-required"``) and named parameters rather
than finished English; :data:`MESSAGES` is the one catalogue of codes to English templates
(``str.format`` style, ``{name}`` placeholders). Rendering runs the template through the
translator installed with :func:`set_translator` and then fills in the parameters, so the
core stays free of Qt while the desktop app shows every message in the user's language
(``collabdesk.ui.i18n`` installs a translator backed by the app's .qm catalogues, context
:data:`TRANSLATION_CONTEXT`). Without a translator, as in the CLI and the hub, messages read
in English.

A code missing from the catalogue is shown as it is: text that predates the catalogue still
reads, and ``tests/core/test_messages.py`` finds such raise sites. The catalogue lives in
:mod:`collabdesk.message_catalogue`, one module per area; a new message gets a new code (never
reuse a code for a different meaning: translations are keyed by the English template).
"""

from __future__ import annotations

import logging
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from collabdesk.message_catalogue import MESSAGES

__all__ = ["MESSAGES", "TRANSLATION_CONTEXT", "Joined", "Message", "Translator", "label", "msg",
           "placeholders", "render", "set_translator", "translate"]

log = logging.getLogger(__name__)

# The context under which the app's .ts files hold the catalogue's templates.
TRANSLATION_CONTEXT = "CoreMessages"

Translator = Callable[[str], str]


def _identity(text: str) -> str:
    return text


_translator: Translator = _identity


def set_translator(translator: Translator | None) -> None:
    """Translate every template through ``translator`` from now on (``None``: English)."""
    global _translator
    _translator = translator if translator is not None else _identity


def translate(text: str) -> str:
    """``text`` (an English template) in the current language."""
    try:
        return _translator(text) or text
    except Exception:  # a broken translator must not hide the message itself
        log.exception("The message translator failed; showing English.")
        return text


def placeholders(text: str) -> set[str]:
    """The parameter names a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def render(code: str, params: Mapping[str, Any] | None = None, *,
           english: bool = False) -> str:
    """The message ``code`` in the current language (``english``: in English, as documents
    written in English need) with ``params`` filled in."""
    source = MESSAGES.get(code)
    if source is None:
        return code
    values = {k: _text(v, english) for k, v in (params or {}).items()}
    for text in ((source,) if english else (translate(source), source)):
        try:
            return text.format_map(values)
        except (KeyError, IndexError, ValueError, TypeError, AttributeError):
            # A translation that lost or misspelt a placeholder: English rather than nothing.
            log.warning("Message %r does not fit its parameters %s.", code, sorted(values))
    return source


def _text(value: Any, english: bool) -> Any:
    if isinstance(value, Message | Joined):
        return value.english() if english else str(value)
    return value


@dataclass(frozen=True)
class Message:
    """A catalogue code with its parameters; ``str()`` renders it in the current language.

    A parameter may itself be a :class:`Message` (a label, a location) and is rendered too.
    """

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return render(self.code, self.params)

    def english(self) -> str:
        return render(self.code, self.params, english=True)


def msg(code: str, /, **params: Any) -> Message:
    return Message(code, params)


@dataclass(frozen=True)
class Joined:
    """Several messages as one parameter, each rendered in the current language."""

    parts: tuple[Message | str, ...]
    separator: str = ", "

    def __str__(self) -> str:
        return self.separator.join(map(str, self.parts))

    def english(self) -> str:
        return self.separator.join(_text(p, True) for p in self.parts)


def label(kind: str, value: str) -> Message | str:
    """The words for an enumeration value ("mental_health" → "Mental health"): the catalogue
    entry ``label.<kind>.<value>``, else the value made readable."""
    code = f"label.{kind}.{value}"
    return Message(code) if code in MESSAGES else value.replace("_", " ")
