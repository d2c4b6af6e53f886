"""Twenty-eighth independent de-identification evaluation set (eval28): living kidney donor evaluation
questions (donor coordinator replies, crossmatch and CT dates, transplant centre IDs, `|` lab tables),
hurricane evacuation and special medical needs shelter registrations (registry numbers, oxygen
concentrator and ventilator serials, evacuation ride plates, numbered lists), hospital lost and found
claims (dentures, hearing aids, phones with IMEIs, security case numbers, forwarded-mail headers),
Shabbos and kosher accommodation requests (appointment times, gelatin-free and kosher drug questions,
rabbis' quoted replies), allergy shot schedule and vial questions (extract makers, vial lots, build-up
tables, chat lines with clock times), growth hormone pen and specialty pharmacy messages (pen makers and
models, pen serials, prior authorization numbers, tab forms), ambulatory blood pressure monitor loans and
returns (monitor makers, models and serials, reading tables, header columns set apart by spaces),
newborn screen repeat requests (filter card numbers, birth dates, nursery replies), power and manual
wheelchair repair tickets (chair makers and models, HCPCS parts, dealer work orders, bullets) and
Depo-Provera shot scheduling messages (injection windows, NDCs and lots, bullets and quoted reminders)
(`messages`); and pilonidal abscess incision and drainage, flexible laryngoscopy, epidural blood patch,
sacroiliac joint injection, hysterosalpingography, shave biopsy, stellate ganglion block and esketamine
nasal spray treatment session notes (`clinical`; 150-1,500 characters). Each genre occurs equally often
(thirty rows per genre in `messages`, fifteen in `clinical`, in turn). One message in eighteen is all
capitals and one in eighteen all lower case; layouts include key: value and tab forms, `|` tables,
bullets ("- " and "* "), numbered lists, "> " quoted replies, chat lines with clock times ("[9:05 AM]
Ngozi: ..."), signatures with initials ("-- CNO"), forwarded-mail headers ("Sent: ") and header lines
whose columns are set apart by runs of spaces ("Patient: ...    MRN: ..."). Every clinical note has a
header (PATIENT:, Pt name:, a `|` table or a sentence with "(MRN ..."), one to three sections that
carry further identifiers (``SECTION_LABELS``) and a signature line ("Electronically signed by",
"Signed:", "Attested by" or "Verified by"), some with an NPI and a DEA number.

Written by a writer who read only `tests/deid/evalset_checks.py`, `tests/deid/test_evalset27.py`,
`tests/deid/conftest.py`, `tests/deid/test_evalset_generators.py`, the module docstrings of
`tools/deid/evalset3.py` ... `tools/deid/evalset27.py` (nothing below them), the API (signatures and
docstrings) of `tools/deid/faker_tables.py` and `medcode/deid/types.py`, `datasets/deid/README.md` and
the ruff and mypy sections of `pyproject.toml`. evalset27 was imported only to list the names of its
public objects, the signatures of `generate`, `dumps`, `provenance_problems` and `main` and the values
of `KEEP_KINDS`, `FAMILIES`, the genre tuples and `SECTION_LABELS`; none of its code was read. None of
the de-identifier's rules, recognizers, lexicons, keep lists, models or engine, none of the other
generators' code and none of the sets under `datasets/` or `build/` were read; no `git log` or `git
show` was run and no commit message was read. The de-identifier was never run on this text.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters them.
This family brings text shapes, values and names nobody tuned on, and many keep terms written in
varied ways and places (in sentences, in key: value and tab fields, in `|` tables, in chat lines and
bullets): device makers and models that look like people, places or words ("Permobil", "Pride
Mobility Jazzy", "Quickie Nitrum", "TiLite", "Ki Mobility", "ROHO", "Spacelabs OnTrak", "SunTech Oscar
2", "Microlife", "Olympus", "Pentax", "Whitacre", "Sprotte", "Perifix", "CooperSurgical", "Easypod",
"NordiFlex", "GoQuick", "Greer", "HollisterStier"), regional, Medicaid managed-care, Medicare
Advantage, union fund, health-care sharing and other plans ("Fidelis Care", "MetroPlus Health",
"Elderplan", "VillageCare Max", "Community Health Choice", "Superior HealthPlan", "Horizon NJ Health",
"Sunshine Health", "Peach State Health Plan", "Priority Health", "Clover Health", "Alignment Health
Plan", "1199SEIU National Benefit Fund", "Samaritan Ministries", "Medi-Share", "Meritain Health"), brand
names that look like given names, words or places ("Jencycla", "Incassia", "Tulana", "Sharobel",
"Depo-SubQ Provera 104", "Spravato", "Xolair", "Odactra", "Omnipaque 300", "Norditropin", "Ngenla",
"Sogroya", "Skytrofa"), eponyms with and without their head word, some of which are surnames, words or
towns ("Bascom", "Karydakis", "Limberg", "Reinke", "Gaenslen", "Yeoman", "Gillet", "Chassaignac",
"Monsel", "Clark", "Asherman", "Rubin", "Guthrie", "Ballard", "Moro", "Cockcroft-Gault", "Banff",
"Gerota", "Saffir-Simpson", "Pomeroy", "Korotkoff", "Samter", "Beck"), departments, and ICD-10-CM, CPT,
HCPCS and NDC codes and lot numbers in prose and in lists, to measure over-redaction.

Locales: none. ``NAME_LOCALES``, ``CITY_LOCALES``, ``ORG_LOCALES``, ``LOCALES`` and ``FAKER_TABLES``
are empty and ``provenance_problems()`` returns []. Names come from hand-written lists of three naming
cultures no earlier family used, in the Latin spellings met on US papers, with variants: Igbo (Nigerian
families in Sugar Land, Missouri City, Pearland, Grand Prairie, Lawrenceville, Snellville, Upper
Marlboro, Randallstown, Newark and Irvington: Igbo given names and their short forms, "Chukwuemeka" /
"Emeka", "Ifeoma" / "Ify", "Obiageli" / "Oby", "Uzoamaka" / "Uzo", beside Christian names, "Godwin",
"Blessing"; surnames with their registrar spellings, "Nwachukwu" / "Nwachuku", "Ezeh" / "Eze",
"Okonkwo" / "Okonkwor", "Ogbonna" / "Ogbona", "Anyanwu" / "Anyawu", "Ezeani" / "Eze-Ani"; hyphenated
married names, "Okafor-Nwosu"; Nigerian papers written surname first in capitals, "OKAFOR Chinedu",
with day-first dates, "14/03/1957"), Indo-Caribbean (Guyanese and Trinidadian Hindu and Muslim families
in Richmond Hill, South Ozone Park, Valley Stream, Schenectady, Kissimmee, Orlando and Lauderhill: the
Caribbean spellings of Hindi names, not India's, "Persaud" / "Pershad", "Ramnarine" / "Ramnarain" /
"Ram Narine", "Seepersaud" / "Seepersad", "Boodram" / "Budhram", "Ramkissoon" / "Ramkisoon"; given
names in "-nauth", "-dai", "-wattie", "Premnauth", "Bhagwandai", "Chandrawattie", and their nicknames in
quotes, 'Harrinarine "Harry" Ramcharan'; "Bacchus", "Mohabir", "Ally") and Hasidic and Orthodox
Ashkenazi (Yiddish naming in Williamsburg and Borough Park (Brooklyn), Monsey, Kiryas Joel, New
Square, Spring Valley, Airmont, Monroe, Lakewood, Toms River and Passaic: Yiddish and Hebrew given names
in their Ashkenazi transliterations with English ones beside them, "Yitzchok" / "Yitschok" / "Isaac",
"Shulem" / "Sholom", "Yoel" / "Joel"; double given names, "Chaim Yankel", "Chaya Sura"; Yiddish
diminutives used as names, "Yidel", "Malky", "Faigy", "Blimy", "Raizy"; surnames in German and
Hungarian spellings, "Weiss" / "Weisz", "Gross" / "Grosz", "Lefkowitz" / "Lefkovits", "Herskovic" /
"Hershkowitz", "Meisels" / "Meisles", "Rottenberg" / "Rotenberg"; surnames that are English words,
"Gross", "Klein", "Stern", "Brach", "Gluck"). Words for relatives used instead of a name
(``KIN_WORDS``: Igbo "Nne", "Nna", "Nnenne", "Dede"; Indo-Caribbean "Nani", "Aji", "Aja", "Chacha",
"Mamoo"; Yiddish "Bubby", "Zaidy", "Tatty", "Mommy", "Shvigger") are not PHI, nor are titles ("Dr.",
"Mr.", "Mrs.", "Ms.", "Rabbi", "Pandit", "Chief", "Rev.", "Sister"). Towns come from hand-written lists
(``US_TOWNS`` with state, ZIP codes and area codes; ``ABROAD_TOWNS`` in Nigeria, Guyana, Trinidad,
Israel and Canada, with phones there), as do streets, facilities, insurers, makers and models. Numbers,
dates, codes and identifiers come from this module's own seeded ``random.Random``; no Faker is used, so
a seed reproduces its file byte for byte. All text is ASCII.

Annotation conventions (the 18 Safe Harbor identifiers as the project's PHI types): NAME is a person's
name as written (patients, donors, parents, caregivers, clinicians, coordinators, dealers, staff), one
span: "Given Surname", "Given M. Surname", "Given Surname-Second", "SURNAME, Given", "SURNAME Given",
'Given "Nick" Surname', all capitals, all lower case, a given name or a surname alone, and two to four
capital initials that sign a message or a note ("-- CNO"). Titles stay outside the span, as do
credentials (", MD", ", DO", ", NP", ", PA-C", ", RN", ", CRNA", ", MA", ", RT", ", PharmD", ", LCSW"), a
possessive "'s" and kinship words. An e-mail address is EMAIL even when it holds a name. DATE is every
date element more specific than a year, one span with its year if it has one and with a weekday written
next to it ("03/14/2025", "3/14/25", "2025-03-14", "14-Mar-2025", "Mar 14, 2025", "March 14, 2025", "14
March 2025", "3/14", "Mar 14", "March 14th", "Friday, March 14, 2025", and day-first "14/03/1957" and
"14.03.1957"). Clock times, durations, doses, volumes, blood pressures, vial strengths and room numbers
are not PHI. AGE is PHI only when 90 or more, the number or the words alone ("96", "ninety-four", "one
hundred and one"); younger ages stay in the text unannotated. LOCATION is a town or city (US or abroad);
states and countries are not PHI, and a town inside an organisation's name is part of the FACILITY
span. ADDRESS is the street line with its unit ("Apt 4C", "#12", "Unit 4") or a PO Box; ZIP is a US ZIP
with its +4 when written. PHONE and FAX include "+1", "1-", an extension and the country codes "+234",
"+592", "+972" and "+44"; a number labelled fax is FAX. EMAIL, URL (with "https://") and IP (IPv4 or
IPv6) are whole tokens. SSN in any of its shapes. MRN is a medical record number: 8 to 10 digits, its
last a Luhn check digit, sometimes a hyphen after the first two. ACCOUNT is a billing, guarantor,
dealer or payment card number (cards 16 digits, Luhn). HEALTH_PLAN is a member, subscriber, Medicaid
recipient or sharing-ministry number or a Medicare MBI. LICENSE is a driver's licence (the shapes of
TX, GA, MD, NJ, NY and FL) or a DEA registration (its check digit right). VEHICLE is a plate or a VIN
(its check digit right). DEVICE is the serial number of a device a patient uses or carries (monitor,
pen, wheelchair, concentrator, ventilator, hearing aid) or a phone IMEI (Luhn). ID is every other
identifying number: donor, shelter registry, security case, filter card, prior authorization, work
order, ticket and employee numbers, and NPIs (Luhn with the 80840 prefix). FACILITY is every
organisation named (hospitals, clinics, pharmacies, shelters, dealers, schools, synagogues, temples),
one span. Not PHI and kept (``keep``, kinds in ``KEEP_KINDS``): drugs, with their doses when written
(drug); ICD-10-CM codes, CPT-shaped numbers, HCPCS codes, NDC codes and lot numbers (code); makers
(maker); model names and model numbers (model); insurers and plans (insurer); eponyms, the name only
(eponym) and departments (department). No keep term ever occurs inside a PHI span (a term that does in
some row is left out of that row's list).

    python -m tools.deid.evalset28 --family messages --n 300 --seed 5601 --out datasets/deid/eval28_messages.jsonl
    python -m tools.deid.evalset28 --family clinical --n 120 --seed 5602 --out datasets/deid/eval28_clinical.jsonl

Seeds 5701 / 5702 are reserved for tuning (``--out build/deid-fresh/eval28t_messages.jsonl`` and
``--out build/deid-fresh/eval28t_clinical.jsonl``); keep the two committed files for measurement.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tools.deid import faker_tables

NAME_LOCALES: tuple[str, ...] = ()
CITY_LOCALES: tuple[str, ...] = ()
ORG_LOCALES: tuple[str, ...] = ()
LOCALES: tuple[str, ...] = ()
FAKER_TABLES: dict[str, list[tuple[str, str]]] = {}

FAMILIES = ("messages", "clinical")
KEEP_KINDS = ("drug", "code", "maker", "model", "insurer", "eponym", "department")
MESSAGE_GENRES = (
    "living_donor", "evacuation", "lost_found", "shabbos", "allergy_shots",
    "growth_hormone", "abpm", "newborn_screen", "wheelchair", "depo",
)  # fmt: skip
CLINICAL_GENRES = (
    "pilonidal", "laryngoscopy", "blood_patch", "si_joint", "hsg", "shave_biopsy", "stellate", "esketamine",
)  # fmt: skip
GENRE_MARKS = {
    "messages": (r"living kidney donor", r"special medical needs shelter", r"lost and found", r"\bShabbos\b",
                 r"allergy shots?\b", r"growth hormone", r"ambulatory blood pressure", r"newborn screen",
                 r"wheelchair repair", r"Depo-Provera"),
    "clinical": (r"\bpilonidal\b", r"flexible laryngoscopy", r"epidural blood patch", r"sacroiliac joint",
                 r"hysterosalpingogra", r"shave biopsy", r"stellate ganglion", r"\besketamine\b"),
}  # fmt: skip
SECTION_LABELS = (
    "Contact on file: ", "Guarantor: ", "Interpreter: ", "Ride home: ", "Devices: ", "Records to: ",
    "Coverage on file: ", "Emergency contact: ",
)  # fmt: skip

# ---------------------------------------------------------------- names
# Each surname or given name is a tuple of the spellings one person's papers may carry.
IG_GIVEN_M = [("Chukwuemeka", "Emeka"), ("Chinedu", "Nedu"), ("Obinna",), ("Ikechukwu", "Ike"), ("Nnamdi",),
              ("Uchenna", "Uche"), ("Chidi",), ("Kelechi",), ("Onyekachi", "Kachi"), ("Tochukwu", "Tochi"),
              ("Ifeanyi",), ("Godwin",), ("Chibuzor", "Buzor"), ("Ebuka",), ("Somtochukwu", "Somto")]  # fmt: skip
IG_GIVEN_F = [("Ngozi",), ("Adaeze", "Ada"), ("Chiamaka", "Amaka"), ("Nkechi",), ("Chioma",), ("Obiageli", "Oby"),
              ("Ifeoma", "Ify"), ("Uzoamaka", "Uzo"), ("Chinwe",), ("Nneka",), ("Ebere",), ("Blessing",),
              ("Chinonso", "Nonso"), ("Amarachi",), ("Ogechi", "Oge")]  # fmt: skip
IG_SURNAMES = [("Okafor",), ("Okonkwo", "Okonkwor"), ("Nwosu",), ("Ezeh", "Eze"), ("Okeke",), ("Obi",),
               ("Anyanwu", "Anyawu"), ("Nwachukwu", "Nwachuku"), ("Onwuka", "Onuka"), ("Ogbonna", "Ogbona"),
               ("Nnaji",), ("Uzor", "Uzoh"), ("Okoye",), ("Igwe",), ("Ugwu",), ("Ezeani", "Eze-Ani"),
               ("Nwankwo",), ("Onuoha",), ("Umeh",), ("Iwuchukwu", "Iwuchuku"), ("Nwaogu",)]  # fmt: skip
IC_GIVEN_M = [("Premnauth", "Prem"), ("Deonarine",), ("Harrinarine", "Harry"), ("Rajkumar", "Raj"), ("Dhanraj",),
              ("Mahendra",), ("Vishnu",), ("Shivnauth", "Shiv"), ("Rohan",), ("Indra",), ("Bisram",),
              ("Nazim",), ("Khemraj",), ("Lakhram",), ("Ramesh",)]  # fmt: skip
IC_GIVEN_F = [("Chandrawattie", "Chandra"), ("Bhagwandai",), ("Savitri", "Savi"), ("Satwattie", "Sattie"),
              ("Leelawattie", "Leela"), ("Kamla",), ("Sharda",), ("Parbattie",), ("Devika",), ("Sunita",),
              ("Bibi",), ("Farida",), ("Omattie",), ("Rajwantie",), ("Latchmin",)]  # fmt: skip
IC_SURNAMES = [("Persaud", "Pershad"), ("Ramnarine", "Ramnarain", "Ram Narine"), ("Seepersaud", "Seepersad"),
               ("Boodram", "Budhram"), ("Rampersaud", "Rampersad"), ("Mohabir",), ("Dookhan",), ("Jagdeo",),
               ("Sukhdeo",), ("Ramkissoon", "Ramkisoon"), ("Maharaj",), ("Ramdass", "Ramdas"), ("Narine",),
               ("Balgobin",), ("Ramcharan",), ("Doobay",), ("Bissoon",), ("Ramsaroop",), ("Bacchus",),
               ("Ally",), ("Harripersaud",)]  # fmt: skip
YI_GIVEN_M = [("Yitzchok", "Yitschok", "Isaac"), ("Yisroel", "Israel"), ("Chaim", "Haim"), ("Moshe", "Moishe"),
              ("Yehuda", "Yidel"), ("Shulem", "Sholom"), ("Yoel", "Joel"), ("Mendel",), ("Avrohom", "Abraham"),
              ("Zalmen", "Zalman"), ("Hershy",), ("Lipa",), ("Duvid", "Dovid"), ("Chaim Yankel",), ("Berish",)]  # fmt: skip
YI_GIVEN_F = [("Chaya Sura", "Chaya Sarah"), ("Rivky", "Rivka"), ("Malky", "Malka"), ("Breindy",), ("Faigy",),
              ("Blimy", "Bluma"), ("Toby", "Tova"), ("Gitty",), ("Perel", "Pearl"), ("Esty", "Esther"),
              ("Chani", "Chana"), ("Raizy",), ("Surie",), ("Pessy",), ("Leah",)]  # fmt: skip
YI_SURNAMES = [("Teitelbaum",), ("Weiss", "Weisz"), ("Gross", "Grosz"), ("Klein",), ("Friedman", "Fried"),
               ("Lefkowitz", "Lefkovits"), ("Berkowitz", "Berkovits"), ("Herskovic", "Hershkowitz"), ("Schwimmer",),
               ("Meisels", "Meisles"), ("Rottenberg", "Rotenberg"), ("Grunfeld", "Greenfeld"), ("Brach",),
               ("Schlesinger",), ("Gluck", "Glick"), ("Stern",), ("Landau",), ("Wertzberger",), ("Lebovits",),
               ("Halberstam",), ("Zelmanovitz",)]  # fmt: skip
IG_NICKS: list[str] = []
IC_NICKS = ["Harry", "Bobby", "Sonny", "Baby", "Dolly", "Tony", "Mickey", "Sunny"]
YI_NICKS = ["Hershy", "Yanky", "Shloimy", "Moishy", "Suri", "Chaimy"]
CULTURES: dict[str, tuple[list, list, list]] = {
    "ig": (IG_GIVEN_M, IG_GIVEN_F, IG_SURNAMES),
    "ic": (IC_GIVEN_M, IC_GIVEN_F, IC_SURNAMES),
    "yi": (YI_GIVEN_M, YI_GIVEN_F, YI_SURNAMES),
}
NICKS = {"ig": IG_NICKS, "ic": IC_NICKS, "yi": YI_NICKS}
KIN_BY_CULTURE = {
    "ig": ["Nne", "Nna", "Nnenne", "Dede"],
    "ic": ["Nani", "Aji", "Aja", "Chacha", "Mamoo"],
    "yi": ["Bubby", "Zaidy", "Tatty", "Mommy", "Shvigger"],
}
KIN_WORDS = tuple(k for ks in KIN_BY_CULTURE.values() for k in ks)
TITLES = ("Dr.", "Mr.", "Mrs.", "Ms.", "Rabbi", "Pandit", "Chief", "Rev.", "Sister")
CREDENTIALS = ("MD", "DO", "NP", "PA-C", "RN", "CRNA", "MA", "RT", "PharmD", "LCSW")

# ---------------------------------------------------------------- places
# culture -> (town, state, ZIPs, area codes)
US_TOWNS: dict[str, list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]] = {
    "ig": [("Sugar Land", "TX", ("77478", "77479"), ("281", "832")), ("Missouri City", "TX", ("77459", "77489"), ("281",)),
           ("Pearland", "TX", ("77581", "77584"), ("713", "281")), ("Grand Prairie", "TX", ("75050", "75052"), ("972", "469")),
           ("Lawrenceville", "GA", ("30043", "30044"), ("770", "678")), ("Snellville", "GA", ("30039", "30078"), ("770", "470")),
           ("Upper Marlboro", "MD", ("20772", "20774"), ("301", "240")), ("Randallstown", "MD", ("21133",), ("410", "443")),
           ("Newark", "NJ", ("07103", "07106"), ("973", "862")), ("Irvington", "NJ", ("07111",), ("973",))],
    "ic": [("Richmond Hill", "NY", ("11418", "11419"), ("718", "347")), ("South Ozone Park", "NY", ("11420",), ("718", "929")),
           ("Valley Stream", "NY", ("11580", "11581"), ("516",)), ("Schenectady", "NY", ("12303", "12307"), ("518",)),
           ("Kissimmee", "FL", ("34741", "34744"), ("407", "321")), ("Orlando", "FL", ("32818", "32822"), ("407", "689")),
           ("Lauderhill", "FL", ("33313", "33319"), ("954", "754"))],
    "yi": [("Brooklyn", "NY", ("11211", "11219", "11204"), ("718", "347")), ("Monsey", "NY", ("10952",), ("845",)),
           ("Kiryas Joel", "NY", ("10950",), ("845",)), ("New Square", "NY", ("10977",), ("845",)),
           ("Spring Valley", "NY", ("10977",), ("845",)), ("Airmont", "NY", ("10952",), ("845",)),
           ("Monroe", "NY", ("10950",), ("845",)), ("Lakewood", "NJ", ("08701",), ("732", "848")),
           ("Toms River", "NJ", ("08755", "08753"), ("732",)), ("Passaic", "NJ", ("07055",), ("973", "862"))],
}  # fmt: skip
# culture -> (town, country, phone shape)
ABROAD_TOWNS: dict[str, list[tuple[str, str, str]]] = {
    "ig": [("Enugu", "Nigeria", "+234 80# ### ####"), ("Onitsha", "Nigeria", "+234 70# ### ####"),
           ("Owerri", "Nigeria", "+234 81# ### ####"), ("Nnewi", "Nigeria", "+234 80# ### ####"),
           ("Awka", "Nigeria", "+234 90# ### ####")],
    "ic": [("New Amsterdam", "Guyana", "+592 6## ####"), ("Linden", "Guyana", "+592 6## ####"),
           ("Anna Regina", "Guyana", "+592 6## ####"), ("Chaguanas", "Trinidad", "+1 868-###-####"),
           ("Couva", "Trinidad", "+1 868-###-####")],
    "yi": [("Bnei Brak", "Israel", "+972 5# ### ####"), ("Beit Shemesh", "Israel", "+972 5# ### ####"),
           ("Jerusalem", "Israel", "+972 5# ### ####"), ("Boisbriand", "Canada", "+1 450-###-####"),
           ("London", "England", "+44 20 #### ####")],
}  # fmt: skip
STREETS = ["Lefferts Blvd", "Liberty Ave", "Rockaway Blvd", "Maple Ave", "Route 59", "Forshay Rd", "Bakertown Rd",
           "Lee Ave", "Ross St", "Clymer St", "Forest Ave", "Kirkwood Rd", "Dulles Ave", "Cartwright Rd",
           "Sweetwater Ln", "Brodie Ln", "Hamilton Ave", "Springfield Ave", "Park Hill Dr", "Oak Knoll Dr",
           "Vine St", "Main St", "Madison Ave", "Carlton Rd", "Highview Rd", "Ocean Ave", "Pine Grove Ct"]  # fmt: skip
US_STATES = {"TX": "Texas", "GA": "Georgia", "MD": "Maryland", "NJ": "New Jersey", "NY": "New York", "FL": "Florida"}

HOSPITALS = ["Fort Bend Transplant Institute", "Gwinnett Lakes Medical Center", "Prince George's Riverside Hospital",
             "Jamaica Bay Medical Center", "Rockland Ramapo Hospital", "Ocean County Pain and Spine Institute",
             "Passaic Valley Surgical Center", "Mohawk River Medical Center", "Osceola Regional Children's Hospital",
             "Broward Lakes Women's Center", "Brazos Bend Allergy Associates", "Lefferts Family Health Center",
             "Monsey Family Medical", "Spring Valley Community Health", "Lakewood Shore Dermatology",
             "Newark Harbor Kidney Center", "Capital Beltway ENT Group", "Grand Prairie Interventional Psychiatry"]  # fmt: skip
PHARMACIES = ["Lefferts Blvd Pharmacy", "Route 59 Chemists", "Sugar Land Prescription Shop", "Kissimmee Family Drug",
              "Lee Ave Pharmacy", "Brightside Specialty Pharmacy", "Hudson Valley Infusion Pharmacy"]  # fmt: skip
SHELTERS = ["Fort Bend County Special Needs Shelter", "Osceola Heritage Park Shelter", "Broward Central Shelter",
            "Ocean County Special Needs Shelter", "Rockland County Emergency Shelter"]  # fmt: skip
DEALERS = ["Numotion Houston", "Gulf Coast Mobility Supply", "Tri-State Seating Solutions", "Empire Rehab Mobility",
           "Sunshine Wheels DME", "Garden State Wheelchair Service"]  # fmt: skip
ORGS = ["Congregation Yetev Lev", "Bikur Cholim of Rockland", "Shri Trimurti Bhavan Temple", "St. Charles Lwanga Parish",
        "Yeshiva Derech Emunah", "Richmond Hill Senior Center", "Igbo Union of Houston", "Chaverim of Monsey"]  # fmt: skip

INSURERS = ["Fidelis Care", "MetroPlus Health", "Elderplan", "VillageCare Max", "Community Health Choice",
            "Superior HealthPlan", "Horizon NJ Health", "Sunshine Health", "Peach State Health Plan", "Priority Health",
            "Clover Health", "Alignment Health Plan", "1199SEIU National Benefit Fund", "Samaritan Ministries",
            "Medi-Share", "Meritain Health", "Texas Children's Health Plan", "Simply Healthcare"]  # fmt: skip
DEPARTMENTS = ["Transplant Surgery", "Allergy and Immunology", "Pediatric Endocrinology", "Otolaryngology",
               "Pain Management", "Interventional Psychiatry", "Reproductive Endocrinology", "Dermatology",
               "Colorectal Surgery", "Hospital Security", "Seating and Mobility Clinic", "Hypertension Clinic",
               "Newborn Nursery", "Women's Health", "Nephrology", "Emergency Management", "Spiritual Care"]  # fmt: skip

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
AGE_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

Piece = list  # a list of plain strings and (text, kind) pairs; kind upper = PHI type, lower = keep kind


def provenance_problems() -> list[str]:
    """No Faker table is read, so none can be another locale's."""
    return faker_tables.provenance_problems(FAKER_TABLES)


