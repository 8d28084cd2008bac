"""Duplicate-client matching: blocking keys and a transparent evidence score.

What a worker typed is first normalised by :mod:`collabdesk.services.normalization` (names,
with its table of nicknames and transliterations, phones, identifiers, genders).

At intake a worker types a new client; the app must show which existing clients are probably the
same person, best first, each with short reasons a person can check. This module is pure Python
(no database, no Qt). The store keeps each client's keys in a full-text index
(``client_keys``, see ``services.clients``); the flow is::

    keys = blocking_keys(candidate)                # a handful of short strings
    ids = store.client_ids_sharing_any(keys)       # the store's job (a few hundred at most)
    matches = rank(candidate, store.facts_for(ids))

Blocking keys
-------------
Each key has a prefix naming its kind. A true duplicate only has to share *one* key with the
original, while each key should be held by few clients, so the candidate set stays small:

``n:`` name pair
    Every unordered pair (one token from the given names, one from the family names) of *name
    codes*. A token's codes are its Metaphone code plus ``=group`` for every nickname group it is
    in (Bill and William both carry ``=william``). Phonetic codes absorb accents, case and most
    typos (Kathrine/Katherine, Smyth/Smith); nickname groups catch Bob/Robert, Paco/Francisco,
    Mohamed/Muhammad; the pair is unordered, so swapped given/family names still meet; one pair
    per family token, so "García López" meets "García". A pair of codes is far more selective
    than either code alone (thousands of Marias and of Garcias, few Maria Garcias). One-letter
    initials make no key. A client with only one name part gets pairs inside that part.
``y:`` name code and birth year
    ``y:CODE:YEAR`` for each name token, with the year of birth or the estimated one: the
    fallback when a typo changes one name's phonetic code and there is no full date of birth.
``d:`` date of birth
    ``d:YYYY-a-b`` with day and month sorted, so 03/04/1990 and 04/03/1990 share it. It also finds
    a duplicate whose name was badly mistyped.
``p:`` phone
    The last 7 significant digits (country and trunk prefixes differ, the tail does not).
``i:`` identifier
    Normalised kind and value: an identical identifier is near-certain evidence.

Off-by-one-digit years, estimated ages and nicknames with mistyped family names are found through
the name keys; a mistyped name through the other name's ``y:`` key or the date of birth, phone and
identifier keys. A client typed with nothing but a mistyped one-word name can be missed. A shared
phone (a shelter's landline), a heaped date (1 January) or the commonest name pair (José García is
about 1% of a Latin American register) can make one key common: the store may skip a key held by
more than about a thousand clients, like a stop word, and rely on the client's other keys.
``BLOCKING_KEYS_VERSION`` changes whenever the keys would; the store should then rebuild its table.

Search
------
Client search reuses the keys to forgive a misspelt name (Vikram Chaudry, Jasmin Hadad,
Mohammed Alsayed): ``TypedName`` turns the words typed into ``n:`` keys allowing one ordinary
slip per word, and into prefixes for the store's names index for plain typos; its ``match``
keeps the clients whose every name typed is met (see :mod:`collabdesk.services.name_search`).

Score
-----
A weighted evidence model in the spirit of Fellegi–Sunter: each field adds points for agreement
and subtracts points for disagreement, fields missing on either side add nothing, and

    score = 1 / (1 + exp(-(points - 3)))

so 3 points is an even chance (score 0.5, the default threshold). The weights:

=====================================  =====================================================
given name / family name               exact +3, spelled similarly (same Metaphone or
                                       Jaro-Winkler >= 0.9) +2, nickname/transliteration +2,
                                       one name shares a token with a longer one (compound
                                       names) +2.5 for an exact shared token, some tokens
                                       match and others conflict +0.5 (given) / +1 (family),
                                       only an initial matches +0.5, different -3
swapped given/family names             the better of straight and swapped, swapped costs 0.5
date of birth                          same +4; day and month swapped +3; one digit differs,
                                       two adjacent digits swapped or year off by one +2.5;
                                       same year otherwise -2.5;
                                       otherwise -3.5, or -6 when more than 10 years apart
estimated birth year (either side)     within 2 years +0.5; within 5: 0; within 10: -1.5;
                                       within 15: -4; further -6
phone (last 7-9 significant digits)    same +2.5; different 0 (people change numbers)
identifier of the same kind            same value +12 (near-certain); different value -4
gender recorded on both sides          different -1 (mild: data entry varies)
=====================================  =====================================================

So an identical name alone scores 0.95, name and date of birth 0.999; the same common name with a
different date of birth scores 0.38, and siblings sharing a phone and family name score below
0.1. Twins with the same family name and date of birth but different given names score about
0.7; the "Different given name" reason makes that visible. Every item of evidence adds a reason,
strongest first; reasons are catalogue messages (:mod:`collabdesk.messages`), so they read in the
language the app is in.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

import jellyfish
from rapidfuzz.distance import JaroWinkler

from collabdesk.messages import render
from collabdesk.services.normalization import (
    _APOSTROPHES,
    _CANONICAL_NAMES,
    _GROUPS_BY_NAME,
    _PARTICLES,
    normalize_gender,
    normalize_identifier,
    normalize_name,
    normalize_phone,
)

__all__ = [
    "BLOCKING_KEYS_VERSION",
    "ClientFacts",
    "MatchResult",
    "blocking_keys",
    "rank",
    "score",
]

BLOCKING_KEYS_VERSION = 1  # bump when blocking_keys() would give other keys


@dataclass(frozen=True)
class ClientFacts:
    """What intake knows about a client, as typed; matching normalises it itself."""

    given_name: str
    family_name: str
    dob: datetime.date | None = None
    estimated_birth_year: int | None = None
    phone: str | None = None
    gender: str | None = None
    identifiers: tuple[tuple[str, str], ...] = ()  # (kind, value)

    def __post_init__(self) -> None:
        # Accept lists from callers; the facts must stay hashable (they key the cache below).
        pairs = tuple((str(kind), str(value)) for kind, value in self.identifiers)
        object.__setattr__(self, "identifiers", pairs)


@dataclass(frozen=True)
class MatchResult:
    """``score`` in 0..1 (0.5 means even odds); ``reasons`` strongest evidence first."""

    score: float
    reasons: tuple[str, ...]


# --- preparation (normalise once per client; cached because rank sees the same clients often) --

_MAX_TOKENS = 4  # per name part: bounds key count and the token-assignment search


@dataclass(frozen=True, slots=True)
class _Token:
    norm: str
    display: str  # as typed, for reasons
    code: str  # Metaphone, or the token itself where Metaphone gives nothing (digits, scripts)
    groups: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Part:
    """One name part (given or family names) as tokens, plus forms for the exact-match test."""

    tokens: tuple[_Token, ...]
    sorted_norms: tuple[str, ...]  # "López García" is the same family name as "García López"
    joined: str  # "Abdul Rahman" is the same given name as "Abdulrahman"


@dataclass(frozen=True, slots=True)
class _Prepared:
    given: _Part
    family: _Part
    dob: datetime.date | None
    dob_digits: str  # YYYYMMDD, for spotting a one-digit slip
    birth_year: int | None  # from dob, else the estimate
    phone: str
    gender: str
    identifiers: frozenset[tuple[str, str]]


_WORD_SEPARATORS = re.compile(r"[\s\-‐–—/,;.]+")


@functools.lru_cache(maxsize=65536)
def _word_tokens(word: str) -> tuple[_Token, ...]:
    # Cached per word: registers repeat the same few thousand names, and Metaphone is the cost.
    display = _APOSTROPHES.sub("", word).strip("()[]\"")
    tokens = []
    for norm in normalize_name(word).split():
        code = jellyfish.metaphone(norm) or norm
        groups = _GROUPS_BY_NAME.get(norm, frozenset())
        tokens.append(_Token(norm, display or norm, code, groups))
    return tuple(tokens)


def _part(text: str) -> _Part:
    tokens = [token for word in _WORD_SEPARATORS.split(text) for token in _word_tokens(word)]
    kept = (tuple(t for t in tokens if t.norm not in _PARTICLES) or tuple(tokens))[:_MAX_TOKENS]
    norms = [t.norm for t in kept]
    return _Part(kept, tuple(sorted(norms)), "".join(norms))


@functools.lru_cache(maxsize=16384)
def _prepare(facts: ClientFacts) -> _Prepared:
    birth_year = facts.dob.year if facts.dob is not None else facts.estimated_birth_year
    identifiers = frozenset(
        ident
        for ident in (normalize_identifier(kind, value) for kind, value in facts.identifiers)
        if ident[1]
    )
    return _Prepared(
        given=_part(facts.given_name),
        family=_part(facts.family_name),
        dob=facts.dob,
        dob_digits=facts.dob.strftime("%Y%m%d") if facts.dob is not None else "",
        birth_year=birth_year,
        phone=normalize_phone(facts.phone or ""),
        gender=normalize_gender(facts.gender),
        identifiers=identifiers,
    )


# --- blocking keys -----------------------------------------------------------------------------


def _codes(token: _Token) -> set[str]:
    return {token.code} | {"=" + group for group in token.groups}


def blocking_keys(facts: ClientFacts) -> set[str]:
    """Short keys under which the store indexes a client; see the module docstring."""
    prepared = _prepare(facts)
    keys: set[str] = set()
    given = [t for t in prepared.given.tokens if len(t.norm) > 1]
    family = [t for t in prepared.family.tokens if len(t.norm) > 1]
    if given and family:
        pairs: Iterable[tuple[_Token, _Token]] = itertools.product(given, family)
    else:
        pairs = itertools.combinations(given or family, 2)
        if len(given or family) == 1:  # a one-word name: its codes alone
            keys.update("n:" + code for code in _codes((given or family)[0]))
    for first, second in pairs:
        for code_a in _codes(first):
            for code_b in _codes(second):
                keys.add("n:" + "+".join(sorted((code_a, code_b))))
    if prepared.birth_year is not None:
        for token in given + family:
            keys.add(f"y:{token.code}:{prepared.birth_year}")
    if prepared.dob is not None:
        low, high = sorted((prepared.dob.month, prepared.dob.day))
        keys.add(f"d:{prepared.dob.year:04d}-{low:02d}-{high:02d}")
    if len(prepared.phone) >= 7:
        keys.add("p:" + prepared.phone[-7:])
    for kind, value in prepared.identifiers:
        keys.add(f"i:{kind}:{value}")
    return keys


# --- names ---------------------------------------------------------------------------------------


class _Evidence(NamedTuple):
    weight: float  # points towards "same person"
    reason: str | None  # None: counted but already said by another reason
    priority: float | None = None  # sort position among reasons when not the weight



_NONE, _INITIAL, _NICKNAME, _SIMILAR, _EXACT = range(5)
_LEVEL_WEIGHT = {_EXACT: 3.0, _SIMILAR: 2.0, _NICKNAME: 2.0, _INITIAL: 0.5}
_SIMILAR_JARO_WINKLER = 0.9


@dataclass(frozen=True, slots=True)
class _Pair:
    level: int
    closeness: float  # Jaro-Winkler, breaks ties between assignments
    mine: _Token  # the candidate's token
    theirs: _Token  # the existing client's token


def _compare_tokens(mine: _Token, theirs: _Token) -> _Pair:
    a, b = mine.norm, theirs.norm
    if a == b:
        return _Pair(_EXACT, 1.0, mine, theirs)
    # One fixed argument order, so the score cannot depend on which client is the candidate.
    closeness = JaroWinkler.similarity(a, b) if a < b else JaroWinkler.similarity(b, a)
    if len(a) == 1 or len(b) == 1:
        level = _INITIAL if a[0] == b[0] else _NONE
    elif mine.code == theirs.code:
        level = _SIMILAR
    elif mine.groups & theirs.groups:
        level = _NICKNAME  # before closeness: Will/William is a nickname, not a typo
    elif closeness >= _SIMILAR_JARO_WINKLER:
        level = _SIMILAR
    else:
        level = _NONE
    return _Pair(level, closeness, mine, theirs)


@dataclass(frozen=True, slots=True)
class _PartMatch:
    kind: str  # exact, similar, nickname, initial, shares, partial, different
    weight: float
    pair: _Pair | None  # the pair the reason names


_DIFFERENT_WEIGHT = -3.0
_PARTIAL_WEIGHT = {"given": 0.5, "family": 1.0}
_SUBSET_DISCOUNT = 0.5
_SWAP_COST = 0.5
_KIND_OF_LEVEL = {_EXACT: "exact", _SIMILAR: "similar", _NICKNAME: "nickname", _INITIAL: "initial"}


_EXACT_PART = _PartMatch("exact", _LEVEL_WEIGHT[_EXACT], None)
_DIFFERENT_PART = _PartMatch("different", _DIFFERENT_WEIGHT, None)


def _compare_parts(my_part: _Part, their_part: _Part, part: str) -> _PartMatch | None:
    """Best one-to-one alignment of two name parts' tokens (at most 4 each, so brute force)."""
    mine, theirs = my_part.tokens, their_part.tokens
    if not mine or not theirs:
        return None
    if my_part.sorted_norms == their_part.sorted_norms or my_part.joined == their_part.joined:
        return _EXACT_PART
    if len(mine) == 1 and len(theirs) == 1:  # the common case, without the search
        pair = _compare_tokens(mine[0], theirs[0])
        if pair.level == _NONE:
            return _DIFFERENT_PART
        return _PartMatch(_KIND_OF_LEVEL[pair.level], _LEVEL_WEIGHT[pair.level], pair)
    flipped = len(mine) > len(theirs)
    short, long_ = (theirs, mine) if flipped else (mine, theirs)
    best: list[_Pair] = []
    best_key: tuple[int, int, float] = (-1, -1, -1.0)
    for chosen in itertools.permutations(long_, len(short)):
        pairs = [
            _compare_tokens(b, a) if flipped else _compare_tokens(a, b)
            for a, b in zip(short, chosen, strict=True)
        ]
        matched = [p for p in pairs if p.level > _NONE]
        key = (len(matched), sum(p.level for p in matched), sum(p.closeness for p in matched))
        if key > best_key:
            best_key, best = key, matched
    if not best:
        return _DIFFERENT_PART
    if len(best) < len(short):
        strongest = max(best, key=lambda p: (p.level, p.closeness))
        return _PartMatch("partial", _PARTIAL_WEIGHT[part], strongest)
    strong = [p for p in best if p.level > _INITIAL]
    if not strong:
        return _PartMatch("initial", _LEVEL_WEIGHT[_INITIAL], best[0])
    weakest = min(strong, key=lambda p: (p.level, p.closeness))
    if len(mine) == len(theirs) and len(strong) == len(best):
        return _PartMatch(_KIND_OF_LEVEL[weakest.level], _LEVEL_WEIGHT[weakest.level], weakest)
    strongest = max(strong, key=lambda p: (p.level, p.closeness))
    return _PartMatch("shares", _LEVEL_WEIGHT[weakest.level] - _SUBSET_DISCOUNT, strongest)


