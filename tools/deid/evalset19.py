"""Nineteenth independent de-identification evaluation set (eval19): organ-transplant waitlist
coordinator messages (UNOS-style waitlist IDs, crossmatch dates, chat lines), hospice volunteer visit
logs (tab and `|` tables, elders over 90, kinship words), occupational-health return-to-work forms
(employer names, claim numbers, ICD-10 codes), travel-clinic yellow fever certificates (ICVP
certificate numbers, passports, vaccine lot numbers kept as codes), requests for a traditional healer
or clergy bedside visit (healer visit: a Hmong shaman, an Orthodox priest with holy water, an imam),
Ramadan fasting medication-schedule questions, asylum medical-evaluation record requests (EOIR case
numbers, A-numbers, birthplaces abroad), tele-ICU family video call bookings (meeting links, IP
addresses), lab specimen courier pickups (courier van plates, tracking numbers), medical equipment
loan closet records (walker and wheelchair serials, HCPCS codes), hearing aid repair tickets (aid
serials, quoted replies), medication take-back and disposal questions, cranial prosthesis (wig)
voucher requests, adult day program enrolments and ambulance bill disputes (ambulance unit plates,
run numbers) (`messages`); and percutaneous liver biopsy notes, thyroid FNA notes (Bethesda
categories), transesophageal echocardiograms, ERCP reports, kyphoplasty notes, trigger finger
releases, Nd:YAG capsulotomy notes, infant frenotomy notes, sclerotherapy sessions, incision and
drainage notes, split-thickness skin grafts, central line insertions, septoplasty notes,
amniocentesis notes and office hysteroscopy notes (`clinical`). Each genre occurs equally often
(twenty rows per genre in `messages`, eight in `clinical`, in turn). Some messages are all capitals
and some all lower case; layouts include key: value forms, tab forms, `|` tables, bullets, numbered
lists, "> " quoted replies, chat lines with clock times ("[9:40 AM] Transplant office: ..."),
signatures with initials and forwarded-mail headers. Every clinical note has a header (PATIENT:,
Pt name:, a `|` table row or an "(MRN ...)" sentence), one to three sections that carry further
identifiers (REGISTRATION, Ride home, Portal access, cc:, Devices on file, Billing, INTERPRETER,
Emergency contact, Addendum, Outside records, Transport, Visitors) and an "Electronically signed by"
line.

Written by a writer who read only `tests/deid/evalset_checks.py`, `tests/deid/test_evalset18.py`,
`tests/deid/conftest.py`, `tests/deid/test_evalset_generators.py`, the module docstrings of
`tools/deid/evalset3.py` ... `tools/deid/evalset18.py`, `tools/deid/faker_tables.py`,
`medcode/deid/types.py` and `datasets/deid/README.md`. None of the de-identifier's rules, lexicons,
keep lists or models, none of the other generators' code and none of their sets were read. The
de-identifier was never run on this text.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters
them. This family brings text shapes, values and names nobody tuned on.

Locales: none. ``NAME_LOCALES``, ``CITY_LOCALES``, ``ORG_LOCALES``, ``LOCALES`` and
``FAKER_TABLES`` are empty and ``provenance_problems()`` returns []. Names come from hand-written
lists of four naming cultures no earlier family used, in the Latin spellings met on US papers, with
variants: Hmong (a given name, often of two syllables written as two words, and one of the clan
names, "Mai Nou Xiong", "Tou Vang"; the same names in the Hmong RPA spelling, "Maiv Nus Xyooj",
"Tub Vaj"; "Lee" / "Lis" / "Ly", "Thao" / "Thoj", "Her" / "Hawj", the surname "Her" also being a
pronoun), Eritrean Tigrinya (given name, father's name and grandfather's name and no family name, so
US papers take the father's or the grandfather's name for the surname, "Senait Tesfay Gebremedhin",
"GEBREMEDHIN, Senait"; "Tesfay" / "Tesfaye" / "Tesfai", "Ghebremedhin" / "Gebremedhin"), Oromo
(given, father's and grandfather's names, in English spelling and in Qubee with doubled vowels,
"Chaltu Gemechu Tolasa", "Caaltuu Gammachuu"; "Dinkisa" / "Dinqisaa") and Uyghur (given name and
the father's given name as a surname, in Uyghur Latin spelling, in the Chinese-pinyin spelling of a
PRC passport, or with a Russian "-ov" / "-ova" ending, "Gulnar Tursun", "Gulinaer Tuerxun",
"Mihray Tursunova"). Kinship words used instead of a name (``KIN_WORDS``: Hmong "Niam", "Txiv",
"Pog", "Yawg"; Tigrinya "Adey", "Abboy", "Haftey", "Hawey"; Oromo "Haadha", "Abbaa", "Akkoo",
"Akaakayyuu"; Uyghur "Apa", "Dada", "Moma", "Bowa", "Hede") are not PHI. Towns come from
hand-written lists (``US_TOWNS`` with state, ZIP prefix and area code; ``ABROAD_TOWNS`` in Laos, the
Thai camps, Eritrea and the Ethiopian camps, Oromia, Kenya, Xinjiang and Central Asia), as do
streets, organisation words, insurers, makers and models. Numbers, dates, codes and identifiers come
from this module's own seeded ``random.Random``; no Faker is used, so a seed reproduces its file
byte for byte. All text is ASCII.

Annotation conventions (the 18 Safe Harbor identifiers as the project's PHI types): NAME is a
person's name as written (patients, parents, relatives, clinicians, staff, volunteers, drivers,
interpreters, healers, clergy), one span: "Given Surname", "Given Father Grandfather", "Surname,
Given", "SURNAME, Given Father", all capitals, all lower case, a given name or a surname alone,
"M. Xiong", and two to four capital initials in a signature ("MNX"). Titles stay outside the span
("Dr. ", "Mr. ", "Mrs. ", "Ms. ", "Pastor ", "Deacon ", "Abba ", "Qeshi ", "Haji ", "Imam "),
as do credentials (", MD", ", RN", ", CCTC", ", COHN-S", ", AuD", ", BC-HIS", ", CHPN",
...), a possessive "'s" and kinship words. An e-mail address is EMAIL even when it holds a name.
DATE is every date element more specific than a year, one span with its year if it has one and
with a weekday written next to it: "03/14/2025", "3/14/25", "2025-03-14", "14-Mar-2025",
"14MAR2025", "Mar 14, 2025", "March 14, 2025", "14 March 2025", "2025.03.14" (year first, as on
PRC papers), "3/14", "Mar 14", "March 14th", "Fri 3/14", "Friday, March 14, 2025" and a month with
its year ("June 2026"). Clock times, durations, doses, room numbers and scores are not PHI. AGE is
PHI only when 90 or more: the number alone or the spelled number ("93", "ninety-two", "one hundred
and one"); younger ages stay in the text unannotated. LOCATION is a town or city (US or abroad);
states, regions and countries ("MN", "Oromia", "Eritrea", "Laos") are not PHI, and a town inside an
organisation's name is part of the FACILITY span. ADDRESS is the street line with its unit or a PO
box. ZIP is a US ZIP, with its +4 when written. PHONE and FAX include "+1", "1-", an extension and
the country codes "+291", "+251", "+86" and "+856"; a number labelled fax is FAX. EMAIL, URL (with
"https://") and IP (IPv4 or IPv6) are whole tokens. SSN in any of its shapes. MRN is a medical
record number: 7 to 10 digits, the last a Luhn check digit, sometimes a hyphen after the first two.
ACCOUNT is a billing, hospital, pharmacy, supplier or loan-closet account. HEALTH_PLAN is a member,
Medicaid or Medicare (MBI) number. LICENSE is a driver's licence, a nursing, pharmacist or medical
licence or a DEA registration (its check digit right). VEHICLE is a plate or a VIN (its check digit
right). DEVICE is the serial number of a device a patient uses or carries (hearing aid, wheelchair,
walker, insulin pump, pacemaker, a phone IMEI with its Luhn digit). ID is every other identifying
number: waitlist IDs, donor IDs, yellow fever certificate, passport, A-numbers, EOIR case, claim,
ambulance run, tracking, repair ticket, voucher, participant, volunteer badge, employee, interpreter
and trip numbers. FACILITY is every organisation named (hospitals, clinics,
centres, practices, pharmacies, labs, employers, churches, mosques, community associations,
suppliers). Not PHI and kept (``keep``, kinds in ``KEEP_KINDS``): drugs with their doses (drug);
ICD-10-CM codes, CPT-shaped numbers, HCPCS codes and lot numbers (code); makers (manufacturer);
model names (model); insurers and public plans (insurer); eponyms, the name only (eponym) and
departments (department). No keep term ever occurs inside a PHI span.

    python -m tools.deid.evalset19 --family messages --n 300 --seed 3801 --out datasets/deid/eval19_messages.jsonl
    python -m tools.deid.evalset19 --family clinical --n 120 --seed 3802 --out datasets/deid/eval19_clinical.jsonl

Seeds 3901 / 3902 are reserved for tuning (``--out build/deid-fresh/...``); keep the two committed
files for measurement.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from tools.deid.faker_tables import provenance_problems as _provenance_problems

T = TypeVar("T")
FAMILIES = ("messages", "clinical")
KEEP_KINDS = ("code", "drug", "insurer", "manufacturer", "model", "eponym", "department")
PHI_KINDS = (
    "NAME", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE",
    "VEHICLE", "DEVICE", "URL", "IP", "ADDRESS", "LOCATION", "ZIP", "FACILITY", "ID",
)  # fmt: skip

NAME_LOCALES: tuple[str, ...] = ()
CITY_LOCALES: tuple[str, ...] = ()
ORG_LOCALES: tuple[str, ...] = ()
LOCALES: tuple[str, ...] = ()
FAKER_TABLES: dict[str, list[tuple[str, str]]] = {}


def provenance_problems() -> list[str]:
    """No Faker table is read, so there is nothing whose provenance could be wrong."""
    return _provenance_problems(FAKER_TABLES)


# ---------------------------------------------------------------------------------------------
# names (each tuple: spellings of one name)

HMONG_GIVEN_F = (
    ("Mai Nou", "Maiv Nus", "Mainou"), ("Pa Houa", "Paj Huab", "Pahoua"), ("Ka Zoua", "Kab Zuag", "Kazoua"),
    ("Mai Xee", "Maiv Xis", "Maixee"), ("Choua", "Tshuab", "Chua"), ("Kia", "Kiab"), ("Mai Yia", "Maiv Yias"),
    ("Nou", "Nus"), ("Houa", "Huab"), ("Zoua", "Zuag"), ("Ia", "Iab"), ("Pang", "Paj"), ("See", "Xis"),
    ("Yer", "Yawj"), ("Bao", "Npauj"), ("Mai Ka", "Maiv Kab"), ("Pa Nhia", "Paj Nyiaj"), ("Chee", "Tswb"),
)  # fmt: skip
HMONG_GIVEN_M = (
    ("Tou", "Tub", "Tu"), ("Neng", "Neeb"), ("Pao", "Pov"), ("Xay", "Xai"), ("Nhia", "Nyiaj", "Nia"),
    ("Kou", "Kub", "Ku"), ("Fue", "Fwb"), ("Cheng", "Tsheej"), ("Tong", "Toog"), ("Bee", "Npis"),
    ("Yeng", "Yeeb"), ("Toua", "Tuam"), ("Meng", "Meej"), ("Nou Chue", "Nus Tswb"), ("Chong", "Txoov"),
    ("Vang Tou", "Vaj Tub"), ("Koua", "Kuam"), ("Lue", "Lwm"),
)  # fmt: skip
HMONG_CLANS = (
    ("Vang", "Vaj"), ("Xiong", "Xyooj"), ("Yang", "Yaj"), ("Lee", "Lis", "Ly"), ("Thao", "Thoj"), ("Moua", "Muas"),
    ("Her", "Hawj"), ("Lor", "Lauj", "Lo"), ("Vue", "Vwj"), ("Chang", "Tsab", "Cha"), ("Kue", "Khwb"),
    ("Hang", "Haam"), ("Khang", "Khab"), ("Chue", "Tswb"), ("Fang", "Faj"), ("Kong", "Koo"), ("Pha", "Phab"),
)  # fmt: skip
TIGRINYA_GIVEN_F = (
    ("Senait", "Senayt"), ("Luwam", "Luam"), ("Selamawit", "Selamawite"), ("Mebrat", "Mebrhit"),
    ("Yordanos", "Yordanose"), ("Tsega", "Tsige"), ("Rahwa", "Rahuwa"), ("Winta", "Wintana"),
    ("Freweyni", "Fireweini", "Frewoini"), ("Semhar", "Semhare"), ("Hiwet", "Hewet"), ("Abrehet", "Abrehat"),
    ("Tirhas", "Terhas"), ("Akberet", "Aqberet"), ("Lemlem", "Lamlam"), ("Saba", "Sabba"), ("Eden", "Edan"),
    ("Nigisti", "Negisti"),
)  # fmt: skip
TIGRINYA_GIVEN_M = (
    ("Tesfay", "Tesfaye", "Tesfai"), ("Mehari", "Mehary"), ("Yohannes", "Yohanes", "Johannes"),
    ("Zerai", "Zeray"), ("Habtom", "Habtum"), ("Tekle", "Teklay", "Tecle"), ("Kidane", "Kidan"),
    ("Berhane", "Birhane"), ("Ghebremedhin", "Gebremedhin", "Gebremedhn"), ("Ghebreab", "Gebreab"),
    ("Weldemichael", "Woldemichael", "Weldemikael"), ("Haile", "Hayle"), ("Yemane", "Yemani"),
    ("Tewolde", "Tewelde"), ("Okbay", "Ukbay"), ("Amanuel", "Emanuel"), ("Filmon", "Filimon"),
    ("Goitom", "Goytom"), ("Kibrom", "Kbrom"), ("Mussie", "Musie"), ("Negash", "Negasi"), ("Asmerom", "Asmerum"),
)  # fmt: skip
OROMO_GIVEN_F = (
    ("Chaltu", "Caaltuu", "Chaaltu"), ("Bontu", "Boontuu"), ("Hawi", "Hawii"), ("Ebise", "Ebisee"),
    ("Lalise", "Lalisee"), ("Gadise", "Gaaddisee", "Gadisse"), ("Ayantu", "Ayyaantuu"), ("Obse", "Obsee"),
    ("Sena", "Seenaa"), ("Kulani", "Kulanii"), ("Iftu", "Iftuu"), ("Bilise", "Bilisee"), ("Hadhe", "Haadhee"),
    ("Tirunesh", "Tiruneshi"), ("Dhugiti", "Dhugituu"), ("Ifa", "Ifaa"),
)  # fmt: skip
OROMO_GIVEN_M = (
    ("Gemechu", "Gammachuu", "Gamachu"), ("Tolasa", "Tolasaa", "Tolossa"), ("Lemi", "Lammii", "Lami"),
    ("Obsa", "Obsaa"), ("Jalata", "Jaalataa"), ("Dinkisa", "Dinqisaa", "Dinquisa"), ("Tufa", "Tufaa"),
    ("Gutema", "Guutamaa"), ("Fayisa", "Fayyisaa"), ("Abdi", "Abdii"), ("Kedir", "Kadir", "Qadiir"),
    ("Bikila", "Biqilaa"), ("Dhaba", "Dhaabaa"), ("Guta", "Guutaa"), ("Negasa", "Nagaasaa"),
    ("Bekele", "Bakalee"), ("Tesema", "Tasammaa"), ("Wakjira", "Waqjiraa"), ("Lelisa", "Lalisaa"),
    ("Gudeta", "Guddataa"),
)  # fmt: skip
UYGHUR_GIVEN_F = (
    ("Gulnar", "Gulnara", "Gulinaer"), ("Mihray", "Mihrai", "Mihereyi"), ("Rahile", "Rehile", "Reyila"),
    ("Zulpiye", "Zulfiya", "Zulipiye"), ("Aygul", "Ayigul", "Aigul"), ("Patigul", "Patiguli"),
    ("Nurgul", "Nuergul"), ("Mehriban", "Mihriban"), ("Reyhangul", "Rayhangul"), ("Buzeynep", "Buzainafu"),
    ("Mahire", "Mahira"), ("Dilnur", "Dilinuer"), ("Gulbahar", "Gulibahaer"), ("Ayshem", "Ayixiemu"),
    ("Sajide", "Sajida"),
)  # fmt: skip
UYGHUR_GIVEN_M = (
    ("Abdurehim", "Abdurahim", "Abudureyimu"), ("Memet", "Mehmet", "Maimaiti"), ("Tursun", "Tuerxun"),
    ("Ablimit", "Ablimet", "Abulimiti"), ("Ekber", "Akbar", "Aikebaier"), ("Nurmemet", "Nuermaimaiti"),
    ("Erkin", "Aierken"), ("Alim", "Alimu"), ("Perhat", "Parhat", "Paerhati"), ("Qurban", "Kurban", "Kuerban"),
    ("Yusup", "Yusuf", "Yusufu"), ("Ilham", "Yilihamu"), ("Abdukerim", "Abdukirim", "Abudukeremu"),
    ("Tahir", "Tayier"), ("Enwer", "Anwar", "Anwaer"), ("Hoshur", "Hoxur"), ("Rozi", "Rouzi"), ("Obul", "Aobuli"),
    ("Kamil", "Kamili"), ("Dilshat", "Dilixiati"),
)  # fmt: skip

CULTURES = ("hmong", "tigrinya", "oromo", "uyghur")
KIN_BY_CULTURE = {
    "hmong": ("Niam", "Txiv", "Pog", "Yawg"),
    "tigrinya": ("Adey", "Abboy", "Haftey", "Hawey"),
    "oromo": ("Haadha", "Abbaa", "Akkoo", "Akaakayyuu"),
    "uyghur": ("Apa", "Dada", "Moma", "Bowa", "Hede"),
}
FEMALE_KIN = ("Niam", "Pog", "Adey", "Haftey", "Haadha", "Akkoo", "Apa", "Moma", "Hede")
KIN_WORDS = tuple(k for ks in KIN_BY_CULTURE.values() for k in ks)
KIN_MEANING = {"Niam": "mom", "Txiv": "dad", "Pog": "grandma", "Yawg": "grandpa", "Adey": "mom", "Abboy": "dad",
               "Haftey": "sister", "Hawey": "brother", "Haadha": "mother", "Abbaa": "father", "Akkoo": "grandma",
               "Akaakayyuu": "grandpa", "Apa": "mom", "Dada": "dad", "Moma": "grandma", "Bowa": "grandpa",
               "Hede": "older sister"}  # fmt: skip
CLERGY = {"hmong": ("Pastor", "Deacon"), "tigrinya": ("Abba", "Qeshi"), "oromo": ("Haji", "Pastor"),
          "uyghur": ("Imam", "Haji")}  # fmt: skip
CREDENTIALS = ("MD", "DO", "NP", "PA-C", "RN", "LPN", "CCTC", "COHN-S", "AuD", "BC-HIS", "CHPN", "PharmD",
               "LCSW", "EMT-P", "CNM", "CRNA", "MSW")  # fmt: skip
LANGUAGES = {"hmong": "Hmong", "tigrinya": "Tigrinya", "oromo": "Afaan Oromo", "uyghur": "Uyghur"}

US_TOWNS = (
    ("Wausau", "WI", "544", "715"), ("Sheboygan", "WI", "530", "920"), ("Eau Claire", "WI", "547", "715"),
    ("Appleton", "WI", "549", "920"), ("Merced", "CA", "953", "209"), ("Oroville", "CA", "959", "530"),
    ("Fresno", "CA", "937", "559"), ("Hickory", "NC", "286", "828"), ("Morganton", "NC", "286", "828"),
    ("Maplewood", "MN", "551", "651"), ("Brooklyn Center", "MN", "554", "763"), ("Richfield", "MN", "554", "612"),
    ("Burnsville", "MN", "553", "952"), ("Eagan", "MN", "551", "651"), ("Hyattsville", "MD", "207", "301"),
    ("Silver Spring", "MD", "209", "240"), ("Takoma Park", "MD", "209", "301"), ("Aurora", "CO", "800", "720"),
    ("Herndon", "VA", "201", "703"), ("Annandale", "VA", "220", "571"), ("Fairfax", "VA", "220", "703"),
    ("Reston", "VA", "201", "571"), ("Columbus", "OH", "432", "614"), ("Reynoldsburg", "OH", "430", "614"),
    ("Kent", "WA", "980", "253"), ("Tukwila", "WA", "981", "206"),
)  # fmt: skip
ABROAD_BY_CULTURE = {
    "hmong": ("Long Tieng", "Sam Neua", "Phonsavan", "Luang Prabang", "Ban Vinai", "Chiang Kham", "Nong Khai"),
    "tigrinya": ("Asmara", "Keren", "Mendefera", "Adi Keyih", "Dekemhare", "Massawa", "Shimelba", "Mai Aini"),
    "oromo": ("Adama", "Jimma", "Nekemte", "Ambo", "Shashamane", "Bishoftu", "Dembi Dollo", "Kakuma"),
    "uyghur": ("Kashgar", "Hotan", "Aksu", "Ghulja", "Turpan", "Korla", "Almaty", "Zeytinburnu"),
}
ABROAD_TOWNS = tuple(t for ts in ABROAD_BY_CULTURE.values() for t in ts)
COUNTRY = {"hmong": "Laos", "tigrinya": "Eritrea", "oromo": "Ethiopia", "uyghur": "China"}
COUNTRY_CODE = {"hmong": "+856", "tigrinya": "+291", "oromo": "+251", "uyghur": "+86"}
STREETS = ("Grand Ave", "Stewart Ave", "Thomas St", "Rice St", "Arcade St", "Payne Ave", "Kennard St",
           "Larpenteur Ave", "Bass Lake Rd", "Xerxes Ave N", "Nicollet Ave", "Riggs Rd", "University Blvd E",
           "Piney Branch Rd", "New Hampshire Ave", "Colfax Ave", "Elden St", "Little River Tpke",
           "Sunset Hills Rd", "Cleveland Ave", "Morse Rd", "Olympic Ave", "Pleasant Valley Dr",
           "Highland Ave", "Olive Ave", "Bird St", "Fairview Dr", "Springbrook Dr")  # fmt: skip
ORG_WORDS = ("Lao Family", "Paj Ntaub", "Riverbend", "Red Sea", "Hidasie", "Medhanie Alem", "Gadaa",
             "Tulluu", "Abdi Bori", "Tengritagh", "Silk Road", "Tarim", "Northwoods", "Prairie Lakes",
             "Oak Hollow", "Three Rivers", "Maple Grove", "Cedar Ridge")  # fmt: skip
ORG_KINDS = ("Health Center", "Family Practice", "Medical Centre", "Clinic", "Kidney Care", "Home Care",
             "Pharmacy", "Hospice", "Community Health Partners", "Physicians & Surgeons", "Hearing & Balance", "Occupational Health Associates", "Medical Group")  # fmt: skip
WORSHIP = ("Hmong Alliance Church", "Medhanie Alem Eritrean Orthodox Church", "Oromo Evangelical Church",
           "Uyghur American Masjid", "Kidane Mehret Church", "Abdi Bori Mosque", "Hmong Baptist Church")  # fmt: skip
EMPLOYERS = ("Riverside Poultry", "Northwoods Paper Mill", "Gateway Cold Storage", "Prairie Lakes Logistics",
             "Blue Heron Foods", "Cedar Ridge Senior Living", "Tri-County Metal Works", "Metro Airport Parking",
             "Summit Packaging", "Lakeshore Laundry Services")  # fmt: skip
EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
                 "protonmail.com", "comcast.net")  # fmt: skip
ORG_DOMAINS = ("riverbendhealth.org", "prairielakes-med.org", "threeriverscare.com", "oakhollowclinic.org",
               "northwoodshc.org", "cedarridge-pp.com")  # fmt: skip
INSURERS = ("Medicaid", "Medicare", "Medical Assistance", "HealthPartners", "UCare", "Blue Cross Blue Shield",
            "Aetna", "Cigna", "Humana", "Kaiser Permanente", "UnitedHealthcare", "Security Health Plan",
            "Anthem", "CareSource", "Quartz")  # fmt: skip
DEPARTMENTS = ("Transplant Services", "Occupational Health", "Travel Medicine", "Audiology", "Hospice",
               "Gastroenterology", "Interventional Radiology", "Cardiology", "Otolaryngology", "Obstetrics",
               "Spiritual Care", "Patient Financial Services", "Dermatology", "Ophthalmology", "Endocrinology")  # fmt: skip
CARS = ("silver Corolla", "white Transit van", "grey Sienna", "black Tahoe", "blue Caravan", "red Civic",
        "white ProMaster", "tan Odyssey")  # fmt: skip
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

# drugs: none may start with a month's first three letters followed by a number (see the leak checks)
DRUGS = ("tacrolimus 2 mg", "mycophenolate 500 mg", "prednisone 5 mg", "metformin 500 mg", "insulin glargine 18 units",
         "lisinopril 10 mg", "amlodipine 5 mg", "atorvastatin 40 mg", "omeprazole 20 mg", "furosemide 40 mg",
         "apixaban 5 mg", "levothyroxine 75 mcg", "gabapentin 300 mg", "sertraline 50 mg", "morphine 5 mg",
         "lorazepam 0.5 mg", "ondansetron 4 mg", "acetaminophen 650 mg", "ibuprofen 400 mg", "cephalexin 500 mg",
         "doxycycline 100 mg", "valganciclovir 450 mg", "sevelamer 800 mg", "hydroxyurea 500 mg",
         "glipizide 5 mg", "carvedilol 6.25 mg")  # fmt: skip

HEARING_MAKERS = (("Oticon", ("More 1", "Real 2")), ("Phonak", ("Audeo Lumity", "Naida P70")),
                  ("Signia", ("Pure Charge&Go", "Styletto AX")), ("Starkey", ("Genesis AI", "Evolv AI")),
                  ("ReSound", ("Omnia 9", "One 7")), ("Widex", ("Moment Sheer", "Evoke 440")))  # fmt: skip
DME_MAKERS = (("Invacare", ("Tracer SX5", "Rollator 65650")), ("Drive Medical", ("Cruiser III", "Nitro Euro")),
              ("Medline", ("Excel K1", "Empower Rollator")), ("Stryker", ("Prime TC", "Power-PRO")),
              ("Sunrise Medical", ("Quickie 2", "Breezy Ultra 4")))  # fmt: skip
PUMP_MAKERS = (("Medtronic", "MiniMed 780G"), ("Tandem", "t:slim X2"), ("Insulet", "Omnipod 5"),
               ("Abbott", "FreeStyle Libre 3"), ("Dexcom", "G7"))  # fmt: skip
YF_VACCINES = (("Sanofi Pasteur", "Stamaril"), ("Sanofi Pasteur", "YF-Vax"))


# ---------------------------------------------------------------------------------------------
# check digits, numbers


def luhn_digit(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch) * (1 if i % 2 else 2)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


_VIN_VALUE = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9)))}
_VIN_VALUE.update(dict(zip("JKLMN", range(1, 6))) | {"P": 7, "R": 9} | dict(zip("STUVWXYZ", range(2, 10))))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def make_vin(rng: random.Random) -> str:
    body = [rng.choice(("1", "2", "3", "J", "K", "5"))] + [rng.choice(_VIN_CHARS) for _ in range(16)]
    body[9] = rng.choice("NPRST")  # model year letter
    total = sum(_VIN_VALUE[c] * w for c, w in zip(body, _VIN_WEIGHTS)) % 11
    body[8] = "X" if total == 10 else str(total)
    return "".join(body)


def make_dea(rng: random.Random, surname: str) -> str:
    d = [rng.randrange(10) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFM") + surname[0].upper() + "".join(map(str, d)) + str(check)


def spell_age(n: int) -> str:
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {_UNITS[rest - 1]}" if rest else "")
    rest = n - 90
    return "ninety" + (f"-{_UNITS[rest - 1]}" if rest else "")


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(n - 1))


# ---------------------------------------------------------------------------------------------
# people


class Person:
    def __init__(self, culture: str, sex: str, given: str, father: str, grand: str, surname: str) -> None:
        self.culture, self.sex, self.given, self.father, self.grand, self.surname = (
            culture, sex, given, father, grand, surname)  # fmt: skip

    @property
    def full(self) -> str:
        if self.culture in ("tigrinya", "oromo"):
            return f"{self.given} {self.father} {self.grand}"
        return f"{self.given} {self.surname}"

    @property
    def first_word(self) -> str:
        return self.given.split()[0]

    def initials(self) -> str:
        s = "".join(w[0] for w in self.full.split()).upper()
        if len(s) == 2:  # two letters could read as a word ("NO", "AT"); add the given name's second letter
            s = self.given[:2].upper() + s[1]
        return s


def make_person(rng: random.Random, culture: str | None = None, sex: str | None = None) -> Person:
    culture = culture or rng.choice(CULTURES)
    sex = sex or rng.choice("FM")
    if culture == "hmong":
        given = rng.choice(rng.choice(HMONG_GIVEN_F if sex == "F" else HMONG_GIVEN_M))
        clan = rng.choice(HMONG_CLANS)
        rpa = given in {v[1] for v in HMONG_GIVEN_F + HMONG_GIVEN_M}  # the Hmong RPA spelling
        surname = clan[1] if rpa and rng.random() < 0.8 else rng.choice((clan[0],) + clan[2:])
        return Person(culture, sex, given, "", "", surname)
    if culture in ("tigrinya", "oromo"):
        gf, gm = (TIGRINYA_GIVEN_F, TIGRINYA_GIVEN_M) if culture == "tigrinya" else (OROMO_GIVEN_F, OROMO_GIVEN_M)
        given = rng.choice(rng.choice(gf if sex == "F" else gm))
        father = rng.choice(rng.choice(gm))
        grand = rng.choice(rng.choice(gm))
        surname = grand if rng.random() < 0.6 else father
        return Person(culture, sex, given, father, grand, surname)
    given = rng.choice(rng.choice(UYGHUR_GIVEN_F if sex == "F" else UYGHUR_GIVEN_M))
    father_t = rng.choice(UYGHUR_GIVEN_M)
    father = rng.choice(father_t)
    surname = father
    if rng.random() < 0.2 and father_t[0][-1] not in "aeiou":
        surname = father_t[0] + ("ova" if sex == "F" else "ov")
    return Person(culture, sex, given, father, "", surname)


def name_form(rng: random.Random, p: Person, style: str = "") -> str:
    style = style or rng.choice(
        ("full", "full", "full", "full", "last_first", "last_first", "LAST_first", "given_sur", "initial", "given")
    )
    if style == "full":
        return p.full
    if style == "given_sur":
        return f"{p.given} {p.surname}"
    if style == "last_first":
        return f"{p.surname}, {p.given}"
    if style == "LAST_first":
        extra = f" {p.father}" if p.culture in ("tigrinya", "oromo") and p.surname == p.grand else ""
        return f"{p.surname.upper()}, {p.given}{extra}"
    if style == "UPPER":
        return p.full.upper()
    if style == "initial":
        return f"{p.given[0]}. {p.surname}"
    if style == "given":
        return p.given
    if style == "surname":
        return p.surname
    if style == "lower":
        return p.full.lower()
    raise ValueError(style)


def email_for(rng: random.Random, p: Person) -> str:
    g = p.first_word.lower()
    s = p.surname.lower().replace(" ", "")
    handle = rng.choice((f"{g}.{s}", f"{g}{s}{rng.randrange(1, 99)}", f"{g[0]}{s}", f"{s}.{g}{rng.randrange(70, 99)}",
                         f"{g}_{s[:4]}", f"{g}{rng.randrange(1960, 2004)}"))  # fmt: skip
    return f"{handle}@{rng.choice(EMAIL_DOMAINS)}"


# ---------------------------------------------------------------------------------------------
# the document builder


class Doc:
    """Text built piece by piece; PHI spans and keep terms recorded as they are appended."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.phi: list[tuple[int, int, str]] = []
        self.keep: dict[str, str] = {}

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.n += len(s)
        return self

    def p(self, s: str, kind: str) -> Doc:
        assert kind in PHI_KINDS and s == s.strip() and s, (kind, s)
        self.phi.append((self.n, self.n + len(s), kind))
        return self.t(s)

    def k(self, s: str, kind: str) -> Doc:
        assert kind in KEEP_KINDS
        self.keep.setdefault(s, kind)
        return self.t(s)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Ctx:
    """Random values and the phrases that carry them, drawn from one seeded generator."""

    def __init__(self, rng: random.Random, d: Doc) -> None:
        self.r = rng
        self.d = d
        self.town = rng.choice(US_TOWNS)
        self.chat_min = rng.randrange(7 * 60, 19 * 60)

    def tick(self) -> str:
        """The next clock time of a chat thread, a few minutes after the last."""
        self.chat_min = (self.chat_min + self.r.randrange(1, 26)) % (24 * 60)
        h, m = divmod(self.chat_min, 60)
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"

    # -- plain helpers
    def t(self, s: str) -> Ctx:
        self.d.t(s)
        return self

    def ch(self, xs: Sequence[T]) -> T:
        return self.r.choice(xs)

    def keep(self, s: str, kind: str) -> Ctx:
        self.d.k(s, kind)
        return self

    # -- names
    def person(self, culture: str | None = None, sex: str | None = None) -> Person:
        return make_person(self.r, culture, sex)

    def name(self, p: Person, style: str = "") -> Ctx:
        self.d.p(name_form(self.r, p, style), "NAME")
        return self

    def staff(self, cred: str | None = None, title: bool = False, style: str = "") -> Ctx:
        p = self.person()
        if title:
            self.t(self.ch(("Dr. ", "Dr "))).name(p, style or self.ch(("surname", "full", "given_sur")))
        else:
            self.name(p, style or self.ch(("full", "full", "given_sur", "initial", "last_first")))
        self.t(f", {cred or self.ch(CREDENTIALS)}")
        return self

    def initials(self, p: Person) -> Ctx:
        self.d.p(p.initials()[:4], "NAME")
        return self

    # -- dates
    def day(self, lo: int = 2024, hi: int = 2026) -> date:
        start = date(lo, 1, 1)
        end = date(hi, 11, 30) if hi == 2026 else date(hi, 12, 28)  # nothing after the set was made
        return start + timedelta(days=self.r.randrange((end - start).days))

    def birth(self, old: bool = False) -> date:
        if old:
            return self.day(1919, 1935)
        return self.day(1941, 2006)

    def fmt(self, d: date, style: str = "") -> str:
        style = style or self.ch(("mdy", "mdy", "mdy2", "iso", "dmy_b", "dmy_cap", "b_d_y", "B_d_y", "d_B_y",
                                  "ymd_dot", "wk_md", "wk_long", "md", "b_d", "B_dth", "B_y"))  # fmt: skip
        m, dd, y = d.month, d.day, d.year
        if style == "mdy":
            return f"{m:02d}/{dd:02d}/{y}"
        if style == "mdy2":
            return f"{m}/{dd}/{y % 100:02d}"
        if style == "iso":
            return d.isoformat()
        if style == "dmy_b":
            return f"{dd:02d}-{MONTHS[m - 1][:3]}-{y}"
        if style == "dmy_cap":
            return f"{dd:02d}{MONTHS[m - 1][:3].upper()}{y}"
        if style == "b_d_y":
            return f"{MONTHS[m - 1][:3]} {dd}, {y}"
        if style == "B_d_y":
            return f"{MONTHS[m - 1]} {dd}, {y}"
        if style == "d_B_y":
            return f"{dd} {MONTHS[m - 1]} {y}"
        if style == "ymd_dot":
            return f"{y}.{m:02d}.{dd:02d}"
        if style == "wk_md":
            return f"{WEEKDAYS[d.weekday()][:3]} {m}/{dd}"
        if style == "wk_long":
            return f"{WEEKDAYS[d.weekday()]}, {MONTHS[m - 1]} {dd}, {y}"
        if style == "wk_iso":
            return f"{WEEKDAYS[d.weekday()][:3]} {d.isoformat()}"
        if style == "md":
            return f"{m}/{dd}"
        if style == "b_d":
            return f"{MONTHS[m - 1][:3]} {dd}"
        if style == "B_dth":
            suf = "th" if 10 < dd < 14 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
            return f"{MONTHS[m - 1]} {dd}{suf}"
        if style == "B_y":
            return f"{MONTHS[m - 1]} {y}"
        raise ValueError(style)

    def date(self, d: date | None = None, style: str = "") -> Ctx:
        if d is None:
            d = self.day(2025, 2026)
        # a year-less date must be a real day in 2024 too (29 Feb is, so any is)
        self.d.p(self.fmt(d, style), "DATE")
        return self

    def dob(self, old: bool = False, style: str = "", infant: bool = False) -> Ctx:
        d = self.day(2025, 2026) if infant else self.birth(old)
        if not style and not infant and self.r.random() < 0.12:
            d = date(d.year, 1, 1)  # refugee papers often carry 1 January
        style = style or self.ch(("mdy", "mdy", "iso", "dmy_b", "dmy_cap", "B_d_y", "d_B_y", "ymd_dot"))
        return self.date(d, style)

    def clock(self) -> str:
        return f"{self.r.randrange(1, 13)}:{self.ch(('00', '05', '10', '15', '20', '30', '40', '45', '50'))}"

    def clock_ap(self) -> str:
        return f"{self.clock()} {self.ch(('AM', 'PM'))}"

    def age_old(self, spelled: bool | None = None) -> Ctx:
        n = self.r.choice((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104))
        sp = self.r.random() < 0.4 if spelled is None else spelled
        self.d.p(spell_age(n) if sp else str(n), "AGE")
        return self

    # -- places
    def townname(self, town: tuple[str, str, str, str] | None = None) -> Ctx:
        self.d.p((town or self.town)[0], "LOCATION")
        return self

    def address(self, town: tuple[str, str, str, str] | None = None, one_line: bool = True) -> Ctx:
        town = town or self.town
        unit = self.r.random()
        line = f"{self.r.randrange(12, 9899)} {self.ch(STREETS)}"
        if unit < 0.2:
            line += f" Apt {self.r.randrange(1, 40)}{self.ch(('', 'B', 'C'))}"
        elif unit < 0.3:
            line += f" #{self.r.randrange(100, 420)}"
        elif unit < 0.36:
            line = f"PO Box {self.r.randrange(100, 9999)}"
        self.d.p(line, "ADDRESS")
        self.t(", " if one_line else "\n")
        self.townname(town).t(f", {town[1]} ")
        self.zip(town)
        return self

    def zip(self, town: tuple[str, str, str, str] | None = None) -> Ctx:
        town = town or self.town
        z = town[2] + f"{self.r.randrange(100):02d}"
        if self.r.random() < 0.15:
            z += f"-{self.r.randrange(1000, 9999)}"
        self.d.p(z, "ZIP")
        return self

    def abroad(self, culture: str) -> Ctx:
        self.d.p(self.ch(ABROAD_BY_CULTURE[culture]), "LOCATION")
        return self

    def facility(self, town: bool | None = None) -> Ctx:
        r = self.r.random()
        if r < 0.25:
            name = f"{self.town[0]} {self.ch(ORG_KINDS)}"
        elif r < 0.5:
            name = f"{self.ch(ORG_WORDS)} {self.ch(ORG_KINDS)}"
        elif r < 0.62:
            p = self.person()
            q = self.person()
            name = f"{p.surname} & {q.surname} {self.ch(('Family Practice', 'Physicians & Surgeons', 'Medical Group'))}"
        elif r < 0.75:
            name = f"{self.ch(ORG_WORDS)} {self.ch(('Regional Medical Center', 'Health System', 'Specialty Centre'))}"
        elif r < 0.88:
            name = f"{self.town[0]} {self.ch(('Memorial', 'Community', 'Lutheran', 'Methodist'))} Hospital"
        else:
            name = self.ch(WORSHIP + EMPLOYERS)
        self.d.p(name, "FACILITY")
        return self

    def org(self, name: str) -> Ctx:
        self.d.p(name, "FACILITY")
        return self

    # -- numbers
    def phone(self, kind: str = "PHONE", area: str | None = None) -> Ctx:
        a = area or (self.town[3] if self.r.random() < 0.7 else self.ch(("651", "612", "715", "571", "614", "301")))
        x, y = digits(self.r, 3), f"{self.r.randrange(10000):04d}"
        s = self.ch((f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"({a}){x}-{y}", f"+1 {a}-{x}-{y}",
                     f"1-{a}-{x}-{y}", f"{a} {x} {y}"))  # fmt: skip
        if kind == "PHONE" and self.r.random() < 0.12:
            s += f" ext {self.r.randrange(10, 9999)}"
        self.d.p(s, kind)
        return self

    def intl_phone(self, culture: str) -> Ctx:
        c = COUNTRY_CODE[culture]
        r = self.r
        if c == "+291":
            s = f"+291 {r.choice('178')} {r.randrange(10, 99)} {r.randrange(10, 99)} {r.randrange(10, 99)}"
        elif c == "+251":
            s = f"+251 9{r.randrange(1, 3)} {r.randrange(100, 999)} {r.randrange(1000, 9999)}"
        elif c == "+86":
            s = f"+86 13{r.randrange(10)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)}"
        else:
            s = f"+856 20 {r.randrange(1000, 9999)} {r.randrange(1000, 9999)}"
        self.d.p(s, "PHONE")
        return self

    def email(self, p: Person | None = None) -> Ctx:
        p = p or self.person()
        self.d.p(email_for(self.r, p), "EMAIL")
        return self

    def work_email(self, p: Person) -> Ctx:
        s = f"{p.first_word.lower()}.{p.surname.lower().replace(' ', '')}@{self.ch(ORG_DOMAINS)}"
        self.d.p(s, "EMAIL")
        return self

    def url(self, kind: str = "") -> Ctx:
        r = self.r
        tok = "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(r.randrange(6, 11)))
        s = r.choice((f"https://{r.choice(ORG_DOMAINS)}/portal/visit/{tok}",
                      f"https://meet.{r.choice(ORG_DOMAINS)}/j/{r.randrange(10**9, 10**10)}",
                      f"https://{r.choice(ORG_DOMAINS)}/forms/{kind or 'upload'}?ref={tok}",
                      f"http://{r.choice(ORG_DOMAINS)}/track/{tok}",
                      f"https://mychart.{r.choice(ORG_DOMAINS)}/s/{tok}"))  # fmt: skip
        self.d.p(s, "URL")
        return self

    def ip(self) -> Ctx:
        r = self.r
        if r.random() < 0.15:
            s = f"2601:{r.randrange(0x100, 0xFFF):x}:{r.randrange(0x1000, 0xFFFF):x}::{r.randrange(1, 0xFFFF):x}"
        else:
            first = r.choice((24, 50, 67, 73, 76, 98, 107, 172, 174, 192, 10))
            s = f"{first}.{r.randrange(0, 256)}.{r.randrange(0, 256)}.{r.randrange(1, 255)}"
        self.d.p(s, "IP")
        return self

    def ssn(self) -> Ctx:
        r = self.r
        a, b, c = r.randrange(1, 900), r.randrange(1, 100), r.randrange(1, 10000)
        while a == 666:
            a = r.randrange(1, 900)
        sep = r.choice(("-", "-", "-", " ", ""))
        self.d.p(f"{a:03d}{sep}{b:02d}{sep}{c:04d}", "SSN")
        return self

    def mrn(self) -> Ctx:
        n = self.r.choice((7, 8, 8, 9, 10))
        body = digits(self.r, n - 1)
        s = body + luhn_digit(body)
        if self.r.random() < 0.25:
            s = s[:2] + "-" + s[2:]
        self.d.p(s, "MRN")
        return self

    def account(self) -> Ctx:
        r = self.r
        s = r.choice((f"{r.randrange(10**7, 10**8)}", f"AC{r.randrange(10**6, 10**7)}", f"HB-{r.randrange(10**8, 10**9)}",
                      f"{r.randrange(100, 999)}-{r.randrange(100000, 999999)}", f"LC{r.randrange(1000, 9999)}-{r.randrange(10, 99)}"))  # fmt: skip
        self.d.p(s, "ACCOUNT")
        return self

    def plan(self) -> Ctx:
        r = self.r
        mbi = (f"{r.randrange(1, 10)}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY0123456789')}"
               f"{r.randrange(10)}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY0123456789')}"
               f"{r.randrange(10)}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.randrange(10)}{r.randrange(10)}")  # fmt: skip
        s = r.choice((mbi, f"{r.randrange(10**7, 10**8)}", f"MA{r.randrange(10**7, 10**8)}",
                      f"W{r.randrange(10**8, 10**9)}", f"UC{r.randrange(10**6, 10**7)}-0{r.randrange(1, 4)}",
                      f"{r.choice(('XGH', 'HPN', 'QRT'))}{r.randrange(10**8, 10**9)}"))  # fmt: skip
        self.d.p(s, "HEALTH_PLAN")
        return self

    def dl(self, state: str | None = None) -> Ctx:
        r = self.r
        st = state or self.town[1]
        if st == "MN":
            s = f"{r.choice('ABCDEFGHJKLMNPRSTVWXZ')}{r.randrange(10**11, 10**12)}"
        elif st == "WI":
            s = f"{r.choice('ABCDEFGHJKLMNPRSTVWXZ')}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}-{r.randrange(10, 99)}"
        elif st == "CA":
            s = f"{r.choice('ABCDEFGHJKLMNPRSTVWXZ')}{r.randrange(10**6, 10**7)}"
        elif st == "VA":
            s = f"{r.choice('ABT')}{r.randrange(10**7, 10**8)}"
        elif st == "MD":
            s = f"{r.choice('BGHKMST')}-{r.randrange(100, 999)}-{r.randrange(100, 999)}-{r.randrange(100, 999)}-{r.randrange(100, 999)}"
        else:
            s = f"{r.choice('ABCDEFGHJKLMNPRSTVWXZ')}{r.randrange(10**7, 10**8)}"
        self.d.p(s, "LICENSE")
        return self

    def prof_license(self) -> Ctx:
        r = self.r
        s = r.choice((f"R{r.randrange(100000, 999999)}", f"{r.randrange(10**5, 10**6)}-30", f"RN{r.randrange(10**5, 10**6)}",
                      f"{r.choice(('MD', 'DO'))}{r.randrange(10000, 99999)}", f"0028{r.randrange(10**5, 10**6)}"))  # fmt: skip
        self.d.p(s, "LICENSE")
        return self

    def dea(self, p: Person) -> Ctx:
        self.t("DEA ")
        self.d.p(make_dea(self.r, p.surname), "LICENSE")
        return self

    def plate(self) -> Ctx:
        r = self.r
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        s = r.choice((f"{r.randrange(100, 999)}-{''.join(r.choice(L) for _ in range(3))}",
                      f"{''.join(r.choice(L) for _ in range(3))} {r.randrange(1000, 9999)}",
                      f"{r.randrange(1, 9)}{''.join(r.choice(L) for _ in range(3))}{r.randrange(100, 999)}",
                      f"{''.join(r.choice(L) for _ in range(2))}{r.randrange(10000, 99999)}",
                      f"AMB {r.randrange(100, 999)}"))  # fmt: skip
        self.d.p(s, "VEHICLE")
        return self

    def vin(self) -> Ctx:
        self.d.p(make_vin(self.r), "VEHICLE")
        return self

    def serial(self, prefix: str = "") -> Ctx:
        r = self.r
        s = r.choice((f"{prefix or r.choice(('SN', 'HA', 'WC', 'RL'))}{r.randrange(10**6, 10**8)}",
                      f"{r.randrange(10**7, 10**9)}", f"{r.randrange(10, 99)}{r.choice('ABCDEFGHJKL')}{r.randrange(10**5, 10**6)}",
                      f"{r.choice('ABCDEFGH')}{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}"))  # fmt: skip
        self.d.p(s, "DEVICE")
        return self

    def imei(self) -> Ctx:
        body = "35" + "".join(str(self.r.randrange(10)) for _ in range(12))
        self.d.p(body + luhn_digit(body), "DEVICE")
        return self

    def ident(self, kind: str) -> Ctx:
        r = self.r
        if kind == "waitlist":
            s = f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.randrange(100, 999)}"
        elif kind == "donor":
            s = f"W{r.randrange(1000, 9999)} {r.randrange(24, 27)} {r.randrange(100000, 999999)}"
        elif kind == "anumber":
            s = r.choice(
                (
                    f"A{r.randrange(10**8, 10**9)}",
                    f"A-{r.randrange(100, 999)}-{r.randrange(100, 999)}-{r.randrange(100, 999)}",
                )
            )
        elif kind == "eoir":
            s = f"{r.randrange(100, 999)}-{r.randrange(100, 999)}-{r.randrange(100, 999)}"
        elif kind == "passport":
            s = r.choice((f"E{r.randrange(10**7, 10**8)}", f"EP{r.randrange(10**6, 10**7)}", f"P{r.randrange(10**6, 10**7)}",
                          f"{r.randrange(10**8, 10**9)}"))  # fmt: skip
        elif kind == "icvp":
            s = f"YF-{r.randrange(2025, 2027)}-{r.randrange(10000, 99999)}"
        elif kind == "claim":
            s = r.choice((f"WC{r.randrange(10**7, 10**8)}", f"{r.randrange(10, 99)}-{r.randrange(100000, 999999)}-C",
                          f"CLM {r.randrange(10**6, 10**7)}"))  # fmt: skip
        elif kind == "run":
            s = f"{r.randrange(2025, 2027)}-{r.randrange(10000, 99999)}"
        elif kind == "tracking":
            s = r.choice((f"1Z{''.join(r.choice('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(16))}",
                          f"CR-{r.randrange(10**5, 10**6)}", f"{r.randrange(10**11, 10**12)}"))  # fmt: skip
        elif kind == "ticket":
            s = f"RT-{r.randrange(10**5, 10**6)}"
        else:
            s = r.choice((f"{kind[:2].upper()}{r.randrange(10**5, 10**7)}", f"#{r.randrange(10**4, 10**6)}"))
            if s.startswith("#"):
                self.t("#")
                s = s[1:]
        self.d.p(s, "ID")
        return self

    # -- keep terms
    def code(self, s: str) -> Ctx:
        return self.keep(s, "code")

    def drug(self) -> Ctx:
        return self.keep(self.ch(DRUGS), "drug")

    def insurer(self) -> Ctx:
        return self.keep(self.ch(INSURERS), "insurer")

    def dept(self, s: str = "") -> Ctx:
        return self.keep(s or self.ch(DEPARTMENTS), "department")

    def lot(self) -> Ctx:
        r = self.r
        s = f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice(('', 'A', 'B', 'C', 'D', 'F'))}{r.randrange(1000, 99999)}"
        return self.code(s)

    def young_age(self) -> str:
        return str(self.r.randrange(18, 89))


