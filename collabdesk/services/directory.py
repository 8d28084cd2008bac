"""The partner directory: partner agencies and the services they offer.

Entered by hand or imported from Open Referral HSDS data (:mod:`collabdesk.directory.hsds`).
An import is parsed and validated completely first, then written in one transaction, so a
bad file imports nothing. Re-importing the same source updates records matched by their
HSDS id instead of duplicating them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from collabdesk.directory import hsds
from collabdesk.domain import NEED_DOMAINS, Partner, PartnerServiceInfo
from collabdesk.errors import NotFound, ValidationError
from collabdesk.events.log import ChangeWriter, new_id
from collabdesk.progress import Cancelled, Progress
from collabdesk.services import normalization
from collabdesk.services.rows import require_row

if TYPE_CHECKING:
    from collabdesk.services.session import Session

_SERVICE_SQL = """
SELECT s.id, s.partner_id, p.name, s.name, s.description, s.status, s.domains, s.languages,
       s.areas, s.categories, s.address, s.phone, s.email, s.url, s.eligibility, s.fees
FROM partner_services s JOIN partners p ON p.id = s.partner_id
"""
_PARTNER_FIELDS = ("name", "description", "email", "website", "phone")
_SERVICE_TEXT = ("name", "description", "address", "phone", "email", "url", "eligibility", "fees")
_SERVICE_LISTS = ("languages", "areas", "categories")


@dataclass(frozen=True)
class ImportSummary:
    partners_added: int
    partners_updated: int
    services_added: int
    services_updated: int
    warnings: tuple[str, ...]
    source: str
    withdrawn: tuple[str, ...] = ()  # services the source no longer lists, now inactive


def _service(r: Any) -> PartnerServiceInfo:
    return PartnerServiceInfo(
        r[0], r[1], r[2], r[3], r[4], r[5], tuple(json.loads(r[6])), tuple(json.loads(r[7])),
        tuple(json.loads(r[8])), tuple(json.loads(r[9])), r[10], r[11], r[12], r[13], r[14],
        r[15])


def _fold(text: str) -> str:
    return normalization.normalize_name(text)


class DirectoryService:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- reading --------------------------------------------------------------------------

    def partners(self) -> list[Partner]:
        self.session.require("directory.view")
        rows = self.session.store.query(
            "SELECT id, name, description, email, website, phone, hub_agency_id, source_id "
            "FROM partners ORDER BY name COLLATE NOCASE")
        return [Partner(*r) for r in rows]

    def services(self, *, partner_id: str | None = None) -> list[PartnerServiceInfo]:
        self.session.require("directory.view")
        where, params = ("WHERE s.partner_id = ?", (partner_id,)) if partner_id else ("", ())
        rows = self.session.store.query(
            f"{_SERVICE_SQL} {where} ORDER BY p.name COLLATE NOCASE, s.name COLLATE NOCASE",
            params)
        return [_service(r) for r in rows]

    def service(self, service_id: str) -> PartnerServiceInfo:
        self.session.require("directory.view")
        rows = self.session.store.query(f"{_SERVICE_SQL} WHERE s.id = ?", (service_id,))
        if not rows:
            raise NotFound("directory.service-not-found")
        return _service(rows[0])

    def search(self, text: str = "", *, domain: str | None = None, language: str | None = None,
               area: str | None = None, active_only: bool = True) -> list[PartnerServiceInfo]:
        """Services for a need, in a language, in an area, matching words typed (any order)."""
        words = [_fold(w) for w in text.split() if w]
        found = []
        for s in self.services():
            if active_only and s.status not in ("active", ""):
                continue
            if domain and domain not in s.domains:
                continue
            if language and not any(_fold(language) in _fold(x) for x in s.languages):
                continue
            if area and not any(_fold(area) in _fold(x) for x in (*s.areas, s.address)):
                continue
            if words:
                hay = _fold(" ".join((s.partner_name, s.name, s.description, *s.categories)))
                if not all(w in hay for w in words):
                    continue
            found.append(s)
        return found

    # -- editing by hand ------------------------------------------------------------------

    def add_partner(self, name: str, *, description: str = "", email: str = "",
                    website: str = "", phone: str = "",
                    hub_agency_id: str | None = None) -> Partner:
        if not name.strip():
            raise ValidationError("directory.partner-name-required", {"name": "field.required"})
        partner_id = new_id()
        with self.session.change("directory.manage") as w:
            w.create("partner", {"name": name.strip(), "description": description,
                                 "email": email, "website": website, "phone": phone,
                                 "hub_agency_id": hub_agency_id}, entity_id=partner_id)
            self.session.audit(w.conn, "directory.partner_add", "partner", partner_id)
        return next(p for p in self.partners() if p.id == partner_id)

    def add_service(self, partner_id: str, name: str, *, domains: tuple[str, ...] = (),
                    languages: tuple[str, ...] = (), areas: tuple[str, ...] = (),
                    description: str = "", address: str = "", phone: str = "",
                    email: str = "", url: str = "", eligibility: str = "",
                    fees: str = "") -> PartnerServiceInfo:
        if not name.strip():
            raise ValidationError("directory.service-name-required", {"name": "field.required"})
        bad = [d for d in domains if d not in NEED_DOMAINS]
        if bad:
            raise ValidationError("directory.unknown-domains",
                                  {"domains": "field.invalid"}, domains=', '.join(bad))
        service_id = new_id()
        with self.session.change("directory.manage") as w:
            require_row(w.conn, "partners", partner_id)
            w.create("partner_service", {
                "partner_id": partner_id, "name": name.strip(), "description": description,
                "status": "active",
                "domains": list(domains) or list(hsds.infer_domains([name, description])),
                "languages": list(languages), "areas": list(areas), "categories": [],
                "address": address, "phone": phone, "email": email, "url": url,
                "eligibility": eligibility, "fees": fees,
            }, entity_id=service_id)
            self.session.audit(w.conn, "directory.service_add", "partner_service", service_id)
        return self.service(service_id)

    # -- HSDS import ----------------------------------------------------------------------

    def import_hsds(self, path: Path, *, progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> ImportSummary:
        """Import an HSDS package or JSON file; all of it, or nothing.

        A re-import of the same source (recognised by the HSDS ids it shares with services
        already here, whatever the file is called) marks the services it no longer lists
        inactive, and changes only the fields the file carries."""
        self.session.require("directory.manage")
        data = hsds.load_directory(Path(path), progress=progress, cancelled=cancelled)
        counts = {"pa": 0, "pu": 0, "sa": 0, "su": 0}
        org_carried = set(data.organization_fields)
        service_carried = {"partner_id", "source", "domains", *data.service_fields}
        with self.session.change("directory.manage") as w:
            source = _source_of(w, data)
            partner_ids: dict[str, str] = {}
            for org in data.organizations:
                fields = {k: getattr(org, k) for k in _PARTNER_FIELDS}
                partner_ids[org.source_id] = self._upsert(
                    w, "partner", "partners", org.source_id, fields, org_carried, counts, "p")
            for svc in data.services:
                fields = {k: getattr(svc, k) for k in _SERVICE_TEXT}
                fields.update(
                    partner_id=partner_ids[svc.organization_source_id], status=svc.status,
                    source=source, domains=_domains(w, svc, data.service_fields),
                    languages=list(svc.languages), areas=list(svc.areas),
                    categories=list(svc.categories))
                self._upsert(w, "partner_service", "partner_services", svc.source_id, fields,
                             service_carried, counts, "s")
            withdrawn = _withdraw_missing(w, source, {s.source_id for s in data.services})
            self.session.audit(w.conn, "directory.import", None, None, source=data.source,
                               partners=len(data.organizations), services=len(data.services),
                               withdrawn=len(withdrawn))
        return ImportSummary(counts["pa"], counts["pu"], counts["sa"], counts["su"],
                             data.warnings, data.source, tuple(withdrawn))

    @staticmethod
    def _upsert(w: ChangeWriter, entity: str, table: str, source_id: str,
                fields: dict[str, Any], carried: set[str], counts: dict[str, int],
                prefix: str) -> str:
        row = w.conn.execute(f"SELECT id FROM {table} WHERE source_id = ?",
                             (source_id,)).fetchone()
        if row is None:
            entity_id = new_id()
            w.create(entity, {**fields, "source_id": source_id}, entity_id=entity_id)
            counts[prefix + "a"] += 1
            return entity_id
        # A partial file says nothing about what it does not carry: leave that as it is.
        if w.update(entity, row[0], {k: v for k, v in fields.items() if k in carried}):
            counts[prefix + "u"] += 1
        return str(row[0])


def _source_of(w: ChangeWriter, data: hsds.DirectoryData) -> str:
    """The directory source this file is a version of: the one most of the services it
    shares with the store came from, or a new source when it shares none."""
    ids = [s.source_id for s in data.services]
    votes: dict[str, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for source, n in w.conn.execute(
                "SELECT source, count(*) FROM partner_services WHERE source_id IN "
                f"({','.join('?' * len(chunk))}) GROUP BY source", chunk):
            votes[source] = votes.get(source, 0) + n
    if not votes:
        return new_id()
    return max(sorted(votes), key=lambda source: votes[source])


def _withdraw_missing(w: ChangeWriter, source: str, listed: set[str]) -> list[str]:
    """Mark inactive the services of ``source`` the new version no longer lists; their
    names ("Partner — Service") go into the import report."""
    withdrawn = []
    for service_id, source_id, partner, name in w.conn.execute(
            "SELECT s.id, s.source_id, p.name, s.name FROM partner_services s "
            "JOIN partners p ON p.id = s.partner_id WHERE s.source = ? AND s.source_id IS NOT "
            "NULL AND s.status NOT IN ('inactive', 'defunct') ORDER BY p.name, s.name",
            (source,)).fetchall():
        if source_id not in listed:
            w.update("partner_service", service_id, {"status": "inactive"})
            withdrawn.append(f"{partner} — {name}")
    return withdrawn


def _domains(w: ChangeWriter, svc: hsds.PartnerService, carried: frozenset[str]) -> list[str]:
    """The need domains inferred from the service's words; where the file does not carry
    the description or the categories, from the ones already stored."""
    if {"description", "categories"} <= carried:
        return list(svc.domains)
    row = w.conn.execute("SELECT description, categories FROM partner_services "
                         "WHERE source_id = ?", (svc.source_id,)).fetchone()
    if row is None:
        return list(svc.domains)
    description = svc.description if "description" in carried else row[0]
    categories = svc.categories if "categories" in carried else json.loads(row[1] or "[]")
    return list(hsds.infer_domains([svc.name, description, *categories]))