_PART_TEMPLATES: dict[tuple[str, str], str] = {
    ("given", "exact"): "match.given-same",
    ("given", "similar"): "match.given-similar",
    ("given", "nickname"): "match.given-nickname",
    ("given", "variant"): "match.given-variant",
    ("given", "initial"): "match.given-initial",
    ("given", "shares"): "match.given-shared",
    ("given", "partial"): "match.given-partial",
    ("given", "different"): "match.given-different",
    ("family", "exact"): "match.family-same",
    ("family", "similar"): "match.family-similar",
    ("family", "nickname"): "match.family-variant",
    ("family", "variant"): "match.family-variant",
    ("family", "initial"): "match.family-initial",
    ("family", "shares"): "match.family-shared",
    ("family", "partial"): "match.family-partial",
    ("family", "different"): "match.family-different",
    ("swapped", "similar"): "match.name-similar",
    ("swapped", "nickname"): "match.name-nickname",
    ("swapped", "variant"): "match.name-variant",
    ("swapped", "initial"): "match.name-initial",
    ("swapped", "shares"): "match.name-shared",
    ("swapped", "partial"): "match.name-partial",
    ("swapped", "different"): "match.name-different",
}


def _part_reason(match: _PartMatch, part: str) -> str | None:
    kind = match.kind
    if part == "swapped" and kind == "exact":
        return None  # "Given and family names swapped" already says it
    pair = match.pair
    if kind == "nickname" and pair is not None:
        # "Bill" is a nickname of "William"; the other way round it is a variant of it.
        theirs = pair.theirs
        full = theirs.norm in _CANONICAL_NAMES or len(theirs.norm) > len(pair.mine.norm)
        kind = "nickname" if full else "variant"
    code = _PART_TEMPLATES[(part, kind)]
    if pair is None:
        return render(code)
    return render(code, {"mine": pair.mine.display, "theirs": pair.theirs.display})


