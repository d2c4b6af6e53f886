"""Twenty-sixth independent de-identification evaluation set (eval26): letter of medical necessity
requests for HSA and FSA claims (compression garments, air purifiers, OTC hearing aids, orthotics and
light boxes with their makers, models and HCPCS codes; tab forms, bullets, forwarded-mail headers and
"> " quoted claim notices), legal name change requests for the record (marriage, divorce, a spelling
corrected, an American given name taken at naturalization; the old and the new name side by side,
court case numbers, driver's licences, numbered forms, portal chat lines with clock times), diving
medical questionnaire follow-ups (numbered YES answers with their drugs and codes, dive computer makers,
models and serials, dive accident insurers, trips and phones abroad), race medical tent follow-ups and
logs (bib numbers, timing chips, `|` tent logs, point-of-care and AED makers, runners over 90),
adoption home study physician's reports (two applicants, TB tests, vaccine lots and NDCs, agency case
numbers, a child's referral from abroad), school 504 plan letters (student IDs, numbered
accommodations, insulin pump and sensor serials, counsellors' quoted notes), wearable heart rhythm
data sharing (watch and ring makers and models, tab tables of readings, sync IPs, IMEIs),
palm vein check-in enrollment opt-outs (biometric enrollment IDs, kiosk IPs, bulleted privacy
letters), snowbird seasonal address and care transfers (winter addresses in Florida, Arizona and Texas,
Medicare Advantage plans, pacemaker and CPAP serials, plates and VINs) and COBRA continuation
questions after a job loss (employers, COBRA administrators, `|` coverage tables, copay cards, SSNs)
(`messages`); and peritonsillar abscess drainage, punctal plug insertion, methacholine challenge
tests (`|` dose tables), sweat chloride tests (tab tables), Ponseti clubfoot casting, testosterone
pellet insertion, intravesical BCG instillation and greater occipital nerve block notes (`clinical`;
150-1,500 characters). Each genre occurs equally often (thirty rows per genre in `messages`, fifteen
in `clinical`, in turn). About one message in eighteen is all capitals and one in eighteen all lower
case; layouts include key: value and tab forms, `|` tables, bullets ("- " and "* "), numbered lists,
"> " quoted replies, chat lines with clock times ("[9:05 AM] Bounthavi: ..."), signatures with
initials ("-- MLG"), forwarded-mail headers ("Sent: ") and header lines whose columns are set apart by
runs of spaces ("Patient: ...    MRN: ..."). Every clinical note has a header (PATIENT:, Pt name:, a
`|` table or a sentence with "(MRN ..."), one to three sections that carry further identifiers
(``SECTION_LABELS``) and a signature line ("Electronically signed by", "Signed:", "Authenticated by" or
"Dictated by"), some with an NPI and a DEA number.

Written by a writer who read only `tests/deid/evalset_checks.py`, `tests/deid/test_evalset25.py`,
`tests/deid/conftest.py`, `tests/deid/test_evalset_generators.py`, the module docstrings of
`tools/deid/evalset3.py` ... `tools/deid/evalset25.py` (nothing below them), the API (signatures and
docstrings) of `tools/deid/faker_tables.py` and `medcode/deid/types.py`, `datasets/deid/README.md` and
the ruff and mypy sections of `pyproject.toml`. evalset25 was imported only to list the names of its
public objects, the signatures of `generate`, `dumps`, `provenance_problems` and `main` and the values
of `KEEP_KINDS`, `FAMILIES`, the genre tuples and `SECTION_LABELS`; none of its code was read. None of
the de-identifier's rules, recognizers, lexicons, keep lists, models or engine, none of the other
generators' code and none of the sets under `datasets/` or `build/` were read; the one-line subjects of
the latest commits were seen in `git log` output (they summarise rule rounds) and nothing of those
commits was opened. The de-identifier was never run on this text.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters them.
This family brings text shapes, values and names nobody tuned on, and many keep terms written in
varied ways and places (in sentences, in key: value and tab fields, in `|` tables, in chat lines and
bullets): device makers and model names and numbers that look like people, places or words ("Hans
Rudolph", "Becton Dickinson", "Cressi Leonardo", "Cressi Goa", "Movano Evie Ring", "hearX Lexie B2
Plus", "Keyo Wave", "Aetrex Conform", "Suunto Ocean"), regional plans, Medicaid managed-care plans,
Medicare Advantage and Part D plans, union and employer funds, TPAs, HSA and COBRA administrators,
dental, vision and dive accident plans ("Health Alliance Plan", "CountyCare", "YouthCare", "HUSKY
Health", "Devoted Health", "Zing Health", "Carpenters Health and Welfare Fund", "Imagine360",
"HealthEquity", "WEX Health", "Divers Alert Network", "Spectera"), brand names that look like given
names or places ("Larin 1/20", "Loryna", "Juleber", "Jornay PM 40 mg", "Valtoco 10 mg", "Mounjaro 5
mg", "Urelle", "Sweet-Ease"), eponyms, with and without their head word and in the possessive, some
of which are surnames, words or towns ("Arnold", "Kite", "Jones", "Oxford", "Borg", "Horner",
"Foley", "Prader", "Barlow", "Baker", "Sever", "Still", "Bell", "Henry", "Dalton", "Boyle",
"Ludwig", "Calmette-Guerin"), departments, and ICD-10-CM, CPT, HCPCS and NDC codes and lot numbers
in prose and in lists, to measure over-redaction.

Locales: none. ``NAME_LOCALES``, ``CITY_LOCALES``, ``ORG_LOCALES``, ``LOCALES`` and ``FAKER_TABLES``
are empty and ``provenance_problems()`` returns []. Names come from hand-written lists of three naming
cultures no earlier family used, in the Latin spellings met on US papers, with variants: Albanian
(Kosovar, Albanian and Malesor / Montenegrin-Albanian families in the Bronx, Staten Island, Hamtramck,
Macomb County, Waterbury, Worcester and Norridge: Albanian given names without their diacritics,
"Mergim", "Shkelzen", "Valbona", "Drita", "Luljeta" / "Lule", Catholic ones beside their English forms,
"Gjergj" / "George", "Pjeter" / "Peter"; the father's given name as a middle name on Kosovo papers,
"Arben Fadil Krasniqi"; surnames with their registrar spellings, "Krasniqi" / "Krasniqui" /
"Krasnici", "Hoxha" / "Hodza" / "Hoxhaj", "Rexhepi" / "Rexepi" / "Redzepi", "Thaci" / "Thaqi"; the
Malesor "-aj" surnames, "Gjonaj" / "Djonaj" / "Jonaj", "Camaj" / "Chamaj", "Nikprelaj" / "Nik
Prelaj", "Lulgjuraj", "Dedvukaj"; day-first dates with dots, "14.03.1957"), Liberian (Kpelle, Bassa,
Kru, Grebo, Vai, Loma and Americo-Liberian families on Staten Island, in Brooklyn Center, Coon Rapids,
Upper Darby, Darby, Providence, Pawtucket, Trenton and Charlotte: Liberian given names, "Korto",
"Musu", "Yamah", "Wleh", "Tarnue", "Siaffa", "Varney", beside English virtue and Bible names,
"Comfort", "Patience", "Princess", "Emmanuel", "Jefferson"; surnames that are English words or given
names, "Toe", "Doe", "Sumo", "Flomo", "Harmon", "Cooper"; the "Kp" and "Gb" surnames that registrars
shorten, "Kpoto" / "Poto", "Gbatu" / "Batu", "Gbowee" / "Bowee", "Kpadeh" / "Padeh"; "Kollie" /
"Kolleh" / "Kolli", "Tarpeh" / "Tarpah", "Massaquoi" / "Massaquio"; nicknames in quotes, 'Emmanuel
"Jr. Boy" Kollie'; "Jr.", "Sr.", "II", "III"; hyphenated married names, "Massaquoi-Saah") and Lao
(lowland Lao families in Elgin, Rockford, Fresno, Sanger, Murfreesboro, Smyrna, Fort Smith,
Broussard, Des Moines, Ankeny and Morganton: given names written as one word or two, "Viengkham" /
"Vieng Kham", "Sengphet" / "Seng Phet", "Somsack" / "Somsak"; long family names that a registrar
splits, hyphenates or cuts short, "Souvannarath" / "Souvanna Rath" / "Souvanarath", "Keomanivong" /
"Keo-Manivong", "Luangrath" / "Luang Rath" / "Luang-Rath", "Thammavongsa" / "Thammavong",
"Xayavong" / "Sayavong" / "Xaiyavong", "Phommachanh" / "Phommachan"; play names used beside the given
name, 'Thavisack "Lek" Siharath'; Lao papers written surname first in capitals, "SOUVANNA RATH
Bounmy", with day-first dates, "14/03/1957"). Words for relatives used instead of a name
(``KIN_WORDS``: Albanian "Nena", "Baba", "Gjyshja", "Gjyshi", "Halla", "Daja", "Xhaxhi", "Teta",
"Motra", "Vella"; Liberian English "Oldma", "Oldpa", "Papay", "Mammy", "Aunty", "Big Sis"; Lao "Mae",
"Pho", "Mae Thao", "Pho Thao", "Euay", "Aai", "Nong") are not PHI, nor are titles ("Dr.", "Mr.",
"Mrs.", "Ms.", "Zoti", "Zonja", "Dom", "Ma", "Pa", "Rev.", "Hon.", "Thao", "Nang", "Ajahn"). Towns
come from hand-written lists (``US_TOWNS`` with state, ZIP codes and area codes, among them the
snowbird towns of Florida, Arizona and the Rio Grande Valley; ``ABROAD_TOWNS`` in Kosovo, Albania,
Montenegro, Liberia, Laos, Mexico and Bonaire, with phones there), as do streets, facilities,
insurers, makers and models. Numbers, dates, codes and identifiers come from this module's own seeded
``random.Random``; no Faker is used, so a seed reproduces its file byte for byte. All text is ASCII.

Annotation conventions (the 18 Safe Harbor identifiers as the project's PHI types): NAME is a
person's name as written (patients, children, applicants, spouses, runners, divers, parents,
counsellors, social workers, clinicians, interpreters, staff), one span: "Given Surname", "Given M.
Surname", "Given Middle Surname", "Given Surname-Second", "SURNAME, Given", "SURNAME Given", 'Given
"Nick" Surname', "Given Surname Jr.", all capitals, all lower case, a given name or a surname alone,
and two to four capital initials that sign a message or a note ("-- MLG"). Titles stay outside the
span, as do credentials (", MD", ", DO", ", NP", ", PA-C", ", RN", ", LPN", ", MA"), a possessive "'s"
and kinship words. An e-mail address is EMAIL even when it holds a name. DATE is every date element
more specific than a year, one span with its year if it has one and with a weekday written next to it
("03/14/2025", "3/14/2025", "3/14/25", "2025-03-14", "14-Mar-2025", "Mar 14, 2025", "March 14, 2025",
"14 March 2025", "3/14", "Mar 14", "March 14th", "Fri 3/14", "Fri 3/14/2025", "Friday, March 14, 2025",
and from Kosovar and Lao papers "14.03.1957" and "14/03/1957"). Clock times, durations, doses, FEV1
values, chloride values, scores, grades, cast numbers and plug sizes are not PHI. AGE is PHI only
when 90 or more, the number or the words alone ("96", "ninety-four", "one hundred and one"); younger
ages stay in the text unannotated, as do infants' ages in weeks. LOCATION is a town or city (US or
abroad); states and countries are not PHI, and a town inside an organisation's name is part of the
FACILITY span. ADDRESS is the street line with its unit ("Apt 4C", "#12", "Unit 4", "Lot 27") or a PO
Box; ZIP is a US ZIP with its +4 when written. PHONE and FAX include "+1", "1-", an extension and the
country codes "+383", "+355", "+382", "+231", "+856", "+52" and "+599"; a number labelled fax is FAX.
EMAIL, URL (with "https://") and IP (IPv4 or IPv6) are whole tokens. SSN in any of its shapes. MRN is
a medical record number: 8 to 10 digits, its last a Luhn check digit, sometimes a hyphen after the
first two. ACCOUNT is an HSA, billing, premium or guarantor account or a payment or copay card (16
digits, Luhn). HEALTH_PLAN is a member, subscriber, Medicaid recipient or dive accident plan number or
a Medicare MBI. LICENSE is a driver's licence (the shapes of MI, IL, NY, MN, PA, RI, NJ, IA, AR, TN, CA,
FL, AZ, NC, TX, CT, MA, OH and LA) or a DEA registration (its check digit right). VEHICLE is a plate or
a VIN (its check digit right). DEVICE is the serial number of a device a patient uses or carries (dive
computer, watch, ring, tracker, glucose sensor, insulin pump, pacemaker, CPAP, oxygen concentrator,
clubfoot brace, home neuromodulator, race timing chip) or a phone IMEI (Luhn). ID is every other
identifying number: claim, case, certificate, court case, Open Water certification, bib, home study,
student, enrollment (biometric), ticket, accession, interpreter and COBRA numbers, and NPIs (Luhn with
the 80840 prefix). FACILITY is every organisation named (hospitals, clinics, pharmacies, schools,
courts, adoption agencies, dive shops, running clubs, employers), one span. Not PHI and kept
(``keep``, kinds in ``KEEP_KINDS``): drugs, with their doses when written (drug); ICD-10-CM codes,
CPT-shaped numbers, HCPCS codes, NDC codes and lot numbers (code); makers (maker); model names and
model numbers (model); insurers, Medicaid plans, Medicare Advantage and Part D plans, union and
employer funds, TPAs, HSA, FSA and COBRA administrators, dental, vision and dive accident plans
(insurer); eponyms, the name only (eponym) and departments (department). No keep term ever occurs
inside a PHI span (a term that does in some row is left out of that row's list).

    python -m tools.deid.evalset26 --family messages --n 300 --seed 5201 --out datasets/deid/eval26_messages.jsonl
    python -m tools.deid.evalset26 --family clinical --n 120 --seed 5202 --out datasets/deid/eval26_clinical.jsonl

Seeds 5301 / 5302 are reserved for tuning (``--out build/deid-fresh/eval26t_messages.jsonl`` and
``--out build/deid-fresh/eval26t_clinical.jsonl``); keep the two committed files for measurement.
"""

import argparse
import json
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tools.deid import faker_tables

# No Faker locale is read: every name, town, street and organisation below is hand-written.
NAME_LOCALES: tuple[str, ...] = ()
CITY_LOCALES: tuple[str, ...] = ()
ORG_LOCALES: tuple[str, ...] = ()
LOCALES: tuple[str, ...] = ()
FAKER_TABLES: dict[str, list[tuple[str, str]]] = {}

FAMILIES = ("messages", "clinical")
KEEP_KINDS = ("drug", "code", "maker", "model", "insurer", "eponym", "department")

MESSAGE_GENRES = (
    "hsa_letter",
    "name_change",
    "dive_medical",
    "race_tent",
    "home_study",
    "plan_504",
    "wearable",
    "palm_vein",
    "snowbird",
    "cobra",
)
CLINICAL_GENRES = (
    "peritonsillar",
    "punctal_plug",
    "methacholine",
    "sweat_chloride",
    "ponseti",
    "hormone_pellet",
    "bcg_instillation",
    "occipital_block",
)
# One phrase that each genre's rows carry and no other genre's row does (searched case-blind, per line).
GENRE_MARKS = {
    "messages": (
        r"letter of medical necessity",
        r"name change",
        r"div(e|ing) medical",
        r"medical tent",
        r"home study",
        r"\b504 plan",
        r"\bwearable",
        r"palm (vein|scan)",
        r"\bsnowbird",
        r"\bCOBRA\b",
    ),
    "clinical": (
        r"peritonsillar",
        r"punctal",
        r"methacholine",
        r"sweat chloride",
        r"clubfoot",
        r"\bpellet",
        r"intravesical",
        r"occipital nerve block",
    ),
}
SECTION_LABELS = (
    "Registration: ",
    "Guarantor: ",
    "Driver home: ",
    "Portal: ",
    "Copies to: ",
    "Devices on file: ",
    "Emergency contact: ",
    "Language: ",
    "Outside records: ",
    "Late entry: ",
    "Payer on file: ",
    "Parking: ",
)

# ---------------------------------------------------------------------------------------------
# Names: three naming cultures, each spelling tuple one name as US papers write it.

# Albanian (Kosovar, Albanian and Malesor / Montenegrin-Albanian families).
AL_GIVEN_F = [
    ("Valbona",), ("Drita",), ("Shpresa",), ("Lirije", "Lirie"), ("Arta",), ("Vjosa", "Vjosana"), ("Teuta",),
    ("Mimoza",), ("Fatbardha", "Bardha"), ("Blerta",), ("Donika",), ("Mirlinda",), ("Luljeta", "Lule"),
    ("Marije", "Maria"), ("Dila",), ("Prenda",), ("Hana",), ("Besa",), ("Flutura", "Flora"), ("Entela",),
    ("Majlinda",), ("Rudina",), ("Afrodita", "Afrdita"), ("Drenusha",), ("Kaltrina",), ("Albulena",),
]  # fmt: skip
AL_GIVEN_M = [
    ("Arben",), ("Besnik",), ("Fatmir",), ("Blerim",), ("Mergim",), ("Gjergj", "George"), ("Gjon", "Gjoni"),
    ("Pjeter", "Peter"), ("Prenk",), ("Zef",), ("Dede",), ("Ndue",), ("Agron",), ("Ilir",), ("Shkelzen",),
    ("Driton",), ("Valon",), ("Fadil",), ("Naim",), ("Xhevdet", "Dzevdet"), ("Qemal", "Kemal"), ("Bekim",),
    ("Lulzim",), ("Kujtim",), ("Gezim",), ("Ardian",), ("Dritan",), ("Lek", "Leka"), ("Kole", "Kol"),
    ("Nikolle", "Nikoll"), ("Ismet",), ("Rexhep", "Redzep"),
]  # fmt: skip
AL_SURNAMES = [
    ("Krasniqi", "Krasniqui", "Krasnici"), ("Gashi",), ("Berisha",), ("Hoxha", "Hodza", "Hoxhaj"), ("Shehu", "Sheu"),
    ("Dedaj",), ("Dedvukaj",), ("Gjonaj", "Djonaj", "Jonaj"), ("Ukaj",), ("Lulgjuraj", "Lulgiuraj"),
    ("Camaj", "Chamaj"), ("Nikprelaj", "Nik Prelaj"), ("Gjokaj", "Djokaj"), ("Dushaj",), ("Ivezaj",),
    ("Lleshi", "Leshi"), ("Rexhepi", "Rexepi", "Redzepi"), ("Bajrami", "Bajramaj"), ("Morina",), ("Kelmendi",),
    ("Thaci", "Thaqi"), ("Mehmeti", "Mehmetaj"), ("Hajdari", "Haydari"), ("Collaku", "Chollaku"), ("Kola",),
    ("Marku", "Markaj"), ("Gojcaj", "Goycaj"), ("Pepaj",), ("Vuljaj",), ("Nrecaj",), ("Dreshaj",),
    ("Gjeloshaj", "Djeloshaj"), ("Sinishtaj",), ("Lucaj", "Lutzaj"),
]  # fmt: skip
AL_NICKS = ["Tony", "Benny", "Vali", "Luli", "Gigi", "Dani", "Beni", "Zefi", "Kolo", "Mimi"]

# Liberian (Kpelle, Bassa, Kru, Grebo, Vai, Loma, Mano, Gio and Americo-Liberian families).
LR_GIVEN_F = [
    ("Korto",), ("Musu",), ("Yamah", "Yamma"), ("Kou",), ("Massa",), ("Fatu",), ("Jenneh", "Jennah"), ("Tenneh",),
    ("Mamie",), ("Kemah",), ("Garmai", "Gamai"), ("Satta",), ("Comfort",), ("Patience",), ("Princess",),
    ("Beatrice",), ("Mardea", "Madea"), ("Weade",), ("Siah",), ("Dedeh", "Deddeh"), ("Oretha",), ("Josephine",),
    ("Annie",), ("Yassah",), ("Kebbeh",),
]  # fmt: skip
LR_GIVEN_M = [
    ("Wleh",), ("Tarnue", "Tarnuah"), ("Siaffa",), ("Varney",), ("Momo",), ("Lahai",), ("Boakai",), ("Sumo",),
    ("Nyumah",), ("Kpana",), ("Mulbah",), ("Emmanuel",), ("Prince",), ("Augustine",), ("Alphonso",), ("Moses",),
    ("Jefferson",), ("Cyrus",), ("Zubah",), ("Saye",), ("Jallah",), ("Tweh",), ("Flomo",), ("Garmondeh",),
    ("Arthur",), ("Othello",),
]  # fmt: skip
LR_SURNAMES = [
    ("Flomo",), ("Kollie", "Kolleh", "Kolli"), ("Kpoto", "Poto"), ("Gbatu", "Batu"), ("Zeon",), ("Toe",),
    ("Dolo", "Dorlo"), ("Sumo",), ("Tarpeh", "Tarpah"), ("Wleh",), ("Gaye",), ("Doe",), ("Tweh", "Tweah"),
    ("Kamara",), ("Kromah", "Kroma"), ("Mulbah", "Mulbar"), ("Jallah", "Jalla"), ("Karngbaye",),
    ("Gbowee", "Bowee"), ("Kpadeh", "Padeh"), ("Yarkpawolo",), ("Sackor", "Sackie"), ("Harmon",),
    ("Dorbor", "Dolbor"), ("Gbeh", "Beh"), ("Wesseh", "Wessah"), ("Nyenswah",), ("Zinnah", "Zinna"), ("Kiazolu",),
    ("Massaquoi", "Massaquio"), ("Fahnbulleh", "Fahnbulle"), ("Barclay",), ("Cooper",), ("Tolbert",), ("Goll",),
    ("Kpehe", "Pehe"), ("Saah",), ("Gono",), ("Gbarmo", "Barmo"),
]  # fmt: skip
LR_NICKS = ["Jr. Boy", "Baby", "Tee", "Fine Boy", "Blessing", "Small Boy", "Sweetie", "Ma Girl", "Old Man", "Junior"]
LR_SUFFIXES = ["Jr.", "Sr.", "II", "III"]