# ---------------------------------------------------------------------------------------------
# code tables

ICD = {
    "transplant": ("N18.6", "Z99.2", "Z76.82", "N18.5", "E11.22", "I12.0"),
    "hospice": ("C34.90", "G30.9", "I50.9", "C25.9", "J44.9", "Z51.5"),
    "rtw": ("S61.211A", "M54.50", "S93.401A", "M75.41", "S39.012A", "G56.01"),
    "yf": ("Z23", "Z71.84", "Z29.8"),
    "healer": ("C22.0", "N18.6", "I63.9", "C16.9", "J18.9"),
    "fasting": ("E11.9", "E11.65", "I10", "N18.3", "K21.9"),
    "asylum": ("T74.4XXA", "F43.10", "S02.2XXS", "Z65.4", "M79.604"),
    "icu": ("J96.01", "A41.9", "I61.9", "J18.9", "R57.0"),
    "courier": ("D64.9", "N18.4", "E78.5", "R79.89"),
    "loan": ("Z74.09", "M17.11", "S72.001D", "Z96.641"),
    "hearing": ("H90.3", "H91.90", "H90.6"),
    "takeback": ("Z79.891", "G89.4", "F11.20"),
    "wig": ("L65.9", "C50.911", "Z92.21", "C18.9"),
    "adultday": ("F03.90", "G30.1", "Z74.2", "I69.354"),
    "ambulance": ("R07.9", "S72.001A", "R55", "I48.91"),
    "liver": ("K74.60", "K75.81", "B18.1", "K76.0"),
    "thyroid": ("E04.1", "E04.2", "C73"),
    "tee": ("I48.91", "I63.9", "I33.0", "I35.0"),
    "ercp": ("K80.50", "K83.1", "K85.90", "C24.1"),
    "kypho": ("M80.08XA", "M48.56XA", "M81.0"),
    "trigger": ("M65.331", "M65.312", "M72.0"),
    "yag": ("H26.491", "H26.492", "Z96.1"),
    "frenotomy": ("Q38.1", "P92.5"),
    "sclero": ("I83.91", "I83.811", "I78.1"),
    "idrain": ("L02.413", "L02.214", "L05.01", "L02.31"),
    "graft": ("T31.10", "L89.154", "S81.812A", "T23.212A"),
    "cline": ("A41.9", "N17.9", "R65.21", "E87.1"),
    "septo": ("J34.2", "J34.3", "R06.83"),
    "amnio": ("O09.523", "O28.3", "O35.1XX0", "O09.513"),
    "hysteroscopy": ("N84.0", "N93.9", "N85.00", "N97.9"),
}
CPT = {
    "transplant": ("50360", "86805", "86833", "36821"),
    "hospice": ("G0299", "99377", "G9474", "T2042"),
    "rtw": ("99455", "99456", "97750", "73130"),
    "yf": ("90717", "90471", "99401"),
    "healer": ("99497", "99498"),
    "fasting": ("99214", "83036", "G0108"),
    "asylum": ("99456", "90791", "99080"),
    "icu": ("99291", "99292", "G0406"),
    "courier": ("36415", "80053", "85025", "80197"),
    "loan": ("E0143", "E0114", "E0163", "E0250", "K0001"),
    "hearing": ("V5014", "V5267", "92592", "V5020"),
    "takeback": ("99213", "96160", "G9578"),
    "wig": ("A9282", "S8095", "96413"),
    "adultday": ("S5102", "S5101", "T2021"),
    "ambulance": ("A0427", "A0425", "A0429", "A0433"),
    "liver": ("47000", "76942", "88307"),
    "thyroid": ("10005", "10006", "88173"),
    "tee": ("93312", "93355", "99152"),
    "ercp": ("43262", "43264", "43274"),
    "kypho": ("22513", "22514", "22515"),
    "trigger": ("26055", "20550"),
    "yag": ("66821",),
    "frenotomy": ("41010", "40806"),
    "sclero": ("36471", "36470", "36468"),
    "idrain": ("10060", "10061", "10140"),
    "graft": ("15100", "15101", "15120"),
    "cline": ("36556", "76937", "71045"),
    "septo": ("30520", "30140", "31231"),
    "amnio": ("59000", "76946", "88267"),
    "hysteroscopy": ("58558", "58555", "58561"),
}


