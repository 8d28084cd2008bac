"""Forms on the desktop: the native renderer of FHIR Questionnaires and the places it is used.

* :mod:`~collabdesk.ui.forms.editors` — one input widget per item type (radio buttons,
  check boxes, drop-downs, text, numbers, dates, quantities, "other" answers, repeats).
* :mod:`~collabdesk.ui.forms.renderer` — :class:`FormView`, a scrolling page laying out a
  whole form, re-evaluated through the core's ``evaluate`` as the person types.
* :mod:`~collabdesk.ui.forms.dialogs` — filling (draft, complete, amend) and reading a saved
  response with its history.
* :mod:`~collabdesk.ui.forms.case_panel`, :mod:`~collabdesk.ui.forms.agency_panel`,
  :mod:`~collabdesk.ui.forms.admin_panel` — the case's "Assessments and screenings" area,
  agency fields on the client profile, and the Admin page's Forms section.
"""
