"""Eighteenth independent de-identification evaluation set (eval18): newborn hearing rescreen recalls
(quoted replies, chat lines, baby birth dates), CPAP compliance texts and download reports (CPAP
serials, modem IP addresses, supplier accounts, tab forms), school dental sealant consent forms
(student birth dates, Medicaid IDs), Meals on Wheels referrals (elders over 90, addresses, route-van
plates, bullets), power wheelchair seating evaluations (chair serials, family-van plates and VINs),
newborn car seat checks (VINs, plates, driver's licences), MRI safety screening forms (pacemaker and
cochlear implant serials, upload links), 24-hour urine collection instructions (numbered steps,
requisition numbers), N-648 disability-exception requests for naturalization (A-numbers, SSNs,
birthplaces abroad), tobacco quitline referrals (fax covers, DEA numbers), diabetic retinal photo
results (a pipe table, upload IPs), shingles series reminders (vaccine lot numbers kept as codes, tab
tables), nursing-home bed hold requests (ages over 90, fax), school eyeglass voucher letters (voucher
numbers) and health fair result cards and volunteer chats at a gurdwara or church (`messages`); and
bronchoscopy reports, ultrasound-guided thoracentesis notes, knee and ankle arthrocentesis notes,
carpal tunnel release notes, tilt table tests (loop recorder serials, remote-monitor IPs and links),
IUD insertion notes (device lot numbers), endovenous ablation notes, high-resolution esophageal
manometry reports, tonsillectomy notes, TMS (transcranial magnetic stimulation) session notes,
pessary fittings and checks, inguinal hernia repair notes, shock wave lithotripsy notes, percutaneous
renal biopsy notes and chest tube notes (`clinical`). Each genre occurs equally often (twenty rows
per genre in `messages`, eight in `clinical`, in turn). About one message in twenty is all capitals
and one in twenty all lower case; layouts include key: value forms, `|` tables, tab forms, bullets,
numbered lists, "[x]" checklists, "> " quoted replies, chat lines with clock times ("[9:40 AM]
Seating clinic: ..."), signatures, forwarded-mail headers, text-message footers and stray line
breaks inside sentences. Every clinical note has a header (PATIENT, PATIENT LABEL, Name:, a `|`
table or a one-line patient sentence), one to three sections that carry further identifiers
(REGISTRATION, ride home, portal, Copy to, devices on file, billing, SOCIAL / INTERPRETER, emergency
contact, Late entry, prior records, transport, family at bedside) and an "Electronically signed by"
line.

Written by a writer who read only `tests/deid/evalset_checks.py`, `tests/deid/test_evalset17.py`,
`tests/deid/conftest.py`, `tests/deid/test_evalset_generators.py`, the module docstrings of
`tools/deid/evalset3.py` ... `tools/deid/evalset17.py` (nothing below them),
`tools/deid/faker_tables.py`, `medcode/deid/types.py` and `datasets/deid/README.md`. evalset17 was
imported only to list the names of its public objects and the signatures of `generate`, `dumps`,
`provenance_problems` and `main` (and the values of `KEEP_KINDS`, `FAMILIES` and the locale tuples),
to keep the same interface; none of its code was read. None of the de-identifier's rules, lexicons,
keep lists or models, none of the other generators' templates and none of their sets were read. The
de-identifier was never run on this text.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters
them. This family brings text shapes, values and names nobody tuned on.

Locales: none. ``NAME_LOCALES``, ``CITY_LOCALES``, ``ORG_LOCALES``, ``LOCALES`` and
``FAKER_TABLES`` are empty and ``provenance_problems()`` returns []. Names come from hand-written
lists of four naming cultures no earlier family (nor any Faker locale an earlier family read) used,
in the Latin spellings met on US papers, with variants:
Punjabi Sikh (given names that men and women share, "Gurpreet", "Jaswinder", with "Kaur" for women
and "Singh" for men before the family name, "Gurpreet Kaur Sandhu", "Harjit Singh Grewal"; many
families leave the surname off, "Gurpreet Kaur", and a US registrar often takes Kaur or Singh for
the surname, "KAUR, Gurpreet", so many unrelated people share a "surname"; variants "Gurpreet" /
"Gurprit", "Jaswinder" / "Jasvinder", "Dhaliwal" / "Dhaliwaal", "Toor" / "Tur"), Iraqi Chaldean
(Christian given names, Aramaic and Arabic, then the father's given name and the family name,
"Rafid Yousif Kassab"; "Youkhana" / "Yokhana" / "Youkhanna", "Shamoun" / "Shamoon" / "Shamon",
"Hermiz" / "Hurmiz", "Yaldo" / "Yaldoo"), Yazidi (Kurmanji given names, then the father's given
name and a grandfather's or lineage name that US papers take for the surname, "Khairi Murad Khalaf",
"Jiyan Khalaf"; "Khudeda" / "Khdeda" / "Khuddida", "Khidir" / "Khider", "Hasso" / "Haso",
"Murad Agha"; the 1 July birth dates put on many Iraqi papers) and Tibetan (two names from one
shared pool and no family name, so a person's second name is written as the surname, "Tenzin
Dolma", "DOLMA, Tenzin", and many people share both; variants "Choedon" / "Chodon" / "Chhoden",
"Tsering" / "Tshering" / "Sering", "Dhondup" / "Dhondhup" / "Thondup"; 01/01 birth dates).
Towns come from hand-written lists (``US_TOWNS``: Sikh, Chaldean, Yazidi and Tibetan community towns
with state, ZIP prefix and area code, "Yuba City", "Sterling Heights", "El Cajon", "Lincoln",
"Jackson Heights", "Columbia Heights"; ``ABROAD_TOWNS`` in Punjab, the Nineveh Plains, Sinjar and
the Duhok camps, and the Tibetan settlements of India and Nepal), as are street words and
organisation words (``ORG_WORDS``: "Khalsa", "Sangat", "Nineveh", "Mar Addai", "Lalish",
"Nishtiman", "Snow Lion", "Tashi Delek", "Chardi Kala"). Numbers, dates, codes and identifiers come
from this module's own seeded ``random.Random``; no Faker is used, so a seed reproduces its file
byte for byte. All text is ASCII.

Annotation conventions (the 18 Safe Harbor identifiers as the project's PHI types):
NAME is a person's name as written (patients, babies, parents, relatives, clinicians, staff,
interpreters, drivers, volunteers, officers): "Given Kaur Surname", "Given Father Family" (one
span), "Given Surname", "Given Kaur", "Surname, Given", "Surname, Given Father", "KAUR, Given",
"SURNAME, GIVEN", "SURNAME Given", all capitals, all lower case, a given name or a surname alone,
"G. Sandhu", and two to four capital initials in a signature or a transcriptionist line ("GKS").
Titles and honorifics stay outside the span ("Dr. ", "Mr. ", "Mrs. ", "Ms. ", "Officer " and the clergy
titles "Giani ", "Bhai ", "Abouna ", "Shamasha ", "Pir ", "Sheikh ", "Geshe ", "Ani "), and so
do credentials (", MD", ", DO", ", NP", ", PA-C", ", RN", ", LPN", ", RRT", ", AuD", ", RDH",
", DDS", ", CRNA", ", OTR/L", ", ATP", ", RPSGT", ", CTTS", ", PharmD", ", LCSW", ", RD", ", CNM"), a
possessive "'s" and words for relatives used instead of a name (``KIN_WORDS``: Punjabi "Bebe",
"Bapu", "Bhenji", "Veerji", Sureth and Iraqi Arabic "Yimma", "Ammo", "Khalto", Kurmanji "Dapir",
"Bapir", "Xalo", "Dayka", Tibetan "Amala", "Pala", "Mola", "Pola"), which are not PHI. An e-mail
address is EMAIL even when it holds a name. DATE is every date element more specific than a year,
one span with its year if it has one and with a weekday written next to it: "03/14/2025",
"3/14/25", "2025-03-14", "14-Mar-2025", "14MAR25", "Mar 14, 2025", "March 14, 2025", "14 March
2025", "14.03.2025" (day first, as on Indian and Iraqi papers), "3/14", "Mar 14", "March 14th",
"Fri 3/14", "Friday, March 14, 2025" and a month with its year ("June 2026"). Clock times,
durations, doses, volumes, session and room numbers, grades and scores are not PHI. AGE is PHI only
when 90 or more: the number alone or the spelled number ("93", "ninety-two", "one hundred and
one"), never "years old" or "age"; younger ages stay in the text unannotated. LOCATION is a town
or city (US or abroad); states, provinces, regions and countries ("CA", "Punjab", "Iraq", "India")
are not PHI, and a town inside an organisation's name is part of the FACILITY span. ADDRESS is the
street line with its unit ("4410 Bogue Rd Apt 3", "9579 Hall Rd #212") or a post-office box ("PO
Box 2117"). ZIP is a US ZIP, with its +4 when written. PHONE and FAX spans include "+1", "1-", an
extension (" ext 214") and the country codes "+91", "+964" and "+977"; a number labelled fax is
FAX. EMAIL, URL (with "https://") and IP (IPv4 or IPv6) are whole tokens. SSN in any of its shapes
("123-45-6789", "123 45 6789", "123456789"). MRN is a medical record number: 7 to 10 digits, its
last a Luhn check digit, sometimes a hyphen after the first two. ACCOUNT is a billing, hospital,
self-pay, pharmacy or supplier account. HEALTH_PLAN is a member, Medicaid / Medi-Cal or Medicare
(MBI) number. LICENSE is a driver's licence, a nursing, pharmacist, dental or medical licence or a
DEA registration (its check digit right). VEHICLE is a plate or a VIN (its check digit right).
DEVICE is the serial number of a device a patient uses or carries (CPAP, power wheelchair,
pacemaker, cochlear implant, loop recorder, a home device, a phone IMEI with its Luhn digit). ID is
every other identifying number: A-numbers, requisition, specimen, claim, case, voucher, loaner,
client, interpreter job and tracking numbers. FACILITY is every organisation named (hospitals,
clinics, pharmacies, labs, schools, nursing homes, gurdwaras, churches, community centres,
suppliers, employers), one span even when a town is part of the name. Not PHI and kept (``keep``,
kinds in ``KEEP_KINDS``): drugs with their doses as written (drug); ICD-10-CM codes, CPT-shaped
numbers, HCPCS Level II and CDT codes and lot numbers (code); makers (manufacturer); model names
(model); insurers and public plans (insurer); eponyms, the name only ("Light", "Baker", "Tinel",
"Phalen", "Durkan", "Seldinger", "Trendelenburg", "Chicago", "Brodsky", "Mallampati", "Hamilton",
"Gellhorn", "Valsalva", "Lichtenstein", "Randall", "Heimlich", "Snellen", "Epworth", "Apgar")
(eponym) and departments (department). No keep term ever occurs inside a PHI span (a term that
does in some row is left out of that row's list). Look-alikes left in the text on purpose: eponyms
that are towns or surnames ("Chicago", "Hamilton", "Baker", "Light"), kinship words, CPT codes
shaped like ZIPs, blood pressures and visual acuities ("148/92", "20/70"), and numbers that are
not PHI (lot numbers, HCPCS codes, ages under 90, clock times, gate codes).

    python -m tools.deid.evalset18 --family messages --n 300 --seed 3601 --out datasets/deid/eval18_messages.jsonl
    python -m tools.deid.evalset18 --family clinical --n 120 --seed 3602 --out datasets/deid/eval18_clinical.jsonl

Seeds 3701 / 3702 are reserved for tuning (``--out build/deid-fresh/...``); keep the two committed
files for measurement.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from tools.deid.faker_tables import provenance_problems as _provenance_problems

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
# Hand-written name lists: each entry is a tuple of the spellings met on US papers for one name.

SIKH_GIVEN_F = (
    ("Gurpreet", "Gurprit"), ("Harpreet",), ("Manpreet",), ("Jaspreet", "Jasprit"), ("Amandeep",),
    ("Navdeep",), ("Kulwinder", "Kulvinder"), ("Jaswinder", "Jasvinder"), ("Sukhwinder", "Sukhvinder"),
    ("Rajwinder",), ("Simranjeet", "Simranjit"), ("Harleen",), ("Jasleen",), ("Navneet",),
    ("Kiranjit", "Kiranjeet"), ("Rupinder",), ("Paramjit", "Paramjeet"), ("Baljinder",), ("Surjit",),
    ("Mandeep",), ("Ravneet",), ("Gagandeep",), ("Harjot",), ("Inderjit", "Inderjeet"),
)  # fmt: skip
SIKH_GIVEN_M = (
    ("Harjit", "Harjeet"), ("Gurdev",), ("Baldev",), ("Jagtar",), ("Kuldeep", "Kuldip"), ("Lakhwinder",),
    ("Ranjit", "Ranjeet"), ("Avtar",), ("Daljit", "Daljeet"), ("Gurpreet",), ("Harpal",), ("Sukhdev",),
    ("Jasbir", "Jasbeer"), ("Balwinder", "Balvinder"), ("Gurcharan",), ("Tarsem",), ("Nirmal",),
    ("Karamjit", "Karamjeet"), ("Manjit", "Manjeet"), ("Amrik",), ("Bhupinder", "Bhupender"),
    ("Hardeep", "Hardip"), ("Jaspal",), ("Sarabjit", "Sarbjit"),
)  # fmt: skip
SIKH_SURNAMES = (
    ("Sandhu",), ("Gill",), ("Dhillon",), ("Grewal",), ("Sidhu",), ("Brar",), ("Bains",), ("Johal",),
    ("Randhawa",), ("Cheema",), ("Virk",), ("Atwal",), ("Dhaliwal", "Dhaliwaal"), ("Khaira", "Khera"),
    ("Sekhon",), ("Hundal",), ("Bhullar",), ("Toor", "Tur"), ("Sahota",), ("Chahal",), ("Purewal",),
    ("Kang",), ("Sangha",), ("Mangat",), ("Aujla",), ("Dosanjh", "Dosanj"), ("Samra",), ("Heer",),
)  # fmt: skip
CHALDEAN_GIVEN_F = (
    ("Shamiram", "Shamiran"), ("Nahrain", "Nahrin"), ("Mariam", "Maryam"), ("Warda",), ("Basima",),
    ("Sanaa", "Sana"), ("Rita",), ("Ninva", "Nineveh"), ("Lena",), ("Suhad",), ("Amal",), ("Raghad",),
    ("Bushra",), ("Nawal",), ("Ishtar",), ("Fadia",), ("Randa",), ("Hanaa", "Hana"), ("Sawsan",),
    ("Nidaa", "Nida"),
)  # fmt: skip
CHALDEAN_GIVEN_M = (
    ("Rafid", "Raffid"), ("Basim", "Bassim"), ("Sabah",), ("Ashur", "Ashoor"), ("Ninos",),
    ("Hermiz", "Hurmiz"), ("Youkhana", "Yokhana", "Youkhanna"), ("Fadi",), ("Sargon",), ("Emad", "Imad"),
    ("Wisam", "Wissam"), ("Ramzi",), ("Nabil",), ("Yousif", "Yousef"), ("Butrus", "Boutros"), ("Gewargis",),
    ("Thair",), ("Munther", "Munthir"), ("Kamal",), ("Salam",),
)  # fmt: skip
CHALDEAN_SURNAMES = (
    ("Kassab",), ("Jarbo",), ("Najor",), ("Yono",), ("Shallal",), ("Toma", "Touma"), ("Kalasho", "Kalashu"),
    ("Arabo",), ("Atisha",), ("Bahoura",), ("Denha",), ("Esshaki",), ("Gappy",), ("Hannawa",), ("Jamo",),
    ("Kallabat",), ("Kasmikha",), ("Konja",), ("Oram",), ("Sarafa",), ("Shamoun", "Shamoon", "Shamon"),
    ("Sitto",), ("Yaldo", "Yaldoo"), ("Antoon", "Anton"), ("Binno",), ("Dabish",), ("Garmo",), ("Kakos",),
)  # fmt: skip
YAZIDI_GIVEN_F = (
    ("Jiyan",), ("Berivan",), ("Nareen", "Narin"), ("Shireen", "Shirin"), ("Gulistan",), ("Zeri",),
    ("Bese", "Besa"), ("Dilvin",), ("Khate", "Xate"), ("Adlin",), ("Havin",), ("Rojin",), ("Perwin",),
    ("Ghazal",), ("Delal",), ("Sozan",), ("Khansa",), ("Nisrin",),
)  # fmt: skip
YAZIDI_GIVEN_M = (
    ("Khairi", "Khayri"), ("Khudeda", "Khdeda", "Khuddida"), ("Dakhil",), ("Qasim", "Kassim"), ("Hazim",),
    ("Shevan", "Shivan"), ("Rezan",), ("Dilshad",), ("Azad",), ("Baran",), ("Nayef", "Naif"), ("Saeed",),
    ("Kochar",), ("Shammo",), ("Barakat",), ("Faisal",), ("Hadi",), ("Ravo",),
)  # fmt: skip
YAZIDI_FATHERS = (
    ("Khalaf",), ("Murad",), ("Rasho", "Rasheed"), ("Haji", "Hajji"), ("Pisso",), ("Hasso", "Haso"),
    ("Smo",), ("Naso",), ("Basso",), ("Khidir", "Khider"), ("Elias", "Ilyas"), ("Dakhil",), ("Silo",),
    ("Mirza",), ("Qolo",), ("Hammo",), ("Sulaiman", "Suleman"), ("Jundi",), ("Kheder",), ("Murad Agha",),
)  # fmt: skip
TIBETAN_NAMES = (
    ("Tenzin", "Tendzin"), ("Dolma", "Drolma"), ("Pema", "Padma"), ("Choedon", "Chodon", "Chhoden"),
    ("Lobsang", "Lobzang"), ("Tsering", "Tshering", "Sering"), ("Dawa",), ("Lhamo",), ("Sonam",),
    ("Wangdu", "Wangdue"), ("Kalsang", "Kelsang"), ("Yangchen", "Yangzom"), ("Ngawang",),
    ("Dhondup", "Dhondhup", "Thondup"), ("Tashi",), ("Dolkar", "Dolker"), ("Jampa",), ("Karma",),
    ("Nyima",), ("Phuntsok", "Phuntsog"), ("Dechen",), ("Norbu",), ("Yeshi", "Yeshe"), ("Kunga",),
    ("Tsewang",), ("Gyaltsen",), ("Rinchen",), ("Palden",), ("Samten",), ("Chime",),
)  # fmt: skip

CULTURES = ("sikh", "chaldean", "yazidi", "tibetan")
KIN_BY_CULTURE = {
    "sikh": ("Bebe", "Bapu", "Bhenji", "Veerji"),
    "chaldean": ("Yimma", "Ammo", "Khalto"),
    "yazidi": ("Dapir", "Bapir", "Xalo", "Dayka"),
    "tibetan": ("Amala", "Pala", "Mola", "Pola"),
}
KIN_WORDS = tuple(k for ks in KIN_BY_CULTURE.values() for k in ks)
TITLES = (
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Officer",
    "Giani",
    "Bhai",
    "Abouna",
    "Shamasha",
    "Pir",
    "Sheikh",
    "Geshe",
    "Ani",
)
HONORIFICS = {
    "sikh": ("Giani", "Bhai"),
    "chaldean": ("Abouna", "Shamasha"),
    "yazidi": ("Pir", "Sheikh"),
    "tibetan": ("Geshe", "Ani"),
}
CREDENTIALS = ("MD", "DO", "NP", "PA-C", "RN", "LPN", "RRT", "AuD", "RDH", "DDS", "CRNA", "OTR/L", "ATP", "RPSGT",
               "CTTS", "PharmD", "LCSW", "RD", "CNM")  # fmt: skip
LANGUAGES = {"sikh": "Punjabi", "chaldean": "Sureth (Chaldean Neo-Aramaic)", "yazidi": "Kurmanji", "tibetan": "Tibetan"}

# (town, state, ZIP prefix, area code)
US_TOWNS = (
    ("Yuba City", "CA", "959", "530"), ("Live Oak", "CA", "959", "530"), ("Selma", "CA", "936", "559"),
    ("Fowler", "CA", "936", "559"), ("Stockton", "CA", "952", "209"), ("Manteca", "CA", "953", "209"),
    ("Fremont", "CA", "945", "510"), ("Richmond Hill", "NY", "114", "718"), ("Carteret", "NJ", "070", "732"),
    ("Sterling Heights", "MI", "483", "586"), ("El Cajon", "CA", "920", "619"), ("Southfield", "MI", "480", "248"),
    ("West Bloomfield", "MI", "483", "248"), ("Warren", "MI", "480", "586"), ("Lincoln", "NE", "685", "402"),
    ("Jackson Heights", "NY", "113", "718"), ("Columbia Heights", "MN", "554", "763"),
    ("Richfield", "MN", "554", "612"), ("Woodside", "NY", "113", "718"), ("Northampton", "MA", "010", "413"),
    ("Turlock", "CA", "953", "209"), ("Kent", "WA", "980", "253"), ("Shelby Township", "MI", "483", "586"),
    ("Bismarck", "ND", "585", "701"),
)  # fmt: skip
ABROAD_BY_CULTURE = {
    "sikh": ("Jalandhar", "Ludhiana", "Amritsar", "Moga", "Phagwara", "Hoshiarpur", "Nawanshahr"),
    "chaldean": ("Telkaif", "Alqosh", "Karamles", "Ankawa", "Batnaya", "Tel Skuf"),
    "yazidi": ("Sinjar", "Khanke", "Sharya", "Bashiqa", "Bahzani", "Kabarto"),
    "tibetan": ("Dharamsala", "Bylakuppe", "Mundgod", "Boudha", "Shigatse", "Kollegal"),
}
ABROAD_TOWNS = tuple(t for ts in ABROAD_BY_CULTURE.values() for t in ts)
COUNTRY = {"sikh": "India", "chaldean": "Iraq", "yazidi": "Iraq", "tibetan": "India"}
COUNTRY_CODE = {"sikh": "+91", "chaldean": "+964", "yazidi": "+964", "tibetan": "+977"}
STREETS = ("Bogue Rd", "Tierra Buena Rd", "Garden Hwy", "Lincoln Rd", "Ryan Rd", "Dequindre Rd", "Mound Rd",
           "Van Dyke Ave", "Hall Rd", "Fletcher Pkwy", "Magnolia Ave", "Cornhusker Hwy", "Vine St",
           "37th Ave", "Roosevelt Ave", "Lefferts Blvd", "Central Ave NE", "Nicollet Ave", "Washington Ave",
           "Olive St", "Golden State Blvd", "Clovis Ave", "Orchard Ln", "Peach Tree Ct", "Lhasa Way")  # fmt: skip
ORG_WORDS = ("Khalsa", "Sangat", "Sarbat", "Nineveh", "Mar Addai", "Lalish", "Nishtiman", "Norbu", "Snow Lion",
             "Tashi Delek", "Chardi Kala", "Ishtar", "Sutter Buttes", "Macomb", "Cornhusker", "Feather River")  # fmt: skip
ORG_KINDS = ("Community Clinic", "Family Medicine", "Pharmacy", "Family Dental", "Home Care", "Senior Center",
             "Medical Group", "Health Center", "Rehab", "Durable Medical", "Sleep Center", "Kids Dentistry")  # fmt: skip
WORSHIP = ("Gurdwara Sahib", "Sikh Temple", "St. Thomas Chaldean Catholic Church", "Mother of God Chaldean Church",
           "Yazidi Cultural Center", "Tibetan Community Center", "Gurdwara Singh Sabha")  # fmt: skip
EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com")
INSURERS = ("Medi-Cal", "Medicaid", "Medicare", "Blue Shield of California", "Priority Health", "Health Net",
            "Nebraska Total Care", "Molina Healthcare", "HAP", "Aetna", "Humana", "Fidelis Care")  # fmt: skip
DEPARTMENTS = ("Pulmonology", "Interventional Radiology", "Audiology", "Sleep Lab", "Pediatric Dentistry",
               "Urology", "Nephrology", "Gynecology", "Orthopedics", "Otolaryngology", "Gastroenterology",
               "Cardiology", "Psychiatry", "Vascular Surgery", "General Surgery", "Rehabilitation")  # fmt: skip
CARS = ("silver Camry", "white Sienna", "grey Odyssey", "black F-150", "red Corolla", "blue Civic", "white Transit")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


# ---------------------------------------------------------------------------------------------
# Check digits and identifier shapes.


def luhn_digit(digits: str) -> str:
    """The Luhn check digit to append to `digits`."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


