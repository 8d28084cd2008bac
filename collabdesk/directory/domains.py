"""Which need domains a partner's service meets, guessed from its words.

A directory import (and a service entered by hand without domains) gets its need domains from
the service's name, description and taxonomy terms, by keywords in English with common Spanish
and French words, ignoring accents and case.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Keywords are matched on lower-cased text with accents removed, at word boundaries.
_DOMAIN_KEYWORDS: dict[str, tuple[str, ...]] = {
    "housing": (
        r"housing", r"homeless(?:ness)?", r"shelters?", r"rent(?:al|s)?", r"evictions?",
        r"tenan(?:t|ts|cy)", r"accommodation", r"hostels?",
        r"vivienda", r"alojamiento", r"albergues?", r"desalojo",
        r"logements?", r"hebergement", r"sans[- ]abri",
    ),
    "food": (
        r"food", r"meals?", r"pantr(?:y|ies)", r"groceries", r"grocery", r"hunger",
        r"nutrition", r"soup kitchen",
        r"comida", r"alimentos?", r"alimentacion", r"despensa",
        r"alimentaire", r"nourriture", r"repas",
    ),
    "health": (
        r"(?<!mental )(?<!behavioral )(?<!behavioural )health(?:care)?", r"medical",
        r"(?<!legal )(?<!legal aid )(?<!law )clinics?", r"doctors?", r"nurs(?:e|es|ing)",
        r"hospitals?", r"dental", r"dentist",
        r"vaccin(?:e|es|ation)", r"pharmacy", r"prenatal", r"primary care",
        r"(?<!mental )salud(?! mental)", r"medic[oa]s?", r"clinica",
        r"sante(?! mentale)", r"medicale?", r"clinique",
    ),
    "mental_health": (
        r"mental health", r"behaviou?ral health", r"counsell?ing", r"(?:psycho)?therap(?:y|ies)",
        r"psychiatr(?:y|ic)", r"psycholog(?:y|ist|ical)", r"depression", r"anxiety",
        r"suicide", r"bereavement", r"trauma",
        r"salud mental", r"psicolog(?:ia|ico|ica)", r"terapia",
        r"sante mentale", r"psychologique", r"therapie",
    ),
    "substance_use": (
        r"substance (?:use|abuse|misuse)", r"addictions?", r"alcohol(?:ism)?", r"drugs?",
        r"opioids?", r"detox(?:ification)?", r"harm reduction", r"naloxone", r"needle exchange",
        r"adicci(?:on|ones)", r"drogas?", r"toxicomanie", r"dependances?",
    ),
    "legal": (
        r"legal", r"lawyers?", r"attorneys?", r"solicitors?", r"courts?", r"immigration",
        r"asylum", r"tribunals?",
        r"abogad[oa]s?", r"juridic[oa]", r"inmigracion", r"asilo",
        r"juridique", r"avocats?",
    ),
    "income": (
        r"income", r"benefits?", r"welfare", r"cash assistance", r"financial", r"debts?",
        r"money", r"utility bills?", r"tax returns?",
        r"ingresos", r"prestaciones", r"ayuda economica", r"deudas?",
        r"revenus?", r"allocations?", r"aide financiere", r"dettes?",
    ),
    "employment": (
        r"employment", r"unemploy(?:ed|ment)", r"jobs?", r"careers?", r"vocational",
        r"resumes?", r"apprenticeships?", r"job seekers?",
        r"empleos?", r"trabajo",
        r"emploi", r"travail",
    ),
    "education": (
        r"education(?:al)?", r"schools?", r"tutoring", r"literacy", r"ged", r"esol", r"esl",
        r"english classes", r"adult learning", r"colleges?",
        r"educacion", r"escuelas?", r"clases",
        r"ecoles?", r"formation", r"alphabetisation",
    ),
    "safety": (
        r"domestic (?:violence|abuse)", r"violence", r"safety",
        r"(?<!substance )(?<!drug )(?<!alcohol )abuse",
        r"safe house", r"crisis", r"trafficking", r"sexual assault", r"protection",
        r"violencia", r"maltrato", r"seguridad", r"proteccion",
        r"violences?", r"securite",
    ),
    "transport": (
        r"transport(?:ation)?", r"bus pass(?:es)?", r"rides?", r"taxi", r"mobility",
        r"transporte", r"movilidad",
    ),
    "childcare": (
        r"child ?care", r"day ?care", r"nurser(?:y|ies)", r"babysitting", r"after[- ]school",
        r"guarderias?", r"cuidado infantil",
        r"garde d.enfants", r"creches?", r"garderies?",
    ),
}

_DOMAIN_PATTERNS: dict[str, re.Pattern[str]] = {
    domain: re.compile(r"\b(?:" + "|".join(words) + r")\b")
    for domain, words in _DOMAIN_KEYWORDS.items()
}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", " ".join(text.casefold().split()))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def infer_domains(texts: Iterable[str]) -> tuple[str, ...]:
    """Map service names, descriptions and taxonomy terms to CollabDesk need domains.

    Keyword matching (English, with common Spanish and French words), accent- and
    case-insensitive. Returns domains in ``NEED_DOMAINS`` order; ``("other",)`` if
    nothing matched.
    """
    folded = " \n ".join(_fold(text) for text in texts if text)
    found = tuple(d for d, pattern in _DOMAIN_PATTERNS.items() if pattern.search(folded))
    return found or ("other",)