# ---------------------------------------------------------------- documents


class Doc:
    """Text built piece by piece, recording each PHI span and keep term as it is appended."""

    def __init__(self) -> None:
        self.parts: list[tuple[str, str | None]] = []

    def add(self, *items: Any) -> Doc:
        for it in items:
            if isinstance(it, list):
                self.add(*it)
            elif isinstance(it, tuple):
                text, kind = it
                assert text and text == text.strip(), it
                self.parts.append((text, kind))
            elif it:
                self.parts.append((it, None))
        return self

    def render(self, case: str | None) -> tuple[str, list[dict], dict[str, str]]:
        text = ""
        phi: list[dict[str, Any]] = []
        keep: dict[str, str] = {}
        for s, kind in self.parts:
            if case == "upper":
                s = s.upper()
            elif case == "lower":
                s = s.lower()
            start = len(text)
            text += s
            if kind and kind.isupper():
                phi.append({"start": start, "end": len(text), "type": kind})
            elif kind:
                keep.setdefault(s, kind)
        for term in list(keep):
            for m in re.finditer(re.escape(term), text):
                if any(p["start"] < m.end() and m.start() < p["end"] for p in phi):
                    del keep[term]
                    break
        return text, phi, keep


@dataclass
class Person:
    culture: str
    sex: str
    given: str
    given_short: str
    surname: str
    second: str | None
    middle: str | None
    nick: str | None


