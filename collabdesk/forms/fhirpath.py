"""FHIRPath for forms, through the ``fhirpathpy`` library, with a bound on every evaluation.

Expressions are parsed once, at import (:func:`compile_expression`); a syntax error is a
:class:`FormError` naming the item. Each evaluation is bounded three ways, so a form can
never hang or exhaust a laptop: the parse tree's depth (checked at import), the number of
expression nodes evaluated, and the size of any intermediate collection; a wall-clock limit
backs them up. A bound hit raises :class:`FormError` (``expression-runaway``).

The SDC functions a form uses are supplied here: ``answers()`` (every answer below a
response or item), ``ordinal()`` and ``weight()`` (an answer's or coding's ordinalValue /
itemWeight as the form declares it). ``%resource``, ``%questionnaire``, ``%context`` and the
form's variables are passed by the evaluator.

:func:`reads_of` tells what an expression reads (which response items, which variables), so
the evaluator can reuse its result while those are unchanged.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from collabdesk.forms.errors import FormError
from collabdesk.messages import Message, msg

MAX_DEPTH = 60  # nesting of the parse tree
MAX_STEPS = 200_000  # expression nodes evaluated per evaluation
MAX_ITEMS = 50_000  # elements in any intermediate collection
MAX_SECONDS = 0.5  # wall clock per evaluation, checked every few hundred steps
MAX_LENGTH = 4_000  # characters in one expression

_ANSWER_PATH = "QuestionnaireResponse.item.answer"


class _Budget:
    __slots__ = ("deadline", "steps")

    def __init__(self) -> None:
        self.steps = 0
        self.deadline = time.monotonic() + MAX_SECONDS


_local = threading.local()


def _bounded(evaluate: Callable[[Any, Any, Any], Any]) -> Callable[[Any, Any, Any], Any]:
    def run(ctx: Any, parent: Any, node: Any) -> Any:
        budget: _Budget | None = getattr(_local, "budget", None)
        if budget is not None:
            budget.steps += 1
            if budget.steps > MAX_STEPS:
                raise _Runaway(msg("forms.runaway.steps", limit=f"{MAX_STEPS:,}"))
            if not budget.steps & 0xFF and time.monotonic() > budget.deadline:
                raise _Runaway(msg("forms.runaway.time", seconds=f"{MAX_SECONDS:g}"))
        result = evaluate(ctx, parent, node)
        if budget is not None and isinstance(result, list) and len(result) > MAX_ITEMS:
            raise _Runaway(msg("forms.runaway.items", limit=f"{MAX_ITEMS:,}"))
        return result

    run.__wrapped__ = evaluate  # type: ignore[attr-defined]
    return run


class _Runaway(Exception):
    """An evaluation hit a bound; ``why`` says which."""

    def __init__(self, why: Message) -> None:
        self.why = why
        super().__init__(why.code)


_library: SimpleNamespace | None = None
_library_lock = threading.Lock()


def _lib() -> SimpleNamespace:
    """The library and its ANTLR parser, loaded on first use: they cost tens of megabytes
    and milliseconds that a laptop showing a profile, but evaluating no form, never pays."""
    global _library
    if _library is None:
        with _library_lock:
            if _library is None:
                _library = _load_library()
    return _library


def _load_library() -> SimpleNamespace:
    from antlr4 import CommonTokenStream, InputStream, ParseTreeWalker, Token
    from antlr4.error.ErrorListener import ErrorListener
    from fhirpathpy import apply_parsed_path
    from fhirpathpy.engine.evaluators import evaluators
    from fhirpathpy.engine.nodes import FP_Type, ResourceNode
    from fhirpathpy.models import models
    from fhirpathpy.parser.ASTPathListener import ASTPathListener
    from fhirpathpy.parser.generated.FHIRPathLexer import FHIRPathLexer
    from fhirpathpy.parser.generated.FHIRPathParser import FHIRPathParser

    class Refuse(ErrorListener):
        """The library's parser skips what it cannot read; a form's expression must not."""

        def syntaxError(self, recognizer: Any, offending: Any, line: int,  # noqa: N802
                        column: int, msg: str, e: Any) -> None:
            raise SyntaxError(f"at character {column + 1}: {msg}")

    # Count every node the library evaluates (its evaluators are looked up in one table).
    for name, fn in list(evaluators.items()):
        if not hasattr(fn, "__wrapped__"):
            evaluators[name] = _bounded(fn)
    return SimpleNamespace(
        CommonTokenStream=CommonTokenStream, InputStream=InputStream,
        ParseTreeWalker=ParseTreeWalker, Token=Token, Refuse=Refuse,
        apply_parsed_path=apply_parsed_path, FP_Type=FP_Type, ResourceNode=ResourceNode,
        R4=models["r4"], ASTPathListener=ASTPathListener, FHIRPathLexer=FHIRPathLexer,
        FHIRPathParser=FHIRPathParser)


def _depth(node: Any, level: int = 0) -> int:
    if level > MAX_DEPTH:
        return level
    children = node.get("children") if isinstance(node, dict) else None
    if not children:
        return level
    return max(_depth(child, level + 1) for child in children)


def _parse(text: str) -> Any:
    """The library's parse, refusing any syntax error and anything left unread."""
    lib = _lib()
    lexer = lib.FHIRPathLexer(lib.InputStream(text))
    lexer.removeErrorListeners()
    lexer.addErrorListener(lib.Refuse())
    tokens = lib.CommonTokenStream(lexer)
    parser = lib.FHIRPathParser(tokens)
    parser.buildParseTrees = True
    parser.removeErrorListeners()
    parser.addErrorListener(lib.Refuse())
    tree = parser.expression()
    if tokens.LA(1) != lib.Token.EOF:
        raise SyntaxError(f"unexpected {tokens.LT(1).text!r} after the expression")
    listener = lib.ASTPathListener()
    lib.ParseTreeWalker().walk(listener, tree)
    return listener.parentStack[0]


