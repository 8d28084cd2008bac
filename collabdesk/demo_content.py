"""What the demo agency is made of: its users and their published demo passphrases, the
names and languages its clients come with, their needs, case notes, reasons, streets, the local
partners and a few deliberate near-duplicates. :mod:`collabdesk.demo` builds the store from it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from collabdesk.domain import ClientInput


@dataclass(frozen=True)
class DemoUser:
    username: str
    passphrase: str
    display_name: str
    roles: tuple[str, ...]


# Demo credentials: published on purpose, never used for a real agency.
DEMO_USERS = (
    DemoUser("admin", "demo-admin-riverside", "Alex Morgan", ("admin", "supervisor")),
    DemoUser("grace", "demo-grace-riverside", "Grace Whitfield", ("supervisor",)),
    DemoUser("maria", "demo-maria-riverside", "María López", ("worker",)),
    DemoUser("amina", "demo-amina-riverside", "Amina Haddad", ("worker",)),
    DemoUser("tom", "demo-tom-riverside", "Tom Nguyen", ("worker",)),
    DemoUser("priya", "demo-priya-riverside", "Priya Raman", ("worker",)),
)
WORKERS = ("maria", "amina", "tom", "priya")


# -- names and content ------------------------------------------------------------------------

@dataclass(frozen=True)
class _Culture:
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]
    languages: tuple[str, ...]
    weight: int


def _t(text: str) -> tuple[str, ...]:
    return tuple(text.split(","))


CULTURES = (
    _Culture(_t("Emily,Sarah,Jessica,Hannah,Margaret,Rebecca,Laura,Olivia,Chloe,Ashley"),
             _t("James,William,Michael,Thomas,Daniel,Christopher,Matthew,Andrew,Joseph,Ryan"),
             _t("Smith,Johnson,Brown,Taylor,Wilson,Clarke,Walker,Hughes,Bennett,Campbell,"
                "O'Brien,Murphy"),
             ("English",), 6),
    _Culture(_t("María,Guadalupe,Carmen,Lucía,Sofía,Ana,Rosa,Isabel,Valeria,Ximena"),
             _t("José,Juan,Luis,Carlos,Miguel,Alejandro,Jorge,Javier,Diego,Manuel"),
             _t("García,Rodríguez,Martínez,Hernández,López,González,Pérez,Sánchez,Ramírez,"
                "Torres,Flores,Morales,García López,Vargas Ruiz"),
             ("Spanish", "Spanish", "Spanish", "English"), 5),
    _Culture(_t("Marie,Camille,Chloé,Élodie,Sophie,Amélie,Juliette,Nathalie"),
             _t("Jean,Pierre,Luc,Mathieu,Étienne,François,Antoine,Olivier"),
             _t("Martin,Bernard,Dubois,Lefebvre,Moreau,Laurent,Fournier,Girard,Tremblay,"
                "Gagnon,Côté,Roy"),
             ("French",), 2),
    _Culture(_t("Fatima,Aisha,Mariam,Layla,Noor,Huda,Yasmin,Rania,Salma"),
             _t("Ahmed,Omar,Ali,Youssef,Khalid,Hassan,Ibrahim,Karim,Tariq"),
             _t("Haddad,Khalil,Nasser,Mansour,Saleh,Abdullah,Hamdan,El-Amin,Darwish,Qasim"),
             ("Arabic", "Arabic", "Arabic", "French", "English"), 3),
    _Culture(_t("Aminata,Fatoumata,Adaeze,Chiamaka,Ngozi,Abena,Akosua,Awa,Mariama,Folake"),
             _t("Mamadou,Ousmane,Chukwuemeka,Oluwaseun,Kwame,Kofi,Ibrahima,Moussa,Tunde,"
                "Babajide"),
             _t("Diallo,Traoré,Ndiaye,Okafor,Adeyemi,Mensah,Boateng,Keita,Sow,Okonkwo,Balogun,"
                "Owusu"),
             ("French", "English", "Wolof", "Yoruba", "Twi", "Hausa", "Fula"), 3),
    _Culture(_t("Priyanka,Anjali,Sunita,Deepa,Nasreen,Lakshmi,Kavya,Farzana,Harleen"),
             _t("Rahul,Arjun,Sanjay,Imran,Vikram,Harpreet,Rajesh,Anil,Faisal"),
             _t("Sharma,Patel,Singh,Khan,Rahman,Gupta,Reddy,Iyer,Chowdhury,Hossain,Kaur,Nair"),
             ("Hindi", "Urdu", "Bengali", "Punjabi", "Tamil", "Gujarati", "English"), 3),
    _Culture(_t("Mei,Xiu Ying,Li Na,Jing,Yan"), _t("Wei,Jun,Hao,Ming,Zhi Hao"),
             _t("Wang,Li,Zhang,Chen,Liu,Wong"), ("Mandarin", "Mandarin", "Cantonese"), 2),
    _Culture(_t("Thi Lan,Hoa,Linh,Mai"), _t("Minh,Duc,Tuan,Quang"),
             _t("Nguyen,Tran,Le,Pham,Hoang"), ("Vietnamese",), 1),
    _Culture(_t("Min-ji,Seo-yeon,Ji-woo"), _t("Ji-ho,Min-jun,Seung-hoon"),
             _t("Kim,Park,Lee,Choi"), ("Korean",), 1),
)

NEEDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # domain: (case titles, need descriptions, services delivered here)
    "housing": (("Housing after eviction", "Overcrowded housing", "Rent arrears"),
                ("Eviction notice received", "Family of five in a one-bedroom flat",
                 "Two months behind on rent"),
                ("Housing search support", "Emergency rent assistance", "Shelter placement")),
    "food": (("Food insecurity",), ("Skipping meals at the end of the month",
                                    "No food in the house this week"),
             ("Food parcel", "Grocery voucher")),
    "health": (("Access to primary care", "Chronic illness support"),
               ("No regular doctor", "Diabetes not managed", "Needs prenatal care"),
               ("Accompanied to clinic appointment", "Health card application help")),
    "mental_health": (("Mental health support",),
                      ("Low mood and isolation", "Anxiety after a traumatic event"),
                      ("Wellbeing check-in", "Counselling intake support")),
    "substance_use": (("Substance use support",), ("Asked for help with alcohol use",),
                      ("Harm reduction supplies", "Recovery group referral support")),
    "legal": (("Immigration paperwork", "Tenancy dispute"),
              ("Work permit renewal overdue", "Landlord refusing repairs"),
              ("Form-filling support", "Interpretation at legal appointment")),
    "income": (("Benefits application", "Debt and budgeting"),
               ("Lost job, no income since", "Benefit payments stopped"),
               ("Benefits application help", "Budgeting session")),
    "employment": (("Back to work",), ("Looking for work, no local references",),
                   ("CV and job search session", "Interview clothing")),
    "education": (("School enrolment",), ("Children not yet enrolled in school",),
                  ("School enrolment help", "Language class registration")),
    "safety": (("Safety planning",), ("Unsafe at home",),
               ("Safety plan review", "Emergency phone provided")),
    "transport": (("Transport to appointments",), ("Cannot afford bus fare to appointments",),
                  ("Bus pass", "Taxi voucher")),
    "childcare": (("Childcare support",), ("No childcare during work hours",),
                  ("Childcare subsidy application", "Baby supplies")),
}
_NEED_WEIGHTS = {"housing": 9, "food": 8, "health": 6, "mental_health": 5, "income": 6,
                 "legal": 4, "employment": 4, "education": 2, "safety": 2, "transport": 3,
                 "childcare": 2, "substance_use": 1}
NOTES = (
    "Met client at drop-in; explained how we can help.",
    "Phoned client to follow up; left a voicemail.",
    "Client brought documents; copies made for the file.",
    "Home visit done. Client is managing but stressed about money.",
    "Client called to say the appointment went well.",
    "Reviewed the plan with the client; next steps agreed.",
    "Interpreter used for the meeting (by phone).",
    "Client missed today's appointment; will call again tomorrow.",
)
SENSITIVE_NOTES = (
    "Client disclosed domestic violence; safety plan discussed, no police report wanted.",
    "Client shared a mental health crisis last month; GP is aware.",
    "Undocumented family member in the household; do not share.",
)
CLOSE_REASONS = ("Goals met", "Client moved out of the area", "Lost contact with client",
                 "Client asked to close the case")
DECLINE_REASONS = ("Waiting list is full until next quarter", "Outside our service area",
                   "Client does not meet eligibility criteria")
STREETS = ("Riverside Ave", "Mill Street", "Harbour Road", "Elm Court", "Station Road",
           "Queen Street", "Cedar Lane", "Northgate Blvd")

# Local partners: (name, description, on the hub network, services)
# Each service: (name, need domains, languages).
LOCAL_PARTNERS: tuple[tuple[str, str, bool, tuple[tuple[str, tuple[str, ...],
                                                           tuple[str, ...]], ...]], ...] = (
    ("Harbour Food Bank", "Emergency food and a weekly community pantry.", True, (
        ("Emergency food parcels", ("food",), ("English", "Spanish", "Arabic")),
        ("Community pantry", ("food",), ("English", "French", "Vietnamese")),
    )),
    ("Riverside Housing Alliance", "Shelter placement and tenancy support.", True, (
        ("Emergency shelter referral", ("housing", "safety"), ("English", "Spanish")),
        ("Tenancy sustainment support", ("housing", "income"),
         ("English", "Arabic", "French", "Urdu")),
    )),
    ("Northside Legal Aid", "Free legal advice for people on low incomes.", True, (
        ("Tenant legal advice", ("legal", "housing"), ("English", "Spanish", "French")),
        ("Immigration legal clinic", ("legal",), ("English", "Spanish", "Arabic", "French")),
    )),
    ("Northgate Community Health Clinic", "Walk-in primary care and prenatal care.", True, (
        ("Primary care walk-in", ("health",), ("English", "Spanish", "Vietnamese", "Mandarin")),
        ("Prenatal care", ("health", "childcare"), ("English", "Spanish", "Hindi")),
    )),
    ("Bridges Mental Health Centre", "Counselling, groups and crisis support.", True, (
        ("Individual counselling", ("mental_health",), ("English", "French", "Arabic", "Hindi")),
        ("Trauma support group", ("mental_health", "safety"), ("English", "Spanish")),
        ("Substance use counselling", ("substance_use", "mental_health"), ("English",)),
    )),
    ("WorkStart Employment Services", "Job coaching and skills classes.", False, (
        ("Job readiness coaching", ("employment", "income"),
         ("English", "Spanish", "French", "Mandarin")),
        ("Language and skills classes", ("education", "employment"), ("English",)),
    )),
)

# Deliberate near-duplicates: (original, what a second worker typed later).
_DUP_PAIRS: tuple[tuple[ClientInput, dict[str, Any]], ...] = (
    (ClientInput("Robert", "Johnson", dob=dt.date(1979, 6, 14), gender="male",
                 language="English", phone="555-201-4433"),
     {"given_name": "Bob", "phone": ""}),
    (ClientInput("Francisco", "Hernández", dob=dt.date(1985, 2, 27), gender="male",
                 language="Spanish", phone="+1 555 318 2290"),
     {"given_name": "Paco", "family_name": "Hernandez"}),
    (ClientInput("Muhammad", "Al-Sayed", estimated_birth_year=1968, gender="male",
                 language="Arabic", phone="(555) 420-7781"),
     {"given_name": "Mohamed", "family_name": "Al Sayed", "phone": "555 420 7781"}),
    (ClientInput("Katherine", "Murphy", dob=dt.date(1992, 11, 3), gender="female",
                 language="English", email="kate.murphy@example.org"),
     {"given_name": "Kathrine", "email": ""}),
    (ClientInput("Ngozi", "Okafor", dob=dt.date(1987, 3, 11), gender="female",
                 language="English", phone="555-633-0192"),
     {"dob": dt.date(1987, 11, 3), "phone": "5556330192"}),
)
