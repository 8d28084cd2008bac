"""Client search that forgives a misspelt name: :class:`TypedName` turns the words typed into
the duplicate check's ``n:`` name-pair keys and into look-ups in the store's names index, and
decides which clients they meet. The keys, tokens and name comparison it reuses are in
:mod:`collabdesk.services.matching`.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
from dataclasses import dataclass

import jellyfish

from collabdesk.services.matching import (
    _EXACT,
    _MAX_TOKENS,
    _NICKNAME,
    _SIMILAR,
    _WORD_SEPARATORS,
    _codes,
    _compare_tokens,
    _Pair,
    _part,
    _part_reason,
    _PartMatch,
    _Token,
    _word_tokens,
)
from collabdesk.services.normalization import _GROUPS_BY_NAME, _PARTICLES

__all__ = ["NameMatch", "TypedName"]


# --- search: a name as typed into the search box ------------------------------------------------
# Search first finds clients whose names start with the words typed (the store's full-text
# index). When that finds too little, a word may be misspelt, by one ordinary slip per word.
# Two look-ups find the clients it may mean, and ``TypedName.match`` decides:
#
# - a letter dropped, two swapped, a silent h, a letter for one that sounds alike, a particle
#   run in are looked up under the ``n:`` keys the store already holds for every client: the
#   word's codes with such a slip, paired with the other words' own codes (one slip per pair
#   keeps the look-up to a few dozen keys);
# - a letter left out or mistyped gives too many codes to look up (some sixty a word, and each
#   key costs a probe per index segment: 0.04 ms on the 100k benchmark store), so those are
#   found through the names index instead: the other words as typed and the misspelt word's
#   first two letters, then (when that found too little) its first letter only.

_SOUND_ALIKE = ("ck", "cs", "kq", "sz", "jy", "gj", "iy", "ey", "ou", "uw", "vw", "bv", "fv",
                "mn", "dt", "bp")
_ALIKE: dict[str, str] = {}
for _pair in _SOUND_ALIKE:
    _ALIKE[_pair[0]] = _ALIKE.get(_pair[0], "") + _pair[1]
    _ALIKE[_pair[1]] = _ALIKE.get(_pair[1], "") + _pair[0]
del _pair
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_CONSONANTS = frozenset(_LETTERS) - frozenset("aeiouh")
_MIN_SLIP_LETTERS = 3  # a shorter word is a prefix being typed, or too short to guess at
_MIN_STEM_LETTERS = 4  # what a particle run into a name must leave ("Alsayed": "sayed")
_TYPO_PREFIXES = (2, 1)  # letters of a misspelt word the names-index look-ups keep, in turn
# Search shows a name that merely shares a Metaphone code with the word typed only when it is
# also spelled alike: Rosa and Ruiz (both RS) are not one another.
_SEARCH_SIMILAR_JARO_WINKLER = 0.7


@dataclass(frozen=True, slots=True)
class _Slips:
    typos: frozenset[str]  # spellings one keystroke away
    sounds: frozenset[str]  # spellings that may be meant when they sound like a client's name
    codes: frozenset[str]  # codes and nickname groups of the slips looked up under keys


@functools.lru_cache(maxsize=256)  # some 45 KiB a word; a search repeats its words per keystroke
def _slips(norm: str, joined: str = "") -> _Slips:
    """What a typed word may have been meant as. Typos: a letter left out, added or mistyped,
    or two neighbours swapped (Tayor, Taylro for Taylor). Sounding alike: an h added after a
    consonant or left out (Chaudry, Chaudhry and Chowdhury), a letter for one that sounds alike
    (Jasmin, Yasmin), a particle run into the name or typed apart (``joined``: Alsayed for Al
    Sayed)."""
    if len(norm) < _MIN_SLIP_LETTERS or not (norm.isascii() and norm.isalpha()):
        return _Slips(frozenset(), frozenset(), frozenset())
    looked_up: set[str] = set()  # few and may touch the first letters: looked up under keys
    mistyped: set[str] = set()  # a letter left out or mistyped: found through the names index
    sounds: set[str] = {joined} if joined else set()
    for i, letter in enumerate(norm):
        head, tail = norm[:i], norm[i + 1:]
        looked_up.add(head + tail)
        if tail:
            looked_up.add(head + tail[0] + letter + tail[1:])
        mistyped.update(head + other + tail for other in _LETTERS)
        mistyped.update(head + other + letter + tail for other in _LETTERS)
        if letter in _CONSONANTS and not tail.startswith("h"):
            sounds.add(head + letter + "h" + tail)
        if letter == "h" and head and head[-1] in _CONSONANTS:
            sounds.add(head + tail)
        sounds.update(head + other + tail for other in _ALIKE.get(letter, ""))
    mistyped.update(norm + other for other in _LETTERS)
    sounds.update(norm[len(p):] for p in _PARTICLES
                  if norm.startswith(p) and len(norm) - len(p) >= _MIN_STEM_LETTERS)
    codes: set[str] = set()
    for spelling in looked_up | sounds:
        codes |= _spelling_codes(spelling)
    typos = (looked_up | mistyped) - {norm}
    return _Slips(frozenset(typos), frozenset(sounds - {norm}), frozenset(codes))


def _spelling_codes(norm: str) -> set[str]:
    """``_codes`` of a normalised one-word spelling, without building its token."""
    return {jellyfish.metaphone(norm) or norm} | {
        "=" + group for group in _GROUPS_BY_NAME.get(norm, ())}


@dataclass(frozen=True, slots=True)
class _TypedWord:
    token: _Token  # its display is the word with a particle typed before it ("Al Sayed")
    typed: str  # the word as typed, for the names index (which splits "O'Brien" in two)
    slips: _Slips
    sound_codes: frozenset[str]  # codes of the sound-alike spellings the word itself lacks


def _typed_word(token: _Token, typed: str, particle: _Token | None) -> _TypedWord:
    slips = _slips(token.norm, particle.norm + token.norm if particle else "")
    # A one-letter code says little (Uusu and Sow are both S): such a name must be spelled alike.
    sound_codes = {code for s in slips.sounds for code in _spelling_codes(s) if len(code) > 1}
    if particle is not None:
        token = dataclasses.replace(token, display=f"{particle.display} {token.display}")
    return _TypedWord(token, typed, slips, frozenset(sound_codes - _codes(token)))


def _shown_part(text: str) -> _Token | None:
    """A name part of one name and particles, as a token showing it whole ("Al Sayed")."""
    part = _part(text)
    if len(part.tokens) == 1 and len(_WORD_SEPARATORS.split(text.strip())) > 1:
        return dataclasses.replace(part.tokens[0], display=text.strip())
    return None


@dataclass(frozen=True)
class NameMatch:
    """How the words typed match one client. ``rank`` sorts best first (words met more
    closely — as typed, as a prefix, sounding alike, with a slip —, fewer names left over,
    closer spellings); ``reasons`` name each word that only matched forgivingly, in the order
    of the client's names."""

    rank: tuple[int, int, float]
    reasons: tuple[str, ...]