_VIN_VALUE = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9)))}
_VIN_VALUE.update(dict(zip("JKLMN", range(1, 6))) | {"P": 7, "R": 9} | dict(zip("STUVWXYZ", range(2, 10))))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(vin: str) -> str:
    """A 17-character VIN with its ninth character set to the right check digit."""
    total = sum(_VIN_VALUE[c] * w for c, w in zip(vin, _VIN_WEIGHTS)) % 11
    return vin[:8] + ("X" if total == 10 else str(total)) + vin[9:]


def spell_age(n: int) -> str:
    """An age of 90 or more in words: "ninety-four", "one hundred and two"."""
    if n >= 100:
        return "one hundred" + (f" and {_UNITS[n - 101]}" if n > 100 else "")
    return "ninety" + (f"-{_UNITS[n - 91]}" if n > 90 else "")


# ---------------------------------------------------------------------------------------------
# People.


@dataclass
class Person:
    culture: str
    given: str
    middle: str  # Sikh "Kaur"/"Singh", Chaldean and Yazidi father's name, Tibetan "" (two names only)
    sur: str
    sex: str

    def full(self) -> str:
        return " ".join(x for x in (self.given, self.middle, self.sur) if x)

    def short(self) -> str:
        return f"{self.given} {self.sur}"

    def initials(self) -> str:
        return "".join(w[0] for w in self.full().replace("-", " ").split()).upper()


