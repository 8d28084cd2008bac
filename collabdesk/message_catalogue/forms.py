"""The words about forms (FHIR Questionnaires): a form refused at import, an expression that
cannot run, an answer that does not fit."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
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
}