def icd(c: Ctx, key: str) -> Ctx:
    return c.code(c.ch(ICD[key]))


def cpt(c: Ctx, key: str) -> Ctx:
    return c.code(c.ch(CPT[key]))


# ---------------------------------------------------------------------------------------------
# message genres


def sig(c: Ctx, p: Person | None = None, cred: str | None = None) -> Ctx:
    """A sign-off: a name with credential, initials, or a name and phone."""
    p = p or c.person()
    r = c.r.random()
    if r < 0.3:
        c.t("\n-- ").initials(p)
    elif r < 0.65:
        c.t("\n").name(p, c.ch(("full", "given_sur", "initial"))).t(f", {cred or c.ch(CREDENTIALS)}")
        c.t("\n").facility()
    else:
        c.t("\nThanks, ").name(p, "given").t(" (").phone().t(")")
    return c


def chat_line(c: Ctx, speaker: Callable[[], None], body: Callable[[], None]) -> None:
    c.t(f"\n[{c.tick()}] ")
    speaker()
    c.t(": ")
    body()


def kin_line(c: Ctx, culture: str, sex: str = "") -> str:
    """A kinship word of `culture` (a woman's or a man's when `sex` is given)."""
    words = KIN_BY_CULTURE[culture]
    if sex:
        words = tuple(k for k in words if (k in FEMALE_KIN) == (sex == "F"))
    return c.ch(words)


