"""Independent de-identification evaluation set ("eval3"), written by other hands.

Why this set exists. The earlier evaluation sets were written by the project's own generators, with
the sentence shapes, word lists and locales the de-identifier was built next to. A measurement on
text written by other people found recall much lower than those sets reported, so this module
writes a third family from scratch: its own templates, writing styles (lower case, no punctuation,
text-speak, shouting, typos, signatures), its own clinical document layouts and its own keep-term
lists. It reads nothing from the de-identifier or the other generators; its names, places and
organisations come only from Faker locales that no locale tuple in the project uses:

* names: fr_CH, fr_BE, fr_DZ, en_TH, ha_NG, sw, uz_UZ, de_LI, de_LU, es_CA (first names only),
  ja_JP and zh_CN (romanized names only);
* cities and neighbourhoods: fr_CH, fr_DZ, en_BD, en_MS;
* organisations: built from fr_DZ company names and the surnames and towns of fr_DZ, fr_CH, fr_BE,
  de_LU, sw, uz_UZ and en_BD.

The test checks that these are disjoint from GAZETTEER_LOCALES, UNSEEN_LOCALES and the NAME/CITY/ORG
locale tuples of tools/deid/evalset.py and medcode/training/deid_corpus.py, and that every Faker
table read here is the locale's own, not inherited from a used locale. Nothing in the project is
tuned, trained or thresholded on this set: it is for measurement only.

Two families:

* ``messages``: short patient-written portal messages, texts and questions (1-4 sentences);
* ``clinical``: discharge summaries, referral letters, consults, operative notes, ED notes,
  nursing handoffs, radiology reports, letters to insurers, home-health, pharmacy, telehealth,
  EMS and device-clinic notes, 150-1,500 characters each.

Every text is built by appending pieces to a ``Doc`` that records each PHI span and keep term as it
is appended; offsets are never searched for afterwards. Each note is checked on the way out.

Regenerate the committed files (from the repository root)::

    python -m tools.deid.evalset3 --family messages --n 300 --seed 501 --out datasets/deid/eval3_messages.jsonl
    python -m tools.deid.evalset3 --family clinical --n 120 --seed 502 --out datasets/deid/eval3_clinical.jsonl
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import functools
import json
import random
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from faker import Faker

from medcode.deid.types import PHI_TYPES

# --------------------------------------------------------------------------------------------
# Locales. None of these occurs in GAZETTEER_LOCALES, UNSEEN_LOCALES, or the NAME/CITY/ORG locale
# tuples of tools/deid/evalset.py and medcode/training/deid_corpus.py. es_CA lends first names only
# (its surnames are inherited from es_ES, a used locale); ja_JP and zh_CN lend romanized names only.
# --------------------------------------------------------------------------------------------
NAME_LOCALES = ("fr_CH", "fr_BE", "fr_DZ", "en_TH", "ha_NG", "sw", "uz_UZ", "de_LI", "de_LU", "es_CA", "ja_JP", "zh_CN")
CITY_LOCALES = ("fr_CH", "fr_DZ", "en_BD", "en_MS")
ORG_LOCALES = ("fr_DZ", "fr_CH", "fr_BE", "de_LU", "sw", "uz_UZ", "en_BD")
LOCALES = tuple(sorted(set(NAME_LOCALES) | set(CITY_LOCALES) | set(ORG_LOCALES)))

# The Faker tables each locale is read through: (provider package, attribute). The test asserts each
# attribute is defined by that locale's own provider module.
FAKER_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "fr_CH": (
        ("person", "first_names_male"),
        ("person", "first_names_female"),
        ("person", "last_names"),
        ("address", "city_formats"),
        ("address", "city_prefixes"),
        ("address", "city_suffixes"),
    ),
    "fr_BE": (("person", "first_names_male"), ("person", "first_names_female"), ("person", "last_names")),
    "fr_DZ": (
        ("person", "first_names_male"),
        ("person", "first_names_female"),
        ("person", "last_names"),
        ("address", "cities"),
        ("company", "formats"),
        ("company", "company_suffixes"),
    ),
    "en_TH": (("person", "first_names"), ("person", "last_names")),
    "ha_NG": (("person", "first_names_male"), ("person", "first_names_female"), ("person", "last_names")),
    "sw": (("person", "first_names_male"), ("person", "first_names_female"), ("person", "last_names")),
    "uz_UZ": (("person", "first_names_male"), ("person", "first_names_female"), ("person", "last_names")),
    "de_LI": (("person", "first_names_male"), ("person", "first_names_female"), ("person", "last_names")),
    "de_LU": (("person", "first_names_male"), ("person", "first_names_female"), ("person", "last_names")),
    "es_CA": (("person", "first_names_male"), ("person", "first_names_female")),
    "ja_JP": (
        ("person", "first_romanized_names_male"),
        ("person", "first_romanized_names_female"),
        ("person", "last_romanized_names"),
    ),
    "zh_CN": (("person", "first_romanized_names"), ("person", "last_romanized_names")),
    "en_BD": (("address", "cities"),),
    "en_MS": (("address", "city_formats"), ("address", "city_prefixes"), ("address", "city_suffixes")),
}

KEEP_KINDS = ("code", "insurer", "manufacturer", "eponym", "department", "drug")
FAMILIES = ("messages", "clinical")


@functools.cache
def _faker(locale: str) -> Faker:
    return Faker(locale)


def provenance_problems() -> list[str]:
    """Each (locale, provider, attribute) in FAKER_TABLES whose data is not the locale's own."""
    bad = []
    for loc, tables in FAKER_TABLES.items():
        providers = {type(p).__module__: p for p in _faker(loc).get_providers()}
        for kind, attr in tables:
            mod = f"faker.providers.{kind}.{loc}"
            prov = providers.get(mod)
            owner = None
            if prov is not None:
                owner = next((k.__module__ for k in type(prov).__mro__ if attr in k.__dict__), None)
            if owner != mod:
                bad.append(f"{loc}: {kind}.{attr} comes from {owner}")
    return bad


# --------------------------------------------------------------------------------------------
# Keep terms (this module's own lists).
# --------------------------------------------------------------------------------------------
DRUGS: dict[str, tuple[str, ...]] = {
    "metformin": ("500 mg", "850 mg", "1000 mg"),
    "Eliquis": ("5 mg", "2.5 mg"),
    "Lasix": ("20 mg", "40 mg"),
    "atorvastatin": ("20 mg", "40 mg", "80 mg"),
    "Ozempic": ("0.25 mg", "0.5 mg", "1 mg"),
    "lisinopril": ("10 mg", "20 mg", "40 mg"),
    "amlodipine": ("5 mg", "10 mg"),
    "levothyroxine": ("50 mcg", "75 mcg", "88 mcg"),
    "gabapentin": ("300 mg", "600 mg"),
    "sertraline": ("50 mg", "100 mg"),
    "Lantus": ("18 units", "32 units"),
    "Jardiance": ("10 mg", "25 mg"),
    "Xarelto": ("15 mg", "20 mg"),
    "warfarin": ("5 mg", "2.5 mg"),
    "prednisone": ("20 mg", "40 mg"),
    "amoxicillin": ("500 mg", "875 mg"),
    "albuterol": ("2 puffs", "90 mcg"),
    "Symbicort": ("160/4.5", "2 puffs"),
    "omeprazole": ("20 mg", "40 mg"),
    "losartan": ("50 mg", "100 mg"),
    "Keppra": ("500 mg", "750 mg"),
    "Humira": ("40 mg",),
    "Trulicity": ("0.75 mg", "1.5 mg"),
    "Mounjaro": ("2.5 mg", "5 mg"),
    "Zoloft": ("50 mg", "100 mg"),
    "tramadol": ("50 mg",),
    "ondansetron": ("4 mg",),
    "Entresto": ("24/26 mg", "49/51 mg"),
    "carvedilol": ("6.25 mg", "12.5 mg"),
    "tamsulosin": ("0.4 mg",),
    "donepezil": ("5 mg", "10 mg"),
    "Plavix": ("75 mg",),
    "montelukast": ("10 mg",),
    "Synthroid": ("100 mcg", "112 mcg"),
    "hydrochlorothiazide": ("12.5 mg", "25 mg"),
    "cephalexin": ("500 mg",),
    "Adderall": ("10 mg", "20 mg"),
    "Wegovy": ("1.7 mg", "2.4 mg"),
    "Flonase": ("2 sprays",),
    "Farxiga": ("10 mg",),
    "Vyvanse": ("30 mg",),
    "buspirone": ("10 mg",),
}
DRUG_NAMES = tuple(DRUGS)
DRUG_GROUPS = {
    "diabetes": ("metformin", "Lantus", "Ozempic", "Trulicity", "Jardiance", "Mounjaro", "Farxiga"),
    "bp": ("lisinopril", "amlodipine", "losartan", "hydrochlorothiazide", "carvedilol"),
}
INSURERS = (
    "Aetna",
    "Cigna",
    "Humana",
    "UnitedHealthcare",
    "Kaiser Permanente",
    "Medicaid",
    "Medicare",
    "Blue Cross Blue Shield",
    "Anthem",
    "Tricare",
    "Molina Healthcare",
    "Ambetter",
    "Oscar Health",
    "WellCare",
    "Highmark",
)
DEVICES = (
    ("Medtronic", "insulin pump"),
    ("Medtronic", "pacemaker"),
    ("Abbott", "glucose sensor"),
    ("Dexcom", "sensor"),
    ("Dexcom", "transmitter"),
    ("Boston Scientific", "spinal cord stimulator"),
    ("ResMed", "CPAP machine"),
    ("Philips Respironics", "CPAP"),
    ("Insulet", "pod"),
    ("Tandem", "pump"),
    ("Inogen", "portable oxygen concentrator"),
)
EPONYMS = (
    "Parkinson disease",
    "Crohn's disease",
    "Bell's palsy",
    "Hashimoto thyroiditis",
    "Alzheimer disease",
    "Graves disease",
    "Addison disease",
    "Cushing syndrome",
    "Raynaud phenomenon",
    "Barrett esophagus",
    "Sjögren syndrome",
    "Guillain-Barré syndrome",
    "Kawasaki disease",
    "Hodgkin lymphoma",
    "Meniere disease",
    "Tourette syndrome",
    "Lyme disease",
    "Dupuytren contracture",
    "Osgood-Schlatter disease",
    "Ehlers-Danlos syndrome",
    "Marfan syndrome",
    "Baker's cyst",
    "Morton's neuroma",
)
DEPARTMENTS = (
    "Cardiology",
    "ED",
    "ICU",
    "Physical Therapy",
    "Occupational Therapy",
    "Radiology",
    "Oncology",
    "Endocrinology",
    "Nephrology",
    "Labor and Delivery",
    "Wound Care",
    "Pulmonology",
    "Gastroenterology",
    "Neurology",
    "Social Work",
    "Behavioral Health",
    "Rheumatology",
    "Urology",
)
MSG_CODES = ("E11.9", "I10", "J45.909", "E78.5", "M54.50", "F41.1", "K21.9", "R51.9", "Z23", "N39.0", "J06.9", "E66.9")

# --------------------------------------------------------------------------------------------
# Other non-PHI material.
# --------------------------------------------------------------------------------------------
STATES = (
    ("Ohio", "OH"),
    ("Texas", "TX"),
    ("Oregon", "OR"),
    ("Michigan", "MI"),
    ("Georgia", "GA"),
    ("Arizona", "AZ"),
    ("Minnesota", "MN"),
    ("North Carolina", "NC"),
    ("Pennsylvania", "PA"),
    ("Wisconsin", "WI"),
    ("Colorado", "CO"),
    ("Tennessee", "TN"),
    ("Virginia", "VA"),
    ("New Mexico", "NM"),
    ("Iowa", "IA"),
    ("Maryland", "MD"),
    ("Kentucky", "KY"),
    ("Nevada", "NV"),
    ("Missouri", "MO"),
    ("Washington", "WA"),
)
STREET_TYPES = (
    "St",
    "Street",
    "Ave",
    "Avenue",
    "Rd",
    "Road",
    "Dr",
    "Drive",
    "Ln",
    "Lane",
    "Ct",
    "Court",
    "Blvd",
    "Way",
    "Pl",
    "Terrace",
    "Pkwy",
    "Cir",
    "Trail",
    "Loop",
)
MAIL_DOMAINS = (
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "icloud.com",
    "hotmail.com",
    "aol.com",
    "comcast.net",
    "att.net",
    "proton.me",
    "live.com",
)
MONTHS = tuple(calendar.month_name[1:])
WEEKDAYS = tuple(calendar.day_name)
WK_SHORT = ("mon", "tues", "wed", "thurs", "fri", "sat", "sun")
CREDENTIALS = {
    "dr": ("MD", "MD", "DO", "MD, FACP", "MD, PhD"),
    "surg": ("MD", "MD, FACS", "DO"),
    "rad": ("MD",),
    "nurse": ("RN", "RN, BSN", "LPN", "BSN, RN"),
    "np": ("NP", "FNP-C", "APRN", "DNP, APRN"),
    "pa": ("PA-C",),
    "pharm": ("PharmD", "RPh", "PharmD, BCPS"),
    "pt": ("PT, DPT", "PTA", "OTR/L"),
    "sw": ("LCSW", "MSW"),
    "medic": ("NRP", "EMT-P", "EMT"),
}


# --------------------------------------------------------------------------------------------
# The document builder.
# --------------------------------------------------------------------------------------------
TEXTSPEAK = (
    (r"\bplease\b", "pls"),
    (r"\bthanks\b", "thx"),
    (r"\bthank you\b", "ty"),
    (r"\byou\b", "u"),
    (r"\byour\b", "ur"),
    (r"\btomorrow\b", "tmrw"),
    (r"\bbecause\b", "bc"),
    (r"\bbefore\b", "b4"),
    (r"\bappointment\b", "appt"),
    (r"\bprescription\b", "rx"),
    (r"\bmessage\b", "msg"),
    (r"\btonight\b", "2nite"),
    (r"\babout\b", "abt"),
    (r"\bare\b", "r"),
    (r"\bokay\b", "ok"),
    (r"\btoday\b", "2day"),
    (r"\bpeople\b", "ppl"),
    (r"\bweek\b", "wk"),
    (r"\bI don't know\b", "idk"),
    (r"\bas soon as possible\b", "asap"),
    (r"\bsomething\b", "smth"),
    (r"\bwhat\b", "wat"),
)


@dataclass
class Style:
    case: str = "as-is"  # "as-is" | "lower" | "upper"
    nopunct: bool = False
    textspeak: bool = False
    typo: float = 0.0

    def cased(self, s: str, upper: bool = False) -> str:
        if upper or self.case == "upper":
            return s.upper()
        if self.case == "lower":
            return s.lower()
        return s


def _typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(1, len(word) - 2)
    op = rng.randrange(3)
    if op == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == 1:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


