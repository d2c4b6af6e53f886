"""Fourth independent de-identification evaluation set (eval4): patient messages and uncommon
clinical documents, written by a writer who read none of the de-identifier's rules or models,
none of the other generators' templates and none of their sets.

Why it exists: every earlier evaluation set has been read, in part, while the rules were being
improved, so each flatters the rules a little. This set brings new sentence shapes (portal
messages, SMS threads, voicemail transcripts, caregiver and non-native writing, ALL CAPS; and
document kinds other than the discharge summary: pathology reports, refill requests, physical
therapy, social work, care transitions, well-child, obstetric and dental visits, home-safety
assessments, prior-authorization letters, incident reports, problem lists, telehealth notes, pharmacy
reconciliation tables) and new values.

Locales: names, places and organisation-name words come only from Faker locales that no other
project list, set or training corpus uses (tests/deid/test_evalset4.py checks it): zh_TW
(Wade-Giles romanized names), uk_UA and ru_RU (names and towns, romanized by the locale's own
``translit``), el_GR (names, towns and localities, romanized by the locale's own ``latinize``)
and mk_MK (names and towns, romanized by the locale's own ``replacements`` table). Every table is
read from the locale's own provider class (``FAKER_TABLES``), never an inherited one. A short
hand-written list of real US towns is mixed into street addresses. Numbers, dates and the other
identifiers are drawn by this module's own seeded ``random.Random``.

Annotation conventions: NAME spans exclude titles and credentials ("Dr.", "Mr.", ", PT"); a
"LAST, First" name is one span; a date is one span with its year if it has one (a bare year is
not PHI); ages are PHI (AGE, the number only) only when 90 or more; an ADDRESS span is the
whole street line (house number, street, suffix, unit; or the PO box / rural route); a city or
smaller place is LOCATION, a ZIP (with its +4) is ZIP; US states and countries are not PHI;
facility, employer, school and pharmacy names are FACILITY (the whole name); phone and fax
spans include "+1" and extensions.

    python -m tools.deid.evalset4 --family messages --n 300 --seed 701 --out datasets/deid/eval4_messages.jsonl
    python -m tools.deid.evalset4 --family clinical --n 120 --seed 702 --out datasets/deid/eval4_clinical.jsonl

To tune anything on this family, generate it at other seeds (e.g. 801 / 802 into
build/deid-fresh/) and keep the committed files for measurement.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import random
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from medcode.deid.types import PHI_TYPES

FAMILIES = ("messages", "clinical")
KEEP_KINDS = ("code", "insurer", "manufacturer", "eponym", "department", "drug")

# ---------------------------------------------------------------------------------------------
# Locales and the Faker tables read through them.

NAME_LOCALES = ("zh_TW", "uk_UA", "ru_RU", "el_GR", "mk_MK")
CITY_LOCALES = ("uk_UA", "ru_RU", "el_GR", "mk_MK")
ORG_LOCALES = ("uk_UA", "ru_RU", "el_GR", "mk_MK", "zh_TW")
LOCALES = tuple(sorted(set(NAME_LOCALES) | set(CITY_LOCALES) | set(ORG_LOCALES)))

_P = "faker.providers.person."
_A = "faker.providers.address."
_I = "faker.providers.internet."
_GENDERED = ("first_names_male", "first_names_female", "last_names_male", "last_names_female")

# locale -> the (module, attribute) pairs this generator reads; each must be the locale's own.
FAKER_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "zh_TW": (
        (_P + "zh_TW", "last_romanized_names"),
        (_P + "zh_TW", "first_romanized_names_male"),
        (_P + "zh_TW", "first_romanized_names_female"),
    ),
    "uk_UA": (
        *((_P + "uk_UA", a) for a in _GENDERED),
        (_P + "uk_UA", "translit"),
        (_A + "uk_UA", "city_names"),
    ),
    "ru_RU": (
        *((_P + "ru_RU", a) for a in _GENDERED),
        (_P + "ru_RU", "translit"),
        (_A + "ru_RU", "city_names"),
    ),
    "el_GR": (
        *((_P + "el_GR", a) for a in _GENDERED),
        (_A + "el_GR", "cities"),
        (_A + "el_GR", "localities"),
        (_I + "el_GR", "latinize"),
    ),
    "mk_MK": (
        *((_P + "mk_MK", a) for a in _GENDERED),
        (_A + "mk_MK", "cities"),
        (_I + "mk_MK", "replacements"),
    ),
}


def _own(module: str, attr: str):
    """The attribute defined by `module` itself (a module-level function) or by its own
    `Provider` class body; KeyError if it is only inherited."""
    mod = importlib.import_module(module)
    if attr in vars(mod):
        return vars(mod)[attr]
    return vars(mod.Provider)[attr]


def provenance_problems() -> list[str]:
    """Tables in FAKER_TABLES that are not the named locale's own (empty when all are)."""
    problems = []
    for loc, pairs in FAKER_TABLES.items():
        for module, attr in pairs:
            if not module.endswith("." + loc):
                problems.append(f"{loc}: {module} is another locale's module")
                continue
            mod = importlib.import_module(module)
            if mod.Provider.__module__ != module:
                problems.append(f"{loc}: {module}.Provider comes from {mod.Provider.__module__}")
            if attr in vars(mod):
                fn = vars(mod)[attr]
                if getattr(fn, "__module__", None) != module:
                    problems.append(f"{loc}: {module}.{attr} is defined in {getattr(fn, '__module__', None)}")
            elif attr not in vars(mod.Provider):
                problems.append(f"{loc}: {module}.Provider.{attr} is inherited, not the locale's own")
    return problems


_WORD = re.compile(r"[A-Za-z]+(?:[- ][A-Za-z]+)*")


def _titlecase(s: str) -> str:
    return re.sub(r"[A-Za-z]+", lambda m: m.group(0)[0].upper() + m.group(0)[1:].lower(), s)


def _romanizer(loc: str) -> Callable[[str], str]:
    if loc in ("uk_UA", "ru_RU"):
        return _own(_P + loc, "translit")
    if loc == "el_GR":
        return _own(_I + "el_GR", "latinize")
    if loc == "mk_MK":
        pairs = _own(_I + "mk_MK", "replacements")

        def mk(s: str) -> str:
            for a, b in pairs:
                s = s.replace(a, b)
            return s

        return mk
    return lambda s: s


def _clean(values, roman: Callable[[str], str], max_len: int = 18) -> tuple[str, ...]:
    out: list[str] = []
    seen: set[str] = set()
    for v in values:
        try:
            w = _titlecase(roman(v).strip())
        except (KeyError, ValueError):
            continue
        if _WORD.fullmatch(w) and 2 <= len(w) <= max_len and w not in seen:
            seen.add(w)
            out.append(w)
    return tuple(out)


class Pools:
    """Romanized name and place pools per locale, in the tables' own order."""

    def __init__(self) -> None:
        self.first: dict[str, dict[str, tuple[str, ...]]] = {}
        self.last: dict[str, dict[str, tuple[str, ...]]] = {}
        self.places: dict[str, tuple[str, ...]] = {}
        for loc in NAME_LOCALES:
            roman = _romanizer(loc)
            if loc == "zh_TW":
                lasts = _clean(_own(_P + loc, "last_romanized_names"), roman)
                self.first[loc] = {
                    "m": _clean(_own(_P + loc, "first_romanized_names_male"), roman),
                    "f": _clean(_own(_P + loc, "first_romanized_names_female"), roman),
                }
                self.last[loc] = {"m": lasts, "f": lasts}
            else:
                self.first[loc] = {
                    "m": _clean(_own(_P + loc, "first_names_male"), roman, 12),
                    "f": _clean(_own(_P + loc, "first_names_female"), roman, 12),
                }
                self.last[loc] = {
                    "m": _clean(_own(_P + loc, "last_names_male"), roman),
                    "f": _clean(_own(_P + loc, "last_names_female"), roman),
                }
        for loc in CITY_LOCALES:
            roman = _romanizer(loc)
            if loc == "el_GR":
                vals = list(_own(_A + loc, "cities")) + list(_own(_A + loc, "localities"))
            elif loc == "mk_MK":
                vals = list(_own(_A + loc, "cities"))
            else:
                vals = list(_own(_A + loc, "city_names"))
            self.places[loc] = _clean(vals, roman, 16)


# ---------------------------------------------------------------------------------------------
# Hand-written lists (this writer's own).

