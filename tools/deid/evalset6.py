"""Sixth independent de-identification evaluation set (eval6): caregiver, voicemail, reminder-reply,
hand-off, forwarded, release, complaint, pharmacy-chat, device-support, shelter-referral and
initials-signed messages, and SOAP, H&P, pathology, therapy, dental, behavioural-health, well-child,
prenatal, EMS, medication-reconciliation, discharge-planning, prior-authorization, tumour-board,
wound-care and CSV-export documents, written by a writer who read none of the de-identifier's rules,
lexicons or models, none of the other generators' templates and none of their sets, and who never ran
the de-identifier on them.

Why it exists: each earlier family (eval .. eval5, the dev sets) has been read while the rules were
tuned, so each now flatters the rules. This family brings text shapes and values nobody tuned on
(``messages``: caregiver messages naming two or three people, unpunctuated speech-to-text voicemail
with spoken numbers and dates, SMS replies to appointment reminders, caregiver-to-caregiver hand-off
texts, forwarded e-mails with From:/Sent:/To: headers, records-release requests, patient-relations
complaints, pharmacy chat logs, device-support tickets, shelter and social-work referrals, notes
signed only with initials, some of them wholly upper or lower case; ``clinical``: SOAP progress notes, H&P with social history, pathology
reports, PT/OT/speech notes, dental notes, behavioural-health intakes, well-child visits, prenatal
visits, EMS run reports, medication reconciliation lists, discharge-planning notes, prior
authorization forms, tumour-board summaries, wound-care notes, CSV visit exports, with printed page
headers and footers).

Locales: names, places and organisation-name words come only from Faker locales that no other
project list, set, corpus, eval3, eval4 or eval5 uses (tests/deid/test_evalset6.py checks it):
ko_KR (given names, surnames, cities, road names, company-name words) and ne_NP (given names,
surnames, cities, districts). Faker ships no romanization for either script, so this module
romanizes them with small hand-written maps: Hangul by syllable decomposition into Revised
Romanization letters (a short table of the customary surname spellings, "Kim", "Lee", "Park"), about
one person in ten in a McCune-Reischauer style with breves ("Sŏ-yŏn"); Devanagari letter by letter
with a simple schwa-deletion rule, about one person in ten with long-vowel and sibilant marks
("Sītā", "Śarmā"). Those marked names are the only non-ASCII text. Every table is read from the locale's own
provider class (``FAKER_TABLES``), never an inherited one; ``provenance_problems()`` checks it.
Numbers, dates, codes and every identifier are drawn by this module's own seeded ``random.Random``;
no Faker randomness is used, so a seed reproduces its file byte for byte.

Annotation conventions: NAME spans exclude titles and credentials ("Dr.", "Ms.", ", RN"); a
"LAST, First M." name is one span, a suffix ("Jr.") or a quoted nickname belongs to it, a possessive
"'s" does not; initials that sign a message ("-- M.K.") are a NAME; a login user name in a printed
header ("ithapa") is an ID. A date is one span with its year if it has one, a weekday written with
it is part of it, a spoken date ("the third of march") is one span; a bare year is not PHI; a clock
time alone is not PHI. Ages are AGE (the number only, digits or words) only when 90 or more. An
ADDRESS span is the whole street line (number, street, suffix, unit; or the PO box); a pair of cross
streets ("Dosan Rd & Yeoksam Ave") is one ADDRESS span; a city or town is LOCATION, a ZIP (with its
+4) is ZIP; US states and countries are not PHI. Facility, employer, school, day-care, pharmacy,
nursing-home, shelter and transport-company names are FACILITY (the whole name). Phone and fax spans
include "+1" and the extension, spoken phone numbers are one PHONE span. Claim, referral, accession,
specimen, ticket, case, incident, authorization and user ids are ID; device serial numbers DEVICE;
model and lot numbers are not PHI (they are ``keep`` codes). ``keep`` lists the non-PHI terms a coder
needs (kinds in ``KEEP_KINDS``); no keep term ever occurs inside a PHI span.

    python -m tools.deid.evalset6 --family messages --n 300 --seed 1101 --out datasets/deid/eval6_messages.jsonl
    python -m tools.deid.evalset6 --family clinical --n 120 --seed 1102 --out datasets/deid/eval6_clinical.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from tools.deid import faker_tables

FAMILIES = ("messages", "clinical")
KEEP_KINDS = ("code", "insurer", "manufacturer", "eponym", "department", "drug")

# locale -> (provider module, table) pairs this module reads; each is the locale's own table.
FAKER_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "ko_KR": (
        ("faker.providers.person.ko_KR", "first_names_female"),
        ("faker.providers.person.ko_KR", "first_names_male"),
        ("faker.providers.person.ko_KR", "last_names"),
        ("faker.providers.address.ko_KR", "cities"),
        ("faker.providers.address.ko_KR", "road_names"),
        ("faker.providers.company.ko_KR", "company_name_words"),
    ),
    "ne_NP": (
        ("faker.providers.person.ne_NP", "first_names_female"),
        ("faker.providers.person.ne_NP", "first_names_male"),
        ("faker.providers.person.ne_NP", "last_names"),
        ("faker.providers.address.ne_NP", "cities"),
        ("faker.providers.address.ne_NP", "districts"),
    ),
}
NAME_LOCALES = ("ko_KR", "ne_NP")
CITY_LOCALES = ("ko_KR", "ne_NP")
ORG_LOCALES = ("ko_KR", "ne_NP")
LOCALES = ("ko_KR", "ne_NP")


def provenance_problems() -> list[str]:
    """Tables in FAKER_TABLES that are not the locale's own (read from a parent provider)."""
    return faker_tables.provenance_problems(FAKER_TABLES)


def _table(loc: str, module_tail: str, attr: str) -> list[str]:
    module = f"faker.providers.{module_tail}.{loc}"
    assert (module, attr) in FAKER_TABLES[loc]
    return list(faker_tables.own_table(module, attr))


# ---------------------------------------------------------------- Hangul romanization (hand-written)
_KO_INITIAL = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_KO_VOWEL = [
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo",
    "u", "wo", "we", "wi", "yu", "eu", "ui", "i",
]  # fmt: skip
_KO_FINAL = [
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l",
    "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
]  # fmt: skip
# The customary spellings of the surnames in the ko_KR table (Revised Romanization would write Gim, I, Bak).
_KO_SURNAME = {
    "김": "Kim", "이": "Lee", "박": "Park", "정": "Jung", "최": "Choi", "조": "Cho", "강": "Kang", "윤": "Yoon",
    "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin", "권": "Kwon", "황": "Hwang",
    "안": "Ahn", "송": "Song", "류": "Ryu", "전": "Jeon", "홍": "Hong", "고": "Ko", "문": "Moon", "양": "Yang",
    "손": "Son", "배": "Bae", "백": "Baek", "허": "Heo", "유": "Yoo", "남": "Nam", "심": "Shim", "노": "Noh",
    "하": "Ha", "곽": "Kwak", "성": "Sung", "차": "Cha", "주": "Joo", "우": "Woo", "구": "Koo", "나": "Na",
    "민": "Min", "진": "Jin", "지": "Ji", "엄": "Eom",
}  # fmt: skip


def romanize_ko_syllables(word: str) -> list[str]:
    """Each Hangul syllable of `word` in Revised Romanization letters (no sound-change rules)."""
    out = []
    for ch in word:
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            continue
        ini, vow, fin = code // 588, (code % 588) // 28, code % 28
        out.append(_KO_INITIAL[ini] + _KO_VOWEL[vow] + _KO_FINAL[fin])
    return out


def romanize_ko(word: str, hyphen: bool = False, marks: bool = False) -> str:
    """A Korean given name or place word in Latin letters: "서연" -> "Seoyeon" / "Seo-yeon" / "Sŏ-yŏn"."""
    sylls = romanize_ko_syllables(word)
    text = ("-" if hyphen else "").join(sylls)
    if marks:
        text = text.replace("eo", "ŏ").replace("eu", "ŭ")
    return text[:1].upper() + text[1:]


def romanize_ko_surname(word: str) -> str:
    return _KO_SURNAME.get(word) or romanize_ko(word)


