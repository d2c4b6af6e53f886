"""Seventeenth independent de-identification evaluation set (eval17): colonoscopy bowel prep chats
with clock times, glucose sensor replacement requests (sensor serials, quoted replies), birth
certificate worksheet questions from new parents, medical cannabis card renewals (registry card
numbers, photo identifiers), mobile mammography van texts (parking lots, weekday dates), sharps
container pickup requests (bullets), Medicaid renewal packet help (case numbers, tab forms), rabies
post-exposure follow-ups after an animal bite (animal control case numbers, plates), child blood
lead level follow-ups (housing addresses, landlord names), cord blood banking enrolments (kit
serials, accounts), home grab bar installation requests (contractor plates and VINs), doula
program intakes (bullets, due dates), weather closure rescheduling chats, home BP cuff reading
uploads (cuff serials, IP addresses) and house fire medication replacement requests
(`messages`); and stroke code notes (NIHSS), EEG reports, comprehensive geriatric assessments
(Katz, Lawton, Tinetti), cardioversion notes, paracentesis notes, transthoracic echocardiogram
reports with a pipe table, lymphedema therapy notes with a tab table of girths, Mohs surgery notes
with a pipe table of stages, gastrostomy tube change notes, hemophilia factor VIII infusion logs,
M-CHAT developmental screens, vasectomy notes, cystoscopy notes, newborn circumcision notes and
outpatient parenteral antibiotic (OPAT) notes (`clinical`). Each genre occurs equally often (twenty
rows per genre in `messages`, eight in `clinical`, in turn). Some messages are all capitals or all
lower case; layouts include key: value forms, `|` and tab tables, bullets, "> " quoted replies,
chat lines with clock times, signatures, headers and footers (PATIENT LABEL, ENCOUNTER, ROUTING,
"Late entry" and "Electronically signed by" sections in the clinical notes).

Written by a writer who read only `tests/deid/evalset_checks.py`, `tests/deid/test_evalset16.py`,
`tests/deid/conftest.py`, `tests/deid/test_evalset_generators.py`, the module docstrings of
`tools/deid/evalset3.py` ... `tools/deid/evalset16.py` (nothing below them),
`tools/deid/faker_tables.py`, `medcode/deid/types.py` and `datasets/deid/README.md`. evalset16 was
imported only to list the names of its public objects and the signatures of `generate`, `dumps`,
`provenance_problems` and `main` (and the values of `KEEP_KINDS`, `FAMILIES` and the locale
tuples), to keep the same interface; none of its code was read. None of the de-identifier's rules,
lexicons, keep lists or models, none of the other generators' templates and none of their sets
were read. The de-identifier was never run on this text.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters
them. This family brings text shapes and values nobody tuned on.

Locales: none. ``NAME_LOCALES``, ``CITY_LOCALES``, ``ORG_LOCALES``, ``LOCALES`` and
``FAKER_TABLES`` are empty and ``provenance_problems()`` returns []. Names come from hand-written
lists of four naming cultures no earlier family used, in the Latin spellings met on US papers,
with variants: Guatemalan Maya (K'iche', Mam, Q'eqchi' and Kaqchikel families with Spanish given
names and two surnames, "Maria Tzul Batz", "Domingo Chavajay Sic"; the maternal surname often
taken for the last name by a US registrar, "BATZ, Maria Tzul", or hyphenated, "Tzul-Batz";
variants "Tzoc" / "Tzok", "Xicay" / "Xicai", "Quiej" / "Kiej"), South Sudanese (Dinka and Nuer:
given name, father's and grandfather's names, often after a Christian name, "Abraham Deng Garang",
"Nyandeng Ajak Mading", "Gatluak Ruot"; variants "Majok" / "Machok", "Akech" / "Akec", "Kuol" /
"Kual"; the 01/01 birth dates many were given), Burundian and Rwandan (Kirundi and Kinyarwanda
surnames that a family does not share, "Niyonzima", "Ndayishimiye", "Uwimana", written surname
first on papers, "NIYONZIMA Jean-Bosco", French given names joined, spaced or hyphenated
"Jean-Claude" / "Jean Claude") and Native Hawaiian (Hawaiian surnames and given names written
with or without the okina as an apostrophe, "Ka'ahanui" / "Kaahanui", often an English given name
with a Hawaiian middle name, "Daniel Kaleo Akana"). Towns come from hand-written lists
(``US_TOWNS``: resettlement and community towns with state, ZIP prefix and area code, Hawaii among
them; ``ABROAD_TOWNS`` in Guatemala, South Sudan, Burundi and Rwanda and the camps of Kakuma and
Mahama), as do street words (Hawaiian streets with the hyphenated house numbers of Oahu,
"87-1540 Farrington Hwy") and organisation words (``ORG_WORDS``: "Kokua", "Malama", "Ixim",
"Utz Kaslemal", "Ubumwe", "Amahoro", "Icyizere"). Numbers, dates, codes and identifiers come from
this module's own seeded ``random.Random``; no Faker is used, so a seed reproduces its file byte
for byte. All text is ASCII.

Annotation conventions (the 18 Safe Harbor identifiers as the project's PHI types):
NAME is a person's name as written (patients, parents, relatives, clinicians, staff, drivers,
officers, landlords, contractors): "Given Surname", "Given Father Grandfather" (one span),
"Given Surname Second" (Maya, one span), "SURNAME, Given", "Surname, Given Second", "SURNAME
SECOND Given" and "SURNAME Given" (papers, one span), all capitals, all lower case, a given name or
a surname alone, "M. Tzul", hyphenated names as one span, and two or three capital initials in a
table or signature ("MTB"). Titles and honorifics stay outside ("Dr. ", "Mr. ", "Mrs. ", "Ms. ",
"Pastor ", "Officer ", "Aunty ", "Uncle ", "Hermana "), and so do credentials (", MD", ", DO",
", NP", ", PA-C", ", RN", ", LPN", ", PharmD", ", CNM", ", LCSW", ", RD", ", CDCES", ", CLT",
", DPT", ", REEGT", ", RDCS", ", CHW", ", IBCLC"), a possessive "'s" and words for relatives used
instead of a name (``KIN_WORDS``: Hawaiian "Tutu", "Kupuna", "Makuahine", K'iche' "Nan", "Tat",
Spanish "Abuelita", Kirundi "Mawe", "Nyogokuru", "Sogokuru", and "Mama", "Baba" as South Sudanese
families write them), which are not PHI. An e-mail
address is EMAIL even when it holds a name. DATE is every date element more specific than a year,
one span with its year if it has one and with a weekday written next to it: "03/14/2025",
"3/14/25", "2025-03-14", "14-Mar-2025", "14MAR25", "Mar 14, 2025", "March 14, 2025", "14 March
2025", "14.03.2025" (day first, as on a Burundian or South Sudanese document), "3/14", "Mar 14",
"March 14th", "Fri 3/14", "Friday, March 14, 2025" and a month with its year ("June 2026"); the
01/01 birth dates are DATEs like any other. Clock times, durations, gestational weeks, stage,
session, dose and room numbers are not PHI. AGE is PHI only when 90 or more: the number alone or
the spelled number ("93", "ninety-two", "one hundred and one"), never "years old", "y/o" or
"age"; younger ages stay in the text unannotated. LOCATION is a town, city or camp (US or abroad);
states, Guatemalan departments named as such, provinces, islands and countries are not PHI; a town
inside an organisation's name is part of the FACILITY span. ADDRESS is the street line with its
unit ("4410 N 24th St Apt 3", "87-1540 Farrington Hwy #12") or a post-office box ("PO Box 2117").
ZIP is a US ZIP, with its +4 when written. PHONE and FAX spans include "+1", "1-", an extension
(" ext 214") and the country codes "+502", "+211", "+257" and "+250"; a number labelled fax is
FAX. EMAIL, URL (with "https://" or "http://") and IP (IPv4 or IPv6) are whole tokens. SSN in any
of its shapes. MRN is a medical record number: 7 to 10 digits, its last a Luhn check digit,
sometimes a hyphen after the first two. ACCOUNT is a billing, pharmacy, cord blood bank or supplier
account. HEALTH_PLAN is a member, Medicaid or Medicare (MBI) number. LICENSE is a driver's licence,
a contractor's, nursing or medical licence or a DEA registration (its check digit right). VEHICLE
is a plate or a VIN (its check digit right). DEVICE is the serial number of a device a patient uses
or carries (glucose sensor, BP cuff, insulin pump, factor pump, phone IMEI, cord blood kit). ID is
every other identifying number: cannabis registry card, photo and fingerprint identifiers, birth
certificate file, Medicaid case, animal control case, lead case, interpreter job, specimen, ticket,
reference and requisition numbers, A-numbers and NPIs. FACILITY is every organisation named (hospitals, clinics,
pharmacies, banks, churches, schools, shelters, suppliers, agencies), one span even when a town is
part of the name. Not PHI and kept (``keep``, kinds in ``KEEP_KINDS``): drugs with their doses as
written (drug); ICD-10-CM codes, CPT-shaped numbers, HCPCS Level II codes and lot numbers (code);
makers (manufacturer); model names (model); insurers and public plans (insurer); eponyms, the name
only, eponymous scales and signs among them ("Mohs", "Foley", "Gomco", "Mogen", "Katz", "Lawton",
"Tinetti", "Bristol", "Boston", "Stemmer", "Babinski", "Seldinger", "Bethesda", "Doppler",
"Trendelenburg") (eponym) and departments (department). Scales that are not eponyms (NIHSS, MoCA,
M-CHAT) stay in the text unlisted. No keep term ever occurs inside a PHI span (a term that does in
some row is left out of that row's list). Look-alikes left in the text on purpose: eponyms that are
towns ("Boston", "Bristol", "Bethesda"), kinship words ("Tutu", "Nan", "Tat"), CPT codes shaped
like ZIPs, and numbers that are not PHI (lot numbers, HCPCS codes, ages under 90, clock times).

    python -m tools.deid.evalset17 --family messages --n 300 --seed 3401 --out datasets/deid/eval17_messages.jsonl
    python -m tools.deid.evalset17 --family clinical --n 120 --seed 3402 --out datasets/deid/eval17_clinical.jsonl

Seeds 3501 / 3502 are reserved for tuning (``--out build/deid-fresh/...``); keep the two committed
files for measurement.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from tools.deid.faker_tables import provenance_problems as _provenance_problems

NAME_LOCALES: tuple[str, ...] = ()
CITY_LOCALES: tuple[str, ...] = ()
ORG_LOCALES: tuple[str, ...] = ()
LOCALES: tuple[str, ...] = ()
FAKER_TABLES: dict[str, list[tuple[str, str]]] = {}
FAMILIES = ("messages", "clinical")
KEEP_KINDS = ("code", "drug", "insurer", "manufacturer", "model", "eponym", "department")
PHI_KINDS = ("NAME", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE",
             "VEHICLE", "DEVICE", "URL", "IP", "ADDRESS", "LOCATION", "ZIP", "FACILITY", "ID")  # fmt: skip

# ---------------------------------------------------------------- names (hand-written)
# Each entry is a tuple of spellings of one name; a person keeps the spelling drawn for them.
MAYA_GIVEN_F = (("Maria",), ("Francisca",), ("Petrona",), ("Catarina",), ("Manuela",), ("Dominga",), ("Lucia",),
                ("Eulalia",), ("Candelaria",), ("Ixchel",), ("Rosalia",), ("Juana",), ("Micaela",), ("Tomasa",),
                ("Sebastiana",), ("Magdalena",), ("Andrea",), ("Olivia",))  # fmt: skip
MAYA_GIVEN_M = (("Juan",), ("Domingo",), ("Santos",), ("Tomas",), ("Baltazar",), ("Sebastian",), ("Diego",),
                ("Gaspar",), ("Jacinto",), ("Mateo",), ("Pascual",), ("Lorenzo",), ("Andres",), ("Nicolas",),
                ("Marcos",), ("Felipe",), ("Cristobal",), ("Gregorio",))  # fmt: skip
MAYA_SURNAMES = (("Tzul",), ("Batz",), ("Cux",), ("Xicay", "Xicai"), ("Coc",), ("Caal",), ("Choc",), ("Pop",),
                 ("Tzoc", "Tzok"), ("Chavajay",), ("Sic",), ("Ixcoy",), ("Tum",), ("Yax",), ("Quiej", "Kiej"),
                 ("Ajanel",), ("Tzunux",), ("Chiquin",), ("Cac",), ("Maquin",), ("Xol",), ("Tiul",), ("Ixcot",),
                 ("Tojin",), ("Guarchaj",), ("Sapon",), ("Ajtun",), ("Cutzal",), ("Velasquez",), ("Mendoza",),
                 ("Ramirez",), ("Lopez",))  # fmt: skip
SUDANESE_GIVEN_F = (("Nyandeng",), ("Achol",), ("Abuk",), ("Atong",), ("Nyakim",), ("Nyaluak",), ("Ayen",),
                    ("Adut",), ("Nyibol",), ("Nyachuol",), ("Akuol",), ("Aluel",), ("Rebecca",), ("Martha",),
                    ("Angelina",), ("Mary",), ("Elizabeth",), ("Nyabuony",))  # fmt: skip
SUDANESE_GIVEN_M = (("Deng",), ("Garang",), ("Majok", "Machok"), ("Ajak",), ("Akech", "Akec"), ("Mading",),
                    ("Kuol", "Kual"), ("Chol",), ("Makuei",), ("Thon",), ("Gatluak",), ("Gatwech",), ("Ruot",),
                    ("Biel",), ("Duop",), ("Malual",), ("Ater",), ("Manyang",), ("Abraham",), ("Peter",),
                    ("Joseph",), ("Santino",), ("Daniel",), ("Jacob",))  # fmt: skip
SUDANESE_FATHERS = (("Deng",), ("Garang",), ("Majok", "Machok"), ("Ajak",), ("Akech", "Akec"), ("Mading",),
                    ("Kuol", "Kual"), ("Chol",), ("Makuei",), ("Thon",), ("Gatluak",), ("Ruot",), ("Biel",),
                    ("Duop",), ("Malual",), ("Ater",), ("Manyang",), ("Mabior",), ("Bior",), ("Lual",), ("Yol",),
                    ("Kiir",), ("Nhial",), ("Gai",), ("Koang",), ("Tut",))  # fmt: skip
BURUNDIAN_GIVEN_F = (("Claudine",), ("Seraphine",), ("Alphonsine",), ("Anitha",), ("Divine",), ("Aline",),
                     ("Consolate",), ("Pacifique",), ("Jeanine",), ("Esperance",), ("Goreth",), ("Chantal",),
                     ("Marie-Rose", "Marie Rose"), ("Immaculee",), ("Francine",), ("Josiane",))  # fmt: skip
BURUNDIAN_GIVEN_M = (("Jean-Claude", "Jean Claude"), ("Jean-Bosco", "Jean Bosco"), ("Emmanuel",), ("Evariste",),
                     ("Donatien",), ("Innocent",), ("Fabrice",), ("Pacifique",), ("Egide",), ("Leonidas",),
                     ("Gervais",), ("Thacien",), ("Jean-Marie", "Jean Marie"), ("Ildephonse",), ("Desire",),
                     ("Cyprien",))  # fmt: skip
BURUNDIAN_SURNAMES = (("Niyonzima",), ("Habimana",), ("Uwimana",), ("Nshimiyimana", "Nshimiyemana"),
                      ("Ndayishimiye",), ("Mukamana",), ("Iradukunda",), ("Hakizimana",), ("Ndikumana",),
                      ("Nizigiyimana",), ("Bizimana",), ("Uwase",), ("Niyonsaba",), ("Ntakirutimana",),
                      ("Manirakiza",), ("Nkurunziza",), ("Irakoze",), ("Ingabire",), ("Umutoni",), ("Kwizera",),
                      ("Ndayizeye",), ("Nahimana",), ("Barankitse",), ("Sindayigaya",))  # fmt: skip
HAWAIIAN_GIVEN_F = (("Leilani",), ("Noelani",), ("Malia",), ("Pualani",), ("Nohea",), ("Iolana",), ("Mahina",),
                    ("Lokelani",), ("Haunani",), ("Kaimana",), ("Keala",), ("Healani",), ("Sarah",), ("Kathleen",),
                    ("Pauline",), ("Lynette",))  # fmt: skip
HAWAIIAN_GIVEN_M = (("Kalani",), ("Makoa",), ("Keoni",), ("Kainoa",), ("Kawika",), ("Kaleo",), ("Keahi",),
                    ("Ikaika",), ("Kekoa",), ("Nainoa",), ("Daniel",), ("Robert",), ("Kyle",), ("Dennis",),
                    ("Gordon",), ("Clayton",))  # fmt: skip
HAWAIIAN_MIDDLE = (("Kaleo",), ("Kealoha",), ("Kanoe",), ("Keola",), ("Lehua",), ("Kainoa",), ("Makana",),
                   ("Nohea",), ("Pomaikai", "Pomaika'i"), ("Kamalei",))  # fmt: skip
HAWAIIAN_SURNAMES = (("Kealoha",), ("Kahale",), ("Akana",), ("Kamaka",), ("Kahananui",), ("Kekumu",),
                     ("Kalama",), ("Keawe",), ("Kanahele",), ("Makua",), ("Kaleikini",), ("Nakoa",),
                     ("Kaahanui", "Ka'ahanui"), ("Kaniho",), ("Kauhane",), ("Palakiko",), ("Kamakau",),
                     ("Keliihoomalu", "Keli'iho'omalu"), ("Kaawa", "Ka'awa"), ("Mahoe",), ("Kapule",),
                     ("Nahale",), ("Kaupu",), ("Kaleo",))  # fmt: skip
CULTURES = ("maya", "sudanese", "burundian", "hawaiian")
KIN_BY_CULTURE = {
    "maya": ("Nan", "Tat", "Abuelita"),
    "sudanese": ("Mama", "Baba"),  # as South Sudanese families write them in English
    "burundian": ("Mawe", "Nyogokuru", "Sogokuru"),
    "hawaiian": ("Tutu", "Kupuna", "Makuahine"),
}
_FEMALE_KIN = {"Nan", "Abuelita", "Mama", "Mawe", "Nyogokuru", "Makuahine"}
_MALE_KIN = {"Tat", "Baba", "Sogokuru"}
KIN_WORDS = tuple(sorted({w for ws in KIN_BY_CULTURE.values() for w in ws}))
TITLES = ("Dr.", "Mr.", "Mrs.", "Ms.", "Pastor", "Officer", "Aunty", "Uncle", "Hermana")
CREDENTIALS = ("MD", "DO", "NP", "PA-C", "RN", "LPN", "PharmD", "CNM", "LCSW", "RD", "CDCES", "CLT", "DPT", "REEGT",
               "RDCS", "CHW", "IBCLC")  # fmt: skip

# ---------------------------------------------------------------- places and organisations
# (town, state, ZIP prefix, area code, culture)
US_TOWNS = (("Omaha", "NE", "681", "402", "maya"), ("Crete", "NE", "683", "402", "maya"),
            ("Lake Worth Beach", "FL", "334", "561", "maya"), ("Indiantown", "FL", "349", "772", "maya"),
            ("Postville", "IA", "521", "563", "maya"), ("Oxnard", "CA", "930", "805", "maya"),
            ("Morganton", "NC", "286", "828", "maya"), ("Worthington", "MN", "561", "507", "maya"),
            ("Des Moines", "IA", "503", "515", "sudanese"), ("Sioux Falls", "SD", "571", "605", "sudanese"),
            ("Fargo", "ND", "581", "701", "sudanese"), ("Nashville", "TN", "372", "615", "sudanese"),
            ("Grand Island", "NE", "688", "308", "sudanese"), ("Clarkston", "GA", "300", "404", "sudanese"),
            ("Manchester", "NH", "031", "603", "burundian"), ("Utica", "NY", "135", "315", "burundian"),
            ("Louisville", "KY", "402", "502", "burundian"), ("Tucson", "AZ", "857", "520", "burundian"),
            ("Boise", "ID", "837", "208", "burundian"), ("Erie", "PA", "165", "814", "burundian"),
            ("Waianae", "HI", "967", "808", "hawaiian"), ("Hilo", "HI", "967", "808", "hawaiian"),
            ("Kaneohe", "HI", "967", "808", "hawaiian"), ("Nanakuli", "HI", "967", "808", "hawaiian"),
            ("Waimanalo", "HI", "967", "808", "hawaiian"), ("Kaunakakai", "HI", "967", "808", "hawaiian"),
            ("Las Vegas", "NV", "891", "702", "hawaiian"))  # fmt: skip
ABROAD_TOWNS = ("Totonicapan", "Momostenango", "Nebaj", "San Pedro Soloma", "Coban", "Chichicastenango",
                "Todos Santos Cuchumatan", "Santa Cruz del Quiche", "Bor", "Malakal", "Wau", "Rumbek", "Aweil",
                "Juba", "Bentiu", "Kakuma", "Gitega", "Ngozi", "Muyinga", "Bujumbura", "Mahama", "Butare")  # fmt: skip
ABROAD_BY_CULTURE = {
    "maya": ("Totonicapan", "Momostenango", "Nebaj", "San Pedro Soloma", "Coban", "Chichicastenango",
             "Todos Santos Cuchumatan", "Santa Cruz del Quiche"),
    "sudanese": ("Bor", "Malakal", "Wau", "Rumbek", "Aweil", "Juba", "Bentiu", "Kakuma"),
    "burundian": ("Gitega", "Ngozi", "Muyinga", "Bujumbura", "Mahama", "Butare"),
    "hawaiian": ("Hilo", "Kaunakakai", "Waianae"),
}  # fmt: skip
LANGUAGES = {
    "maya": ("K'iche'", "Mam", "Q'eqchi'", "Kaqchikel", "Spanish"),
    "sudanese": ("Dinka", "Nuer", "Juba Arabic"),
    "burundian": ("Kirundi", "Kinyarwanda", "Swahili", "French"),
    "hawaiian": ("Hawaiian", "English", "Pidgin"),
}
COUNTRY = {"maya": "Guatemala", "sudanese": "South Sudan", "burundian": "Burundi", "hawaiian": "Hawaii"}
COUNTRY_CODE = {"maya": "+502", "sudanese": "+211", "burundian": "+257"}
STREETS = ("N 24th St", "Dodge St", "Q St", "Leavenworth St", "S 13th St", "Lake Ave", "Dixie Hwy", "Warfield Blvd",
           "Ingersoll Ave", "E 10th St", "Minnesota Ave", "Broadway Ave", "Elm St", "Genesee St", "Bleecker St",
           "Preston Hwy", "Bardstown Rd", "Fry Blvd", "Fairview Ave", "Peach St", "Parade St", "Chestnut Dr",
           "Valley View Ln", "Prairie Rd")  # fmt: skip
HI_STREETS = ("Farrington Hwy", "Kamehameha Hwy", "Kalanianaole Hwy", "Hakimo Rd", "Puuhulu Rd", "Keaau Pl",
              "Haleakala Ave", "Kinoole St", "Ala Moana Blvd", "Maunakea St")  # fmt: skip
ORG_WORDS = ("Kokua", "Malama", "Ohana", "Ixim", "Utz Kaslemal", "Ubumwe", "Amahoro", "Icyizere", "Cedar Ridge",
             "Riverbend", "Prairie Star", "Good Shepherd", "St. Bakhita", "Lokahi")  # fmt: skip
ORG_KINDS_CLINIC = ("Community Health Center", "Family Clinic", "Medical Center", "Regional Hospital",
                    "Health Partners", "Neighborhood Clinic")  # fmt: skip
EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "hawaiiantel.net",
                 "cox.net", "aol.com")  # fmt: skip

# ---------------------------------------------------------------- keep terms
INSURERS = ("Medicaid", "Medicare", "HMSA", "AlohaCare", "Nebraska Total Care", "Iowa Total Care", "Ambetter",
            "UnitedHealthcare Community Plan", "Aetna Better Health", "Humana", "Molina Healthcare", "CareSource",
            "Wellmark", "Anthem", "Kaiser Permanente", "Tricare")  # fmt: skip
DEPARTMENTS = ("Neurology", "Gastroenterology", "Dermatology", "Cardiology", "Urology", "Hematology",
               "Infectious Disease", "Interventional Radiology", "Geriatrics", "Pediatrics", "Labor and Delivery",
               "Endocrinology", "Nutrition Services", "Rehabilitation Services", "Social Work")  # fmt: skip
EPONYMS = ("Mohs", "Foley", "Gomco", "Mogen", "Katz", "Lawton", "Tinetti", "Bristol", "Boston", "Stemmer",
           "Babinski", "Seldinger", "Bethesda", "Doppler", "Trendelenburg")  # fmt: skip
MAKERS = ("Dexcom", "Abbott", "Omron", "Withings", "Medtronic", "Natus", "Philips", "Olympus", "Karl Storz",
          "Baxter", "Takeda", "Novo Nordisk", "Becton Dickinson", "Hillrom", "Moen")  # fmt: skip
MODELS = ("Dexcom G7", "FreeStyle Libre 3", "Omron BP7450", "Withings BPM Connect", "MiniMed 780G",
          "NeuroWorks XLTEK", "EPIQ CVx", "CYF-VA2", "Advate", "CADD-Solis", "Moen DN7010")  # fmt: skip

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
DATE_STYLES = ("mdY", "mdy", "iso", "dbY", "dby", "bdY", "BdY", "dBY", "dmY", "BY", "md", "bd", "Bth", "wmd", "wBdY",
               "wmdY")  # fmt: skip

_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def luhn_digit(body: str) -> str:
    """The Luhn check digit that completes `body`."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (1 if i % 2 else 2)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def vin_check(vin16: str) -> str:
    """A 17-character VIN from 16 (the check position left out), its check digit put in place."""
    value = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9)))}
    value.update(dict(zip("JKLMN", range(1, 6))) | {"P": 7, "R": 9} | dict(zip("STUVWXYZ", range(2, 10))))
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    vin = vin16[:8] + "0" + vin16[8:]
    total = sum(value[c] * w for c, w in zip(vin, weights)) % 11
    return vin[:8] + ("X" if total == 10 else str(total)) + vin[9:]


