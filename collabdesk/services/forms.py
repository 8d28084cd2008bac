"""Forms and screening: import and retire forms, fill and amend responses, scores, suggestions.

A form is a FHIR R4 Questionnaire (``collabdesk.forms``) used one of three ways: agency
fields on a client's profile (``agency``), assessments repeated on a case (``assessment``)
or screenings whose answers may suggest a need (``screening``). Responses are append-only
versions (``collabdesk.forms.records``): saving a draft, completing and amending each add a
version made over the one shown, and each version names the exact form version it answered.

A sensitive form's responses follow the rule for sensitive notes: only their author and
people who may read sensitive notes see the answers; others see that a response exists.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from collabdesk.errors import NotFound, PermissionDenied, ValidationError
from collabdesk.events.log import new_id
from collabdesk.forms.answers import answers_from_response, plain_value
from collabdesk.forms.errors import FormError
from collabdesk.forms.evaluate import evaluate
from collabdesk.forms.model import USES, Answers, Form, FormState, Key
from collabdesk.forms.parse import check_size, form_id, load_json, parse_questionnaire
from collabdesk.forms.records import leaves_of, load_form, version_ids
from collabdesk.services.rows import require_row
from collabdesk.store.db import Connection
from collabdesk.timeutil import iso, parse_moment

if TYPE_CHECKING:
    from collabdesk.services.session import Session

# Deciding a suggestion twice: the message names the first decision.
_ALREADY_DECIDED = {"confirmed": "forms.suggestion-already-confirmed",
                    "dismissed": "forms.suggestion-already-dismissed"}


@dataclass(frozen=True)
class FormInfo:
    """One form version and where it is used."""

    id: str
    url: str
    version: str
    title: str
    use: str
    sensitive: bool
    status: str  # active | retired
    imported_at: dt.datetime | None
    responses: int  # responses (not versions) answered under this version
    cases: int
    clients: int


@dataclass(frozen=True)
class ImportResult:
    form: FormInfo
    warnings: tuple[str, ...]
    already_here: bool  # the same version with the same content was already imported


@dataclass(frozen=True)
class ResponseVersion:
    """One saved version of a response."""

    id: str
    response_id: str
    previous: tuple[str, ...]
    form_id: str
    form_url: str
    form_version: str
    form_title: str
    client_id: str | None
    case_id: str | None
    status: str  # in-progress | completed | amended
    score: float | None
    author: str | None
    author_name: str
    authored_at: dt.datetime | None
    flags: tuple[str, ...]  # answers that do not fit the form, kept as they came
    form_here: bool  # False while the form has not arrived: shown as raw answers
    sensitive: bool
    hidden: bool  # sensitive and not for this user: no answers given
    current: bool
    conflict: bool  # the response has versions amended offline on two laptops


@dataclass(frozen=True)
class ResponseDetail:
    version: ResponseVersion
    form: Form | None  # None while the form has not arrived (or cannot be read)
    answers: dict[Key, list[dict[str, Any]]]
    raw: dict[str, Any]  # the QuestionnaireResponse JSON as stored
    state: FormState | None


@dataclass(frozen=True)
class ScoreTrend:
    form_url: str
    title: str
    points: tuple[tuple[dt.datetime, float], ...]  # completed responses, oldest first

    @property
    def latest(self) -> float | None:
        return self.points[-1][1] if self.points else None


@dataclass(frozen=True)
class FormSuggestion:
    id: str
    response_id: str
    case_id: str | None
    client_id: str | None
    domain: str
    severity: str
    reason: str
    decision: str  # "" while waiting | confirmed | dismissed
    decided_by: str | None
    decided_at: dt.datetime | None
    need_id: str | None


@dataclass(frozen=True)
class AgencyField:
    """An answer on a client's profile, from the latest response to an agency form."""

    link_id: str
    label: str
    value: str
    searchable: bool
    form_title: str


_VERSION_SQL = """
SELECT r.id, r.response_id, r.previous, r.form_id, r.form_url, r.form_version,
       coalesce(f.title, ''), r.client_id, r.case_id, r.status, r.score, r.author,
       r.authored_at, r.flags, f.id IS NOT NULL, r.sensitive, h.current = r.id, h.leaves > 1
FROM form_responses r
LEFT JOIN forms f ON f.id = r.form_id
LEFT JOIN form_response_heads h ON h.response_id = r.response_id
"""