# Lao (lowland Lao families; given name before a long family name).
LA_GIVEN_F = [
    ("Khamla",), ("Bounmy", "Bounmi"), ("Souksavanh", "Souksavan"), ("Vilayvanh", "Vilayvane"),
    ("Chanthaly", "Chanthalay"), ("Manivone", "Manivanh"), ("Phonesavanh", "Phonsavanh"), ("Viengkham", "Vieng Kham"),
    ("Bouasone", "Boua Sone"), ("Khamphone",), ("Davone",), ("Sengdao", "Seng Dao"), ("Phimpha",), ("Chansamone",),
    ("Keomany", "Keo Many"), ("Thipphavanh",), ("Latsamy", "Latsamay"), ("Vanh",), ("Noukham",), ("Sisouda",),
]  # fmt: skip
LA_GIVEN_M = [
    ("Somsack", "Somsak"), ("Khamphoui", "Khamphouy"), ("Bounthavy", "Bounthavi"), ("Sengphet", "Seng Phet"),
    ("Thongchanh", "Thongchan"), ("Kongkeo",), ("Sysouk", "Sisouk"), ("Phet",), ("Khamsing",),
    ("Bounleuth", "Bounleut"), ("Somphone", "Som Phone"), ("Vanthong",), ("Outhay", "Outhai"), ("Khamsay",),
    ("Phouthone",), ("Sompong",), ("Thavisack", "Thavisak"), ("Vilaythong",), ("Ounkham", "Oun Kham"), ("Saysana",),
]  # fmt: skip
LA_SURNAMES = [
    ("Phommachanh", "Phommachan", "Phomachanh"), ("Sisavath", "Sisavat"), ("Souvannarath", "Souvanna Rath", "Souvanarath"),
    ("Keomanivong", "Keo-Manivong"), ("Vongsavanh", "Vongsavan"), ("Inthavong", "Inthavongs"), ("Chanthavong",),
    ("Sengsouvanh", "Seng Souvanh"), ("Phanthavong",), ("Xayavong", "Sayavong", "Xaiyavong"),
    ("Luangrath", "Luang Rath", "Luang-Rath"), ("Sivongsa", "Sivongxay"), ("Douangmala", "Duangmala"),
    ("Khounborine", "Khounboline"), ("Thammavongsa", "Thammavong", "Tammavongsa"), ("Rattanavong", "Ratanavong"),
    ("Bounkeua",), ("Sayasith", "Sayasit"), ("Phetsamone",), ("Sengdara",), ("Vilaysack", "Vilaysak"),
    ("Khamvongsa",), ("Manivong",), ("Souphanthong",), ("Phothirath", "Phothirat"), ("Keovilay",), ("Siharath",),
    ("Chounlamany",),
]  # fmt: skip
LA_NICKS = ["Noy", "Toui", "Lek", "Nok", "Tou", "Bee", "Kham", "Ting", "Oui", "Tik"]

CULTURES = {
    "al": (AL_GIVEN_F, AL_GIVEN_M, AL_SURNAMES),
    "lr": (LR_GIVEN_F, LR_GIVEN_M, LR_SURNAMES),
    "la": (LA_GIVEN_F, LA_GIVEN_M, LA_SURNAMES),
}
NICKS = {"al": AL_NICKS, "lr": LR_NICKS, "la": LA_NICKS}

# Words for relatives used instead of a name: not PHI.
KIN_BY_CULTURE = {
    "al": ["Nena", "Baba", "Gjyshja", "Gjyshi", "Halla", "Daja", "Xhaxhi", "Teta", "Motra", "Vella"],
    "lr": ["Oldma", "Papay", "Mammy", "Aunty", "Oldpa", "Big Sis"],
    "la": ["Mae", "Pho", "Mae Thao", "Pho Thao", "Euay", "Aai", "Nong"],
}
KIN_WORDS = [k for ks in KIN_BY_CULTURE.values() for k in ks]
# Which kinship words name a woman (True), a man (False) or either (None).
KIN_FEMALE = {
    "Nena": True, "Baba": False, "Gjyshja": True, "Gjyshi": False, "Halla": True, "Daja": False, "Xhaxhi": False,
    "Teta": True, "Motra": True, "Vella": False, "Oldma": True, "Papay": False, "Mammy": True, "Aunty": True,
    "Oldpa": False, "Big Sis": True, "Mae": True, "Pho": False, "Mae Thao": True, "Pho Thao": False, "Euay": True,
    "Aai": False, "Nong": None,
}  # fmt: skip
# Titles stay outside the NAME span.
TITLES = {
    "al": (["Zonja", "Mrs.", "Ms."], ["Zoti", "Mr.", "Dom"]),
    "lr": (["Ma", "Mrs.", "Ms."], ["Pa", "Mr.", "Rev.", "Hon."]),
    "la": (["Nang", "Mrs.", "Ms."], ["Thao", "Mr.", "Ajahn"]),
}
CREDENTIALS = ["MD", "DO", "NP", "PA-C", "RN", "LPN", "MA", "CRNA", "RRT", "CO", "OD", "LCSW", "CPhT", "EMT-P", "ATC"]
CLIN_CREDS = ["MD", "DO", "NP", "PA-C"]

# ---------------------------------------------------------------------------------------------
# Places. US towns: (town, state, ZIP codes, area codes).
US_TOWNS: dict[str, list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]] = {
    "al": [
        ("Bronx", "NY", ("10462", "10461", "10467", "10469"), ("718", "347")),
        ("Staten Island", "NY", ("10314", "10306", "10312"), ("718", "347")),
        ("Hamtramck", "MI", ("48212",), ("313",)),
        ("Shelby Township", "MI", ("48315", "48316", "48317"), ("586",)),
        ("Macomb", "MI", ("48042", "48044"), ("586",)),
        ("Troy", "MI", ("48083", "48084", "48098"), ("248", "947")),
        ("Waterbury", "CT", ("06704", "06705", "06708"), ("203", "475")),
        ("Worcester", "MA", ("01604", "01605", "01606"), ("508", "774")),
        ("Yonkers", "NY", ("10701", "10704", "10710"), ("914",)),
        ("Norridge", "IL", ("60706",), ("708",)),
    ],
    "lr": [
        ("Staten Island", "NY", ("10304", "10301"), ("718", "347")),
        ("Brooklyn Center", "MN", ("55429", "55430"), ("763",)),
        ("Coon Rapids", "MN", ("55433", "55448"), ("763",)),
        ("New Hope", "MN", ("55427", "55428"), ("763",)),
        ("Upper Darby", "PA", ("19082",), ("610", "484")),
        ("Darby", "PA", ("19023",), ("610", "484")),
        ("Sharon Hill", "PA", ("19079",), ("610", "484")),
        ("Providence", "RI", ("02907", "02909", "02908"), ("401",)),
        ("Pawtucket", "RI", ("02860", "02861"), ("401",)),
        ("Trenton", "NJ", ("08618", "08611", "08629"), ("609",)),
        ("Gahanna", "OH", ("43230",), ("614", "380")),
        ("Charlotte", "NC", ("28212", "28215", "28205"), ("704", "980")),
    ],
    "la": [
        ("Elgin", "IL", ("60120", "60123", "60124"), ("847", "224")),
        ("Rockford", "IL", ("61104", "61108", "61109"), ("815", "779")),
        ("Fresno", "CA", ("93702", "93727", "93722"), ("559",)),
        ("Sanger", "CA", ("93657",), ("559",)),
        ("Murfreesboro", "TN", ("37127", "37128", "37130"), ("615", "629")),
        ("Smyrna", "TN", ("37167",), ("615", "629")),
        ("Fort Smith", "AR", ("72901", "72903", "72904"), ("479",)),
        ("Broussard", "LA", ("70518",), ("337",)),
        ("Des Moines", "IA", ("50315", "50316", "50317"), ("515",)),
        ("Ankeny", "IA", ("50021", "50023"), ("515",)),
        ("Morganton", "NC", ("28655",), ("828",)),
    ],
    "south": [
        ("Port Charlotte", "FL", ("33948", "33952", "33954"), ("941",)),
        ("Fort Myers", "FL", ("33907", "33912", "33919"), ("239",)),
        ("Zephyrhills", "FL", ("33540", "33541", "33542"), ("813",)),
        ("Sebring", "FL", ("33870", "33872", "33875"), ("863",)),
        ("Venice", "FL", ("34285", "34292", "34293"), ("941",)),
        ("Mesa", "AZ", ("85205", "85206", "85209"), ("480",)),
        ("Apache Junction", "AZ", ("85119", "85120"), ("480",)),
        ("Yuma", "AZ", ("85364", "85365"), ("928",)),
        ("Lake Havasu City", "AZ", ("86403", "86404", "86406"), ("928",)),
        ("Sun City", "AZ", ("85351", "85373"), ("623",)),
        ("Mission", "TX", ("78572", "78574"), ("956",)),
    ],
}
STATE_NAMES = {
    "NY": "New York", "MI": "Michigan", "CT": "Connecticut", "MA": "Massachusetts", "IL": "Illinois",
    "MN": "Minnesota", "PA": "Pennsylvania", "RI": "Rhode Island", "NJ": "New Jersey", "OH": "Ohio",
    "NC": "North Carolina", "CA": "California", "TN": "Tennessee", "AR": "Arkansas", "LA": "Louisiana",
    "IA": "Iowa", "FL": "Florida", "AZ": "Arizona", "TX": "Texas",
}  # fmt: skip
# Towns abroad: (town, country, phone shape key).
ABROAD_TOWNS = {
    "al": [
        ("Prishtina", "Kosovo", "xk"), ("Pristina", "Kosovo", "xk"), ("Peja", "Kosovo", "xk"), ("Gjakova", "Kosovo", "xk"),
        ("Prizren", "Kosovo", "xk"), ("Mitrovica", "Kosovo", "xk"), ("Tirana", "Albania", "al"), ("Shkoder", "Albania", "al"),
        ("Durres", "Albania", "al"), ("Vlore", "Albania", "al"), ("Saranda", "Albania", "al"), ("Tuzi", "Montenegro", "me"),
        ("Ulcinj", "Montenegro", "me"), ("Plav", "Montenegro", "me"), ("Gusinje", "Montenegro", "me"),
    ],
    "lr": [
        ("Monrovia", "Liberia", "lr"), ("Gbarnga", "Liberia", "lr"), ("Buchanan", "Liberia", "lr"), ("Kakata", "Liberia", "lr"),
        ("Voinjama", "Liberia", "lr"), ("Harper", "Liberia", "lr"), ("Zwedru", "Liberia", "lr"), ("Ganta", "Liberia", "lr"),
        ("Sanniquellie", "Liberia", "lr"), ("Robertsport", "Liberia", "lr"),
    ],
    "la": [
        ("Vientiane", "Laos", "la"), ("Luang Prabang", "Laos", "la"), ("Pakse", "Laos", "la"), ("Savannakhet", "Laos", "la"),
        ("Thakhek", "Laos", "la"), ("Xam Neua", "Laos", "la"), ("Vang Vieng", "Laos", "la"), ("Phonsavan", "Laos", "la"),
    ],
    "dive": [
        ("Cozumel", "Mexico", "mx"), ("Kralendijk", "Bonaire", "bq"), ("Ksamil", "Albania", "al"), ("Saranda", "Albania", "al"),
        ("Robertsport", "Liberia", "lr"), ("Playa del Carmen", "Mexico", "mx"),
    ],
}  # fmt: skip
STREETS = {
    "al": ["Lydig Ave", "Bronxwood Ave", "Williamsbridge Rd", "Arnow Ave", "Morris Park Ave", "Joseph Campau Ave",
           "Conant St", "Caniff St", "Hall Rd", "Schoenherr Rd", "Baldwin Ave", "Highland Ave", "Mill St"],
    "lr": ["Targee St", "Park Hill Ave", "Vanderbilt Ave", "Brooklyn Blvd", "Xerxes Ave N", "Humboldt Ave N",
           "Chester Pike", "Cobbs Creek Pkwy", "Broad St", "Elmwood Ave", "Hamilton Ave", "Central Ave"],
    "la": ["Dundee Ave", "Summit St", "Larkin Ave", "Kishwaukee St", "Broadway", "E Jensen Ave", "Academy Ave",
           "Mercury Blvd", "Rogers Ave", "Lanexang Dr", "SE 14th St", "Burkemont Ave"],
    "south": ["Tamiami Trl", "Harbor View Rd", "Palm Ave", "Cypress Point Dr", "Desert Willow Way", "Saguaro Ln",
              "E Main St", "Ironwood Dr", "Bougainvillea Blvd", "Sun Lakes Blvd"],
}  # fmt: skip

# Organisations (FACILITY): hand-written.
CLINICS = [
    "Fox Valley Family Health Center", "Rock River Lung & Sleep", "Pelham Parkway Medical Group",
    "Park Hill Family Practice", "Blackstone Valley Pediatrics", "Stones River Urology Partners",
    "Arkansas River Eye Associates", "Capital Crossroads Headache Center", "Naugatuck Valley ENT",
    "Raritan Bay Children's Orthopaedics", "Clinton River Medical Associates", "Mississippi Bend Health",
    "North Metro Community Clinic", "Cobbs Creek Health Center", "Peace River Internal Medicine",
    "Superstition Springs Primary Care", "Gulf Harbor Heart Rhythm", "Paseo Verde Family Clinic",
    "Lake Region Dry Eye Center", "Prairie Path Sports Medicine",
]  # fmt: skip
HOSPITALS = [
    "St. Agatha Regional Medical Center", "Riverbend Children's Hospital", "Lakeland Memorial Hospital",
    "Good Shepherd Medical Center", "Northfield Community Hospital", "Mercy Valley Hospital",
    "Holy Redeemer Hospital of Upper Darby", "Sacred Heart of Macomb Hospital",
]  # fmt: skip
PHARMACIES = [
    "Dundee Avenue Pharmacy", "Park Hill Drugs", "Conant Street Pharmacy", "Cedar Lane Apothecary",
    "Long's Family Pharmacy", "Gulf Breeze Pharmacy", "Chester Pike Rx", "Broadway Discount Drugs",
]  # fmt: skip
EMPLOYERS = [
    "Fox Valley Tool & Die", "Lakeshore Freight Lines", "Great Lakes Cabinetry", "Tri-County Home Care",
    "Shelby Precision Stamping", "Riverview Senior Living", "Cumberland Poultry", "Keystone Parcel Logistics",
    "Northstar Janitorial Services", "Blue Ridge Furniture Works",
]  # fmt: skip
SCHOOLS = [
    "Lincoln Park Elementary", "Kimball Middle School", "Larkin High School", "Park Hill Middle School",
    "Brooklyn Center Secondary", "Oakwood Elementary", "Riverdale Middle School", "Northview High School",
]  # fmt: skip
DIVE_SHOPS = [
    "Blue Hole Divers", "Deep Six Scuba", "Reef Runners Dive Center", "Lake Michigan Scuba", "Coral Coast Dive Shop",
    "Quarry Point Scuba",
]  # fmt: skip
RACE_CLUBS = [
    "Fox River Runners Club", "Cumberland Striders", "Prairie Path Road Runners", "Harborfront Half Marathon",
    "Riverwalk Ten Miler", "Turkey Trot Committee of Stones River",
]  # fmt: skip
AGENCIES = [
    "Open Arms Adoption Services", "Harbor Light Family Services", "Bridges to Home Adoptions",
    "Kindred Path Family Services", "New Horizons International Adoption",
]  # fmt: skip
COURTS = [
    "Kane County Circuit Court", "Hennepin County District Court", "Macomb County Probate Court",
    "Delaware County Court of Common Pleas", "Richmond County Civil Court", "Fresno County Superior Court",
    "Rutherford County Chancery Court",
]  # fmt: skip
COMMUNITY = [
    "Wat Lao Sisavang", "Wat Lao Santitham", "Liberian Community Baptist Church", "Grace Liberian Fellowship",
    "Albanian American Islamic Center", "Our Lady of the Highlands Albanian Parish", "Lao Heritage Association",
]  # fmt: skip
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "proton.me", "comcast.net"]
STAFF_DOMAINS = ["foxvalleyhealth.org", "stagatha.org", "riverbendkids.org", "cobbscreekhc.org", "peaceriverim.com"]
URL_HOSTS = ["mychart.foxvalleyhealth.org", "portal.stagatha.org", "forms.riverbendkids.org", "pay.cobbscreekhc.org",
             "share.peaceriverim.com", "upload.openarmsadopt.org", "benefits.lakeshorefreight.com"]  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Keep terms (not PHI): hand-written lists.

INSURERS = {
    "regional": [
        "Priority Health", "Excellus BlueCross BlueShield", "Geisinger Health Plan", "Independence Blue Cross",
        "Horizon BCBSNJ", "Wellmark Blue Cross Blue Shield", "Harvard Pilgrim", "ConnectiCare", "EmblemHealth",
        "MVP Health Care", "Health Alliance Plan", "Blue Care Network", "Medical Mutual", "HealthPartners",
        "Blue Cross and Blue Shield of Minnesota", "Western Health Advantage", "Blue Shield of California",
        "BlueCross BlueShield of Tennessee", "Arkansas Blue Cross", "Neighborhood Health Plan of Rhode Island",
        "Blue Cross & Blue Shield of Rhode Island", "Oscar Health", "Ambetter from Arkansas Health & Wellness",
    ],
    "medicaid": [
        "CountyCare", "YouthCare", "Meridian", "Aetna Better Health of Illinois", "Keystone First",
        "Health Partners Plans", "AmeriHealth Caritas Pennsylvania", "Tufts Health Together", "MetroPlus Health",
        "Healthfirst", "TennCare", "BlueCare Tennessee", "Arkansas Total Care", "Iowa Total Care", "CalViva Health",
        "Anthem Blue Cross Partnership Plan", "Hennepin Health", "Blue Plus", "UCare", "Carolina Complete Health", "Trillium Health Resources",
        "AmeriHealth Caritas Ohio", "Louisiana Healthcare Connections", "NJ FamilyCare", "Molina Healthcare of Michigan",
    ],
    "medicare": [
        "Humana Gold Plus", "AARP Medicare Advantage", "Devoted Health", "Alignment Health Plan", "Clover Health",
        "Wellcare Value Script", "SilverScript Choice", "Aetna Medicare Eagle", "HAP Senior Plus", "Priority Medicare",
        "Florida Blue Medicare", "CarePlus Health Plans", "Freedom Health", "Banner Medicare Advantage",
        "UCare Medicare", "Ultimate Health Plans", "Zing Health", "Essence Healthcare", "Mutual of Omaha Rx",
        "Optimum HealthCare",
    ],
    "employer": [
        "GEHA", "Blue Cross Blue Shield FEP", "State Health Plan of North Carolina", "UAW Retiree Medical Benefits Trust",
        "Carpenters Health and Welfare Fund", "IBEW Local 98 Health Fund", "Empire Plan", "TRS-Care",
        "Teamsters Central States Health Fund", "Operating Engineers Local 150 Health Fund",
    ],
    "tpa": [
        "Trustmark Health Benefits", "Imagine360", "Allied Benefit Systems", "HealthSCOPE Benefits", "WebTPA",
        "Benefit Administrative Systems", "Cypress Benefit Administrators", "Planned Administrators Inc",
    ],
    "hsa": ["HealthEquity", "HSA Bank", "Optum Financial", "Inspira Financial", "WEX Health", "Fidelity HSA",
            "PayFlex", "Navia Benefits"],
    "cobra": ["WEX Health", "Businessolver", "Ceridian COBRA Services", "Discovery Benefits", "BenefitMall COBRA",
              "Navia Benefits"],
    "dental": ["Delta Dental of Michigan", "Delta Dental of Illinois", "MetLife Dental", "Guardian Dental",
               "DentaQuest", "Ameritas", "Dominion National", "United Concordia", "Liberty Dental Plan",
               "Sun Life Dental"],
    "vision": ["VSP Vision Care", "Superior Vision", "Spectera", "Avesis", "National Vision Administrators",
               "MESVision", "Block Vision", "March Vision Care"],
    "dive": ["Divers Alert Network", "DAN Guardian", "DiveAssure"],
}  # fmt: skip
MEDICAID_BY_STATE = {
    "IL": ["CountyCare", "YouthCare", "Meridian", "Aetna Better Health of Illinois"],
    "PA": ["Keystone First", "Health Partners Plans", "AmeriHealth Caritas Pennsylvania"],
    "MA": ["Tufts Health Together"], "NY": ["MetroPlus Health", "Healthfirst"], "TN": ["TennCare", "BlueCare Tennessee"],
    "AR": ["Arkansas Total Care"], "IA": ["Iowa Total Care"], "CA": ["CalViva Health", "Anthem Blue Cross Partnership Plan"],
    "MN": ["Hennepin Health", "Blue Plus", "UCare"], "NC": ["Carolina Complete Health", "Trillium Health Resources"],
    "OH": ["AmeriHealth Caritas Ohio"], "LA": ["Louisiana Healthcare Connections"], "NJ": ["NJ FamilyCare"],
    "MI": ["Molina Healthcare of Michigan", "Meridian"], "CT": ["HUSKY Health"], "RI": ["Neighborhood Health Plan of Rhode Island"],
    "FL": ["Simply Healthcare"], "AZ": ["Mercy Care"], "TX": ["Superior HealthPlan"],
}  # fmt: skip