def m_waitlist(c: Ctx) -> None:
    pt = c.person()
    coord = c.person()
    layout = c.r.randrange(3)
    if layout == 0:
        c.t(f"[{c.tick()}] Transplant office: Hi ").name(pt, "given").t(", this is ").name(coord, "given")
        c.t(" from ").dept("Transplant Services").t(". Your kidney waitlist status is active (ID ").ident("waitlist").t(
            ")."
        )
        c.t(f"\n[{c.tick()}] ").name(pt, "given").t(
            f": ok thank you. {kin_line(c, pt.culture)} asks if crossmatch is still "
        )
        c.date(style="wk_md").t("?")
        c.t(f"\n[{c.tick()}] Transplant office: Yes, draw at 7:30 at ").facility().t(". Bring your ").insurer().t(
            " card."
        )
        c.t(f"\n[{c.tick()}] ").name(pt, "given").t(": my new cell is ").phone().t(" please update")
        c.t(f"\n[{c.tick()}] Transplant office: Updated. Dx ")
        icd(c, "transplant").t(", CPT ")
        cpt(c, "transplant").t(" on file.")
    elif layout == 1:
        c.t("Subject: waitlist paperwork\n\nDear ").t(c.ch(("Mr. ", "Ms. ", ""))).name(pt, "full").t(",\n")
        c.t("Your evaluation on ").date(style=c.ch(("B_d_y", "mdy", "wk_long"))).t(
            " was approved. Waitlist ID: "
        ).ident("waitlist")
        c.t("; MRN ").mrn().t(". Please keep your phone on; an offer can come at night.\n")
        c.t("Sign the consent at ").url("consent").t(" (your last sign-in was from ").ip().t(").\n")
        c.t("- living donor screen for your ").t(c.ch(("brother", "cousin", "niece"))).t(" ").name(
            c.person(pt.culture), "full"
        )
        c.t(", DOB ").dob().t("\n- dialysis unit: ").facility().t("\n- labs: ")
        c.code(c.ch(CPT["transplant"])).t(" monthly; keep ").drug().t(" as prescribed\n")
        sig(c, coord, "CCTC")
    else:
        c.t("> Is my sister allowed to be my donor? she is ").t(c.young_age()).t(" years old\n\n")
        c.t("Hi ").name(pt, "given").t(", yes, ").name(c.person(pt.culture, "F"), "given")
        c.t(" can start the donor screen. She can call ").phone().t(" or e-mail ").work_email(coord)
        c.t(". Your waitlist ID ").ident("waitlist").t(" stays active; next panel ").date(style="md").t(" at ")
        c.t(c.clock_ap()).t(". Donor ref ").ident("donor").t(".")
        sig(c, coord, "CCTC")
        c.t(" | ").dept("Transplant Services")