class Compiled:
    """A parsed expression, ready to evaluate many times."""

    __slots__ = ("expression", "link_id", "parsed")

    def __init__(self, expression: str, parsed: Any, link_id: str | None) -> None:
        self.expression = expression
        self.parsed = parsed
        self.link_id = link_id


_cache: dict[str, Any] = {}
_cache_lock = threading.Lock()


def compile_expression(expression: str, *, link_id: str | None = None) -> Compiled:
    """Parse ``expression`` or raise :class:`FormError` naming ``link_id``."""
    text = expression.strip()
    if not text:
        raise FormError("expression-syntax", "forms.expression-empty", link_id=link_id)
    if len(text) > MAX_LENGTH:
        raise FormError("expression-syntax", "forms.expression-too-long", limit=MAX_LENGTH,
                        link_id=link_id)
    with _cache_lock:
        parsed = _cache.get(text)
    if parsed is None:
        try:
            parsed = _parse(text)
        except RecursionError:
            raise FormError("expression-runaway", "forms.expression-nested-too-deeply",
                            expression=repr(text), link_id=link_id) from None
        except Exception as exc:  # the parser raises plain exceptions on bad syntax
            raise FormError("expression-syntax", "forms.expression-syntax",
                            expression=repr(text), error=str(exc), link_id=link_id) from None
        if _depth(parsed) > MAX_DEPTH:
            raise FormError("expression-runaway", "forms.expression-nested-levels",
                            expression=repr(text), limit=MAX_DEPTH, link_id=link_id)
        with _cache_lock:
            _cache[text] = parsed
    return Compiled(text, parsed, link_id)


@contextmanager
def _budget() -> Iterator[None]:
    outer = getattr(_local, "budget", None)
    _local.budget = _Budget()
    try:
        yield
    finally:
        _local.budget = outer


def evaluate(compiled: Compiled, resource: Any, variables: Mapping[str, Any],
             functions: Mapping[str, Any]) -> list[Any]:
    """Evaluate ``compiled`` on ``resource`` with ``%name`` variables; the result as plain
    data. Raises :class:`FormError` if it is stopped (``expression-runaway``) or fails
    (``expression-failed``)."""
    lib = _lib()
    try:
        with _budget():
            result = lib.apply_parsed_path(resource, compiled.parsed, dict(variables), lib.R4,
                                       {"userInvocationTable": functions})
    except _Runaway as exc:
        raise FormError("expression-runaway", "forms.expression-stopped",
                        expression=repr(compiled.expression), why=exc.why,
                        link_id=compiled.link_id) from None
    except RecursionError:
        raise FormError("expression-runaway", "forms.expression-stopped",
                        expression=repr(compiled.expression), why=msg("forms.runaway.recursion"),
                        link_id=compiled.link_id) from None
    except Exception as exc:  # the library raises plain exceptions for type errors
        raise FormError("expression-failed", "forms.expression-failed",
                        expression=repr(compiled.expression), error=str(exc),
                        link_id=compiled.link_id) from None
    return [_plain(v) for v in (result if isinstance(result, list) else [result])]


