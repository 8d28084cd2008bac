"""How matching and search normalise what a worker typed, so that spellings meaning the same
compare equal: names (with the table of nicknames and transliterations), phone numbers,
identifiers and genders."""

from __future__ import annotations

import datetime
import re
import unicodedata

__all__ = [
    "birth_year_from_age",
    "name_variants",
    "normalize_gender",
    "normalize_identifier",
    "normalize_name",
    "normalize_phone",
]


# --- nickname and transliteration table -------------------------------------------------------
# Each group lists one given name's common forms; the first entry names the group. A name may be
# in several groups (Alex: Alexander and Alexandra). Cross-language equivalents are included where
# people are commonly recorded under either (Guillermo/William, Yusuf/Youssef).
_NAME_GROUPS: tuple[tuple[str, ...], ...] = (
    # English, with Spanish/French/Italian equivalents
    ("william", "bill", "billy", "will", "willy", "willie", "liam", "guillermo", "guillaume",
     "memo"),
    ("robert", "bob", "bobby", "rob", "robbie", "bert", "roberto", "beto"),
    ("elizabeth", "liz", "lizzie", "lizzy", "beth", "betty", "bette", "betsy", "bess", "bessie",
     "eliza", "elisabeth", "elizabet", "libby", "lisbeth", "elisa"),
    ("katherine", "kate", "katie", "katy", "kathy", "cathy", "kat", "kath", "kitty", "katharine",
     "kathryn", "kathrine", "catherine", "catharine", "cathryn", "katarina", "katrina",
     "catalina", "caterina", "catarina", "katia", "katya"),
    ("james", "jim", "jimmy", "jamie", "jaime", "jacques", "giacomo"),
    ("michael", "mike", "mikey", "mick", "mickey", "micky", "miguel", "michel", "mikhail",
     "mikael"),
    ("alexander", "alex", "alec", "xander", "sasha", "alejandro", "alexandre", "aleksandr",
     "alessandro", "iskandar", "iskander"),
    ("alexandra", "alex", "alexa", "sasha", "alejandra", "alexandrine", "alessandra"),
    ("richard", "rick", "ricky", "rich", "richie", "dick", "ricardo"),
    ("thomas", "tom", "tommy", "thom", "tomas", "tomasz"),
    ("john", "jack", "johnny", "jon", "jonny", "juan", "juanito", "jean", "johann", "johannes",
     "giovanni"),
    ("jonathan", "jon", "jonny", "jonathon"),
    ("charles", "charlie", "chuck", "chas", "carlos", "carlitos", "charly"),
    ("edward", "ed", "eddie", "eddy", "ted", "teddy", "ned", "eduardo", "edouard", "lalo"),
    ("theodore", "ted", "teddy", "theo", "teodoro"),
    ("daniel", "dan", "danny", "dani"),
    ("david", "dave", "davey", "davy", "dawud", "daoud", "dawood", "davide"),
    ("joseph", "joe", "joey", "jose", "josef", "giuseppe"),
    ("jose", "pepe", "pepito", "chepe"),
    ("josephine", "jo", "josie", "josefina", "pepa", "pepita", "fina"),
    ("benjamin", "ben", "benny", "benji"),
    ("samuel", "sam", "sammy", "samuele"),
    ("samantha", "sam", "sammy"),
    ("christopher", "chris", "topher", "cristobal", "christophe", "cristopher", "kristopher"),
    ("christina", "chris", "chrissy", "tina", "christine", "kristina", "cristina", "christiane"),
    ("patrick", "pat", "paddy", "patricio", "patrice"),
    ("patricia", "pat", "patty", "patsy", "tricia", "trish", "paty"),
    ("anthony", "tony", "antonio", "toni", "antoine", "anton"),
    ("margaret", "maggie", "meg", "peggy", "marge", "margie", "greta", "margarita", "marguerite"),
    ("mary", "maria", "marie", "mari", "molly", "polly", "mae"),
    ("susan", "sue", "susie", "suzy", "susana", "suzanne", "susanne"),
    ("jennifer", "jen", "jenny", "jenn"),
    ("rebecca", "becky", "becca", "rebeca"),
    ("deborah", "deb", "debbie", "debby", "debora", "debra"),
    ("jacqueline", "jackie", "jacky"),
    ("victoria", "vicky", "vicki", "tori"),
    ("abigail", "abby", "abbie", "gail"),
    ("andrew", "andy", "drew", "andres", "andre", "andreas"),
    ("nicholas", "nick", "nicky", "nico", "nicolas", "nicolai"),
    ("matthew", "matt", "matty", "mateo", "matteo", "mathieu", "matthieu"),
    ("peter", "pete", "pedro", "pierre", "pietro"),
    ("stephen", "steve", "stevie", "steven", "esteban", "etienne", "stefan"),
    ("gregory", "greg", "gregorio", "gregoire"),
    ("timothy", "tim", "timmy", "timoteo"),
    ("joshua", "josh"),
    ("zachary", "zach", "zack", "zac"),
    ("anna", "ann", "anne", "ana", "annie", "anita", "nancy", "nan"),
    ("jessica", "jess", "jessie"),
    ("helen", "helena", "elena"),
    ("eleanor", "ellie", "nell", "nora", "leonor", "eleonore"),
    ("teresa", "terry", "tess", "tessa", "teri", "tere", "theresa", "therese"),
    ("frances", "fran", "frannie", "francine", "francisca", "francoise", "paquita"),
    ("francis", "frank", "frankie", "fran", "francisco", "francois", "francesco", "franz",
     "paco", "pancho", "curro", "cisco"),
    ("henry", "hank", "harry", "hal", "enrique", "henri", "kike", "quique", "enrico"),
    ("alfred", "alfie", "fred", "freddie", "alfredo"),
    ("frederick", "fred", "freddy", "freddie", "federico", "frederic", "fritz", "fede"),
    ("albert", "al", "bert", "bertie", "beto", "alberto"),
    ("louis", "lou", "louie", "luis", "lucho", "luigi"),
    ("george", "georgie", "jorge", "georges", "giorgio", "jordi"),
    ("raymond", "ray", "ramon", "raimundo"),
    ("lawrence", "larry", "laurence", "lorenzo", "laurent"),
    ("leonard", "leo", "len", "lenny", "leonardo"),
    ("eugene", "gene", "eugenio"),
    ("gabriel", "gabe", "gabi", "gabriele"),
    ("vincent", "vince", "vinny", "vicente", "chente"),
    ("jacob", "jake", "jakob", "jacobo", "yakub", "yaqub", "yacoub"),
    ("abraham", "abe", "ibrahim", "ebrahim", "ibraheem", "brahim", "avraham"),
    ("solomon", "sulaiman", "suleiman", "sulayman", "soliman", "salomon"),
    # Spanish
    ("jesus", "chuy", "chucho", "chus"),
    ("ignacio", "nacho"),
    ("manuel", "manolo", "manu", "manny", "emmanuel", "emanuel"),
    ("rafael", "rafa", "raphael"),
    ("fernando", "nando", "ferdinand", "hernando"),
    ("dolores", "lola", "lolita", "loli"),
    ("concepcion", "concha", "conchita"),
    ("guadalupe", "lupe", "lupita"),
    ("rosario", "charo", "chayo"),
    ("mercedes", "merche", "meche"),
    ("pilar", "pili"),
    ("isabel", "isabelle", "isabella", "isa", "bella", "chabela", "ysabel"),
    # Arabic transliterations
    ("muhammad", "mohammed", "mohammad", "mohamed", "muhammed", "mohamad", "muhamad",
     "mohammod", "mehmet", "mohd", "muhd", "mo", "moe"),
    ("ahmed", "ahmad", "ahmet", "achmed", "ahamed"),
    ("mahmoud", "mahmud", "mahmood", "mehmood"),
    ("mustafa", "mustapha", "mostafa", "moustafa"),
    ("abdullah", "abdallah", "abdulla", "abdella"),
    ("abdulrahman", "abdelrahman", "abderrahman", "abderrahmane", "abdurrahman"),
    ("omar", "umar", "omer"),
    ("osama", "usama", "oussama"),
    ("hussein", "husain", "hussain", "hosein", "hossein", "husein", "houssein"),
    ("hassan", "hasan", "hassane"),
    ("yusuf", "youssef", "yousef", "yusef", "yousif", "yusif", "youssouf"),
    ("ismail", "ismael", "esmail", "ismaeel"),
    ("khalid", "khaled"),
    ("fatima", "fatma", "fatimah", "fatemeh", "fatuma"),
    ("aisha", "aicha", "ayesha", "aysha", "aishah", "ayse"),
    ("khadija", "khadijah", "khadidja", "khadiga"),
    ("maryam", "mariam", "meryem", "miriam", "myriam"),
    ("zainab", "zaynab", "zeinab", "zeynep"),
    ("nour", "noor", "nur"),
    ("yasmin", "yasmine", "yasmeen", "jasmine", "jazmin"),
    ("said", "saeed", "saied"),
    ("jamal", "gamal", "djamel", "jamel"),
    ("karim", "kareem", "kerim"),
    ("rashid", "rachid", "rasheed"),
    ("tariq", "tarek", "tarik", "tareq"),
    ("walid", "waleed", "oualid"),
    ("yahya", "yehia", "yahia", "yehya"),
)

