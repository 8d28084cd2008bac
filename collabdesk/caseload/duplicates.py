"""Duplicates of an import's rows, against the clients already here and within the file.

Intake looks up one client's blocking keys in the store's ``client_keys`` index. An import of
50,000 rows would make that 50,000 look-ups, so it turns around: the keys of every row are
gathered first and the store's index is read once, keeping the keys some row has, into a map
from key to clients; each row then finds its candidates in memory and is scored by the intake's
own rules (:func:`collabdesk.services.matching.rank`), so it shows the same reasons. Rows are
matched against earlier rows of the file the same way.

A key held by more than :data:`COMMON_KEY` clients (a shelter's phone, the commonest name pair)
is skipped, as at intake. Scoring is the costly part, and in a file of 50,000 rows the common
name pairs are shared by hundreds of rows that are different people, so a candidate is scored
only when it shares keys of two kinds with the row (a true duplicate shares its name pair and
its birth year, date, phone or identifier; two people who merely share a common name share
only name keys) or one key few others hold (:data:`RARE_KEY`), and
only the holders of keys held by at most :data:`WALKED_KEY` are walked (the others are only
asked whether they hold a walked one): walking every holder of every common key made a
50,000-row file quadratic.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from collabdesk.caseload.plan import MERGE, Match, PlannedRow, facts
from collabdesk.progress import Cancelled, check
from collabdesk.services import matching

COMMON_KEY = 1000
THRESHOLD = 0.5  # the intake's (collabdesk.services.clients.DUPLICATE_THRESHOLD)
# A row this likely to be its best match is merged into it unless the admin says otherwise;
# a less certain one is created, with its matches shown for the admin to decide.
MERGE_BY_DEFAULT = 0.9
LIMIT = 3  # matches shown per row
RARE_KEY = 3  # a key held by at most this many is enough on its own to compare
WALKED_KEY = 200  # holders of a key are walked only up to this many (others: looked up in)

# What the store must give: every (key, client rowid) pair its index holds, and the facts of
# the clients with some rowids as (rowid, id, name, facts).
KeyRows = Callable[[], Iterable[tuple[str, int]]]
ClientRows = Callable[[list[int]], Iterable[tuple[int, str, str, matching.ClientFacts]]]
Token = Callable[[str], str]


def find(rows: list[PlannedRow], key_rows: KeyRows, client_rows: ClientRows, token: Token,
         *, cancelled: Cancelled | None = None) -> None:
    """Fill in each row's ``matches`` (best first) and default its action to merging into the
    best one when that is near-certain; rows with errors are left alone."""
    wanted: list[tuple[PlannedRow, matching.ClientFacts, list[str]]] = []
    tokens: set[str] = set()
    kind_of: dict[str, str] = {}  # token -> the kind of key it is (n, y, d, p, i)
    for row in rows:
        if row.client is None:
            continue
        row_facts = facts(row.client)
        kinds = {token(k): k.partition(":")[0] for k in matching.blocking_keys(row_facts)}
        keys = sorted(kinds)
        wanted.append((row, row_facts, keys))
        tokens.update(keys)
        kind_of.update(kinds)
    by_token = _index(key_rows, tokens, cancelled)
    rowids = sorted({rowid for ids in by_token.values() for rowid in ids})
    existing: dict[int, tuple[str, str, matching.ClientFacts]] = {}
    for start in range(0, len(rowids), 500):
        check(cancelled)
        for rowid, client_id, name, client_facts in client_rows(rowids[start:start + 500]):
            existing[rowid] = (client_id, name, client_facts)
    earlier: dict[str, set[int]] = {}
    seen: dict[int, tuple[PlannedRow, matching.ClientFacts]] = {}
    for count, (row, row_facts, keys) in enumerate(wanted):
        if count % 256 == 0:
            check(cancelled)
        found = _against_existing(row_facts, keys, kind_of, by_token, existing)
        found += _against_file(row_facts, keys, kind_of, earlier, seen)
        found.sort(key=lambda m: (-m.score, m.row or 0, m.client_id or ""))
        row.matches = tuple(found[:LIMIT])
        if row.matches and row.matches[0].score >= MERGE_BY_DEFAULT:
            row.action, row.target = MERGE, row.matches[0]
        seen[row.number] = (row, row_facts)
        for key in keys:
            earlier.setdefault(key, set()).add(row.number)


def _index(key_rows: KeyRows, tokens: set[str],
           cancelled: Cancelled | None) -> dict[str, set[int]]:
    by_token: dict[str, set[int]] = {}
    for count, (key, rowid) in enumerate(key_rows()):
        if count % 65536 == 0:
            check(cancelled)
        if key in tokens:
            by_token.setdefault(key, set()).add(rowid)
    return {k: ids for k, ids in by_token.items() if len(ids) <= COMMON_KEY}


def _against_existing(row_facts: matching.ClientFacts, keys: list[str],
                      kind_of: Mapping[str, str],
                      by_token: Mapping[str, set[int]],
                      existing: Mapping[int, tuple[str, str, matching.ClientFacts]],
                      ) -> list[Match]:
    candidates = _likely([(kind_of[key], by_token[key]) for key in keys if key in by_token])
    pool = [(existing[r][0], existing[r][2]) for r in candidates if r in existing]
    names = {existing[r][0]: existing[r] for r in candidates if r in existing}
    return [Match(result.score, result.reasons, client_id=client_id,
                  name=names[client_id][1], dob=names[client_id][2].dob)
            for client_id, result in matching.rank(row_facts, pool, limit=LIMIT,
                                                   threshold=THRESHOLD)]


def _against_file(row_facts: matching.ClientFacts, keys: list[str],
                  kind_of: Mapping[str, str],
                  earlier: Mapping[str, set[int]],
                  seen: Mapping[int, tuple[PlannedRow, matching.ClientFacts]]) -> list[Match]:
    numbers = _likely([(kind_of[key], earlier[key]) for key in keys
                       if key in earlier and len(earlier[key]) <= COMMON_KEY])
    pool = [(str(n), seen[n][1]) for n in numbers]
    return [Match(result.score, result.reasons, row=int(number), name=seen[int(number)][0].name,
                  dob=seen[int(number)][1].dob)
            for number, result in matching.rank(row_facts, pool, limit=LIMIT,
                                                threshold=THRESHOLD)]


def _likely(holders: list[tuple[str, set[int]]]) -> set[int]:
    """Of the ids holding some of a row's keys (each with its kind), those sharing keys of two
    kinds with it, or a rare key."""
    chosen: set[int] = set()
    for _kind, ids in holders:
        if len(ids) > WALKED_KEY:
            continue
        rare = len(ids) <= RARE_KEY
        for one in ids:
            if one in chosen:
                continue
            if rare or len({kind for kind, other in holders if one in other}) >= 2:
                chosen.add(one)
    return chosen
