"""The words about syncing from this laptop: sync errors, the event chain, sealed envelopes,
offline bundles and the stored keys."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # bundle
    "bundle.checksum-mismatch":
        "{name} is damaged or incomplete (its checksum does not match); copy it again from the "
        "other laptop.",
    "bundle.cut-short": "{name} is cut short; copy it again.",
    "bundle.device-list-forks": "The bundle's device list forks from the one this laptop trusts.",
    "bundle.envelope-count-mismatch": "{name} holds a different number of envelopes than it says.",
    "bundle.for-another-agency":
        "None of the {count} envelope(s) in {name} is addressed to this agency's mailbox "
        "({own}); they are for another agency. Import the bundle on a laptop of that agency.",
    "bundle.from-newer-version": "{name} was written by a newer CollabDesk; update this one.",
    "bundle.malformed-frame": "{name} has a malformed envelope frame.",
    "bundle.malformed-header": "{name} has a malformed header.",
    "bundle.not-a-bundle": "{name} is not a CollabDesk sync bundle.",
    "bundle.too-large": "{name} is larger than a bundle can be.",
    "bundle.unreadable": "Cannot read {path}: {problem}.",
    # chain
    "chain.agency-id-malformed": "The agency id is malformed.",
    "chain.agency-key-malformed": "An agency public key is malformed.",
    "chain.device-id-key-mismatch": "A device id does not match its signing key.",
    "chain.device-label-length": "A device label must be 1 to 200 characters.",
    "chain.entry-bad-signature": "Device list entry {seq} has an invalid signature.",
    "chain.entry-malformed-device-id": "A device list entry names a malformed device id.",
    "chain.entry-not-a-pair": "A device list entry is not a pair of an entry and its signature.",
    "chain.entry-out-of-sequence":
        "Device list entry {seq} arrived where entry {expected} was expected (a gap, a repeat "
        "or a fork).",
    "chain.entry-unknown-operation": "A device list entry has an unknown operation or fields.",
    "chain.entry-unsupported-version": "A device list entry has an unsupported version.",
    "chain.epoch-out-of-order":
        "Agency key epoch {epoch} is out of order; epoch {expected} was expected.",
    "chain.epoch-signer-not-device": "An epoch entry must name its signer as the device.",
    "chain.field-not-base64": "Device list entry field {key!r} is not base64.",
    "chain.field-not-integer": "Device list entry field {key!r} is not a whole number.",
    "chain.field-wrong-size": "Device list entry field {key!r} has the wrong size.",
    "chain.no-agency-key-yet": "The agency has not published an agency key yet.",
    "chain.suite-unsupported": "Agency key suite {suite!r} is not supported.",
    "chain.pq-key-not-own":
        "A device list entry publishes a post-quantum key that its signer does not own.",
    "chain.pq-key-twice": "A device list entry publishes a second post-quantum key for a laptop.",
    "chain.pq-key-malformed": "A device list entry publishes a malformed post-quantum key.",
    "chain.require-pq-not-true": "A device list entry sets the post-quantum policy to a value "
        "other than true.",
    "chain.require-pq-not-upgraded": "A device list entry requires the post-quantum suite "
        "while a laptop of the agency has no post-quantum key.",
    "chain.require-pq-classical-epoch": "A device list entry publishes a classical agency key "
        "(suite {suite}) although the agency requires the post-quantum suite.",
    # envelope
    "envelope.batch-expands-too-far": "The envelope's batch expands beyond 64 MiB.",
    "envelope.batch-incomplete": "The envelope's compressed batch is incomplete.",
    "envelope.batch-too-large": "The batch exceeds 64 MiB; split it into smaller ones.",
    "envelope.body-shorter-than-tag": "The envelope body is shorter than its auth tag.",
    "envelope.header.agency-id": "{key} is not an agency id",
    "envelope.header.created": "created is not a timestamp",
    "envelope.header.fields": "unexpected or missing fields",
    "envelope.header.kind": "unknown kind",
    "envelope.header.nonce": "nonce is not 12 bytes of base64",
    "envelope.header.recipient": "a recipient is malformed",
    "envelope.header.recipient-count": "there must be 1 to {most} recipients",
    "envelope.header.recipient-suite": "a recipient has an unknown suite",
    "envelope.header.recipient-twice": "a recipient is listed twice",
    "envelope.header.sender": "sender is not a device id",
    "envelope.header.version": "unsupported version",
    "envelope.header-malformed": "The envelope header is malformed: {why}.",
    "envelope.header-not-canonical": "The envelope header is not canonical JSON.",
    "envelope.header-too-large": "The envelope header exceeds 16 KiB.",
    "envelope.recipient-key-malformed": "A recipient's agency public key is malformed.",
    "envelope.sealed-too-large": "The sealed envelope exceeds 8 MiB; split the batch.",
    "envelope.too-many-wrapped-keys": "The envelope has too many wrapped keys.",
    "envelope.wrapped-key-count-mismatch": "The number of wrapped keys differs from the header.",
    "envelope.wrapped-key-wrong-size": "A wrapped key has the wrong size for its suite.",
    # keys
    "keys.agency-key-damaged": "The stored agency key is damaged.",
    "keys.device-keys-wrong-length": "The stored device keys have the wrong length.",
    "keys.field-unreadable": "The stored {what} are damaged ({field} is unreadable).",
    "keys.kind.agency-key": "agency key",
    "keys.kind.device-keys": "device keys",
    "keys.not-json": "The stored {name} are not readable (not JSON).",
    "keys.unknown-format": "The stored {name} are in an unknown format.",
    # sync
    "sync.pq.classical-refused":
        "Refused an envelope from laptop “{label}” ({device}) of agency {sender_agency}: "
        "it was sealed with the classical suite, but agency {agency} requires the "
        "post-quantum suite. That laptop needs the current CollabDesk, and its agency the "
        "post-quantum suite (on its Network page).",
    "sync.pq.cannot-seal-classical":
        "Nothing can be sent to agency {partner} yet: agency {agency} requires the "
        "post-quantum suite and agency {classical} has not moved to it. It stays queued "
        "until it has.",
    "sync.pq-not-all-upgraded":
        "The post-quantum suite cannot be required yet: {labels} must sync with the current "
        "CollabDesk first.",
    "sync.pq-already-required": "This agency already requires the post-quantum suite.",
    "sync.pq-key-lost":
        "This laptop's post-quantum key is not the one its agency has for it (was its store "
        "restored from a backup older than its upgrade?). It cannot receive new agency keys: "
        "remove it on another laptop and enrol it again.",
    "sync.agency-removed-laptop-published":
        "Agency {agency_id} removed a laptop and has not published its new key yet; nothing is "
        "sealed to it until then.",
    "sync.agency-s-first-laptop":
        "This is the agency's first laptop on the hub: give the agency's hub id as well (it is "
        "printed with the enrolment code).",
    "sync.chain.bad-entry": "An entry of the agency's device list is malformed.",
    "sync.chain.bad-epoch": "The device list has an agency key out of order or of the wrong kind.",
    "sync.chain.bad-prev": "An entry of the device list does not link to the one before it.",
    "sync.chain.bad-root": "The device list does not start with its root device and epoch 0.",
    "sync.chain.bad-seq": "The device list has a gap, a repeated or a forked entry.",
    "sync.chain.bad-signature": "An entry of the device list has an invalid signature.",
    "sync.chain.duplicate-device": "The device list adds a device that is already on it.",
    "sync.chain.empty": "The agency's device list is empty.",
    "sync.chain.failed": "The agency's device list failed verification.",
    "sync.chain.last-device": "The device list would revoke the agency's last active device.",
    "sync.chain.revoked-signer": "An entry of the device list is signed by a revoked device.",
    "sync.chain.root-mismatch": "The device list's root device is not the one you confirmed.",
    "sync.chain.rotation-pending": "A device was revoked; the agency key must be rotated first.",
    "sync.chain.unknown-device": "The device list revokes a device that is not active.",
    "sync.chain.unknown-signer":
        "An entry of the device list is signed by a device not on the list.",
    "sync.chain.wrong-agency": "An entry of the device list belongs to a different agency.",
    "sync.envelope.aead-failed": "The envelope could not be decrypted with this agency's key.",
    "sync.envelope.bad-batch": "The envelope decrypted but its contents are malformed.",
    "sync.envelope.bad-framing": "The envelope's internal lengths do not match its header.",
    "sync.envelope.bad-header": "The envelope header is malformed or not in canonical form.",
    "sync.envelope.bad-magic": "The data is not a CollabDesk envelope (unknown format marker).",
    "sync.envelope.bad-signature":
        "The envelope's signature does not match its sender's key; it was altered or forged.",
    "sync.envelope.failed": "The envelope failed a check and was not applied.",
    "sync.envelope.no-key": "This device holds no agency key the envelope is addressed to.",
    "sync.envelope.too-large":
        "The envelope or its contents exceed the size limits of the protocol.",
    "sync.envelope.trailing-data": "The envelope has extra bytes after its signature.",
    "sync.envelope.truncated": "The envelope is cut short; it was damaged in transit or storage.",
    "sync.envelope.wrong-mailbox":
        "The envelope was addressed to a different mailbox than the one it came from.",
    "sync.envelope.wrong-sender":
        "The envelope names a different sender than the key it was checked against.",
    "sync.fingerprint-does-match-one":
        "The fingerprint does not match the one the hub has for that laptop; do not approve it.",
    "sync.grant.bad-grant": "The agency key grant is not for this device or was damaged.",
    "sync.grant.failed": "The agency key grant could not be opened.",
    "sync.grant.wrong-key": "The granted agency key does not match the agency's device list.",
    "sync.hub-already-knows-laptop":
        "The hub already knows this laptop, but not which agency it enrolled with; give the "
        "agency's hub id.",
    "sync.hub-enrolled-laptop-different":
        "The hub enrolled this laptop with a different agency than the one named; check the "
        "agency id and code.",
    "sync.hub-refused-laptop-s":
        "The hub refused this laptop's changes ({reason}); they stay here and will be sent "
        "again.",
    "sync.hub-sent-envelopes-without": "The hub sent envelopes without their data.",
    "sync.keys.failed": "The stored sync keys are damaged or in an unknown format.",
    "sync.laptop-active-device-agency": "That laptop is not an active device of this agency.",
    "sync.laptop-already-enrolled-agency":
        "This laptop is already enrolled with {hub_url} (agency {hub_agency_id}).",
    "sync.laptop-cannot-remove-itself":
        "A laptop cannot remove itself; do it from another active laptop of the agency.",
    "sync.laptop-changes-hub-does":
        "This laptop has changes the hub does not have yet; sync first, then make the snapshot.",
    "sync.laptop-id-waiting-approval":
        "No laptop with that id is waiting for approval in this agency.",
    "sync.laptop-removed":
        "This laptop has been removed from the agency's devices and can no longer sync.",
    "sync.laptop-removed-agency-key":
        "A laptop was removed and the agency key is not rotated yet; remove it again from an "
        "active laptop first.",
    "sync.laptop-set-up-join":
        "This laptop was set up to join an agency that already uses the hub, but the hub has no "
        "laptop of this agency yet. Enrol the agency's first laptop first (its code can be used "
        "again).",
    "sync.not-enrolled":
        "This laptop is not enrolled with a hub yet. An administrator can enrol it with the "
        "enrolment code from the hub operator.",
    "sync.part-agency-s-snapshot":
        "Part {n} of the agency's snapshot cannot be read ({reason}). Update CollabDesk on the "
        "laptop that made it, make a new snapshot there, and set this laptop up again.",
    "sync.request.bad-signature": "The request's device signature does not verify.",
    "sync.request.failed": "The request is not signed correctly.",
    "sync.request.malformed": "The request's device signature headers are malformed.",
    "sync.request.missing-header": "The request is missing a device signature header.",
    "sync.request.stale":
        "The request's timestamp is too far from the hub's clock; check the laptop's date and "
        "time.",
    "sync.request.wrong-device": "The request's device header does not match the signing key.",
    "sync.snapshot-laptop-restoring-from":
        "The snapshot this laptop was restoring from no longer verifies ({reason}).",
    "sync.summary.bad-document": "The summary document is not a JSON object of the expected shape.",
    "sync.summary.bad-month": "The month must be written YYYY-MM.",
    "sync.summary.bad-signature":
        "The summary's signature does not match the sending device's key.",
    "sync.summary.failed": "The submitted summary failed a check and was not stored.",
    "sync.summary.too-large": "The summary document is larger than 2 MiB.",
    "sync.summary.wrong-agency":
        "The summary names another agency than the one it is submitted for.",
    "sync.summary.wrong-device": "The summary names another device than the one that sent it.",
    "sync.summary.wrong-month": "The summary's month differs from the month it is submitted as.",
    "sync.waiting-for-key.failed":
        "Waiting for another laptop of the agency to share the current agency key; sync that "
        "laptop, then try again.",
}
