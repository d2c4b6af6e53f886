"""Seventh independent de-identification evaluation set (eval7): patient-portal result questions,
clinical-trial enrolment questions, advance-directive and proxy paperwork, travel-vaccine requests,
lost-medication reports, school-nurse questions, probation and court-ordered-treatment requests,
home-care aide timesheets, hospital-at-home monitoring alerts, bereavement letters, charity and
crowdfunding assistance letters, mixed-language messages, abbreviated texts, chatbot transcripts and
parking-placard forms; and anaesthesia pre-op assessments, ICU progress notes with line/drain tables,
dialysis run sheets, chemotherapy infusion records, sleep-study reports, endoscopy reports, cardiac
catheterisation reports, genetic-counselling letters with a pedigree, forensic examination forms,
court-ordered evaluations, workers' compensation reports, transplant evaluation letters, NICU notes,
autopsy reports, British-style clinic letters to a GP, HL7-like pipe segments and JSON/XML-ish
exports. Written by a writer who read none of the de-identifier's rules, lexicons or models, none of
the other generators' templates and none of their sets, and who never ran the de-identifier on them.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters them.
This family brings text shapes and values nobody tuned on.

Locales: names, places and organisation-name words come only from Faker locales that no other
project list, set, corpus or eval3-eval6 uses (tests/deid/test_evalset7.py checks it): ta_IN (Tamil
given names and surnames, cities) and bn_BD (Bengali given names, surnames, cities, and area names used
as organisation and street words). Faker ships no romanization for either script, so this module
romanizes them with small hand-written maps: Tamil letter by letter with the customary voicing of
intervocalic k/t ("Murugan", "Vadivel") and geminate spellings ("Muthu"); Bengali letter by letter with
a simple inherent-vowel deletion rule ("Majumdar", "Rahman", "Biswas"). About one person in ten keeps
Latin diacritics (long-vowel macrons and dotted retroflexes, "Kāvēri", "Śarmilā"); those names are the
only non-ASCII text. Every table is read from the locale's own provider class (``FAKER_TABLES``),
never an inherited one; ``provenance_problems()`` checks it. Numbers, dates, codes and every identifier
are drawn by this module's own seeded ``random.Random``; no Faker randomness is used, so a seed
reproduces its file byte for byte.

Annotation conventions: NAME spans exclude titles and credentials ("Dr ", "Ms.", ", RN") and a
possessive "'s"; "LAST, First M." is one span, an HL7 "LAST^FIRST^M" is one span, a quoted nickname
or "Jr." belongs to the name, "bin" joining a given name to a father's name is inside the span; a
Tamil father's initial ("K. Murugan") is inside the span; initials signing a message are a NAME. A
date is one span with its year if it has one (a weekday written with it belongs to it), a date
without a year ("3/4", "4th Mar") is still a DATE, a bare year or a clock time is not PHI. AGE (the
number only) is PHI only when 90 or more. ADDRESS is the whole street line (number, street, suffix,
unit); a city is LOCATION; a ZIP (with its +4) is ZIP; US states and countries are not PHI. Hospital,
clinic, school, employer, agency, pharmacy, funeral-home and court names are FACILITY. Phone and fax
spans include "+1" and an extension. Passport, trial-subject, docket, case, claim, evidence-kit,
ticket, badge, student, employee, prescription, UNOS and accession numbers and user names are ID;
driver's, professional and placard licence numbers LICENSE; plates and VINs VEHICLE; device serial
numbers DEVICE; billing and bank account numbers ACCOUNT; member and subscriber numbers HEALTH_PLAN.
In HL7-like segments the facility's initials (sending facility, MRN assigning authority) are FACILITY and
the message control id is ID; "Asansol County" keeps only the county's name as LOCATION. The British-style
letters to a GP use dd/mm/yyyy dates and a US street line, city and ZIP (no UK postcodes). Messages use
ASCII emoticons (":)", "<3"), never emoji, so that only marked names are non-ASCII.
Model and lot numbers are not PHI (``keep`` codes). ``keep`` lists the non-PHI terms a coder needs
(kinds in ``KEEP_KINDS``); no keep term ever occurs inside a PHI span.

    python -m tools.deid.evalset7 --family messages --n 300 --seed 1301 --out datasets/deid/eval7_messages.jsonl
    python -m tools.deid.evalset7 --family clinical --n 120 --seed 1302 --out datasets/deid/eval7_clinical.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from tools.deid import faker_tables

FAMILIES = ("messages", "clinical")
KEEP_KINDS = ("code", "insurer", "manufacturer", "eponym", "department", "drug")

LOCALES = ("ta_IN", "bn_BD")
NAME_LOCALES = ("ta_IN", "bn_BD")
CITY_LOCALES = ("ta_IN", "bn_BD")
ORG_LOCALES = ("bn_BD",)

_TA_P, _TA_A = "faker.providers.person.ta_IN", "faker.providers.address.ta_IN"
_BN_P, _BN_A = "faker.providers.person.bn_BD", "faker.providers.address.bn_BD"
FAKER_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "ta_IN": ((_TA_P, "first_names_male"), (_TA_P, "first_names_female"), (_TA_P, "last_names"), (_TA_A, "cities")),
    "bn_BD": (
        (_BN_P, "first_names_male"),
        (_BN_P, "first_names_female"),
        (_BN_P, "last_names"),
        (_BN_A, "cities"),
        (_BN_A, "area_names"),
    ),
}


def _own_table(module: str, attr: str) -> tuple[str, ...]:
    return tuple(faker_tables.own_table(module, attr))


def provenance_problems() -> list[str]:
    """Tables that are not the locale's own (read from a parent provider), as readable lines."""
    return faker_tables.provenance_problems(FAKER_TABLES)


# ---------------------------------------------------------------------------------------------------
# Romanization (hand-written maps; index 0 plain ASCII, index 1 with diacritics)

_TA_VOWELS = {
    "அ": ("a", "a"), "ஆ": ("a", "ā"), "இ": ("i", "i"), "ஈ": ("ee", "ī"), "உ": ("u", "u"), "ஊ": ("oo", "ū"),
    "எ": ("e", "e"), "ஏ": ("e", "ē"), "ஐ": ("ai", "ai"), "ஒ": ("o", "o"), "ஓ": ("o", "ō"), "ஔ": ("au", "au"),
}  # fmt: skip
_TA_SIGNS = {
    "ா": ("a", "ā"), "ி": ("i", "i"), "ீ": ("ee", "ī"), "ு": ("u", "u"), "ூ": ("oo", "ū"), "ெ": ("e", "e"),
    "ே": ("e", "ē"), "ை": ("ai", "ai"), "ொ": ("o", "o"), "ோ": ("o", "ō"), "ௌ": ("au", "au"),
}  # fmt: skip
_TA_CONS = {
    "க": ("k", "k"), "ங": ("ng", "ṅ"), "ச": ("s", "s"), "ஞ": ("ny", "ñ"), "ட": ("d", "ḍ"), "ண": ("n", "ṇ"),
    "த": ("th", "th"), "ந": ("n", "n"), "ப": ("p", "p"), "ம": ("m", "m"), "ய": ("y", "y"), "ர": ("r", "r"),
    "ல": ("l", "l"), "வ": ("v", "v"), "ழ": ("zh", "ḻ"), "ள": ("l", "ḷ"), "ற": ("r", "ṟ"), "ன": ("n", "n"),
    "ஜ": ("j", "j"), "ஷ": ("sh", "ṣ"), "ஸ": ("s", "s"), "ஹ": ("h", "h"), "ஶ": ("sh", "ś"),
}  # fmt: skip
_TA_GEMINATE = {"த": "", "ச": "", "ற": "t", "ட": "t"}  # the first of a doubled letter: "Muthu", "Pachai", "Kotravai"
_TA_SECOND = {"ச": "ch", "ட": "t", "த": "th", "ற": "r", "க": "k", "ப": "p"}


def romanize_ta(word: str, marks: bool = False) -> str:
    """Tamil script to Latin letters."""
    m = 1 if marks else 0
    units: list[tuple[str | None, str | None]] = []  # (consonant, vowel); vowel "" = pulli, None = inherent a
    for ch in word:
        if ch in _TA_CONS:
            units.append((ch, None))
        elif ch in _TA_SIGNS and units and units[-1][0]:
            units[-1] = (units[-1][0], _TA_SIGNS[ch][m])
        elif ch == "்" and units and units[-1][0]:
            units[-1] = (units[-1][0], "")
        elif ch in _TA_VOWELS:
            units.append((None, _TA_VOWELS[ch][m]))
        elif ch == "ஃ":
            units.append(("ஹ", ""))
    out = []
    for i, (c, v) in enumerate(units):
        vowel = "a" if v is None else v
        if c is None:
            out.append(vowel)
            continue
        prev = units[i - 1] if i else (None, None)
        nxt = units[i + 1] if i + 1 < len(units) else (None, None)
        prev_vowel = i > 0 and prev[1] != ""
        after = prev[0] if i > 0 and prev[1] == "" else None
        letter = _TA_CONS[c][m]
        if v == "" and nxt[0] == c:
            letter = _TA_GEMINATE.get(c, letter)
        elif after == c and c in _TA_SECOND:
            letter = _TA_SECOND[c]
        elif c == "க" and (prev_vowel or after == "ங"):
            letter = "g"
        elif c == "ச" and after == "ஞ":
            letter = "j"
        elif c == "ட" and not (prev_vowel or after == "ண") and i > 0:
            letter = "t"
        elif c == "ப" and after == "ம":
            letter = "b"
        elif c == "ற" and after == "ன":
            letter = "dr"
        elif c in "ஙஞ" and nxt[0] in ("க", "ச"):
            letter = "ñ" if marks and c == "ஞ" else "n"
        out.append(letter + vowel)
    s = "".join(out)
    return s[:1].upper() + s[1:]


_BN_VOWELS = {
    "অ": ("a", "a"), "আ": ("a", "ā"), "ই": ("i", "i"), "ঈ": ("i", "ī"), "উ": ("u", "u"), "ঊ": ("u", "ū"),
    "ঋ": ("ri", "ṛ"), "এ": ("e", "e"), "ঐ": ("oi", "oi"), "ও": ("o", "o"), "ঔ": ("ou", "ou"),
}  # fmt: skip
_BN_SIGNS = {
    "া": ("a", "ā"), "ি": ("i", "i"), "ী": ("i", "ī"), "ু": ("u", "u"), "ূ": ("u", "ū"), "ৃ": ("ri", "ṛ"),
    "ে": ("e", "e"), "ৈ": ("oi", "oi"), "ো": ("o", "o"), "ৌ": ("ou", "ou"),
}  # fmt: skip
_BN_CONS = {
    "ক": ("k", "k"), "খ": ("kh", "kh"), "গ": ("g", "g"), "ঘ": ("gh", "gh"), "ঙ": ("ng", "ṅ"), "চ": ("ch", "c"),
    "ছ": ("chh", "ch"), "জ": ("j", "j"), "ঝ": ("jh", "jh"), "ঞ": ("n", "ñ"), "ট": ("t", "ṭ"), "ঠ": ("th", "ṭh"),
    "ড": ("d", "ḍ"), "ঢ": ("dh", "ḍh"), "ণ": ("n", "ṇ"), "ত": ("t", "t"), "থ": ("th", "th"), "দ": ("d", "d"),
    "ধ": ("dh", "dh"), "ন": ("n", "n"), "প": ("p", "p"), "ফ": ("f", "ph"), "ব": ("b", "b"), "ভ": ("bh", "bh"),
    "ম": ("m", "m"), "য": ("j", "y"), "র": ("r", "r"), "ল": ("l", "l"), "শ": ("sh", "ś"), "ষ": ("sh", "ṣ"),
    "স": ("s", "s"), "হ": ("h", "h"), "ড়": ("r", "ṛ"), "ঢ়": ("rh", "ṛh"), "য়": ("y", "y"),
}  # fmt: skip
_BN_NUKTA = {"ড": "ড়", "ঢ": "ঢ়", "য": "য়"}


