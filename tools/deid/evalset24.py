"""Twenty-fourth independent de-identification evaluation set (eval24): itemized bill requests to
patient financial services (account and claim numbers, CPT and HCPCS lines in `|` tables, quoted
replies, forwarded-mail headers), milk bank donor screening messages (donor numbers, breast pump makers, models and serials), parking validation requests (plates, VINs, garage badge numbers, all-capital texts),
workplace flu clinic rosters (tab tables of employees, badge numbers, vaccine lots kept as codes),
grief group sign-ups (bullets, relatives over 90, chat lines with clock times), implant card requests
(implant serials, makers and model numbers, header columns set apart by spaces), well water test
questions (sample IDs, addresses, lower-case texts), loaner blood pressure cuff check-outs (cuff serials,
numbered steps), cranial prosthesis (wig) claims (HCPCS A9282, member IDs, signatures with initials)
and lost denture reports (denture labels, room numbers that are not PHI, case numbers) (`messages`); and
keloid injections, capsule endoscopies, incision and drainage of abscesses, platelet-rich plasma
injections, sebaceous cyst excisions, subungual hematoma trephinations, infantile hemangioma
propranolol starts and fiberglass cast applications (`clinical`; 150-1,500 characters). Each genre
occurs equally often (thirty rows per genre in `messages`, fifteen in `clinical`, in turn). About one
message in twenty is all capitals and one in twenty all lower case. Every clinical note has a header
(PATIENT:, Pt name:, a `|` table or an "(MRN ..." sentence), one to three sections that carry further
identifiers (``SECTION_LABELS``) and a signature line ("Electronically signed by", "Signed:", "Attested
by" or "e-signed"), some with a DEA number and an NPI.

Written by a writer who read only `tests/deid/evalset_checks.py`, `tests/deid/test_evalset23.py`,
`tests/deid/conftest.py`, `tests/deid/test_evalset_generators.py`, the module docstrings of
`tools/deid/evalset3.py` ... `tools/deid/evalset23.py` (nothing below them), the API (signatures and
docstrings) of `tools/deid/faker_tables.py` and `medcode/deid/types.py`, `datasets/deid/README.md` and
the ruff and mypy sections of `pyproject.toml`. evalset23 was imported only to list the names of its
public objects, the signatures of `generate`, `dumps`, `provenance_problems` and `main` and the values
of `KEEP_KINDS`, `FAMILIES`, the genre tuples and `SECTION_LABELS`; none of its code was read. None of
the de-identifier's rules, recognizers, lexicons, keep lists, models or engine, none of the other
generators' code and none of the sets under `datasets/` or `build/` were read. The de-identifier was
never run on this text.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters them.
This family brings text shapes, values and names nobody tuned on, and many keep terms (device makers
and model numbers, regional Blue plans, Medicaid managed-care plans, health-care sharing ministries,
eponyms some of which are surnames or towns, departments, drugs and codes) written in varied ways, to
measure over-redaction.

Locales: none. ``NAME_LOCALES``, ``CITY_LOCALES``, ``ORG_LOCALES``, ``LOCALES`` and ``FAKER_TABLES``
are empty and ``provenance_problems()`` returns []. Names come from hand-written lists of three naming
cultures no earlier family used, in the Latin spellings met on US papers, with variants: Iu Mien
(families from Laos and the Thai camps in Oakland, Sacramento, Redding and Portland: clan surnames
with the "Sae" prefix written joined, spaced or hyphenated, "Saechao" / "Sae Chao" / "Sae-Chao",
"Saeteurn" / "Saetern", "Saephan" / "Saefan"; given names of one or two syllables written as one or
two words, "Nai Fin" / "Naifin", "Kao Chiem"; papers from the camps write the surname first,
"SAECHAO Kae Fou"), Old Order Amish and Mennonite (families in Lancaster County, Holmes County and
LaGrange County: few surnames shared by many, "Stoltzfus" / "Stoltzfoos" / "Stolzfus", "Beiler" /
"Byler", "Zook" / "Zug", "Hochstetler" / "Hostetler", so a middle initial (the mother's maiden name)
and a nickname tell people apart, 'Amos S. Beiler', 'Eli "Red Eli" Yoder'; short forms "Lizzie",
"Mattie", "Benuel" / "Ben") and Aymara (Bolivian and Peruvian families in Arlington, Falls Church,
Woodbridge and Paterson: Spanish given names and two surnames, the father's then the mother's,
"Teodora Mamani Condori", which a registrar may split, "CONDORI, Teodora Mamani", or hyphenate,
"Mamani-Condori"; "Condori" / "Kunturi" / "Condory", "Huanca" / "Wanka", "Apaza" / "Apasa",
"Callisaya" / "Kallisaya"; Aymara given names "Wara", "Amaru"; day-first dates from Bolivian papers,
"14/03/1957"). Words for relatives used instead of a name (``KIN_WORDS``: Pennsylvania Dutch "Mammi",
"Dawdi", "Mamm", "Daed"; Aymara "Tayka", "Awki", "Awicha", "Achachila") are not PHI, nor are titles
("Dr.", "Mr.", "Mrs.", "Ms.", "Bishop", "Deacon", "Don", "Dona", "Coach"). Towns come from hand-written
lists (``US_TOWNS`` with state, ZIP and area code; ``ABROAD_TOWNS`` in Bolivia, Peru, Laos and
Thailand), as do streets, facilities, insurers, makers and models. Numbers, dates, codes and
identifiers come from this module's own seeded ``random.Random``; no Faker is used, so a seed
reproduces its file byte for byte. All text is ASCII.

Annotation conventions (the 18 Safe Harbor identifiers as the project's PHI types): NAME is a person's
name as written, one span: "Given Surname", "Given M. Surname", "Given Surname Second", "Given
Surname-Second", "SURNAME, Given", "SURNAME Given", 'Given "Nick" Surname', all capitals, all lower
case, a given name or a surname alone, and two to four capital initials that sign a message or a note
("-- KSB"). Titles stay outside the span, as do credentials (", MD", ", DO", ", NP", ", PA-C", ", RN",
", LPN", ", IBCLC", ", CMA", ", RRT", ", CDT", ", CPC"), a possessive "'s" and kinship words. An e-mail
address is EMAIL even when it holds a name. DATE is every date element more specific than a year, one
span with its year if it has one and with a weekday written next to it ("03/14/2025", "3/14/25",
"2025-03-14", "14-Mar-2025", "Mar 14, 2025", "March 14, 2025", "14 March 2025", "March 2025", "3/14",
"Mar 14", "March 14th", "Fri 3/14", "Friday, March 14, 2025", and day first from papers abroad,
"14/03/1957"). Clock times, durations, doses and room numbers are not PHI. AGE is PHI only when 90 or
more, the number or the words alone ("96", "ninety-four", "one hundred and one"); younger ages stay
in the text unannotated. LOCATION is a town or city (US or abroad); states and countries are not PHI.
ADDRESS is the street line with its unit or a PO Box; ZIP is a US ZIP with its +4 when written. PHONE
and FAX include "+1", "1-", an extension and the country codes "+591", "+51" and "+66"; a number
labelled fax is FAX. EMAIL, URL (with "https://") and IP (IPv4 or IPv6) are whole tokens. SSN in any of
its shapes. MRN is a medical record number: 8 or 9 digits, its last a Luhn check digit, sometimes a
hyphen after the first two. ACCOUNT is a billing, guarantor or pharmacy account or a payment card (16
digits, Luhn). HEALTH_PLAN is a member, Medicaid or Medicare (MBI) number or a sharing-ministry member
number. LICENSE is a driver's licence (PA, OH, IN, CA, VA, OR shapes) or a DEA registration (its check
digit right). VEHICLE is a plate or a VIN (its check digit right). DEVICE is the serial number of a
device a patient uses or carries (implant, breast pump, blood pressure cuff, home sleep test, capsule
recorder) or a phone IMEI (Luhn). ID is every other identifying number: claim, donor, sample, roster
badge, garage ticket, group registration, denture label, case and accession numbers, and NPIs (Luhn
with the 80840 prefix). FACILITY is every organisation named (hospitals, clinics, pharmacies, labs,
employers, churches, funeral homes, wig salons), one span. Not PHI and kept (``keep``, kinds in
``KEEP_KINDS``): drugs with their doses (drug); ICD-10-CM codes, CPT-shaped numbers, HCPCS codes, NDC
codes and lot numbers (code); makers (maker); model names and model numbers (model); insurers, Medicaid
plans and health-care sharing ministries (insurer); eponyms, the name only, some of them surnames or
towns ("Jones", "Smith", "Bennett", "Colles", "Hutchinson", "Lewis", "Bristol", "Vancouver", "Whipple",
"Parkinson", "Bell") (eponym) and departments (department). No keep term ever occurs inside a PHI span
(a term that does in some row is left out of that row's list).

    python -m tools.deid.evalset24 --family messages --n 300 --seed 4801 --out datasets/deid/eval24_messages.jsonl
    python -m tools.deid.evalset24 --family clinical --n 120 --seed 4802 --out datasets/deid/eval24_clinical.jsonl

Seeds 4901 / 4902 are reserved for tuning (``--out build/deid-fresh/...``); keep the two committed
files for measurement.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

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


# ---------------------------------------------------------------- names (each entry: its spellings)
MN_GIVEN_F = (("Nai Fin", "Naifin"), ("Meuy",), ("Kae Chiem", "Kaechiem"), ("Lai",), ("Fin Chio", "Finchio"),
              ("Ay Chong", "Aychong"), ("Mey Lin", "Meylin"), ("Nai Kouei",), ("Chiem",), ("Lisa",), ("Tiffany",),
              ("Muang",), ("Kao Fin",), ("Sarn",))  # fmt: skip
MN_GIVEN_M = (("Kao Chiem", "Kaochiem"), ("Fou Seng", "Fouseng"), ("Lo Kouei", "Lokouei"), ("Chan Ching",),
              ("Seng",), ("Kouichoy",), ("Tsan",), ("Yao Chan",), ("Nai Seng",), ("Jimmy",), ("Kevin",),
              ("Kae Fou",), ("Sio",), ("Orn",))  # fmt: skip
MN_SURNAMES = (("Saechao", "Sae Chao", "Sae-Chao"), ("Saeteurn", "Saetern", "Sae-Teurn"), ("Saephan", "Saefan"),
               ("Saelee", "Sae Lee", "Sae-Lee"), ("Saefong", "Sae Fong"), ("Saelio", "Sae Lio"), ("Saechin",),
               ("Saeyang", "Sae Yang"), ("Saetang",), ("Saelaw", "Sae Law"))  # fmt: skip
AM_GIVEN_F = (("Sadie",), ("Rebecca", "Becky"), ("Katie",), ("Annie",), ("Elizabeth", "Lizzie"), ("Martha", "Mattie"),
              ("Fannie",), ("Malinda",), ("Naomi",), ("Lydia",), ("Barbara", "Barbie"), ("Susie",), ("Emma",),
              ("Ada",), ("Miriam",), ("Esther",))  # fmt: skip
AM_GIVEN_M = (("Amos",), ("Jonas",), ("Eli",), ("Levi",), ("Elam",), ("Moses", "Mose"), ("Menno",),
              ("Christian", "Christ"), ("Jacob", "Jake"), ("Samuel", "Sam"), ("Benuel", "Ben"), ("Ephraim",),
              ("Reuben",), ("Abner",), ("Enos",), ("Aaron",))  # fmt: skip
AM_SURNAMES = (("Stoltzfus", "Stoltzfoos", "Stolzfus"), ("Yoder",), ("Beiler", "Byler"), ("King",),
               ("Fisher", "Fischer"), ("Lapp",), ("Esh", "Esch"), ("Zook", "Zug"), ("Glick",),
               ("Troyer", "Treyer"), ("Hochstetler", "Hostetler", "Hochstettler"), ("Schlabach", "Slabaugh"),
               ("Hershberger", "Harshberger"), ("Mast",), ("Bontrager", "Bontreger"), ("Petersheim",),
               ("Riehl", "Riehle"), ("Smucker", "Smoker"), ("Ebersol", "Ebersole"))  # fmt: skip
AY_GIVEN_F = (("Teodora",), ("Juana",), ("Benedicta",), ("Eulogia",), ("Wara",), ("Justina",), ("Felicidad",),
              ("Remedios",), ("Basilia",), ("Gregoria",), ("Paulina",), ("Phaxsi", "Paxi"))  # fmt: skip
AY_GIVEN_M = (("Feliciano",), ("Gregorio",), ("Rufino",), ("Celestino",), ("Nicanor",), ("Isidro",),
              ("Marcelino",), ("Sabino",), ("Amaru",), ("Eusebio",), ("Facundo",), ("Wilfredo",))  # fmt: skip
AY_SURNAMES = (("Mamani", "Mamany"), ("Condori", "Kunturi", "Condory"), ("Choque", "Chuqui"), ("Huanca", "Wanka"),
               ("Apaza", "Apasa"), ("Ticona", "Tikuna"), ("Limachi",), ("Callisaya", "Kallisaya"),
               ("Chambi", "Chambilla"), ("Tancara",), ("Colque", "Kolke"), ("Poma", "Puma"), ("Cusi", "Kusi"),
               ("Yujra", "Yujra Quispe"))  # fmt: skip
CULTURES = {
    "mien": (MN_GIVEN_F, MN_GIVEN_M, MN_SURNAMES),
    "amish": (AM_GIVEN_F, AM_GIVEN_M, AM_SURNAMES),
    "aymara": (AY_GIVEN_F, AY_GIVEN_M, AY_SURNAMES),
}
NICKS = ("Red", "Big", "Little", "Doc", "Shorty", "Buzz", "Jonny", "Tiny")
KIN_WORDS = ("Mammi", "Dawdi", "Mamm", "Daed", "Tayka", "Awki", "Awicha", "Achachila")
TITLES = ("Dr.", "Mr.", "Mrs.", "Ms.", "Bishop", "Deacon", "Don", "Dona", "Coach")
CREDENTIALS = ("MD", "DO", "NP", "PA-C", "RN", "LPN", "IBCLC", "CMA", "RRT", "CDT", "CPC")
CLIN_CREDS = ("MD", "DO", "NP", "PA-C")

# ---------------------------------------------------------------- places
US_TOWNS = (("Oakland", "CA", "946", "510"), ("Sacramento", "CA", "958", "916"), ("Redding", "CA", "960", "530"),
            ("Portland", "OR", "972", "503"), ("Gresham", "OR", "970", "971"), ("Gordonville", "PA", "175", "717"),
            ("Bird-in-Hand", "PA", "175", "717"), ("Ronks", "PA", "175", "717"), ("Millersburg", "OH", "446", "330"),
            ("Berlin", "OH", "446", "330"), ("Sugarcreek", "OH", "446", "330"), ("Shipshewana", "IN", "467", "260"),
            ("LaGrange", "IN", "467", "260"), ("Topeka", "IN", "465", "260"), ("Arlington", "VA", "222", "703"),
            ("Falls Church", "VA", "220", "703"), ("Woodbridge", "VA", "221", "571"), ("Paterson", "NJ", "075", "973"),
            ("Manassas", "VA", "201", "703"))  # fmt: skip
ABROAD_TOWNS = (("El Alto", "Bolivia", "+591"), ("Achacachi", "Bolivia", "+591"), ("Oruro", "Bolivia", "+591"),
                ("Juliaca", "Peru", "+51"), ("Puno", "Peru", "+51"), ("Luang Namtha", "Laos", "+66"),
                ("Houayxay", "Laos", "+66"), ("Chiang Kham", "Thailand", "+66"), ("Nan", "Thailand", "+66"))  # fmt: skip
STREETS = ("Old Philadelphia Pike", "Harvest Dr", "Leacock Rd", "Township Rd 606", "County Rd 77", "Fruitvale Ave",
           "International Blvd", "Stockton Blvd", "Columbia Pike", "Glebe Rd", "Lee Hwy", "Main St", "SE Division St",
           "N Van Buren St", "Mast Rd", "Peach Ln", "Quarry Rd", "Hollow Rd")  # fmt: skip
HOSPITALS = ("Penn Medicine Lancaster General Hospital", "Pomerene Hospital", "Parkview LaGrange Hospital",
             "Highland Hospital", "Sutter Medical Center", "Virginia Hospital Center", "St. Joseph's University Medical Center",
             "Mercy Medical Center Redding", "Adventist Health Portland", "Union Hospital of Dover")  # fmt: skip
CLINICS = ("Clinic for Special Children", "Asian Health Services", "Inova Cares Clinic", "Neighborhood Health",
           "Southeast Lancaster Health Services", "Holmes County General Health District", "Mien Community Clinic",
           "Arlington Free Clinic", "Bontrager Family Practice", "Westside Pediatrics of Paterson")  # fmt: skip
EMPLOYERS = ("Kauffman Pallet Co.", "Riehl Cabinetry", "Sugarcreek Woodcraft", "Dutch Valley Foods", "Lapp Harness Shop",
             "Fruitvale Nail Bar", "Zook Poultry Farm", "Mast Lumber LLC", "Columbia Pike Cleaners")  # fmt: skip
CHURCHES = ("Iu Mien Community Church", "Bethel Mennonite Church", "Iglesia Cristiana Aymara", "Mien Lao Baptist Church",
            "Woodbridge Bolivian Fellowship")  # fmt: skip
FUNERAL = ("Furman's Funeral Home", "Spindler Funeral Home", "Fruitvale Memorial Chapel", "Colonial Funeral Home")
SALONS = ("Hope Wig Boutique", "Crowning Glory Wigs", "Paulas Hair Restoration", "Beauty Within Salon")
PHARMACIES = ("Nissley Pharmacy", "Hometown Pharmacy of Berlin", "Fruitvale Rx", "Columbia Pike Apothecary")
LABS = ("Lancaster County Water Lab", "Holmes Environmental Testing", "ProWater Analytics", "Keystone Well Lab")
FACILITY_KINDS = (HOSPITALS, CLINICS, EMPLOYERS, CHURCHES, FUNERAL, SALONS, PHARMACIES, LABS)

# ---------------------------------------------------------------- keep terms
INSURERS = ("Geisinger Health Plan", "Highmark Blue Shield", "Capital Blue Cross", "UPMC for You",
            "Medical Mutual of Ohio", "CareSource", "Paramount Advantage", "Buckeye Health Plan",
            "Anthem HealthKeepers Plus", "Sentara Community Plan", "Aetna Better Health of Virginia",
            "Alameda Alliance for Health", "Western Health Advantage", "Partnership HealthPlan of California",
            "CareOregon", "Providence Health Plan", "MHS Indiana", "Amish Hospital Aid", "Christian Healthcare Ministries",
            "Samaritan Ministries", "Medi-Share", "Horizon NJ Health", "Horizon Blue Cross Blue Shield of New Jersey",
            "Health Net", "Medi-Cal", "Indiana Medicaid", "PA Medicaid")  # fmt: skip
INS_SHORT = {"Highmark Blue Shield": "HIGHMARK", "Capital Blue Cross": "CBC", "Christian Healthcare Ministries": "CHM",
             "Horizon Blue Cross Blue Shield of New Jersey": "Horizon BCBSNJ", "Medical Mutual of Ohio": "MedMutual"}  # fmt: skip
# (maker, model, device word, serial prefix)
DEVICES = (("Spectra Baby USA", "Spectra S1 Plus", "breast pump", "S1P"), ("Lansinoh", "Signature Pro", "breast pump", "LSP"),
           ("Omron Healthcare", "BP7450", "blood pressure cuff", "OM"), ("A&D Medical", "UA-651BLE", "blood pressure cuff", "AD"),
           ("Welch Allyn", "Connex Spot", "vitals monitor", "WA"), ("Itamar Medical", "WatchPAT ONE", "home sleep test", "WP"),
           ("Natus", "Embletta MPR", "home sleep test", "EMB"), ("Mentor", "MemoryGel Xtra", "breast implant", "MGX"),
           ("Allergan", "Natrelle Inspira", "breast implant", "NAT"), ("Zimmer Biomet", "Persona IQ", "knee implant", "PIQ"),
           ("Smith & Nephew", "Journey II BCS", "knee implant", "J2"), ("Stryker", "Triathlon", "knee implant", "TRI"),
           ("Given Imaging", "PillCam SB 3", "capsule recorder", "PC"), ("Olympus", "EC-10", "capsule recorder", "EC"),
           ("Arthrex", "Angel", "PRP centrifuge", "ANG"), ("EmCyte", "PurePRP SP", "PRP centrifuge", "EMC"),
           ("BSN medical", "Delta-Cast Conformable", "cast", "BSN"), ("Essity", "Leukotape", "tape", "ESS"))  # fmt: skip
DRUGS = ("triamcinolone acetonide 40 mg/mL", "Kenalog-10", "propranolol 1 mg/kg/day", "Hemangeol 4.28 mg/mL",
         "simethicone 80 mg", "polyethylene glycol 3350", "cephalexin 500 mg", "doxycycline 100 mg",
         "sulfamethoxazole-trimethoprim 800-160 mg", "lidocaine 1% with epinephrine", "bupivacaine 0.5%",
         "ibuprofen 600 mg", "domperidone 10 mg", "amlodipine 5 mg", "losartan 50 mg", "chlorthalidone 12.5 mg",
         "Fluzone High-Dose", "Flublok", "Flucelvax", "Fluad", "sertraline 50 mg", "trazodone 50 mg",
         "mupirocin 2% ointment", "acetaminophen 650 mg", "letrozole 2.5 mg", "paclitaxel", "docetaxel",
         "Fixodent", "chlorhexidine 0.12% rinse", "5-fluorouracil 50 mg/mL")  # fmt: skip
ICD = ("L91.0", "K92.2", "D50.0", "K50.00", "L02.413", "L72.3", "S60.011A", "D18.01", "S52.501A", "S92.351A",
       "M76.61", "M17.11", "L02.212", "Z12.11", "C50.911", "Z23", "Z63.4", "I10", "R03.0", "K08.109", "Z97.2",
       "O91.13", "Z39.1", "E03.9", "Z77.111", "Z96.651", "Z98.82")  # fmt: skip
CPT = ("11900", "11901", "91110", "10060", "10061", "0232T", "11403", "11740", "29075", "29425", "99213", "99214",
       "90662", "90674", "93784", "95806", "96127", "20610", "99203", "76942")  # fmt: skip
HCPCS = ("A9282", "J3301", "Q4012", "A4670", "E0603", "G0008", "Q2035", "E0604", "A4282", "J1885")
NDCS = ("0003-0293-05", "0003-0494-20", "70257-0110-01", "49281-0122-65", "33332-0124-10", "0093-3147-01")
EPONYMS_C = ("Vancouver", "Fitzpatrick", "Meckel", "Crohn", "Peutz-Jeghers", "Lewis", "Bristol", "Kanavel",
             "Fournier", "Lachman", "McMurray", "Baker", "Osgood-Schlatter", "Gardner", "Hutchinson", "Kasabach-Merritt",
             "PHACE", "Salter-Harris", "Colles", "Jones", "Bennett", "Smith", "Trendelenburg", "Valsalva",
             "Monteggia", "Galeazzi")  # fmt: skip
EPONYMS_M = ("Whipple", "Nissen", "Roux-en-Y", "Raynaud", "Guillain-Barre", "Parkinson", "Alzheimer", "Kubler-Ross",
             "Hashimoto", "Escherichia", "Korotkoff", "Cushing", "Hodgkin", "Burkitt", "Bell", "Sjogren",
             "Mallampati", "Cheyne-Stokes", "Pickwickian")  # fmt: skip
DEPARTMENTS = ("Patient Financial Services", "Lactation Services", "Parking and Transportation", "Employee Health",
               "Bereavement Services", "Health Information Management", "Sleep Disorders Center", "Orthopedics",
               "Sports Medicine", "Pediatric Dermatology", "Gastroenterology", "Environmental Health",
               "Oncology Support Services", "Dental Services", "Patient Relations", "Infection Prevention",
               "Surgical Services", "Wound Care")  # fmt: skip
SECTION_LABELS = ("Registration: ", "Guarantor: ", "Ride home: ", "Copies to: ", "Portal: ", "Implants on file: ",
                  "Emergency contact: ", "Outside records: ")  # fmt: skip
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip


# ---------------------------------------------------------------- the document being written
@dataclass
class Doc:
    text: str = ""
    phi: list[dict] = field(default_factory=list)
    keep: dict[str, str] = field(default_factory=dict)

    def t(self, s: str) -> Doc:
        self.text += s
        return self

    def p(self, kind: str, s: str) -> Doc:
        start = len(self.text)
        self.text += s
        self.phi.append({"start": start, "end": len(self.text), "type": kind})
        return self

    def k(self, kind: str, s: str) -> Doc:
        self.text += s
        self.keep.setdefault(s, kind)
        return self


@dataclass
class Person:
    given: str
    surname: str
    middle: str
    culture: str
    female: bool
    nick: str = ""

    def initials(self) -> str:
        parts = self.given.split() + ([self.middle] if self.middle else []) + self.surname.replace("-", " ").split()
        return "".join(p[0] for p in parts)[:4].upper()


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    # ---- people
    def person(self, culture: str | None = None) -> Person:
        r = self.r
        culture = culture or self.pick(tuple(CULTURES))
        gf, gm, sn = CULTURES[culture]
        female = r.random() < 0.5
        given = self.pick(self.pick(gf if female else gm))
        surname = self.pick(self.pick(sn))
        middle = ""
        if culture == "aymara" and " " not in surname and r.random() < 0.6:
            middle = self.pick(self.pick(sn))
            if middle == surname:
                middle = ""
        elif culture == "amish" and r.random() < 0.5:
            middle = self.pick("SBKFLEZGY") + "."
        nick = self.pick(NICKS) if culture == "amish" and r.random() < 0.15 else ""
        return Person(given, surname, middle, culture, female, nick)

    def name(self, p: Person, short: bool = False) -> str:
        r = self.r.random()
        if short:
            return p.given if r < 0.6 else p.surname
        if p.culture == "aymara" and p.middle:
            if r < 0.45:
                return f"{p.given} {p.surname} {p.middle}"
            if r < 0.6:
                return f"{p.given} {p.surname}-{p.middle}"
            if r < 0.8:
                return f"{p.middle.upper()}, {p.given} {p.surname}"
            return f"{p.surname.upper()} {p.middle.upper()}, {p.given}"
        if p.nick and r < 0.7:
            return f'{p.given} "{p.nick} {p.given.split()[0]}" {p.surname}'
        if p.culture == "amish" and p.middle and r < 0.6:
            return f"{p.given} {p.middle} {p.surname}"
        if p.culture == "mien" and r < 0.3:
            return f"{p.surname.upper()} {p.given}"
        if r < 0.75:
            return f"{p.given} {p.surname}"
        return f"{p.surname.upper()}, {p.given}"

    def cred(self, creds=CREDENTIALS) -> str:
        return self.pick(creds)

    # ---- dates and ages
    def day(self, lo: int = 2024, hi: int = 2026) -> date:
        return date(lo, 1, 1) + timedelta(days=self.r.randrange((date(hi, 12, 31) - date(lo, 1, 1)).days))

    def dob(self, old: bool = False) -> date:
        return date(1928 if old else 1940, 1, 1) + timedelta(days=self.r.randrange(6 * 365 if old else 20000))

    def fdate(self, d: date, year: bool = True, abroad: bool = False) -> str:
        if abroad:
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        m = MONTHS[d.month - 1]
        if not year:
            return self.pick((f"{d.month}/{d.day}", f"{m[:3]} {d.day}", f"{m} {d.day}",
                              f"{m} {d.day}{'th' if 4 <= d.day <= 20 or d.day % 10 > 3 or d.day % 10 == 0 else ('st', 'nd', 'rd')[d.day % 10 - 1]}",
                              f"{d.strftime('%a')} {d.month}/{d.day}", f"{d.strftime('%A')}, {m} {d.day}"))  # fmt: skip
        return self.pick((f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year % 100:02d}", d.isoformat(),
                          f"{d.day:02d}-{m[:3]}-{d.year}", f"{m[:3]} {d.day}, {d.year}", f"{m} {d.day}, {d.year}",
                          f"{d.day} {m} {d.year}", f"{d.strftime('%A')}, {m} {d.day}, {d.year}",
                          f"{d.strftime('%a')} {d.month:02d}/{d.day:02d}/{d.year}"))  # fmt: skip

    def old_age(self) -> str:
        n = self.r.randrange(90, 106)
        if self.r.random() < 0.25:
            return age_words(n)
        return str(n)

    # ---- numbers
    def digits(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def mrn(self) -> str:
        body = str(self.r.randrange(1, 10)) + self.digits(self.r.choice((6, 7)))
        s = body + luhn_digit(body)
        return f"{s[:2]}-{s[2:]}" if self.r.random() < 0.2 else s

    def npi(self) -> str:
        body = "1" + self.digits(8)
        return body + luhn_digit("80840" + body)

    def dea(self, surname: str) -> str:
        d = [self.r.randrange(10) for _ in range(6)]
        check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return self.pick("ABFM") + surname[0].upper() + "".join(map(str, d)) + str(check)

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        v = "".join(self.pick(chars) for _ in range(17))
        v = v[:8] + "0" + v[9:]
        return v[:8] + vin_check(v) + v[9:]

    def imei(self) -> str:
        body = "35" + self.digits(12)
        return body + luhn_digit(body)

    def card(self) -> str:
        body = "4" + self.digits(14)
        s = body + luhn_digit(body)
        return " ".join(s[i : i + 4] for i in range(0, 16, 4))

    def ssn(self) -> str:
        a = str(self.r.randrange(100, 899)).replace("666", "667")
        sep = self.pick(("-", "-", " ", ""))
        return f"{a}{sep}{self.r.randrange(10, 99)}{sep}{self.r.randrange(1000, 9999)}"

    def phone(self, town=None) -> str:
        area = town[3] if town else self.pick(US_TOWNS)[3]
        n = f"{self.r.randrange(200, 999)}-{self.digits(4)}"
        return self.pick((f"({area}) {n}", f"{area}-{n}", f"{area}.{n.replace('-', '.')}", f"+1 {area}-{n}",
                          f"1-{area}-{n}", f"({area}) {n} ext {self.r.randrange(10, 999)}"))  # fmt: skip

    def abroad_phone(self, code: str) -> str:
        if code == "+591":
            return f"+591 7{self.digits(3)} {self.digits(4)}"
        if code == "+51":
            return f"+51 9{self.digits(2)} {self.digits(3)} {self.digits(3)}"
        return f"+66 8{self.digits(1)} {self.digits(3)} {self.digits(4)}"

    def plate(self) -> str:
        return self.pick((f"{self.letters(3)}-{self.digits(4)}", f"{self.digits(3)} {self.letters(3)}",
                          f"{self.digits(1)}{self.letters(3)}{self.digits(3)}", f"U{self.digits(3)}{self.letters(2)}"))  # fmt: skip

    def letters(self, n: int) -> str:
        return "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    def licence(self) -> str:
        return self.pick((self.digits(8), f"{self.letters(2)}{self.digits(6)}", f"{self.digits(4)}-{self.digits(2)}-{self.digits(4)}",
                          f"{self.letters(1)}{self.digits(7)}", f"T{self.digits(8)}"))  # fmt: skip

    def member(self) -> str:
        mbi = f"{self.r.randrange(1, 9)}{self.letters(1)}{self.letters(1)}{self.digits(1)}-{self.letters(2)}{self.digits(1)}-{self.letters(2)}{self.digits(2)}"
        return self.pick((f"{self.letters(3)}{self.digits(9)}", f"W{self.digits(9)}", mbi, f"CHM-{self.digits(6)}",
                          f"{self.digits(11)}", f"M{self.digits(8)}01"))  # fmt: skip

    def account(self) -> str:
        return self.pick((self.digits(9), f"G{self.digits(8)}", f"PFS-{self.digits(7)}", self.card()))

    def serial(self, prefix: str) -> str:
        return f"{prefix}{self.digits(2)}{self.letters(1)}{self.digits(5)}"

    def ip(self) -> str:
        if self.r.random() < 0.2:
            return f"2600:1700:{self.r.randrange(4096, 65535):x}::{self.r.randrange(16, 4095):x}"
        return f"{self.pick((73, 98, 172, 68, 24))}.{self.r.randrange(256)}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"

    def email(self, p: Person) -> str:
        g = re.sub(r"[^a-z]", "", p.given.lower())
        s = re.sub(r"[^a-z]", "", p.surname.lower())
        return (
            self.pick((f"{g}.{s}", f"{g[0]}{s}{self.r.randrange(10, 99)}", f"{s}{g[:3]}"))
            + "@"
            + self.pick(("gmail.com", "yahoo.com", "outlook.com", "frontier.com", "comcast.net"))
        )

    def url(self) -> str:
        return f"https://{self.pick(('mychart', 'portal', 'pay', 'upload'))}.{self.pick(('lghealth', 'pomerenehosp', 'vhcmail', 'sutterpay', 'parkview'))}.org/{self.letters(2).lower()}{self.digits(6)}"

    def street(self) -> str:
        if self.r.random() < 0.12:
            return f"PO Box {self.r.randrange(10, 9999)}"
        s = f"{self.r.randrange(12, 9899)} {self.pick(STREETS)}"
        return s + (f" #{self.r.randrange(1, 40)}" if self.r.random() < 0.2 else "")

    def zip(self, town) -> str:
        z = town[2] + self.digits(2)
        return z + (f"-{self.digits(4)}" if self.r.random() < 0.2 else "")

    def fac(self, kinds=FACILITY_KINDS) -> str:
        return self.pick(self.pick(kinds))

    def insurer(self) -> str:
        ins = self.pick(INSURERS)
        if ins in INS_SHORT and self.r.random() < 0.4:
            return INS_SHORT[ins]
        return ins.upper() if self.r.random() < 0.1 else ins

    def lot(self) -> str:
        return f"{self.letters(self.r.choice((1, 2)))}{self.digits(self.r.choice((4, 5)))}"


def age_words(n: int) -> str:
    units = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    if n < 100:
        return "ninety" + (f"-{units[n - 90]}" if n > 90 else "")
    return "one hundred" + (f" and {units[n - 100]}" if n > 100 else "")


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def vin_check(vin: str) -> str:
    value = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9)))}
    value.update(dict(zip("JKLMN", range(1, 6))) | {"P": 7, "R": 9} | dict(zip("STUVWXYZ", range(2, 10))))
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    total = sum(value[c] * w for c, w in zip(vin, weights)) % 11
    return "X" if total == 10 else str(total)


# ---------------------------------------------------------------- shared pieces
def keep_codes(g: Gen, d: Doc, n: int = 2) -> None:
    """A short run of codes written as a coder would see them."""
    for i in range(n):
        d.t("; " if i else "")
        kind = g.r.randrange(4)
        if kind == 0:
            d.t("ICD-10 ").k("code", g.pick(ICD))
        elif kind == 1:
            d.t("CPT ").k("code", g.pick(CPT))
        elif kind == 2:
            d.t("HCPCS ").k("code", g.pick(HCPCS))
        else:
            d.t("NDC ").k("code", g.pick(NDCS))


def device_line(g: Gen, d: Doc, dev=None) -> tuple:
    maker, model, word, prefix = dev or g.pick(DEVICES)
    style = g.r.randrange(4)
    if style == 0:
        d.t("Device: ").k("maker", maker).t(" ").k("model", model).t(", SN ").p("DEVICE", g.serial(prefix))
    elif style == 1:
        d.t(f"the {word} is a ").k("maker", maker).t(" ").k("model", model).t(" (serial ").p(
            "DEVICE", g.serial(prefix)
        ).t(")")
    elif style == 2:
        d.t("Mfr: ").k("maker", maker.upper()).t(" | Model: ").k("model", model).t(" | S/N: ").p(
            "DEVICE", g.serial(prefix)
        )
    else:
        d.k("maker", maker).t("'s ").k("model", model).t(" ").t(word).t(" #").p("DEVICE", g.serial(prefix))
    return maker, model, word, prefix


def extra(g: Gen, d: Doc, who: Person) -> None:
    """One more identifier-bearing line, drawn from a pool that covers every Safe Harbor kind."""
    town = g.pick(US_TOWNS)
    c = g.r.randrange(15)
    if c == 0:
        d.t("Car: ").p("VEHICLE", g.plate()).t(" (").t(town[1]).t("), VIN ").p("VEHICLE", g.vin())
    elif c == 1:
        d.t(f"DL {town[1]} ").p("LICENSE", g.licence()).t(", SSN ").p("SSN", g.ssn())
    elif c == 2:
        d.t("sent from my phone, IMEI ").p("DEVICE", g.imei()).t(", IP ").p("IP", g.ip())
    elif c == 3:
        d.t("Link: ").p("URL", g.url()).t(" (opened from ").p("IP", g.ip()).t(")")
    elif c == 4:
        d.t("Acct ").p("ACCOUNT", g.account()).t(", fax ").p("FAX", g.phone(town))
    elif c == 5:
        d.t("Member ID ").p("HEALTH_PLAN", g.member()).t(" with ").k("insurer", g.insurer())
    elif c == 6:
        d.t("Mailing: ").p("ADDRESS", g.street()).t(", ").p("LOCATION", town[0]).t(f", {town[1]} ").p(
            "ZIP", g.zip(town)
        )
    elif c == 7:
        d.t("my ").t(g.pick(KIN_WORDS)).t(" is ").p("AGE", g.old_age()).t(" and lives in ").p("LOCATION", town[0])
    elif c == 8:
        d.t("email ").p("EMAIL", g.email(who)).t(" or call ").p("PHONE", g.phone(town))
    elif c == 9:
        ab = g.pick(ABROAD_TOWNS)
        d.t("family in ").p("LOCATION", ab[0]).t(f", {ab[1]}: ").p("PHONE", g.abroad_phone(ab[2]))
    elif c == 10:
        d.t("claim ").p("ID", f"CLM{g.digits(9)}").t(", ").p("FACILITY", g.fac())
    elif c == 11:
        d.t("MRN ").p("MRN", g.mrn()).t(", DOB ").p("DATE", g.fdate(g.dob()))
    elif c == 12:
        d.t("card on file ").p("ACCOUNT", g.card()).t(", ").k("department", g.pick(DEPARTMENTS))
    elif c == 13:
        d.t("ZIP ").p("ZIP", g.zip(town)).t(", plate ").p("VEHICLE", g.plate())
    else:
        d.t("Rx ").p("ID", f"{g.digits(7)}").t(" for ").k("drug", g.pick(DRUGS))


def sign(g: Gen, d: Doc, who: Person) -> None:
    s = g.r.randrange(4)
    if s == 0:
        d.t("\n-- ").p("NAME", who.initials())
    elif s == 1:
        d.t("\nThanks, ").p("NAME", g.name(who, short=True))
    elif s == 2:
        d.t("\n").p("NAME", g.name(who)).t("\n").p("PHONE", g.phone())
    else:
        d.t("\n- ").p("NAME", g.name(who))


def staff(g: Gen, d: Doc) -> Person:
    p = g.person()
    if g.r.random() < 0.5:
        d.t(g.pick(("Dr. ", "Ms. ", "Mr. ", "Coach ", "Deacon ")) if g.r.random() < 0.5 else "").p("NAME", g.name(p))
        d.t(", ").t(g.cred())
    else:
        d.t(g.pick(TITLES) + " ").p("NAME", p.surname if g.r.random() < 0.5 else g.name(p))
    return p


def quote(d: Doc, text: str) -> None:
    d.t("\n> " + text.replace("\n", "\n> "))


def hdr_cols(g: Gen, d: Doc, who: Person) -> None:
    d.t("Patient: ").p("NAME", g.name(who)).t(" " * g.r.randrange(4, 8)).t("MRN: ").p("MRN", g.mrn())
    d.t(" " * g.r.randrange(4, 7)).t("DOB: ").p("DATE", g.fdate(g.dob())).t("\n")


def chat(g: Gen, d: Doc, who: Person, lines: list[Callable[[Doc], None]]) -> None:
    h, m = g.r.randrange(7, 11), g.r.randrange(0, 50)
    them = g.person()
    for i, fn in enumerate(lines):
        speaker = who if i % 2 == 0 else them
        d.t(f"[{h}:{m:02d} AM] ").p("NAME", speaker.given.split()[0] if i % 2 == 0 else speaker.surname).t(": ")
        fn(d)
        d.t("\n")
        m += g.r.randrange(1, 4)


def mail_head(g: Gen, d: Doc, who: Person) -> None:
    d.t("From: ").p("EMAIL", g.email(who)).t("\nSent: ").p("DATE", g.fdate(g.day()))
    d.t(f" {g.r.randrange(1, 12)}:{g.r.randrange(60):02d} PM\nTo: ").k("department", g.pick(DEPARTMENTS)).t("\n")


# ---------------------------------------------------------------- message genres
def m_itemized(g: Gen, d: Doc, p: Person) -> None:
    fac = g.pick(HOSPITALS)
    if g.r.random() < 0.4:
        mail_head(g, d, p)
    d.t("Hello, I need an itemized bill for my stay at ").p("FACILITY", fac).t(" on ").p("DATE", g.fdate(g.day()))
    d.t(". Guarantor acct ").p("ACCOUNT", g.account()).t(", my plan is ").k("insurer", g.insurer()).t(".\n")
    d.t("| Code | Description | Charge |\n")
    for _ in range(3):
        d.t("| ").k("code", g.pick(CPT + HCPCS)).t(f" | line item | ${g.r.randrange(40, 4000)}.00 |\n")
    if g.r.random() < 0.5:
        d.t("I tried the pay site ").p("URL", g.url()).t(" but it shows nothing.\n")
    d.t("They billed a ").k("eponym", g.pick(EPONYMS_M)).t(" procedure I never had. ")
    quote(d, "Patient Financial Services: please allow 7-10 business days. Ref ")
    d.p("ID", f"PFS{g.digits(8)}")
    sign(g, d, p)


def m_milk(g: Gen, d: Doc, p: Person) -> None:
    d.t("Milk bank donor screening - donor # ").p("ID", f"D{g.digits(6)}").t("\n")
    d.t("Baby was born ").p("DATE", g.fdate(g.day(), year=g.r.random() < 0.5)).t(" at ").p(
        "FACILITY", g.pick(HOSPITALS)
    )
    d.t(". I take ").k(
        "drug", g.pick(("domperidone 10 mg", "sertraline 50 mg", "letrozole 2.5 mg", "ibuprofen 600 mg"))
    )
    d.t(" - is that ok for donating? I pump with a ")
    device_line(g, d, g.pick(DEVICES[:2]))
    d.t(". ").k("department", "Lactation Services").t(" said ask about ").k("eponym", "Raynaud").t(" too. ")
    d.t("Blood draw kit goes to ").p("ADDRESS", g.street()).t(".")
    sign(g, d, p)


def m_parking(g: Gen, d: Doc, p: Person) -> None:
    town = g.pick(US_TOWNS)
    d.t("Parking validation request\nGarage ticket: ").p("ID", f"T{g.digits(8)}").t("\nPlate: ").p("VEHICLE", g.plate())
    d.t(f" ({town[1]})\nVisit: ").p("DATE", g.fdate(g.day(), year=False)).t(", ").k("department", g.pick(DEPARTMENTS))
    d.t("\nMy husband sees the ").k("eponym", g.pick(("Parkinson", "Alzheimer"))).t(" team every week, ")
    d.t("can we get the monthly pass? Our van VIN is ").p("VEHICLE", g.vin()).t(".")
    sign(g, d, p)


def m_flu(g: Gen, d: Doc, p: Person) -> None:
    emp = g.pick(EMPLOYERS)
    d.t("Onsite flu clinic roster for ").p("FACILITY", emp).t(", ").p("DATE", g.fdate(g.day())).t("\n")
    d.t("Name\tBadge\tDOB\tVaccine\tLot\n")
    for _ in range(g.r.randrange(2, 4)):
        e = g.person()
        d.p("NAME", g.name(e)).t("\t").p("ID", f"B{g.digits(5)}").t("\t").p("DATE", g.fdate(g.dob()))
        d.t("\t").k("drug", g.pick(("Fluzone High-Dose", "Flublok", "Flucelvax", "Fluad"))).t("\t").k(
            "code", g.lot()
        ).t("\n")
    d.t("Billing ").k("code", "90662").t(" / ").k("code", "G0008").t(" to ").k("insurer", g.insurer()).t(". ")
    d.t("Anyone with ").k("eponym", "Guillain-Barre").t(" history goes to ").k("department", "Employee Health").t(".")
    sign(g, d, p)


def m_grief(g: Gen, d: Doc, p: Person) -> None:
    dead = g.person(p.culture)
    lines = [
        lambda x: x.t("hi, signing up for the grief group, my ").t(g.pick(KIN_WORDS)).t(" passed ").p("DATE", g.fdate(g.day(), year=False)),
        lambda x: x.t("so sorry. ").k("department", "Bereavement Services").t(" meets Tues, room 214"),
        lambda x: x.t("she was ").p("AGE", g.old_age()).t(", service at ").p("FACILITY", g.pick(FUNERAL)),
        lambda x: x.t("noted. the ").k("eponym", "Kubler-Ross").t(" handout is in the packet, group reg ").p("ID", f"GR-{g.digits(5)}"),
    ]  # fmt: skip
    chat(g, d, p, lines)
    d.t("- name of loved one: ").p("NAME", g.name(dead)).t("\n- best number: ").p("PHONE", g.phone()).t("\n")
    d.t("- church: ").p("FACILITY", g.pick(CHURCHES))


def m_implant(g: Gen, d: Doc, p: Person) -> None:
    hdr_cols(g, d, p)
    dev = g.pick(DEVICES[7:12])
    d.t("I lost my implant card and the MRI place wants it. Surgery was ").p("DATE", g.fdate(g.day(2015, 2023)))
    d.t(" at ").p("FACILITY", g.pick(HOSPITALS)).t(" with ").k(
        "department", "Orthopedics" if "knee" in dev[2] else "Surgical Services"
    )
    d.t(".\n")
    device_line(g, d, dev)
    d.t(". Code on my bill was ").k("code", g.pick(("Z96.651", "Z98.82", "27447", "19325"))).t(".")
    sign(g, d, p)


def m_well(g: Gen, d: Doc, p: Person) -> None:
    town = g.pick(US_TOWNS)
    d.t("question about our well water test. sample id ").p("ID", f"WS-{g.digits(6)}").t(" from ").p(
        "FACILITY", g.pick(LABS)
    )
    d.t(", collected ").p("DATE", g.fdate(g.day())).t(" at ").p("ADDRESS", g.street()).t(", ").p("LOCATION", town[0])
    d.t(f" {town[1]} ").p("ZIP", g.zip(town)).t(". nitrate 14 mg/L and ").k("eponym", "Escherichia").t(
        " coli positive. "
    )
    d.t("baby is on formula, is that the ").k("eponym", "Hashimoto").t(" thing or blue baby? ")
    d.t("we called ").k("department", "Environmental Health").t(".")
    sign(g, d, p)


def m_cuff(g: Gen, d: Doc, p: Person) -> None:
    d.t("Loaner cuff check-out\n1. Patient: ").p("NAME", g.name(p)).t(" DOB ").p(
        "DATE", g.fdate(g.dob(g.r.random() < 0.3))
    )
    d.t("\n2. ")
    device_line(g, d, g.pick(DEVICES[2:5]))
    d.t("\n3. Return by ").p("DATE", g.fdate(g.day(), year=False)).t(" to the front desk, deposit card ").p(
        "ACCOUNT", g.card()
    )
    d.t("\n4. Log readings twice daily; on ").k(
        "drug", g.pick(("amlodipine 5 mg", "losartan 50 mg", "chlorthalidone 12.5 mg"))
    )
    d.t(". ").k("eponym", "Korotkoff").t(" sounds reviewed, ").k("code", "A4670").t(" not covered by ").k(
        "insurer", g.insurer()
    )
    d.t(".\n")
    staff(g, d)


def m_wig(g: Gen, d: Doc, p: Person) -> None:
    d.t("Cranial prosthesis claim - need a letter for my wig from ").p("FACILITY", g.pick(SALONS)).t(".\n")
    d.t("* Diagnosis: ").k("code", g.pick(("C50.911", "C81.90", "C83.70"))).t(" (").k(
        "eponym", g.pick(("Hodgkin", "Burkitt"))
    ).t(")\n")
    d.t("* Chemo: ").k("drug", g.pick(("paclitaxel", "docetaxel"))).t(" started ").p(
        "DATE", g.fdate(g.day(), year=False)
    ).t("\n")
    d.t("* HCPCS ").k("code", "A9282").t(", plan ").k("insurer", g.insurer()).t(" member ").p(
        "HEALTH_PLAN", g.member()
    ).t("\n")
    d.t("* ").k("department", "Oncology Support Services").t(" has the Rx")
    sign(g, d, p)


def m_denture(g: Gen, d: Doc, p: Person) -> None:
    d.t("Lost denture report. My ").t(g.pick(KIN_WORDS)).t(", ").p("NAME", g.name(g.person(p.culture))).t(", age ")
    d.p("AGE", g.old_age()).t(", room 5").t(str(g.r.randrange(10, 99))).t(", lost her upper plate on ").p(
        "DATE", g.fdate(g.day())
    )
    d.t(". Denture label ").p("ID", f"DL{g.digits(6)}").t(", made by ").p("FACILITY", g.pick(CLINICS)).t(". ")
    d.t("She has ").k("eponym", g.pick(("Bell", "Sjogren"))).t("'s and cannot eat. ").k(
        "department", "Patient Relations"
    )
    d.t(" case ").p("ID", f"PR-{g.digits(6)}").t(", she uses ").k("drug", "Fixodent").t(", code ").k(
        "code", "K08.109"
    ).t(".")
    sign(g, d, p)


MESSAGE_GENRES = ("itemized", "milk_bank", "parking", "flu_clinic", "grief", "implant_card", "well_water", "cuff", "wig",
                  "denture")  # fmt: skip
_MSG = {"itemized": m_itemized, "milk_bank": m_milk, "parking": m_parking, "flu_clinic": m_flu, "grief": m_grief,
        "implant_card": m_implant, "well_water": m_well, "cuff": m_cuff, "wig": m_wig, "denture": m_denture}  # fmt: skip


def message(g: Gen, genre: str) -> Doc:
    d = Doc()
    p = g.person()
    _MSG[genre](g, d, p)
    d.t("\n")
    for _ in range(g.r.randrange(1, 3)):
        extra(g, d, p)
        d.t("\n")
    d.t(g.pick(("PS ", "p.s. ", "For the coder: ", "Re: ")))
    keep_codes(g, d, 1)
    dev = g.pick(DEVICES)
    d.t(g.pick((", ", " - ", " / "))).k("insurer", g.insurer()).t(", ").k("maker", dev[0])
    if g.r.random() < 0.5:
        d.t(" ").k("model", dev[1])
    return d


# ---------------------------------------------------------------- clinical notes
def c_header(g: Gen, d: Doc, p: Person, old: bool) -> None:
    s = g.r.randrange(4)
    dob = g.fdate(g.dob(old))
    visit = g.fdate(g.day())
    fac = g.pick(HOSPITALS + CLINICS)
    if s == 0:
        d.t("PATIENT: ").p("NAME", g.name(p)).t("\nDOB: ").p("DATE", dob).t("   MRN: ").p("MRN", g.mrn())
        d.t("\nDate of service: ").p("DATE", visit).t("\nLocation: ").p("FACILITY", fac).t("\n")
    elif s == 1:
        d.t("Pt name: ").p("NAME", g.name(p)).t("\tMRN ").p("MRN", g.mrn()).t("\tDOS ").p("DATE", visit).t("\n")
        d.p("FACILITY", fac).t("\n")
    elif s == 2:
        d.t("| Patient | MRN | DOS |\n| ").p("NAME", g.name(p)).t(" | ").p("MRN", g.mrn()).t(" | ").p("DATE", visit).t(
            " |\n"
        )
        d.t("| Site | ").p("FACILITY", fac).t(" | |\n")
    else:
        d.p("NAME", g.name(p)).t(" (MRN ").p("MRN", g.mrn()).t(") was seen ").p("DATE", visit).t(" at ").p(
            "FACILITY", fac
        ).t(".\n")
    if old:
        d.t("Age: ").p("AGE", g.old_age()).t("\n")
    else:
        d.t(f"Age: {g.r.randrange(2, 89)} years old\n")


def c_section(g: Gen, d: Doc, label: str, p: Person) -> None:
    town = g.pick(US_TOWNS)
    d.t("\n" + label)
    if label == "Registration: ":
        d.p("ADDRESS", g.street()).t(", ").p("LOCATION", town[0]).t(f", {town[1]} ").p("ZIP", g.zip(town)).t(
            "; SSN "
        ).p("SSN", g.ssn())
        d.t("; ").k("insurer", g.insurer()).t(" ID ").p("HEALTH_PLAN", g.member())
    elif label == "Guarantor: ":
        d.p("NAME", g.name(g.person(p.culture))).t(", acct ").p("ACCOUNT", g.account()).t(", card ").p(
            "ACCOUNT", g.card()
        )
        d.t(", ").k("department", "Patient Financial Services")
    elif label == "Ride home: ":
        d.p("NAME", g.name(g.person())).t(", plate ").p("VEHICLE", g.plate()).t(", VIN ").p("VEHICLE", g.vin())
        d.t(", DL ").p("LICENSE", g.licence())
    elif label == "Copies to: ":
        d.t("Dr. ").p("NAME", g.name(g.person())).t(", ").p("FACILITY", g.pick(CLINICS)).t(", fax ").p(
            "FAX", g.phone(town)
        )
    elif label == "Portal: ":
        d.p("EMAIL", g.email(p)).t(", login from ").p("IP", g.ip()).t(", ").p("URL", g.url())
    elif label == "Implants on file: ":
        device_line(g, d, g.pick(DEVICES[7:12]))
        d.t("; phone IMEI ").p("DEVICE", g.imei())
    elif label == "Emergency contact: ":
        d.t(g.pick(KIN_WORDS)).t(" ").p("NAME", g.name(g.person(p.culture))).t(", ").p("PHONE", g.phone(town))
        if g.r.random() < 0.5:
            ab = g.pick(ABROAD_TOWNS)
            d.t("; relatives in ").p("LOCATION", ab[0]).t(f", {ab[1]}, ").p("PHONE", g.abroad_phone(ab[2]))
    else:
        d.p("FACILITY", g.pick(HOSPITALS)).t(", accession ").p("ID", f"A{g.digits(8)}").t(", received ")
        d.p("DATE", g.fdate(g.day(), year=g.r.random() < 0.7))
        if g.r.random() < 0.4:
            d.t(", a grandparent aged ").p("AGE", g.old_age()).t(" in ").p("LOCATION", g.pick(ABROAD_TOWNS)[0])


def c_sign(g: Gen, d: Doc) -> None:
    doc = g.person()
    s = g.r.randrange(4)
    d.t("\n")
    if s == 0:
        d.t("Electronically signed by ").p("NAME", g.name(doc)).t(", ").t(g.cred(CLIN_CREDS)).t(" on ").p(
            "DATE", g.fdate(g.day())
        )
    elif s == 1:
        d.t("Signed: Dr. ").p("NAME", doc.surname).t(" at 4:").t(f"{g.r.randrange(60):02d} PM")
    elif s == 2:
        d.t("Attested by ").p("NAME", g.name(doc)).t(", ").t(g.cred(CLIN_CREDS))
    else:
        d.t("e-signed ").p("NAME", doc.initials())
    if g.r.random() < 0.6:
        d.t("\nNPI ").p("ID", g.npi()).t("  DEA ").p("LICENSE", g.dea(doc.surname))


def c_keloid(g: Gen, d: Doc) -> None:
    d.t("PROCEDURE: Intralesional keloid injection, ").k("code", g.pick(("11900", "11901"))).t(", dx ").k(
        "code", "L91.0"
    )
    d.t(".\n- Fitzpatrick type ").t(g.pick(("IV", "V", "VI"))).t(" (").k("eponym", "Fitzpatrick").t("); ")
    d.k("eponym", "Vancouver").t(" Scar Scale 9.\n- Injected ").k("drug", "triamcinolone acetonide 40 mg/mL")
    d.t(" mixed with ").k("drug", "5-fluorouracil 50 mg/mL").t(", ").k("code", "J3301").t(" x4, lot ").k(
        "code", g.lot()
    )
    d.t(", NDC ").k("code", "0003-0293-05").t(".\n- Follow up in ").k("department", "Dermatology").t(" 4 weeks.")


def c_capsule(g: Gen, d: Doc) -> None:
    dev = g.pick(DEVICES[12:14])
    d.t("Capsule endoscopy (").k("code", "91110").t(") for ").k("code", g.pick(("D50.0", "K92.2", "K50.00"))).t(".\n")
    d.t("Capsule: ").k("maker", dev[0]).t(" ").k("model", dev[1]).t(", recorder SN ").p("DEVICE", g.serial(dev[3]))
    d.t(". Prep ").k("drug", "polyethylene glycol 3350").t(" and ").k("drug", "simethicone 80 mg").t(".\n")
    d.t("Findings: small-bowel angioectasias; no ").k("eponym", "Meckel").t(" diverticulum; ").k("eponym", "Lewis")
    d.t(" score 135; ").k("eponym", "Crohn").t(" not favored. Stool ").k("eponym", "Bristol").t(" type 4.\n")
    d.t("Read by ").k("department", "Gastroenterology").t(".")


def c_id(g: Gen, d: Doc) -> None:
    d.t("Incision and drainage of abscess, ").k("code", g.pick(("10060", "10061"))).t(", ").k(
        "code", g.pick(("L02.413", "L02.212"))
    ).t(".\n")
    d.t("1. Anesthesia ").k("drug", "lidocaine 1% with epinephrine").t("; no ").k("eponym", "Kanavel").t(" signs; no ")
    d.k("eponym", "Fournier").t(" concern.\n2. Packed with ").k("maker", "Essity").t(" gauze; culture sent.\n")
    d.t("3. Discharged on ").k(
        "drug", g.pick(("cephalexin 500 mg", "doxycycline 100 mg", "sulfamethoxazole-trimethoprim 800-160 mg"))
    )
    d.t(" and ").k("drug", "mupirocin 2% ointment").t("; ").k("department", "Wound Care").t(" recheck in 48 h.")


def c_prp(g: Gen, d: Doc) -> None:
    dev = g.pick(DEVICES[14:16])
    d.t("Platelet-rich plasma injection, right knee, ").k("code", "0232T").t(" with ultrasound ").k("code", "76942").t(
        ".\n"
    )
    d.t("Dx ").k("code", g.pick(("M17.11", "M76.61"))).t("; ").k("eponym", "Lachman").t(" negative, ").k(
        "eponym", "McMurray"
    )
    d.t(" negative, small ").k("eponym", "Baker").t(" cyst.\nSystem: ")
    d.k("maker", dev[0]).t(" ").k("model", dev[1]).t(", kit lot ").k("code", g.lot()).t(". ")
    d.t("Anesthetic ").k("drug", "bupivacaine 0.5%").t(". Self-pay; ").k("insurer", g.insurer()).t(" denied. ")
    d.k("department", "Sports Medicine").t(" follow up.")


def c_sebaceous(g: Gen, d: Doc) -> None:
    d.t("Excision of sebaceous cyst, back, 1.8 cm, ").k("code", "11403").t(", ").k("code", "L72.3").t(".\n")
    d.t("| Step | Detail |\n| Anesthesia | ").k("drug", "lidocaine 1% with epinephrine").t(" |\n| Closure | 4-0 ")
    d.k("maker", "Ethicon").t(" ").k("model", "Monocryl").t(" |\n| Screening | no ").k("eponym", "Gardner").t(
        " stigmata |\n"
    )
    d.t("Path to ").k("department", "Surgical Pathology").t(".")


def c_subungual(g: Gen, d: Doc) -> None:
    d.t("Subungual hematoma trephination, ").k("code", "11740").t(", ").k("code", "S60.011A").t(".\n")
    d.t("Crush injury at work; ").k("eponym", "Hutchinson").t(" sign absent. Trephinated with ").k("maker", "Bovie")
    d.t(" ").k("model", "AA01").t(" cautery. ").k("drug", "ibuprofen 600 mg").t(" prn. X-ray: no ").k(
        "eponym", "Salter-Harris"
    )
    d.t(" injury. Workers comp via ").k("insurer", g.insurer()).t("; ").k("department", "Employee Health").t(
        " notified."
    )


def c_hemangioma(g: Gen, d: Doc) -> None:
    d.t("Infantile hemangioma, propranolol start. Dx ").k("code", "D18.01").t(".\n")
    d.t("* No ").k("eponym", "PHACE").t(" features; no ").k("eponym", "Kasabach-Merritt").t(" phenomenon\n")
    d.t("* Start ").k("drug", "Hemangeol 4.28 mg/mL").t(" at ").k("drug", "propranolol 1 mg/kg/day").t(", NDC ")
    d.k("code", "70257-0110-01").t("\n* HR and BP by ").k("maker", "Welch Allyn").t(" ").k("model", "Connex Spot")
    d.t("\n* Plan via ").k("insurer", g.insurer()).t("; ").k("department", "Pediatric Dermatology").t(" in 1 month")


def c_cast(g: Gen, d: Doc) -> None:
    where = g.pick(((("Colles", "Smith", "Galeazzi", "Monteggia"), "29075", "S52.501A", "short arm"),
                    (("Jones", "Bennett"), "29425", "S92.351A", "short leg walking")))  # fmt: skip
    d.t(f"Fiberglass cast application, {where[3]}, ").k("code", where[1]).t(", ").k("code", where[2]).t(".\n")
    d.t("Fracture pattern: ").k("eponym", g.pick(where[0])).t(" type; ").k("eponym", "Salter-Harris").t(
        " II excluded.\n"
    )
    d.t("Cast: ").k("maker", "BSN medical").t(" ").k("model", "Delta-Cast Conformable").t(", lot ").k("code", g.lot())
    d.t(", supplies ").k("code", "Q4012").t(". Pain ").k("drug", "acetaminophen 650 mg").t(". ").k(
        "department", "Orthopedics"
    )
    d.t(" in 1 week.")


CLINICAL_GENRES = ("keloid", "capsule", "incision_drainage", "prp", "sebaceous", "subungual", "hemangioma", "cast")
_CLIN = {"keloid": c_keloid, "capsule": c_capsule, "incision_drainage": c_id, "prp": c_prp, "sebaceous": c_sebaceous,
         "subungual": c_subungual, "hemangioma": c_hemangioma, "cast": c_cast}  # fmt: skip


def clinical_note(g: Gen, genre: str) -> Doc:
    d = Doc()
    p = g.person()
    c_header(g, d, p, g.r.random() < 0.3)
    _CLIN[genre](g, d)
    d.t("\nPlan reviewed with ").t(g.pick(("patient", "mother", "father", "daughter"))).t("; ")
    d.k("insurer", g.insurer()).t(" on file. Additional codes: ")
    keep_codes(g, d, g.r.randrange(1, 4))
    d.t(".")
    for label in g.r.sample(SECTION_LABELS, g.r.randrange(1, 4)):
        c_section(g, d, label, p)
    if g.r.random() < 0.3:
        d.t("\nComment: long discussion of risks, benefits and alternatives; questions answered; ")
        d.t("the patient's family agreed with the plan and will call with any fever, spreading redness or new pain.")
    c_sign(g, d)
    return d


# ---------------------------------------------------------------- rows
def finish(d: Doc, case: str) -> tuple[str, list[dict], dict[str, str]]:
    text = d.text
    keep = dict(d.keep)
    if case == "upper":
        text, keep = text.upper(), {k.upper(): v for k, v in keep.items()}
    elif case == "lower":
        text, keep = text.lower(), {k.lower(): v for k, v in keep.items()}
    spans = sorted(d.phi, key=lambda s: s["start"])
    out = {}
    for term, kind in keep.items():
        hits = [m.start() for m in re.finditer(re.escape(term), text)]
        if hits and not any(s["start"] < i + len(term) and i < s["end"] for i in hits for s in spans):
            out[term] = kind
    return text, spans, out


def generate(family: str, n: int, seed: int) -> list[dict]:
    if family not in FAMILIES:
        raise ValueError(family)
    g = Gen(seed * 7 + (1 if family == "messages" else 2))
    rows: list[dict] = []
    seen: set[str] = set()
    genres = MESSAGE_GENRES if family == "messages" else CLINICAL_GENRES
    i = 0
    while len(rows) < n:
        genre = genres[len(rows) % len(genres)]
        i += 1
        if family == "messages":
            d = message(g, genre)
            roll = g.r.random()
            case = "upper" if roll < 0.05 else "lower" if roll < 0.1 else "as is"
        else:
            d = clinical_note(g, genre)
            case = "as is"
            if not 150 <= len(d.text) <= 1500:
                continue
        text, spans, keep = finish(d, case)
        if text in seen:
            continue
        seen.add(text)
        rows.append({
            "id": f"eval24-{family}-{len(rows)}",
            "family": family,
            "text": text,
            "phi": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans],
            "keep": list(keep),
            "keep_kinds": keep,
        })  # fmt: skip
    return rows


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    ap.add_argument("--family", choices=FAMILIES, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args(argv)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(dumps(generate(a.family, a.n, a.seed)), encoding="utf-8")


if __name__ == "__main__":
    main()
