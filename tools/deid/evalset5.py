"""Fifth independent de-identification evaluation set (eval5): patient-written messages of new kinds
and clinical documents that are not discharge summaries, written by a writer who read none of the
de-identifier's rules, lexicons or models, none of the other generators' templates and none of
their sets.

Why it exists: each earlier family (eval, eval3, eval4, the dev sets) has been read while the rules
were tuned, so each now flatters the rules. This family brings sentence shapes and values nobody
tuned on: nurse-line chat transcripts, scheduling e-mails, billing disputes, prescription transfer
requests, school and work excuse requests, telehealth connection trouble, patient-filled forms,
community health worker notes, interpreter-relayed messages, unpunctuated and mixed-case texts
(``messages``); ED triage notes, SBAR handoffs, radiology reports, fax cover sheets, consult notes,
brief operative notes, patient discharge instructions, insurance appeal letters, death and transfer
forms, lab requisitions, home health and hospice visit notes, immunization records, occupational
health reports and ``|`` / tab tables (``clinical``).

Locales: names, places and organisation-name words come only from Faker locales that no other
project list, set or training corpus uses (tests/deid/test_evalset5.py checks it): bg_BG (names,
romanized by the locale's own internet ``replacements`` table; that table leaves out the eight
Cyrillic letters that look Latin and maps "Г" to "r", so a short hand-written map completes it),
ka_GE (names, towns, street titles) and hy_AM (names, towns, villages, streets), both romanized by
hand-written national romanization maps in this module because Faker ships no romanization for
Georgian or Armenian, and sr_BA (municipality names from the locale's own ``registration_areas``).
Every table is read from the locale's own provider class (``FAKER_TABLES``), never an inherited
one; ``provenance_problems()`` checks it. A short hand-written list of real US towns and streets is
mixed in. Numbers, dates, codes and the other identifiers are drawn by this module's own seeded
``random.Random``; no Faker randomness is used.

Annotation conventions: NAME spans exclude titles and credentials ("Dr.", "Mr.", ", RN"); a
"LAST, First" name is one span, and a suffix ("Jr.", "III") or a quoted nickname belongs to it; a
date is one span with its year if it has one, a weekday written with the date is part of it (a bare
year is not PHI); ages are PHI (AGE, the number only) only when 90 or more; an ADDRESS span is the
whole street line (house number, street, suffix, unit; or the PO box / rural route); a city, town or
village is LOCATION, a ZIP (with its +4) is ZIP; US states and countries are not PHI; facility,
employer, school, pharmacy, church and company names are FACILITY (the whole name); phone and fax
spans include "+1" and extensions; claim, order, accession, case, interpreter, employee, student
and biometric enrolment numbers are ID. ``keep`` lists the non-PHI terms a coder needs (kinds in
``KEEP_KINDS``); no keep term ever occurs inside a PHI span.

    python -m tools.deid.evalset5 --family messages --n 300 --seed 901 --out datasets/deid/eval5_messages.jsonl
    python -m tools.deid.evalset5 --family clinical --n 120 --seed 902 --out datasets/deid/eval5_clinical.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.deid import faker_tables
from tools.deid.faker_tables import own_table

FAMILIES = ("messages", "clinical")
KEEP_KINDS = ("code", "insurer", "manufacturer", "eponym", "department", "drug")

# ---------------------------------------------------------------------------------------------
# Locales and the Faker tables read through them.

NAME_LOCALES = ("bg_BG", "ka_GE", "hy_AM")
CITY_LOCALES = ("ka_GE", "hy_AM", "sr_BA")
ORG_LOCALES = ("bg_BG", "ka_GE", "hy_AM", "sr_BA")
LOCALES = tuple(sorted(set(NAME_LOCALES) | set(CITY_LOCALES) | set(ORG_LOCALES)))

_P = "faker.providers.person."
_A = "faker.providers.address."

FAKER_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "bg_BG": (
        (_P + "bg_BG", "first_names_male"),
        (_P + "bg_BG", "first_names_female"),
        (_P + "bg_BG", "last_names_male"),
        (_P + "bg_BG", "last_names_female"),
        ("faker.providers.internet.bg_BG", "replacements"),
    ),
    "ka_GE": (
        (_P + "ka_GE", "first_names_male"),
        (_P + "ka_GE", "first_names_female"),
        (_P + "ka_GE", "last_names"),
        (_A + "ka_GE", "city_names"),
        (_A + "ka_GE", "street_titles"),
    ),
    "hy_AM": (
        (_P + "hy_AM", "first_names_male"),
        (_P + "hy_AM", "first_names_female"),
        (_P + "hy_AM", "last_names"),
        (_A + "hy_AM", "cities"),
        (_A + "hy_AM", "villages"),
        (_A + "hy_AM", "streets"),
    ),
    "sr_BA": (("faker.providers.ssn.sr_BA", "registration_areas"),),
}


def provenance_problems() -> list[str]:
    """Each (locale, module, attribute) in FAKER_TABLES whose data is not the locale's own (empty when all are)."""
    return faker_tables.provenance_problems(FAKER_TABLES)


# Hand-written romanization maps (Faker has none for Georgian or Armenian; Bulgarian's own table
# leaves out the Latin-looking letters and has "Г" -> "r", so lowercase text is mapped through the
# own table first and then through this completion).
_BG_COMPLETION = {"а": "a", "г": "g", "е": "e", "о": "o", "р": "r", "с": "s", "у": "u", "х": "h"}
_KA = dict(
    zip(
        "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
        "a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h".split(),
        strict=True,
    )
)
_HY = dict(
    zip(
        "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
        "a b g d e z e y t zh i l kh ts k h dz gh ch m y n sh o ch p j r s v t r ts v p k o f".split(),
        strict=True,
    )
)

_LATIN_VALUE = re.compile(r"[A-Za-z]+(?:[- ][A-Za-z]+)*")


def _cap_words(s: str) -> str:
    return re.sub(r"[A-Za-z]+", lambda m: m.group(0)[0].upper() + m.group(0)[1:], s)


def romanize_bg(s: str) -> str:
    own = dict(own_table("faker.providers.internet.bg_BG", "replacements"))
    out = []
    for ch in s.lower():
        if ch in own:
            out.append(own[ch])
        else:
            out.append(_BG_COMPLETION.get(ch, ch))
    return _cap_words("".join(out))


def romanize_ka(s: str) -> str:
    return _cap_words("".join(_KA.get(ch, ch) for ch in s))


def romanize_hy(s: str) -> str:
    s = s.lower().replace("ու", "u").replace("և", "ev")
    out = []
    for i, ch in enumerate(s):
        initial = i == 0 or not s[i - 1].isalpha()
        if ch == "ե" and initial:
            out.append("ye")
        elif ch == "ո" and initial:
            out.append("vo")
        else:
            out.append(_HY.get(ch, ch))
    return _cap_words("".join(out))


_ROMANIZE: dict[str, Callable[[str], str]] = {"bg_BG": romanize_bg, "ka_GE": romanize_ka, "hy_AM": romanize_hy}