@dataclass
class Doc:
    rng: random.Random
    style: Style = field(default_factory=Style)
    parts: list[str] = field(default_factory=list)
    n: int = 0
    spans: list[tuple[int, int, str, str]] = field(default_factory=list)
    keeps: list[tuple[int, int, str, str]] = field(default_factory=list)
    _upper: int = 0

    def _put(self, s: str) -> tuple[int, int]:
        start = self.n
        self.parts.append(s)
        self.n += len(s)
        return start, self.n

    def t(self, s: str) -> None:
        """Plain (non-PHI) text, restyled by the note's writing style."""
        st = self.style
        if st.textspeak:
            for pat, rep in TEXTSPEAK:
                if self.rng.random() < 0.75:
                    s = re.sub(pat, rep, s, flags=re.IGNORECASE)
        if st.typo:
            s = re.sub(
                r"[A-Za-z]{5,}", lambda m: _typo(self.rng, m.group(0)) if self.rng.random() < st.typo else m.group(0), s
            )
        if st.nopunct:
            s = re.sub(r"[.,!?;:]+(?=\s|$)", "", s)
            s = re.sub(r"(?<=[A-Za-z])'(?=[A-Za-z])", "", s)
        s = st.cased(s, self._upper > 0)
        if s:
            self._put(s)

    def p(self, s: str, typ: str) -> None:
        """A PHI surface of type typ."""
        assert typ in PHI_TYPES, typ
        s = self.style.cased(s, self._upper > 0)
        assert s and s == s.strip(), repr(s)
        start, end = self._put(s)
        self.spans.append((start, end, typ, s))

    def k(self, term: str, kind: str) -> None:
        """A keep term (clinical/coding vocabulary that must survive de-identification)."""
        assert kind in KEEP_KINDS, kind
        if kind != "code":
            term = self.style.cased(term, self._upper > 0)
        start, end = self._put(term)
        self.keeps.append((start, end, term, kind))

    def sub(self) -> Doc:
        return Doc(self.rng, self.style, _upper=self._upper)

    def extend(self, other: Doc) -> None:
        off = self.n
        self.parts.extend(other.parts)
        self.n += other.n
        self.spans.extend((s + off, e + off, t, v) for s, e, t, v in other.spans)
        self.keeps.extend((s + off, e + off, t, k) for s, e, t, k in other.keeps)

    @contextmanager
    def upper(self, on: bool = True) -> Iterator[None]:
        self._upper += int(on)
        try:
            yield
        finally:
            self._upper -= int(on)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Retry(Exception):
    """A drawn note does not meet a data condition (length, keep term inside PHI): draw again."""


def check(doc: Doc) -> None:
    """Assert the recorded spans are exact; raise Retry when a keep term overlaps PHI."""
    text = doc.text
    assert len(text) == doc.n
    prev = 0
    for start, end, typ, surface in doc.spans:
        assert typ in PHI_TYPES
        assert prev <= start < end <= len(text), (prev, start, end)
        assert text[start:end] == surface, (text[start:end], surface)
        assert start == 0 or not text[start - 1].isalnum(), f"span {surface!r} glued to the left in {text!r}"
        assert end == len(text) or not text[end].isalnum(), f"span {surface!r} glued to the right in {text!r}"
        prev = end
    for start, end, term, _kind in doc.keeps:
        assert text[start:end] == term
        i = text.find(term)
        while i >= 0:
            if any(s < i + len(term) and i < e for s, e, _t, _v in doc.spans):
                raise Retry(f"keep term {term!r} overlaps PHI")
            i = text.find(term, i + 1)


def record(doc: Doc, family: str, idx: int) -> dict[str, object]:
    keep: list[str] = []
    kinds: dict[str, str] = {}
    for _s, _e, term, kind in doc.keeps:
        if term not in kinds:
            keep.append(term)
            kinds[term] = kind
    return {
        "id": f"eval3-{family}-{idx}",
        "family": family,
        "text": doc.text,
        "phi": [{"start": s, "end": e, "type": t} for s, e, t, _v in doc.spans],
        "keep": keep,
        "keep_kinds": kinds,
    }


# --------------------------------------------------------------------------------------------
# Template rendering: "[a|b|c]" picks one option (nestable), "{slot}" or "{slot:arg}" calls a slot.
# --------------------------------------------------------------------------------------------
_CHOICE = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*)(?::([^{}]*))?\}")


def render(d: Doc, tpl: str, ctx: Ctx) -> None:
    while True:
        m = _CHOICE.search(tpl)
        if m is None:
            break
        opt = ctx.rng.choice(m.group(1).split("|"))
        before, after = tpl[: m.start()], tpl[m.end() :]
        if not opt and before.endswith(" ") and after[:1] in ("", " ", ".", ",", "?", "!"):
            before = before[:-1]
        elif not opt and not before and after.startswith(" "):
            after = after[1:]
        tpl = before + opt + after
    pos = 0
    for m in _SLOT.finditer(tpl):
        if m.start() > pos:
            d.t(tpl[pos : m.start()])
        ctx.slot(d, m.group(1), m.group(2))
        pos = m.end()
    if pos < len(tpl):
        d.t(tpl[pos:])


# --------------------------------------------------------------------------------------------
# People, places, organisations, identifiers.
# --------------------------------------------------------------------------------------------
@dataclass
class Person:
    first: str
    last: str
    sex: str  # "f" | "m"
    middle: str

    def form(self, form: str, rng: random.Random) -> str:
        f, l, m = self.first, self.last, self.middle
        forms = {
            "first": f,
            "last": l,
            "full": f"{f} {l}",
            "fml": f"{f} {m}. {l}",
            "lf": f"{l}, {f}",
            "LF": f"{l}, {f}".upper(),
            "lfm": f"{l}, {f} {m}",
            "LFM": f"{l}, {f} {m}".upper(),
            "init": f"{f[0]}. {l}",
            "initnd": f"{f[0]} {l}",
            "FULL": f"{f} {l}".upper(),
            "nick": _nickname(f, rng),
            "flast": f"{f} {l[0]}",
        }
        return forms[form]


def _nickname(first: str, rng: random.Random) -> str:
    base = first.split("-")[0].split(" ")[0].replace("’", "").replace("‘", "")
    if len(base) <= 4:
        return base
    vowels = set("aeiouyAEIOUYéèëïÉ")
    for i in range(2, len(base) - 1):
        if base[i] not in vowels and base[i - 1] in vowels:
            cut = base[: i + 1]
            return cut + rng.choice(("", "", "ie", "y", "o")) if len(cut) >= 3 else base
    return base[:4]


_NAME_WEIGHTS = {
    "fr_CH": 1.0,
    "fr_BE": 1.0,
    "fr_DZ": 1.2,
    "en_TH": 0.7,
    "ha_NG": 0.8,
    "sw": 1.0,
    "uz_UZ": 0.8,
    "de_LI": 0.6,
    "de_LU": 0.8,
    "es_CA": 0.7,
    "ja_JP": 0.6,
    "zh_CN": 0.5,
}
_SURNAME_DONORS = ("fr_BE", "de_LU", "fr_DZ", "sw")  # for es_CA first names


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum())