# ------------------------------------------------------------ Devanagari romanization (hand-written)
_DV_CONS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "ng", "च": "ch", "छ": "chh", "ज": "j", "झ": "jh", "ञ": "n",
    "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t", "थ": "th", "द": "d", "ध": "dh", "न": "n",
    "प": "p", "फ": "ph", "ब": "b", "भ": "bh", "म": "m", "य": "y", "र": "r", "ल": "l", "व": "v", "श": "sh",
    "ष": "sh", "स": "s", "ह": "h",
}  # fmt: skip
_DV_CONS_MARKED = {"श": "ś", "ष": "ṣ", "ण": "ṇ", "ञ": "ñ"}
_DV_VOWEL = {
    "अ": "a",
    "आ": "a",
    "इ": "i",
    "ई": "i",
    "उ": "u",
    "ऊ": "u",
    "ऋ": "ri",
    "ए": "e",
    "ऐ": "ai",
    "ओ": "o",
    "औ": "au",
}
_DV_MATRA = {"ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "ृ": "ri", "े": "e", "ै": "ai", "ो": "o", "ौ": "au"}
_DV_LONG = {"आ": "ā", "ई": "ī", "ऊ": "ū", "ा": "ā", "ी": "ī", "ू": "ū", "ृ": "ṛ"}
_VIRAMA, _ANUSVARA, _CANDRA = "्", "ं", "ँ"


def romanize_ne(word: str, marks: bool = False) -> str:
    """A Nepali name or place in Latin letters: "श्रेष्ठ" -> "Shrestha", "सीता" -> "Sita" / "Sītā"."""
    word = word.replace("\u200c", "").replace("\u200d", "")
    # syllable list: [onset consonants, vowel, vowel_is_inherent, coda]
    sylls: list[list] = []
    cluster: list[str] = []
    i = 0
    while i < len(word):
        ch = word[i]
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if ch in _DV_CONS:
            letter = _DV_CONS_MARKED.get(ch, _DV_CONS[ch]) if marks else _DV_CONS[ch]
            if ch == "व":
                letter = "b" if not sylls and not cluster else "v"
            cluster.append(letter)
            if nxt == _VIRAMA:
                i += 2
                continue
            if nxt in _DV_MATRA:
                vowel = _DV_LONG.get(nxt, _DV_MATRA[nxt]) if marks else _DV_MATRA[nxt]
                sylls.append([cluster, vowel, False, ""])
                i += 2
            else:
                sylls.append([cluster, "a", True, ""])
                i += 1
            cluster = []
            continue
        if ch in _DV_VOWEL:
            vowel = _DV_LONG.get(ch, _DV_VOWEL[ch]) if marks else _DV_VOWEL[ch]
            sylls.append([[], vowel, False, ""])
        elif ch in (_ANUSVARA, _CANDRA) and sylls:
            sylls[-1][3] += "n" if ch == _ANUSVARA else ""
        i += 1
    if cluster:  # a word ending in a dead consonant
        sylls.append([cluster, "", False, ""])
    # schwa deletion, right to left: the final inherent vowel after a single consonant, and a
    # medial inherent vowel between a voiced syllable and a following voiced syllable (VC_CV).
    n = len(sylls)
    for j in range(n - 1, 0, -1):
        s = sylls[j]
        if not s[2] or s[3] or len(s[0]) != 1:
            continue
        if j == n - 1 or (sylls[j - 1][1] and len(sylls[j + 1][0]) == 1 and sylls[j + 1][1]):
            s[1] = ""
    text = "".join("".join(s[0]) + s[1] + s[3] for s in sylls)
    return text[:1].upper() + text[1:]


_ONE_WORD = re.compile(r"[A-Za-z]+")
# English loanwords in the ko_KR company words, which read badly when romanized back letter by letter.
_KO_LOANWORDS = {
    "Beurein", "Bijeon", "Geulrobeol", "Koeo", "Koria", "Nekseuteu", "Seuta", "Sineoji", "Ssiaenssi", "Windeu",
    "Woldeu", "Wondeo", "Yunion", "Inpo",
}  # fmt: skip
_KO_HYPHEN: dict[str, str] = {}  # "Seoyeon" -> "Seo-yeon", filled when the pools are read


@dataclass
class Pools:
    """The romanized value tables, read once from the Faker locales' own providers."""

    first: dict[str, dict[str, list[tuple[str, str]]]] = field(default_factory=dict)  # loc -> sex -> (plain, marked)
    last: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    places: list[str] = field(default_factory=list)
    streets: list[str] = field(default_factory=list)
    orgwords: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        ko_f = _table("ko_KR", "person", "first_names_female")
        ko_m = _table("ko_KR", "person", "first_names_male")
        ko_l = _table("ko_KR", "person", "last_names")
        self.first["ko_KR"] = {
            "F": [(romanize_ko(w), romanize_ko(w, hyphen=True, marks=True)) for w in ko_f],
            "M": [(romanize_ko(w), romanize_ko(w, hyphen=True, marks=True)) for w in ko_m],
        }
        _KO_HYPHEN.update({romanize_ko(w): romanize_ko(w, hyphen=True) for w in ko_f + ko_m})
        self.last["ko_KR"] = [(romanize_ko_surname(w), romanize_ko_surname(w)) for w in ko_l]
        for loc_sex, attr in (("F", "first_names_female"), ("M", "first_names_male")):
            vals = _unique((romanize_ne(w), romanize_ne(w, marks=True)) for w in _table("ne_NP", "person", attr))
            self.first.setdefault("ne_NP", {})[loc_sex] = vals
        self.last["ne_NP"] = _unique(
            (romanize_ne(w), romanize_ne(w, marks=True)) for w in _table("ne_NP", "person", "last_names")
        )
        places = [romanize_ko(c.split()[0][:-1]) for c in _table("ko_KR", "address", "cities")]
        places += [
            romanize_ne(c) for c in _table("ne_NP", "address", "cities") + _table("ne_NP", "address", "districts")
        ]
        self.places = sorted({p for p in places if _ONE_WORD.fullmatch(p) and 4 <= len(p) <= 13})
        streets = [romanize_ko(r) for r in _table("ko_KR", "address", "road_names")]
        streets += [romanize_ne(c) for c in _table("ne_NP", "address", "districts")]
        self.streets = sorted({s for s in streets if _ONE_WORD.fullmatch(s) and 4 <= len(s) <= 11})
        words = [romanize_ko(w) for w in _table("ko_KR", "company", "company_name_words")]
        self.orgwords = sorted({w for w in words if _ONE_WORD.fullmatch(w) and len(w) >= 4} - _KO_LOANWORDS)


def _unique(pairs) -> list[tuple[str, str]]:
    seen: dict[str, tuple[str, str]] = {}
    for plain, marked in pairs:
        if _ONE_WORD.fullmatch(plain) and len(plain) >= 2 and plain not in seen:
            seen[plain] = (plain, marked)
    return sorted(seen.values())


@lru_cache(maxsize=1)
def pools() -> Pools:
    return Pools()


# ---------------------------------------------------------------- non-PHI vocabulary (hand-written)
INSURERS = [
    "Aetna", "Cigna", "Humana", "UnitedHealthcare", "Molina Healthcare", "Kaiser Permanente", "Anthem Blue Cross",
    "Ambetter", "WellCare", "Oscar Health", "Highmark", "Medicare Advantage", "Tricare",
]  # fmt: skip
DEVICES = [  # (manufacturer, product, model number, kind)
    ("Dexcom", "G7 sensor", "MT25603", "CGM"),
    ("Abbott", "FreeStyle Libre 3 reader", "ADC-72081", "CGM"),
    ("Medtronic", "MiniMed 780G pump", "MMT-1886", "insulin pump"),
    ("Tandem", "t:slim X2 pump", "1004000", "insulin pump"),
    ("Insulet", "Omnipod 5 controller", "PDM-H001", "insulin pump"),
    ("ResMed", "AirSense 11 CPAP", "39000", "CPAP"),
    ("Philips Respironics", "DreamStation 2 CPAP", "DSX900T11", "CPAP"),
    ("Inogen", "One G5 concentrator", "IS-500", "oxygen concentrator"),
    ("KCI", "V.A.C. Ulta unit", "ULTA-4", "wound vac"),
    ("Boston Scientific", "Accolade pacemaker", "L331", "pacemaker"),
]
EPONYMS = [
    "Crohn's disease", "Hashimoto's thyroiditis", "Parkinson's disease", "Bell's palsy", "Graves' disease",
    "Alzheimer's dementia", "Barrett's esophagus", "Raynaud's phenomenon", "Sjogren's syndrome", "Addison's disease",
    "Osgood-Schlatter disease", "Kawasaki disease", "Meniere's disease", "Dupuytren's contracture", "Tourette syndrome",
    "Down syndrome", "Hirschsprung disease", "Guillain-Barre syndrome", "Wilms tumor", "Hodgkin lymphoma",
]  # fmt: skip
DEPARTMENTS = [
    "Cardiology", "Endocrinology", "Nephrology", "Oncology", "Gastroenterology", "Neurology", "Pulmonology",
    "Behavioral Health", "Labor and Delivery", "Physical Therapy", "Occupational Therapy", "Speech Pathology",
    "Wound Care", "Palliative Care", "Case Management", "Patient Relations", "Health Information Management",
    "Orthopedics", "Dermatology", "Pediatrics",
]  # fmt: skip
DRUGS = [
    "metformin", "lisinopril", "apixaban", "atorvastatin", "levothyroxine", "sertraline", "insulin glargine",
    "insulin lispro", "amlodipine", "furosemide", "carbidopa-levodopa", "donepezil", "albuterol", "montelukast",
    "prenatal vitamins", "ondansetron", "gabapentin", "mesalamine", "prednisone", "amoxicillin", "cephalexin",
    "buprenorphine", "quetiapine", "tamoxifen", "omeprazole", "methotrexate", "tiotropium", "semaglutide",
]  # fmt: skip
ANY_DRUG = [d for d in DRUGS if d != "prenatal vitamins"]  # for anyone, not only the pregnant
ICD10 = [
    ("E11.65", "type 2 diabetes with hyperglycemia"), ("I10", "essential hypertension"), ("K50.90", "Crohn's disease"),
    ("G20", "Parkinson's disease"), ("J44.1", "COPD with exacerbation"), ("F32.1", "major depressive disorder"),
    ("L89.153", "pressure ulcer of sacrum, stage 3"), ("O24.414", "gestational diabetes, insulin controlled"),
    ("G47.33", "obstructive sleep apnea"), ("C50.411", "malignant neoplasm of right breast"),
    ("S72.001A", "fracture of right femoral neck"), ("Z00.129", "well child exam"), ("E10.9", "type 1 diabetes"),
    ("I48.91", "atrial fibrillation"), ("F41.1", "generalized anxiety disorder"), ("N18.4", "CKD stage 4"),
    ("M17.11", "primary osteoarthritis, right knee"), ("K02.52", "dental caries"), ("C18.7", "sigmoid colon cancer"),
]  # fmt: skip
CPT = ["99214", "99213", "97110", "97530", "92507", "88305", "D2392", "D0120", "59425", "99391", "97597", "96127"]
HCPCS = ["E0601", "A4253", "E0784", "A9276", "E1390", "A6550", "K0001", "G0283"]


def _plate(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    shape = rng.choice(["9LLL999", "LLL9999", "9LL L999", "LLL-999", "99L LLL"])
    return "".join(rng.choice(letters) if c == "L" else str(rng.randint(0, 9)) if c == "9" else c for c in shape)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


US_STATES = ["Oregon", "Washington", "Minnesota", "Colorado", "Virginia", "Ohio", "New Mexico", "Nebraska", "Utah"]
STATE_ABBR = ["OR", "WA", "MN", "CO", "VA", "OH", "NM", "NE", "UT", "PA", "NC", "MI"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDINAL_WORDS = [
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
    "twenty-seventh", "twenty-eighth",
]  # fmt: skip
DIGIT_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = {90: "ninety", 100: "one hundred"}
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _ord(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


# ------------------------------------------------------------------------------------ people
@dataclass
class Person:
    first: str
    last: str
    sex: str
    middle: str = ""
    nick: str = ""
    suffix: str = ""

    def full(self) -> str:
        return f"{self.first} {self.last}"


class World:
    """One row's random draws: people, places, identifiers, dates."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.p = pools()
        self.year = rng.choice([2024, 2025, 2026])
        self.last_age = 0

    # people ------------------------------------------------------------------
    def person(self, sex: str | None = None, loc: str | None = None) -> Person:
        rng = self.rng
        sex = sex or rng.choice("FM")
        loc = loc or rng.choice(["ko_KR", "ne_NP", "ne_NP"])
        marks = rng.random() < 0.1
        fp, fm = rng.choice(self.p.first[loc][sex])
        lp, lm = rng.choice(self.p.last[loc])
        first = fm if marks else fp
        last = lm if marks else lp
        if loc == "ko_KR" and not marks and rng.random() < 0.35:
            first = _KO_HYPHEN.get(fp, fp)
        person = Person(first, last, sex)
        r = rng.random()
        if r < 0.08:
            other = rng.choice(self.p.last[rng.choice(["ko_KR", "ne_NP"])])[0]
            if other != last:
                person.last = f"{last}-{other}"
        elif r < 0.12 and loc == "ne_NP":
            person.last = "K.C." if rng.random() < 0.5 else last
        if rng.random() < 0.3:
            person.middle = rng.choice(self.p.first[loc][sex])[0]
            if loc == "ne_NP" and sex == "M" and rng.random() < 0.5:
                person.middle = "Bahadur"
            elif loc == "ne_NP" and sex == "F" and rng.random() < 0.5:
                person.middle = "Kumari"
        if rng.random() < 0.12:
            person.nick = rng.choice(
                ["Mimi", "Sunny", "Nana", "Bina", "Minnie", "Kiki"]
                if sex == "F"
                else ["Bobby", "Sunny", "Jay", "Raj", "Duke", "Tiger"]
            )
        if sex == "M" and rng.random() < 0.1:
            person.suffix = rng.choice(["Jr.", "II", "III"])
        return person

    def name(self, p: Person, shape: str | None = None) -> str:
        """One written form of `p`'s name (the NAME span)."""
        rng = self.rng
        shapes = [
            "full", "full", "full", "first", "first", "last", "lastfirst", "lastfirstm", "initial", "lower",
            "caps", "mid", "nick", "suffix",
        ]  # fmt: skip
        if shape in (None, "full", "first", "mid") and p.nick and rng.random() < 0.4:
            shape = "nick"
        if shape in (None, "full", "caps") and p.suffix and rng.random() < 0.6:
            shape = "suffix" if shape != "caps" or rng.random() < 0.5 else "caps"
        shape = shape or rng.choice(shapes)
        if shape == "mid" and not p.middle:
            shape = "full"
        if shape == "nick" and not p.nick:
            shape = "full"
        if shape == "suffix" and not p.suffix:
            shape = "first"
        if shape == "full":
            return p.full()
        if shape == "first":
            return p.first
        if shape == "last":
            return p.last
        if shape == "lastfirst":
            return f"{p.last.upper() if rng.random() < 0.6 else p.last}, {p.first}"
        if shape == "lastfirstm":
            mid = (p.middle or rng.choice("ABDGJKLMNRST"))[0]
            return f"{p.last.upper()}, {p.first} {mid}."
        if shape == "initial":
            if rng.random() < 0.5 and p.middle:
                return f"{p.first[0]}. {p.middle[0]}. {p.last}"
            return f"{p.first[0]}. {p.last}"
        if shape == "lower":
            return p.full().lower()
        if shape == "caps":
            return (f"{p.full()} {p.suffix}" if p.suffix and rng.random() < 0.5 else p.full()).upper()
        if shape == "mid":
            return f"{p.first} {p.middle} {p.last}"
        if shape == "nick":
            q = rng.choice(['"', "'"])
            return f"{p.first} {q}{p.nick}{q} {p.last}"
        if shape == "suffix":
            return f"{p.full()} {p.suffix}"
        if shape == "initials":
            return f"{p.first[0]}.{p.last[0]}." if rng.random() < 0.5 else f"{p.first[0]}{p.last[0]}".upper()
        raise ValueError(shape)

    def clinician(self) -> Person:
        return self.person()

    # places and organisations --------------------------------------------------
    def city(self) -> str:
        return self.rng.choice(self.p.places)

    def street(self) -> str:
        rng = self.rng
        suffix = rng.choice(
            ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Dr", "Ct", "Way", "Blvd", "Pl", "Terrace"]
        )
        line = f"{rng.randint(2, 19880)} {rng.choice(['', '', '', 'N ', 'SE ', 'W ', 'East '])}{rng.choice(self.p.streets)} {suffix}"
        r = rng.random()
        if r < 0.2:
            line += f" Apt {rng.randint(1, 40)}{rng.choice(['', 'A', 'B', 'C'])}"
        elif r < 0.3:
            line += f", Unit {rng.randint(100, 999)}"
        elif r < 0.38:
            line += f" #{rng.randint(2, 88)}"
        elif r < 0.45:
            line = f"PO Box {rng.randint(10, 9999)}"
        return line

    def cross(self) -> str:
        a, b = self.rng.sample(self.p.streets, 2)
        return f"{a} {self.rng.choice(['Rd', 'Ave', 'St'])} {self.rng.choice(['&', 'and', '/'])} {b} {self.rng.choice(['Rd', 'Ave', 'St', 'Blvd'])}"

    def zip(self) -> str:
        z = f"{self.rng.randint(10000, 99899):05d}"
        return z + (f"-{self.rng.randint(0, 9999):04d}" if self.rng.random() < 0.3 else "")

    def state(self) -> str:
        return self.rng.choice(STATE_ABBR)

    def org(self, kind: str) -> str:
        rng = self.rng
        w = rng.choice(self.p.orgwords)
        place = rng.choice(self.p.places)
        base = rng.choice([w, place, w, f"{w} {place}"])
        tails = {
            "clinic": [
                "Family Medicine",
                "Health Clinic",
                "Medical Group",
                "Primary Care",
                "Community Clinic",
                "Health Partners",
            ],
            "hospital": ["Medical Center", "General Hospital", "Regional Hospital", "Memorial Hospital"],
            "pharmacy": ["Pharmacy", "Drug", "Apothecary", "Community Pharmacy"],
            "employer": ["Logistics", "Foods", "Builders", "Auto Body", "Packaging", "Textiles", "Cleaning Services"],
            "school": ["Elementary School", "Middle School", "High School", "Montessori", "Academy"],
            "daycare": ["Day Care", "Little Learners", "Kids Club", "Early Learning Center"],
            "nursing": ["Nursing and Rehab", "Care Center", "Senior Living", "Skilled Nursing Facility", "Gardens"],
            "transport": ["Medical Transport", "Wheelchair Van", "Ambulette"],
            "shelter": ["House", "Family Shelter", "Women's Shelter", "Mission"],
            "dental": ["Dental Group", "Smiles", "Family Dentistry"],
            "lab": ["Pathology Associates", "Reference Laboratory"],
            "supplier": ["Home Medical Supply", "DME", "Respiratory Services"],
        }[kind]
        if kind == "daycare" and rng.random() < 0.5:
            return f"{w}'s {rng.choice(tails)}"
        return f"{base} {rng.choice(tails)}"

    # numbers -------------------------------------------------------------------------
    def phone(self, spoken: bool = False) -> str:
        rng = self.rng
        area, mid, last = str(rng.randint(201, 989)), str(rng.randint(200, 989)), _digits(rng, 4)
        if spoken:
            words = [DIGIT_WORDS[int(c)] for c in area + mid]
            if rng.random() < 0.35:
                return " ".join(words + [_pair(last[:2]), _pair(last[2:])])
            return " ".join(words + [DIGIT_WORDS[int(c)] for c in last])
        fmt = rng.choice(
            [
                "({a}) {m}-{l}",
                "{a}-{m}-{l}",
                "{a}.{m}.{l}",
                "{a} {m} {l}",
                "+1 {a} {m} {l}",
                "+1-{a}-{m}-{l}",
                "{m}-{l}",
                "{a}{m}{l}",
            ]
        )
        s = fmt.format(a=area, m=mid, l=last)
        if rng.random() < 0.12:
            s += rng.choice([" ext ", " ext. ", " x", " extension "]) + str(rng.randint(10, 9999))
        return s

    def email(self, p: Person | None = None) -> str:
        rng = self.rng
        dom = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "hotmail.com", "aol.com"])
        if p is None:
            return f"{rng.choice(self.p.orgwords).lower()}{rng.randint(1, 99)}@{dom}"
        first = re.sub(r"[^a-z]", "", _ascii(p.first).lower())
        last = re.sub(r"[^a-z]", "", _ascii(p.last).lower())
        user = rng.choice(
            [
                f"{first}.{last}",
                f"{first[0]}{last}",
                f"{last}{first}{rng.randint(1, 99)}",
                f"{first}_{rng.randint(60, 2009)}",
                f"{first}{last[0]}",
            ]
        )
        return f"{user}@{dom}"

    def staff_email(self, p: Person, org: str) -> str:
        dom = re.sub(r"[^a-z]", "", org.lower().split()[0]) + self.rng.choice(
            ["health.org", "med.org", "clinic.com", "care.net"]
        )
        return f"{_ascii(p.first)[0].lower()}{re.sub(r'[^a-z]', '', _ascii(p.last).lower())}@{dom}"

    def url(self, org: str | None = None) -> str:
        rng = self.rng
        org = org or self.org("clinic")
        words = re.sub(r"[^a-z ]", "", org.lower()).split()
        host = words[0] + (words[1] if len(words) > 1 and len(words[0] + words[1]) <= 16 else "")
        return rng.choice([
            f"https://mychart.{host}.org/MyChart/Messaging?pid={_digits(rng, 7)}",
            f"https://portal.{host}health.com/patient/{_alnum(rng, 8).lower()}",
            f"www.{host}.org/records/{_digits(rng, 6)}",
            f"http://{host}.followmyhealth.com/u/{_alnum(rng, 6).lower()}",
            f"https://bit.ly/{_alnum(rng, 7)}",
        ])  # fmt: skip

    def ip(self) -> str:
        rng = self.rng
        if rng.random() < 0.15:
            return ":".join(f"{rng.randint(0, 65535):x}" for _ in range(8))
        return ".".join(str(rng.randint(1, 254)) for _ in range(4))

    def mrn(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                _digits(rng, 8),
                f"{_letters(rng, 1)}{_digits(rng, 7)}",
                f"{_digits(rng, 2)}-{_digits(rng, 5)}-{_digits(rng, 1)}",
                f"MR{_digits(rng, 6)}",
                f"{_digits(rng, 2)}-{_letters(rng, 2)}-{_digits(rng, 5)}",
            ]
        )

    def ssn(self) -> str:
        rng = self.rng
        a, b, c = rng.randint(101, 665), rng.randint(10, 99), _digits(rng, 4)
        return rng.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])

    def plan(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"{_letters(rng, 3)}{_digits(rng, 9)}",
                f"{_letters(rng, 1)}{_digits(rng, 8)}-0{rng.randint(1, 4)}",
                f"{_digits(rng, 9)}{_letters(rng, 1)}",
                f"W{_digits(rng, 8)}",
                f"{_letters(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 5)}",
            ]
        )

    def account(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                _digits(rng, 10),
                f"{_digits(rng, 4)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                f"AC{_digits(rng, 7)}",
                f"{_digits(rng, 6)}-{_digits(rng, 2)}",
            ]
        )

    def license(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"{_letters(rng, 1)}{_digits(rng, 7)}",
                f"{_letters(rng, 2)}{_digits(rng, 6)}",
                f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                f"{_letters(rng, 5)}*{_digits(rng, 3)}{_letters(rng, 2)}",
                f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            ]
        )

    def serial(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"SN{_digits(rng, 9)}",
                f"{_alnum(rng, 4)}-{_alnum(rng, 5)}",
                f"{_letters(rng, 2)}{_digits(rng, 8)}",
                f"{_digits(rng, 2)}{_letters(rng, 3)}{_digits(rng, 6)}",
                _alnum(rng, 10),
            ]
        )

    def vin(self) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))

    def ident(self, prefix: str) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"{prefix}-{_digits(rng, 6)}",
                f"{prefix}{self.year % 100}-{_digits(rng, 5)}",
                f"{prefix}{_digits(rng, 8)}",
                f"{_digits(rng, 4)}-{prefix}-{_digits(rng, 3)}",
            ]
        )

    def plate(self) -> str:
        return _plate(self.rng)

    # dates -------------------------------------------------------------------------
    def ymd(self, year: int | None = None) -> tuple[int, int, int]:
        return (year or self.year, self.rng.randint(1, 12), self.rng.randint(1, 28))

    def date(self, style: str | None = None, year: int | None = None) -> str:
        rng = self.rng
        y, m, d = self.ymd(year)
        style = style or rng.choice(
            ["iso", "us", "us2", "dash2", "short", "long", "ord", "mon", "mond", "dmy", "wk", "the"]
        )
        mon = MONTHS[m - 1]
        return {
            "iso": f"{y}-{m:02d}-{d:02d}",
            "us": f"{m}/{d}/{y}",
            "us2": f"{m:02d}/{d:02d}/{y}",
            "dash2": f"{m:02d}-{d:02d}-{y % 100:02d}",
            "short": f"{m}/{d}",
            "long": f"{mon} {d}, {y}",
            "ord": f"{_ord(d)} of {mon} {y}",
            "mon": f"{mon[:3]} {d}",
            "mond": f"{d} {mon[:3]} {y}",
            "dmy": f"{d:02d}.{m:02d}.{y}",
            "wk": f"{rng.choice(WEEKDAYS)}, {mon} {d}, {y}",
            "the": f"{mon} the {ORDINAL_WORDS[d]}",
        }[style]

    def spoken_date(self) -> str:
        rng = self.rng
        y, m, d = self.ymd()
        mon = MONTHS[m - 1].lower()
        return rng.choice([f"the {ORDINAL_WORDS[d]} of {mon}", f"{mon} {ORDINAL_WORDS[d]}", f"{mon} {_ord(d)}"])

    def dob(
        self,
        old: bool = False,
        styles: tuple[str, ...] = ("us", "us2", "iso", "long", "dash2", "mond"),
        years: tuple[int, int] = (1938, 2004),
    ) -> str:
        if old:
            year = self.year - self.rng.randint(91, 101)
            self.last_age = self.year - year - 1
        else:
            year = self.rng.randint(*years)
        return self.date(self.rng.choice(styles), year=year)

    def child_dob(self) -> str:
        return self.date(self.rng.choice(["us", "us2", "iso", "long"]), year=self.year - self.rng.randint(0, 12))

    def old_age(self) -> int:
        return self.rng.randint(90, 104)

    def time(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"{rng.randint(1, 12)}:{rng.choice(['00', '15', '30', '45', '20'])} {rng.choice(['am', 'pm', 'AM', 'PM'])}",
                f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}",
                f"{rng.randint(7, 18)}:{rng.randint(0, 59):02d}",
            ]
        )