US_TOWNS = (
    "Chillicothe",
    "Ypsilanti",
    "Hibbing",
    "Opelousas",
    "Tahlequah",
    "Walla Walla",
    "Nacogdoches",
    "Kalispell",
    "Bemidji",
    "Paducah",
    "Keokuk",
    "Natchitoches",
    "Punxsutawney",
    "Skowhegan",
    "Winnemucca",
    "Bluefield",
    "Ottumwa",
    "Hattiesburg",
    "Sheboygan",
    "Klamath Falls",
    "Pottsville",
    "Brattleboro",
    "Dothan",
    "Wenatchee",
    "Yazoo City",
    "Sault Ste. Marie",
)
STATES = (
    "Ohio",
    "Michigan",
    "Minnesota",
    "Louisiana",
    "Oklahoma",
    "Texas",
    "Montana",
    "Kentucky",
    "Iowa",
    "Pennsylvania",
    "Maine",
    "Nevada",
    "Oregon",
    "Vermont",
    "Alabama",
    "Washington",
)
STATE_ABBR = ("OH", "MI", "MN", "LA", "OK", "TX", "MT", "KY", "IA", "PA", "ME", "NV", "OR", "VT", "AL", "WA")
COUNTRIES = ("Ukraine", "Greece", "Taiwan", "North Macedonia", "Russia", "Canada", "Mexico")
STREET_WORDS = (
    "Sycamore",
    "Quarry",
    "Mill Pond",
    "Tanner",
    "Ridgeback",
    "Old Furnace",
    "Buckeye",
    "Cistern",
    "Heron",
    "Lamplighter",
    "Foundry",
    "Orchard Hill",
    "Kestrel",
    "Saltbox",
)
STREET_SUFFIX = (
    "Street",
    "St",
    "St.",
    "Avenue",
    "Ave",
    "Road",
    "Rd",
    "Lane",
    "Ln",
    "Drive",
    "Dr",
    "Court",
    "Ct",
    "Way",
    "Boulevard",
    "Blvd",
    "Pike",
    "Terrace",
    "Circle",
    "Hwy",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

DRUGS = (
    "metformin",
    "lisinopril",
    "atorvastatin",
    "levothyroxine",
    "sertraline",
    "albuterol",
    "insulin glargine",
    "apixaban",
    "amoxicillin",
    "ondansetron",
    "gabapentin",
    "cetirizine",
    "methotrexate",
    "adalimumab",
    "mesalamine",
    "tamoxifen",
    "furosemide",
    "warfarin",
    "donepezil",
    "carbidopa-levodopa",
    "semaglutide",
    "ibuprofen",
    "acetaminophen",
    "amlodipine",
    "escitalopram",
    "prednisone",
    "montelukast",
    "nitrofurantoin",
    "tramadol",
)
INSURERS = (
    "Aetna",
    "Cigna",
    "Humana",
    "UnitedHealthcare",
    "Kaiser Permanente",
    "Blue Cross Blue Shield",
    "Anthem",
    "Medicaid",
    "Medicare",
    "Tricare",
    "Molina Healthcare",
    "WellCare",
    "Highmark",
    "Oscar Health",
    "Amerigroup",
    "CareSource",
)
MAKERS = (
    "Medtronic",
    "Abbott",
    "Boston Scientific",
    "Dexcom",
    "Insulet",
    "Tandem Diabetes Care",
    "Zimmer Biomet",
    "Stryker",
    "Philips",
    "ResMed",
    "Smith & Nephew",
    "Biotronik",
    "Pfizer",
    "Moderna",
    "Novo Nordisk",
    "Eli Lilly",
)
EPONYMS = (
    "Crohn's disease",
    "Hashimoto's thyroiditis",
    "Parkinson's disease",
    "Alzheimer's disease",
    "Bell's palsy",
    "Raynaud's phenomenon",
    "Graves' disease",
    "Cushing's syndrome",
    "Down syndrome",
    "Hodgkin lymphoma",
    "Sjogren's syndrome",
    "Barrett's esophagus",
    "Meniere's disease",
)
SCALES = (
    "Glasgow Coma Scale",
    "Braden scale",
    "Barthel Index",
    "Morse Fall Scale",
    "Berg Balance Scale",
    "Edinburgh Postnatal Depression Scale",
    "Gleason score",
    "Bishop score",
    "Apgar",
    "Tanner stage",
    "Romberg",
    "Lachman test",
    "Nottingham grade",
)
DEPTS = (
    "Cardiology",
    "Labor and Delivery",
    "Oncology",
    "Endocrinology",
    "Gastroenterology",
    "Social Work",
    "Case Management",
    "Radiology",
    "Emergency Department",
    "Pathology",
    "Orthopedics",
    "Neurology",
    "Dermatology",
    "Pulmonology",
    "Urology",
    "Rheumatology",
)
# (code, plain words a note would put next to it)
ICD = (
    ("E11.65", "type 2 diabetes with hyperglycemia"),
    ("I10", "essential hypertension"),
    ("J45.909", "asthma, unspecified"),
    ("M54.50", "low back pain"),
    ("F41.1", "generalized anxiety"),
    ("Z00.129", "well child exam"),
    ("O24.419", "gestational diabetes"),
    ("K50.90", "Crohn disease"),
    ("N39.0", "UTI"),
    ("G40.909", "epilepsy"),
    ("I48.91", "atrial fibrillation"),
    ("E78.5", "hyperlipidemia"),
    ("Z79.4", "long-term insulin use"),
    ("K21.9", "GERD"),
    ("R26.81", "unsteady gait"),
    ("Z91.81", "history of falling"),
    ("S72.001A", "hip fracture"),
    ("M17.11", "R knee OA"),
    ("Z34.82", "supervision of normal pregnancy"),
    ("K02.52", "dental caries"),
    ("Z96.651", "s/p R TKA"),
    ("J44.1", "COPD exacerbation"),
    ("C50.911", "breast cancer"),
    ("E03.9", "hypothyroidism"),
    ("G47.33", "obstructive sleep apnea"),
    ("F32.A", "depression"),
)
PROC = (
    "97110",
    "97140",
    "97530",
    "99213",
    "99214",
    "99392",
    "88305",
    "88342",
    "59425",
    "D1110",
    "D0120",
    "D2391",
    "27447",
    "95810",
    "E0601",
    "J1885",
)

FAC_CORE = (
    "Family Health Center",
    "Medical Group",
    "Community Clinic",
    "Health Partners",
    "Valley Hospital",
    "Memorial Hospital",
    "Regional Medical Center",
    "Primary Care",
)
PHARM_CORE = ("Pharmacy", "Apothecary", "Drug", "Pharmacy & Gifts")
EMPLOYER_CORE = (
    "Roofing LLC",
    "Cold Storage",
    "Auto Body",
    "Logistics",
    "Bakery",
    "Tile & Stone",
    "Freight Lines",
    "Landscaping Inc.",
    "Machine Works",
    "Home Care Agency",
)
SCHOOL_CORE = ("Elementary School", "Middle School", "High School", "Montessori Academy", "Early Learning Center")
CARE_CORE = ("Gardens Nursing and Rehab", "Home Health", "Hospice House", "Assisted Living", "Senior Residences")
EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "proton.me")


# ---------------------------------------------------------------------------------------------
# Building text with offsets.


@dataclass(frozen=True)
class Phi:
    text: str
    type: str


@dataclass(frozen=True)
class Keep:
    term: str
    kind: str


class Doc:
    """Text built piece by piece; PHI spans and keep terms are recorded as they are appended."""

    def __init__(self, case: str = "") -> None:
        self.buf: list[str] = []
        self.n = 0
        self.phi: list[tuple[int, int, str]] = []
        self.keep: dict[str, str] = {}
        self.case = case

    def _c(self, s: str) -> str:
        if self.case == "upper":
            return s.upper()
        if self.case == "lower":
            return s.lower()
        return s

    def _add(self, s: str) -> None:
        self.buf.append(s)
        self.n += len(s)

    def t(self, s: str) -> Doc:
        self._add(self._c(s))
        return self

    def p(self, s: str, typ: str) -> Doc:
        s = self._c(s)
        assert typ in PHI_TYPES and s and s == s.strip(), (s, typ)
        self.phi.append((self.n, self.n + len(s), typ))
        self._add(s)
        return self

    def k(self, term: str, kind: str) -> Doc:
        term = self._c(term)
        assert kind in KEEP_KINDS
        self.keep.setdefault(term, kind)
        self._add(term)
        return self

    def fill(self, template: str, **slots) -> Doc:
        """Append `template`, replacing {slot} with slots[slot]: a Phi, a Keep or plain text."""
        for literal, field, _spec, _conv in string.Formatter().parse(template):
            if literal:
                self.t(literal)
            if field is None:
                continue
            v = slots[field]
            if isinstance(v, Phi):
                self.p(v.text, v.type)
            elif isinstance(v, Keep):
                self.k(v.term, v.kind)
            else:
                self.t(str(v))
        return self

    @property
    def text(self) -> str:
        return "".join(self.buf)


# ---------------------------------------------------------------------------------------------
# Values.