def m_volunteer(c: Ctx) -> None:
    pt = c.person()
    vol = c.person()
    kin = kin_line(c, pt.culture)
    if c.r.random() < 0.5:
        c.t("HOSPICE VOLUNTEER VISIT LOG\n")
        c.t("Volunteer:\t").name(vol, "full").t("\tBadge\t").ident("volunteer").t("\n")
        c.t("Patient:\t").name(pt, "LAST_first").t("\tAge\t").age_old().t("\n")
        c.t("Home:\t").address().t("\n")
        c.t("Date:\t").date(style=c.ch(("wk_md", "mdy", "iso"))).t(f"\tTime in\t{c.clock()}\tTime out\t{c.clock()}\n")
        c.t(f"Notes:\tsang with {kin}, read to patient; ")
        c.drug().t(" given by family per ").dept("Hospice").t(" plan (")
        icd(c, "hospice").t(").\nRN notified: ").staff("CHPN").t(" at ").phone().t("\n")
    else:
        c.t("volunteer visit log - week of ").date(style="B_dth").t("\n\n")
        c.t("| Date | Volunteer | Patient | Minutes |\n|---|---|---|---|\n")
        for _ in range(c.r.randrange(2, 4)):
            q = c.person()
            c.t("| ").date(style=c.ch(("md", "b_d", "wk_md"))).t(" | ").name(vol, "initial").t(" | ").name(
                q, "last_first"
            )
            c.t(f" | {c.r.randrange(30, 150)} |\n")
        c.t("\n* ").name(pt, "given").t(" is now ").age_old().t(
            f"; {'her' if pt.sex == 'F' else 'his'} {kin} visits from "
        )
        c.townname().t(" on Sundays\n* legacy project: photos for ").name(c.person(pt.culture), "given").t(
            "\n* billing code "
        )
        cpt(c, "hospice").t(" noted by office\n")
        sig(c, vol, "CHPN")


def m_rtw(c: Ctx) -> None:
    pt = c.person()
    emp = c.ch(EMPLOYERS)
    if c.r.random() < 0.55:
        c.t("RETURN-TO-WORK STATUS FORM\n")
        c.t("Employee:\t").name(pt, "LAST_first").t("\nSSN:\t").ssn().t("\nDOB:\t").dob().t("\nEmployer:\t").org(emp).t(
            "\n"
        )
        c.t("Claim #:\t").ident("claim").t("\nInjury date:\t").date(style=c.ch(("mdy", "dmy_b", "iso"))).t("\n")
        c.t("Diagnosis:\t")
        icd(c, "rtw").t("\nRestrictions:\tno lifting over 10 lb, no ladders; ").drug().t(" at night only\n")
        c.t("Full duty expected:\t").date(style=c.ch(("B_d_y", "wk_long", "mdy2"))).t("\n")
        c.t("Examiner:\t").staff("COHN-S").t("\tfax ").phone("FAX").t("\n")
        c.t("Visit codes: ")
        cpt(c, "rtw").t(", ")
        cpt(c, "rtw").t("\n")
    else:
        sup = c.person()
        c.t("From: ").work_email(sup).t("\nSent: ").date(style="wk_long").t(f" {c.clock_ap()}\nTo: ")
        c.dept("Occupational Health").t("\nSubject: return-to-work note for ").name(pt, "full").t("\n\n")
        c.t("Hello, ").name(pt, "given").t(" works second shift at ").org(emp).t(" (employee ").ident("employee")
        c.t("). Can you fax the form to ").phone("FAX").t("? Her last day was ").date(style="md").t(".\n")
        c.t("1. light duty until cleared\n2. no forklift (she has a permit, DL ").dl().t(")\n3. recheck ")
        c.date(style="b_d").t("\n")
        sig(c, sup)


def m_yf(c: Ctx) -> None:
    pt = c.person()
    maker, vacc = c.ch(YF_VACCINES)
    if c.r.random() < 0.5:
        c.t("Hello ").dept("Travel Medicine").t(", I lost my yellow fever card before my trip to ")
        c.t(c.ch(("Ethiopia", "Kenya", "Ghana", "Uganda"))).t(". Certificate no. ").ident("icvp").t(" was given ")
        c.date(style=c.ch(("d_B_y", "dmy_b", "B_d_y"))).t(". Passport ").ident("passport").t(".\n")
        c.t("> The ICVP can be reissued if we have the lot. Your record shows ").keep(vacc, "model").t(" (")
        c.keep(maker, "manufacturer").t(") lot ").lot().t(", CPT ").code("90717").t(".\n")
        c.t("> Please come with ID; we close at 4:30. Book: ").url("travel").t("\n")
        c.t("Thank you. my phone ").phone().t(" - ").name(pt, "full")
    else:
        c.t("YELLOW FEVER CERTIFICATE - REISSUE REQUEST\n")
        c.t("- Traveler: ").name(pt, "UPPER").t("\n- Date of birth: ").dob(
            style=c.ch(("ymd_dot", "dmy_cap", "d_B_y"))
        ).t("\n")
        c.t("- Passport: ").ident("passport").t(" (").t(COUNTRY[pt.culture]).t(")\n- Vaccine: ").keep(vacc, "model").t(
            ", "
        )
        c.keep(maker, "manufacturer").t(", lot ").lot().t("\n- Clinic stamp: ").facility().t("\n")
        c.t("- Given by: ").staff("RN").t("\n- Codes: ").code("90717").t(" / ").code(c.ch(("90471", "99401"))).t(" / ")
        icd(c, "yf").t("\n- Departure: ").date(style="wk_md").t(" to ").abroad(pt.culture).t("\n")


def m_healer(c: Ctx) -> None:
    pt = c.person()
    culture = pt.culture
    kin = kin_line(c, culture)
    healer = c.person(culture, "M")
    if culture == "hmong":
        what = "a shaman to do a soul-calling (hu plig) at the bedside, no open flame"
    elif culture == "tigrinya":
        what = "a priest to bring holy water (tsebel) and pray"
    elif culture == "oromo":
        what = "an elder to pray and read (duaa) at the bedside"
    else:
        what = "an imam to read Quran at the bedside"
    title = c.ch(CLERGY[culture])
    if c.r.random() < 0.5:
        c.t("Healer visit request\n").t("To: ").dept("Spiritual Care").t(", ").facility().t("\n")
        c.t("Patient: ").name(pt, "last_first").t(", room 4").t(str(c.r.randrange(10, 60))).t(", MRN ").mrn().t("\n")
        c.t(f"Family asks for {what}. Visitor: {title} ").name(healer, c.ch(("full", "given_sur"))).t(", cell ").phone()
        c.t(f"\nRequested for {c.clock_ap()} on ").date(style="wk_md").t(f". {kin} and ").name(
            c.person(culture), "given"
        )
        c.t(" will stay. Dx ")
        icd(c, "healer").t(".\n")
        sig(c, None, "MSW")
    else:
        c.t(f"hi, {kin} is in the hospital at ").facility().t(f" and we want a healer visit. can {title.lower()} ")
        c.name(healer, "given").t(" come after 6:00? he drives a ").t(c.ch(CARS)).t(" plate ").plate()
        c.t(" for the parking desk. my name ").name(c.person(culture), "lower").t(", ").phone()


