"""Which column of a caseload spreadsheet holds what: guessed from its header, then corrected.

Headers are compared in English, Spanish and French after folding case, accents and punctuation
("Fecha de nacimiento", "Date de naissance", "DOB" all mean the date of birth). A column nobody
recognises is left out until the admin maps it. Cell values with a fixed set of meanings (gender,
need domain) are read in the three languages too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from collabdesk.domain import NEED_DOMAINS

# What a column can hold. Each maps to at most one column, except identifiers (one per column,
# named by the header: "DNI", "Case number").
TARGETS = (
    "given_name", "family_name", "full_name", "other_names", "dob", "age", "birth_year",
    "gender", "phone", "email", "address", "language", "identifier",
    "case_title", "case_opened", "need_domain", "assigned_to",
)
CASE_TARGETS = frozenset({"case_title", "case_opened", "need_domain", "assigned_to"})
DATE_TARGETS = frozenset({"dob", "case_opened"})
MULTI_TARGETS = frozenset({"identifier"})

_HEADERS: dict[str, tuple[str, ...]] = {
    "given_name": ("first name", "firstname", "first", "given name", "given names", "given",
                   "forename", "forenames", "christian name", "nombre", "nombres",
                   "primer nombre", "prenom", "prenoms"),
    "family_name": ("last name", "lastname", "last", "surname", "family name", "apellido",
                    "apellidos", "primer apellido", "nom de famille", "nom"),
    "full_name": ("name", "full name", "client name", "client", "person", "nombre completo",
                  "nombre y apellidos", "nombre y apellido", "nom complet", "nom et prenom",
                  "prenom et nom", "beneficiario", "beneficiaire", "usager"),
    "other_names": ("other names", "middle name", "middle names", "alias", "aka",
                    "segundo nombre", "otros nombres", "autres prenoms", "deuxieme prenom"),
    "dob": ("dob", "d o b", "date of birth", "birth date", "birthdate", "born", "birthday",
            "fecha de nacimiento", "fecha nacimiento", "f nacimiento", "nacimiento",
            "date de naissance", "naissance", "ddn", "ne le", "nee le"),
    "age": ("age", "age years", "edad", "anos", "age ans", "ans"),
    "birth_year": ("birth year", "year of birth", "yob", "ano de nacimiento",
                   "ano nacimiento", "annee de naissance"),
    "gender": ("gender", "sex", "sexo", "genero", "genre", "sexe"),
    "phone": ("phone", "phone number", "telephone", "telephone number", "tel", "mobile",
              "mobile phone", "cell", "cell phone", "contact number", "telefono", "celular",
              "movil", "numero de telefono", "portable", "numero de telephone", "tel portable"),
    "email": ("email", "e mail", "email address", "mail", "correo", "correo electronico",
              "courriel", "adresse courriel", "adresse e mail", "adresse electronique"),
    "address": ("address", "street address", "home address", "street", "direccion",
                "domicilio", "calle", "adresse", "adresse postale", "rue"),
    "language": ("language", "preferred language", "spoken language", "idioma", "lengua",
                 "idioma preferido", "langue", "langue parlee", "langue preferee"),
    "identifier": ("id", "client id", "client number", "file number", "record number",
                   "case number", "mrn", "medical record number", "national id", "ssn",
                   "passport", "dni", "curp", "rut", "cedula", "numero de expediente",
                   "expediente", "no expediente", "pasaporte", "numero de dossier",
                   "no dossier", "n dossier", "dossier", "nir", "nas", "passeport",
                   "identifiant", "numero de client"),
    "case_title": ("case", "case title", "program", "programme", "program name", "case type",
                   "caso", "programa", "titulo del caso", "tipo de caso", "programme suivi",
                   "titre du dossier", "type de dossier"),
    "case_opened": ("opened", "open date", "date opened", "opened on", "intake date",
                    "case opened", "start date", "enrolled", "enrollment date",
                    "fecha de apertura", "fecha de ingreso", "fecha de alta", "ingreso",
                    "date d ouverture", "date d admission", "date d accueil", "ouverture"),
    "need_domain": ("need", "needs", "need domain", "domain", "presenting need", "necesidad",
                    "necesidades", "area de necesidad", "besoin", "besoins",
                    "domaine de besoin"),
    "assigned_to": ("worker", "case worker", "caseworker", "case manager", "assigned to",
                    "assigned worker", "trabajador", "trabajadora", "trabajador social",
                    "trabajadora social", "responsable", "asignado a", "intervenant",
                    "intervenante", "travailleur social", "travailleuse sociale",
                    "gestionnaire", "assigne a"),
}
_BY_HEADER = {phrase: target for target, phrases in _HEADERS.items() for phrase in phrases}


def fold(text: str) -> str:
    """Lower case, no accents, words separated by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.split(r"[^0-9a-z]+", plain)).strip()


@dataclass(frozen=True)
class ColumnMap:
    """Column index -> target (absent: the column is not imported)."""

    columns: Mapping[int, str]

    def column_of(self, target: str) -> int | None:
        for index, name in self.columns.items():
            if name == target:
                return index
        return None

    def columns_of(self, target: str) -> list[int]:
        return sorted(i for i, name in self.columns.items() if name == target)

    @property
    def has_case(self) -> bool:
        return any(name in CASE_TARGETS for name in self.columns.values())