class Ctx:
    """One row's random source, its patient and its place."""

    def __init__(self, rng: random.Random, culture: str | None = None) -> None:
        self.rng = rng
        self.culture = culture or rng.choice(sorted(CULTURES))
        self.town = rng.choice(US_TOWNS[self.culture])
        self.pt = new_person(self, self.culture)

    def other(self) -> Person:
        return new_person(self, self.rng.choice(sorted(CULTURES)))


def new_person(c: Ctx, culture: str, sex: str | None = None) -> Person:
    r = c.rng
    sex = sex or r.choice("MF")
    gm, gf, sn = CULTURES[culture]
    gvars = r.choice(gm if sex == "M" else gf)
    given = gvars[0] if r.random() < 0.7 else r.choice(gvars)
    short = gvars[-1]
    surname = r.choice(r.choice(sn))
    second = None
    if r.random() < 0.14:
        other = r.choice(r.choice(sn))
        if other != surname and " " not in other and " " not in surname:
            second = other
    middle = None
    if r.random() < 0.3:
        middle = r.choice("ABCDEFGHJKLMNOPRSTUVW")
    nick = None
    if NICKS[culture] and r.random() < 0.15:
        nick = r.choice(NICKS[culture])
    return Person(culture, sex, given, short, surname, second, middle, nick)


def full_surname(p: Person) -> str:
    return f"{p.surname}-{p.second}" if p.second else p.surname


def name(c: Ctx, p: Person, style: str | None = None) -> str:
    """A name as one surface, in one of the shapes papers write it."""
    r = c.rng
    style = style or r.choice(["full", "full", "full", "mid", "last_first", "upper_first", "nick", "short", "lower"])
    sur = full_surname(p)
    if style == "mid" and p.middle:
        return f"{p.given} {p.middle}. {sur}"
    if style == "last_first":
        return f"{sur.upper()}, {p.given}"
    if style == "upper_first":
        return f"{sur.upper()} {p.given}"
    if style == "nick" and p.nick and " " not in p.given:
        return f'{p.given} "{p.nick}" {sur}'
    if style == "short":
        return f"{p.given_short} {sur}"
    if style == "lower":
        return f"{p.given} {sur}".lower()
    if style == "given":
        return p.given_short
    if style == "surname":
        return sur
    return f"{p.given} {sur}"


def initials(p: Person) -> str:
    parts = [w for w in re.split(r"[ -]", f"{p.given} {full_surname(p)}") if w]
    s = "".join(w[0] for w in parts).upper()
    if len(s) < 2:
        s = (p.given[:1] + p.surname[:1]).upper()
    return s[:4]


def titled(c: Ctx, p: Person, style: str | None = None) -> Piece:
    r = c.rng
    if r.random() < 0.35:
        t = "Mr." if p.sex == "M" else r.choice(["Ms.", "Mrs."])
        if p.culture == "yi" and p.sex == "M" and r.random() < 0.3:
            t = "Rabbi"
        if p.culture == "ic" and p.sex == "M" and r.random() < 0.2:
            t = "Pandit"
        if p.culture == "ig" and r.random() < 0.2:
            t = "Chief"
        return [t + " ", (name(c, p, style or r.choice(["full", "surname", "mid"])), "NAME")]
    return [(name(c, p, style), "NAME")]


def clinician(c: Ctx, cred: str | None = None) -> Piece:
    r = c.rng
    p = c.other()
    cred = cred or r.choice(CREDENTIALS)
    lead = "Dr. " if cred in ("MD", "DO") and r.random() < 0.5 else ""
    shape = r.choice(["full", "mid", "full", "short"])
    return [lead, (name(c, p, shape), "NAME"), f", {cred}"]


# ---------------------------------------------------------------- identifiers


def digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def mrn(c: Ctx) -> str:
    r = c.rng
    n = r.choice([8, 9, 10])
    body = str(r.randint(1, 9)) + digits(r, n - 2)
    s = body + luhn_digit(body)
    return f"{s[:2]}-{s[2:]}" if r.random() < 0.25 else s


