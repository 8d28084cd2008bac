"""Every sentence the core shows a person: stable codes, their English templates, one translator.

Core errors and advice carry a code (``"case.title-required"``) and named parameters rather
than finished English; :data:`MESSAGES` is the one catalogue of codes to English templates
(``str.format`` style, ``{name}`` placeholders). Rendering runs the template through the
translator installed with :func:`set_translator` and then fills in the parameters, so the
core stays free of Qt while the desktop app shows every message in the user's language
(``collabdesk.ui.i18n`` installs a translator backed by the app's .qm catalogues, context
:data:`TRANSLATION_CONTEXT`). Without a translator, as in the CLI and the hub, messages read
in English.

A code missing from the catalogue is shown as it is: text that predates the catalogue still
reads, and ``tests/core/test_messages.py`` finds such raise sites. The catalogue is at the
end of this module, grouped by area; a new message gets a new code (never reuse a code for a
different meaning: translations are keyed by the English template).
"""

from __future__ import annotations

import logging
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["MESSAGES", "TRANSLATION_CONTEXT", "Joined", "Message", "Translator", "label", "msg",
           "placeholders", "render", "set_translator", "template", "translate"]

log = logging.getLogger(__name__)

# The context under which the app's .ts files hold the catalogue's templates.
TRANSLATION_CONTEXT = "CoreMessages"

Translator = Callable[[str], str]


def _identity(text: str) -> str:
    return text


_translator: Translator = _identity


def set_translator(translator: Translator | None) -> None:
    """Translate every template through ``translator`` from now on (``None``: English)."""
    global _translator
    _translator = translator if translator is not None else _identity


def translate(text: str) -> str:
    """``text`` (an English template) in the current language."""
    try:
        return _translator(text) or text
    except Exception:  # a broken translator must not hide the message itself
        log.exception("The message translator failed; showing English.")
        return text


def template(code: str) -> str:
    """The English template of ``code``; a text that is not a code stands for itself."""
    return MESSAGES.get(code, code)