def guess(header: Sequence[str]) -> ColumnMap:
    """The likeliest target of each column; each single target goes to its first column."""
    taken: set[str] = set()
    out: dict[int, str] = {}
    for index, title in enumerate(header):
        target = _BY_HEADER.get(fold(title))
        if target is None:
            continue
        if target in taken and target not in MULTI_TARGETS:
            continue
        taken.add(target)
        out[index] = target
    # Given and family name columns make a "Name" column redundant (it is usually both again).
    if {"given_name", "family_name"} <= taken:
        out = {i: t for i, t in out.items() if t != "full_name"}
    return ColumnMap(out)


def problems(mapping: ColumnMap) -> list[str]:
    """Catalogue codes of what keeps ``mapping`` from being imported (empty: fine)."""
    found: list[str] = []
    names = list(mapping.columns.values())
    if not ({"given_name", "family_name", "full_name"} & set(names)):
        found.append("caseload.mapping-needs-a-name")
    for target in set(names):
        if target not in MULTI_TARGETS and names.count(target) > 1:
            found.append("caseload.mapping-target-twice")
            break
    return found


def split_full_name(text: str) -> tuple[str, str]:
    """(given, family) from one "Name" cell: "Family, Given" is read as written; otherwise the
    last word is the family name, or the last two when there are four or more words (two given
    names and two family names, as in "María José García López")."""
    text = " ".join(text.split())
    if "," in text:
        family, _, given = text.partition(",")
        return given.strip(), family.strip()
    words = text.split(" ")
    if len(words) == 1:
        return "", words[0]
    cut = len(words) - 2 if len(words) >= 4 else len(words) - 1
    return " ".join(words[:cut]), " ".join(words[cut:])


_GENDER_VALUES: dict[str, tuple[str, ...]] = {
    "female": ("f", "female", "woman", "w", "girl", "fem", "mujer", "femenino", "femenina",
               "nina", "femme", "feminin", "fille"),
    "male": ("m", "male", "man", "boy", "masc", "hombre", "masculino", "varon", "nino",
             "homme", "masculin", "h", "garcon"),
    "non_binary": ("non binary", "nonbinary", "nb", "enby", "no binario", "no binaria",
                   "non binaire"),
    "other": ("other", "otro", "otra", "autre", "another"),
    "unknown": ("unknown", "u", "x", "unspecified", "prefer not to say", "not stated",
                "desconocido", "no especificado", "prefiere no decir", "inconnu",
                "non precise", "ne souhaite pas repondre", "nsp", "na", "n a"),
}
_GENDER_BY_VALUE = {v: code for code, values in _GENDER_VALUES.items() for v in values}


def gender_code(text: str) -> str | None:
    """The stored gender for a cell ('' for an empty one); None when it is not recognised."""
    folded = fold(text)
    if not folded:
        return ""
    return _GENDER_BY_VALUE.get(folded)


_DOMAIN_VALUES: dict[str, tuple[str, ...]] = {
    "housing": ("housing", "shelter", "homeless", "homelessness", "vivienda", "alojamiento",
                "albergue", "logement", "hebergement"),
    "food": ("food", "food security", "nutrition", "alimentacion", "comida", "alimentos",
             "alimentation", "aide alimentaire", "nourriture"),
    "health": ("health", "medical", "salud", "medico", "sante", "medical care", "soins"),
    "mental_health": ("mental health", "salud mental", "sante mentale"),
    "substance_use": ("substance use", "addiction", "addictions", "drugs", "alcohol",
                      "consumo de sustancias", "adicciones", "toxicomanie", "dependances"),
    "legal": ("legal", "legal aid", "juridico", "legal", "asesoria legal", "juridique",
              "aide juridique"),
    "income": ("income", "benefits", "money", "financial", "ingresos", "dinero",
               "economico", "revenu", "revenus", "prestations", "financier"),
    "employment": ("employment", "job", "work", "jobs", "empleo", "trabajo", "emploi",
                   "travail"),
    "education": ("education", "school", "training", "educacion", "escuela", "formacion",
                  "ecole", "formation"),
    "safety": ("safety", "violence", "domestic violence", "seguridad", "violencia",
               "securite", "violence conjugale"),
    "transport": ("transport", "transportation", "transporte"),
    "childcare": ("childcare", "child care", "cuidado infantil", "guarderia",
                  "garde d enfants", "garderie"),
    "other": ("other", "otro", "otra", "autre"),
}
_DOMAIN_BY_VALUE = {v: code for code, values in _DOMAIN_VALUES.items() for v in values}
_DOMAIN_BY_VALUE.update({fold(code): code for code in NEED_DOMAINS})


def domain_code(text: str) -> str | None:
    """The need domain for a cell ('' for an empty one); None when it is not recognised."""
    folded = fold(text)
    if not folded:
        return ""
    return _DOMAIN_BY_VALUE.get(folded)