def _name_evidence(mine: _Prepared, theirs: _Prepared) -> list[_Evidence]:
    straight = [
        (_compare_parts(mine.given, theirs.given, "given"), "given"),
        (_compare_parts(mine.family, theirs.family, "family"), "family"),
    ]

    def total(parts: list[tuple[_PartMatch | None, str]]) -> float:
        return sum(m.weight for m, _part in parts if m is not None)

    straight_total = total(straight)
    use_swap = False
    swapped: list[tuple[_PartMatch | None, str]] = []
    swap_total = 0.0
    if straight_total < 2 * _LEVEL_WEIGHT[_EXACT] - _SWAP_COST:  # else a swap cannot do better
        swapped = [
            (_compare_parts(mine.given, theirs.family, "family"), "swapped"),
            (_compare_parts(mine.family, theirs.given, "family"), "swapped"),
        ]
        swap_total = total(swapped) - _SWAP_COST
        # Only call it a swap when it explains the names better, and both halves agree.
        use_swap = swap_total > straight_total and all(
            m is not None and m.weight > 0 for m, _part in swapped
        )
    evidence: list[_Evidence] = []
    if use_swap:
        # Listed before the name reasons it explains.
        evidence.append(_Evidence(-_SWAP_COST, render("match.names-swapped"), swap_total))
    for match, part in swapped if use_swap else straight:
        if match is None:
            continue
        evidence.append(_Evidence(match.weight, _part_reason(match, part)))
    return evidence