def make_person(rng: random.Random, culture: str | None = None, sex: str | None = None) -> Person:
    culture = culture or rng.choice(CULTURES)
    sex = sex or rng.choice("FM")
    pick = lambda table: rng.choice(rng.choice(table))
    if culture == "sikh":
        given = pick(SIKH_GIVEN_F if sex == "F" else SIKH_GIVEN_M)
        return Person(culture, given, "Kaur" if sex == "F" else "Singh", pick(SIKH_SURNAMES), sex)
    if culture == "chaldean":
        given = pick(CHALDEAN_GIVEN_F if sex == "F" else CHALDEAN_GIVEN_M)
        father = pick([t for t in CHALDEAN_GIVEN_M if given not in t])
        return Person(culture, given, father, pick(CHALDEAN_SURNAMES), sex)
    if culture == "yazidi":
        given = pick(YAZIDI_GIVEN_F if sex == "F" else YAZIDI_GIVEN_M)
        father = pick([t for t in YAZIDI_GIVEN_M if given not in t])
        sur = pick([t for t in YAZIDI_FATHERS if father not in t and given not in t])
        return Person(culture, given, father if rng.random() < 0.6 else "", sur, sex)
    a, b = rng.sample(TIBETAN_NAMES, 2)
    return Person("tibetan", rng.choice(a), "", rng.choice(b), sex)


def name_form(rng: random.Random, p: Person, style: str = "") -> str:
    """One way the person's name is written; every form is a NAME span as a whole."""
    style = style or rng.choice(
        ("full", "full", "short", "short", "lf", "LF", "caps", "lower", "given", "init", "short", "lf")
    )
    if style == "full":
        return p.full()
    if style == "short":
        if p.culture == "sikh" and rng.random() < 0.3:
            return f"{p.given} {p.middle}"  # the surname dropped, as many Sikh families write it
        return p.short()
    if style == "lf":
        if p.culture == "sikh" and rng.random() < 0.4:
            return f"{p.middle.upper()}, {p.given}"  # registrar took Kaur/Singh for the surname
        rest = f"{p.given} {p.middle}" if p.middle and rng.random() < 0.5 else p.given
        return f"{p.sur}, {rest}"
    if style == "LF":
        return f"{p.sur.upper()}, {p.given.upper()}" if rng.random() < 0.5 else f"{p.sur.upper()} {p.given}"
    if style == "caps":
        return p.full().upper()
    if style == "lower":
        return p.short().lower()
    if style == "given":
        return p.given
    if style == "sur":
        return p.sur
    if style == "init":
        return f"{p.given[0]}. {p.sur}"
    if style == "initials":
        return p.initials()
    if style == "hyphen":
        return f"{p.given} {p.middle or p.given}-{p.sur}" if p.culture == "chaldean" else p.short()
    raise ValueError(style)


def email_for(rng: random.Random, p: Person) -> str:
    g, s = p.given.lower().replace(" ", ""), p.sur.lower().replace(" ", "")
    local = rng.choice((f"{g}.{s}", f"{g}{s}{rng.randint(1, 99)}", f"{g[0]}{s}", f"{s}.{g}{rng.randint(60, 99)}",
                        f"{g}_{rng.randint(100, 999)}"))  # fmt: skip
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


# ---------------------------------------------------------------------------------------------
# The document: text appended piece by piece, each PHI span and keep term recorded as it goes.


@dataclass
class Doc:
    parts: list[str] = field(default_factory=list)
    pos: int = 0
    phi: list[tuple[int, int, str]] = field(default_factory=list)
    keep: dict[str, str] = field(default_factory=dict)

    def add(self, text: str, kind: str | None = None) -> None:
        if kind in PHI_KINDS:
            assert text and text == text.strip(), (text, kind)
            self.phi.append((self.pos, self.pos + len(text), kind))
        elif kind in KEEP_KINDS:
            self.keep.setdefault(text, kind)
        self.parts.append(text)
        self.pos += len(text)

    def text(self) -> str:
        return "".join(self.parts)