def _plain(value: Any) -> Any:
    """Library number and date types as JSON-ready values."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() and abs(value) < 2**53 else float(
            value)
    lib = _lib()
    if isinstance(value, lib.FP_Type):
        return str(value)
    if isinstance(value, lib.ResourceNode):
        return _plain(value.data)
    return value


@dataclass(frozen=True)
class Reads:
    """What an expression reads besides the form itself: the response items it names at the
    top level (None: possibly anything in the response), the variables it uses, whether it
    reads %context, and whether its result can change with nothing else changing (today())."""

    links: frozenset[str] | None
    names: tuple[str, ...]
    context: bool
    volatile: bool


_ITEM_BY_LINK = re.compile(r"%resource\.item\.where\(\s*linkId\s*=\s*'([^'\\]+)'\s*\)")
_VARIABLE = re.compile(r"%([A-Za-z_][A-Za-z0-9_]*)")
_BUILT_IN = frozenset({"resource", "questionnaire", "context", "ucum", "sct", "loinc"})
_CLOCK = re.compile(r"\b(today|now|timeOfDay)\s*\(")
# Functions whose argument is evaluated on each item of what they are called on.
_PER_ITEM = frozenset({"where", "select", "all", "exists", "repeat"})


def reads_of(compiled: Compiled) -> Reads:
    """What ``compiled`` reads (the evaluator reuses a result while that is unchanged)."""
    expression = compiled.expression
    names = tuple(sorted({n for n in _VARIABLE.findall(expression) if n not in _BUILT_IN}))
    lookups = _ITEM_BY_LINK.findall(expression)
    # Narrowed to those items only if every mention of %resource is such a lookup and nothing
    # reads the response implicitly, as a bare name or function at its root does.
    narrowed = expression.count("%resource") == len(lookups) and not _reads_root(
        compiled.parsed)
    return Reads(frozenset(lookups) if narrowed else None, names, "%context" in expression,
                  bool(_CLOCK.search(expression)))


def _reads_root(node: Any, per_item: bool = False) -> bool:
    """Whether a parse tree evaluates a name or function against the expression's root."""
    if not isinstance(node, dict):
        return False
    kind = node.get("type")
    children = node.get("children") or []
    if kind == "InvocationTerm":
        return not per_item
    if kind == "InvocationExpression" and len(children) == 2:
        receiver, invocation = children
        if _reads_root(receiver, per_item):
            return True
        name, params = _call(invocation)
        return any(_reads_root(p, per_item or name in _PER_ITEM) for p in params)
    return any(_reads_root(child, per_item) for child in children)


def _call(node: Any) -> tuple[str, list[Any]]:
    """A FunctionInvocation's name and arguments (a member access has neither)."""
    if not isinstance(node, dict) or node.get("type") != "FunctionInvocation":
        return "", []
    functn = (node.get("children") or [{}])[0]
    parts = functn.get("children") or []
    name = parts[0].get("text", "") if parts else ""
    params = parts[1].get("children") or [] if len(parts) > 1 else []
    return str(name), list(params)


def response_item(item: Mapping[str, Any]) -> Any:
    """A QuestionnaireResponse item as a typed node, so ``%context.answer.value`` resolves
    the choice type as it does below ``%resource``."""
    return _lib().ResourceNode.create_node(dict(item), "QuestionnaireResponse.item")


def sdc_functions(weights: Callable[[Any], float | None]) -> dict[str, Any]:
    """The SDC functions for one form; ``weights`` maps a coding or answer to its weight."""

    node_of = _lib().ResourceNode.create_node

    def answers(inputs: list[Any]) -> list[Any]:
        found: list[Any] = []

        def walk(items: Any) -> None:
            for item in items or ():
                if not isinstance(item, dict):
                    continue
                for answer in item.get("answer") or ():
                    if isinstance(answer, dict):
                        found.append(node_of(answer, _ANSWER_PATH))
                        walk(answer.get("item"))
                walk(item.get("item"))

        for node in inputs:
            if isinstance(node, dict):
                walk(node.get("item"))
        return found

    def ordinal(inputs: list[Any]) -> list[Any]:
        out = []
        for value in inputs:
            weight = weights(value)
            if weight is not None:
                out.append(weight)
        return out

    return {
        "answers": {"fn": answers, "arity": {0: []}},
        "ordinal": {"fn": ordinal, "arity": {0: []}},
        "weight": {"fn": ordinal, "arity": {0: []}},
    }