# --- dates of birth ----------------------------------------------------------------------------


def _date_slip(a: str, b: str) -> str | None:
    """``'digit'`` if two YYYYMMDD strings differ in one digit, ``'transposed'`` if two adjacent
    digits are swapped (21 for 12, 1998 for 1989), else None."""
    diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diffs) == 1:
        return "digit"
    if len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and (
        a[diffs[1]] == b[diffs[0]]
    ):
        return "transposed"
    return None


def _birth_evidence(mine: _Prepared, theirs: _Prepared) -> list[_Evidence]:
    if mine.birth_year is None or theirs.birth_year is None:
        return []
    a, b = mine.dob, theirs.dob
    if a is not None and b is not None:
        if a == b:
            return [_Evidence(4.0, render("match.dob-same"))]
        if a.year == b.year and a.day == b.month and a.month == b.day:
            return [_Evidence(3.0, render("match.dob-day-month-swapped"))]
        if (a.month, a.day) == (b.month, b.day) and abs(a.year - b.year) == 1:
            return [_Evidence(2.5, render("match.dob-year-off-by-one",
                                          {"mine": a.year, "theirs": b.year}))]
        slip = _date_slip(mine.dob_digits, theirs.dob_digits)
        if slip == "digit":
            return [_Evidence(2.5, render("match.dob-one-digit",
                                          {"mine": a.isoformat(), "theirs": b.isoformat()}))]
        if slip == "transposed":
            return [_Evidence(2.5, render("match.dob-digits-swapped",
                                          {"mine": a.isoformat(), "theirs": b.isoformat()}))]
        if a.year == b.year:
            return [_Evidence(-2.5, render("match.dob-same-year"))]
        years = abs(a.year - b.year)
        if years > 10:  # a typo rarely moves a date by decades; a parent and child share names
            return [_Evidence(-6.0, render("match.ages-differ", {"years": years}))]
        return [_Evidence(-3.5, render("match.dob-different"))]
    # At least one side only has an estimated birth year.
    years = abs(mine.birth_year - theirs.birth_year)
    if years <= 2:
        return [_Evidence(0.5, render("match.age-consistent"))]
    if years <= 5:
        return []
    reason = render("match.ages-differ-about", {"years": years})
    return [_Evidence(-1.5 if years <= 10 else -4.0 if years <= 15 else -6.0, reason)]


