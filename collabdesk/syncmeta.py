"""Names of the store's ``meta`` keys that hold the sync engine's state, in one place.

The sync engine (``collabdesk.sync.engine``) writes them; the core's sync status
(:mod:`collabdesk.services.syncstatus`) and the release notice read some of them. The core
cannot import the sync package, so the names live here, in the core, and both use them.
Keys ending in ``:`` are prefixes: the rest of the key names an agency, a blob or a part.
docs/sync-engine.md describes what each one holds.
"""

from __future__ import annotations

# -- this laptop's standing at the hub ------------------------------------------------------
HUB_URL = "hub_url"
HUB_AGENCY = "hub_agency_id"  # this agency's id at the hub, set at enrolment
DEVICE_KEYS = "sync_device_keys"  # DeviceKeys.to_json
DEVICE_STATUS = "sync_device_status"  # pending | active | revoked
AGENCY_KEYS = "sync_agency_keys"  # the agency's private keys by epoch
CHAIN = "sync_chain:"  # + agency: the cached, verified device chain
ROOT = "sync_root:"  # + agency: its pinned root device (or fingerprint before first use)
GRANTS_DUE = "sync_grants_due"  # devices still owed agency-key grants

# -- progress of the mailbox ------------------------------------------------------------------
CURSOR = "sync_cursor"  # the opaque pull token of our mailbox
PUSHED_SEQ = "sync_pushed_seq"  # every local event with a seq up to this one is on the hub
# The envelope being pushed, kept until the hub acknowledges it so that a lost answer is
# retried with the same bytes (the same id: the hub keeps one copy). JSON.
PUSH_IN_FLIGHT = "sync_push_in_flight"
# The same for what goes elsewhere: sealed referral messages for a partner's mailbox (+ the
# mailbox id; a JSON list of {ids, recipients, data}) and a signed summary (+ its outbox id).
MESSAGES_IN_FLIGHT = "sync_messages_in_flight:"
SUMMARY_IN_FLIGHT = "sync_summary_in_flight:"
LAST_CONTACT = "sync_last_contact"  # ISO time of the last answer from the hub
LAST_ERROR = "sync_last_error"  # the last failure in words ("" when the last round worked)
BLOB_PART = "sync_blob_part:"  # + sha256:n — parts of a large attachment received so far

# -- snapshots --------------------------------------------------------------------------------
SNAPSHOT = "sync_snapshot"  # a restore under way (JSON)
SNAPSHOT_PART = "sync_snapshot_part:"  # + n — a downloaded part, not applied yet
SNAPSHOT_REFUSED = "sync_snapshot_refused"  # a snapshot never to try again
SNAPSHOT_EVENTS = "sync_snapshot_events"  # events in the latest snapshot this laptop knows
SNAPSHOT_OUT = "sync_snapshot_out"  # a snapshot sealed here, being uploaded (JSON)
SNAPSHOT_OUT_PART = "sync_snapshot_out_part:"  # + n — a sealed part waiting for upload

# -- the hub's release notice (collabdesk.updates holds the version itself) -------------------
RELEASE_CHECKED = "hub_release_checked_at"

# -- the network's measurement framework (collabdesk.services.measures) ------------------------
NETWORK_KEY = "measures_network_key"  # the network key pinned on first sight (base64)
FRAMEWORK = "measures_framework"  # the current signed framework (SignedFramework JSON)
FRAMEWORK_PREVIOUS = "measures_framework_previous"  # the one before it, for "what changed"
MEASURES_REFUSED = "measures_refused"  # why the last framework offered was refused ("" if none)