def m_fasting(c: Ctx) -> None:
    pt = c.person(c.ch(("oromo", "uyghur")))
    doc = c.person()
    if c.r.random() < 0.5:
        c.t("Assalamu alaikum Dr. ").name(doc, "surname").t(", Ramadan starts ").date(
            style=c.ch(("B_dth", "b_d", "wk_md"))
        )
        c.t(f". I fast from 4:50 to {c.r.randrange(7, 9)}:{c.r.randrange(60):02d} pm. How do I take my ").drug()
        c.t(" and ").drug().t("?\n")
        born = c.birth()
        c.t("My sugar was 212 at iftar. I am ").t(str(2025 - born.year)).t(" years old. DOB ").date(born, "mdy")
        c.t(", MRN ").mrn().t("\n")
        c.t("> Reply from ").name(doc, "initial").t(", ").t(c.ch(("MD", "NP"))).t(": take the evening dose at iftar,\n")
        c.t("> check sugar at noon; stop fasting if under 70. Dx ")
        icd(c, "fasting").t(".\n")
        c.t("ok. send to ").facility().t(" pharmacy please. ").name(pt, "full")
    else:
        c.t("RAMADAN MEDICATION PLAN\n")
        c.t("Patient: ").name(pt, "UPPER").t("   DOB ").dob(style=c.ch(("ymd_dot", "mdy", "iso"))).t("\n")
        c.t("| Time | Medicine |\n|---|---|\n| Suhoor 4:30 | ").drug().t(" |\n| Iftar 7:45 | ").drug().t(" |\n")
        c.t("| Bedtime | ").drug().t(" |\n\n")
        c.t("Plan reviewed ").date(style="wk_long").t(" by ").staff("PharmD").t(". Visit ").code(
            c.ch(CPT["fasting"])
        ).t(", ")
        icd(c, "fasting").t(". Questions: ").phone().t("\n")


def m_asylum(c: Ctx) -> None:
    pt = c.person()
    lawyer = c.person()
    if c.r.random() < 0.5:
        c.t("From: ").work_email(lawyer).t("\nSent: ").date(style="wk_long").t(
            "\nSubject: asylum medical evaluation\n\n"
        )
        c.t("Dear ").dept("Health Information Management").t(" team,\nWe represent ").name(pt, "full").t(" (A-number ")
        c.ident("anumber").t(", EOIR case ").ident("eoir").t("), born ").dob(style=c.ch(("d_B_y", "ymd_dot", "dmy_b")))
        c.t(" in ").abroad(pt.culture).t(", ").t(COUNTRY[pt.culture]).t(". Please send the scar documentation from ")
        c.date(style="B_y").t(" (")
        icd(c, "asylum").t(") through ").url("records").t(" (our office IP ").ip().t(" is allow-listed) or to")
        c.t(" fax ").phone("FAX").t(". Hearing is ").date(style="B_d_y").t(".\n")
        c.name(lawyer, "full").t(", Esq.\n").org(f"{c.ch(ORG_WORDS)} Immigrant Legal Center").t("\n")
    else:
        c.t("asylum evaluation - intake checklist\n")
        c.t("1. client ").name(pt, "LAST_first").t(", SSN ").ssn().t(", A# ").ident("anumber").t("\n")
        c.t("2. arrived ").date(style="mdy").t(" via ").abroad(pt.culture).t("\n")
        c.t("3. evaluator ").staff("MD", title=True).t(", affidavit by ").date(style="md").t("\n")
        c.t("4. interpreter ").name(c.person(pt.culture), "full").t(" (").t(LANGUAGES[pt.culture]).t(")\n")
        c.t("5. codes ").code(c.ch(CPT["asylum"])).t(", ")
        icd(c, "asylum").t("\ncontact ").email(pt).t("\n")


def m_video(c: Ctx) -> None:
    pt = c.person()
    fam = c.person(pt.culture)
    kin = kin_line(c, pt.culture, "F")
    if c.r.random() < 0.55:
        c.t(f"[{c.tick()}] ICU desk: Family video call booked for ").name(pt, "full").t(", bed 12, ")
        c.date(style="wk_md").t(f" at {c.clock_ap()}.")
        c.t(f"\n[{c.tick()}] ").name(fam, "given").t(f": thank you. {kin} is in ").abroad(pt.culture)
        c.t(", can she join? her number ").intl_phone(pt.culture)
        c.t(f"\n[{c.tick()}] ICU desk: Yes. Link: ").url("video").t(" - the host is ").staff("RN")
        c.t(f"\n[{c.tick()}] ").name(fam, "given").t(": it says blocked from ").ip()
        c.t(f"\n[{c.tick()}] ICU desk: Try again now; ").dept("Critical Care").t(" unblocked it.")
    else:
        c.t("FAMILY VIDEO CALL REQUEST\n")
        c.t("Patient: ").name(pt, "UPPER").t("  MRN ").mrn().t("\nRequester: ").name(fam, "full").t(" (").t(
            c.ch(("son", "daughter", "niece"))
        )
        c.t(")\nE-mail: ").email(fam).t("\nDevice: tablet IMEI ").imei().t("\nWhen: ").date(style="wk_long")
        c.t(f" {c.clock_ap()}\nNotes: patient on ventilator (")
        icd(c, "icu").t("); chaplain ").name(c.person(), "full").t(" to join; billed ").code(c.ch(CPT["icu"])).t(
            " by team.\n"
        )


def m_courier(c: Ctx) -> None:
    drv = c.person()
    pt = c.person()
    if c.r.random() < 0.5:
        c.t(f"[{c.tick()}] Dispatch: courier ").name(drv, "given").t(" en route to ").facility().t(
            ", van plate "
        ).plate()
        c.t(f"\n[{c.tick()}] ").name(drv, "given").t(": picked up 3 tubes for ").name(pt, "LAST_first")
        c.t(", tracking ").ident("tracking")
        c.t(f"\n[{c.tick()}] Dispatch: lab needs ").code(c.ch(CPT["courier"])).t(" + ").code(c.ch(CPT["courier"]))
        c.t(" before 2:00. Drop at ").address().t(f"\n[{c.tick()}] ").name(drv, "given").t(": ok, ETA 25 min")
    else:
        c.t("Courier pickup manifest  ").date(style=c.ch(("wk_iso", "iso", "dmy_b"))).t("\n")
        c.t("| Stop | Specimen | Patient | Tracking |\n|---|---|---|---|\n")
        for _ in range(c.r.randrange(2, 4)):
            q = c.person()
            c.t("| ").facility().t(" | ").code(c.ch(CPT["courier"])).t(" | ").name(
                q, c.ch(("last_first", "initial"))
            ).t(" | ")
            c.ident("tracking").t(" |\n")
        c.t("\nDriver: ").name(drv, "full").t(", DL ").dl().t(", vehicle VIN ").vin().t("\n")
        c.t("Scanner ").ip().t(" logged temp 4 C at ").t(c.clock()).t(". Dx on req ")
        icd(c, "courier").t("\n")


def m_loan(c: Ctx) -> None:
    pt = c.person()
    maker, models = c.ch(DME_MAKERS)
    if c.r.random() < 0.5:
        c.t("LOAN CLOSET - EQUIPMENT OUT\n")
        c.t("Borrower:\t").name(pt, "LAST_first").t("\nPhone:\t").phone().t("\nAddress:\t").address().t("\n")
        c.t("Item:\t").keep(maker, "manufacturer").t(" ").keep(c.ch(models), "model").t("\tHCPCS\t").code(
            c.ch(CPT["loan"])
        ).t("\n")
        c.t("Serial:\t").serial("WC").t("\tAccount\t").account().t("\n")
        c.t("Out:\t").date(style=c.ch(("mdy", "wk_md", "iso"))).t("\tDue back\t").date(
            style=c.ch(("md", "b_d", "B_dth"))
        ).t("\n")
        c.t("Dx:\t")
        icd(c, "loan").t("\nChecked out by:\t").initials(c.person()).t("\n")
    else:
        c.t("Hi, loan closet at ").org(c.ch(WORSHIP)).t(" here. ").name(pt, "full").t(" still has our ")
        c.keep(maker, "manufacturer").t(" walker, serial ").serial("RL").t(", since ").date(style="B_y").t(".\n")
        c.t("* please return to ").address().t("\n* or call ").phone().t("\n* HCPCS ").code(c.ch(CPT["loan"])).t(
            " if Medicaid buys one\n"
        )
        sig(c)


def m_hearing(c: Ctx) -> None:
    pt = c.person()
    maker, models = c.ch(HEARING_MAKERS)
    aud = c.person()
    if c.r.random() < 0.5:
        c.t("Repair ticket ").ident("ticket").t("\n")
        c.t("Patient: ").name(pt, "last_first").t("   DOB ").dob().t("\n")
        c.t("Aid: ").keep(maker, "manufacturer").t(" ").keep(c.ch(models), "model").t(", serial L ").serial("HA").t(
            ", R "
        )
        c.serial("HA").t("\nProblem: dead after rain; receiver replaced. Code ").code(c.ch(CPT["hearing"])).t(", ")
        icd(c, "hearing").t("\nReturned ").date(style=c.ch(("wk_md", "mdy2", "b_d"))).t(" by mail to ").address().t(
            "\n"
        )
        c.t("Status: ").url("repair").t("\nTech: ").name(aud, "initial").t(", BC-HIS\n")
    else:
        c.t("> Your repair ticket ").ident("ticket").t(" is open. The ").keep(maker, "manufacturer").t(" lab gets it ")
        c.date(style="B_dth").t(".\n> -- ").dept("Audiology").t("\n\n")
        c.t(f"my {kin_line(c, pt.culture, 'F')} cant hear at all without it. she is ").age_old().t(
            ". can you lend a loaner? serial on box "
        )
        c.serial().t(". call me ").phone().t(" - ").name(c.person(pt.culture), c.ch(("given", "full")))


def m_takeback(c: Ctx) -> None:
    pt = c.person()
    if c.r.random() < 0.5:
        c.t("Hello, my ").t(
            c.ch(("mother", "wife", "grandmother") if pt.sex == "F" else ("father", "husband", "grandfather"))
        ).t(" ").name(pt, "full").t(" passed on ")
        c.date(style=c.ch(("B_d_y", "mdy", "d_B_y"))).t(". We have leftover ").drug().t(" and ").drug()
        c.t(". Where is the take-back box? We live in ").townname().t(".\n")
        c.t("> Drop box at ").facility().t(", ").address().t(", open till 9:00.\n")
        c.t("> Patches: bring them too. Map: ").url("dropbox").t(" - ").dept("Pharmacy").t("\n")
        c.t("thank you - ").name(c.person(pt.culture), "given").t(" ").phone()
    else:
        c.t("MEDICATION TAKE-BACK LOG\n")
        c.t("Date\tDrop-off\tItems\tStaff\n")
        for _ in range(c.r.randrange(2, 4)):
            c.date(style=c.ch(("md", "wk_md", "mdy"))).t("\t").name(c.person(), "last_first").t("\t").drug().t("\t")
            c.initials(c.person()).t("\n")
        c.t("Site: ").facility().t(", registrant ").dea(c.person()).t("\nCounsel code ").code(c.ch(CPT["takeback"])).t(
            ", "
        )
        icd(c, "takeback").t("\n")


def m_wig(c: Ctx) -> None:
    pt = c.person(sex="F")
    if c.r.random() < 0.5:
        c.t("Hi, I need the letter for a cranial prosthesis (wig) for my ").insurer().t(" plan. Member ID ").plan()
        c.t(". Chemo started ").date(style=c.ch(("B_dth", "mdy", "iso"))).t(".\n")
        c.t("Shop: ").facility().t(", fax ").phone("FAX").t(" or upload ").url("voucher").t(
            "\nCodes they asked for: "
        ).code("A9282").t(" and ")
        icd(c, "wig").t("\n").name(pt, "full").t(", DOB ").dob()
    else:
        c.t("CRANIAL PROSTHESIS VOUCHER\n")
        c.t("* Recipient: ").name(pt, "LAST_first").t("\n* Voucher ").ident("voucher").t(", valid until ").date(
            style="B_y"
        ).t("\n")
        c.t("* Diagnosis ")
        icd(c, "wig").t(", HCPCS ").code("A9282").t("\n* Infusion ").code("96413").t(" at ").facility().t("\n")
        c.t("* Oncologist ").staff("MD", title=True).t("\n* Social worker ").staff("LCSW").t(", ").work_email(
            c.person()
        ).t("\n")