class FormService:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- forms ----------------------------------------------------------------------------

    def import_form(self, source: str | Path | bytes | Mapping[str, Any], *,
                    use: str = "assessment", sensitive: bool | None = None) -> ImportResult:
        """Import a Questionnaire from a file path, its bytes, JSON text or a parsed dict.
        Refused whole (:class:`FormError`) if anything in it is outside the supported subset.
        ``sensitive`` None keeps what the form itself says."""
        self.session.require("form.manage")
        if use not in USES:
            raise ValidationError("forms.use-invalid", {"use": "field.invalid"},
                                  uses=", ".join(USES))
        if isinstance(source, Path):
            data: Any = load_json(_read(source), source=source.name)
        elif isinstance(source, bytes | str):
            data = load_json(source)
        else:
            data = dict(source)
        form = parse_questionnaire(data)
        fid = form_id(form.canonical)
        marked = form.sensitive if sensitive is None else sensitive
        with self.session.change("form.manage") as w:
            if w.conn.execute("SELECT 1 FROM forms WHERE id = ?", (fid,)).fetchone():
                already = True
            else:
                already = False
                clash = w.conn.execute("SELECT 1 FROM forms WHERE url = ? AND version = ?",
                                       (form.url, form.version)).fetchone()
                if clash:
                    raise FormError("version-clash", "forms.version-clash", form=form.label)
                w.create("form", {
                    "url": form.url, "version": form.version, "title": form.title,
                    "use": use, "sensitive": int(marked), "definition": form.canonical,
                    "imported_at": iso(self.session.now()),
                    "imported_by": self.session.user.id,
                }, entity_id=fid)
                self.session.audit(w.conn, "form.import", "form", fid, url=form.url,
                                   version=form.version, warnings=len(form.warnings))
        return ImportResult(self._info(fid), form.warnings, already)

    def list_forms(self, *, include_retired: bool = True) -> list[FormInfo]:
        """Every form version here with where it is used, newest import first per url."""
        self.session.require("form.view")
        where = "" if include_retired else "WHERE f.status = 'active'"
        rows = self.session.store.query(f"{_FORM_SQL} {where} GROUP BY f.id "
                                        "ORDER BY f.title, f.url, f.imported_at DESC")
        return [_form_info(r) for r in rows]

    def _info(self, fid: str) -> FormInfo:
        rows = self.session.store.query(f"{_FORM_SQL} WHERE f.id = ? GROUP BY f.id", (fid,))
        if not rows:
            raise NotFound("forms.form-not-found")
        return _form_info(rows[0])

    def form(self, fid: str) -> Form:
        """The parsed form version ``fid``, for a renderer."""
        self.session.require("form.view")
        with self.session.store.read() as conn:
            form = load_form(conn, fid)
        if form is None:
            raise NotFound("forms.form-not-arrived")
        return form

    def latest(self, url: str) -> FormInfo:
        """The newest active version of the form at ``url`` (what a new response uses)."""
        forms = [f for f in self.list_forms(include_retired=False) if f.url == url]
        if not forms:
            raise NotFound("forms.no-active-version")
        return max(forms, key=lambda f: (f.imported_at or dt.datetime.min.replace(
            tzinfo=dt.UTC), f.version))

    def retire(self, url: str, *, reinstate: bool = False) -> None:
        """Retire every version of the form at ``url``: no new responses; the old ones are
        still shown. ``reinstate`` undoes it."""
        to = "active" if reinstate else "retired"
        with self.session.change("form.manage") as w:
            ids = [r[0] for r in w.conn.execute(
                "SELECT id FROM forms WHERE url = ? AND status != ?", (url, to))]
            if not ids and not w.conn.execute("SELECT 1 FROM forms WHERE url = ?",
                                              (url,)).fetchone():
                raise NotFound("forms.form-not-found")
            for fid in ids:
                w.transition("form", fid, "status", to, at=iso(self.session.now()))
            self.session.audit(w.conn, "form.reinstate" if reinstate else "form.retire",
                               "form", ids[0] if ids else None, url=url)

    # -- filling --------------------------------------------------------------------------

    def evaluate(self, form: Form, answers: Answers) -> FormState:
        """The form's state for ``answers`` (fast enough for every keystroke)."""
        return evaluate(form, answers)

    def save(self, fid: str, answers: Answers, *, client_id: str | None = None,
             case_id: str | None = None, response_id: str | None = None,
             complete: bool = False) -> ResponseVersion:
        """Save a version of a response: a new response (``response_id`` None) or a new
        version of an existing one, made over the version shown. Completing checks every
        answer; a draft keeps whatever was typed."""
        with self.session.change("form.fill") as w:
            form = load_form(w.conn, fid)
            if form is None:
                raise NotFound("forms.form-not-arrived")
            frow = w.conn.execute("SELECT url, version, use, sensitive, status FROM forms "
                                  "WHERE id = ?", (fid,)).fetchone()
            previous: list[str] = []
            was_completed = False
            if response_id is None:
                if frow[4] == "retired":
                    raise FormError("retired", "forms.retired", form=form.label)
                client_id = self._subject(w.conn, frow[2], client_id, case_id)
            else:
                head = w.conn.execute(
                    "SELECT h.current, r.client_id, r.case_id, r.form_url FROM "
                    "form_response_heads h JOIN form_responses r ON r.id = h.current "
                    "WHERE h.response_id = ?", (response_id,)).fetchone()
                if head is None:
                    raise NotFound("forms.response-not-found")
                if head[3] != frow[0]:
                    raise ValidationError("forms.amend-other-form")
                client_id, case_id = head[1], head[2]
                self._check_access(w.conn, case_id, client_id, "form.fill")
                leaves = self._leaves(w.conn, response_id)
                previous = leaves  # made over every version shown: settles a conflict too
                was_completed = w.conn.execute(
                    "SELECT 1 FROM form_responses WHERE response_id = ? AND status != "
                    "'in-progress'", (response_id,)).fetchone() is not None
            state = evaluate(form, answers)
            if complete and state.errors:
                raise ValidationError(
                    "forms.answers-need-attention",
                    {_key_text(k): v for k, v in state.errors.items()})
            status = ("amended" if was_completed else "completed") if complete or (
                was_completed) else "in-progress"
            version_id = new_id()
            response_id = response_id or version_id
            now = self.session.now()
            body = {
                "resourceType": "QuestionnaireResponse", "id": response_id,
                "questionnaire": f"{frow[0]}|{frow[1]}" if frow[1] else frow[0],
                "status": status, "authored": iso(now), "item": state.response_items,
            }
            w.create("form_response", {
                "response_id": response_id, "previous": previous, "form_id": fid,
                "form_url": frow[0], "form_version": frow[1], "client_id": client_id,
                "case_id": case_id, "status": status, "body": body, "score": state.score,
                "sensitive": frow[3], "author": self.session.user.id, "authored_at": iso(now),
            }, entity_id=version_id, scope=case_id or client_id)
            if status != "in-progress" and not was_completed:
                for suggestion in state.suggestions:
                    w.create("form_suggestion", {
                        "response_id": response_id, "version_id": version_id,
                        "case_id": case_id, "client_id": client_id,
                        "domain": suggestion.domain, "severity": suggestion.severity,
                        "reason": suggestion.reason, "decision": "",
                        "created_at": iso(now)}, scope=case_id or client_id)
            self.session.audit(w.conn, f"form.response.{status}", "form_response",
                               response_id, form=fid, version=version_id)
        return self.version(version_id)

    def _subject(self, conn: Connection, use: str, client_id: str | None,
                 case_id: str | None) -> str:
        """The client a new response is about, checking the form's use and access."""
        if use == "agency":
            if not client_id or case_id:
                raise ValidationError("forms.agency-fields-on-profile")
            self._check_access(conn, None, client_id, "form.fill")
            return client_id
        if not case_id:
            raise ValidationError("forms.filled-on-a-case")
        row = conn.execute("SELECT client_id FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise NotFound("case.not-found")
        self._check_access(conn, case_id, row[0], "form.fill")
        return str(row[0])

    def _check_access(self, conn: Connection, case_id: str | None, client_id: str | None,
                      action: str) -> None:
        self.session.require(action)
        if case_id:
            self.session.cases.summary(case_id)  # raises unless this user may see the case
        elif client_id:
            self.session.require("client.view")
            require_row(conn, "clients", client_id)

    def _leaves(self, conn: Connection, response_id: str) -> list[str]:
        rows = conn.execute("SELECT id, previous FROM form_responses WHERE response_id = ?",
                            (response_id,)).fetchall()
        return sorted(leaves_of((r[0], r[1]) for r in rows))

    # -- reading --------------------------------------------------------------------------

    def version(self, version_id: str) -> ResponseVersion:
        self.session.require("form.view")
        rows = self.session.store.query(f"{_VERSION_SQL} WHERE r.id = ?", (version_id,))
        if not rows:
            raise NotFound("forms.response-not-found")
        return self._version(rows[0], self.session.user_names())

    def _version(self, r: Any, names: dict[str, str]) -> ResponseVersion:
        sensitive = bool(r[15])
        hidden = sensitive and not (self.session.allowed("note.view_sensitive")
                                    or r[11] == self.session.user.id)
        return ResponseVersion(
            r[0], r[1], tuple(version_ids(r[2])), r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
            r[11], names.get(r[11], "") if r[11] else "", parse_moment(r[12]),
            tuple(json.loads(r[13] or "[]")), bool(r[14]), sensitive, hidden, bool(r[16]),
            bool(r[17]))

    def responses(self, *, case_id: str | None = None,
                  client_id: str | None = None) -> list[ResponseVersion]:
        """The current version of every response on a case, or on a client's profile (agency
        fields; a case's responses are listed by the case, which checks who may see it),
        newest first."""
        self.session.require("form.view")
        if case_id:
            self.session.cases.summary(case_id)
            where, arg = "h.case_id = ?", case_id
        elif client_id:
            self.session.require("client.view")
            where, arg = "h.client_id = ? AND h.case_id IS NULL", client_id
        else:
            raise ValidationError("forms.name-case-or-client")
        rows = self.session.store.query(
            f"{_VERSION_SQL} WHERE r.id IN (SELECT h.current FROM form_response_heads h "
            f"WHERE {where}) ORDER BY r.authored_at DESC, r.id DESC", (arg,))
        names = self.session.user_names() if rows else {}
        return [self._version(r, names) for r in rows]

    def keep_version(self, response_id: str, version_id: str) -> ResponseVersion:
        """Settle a response amended on two laptops at once: save ``version_id``'s answers
        again as a new version made over every clashing one (nothing is rewritten)."""
        with self.session.store.read() as conn:
            row = conn.execute("SELECT form_id, body, status FROM form_responses WHERE id = ? "
                               "AND response_id = ?", (version_id, response_id)).fetchone()
            form = load_form(conn, row[0]) if row else None
        if row is None:
            raise NotFound("forms.response-not-found")
        if form is None:
            raise NotFound("forms.form-not-arrived")
        answers, _problems = answers_from_response(form, json.loads(row[1]).get("item"))
        return self.save(row[0], answers, response_id=response_id,
                         complete=row[2] != "in-progress")

    def history(self, response_id: str) -> list[ResponseVersion]:
        """Every version of a response, oldest first."""
        self.session.require("form.view")
        rows = self.session.store.query(
            f"{_VERSION_SQL} WHERE r.response_id = ? ORDER BY r.hlc, r.id", (response_id,))
        if not rows:
            raise NotFound("forms.response-not-found")
        names = self.session.user_names()
        versions = [self._version(r, names) for r in rows]
        self._check_read(versions[-1])
        return versions

    def _check_read(self, version: ResponseVersion) -> None:
        if version.case_id:
            self.session.cases.summary(version.case_id)
        elif version.client_id:
            self.session.require("client.view")

    def detail(self, response_or_version_id: str, *, version: bool = False) -> ResponseDetail:
        """A version (or a response's current version) with its form and answers. Before its
        form arrives the answers are read from the response alone (shown raw). A response's
        first version has the response's id: ``version=True`` reads that version, not the
        current one."""
        self.session.require("form.view")
        with self.session.store.read() as conn:
            row = None if version else conn.execute(
                "SELECT current FROM form_response_heads WHERE response_id = ?",
                (response_or_version_id,)).fetchone()
            version_id = row[0] if row else response_or_version_id
            found = conn.execute("SELECT body FROM form_responses WHERE id = ?",
                                 (version_id,)).fetchone()
            if found is None:
                raise NotFound("forms.response-not-found")
            found_version = self.version(version_id)
            self._check_read(found_version)
            if found_version.hidden:
                raise PermissionDenied("forms.response-sensitive")
            try:
                form = load_form(conn, found_version.form_id)
            except FormError:
                form = None
        raw = json.loads(found[0])
        items = raw.get("item") if isinstance(raw, dict) else None
        answers, _ = answers_from_response(form, items)
        state = evaluate(form, answers) if form is not None else None
        self.session.audit_now("form.response.view", "form_response",
                               found_version.response_id)
        return ResponseDetail(found_version, form, answers, raw if isinstance(raw, dict) else {},
                              state)

    def scores(self, case_id: str) -> list[ScoreTrend]:
        """Per form used on the case, the score of each completed response, oldest first:
        the latest score and its trend."""
        self.session.cases.summary(case_id)
        rows = self.session.store.query(
            "SELECT r.form_url, coalesce(f.title, r.form_url), r.authored_at, r.score, "
            "r.sensitive, r.author FROM form_response_heads h "
            "JOIN form_responses r ON r.id = h.current LEFT JOIN forms f ON f.id = r.form_id "
            "WHERE h.case_id = ? AND r.status != 'in-progress' AND r.score IS NOT NULL "
            "ORDER BY r.authored_at, r.id", (case_id,))
        sees = self.session.allowed("note.view_sensitive")
        trends: dict[str, tuple[str, list[tuple[dt.datetime, float]]]] = {}
        for url, title, at, score, sensitive, author in rows:
            if sensitive and not (sees or author == self.session.user.id):
                continue
            moment = parse_moment(at)
            if moment is None:
                continue
            trends.setdefault(url, (title, []))[1].append((moment, float(score)))
        return [ScoreTrend(url, title, tuple(points)) for url, (title, points) in trends.items()]

    # -- suggestions ----------------------------------------------------------------------

    def suggestions(self, *, case_id: str | None = None, client_id: str | None = None,
                    waiting: bool = True) -> list[FormSuggestion]:
        """The suggestions on a case, or on a client's cases this user may see (``waiting``:
        only those not decided yet), oldest first."""
        self.session.require("form.view")
        if not (case_id or client_id):
            raise ValidationError("forms.name-case-or-client")
        if case_id:
            self.session.cases.summary(case_id)
        where: list[str] = []
        params: list[Any] = []
        if case_id:
            where.append("case_id = ?")
            params.append(case_id)
        if client_id:
            where.append("client_id = ?")
            params.append(client_id)
        if waiting:
            where.append("decision = ''")
        rows = self.session.store.query(
            "SELECT id, response_id, case_id, client_id, domain, severity, reason, decision, "
            f"decided_by, decided_at, need_id FROM form_suggestions WHERE {' AND '.join(where)} "
            "ORDER BY created_at, id", tuple(params))
        if client_id and not case_id:  # only those on cases this user may see
            visible = {c.id for c in self.session.cases.list_cases(client_id=client_id,
                                                                    statuses=())}
            rows = [r for r in rows if r[2] is None or r[2] in visible]
        return [FormSuggestion(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                               parse_moment(r[9]), r[10]) for r in rows]

    def decide(self, suggestion_id: str, *, confirm: bool) -> FormSuggestion:
        """Confirm a suggestion (the need is added to the case) or dismiss it; the decision
        is recorded either way."""
        with self.session.change("case.edit") as w:
            row = w.conn.execute("SELECT case_id, domain, severity, reason, decision FROM "
                                 "form_suggestions WHERE id = ?", (suggestion_id,)).fetchone()
            if row is None:
                raise NotFound("forms.suggestion-not-found")
            if row[4]:
                raise ValidationError(_ALREADY_DECIDED.get(row[4], "forms.suggestion-decided"))
            case_id = row[0]
            if case_id:
                self.session.cases.summary(case_id)
            need_id = None
            if confirm:
                if not case_id:
                    raise ValidationError("forms.suggestion-needs-case")
                # The case service's own step, so the need and the decision are one change.
                need_id = self.session.cases._add_need(w.conn, w, case_id, row[1], row[2],
                                                       row[3])
            now = iso(self.session.now())
            w.update("form_suggestion", suggestion_id, {
                "decision": "confirmed" if confirm else "dismissed",
                "decided_by": self.session.user.id, "decided_at": now, "need_id": need_id},
                scope=case_id)
            self.session.audit(w.conn, "form.suggestion." + ("confirm" if confirm
                                                              else "dismiss"),
                               "form_suggestion", suggestion_id, need=need_id)
        return next(s for s in self.suggestions(case_id=case_id, waiting=False)
                    if s.id == suggestion_id)

    # -- agency fields --------------------------------------------------------------------

    def agency_fields(self, client_id: str) -> list[AgencyField]:
        """The answers on a client's profile, from the current response to each agency form.

        Part of the profile, whose opening is audited: no entry of its own, and no
        expression is evaluated (the questions and answers are all it shows)."""
        versions = [v for v in self.responses(client_id=client_id)
                    if not (v.case_id or v.hidden or not v.form_here)]
        out: list[AgencyField] = []
        with self.session.store.read() as conn:
            for version in versions:
                try:
                    form = load_form(conn, version.form_id, expressions=False)
                except FormError:
                    continue
                row = conn.execute("SELECT body FROM form_responses WHERE id = ?",
                                   (version.id,)).fetchone()
                if form is None or row is None:
                    continue
                raw = json.loads(row[0])
                answers, _ = answers_from_response(
                    form, raw.get("item") if isinstance(raw, dict) else None)
                for key, values in answers.items():
                    item = form.by_link_id.get(str(key[-1]))
                    if item is None or not values:
                        continue
                    text = ", ".join(str(plain_value(v)) for v in values)
                    out.append(AgencyField(item.link_id, item.text or item.link_id, text,
                                           item.searchable, form.title))
        return out

    def field_search(self, text: str) -> list[str] | None:
        """Clients whose searchable agency field matches ``Field: text`` (the field's
        question text or linkId, a colon, the text to look for: ``Housing status:
        shelter``); None when ``text`` names no searchable field (the ordinary search runs)."""
        name, colon, wanted = text.partition(":")
        name, wanted = name.strip().lower(), wanted.strip()
        if not colon or not name or not wanted or not self.session.allowed("form.view"):
            return None
        floor = dt.datetime.min.replace(tzinfo=dt.UTC)
        infos = sorted((f for f in self.list_forms() if f.use == "agency"),
                       key=lambda f: f.imported_at or floor, reverse=True)
        for info in infos:
            with self.session.store.read() as conn:
                form = load_form(conn, info.id, expressions=False)
            for item in form.walk() if form else ():
                if item.searchable and name in (item.link_id.lower(), item.text.lower()):
                    return self.clients_with_field(item.link_id, wanted)
        return None

    def clients_with_field(self, link_id: str, text: str) -> list[str]:
        """The clients whose current agency-field answer to ``link_id`` (an item the form
        marks searchable) contains ``text``."""
        self.session.require("client.view")
        needle = text.strip().lower()
        found: list[str] = []
        rows = self.session.store.query(
            "SELECT h.client_id, r.form_id, r.body FROM form_response_heads h "
            "JOIN form_responses r ON r.id = h.current JOIN forms f ON f.id = r.form_id "
            "WHERE f.use = 'agency' AND h.case_id IS NULL AND r.sensitive = 0")
        with self.session.store.read() as conn:
            for client_id, fid, body in rows:
                form = load_form(conn, fid, expressions=False)
                item = form.by_link_id.get(link_id) if form else None
                if item is None or not item.searchable:
                    continue
                answers, _ = answers_from_response(form, json.loads(body).get("item"))
                if any(needle in str(plain_value(v)).lower()
                       for k, vs in answers.items() if k[-1] == link_id for v in vs):
                    found.append(client_id)
        return found


_FORM_SQL = """
SELECT f.id, f.url, f.version, f.title, f.use, f.sensitive, f.status, f.imported_at,
       count(DISTINCT r.response_id), count(DISTINCT r.case_id), count(DISTINCT r.client_id)
FROM forms f LEFT JOIN form_responses r ON r.form_id = f.id
"""


def _form_info(r: Any) -> FormInfo:
    return FormInfo(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], parse_moment(r[7]),
                    r[8], r[9], r[10])


def _key_text(key: Key) -> str:
    return "/".join(str(part) for part in key)


def _read(path: Path) -> bytes:
    try:
        check_size(path.stat().st_size, path.name)  # before reading a file of any size
        return path.read_bytes()
    except OSError as exc:
        raise FormError("unreadable", "forms.unreadable", name=path.name,
                        error=exc.strerror) from None