# --- phone, identifiers, gender ----------------------------------------------------------------


def _same_phone(a: str, b: str) -> bool:
    shorter = min(len(a), len(b))
    if shorter < 7:
        return bool(a) and a == b
    tail = min(9, shorter)
    return a[-tail:] == b[-tail:]


def _other_evidence(mine: _Prepared, theirs: _Prepared) -> list[_Evidence]:
    evidence: list[_Evidence] = []
    if mine.phone and theirs.phone and _same_phone(mine.phone, theirs.phone):
        evidence.append(_Evidence(2.5, render("match.phone-same")))
    shared = mine.identifiers & theirs.identifiers
    if shared:
        kinds = ", ".join(sorted(kind for kind, _value in shared))
        evidence.append(_Evidence(12.0, render("match.identifier-same", {"kinds": kinds})))
    else:
        my_kinds = {kind for kind, _value in mine.identifiers}
        conflicting = sorted(my_kinds & {kind for kind, _value in theirs.identifiers})
        if conflicting:
            evidence.append(_Evidence(-4.0, render("match.identifier-different",
                                                   {"kinds": ", ".join(conflicting)})))
    if mine.gender and theirs.gender and mine.gender != theirs.gender:
        evidence.append(_Evidence(-1.0, render("match.gender-different")))
    return evidence


