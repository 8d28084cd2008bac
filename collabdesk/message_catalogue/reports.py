"""The words of reports: the monthly summary, small-number suppression, the network's measures,
and the referral letter for a partner without CollabDesk."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
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
}
