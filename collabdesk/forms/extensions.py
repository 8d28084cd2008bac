"""The FHIR extensions a Questionnaire may carry, and what CollabDesk does with each.

Read (:mod:`collabdesk.forms.parse` turns them into the form's fields), ignored with a
warning (they only change how a form looks, or serve purposes CollabDesk does not have), or
refused (they change what a form asks or computes and CollabDesk does not run them). Also
CollabDesk's own extensions, documented in docs/forms.md.
"""

from __future__ import annotations

_FHIR = "http://hl7.org/fhir/StructureDefinition/"
_SDC = "http://hl7.org/fhir/uv/sdc/StructureDefinition/"
EXT_ITEM_CONTROL = _FHIR + "questionnaire-itemControl"
EXT_HIDDEN = _FHIR + "questionnaire-hidden"
EXT_ENTRY_FORMAT = _FHIR + "entryFormat"
EXT_MIN_VALUE = _FHIR + "minValue"
EXT_MAX_VALUE = _FHIR + "maxValue"
EXT_UNIT = _FHIR + "questionnaire-unit"
EXT_VARIABLE = _FHIR + "variable"
EXT_ORDINAL = _FHIR + "ordinalValue"
EXT_ITEM_WEIGHT = _FHIR + "itemWeight"
EXT_OPTION_PREFIX = _FHIR + "questionnaire-optionPrefix"
EXT_MIN_OCCURS = _FHIR + "questionnaire-minOccurs"
EXT_CALCULATED = _SDC + "sdc-questionnaire-calculatedExpression"
EXT_ENABLE_WHEN_EXPR = _SDC + "sdc-questionnaire-enableWhenExpression"
# CollabDesk's own extensions (docs/forms.md).
EXT_SUGGESTS_NEED = "urn:collabdesk:fhir:extension:suggests-need"
EXT_SENSITIVE = "urn:collabdesk:fhir:extension:sensitive"
EXT_SEARCHABLE = "urn:collabdesk:fhir:extension:searchable"
EXT_USE = "urn:collabdesk:fhir:extension:use"

# Extensions that only change how a form looks, or serve a purpose CollabDesk does not have:
# ignored, with a warning.
IGNORED = frozenset({
    _FHIR + "rendering-style", _FHIR + "rendering-xhtml", _FHIR + "rendering-markdown",
    _FHIR + "rendering-styleSensitive", _FHIR + "questionnaire-displayCategory",
    _FHIR + "questionnaire-supportLink", _FHIR + "questionnaire-choiceOrientation",
    _FHIR + "questionnaire-sliderStepValue", _FHIR + "questionnaire-optionExclusive",
    _FHIR + "artifact-versionAlgorithm", _FHIR + "questionnaire-signatureRequired",
    _FHIR + "questionnaire-usageMode",
    _FHIR + "translation", _FHIR + "questionnaire-baseType", _FHIR + "designNote",
    _SDC + "sdc-questionnaire-observationLinkPeriod",
    _SDC + "sdc-questionnaire-observationExtract",
    _SDC + "sdc-questionnaire-targetStructureMap", _SDC + "sdc-questionnaire-shortText",
    _SDC + "sdc-questionnaire-collapsible", _SDC + "sdc-questionnaire-itemExtractionContext",
    _SDC + "sdc-questionnaire-definitionExtract",
    _SDC + "sdc-questionnaire-preferredTerminologyServer",
    _SDC + "sdc-rendering-criticalExtension",
})
# Extensions that change what a form asks or computes and that CollabDesk does not run:
# refused, so a form is never imported half-working. Each names the feature by a catalogue
# code (collabdesk.message_catalogue.forms), so the refusal reads in the user's language.
REFUSED = {
    _SDC + "sdc-questionnaire-initialExpression": "forms.feature.initial-expression",
    _SDC + "sdc-questionnaire-answerExpression": "forms.feature.answer-expression",
    _SDC + "sdc-questionnaire-candidateExpression": "forms.feature.candidate-expression",
    _SDC + "sdc-questionnaire-contextExpression": "forms.feature.context-expression",
    _SDC + "sdc-questionnaire-itemPopulationContext": "forms.feature.item-population-context",
    _SDC + "sdc-questionnaire-launchContext": "forms.feature.launch-context",
    _SDC + "sdc-questionnaire-sourceQueries": "forms.feature.source-queries",
    _SDC + "sdc-questionnaire-answerOptionsToggleExpression":
        "forms.feature.options-toggle-expression",
    _SDC + "sdc-questionnaire-subQuestionnaire": "forms.feature.sub-questionnaires",
    _SDC + "sdc-questionnaire-assemble-expectation": "forms.feature.modular-forms",
    _FHIR + "questionnaire-constraint": "forms.feature.constraints",
    _FHIR + "cqf-expression": "forms.feature.cql-expressions",
    _FHIR + "cqf-library": "forms.feature.cql-libraries",
    _FHIR + "questionnaire-referenceResource": "forms.feature.reference-answers",
    _FHIR + "questionnaire-maxOccurs": "forms.feature.max-occurs",
}