class Gen:
    """Per-note random source: one random.Random and one seeded Faker per locale."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        for i, loc in enumerate(LOCALES):
            _faker(loc).seed_instance(seed * 31 + i)

    def fk(self, loc: str) -> Faker:
        return _faker(loc)

    # ---- people
    def person(self, sex: str | None = None, last: str | None = None) -> Person:
        rng = self.rng
        locs = list(_NAME_WEIGHTS)
        loc = rng.choices(locs, weights=[_NAME_WEIGHTS[x] for x in locs])[0]
        sex = sex or rng.choice("fm")
        f = self.fk(loc)
        if loc == "en_TH":
            first, surname = f.first_name(), f.last_name()
        elif loc == "zh_CN":
            first, surname = f.first_romanized_name(), f.last_romanized_name()
        elif loc == "ja_JP":
            first = f.first_romanized_name_female() if sex == "f" else f.first_romanized_name_male()
            surname = f.last_romanized_name()
        else:
            first = f.first_name_female() if sex == "f" else f.first_name_male()
            donor = rng.choice(_SURNAME_DONORS) if loc == "es_CA" else loc
            surname = self.fk(donor).last_name()
            if rng.random() < 0.07:
                other = self.fk(donor).last_name()
                if other != surname and " " not in other + surname:
                    surname = f"{surname}-{other}"
        middle = rng.choice("ABCDEFGHJKLMNPRSTVWZ")
        return Person(first, last or surname, sex, middle)

    def surname(self) -> str:
        loc = self.rng.choice(("fr_DZ", "fr_CH", "fr_BE", "de_LU", "sw", "uz_UZ"))
        return str(self.fk(loc).last_name())

    # ---- places
    def city(self) -> str:
        loc = self.rng.choice(("fr_CH", "fr_DZ", "fr_DZ", "en_BD"))
        for _ in range(20):
            c = str(self.fk(loc).city())
            if "(" not in c and len(c) <= 24:
                return c
        return c

    def hood(self) -> str:
        for _ in range(30):
            c = str(self.fk("en_MS").city())
            if not any(ch.isdigit() for ch in c) and not c.startswith(("Apartment", "Pangsapuri", "Kondominium")):
                return c
        return c

    def street(self, number: bool = True, unit: bool | None = None) -> str:
        rng = self.rng
        core = rng.choice((self.surname(), self.surname(), self.city().split(" ")[0], self.person().first))
        st = rng.choice(STREET_TYPES)
        pre = rng.choice(("", "", "", "", "N ", "S ", "E ", "W ", "NW ", "West ", "Old "))
        line = f"{pre}{core} {st}"
        if not number:
            return line
        num = rng.choice(
            (
                str(rng.randint(1, 99)),
                str(rng.randint(100, 999)),
                str(rng.randint(1000, 9999)),
                str(rng.randint(10000, 29999)),
            )
        )
        line = f"{num} {line}"
        if unit is None:
            unit = rng.random() < 0.3
        if unit:
            u = rng.choice(
                (
                    f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
                    f" Apt {rng.randint(100, 450)}",
                    f" #{rng.randint(2, 60)}",
                    f", Unit {rng.randint(1, 12)}",
                    f" Apt. {rng.randint(1, 30)}",
                    f", Lot {rng.randint(1, 90)}",
                )
            )
            line += u
        return line

    def zip(self) -> str:
        z = f"{self.rng.randint(10000, 99950):05d}"
        if self.rng.random() < 0.15:
            z += f"-{self.rng.randint(1, 9999):04d}"
        return z

    def state(self) -> tuple[str, str]:
        return self.rng.choice(STATES)

    # ---- organisations
    def facility(self, kind: str) -> str:
        rng = self.rng
        s, c = self.surname(), self.city().split(" (")[0]
        saint = self.person().first.split(" ")[0]
        opts: dict[str, tuple[str, ...]] = {
            "hosp": (
                f"{c} General",
                f"{c} Regional Medical Center",
                f"{s} Memorial",
                f"{s} Memorial Hospital",
                f"Saint {saint} Medical Center",
                f"St. {saint}'s",
                f"{c} Community Hospital",
                f"{s} University Medical Center",
                f"{c} Valley Health",
                f"Mercy {c}",
                f"{c} Medical Center",
            ),
            "clinic": (
                f"{s} Family Medicine",
                f"{s} & {self.surname()} Internal Medicine",
                f"{c} Primary Care",
                f"{s} Medical Group",
                f"{c} Health Partners",
                f"{c} Women's Health",
                f"{s} Heart & Vascular",
                f"{c} Orthopaedic Partners",
                f"{s} Eye Associates",
                f"{c} Skin & Laser",
                f"{s} Surgical Associates",
                f"{c} Sleep Center",
                f"{c} Urgent Care",
                f"{s} Clinic",
            ),
            "peds": (f"{c} Pediatrics", f"{s} Pediatric Associates", f"{s} Kids Clinic", f"{c} Children's Clinic"),
            "pharm": (
                f"{s} Pharmacy",
                f"{s}'s Drug",
                f"{c} Apothecary",
                f"{c} Discount Drugs",
                f"{s} Family Pharmacy",
                f"{c} Rx",
            ),
            "nh": (
                f"{s} Manor",
                f"{c} Gardens Care Center",
                f"{s} House",
                f"{c} Senior Living",
                f"{s} Skilled Nursing",
                f"{s} Residence",
                f"{c} Assisted Living",
            ),
            "rehab": (
                f"{c} Rehabilitation Institute",
                f"{s} Rehab",
                f"{c} Acute Rehab",
                f"{s} Rehabilitation Hospital",
            ),
            "school": (
                f"{s} Elementary",
                f"{c} Middle School",
                f"{s} High",
                f"{c} Community College",
                f"{s} Montessori",
                f"{c} Elementary",
                f"{s} Academy",
            ),
            "work": (
                str(self.fk("fr_DZ").company()),
                f"{s} Logistics",
                f"{c} Unified School District",
                f"{s} Builders",
                f"{c} Foods",
                f"{s} Auto Body",
                f"{s} & Sons",
                f"{c} Credit Union",
                f"{s} Dental",
            ),
            "daycare": (f"{s} Little Learners", f"{c} Kids Academy", f"{s} Day School", f"Little {c} Daycare"),
            "hha": (f"{c} Home Health", f"{s} Hospice", f"{c} Visiting Nurses", f"{s} Home Care"),
            "imaging": (f"{c} Imaging", f"{s} Diagnostics", f"{c} Radiology Associates", f"{s} Imaging Center"),
            "lab": (f"{s} Diagnostics", f"{c} Reference Lab", f"{c} Lab Services"),
            "dialysis": (f"{c} Dialysis", f"{s} Kidney Center"),
        }
        return rng.choice(opts[kind])

    # ---- identifiers
    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def letters(self, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def phone(self) -> tuple[str, str, str]:
        rng = self.rng
        npa = rng.choice([x for x in range(201, 990) if x % 100 != 11 and str(x)[1] != "9"])
        return str(npa), str(rng.randint(200, 999)), self.digits(4)

    def mrn(self) -> str:
        r = self.rng.randrange(6)
        return (
            self.digits(8),
            self.digits(7),
            "E" + self.digits(7),
            "MR" + self.digits(6),
            f"{self.digits(4)}-{self.digits(4)}",
            self.digits(9),
        )[r]

    def account(self) -> str:
        r = self.rng.randrange(6)
        return (
            "ACCT-" + self.digits(5),
            "FIN" + self.digits(7),
            self.digits(10),
            f"{self.digits(4)}-{self.digits(3)}-{self.digits(2)}",
            "HAR" + self.digits(9),
            "V" + self.digits(8),
        )[r]

    def member(self) -> str:
        r = self.rng.randrange(6)
        return (
            self.letters(3) + self.digits(9),
            "W" + self.digits(9),
            f"{self.digits(9)}-{self.digits(2)}",
            self.mbi(),
            "ZG" + self.digits(8),
            self.letters(2) + self.digits(8),
        )[r]

    def mbi(self) -> str:
        a = "ACDEFGHJKMNPQRTUVWXY"
        an = a + "0123456789"
        rng = self.rng
        s = (
            str(rng.randint(1, 9))
            + rng.choice(a)
            + rng.choice(an)
            + self.digits(1)
            + rng.choice(a)
            + rng.choice(an)
            + self.digits(1)
            + rng.choice(a)
            + rng.choice(a)
            + self.digits(2)
        )
        return s if rng.random() < 0.6 else f"{s[:4]}-{s[4:7]}-{s[7:]}"

    def ssn(self) -> str:
        rng = self.rng
        area = rng.choice([x for x in range(1, 900) if x != 666])
        sep = rng.choice(("-", "-", "-", " ", ""))
        return f"{area:03d}{sep}{rng.randint(1, 99):02d}{sep}{rng.randint(1, 9999):04d}"

    def dl(self) -> str:
        r = self.rng.randrange(5)
        return (
            f"{self.letters(1)}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}",
            self.letters(1) + self.digits(7),
            self.digits(9),
            f"{self.letters(1)}{self.digits(3)}-{self.digits(3)}-{self.digits(2)}-{self.digits(3)}-{self.digits(1)}",
            self.letters(2) + self.digits(6),
        )[r]

    def dea(self) -> str:
        return self.rng.choice("ABFM") + self.letters(1) + self.digits(7)

    def plate(self) -> str:
        r = self.rng.randrange(4)
        return (
            f"{self.rng.randint(1, 9)}{self.letters(3)}{self.digits(3)}",
            f"{self.letters(3)}-{self.digits(4)}",
            f"{self.letters(3)} {self.digits(3)}",
            f"{self.letters(2)}{self.digits(1)}{self.letters(1)}{self.digits(3)}",
        )[r]

    def vin(self) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))

    def serial(self, maker: str = "") -> str:
        rng = self.rng
        if maker == "Dexcom":
            return "8" + self.letters(5, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
        r = rng.randrange(5)
        return (
            f"{self.letters(3)}{self.digits(6)}{self.letters(1)}",
            "SN" + self.digits(8),
            f"{self.digits(4)}-{self.letters(2)}-{self.digits(4)}",
            self.letters(2) + self.digits(7),
            self.digits(10),
        )[r]

    def ip(self) -> str:
        rng = self.rng
        r = rng.randrange(4)
        a = (
            f"10.{rng.randint(0, 255)}",
            "192.168",
            f"172.{rng.randint(16, 31)}",
            f"{rng.choice((24, 67, 73, 98, 108, 174))}.{rng.randint(0, 255)}",
        )[r]
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"

    def slug(self, name: str) -> str:
        words = [_ascii(w).lower() for w in re.split(r"[\s&'.-]+", name)]
        words = [w for w in words if w and w not in {"the", "st", "saint"}]
        return "".join(words[:2]) or "clinic"

    def url(self, org: str, who: str = "") -> str:
        rng = self.rng
        sl = self.slug(org)
        r = rng.randrange(6)
        return (
            f"https://mychart.{sl}.org/MyChart/",
            f"https://portal.{sl}health.com/patient/{self.digits(6)}",
            f"www.{sl}.org/pay",
            f"https://{sl}.doxy.me/{_ascii(who).lower() or 'clinic'}",
            f"https://telehealth.{sl}.org/join/{self.letters(3).lower()}-{self.digits(4)}",
            f"{sl}.org/portal",
        )[r]

    def email(self, p: Person | None = None) -> str:
        rng = self.rng
        p = p or self.person()
        f, l = _ascii(p.first).lower() or "pt", _ascii(p.last).lower() or "x"
        r = rng.randrange(7)
        local = (
            f"{f}.{l}",
            f"{f}{l}{rng.randint(1, 99)}",
            f"{f[0]}{l}",
            f"{f}_{l}",
            f"{l}{f[0]}{rng.randint(60, 99)}",
            f"{f}{rng.randint(1950, 2005)}",
            f"{_ascii(_nickname(p.first, rng)).lower() or f}.{l[:3]}{rng.randint(1, 9)}",
        )[r]
        return f"{local}@{rng.choice(MAIL_DOMAINS)}"


# --------------------------------------------------------------------------------------------
# Dates.
# --------------------------------------------------------------------------------------------
def _ord(n: int) -> str:
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def casual_date(rng: random.Random, d: dt.date) -> str:
    m, day = d.month, d.day
    mon = MONTHS[m - 1]
    wk = d.weekday()
    forms = (
        f"{m}/{day}",
        f"{m}/{day}",
        f"{m}/{day}/{d.year % 100:02d}",
        f"{m:02d}/{day:02d}/{d.year}",
        f"{mon[:3]} {day}",
        f"{mon} {_ord(day)}",
        f"{_ord(day)} of {mon.lower()}",
        f"the {_ord(day)}",
        f"{WK_SHORT[wk]} the {_ord(day)}",
        f"{WEEKDAYS[wk]}, {mon} {day}",
        f"{mon.lower()} {day}",
        f"{mon[:3]}. {_ord(day)}",
        f"{m}-{day}",
        f"{day} {mon}",
        f"{WEEKDAYS[wk][:3]} {m}/{day}",
    )
    return rng.choice(forms)


def dob_date(rng: random.Random, d: dt.date) -> str:
    mon = MONTHS[d.month - 1]
    forms = (
        f"{d.month}/{d.day}/{d.year}",
        f"{d.month:02d}/{d.day:02d}/{d.year}",
        f"{d.month:02d}-{d.day:02d}-{d.year}",
        f"{d.month}-{d.day}-{d.year % 100:02d}",
        f"{mon} {d.day}, {d.year}",
        f"{mon.lower()} {d.day} {d.year}",
        f"{d.day} {mon[:3]} {d.year}",
        f"{d.year}-{d.month:02d}-{d.day:02d}",
        f"{d.month}/{d.day}/{d.year % 100:02d}",
    )
    return rng.choice(forms)


CLIN_DATE_FORMATS = ("mdy", "mdy", "m/d/y", "iso", "dmy-mon", "DMONY", "long", "mdyy", "d-month-y")


def clin_date(fmt: str, d: dt.date) -> str:
    mon = MONTHS[d.month - 1]
    return {
        "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "m/d/y": f"{d.month}/{d.day}/{d.year}",
        "iso": f"{d.year}-{d.month:02d}-{d.day:02d}",
        "dmy-mon": f"{d.day:02d}-{mon[:3]}-{d.year}",
        "DMONY": f"{d.day:02d}{mon[:3].upper()}{d.year}",
        "long": f"{mon} {d.day}, {d.year}",
        "mdyy": f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}",
        "d-month-y": f"{d.day} {mon} {d.year}",
    }[fmt]


def phone_text(rng: random.Random, parts: tuple[str, str, str], casual: bool) -> str:
    a, b, c = parts
    forms = [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"({a}) {b} {c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}"]
    if casual:
        forms += [
            f"{a}{b}{c}",
            f"{b}-{c}",
            f"{a} {b} {c}",
            f"+1-{a}-{b}-{c}",
            f"({a}){b}-{c}",
            f"{a}/{b}-{c}",
            f"{b}{c}",
        ]
    return rng.choice(forms)


# --------------------------------------------------------------------------------------------
# The slot context shared by both families.
# --------------------------------------------------------------------------------------------
PERSON_ROLES = {
    "me": "patient",
    "pt": "patient",
    "kid": "kid",
    "kid2": "kid",
    "spouse": "family",
    "rel": "family",
    "rel2": "family",
    "dr": "dr",
    "dr2": "dr",
    "pcp": "dr",
    "surg": "surg",
    "asst": "dr",
    "anes": "dr",
    "rad": "rad",
    "nurse": "nurse",
    "nurse2": "nurse",
    "np": "np",
    "pa": "pa",
    "rph": "pharm",
    "ther": "pt",
    "sw": "sw",
    "medic": "medic",
    "medic2": "medic",
    "staff": "nurse",
}
FACILITY_SLOTS = {
    "hosp": "hosp",
    "hosp2": "hosp",
    "clinic": "clinic",
    "clinic2": "clinic",
    "peds": "peds",
    "pharm": "pharm",
    "pharm2": "pharm",
    "nh": "nh",
    "rehab": "rehab",
    "school": "school",
    "work": "work",
    "daycare": "daycare",
    "hha": "hha",
    "imaging": "imaging",
    "lab": "lab",
    "dialysis": "dialysis",
}


class Ctx:
    """Memoized entities of one note and the slots that write them."""

    def __init__(self, g: Gen, family: str) -> None:
        self.g = g
        self.rng = g.rng
        self.family = family
        self.people: dict[str, Person] = {}
        self.facilities: dict[str, str] = {}
        self.memo: dict[str, str] = {}
        self.dates: dict[str, dt.date] = {}
        self.state = g.state()
        self.lc_names = family == "messages" and self.rng.random() < 0.3
        self.datefmt = self.rng.choice(CLIN_DATE_FORMATS)
        self.pt_form = self.rng.choice(("full", "full", "lf", "LF", "fml", "LFM", "lfm"))
        self.today = dt.date(2019, 1, 1) + dt.timedelta(days=self.rng.randrange(6 * 365))
        self.phone_casual = family == "messages"
        self.drugs: list[str] = []
        self.sex = self.rng.choice("fm")
        if family == "clinical":
            self.pt_age = (
                self.rng.randint(90, 103)
                if self.rng.random() < 0.15
                else self.rng.choice((self.rng.randint(19, 88), self.rng.randint(45, 88)))
            )
        else:
            self.pt_age = self.rng.randint(19, 88)

    # ---- entity helpers
    def who(self, role: str) -> Person:
        if role not in self.people:
            g = self.g
            if role in ("me", "pt"):
                p = g.person(sex=self.sex)
            elif role in ("kid", "kid2", "spouse", "rel", "rel2"):
                base = self.who("me") if "me" in self.people or self.family == "messages" else self.who("pt")
                same = role.startswith("kid") or (role != "spouse" and self.rng.random() < 0.5)
                p = g.person(last=base.last if same else None)
            else:
                p = g.person()
            self.people[role] = p
        return self.people[role]

    def fac(self, slot: str) -> str:
        if slot not in self.facilities:
            taken = set(self.facilities.values())
            for _ in range(10):
                name = self.g.facility(FACILITY_SLOTS[slot])
                if name not in taken:
                    break
            self.facilities[slot] = name
        return self.facilities[slot]

    def date(self, key: str) -> dt.date:
        if key not in self.dates:
            rng = self.rng
            t = self.today
            offsets = {
                "dob": -int(365.25 * self.pt_age) - rng.randint(1, 360),
                "kiddob": -rng.randint(200, 16 * 365),
                "reldob": -rng.randint(70 * 365, 89 * 365),
                "admit": -rng.randint(2, 9),
                "dc": 0,
                "d": 0,
                "dos": 0,
                "fu": rng.randint(5, 30),
                "prior": -rng.randint(60, 900),
                "onset": -rng.randint(3, 40),
                "surg": -rng.randint(1, 3),
                "next": rng.randint(2, 40),
                "past": -rng.randint(2, 60),
                "trans": 1,
            }
            off = offsets.get(key.rstrip("0123456789"), rng.randint(-45, 45))
            self.dates[key] = t + dt.timedelta(days=off)
        return self.dates[key]

    def drug(self, arg: str | None) -> str:
        if arg and arg.startswith("@"):
            if not self.drugs:
                self.drugs.append(self.rng.choice(DRUG_GROUPS[arg[1:]]))
            return self.drugs[0]
        if arg and not arg.isdigit():
            return arg
        idx = int(arg) if arg and arg.isdigit() else 0
        while len(self.drugs) <= idx:
            choice = self.rng.choice([x for x in DRUG_NAMES if x not in self.drugs])
            self.drugs.append(choice)
        return self.drugs[idx]

    def memo_get(self, key: str, make: Callable[[], str]) -> str:
        if key not in self.memo:
            self.memo[key] = make()
        return self.memo[key]

    # ---- slot dispatch
    def slot(self, d: Doc, name: str, arg: str | None) -> None:
        shout = len(name) > 1 and name.isupper()
        cap = name[0].isupper()
        key = name.lower() if shout else name[0].lower() + name[1:]
        if key in PERSON_ROLES:
            with d.upper(shout):
                self._person(d, key, arg)
        elif key in FACILITY_SLOTS:
            d.p(self._lc(self.fac(key)), "FACILITY")
        elif key == "kin":
            word = self.kin_word(arg)
            d.t(word.capitalize() if cap else word)
        elif key in ("he", "him", "his", "she"):
            p = self.who(arg or ("me" if self.family == "messages" else "pt"))
            word = {"he": ("she", "he"), "she": ("she", "he"), "him": ("her", "him"), "his": ("her", "his")}[key][
                p.sex == "m"
            ]
            d.t(word.capitalize() if cap else word)
        else:
            fn = getattr(self, "s_" + key)
            fn(d, arg)

    def _lc(self, s: str) -> str:
        return s.lower() if self.lc_names else s

    def _person(self, d: Doc, role: str, form: str | None) -> None:
        p = self.who(role)
        kind = PERSON_ROLES[role]
        rng = self.rng
        cred = False
        if form == "cred":
            cred, form = True, rng.choice(("full", "fml", "init", "lf"))
        elif form == "credlf":
            cred, form = True, rng.choice(("lf", "lfm", "LF"))
        if form is None:
            if kind == "patient":
                form = (
                    self.pt_form if self.family == "clinical" else rng.choice(("full", "full", "first", "fml", "flast"))
                )
            elif kind in ("kid", "family"):
                form = rng.choice(("first", "first", "first", "full", "nick")) if self.family == "messages" else "full"
            elif self.family == "messages":
                form = rng.choice(("last", "last", "last", "full"))
            else:
                form = rng.choice(("full", "last", "fml", "init"))
        d.p(self._lc(p.form(form, rng)), "NAME")
        if cred:
            d.t(rng.choice((", ", ", ", ", ", " ")) + rng.choice(CREDENTIALS[kind]))

    # ---- PHI slots
    def s_date(self, d: Doc, arg: str | None) -> None:
        """{date} a fresh date; {date:key} a memoized one. Casual in messages, doc format in clinical."""
        if arg and ":" in arg:
            key, fmt = arg.split(":", 1)
        else:
            key, fmt = arg or f"x{len(self.dates)}", ""
        day = self.date(key)
        if fmt == "dob" or (not fmt and key in ("dob", "kiddob") and self.family == "messages"):
            s = dob_date(self.rng, day)
        elif fmt == "casual" or (not fmt and self.family == "messages"):
            s = casual_date(self.rng, day)
        elif fmt == "any":
            s = clin_date(self.rng.choice(CLIN_DATE_FORMATS), day)
        else:
            s = clin_date(fmt or self.datefmt, day)
        d.p(s, "DATE")

    def s_phone(self, d: Doc, arg: str | None) -> None:
        key = f"phone:{arg}" if arg else f"phone{len(self.memo)}"
        d.p(self.memo_get(key, lambda: phone_text(self.rng, self.g.phone(), self.phone_casual)), "PHONE")

    def s_fax(self, d: Doc, arg: str | None) -> None:
        key = f"fax:{arg}" if arg else f"fax{len(self.memo)}"
        d.p(self.memo_get(key, lambda: phone_text(self.rng, self.g.phone(), False)), "FAX")

    def s_email(self, d: Doc, arg: str | None) -> None:
        key = f"email:{arg}" if arg else f"email{len(self.memo)}"
        d.p(self.memo_get(key, lambda: self.g.email(self.who(arg) if arg else None)), "EMAIL")

    def s_addr(self, d: Doc, arg: str | None) -> None:
        s = self.memo_get(f"addr:{arg}", lambda: self.g.street(unit=False if arg == "nounit" else None))
        d.p(self._lc(s) if self.family == "messages" else s, "ADDRESS")

    def s_street(self, d: Doc, arg: str | None) -> None:
        d.p(self._lc(self.memo_get(f"street:{arg}", lambda: self.g.street(number=False))), "ADDRESS")

    def s_city(self, d: Doc, arg: str | None) -> None:
        d.p(self._lc(self.memo_get(f"city:{arg}", self.g.city)), "LOCATION")

    def s_hood(self, d: Doc, arg: str | None) -> None:
        d.p(self._lc(self.memo_get(f"hood:{arg}", self.g.hood)), "LOCATION")

    def s_county(self, d: Doc, arg: str | None) -> None:
        s = self.memo_get(f"county:{arg}", lambda: self.g.city().split(" ")[0] + " County")
        d.p(self._lc(s), "LOCATION")

    def s_zip(self, d: Doc, arg: str | None) -> None:
        d.p(self.memo_get(f"zip:{arg}", self.g.zip), "ZIP")

    def s_state(self, d: Doc, arg: str | None) -> None:
        d.t(self.state[1] if arg == "abbr" else self.state[0])

    def s_cityline(self, d: Doc, arg: str | None) -> None:
        """City, ST ZIP (the state is not PHI)."""
        self.s_city(d, arg)
        d.t(f", {self.state[1]} " if self.rng.random() < 0.8 else f", {self.state[0]} ")
        self.s_zip(d, arg)

    def s_mrn(self, d: Doc, arg: str | None) -> None:
        d.p(self.memo_get("mrn", self.g.mrn), "MRN")

    def s_acct(self, d: Doc, arg: str | None) -> None:
        d.p(self.memo_get("acct", self.g.account), "ACCOUNT")

    def s_member(self, d: Doc, arg: str | None) -> None:
        d.p(self.memo_get(f"member:{arg}", self.g.member), "HEALTH_PLAN")

    def s_mbi(self, d: Doc, arg: str | None) -> None:
        d.p(self.memo_get("mbi", self.g.mbi), "HEALTH_PLAN")

    def s_ssn(self, d: Doc, arg: str | None) -> None:
        d.p(self.memo_get("ssn", self.g.ssn), "SSN")

    def s_dl(self, d: Doc, arg: str | None) -> None:
        d.p(self.memo_get(f"dl:{arg}", self.g.dl), "LICENSE")

    def s_dea(self, d: Doc, arg: str | None) -> None:
        d.p(self.memo_get("dea", self.g.dea), "LICENSE")

    def s_plate(self, d: Doc, arg: str | None) -> None:
        d.p(self.memo_get(f"plate:{arg}", self.g.plate), "VEHICLE")

    def s_vin(self, d: Doc, arg: str | None) -> None:
        d.p(self.memo_get(f"vin:{arg}", self.g.vin), "VEHICLE")

    def s_serial(self, d: Doc, arg: str | None) -> None:
        d.p(self.memo_get(f"serial:{arg}", lambda: self.g.serial(self.memo.get("mfr", ""))), "DEVICE")

    def s_ip(self, d: Doc, arg: str | None) -> None:
        d.p(self.memo_get(f"ip:{arg}", self.g.ip), "IP")

    def s_url(self, d: Doc, arg: str | None) -> None:
        org = self.fac(arg or "hosp")
        d.p(self.memo_get(f"url:{arg}", lambda: self.g.url(org, self.who("dr").last)), "URL")

    def s_id(self, d: Doc, arg: str | None) -> None:
        g = self.g
        yy = f"{self.today.year % 100:02d}"
        makers: dict[str, Callable[[], str]] = {
            "acc": lambda: self.rng.choice(
                (f"{g.letters(2)}{yy}-{g.digits(6)}", f"RAD-{g.digits(7)}", g.digits(10), f"A{yy}{g.digits(7)}")
            ),
            "path": lambda: f"{self.rng.choice('SPC')}{yy}-{g.digits(5)}",
            "job": lambda: g.digits(self.rng.choice((5, 6, 7))),
            "claim": lambda: self.rng.choice(
                (f"{self.today.year}R{g.digits(7)}", f"{g.digits(3)}-{g.digits(7)}-{g.digits(2)}", "CLM" + g.digits(9))
            ),
            "pa": lambda: self.rng.choice(("PA-" + g.digits(7), g.letters(2) + g.digits(8), "A" + g.digits(9))),
            "rx": lambda: g.digits(7),
            "csn": lambda: g.digits(9),
            "order": lambda: "ORD" + g.digits(8),
            "lab": lambda: self.rng.choice(("L" + g.digits(9), f"{yy}-{g.digits(3)}-{g.digits(5)}")),
            "run": lambda: f"{self.today.year}-{g.digits(6)}",
            "ref": lambda: "REF" + g.digits(7),
            "case": lambda: f"{yy}-{g.digits(5)}",
        }
        kind = arg or "ref"
        d.p(self.memo_get(f"id:{kind}", makers[kind]), "ID")

    def s_age90(self, d: Doc, arg: str | None) -> None:
        if self.family == "clinical" and self.pt_age >= 90:
            d.p(str(self.pt_age), "AGE")
        else:
            d.p(self.memo_get("age90", lambda: str(self.rng.randint(90, 104))), "AGE")

    # ---- keep slots
    def s_drug(self, d: Doc, arg: str | None) -> None:
        d.k(self.drug(arg), "drug")

    def s_dose(self, d: Doc, arg: str | None) -> None:
        d.t(self.memo_get(f"dose:{arg}", lambda: self.rng.choice(DRUGS[self.drug(arg)])))

    def s_ins(self, d: Doc, arg: str | None) -> None:
        d.k(arg or self.memo_get("ins", lambda: self.rng.choice(INSURERS)), "insurer")

    def s_mfr(self, d: Doc, arg: str | None) -> None:
        if arg:
            self.memo["mfr"] = arg
        else:
            self.memo_get("device", lambda: "|".join(self.rng.choice(DEVICES)))
            self.memo_get("mfr", lambda: self.memo["device"].split("|")[0])
        d.k(self.memo["mfr"], "manufacturer")

    def s_device(self, d: Doc, arg: str | None) -> None:
        d.t(self.memo_get("device", lambda: "|".join(self.rng.choice(DEVICES))).split("|")[1])

    def s_epo(self, d: Doc, arg: str | None) -> None:
        d.k(arg or self.memo_get("epo", lambda: self.rng.choice(EPONYMS)), "eponym")

    def s_dept(self, d: Doc, arg: str | None) -> None:
        d.k(arg or self.memo_get("dept", lambda: self.rng.choice(DEPARTMENTS)), "department")

    def s_code(self, d: Doc, arg: str | None) -> None:
        d.k(arg or self.memo_get("code", lambda: self.rng.choice(MSG_CODES)), "code")

    # ---- plain (non-PHI) numbers
    def s_age(self, d: Doc, arg: str | None) -> None:
        if arg == "kid":
            d.t(self.memo_get("age:kid", lambda: str(self.rng.randint(1, 17))))
        else:
            d.t(str(self.pt_age))

    def s_kin(self, d: Doc, arg: str | None) -> None:
        d.t(self.kin_word(arg))

    def kin_word(self, arg: str | None) -> str:
        """{kin:role/relation}: a kinship word that agrees with that person's sex."""
        role, _, rel = (arg or "rel/any").partition("/")
        female = self.who(role).sex == "f"
        words = {
            "child": (("son",), ("daughter",)),
            "spouse": (("husband",), ("wife",)),
            "parent": (("dad", "father"), ("mom", "mother")),
            "elder": (
                ("dad", "father", "grandfather", "grandpa", "uncle"),
                ("mom", "mother", "grandmother", "grandma", "great aunt"),
            ),
            "sib": (("brother",), ("sister",)),
            "young": (("nephew", "grandson"), ("niece", "granddaughter")),
            "any": (
                ("husband", "son", "brother", "nephew", "father"),
                ("wife", "daughter", "sister", "niece", "mother"),
            ),
        }[rel or "any"][female]
        return str(self.rng.choice(words))

    def s_bg(self, d: Doc, arg: str | None) -> None:
        d.t(str(self.rng.choice((142, 168, 180, 196, 210, 233, 247, 262, 301, 88, 64))))

    def s_bp(self, d: Doc, arg: str | None) -> None:
        d.t(f"{self.rng.randint(118, 178)}/{self.rng.randint(68, 102)}")

    def s_time(self, d: Doc, arg: str | None) -> None:
        h = self.rng.randint(7, 18)
        d.t(
            self.rng.choice(
                (
                    f"{h % 12 or 12}pm" if h >= 12 else f"{h}am",
                    f"{h % 12 or 12}:30",
                    f"{h:02d}:{self.rng.choice((0, 15, 30, 45)):02d}",
                    f"{h % 12 or 12} o'clock",
                )
            )
        )

    def s_room(self, d: Doc, arg: str | None) -> None:
        d.t(
            self.memo_get(
                "room",
                lambda: (
                    f"{self.rng.randint(2, 9)}{self.rng.randint(0, 40):02d}{self.rng.choice(('', '', '-A', '-B', 'B'))}"
                ),
            )
        )

    def s_temp(self, d: Doc, arg: str | None) -> None:
        d.t(self.rng.choice(("100.4", "101.2", "102", "102.8", "99.9", "103.1", "38.6 C")))

    def s_a1c(self, d: Doc, arg: str | None) -> None:
        d.t(self.rng.choice(("6.8", "7.2", "8.1", "9.4", "10.3", "7.9")) + "%")

    def s_weeks(self, d: Doc, arg: str | None) -> None:
        d.t(str(self.rng.randint(6, 39)))

    def s_n(self, d: Doc, arg: str | None) -> None:
        lo, hi = (int(x) for x in (arg or "2-9").split("-"))
        d.t(str(self.rng.randint(lo, hi)))