def romanize_bn(word: str, marks: bool = False) -> str:
    """Bengali script to Latin letters, dropping the inherent vowel where Bengali speakers do."""
    m = 1 if marks else 0
    units: list[list] = []  # [consonant cluster, vowel or None (inherent), coda]
    join = False
    for ch in word:
        if ch in _BN_CONS:
            if join and units and units[-1][0]:
                units[-1][0].append(ch)
            else:
                units.append([[ch], None, ""])
            join = False
        elif ch == "়" and units and units[-1][0] and units[-1][0][-1] in _BN_NUKTA:
            units[-1][0][-1] = _BN_NUKTA[units[-1][0][-1]]
        elif ch == "্" and units and units[-1][0]:
            join = True
        elif ch in _BN_SIGNS and units:
            units[-1][1] = _BN_SIGNS[ch][m]
        elif ch in _BN_VOWELS:
            units.append([[], _BN_VOWELS[ch][m], ""])
        elif ch == "ং" and units:
            units[-1][2] += "ṁ" if marks else "ng"
        elif ch == "ৎ":
            units.append([["ত"], "", ""])
    if join and units:
        units[-1][1] = ""
    vowels: list[str] = []
    for i, (cluster, v, _) in enumerate(units):
        if v is not None:
            vowels.append(v)
        elif i == 0:
            vowels.append("a")
        elif i == len(units) - 1:
            vowels.append("a" if len(cluster) > 1 else "")
        elif vowels[-1] and units[i + 1][1] is not None and len(cluster) == 1:
            vowels.append("")
        else:
            vowels.append("a")
    out = []
    for (cluster, _, coda), vowel in zip(units, vowels, strict=True):
        letters = []
        for j, c in enumerate(cluster):
            r = _BN_CONS[c][m]
            if j > 0 and c == "ব":
                r = "w"
            elif j > 0 and c == "য":
                r = "" if vowel.startswith(("a", "ā")) else "y"
            elif c in "শষ" and j < len(cluster) - 1 and not marks:
                r = "s"
            elif c == "ঙ" and j < len(cluster) - 1:
                r = "ṅ" if marks else "n"
            letters.append(r)
        out.append("".join(letters) + vowel + coda)
    s = "".join(out)
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------------------------------------------
# Pools


@dataclass(frozen=True)
class Pools:
    given: dict[str, tuple[tuple[str, str], ...]]  # sex -> (plain, marked)
    surnames: tuple[tuple[str, str], ...]
    places: tuple[str, ...]
    orgwords: tuple[str, ...]


def _clean(word: str) -> str:
    return re.split(r"[(,]", word)[0].strip()


def _ok(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z]{2,14}", s))


@lru_cache(maxsize=1)
def pools() -> Pools:
    given: dict[str, list[tuple[str, str]]] = {"F": [], "M": []}
    surnames: list[tuple[str, str]] = []
    places: list[str] = []
    orgwords: list[str] = []
    for loc, roman in (("ta_IN", romanize_ta), ("bn_BD", romanize_bn)):
        tables = {attr: _own_table(mod, attr) for mod, attr in FAKER_TABLES[loc]}
        for sex, attr in (("M", "first_names_male"), ("F", "first_names_female")):
            for w in tables[attr]:
                p, mk = roman(_clean(w)), roman(_clean(w), marks=True)
                if _ok(p) and len(p) <= 11 and (p, mk) not in given[sex]:
                    given[sex].append((p, mk))
        src = tables["last_names"]
        if loc == "ta_IN":  # the Tamil table is a list of given names also used as family names
            src = src[::7]
        for w in src:
            p, mk = roman(_clean(w)), roman(_clean(w), marks=True)
            if _ok(p) and len(p) <= 12 and (p, mk) not in surnames:
                surnames.append((p, mk))
        for w in tables["cities"]:
            for part in _clean(w).split():
                p = roman(part)
                if _ok(p) and len(p) >= 4 and p not in places:
                    places.append(p)
        for w in tables.get("area_names", ()):
            p = roman(_clean(w))
            if _ok(p) and len(p) >= 3 and p not in orgwords:
                orgwords.append(p)
    return Pools({k: tuple(v) for k, v in given.items()}, tuple(surnames), tuple(places), tuple(orgwords + places[::3]))


# ---------------------------------------------------------------------------------------------------
# Non-PHI vocabulary (written for this family)

STATES = ("Ohio", "Iowa", "Kansas", "Vermont", "Arizona", "Georgia", "Texas", "Kentucky", "Wisconsin", "Maryland")
STATE_ABBR = ("OH", "IA", "KS", "VT", "AZ", "GA", "TX", "KY", "WI", "MD", "NJ", "IN")
COUNTRIES = ("Peru", "Kenya", "Vietnam", "Ghana", "Bolivia", "Cambodia", "Tanzania", "Bangladesh", "India")
INSURERS = (
    "Priority Health", "Geisinger Health Plan", "Premera Blue Cross", "Harvard Pilgrim", "Tufts Health Plan",
    "EmblemHealth", "Fidelis Care", "CareSource", "Medica", "HealthPartners", "Paramount Advantage", "AvMed",
    "Sentara Health Plans", "Wellmark", "SelectHealth", "Moda Health", "PacificSource", "Buckeye Health Plan",
    "Superior HealthPlan", "TRICARE For Life", "Medicare Part B", "Medicaid", "Excellus BlueCross BlueShield",
)  # fmt: skip
MAKERS = (
    "Medtronic", "Baxter", "Fresenius", "Dexcom", "Insulet", "Tandem Diabetes Care", "Zoll", "ResMed", "Stryker",
    "Edwards Lifesciences", "Biotronik", "B. Braun", "Masimo", "Nipro", "Outset Medical", "Olympus",
    "Pentax Medical", "Terumo", "Teleflex", "Nihon Kohden", "Natus", "Inogen", "Boston Scientific", "Abbott",
)  # fmt: skip
DRUGS = (
    "apixaban", "metoprolol succinate", "insulin glargine", "sertraline", "buprenorphine", "gabapentin",
    "levothyroxine", "tacrolimus", "mycophenolate", "prednisone", "ondansetron", "oxaliplatin", "carboplatin",
    "paclitaxel", "pembrolizumab", "heparin", "epoetin alfa", "sevelamer", "propofol", "midazolam", "fentanyl",
    "norepinephrine", "vancomycin", "cefazolin", "caffeine citrate", "amoxicillin", "atorvastatin", "lisinopril",
    "methylphenidate", "albuterol", "naloxone", "hydroxychloroquine", "typhoid vaccine", "hepatitis A vaccine",
)  # fmt: skip


# ---------------------------------------------------------------------------------------------------
# Document builder


class Doc:
    """Text built from pieces; a (value, TYPE) piece is a PHI span, a (value, kind) piece a keep term."""

    def __init__(self) -> None:
        self.text = ""
        self.phi: list[tuple[int, int, str]] = []
        self.keep: dict[str, str] = {}

    def add(self, *parts: str | tuple[str, str]) -> Doc:
        for part in parts:
            if isinstance(part, str):
                self.text += part
                continue
            value, label = part
            if label in KEEP_KINDS:
                self.keep.setdefault(value, label)
            else:
                assert value == value.strip() and value, (value, label)
                self.phi.append((len(self.text), len(self.text) + len(value), label))
            self.text += value
        return self

    def row(self) -> tuple[str, list[dict], dict[str, str]]:
        keep = {}
        for term, kind in self.keep.items():
            hits = [m.start() for m in re.finditer(re.escape(term), self.text)]
            if hits and not any(s < i + len(term) and i < e for i in hits for s, e, _ in self.phi):
                keep[term] = kind
        phi = [{"start": s, "end": e, "type": t} for s, e, t in sorted(self.phi)]
        return self.text, phi, keep


@dataclass
class Person:
    given: str
    surname: str
    mgiven: str
    msurname: str
    sex: str
    marked: bool
    initial: str  # a father's initial or a middle initial
    nick: str


_ORD = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
    "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first",
)  # fmt: skip
_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_DOMAINS = ("inboxly.net", "postcrate.com", "mailgarden.org", "zipmail.io", "harborpost.net", "tinmail.com")
_STREET_SUFFIX = ("St", "Ave", "Rd", "Ln", "Dr", "Ct", "Way", "Pl", "Terrace", "Blvd", "Street", "Avenue", "Pike")


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