def m_adultday(c: Ctx) -> None:
    pt = c.person()
    fam = c.person(pt.culture)
    kin = kin_line(c, pt.culture, pt.sex)
    she = "she" if pt.sex == "F" else "he"
    if c.r.random() < 0.5:
        c.t("ADULT DAY ENROLMENT\n").t("Participant: ").name(pt, "LAST_first").t("   Age: ").age_old().t("\n")
        c.t("Participant #: ").ident("participant").t("   SSN: ").ssn().t("\nPlan: ").insurer().t(" ").plan().t(
            "\nHome: "
        ).address().t("\n")
        c.t("Caregiver: ").name(fam, "full").t(" (").t(c.ch(("daughter", "son", "grandson"))).t("), ").phone().t("\n")
        c.t("Language: ").t(LANGUAGES[pt.culture]).t(
            f"; the family calls {'her' if pt.sex == 'F' else 'him'} {kin}\nVan pickup {c.clock_ap()}, van "
        ).plate().t("\n")
        c.t("Dx ")
        icd(c, "adultday").t("; billed ").code(c.ch(CPT["adultday"])).t(
            "\n1. " + ("no pork" if pt.culture in ("uyghur", "oromo") else "soft rice, no cold drinks")
        )
        c.t("\n2. nap after lunch\n3. ")
        c.drug().t(" at noon\n")
    else:
        c.t(f"[{c.tick()}] ").name(fam, "given").t(f": is {kin} ok today at adult day? {she} was crying this morning")
        c.t(f"\n[{c.tick()}] Center staff: {she.title()} is fine, ate lunch, played cards with ").name(
            c.person(), "given"
        ).t(".")
        c.t(f"\n[{c.tick()}] ").name(fam, "given").t(f": {she} turns ").age_old().t(" on ").date(style="B_dth")
        c.t("! can we bring cake?")
        c.t(f"\n[{c.tick()}] Center staff: Of course. Van leaves at {c.clock_ap()}, driver ").name(c.person(), "given")
        c.t(f"\n[{c.tick()}] ").name(fam, "given").t(": thanks")


def m_ambulance(c: Ctx) -> None:
    pt = c.person()
    if c.r.random() < 0.5:
        c.t("To ").dept("Patient Financial Services").t(":\nI got an ambulance bill for ").name(pt, "full").t(", run ")
        c.ident("run").t(", from ").date(style=c.ch(("B_d_y", "mdy", "dmy_b"))).t(
            ". It was only 2 miles to "
        ).facility()
        c.t(". Codes on the bill: ").code("A0427").t(" and ").code("A0425").t(". ").insurer().t(" denied it, member ")
        c.plan().t(".\nAccount ").account().t(". SSN last used ").ssn().t(" - please fix.\n")
        c.name(c.person(pt.culture), "full").t("\n").address().t("\n")
    else:
        c.t("ambulance bill dispute\n\nSent: ").date(style="wk_long").t("\n")
        c.t("- unit ").plate().t(", medic ").staff("EMT-P").t("\n- patient ").name(pt, "LAST_first").t(
            ", DOB "
        ).dob().t("\n")
        c.t("- codes ").code(c.ch(("A0427", "A0429", "A0433"))).t(", ").code("A0425").t("; dx ")
        icd(c, "ambulance").t("\n- account ").account().t("\n- call ").phone().t(" or ").email(pt).t("\n")


MESSAGE_GENRES: tuple[tuple[str, Callable[[Ctx], None]], ...] = (
    ("transplant waitlist coordinator messages", m_waitlist),
    ("hospice volunteer visit logs", m_volunteer),
    ("occupational-health return-to-work forms", m_rtw),
    ("travel-clinic yellow fever certificates", m_yf),
    ("traditional healer or clergy bedside visit requests", m_healer),
    ("Ramadan fasting medication questions", m_fasting),
    ("asylum medical-evaluation record requests", m_asylum),
    ("tele-ICU family video call bookings", m_video),
    ("lab specimen courier pickups", m_courier),
    ("medical equipment loan closet records", m_loan),
    ("hearing aid repair tickets", m_hearing),
    ("medication take-back questions", m_takeback),
    ("cranial prosthesis voucher requests", m_wig),
    ("adult day program enrolments", m_adultday),
    ("ambulance bill disputes", m_ambulance),
)


# ---------------------------------------------------------------------------------------------
# clinical notes: header, body by genre, sections, signature


def header(c: Ctx, pt: Person, old: bool, infant: bool = False) -> None:
    h = c.r.randrange(4)
    sex = ("girl" if pt.sex == "F" else "boy") if infant else "woman" if pt.sex == "F" else "man"
    days = c.r.randrange(2, 40)
    if h == 0:
        c.t("PATIENT: ").name(pt, c.ch(("LAST_first", "UPPER", "last_first"))).t("   DOB: ").dob(old, infant=infant).t(
            "   MRN: "
        ).mrn().t("\n")
        c.t("Visit: ").date(style=c.ch(("mdy", "dmy_b", "iso", "wk_iso"))).t("   Location: ").facility().t("\n")
    elif h == 1:
        c.t("Pt name: ").name(pt, c.ch(("full", "LAST_first"))).t(" | Age: ")
        if infant:
            c.t(f"{days} days")
        elif old:
            c.age_old(False)
        else:
            c.t(c.young_age())
        c.t(" | MRN ").mrn().t(" | ").date(style=c.ch(("mdy", "dmy_cap", "b_d_y"))).t("\n")
    elif h == 2:
        c.t("| Patient | MRN | DOB | Service date |\n|---|---|---|---|\n| ").name(
            pt, c.ch(("last_first", "UPPER", "full"))
        )
        c.t(" | ").mrn().t(" | ").dob(old, infant=infant).t(" | ").date(style=c.ch(("mdy", "iso", "dmy_b"))).t(" |\n")
    else:
        c.t("" if infant else c.ch(("Mr. ", "Ms. ", "")) if pt.sex == "M" else c.ch(("Mrs. ", "Ms. ", ""))).name(
            pt, c.ch(("full", "given_sur"))
        )
        c.t(" (MRN ").mrn().t("), a ")
        if infant:
            c.t(f"{days}-day-old {sex}")
        elif old:
            c.age_old(False).t(f"-year-old {sex}")
        else:
            c.t(f"{c.young_age()}-year-old {sex}")
        c.t(", seen ").date(style=c.ch(("B_d_y", "mdy", "wk_long"))).t(" at ").facility().t(".\n")


def b_liver(c: Ctx, pt: Person) -> None:
    c.t("PROCEDURE: ultrasound-guided percutaneous liver biopsy, CPT ").code("47000").t(" with ").code("76942").t(".\n")
    c.t("Indication: ")
    icd(c, "liver").t(". INR 1.1, platelets 188. Consent in ").t(LANGUAGES[pt.culture]).t(".\n")
    c.t("18 g core x2 from segment VI; ").drug().t(" before. No bleeding at ").t(c.clock()).t(". Path ").code(
        "88307"
    ).t(".\n")


def b_thyroid(c: Ctx, pt: Person) -> None:
    c.t("PROCEDURE: thyroid FNA, right lobe nodule 2.1 cm, TI-RADS 4. CPT ").code(c.ch(("10005", "10006"))).t(".\n")
    c.t("History of ").keep("Hashimoto", "eponym").t(" thyroiditis; no ").keep("Graves", "eponym").t(" disease. Dx ")
    icd(c, "thyroid").t(".\n25 g needle x4 passes. Cytology to be reported in ").keep("Bethesda", "eponym")
    c.t(" categories; ").code("88173").t(" adequacy on site.\n")


def b_tee(c: Ctx, pt: Person) -> None:
    c.t("STUDY: transesophageal echocardiogram before cardioversion, CPT ").code("93312").t(".\n")
    c.t("Airway ").keep("Mallampati", "eponym").t(" II. ").drug().t(" given. Dx ")
    icd(c, "tee").t(".\nNo LAA thrombus. EF 50%. Pacemaker on file: ").keep(
        c.ch(("Medtronic", "Abbott", "Boston Scientific")), "manufacturer"
    )
    c.t(" serial ").serial("PJN").t(".\n")


def b_ercp(c: Ctx, pt: Person) -> None:
    c.t("PROCEDURE: ERCP with sphincterotomy and stone extraction, CPT ").code(c.ch(("43262", "43264"))).t(".\n")
    c.t("Indication: ")
    icd(c, "ercp").t(". Ampulla of ").keep("Vater", "eponym").t(" normal; sphincter of ").keep("Oddi", "eponym")
    c.t(" cut 8 mm. Balloon sweep cleared 2 stones. Scope ").keep("Olympus", "manufacturer").t(" ").keep(
        "TJF-Q190V", "model"
    )
    c.t(", stone basket lot ").lot().t(". ")
    c.drug().t(" post procedure.\n")


def b_kypho(c: Ctx, pt: Person) -> None:
    c.t("PROCEDURE: L1 kyphoplasty, bipedicular, CPT ").code("22513").t(".\n")
    c.t("Indication: ")
    icd(c, "kypho").t(", pain score 8 of 10. Prone, fluoroscopy. ").keep(c.ch(("Stryker", "Medtronic")), "manufacturer")
    c.t(" kit lot ").lot().t("; 4.5 mL cement. ").drug().t(" for pain.\nDischarged walking at ").t(c.clock()).t(".\n")


def b_trigger(c: Ctx, pt: Person) -> None:
    c.t("PROCEDURE: trigger finger release, right ring finger A1 pulley, CPT ").code("26055").t(".\n")
    c.t("Dx ")
    icd(c, "trigger").t("; early ").keep("Dupuytren", "eponym").t(
        " cord noted. WALANT with lidocaine 1% and epinephrine.\n"
    )
    c.t("Full active flexion after release. Suture 4-0 nylon. ").drug().t(" as needed. Works at ").org(
        c.ch(EMPLOYERS)
    ).t(".\n")


def b_yag(c: Ctx, pt: Person) -> None:
    eye = c.ch(("OD", "OS"))
    c.t(f"PROCEDURE: Nd:YAG laser posterior capsulotomy {eye}, CPT ").code("66821").t(".\n")
    c.t("Dx ")
    icd(c, "yag").t(". Acuity 20/70 before, ").keep("Snellen", "eponym").t(" chart. Laser ").keep(
        "Ellex", "manufacturer"
    )
    c.t(" ").keep("Ultra Q", "model").t(", 2.2 mJ x 38 shots. IOP 15 after ").drug().t(".\n")


def b_frenotomy(c: Ctx, pt: Person) -> None:
    mom = c.person(pt.culture, "F")
    c.t("PROCEDURE: frenotomy for ankyloglossia, CPT ").code("41010").t(". Dx ")
    icd(c, "frenotomy").t(".\nMother ").name(mom, "full")
    c.t(" reports painful latch. Hazelbaker score 8. Clipped with sterile scissors; nursed at ")
    c.t(c.clock()).t(". Lactation: ").staff("RN").t(".\n")


def b_sclero(c: Ctx, pt: Person) -> None:
    c.t("PROCEDURE: foam sclerotherapy, left great saphenous tributaries, CPT ").code(c.ch(("36471", "36470"))).t(".\n")
    c.t("Dx ")
    icd(c, "sclero").t(". Polidocanol 1% 6 mL under duplex. ").keep(c.ch(("Varithena", "Asclera")), "model")
    c.t(" lot ").lot().t(". Compression stockings 20-30 mmHg. Walk 20 min daily.\n")


def b_idrain(c: Ctx, pt: Person) -> None:
    c.t("PROCEDURE: incision and drainage of abscess, CPT ").code(c.ch(("10060", "10061"))).t(".\n")
    c.t("Site: ").t(c.ch(("left axilla", "right thigh", "buttock", "posterior neck"))).t(", 4 cm fluctuant. Dx ")
    icd(c, "idrain").t(".\nPacked with iodoform; ").drug().t(" x7 days. Wound check in 48 h.\n")


def b_graft(c: Ctx, pt: Person) -> None:
    c.t("PROCEDURE: split-thickness skin graft, 60 sq cm, CPT ").code("15100").t(" and ").code("15101").t(".\n")
    c.t("Dx ")
    icd(c, "graft").t(". Donor site thigh, dermatome ").keep("Zimmer", "manufacturer").t(", meshed 1.5:1. ")
    c.t("NPWT ").keep(c.ch(("V.A.C.", "PICO")), "model").t(" unit serial ").serial("VAC").t(". ").drug().t(".\n")


def b_cline(c: Ctx, pt: Person) -> None:
    c.t("PROCEDURE: central line, right internal jugular, triple lumen, CPT ").code("36556").t(
        " with ultrasound "
    ).code("76937").t(".\n")
    c.t("Dx ")
    icd(c, "cline").t(". ").keep("Trendelenburg", "eponym").t(" position, ").keep("Seldinger", "eponym")
    c.t(" technique, kit ").keep(c.ch(("Arrow", "Teleflex")), "manufacturer").t(" lot ").lot().t(
        ". Tip at cavoatrial junction on CXR "
    )
    c.code("71045").t(". ").keep("Allen", "eponym").t(" test not needed. ").drug().t(".\n")