# Particles of compound family names; dropped for comparison when other tokens remain
# ("de la Cruz" meets "Cruz", "Al-Hassan" meets "Hassan"). A name made only of them is kept.
_PARTICLES = frozenset({
    "de", "del", "della", "la", "las", "los", "le", "les", "van", "von", "der", "den", "da",
    "das", "dos", "di", "du", "y", "e", "bin", "ibn", "bint", "al", "el",
    "thi",  # Vietnamese middle name marking women, as common as a particle
})

_SPECIAL_LETTERS = str.maketrans(
    {"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ł": "l", "Ł": "l",
     "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i"}
)
_APOSTROPHES = re.compile(r"['’‘`ʼ]")
_NON_WORD = re.compile(r"[\W_]+")
_NON_DIGITS = re.compile(r"[^0-9]+")
_PHONE_EXTENSION = re.compile(r"(?i)\bext\b|(?<=[\d\s.)])x|#")


def normalize_name(text: str) -> str:
    """Lower-case, accent-free, punctuation-free name: ``"García-López"`` → ``"garcia lopez"``.

    Apostrophes are dropped (O'Brien → obrien); other punctuation separates tokens. Letters of
    non-Latin scripts are kept as they are.
    """
    text = text.translate(_SPECIAL_LETTERS).casefold()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text)
    return " ".join(_NON_WORD.sub(" ", text).split())