class Ctx:
    """One row's cast and place, and the renderer of its templates."""

    def __init__(self, rng: random.Random, culture: str | None = None):
        self.rng = rng
        self.culture = culture or rng.choice(CULTURES)
        self.P = make_person(rng, self.culture)
        self.R = make_person(rng, self.culture)
        self.R.sur = self.P.sur if rng.random() < 0.6 else self.R.sur
        self.S = make_person(rng)
        self.T = make_person(rng)
        self.town = rng.choice(US_TOWNS)
        self.doc = Doc()
        self.today = date(2025, 1, 6) + timedelta(days=rng.randint(0, 500))
        kind = rng.choice(("Medical Group", "Health Center", "Community Clinic", "Family Medicine", ""))
        self.facility = self.org(kind) if kind else self.org()
        self.old = False  # a genre about an elder sets it before the patient's birth date is drawn
        self.kid = False
        self._pdob: date | None = None

    def pdob(self) -> date:
        """The patient's birth date, drawn once."""
        if self._pdob is None:
            if self.kid:
                y = self.rng.randint(2012, 2019)
                self._pdob = date(y, self.rng.randint(1, 12), self.rng.randint(1, 28))
            else:
                self._pdob = self.dob(self.old)
        return self._pdob

    def page(self) -> int:
        """The patient's age on the day of the row."""
        b = self.pdob()
        return self.today.year - b.year - ((self.today.month, self.today.day) < (b.month, b.day))

    # values -----------------------------------------------------------------------------------
    def org(self, kind: str = "") -> str:
        rng = self.rng
        shape = rng.choice((0, 1, 4)) if kind else rng.choice((0, 1, 3, 4))
        kind = kind or rng.choice(ORG_KINDS)
        if shape == 0:
            return f"{self.town[0]} {kind}"
        if shape == 1:
            return f"{rng.choice(ORG_WORDS)} {kind}"
        if shape == 2:
            return rng.choice(WORSHIP)
        if shape == 3:
            return (
                f"{self.town[0]} {rng.choice(('Regional Medical Center', 'Community Hospital', 'Memorial Hospital'))}"
            )
        return f"{rng.choice(ORG_WORDS)} {'Care' if 'Health' in kind else 'Health'} {kind}"

    def phone(self, area: str | None = None) -> str:
        rng = self.rng
        a = area or (self.town[3] if rng.random() < 0.6 else rng.choice(US_TOWNS)[3])
        x, y = rng.randint(200, 989), rng.randint(0, 9999)
        shape = rng.randint(0, 5)
        if shape == 0:
            return f"({a}) {x}-{y:04d}"
        if shape == 1:
            return f"{a}-{x}-{y:04d}"
        if shape == 2:
            return f"{a}.{x}.{y:04d}"
        if shape == 3:
            return f"+1 {a} {x} {y:04d}"
        if shape == 4:
            return f"1-{a}-{x}-{y:04d}"
        return f"({a}){x}-{y:04d} ext {rng.randint(10, 4999)}"

    def abroad_phone(self) -> str:
        rng = self.rng
        c = COUNTRY_CODE[self.culture]
        if c == "+91":
            return f"+91 {rng.randint(70000, 99999)} {rng.randint(10000, 99999)}"
        if c == "+964":
            return f"+964 7{rng.randint(50, 81)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        return f"+977 98{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"

    def date_str(self, d: date, style: str = "") -> str:
        rng = self.rng
        style = style or rng.choice(("mdy", "mdy", "mdy2", "iso", "dmy", "dbY", "bdY", "BdY", "dB", "mdns", "bd",
                                     "Bth", "wd", "wdl", "By", "dmonY", "mdns", "mdns"))  # fmt: skip
        m, dd, y = d.month, d.day, d.year
        mon = MONTHS[m - 1]
        if style == "mdy":
            return f"{m:02d}/{dd:02d}/{y}"
        if style == "mdy2":
            return f"{m}/{dd}/{y % 100:02d}"
        if style == "iso":
            return f"{y}-{m:02d}-{dd:02d}"
        if style == "dmy":
            return f"{dd:02d}.{m:02d}.{y}"
        if style == "dbY":
            return f"{dd:02d}-{mon[:3]}-{y}"
        if style == "dmonY":
            return f"{dd:02d}{mon[:3].upper()}{y % 100:02d}"
        if style == "bdY":
            return f"{mon[:3]} {dd}, {y}"
        if style == "BdY":
            return f"{mon} {dd}, {y}"
        if style == "dB":
            return f"{dd} {mon} {y}"
        if style == "mdns":
            return f"{m}/{dd}"
        if style == "bd":
            return f"{mon[:3]} {dd}"
        if style == "Bth":
            suf = "th" if 10 <= dd % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
            return f"{mon} {dd}{suf}"
        if style == "wd":
            return f"{WEEKDAYS[d.weekday()][:3]} {m}/{dd}"
        if style == "wdl":
            return f"{WEEKDAYS[d.weekday()]}, {mon} {dd}, {y}"
        if style == "By":
            return f"{mon} {y}"
        raise ValueError(style)

    def dob(self, old: bool = False) -> date:
        rng = self.rng
        y = rng.randint(1922, 1934) if old else rng.randint(1938, 2019)
        if self.culture in ("yazidi", "chaldean") and rng.random() < 0.3:
            return date(y, 7, 1)  # the 1 July birth date put on many Iraqi papers
        if self.culture == "tibetan" and rng.random() < 0.3:
            return date(y, 1, 1)
        return date(y, rng.randint(1, 12), rng.randint(1, 28))

    def mrn(self) -> str:
        rng = self.rng
        n = rng.randint(7, 10)
        body = "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
        body = str(rng.randint(1, 9)) + body[1:]
        full = body + luhn_digit(body)
        return f"{full[:2]}-{full[2:]}" if rng.random() < 0.25 else full

    def ssn(self) -> str:
        rng = self.rng
        a, b, c = rng.randint(1, 665), rng.randint(1, 99), rng.randint(1, 9999)
        if a == 0 or a == 666:
            a = 123
        sep = rng.choice(("-", "-", " ", ""))
        return f"{a:03d}{sep}{b:02d}{sep}{c:04d}"

    def mbi(self) -> str:
        rng = self.rng
        letters = "ACDEFGHJKMNPQRTUVWXY"
        an = letters + "0123456789"
        s = (str(rng.randint(1, 9)) + rng.choice(letters) + rng.choice(an) + str(rng.randint(0, 9)) + rng.choice(letters)
             + rng.choice(an) + str(rng.randint(0, 9)) + rng.choice(letters) + rng.choice(letters)
             + str(rng.randint(0, 9)) + str(rng.randint(0, 9)))  # fmt: skip
        return f"{s[:4]}-{s[4:7]}-{s[7:]}" if rng.random() < 0.5 else s

    def plan(self) -> str:
        rng = self.rng
        shape = rng.randint(0, 3)
        if shape == 0:
            return f"{rng.choice(('XEH', 'BSC', 'PHM', 'NTC', 'MLH'))}{rng.randint(100000000, 999999999)}"
        if shape == 1:
            return f"9{rng.randint(1000000, 9999999)}{rng.choice('ABCDEFGH')}"  # a Medi-Cal BIC shape
        if shape == 2:
            return self.mbi()
        return f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}"

    def account(self) -> str:
        rng = self.rng
        return rng.choice((f"{rng.randint(10000000, 99999999)}", f"AC-{rng.randint(100000, 999999)}",
                           f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}",
                           f"G{rng.randint(1000000, 9999999)}"))  # fmt: skip

    def dea(self, surname: str) -> str:
        rng = self.rng
        d = [rng.randint(0, 9) for _ in range(6)]
        check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return rng.choice("ABFM") + surname[0].upper() + "".join(map(str, d)) + str(check)

    def licence(self) -> str:
        rng = self.rng
        st = self.town[1]
        if st == "CA":
            return f"{rng.choice('ABDFGY')}{rng.randint(1000000, 9999999)}"
        if st == "MI":
            return f"{self.P.sur[0].upper()} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        if st == "NE":
            return f"{self.P.sur[0].upper()}{rng.randint(10000000, 99999999)}"
        return f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"

    def prof_licence(self) -> str:
        rng = self.rng
        return rng.choice((f"A{rng.randint(40000, 189999)}", f"RN{rng.randint(100000, 999999)}",
                           f"{rng.randint(4301, 4399)}{rng.randint(100000, 999999)}", f"AU {rng.randint(1000, 9999)}",
                           f"DDS {rng.randint(30000, 99999)}"))  # fmt: skip

    def plate(self) -> str:
        rng = self.rng
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        st = self.town[1]
        if st == "CA":
            return f"{rng.randint(5, 9)}{''.join(rng.choice(L) for _ in range(3))}{rng.randint(100, 999)}"
        if st == "NY":
            return f"{''.join(rng.choice(L) for _ in range(3))}-{rng.randint(1000, 9999)}"
        if st == "MI":
            return f"{''.join(rng.choice(L) for _ in range(3))} {rng.randint(1000, 9999)}"
        return f"{rng.randint(1, 99)}-{rng.choice(L)}{rng.randint(100, 9999)}"

    def vin(self) -> str:
        rng = self.rng
        raw = rng.choice(("1HG", "2T1", "5TD", "1FT", "3N1", "JTD", "4T1", "1GN")) + "".join(
            rng.choice(_VIN_CHARS) for _ in range(14)
        )
        raw = raw[:9] + rng.choice("KLMNPRST") + raw[10:]
        return vin_check(raw)

    def imei(self) -> str:
        body = "35" + "".join(str(self.rng.randint(0, 9)) for _ in range(12))
        return body + luhn_digit(body)

    def serial(self) -> str:
        rng = self.rng
        return rng.choice((f"{rng.randint(22000000000, 23999999999)}", f"SN{rng.randint(1000000, 9999999)}",
                           f"PMX{rng.randint(1000, 9999)}-{rng.randint(10000, 99999)}",
                           f"{rng.choice('JKRT')}{rng.randint(100, 999)}{rng.choice('ABCXYZ')}{rng.randint(10000, 99999)}",
                           f"P{rng.randint(2000000000, 2999999999)}"))  # fmt: skip

    def ident(self) -> str:
        rng = self.rng
        return rng.choice((f"{rng.randint(100000, 999999)}", f"REF-{rng.randint(10000, 99999)}",
                           f"{rng.randint(2024, 2025)}-{rng.randint(1000, 99999)}", f"CS{rng.randint(1000000, 9999999)}",
                           f"{rng.choice('QRTW')}{rng.randint(10000, 99999)}{rng.choice('ABK')}"))  # fmt: skip

    def anumber(self) -> str:
        d = self.rng.randint(200000000, 249999999)
        return rng_choice(self.rng, (f"A{d}", f"A {str(d)[:3]}-{str(d)[3:6]}-{str(d)[6:]}", f"A-{d}"))

    def address(self) -> str:
        rng = self.rng
        if rng.random() < 0.12:
            return f"PO Box {rng.randint(100, 9999)}"
        unit = rng.choice(
            ("", "", "", f" Apt {rng.randint(1, 40)}", f" #{rng.randint(101, 420)}", f" Unit {rng.choice('ABCD')}")
        )
        return f"{rng.randint(100, 28999)} {rng.choice(STREETS)}{unit}"

    def zip(self) -> str:
        z = f"{self.town[2]}{self.rng.randint(1, 99):02d}"
        return z + (f"-{self.rng.randint(1000, 9999)}" if self.rng.random() < 0.2 else "")

    def url(self) -> str:
        rng = self.rng
        host = rng.choice(("mychart", "portal", "forms", "my", "sleep", "connect"))
        dom = rng.choice(("sutterbuttes-health.org", "macombfamily.org", "lalishcare.net", "khalsaclinic.org",
                          "snowlionhealth.org", "cornhuskerdme.com", "ninevehmedical.com"))  # fmt: skip
        path = rng.choice(("/s/", "/form/", "/upload?id=", "/c/", "/p/"))
        return f"https://{host}.{dom}{path}{rng.randint(10000, 999999)}{rng.choice(('', 'x', 'k3'))}"

    def ip(self) -> str:
        rng = self.rng
        if rng.random() < 0.2:
            return f"2600:1700:{rng.randint(0x1000, 0xFFFF):x}:{rng.randint(0x10, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}"
        return f"{rng.choice((73, 98, 104, 174, 24, 71))}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"

    # rendering --------------------------------------------------------------------------------
    def token(self, tok: str) -> None:
        """Append the value a {token} stands for."""
        rng, d = self.rng, self.doc
        who, _, how = tok.partition(".")
        if who in ("P", "R", "S", "T"):
            p = getattr(self, who)
            if how in ("dr", "title"):
                title = "Dr." if how == "dr" else rng.choice(("Mr.", "Mrs.", "Ms.")) if who != "S" else "Dr."
                if how == "title" and p.sex == "M":
                    title = "Mr."
                elif how == "title" and p.sex == "F" and title == "Mr.":
                    title = "Mrs."
                d.add(title + " ")
                d.add(name_form(rng, p, rng.choice(("short", "sur", "short", "full"))), "NAME")
                return
            if how == "sig":
                d.add(name_form(rng, p, rng.choice(("short", "full", "init", "short"))), "NAME")
                d.add(", " + rng.choice(CREDENTIALS))
                return
            if how == "hon":  # a clergy title of the person's own community
                d.add(rng.choice(HONORIFICS[p.culture]) + " ")
                d.add(name_form(rng, p, rng.choice(("short", "given", "full"))), "NAME")
                return
            if how == "kin":
                d.add(rng.choice(KIN_BY_CULTURE[p.culture]))
                return
            if how == "email":
                d.add(email_for(rng, p), "EMAIL")
                return
            if how == "dea":
                d.add(self.dea(p.sur), "LICENSE")
                return
            d.add(name_form(rng, p, how), "NAME")
            return
        if tok.startswith("DATE"):
            _, _, style = tok.partition(":")
            delta = rng.randint(-60, 60)
            d.add(self.date_str(self.today + timedelta(days=delta), style), "DATE")
        elif tok == "DOB":
            d.add(self.date_str(self.pdob(), rng.choice(("mdy", "mdy", "dmy", "iso", "dbY", "BdY", "mdy2"))), "DATE")
        elif tok == "RDOB":
            d.add(self.date_str(self.dob(), rng.choice(("mdy", "dmy", "iso"))), "DATE")
        elif tok == "AGEP":  # the patient's age: PHI only when 90 or more
            n = self.page()
            if n >= 90:
                d.add(spell_age(n) if rng.random() < 0.25 else str(n), "AGE")
            else:
                d.add(str(n))
        elif tok == "DOBKID":
            kid = self.today - timedelta(days=rng.randint(2, 40))
            d.add(self.date_str(kid, rng.choice(("mdy", "mdy2", "iso", "BdY", "dbY"))), "DATE")
        elif tok == "TODAY":
            d.add(self.date_str(self.today), "DATE")
        elif tok == "TIME":
            h, m = rng.randint(6, 19), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
            d.add(f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}")
        elif tok == "AGE":  # an age of 90 or more
            n = rng.choice((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104))
            d.add(spell_age(n) if rng.random() < 0.25 else str(n), "AGE")
        elif tok == "YOUNG":
            d.add(str(rng.randint(2, 86)))
        elif tok == "PHONE":
            d.add(self.phone(), "PHONE")
        elif tok == "APHONE":
            d.add(self.abroad_phone(), "PHONE")
        elif tok == "FAX":
            d.add(self.phone(), "FAX")
        elif tok == "EMAIL":
            d.add(email_for(rng, rng.choice((self.P, self.R))), "EMAIL")
        elif tok == "OEMAIL":
            d.add(f"{rng.choice(('referrals', 'frontdesk', 'intake', 'billing', 'records'))}@"
                  f"{rng.choice(('khalsaclinic.org', 'lalishcare.net', 'snowlionhealth.org', 'ninevehmedical.com'))}",
                  "EMAIL")  # fmt: skip
        elif tok == "URL":
            d.add(self.url(), "URL")
        elif tok == "IP":
            d.add(self.ip(), "IP")
        elif tok == "SSN":
            d.add(self.ssn(), "SSN")
        elif tok == "MRN":
            d.add(self.mrn(), "MRN")
        elif tok == "ACCT":
            d.add(self.account(), "ACCOUNT")
        elif tok == "PLAN":
            d.add(self.plan(), "HEALTH_PLAN")
        elif tok == "MBI":
            d.add(self.mbi(), "HEALTH_PLAN")
        elif tok == "DL":
            d.add(self.licence(), "LICENSE")
        elif tok == "LIC":
            d.add(self.prof_licence(), "LICENSE")
        elif tok == "PLATE":
            d.add(self.plate(), "VEHICLE")
        elif tok == "VIN":
            d.add(self.vin(), "VEHICLE")
        elif tok == "SERIAL":
            d.add(self.serial(), "DEVICE")
        elif tok == "IMEI":
            d.add(self.imei(), "DEVICE")
        elif tok == "ID":
            d.add(self.ident(), "ID")
        elif tok == "ANUM":
            d.add(self.anumber(), "ID")
        elif tok == "ADDR":
            d.add(self.address(), "ADDRESS")
        elif tok == "TOWN":
            d.add(self.town[0], "LOCATION")
        elif tok == "OTOWN":
            d.add(rng.choice(US_TOWNS)[0], "LOCATION")
        elif tok == "ST":
            d.add(self.town[1])
        elif tok == "ZIP":
            d.add(self.zip(), "ZIP")
        elif tok == "CITY":  # Town, ST ZIP
            d.add(self.town[0], "LOCATION")
            d.add(f", {self.town[1]} ")
            d.add(self.zip(), "ZIP")
        elif tok == "ABROAD":
            d.add(rng.choice(ABROAD_BY_CULTURE[self.culture]), "LOCATION")
        elif tok == "COUNTRY":
            d.add(COUNTRY[self.culture])
        elif tok == "LANG":
            d.add(LANGUAGES[self.culture])
        elif tok == "FAC":
            d.add(self.facility, "FACILITY")
        elif tok.startswith("FAC:"):
            d.add(self.org(tok[4:]), "FACILITY")
        elif tok == "WORSHIP":
            d.add(rng.choice(WORSHIP), "FACILITY")
        elif tok == "CAR":
            d.add(rng.choice(CARS))
        elif tok == "INS":
            d.add(rng.choice(INSURERS), "insurer")
        elif tok == "DEPT":
            d.add(rng.choice(DEPARTMENTS), "department")
        elif tok == "BR":
            d.add("\n" if rng.random() < 0.3 else " ")
        else:
            raise KeyError(tok)

    def render(self, template: str) -> None:
        """Append `template`: ((a|b|c)) picks one alternative, {TOKEN} a value, [[term|kind]] a
        keep term (or, with a PHI type, a fixed PHI span)."""
        rng = self.rng
        while "((" in template:
            template = re.sub(r"\(\(([^()]*)\)\)", lambda m: rng.choice(m.group(1).split("|")), template, count=1)
        for m in re.finditer(r"\{([A-Za-z:. ]+)\}|\[\[([^\]|]+)\|(\w+)\]\]|[^{\[]+|[{\[]", template):
            if m.group(1):
                self.token(m.group(1))
            elif m.group(2):
                self.doc.add(m.group(2), m.group(3))
            else:
                self.doc.add(m.group(0))


def rng_choice(rng: random.Random, xs):
    return rng.choice(xs)


def K(rng: random.Random, table) -> str:
    """A keep term written as [[term|kind]] from a table of (term, kind)."""
    term, kind = rng.choice(table)
    return f"[[{term}|{kind}]]"


# ---------------------------------------------------------------------------------------------
# Keep terms by genre: (term, kind).