def b_septo(c: Ctx, pt: Person) -> None:
    c.t("PROCEDURE: septoplasty with bilateral inferior turbinate reduction, CPT ").code("30520").t(".\n")
    c.t("Dx ")
    icd(c, "septo").t(". Killian incision; deviated cartilage resected. Doyle splints placed. ").drug().t(".\n")
    c.t("Follow up for splint removal; no flying for two weeks.\n")


def b_amnio(c: Ctx, pt: Person) -> None:
    c.t("PROCEDURE: amniocentesis under ultrasound, 17w2d, CPT ").code("59000").t(" and ").code("76946").t(".\n")
    c.t("Dx ")
    icd(c, "amnio").t(". 20 mL clear fluid; FISH and karyotype ").code("88267").t(". Rh negative: ")
    c.keep(c.ch(("RhoGAM 300 mcg", "Rhophylac 300 mcg")), "drug").t(" given. Insulin pump ").keep(
        c.ch(("Tandem", "Medtronic")), "manufacturer"
    )
    c.t(" serial ").serial("PMP").t(" left on.\n")


def b_hysteroscopy(c: Ctx, pt: Person) -> None:
    c.t("PROCEDURE: office hysteroscopy with polypectomy, CPT ").code("58558").t(".\n")
    c.t("Dx ")
    icd(c, "hysteroscopy").t(". Saline distension, ").keep(c.ch(("MyoSure", "TruClear")), "model").t(
        " device lot "
    ).lot()
    c.t(". Polyp 1.2 cm removed; ").keep("Pfannenstiel", "eponym").t(" scar noted from prior cesarean. ").drug().t(
        ".\n"
    )


CLINICAL_GENRES: tuple[tuple[str, Callable[[Ctx, Person], None]], ...] = (
    ("percutaneous liver biopsy notes", b_liver),
    ("thyroid FNA notes", b_thyroid),
    ("transesophageal echocardiograms", b_tee),
    ("ERCP reports", b_ercp),
    ("kyphoplasty notes", b_kypho),
    ("trigger finger releases", b_trigger),
    ("Nd:YAG capsulotomy notes", b_yag),
    ("infant frenotomy notes", b_frenotomy),
    ("sclerotherapy sessions", b_sclero),
    ("incision and drainage notes", b_idrain),
    ("split-thickness skin grafts", b_graft),
    ("central line insertions", b_cline),
    ("septoplasty notes", b_septo),
    ("amniocentesis notes", b_amnio),
    ("office hysteroscopy notes", b_hysteroscopy),
)


def s_registration(c: Ctx, pt: Person) -> None:
    c.t("REGISTRATION\nAddress: ").address().t("\nPhone: ").phone().t("  SSN: ").ssn().t("\n")
    c.t("Insurance: ").insurer().t(", member ").plan().t("\nID checked: DL ").dl().t("\n")


def s_ride(c: Ctx, pt: Person) -> None:
    drv = c.person(pt.culture)
    c.t("Ride home: ").name(drv, c.ch(("full", "given_sur"))).t(" (").t(
        c.ch(("nephew", "son-in-law", "friend", "neighbor"))
    )
    c.t("), ").t(c.ch(CARS)).t(", plate ").plate().t(", cell ").phone().t("\n")


def s_portal(c: Ctx, pt: Person) -> None:
    c.t("Portal access: ").email(pt).t(" enrolled; last login from ").ip().t("; results at ").url("results").t("\n")


def s_cc(c: Ctx, pt: Person) -> None:
    c.t("cc: ").staff(c.ch(("MD", "DO", "NP")), title=True).t(", ").facility().t(", fax ").phone("FAX")
    if c.r.random() < 0.5:
        c.t(", ").work_email(c.person())
    c.t("\n")


def s_devices(c: Ctx, pt: Person) -> None:
    maker, model = c.ch(PUMP_MAKERS)
    c.t("Devices on file:\n- ").keep(maker, "manufacturer").t(" ").keep(model, "model").t(" serial ").serial().t("\n")
    c.t("- phone for remote monitoring, IMEI ").imei().t(", uploads from ").ip().t("\n")


def s_billing(c: Ctx, pt: Person) -> None:
    c.t("Billing: account ").account().t("; ").insurer().t(" claim ").ident("claim").t("; ").dept(
        "Patient Financial Services"
    ).t("\n")


def s_interp(c: Ctx, pt: Person) -> None:
    c.t("INTERPRETER: ").t(LANGUAGES[pt.culture]).t(", ").name(
        c.person(pt.culture), c.ch(("full", "given_sur", "UPPER"))
    ).t(" ID ")
    c.ident("interpreter").t(f", by phone {c.clock()} to {c.clock()}\n")


def s_emergency(c: Ctx, pt: Person) -> None:
    kin = kin_line(c, pt.culture)
    c.t(f"Emergency contact: {kin} ({KIN_MEANING[kin]}), ").name(c.person(pt.culture), "full").t(", ")
    if c.r.random() < 0.4:
        c.intl_phone(pt.culture).t(" in ").abroad(pt.culture)
    else:
        c.phone().t(", ").townname()
    c.t("\n")


def s_addendum(c: Ctx, pt: Person) -> None:
    c.t("Addendum ").date(style=c.ch(("md", "wk_md", "mdy2"))).t(f" {c.clock()}: patient called from ").townname()
    c.t("; doing well. Callback ").phone().t(". -").initials(c.person()).t("\n")


def s_outside(c: Ctx, pt: Person) -> None:
    c.t("Outside records: ").facility().t(" MRN ").mrn().t(", visit ").date(style=c.ch(("B_y", "dmy_b", "mdy"))).t(
        ", faxed from "
    )
    c.phone("FAX")
    if c.r.random() < 0.5:
        c.t("; images shared at ").url("images")
    c.t("\n")


def s_transport(c: Ctx, pt: Person) -> None:
    c.t("Transport: wheelchair van ").plate().t(" (VIN ").vin().t("), trip ").ident("trip").t(", driver ").name(
        c.person(), "given"
    ).t("\n")


def s_visitors(c: Ctx, pt: Person) -> None:
    kin = kin_line(c, pt.culture)
    c.t(f"Visitors: {kin}, age ").age_old(False).t(", and ")
    if c.r.random() < 0.6:
        c.t(f"{c.ch(CLERGY[pt.culture])} ").name(c.person(pt.culture, "M"), c.ch(("full", "given", "given_sur")))
    else:
        c.name(c.person(pt.culture), "full")
    c.t(f"; {LANGUAGES[pt.culture]} speaking\n")


PLANS = ("Resume home medicines tonight; no driving for 24 hours; call for fever over 101 F or bleeding.",
         "Results in 5 to 7 business days, reviewed by phone with an interpreter; return precautions given.",
         "Keep dressing dry for 48 hours, then shower; ice 20 minutes every 2 hours while awake.",
         "Family taught warning signs in their language and repeated them back; written sheet given.")  # fmt: skip
GENRE_DEPTS = ("Interventional Radiology", "Endocrinology", "Cardiology", "Gastroenterology", "Interventional Radiology",
               "Hand Surgery", "Ophthalmology", "Pediatrics", "Vascular Surgery", "Emergency Medicine", "Burn Surgery",
               "Critical Care", "Otolaryngology", "Maternal-Fetal Medicine", "Gynecology")  # fmt: skip
SECTIONS = (s_registration, s_ride, s_portal, s_cc, s_devices, s_billing, s_interp, s_emergency, s_addendum, s_outside,
            s_transport, s_visitors)  # fmt: skip


def clinical(c: Ctx, genre: int) -> None:
    pt = c.person(sex="F" if CLINICAL_GENRES[genre][1] in (b_amnio, b_hysteroscopy) else None)
    infant = CLINICAL_GENRES[genre][1] is b_frenotomy
    old = not infant and CLINICAL_GENRES[genre][1] is not b_amnio and c.r.random() < 0.16
    header(c, pt, old, infant)
    c.t("\n")
    CLINICAL_GENRES[genre][1](c, pt)
    c.t("Department: ").dept(GENRE_DEPTS[genre]).t(". BP ").t(f"{c.r.randrange(100, 160)}/{c.r.randrange(60, 95)}").t(
        ".\n"
    )
    if c.r.random() < 0.3:
        c.t("Plan: ").t(c.ch(PLANS)).t(" Next visit ").date(style=c.ch(("wk_md", "b_d", "B_dth", "wk_long"))).t(
            f" at {c.clock_ap()}.\n"
        )
    c.t("\n")
    for s in c.r.sample(SECTIONS, c.r.choice((1, 2, 2, 3, 3, 4))):
        s(c, pt)
    doc = c.person()
    c.t("\nElectronically signed by ").name(doc, c.ch(("full", "given_sur", "last_first"))).t(
        f", {c.ch(('MD', 'DO', 'NP', 'PA-C'))}"
    )
    r = c.r.random()
    if r < 0.2:
        c.t(" (").dea(doc).t(")")
    elif r < 0.4:
        c.t(" lic ").prof_license()
    c.t(" on ").date(style=c.ch(("mdy", "iso", "dmy_b", "b_d_y"))).t(
        f" at {c.r.randrange(7, 19)}:{c.r.randrange(60):02d}"
    )


# ---------------------------------------------------------------------------------------------
# rows

_MONTH_RE = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
LEAKS = (r"\S+@\S+\.[a-z]{2,}", r"(?i)https?://|www\.", r"\b\d{1,3}(\.\d{1,3}){3}\b", r"\b(19|20)\d\d-\d\d-\d\d\b",
         r"\b\d{1,2}/\d{1,2}/(19|20)?\d\d\b", r"\(\d{3}\) ?\d{3}-\d{4}", r"\b\d{3}[-.]\d{3}[-.]\d{4}\b",
         r"\b\d{3}-\d{2}-\d{4}\b", rf"(?i)\b{_MONTH_RE} \d{{1,2}}(st|nd|rd|th)?\b", r"\+\d{2,3} \d",
         r"\b(19|20)\d\d\.\d\d\.\d\d\b", r"\b\d{1,2}/\d{1,2}\b(?!\d)", r"\b[A-HJ-NPR-Z0-9]{17}\b",
         r"(?i)\b\d{2}[a-z]{3}(19|20)\d\d\b")  # fmt: skip
OLD_AGE = (r"(?i)\b(9\d|1[01]\d)(?: ?y/o|yo\b|-year-old| years old| yrs)|\bage:?\s(9\d|1[01]\d)\b|\baged (9\d|1[01]\d)\b|"
           r"\bis (9\d|1[01]\d)\b|\bninety|one hundred")  # fmt: skip


def _blank(text: str, phi: list[tuple[int, int, str]]) -> str:
    for s, e, _ in phi:
        text = text[:s] + "x" * (e - s) + text[e:]
    return text


def _finish(d: Doc, case: str) -> tuple[str, list[tuple[int, int, str]], dict[str, str]]:
    text = d.text
    keep = dict(d.keep)
    if case == "upper":
        text, keep = text.upper(), {k.upper(): v for k, v in keep.items()}
    elif case == "lower":
        text, keep = text.lower(), {k.lower(): v for k, v in keep.items()}
    phi = sorted(d.phi)
    for (_, e1, _), (s2, _, _) in zip(phi, phi[1:]):
        assert e1 <= s2, text
    kept: dict[str, str] = {}
    for term, kind in keep.items():
        hits = [m.start() for m in re.finditer(re.escape(term), text)]
        if hits and not any(s < i + len(term) and i < e for i in hits for s, e, _ in phi):
            kept[term] = kind
    blank = re.sub(r"\b\d{2,3}/\d{2,3}\b", "x", _blank(text, phi))
    for pattern in LEAKS:
        m = re.search(pattern, blank)
        assert not m, (pattern, m.group(0), text)
    m = re.search(OLD_AGE, _blank(text, phi))
    assert not m, (m.group(0), text)
    assert text.isascii(), text
    return text, phi, kept


def generate(family: str, n: int, seed: int) -> list[dict]:
    """`n` rows of `family`, genres in turn, from `seed`."""
    if family not in FAMILIES:
        raise ValueError(family)
    rng = random.Random(f"eval19/{family}/{seed}")
    rows: list[dict] = []
    seen: set[str] = set()
    i = 0
    while len(rows) < n:
        d = Doc()
        c = Ctx(rng, d)
        case = ""
        if family == "messages":
            MESSAGE_GENRES[len(rows) % len(MESSAGE_GENRES)][1](c)
            r = rng.random()
            case = "upper" if r < 0.06 else "lower" if r < 0.12 else ""
        else:
            clinical(c, len(rows) % len(CLINICAL_GENRES))
        i += 1
        text, phi, keep = _finish(d, case)
        if text in seen or (family == "clinical" and not 150 <= len(text) <= 1500):
            continue
        seen.add(text)
        rows.append({
            "id": f"eval19-{family}-{len(rows)}",
            "family": family,
            "text": text,
            "phi": [{"start": s, "end": e, "type": k} for s, e, k in phi],
            "keep": list(keep),
            "keep_kinds": keep,
        })  # fmt: skip
    return rows


def dumps(rows: list[dict]) -> str:
    """The rows as JSON lines."""
    return "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--family", choices=FAMILIES, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args(argv)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(dumps(generate(a.family, a.n, a.seed)), encoding="utf-8")


if __name__ == "__main__":
    main()