def normalize_phone(text: str) -> str:
    """Significant digits of a phone number: digits only, leading zeros (``00``, trunk ``0``) off.

    An extension (``x12``, ``ext 12``, ``#12``) is dropped. Returns ``''`` if there are no digits.
    """
    head = _PHONE_EXTENSION.split(text, maxsplit=1)[0]
    if head.isascii():
        digits = _NON_DIGITS.sub("", head)
    else:  # Arabic-Indic and other decimal digits count too
        digits = "".join(str(unicodedata.decimal(ch)) for ch in head if ch.isdecimal())
    return digits.lstrip("0")


def normalize_identifier(kind: str, value: str) -> tuple[str, str]:
    """``("National ID", "ab-0012 3")`` → ``("nationalid", "AB00123")``: case, spaces, dashes off.

    A purely numeric value also loses its leading zeros (clinic number 000123 is 123).
    """
    norm_kind = normalize_name(kind).replace(" ", "")
    norm_value = normalize_name(value).replace(" ", "").upper()
    if norm_value.isdigit():
        norm_value = norm_value.lstrip("0") or "0"
    return norm_kind, norm_value


_GENDERS = {
    "f": ("f", "female", "woman", "w", "girl", "mujer", "femenino", "femme", "feminin", "fille"),
    "m": ("m", "male", "man", "boy", "hombre", "masculino", "homme", "masculin", "h", "garcon"),
}
_GENDER_BY_WORD = {word: code for code, words in _GENDERS.items() for word in words}
_UNKNOWN_GENDER = frozenset({"", "u", "unknown", "x", "unspecified", "prefer not to say"})


def normalize_gender(text: str | None) -> str:
    """``'f'``, ``'m'``, another recorded value lower-cased, or ``''`` when unknown."""
    norm = normalize_name(text or "")
    if norm in _UNKNOWN_GENDER:
        return ""
    return _GENDER_BY_WORD.get(norm, norm)


def birth_year_from_age(age: int, on: datetime.date) -> int:
    """Estimated birth year for someone said to be ``age`` years old on ``on``."""
    return on.year - age


_GROUPS_BY_NAME: dict[str, frozenset[str]] = {}
for _group in _NAME_GROUPS:
    for _name in _group:
        _norm = normalize_name(_name)
        _GROUPS_BY_NAME[_norm] = _GROUPS_BY_NAME.get(_norm, frozenset()) | {_group[0]}
del _group, _name, _norm
_CANONICAL_NAMES = frozenset(group[0] for group in _NAME_GROUPS)


def name_variants(name: str) -> frozenset[str]:
    """Canonical names of the nickname groups a single given name belongs to (may be empty)."""
    return _GROUPS_BY_NAME.get(normalize_name(name), frozenset())