def spell_age(n: int) -> str:
    """90-119 in words, as a family or a nurse writes it."""
    if n >= 100:
        rest = n - 100
        if rest == 0:
            return "one hundred"
        if rest < 10:
            return f"one hundred and {_UNITS[rest - 1]}"
        return str(n)
    return "ninety" if n == 90 else f"ninety-{_UNITS[n - 91]}"


# ---------------------------------------------------------------- the document builder
P = tuple[str, str]  # (surface, PHI type or keep kind)
Piece = str | P


class Doc:
    """Text built piece by piece; a (surface, kind) piece is a PHI span or a keep term."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.phi: list[tuple[int, int, str]] = []
        self.keep: dict[str, str] = {}

    def add(self, *pieces: Piece) -> Doc:
        for piece in pieces:
            if isinstance(piece, tuple):
                surface, kind = piece
                if kind in PHI_KINDS:
                    self.phi.append((self.size, self.size + len(surface), kind))
                elif kind in KEEP_KINDS:
                    self.keep.setdefault(surface, kind)
                else:
                    raise ValueError(kind)
            else:
                surface = piece
            self.parts.append(surface)
            self.size += len(surface)
        return self

    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class Person:
    culture: str
    female: bool
    given: str
    middle: str  # a Hawaiian middle name, or ""
    surname: str  # Maya paternal surname, Sudanese father's name, Burundian / Hawaiian surname
    second: str  # Maya maternal surname, Sudanese grandfather's name, or ""


class Gen:
    """Values drawn from one seeded random.Random."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    # --- small helpers
    def pick(self, seq):
        return self.rng.choice(seq)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # --- people
    def person(self, culture: str | None = None, female: bool | None = None) -> Person:
        c = culture or self.pick(CULTURES)
        f = self.chance(0.5) if female is None else female
        sp = lambda table: self.pick(self.pick(table))
        if c == "maya":
            first = sp(MAYA_GIVEN_F if f else MAYA_GIVEN_M)
            a = sp(MAYA_SURNAMES)
            b = sp(MAYA_SURNAMES)
            while b == a:
                b = sp(MAYA_SURNAMES)
            return Person(c, f, first, "", a, b)
        if c == "sudanese":
            first = sp(SUDANESE_GIVEN_F if f else SUDANESE_GIVEN_M)
            a = sp(SUDANESE_FATHERS)
            while a == first:
                a = sp(SUDANESE_FATHERS)
            b = sp(SUDANESE_FATHERS) if self.chance(0.6) else ""
            return Person(c, f, first, "", a, b if b not in (a, first) else "")
        if c == "burundian":
            return Person(c, f, sp(BURUNDIAN_GIVEN_F if f else BURUNDIAN_GIVEN_M), "", sp(BURUNDIAN_SURNAMES), "")
        first = sp(HAWAIIAN_GIVEN_F if f else HAWAIIAN_GIVEN_M)
        mid = sp(HAWAIIAN_MIDDLE) if self.chance(0.4) else ""
        sur = sp(HAWAIIAN_SURNAMES)
        return Person(c, f, first, mid if mid not in (first, sur) else "", sur, "")

    def name_str(self, p: Person, style: str | None = None) -> str:
        styles: tuple[str, ...] = ("full", "full", "full", "reg", "caps", "given", "dot", "papers", "hyph", "lower")
        if p.culture == "maya":  # two surnames: the shapes a registrar gets wrong
            styles += ("papers", "hyph", "reg")
        style = style or self.pick(styles)
        full = " ".join(x for x in (p.given, p.middle, p.surname, p.second) if x)
        if style == "full":
            return full
        if style == "first_last":
            return f"{p.given} {p.surname}"
        if style == "caps":
            return full.upper()
        if style == "lower":
            return full.lower()
        if style == "given":
            return p.given
        if style == "surname":
            return p.surname
        if style == "dot":
            return f"{p.given[0]}. {p.surname}"
        if style == "initials":
            return "".join(x[0] for x in (p.given, p.middle, p.surname, p.second) if x).upper()[:3]
        if style == "hyph":
            if p.culture == "maya":
                return f"{p.given} {p.surname}-{p.second}"
            return full
        if style == "papers":  # surname(s) first, in capitals, as on a registration or travel document
            if p.culture == "maya":
                return f"{p.surname.upper()} {p.second.upper()} {p.given}"
            return f"{p.surname.upper()} {p.given}"
        # "reg": the registrar's "LAST, First" with the US system's idea of the last name
        if p.culture == "maya" and self.chance(0.5):
            return f"{p.second.upper()}, {p.given} {p.surname}"
        if p.culture == "sudanese" and p.second and self.chance(0.4):
            return f"{p.second}, {p.given} {p.surname}"
        last = p.surname.upper() if self.chance(0.6) else p.surname
        return f"{last}, {p.given}"

    def name(self, p: Person, style: str | None = None) -> P:
        return (self.name_str(p, style), "NAME")

    def clinician(self) -> tuple[P, str]:
        """A clinician's name (first and last) and a credential, the credential outside the span."""
        p = self.person()
        return (f"{p.given} {p.surname}", "NAME"), self.pick(CREDENTIALS[:9])

    def kin(self, culture: str) -> str:
        return self.pick(KIN_BY_CULTURE[culture])

    def kin_for(self, p: Person) -> str:
        """A word for a relative that fits the person's sex (or either)."""
        other = _MALE_KIN if p.female else _FEMALE_KIN
        return self.pick([w for w in KIN_BY_CULTURE[p.culture] if w not in other])

    # --- places
    def town(self, culture: str | None = None) -> tuple[str, str, str, str]:
        towns = [t for t in US_TOWNS if culture is None or t[4] == culture] or list(US_TOWNS)
        t = self.pick(towns)
        return t[0], t[1], t[2], t[3]

    def street(self, state: str) -> P:
        if state == "HI":
            num = (
                f"{self.rng.randint(41, 96)}-{self.rng.randint(101, 1999)}"
                if self.chance(0.6)
                else str(self.rng.randint(10, 2400))
            )
            s = f"{num} {self.pick(HI_STREETS)}"
        elif self.chance(0.1):
            return (f"PO Box {self.rng.randint(100, 9899)}", "ADDRESS")
        else:
            s = f"{self.rng.randint(12, 9899)} {self.pick(STREETS)}"
        r = self.rng.random()
        if r < 0.2:
            s += f" Apt {self.rng.randint(1, 40)}{self.pick('ABCD')}"
        elif r < 0.35:
            s += f" #{self.rng.randint(2, 350)}"
        return (s, "ADDRESS")

    def zip(self, prefix: str) -> P:
        z = prefix + self.digits(2)
        if self.chance(0.2):
            z += "-" + self.digits(4)
        return (z, "ZIP")

    def facility(self, town: str | None = None, kinds=ORG_KINDS_CLINIC) -> P:
        word = self.pick(ORG_WORDS)
        kind = self.pick(kinds)
        if town and self.chance(0.5):
            return (f"{town} {kind}", "FACILITY")
        return (f"{word} {kind}", "FACILITY")

    # --- dates
    def day(self, lo: int = 2024, hi: int = 2026) -> date:
        return date(lo, 1, 1) + timedelta(days=self.rng.randint(0, (hi - lo + 1) * 365 - 1))

    def fmt(self, d: date, style: str | None = None) -> str:
        s = style or self.pick(DATE_STYLES)
        mon, b, wd = MONTHS[d.month - 1], MONTHS[d.month - 1][:3], WEEKDAYS[d.weekday()]
        out = {
            "mdY": f"{d.month:02d}/{d.day:02d}/{d.year}",
            "mdy": f"{d.month}/{d.day}/{d.year % 100:02d}",
            "iso": d.isoformat(),
            "dbY": f"{d.day:02d}-{b}-{d.year}",
            "dby": f"{d.day:02d}{b.upper()}{d.year % 100:02d}",
            "bdY": f"{b} {d.day}, {d.year}",
            "BdY": f"{mon} {d.day}, {d.year}",
            "dBY": f"{d.day} {mon} {d.year}",
            "dmY": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "BY": f"{mon} {d.year}",
            "md": f"{d.month}/{d.day}",
            "bd": f"{b} {d.day}",
            "Bth": f"{mon} {d.day}{'th' if 11 <= d.day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')}",
            "wmd": f"{wd[:3]} {d.month}/{d.day}",
            "wBdY": f"{wd}, {mon} {d.day}, {d.year}",
            "wmdY": f"{wd[:3]} {d.month:02d}/{d.day:02d}/{d.year}",
        }
        return out[s]

    def date(self, style: str | None = None, lo: int = 2024, hi: int = 2026) -> P:
        return (self.fmt(self.day(lo, hi), style), "DATE")

    def dob(self, culture: str, old: bool = False, child: bool = False) -> P:
        lo, hi = (1918, 1934) if old else (2021, 2024) if child else (1950, 2005)
        d = self.day(lo, hi)
        if culture == "sudanese" and self.chance(0.35):
            d = date(d.year, 1, 1)
            return (self.fmt(d, self.pick(("mdY", "mdY", "dmY"))), "DATE")
        style = self.pick(("mdY", "mdY", "iso", "dbY", "dmY", "BdY", "mdy"))
        if culture == "burundian" and self.chance(0.4):
            style = "dmY"
        return (self.fmt(d, style), "DATE")

    def age90(self) -> P:
        n = self.rng.randint(90, 108)
        return (spell_age(n) if self.chance(0.3) else str(n), "AGE")

    def young(self, adjective: bool = False, lo: int = 19, hi: int = 86) -> str:
        n = self.rng.randint(lo, hi)
        if adjective:
            return self.pick((f"{n}-year-old", f"{n} y/o", f"{n}yo"))
        return self.pick((f"{n} y/o", f"{n} years old", f"{n}yo", f"age {n}", f"{n} yrs"))

    def clock(self) -> str:
        return f"{self.rng.randint(1, 12)}:{self.pick(('00', '15', '30', '45', '05', '20', '40', '50'))}"

    # --- numbers
    def phone(self, area: str, kind: str = "PHONE") -> P:
        a, x, n = area, str(self.rng.randint(201, 989)), self.digits(4)
        s = self.pick((f"({a}) {x}-{n}", f"{a}-{x}-{n}", f"{a}.{x}.{n}", f"+1 {a}-{x}-{n}", f"1-{a}-{x}-{n}",
                       f"({a}){x}-{n}"))  # fmt: skip
        if kind == "PHONE" and self.chance(0.1):
            s += f" ext {self.rng.randint(10, 4999)}"
        return (s, kind)

    def abroad_phone(self, culture: str) -> P:
        cc = COUNTRY_CODE[culture]
        if cc == "+502":
            return (f"+502 {self.rng.randint(3, 5)}{self.digits(3)} {self.digits(4)}", "PHONE")
        if cc == "+211":
            return (f"+211 9{self.digits(2)} {self.digits(3)} {self.digits(3)}", "PHONE")
        if self.chance(0.4):  # family in Rwanda
            return (f"+250 78{self.rng.randint(0, 9)} {self.digits(3)} {self.digits(3)}", "PHONE")
        return (f"+257 {self.rng.randint(61, 79)} {self.digits(3)} {self.digits(3)}", "PHONE")

    def email(self, p: Person) -> P:
        local = self.pick((
            f"{p.given}.{p.surname}", f"{p.given[0]}{p.surname}", f"{p.surname}{self.digits(2)}",
            f"{p.given}_{self.digits(3)}", f"{p.given}{p.surname[:3]}",
        )).lower().replace(" ", "").replace("'", "").replace("-", ".")  # fmt: skip
        return (f"{local}@{self.pick(EMAIL_DOMAINS)}", "EMAIL")

    def staff_email(self, p: Person, org: str) -> P:
        dom = re.sub(r"[^a-z]", "", org.lower())[:14]
        return (f"{p.given[0].lower()}{re.sub('[^a-z]', '', p.surname.lower())}@{dom}.org", "EMAIL")

    def url(self) -> P:
        host = self.pick(("portal.kokuahealth.org", "myixim.health", "ubumwe-clinic.org/portal", "scheduling.lokahi.care",
                          "upload.prairiestarmed.com", "forms.amahorohealth.net", "pay.cedarridgehc.org"))  # fmt: skip
        tail = self.pick((f"/s/{self.digits(6)}", f"?visit={self.digits(8)}", f"/r/{self.rng.randint(10**6, 10**7)}",
                          f"/upload/{self.digits(5)}"))  # fmt: skip
        return (f"{self.pick(('https://', 'https://', 'http://'))}{host}{tail}", "URL")

    def ip(self) -> P:
        if self.chance(0.15):
            return (
                f"2600:1700:{self.rng.randint(4096, 65535):x}:{self.rng.randint(1, 65535):x}::{self.rng.randint(1, 255):x}",
                "IP",
            )
        return (f"{self.rng.randint(24, 223)}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}", "IP")  # fmt: skip

    def ssn(self) -> P:
        a = str(self.rng.randint(1, 899)).zfill(3)
        while a in ("000", "666"):
            a = str(self.rng.randint(1, 899)).zfill(3)
        b, c = f"{self.rng.randint(1, 99):02d}", f"{self.rng.randint(1, 9999):04d}"
        return (self.pick((f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}")), "SSN")

    def mrn(self) -> P:
        n = self.rng.randint(6, 9)
        body = str(self.rng.randint(1, 9)) + self.digits(n - 1)
        full = body + luhn_digit(body)
        if self.chance(0.2):
            full = full[:2] + "-" + full[2:]
        return (full, "MRN")

    def account(self) -> P:
        return (self.pick((self.digits(10), f"{self.rng.randint(4, 9)}{self.digits(8)}", f"HAR{self.digits(9)}",
                           f"{self.digits(4)}-{self.digits(6)}")), "ACCOUNT")  # fmt: skip

    def mbi(self) -> str:
        r = self.rng
        chars = [str(r.randint(1, 9)), r.choice(_MBI_ALPHA), r.choice(_MBI_ALPHA + "0123456789"), str(r.randint(0, 9)),
                 r.choice(_MBI_ALPHA), r.choice(_MBI_ALPHA + "0123456789"), str(r.randint(0, 9)), r.choice(_MBI_ALPHA),
                 r.choice(_MBI_ALPHA), str(r.randint(0, 9)), str(r.randint(0, 9))]  # fmt: skip
        s = "".join(chars)
        return f"{s[:4]}-{s[4:7]}-{s[7:]}" if self.chance(0.5) else s

    def plan(self) -> P:
        return (self.pick((self.mbi(), f"{self.pick(('XHM', 'KHA', 'U', 'W'))}{self.digits(9)}",
                           f"{self.pick(('NE', 'IA', 'HI', 'SD'))}{self.digits(8)}", self.digits(11))), "HEALTH_PLAN")  # fmt: skip

    def dea(self, surname: str) -> P:
        d = [self.rng.randint(0, 9) for _ in range(6)]
        check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        letter = surname[0].upper() if surname[0].isalpha() else "X"
        return (f"{self.pick('ABFGM')}{letter}{''.join(map(str, d))}{check}", "LICENSE")

    def licence(self, state: str = "NE") -> P:
        shapes = {"NE": f"H{self.digits(8)}", "IA": f"{self.digits(3)}LT{self.digits(4)}", "HI": f"H00{self.digits(6)}",
                  "SD": self.digits(8), "NH": f"NHL{self.digits(8)}", "NY": f"{self.digits(3)} {self.digits(3)} {self.digits(3)}",
                  "KY": f"S{self.digits(8)}", "FL": f"T{self.digits(3)}-{self.digits(3)}-{self.digits(2)}-{self.digits(3)}-0"}  # fmt: skip
        return (shapes.get(state, f"{self.pick('ABDKLM')}{self.digits(7)}"), "LICENSE")

    def plate(self, state: str = "NE") -> P:
        if state == "HI":
            return (f"{self.pick(('S', 'R', 'P', 'N'))}{self.pick('ABCDEFGHJKLMNPRSTUVWXYZ')}{self.pick('ABCDEFGHJKLMNPRSTUVWXYZ')} {self.digits(3)}", "VEHICLE")  # fmt: skip
        if state == "NE":
            return (f"{self.rng.randint(1, 9)}-{self.pick('ABCDEFGH')}{self.digits(4)}", "VEHICLE")
        letters = "".join(self.pick("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))
        return (self.pick((f"{letters} {self.digits(4)}", f"{letters}-{self.digits(3)}", f"{self.digits(3)}{letters}")), "VEHICLE")  # fmt: skip

    def vin(self) -> P:
        wmi = self.pick(("1FT", "1GC", "3GT", "5TD", "JTM", "1HG", "2T3", "KND", "3C6", "1C4"))
        pool = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        rest = "".join(self.pick(pool) for _ in range(5)) + self.pick("NPRSTV") + self.pick(pool) + self.digits(6)
        return (vin_check(wmi + rest), "VEHICLE")

    def serial(self, prefix: str = "") -> P:
        pool = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        body = "".join(self.pick(pool) for _ in range(self.rng.randint(8, 12)))
        return (prefix + body, "DEVICE")

    def imei(self) -> P:
        body = "35" + self.digits(12)
        return (body + luhn_digit(body), "DEVICE")

    def npi(self) -> P:
        body = self.pick("12") + self.digits(8)
        return (body + luhn_digit("80840" + body), "ID")

    def ident(self, prefix: str, n: int = 7) -> P:
        return (f"{prefix}{self.digits(n)}", "ID")

    def anumber(self) -> P:
        d = str(self.rng.randint(200, 249)) + self.digits(6)
        return (self.pick((f"A{d}", f"A{d[:3]}-{d[3:6]}-{d[6:]}", f"A-{d}")), "ID")

    # --- keep terms
    def icd(self, *codes: str) -> P:
        return (self.pick(codes), "code")

    def lot(self) -> P:
        return (f"{self.pick('ABCDEFGHKLMNPRTWXZ')}{self.pick(('', self.pick('ABCDEFGHJKLMNPRT')))}{self.digits(self.rng.randint(4, 5))}", "code")  # fmt: skip


# ---------------------------------------------------------------- extras: each row carries some
# rare identifiers woven into a sentence, so that every type occurs often in each family.
EXTRA_TYPES = ("FAX", "EMAIL", "URL", "IP", "LICENSE", "VEHICLE", "DEVICE", "SSN", "AGE", "ID", "HEALTH_PLAN",
               "ACCOUNT", "MRN")  # fmt: skip


_NOTE_LEADS = {
    "FAX": ("Records faxed to ", "Fax result to "),
    "EMAIL": ("Patient e-mail on file: ", "After-visit summary e-mailed to "),
    "URL": ("Education video link sent: ", "Consent signed at "),
    "IP": ("Portal check-in from IP ", "eCheck-in logged from "),
    "SSN": ("SSN on file ", "SSN (billing) "),
    "HEALTH_PLAN": ("Secondary plan ID ", "Medicaid ID "),
    "ACCOUNT": ("Guarantor account ", "HB account "),
    "MRN": ("Old chart # ", "Merged MRN "),
}


def note_extra(g: Gen, kind: str, p: Person, area: str, state: str) -> list[Piece]:
    """One line of a clinical note that carries a PHI value of `kind`."""
    if kind in _NOTE_LEADS:
        value = {
            "FAX": lambda: g.phone(area, "FAX"),
            "EMAIL": lambda: g.email(p),
            "URL": g.url,
            "IP": g.ip,
            "SSN": g.ssn,
            "HEALTH_PLAN": g.plan,
            "ACCOUNT": g.account,
            "MRN": g.mrn,
        }[kind]()
        return [g.pick(_NOTE_LEADS[kind]), value, "."]
    if kind == "AGE":
        return [f"Caregiver {g.kin(p.culture)} is ", g.age90(), g.pick((" and drives her in.", ", hard of hearing."))]
    if kind == "VEHICLE":
        if g.chance(0.4):
            return ["Transport van VIN ", g.vin(), "."]
        return [g.pick(("Arrived by car, plate ", "Valet ticket for plate ")), g.plate(state), "."]
    if kind == "DEVICE":
        if g.chance(0.3):
            return ["Phone IMEI for RPM app ", g.imei(), "."]
        return [g.pick(("Home device serial ", "Glucometer SN ")), g.serial(), "."]
    if kind == "LICENSE" and g.chance(0.5):
        return ["ID checked, driver's license ", g.licence(state), "."]
    return extra(g, kind, p, area, state)


def extra(g: Gen, kind: str, p: Person, area: str, state: str) -> list[Piece]:
    """One sentence that carries a PHI value of `kind`."""
    if kind == "FAX":
        return [g.pick(("Fax it to ", "fax # ", "Our fax is ", "Please fax records to ")), g.phone(area, "FAX"), "."]
    if kind == "EMAIL":
        return [
            g.pick(("Email me at ", "my email: ", "You can also write to ", "e-mail ")),
            g.email(p),
            g.pick((".", "", " thanks")),
        ]
    if kind == "URL":
        return [g.pick(("Link: ", "Upload here ", "Details at ", "Form is at ")), g.url(), ""]
    if kind == "IP":
        return [g.pick(("(sent from ", "(login from ", "(device address ")), g.ip(), ")"]
    if kind == "LICENSE":
        if g.chance(0.4):
            doc = g.person()
            return ["Prescriber DEA ", g.dea(doc.surname), ", Dr. ", g.name(doc, "surname"), "."]
        return [g.pick(("My driver's license is ", "DL# ", "ID card / license ")), g.licence(state), "."]
    if kind == "VEHICLE":
        if g.chance(0.35):
            return ["VIN ", g.vin(), " (the car we come in)."]
        return [
            g.pick(("We park the car with plate ", "plate ", "Our van, tag ")),
            g.plate(state),
            g.pick((".", " in lot B.", "")),
        ]
    if kind == "DEVICE":
        if g.chance(0.3):
            return ["phone IMEI ", g.imei(), " for the app."]
        return [g.pick(("meter serial ", "device SN ", "pump serial # ")), g.serial(), "."]
    if kind == "SSN":
        return [g.pick(("SSN ", "social ", "last form asked SSN: ")), g.ssn(), "."]
    if kind == "AGE":
        k = g.kin(p.culture)
        return [g.pick((f"{k} is ", f"My {g.pick(('grandmother', 'grandfather', 'great-aunt'))} is ",
                        f"For the record {k} turned ")), g.age90(), g.pick((" now.", " this year.", "."))]  # fmt: skip
    if kind == "ID":
        return g.pick((
            lambda: ["Ticket ", g.ident("TK-", 6), "."],
            lambda: ["A-number ", g.anumber(), "."],
            lambda: ["Ref # ", g.ident("R", 8), "."],
            lambda: ["NPI ", g.npi(), "."],
            lambda: ["photo ID on file ", g.ident("PH-", 7), "."],
        ))()  # fmt: skip
    if kind == "HEALTH_PLAN":
        return [g.pick(("Member ID ", "Medicaid # ", "plan ID: ", "Medicare number ")), g.plan(), "."]
    if kind == "ACCOUNT":
        return [g.pick(("Acct ", "account # ", "billing acct: ")), g.account(), "."]
    return [g.pick(("MRN ", "chart # ", "record number ")), g.mrn(), "."]


def add_extras(
    g: Gen, d: Doc, i: int, count: int, p: Person, area: str, state: str, sep: str = " ", note: bool = False
) -> None:
    for j in range(count):
        kind = EXTRA_TYPES[(i * count + j) % len(EXTRA_TYPES)]
        d.add(sep, *(note_extra if note else extra)(g, kind, p, area, state))


# ---------------------------------------------------------------- messages
Genre = Callable[[Gen, Doc, int], None]


def _ctx(g: Gen, female: bool | None = None):
    p = g.person(female=female)
    town, state, zp, area = g.town(p.culture if g.chance(0.7) else None)
    return p, town, state, zp, area


def m_bowel_prep(g: Gen, d: Doc, i: int) -> None:
    p, town, state, zp, area = _ctx(g)
    nurse, cred = g.clinician()
    times = sorted(g.rng.sample(range(13, 23), 4))
    t = [f"{h - 12 if h > 12 else h}:{g.pick(('02', '14', '27', '39', '51'))} PM" for h in times]
    drug = g.pick(("polyethylene glycol 238 g", "sodium picosulfate 10 mg", "bisacodyl 5 mg", "Suflave 1 kit"))
    d.add("GI prep line - ", g.facility(town), "\n")
    d.add(
        f"[{t[0]}] ",
        g.name(p, "given"),
        ": hi its ",
        g.name(p, "full"),
        " my colonoscopy is ",
        g.date("wmd"),
        " and i started the bowel prep\n",
    )
    d.add(f"[{t[1]}] ", nurse, f" {cred}: Good. Finish the first half of ", (drug, "drug"), " by 8:00. DOB please?\n")
    d.add(
        f"[{t[2]}] ",
        g.name(p, "given"),
        ": ",
        g.dob(p.culture),
        ". stool is still brown, ",
        g.young(),
        " if that matters\n",
    )
    d.add(
        f"[{t[3]}] ",
        nurse,
        f" {cred}: Keep going, we grade it on the ",
        ("Boston", "eponym"),
        " scale in the room. Procedure code ",
        (g.pick(("45378", "45380", "45385")), "code"),
        ", dx ",
        g.icd("Z12.11", "K63.5", "Z86.010"),
        ".",
    )
    add_extras(g, d, i, 2, p, area, state, "\n")


def m_sensor(g: Gen, d: Doc, i: int) -> None:
    p, town, state, zp, area = _ctx(g)
    maker, model = g.pick((("Dexcom", "Dexcom G7"), ("Abbott", "FreeStyle Libre 3")))
    d.add("> Your sensor replacement request was received. Reply with the serial.\n\n")
    d.add(
        "my ",
        (model, "model"),
        " sensor fell off day 3 after swimming. serial ",
        g.serial(),
        ", lot ",
        g.lot(),
        ". ",
        (maker, "manufacturer"),
        " said the clinic has to send the form. I take ",
        (g.pick(("insulin glargine 22 units", "insulin lispro 6 units", "metformin 1000 mg")), "drug"),
        ". Dx ",
        g.icd("E11.65", "E10.9", "E11.9"),
        ", supply code ",
        (g.pick(("A9276", "A9277", "E2103")), "code"),
        ".\n",
    )
    d.add("- ", g.name(p, g.pick(("full", "reg", "lower"))), ", DOB ", g.dob(p.culture), ", ", g.phone(area))
    add_extras(g, d, i, 2, p, area, state, "\n")


def m_birth_cert(g: Gen, d: Doc, i: int) -> None:
    p, town, state, zp, area = _ctx(g)
    baby = g.person(p.culture)
    dad = g.person(p.culture, female=False)
    d.add("Re: birth certificate worksheet\n")
    d.add(
        "Hello, the hospital asked us to fix the worksheet before it goes to the state. Baby name should be ",
        g.name(baby, g.pick(("full", "hyph", "papers"))),
        " not ",
        g.name(baby, "given"),
        " only. Born ",
        g.date(g.pick(("mdY", "BdY", "wBdY"))),
        " at ",
        g.facility(town),
        ". Mother ",
        g.name(p, g.pick(("reg", "papers"))),
        ", born in ",
        (g.pick(ABROAD_BY_CULTURE[p.culture]), "LOCATION"),
        f", {COUNTRY[p.culture]}. Father ",
        g.name(dad, "hyph" if dad.culture == "maya" else None),
        ". Address ",
        g.street(state),
        ", ",
        (town, "LOCATION"),
        f", {state} ",
        g.zip(zp),
        ". File no. ",
        g.ident("BC-", 8),
        ".",
    )
    if p.culture in COUNTRY_CODE:
        d.add(" Grandparents abroad can be reached at ", g.abroad_phone(p.culture), ".")
    if p.culture == "maya":
        d.add(" Hermana ", g.name(g.person("maya", True), "given"), " from church helped us write this.")
    add_extras(g, d, i, 2, p, area, state)


def m_cannabis(g: Gen, d: Doc, i: int) -> None:
    p, town, state, zp, area = _ctx(g)
    doc, cred = g.clinician()
    d.add("MEDICAL CANNABIS CERTIFICATION - RENEWAL\n")
    d.add(
        "Patient:\t",
        g.name(p, "reg"),
        "\nDOB:\t",
        g.dob(p.culture),
        "\nRegistry card:\t",
        g.ident("MC", 9),
        "\nExpires:\t",
        g.date(g.pick(("mdY", "iso", "BY"))),
        "\nQualifying dx:\t",
        g.icd("G89.4", "G40.909", "C50.911", "G35"),
        "\nCertifying provider:\t",
        doc,
        f", {cred}\n",
    )
    d.add(
        "Pt message: I need the renewal before it runs out, I'm ",
        g.young(),
        " and the pharmacy at ",
        g.facility(town, ("Dispensary", "Wellness Dispensary")),
        " won't sell without it. Fingerprint scan ID ",
        g.ident("FP", 8),
        ".",
    )
    add_extras(g, d, i, 2, p, area, state, "\n")


def m_mammo_van(g: Gen, d: Doc, i: int) -> None:
    p, town, state, zp, area = _ctx(g, True)
    site = g.facility(town, ("Family Clinic", "Community Health Center"))
    if p.culture == "hawaiian":
        d.add("Aunty ")
    d.add(
        g.name(p, "given"),
        ", the mammography van will be at ",
        g.pick(
            (
                ("St. Bakhita Catholic Church", "FACILITY"),
                ("Utz Kaslemal Market", "FACILITY"),
                ("Lokahi Community Center", "FACILITY"),
                site,
            )
        ),
        " parking lot on ",
        g.date(g.pick(("wmd", "wBdY", "bd"))),
        " from ",
        g.clock(),
        " to ",
        g.clock(),
        ". Screening code ",
        (g.pick(("77067", "77063")), "code"),
        ". Bring your ",
        (g.pick(INSURERS[:8]), "insurer"),
        " card. Call ",
        g.phone(area),
        " to change.\n> C\n> confirm for me and my ",
        g.kin(p.culture),
        " too, she is ",
        g.young(lo=58, hi=88),
        ". Our address ",
        g.street(state),
        ", ",
        (town, "LOCATION"),
        ".",
    )
    add_extras(g, d, i, 2, p, area, state, "\n")


def m_sharps(g: Gen, d: Doc, i: int) -> None:
    p, town, state, zp, area = _ctx(g)
    d.add("Sharps container pickup request\n")
    d.add(
        "* Name: ",
        g.name(p),
        "\n* Pickup address: ",
        g.street(state),
        ", ",
        (town, "LOCATION"),
        ", ",
        g.zip(zp),
        "\n* Phone: ",
        g.phone(area),
        "\n* Needles from: ",
        (g.pick(("enoxaparin 40 mg", "semaglutide 1 mg", "insulin aspart 10 units", "adalimumab 40 mg")), "drug"),
        "\n* Container: ",
        (g.pick(("Becton Dickinson", "Medtronic")), "manufacturer"),
        " 1.4 qt, full\n* Best day: ",
        g.date(g.pick(("wmd", "md", "Bth"))),
        " after ",
        g.clock(),
        "\n",
    )
    add_extras(g, d, i, 2, p, area, state, "\n* ")


def m_renewal(g: Gen, d: Doc, i: int) -> None:
    p, town, state, zp, area = _ctx(g)
    chw, _ = g.clinician()
    d.add("Medicaid renewal packet help\n")
    d.add(
        "Name\t",
        g.name(p, g.pick(("caps", "papers", "reg"))),
        "\nCase #\t",
        g.ident("", 9),
        "\nMember ID\t",
        g.plan(),
        "\nDue\t",
        g.date(g.pick(("mdY", "BdY", "iso"))),
        "\nHousehold\t",
        str(g.rng.randint(2, 9)),
        "\n\n",
        "Note from CHW ",
        chw,
        ", CHW: family brought the renewal packet from ",
        (g.pick(INSURERS[:4]), "insurer"),
        ". Pay stubs from ",
        g.facility(town, ("Pork Plant", "Poultry Processing", "Packing Co")),
        " attached. Mother ",
        g.young(),
        ".",
    )
    add_extras(g, d, i, 2, p, area, state, "\n")


def m_rabies(g: Gen, d: Doc, i: int) -> None:
    p, town, state, zp, area = _ctx(g)
    officer = g.person()
    d.add("Subject: rabies shots follow up\n\n")
    d.add(
        "Dear Dr. ",
        g.name(g.person(), "surname"),
        ", my son was bit by the neighbor dog on ",
        g.date(g.pick(("md", "bd", "mdY"))),
        " near ",
        g.street(state),
        ". Animal control officer ",
        g.name(officer, "first_last"),
        " gave case number ",
        g.ident("AC-", 7),
        " and the owner car plate ",
        g.plate(state),
        ". ED gave ",
        (g.pick(("rabies immune globulin 20 IU/kg", "rabies vaccine 1 mL")), "drug"),
        " and code ",
        g.icd("W54.0XXA", "Z20.3"),
        ". Next dose ",
        g.date("wmd"),
        "?\n",
        g.name(p, "first_last"),
    )
    add_extras(g, d, i, 2, p, area, state, "\n")


def m_lead(g: Gen, d: Doc, i: int) -> None:
    p, town, state, zp, area = _ctx(g)
    landlord = g.person()
    d.add("LEAD PROGRAM - ", (town, "LOCATION"), " health dept\n")
    d.add(
        "Child: ",
        g.name(g.person(p.culture), g.pick(("reg", "papers"))),
        "  DOB ",
        g.dob(p.culture, child=True),
        "\nVenous lead level 14 mcg/dL on ",
        g.date(g.pick(("mdY", "dbY", "iso"))),
        " (",
        (g.pick(("83655",)), "code"),
        ", dx ",
        g.icd("R78.71", "Z77.011"),
        ")\nHome: ",
        g.street(state),
        ", ",
        g.zip(zp),
        " built before 1978\nLandlord: ",
        g.name(landlord, "reg"),
        ", ",
        g.phone(area),
        "\nLead case ",
        g.ident("PB", 6),
        "\n",
    )
    add_extras(g, d, i, 2, p, area, state, "\n")


def m_cord_blood(g: Gen, d: Doc, i: int) -> None:
    p, town, state, zp, area = _ctx(g)
    d.add("Hi ", g.name(p, "given"), "! Thanks for enrolling in cord blood banking with ",
          g.pick((("Amahoro Cord Blood Bank", "FACILITY"), ("Lokahi Cord Registry", "FACILITY"), ("Prairie Star Biobank", "FACILITY"))),
          ". Your kit ", g.serial("CB"), " ships to ", g.street(state), ", ", (town, "LOCATION"), ". Due date ",
          g.date(g.pick(("BdY", "Bth", "mdY"))), ", delivering in ", ("Labor and Delivery", "department"), " at ",
          g.facility(town), ". Account ", g.account(), ".\n> is it covered by ", (g.pick(INSURERS), "insurer"), "?\nNo - self pay.")  # fmt: skip
    add_extras(g, d, i, 2, p, area, state, "\n")


def m_grab_bar(g: Gen, d: Doc, i: int) -> None:
    p, town, state, zp, area = _ctx(g)
    contractor = g.person(female=False)
    d.add("Home safety: grab bar install\n")
    d.add(
        g.kin_for(p),
        " (",
        g.name(p, g.pick(("full", "caps"))),
        ") fell in the shower on ",
        g.date(g.pick(("md", "bd", "wmd"))),
        ", dx ",
        g.icd("W18.30XA", "Z91.81", "R26.81"),
        ". OT asked for ",
        ("Moen DN7010", "model"),
        " grab bars (",
        ("Moen", "manufacturer"),
        ") or a ",
        ("Hillrom", "manufacturer"),
        " rail. Contractor ",
        g.name(contractor, "first_last"),
        ", license ",
        g.licence(state),
        ", truck ",
        g.plate(state),
        " VIN ",
        g.vin(),
        ". Address ",
        g.street(state),
        ".",
    )
    add_extras(g, d, i, 1, p, area, state, "\n")


def m_doula(g: Gen, d: Doc, i: int) -> None:
    p, town, state, zp, area = _ctx(g, True)
    doula = g.person(female=True)
    d.add("Doula program intake\n")
    d.add(
        "- Client: ",
        g.name(p),
        " (",
        g.young(lo=17, hi=42),
        ")\n- EDD: ",
        g.date(g.pick(("mdY", "BdY", "Bth"))),
        "\n- Language: ",
        g.pick(LANGUAGES[p.culture]),
        "\n- Doula: ",
        g.pick(("", "Mrs. ", "Ms. ")),
        g.name(doula, "first_last"),
        "\n- Clinic: ",
        g.facility(town),
        "\n- Insurance: ",
        (g.pick(INSURERS), "insurer"),
        " ",
        g.plan(),
        "\n- Dx ",
        g.icd("Z34.83", "O09.523", "Z3A.32"),
        "\n",
    )
    add_extras(g, d, i, 2, p, area, state, "\n- ")


def m_weather(g: Gen, d: Doc, i: int) -> None:
    p, town, state, zp, area = _ctx(g)
    staff = g.person()
    hrs = sorted(g.rng.sample(range(7, 12), 4))
    d.add("weather closure - reschedule chat\n")
    d.add(f"[{hrs[0]}:05 AM] ", g.name(staff, "given"), ": ", g.facility(town), " is closed today for weather.\n")
    d.add(
        f"[{hrs[1]}:12 AM] ",
        g.name(p, "given"),
        ": ok i had ",
        (g.pick(DEPARTMENTS), "department"),
        " at ",
        g.clock(),
        ". can i come ",
        g.date("wmd"),
        "?\n",
    )
    d.add(f"[{hrs[2]}:31 AM] ", g.name(staff, "given"), ": Yes. Confirm your DOB and phone.\n")
    d.add(f"[{hrs[3]}:48 AM] ", g.name(p, "given"), ": ", g.dob(p.culture), ", ", g.phone(area), ".")
    add_extras(g, d, i, 2, p, area, state, "\n")


def m_bp_cuff(g: Gen, d: Doc, i: int) -> None:
    p, town, state, zp, area = _ctx(g)
    maker, model = g.pick((("Omron", "Omron BP7450"), ("Withings", "Withings BPM Connect")))
    d.add("BP cuff readings upload\n")
    d.add(
        "Pt: ",
        g.name(p, g.pick(("reg", "caps", "dot"))),
        " | MRN ",
        g.mrn(),
        "\nDevice: ",
        (model, "model"),
        " (",
        (maker, "manufacturer"),
        ") SN ",
        g.serial(),
        "\n",
    )
    first = g.day()
    for k in range(3):
        d.add(
            "| ",
            (g.fmt(first + timedelta(days=k), "md"), "DATE"),
            f" | {g.clock()} | {g.rng.randint(118, 172)}/{g.rng.randint(64, 99)} |\n",
        )
    d.add(
        "Synced from ",
        g.ip(),
        ". Taking ",
        (g.pick(("amlodipine 5 mg", "lisinopril 20 mg", "losartan 50 mg")), "drug"),
        ". RPM code ",
        (g.pick(("99454", "99457")), "code"),
        ".",
    )
    add_extras(g, d, i, 1, p, area, state, "\n")


def m_house_fire(g: Gen, d: Doc, i: int) -> None:
    p, town, state, zp, area = _ctx(g)
    caseworker = g.person()
    d.add(
        "Pharmacy team - we lost everything in a house fire on ",
        g.date(g.pick(("md", "bdY", "wmd"))),
        ". Staying at ",
        g.pick(
            (
                ("Good Shepherd Family Shelter", "FACILITY"),
                ("Riverbend Emergency Shelter", "FACILITY"),
                ("Cedar Ridge Motel", "FACILITY"),
            )
        ),
        " now. Need replacement of ",
        (g.pick(("levetiracetam 500 mg", "tacrolimus 1 mg", "apixaban 5 mg", "sertraline 50 mg")), "drug"),
        " and my glasses. Red Cross worker ",
        g.name(caseworker, "first_last"),
        " said call ",
        g.phone(area),
        ". Old address was ",
        g.street(state),
        ", ",
        (town, "LOCATION"),
        ". Pastor ",
        g.name(g.person(), "surname"),
        " can vouch for us.\n-- ",
        g.name(p, "initials"),
    )
    add_extras(g, d, i, 2, p, area, state, "\n")


MESSAGE_GENRES: tuple[Genre, ...] = (m_bowel_prep, m_sensor, m_birth_cert, m_cannabis, m_mammo_van, m_sharps,
                                     m_renewal, m_rabies, m_lead, m_cord_blood, m_grab_bar, m_doula, m_weather,
                                     m_bp_cuff, m_house_fire)  # fmt: skip


# ---------------------------------------------------------------- clinical
def c_header(g: Gen, d: Doc, i: int, p: Person, title: str, child: bool = False) -> tuple[str, str, str, str]:
    town, state, zp, area = g.town(p.culture if g.chance(0.7) else None)
    fac = g.facility(town)
    if i % 3 == 0:
        d.add(
            "PATIENT LABEL\n",
            g.name(p, g.pick(("reg", "papers", "caps"))),
            "\nMRN ",
            g.mrn(),
            "  DOB ",
            g.dob(p.culture, old=not child and g.chance(0.2), child=child),
            "\n",
            g.street(state),
            ", ",
            (town, "LOCATION"),
            f", {state} ",
            g.zip(zp),
            "\n",
            fac,
            f"\n\n{title}\n",
        )
    elif i % 3 == 1:
        d.add(
            fac,
            f" -- {title}\nENCOUNTER ",
            g.date(g.pick(("mdY", "iso", "dbY", "wmdY"))),
            " | Acct ",
            g.account(),
            " | Patient ",
            g.name(p, "reg"),
            " | MRN ",
            g.mrn(),
            "\nHome: ",
            g.street(state),
            ", ",
            (town, "LOCATION"),
            " ",
            g.zip(zp),
            "; tel ",
            g.phone(area),
            "\n\n",
        )
    else:
        d.add(
            f"{title}\nName: ",
            g.name(p, g.pick(("full", "hyph"))),
            "\nDate of birth: ",
            g.dob(p.culture, child=child),
            "\nMRN: ",
            g.mrn(),
            "\nPlan: ",
            (g.pick(INSURERS), "insurer"),
            " ",
            g.plan(),
            "\nLocation: ",
            fac,
            ", ",
            (town, "LOCATION"),
            "\n\n",
        )
    return town, state, zp, area


def c_footer(g: Gen, d: Doc, i: int, p: Person, area: str, state: str) -> None:
    doc, cred = g.clinician()
    kind = i % 4
    if kind == 0:
        d.add("\nROUTING\n")
        add_extras(g, d, i, 3, p, area, state, "\n- ", note=True)
    elif kind == 1:
        d.add("\nLate entry ", g.date(g.pick(("mdY", "iso"))), f" {g.clock()}:")
        add_extras(g, d, i, 3, p, area, state, " ", note=True)
    elif kind == 2:
        d.add("\nCopy to: ", g.facility(), ", fax ", g.phone(area, "FAX"), ".")
        add_extras(g, d, i, 2, p, area, state, " ", note=True)
    else:
        interp = g.person(p.culture)
        d.add(
            "\nSOCIAL / INTERPRETER\nBorn in ",
            (g.pick(ABROAD_BY_CULTURE[p.culture]), "LOCATION"),
            f", {COUNTRY[p.culture]}; lives with {g.kin(p.culture)} and a spouse, {g.young()}. Interpreter ",
            g.name(interp, g.pick(("first_last", "dot", "reg"))),
            " (",
            g.pick(LANGUAGES[p.culture]),
            "), job ",
            g.ident("INT-", 6),
            ", called ",
            g.phone(area),
            ". Works nights at ",
            g.facility(None, ("Packing Co", "Poultry Processing", "Resort", "Distribution Center")),
            "; walks to the bus from ",
            g.street(state),
            ".",
        )
        if p.culture in COUNTRY_CODE:
            d.add(" Brother abroad: ", g.abroad_phone(p.culture), ".")
        add_extras(g, d, i, 3, p, area, state, "\n", note=True)
    d.add(
        "\nElectronically signed by ",
        doc,
        f", {cred} on ",
        g.date(g.pick(("mdY", "dbY", "iso", "wmdY"))),
        f" {g.clock()}",
    )


def c_stroke(g: Gen, d: Doc, i: int) -> None:
    p = g.person()
    town, state, zp, area = c_header(g, d, i, p, "STROKE CODE NOTE")
    witness = g.person(p.culture)
    d.add(
        "Code stroke called ",
        g.clock(),
        ". ",
        f"{g.young(True)} pt" if g.chance(0.7) else "Pt",
        " with L hemiparesis. LKW per ",
        g.kin(p.culture),
        " (",
        g.name(witness, "first_last"),
        ", ",
        g.phone(area),
        ") ",
        g.clock(),
        ".\n",
    )
    d.add(f"NIHSS {g.rng.randint(4, 22)}: LOC 0, gaze 1, motor arm 3, ", ("Babinski", "eponym"), " present.\n")
    d.add(
        "CT head no bleed. Given ",
        (g.pick(("alteplase 0.9 mg/kg", "tenecteplase 0.25 mg/kg")), "drug"),
        ". ",
        ("Neurology", "department"),
        " at bedside. Dx ",
        g.icd("I63.511", "I63.9", "I63.411"),
        ", CPT ",
        (g.pick(("99291", "70450")), "code"),
        ".\n",
    )
    c_footer(g, d, i, p, area, state)


def c_eeg(g: Gen, d: Doc, i: int) -> None:
    p = g.person()
    town, state, zp, area = c_header(g, d, i, p, "EEG REPORT")
    tech = g.person()
    d.add(
        "Routine EEG, ",
        ("Natus", "manufacturer"),
        " ",
        ("NeuroWorks XLTEK", "model"),
        ", recorded by ",
        g.name(tech, "first_last"),
        ", REEGT. Indication: spells, ",
        g.young(),
        ". Meds: ",
        (g.pick(("levetiracetam 750 mg", "lamotrigine 100 mg", "valproate 500 mg")), "drug"),
        ".\n",
    )
    d.add(
        "Findings: 9 Hz posterior rhythm, left temporal sharp waves. Impression abnormal. CPT ",
        (g.pick(("95816", "95819")), "code"),
        ", dx ",
        g.icd("G40.209", "R56.9"),
        ".\n",
    )
    c_footer(g, d, i, p, area, state)


def c_geriatric(g: Gen, d: Doc, i: int) -> None:
    p = g.person()
    town, state, zp, area = c_header(g, d, i, p, "COMPREHENSIVE GERIATRIC ASSESSMENT")
    d.add(
        "Age ",
        g.age90(),
        ". Lives with daughter-in-law ",
        g.name(g.person(p.culture, True)),
        " at ",
        g.street(state),
        f"; {g.kin(p.culture)} visits daily.\n",
    )
    d.add(
        f"MoCA {g.rng.randint(14, 27)}/30. ",
        ("Katz", "eponym"),
        f" ADL {g.rng.randint(2, 6)} of 6, ",
        ("Lawton", "eponym"),
        f" IADL {g.rng.randint(1, 8)} of 8, ",
        ("Tinetti", "eponym"),
        f" {g.rng.randint(10, 26)}/28.\n",
    )
    d.add(
        "Meds reviewed with ",
        ("Geriatrics", "department"),
        ": ",
        (g.pick(("donepezil 5 mg", "memantine 10 mg", "mirtazapine 7.5 mg")), "drug"),
        ". Dx ",
        g.icd("F03.90", "R54", "Z91.81"),
        ", code ",
        ("99483", "code"),
        ".\n",
    )
    c_footer(g, d, i, p, area, state)


def c_cardioversion(g: Gen, d: Doc, i: int) -> None:
    p = g.person()
    town, state, zp, area = c_header(g, d, i, p, "CARDIOVERSION NOTE")
    d.add(
        "Indication: AF, ",
        g.young(),
        ". On ",
        (g.pick(("apixaban 5 mg", "rivaroxaban 20 mg")), "drug"),
        " without missed doses since ",
        g.date(g.pick(("md", "bdY", "BdY"))),
        ".\nSedation ",
        (g.pick(("propofol 60 mg", "etomidate 12 mg")), "drug"),
        ". Synchronized 200 J x1 with ",
        ("Philips", "manufacturer"),
        " pads; sinus rhythm. ",
        ("Cardiology", "department"),
        ". CPT ",
        ("92960", "code"),
        ", dx ",
        g.icd("I48.91", "I48.19"),
        ".\n",
    )
    c_footer(g, d, i, p, area, state)


def c_paracentesis(g: Gen, d: Doc, i: int) -> None:
    p = g.person()
    town, state, zp, area = c_header(g, d, i, p, "PARACENTESIS PROCEDURE NOTE")
    d.add(
        ("Interventional Radiology", "department"),
        ". Ultrasound-guided paracentesis, ",
        ("Seldinger", "eponym"),
        f" technique, RLQ. Removed {g.rng.randint(2, 7)}.{g.rng.randint(0, 9)} L. Replaced with ",
        ("albumin 25% 50 g", "drug"),
        ". Fluid to lab, requisition ",
        g.ident("RQ", 8),
        ". CPT ",
        ("49083", "code"),
        ", dx ",
        g.icd("K70.31", "R18.8"),
        ".\n",
    )
    c_footer(g, d, i, p, area, state)


def c_echo(g: Gen, d: Doc, i: int) -> None:
    p = g.person()
    town, state, zp, area = c_header(g, d, i, p, "TRANSTHORACIC ECHOCARDIOGRAM")
    sono = g.person()
    d.add(
        "Sonographer ",
        g.name(sono, "first_last"),
        ", RDCS. ",
        ("Philips", "manufacturer"),
        " ",
        ("EPIQ CVx", "model"),
        ". Echocardiogram for dyspnea, ",
        g.young(),
        ".\n| Measure | Value |\n",
    )
    d.add(
        f"| LVEF | {g.rng.randint(25, 65)}% |\n| LA volume | {g.rng.randint(22, 48)} mL/m2 |\n| RVSP | {g.rng.randint(22, 58)} mmHg |\n"
    )
    d.add(
        ("Doppler", "eponym"),
        " shows grade 1 diastolic dysfunction. CPT ",
        ("93306", "code"),
        ", dx ",
        g.icd("I50.32", "R06.00", "I35.0"),
        ". Read by ",
        ("Cardiology", "department"),
        ".\n",
    )
    c_footer(g, d, i, p, area, state)


def c_lymphedema(g: Gen, d: Doc, i: int) -> None:
    p = g.person()
    town, state, zp, area = c_header(g, d, i, p, "LYMPHEDEMA THERAPY NOTE")
    ther = g.person()
    d.add(
        "Therapist ",
        g.name(ther, "first_last"),
        ", CLT. ",
        ("Stemmer", "eponym"),
        " sign positive L foot, swelling since ",
        g.date("BY"),
        ". ",
        ("Rehabilitation Services", "department"),
        ".\nSite\tL cm\tR cm\tdiff\n",
    )
    for site in ("MTP", "ankle", "calf", "knee"):
        a, b = g.rng.randint(20, 44), g.rng.randint(19, 40)
        d.add(f"{site}\t{a}.{g.rng.randint(0, 9)}\t{b}.{g.rng.randint(0, 9)}\t{abs(a - b)}\n")
    d.add(
        "Compression garment ordered, HCPCS ",
        (g.pick(("A6545", "A6531")), "code"),
        ", dx ",
        g.icd("I89.0", "I97.2"),
        ", CPT ",
        ("97140", "code"),
        ".\n",
    )
    c_footer(g, d, i, p, area, state)


def c_mohs(g: Gen, d: Doc, i: int) -> None:
    p = g.person()
    town, state, zp, area = c_header(g, d, i, p, "MOHS SURGERY NOTE")
    histotech = g.person()
    d.add(
        ("Mohs", "eponym"),
        " micrographic surgery, ",
        ("Dermatology", "department"),
        ". BCC R nasal ala, ",
        g.young(),
        ". Anesthesia ",
        ("lidocaine 1% with epinephrine 6 mL", "drug"),
        ".\n| Stage | Blocks | Margin | Tech |\n",
    )
    for s in range(1, g.rng.randint(3, 4)):
        d.add(
            f"| {s} | {g.rng.randint(1, 4)} | {'positive' if s == 1 else 'clear'} | ",
            g.name(histotech, "initials"),
            " |\n",
        )
    d.add("Repair: flap. CPT ", (g.pick(("17311", "17312")), "code"), ", dx ", g.icd("C44.311", "C44.319"), ".\n")
    c_footer(g, d, i, p, area, state)


def c_gtube(g: Gen, d: Doc, i: int) -> None:
    p = g.person()
    town, state, zp, area = c_header(g, d, i, p, "GASTROSTOMY TUBE CHANGE")
    d.add(
        "Gastrostomy tube dislodged at home per ",
        g.kin(p.culture),
        ". Replaced 18 Fr balloon, lot ",
        g.lot(),
        ", ",
        ("Becton Dickinson", "manufacturer"),
        ". ",
        ("Foley", "eponym"),
        " used as temporary stent earlier. ",
        "Position confirmed. Feeds: ",
        ("Jevity 1.5 240 mL", "drug"),
        ". HCPCS ",
        ("B4087", "code"),
        ", dx ",
        g.icd("K94.23", "Z93.1"),
        ". ",
        ("Nutrition Services", "department"),
        " notified.\n",
    )
    c_footer(g, d, i, p, area, state)


def c_hemophilia(g: Gen, d: Doc, i: int) -> None:
    p = g.person(female=False)
    town, state, zp, area = c_header(g, d, i, p, "HEMOPHILIA INFUSION LOG")
    d.add(
        ("Hematology", "department"),
        ". Severe factor VIII deficiency, ",
        g.young(),
        ". ",
        ("Bethesda", "eponym"),
        " inhibitor titer negative.\n",
    )
    for _ in range(2):
        d.add(
            "- ",
            g.date("md"),
            f" {g.clock()} ",
            ("Advate", "model"),
            " (",
            ("Takeda", "manufacturer"),
            ") ",
            ("antihemophilic factor 3000 IU", "drug"),
            ", lot ",
            g.lot(),
            "\n",
        )
    d.add(
        "Pump ",
        ("CADD-Solis", "model"),
        " serial ",
        g.serial(),
        ". Dx ",
        g.icd("D66", "Z79.899"),
        ", HCPCS ",
        ("J7192", "code"),
        ".\n",
    )
    c_footer(g, d, i, p, area, state)


def c_mchat(g: Gen, d: Doc, i: int) -> None:
    p = g.person()
    town, state, zp, area = c_header(g, d, i, p, "DEVELOPMENTAL SCREEN 18-24 MO", child=True)
    parent = g.person(p.culture)
    d.add(
        "M-CHAT-R/F completed by ",
        g.kin(p.culture) if g.chance(0.3) else "mother",
        " ",
        g.name(parent, "first_last"),
        f" with interpreter. Score {g.rng.randint(3, 12)}, follow-up interview positive. ",
        ("Pediatrics", "department"),
        ". Referred to ",
        g.facility(town, ("Early Intervention", "Autism Center")),
        ". CPT ",
        ("96110", "code"),
        ", dx ",
        g.icd("R62.50", "F88", "Z13.41"),
        ".\n",
    )
    c_footer(g, d, i, p, area, state)


def c_vasectomy(g: Gen, d: Doc, i: int) -> None:
    p = g.person(female=False)
    town, state, zp, area = c_header(g, d, i, p, "VASECTOMY PROCEDURE NOTE")
    d.add(
        ("Urology", "department"),
        ". ",
        g.young(True),
        " man, consent signed ",
        g.date(g.pick(("md", "mdY"))),
        ". No-scalpel vasectomy, ",
        ("lidocaine 2% 10 mL", "drug"),
        ". Segments sent, specimen ",
        g.ident("S", 7),
        ". Semen analysis at 12 weeks. CPT ",
        ("55250", "code"),
        ", dx ",
        g.icd("Z30.2"),
        ".\n",
    )
    c_footer(g, d, i, p, area, state)


def c_cystoscopy(g: Gen, d: Doc, i: int) -> None:
    p = g.person()
    town, state, zp, area = c_header(g, d, i, p, "CYSTOSCOPY NOTE")
    d.add(
        "Flexible cystoscopy, ",
        ("Olympus", "manufacturer"),
        " ",
        ("CYF-VA2", "model"),
        ", scope serial ",
        g.serial(),
        ". Hematuria, ",
        g.young(),
        ". ",
        ("Trendelenburg", "eponym"),
        " not needed. Bladder trabeculated, no tumor. ",
        ("Urology", "department"),
        ". CPT ",
        ("52000", "code"),
        ", dx ",
        g.icd("R31.0", "N32.89"),
        ". Prophylaxis ",
        ("ciprofloxacin 500 mg", "drug"),
        ".\n",
    )
    c_footer(g, d, i, p, area, state)


def c_circumcision(g: Gen, d: Doc, i: int) -> None:
    p = g.person(female=False)
    mom = g.person(p.culture, True)
    town, state, zp, area = c_header(g, d, i, p, "NEWBORN CIRCUMCISION", child=True)
    tool = g.pick(("Gomco", "Mogen"))
    d.add(
        "Born ",
        g.date(g.pick(("mdY", "BdY", "dbY"))),
        " to ",
        g.name(mom, "full"),
        ". Consent by parents. ",
        "Dorsal penile block ",
        ("lidocaine 1% 0.8 mL", "drug"),
        ". ",
        (tool, "eponym"),
        " clamp. Hemostasis good. ",
        ("Pediatrics", "department"),
        ". CPT ",
        ("54150", "code"),
        ", dx ",
        g.icd("Z41.2"),
        ".\n",
    )
    c_footer(g, d, i, p, area, state)


def c_opat(g: Gen, d: Doc, i: int) -> None:
    p = g.person()
    town, state, zp, area = c_header(g, d, i, p, "OPAT NOTE")
    d.add(
        ("Infectious Disease", "department"),
        ". OPAT for osteomyelitis, ",
        g.young(),
        ". ",
        (g.pick(("ceftriaxone 2 g", "daptomycin 6 mg/kg", "cefazolin 2 g")), "drug"),
        " via PICC through ",
        g.pick((("Kokua Home Infusion", "FACILITY"), ("Prairie Star Infusion", "FACILITY"))),
        ", ",
        ("Baxter", "manufacturer"),
        " pump. Weekly CBC, stool ",
        ("Bristol", "eponym"),
        " type 6. Stop date ",
        g.date(g.pick(("md", "BdY"))),
        ". Dx ",
        g.icd("M86.171", "M86.9"),
        ", HCPCS ",
        ("J0696", "code"),
        ".\n",
    )
    c_footer(g, d, i, p, area, state)


CLINICAL_GENRES: tuple[Genre, ...] = (c_stroke, c_eeg, c_geriatric, c_cardioversion, c_paracentesis, c_echo,
                                      c_lymphedema, c_mohs, c_gtube, c_hemophilia, c_mchat, c_vasectomy, c_cystoscopy,
                                      c_circumcision, c_opat)  # fmt: skip


# ---------------------------------------------------------------- rows
def _finish(d: Doc, case: str) -> tuple[str, list[dict], dict[str, str]]:
    text = d.text()
    keep = dict(d.keep)
    if case == "upper":
        text, keep = text.upper(), {k.upper(): v for k, v in keep.items()}
    elif case == "lower":
        text, keep = text.lower(), {k.lower(): v for k, v in keep.items()}
    spans = sorted(d.phi)
    for s, e, _t in spans:
        assert text[s:e].strip() == text[s:e], (text, s, e)
    for term in list(keep):
        hits = [m.start() for m in re.finditer(re.escape(term), text)]
        if not hits or any(s < h + len(term) and h < e for h in hits for s, e, _t in spans):
            del keep[term]
    phi: list[dict] = [{"start": s, "end": e, "type": t} for s, e, t in spans]
    if not text.isascii():
        raise ValueError(text)
    return text, phi, keep


def generate(family: str, n: int, seed: int) -> list[dict]:
    """`n` rows of `family`, genres in turn, from `seed`."""
    if family not in FAMILIES:
        raise ValueError(family)
    genres = MESSAGE_GENRES if family == "messages" else CLINICAL_GENRES
    rng = random.Random(f"eval17-{family}-{seed}")
    g = Gen(rng)
    rows: list[dict] = []
    seen: set[str] = set()
    i = 0
    while len(rows) < n:
        i += 1
        idx = len(rows)
        d = Doc()
        genres[idx % len(genres)](g, d, idx)
        case = "none"
        if family == "messages":  # one message in twenty-five shouted, one typed all in lower case
            case = {7: "upper", 19: "lower"}.get(idx % 25, "none")
        text, phi, keep = _finish(d, case)
        if text in seen or (family == "clinical" and not 150 <= len(text) <= 1500):
            continue
        seen.add(text)
        rows.append({"id": f"eval17-{family}-{idx}", "family": family, "text": text, "phi": phi,
                     "keep": list(keep), "keep_kinds": keep})  # fmt: skip
    return rows


def dumps(rows: list[dict]) -> str:
    """The rows as JSONL, one row a line."""
    return "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in rows)


def provenance_problems() -> list[str]:
    """No Faker table is read, so there is nothing to check (kept for the shared interface)."""
    return _provenance_problems(FAKER_TABLES)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--family", choices=FAMILIES, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dumps(generate(args.family, args.n, args.seed)), encoding="utf-8")


if __name__ == "__main__":
    main()
