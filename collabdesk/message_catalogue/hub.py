"""The words about the sync hub: reaching it and what it refuses, as a laptop shows them, and
the hub's own admin, command line, database, operators and releases, and signed requests."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # hub
    "hub.bad-answer":
        "The hub's answer could not be read; nothing was lost. If this goes on, check the hub "
        "address on the Network page: it may lead to another web site.",
    "hub.bad-address":
        "{base_url!r} is not a hub address; give it as https://host[:port] (or http:// on a "
        "closed network).",
    "hub.connection-cut":
        "The connection to the hub was cut; nothing was lost; CollabDesk will try again.",
    "hub.enrol-needs-keys": "Device keys are needed to enrol.",
    "hub.internal-problem": "The hub had an internal problem (HTTP {status}); try again later.",
    "hub.no-device-keys": "This laptop has no device keys yet; enrol it with the hub first.",
    "hub.refused-request": "The hub refused the request (HTTP {status}).",
    "hub.rejected.already-enrolled": "This device is already enrolled with the hub.",
    "hub.rejected.as-said": "{detail}",
    "hub.rejected.bad-framing":
        "The push body is cut or padded: each envelope must be a u32 length and that many "
        "bytes.",
    "hub.rejected.bad-manifest": "The manifest is not base64.",
    "hub.rejected.bad-part-index": "That part index is out of range.",
    "hub.rejected.bad-snapshot-id": "A snapshot id is 32 lowercase hex digits.",
    "hub.rejected.chain-exists":
        "This agency already has a device list; enroll without one and wait for approval.",
    "hub.rejected.code-expired":
        "This enrollment code has expired. Ask the hub operator for a new one.",
    "hub.rejected.code-used":
        "This enrollment code has already been used. Ask the hub operator for a new one.",
    "hub.rejected.genesis-required":
        "This is the agency's first device: it must bring the agency's device list (entries 0 "
        "and 1).",
    "hub.rejected.key-mismatch":
        "The device list adds keys that differ from the ones this device enrolled with; compare "
        "fingerprints again.",
    "hub.rejected.no-snapshot": "This agency has no snapshot at the hub yet.",
    "hub.rejected.no-such-part":
        "That snapshot or part is not at the hub (a newer snapshot may have replaced it).",
    "hub.rejected.not-a-member": "Only active devices of this agency may do that.",
    "hub.rejected.not-your-mailbox": "A device may only pull its own agency's mailbox.",
    "hub.rejected.not-your-snapshot":
        "That snapshot id is another device's upload; start a new snapshot with a fresh id.",
    "hub.rejected.other-agency":
        "The device list adds a device that is enrolled with another agency.",
    "hub.rejected.pending":
        "This device is waiting for approval by an active device of its agency.",
    "hub.rejected.replayed":
        "The hub took a request sent again after a cut connection for a replay; nothing was "
        "lost; CollabDesk will try again.",
    "hub.rejected.root-mismatch": "The device list's root entry is not this device's keys.",
    "hub.rejected.snapshot-complete": "That snapshot is complete; it can no longer change.",
    "hub.rejected.stale":
        "The hub refused this laptop's requests as too old or too new: check the laptop's date, "
        "time and time zone.",
    "hub.rejected.unknown-agency": "No such agency on this hub.",
    "hub.rejected.unknown-code":
        "This enrollment code is not valid on this hub. Check it, or ask the hub operator for a "
        "new one.",
    "hub.rejected.unknown-mailbox": "No such mailbox on this hub.",
    "hub.rejected.unknown-snapshot": "No parts of that snapshot are here.",
    "hub.timed-out":
        "The hub took too long to answer; nothing was lost; CollabDesk will try again.",
    "hub.tls-failed":
        "A secure connection to the hub could not be made (its certificate is not trusted, or "
        "has expired, or something on the network intercepts it); nothing was sent. Ask the hub "
        "operator.",
    "hub.unreachable":
        "The hub at {base_url} did not answer; this laptop will keep working offline and try "
        "again later.",
    # hub-admin
    "hub-admin.agency-name-empty": "The agency name must not be empty.",
    "hub-admin.agency-name-taken": "An agency named {name!r} already exists (id {agency_id}).",
    "hub-admin.agency-name-too-long": "The agency name is longer than 200 characters.",
    "hub-admin.agency-not-found": "No agency {agency!r} on this hub (see 'agency list').",
    "hub-admin.bad-duration":
        "Cannot read the duration {text!r}: use a number with s, m, h, d or w (e.g. 24h).",
    "hub-admin.device-not-found": "No device {device_id!r} on this hub (see 'device list').",
    "hub-admin.duration-not-positive": "The duration must be longer than zero.",
    # hub-cli
    "hub-cli.data-folder-failed": "Cannot create the hub data folder {data_dir}: {exc}",
    "hub-cli.passwords-differ": "The two passwords differ; nothing was changed.",
    "hub-cli.ssl-pair-needed": "Give both --ssl-certfile and --ssl-keyfile, or neither.",
    "hub-cli.workers-too-few": "--workers must be at least 1.",
    # hub-db
    "hub-db.folder-missing": "The folder for the hub database does not exist: {folder}",
    "hub-db.migration-failed": "Could not migrate the hub database: {exc}",
    "hub-db.unsupported-url":
        "Unsupported database URL {scheme!r}: use sqlite:///PATH or "
        "postgresql+psycopg://USER@HOST/DB.",
    # hub-operator
    "hub-operator.bad-name":
        "{name!r} is not a usable operator name: use 1-55 letters, digits and . _ @ -, starting "
        "with a letter or digit.",
    "hub-operator.name-taken":
        "There is already an operator called {name!r}; use 'operator password' to change the "
        "password.",
    "hub-operator.not-found": "No operator called {name!r}.",
    "hub-operator.password-too-short": "Choose a password of at least {minimum} characters.",
    # hub-release
    "hub-release.bad-version": "{version!r} is not a version number; give it like 0.2.0.",
    # signing
    "signing.device-header-malformed": "The {header} header is not a device id.",
    "signing.header-missing": "The request has no {name} header.",
    "signing.signature-not-base64": "The {header} header is not base64.",
    "signing.signature-wrong-size": "The {header} header has the wrong size.",
    "signing.timestamp-header-malformed": "The {header} header is not a time.",
}
