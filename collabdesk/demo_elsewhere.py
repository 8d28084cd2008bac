"""What reaches the demo agency from elsewhere: its network partners and a sibling laptop.

Partner agencies on the hub answer the agency's referrals and send it their own; another
laptop of the agency made edits offline that arrive as remote events. Each comes in through
the same services a sync would use, stamped with the sender's clock a little before the
message arrives, so the demo's referral states and conflict queue are the real thing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from collabdesk.demo_schedule import DemoClock
from collabdesk.domain import ClientInput
from collabdesk.events import hlc as hlc_mod
from collabdesk.events.log import new_id
from collabdesk.events.projection import Event
from collabdesk.services.referrals import IncomingReferral, PartnerUpdate
from collabdesk.services.session import Session
from collabdesk.timeutil import iso


class Elsewhere:
    """The agency's networked partners (``partners``: partner id -> (hub agency, device))
    and what they and other laptops send, applied through ``admin``'s session."""

    def __init__(self, admin: Session, clock: DemoClock) -> None:
        self.admin = admin
        self.clock = clock
        self.partners: dict[str, tuple[str, str]] = {}

    def hlc(self, moment: dt.datetime, device: str) -> str:
        """The clock of an event ``device`` made at ``moment``."""
        return hlc_mod.encode(int(moment.timestamp() * 1000), 0,
                              hlc_mod.node_from_device(device))

    def partner_update(self, referral: dict[str, str], state: str, reason: str) -> None:
        """The partner that holds ``referral`` moved it to ``state``."""
        referral_id = referral["id"]
        with self.admin.store.read() as conn:
            partner = conn.execute("SELECT partner_id FROM referrals WHERE id = ?",
                                   (referral_id,)).fetchone()[0]
        device = self.partners[partner][1]
        # The partner acted a little earlier on their own laptop; the message arrives now.
        moment = self.clock.moment - dt.timedelta(minutes=20)
        self.admin.referrals.record_partner_update(PartnerUpdate(
            update_id=new_id(), referral_id=referral_id, to_status=state, reason=reason,
            at=iso(moment), hlc=self.hlc(moment, device), device=device))

    def receive(self, msg: dict[str, Any]) -> None:
        """A partner's referral of one of its clients to the agency."""
        data: ClientInput = msg["data"]
        hub_agency, device = msg["partner"]
        moment = self.clock.moment - dt.timedelta(minutes=30)
        with self.admin.store.read() as conn:
            name = conn.execute("SELECT name FROM partners WHERE hub_agency_id = ?",
                                (hub_agency,)).fetchone()[0]
        shared: dict[str, Any] = {"given_name": data.given_name,
                                  "family_name": data.family_name, "language": data.language,
                                  "needs": [{"domain": msg["domain"], "severity": "medium"}]}
        if data.phone:
            shared["phone"] = data.phone
        if data.dob:
            shared["dob"] = data.dob.isoformat()
        self.admin.referrals.receive(IncomingReferral(
            referral_id=msg["id"], from_agency_id=hub_agency, from_agency_name=name,
            service_name="Family support casework", domain=msg["domain"], reason=msg["reason"],
            urgency=msg["urgency"], shared=shared, sent_at=iso(moment),
            due_at=(moment.date() + dt.timedelta(days=14)).isoformat(),
            hlc=self.hlc(moment, device), device=device))

    def apply(self, events: list[Event]) -> None:
        """Events made on another laptop, as a pull applies them."""
        with self.admin.store.transaction() as conn:
            self.admin.log.apply_remote(conn, events)
            self.admin.audit(conn, "sync.apply", None, None, events=len(events))