DEPARTMENTS = {
    "records": ["Health Information Management", "Patient Registration", "Patient Access", "Release of Information",
                "Privacy Office", "Admitting"],
    "money": ["Patient Financial Services", "Financial Counseling", "Revenue Cycle", "Pharmacy Benefits"],
    "ent": ["Otolaryngology", "ENT Clinic", "Head and Neck Surgery"],
    "eye": ["Oculoplastics", "Cornea Service", "Ophthalmology"],
    "lung": ["Pulmonary Function Lab", "Respiratory Therapy", "Allergy and Immunology", "Pulmonology"],
    "lung_peds": ["Pediatric Pulmonology", "Pulmonary Function Lab", "Pediatric Allergy"],
    "cf": ["Cystic Fibrosis Center", "Pediatric Pulmonology", "Pediatric Gastroenterology"],
    "ortho": ["Pediatric Orthopaedics", "Orthotics and Prosthetics", "Cast Room"],
    "uro": ["Uro-Oncology", "Urology Procedure Suite", "Urology"],
    "endo": ["Endocrinology", "Men's Health Clinic", "Urology"],
    "head": ["Headache Clinic", "Interventional Pain", "Neurology"],
    "sport": ["Sports Medicine", "Emergency Department", "Physical Therapy"],
    "dive": ["Undersea and Hyperbaric Medicine", "Travel Medicine", "Pulmonology"],
    "peds": ["International Adoption Clinic", "Developmental-Behavioral Pediatrics", "Pediatric Endocrinology",
             "Child Neurology", "Family Medicine", "Adolescent Medicine"],
    "heart": ["Electrophysiology", "Remote Monitoring", "Cardiology", "Heart Failure Clinic"],
    "senior": ["Anticoagulation Clinic", "Geriatrics", "Care Coordination", "Home Health"],
    "general": ["Family Medicine", "Internal Medicine", "Audiology", "Physical Medicine and Rehabilitation",
                "Vascular Surgery", "Employee Health", "Infusion Center", "Urgent Care"],
}  # fmt: skip

# Eponyms that are not a diagnosis here (tests, manoeuvres, tools, scores): (name kept, head word or "").
EPONYMS = {
    "dive_move": [("Valsalva", "maneuver"), ("Toynbee", "maneuver"), ("Frenzel", "maneuver"), ("Edmonds", "technique")],
    "dive_law": [("Boyle", "law"), ("Henry", "law"), ("Dalton", "law")],
    "heart_test": [("Holter", "monitor"), ("Valsalva", "maneuver")],
    "tb": [("Mantoux", "test")],
    "throat_score": [("Centor", "score"), ("McIsaac", "score")],
    "throat_tool": [("Yankauer", "suction"), ("Frazier", "tip")],
    "throat_gag": [("McIvor", "mouth gag"), ("Crowe-Davis", "mouth gag")],
    "throat_risk": [("Lemierre", "syndrome"), ("Ludwig", "angina")],
    "lung_ref": [("Crapo", "reference equations"), ("Hankinson", "reference equations"), ("Knudson", "equations")],
    "cf_ddx": [("Kartagener", "syndrome"), ("Shwachman-Diamond", "syndrome"), ("Addison", "disease"), ("Bartter", "syndrome")],
    "hip": [("Ortolani", "maneuver"), ("Barlow", "maneuver"), ("Galeazzi", "sign")],
    "pellet_hx": [("Klinefelter", "syndrome"), ("Kallmann", "syndrome")],
    "bladder_risk": [("Reiter", "syndrome")],
    "head_exam": [("Spurling", "test"), ("Lhermitte", "sign")],
}  # fmt: skip

# Conditions: (name, head word, ICD-10-CM code, drugs). The name is an eponym (kept) unless the head word is None.
CONDITIONS: dict[str, list[tuple[str, str | None, str, tuple[str, ...]]]] = {
    "compress": [("Milroy", "disease", "Q82.0", ()), ("Klippel-Trenaunay", "syndrome", "Q87.2", ()),
                 ("May-Thurner", "syndrome", "I87.1", ("Eliquis 5 mg",)), ("chronic venous insufficiency", None, "I87.2", ()),
                 ("lymphedema", None, "I89.0", ())],
    "air": [("Churg-Strauss", "syndrome", "M30.1", ("Nucala",)), ("allergic rhinitis", None, "J30.9", ("Xyzal Allergy 24HR",)),
            ("moderate persistent asthma", None, "J45.40", ("Breo Ellipta",)), ("Samter", "triad", "J45.909", ("Fasenra",))],
    "hearing": [("Meniere", "disease", "H81.09", ("Dyazide",)), ("Eustachian", "tube dysfunction", "H69.83", ("Flonase Sensimist",)),
                ("bilateral sensorineural hearing loss", None, "H90.3", ())],
    "foot": [("Charcot-Marie-Tooth", "disease", "G60.0", ()), ("Sever", "disease", "M92.61", ()),
             ("plantar fasciitis", None, "M72.2", ("Voltaren Arthritis Pain",)), ("flat feet", None, "M21.41", ())],
    "joint": [("Still", "disease", "M06.1", ("Kineret",)), ("Bechterew", "disease", "M45.9", ("Cimzia",)),
              ("fibromyalgia", None, "M79.7", ("Savella",)), ("Heberden", "nodes", "M15.1", ("Voltaren Arthritis Pain",)),
              ("Bouchard", "nodes", "M15.2", ())],
    "back": [("Scheuermann", "disease", "M42.00", ()), ("Tarlov", "cyst", "G96.191", ()),
             ("lumbar disc herniation", None, "M51.26", ("Lyrica",)), ("low back pain", None, "M54.50", ("Biofreeze",))],
    "light": [("seasonal depression", None, "F33.1", ("Wellbutrin XL 150 mg",)), ("circadian rhythm disorder", None, "G47.20", ())],
    "adopt": [("Hashimoto", "thyroiditis", "E06.3", ("levothyroxine 75 mcg",)), ("Crohn", "disease", "K50.90", ("Humira", "Stelara")),
              ("Hodgkin", "lymphoma, in remission", "Z85.71", ()), ("Bell", "palsy, resolved", "G51.0", ()),
              ("generalized anxiety", None, "F41.1", ("sertraline 50 mg",)), ("depression", None, "F33.0", ("Wellbutrin XL 150 mg",)),
              ("Addison", "disease", "E27.1", ("hydrocortisone 10 mg",))],
    "school": [("Tourette", "syndrome", "F95.2", ("Intuniv 1 mg",)), ("Asperger", "syndrome", "F84.5", ()),
               ("Ehlers-Danlos", "syndrome", "Q79.60", ()), ("Duchenne", "muscular dystrophy", "G71.01", ("Emflaza",)),
               ("Chiari", "malformation", "Q07.00", ()), ("Legg-Calve-Perthes", "disease", "M91.10", ()),
               ("Osgood-Schlatter", "disease", "M92.50", ()), ("Crohn", "disease", "K50.90", ("Humira",)),
               *[("ADHD, combined type", None, "F90.2", ("Jornay PM 40 mg", "Azstarys", "Quillichew ER", "Dyanavel XR",
                                                      "Adhansia XR", "Qelbree 200 mg", "Vyvanse 30 mg", "Focalin XR 10 mg"))] * 3,
               ("ADHD, inattentive type", None, "F90.0", ("Onyda XR", "Jornay PM 40 mg", "Qelbree 200 mg")),
               ("postural orthostatic tachycardia", None, "G90.A", ("fludrocortisone 0.1 mg",)),
               *[("epilepsy", None, "G40.909", ("Valtoco 10 mg", "Nayzilam", "Xcopri"))] * 2, ("celiac disease", None, "K90.0", ()),
               ("moderate persistent asthma", None, "J45.40", ("Flovent HFA", "ProAir HFA")),
               ("peanut allergy", None, "Z91.010", ("EpiPen Jr", "Auvi-Q 0.15 mg"))],
    "heart_dx": [("atrial fibrillation", None, "I48.91", ("Eliquis 5 mg", "Multaq 400 mg", "flecainide 50 mg", "metoprolol succinate 25 mg")),
                 ("palpitations", None, "R00.2", ()), ("SVT", None, "I47.10", ("metoprolol succinate 25 mg", "Cardizem CD 180 mg")),
                 ("Wolff-Parkinson-White", "", "I45.6", ()), ("Brugada", "syndrome", "I49.8", ()),
                 ("Mobitz", "type II block", "I44.1", ()), ("Wenckebach", "block", "I44.1", ()),
                 ("Cheyne-Stokes", "breathing", "R06.3", ()), ("Takotsubo", "cardiomyopathy", "I51.81", ("Entresto 24/26 mg",)),
                 ("sleep apnea", None, "G47.33", ())],
    "palm": [("Raynaud", "phenomenon", "I73.00", ("nifedipine ER 30 mg",)), ("Dupuytren", "contracture", "M72.0", ()),
             ("Parkinson", "disease", "G20.A1", ("Sinemet 25/100", "Rytary", "Nourianz")),
             ("Heberden", "nodes", "M15.1", ()), ("Kienbock", "disease", "M93.1", ()),
             ("psoriatic arthritis", None, "L40.50", ("Otezla",)), ("rheumatoid arthritis", None, "M06.9", ("Plaquenil 200 mg",))],
    "senior": [("Parkinson", "disease", "G20.A1", ("Rytary", "Sinemet 25/100")), ("Alzheimer", "disease", "G30.1", ("Aricept 10 mg", "Namzaric")),
               ("Paget", "disease of bone", "M88.9", ("Reclast",)), ("Waldenstrom", "macroglobulinemia", "C88.0", ("Brukinsa",)),
               ("Dieulafoy", "lesion", "K31.82", ("Protonix 40 mg",)), ("Zenker", "diverticulum", "K22.5", ()),
               ("atrial fibrillation", None, "I48.20", ("Eliquis 2.5 mg", "Xarelto 15 mg")),
               ("heart failure", None, "I50.22", ("Entresto", "Farxiga 10 mg")), ("type 2 diabetes", None, "E11.65", ("Januvia 50 mg", "Tradjenta")),
               ("CKD stage 3a", None, "N18.31", ("Farxiga 10 mg",)), ("osteoporosis", None, "M81.0", ("Prolia",))],
    "money": [("Crohn", "disease", "K50.90", ("Stelara", "Skyrizi", "Rinvoq 15 mg")), ("Hodgkin", "lymphoma", "C81.90", ("Adcetris",)),
              ("Addison", "disease", "E27.1", ("hydrocortisone 10 mg",)), ("Cushing", "syndrome", "E24.9", ("Isturisa",)),
              ("Hashimoto", "thyroiditis", "E06.3", ("Synthroid 88 mcg",)), ("Behcet", "disease", "M35.2", ("Otezla 30 mg",)),
              ("Sjogren", "syndrome", "M35.00", ("Evoxac",)), ("psoriasis", None, "L40.0", ("Cosentyx", "Taltz", "Sotyktu")),
              ("multiple sclerosis", None, "G35", ("Ocrevus", "Kesimpta")), ("cystic fibrosis", None, "E84.0", ("Trikafta",)),
              ("obesity", None, "E66.01", ("Zepbound", "Wegovy")), ("type 2 diabetes", None, "E11.9", ("Mounjaro 5 mg",))],
    "name": [("Hashimoto", "thyroiditis", "E06.3", ("Synthroid 88 mcg",)), ("depression", None, "F32.A", ("Lexapro 10 mg",)),
             ("type 2 diabetes", None, "E11.9", ("Ozempic 0.5 mg", "Trulicity 1.5 mg", "Jardiance 10 mg")),
             *[("contraception", None, "Z30.41", ("Aubra EQ", "Larin 1/20", "Juleber", "Lillow", "Marlissa", "Tarina Fe 1/20",
                                                 "Velivet", "Loryna", "Sharobel", "Kelnor 1/35", "Isibloom", "Vienva", "Kurvelo"))] * 4,
             ("Hurthle", "cell adenoma", "D34", ())],
    "eye_hx": [("Sjogren", "syndrome", "M35.01", ()), ("Bell", "palsy", "G51.0", ()), ("Stevens-Johnson", "syndrome", "L51.1", ()),
               ("rosacea", None, "L71.9", ("doxycycline 50 mg",)), ("thyroid eye disease", None, "H06.2", ())],
    "dry_eye": [("dry eye, both eyes", None, "H04.123", ()), ("keratoconjunctivitis sicca", None, "H16.223", ()),
                ("meibomian gland dysfunction", None, "H02.889", ())],
}  # fmt: skip

# Makers and their models, by the role the device plays in the text.
MAKERS = {
    "wear": [("Garmin", ["Venu 3", "Forerunner 265", "vivoactive 5", "Instinct 2 Solar"]),
             ("Withings", ["ScanWatch 2", "BPM Connect", "Body Scan"]), ("Oura", ["Ring Gen3", "Ring 4"]),
             ("Fitbit", ["Charge 6", "Sense 2", "Inspire 3"]), ("AliveCor", ["KardiaMobile 6L", "KardiaMobile Card"]),
             ("Amazfit", ["GTR 4", "Balance"]), ("Polar", ["Verity Sense", "Ignite 3"]), ("Coros", ["Pace 3", "Vertix 2"]),
             ("Samsung", ["Galaxy Watch6", "Galaxy Ring"]), ("Apple", ["Watch Series 9", "Watch Ultra 2"]),
             ("Movano", ["Evie Ring"]), ("Ultrahuman", ["Ring Air"])],
    "dive": [("Shearwater", ["Perdix 2", "Teric", "Peregrine TX"]), ("Suunto", ["D5", "Zoop Novo", "Ocean"]),
             ("Mares", ["Puck Pro", "Smart Air"]), ("Cressi", ["Leonardo", "Cartesio", "Goa"]),
             ("Scubapro", ["Galileo 2", "Aladin A2"]), ("Oceanic", ["Geo Air", "Veo 4.0"]), ("Aqualung", ["i330R", "i770R"]),
             ("Garmin", ["Descent Mk3"])],
    "palm": [("Fujitsu", ["PalmSecure F-Pro", "PalmSecure-SL"]), ("Imprivata", ["PatientSecure"]),
             ("Redrock Biometrics", ["PalmID"]), ("Keyo", ["Wave"]), ("Phreesia", ["PhreesiaPad"])],
    "cgm": [("Dexcom", ["G7", "G6"]), ("Abbott", ["FreeStyle Libre 3", "Libre 2 Plus"]), ("Insulet", ["Omnipod 5"]),
            ("Tandem", ["t:slim X2", "Mobi"]), ("Beta Bionics", ["iLet"]), ("Senseonics", ["Eversense 365"])],
    "poc": [("Abbott", ["i-STAT 1"]), ("HemoCue", ["Hb 801"])],
    "thermo": [("Exergen", ["TemporalScanner TAT-5000"]), ("Welch Allyn", ["SureTemp Plus 692"])],
    "aed": [("Philips", ["HeartStart FRx"]), ("ZOLL", ["AED 3"]), ("Cardiac Science", ["Powerheart G5"])],
    "spo2": [("Contec", ["CMS50D"]), ("Nonin", ["Onyx Vantage 9590"])],
    "chip": [("ChronoTrack", ["B-Tag"]), ("MYLAPS", ["BibTag"]), ("RaceResult", ["HuTag"])],
    "sleep": [("ResMed", ["AirMini", "AirSense 11"]), ("Inogen", ["Rove 6"]), ("Philips", ["SimplyGo Mini"]),
              ("CAIRE", ["FreeStyle Comfort"]), ("React Health", ["Luna G3"])],
    "cardiac": [("Biotronik", ["Edora 8 DR-T", "CardioMessenger Smart"]), ("MicroPort CRM", ["Alizea DR", "SmartView Connect"]),
                ("Boston Scientific", ["Accolade MRI", "LATITUDE Communicator"]), ("Abbott", ["Assurity MRI", "myMerlinPulse"])],
    "tb": [("Qiagen", ["QuantiFERON-TB Gold Plus"]), ("Oxford Immunotec", ["T-SPOT.TB"])],
    "strep": [("Quidel", ["QuickVue"]), ("Sekisui", ["OSOM"]), ("Abbott", ["ID NOW"])],
    "headlight": [("Integra", ["Luxtec MLX"]), ("Welch Allyn", ["LumiView"]), ("Enova", ["Illumination LED"])],
    "plug": [("Oasis Medical", ["Soft Plug", "Form Fit"]), ("Eagle Vision", ["Super Flex", "EaglePlug"]),
             ("Medennium", ["SmartPlug"]), ("Lacrimedics", ["VisiPlug"]), ("FCI Ophthalmics", ["Ultra Plug"]),
             ("Beaver-Visitec", ["Parasol"])],
    "slit": [("Haag-Streit", ["BQ 900"]), ("Zeiss", ["SL 220"]), ("Topcon", ["SL-D701"])],
    "osmo": [("TearLab", ["Osmolarity System"])],
    "mmp9": [("Quidel", ["InflammaDry"])],
    "dosimeter": [("nSpire Health", ["KoKo Dosimeter"]), ("DeVilbiss", ["646 nebulizer"]), ("Pari", ["LC Sprint"])],
    "spiro": [("Vyaire", ["Vyntus SPIRO", "Vyntus BODY"]), ("MGC Diagnostics", ["Ultima PFX"]),
              ("ndd Medical Technologies", ["EasyOne Pro"]), ("nSpire Health", ["KoKo Px"])],
    "valve": [("Hans Rudolph", ["Series 2700 valve"])],
    "inducer": [("Wescor", ["Webster Sweat Inducer"])],
    "collector": [("ELITechGroup", ["Macroduct", "Nanoduct"])],
    "analyzer": [("Sherwood Scientific", ["Chloride Analyzer 926S"]), ("Wescor", ["ChloroChek"])],
    "castmat": [("Essity", ["Delta-Lite Plus"]), ("3M", ["Scotchcast Plus"])],
    "padding": [("Cardinal Health", ["Webril II"])],
    "trocar": [("Sterimedix", ["Pellet Trocar"])],
    "closure": [("Ethicon", ["Dermabond Advanced"]), ("3M", ["Steri-Strip"])],
    "pvr": [("Verathon", ["BladderScan Prime Plus"])],
    "cath": [("Coloplast", ["Self-Cath", "SpeediCath"]), ("Bard", ["Lubri-Sil"]), ("Teleflex", ["Rusch Red Rubber"])],
    "scope": [("Olympus", ["CYF-VH"]), ("Karl Storz", ["Flex-X2"])],
    "probe": [("Butterfly Network", ["Butterfly iQ3"]), ("Fujifilm", ["SonoSite PX"]), ("GE HealthCare", ["Venue Go"])],
    "needle": [("Becton Dickinson", ["PrecisionGlide"])],
    "neuromod": [("Cefaly Technology", ["Cefaly Dual"]), ("Theranica", ["Nerivio"]), ("electroCore", ["gammaCore Sapphire"])],
}  # fmt: skip

DRUGS = {
    "race": ["Zofran ODT 4 mg", "Tylenol 1,000 mg", "ibuprofen 600 mg", "Imodium", "Toradol 30 mg", "Tums",
             "Gatorade Endurance"],
    "senior": ["Eliquis 2.5 mg", "Xarelto 15 mg", "Entresto", "Farxiga 10 mg", "Januvia 50 mg", "Tradjenta",
               "Brilinta 90 mg", "Repatha", "Leqvio", "Nexletol", "Namzaric", "Aricept 10 mg", "Prolia"],
    "money": ["Stelara", "Skyrizi", "Rinvoq 15 mg", "Cosentyx", "Taltz", "Otezla 30 mg", "Sotyktu", "Mounjaro 5 mg",
              "Zepbound", "Wegovy", "Trikafta", "Ocrevus", "Kesimpta"],
    "eye": ["Xiidra", "Restasis", "Cequa", "Miebo", "Vevye", "Tyrvaya", "Eysuvis", "Lotemax SM", "Alcaine 0.5%",
            "Systane Complete", "Refresh Optive"],
}  # fmt: skip
CPT = {
    "dive": ["99214", "94010", "92567", "93000"],
    "adopt": ["99396", "99395", "86480", "86580", "90715", "90739", "36415"],
    "school": ["99214", "96127", "95816", "99173"],
    "heart": ["99453", "99454", "99457", "93248", "93298"],
    "senior": ["93294", "93296", "99214", "85610", "95251"],
    "money": ["27447", "45378", "59400", "70553", "29881", "43775"],
    "name": ["99214", "99213", "90471"],
}  # fmt: skip
HCPCS = {
    "senior": ["E0601", "A7030", "E1390", "E0431"],
}  # fmt: skip
# NDC labeler codes (first segment, 4 or 5 digits): hand-written shapes.
NDC_LABELERS = ["0002", "0006", "0069", "0074", "0078", "0173", "0310", "50242", "51167", "59148", "63323", "68462",
                "00409", "00781", "65862", "70069", "43598", "60505"]  # fmt: skip

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
AGE_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
             95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
             100: "one hundred", 101: "one hundred and one", 102: "one hundred and two"}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Pieces of text: plain strings, PHI spans and keep terms, recorded as they are appended.


@dataclass(frozen=True)
class Phi:
    text: str
    kind: str


@dataclass(frozen=True)
class Keep:
    text: str
    kind: str


def _flat(pieces: Sequence[Any]) -> list[Any]:
    out: list[Any] = []
    for p in pieces:
        if isinstance(p, (list, tuple)):
            out.extend(_flat(p))
        elif p is not None and p != "":
            out.append(p)
    return out


class Doc:
    """Lines of pieces; a PHI span or keep term is recorded where it is appended, never searched for."""

    def __init__(self) -> None:
        self.lines: list[list[Any]] = []

    def add(self, *pieces: Any) -> "Doc":
        self.lines.append(_flat(pieces))
        return self

    def more(self, *pieces: Any) -> "Doc":
        self.lines[-1].extend(_flat(pieces))
        return self

    def blank(self) -> "Doc":
        if self.lines and self.lines[-1]:
            self.lines.append([])
        return self

    def size(self) -> int:
        return sum(len(p if isinstance(p, str) else p.text) for line in self.lines for p in line) + len(self.lines)