def _clean(values: Sequence[str], fn: Callable[[str], str]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for v in values:
        r = fn(v).strip()
        if 3 <= len(r) <= 22 and _LATIN_VALUE.fullmatch(r):
            out[r] = None
    return tuple(out)


@dataclass
class Pools:
    """Romanized value pools by locale: first[loc][sex], last[loc][sex], places[loc], streets[loc]."""

    first: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    last: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    places: dict[str, tuple[str, ...]] = field(default_factory=dict)
    streets: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        bg = _P + "bg_BG"
        self.first["bg_BG"] = {
            "M": _clean(own_table(bg, "first_names_male"), romanize_bg),
            "F": _clean(own_table(bg, "first_names_female"), romanize_bg),
        }
        self.last["bg_BG"] = {
            "M": _clean(own_table(bg, "last_names_male"), romanize_bg),
            "F": _clean(own_table(bg, "last_names_female"), romanize_bg),
        }
        for loc in ("ka_GE", "hy_AM"):
            fn = _ROMANIZE[loc]
            last = _clean(own_table(_P + loc, "last_names"), fn)
            self.first[loc] = {
                "M": _clean(own_table(_P + loc, "first_names_male"), fn),
                "F": _clean(own_table(_P + loc, "first_names_female"), fn),
            }
            self.last[loc] = {"M": last, "F": last}
        self.places["ka_GE"] = _clean(own_table(_A + "ka_GE", "city_names"), romanize_ka)
        self.places["hy_AM"] = _clean(
            tuple(own_table(_A + "hy_AM", "cities")) + tuple(own_table(_A + "hy_AM", "villages")), romanize_hy
        )
        areas = own_table("faker.providers.ssn.sr_BA", "registration_areas")
        self.places["sr_BA"] = _clean([town for _, towns in areas for town in towns if len(town) < 20], str)
        self.streets["ka_GE"] = _clean(own_table(_A + "ka_GE", "street_titles"), romanize_ka)
        self.streets["hy_AM"] = _clean(own_table(_A + "hy_AM", "streets"), romanize_hy)


# ---------------------------------------------------------------------------------------------
# Hand-written value lists (real US towns and street words; invented code/term lists).

US_TOWNS = (
    "Brattleboro", "Tupelo", "Yakima", "Ottumwa", "Chillicothe", "Hattiesburg", "Kalispell", "Muskogee",
    "Bemidji", "Natchitoches", "Keokuk", "Paducah", "Winnemucca", "Scottsbluff", "Presque Isle", "Kingman",
    "Laramie", "Bluefield", "Opelousas", "Watertown", "Rhinelander", "Nacogdoches", "Klamath Falls", "Gallup",
)  # fmt: skip
US_STREETS = (
    "Sycamore", "Quarry", "Old Mill", "Tenney", "Loudon", "Cedar Hollow", "Ridgeline", "Pawnee", "Depot",
    "Furnace", "Tanyard", "Orchard View", "Big Spring", "Ferry", "Sawmill", "Iron Bridge", "Academy",
)  # fmt: skip
STREET_SUFFIXES = ("St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Dr", "Blvd", "Ct", "Pike", "Way", "Hwy", "Trl")
UNITS = ("Apt 4B", "Apt. 12", "Unit 7", "#210", "Ste 300", "Lot 41", "Trlr 9", "Apt 3-R", "Bldg C Apt 118")
STATES = (
    "GA", "Georgia", "OR", "Oregon", "NM", "Ohio", "OH", "KY", "Iowa", "MT", "Texas", "TX", "WV", "LA", "NY",
    "Vermont", "WI", "AZ", "Maine", "Mississippi", "Wyoming", "Nevada", "Nebraska", "CA",
)  # fmt: skip
COUNTRIES = ("Armenia", "Georgia", "Bulgaria", "Bosnia", "Mexico", "Canada", "the Philippines", "Turkey")

ICD = (
    "E11.65", "I10", "J45.41", "N39.0", "M54.16", "R07.89", "K21.0", "F41.0", "Z23", "S52.521A", "G40.119",
    "I48.0", "J18.1", "E78.2", "O24.414", "Z79.84", "R50.83", "L03.116", "H66.92", "M17.12", "C34.12",
    "I50.32", "N18.4", "G30.1", "F03.A0", "J44.0", "Z99.11", "A41.51", "S06.5X0A", "T50.905A", "R13.12",
    "E03.8", "K50.10", "G20.A1", "M32.14", "Z51.5", "R41.82", "E86.0", "I63.512", "O80", "Z00.121", "R56.9",
)  # fmt: skip
CPT = (
    "99204", "99215", "99284", "99291", "71045", "74176", "70551", "93306", "36556", "90715", "97161",
    "99350", "80061", "85027", "87804", "20611", "29888", "99498", "96374", "90472", "73721", "76805",
    "43239", "47562", "99223", "90837", "92557", "95810", "31500", "51702",
)  # fmt: skip
HCPCS = ("J1885", "J0897", "G0009", "A4259", "E0470", "J3301", "G0180", "J7620", "A0429", "E0143", "T1030", "G0151", "J2405", "Q0138")  # fmt: skip
INSURERS = (
    "Aetna", "Medicare", "Medicaid", "Humana", "Cigna", "UnitedHealthcare", "Tricare", "Anthem", "Molina Healthcare",
    "Blue Cross Blue Shield", "Highmark", "Oscar Health", "WellCare", "Ambetter", "Medicare Advantage", "CareSource",
)  # fmt: skip
MANUFACTURERS = ("Medtronic", "Dexcom", "ResMed", "Insulet", "Abbott", "Boston Scientific", "Philips Respironics", "Stryker", "Baxter", "Zoll", "Cochlear", "Invacare", "Tandem Diabetes", "Masimo")  # fmt: skip
EPONYMS = (
    "Parkinson disease", "Glasgow Coma Scale", "Hashimoto thyroiditis", "Crohn disease", "Bell palsy",
    "Guillain-Barre syndrome", "Cushing syndrome", "Addison disease", "Raynaud phenomenon", "Kawasaki disease",
    "Hodgkin lymphoma", "Apgar score", "Braden Scale", "Morse Fall Scale", "Sjogren syndrome", "Barrett esophagus",
    "Meniere disease", "Alzheimer disease", "Down syndrome", "Graves disease", "Colles fracture", "Baker cyst",
    "Wells score", "Romberg sign", "Murphy sign", "Foley catheter", "Osgood-Schlatter disease", "Tinel sign",
    "Whipple procedure", "Lyme disease", "Marfan syndrome", "Stevens-Johnson syndrome",
)  # fmt: skip
EPONYM_DISEASES = tuple(
    e
    for e in EPONYMS
    if e.endswith(("disease", "syndrome", "palsy", "thyroiditis", "phenomenon", "lymphoma", "esophagus"))
)
DEPARTMENTS = (
    "Cardiology", "PICU", "NICU", "Oncology", "Nephrology", "Labor and Delivery", "Wound Care", "Physical Therapy",
    "Endocrinology", "Pulmonology", "Gastroenterology", "Radiology", "Infusion Center", "Behavioral Health",
    "Orthopedics", "Dermatology", "Neurology", "MICU", "Cath Lab", "Sleep Lab", "Dialysis Unit", "Palliative Care",
    "Interventional Radiology", "Rheumatology", "Hematology", "Audiology", "Podiatry", "Urology", "SICU", "Step-Down Unit",
)  # fmt: skip
DRUGS = (
    "metformin", "lisinopril", "apixaban", "levetiracetam", "insulin glargine", "sertraline", "amoxicillin-clavulanate",
    "ondansetron", "furosemide", "albuterol", "prednisone", "atorvastatin", "ceftriaxone", "vancomycin", "lorazepam",
    "haloperidol", "Eliquis", "Keppra", "Jardiance", "Xarelto", "buprenorphine", "naloxone", "enoxaparin", "tamsulosin",
    "donepezil", "carbidopa-levodopa", "hydroxyurea", "Ozempic", "levothyroxine", "gabapentin", "Trulicity",
    "methotrexate", "Entresto", "montelukast", "oxycodone", "clopidogrel", "spironolactone", "Dupixent",
)  # fmt: skip

OUTPATIENT_DEPTS = (
    "Cardiology",
    "Endocrinology",
    "Nephrology",
    "Rheumatology",
    "Dermatology",
    "Neurology",
    "Urology",
    "Audiology",
)
FACILITY_TAILS = (
    "Regional Medical Center", "Community Hospital", "Family Clinic", "Rural Health Clinic", "Surgical Center",
    "Memorial Hospital", "Health Partners", "Medical Group", "Imaging Associates", "Rehab and Nursing Center",
    "Home Health Agency", "Hospice House", "Free Clinic", "Women's Health Center", "Pediatric Associates",
)  # fmt: skip
PHARMACY_TAILS = ("Pharmacy", "Drug", "Apothecary", "Corner Pharmacy", "Family Pharmacy", "Rx")
SCHOOL_TAILS = ("Elementary School", "Middle School", "High School", "Academy", "Community College", "Day School")
EMPLOYER_TAILS = ("Logistics", "Poultry Processing", "Construction LLC", "Tile and Stone", "Trucking Inc", "Bakery", "Auto Body", "Cleaning Services")  # fmt: skip
CHURCH_HEADS = ("St. Nino", "St. Gregory", "Holy Trinity", "St. Sava", "St. Hripsime", "Holy Cross")
CHURCH_TAILS = ("Church", "Orthodox Church", "Armenian Apostolic Church", "Parish")

TITLES_M = ("Mr.", "Mr", "Dr.", "Dr", "Pastor")
TITLES_F = ("Ms.", "Mrs.", "Ms", "Dr.", "Dr", "Miss")
CREDENTIALS = ("RN", "MD", "NP", "PA-C", "LPN", "CHW", "MSW", "DO", "BSN, RN", "CNA", "RT(R)", "PT, DPT")
FREE_MAIL = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "proton.me")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# ---------------------------------------------------------------------------------------------
# Document builder: text is appended piece by piece, so spans are exact by construction.


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.phi: list[tuple[int, int, str]] = []
        self.keeps: list[tuple[int, int, str]] = []

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.n += len(s)
        return self

    def p(self, s: str, typ: str) -> Doc:
        assert s and s == s.strip(), (s, typ)
        self.phi.append((self.n, self.n + len(s), typ))
        return self.t(s)

    def k(self, s: str, kind: str) -> Doc:
        assert kind in KEEP_KINDS
        self.keeps.append((self.n, self.n + len(s), kind))
        return self.t(s)

    @property
    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class Person:
    loc: str
    sex: str
    given: str
    surname: str
    middle: str


NAME_SHAPES = (
    ("full", 24), ("mid", 6), ("inits", 5), ("lastfirst", 8), ("lastfirstmid", 5), ("nick", 4), ("suffix", 4),
    ("hyph", 5), ("double", 3), ("particle", 5), ("last", 12), ("first", 12),
)  # fmt: skip


