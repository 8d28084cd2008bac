"""Forms: FHIR R4 Questionnaires an agency imports and fills (docs/forms.md).

``model`` (the parsed form and its state, plain dataclasses), ``parse`` (reading and checking
a Questionnaire against the supported subset), ``fhirpath`` (bounded FHIRPath with the SDC
functions), ``evaluate`` (a form's state for a set of answers, on every keystroke),
``answers`` (answer values and checks), ``records`` (what the projection derives for forms
and responses), ``demo_forms`` (the demo agency's own forms). No Qt here; the services are
in :mod:`collabdesk.services.forms`. Importing this package loads nothing else.
"""
