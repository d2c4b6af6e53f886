"""Twentieth independent de-identification evaluation set (eval20): dialysis-unit chair swap
requests (chair and shift times, chat lines), bariatric support group logistics (meeting links,
room changes, quoted replies), orthotic and prosthetic fitting follow-ups (AFO and socket serials,
casting dates), veterans' community care referrals (ICNs, referral numbers, fax covers), ostomy
supply reorders (pouch lot numbers kept as codes, supplier accounts, HCPCS codes), wound clinic
photo consent forms (photo upload links, IP addresses, tab forms), speech therapy home programs
(numbered exercises, clock times), radiation oncology simulation scheduling (mask and tattoo
appointments, weekday dates), adaptive driving evaluations (driver's licences of several states,
plates and VINs), specialty pharmacy copay card enrolments (card numbers, member IDs, drugs with
doses), summer camp medical forms (camper IDs, allergy action lists) and blood donor deferral
letters (donor IDs, ages over 90 among the thank-you lists) (`messages`); and CT simulation notes
for radiation planning, WOC (stoma) nursing consults, FEES swallow studies, oral food challenge
records, cryotherapy (liquid nitrogen) visit notes, knee viscosupplementation injections, cardiac
electrophysiology study reports, stereotactic breast biopsy reports, toenail matrixectomy notes, SNF
admission notes, selective laser trabeculoplasty notes and transrectal prostate biopsy notes
(`clinical`; 150-1,500 characters). Each genre occurs equally often (twenty-five rows per genre in
`messages`, ten in `clinical`, in turn). Some messages are all capitals and some all lower case;
layouts include key: value forms, tab forms, `|` tables, bullets, numbered lists, "> " quoted
replies, chat lines with clock times ("[9:40 AM] Chair desk: ..."), signatures with initials,
forwarded-mail headers ("Sent: ") and header lines whose columns are separated by runs of spaces.
Every clinical note has a header (PATIENT:, Pt name:, a `|` table row or an "(MRN ...)" sentence),
one to three sections that carry further identifiers (REGISTRATION, Ride home, Portal access, cc:,
Equipment on file, Billing, INTERPRETER, Emergency contact, Addendum, Records from, Transport,
Visitors) and an "Electronically signed by" line.

Written by a writer who read only `tests/deid/evalset_checks.py`, `tests/deid/test_evalset19.py`,
`tests/deid/conftest.py`, `tests/deid/test_evalset_generators.py`, the module docstrings of
`tools/deid/evalset3.py` ... `tools/deid/evalset19.py` (nothing below them), the API of
`tools/deid/faker_tables.py`, `medcode/deid/types.py` and `datasets/deid/README.md`; none of the
de-identifier's rules, lexicons, keep lists or models, none of the other generators' code and none
of their sets. The de-identifier was never run on this text.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters
them. This family brings text shapes, values and names nobody tuned on.

Locales: none. ``NAME_LOCALES``, ``CITY_LOCALES``, ``ORG_LOCALES``, ``LOCALES`` and
``FAKER_TABLES`` are empty and ``provenance_problems()`` returns []. Names come from hand-written
lists of four naming cultures no earlier family used, in the Latin spellings met on US papers, with
variants: Cape Verdean (Portuguese and Kriolu given names, "Djamila", "Adilson", "Ivanilda", and
two surnames, the mother's then the father's, "Ivanilda Semedo Tavares"; particles joined or
spaced, "DaRosa" / "Da Rosa", "DePina" / "De Pina", "DosSantos" / "Dos Santos"; Americanised
"Gonsalves" beside "Goncalves"), Ecuadorian Kichwa (Canari and Saraguro families in New York and
Connecticut: Kichwa or Spanish given names and two surnames, "Sisa Quishpe Guaman"; "Quishpe" /
"Quizhpe" / "Quispe", "Guaman" / "Huaman", "Pichisaca" / "Pichizaca"), Mongolian (a given name and
the father's given name as the surname, written "B. Enkhjargal" with the father's initial, or
"Enkhjargal Batbayar"; hyphenated given names "Bat-Erdene" / "Baterdene"; "Khulan" / "Hulan",
"Ganbaatar" / "Ganbatar") and Montagnard (Rhade and Jarai families of the Central Highlands
resettled in North Carolina: men's given names after "Y", women's after "H'", and a clan name,
"Y Duen Nie", "H'Bia Ksor"; registrars write "Yduen", "H Bia" or "Hbia"). Kinship words used
instead of a name (``KIN_WORDS``: Kriolu "Mamai", "Papai", "Vovo", "Tia"; Kichwa "Mamita",
"Taita", "Wawa"; Mongolian "Eej", "Aav", "Emee", "Uvuu"; Rhade "Ami", "Ama", "Aduon") are not PHI,
nor are titles ("Nha", "Nho", "Don", "Dona", "Bagsh"). Towns come from hand-written lists
(``US_TOWNS`` with state, ZIP prefix and area code; ``ABROAD_TOWNS`` in Cape Verde, Ecuador,
Mongolia and the Central Highlands of Viet Nam), as do streets, facilities, insurers, makers and
models. Numbers, dates, codes and identifiers come from this module's own seeded
``random.Random``; no Faker is used, so a seed reproduces its file byte for byte. All text is ASCII.

Annotation conventions: NAME spans exclude titles, honorifics and credentials ("Dr. ", "Nha ",
"Bagsh ", ", CWOCN"), kinship words and a possessive "'s"; "SURNAME, Given" is one span, initials
that sign a message ("-- IST") are a NAME. DATE is one span with its year if it has one and with a
weekday written next to it; Mongolian papers write year first ("1957.03.14"), Cape Verdean and
Ecuadorian papers day first with dots ("14.03.1957"); a bare year and clock times are not PHI. AGE
is PHI only when 90 or more (the number or the words alone). LOCATION is a town (US or abroad);
states and countries are not PHI. ADDRESS is the street line with its unit or a PO Box; ZIP with
its +4. PHONE and FAX include "+1", "+238", "+593", "+976" and "+84" and an extension. MRN is a
record number (Luhn check digit). ACCOUNT is a billing, supplier or copay-card account; HEALTH_PLAN
a member, Medicaid or Medicare number; LICENSE a driver's licence (several states' shapes), a
professional licence or a DEA registration (check digit right); VEHICLE a plate or a VIN (check
digit right); DEVICE a device serial or an IMEI (Luhn). ID is every other identifying number: VA
ICNs, referral, claim, order, specimen, voucher, camper, donor and case numbers. FACILITY is every
organisation named (one span, a town inside it included). Not PHI and kept (``keep``, kinds in
``KEEP_KINDS``): drugs with doses (drug), ICD-10, CPT and HCPCS codes and lot numbers (code),
makers (maker), models (model), insurers (insurer), eponyms (eponym) and departments (department);
no keep term ever occurs inside a PHI span.

    python -m tools.deid.evalset20 --family messages --n 300 --seed 4001 --out datasets/deid/eval20_messages.jsonl
    python -m tools.deid.evalset20 --family clinical --n 120 --seed 4002 --out datasets/deid/eval20_clinical.jsonl

Seeds 4101 / 4102 are reserved for tuning (``--out build/deid-fresh/...``); keep the two committed
files for measurement.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

FAMILIES = ("messages", "clinical")
KEEP_KINDS = ("drug", "code", "maker", "model", "insurer", "eponym", "department")
NAME_LOCALES: tuple[str, ...] = ()
CITY_LOCALES: tuple[str, ...] = ()
ORG_LOCALES: tuple[str, ...] = ()
LOCALES: tuple[str, ...] = ()
FAKER_TABLES: dict[str, tuple[tuple[str, str], ...]] = {}


def provenance_problems() -> list[str]:
    """No Faker table is read, so there is nothing whose provenance could be wrong."""
    return []


# ---------------------------------------------------------------- hand-written name lists
# Each entry: the spellings of one name met on US papers, the first the commonest.
CV_GIVEN_F = [("Ivanilda",), ("Djamila", "Jamila"), ("Adalgisa",), ("Elisangela", "Elizangela"), ("Lenira",),
              ("Zenaida",), ("Natalina",), ("Eulalia",), ("Ivone", "Yvonne"), ("Carlina",), ("Edileuza",),
              ("Djenifer", "Jenifer"), ("Arlete", "Arlette"), ("Filomena",), ("Odete", "Odette"),
              ("Sonia",), ("Maria Jose",), ("Crisolita",), ("Nilda",), ("Vanusa", "Vanuza")]  # fmt: skip
CV_GIVEN_M = [("Adilson",), ("Nilton",), ("Ednilson", "Edinilson"), ("Jailson", "Djailson"), ("Arlindo",),
              ("Firmino",), ("Herculano",), ("Ildo",), ("Odair",), ("Zeferino",), ("Gilson",), ("Euclides",),
              ("Djon", "Jon"), ("Manuel",), ("Domingos",), ("Amilcar",), ("Elton",), ("Silvino",), ("Joaquim",),
              ("Valdemar",)]  # fmt: skip
CV_SURNAMES = [("Tavares",), ("Semedo",), ("Monteiro",), ("Varela",), ("Fortes",), ("Furtado",), ("Barros",),
               ("DaRosa", "Da Rosa"), ("DePina", "De Pina", "Pina"), ("DosSantos", "Dos Santos"),
               ("DaVeiga", "Da Veiga", "Veiga"), ("Goncalves", "Gonsalves"), ("Teixeira", "Texeira"),
               ("Andrade",), ("Cabral",), ("Centeio",), ("Livramento",), ("Baptista", "Batista"),
               ("Correia", "Correa"), ("Lopes",), ("Mendes",), ("Brito",), ("DaLuz", "Da Luz"), ("Spencer",)]  # fmt: skip
KI_GIVEN_F = [("Sisa",), ("Nina",), ("Killa", "Quilla"), ("Tamya",), ("Sumak", "Sumac"), ("Rosa Elvira",),
              ("Maria Dolores",), ("Mercedes",), ("Transito",), ("Zoila",), ("Luz Maria",), ("Inti Sisa",),
              ("Narcisa",), ("Blanca",), ("Juana",), ("Carmelina",), ("Nube",), ("Rocio",)]  # fmt: skip
KI_GIVEN_M = [("Wayra", "Huayra"), ("Inti",), ("Amaru",), ("Pakari", "Pacari"), ("Kuri", "Curi"),
              ("Segundo",), ("Jose Manuel",), ("Luis Alfredo",), ("Rumi",), ("Manuel",), ("Angel",),
              ("Octavio",), ("Fausto",), ("Patricio",), ("Ruben",), ("Lauro",), ("Yupanki", "Yupanqui")]  # fmt: skip
KI_SURNAMES = [("Quishpe", "Quizhpe", "Quispe"), ("Guaman", "Huaman"), ("Pichisaca", "Pichizaca"),
               ("Tenesaca", "Tenezaca"), ("Guamancela",), ("Morocho",), ("Naula",), ("Tacuri",),
               ("Duchitanga",), ("Caguana", "Cahuana"), ("Guallpa", "Gualpa"), ("Chimbo",), ("Lema",),
               ("Sinchi", "Sinche"), ("Tepan",), ("Zhunio",), ("Yunga",), ("Japa",), ("Sarango",), ("Cango",)]  # fmt: skip
MN_GIVEN_F = [("Enkhjargal", "Enkh-Jargal"), ("Oyuntsetseg",), ("Tsetsegmaa", "Tsetsegma"), ("Khulan", "Hulan"),
              ("Bolormaa", "Bolorma"), ("Sarangerel",), ("Erdenechimeg",), ("Altantsetseg",), ("Nomin",),
              ("Tuvshinjargal",), ("Oyunbileg",), ("Narantuya",), ("Undarmaa", "Undarma"), ("Solongo",),
              ("Urangoo", "Uranguu"), ("Munkhzul", "Monkhzul")]  # fmt: skip
MN_GIVEN_M = [("Batbayar", "Bat-Bayar"), ("Ganbaatar", "Ganbatar"), ("Otgonbayar", "Otgonbaiar"),
              ("Munkhbat", "Monkhbat"), ("Bat-Erdene", "Baterdene"), ("Davaasuren",), ("Gantulga",),
              ("Temuulen",), ("Dulguun", "Dolgoon"), ("Sukhbaatar", "Sukhbatar"), ("Enkhbold",),
              ("Tsogtbayar",), ("Purevdorj", "Purevdorji"), ("Byambadorj",), ("Erdenebileg",), ("Altangerel",)]  # fmt: skip
RH_GIVEN_F = [("H'Bia", "Hbia", "H Bia"), ("H'Nga", "Hnga", "H Nga"), ("H'Lien", "Hlien"), ("H'Juen", "Hjuen"),
              ("H'Duen", "Hduen"), ("H'Ngach", "Hngach"), ("H'Blong", "Hblong"), ("H'Mai", "Hmai"),
              ("H'Yen", "Hyen"), ("H'Tuyet", "Htuyet"), ("Pui",), ("Hnuen",)]  # fmt: skip
RH_GIVEN_M = [("Y Duen", "Yduen"), ("Y Bhim", "Ybhim"), ("Y Hin", "Yhin"), ("Y Tlang", "Ytlang"),
              ("Y Blong", "Yblong"), ("Y Ju", "Yju"), ("Y Kroi", "Ykroi"), ("Y Ngoc", "Yngoc"), ("Kok",),
              ("Dock",), ("Hiao",), ("Blek",)]  # fmt: skip
RH_CLANS = [("Nie",), ("Mlo",), ("Buonya", "Buon Ya"), ("Ksor",), ("Rmah", "Romah"), ("Siu",), ("Rahlan",),
            ("Kpa",), ("Ktla",), ("Ayun",), ("Hdok",), ("Adrong",), ("Knul",), ("Enuol",), ("Mdrang",), ("Kdam",),
            ("Rcom",), ("Puih",), ("Eban",), ("Bkrong",)]  # fmt: skip
KIN_WORDS = ("Mamai", "Papai", "Vovo", "Tia", "Mamita", "Taita", "Wawa", "Eej", "Aav", "Emee", "Uvuu", "Ami", "Ama",
             "Aduon")  # fmt: skip
TITLES = ("Dr.", "Mr.", "Mrs.", "Ms.", "Nha", "Nho", "Don", "Dona", "Bagsh", "Pastor")
CREDENTIALS = ("MD", "DO", "NP", "PA-C", "RN", "LPN", "CWOCN", "CPO", "CCC-SLP", "CDRS", "OTR/L", "PharmD", "LCSW",
               "RTT", "CMD", "MSW", "DPM")  # fmt: skip

# ---------------------------------------------------------------- places and organisations
US_TOWNS = [("Brockton", "MA", "023", "508"), ("Pawtucket", "RI", "028", "401"), ("New Bedford", "MA", "027", "774"),
            ("Taunton", "MA", "027", "508"), ("Dorchester", "MA", "021", "617"), ("Greensboro", "NC", "274", "336"),
            ("High Point", "NC", "272", "336"), ("Raleigh", "NC", "276", "919"), ("Charlotte", "NC", "282", "704"),
            ("Danbury", "CT", "068", "203"), ("Ossining", "NY", "105", "914"), ("Peekskill", "NY", "105", "914"),
            ("Corona", "NY", "113", "718"), ("Denver", "CO", "802", "720"), ("Aurora", "CO", "800", "303"),
            ("Arlington", "VA", "222", "703"), ("Des Plaines", "IL", "600", "847"), ("Oakland", "CA", "946", "510"),
            ("Sanford", "NC", "273", "919"), ("Central Falls", "RI", "028", "401")]  # fmt: skip
ABROAD_TOWNS = ["Praia", "Mindelo", "Assomada", "Tarrafal", "Sao Filipe", "Pedra Badejo", "Canar", "Azogues", "Cuenca",
                "Biblian", "Saraguro", "Otavalo", "Ulaanbaatar", "Darkhan", "Erdenet", "Khovd", "Murun", "Choibalsan",
                "Buon Ma Thuot", "Pleiku", "Kon Tum", "Gia Nghia"]  # fmt: skip
ABROAD_BY_CODE = {
    "+238": ABROAD_TOWNS[0:6],
    "+593": ABROAD_TOWNS[6:12],
    "+976": ABROAD_TOWNS[12:18],
    "+84": ABROAD_TOWNS[18:22],
}
KIN_BY_CULTURE = {
    "cv": ("Mamai", "Papai", "Vovo", "Tia"),
    "ki": ("Mamita", "Taita", "Wawa"),
    "mn": ("Eej", "Aav", "Emee", "Uvuu"),
    "rh": ("Ami", "Ama", "Aduon"),
}
CULTURE_CODE = {"cv": "+238", "ki": "+593", "mn": "+976", "rh": "+84"}
STREETS = ["Quarry St", "Centre Ave", "Belmont St", "Warren Ave", "Pleasant St", "Sumner Ave", "Lebanon St",
           "Cottage St", "Spring Garden St", "Gate City Blvd", "Lees Chapel Rd", "Holden Rd", "Wake Forest Rd",
           "White St", "Main St", "Roosevelt Ave", "Junction Blvd", "Havana St", "Colfax Ave", "Columbia Pike",
           "Oakton St", "International Blvd", "Dexter Ave", "Ash St", "Nantasket Ave"]  # fmt: skip
FACILITIES = ["Djunta Mon Family Health", "Brockton Kidney Care & Dialysis", "Sumak Kawsay Community Clinic",
              "Semedo & Varela Orthotics and Prosthetics", "Gate City Limb & Brace", "Nairamdal Family Practice",
              "Dega Highlands Clinic", "Piedmont Ostomy Supply", "Harbor Light Wound Center",
              "Colfax Speech & Swallow Studio", "Hudson Valley Radiation Center", "Taunton Green Pharmacy",
              "Crossroads Driver Rehab", "Bluebird Specialty Rx", "Camp Tall Pines", "Coastal Blood Services",
              "Saint Anne Nursing & Rehab", "Ridgeview Allergy Partners", "Pleasant Street Foot & Ankle",
              "Eastside Eye Associates", "North Shore Heart Rhythm", "Danbury Women's Imaging",
              "Peekskill Urology Group", "Oakton Skin & Laser", "Tenger Home Care", "Ayllu Medical Interpreters",
              "Kestrel Medical Transport", "Greensboro VA Clinic", "Holden Road Bariatric Center",
              "Wake Forest Road Dialysis"]  # fmt: skip
INSURERS = ["MassHealth", "Medicare", "Neighborhood Health Plan of Rhode Island", "Tufts Health Plan", "Healthfirst",
            "Fidelis Care", "Kaiser Permanente", "TRICARE", "Ambetter", "Harbor Mutual Health", "Pinecrest Health Plan",
            "Blue Cross NC"]  # fmt: skip
DEPARTMENTS = ["Radiation Oncology", "Nephrology", "Speech-Language Pathology", "Bariatric Surgery", "Wound Care",
               "Prosthetics", "Physical Medicine and Rehabilitation", "Specialty Pharmacy", "Allergy and Immunology",
               "Dermatology", "Electrophysiology", "Breast Imaging", "Podiatry", "Ophthalmology", "Urology",
               "Geriatrics", "Otolaryngology"]  # fmt: skip
ICD10 = ["N18.6", "Z99.2", "E66.01", "Z98.84", "Z89.511", "Q66.89", "I63.9", "Z93.3", "K94.02", "L89.153", "L97.412",
         "R13.12", "I69.391", "C61", "C50.412", "C34.11", "G80.1", "T78.1XXA", "L82.1", "B07.8", "M17.11",
         "I47.19", "I49.3", "R92.8", "L60.0", "Z74.01", "H40.1131", "R97.20", "Z52.000", "J45.20", "E10.9"]  # fmt: skip
CPT = ["90935", "90960", "97760", "97763", "L1960", "L5301", "A4416", "A5063", "A4406", "97597", "92507", "92526",
       "77280", "77290", "77334", "97750", "J0135", "J7325", "20610", "95076", "17110", "93620", "93653", "19081",
       "11750", "99304", "65855", "55700", "76872", "31575", "92612", "J3490", "99213", "36415", "Q4186"]  # fmt: skip


# ---------------------------------------------------------------- text builder
def P(kind: str, text: str) -> tuple[str, str, str]:
    return ("P", kind, text)


def K(kind: str, text: str) -> tuple[str, str, str]:
    return ("K", kind, text)


class Doc:
    """Appends plain text, PHI spans and keep terms, recording offsets as it goes."""

    def __init__(self) -> None:
        self.parts: list[str | tuple[str, str, str]] = []

    def add(self, *items: Any) -> Doc:
        for it in items:
            if isinstance(it, list):
                self.add(*it)
            else:
                self.parts.append(it)
        return self

    def render(self, case: str = "") -> tuple[str, list[dict], dict[str, str]]:
        out: list[str] = []
        phi: list[dict] = []
        keep: dict[str, str] = {}
        pos = 0
        for it in self.parts:
            if isinstance(it, str):
                s = it
            else:
                s = it[2]
            if case == "upper":
                s = s.upper()
            elif case == "lower":
                s = s.lower()
            if not isinstance(it, str):
                if it[0] == "P":
                    phi.append({"start": pos, "end": pos + len(s), "type": it[1]})
                else:
                    keep.setdefault(s, it[1])
            out.append(s)
            pos += len(s)
        text = "".join(out)
        for term in list(keep):
            for m in re.finditer(re.escape(term), text):
                if any(p["start"] < m.end() and m.start() < p["end"] for p in phi):
                    del keep[term]
                    break
        return text, phi, keep


def luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


_VIN_VALUE = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9)))}
_VIN_VALUE.update(dict(zip("JKLMN", range(1, 6))) | {"P": 7, "R": 9} | dict(zip("STUVWXYZ", range(2, 10))))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_NUMS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

_LEAKS = (r"\S+@\S+\.[a-z]{2,}", r"(?i)https?://|www\.", r"\b\d{1,3}(\.\d{1,3}){3}\b", r"\b(19|20)\d\d-\d\d-\d\d\b",
          r"\b\d{1,2}/\d{1,2}/(19|20)?\d\d\b", r"\(\d{3}\) ?\d{3}-\d{4}", r"\b\d{3}[-.]\d{3}[-.]\d{4}\b",
          r"\b\d{3}-\d{2}-\d{4}\b", r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(st|nd|rd|th)?\b",
          r"\+\d{2,3} \d", r"\b(19|20)\d\d\.\d\d\.\d\d\b", r"\b\d{1,2}/\d{1,2}\b(?!\d)", r"\b[A-HJ-NPR-Z0-9]{17}\b",
          r"(?i)\b\d{2}[a-z]{3}(19|20)\d\d\b", r"\b\d{1,2}\.\d{1,2}\.(19|20)\d\d\b")  # fmt: skip


def leaks(text: str, phi: list[dict]) -> list[str]:
    """Shapes of PHI left outside the spans (blood pressures and acuities aside)."""
    for p in phi:
        text = text[: p["start"]] + "x" * (p["end"] - p["start"]) + text[p["end"] :]
    text = re.sub(r"\b\d{2,3}/\d{2,3}\b", "x", text)
    return [m.group(0) for pat in _LEAKS for m in [re.search(pat, text)] if m]


class Person:
    def __init__(self, given: str, middle: str, surname: str, culture: str, female: bool) -> None:
        self.given, self.middle, self.surname, self.culture, self.female = given, middle, surname, culture, female


class W:
    """The seeded writer: every value a row needs."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def c(self, seq: Sequence[T]) -> T:
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    # -- people
    def person(self, culture: str | None = None) -> Person:
        cu = culture or self.c(("cv", "ki", "mn", "rh"))
        fem = self.chance(0.5)
        sp = self.c
        if cu == "cv":
            g = sp(sp(CV_GIVEN_F if fem else CV_GIVEN_M))
            return Person(g, sp(sp(CV_SURNAMES)), sp(sp(CV_SURNAMES)), cu, fem)
        if cu == "ki":
            g = sp(sp(KI_GIVEN_F if fem else KI_GIVEN_M))
            return Person(g, sp(sp(KI_SURNAMES)), sp(sp(KI_SURNAMES)), cu, fem)
        if cu == "mn":
            g = sp(sp(MN_GIVEN_F if fem else MN_GIVEN_M))
            return Person(g, "", sp(sp(MN_GIVEN_M)), cu, fem)
        g = sp(sp(RH_GIVEN_F if fem else RH_GIVEN_M))
        return Person(g, "", sp(sp(RH_CLANS)), cu, fem)

    def name_text(self, p: Person, form: str | None = None) -> str:
        forms = ["gs", "gs", "gms", "sg", "SG", "initial", "g", "s", "caps", "gms"]
        f = form or self.c(forms)
        mid = p.middle if p.culture in ("cv", "ki") else ("Borjigin" if p.culture == "mn" and self.chance(0.2) else "")
        if f == "gms" and mid:
            return f"{p.given} {mid} {p.surname}" if p.culture != "mn" else f"{mid} {p.surname} {p.given}"
        if f == "sg":
            return f"{p.surname}, {p.given}"
        if f == "SG":
            return f"{p.surname.upper()}, {p.given}"
        if f == "caps":
            return f"{p.given} {p.surname}".upper()
        if f == "lower":
            return f"{p.given} {p.surname}".lower()
        if f == "initial":
            if p.culture == "mn":
                return f"{p.surname[0]}. {p.given}"
            return f"{p.given[0]}. {p.surname}"
        if f == "g":
            return p.given
        if f == "s":
            return p.surname
        if f == "inits":
            return "".join(w[0] for w in re.split(r"[ '-]+", f"{p.given} {mid} {p.surname}") if w).upper()[:4]
        return f"{p.given} {p.surname}"

    def name(self, p: Person | None = None, form: str | None = None) -> tuple[str, str, str]:
        return P("NAME", self.name_text(p or self.person(), form))

    def titled(self, p: Person | None = None) -> list:
        p = p or self.person()
        t = self.c(("Dr.", "Dr.", "Mr." if not p.female else "Ms.", "Mrs." if p.female else "Mr.", "Dr"))
        if p.culture == "cv" and self.chance(0.4):
            t = "Nha" if p.female else "Nho"
        elif p.culture == "ki" and self.chance(0.4):
            t = "Dona" if p.female else "Don"
        elif p.culture == "mn" and self.chance(0.3):
            t = "Bagsh"
        return [f"{t} ", self.name(p, self.c(("gs", "s", "gms", "s")))]

    def cred(self, creds: tuple[str, ...] = CREDENTIALS, p: Person | None = None) -> list:
        return [self.name(p, self.c(("gs", "gms", "initial", "gs", "caps"))), f", {self.c(creds)}"]

    def kin(self) -> str:
        return self.c(KIN_WORDS)

    # -- dates
    def day(self, y0: int = 2026, y1: int = 2026) -> date:
        start = date(y0, 1, 1)
        return start + timedelta(days=self.r.randrange((date(y1, 12, 31) - start).days + 1))

    def date(self, d: date | None = None, style: str | None = None) -> tuple[str, str, str]:
        d = d or self.day()
        styles = ["mdy", "mdy2", "iso", "iso", "dmony", "dmony2", "bdy", "Bdy", "dBy", "md", "md", "md", "bd", "Bd", "ord",
                  "By", "wmd", "wBd", "wmdy", "wmd", "wbd", "ymd_dot", "dmy_dot"]  # fmt: skip
        s = style or self.c(styles)
        mon, Mon = d.strftime("%b"), d.strftime("%B")
        wd, WD = d.strftime("%a"), d.strftime("%A")
        suf = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        out = {
            "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}", "mdy2": f"{d.month}/{d.day}/{d.year % 100:02d}",
            "iso": d.isoformat(), "dmony": f"{d.day:02d}-{mon}-{d.year}", "dmony2": f"{d.day:02d}{mon.upper()}{d.year}",
            "bdy": f"{mon} {d.day}, {d.year}", "Bdy": f"{Mon} {d.day}, {d.year}", "dBy": f"{d.day} {Mon} {d.year}",
            "md": f"{d.month}/{d.day}", "bd": f"{mon} {d.day}", "Bd": f"{Mon} {d.day}", "ord": f"{Mon} {d.day}{suf}",
            "By": f"{Mon} {d.year}", "wmd": f"{wd} {d.month}/{d.day}", "wBd": f"{WD}, {Mon} {d.day}",
            "wmdy": f"{wd} {d.month:02d}/{d.day:02d}/{d.year}", "wbd": f"{wd} {mon} {d.day}",
            "ymd_dot": f"{d.year}.{d.month:02d}.{d.day:02d}", "dmy_dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        }[s]  # fmt: skip
        return P("DATE", out)

    def dob(self, p: Person | None = None, old: bool = False) -> tuple[str, str, str]:
        d = self.day(1919, 1935) if old else self.day(1940, 2012)
        style = self.c(("mdy", "iso", "dmony", "Bdy", "mdy", "dmony2"))
        if p is not None and p.culture == "mn" and self.chance(0.5):
            style = "ymd_dot"
        elif p is not None and p.culture in ("cv", "ki") and self.chance(0.4):
            style = "dmy_dot"
        return self.date(d, style)

    def clock(self) -> str:
        h, m = self.r.randint(1, 12), self.c((0, 5, 10, 15, 20, 30, 40, 45, 50))
        return f"{h}:{m:02d} {self.c(('AM', 'PM', 'am', 'pm'))}"

    def age_old(self) -> tuple[str, str, str]:
        v = self.r.randint(90, 106)
        if self.chance(0.3):
            if v < 100:
                s = "ninety" + (f"-{_NUMS[v - 90]}" if v > 90 else "")
            else:
                s = "one hundred" + (f" and {_NUMS[v - 100]}" if v > 100 else "")
            return P("AGE", s)
        return P("AGE", str(v))

    # -- contact and place
    def town(self) -> tuple[str, str, str, str]:
        return self.c(US_TOWNS)

    def phone(
        self, kind: str = "PHONE", area: str | None = None, abroad: bool = False, cc: str = ""
    ) -> tuple[str, str, str]:
        if abroad:
            cc = cc or self.c(list(ABROAD_BY_CODE))
            s = {"+238": f"+238 9{self.digits(2)} {self.digits(2)} {self.digits(2)}",
                 "+593": f"+593 9{self.digits(1)} {self.digits(3)} {self.digits(4)}",
                 "+976": f"+976 {self.c('89')}{self.digits(3)} {self.digits(4)}",
                 "+84": f"+84 9{self.digits(1)} {self.digits(3)} {self.digits(4)}"}[cc]  # fmt: skip
            return P(kind, s)
        a = area or self.c(US_TOWNS)[3]
        x, y = f"{self.r.randint(2, 9)}{self.digits(2)}", self.digits(4)
        s = self.c((f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"+1 {a} {x} {y}", f"1-{a}-{x}-{y}",
                    f"({a}){x}-{y}"))  # fmt: skip
        if self.chance(0.12):
            s += f" ext {self.r.randint(10, 9999)}"
        return P(kind, s)

    def email(self, p: Person | None = None) -> tuple[str, str, str]:
        p = p or self.person()
        base = (
            re.sub(r"[^a-z]", "", p.given.lower())[:8]
            + self.c((".", "_", ""))
            + re.sub(r"[^a-z]", "", p.surname.lower())
        )
        dom = self.c(("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "djuntamon.org",
                      "sumakclinic.org", "nairamdalfp.com", "gatecitylimb.com", "va.gov"))  # fmt: skip
        return P("EMAIL", f"{base}{self.c(('', self.digits(2)))}@{dom}")

    def url(self) -> tuple[str, str, str]:
        host = self.c(("portal.djuntamon.org", "photos.harborlightwound.com", "meet.hollowayhealth.net",
                       "forms.camptallpines.org", "rx.bluebirdspecialty.com", "www.crossroadsdriverrehab.com",
                       "zoom.us/j", "donate.coastalblood.org"))  # fmt: skip
        tail = self.c((f"/s/{self.digits(8)}", f"/upload?c={self.digits(6)}", f"/{self.digits(10)}",
                       f"/enroll/{self.digits(5)}{self.c('ABCDEFGH')}"))  # fmt: skip
        return P("URL", f"{self.c(('https://', 'https://', 'http://'))}{host}{tail}")

    def ip(self) -> tuple[str, str, str]:
        if self.chance(0.2):
            return P("IP", f"2601:{self.r.randrange(16**3):x}:{self.r.randrange(16**4):x}::{self.r.randrange(16**4):x}")
        return P("IP", f"{self.c((73, 24, 98, 172, 10, 66, 108))}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}."
                       f"{self.r.randint(1, 254)}")  # fmt: skip

    def address(self) -> tuple[str, str, str]:
        if self.chance(0.12):
            return P("ADDRESS", f"PO Box {self.r.randint(10, 9999)}")
        s = f"{self.r.randint(2, 9899)} {self.c(STREETS)}"
        u = self.r.random()
        if u < 0.2:
            s += f" Apt {self.r.randint(1, 40)}{self.c(('', 'A', 'B', 'R'))}"
        elif u < 0.3:
            s += f" Unit {self.r.randint(1, 12)}"
        elif u < 0.38:
            s += f" #{self.r.randint(1, 320)}"
        return P("ADDRESS", s)

    def zipc(self, t: tuple[str, str, str, str]) -> tuple[str, str, str]:
        z = t[2] + self.digits(2)
        return P("ZIP", z + (f"-{self.digits(4)}" if self.chance(0.2) else ""))

    def full_address(self) -> list:
        t = self.town()
        return [self.address(), ", ", P("LOCATION", t[0]), f", {t[1]} ", self.zipc(t)]

    def facility(self) -> tuple[str, str, str]:
        return P("FACILITY", self.c(FACILITIES))

    def abroad(self, cc: str = "") -> tuple[str, str, str]:
        return P("LOCATION", self.c(ABROAD_BY_CODE[cc] if cc else ABROAD_TOWNS))

    def family_abroad(self, p: Person) -> list:
        cc = CULTURE_CODE[p.culture]
        return [self.abroad(cc), " ", self.phone(abroad=True, cc=cc)]

    def kin_name(self, form: str = "gs") -> list:
        p = self.person()
        return [self.c(KIN_BY_CULTURE[p.culture]), " ", self.name(p, form)]

    # -- numbers
    def mrn(self) -> tuple[str, str, str]:
        n = self.r.randint(7, 10)
        body = str(self.r.randint(1, 9)) + self.digits(n - 2)
        s = body + luhn_digit(body)
        if self.chance(0.2):
            s = s[:2] + "-" + s[2:]
        return P("MRN", s)

    def ssn(self) -> tuple[str, str, str]:
        a, b, c = f"{self.r.randint(1, 899):03d}", f"{self.r.randint(1, 99):02d}", f"{self.r.randint(1, 9999):04d}"
        if a == "666":
            a = "667"
        sep = self.c(("-", "-", " ", ""))
        return P("SSN", f"{a}{sep}{b}{sep}{c}")

    def account(self) -> tuple[str, str, str]:
        f = self.r.randrange(4)
        if f == 0:
            return P("ACCOUNT", self.digits(8))
        if f == 1:
            return P("ACCOUNT", f"{self.c(('GT', 'AC', 'SUP'))}{self.digits(7)}")
        if f == 2:
            return P("ACCOUNT", f"4400{self.digits(6)}")
        body = "60" + self.digits(13)
        s = body + luhn_digit(body)
        return P("ACCOUNT", " ".join(s[i : i + 4] for i in range(0, 16, 4)))

    def mbi(self) -> str:
        L = "ACDEFGHJKMNPQRTUVWXY"
        s = (str(self.r.randint(1, 9)) + self.c(L) + self.c(L + "0123456789") + self.digits(1) + self.c(L)
             + self.c(L + "0123456789") + self.digits(1) + self.c(L) + self.c(L) + self.digits(2))  # fmt: skip
        return f"{s[:4]}-{s[4:7]}-{s[7:]}" if self.chance(0.5) else s

    def plan(self) -> tuple[str, str, str]:
        f = self.r.randrange(4)
        s = [self.mbi(), f"100{self.digits(9)}", f"{self.c(('THP', 'NHP', 'HF', 'PHP', 'XJH'))}{self.digits(9)}",
             f"W{self.digits(9)}"][f]  # fmt: skip
        return P("HEALTH_PLAN", s)

    def dl(self) -> tuple[str, str, str]:
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        s = self.c((f"S{self.digits(8)}", self.digits(7), f"0000{self.digits(8)}", f"{self.digits(2)}-{self.digits(3)}-{self.digits(4)}",
                    f"{self.digits(3)} {self.digits(3)} {self.digits(3)}", f"T{self.digits(8)}",
                    f"{self.c(L)}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}", f"{self.c(L)}{self.digits(7)}"))  # fmt: skip
        return P("LICENSE", s)

    def prof_license(self) -> tuple[str, str, str]:
        s = self.c((f"RN{self.digits(7)}", f"CPO-{self.digits(5)}", f"SLP.{self.digits(7)}", f"MD-{self.digits(5)}",
                    f"CDRS {self.digits(3)}", f"OT{self.digits(6)}", f"NC-RPH-{self.digits(5)}"))  # fmt: skip
        return P("LICENSE", s)

    def dea(self, p: Person | None = None) -> tuple[str, str, str]:
        first = self.c("ABFM")
        second = p.surname[0].upper() if p else self.c("BDGKMNQRSTV")
        d = [self.r.randrange(10) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return P("LICENSE", first + second + "".join(map(str, d)) + str(chk))

    def vin(self) -> tuple[str, str, str]:
        alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        v = [self.c(alpha) for _ in range(17)]
        v[9] = self.c("NPRSTV")  # model year letter
        total = sum(_VIN_VALUE[c] * w for c, w in zip(v, _VIN_WEIGHTS)) % 11
        v[8] = "X" if total == 10 else str(total)
        return P("VEHICLE", "".join(v))

    def plate(self) -> tuple[str, str, str]:
        L = "ABCDEFGHJKLMNPRSTVWXYZ"
        s = self.c((f"{self.digits(1)}{self.c(L)}{self.c(L)}{self.c(L)}{self.digits(2)}",
                    f"{self.c(L)}{self.c(L)}{self.c(L)}-{self.digits(4)}", f"{self.digits(3)} {self.c(L)}{self.c(L)}{self.digits(1)}",
                    f"{self.c(L)}{self.c(L)}-{self.digits(4)}", f"{self.digits(6)}", f"{self.c(L)}{self.c(L)}{self.c(L)}{self.digits(4)}"))  # fmt: skip
        return P("VEHICLE", s)

    def serial(self) -> tuple[str, str, str]:
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        s = self.c((f"{self.digits(2)}{self.c(L)}{self.c(L)}{self.digits(5)}{self.c(L)}", f"OB{self.digits(2)}-{self.digits(5)}",
                    f"SN{self.digits(9)}", f"{self.c(L)}{self.digits(3)}-{self.c(L)}{self.digits(4)}", f"{self.digits(4)}{self.c(L)}{self.digits(6)}"))  # fmt: skip
        return P("DEVICE", s)

    def imei(self) -> tuple[str, str, str]:
        body = "35" + self.digits(12)
        return P("DEVICE", body + luhn_digit(body))

    def icn(self) -> tuple[str, str, str]:
        return P("ID", f"10{self.digits(8)}V{self.digits(6)}")

    def ref(self) -> tuple[str, str, str]:
        return P("ID", f"REF-26-{self.digits(5)}")

    def other_id(self) -> tuple[str, str, str]:
        s = self.c((f"ORD{self.digits(8)}", f"SP26-{self.digits(5)}", f"CLM-{self.digits(3)}-{self.digits(6)}",
                    f"VCH-{self.digits(4)}-{self.c('KMRTX')}{self.digits(2)}", f"CASE {self.digits(6)}",
                    f"PA-{self.digits(7)}", f"AUTH {self.digits(4)}-{self.digits(4)}"))  # fmt: skip
        return P("ID", s)

    def icd(self) -> tuple[str, str, str]:
        return K("code", self.c(ICD10))

    def cpt(self) -> tuple[str, str, str]:
        return K("code", self.c(CPT))

    def lot(self) -> tuple[str, str, str]:
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return K("code", f"{self.c(L)}{self.c(('', self.c(L)))}{self.digits(self.c((4, 5)))}")

    def insurer(self) -> tuple[str, str, str]:
        return K("insurer", self.c(INSURERS))

    def dept(self) -> tuple[str, str, str]:
        return K("department", self.c(DEPARTMENTS))

    def young_age(self) -> str:
        a = self.r.randint(19, 88)
        return self.c((f"age {a}", f"{a} years old", f"{a}-year-old", f"Age: {a}"))


# ---------------------------------------------------------------- message genres
# Each returns (facts, fields): sentences in the writer's voice and labelled values for forms.
Facts = tuple[list[Any], list[Any]]


def m_chair(w: W, pt: Person) -> Facts:
    fac = w.c(("Brockton Kidney Care & Dialysis", "Wake Forest Road Dialysis"))
    facts = [
        ["can I do a chair swap from ", w.c(("MWF", "TTS")), " first shift to second shift starting ", w.date(), "?"],
        ["my chair is 14 at ", P("FACILITY", fac), ", I need to be done by ", w.clock(), " to pick up my ", w.kin()],
        [
            "run is ",
            w.c(("3.5", "4")),
            " hrs, ",
            K("model", w.c(("2008T", "Phoenix X36"))),
            " machine, ",
            w.c(("tech", "nurse")),
            " ",
            w.name(form="g"),
            " knows me",
        ],
        ["billing says ", w.cpt(), " for ", w.icd(), ", ", w.insurer(), " member ", w.plan()],
        ["if no chair, call ", w.phone(), " after ", w.clock()],
    ]
    fields = [("Patient", [w.name(pt, "SG")]), ("MRN", [w.mrn()]), ("Current chair", ["14 / first shift 5:30 AM"]),
              ("Requested", [w.date(style="wmd"), " second shift 11:15 AM"]), ("Unit", [P("FACILITY", fac)]),
              ("Dept", [K("department", "Nephrology")])]  # fmt: skip
    return facts, fields


def m_bariatric(w: W, pt: Person) -> Facts:
    facts = [
        ["the bariatric support group moves to room B on ", w.date(), " at ", w.clock()],
        ["zoom link for those at home: ", w.url()],
        ["facilitator is ", *w.cred(("RN", "LCSW", "MSW")), ", questions to ", w.email()],
        [
            "I had my sleeve on ",
            w.date(style="By"),
            " (",
            w.cpt(),
            "), ",
            w.icd(),
            " on my chart, still on ",
            K("drug", w.c(("Bariatric Fusion 1 chew daily", "vitamin B12 1000 mcg", "ursodiol 300 mg BID"))),
        ],
        [
            "my ",
            w.kin(),
            " drives me, plate ",
            w.plate(),
            ", can we park at ",
            P("FACILITY", "Holden Road Bariatric Center"),
            "?",
        ],
    ]
    fields = [("Member", [w.name(pt, "gs")]), ("DOB", [w.dob(pt)]), ("Phone", [w.phone()]),
              ("Program", [K("department", "Bariatric Surgery")]), ("Meeting", [w.date(style="wBd"), " 6:30 PM"])]  # fmt: skip
    return facts, fields


def m_orthotic(w: W, pt: Person) -> Facts:
    facts = [
        ["my orthotic fitting for the new ", K("code", w.c(("L1960", "L5301", "L1906"))), " is ", w.date(style="wBd")],
        [
            "the ",
            K("maker", w.c(("Ottobock", "Ossur", "Fillauer", "Allard"))),
            " ",
            K("model", w.c(("Triton", "Pro-Flex", "ToeOFF", "Taleo"))),
            " serial ",
            w.serial(),
            " is rubbing at the calf",
        ],
        ["casting was ", w.date(), " with ", *w.cred(("CPO",)), " (lic ", w.prof_license(), ")"],
        [
            "pick up at ",
            P("FACILITY", w.c(("Semedo & Varela Orthotics and Prosthetics", "Gate City Limb & Brace"))),
            ", ",
            w.address(),
        ],
        ["dx ", w.icd(), ", auth from ", w.insurer(), " ", w.other_id()],
    ]
    fields = [("Name", [w.name(pt, "caps")]), ("DOB", [w.dob(pt)]), ("Device SN", [w.serial()]),
              ("Dept", [K("department", "Prosthetics")]), ("Cell", [w.phone()])]  # fmt: skip
    return facts, fields


def m_community(w: W, pt: Person) -> Facts:
    facts = [
        ["community care referral for the veteran sent to ", P("FACILITY", "Greensboro VA Clinic"), " on ", w.date()],
        ["ICN ", w.icn(), ", referral ", w.ref(), ", SSN on file ", w.ssn()],
        ["fax the consult to ", w.phone("FAX"), " attn ", w.name(form="gs")],
        ["approved for ", w.cpt(), " and ", w.cpt(), " for ", w.icd(), " under ", K("insurer", "TRICARE"), " or VA"],
        ["vet lives at ", *w.full_address(), ", ", w.young_age() if w.chance(0.5) else "age not listed"],
    ]
    fields = [("Veteran", [w.name(pt, "SG")]), ("DOB", [w.dob(pt)]), ("ICN", [w.icn()]), ("Referral", [w.ref()]),
              ("Community provider", [w.facility()]), ("Fax", [w.phone("FAX")])]  # fmt: skip
    return facts, fields


def m_ostomy(w: W, pt: Person) -> Facts:
    facts = [
        [
            "need to reorder ostomy supplies, ",
            K("maker", w.c(("Hollister", "Coloplast", "ConvaTec"))),
            " ",
            K("model", w.c(("New Image", "SenSura Mio", "Esteem+", "CeraPlus"))),
            " pouches lot ",
            w.lot(),
        ],
        ["HCPCS ", K("code", w.c(("A4416", "A5063", "A4406", "A4414"))), " x 20 per month, ", w.icd()],
        ["supplier acct ", w.account(), " at ", P("FACILITY", "Piedmont Ostomy Supply")],
        ["ship to ", *w.full_address()],
        ["my WOC nurse ", *w.cred(("CWOCN", "RN")), " said flange 1.25 in cut to fit"],
    ]
    fields = [("Customer", [w.name(pt, "SG")]), ("Acct", [w.account()]), ("Plan", [w.insurer(), " ", w.plan()]),
              ("Last ship", [w.date()]), ("Phone", [w.phone()])]  # fmt: skip
    return facts, fields


def m_photo(w: W, pt: Person) -> Facts:
    facts = [
        ["photo consent for wound pictures at ", P("FACILITY", "Harbor Light Wound Center"), " signed ", w.date()],
        ["upload from home here: ", w.url(), " (last upload came from ", w.ip(), ")"],
        ["heel ulcer ", w.icd(), ", ", K("eponym", "Wagner"), " grade 2, debridement ", K("code", "97597")],
        ["photos taken by ", *w.cred(("RN", "NP", "LPN")), " with clinic tablet IMEI ", w.imei()],
        ["questions to ", K("department", "Wound Care"), " at ", w.phone()],
    ]
    fields = [("Patient", [w.name(pt, "gs")]), ("MRN", [w.mrn()]), ("DOB", [w.dob(pt)]), ("Device", [w.serial()]),
              ("Consent date", [w.date()]), ("Upload IP", [w.ip()])]  # fmt: skip
    return facts, fields


def m_speech(w: W, pt: Person) -> Facts:
    facts = [
        ["speech therapy home program for ", w.name(pt, "g"), ": ", K("eponym", "Shaker"), " lifts 3 x 30 sec"],
        [
            "then ",
            K("eponym", "Mendelsohn"),
            " maneuver 10 reps and ",
            K("eponym", "Masako"),
            " 10 reps, at ",
            w.clock(),
            " and ",
            w.clock(),
        ],
        ["therapist ", *w.cred(("CCC-SLP",)), " license ", w.prof_license()],
        ["billing ", K("code", w.c(("92507", "92526"))), " for ", w.icd(), " with ", w.insurer()],
        ["next visit ", w.date(style="wmd"), " at ", w.clock(), ", ", K("department", "Speech-Language Pathology")],
    ]
    fields = [("Client", [w.name(pt, "SG")]), ("DOB", [w.dob(pt)]), ("Home phone", [w.phone()]),
              ("Caregiver", w.kin_name())]  # fmt: skip
    return facts, fields


def m_sim(w: W, pt: Person) -> Facts:
    facts = [
        ["your simulation appointment is ", w.date(style="wBd"), " at ", w.clock(), ", mask fitting first"],
        [
            "the ",
            K("maker", w.c(("Varian", "Elekta"))),
            " ",
            K("model", w.c(("TrueBeam", "Halcyon", "Versa HD"))),
            " starts ",
            w.date(),
            ", 25 fractions",
        ],
        [
            "codes ",
            K("code", "77280"),
            " and ",
            K("code", "77290"),
            ", dx ",
            w.icd(),
            ", ",
            w.insurer(),
            " auth ",
            w.other_id(),
        ],
        ["parking at ", P("FACILITY", "Hudson Valley Radiation Center"), ", give plate ", w.plate(), " at the desk"],
        [
            "call ",
            K("department", "Radiation Oncology"),
            " ",
            w.phone(),
            " or the dosimetrist ",
            *w.cred(("CMD", "RTT")),
        ],
    ]
    fields = [("Patient", [w.name(pt, "SG")]), ("MRN", [w.mrn()]), ("Sim", [w.date(style="wmdy"), " 8:00 AM"]),
              ("Ride", w.kin_name())]  # fmt: skip
    return facts, fields


def m_driving(w: W, pt: Person) -> Facts:
    facts = [
        ["adaptive driving evaluation on ", w.date(), " at ", P("FACILITY", "Crossroads Driver Rehab")],
        ["driver's license ", w.dl(), ", expires ", w.date(style="mdy")],
        ["bring the car: plate ", w.plate(), ", VIN ", w.vin()],
        ["vision ", K("eponym", "Snellen"), " 20/40 both eyes, ", w.icd(), ", ", K("code", "97750")],
        ["evaluator ", *w.cred(("CDRS", "OTR/L")), " ", w.email()],
    ]
    fields = [("Driver", [w.name(pt, "SG")]), ("DOB", [w.dob(pt)]), ("License", [w.dl()]), ("Plate", [w.plate()]),
              ("Dept", [K("department", "Physical Medicine and Rehabilitation")])]  # fmt: skip
    return facts, fields


def m_copay(w: W, pt: Person) -> Facts:
    drug = w.c(("Humira 40 mg/0.4 mL", "Dupixent 300 mg/2 mL", "Ozempic 1 mg", "Enbrel 50 mg/mL", "Xolair 150 mg"))
    facts = [
        ["copay card enrolment for ", K("drug", drug), " done ", w.date()],
        ["card number ", w.account(), ", member ID ", w.plan(), " with ", w.insurer()],
        ["ship from ", P("FACILITY", "Bluebird Specialty Rx"), " order ", w.other_id(), " to ", w.address()],
        ["prescriber ", w.titled(), " DEA ", w.dea()],
        ["dx ", w.icd(), ", lot ", w.lot(), " in the last box"],
    ]
    fields = [("Patient", [w.name(pt, "gs")]), ("DOB", [w.dob(pt)]), ("Card", [w.account()]),
              ("Dept", [K("department", "Specialty Pharmacy")]), ("Email", [w.email(pt)])]  # fmt: skip
    return facts, fields


def m_camp(w: W, pt: Person) -> Facts:
    kid = w.person(pt.culture)
    facts = [
        ["camp physical form for ", w.name(kid, "gs"), ", camper ", P("ID", f"CMP-{w.digits(4)}")],
        [
            "allergies: peanut ",
            w.icd(),
            ", has ",
            K("drug", "EpiPen Jr 0.15 mg"),
            " and ",
            K("drug", "cetirizine 5 mg"),
        ],
        ["session starts ", w.date(style="ord"), ", bus at ", w.clock(), " from ", P("LOCATION", w.town()[0])],
        ["pediatrician ", w.titled(), " at ", w.facility(), ", fax ", w.phone("FAX")],
        ["parent ", w.name(pt, "gs"), " cell ", w.phone(), ", ", w.email(pt)],
    ]
    fields = [("Camper", [w.name(kid, "SG")]), ("DOB", [w.dob(kid)]), ("Camp", [P("FACILITY", "Camp Tall Pines")]),
              ("Insurance", [w.insurer(), " ", w.plan()])]  # fmt: skip
    return facts, fields


def m_donor(w: W, pt: Person) -> Facts:
    facts = [
        ["blood donor deferral letter: donor ", P("ID", f"DN{w.digits(7)}"), " deferred until ", w.date()],
        ["reason: hemoglobin 11.9, ", w.icd(), ", recheck at ", P("FACILITY", "Coastal Blood Services")],
        [
            "thank you to our oldest donors, ",
            w.name(form="gs"),
            " (",
            w.age_old(),
            ") and ",
            w.name(form="gs"),
            " (",
            w.age_old(),
            ")",
        ],
        ["questions: ", w.phone(), " or ", w.email()],
        ["drive at ", w.address(), ", ", P("LOCATION", w.town()[0]), " on ", w.date(style="wBd")],
    ]
    fields = [("Donor", [w.name(pt, "SG")]), ("DOB", [w.dob(pt)]), ("Donor ID", [P("ID", f"DN{w.digits(7)}")]),
              ("Phone", [w.phone()])]  # fmt: skip
    return facts, fields


MESSAGE_GENRES = (m_chair, m_bariatric, m_orthotic, m_community, m_ostomy, m_photo, m_speech, m_sim, m_driving,
                  m_copay, m_camp, m_donor)  # fmt: skip


def extra_fact(w: W, pt: Person) -> list:
    k = w.r.randrange(10)
    return [
        ["my ", *w.kin_name("g"), " is ", w.age_old(), " and lives with us"],
        ["I'm ", f"{w.r.randint(19, 88)} years old", ", born in ", w.abroad(CULTURE_CODE[pt.culture])],
        ["family number in ", *w.family_abroad(pt)],
        ["SSN ", w.ssn(), " if you need it"],
        ["home: ", *w.full_address()],
        ["my ", w.kin(), " turns ", w.age_old(), " on ", w.date(style="ord")],
        ["sent from my phone, IMEI ", w.imei(), ", wifi ", w.ip()],
        ["record # ", w.mrn(), ", acct ", w.account()],
        ["my ", w.kin(), " (", w.young_age(), ") can answer at ", w.phone()],
        ["license ", w.dl(), " and plate ", w.plate()],
    ][k]


def say(parts: list) -> list:
    return [*parts, w_end(parts)]


def w_end(parts: list) -> str:
    last = parts[-1]
    return "" if isinstance(last, str) and last.endswith(("?", ".")) else "."


def message(w: W, i: int) -> tuple[Doc, str]:
    pt = w.person()
    facts, fields = MESSAGE_GENRES[i % len(MESSAGE_GENRES)](w, pt)
    rest = facts[1:]
    w.r.shuffle(rest)
    facts = [facts[0], *rest]
    for _ in range(w.r.randint(1, 2)):
        facts.insert(w.r.randint(1, len(facts)), extra_fact(w, pt))
    d = Doc()
    lay = w.r.randrange(7)
    staff = w.person()
    if lay == 0:  # chat
        who_pt = w.name_text(pt, w.c(("g", "gs", "caps", "lower")))
        desk = w.c(("Chair desk", "Front desk", "Scheduler", "Care team", "Nurse line", "Intake"))
        h, m = w.r.randint(7, 11), w.r.randint(0, 35)
        for f in facts:
            d.add(f"[{h}:{m:02d} AM] ", P("NAME", who_pt), ": ", *say(f), "\n")
            m += w.r.randint(0, 2)
            if w.chance(0.35):
                d.add(f"[{h}:{m:02d} AM] ", desk, ": ", w.c(("ok", "got it", "checking", "one moment", "noted")), "\n")
        d.add(f"[{h}:{m + 1:02d} AM] ", desk, ": thanks, noted by ", w.name(staff, "inits"))
    elif lay == 1:  # forwarded e-mail with a quoted reply
        d.add(
            "From: ",
            w.email(pt),
            "\nSent: ",
            w.date(style="wmdy"),
            " ",
            w.clock(),
            "\nTo: ",
            w.email(staff),
            "\nSubject: ",
            w.c(("question", "re: appt", "FW: request", "forms")),
            "\n\n",
        )
        half = max(1, len(facts) // 2)
        for f in facts[:half]:
            d.add(*say(f), " ")
        d.add("\n\nThank you,\n", w.name(pt, w.c(("gs", "gms", "caps"))), "\n\n")
        d.add("> On ", w.date(style="bdy"), ", ", w.name(staff, "gs"), " wrote:\n")
        for f in facts[half:]:
            d.add("> ", *say(f), "\n")
    elif lay == 2:  # key: value / tab form
        tab = w.chance(0.5)
        for k, v in fields:
            d.add(k, "\t" if tab else ": ", *v, "\n")
        d.add("Notes", "\t" if tab else ": ", *say(facts[0]), " ", *say(facts[1]), "\n")
        d.add("Taken by", "\t" if tab else ": ", w.name(staff, "inits"), " ", w.clock())
    elif lay == 3:  # bullets or numbered
        d.add("Hi ", w.titled(staff)[0], w.name(staff, "s"), ",\n")
        num = w.chance(0.5)
        for j, f in enumerate(facts):
            d.add(f"{j + 1}. " if num else w.c(("- ", "* ")), *say(f), "\n")
        d.add("-- ", w.name(pt, "inits"))
    elif lay == 4:  # pipe table
        d.add("| Field | Value |\n")
        for k, v in fields:
            d.add("| ", k, " | ", *v, " |\n")
        d.add(*say(facts[0]), " ", *say(facts[-1]))
    elif lay == 5:  # header columns separated by runs of spaces
        d.add("Name: ", w.name(pt, "SG"), "    MRN: ", w.mrn(), "    DOB: ", w.dob(pt), "\n")
        for f in facts:
            d.add(*say(f), "\n")
        d.add("-", w.name(staff, "inits"))
    else:  # portal message
        d.add(w.c(("hello", "Hi", "Good morning", "To the team")), ",\n")
        for f in facts:
            d.add(*say(f), " ")
        d.add("\n", w.c(("Thanks", "Obrigado", "Gracias", "Bayarlalaa")), ", ", w.name(pt, w.c(("gs", "g", "gms"))))
    u = w.r.random()
    case = "upper" if u < 0.05 else "lower" if u < 0.1 else ""
    return d, case


# ---------------------------------------------------------------- clinical genres
def c_sim(w: W) -> list:
    return [
        "CT simulation for radiation planning. Immobilization: thermoplastic mask, ",
        K("model", "Klarity"),
        " headrest. Scanned on ",
        K("maker", "Varian"),
        " ",
        K("model", "TrueBeam"),
        " planning CT 2 mm slices. ",
        "Dx ",
        w.icd(),
        ". Codes ",
        K("code", "77280"),
        ", ",
        K("code", "77334"),
        ". Three tattoos placed. ",
        "Physician ",
        *w.cred(("MD",)),
        "; dosimetry ",
        *w.cred(("CMD",)),
        ". ",
        K("department", "Radiation Oncology"),
        ".\n",
    ]


def c_stoma(w: W) -> list:
    return [
        "WOC nursing consult: new end ileostomy, stoma 32 mm round, budded 1 cm, peristomal skin intact. ",
        "Pouch ",
        K("maker", "Coloplast"),
        " ",
        K("model", "SenSura Mio"),
        " lot ",
        w.lot(),
        ", barrier ring. ",
        "Dx ",
        w.icd(),
        ", ",
        K("code", "A5063"),
        ". Taught ",
        w.kin(),
        " emptying at ",
        w.clock(),
        ". ",
        K("drug", "loperamide 2 mg"),
        " PRN.\n",
    ]


def c_fees(w: W) -> list:
    return [
        "FEES (fiberoptic endoscopic evaluation of swallowing) with ",
        K("maker", "Olympus"),
        " ",
        K("model", "ENF-V3"),
        ". Thin liquids: ",
        K("eponym", "Rosenbek"),
        " PAS 7, silent aspiration. ",
        "Puree: PAS 1. Codes ",
        K("code", "92612"),
        ", ",
        w.icd(),
        ". Recommend ",
        K("eponym", "Mendelsohn"),
        " maneuver. ",
        K("department", "Speech-Language Pathology"),
        ".\n",
    ]


def c_ofc(w: W) -> list:
    return [
        "Oral food challenge to baked egg, graded doses every 15 min from ",
        w.clock(),
        " to ",
        w.clock(),
        ". ",
        "Cumulative 4 g protein, no reaction. ",
        K("code", "95076"),
        ", ",
        w.icd(),
        ". ",
        K("drug", "epinephrine 0.3 mg"),
        " at bedside, ",
        K("drug", "cetirizine 10 mg"),
        " not needed. ",
        K("department", "Allergy and Immunology"),
        ".\n",
    ]


def c_cryo(w: W) -> list:
    return [
        "Cryotherapy with liquid nitrogen to 6 seborrheic keratoses and 2 verrucae, two freeze-thaw cycles. ",
        "Dx ",
        w.icd(),
        ", ",
        w.icd(),
        "; ",
        K("code", "17110"),
        ". ",
        K("maker", "Brymill"),
        " ",
        K("model", "Cry-Ac"),
        ". ",
        K("eponym", "Koebner"),
        " phenomenon discussed. ",
        K("department", "Dermatology"),
        ".\n",
    ]


def c_visco(w: W) -> list:
    return [
        "Right knee viscosupplementation, ultrasound guided, superolateral approach. ",
        K("drug", "Synvisc-One 48 mg/6 mL"),
        " lot ",
        w.lot(),
        ", ",
        K("drug", "lidocaine 1% 3 mL"),
        ". ",
        K("eponym", "Kellgren-Lawrence"),
        " grade 3, ",
        K("eponym", "Lachman"),
        " negative. ",
        K("code", "20610"),
        ", ",
        K("code", "J7325"),
        ", ",
        w.icd(),
        ".\n",
    ]


def c_ep(w: W) -> list:
    return [
        "Electrophysiology study: baseline AH 92 ms, HV 48 ms. ",
        K("eponym", "Wenckebach"),
        " point 400 ms. ",
        "Typical AVNRT induced, slow pathway ablation with ",
        K("maker", "Biosense Webster"),
        " ",
        K("model", "CARTO 3"),
        ". QTc by ",
        K("eponym", "Bazett"),
        " 438 ms. Codes ",
        K("code", "93653"),
        ", ",
        K("code", "93620"),
        ", ",
        w.icd(),
        ". ",
        K("department", "Electrophysiology"),
        ".\n",
    ]


def c_breast(w: W) -> list:
    return [
        "Stereotactic breast biopsy, left upper outer quadrant calcifications, ",
        K("code", "BI-RADS 4B"),
        ". ",
        K("maker", "Hologic"),
        " ",
        K("model", "Brevera"),
        " 9 gauge, 6 cores, clip placed. ",
        K("drug", "lidocaine 1% with epinephrine 10 mL"),
        ". ",
        K("code", "19081"),
        ", ",
        w.icd(),
        ". ",
        K("department", "Breast Imaging"),
        ".\n",
    ]


def c_nail(w: W) -> list:
    return [
        "Partial nail avulsion with chemical matrixectomy, left hallux medial border, phenol 89% x 3 applications. ",
        K("eponym", "Winograd"),
        " technique not used. Digital block ",
        K("drug", "lidocaine 2% 3 mL"),
        ". ",
        K("code", "11750"),
        ", ",
        w.icd(),
        ". ",
        K("department", "Podiatry"),
        ".\n",
    ]


def c_snf(w: W) -> list:
    return [
        "SNF admission after hospital stay for ",
        w.icd(),
        ". ",
        K("eponym", "Braden"),
        " 14, ",
        K("eponym", "Morse"),
        " fall score 55. Meds: ",
        K("drug", "apixaban 2.5 mg BID"),
        ", ",
        K("drug", "metoprolol succinate 25 mg"),
        ". ",
        K("code", "99304"),
        ". ",
        K("department", "Geriatrics"),
        ".\n",
    ]


def c_slt(w: W) -> list:
    return [
        "Selective laser trabeculoplasty OD, 360 degrees, 100 spots, 0.8 mJ, ",
        K("maker", "Lumenis"),
        " ",
        K("model", "Selecta Duet"),
        ". Angle open ",
        K("eponym", "Shaffer"),
        " grade 4; IOP by ",
        K("eponym", "Goldmann"),
        " 24 before, 17 after. ",
        K("drug", "brimonidine 0.1%"),
        " pre-op. ",
        K("code", "65855"),
        ", ",
        w.icd(),
        ".\n",
    ]


def c_prostate(w: W) -> list:
    return [
        "Transrectal ultrasound guided prostate biopsy, 12 cores, volume 42 mL, ",
        K("maker", "BK Medical"),
        " probe. ",
        "PSA 7.8. Prior ",
        K("eponym", "Gleason"),
        " 3+3. ",
        K("drug", "ciprofloxacin 500 mg"),
        " prophylaxis. ",
        K("code", "55700"),
        ", ",
        K("code", "76872"),
        ", ",
        w.icd(),
        ". ",
        K("department", "Urology"),
        ".\n",
    ]


CLINICAL_GENRES = (c_sim, c_stoma, c_fees, c_ofc, c_cryo, c_visco, c_ep, c_breast, c_nail, c_snf, c_slt, c_prostate)


def section(w: W, k: int, pt: Person) -> list:
    t = w.town()
    return [
        [
            "REGISTRATION: ",
            *w.full_address(),
            "; tel ",
            w.phone(area=t[3]),
            "; SSN ",
            w.ssn(),
            "; ",
            w.insurer(),
            " ",
            w.plan(),
            "\n",
        ],
        ["Ride home: ", *w.kin_name(), ", ", w.phone(), ", plate ", w.plate(), ", to ", *w.full_address(), "\n"],
        ["Portal access: ", w.email(pt), " from ", w.ip(), ", ", w.url(), "\n"],
        ["cc: ", *w.cred(("MD", "NP", "DO")), ", ", w.facility(), ", fax ", w.phone("FAX"), ", ", w.email(), "\n"],
        [
            "Equipment on file: ",
            w.c(("walker", "CPAP", "hearing aid", "glucose sensor")),
            " SN ",
            w.serial(),
            "; phone IMEI ",
            w.imei(),
            "; home hub ",
            w.ip(),
            "\n",
        ],
        [
            "Billing: acct ",
            w.account(),
            ", claim ",
            P("ID", f"CLM-{w.digits(3)}-{w.digits(6)}"),
            ", ",
            w.insurer(),
            " ",
            w.plan(),
            ", guarantor SSN ",
            w.ssn(),
            "\n",
        ],
        [
            "INTERPRETER: ",
            w.c(("Kriolu", "Kichwa", "Mongolian", "Rhade", "Jarai", "Spanish")),
            ", ",
            w.name(form="gs"),
            " ",
            P("ID", f"INT-{w.digits(5)}"),
            " via ",
            P("FACILITY", "Ayllu Medical Interpreters"),
            "\n",
        ],
        [
            "Emergency contact: ",
            *w.kin_name("gms"),
            " (",
            w.age_old(),
            ") ",
            w.phone(),
            "; family in ",
            *w.family_abroad(pt),
            "\n",
        ],
        [
            "Addendum ",
            w.date(),
            " ",
            w.clock(),
            ": results called to ",
            w.titled(),
            ", ",
            w.phone(),
            "; images ",
            w.url(),
            "\n",
        ],
        [
            "Records from: ",
            w.facility(),
            " MRN ",
            w.mrn(),
            ", ",
            w.date(),
            ", fax ",
            w.phone("FAX"),
            ", acct ",
            w.account(),
            "\n",
        ],
        [
            "Transport: ",
            P("FACILITY", "Kestrel Medical Transport"),
            " van ",
            w.plate(),
            ", VIN ",
            w.vin(),
            ", driver lic ",
            w.dl(),
            "\n",
        ],
        [
            "Visitors: ",
            w.name(form="gs"),
            " and ",
            w.name(form="SG"),
            "; prescriber DEA ",
            w.dea(),
            " lic ",
            w.prof_license(),
            "\n",
        ],
    ][k]


def clinical(w: W, i: int) -> tuple[Doc, str]:
    pt = w.person()
    d = Doc()
    hdr = w.r.randrange(4)
    old = w.chance(0.2)
    age: list = [w.age_old()] if old else [str(w.r.randint(19, 88))]
    if hdr == 0:
        d.add(
            "PATIENT: ",
            w.name(pt, w.c(("SG", "caps", "sg"))),
            "   MRN: ",
            w.mrn(),
            "   DOB: ",
            w.dob(pt, old),
            "   Age: ",
            *age,
            "\n",
        )
    elif hdr == 1:
        d.add("Pt name: ", w.name(pt, "sg"), "\tMRN\t", w.mrn(), "\tDOS\t", w.date(), "\n")
    elif hdr == 2:
        d.add(
            "| Patient | MRN | DOB | Age |\n| ",
            w.name(pt, "SG"),
            " | ",
            w.mrn(),
            " | ",
            w.dob(pt, old),
            " | ",
            *age,
            " |\n",
        )
    else:
        d.add(
            "Seen today: ",
            w.name(pt, "gms"),
            " (MRN ",
            w.mrn(),
            "), ",
            *age,
            " years old, at ",
            w.facility(),
            " on ",
            w.date(style=w.c(("wmdy", "wBd", "wmd"))),
            ".\n",
        )
    d.add("Referring: ", w.titled(), "; ", w.dept(), ".\n")
    d.add(*CLINICAL_GENRES[i % len(CLINICAL_GENRES)](w))
    if w.chance(0.35):
        tab = w.chance(0.5)
        rows = [("Time", "Step"), (w.clock(), "time-out"), (w.clock(), "procedure"), (w.clock(), "recovery")]
        for a, b in rows:
            d.add(f"{a}\t{b}\t{w.c(('ok', 'done', '-'))}\n" if tab else f"| {a} | {b} |\n")
    if w.chance(0.45):
        items = [["Return ", w.date(style=w.c(("md", "wmd", "Bd", "ord"))), " at ", w.clock()],
                 ["Questions: ", w.phone(), " or ", w.email()], ["Device check, SN ", w.serial()],
                 ["Follow up with ", w.titled(), " at ", w.facility()]]  # fmt: skip
        num = w.chance(0.5)
        d.add("Plan:\n")
        for j, it in enumerate(w.r.sample(items, w.r.randint(2, 3))):
            d.add(f"{j + 1}. " if num else "- ", *it, "\n")
    ks = w.r.sample(range(12), w.r.randint(1, 3))
    for k in ks:
        d.add(*section(w, k, pt))
    who = w.person()
    d.add(
        "Electronically signed by ",
        *w.cred(("MD", "DO", "NP", "PA-C", "DPM", "CWOCN", "CCC-SLP"), who),
        " on ",
        w.date(style=w.c(("mdy", "iso", "dmony"))),
        " ",
        w.clock(),
    )
    if w.chance(0.3):
        d.add(" (", w.name(who, "inits"), ")")
    return d, ""


# ---------------------------------------------------------------- rows
def generate(family: str, n: int, seed: int) -> list[dict]:
    if family not in FAMILIES:
        raise ValueError(family)
    w = W(random.Random(f"eval20-{family}-{seed}"))
    rows: list[dict] = []
    seen: set[str] = set()
    i = 0
    while len(rows) < n:
        d, case = (message if family == "messages" else clinical)(w, len(rows))
        text, phi, keep = d.render(case)
        i += 1
        bad = leaks(text, phi)
        if bad:
            raise AssertionError((family, len(rows), bad, text))
        if text in seen or (family == "clinical" and not 150 <= len(text) <= 1500):
            continue
        seen.add(text)
        rows.append({"id": f"eval20-{family}-{len(rows)}", "family": family, "text": text, "phi": phi,
                     "keep": list(keep), "keep_kinds": keep})  # fmt: skip
    return rows


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--family", choices=FAMILIES, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args(argv)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(dumps(generate(a.family, a.n, a.seed)), encoding="utf-8")


if __name__ == "__main__":
    main()