class Gen:
    """Values drawn from this module's own seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.p = pools()

    # --- people -----------------------------------------------------------------------------------
    def person(self, sex: str | None = None) -> Person:
        r = self.r
        sex = sex or r.choice("FM")
        g, mg = r.choice(self.p.given[sex])
        s, ms = r.choice(self.p.surnames)
        nick = g[: r.choice((3, 4))].rstrip("aeiou") + r.choice(("u", "i", "oo", "a", "y"))
        return Person(g, s, mg, ms, sex, r.random() < 0.1, r.choice("ABCDEGHJKMNPRSTV"), nick.capitalize())

    def nm(self, p: Person, style: str | None = None) -> str:
        """A written form of a person's name."""
        r = self.r
        g, s = (p.mgiven, p.msurname) if p.marked else (p.given, p.surname)
        style = style or r.choice(
            ("full",) * 6 + ("given",) * 6 + ("surname",) * 2 + ("lower", "caps", "lastfirst", "tamil", "hyphen")
        )
        if style == "full":
            return f"{g} {s}"
        if style == "given":
            return g
        if style == "surname":
            return s
        if style == "lower":
            return r.choice((g.lower(), f"{g} {s}".lower()))
        if style == "lower_given":
            return g.lower()
        if style == "caps":
            return r.choice((g.upper(), f"{g} {s}".upper(), f"{s.upper()}, {g.upper()}"))
        if style == "caps_given":
            return g.upper()
        if style == "lastfirst":
            return r.choice((f"{s}, {g}", f"{s}, {g} {p.initial}.", f"{s.upper()}, {g}"))
        if style == "tamil":
            return r.choice((f"{p.initial}. {g}", f"{p.initial}.{r.choice('KMRSV')}. {g}"))
        if style == "hyphen":
            s2 = r.choice(self.p.surnames)[1 if p.marked else 0]
            return r.choice((f"{g} {s}-{s2}", f"{s}-{s2}"))
        if style == "bin":
            return f"{g} {r.choice(('bin', 'binti' if p.sex == 'F' else 'bin'))} {r.choice(self.p.given['M'])[0]}"
        if style == "nick":
            return f'{g} "{p.nick}" {s}'
        if style == "initials":
            return r.choice((f"{g[0]}.{s[0]}.", f"{g[0]}{s[0]}", f"{g[0]}{s[0]}".lower()))
        if style == "jr":
            return f"{g} {s} {r.choice(('Jr.', 'Jr', 'II'))}" if p.sex == "M" else f"{g} {s}"
        if style == "nickonly":
            return p.nick
        raise ValueError(style)

    def clin(self) -> str:
        """A clinician's surname form for after a title."""
        p = self.person()
        return self.nm(p, self.r.choice(("surname", "surname", "full", "tamil")))

    # --- places and organisations ----------------------------------------------------------------
    def city(self) -> str:
        return self.r.choice(self.p.places)

    def word(self) -> str:
        return self.r.choice(self.p.orgwords)

    def facility(self, kind: str = "hospital") -> str:
        r, w = self.r, self.word()
        tails = {
            "hospital": ("Regional Medical Center", "Community Hospital", "General Hospital", "Memorial Hospital"),
            "clinic": ("Family Clinic", "Health Center", "Medical Group", "Primary Care", "Specialty Clinic"),
            "school": ("Elementary School", "Middle School", "High School", "Academy", "Montessori"),
            "employer": ("Logistics", "Foods Inc", "Packaging LLC", "Freight Co", "Builders", "Textiles"),
            "agency": ("Home Care", "Home Health Services", "Caregivers LLC", "Visiting Nurses"),
            "pharmacy": ("Pharmacy", "Drug Store", "Apothecary", "Rx"),
            "funeral": ("Funeral Home", "Memorial Chapel", "Funeral Services"),
            "court": ("County Court", "Municipal Court", "District Court"),
            "dialysis": ("Kidney Center", "Dialysis", "Renal Care"),
            "lab": ("Sleep Diagnostics", "Pathology Associates", "Reference Lab"),
        }[kind]
        return f"{w} {r.choice(tails)}" if r.random() < 0.8 else f"{w} {r.choice(self.p.places)} {r.choice(tails)}"

    def street(self) -> str:
        r = self.r
        base = f"{r.randint(2, 9899)} {r.choice(('', 'N ', 'S ', 'E ', 'W ')) if r.random() < 0.3 else ''}"
        base += f"{self.word()} {r.choice(_STREET_SUFFIX)}"
        if r.random() < 0.35:
            base += r.choice(
                (f" Apt {r.randint(1, 40)}{r.choice('ABCD')}", f" Unit {r.randint(100, 999)}", f" #{r.randint(2, 30)}")
            )
        if r.random() < 0.06:
            base = f"PO Box {r.randint(10, 99999)}"
        return base

    def zip(self) -> str:
        z = f"{self.r.randint(1000, 99950):05d}"
        return z + (f"-{self.r.randint(0, 9999):04d}" if self.r.random() < 0.3 else "")

    # --- numbers --------------------------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def letters(self, n: int) -> str:
        return "".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))

    def phone(self) -> str:
        r, a, b, c = self.r, self.r.randint(201, 989), self.r.randint(210, 989), self.digits(4)
        return r.choice(
            (
                f"({a}) {b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"{a}-{b}-{c}", f"+1-{a}-{b}-{c}", f"{b}-{c}",
                f"{a}-{b}-{c} ext {r.randint(10, 9999)}", f"({a}){b}-{c} x{r.randint(10, 999)}", f"{a}{b}{c}",
                f"+1 ({a}) {b}-{c}", f"{a} {b} {c}",
            )
        )  # fmt: skip

    def ssn(self) -> str:
        a, b, c = self.r.randint(100, 899), self.r.randint(10, 99), self.digits(4)
        return self.r.choice((f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"))

    def mrn(self) -> str:
        r = self.r
        return r.choice(
            (self.digits(8), f"{self.letters(1)}{self.digits(7)}", f"{self.digits(3)}-{self.digits(2)}-{self.digits(3)}",
             f"MR{self.digits(6)}", f"{self.letters(2)}-{self.digits(6)}", f"{self.digits(2)}/{self.digits(6)}")
        )  # fmt: skip

    def plan(self) -> str:
        r = self.r
        return r.choice(
            (f"{self.letters(3)}{self.digits(9)}", f"{self.digits(4)}-{self.digits(5)}-{self.digits(2)}",
             f"{self.letters(1)}{self.digits(8)}-0{r.randint(1, 4)}", f"{self.digits(10)}{self.letters(1)}")
        )  # fmt: skip

    def account(self) -> str:
        return self.r.choice((self.digits(10), f"{self.digits(5)}-{self.digits(4)}", f"HAR{self.digits(9)}"))

    def dl(self) -> str:
        r = self.r
        return r.choice(
            (f"{self.letters(1)}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}", f"{self.letters(2)}{self.digits(6)}",
             self.digits(9), f"{self.digits(3)} {self.digits(3)} {self.digits(3)}")
        )  # fmt: skip

    def plate(self) -> str:
        r = self.r
        return r.choice(
            (f"{r.randint(1, 9)}{self.letters(3)}{self.digits(3)}", f"{self.letters(3)}-{self.digits(4)}",
             f"{self.letters(2)} {self.digits(3)}{self.letters(1)}")
        )  # fmt: skip

    def vin(self) -> str:
        return "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))

    def serial(self) -> str:
        r = self.r
        return r.choice(
            (f"{self.letters(3)}{self.digits(6)}{self.letters(1)}", f"{self.digits(2)}{self.letters(2)}{self.digits(5)}",
             f"SN-{self.digits(4)}-{self.letters(2)}{self.digits(3)}", f"{self.letters(1)}{self.digits(9)}")
        )  # fmt: skip

    def ip(self) -> str:
        r = self.r
        if r.random() < 0.1:
            return ":".join(f"{r.randint(0, 65535):x}" for _ in range(8))
        return ".".join(
            str(x)
            for x in (r.choice((10, 172, 192, 98, 73, 24)), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        )

    def email(self, p: Person) -> str:
        r = self.r
        g, s = p.given.lower(), p.surname.lower()
        local = r.choice(
            (f"{g}.{s}", f"{g[0]}{s}", f"{g}{r.randint(1, 99)}", f"{s}_{g[:3]}", f"{g}.{s[0]}{r.randint(60, 99)}")
        )
        return f"{local}@{r.choice(_DOMAINS)}"

    def url(self, p: Person | None = None) -> str:
        r = self.r
        if p is not None and r.random() < 0.6:
            slug = f"{p.given.lower()}-{p.surname.lower()}-{r.choice(('recovery', 'transplant-fund', 'medical-bills', 'care'))}"
            return r.choice(
                (f"https://www.givecircle.org/f/{slug}", f"gofundme.com/f/{slug}", f"https://helpcrowd.net/c/{slug}")
            )
        w = self.word().lower()
        return r.choice((f"https://portal.{w}health.org/results/{self.digits(6)}", f"www.{w}clinic.com/p/{self.letters(2).lower()}{self.digits(4)}",
                         f"https://{w}-trials.org/enroll?sid={self.digits(5)}"))  # fmt: skip

    # --- dates and ages -----------------------------------------------------------------------------
    def day(self, lo: int = 2024, hi: int = 2026) -> dt.date:
        return dt.date(self.r.randint(lo, hi), 1, 1) + dt.timedelta(days=self.r.randint(0, 364))

    def date(self, d: dt.date | None = None, style: str | None = None) -> str:
        r = self.r
        d = d or self.day()
        styles = ("iso", "us", "us2", "uk", "long", "dmy", "ord", "abbr", "compact", "wk", "noyear", "words", "short")
        style = style or r.choice(styles)
        mon, mo3 = d.strftime("%B"), d.strftime("%b")
        return {
            "iso": d.isoformat(),
            "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
            "us2": f"{d.month}/{d.day}/{d.year % 100:02d}",
            "uk": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "long": f"{mon} {d.day}, {d.year}",
            "dmy": f"{d.day} {mon} {d.year}",
            "ord": f"{_ordinal(d.day)} {mo3} {d.year}",
            "abbr": f"{d.day:02d}-{mo3}-{d.year}",
            "compact": f"{d.day:02d}{mo3.upper()}{d.year}",
            "wk": f"{d.strftime('%A')} {d.day} {mon} {d.year}" if r.random() < 0.5 else f"{d.strftime('%a')} {d.month}/{d.day}/{d.year}",
            "noyear": r.choice((f"{d.month}/{d.day}", f"{_ordinal(d.day)} {mo3}", f"{mo3} {_ordinal(d.day)}", f"{mon} {d.day}")),
            "words": r.choice((f"the {_ORD[d.day - 1]} of {mon}", f"{mon} the {_ORD[d.day - 1]}")),
            "short": f"{d.month}/{d.day}",
            "hl7": d.strftime("%Y%m%d"),
        }[style]  # fmt: skip

    def dob(self, style: str | None = None) -> str:
        return self.date(
            self.day(1928, 2012), style or self.r.choice(("iso", "us", "uk", "long", "dmy", "abbr", "us2"))
        )

    def old_age(self) -> str:
        n = self.r.randint(90, 104)
        if self.r.random() < 0.25 and n < 100:
            return f"ninety-{_UNITS[n - 90]}" if n > 90 else "ninety"
        return str(n)

    def young_age(self) -> str:
        return str(self.r.randint(19, 88))


# ---------------------------------------------------------------------------------------------------
# Shorthands used by the templates

N, D, P = "NAME", "DATE", "PHONE"


def _sig(g: Gen, p: Person) -> tuple[str, str]:
    return (g.nm(p, g.r.choice(("given", "full", "initials", "lower_given", "nickonly", "full"))), N)


# ---------------------------------------------------------------------------------------------------
# messages


def m_portal(g: Gen) -> Doc:
    r, me = g.r, g.person()
    d0 = g.date()
    test = r.choice(
        (("A1c", "E11.65"), ("TSH", "E03.9"), ("lipid panel", "E78.5"), ("CBC", "D64.9"), ("ferritin", "D50.9"))
    )
    dr = g.clin()
    x = Doc().add("Subject: RE: your ", test[0], " result\n\n")
    if r.random() < 0.5:
        x.add("hi dr ", (dr, N), " - ")
    else:
        x.add("Dr. ", (dr, N), ",\n")
    x.add(r.choice(("thx for the msg. ", "Thanks for getting back to me. ", "ok got it. ")))
    x.add("so my ", test[0], " from ", (d0, D), " says flagged H? is that bad?? my sister ", (g.nm(g.person("F")), N))
    x.add(" had the same thing b4 and they put her on ", (r.choice(DRUGS[:12]), "drug"), ". ")
    x.add("also pls update my cell to ", (g.phone(), P), ", the old one is gone.\n\n")
    x.add(_sig(g, me), "\n\n")
    x.add(
        "> On ",
        (g.date(style=r.choice(("long", "us", "wk"))), D),
        " at ",
        f"{r.randint(1, 12)}:{r.randint(0, 59):02d} ",
    )
    x.add(r.choice(("AM", "PM")), ", ", (g.facility("clinic"), "FACILITY"), " Patient Portal wrote:\n")
    x.add("> Hello ", (g.nm(me, r.choice(("full", "given", "caps"))), N), ", your results are available. ")
    x.add("Dx on file: ", (test[1], "code"), ".\n> Log in at ", (g.url(), "URL"), "\n> MRN ", (g.mrn(), "MRN"), "\n")
    if r.random() < 0.4:
        x.add("\n[sent from ", (g.ip(), "IP"), " via mobile app]\n")
    return x


def m_trial(g: Gen) -> Doc:
    r, me, coord = g.r, g.person(), g.person()
    study = r.choice(
        ("a phase 2 study of a GLP-1 drug", "the knee osteoarthritis injection study", "a long COVID rehab trial")
    )
    x = Doc().add("To: research coordinator ", (g.nm(coord, r.choice(("full", "given", "lastfirst"))), N), "\n")
    x.add("From: ", (g.email(me), "EMAIL"), "\n\n")
    x.add("Hello, I saw the flyer at ", (g.facility(), "FACILITY"), " about ", study, ". I am ")
    if r.random() < 0.3:
        x.add((g.old_age(), "AGE"), " years old but still very active")
    else:
        x.add(g.young_age(), " and have ", r.choice(("type 2 diabetes", "knee pain", "fatigue")))
    if r.random() < 0.4:
        x.add(" and ", (r.choice(("Raynaud's phenomenon", "Hashimoto's thyroiditis", "Graves' disease")), "eponym"))
    x.add(". Am I eligible? My ", (r.choice(INSURERS), "insurer"), " member ID is ", (g.plan(), "HEALTH_PLAN"))
    x.add(
        " if you need it. I already have screening subject no. ", (f"{g.letters(2)}-{g.digits(3)}-{g.digits(4)}", "ID")
    )
    x.add(" from the screening visit on ", (g.date(), D), ".\n")
    x.add(
        "Best time to call is after 5, ", (g.phone(), P), ". I live in ", (g.city(), "LOCATION"), ", ", r.choice(STATES)
    )
    x.add(" so the drive is ok.\n\nThank you,\n", (g.nm(me, r.choice(("full", "caps", "jr", "hyphen"))), N), "\n")
    return x


def m_directive(g: Gen) -> Doc:
    r, me, agent, alt, wit = g.r, g.person(), g.person(), g.person(), g.person()
    x = Doc().add("Re: health care power of attorney / advance directive\n\n")
    x.add("I, ", (g.nm(me, r.choice(("full", "caps", "jr"))), N), ", born ", (g.dob(), D), ", of ")
    x.add(
        (g.street(), "ADDRESS"),
        ", ",
        (g.city(), "LOCATION"),
        ", ",
        r.choice(STATE_ABBR),
        " ",
        (g.zip(), "ZIP"),
        ", name my ",
    )
    x.add(
        r.choice(
            ("daughter", "niece", "wife", "friend") if agent.sex == "F" else ("son", "nephew", "husband", "friend")
        ),
        " ",
        (g.nm(agent, r.choice(("full", "hyphen", "nick"))), N),
    )
    x.add(
        " (cell ",
        (g.phone(), P),
        ") as my agent, and ",
        (g.nm(alt, r.choice(("full", "bin", "tamil"))), N),
        " as alternate.\n",
    )
    x.add("Please scan into my chart at ", (g.facility(), "FACILITY"), ", MRN ", (g.mrn(), "MRN"), ". ")
    x.add("The notarized copy was faxed to ", (g.phone(), "FAX"), " on ", (g.date(), D), ".\n")
    x.add(
        "Witness: ",
        (g.nm(wit, "lastfirst"), N),
        ", notary commission ",
        (f"{g.digits(2)}-{g.digits(6)}", "LICENSE"),
        "\n",
    )
    x.add(
        "DNR/POLST discussed with ",
        (r.choice(("Palliative Care", "Social Work", "Geriatrics Clinic")), "department"),
        ".\n",
    )
    return x


def m_travel(g: Gen) -> Doc:
    r, me, kid = g.r, g.person(), g.person("M")
    c = r.choice(COUNTRIES)
    x = Doc().add(r.choice(("hello travel clinic,", "Hi there -", "Dear Travel Medicine team,")), "\n")
    x.add("we fly to ", c, " on ", (g.date(), D), " (back ", (g.date(style="noyear"), D), "). me + my son ")
    x.add(
        (g.nm(kid, r.choice(("given", "lower_given", "caps_given"))), N), " need ", ("typhoid vaccine", "drug"), " and "
    )
    x.add(("hepatitis A vaccine", "drug"), " pls. his passport # is ", (f"{g.letters(1)}{g.digits(8)}", "ID"))
    x.add(", mine ", (f"{g.letters(1)}{g.digits(8)}", "ID"), ". ")
    x.add("do we need ", r.choice(("malaria pills", "yellow fever shot", "rabies series")), "? ")
    x.add("codes on the last visit were ", ("Z71.84", "code"), " and ", ("90691", "code"), " if that helps billing.\n")
    x.add(
        "appt anytime b4 the 20th. thx!! :)\n-- ",
        (g.nm(me, r.choice(("full", "given", "initials"))), N),
        "\n",
        (g.phone(), P),
        "\n",
    )
    return x


def m_lostmed(g: Gen) -> Doc:
    r, me = g.r, g.person()
    drug = r.choice(("buprenorphine", "methylphenidate", "gabapentin", "sertraline", "insulin glargine"))
    x = Doc().add("To the pharmacist at ", (g.facility("pharmacy"), "FACILITY"), ":\n")
    x.add("my bag with my ", (drug, "drug"), " was stolen from my car (plate ", (g.plate(), "VEHICLE"), ") on ")
    x.add(
        (g.date(), D), ". police report ", (f"{r.choice(('RPT', 'CR', 'IR'))}-{g.digits(2)}-{g.digits(6)}", "ID"), ". "
    )
    x.add(
        "Rx # ", (f"{g.digits(7)}-{g.digits(5)}", "ID"), ". can you call my doctor ", r.choice(("Dr. ", "dr ", "Dr "))
    )
    x.add((g.clin(), N), " for an early refill? Their fax is ", (g.phone(), "FAX"), ".\n")
    x.add(
        "DOB ", (g.dob(), D), ". My ", (r.choice(INSURERS), "insurer"), " card says ", (g.plan(), "HEALTH_PLAN"), ".\n"
    )
    x.add((g.nm(me, r.choice(("full", "lastfirst", "caps"))), N), "  ", (g.phone(), P), "\n")
    return x


def m_school(g: Gen) -> Doc:
    r, kid, nurse, parent = g.r, g.person(), g.person("F"), g.person()
    x = Doc().add(
        "From: School Nurse, ", (g.facility("school"), "FACILITY"), "\nTo: ", (g.facility("clinic"), "FACILITY"), "\n\n"
    )
    x.add(
        "Re: student ",
        (g.nm(kid, r.choice(("lastfirst", "full", "caps"))), N),
        " (ID ",
        (f"S{g.digits(7)}", "ID"),
        "), DOB ",
    )
    x.add((g.dob(), D), "\n")
    x.add("We need an updated ", r.choice(("asthma action plan", "seizure plan", "diabetes medical management plan")))
    if r.random() < 0.5:
        x.add(
            " (also has ",
            (r.choice(("Down syndrome", "Tourette syndrome", "Crohn's disease", "Osgood-Schlatter disease")), "eponym"),
            ")",
        )
    x.add(" before ", (g.date(style=r.choice(("noyear", "words", "long"))), D), ". Current med at school: ")
    x.add((r.choice(("albuterol", "insulin glargine", "methylphenidate")), "drug"), ". ")
    x.add(
        (g.nm(kid, "given"), N),
        "'s mom, ",
        (g.nm(parent, r.choice(("full", "given", "hyphen"))), N),
        ", signed the release.\n",
    )
    x.add(
        "Please fax forms to ",
        (g.phone(), "FAX"),
        " attn ",
        (g.nm(nurse, r.choice(("full", "surname", "initials"))), N),
        ", RN.\n",
    )
    return x


def m_court(g: Gen) -> Doc:
    r, client, officer = g.r, g.person(), g.person()
    x = Doc().add(
        r.choice(("PROBATION", "Court-Ordered Treatment", "PAROLE")), " - REQUEST FOR TREATMENT VERIFICATION\n"
    )
    x.add(
        "Officer ",
        (g.nm(officer, r.choice(("full", "surname", "caps"))), N),
        ", badge ",
        (f"{g.digits(4)}", "ID"),
        "\n",
    )
    x.add((g.facility("court"), "FACILITY"), ", docket no. ", (f"{r.randint(20, 26)}-CR-{g.digits(5)}", "ID"), "\n\n")
    x.add("Client: ", (g.nm(client, r.choice(("lastfirst", "caps", "full", "nick"))), N), ", DOB ", (g.dob(), D))
    x.add(", DL ", (g.dl(), "LICENSE"), "\n")
    x.add(
        "Please confirm attendance at ",
        (r.choice(("Addiction Medicine", "Behavioral Health", "Intensive Outpatient Program")), "department"),
    )
    x.add(" since ", (g.date(), D), " and current ", ("buprenorphine", "drug"), " dose. ")
    if r.random() < 0.4:
        x.add(
            "Screen with ",
            (
                r.choice(("CAGE questionnaire", "Beck Depression Inventory", "Columbia Suicide Severity Rating Scale")),
                "eponym",
            ),
            " attached. ",
        )
    x.add(
        "Vehicle on file ",
        (g.plate(), "VEHICLE"),
        " is not to be driven per order. Release of information signed under 42 CFR Part 2.\n",
    )
    x.add("Reply to ", (g.email(officer), "EMAIL"), " or ", (g.phone(), P), ".\n")
    return x


def m_timesheet(g: Gen) -> Doc:
    r, aide, client = g.r, g.person(), g.person()
    x = Doc().add("HOME CARE AIDE TIMESHEET - ", (g.facility("agency"), "FACILITY"), "\n")
    x.add("Aide: ", (g.nm(aide, r.choice(("caps", "full", "lastfirst"))), N), "   Emp# ", (f"E{g.digits(5)}", "ID"))
    x.add("   HHA cert ", (f"HHA{g.digits(6)}", "LICENSE"), "\n")
    x.add(
        "Client: ",
        (g.nm(client, r.choice(("lastfirst", "caps", "full"))), N),
        " @ ",
        (g.street(), "ADDRESS"),
        ", ",
        (g.city(), "LOCATION"),
        "\n",
    )
    d = g.day()
    for _ in range(r.randint(2, 4)):
        x.add(
            (g.date(d, r.choice(("short", "us", "iso"))), D),
            "  ",
            f"{r.randint(7, 10)}:{r.choice(('00', '15', '30'))}-",
        )
        x.add(
            f"{r.randint(1, 5)}:{r.choice(('00', '30', '45'))}  ",
            r.choice(("bath, meals", "meds reminder, walk", "laundry, shopping")),
            "\n",
        )
        d += dt.timedelta(days=r.randint(1, 3))
    x.add("Billing: ", (r.choice(INSURERS), "insurer"), " waiver, HCPCS ", ("T1019", "code"), "\n")
    x.add("client signature: ", (g.nm(client, r.choice(("initials", "given", "lower"))), N), "\n")
    return x


def m_rpm(g: Gen) -> Doc:
    r, pt, rn = g.r, g.person(), g.person()
    maker = r.choice(("Masimo", "Nihon Kohden", "Medtronic", "Zoll"))
    x = Doc().add("[HOSPITAL AT HOME] ALERT ", r.choice(("SpO2 LOW", "HR HIGH", "NO DATA 4H", "WEIGHT +2.1 KG")), "\n")
    x.add("Pt: ", (g.nm(pt, r.choice(("caps", "lastfirst", "full"))), N), "  MRN ", (g.mrn(), "MRN"), "  Age ")
    x.add((g.old_age(), "AGE") if r.random() < 0.4 else g.young_age(), "\n")
    x.add(
        "Device: ",
        (maker, "manufacturer"),
        " hub SN ",
        (g.serial(), "DEVICE"),
        " last seen from ",
        (g.ip(), "IP"),
        "\n",
    )
    x.add("Time: ", (g.date(style="iso"), D), " ", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", "\n")
    x.add("Dx ", (r.choice(("I50.23", "J44.1", "J18.9", "N39.0")), "code"), ". Called pt at ", (g.phone(), P), " - ")
    x.add(r.choice(("no answer, left vm", "pt states probe fell off, repositioned", "spouse ")))
    x.add(" -- ", (g.nm(rn, r.choice(("initials", "given", "full"))), N), " RN\n")
    return x


def m_bereave(g: Gen) -> Doc:
    r, dead, me, nurse = g.r, g.person(), g.person(), g.person("F")
    x = Doc().add("Dear ", r.choice(("staff of ", "nurses at ", "team at ")), (g.facility(), "FACILITY"), ",\n\n")
    x.add(
        "Our ",
        r.choice(("mother", "grandmother", "aunt") if dead.sex == "F" else ("father", "grandfather", "uncle")),
        ", ",
        (g.nm(dead, r.choice(("full", "jr", "nick"))), N),
    )
    x.add(
        ", passed away after a long illness with ",
        (
            r.choice(("Alzheimer's disease", "Parkinson's disease", "Lou Gehrig's disease", "Hodgkin lymphoma")),
            "eponym",
        ),
    )
    x.add(" on ", (g.date(style=r.choice(("long", "dmy", "words"))), D), " at the age of ", (g.old_age(), "AGE"), ". ")
    x.add(
        "We wanted to thank you, especially ", (g.nm(nurse, r.choice(("given", "given", "full"))), N), " who sat with "
    )
    x.add(
        "her" if dead.sex == "F" else "him",
        " on the last night. ",
        (g.nm(dead, "given"), N),
        "'s service will be at ",
        (g.facility("funeral"), "FACILITY"),
    )
    x.add(" in ", (g.city(), "LOCATION"), ".\n")
    x.add("Please close the billing account ", (g.account(), "ACCOUNT"), " and send any statements to ")
    x.add(
        (g.street(), "ADDRESS"),
        ", ",
        (g.city(), "LOCATION"),
        ", ",
        r.choice(STATE_ABBR),
        " ",
        (g.zip(), "ZIP"),
        ".\n\n",
    )
    x.add("With gratitude,\n", (g.nm(me, r.choice(("full", "hyphen", "caps"))), N), " and family\n")
    return x


def m_charity(g: Gen) -> Doc:
    r, me, sw = g.r, g.person(), g.person()
    x = Doc().add(
        "Charity Care / Financial Assistance - ",
        (r.choice(("Patient Financial Services", "Financial Counseling")), "department"),
        "\n",
    )
    x.add(
        "Applicant: ", (g.nm(me, r.choice(("lastfirst", "caps", "full", "bin"))), N), "  SSN ", (g.ssn(), "SSN"), "\n"
    )
    x.add("Account ", (g.account(), "ACCOUNT"), "  Balance $", f"{r.randint(900, 48000):,}", "\n")
    x.add(
        "I lost my job at ",
        (g.facility("employer"), "FACILITY"),
        " in ",
        r.choice(("March", "the spring", "2025")),
        " after my ",
    )
    x.add(
        r.choice(("stroke", "cancer diagnosis", "back surgery")),
        ". Friends started a fundraiser: ",
        (g.url(me), "URL"),
        ". ",
    )
    x.add("Bank acct for direct payments ", (g.digits(r.randint(9, 12)), "ACCOUNT"), ".\n")
    x.add("My social worker ", (g.nm(sw, r.choice(("full", "given"))), N), " can confirm, ", (g.phone(), P), ".\n")
    x.add("Signed ", (g.date(), D), "\n")
    return x


_MIX = (
    ("salamat po", "doc", "kasi", "po"), ("gracias", "doctora", "porque", "mañana"), ("kamsahamnida", "seonsaengnim", "geurigo", "ne"),
)  # fmt: skip


def m_mixed(g: Gen) -> Doc:
    r, me, mom = g.r, g.person(), g.person("F")
    words = r.choice(_MIX)
    thanks, title, because, extra = words[0], words[1], words[2], words[3].replace("ñ", "n")
    x = Doc().add(r.choice(("Hi ", "hello ", "Good morning ")), title, " ", (g.clin(), N), ", ")
    x.add(
        "my mom ",
        (g.nm(mom, r.choice(("given", "lower", "full", "caps_given"))), N),
        " is dizzy again ",
        because,
        " she stopped her ",
    )
    x.add((r.choice(("metoprolol succinate", "lisinopril", "atorvastatin")), "drug"), ". ", extra, "? ")
    x.add(
        "she is ",
        (g.old_age(), "AGE") if r.random() < 0.5 else g.young_age(),
        " na po" if words[0] == "salamat po" else "",
        ". ",
    )
    x.add(
        "pwede ba appt on ",
        (g.date(style=r.choice(("short", "noyear", "words"))), D),
        "? " if words[0] == "salamat po" else "? ",
    )
    x.add("her number ", (g.phone(), P), ", we moved to ", (g.street(), "ADDRESS"), ". ", thanks, "!! <3\n")
    x.add("- ", (g.nm(me, r.choice(("given", "lower_given", "nickonly", "initials"))), N))
    return x


def m_abbrev(g: Gen) -> Doc:
    r, me, kid = g.r, g.person(), g.person()
    x = Doc().add(
        r.choice(("hey", "hi", "yo", "HI")),
        " its ",
        (g.nm(me, r.choice(("lower", "lower_given", "caps_given", "given"))), N),
        " ",
    )
    x.add(
        "(",
        (g.nm(kid, r.choice(("lower_given", "given", "caps"))), N),
        "'s dad/mom) - cant make appt ",
        (g.date(style=r.choice(("short", "noyear"))), D),
    )
    x.add(" b4 noon, can we do ", (g.date(style=r.choice(("short", "noyear", "words"))), D), "?? also need refill ")
    x.add(
        (r.choice(("amoxicillin", "albuterol", "methylphenidate", "ondansetron")), "drug"),
        " sent 2 ",
        (g.facility("pharmacy"), "FACILITY"),
    )
    x.add(" on ", r.choice(("Main", "5th", "Oak")), " st. thx :-) txt me ", (g.phone(), P))
    if r.random() < 0.4:
        x.add(" or email ", (g.email(me), "EMAIL"))
    x.add("\nsent from my ", r.choice(("iPhone", "Galaxy", "tablet")))
    return x


def m_chatbot(g: Gen) -> Doc:
    r, me = g.r, g.person()
    h, mnt = r.randint(7, 21), r.randint(0, 50)
    t = lambda k: f"[{h:02d}:{mnt + k:02d}]"
    x = Doc().add(
        "Chat transcript - ",
        (g.facility(), "FACILITY"),
        " virtual assistant - session ",
        (f"{g.letters(3).lower()}-{g.digits(6)}", "ID"),
    )
    x.add(" - client IP ", (g.ip(), "IP"), "\n")
    x.add(t(0), " Bot: Hi! What is your full name and date of birth?\n")
    x.add(t(1), " User: ", (g.nm(me, r.choice(("lower", "caps", "full", "lastfirst"))), N), " ", (g.dob(), D), "\n")
    x.add(t(1), " Bot: Thanks. How can I help?\n")
    x.add(
        t(2),
        " User: ",
        r.choice(("billing question", "reschedule my colonoscopy", "refill my inhaler", "where do i park")),
        "\n",
    )
    x.add(t(3), " Bot: Please confirm the phone on file ending in ", g.digits(2), "XX or enter a new one.\n")
    x.add(t(4), " User: ", (g.phone(), P), "\n")
    x.add(t(5), " Bot: I have sent a link to ", (g.email(me), "EMAIL"), ". Your request is routed to ")
    x.add(
        (r.choice(("Gastroenterology", "Patient Financial Services", "Pulmonology", "Parking Services")), "department"),
        ".\n",
    )
    x.add(t(6), " User: ok ty\n")
    return x


def m_placard(g: Gen) -> Doc:
    r, me, dr = g.r, g.person(), g.person()
    x = Doc().add("Disability parking placard application - physician section\n")
    x.add(
        "Applicant: ",
        (g.nm(me, r.choice(("lastfirst", "caps", "full", "tamil"))), N),
        "  DL/ID ",
        (g.dl(), "LICENSE"),
        "\n",
    )
    x.add(
        "Address: ",
        (g.street(), "ADDRESS"),
        ", ",
        (g.city(), "LOCATION"),
        " ",
        r.choice(STATE_ABBR),
        " ",
        (g.zip(), "ZIP"),
        "\n",
    )
    x.add("Vehicle: plate ", (g.plate(), "VEHICLE"), " VIN ", (g.vin(), "VEHICLE"), "\n")
    x.add(
        "Condition: ",
        r.choice(("cannot walk 200 ft without stopping", "uses portable oxygen", "class III heart failure")),
    )
    if r.random() < 0.5:
        x.add(
            ", ",
            (r.choice(("Parkinson's disease", "Charcot-Marie-Tooth disease", "Guillain-Barre syndrome")), "eponym"),
        )
    x.add(
        " (",
        (r.choice(("M17.0", "J96.11", "I50.32", "G35")), "code"),
        "). Portable concentrator ",
        ("Inogen", "manufacturer"),
    )
    x.add(" SN ", (g.serial(), "DEVICE"), ".\n")
    x.add(
        "Certifying provider: ",
        (g.nm(dr, r.choice(("full", "tamil", "lastfirst"))), N),
        ", MD, license ",
        (f"{g.letters(2)}{g.digits(6)}", "LICENSE"),
    )
    x.add("  date ", (g.date(), D), "\n")
    return x


MESSAGE_KINDS: tuple[Callable[[Gen], Doc], ...] = (
    m_portal, m_trial, m_directive, m_travel, m_lostmed, m_school, m_court, m_timesheet, m_rpm, m_bereave,
    m_charity, m_mixed, m_abbrev, m_chatbot, m_placard,
)  # fmt: skip


# ---------------------------------------------------------------------------------------------------
# clinical


def _hdr(g: Gen, x: Doc, title: str, pt: Person, style: str | None = None) -> None:
    r = g.r
    x.add(title, "\n", (g.facility(), "FACILITY"), "\n")
    x.add("Patient: ", (g.nm(pt, style or r.choice(("lastfirst", "lastfirst", "caps", "tamil", "full"))), N))
    x.add("   MRN: ", (g.mrn(), "MRN"), "   DOB: ", (g.dob(), D), "\n")


def c_anesthesia(g: Gen) -> Doc:
    r, pt = g.r, g.person()
    x = Doc()
    _hdr(g, x, "PRE-ANESTHESIA ASSESSMENT", pt)
    x.add(
        "Procedure: ",
        r.choice(("laparoscopic cholecystectomy", "TKA right", "Roux-en-Y revision", "cataract extraction")),
    )
    x.add(" scheduled ", (g.date(), D), " with Dr ", (g.clin(), N), "\n")
    x.add(
        "Age: ",
        (g.old_age(), "AGE") if r.random() < 0.35 else g.young_age(),
        "  ASA ",
        r.choice(("II", "III", "IV")),
        "  ",
    )
    x.add(("Mallampati", "eponym"), " ", r.choice(("I", "II", "III")), "  TM distance 3 FB  neck ROM full\n")
    x.add("PMH: OSA on CPAP (", ("ResMed", "manufacturer"), " AirSense, SN ", (g.serial(), "DEVICE"), "), ")
    x.add(
        r.choice(("HTN", "DM2", "CKD 3a", "GERD")), " (", (r.choice(("I10", "E11.9", "N18.31", "K21.9")), "code"), ")\n"
    )
    x.add(
        "Meds: ", (r.choice(("apixaban", "metoprolol succinate", "insulin glargine")), "drug"), " - hold per protocol; "
    )
    x.add((r.choice(("atorvastatin", "levothyroxine", "gabapentin")), "drug"), " continue\n")
    x.add(
        "Prior anesthesia: PONV after surgery at ",
        (g.facility(), "FACILITY"),
        " in ",
        str(r.randint(1995, 2022)),
        ".\n",
    )
    x.add("Plan: GA/ETT, ", ("propofol", "drug"), ", ", ("ondansetron", "drug"), " + dexamethasone. Consent by ")
    x.add((g.nm(pt, "given"), N), " and ", r.choice(("daughter", "son", "wife")), " ", (g.nm(g.person(), "full"), N))
    x.add(
        " (",
        (g.phone(), P),
        ").\n",
        "Seen in ",
        ("Pre-Anesthesia Clinic", "department"),
        " by ",
        (g.nm(g.person(), "full"), N),
        ", CRNA\n",
    )
    return x


def c_icu(g: Gen) -> Doc:
    r, pt = g.r, g.person()
    x = Doc()
    _hdr(g, x, f"MICU PROGRESS NOTE - HD #{r.randint(2, 19)}", pt)
    x.add(
        "Date: ",
        (g.date(), D),
        "   Bed ",
        f"{r.choice('ABCD')}{r.randint(1, 24)}",
        "   Attending: Dr. ",
        (g.clin(), N),
        "\n",
    )
    x.add("Dx: septic shock (", ("R65.21", "code"), "), ", r.choice(("pneumonia", "UTI", "cholangitis")), ". ")
    x.add(
        "On ",
        ("norepinephrine", "drug"),
        " 0.08 mcg/kg/min, ",
        ("vancomycin", "drug"),
        ", ",
        ("propofol", "drug"),
        ".\n\n",
    )
    x.add("LINES / DRAINS\n", f"{'Type':<16}{'Site':<12}{'Inserted':<14}Notes\n")
    for kind, site in r.sample(
        (
            ("CVC triple", "R IJ"),
            ("Art line", "L radial"),
            ("Foley", "urethral"),
            ("OGT", "oral"),
            ("PICC", "L basilic"),
            ("JP drain", "RUQ"),
        ),
        4,
    ):
        when = g.date(style=r.choice(("short", "us", "iso")))
        note = r.choice(("day 3, site clean", "good waveform", "draining serous", "CHG dressing", ""))
        label = kind if kind != "Foley" else ("Foley", "eponym")
        x.add(
            label if isinstance(label, tuple) else f"{kind}",
            " " * (16 - len(kind)),
            f"{site:<12}",
            (when, D),
            " " * (14 - len(when)),
            note,
            "\n",
        )
    x.add(
        "\nVent: AC 450/16/PEEP 8/FiO2 40%. ",
        ("Swan-Ganz", "eponym"),
        " not placed. ",
        ("Teleflex", "manufacturer"),
        " CVC lot ",
    )
    x.add((f"{g.digits(2)}{g.letters(1)}{g.digits(4)}", "code"), ".\n")
    x.add(
        "Family: spoke with ",
        r.choice(("wife", "husband", "son", "daughter")),
        " ",
        (g.nm(g.person(), r.choice(("full", "given", "caps"))), N),
    )
    x.add(" at ", (g.phone(), P), "; code status full. ", ("99291", "code"), ".\n")
    return x


def c_dialysis(g: Gen) -> Doc:
    r, pt = g.r, g.person()
    maker = r.choice(("Fresenius", "Baxter", "Nipro", "Outset Medical"))
    x = Doc().add(
        "HEMODIALYSIS RUN SHEET - ", (g.facility("dialysis"), "FACILITY"), " ", ("Dialysis Unit", "department"), "\n"
    )
    x.add(
        "Pt ",
        (g.nm(pt, r.choice(("caps", "lastfirst"))), N),
        "  MRN ",
        (g.mrn(), "MRN"),
        "  Chair ",
        str(r.randint(1, 22)),
    )
    x.add("  Date ", (g.date(style=r.choice(("us", "iso", "compact"))), D), "\n")
    x.add(
        "Machine: ",
        (maker, "manufacturer"),
        " SN ",
        (g.serial(), "DEVICE"),
        "  dialyzer lot ",
        (f"{g.digits(6)}{g.letters(1)}", "code"),
        "\n",
    )
    x.add("Access: L AVF, thrill/bruit +   EDW ", f"{r.randint(48, 112)}.{r.randint(0, 9)}", " kg\n")
    x.add("Time  BP       HR  QB   QD   UF\n")
    h = r.randint(6, 13)
    for k in range(3):
        x.add(
            f"{h + k:02d}:{r.choice(('00', '30'))} {r.randint(98, 170)}/{r.randint(50, 95)}  {r.randint(58, 104)}  {r.choice((350, 400, 450))}  600  {k * 0.9:.1f}\n"
        )
    x.add("Meds: ", ("heparin", "drug"), " 1000 u bolus, ", ("epoetin alfa", "drug"), " (", ("J0885", "code"), "), ")
    x.add(
        ("sevelamer", "drug"),
        " with meals. Dx ",
        ("N18.6", "code"),
        ", ",
        ("Z99.2", "code"),
        "; ",
        ("90935", "code"),
        "\n",
    )
    x.add(
        "Transport: ",
        (g.facility("agency"), "FACILITY") if r.random() < 0.3 else "family",
        ", van plate ",
        (g.plate(), "VEHICLE"),
        "\n",
    )
    x.add("RN: ", (g.nm(g.person(), r.choice(("initials", "full", "surname"))), N), "\n")
    return x


def c_chemo(g: Gen) -> Doc:
    r, pt = g.r, g.person()
    x = Doc()
    _hdr(g, x, "INFUSION RECORD - " + r.choice(("Infusion Center", "Oncology Infusion")), pt)
    x.add(
        "Regimen: ", r.choice(("FOLFOX", "carbo/paclitaxel", "pembrolizumab q3w")), " C", str(r.randint(1, 8)), "D1  "
    )
    x.add("Date ", (g.date(), D), "  Ht ", str(r.randint(150, 190)), " cm  Wt ", str(r.randint(45, 110)), " kg\n")
    x.add("Dx: ", (r.choice(("C18.7", "C34.11", "C50.911", "C56.1")), "code"), "\n")
    for drug, code in r.sample(
        (("oxaliplatin", "J9263"), ("carboplatin", "J9045"), ("paclitaxel", "J9267"), ("pembrolizumab", "J9271")), 2
    ):
        x.add((drug, "drug"), " (", (code, "code"), ") lot ", (f"{g.letters(2)}{g.digits(5)}", "code"), " start ")
        x.add(
            f"{r.randint(8, 15)}:{r.choice(('05', '20', '40'))}",
            " via port (",
            (r.choice(("B. Braun", "Baxter")), "manufacturer"),
            " pump SN ",
        )
        x.add((g.serial(), "DEVICE"), ")\n")
    x.add(
        "Premeds: ",
        ("ondansetron", "drug"),
        " 16 mg IV. No reaction. ",
        ("96413", "code"),
        ", ",
        ("96415", "code"),
        "\n",
    )
    x.add(
        "Next cycle ",
        (g.date(style=r.choice(("noyear", "short", "long"))), D),
        ". Verified by ",
        (g.nm(g.person(), "full"), N),
        ", RN and ",
    )
    x.add((g.nm(g.person(), r.choice(("full", "tamil"))), N), ", PharmD\n")
    return x


def c_sleep(g: Gen) -> Doc:
    r, pt = g.r, g.person()
    x = Doc().add("POLYSOMNOGRAPHY REPORT\n", (g.facility("lab"), "FACILITY"), " - ", ("Sleep Lab", "department"), "\n")
    x.add(
        "Name: ",
        (g.nm(pt, r.choice(("lastfirst", "caps", "full"))), N),
        "  DOB ",
        (g.dob(), D),
        "  Study date ",
        (g.date(), D),
        "\n",
    )
    x.add(
        "Referring: Dr ",
        (g.clin(), N),
        "  Insurance: ",
        (r.choice(INSURERS), "insurer"),
        " ",
        (g.plan(), "HEALTH_PLAN"),
        "\n",
    )
    x.add(
        ("Epworth Sleepiness Scale", "eponym"), " ", str(r.randint(6, 22)), "/24. BMI ", str(r.randint(24, 48)), ".\n"
    )
    ahi = r.randint(6, 70)
    x.add("AHI ", str(ahi), "/h, RDI ", str(ahi + r.randint(1, 9)), "/h, nadir SpO2 ", str(r.randint(71, 90)), "%. ")
    x.add(("Cheyne-Stokes", "eponym"), " respiration ", r.choice(("absent", "present in NREM")), ".\n")
    x.add(
        "Impression: ",
        r.choice(("moderate", "severe", "mild")),
        " OSA (",
        ("G47.33", "code"),
        "). CPT ",
        ("95810", "code"),
        ".\n",
    )
    x.add(
        "Plan: auto-CPAP 5-15; DME order for ",
        ("ResMed", "manufacturer"),
        " unit, download via ",
        (g.url(), "URL"),
        ".\n",
    )
    x.add(
        "Interpreted by ",
        (g.nm(g.person(), r.choice(("full", "lastfirst"))), N),
        ", MD, RPSGT scoring ",
        (g.nm(g.person(), "initials"), N),
        "\n",
    )
    return x


def c_endoscopy(g: Gen) -> Doc:
    r, pt = g.r, g.person()
    x = Doc()
    _hdr(g, x, "ENDOSCOPY REPORT - " + "Endoscopy Suite", pt)
    x.add(
        "Date of service: ",
        (g.date(), D),
        "   Endoscopist: ",
        (g.nm(g.person(), r.choice(("full", "lastfirst"))), N),
        ", MD\n",
    )
    x.add(
        "Procedure: EGD with biopsy (",
        ("43239", "code"),
        ")\nScope: ",
        (r.choice(("Olympus", "Pentax Medical")), "manufacturer"),
    )
    x.add(
        " GIF-H190 SN ",
        (g.serial(), "DEVICE"),
        "\nSedation: ",
        ("midazolam", "drug"),
        " 2 mg, ",
        ("fentanyl", "drug"),
        " 50 mcg\n",
    )
    x.add(
        "Findings: salmon-colored mucosa 3 cm above GEJ, Prague C1M3, consistent with ",
        ("Barrett's esophagus", "eponym"),
    )
    x.add(" (", ("K22.70", "code"), "). ", ("Mallory-Weiss", "eponym"), " tear not seen.\n")
    x.add("Specimens to pathology, accession ", (f"{r.choice(('S', 'GI'))}{g.digits(2)}-{g.digits(5)}", "ID"), ".\n")
    x.add(
        "Driver: ",
        r.choice(("husband", "wife", "friend", "son")),
        " ",
        (g.nm(g.person(), r.choice(("given", "full"))), N),
    )
    x.add(", ", (g.phone(), P), ".\n")
    return x


def c_cath(g: Gen) -> Doc:
    r, pt = g.r, g.person()
    x = Doc()
    _hdr(g, x, "CARDIAC CATHETERIZATION REPORT", pt)
    x.add(
        "Date: ",
        (g.date(), D),
        "  Operator: ",
        (g.nm(g.person(), r.choice(("full", "tamil", "lastfirst"))), N),
        ", MD  ",
    )
    x.add(("Cardiac Catheterization Lab", "department"), "\n")
    x.add("Indication: NSTEMI (", ("I21.4", "code"), "), ", ("Killip class", "eponym"), " I. Age ")
    x.add((g.old_age(), "AGE") if r.random() < 0.3 else g.young_age(), ".\n")
    x.add("Access: R radial, 6F. Allen test normal. CPT ", ("93458", "code"), ", ", ("92928", "code"), ".\n")
    x.add("Findings: LAD 90% mid, RCA 40%. LVEDP ", str(r.randint(8, 28)), ".\n")
    x.add(
        "PCI: ",
        (r.choice(("Boston Scientific", "Abbott", "Medtronic")), "manufacturer"),
        " DES 3.0 x ",
        str(r.choice((15, 18, 22, 28))),
    )
    x.add(" mm, lot ", (f"{g.digits(8)}", "code"), ", ref ", (f"H7493{g.digits(4)}", "code"), ".\n")
    x.add("Meds: ", ("heparin", "drug"), ", ", ("fentanyl", "drug"), ", ticagrelor load.\n")
    x.add(
        "Closure: TR band. Report copied to ",
        (g.nm(g.person(), r.choice(("full", "surname"))), N),
        " at ",
        (g.facility("clinic"), "FACILITY"),
    )
    x.add(", fax ", (g.phone(), "FAX"), ".\n")
    return x


def c_genetic(g: Gen) -> Doc:
    r, pt = g.r, g.person()
    mom, sis, uncle, gc = g.person("F"), g.person("F"), g.person("M"), g.person()
    x = Doc().add(
        (g.facility(), "FACILITY"),
        " - ",
        ("Genetics Clinic", "department"),
        "\n",
        (g.date(style=r.choice(("long", "dmy", "uk"))), D),
        "\n\n",
    )
    x.add("Dear ", (g.nm(pt, r.choice(("full", "given"))), N), ",\n\n")
    x.add(
        "Thank you for meeting with me. Your test found a pathogenic variant in MLH1 (",
        ("Lynch syndrome", "eponym"),
        ", ",
    )
    x.add(("Z15.09", "code"), "). Family history we drew:\n")
    x.add(
        "- your mother ",
        (g.nm(mom, r.choice(("full", "given"))), N),
        ", colon cancer at ",
        str(r.randint(38, 60)),
        ", died ",
        (g.date(style=r.choice(("long", "us"))), D),
        "\n",
    )
    x.add("- your sister ", (g.nm(sis, r.choice(("given", "hyphen"))), N), ", not yet tested\n")
    x.add(
        "- maternal uncle ",
        (g.nm(uncle, r.choice(("full", "nick", "bin"))), N),
        ", age ",
        (g.old_age(), "AGE"),
        ", endometrial? (unknown)\n",
    )
    x.add("We recommend colonoscopy every 1-2 years. Cascade letters for relatives are enclosed; ")
    x.add((g.nm(sis, "given"), N), "'s clinic can reach us at ", (g.phone(), P), " or ", (g.email(gc), "EMAIL"), ".\n")
    x.add("Results portal: ", (g.url(), "URL"), ". CPT ", ("96040", "code"), ".\n\nSincerely,\n")
    x.add((g.nm(gc, r.choice(("full", "lastfirst"))), N), ", MS, CGC\n")
    return x


def c_forensic(g: Gen) -> Doc:
    r, pt, off = g.r, g.person(), g.person()
    x = Doc().add(
        "FORENSIC MEDICAL EXAMINATION - CONFIDENTIAL\n", ("Forensic Nurse Examiner Program", "department"), ", "
    )
    x.add((g.facility(), "FACILITY"), "\n")
    x.add(
        "Patient: ",
        (g.nm(pt, r.choice(("lastfirst", "caps"))), N),
        "  DOB ",
        (g.dob(), D),
        "  MRN ",
        (g.mrn(), "MRN"),
        "\n",
    )
    x.add("Exam date/time: ", (g.date(), D), " ", f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}", "\n")
    x.add(
        "Law enforcement: Det. ",
        (g.nm(off, r.choice(("surname", "full"))), N),
        ", badge ",
        (g.digits(r.randint(3, 5)), "ID"),
    )
    x.add(", case # ", (f"{r.randint(24, 26)}-{g.digits(6)}", "ID"), "\n")
    x.add("Evidence kit ", (f"SAEK-{g.digits(7)}", "ID"), " sealed and released to the officer.\n")
    x.add("Assailant vehicle reported: ", r.choice(("grey sedan", "white pickup", "black SUV")), ", plate ")
    x.add(
        (g.plate(), "VEHICLE"),
        ".\nFindings: ",
        r.choice(("contusion L forearm 3x2 cm", "abrasions both knees", "no visible injury")),
    )
    x.add(". ", ("T74.21XA", "code"), ". Prophylaxis: ", ("ceftriaxone", "drug"), ", ")
    x.add(("doxycycline", "drug"), ", emergency contraception offered.\n")
    x.add(
        "Advocate present: ",
        (g.nm(g.person(), r.choice(("given", "full"))), N),
        ". Safe contact number: ",
        (g.phone(), P),
        "\n",
    )
    x.add("Examiner: ", (g.nm(g.person(), r.choice(("full", "lastfirst"))), N), ", RN, SANE-A\n")
    return x


def c_court_eval(g: Gen) -> Doc:
    r, pt, judge = g.r, g.person(), g.person()
    x = Doc().add("COURT-ORDERED PSYCHIATRIC EVALUATION\n", (g.facility("court"), "FACILITY"), ", docket ")
    x.add(
        (f"{g.letters(2)}-{r.randint(2023, 2026)}-{g.digits(4)}", "ID"),
        ", Hon. ",
        (g.nm(judge, r.choice(("full", "surname", "tamil"))), N),
        "\n\n",
    )
    x.add("Examinee: ", (g.nm(pt, r.choice(("caps", "lastfirst", "full"))), N), ", DOB ", (g.dob(), D), ", SSN ")
    x.add(
        (g.ssn(), "SSN"),
        "\nEvaluated at ",
        (g.facility(), "FACILITY"),
        " on ",
        (g.date(), D),
        " and ",
        (g.date(style="short"), D),
        ".\n\n",
    )
    x.add("Sources: police report, jail medical records from ", (g.facility("clinic"), "FACILITY"), ", interview with ")
    x.add(
        r.choice(("mother", "brother", "landlord")),
        " ",
        (g.nm(g.person(), r.choice(("full", "given", "nick"))), N),
        ".\n",
    )
    x.add(
        "History: ", r.choice(("schizoaffective disorder", "bipolar I disorder", "alcohol use disorder")), ", lived at "
    )
    x.add(
        (g.street(), "ADDRESS"),
        ", ",
        (g.city(), "LOCATION"),
        " until arrest. Current ",
        (r.choice(("sertraline", "buprenorphine", "gabapentin")), "drug"),
        ".\n",
    )
    x.add("Opinion: competent to proceed. ", (r.choice(("F25.0", "F31.9", "F10.20")), "code"), ".\n\n")
    x.add((g.nm(g.person(), r.choice(("full", "lastfirst"))), N), ", MD, forensic psychiatrist\n")
    return x


def c_workcomp(g: Gen) -> Doc:
    r, pt = g.r, g.person()
    x = Doc().add("WORKERS' COMPENSATION - FIRST REPORT OF INJURY (PHYSICIAN)\n")
    x.add(
        "Claim #: ",
        (f"WC{g.digits(9)}", "ID"),
        "   Carrier adjuster: ",
        (g.nm(g.person(), r.choice(("full", "lastfirst"))), N),
        "\n",
    )
    x.add("Employee: ", (g.nm(pt, r.choice(("caps", "lastfirst", "full", "jr"))), N), "  SSN ", (g.ssn(), "SSN"), "\n")
    x.add(
        "Employer: ",
        (g.facility("employer"), "FACILITY"),
        ", ",
        (g.street(), "ADDRESS"),
        ", ",
        (g.city(), "LOCATION"),
        ", ",
    )
    x.add(r.choice(STATE_ABBR), " ", (g.zip(), "ZIP"), "\n")
    x.add("Date of injury: ", (g.date(), D), "   CDL ", (g.dl(), "LICENSE"), "   Truck ", (g.plate(), "VEHICLE"), "\n")
    x.add("Mechanism: ", r.choice(("lifting 60 lb box", "fell from loading dock", "hand caught in press")), ".\n")
    x.add(
        "Dx: ",
        (r.choice(("S39.012A", "S62.101A", "S83.241A", "M54.50")), "code"),
        ". Meds: ",
        (r.choice(("naproxen", "cyclobenzaprine", "gabapentin")), "drug"),
        ".\n",
    )
    x.add(
        "Work status: modified duty, no lifting > 10 lb until ",
        (g.date(style=r.choice(("noyear", "short", "long"))), D),
        ". ",
    )
    x.add("Referred to ", ("Occupational Medicine", "department"), "; E/M ", ("99204", "code"), ".\n")
    x.add("Physician: ", (g.nm(g.person(), r.choice(("full", "tamil"))), N), ", DO  ", (g.phone(), P), "\n")
    return x


def c_transplant(g: Gen) -> Doc:
    r, pt, donor = g.r, g.person(), g.person()
    x = Doc().add(
        (g.facility(), "FACILITY"),
        " ",
        ("Transplant Office", "department"),
        "\n",
        (g.date(style=r.choice(("long", "dmy"))), D),
        "\n\n",
    )
    x.add(
        "Dr ",
        (g.clin(), N),
        "\n",
        (g.facility("clinic"), "FACILITY"),
        "\n",
        (g.street(), "ADDRESS"),
        "\n",
        (g.city(), "LOCATION"),
        ", ",
    )
    x.add(r.choice(STATE_ABBR), " ", (g.zip(), "ZIP"), "\n\n")
    x.add(
        "Re: ",
        (g.nm(pt, r.choice(("full", "lastfirst", "caps"))), N),
        ", DOB ",
        (g.dob(), D),
        ", UNOS ID ",
        (f"{g.letters(3)}{g.digits(4)}", "ID"),
        "\n\n",
    )
    x.add("Thank you for referring this patient with ESRD (", ("N18.6", "code"), ") secondary to IgA nephropathy. ")
    x.add(
        "A living donor, ",
        r.choice(("his cousin", "her brother", "a coworker")),
        " ",
        (g.nm(donor, r.choice(("full", "hyphen", "nick"))), N),
    )
    x.add(
        ", has come forward; ", (g.nm(donor, "given"), N), "'s workup is separate (donor MRN ", (g.mrn(), "MRN"), ").\n"
    )
    x.add(
        "Immunosuppression will be ",
        ("tacrolimus", "drug"),
        ", ",
        ("mycophenolate", "drug"),
        " and ",
        ("prednisone", "drug"),
        ". ",
    )
    x.add(
        "Coverage: ",
        (r.choice(INSURERS), "insurer"),
        " ",
        (g.plan(), "HEALTH_PLAN"),
        ". The patient can be reached at ",
    )
    x.add(
        (g.email(pt), "EMAIL"),
        ".\n\nYours sincerely,\n",
        (g.nm(g.person(), r.choice(("full", "lastfirst"))), N),
        ", MD\n",
    )
    return x


def c_nicu(g: Gen) -> Doc:
    r, mom, baby = g.r, g.person("F"), g.person()
    twin = r.choice(("A", "B"))
    x = Doc().add("NICU DAILY NOTE - ", ("NICU", "department"), ", ", (g.facility(), "FACILITY"), "\n")
    sur = mom.msurname if mom.marked else mom.surname
    x.add("Baby ", r.choice(("Girl", "Boy")), " ", (r.choice((sur.upper(), sur)), N), f" Twin {twin}")
    x.add(
        "   Bed ", f"{r.choice(('Pod', 'Rm'))} {r.randint(1, 6)}-{r.randint(1, 12)}", "   MRN ", (g.mrn(), "MRN"), "\n"
    )
    x.add("Mother: ", (g.nm(mom, r.choice(("lastfirst", "full"))), N), " (MRN ", (g.mrn(), "MRN"), "), G2P0", "\n")
    x.add(
        "DOB ",
        (g.date(style=r.choice(("us", "iso"))), D),
        " @ ",
        f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}",
        ", GA ",
        str(r.randint(25, 34)),
        "+",
        str(r.randint(0, 6)),
    )
    x.add(
        " wk, BW ",
        str(r.randint(640, 2100)),
        " g. ",
        ("Apgar", "eponym"),
        " ",
        str(r.randint(2, 7)),
        "/",
        str(r.randint(6, 9)),
        ". ",
    )
    x.add(("Ballard", "eponym"), " consistent.\n")
    x.add(
        "Resp: CPAP +6 via ",
        ("Fisher & Paykel", "manufacturer"),
        " bubble. ",
        ("caffeine citrate", "drug"),
        " daily.\n",
    )
    x.add(
        "ID: ",
        ("ampicillin", "drug"),
        "/",
        ("gentamicin", "drug"),
        " x48h, cx neg. Dx ",
        (r.choice(("P07.34", "P07.33", "P22.0")), "code"),
        ".\n",
    )
    if r.random() < 0.5:
        x.add("Parents have named the baby ", (g.nm(baby, r.choice(("given", "full", "caps_given"))), N), ". ")
    x.add(
        "Social: parents visit daily; dad ",
        (g.nm(g.person("M"), r.choice(("given", "full"))), N),
        " cell ",
        (g.phone(), P),
        ". Twin ",
    )
    x.add("B" if twin == "A" else "A", " in bed ", str(r.randint(1, 12)), ".\n")
    return x


def c_autopsy(g: Gen) -> Doc:
    r, pt = g.r, g.person()
    x = Doc().add("AUTOPSY REPORT - Office of the Medical Examiner, ", (g.city(), "LOCATION"), " County\n")
    x.add(
        "Case ",
        (f"ME-{r.randint(24, 26)}-{g.digits(4)}", "ID"),
        "   Decedent: ",
        (g.nm(pt, r.choice(("caps", "lastfirst", "jr"))), N),
        "\n",
    )
    x.add(
        "Age: ", (g.old_age(), "AGE") if r.random() < 0.5 else g.young_age(), "   Sex: ", pt.sex, "   Date of death: "
    )
    x.add((g.date(style=r.choice(("us", "long", "dmy"))), D), "\n")
    x.add(
        "Found at residence, ", (g.street(), "ADDRESS"), ", by ", r.choice(("neighbor", "home aide", "grandson")), " "
    )
    x.add((g.nm(g.person(), r.choice(("full", "given"))), N), ".\n")
    x.add(
        "External: pacemaker in L chest, ",
        (r.choice(("Biotronik", "Medtronic", "Abbott")), "manufacturer"),
        " SN ",
        (g.serial(), "DEVICE"),
        ".\n",
    )
    x.add("Internal: heart ", str(r.randint(380, 620)), " g, 3-vessel CAD, 80% LAD. Lungs edematous.\n")
    x.add("Tox: ", r.choice(("negative", "therapeutic sertraline", "ethanol 0.08")), ".\n")
    x.add("Cause of death: ASCVD (", ("I25.10", "code"), "). Manner: natural.\n")
    x.add("Pathologist: ", (g.nm(g.person(), r.choice(("full", "lastfirst", "tamil"))), N), ", MD  Released to ")
    x.add((g.facility("funeral"), "FACILITY"), " on ", (g.date(style=r.choice(("short", "noyear", "us"))), D), ".\n")
    return x


def c_gpletter(g: Gen) -> Doc:
    r, pt, gp, cons = g.r, g.person(), g.person(), g.person()
    x = Doc().add(
        (g.facility(), "FACILITY"),
        "\n",
        r.choice(("Rheumatology", "Endocrinology", "Neurology", "Diabetes Centre")),
        " Department\n",
    )
    x.add("Dictated ", (g.date(style="uk"), D), "  Typed ", (g.date(style="uk"), D), "\n\n")
    x.add("Dr ", (g.nm(gp, r.choice(("full", "tamil", "surname"))), N), "\n", (g.facility("clinic"), "FACILITY"), "\n")
    x.add(
        (g.street(), "ADDRESS"), "\n", (g.city(), "LOCATION"), " ", r.choice(STATE_ABBR), " ", (g.zip(), "ZIP"), "\n\n"
    )
    x.add("Dear Dr ", (g.nm(gp, "surname"), N), "\n\n")
    x.add(
        "Re: ",
        (g.nm(pt, r.choice(("caps", "full", "lastfirst"))), N),
        "  DOB ",
        (g.dob(style="uk"), D),
        "  Hosp No ",
        (g.mrn(), "MRN"),
        "\n",
    )
    x.add((g.street(), "ADDRESS"), ", ", (g.city(), "LOCATION"), "\n\n")
    dx = r.choice(
        (
            ("Hashimoto's thyroiditis", "E06.3"),
            ("Sjogren's syndrome", "M35.00"),
            ("Bell's palsy", "G51.0"),
            ("Addison's disease", "E27.1"),
        )
    )
    x.add("Diagnosis: ", (dx[0], "eponym"), " (", (dx[1], "code"), ")\n\n")
    x.add(
        "I reviewed ",
        (g.nm(pt, r.choice(("given", "caps_given"))), N),
        " in clinic today with ",
        r.choice(("her husband", "his wife", "her daughter")),
        ". ",
    )
    x.add(
        "Bloods from ",
        (g.date(style="uk"), D),
        " were reassuring. I have started ",
        (r.choice(("levothyroxine", "prednisone", "hydroxychloroquine")), "drug"),
    )
    x.add(
        " and would be grateful if you could repeat the bloods in 6 weeks. I shall see ",
        r.choice(("her", "him")),
        " again in the autumn.\n\n",
    )
    x.add("Yours sincerely\n\n", (g.nm(cons, r.choice(("full", "tamil"))), N), " FRCP\nConsultant\n")
    x.add("cc: patient; ", (g.email(cons), "EMAIL"), "\n")
    return x


def c_hl7(g: Gen) -> Doc:
    r, pt, nk = g.r, g.person(), g.person()
    fac = g.facility()
    abbr = "".join(w[0] for w in fac.split())
    g_, s_ = (pt.mgiven, pt.msurname) if pt.marked else (pt.given, pt.surname)
    x = Doc().add(
        "MSH|^~\\&|ADT|",
        (abbr, "FACILITY"),
        "|RCV|HIE|",
        (g.date(style="hl7"), D),
        f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}||ADT^A0{r.randint(1, 8)}|",
    )
    x.add((g.digits(8), "ID"), "|P|2.5.1\n")
    x.add("EVN|A01|||||", (fac, "FACILITY"), "\n")
    x.add(
        "PID|1||",
        (g.mrn(), "MRN"),
        "^^^",
        (abbr, "FACILITY"),
        "^MR||",
        (f"{s_.upper()}^{g_.upper()}^{pt.initial}", N),
        "||",
    )
    x.add(
        (g.dob(style="iso").replace("-", ""), D),
        f"|{pt.sex}|||",
        (g.street(), "ADDRESS"),
        "^^",
        (g.city(), "LOCATION"),
        f"^{r.choice(STATE_ABBR)}^",
    )
    x.add((g.zip(), "ZIP"), "^USA||", (g.phone(), P), "|||||", (g.account(), "ACCOUNT"), "|", (g.ssn(), "SSN"), "\n")
    x.add(
        "NK1|1|",
        (f"{nk.surname.upper()}^{nk.given.upper()}", N),
        "|",
        r.choice(("SPO", "CHD", "SIB")),
        "|||",
        (g.phone(), P),
        "\n",
    )
    x.add(f"PV1|1|I|{r.choice(('4W', 'MICU', '6N'))}^{r.randint(400, 499)}^{r.randint(1, 2)}||||")
    doc = g.person()
    x.add(g.digits(6), "^", (f"{doc.surname.upper()}^{doc.given.upper()}", N), "\n")
    x.add(
        "IN1|1|",
        f"{r.randint(100, 999)}|",
        (r.choice(INSURERS), "insurer"),
        "|||||||||||||||",
        (g.plan(), "HEALTH_PLAN"),
        "\n",
    )
    code, label = r.choice((("J18.9", "pneumonia"), ("I63.9", "stroke"), ("K35.80", "appendicitis"), ("N17.9", "AKI")))
    x.add("DG1|1||", (code, "code"), "^", label, "^I10\n")
    x.add(
        "OBX|1|ST|DEVICE^^L||",
        (r.choice(("Medtronic", "Baxter", "Zoll")), "manufacturer"),
        " SN ",
        (g.serial(), "DEVICE"),
        "||||||F\n",
    )
    x.add(
        "ZSC|1|sender ",
        (g.ip(), "IP"),
        "|user ",
        (f"{g_.lower()[:1]}{s_.lower()[:6]}{g.digits(2)}", "ID") if not pt.marked else (f"u{g.digits(6)}", "ID"),
        "\n",
    )
    return x


def c_export(g: Gen) -> Doc:
    r, pt = g.r, g.person()
    g_, s_ = (pt.mgiven, pt.msurname) if pt.marked else (pt.given, pt.surname)
    if r.random() < 0.5:
        x = Doc().add(
            '{"resourceType": "Patient", "id": "',
            (f"pt-{g.digits(6)}", "ID"),
            '",\n "identifier": [{"system": "mrn", "value": "',
        )
        x.add(
            (g.mrn(), "MRN"),
            '"}, {"system": "ssn", "value": "',
            (g.ssn(), "SSN"),
            '"}],\n "name": [{"family": "',
            (s_, N),
        )
        x.add(
            '", "given": ["',
            (g_, N),
            '"]}],\n "birthDate": "',
            (g.dob(style="iso"), D),
            '",\n "telecom": [{"system": "phone", "value": "',
        )
        x.add(
            (g.phone(), P),
            '"}, {"system": "fax", "value": "',
            (g.phone(), "FAX"),
            '"}, {"system": "email", "value": "',
            (g.email(pt), "EMAIL"),
            '"}],\n',
        )
        x.add(
            ' "address": [{"line": ["',
            (g.street(), "ADDRESS"),
            '"], "city": "',
            (g.city(), "LOCATION"),
            '", "state": "',
        )
        x.add(
            r.choice(STATE_ABBR),
            '", "postalCode": "',
            (g.zip(), "ZIP"),
            '"}],\n "managingOrganization": {"display": "',
            (g.facility(), "FACILITY"),
            '"},\n',
        )
        x.add(
            ' "condition": {"code": "',
            (r.choice(("E11.65", "I48.91", "J45.40", "F33.1")), "code"),
            '"}, "medication": "',
            (r.choice(DRUGS[:10]), "drug"),
            '"}\n',
        )
        return x
    x = Doc().add(
        '<encounter>\n  <patient mrn="',
        (g.mrn(), "MRN"),
        '">\n    <name>',
        (g.nm(pt, r.choice(("lastfirst", "full", "caps"))), N),
        "</name>\n",
    )
    x.add(
        "    <dob>",
        (g.dob(), D),
        "</dob>\n    <age>",
        (g.old_age(), "AGE"),
        "</age>\n    <addr>",
        (g.street(), "ADDRESS"),
        "</addr><city>",
    )
    x.add((g.city(), "LOCATION"), "</city><zip>", (g.zip(), "ZIP"), "</zip>\n  </patient>\n")
    x.add('  <coverage payer="', (r.choice(INSURERS), "insurer"), '" member="', (g.plan(), "HEALTH_PLAN"), '"/>\n')
    x.add(
        '  <visit date="',
        (g.date(style="iso"), D),
        '" dept="',
        (r.choice(("Cardiology", "Pulmonology", "Nephrology")), "department"),
        '">\n',
    )
    x.add(
        "    <dx>",
        (r.choice(("I48.91", "J44.9", "N18.4")), "code"),
        "</dx><proc>",
        (r.choice(("93000", "94010", "36415")), "code"),
        "</proc>\n",
    )
    x.add(
        '    <device vendor="',
        (r.choice(("Dexcom", "Insulet", "Tandem Diabetes Care")), "manufacturer"),
        '" serial="',
        (g.serial(), "DEVICE"),
        '"/>\n',
    )
    x.add(
        '    <audit ip="',
        (g.ip(), "IP"),
        '" user="',
        (f"{g.letters(1).lower()}{g.digits(5)}", "ID"),
        '"/>\n  </visit>\n</encounter>\n',
    )
    return x


def _addendum(g: Gen, x: Doc) -> None:
    """A longer tail: an addendum of several sentences and a printed footer."""
    r = g.r
    x.add(
        "\nADDENDUM ",
        (g.date(style=r.choice(("us", "iso", "uk", "long"))), D),
        " - ",
        (g.nm(g.person(), r.choice(("full", "lastfirst", "tamil"))), N),
    )
    x.add(r.choice((", RN", ", MD", ", NP", ", LCSW")), "\n")
    sentences: list[Callable[[], object]] = [
        lambda: x.add(
            "Discussed the plan by phone with the patient's ",
            r.choice(("daughter", "son", "niece", "husband")),
            " ",
            (g.nm(g.person(), r.choice(("full", "given", "hyphen"))), N),
            " at ",
            (g.phone(), P),
            ". ",
        ),
        lambda: x.add(
            "Outside records requested from ",
            (g.facility(), "FACILITY"),
            " (fax ",
            (g.phone(), "FAX"),
            "); release signed ",
            (g.date(style=r.choice(("short", "us"))), D),
            ". ",
        ),
        lambda: x.add(
            r.choice(("Tamil", "Bengali", "Sylheti")),
            " interpreter ",
            (g.nm(g.person(), r.choice(("given", "full"))), N),
            ", interpreter ID ",
            (f"INT-{g.digits(4)}", "ID"),
            ", used for the whole visit. ",
        ),
        lambda: x.add(
            "Home address confirmed as ",
            (g.street(), "ADDRESS"),
            ", ",
            (g.city(), "LOCATION"),
            " ",
            (g.zip(), "ZIP"),
            "; lives with ",
            r.choice(("spouse", "two grandchildren", "a roommate")),
            ". ",
        ),
        lambda: x.add(
            "Follow-up with Dr ",
            (g.clin(), N),
            " at ",
            (g.facility("clinic"), "FACILITY"),
            " on ",
            (g.date(style=r.choice(("noyear", "long", "us"))), D),
            ". ",
        ),
        lambda: x.add(
            "Allergies reviewed: ",
            r.choice(("NKDA", "penicillin (rash)", "sulfa (hives)", "latex")),
            ". Vitals stable, pain ",
            str(r.randint(0, 6)),
            "/10, tolerating diet. ",
        ),
        lambda: x.add(
            "Prior authorization with ",
            (r.choice(INSURERS), "insurer"),
            " submitted, member ",
            (g.plan(), "HEALTH_PLAN"),
            ", reference ",
            (f"PA{g.digits(8)}", "ID"),
            ". ",
        ),
        lambda: x.add(
            "Social work (",
            ("Social Work", "department"),
            ") arranged transport; portal message sent to ",
            (g.email(g.person()), "EMAIL"),
            ". ",
        ),
        lambda: x.add(
            "Continue ",
            (r.choice(DRUGS), "drug"),
            " and ",
            (r.choice(DRUGS), "drug"),
            "; medication list reconciled against the pharmacy fill history. ",
        ),
        lambda: x.add(
            "Patient asked that ",
            r.choice(("her", "his")),
            " neighbour ",
            (g.nm(g.person(), r.choice(("given", "surname", "caps"))), N),
            " not be given any information. ",
        ),
    ]
    for say in r.sample(sentences, r.randint(4, 7)):
        say()
    x.add(
        "\n-- printed ",
        (g.date(style=r.choice(("us", "iso"))), D),
        " by ",
        (f"{g.letters(1).lower()}{g.word().lower()[:6]}{g.digits(2)}", "ID"),
    )
    x.add(" from ", (g.ip(), "IP") if r.random() < 0.3 else "workstation", " - page 1 of 1 - CONFIDENTIAL --\n")


CLINICAL_KINDS: tuple[Callable[[Gen], Doc], ...] = (
    c_anesthesia, c_icu, c_dialysis, c_chemo, c_sleep, c_endoscopy, c_cath, c_genetic, c_forensic, c_court_eval,
    c_workcomp, c_transplant, c_nicu, c_autopsy, c_gpletter, c_hl7, c_export,
)  # fmt: skip


# ---------------------------------------------------------------------------------------------------


def generate(family: str, n: int, seed: int) -> list[dict]:
    """`n` rows of `family`, reproducible from `seed`."""
    if family not in FAMILIES:
        raise ValueError(family)
    rng = random.Random(seed)
    g = Gen(rng)
    kinds = MESSAGE_KINDS if family == "messages" else CLINICAL_KINDS
    rows: list[dict] = []
    seen: set[str] = set()
    while len(rows) < n:
        kind = kinds[len(rows) % len(kinds)] if rng.random() < 0.7 else rng.choice(kinds)
        doc = kind(g)
        if family == "clinical" and rng.random() < 0.45:
            _addendum(g, doc)
        text, phi, keep = doc.row()
        if text in seen or (family == "clinical" and not 150 <= len(text) <= 1500):
            continue
        seen.add(text)
        rows.append(
            {
                "id": f"eval7-{family}-{len(rows)}",
                "family": family,
                "text": text,
                "phi": phi,
                "keep": list(keep),
                "keep_kinds": keep,
            }
        )
    return rows


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--family", choices=FAMILIES, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(dumps(generate(args.family, args.n, args.seed)))


if __name__ == "__main__":
    main()