# --------------------------------------------------------------------------------------------
# Messages.
# --------------------------------------------------------------------------------------------
MESSAGES = (
    # refills and pharmacies
    "[hi|hello|Hi there|hey|Good morning], [this is|it's] {me}. [can|could] I get a refill [on|of] {drug} {dose} [sent to|at] {pharm}[?| please.| pls]",
    "[need|Need] my {drug} refilled[,|.| -] [I'm|im] out [as of|since] {date}. [same pharmacy|{pharm}] [please|thx]",
    "[pls|please] transfer all my prescriptions from {pharm} to {pharm2} on {street}, the old one closed",
    "the pharmacist at {pharm} said {drug} and {drug:1} [shouldn't|should not] be taken together?? [is that true|can you check with dr {dr}]",
    "[HELLO|hello] I HAVE BEEN WAITING [3|4|5] DAYS FOR MY {drug} [REFILL|RX]. [CALL ME|PLEASE CALL] AT {phone}",
    "{pharm} says they never got the [script|prescription] for {drug} {dose}. [can u|can you] resend it? [its|it's] for {me}, dob {date:dob}",
    "[ok so|so] i went to pick up my {drug} at {pharm} yesterday and they said it needs a prior auth from {ins} and i only have 2 pills left [what do i do|help]",
    # appointments
    "i need to [move|reschedule|cancel] my [appt|appointment] on {date} with dr {dr}[.|,] [can we do|is there anything on] [next |]{date} [instead|]?",
    "is dr {dr} in today[?|??] my {kin:kid/child} {kid} has had a fever of {temp} since [last night|this morning]",
    "[yes|Yes] confirming {date} at {time} with Dr. {dr:full}[.| thank you]",
    "[can I|Can i] [get|book] my mammogram at {imaging} [for|on] {date}? last one was {date:prior:dob}",
    "[I|i] have a [physical|check up] [on|] {date} [but|and] [work|my job at {work}] [wont|won't] let me off. [anything|anything later] on {date}?",
    "[has|did] my referral to {dept} at {hosp} [gone|go] through [yet|]? the lady there said to call {phone}",
    "[Do I|do i] need to fast before my [labs|bloodwork] at {lab} [on|] {date}? [appt|appointment] is at {time}",
    "running [10|15|20] min late for my {time} with {nurse:first}[, sorry|!]",
    "[Can|can] {kin:spouse/spouse} {spouse:full} come [in|back] with me [to|for] my {date} visit? {he:spouse} drives me",
    # contact details
    "my number changed[,|.] [new one is|it's now|new #] {phone}[. the old one doesn't work anymore|]",
    "[please|pls] call me back at {phone} [after|before] {time}[.|] [thx|thanks|thank you]",
    "call me at {phone:me} [not|NOT] the home number[, nobody checks that|]",
    "[I|i] moved[!|.] new address is {addr}, {cityline}. [please update|can you update] my chart",
    "[new email|email changed]: {email:me}[.|] [the old one|old one] was {email}",
    "[I|i] got married[!|.] please update my last name to {spouse:last}[, it used to be {me:last}|]. my new insurance card [is|comes] from {ins}",
    "[for verification|to verify] my dob is {date:dob} and my member id is {member}",
    "[my|My] [mrn|MRN|chart number|patient id] is {mrn} [if that helps|in case you need it]",
    "[I|i] [switched|changed] insurance to {ins} as of {date}. new member id {member}[.|]",
    "my new medicare card came[,|.] [the number is|MBI is] {mbi}[. can you update it|]",
    "billing asked for my ssn[,|.] [it's|its] {ssn}. [is that safe to send here?|]",
    "we're staying at my {kin:rel/elder}'s [place|house] {addr}, {city} until {date} if you need to mail anything",
    # symptoms and results
    "my sugars have been [running high|all over the place], {bg} [this morning|fasting][,| and] [even|] after [taking|] {drug:@diabetes} {dose}. [should i|do I need to] come in?",
    "bp readings this [week|morning]: {bp}, {bp}, {bp}. still taking {drug:@bp} {dose} [once a day|daily|at night]",
    "sugar was {bg} this am {bg} at lunch took my {drug:@diabetes} feel shaky [what do i do|is that ok]",
    "[did my|any news on my] [labs|bloodwork|A1c] from {date} come back? dr {dr} said {he:dr}'d [call|message me]",
    "[started|Started] {drug} {dose} [on|2 weeks ago on|last week on] {date} and [have had|now have] [diarrhea|a headache|muscle aches|dizzy spells] [every day|ever since]",
    "sending a [pic|photo] of the rash on my arm. started {date} after [hiking|camping|gardening] [near|up by] {city}",
    "[i|I] was [just|] diagnosed with {epo} [on|] {date}[,|.] [is there|are there any] support groups [near|in] {city}?",
    "my [bill|EOB|statement] has code {code} on it[,|.] what does that mean? [I|i] thought the visit [on|] {date} was just a check up",
    "[im|I'm] {weeks} weeks [pregnant|along] and [had some spotting|feel dizzy] [this morning|today]. [my OB|OB] is dr {dr:full} at {clinic}",
    "[hi|Hi] [its|it's] {me:first}, had my [knee|gallbladder|hernia] surgery [on|] {date} at {hosp}. the incision is [red|warm|oozing a little]. [is that normal|should i worry]?",
    "[was|i was] [discharged|released] from {hosp} [on|] {date} [after|for] [pneumonia|a fall|chest pain], they said to follow up [w/|with] dr {dr} in a week",
    "tested positive on a home [covid|flu] test [on|] {date}. my boss at {work} wants a note [before I come back|]",
    "[I|i] need a work note for {work} [stating|saying] i was seen on {date}[.| thanks]",
    "HR at {work} needs the FMLA paperwork [filled out|completed] by {date}. their fax is {fax}",
    "can you send my records from {hosp} [on|from] {date} to {clinic}? their fax is {fax}",
    "[been|Been] having chest [tightness|pressure] on and off since {date}[,|.] [not bad now|comes and goes]. {ins} says i need a referral for {dept}[?|.]",
    "question about the {drug} {dose}[ dr {dr} started|]: [can i|is it ok to] take it with {drug:1}? [I'm|im] {age} [and|,] on {drug:2} too",
    # devices and tech
    "my {mfr} {device} [keeps failing|fell off|says error|stopped reading]. [serial|SN|the serial on the box is] {serial}. can you order a replacement",
    "[cant|can't] log into the portal[,|.] it [says|keeps saying] my [account is locked|password expired]. [my username is|username] {email:me}",
    "the video visit link [isn't|isnt] working [-|:] {url}",
    "[I|i] got a bill for {date} acct {acct} but {ins} [should have|was supposed to] cover it",
    "{ins} denied my {drug} again[.|!] ref # {id:pa}. can dr {dr} [do a|send a] prior auth?",
    "for the [handicap|disability] placard form the DMV needs my license # {dl}",
    "[was|got] rear ended on {date}, my car [plate|tag] is {plate}. the adjuster wants a note from dr {dr}",
    # family and caregivers
    "my {kin:rel/elder} {rel} is {age90} and [has been more confused|fell again|isn't eating] since {date}. {he:rel} [lives|is staying] at {nh} [in|over in] {city}",
    "my {kin:rel/elder} {rel:full} [just turned|is] {age90}[,| and] hospice from {hha} [starts|is starting] {date}",
    "this is {rel:full}, {me:first}'s {kin:rel/child}. {kin:me/parent} passed away on {date} at {nh}. please cancel [all|] {his:me} [appointments|appts]",
    "how do i get proxy access for my {kin:rel/parent} {rel:full}? [dob|DOB] {date:reldob:dob}",
    "[my|My] {kin:spouse/spouse} {spouse} has been [coughing|vomiting|running a fever] since {date}, can {he:spouse} be seen [today|tomorrow]?",
    "can i get a school note for {kid} for {school}, {he:kid} missed {date} and {date}",
    "{daycare} [won't|wont] take {kid} back without a note, {he:kid} had pink eye [last week|on {date}]",
    "[does|Does] {kid} need more shots before starting at {school}? {he:kid} turns 5 on {date}",
    "{kid} got bit by the neighbors dog [yesterday|on {date}] at our place on {addr}[.|] does {he:kid} need a tetanus shot?",
    "{kid:first} and {kid2:first} both have sore throats[ and fevers|], can [we|i] get them tested [today|tmrw]?",
    "{kid} is {age:kid} and has had a fever of {temp} since {date}[,|.] should i bring {him:kid} in",
    "we're [in|up in|down in|visiting family in] {city} [for the summer|until {date}|for a few weeks], can my {drug} go to {pharm} [here|there] instead?",
    "we just moved to {hood} [from|] {city}[,| and] [looking for|need] a [new pediatrician|dentist|PT place] [close by|near us]",
    "[Just wanted to say thank you|Thank you|thank you so much] to [nurse|] {nurse:first} and dr {dr} for taking such good care of my {kin:rel/elder} [last week|on {date}]",
    "my {kin:kid/child} {kid:full} [dob|DOB|born] {date:kiddob:dob} needs [a|the] sports physical form [signed|done] for {school}",
    "[I'm|im] {age} and [my|] [knees|back|hip] [hurt|have been killing me] since [the fall|I fell] at {work} on {date}",
    "my {kin:rel/elder} turned {age90} on {date}! can {he:rel} still get the [shingles|RSV|flu] shot at {pharm}?",
    "[quick question|question] - is it safe for my {age90} [yr old|year old|y/o] {kin:rel/elder} to take {drug} {dose}? {he:rel} [weighs|is] about [98|105|120] lbs",
    "[is|Is] {epo} genetic? my {kin:rel/elder} {rel} had it and [she|he|they] lived to {age90}",
    "[i|I] got a text with a link {url:clinic} - is that really from {clinic}?",
    "the portal link from your text ({url}) [says|gives me] error 404",
    "my {mfr} {device} [serial|sn|SN] {serial} [is beeping|got a recall notice]. do i need a new one?",
    "[MRN|mrn] {mrn} - requesting copies of my [imaging|x-rays|MRI] from {date} [on a cd|on a disc] [for|to bring to] {hosp}",
    "[I|i] updated my address [on the portal|] to {addr}, {cityline} but the bill still went to the old one",
    "what is {code}? [it's|its] on my referral to {dept} [at|for] {clinic}",
    "{KID} [THREW UP|HAS BEEN THROWING UP] [ALL NIGHT|3 TIMES]. [IS|is] {kid:nick} [ok|OK] to go to {school} [tmrw|TOMORROW]",
    "my {kin:rel/sib} {rel:first} is [flying in|coming] from {city} to help after my surgery[,| -] can {he:rel} get updates? {his:rel} cell is {phone:rel}",
)