_W_EXACT, _W_PREFIX, _W_SIMILAR, _W_SLIP = 5, 4, 3, 2  # how one typed word meets one name


class TypedName:
    """The words typed into client search, looked up forgivingly: ``keys`` (``n:`` blocking
    keys) and ``prefix_lookups`` (words for the names index) find the clients they may mean,
    ``match`` keeps and ranks them. Particles are words of their own ("Al Sayed") or run into
    the name ("Alsayed") alike."""

    def __init__(self, text: str) -> None:
        tokens = [(token, word) for word in _WORD_SEPARATORS.split(text)
                  for token in _word_tokens(word)]
        words: list[_TypedWord] = []
        for i, (token, typed) in enumerate(tokens):
            if token.norm in _PARTICLES and i + 1 < len(tokens):
                continue  # said again by the next word's joined spelling
            before = tokens[i - 1][0] if i else None
            words.append(_typed_word(token, typed, before if before is not None
                                     and before.norm in _PARTICLES else None))
        self.words = tuple(words)  # every one must match; the first few make the keys
        self.keys = frozenset(self._keys())
        self._matches: dict[tuple[str, str], NameMatch | None] = {}

    def _keys(self) -> set[str]:
        # As blocking_keys() pairs a client's names: every pair of words (the typed order says
        # nothing about which is the family name), each pair with at most one slip.
        words = [w for w in self.words if len(w.token.norm) > 1][:_MAX_TOKENS]
        own = [_codes(w.token) for w in words]
        near = [w.slips.codes - o for w, o in zip(words, own, strict=True)]
        keys: set[str] = set()
        if len(words) == 1:  # clients known by one name only
            keys.update("n:" + code for code in own[0] | near[0])
        for a, b in itertools.combinations(range(len(words)), 2):
            pairs = itertools.chain(itertools.product(own[a], own[b] | near[b]),
                                    itertools.product(near[a], own[b]))
            keys.update("n:" + "+".join(sorted(pair)) for pair in pairs)
        return keys

    def prefix_lookups(self) -> list[list[list[str]]]:
        """Look-ups in the names index for typos, in turn: in each, for each word that may
        hold a typo, every word as typed and that one cut to its first letters. Each is a list
        of prefixes all of which must match."""
        typed = [w.typed for w in self.words]
        if len(typed) < 2:
            return []  # one word cut to two letters would match a good part of the register
        return [[[*typed[:i], w.token.norm[:letters], *typed[i + 1:]]
                 for i, w in enumerate(self.words) if w.slips.typos]
                for letters in _TYPO_PREFIXES]

    def best_with_slip(self) -> int:
        """The highest ``rank[0]`` a client met with a slip can have: a page of clients
        above it needs no look-up for typos."""
        return _W_EXACT * (len(self.words) - 1) + _W_SLIP

    def match(self, given_name: str, family_name: str) -> NameMatch | None:
        """None unless every word typed meets a different one of the client's names — as
        typed, as a prefix, sounding alike, as a nickname, or with one slip — and at least one
        word meets its name better than with a slip."""
        names = (given_name, family_name)
        if names not in self._matches:  # namesakes are common: compare each spelling once
            self._matches[names] = self._match(given_name, family_name)
        return self._matches[names]

    def _match(self, given_name: str, family_name: str) -> NameMatch | None:
        theirs = [(t, "given") for t in _part(given_name).tokens]
        theirs += [(t, "family") for t in _part(family_name).tokens]
        options = []
        for index, word in enumerate(self.words):
            met = [(self._meet(word, token), name_index)
                   for name_index, (token, _part_name) in enumerate(theirs)]
            met = [m for m in met if m[0][0]]
            if not met:
                return None  # the usual verdict, found before any sorting
            options += [(level, pair.closeness, index, name_index, pair)
                        for (level, pair), name_index in met]
        options.sort(key=lambda o: (-o[0], -o[1]))
        # Best first, each word and each name used once (at most 4 x 8: greedy is enough).
        chosen: dict[int, tuple[int, int, _Pair]] = {}  # word index -> (level, name index, pair)
        used: set[int] = set()
        for level, _closeness, index, name_index, pair in options:
            if index not in chosen and name_index not in used:
                chosen[index] = (level, name_index, pair)
                used.add(name_index)
        if len(chosen) < len(self.words) or all(c[0] == _W_SLIP for c in chosen.values()):
            return None
        reasons = []
        for level, name_index, pair in sorted(chosen.values(), key=lambda c: c[1]):
            if level < _W_PREFIX:
                kind = "nickname" if pair.level == _NICKNAME else "similar"
                part = theirs[name_index][1]
                whole = _shown_part(given_name if part == "given" else family_name)
                shown = pair if whole is None else dataclasses.replace(pair, theirs=whole)
                reasons.append(_part_reason(_PartMatch(kind, 0.0, shown), part))
        rank = (sum(c[0] for c in chosen.values()), len(chosen) - len(theirs),
                round(sum(c[2].closeness for c in chosen.values()), 6))
        return NameMatch(rank, tuple(r for r in reasons if r))

    @staticmethod
    def _meet(word: _TypedWord, theirs: _Token) -> tuple[int, _Pair]:
        mine = word.token
        if theirs.norm.startswith(mine.norm):  # the common case: no spelling to compare
            closeness = len(mine.norm) / len(theirs.norm)
            level = _W_EXACT if closeness == 1 else _W_PREFIX
            return level, _Pair(_EXACT, closeness, mine, theirs)
        pair = _compare_tokens(mine, theirs)
        if pair.level == _NICKNAME or (pair.level == _SIMILAR
                                       and pair.closeness >= _SEARCH_SIMILAR_JARO_WINKLER):
            return _W_SIMILAR, pair
        slips = word.slips
        if (theirs.norm in slips.typos or theirs.norm in slips.sounds
                or _codes(theirs) & word.sound_codes):
            return _W_SLIP, pair
        return 0, pair