def render(doc: Doc, case: str = "") -> tuple[str, list[dict], dict[str, str]]:
    """The document's text, its PHI spans and its keep terms (term -> kind, in order of appearance).

    ``case`` "upper" or "lower" changes the whole text (ASCII, so offsets stay); a keep term any of whose
    occurrences touches a PHI span is left out."""
    lines = doc.lines
    while lines and not lines[-1]:
        lines = lines[:-1]
    parts: list[str] = []
    phi: list[tuple[int, int, str]] = []
    keeps: list[tuple[int, int, str]] = []
    pos = 0
    for i, line in enumerate(lines):
        if i:
            parts.append("\n")
            pos += 1
        for p in line:
            s = p if isinstance(p, str) else p.text
            if isinstance(p, Phi):
                if not s or s != s.strip() or "\n" in s:
                    raise ValueError(f"bad PHI piece {s!r}")
                phi.append((pos, pos + len(s), p.kind))
            elif isinstance(p, Keep):
                keeps.append((pos, pos + len(s), p.kind))
            parts.append(s)
            pos += len(s)
    text = "".join(parts)
    if case == "upper":
        text = text.upper()
    elif case == "lower":
        text = text.lower()
    spans = [{"start": a, "end": b, "type": k} for a, b, k in phi]
    kinds: dict[str, str] = {}
    for a, b, k in keeps:
        kinds.setdefault(text[a:b], k)
    kept: dict[str, str] = {}
    for term, kind in kinds.items():
        hits = [m.start() for m in re.finditer(re.escape(term), text)]
        if all(not any(s < i + len(term) and i < e for s, e, _ in phi) for i in hits):
            kept[term] = kind
    return text, spans, kept


# ---------------------------------------------------------------------------------------------
# Values: people, dates, places, numbers.


@dataclass
class Person:
    given: str
    surname: str
    middle: str
    nick: str
    suffix: str
    culture: str
    female: bool
    other_spellings: tuple[str, ...]


@dataclass
class Town:
    name: str
    state: str
    zips: tuple[str, ...]
    areas: tuple[str, ...]
    region: str