_K = {
    "hearing": (("92558", "code"), ("92650", "code"), ("P09.6", "code"), ("Z01.110", "code"), ("Natus", "manufacturer"),
                ("ALGO 5", "model"), ("Audiology", "department"), ("H90.3", "code")),
    "cpap": (("E0601", "code"), ("A7030", "code"), ("A7034", "code"), ("G47.33", "code"), ("ResMed", "manufacturer"),
             ("AirSense 11", "model"), ("AirFit F20", "model"), ("Sleep Medicine", "department"), ("Epworth", "eponym")),
    "sealant": (("D1351", "code"), ("D0120", "code"), ("D1206", "code"), ("K02.51", "code"), ("3M", "manufacturer"),
                ("Clinpro", "model"), ("sodium fluoride 5% varnish", "drug"), ("Pediatric Dentistry", "department")),
    "mow": (("S5170", "code"), ("E11.9", "code"), ("I50.32", "code"), ("Z59.41", "code"), ("furosemide 40 mg", "drug"),
            ("metformin 500 mg", "drug"), ("Social Work", "department")),
    "seating": (("K0861", "code"), ("E2402", "code"), ("G35", "code"), ("G80.1", "code"), ("Permobil", "manufacturer"),
                ("M3 Corpus", "model"), ("Quantum Rehab", "manufacturer"), ("Q6 Edge 3", "model"),
                ("baclofen 10 mg", "drug"), ("Physical Medicine", "department")),
    "carseat": (("Z38.00", "code"), ("P07.38", "code"), ("94780", "code"), ("Graco", "manufacturer"),
                ("SnugRide 35", "model"), ("Newborn Nursery", "department"), ("Apgar", "eponym")),
    "mri": (("70553", "code"), ("72148", "code"), ("Z95.0", "code"), ("Medtronic", "manufacturer"),
            ("Azure XT DR", "model"), ("Cochlear", "manufacturer"), ("Nucleus 7", "model"), ("Radiology", "department")),
    "urine": (("82340", "code"), ("84105", "code"), ("N20.0", "code"), ("R82.994", "code"), ("Litholink", "manufacturer"),
              ("potassium citrate 10 mEq", "drug"), ("Nephrology", "department")),
    "n648": (("F03.90", "code"), ("F43.10", "code"), ("F70", "code"), ("G30.1", "code"), ("donepezil 10 mg", "drug"),
             ("sertraline 50 mg", "drug"), ("Neurology", "department")),
    "quit": (("99406", "code"), ("99407", "code"), ("F17.210", "code"), ("Z72.0", "code"), ("varenicline 0.5 mg", "drug"),
             ("nicotine patch 21 mg", "drug"), ("nicotine gum 4 mg", "drug"), ("Pulmonology", "department")),
    "retina": (("92229", "code"), ("E11.319", "code"), ("E11.9", "code"), ("Topcon", "manufacturer"),
               ("NW400", "model"), ("Snellen", "eponym"), ("Ophthalmology", "department")),
    "shingles": (("90750", "code"), ("Z23", "code"), ("90471", "code"), ("Shingrix 0.5 mL", "drug"),
                 ("GSK", "manufacturer"), ("Pharmacy", "department")),
    "bedhold": (("I63.9", "code"), ("N39.0", "code"), ("J18.9", "code"), ("S72.001A", "code"), ("Medicaid", "insurer"),
                ("Case Management", "department"), ("ceftriaxone 1 g", "drug")),
    "eyeglass": (("H52.13", "code"), ("H52.223", "code"), ("99173", "code"), ("V2020", "code"), ("Snellen", "eponym"),
                 ("School Health", "department")),
    "fair": (("R03.0", "code"), ("R73.03", "code"), ("Z13.1", "code"), ("Omron", "manufacturer"), ("HEM-907XL", "model"),
             ("Accu-Chek Guide", "model"), ("Roche", "manufacturer"), ("Community Health", "department")),
    "bronch": (("31622", "code"), ("31624", "code"), ("31628", "code"), ("R91.1", "code"), ("Olympus", "manufacturer"),
               ("BF-1TH190", "model"), ("lidocaine 1%", "drug"), ("midazolam 2 mg", "drug"), ("fentanyl 50 mcg", "drug")),
    "thora": (("32555", "code"), ("J91.8", "code"), ("J90", "code"), ("Light", "eponym"), ("lidocaine 1%", "drug"),
              ("Interventional Radiology", "department"), ("Safe-T-Centesis", "model"), ("BD", "manufacturer")),
    "arthro": (("20610", "code"), ("20611", "code"), ("M17.11", "code"), ("M10.061", "code"), ("Baker", "eponym"),
               ("triamcinolone 40 mg", "drug"), ("lidocaine 1%", "drug"), ("Orthopedics", "department")),
    "carpal": (("64721", "code"), ("G56.01", "code"), ("G56.02", "code"), ("Tinel", "eponym"), ("Phalen", "eponym"),
               ("Durkan", "eponym"), ("lidocaine 1% with epinephrine", "drug"), ("Hand Surgery", "department")),
    "tilt": (("93660", "code"), ("R55", "code"), ("I95.1", "code"), ("33285", "code"), ("Medtronic", "manufacturer"),
             ("Reveal LINQ", "model"), ("isoproterenol 1 mcg/min", "drug"), ("Cardiology", "department")),
    "iud": (("58300", "code"), ("Z30.430", "code"), ("J7298", "code"), ("J7300", "code"), ("Bayer", "manufacturer"),
            ("Mirena", "model"), ("Kyleena", "model"), ("ibuprofen 800 mg", "drug"), ("Gynecology", "department")),
    "evla": (("36475", "code"), ("36478", "code"), ("I83.811", "code"), ("I87.2", "code"), ("ClosureFast", "model"),
             ("Medtronic", "manufacturer"), ("Seldinger", "eponym"), ("Trendelenburg", "eponym"),
             ("Vascular Surgery", "department")),
    "mano": (("91010", "code"), ("91037", "code"), ("K22.0", "code"), ("R13.10", "code"), ("Chicago", "eponym"),
             ("ManoScan", "model"), ("Medtronic", "manufacturer"), ("Gastroenterology", "department")),
    "tonsil": (("42826", "code"), ("42821", "code"), ("J35.01", "code"), ("G47.33", "code"), ("Brodsky", "eponym"),
               ("Mallampati", "eponym"), ("Coblation", "model"), ("Smith+Nephew", "manufacturer"),
               ("dexamethasone 8 mg", "drug"), ("Otolaryngology", "department")),
    "tms": (("90867", "code"), ("90868", "code"), ("F33.2", "code"), ("F33.1", "code"), ("NeuroStar", "model"),
            ("Neuronetics", "manufacturer"), ("Hamilton", "eponym"), ("sertraline 100 mg", "drug"),
            ("Psychiatry", "department")),
    "pessary": (("57160", "code"), ("N81.2", "code"), ("N81.4", "code"), ("Gellhorn", "eponym"), ("Valsalva", "eponym"),
                ("Milex", "model"), ("CooperSurgical", "manufacturer"), ("estradiol 0.01% cream", "drug"),
                ("Urogynecology", "department")),
    "hernia": (("49505", "code"), ("K40.90", "code"), ("K40.91", "code"), ("Lichtenstein", "eponym"),
               ("Prolene", "model"), ("Ethicon", "manufacturer"), ("bupivacaine 0.25%", "drug"),
               ("cefazolin 2 g", "drug"), ("General Surgery", "department")),
    "litho": (("50590", "code"), ("N20.0", "code"), ("N20.1", "code"), ("Dornier", "manufacturer"), ("Delta III", "model"),
              ("tamsulosin 0.4 mg", "drug"), ("Urology", "department"), ("Randall", "eponym")),
    "renal": (("50200", "code"), ("N04.9", "code"), ("N18.4", "code"), ("R80.9", "code"), ("BD", "manufacturer"),
              ("Max-Core", "model"), ("desmopressin 0.3 mcg/kg", "drug"), ("Nephrology", "department")),
    "chest": (("32551", "code"), ("J93.11", "code"), ("J93.83", "code"), ("Pleur-evac", "model"), ("Teleflex", "manufacturer"),
              ("Heimlich", "eponym"), ("ketorolac 15 mg", "drug"), ("Trauma Surgery", "department")),
}  # fmt: skip
LOTS = "ABCDEFGHJKLMNPRTUVWXYZ"


def k(ctx: Ctx, genre: str, n: int = 1, only: str | None = "code") -> str:
    """n distinct keep terms of the genre (of kind `only`, or any), as [[term|kind]] joined by ", "."""
    terms = ctx.rng.sample([t for t in _K[genre] if only in (None, t[1])], n)
    return ", ".join(f"[[{t}|{kind}]]" for t, kind in terms)


def kt(genre: str, term: str) -> str:
    """One named keep term of the genre."""
    kind = dict(_K[genre])[term]
    return f"[[{term}|{kind}]]"


def lot(ctx: Ctx) -> str:
    rng = ctx.rng
    return f"[[{rng.choice(LOTS)}{rng.choice(LOTS) if rng.random() < 0.5 else ''}{rng.randint(1000, 99999)}|code]]"


def chat(ctx: Ctx, lines: list[tuple[str, str]]) -> str:
    """Chat lines "[9:40 AM] Speaker: text" with clock times that move forward."""
    rng = ctx.rng
    h, m = rng.randint(7, 17), rng.randint(0, 50)
    out = []
    for who, text in lines:
        m += rng.randint(1, 9)
        if m >= 60:
            h, m = h + 1, m - 60
        out.append(f"[{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}] {who}: {text}")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Messages.


def m_hearing(c: Ctx) -> str:
    return c.rng.choice(
        (
            "Hello, this is {S.sig} at {FAC:Audiology}. Your baby {P.given} did not pass the newborn hearing screen in one ear "
            "before going home from {FAC}, so we need a hearing rescreen.(( |\n))Appointment: {DATE:wd} at {TIME}, room 2 "
            "(screening code " + k(c, "hearing") + "). Bring the pink card from the nursery. Call {PHONE} to move it.\n"
            "- Parent on file: {R.full}\n- Address we have: {ADDR}, {CITY}\n- Baby DOB {DOBKID}\nReply STOP to end texts.",
            "> Is the hearing rescreen really needed? Her ears are fine, {R.kin} says she turns to the TV\n\n"
            "hi {R.given}, yes please keep it. The first screen (" + k(c, "hearing", 2) + ") was done at 14 hours old, "
            "many babies pass the second time. We booked {TODAY} with {S.dr}.{BR}Our fax for the {INS} form "
            "is {FAX}. -- {S.initials}",
            chat(
                c,
                [
                    ("Front desk", "Calling about the hearing rescreen for baby {P.lf}, MRN {MRN}"),
                    ("{R.given}", "we moved to {OTOWN}, can we do it closer"),
                    ("Front desk", "yes, {FAC:Audiology} in {TOWN} does " + k(c, "hearing") + ", phone {PHONE}"),
                    ("{R.given}", "ok. my email {R.email} send the paper"),
                    ("Front desk", "Sent. Appointment {DATE:wd}, bring the {INS} card"),
                ],
            ),
        )
    )


def m_cpap(c: Ctx) -> str:
    return c.rng.choice(
        (
            "Hi {P.given}, {FAC:Durable Medical} here. Your CPAP compliance report for {INS} is due {DATE:Bth}. "
            "Your " + kt("cpap", "ResMed") + " " + kt("cpap", "AirSense 11") + " (serial {SERIAL}) shows 3.1 hours a "
            "night; the plan needs 4 hours on 70% of nights. Log in at {URL} or call {PHONE}.\n"
            "Codes on the order: " + k(c, "cpap", 2) + "\nReply 1 for a mask refit.",
            "CPAP COMPLIANCE - 30/90 DAY DOWNLOAD\nPatient:\t{P.lf}\nDOB:\t{DOB}\nDevice serial:\t{SERIAL}\n"
            "Modem upload from:\t{IP}\nUsage >= 4 h:\t62% of nights\nAHI:\t3.4\nOrdering:\t{S.sig}\n"
            "Supplier acct:\t{ACCT}\n" + k(c, "cpap", 2) + " on file. Questions: {OEMAIL}",
            "> my machine stopped sending the numbers after we moved to {ADDR}\n\nDear {P.title}, the "
            + kt("cpap", "AirSense 11")
            + " sends by cellular, it does not need wifi. For the CPAP compliance window we "
            "counted nights from {DATE} to {DATE}. Your {R.kin} can also read the numbers off the screen and text "
            "them to {PHONE}. {S.sig}, {FAC:Sleep Center}",
        )
    )


def m_sealant(c: Ctx) -> str:
    c.kid = True
    return c.rng.choice(
        (
            "{FAC:Kids Dentistry} - School Sealant Program CONSENT\nStudent: {P.lf}   Grade: 2   DOB: {DOB}\n"
            "School: {FAC:Elementary}\nParent/guardian: {R.full}   Phone: {PHONE}\n"
            "[x] Yes, my child may receive dental sealant on the back teeth ("
            + kt("sealant", "D1351")
            + ") and "
            + kt("sealant", "sodium fluoride 5% varnish")
            + "\nMedicaid/plan ID: {PLAN}\nSigned {DATE}",
            "Dear {R.title}, at the screening on {DATE:wd} our hygienist {S.sig} saw early pits on {P.given}'s molars "
            "(" + k(c, "sealant") + "). The sealant takes ten minutes a tooth. Please return the consent by {DATE:bd} "
            "or sign online at {URL}.\nQuestions: {OEMAIL} or {PHONE}.",
            "hi this is {R.given} {R.sur} mom of {P.given}\nhe came home with the sealant paper but{BR}his "
            "{R.kin} signed it already last year at {FAC:Elementary}, do we need new one? his medi-cal "
            "is {PLAN}\n\nReply: Yes, a new form each school year. -- {S.initials}, RDH",
        )
    )