EXTRAS = (
    "[also|Also] my [blood pressure|bp] was {bp} [this morning|at the pharmacy].",
    "[I'm|im] {age} [btw|by the way] [if that matters|].",
    "[sorry|Sorry] for [all the|] [messages|questions].",
    "[you can|u can] [also|] [reach|text] me at {phone:me}.",
    "[I'm|im] [off|free] after {time} [most days|].",
    "[my|] insurance is {ins}[ if that matters|].",
    "[still|] taking {drug:1} {dose:1} [twice a day|nightly|in the morning].",
    "[my|My] A1c was {a1c} last time.",
    "[we|We] [leave|fly out] {date}[!|.]",
    "[dr|Dr] {dr2} [said|told me] to [message|reach out] here.",
    "[thanks|thx|ty] [so much|]!",
    "[it's|its] {me:full} [btw|by the way].",
    "my {kin:spouse/spouse} {spouse} can pick it up[ if needed|].",
    "[rm|room] {room} [if|in case] you [call|come by] the floor.",
    "[my|My] [mrn|MRN] is {mrn}.",
    "[we're|im] at {addr} [now|these days], {zip}.",
)

SIGNOFFS = (
    "\n- {me:first}",
    " -{me:first}",
    "\nSent from my iPhone",
    "\n\nSent from my Galaxy",
    "\nThanks,\n{me:full}",
    "\n{me:full}\n{phone:me}",
    "\n{me:first} ({kid:first}'s {kin:me/parent})",
    " xo {me:first}",
    "\n-- {me:full} | {email:me}",
    "\nthx {me:nick}",
    "\n[Regards|Best],\n{me:fml}",
    "\nGet Outlook for Android",
    "\n{me:LF}",
)


def _message(g: Gen) -> Doc:
    rng = g.rng
    r = rng.random()
    if r < 0.3:
        style = Style()
    elif r < 0.52:
        style = Style(case="lower")
    elif r < 0.62:
        style = Style(case="lower", nopunct=True)
    elif r < 0.72:
        style = Style(case="lower", textspeak=True, nopunct=rng.random() < 0.5)
    elif r < 0.77:
        style = Style(case="upper")
    else:
        style = Style(typo=0.07)
    d = Doc(rng, style)
    ctx = Ctx(g, "messages")
    if rng.random() < 0.18:
        render(d, rng.choice(("[hi|hey|Hello] ", "[Dr|dr] {dr}, ", "[hi|Hi] dr {dr} ", "[Good morning|morning] ")), ctx)
    render(d, rng.choice(MESSAGES), ctx)
    for _ in range(rng.choice((0, 0, 0, 1, 1, 2))):
        d.t(rng.choice((" ", " ", "  ", "\n")))
        render(d, rng.choice(EXTRAS), ctx)
    if rng.random() < 0.35:
        render(d, rng.choice(SIGNOFFS), ctx)
    return d


# --------------------------------------------------------------------------------------------
# Clinical documents.
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Problem:
    label: str  # template: may hold {epo:...}
    codes: tuple[str, ...]
    meds: str  # template with {drug:...}
    hpi: str
    plan: str
    sex: str = ""  # "f" where the diagnosis only applies to women

    @property
    def acute(self) -> bool:
        """Inpatient-only problems, not written up in home, pharmacy or outpatient notes."""
        return self.codes[0] in ACUTE_CODES


ACUTE_CODES = ("A41.9", "K35.80", "K80.00", "I21.4", "N17.9", "I63.9", "S72.001A", "I50.23", "J18.9")


PROBLEMS = (
    Problem(
        "type 2 diabetes mellitus with hyperglycemia",
        ("E11.65", "Z79.4"),
        "{drug:metformin} 1000 mg BID, {drug:Lantus} 18 units at bedtime",
        "home glucose readings in the 250s to 300s with polyuria and polydipsia for two weeks",
        "increase {drug:Lantus} to 22 units, add {drug:Jardiance} 10 mg daily, diabetes education, A1c in 3 months",
    ),
    Problem(
        "type 2 diabetes mellitus without complications",
        ("E11.9",),
        "{drug:metformin} 500 mg BID",
        "routine follow-up; A1c 6.9%, no hypoglycemia",
        "continue {drug:metformin}, annual retinal exam, urine microalbumin today",
    ),
    Problem(
        "essential (primary) hypertension",
        ("I10",),
        "{drug:lisinopril} 20 mg daily, {drug:amlodipine} 5 mg daily",
        "home readings in the 150s/90s despite adherence, occasional morning headache",
        "increase {drug:amlodipine} to 10 mg, low-sodium diet, recheck BMP in 2 weeks",
    ),
    Problem(
        "unspecified atrial fibrillation",
        ("I48.91",),
        "{drug:Eliquis} 5 mg BID, {drug:carvedilol} 12.5 mg BID",
        "palpitations and exertional dyspnea for 3 days, irregularly irregular rhythm at 128 on the monitor",
        "rate control achieved, CHA2DS2-VASc 4, continue anticoagulation, {dept:Cardiology} follow-up",
    ),
    Problem(
        "acute on chronic systolic (congestive) heart failure",
        ("I50.23",),
        "{drug:Lasix} 40 mg IV BID, {drug:Entresto} 24/26 mg BID, {drug:carvedilol} 6.25 mg BID",
        "6 lb weight gain over a week, 3-pillow orthopnea and bilateral pitting edema to the knees; EF 30%",
        "diuresed 4.2 L, transition to oral {drug:Lasix} 40 mg daily, daily weights, 2 g sodium restriction",
    ),
    Problem(
        "chronic obstructive pulmonary disease with (acute) exacerbation",
        ("J44.1",),
        "{drug:prednisone} 40 mg daily, nebulized {drug:albuterol} q4h",
        "increased sputum and wheezing for 4 days, SpO2 86% on room air",
        "wean O2 to home 2 L, {drug:Symbicort} 2 puffs BID at discharge, pulmonary rehab referral",
    ),
    Problem(
        "pneumonia, unspecified organism",
        ("J18.9",),
        "{drug:ceftriaxone} 1 g IV daily plus {drug:azithromycin}",
        "fever to 102.3 F, productive cough and a right lower lobe infiltrate on chest film",
        "step down to oral {drug:amoxicillin} 875 mg BID to complete 7 days",
    ),
    Problem(
        "urinary tract infection, site not specified",
        ("N39.0",),
        "{drug:cephalexin} 500 mg QID",
        "dysuria, frequency and suprapubic pain; UA nitrite positive",
        "urine culture pending, 5-day course, push fluids",
    ),
    Problem(
        "cellulitis of right lower limb",
        ("L03.115",),
        "{drug:cephalexin} 500 mg QID",
        "spreading erythema of the right shin after a scrape while gardening, margins marked",
        "elevate, outline margins, recheck in 48 hours, {dept:Wound Care} if not improving",
    ),
    Problem(
        "cerebral infarction, unspecified",
        ("I63.9",),
        "{drug:aspirin} 81 mg, {drug:atorvastatin} 80 mg",
        "sudden left-sided weakness and slurred speech, last known well at 06:30, NIHSS 6",
        "outside the thrombolysis window; {dept:Neurology} following, swallow screen passed, start {drug:Plavix} 75 mg",
    ),
    Problem(
        "{epo:Crohn's disease} of small intestine without complications",
        ("K50.00",),
        "{drug:Humira} 40 mg every 2 weeks",
        "crampy abdominal pain and four to five loose stools daily for a month",
        "{dept:Gastroenterology} to check drug levels and CRP; continue {drug:Humira}",
    ),
    Problem(
        "{epo:Bell's palsy}",
        ("G51.0",),
        "{drug:prednisone} 60 mg daily for 7 days",
        "right facial droop on waking, unable to close the right eye, forehead involved",
        "eye patch at night, lubricating drops, recheck in 2 weeks",
    ),
    Problem(
        "autoimmune thyroiditis ({epo:Hashimoto thyroiditis})",
        ("E06.3",),
        "{drug:levothyroxine} 75 mcg daily",
        "fatigue and cold intolerance; TSH 9.8 with positive TPO antibodies",
        "increase {drug:levothyroxine} to 88 mcg, repeat TSH in 6 weeks",
    ),
    Problem(
        "{epo:Alzheimer disease}, unspecified, with dementia",
        ("G30.9", "F02.80"),
        "{drug:donepezil} 10 mg nightly",
        "progressive memory loss over two years, now getting lost while driving",
        "home safety evaluation, {dept:Social Work} referral for caregiver support",
    ),
    Problem(
        "{epo:Parkinson disease} without dyskinesia",
        ("G20.A1",),
        "{drug:carbidopa-levodopa} 25/100 TID",
        "resting tremor of the left hand, shuffling gait and two falls this month",
        "{dept:Physical Therapy} for gait training, fall precautions",
    ),
    Problem(
        "unilateral primary osteoarthritis, right knee",
        ("M17.11",),
        "{drug:meloxicam} 15 mg daily",
        "right knee pain with stairs for 3 years despite injections and bracing",
        "right total knee arthroplasty, {dept:Physical Therapy} postoperatively",
    ),
    Problem(
        "fracture of unspecified part of neck of right femur, initial encounter for closed fracture",
        ("S72.001A", "W19.XXXA"),
        "home {drug:Eliquis} held on admission",
        "mechanical fall at home, right leg shortened and externally rotated",
        "operative fixation, DVT prophylaxis, {dept:Physical Therapy} and {dept:Occupational Therapy}",
    ),
    Problem(
        "acute appendicitis, unspecified",
        ("K35.80",),
        "{drug:ondansetron} 4 mg IV, {drug:piperacillin-tazobactam}",
        "periumbilical pain migrating to the right lower quadrant, anorexia, WBC 15.8",
        "laparoscopic appendectomy",
    ),
    Problem(
        "calculus of gallbladder with acute cholecystitis without obstruction",
        ("K80.00",),
        "{drug:ondansetron} 4 mg IV PRN",
        "right upper quadrant pain after fatty meals, positive {epo:Murphy sign} on exam",
        "laparoscopic cholecystectomy",
    ),
    Problem(
        "depression, unspecified",
        ("F32.A",),
        "{drug:sertraline} 50 mg daily",
        "low mood, poor sleep and loss of interest for two months, PHQ-9 of 14, denies SI",
        "increase {drug:sertraline} to 100 mg, {dept:Behavioral Health} referral, safety plan reviewed",
    ),
    Problem(
        "generalized anxiety disorder",
        ("F41.1",),
        "{drug:buspirone} 10 mg BID",
        "constant worry, muscle tension and insomnia, GAD-7 of 15",
        "continue {drug:buspirone}, CBT referral",
    ),
    Problem(
        "epilepsy, unspecified, not intractable, without status epilepticus",
        ("G40.909",),
        "{drug:Keppra} 500 mg BID",
        "breakthrough generalized seizure after two missed doses",
        "increase {drug:Keppra} to 750 mg BID, seizure precautions, no driving for now",
    ),
    Problem(
        "{epo:Lyme disease}, unspecified",
        ("A69.20",),
        "{drug:doxycycline} 100 mg BID",
        "expanding erythema migrans on the left thigh ten days after a camping trip",
        "14 days of therapy, return if joint pain or facial weakness",
    ),
    Problem(
        "acute kidney failure, unspecified",
        ("N17.9",),
        "IV fluids with {drug:lisinopril} held",
        "creatinine 2.8 from a baseline of 1.1 after a week of poor oral intake",
        "renal ultrasound, avoid NSAIDs, {dept:Nephrology} if no improvement",
    ),
    Problem(
        "sepsis, unspecified organism",
        ("A41.9",),
        "{drug:vancomycin} and {drug:piperacillin-tazobactam}",
        "fever, lactate 4.1 and hypotension responsive to a 30 mL/kg bolus",
        "{dept:ICU} admission, blood cultures x2, source control",
    ),
    Problem(
        "malignant neoplasm of unspecified site of right female breast",
        ("C50.911", "Z17.0"),
        "{drug:anastrozole} 1 mg daily",
        "screen-detected 1.4 cm mass, ER/PR positive, HER2 negative",
        "{dept:Oncology} follow-up, bone density scan",
        "f",
    ),
    Problem(
        "non-ST elevation (NSTEMI) myocardial infarction",
        ("I21.4", "I25.10"),
        "{drug:Plavix} 75 mg, {drug:aspirin} 81 mg, {drug:atorvastatin} 80 mg",
        "substernal chest pressure with diaphoresis, troponin peak 3.2",
        "cardiac catheterization with stent to the mid LAD, cardiac rehab",
    ),
    Problem(
        "obstructive sleep apnea (adult)",
        ("G47.33",),
        "{mfr:ResMed} CPAP at 10 cm H2O ({code:E0601})",
        "loud snoring, witnessed apneas, AHI 34 on home study",
        "mask refit, compliance download in 30 days",
    ),
    Problem(
        "thyrotoxicosis with diffuse goiter ({epo:Graves disease})",
        ("E05.00",),
        "{drug:methimazole} 10 mg daily",
        "weight loss, tremor and heat intolerance; free T4 3.1",
        "continue current dose, {dept:Endocrinology} to discuss radioactive iodine",
    ),
    Problem(
        "{epo:Barrett esophagus} without dysplasia",
        ("K22.70",),
        "{drug:omeprazole} 40 mg daily",
        "long-standing reflux, salmon-colored mucosa on prior EGD",
        "surveillance EGD with biopsies in 3 years",
    ),
    Problem(
        "low back pain, unspecified",
        ("M54.50",),
        "{drug:cyclobenzaprine} 5 mg at bedtime",
        "low back pain after lifting boxes, no saddle anesthesia, no weakness",
        "{dept:Physical Therapy}, activity as tolerated",
    ),
    Problem(
        "gestational diabetes mellitus in pregnancy, diet controlled",
        ("O24.410",),
        "medical nutrition therapy",
        "1-hour glucose challenge 168, 3-hour test abnormal",
        "nutrition referral, glucose log four times daily, growth scan",
        "f",
    ),
)


