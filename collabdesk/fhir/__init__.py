"""HL7 FHIR R4 resources made from CollabDesk records, as plain JSON dicts (no database, no Qt).

What leaves as FHIR is decided by the consent (``collabdesk.services.exchange``); this
package only maps: a client to a Patient carrying the fields it is given
(:mod:`collabdesk.fhir.patient`), resources into a Bundle (:mod:`collabdesk.fhir.bundle`),
and a referral to ServiceRequest/Task/Consent/Organizations and a clinic's Bundle back
(:mod:`collabdesk.fhir.referral`).
"""