def m_mow(c: Ctx) -> str:
    c.old = True
    return c.rng.choice(
        (
            "REFERRAL - Meals on Wheels\nClient: {P.lf}\nAge: {AGEP}\nLives alone at {ADDR}, {CITY}\n"
            "Diet: low sodium, diabetic (" + k(c, "mow", 2) + ")\nMeds include " + kt("mow", "furosemide 40 mg") + "\n"
            "Emergency contact: {R.full} ({R.kin}), {PHONE}\nSSN for county form: {SSN}\nReferred by {S.sig}, {FAC}, fax {FAX}\nDate: {TODAY}",
            "Hi {S.given}, it's {R.full}. My {R.kin} {P.given} turned {AGEP} on {DATE:Bth} and cannot stand at the stove "
            "anymore. Can you send the Meals on Wheels referral? Address is {ADDR}, {TOWN}, gate code 1942. She eats "
            "vegetarian, no eggs. Call me at {PHONE} or {R.email}.",
            "* Meals on Wheels intake call {DATE:wd}, {TIME}\n* Client {P.full}, {AGEP} years old, blind in right eye\n"
            "* Route driver {T.short}, van plate {PLATE}\n* Billing code " + kt("mow", "S5170") + ", client ID {ID}\n"
            "* Key with neighbor at {ADDR}\n* Referred by {T.hon} after a home visit",
        )
    )


def m_seating(c: Ctx) -> str:
    return c.rng.choice(
        (
            "Power wheelchair seating evaluation\nClient: {P.lf}  DOB {DOB}  MRN {MRN}\nCurrent chair: "
            + kt("seating", "Permobil")
            + " "
            + kt("seating", "M3 Corpus")
            + ", serial {SERIAL}\nDx: "
            + k(c, "seating")
            + "\nVendor: {FAC:Rehab}, tech {T.sig}, account {ACCT}\nTransport: family van plate {PLATE}, VIN {VIN}, ramp ok\n"
            "Eval {DATE:wd} {TIME} with {S.sig}",
            "> Will {INS} pay for the tilt?\n\n{R.given}, the power wheelchair order ("
            + k(c, "seating", 2)
            + ") goes to the plan after the face to face on {DATE}. I wrote that {P.given} slides down and has a "
            "stage 2 spot. The old chair, serial {SERIAL}, is 6 years old. Member ID {PLAN}. {S.sig}",
            chat(
                c,
                [
                    ("{R.given}", "the power wheelchair joystick broke again"),
                    ("Seating clinic", "sorry! is it the " + kt("seating", "Q6 Edge 3") + "? serial under the seat?"),
                    ("{R.given}", "{SERIAL}"),
                    ("Seating clinic", "ok, tech {T.given} can come to {ADDR} on {DATE:wd}"),
                    ("{R.given}", "thank you. gate code 1100, call {PHONE}"),
                ],
            ),
        )
    )


def m_carseat(c: Ctx) -> str:
    return c.rng.choice(
        (
            "Newborn car seat check - Mother/Baby unit\nBaby: {P.lf} (" + k(c, "carseat") + ")\nParent: {R.full}\n"
            "Vehicle: {CAR}, plate {PLATE}\nVIN: {VIN}\nSeat: "
            + kt("carseat", "Graco")
            + " "
            + kt("carseat", "SnugRide 35")
            + ", base installed rear seat\nChecked by {S.sig} on {TODAY} at {TIME}\nLoaner seat ID: {ID}",
            "Hi {R.given}, this is {S.given} from the {FAC} car seat program. Your 60-minute car seat test for "
            "{P.given} is {DATE:wd}; preemies need it ({BR}" + kt("carseat", "P07.38") + "). Please bring the car, the "
            "front desk will ask for plate {PLATE} and the driver license ({DL}). Parking is free. {PHONE}",
            "> did the fire station put the car seat in right?\n\nYes. Officer {T.short} signed the sheet at station 4 "
            "on {DATE}. It lists your VIN {VIN} and {INS} sent you the seat. See you for the weight check. {S.sig}",
        )
    )


def m_mri(c: Ctx) -> str:
    c.old = c.old or c.rng.random() < 0.2
    return c.rng.choice(
        (
            "MRI SAFETY SCREENING - {DEPT}\nPatient: {P.lf}    MRN: {MRN}\nExam: " + k(c, "mri") + " on {DATE:wd}\n"
            "Implants: pacemaker " + kt("mri", "Medtronic") + " " + kt("mri", "Azure XT DR") + ", serial {SERIAL}\n"
            "Implanted at {FAC}, {DATE:By}\nRep to be present: {T.sig}, cell {PHONE}\nScreened by {S.sig} (lic {LIC})",
            "Hello {P.title}, before your MRI on {DATE} our MRI safety nurse needs the card for your "
            + kt("mri", "Cochlear")
            + " "
            + kt("mri", "Nucleus 7")
            + " implant. The serial on your card ({SERIAL}) "
            "tells us the magnet rules. Upload a photo at {URL} or fax it to {FAX}. {S.sig}",
            "> is the metal in my leg from the war a problem for mri\n\n{P.given}, yes, shrapnel needs an x-ray first "
            "(MRI safety rule). I ordered it at {FAC} for {DATE:wd}. Your {LANG} interpreter {T.full} will meet you "
            "at {TIME}. Questions: {PHONE}. {S.sig}",
        )
    )


def m_urine(c: Ctx) -> str:
    return c.rng.choice(
        (
            "24-hour urine collection - instructions for {P.short} (MRN {MRN})\n1. Start {DATE:wd} morning: empty your bladder, do NOT save.\n"
            "2. Save every drop for 24 hours in the orange jug (keep cold).\n3. Drop it at {FAC:Lab}, {ADDR}, by {TIME}.\n"
            "Tests: "
            + k(c, "urine", 2)
            + "\nRequisition #{ID}  Acct {ACCT}\nKit sent by "
            + kt("urine", "Litholink")
            + " to {ADDR}, {CITY}",
            "hi, {R.full} here for my {R.kin} {P.short} ({DOB}). we got the 24-hour urine jug but it leaked in the car. "
            "can the lab send a new one to {ADDR}? tracking said {ID}. thanks, {PHONE}",
            "> Her 24-hour urine was short, only 900 mL\n\nThanks {S.given}. Let's repeat it; she started "
            + kt("urine", "potassium citrate 10 mEq")
            + " on {DATE}. Order under {INS} member {PLAN}. Dx "
            + kt("urine", "N20.0")
            + ". -- {S.sig}",
        )
    )


def m_n648(c: Ctx) -> str:
    c.old = c.old or c.rng.random() < 0.3
    return c.rng.choice(
        (
            "Dear {S.dr},\nMy {R.kin} {P.full} (A-number {ANUM}) has the citizenship interview on {DATE:BdY}. "
            "{T.hon} from our community wrote a letter too. The lawyer at {FAC:Legal Aid} says she needs the N-648 form because she cannot learn the test "
            "after what happened in {ABROAD}. She is on " + k(c, "n648") + ". Please call {PHONE} or email {R.email}.\n"
            "{R.full}",
            "N-648 worksheet (medical certification for disability exception)\nApplicant: {P.lf}\nA#: {ANUM}\n"
            "DOB: {DOB}   Birthplace: {ABROAD}, {COUNTRY}\nDx: " + k(c, "n648", 2) + "\nSSN: {SSN}\n"
            "Examined {DATE} by {S.sig}, license {LIC}\nInterpreter: {T.full} ({LANG})",
            chat(
                c,
                [
                    ("{R.given}", "did you finish the N-648"),
                    ("Clinic", "{S.dr} signed it {DATE:wd}. pick up at {FAC}"),
                    ("{R.given}", "can you fax to the lawyer {FAX}"),
                    ("Clinic", "yes. what is his A number again"),
                    ("{R.given}", "{ANUM}, born {DOB}"),
                ],
            ),
        )
    )


def m_quit(c: Ctx) -> str:
    return c.rng.choice(
        (
            "Hi {P.given}, this is {S.sig} from {FAC}. I sent your referral to the quitline today ({TODAY}). "
            "A coach will call {PHONE} from a blocked number. Your plan covers " + k(c, "quit", 2, "drug") + ". "
            "Online option: {URL}",
            "QUITLINE FAX REFERRAL\nTo: state quitline  Fax {FAX}\nFrom: {FAC}, {S.sig}\nPatient: {P.lf}  DOB {DOB}  MRN {MRN}\n"
            "Prescriber DEA {S.dea}\nBest time: after {TIME}, language {LANG}\nPhone {PHONE}  Email {P.email}\nCounseled 5 min ("
            + k(c, "quit")
            + ")",
            "> I smoked with the hookah at {T.given}'s house on {DATE:bd}, does that reset it\n\nNot a reset! "
            "Tell the quitline coach on Thursday. Keep the " + kt("quit", "nicotine patch 21 mg") + " on. {S.initials}",
        )
    )


def m_retina(c: Ctx) -> str:
    return c.rng.choice(
        (
            "Diabetic eye screening: your retinal photo from {DATE:wd} was read by {S.dr} at {FAC:Eye Clinic}. "
            "Result: mild changes, see eye doctor within 3 months (" + k(c, "retina", 2) + "). "
            "Call {PHONE} to book. {P.lf}, MRN {MRN}",
            "| Patient | {P.lf} |\n| DOB | {DOB} |\n| Camera | "
            + kt("retina", "Topcon")
            + " "
            + kt("retina", "NW400")
            + " |\n| Retinal photo | both eyes, gradable |\n| Read by | {S.sig} |\n| Code | "
            + kt("retina", "92229")
            + " |\n| Upload IP | {IP} |",
            "hi {S.given}, {P.given} here. i missed the retinal photo at the gurdwara day, can i come to {ADDR} "
            "{DATE:Bth} after work? my sugar was 212. {PHONE}",
        )
    )


def m_shingles(c: Ctx) -> str:
    c.old = c.old or c.rng.random() < 0.3
    return c.rng.choice(
        (
            "{FAC:Pharmacy}: {P.given}, your shingles series dose 2 of "
            + kt("shingles", "Shingrix 0.5 mL")
            + " is due {DATE:wd}. Dose 1 lot "
            + lot(c)
            + " given {DATE}. "
            "Reply Y to book or call {PHONE}. Rx acct {ACCT}",
            "Vaccine record - shingles series\nName\t{P.lf}\nDOB\t{DOB}\nDose 1\t{DATE:iso}\tlot " + lot(c) + "\n"
            "Dose 2\t{DATE:iso}\tlot "
            + lot(c)
            + "\nGiven by\t{S.sig}\nRPh license\t{LIC}\nCodes\t"
            + k(c, "shingles", 2)
            + "\n"
            "Plan\t{INS} {PLAN}",
            "> my arm was red three days after the first one\n\n{P.title}, that is common. The shingles series still "
            "needs dose 2 between {DATE:bd} and {DATE:bd}. {S.sig} at the {TOWN} store, {PHONE}",
        )
    )


def m_bedhold(c: Ctx) -> str:
    c.old = True
    return c.rng.choice(
        (
            "To: Business office, {FAC:Nursing and Rehab}\nFax: {FAX}\nRe: bed hold for {P.lf}, age {AGEP}\n"
            "Resident was sent to {FAC} on {DATE:wd} (" + k(c, "bedhold", 2) + "). Family asks to keep the bed hold "
            "(room 14B) under " + kt("bedhold", "Medicaid") + " ID {PLAN}. Private pay acct {ACCT}.\n{S.sig}",
            "Hello, this is {R.full}, {R.kin} of {P.full}. She is {AGEP} and in the hospital since {DATE}. "
            "Does the bed hold end after 7 days? The nursing home at {ADDR} said call {PHONE}. My number {PHONE}.",
            chat(
                c,
                [
                    ("{R.given}", "nursing home says bed hold ends tomorrow"),
                    ("Case manager", "I called them. {T.full} in admissions will hold it to {DATE:bd}"),
                    ("{R.given}", "she is {AGEP} they want her back in same room"),
                    (
                        "Case manager",
                        "noted. their fax is {FAX}, I sent the " + kt("bedhold", "Case Management") + " note",
                    ),
                ],
            ),
        )
    )