def npi(c: Ctx) -> str:
    body = c.rng.choice("12") + digits(c.rng, 8)
    return body + luhn_digit("80840" + body)


def dea(c: Ctx, surname: str) -> str:
    r = c.rng
    d = [r.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice("ABFGM") + surname[0].upper() + "".join(map(str, d)) + str(check)


_VIN_VAL = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6)))}
_VIN_VAL.update({"P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))})
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(c: Ctx) -> str:
    r = c.rng
    chars = [r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)]
    chars[9] = r.choice("KLMNPRS")
    total = sum(_VIN_VAL[ch] * w for ch, w in zip(chars, _VIN_W)) % 11
    chars[8] = "X" if total == 10 else str(total)
    return "".join(chars)


def plate(c: Ctx) -> str:
    r = c.rng
    L = lambda n: "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(n))
    return r.choice([f"{L(3)}-{digits(r, 4)}", f"{L(3)} {digits(r, 4)}", f"{digits(r, 1)}{L(3)}{digits(r, 3)}",
                     f"{L(2)}{digits(r, 3)}{L(1)}", f"{L(1)}{digits(r, 2)} {L(3)}"])  # fmt: skip


def imei(c: Ctx) -> str:
    body = "35" + digits(c.rng, 12)
    return body + luhn_digit(body)


def card(c: Ctx) -> str:
    body = c.rng.choice("45") + digits(c.rng, 14)
    s = body + luhn_digit(body)
    return " ".join(s[i : i + 4] for i in range(0, 16, 4))


def ssn(c: Ctx) -> str:
    r = c.rng
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    b, d = r.randint(1, 99), r.randint(1, 9999)
    sep = r.choice(["-", "-", "-", " ", ""])
    return f"{a:03d}{sep}{b:02d}{sep}{d:04d}"


def mbi(c: Ctx) -> str:
    r = c.rng
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    s = r.choice("123456789") + r.choice(A) + r.choice(A + N) + r.choice(N) + r.choice(A) + r.choice(A + N)
    s += r.choice(N) + r.choice(A) + r.choice(A) + r.choice(N) + r.choice(N)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if r.random() < 0.4 else s


def member_id(c: Ctx) -> str:
    r = c.rng
    L = lambda n: "".join(r.choice("ABCDEFGHJKLMNPRTUWXYZ") for _ in range(n))
    return r.choice([f"{L(3)}{digits(r, 9)}", f"{L(1)}{digits(r, 8)}", f"{digits(r, 11)}", f"{L(2)}{digits(r, 7)}-0{r.randint(1, 4)}",
                     f"MS-{digits(r, 6)}"])  # fmt: skip


def license_no(c: Ctx, state: str) -> str:
    r = c.rng
    L = lambda: r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    if state == "TX":
        return digits(r, 8)
    if state == "GA":
        return digits(r, 9)
    if state == "MD":
        return L() + digits(r, 12)
    if state == "NJ":
        return L() + digits(r, 4) + " " + digits(r, 5) + " " + digits(r, 5)
    if state == "FL":
        return f"{L()}{digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}-{digits(r, 3)}-0"
    return r.choice([digits(r, 9), f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}"])


def phone_us(c: Ctx, area: str | None = None) -> str:
    r = c.rng
    area = area or r.choice(c.town[3])
    ex = f"{r.randint(2, 9)}{digits(r, 2)}"
    line = digits(r, 4)
    s = r.choice([f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"{area}.{ex}.{line}", f"({area}){ex}-{line}",
                  f"+1 {area}-{ex}-{line}", f"1-{area}-{ex}-{line}"])  # fmt: skip
    if r.random() < 0.12:
        s += f" ext {r.randint(10, 4999)}"
    return s


def phone_abroad(c: Ctx, shape: str) -> str:
    return "".join(str(c.rng.randint(0, 9)) if ch == "#" else ch for ch in shape)


def email_for(c: Ctx, p: Person) -> str:
    r = c.rng
    g = re.sub(r"[^a-z]", "", p.given.lower())
    s = re.sub(r"[^a-z]", "", p.surname.lower())
    local = r.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s}{r.randint(1, 99)}", f"{g}_{s[:4]}", f"{g}{r.randint(60, 99)}"])
    dom = r.choice(["gmail.com", "yahoo.com", "outlook.com", "aol.com", "optonline.net", "verizon.net", "icloud.com"])
    return f"{local}@{dom}"


def staff_email(c: Ctx, p: Person, fac: str) -> str:
    dom = re.sub(r"[^a-z]", "", fac.lower())[:14]
    return f"{p.given[0].lower()}{re.sub(r'[^a-z]', '', p.surname.lower())}@{dom}.org"


def url(c: Ctx, fac: str) -> str:
    r = c.rng
    dom = re.sub(r"[^a-z]", "", fac.lower())[:16]
    return r.choice([f"https://portal.{dom}.org/msg/{digits(r, 7)}", f"https://{dom}.org/forms?id={digits(r, 6)}",
                     f"https://mychart.{dom}.org/visit/{digits(r, 8)}"])  # fmt: skip


def ip(c: Ctx) -> str:
    r = c.rng
    if r.random() < 0.2:
        return f"2001:db8:{r.randint(1, 65535):x}:{r.randint(1, 65535):x}::{r.randint(1, 255):x}"
    return f"{r.choice([24, 68, 71, 98, 104, 172, 173, 184, 192, 209])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def serial(c: Ctx, prefix: str = "") -> str:
    r = c.rng
    L = lambda n: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    return prefix + r.choice([f"{L(2)}{digits(r, 7)}", f"{digits(r, 4)}{L(1)}{digits(r, 5)}", f"{L(3)}-{digits(r, 6)}",
                              f"{digits(r, 10)}"])  # fmt: skip


def ident(c: Ctx, prefix: str) -> str:
    r = c.rng
    return r.choice([f"{prefix}-{digits(r, 6)}", f"{prefix}{digits(r, 7)}", f"{digits(r, 4)}-{digits(r, 5)}",
                     f"{prefix}-{r.randint(2023, 2025)}-{digits(r, 5)}"])  # fmt: skip


def lot(c: Ctx) -> str:
    r = c.rng
    return r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") * r.randint(1, 2) + digits(r, r.choice([4, 5]))


def ndc(c: Ctx) -> str:
    r = c.rng
    return r.choice([f"{digits(r, 5)}-{digits(r, 3)}-{digits(r, 2)}", f"{digits(r, 5)}-{digits(r, 4)}-{digits(r, 1)}",
                     f"{digits(r, 4)}-{digits(r, 4)}-{digits(r, 2)}"])  # fmt: skip


def zipcode(c: Ctx) -> str:
    z = c.rng.choice(c.town[2])
    return f"{z}-{digits(c.rng, 4)}" if c.rng.random() < 0.2 else z


def address(c: Ctx) -> str:
    r = c.rng
    if r.random() < 0.1:
        return f"PO Box {r.randint(10, 9999)}"
    s = f"{r.randint(2, 9899)} {r.choice(STREETS)}"
    u = r.random()
    if u < 0.15:
        s += f" Apt {r.randint(1, 30)}{r.choice('ABCD')}"
    elif u < 0.25:
        s += f" #{r.randint(1, 99)}"
    elif u < 0.3:
        s += f" Unit {r.randint(1, 40)}"
    return s


def full_address(c: Ctx) -> Piece:
    return [(address(c), "ADDRESS"), ", ", (c.town[0], "LOCATION"), ", ", c.town[1], " ", (zipcode(c), "ZIP")]


# ---------------------------------------------------------------- dates and ages

_WITH_YEAR = ["%m/%d/%Y", "%m/%d/%Y", "%-m/%-d/%y", "%Y-%m-%d", "%d-%b-%Y", "%b %d, %Y", "%B %d, %Y", "%d %B %Y"]


def rand_date(c: Ctx, lo: int = -200, hi: int = 120) -> date:
    return date(2025, 3, 1) + timedelta(days=c.rng.randint(lo, hi))


def dob(c: Ctx, old: bool = False) -> date:
    return date(1928 if old else 1940, 1, 1) + timedelta(days=c.rng.randint(0, 365 * (7 if old else 80)))


def fmt_date(c: Ctx, d: date, style: str | None = None, day_first: bool = False) -> str:
    r = c.rng
    if day_first and r.random() < 0.6:
        return d.strftime(r.choice(["%d/%m/%Y", "%d.%m.%Y"]))
    style = style or r.choice(["year"] * 6 + ["noyear", "weekday"])
    if style == "noyear":
        return r.choice(
            [f"{d.month}/{d.day}", d.strftime("%b ") + str(d.day), f"{d.strftime('%B')} {d.day}{_th(d.day)}"]
        )
    if style == "weekday":
        return r.choice(
            [d.strftime("%A, %B ") + f"{d.day}, {d.year}", d.strftime("%a ") + f"{d.month}/{d.day}/{d.year}"]
        )
    fmt = r.choice(_WITH_YEAR)
    if fmt == "%-m/%-d/%y":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    return d.strftime(fmt)


def _th(n: int) -> str:
    return "th" if 10 < n % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def dt(c: Ctx, lo: int = -200, hi: int = 120, style: str | None = None) -> tuple[str, str]:
    return (fmt_date(c, rand_date(c, lo, hi), style), "DATE")


def birth(c: Ctx, old: bool = False) -> tuple[str, str]:
    return (fmt_date(c, dob(c, old), day_first=c.culture in ("ig", "ic")), "DATE")


def age_old(c: Ctx) -> str:
    r = c.rng
    n = r.randint(90, 104)
    if r.random() < 0.7:
        return str(n)
    if n < 100:
        return "ninety" + (f"-{AGE_UNITS[n - 90]}" if n > 90 else "")
    return "one hundred" + (f" and {AGE_UNITS[n - 100]}" if n > 100 else "")


def clock(c: Ctx) -> str:
    r = c.rng
    return f"{r.randint(1, 12)}:{r.choice(['00', '05', '10', '15', '20', '30', '40', '45', '50'])} {r.choice(['AM', 'PM'])}"


# ---------------------------------------------------------------- shared field pool


def id_pool(c: Ctx) -> list[tuple[str, Piece]]:
    """Identifier fields a message or note may carry; the caller takes a few."""
    r = c.rng
    fac = r.choice(HOSPITALS)
    st = c.town[1]
    pool: list[tuple[str, Piece]] = [
        ("MRN", [(mrn(c), "MRN")]),
        ("DOB", [birth(c)]),
        ("Phone", [(phone_us(c), "PHONE")]),
        ("Fax", [(phone_us(c), "FAX")]),
        ("Email", [(email_for(c, c.pt), "EMAIL")]),
        ("SSN", [(ssn(c), "SSN")]),
        ("Plan", [(r.choice(INSURERS), "insurer"), " member ", (member_id(c), "HEALTH_PLAN")]),
        ("Medicare MBI", [(mbi(c), "HEALTH_PLAN")]),
        ("Guarantor acct", [(ident(c, "G"), "ACCOUNT")]),
        ("Card on file", [(card(c), "ACCOUNT")]),
        (f"{st} DL", [(license_no(c, st), "LICENSE")]),
        ("Plate", [(plate(c), "VEHICLE"), f" ({st})"]),
        ("VIN", [(vin(c), "VEHICLE")]),
        ("Phone IMEI", [(imei(c), "DEVICE")]),
        ("Portal IP", [(ip(c), "IP")]),
        ("Link", [(url(c, fac), "URL")]),
        ("Address", full_address(c)),
        ("Clinic", [(fac, "FACILITY")]),
        ("Ticket", [(ident(c, "TK"), "ID")]),
        ("Age", [(age_old(c), "AGE")]),
        ("Dept", [(r.choice(DEPARTMENTS), "department")]),
        ("Coverage", [(r.choice(INSURERS), "insurer")]),
        ("Rx NDC", [(ndc(c), "code")]),
    ]
    r.shuffle(pool)
    return pool


# ---------------------------------------------------------------- message genres
# Each returns (subject, sentences, fields, chat lines); a sentence and a field value are Pieces.

Content = tuple[str, Any, Any, Any]


def kin(c: Ctx) -> str:
    return c.rng.choice(KIN_BY_CULTURE[c.culture])


def code_line(c: Ctx, codes: list[str]) -> Piece:
    picked = c.rng.sample(codes, min(len(codes), c.rng.randint(1, 3)))
    out: Piece = []
    for i, k in enumerate(picked):
        out += [", " if i else "", (k, "code")]
    return out


def m_living_donor(c: Ctx) -> Content:
    r = c.rng
    rec = c.other()
    coord = c.other()
    fac = r.choice(["Fort Bend Transplant Institute", "Newark Harbor Kidney Center", "Jamaica Bay Medical Center"])
    ep = r.choice(["Cockcroft-Gault", "Banff", "Gerota"])
    sent = [
        [
            "I want to be a living kidney donor for my ",
            r.choice(["brother ", "sister ", "cousin ", ""]),
            (name(c, rec), "NAME"),
            " at ",
            (fac, "FACILITY"),
            ".",
        ],
        ["My crossmatch was drawn ", dt(c, -40, -1), " and the CT angiogram is set for ", dt(c, 1, 60), "."],
        [
            "Donor ID ",
            (ident(c, "LD"), "ID"),
            ", recipient ",
            (ident(c, "TX"), "ID"),
            ". Age: ",
            str(r.randint(24, 61)),
            " years old.",
        ],
        [
            "The coordinator said the ",
            (ep, "eponym"),
            " number was fine and ",
            (r.choice(["Transplant Surgery", "Nephrology"]), "department"),
            " will call me.",
        ],
        ["Will ", (r.choice(INSURERS), "insurer"), " cover my follow-up? Codes on the letter: "]
        + code_line(c, ["Z52.4", "50547", "N18.6", "Z00.5", "80047"])
        + ["."],
        ["Call me at ", (phone_us(c), "PHONE"), " or write ", (email_for(c, c.pt), "EMAIL"), "."],
    ]
    fields = [("Donor", [(name(c, c.pt), "NAME")]), ("Recipient", [(name(c, rec), "NAME")]),
              ("Coordinator", clinician(c, "RN")), ("24-hr urine jug", ["Lot ", (lot(c), "code")]),
              ("Eval date", [dt(c, 1, 50)])]  # fmt: skip
    chat = [([(coord.given_short, "NAME")], ["Hi, this is the donor office at ", (fac, "FACILITY"), ". Your CT is ", dt(c, 2, 40, "noyear"), "."]),
            ([(c.pt.given_short, "NAME")], ["Ok. Do I stop my ", (r.choice(["ibuprofen 400 mg", "Aleve 220 mg", "naproxen 500 mg"]), "drug"), "?"]),
            ([(coord.given_short, "NAME")], ["Yes, and bring the jug back to ", (r.choice(DEPARTMENTS[:1] + ["Nephrology"]), "department"), "."])]  # fmt: skip
    return "living kidney donor questions", sent, fields, chat


def m_evacuation(c: Ctx) -> Content:
    r = c.rng
    shelter = r.choice(SHELTERS)
    dev = r.choice(
        [("Inogen", "One G5"), ("Philips", "Trilogy Evo"), ("ResMed", "AirSense 11"), ("CAIRE", "FreeStyle Comfort")]
    )
    sent = [
        [
            "Registering ",
            titled(c, c.pt),
            " for the special medical needs shelter at ",
            (shelter, "FACILITY"),
            " before the storm.",
        ],
        ["Registry number ", (ident(c, "SMN"), "ID"), ". We are at ", full_address(c), "."],
        [
            "The patient uses a ",
            (dev[0], "maker"),
            " ",
            (dev[1], "model"),
            " serial ",
            (serial(c), "DEVICE"),
            " and needs power.",
        ],
        [
            kin(c).capitalize(),
            " is ",
            (age_old(c), "AGE"),
            " and on ",
            (r.choice(["furosemide 40 mg", "Eliquis 5 mg", "metoprolol 25 mg"]), "drug"),
            ".",
        ],
        [
            "The county said a ",
            r.choice(["Category 3", "Category 4"]),
            " on the ",
            ("Saffir-Simpson", "eponym"),
            " scale means a mandatory evacuation.",
        ],
        [
            "Ride: van plate ",
            (plate(c), "VEHICLE"),
            ", driver ",
            (name(c, c.other()), "NAME"),
            ", cell ",
            (phone_us(c), "PHONE"),
            ".",
        ],
    ]
    fields = [("Resident", [(name(c, c.pt, "last_first"), "NAME")]), ("DOB", [birth(c, True)]),
              ("Oxygen", [(dev[0], "maker"), " ", (dev[1], "model")]), ("Dx", code_line(c, ["J96.11", "J44.9", "G47.33", "Z99.81", "E1390"])),
              ("Plan", [(r.choice(INSURERS), "insurer"), " ", (member_id(c), "HEALTH_PLAN")]), ("Evac date", [dt(c, 1, 20)])]  # fmt: skip
    chat = [([(c.other().given_short, "NAME")], ["Shelter intake here. Is the concentrator ", (dev[0], "maker"), "?"]),
            ([(c.pt.given_short, "NAME")], ["Yes. Serial ", (serial(c), "DEVICE"), ". Pick up at ", (address(c), "ADDRESS"), "."])]  # fmt: skip
    return "special medical needs shelter registration", sent, fields, chat


def m_lost_found(c: Ctx) -> Content:
    r = c.rng
    fac = r.choice(HOSPITALS)
    item = r.choice(
        ["upper denture in a blue case", "hearing aid (left)", "phone in a black case", "reading glasses and a wallet"]
    )
    sent = [
        [
            "I left my ",
            item,
            " in room ",
            str(r.randint(200, 890)),
            " at ",
            (fac, "FACILITY"),
            " on ",
            dt(c, -20, -1),
            ". Is it in lost and found?",
        ],
        [
            "Security case ",
            (ident(c, "SEC"), "ID"),
            " was opened by ",
            (name(c, c.other()), "NAME"),
            " from ",
            ("Hospital Security", "department"),
            ".",
        ],
        [
            "The hearing aid is a ",
            (r.choice(["Phonak", "Oticon", "Starkey", "Widex"]), "maker"),
            " ",
            (r.choice(["Audeo L90", "Intent 1", "Genesis AI 24", "Moment Sheer 440"]), "model"),
            ", serial ",
            (serial(c), "DEVICE"),
            ".",
        ],
        [
            "Phone IMEI ",
            (imei(c), "DEVICE"),
            ". My son ",
            (name(c, c.other()), "NAME"),
            " can pick it up; his license is ",
            (license_no(c, c.town[1]), "LICENSE"),
            ".",
        ],
        ["Mail it to ", full_address(c), " or call ", (phone_us(c), "PHONE"), "."],
    ]
    fields = [("Patient", [(name(c, c.pt), "NAME")]), ("MRN", [(mrn(c), "MRN")]), ("Item", [item]),
              ("Unit", [(r.choice(["Nephrology", "Colorectal Surgery", "Dermatology"]), "department")]), ("Date lost", [dt(c, -30, -1)])]  # fmt: skip
    chat = [([(c.other().given_short, "NAME")], ["Lost and found desk. We have a denture case tagged ", (ident(c, "LF"), "ID"), "."]),
            ([(c.pt.given_short, "NAME")], ["That's mine! Discharged ", dt(c, -10, -1, "noyear"), "."])]  # fmt: skip
    return "lost and found claim", sent, fields, chat


def m_shabbos(c: Ctx) -> Content:
    r = c.rng
    fac = r.choice(
        [
            "Rockland Ramapo Hospital",
            "Monsey Family Medical",
            "Spring Valley Community Health",
            "Passaic Valley Surgical Center",
        ]
    )
    drug = r.choice(
        ["Xolair 150 mg", "Omnipaque 300", "Norditropin 5 mg", "amoxicillin 500 mg capsules", "Jencycla 0.35 mg"]
    )
    sent = [
        [
            "We keep Shabbos, so please do not book ",
            titled(c, c.pt),
            " Friday afternoon; ",
            dt(c, 3, 40, "weekday"),
            " is not possible.",
        ],
        [
            "Is ",
            (drug, "drug"),
            " kosher, or is there gelatin in the capsule? ",
            (r.choice(["Pharmacy", "Spiritual Care"]), "department"),
            " did not know.",
        ],
        [
            "Rabbi ",
            (name(c, c.other(), "surname"), "NAME"),
            " said a medicine that is needed is allowed; we still prefer a liquid.",
        ],
        [
            "My ",
            kin(c),
            " is ",
            (age_old(c), "AGE"),
            " and cannot use the elevator on Shabbos; room on a low floor please.",
        ],
        [
            "Call ",
            (phone_us(c), "PHONE"),
            " before ",
            clock(c),
            " on Friday. Member ",
            (member_id(c), "HEALTH_PLAN"),
            " (",
            (r.choice(["Fidelis Care", "Elderplan", "Horizon NJ Health", "VillageCare Max"]), "insurer"),
            ").",
        ],
        [
            "Our shul is ",
            (r.choice(["Congregation Yetev Lev", "Yeshiva Derech Emunah", "Bikur Cholim of Rockland"]), "FACILITY"),
            " in ",
            (c.town[0], "LOCATION"),
            ".",
        ],
    ]
    fields = [("Patient", [(name(c, c.pt), "NAME")]), ("Hebrew DOB on file", [birth(c)]), ("Preferred", ["Sunday or Monday"]),
              ("Med", [(drug, "drug")]), ("Email", [(email_for(c, c.pt), "EMAIL")])]  # fmt: skip
    chat = [([(c.other().given_short, "NAME")], ["Front desk at ", (fac, "FACILITY"), ". Can we move you to ", dt(c, 3, 30, "noyear"), "?"]),
            ([(c.pt.given_short, "NAME")], ["Yes, not Friday, we keep Shabbos. Thank you"])]  # fmt: skip
    return "Shabbos accommodation request", sent, fields, chat


def m_allergy_shots(c: Ctx) -> Content:
    r = c.rng
    maker = r.choice(["Greer", "HollisterStier", "Allermed", "Nelco"])
    sent = [
        [
            "Question about my allergy shots: the new ",
            (maker, "maker"),
            " vial, lot ",
            (lot(c), "code"),
            ", expires ",
            dt(c, 30, 300),
            ".",
        ],
        [
            "I had a big wheal after the last one on ",
            dt(c, -20, -1),
            "; do I repeat the dose? Build-up per ",
            ("Allergy and Immunology", "department"),
            ".",
        ],
        [
            "I also take ",
            (r.choice(["Odactra", "Xolair 300 mg", "montelukast 10 mg", "Auvi-Q 0.3 mg"]), "drug"),
            " and have ",
            ("Samter", "eponym"),
            " triad.",
        ],
        [
            "Billing shows ",
            (r.choice(["95115", "95117", "95165"]), "code"),
            " and ",
            (r.choice(["J30.1", "J30.81", "J45.40", "Z51.6"]), "code"),
            "; ",
            (r.choice(INSURERS), "insurer"),
            " says ",
            (member_id(c), "HEALTH_PLAN"),
            " is active.",
        ],
        [
            "My kid ",
            (name(c, c.other(), "given"), "NAME"),
            " gets shots at ",
            (r.choice(["Brazos Bend Allergy Associates", "Lefferts Family Health Center"]), "FACILITY"),
            " too. Age: ",
            str(r.randint(6, 17)),
            " years old.",
        ],
    ]
    fields = [("Patient", [(name(c, c.pt), "NAME")]), ("Vial", [(maker, "maker"), " lot ", (lot(c), "code")]),
              ("Last shot", [dt(c, -30, -1)]), ("Dose", ["0.3 mL 1:100"]), ("Epi", [("Auvi-Q 0.3 mg", "drug")])]  # fmt: skip
    chat = [([(c.other().given_short, "NAME")], ["Allergy nurse. Hold the dose at 0.2 mL on ", dt(c, 1, 14, "noyear"), "."]),
            ([(c.pt.given_short, "NAME")], ["Ok. Same vial lot ", (lot(c), "code"), "?"]),
            ([(c.other().given_short, "NAME")], ["Yes. Call ", (phone_us(c), "PHONE"), " if hives."])]  # fmt: skip
    return "allergy shot schedule question", sent, fields, chat


def m_growth_hormone(c: Ctx) -> Content:
    r = c.rng
    pen = r.choice([("Novo Nordisk", "NordiFlex", "Norditropin 10 mg/1.5 mL"), ("Pfizer", "GoQuick", "Genotropin 12 mg"),
                    ("Pfizer", "Ngenla pen", "Ngenla 24 mg"), ("Novo Nordisk", "FlexPen", "Sogroya 10 mg"),
                    ("Ascendis", "auto-injector", "Skytrofa 7.6 mg"), ("Merck", "Easypod", "Saizen 20 mg")])  # fmt: skip
    sent = [
        [
            "Our son ",
            (name(c, new_person(c, c.culture, "M"), "given"), "NAME"),
            " is on growth hormone: ",
            (pen[2], "drug"),
            " with the ",
            (pen[0], "maker"),
            " ",
            (pen[1], "model"),
            ".",
        ],
        [
            "The pen serial ",
            (serial(c, "PN"), "DEVICE"),
            " clicks but no dose. Specialty pharmacy ",
            (r.choice(PHARMACIES[5:]), "FACILITY"),
            " says call the clinic.",
        ],
        ["Prior auth ", (ident(c, "PA"), "ID"), " runs out ", dt(c, 5, 60), ". Codes: "]
        + code_line(c, ["E23.0", "E34.3", "R62.52", "J2941", "Q96.9"])
        + ["."],
        [
            ("Pediatric Endocrinology", "department"),
            " said the ",
            ("Greulich-Pyle", "eponym"),
            " bone age was fine. Age: ",
            str(r.randint(5, 14)),
            " years old.",
        ],
        [
            "Ship to ",
            full_address(c),
            "; ",
            (r.choice(INSURERS), "insurer"),
            " ID ",
            (member_id(c), "HEALTH_PLAN"),
            ".",
        ],
    ]
    fields = [("Child", [(name(c, c.pt, "last_first"), "NAME")]), ("DOB", [birth(c)]), ("Drug", [(pen[2], "drug")]),
              ("Pen", [(pen[0], "maker"), " ", (pen[1], "model")]), ("NDC", [(ndc(c), "code")]), ("Lot", [(lot(c), "code")])]  # fmt: skip
    chat = [([(c.other().given_short, "NAME")], ["Pharmacy here. Pen replacement ships ", dt(c, 1, 10, "noyear"), "."]),
            ([(c.pt.given_short, "NAME")], ["Thanks. Same ", (pen[1], "model"), "?"])]  # fmt: skip
    return "growth hormone pen problem", sent, fields, chat


def m_abpm(c: Ctx) -> Content:
    r = c.rng
    mon = r.choice(
        [("Spacelabs", "OnTrak 90227"), ("SunTech", "Oscar 2"), ("Microlife", "WatchBP O3"), ("IEM", "Mobil-O-Graph")]
    )
    sent = [
        [
            "I picked up the ambulatory blood pressure monitor (",
            (mon[0], "maker"),
            " ",
            (mon[1], "model"),
            ", serial ",
            (serial(c), "DEVICE"),
            ") on ",
            dt(c, -5, -1),
            ".",
        ],
        [
            "It woke me every 30 minutes. Readings 148/92 at night. ",
            ("Hypertension Clinic", "department"),
            " wants it back by ",
            dt(c, 1, 7, "noyear"),
            ".",
        ],
        [
            "The nurse checked ",
            ("Korotkoff", "eponym"),
            " sounds by hand too. Billing code ",
            (r.choice(["93784", "93786", "93788"]), "code"),
            " with ",
            (r.choice(["I10", "R03.0", "I15.0"]), "code"),
            ".",
        ],
        [
            "I am on ",
            (r.choice(["amlodipine 10 mg", "chlorthalidone 25 mg", "Edarbi 40 mg", "Bystolic 5 mg"]), "drug"),
            ". Age: ",
            str(r.randint(30, 79)),
            " years old.",
        ],
        ["My husband ", (name(c, c.other()), "NAME"), " will drop it off in car ", (plate(c), "VEHICLE"), "."],
    ]
    fields = [("Monitor", [(mon[0], "maker"), " ", (mon[1], "model")]), ("Serial", [(serial(c), "DEVICE")]),
              ("Fitted", [dt(c, -4, -1)]), ("Avg day", ["138/86"]), ("Avg night", ["129/80"])]  # fmt: skip
    chat = [([(c.other().given_short, "NAME")], ["Did the ", (mon[0], "maker"), " cuff upload?"]),
            ([(c.pt.given_short, "NAME")], ["No, returning it ", dt(c, 1, 5, "noyear"), "."])]  # fmt: skip
    return "ambulatory blood pressure monitor return", sent, fields, chat


def m_newborn_screen(c: Ctx) -> Content:
    r = c.rng
    baby = new_person(c, c.culture)
    sent = [
        [
            "The nursery said the newborn screen for ",
            (name(c, baby, "given"), "NAME"),
            " must be repeated; she was born ",
            dt(c, -20, -3),
            ".",
        ],
        [
            "Filter card ",
            (ident(c, "NBS"), "ID"),
            " was sent from ",
            (
                r.choice(
                    [
                        "Osceola Regional Children's Hospital",
                        "Broward Lakes Women's Center",
                        "Gwinnett Lakes Medical Center",
                    ]
                ),
                "FACILITY",
            ),
            ".",
        ],
        [
            "Is this the ",
            ("Guthrie", "eponym"),
            " heel stick again? They mentioned ",
            ("Moro", "eponym"),
            " reflex was normal.",
        ],
        ["Codes on the slip: "]
        + code_line(c, ["P09.9", "S3620", "Z13.228", "E84.0", "Z00.110"])
        + [". Her pediatrician is ", clinician(c, "MD"), "."],
        [
            "Parent ",
            (name(c, c.pt), "NAME"),
            ", ",
            (phone_us(c), "PHONE"),
            ", ",
            (r.choice(INSURERS), "insurer"),
            " Medicaid ",
            (member_id(c), "HEALTH_PLAN"),
            ".",
        ],
    ]
    fields = [("Baby", [(name(c, baby, "last_first"), "NAME")]), ("Birth date", [dt(c, -20, -3)]), ("Mother", [(name(c, c.pt), "NAME")]),
              ("Nursery", [("Newborn Nursery", "department")]), ("Card", [(ident(c, "NBS"), "ID")])]  # fmt: skip
    chat = [([(c.other().given_short, "NAME")], ["Newborn screen lab: repeat by ", dt(c, 1, 7, "noyear"), " please."]),
            ([(c.pt.given_short, "NAME")], ["Ok we come ", dt(c, 1, 7, "noyear"), "."])]  # fmt: skip
    return "newborn screen repeat", sent, fields, chat


def m_wheelchair(c: Ctx) -> Content:
    r = c.rng
    chair = r.choice([("Permobil", "M3 Corpus"), ("Pride Mobility", "Jazzy Elite HD"), ("Quickie", "Nitrum"), ("TiLite", "Aero Z"),
                      ("Ki Mobility", "Catalyst 5"), ("Quantum Rehab", "Edge 3")])  # fmt: skip
    dealer = r.choice(DEALERS)
    sent = [
        [
            "Wheelchair repair request: my ",
            (chair[0], "maker"),
            " ",
            (chair[1], "model"),
            ", serial ",
            (serial(c), "DEVICE"),
            ", will not charge.",
        ],
        [
            "Work order ",
            (ident(c, "WO"), "ID"),
            " at ",
            (dealer, "FACILITY"),
            "; tech ",
            (name(c, c.other()), "NAME"),
            " came ",
            dt(c, -15, -1),
            ".",
        ],
        ["Parts: "]
        + code_line(c, ["E2368", "E2361", "K0108", "E0961", "E2369"])
        + [". The ", ("ROHO", "maker"), " cushion is torn too."],
        [
            ("Seating and Mobility Clinic", "department"),
            " needs a new order from ",
            clinician(c, "MD"),
            ". ",
            (r.choice(INSURERS), "insurer"),
            " ",
            (member_id(c), "HEALTH_PLAN"),
            ".",
        ],
        ["I am at ", full_address(c), ". Dealer account ", (ident(c, "DL"), "ACCOUNT"), "."],
    ]
    fields = [("Client", [(name(c, c.pt), "NAME")]), ("Chair", [(chair[0], "maker"), " ", (chair[1], "model")]),
              ("Serial", [(serial(c), "DEVICE")]), ("Dx", code_line(c, ["G35", "G80.1", "S14.109S", "G12.21"])), ("Call", [(phone_us(c), "PHONE")])]  # fmt: skip
    chat = [([(c.other().given_short, "NAME")], [(dealer, "FACILITY"), ": motor ", ("E2368", "code"), " on back order till ", dt(c, 5, 40, "noyear"), "."]),
            ([(c.pt.given_short, "NAME")], ["I can't leave the house without it."])]  # fmt: skip
    return "wheelchair repair ticket", sent, fields, chat


def m_depo(c: Ctx) -> Content:
    r = c.rng
    drug = r.choice(["Depo-Provera 150 mg/mL", "Depo-SubQ Provera 104"])
    sent = [
        [
            "My Depo-Provera shot is due ",
            dt(c, 1, 30),
            "; the window closes ",
            dt(c, 20, 45, "noyear"),
            ". Can I come to ",
            ("Women's Health", "department"),
            "?",
        ],
        [
            "Last shot ",
            dt(c, -95, -70),
            ", NDC ",
            (ndc(c), "code"),
            ", lot ",
            (lot(c), "code"),
            ". Codes ",
            (r.choice(["Z30.42", "Z30.013"]), "code"),
            ", ",
            (r.choice(["J1050", "96372"]), "code"),
            ".",
        ],
        [
            "If I am late, can I bridge with ",
            (r.choice(["Jencycla", "Incassia", "Tulana", "Sharobel"]), "drug"),
            " pills?",
        ],
        [
            "I do not want a ",
            ("Pomeroy", "eponym"),
            " tubal yet. Plan: ",
            (r.choice(INSURERS), "insurer"),
            ", ",
            (member_id(c), "HEALTH_PLAN"),
            ".",
        ],
        ["Text ", (phone_us(c), "PHONE"), ". Age: ", str(r.randint(17, 44)), " years old."],
    ]
    fields = [("Patient", [(name(c, c.pt), "NAME")]), ("Drug", [(drug, "drug")]), ("Last", [dt(c, -95, -70)]),
              ("Due", [dt(c, 1, 30)]), ("Lot", [(lot(c), "code")])]  # fmt: skip
    chat = [([(c.other().given_short, "NAME")], ["Reminder: Depo-Provera due ", dt(c, 1, 20, "noyear"), "."]),
            ([(c.pt.given_short, "NAME")], ["Can I do ", clock(c), "?"])]  # fmt: skip
    return "Depo-Provera scheduling", sent, fields, chat


MESSAGE_BUILDERS = {
    "living_donor": m_living_donor, "evacuation": m_evacuation, "lost_found": m_lost_found, "shabbos": m_shabbos,
    "allergy_shots": m_allergy_shots, "growth_hormone": m_growth_hormone, "abpm": m_abpm,
    "newborn_screen": m_newborn_screen, "wheelchair": m_wheelchair, "depo": m_depo,
}  # fmt: skip


def field_lines(d: Doc, fields: list[tuple[str, Piece]], style: str) -> None:
    if style == "pipe":
        d.add("| Field | Value |\n|---|---|\n")
        for k, v in fields:
            d.add(f"| {k} | ", v, " |\n")
    elif style == "tab":
        for k, v in fields:
            d.add(f"{k}\t", v, "\n")
    elif style in ("bullets", "stars"):
        mark = "- " if style == "bullets" else "* "
        for k, v in fields:
            d.add(f"{mark}{k}: ", v, "\n")
    elif style == "numbered":
        for i, (k, v) in enumerate(fields, 1):
            d.add(f"{i}. {k}: ", v, "\n")
    else:
        for k, v in fields:
            d.add(f"{k}: ", v, "\n")


MSG_LAYOUTS = ("prose", "kv", "tab", "pipe", "bullets", "stars", "numbered", "chat", "quoted", "forward", "cols")


def message(c: Ctx, genre: str) -> Doc:
    r = c.rng
    subject, sent, fields, chat = MESSAGE_BUILDERS[genre](c)
    pool = id_pool(c)
    layout = r.choice(MSG_LAYOUTS)
    d = Doc()
    sign = r.choice(["initials", "name", "given", "plain"])
    if layout == "forward":
        sender = c.other()
        fwd = c.rng.choice(HOSPITALS)
        d.add(
            "---------- Forwarded message ----------\nFrom: ",
            (name(c, sender, "full"), "NAME"),
            " <",
            (staff_email(c, sender, fwd), "EMAIL"),
            ">\n",
        )
        d.add(
            "Sent: ",
            dt(c, -10, 0, "weekday"),
            " ",
            clock(c),
            "\nTo: ",
            (email_for(c, c.pt), "EMAIL"),
            f"\nSubject: {subject}\n\n",
        )
    elif layout == "cols":
        d.add(
            "Patient: ",
            (name(c, c.pt, r.choice(["last_first", "full"])), "NAME"),
            " " * r.randint(4, 8),
            "MRN: ",
            (mrn(c), "MRN"),
        )
        d.add(" " * r.randint(4, 8), "DOB: ", birth(c), "\n")
    elif layout in ("kv", "tab", "pipe"):
        d.add(f"Re: {subject}\n")
    first, rest = sent[0], sent[1:]
    if layout == "chat":
        for who, line in chat:
            d.add(f"[{clock(c)}] ", who, ": ", line, "\n")
        d.add(first, "\n")
    elif layout == "quoted":
        d.add(first, "\n\n")
        d.add("> ", chat[0][1], "\n> -- ", chat[0][0], "\n\n")
        d.add(r.choice(rest), "\n")
    else:
        chosen = [first] + r.sample(rest, r.randint(1, 3))
        if layout in ("kv", "tab", "pipe", "bullets", "stars", "numbered"):
            d.add(chosen[0], "\n")
            field_lines(d, fields[: r.randint(3, 5)] + pool[: r.randint(1, 3)], layout)
            for s in chosen[1:2]:
                d.add(s, "\n")
        else:
            for s in chosen:
                d.add(s, " ")
            d.add("\n")
    if layout not in ("kv", "tab", "pipe", "bullets", "stars", "numbered"):
        extra = pool[: r.randint(2, 3)]
        style = r.choice(["kv", "inline"])
        if style == "inline":
            for i, (k, v) in enumerate(extra):
                d.add(f"{'' if i == 0 else '; '}{k} ", v)
            d.add("\n")
        else:
            field_lines(d, extra, "kv")
    if sign == "initials":
        d.add("-- ", (initials(c.pt), "NAME"))
    elif sign == "name":
        d.add(
            r.choice(["Thanks,\n", "Regards,\n", "", "Sincerely,\n"]),
            (name(c, c.pt, r.choice(["full", "short", "nick"])), "NAME"),
        )
    elif sign == "given":
        d.add("thank you - ", (c.pt.given_short, "NAME"))
    else:
        d.add("Sent from my phone")
    return d


# ---------------------------------------------------------------- clinical genres

NoteBody = tuple[str, Any]


def proc_common(c: Ctx) -> dict[str, Any]:
    r = c.rng
    return {"fac": r.choice(HOSPITALS), "when": dt(c, -60, 0), "age": str(r.randint(18, 86))}


def n_pilonidal(c: Ctx) -> NoteBody:
    r = c.rng
    return "Pilonidal abscess incision and drainage", [
        [
            "Indication: fluctuant pilonidal abscess, ",
            (r.choice(["L05.01", "L05.02"]), "code"),
            ". Age: ",
            str(r.randint(16, 40)),
            " years old.",
        ],
        [
            "Procedure (",
            (r.choice(["10080", "10081"]), "code"),
            "): local ",
            ("lidocaine 1% with epinephrine 8 mL", "drug"),
            ", off-midline incision, loculations broken, packed with iodoform gauze.",
        ],
        [
            "Discussed ",
            ("Bascom", "eponym"),
            " cleft lift vs ",
            ("Karydakis", "eponym"),
            " or ",
            ("Limberg", "eponym"),
            " flap if it recurs; ",
            ("Colorectal Surgery", "department"),
            " referral.",
        ],
        [
            "Rx ",
            (r.choice(["Bactrim DS 800/160 mg", "doxycycline 100 mg", "cephalexin 500 mg"]), "drug"),
            ". Packing change ",
            dt(c, 1, 4),
            ".",
        ],
    ]


def n_laryngoscopy(c: Ctx) -> NoteBody:
    r = c.rng
    scope = r.choice([("Olympus", "ENF-VH2"), ("Pentax", "VNL-1070STK"), ("Olympus", "ENF-V3")])
    return "Flexible laryngoscopy", [
        [
            "Indication: hoarseness 3 months, ",
            (r.choice(["R49.0", "J38.3", "J38.01", "K21.9"]), "code"),
            ". Age: ",
            str(r.randint(25, 85)),
            " years old.",
        ],
        [
            "Flexible laryngoscopy (",
            (r.choice(["31575", "31579"]), "code"),
            ") with the ",
            (scope[0], "maker"),
            " ",
            (scope[1], "model"),
            " after ",
            ("oxymetazoline 0.05%", "drug"),
            " and ",
            ("lidocaine 4% topical", "drug"),
            ".",
        ],
        [
            "Findings: bilateral ",
            ("Reinke", "eponym"),
            " edema, mobile cords, no lesion. ",
            ("Otolaryngology", "department"),
            " voice therapy referral.",
        ],
        [
            "Scope reprocessing log ",
            (ident(c, "RP"), "ID"),
            "; start ",
            (r.choice(["omeprazole 40 mg", "famotidine 20 mg"]), "drug"),
            ".",
        ],
    ]


def n_blood_patch(c: Ctx) -> NoteBody:
    r = c.rng
    return "Epidural blood patch", [
        [
            "Indication: postdural puncture headache after lumbar drain/LP on ",
            dt(c, -8, -2),
            ", ",
            ("G97.1", "code"),
            ".",
        ],
        [
            "Epidural blood patch (",
            ("62273", "code"),
            ") at L3-4 with an 18 g ",
            ("Perifix", "model"),
            " needle (",
            ("B. Braun", "maker"),
            "); ",
            str(r.randint(15, 20)),
            " mL autologous blood drawn by ",
            clinician(c, "RN"),
            ".",
        ],
        [
            "Original puncture was with a 25 g ",
            (r.choice(["Whitacre", "Sprotte"]), "eponym"),
            " needle. ",
            ("Pain Management", "department"),
            " follow-up.",
        ],
        ["Post: ", (r.choice(["caffeine 300 mg", "acetaminophen 1000 mg", "Fioricet"]), "drug"), " prn, flat 1 hour."],
    ]


def n_si_joint(c: Ctx) -> NoteBody:
    r = c.rng
    return "Sacroiliac joint injection", [
        [
            "Indication: sacroiliitis, ",
            (r.choice(["M46.1", "M53.3", "M53.2X8"]), "code"),
            "; positive ",
            ("Gaenslen", "eponym"),
            ", ",
            ("Yeoman", "eponym"),
            " and ",
            ("Fortin", "eponym"),
            " finger tests.",
        ],
        [
            "Fluoroscopic sacroiliac joint injection (",
            ("27096", "code"),
            ") right, 22 g spinal needle, ",
            ("Omnipaque 300", "drug"),
            " arthrogram, then ",
            ("Depo-Medrol 40 mg", "drug"),
            " with ",
            ("ropivacaine 0.2% 2 mL", "drug"),
            ".",
        ],
        [
            "Fluoro time 22 s. ",
            ("Pain Management", "department"),
            "; pain diary to ",
            ("Gillet", "eponym"),
            " retest in 2 weeks.",
        ],
    ]


def n_hsg(c: Ctx) -> NoteBody:
    r = c.rng
    return "Hysterosalpingography", [
        [
            "Indication: infertility, ",
            (r.choice(["N97.1", "N97.9", "Z31.41"]), "code"),
            ", cycle day 8. Age: ",
            str(r.randint(24, 44)),
            " years old.",
        ],
        [
            "Hysterosalpingogram (",
            ("58340", "code"),
            ", ",
            ("74740", "code"),
            "): ",
            ("CooperSurgical", "maker"),
            " ",
            ("H/S Elliptosphere", "model"),
            " catheter, ",
            ("Omnipaque 300", "drug"),
            " 10 mL.",
        ],
        [
            "Both Fallopian tubes fill with free spill; no ",
            ("Asherman", "eponym"),
            " synechiae. The ",
            ("Rubin", "eponym"),
            " test is no longer done.",
        ],
        [("Reproductive Endocrinology", "department"), " to review; ", ("doxycycline 100 mg", "drug"), " x 5 days."],
    ]


def n_shave(c: Ctx) -> NoteBody:
    r = c.rng
    return "Shave biopsy", [
        [
            "Indication: changing pigmented papule, ",
            (r.choice(["D48.5", "L82.1", "D22.5", "L57.0"]), "code"),
            ". Age: ",
            str(r.randint(30, 88)),
            " years old.",
        ],
        [
            "Shave biopsy (",
            (r.choice(["11102", "11300", "11305"]), "code"),
            ") after ",
            ("lidocaine 1% 1 mL", "drug"),
            "; hemostasis with ",
            ("Monsel", "eponym"),
            " solution; ",
            ("Aquaphor", "drug"),
            " and bandage.",
        ],
        [
            "Path to report ",
            ("Clark", "eponym"),
            " level and depth. ",
            ("Dermatology", "department"),
            " accession ",
            (ident(c, "S25"), "ID"),
            ".",
        ],
    ]


def n_stellate(c: Ctx) -> NoteBody:
    r = c.rng
    return "Stellate ganglion block", [
        [
            "Indication: ",
            (r.choice(["F43.10", "F43.12", "G90.511"]), "code"),
            "; stellate ganglion block requested by ",
            clinician(c, "MD"),
            ".",
        ],
        [
            "Procedure (",
            ("64510", "code"),
            "): ultrasound-guided, right, at C6 near ",
            ("Chassaignac", "eponym"),
            " tubercle; ",
            ("ropivacaine 0.5% 7 mL", "drug"),
            " via 25 g needle.",
        ],
        [
            "Ptosis and miosis within 10 min (",
            ("Sonosite", "maker"),
            " ",
            ("Sonosite PX", "model"),
            " ultrasound). ",
            ("Pain Management", "department"),
            " recheck.",
        ],
    ]


def n_esketamine(c: Ctx) -> NoteBody:
    r = c.rng
    dose = r.choice(["56 mg", "84 mg"])
    return "Esketamine treatment session", [
        [
            "Treatment-resistant depression, ",
            (r.choice(["F33.2", "F32.2", "F33.1"]), "code"),
            "; esketamine session ",
            str(r.randint(2, 24)),
            " under REMS.",
        ],
        [
            ("Spravato " + dose, "drug"),
            " intranasal (",
            (r.choice(["G2082", "G2083"]), "code"),
            "); BP 138/84 pre, 152/90 at 40 min, 130/82 at 2 h.",
        ],
        [
            ("Beck", "eponym"),
            " inventory 24 to 17; ",
            ("Columbia", "eponym"),
            " screen negative. ",
            ("Interventional Psychiatry", "department"),
            ".",
        ],
        [
            "Ride home required; continues ",
            (r.choice(["sertraline 100 mg", "Trintellix 20 mg", "Wellbutrin XL 300 mg"]), "drug"),
            ".",
        ],
    ]


CLINICAL_BUILDERS = {
    "pilonidal": n_pilonidal, "laryngoscopy": n_laryngoscopy, "blood_patch": n_blood_patch, "si_joint": n_si_joint,
    "hsg": n_hsg, "shave_biopsy": n_shave, "stellate": n_stellate, "esketamine": n_esketamine,
}  # fmt: skip


def c_header(c: Ctx, d: Doc, title: str, fac: str) -> None:
    r = c.rng
    shape = r.choice(["PATIENT", "Pt name", "pipe", "sentence"])
    if shape == "PATIENT":
        d.add(
            (fac, "FACILITY"),
            f" - {title}\n",
            "PATIENT: ",
            (name(c, c.pt, "last_first"), "NAME"),
            "   MRN: ",
            (mrn(c), "MRN"),
            "   DOB: ",
            birth(c),
            "\n",
        )
    elif shape == "Pt name":
        d.add(
            f"{title.upper()}\n",
            "Pt name: ",
            (name(c, c.pt), "NAME"),
            "\nDOB: ",
            birth(c),
            "\tMRN: ",
            (mrn(c), "MRN"),
            "\nLocation: ",
            (fac, "FACILITY"),
            "\n",
        )
    elif shape == "pipe":
        d.add(
            f"{title}\n| Patient | ",
            (name(c, c.pt), "NAME"),
            " |\n| MRN | ",
            (mrn(c), "MRN"),
            " |\n| DOS | ",
            dt(c, -30, 0),
            " |\n| Site | ",
            (fac, "FACILITY"),
            " |\n",
        )
    else:
        d.add(
            f"{title} note. ",
            titled(c, c.pt, "full"),
            " (MRN ",
            (mrn(c), "MRN"),
            "), seen at ",
            (fac, "FACILITY"),
            " on ",
            dt(c, -30, 0),
            ".\n",
        )


def c_section(c: Ctx, d: Doc, label: str) -> None:
    r = c.rng
    st = c.town[1]
    rel = c.other()
    if label == "Contact on file: ":
        d.add(label, full_address(c), "; ", (phone_us(c), "PHONE"), "; ", (email_for(c, c.pt), "EMAIL"), "\n")
    elif label == "Guarantor: ":
        d.add(label, (name(c, rel), "NAME"), ", acct ", (ident(c, "G"), "ACCOUNT"), ", SSN ", (ssn(c), "SSN"), "\n")
    elif label == "Interpreter: ":
        d.add(
            label,
            (name(c, rel), "NAME"),
            " (",
            r.choice(["Igbo", "Yiddish", "Hindi", "phone line"]),
            "), ID ",
            (ident(c, "INT"), "ID"),
            "\n",
        )
    elif label == "Ride home: ":
        d.add(
            label,
            (name(c, rel), "NAME"),
            ", ",
            (phone_us(c), "PHONE"),
            ", plate ",
            (plate(c), "VEHICLE"),
            ", ",
            st,
            " DL ",
            (license_no(c, st), "LICENSE"),
            "\n",
        )
    elif label == "Devices: ":
        d.add(label, "phone IMEI ", (imei(c), "DEVICE"), "; portal login from ", (ip(c), "IP"), "\n")
    elif label == "Records to: ":
        fac = r.choice(HOSPITALS)
        d.add(label, (fac, "FACILITY"), ", fax ", (phone_us(c), "FAX"), ", ", (url(c, fac), "URL"), "\n")
    elif label == "Coverage on file: ":
        d.add(
            label,
            (r.choice(INSURERS), "insurer"),
            " ",
            (member_id(c), "HEALTH_PLAN"),
            "; MBI ",
            (mbi(c), "HEALTH_PLAN"),
            "; card ",
            (card(c), "ACCOUNT"),
            "\n",
        )
    else:
        abroad = r.choice(ABROAD_TOWNS[c.culture])
        d.add(
            label,
            kin(c),
            " ",
            (name(c, rel), "NAME"),
            " (age ",
            (age_old(c), "AGE"),
            ") in ",
            (abroad[0], "LOCATION"),
            ", ",
            abroad[1],
            ", ",
            (phone_abroad(c, abroad[2]), "PHONE"),
            "\n",
        )


def c_sign(c: Ctx, d: Doc) -> None:
    r = c.rng
    p = c.other()
    cred = r.choice(["MD", "DO", "NP", "PA-C", "CRNA"])
    lead = r.choice(["Electronically signed by ", "Signed: ", "Attested by ", "Verified by "])
    d.add(lead, (name(c, p, r.choice(["full", "mid", "short"])), "NAME"), f", {cred}")
    if r.random() < 0.6:
        d.add(" NPI ", (npi(c), "ID"))
    if cred in ("MD", "DO", "NP", "PA-C") and r.random() < 0.45:
        d.add(" DEA ", (dea(c, p.surname), "LICENSE"))
    d.add(" ", dt(c, -30, 0), " ", clock(c))
    if r.random() < 0.3:
        d.add("\n-- ", (initials(p), "NAME"))


def clinical_note(c: Ctx, genre: str) -> Doc:
    r = c.rng
    title, body = CLINICAL_BUILDERS[genre](c)
    fac = r.choice(HOSPITALS)
    d = Doc()
    c_header(c, d, title, fac)
    if r.random() < 0.12:
        d.add("Age: ", (age_old(c), "AGE"), "\n")
    if r.random() < 0.7:
        d.add(r.choice(["Payer: ", "Plan: ", "Auth via "]), (r.choice(INSURERS), "insurer"), "\n")
    if r.random() < 0.4:
        d.add("Med NDC ", (ndc(c), "code"), ", lot ", (lot(c), "code"), "\n")
    layout = r.choice(["prose", "bullets", "numbered", "tab", "pipe"])
    if layout == "prose":
        for s in body:
            d.add(s, " ")
        d.add("\n")
    elif layout in ("bullets", "numbered"):
        for i, s in enumerate(body, 1):
            d.add(f"{i}. " if layout == "numbered" else r.choice(["- ", "* "]), s, "\n")
    else:
        d.add(body[0], "\n")
        rows = [("Operator", clinician(c, r.choice(["MD", "DO"]))), ("Assist", clinician(c, r.choice(["RN", "MA", "RT"]))),
                ("Date", [dt(c, -30, 0)]), ("Supplies lot", [(lot(c), "code")]), ("Consent", ["signed"])]  # fmt: skip
        if layout == "pipe":
            for k, v in rows:
                d.add(f"| {k} | ", v, " |\n")
        else:
            for k, v in rows:
                d.add(f"{k}\t", v, "\n")
        for s in body[1:]:
            d.add(s, " ")
        d.add("\n")
    for label in r.sample(SECTION_LABELS, r.randint(1, 3)):
        c_section(c, d, label)
    c_sign(c, d)
    return d


# ---------------------------------------------------------------- rows


def generate(family: str, n: int, seed: int) -> list[dict]:
    """`n` rows of `family`, genres in turn, reproducible from `seed`."""
    if family not in FAMILIES:
        raise ValueError(family)
    rng = random.Random(f"eval28:{family}:{seed}")
    genres = MESSAGE_GENRES if family == "messages" else CLINICAL_GENRES
    lo, hi = (80, 900) if family == "messages" else (150, 1500)
    rows: list[dict] = []
    seen: set[str] = set()
    for i in range(n):
        genre = genres[i % len(genres)]
        case = None
        if family == "messages":
            case = "upper" if i % 18 == 5 else "lower" if i % 18 == 11 else None
        while True:
            c = Ctx(rng, "yi" if genre == "shabbos" else None)
            d = message(c, genre) if family == "messages" else clinical_note(c, genre)
            text, phi, keep = d.render(case)
            if lo <= len(text) <= hi and text not in seen and text.isascii():
                break
        seen.add(text)
        rows.append({"id": f"eval28-{family}-{i}", "family": family, "text": text, "phi": phi,
                     "keep": list(keep), "keep_kinds": keep})  # fmt: skip
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