class Gen:
    """Draws every value from one seeded Random."""

    def __init__(self, rng: random.Random, pools: Pools) -> None:
        self.r = rng
        self.pools = pools

    # -- basic draws ---------------------------------------------------------------------------
    def ch(self, seq: Sequence[Any]) -> Any:
        return seq[self.r.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def letters(self, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.ch(alphabet) for _ in range(n))

    # -- people ----------------------------------------------------------------------------------
    def person(self, sex: str | None = None, loc: str | None = None) -> Person:
        loc = loc or self.ch(NAME_LOCALES)
        sex = sex or self.ch("MF")
        given = self.ch(self.pools.first[loc][sex]).split(" ")[0]
        surname = self.ch(self.pools.last[loc][sex]).split(" ")[0]
        middle = self.ch(self.pools.first[self.ch(NAME_LOCALES)][self.ch("MF")])[0]
        return Person(loc, sex, given, surname, middle)

    def shape(self) -> str:
        shapes = [s for s, _ in NAME_SHAPES]
        return str(self.r.choices(shapes, weights=[w for _, w in NAME_SHAPES])[0])

    def render(self, pe: Person, shape: str | None = None, case: str | None = None) -> str:
        shape = shape or self.shape()
        g, s, m = pe.given, pe.surname, pe.middle
        if shape == "full":
            out = f"{g} {s}"
        elif shape == "mid":
            out = f"{g} {m}. {s}"
        elif shape == "inits":
            out = self.ch((f"{g[0]}. {m}. {s}", f"{g[0]}.{m}. {s}", f"{g[0]}. {s}", f"{g[0]}{m} {s}"))
            if out.split(" ")[0].upper() in ("DR", "MR", "MS", "MX"):  # would read as a title
                out = f"{g[0]}. {m}. {s}"
        elif shape == "lastfirst":
            out = f"{s.upper() if self.chance(0.5) else s}, {g}"
        elif shape == "lastfirstmid":
            out = f"{s.upper() if self.chance(0.5) else s}, {g} {m}."
        elif shape == "nick":
            nick = g[: self.r.randint(3, 4)].rstrip("aeiou") + self.ch(("o", "i", "ik", "ka", "ush"))
            out = self.ch((f'{g} "{nick}" {s}', f"{g} '{nick}' {s}", f'"{nick}" {s}'))
        elif shape == "suffix":
            out = f"{g} {s} {self.ch(('Jr.', 'Jr', 'Sr.', 'II', 'III', 'IV'))}"
        elif shape == "hyph":
            other = self.person(pe.sex).surname
            out = f"{g} {s}-{other}"
        elif shape == "double":
            other = self.person(pe.sex).surname
            out = f"{g} {s} {other}"
        elif shape == "particle":
            part = self.ch(("al-", "van der ", "de la ", "O'", "Mc", "El-", "von ", "da ", "Abu "))
            out = f"{g} {part}{s}"
        elif shape == "last":
            out = s
        else:
            out = g
        case = case or str(self.r.choices(["keep", "lower", "upper"], weights=[80, 12, 8])[0])
        if case == "lower":
            out = out.lower()
        elif case == "upper":
            out = out.upper()
        return out

    def name(self, d: Doc, pe: Person | None = None, shape: str | None = None, title: bool | None = None,
             cred: bool | str = False, case: str | None = None) -> Person:  # fmt: skip
        pe = pe or self.person()
        if title is None:
            title = self.chance(0.15)
        if title:
            tt = self.ch(TITLES_M if pe.sex == "M" else TITLES_F)
            d.t({"lower": tt.lower(), "upper": tt.upper()}.get(case or "", tt) + " ")
        d.p(self.render(pe, shape, case), "NAME")
        if cred:
            d.t(", " + (cred if isinstance(cred, str) else self.ch(CREDENTIALS)))
        return pe

    # -- places ----------------------------------------------------------------------------------
    def place(self) -> str:
        if self.chance(0.3):
            return str(self.ch(US_TOWNS))
        return str(self.ch(self.pools.places[self.ch(CITY_LOCALES)]))

    def street_line(self, mail: bool = True) -> str:
        r = self.r.random() if mail else 1.0
        if r < 0.1:
            return self.ch(("PO Box ", "P.O. Box ", "POB ", "Post Office Box ")) + str(self.r.randint(2, 9899))
        if r < 0.16:
            return f"{self.ch(('RR', 'Rural Route', 'HC'))} {self.r.randint(1, 72)} Box {self.r.randint(10, 4999)}"
        loc = self.ch(("ka_GE", "hy_AM", "us", "us"))
        street = self.ch(US_STREETS) if loc == "us" else self.ch(self.pools.streets[loc])
        num = str(self.r.choice((self.r.randint(1, 99), self.r.randint(100, 9999), self.r.randint(10000, 48999))))
        pre = self.ch(("", "", "", "N ", "S ", "E ", "W ", "NW "))
        line = f"{num} {pre}{street} {self.ch(STREET_SUFFIXES)}"
        if self.chance(0.3):
            line += self.ch((" ", ", ")) + self.ch(UNITS)
        return line

    def zip(self) -> str:
        z = f"{self.r.randint(1001, 99950):05d}"
        return z + "-" + self.digits(4) if self.chance(0.3) else z

    def state(self) -> str:
        return str(self.ch(STATES))

    def address_block(self, d: Doc, sep: str = ", ") -> None:
        d.p(self.street_line(), "ADDRESS").t(sep).p(self.place(), "LOCATION").t(", " + self.state() + " ")
        d.p(self.zip(), "ZIP")

    # -- organisations -------------------------------------------------------------------------------
    def _org_word(self) -> str:
        loc = self.ch(ORG_LOCALES)
        if loc in self.pools.places and self.chance(0.6):
            return str(self.ch(self.pools.places[loc]))
        pe = self.person(loc=loc if loc in NAME_LOCALES else None)
        return pe.surname

    def facility(self, kind: str = "care") -> str:
        w = self._org_word()
        if kind == "pharmacy":
            return f"{w} {self.ch(PHARMACY_TAILS)}"
        if kind == "school":
            return f"{w} {self.ch(SCHOOL_TAILS)}"
        if kind == "employer":
            return f"{w} {self.ch(EMPLOYER_TAILS)}"
        if kind == "church":
            return f"{self.ch(CHURCH_HEADS)} {self.ch(CHURCH_TAILS)} of {self.place()}"
        if self.chance(0.2):
            return f"{w} {self.ch(('Valley', 'County', 'Mercy', 'Lakes', 'Ridge'))} {self.ch(FACILITY_TAILS)}"
        return f"{w} {self.ch(FACILITY_TAILS)}"

    # -- dates -------------------------------------------------------------------------------------
    def day(self, lo: int = 2025, hi: int = 2027) -> dt.date:
        start = dt.date(lo, 1, 1).toordinal()
        return dt.date.fromordinal(self.r.randint(start, dt.date(hi, 12, 31).toordinal()))

    def dob(self, old: bool = False) -> dt.date:
        return self.day(1924, 1935) if old else self.day(1938, 2024)

    def fmt(self, x: dt.date, style: str | None = None) -> str:
        styles = ("mdY", "mdy", "md/Y", "BdY", "bd", "dbY", "ISO", "m-d-Y", "d.m.Y", "AmdY", "amd", "Bdth", "Bd", "dBY")
        style = style or self.ch(styles)
        m, d, y = x.month, x.day, x.year
        mon = MONTHS[m - 1]
        suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return {
            "mdY": f"{m:02d}/{d:02d}/{y}",
            "mdy": f"{m}/{d}/{y % 100:02d}",
            "md/Y": f"{m}/{d}/{y}",
            "BdY": f"{mon} {d}, {y}",
            "bd": f"{mon[:3]} {d}",
            "dbY": f"{d:02d}-{mon[:3].upper()}-{y}",
            "ISO": x.isoformat(),
            "m-d-Y": f"{m:02d}-{d:02d}-{y}",
            "d.m.Y": f"{d}.{m}.{y}",
            "AmdY": f"{WEEKDAYS[x.weekday()]}, {mon} {d}, {y}",
            "amd": f"{WEEKDAYS[x.weekday()][:3]} {m}/{d}",
            "Bdth": f"{mon} {d}{suf}",
            "Bd": f"{mon[:3]}. {d}" if mon != "May" else f"May {d}",
            "dBY": f"{d} {mon} {y}",
        }[style]

    def date(self, lo: int = 2025, hi: int = 2027, style: str | None = None) -> str:
        return self.fmt(self.day(lo, hi), style)

    def dob_str(self, old: bool = False) -> str:
        return self.fmt(
            self.dob(old), self.ch(("mdY", "mdY", "md/Y", "mdy", "BdY", "ISO", "dbY", "d.m.Y", "m-d-Y", "dBY"))
        )

    def age90(self) -> str:
        return str(self.r.choice((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104)))

    def age_young(self) -> str:
        return str(self.r.randint(1, 88))

    # -- identifiers -----------------------------------------------------------------------------
    def phone(self) -> str:
        a, b, c = self.r.randint(205, 989), self.r.randint(201, 989), self.digits(4)
        f = self.r.randrange(9)
        s = [
            f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"+1-{a}-{b}-{c}",
            f"{a} {b} {c}", f"1-{a}-{b}-{c}", f"({a}){b}-{c}", f"{a}{b}{c}",
        ][f]  # fmt: skip
        if self.chance(0.15):
            s += self.ch((" x", " ext. ", " ext ", ",,", " x.")) + str(self.r.randint(2, 4999))
        return s

    def email(self, pe: Person | None = None) -> str:
        pe = pe or self.person()
        g, s = pe.given.lower(), pe.surname.lower()
        user = self.ch(
            (
                f"{g}.{s}",
                f"{g[0]}{s}",
                f"{s}{self.r.randint(1, 99)}",
                f"{g}_{s[:4]}{self.r.randint(50, 2009)}",
                f"{g}{s[0]}",
            )
        )
        return f"{user}@{self.ch(FREE_MAIL)}"

    def url(self) -> str:
        slug = self._org_word().lower().replace(" ", "")
        return self.ch(
            (
                f"https://portal.{slug}health.org/visit/{self.letters(3).lower()}{self.digits(5)}",
                f"https://meet.{slug}-telehealth.com/j/{self.digits(10)}",
                f"www.{slug}clinic.net/pt/{self.digits(6)}",
                f"http://{slug}.care/r/{self.letters(6).lower()}",
                f"https://vv.{slug}med.us/room?id={self.digits(8)}",
            )
        )

    def ip(self) -> str:
        if self.chance(0.15):
            return (
                "2600:"
                + ":".join(f"{self.r.randrange(65536):x}" for _ in range(4))
                + "::"
                + f"{self.r.randrange(65536):x}"
            )
        first = self.ch((10, 73, 98, 172, 192, 24, 67, 108, 174))
        return f"{first}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def ssn(self) -> str:
        a, b, c = self.r.randint(101, 665), self.r.randint(10, 99), self.r.randint(1000, 9999)
        return self.ch((f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"))

    def mrn(self) -> str:
        return self.ch((self.digits(8), "E" + self.digits(7), f"{self.digits(3)}-{self.digits(3)}-{self.digits(2)}", "KA" + self.digits(6), self.digits(7) + "-" + self.letters(1), "00" + self.digits(6)))  # fmt: skip

    def health_plan(self) -> str:
        mbi = f"{self.r.randint(1, 9)}{self.letters(1)}{self.letters(1, 'ABCDEFGHJKMNPQRTUVWXY0123456789')}{self.digits(1)}-{self.letters(1)}{self.letters(1, 'ABCDEFGHJKMNPQRTUVWXY0123456789')}{self.digits(1)}-{self.letters(2)}{self.digits(2)}"  # fmt: skip
        return self.ch((mbi, f"{self.letters(3)}{self.digits(9)}", f"W{self.digits(9)}", f"{self.letters(2)}-{self.digits(7)}-0{self.r.randint(1, 4)}", f"{self.digits(11)}A", f"MCD{self.digits(8)}"))  # fmt: skip

    def account(self) -> str:
        return self.ch((f"{self.digits(4)}-{self.digits(4)}-{self.digits(2)}", f"G{self.digits(9)}", self.digits(10), f"HB{self.digits(7)}", f"{self.digits(6)}.{self.digits(3)}"))  # fmt: skip

    def license(self) -> str:
        return self.ch((f"{self.letters(1)}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}", f"{self.digits(9)}", f"{self.letters(2)}{self.digits(7)}", f"RN{self.digits(6)}", f"{self.letters(2)}{self.digits(7)}", f"LPN.{self.digits(5)}"))  # fmt: skip

    def plate(self) -> str:
        return self.ch((f"{self.digits(1)}{self.letters(3)}{self.digits(3)}", f"{self.letters(3)}-{self.digits(4)}", f"{self.letters(2)} {self.digits(5)}", f"{self.digits(3)} {self.letters(3)}"))  # fmt: skip

    def vin(self) -> str:
        return self.digits(1) + self.letters(4, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + self.digits(2) + self.letters(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + self.digits(8)  # fmt: skip

    def device(self) -> str:
        return self.ch((f"{self.letters(3)}{self.digits(6)}{self.letters(1)}", f"SN{self.digits(8)}", f"{self.digits(2)}-{self.letters(2)}{self.digits(5)}", f"(21){self.letters(2)}{self.digits(7)}", f"{self.letters(1)}{self.digits(4)}-{self.digits(4)}"))  # fmt: skip

    def idnum(self, prefix: str = "") -> str:
        body = self.ch((self.digits(7), f"{self.digits(2)}-{self.digits(5)}", f"{self.letters(2)}{self.digits(6)}", f"{self.digits(4)}{self.letters(1)}{self.digits(3)}"))  # fmt: skip
        return prefix + body

    # -- keep terms --------------------------------------------------------------------------------
    def code(self) -> str:
        return str(self.r.choices((self.ch(ICD), self.ch(CPT), self.ch(HCPCS)), weights=(5, 3, 2))[0])


# ---------------------------------------------------------------------------------------------
# messages family


def _m_nurse_chat(g: Gen, d: Doc) -> None:
    nurse = g.person("F")
    pt = g.person()
    t = f"{g.r.randint(1, 12)}:{g.r.randrange(60):02d} {g.ch(('PM', 'AM', 'pm'))}"
    d.t("Nurse Advice Line - chat transcript\nStarted ").p(g.date(2026, 2026, "mdY"), "DATE").t(f" {t}\n")
    d.t("Agent: ").p(nurse.given, "NAME").t(", RN joined the chat\n")
    d.t(g.ch(("Guest: ", "Visitor: ", "Caller (web): ")))
    rel = g.ch(("my mom", "my dad", "my husband", "my grandma", "my son", "my wife"))
    d.t(f"hi im writing for {rel} ")
    g.name(d, pt, g.ch(("full", "full", "lastfirst", "mid", "nick")), title=False)
    d.t(" born ").p(g.dob_str(), "DATE").t(". ")
    pick = g.r.randrange(3)
    if pick == 0:
        d.t("he has " if pt.sex == "M" else "she has ").k(g.ch(EPONYM_DISEASES), "eponym").t(" and ran out of ").k(
            g.ch(DRUGS), "drug"
        ).t(" today\n")
    elif pick == 1:
        d.t("fever 102 since this morning, on ").k(g.ch(DRUGS), "drug").t(" for ").k(g.ch(ICD), "code").t("\n")
    else:
        d.t("the ").k(g.ch(MANUFACTURERS), "manufacturer").t(" monitor keeps beeping, serial ").p(
            g.device(), "DEVICE"
        ).t("\n")
    d.t("Agent: ").p(nurse.given, "NAME").t(": I'm sorry to hear that. What's the best callback number?\n")
    d.t(g.ch(("Guest: ", "Visitor: ", "Caller (web): "))).p(g.phone(), "PHONE")
    if g.chance(0.5):
        d.t(" or my sister ").p(g.person().given, "NAME").t(" at ").p(g.phone(), "PHONE")
    d.t("\nAgent: ")
    if g.chance(0.5):
        d.t("Is the patient still at ").p(g.street_line(mail=False), "ADDRESS").t(" in ").p(g.place(), "LOCATION").t(
            "?"
        )
    else:
        d.t("Which pharmacy? ").t("Guest: ").p(g.facility("pharmacy"), "FACILITY").t(" by the Walmart")
    d.t("\nAgent: I've sent this to the on-call provider in ").k(g.ch(DEPARTMENTS), "department").t(". Ref #").p(g.idnum("NL"), "ID")  # fmt: skip


def _m_schedule_email(g: Gen, d: Doc) -> None:
    pt = g.person()
    dept = g.ch(DEPARTMENTS)
    d.t("Subject: Reschedule - ")
    d.p(g.render(pt, "lastfirst", "keep"), "NAME").t(" - MRN ").p(g.mrn(), "MRN").t("\n\n")
    d.t(g.ch(("Hello ", "Hi ", "Good morning ", "To the "))).k(dept, "department").t(" scheduling team,\n")
    d.t("I have an appointment on ").p(g.date(2026, 2027, g.ch(("AmdY", "BdY", "mdY", "amd"))), "DATE")
    d.t(" with ")
    doc = g.person()
    d.t("Dr. ").p(g.render(doc, g.ch(("last", "full", "inits")), "keep"), "NAME")
    d.t(" but I start a new job at ").p(g.facility("employer"), "FACILITY").t(" that week. ")
    d.t(g.ch(("Could we move it to ", "Is anything open around ", "Any chance of "))).p(g.date(2026, 2027, g.ch(("Bdth", "bd", "md/Y"))), "DATE").t("? ")  # fmt: skip
    if g.chance(0.5):
        d.t("The visit is for my ").k(g.ch(ICD), "code").t(" follow up and the ").k(g.ch(CPT), "code").t(" echo.\n")
    else:
        d.t("It's the ").k(g.ch(EPONYMS), "eponym").t(" recheck.\n")
    d.t("You can reach me at ").p(g.email(pt), "EMAIL").t(" or text ").p(g.phone(), "PHONE").t(".\n\n")
    d.t(g.ch(("Thanks,\n", "Best regards,\n", "Sincerely,\n", "-- \n")))
    g.name(d, pt, g.ch(("first", "full", "mid")), title=False)


def _m_billing(g: Gen, d: Doc) -> None:
    pt = g.person()
    ins = g.ch(INSURERS)
    d.t(g.ch(("To Patient Financial Services:\n", "RE: billing dispute\n", "Billing office,\n")))
    d.t("I am disputing the statement dated ").p(g.date(2026, 2026, g.ch(("mdY", "BdY", "dbY"))), "DATE").t(
        " for account "
    )
    d.p(g.account(), "ACCOUNT").t(". ")
    d.t("It charges CPT ").k(g.ch(CPT), "code").t(" twice and a ").k(g.ch(HCPCS), "code").t(
        " supply I never received. "
    )
    d.t("My primary is ").k(ins, "insurer").t(", member ID ").p(g.health_plan(), "HEALTH_PLAN")
    if g.chance(0.5):
        d.t(", and the claim # is ").p(g.idnum("CLM"), "ID")
    d.t(". ")
    if g.chance(0.5):
        d.t("The visit was at ").p(g.facility(), "FACILITY").t(" on ").p(g.date(2026, 2026, "md/Y"), "DATE").t(". ")
    d.t("Please mail the corrected bill to ").p(g.street_line(), "ADDRESS").t(", ").p(g.place(), "LOCATION").t(" ")
    d.t(g.state() + " ").p(g.zip(), "ZIP").t(".\n")
    g.name(d, pt, g.ch(("full", "lastfirstmid", "suffix", "hyph")), title=False)
    if g.chance(0.4):
        d.t("\nLast 4 of card on file not needed - SSN ").p(g.ssn(), "SSN")


def _m_rx_transfer(g: Gen, d: Doc) -> None:
    pt = g.person()
    drug = g.ch(DRUGS)
    d.t(g.ch(("Rx transfer request\n", "PRESCRIPTION TRANSFER\n", "")))
    d.t("Please transfer my ").k(drug, "drug").t(" from ").p(g.facility("pharmacy"), "FACILITY")
    d.t(" (").p(g.phone(), "PHONE").t(") to ").p(g.facility("pharmacy"), "FACILITY").t(" at ")
    d.p(g.street_line(mail=False), "ADDRESS").t(" in ").p(g.place(), "LOCATION").t(". ")
    d.t("Rx number ").p(g.digits(7), "ID").t(". ")
    d.t("Patient: ")
    g.name(d, pt, g.ch(("lastfirst", "full", "lastfirstmid")), title=False)
    d.t(", DOB ").p(g.dob_str(), "DATE").t(". ")
    if g.chance(0.5):
        d.t("Prescriber ")
        doc = g.person()
        d.p(g.render(doc, "full", "keep"), "NAME").t(", ").t(g.ch(("MD", "NP", "DO"))).t(" in ").k(g.ch(DEPARTMENTS), "department").t(". ")  # fmt: skip
    d.t("Insurance ").k(g.ch(INSURERS), "insurer").t(" ID# ").p(g.health_plan(), "HEALTH_PLAN").t(".")


def _m_excuse(g: Gen, d: Doc) -> None:
    parent = g.person()
    kid = g.person(loc=parent.loc)
    kid.surname = parent.surname
    if parent.loc == "bg_BG" and parent.sex != kid.sex:
        kid.surname = parent.surname[:-1] if parent.surname.endswith("a") else parent.surname + "a"
    school = g.ch((True, False))
    d.t(g.ch(("Hello, ", "hi ", "Good afternoon. ")))
    if school:
        d.t("my son " if kid.sex == "M" else "my daughter ")
        g.name(d, kid, g.ch(("full", "first", "full")), title=False)
        first = g.day(2026, 2026)
        last = first + dt.timedelta(days=g.r.randint(1, 6))
        style = g.ch(("md/Y", "bd", "Bdth", "mdy"))
        d.t(" missed ").p(g.facility("school"), "FACILITY").t(" from ").p(g.fmt(first, style), "DATE")
        d.t(" to ").p(g.fmt(last, style), "DATE").t(" because of the ").k(g.ch(EPONYM_DISEASES), "eponym")
        d.t(". The school nurse ")
        d.t("Mrs. ").p(g.person("F").surname, "NAME").t(" needs a note faxed to ").p(g.phone(), "FAX").t(". ")
    else:
        d.t("I need a work note for ").p(g.facility("employer"), "FACILITY").t(", my supervisor ")
        g.name(d, None, g.ch(("full", "last", "first")), title=False)
        d.t(" says HR wont accept the portal printout. I was seen in ").k(g.ch(DEPARTMENTS), "department").t(" on ")
        d.p(g.date(2026, 2026, g.ch(("amd", "AmdY", "mdy"))), "DATE").t(" for ").k(g.ch(ICD), "code").t(
            ". Employee ID "
        )
        d.p(g.idnum("E"), "ID").t(". ")
    d.t(g.ch(("Thank you, ", "thx ", "Regards, ")))
    g.name(d, parent, g.ch(("full", "first", "mid")), title=False)
    if g.chance(0.5):
        d.t(" ").p(g.phone(), "PHONE")


def _m_telehealth(g: Gen, d: Doc) -> None:
    pt = g.person()
    d.t(g.ch(("the video visit wont connect. ", "Telehealth problem: ", "HELP cant get into my video appt - ")))
    d.t("the link ").p(g.url(), "URL").t(" just spins. ")
    d.t(g.ch(("IT asked for my IP, it says ", "the error page shows ", "my router says ")))
    d.p(g.ip(), "IP").t(". ")
    d.t("Appt is ").p(g.date(2026, 2027, g.ch(("amd", "AmdY", "Bd"))), "DATE").t(" at 2:40 with ")
    doc = g.person()
    d.t(g.ch(("Dr. ", "dr ", "Dr "))).p(g.render(doc, "last", g.ch(("keep", "lower"))), "NAME").t(" (").k(
        g.ch(DEPARTMENTS), "department"
    ).t(")")
    d.t(". ")
    if g.chance(0.5):
        d.t("I'm on the ").k(g.ch(MANUFACTURERS), "manufacturer").t(" tablet they loaned me, asset tag ").p(
            g.device(), "DEVICE"
        ).t(". ")
    d.t("Call ").p(g.phone(), "PHONE").t(" - ")
    g.name(d, pt, g.ch(("first", "full", "inits")), title=False)


def _m_form(g: Gen, d: Doc) -> None:
    pt = g.person()
    sep = g.ch((": ", ":", " - ", ":  "))
    nl = "\n"
    d.t(g.ch(("NEW PATIENT INFORMATION" + nl, "Patient Registration Form (completed online)" + nl, "")))
    d.t("Name" + sep).p(g.render(pt, g.ch(("lastfirstmid", "lastfirst", "full")), g.ch(("keep", "upper"))), "NAME").t(
        nl
    )
    d.t(g.ch(("DOB", "Date of Birth", "D.O.B.", "Birthdate")) + sep).p(g.dob_str(), "DATE").t(nl)
    d.t("Sex" + sep + pt.sex + nl)
    if g.chance(0.6):
        d.t("SSN" + sep).p(g.ssn(), "SSN").t(nl)
    d.t("Street" + sep).p(g.street_line(), "ADDRESS").t(nl)
    d.t("City/State/ZIP" + sep).p(g.place(), "LOCATION").t(", " + g.state() + " ").p(g.zip(), "ZIP").t(nl)
    d.t(g.ch(("Cell", "Phone", "Best #")) + sep).p(g.phone(), "PHONE").t(nl)
    if g.chance(0.5):
        d.t("Email" + sep).p(g.email(pt), "EMAIL").t(nl)
    d.t("Insurance" + sep).k(g.ch(INSURERS), "insurer").t("  ID ").p(g.health_plan(), "HEALTH_PLAN").t(nl)
    if g.chance(0.5):
        d.t("Driver License #" + sep).p(g.license(), "LICENSE").t(nl)
    d.t("Emergency contact" + sep)
    ec = g.person()
    g.name(d, ec, g.ch(("full", "first")), title=False)
    d.t(" (" + g.ch(("spouse", "daughter", "neighbor", "son", "friend")) + ") ").p(g.phone(), "PHONE").t(nl)
    d.t("Employer" + sep).p(g.facility("employer"), "FACILITY").t(nl)
    d.t("Reason for visit" + sep).k(g.ch(ICD), "code").t(g.ch((" / knee pain", " sugar high", " refill", "")))


def _m_chw(g: Gen, d: Doc) -> None:
    chw = g.person()
    pt = g.person()
    old = g.chance(0.5)
    d.t("CHW home visit ").p(g.date(2026, 2026, g.ch(("md/Y", "mdy", "ISO"))), "DATE").t(". ")
    d.t("Met with ")
    g.name(d, pt, g.ch(("full", "last", "hyph", "double")), title=g.chance(0.4))
    if old:
        d.t(" (").p(g.age90(), "AGE").t(g.ch((" yo", " y/o", " years old")) + ")")
    else:
        d.t(f" ({g.age_young()} yo)")
    d.t(" at the trailer on ").p(g.street_line(mail=False), "ADDRESS").t(" outside ").p(g.place(), "LOCATION").t(". ")
    d.t("Needs ride to ").k(g.ch(("Dialysis Unit", "Infusion Center", "Wound Care", "Oncology")), "department").t(
        " 3x/wk; "
    )
    d.t("grandson drives a truck, plate ").p(g.plate(), "VEHICLE").t(". ")
    d.t("Uses ").k(g.ch(DRUGS), "drug").t(", pillbox set up. ")
    if g.chance(0.5):
        d.t("Food pantry at ").p(g.facility("church"), "FACILITY").t(" on Thursdays. ")
    d.t("-- ")
    g.name(d, chw, g.ch(("full", "first")), title=False, cred=True)


def _m_translated(g: Gen, d: Doc) -> None:
    pt = g.person()
    lang = {"bg_BG": "Bulgarian", "ka_GE": "Georgian", "hy_AM": "Armenian"}[pt.loc]
    d.t(f"[Message translated from {lang} by interpreter ID ").p(g.idnum(), "ID").t("]\n")
    d.t("Good day doctor. I am the father of ")
    g.name(d, pt, g.ch(("full", "first", "nick")), title=False)
    d.t(", we arrived from ").t(g.ch(COUNTRIES)).t(" on ").p(g.date(2026, 2026, g.ch(("dBY", "d.m.Y"))), "DATE")
    d.t(" and now we live at my cousin ").p(g.person().given, "NAME").t(" in ").p(g.place(), "LOCATION").t(". ")
    d.t("In our country the doctor gave ").k(g.ch(DRUGS), "drug").t(" for the ").k(g.ch(EPONYM_DISEASES), "eponym").t(
        ". "
    )
    d.t("The old clinic ").p(g.facility(), "FACILITY").t(" can send papers by email ").p(g.email(), "EMAIL").t(". ")
    d.t("Please telephone ").p(g.phone(), "PHONE").t(", speak slowly.")


def _m_nopunct(g: Gen, d: Doc) -> None:
    pt = g.person()
    kid = g.person()
    d.t(g.ch(("hi its ", "hey this is ", "yo its ", "hello its ")))
    g.name(d, pt, "first", title=False, case="lower")
    d.t(g.ch((" again ", " ", " from yesterday ")))
    d.t("my " + ("boy " if kid.sex == "M" else "girl ")).p(g.render(kid, "first", g.ch(("lower", "keep"))), "NAME")
    d.t(" has fever since " + g.ch(("tuesday", "last nite", "sunday")) + " and the ").k(g.ch(DRUGS), "drug").t(
        " aint working "
    )
    d.t("can dr ").p(g.render(g.person(), "last", "lower"), "NAME").t(" call me back ").p(g.phone(), "PHONE").t(" ")
    if g.chance(0.5):
        d.t("or we just go to ").p(g.facility(), "FACILITY").t(" ")
    d.t(g.ch(("thx", "pls", "ty", "asap")))


_DEVICE_TROUBLES = (
    ("Insulet", "pod", "keeps alarming"), ("Dexcom", "sensor", "stopped reading"), ("ResMed", "CPAP", "leaks at night"),
    ("Medtronic", "pump", "shows error 14"), ("Invacare", "wheelchair", "broke a wheel"), ("Cochlear", "processor", "cuts out"),
    ("Tandem Diabetes", "pump", "will not charge"), ("Abbott", "reader", "says sensor error"), ("Zoll", "LifeVest", "keeps beeping"),
    ("Philips Respironics", "BiPAP", "blows cold air"),
)  # fmt: skip


def _m_device(g: Gen, d: Doc) -> None:
    pt = g.person()
    mfr, thing, trouble = g.ch(_DEVICE_TROUBLES)
    d.t(g.ch(("Question about my device. ", "Device problem!! ", "", "URGENT? ")))
    d.t("My ").k(mfr, "manufacturer").t(" " + thing)
    d.t(" serial ").p(g.device(), "DEVICE").t(" " + trouble)
    d.t(" since ").p(g.date(2026, 2026, g.ch(("Bdth", "bd", "md/Y", "amd"))), "DATE").t(". ")
    d.t("Supplier billed ").k(g.ch(HCPCS), "code").t(" to ").k(g.ch(INSURERS), "insurer").t(". ")
    d.t("I'm ")
    g.name(d, pt, g.ch(("full", "lastfirst", "suffix")), title=False)
    d.t(", MRN ").p(g.mrn(), "MRN").t(", ").k(g.ch(DEPARTMENTS), "department").t(" patient.")


def _m_caregiver_old(g: Gen, d: Doc) -> None:
    pt = g.person()
    d.t(g.ch(("Hi, ", "Hello nurse, ", "")))
    d.t("this is ")
    g.name(d, None, g.ch(("first", "full")), title=False)
    d.t(", I take care of my " + ("grandfather " if pt.sex == "M" else "grandmother "))
    g.name(d, pt, g.ch(("full", "last", "particle", "suffix")), title=g.chance(0.5))
    d.t(". ")
    d.t(g.ch(("He" if pt.sex == "M" else "She", "They"))).t(" turned ").p(g.age90(), "AGE").t(" on ")
    d.p(g.date(2026, 2026, g.ch(("Bdth", "md/Y", "Bd"))), "DATE")
    d.t(" and fell twice this week. The ").k(g.ch(("Morse Fall Scale", "Braden Scale", "Romberg sign")), "eponym")
    d.t(" thing the PT did was bad. Still on ").k(g.ch(DRUGS), "drug").t(". ")
    d.t("Hospice from ").p(g.facility(), "FACILITY").t(" came out to ").p(g.street_line(mail=False), "ADDRESS").t(". ")
    d.t("Please call ").p(g.phone(), "PHONE").t(".")


def _m_records(g: Gen, d: Doc) -> None:
    pt = g.person()
    d.t("Records request: I authorize release of my ").k(g.ch(DEPARTMENTS), "department").t(" records from ")
    d.p(g.date(2025, 2025, g.ch(("mdY", "BdY"))), "DATE").t(" to present to ")
    d.p(g.facility(), "FACILITY").t(", fax ").p(g.phone(), "FAX").t(". ")
    d.t("Name ")
    g.name(d, pt, g.ch(("full", "mid", "double")), title=False)
    d.t(" DOB ").p(g.dob_str(), "DATE").t(" DL ").p(g.license(), "LICENSE").t(". ")
    d.t("Send a copy to ").p(g.email(pt), "EMAIL").t(" too. ")
    if g.chance(0.5):
        d.t("Photo ID on file, badge photo ").p(g.idnum("IMG-"), "ID").t(". ")
    d.t("Diagnosis ").k(g.ch(ICD), "code").t(".")


def _m_caps(g: Gen, d: Doc) -> None:
    pt = g.person()
    d.t("PLEASE HELP. MY " + g.ch(("MOTHER ", "FATHER ", "WIFE ")))
    g.name(d, pt, g.ch(("full", "lastfirst", "mid")), title=False, case="upper")
    d.t(" DOB ").p(g.dob_str(), "DATE").t(" WAS MOVED FROM ").p(g.facility().upper(), "FACILITY").t(" TO ")
    d.k(g.ch(("PICU", "MICU", "SICU", "NICU")), "department").t(" AND NOBODY CALLED ME. ")
    d.t("I AM ")
    g.name(d, None, g.ch(("full", "first", "last")), title=g.chance(0.5), case="upper")
    d.t(" AT ").p(g.phone(), "PHONE").t(". ")
    d.t("SHE HAS " if pt.sex == "F" else "HE HAS ").k(g.ch(EPONYM_DISEASES).upper(), "eponym").t(" AND TAKES ").k(
        g.ch(DRUGS).upper(), "drug"
    ).t(".")


def _m_staff_reply(g: Gen, d: Doc) -> None:
    pt = g.person()
    ma = g.person()
    d.t("Hi ").p(g.render(pt, g.ch(("first", "full")), "keep"), "NAME").t(",\n")
    d.t("Your ").k(g.ch(("80061", "85027", "87804")), "code").t(" lab from ").p(
        g.date(2026, 2026, g.ch(("md/Y", "bd"))), "DATE"
    )
    d.t(" (accession ").p(g.idnum("A"), "ID").t(") is back. ")
    d.t("Dr. ").p(g.render(g.person(), "last", "keep"), "NAME").t(" wants you to keep taking ").k(g.ch(DRUGS), "drug")
    d.t(" and recheck in ").k(g.ch(OUTPATIENT_DEPTS), "department").t(" at our ").p(g.place(), "LOCATION").t(
        " office, "
    )
    d.p(g.street_line(mail=False), "ADDRESS").t(". ")
    d.t("Reply here or call ").p(g.phone(), "PHONE").t(".\n")
    g.name(d, ma, g.ch(("first", "full")), title=False)
    d.t(", " + g.ch(("CMA", "MA", "RN", "LPN")) + " for ").p(g.facility(), "FACILITY")


def _m_move(g: Gen, d: Doc) -> None:
    pt = g.person()
    d.t(g.ch(("Address change. ", "we moved!! ", "Update my info please. ")))
    d.t("New mailing address is ").p(g.street_line(), "ADDRESS").t(", ").p(g.place(), "LOCATION")
    d.t(" " + g.state() + " ").p(g.zip(), "ZIP").t(". ")
    d.t("New cell ").p(g.phone(), "PHONE").t(". ")
    if g.chance(0.5):
        d.t("Old one was ").p(g.phone(), "PHONE").t(". ")
    d.t("Still have ").k(g.ch(INSURERS), "insurer").t(", new card # ").p(g.health_plan(), "HEALTH_PLAN").t(". ")
    d.t("- ")
    g.name(d, pt, g.ch(("full", "lastfirst", "first", "inits")), title=False)


def _m_mixedcase(g: Gen, d: Doc) -> None:
    pt = g.person()
    d.t(g.ch(("gOOd MORNING ", "Hi ", "HELLO ")))
    d.t("i Need My ").k(g.ch(DRUGS), "drug").t(" REFILL sent To ").p(g.facility("pharmacy"), "FACILITY")
    d.t(" my DOB is ").p(g.dob_str(), "DATE").t(" and Name is ")
    g.name(d, pt, g.ch(("full", "lastfirst")), title=False, case=g.ch(("upper", "lower", "keep")))
    d.t(" , i seen dR ").p(g.render(g.person(), "last", "upper"), "NAME").t(" in ").k(
        g.ch(DEPARTMENTS), "department"
    ).t(" LAST MONTH")
    if g.chance(0.5):
        d.t(" my acct # ").p(g.account(), "ACCOUNT")


def _m_vehicle(g: Gen, d: Doc) -> None:
    pt = g.person()
    d.t("Parking office: I got a ticket in the garage by ").k(g.ch(OUTPATIENT_DEPTS), "department").t(" on ")
    d.p(g.date(2026, 2026, g.ch(("md/Y", "mdY", "Bd"))), "DATE").t(" while my dad was in surgery. ")
    d.t("Car is a gray Camry, plate ").p(g.plate(), "VEHICLE").t(g.ch((" (Oregon)", " GA tag", "", " Texas plates"))).t(
        ", VIN "
    )
    d.p(g.vin(), "VEHICLE").t(". Handicap placard ").p(g.idnum("HP"), "ID").t(". ")
    d.t("Patient was ")
    g.name(d, pt, g.ch(("full", "lastfirst", "suffix")), title=g.chance(0.5))
    d.t(", room 4").t(g.digits(2)).t(". Thanks - ").p(g.person().given, "NAME")


def _m_biometric(g: Gen, d: Doc) -> None:
    pt = g.person()
    d.t("The palm-scan check-in at ").p(g.facility(), "FACILITY").t(" did not recognize me. ")
    d.t("Front desk said my biometric enrollment ID is ").p(g.idnum("BIO-"), "ID").t(" and to message here. ")
    d.t("I'm ")
    g.name(d, pt, g.ch(("full", "mid", "hyph")), title=False)
    d.t(", DOB ").p(g.dob_str(), "DATE").t(", ").k(g.ch(INSURERS), "insurer").t(" member ").p(
        g.health_plan(), "HEALTH_PLAN"
    ).t(". ")
    d.t("Visit was for ").k(g.ch(ICD), "code").t(".")


MESSAGE_KINDS: tuple[Callable[[Gen, Doc], None], ...] = (
    _m_nurse_chat, _m_schedule_email, _m_billing, _m_rx_transfer, _m_excuse, _m_telehealth, _m_form, _m_chw,
    _m_translated, _m_nopunct, _m_device, _m_caregiver_old, _m_records, _m_caps, _m_staff_reply, _m_move,
    _m_mixedcase, _m_vehicle, _m_biometric,
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# clinical family

_FILLER = (
    "Vitals: T 37.{d} C, HR {nn}, RR 18, SpO2 9{d}% on room air.",
    "Pain {d}/10, tolerating a regular diet.",
    "Lungs clear bilaterally; trace pedal edema.",
    "Skin warm and dry, no new bruising.",
    "Ambulates 40 ft with rolling walker, standby assist.",
    "Denies chest pain, dyspnea or dizziness.",
    "Education given on low-sodium diet; teach-back correct.",
    "A1c 8.{d}% in 2025, down from 9.{d}% in 2024.",
    "Allergies: sulfa (rash), latex.",
    "Code status reviewed: DNR/DNI, POLST on fridge.",
    "Fall precautions in place; bed alarm on.",
    "Glucose 1{nn} mg/dL before lunch.",
    "Incision clean, dry and intact without erythema.",
    "Weight {nn}.{d} kg, up 1.{d} kg since last week.",
    "Creatinine 1.{d}, potassium 4.{d}.",
    "Patient is a {nn}-year-old with a long smoking history, quit in 2019.",
    "Mood anxious but redirectable; slept 5 hours.",
    "Voiding without difficulty; last BM yesterday.",
    "Tolerated the visit well, no distress.",
    "Hearing aid in left ear; wears glasses.",
)
_KEEP_FILLER = (
    ("Continue {x} as prescribed.", "drug", DRUGS),
    ("Follow up with {x} in two weeks.", "department", DEPARTMENTS),
    (
        "{x} reviewed and documented.",
        "eponym",
        ("Braden Scale", "Morse Fall Scale", "Glasgow Coma Scale", "Wells score"),
    ),
    ("Billing: {x}.", "code", CPT),
    ("Secondary dx {x}.", "code", ICD),
    ("Coverage verified with {x}.", "insurer", INSURERS),
    ("Supplies ordered under {x}.", "code", HCPCS),
)


def _fill(g: Gen, d: Doc, lo: int = 0, hi: int = 9, sep: str = " ") -> None:
    """Non-PHI clinical sentences (a few carry keep terms), to vary length and bury the PHI."""
    for _ in range(g.r.randint(lo, hi)):
        if g.chance(0.3):
            tmpl, kind, pool = g.ch(_KEEP_FILLER)
            before, after = tmpl.split("{x}")
            d.t(before).k(g.ch(pool), kind).t(after + sep)
        else:
            sent = g.ch(_FILLER).replace("{nn}", str(g.r.randint(20, 88))).replace("{d}", str(g.r.randint(1, 9)))
            d.t(sent + sep)


def _c_specimen(g: Gen, d: Doc) -> None:
    pt = g.person()
    d.t("SPECIMEN LABEL\n").p(g.render(pt, "lastfirst", "upper"), "NAME").t("\n")
    d.t("DOB ").p(g.dob_str(), "DATE").t("  MRN ").p(g.mrn(), "MRN").t("\n")
    d.t("Coll ").p(g.date(2026, 2026, g.ch(("mdY", "mdy"))), "DATE").t(" 0630  Acc ").p(g.idnum("S"), "ID").t("\n")
    d.t("Test ").k(g.ch(CPT[:16]), "code").t("  Dx ").k(g.ch(ICD), "code").t("\n")
    d.t(g.ch(("Venous blood, 2 lavender tops", "Urine, clean catch", "Wound swab L heel", "Sputum, induced")) + "\n")
    d.t("Ordered by ")
    g.name(d, None, g.ch(("inits", "last", "full")), title=False, cred=True)
    d.t("  Loc ").k(g.ch(DEPARTMENTS), "department")


def _c_triage(g: Gen, d: Doc) -> None:
    pt = g.person()
    d.t("ED TRIAGE NOTE\n")
    d.t("Arrival: ").p(g.date(2026, 2026, g.ch(("mdY", "dbY"))), "DATE").t(
        f" {g.r.randint(0, 23):02d}{g.r.randrange(60):02d}"
    )
    d.t(" by " + g.ch(("private vehicle", "EMS", "walk-in", "police")) + "\n")
    d.t("Pt: ").p(g.render(pt, "lastfirst", "upper"), "NAME").t("  MRN: ").p(g.mrn(), "MRN").t("  Age: ")
    if g.chance(0.4):
        d.p(g.age90(), "AGE")
    else:
        d.t(g.age_young())
    d.t("\nCC: " + g.ch(("chest pain", "fall", "SOB", "abd pain", "confusion", "laceration L hand")) + "\n")
    _fill(g, d, 0, 6)
    d.t("\nESI 2. ").k("Glasgow Coma Scale", "eponym").t(f" {g.r.randint(9, 15)}. Hx ").k(g.ch(EPONYM_DISEASES), "eponym").t(", on ").k(g.ch(DRUGS), "drug").t(".\n")  # fmt: skip
    if g.chance(0.5):
        d.t("EMS run sheet from ").p(g.place() + " Fire Rescue", "FACILITY").t(f", medic unit {g.r.randint(2, 40)}.\n")
    else:
        d.t("Drove self; car (plate ").p(g.plate(), "VEHICLE").t(") left in the ambulance bay.\n")
    d.t("Brought by ")
    g.name(d, None, g.ch(("full", "first")), title=False)
    d.t(" (" + g.ch(("son", "neighbor", "wife", "caregiver")) + ", ").p(g.phone(), "PHONE").t(").\n")
    d.t("Triage: ")
    g.name(d, None, g.ch(("inits", "full", "lastfirst")), title=False, cred=True)
    d.t("\nDx code ").k(g.ch(ICD), "code").t("; ").k(g.ch(("Cardiology", "Neurology", "Orthopedics")), "department").t(
        " paged."
    )


def _c_sbar(g: Gen, d: Doc) -> None:
    pt = g.person()
    d.t("SBAR handoff - " + g.ch(("night to day", "day to night", "ICU to floor")) + ", ").p(
        g.date(2026, 2026, g.ch(("md/Y", "amd"))), "DATE"
    ).t("\n")
    d.t("S: ")
    g.name(d, pt, g.ch(("full", "lastfirst", "last", "mid")), title=g.chance(0.5))
    d.t(", bed 12, ")
    if g.chance(0.5):
        d.p(g.age90(), "AGE").t("yo")
    else:
        d.t(g.age_young() + "yo")
    d.t(", admitted for ").k(g.ch(ICD), "code").t(".\n")
    d.t("B: hx ").k(g.ch(EPONYM_DISEASES), "eponym").t("; lives with daughter ")
    g.name(d, None, g.ch(("first", "full")), title=False)
    d.t(" in ").p(g.place(), "LOCATION").t(".\n")
    d.t("A: BP 142/88, on ").k(g.ch(DRUGS), "drug").t(" scheduled, ").k("Foley catheter", "eponym").t(" in place. ")
    _fill(g, d, 0, 18)
    d.t("\n")
    d.t("R: ").k(g.ch(DEPARTMENTS), "department").t(" to see in AM; family wants call at ").p(g.phone(), "PHONE").t(
        ".\n"
    )
    d.t("Off-going: ")
    g.name(d, None, g.ch(("full", "first", "inits")), title=False, cred=True)
    d.t(" / on-coming: ")
    g.name(d, None, g.ch(("full", "first", "inits")), title=False, cred=True)


def _c_radiology(g: Gen, d: Doc) -> None:
    pt = g.person()
    d.t("RADIOLOGY REPORT\n")
    d.t("Patient: ").p(g.render(pt, g.ch(("lastfirstmid", "lastfirst")), g.ch(("upper", "keep"))), "NAME").t("\n")
    d.t("DOB: ").p(g.dob_str(), "DATE").t("   MRN: ").p(g.mrn(), "MRN").t("   Acc#: ").p(g.idnum("RAD"), "ID").t("\n")
    d.t("Exam: CPT ").k(g.ch(("71045", "74176", "70551", "73721", "76805")), "code").t(" performed ")
    d.p(g.date(2026, 2026, g.ch(("mdY", "dbY", "BdY"))), "DATE").t(" at ").p(g.facility(), "FACILITY").t("\n")
    d.t("Indication: ").k(g.ch(ICD), "code").t(" r/o ").k(g.ch(("Baker cyst", "Colles fracture", "Crohn disease", "Barrett esophagus")), "eponym").t("\n")  # fmt: skip
    d.t("Comparison: outside study from ").p(g.place(), "LOCATION").t(", ").p(g.date(2025, 2025, "md/Y"), "DATE").t(
        ".\n"
    )
    d.t("Findings: No acute abnormality. Mild degenerative change. ")
    if g.chance(0.5):
        d.t("Heart size normal. No effusion. No pneumothorax. Osseous structures intact for age. ")
    d.k(g.ch(("Medtronic", "Boston Scientific", "Abbott", "Zoll")), "manufacturer").t(" device, serial ")
    d.p(g.device(), "DEVICE").t(", projects over the left chest.\n")
    d.t("Impression: Stable.\nRead by: ")
    g.name(d, None, g.ch(("full", "mid", "inits")), title=g.chance(0.6), cred=True)
    d.t(", ").k("Radiology", "department").t("\nWorkstation ").p(g.ip(), "IP")


def _c_fax(g: Gen, d: Doc) -> None:
    d.t("FAX COVER SHEET\n")
    d.t("Date: ").p(g.date(2026, 2026, g.ch(("mdY", "md/Y", "BdY"))), "DATE").t("\n")
    d.t("To: ")
    g.name(d, None, g.ch(("full", "inits", "lastfirst")), title=g.chance(0.6))
    d.t(", ").k(g.ch(DEPARTMENTS), "department").t("\n")
    d.t("Facility: ").p(g.facility(), "FACILITY").t("\n")
    d.t("Fax: ").p(g.phone(), "FAX").t("   Phone: ").p(g.phone(), "PHONE").t("\n")
    d.t("From: ")
    g.name(d, None, g.ch(("full", "first")), title=False, cred=g.chance(0.5))
    d.t(", ").p(g.facility(), "FACILITY").t("\n")
    d.t("Fax: ").p(g.phone(), "FAX").t("\n")
    d.t("Re: ")
    pt = g.person()
    g.name(d, pt, g.ch(("lastfirst", "full", "lastfirstmid")), title=False)
    d.t(" DOB ").p(g.dob_str(), "DATE").t(" - prior auth for ").k(g.ch(HCPCS), "code").t(" / ").k(g.ch(ICD), "code").t(
        "\n"
    )
    d.t("Pages (incl. cover): " + str(g.r.randint(2, 14)) + "\n")
    d.t("CONFIDENTIAL: This transmission contains protected health information. If received in error call ")
    d.p(g.phone(), "PHONE").t(".")


def _c_consult(g: Gen, d: Doc) -> None:
    pt = g.person()
    dept = g.ch(("Nephrology", "Rheumatology", "Hematology", "Endocrinology", "Neurology"))
    d.k(dept, "department").t(" Consult Note\n")
    d.t("Requested by ")
    g.name(d, None, g.ch(("full", "last", "inits")), title=True)
    d.t(" on ").p(g.date(2026, 2026, g.ch(("mdY", "BdY", "AmdY"))), "DATE").t(".\n")
    d.t("Reason: ").k(g.ch(EPONYM_DISEASES), "eponym").t(" with ").k(g.ch(ICD), "code").t(".\n")
    d.t("HPI: ")
    g.name(d, pt, g.ch(("full", "last", "mid")), title=g.chance(0.6))
    d.t(
        " is a "
        + str(g.r.randint(19, 88))
        + "-year-old "
        + g.ch(("retired teacher", "farm worker", "truck driver", "nurse aide"))
    )
    d.t(" from ").p(g.place(), "LOCATION").t(", ").t(g.state()).t(", previously followed at ").p(
        g.facility(), "FACILITY"
    )
    d.t(" until " + str(g.r.randint(2015, 2024)) + ". ")
    d.t("Takes ").k(g.ch(DRUGS), "drug").t(" and ").k(g.ch(DRUGS), "drug").t(". ")
    d.t("Sister ")
    g.name(d, None, "first", title=False)
    d.t(" had similar symptoms.\n")
    _fill(g, d, 1, 22)
    d.t("\nPlan: labs ").k(g.ch(CPT), "code").t(", start ").k(g.ch(DRUGS), "drug").t(". Will follow.\n")
    g.name(d, None, g.ch(("full", "mid")), title=False, cred=g.ch(("MD", "DO", "NP", "M.D.")))
    d.t(", pager ").p(g.phone(), "PHONE")


def _c_opnote(g: Gen, d: Doc) -> None:
    pt = g.person()
    d.t("BRIEF OPERATIVE NOTE\n")
    d.t("Patient: ").p(g.render(pt, g.ch(("lastfirst", "full")), "keep"), "NAME").t("  MRN ").p(g.mrn(), "MRN").t("\n")
    d.t("Date of surgery: ").p(g.date(2026, 2026, g.ch(("mdY", "dbY"))), "DATE").t("\n")
    d.t("Surgeon: ")
    g.name(d, None, g.ch(("full", "mid", "lastfirst")), title=g.chance(0.5), cred=g.ch(("MD", "DO", "MD, FACS")))
    d.t("\nAssistant: ")
    g.name(d, None, g.ch(("full", "inits")), title=False, cred=True)
    proc = g.ch(("Whipple procedure", "43239", "47562", "29888"))
    d.t("\nProcedure: ").k(proc, "eponym" if proc.startswith("W") else "code")
    d.t("\nPre-op dx: ").k(g.ch(ICD), "code").t("\nImplant: ").k(g.ch(("Stryker", "Medtronic", "Boston Scientific", "Abbott")), "manufacturer")  # fmt: skip
    d.t(" lot/serial ").p(g.device(), "DEVICE").t("\nEBL 150 mL. Specimens to pathology. ")
    _fill(g, d, 0, 7)
    d.t("\n")
    d.t("Disposition: ").k(g.ch(("SICU", "PACU", "Step-Down Unit")), "department").t(", stable. Wife ")
    g.name(d, None, g.ch(("first", "full")), title=False)
    d.t(" updated at ").p(g.phone(), "PHONE").t(".")


_DC_BULLETS = (
    "Keep the dressing dry for 48 hours, then wash gently with soap and water.",
    "Walk at least three times a day; do not lift more than 10 pounds.",
    "Check your blood sugar before meals and at bedtime and write it down.",
    "Weigh yourself every morning; call if you gain 3 pounds in a day.",
    "Do not drive while taking the pain medicine.",
    "Drink 6 to 8 glasses of water a day unless told otherwise.",
    "Bring this paper and all your pill bottles to your next visit.",
)


def _c_dc_instructions(g: Gen, d: Doc) -> None:
    pt = g.person()
    d.t("Discharge Instructions for ")
    g.name(d, pt, g.ch(("full", "first", "mid")), title=False)
    d.t("\nYou were seen in ").k(g.ch(DEPARTMENTS), "department").t(" at ").p(g.facility(), "FACILITY").t(" on ")
    d.p(g.date(2026, 2026, g.ch(("BdY", "AmdY", "md/Y"))), "DATE").t(" for ").k(g.ch(EPONYM_DISEASES), "eponym").t(
        ".\n"
    )
    d.t("* Take ").k(g.ch(DRUGS), "drug").t(" twice a day with food.\n")
    d.t("* Stop ").k(g.ch(DRUGS), "drug").t(" until your follow-up.\n")
    d.t("* Your follow-up is ").p(g.date(2026, 2027, g.ch(("AmdY", "Bdth", "amd"))), "DATE").t(" with ")
    g.name(d, None, g.ch(("full", "last")), title=True)
    d.t(" at ").p(g.street_line(mail=False), "ADDRESS").t(", ").p(g.place(), "LOCATION").t(".\n")
    d.t("* Questions? Call the nurse line ").p(g.phone(), "PHONE").t(" or visit ").p(g.url(), "URL").t(".\n")
    for line in g.r.sample(_DC_BULLETS, g.r.randint(0, len(_DC_BULLETS))):
        d.t("* " + line + "\n")
    d.t("Return to the ER for chest pain, fainting, or fever over 101.")


def _c_appeal(g: Gen, d: Doc) -> None:
    pt = g.person()
    ins = g.ch(INSURERS)
    d.p(g.date(2026, 2026, "BdY"), "DATE").t("\n\n")
    d.k(ins, "insurer").t(" Appeals Department\nRe: Level 1 appeal, claim ").p(g.idnum("CLM-"), "ID").t("\n")
    d.t("Member: ").p(g.render(pt, g.ch(("full", "lastfirstmid", "suffix")), "keep"), "NAME").t("\n")
    d.t("Member ID: ").p(g.health_plan(), "HEALTH_PLAN").t("   DOB: ").p(g.dob_str(), "DATE").t("\n\n")
    d.t("To whom it may concern,\nI am writing to appeal the denial of ").k(g.ch(HCPCS), "code").t(" (")
    d.k(g.ch(DRUGS), "drug").t(") for my patient, who has ").k(g.ch(EPONYM_DISEASES), "eponym").t(" (").k(
        g.ch(ICD), "code"
    ).t("). ")
    d.t("Step therapy with ").k(g.ch(DRUGS), "drug").t(" failed in " + str(g.r.randint(2019, 2025)) + ". ")
    _fill(g, d, 0, 14)
    d.t("Denial letter dated ").p(g.date(2026, 2026, g.ch(("mdY", "BdY"))), "DATE").t(" cites policy MP-114.\n\n")
    d.t("Sincerely,\n")
    g.name(d, None, g.ch(("full", "mid")), title=False, cred=True)
    d.t("\n").k(g.ch(DEPARTMENTS), "department").t(", ").p(g.facility(), "FACILITY").t("\n")
    d.t("NPI on file. Tel ").p(g.phone(), "PHONE").t("  Fax ").p(g.phone(), "FAX")


def _c_death_transfer(g: Gen, d: Doc) -> None:
    pt = g.person()
    if g.chance(0.5):
        d.t("DEATH CERTIFICATE WORKSHEET\n")
        d.t("Decedent: ").p(g.render(pt, g.ch(("lastfirstmid", "lastfirst")), "upper"), "NAME").t("\n")
        d.t("SSN: ").p(g.ssn(), "SSN").t("   Age: ").p(g.age90(), "AGE").t("\n")
        d.t("Date of death: ").p(g.date(2026, 2026, g.ch(("mdY", "BdY"))), "DATE").t("  Time 0412\n")
        d.t("Place of death: ").p(g.facility(), "FACILITY").t(", ").p(g.place(), "LOCATION").t(", ").t(g.state()).t(
            "\n"
        )
        d.t("Residence: ").p(g.street_line(mail=False), "ADDRESS").t(", ").p(g.place(), "LOCATION").t(" ").p(
            g.zip(), "ZIP"
        ).t("\n")
        d.t("Informant: ")
        g.name(d, None, g.ch(("full", "hyph")), title=False)
        d.t(" (" + g.ch(("daughter", "son", "spouse", "niece")) + ")\n")
        d.t("Cause (a): ").k(g.ch(ICD), "code").t("  due to (b): ").k(g.ch(EPONYM_DISEASES), "eponym").t("\n")
        d.t("Certifier: ")
        g.name(d, None, g.ch(("full", "mid")), title=False, cred=g.ch(("MD", "DO", "M.D.")))
        d.t(", license ").p(g.license(), "LICENSE").t("\nFuneral home: ").p(f"{g._org_word()} Funeral Home", "FACILITY")
    else:
        d.t("INTERFACILITY TRANSFER FORM\n")
        d.t("Patient: ").p(g.render(pt, g.ch(("lastfirst", "full")), "keep"), "NAME").t("  DOB ").p(
            g.dob_str(), "DATE"
        ).t("\n")
        d.t("Sending: ").p(g.facility(), "FACILITY").t(" ").k(g.ch(DEPARTMENTS), "department").t("\n")
        d.t("Receiving: ").p(g.facility(), "FACILITY").t(", accepting ")
        g.name(d, None, g.ch(("full", "last")), title=True)
        d.t("\nReason: ").k(g.ch(ICD), "code").t("; higher level of care\n")
        d.t("Transport: ").p(g.place() + " County EMS", "FACILITY").t(
            f", ALS unit {g.r.randint(2, 40)}; wife following, plate "
        )
        d.p(g.plate(), "VEHICLE").t("\n")
        d.t("Insurance: ").k(g.ch(INSURERS), "insurer").t(" ").p(g.health_plan(), "HEALTH_PLAN").t("\n")
        d.t("Report called to ")
        g.name(d, None, "first", title=False, cred=True)
        d.t(" at ").p(g.phone(), "PHONE").t(" on ").p(g.date(2026, 2026, "md/Y"), "DATE")


def _c_lab_req(g: Gen, d: Doc) -> None:
    pt = g.person()
    d.t("LAB REQUISITION\n")
    d.t("Patient | ").p(g.render(pt, "lastfirst", g.ch(("upper", "keep"))), "NAME").t("\n")
    d.t("DOB | ").p(g.dob_str(), "DATE").t("\n")
    d.t("MRN | ").p(g.mrn(), "MRN").t("\n")
    d.t("Bill to | ").k(g.ch(INSURERS), "insurer").t(" / ").p(g.health_plan(), "HEALTH_PLAN").t("\n")
    d.t("Ordering | ")
    g.name(d, None, g.ch(("inits", "lastfirst", "full")), title=False, cred=True)
    d.t("\nTests | ").k(g.ch(CPT[:16]), "code").t(", ").k(g.ch(CPT[:16]), "code").t("\n")
    d.t("Dx | ").k(g.ch(ICD), "code").t("\n")
    d.t("Collected | ").p(g.date(2026, 2026, g.ch(("mdY", "ISO", "dbY"))), "DATE").t(" 07:55 by ")
    g.name(d, None, "first", title=False)
    d.t("\nOrder # | ").p(g.idnum("ORD"), "ID").t("\nResults to | ").p(g.phone(), "FAX").t(" (fax)")


def _c_home_health(g: Gen, d: Doc) -> None:
    pt = g.person()
    d.t("Home Health Skilled Nursing Visit\n")
    d.t("Visit date: ").p(g.date(2026, 2026, g.ch(("md/Y", "mdY", "AmdY"))), "DATE").t("  Agency: ").p(
        g.facility(), "FACILITY"
    ).t("\n")
    d.t("Pt ")
    g.name(d, pt, g.ch(("full", "last", "lastfirst")), title=g.chance(0.5))
    d.t(" seen at home, ").p(g.street_line(mail=False), "ADDRESS").t(", ").p(g.place(), "LOCATION").t(". ")
    d.t("Gate code given by son ")
    g.name(d, None, "first", title=False)
    d.t(". ").k("Braden Scale", "eponym").t(" 14. Sacral wound 2x3 cm, ").k(g.ch(HCPCS), "code").t(
        " dressing applied. "
    )
    d.t("Oxygen concentrator (").k(g.ch(("Invacare", "Philips Respironics", "ResMed")), "manufacturer").t(") SN ").p(
        g.device(), "DEVICE"
    ).t(". ")
    d.t("Meds reviewed: ").k(g.ch(DRUGS), "drug").t(", ").k(g.ch(DRUGS), "drug").t(". ")
    _fill(g, d, 0, 20)
    d.t("Next visit ").p(g.date(2026, 2026, g.ch(("amd", "Bd"))), "DATE").t(". ")
    g.name(d, None, g.ch(("full", "inits")), title=False, cred=True)


def _c_hospice(g: Gen, d: Doc) -> None:
    pt = g.person()
    d.t("Hospice RN visit note - ").p(g.facility(), "FACILITY").t("\n")
    g.name(d, pt, g.ch(("full", "last", "suffix", "particle")), title=g.chance(0.6))
    d.t(", ").p(g.age90(), "AGE").t(g.ch(("-year-old", " y.o.", " yrs")) + ", terminal dx ").k(g.ch(("Alzheimer disease", "Parkinson disease", "Hodgkin lymphoma")), "eponym")  # fmt: skip
    d.t(" (").k(g.ch(("G30.1", "G20.A1", "Z51.5", "C34.12")), "code").t("). ")
    d.t("Comfort meds: ").k(g.ch(("lorazepam", "haloperidol", "oxycodone")), "drug").t(". ")
    _fill(g, d, 0, 18)
    d.t("Chaplain from ").p(g.facility("church"), "FACILITY").t(" visited. ")
    d.t("Family: daughter ")
    g.name(d, None, g.ch(("full", "first")), title=False)
    d.t(" ").p(g.phone(), "PHONE").t(", email ").p(g.email(), "EMAIL").t(". ")
    d.t("Benefit period started ").p(g.date(2026, 2026, g.ch(("mdY", "Bdth"))), "DATE").t(", ").k(
        "Medicare", "insurer"
    ).t(" MBI ")
    d.p(g.health_plan(), "HEALTH_PLAN").t(". Visit by ")
    g.name(d, None, g.ch(("first", "full")), title=False, cred=True)


def _c_immunization(g: Gen, d: Doc) -> None:
    pt = g.person()
    d.t("IMMUNIZATION RECORD\n")
    d.t("Name: ").p(g.render(pt, g.ch(("lastfirst", "full", "lastfirstmid")), "keep"), "NAME").t("   DOB: ").p(
        g.dob_str(), "DATE"
    ).t("\n")
    d.t("School: ").p(g.facility("school"), "FACILITY").t("\n")
    d.t("Vaccine | Date | Lot | Given by\n")
    for _ in range(g.r.randint(2, 4)):
        d.k(g.ch(("90715", "90472", "G0009", "90686", "90651")), "code").t(" | ").p(
            g.date(2025, 2026, g.ch(("mdY", "md/Y"))), "DATE"
        )
        d.t(" | ").t(g.letters(2) + g.digits(4)).t(" | ")
        g.name(d, None, g.ch(("inits", "last", "first")), title=False, cred=g.chance(0.4))
        d.t("\n")
    d.t("State registry ID: ").p(g.idnum(), "ID").t("\nParent/guardian: ")
    g.name(d, None, g.ch(("full", "hyph")), title=False)


def _c_occ_health(g: Gen, d: Doc) -> None:
    pt = g.person()
    d.t("OCCUPATIONAL HEALTH - WORK STATUS REPORT\n")
    d.t("Employee: ")
    g.name(d, pt, g.ch(("full", "lastfirst", "suffix")), title=False)
    d.t("  Emp ID ").p(g.idnum("E"), "ID").t("\n")
    d.t("Employer: ").p(g.facility("employer"), "FACILITY").t(", ").p(g.place(), "LOCATION").t("\n")
    d.t("Date of injury: ").p(g.date(2026, 2026, g.ch(("mdY", "BdY"))), "DATE").t("   WC claim ").p(
        g.idnum("WC"), "ID"
    ).t("\n")
    d.t("Dx: ").k(g.ch(("S52.521A", "M54.16", "S06.5X0A", "T50.905A")), "code").t("; ").k(g.ch(("Tinel sign", "Romberg sign", "Colles fracture")), "eponym").t(" noted\n")  # fmt: skip
    _fill(g, d, 0, 8)
    d.t("\nForklift cert/license ").p(g.license(), "LICENSE").t(" suspended until cleared.\n")
    d.t("Restrictions: no lifting > 10 lb until ").p(g.date(2026, 2027, g.ch(("md/Y", "Bdth"))), "DATE").t(". PT in ")
    d.k("Physical Therapy", "department").t(", CPT ").k("97161", "code").t(".\n")
    d.t("Examiner: ")
    g.name(d, None, g.ch(("full", "mid")), title=False, cred=True)


def _c_tab_table(g: Gen, d: Doc) -> None:
    d.t("Care team contact list printed ").p(g.date(2026, 2026, "mdY"), "DATE").t("\n")
    d.t("Role\tName\tPhone\tNote\n")
    pt = g.person()
    d.t("Patient\t").p(g.render(pt, "lastfirst", "keep"), "NAME").t("\t").p(g.phone(), "PHONE").t("\tDOB ").p(
        g.dob_str(), "DATE"
    ).t("\n")
    for role in g.r.sample(("PCP", "Cardiology", "Case mgr", "Daughter", "Pharmacy", "Home health", "Neighbor"), 4):
        if role == "Cardiology":
            d.k(role, "department")
        else:
            d.t(role)
        d.t("\t")
        if role == "Pharmacy":
            d.p(g.facility("pharmacy"), "FACILITY")
        elif role == "Home health":
            d.p(g.facility(), "FACILITY")
        else:
            g.name(d, None, g.ch(("full", "lastfirst", "first", "inits")), title=role in ("PCP", "Cardiology"))
        d.t("\t").p(g.phone(), g.ch(("PHONE", "FAX")) if role in ("PCP", "Pharmacy", "Home health") else "PHONE").t(
            "\t"
        )
        d.t(g.ch(("", "prefers text", "after 5pm", "Spanish")) + "\n")
    d.t("Coverage\t").k(g.ch(INSURERS), "insurer").t("\t").p(g.health_plan(), "HEALTH_PLAN").t("\t\n")
    d.t("Dx\t").k(g.ch(ICD), "code").t("\t\t").k(g.ch(DRUGS), "drug")


def _c_pipe_table(g: Gen, d: Doc) -> None:
    d.t("| MRN | Patient | DOB | Room | Attending | Code |\n|---|---|---|---|---|---|\n")
    for _ in range(g.r.randint(3, 5)):
        pt = g.person()
        d.t("| ").p(g.mrn(), "MRN").t(" | ").p(
            g.render(pt, g.ch(("lastfirst", "full", "lastfirstmid")), g.ch(("keep", "upper"))), "NAME"
        )
        d.t(" | ").p(g.dob_str(g.chance(0.2)), "DATE").t(" | " + str(g.r.randint(200, 699)) + " | ")
        d.p(g.render(g.person(), "last", "keep"), "NAME").t(" | ").k(g.ch(ICD), "code").t(" |\n")
    d.t("Unit: ").k(g.ch(("MICU", "SICU", "Step-Down Unit", "PICU")), "department").t(". Census called to ")
    d.p(g.phone(), "PHONE").t(" at shift change.")


CLINICAL_KINDS: tuple[Callable[[Gen, Doc], None], ...] = (
    _c_triage, _c_sbar, _c_radiology, _c_fax, _c_consult, _c_opnote, _c_dc_instructions, _c_appeal,
    _c_death_transfer, _c_lab_req, _c_home_health, _c_hospice, _c_immunization, _c_occ_health, _c_tab_table,
    _c_pipe_table, _c_specimen,
)  # fmt: skip

KINDS = {"messages": MESSAGE_KINDS, "clinical": CLINICAL_KINDS}


# ---------------------------------------------------------------------------------------------


def _row(doc: Doc, family: str, i: int) -> dict | None:
    text = doc.text
    if not text.isascii():
        return None
    phi: list[dict[str, Any]] = [{"start": s, "end": e, "type": t} for s, e, t in sorted(doc.phi)]
    keep: list[str] = []
    kinds: dict[str, str] = {}
    for s, e, kind in doc.keeps:
        term = text[s:e]
        if term in kinds and kinds[term] != kind:
            return None
        if term not in kinds:
            keep.append(term)
            kinds[term] = kind
    for term in keep:  # a keep term must never occur inside (or across) a PHI span
        for m in re.finditer(re.escape(term), text):
            if any(p["start"] < m.end() and m.start() < p["end"] for p in phi):
                return None
    if family == "clinical" and not 150 <= len(text) <= 1500:
        return None
    return {"id": f"eval5-{family}-{i}", "family": family, "text": text, "phi": phi, "keep": keep, "keep_kinds": kinds}


def generate(family: str, n: int, seed: int) -> list[dict]:
    """n annotated rows of one family, reproducible from the seed."""
    if family not in KINDS:
        raise ValueError(f"unknown family {family!r}; one of {FAMILIES}")
    rng = random.Random(seed)
    g = Gen(rng, Pools())
    kinds = list(KINDS[family])
    rows: list[dict] = []
    seen: set[str] = set()
    order: list[Callable[[Gen, Doc], None]] = []
    while len(rows) < n:
        if not order:
            order = kinds[:]
            rng.shuffle(order)
        make = order.pop()
        for _ in range(50):
            doc = Doc()
            make(g, doc)
            row = _row(doc, family, len(rows))
            if row is not None and row["text"] not in seen:
                seen.add(row["text"])
                rows.append(row)
                break
        else:
            raise RuntimeError(f"{make.__name__} kept failing its checks")
    return rows


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--family", choices=FAMILIES, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args(argv)
    rows = generate(a.family, a.n, a.seed)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(dumps(rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {a.out}")


if __name__ == "__main__":
    main()