def m_eyeglass(c: Ctx) -> str:
    c.kid = True
    return c.rng.choice(
        (
            "Dear parent of {P.full},\nAt the vision screening at {FAC:Elementary} on {DATE} your child read "
            "20/70 on the " + kt("eyeglass", "Snellen") + " chart. Your eyeglass voucher number is {ID}. Take it to "
            "{FAC:Optical} at {ADDR}, {CITY}. Questions: school nurse {S.sig}, {PHONE}.",
            "eyeglass voucher question\nmy son {P.given} {P.sur} lost the paper\nis voucher {ID} still ok?\n"
            "we are at {ADDR} {TOWN}\n- {R.given} ({PHONE})",
            "* Eyeglass voucher log {DATE:wd}\n* Student {P.lf}, DOB {DOB}, Medi-Cal {PLAN}\n* Exam "
            + k(c, "eyeglass", 2)
            + "\n* Frame picked {DATE:bd}, voucher {ID}\n* Nurse {S.initials}",
        )
    )


def m_fair(c: Ctx) -> str:
    c.old = c.old or c.rng.random() < 0.5
    return c.rng.choice(
        (
            "Health fair at {WORSHIP} - results card\nName: {P.full}\nAge: {AGEP}\n| Test | Result |\n| BP | 148/92 |\n"
            "| Glucose | 164 |\n| A1c | 7.1 |\nCuff: " + kt("fair", "Omron") + " " + kt("fair", "HEM-907XL") + "\n"
            "Follow up with {FAC} ({PHONE}) - codes " + k(c, "fair") + "\nVolunteer {S.sig}",
            chat(
                c,
                [
                    ("{S.given}", "health fair at the {TOWN} gurdwara sunday, langar hall, 10 to 2"),
                    (
                        "{T.given}",
                        "I can do BP with the " + kt("fair", "Omron") + ". my car plate is {PLATE} for parking list",
                    ),
                    ("{S.given}", "thx. {T.hon} will announce it. sign ups go to {OEMAIL}"),
                    ("{T.given}", "uncle {P.short} ({AGEP}) wants a home visit instead"),
                    ("{S.given}", "ok put him on sheet, {ADDR}"),
                ],
            ),
            "Thank you for visiting our health fair on {DATE:wd}, {P.title}. Your sugar was high. A nurse from "
            "{FAC} will call {PHONE}. Register for the free clinic at {URL}. " + k(c, "fair", 2),
        )
    )


def m_section(c: Ctx, i: int) -> str:
    """A trailing part of a message: a signature, a P.S., a forwarded header, an app footer."""
    return (
        "\n\n--\n{R.full}\n{ADDR}\n{CITY}\ncell {PHONE}",
        "\n\nP.S. the form asks for ((her|his|my)) social, it is {SSN}. New address {ADDR}, {TOWN} {ZIP}.",
        "\n\n-----\nSubmitted from {IP} via {URL}",
        "\n\nps my {R.kin} will bring the paper, ((her|his)) phone is {PHONE}",
        "\n\n________\nFrom: {R.email}\nSent: {DATE:wdl} {TIME}\nTo: {OEMAIL}",
        "\n\nAcct {ACCT} | SSN on file {SSN} | {INS} {PLAN}",
        "\n\nThis message was sent by {FAC} to the number on file. Manage texts at {URL}",
        "\n\n{S.sig}\n{FAC}\nPh {PHONE}  Fax {FAX}\nLic. {LIC}",
        "\n\nsorry for the late reply, I was at the DMV renewing my license ({DL}) all morning",
    )[i]


N_M_SECTIONS = 9


MESSAGE_GENRES = (m_hearing, m_cpap, m_sealant, m_mow, m_seating, m_carseat, m_mri, m_urine, m_n648, m_quit,
                  m_retina, m_shingles, m_bedhold, m_eyeglass, m_fair)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Clinical notes: a header, the genre's body, one or two sections carrying other identifiers, a signature.


def c_header(c: Ctx) -> str:
    return c.rng.choice(
        (
            "PATIENT: {P.LF}    MRN: {MRN}    DOB: {DOB}\nENCOUNTER: {TODAY} {TIME}  {FAC}  {DEPT}\n",
            "Name: {P.lf}\tDOB: {DOB}\tAge: {AGEP}\nMRN: {MRN}\tSSN: {SSN}\tLocation: {FAC}\nDate of service: {DATE:wd}\n",
            "{FAC} | {DEPT}\n| Patient | {P.caps} |\n| MRN | {MRN} |\n| Service date | {TODAY} |\n",
            "PATIENT LABEL  {P.LF}  {MRN}  DOB {DOB}  Age {AGEP}\n{FAC}, {DEPT}, {TODAY}\n",
            "{P.full} (MRN {MRN}), seen {DATE:wdl} at {FAC}.\n",
        )
    )


def c_section(c: Ctx, i: int) -> str:
    return (
        "REGISTRATION: {ADDR}, {CITY}; home {PHONE}; SSN {SSN}; {INS} member {PLAN}.\n",
        "Ride home with ((her|his)) {R.kin}, {R.full}, driving a {CAR}, plate {PLATE}.\n",
        "Patient portal note sent to {P.email} from {IP}; instructions at {URL}.\n",
        "Copy to: {T.dr}, {FAC:Family Medicine}, fax {FAX}. Rx sent, prescriber DEA {S.dea}.\n",
        "Devices on file: phone IMEI {IMEI}; home device serial {SERIAL}.\n",
        "Billing: account {ACCT}; Medicare MBI {MBI}; financial counselor {T.short}.\n",
        "SOCIAL / INTERPRETER: {LANG} interpreter {T.full}, job {ID}; ID checked, driver's license {DL}.\n",
        "Emergency contact: {R.full} ({R.kin}), {PHONE}, {R.email}; family in {ABROAD}, {COUNTRY}, {APHONE}.\n",
        "Late entry {DATE:wd} {TIME}: {R.kin} {R.given} called from {OTOWN}; {P.given} is staying at {ADDR} "
        "until the follow-up. Case number {ID}.\n",
        "Prior records requested from {FAC:Medical Group}, {ADDR}, {CITY}, fax {FAX}, via {OEMAIL}.\n",
        "Transport: medical van {PLATE} (VIN {VIN}), driver {T.short}, pickup {TIME}.\n",
        "Family at bedside: {R.kin} ({AGE}) and {R.full}; grandmother in {ABROAD} on video from {IP}.\n",
    )[i]


N_SECTIONS = 12


def c_footer(c: Ctx) -> str:
    return c.rng.choice(
        (
            "Electronically signed by {S.sig} on {TODAY} {TIME}",
            "Electronically signed by {S.sig} {DATE:mdy} {TIME}; license {LIC}",
            "Dictated by {S.dr}, transcribed by {T.initials} {DATE}. Electronically signed by {S.sig}",
            "Electronically signed by {S.sig}, {FAC}, {PHONE}",
        )
    )


def c_bronch(c: Ctx) -> str:
    c.old = c.old or c.rng.random() < 0.3
    return c.rng.choice(
        (
            "Flexible bronchoscopy with BAL (" + kt("bronch", "31622") + ", " + kt("bronch", "31624") + ")\n"
            "Indication: " + kt("bronch", "R91.1") + ", cavitary RUL nodule; lived in {ABROAD} until {DATE:By}.\n"
            "Scope: "
            + kt("bronch", "Olympus")
            + " "
            + kt("bronch", "BF-1TH190")
            + ". Sedation "
            + kt("bronch", "midazolam 2 mg")
            + ", "
            + kt("bronch", "fentanyl 50 mcg")
            + "; topical "
            + kt("bronch", "lidocaine 1%")
            + ".\nFindings: friable mucosa RB2, BAL 120 mL in, 45 back. AFB x3 sent, "
            "specimen {ID}.\n",
            "BRONCHOSCOPY NOTE\n1. Consent signed by patient and {R.kin} {R.given}.\n2. Airway: Mallampati 2.\n"
            "3. "
            + k(c, "bronch", 2)
            + ".\n4. Transbronchial biopsies x5 LLL under fluoro ("
            + kt("bronch", "31628")
            + ").\n5. No pneumothorax on post film at {TIME}.\nPlan: results to {S.dr} "
            "in 5 days; call {PHONE} with hemoptysis.\n",
        )
    )


def c_thora(c: Ctx) -> str:
    c.old = c.old or c.rng.random() < 0.6
    return c.rng.choice(
        (
            "Ultrasound-guided thoracentesis, right (" + kt("thora", "32555") + ")\nDx: " + k(c, "thora") + "\n"
            "Kit: "
            + kt("thora", "BD")
            + " "
            + kt("thora", "Safe-T-Centesis")
            + ", "
            + kt("thora", "lidocaine 1%")
            + " 8 mL.\nRemoved 1,150 mL straw-colored fluid; stopped for cough.\nFluid LDH 310, protein 4.1: exudate by "
            + kt("thora", "Light")
            + " criteria.\nPatient is {AGEP}; {R.kin} at bedside. Consent video link {URL}.\n",
            "Procedure\tthoracentesis, left\nOperator\t{S.sig}\nVolume\t800 mL\nStudies\tcell count, culture, cytology\n"
            "Dx\t" + k(c, "thora", 2) + "\nSpecimen\t{ID}\nPost CXR\tno pneumothorax, {TIME}\n",
        )
    )


def c_arthro(c: Ctx) -> str:
    return c.rng.choice(
        (
            "Knee arthrocentesis and injection, right (" + kt("arthro", "20610") + ")\nHx: swelling x3 wk after "
            "kneeling at {WORSHIP}; " + kt("arthro", "Baker") + " cyst on US {DATE}.\nAspirated 40 mL cloudy yellow "
            "fluid; crystals sent. Injected "
            + kt("arthro", "triamcinolone 40 mg")
            + " with "
            + kt("arthro", "lidocaine 1%")
            + ".\nDx: "
            + k(c, "arthro")
            + "\n",
            "ARTHROCENTESIS - first MTP/ankle\n- Indication: hot swollen ankle, uric acid 9.2\n- Dx "
            + k(c, "arthro", 2)
            + "\n- Fluid sent, requisition {ID}\n- Patient asks note for work at "
            "{FAC:Trucking}; employer fax {FAX}\n",
        )
    )


def c_carpal(c: Ctx) -> str:
    return c.rng.choice(
        (
            "Open carpal tunnel release, right ("
            + kt("carpal", "64721")
            + ")\nDx "
            + kt("carpal", "G56.01")
            + "; EMG at {FAC} on {DATE}: severe median neuropathy.\nExam: "
            + kt("carpal", "Tinel")
            + " +, "
            + kt("carpal", "Phalen")
            + " + at 20 s, thenar wasting.\nAnesthesia: "
            + kt("carpal", "lidocaine 1% with epinephrine")
            + ", WALANT.\nTransverse carpal ligament divided; no complications. Tourniquet 0 min.\n",
            "| Item | Carpal tunnel release |\n| Side | left |\n| Dx | "
            + kt("carpal", "G56.02")
            + " |\n| Tests | "
            + kt("carpal", "Durkan")
            + " positive |\n| Occupation | packer at {FAC:Packing} |\n| Claim | {ID} |\n| SSN | {SSN} |\n| Return to work | {DATE:bd} |\n",
        )
    )


def c_tilt(c: Ctx) -> str:
    c.old = c.old or c.rng.random() < 0.2
    return c.rng.choice(
        (
            "Head-up tilt table test (" + kt("tilt", "93660") + ")\nIndication: " + k(c, "tilt") + ", fainted at "
            "the {TOWN} gurdwara kitchen on {DATE:bd}.\nBaseline HR 72, BP 118/74. At 70 degrees x 14 min: BP 78/40, HR 48, "
            "syncope with 12 s asystole.\nImpression: cardioinhibitory vasovagal syncope.\n",
            "TILT TABLE STUDY\nPassive phase negative. " + kt("tilt", "isoproterenol 1 mcg/min") + " phase: "
            "presyncope at 6 min.\nLoop recorder: "
            + kt("tilt", "Medtronic")
            + " "
            + kt("tilt", "Reveal LINQ")
            + ", serial {SERIAL}, implanted {DATE} ("
            + kt("tilt", "33285")
            + ").\nRemote monitor uploads from {IP}; clinic view {URL}.\n",
        )
    )