def _pair(two: str) -> str:
    n = int(two)
    if n < 10:
        return f"oh {DIGIT_WORDS[n]}"
    if n < 20:
        return [
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ][n - 10]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"][n // 10]
    return tens + (f" {UNITS[n % 10]}" if n % 10 else "")


def _ascii(s: str) -> str:
    """`s` without its diacritics (for e-mail addresses and user names made from a marked name)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def age_words(n: int) -> str:
    return (
        TENS[n // 10 * 10] + (f"-{UNITS[n % 10]}" if n % 10 else "")
        if n < 100
        else "one hundred" + (f" and {UNITS[n % 10]}" if n % 10 else "")
    )


# ------------------------------------------------------------------------------------ documents
Piece = str | tuple[str, str]


class Doc:
    """Text built from plain pieces, PHI pieces (value, PHI type) and keep pieces (term, keep kind)."""

    def __init__(self) -> None:
        self.pieces: list[tuple[str, str]] = []

    def __call__(self, *pieces: Piece) -> Doc:
        for p in pieces:
            if isinstance(p, tuple):
                self.pieces.append((p[0], p[1]))
            else:
                self.pieces.append((p, ""))
        return self

    def row(self, transform: Callable[[str], str] | None = None) -> tuple[str, list[dict], dict[str, str]]:
        text = ""
        phi: list[dict] = []
        keep: dict[str, str] = {}
        for value, kind in self.pieces:
            value = transform(value) if transform else value
            if kind and kind not in KEEP_KINDS:
                assert value == value.strip() and value, (value, kind)
                phi.append({"start": len(text), "end": len(text) + len(value), "type": kind})
            elif kind:
                keep.setdefault(value, kind)
            text += value
        for term in list(keep):
            hits = [m.start() for m in re.finditer(re.escape(term), text)]
            if not hits or any(p["start"] < i + len(term) and i < p["end"] for i in hits for p in phi):
                del keep[term]
        return text, phi, keep


def _n(v: str) -> tuple[str, str]:
    return (v, "NAME")


def _code(rng: random.Random) -> tuple[str, str]:
    return ICD10[rng.randrange(len(ICD10))]


# ----------------------------------------------------------------------------- messages
def msg_caregiver_parent(w: World, d: Doc) -> None:
    rng = w.rng
    me, parent, sib = w.person(), w.person(sex=rng.choice("FM")), w.person()
    parent.last = me.last if rng.random() < 0.6 else parent.last
    rel = "mom" if parent.sex == "F" else "dad"
    doc = w.person()
    dx = rng.choice(["Parkinson's disease", "Alzheimer's dementia", "Meniere's disease", "Addison's disease"])
    drug = rng.choice(["carbidopa-levodopa", "donepezil", "furosemide", "apixaban", "levothyroxine"])
    old = rng.random() < 0.5
    d(rng.choice(["Hello,", "Hi Dr. ", "Good morning - "]))
    if d.pieces[-1][0] == "Hi Dr. ":
        d(_n(w.name(doc, "last")), ",")
    d("\n\nThis is ", _n(w.name(me, rng.choice(["full", "first", "mid"]))), ", ", _n(w.name(parent, "first")), "'s ")
    child = rng.choice(["daughter", "daughter-in-law", "eldest"] if me.sex == "F" else ["son", "oldest son", "eldest"])
    d(child, ". My ", rel, " (DOB ", (w.dob(old, years=(1932, 1962)), "DATE"), ")")
    if old:
        d(" is ", (str(w.last_age), "AGE"), " now and")
    d(" has ", (dx, "eponym"), " and since ", (w.date(rng.choice(["mon", "short", "the", "long"])), "DATE"))
    d(
        " the ",
        (drug, "drug"),
        " doesn't seem to last. ",
        rng.choice(
            ["My brother", "My cousin", "Our neighbor"]
            if sib.sex == "M"
            else ["My sister", "My cousin", "Our neighbor"]
        ),
        " ",
    )
    d(
        _n(w.name(sib, rng.choice(["first", "full", "lower"]))),
        " stays with ",
        rel,
        " on weekends at ",
        (w.street(), "ADDRESS"),
        " in ",
    )
    d((w.city(), "LOCATION"), " and noticed more falls.")
    if rng.random() < 0.6:
        d(
            " Can someone from ",
            (rng.choice(["Neurology", "Cardiology", "Palliative Care"]), "department"),
            " call me at ",
        )
        d((w.phone(), "PHONE"), "? I am on the HIPAA form.")
    if rng.random() < 0.5:
        d(
            " ",
            rel.capitalize(),
            "'s ",
            (rng.choice(INSURERS), "insurer"),
            " member ID is ",
            (w.plan(), "HEALTH_PLAN"),
            ".",
        )
    d(
        "\n\n",
        rng.choice(["Thanks, ", "Thank you\n", "Best,\n", "-- "]),
        _n(w.name(me, rng.choice(["first", "initials", "full"]))),
    )


def msg_caregiver_child(w: World, d: Doc) -> None:
    rng = w.rng
    kid, sib, me = w.person(), w.person(sex="M"), w.person()
    sib.last = kid.last
    me.last = kid.last if rng.random() < 0.7 else me.last
    school = w.org(rng.choice(["school", "daycare"]))
    dx = rng.choice(
        ["Kawasaki disease", "Osgood-Schlatter disease", "Tourette syndrome", "Down syndrome", "Crohn's disease"]
    )
    d(
        _n(w.name(kid, rng.choice(["first", "full", "lower"]))),
        "'s ",
        rng.choice(["mom", "dad", "grandma", "stepmom"]),
        " here. ",
    )
    d(rng.choice(["Quick question", "Need help", "Sorry to bother"]), " -- ")
    d(_n(w.name(kid, "first")), " (born ", (w.child_dob(), "DATE"), ") was sent home from ", (school, "FACILITY"))
    d(" today because of ", rng.choice(["a rash", "fever 101.4", "a limp", "vomiting twice", "tics in class"]), ". ")
    d(
        "Teacher ",
        rng.choice(["Ms. ", "Mr. ", "Mrs. "]),
        _n(w.name(w.person(), "last")),
        f" says {'he' if kid.sex == 'M' else 'she'} needs a note. ",
    )
    d(
        "Also ",
        "his" if kid.sex == "M" else "her",
        " little brother ",
        _n(w.name(sib, "first")),
        " has his ",
        (rng.choice(["Pediatrics", "Dermatology", "Orthopedics"]), "department"),
    )
    d(" follow up ", (w.date(rng.choice(["short", "mon", "wk", "dash2"])), "DATE"), ", can we do both at once? ")
    d("We have ", (rng.choice(INSURERS), "insurer"), " now, new card # ", (w.plan(), "HEALTH_PLAN"), ".")
    if rng.random() < 0.5:
        d(" History of ", (dx, "eponym"), " in case that matters.")
    d(" text me ", (w.phone(), "PHONE"))
    if rng.random() < 0.4:
        d(" or email ", (w.email(me), "EMAIL"))
    d("\n", _n(w.name(me, rng.choice(["first", "full", "caps"]))))


def msg_voicemail(w: World, d: Doc) -> None:
    rng = w.rng
    me, pt = w.person(), w.person()
    d("[Voicemail transcription", rng.choice(["", " - automated, may contain errors", " (beta)"]), "] ")
    d(
        "Received ",
        (w.date(rng.choice(["us2", "wk", "iso"])), "DATE"),
        " ",
        w.time(),
        " from ",
        (w.phone(), "PHONE"),
        "\n",
    )
    body = Doc()
    he = "he" if pt.sex == "M" else "she"
    body(
        "hi um this is ",
        _n(w.name(me, "full")),
        " calling about my ",
        rng.choice(["husband", "father", "son"] if pt.sex == "M" else ["wife", "mother", "daughter"]),
        " ",
    )
    body(
        _n(w.name(pt, rng.choice(["full", "first"]))),
        " date of birth ",
        (
            w.spoken_date()
            + " "
            + rng.choice(["nineteen forty two", "nineteen fifty", "nineteen sixty one", "two thousand four"]),
            "DATE",
        ),
    )
    body(
        f" {he} was supposed to get {'his' if he == 'he' else 'her'} ",
        (rng.choice(["Cardiology", "Nephrology", "Pulmonology"]), "department"),
        " appointment on ",
    )
    body((w.spoken_date(), "DATE"), " but nobody called uh ")
    if rng.random() < 0.5:
        body("his medical record number is ", (" ".join(DIGIT_WORDS[int(c)] for c in _digits(rng, 7)), "MRN"), " ")
    body(f"{he}'s on the ", (rng.choice(ANY_DRUG), "drug"), " and it ran out ")
    if rng.random() < 0.4:
        a = w.old_age()
        body(f"and {he}'s ", (age_words(a), "AGE"), f" so i can't bring {'him' if he == 'he' else 'her'} in easy ")
    body("we live out on ", (w.street().lower(), "ADDRESS"), " in ", (w.city().lower(), "LOCATION"), " ")
    body(
        "please call me back at ",
        (w.phone(spoken=True), "PHONE"),
        " again thats ",
        (w.phone(), "PHONE"),
        " okay thank you bye",
    )
    d.pieces.extend((v.lower() if not k or k != "department" else v, k) for v, k in body.pieces)


def msg_sms_reminder(w: World, d: Doc) -> None:
    rng = w.rng
    pt, doc, other = w.person(), w.person(), w.person()
    fac = w.org(rng.choice(["clinic", "dental", "hospital"]))
    d(
        rng.choice(["REMINDER: ", "Appt reminder: ", ""]),
        _n(w.name(pt, rng.choice(["first", "caps", "initial"]))),
        " has an appt with Dr. ",
    )
    d(
        _n(w.name(doc, "last")),
        " at ",
        (fac, "FACILITY"),
        " on ",
        (w.date(rng.choice(["us", "short", "mon", "wk"])), "DATE"),
        " at ",
        w.time(),
    )
    d(". Reply C to confirm, R to reschedule. Questions? ", (w.phone(), "PHONE"), "\n")
    d(rng.choice(["> ", "Reply: ", "\n"]))
    r = rng.random()
    if r < 0.33:
        d(
            "R. this is ",
            _n(w.name(other, rng.choice(["first", "lower"]))),
            " her sister, she is in ",
            (w.city(), "LOCATION"),
        )
        d(" till ", (w.date(rng.choice(["short", "the", "mon"])), "DATE"), " can u do after that")
    elif r < 0.66:
        d(
            "C but we moved, new address ",
            (w.street(), "ADDRESS"),
            ", ",
            (w.city(), "LOCATION"),
            " ",
            w.state(),
            " ",
            (w.zip(), "ZIP"),
        )
    else:
        d(
            "wrong number. no ",
            _n(w.name(pt, "first").lower()),
            " here. this is ",
            _n(w.name(other, "full")),
            " pls remove ",
            (w.phone(), "PHONE"),
        )
    if rng.random() < 0.4:
        d("\n", "Auto-reply: Thank you. Your ", (rng.choice(INSURERS), "insurer"), " copay may apply.")


def msg_handoff(w: World, d: Doc) -> None:
    rng = w.rng
    a, b, pt = w.person(), w.person(), w.person()
    d(rng.choice(["hey ", "Hi ", ""]), _n(w.name(b, "first")), rng.choice([" - ", ", ", " "]), "handing off ")
    d(
        _n(w.name(pt, rng.choice(["first", "nick", "first"]))),
        " to you ",
        rng.choice(["tonite", "at 7", "for the weekend"]),
        ".\n",
    )
    drug = rng.choice(["insulin lispro", "metformin", "quetiapine", "gabapentin", "ondansetron"])
    d("- gave ", (drug, "drug"), " at ", w.time(), ", BG was ", str(rng.randint(70, 320)), "\n")
    dev = rng.choice(DEVICES[:5])
    d(
        "- ",
        (dev[0], "manufacturer"),
        " ",
        dev[1],
        " alarm went off twice, serial on back is ",
        (w.serial(), "DEVICE"),
        " if u need to call\n",
    )
    d(
        "- ",
        "his" if pt.sex == "M" else "her",
        " nephew ",
        _n(w.name(w.person(), rng.choice(["first", "full"]))),
        " picking up meds at ",
    )
    d((w.org("pharmacy"), "FACILITY"), " on ", (w.street(), "ADDRESS"), "\n")
    d(
        "- appt ",
        (w.date(rng.choice(["short", "mon", "dash2"])), "DATE"),
        " with ",
        (rng.choice(["Endocrinology", "Wound Care", "Nephrology"]), "department"),
    )
    d(", van from ", (w.org("transport"), "FACILITY"), " conf # ", (w.ident("TR"), "ID"), "\n")
    d(rng.choice(["thx ", "ty ", "- "]), _n(w.name(a, rng.choice(["first", "initials"]))))


def msg_forwarded(w: World, d: Doc) -> None:
    rng = w.rng
    a, b, pt = w.person(), w.person(), w.person()
    fac = w.org("clinic")
    d(
        rng.choice(
            ["---------- Forwarded message ---------\n", "-----Original Message-----\n", "Begin forwarded message:\n\n"]
        )
    )
    d("From: ", _n(w.name(a, rng.choice(["full", "lastfirst"]))), " <", (w.email(a), "EMAIL"), ">\n")
    d("Sent: ", (w.date("wk"), "DATE"), " ", w.time(), "\n")
    d("To: ", (w.staff_email(b, fac), "EMAIL"), "\n")
    d(
        "Subject: ",
        rng.choice(["FW: ", "Fwd: ", "RE: "]),
        rng.choice(["records for ", "question re ", "forms - "]),
        _n(w.name(pt, rng.choice(["caps", "full", "last"]))),
        "\n\n",
    )
    d("Forwarding from my personal account, ", _n(w.name(pt, "first")), " asked me to send this. ")
    d("Their chart at ", (fac, "FACILITY"), " is MRN ", (w.mrn(), "MRN"), ". ")
    d(
        "The ",
        (rng.choice(["Gastroenterology", "Oncology", "Endocrinology"]), "department"),
        " letter from ",
        (w.date(rng.choice(["long", "us", "ord"])), "DATE"),
    )
    d(" lists ", (rng.choice(["K50.90", "E11.65", "C18.7", "I48.91"]), "code"), " but should be ")
    d(
        (rng.choice(["K51.90", "E11.9", "C18.2", "I48.0"]), "code"),
        ". They can log in at ",
        (w.url(fac), "URL"),
        " to see it.\n\n",
    )
    d("> On ", (w.date(rng.choice(["mon", "us"])), "DATE"), ", ", _n(w.name(b, "full")), " wrote:\n")
    d("> Please have the patient send a signed request. Fax ", (w.phone(), "FAX"), ".")


def msg_release(w: World, d: Doc) -> None:
    rng = w.rng
    pt, rep = w.person(), w.person()
    src, dst = w.org("hospital"), w.org(rng.choice(["clinic", "dental", "nursing"]))
    d("RE: Request for medical records\n\n", rng.choice(["To whom it may concern,", "Dear ", "Attn: "]))
    if d.pieces[-1][0] != "To whom it may concern,":
        d((rng.choice(["Health Information Management", "Patient Relations"]), "department"), ",")
    d("\n\nI, ", _n(w.name(pt, rng.choice(["mid", "full", "suffix"]))), ", date of birth ", (w.dob(), "DATE"))
    d(", SSN ", (w.ssn(), "SSN"), ", request that ", (src, "FACILITY"), " release my records from ")
    d(
        (w.date(rng.choice(["us2", "long", "iso"])), "DATE"),
        " through ",
        (w.date(rng.choice(["us2", "long", "iso"])), "DATE"),
    )
    d(
        " to ",
        (dst, "FACILITY"),
        ", ",
        (w.street(), "ADDRESS"),
        ", ",
        (w.city(), "LOCATION"),
        ", ",
        rng.choice(US_STATES),
        " ",
        (w.zip(), "ZIP"),
    )
    d(
        ", fax ",
        (w.phone(), "FAX"),
        ". Include the ",
        (rng.choice(["Orthopedics", "Cardiology", "Behavioral Health"]), "department"),
    )
    d(" notes and imaging for ", (rng.choice(["S72.001A", "M17.11", "I10", "F32.1"]), "code"), ".")
    if rng.random() < 0.5:
        d(" My driver's license is ", (w.license(), "LICENSE"), " (copy attached).")
    if rng.random() < 0.5:
        d(
            " My ",
            rng.choice(["son", "daughter", "husband", "niece"]),
            " ",
            _n(w.name(rep, "full")),
            " may pick them up.",
        )
    d("\n\nSigned ", _n(w.name(pt, "full")), " ", (w.date(rng.choice(["us", "dash2"])), "DATE"))


def msg_complaint(w: World, d: Doc) -> None:
    rng = w.rng
    me, nurse, pt = w.person(), w.person(), w.person()
    fac = w.org("hospital")
    d("To ", ("Patient Relations", "department"), rng.choice([":\n", ",\n\n", " -\n"]))
    d(
        "I am writing about my ",
        rng.choice(["father", "husband", "uncle"] if pt.sex == "M" else ["mother", "wife", "aunt", "grandmother"]),
        " ",
        _n(w.name(pt, rng.choice(["full", "lastfirstm", "caps"]))),
    )
    d(
        " who was on the 4th floor of ",
        (fac, "FACILITY"),
        " from ",
        (w.date(rng.choice(["mon", "short", "us"])), "DATE"),
    )
    d(" to ", (w.date(rng.choice(["mon", "short", "us"])), "DATE"), ". A nurse named ", _n(w.name(nurse, "first")))
    d(rng.choice([" (badge ", " (I think her ID was "]), (w.ident("B"), "ID"), ") ")
    d(
        "told us the ",
        (rng.choice(["apixaban", "insulin glargine", "prednisone"]), "drug"),
        " was stopped but nobody told ",
    )
    d((rng.choice(["Cardiology", "Endocrinology", "Nephrology"]), "department"), ". ")
    if rng.random() < 0.5:
        d(
            "She is " if pt.sex == "F" else "He is ",
            (str(w.old_age()), "AGE"),
            " years old and was left in the hallway. ",
        )
    d(
        "We also got a bill for account ",
        (w.account(), "ACCOUNT"),
        " that ",
        (rng.choice(INSURERS), "insurer"),
        " says is wrong. ",
    )
    d(
        "I parked in your garage and my car (",
        rng.choice(["gray Camry", "blue CR-V", "white van"]),
        ", plate ",
        (w.plate(), "VEHICLE"),
        ") was ticketed.",
    )
    d(
        "\n\nPlease respond to ",
        (w.email(me), "EMAIL"),
        " or ",
        (w.phone(), "PHONE"),
        ".\n",
        _n(w.name(me, rng.choice(["full", "suffix", "caps"]))),
    )
    if rng.random() < 0.5:
        d("\n", (w.street(), "ADDRESS"), "\n", (w.city(), "LOCATION"), ", ", w.state(), " ", (w.zip(), "ZIP"))


def msg_pharmacy_chat(w: World, d: Doc) -> None:
    rng = w.rng
    pt, agent = w.person(), w.person()
    drug = rng.choice(["semaglutide", "insulin glargine", "apixaban", "tiotropium", "mesalamine", "buprenorphine"])
    ph = w.org("pharmacy")
    h, m = rng.randint(8, 20), rng.randint(0, 40)
    d("Chat transcript - ", (ph, "FACILITY"), " - ", (w.date(rng.choice(["us2", "iso"])), "DATE"), "\n")
    d(f"[{h}:{m:02d}] ", _n(w.name(agent, "first")), " (pharmacy tech): Hi! How can I help?\n")
    d(
        f"[{h}:{m + 1:02d}] Guest: refill for ",
        _n(w.name(pt, rng.choice(["lower", "full", "first"]))),
        " the ",
        (drug, "drug"),
        " pen\n",
    )
    d(f"[{h}:{m + 2:02d}] ", _n(w.name(agent, "first")), ": Can you confirm date of birth and the Rx number?\n")
    d(f"[{h}:{m + 3:02d}] Guest: ", (w.dob(), "DATE"), " rx ", (w.ident("RX"), "ID"), "\n")
    d(
        f"[{h}:{m + 5:02d}] ",
        _n(w.name(agent, "first")),
        ": Thanks. ",
        (rng.choice(INSURERS), "insurer"),
        " is asking for prior auth, ",
    )
    d(
        "we faxed Dr. ",
        _n(w.name(w.person(), "last")),
        " at ",
        (w.phone(), "FAX"),
        ". Member ID on file ends ",
        (w.plan(), "HEALTH_PLAN"),
        "?\n",
    )
    d(f"[{h}:{m + 6:02d}] Guest: yes. can it go to the store on ", (w.street(), "ADDRESS"), " instead\n")
    d(
        f"[{h}:{m + 8:02d}] ",
        _n(w.name(agent, "first")),
        ": Done. Session IP ",
        (w.ip(), "IP"),
        " logged. Anything else?",
    )


def msg_device_ticket(w: World, d: Doc) -> None:
    rng = w.rng
    pt, caller = w.person(), w.person()
    mfr, prod, model, kind = rng.choice(DEVICES)
    d("Support ticket ", (w.ident(rng.choice(["CS", "TKT", "INC"])), "ID"), rng.choice(["\n", " | "]))
    d("Opened: ", (w.date(rng.choice(["iso", "us2"])), "DATE"), " ", w.time(), rng.choice(["\n", " | "]))
    d(
        "Device: ",
        (mfr, "manufacturer"),
        " ",
        prod,
        ", model ",
        (model, "code"),
        ", serial ",
        (w.serial(), "DEVICE"),
        "\n",
    )
    d("User: ", _n(w.name(pt, rng.choice(["lastfirst", "full", "caps"]))), " DOB ", (w.dob(), "DATE"), "\n")
    if rng.random() < 0.5:
        d(
            "Caller: ",
            _n(w.name(caller, "full")),
            " (",
            rng.choice(["spouse", "daughter", "home health aide", "son"]),
            ") cb ",
            (w.phone(), "PHONE"),
            "\n",
        )
    d(
        "Issue: ",
        rng.choice(
            [
                f"{kind} shows error 12 after firmware update, app sync fails",
                f"{kind} not uploading readings to clinic since last week",
                f"{kind} alarm loud at night, customer wants replacement",
            ]
        ),
        ". App log from ",
        (w.ip(), "IP"),
        ". Replacement to ship to ",
        (w.street(), "ADDRESS"),
        ", ",
    )
    d(
        (w.city(), "LOCATION"),
        " ",
        w.state(),
        " ",
        (w.zip(), "ZIP"),
        ". Billing ",
        (rng.choice(HCPCS), "code"),
        " under ",
    )
    d((rng.choice(INSURERS), "insurer"), " ", (w.plan(), "HEALTH_PLAN"), ".\n")
    d(
        "Prescriber office ",
        (w.org("clinic"), "FACILITY"),
        " fax ",
        (w.phone(), "FAX"),
        ". Notes by ",
        _n(w.name(w.person(), "initials")),
    )


def msg_shelter(w: World, d: Doc) -> None:
    rng = w.rng
    client, worker, kid = w.person(), w.person(), w.person()
    d(
        "Referral to ",
        (w.org("shelter"), "FACILITY"),
        " from ",
        (rng.choice(["Case Management", "Behavioral Health"]), "department"),
        "\n",
    )
    d("Client: ", _n(w.name(client, rng.choice(["lastfirstm", "full", "caps"]))), ", DOB ", (w.dob(), "DATE"))
    d(", last 4 of social not given, full SSN ", (w.ssn(), "SSN"), "\n")
    d(
        "Household: client + ",
        rng.choice(["son", "daughter"]),
        " ",
        _n(w.name(kid, "first")),
        " (",
        (w.child_dob(), "DATE"),
        ")\n",
    )
    d(
        "Currently sleeping in car, ",
        rng.choice(["2009 Corolla", "silver minivan", "old Ford Ranger"]),
        " plate ",
        (w.plate(), "VEHICLE"),
    )
    if rng.random() < 0.5:
        d(", VIN ", (w.vin(), "VEHICLE"))
    d(", parked near ", (w.cross(), "ADDRESS"), " in ", (w.city(), "LOCATION"), ".\n")
    d(
        "Was employed at ",
        (w.org("employer"), "FACILITY"),
        " until ",
        (w.date(rng.choice(["mon", "long", "short"])), "DATE"),
        ". ",
    )
    d("Medicaid ", (w.plan(), "HEALTH_PLAN"), " active. ID card state ", (w.license(), "LICENSE"), ".\n")
    d(
        "Dx: ",
        (rng.choice(["F32.1", "F41.1", "E11.65"]), "code"),
        ", takes ",
        (rng.choice(["sertraline", "metformin", "quetiapine"]), "drug"),
        ".\n",
    )
    d("Contact: ", (w.phone(), "PHONE"), " (prepaid) or ", (w.email(client), "EMAIL"), "\n")
    d("Referring SW: ", _n(w.name(worker, rng.choice(["full", "initial"]))), ", MSW  ", (w.phone(), "PHONE"))


def msg_initials(w: World, d: Doc) -> None:
    rng = w.rng
    me, pt = w.person(), w.person()
    d(rng.choice(["got the results thru ", "logged into ", "saw on "]), (w.url(), "URL"), " -- ")
    d(
        rng.choice(["why is my A1c on there twice", "my potassium is flagged high?", "it says biopsy pending since"]),
        " ",
    )
    d((w.date(rng.choice(["short", "mon", "dash2"])), "DATE"), ". also ", _n(w.name(pt, "first")), " wants to know if ")
    d(
        (rng.choice(["levothyroxine", "omeprazole", "atorvastatin"]), "drug"),
        " interacts w/ ",
        (rng.choice(["montelukast", "amoxicillin", "prednisone"]), "drug"),
    )
    d(" (", (rng.choice(["Hashimoto's thyroiditis", "Barrett's esophagus", "Raynaud's phenomenon"]), "eponym"), ")")
    d(rng.choice([". ", " "]), "my acct ", (w.account(), "ACCOUNT"), "\n", rng.choice(["- ", "-- ", "~", ""]))
    d(_n(w.name(me, "initials")))


def msg_dictated(w: World, d: Doc) -> None:
    rng = w.rng
    me, doc = w.person(), w.person()
    d("(Sent by voice from ", rng.choice(["my phone", "Siri", "Google Assistant", "car"]), ") ")
    body = Doc()
    body("message for doctor ", _n(w.name(doc, "last")), " period this is ", _n(w.name(me, "full")))
    body(
        " my birthday is ",
        (
            w.spoken_date() + " " + rng.choice(["nineteen seventy", "nineteen eighty eight", "nineteen fifty three"]),
            "DATE",
        ),
    )
    body(
        " i had the ",
        (rng.choice(["Dexcom", "Abbott", "Medtronic"]), "manufacturer"),
        " sensor put on at the ",
        (w.org("clinic"), "FACILITY"),
    )
    body(
        " and it fell off comma can you send a new one to ",
        (w.org("pharmacy"), "FACILITY"),
        " at ",
        (w.street(), "ADDRESS"),
    )
    body(" period my number is ", (w.phone(spoken=rng.random() < 0.6), "PHONE"), " thank you")
    tr = rng.choice(["lower", "keep"])
    d.pieces.extend((v.lower() if tr == "lower" and k not in ("manufacturer",) else v, k) for v, k in body.pieces)


MESSAGES: list[tuple[str, Callable[[World, Doc], None]]] = [
    ("caregiver_parent", msg_caregiver_parent),
    ("caregiver_child", msg_caregiver_child),
    ("voicemail", msg_voicemail),
    ("sms_reminder", msg_sms_reminder),
    ("handoff", msg_handoff),
    ("forwarded", msg_forwarded),
    ("release", msg_release),
    ("complaint", msg_complaint),
    ("pharmacy_chat", msg_pharmacy_chat),
    ("device_ticket", msg_device_ticket),
    ("shelter", msg_shelter),
    ("initials", msg_initials),
    ("dictated", msg_dictated),
]


# ----------------------------------------------------------------------------- clinical
def _header(w: World, d: Doc, fac: str, pt: Person) -> None:
    rng = w.rng
    r = rng.random()
    if r < 0.35:
        user = (_ascii(w.person().first)[0] + re.sub(r"[^a-z]", "", _ascii(w.person().last).lower()))[:9]
        d("Printed ", (w.date("us2"), "DATE"), f" {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d} by ", (user, "ID"))
        d(f" | Page {rng.randint(1, 2)} of {rng.randint(2, 4)}\n")
    elif r < 0.6:
        d((fac, "FACILITY"), " | ", _n(w.name(pt, "lastfirst")), " | MRN ", (w.mrn(), "MRN"), "\n")


def _footer(w: World, d: Doc, pt: Person) -> None:
    rng = w.rng
    if rng.random() < 0.4:
        d("\n", _n(w.name(pt, "caps")), " DOB ", (w.dob(), "DATE"), f"  -- page {rng.randint(2, 3)} --")


def cl_soap(w: World, d: Doc) -> None:
    rng = w.rng
    pt, doc = w.person(), w.person()
    fac = w.org("clinic")
    code, dx = _code(rng)
    _header(w, d, fac, pt)
    d("PROGRESS NOTE  ", (w.date(rng.choice(["us2", "iso", "long"])), "DATE"), "\n")
    d("Pt: ", _n(w.name(pt, rng.choice(["lastfirstm", "full"]))), "  MRN: ", (w.mrn(), "MRN"), "\n")
    d(
        "S: ",
        rng.choice(["Here for f/u of ", "Returns re ", "C/o worsening "]),
        dx,
        ". ",
        rng.choice(["Wife ", "Husband ", "Daughter "]),
    )
    d(
        _n(w.name(w.person(), "first")),
        " reports ",
        rng.choice(["poor sleep", "missed doses", "ankle swelling", "low sugars at night"]),
        ". ",
    )
    d("Works nights at ", (w.org("employer"), "FACILITY"), ".\n")
    d(
        "O: BP ",
        f"{rng.randint(104, 168)}/{rng.randint(60, 98)}",
        ", HR ",
        str(rng.randint(54, 110)),
        ", A1c ",
        f"{rng.randint(55, 110) / 10}",
        "%.\n",
    )
    d("A: ", dx, " (", (code, "code"), ").\n")
    drug = rng.choice(ANY_DRUG)
    d(
        "P: continue ",
        (drug, "drug"),
        "; refer to ",
        (rng.choice(DEPARTMENTS[:8]), "department"),
        ". RTC ",
        (w.date(rng.choice(["short", "mon"])), "DATE"),
        ". ",
    )
    d("Bill ", (rng.choice(["99213", "99214"]), "code"), ".\n")
    d("-- ", _n(w.name(doc, rng.choice(["full", "initial"]))), rng.choice([", MD", ", DO", ", NP", " PA-C"]))
    _footer(w, d, pt)


def cl_hp(w: World, d: Doc) -> None:
    rng = w.rng
    pt, doc = w.person(), w.person()
    spouse = w.person(sex="F" if pt.sex == "M" else "M")
    old = rng.random() < 0.4
    age = w.old_age() if old else rng.randint(24, 88)
    d("HISTORY AND PHYSICAL\nAdmit date: ", (w.date(rng.choice(["us", "iso", "dmy"])), "DATE"), "\n")
    d(
        "Patient: ",
        _n(w.name(pt, rng.choice(["caps", "lastfirstm", "mid"]))),
        "   Acct: ",
        (w.account(), "ACCOUNT"),
        "\n",
    )
    d(
        "CC/HPI: ",
        (str(age), "AGE") if old else str(age),
        rng.choice(["-year-old ", " yo ", " y/o "]),
        "with ",
        (rng.choice(EPONYMS[:10]), "eponym"),
    )
    d(" admitted for ", rng.choice(["syncope", "pneumonia", "hip fracture", "GI bleed", "cellulitis"]), ".\n")
    d(
        "SOCIAL HISTORY: Born in ",
        (w.city(), "LOCATION"),
        ", moved to ",
        (w.city(), "LOCATION"),
        ", ",
        rng.choice(US_STATES),
        " in ",
        str(rng.randint(1965, 2015)),
        ". ",
    )
    d(
        "Retired from ",
        (w.org("employer"), "FACILITY"),
        ". Lives with ",
        rng.choice(["wife" if spouse.sex == "F" else "husband", "partner"]),
        " ",
    )
    d(_n(w.name(spouse, rng.choice(["full", "first"]))), " at ", (w.street(), "ADDRESS"), ". ")
    d(rng.choice(["Former smoker, quit ", "Never smoker. Drinks socially since "]), str(rng.randint(1980, 2020)), ". ")
    d("Church: ", (w.org("shelter").replace("Shelter", "Fellowship").replace("Mission", "Chapel"), "FACILITY"), ".\n")
    d("MEDS: ", (rng.choice(ANY_DRUG), "drug"), ", ", (rng.choice(ANY_DRUG[10:]), "drug"), ".\n")
    d("INSURANCE: ", (rng.choice(INSURERS), "insurer"), " ", (w.plan(), "HEALTH_PLAN"), "\n")
    d("Emergency contact: ", _n(w.name(spouse, "first")), " ", (w.phone(), "PHONE"), "\n")
    d(
        "Attending: Dr. ",
        _n(w.name(doc, rng.choice(["last", "full"]))),
        " (",
        (rng.choice(["Orthopedics", "Gastroenterology", "Neurology"]), "department"),
        ")",
    )


def cl_pathology(w: World, d: Doc) -> None:
    rng = w.rng
    pt, path = w.person(), w.person()
    lab = w.org("lab")
    d(
        "SURGICAL PATHOLOGY REPORT\n",
        (lab, "FACILITY"),
        ", ",
        (w.street(), "ADDRESS"),
        ", ",
        (w.city(), "LOCATION"),
        " ",
        w.state(),
        " ",
        (w.zip(), "ZIP"),
        "\n",
    )
    d(
        "Accession: ",
        (f"S{w.year % 100}-{_digits(rng, 5)}", "ID"),
        "    Collected: ",
        (w.date(rng.choice(["us2", "iso"])), "DATE"),
        "\n",
    )
    d(
        "Name: ",
        _n(w.name(pt, rng.choice(["lastfirst", "lastfirstm", "caps"]))),
        "    DOB: ",
        (w.dob(), "DATE"),
        "    MRN: ",
        (w.mrn(), "MRN"),
        "\n",
    )
    d(
        "Submitting: Dr. ",
        _n(w.name(w.person(), "initial")),
        ", ",
        (rng.choice(["Gastroenterology", "Dermatology", "Oncology"]), "department"),
        "\n",
    )
    k = rng.randrange(3)
    d(
        "SPECIMENS:\n A. ",
        ["Sigmoid colon, biopsy", "Skin, left forearm, shave", "Right breast, core biopsy"][k],
        " (container ",
    )
    d(
        (f"{_letters(rng, 2)}{_digits(rng, 7)}-A", "ID"),
        ")\n B. ",
        rng.choice(["Rectum, polyp", "Lymph node, sentinel", "Margin, superior"]),
        "\n",
    )
    d(
        "FINAL DIAGNOSIS:\n A. ",
        [
            "Invasive adenocarcinoma, moderately differentiated",
            "Basal cell carcinoma, nodular",
            "Invasive ductal carcinoma, grade 2",
        ][k],
        ".\n",
    )
    d(
        " B. ",
        rng.choice(
            ["Tubular adenoma, no high-grade dysplasia", "No tumor identified (0/1)", "Negative for malignancy"]
        ),
        ".\n",
    )
    d("CPT: ", ("88305", "code"), " x2.  ICD-10: ", (["C18.7", "C44.619", "C50.411"][k], "code"), "\n")
    d("Electronically signed ", (w.date(rng.choice(["long", "us2"])), "DATE"), " by ", _n(w.name(path, "full")), ", MD")


def cl_therapy(w: World, d: Doc) -> None:
    rng = w.rng
    pt, ther = w.person(), w.person()
    kind = rng.choice(
        [
            (", PT, DPT", "Physical Therapy", "97110", "TUG 14 s; gait belt used"),
            (", OTR/L", "Occupational Therapy", "97530", "grip 18 kg R; min A transfers"),
            (", CCC-SLP", "Speech Pathology", "92507", "intelligibility 70%; cues x3"),
        ]
    )
    d((kind[1], "department"), " Daily Note - Visit ", str(rng.randint(2, 18)), " of ", str(rng.randint(12, 24)), "\n")
    d(
        "Patient: ",
        _n(w.name(pt, rng.choice(["full", "first", "lastfirst"]))),
        "  DOS: ",
        (w.date(rng.choice(["us", "dash2", "iso"])), "DATE"),
        "\n",
    )
    d(
        "Dx: ",
        (
            rng.choice(["Parkinson's disease", "Guillain-Barre syndrome", "Bell's palsy", "Dupuytren's contracture"]),
            "eponym",
        ),
        "; ",
    )
    d("referral ", (w.ident("REF"), "ID"), "\n")
    d("Subjective: pt reports ", rng.choice(["walked to the mailbox", "returned to work at ", "cooked dinner"]))
    if d.pieces[-1][0].endswith("at "):
        d((w.org("employer"), "FACILITY"))
    d(". ", rng.choice(["Son ", "Caregiver ", "Aide "]), _n(w.name(w.person(), "first")), " present.\n")
    d(
        "Objective: ",
        kind[3],
        ".\n",
    )
    d(
        "Plan: ",
        (kind[2], "code"),
        " x3 units. HEP via ",
        (w.url(), "URL"),
        ". Next ",
        (w.date(rng.choice(["short", "mon", "the"])), "DATE"),
        ".\n",
    )
    if rng.random() < 0.4:
        d("Telehealth segment, pt device IP ", (w.ip(), "IP"), ", consent on file.\n")
    d(
        _n(w.name(ther, rng.choice(["full", "initial"]))),
        kind[0],
        "  Lic ",
        (w.license(), "LICENSE"),
    )


def cl_dental(w: World, d: Doc) -> None:
    rng = w.rng
    pt, dds, hyg = w.person(), w.person(), w.person()
    fac = w.org("dental")
    _header(w, d, fac, pt)
    d("DENTAL PROGRESS NOTE - ", (fac, "FACILITY"), "\n")
    d(_n(w.name(pt, rng.choice(["lastfirst", "caps"]))), " / ", (w.dob(), "DATE"), " / chart ", (w.mrn(), "MRN"), "\n")
    d(
        (w.date(rng.choice(["us2", "mond"])), "DATE"),
        ": ",
        ("D0120", "code"),
        " periodic eval. ",
        rng.choice(["MOD composite #30, ", "Buccal pit #19, "]),
    )
    d(
        ("D2392", "code"),
        ". Caries ",
        ("K02.52", "code"),
        ". Septocaine 1 carpule, lot ",
        (f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 3)}", "code"),
        ".\n",
    )
    d(
        "Med hx: ",
        (rng.choice(["Sjogren's syndrome", "Addison's disease", "Crohn's disease"]), "eponym"),
        ", on ",
        (rng.choice(["methotrexate", "prednisone", "mesalamine"]), "drug"),
        ".\n",
    )
    d(
        "Ins: ",
        (rng.choice(INSURERS), "insurer"),
        " Dental ",
        (w.plan(), "HEALTH_PLAN"),
        ". Guarantor ",
        _n(w.name(w.person(), "full")),
        ".\n",
    )
    d("Hyg: ", _n(w.name(hyg, "first")), rng.choice([", RDH", " RDH"]), "   Dr. ", _n(w.name(dds, "last")), ", DDS")
    _footer(w, d, pt)


def cl_bh_intake(w: World, d: Doc) -> None:
    rng = w.rng
    pt, partner, clin = w.person(), w.person(), w.person()
    d((rng.choice(["Behavioral Health", "Psychiatry"]), "department"), " Intake\n")
    d(
        "Client: ",
        _n(w.name(pt, rng.choice(["full", "nick", "mid"]))),
        "\nDate: ",
        (w.date(rng.choice(["us", "wk", "iso"])), "DATE"),
        "\n",
    )
    d("Referred by: ", (w.org("clinic"), "FACILITY"), " (", (w.phone(), "PHONE"), ")\n")
    d(
        "Presenting: ",
        rng.choice(
            ["low mood and poor sleep since losing job at ", "panic attacks at work at ", "relapse after leaving "]
        ),
    )
    d(
        (w.org("employer"), "FACILITY"),
        ". Lives with partner ",
        _n(w.name(partner, rng.choice(["first", "full"]))),
        " in ",
        (w.city(), "LOCATION"),
        ".\n",
    )
    d(
        "History: ",
        rng.choice(["grew up in ", "family from "]),
        (w.city(), "LOCATION"),
        ", Nepal; ",
        rng.choice(["one prior admission", "no prior treatment", "outpatient therapy 2019"]),
        ".\n",
    )
    d("Screens: PHQ-9 ", str(rng.randint(5, 26)), ", GAD-7 ", str(rng.randint(3, 21)), " (", ("96127", "code"), ")\n")
    d(
        "Dx: ",
        (rng.choice(["F32.1", "F41.1", "F33.2", "F43.10"]), "code"),
        ". Start ",
        (rng.choice(["sertraline", "quetiapine", "buprenorphine"]), "drug"),
        ".\n",
    )
    d("Safety plan given; crisis line and ", (w.email(pt), "EMAIL"), " on file.\n")
    d(_n(w.name(clin, rng.choice(["full", "lastfirst"]))), rng.choice([", LCSW", ", PMHNP", ", LPC"]))


def cl_well_child(w: World, d: Doc) -> None:
    rng = w.rng
    kid, mom, dad = w.person(), w.person(sex="F"), w.person(sex="M")
    kid.last = dad.last
    age = rng.choice(["2 mo", "6 mo", "12 mo", "18 mo", "4 yr", "5 yr", "9 yr"])
    d("WELL CHILD VISIT - ", age, "\n")
    d(
        _n(w.name(kid, rng.choice(["full", "lastfirst", "first"]))),
        ", DOB ",
        (w.child_dob(), "DATE"),
        ", seen ",
        (w.date(rng.choice(["us2", "iso"])), "DATE"),
        "\n",
    )
    d(
        "Accompanied by mother ",
        _n(w.name(mom, rng.choice(["full", "first"]))),
        " and father ",
        _n(w.name(dad, "first")),
        ".\n",
    )
    d(
        "Attends ",
        (w.org(rng.choice(["daycare", "school"])), "FACILITY"),
        "; ",
        rng.choice(["no concerns from teacher", "speech delay noted by teacher", "bitten by classmate"]),
        ".\n",
    )
    d(
        rng.choice(["Older sister ", "Cousin ", "Twin brother "]),
        _n(w.name(w.person(), "first")),
        " has ",
        (rng.choice(["Down syndrome", "Tourette syndrome", "Hirschsprung disease", "Wilms tumor"]), "eponym"),
        ".\n",
    )
    d(
        "Growth 55th %ile. Vaccines per schedule, ",
        rng.choice(["DTaP", "MMR", "Hep B"]),
        " lot ",
        (f"{_letters(rng, 1)}{_digits(rng, 4)}{_letters(rng, 2)}", "code"),
        ".\n",
    )
    d("Codes: ", ("99391", "code"), ", ", ("Z00.129", "code"), ". ", ("amoxicillin", "drug"), " allergy (rash).\n")
    d(
        "Medicaid ",
        (w.plan(), "HEALTH_PLAN"),
        ". Home ",
        (w.phone(), "PHONE"),
        ". RTC ",
        (w.date(rng.choice(["mon", "short"])), "DATE"),
        ".",
    )


def cl_prenatal(w: World, d: Doc) -> None:
    rng = w.rng
    pt, partner, mw = w.person(sex="F"), w.person(), w.person()
    d(
        ("Labor and Delivery", "department") if rng.random() < 0.3 else "OB",
        " prenatal visit ",
        (w.date(rng.choice(["us", "iso", "dmy"])), "DATE"),
        "\n",
    )
    d(
        _n(w.name(pt, rng.choice(["lastfirstm", "full", "caps"]))),
        " G",
        str(rng.randint(1, 5)),
        "P",
        str(rng.randint(0, 3)),
        " at ",
        str(rng.randint(10, 39)),
        "w",
        str(rng.randint(0, 6)),
        "d\n",
    )
    d(
        "EDD ",
        (w.date(rng.choice(["us2", "long", "mon", "ord"])), "DATE"),
        " by ",
        rng.choice(["LMP", "8 wk US"]),
        ". Partner ",
        _n(w.name(partner, rng.choice(["full", "first"]))),
        " present.\n",
    )
    d(
        "FHR ",
        str(rng.randint(120, 160)),
        ", fundal ht ",
        str(rng.randint(18, 38)),
        " cm. GDM (",
        ("O24.414", "code"),
        ") on ",
        (rng.choice(["insulin glargine", "metformin"]), "drug"),
        ".\n",
    )
    d("Continue ", ("prenatal vitamins", "drug"), ". Delivery planned at ", (w.org("hospital"), "FACILITY"), ".\n")
    d("Global OB ", ("59425", "code"), ". ", (rng.choice(INSURERS), "insurer"), " ", (w.plan(), "HEALTH_PLAN"), "\n")
    d(_n(w.name(mw, rng.choice(["full", "initial"]))), rng.choice([", CNM", ", MD", ", WHNP"]))


def cl_ems(w: World, d: Doc) -> None:
    rng = w.rng
    pt, medic = w.person(), w.person()
    d("EMS RUN REPORT  Incident ", (w.ident("EMS"), "ID"), "\n")
    d(
        "Unit: Medic ",
        str(rng.randint(1, 40)),
        " (plate ",
        (w.plate(), "VEHICLE"),
        ")  Date: ",
        (w.date(rng.choice(["us2", "iso", "dash2"])), "DATE"),
        "\n",
    )
    d(
        "Times: disp ",
        f"{rng.randint(0, 23):02d}{rng.randint(10, 59)}",
        " / on scene +",
        str(rng.randint(4, 15)),
        " min\n",
    )
    d(
        "Location: ",
        (w.cross(), "ADDRESS"),
        ", ",
        (w.city(), "LOCATION"),
        rng.choice([" (MVC)", " (fall, bus stop)", ""]),
        "\n",
    )
    d("Pt: ", _n(w.name(pt, rng.choice(["caps", "lastfirst", "full"]))), ", ")
    if rng.random() < 0.5:
        d((str(w.old_age()), "AGE"), rng.choice([" yoa", " y/o"]))
    else:
        d(str(rng.randint(18, 85)), " y/o")
    d(", home ", (w.street(), "ADDRESS"), "\n")
    d(
        "Other vehicle driver ",
        _n(w.name(w.person(), "full")),
        " DL ",
        (w.license(), "LICENSE"),
        ", car VIN ",
        (w.vin(), "VEHICLE"),
        "\n",
    )
    d(
        "Hx: ",
        (rng.choice(["Parkinson's disease", "Addison's disease", "Graves' disease"]), "eponym"),
        ", on ",
        (rng.choice(ANY_DRUG), "drug"),
        "\n",
    )
    d("Tx: c-collar, O2 4L NC, ", rng.choice(["IV NS 500 mL", "12-lead: sinus tach", "glucose 42 -> D10"]), ".\n")
    d(
        "Transport to ",
        (w.org("hospital"), "FACILITY"),
        ". Crew: ",
        _n(w.name(medic, rng.choice(["initial", "full"]))),
        ", Paramedic",
    )


def cl_med_rec(w: World, d: Doc) -> None:
    rng = w.rng
    pt = w.person()
    ph = w.org("pharmacy")
    d("MEDICATION RECONCILIATION\n", _n(w.name(pt, "lastfirstm")), "  DOB ", (w.dob(rng.random() < 0.3), "DATE"), "\n")
    d("Source: patient list + ", (ph, "FACILITY"), " (", (w.phone(), "PHONE"), ")\n")
    d("Drug | Dose | Status | Last fill\n")
    for drug in rng.sample(ANY_DRUG, rng.randint(3, 5)):
        d(
            (drug, "drug"),
            f" | {rng.choice(['5 mg', '10 mg', '25 mg', '500 mg', '100 units/mL'])} | ",
            rng.choice(["continue", "hold", "stop", "changed"]),
            " | ",
        )
        d((w.date(rng.choice(["us", "short", "iso"])), "DATE"), "\n")
    d("Reviewed by ", _n(w.name(w.person(), rng.choice(["full", "initial"]))), ", PharmD; ")
    d(
        (rng.choice(["Cardiology", "Nephrology", "Endocrinology"]), "department"),
        " notified of ",
        (rng.choice(["apixaban", "furosemide", "insulin glargine"]), "drug"),
        " change.",
    )
    _footer(w, d, pt)


def cl_discharge_plan(w: World, d: Doc) -> None:
    rng = w.rng
    pt, dtr, cm = w.person(), w.person(), w.person()
    snf = w.org("nursing")
    d(("Case Management", "department"), " / Discharge Planning  ", (w.date(rng.choice(["us2", "wk"])), "DATE"), "\n")
    d("Pt ", _n(w.name(pt, rng.choice(["full", "lastfirst"]))), " (MRN ", (w.mrn(), "MRN"), ") ")
    if rng.random() < 0.5:
        d("age ", (str(w.old_age()), "AGE"), ", ")
    d(
        "s/p ",
        rng.choice(["ORIF R hip", "CHF exacerbation", "stroke"]),
        " (",
        (rng.choice(["S72.001A", "I50.23", "I63.9"]), "code"),
        ").\n",
    )
    d(
        "Spoke with ",
        rng.choice(["daughter", "son", "niece"]),
        " ",
        _n(w.name(dtr, "first")),
        " at ",
        (w.phone(), "PHONE"),
        "; per ",
    )
    d(
        _n(w.name(dtr, "last")),
        ", family prefers ",
        (snf, "FACILITY"),
        " in ",
        (w.city(), "LOCATION"),
        ". Bed offer accepted, fax ",
        (w.phone(), "FAX"),
        ".\n",
    )
    d(
        "Transport: ",
        (w.org("transport"), "FACILITY"),
        " pickup ",
        (w.date(rng.choice(["short", "mon"])), "DATE"),
        " at ",
        w.time(),
        ".\n",
    )
    d(
        "DME: ",
        (rng.choice(["E0784", "K0001", "E1390"]), "code"),
        " from ",
        (w.org("supplier"), "FACILITY"),
        ". ",
        (rng.choice(INSURERS), "insurer"),
        " auth ",
        (w.ident("AUTH"), "ID"),
        ".\n",
    )
    if rng.random() < 0.4:
        d("Medicaid application started, SSN ", (w.ssn(), "SSN"), " verified with ", _n(w.name(dtr, "first")), ".\n")
    d(_n(w.name(cm, rng.choice(["full", "initial"]))), ", RN CM")


def cl_prior_auth(w: World, d: Doc) -> None:
    rng = w.rng
    pt, doc = w.person(), w.person()
    mfr, prod, model, kind = rng.choice(DEVICES)
    d("PRIOR AUTHORIZATION REQUEST\n")
    d(
        "Plan: ",
        (rng.choice(INSURERS), "insurer"),
        "\nMember: ",
        _n(w.name(pt, rng.choice(["lastfirstm", "caps"]))),
        "\n",
    )
    d("Member ID: ", (w.plan(), "HEALTH_PLAN"), "   DOB: ", (w.dob(), "DATE"), "\n")
    d("Item: ", (mfr, "manufacturer"), " ", prod, " (", (rng.choice(HCPCS), "code"), "), model ", (model, "code"), "\n")
    d("Dx: ", (rng.choice(["E10.9", "G47.33", "L89.153", "J44.1"]), "code"), "\n")
    d(
        "Prescriber: ",
        _n(w.name(doc, "full")),
        ", MD  NPI ",
        (_digits(rng, 10), "ID"),
        "  DEA ",
        (f"{_letters(rng, 2)}{_digits(rng, 7)}", "LICENSE"),
        "\n",
    )
    d(
        "Office: ",
        (w.org("clinic"), "FACILITY"),
        ", ",
        (w.street(), "ADDRESS"),
        ", ",
        (w.city(), "LOCATION"),
        ", ",
        w.state(),
        " ",
        (w.zip(), "ZIP"),
        "\n",
    )
    d("Phone ", (w.phone(), "PHONE"), "  Fax ", (w.phone(), "FAX"), "\n")
    d(
        "Justification: ",
        rng.choice(["AHI 38 on study ", "A1c above goal, hypoglycemia unawareness, ", "non-healing wound > 30 days, "]),
    )
    d((w.date(rng.choice(["us", "long"])), "DATE"), ".")


def cl_tumor_board(w: World, d: Doc) -> None:
    rng = w.rng
    pt, a, b = w.person(), w.person(), w.person()
    d("TUMOR BOARD SUMMARY - ", (w.date(rng.choice(["long", "us2", "wk"])), "DATE"), "\n")
    d("Case: ", _n(w.name(pt, rng.choice(["lastfirst", "caps", "initial"]))), ", MRN ", (w.mrn(), "MRN"), "\n")
    d("Presenter: Dr. ", _n(w.name(a, "last")), " (", ("Oncology", "department"), ")\n")
    dx, code = rng.choice(
        [("Stage IIA breast ca", "C50.411"), ("pT3N1 sigmoid adenocarcinoma", "C18.7"), ("Classical ", "C81.10")]
    )
    d("Dx: ", dx, ("Hodgkin lymphoma", "eponym") if dx == "Classical " else "")
    d(", path ", (f"S{w.year % 100}-{_digits(rng, 5)}", "ID"), " (", (code, "code"), ")\n")
    d(
        "Imaging ",
        (w.date(rng.choice(["short", "us"])), "DATE"),
        " reviewed with ",
        _n(w.name(b, rng.choice(["full", "initial"]))),
        " from ",
        ("Radiology", "department"),
        ".\n",
    )
    d(
        "Recommendation: ",
        rng.choice(["adjuvant ", "neoadjuvant "]),
        (rng.choice(["tamoxifen", "methotrexate"]), "drug"),
        "; refer to genetics. ",
    )
    d("Pt lives in ", (w.city(), "LOCATION"), ", prefers care at ", (w.org("hospital"), "FACILITY"), ".")


def cl_wound(w: World, d: Doc) -> None:
    rng = w.rng
    pt, rn = w.person(), w.person()
    mfr, prod, model, kind = DEVICES[8]
    d(("Wound Care", "department"), " Note  ", (w.date(rng.choice(["us2", "iso", "dash2"])), "DATE"), "\n")
    d("Patient: ", _n(w.name(pt, rng.choice(["full", "lastfirstm", "lower"]))), "\n")
    d(
        "Wound: sacral, ",
        ("L89.153", "code"),
        "; ",
        f"{rng.randint(2, 9)}.{rng.randint(0, 9)} x {rng.randint(1, 7)}.{rng.randint(0, 9)} cm, ",
        rng.choice(["granulating", "slough 30%", "tunneling at 12 o'clock"]),
        ".\n",
    )
    d(
        "NPWT: ",
        (mfr, "manufacturer"),
        " ",
        prod,
        " model ",
        (model, "code"),
        ", serial ",
        (w.serial(), "DEVICE"),
        ", canister changed.\n",
    )
    d(
        "Debridement ",
        ("97597", "code"),
        ", dressing ",
        ("A6550", "code"),
        ". ",
        (rng.choice(["cephalexin", "amoxicillin"]), "drug"),
        " day ",
        str(rng.randint(2, 9)),
        ".\n",
    )
    d(
        "Home health from ",
        (w.org("nursing"), "FACILITY"),
        "; ",
        rng.choice(["wife", "son", "aide"]),
        " ",
        _n(w.name(w.person(), "first")),
        " does dressing. ",
    )
    d("Photos uploaded to ", (w.url(), "URL"), ".\n")
    d(_n(w.name(rn, rng.choice(["full", "initial", "lastfirst"]))), ", RN, CWOCN")
    _footer(w, d, pt)


def cl_csv(w: World, d: Doc) -> None:
    rng = w.rng
    fac = w.org("clinic")
    d("# export ", (fac, "FACILITY"), " visits ", (w.date("iso"), "DATE"), "\n")
    d("mrn,patient,dob,visit,dx,provider,phone\n")
    for _ in range(rng.randint(3, 5)):
        pt, doc = w.person(), w.person()
        code = rng.choice(["E11.65", "I10", "G47.33", "J44.1", "F41.1", "N18.4", "M17.11"])
        d(
            (w.mrn(), "MRN"),
            ",",
            '"',
            _n(w.name(pt, rng.choice(["lastfirst", "lastfirstm"]))),
            '",',
            (w.dob(styles=("us", "iso", "dash2", "mond")), "DATE"),
            ",",
        )
        d(
            (w.date(rng.choice(["iso", "us2"])), "DATE"),
            ",",
            (code, "code"),
            ",",
            _n(w.name(doc, "last")),
            ",",
            (w.phone(), "PHONE"),
            "\n",
        )


CLINICAL: list[tuple[str, Callable[[World, Doc], None]]] = [
    ("soap", cl_soap),
    ("h_and_p", cl_hp),
    ("pathology", cl_pathology),
    ("therapy", cl_therapy),
    ("dental", cl_dental),
    ("bh_intake", cl_bh_intake),
    ("well_child", cl_well_child),
    ("prenatal", cl_prenatal),
    ("ems", cl_ems),
    ("med_rec", cl_med_rec),
    ("discharge_planning", cl_discharge_plan),
    ("prior_auth", cl_prior_auth),
    ("tumor_board", cl_tumor_board),
    ("wound", cl_wound),
    ("csv_export", cl_csv),
]


# ----------------------------------------------------------------------------- rows
def _one(family: str, rng: random.Random, i: int) -> tuple[str, list[dict], dict[str, str]]:
    kinds = MESSAGES if family == "messages" else CLINICAL
    _, make = kinds[i % len(kinds)] if rng.random() < 0.5 else rng.choice(kinds)
    w = World(rng)
    d = Doc()
    make(w, d)
    transform: Callable[[str], str] | None = None
    if family == "messages":
        r = rng.random()
        if r < 0.08:
            transform = str.upper
        elif r < 0.14:
            transform = str.lower
    return d.row(transform)


def generate(family: str, n: int, seed: int) -> list[dict]:
    """`n` rows of `family`, reproducible from `seed`."""
    if family not in FAMILIES:
        raise ValueError(family)
    rng = random.Random(seed)
    rows: list[dict] = []
    seen: set[str] = set()
    while len(rows) < n:
        text, phi, keep = _one(family, rng, len(rows))
        if text in seen or (family == "clinical" and not 150 <= len(text) <= 1500):
            continue
        seen.add(text)
        rows.append({
            "id": f"eval6-{family}-{len(rows)}",
            "family": family,
            "text": text,
            "phi": sorted(phi, key=lambda p: (p["start"], p["end"])),
            "keep": list(keep),
            "keep_kinds": keep,
        })  # fmt: skip
    return rows


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--family", choices=FAMILIES, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(dumps(generate(args.family, args.n, args.seed)))


if __name__ == "__main__":
    main()