@dataclass(frozen=True)
class Procedure:
    name: str
    pcs: str
    dx: str  # the Problem label it treats ("" for the pacemaker)
    findings: str
    specimen: str = ""
    implant: str = ""  # manufacturer keep term for implants


PROCEDURES = (
    Procedure(
        "Laparoscopic appendectomy",
        "0DTJ4ZZ",
        "acute appendicitis",
        "Inflamed, non-perforated appendix with a fecalith.",
        "Appendix",
    ),
    Procedure(
        "Laparoscopic cholecystectomy",
        "0FT44ZZ",
        "calculus of gallbladder",
        "Distended, thick-walled gallbladder with a 2 cm stone impacted in the neck.",
        "Gallbladder",
    ),
    Procedure(
        "Right total knee arthroplasty, cemented",
        "0SRC0J9",
        "unilateral primary osteoarthritis",
        "Grade IV chondromalacia of the medial and patellofemoral compartments.",
        "Bone and cartilage (gross only)",
        "Stryker",
    ),
    Procedure(
        "Open reduction internal fixation, right femoral neck",
        "0QS604Z",
        "fracture of unspecified part",
        "Displaced subcapital fracture, reduced anatomically.",
        "",
        "Zimmer Biomet",
    ),
    Procedure(
        "Percutaneous coronary intervention, drug-eluting stent to mid LAD",
        "027034Z",
        "non-ST elevation",
        "90% mid LAD stenosis, TIMI 3 flow after stenting.",
        "",
        "Boston Scientific",
    ),
    Procedure(
        "Dual-chamber pacemaker insertion",
        "0JH606Z",
        "",
        "Lead impedances and sensing thresholds normal.",
        "",
        "Medtronic",
    ),
    Procedure(
        "EGD with biopsy",
        "0DB58ZX",
        "{epo:Barrett esophagus}",
        "Salmon-colored mucosa extending 3 cm above the GE junction.",
        "Esophageal biopsies",
    ),
)

HCPCS_ED = (
    ("{drug:ondansetron} 4 mg IV", "J2405"),
    ("{drug:ketorolac} 15 mg IV", "J1885"),
    ("{drug:dexamethasone} 10 mg IV", "J1100"),
    ("{drug:ceftriaxone} 1 g IM", "J0696"),
    ("normal saline 1 L bolus", "J7030"),
    ("{drug:methylprednisolone} 40 mg IM", "J1030"),
)
REQUEST_FOR = {
    "E11.65": "Ozempic",
    "E11.9": "Mounjaro",
    "I48.91": "Xarelto",
    "K50.00": "Humira",
    "J44.1": "Symbicort",
    "E06.3": "Synthroid",
    "G40.909": "Keppra",
    "I50.23": "Entresto",
    "F32.A": "Zoloft",
}
DME_FOR = {
    "S72.001A": (("a front-wheeled walker", "E0143"), ("a standard wheelchair", "K0001")),
    "M17.11": (("a front-wheeled walker", "E0143"), ("underarm crutches", "E0114")),
    "J44.1": (("an oxygen concentrator", "E1390"),),
    "G20.A1": (("a front-wheeled walker", "E0143"), ("a semi-electric hospital bed", "E0260")),
    "G30.9": (("a semi-electric hospital bed", "E0260"),),
    "E11.65": (("glucose test strips", "A4253"),),
    "E11.9": (("glucose test strips", "A4253"),),
    "I63.9": (("a standard wheelchair", "K0001"),),
    "M54.50": (("a front-wheeled walker", "E0143"),),
    "G47.33": (("a CPAP device", "E0601"),),
}


def _problems(c: Clin, k: int, outpatient: bool = False) -> list[Problem]:
    pool = [p for p in PROBLEMS if p.sex in ("", c.ctx.sex) and not (outpatient and p.acute)]
    return c.rng.sample(pool, k)


def _dx_line(d: Doc, ctx: Ctx, p: Problem, with_code: bool = True) -> None:
    render(d, p.label[0].upper() + p.label[1:] if p.label[0] != "{" else p.label, ctx)
    if not with_code:
        return
    style = ctx.rng.choice(("paren", "dash", "icd"))
    if style == "dash":
        d.t(" - ")
        d.k(p.codes[0], "code")
        return
    d.t(" (ICD-10-CM " if style == "icd" else " (")
    for i, c in enumerate(p.codes):
        if i:
            d.t(", ")
        d.k(c, "code")
    d.t(")")


class Clin:
    """Writes one clinical document into a Doc."""

    def __init__(self, g: Gen) -> None:
        self.g = g
        self.rng = g.rng
        self.ctx = Ctx(g, "clinical")
        upper = self.rng.random() < 0.08
        self.d = Doc(self.rng, Style(case="upper") if upper else Style())
        self.heading_style = self.rng.choice(("caps_colon", "title_colon", "caps_line", "dashes", "title_line"))

    # ---- helpers
    def r(self, tpl: str, d: Doc | None = None) -> None:
        render(d or self.d, tpl, self.ctx)

    def heading(self, title: str, d: Doc | None = None) -> None:
        d = d or self.d
        hs = self.heading_style
        if hs == "caps_colon":
            d.t(f"\n{title.upper()}: ")
        elif hs == "title_colon":
            d.t(f"\n{title}: ")
        elif hs == "caps_line":
            d.t(f"\n{title.upper()}\n")
        elif hs == "dashes":
            d.t(f"\n--- {title.upper()} ---\n")
        else:
            d.t(f"\n{title}\n")

    def header(self, fields: list[tuple[str, str]]) -> None:
        """Labelled header fields in one of several layouts; values are templates."""
        rng, d = self.rng, self.d
        layout = rng.choice(("colon", "tab", "fixed", "pipe", "inline", "caps", "dots"))
        if layout == "pipe":
            for i in range(0, len(fields), 2):
                row = fields[i : i + 2]
                d.t("| ")
                for j, (label, val) in enumerate(row):
                    if j:
                        d.t(" | ")
                    d.t(f"{label} | ")
                    self.r(val)
                d.t(" |\n")
            return
        if layout == "inline":
            for i, (label, val) in enumerate(fields):
                d.t(("   " if i % 3 else ("" if i == 0 else "\n")) + f"{label}: ")
                self.r(val)
            d.t("\n")
            return
        width = max(len(label) for label, _ in fields) + 2
        for label, val in fields:
            if layout == "colon":
                d.t(f"{label}: ")
            elif layout == "tab":
                d.t(f"{label}:\t")
            elif layout == "fixed":
                d.t(f"{label.upper():<{width}}")
            elif layout == "dots":
                d.t(f"{label:.<{width + 4}} ")
            else:
                d.t(f"{label.upper()}: ")
            with d.upper(layout == "caps" and rng.random() < 0.5):
                self.r(val)
            d.t("\n")

    def finish(self) -> None:
        """Drop trailing whitespace (always plain text: no span or keep term ends in whitespace)."""
        text = self.d.text.rstrip()
        assert all(e <= len(text) for _s, e, _t, _v in self.d.spans + self.d.keeps)
        self.d.parts, self.d.n = [text], len(text)

    def fits(self, sub: Doc, limit: int = 1450) -> bool:
        if self.d.n + sub.n <= limit:
            self.d.extend(sub)
            return True
        return False

    def optional(self, sections: list[Callable[[Doc], None]], limit: int = 1450, shuffle: bool = False) -> None:
        """Append each section (in order unless shuffled) where it still fits; some are left out."""
        if shuffle:
            self.rng.shuffle(sections)
        for sec in sections:
            if self.rng.random() < 0.15:
                continue
            sub = self.d.sub()
            sec(sub)
            self.fits(sub, limit)

    def meds_list(self, d: Doc, probs: list[Problem]) -> None:
        for p in probs:
            if p.meds in ("none", "diet"):
                continue
            d.t(self.rng.choice(("\n- ", "\n* ", "\n", "\n  ")))
            self.r(p.meds, d)

    def signature(self, d: Doc, role: str = "dr") -> None:
        form = self.rng.randrange(6)
        if form == 0:
            self.r(f"\nElectronically signed by {{{role}:cred}} on {{date:d}} at {{time}}", d)
        elif form == 1:
            self.r(f"\nSigned: {{{role}:credlf}}", d)
        elif form == 2:
            self.r(f"\n{{{role}:cred}}\n{{dept}}", d)
        elif form == 3:
            self.r(f"\n/s/ {{{role}:cred}} {{date:d}}", d)
        elif form == 4:
            self.r(f"\nAttending: Dr. {{{role}:full}}", d)
        else:
            self.r(f"\n-- {{{role}:init}}, " + self.rng.choice(CREDENTIALS.get(PERSON_ROLES[role], ("MD",))), d)

    def dictation(self, d: Doc) -> None:
        self.r(
            self.rng.choice(
                (
                    "\nD: {date:d} T: {date:trans} JOB#: {id:job}",
                    "\nDictated: {date:d} {time}  Transcribed: {date:trans}  Job {id:job}",
                    "\nDD: {date:d}  DT: {date:trans}  Doc ID {id:job}",
                )
            ),
            d,
        )

    def cc(self, d: Doc) -> None:
        self.r(
            self.rng.choice(
                (
                    "\ncc: Dr. {pcp:full}, {clinic}; {dr2:cred}",
                    "\ncc: {pcp:lf}, MD ({clinic}) - fax {fax:clinic}",
                    "\nCopies to: {pcp:full}, DO; patient portal",
                    "\ncc: PCP {pcp:init} at {clinic}",
                )
            ),
            d,
        )

    def patient_fields(self, extra: list[tuple[str, str]]) -> list[tuple[str, str]]:
        rng = self.rng
        fields = [("Patient", "{pt}"), (rng.choice(("DOB", "Date of Birth", "D.O.B.")), "{date:dob}")]
        fields.append((rng.choice(("MRN", "MR#", "Med Rec No.", "Medical Record #")), "{mrn}"))
        if rng.random() < 0.5:
            fields.append((rng.choice(("Acct", "Account #", "FIN", "Encounter")), "{acct}"))
        if rng.random() < 0.25:
            fields.append(("Sex", self.ctx.sex.upper()))
        return fields + extra

    def age_phrase(self, d: Doc) -> None:
        """'a 67-year-old' (plain) or a 90+ AGE span."""
        ctx, rng = self.ctx, self.rng
        if rng.random() < 0.16:
            form = rng.choice(("{age90}-year-old", "{age90} y/o", "{age90} yo", "{age90} year old"))
        else:
            form = rng.choice(("{age}-year-old", "{age} y/o", "{age} yo", "{age} year old"))
        gender = {"f": ("female", "woman"), "m": ("male", "man")}[ctx.sex][rng.randrange(2)]
        self.r(form + " " + gender, d)