def c_iud(c: Ctx) -> str:
    return c.rng.choice(
        (
            "IUD insertion ("
            + kt("iud", "58300")
            + ")\nDevice: "
            + kt("iud", "Mirena")
            + " by "
            + kt("iud", "Bayer")
            + " ("
            + kt("iud", "J7298")
            + "), lot "
            + lot(c)
            + ", exp {DATE:By}.\nCounseling "
            + kt("iud", "Z30.430")
            + "; urine hCG neg. Premed "
            + kt("iud", "ibuprofen 800 mg")
            + ".\nUterus sounded to 7 cm; strings trimmed to 3 cm.\n"
            "Husband {R.short} waited in the car. Self-pay acct {ACCT}; SSN {SSN} for the sliding-fee form.\n",
            "Procedure: IUD insertion\n* Device "
            + kt("iud", "Kyleena")
            + " ("
            + kt("iud", "J7300")
            + "), lot "
            + lot(c)
            + "\n* LMP {DATE}\n* Interpreter declined; patient speaks English\n* Follow-up string check {DATE:wd}\n",
        )
    )


def c_evla(c: Ctx) -> str:
    return c.rng.choice(
        (
            "Endovenous radiofrequency ablation, right GSV (" + kt("evla", "36475") + ")\nDx " + k(c, "evla") + "\n"
            "Access by "
            + kt("evla", "Seldinger")
            + " technique; "
            + kt("evla", "ClosureFast")
            + " catheter ("
            + kt("evla", "Medtronic")
            + "), 7 cycles.\nTumescent anesthesia; "
            + kt("evla", "Trendelenburg")
            + " position.\nPatient stands all day at {FAC:Grocery}; compression stockings 20-30.\n",
            "ENDOVENOUS ABLATION - follow-up duplex\n| Segment | Result |\n| GSV thigh | occluded |\n| SFJ | patent |\n"
            "| Dx | " + k(c, "evla") + " |\nNo DVT. Next leg ({BR}" + kt("evla", "36478") + ") {DATE:wd}.\n",
        )
    )


def c_mano(c: Ctx) -> str:
    return c.rng.choice(
        (
            "High-resolution esophageal manometry ("
            + kt("mano", "91010")
            + ")\nSystem "
            + kt("mano", "Medtronic")
            + " "
            + kt("mano", "ManoScan")
            + ".\nIRP 28 mmHg, 100% failed peristalsis with panesophageal pressurization.\n"
            "Impression: type II achalasia by "
            + kt("mano", "Chicago")
            + " Classification v4.0 ("
            + kt("mano", "K22.0")
            + ").\nRefer to {S.dr} at {FAC} for POEM.\n",
            "MANOMETRY REPORT\nIndication\t"
            + kt("mano", "R13.10")
            + "\nCatheter\tplaced transnasally\nSwallows\t10 wet\n"
            "IRP\t12 mmHg\nDCI\t410\nImpression\tineffective motility\nAlso done\t" + kt("mano", "91037") + "\n",
        )
    )


def c_tonsil(c: Ctx) -> str:
    c.kid = c.rng.random() < 0.5
    return c.rng.choice(
        (
            "Tonsillectomy and adenoidectomy ("
            + kt("tonsil", "42821")
            + ")\nDx "
            + k(c, "tonsil")
            + "; tonsils "
            + kt("tonsil", "Brodsky")
            + " 4+, snoring, pauses per parents.\nTechnique: "
            + kt("tonsil", "Coblation")
            + " ("
            + kt("tonsil", "Smith+Nephew")
            + "). "
            + kt("tonsil", "dexamethasone 8 mg")
            + " IV.\nEBL 10 mL. Child age {AGEP}, "
            "weight 24 kg.\n",
            "TONSILLECTOMY - post-op check\n1. Adult, "
            + kt("tonsil", "42826")
            + "; "
            + kt("tonsil", "Mallampati")
            + " 3.\n2. POD 6: eating soft food, no bleeding.\n3. Bleeding precautions given; call {PHONE} after {TIME}.\n",
        )
    )


def c_tms(c: Ctx) -> str:
    return c.rng.choice(
        (
            "TMS treatment session 18 of 36 ("
            + kt("tms", "90868")
            + ")\nDx "
            + k(c, "tms")
            + "\nDevice "
            + kt("tms", "NeuroStar")
            + " ("
            + kt("tms", "Neuronetics")
            + "), left DLPFC, 120% MT, 3000 pulses.\n"
            + kt("tms", "Hamilton")
            + " depression score 14 (was 26). Continues "
            + kt("tms", "sertraline 100 mg")
            + ".\nBrother {R.given} drives; he waits in the lot.\n",
            "TMS MAPPING ("
            + kt("tms", "90867")
            + ")\n- Motor threshold 54% at {TIME}\n- Dx "
            + k(c, "tms", 2)
            + "\n- Screened: no metal, no seizures\n- Schedule: daily x 6 wk from {DATE:wd}\n- Rating scales e-mailed via {URL}\n",
        )
    )


def c_pessary(c: Ctx) -> str:
    c.old = c.old or c.rng.random() < 0.8
    return c.rng.choice(
        (
            "Pessary fitting ("
            + kt("pessary", "57160")
            + ")\nDx "
            + k(c, "pessary")
            + "; bulge on "
            + kt("pessary", "Valsalva")
            + ".\nFitted "
            + kt("pessary", "Gellhorn")
            + " #3 ("
            + kt("pessary", "Milex")
            + ", "
            + kt("pessary", "CooperSurgical")
            + "). Voided in clinic.\nStart "
            + kt("pessary", "estradiol 0.01% cream")
            + " twice weekly. Patient is {AGEP}; lives with {R.kin}.\n",
            "PESSARY CHECK\nPatient\t{P.short}\nAge\t{AGEP}\nDevice\tring with support #4\nExam\tno erosion\nDx\t"
            + k(c, "pessary")
            + "\nNext\t{DATE:bd}\n",
        )
    )


def c_hernia(c: Ctx) -> str:
    c.old = c.old or c.rng.random() < 0.2
    return c.rng.choice(
        (
            "Open inguinal hernia repair, right ("
            + kt("hernia", "49505")
            + ")\nDx "
            + k(c, "hernia")
            + "\n"
            + kt("hernia", "Lichtenstein")
            + " tension-free repair with "
            + kt("hernia", "Prolene")
            + " mesh ("
            + kt("hernia", "Ethicon")
            + "), lot "
            + lot(c)
            + ".\nLocal "
            + kt("hernia", "bupivacaine 0.25%")
            + "; "
            + kt("hernia", "cefazolin 2 g")
            + " pre-incision.\nLifting limit 10 lb x 6 wk for job at {FAC:Warehouse}.\n",
            "HERNIA REPAIR - op note summary\n| Step | Detail |\n| Sac | indirect, reduced |\n| Mesh | lot "
            + lot(c)
            + " |\n| Dx | "
            + k(c, "hernia")
            + " |\n| Discharge | {DATE:wd} {TIME} |\n",
        )
    )


def c_litho(c: Ctx) -> str:
    return c.rng.choice(
        (
            "Shock wave lithotripsy, left renal pelvis stone 9 mm ("
            + kt("litho", "50590")
            + ")\nDx "
            + k(c, "litho")
            + "\nLithotripter "
            + kt("litho", "Dornier")
            + " "
            + kt("litho", "Delta III")
            + ", 3000 shocks, power 4.\n"
            "Post: " + kt("litho", "tamsulosin 0.4 mg") + " daily; strain urine. Stone went to {FAC:Lab} "
            "(specimen {ID}); results post to {URL}.\n",
            "LITHOTRIPSY - pre-procedure checklist\n[x] Off aspirin 7 days\n[x] Driver: {R.full}, phone {PHONE}\n"
            "[x] Dx " + k(c, "litho", 2) + "\n[x] Deposit paid, acct {ACCT}\n[ ] Pregnancy test N/A\n",
        )
    )


def c_renal(c: Ctx) -> str:
    return c.rng.choice(
        (
            "Percutaneous renal biopsy, left lower pole ("
            + kt("renal", "50200")
            + ")\nIndication: "
            + k(c, "renal")
            + ", proteinuria 3.2 g/day.\nNeedle "
            + kt("renal", "BD")
            + " "
            + kt("renal", "Max-Core")
            + " 16 g, 3 cores.\n"
            + kt("renal", "desmopressin 0.3 mcg/kg")
            + " pre-procedure. Hgb 11.2 to 10.9 at 6 h.\nCores to {FAC:Pathology}, "
            "accession {ID}.\n",
            "RENAL BIOPSY CONSENT & RESULT CALL\n> Risks reviewed with {R.kin} through interpreter.\n"
            "Dx "
            + k(c, "renal", 2)
            + "\nResult called to {P.given} at {PHONE} on {DATE:wd}. Hospital bill acct {ACCT}.\n",
        )
    )


def c_chest(c: Ctx) -> str:
    return c.rng.choice(
        (
            "Chest tube placement, left 5th ICS, 14 Fr (" + kt("chest", "32551") + ")\nDx " + k(c, "chest") + "\n"
            "Drain: "
            + kt("chest", "Pleur-evac")
            + " ("
            + kt("chest", "Teleflex")
            + ") to -20 cm water; air leak 2 of 7.\n"
            "Fell from ladder at job site {ADDR}, {CITY}. Pain: " + kt("chest", "ketorolac 15 mg") + ".\n",
            "CHEST TUBE - daily note\n* Output 120 mL/24 h serous\n* No air leak since {TIME}\n* Dx "
            + k(c, "chest")
            + "\n* Plan: clamp trial then pull; "
            + kt("chest", "Heimlich")
            + " valve if leak recurs\n",
        )
    )


CLINICAL_GENRES = (c_bronch, c_thora, c_arthro, c_carpal, c_tilt, c_iud, c_evla, c_mano, c_tonsil, c_tms, c_pessary,
                   c_hernia, c_litho, c_renal, c_chest)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Rows.


def _finish(doc: Doc, case: str) -> tuple[str, list[dict], dict[str, str]]:
    text = doc.text()
    keep = dict(doc.keep)
    if case == "upper":
        text, keep = text.upper(), {t.upper(): v for t, v in keep.items()}
    elif case == "lower":
        text, keep = text.lower(), {t.lower(): v for t, v in keep.items()}
    phi = [{"start": s, "end": e, "type": t} for s, e, t in sorted(doc.phi)]
    kept = {}
    for term, kind in keep.items():
        hits = [m.start() for m in re.finditer(re.escape(term), text)]
        if hits and not any(st < i + len(term) and i < en for i in hits for st, en, _ in doc.phi):
            kept[term] = kind
    return text, phi, kept


def _message(rng: random.Random, i: int) -> tuple[str, list[dict], dict[str, str]]:
    c = Ctx(rng)
    genre = MESSAGE_GENRES[i % len(MESSAGE_GENRES)]
    c.render(genre(c))
    if rng.random() < 0.45:
        c.render(m_section(c, rng.randrange(N_M_SECTIONS)))
    r = rng.random()
    return _finish(c.doc, "upper" if r < 0.05 else "lower" if r < 0.1 else "")


def _clinical(rng: random.Random, i: int) -> tuple[str, list[dict], dict[str, str]]:
    for _ in range(50):
        c = Ctx(rng)
        genre = CLINICAL_GENRES[i % len(CLINICAL_GENRES)]
        c.old = rng.random() < 0.15
        body = genre(c)
        c.render(c_header(c))
        c.render(body)
        for j in rng.sample(range(N_SECTIONS), rng.choice((1, 2, 2, 3))):
            c.render(c_section(c, j))
        c.render(c_footer(c))
        text, phi, keep = _finish(c.doc, "")
        if 150 <= len(text) <= 1500:
            return text, phi, keep
    raise RuntimeError("no note of the right length")


def generate(family: str, n: int, seed: int) -> list[dict]:
    """`n` rows of `family`, reproducible from `seed`."""
    if family not in FAMILIES:
        raise ValueError(family)
    rng = random.Random(f"evalset18:{family}:{seed}")
    make = _message if family == "messages" else _clinical
    rows: list[dict] = []
    seen: set[str] = set()
    for i in range(n):
        while True:
            text, phi, keep = make(rng, i)
            if text not in seen:
                break
        seen.add(text)
        assert text.isascii()
        rows.append({"id": f"eval18-{family}-{i}", "family": family, "text": text, "phi": phi, "keep": list(keep),
                     "keep_kinds": keep})  # fmt: skip
    return rows


def dumps(rows: list[dict]) -> str:
    """The rows as JSON lines."""
    return "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    ap.add_argument("--family", choices=FAMILIES, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dumps(generate(args.family, args.n, args.seed)), encoding="utf-8")


if __name__ == "__main__":
    main()
