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
from collabdesk.services import matching
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


@dataclass(frozen=True)
class ImportSummary:
    partners_added: int
    partners_updated: int
    services_added: int
    services_updated: int
    warnings: tuple[str, ...]
    source: str


def _service(r: Any) -> PartnerServiceInfo:
    return PartnerServiceInfo(
        r[0], r[1], r[2], r[3], r[4], r[5], tuple(json.loads(r[6])), tuple(json.loads(r[7])),
        tuple(json.loads(r[8])), tuple(json.loads(r[9])), r[10], r[11], r[12], r[13], r[14],
        r[15])


def _fold(text: str) -> str:
    return matching.normalize_name(text)


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
        """Import an HSDS package or JSON file; all of it, or nothing."""
        self.session.require("directory.manage")
        data = hsds.load_directory(Path(path), progress=progress, cancelled=cancelled)
        counts = {"pa": 0, "pu": 0, "sa": 0, "su": 0}
        with self.session.change("directory.manage") as w:
            partner_ids: dict[str, str] = {}
            for org in data.organizations:
                fields = {k: getattr(org, k) for k in _PARTNER_FIELDS}
                partner_ids[org.source_id] = self._upsert(
                    w, "partner", "partners", org.source_id, fields, counts, "p")
            for svc in data.services:
                fields = {k: getattr(svc, k) for k in _SERVICE_TEXT}
                fields.update(
                    partner_id=partner_ids[svc.organization_source_id], status=svc.status,
                    domains=list(svc.domains), languages=list(svc.languages),
                    areas=list(svc.areas), categories=list(svc.categories))
                self._upsert(w, "partner_service", "partner_services", svc.source_id, fields,
                             counts, "s")
            self.session.audit(w.conn, "directory.import", None, None, source=data.source,
                               partners=len(data.organizations), services=len(data.services))
        return ImportSummary(counts["pa"], counts["pu"], counts["sa"], counts["su"],
                             data.warnings, data.source)

    @staticmethod
    def _upsert(w: ChangeWriter, entity: str, table: str, source_id: str,
                fields: dict[str, Any], counts: dict[str, int], prefix: str) -> str:
        row = w.conn.execute(f"SELECT id FROM {table} WHERE source_id = ?",
                             (source_id,)).fetchone()
        if row is None:
            entity_id = new_id()
            w.create(entity, {**fields, "source_id": source_id}, entity_id=entity_id)
            counts[prefix + "a"] += 1
            return entity_id
        if w.update(entity, row[0], fields) is not None:
            counts[prefix + "u"] += 1
        return str(row[0])