def placeholders(text: str) -> set[str]:
    """The parameter names a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def render(code: str, params: Mapping[str, Any] | None = None, *,
           english: bool = False) -> str:
    """The message ``code`` in the current language (``english``: in English, as documents
    written in English need) with ``params`` filled in."""
    source = MESSAGES.get(code)
    if source is None:
        return code
    values = {k: _text(v, english) for k, v in (params or {}).items()}
    for text in ((source,) if english else (translate(source), source)):
        try:
            return text.format_map(values)
        except (KeyError, IndexError, ValueError):
            # A translation that lost or misspelt a placeholder: English rather than nothing.
            log.warning("Message %r does not fit its parameters %s.", code, sorted(values))
    return source


def _text(value: Any, english: bool) -> Any:
    if isinstance(value, Message | Joined):
        return value.english() if english else str(value)
    return value


@dataclass(frozen=True)
class Message:
    """A catalogue code with its parameters; ``str()`` renders it in the current language.

    A parameter may itself be a :class:`Message` (a label, a location) and is rendered too.
    """

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return render(self.code, self.params)

    def english(self) -> str:
        return render(self.code, self.params, english=True)


def msg(code: str, /, **params: Any) -> Message:
    return Message(code, params)


@dataclass(frozen=True)
class Joined:
    """Several messages as one parameter, each rendered in the current language."""

    parts: tuple[Message | str, ...]
    separator: str = ", "

    def __str__(self) -> str:
        return self.separator.join(map(str, self.parts))

    def english(self) -> str:
        return self.separator.join(_text(p, True) for p in self.parts)


def label(kind: str, value: str) -> Message | str:
    """The words for an enumeration value ("mental_health" → "Mental health"): the catalogue
    entry ``label.<kind>.<value>``, else the value made readable."""
    code = f"label.{kind}.{value}"
    return Message(code) if code in MESSAGES else value.replace("_", " ")


# --------------------------------------------------------------------------- the catalogue

MESSAGES: dict[str, str] = {
    # backup
    "backup.session-data-folder-back": "This session has no data folder to back up.",
    "backup.altered-damaged-cannot-trusted": "{name} was altered or damaged; it cannot be trusted.",
    "backup.backup-made-newer-collabdesk":
        "This backup was made by a newer CollabDesk; upgrade first.",
    "backup.readable-collabdesk-backup": "{name} is not a readable CollabDesk backup ({exc}).",
    "backup.key-slots-damaged": "The key slots in {name} are damaged: {exc}",
    "backup.changed-while-being-checked": "{name} changed while it was being checked; try again.",
    "backup.store-inside-cannot-opened": "The store inside {name} cannot be opened: {exc}",
    "backup.collabdesk-backup": "{name} is not a CollabDesk backup.",
    "backup.damaged-header-too-large": "{name} is damaged (header too large).",
    "backup.incomplete-damaged-bytes-expected":
        "{name} is incomplete or damaged ({size} bytes, expected {expected}).",
    "backup.backup-belongs-another-agency":
        "This backup belongs to another agency's store. Restoring it would replace this "
        "agency's data; refusing.",
    "backup.restoring-failed-previous-store":
        "Restoring failed and the previous store was put back: {exc}",
    "backup.session-data-folder-back-2": "This session has no data folder to back up into.",
    "backup.failed-checks": "The backup failed its checks: {problems}",
    # bundle
    "bundle.collabdesk-sync-bundle": "{name} is not a CollabDesk sync bundle.",
    "bundle.cut-short-copy-again": "{name} is cut short; copy it again.",
    "bundle.damaged-incomplete-checksum-does":
        "{name} is damaged or incomplete (its checksum does not match); copy it again from the "
        "other laptop.",
    "bundle.malformed-header": "{name} has a malformed header.",
    "bundle.written-newer-collabdesk-update":
        "{name} was written by a newer CollabDesk; update this one.",
    "bundle.holds-different-number-envelopes":
        "{name} holds a different number of envelopes than it says.",
    "bundle.none-envelope-s-addressed":
        "None of the {count} envelope(s) in {name} is addressed to this agency's mailbox "
        "({own}); they are for another agency. Import the bundle on a laptop of that agency.",
    "bundle.larger-than-bundle-can": "{name} is larger than a bundle can be.",
    "bundle.cannot-read": "Cannot read {path}: {problem}.",
    "bundle.malformed-envelope-frame": "{name} has a malformed envelope frame.",
    "bundle.bundle-s-device-list":
        "The bundle's device list forks from the one this laptop trusts.",
    # cancelled
    "cancelled": "Cancelled; nothing was changed.",
    # cases
    "cases.case-does-exist-laptop": "That case does not exist on this laptop.",
    "cases.case-assigned-someone-else":
        "This case is assigned to someone else; ask a supervisor to assign it to you.",
    "cases.give-case-short-title": "Give the case a short title.",
    "cases.need-complete": "The need is not complete.",
    "cases.say-what-service-delivered": "Say what service was delivered.",
    "cases.quantity-must-least-1": "The quantity must be at least 1.",
    "cases.service-cannot-recorded-future": "A service cannot be recorded in the future.",
    "cases.note-cannot-empty": "A note cannot be empty.",
    "cases.attachments-can-most-mb": "Attachments can be at most {megabytes} MB.",
    "cases.attachment-needs-file-name": "The attachment needs a file name.",
    "cases.case-cannot-become": "A case that is {current} cannot become {wanted}.",
    "cases.worker-does-exist-longer": "That worker does not exist or is no longer active.",
    "cases.valid": "{value!r} is not a valid {key}.",
    "cases.need-field": "A need has no field {key!r}.",
    "cases.need-does-exist": "That need does not exist.",
    "cases.attachment-laptop": "That attachment is not on this laptop.",
    # chain
    "chain.device-list-entry-field": "Device list entry field {key!r} is not a whole number.",
    "chain.device-list-entry-field-2": "Device list entry field {key!r} has the wrong size.",
    "chain.device-list-entry-form":
        "A device list entry is not a pair of an entry and its signature.",
    "chain.device-list-entry-unknown": "A device list entry has an unknown operation or fields.",
    "chain.device-list-entry-unsupported": "A device list entry has an unsupported version.",
    "chain.device-list-entry-arrived":
        "Device list entry {seq} arrived where entry {expected} was expected (a gap, a repeat "
        "or a fork).",
    "chain.device-list-entry-names": "A device list entry names a malformed device id.",
    "chain.agency-id-malformed": "The agency id is malformed.",
    "chain.agency-published-agency-key": "The agency has not published an agency key yet.",
    "chain.device-list-entry-field-3": "Device list entry field {key!r} is not base64.",
    "chain.device-label-must-1": "A device label must be 1 to 200 characters.",
    "chain.device-id-does-match": "A device id does not match its signing key.",
    "chain.device-list-entry-invalid": "Device list entry {seq} has an invalid signature.",
    "chain.epoch-entry-must-name": "An epoch entry must name its signer as the device.",
    "chain.agency-key-epoch-out":
        "Agency key epoch {epoch} is out of order; epoch {expected} was expected.",
    "chain.agency-key-suite-supported": "Agency key suite {suite!r} is not supported.",
    "chain.agency-public-key-malformed": "An agency public key is malformed.",
    # cli
    "cli.passphrase-given-use-passphrase":
        "No passphrase given: use --passphrase-file or set COLLABDESK_PASSPHRASE.",
    "cli.two-passphrases-differ": "The two passphrases differ.",
    "cli.collabdesk-store-run-collabdesk":
        "No CollabDesk store in {data_dir}. Run 'collabdesk init' first.",
    "cli.say-who-signing-user": "Say who is signing in: --user NAME (or set COLLABDESK_USER).",
    "cli.give-month-yyyy-mm": "Give the month as YYYY-MM, for example 2026-10.",
    "cli.active-user-called": "No active user called {username}.",
    # clients
    "clients.client-record-does-exist": "That client record does not exist on this laptop.",
    "clients.fields-need-attention": "Some fields need attention: {problems}",
    "clients.name-required": "Enter at least a given name or a family name.",
    "clients.dob-in-future": "The date of birth is in the future.",
    "clients.dob-too-old": "The date of birth is more than 120 years ago.",
    "clients.estimated-age-range": "The estimated age must be between 0 and 120.",
    "clients.gender-unknown": "Gender must be one of: {genders}.",
    "clients.email-invalid": "This does not look like an email address.",
    "clients.phone-too-short": "A phone number needs at least 6 digits.",
    "clients.possible-duplicate":
        "This may be {given_name} {family_name}, who is already registered ({reasons}). Open "
        "the existing record, or confirm that this is a different person.",
    # conflicts
    "conflicts.conflict-already-resolved": "That conflict was already resolved.",
    "conflicts.status-change-laptop": "That status change is not on this laptop.",
    "conflicts.now-cannot-become": "It is {current} now and cannot become {wanted}.",
    # consent
    "consent.client-s-consent-does":
        "The client's consent does not cover sharing: {fields}. Remove these fields from the "
        "referral or record a wider consent.",
    "consent.consent-complete": "The consent is not complete.",
    "consent.consent-already-withdrawn": "This consent was already withdrawn.",
    "consent.consent-does-exist": "That consent does not exist.",
    "consent.there-current-consent-share":
        "There is no current consent to share this client's information with {partner_name}. "
        "Record the client's consent first.",
    # directory
    "directory.service-partner-directory": "That service is not in the partner directory.",
    "directory.partner-needs-name": "A partner needs a name.",
    "directory.service-needs-name": "A service needs a name.",
    "directory.unknown-need-domain-s": "Unknown need domain(s): {domains}.",
    "directory.partner-not-in-directory": "That partner is not in the directory.",
    # envelope
    "envelope.envelope-header-exceeds-16": "The envelope header exceeds 16 KiB.",
    "envelope.envelope-body-shorter-than": "The envelope body is shorter than its auth tag.",
    "envelope.envelope-too-many-wrapped": "The envelope has too many wrapped keys.",
    "envelope.number-wrapped-keys-differs": "The number of wrapped keys differs from the header.",
    "envelope.batch-exceeds-64-mib": "The batch exceeds 64 MiB; split it into smaller ones.",
    "envelope.sealed-envelope-exceeds-8": "The sealed envelope exceeds 8 MiB; split the batch.",
    "envelope.envelope-s-batch-expands": "The envelope's batch expands beyond 64 MiB.",
    "envelope.envelope-s-compressed-batch": "The envelope's compressed batch is incomplete.",
    "envelope.envelope-header-canonical-json": "The envelope header is not canonical JSON.",
    "envelope.wrapped-key-wrong-size": "A wrapped key has the wrong size for its suite.",
    "envelope.recipient-s-agency-public": "A recipient's agency public key is malformed.",
    "envelope.header-malformed": "The envelope header is malformed: {why}.",
    # field
    "field.before-start": "Before the start.",
    "field.invalid": "Invalid.",
    "field.required": "Required.",
    "field.future": "In the future.",
    "field.too-large": "Too large.",
    "field.unknown": "Unknown.",
    "field.pick-month": "Pick a month.",
    "field.taken": "Taken.",
    "field.enter-passphrase": "Enter a passphrase.",
    "field.unexpected-character": "Unexpected character.",
    "field.wrong-length": "Wrong length.",
    "field.typo-code": "Typo in the code.",
    "field.already-exists": "Already exists.",
    # hub
    "hub.hub-address-give-https":
        "{base_url!r} is not a hub address; give it as https://host[:port] (or http:// on a "
        "closed network).",
    "hub.laptop-device-keys-yet":
        "This laptop has no device keys yet; enrol it with the hub first.",
    "hub.device-keys-needed-enrol": "Device keys are needed to enrol.",
    "hub.hub-sent-answer-json":
        "The hub sent an answer that is not JSON; is this the right address?",
    "hub.hub-sent-malformed-page": "The hub sent a malformed page of envelopes.",
    "hub.hub-described-snapshot-malformed": "The hub described a snapshot in a malformed way.",
    "hub.hub-did-answer-laptop":
        "The hub at {base_url} did not answer; this laptop will keep working offline and try "
        "again later.",
    "hub.could-talk-hub": "Could not talk to the hub at {base_url}: {problem}.",
    "hub.refused-request": "The hub refused the request (HTTP {status}).",
    "hub.internal-problem": "The hub had an internal problem (HTTP {status}); try again later.",
    "hub.rejected.as-said": "{detail}",
    "hub.rejected.already-enrolled": "This device is already enrolled with the hub.",
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
        "This exact request was already received; a replayed request is refused.",
    "hub.rejected.root-mismatch": "The device list's root entry is not this device's keys.",
    "hub.rejected.snapshot-complete": "That snapshot is complete; it can no longer change.",
    "hub.rejected.unknown-agency": "No such agency on this hub.",
    "hub.rejected.unknown-code":
        "This enrollment code is not valid on this hub. Check it, or ask the hub operator for a "
        "new one.",
    "hub.rejected.unknown-mailbox": "No such mailbox on this hub.",
    "hub.rejected.unknown-snapshot": "No parts of that snapshot are here.",
    # hub-admin
    "hub-admin.cannot-read-duration-use":
        "Cannot read the duration {text!r}: use a number with s, m, h, d or w (e.g. 24h).",
    "hub-admin.duration-must-longer-than": "The duration must be longer than zero.",
    "hub-admin.agency-hub-see-agency": "No agency {agency!r} on this hub (see 'agency list').",
    "hub-admin.agency-name-must-empty": "The agency name must not be empty.",
    "hub-admin.agency-name-longer-than": "The agency name is longer than 200 characters.",
    "hub-admin.agency-named-already-exists":
        "An agency named {name!r} already exists (id {agency_id}).",
    "hub-admin.device-hub-see-device": "No device {device_id!r} on this hub (see 'device list').",
    # hub-cli
    "hub-cli.give-both-ssl-certfile": "Give both --ssl-certfile and --ssl-keyfile, or neither.",
    "hub-cli.workers-must-least-1": "--workers must be at least 1.",
    "hub-cli.two-passwords-differ-nothing": "The two passwords differ; nothing was changed.",
    "hub-cli.cannot-create-hub-data": "Cannot create the hub data folder {data_dir}: {exc}",
    # hub-db
    "hub-db.unsupported-database-url-use":
        "Unsupported database URL {scheme!r}: use sqlite:///PATH or "
        "postgresql+psycopg://USER@HOST/DB.",
    "hub-db.could-migrate-hub-database": "Could not migrate the hub database: {exc}",
    "hub-db.folder-hub-database-does": "The folder for the hub database does not exist: {folder}",
    # hub-operator
    "hub-operator.usable-operator-name-use":
        "{name!r} is not a usable operator name: use 1-55 letters, digits and . _ @ -, starting "
        "with a letter or digit.",
    "hub-operator.choose-password-least-characters":
        "Choose a password of at least {minimum} characters.",
    "hub-operator.there-already-operator-called":
        "There is already an operator called {name!r}; use 'operator password' to change the "
        "password.",
    "hub-operator.operator-called": "No operator called {name!r}.",
    # hub-release
    "hub-release.version-number-give-like":
        "{version!r} is not a version number; give it like 0.2.0.",
    # import
    "import.file-files-over-imported": "The file is {size}; files over {limit} are not imported",
    "import.expected-hsds-package-folder":
        "Expected an HSDS package folder, a datapackage.json, a .zip or a .json file",
    "import.file-empty-header-row": "The file is empty; a header row is expected",
    "import.resources-split-over-several": "Resources split over several files are not supported",
    "import.resource-file-path": "A resource has no file path",
    "import.resource-internet-only-files":
        "The resource {raw!r} is on the internet; only files inside the package can be imported",
    "import.resource-path-points-outside": "The resource path {raw!r} points outside the package",
    "import.datapackage-json-must-object":
        "datapackage.json must be an object with a 'resources' list",
    "import.package-datapackage-json": "The package has no datapackage.json",
    "import.zip-holds-datapackage-json": "The zip holds no datapackage.json",
    "import.file-folder-does-exist": "The file or folder does not exist",
    "import.choose-folder-holds-datapackage":
        "Choose the folder that holds datapackage.json (or a .zip of it), not a single CSV file",
    "import.csv-malformed": "The CSV is malformed: {exc}",
    "import.value-contains-nul-byte": "The value contains a NUL byte; is this really a CSV file?",
    "import.column-appears-twice-header": "The column appears twice in the header",
    "import.file-lies-outside-package": "This file lies outside the package folder (a link?)",
    "import.file-does-exist": "The file does not exist",
    "import.file-could-read": "The file could not be read: {problem}",
    "import.zip-entry-damaged": "The zip entry is damaged: {exc}",
    "import.zip-entry-cannot-read": "The zip entry cannot be read: {exc}",
    "import.file-valid-utf-8": "The file is not valid UTF-8 text (line {line}); save it as UTF-8",
    "import.file-valid-json-line":
        "The file is not valid JSON: {problem} (line {lineno}, column {colno})",
    "import.json-nested-too-deeply": "The JSON is nested too deeply",
    "import.each-resource-must-object": "Each resource must be an object",
    "import.valid-zip-file": "This is not a valid zip file: {exc}",
    "import.zip-file-could-read": "The zip file could not be read: {problem}",
    "import.zip-holds-entries-most": "The zip holds {count} entries; at most {most} are accepted",
    "import.zip-unpacks-more-than": "The zip unpacks to more than {limit}",
    "import.zip-holds-several-datapackage":
        "The zip holds several datapackage.json files; zip one package at a time",
    "import.expected-list-found": "Expected a list at {path}, found {found}",
    "import.required-value-id-empty": "Required value 'id' is empty",
    "import.expected-hsds-organization-service":
        "Expected an HSDS organization, service or a list of them, found {found}",
    "import.expected-list-rows-found": "Expected a list of rows for {name}, found {found}",
    "import.tabular-json-list": "The tabular JSON has no '{filename}' list",
    "import.id-used-twice-first": "The {label} id '{ident}' is used twice (first in {where})",
    "import.required-value-name-empty": "Required value 'name' is empty",
    "import.service-refers-organization-which":
        "The service refers to organization '{org_id}', which is not among the organizations "
        "being imported",
    "import.row-values-but-header":
        "This row has {values} values but the header has {columns} columns; a comma or quote is "
        "probably out of place",
    "import.value-valid-utf-8": "The value is not valid UTF-8 text; save the file as UTF-8",
    "import.datapackage-json-lists-but": "datapackage.json lists {listed}, but the file is missing",
    "import.zip-entry-points-outside":
        "The zip entry {filename!r} points outside the folder it would be unpacked into; the "
        "archive is refused",
    "import.expected-object-found": "Expected an object at {path}[{i}], found {found}",
    "import.organization-id-used-twice":
        "Organization id '{org_id}' is used twice with different names (first at {path})",
    "import.service-names-organization-but":
        "The service names organization '{given}' but is listed under '{org_id}'",
    "import.service-id-used-twice":
        "Service id '{service_id}' is used twice with different content (first at {first})",
    "import.expected-object-found-2": "Expected an object at {where}, found {found}",
    "import.expected-object-found-3": "Expected an object at {path}, found {found}",
    "import.column-missing-from-header": "The column '{column_name}' is missing from the header",
    "import.required-value-empty": "Required value '{column_name}' is empty",
    "import.first-row-empty-must": "The first row is empty; it must hold the column names",
    "import.package-required": "The package has no {filename}; it is required",
    "import.should-text": "'{key}' should be text, not {found}, at {path}",
    "import.expected-hsds-organizations-services":
        "Expected HSDS organizations or services at {path}, {found}",
    "import.should-text-2": "'{column_name}' should be text, not {found}, at {path}",
    "import.located": "{problem} ({where})",
    "import.at": "{problem} at {path}",
    "import.where.file": "file {file}",
    "import.where.row": "row {row}",
    "import.where.column": "column {column}",
    "import.unknown-status": "Unknown status '{status}'; expected one of {expected}",
    # keys
    "keys.stored-unknown-format": "The stored {name} are in an unknown format.",
    "keys.stored-readable-json": "The stored {name} are not readable (not JSON).",
    "keys.stored-damaged-unreadable": "The stored {what} are damaged ({field} is unreadable).",
    "keys.stored-device-keys-wrong": "The stored device keys have the wrong length.",
    "keys.stored-agency-key-damaged": "The stored agency key is damaged.",
    "keys.kind.device-keys": "device keys",
    "keys.kind.agency-key": "agency key",
    # label
    "label.gender.female": "Female",
    "label.gender.male": "Male",
    "label.gender.non_binary": "Non-binary",
    "label.gender.other": "Other",
    "label.gender.unknown": "Unknown",
    "label.domain.housing": "Housing",
    "label.domain.food": "Food",
    "label.domain.health": "Health",
    "label.domain.mental_health": "Mental health",
    "label.domain.substance_use": "Substance use",
    "label.domain.legal": "Legal",
    "label.domain.income": "Income",
    "label.domain.employment": "Employment",
    "label.domain.education": "Education",
    "label.domain.safety": "Safety",
    "label.domain.transport": "Transport",
    "label.domain.childcare": "Childcare",
    "label.domain.other": "Other",
    "label.declined.not_eligible": "Declined: not eligible",
    "label.declined.no_capacity": "Declined: no capacity",
    "label.declined.client_unreachable": "Declined: client unreachable",
    "label.declined.client_declined": "Declined: client declined",
    "label.declined.out_of_area": "Declined: out of area",
    "label.declined.duplicate": "Declined: duplicate",
    "label.declined.other": "Declined: other",
    # passphrase
    "passphrase.enter": "Enter a passphrase.",
    "passphrase.common": "This is one of the most common passwords; choose something else.",
    "passphrase.very-weak": "Very weak: easy to guess. Use four or more unrelated words.",
    "passphrase.weak": "Weak: add a few more words or characters.",
    "passphrase.fair": "Fair: one or two more unrelated words would make it strong.",
    "passphrase.strong": "Strong.",
    "passphrase.very-strong": "Very strong.",
    # rbac
    "rbac.allowed-ask-supervisor-administrator":
        "{user} is not allowed to {what}. Ask a supervisor or administrator.",
    # referrals
    "referrals.referral-laptop": "That referral is not on this laptop.",
    "referrals.referral-complete": "The referral is not complete.",
    "referrals.referral-cannot-become": "A referral that is {current} cannot become {wanted}.",
    "referrals.only-referral-from-partner": "Only a referral from a partner can be accepted here.",
    "referrals.referral-already": "This referral is already {status}.",
    "referrals.say-why-referral-declined":
        "Say why the referral is declined; the partner will see it.",
    "referrals.say-why-referral-closed": "Say why the referral is closed.",
    "referrals.partner-s-referral-malformed": "The partner's referral is malformed.",
    "referrals.partner-sent-unknown-referral": "The partner sent an unknown referral state.",
    "referrals.cannot-shared": "{name!r} cannot be shared.",
    "referrals.link-referral-existing-client":
        "Link the referral to an existing client or create one.",
    "referrals.partner-sent-referral-whose":
        "A partner sent a referral whose id is already in use here; it was refused.",
    "referrals.partner-answered-referral-laptop":
        "A partner answered a referral that is not on this laptop.",
    "referrals.partner-tried-change-state":
        "A partner tried to change the state of a referral it sent us; only withdrawing it is "
        "theirs to do.",
    # reports
    "reports.export-one": "Export as one of: {formats} (not {fmt!r}).",
    "reports.pick-month-both-start": "Pick a month, or both a start and an end date.",
    "reports.only-whole-calendar-month":
        "Only a whole calendar month can be submitted to the hub; pick a month rather than a "
        "date range.",
    "reports.pick-either-month-start": "Pick either a month or a start and end date, not both.",
    "reports.summary-could-saved-pick":
        "The summary could not be saved to {target}: {problem}. Pick another folder or free "
        "some space.",
    # session
    "session.record-not-found": "That record does not exist.",
    # signing
    "signing.request-header": "The request has no {name} header.",
    "signing.header-device-id": "The {header} header is not a device id.",
    "signing.header-time": "The {header} header is not a time.",
    "signing.header-wrong-size": "The {header} header has the wrong size.",
    "signing.header-base64": "The {header} header is not base64.",
    # store
    "store.store-key-must-32": "The store key must be 32 bytes.",
    "store.store-could-opened-key":
        "The store could not be opened with this key: it is damaged or belongs to another "
        "agency.",
    "store.store-already-exists-refusing":
        "A store already exists at {path}; refusing to overwrite it.",
    "store.store-found": "No store found at {path}.",
    "store.store-written-newer-collabdesk":
        "This store was written by a newer CollabDesk (schema {version}; this version reads up "
        "to {supported}). Install the newer version to open it.",
    "store.store-locked": "The store is locked.",
    "store.already-exists": "{target} already exists.",
    "store.upgrading-store-failed-step":
        "Upgrading the store failed at step {name}: {exc}. The store was left at version "
        "{version}; nothing was lost.",
    # summaries
    "summaries.document-signature-valid-base64": "The document or signature is not valid base64.",
    # summary
    "summary.period-ends-before-starts": "The period ends before it starts; pick the dates again.",
    "summary.month-write-yyyy-mm": "{month!r} is not a month; write it as YYYY-MM, e.g. 2026-10.",
    "summary.cancelled": "The summary was cancelled; nothing was saved.",
    # suppression
    "suppression.suppression-threshold-must-whole":
        "The suppression threshold must be a whole number of at least 3 (got {threshold!r}): "
        "with a threshold of 2, '<2' would reveal that the count is 1.",
    "suppression.rate-needs-0-numerator":
        "A rate needs 0 <= numerator <= denominator (got {numerator}/{denominator}).",
    "suppression.needs-least-one-row": "{where} needs at least one row and one column.",
    "suppression.row-labels-but-rows": "{where} has {labels} row labels but {rows} rows.",
    "suppression.published-figures-cannot-come":
        "The published figures cannot have come from one set of counts (a withheld figure would "
        "have to be negative or zero).",
    "suppression.two-s-same-label": "{where} has two {kind}s with the same label.",
    "suppression.row-counts-expected":
        "{where}: row {label!r} has {counts} counts, expected {expected}.",
    "suppression.linked-figures-disagree-but":
        "Linked figures disagree: {first} is {first_value} but {second} is {second_value}. Link "
        "only tables that count the same people with the same categories.",
    "suppression.row-holds-counts-must":
        "{where}: row {label!r} holds {value!r}; counts must be whole numbers of 0 or more.",
    "suppression.published-figures-do-add":
        "The published figures do not add up to their totals; they cannot have come from one "
        "set of counts.",
    # sync
    "sync.laptop-already-enrolled-agency":
        "This laptop is already enrolled with {hub_url} (agency {hub_agency_id}).",
    "sync.hub-enrolled-laptop-different":
        "The hub enrolled this laptop with a different agency than the one named; check the "
        "agency id and code.",
    "sync.laptop-id-waiting-approval":
        "No laptop with that id is waiting for approval in this agency.",
    "sync.laptop-removed-agency-key":
        "A laptop was removed and the agency key is not rotated yet; remove it again from an "
        "active laptop first.",
    "sync.laptop-cannot-remove-itself":
        "A laptop cannot remove itself; do it from another active laptop of the agency.",
    "sync.laptop-active-device-agency": "That laptop is not an active device of this agency.",
    "sync.agency-removed-laptop-published":
        "Agency {agency_id} removed a laptop and has not published its new key yet; nothing is "
        "sealed to it until then.",
    "sync.part-agency-s-snapshot":
        "Part {n} of the agency's snapshot cannot be read ({reason}). Update CollabDesk on the "
        "laptop that made it, make a new snapshot there, and set this laptop up again.",
    "sync.hub-already-knows-laptop":
        "The hub already knows this laptop, but not which agency it enrolled with; give the "
        "agency's hub id.",
    "sync.fingerprint-does-match-one":
        "The fingerprint does not match the one the hub has for that laptop; do not approve it.",
    "sync.hub-refused-laptop-s":
        "The hub refused this laptop's changes ({reason}); they stay here and will be sent "
        "again.",
    "sync.laptop-changes-hub-does":
        "This laptop has changes the hub does not have yet; sync first, then make the snapshot.",
    "sync.laptop-set-up-join":
        "This laptop was set up to join an agency that already uses the hub, but the hub has no "
        "laptop of this agency yet. Enrol the agency's first laptop first (its code can be used "
        "again).",
    "sync.agency-s-first-laptop":
        "This is the agency's first laptop on the hub: give the agency's hub id as well (it is "
        "printed with the enrolment code).",
    "sync.hub-sent-envelopes-without": "The hub sent envelopes without their data.",
    "sync.snapshot-laptop-restoring-from":
        "The snapshot this laptop was restoring from no longer verifies ({reason}).",
    "sync.not-enrolled":
        "This laptop is not enrolled with a hub yet. An administrator can enrol it with the "
        "enrolment code from the hub operator.",
    "sync.laptop-removed":
        "This laptop has been removed from the agency's devices and can no longer sync.",
    "sync.envelope.failed": "The envelope failed a check and was not applied.",
    "sync.envelope.bad-magic": "The data is not a CollabDesk envelope (unknown format marker).",
    "sync.envelope.truncated": "The envelope is cut short; it was damaged in transit or storage.",
    "sync.envelope.trailing-data": "The envelope has extra bytes after its signature.",
    "sync.envelope.too-large":
        "The envelope or its contents exceed the size limits of the protocol.",
    "sync.envelope.bad-framing": "The envelope's internal lengths do not match its header.",
    "sync.envelope.bad-header": "The envelope header is malformed or not in canonical form.",
    "sync.envelope.wrong-sender":
        "The envelope names a different sender than the key it was checked against.",
    "sync.envelope.bad-signature":
        "The envelope's signature does not match its sender's key; it was altered or forged.",
    "sync.envelope.wrong-mailbox":
        "The envelope was addressed to a different mailbox than the one it came from.",
    "sync.envelope.no-key": "This device holds no agency key the envelope is addressed to.",
    "sync.envelope.aead-failed": "The envelope could not be decrypted with this agency's key.",
    "sync.envelope.bad-batch": "The envelope decrypted but its contents are malformed.",
    "sync.chain.failed": "The agency's device list failed verification.",
    "sync.chain.empty": "The agency's device list is empty.",
    "sync.chain.bad-entry": "An entry of the agency's device list is malformed.",
    "sync.chain.wrong-agency": "An entry of the device list belongs to a different agency.",
    "sync.chain.bad-seq": "The device list has a gap, a repeated or a forked entry.",
    "sync.chain.bad-prev": "An entry of the device list does not link to the one before it.",
    "sync.chain.bad-root": "The device list does not start with its root device and epoch 0.",
    "sync.chain.root-mismatch": "The device list's root device is not the one you confirmed.",
    "sync.chain.bad-signature": "An entry of the device list has an invalid signature.",
    "sync.chain.unknown-signer":
        "An entry of the device list is signed by a device not on the list.",
    "sync.chain.revoked-signer": "An entry of the device list is signed by a revoked device.",
    "sync.chain.duplicate-device": "The device list adds a device that is already on it.",
    "sync.chain.unknown-device": "The device list revokes a device that is not active.",
    "sync.chain.last-device": "The device list would revoke the agency's last active device.",
    "sync.chain.bad-epoch": "The device list has an agency key out of order or of the wrong kind.",
    "sync.chain.rotation-pending": "A device was revoked; the agency key must be rotated first.",
    "sync.request.failed": "The request is not signed correctly.",
    "sync.request.missing-header": "The request is missing a device signature header.",
    "sync.request.malformed": "The request's device signature headers are malformed.",
    "sync.request.wrong-device": "The request's device header does not match the signing key.",
    "sync.request.stale":
        "The request's timestamp is too far from the hub's clock; check the laptop's date and "
        "time.",
    "sync.request.bad-signature": "The request's device signature does not verify.",
    "sync.grant.failed": "The agency key grant could not be opened.",
    "sync.grant.bad-grant": "The agency key grant is not for this device or was damaged.",
    "sync.grant.wrong-key": "The granted agency key does not match the agency's device list.",
    "sync.keys.failed": "The stored sync keys are damaged or in an unknown format.",
    "sync.summary.failed": "The submitted summary failed a check and was not stored.",
    "sync.summary.bad-month": "The month must be written YYYY-MM.",
    "sync.summary.bad-document": "The summary document is not a JSON object of the expected shape.",
    "sync.summary.too-large": "The summary document is larger than 2 MiB.",
    "sync.summary.bad-signature":
        "The summary's signature does not match the sending device's key.",
    "sync.summary.wrong-agency":
        "The summary names another agency than the one it is submitted for.",
    "sync.summary.wrong-device": "The summary names another device than the one that sent it.",
    "sync.summary.wrong-month": "The summary's month differs from the month it is submitted as.",
    "sync.waiting-for-key.failed":
        "Waiting for another laptop of the agency to share the current agency key; sync that "
        "laptop, then try again.",
    # tasks
    "tasks.say-what-needs-doing": "Say what needs doing.",
    "tasks.task-does-exist": "That task does not exist.",
    # users
    "users.user-does-exist": "That user does not exist.",
    "users.session-data-folder-keep": "This session has no data folder to keep passphrases in.",
    "users.choose-one-more-roles": "Choose one or more roles: {roles}.",
    "users.user-name-2-40": "A user name is 2–40 letters, digits, dots, dashes or underscores.",
    "users.there-already-user-called": "There is already a user called {username}.",
    "users.you-cannot-remove-your": "You cannot remove your own admin role; ask another admin.",
    "users.you-cannot-remove-yourself": "You cannot remove yourself; ask another admin.",
    "users.removed-cannot-sign": "{display_name} was removed and cannot sign in.",
    # vault
    "vault.field-missing-text": "Field {name} is missing or not text.",
    "vault.field-bytes-expected": "Field {name} has {count} bytes, expected {size}.",
    "vault.choose-passphrase-cannot-empty": "Choose a passphrase; it cannot be empty.",
    "vault.store-key-must-bytes": "A store key must be {size} bytes.",
    "vault.recovery-codes-never-contain":
        "Recovery codes never contain {characters}; check the printed code.",
    "vault.recovery-code-letters-digits":
        "A recovery code has {length} letters and digits; this one has {count}.",
    "vault.recovery-code-typo-compare":
        "This recovery code has a typo; compare it with the printed sheet.",
    "vault.slot-entry-object": "A slot entry is not an object.",
    "vault.unknown-slot-kind": "Unknown slot kind {kind!r}.",
    "vault.pending-key-rotation-recorded":
        "The pending key rotation is recorded inconsistently across slots.",
    "vault.collabdesk-vault-file": "It is not a CollabDesk vault file.",
    "vault.unsupported-vault-format-version": "Unsupported vault format version {version!r}.",
    "vault.field-key-generation-malformed": "Field key_generation is malformed.",
    "vault.field-slots-missing": "Field slots is missing.",
    "vault.two-slots-share-id": "Two slots share an id or a user name.",
    "vault.there-more-than-one": "There is more than one recovery slot.",
    "vault.user-name-needed-key": "A user name is needed for the key slot.",
    "vault.user-name-must-most": "A user name must be at most 100 printable characters.",
    "vault.user-named-can-unlock": "No user named {label!r} can unlock the store on this computer.",
    "vault.store-recovery-code-administrator":
        "This store has no recovery code; an administrator must reset access.",
    "vault.key-derivation-memory-too":
        "Key derivation memory is too small for the number of lanes.",
    "vault.key-derivation-parameters-malformed": "Key derivation parameters are malformed.",
    "vault.field-valid-base64": "Field {name} is not valid base64.",
    "vault.collabdesk-vault-file-json": "It is not a CollabDesk vault file (not JSON).",
    "vault.written-newer-collabdesk-vault":
        "It was written by a newer CollabDesk (vault format {version}); upgrade CollabDesk to "
        "open it.",
    "vault.vault-already-exists-overwritten":
        "A vault already exists at {path}; it was not overwritten.",
    "vault.store-id-must-non": "A store id must be non-empty text of at most 200 characters.",
    "vault.user-already-key-slot":
        "User {label!r} already has a key slot; reset their passphrase instead.",
    "vault.there-key-slot-vault": "There is no key slot {slot_id!r} in this vault.",
    "vault.last-key-slot-removing":
        "That is the last key slot; removing it would make the store impossible to open.",
    "vault.key-rotation-progress": "No key rotation is in progress.",
    "vault.store-key-rotation-unfinished":
        "A store key rotation is unfinished; open the store once to complete it first.",
    "vault.current-key-store": "That is not the current key of this store.",
    "vault.key-slot-damaged-restore":
        "Key slot {slot_id} is damaged. Restore the vault from a backup.",
    "vault.key-slot-altered-restore":
        "Key slot {slot_id} was altered. Restore the vault from a backup or use another slot.",
    "vault.vault-file-changed-another":
        "The vault file was changed by another program since it was opened; reopen it and try "
        "again. Nothing was changed.",
    "vault.key-derivation-parameter-must":
        "Key derivation parameter {name} must be a whole number.",
    "vault.key-derivation-parameter-below":
        "Key derivation parameter {name}={value} is below the minimum {low}; the vault file may "
        "have been tampered with. Restore it from a backup.",
    "vault.key-derivation-parameter-above":
        "Key derivation parameter {name}={value} is above the maximum {high}; the vault file "
        "may be damaged. Restore it from a backup.",
    "vault.could-write-vault-file": "Could not write the vault file {path}: {strerror}.",
    "vault.vault-file-restore-from":
        "No vault file at {path}. Restore it from a backup, or set this computer up again.",
    "vault.could-read-vault-file": "Could not read the vault file {path}: {strerror}.",
    "vault.cannot-use-vault-file": "Cannot use the vault file {path}. {exc}",
    "vault.key-slot-pending-key": "Key slot {slot_id} has no pending key; cannot finish.",
    "vault.key-slot-made-collabdesk":
        "Key slot {label!r} ({slot_id}) was not made by CollabDesk for this store; someone "
        "edited the vault file. Remove that slot before changing passphrases or keys.",
    "vault.store-key-slot-damaged":
        "The store key in slot {slot_id} is damaged or was swapped. Restore the vault from a "
        "backup or use another slot.",
    "vault.vault-file-can-longer":
        "The vault file {path} can no longer be read ({strerror}); nothing was changed.",
    "vault.could-save-vault-file":
        "Could not save the vault file {path} ({problem}); nothing was changed.",
    "vault.recovery-code-does-unlock":
        "That recovery code does not unlock this store; it may have been replaced.",
    "vault.wrong-passphrase": "That passphrase is not correct for this user.",
    "vault.too-many-attempts": "Too many wrong passphrases. Try again in {seconds} seconds.",
    # workspace
    "workspace.there-user-agency-s": "There is no user {username!r} in this agency's store.",
    "workspace.already-holds-collabdesk-store": "{data_dir} already holds a CollabDesk store.",
    "workspace.give-agency-name-first":
        "Give the agency a name and the first administrator a user name.",
    "workspace.can-longer-sign-here": "{display_name} can no longer sign in here.",
}