class Gen:
    def __init__(self, r: random.Random, pools: Pools) -> None:
        self.r = r
        self.pools = pools

    def ch(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    # names ------------------------------------------------------------------------------------
    def person(self, sex: str = "") -> tuple[str, str]:
        loc = self.ch(NAME_LOCALES)
        sex = sex or self.ch("mf")
        return self.ch(self.pools.first[loc][sex]), self.ch(self.pools.last[loc][sex])

    def surname(self) -> str:
        loc = self.ch(NAME_LOCALES)
        return self.ch(self.pools.last[loc][self.ch("mf")])

    def name(self, style: str = "", sex: str = "") -> Phi:
        first, last = self.person(sex)
        style = style or self.ch(("full", "full", "full", "lastfirst", "initial", "hyphen", "middle", "first"))
        if style == "lastfirst":
            s = f"{last}, {first}"
        elif style == "LASTfirst":
            s = f"{last.upper()}, {first}"
        elif style == "initial":
            s = f"{first[0]}. {last}"
        elif style == "hyphen":
            s = f"{first} {last}-{self.surname()}"
        elif style == "middle":
            s = f"{first} {self.ch(string.ascii_uppercase)}. {last}"
        elif style == "first":
            s = first
        elif style == "last":
            s = last
        elif style == "lower":
            s = f"{first} {last}".lower()
        elif style == "inits":
            s = f"{first[0]}{last[0]}"
        else:
            s = f"{first} {last}"
        return Phi(s, "NAME")

    def first(self, sex: str = "") -> Phi:
        return Phi(self.person(sex)[0], "NAME")

    def last(self) -> Phi:
        return Phi(self.surname(), "NAME")

    # places -------------------------------------------------------------------------------------
    def place(self) -> str:
        return self.ch(self.pools.places[self.ch(CITY_LOCALES)])

    def city(self) -> Phi:
        return Phi(self.ch(US_TOWNS) if self.chance(0.35) else self.place(), "LOCATION")

    def state(self) -> str:
        return self.ch(STATE_ABBR) if self.chance(0.6) else self.ch(STATES)

    def zip(self) -> Phi:
        z = f"{self.r.randrange(1001, 99951):05d}"
        if self.chance(0.25):
            z += f"-{self.r.randrange(1, 9999):04d}"
        return Phi(z, "ZIP")

    def street(self) -> Phi:
        r = self.r.random()
        if r < 0.12:
            return Phi(f"PO Box {self.r.randrange(10, 9999)}", "ADDRESS")
        if r < 0.18:
            return Phi(f"RR {self.r.randrange(1, 9)} Box {self.r.randrange(1, 300)}", "ADDRESS")
        word = self.ch(STREET_WORDS) if self.chance(0.5) else (self.surname() if self.chance(0.5) else self.place())
        s = f"{self.r.randrange(2, 19999)} {word} {self.ch(STREET_SUFFIX)}"
        if self.chance(0.1):
            k = self.r.randrange(2, 99)
            s = f"{self.r.randrange(100, 9999)} {self.ch(('N', 'S', 'E', 'W'))} {k}{_ord(k)} St"
        u = self.r.random()
        if u < 0.15:
            s += f" Apt {self.r.randrange(1, 40)}{self.ch('ABCDEF')}"
        elif u < 0.25:
            s += f", Unit {self.r.randrange(1, 400)}"
        elif u < 0.32:
            s += f" #{self.r.randrange(100, 999)}"
        elif u < 0.36:
            s += f" Lot {self.r.randrange(1, 80)}"
        return Phi(s, "ADDRESS")

    # organisations ------------------------------------------------------------------------------
    def facility(self, kind: str = "clinic") -> Phi:
        stem = self.surname() if self.chance(0.5) else self.place()
        if kind == "pharmacy":
            s = f"{stem} {self.ch(PHARM_CORE)}" if self.chance(0.7) else f"{self.surname()}'s Pharmacy"
            if self.chance(0.3):
                s += f" #{self.r.randrange(100, 9999)}"
        elif kind == "employer":
            s = f"{stem} {self.ch(EMPLOYER_CORE)}"
        elif kind == "dme":
            s = f"{stem} {self.ch(('Medical Supply', 'Home Medical Equipment', 'DME'))}"
        elif kind == "school":
            s = f"{stem} {self.ch(SCHOOL_CORE)}"
        elif kind == "care":
            s = f"{stem} {self.ch(CARE_CORE)}"
        elif kind == "dental":
            s = f"{stem} Family Dentistry" if self.chance(0.5) else f"{self.surname()} & {self.surname()} Dental"
        elif kind == "hospital":
            s = self.ch(
                (
                    f"{stem} Memorial Hospital",
                    f"St. {self.first().text} Hospital",
                    f"{stem} Regional Medical Center",
                    f"{stem} General Hospital",
                )
            )
        else:
            s = f"{stem} {self.ch(FAC_CORE)}"
        return Phi(s, "FACILITY")

    # dates --------------------------------------------------------------------------------------
    def day(self, lo: int = 2023, hi: int = 2026) -> dt.date:
        start = dt.date(lo, 1, 1).toordinal()
        return dt.date.fromordinal(self.r.randrange(start, dt.date(hi, 12, 28).toordinal()))

    def dob(self) -> dt.date:
        return self.day(1931, 2024)

    def date(self, d: dt.date | None = None, with_year: bool = True) -> Phi:
        d = d or self.day()
        m, dd, y = d.month, d.day, d.year
        mon = MONTHS[m - 1]
        fmts: tuple[str, ...]
        if not with_year:
            fmts = (
                f"{m}/{dd}",
                f"{mon} {dd}",
                f"{mon[:3]} {dd}",
                f"{dd} {mon}",
                f"{m}-{dd}",
                f"{mon} {dd}{_ord(dd)}",
                f"{dd}{_ord(dd)} of {mon}",
            )
        else:
            fmts = (
                f"{m:02d}/{dd:02d}/{y}",
                f"{m}/{dd}/{y % 100:02d}",
                f"{mon} {dd}, {y}",
                f"{dd} {mon} {y}",
                f"{y}-{m:02d}-{dd:02d}",
                f"{m}-{dd}-{y}",
                f"{mon[:3]}{'.' if len(mon) > 3 else ''} {dd}, {y}",
                f"{dd}-{mon[:3]}-{y}",
                f"{m:02d}.{dd:02d}.{y}",
                f"{m}/{dd}/{y}",
                f"{mon[:3].upper()} {dd} {y}",
                f"{dd}{mon[:3].upper()}{y}",
            )
        return Phi(self.ch(fmts), "DATE")

    # numbers ------------------------------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(self.ch(string.digits) for _ in range(n))

    def _tel(self) -> str:
        a, b, c = self.r.randrange(201, 990), self.r.randrange(200, 999), self.digits(4)
        f = self.r.random()
        if f < 0.3:
            s = f"({a}) {b}-{c}"
        elif f < 0.55:
            s = f"{a}-{b}-{c}"
        elif f < 0.68:
            s = f"{a}.{b}.{c}"
        elif f < 0.78:
            s = f"+1 {a} {b} {c}"
        elif f < 0.85:
            s = f"+1-{a}-{b}-{c}"
        elif f < 0.92:
            s = f"{a}{b}{c}"
        else:
            s = f"1-{a}-{b}-{c}"
        if self.chance(0.12):
            s += self.ch((f" ext. {self.digits(3)}", f" x{self.digits(4)}", f" ext {self.digits(2)}"))
        return s

    def phone(self) -> Phi:
        return Phi(self._tel(), "PHONE")

    def fax(self) -> Phi:
        return Phi(self._tel(), "FAX")

    def email(self, first: str = "", last: str = "") -> Phi:
        if not first:
            first, last = self.person()
        f, l = first.lower().replace(" ", ""), last.lower().replace(" ", "")
        user = self.ch(
            (
                f"{f}.{l}",
                f"{f[0]}{l}",
                f"{f}{self.r.randrange(1, 99)}",
                f"{l}.{f[0]}{self.digits(2)}",
                f"{f}_{l}{self.r.randrange(60, 99)}",
            )
        )
        dom = self.ch(EMAIL_DOMAINS) if self.chance(0.7) else f"{self.place().lower().replace(' ', '')}health.org"
        return Phi(f"{user}@{dom}", "EMAIL")

    def url(self, kind: str = "") -> Phi:
        host = self.place().lower().replace(" ", "").replace("-", "")
        if kind == "dental":
            return Phi(f"www.{self.surname().lower()}dental.com", "URL")
        if kind == "photo":
            return Phi(
                self.ch(
                    (
                        f"https://imgur.com/a/{self.digits(3)}{self.ch('xkqzt')}{self.digits(2)}",
                        f"https://drive.google.com/file/d/1{self.digits(9)}/view",
                        f"https://photos.app.goo.gl/{self.ch('AQRZ')}{self.digits(6)}",
                    )
                ),
                "URL",
            )
        return Phi(
            self.ch((f"https://portal.{host}health.org/msg/{self.digits(6)}", f"http://{host}clinic.net/forms/intake")),
            "URL",
        )

    def ip(self) -> Phi:
        a = self.ch((10, 172, 192, 73, 98, 24, 68, 107))
        return Phi(f"{a}.{self.r.randrange(0, 256)}.{self.r.randrange(0, 256)}.{self.r.randrange(1, 255)}", "IP")

    def mrn(self) -> Phi:
        return Phi(
            self.ch(
                (
                    self.digits(8),
                    f"{self.ch('AMKT')}{self.digits(7)}",
                    f"{self.digits(4)}-{self.digits(4)}",
                    f"00{self.digits(6)}",
                )
            ),
            "MRN",
        )

    def acct(self) -> Phi:
        return Phi(
            self.ch((self.digits(9), f"{self.digits(4)}-{self.digits(2)}-{self.digits(3)}", f"HB{self.digits(8)}")),
            "ACCOUNT",
        )

    def member(self) -> Phi:
        p = "".join(self.ch(string.ascii_uppercase) for _ in range(3))
        return Phi(
            self.ch(
                (
                    f"{p}{self.digits(9)}",
                    f"W{self.digits(4)} {self.digits(5)}",
                    f"{self.digits(11)}",
                    f"{p}-{self.digits(6)}-{self.digits(2)}",
                )
            ),
            "HEALTH_PLAN",
        )

    def ssn(self) -> Phi:
        a, b, c = self.r.randrange(100, 899), self.r.randrange(10, 99), self.r.randrange(1000, 9999)
        return Phi(self.ch((f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}")), "SSN")

    def license(self, nursing: bool = False) -> Phi:
        L = self.ch(string.ascii_uppercase)
        if nursing:
            return Phi(self.ch((f"RN{self.digits(6)}", f"{self.digits(7)}", f"RN-{self.digits(7)}")), "LICENSE")
        return Phi(
            self.ch(
                (
                    f"{L}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}",
                    f"{L}{self.digits(8)}",
                    f"{self.digits(3)} {self.digits(3)} {self.digits(3)}",
                )
            ),
            "LICENSE",
        )

    def plate(self) -> Phi:
        U = string.ascii_uppercase.replace("O", "").replace("I", "")
        return Phi(
            self.ch(
                (
                    f"{self.digits(1)}{self.ch(U)}{self.ch(U)}{self.ch(U)}{self.digits(3)}",
                    f"{self.ch(U)}{self.ch(U)}{self.ch(U)}-{self.digits(4)}",
                    f"{self.ch(U)}{self.ch(U)} {self.digits(5)}",
                )
            ),
            "VEHICLE",
        )

    def vin(self) -> Phi:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return Phi("".join(self.ch(chars) for _ in range(17)), "VEHICLE")

    def serial(self) -> Phi:
        U = string.ascii_uppercase
        return Phi(
            self.ch(
                (
                    f"{self.ch(U)}{self.ch(U)}{self.digits(7)}",
                    f"{self.digits(3)}{self.ch(U)}{self.digits(5)}",
                    f"SN{self.digits(8)}{self.ch(U)}",
                    f"{self.ch(U)}{self.ch(U)}{self.ch(U)}{self.digits(6)}H",
                )
            ),
            "DEVICE",
        )

    def case_no(self) -> Phi:
        return Phi(
            self.ch(
                (
                    f"{self.r.randrange(20, 27)}-{self.digits(5)}",
                    f"IR-{self.digits(6)}",
                    f"PA{self.digits(9)}",
                    f"CLM-{self.digits(4)}-{self.digits(5)}",
                )
            ),
            "ID",
        )

    def age90(self) -> Phi:
        return Phi(str(self.r.randrange(90, 104)), "AGE")

    def drug(self) -> Keep:
        return Keep(self.ch(DRUGS), "drug")

    def ins(self) -> Keep:
        return Keep(self.ch(INSURERS), "insurer")

    def maker(self) -> Keep:
        return Keep(self.ch(MAKERS), "manufacturer")

    def epo(self) -> Keep:
        return Keep(self.ch(EPONYMS), "eponym")

    def scale(self) -> Keep:
        return Keep(self.ch(SCALES), "eponym")

    def dept(self, among: tuple[str, ...] = DEPTS) -> Keep:
        return Keep(self.ch(among), "department")

    def icd(self) -> tuple[Keep, str]:
        code, words = self.ch(ICD)
        return Keep(code, "code"), words

    def proc(self) -> Keep:
        return Keep(self.ch(PROC), "code")

    def doc_name(self) -> Phi:
        return self.name(self.ch(("full", "last", "last", "initial")))


def _ord(n: int) -> str:
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# ---------------------------------------------------------------------------------------------
# messages family


def _m_refill(g: Gen, d: Doc) -> None:
    d.fill(
        g.ch(("Hi, this is {pt} (DOB {dob}). ", "Hello it's {pt}, birthday {dob}. ", "{pt} here. ")),
        pt=g.name(),
        dob=g.date(g.dob()),
    )
    d.fill(
        g.ch(
            (
                "I'm almost out of my {drug} and {ph} said they need a new script from you. ",
                "need a refill on {drug} pls, send it to {ph}. ",
                "Can you resend my {drug}? {ph} never got it, they said call the office.",
            )
        ),
        drug=g.drug(),
        ph=g.facility("pharmacy"),
    )
    if g.chance(0.5):
        d.fill(g.ch(("They're on {st} in {city}. ", "the one at {st}. ")), st=g.street(), city=g.city())
    d.t(g.ch(("Thanks", "thank you!!", "Thx", "")))


def _m_sms_appt(g: Gen, d: Doc) -> None:
    dd = g.day()
    d.fill(
        "Clinic: Reminder: {who} has an appointment with {dept} on {date} at {t}. Reply C to confirm, R to reschedule.\n",
        who=g.first(),
        dept=g.dept(
            ("Cardiology", "Endocrinology", "Dermatology", "Neurology", "Urology", "Rheumatology", "Orthopedics")
        ),
        date=g.date(dd, with_year=g.chance(0.5)),
        t=g.ch(("9:40 AM", "1:15pm", "10:30")),
    )
    d.t(g.ch(("Me: C\n", "Me: R\n", "Me: can it be later\n")))
    d.fill(
        g.ch(
            (
                "Me: also my husband {rel} will bring me, can he come back w me? his number is {ph}",
                "Clinic: Please call {ph} to reschedule. -{staff}",
                "Me: is that at the {city} office or the main one",
            )
        ),
        rel=g.first("m"),
        ph=g.phone(),
        staff=g.first(),
        city=g.city(),
    )


def _m_voicemail(g: Gen, d: Doc) -> None:
    d.case = "lower" if g.chance(0.6) else ""
    d.t(g.ch(("voicemail transcription: ", "VM (auto-transcribed) ", "New voicemail from ")))
    if d.buf[-1].lower().startswith("new"):
        d.fill("{ph}: ", ph=g.phone())
    d.fill(
        g.ch(
            (
                "hi um this is {pt} calling for doctor {doc} ",
                "yeah hi its {pt} ",
                "hello this message is for the nurse my name is {pt} ",
            )
        ),
        pt=g.name(g.ch(("full", "full", "lower", "first"))),
        doc=g.last(),
    )
    d.fill(
        g.ch(
            (
                "i had the biopsy done on {date} and nobody called me back about the results ",
                "i think my {drug} is making me dizzy since {date} ",
                "im calling about my mom shes {age} and she fell again last night ",
            )
        ),
        date=g.date(with_year=g.chance(0.3)),
        drug=g.drug(),
        age=g.age90(),
    )
    d.fill(
        g.ch(("you can call me back at {ph} thanks bye", "my number is {ph} uh thank you", "call {ph} ok bye")),
        ph=g.phone(),
    )


def _m_caregiver(g: Gen, d: Doc) -> None:
    rel = g.ch(("mother", "father", "grandmother", "aunt", "husband"))
    d.fill(
        "My " + rel + " {pt} is {age} and lives with us at {st}, {city}. ",
        pt=g.name(g.ch(("full", "first", "middle"))),
        age=g.age90(),
        st=g.street(),
        city=g.city(),
    )
    d.fill(
        g.ch(
            (
                "Since {date} she's been confused at night, could it be the {drug}? ",
                "He has {epo} and since {date} he is not eating much. ",
                "Her {dept} appointment on {date} - can I come in with her? ",
            )
        ),
        date=g.date(with_year=g.chance(0.4)),
        drug=g.drug(),
        epo=g.epo(),
        dept=g.dept(),
    )
    d.fill(
        g.ch(("I am the POA, my name is {me}. ", "Please call me, {me}, at {ph}. ", "- {me} (daughter)")),
        me=g.name(),
        ph=g.phone(),
    )


def _m_nonnative(g: Gen, d: Doc) -> None:
    d.fill(
        g.ch(
            (
                "Hello doctor, I am {pt}, the son of {par}. ",
                "Good day, my name {pt}. I write for my wife {par}. ",
                "Dear Dr {doc}, I am {pt} father of {par}. ",
            )
        ),
        pt=g.name(),
        par=g.name(g.ch(("full", "first"))),
        doc=g.last(),
    )
    d.fill(
        g.ch(
            (
                "My father have the {epo} and he need new paper for insurance {ins}, member number {hp}. ",
                "She is have pain from {date} and the medicine {drug} not help. ",
                "We are move to {city} from {country} and need new doctor for family. ",
            )
        ),
        epo=g.epo(),
        ins=g.ins(),
        hp=g.member(),
        date=g.date(),
        drug=g.drug(),
        city=g.city(),
        country=g.ch(COUNTRIES),
    )
    d.fill(
        g.ch(
            (
                "Please sent to email {em}. Thank you very much",
                "My telephone is {ph}, thank you",
                "Sorry for my english. {em}",
            )
        ),
        em=g.email(),
        ph=g.phone(),
    )


def _m_caps(g: Gen, d: Doc) -> None:
    d.case = "upper"
    d.fill(
        g.ch(
            (
                "PLEASE CALL ME BACK AT {ph} ABOUT MY MOM {pt} SHE FELL AT {fac} TODAY",
                "THIS IS {pt} I NEED MY {drug} REFILLED I HAVE BEEN WAITING SINCE {date}",
                "MY DAD {pt} IS {age} AND HE CANT SWALLOW THE {drug} PILLS. CALL {ph}",
            )
        ),
        ph=g.phone(),
        pt=g.name(),
        fac=g.facility("care"),
        drug=g.drug(),
        date=g.date(with_year=False),
        age=g.age90(),
    )


def _m_pump(g: Gen, d: Doc) -> None:
    d.case = "lower" if g.chance(0.5) else ""
    d.fill(g.ch(("hey its {pt} again, ", "Hi, {pt} here. ")), pt=g.first())
    d.fill(
        g.ch(
            (
                "the {mk} pump serial {sn} keeps alarming occlusion, tried chnaging the site twice. ",
                "my {mk} sensor fell off again, serial no. {sn}, do i call them or you? ",
            )
        ),
        mk=Keep(g.ch(("Dexcom", "Abbott", "Medtronic", "Insulet", "Tandem Diabetes Care")), "manufacturer"),
        sn=g.serial(),
    )
    d.fill(
        g.ch(
            ("sugars 280s all day. call {ph}", "code on my chart is {icd} if that helps", "can u fax the order to {fx}")
        ),
        ph=g.phone(),
        icd=g.icd()[0],
        fx=g.fax(),
    )


def _m_school(g: Gen, d: Doc) -> None:
    d1 = g.day()
    d2 = d1 + dt.timedelta(days=g.r.randrange(1, 4))
    d.fill(
        "Can I get a school note for {kid} for {sch}? ", kid=g.name(g.ch(("first", "full"))), sch=g.facility("school")
    )
    d.fill(
        g.ch(("She was out {a} to {b} with fever. ", "he missed {a} and {b}, strep. ")),
        a=g.date(d1, with_year=False),
        b=g.date(d2, with_year=g.chance(0.5)),
    )
    d.fill(
        g.ch(("The nurse's fax is {fx}.", "fax: {fx} attn {nurse}", "You can email it to {em}")),
        fx=g.fax(),
        nurse=g.name(g.ch(("last", "full"))),
        em=g.email(),
    )


def _m_billing(g: Gen, d: Doc) -> None:
    d.fill(
        g.ch(
            (
                "I got a bill for acct {acct} from my visit {date} but {ins} already paid. ",
                "Billing question - account #{acct}, date of service {date}. {ins} says it was coded wrong. ",
            )
        ),
        acct=g.acct(),
        date=g.date(),
        ins=g.ins(),
    )
    d.fill(
        g.ch(
            (
                "Also the SSN on file is wrong, it should be {ssn}.",
                "The code on it is {cpt}, was that the office visit?",
                "my member id is {hp}",
            )
        ),
        ssn=g.ssn(),
        cpt=g.proc(),
        hp=g.member(),
    )


def _m_photo(g: Gen, d: Doc) -> None:
    d.case = g.ch(("", "lower"))
    d.fill(g.ch(("uploaded pic of the rash here {url} ", "Here's the link to the photo: {url} ")), url=g.url("photo"))
    d.fill(
        g.ch(("it started after the {drug} on {date}", "- started {date}, is this from the {drug}?")),
        drug=g.drug(),
        date=g.date(with_year=g.chance(0.3)),
    )


def _m_work(g: Gen, d: Doc) -> None:
    k, words = g.icd()
    d.fill(
        "I work at {emp} and they need a form saying I can lift again after my " + words + " ({icd}). ",
        emp=g.facility("employer"),
        icd=k,
    )
    d.fill(
        g.ch(("My supervisor is {boss}, email {em}.", "HR fax {fx}, attention {boss}.", "Thanks, {me}")),
        boss=g.name(),
        em=g.email(),
        fx=g.fax(),
        me=g.name("first"),
    )


def _m_pharm_sms(g: Gen, d: Doc) -> None:
    d.fill(
        g.ch(
            (
                "{ph}: Rx for {pt} is ready for pickup. Questions? Call {tel}. Reply STOP to opt out",
                "{ph} - your {drug} for {pt} was transferred from {ph2}. {tel}",
            )
        ),
        ph=g.facility("pharmacy"),
        pt=g.name("inits"),
        tel=g.phone(),
        drug=g.drug(),
        ph2=g.facility("pharmacy"),
    )


def _m_ride(g: Gen, d: Doc) -> None:
    d.fill(
        g.ch(
            (
                "the van from {fac} is picking me up at {st} for my {dept} appt. ",
                "My neighbor {nb} is driving me to {dept} tomorrow. ",
            )
        ),
        fac=g.facility("care"),
        st=g.street(),
        dept=g.dept(),
        nb=g.name("first"),
    )
    d.fill(
        g.ch(("silver honda plate {pl} if security asks", "she has a handicap tag on the car, plate {pl}")),
        pl=g.plate(),
    )


def _m_thread(g: Gen, d: Doc) -> None:
    doc = g.last()
    d.fill("Me: is Dr. {doc} in today\nFront desk: She is in clinic till 4, want to leave a msg?\n", doc=doc)
    d.fill(
        g.ch(("Me: yes pls tell her {pt} called, mrn {mrn}", "Me: ya its {pt}, dob {dob}, about my {drug}")),
        pt=g.name(),
        mrn=g.mrn(),
        dob=g.date(g.dob()),
        drug=g.drug(),
    )
    if g.chance(0.5):
        d.fill("\nFront desk: Got it, {st} will call you.", st=g.first())


def _m_license(g: Gen, d: Doc) -> None:
    d.fill(
        g.ch(
            (
                "For the sleep study they asked for ID, my drivers license is {dl}, exp {date}. ",
                "They want my DL # for the controlled med contract: {dl}. ",
            )
        ),
        dl=g.license(),
        date=g.date(),
    )
    d.fill(
        g.ch(("The {mk} CPAP is through {ins}.", "code they gave me {icd}")),
        mk=Keep("ResMed", "manufacturer"),
        ins=g.ins(),
        icd=Keep("G47.33", "code"),
    )


def _m_address(g: Gen, d: Doc) -> None:
    d.fill(
        g.ch(("New address as of {date}: {st}, {city}, {state} {zip}. ", "we moved!! {st} {city} {state} {zip} ")),
        date=g.date(),
        st=g.street(),
        city=g.city(),
        state=g.state(),
        zip=g.zip(),
    )
    d.fill(g.ch(("Home phone is gone, use cell {ph}", "please update {ins} too", "")), ph=g.phone(), ins=g.ins())


def _m_cpap(g: Gen, d: Doc) -> None:
    d.fill(
        "My {mk} machine (serial {sn}) mask is leaking. Can {dme} send a new one? {ins} covers it I think. ",
        mk=Keep(g.ch(("ResMed", "Philips")), "manufacturer"),
        sn=g.serial(),
        dme=g.facility("dme"),
        ins=g.ins(),
    )
    d.fill(g.ch(("- {pt}", "{pt}, {ph}")), pt=g.name(), ph=g.phone())


def _m_pregnant(g: Gen, d: Doc) -> None:
    d.case = g.ch(("", "lower", "lower"))
    d.fill(
        "hi its {pt} im " + str(g.r.randrange(8, 40)) + " wks, LMP was {lmp}. ",
        pt=g.name(g.ch(("first", "full"))),
        lmp=g.date(with_year=g.chance(0.4)),
    )
    d.fill(
        g.ch(
            (
                "had some spotting last night, should i go to {dept} at {hosp}?",
                "the {epds} thing you gave me, i scored high. can someone call {ph}",
            )
        ),
        dept=Keep("Labor and Delivery", "department"),
        hosp=g.facility("hospital"),
        epds=Keep("Edinburgh Postnatal Depression Scale", "eponym"),
        ph=g.phone(),
    )


def _m_death(g: Gen, d: Doc) -> None:
    d.fill(
        "I'm writing to let you know my grandmother {gm} passed away on {date} at {hosp}. She was {age}. ",
        gm=g.name(),
        date=g.date(),
        hosp=g.facility("care"),
        age=g.age90(),
    )
    d.fill("Thank you to Dr. {doc} and the {dept} team. {me}", doc=g.last(), dept=g.dept(), me=g.name("first"))


def _m_accident(g: Gen, d: Doc) -> None:
    d.fill(
        g.ch(("got rear-ended on {st} on {date}, ", "Car accident {date} near {city}, ")),
        st=g.street(),
        date=g.date(with_year=False),
        city=g.city(),
    )
    d.fill(
        "the other driver's plate was {pl}. For the claim ({cl}) they need my VIN {vin} and the ER note.",
        pl=g.plate(),
        cl=g.case_no(),
        vin=g.vin(),
    )


def _m_child(g: Gen, d: Doc) -> None:
    d.fill(
        "Dear Dr {doc}, my daughter {kid} have cough since {date}, we give {drug} but no better. ",
        doc=g.last(),
        kid=g.first("f"),
        date=g.date(with_year=False),
        drug=Keep(
            g.ch(("cetirizine", "albuterol", "amoxicillin", "ibuprofen", "acetaminophen", "montelukast")), "drug"
        ),
    )
    d.fill("We live now in {city}, new phone {ph}.", city=g.city(), ph=g.phone())


def _m_email(g: Gen, d: Doc) -> None:
    first, last = g.person()
    d.fill("From: {em}\nSent: {date}\nSubject: results\n\n", em=g.email(first, last), date=g.date())
    k, words = g.icd()
    d.fill("did my labs come back? they said it was for " + words + " ({icd}). {me}", icd=k, me=Phi(first, "NAME"))


def _m_medicaid(g: Gen, d: Doc) -> None:
    d.case = g.ch(("", "lower", "upper"))
    d.fill(
        g.ch(("my {ins} id changed to {hp} effective {date}", "new {ins} card, ID {hp}, group 00" + g.digits(4))),
        ins=Keep(g.ch(("Medicaid", "Medicare", "CareSource", "Amerigroup")), "insurer"),
        hp=g.member(),
        date=g.date(),
    )


def _m_portal(g: Gen, d: Doc) -> None:
    d.fill(
        "portal keeps logging me out?? the IT person said my IP {ip} got blocked. login is {em}",
        ip=g.ip(),
        em=g.email(),
    )


def _m_vaccine(g: Gen, d: Doc) -> None:
    d.case = g.ch(("", "lower"))
    d.fill(
        "did I get the {a} or the {b} shot on {date}? need it for travel to {country} in "
        + str(g.r.randrange(2025, 2028)),
        a=Keep("Pfizer", "manufacturer"),
        b=Keep("Moderna", "manufacturer"),
        date=g.date(with_year=g.chance(0.5)),
        country=g.ch(COUNTRIES),
    )


def _m_typo(g: Gen, d: Doc) -> None:
    d.case = "lower"
    d.fill(
        g.ch(
            (
                "ok thx. also can u tell dr {doc} my new cell is {ph}",
                "k. tell {doc} the apointmnet on {date} is fine",
                "wait is {doc} the {dept} dr or the other one",
            )
        ),
        doc=g.last(),
        ph=g.phone(),
        date=g.date(with_year=False),
        dept=g.dept(),
    )


def _m_hospice(g: Gen, d: Doc) -> None:
    d.fill(
        "Hi, this is {me} from {fac}. Your patient {pt} ({age} y/o) was admitted to us {date} for {epo}. ",
        me=g.name("first"),
        fac=g.facility("care"),
        pt=g.name("lastfirst"),
        age=g.age90(),
        date=g.date(),
        epo=g.epo(),
    )
    d.fill("Please fax the H&P to {fx}. Our intake line is {ph}.", fx=g.fax(), ph=g.phone())


def _m_school_nurse(g: Gen, d: Doc) -> None:
    d.case = g.ch(("", "lower"))
    d.fill(
        g.ch(("this is {mom}, {kid}'s mom. ", "Hi it's {mom} ({kid}'s mother). ")),
        mom=g.name(g.ch(("first", "lower", "full")), "f"),
        kid=g.first(),
    )
    d.fill(
        g.ch(
            (
                "nurse {nurse} at {sch} said the {drug} inhaler is expired, can you send a new one to {ph}? dob {dob}",
                "{sch} needs the asthma action plan signed before {date}. their fax {fx}",
            )
        ),
        nurse=g.name(g.ch(("last", "lower"))),
        sch=g.facility("school"),
        drug=Keep("albuterol", "drug"),
        ph=g.facility("pharmacy"),
        dob=g.date(g.day(2012, 2022)),
        date=g.date(with_year=False),
        fx=g.fax(),
    )


def _m_results(g: Gen, d: Doc) -> None:
    d.fill(
        "Clinic: Hi {pt}, your {dept} results are ready in the portal: {url}\n",
        pt=g.first(),
        dept=g.dept(("Radiology", "Pathology", "Cardiology", "Dermatology")),
        url=g.url(),
    )
    d.t(g.ch(("Me: i cant open it, it says wrong password\n", "Me: what does that mean?? is it bad\n")))
    d.fill(
        g.ch(
            (
                "Clinic: Please call {ph} and ask for {rn}.",
                "Clinic: A nurse will call you today. Reply STOP to opt out.",
            )
        ),
        ph=g.phone(),
        rn=g.first(),
    )


def _m_disability(g: Gen, d: Doc) -> None:
    d.fill(
        "For the disability form you need: SSN {ssn}, employer {emp}, last day worked {date}. ",
        ssn=g.ssn(),
        emp=g.facility("employer"),
        date=g.date(),
    )
    k, words = g.icd()
    d.fill(
        g.ch(("Diagnosis is " + words + " ({icd}) right? ", "They said put code {icd}. ")),
        icd=k,
    )
    d.fill(
        g.ch(("Mail it to {st}, {city} {zip}.", "Thank you, {me}")),
        st=g.street(),
        city=g.city(),
        zip=g.zip(),
        me=g.name(g.ch(("full", "lastfirst"))),
    )


def _m_lowername(g: Gen, d: Doc) -> None:
    d.case = "lower"
    d.fill(
        g.ch(
            (
                "pls tell {doc} thank u from {pt}, the {epo} meds are working",
                "{pt} here, saw {doc} in {dept} on {date}, he said to message about the {drug} dose",
                "its {pt} (room {room}) my wife {w} will pick up the paperwork",
            )
        ),
        doc=g.name(g.ch(("last", "full"))),
        pt=g.name(g.ch(("full", "first"))),
        epo=g.epo(),
        dept=g.dept(),
        date=g.date(with_year=g.chance(0.5)),
        drug=g.drug(),
        room=str(g.r.randrange(100, 500)),
        w=g.first("f"),
    )


def _m_transport_caps(g: Gen, d: Doc) -> None:
    d.case = "upper"
    d.fill(
        "NEED RIDE TO {dept} {date} FROM {st} {city}. CALL {ph} OR MY SON {son}. {ins} ID {hp}",
        dept=g.dept(),
        date=g.date(with_year=False),
        st=g.street(),
        city=g.city(),
        ph=g.phone(),
        son=g.name("first", "m"),
        ins=g.ins(),
        hp=g.member(),
    )


MESSAGE_TEMPLATES = (
    _m_refill,
    _m_sms_appt,
    _m_voicemail,
    _m_caregiver,
    _m_nonnative,
    _m_caps,
    _m_pump,
    _m_school,
    _m_billing,
    _m_photo,
    _m_work,
    _m_pharm_sms,
    _m_ride,
    _m_thread,
    _m_license,
    _m_address,
    _m_cpap,
    _m_pregnant,
    _m_death,
    _m_accident,
    _m_child,
    _m_email,
    _m_medicaid,
    _m_portal,
    _m_vaccine,
    _m_typo,
    _m_hospice,
    _m_school_nurse,
    _m_results,
    _m_disability,
    _m_lowername,
    _m_transport_caps,
)


def _message(g: Gen) -> Doc:
    d = Doc()
    g.ch(MESSAGE_TEMPLATES)(g, d)
    if not d.case and g.chance(0.08):
        d2 = Doc("upper" if g.chance(0.5) else "lower")
        # re-case the whole message: rebuild from the recorded pieces (ASCII only, so lengths hold)
        text = d.text
        assert text.isascii()
        d2.buf = [d2._c(text)]
        d2.n = len(text)
        d2.phi = list(d.phi)
        d2.keep = {d2._c(k): v for k, v in d.keep.items()}
        return d2
    return d


# ---------------------------------------------------------------------------------------------
# clinical family


def _header(g: Gen, d: Doc, title: str, fac: Phi | None = None) -> None:
    d.fill("{fac}\n" + title + "\n", fac=fac or g.facility(g.ch(("clinic", "hospital"))))
    d.fill(
        g.ch(
            (
                "Patient: {pt}    MRN: {mrn}    DOB: {dob}\n",
                "Name: {pt} | MRN {mrn} | DOB {dob}\n",
                "PATIENT: {pt}\nMED REC #: {mrn}\nDATE OF BIRTH: {dob}\n",
            )
        ),
        pt=g.name(g.ch(("LASTfirst", "full", "lastfirst"))),
        mrn=g.mrn(),
        dob=g.date(g.dob()),
    )


def _c_pathology(g: Gen, d: Doc) -> None:
    _header(g, d, "SURGICAL PATHOLOGY REPORT", g.facility("hospital"))
    col = g.day()
    d.fill(
        "Accession: {acc}    Collected: {c}    Received: {r}\n",
        acc=Phi(f"S{g.digits(2)}-{g.digits(5)}", "ID"),
        c=g.date(col),
        r=g.date(col + dt.timedelta(days=g.r.randrange(0, 3))),
    )
    kind = g.r.randrange(3)
    dept = ("Gastroenterology", "Radiology", "Urology")[kind]
    d.fill("Submitting physician: {doc}, MD    Dept: {dept}\n", doc=g.doc_name(), dept=Keep(dept, "department"))
    age = str(g.r.randrange(19, 88))
    if kind == 0:
        d.fill(
            "CLINICAL HISTORY: " + age + "-year-old with {epo}; r/o dysplasia.\n"
            "SPECIMEN: A. terminal ileum, biopsy. B. sigmoid colon, biopsy.\n"
            "DIAGNOSIS: A. Chronic active ileitis with granulomas. B. No dysplasia.\n"
            "Codes: {cpt} x2, {icd}\n",
            epo=Keep(g.ch(("Crohn's disease", "Barrett's esophagus")), "eponym"),
            cpt=Keep("88305", "code"),
            icd=Keep("K50.90", "code"),
        )
    elif kind == 1:
        d.fill(
            "CLINICAL HISTORY: " + age + " y/o F, BI-RADS 5 mass R breast 10:00, clip placed ({mk}).\n"
            "SPECIMEN: Right breast, US-guided core biopsy x4.\n"
            "DIAGNOSIS: Invasive ductal carcinoma, {ng} 2 (of 3). ER+/PR+, HER2 1+ (neg).\n"
            "Codes: {a}, {b} x3; {icd}\n",
            mk=Keep("Hologic", "manufacturer"),
            ng=Keep("Nottingham grade", "eponym"),
            a=Keep("88305", "code"),
            b=Keep("88342", "code"),
            icd=Keep("C50.911", "code"),
        )
    else:
        d.fill(
            "CLINICAL HISTORY: PSA 7.9, prior negative biopsy in " + str(g.r.randrange(2015, 2023)) + ".\n"
            "SPECIMEN: Prostate needle biopsies, 12 cores.\n"
            "DIAGNOSIS: Adenocarcinoma in 3/12 cores, {gl} 3+4=7 (Grade Group 2).\n"
            "Code: {a} x12\n",
            gl=Keep("Gleason score", "eponym"),
            a=Keep("88305", "code"),
        )
    d.fill(
        "Electronically signed {s} by {pth}, MD, {dept}",
        s=g.date(),
        pth=g.name("full"),
        dept=Keep("Pathology", "department"),
    )


def _c_refill(g: Gen, d: Doc) -> None:
    d.fill(
        "REFILL REQUEST - received by fax from {ph} ({fx}) on {date}\n",
        ph=g.facility("pharmacy"),
        fx=g.fax(),
        date=g.date(),
    )
    d.fill("Patient: {pt}   DOB {dob}   Phone {tel}\n", pt=g.name(), dob=g.date(g.dob()), tel=g.phone())
    dr, dr2 = g.drug(), g.drug()
    d.fill(
        "Medication: {d} {mg} mg, #90, refills: 0. Last filled {lf}.\n",
        d=dr,
        mg=str(g.ch((5, 10, 20, 25, 40, 500))),
        lf=g.date(with_year=g.chance(0.5)),
    )
    d.fill(
        "Also requesting {d2} per pt.\nPrescriber: {doc}, MD. Plan: {ins}, member {hp}.\n",
        d2=dr2,
        doc=g.name("full"),
        ins=g.ins(),
        hp=g.member(),
    )
    d.fill(
        g.ch(
            (
                "Nurse note: last visit {lv}, labs ok, approved x1 by {rn} RN.",
                "Denied - needs visit; left VM at {tel} on {lv} ({rn}).",
            )
        ),
        lv=g.date(),
        rn=g.name(g.ch(("initial", "full"))),
        tel=g.phone(),
    )


def _c_pt(g: Gen, d: Doc) -> None:
    _header(g, d, "PHYSICAL THERAPY PROGRESS NOTE - visit " + str(g.r.randrange(3, 18)))
    code, words = g.ch([c for c in ICD if c[0] in ("M54.50", "M17.11", "Z96.651", "R26.81", "S72.001A")])
    k = Keep(code, "code")
    d.fill(
        "Dx: " + words + " ({icd}). Referred by {doc} ({dept}).\n",
        icd=k,
        doc=g.doc_name(),
        dept=Keep("Orthopedics", "department"),
    )
    d.fill(
        "S: Pt reports pain 4/10, walked to the mailbox at {st} with cane. Daughter {dtr} helps with stairs.\n",
        st=g.street(),
        dtr=g.first("f"),
    )
    d.fill(
        "O: {berg} 41/56. TUG 14 s. R knee flex 105 deg. {implant} implant.\n",
        berg=Keep("Berg Balance Scale", "eponym"),
        implant=Keep(g.ch(("Zimmer Biomet", "Stryker", "Smith & Nephew")), "manufacturer"),
    )
    d.fill(
        "Treatment: {a} therex, {b} manual, {c} gait training.\n",
        a=Keep("97110", "code"),
        b=Keep("97140", "code"),
        c=Keep("97530", "code"),
    )
    d.fill(
        "A/P: progressing; continue 2x/wk through {end}. {ther}, PT, DPT",
        end=g.date(with_year=g.chance(0.5)),
        ther=g.name("full"),
    )


def _c_social(g: Gen, d: Doc) -> None:
    d.fill("SOCIAL WORK NOTE    {date}\n", date=g.date())
    d.fill(
        "Met with pt {pt} and her son {son} ({sph}) at bedside per {dept} referral.\n",
        pt=g.name("", "f"),
        son=g.name(g.ch(("full", "first")), "m"),
        sph=g.phone(),
        dept=Keep("Case Management", "department"),
    )
    d.fill(
        "Pt lives alone at {st}, {city}, {state} {zip}; works part time at {emp}. ",
        st=g.street(),
        city=g.city(),
        state=g.state(),
        zip=g.zip(),
        emp=g.facility("employer"),
    )
    d.fill(
        "Insurance {ins}, ID {hp}. Applied for SNAP {when}. ",
        ins=g.ins(),
        hp=g.member(),
        when=g.date(with_year=g.chance(0.5)),
    )
    d.fill(
        g.ch(("APS report filed, case {cn}; worker {w}. ", "Pt holds nursing license {lic}; concerned about work. ")),
        cn=g.case_no(),
        w=g.name(),
        lic=g.license(nursing=True),
    )
    d.fill(
        g.ch(
            (
                "Her car ({pl}) was towed from the hospital garage; gave tow lot number. ",
                "SSN {ssn} given for the Medicaid application. ",
                "Pt prefers email: {em}. ",
            )
        ),
        pl=g.plate(),
        ssn=g.ssn(),
        em=g.email(),
    )
    d.fill("Plan: {dept} to follow. {sw}, LCSW", dept=Keep("Social Work", "department"), sw=g.name("full"))


def _c_transition(g: Gen, d: Doc) -> None:
    d.fill(
        "CARE TRANSITION NOTE\nFrom: {a}  To: {b}\nDate of transfer: {date}\n",
        a=g.facility("hospital"),
        b=g.facility("care"),
        date=g.date(),
    )
    d.fill(
        "Patient {pt}, {age} yo, {epo}, {icd}.\n",
        pt=g.name("lastfirst"),
        age=g.age90() if g.chance(0.5) else str(g.r.randrange(60, 89)),
        epo=Keep("Parkinson's disease", "eponym"),
        icd=Keep(g.ch(("R26.81", "Z91.81")), "code"),
    )
    d.fill(
        "Meds: {d1}, {d2}. Follow-up with {doc} ({dept}) on {fu}.\n",
        d1=Keep("carbidopa-levodopa", "drug"),
        d2=g.drug(),
        doc=g.doc_name(),
        dept=Keep("Neurology", "department"),
        fu=g.date(with_year=False),
    )
    d.fill(
        "Contact: wife {w}, cell {c}; home {h}. Receiving RN {rn}, fax {fx}.",
        w=g.name("first"),
        c=g.phone(),
        h=g.phone(),
        rn=g.name(g.ch(("full", "initial"))),
        fx=g.fax(),
    )


def _c_wellchild(g: Gen, d: Doc) -> None:
    mo = g.ch((2, 4, 6, 9, 12, 15, 18, 24, 36))
    _header(g, d, f"WELL CHILD VISIT - {mo} MONTH", g.facility("clinic"))
    d.fill(
        "Here with mom {m} and grandma {gm}. Attends {sch}.\n",
        m=g.first("f"),
        gm=g.name("full", "f"),
        sch=g.facility("school"),
    )
    d.fill(
        "Wt 50th %ile, Ht 60th %ile. Born at {hosp}, {apgar} 8/9. ",
        hosp=g.facility("hospital"),
        apgar=Keep("Apgar", "eponym"),
    )
    d.fill(
        "Vaccines today ({mk}); fluoride varnish. Dx {z}, {cpt}.\n",
        mk=Keep(g.ch(("Pfizer", "Moderna")), "manufacturer"),
        z=Keep("Z00.129", "code"),
        cpt=Keep("99392", "code"),
    )
    d.fill("Next WCC {next}. Mom's cell {ph}.", next=g.date(), ph=g.phone())


def _c_ob(g: Gen, d: Doc) -> None:
    _header(g, d, "PRENATAL VISIT", g.facility("clinic"))
    wk = g.r.randrange(10, 40)
    d.fill(
        "G2P1 at " + str(wk) + "w by LMP {lmp}, EDD {edd}. {code}.\n",
        lmp=g.date(),
        edd=g.date(),
        code=Keep(g.ch(("Z34.82", "O24.419")), "code"),
    )
    d.fill("FOB {fob} present. Prior delivery 2019 at {hosp}.\n", fob=g.name(), hosp=g.facility("hospital"))
    d.fill(
        "{epds}: 6. Glucose ok. {bishop} not done. Plan: {ld} tour {t}.\n",
        epds=Keep("Edinburgh Postnatal Depression Scale", "eponym"),
        bishop=Keep("Bishop score", "eponym"),
        ld=Keep("Labor and Delivery", "department"),
        t=g.date(with_year=False),
    )
    d.fill(
        "Global OB {g}. {ins} ID {hp}. CNM {cnm}",
        g=Keep("59425", "code"),
        ins=g.ins(),
        hp=g.member(),
        cnm=g.name("full"),
    )


def _c_dental(g: Gen, d: Doc) -> None:
    d.fill("{fac}\n{url}\n", fac=g.facility("dental"), url=g.url("dental"))
    d.fill(
        "Pt: {pt}  DOB {dob}  Chart # {mrn}\nDate: {date}\n",
        pt=g.name(),
        dob=g.date(g.dob()),
        mrn=g.mrn(),
        date=g.date(),
    )
    d.fill(
        "Periodic exam {a}, prophy {b}. #19 MO caries, {k}; composite {c} scheduled {s}.\n",
        a=Keep("D0120", "code"),
        b=Keep("D1110", "code"),
        k=Keep("K02.52", "code"),
        c=Keep("D2391", "code"),
        s=g.date(with_year=False),
    )
    d.fill(
        "Med hx: {epo}, takes {dr}. Premed not needed.\nProvider: {dds}, DDS; hygienist {rdh}",
        epo=g.epo(),
        dr=g.drug(),
        dds=g.name("full"),
        rdh=g.name("first"),
    )


def _c_home(g: Gen, d: Doc) -> None:
    d.fill("HOME SAFETY ASSESSMENT\nAgency: {ag}\nVisit date: {date}\n", ag=g.facility("care"), date=g.date())
    d.fill(
        "Client: {pt}, age {age}\nAddress: {st}\n{city}, {state} {zip}\n",
        pt=g.name("full"),
        age=g.age90(),
        st=g.street(),
        city=g.city(),
        state=g.state(),
        zip=g.zip(),
    )
    d.fill(
        "Findings: throw rugs in hall, no grab bars, stairs to basement laundry. {morse} 55 (high). "
        "Uses {mk} walker; oxygen concentrator serial {sn}.\n",
        morse=Keep("Morse Fall Scale", "eponym"),
        mk=Keep("Philips", "manufacturer"),
        sn=g.serial(),
    )
    d.fill(
        g.ch(("Still drives (plate {pl}); family asked us to address it. ", "Son sold her car, VIN {vin}. ", ""))
        + "Emergency contact: nephew {n}, {ph}. Nearest neighbor {nb}.\nAssessor: {ot}, OTR/L",
        pl=g.plate(),
        vin=g.vin(),
        n=g.name(),
        ph=g.phone(),
        nb=g.name("last"),
        ot=g.name("full"),
    )


def _c_priorauth(g: Gen, d: Doc) -> None:
    d.fill(
        "{fac}\n{st}, {city}, {state} {zip}\nPhone {ph}  Fax {fx}\n\n{date}\n\n",
        fac=g.facility("clinic"),
        st=g.street(),
        city=g.city(),
        state=g.state(),
        zip=g.zip(),
        ph=g.phone(),
        fx=g.fax(),
        date=g.date(),
    )
    ins = g.ins()
    d.fill(
        "{ins} Pharmacy Prior Authorization\nRe: {pt}, DOB {dob}, Member ID {hp}\nReference: {ref}\n\n",
        ins=ins,
        pt=g.name(),
        dob=g.date(g.dob()),
        hp=g.member(),
        ref=g.case_no(),
    )
    drug, code, words = g.ch(
        (
            ("adalimumab", "K50.90", "Crohn disease"),
            ("semaglutide", "E11.65", "type 2 diabetes with hyperglycemia"),
            ("methotrexate", "M05.79", "rheumatoid arthritis"),
        )
    )
    k = Keep(code, "code")
    d.fill(
        "To whom it may concern: I am requesting coverage of {dr} for " + words + " ({icd}). "
        "The patient failed {d2} from {a} to {b}. ",
        dr=Keep(drug, "drug"),
        icd=k,
        d2=g.drug(),
        a=g.date(),
        b=g.date(),
    )
    d.fill(
        "Please call my office with questions.\n\nSincerely,\n{doc}, MD\n{dept}",
        doc=g.name("full"),
        dept=Keep(g.ch(("Rheumatology", "Endocrinology", "Gastroenterology")), "department"),
    )


def _c_incident(g: Gen, d: Doc) -> None:
    d.fill(
        "INCIDENT REPORT #{ir}\nLocation: {fac}, Room {room}\nDate/time: {date} 02:15\n",
        ir=g.case_no(),
        fac=g.facility(g.ch(("hospital", "care"))),
        room=str(g.r.randrange(100, 480)),
        date=g.date(),
    )
    d.fill(
        "Involved: {pt} (MRN {mrn}), {age} y/o resident. ",
        pt=g.name(),
        mrn=g.mrn(),
        age=g.age90() if g.chance(0.6) else str(g.r.randrange(70, 89)),
    )
    d.fill(
        "Found on floor by CNA {cna}. {gcs} 15, no head strike reported. {braden} 14.\n",
        cna=g.name("first"),
        gcs=Keep("Glasgow Coma Scale", "eponym"),
        braden=Keep("Braden scale", "eponym"),
    )
    d.fill(
        "Bed alarm ({mk}, serial {sn}) was off. On {dr}. Family ({fam}, {ph}) notified. ",
        mk=Keep("Stryker", "manufacturer"),
        sn=g.serial(),
        dr=Keep("warfarin", "drug"),
        fam=g.name(),
        ph=g.phone(),
    )
    d.fill("Reported by {rn}, RN.", rn=g.name(g.ch(("full", "lastfirst"))))


def _c_problems(g: Gen, d: Doc) -> None:
    _header(g, d, "PROBLEM LIST", g.facility("clinic"))
    d.fill("PCP: {pcp}   Insurance: {ins} {hp}\n", pcp=g.doc_name(), ins=g.ins(), hp=g.member())
    picks = g.r.sample(range(len(ICD)), g.r.randrange(3, 6))
    for i in picks:
        code, words = ICD[i]
        d.fill(
            "- " + words + " ({c}) - onset {on}\n",
            c=Keep(code, "code"),
            on=g.date() if g.chance(0.5) else str(g.r.randrange(1998, 2025)),
        )
    d.fill(
        "Devices: {mk} pacemaker, serial {sn}, implanted {imp}.\n",
        mk=Keep(g.ch(("Medtronic", "Biotronik", "Boston Scientific")), "manufacturer"),
        sn=g.serial(),
        imp=g.date(),
    )
    d.fill(
        "Specialists: {a} ({da}), {b} ({db})",
        a=g.doc_name(),
        da=Keep("Cardiology", "department"),
        b=g.doc_name(),
        db=Keep(g.ch(("Pulmonology", "Urology", "Dermatology")), "department"),
    )


def _c_medrec(g: Gen, d: Doc) -> None:
    d.fill(
        "PHARMACY MEDICATION RECONCILIATION\nPatient: {pt}  MRN {mrn}  Admit {ad}\nSource: {ph} ({tel})\n\n",
        pt=g.name("LASTfirst"),
        mrn=g.mrn(),
        ad=g.date(),
        ph=g.facility("pharmacy"),
        tel=g.phone(),
    )
    d.t("| Medication | Dose | Last fill | Prescriber | Action |\n|---|---|---|---|---|\n")
    for dr in g.r.sample(DRUGS, g.r.randrange(3, 6)):
        d.fill(
            "| {d} | {dose} | {lf} | {pr} | {act} |\n",
            d=Keep(dr, "drug"),
            dose=g.ch(("10 mg daily", "5 mg BID", "PRN", "20 mg qHS", "1 tab daily")),
            lf=g.date(),
            pr=g.name(g.ch(("last", "initial"))),
            act=g.ch(("continue", "hold", "stop", "change")),
        )
    d.fill(
        "\nReviewed with daughter {dt} by phone {ph}. {rph}, PharmD", dt=g.first("f"), ph=g.phone(), rph=g.name("full")
    )


def _c_telehealth(g: Gen, d: Doc) -> None:
    d.fill(
        "TELEHEALTH VISIT - {dept}\nDate of service: {dos}\nPatient: {pt}  DOB {dob}  MRN {mrn}\n",
        dept=Keep(g.ch(("Endocrinology", "Neurology", "Dermatology")), "department"),
        dos=g.date(),
        pt=g.name(g.ch(("full", "lastfirst", "middle"))),
        dob=g.date(g.dob()),
        mrn=g.mrn(),
    )
    d.fill(
        "Video via portal; pt at home in {city}, {state}, connection from IP {ip}. Consent verbal. "
        "Sister {sis} joined from {city2}.\n",
        city=g.city(),
        state=g.state(),
        ip=g.ip(),
        sis=g.name("first", "f"),
        city2=g.city(),
    )
    code, words = g.ch([c for c in ICD if c[0] in ("E11.65", "Z79.4", "E03.9", "G40.909", "K21.9")])
    k = Keep(code, "code")
    d.fill(
        "A/P: " + words + " ({icd}); continue {dr}. {mk} CGM data reviewed, serial {sn}. Billed {cpt}.\n",
        icd=k,
        dr=Keep(g.ch(("metformin", "insulin glargine", "levothyroxine", "semaglutide")), "drug"),
        mk=Keep(g.ch(("Dexcom", "Abbott")), "manufacturer"),
        sn=g.serial(),
        cpt=Keep(g.ch(("99213", "99214")), "code"),
    )
    d.fill(
        "After-visit summary sent to {em}. {doc}, MD; scribe {scr}",
        em=g.email(),
        doc=g.name(g.ch(("full", "middle"))),
        scr=g.name("initial"),
    )


CLINICAL_KINDS = (
    _c_pathology,
    _c_refill,
    _c_pt,
    _c_social,
    _c_transition,
    _c_wellchild,
    _c_ob,
    _c_dental,
    _c_home,
    _c_priorauth,
    _c_incident,
    _c_problems,
    _c_medrec,
    _c_telehealth,
)


def _clinical(g: Gen, i: int) -> Doc:
    d = Doc()
    CLINICAL_KINDS[i % len(CLINICAL_KINDS)](g, d)
    return d


# ---------------------------------------------------------------------------------------------
# rows


def check_row(row: dict) -> None:
    """Raise AssertionError unless `row` keeps every promise of the file format."""
    text = row["text"]
    assert list(row) == ["id", "family", "text", "phi", "keep", "keep_kinds"], list(row)
    prev = 0
    for p in row["phi"]:
        assert p["type"] in PHI_TYPES, p
        assert prev <= p["start"] < p["end"] <= len(text), (row["id"], p)
        surface = text[p["start"] : p["end"]]
        assert surface and surface == surface.strip(), (row["id"], surface)
        prev = p["end"]
    assert set(row["keep"]) == set(row["keep_kinds"])
    for term in row["keep"]:
        assert row["keep_kinds"][term] in KEEP_KINDS
        hits = [m.start() for m in re.finditer(re.escape(term), text)]
        assert hits, (row["id"], term)
        for h in hits:
            assert not any(p["start"] < h + len(term) and h < p["end"] for p in row["phi"]), (row["id"], term)
    if row["family"] == "clinical":
        assert 150 <= len(text) <= 1500, (row["id"], len(text))


def generate(family: str, n: int, seed: int) -> list[dict]:
    if family not in FAMILIES:
        raise ValueError(f"family must be one of {FAMILIES}")
    pools = Pools()
    rows: list[dict] = []
    seen: set[str] = set()
    for i in range(n):
        for attempt in range(50):
            g = Gen(random.Random(f"eval4|{family}|{seed}|{i}|{attempt}"), pools)
            d = _message(g) if family == "messages" else _clinical(g, i)
            text = d.text
            row = {
                "id": f"eval4-{family}-{i}",
                "family": family,
                "text": text,
                "phi": [{"start": s, "end": e, "type": t} for s, e, t in sorted(d.phi)],
                "keep": list(d.keep),
                "keep_kinds": dict(d.keep),
            }
            try:
                check_row(row)
            except AssertionError:
                continue  # a keep term also inside a PHI value, or a note out of length: draw again
            if text in seen:
                continue
            seen.add(text)
            rows.append(row)
            break
        else:
            raise RuntimeError(f"could not draw row {i} of {family}")
    return rows


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--family", choices=FAMILIES, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    rows = generate(a.family, a.n, a.seed)
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(dumps(rows), encoding="utf-8")
    print(f"{len(rows)} rows, {sum(len(r['phi']) for r in rows)} PHI spans -> {out}")


if __name__ == "__main__":
    main()
