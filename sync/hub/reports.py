"""Monthly summaries at the hub: counts an agency signs and submits for the hub's dashboard
(the one thing the hub can read; see :mod:`collabdesk.sync.summaries`). A later summary for
the same month supersedes the earlier one, which is kept and flagged; the same signed
submission sent again (after a lost answer) is stored once.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from sqlalchemy import insert, select, update

from collabdesk.sync import summaries
from collabdesk.sync.hub import db
from collabdesk.sync.hub.auth import Device
from collabdesk.sync.hub.common import Backend, Caller, HubReject, require_member
from collabdesk.sync.hub.schemas import SummaryIn, SummaryOut


class Reports:
    """Summary submissions, over the hub's database."""

    def __init__(self, backend: Backend) -> None:
        self.engine = backend.engine
        self.now = backend.now

    def put_summary(self, caller: Caller, agency_id: str, body: SummaryIn) -> SummaryOut:
        """Store a signed monthly summary; an earlier one for the month is superseded
        (kept, flagged) so the history stays. Only the agency's own active devices may."""
        require_member(caller, agency_id)
        try:
            summaries.verify_submission(
                sign_pub=caller.sign_pub, agency_id=agency_id, device_id=caller.device_id,
                month=body.month, document_b64=body.document, signature_b64=body.signature)
        except summaries.SummaryError as exc:
            raise HubReject(400, exc.reason, str(exc),
                            log={"what": "summary", "agency_id": agency_id,
                                 "device_id": caller.device_id}) from exc
        with db.write_tx(self.engine) as conn:
            # The very submission again (its answer was lost on the way back): the one
            # stored stands, and no copy supersedes it.
            same = conn.execute(
                select(db.summaries.c.id).where(db.summaries.c.agency_id == agency_id,
                                                db.summaries.c.month == body.month,
                                                db.summaries.c.superseded.is_(False),
                                                db.summaries.c.payload == caller.body)
            ).first()
            if same is not None:
                return SummaryOut(id=int(same[0]), month=body.month, superseded=0)
            superseded = conn.execute(
                update(db.summaries).where(db.summaries.c.agency_id == agency_id,
                                           db.summaries.c.month == body.month,
                                           db.summaries.c.superseded.is_(False))
                .values(superseded=True)).rowcount
            new_id = conn.execute(insert(db.summaries).values(
                agency_id=agency_id, month=body.month, device_id=caller.device_id,
                payload=caller.body, received_at=self.now(), superseded=False)
            ).inserted_primary_key
        assert new_id is not None
        return SummaryOut(id=int(new_id[0]), month=body.month, superseded=int(superseded))


def _reports(request: Request) -> Reports:
    reports: Reports = request.app.state.hub.reports
    return reports


router = APIRouter(tags=["summaries"])


@router.post("/v1/agencies/{agency}/summaries")
def put_summary(agency: str, body: SummaryIn, caller: Device,
                reports: Annotated[Reports, Depends(_reports)]) -> SummaryOut:
    return reports.put_summary(caller, agency, body)