# --- score and rank ------------------------------------------------------------------------------

_EVEN_ODDS_POINTS = 3.0


def _score_prepared(mine: _Prepared, theirs: _Prepared) -> MatchResult:
    evidence = _name_evidence(mine, theirs)
    evidence.extend(_birth_evidence(mine, theirs))
    evidence.extend(_other_evidence(mine, theirs))
    points = sum(item.weight for item in evidence)
    probability = 1.0 / (1.0 + math.exp(-(points - _EVEN_ODDS_POINTS)))
    # Stable sort: strongest support first, conflicts last, ties in the order found.
    ordered = sorted(
        evidence, key=lambda item: -(item.weight if item.priority is None else item.priority)
    )
    reasons = tuple(item.reason for item in ordered if item.reason is not None)
    return MatchResult(round(probability, 4), reasons)


def score(candidate: ClientFacts, existing: ClientFacts) -> MatchResult:
    """How likely ``candidate`` is the same person as ``existing``, with the reasons why."""
    return _score_prepared(_prepare(candidate), _prepare(existing))


def rank(
    candidate: ClientFacts,
    existing: Iterable[tuple[str, ClientFacts]],
    *,
    limit: int = 10,
    threshold: float = 0.5,
) -> list[tuple[str, MatchResult]]:
    """The ``limit`` best matches scoring at least ``threshold``, best first (ties by client id)."""
    mine = _prepare(candidate)
    found: list[tuple[str, MatchResult]] = []
    for client_id, facts in existing:
        result = _score_prepared(mine, _prepare(facts))
        if result.score >= threshold:
            found.append((client_id, result))
    found.sort(key=lambda item: (-item[1].score, item[0]))
    return found[:limit]
