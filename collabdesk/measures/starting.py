"""The starting framework shipped with the hub: two shared forms and five measures, written
for CollabDesk as an example a network edits (``collabdesk-hub measures starter FILE``).

The food screen asks the Hunger Vital Sign's two statements (Hager et al., Pediatrics 2010;
free to use; answer codes LOINC © Regenstrief Institute, Inc.), as the demo agency's own
screen does. The client-experience survey is ours: four short questions about the last
visit, answered always / usually / sometimes / never.
"""

from __future__ import annotations

import copy
import random
from typing import Any

from collabdesk.forms.demo_forms import FOOD_SCREEN
from collabdesk.measures.framework import DOCUMENT_TYPE, FORMAT

NETWORK_BASE = "urn:collabdesk:network:questionnaire:"
FOOD_URL = NETWORK_BASE + "food-screen"
EXPERIENCE_URL = NETWORK_BASE + "client-experience"
FREQUENCY_SYSTEM = "urn:collabdesk:network:frequency"
FREQUENCY = (("always", "Always"), ("usually", "Usually"), ("sometimes", "Sometimes"),
             ("never", "Never"))
EXPERIENCE_QUESTIONS = (
    ("listened", "Did staff listen carefully to you?"),
    ("explained", "Did staff explain things in a way that was easy to understand?"),
    ("respect", "Did staff treat you with courtesy and respect?"),
    ("helped", "Did you get the help you came for?"),
)
# Either Hunger Vital Sign statement "often" or "sometimes" true: the screen is positive.
FOOD_POSITIVE = ("%resource.item.where(linkId = 'worried' or linkId = 'ran-out')"
                 ".answer.value.code.intersect('LA28397-0' | 'LA6729-3').exists()")


def food_screen() -> dict[str, Any]:
    form = copy.deepcopy(FOOD_SCREEN)
    form.update({"url": FOOD_URL, "version": "1", "title": "Food screen (network)",
                 "name": "NetworkFoodScreen", "publisher": "The network's backbone"})
    return form


def client_experience() -> dict[str, Any]:
    options = [{"valueCoding": {"system": FREQUENCY_SYSTEM, "code": code, "display": text}}
               for code, text in FREQUENCY]
    return {
        "resourceType": "Questionnaire", "url": EXPERIENCE_URL, "version": "1",
        "status": "active", "title": "Client experience (network)",
        "name": "NetworkClientExperience", "publisher": "The network's backbone",
        "item": [
            {"linkId": "intro", "type": "display",
             "text": "Thinking about your visit today, please tell us how often each was "
                     "true. Your answers are anonymous in the network's figures."},
            *({"linkId": link, "type": "choice", "text": text, "answerOption": options,
               "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/"
                                     "questionnaire-itemControl",
                              "valueCodeableConcept": {"coding": [{
                                  "system": "http://hl7.org/fhir/questionnaire-item-control",
                                  "code": "radio-button"}]}}]}
              for link, text in EXPERIENCE_QUESTIONS),
        ],
    }


def starting_framework(version: int = 1, *, network: str = "Example network") -> dict[str, Any]:
    """The starting framework document (not signed)."""
    answered = "%resource.item.where(linkId = 'listened').answer.exists()"
    return {
        "type": DOCUMENT_TYPE, "format": FORMAT, "network": network, "version": version,
        "title": f"{network}: shared measures",
        "forms": [{"use": "screening", "questionnaire": food_screen()},
                  {"use": "assessment", "questionnaire": client_experience()}],
        "measures": [
            {"id": "food_screened", "kind": "count",
             "title": "Clients screened for food insecurity",
             "description": "Clients with a network food screen first completed in the month.",
             "population": {"records": "responses", "form": FOOD_URL, "unit": "clients"}},
            {"id": "food_positive_share", "kind": "proportion",
             "title": "Share screening positive",
             "description": "Of the clients screened in the month, those with either "
                            "statement often or sometimes true.",
             "denominator": {"records": "responses", "form": FOOD_URL, "unit": "clients"},
             "numerator": {"where": FOOD_POSITIVE}},
            {"id": "food_linkage_30d", "kind": "proportion",
             "title": "Positives referred to a food service within 30 days",
             "description": "Of the clients screening positive in the month, those we "
                            "referred to a food service within 30 days of the screen "
                            "(counted as of when the figure is computed).",
             "denominator": {"records": "responses", "form": FOOD_URL, "unit": "clients",
                             "where": FOOD_POSITIVE},
             "numerator": {"followed_by": {"records": "referrals", "direction": "outgoing",
                                           "domains": ["food"], "within_days": 30}}},
            {"id": "referral_to_service_days", "kind": "median",
             "title": "Median days from referral to first service",
             "description": "For our referrals whose first service began in the month: days "
                            "from sending to the partner's first service.",
             "population": {"records": "referrals", "direction": "outgoing",
                            "month_of": "first_service",
                            "median_of": "days_to_first_service"}},
            {"id": "staff_listened_always", "kind": "proportion",
             "title": "Clients answering \"always\" to \"staff listened\"",
             "description": "Of the client-experience surveys completed in the month that "
                            "answer \"Did staff listen carefully to you?\", those answering "
                            "always (empathy).",
             "denominator": {"records": "responses", "form": EXPERIENCE_URL,
                             "where": answered},
             "numerator": {"where": "%resource.item.where(linkId = 'listened')"
                                    ".answer.value.code = 'always'"}},
        ],
    }


def experience_answers(rng: random.Random) -> dict[Any, list[dict[str, Any]]]:
    """Answers to the client-experience survey as people give them (mostly "always")."""
    return {(link,): [{"valueCoding": {"system": FREQUENCY_SYSTEM, "code": code,
                                       "display": dict(FREQUENCY)[code]}}]
            for link, _ in EXPERIENCE_QUESTIONS
            for code in [rng.choices([c for c, _ in FREQUENCY], weights=(60, 25, 10, 5))[0]]}