def luhn_digit(payload: str) -> str:
    """The check digit that makes `payload` + digit pass the Luhn test."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


_VIN_VALUE = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9)))}
_VIN_VALUE.update(dict(zip("JKLMN", range(1, 6))) | {"P": 7, "R": 9} | dict(zip("STUVWXYZ", range(2, 10))))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"
_UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"


class Ctx:
    """The seeded random source and every value drawn from it."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.chat_minutes: int | None = None

    # -- choices
    def pick(self, seq: Sequence[Any]) -> Any:
        return seq[self.r.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def letters(self, n: int) -> str:
        return "".join(self.pick(_UPPER) for _ in range(n))

    def shape(self, pattern: str) -> str:
        """L -> a capital letter, D -> a digit, anything else as written."""
        return "".join(
            self.pick(_UPPER) if ch == "L" else str(self.r.randrange(10)) if ch == "D" else ch for ch in pattern
        )

    # -- people
    def person(self, culture: str = "", female: bool | None = None, married: bool = False) -> Person:
        culture = culture or self.pick(("al", "lr", "la"))
        if female is None:
            female = self.chance(0.55)
        gf, gm, sur = CULTURES[culture]
        given = self.pick(self.pick(gf if female else gm))
        spellings = self.pick(sur)
        surname = self.pick(spellings)
        others = tuple(s for s in spellings if s != surname)
        middle = ""
        if culture == "al" and self.chance(0.35):
            middle = self.pick(self.pick(AL_GIVEN_M))  # the father's given name
        elif culture == "lr" and self.chance(0.3) or culture == "la" and self.chance(0.12):
            middle = self.pick(self.pick(gf if female else gm))
        if (female and married or self.chance(0.06)) and " " not in surname and "-" not in surname:
            second = self.pick(self.pick(sur))
            if second != surname and " " not in second and "-" not in second:
                surname = f"{surname}-{second}"
        nick = self.pick(NICKS[culture]) if self.chance(0.2) else ""
        suffix = self.pick(LR_SUFFIXES) if culture == "lr" and not female and self.chance(0.22) else ""
        if middle == given:
            middle = ""
        return Person(given, surname, middle, nick, suffix, culture, female, others)

    def relative(self, p: Person, female: bool | None = None) -> Person:
        """Someone of the same family: same culture, usually the same surname."""
        q = self.person(p.culture, female)
        if self.chance(0.7):
            q.surname = p.surname
        return q

    def name(self, p: Person, form: str = "") -> Phi:
        if form in ("", "full") and p.nick and self.chance(0.35):
            form = "nick"
        if not form:
            form = self.pick(
                ("full",) * 6 + ("init",) * 2 + ("mid",) * 2 + ("last_first",) * 3 + ("caps_first",) * 2 + ("nick",) * 2
            )
        g, s = p.given, p.surname
        if form == "nick" and not p.nick:
            form = "full"
        if form == "mid" and not p.middle:
            form = "init" if self.chance(0.5) else "full"
        suffix = f" {p.suffix}" if p.suffix and form in ("full", "init", "mid", "nick") else ""
        if form == "full":
            text = f"{g} {s}{suffix}"
        elif form == "init":
            initial = (p.middle or self.pick("ABDEFGKLMNPRSTVZ"))[0].upper()
            text = f"{g} {initial}. {s}{suffix}"
        elif form == "mid":
            text = f"{g} {p.middle} {s}{suffix}"
        elif form == "last_first":
            if self.chance(0.7):
                text = f"{s.upper()}, {g}" + (f" {p.middle}" if p.middle and self.chance(0.5) else "")
            else:
                text = f"{s}, {g}"
        elif form == "caps_first":
            text = f"{s.upper()} {g}"
        elif form == "nick":
            text = f'{g} "{p.nick}" {s}{suffix}'
        elif form == "given":
            text = g
        elif form == "surname":
            text = s
        elif form == "nickonly":
            text = p.nick or g
        else:
            raise ValueError(form)
        return Phi(text, "NAME")

    def initials(self, p: Person) -> Phi:
        words = [p.given, *([p.middle] if p.middle else []), *re.split(r"[ -]", p.surname)]
        letters = "".join(w[0].upper() for w in words)[:4]
        if len(letters) < 2:
            letters = (p.given[:1] + p.surname[:1]).upper()
        return Phi(letters, "NAME")

    def title(self, p: Person) -> str:
        return self.pick(TITLES[p.culture][0 if p.female else 1])

    def titled(self, p: Person) -> list[Any]:
        """A title and the name after it (the title outside the span)."""
        t = self.pick(("Mr.", "Ms.") if self.chance(0.4) else (self.title(p),))
        if t == "Ms." and not p.female:
            t = "Mr."
        if t == "Mr." and p.female:
            t = "Ms."
        form = self.pick(("surname", "surname", "full", "given")) if t not in ("Mr.", "Mrs.", "Ms.") else "surname"
        if t in ("Ma", "Pa", "Nang", "Thao", "Zoti", "Zonja"):
            form = self.pick(("given", "full"))
        return [f"{t} ", self.name(p, form)]

    def clinician(self, cred: str = "") -> tuple[Person, str]:
        return self.person(), cred or self.pick(CLIN_CREDS)

    def doc_name(self, p: Person) -> list[Any]:
        """'Dr. Surname' or 'Given Surname, MD'."""
        if self.chance(0.5):
            return ["Dr. ", self.name(p, self.pick(("surname", "surname", "full", "init")))]
        return [self.name(p, self.pick(("full", "init", "full"))), ", " + self.pick(CLIN_CREDS)]

    def kin(self, p: Person) -> str:
        return self.pick(KIN_BY_CULTURE[p.culture])

    def kin_word(self, p: Person, female: bool) -> str:
        return self.pick([k for k in KIN_BY_CULTURE[p.culture] if KIN_FEMALE[k] in (female, None)])

    def kin_relative(self, p: Person) -> tuple[str, Person]:
        """A kinship word and a relative whose sex fits it."""
        word = self.kin(p)
        return word, self.relative(p, KIN_FEMALE[word])

    # -- dates
    def day(self, lo: int, hi: int) -> date:
        start = date(lo, 1, 1)
        return start + timedelta(days=self.r.randrange((date(hi, 12, 31) - start).days + 1))

    def recent(self) -> date:
        return self.day(2024, 2025)

    def soon(self) -> date:
        return self.day(2025, 2026)

    def fmt(self, d: date, style: str = "", culture: str = "") -> str:
        if not style:
            styles = ["mdY", "mdY", "mdY1", "mdy", "iso", "dbY", "bdY", "BdY", "BdY", "dBY"]
            if culture == "al":
                styles += ["dot", "dot", "dmy"]
            elif culture == "la":
                styles += ["dmy", "dmy"]
            style = self.pick(styles)
        mon = MONTHS[d.month - 1]
        return {
            "mdY": f"{d.month:02d}/{d.day:02d}/{d.year}",
            "mdY1": f"{d.month}/{d.day}/{d.year}",
            "mdy": f"{d.month}/{d.day}/{d.year % 100:02d}",
            "iso": d.isoformat(),
            "dbY": f"{d.day:02d}-{mon[:3]}-{d.year}",
            "bdY": f"{mon[:3]} {d.day}, {d.year}",
            "BdY": f"{mon} {d.day}, {d.year}",
            "dBY": f"{d.day} {mon} {d.year}",
            "BY": f"{mon} {d.year}",
            "md": f"{d.month}/{d.day}",
            "bd": f"{mon[:3]} {d.day}",
            "Bd": f"{mon} {d.day}",
            "Bdth": f"{mon} {d.day}{_ordinal(d.day)}",
            "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "wmd": f"{d.strftime('%a')} {d.month}/{d.day}",
            "wBdY": f"{d.strftime('%A')}, {mon} {d.day}, {d.year}",
            "wmdY": f"{d.strftime('%a')} {d.month}/{d.day}/{d.year}",
        }[style]

    def when(self, d: date | None = None, style: str = "", culture: str = "") -> Phi:
        return Phi(self.fmt(d or self.recent(), style, culture), "DATE")

    def short_date(self, d: date | None = None) -> Phi:
        return self.when(d or self.recent(), self.pick(("md", "bd", "Bd", "Bdth", "wmd", "wBdY", "BdY", "mdY1")))

    def dob(self, p: Person | None = None, lo: int = 1930, hi: int = 2008) -> Phi:
        return self.when(self.day(lo, hi), culture=p.culture if p and self.chance(0.3) else "")

    def clock(self, h24: bool = False) -> str:
        h, m = self.r.randrange(6, 21), self.pick((0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55))
        if h24:
            return f"{h:02d}:{m:02d}"
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"

    def old_age(self) -> Phi:
        n = self.r.randrange(90, 103)
        return Phi(AGE_WORDS[n] if self.chance(0.25) else str(n), "AGE")

    def young_age(self, lo: int = 18, hi: int = 89) -> int:
        return self.r.randrange(lo, hi + 1)

    # -- places
    def town(self, region: str) -> Town:
        name, state, zips, areas = self.pick(US_TOWNS[region])
        return Town(name, state, zips, areas, region)

    def home_town(self, p: Person) -> Town:
        return self.town(p.culture)

    def location(self, t: Town) -> Phi:
        return Phi(t.name, "LOCATION")

    def zip(self, t: Town) -> Phi:
        z = self.pick(t.zips)
        return Phi(z + (f"-{self.digits(4)}" if self.chance(0.2) else ""), "ZIP")

    def street(self, region: str) -> Phi:
        if self.chance(0.08):
            return Phi(f"{self.pick(('PO Box', 'P.O. Box'))} {self.r.randrange(10, 9999)}", "ADDRESS")
        line = f"{self.r.randrange(2, 19999)} {self.pick(STREETS[region])}"
        u = self.r.random()
        if u < 0.2:
            line += f" Apt {self.r.randrange(1, 40)}{self.pick(('', 'A', 'B', 'C', 'D'))}"
        elif u < 0.3:
            line += f" #{self.r.randrange(1, 400)}"
        elif u < 0.36:
            line += f" Unit {self.r.randrange(1, 60)}"
        elif u < 0.4 and region == "south":
            line += f" Lot {self.r.randrange(1, 300)}"
        return Phi(line, "ADDRESS")

    def address(self, t: Town, sep: str = ", ") -> list[Any]:
        return [self.street(t.region), sep, self.location(t), ", ", t.state, " ", self.zip(t)]

    def abroad(self, region: str) -> tuple[str, str, str]:
        return self.pick(ABROAD_TOWNS[region])

    # -- contact
    def phone(self, t: Town | None = None) -> Phi:
        area = self.pick(t.areas) if t else self.pick(("312", "612", "215", "401", "586", "559", "615", "479", "515"))
        ex, num = f"{self.r.randrange(2, 10)}{self.digits(2)}", self.digits(4)
        style = self.r.randrange(7)
        s = [f"({area}) {ex}-{num}", f"{area}-{ex}-{num}", f"{area}.{ex}.{num}", f"({area}){ex}-{num}",
             f"+1 {area}-{ex}-{num}", f"1-{area}-{ex}-{num}", f"({area}) {ex}-{num}"][style]  # fmt: skip
        if self.chance(0.07):
            s += f" ext {self.r.randrange(10, 9999)}"
        return Phi(s, "PHONE")

    def fax(self, t: Town | None = None) -> Phi:
        return Phi(self.phone(t).text.split(" ext")[0], "FAX")

    def phone_abroad(self, key: str) -> Phi:
        d = self.digits
        s = {
            "xk": f"+383 {self.pick(('44', '45', '49'))} {d(3)} {d(3)}",
            "al": f"+355 {self.pick(('67', '68', '69'))} {d(3)} {d(4)}",
            "me": f"+382 {self.pick(('67', '68', '69'))} {d(3)} {d(3)}",
            "lr": f"+231 {self.pick(('77', '88'))} {d(3)} {d(4)}",
            "la": f"+856 20 {d(4)} {d(4)}",
            "mx": f"+52 987 {d(3)} {d(4)}",
            "bq": f"+599 717 {d(4)}",
        }[key]
        return Phi(s, "PHONE")

    def email(self, p: Person) -> Phi:
        g = re.sub(r"[^a-z]", "", p.given.lower())
        s = re.sub(r"[^a-z]", "", p.surname.lower())
        local = self.pick((f"{g}.{s}", f"{g}{s}{self.r.randrange(1, 99)}", f"{g[0]}{s}", f"{s}.{g}", f"{g}_{s[:5]}",
                           f"{(p.nick or g).lower().replace(' ', '').replace('.', '')}{self.r.randrange(60, 2010)}"))  # fmt: skip
        return Phi(f"{local}@{self.pick(DOMAINS)}", "EMAIL")

    def staff_email(self, p: Person) -> Phi:
        g = re.sub(r"[^a-z]", "", p.given.lower())
        s = re.sub(r"[^a-z]", "", p.surname.lower())
        return Phi(f"{self.pick((g[0] + s, g + '.' + s, s + g[0]))}@{self.pick(STAFF_DOMAINS)}", "EMAIL")

    def url(self, host: str = "") -> Phi:
        host = host or self.pick(URL_HOSTS)
        path = self.pick((f"msg/{self.digits(6)}", f"s/{self.letters(3).lower()}{self.digits(4)}",
                          f"forms/{self.letters(2).lower()}-{self.digits(5)}", f"docs?id={self.digits(8)}",
                          f"pay/{self.digits(9)}"))  # fmt: skip
        return Phi(f"https://{host}/{path}", "URL")

    def ip(self) -> Phi:
        if self.chance(0.2):
            groups = [f"{self.r.randrange(0x2001, 0x2A10):x}", *(f"{self.r.randrange(1, 0xFFFF):x}" for _ in range(3))]
            return Phi(":".join(groups) + f"::{self.r.randrange(1, 0xFFF):x}", "IP")
        first = self.pick((24, 50, 67, 68, 73, 76, 98, 99, 108, 135, 142, 162, 173, 174, 184, 198, 207))
        return Phi(f"{first}.{self.r.randrange(1, 255)}.{self.r.randrange(0, 255)}.{self.r.randrange(1, 255)}", "IP")

    # -- identifiers
    def ssn(self) -> Phi:
        area = self.r.randrange(1, 900)
        while area == 666:
            area = self.r.randrange(1, 900)
        a, g, s = f"{area:03d}", f"{self.r.randrange(1, 100):02d}", f"{self.r.randrange(1, 10000):04d}"
        sep = self.pick(("-", "-", "-", " ", ""))
        return Phi(f"{a}{sep}{g}{sep}{s}", "SSN")

    def mrn(self) -> Phi:
        n = self.pick((8, 9, 10))
        body = str(self.r.randrange(1, 10)) + self.digits(n - 2)
        full = body + luhn_digit(body)
        if self.chance(0.2):
            full = f"{full[:2]}-{full[2:]}"
        return Phi(full, "MRN")

    def account(self) -> Phi:
        return Phi(self.pick((self.digits(8), self.digits(10), "0" + self.digits(9), self.digits(7))), "ACCOUNT")

    def card(self) -> Phi:
        body = self.pick(("4", "51", "52", "53", "54", "55"))
        body += self.digits(15 - len(body))
        full = body + luhn_digit(body)
        return Phi(" ".join(full[i : i + 4] for i in range(0, 16, 4)), "ACCOUNT")

    def member_id(self) -> Phi:
        return Phi(self.shape(self.pick(("LLLDDDDDDDDD", "WDDDDDDDDD", "LDDDDDDDD-0D", "DDDDDDDDDDD", "LLDDDDDDDD",
                                         "LLLLDDDDDDD", "DDDLLDDDDDD"))), "HEALTH_PLAN")  # fmt: skip

    def medicaid_id(self, state: str) -> Phi:
        shapes = {"IL": "DDDDDDDDD", "MN": "DDDDDDDD", "NY": "LLDDDDDL", "PA": "DDDDDDDDDD", "CA": "9DDDDDDDL",
                  "IA": "DDDDDDDL", "NC": "DDDDDDDDDL", "TN": "DDDDDDDDD", "AR": "DDDDDDDDDD", "RI": "DDDDDDDDDD",
                  "MI": "DDDDDDDDDD", "MA": "DDDDDDDDDDDD", "NJ": "DDDDDDDDDDDD", "OH": "DDDDDDDDDDDD"}  # fmt: skip
        return Phi(self.shape(shapes.get(state, "DDDDDDDDD")), "HEALTH_PLAN")

    def mbi(self) -> Phi:
        a = lambda: self.pick(_MBI_LETTERS + "0123456789")
        chars = [str(self.r.randrange(1, 10)), self.pick(_MBI_LETTERS), a(), self.digits(1), self.pick(_MBI_LETTERS),
                 a(), self.digits(1), self.pick(_MBI_LETTERS), self.pick(_MBI_LETTERS), self.digits(1), self.digits(1)]  # fmt: skip
        s = "".join(chars)
        if self.chance(0.4):
            s = f"{s[:4]}-{s[4:7]}-{s[7:]}"
        return Phi(s, "HEALTH_PLAN")

    def licence(self, state: str) -> Phi:
        shapes = {"MI": "L DDD DDD DDD DDD", "IL": "LDDD-DDDD-DDDD", "NY": "DDD DDD DDD", "MN": "LDDDDDDDDDDDD",
                  "PA": "DD DDD DDD", "RI": "DDDDDDD", "NJ": "LDDDD DDDDD DDDDD", "IA": "DDDLLDDDD", "AR": "9DDDDDDDD",
                  "TN": "DDDDDDDDD", "CA": "LDDDDDDD", "FL": "LDDD-DDD-DD-DDD-D", "AZ": "LDDDDDDDD", "NC": "DDDDDDDDDDDD",
                  "TX": "DDDDDDDD", "CT": "DDDDDDDDD", "MA": "SDDDDDDDD", "OH": "LLDDDDDD", "LA": "DDDDDDDDD"}  # fmt: skip
        return Phi(self.shape(shapes.get(state, "LDDDDDDD")), "LICENSE")

    def dea(self, p: Person) -> Phi:
        d = [self.r.randrange(10) for _ in range(6)]
        check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        first = self.pick("ABFGM")
        second = re.sub(r"[^A-Z]", "", p.surname.upper())[:1] or "X"
        return Phi(first + second + "".join(map(str, d)) + str(check), "LICENSE")

    def npi(self) -> Phi:
        body = self.pick("12") + self.digits(8)
        return Phi(body + luhn_digit("80840" + body), "ID")

    def plate(self, state: str) -> Phi:
        shapes = {"NY": "LLL-DDDD", "MI": "LLL DDDD", "IL": "LL DDDDD", "MN": "LLL-DDD", "PA": "LLL-DDDD", "RI": "DDD-DDD",
                  "NJ": "LDD-LLL", "CT": "LL DDDDD", "MA": "DLLLDD", "OH": "LLL DDDD", "NC": "LLL-DDDD", "CA": "DLLLDDD",
                  "TN": "LLL DDDD", "AR": "LLL DDL", "IA": "LLL DDD", "LA": "DDD LLL", "FL": "LLL LDD", "AZ": "LLLDDDD",
                  "TX": "LLL-DDDD"}  # fmt: skip
        return Phi(self.shape(shapes.get(state, "LLL DDDD")), "VEHICLE")

    def vin(self) -> Phi:
        wmi = self.pick(
            ("1FT", "1HG", "2T1", "3VW", "5YJ", "JTD", "KM8", "1C4", "4T1", "5NP", "1GN", "2HG", "JN1", "3N1")
        )
        vds = "".join(self.pick(_VIN_CHARS) for _ in range(5))
        year = self.pick("FGHJKLMNPRS")
        rest = self.pick(_VIN_CHARS) + self.digits(6)
        chars = list(wmi + vds + "0" + year + rest)
        total = sum(_VIN_VALUE[ch] * w for ch, w in zip(chars, _VIN_WEIGHTS)) % 11
        chars[8] = "X" if total == 10 else str(total)
        return Phi("".join(chars), "VEHICLE")

    def serial(self) -> Phi:
        return Phi(self.shape(self.pick(("LLDDDDDDD", "DDLDDDDDDD", "LDDDLDDDDD", "DDDDLLDDDDD", "LLL-DDDDDD",
                                         "DLDLDDDDDD", "DDLL-DDDDDD", "DDDDDDDDDL"))), "DEVICE")  # fmt: skip

    def imei(self) -> Phi:
        body = self.pick(("35", "86", "01", "99")) + self.digits(12)
        return Phi(body + luhn_digit(body), "DEVICE")

    def ident(self, shape: str = "") -> Phi:
        return Phi(
            self.shape(shape or self.pick(("DDDDDDD", "LL-DDDDDD", "DDDD-DDDDD", "LDDDDDDDD", "DD-DDDDDDD"))), "ID"
        )

    def facility(self, seq: Sequence[str]) -> Phi:
        return Phi(self.pick(seq), "FACILITY")

    # -- keep terms
    def ins(self, cat: str) -> Keep:
        return Keep(self.pick(INSURERS[cat]), "insurer")

    def medicaid(self, state: str) -> Keep:
        return Keep(self.pick(MEDICAID_BY_STATE.get(state, INSURERS["medicaid"])), "insurer")

    def drug(self, cat: str) -> Keep:
        return Keep(self.pick(DRUGS[cat]), "drug")

    def cpt(self, cat: str) -> Keep:
        return Keep(self.pick(CPT[cat]), "code")

    def hcpcs(self, cat: str) -> Keep:
        return Keep(self.pick(HCPCS[cat]), "code")

    def ndc(self) -> Keep:
        lab = self.pick(NDC_LABELERS)
        if len(lab) == 4:
            return Keep(f"{lab}-{self.digits(4)}-{self.digits(2)}", "code")
        return Keep(f"{lab}-{self.digits(self.pick((3, 4)))}-{self.digits(2 if self.chance(0.7) else 1)}", "code")

    def lot(self) -> Keep:
        return Keep(self.letters(self.pick((1, 2))) + self.digits(self.pick((4, 5))), "code")

    def dept(self, cat: str) -> Keep:
        return Keep(self.pick(DEPARTMENTS[cat]), "department")

    def _eponym(self, name: str, head: str, alone: float) -> list[Any]:
        single = " " not in name and "-" not in name and not name.endswith("s")
        if not head:
            return [Keep(name, "eponym")]
        if self.chance(alone):
            return [Keep(name, "eponym"), "'s" if single else ""]
        if single and self.chance(0.5):
            return [Keep(name, "eponym"), f"'s {head}"]
        return [Keep(name, "eponym"), f" {head}"]

    def epo(self, cat: str, alone: float = 0.15) -> list[Any]:
        """An eponym (kept, the name only) with or without its head word, possessive or not."""
        name, head = self.pick(EPONYMS[cat])
        return self._eponym(name, head, alone)

    def cond(self, cat: str, alone: float = 0.15) -> tuple[list[Any], Keep, Keep | None]:
        """A condition as written (an eponym kept, or plain words), its ICD-10-CM code and one of its drugs."""
        name, head, code, drugs = self.pick(CONDITIONS[cat])
        pieces: list[Any] = [name] if head is None else self._eponym(name, head, alone)
        return pieces, Keep(code, "code"), Keep(self.pick(drugs), "drug") if drugs else None

    def device(self, cat: str, with_maker: float = 0.75) -> list[Any]:
        """A maker and one of its models ("Shearwater Perdix 2"), or the model alone."""
        maker, models = self.pick(MAKERS[cat])
        model = self.pick(models)
        if self.chance(with_maker):
            return [Keep(maker, "maker"), " ", Keep(model, "model")]
        return [Keep(model, "model")]

    def maker_model(self, cat: str) -> tuple[Keep, Keep]:
        maker, models = self.pick(MAKERS[cat])
        return Keep(maker, "maker"), Keep(self.pick(models), "model")


def _ordinal(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# ---------------------------------------------------------------------------------------------
# Shared message pieces.

ORG_MAIL_HOSTS = ["benefitsmail.com", "claimsdesk.org", "hsa-docs.net", "notify-benefits.com", "schoolmail.us",
                  "agencymail.org", "racemedic.org"]  # fmt: skip


def org_email(c: Ctx) -> Phi:
    box = c.pick(("claims", "noreply", "lmn.review", "member.services", "docs", "intake", "medical", "records"))
    return Phi(f"{box}{c.digits(2) if c.chance(0.3) else ''}@{c.pick(ORG_MAIL_HOSTS)}", "EMAIL")


def greet(c: Ctx, doc_p: Person | None = None, dept: Keep | None = None) -> list[Any]:
    if dept is not None and c.chance(0.5):
        return [
            c.pick(("Hello ", "Hi ", "Good morning ", "To the ")),
            dept,
            c.pick((" team,", " office,", ",", " staff,")),
        ]
    if doc_p is not None:
        return [c.pick(("Hi Dr. ", "Hello Dr. ", "Dear Dr. ", "Dr. ")), c.name(doc_p, "surname"), ","]
    return [c.pick(("Hello,", "Hi,", "Good afternoon,", "To whom it may concern,", "Hi there,"))]


def sign(c: Ctx, d: Doc, p: Person, phone_town: Town | None = None, role: str = "") -> None:
    """A sign-off: a name, initials, or a name with a phone number."""
    u = c.r.random()
    if u < 0.3:
        d.add("-- ", c.initials(p))
    elif u < 0.55:
        d.add(c.pick(("Thanks,", "Thank you,", "Regards,", "Best,", "Sincerely,")))
        d.add(c.name(p, c.pick(("full", "full", "init", "nick", "mid"))), role)
    elif u < 0.8:
        d.add(c.name(p, c.pick(("full", "given", "init"))), role, " | ", c.phone(phone_town))
    else:
        d.add(c.pick(("Thanks, ", "Thank you ", "Thx - ")), c.name(p, c.pick(("given", "full", "nickonly"))), role)


def hdr_cols(c: Ctx, d: Doc, p: Person, label: str = "Patient") -> None:
    gap = " " * c.r.randrange(4, 9)
    line: list[Any] = [
        f"{label}: ",
        c.name(p, c.pick(("full", "last_first", "caps_first", "init"))),
        gap,
        "MRN: ",
        c.mrn(),
    ]
    if c.chance(0.6):
        line += [" " * c.r.randrange(4, 7), "DOB: ", c.dob(p)]
    d.add(line)


def mail_head(c: Ctx, d: Doc, sender: list[Any], to: Phi, subject: list[Any], forwarded: bool = True) -> None:
    if forwarded:
        d.add(
            c.pick(
                ("---------- Forwarded message ----------", "-----Original Message-----", "Begin forwarded message:")
            )
        )
    d.add("From: ", sender)
    d.add("Sent: ", c.when(c.recent(), c.pick(("wBdY", "wmdY", "BdY", "mdY"))), " ", c.clock())
    d.add("To: ", to)
    d.add("Subject: ", subject)
    d.blank()


def chat_line(c: Ctx, speaker: Any, *text: Any) -> list[Any]:
    """One chat line with a clock time later than the line before it in the same document."""
    if c.chat_minutes is None or c.chat_minutes > 22 * 60:
        c.chat_minutes = c.r.randrange(6 * 60, 19 * 60)
    else:
        c.chat_minutes += c.r.randrange(1, 40)
    h, m = divmod(c.chat_minutes, 60)
    return [f"[{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}] ", speaker, ": ", *text]


def age_line(c: Ctx, lo: int = 18, hi: int = 89) -> str:
    return f"Age: {c.young_age(lo, hi)} years old"


def ins_line(c: Ctx, t: Town, cat: str = "") -> list[Any]:
    """An insurer and the member number that goes with it."""
    if cat == "medicaid" or (not cat and c.chance(0.3)):
        return [c.medicaid(t.state), c.pick((" ID ", " #", " member ID ", " recipient ID ")), c.medicaid_id(t.state)]
    if cat == "medicare":
        opener, closer = c.pick(((" (MBI ", ")"), (" - Medicare number ", ""), (", MBI ", "")))
        return [c.ins("medicare"), opener, c.mbi(), closer]
    ins = c.ins(cat or c.pick(("regional", "regional", "employer", "tpa")))
    return [ins, c.pick((" member ID ", ", ID# ", " subscriber ", " ID ")), c.member_id()]


HSA_GOODS = {
    "compress": (["compression stockings", "thigh-high compression hose", "compression sleeves"],
                 [("Jobst", ["UltraSheer", "Relief"]), ("Juzo", ["Dynamic"]), ("Sigvaris", ["Secure"])], ["A6531", "A6532", "A6545"]),
    "air": (["HEPA air purifier", "air purifier for the bedroom"], [("Coway", ["Airmega 400"]), ("Blueair", ["Blue Pure 211i"])], []),
    "hearing": (["over-the-counter hearing aids", "OTC hearing aids"],
                [("Jabra", ["Enhance Select 300"]), ("hearX", ["Lexie B2 Plus"]), ("Sony", ["CRE-E10"])], []),
    "foot": (["custom orthotics", "orthotic insoles"], [("Aetrex", ["Conform"])], ["L3020", "L3030"]),
    "joint": (["percussion massager", "warm-water therapy pool pass"], [("Therabody", ["Theragun Prime"])], []),
    "back": (["adjustable mattress", "medical-grade mattress"], [("Tempur-Pedic", ["TEMPUR-Adapt"])], []),
    "light": (["light therapy lamp", "10,000 lux light box"], [("Carex", ["Day-Light Classic Plus"])], ["E0203"]),
}  # fmt: skip


def _good(c: Ctx, cat: str) -> tuple[str, Keep, Keep, list[str]]:
    phrases, makers, codes = HSA_GOODS[cat]
    maker, models = c.pick(makers)
    return c.pick(phrases), Keep(maker, "maker"), Keep(c.pick(models), "model"), codes


def dob_and_age(c: Ctx, p: Person, lo: int = 18, hi: int = 89) -> tuple[Phi, str]:
    """A date of birth and the matching "Age: N years old"."""
    age = c.young_age(lo, hi)
    born = date(2025, 1, 1) - timedelta(days=365 * age + c.r.randrange(1, 360))
    return c.when(born, culture=p.culture if c.chance(0.3) else ""), f"Age: {age} years old"


def m_hsa_letter(c: Ctx) -> Doc:
    d, p = Doc(), c.person()
    t, doc_p = c.home_town(p), c.person()
    cat = c.pick(tuple(HSA_GOODS))
    item, maker, model, hcpcs = _good(c, cat)
    cond, code, drug = c.cond(cat)
    admin = c.ins("hsa")
    layout = c.r.randrange(3)
    if layout == 0:
        if c.chance(0.5):
            d.add(
                "Subject: ",
                c.pick(("Letter of medical necessity", "Need a letter of medical necessity")),
                " for ",
                item,
            )
        else:
            d.add("Subject: ", item, " - HSA receipt denied (letter of medical necessity)")
        d.add(greet(c, doc_p, c.dept("money") if c.chance(0.2) else None))
        d.add(c.pick(("My ", "The ")), admin, " account" if "HSA" in admin.text else c.pick((" HSA", " FSA", " account")),
              " denied the receipt for the ", maker, " ", model,
              f" {item} I bought on ", c.short_date(), ". They want a letter of medical necessity from you.")  # fmt: skip
        d.add("It is for my ", cond, c.pick((" (", " - dx code ")), code, c.pick((")", "")), ".")
        if drug is not None and c.chance(0.5):
            d.more(" I already use ", drug, ".")
        if hcpcs and c.chance(0.7):
            d.more(" The store receipt lists it as HCPCS ", Keep(c.pick(hcpcs), "code"), ".")
        if c.chance(0.4):
            d.add("The letter needs:")
            d.add("* my diagnosis and code (", code, ")")
            d.add("* how long I will need the ", item)
            d.add("* claim #", c.ident(), " and HSA account ", c.account())
        else:
            d.add("Claim #", c.ident(), ", HSA account ", c.account(), ".")
        d.add("Please fax it to ", admin, " at ", c.fax(), c.pick((" or upload it here: ", " or use ")), c.url(), ".")
        if c.chance(0.4):
            mom = c.relative(p, True)
            d.add("My ", c.kin_word(p, True), " ", c.name(mom, c.pick(("full", "given"))), " is ", c.old_age(),
                  " and uses the same ", item, ". Could you write one for her too? Her plan is ", ins_line(c, t, "medicare"), ".")  # fmt: skip
        d.blank()
        if c.chance(0.6):
            hdr_cols(c, d, p)
        else:
            d.add("DOB ", c.dob(p), ", MRN ", c.mrn(), ".")
        sign(c, d, p, t)
    elif layout == 1:
        d.add(c.pick(("LETTER OF MEDICAL NECESSITY - REQUEST FORM", "Letter of Medical Necessity request")))
        holder = c.relative(p) if c.chance(0.4) else p
        dob, age = dob_and_age(c, p)
        d.add("Account holder:\t", c.name(holder, "last_first"))
        d.add("Patient:\t", c.name(p, c.pick(("full", "last_first"))), "\tDOB:\t", dob)
        d.add("MRN:\t", c.mrn(), "\t", age)
        d.add("Administrator:\t", admin, "\tAccount #:\t", c.account())
        d.add("Medical plan:\t", ins_line(c, t))
        d.add("Item:\t", maker, "\t", model, "\t", item)
        if hcpcs:
            d.more("\tHCPCS ", Keep(c.pick(hcpcs), "code"))
        d.add("Diagnosis:\t", code, "\t", cond)
        d.add("Duration of need:\t", c.pick(("12 months", "lifetime", "6 months")))
        d.add("Prescriber:\t", c.doc_name(doc_p), " (", c.dept(c.pick(("general", "general", "lung"))), ")")
        d.add("Return by fax:\t", c.fax(), "\tor e-mail:\t", c.email(holder))
        d.add("Address:\t", c.address(t))
    else:
        mail_head(
            c,
            d,
            [admin, " <", org_email(c), ">"],
            c.email(p),
            ["Claim ", c.ident(), " - additional information needed"],
        )
        d.add(
            "> We reviewed your request for reimbursement of $",
            f"{c.r.randrange(40, 1900)}.{c.digits(2)}",
            " for ",
            item,
            ".",
        )
        d.add("> Items that can be used for general health need a letter of medical necessity from your provider.")
        d.add("> Please return it by ", c.when(c.soon(), c.pick(("BdY", "mdY"))), " to fax ", c.fax(), ".")
        d.blank()
        d.add(greet(c, doc_p))
        d.add("can you write this for me? I got the ", maker, " ", model, " because of my ", cond, " (", code,
              "). You saw me for it on ", c.short_date(), ".")  # fmt: skip
        d.add("My MRN is ", c.mrn(), " and my address is ", c.address(t), ".")
        sign(c, d, p, t)
    return d


NAME_REASONS = [
    ("I got married", "we got married"), ("my old card had my name spelled wrong", "my passport spells it differently"),
    ("I became a US citizen and took an American first name", "I took a new first name when I naturalized"),
    ("my divorce was finalized", "the court approved my name change"),
]  # fmt: skip


def m_name_change(c: Ctx) -> Doc:
    d, p = Doc(), c.person(female=c.chance(0.7))
    t = c.home_town(p)
    old = Person(p.given, p.surname, p.middle, p.nick, p.suffix, p.culture, p.female, p.other_spellings)
    new = Person(p.given, p.surname, p.middle, "", p.suffix, p.culture, p.female, ())
    reason = c.r.randrange(4)
    if reason == 0:  # married: hyphenated or the spouse's surname
        spouse = c.person(c.pick(("al", "lr", "la")), False)
        if c.chance(0.6) and "-" not in p.surname:
            new.surname = f"{p.surname}-{spouse.surname.replace(' ', '')}"
        else:
            new.surname = spouse.surname
    elif reason == 1 and p.other_spellings:  # a spelling corrected
        new.surname = p.other_spellings[0]
    elif reason == 1:
        reason = 3
    elif reason == 2:  # an American given name at naturalization
        new.given = c.pick(("Sam", "Linda", "Tony", "Grace", "David", "Nina", "Kevin", "Mary", "Peter", "Lisa"))
    if reason == 3:
        new.surname = c.person(p.culture).surname
        if new.surname == p.surname:
            new.surname = c.person(p.culture).surname
    cond, code, drug = c.cond("name")
    layout = c.r.randrange(3)
    if layout == 0:
        d.add(greet(c, None, c.dept("records")))
        why = c.pick(NAME_REASONS[reason])
        d.add(why[0].upper() + why[1:], " on ", c.short_date(), " and I need a name change in my chart. My new name is ",
              c.name(new, "full"), "; my old name was ", c.name(old, c.pick(("full", "mid", "init"))), ".")  # fmt: skip
        d.add("MRN ", c.mrn(), ", DOB ", c.dob(p), ".")
        d.add("I attached the ", c.pick(("marriage certificate", "court order", "naturalization certificate", "divorce decree")),
              " (no. ", c.ident(), ") and my new ", STATE_NAMES[t.state], " license, ", c.licence(t.state), ".")  # fmt: skip
        d.add("Please also update my ", ins_line(c, t), " record so claims stop bouncing - the ", c.dept("money"),
              " said the claim for ", c.cpt("name"), " (", code, ") was denied because the names did not match.")  # fmt: skip
        if drug is not None and c.chance(0.7):
            d.add("My ", drug, " refills at ", c.facility(PHARMACIES), " are still under the old name.")
        if c.chance(0.4):
            d.add(
                "Also my ",
                c.device(c.pick(("cgm", "sleep"))),
                " app account (serial ",
                c.serial(),
                ") is under the old name.",
            )
        sign(c, d, new, t)
    elif layout == 1:
        d.add(c.pick(("REQUEST FOR NAME CHANGE IN MEDICAL RECORD", "Name change request - patient form")))
        dob, age = dob_and_age(c, p)
        d.add("1. Former name: ", c.name(old, c.pick(("last_first", "full", "mid"))))
        d.add("2. New name: ", c.name(new, c.pick(("last_first", "full"))))
        d.add(
            "3. Reason: ",
            ("marriage", "spelling correction", "naturalization", c.pick(("divorce", "court order")))[reason],
        )
        d.add(
            "4. Court or agency: ",
            c.facility(COURTS),
            ", case no. ",
            c.ident("DDDD-LL-DDDDDD"),
            ", dated ",
            c.when(culture=p.culture),
        )
        d.add("5. Date of birth: ", dob, "    ", age)
        d.add("6. SSN: ", c.ssn())
        d.add("7. Address: ", c.address(t))
        d.add("8. Phone: ", c.phone(t), "   E-mail: ", c.email(new))
        d.add("9. Insurance: ", ins_line(c, t), c.pick(("; dental ", "; vision ")), c.ins(c.pick(("dental", "vision"))))
        d.add("10. Problems to carry over: ", cond, " (", code, ")", *([", on ", drug] if drug is not None else []))
        if c.chance(0.5):
            d.add("11. Driver's license: ", t.state, " ", c.licence(t.state))
        d.blank()
        d.add("Received by ", c.dept("records"), " ", c.when(c.recent(), "mdy"), " - ", c.initials(c.person()))
    else:
        staff = c.person()
        me = c.name(old, "given")
        d.add(chat_line(c, [me], "hi i need a name change on my portal account, it still shows ", c.name(old, "full")))
        d.add(chat_line(c, c.dept("records"), "Hi! What name should it show? I also need your DOB and MRN please."))
        d.add(chat_line(c, [me], c.name(new, "full"), " now. dob ", c.dob(p, 1950, 2004), ", mrn ", c.mrn()))
        d.add(chat_line(c, [c.name(staff, "given")], "Thank you. Is the ", c.ins(c.pick(("regional", "medicaid"))),
                        " card already in the new name?"))  # fmt: skip
        d.add(chat_line(c, [me], "yes new card came ", c.short_date(), ", member id ", c.member_id(),
                        ". also my login shows a sign in from ", c.ip(), " that was not me"))  # fmt: skip
        d.add(chat_line(c, [c.name(staff, "given")], "I will send that to the ", c.dept("records"),
                        ". Please upload the court order at ", c.url(), "."))  # fmt: skip
        if c.chance(0.6):
            d.add(chat_line(c, [me], "ok. my new DL is ", c.licence(t.state), ". pharmacy still has ",
                            drug or Keep("Lexapro 10 mg", "drug"), " under ", c.name(old, "surname")))  # fmt: skip
    return d


# (question as the form asks it, (drug or "", ICD-10-CM code) answers)
DIVE_QUESTIONS = [
    ("Asthma, or wheezing with exercise", (("Singulair 10 mg", "J45.20"), ("Arnuity Ellipta", "J45.30"), ("albuterol HFA", "J45.909"))),
    ("Ear or sinus surgery, or trouble equalizing", (("Afrin", "H69.83"), ("Sudafed", "J32.9"), ("Flonase", "J30.9"))),
    ("Diabetes treated with medication", (("Jardiance 10 mg", "E11.9"), ("Lantus", "E10.9"), ("Mounjaro 5 mg", "E11.65"))),
    ("Motion sickness needing medication", (("Transderm Scop", "T75.3XXA"), ("Bonine", "T75.3XXA"), ("Dramamine", "T75.3XXA"))),
    ("Fainting or blackouts", (("", "R55"),)),
    ("Lung collapse or chest surgery", (("", "J93.9"), ("", "Z90.2"))),
]  # fmt: skip
DIVE_INJURIES = [("ear squeeze", "T70.0XXA"), ("sinus squeeze", "T70.1XXA"), ("the bends", "T70.3XXA")]


def _dive_q(c: Ctx, q: tuple[str, Any] | None = None) -> tuple[str, Keep | None, Keep]:
    text, answers = q or c.pick(DIVE_QUESTIONS)
    drug, code = c.pick(answers)
    return text, Keep(drug, "drug") if drug else None, Keep(code, "code")


def m_dive_medical(c: Ctx) -> Doc:
    d, p = Doc(), c.person()
    t, doc_p = c.home_town(p), c.person()
    trip_town, country, key = c.abroad("dive")
    shop = c.facility(DIVE_SHOPS)
    layout = c.r.randrange(3)
    if layout == 0:
        q, drug, code = _dive_q(c)
        d.add(greet(c, doc_p, c.dept("dive") if c.chance(0.3) else None))
        d.add("I answered yes to '", q.lower(), "' on the dive medical questionnaire from ", shop,
              ", so a physician has to sign it before I can dive.")  # fmt: skip
        d.add("We leave for ", Phi(trip_town, "LOCATION"), ", ", country, " on ", c.short_date(c.soon()), ".",
              *([" I use ", drug] if drug is not None else [" No medication now"]), " and my chart says ", code, ".")  # fmt: skip
        d.add(
            "Is the ",
            c.epo("dive_move", 0.0),
            " enough to equalize, or should I try the ",
            c.epo("dive_move", 0.0),
            "?",
        )
        d.add("My ", c.device("dive"), " dive computer (serial ", c.serial(), ") logs every dive if you want the data.")
        d.add("Dive insurance: ", c.ins("dive"), " member #", Phi(c.digits(c.pick((7, 8, 9))), "HEALTH_PLAN"), ".")
        d.add("Please fax the signed form to the shop at ", c.fax(t), " or mail it to ", c.address(t), ".")
        if c.chance(0.5):
            d.add("Open Water cert #", c.ident("DDDDLDDDDD"), ", DOB ", c.dob(p, 1955, 2008), ", MRN ", c.mrn(), ".")
        sign(c, d, p, t)
    elif layout == 1:
        d.add(
            c.pick(("Diving medical - my YES answers", "Dive medical questionnaire follow-up", "DIVING MEDICAL FORM"))
        )
        hdr_cols(c, d, p, c.pick(("Diver", "Patient", "Name")))
        qs = c.r.sample(DIVE_QUESTIONS, c.r.randrange(2, 4))
        for i, question in enumerate(qs, 1):
            asked, drug, code = _dive_q(c, question)
            treat = [" - on ", drug] if drug is not None else [" - no treatment now"]
            d.add(f"{i}. {asked}: yes", treat, " (", code, ")")
        d.add("Trip: ", Phi(trip_town, "LOCATION"), ", ", country, ", ", c.when(c.soon(), c.pick(("BdY", "mdY", "dBY"))),
              ", boat operator phone ", c.phone_abroad(key))  # fmt: skip
        d.add("Computer: ", c.device("dive", 1.0), ", SN ", c.serial())
        d.add("Insurer: ", ins_line(c, t), "; dive coverage ", c.ins("dive"))
        d.add("Shop: ", shop, ", fax ", c.fax(t), ", instructor ", c.name(c.person(), c.pick(("full", "init"))))
        d.add("Please send to ", c.dept("dive"), " for review (", c.cpt("dive"), ").")
        if c.chance(0.4):
            d.add("ID for the boat manifest: ", t.state, " DL ", c.licence(t.state))
        sign(c, d, p, t)
    else:
        buddy = c.person()
        what, code = c.pick(DIVE_INJURIES)
        desk = c.dept("dive")
        d.add(chat_line(c, [c.name(p, "given")], "back from ", Phi(trip_town, "LOCATION"),
                        ", ears still blocked since the last dive on ", c.short_date()))  # fmt: skip
        d.add(chat_line(c, desk, "Sorry to hear. Did you use the ", c.epo("dive_move", 0.0),
                        "? Any vertigo? Your dive medical from ", shop, " is on file."))  # fmt: skip
        d.add(chat_line(c, [c.name(p, "given")], "yes, tried it. my buddy ", c.name(buddy, c.pick(("full", "given"))),
                        f" thinks it is {what}, something about ", c.epo("dive_law", 0.3), ". took ", Keep(c.pick(("Sudafed", "Afrin")), "drug"),
                        " on the boat"))  # fmt: skip
        d.add(chat_line(c, desk, "Please come in, it may be ", code, ". Bring your ", c.device("dive"), " log. Your ",
                        ins_line(c, t), " should cover ", c.cpt("dive"), "."))  # fmt: skip
        if c.chance(0.6):
            d.add(chat_line(c, [c.name(p, "given")], "ok. my cell is ", c.phone(t), ", i am at ", c.address(t)))
        d.add(
            chat_line(c, desk, "Booked ", c.short_date(c.soon()), " at ", c.clock(), " with ", c.doc_name(doc_p), ".")
        )
    return d


# (complaint as logged, ICD-10-CM code, an eponym that goes with it or None)
RACE_COMPLAINTS = [
    ("collapsed at the finish", "R55", None), ("cramps in both calves", "M62.831", None),
    ("confused, vomiting", "E87.1", None), ("core temp 105.8", "T67.02XA", None), ("dizzy, dehydrated", "E86.0", None),
    ("rolled ankle at mile 9", "S93.401A", ("Maisonneuve", "fracture ruled out")), ("heel pain", "M76.60", ("Achilles", "tendon")),
    ("knee swelling", "M25.461", ("Baker", "cyst")), ("forefoot pain", "S92.351A", ("Jones", "fracture")),
    ("chest fluttering", "R00.2", ("Wolff-Parkinson-White", "")), ("white fingers", "I73.00", ("Raynaud", "phenomenon")),
    ("anterior knee pain", "M22.2X1", ("Hoffa", "fat pad")),
    ("back of heel bump", "M77.31", ("Haglund", "deformity")),
]  # fmt: skip


def _complaint(c: Ctx) -> tuple[str, Keep, list[Any]]:
    text, code, epo = c.pick(RACE_COMPLAINTS)
    return text, Keep(code, "code"), c._eponym(epo[0], epo[1], 0.2) if epo else []


def m_race_tent(c: Ctx) -> Doc:
    d, p = Doc(), c.person()
    t = c.home_town(p)
    club = c.facility(RACE_CLUBS)
    layout = c.r.randrange(3)
    if layout == 0:
        what, code, epo = _complaint(c)
        d.add(greet(c, c.person(), c.dept("sport") if c.chance(0.4) else None))
        d.add("I was seen in the medical tent after the ", club, " race on ", c.short_date(), " (bib ",
              Phi(c.digits(c.pick((3, 4, 5))), "ID"), ", timing chip ", c.device("chip", 0.5), " ", c.serial(), ").")  # fmt: skip
        d.add(f"I came in with {what}; they wrote ", code, ", checked my sodium on the ", c.device("poc"), " and gave me ",
              c.drug("race"), ".")  # fmt: skip
        if epo:
            d.add("The tent doctor mentioned ", epo, " - is that something I should get imaged?")
        d.add(
            "Could you get the tent notes? The race medical director is ",
            c.doc_name(c.person()),
            ", ",
            c.staff_email(c.person()),
            ".",
        )
        if c.chance(0.5):
            d.add(
                "My ",
                c.kin(p),
                " drove me home - our car is on the race parking list under plate ",
                c.plate(t.state),
                ".",
            )
        if c.chance(0.5):
            d.add("PS the oldest finisher was ", c.old_age(), " years old and still beat me.")
        hdr_cols(c, d, p, "Runner")
        sign(c, d, p, t)
    elif layout == 1:
        director = c.person()
        d.add("Medical tent log - ", club, " - ", c.when(c.recent(), c.pick(("BdY", "wBdY", "mdY"))))
        d.add("To: ", c.dept("sport"), " at ", c.facility(HOSPITALS), "; from ", c.doc_name(director))
        d.blank()
        d.add("| Bib | Runner | Age | In | Complaint | Disposition |")
        d.add("|---|---|---|---|---|---|")
        for _ in range(c.r.randrange(3, 5)):
            r = c.person()
            what, code, epo = _complaint(c)
            age: Any = c.old_age() if c.chance(0.2) else str(c.young_age(16, 78))
            dispo = c.pick(
                (
                    ["released, ", c.drug("race")],
                    ["EMS to ", c.facility(HOSPITALS)],
                    ["ice, follow up ", c.dept("sport")],
                )
            )
            if epo:
                dispo = [epo, "? ", dispo]
            d.add("| ", Phi(c.digits(c.pick((3, 4))), "ID"), " | ", c.name(r, c.pick(("full", "last_first", "init"))), " | ", age,
                  " | ", c.clock(), " | ", what, " (", code, ") | ", dispo, " |")  # fmt: skip
        d.blank()
        d.add(
            "Sodium on ",
            c.device("poc", 1.0),
            "; temps by ",
            c.device("thermo", 1.0),
            "; AED on site ",
            c.device("aed", 1.0),
            ".",
        )
        d.add("Questions: ", c.phone(t), " or ", org_email(c), ". Billing for transports goes to ", ins_line(c, t), ".")
    else:
        medic = c.person()
        who = c.pick(("Medical tent B", "Medical tent A", "Finish line medical tent", "Mile 20 medical tent"))
        d.add(chat_line(c, who, "runner bib ", Phi(c.digits(4), "ID"), ", ", c.name(p, c.pick(("full", "caps_first", "nick"))), ", ",
                        c.pick(("wobbly", "confused", "pale, sweaty")), ", temp 104.1 on the ", c.device("thermo")))  # fmt: skip
        d.add(chat_line(c, [c.name(medic, "given")], "ice tub now. sodium on the ", c.device("poc", 0.0), " 128, ",
                        Keep(c.pick(("E87.1", "T67.02XA")), "code")))  # fmt: skip
        word, rel = c.kin_relative(p)
        d.add(chat_line(c, who, "family here: ", word, " ", c.name(rel, "full"), " ", c.phone(t)))
        what, code, epo = _complaint(c)
        d.add(chat_line(c, [c.name(medic, "given")], "EMS to ", c.facility(HOSPITALS), ", gave ", c.drug("race"),
                        f". next one: {what} (", code, ")", *([", ", epo, "?"] if epo else [])))  # fmt: skip
        if c.chance(0.5):
            d.add(
                chat_line(
                    c,
                    who,
                    "also walker in tent A, age ",
                    c.old_age(),
                    ", fine, just tired. sat ",
                    c.device("spo2"),
                    " 97%",
                )
            )
        d.add(chat_line(c, [c.name(medic, "given")], "send the tent sheet to ", c.dept("sport"),
                        ", plate of the car blocking the ambulance is ", c.plate(t.state)))  # fmt: skip
    return d


VACCINES = ["Boostrix", "Heplisav-B", "Engerix-B", "Shingrix", "MMR II", "Priorix"]


def m_home_study(c: Ctx) -> Doc:
    d = Doc()
    a = c.person()
    b = c.person(a.culture, not a.female)
    if c.chance(0.7):
        b.surname = a.surname
    t = c.home_town(a)
    agency = c.facility(AGENCIES)
    cond, code, drug = c.cond("adopt")
    treated = [", well controlled on ", drug] if drug is not None else [""]
    layout = c.r.randrange(3)
    if layout == 0:
        d.add(greet(c, c.person(), c.dept("peds") if c.chance(0.3) else None))
        d.add("We are adopting and our agency, ", agency, ", needs the physician's report for our home study (case ",
              c.ident("LL-DD-DDDD"), ") by ", c.short_date(c.soon()), ".")  # fmt: skip
        d.add(
            "Both of us need a TB test - is the ",
            c.device("tb"),
            " blood test OK, or do you do the ",
            c.epo("tb", 0.0),
            "?",
        )
        d.add("My ", c.pick(("wife" if b.female else "husband", "partner")), " ", c.name(b, c.pick(("full", "mid", "init"))), " has ", cond,
              " (", code, ")", treated, ".")  # fmt: skip
        d.add(
            "The social worker, ", c.name(c.person(), "full"), ", asked for a note that it does not affect parenting."
        )
        if c.chance(0.5):
            d.add("Already uploaded to ", c.url(), ":")
            d.add("- vaccine records (", Keep(c.pick(VACCINES), "drug"), ", lot ", c.lot(), ")")
            d.add("- my ", t.state, " driver's license ", c.licence(t.state))
        d.add(
            "Codes from the agency sheet: ",
            Keep("Z02.82", "code"),
            ", ",
            c.cpt("adopt"),
            ". Please fax to ",
            c.fax(t),
            ".",
        )
        d.add("Our insurance is ", ins_line(c, t), ".")
        if c.chance(0.4):
            d.add(
                "The home study also counts my ", c.kin_word(a, True), ", who lives with us; she is ", c.old_age(), "."
            )
        sign(c, d, a, t)
    elif layout == 1:
        d.add(
            c.pick(
                (
                    "HOME STUDY - PHYSICIAN'S REPORT",
                    "Home study medical statement",
                    "Adoptive applicant home study health form",
                )
            )
        )
        d.add("Agency:\t", agency, "\tCase #:\t", c.ident("HS-DD-DDDDD"))
        for who in (a, b):
            d.add(
                "Applicant:\t",
                c.name(who, c.pick(("last_first", "full"))),
                "\tDOB:\t",
                c.dob(who, 1960, 2000),
                "\tMRN:\t",
                c.mrn(),
            )
            if c.chance(0.4):
                d.more("\tSSN:\t", c.ssn())
        d.add("Address:\t", c.address(t), "\tPhone:\t", c.phone(t))
        if c.chance(0.45):
            elder = c.relative(a, c.chance(0.6))
            d.add(
                "Household:\t",
                c.kin_word(a, elder.female),
                " ",
                c.name(elder, c.pick(("full", "given"))),
                ", age ",
                c.old_age(),
            )
        d.add("TB screening:\t", c.device("tb"), " negative ", c.short_date())
        for _ in range(c.r.randrange(1, 3)):
            d.add(
                "Vaccine:\t", Keep(c.pick(VACCINES), "drug"), "\tlot ", c.lot(), "\tNDC ", c.ndc(), "\t", c.short_date()
            )
        d.add("Diagnoses:\t", code, "\t", cond)
        if drug is not None:
            d.add("Medications:\t", drug)
        d.add("Visit codes:\t", Keep("Z02.82", "code"), "\t", c.cpt("adopt"))
        d.add("Examiner:\t", c.doc_name(c.person()), " (", c.dept("peds"), ")\tNPI ", c.npi())
        if c.chance(0.6):
            d.add("Driver's license:\t", t.state, " ", c.licence(t.state))
        if c.chance(0.4):
            d.add("Vehicle (infant seat checked):\t", t.state, " plate ", c.plate(t.state))
    else:
        sw = c.person()
        d.add("On ", c.short_date(), ", ", c.name(sw, "full"), " <", org_email(c), "> wrote:")
        d.add("> Hi ", c.name(a, "given"), ", for the home study I still need the medical report for both of you, the ",
              c.device("tb", 0.0), " results and proof that the child's ", c.pick(("hepatitis B", "TB", "HIV")), " screen was reviewed.")  # fmt: skip
        child_town, country, key = c.abroad(c.pick(("lr", "la", "al")))
        d.add("> The referral from ", Phi(child_town, "LOCATION"), ", ", country, " lists the child's birth date as ",
              c.when(c.day(2016, 2024), "dmy"), ". Orphanage phone: ", c.phone_abroad(key), ".")  # fmt: skip
        d.blank()
        d.add(
            "Dr. ",
            c.name(c.person(), "surname"),
            " - forwarding this. Can the ",
            c.dept("peds"),
            " review the child's file too?",
        )
        d.add(
            "Vaccines we had: ",
            Keep(c.pick(VACCINES), "drug"),
            " (lot ",
            c.lot(),
            "). My ",
            cond,
            " is stable (",
            code,
            ")",
            treated,
            ".",
        )
        d.add("We are both on ", ins_line(c, t), ". Thanks!")
        sign(c, d, a, t)
    return d


def m_plan_504(c: Ctx) -> Doc:
    d, parent = Doc(), c.person()
    kid = c.relative(parent)
    t = c.home_town(parent)
    school = c.facility(SCHOOLS)
    layout = c.r.randrange(3)
    if c.chance(0.25):
        dx: list[Any] = [
            "type 1 diabetes (",
            Keep("E10.9", "code"),
            "), on the ",
            c.device("cgm"),
            " (serial ",
            c.serial(),
            ")",
        ]
    else:
        cond, code, drug = c.cond("school")
        dx = [cond, " (", code, ")", *([", on ", drug] if drug is not None else [])]
    if layout == 0:
        d.add(greet(c, c.person(), c.dept("peds") if c.chance(0.3) else None))
        d.add(
            school,
            " needs a doctor's letter for ",
            c.name(kid, c.pick(("given", "full"))),
            "'s 504 plan. The diagnosis is ",
            dx,
            ".",
        )
        d.add(
            "The meeting is ",
            c.short_date(c.soon()),
            ". Student ID ",
            c.ident("DDDDDDD"),
            ", DOB ",
            c.dob(kid, 2008, 2019),
            ".",
        )
        cond2, code2, _ = c.cond("school")
        d.add("Could the letter also mention the ", cond2, " (", code2, ")? The counselor, ", c.name(c.person(), c.pick(("full", "init"))),
              ", said it helps. Fax: ", c.fax(t), ".")  # fmt: skip
        d.add("Insurance: ", ins_line(c, t, "medicaid" if c.chance(0.5) else ""), ".")
        sign(c, d, parent, t, c.pick(("", f" ({c.pick(('mom' if parent.female else 'dad', 'parent', 'guardian'))})")))
    elif layout == 1:
        d.add(c.pick(("504 Plan - medical accommodations requested", "Requested 504 plan accommodations")))
        hdr_cols(c, d, kid, "Student")
        d.add("School: ", school, "    Grade ", str(c.r.randrange(1, 13)))
        d.add("Diagnosis: ", dx)
        items = [
            ["Unlimited water and restroom access (", Keep("G90.A", "code"), ")"],
            ["Extra time on tests; quiet room (", Keep(c.pick(("F90.2", "F90.0", "F84.5")), "code"), ")"],
            ["May carry ", Keep(c.pick(("EpiPen Jr", "Auvi-Q 0.15 mg", "Baqsimi", "Gvoke HypoPen", "Zegalogue")), "drug"),
             " and a phone for the ", c.device("cgm", 0.5), " app"],
            ["Nurse to call parent at ", c.phone(t), " for readings below 70"],
            ["Elevator pass for ", c.cond("school")[0]],
            ["Rest breaks in PE; no timed mile"],
        ]  # fmt: skip
        for i, it in enumerate(c.r.sample(items, c.r.randrange(3, 5)), 1):
            d.add(f"{i}. ", it)
        d.add("Signed for ", c.dept("peds"), ": ", c.doc_name(c.person()), "  ", c.when(c.recent(), "mdY"))
    else:
        counselor = c.person()
        d.add("> From ", c.name(counselor, "full"), " (counselor, ", school, "):")
        d.add("> Please have the physician complete the attached 504 plan form and fax it to ", c.fax(t), ".")
        d.add("> Student ID ", c.ident("DDDDDD"), ". Email me at ", c.email(counselor), " with questions.")
        d.blank()
        d.add("Hi, forwarding the school's note. ", c.name(kid, "given"), " has ", dx, ".")
        d.add("Last visit ", c.short_date(), " with ", c.dept("peds"), " (", c.cpt("school"), "). Can you fill it in?")
        d.add("Our ", c.ins(c.pick(("medicaid", "regional"))), " ID is ", c.member_id(), ".")
        sign(c, d, parent, t)
    return d


def m_wearable(c: Ctx) -> Doc:
    d, p = Doc(), c.person()
    t = c.home_town(p)
    maker, model = c.maker_model("wear")
    cond, code, drug = c.cond("heart_dx")
    layout = c.r.randrange(3)
    if layout == 0:
        d.add(greet(c, c.person(), c.dept("heart") if c.chance(0.4) else None))
        d.add("My ", maker, " ", model, " ", c.pick(("watch", "ring", "tracker")), " flagged ",
              c.pick(("possible AFib", "a high heart rate", "low oxygen at night", "an irregular rhythm")), " on ",
              c.short_date(), ". Can I share the wearable data with you?")  # fmt: skip
        d.add("The app asks for a clinic code and my device serial, ", c.serial(), ". It synced from ", c.ip(), ".")
        d.add("I was told I have ", cond, " (", code, ")", *([" and I take ", drug] if drug is not None else []),
              ". Last year I wore a ", c.epo("heart_test", 0.0), ".")  # fmt: skip
        if c.chance(0.5):
            d.add("Is remote monitoring (", c.cpt("heart"), ") covered by ", ins_line(c, t), "?")
        hdr_cols(c, d, p)
        sign(c, d, p, t)
    elif layout == 1:
        d.add("Wearable readings for ", c.name(p, c.pick(("full", "last_first"))), " - ", maker, " ", model)
        d.add("Date\tTime\tHR\tRhythm\tNote")
        for _ in range(c.r.randrange(3, 5)):
            d.add(c.when(c.recent(), c.pick(("mdY", "md", "iso"))), "\t", c.clock(h24=True), "\t", str(c.r.randrange(48, 171)),
                  "\t", c.pick(("AF?", "sinus", "irregular", "inconclusive")), "\t", c.pick(("walking", "asleep", "after coffee", "resting")))  # fmt: skip
        d.blank()
        d.add(
            "Sent to ",
            c.dept("heart"),
            " for review. Known ",
            cond,
            " (",
            code,
            ")",
            *([", on ", drug] if drug is not None else []),
            ".",
        )
        d.add("Phone IMEI ", c.imei(), "; account e-mail ", c.email(p), "; MRN ", c.mrn(), ".")
        sign(c, d, p, t)
    else:
        agent = c.person()
        mail_head(c, d, [c.name(agent, "full"), " <", c.staff_email(agent), ">"], c.email(p),
                  ["Wearable data share - ticket ", c.ident("DDDDDDDD")])  # fmt: skip
        d.add(
            "> Your ",
            model,
            " (serial ",
            c.serial(),
            ") was linked to ",
            c.dept("heart"),
            " at ",
            c.facility(CLINICS),
            ".",
        )
        d.add(
            "> Readings upload nightly to ", c.url(), ". Billing for ", c.cpt("heart"), " goes to ", ins_line(c, t), "."
        )
        d.blank()
        d.add(
            "Thanks. Two questions: does ",
            maker,
            " share my location? And will the report show my ",
            cond,
            " (",
            code,
            ")?",
        )
        d.add("I also take ", drug or Keep("metoprolol succinate 25 mg", "drug"), ". My ", c.pick(("son", "daughter")), " ",
              c.name(c.relative(p), "full"), " helps me, phone ", c.phone(t), ".")  # fmt: skip
        sign(c, d, p, t)
    return d


def m_palm_vein(c: Ctx) -> Doc:
    d, p = Doc(), c.person()
    t = c.home_town(p)
    maker, model = c.maker_model("palm")
    cond, code, drug = c.cond("palm")
    layout = c.r.randrange(3)
    if layout == 0:
        d.add(greet(c, None, c.dept("records")))
        d.add("At check-in on ", c.short_date(), " the kiosk asked me to enroll in palm vein scanning (", maker, " ", model,
              "). I do not want my biometrics stored.")  # fmt: skip
        d.add("The screen showed enrollment ID ", c.ident("DDDDDDDDDD"), " - please delete it and note my opt-out.")
        d.add(
            "Also it never reads my hand because of my ",
            cond,
            " (",
            code,
            ")",
            *([", I take ", drug] if drug is not None else []),
            ".",
        )
        d.add("I come every week for my ", c.pick((["B12 shot (", Keep("J3420", "code"), ", ", Keep("D51.0", "code"), ")"],
                                                   ["anemia shot (", Keep(c.pick(("J0885", "Q5106")), "code"), ", ",
                                                    Keep(c.pick(("Retacrit", "Procrit")), "drug"), ")"])),
              ", so I'd rather show my ", c.ins(c.pick(("regional", "medicaid", "medicare"))), " card.")  # fmt: skip
        if c.chance(0.4):
            d.add(
                "My ",
                c.kin_word(p, True),
                ", who is ",
                c.old_age(),
                ", got the same question - please opt her out too.",
            )
        hdr_cols(c, d, p)
        sign(c, d, p, t)
    elif layout == 1:
        front, desk = c.person(), c.dept("records")
        d.add(chat_line(c, [c.name(front, "given")], "palm scan failed x3 for ", c.name(p, c.pick(("full", "last_first"))),
                        ", MRN ", c.mrn()))  # fmt: skip
        d.add(chat_line(c, desk, "Known issue with ", cond, " (", code, "). Use photo ID instead."))
        d.add(
            chat_line(
                c, [c.name(front, "given")], "pt shows ", t.state, " DL ", c.licence(t.state), ", ins ", ins_line(c, t)
            )
        )
        d.add(chat_line(c, desk, "ok. the ", model, " at kiosk 3 (", c.ip(), ") needs a reboot anyway"))
        if c.chance(0.6):
            d.add(chat_line(c, [c.name(front, "given")], "pt also asks who sees the palm vein data. gave the ", c.dept("records"),
                            " number"))  # fmt: skip
    else:
        officer = c.person()
        d.add(c.pick(("Re: palm vein enrollment opt-out", "Your palm scan enrollment - privacy notice")))
        d.add("Dear ", c.titled(p), ",")
        d.add(
            "We received your request of ",
            c.short_date(),
            " regarding palm vein scanning at ",
            c.facility(CLINICS),
            ".",
        )
        d.add(
            "- Your template (enrollment ",
            c.ident("LDDDDDDDD"),
            ") was deleted from the ",
            maker,
            " ",
            model,
            " system.",
        )
        d.add("- No image of your palm is stored; the ", c.dept("records"), " keeps a record of your opt-out.")
        d.add(
            "- Please bring photo ID and your ",
            c.ins(c.pick(("regional", "medicare", "employer"))),
            " card to each visit.",
        )
        if c.chance(0.5):
            d.add("- Staff will note your ", cond, " (", code, ") so no one asks you to scan again.")
        d.add("Questions: ", c.phone(), ", or write to ", c.address(t), ".")
        d.add(c.name(officer, "full"), ", ", c.dept("records"))
    return d


def m_snowbird(c: Ctx) -> Doc:
    d, p = Doc(), c.person()
    t, south = c.home_town(p), c.town("south")
    leave, back = c.day(2025, 2025), c.day(2026, 2026)
    cond, code, drug = c.cond("senior")
    drug = drug or c.drug("senior")
    layout = c.r.randrange(3)
    if layout == 0:
        d.add(greet(c, c.person(), c.dept("senior") if c.chance(0.3) else None))
        d.add("We are snowbirds again - from ", c.short_date(leave), " to ", c.short_date(back), " we will be at ",
              c.address(south), ".")  # fmt: skip
        if c.chance(0.5):
            d.add("Please send these to ", c.facility(PHARMACIES), " there:")
            d.add("- ", drug)
            d.add("- ", c.drug("senior"))
            if c.chance(0.5):
                d.add("- test strips and lancets (", Keep(c.pick(("A4253", "A4259")), "code"), ")")
        else:
            d.add("Please send my ", drug, " and ", c.drug("senior"), " to ", c.facility(PHARMACIES), " there.")
        d.add("Is my ", ins_line(c, t, "medicare"), " in network down there, or only for emergencies?")
        if c.chance(0.4):
            d.add(
                "We drive down; the car is ",
                t.state,
                " plate ",
                c.plate(t.state),
                ", VIN ",
                c.vin(),
                ", if the garage pass needs it.",
            )
        if c.chance(0.6):
            d.add(
                "My ",
                c.device("cardiac"),
                " monitor and ",
                c.device("sleep"),
                " (serial ",
                c.serial(),
                ") come with me.",
            )
        d.add("For my ", cond, " (", code, ") can the ", c.dept("senior"), " do the ", c.cpt("senior"),
              " by phone? Winter phone ", c.phone(south), ".")  # fmt: skip
        if c.chance(0.6):
            d.add("My mother, ", c.name(c.relative(p, True), "full"), ", ", c.old_age(), ", comes with us this year.")
        sign(c, d, p, t)
    elif layout == 1:
        d.add(c.pick(("SNOWBIRD / SEASONAL ADDRESS FORM", "Seasonal (snowbird) address update")))
        d.add("Patient:\t", c.name(p, "last_first"), "\tDOB:\t", c.dob(p, 1930, 1962), "\tMRN:\t", c.mrn())
        d.add("Home:\t", c.address(t))
        d.add("Winter:\t", c.address(south), "\tfrom\t", c.when(leave, "mdY"), "\tto\t", c.when(back, "mdY"))
        d.add("Winter phone:\t", c.phone(south), "\tE-mail:\t", c.email(p))
        d.add("Plan:\t", ins_line(c, t, "medicare"), "\tPart D:\t", c.ins("medicare"))
        d.add("Problem:\t", cond, "\t", code, "\t", drug)
        d.add(
            "Devices:\t", c.device(c.pick(("cardiac", "sleep"))), "\tSN\t", c.serial(), "\tHCPCS\t", c.hcpcs("senior")
        )
        d.add("Car:\t", south.state, " plate ", c.plate(south.state), "\tVIN\t", c.vin())
        d.add("Care team:\t", c.dept("senior"))
        if c.chance(0.4):
            d.add("Florida/Arizona license:\t", south.state, " ", c.licence(south.state))
    else:
        nurse = c.person()
        d.add(
            chat_line(
                c,
                [c.name(p, "given")],
                "hi its ",
                c.name(p, "full"),
                ", snowbird again. we drive down ",
                c.short_date(leave),
            )
        )
        d.add(chat_line(c, [c.name(nurse, "given")], "Safe travels! Your INR is due - the ", Keep("Anticoagulation Clinic", "department"),
                        " can mail a home meter (", Keep("G0249", "code"), "). Address down there?"))  # fmt: skip
        d.add(chat_line(c, [c.name(p, "given")], c.address(south), ". phone ", c.phone(south)))
        d.add(chat_line(c, [c.name(nurse, "given")], "Got it. ", drug, " refill goes to ", c.facility(PHARMACIES),
                        " in ", c.location(south), "."))  # fmt: skip
        d.add(chat_line(c, [c.name(p, "given")], "thanks. also my ", cond, " doc wants ", c.cpt("senior"),
                        " (", code, "), is that ok with ", c.ins("medicare"), "?"))  # fmt: skip
        if c.chance(0.5):
            d.add(chat_line(c, [c.name(nurse, "given")], "Yes. Please also update the car for the garage pass: plate ",
                            c.plate(south.state), "."))  # fmt: skip
    return d


def m_cobra(c: Ctx) -> Doc:
    d, p = Doc(), c.person()
    t = c.home_town(p)
    employer = c.facility(EMPLOYERS)
    admin = c.ins("cobra")
    plan = c.ins(c.pick(("regional", "employer", "tpa")))
    cond, code, drug = c.cond("money")
    drug = drug or c.drug("money")
    layout = c.r.randrange(3)
    if layout == 0:
        d.add(greet(c, None, c.dept("money")))
        d.add(
            "I was laid off from ",
            employer,
            " on ",
            c.short_date(),
            " and got the COBRA election notice from ",
            admin,
            ".",
        )
        d.add("I have ", c.pick(("surgery", "a procedure", "an MRI")), " (", c.cpt("money"), ") scheduled ", c.short_date(c.soon()),
              ". If I elect COBRA, will ", plan, " still cover it retroactively?")  # fmt: skip
        d.add("I also take ", drug, " for ", cond, " (", code, ") - the copay card is ", c.card(), ".")
        d.add(
            "COBRA ID ", c.ident("DDDDDDDDD"), ", old member ID ", c.member_id(), ", SSN on the notice ", c.ssn(), "."
        )
        if c.chance(0.5):
            mark = c.pick(("- ", "* "))
            d.add("Other questions:")
            d.add(mark, "does ", c.ins("dental"), " continue too?")
            d.add(mark, "is ", c.ins("vision"), " part of the election?")
            d.add(mark, "can I pay the premium by card (", c.card(), ")?")
        elif c.chance(0.5):
            d.add("My dentist asks if ", c.ins("dental"), " continues too.")
        sign(c, d, p, t)
    elif layout == 1:
        d.add("Coverage options after job loss - ", c.name(p, "full"), " (", employer, ")")
        d.add("| Option | Carrier | Monthly | Notes |")
        d.add("|---|---|---|---|")
        d.add("| COBRA | ", plan, " via ", admin, " | $", str(c.r.randrange(480, 2400)), " | elect by ",
              c.when(c.soon(), "mdY"), " |")  # fmt: skip
        d.add("| Marketplace | ", c.ins("regional"), " | $", str(c.r.randrange(90, 900)), " | covers ", drug, "? |")
        d.add("| Medicaid | ", c.medicaid(t.state), " | $0 | if income qualifies |")
        d.add(
            "| Spouse plan | ",
            c.ins("employer"),
            " | $",
            str(c.r.randrange(100, 700)),
            " | ",
            cond,
            " (",
            code,
            ") specialist in network |",
        )
        d.blank()
        d.add("Questions for ", c.dept("money"), ": does ", c.cpt("money"), " need prior auth under COBRA?")
        d.add("Reach me at ", c.phone(t), " or ", c.email(p), "; MRN ", c.mrn(), "; benefits login from ", c.ip(), ".")
    else:
        counselor = c.person()
        d.add(
            "> ", c.name(counselor, c.pick(("full", "init"))), " (", c.dept("money"), ") wrote on ", c.short_date(), ":"
        )
        d.add(
            "> You have 60 days to elect COBRA through ",
            admin,
            ". Coverage is retroactive to ",
            c.when(c.recent(), "BdY"),
            ".",
        )
        d.add("> Please send the election form to fax ", c.fax(), " and pay at ", c.url(), ".")
        d.blank()
        d.add("Thank you. I mailed it ", c.short_date(), ". My ", drug, " prior auth with ", plan, " for my ", cond,
              " (", code, ") expires soon.")  # fmt: skip
        d.add("Account for the premium: ", c.account(), ". Address: ", c.address(t), ".")
        if c.chance(0.5):
            spouse = c.relative(p, not p.female)
            d.add(
                "My ",
                "wife" if spouse.female else "husband",
                " ",
                c.name(spouse, "full"),
                " is on the notice too, SSN ",
                c.ssn(),
                ".",
            )
        sign(c, d, p, t)
    return d


MESSAGE_BUILDERS: dict[str, Callable[[Ctx], Doc]] = {
    "hsa_letter": m_hsa_letter,
    "name_change": m_name_change,
    "dive_medical": m_dive_medical,
    "race_tent": m_race_tent,
    "home_study": m_home_study,
    "plan_504": m_plan_504,
    "wearable": m_wearable,
    "palm_vein": m_palm_vein,
    "snowbird": m_snowbird,
    "cobra": m_cobra,
}


# ---------------------------------------------------------------------------------------------
# Clinical notes: a header, a body, one to three sections that carry further identifiers, a signature.


@dataclass
class Patient:
    p: Person
    town: Town
    age: int
    old: bool
    infant_weeks: int


def new_patient(c: Ctx, lo: int, hi: int, old: float = 0.0, female: bool | None = None, weeks: bool = False) -> Patient:
    p = c.person(female=female)
    t = c.home_town(p)
    if weeks:
        return Patient(p, t, 0, False, c.r.randrange(1, 20))
    if c.chance(old):
        return Patient(p, t, c.r.randrange(90, 103), True, 0)
    return Patient(p, t, c.r.randrange(lo, hi + 1), False, 0)


def _age_phi(c: Ctx, pt: Patient) -> Any:
    if pt.old:
        return Phi(AGE_WORDS[pt.age] if c.chance(0.2) else str(pt.age), "AGE")
    return str(pt.age)


def c_header(c: Ctx, d: Doc, pt: Patient, title: str, dept: Keep) -> None:
    p = pt.p
    style = c.r.randrange(4)
    vd = c.recent()
    visit = c.when(vd, c.pick(("mdY", "mdY1", "bdY", "BdY", "iso", "dbY")))
    if pt.infant_weeks:
        born = vd - timedelta(days=7 * pt.infant_weeks + c.r.randrange(7))
    else:
        born = vd - timedelta(days=365 * pt.age + c.r.randrange(30, 330))
    dob = c.when(born, culture=p.culture if c.chance(0.25) else "")
    if pt.infant_weeks:
        age: list[Any] = [f"Age: {pt.infant_weeks} week{'s' if pt.infant_weeks > 1 else ''}"]
    elif pt.old:
        age = ["Age: ", _age_phi(c, pt)]
    else:
        age = [f"Age: {pt.age} year{'s' if pt.age > 1 else ''} old"]
    if style == 0:
        d.add(title.upper() if c.chance(0.5) else title)
        d.add(
            "PATIENT: ", c.name(p, c.pick(("last_first", "full", "caps_first"))), "    DOB: ", dob, "    MRN: ", c.mrn()
        )
        d.add(age, "    Service: ", dept, "    Date of service: ", visit)
    elif style == 1:
        d.add("Pt name: ", c.name(p, c.pick(("full", "last_first", "mid", "init"))))
        d.add("DOB: ", dob, "    ", age)
        d.add("MRN: ", c.mrn(), "    Acct: ", c.account())
        d.add("Service: ", dept, " - ", visit)
        d.add(title)
    elif style == 2:
        d.add("| Patient | ", c.name(p, c.pick(("last_first", "full"))), " |")
        d.add("| DOB | ", dob, " |")
        d.add("| MRN | ", c.mrn(), " |")
        d.add("| Service | ", dept, " |")
        d.add("| Visit | ", visit, " |")
        d.add(age)
        d.add(title)
    else:
        d.add(title, " - ", dept)
        sex = ("girl" if p.female else "boy") if pt.infant_weeks or pt.age < 18 else ("woman" if p.female else "man")
        years: list[Any] = [f"{pt.infant_weeks}-week-old"] if pt.infant_weeks else [_age_phi(c, pt), "-year-old"]
        d.add(c.name(p, c.pick(("full", "mid", "init"))), " (MRN ", c.mrn(), "), a ", years, f" {sex} born ", dob,
              ", seen ", visit, ".")  # fmt: skip
        if not pt.old and not pt.infant_weeks and c.chance(0.5):
            d.add(age)
    d.blank()


def c_sections(c: Ctx, d: Doc, pt: Patient, k: int) -> None:
    p, t = pt.p, pt.town
    labels = c.r.sample(SECTION_LABELS, k)
    d.blank()
    for label in labels:
        line: list[Any] = [label]
        if label == "Registration: ":
            line += [c.address(t), "; home ", c.phone(t)]
            if c.chance(0.8):
                line += ["; SSN ", c.ssn()]
            if c.chance(0.4):
                line += ["; ", t.state, " DL ", c.licence(t.state)]
        elif label == "Guarantor: ":
            g = c.relative(p)
            rel = c.pick(("spouse", "parent", "daughter" if g.female else "son", "mother" if g.female else "father"))
            line += [c.name(g, c.pick(("last_first", "full"))), f" ({rel})", ", acct ", c.account()]
            line += c.pick((["; card on file ", c.card()], ["; SSN ", c.ssn()], ["; ", c.phone(t)]))
            if c.chance(0.4):
                line += ["; ", c.address(t)]
            if c.chance(0.3):
                line += ["; statements to ", c.email(g)]
        elif label == "Driver home: ":
            word, g = c.kin_relative(p)
            line += [word + " " if c.chance(0.3) else "", c.name(g, c.pick(("full", "given", "nick"))), ", ",
                     c.pick(("grey", "white", "red", "black", "silver")), " ", c.pick(("sedan", "minivan", "pickup", "SUV")),
                     ", ", t.state, " plate ", c.plate(t.state)]  # fmt: skip
            if c.chance(0.5):
                line += [", VIN ", c.vin()]
        elif label == "Portal: ":
            line += [c.email(p), c.pick((", last login from ", "; IP ")), c.ip()]
            if c.chance(0.3):
                line += [", proxy ", c.email(c.relative(p))]
            if c.chance(0.7):
                line += ["; ", c.url()]
        elif label == "Copies to: ":
            doc_p = c.person()
            line += [c.doc_name(doc_p), ", ", c.facility(CLINICS + HOSPITALS), ", fax ", c.fax(t)]
            if c.chance(0.4):
                line += [", ", c.staff_email(doc_p)]
        elif label == "Devices on file: ":
            line += c.pick((
                [c.device(c.pick(("cgm", "cardiac", "sleep", "wear"))), " SN ", c.serial()],
                ["phone IMEI ", c.imei()],
                [c.device(c.pick(("cgm", "cardiac", "sleep"))), " serial ", c.serial(), "; phone IMEI ", c.imei()],
            ))  # fmt: skip
        elif label == "Emergency contact: ":
            word, g = c.kin_relative(p)
            line += [word, " ", c.name(g, c.pick(("full", "given", "last_first")))]
            if c.chance(0.35):
                line += [", age ", c.old_age()]
            if c.chance(0.3):
                town, country, key = c.abroad(p.culture)
                line += [", in ", Phi(town, "LOCATION"), ", ", country, ", ", c.phone_abroad(key)]
            else:
                line += [", ", c.phone(t)]
        elif label == "Language: ":
            lang = {"al": "Albanian", "lr": "Liberian English / Kpelle", "la": "Lao"}[p.culture]
            line += [f"{lang} interpreter ", c.name(c.person(p.culture), c.pick(("full", "init", "given"))), ", ID ",
                     c.ident("DDDDDD"), c.pick((" (video)", " (phone)", " (in person)"))]  # fmt: skip
        elif label == "Outside records: ":
            line += [
                c.facility(HOSPITALS + CLINICS),
                ", accession ",
                c.ident("LL-DD-DDDDD"),
                ", dated ",
                c.when(culture=p.culture),
            ]
            if c.chance(0.5):
                line += [", images at ", c.url()]
            else:
                line += [", received by fax from ", c.fax()]
        elif label == "Late entry: ":
            line += [c.when(c.recent(), c.pick(("mdY", "mdy", "iso"))), " ", c.clock(h24=True), " by ",
                     c.name(c.person(), c.pick(("full", "init"))), ", ", c.pick(("RN", "LPN", "MA")),
                     c.pick((": patient called back, doing well.", ": family picked up discharge papers.", ": voicemail left."))]  # fmt: skip
            extra = c.r.randrange(4)
            if extra == 0:
                line += [" Callback ", c.phone(t), "."]
            elif extra == 1:
                line += [" Portal message from ", c.email(p), " (", c.ip(), ")."]
            elif extra == 2:
                line += [" Aftercare video sent: ", c.url(), "."]
            else:
                line += [" Great-grandmother, ", c.old_age(), ", signed for the papers."]
        elif label == "Payer on file: ":
            line += [ins_line(c, t, c.pick(("", "medicaid", "medicare", "regional"))), "; acct ", c.account()]
            if c.chance(0.4):
                line += ["; subscriber SSN ", c.ssn()]
        elif label == "Parking: ":
            line += ["validated for ", t.state, " plate ", c.plate(t.state)]
            if c.chance(0.6):
                line += ["; VIN on file ", c.vin()]
        d.add(line)


def c_sign(c: Ctx, d: Doc) -> None:
    who = c.person()
    cred = c.pick(CLIN_CREDS)
    style = c.r.randrange(4)
    name = c.name(who, c.pick(("full", "full", "init", "mid")))
    when = c.when(c.recent(), c.pick(("mdY", "mdY1", "mdy", "BdY")))
    if style == 0:
        line: list[Any] = ["Electronically signed by ", name, f", {cred} on ", when, f" at {c.clock(h24=True)}"]
    elif style == 1:
        line = ["Signed: ", name, f", {cred}   ", when]
    elif style == 2:
        line = ["Authenticated by ", name, f", {cred} on ", when]
    else:
        line = ["Dictated by ", name, f", {cred}; transcribed ", when]
    if c.chance(0.45):
        line += [" | NPI ", c.npi()]
    if c.chance(0.3):
        line += [" | DEA ", c.dea(who)]
    d.blank()
    d.add(line)


def _side(c: Ctx) -> str:
    return c.pick(("right", "left"))


def coverage(c: Ctx, pt: Patient, cat: str = "") -> list[Any]:
    """A coverage sentence: the insurer (kept) and, usually, the member number (PHI)."""
    if pt.old or pt.age >= 65:
        cat = cat or c.pick(("medicare", "medicare", "regional"))
    lead = c.pick(("Coverage: ", "Insurance: ", "Prior auth on file with ", "Payer: "))
    if c.chance(0.8):
        return [lead, ins_line(c, pt.town, cat), "."]
    return [lead, c.ins(cat or c.pick(("regional", "employer", "medicaid"))), "."]


def n_peritonsillar(c: Ctx, d: Doc, pt: Patient) -> None:
    side = _side(c)
    d.add("Indication: ", str(c.r.randrange(3, 8)), "-day sore throat, trismus and a muffled voice; ", c.epo("throat_score", 0.0),
          f" {c.r.randrange(1, 5)}. Rapid strep (", c.device("strep", 0.5), ") negative.")  # fmt: skip
    d.add("Dx: ", Keep("J36", "code"), f" peritonsillar abscess, {side}; also ", Keep(c.pick(("J03.90", "J02.0", "B27.90", "R13.10")), "code"),
          "; no signs of ", c.epo("throat_risk"), ".")  # fmt: skip
    d.add("Procedure (", Keep("42700", "code"), "): topical ", Keep(c.pick(("Hurricaine", "Cetacaine")), "drug"), ", 3 mL ",
          Keep("lidocaine 1% with epinephrine", "drug"), ". 18-gauge ", Keep("Quincke", "eponym"),
          f" needle at the {side} superior pole, {c.r.randrange(2, 9)} mL pus aspirated; then incision with a #11 blade and a ",
          c.epo("throat_tool", 0.0), ". Headlight: ", c.device("headlight"), ".")  # fmt: skip
    if c.chance(0.4):
        d.add("A ", c.epo("throat_gag", 0.0), " was not needed.")
    d.add("Meds: ", Keep(c.pick(("Unasyn 3 g", "Cleocin 300 mg")), "drug"), " IV, ", Keep("Decadron 10 mg", "drug"), " IV (",
          Keep(c.pick(("J0295", "J1100")), "code"), "); discharged on ", Keep(c.pick(("Augmentin 875 mg", "Cleocin 300 mg")), "drug"),
          " and ", Keep(c.pick(("Magic mouthwash", "Toradol 30 mg")), "drug"), ".")  # fmt: skip
    d.add(
        "Plan: ",
        c.dept("ent"),
        " recheck in 48 hours; return for drooling, stridor or neck swelling. ",
        coverage(c, pt),
    )


def n_punctal(c: Ctx, d: Doc, pt: Patient) -> None:
    dry, dry_code, _ = c.cond("dry_eye")
    d.add("Indication: ", dry, " (", dry_code, ") despite ", c.drug("eye"), " and ", c.drug("eye"), "; ", Keep("Schirmer", "eponym"),
          f" test {c.r.randrange(2, 7)} mm OD / {c.r.randrange(2, 7)} mm OS; ", Keep("Oxford", "eponym"),
          f" grade {c.r.randrange(2, 5)} staining; osmolarity by ", c.device("osmo"), f" {c.r.randrange(300, 340)}; ",
          c.device("mmp9", 0.5), " positive.")  # fmt: skip
    if c.chance(0.7):
        hx, hx_code, hx_drug = c.cond("eye_hx")
        d.add("History: ", hx, " (", hx_code, ")", *([", on ", hx_drug] if hx_drug is not None else []), ".")
    maker, model = c.maker_model("plug")
    d.add("Procedure (", Keep("68761", "code"), " x2): ", Keep("Alcaine 0.5%", "drug"), "; punctal dilation; ", maker, " ", model,
          " 0.", str(c.r.randrange(4, 9)), " mm plugs placed in the right and left lower puncta under the ",
          c.device("slit", 1.0), " slit lamp; lot ", c.lot(), ".")  # fmt: skip
    if c.chance(0.5):
        d.add("Plan:")
        d.add("* continue ", c.drug("eye"))
        d.add("* ", Keep("Jones", "eponym"), " dye test if tearing")
        d.add("* recheck in ", c.dept("eye"), " in 6 weeks; vision plan ", c.ins("vision"))
        d.add(coverage(c, pt))
    else:
        d.add("Plan: continue ", c.drug("eye"), "; ", Keep("Jones", "eponym"), " dye test if tearing; recheck in ", c.dept("eye"),
              " in 6 weeks. Vision plan: ", c.ins("vision"), ". ", coverage(c, pt))  # fmt: skip


LUNG_COMPLAINTS = [("cough", "R05.9"), ("wheeze with exercise", "R06.2"), ("chest tightness", "R07.89"),
                   ("shortness of breath", "R06.02"), ("cough-variant asthma suspected", "J45.991")]  # fmt: skip


def n_methacholine(c: Ctx, d: Doc, pt: Patient) -> None:
    fev1 = c.r.randrange(180, 420) / 100
    what, code = c.pick(LUNG_COMPLAINTS)
    d.add(f"Indication: {what} (", Keep(code, "code"), "); baseline spirometry normal. Rule out asthma.")
    d.add(f"Baseline FEV1 {fev1:.2f} L ({c.r.randrange(82, 110)}% predicted, ", c.epo("lung_ref", 0.0), ").")
    line: list[Any] = ["Protocol: ", Keep("Provocholine", "drug"), " (lot ", c.lot(), ") by ", c.device("dosimeter"),
                       ", five-breath method; spirometer ", c.device("spiro", 1.0)]  # fmt: skip
    if c.chance(0.4):
        line += ["; mouthpiece with a ", c.device("valve", 1.0)]
    d.add(line, ".")
    d.add("| Dose (mg/mL) | FEV1 (L) | Change |")
    drop = 0.0
    for dose in ("0.0625", "0.25", "1", "4", "16")[: c.r.randrange(3, 6)]:
        drop += c.r.randrange(2, 9)
        d.add(f"| {dose} | {fev1 * (1 - drop / 100):.2f} | -{drop:.0f}% |")
    positive = drop >= 20
    d.add("Result: ", "positive" if positive else "negative", " methacholine challenge",
          f" (PC20 {c.r.randrange(5, 40) / 10} mg/mL)" if positive else "", "; ", Keep("Borg", "eponym"),
          f" dyspnea {c.r.randrange(1, 5)}.")  # fmt: skip
    d.add("Recovered with ", Keep("albuterol 2.5 mg", "drug"), ". Billing: ", Keep("94070", "code"), ", ", Keep("J7674", "code"),
          f" x{c.r.randrange(1, 6)}, ", Keep(c.pick(("94060", "94729", "94726")), "code"), ".")  # fmt: skip
    if positive:
        d.add("Impression: asthma (", Keep(c.pick(("J45.20", "J45.909", "J45.991")), "code"), "). Start ",
              Keep(c.pick(("Arnuity Ellipta", "Qvar RediHaler", "Alvesco", "Breo Ellipta", "Airsupra")), "drug"), "; follow up ",
              c.dept("lung"), ". ", coverage(c, pt))  # fmt: skip
    else:
        d.add("Impression: no airway hyperresponsiveness; consider ", c.pick(("reflux", "postnasal drip", "vocal cord dysfunction")),
              ". Follow up ", c.dept("lung"), ". ", coverage(c, pt))  # fmt: skip


def n_sweat(c: Ctx, d: Doc, pt: Patient) -> None:
    why, code = c.pick((("positive newborn screen (high IRT)", "R94.8"), ("poor weight gain", "R62.51"),
                        ("recurrent pneumonia", "J18.9"), ("sibling with cystic fibrosis", "Z83.6"), ("greasy stools", "R19.5")))  # fmt: skip
    d.add(f"Indication: {why} (", Keep(code, "code"), ").")
    d.add("Method: pilocarpine iontophoresis with ", Keep("Pilogel", "drug"), " discs (lot ", c.lot(), ") and the ", c.device("inducer"),
          ", collection with the ", c.device("collector"), " for 30 minutes; chloride on the ", c.device("analyzer", 1.0), " (",
          Keep("Gibson-Cooke", "eponym"), " method).")  # fmt: skip
    left, right = c.r.randrange(12, 110), c.r.randrange(12, 110)
    if abs(left - right) > 25:
        right = left + c.r.randrange(-8, 9)
    d.add("Site\tWeight (mg)\tChloride (mmol/L)")
    d.add(f"Left forearm\t{c.r.randrange(15, 60)}\t{left}")
    d.add(f"Right forearm\t{c.r.randrange(15, 60)}\t{right}")
    lo = min(left, right)
    if lo >= 60:
        d.add("Sweat chloride consistent with cystic fibrosis (", Keep(c.pick(("E84.9", "E84.0")), "code"), "); codes ",
              Keep("89230", "code"), ", ", Keep("82438", "code"), ".")  # fmt: skip
        d.add("Plan: ", c.dept("cf"), " visit this week; genotype (", Keep("81220", "code"), "); start ",
              Keep(c.pick(("Creon 12,000", "Zenpep 10,000")), "drug"), " and ", Keep("Aquadeks", "drug"), "; ",
              Keep(c.pick(("Trikafta", "Alyftrek", "Kalydeco")), "drug"), " once the genotype is back.")  # fmt: skip
    else:
        d.add("Sweat chloride ", "intermediate" if max(left, right) >= 30 else "normal", "; codes ", Keep("89230", "code"), ", ",
              Keep("82438", "code"), ". Other causes to consider: ", c.epo("cf_ddx"), ".")  # fmt: skip
        d.add(
            "Plan: repeat in ",
            c.dept("cf"),
            " in 4 weeks; genotype (",
            Keep("81220", "code"),
            ") if still intermediate.",
        )
    d.add(coverage(c, pt, "medicaid" if c.chance(0.5) else ""))


def n_ponseti(c: Ctx, d: Doc, pt: Patient) -> None:
    side = c.pick((("right", "Q66.01"), ("left", "Q66.02"), ("bilateral", "Q66.89")))
    d.add(f"Indication: idiopathic {side[0]} clubfoot (", Keep(side[1], "code"), "); ", Keep("Pirani", "eponym"),
          f" score {c.r.randrange(2, 7)}.{c.pick((0, 5))}, ", Keep("Dimeglio", "eponym"), f" {c.r.randrange(6, 17)}. Hips: ",
          c.epo("hip", 0.0), " negative.")  # fmt: skip
    n = c.r.randrange(1, 7)
    d.add(f"Cast {n} (", Keep("29450", "code"), "): manipulation by the ", Keep("Ponseti", "eponym"), " method, avoiding ",
          Keep("Kite", "eponym"), "'s error; long-leg cast of ", c.device("castmat"), " over ", c.device("padding", 1.0), " padding.")  # fmt: skip
    if n >= 4 and c.chance(0.7):
        d.add("Percutaneous ", Keep("Achilles", "eponym"), " tenotomy (", Keep(c.pick(("27606", "27605")), "code"), ") with ",
              Keep(c.pick(("EMLA cream", "LMX 4")), "drug"), " and ", Keep("Sweet-Ease", "drug"), " by mouth.")  # fmt: skip
    d.add("Bracing to follow: ", Keep("MD Orthopaedics", "maker"), " ", Keep("Mitchell Ponseti AFO", "model"), " on a ",
          Keep("Dobbs Bar", "model"), " (", Keep(c.pick(("L3140", "L3150", "L3160")), "code"), "), brace serial ", c.serial(),
          ", 23 hours a day.")  # fmt: skip
    d.add("Parent: ", c.name(c.relative(pt.p), c.pick(("full", "given", "last_first"))), ", ", c.phone(pt.town), ". ",
          coverage(c, pt, c.pick(("medicaid", "regional"))))  # fmt: skip
    if c.chance(0.5):
        d.add("Parent teaching:")
        d.add("1. Check toes for color and warmth every few hours.")
        d.add("2. Keep the cast dry; no lotion under the edges.")
        d.add("3. Call ", c.dept("ortho"), " for swelling or a cast that slips.")
    else:
        d.add("Follow-up: ", c.dept("ortho"), " in 1 week.")


PELLET_WHY = [
    ("hypogonadism", "E29.1"),
    ("secondary hypogonadism", "E23.0"),
    ("low libido with low testosterone", "R68.82"),
]


def n_pellet(c: Ctx, d: Doc, pt: Patient) -> None:
    n = c.r.randrange(6, 13)
    why, code = c.pick(PELLET_WHY)
    d.add(
        f"Indication: {why} (",
        Keep(code, "code"),
        f"), total T {c.r.randrange(140, 290)} ng/dL (",
        Keep("84403", "code"),
        ").",
    )
    if c.chance(0.5):
        d.more(" History of ", c.epo("pellet_hx"), ".")
    d.more(" Prior ", Keep(c.pick(("AndroGel 1.62%", "Xyosted", "Jatenzo", "Kyzatrex", "Tlando", "Depo-Testosterone", "Aveed", "Clomid")),
                          "drug"), " stopped.")  # fmt: skip
    if c.chance(0.5):
        d.add("Procedure (", Keep("11980", "code"), "):")
        d.add("1. Upper outer buttock prepped; ", Keep("Xylocaine 1% with epinephrine", "drug"), " 5 mL.")
        d.add(f"2. {n} x ", Keep("Testopel 75 mg", "drug"), " pellets (", Keep("S0189", "code"), f" x{n}), lot ", c.lot(), ", NDC ",
              c.ndc(), ".")  # fmt: skip
        d.add("3. Placed through a ", c.device("trocar"), " in a fan pattern.")
    else:
        d.add("Procedure (", Keep("11980", "code"), "): upper outer buttock prepped; ", Keep("Xylocaine 1% with epinephrine", "drug"),
              f" 5 mL; {n} x ", Keep("Testopel 75 mg", "drug"), " pellets (", Keep("S0189", "code"), f" x{n}), lot ", c.lot(),
              ", NDC ", c.ndc(), ", placed through a ", c.device("trocar"), ".")  # fmt: skip
    d.add("Closed with ", c.device("closure"), c.pick(("", " and a Tegaderm dressing")), ". ", Keep("Prader", "eponym"),
          f" orchidometer {c.r.randrange(8, 21)} mL. Labs: hematocrit (", Keep("85014", "code"), "), PSA (", Keep("84153", "code"),
          ") on the ", Keep("Roche", "maker"), " ", Keep("cobas e 801", "model"), ".")  # fmt: skip
    d.add("Plan: no heavy lifting for 7 days; ", Keep("Arimidex 1 mg", "drug"), " if estradiol rises; recheck in ", c.dept("endo"),
          ". ", coverage(c, pt))  # fmt: skip


BCG_WHY = [("high-grade T1 urothelial carcinoma", ("C67.2", "C67.9")), ("carcinoma in situ", ("D09.0",)),
           ("recurrent Ta high-grade tumor", ("C67.9", "C67.4"))]  # fmt: skip


def n_bcg(c: Ctx, d: Doc, pt: Patient) -> None:
    week = c.r.randrange(1, 7)
    why, codes = c.pick(BCG_WHY)
    d.add(f"Indication: {why} (", Keep(c.pick(codes), "code"), ", ", Keep("Z51.12", "code"),
          f") after TURBT; induction week {week} of 6.")  # fmt: skip
    d.add(
        "Pre-check: UA (",
        Keep("81001", "code"),
        ") negative; post-void residual by ",
        c.device("pvr"),
        f" {c.r.randrange(10, 90)} mL.",
    )
    tip = c.pick((["a ", Keep("Tiemann", "eponym"), " coude"], ["a straight"], ["a ", Keep("Foley", "eponym")]))
    d.add("Procedure (", Keep("51720", "code"), "): ", c.device("cath"), f" {c.pick((12, 14, 16))} Fr, ", tip, " tip; ",
          Keep("TICE BCG", "drug"), " 50 mg (", Keep("J9030", "code"), "), lot ", c.lot(), ", NDC ", c.ndc(),
          ", intravesical, retained 2 hours.")  # fmt: skip
    d.add("Bacillus ", Keep("Calmette-Guerin", "eponym"), " precautions reviewed; watch for fever, joint pain (", c.epo("bladder_risk"),
          ") and blood in the urine.")  # fmt: skip
    d.add("Plan: next dose ", c.short_date(c.soon()), "; surveillance cystoscopy (", Keep("52000", "code"), ", ", c.device("scope"),
          ") in ", c.dept("uro"), "; ", Keep(c.pick(("Pyridium 200 mg", "Uribel", "Urelle", "Ditropan XL")), "drug"), " as needed. ",
          coverage(c, pt))  # fmt: skip


HEAD_WHY = [("occipital neuralgia", "M54.81"), ("chronic migraine", "G43.709"), ("cervicogenic headache", "G44.86"),
            ("chronic tension-type headache", "G44.229")]  # fmt: skip


def n_occipital(c: Ctx, d: Doc, pt: Patient) -> None:
    side = c.pick(("right", "left", "bilateral"))
    why, code = c.pick(HEAD_WHY)
    nerve = "both greater occipital nerves" if side == "bilateral" else f"the {side} greater occipital nerve"
    d.add(f"Indication: {why} (", Keep(code, "code"), "); ", Keep("Tinel", "eponym"), f" sign over {nerve}",
          *(["; ", Keep("Arnold", "eponym"), "'s neuralgia"] if code == "M54.81" else []), ". Failed ",
          Keep(c.pick(("Nurtec ODT", "Ubrelvy 100 mg", "Reyvow", "Zavzpret", "Fioricet")), "drug"), " and ",
          Keep(c.pick(("Qulipta", "Aimovig", "Emgality", "Ajovy", "Vyepti")), "drug"), ".")  # fmt: skip
    d.add(f"Procedure: {side} greater occipital nerve block (", Keep("64405", "code"), ") under ultrasound (", Keep("76942", "code"),
          ") with the ", c.device("probe"), "; 25-gauge ", c.device("needle", 0.4), " needle; 3 mL ",
          Keep(c.pick(("Marcaine 0.5%", "Sensorcaine")), "drug"), " and ",
          c.pick(([Keep("Kenalog-40", "drug"), " 20 mg (", Keep("J3301", "code")], [Keep("Depo-Medrol 40 mg", "drug"), " (",
                  Keep("J1030", "code")])), "), lot ", c.lot(), ".")  # fmt: skip
    d.add(f"Pain {c.r.randrange(6, 10)}/10 before, {c.r.randrange(0, 4)}/10 after. ", c.epo("head_exam"), " negative; no ",
          Keep("Horner", "eponym"), " signs.")  # fmt: skip
    if c.chance(0.5):
        d.add("Home device: ", c.device("neuromod"), ", serial ", c.serial(), ".")
    prevent = Keep(c.pick(("Qulipta", "Aimovig", "Emgality", "Ajovy")), "drug")
    if c.chance(0.5):
        d.add("Plan:")
        d.add("- headache diary")
        d.add("- continue ", prevent)
        d.add("- ", c.dept("head"), " in 4 weeks")
        d.add(coverage(c, pt))
    else:
        d.add("Plan: headache diary; continue ", prevent, "; ", c.dept("head"), " in 4 weeks. ", coverage(c, pt))


CLINICAL_SPECS: dict[str, tuple[str, Callable[..., None], dict[str, Any]]] = {
    "peritonsillar": ("Peritonsillar abscess drainage", n_peritonsillar, {"lo": 15, "hi": 58}),
    "punctal_plug": ("Punctal plug insertion", n_punctal, {"lo": 38, "hi": 89, "old": 0.45}),
    "methacholine": ("Methacholine challenge test", n_methacholine, {"lo": 9, "hi": 66}),
    "sweat_chloride": ("Sweat chloride test", n_sweat, {"lo": 1, "hi": 17}),
    "ponseti": ("Ponseti clubfoot casting", n_ponseti, {"lo": 0, "hi": 0, "weeks": True}),
    "hormone_pellet": ("Testosterone pellet insertion", n_pellet, {"lo": 28, "hi": 74, "female": False}),
    "bcg_instillation": ("Intravesical BCG instillation", n_bcg, {"lo": 55, "hi": 89, "old": 0.5}),
    "occipital_block": ("Greater occipital nerve block", n_occipital, {"lo": 19, "hi": 85, "old": 0.2}),
}
CLINICAL_DEPTS = {"peritonsillar": "ent", "punctal_plug": "eye", "methacholine": "lung", "sweat_chloride": "cf",
                  "ponseti": "ortho", "hormone_pellet": "endo", "bcg_instillation": "uro", "occipital_block": "head"}  # fmt: skip


def clinical_note(c: Ctx, genre: str) -> Doc:
    title, body, spec = CLINICAL_SPECS[genre]
    while True:
        pt = new_patient(c, spec["lo"], spec["hi"], spec.get("old", 0.0), spec.get("female"), spec.get("weeks", False))
        cat = CLINICAL_DEPTS[genre]
        if cat == "lung" and pt.age < 18:
            cat = "lung_peds"
        d = Doc()
        c_header(c, d, pt, title, c.dept(cat))
        body(c, d, pt)
        c_sections(c, d, pt, c.pick((1, 2, 2, 3, 3, 3)))
        c_sign(c, d)
        if d.size() <= 1500:
            return d


# ---------------------------------------------------------------------------------------------
# The sets.


def generate(family: str, n: int, seed: int) -> list[dict]:
    """`n` rows of `family`, the genres in turn, reproducible from `seed`."""
    if family not in FAMILIES:
        raise ValueError(f"unknown family {family!r}")
    c = Ctx(random.Random(seed))
    genres = MESSAGE_GENRES if family == "messages" else CLINICAL_GENRES
    rows: list[dict] = []
    seen: set[str] = set()
    for i in range(n):
        genre = genres[i % len(genres)]
        while True:
            c.chat_minutes = None
            if family == "messages":
                doc = MESSAGE_BUILDERS[genre](c)
                u = c.r.random()
                case = "upper" if u < 1 / 18 else "lower" if u < 2 / 18 else ""
            else:
                doc, case = clinical_note(c, genre), ""
            text, phi, keep = render(doc, case)
            if text not in seen:
                break
        seen.add(text)
        rows.append(
            {
                "id": f"eval26-{family}-{i}",
                "family": family,
                "text": text,
                "phi": phi,
                "keep": list(keep),
                "keep_kinds": keep,
            }
        )
    return rows


def dumps(rows: list[dict]) -> str:
    """The rows as JSONL, one per line, ASCII."""
    return "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in rows)


def provenance_problems() -> list[str]:
    """Faker tables not the locale's own: none, since no Faker table is read."""
    return faker_tables.provenance_problems(FAKER_TABLES)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--family", choices=FAMILIES, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    rows = generate(args.family, args.n, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dumps(rows), encoding="utf-8")
    print(f"{len(rows)} rows, {sum(len(r['phi']) for r in rows)} PHI spans -> {args.out}")


if __name__ == "__main__":
    main()