def _letterhead(c: Clin, org_slot: str) -> None:
    c.r("{" + org_slot + "}\n{addr:org}\n{cityline:org}\n")
    c.r(
        c.rng.choice(
            (
                "Tel {phone:org}  Fax {fax:org}\n",
                "P: {phone:org} | F: {fax:org}\n",
                "Phone: {phone:org}\nFax: {fax:org}\n",
            )
        )
    )


def doc_discharge(c: Clin) -> None:
    rng = c.rng
    probs = _problems(c, rng.choice((2, 3)))
    c.d.t(rng.choice(("DISCHARGE SUMMARY\n", "Discharge Summary\n", "HOSPITAL DISCHARGE SUMMARY\n", "")))
    if rng.random() < 0.5:
        c.r("{hosp}\n")
    c.header(
        c.patient_fields(
            [("Admitted", "{date:admit}"), ("Discharged", "{date:dc}"), ("Attending", "{dr:full}"), ("PCP", "{pcp}")][
                : rng.randint(2, 4)
            ]
        )
    )
    c.heading("Discharge Diagnoses")
    for i, p in enumerate(probs):
        c.d.t(f"\n{i + 1}. " if c.heading_style != "title_colon" else ("" if i == 0 else "; "))
        _dx_line(c.d, c.ctx, p)
    c.heading("Hospital Course")
    c.r("{Pt:first} is a ")
    c.age_phrase(c.d)
    c.r(f" admitted with {probs[0].hpi}. [Treated with|Started on|Received] {probs[0].meds}. ")
    c.r(probs[0].plan[0].upper() + probs[0].plan[1:] + ".")

    def meds(d: Doc) -> None:
        c.heading("Discharge Medications", d)
        c.meds_list(d, probs)

    def followup(d: Doc) -> None:
        c.heading("Follow-up", d)
        c.r(
            rng.choice(
                (
                    "Dr. {pcp:full} at {clinic} on {date:fu}, {phone:clinic}.",
                    "{dept} clinic in 1-2 weeks; PCP {pcp:init} ({phone:clinic}).",
                    "With {pcp:lf} on {date:fu} at {time}. Labs at {lab} before the visit.",
                    "Dr. {pcp:last} ({clinic}) in 1 week. Results will post to {url:hosp}.",
                )
            ),
            d,
        )

    def dispo(d: Doc) -> None:
        c.heading("Disposition", d)
        c.r(
            rng.choice(
                (
                    "Home with {hha} for skilled nursing ({code:G0299}).",
                    "Transferred to {nh} in {city}, room {room}.",
                    "Discharged to {rehab} for acute rehab.",
                    "Home with {kin:rel/any} {rel:full}; contact {phone:rel}.",
                    "Home. Lives at {addr} with {his:pt} {kin:rel/child} {rel:first}.",
                )
            ),
            d,
        )

    def procs(d: Doc) -> None:
        procs = [pr for pr in PROCEDURES if any(pr.dx and p.label.startswith(pr.dx) for p in probs)]
        if procs:
            c.heading("Procedures", d)
            for pr in procs:
                c.r(pr.name + " on {date:surg} (", d)
                d.k(pr.pcs, "code")
                d.t(")")
                if pr.implant:
                    c.r(", implant by {mfr:" + pr.implant + "}", d)

    def footer(d: Doc) -> None:
        c.dictation(d)
        if rng.random() < 0.5:
            c.cc(d)

    c.optional([meds, followup, dispo, procs, footer])
    c.signature(c.d)


def doc_referral(c: Clin) -> None:
    rng = c.rng
    p = _problems(c, 1, outpatient=True)[0]
    _letterhead(c, "clinic")
    c.r("\n{date:d:long}\n\n")
    c.r(
        rng.choice(
            ("Dr. {dr2:full}\n{clinic2}\n{addr:c2}\n{cityline:c2}\n\n", "To: {dr2:full}, {dept}\n{hosp}\n\n", "")
        )
    )
    c.r(
        rng.choice(
            (
                "RE: {pt:full}  DOB {date:dob}\n\n",
                "Re: {pt:lf} (DOB {date:dob}; MRN {mrn})\n\n",
                "Patient: {pt:full}, born {date:dob:long}\n\n",
            )
        )
    )
    c.r(rng.choice(("Dear Dr. {dr2:last},\n\n", "Dear {dr2:first},\n\n", "Dear colleague,\n\n")))
    c.r("Thank you for seeing [my patient|this pleasant patient|] {pt:first}, a ")
    c.age_phrase(c.d)
    c.r(" [with|whom I am referring for] ")
    _dx_line(c.d, c.ctx, p, with_code=rng.random() < 0.6)
    c.r(f". {{He:pt}} reports {p.hpi}. Current medications include {p.meds}. ")

    def more(d: Doc) -> None:
        c.r(
            rng.choice(
                (
                    "{He:pt} is covered by {ins} (member ID {member}). ",
                    "{His:pt} {kin:rel/child} {rel:full} helps with appointments and can be reached at {phone:rel}. ",
                    "{He:pt} works [as a driver|in the warehouse|nights] for {work} and would prefer early morning visits. ",
                    "Recent imaging was done at {imaging} on {date:prior}; the report is enclosed. ",
                    "{He:pt} recently moved from {city:2} to {city}. ",
                )
            ),
            d,
        )

    def ask(d: Doc) -> None:
        c.r("I would appreciate your [evaluation|opinion on further management|recommendations]. ", d)

    c.optional([more, more, ask], shuffle=True)
    c.r(rng.choice(("\n\nSincerely,\n\n", "\n\nWith thanks,\n", "\n\nKind regards,\n\n")))
    c.r(rng.choice(("{dr:full}, MD\n", "{dr:fml}, DO\n", "{np:full}, FNP-C\n")))
    if rng.random() < 0.5:
        c.r(rng.choice(("{clinic} | {email:dr}", "Direct line {phone:dr}", "Patient portal: {url:clinic}")))


def doc_consult(c: Clin) -> None:
    rng = c.rng
    probs = _problems(c, 2)
    c.d.t(rng.choice(("CONSULTATION NOTE\n", "Inpatient Consult\n", "CONSULT\n")))
    c.header(
        c.patient_fields(
            [("Requesting", "Dr. {dr2:last}"), ("Consultant", "{dr:cred}"), ("Date", "{date:d}"), ("Room", "{room}")][
                : rng.randint(2, 4)
            ]
        )
    )
    c.heading("Reason for Consult")
    c.r("[Asked by Dr. {dr2:last} to evaluate|Evaluate|Please see re:] ")
    _dx_line(c.d, c.ctx, probs[0], with_code=False)
    c.d.t(".")
    c.heading("HPI")
    c.age_phrase(c.d)
    c.r(f" with {probs[0].hpi}. History of ")
    _dx_line(c.d, c.ctx, probs[1], with_code=False)
    c.r(f" on {probs[1].meds}.")

    def social(d: Doc) -> None:
        c.heading("Social History", d)
        c.r(
            rng.choice(
                (
                    "Lives in {city} with {kin:spouse/spouse} {spouse:first}. Retired from {work}. Never smoker.",
                    "Lives alone in an apartment on {street}; {kin:rel/child} {rel:full} ({phone:rel}) visits daily. Former smoker, 20 pack-years.",
                    "Resident of {nh}. Ambulates with a walker. No alcohol.",
                    "Works at {work}. Drinks 2-3 beers on weekends. Two children.",
                )
            ),
            d,
        )

    def exam(d: Doc) -> None:
        c.heading("Exam", d)
        c.r(
            "BP {bp}, HR {n:58-118}, T {temp}, SpO2 {n:89-99}% RA. [Labs pending, accession {id:lab}.|] [Alert and oriented x3.|Pleasant, in no distress.] [No JVD.|Lungs with scattered wheezes.] [Trace edema.|Abdomen soft.]",
            d,
        )

    def assess(d: Doc) -> None:
        c.heading("Assessment and Plan", d)
        for p in probs:
            d.t("\n- ")
            _dx_line(d, c.ctx, p)
            c.r(": " + p.plan + ".", d)

    c.optional([social, exam])
    sub = c.d.sub()
    assess(sub)
    c.fits(sub, 1480)
    c.r("\n[Thank you for this consult.|Will follow.] ")
    c.signature(c.d)


def doc_operative(c: Clin) -> None:
    rng = c.rng
    pr = rng.choice(PROCEDURES)
    prob = next((p for p in PROBLEMS if pr.dx and p.label.startswith(pr.dx)), None)
    c.d.t(rng.choice(("OPERATIVE REPORT\n", "Operative Note\n", "BRIEF OP NOTE\n", "PROCEDURE NOTE\n")))
    if rng.random() < 0.4:
        c.r("{hosp}\n")
    c.header(
        c.patient_fields(
            [("Date of Surgery", "{date:surg}"), ("Surgeon", "{surg:cred}"), ("Assistant", "{asst:full}, PA-C")][
                : rng.randint(2, 3)
            ]
        )
    )
    c.heading("Preoperative Diagnosis")
    if prob:
        _dx_line(c.d, c.ctx, prob)
    else:
        c.r("Symptomatic sinus node dysfunction (")
        c.d.k("I49.5", "code")
        c.d.t(")")
    c.heading("Procedure")
    c.d.t(pr.name + " (")
    c.d.k(pr.pcs, "code")
    c.d.t(")")

    def anes(d: Doc) -> None:
        c.heading("Anesthesia", d)
        c.r("[General endotracheal|MAC with local|Spinal] by {anes:full}, [CRNA|MD]", d)

    def findings(d: Doc) -> None:
        c.heading("Findings", d)
        c.r(pr.findings, d)

    def implants(d: Doc) -> None:
        if pr.implant:
            c.heading("Implants", d)
            c.r("{mfr:" + pr.implant + "} [device|component|system], serial {serial}", d)

    def specimen(d: Doc) -> None:
        c.heading("Specimens", d)
        if pr.specimen:
            c.r(pr.specimen + " to pathology, accession {id:path}.", d)
        else:
            d.t("None.")
        c.r(" EBL {n:5-200} mL.", d)

    def dispo(d: Doc) -> None:
        c.heading("Disposition", d)
        c.r(
            "To {dept:PACU} in stable condition. [Family|{Kin:rel/any}] ({rel:full}) updated by phone at {phone:rel}.",
            d,
        )

    c.optional([anes, findings, implants, specimen, dispo])
    c.signature(c.d, "surg")


def doc_ed(c: Clin) -> None:
    rng = c.rng
    mvc = rng.random() < 0.45
    c.d.t(rng.choice(("EMERGENCY DEPARTMENT NOTE\n", "ED Provider Note\n", "ED PHYSICIAN DOCUMENTATION\n")))
    c.header(
        c.patient_fields(
            [("Arrival", "{date:d} {time}"), ("Mode", "[EMS|Private vehicle|Walk-in]"), ("Provider", "{dr:cred}")][
                : rng.randint(1, 3)
            ]
        )
    )
    c.heading("HPI")
    c.age_phrase(c.d)
    if mvc:
        c.r(
            " restrained driver in a [rear-end|T-bone|rollover] collision on {street} in {city} at about {time}. [Airbag deployed.|No airbag deployment.] "
            "{His:pt} vehicle, a [silver|black|white] sedan, plate {plate}[, VIN {vin}|], was towed. [Positive|Brief] LOC, [GCS 14|GCS 15] on scene."
        )
        c.r(" {epo:Glasgow Coma Scale} on arrival [15|14|13].")
        codes: tuple[str, ...] = ("S06.0X0A", "V43.52XA") if rng.random() < 0.5 else ("S13.4XXA", "V43.52XA")
    else:
        p = rng.choice([x for x in PROBLEMS[:10] if x.sex in ("", c.ctx.sex)])
        c.r(f" with {p.hpi}.")
        codes = p.codes

    def course(d: Doc) -> None:
        c.heading("ED Course", d)
        med, code = rng.choice(HCPCS_ED)
        c.r("[Roomed in|Seen in] {dept:ED} [pod B|fast track|trauma bay]. Given " + med + " (", d)
        d.k(code, "code")
        c.r(
            "). [CT head negative.|Chest x-ray clear.|Labs notable for WBC 13.2.] [Reassessed at|Improved by] {time}.",
            d,
        )

    def ident(d: Doc) -> None:
        c.r(
            "\nID verified with [driver's license|state ID] {dl}"
            + (", plate {plate} per police report." if mvc and rng.random() < 0.3 else "."),
            d,
        )

    def contact(d: Doc) -> None:
        c.heading("Contacts", d)
        c.r("{Kin:rel/any} {rel:full}, {phone:rel}. [Police officer|Deputy] {staff:last} at bedside.", d)

    def dispo(d: Doc) -> None:
        c.heading("Diagnosis", d)
        for i, code in enumerate(codes):
            if i:
                d.t(", ")
            d.k(code, "code")
        c.heading("Disposition", d)
        c.r(
            rng.choice(
                (
                    "Discharged home with return precautions; follow up at {clinic}.",
                    "Admitted to [medicine|{dept:ICU}] under Dr. {dr2:last}.",
                    "Transferred to {hosp2} for trauma surgery.",
                )
            ),
            d,
        )

    c.optional([course, ident, contact])
    sub = c.d.sub()
    dispo(sub)
    c.fits(sub, 1490)
    c.signature(c.d)


def doc_handoff(c: Clin) -> None:
    rng = c.rng
    p = _problems(c, 1)[0]
    c.r(
        rng.choice(
            (
                "SBAR HANDOFF - [{dept:ICU}|4 West|Step-Down|Med-Surg]\n",
                "Nursing Shift Report\n",
                "RN HANDOFF  {date:d} {time}\n",
            )
        )
    )
    c.r(rng.choice(("Rm {room}  ", "Room {room} / Bed 2  ", "Bed {room}  ")))
    c.r("{pt}")
    c.r(rng.choice((", ", " ")) + "[Full code|DNR/DNI]\n")
    c.r("S: ")
    c.age_phrase(c.d)
    c.d.t(", ")
    _dx_line(c.d, c.ctx, p, with_code=rng.random() < 0.5)
    c.r(f". B: {p.hpi}. ")
    c.r(
        "A: [A&O x4|Confused at night], {epo:Braden scale} {n:12-20}, {epo:Morse Fall Scale} {n:25-75}. [Foley|{epo:Foley catheter}] in place[ since {date:admit}|]. [IV L forearm 20g.|PICC R arm.] "
    )
    c.r(f"R: {p.plan}.")

    def family(d: Doc) -> None:
        c.r(
            rng.choice(
                (
                    "\n{Kin:rel/any} {rel:full} at bedside, cell {phone:rel}.",
                    "\nFamily contact: {rel:lf} ({phone:rel}), lives in {city}.",
                    "\nPt's {kin:rel/young} {rel:first} called asking for update; verified with passcode.",
                )
            ),
            d,
        )

    def meds(d: Doc) -> None:
        c.r(f"\nMeds due: {p.meds} at {{time}}.", d)

    def by(d: Doc) -> None:
        c.r("\nReport given by {nurse:init}, RN to {nurse2:full}, RN" + rng.choice((".", " at {time}.")), d)

    c.optional([family, meds, by])


