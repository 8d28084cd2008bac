"""Clients: search-as-you-type, duplicate check at intake, and editing a client's profile.

Search combines three indexes kept by the projection (so remote edits are searchable too):
an FTS5 index over names and phone digits for prefix search, the ``dob`` column for dates
typed in any common order, and — when prefix search finds too little — the matching module's
phonetic blocking keys for misspelt names (typos go back to the names index, with the
misspelt word cut to its first letters).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import asdict, replace
from typing import TYPE_CHECKING, Any

from collabdesk.domain import GENDERS, Client, ClientHit, ClientInput, DuplicateCandidate
from collabdesk.errors import CollabDeskError, NotFound, ValidationError
from collabdesk.events.log import new_id
from collabdesk.events.projection import Event, on_change, on_retract
from collabdesk.messages import Joined, Message, label, msg
from collabdesk.services import matching, name_search, normalization
from collabdesk.store.db import Connection, Store
from collabdesk.timeutil import iso, parse_moment

if TYPE_CHECKING:
    from collabdesk.services.session import Session

DUPLICATE_THRESHOLD = 0.5
_CLIENT_COLUMNS = (
    "id, given_name, family_name, other_names, dob, estimated_birth_year, gender, language, "
    "phone, email, address, identifiers, created_at"
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d-%m-%Y", "%d.%m.%Y")


class PossibleDuplicates(CollabDeskError):
    """Intake found likely existing records; the worker must look before saving anyway."""

    def __init__(self, candidates: list[DuplicateCandidate]) -> None:
        self.candidates = candidates
        best = candidates[0]
        super().__init__("client.possible-duplicate", given_name=best.client.given_name,
                         family_name=best.client.family_name, reasons="; ".join(best.reasons))


# -- the search index, maintained by the projection for local and remote edits ---------------

def facts_from_row(row: Any) -> matching.ClientFacts:
    return matching.ClientFacts(
        given_name=row["given_name"] or "", family_name=row["family_name"] or "",
        dob=dt.date.fromisoformat(row["dob"]) if row["dob"] else None,
        estimated_birth_year=row["estimated_birth_year"], phone=row["phone"] or None,
        gender=row["gender"] or None,
        identifiers=tuple((str(k), str(v)) for k, v in json.loads(row["identifiers"] or "[]")),
    )


_ROW_FIELDS = ("rowid", "id", "given_name", "family_name", "other_names", "dob",
               "estimated_birth_year", "phone", "gender", "identifiers")
# Fields the full-text row is made of, and (with the rest) the match keys.
_FTS_FIELDS = frozenset({"given_name", "family_name", "other_names", "phone", "dob"})
_INDEXED = _FTS_FIELDS | {"estimated_birth_year", "gender", "identifiers"}
# A search matching at least this many clients walks the clients_by_name index instead.
_MANY_MATCHES = 500
# Clients a misspelt search compares at most per look-up (the commonest names have more).
_FUZZY_CANDIDATES = 150


def index_entry(row: Any) -> tuple[str, str, str, str]:
    """What the two client indexes hold for one client row (a mapping of its columns):
    (names, phone, dob) for search, and its match keys as one line of hashed words."""
    names = " ".join(filter(None, (row["given_name"], row["family_name"], row["other_names"])))
    digits = "".join(ch for ch in (row["phone"] or "") if ch.isdigit())
    # Suffixes too, so "555 123" finds +1 555 123 4567 without the country code.
    phone = " ".join(dict.fromkeys(digits[-n:] for n in (len(digits), 10, 9, 8, 7)
                                   if len(digits) >= n))
    keys = " ".join(sorted({key_token(k) for k in matching.blocking_keys(facts_from_row(row))}))
    return names, phone, row["dob"] or "", keys


IndexEntry = tuple[int, str, str, str, str]  # clients.rowid, *index_entry(row)


def add_to_index(conn: Connection, entries: list[IndexEntry]) -> None:
    """Index clients not indexed before."""
    _insert_index(conn, entries, entries)


def _insert_index(conn: Connection, fts: list[IndexEntry], keys: list[IndexEntry]) -> None:
    conn.executemany("INSERT INTO clients_fts(rowid, names, phone, dob) VALUES (?, ?, ?, ?)",
                     [e[:4] for e in fts])
    conn.executemany("INSERT INTO client_keys(rowid, keys) VALUES (?, ?)",
                     [(e[0], e[4]) for e in keys])


def key_token(key: str) -> str:
    """A blocking key as one word of the ``client_keys`` index: 16 hex digits of its hash
    (keys carry punctuation and non-ASCII group names, which a tokenizer would split)."""
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


def keys_match(keys: Iterable[str]) -> str:
    """An FTS5 query for clients that share at least one of ``keys``."""
    return " OR ".join(sorted({key_token(k) for k in keys}))


def index_clients(conn: Connection, client_ids: list[str], fts_ids: set[str]) -> None:
    """Rewrite the match keys of ``client_ids`` and the full-text rows of ``fts_ids`` (a
    subset) from their rows. Both indexes are FTS5: a batch of rewrites is appended as one
    new segment instead of touching pages all over a B-tree."""
    for start in range(0, len(client_ids), 400):
        chunk = client_ids[start:start + 400]
        rows = [dict(zip(_ROW_FIELDS, row, strict=True)) for row in conn.execute(
            f"SELECT {', '.join(_ROW_FIELDS)} FROM clients "
            f"WHERE id IN ({', '.join('?' * len(chunk))})", chunk)]
        entries: list[IndexEntry] = [(r["rowid"], *index_entry(r)) for r in rows]
        fts = [e for e, r in zip(entries, rows, strict=True) if r["id"] in fts_ids]
        conn.executemany("DELETE FROM clients_fts WHERE rowid = ?", [(e[0],) for e in fts])
        conn.executemany("DELETE FROM client_keys WHERE rowid = ?", [(e[0],) for e in entries])
        _insert_index(conn, fts, entries)


def _on_client_events(conn: Connection, events: list[Event]) -> None:
    # Most edits (language, address …) touch no indexed field: skip the rewrite.
    stale: dict[str, None] = {}
    fts: set[str] = set()
    for event in events:
        fields = event.data.get("fields", {}).keys()
        if event.op != "update" or _INDEXED & fields:
            stale[event.entity_id] = None
        if event.op != "update" or _FTS_FIELDS & fields:
            fts.add(event.entity_id)
    if stale:
        index_clients(conn, list(stale), fts)


def _on_clients_retracted(conn: Connection, client_ids: list[str]) -> None:
    for start in range(0, len(client_ids), 400):
        chunk = client_ids[start:start + 400]
        rowids = [(r[0],) for r in conn.execute(
            f"SELECT rowid FROM clients WHERE id IN ({', '.join('?' * len(chunk))})", chunk)]
        conn.executemany("DELETE FROM clients_fts WHERE rowid = ?", rowids)
        conn.executemany("DELETE FROM client_keys WHERE rowid = ?", rowids)


def install_index_hook() -> None:
    """Keep the search index current for every applied client event (called once, by
    :func:`collabdesk.services.install_hooks`)."""
    on_change("client", _on_client_events)
    on_retract("client", _on_clients_retracted)


def ensure_index(store: Store) -> int:
    """Rebuild the search index and match keys if the matching rules changed since they
    were built (after an upgrade). Returns how many clients were re-indexed."""
    wanted = str(matching.BLOCKING_KEYS_VERSION)
    if store.get_meta("match_keys_version") == wanted:
        return 0
    with store.transaction() as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM clients")]
        index_clients(conn, ids, set(ids))
        conn.execute("INSERT INTO meta(key, value) VALUES ('match_keys_version', ?) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (wanted,))
    return len(ids)


# -- parsing and validation -----------------------------------------------------------------

def parse_date_text(text: str) -> list[dt.date]:
    """Dates a typed string may mean (both orders when day and month are ambiguous)."""
    found: list[dt.date] = []
    for fmt in _DATE_FORMATS:
        try:
            day = dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
        if day not in found:
            found.append(day)
    return found


def validate(data: ClientInput, today: dt.date) -> None:
    errors: dict[str, Message] = {}
    if not data.given_name.strip() and not data.family_name.strip():
        errors["given_name"] = msg("client.name-required")
    if data.dob is not None:
        if data.dob > today:
            errors["dob"] = msg("client.dob-in-future")
        elif data.dob.year < today.year - 120:
            errors["dob"] = msg("client.dob-too-old")
    if data.estimated_birth_year is not None and not (
        today.year - 120 <= data.estimated_birth_year <= today.year
    ):
        errors["estimated_birth_year"] = msg("client.estimated-age-out-of-range")
    if data.gender and data.gender not in GENDERS:
        errors["gender"] = msg("client.gender-unknown",
                               genders=Joined(tuple(label("gender", g) for g in GENDERS)))
    if data.email and not _EMAIL.match(data.email.strip()):
        errors["email"] = msg("client.email-invalid")
    if data.phone and len(normalization.normalize_phone(data.phone)) < 6:
        errors["phone"] = msg("client.phone-too-short")
    if errors:
        raise ValidationError("client.fields-need-attention", errors,
                              problems=Joined(tuple(errors.values()), " "))


def _fields(data: ClientInput) -> dict[str, Any]:
    fields = asdict(data)
    fields["dob"] = data.dob.isoformat() if data.dob else None
    fields["identifiers"] = [list(pair) for pair in data.identifiers]
    for key in ("given_name", "family_name", "other_names", "phone", "email", "address",
                "language"):
        fields[key] = str(fields[key]).strip()
    return fields


def _client_from_row(r: Any) -> Client:
    return Client(
        id=r[0], given_name=r[1], family_name=r[2], other_names=r[3],
        dob=dt.date.fromisoformat(r[4]) if r[4] else None, estimated_birth_year=r[5],
        gender=r[6], language=r[7], phone=r[8], email=r[9], address=r[10],
        identifiers=tuple((str(k), str(v)) for k, v in json.loads(r[11] or "[]")),
        created_at=parse_moment(r[12]),
    )


class ClientService:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- reading --------------------------------------------------------------------------

    def get(self, client_id: str, *, audit: bool = True) -> Client:
        self.session.require("client.view")
        rows = self.session.store.query(f"SELECT {_CLIENT_COLUMNS} FROM clients WHERE id = ?",
                                        (client_id,))
        if not rows:
            raise NotFound("client.not-found")
        if audit:
            self.session.audit_now("client.view", "client", client_id)
        return _client_from_row(rows[0])

    def search(self, text: str, *, limit: int = 50) -> list[ClientHit]:
        """Clients matching every word typed: name prefixes, phone digits or a birth date."""
        self.session.require("client.view")
        words = [w for w in re.split(r"\s+", text.strip()) if w]
        if not words:
            return []
        name_words: list[str] = []
        phone_words: list[str] = []
        dates: list[dt.date] = []
        for word in words:
            parsed = parse_date_text(word) if re.search(r"\d[/.-]\d", word) else []
            if parsed:
                dates += parsed
            elif sum(ch.isdigit() for ch in word) >= 3:
                phone_words.append("".join(ch for ch in word if ch.isdigit()))
            else:
                name_words.append(word)
        terms = [f'names:"{_fts_escape(w)}"*' for w in name_words]
        terms += [f'phone:"{p}"*' for p in phone_words if p]
        sql_dates = sorted({d.isoformat() for d in dates})
        with self.session.store.read() as conn:
            by_name = False
            if terms:
                match = " AND ".join(terms)
                where = "c.rowid IN (SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?)"
                params: list[Any] = [match]
                # Many matches ("m", "ana"): walk the clients in name order and stop at the
                # first ``limit`` that match, rather than reading every match to sort them.
                by_name = not sql_dates and conn.execute(
                    "SELECT count(*) FROM (SELECT 1 FROM clients_fts WHERE clients_fts MATCH ? "
                    "LIMIT ?)", (match, _MANY_MATCHES)).fetchone()[0] >= _MANY_MATCHES
            else:
                where, params = "1", []
            if sql_dates:
                where += f" AND c.dob IN ({','.join('?' * len(sql_dates))})"
                params += sql_dates
            hits = self._hits(conn, where, params, limit, by_name=by_name)
            if len(hits) < limit and name_words and not phone_words and not sql_dates:
                hits += self._fuzzy(conn, " ".join(name_words), limit - len(hits),
                                    {h.id for h in hits})
        return hits

    def _hits(self, conn: Connection, where: str, params: list[Any], limit: int, *,
              by_name: bool = False) -> list[ClientHit]:
        # Count open cases only for the rows shown: a common prefix matches thousands.
        order = "INDEXED BY clients_by_name" if by_name else ""
        rows = conn.execute(
            "SELECT c.id, c.given_name, c.family_name, c.dob, c.estimated_birth_year, c.phone, "
            "(SELECT count(*) FROM cases k WHERE k.client_id = c.id AND k.status != 'closed') "
            "FROM (SELECT c.id, c.given_name, c.family_name, c.dob, c.estimated_birth_year, "
            f"c.phone FROM clients c {order} WHERE {where} ORDER BY c.family_name, "
            "c.given_name LIMIT ?) c ORDER BY c.family_name, c.given_name",
            (*params, limit),
        ).fetchall()
        return [ClientHit(r[0], r[1], r[2], dt.date.fromisoformat(r[3]) if r[3] else None,
                          r[4], r[5], r[6]) for r in rows]

    def _fuzzy(self, conn: Connection, text: str, limit: int, seen: set[str]) -> list[ClientHit]:
        """Clients whose names the words typed miss by an ordinary misspelling, best first:
        looked up under the duplicate check's name keys, then for typos in the names index
        (see ``name_search.TypedName``), until a page of clients is found."""
        typed = name_search.TypedName(text)
        turns = [[("client_keys", keys_match(typed.keys))] if typed.keys else []]
        turns += [[("clients_fts", " AND ".join(f'names:"{_fts_escape(w)}"*' for w in words))
                   for words in turn] for turn in typed.prefix_lookups()]
        found: dict[str, tuple[name_search.NameMatch, str, str]] = {}
        for turn in turns:
            if len(found) >= limit and turn is turns[-1]:
                break  # the last look-up finds no better typos, only more
            if sum(m.rank[0] > typed.best_with_slip() for m, _f, _g in found.values()) >= limit:
                break  # a typo could only rank below what was found
            for table, match in turn:
                for cid, given, family in conn.execute(
                        "SELECT id, given_name, family_name FROM clients WHERE rowid IN (SELECT "
                        f"rowid FROM {table} WHERE {table} MATCH ? LIMIT {_FUZZY_CANDIDATES})",
                        (match,)):
                    if cid in seen or cid in found:
                        continue
                    name_match = typed.match(given or "", family or "")
                    if name_match is not None:
                        found[cid] = (name_match, family or "", given or "")
        ranked = sorted(found.items(), key=lambda item: (
            tuple(-x for x in item[1][0].rank), item[1][1], item[1][2], item[0]))[:limit]
        if not ranked:
            return []
        hits = {h.id: h for h in self._hits(conn, f"c.id IN ({','.join('?' * len(ranked))})",
                                            [cid for cid, _ in ranked], limit)}
        return [replace(hits[cid], reasons=m.reasons) for cid, (m, _f, _g) in ranked
                if cid in hits]

    @staticmethod
    def _facts(conn: Connection, ids: Iterable[str]) -> dict[str, matching.ClientFacts]:
        ids = list(ids)
        out: dict[str, matching.ClientFacts] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for row in conn.execute(
                "SELECT id, given_name, family_name, dob, estimated_birth_year, phone, gender, "
                f"identifiers FROM clients WHERE id IN ({','.join('?' * len(chunk))})", chunk,
            ):
                keys = dict(zip(("id", "given_name", "family_name", "dob",
                                 "estimated_birth_year", "phone", "gender", "identifiers"),
                                row, strict=True))
                out[row[0]] = facts_from_row(keys)
        return out

    # -- intake ---------------------------------------------------------------------------

    def find_duplicates(self, data: ClientInput, *, limit: int = 5) -> list[DuplicateCandidate]:
        self.session.require("client.view")
        facts = matching.ClientFacts(
            given_name=data.given_name, family_name=data.family_name, dob=data.dob,
            estimated_birth_year=data.estimated_birth_year, phone=data.phone or None,
            gender=data.gender or None, identifiers=data.identifiers,
        )
        keys = sorted(matching.blocking_keys(facts))
        if not keys:
            return []
        with self.session.store.read() as conn:
            ids = [r[0] for r in conn.execute(
                "SELECT id FROM clients WHERE rowid IN (SELECT rowid FROM client_keys "
                "WHERE client_keys MATCH ? LIMIT 5000)", (keys_match(keys),))]
            candidates = self._facts(conn, ids)
            ranked = matching.rank(facts, candidates.items(), limit=limit,
                                   threshold=DUPLICATE_THRESHOLD)
            if not ranked:
                return []
            hits = {h.id: h for h in self._hits(
                conn, f"c.id IN ({','.join('?' * len(ranked))})", [cid for cid, _ in ranked],
                limit)}
        return [DuplicateCandidate(hits[cid], result.score, result.reasons)
                for cid, result in ranked if cid in hits]

    def intake(self, data: ClientInput, *, confirmed_new: bool = False) -> Client:
        """Register a new client. Raises PossibleDuplicates unless the worker confirmed."""
        self.session.require("client.create")
        validate(data, self.session.today())
        if not confirmed_new:
            candidates = self.find_duplicates(data)
            if candidates:
                raise PossibleDuplicates(candidates)
        fields = _fields(data)
        fields["created_at"] = iso(self.session.now())
        fields["created_by"] = self.session.user.id
        with self.session.change("client.create") as w:
            client_id = new_id()
            w.create("client", fields, entity_id=client_id, scope=client_id)
            self.session.audit(w.conn, "client.create", "client", client_id,
                               confirmed_new=confirmed_new)
        return self.get(client_id, audit=False)

    def update(self, client_id: str, data: ClientInput) -> Client:
        self.session.require("client.edit")
        validate(data, self.session.today())
        fields = _fields(data)
        with self.session.change("client.edit") as w:
            event = w.update("client", client_id, fields, scope=client_id)
            if event is not None:
                self.session.audit(w.conn, "client.edit", "client", client_id,
                                   fields=sorted(event.data["fields"]))
        return self.get(client_id, audit=False)

    def count(self) -> int:
        self.session.require("client.view")
        return int(self.session.store.query("SELECT count(*) FROM clients")[0][0])


def _fts_escape(word: str) -> str:
    return word.replace('"', '""')
