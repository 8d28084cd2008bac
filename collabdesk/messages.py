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
           "placeholders", "render", "set_translator", "translate"]

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
        except (KeyError, IndexError, ValueError, TypeError, AttributeError):
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
    "backup.altered": "{name} was altered or damaged; it cannot be trusted.",
    "backup.changed-while-checked": "{name} changed while it was being checked; try again.",
    "backup.failed-checks": "The backup failed its checks: {problems}",
    "backup.from-newer-version": "This backup was made by a newer CollabDesk; upgrade first.",
    "backup.cannot-read": "{name} cannot be read ({strerror}).",
    "backup.header-unreadable": "{name} is damaged: its header cannot be read. Use another "
    "backup.",
    "backup.incomplete": "{name} is incomplete or damaged ({size} bytes, expected {expected}). "
    "Use another backup.",
    "backup.key-slots-damaged": "The key slots in {name} are damaged. Use another backup.",
    "backup.no-data-folder": "This session has no data folder to back up.",
    "backup.no-data-folder-for-schedule": "This session has no data folder to back up into.",
    "backup.not-a-backup": "{name} is not a CollabDesk backup.",
    "backup.other-agency":
        "This backup belongs to another agency's store. Restoring it would replace this "
        "agency's data; refusing.",
    "backup.restore-failed-rolled-back":
        "Restoring failed and the previous store was put back: {exc}",
    "backup.store-unopenable": "The store inside {name} cannot be opened: {exc}",
    "backup.vault-here-unreadable":
        "The vault file here cannot be read, so this backup cannot be matched to this agency. "
        "If it is this agency's backup, restore it with --allow-other-agency (the damaged "
        "files are kept).",
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
    # cancelled
    "cancelled": "Cancelled; nothing was changed.",
    # case
    "case.assigned-to-someone-else":
        "This case is assigned to someone else; ask a supervisor to assign it to you.",
    "case.attachment-name-required": "The attachment needs a file name.",
    "case.attachment-not-found": "That attachment is not on this laptop.",
    "case.attachment-too-large": "Attachments can be at most {megabytes} MB.",
    "case.invalid-transition": "A case that is {current} cannot become {wanted}.",
    "case.need-field-unknown": "A need has no field {key!r}.",
    "case.need-incomplete": "The need is not complete.",
    "case.need-not-found": "That need does not exist.",
    "case.need-value-invalid": "{value!r} is not a valid {key}.",
    "case.not-found": "That case does not exist on this laptop.",
    "case.note-empty": "A note cannot be empty.",
    "case.quantity-too-small": "The quantity must be at least 1.",
    "case.service-in-future": "A service cannot be recorded in the future.",
    "case.service-type-required": "Say what service was delivered.",
    "case.title-required": "Give the case a short title.",
    "case.worker-not-found": "That worker does not exist or is no longer active.",
    # caseload (an existing caseload brought in from a spreadsheet)
    "caseload.already-undone": "This import was already undone.",
    "caseload.date-order-needed":
        "Every date in {columns} reads both ways (for example {example}): say whether the file "
        "writes the day or the month first.",
    "caseload.domain-unknown": "'{value}' is not a need domain",
    "caseload.edited-since":
        "{count} of this import's records were edited or used since it was made, so it can no "
        "longer be undone as a whole; change those records one by one instead.",
    "caseload.gender-unknown": "'{value}' is not a gender this import knows",
    "caseload.import-not-found": "That import is not in this store.",
    "caseload.mapping-needs-a-name":
        "Map at least one column to a name (first name, last name or full name).",
    "caseload.mapping-target-twice": "Two columns are mapped to the same field; map each once.",
    "caseload.merge-into-skipped-row":
        "Row {row} is to be merged into row {other}, which is skipped; create or skip row {row}, "
        "or import row {other}.",
    "caseload.not-a-date": "'{value}' is not a date",
    "caseload.not-a-number": "'{value}' is not a number",
    "caseload.nothing-to-merge-into": "Row {row} has no likely duplicate to merge into.",
    "caseload.read-as-cp1252":
        "The file is not UTF-8 text; it was read as Windows-1252 (Western European). Check "
        "that accented names look right in the preview.",
    "caseload.row-has-errors": "Row {row} has errors and can only be skipped.",
    "caseload.row-problem": "Row {row}, column '{column}': {problem}",
    "caseload.rows-have-errors":
        "{count} rows have errors; fix them in the file, or skip them to import the rest.",
    "caseload.worker-unknown": "'{value}' is not the user name of a worker here",
    "caseload.xlsx-unreadable":
        "The spreadsheet could not be read ({problem}); is it an .xlsx file?",
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
    # cli
    "cli.bad-month": "Give the month as YYYY-MM, for example 2026-10.",
    "cli.import-clients-bad-field": "'{field}' is not a field; use one of: {fields}",
    "cli.import-clients-bad-map":
        "--map {given}: give it as \"Column=field\" with one of the file's columns: {columns}",
    "cli.no-passphrase": "No passphrase given: use --passphrase-file or set COLLABDESK_PASSPHRASE.",
    "cli.no-store": "No CollabDesk store in {data_dir}. Run 'collabdesk init' first.",
    "cli.no-user": "Say who is signing in: --user NAME (or set COLLABDESK_USER).",
    "cli.partner-ambiguous":
        "Several partners in the directory are called {partner}: give the partner's id.",
    "cli.partner-unknown": "No partner in the directory is called {partner}.",
    "cli.passphrases-differ": "The two passphrases differ.",
    "cli.user-not-found": "No active user called {username}.",
    # client
    "client.dob-in-future": "The date of birth is in the future.",
    "client.dob-too-old": "The date of birth is more than 120 years ago.",
    "client.email-invalid": "This does not look like an email address.",
    "client.estimated-age-out-of-range": "The estimated age must be between 0 and 120.",
    "client.fields-need-attention": "Some fields need attention: {problems}",
    "client.gender-unknown": "Gender must be one of: {genders}.",
    "client.name-required": "Enter at least a given name or a family name.",
    "client.not-found": "That client record does not exist on this laptop.",
    "client.phone-too-short": "A phone number needs at least 6 digits.",
    "client.possible-duplicate":
        "This may be {given_name} {family_name}, who is already registered ({reasons}). Open "
        "the existing record, or confirm that this is a different person.",
    # conflict
    "conflict.already-resolved": "That conflict was already resolved.",
    "conflict.cannot-reapply": "It is {current} now and cannot become {wanted}.",
    "conflict.transition-not-found": "That status change is not on this laptop.",
    # consent
    "consent.already-withdrawn": "This consent was already withdrawn.",
    "consent.incomplete": "The consent is not complete.",
    "consent.none-for-partner":
        "There is no current consent to share this client's information with {partner_name}. "
        "Record the client's consent first.",
    "consent.no-form-covered":
        "The client's consent for {partner_name} names no form, so no responses may be shared. "
        "Record a consent that lists the forms to share.",
    "consent.not-found": "That consent does not exist.",
    "consent.scope-not-covered":
        "The client's consent does not cover sharing: {fields}. Remove these fields from the "
        "referral or record a wider consent.",
    # directory
    "directory.partner-name-required": "A partner needs a name.",
    "directory.partner-not-found": "That partner is not in the directory.",
    "directory.service-name-required": "A service needs a name.",
    "directory.service-not-found": "That service is not in the partner directory.",
    "directory.unknown-domains": "Unknown need domain(s): {domains}.",
    # disk (a full disk, a folder that may not be written, space running low)
    "disk.full":
        "There is not enough free space on the disk holding {folder}: about {needed} more is "
        "needed there ({free} free now). Nothing was lost: what was being saved was not "
        "saved, and everything saved before is intact. Free some space on that disk and try "
        "again.",
    "disk.read-only":
        "CollabDesk cannot write to {folder}: the disk is read-only (a write-protected drive?). "
        "Nothing was changed. Make it writable, or choose another folder, and try again.",
    "disk.not-permitted":
        "CollabDesk may not write to {folder}: the folder belongs to another user or does not "
        "allow changes. Nothing was changed. Ask the IT volunteer to give your account access "
        "to it, and try again.",
    "disk.low-space":
        "The disk holding {folder} has {free} free, less than the {needed} the next backup "
        "and a week of work need. Free some space soon (Admin, Storage shows what CollabDesk "
        "uses and can prune old backups).",
    # sizes, as disks are sold (decimal units)
    "size.bytes": "{n} bytes",
    "size.kb": "{n} kB",
    "size.mb": "{n} MB",
    "size.gb": "{n} GB",
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
    # field
    "field.already-exists": "Already exists.",
    "field.before-start": "Before the start.",
    "field.enter-passphrase": "Enter a passphrase.",
    "field.future": "In the future.",
    "field.invalid": "Invalid.",
    "field.pick-month": "Pick a month.",
    "field.required": "Required.",
    "field.taken": "Taken.",
    "field.too-large": "Too large.",
    "field.typo-code": "Typo in the code.",
    "field.unexpected-character": "Unexpected character.",
    "field.unknown": "Unknown.",
    "field.wrong-length": "Wrong length.",
    # fhir (a referral or a referral's Task read from a FHIR file; "at" names the element)
    "fhir.bundle-empty": "The Bundle holds no resources",
    "fhir.element-invalid": "{resource}.{element} has a value that cannot be read: '{value}'",
    "fhir.element-missing": "{resource} has no {element}",
    "fhir.no-service-request":
        "The Bundle holds no ServiceRequest (a referral) and no Task (a referral's progress)",
    "fhir.not-a-bundle": "This is a FHIR {found}, not a Bundle",
    "fhir.not-a-resource": "This file is not a FHIR resource: it has no resourceType",
    "fhir.reference-unresolved":
        "{resource}.{element} points to {reference}, which is not in the Bundle",
    "fhir.reference-wrong-kind": "{resource}.{element} points to a {found}, not a ServiceRequest",
    "fhir.request-id-taken": "This ServiceRequest's id is already used by another referral here",
    "fhir.request-not-active": "The ServiceRequest's status is '{status}': nothing is requested",
    "fhir.several-service-requests":
        "The Bundle holds {count} ServiceRequests; a file carries one referral",
    "fhir.task-not-theirs":
        "The Task says '{status}' about a referral the clinic sent us: answering it is ours to "
        "do (the clinic may only cancel it)",
    "fhir.task-status-unsupported": "A Task status '{status}' says nothing about a referral",
    "fhir.task-unknown-referral":
        "The Task is about {reference}, which is no referral exchanged here as a FHIR file",
    # forms (a Questionnaire refused at import, an expression that cannot run, an answer
    # that does not fit; "forms.at-item" names the item at fault in front of the problem)
    "forms.agency-fields-on-profile": "Agency fields are filled on a client's profile.",
    "forms.amend-other-form": "A new version of a response must answer the same form.",
    "forms.answer.above-max": "the answer is above the most allowed, {limit}.",
    "forms.answer.attachment-too-large":
        "the attachment is larger than {limit} kB; attach it to the case instead.",
    "forms.answer.below-min": "the answer is below the least allowed, {limit}.",
    "forms.answer.invalid-value": "{key} {value} is not a valid value of that type.",
    "forms.answer.no-single-value": "the answer has no single value.",
    "forms.answer.not-an-option": "{value} is not one of the item's answers.",
    "forms.answer.not-element": "the answer is not a FHIR answer element.",
    "forms.answer.too-long": "the answer is longer than {limit} characters.",
    "forms.answer.wrong-key": "a {type} item takes {keys}, not {key} ({value}).",
    "forms.answer.wrong-key-choice": "a {type} item takes {keys} or {last}, not {key} ({value}).",
    "forms.answers-need-attention":
        "Some answers are missing or do not fit; see the messages beside them.",
    "forms.at-item": "Item {link_id}: {problem}",
    "forms.calculated-twice": "the item has more than one calculatedExpression.",
    "forms.coding-no-code": "an answer's coding has no code.",
    "forms.display-with-items": "a display item cannot hold other items.",
    "forms.duplicate-link-id":
        "This linkId is used by more than one item; each item needs its own.",
    "forms.enable-behavior": "enableBehavior must be 'any' or 'all', not {behavior}.",
    "forms.enable-when-answer-unsupported": "enableWhen {key} is not supported.",
    "forms.enable-when-cycle": "enableWhen conditions go round in a circle ({loop}): none of "
        "them can ever be answered first.",
    "forms.enable-when-not-list": "enableWhen is not a list.",
    "forms.enable-when-not-question":
        "enableWhen names {question}, a {type} item that takes no answer.",
    "forms.enable-when-one-answer": "an enableWhen needs exactly one answer value.",
    "forms.enable-when-shape": "an enableWhen needs a question and one of the operators "
        "exists = != > < >= <=.",
    "forms.enable-when-unknown":
        "enableWhen names the item {question}, which the form does not have.",
    "forms.expression-empty": "An expression is empty.",
    "forms.expression-failed": "The expression {expression} failed ({error}).",
    "forms.expression-language": "Only FHIRPath expressions are supported, not {language}.",
    "forms.expression-nested-levels":
        "The expression {expression} is nested more than {limit} levels deep.",
    "forms.expression-nested-too-deeply": "The expression {expression} is nested too deeply.",
    "forms.expression-no-text": "An expression has no text.",
    "forms.expression-stopped": "The expression {expression} was stopped: {why}.",
    "forms.expression-syntax": "The FHIRPath expression {expression} does not parse ({error}).",
    "forms.expression-too-long": "An expression is longer than {limit} characters.",
    "forms.extension-no-url": "an extension has no url.",
    "forms.extension-no-value": "{url} has no value.",
    "forms.extension-no-value-expression": "The extension {url} has no valueExpression.",
    "forms.extension-unsupported": "CollabDesk does not support {feature} ({url}).",
    "forms.feature.answer-expression": "answerExpression (computed answer lists)",
    "forms.feature.candidate-expression": "candidateExpression",
    "forms.feature.constraints": "constraints",
    "forms.feature.context-expression": "contextExpression",
    "forms.feature.cql-expressions": "CQL expressions",
    "forms.feature.cql-libraries": "CQL libraries",
    "forms.feature.initial-expression": "initialExpression (pre-population)",
    "forms.feature.item-population-context": "itemPopulationContext (pre-population)",
    "forms.feature.launch-context": "launchContext (pre-population)",
    "forms.feature.max-occurs": "maxOccurs",
    "forms.feature.modular-forms": "modular forms",
    "forms.feature.options-toggle-expression": "answerOptionsToggleExpression",
    "forms.feature.reference-answers": "reference answers",
    "forms.feature.source-queries": "sourceQueries (pre-population)",
    "forms.feature.sub-questionnaires": "sub-questionnaires (modular forms)",
    "forms.fill.group-required": "Answer at least one question in this group.",
    "forms.fill.one-answer": "This question takes one answer.",
    "forms.fill.required": "This question needs an answer.",
    "forms.filled-on-a-case": "Assessments and screenings are filled on a case.",
    "forms.form-modifier-extensions": "The form has modifier extensions, which change its "
        "meaning in ways CollabDesk cannot check.",
    "forms.form-not-arrived": "That form has not arrived on this laptop yet.",
    "forms.form-not-found": "That form is not on this laptop.",
    "forms.initial-not-list": "initial values belong on questions, as a list.",
    "forms.initial-wrong-type": "an initial value does not fit a {type} item.",
    "forms.item-modifier-extensions":
        "modifier extensions change the item's meaning in ways CollabDesk cannot check.",
    "forms.item-no-link-id": "An item has no linkId.",
    "forms.item-no-link-id-under": "An item has no linkId (under {parent}).",
    "forms.item-not-object": "An item is not a JSON object.",
    "forms.item-type-unsupported": "The item type {type} is not supported (docs/forms.md "
        "lists the types that are).",
    "forms.malformed-json": "{source} is not valid JSON ({error} at line {line}, column "
        "{column}).",
    "forms.max-length": "maxLength must be a positive whole number.",
    "forms.min-occurs": "minOccurs above 1 is not supported.",
    "forms.name-case-or-client": "Name a case or a client.",
    "forms.nested-too-deep": "Items are nested more than {limit} deep.",
    "forms.no-active-version": "No active version of that form is here.",
    "forms.no-identifier": "The form has no url, id or name to identify it by.",
    "forms.no-items": "The form has no items.",
    "forms.no-resource": "{source} holds no FHIR resource.",
    "forms.no-resource-type":
        "{source} is a JSON document without a resourceType, not a FHIR Questionnaire.",
    "forms.not-a-number": "{url} is not a number.",
    "forms.not-a-questionnaire": "{source} is a {kind}, not a FHIR Questionnaire.",
    "forms.not-boolean": "{name} must be true or false.",
    "forms.not-utf8": "{source} is not UTF-8 text.",
    "forms.option-not-object": "an answerOption is not a JSON object.",
    "forms.option-one-value": "an answerOption needs exactly one value.",
    "forms.option-value-unsupported": "answerOption {key} is not supported (only {keys}).",
    "forms.options-and-value-set":
        "an item has either answerOption or answerValueSet, not both.",
    "forms.options-not-list": "answerOption is not a list.",
    "forms.options-on-type": "answer lists on a {type} item are not supported (only on choice "
        "and open-choice).",
    "forms.response-not-found": "That response is not on this laptop.",
    "forms.response-sensitive":
        "This response is to a sensitive form; only its author and supervisors may read it.",
    "forms.response.no-link-id": "An item of the response has no linkId.",
    "forms.response.unknown-item": "the form has no such item.",
    "forms.retired": "{form} is retired: it takes no new responses.",
    "forms.runaway.items": "it built a collection of more than {limit} items",
    "forms.runaway.recursion": "it recursed too deeply",
    "forms.runaway.steps": "it evaluated more than {limit} steps",
    "forms.runaway.time": "it ran longer than {seconds} s",
    "forms.source.file": "the file",
    "forms.source.stored": "the stored form",
    "forms.stu3": "This looks like an STU3 Questionnaire ({elements}); CollabDesk reads FHIR "
        "R4. Convert it to R4 first.",
    "forms.suggestion-already-confirmed": "That suggestion was already confirmed.",
    "forms.suggestion-already-dismissed": "That suggestion was already dismissed.",
    "forms.suggestion-decided": "That suggestion was already decided.",
    "forms.suggestion-domain": "A suggestion's domain must be one of {domains}, not {domain}.",
    "forms.suggestion-needs-case": "Open a case for the client to add the need to.",
    "forms.suggestion-no-condition": "A suggestion has no condition.",
    "forms.suggestion-not-found": "That suggestion is not on this laptop.",
    "forms.suggestion-severity":
        "A suggestion's severity must be one of {severities}, not {severity}.",
    "forms.too-large": "{source} is {megabytes} MB; a form may be at most {limit} MB.",
    "forms.too-many-items": "The form has more than {limit} items.",
    "forms.unknown-item-element": "Items in R4 have no element {key}.",
    "forms.unknown-root-element":
        "The form has an element {key} that R4 Questionnaires do not have.",
    "forms.unreadable": "{name} cannot be read ({error}).",
    "forms.url-not-text": "The form's url is not text.",
    "forms.use-invalid": "A form is used for one of: {uses}.",
    "forms.use-unknown": "The form's use must be one of {uses}.",
    "forms.value-set-empty": "the answer list #{ref} lists no concepts.",
    "forms.value-set-filters":
        "the answer list #{ref} uses filters or other value sets; list its concepts instead.",
    "forms.value-set-missing": "the answer list #{ref} is not contained in the form.",
    "forms.variable-no-name": "A variable has no usable name ({name}).",
    "forms.version-clash":
        "{form} is already here with other content. Give the changed form a new version.",
    "forms.version-not-text": "The form's version is not text.",
    "forms.warn.calculated-repeated":
        "the same calculatedExpression is given twice; it is used once.",
    "forms.warn.choice-without-answers": "the choice item lists no answers; the answer is typed.",
    "forms.warn.display-required": "a display item cannot be required or repeat; that is ignored.",
    "forms.warn.empty-group": "the group holds no items.",
    "forms.warn.extension-ignored": "the extension {url} only changes presentation or serves "
        "data extraction; it is ignored.",
    "forms.warn.extension-unknown":
        "the extension {url} is not known to CollabDesk; it is ignored.",
    "forms.warn.item-control": "the item control {control} is not supported; the item is shown "
        "with the usual control for its type.",
    "forms.warn.max-length-ignored": "maxLength has no meaning on a {type} item; it is ignored.",
    "forms.warn.no-url": "The form has no url; it is identified as {url}.",
    "forms.warn.value-set-outside": "the answer list {ref} is not inside the form and cannot be "
        "read offline; the answer is typed as a code.",
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
    # import
    "import.at": "{problem} at {path}",
    "import.cell-not-text": "'{column_name}' should be text, not {found}, at {path}",
    "import.cell-too-long":
        "This value is {length} characters long; values over {most} characters are not imported",
    "import.column-duplicated": "The column appears twice in the header",
    "import.column-missing": "The column '{column_name}' is missing from the header",
    "import.csv-malformed": "The CSV is malformed: {exc}",
    "import.csv-truncated":
        "The file ends in the middle of this value: it was cut short (an interrupted download "
        "or copy) or a quote is missing; nothing was imported",
    "import.descriptor-not-object": "datapackage.json must be an object with a 'resources' list",
    "import.expected-list": "Expected a list at {path}, found {found}",
    "import.expected-object": "Expected an object at {path}, found {found}",
    "import.expected-object-at": "Expected an object at {where}, found {found}",
    "import.expected-object-in-list": "Expected an object at {path}[{i}], found {found}",
    "import.expected-organization-or-service":
        "Expected an HSDS organization, service or a list of them, found {found}",
    "import.expected-organizations-or-services":
        "Expected HSDS organizations or services at {path}, {found}",
    "import.expected-rows": "Expected a list of rows for {name}, found {found}",
    "import.file-empty": "The file is empty; a header row is expected",
    "import.file-not-found": "The file does not exist",
    "import.file-not-json": "The file is not valid JSON: {problem} (line {lineno}, column {colno})",
    "import.file-not-utf8": "The file is not valid UTF-8 text (line {line}); save it as UTF-8",
    "import.file-outside-package": "This file lies outside the package folder (a link?)",
    "import.file-too-large": "The file is {size}; files over {limit} are not imported",
    "import.file-unreadable": "The file could not be read: {problem}",
    "import.header-empty": "The first row is empty; it must hold the column names",
    "import.id-duplicated": "The {label} id '{ident}' is used twice (first in {where})",
    "import.id-empty": "Required value 'id' is empty",
    "import.json-too-deep": "The JSON is nested too deeply",
    "import.kind.list": "a list",
    "import.kind.object": "an object",
    "import.listed-file-missing": "datapackage.json lists {listed}, but the file is missing",
    "import.located": "{problem} ({where})",
    "import.name-empty": "Required value 'name' is empty",
    "import.no-descriptor": "The package has no datapackage.json",
    "import.nul-byte": "The value contains a NUL byte; is this really a CSV file?",
    "import.organization-id-conflict":
        "Organization id '{org_id}' is used twice with different names (first at {path})",
    "import.path-not-found": "The file or folder does not exist",
    "import.resource-no-path": "A resource has no file path",
    "import.resource-not-object": "Each resource must be an object",
    "import.resource-outside-package": "The resource path {raw!r} points outside the package",
    "import.resource-remote":
        "The resource {raw!r} is on the internet; only files inside the package can be imported",
    "import.resource-split": "Resources split over several files are not supported",
    "import.row-width-mismatch":
        "This row has {values} values but the header has {columns} columns; a comma or quote is "
        "probably out of place",
    "import.service-id-conflict":
        "Service id '{service_id}' is used twice with different content (first at {first})",
    "import.service-organization-mismatch":
        "The service names organization '{given}' but is listed under '{org_id}'",
    "import.single-csv-chosen":
        "Choose the folder that holds datapackage.json (or a .zip of it), not a single CSV file",
    "import.table-missing": "The package has no {filename}; it is required",
    "import.table.location": "location",
    "import.table.organization": "organization",
    "import.table.service": "service",
    "import.table.taxonomy-term": "taxonomy term",
    "import.tabular-list-missing": "The tabular JSON has no '{filename}' list",
    "import.unknown-organization":
        "The service refers to organization '{org_id}', which is not among the organizations "
        "being imported",
    "import.unknown-source":
        "Expected an HSDS package folder, a datapackage.json, a .zip or a .json file",
    "import.unknown-status": "Unknown status '{status}'; expected one of {expected}",
    "import.value-empty": "Required value '{column_name}' is empty",
    "import.value-not-text": "'{key}' should be text, not {found}, at {path}",
    "import.value-not-utf8": "The value is not valid UTF-8 text; save the file as UTF-8",
    "import.where.column": "column {column}",
    "import.where.file": "file {file}",
    "import.where.row": "row {row}",
    "import.zip-entry-damaged": "The zip entry is damaged: {exc}",
    "import.zip-entry-outside":
        "The zip entry {filename!r} points outside the folder it would be unpacked into; the "
        "archive is refused",
    "import.zip-entry-unreadable": "The zip entry cannot be read: {exc}",
    "import.zip-invalid": "This is not a valid zip file: {exc}",
    "import.zip-no-descriptor": "The zip holds no datapackage.json",
    "import.zip-several-descriptors":
        "The zip holds several datapackage.json files; zip one package at a time",
    "import.zip-too-large-unpacked": "The zip unpacks to more than {limit}",
    "import.zip-too-many-entries": "The zip holds {count} entries; at most {most} are accepted",
    "import.zip-unreadable": "The zip file could not be read: {problem}",
    # keys
    "keys.agency-key-damaged": "The stored agency key is damaged.",
    "keys.device-keys-wrong-length": "The stored device keys have the wrong length.",
    "keys.field-unreadable": "The stored {what} are damaged ({field} is unreadable).",
    "keys.kind.agency-key": "agency key",
    "keys.kind.device-keys": "device keys",
    "keys.not-json": "The stored {name} are not readable (not JSON).",
    "keys.unknown-format": "The stored {name} are in an unknown format.",
    # label
    # a referral letter, for a partner without CollabDesk (collabdesk/reports/letter.py)
    "letter.about-client": "About the person referred",
    "letter.consent":
        "Shared with the person's consent ({method}, {date}); only what it covers is written "
        "here. Please keep this letter confidential.",
    "letter.date": "Date",
    "letter.follow-up": "Ask {partner} what became of the referral {code}",
    "letter.forms": "Forms completed with the person",
    "letter.not-ours": "Only a referral this agency sent has a letter.",
    "letter.outcome-from-hub":
        "This partner is on the hub: its answers arrive by themselves and cannot be recorded "
        "by hand.",
    "letter.from": "From",
    "letter.outcome":
        "Please let us know whether you can help and when the service starts or ends, quoting "
        "the reference {code}.",
    "letter.reason": "Reason for the referral",
    "letter.reference": "Reference",
    "letter.sent-by": "Referred by {worker}",
    "letter.title": "Referral to {service}",
    "letter.to": "To",
    "letter.urgency": "Urgency",
    "letter.score": "score {score}",
    "letter.unknown-outcome":
        "Choose what the partner did: accepted, declined, service started or completed.",
    "label.consent_method.electronic": "electronic",
    "label.consent_method.verbal": "verbal",
    "label.consent_method.written": "written",
    "label.declined.client_declined": "Declined: client declined",
    "label.declined.client_unreachable": "Declined: client unreachable",
    "label.declined.duplicate": "Declined: duplicate",
    "label.declined.no_capacity": "Declined: no capacity",
    "label.declined.not_eligible": "Declined: not eligible",
    "label.declined.other": "Declined: other",
    "label.declined.out_of_area": "Declined: out of area",
    "label.domain.childcare": "Childcare",
    "label.domain.education": "Education",
    "label.domain.employment": "Employment",
    "label.domain.food": "Food",
    "label.domain.health": "Health",
    "label.domain.housing": "Housing",
    "label.domain.income": "Income",
    "label.domain.legal": "Legal",
    "label.domain.mental_health": "Mental health",
    "label.domain.other": "Other",
    "label.domain.safety": "Safety",
    "label.domain.substance_use": "Substance use",
    "label.domain.transport": "Transport",
    "label.field.address": "Address",
    "label.field.dob": "Date of birth",
    "label.field.email": "Email",
    "label.field.gender": "Gender",
    "label.field.identifiers": "Identifiers",
    "label.field.language": "Language",
    "label.field.name": "Name",
    "label.field.needs": "Needs",
    "label.field.phone": "Phone",
    "label.field.reason": "Reason",
    "label.gender.female": "Female",
    "label.gender.male": "Male",
    "label.gender.non_binary": "Non-binary",
    "label.gender.other": "Other",
    "label.gender.unknown": "Unknown",
    "label.urgency.routine": "Routine",
    "label.urgency.soon": "Soon",
    "label.urgency.urgent": "Urgent",
    "label.severity.high": "high",
    "label.severity.low": "low",
    "label.severity.medium": "medium",
    "label.severity.urgent": "urgent",
    "label.status.accepted": "accepted",
    "label.status.closed": "closed",
    "label.status.completed": "completed",
    "label.status.declined": "declined",
    "label.status.given": "given",
    "label.status.in_progress": "in progress",
    "label.status.met": "met",
    "label.status.on_hold": "on hold",
    "label.status.open": "open",
    "label.status.received": "received",
    "label.status.sent": "sent",
    "label.status.service_started": "service started",
    "label.status.unmet": "unmet",
    "label.status.withdrawn": "withdrawn",
    # match (why a person may already be registered)
    "match.age-consistent": "Age consistent with estimated birth year",
    "match.ages-differ": "Ages differ by {years} years",
    "match.ages-differ-about": "Ages differ by about {years} years",
    "match.dob-day-month-swapped": "Day and month of birth swapped",
    "match.dob-different": "Different date of birth",
    "match.dob-digits-swapped": "Two digits of date of birth swapped ({mine} / {theirs})",
    "match.dob-one-digit": "Date of birth differs by one digit ({mine} / {theirs})",
    "match.dob-same": "Same date of birth",
    "match.dob-same-year": "Same birth year, different day",
    "match.dob-year-off-by-one": "Year of birth off by one ({mine} / {theirs})",
    "match.family-different": "Different family name",
    "match.family-initial": "Family name initial matches",
    "match.family-partial": "Family names partly match ({theirs})",
    "match.family-same": "Same family name",
    "match.family-shared": "Shares family name {theirs}",
    "match.family-similar": "Family name spelled similarly ({mine} / {theirs})",
    "match.family-variant": "Family name is a variant of {theirs}",
    "match.gender-different": "Gender recorded differently",
    "match.given-different": "Different given name",
    "match.given-initial": "Given name initial matches",
    "match.given-nickname": "Given name is a nickname of {theirs}",
    "match.given-partial": "Given names partly match ({theirs})",
    "match.given-same": "Same given name",
    "match.given-shared": "Shares given name {theirs}",
    "match.given-similar": "Given name spelled similarly ({mine} / {theirs})",
    "match.given-variant": "Given name is a variant of {theirs}",
    "match.identifier-different": "Different identifier ({kinds})",
    "match.identifier-same": "Same identifier ({kinds})",
    "match.name-different": "Different name",
    "match.name-initial": "Name initial matches",
    "match.name-nickname": "Name is a nickname of {theirs}",
    "match.name-partial": "Names partly match ({theirs})",
    "match.name-shared": "Shares name {theirs}",
    "match.name-similar": "Name spelled similarly ({mine} / {theirs})",
    "match.name-variant": "Name is a variant of {theirs}",
    "match.names-swapped": "Given and family names swapped",
    "match.phone-same": "Same phone number",
    # measures (the network's measurement framework: refused documents and measures, figures
    # that are not shown; "{measure}" is the measure's id)
    "measures.bad-direction":
        "Measure '{measure}': the direction {direction!r} is neither outgoing nor incoming.",
    "measures.bad-domain":
        "Measure '{measure}': {domain!r} is not a need domain (one of {allowed}).",
    "measures.bad-expression": "Measure '{measure}': {why}",
    "measures.bad-followed-by":
        "Measure '{measure}': \"followed_by\" must name referrals or services.",
    "measures.bad-id":
        "{id!r} is not a measure id: use lower-case letters, digits and _ (up to 64).",
    "measures.bad-kind": "Measure '{measure}': the kind {kind!r} is not one of {kinds}.",
    "measures.bad-month-of":
        "Measure '{measure}': \"month_of\" {month_of!r} is not one of {allowed}.",
    "measures.bad-numerator":
        "Measure '{measure}': the numerator must be one \"where\" condition or one "
        "\"followed_by\".",
    "measures.bad-records":
        "Measure '{measure}': the records {records!r} are not one of {allowed}.",
    "measures.bad-signature":
        "The measurement framework's signature does not match the network key this laptop "
        "pinned; it was refused.",
    "measures.bad-unit": "Measure '{measure}': the unit {unit!r} is neither records nor clients.",
    "measures.bad-version": "The framework's version must be a whole number from 1.",
    "measures.bad-within-days":
        "Measure '{measure}': \"within_days\" must be a whole number from 0 to {limit}.",
    "measures.document-field":
        "The framework's field \"{field}\" is missing or has the wrong type.",
    "measures.duplicate-form": "The framework holds the form {form} twice.",
    "measures.duplicate-id": "The framework holds the measure '{measure}' twice.",
    "measures.field-missing": "Measure '{measure}' lacks the field \"{field}\".",
    "measures.field-type": "Measure '{measure}': the field \"{field}\" has the wrong type.",
    "measures.form-entry": "A form in the framework must be an object with a \"questionnaire\".",
    "measures.form-refused": "The framework's form {form} is refused: {why}",
    "measures.form-use": "A network form's use {use!r} is not one of {uses}.",
    "measures.format":
        "The framework is written in format {format}; this version reads format {supported}.",
    "measures.fraction-on-non-proportion":
        "Measure '{measure}': a {kind} has a population, not a numerator and denominator.",
    "measures.key-changed":
        "The framework is signed with another network key ({fingerprint}) than the one this "
        "laptop pinned; it was refused. Ask the network's backbone.",
    "measures.malformed": "The framework is not readable JSON.",
    "measures.measure-entry": "Each measure in the framework must be an object.",
    "measures.median-month-of":
        "Measure '{measure}': days to first service count in the month of the first service "
        "(\"month_of\": \"first_service\").",
    "measures.median-unit": "Measure '{measure}': a median is taken over records, not clients.",
    "measures.median-value": "Measure '{measure}': a median needs the value to take it of.",
    "measures.no-framework": "No measurement framework has arrived from the network yet.",
    "measures.no-key":
        "No network key has been made on this hub yet: run \"collabdesk-hub measures keygen\".",
    "measures.no-measures": "The framework has no measures.",
    "measures.not-a-framework": "This is not a CollabDesk measurement framework.",
    "measures.nothing-to-measure": "Nothing to measure this month.",
    "measures.older-version":
        "The framework's version {version} is not newer than the current version {current}.",
    "measures.passphrase-too-short":
        "The network key's passphrase needs at least {minimum} characters.",
    "measures.small-count": "Withheld: it would reveal a small count.",
    "measures.too-large": "The framework is larger than {limit} MiB.",
    "measures.too-many": "The framework has more than {limit} measures.",
    "measures.unknown-field": "Measure '{measure}': \"{field}\" is not a field of {records}.",
    "measures.unknown-form":
        "Measure '{measure}' names the form {form}, which the framework does not contain.",
    "measures.unknown-item":
        "Measure '{measure}' names the item '{item}', which the form {form} does not contain.",
    "measures.unsigned":
        "The measurement framework is not signed with the network key; it was refused.",
    "measures.value-on-non-median": "Measure '{measure}': only a median takes a value.",
    "measures.where-needs-responses":
        "Measure '{measure}': a \"where\" condition reads form responses only.",
    "measures.wrong-key-passphrase": "The passphrase does not open the network key.",
    "measures.zero-denominator": "No figure: nothing to divide by this month.",
    # passphrase
    "passphrase.common": "This is one of the most common passwords; choose something else.",
    "passphrase.enter": "Enter a passphrase.",
    "passphrase.fair": "Fair: one or two more unrelated words would make it strong.",
    "passphrase.strong": "Strong.",
    "passphrase.very-strong": "Very strong.",
    "passphrase.very-weak": "Very weak: easy to guess. Use four or more unrelated words.",
    "passphrase.weak": "Weak: add a few more words or characters.",
    # rbac
    "rbac.action.attachment.manage": "add attachments",
    "rbac.action.audit.view": "read the audit log",
    "rbac.action.backup.manage": "make or restore backups",
    "rbac.action.case.assign": "assign cases",
    "rbac.action.case.close": "close cases",
    "rbac.action.case.create": "open cases",
    "rbac.action.case.edit": "change cases",
    "rbac.action.case.view": "see cases",
    "rbac.action.case.view_all": "see every case of the agency",
    "rbac.action.client.create": "register clients",
    "rbac.action.client.edit": "change client records",
    "rbac.action.client.import": "import clients from a spreadsheet",
    "rbac.action.client.view": "see client records",
    "rbac.action.conflict.resolve": "resolve conflicting edits",
    "rbac.action.consent.manage": "record consent",
    "rbac.action.directory.manage": "change the partner directory",
    "rbac.action.directory.view": "see the partner directory",
    "rbac.action.note.create": "write notes",
    "rbac.action.note.view_sensitive": "read sensitive notes",
    "rbac.action.referral.respond": "answer referrals",
    "rbac.action.referral.send": "send referrals",
    "rbac.action.referral.view": "see referrals",
    "rbac.action.report.export": "export reports",
    "rbac.action.report.submit": "submit reports to the hub",
    "rbac.action.report.view": "see reports",
    "rbac.action.settings.manage": "change settings",
    "rbac.action.sync.enroll": "enrol this laptop with the hub",
    "rbac.action.sync.run": "sync with the hub",
    "rbac.action.task.manage": "manage tasks",
    "rbac.action.form.view": "see forms and their answers",
    "rbac.action.form.fill": "fill in forms",
    "rbac.action.form.manage": "import or retire forms",
    "rbac.action.user.manage": "manage users",
    "rbac.not-allowed": "{user} is not allowed to {what}. Ask a supervisor or administrator.",
    # referral
    "referral.response-not-shareable":
        "Only this client's completed questionnaire responses can travel with a referral.",
    "referral.accept-incoming-only": "Only a referral from a partner can be accepted here.",
    "referral.already-in-status": "This referral is already {status}.",
    "referral.client-required": "Link the referral to an existing client or create one.",
    "referral.close-reason-required": "Say why the referral is closed.",
    "referral.decline-reason-required":
        "Say why the referral is declined; the partner will see it.",
    "referral.field-not-shareable": "{name!r} cannot be shared.",
    "referral.incoming-id-taken":
        "A partner sent a referral whose id is already in use here; it was refused.",
    "referral.incoming-malformed": "The partner's referral is malformed.",
    "referral.incomplete": "The referral is not complete.",
    "referral.invalid-transition": "A referral that is {current} cannot become {wanted}.",
    "referral.not-found": "That referral is not on this laptop.",
    "referral.update-not-theirs":
        "A partner tried to change the state of a referral it sent us; only withdrawing it is "
        "theirs to do.",
    "referral.update-unknown-referral": "A partner answered a referral that is not on this laptop.",
    "referral.update-unknown-status": "The partner sent an unknown referral state.",
    # report
    "report.period-ambiguous": "Pick either a month or a start and end date, not both.",
    "report.period-missing": "Pick a month, or both a start and an end date.",
    "report.save-failed":
        "The summary could not be saved to {target}: {problem}. Pick another folder or free "
        "some space.",
    "report.submit-whole-month-only":
        "Only a whole calendar month can be submitted to the hub; pick a month rather than a "
        "date range.",
    "report.unknown-format": "Export as one of: {formats} (not {fmt!r}).",
    # session
    "session.record-not-found": "That record does not exist.",
    "settings.agency-not-here-yet":
        "The agency's settings reach this laptop with its first sync; change them after it.",
    # signing
    "signing.device-header-malformed": "The {header} header is not a device id.",
    "signing.header-missing": "The request has no {name} header.",
    "signing.signature-not-base64": "The {header} header is not base64.",
    "signing.signature-wrong-size": "The {header} header has the wrong size.",
    "signing.timestamp-header-malformed": "The {header} header is not a time.",
    # store
    "store.already-exists": "A store already exists at {path}; refusing to overwrite it.",
    "store.from-newer-version":
        "This store was written by a newer CollabDesk (schema {version}; this version reads up "
        "to {supported}). Install the newer version to open it.",
    "store.key-wrong-size": "The store key must be 32 bytes.",
    "store.damaged":
        "{problem} Nothing was changed. Restore the store from a backup ('collabdesk restore "
        "FILE'), or move this data folder aside and set the laptop up again to fetch the "
        "agency's records from the hub (see the IT guide).",
    "store.file-cut-short":
        "The store file {path} is damaged: it was cut short ({missing} bytes missing from its "
        "last page).",
    "store.file-cut-short-one":
        "The store file {path} is damaged: it was cut short (1 byte missing from its last "
        "page).",
    "store.file-damaged": "The store file {path} is damaged ({exc}).",
    "store.file-empty": "The store file {path} is empty: its contents were lost.",
    "store.file-missing": "The store file {path} is missing.",
    "store.file-unreadable": "The store file {path} cannot be read ({strerror}).",
    "store.forbidden-thread": "The store was used on a thread that must never wait for it.",
    "store.locked": "The store is locked.",
    "store.migration-failed":
        "Upgrading the store failed at step {name}: {exc}. The store was left at version "
        "{version}; nothing was lost.",
    "store.not-a-file": "The store {path} is not a file.",
    "store.not-found": "No store found at {path}.",
    "store.target-exists": "{target} already exists.",
    "store.wrong-key":
        "The store could not be opened with this key: it is damaged or belongs to another "
        "agency.",
    "store.wrong-key-or-damaged":
        "The store {path} could not be opened with this key: it is damaged, or it is another "
        "agency's store.",
    # summaries
    "summaries.not-base64": "The document or signature is not valid base64.",
    # summary
    "summary.bad-month": "{month!r} is not a month; write it as YYYY-MM, e.g. 2026-10.",
    "summary.cancelled": "The summary was cancelled; nothing was saved.",
    "summary.period-reversed": "The period ends before it starts; pick the dates again.",
    # suppression
    "suppression.count-invalid":
        "{where}: row {label!r} holds {value!r}; counts must be whole numbers of 0 or more.",
    "suppression.figures-impossible":
        "The published figures cannot have come from one set of counts (a withheld figure would "
        "have to be negative or zero).",
    "suppression.label-duplicated": "{where} has two {kind}s with the same label.",
    "suppression.linked-figures-disagree":
        "Linked figures disagree: {first} is {first_value} but {second} is {second_value}. Link "
        "only tables that count the same people with the same categories.",
    "suppression.rate-out-of-range":
        "A rate needs 0 <= numerator <= denominator (got {numerator}/{denominator}).",
    "suppression.row-count-mismatch": "{where} has {labels} row labels but {rows} rows.",
    "suppression.row-width-mismatch":
        "{where}: row {label!r} has {counts} counts, expected {expected}.",
    "suppression.table": "Table '{name}'",
    "suppression.table-empty": "{where} needs at least one row and one column.",
    "suppression.threshold-too-low":
        "The suppression threshold must be a whole number of at least 3 (got {threshold!r}): "
        "with a threshold of 2, '<2' would reveal that the count is 1.",
    "suppression.totals-disagree":
        "The published figures do not add up to their totals; they cannot have come from one "
        "set of counts.",
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
    # task
    "task.not-found": "That task does not exist.",
    "task.title-required": "Say what needs doing.",
    # user
    "user.bad-username": "A user name is 2–40 letters, digits, dots, dashes or underscores.",
    "user.cannot-drop-own-admin": "You cannot remove your own admin role; ask another admin.",
    "user.cannot-remove-self": "You cannot remove yourself; ask another admin.",
    "user.no-data-folder": "This session has no data folder to keep passphrases in.",
    "user.not-found": "That user does not exist.",
    "user.removed": "{display_name} was removed and cannot sign in.",
    "user.roles-required": "Choose one or more roles: {roles}.",
    "user.username-taken": "There is already a user called {username}.",
    # vault
    "vault.already-exists": "A vault already exists at {path}; it was not overwritten.",
    "vault.changed-elsewhere":
        "The vault file was changed by another program since it was opened; reopen it and try "
        "again. Nothing was changed.",
    "vault.field-missing": "Field {name} is missing or not text.",
    "vault.field-not-base64": "Field {name} is not valid base64.",
    "vault.empty": "The vault file {path} is empty: its contents were lost. Restore it from a "
    "backup, or set this computer up again.",
    "vault.field-wrong-size": "Field {name} has {count} bytes, expected {size}.",
    "vault.field-wrong-size-one": "Field {name} has 1 byte, expected {size}.",
    "vault.file-missing":
        "No vault file at {path}. Restore it from a backup, or set this computer up again.",
    "vault.format-unsupported": "Unsupported vault format version {version!r}.",
    "vault.from-newer-version":
        "It was written by a newer CollabDesk (vault format {version}); upgrade CollabDesk to "
        "open it.",
    "vault.kdf-above-maximum":
        "Key derivation parameter {name}={value} is above the maximum {high}; the vault file "
        "may be damaged. Restore it from a backup.",
    "vault.kdf-below-minimum":
        "Key derivation parameter {name}={value} is below the minimum {low}; the vault file may "
        "have been tampered with. Restore it from a backup.",
    "vault.kdf-malformed": "Key derivation parameters are malformed.",
    "vault.kdf-memory-too-small": "Key derivation memory is too small for the number of lanes.",
    "vault.kdf-not-integer": "Key derivation parameter {name} must be a whole number.",
    "vault.key-generation-malformed": "Field key_generation is malformed.",
    "vault.key-wrong-size": "A store key must be {size} bytes.",
    "vault.last-slot":
        "That is the last key slot; removing it would make the store impossible to open.",
    "vault.no-recovery-code":
        "This store has no recovery code; an administrator must reset access.",
    "vault.no-rotation": "No key rotation is in progress.",
    "vault.not-a-vault": "It is not a CollabDesk vault file.",
    "vault.not-current-key": "That is not the current key of this store.",
    "vault.not-json": "It is not a CollabDesk vault file (not JSON).",
    "vault.passphrase-empty": "Choose a passphrase; it cannot be empty.",
    "vault.read-failed": "Could not read the vault file {path}: {strerror}.",
    "vault.recovery-code-bad-characters":
        "Recovery codes never contain {characters}; check the printed code.",
    "vault.recovery-code-typo": "This recovery code has a typo; compare it with the printed sheet.",
    "vault.recovery-code-wrong":
        "That recovery code does not unlock this store; it may have been replaced.",
    "vault.recovery-code-wrong-length":
        "A recovery code has {length} letters and digits; this one has {count}.",
    "vault.recovery-slots-duplicated": "There is more than one recovery slot.",
    "vault.reread-failed":
        "The vault file {path} can no longer be read ({strerror}); nothing was changed.",
    "vault.rotation-inconsistent":
        "The pending key rotation is recorded inconsistently across slots.",
    "vault.rotation-unfinished":
        "A store key rotation is unfinished; open the store once to complete it first.",
    "vault.save-failed": "Could not save the vault file {path} ({problem}); nothing was changed.",
    "vault.slot-altered":
        "Key slot {slot_id} was altered. Restore the vault from a backup or use another slot.",
    "vault.slot-damaged": "Key slot {slot_id} is damaged. Restore the vault from a backup.",
    "vault.slot-exists": "User {label!r} already has a key slot; reset their passphrase instead.",
    "vault.slot-foreign":
        "Key slot {label!r} ({slot_id}) was not made by CollabDesk for this store; someone "
        "edited the vault file. Remove that slot before changing passphrases or keys.",
    "vault.slot-key-damaged":
        "The store key in slot {slot_id} is damaged or was swapped. Restore the vault from a "
        "backup or use another slot.",
    "vault.slot-kind-unknown": "Unknown slot kind {kind!r}.",
    "vault.slot-label-required": "A user name is needed for the key slot.",
    "vault.slot-label-too-long": "A user name must be at most 100 printable characters.",
    "vault.slot-no-pending-key": "Key slot {slot_id} has no pending key; cannot finish.",
    "vault.slot-not-found": "There is no key slot {slot_id!r} in this vault.",
    "vault.slot-not-object": "A slot entry is not an object.",
    "vault.slots-duplicated": "Two slots share an id or a user name.",
    "vault.slots-missing": "Field slots is missing.",
    "vault.store-id-invalid": "A store id must be non-empty text of at most 200 characters.",
    "vault.too-many-attempts": "Too many wrong passphrases. Try again in {seconds} seconds.",
    "vault.too-many-attempts-one": "Too many wrong passphrases. Try again in 1 second.",
    "vault.unusable": "Cannot use the vault file {path}. {exc}",
    "vault.user-not-found": "No user named {label!r} can unlock the store on this computer.",
    "vault.write-failed": "Could not write the vault file {path}: {strerror}.",
    "vault.wrong-passphrase": "That passphrase is not correct for this user.",
    # workspace
    "workspace.already-exists": "{data_dir} already holds a CollabDesk store.",
    "workspace.names-required": "Give the agency a name and the first administrator a user name.",
    "workspace.user-not-found": "There is no user {username!r} in this agency's store.",
    "workspace.user-removed": "{display_name} can no longer sign in here.",
}