def doc_radiology(c: Clin) -> None:
    rng = c.rng
    exam, finding, impression, code = rng.choice(
        (
            (
                "CT HEAD WITHOUT CONTRAST",
                "No acute intracranial hemorrhage, mass effect or midline shift.",
                "No acute intracranial abnormality.",
                "R51.9",
            ),
            (
                "CHEST X-RAY, 2 VIEWS",
                "Right lower lobe airspace opacity. No effusion or pneumothorax.",
                "Right lower lobe pneumonia.",
                "J18.9",
            ),
            (
                "MRI LEFT KNEE WITHOUT CONTRAST",
                "Popliteal fluid collection consistent with a {epo:Baker's cyst}; complex tear of the posterior horn of the medial meniscus.",
                "Medial meniscal tear and {epo:Baker's cyst}.",
                "M23.222",
            ),
            (
                "US ABDOMEN RUQ",
                "Cholelithiasis with gallbladder wall thickening to 5 mm and a positive sonographic {epo:Murphy sign}.",
                "Findings compatible with acute calculous cholecystitis.",
                "K80.00",
            ),
            (
                "CT ABDOMEN/PELVIS WITH CONTRAST",
                "Dilated appendix measuring 11 mm with periappendiceal fat stranding. No abscess.",
                "Acute appendicitis without perforation.",
                "K35.80",
            ),
            ("DEXA SCAN", "Femoral neck T-score -2.7; lumbar spine T-score -2.1.", "Osteoporosis.", "M81.0"),
            (
                "BILATERAL SCREENING MAMMOGRAM",
                "Scattered fibroglandular densities. No suspicious mass or calcification.",
                "BI-RADS 1, negative.",
                "Z12.31",
            ),
        )
    )
    c.r(rng.choice(("{imaging}\n", "{hosp} - Department of {dept:Radiology}\n", "")))
    c.header(
        c.patient_fields(
            [
                ("Exam", exam),
                ("Accession", "{id:acc}"),
                ("Exam Date", "{date:d}"),
                ("Ordering", "{dr2:credlf}"),
            ][: rng.randint(2, 4)]
        )
    )
    c.heading("Clinical History")
    c.r(rng.choice(("[Pain|Follow-up|Fall|Screening]. Indication code ", "Indication: ", "Dx ")))
    c.d.k(code, "code")
    c.heading("Comparison")
    c.r(rng.choice(("None.", "{date:prior}.", "Outside study from {imaging} dated {date:prior}.")))
    c.heading("Findings")
    c.r(finding)
    c.heading("Impression")
    c.r(impression)

    def sig(d: Doc) -> None:
        c.r(
            rng.choice(
                (
                    "\nDictated by: {rad:cred}\nSigned {date:d} {time}",
                    "\nElectronically signed: {rad:credlf} {date:d}",
                    "\nRead by Dr. {rad:last}; results called to {nurse:full}, RN at {time}.",
                )
            ),
            d,
        )

    c.optional([sig])


def doc_insurer(c: Clin) -> None:
    rng = c.rng
    p = _problems(c, 1, outpatient=True)[0]
    _letterhead(c, "clinic")
    c.r("\n{date:d:long}\n\n")
    c.r("[Utilization Management|Appeals Department|Prior Authorization Unit]\n{ins}\n\n")
    c.r(
        rng.choice(
            (
                "RE: {pt:full}\nMember ID: {member}\nDOB: {date:dob}\nClaim #: {id:claim}\n\n",
                "Re: Appeal for {pt:lf}, member {member}, date of service {date:dos}, reference {id:pa}\n\n",
                "Patient: {pt:full} | ID {member} | DOB {date:dob}\n\n",
            )
        )
    )
    c.r(
        "To whom it may concern:\n\nI am writing [on behalf of|to appeal the denial for] my patient, {pt:full}, who has "
    )
    _dx_line(c.d, c.ctx, p)
    c.r(f". {{He:pt}} presented with {p.hpi}. ")
    if p.codes[0] in DME_FOR and rng.random() < 0.7:
        item, code = rng.choice(DME_FOR[p.codes[0]])
        c.r(f"I am requesting coverage of {item} (")
        c.d.k(code, "code")
        c.d.t("). ")
    else:
        wanted = REQUEST_FOR.get(p.codes[0], "")
        if wanted and wanted in p.meds:
            c.r("{He:pt} is stable on " + p.meds + ". I am requesting continued coverage of {drug:" + wanted + "}. ")
        elif wanted:
            c.r("[Prior therapy with|Trial of] " + p.meds + " [was insufficient|failed]. ")
            c.r("I am requesting coverage of {drug:" + wanted + "} [as prescribed|without step therapy]. ")
        else:
            c.r("[Prior therapy with|Trial of] " + p.meds + " [was insufficient|failed]. ")
            c.r("I am requesting [an expedited review|reconsideration of the denial]. ")

    def more(d: Doc) -> None:
        c.r(
            "[Please contact my office at|Questions may be directed to] {phone:org} or fax records requests to {fax:org}. ",
            d,
        )

    def ssn(d: Doc) -> None:
        c.r("Subscriber SSN on file: {ssn}.", d)

    c.optional([more, ssn])
    c.r("\n\nSincerely,\n{dr:cred}")
    if rng.random() < 0.4:
        c.r("\nNPI on file | {clinic}")


def doc_homehealth(c: Clin) -> None:
    rng = c.rng
    p = _problems(c, 1, outpatient=True)[0]
    c.r(rng.choice(("{hha}\nSKILLED NURSING VISIT NOTE\n", "HOME HEALTH VISIT - {hha}\n", "{hha} | Visit Note\n")))
    c.header(
        [
            ("Patient", "{pt}"),
            ("Visit Date", "{date:d}"),
            ("Address", "{addr}, {cityline}"),
            ("Clinician", "{nurse:cred}"),
        ][: rng.randint(3, 4)]
        + [("Visit", "[SN|PT] {code:[G0299|G0151]}")][: rng.randint(0, 1)]
    )
    c.r("Homebound ")
    c.age_phrase(c.d)
    c.r(" seen for ")
    _dx_line(c.d, c.ctx, p)
    c.r(f". BP {{bp}}, HR {{n:60-100}}, SpO2 {{n:90-99}}%. Reviewed {p.meds}. ")

    def caregiver(d: Doc) -> None:
        c.r(
            rng.choice(
                (
                    "Caregiver ({kin:rel/any}) {rel:full} present and independent with med setup. ",
                    "Lives in {hood}, {city}; neighbor {rel:first} checks in daily. ",
                    "[Key|Lockbox] at side door; call {rel:first} at {phone:rel} before visits. ",
                )
            ),
            d,
        )

    def wound(d: Doc) -> None:
        c.r("{epo:Braden scale} {n:11-18}. Stage 2 sacral wound 2 x 1.5 cm, cleansed, foam dressing applied. ", d)

    def dme(d: Doc) -> None:
        item, code = rng.choice(
            DME_FOR.get(p.codes[0], (("a front-wheeled walker", "E0143"), ("a standard wheelchair", "K0001")))
        )
        c.r(f"Needs {item} (", d)
        d.k(code, "code")
        c.r(") - order faxed to {clinic} at {fax:clinic}. ", d)

    def nextv(d: Doc) -> None:
        c.r("Next visit {date:next}. {ins} authorization {id:pa}.", d)

    c.optional([caregiver, wound, dme, nextv])


def doc_pharmacy(c: Clin) -> None:
    rng = c.rng
    anticoag = rng.random() < 0.5
    c.r(rng.choice(("{pharm} - Clinical Pharmacy Note\n", "PHARMACY CONSULT\n", "Anticoagulation Clinic - {hosp}\n")))
    c.header(c.patient_fields([("Date", "{date:d}"), ("Pharmacist", "{rph:cred}")]))
    if anticoag:
        c.r("INR today [1.6|2.4|3.7|2.9] on {drug:warfarin} [5 mg daily|2.5 mg M/W/F, 5 mg other days]. Indication: ")
        c.d.k("I48.91", "code")
        c.r(
            ", goal 2-3. [Missed one dose.|Started {drug:amoxicillin} last week.|No bleeding.] Plan: [continue dose|hold one dose|increase weekly dose 10%], recheck {date:next}."
        )
    else:
        p = _problems(c, 1, outpatient=True)[0]
        c.r("Medication reconciliation for ")
        _dx_line(c.d, c.ctx, p)
        c.r(
            f". Home list verified with patient and {{pharm}}: {p.meds}. [Duplicate statin removed.|Dose adjusted for CrCl 38.|No interactions found.]"
        )

    def rx(d: Doc) -> None:
        c.r("\nRx #{id:rx} for {drug} {dose} x30, prescriber {dr:full}, MD (DEA {dea}).", d)

    def contact(d: Doc) -> None:
        c.r("\nCounseled by phone at {phone}; [caregiver|{kin:rel/any}] {rel:first} also present.", d)

    def ins(d: Doc) -> None:
        c.r("\nBilled to {ins}, member {member}.", d)

    c.optional([rx, contact, ins])


def doc_telehealth(c: Clin) -> None:
    rng = c.rng
    p = _problems(c, 1, outpatient=True)[0]
    c.d.t(rng.choice(("TELEHEALTH VISIT\n", "Video Visit Progress Note\n", "Virtual Visit\n")))
    c.header(c.patient_fields([("Visit date", "{date:d}"), ("Provider", "{dr:cred}")]))
    c.r(
        rng.choice(
            (
                "Visit conducted by two-way video via {url:clinic}. Patient located at home in {city}; provider at {clinic}. Connection from {ip}. ",
                "Audio-video visit; patient joined from {his:pt} [car|workplace] at {work} ({city}). Session IP {ip}. ",
                "Patient at {nh} with {nurse:first} assisting; verbal consent obtained. ",
            )
        )
    )
    c.r("Follow-up of ")
    _dx_line(c.d, c.ctx, p)
    c.r(f". Reports {p.hpi}. Plan: {p.plan}.")

    def time_(d: Doc) -> None:
        c.r(" Total time {n:15-40} minutes.", d)

    def next_(d: Doc) -> None:
        c.r("\nNext virtual visit {date:fu}; reminder sent to {email:pt}.", d)

    c.optional([time_, next_])
    c.signature(c.d)


def doc_ems(c: Clin) -> None:
    rng = c.rng
    c.r(rng.choice(("EMS PATIENT CARE REPORT\n", "Ambulance Run Sheet\n", "PCR - ALS Unit\n")))
    c.header([("Run #", "{id:run}"), ("Date", "{date:d}"), ("Pt", "{pt}"), ("DOB", "{date:dob}")][: rng.randint(3, 4)])
    mvc = rng.random() < 0.4
    if mvc:
        c.r("Dispatched to [{street}|{street} near {street:2}], {city} for MVC. Found ")
        c.age_phrase(c.d)
        c.r(" driver of vehicle plate {plate}, ambulatory at scene. ")
    else:
        c.r("Dispatched to {addr}, {city} for [fall|chest pain|difficulty breathing]. Found ")
        c.age_phrase(c.d)
        c.r(" [supine|seated] [on the kitchen floor|in the bathroom|in a recliner]. ")
    c.r("{epo:Glasgow Coma Scale} 15. BP {bp}, HR {n:60-130}, SpO2 {n:88-99}%. ")

    def tx(d: Doc) -> None:
        c.r("\n[{drug:Aspirin} 324 mg PO.|12-lead sinus tachycardia.|C-collar applied.] ALS transport (", d)
        d.k("A0427", "code")
        c.r(") to {hosp}, report to charge RN {nurse:full}.", d)

    def crew(d: Doc) -> None:
        c.r("\nCrew: {medic:cred} / {medic2:cred}", d)

    def id_(d: Doc) -> None:
        c.r("\nIdentified by [DL|driver license] {dl}. {Kin:rel/any} {rel:full} notified at {phone:rel}.", d)

    c.optional([tx, crew, id_])


def doc_device(c: Clin) -> None:
    rng = c.rng
    c.r(rng.choice(("DEVICE CLINIC - {dept:Cardiology}\n", "Pacemaker Interrogation\n", "Remote Monitoring Report\n")))
    c.header(c.patient_fields([("Date", "{date:d}"), ("Implanted", "{date:prior}")]))
    c.r(
        "{mfr:"
        + rng.choice(("Medtronic", "Boston Scientific", "Abbott", "Biotronik"))
        + "} dual-chamber pacemaker, serial {serial}. "
    )
    c.r("RA lead SN {serial:ra}, RV lead SN {serial:rv}. Battery [8.5|10.2|6.1] years. Presence of pacemaker (")
    c.d.k("Z95.0", "code")
    c.r("). [AP 34%, VP 2%.|No high-rate episodes.|AF burden 1.2%; on {drug:Eliquis}.] ")

    def remote(d: Doc) -> None:
        c.r("Remote transmission from home monitor ({ip}) received {date:past}. ", d)

    def pt(d: Doc) -> None:
        c.r("Patient is ", d)
        c.age_phrase(d)
        c.r("; lives with {his:pt} {kin:rel/child} {rel:first} in {city}. ", d)

    def sig(d: Doc) -> None:
        c.r("\nReviewed by {np:cred}; device rep {rel2:full} ({mfr}) present.", d)

    c.optional([remote, pt, sig])


DOC_TYPES: tuple[tuple[str, Callable[[Clin], None]], ...] = (
    ("discharge", doc_discharge),
    ("referral", doc_referral),
    ("consult", doc_consult),
    ("operative", doc_operative),
    ("ed", doc_ed),
    ("handoff", doc_handoff),
    ("radiology", doc_radiology),
    ("insurer", doc_insurer),
    ("homehealth", doc_homehealth),
    ("pharmacy", doc_pharmacy),
    ("telehealth", doc_telehealth),
    ("ems", doc_ems),
    ("device", doc_device),
)


def _clinical(g: Gen, idx: int) -> Doc:
    _kind, fn = DOC_TYPES[idx % len(DOC_TYPES)]
    c = Clin(g)
    fn(c)
    c.finish()
    if not 150 <= c.d.n <= 1500:
        raise Retry(f"length {c.d.n}")
    return c.d


# --------------------------------------------------------------------------------------------
# Driver.
# --------------------------------------------------------------------------------------------
def generate(family: str, n: int, seed: int) -> list[dict[str, object]]:
    if family not in FAMILIES:
        raise ValueError(family)
    out = []
    seen: set[str] = set()
    for i in range(n):
        for attempt in range(50):
            g = Gen(seed * 1_000_003 + i * 101 + attempt)
            try:
                doc = _message(g) if family == "messages" else _clinical(g, i)
                check(doc)
            except Retry:
                continue
            if doc.text in seen:
                continue
            break
        else:
            raise RuntimeError(f"{family} note {i}: no valid draw")
        seen.add(doc.text)
        out.append(record(doc, family, i))
    return out


def dumps(records: list[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--family", choices=FAMILIES, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    text = dumps(generate(args.family, args.n, args.seed))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


if __name__ == "__main__":
    main()
