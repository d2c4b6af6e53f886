"""Fifteenth independent de-identification evaluation set (eval15): Indian Health Service
Purchased/Referred Care (PRC) requests (health record numbers, tribal census numbers, PO Box and
highway-contract addresses), tribal community health representative (CHR) visit logs in tab layout
(GSA vehicle plates, clock times, elders over 90, Navajo and Lakota kinship words), school-based
clinic permission slips, hearing aid fitting follow-ups (hearing aid serials, quoted replies),
optometry recall texts (booking links, weekday dates), interpreter request forms (Karen, Burmese,
Hakha Chin, Marshallese, Chuukese, Samoan, Tongan and Navajo interpreters), refugee health
screening appointment letters (alien registration numbers, arrival dates written day.month.year
from a UNHCR document, refugee camps as birthplaces, a 01/01 birth date), pharmacy prior
authorization fax covers (DEA numbers, NPIs, member IDs), sleep study scheduling e-mails (home
sleep test device serials), workers' compensation status updates (claim numbers, VINs, plates),
jury-duty medical excusal letters (juror numbers, driver's licences), telehealth intake chats with
clock times (IP addresses, the town the patient calls from), lab requisition corrections (a name
spelled two ways, requisition and accession numbers), hospice bereavement mailings (ages over 90,
support-group times) and diabetic shoe order forms (Medicare MBIs, supplier accounts, HCPCS codes)
(`messages`); and hyperbaric oxygen (HBOT) treatment logs with a dive table, dental extraction
notes, audiology reports with a pure-tone table, endoscopy (EGD) reports, spirometry reports
(FEV1 tables in tab layout), sleep study interpretations (AHI), occupational-health pre-placement
exams (CDL numbers), well-child checks (vaccine lot numbers), burn dressing notes (TBSA),
fracture-clinic fiberglass cast notes, ophthalmology intravitreal injection notes, dialysis access
fistulogram notes, ED triage notes (ESI levels), anticoagulation clinic notes with an INR table
and bariatric follow-ups (`clinical`). Each genre occurs equally often (twenty rows per genre in
`messages`, eight in `clinical`, in turn). Some messages are all capitals or all lower case;
layouts include key: value forms, `|` and tab tables, bullets, "> " quoted replies, chat lines
with clock times, signatures, page headers and footers (REGISTRATION, CARE TEAM, TRANSPORT,
PORTAL, Addendum and "Printed by" sections in the clinical notes).

Written by a writer who read only `tests/deid/evalset_checks.py`, `tests/deid/test_evalset14.py`,
`tests/deid/conftest.py`, `tests/deid/test_evalset_generators.py`, the module docstring of
`tools/deid/evalset14.py` (nothing below it), `tools/deid/faker_tables.py`,
`medcode/deid/types.py` and `datasets/deid/README.md`. evalset14 was imported only to list the
names of its public objects (its constants, the names of its helper and genre functions, which the
listing showed too, and the signatures of `generate`, `dumps`, `provenance_problems` and `main`)
and the values of `KEEP_KINDS` and `FAMILIES`, to keep the same interface; none of its code was
read. None of the de-identifier's rules, lexicons, keep lists or models, none of the other
generators' templates and none of their sets were read. The de-identifier was never run on this
text.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters
them. This family brings text shapes and values nobody tuned on.

Locales: none. Every Faker locale with person or city tables is taken by an earlier list, set,
corpus or eval3-eval14, so this family reads no Faker table at all: ``NAME_LOCALES``,
``CITY_LOCALES``, ``ORG_LOCALES``, ``LOCALES`` and ``FAKER_TABLES`` are empty and
``provenance_problems()`` returns []. Names come from hand-written lists of three groups of naming
cultures no earlier family used, in the Latin spellings met on US papers, with variants:
Pacific Islander (Samoan, Tongan, Marshallese and Chuukese given names and surnames, with and
without the glottal-stop apostrophe: "Fa'alogo" / "Faalogo", "Tu'ipulotu" / "Tuipulotu";
Marshallese "deBrum" / "DeBrum" / "de Brum"; English and island forms of one given name: "Iosefa" /
"Josefa", "Salote" / "Charlotte"), Dine (Navajo) and other Native American (Navajo surnames
"Begay" / "Begaye" / "Biye", "Yazzie", "Tsosie", "Nez", "Benally" / "Benallie", "Etsitty" /
"Etcitty", "Manygoats" / "Many Goats"; Lakota surnames of two or three words, "Two Bulls" /
"Twobulls", "Her Many Horses"; Ojibwe surnames, "Kingbird", "Stillday"; given names in English and
in Navajo, Lakota or Ojibwe: "Nizhoni", "Shandiin", "Wanbli", "Migizi") and Karen, Chin and Burmese
refugees (names of one to three syllables, often with no surname at all, split by a registrar into
given name and surname or written with "FNU"; Karen "Saw" / "Naw" and Mon "Mahn" prefixes, which
are part of the registered name; syllable variants "Htoo" / "Htu", "Hser" / "Sher"). Towns come
from hand-written lists (``US_TOWNS``: reservation towns, Pacific-community and resettlement towns,
with state, ZIP prefix and area code; ``ABROAD_TOWNS`` in Samoa, American Samoa, Tonga, the
Marshall Islands, Micronesia, Myanmar, Thailand's refugee camps and Malaysia), as do street words
and organisation words (``ORG_WORDS``: "Hozho", "Oyate", "Alofa", "Iakwe", "Metta"). Numbers, dates,
codes and identifiers come from this module's own seeded ``random.Random``; no Faker is used, so a
seed reproduces its file byte for byte. All text is ASCII.

Adaptations of the shared checks: none were changed. `check_own_locales` and
`check_faker_tables_are_the_locales_own` hold trivially with all locale tables empty.

Annotation conventions (the 18 Safe Harbor identifiers as the project's PHI types):
NAME is a person's name as written (patients, relatives, clinicians, staff, CHRs, adjusters,
interpreters, drivers): "Given Surname", "Surname, Given", "SURNAME, GIVEN", all capitals, all lower
case, a given name or a surname alone, "D. Begay", "S. Eh Htoo" and two or three capital initials
in a table or footer ("DB", "NEH"); a Lakota surname of several words is one span ("Her Many
Horses"); a Karen, Chin or Burmese name with no surname is one span ("Saw Eh Htoo"), and a
registrar's "FNU" after it (", FNU") is not part of it. The Karen prefixes "Saw" and "Naw" and the
Mon "Mahn" are inside the span (they are registered as part of the name); titles, honorifics and
credentials stay outside ("Dr. ", "Mr. ", "Mrs. ", "Ms. ", "Pastor ", "Rev. ", and the Burmese
"U ", "Daw ", "Ko ", "Ma "; ", MD", ", DO", ", NP", ", PA-C", ", RN", ", LPN", ", PharmD", ", AuD,
CCC-A", ", OD", ", DDS", ", DMD", ", RPSGT", ", RRT", ", CHES", ", MSW", ", MDiv", ", MLS", ", MT", ", MA", ", CPed"), and so do words for
relatives used instead of a name (``KIN_WORDS``: Samoan "Tina", "Tama", Tongan "Fa'e", "Tamai",
"Kui", Marshallese "Jino", "Jema", "Bubu", Chuukese "Inei", "Semei", Navajo "shima", "shizhe'e",
"shimasani", "shicheii", "shinali", Lakota "Unci", "Lala", "Ina", Ojibwe "Nookomis", "Mishomis",
Burmese "A May", "A Phay", "A Phwar"), which are not PHI. An e-mail address is EMAIL even when it
holds a name. DATE is every date element more specific than a year, one span with its year if it
has one and with a weekday written next to it: "03/14/2025", "3/14/25", "2025-03-14",
"14-Mar-2025", "14MAR25", "Mar 14, 2025", "March 14, 2025", "14 March 2025", "14 Mar 2025",
"14.03.2025" (day first, as on a UNHCR or Myanmar document), "3/14", "Mar 14", "March 14",
"March 14th", "Fri 3/14", "Friday, March 14", and a month with its year ("June 2026"); the
01/01 birth dates that refugees are often given are DATEs like any other. Clock times, durations,
tooth numbers, ATA pressures, dive and session numbers and room numbers are not PHI. AGE is PHI
only when 90 or more: the number alone or the spelled number ("93", "ninety-two", "one hundred and
one"), never "years old", "y/o" or "age"; younger ages stay in the text unannotated. LOCATION is a
town, village or refugee camp (US or abroad), also as a birthplace, a residence or where a patient
calls from; states, countries, islands groups and nations ("Navajo Nation", "Marshall Islands")
are not PHI; a town inside an organisation's name is part of the FACILITY span. ADDRESS is the
street line with its unit ("1450 W 3500 S Apt 2C", "87 Cedar St #12", "Lot 14" after a street),
or a post-office or highway-contract box ("PO Box 2117", "HC 61 Box 1234"). ZIP is a US ZIP, with
its +4 when written. PHONE and FAX spans include "+1", "1-", an extension (" ext 214") and the
country codes "+685", "+676", "+692", "+691", "+95" and "+66"; a number labelled fax is FAX. EMAIL,
URL (with "https://" or "http://") and IP (IPv4 or IPv6) are whole tokens. SSN in any of its shapes.
MRN is a medical or health record number (IHS "HRN" too): 7 to 10 digits, its last a Luhn check
digit, sometimes a hyphen after the first two. ACCOUNT is a billing, patient-account, pharmacy or
supplier account. HEALTH_PLAN is a member, Medicaid, AHCCCS, Medicare (MBI) or group-member
number. LICENSE is a driver's or commercial driver's licence, a nursing or medical licence or a DEA
registration (its check digit right). VEHICLE is a plate or a VIN (its check digit right). DEVICE is
the serial number of a device a patient uses or carries (hearing aid, CPAP, home sleep test
recorder, home INR meter, glucose sensor, insulin pump, pacemaker). ID is every other identifying
number: PRC referral, tribal census and enrollment, alien registration (A-number), I-94, passport,
juror, claim, requisition, accession, specimen, order, interpreter, badge and case numbers and
NPIs. FACILITY is every organisation named (hospitals, IHS and tribal health centres, clinics,
schools, courts, employers, pharmacies, laboratories, hospices, resettlement agencies, sleep and
hearing centres), one span even when a town is part of the name; a programme's name ("Community
Health Representative program") is not. Not PHI and kept (``keep``, kinds in ``KEEP_KINDS``):
drugs with their doses as written (drug); ICD-10-CM codes, CPT-shaped numbers (numbers only, never
a descriptor), CDT and HCPCS Level II codes and lot numbers (code); makers (manufacturer); model
names (model); insurers and public plans (insurer); eponyms, the name only ("Weber", "Rinne",
"Barrett", "Salter-Harris", "Colles", "Roux-en-Y", "Snellen", "Amsler", "Charcot", "Meniere")
(eponym) and departments (department). No keep term ever occurs inside a PHI span (a term that
does in some row is left out of that row's list). Look-alikes left in the text on purpose: towns
that are given names or words ("Kyle", "Enid", "Mission", "Laura", "Rogers"), a maker whose name
starts with a title ("Dr. Comfort"), kinship words ("Tina" is a Samoan mother), a language named
after a town ("Hakha Chin"), CPT codes shaped like ZIPs, and numbers that are not PHI (lot numbers,
HCPCS codes, ages under 90, clock times).

    python -m tools.deid.evalset15 --family messages --n 300 --seed 3001 --out datasets/deid/eval15_messages.jsonl
    python -m tools.deid.evalset15 --family clinical --n 120 --seed 3002 --out datasets/deid/eval15_clinical.jsonl

Seeds 3101 / 3102 are reserved for tuning (``--out build/deid-fresh/...``); keep the two committed
files for measurement.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

FAMILIES = ("messages", "clinical")
KEEP_KINDS = ("code", "drug", "insurer", "manufacturer", "model", "eponym", "department")

# No Faker table is read (every locale is taken by an earlier family).
NAME_LOCALES: tuple[str, ...] = ()
CITY_LOCALES: tuple[str, ...] = ()
ORG_LOCALES: tuple[str, ...] = ()
LOCALES: tuple[str, ...] = ()
FAKER_TABLES: dict[str, list[tuple[str, str]]] = {}


def provenance_problems() -> list[str]:
    """No Faker table is read, so there is nothing whose provenance could be wrong."""
    return []


# ---------------------------------------------------------------------------------------------
# Hand-written name lists: each entry is the spellings of one name met on US papers.

SAMOAN_GIVEN_F = (("Sina",), ("Malia", "Maria"), ("Lupe",), ("Tausala",), ("Fetu",), ("Lagi", "Langi"),
                  ("Losa", "Rosa"), ("Ana",), ("Ioana", "Joanna"), ("Faamoana", "Fa'amoana"), ("Sieni", "Jane"),
                  ("Salamasina",), ("Teuila",), ("Leilua",))  # fmt: skip
SAMOAN_GIVEN_M = (("Iosefa", "Josefa", "Yosefa"), ("Tavita", "Davita"), ("Ioane", "Ione"), ("Pita", "Peter"),
                  ("Mikaele", "Michael"), ("Siaosi", "George"), ("Tui",), ("Falani", "Frank"), ("Paulo", "Paul"),
                  ("Tanielu", "Daniel"), ("Sefo",), ("Ropati", "Robert"), ("Mataio", "Matthew"))  # fmt: skip
SAMOAN_SURNAMES = (("Tuilagi",), ("Faleolo",), ("Leota",), ("Tuiasosopo",), ("Sapolu",), ("Fuimaono",), ("Aumua",),
                   ("Toleafoa",), ("Faalogo", "Fa'alogo"), ("Mataafa", "Mata'afa"), ("Pouono",), ("Seiuli",),
                   ("Afamasaga",), ("Tauiliili", "Tauili'ili"), ("Lefiti",), ("Savea",), ("Soliai",), ("Amituanai",),
                   ("Faumuina",), ("Tupuola", "Tupu'ola"))  # fmt: skip
TONGAN_GIVEN_F = (("Mele",), ("Salote", "Charlotte"), ("Losaline", "Rosaline"), ("Lesieli", "Rachel"), ("Ofa",),
                  ("Seini",), ("Kalolaine", "Caroline"), ("Meleana", "Mele Ana"), ("Sela", "Sarah"), ("Luseane",),
                  ("Siueni",), ("Alisi", "Alice"))  # fmt: skip
TONGAN_GIVEN_M = (("Sione",), ("Viliami", "William"), ("Siosaia", "Josaia"), ("Tevita", "Devita"), ("Sitani",),
                  ("Semisi", "James"), ("Sifa",), ("Taniela", "Daniel"), ("Lopeti", "Robert"), ("Mosese", "Moses"),
                  ("Feleti", "Fred"), ("Koli",), ("Saia",))  # fmt: skip
TONGAN_SURNAMES = (("Fifita",), ("Taufa",), ("Havili",), ("Tuipulotu", "Tu'ipulotu"), ("Vake",), ("Lolohea",),
                   ("Latu",), ("Kioa",), ("Fonua",), ("Moala",), ("Pulu",), ("Havea",), ("Kaufana",), ("Hufanga",),
                   ("Vaipulu",), ("Mahe",), ("Tuakalau",), ("Vaioleti",), ("Fakatava",), ("Tuivai", "Tu'ivai"))  # fmt: skip
MARSHALLESE_GIVEN_F = (("Jinna",), ("Neiar",), ("Hilda",), ("Rine",), ("Lijon",), ("Kiora",), ("Merina",),
                       ("Jolene",), ("Emlain",), ("Tarlin",), ("Atina",), ("Yolanda",))  # fmt: skip
MARSHALLESE_GIVEN_M = (("Jabwe",), ("Kenton",), ("Hilton",), ("Rilang",), ("Tony",), ("Clarence",), ("Wilbur",),
                       ("Lajin",), ("Jorlang",), ("Kelen",), ("Alfred",), ("Biten",))  # fmt: skip
MARSHALLESE_SURNAMES = (("deBrum", "DeBrum", "de Brum"), ("Kabua",), ("Loeak",), ("Jetnil",), ("Kijiner",),
                        ("Lanki",), ("Zackhras", "Zackras"), ("Anjain",), ("Bunglick",), ("Jorju",), ("Riklon",),
                        ("Laik",), ("Jibas",), ("Lakjohn",), ("Heine",), ("Lometo",), ("Capelle",),
                        ("Langinbelik",), ("Jatios",))  # fmt: skip
CHUUKESE_GIVEN_F = (("Kimie",), ("Sinina",), ("Rosalinda",), ("Mercy",), ("Kiyomi",), ("Sarina",), ("Merleen",),
                    ("Akiko",), ("Marlyn",), ("Esiro",))  # fmt: skip
CHUUKESE_GIVEN_M = (("Marcelino",), ("Kasiano",), ("Kembo",), ("Sinino",), ("Ioanis",), ("Akapito",),
                    ("Tadasy", "Tadashi"), ("Sangiro",), ("Mikel",), ("Keske",), ("Benjamin",))  # fmt: skip
CHUUKESE_SURNAMES = (("Mori",), ("Aisek",), ("Setik",), ("Esirom",), ("Penias",), ("Nakayama",), ("Kofak",),
                     ("Rewein",), ("Sapwin",), ("Billimont",), ("Otoko",), ("Kanemoto",), ("Hartman",),
                     ("Ikefai",), ("Wasan",))  # fmt: skip
DINE_GIVEN_F = (("Darlene",), ("Loretta",), ("Marlene",), ("Roberta",), ("Arlene",), ("Shaina", "Shayna"),
                ("Nizhoni", "Nizhonii"), ("Dezba",), ("Yanaba", "Yanabah"), ("Shandiin", "Shandeen"), ("Doli",),
                ("Bernadine",), ("Verna",), ("Tasheena",), ("Kateri",))  # fmt: skip
DINE_GIVEN_M = (("Wilson",), ("Leonard",), ("Delbert",), ("Vernon",), ("Lorenzo",), ("Ahiga",), ("Nastas",),
                ("Kee",), ("Harrison",), ("Elvin",), ("Darrell",), ("Yiska",), ("Cody",), ("Jerome",),
                ("Shilah",))  # fmt: skip
DINE_SURNAMES = (("Begay", "Begaye", "Biye"), ("Yazzie", "Yazzi"), ("Tsosie", "Tsosi"), ("Nez",),
                 ("Benally", "Benallie"), ("Etsitty", "Etcitty"), ("Tso",), ("Chee",), ("Manygoats", "Many Goats"),
                 ("Bitsui", "Bitsuie"), ("Yellowhorse", "Yellow Horse"), ("Largo",), ("Tsinajinnie", "Tsinijinnie"),
                 ("Bahe", "Bahee"), ("Bedonie",), ("Attakai", "Atakai"), ("Cly",), ("Claw",),
                 ("Deschenie", "Deschene"), ("Tohtsoni",), ("Yellowman", "Yellow Man"), ("Peshlakai",), ("Nakai",),
                 ("Silversmith",), ("Whitehorse", "White Horse"), ("Bitsilly", "Bitsilli"), ("Jumbo",))  # fmt: skip
LAKOTA_GIVEN_F = (("Winona", "Wenona"), ("Chumani",), ("Wicahpi",), ("Zitkala",), ("Charmaine",), ("Rhonda",),
                  ("Lorraine",), ("Tiffany",), ("Geraldine",))  # fmt: skip
LAKOTA_GIVEN_M = (("Wanbli", "Wambli"), ("Ohitika",), ("Tatanka",), ("Mato",), ("Cetan",), ("Marvin",), ("Lyle",),
                  ("Dwayne",), ("Russell",), ("Gerald",))  # fmt: skip
LAKOTA_SURNAMES = (("Two Bulls", "Twobulls"), ("Red Cloud", "Redcloud"), ("Iron Cloud", "Ironcloud"),
                   ("Little Thunder", "Littlethunder"), ("Standing Bear", "Standingbear"),
                   ("Brings Plenty", "Bringsplenty"), ("Her Many Horses", "Hermanyhorses"),
                   ("Looking Horse", "Lookinghorse"), ("Yellow Bird", "Yellowbird"), ("Two Eagle", "Twoeagle"),
                   ("Janis",), ("Mousseau",), ("Pourier",), ("Whirlwind Horse",), ("Black Elk", "Blackelk"),
                   ("Spotted Tail",), ("Kills Enemy", "Killsenemy"), ("Good Voice", "Goodvoice"),
                   ("Ecoffey",))  # fmt: skip
OJIBWE_GIVEN_F = (("Waabigwan", "Wabigwan"), ("Ziigwan",), ("Marcy",), ("Delores",), ("Bonnie",), ("Charlene",))
OJIBWE_GIVEN_M = (("Migizi", "Megisi"), ("Nimkii", "Nimki"), ("Makwa", "Mukwa"), ("Duane",), ("Curtis",),
                  ("Wayne",), ("Randall",))  # fmt: skip
OJIBWE_SURNAMES = (("Kingbird",), ("Fairbanks",), ("Jourdain",), ("Stillday", "Still Day"),
                   ("Littlewolf", "Little Wolf"), ("Nayquonabe",), ("Wadena",), ("Bellecourt",), ("Lussier",),
                   ("Beaulieu",), ("Gurneau",), ("Thunder",))  # fmt: skip
# Karen, Chin and Burmese names are one to three syllables; a registrar splits them (or not).
KAREN_SYLLABLES = (("Eh",), ("Htoo", "Htu"), ("Paw", "Poe"), ("Moo", "Mu"), ("Hser", "Sher"), ("Ler",),
                   ("Say", "Seh"), ("Wah", "Wa"), ("Gay", "Ghay"), ("Blut", "Blu"), ("Kaw",), ("Doh",),
                   ("Thaw", "Tha"), ("Lah",), ("Nay", "Ne"), ("Pler",), ("Ku",), ("Hsa", "Sa"), ("Dah",),
                   ("Lweh",), ("Wee",), ("Bway",), ("Htee",), ("Klo",), ("Taw",), ("Shee",))  # fmt: skip
KAREN_PREFIXES_M = ("Saw", "Saw", "Saw", "Mahn")
KAREN_PREFIXES_F = ("Naw",)
CHIN_SYLLABLES = (("Ngun",), ("Hlei",), ("Thawng", "Thang"), ("Lian",), ("Bawi",), ("Sui",), ("Za",), ("Tlem",),
                  ("Mang",), ("Sian",), ("Cin", "Cing"), ("Khan",), ("Sang",), ("Hnin",), ("Tial",), ("Biak",),
                  ("Par",), ("Sung",), ("Hre",), ("Rem",), ("Van",), ("Lal",))  # fmt: skip
BURMESE_SYLLABLES = (("Aung",), ("Kyaw",), ("Htun", "Tun"), ("Thida",), ("Khin",), ("Win",), ("Zaw",), ("Min",),
                     ("Myint",), ("Thet",), ("Nyein",), ("Chan",), ("Su",), ("Myat",), ("Noe",), ("Phyo",),
                     ("Thu",), ("Zin",), ("Hlaing",), ("Oo",), ("Yadanar",), ("Sandar",), ("Ei",), ("Nwe",),
                     ("Htet",), ("Lin", "Linn"), ("Naing",), ("Soe",))  # fmt: skip

# culture -> (words for a female relative, words for a male relative): mother, father, grandparents
KIN_BY_CULTURE = {
    "samoan": (("Tina",), ("Tama",)),
    "tongan": (("Fa'e", "Kui"), ("Tamai", "Kui")),
    "marshallese": (("Jino", "Bubu"), ("Jema", "Bubu")),
    "chuukese": (("Inei",), ("Semei",)),
    "dine": (("shima", "shimasani", "shinali"), ("shizhe'e", "shicheii", "shinali")),
    "lakota": (("Unci", "Ina"), ("Lala",)),
    "ojibwe": (("Nookomis",), ("Mishomis",)),
    "karen": (("A May", "A Phwar"), ("A Phay",)),
    "chin": (("A May", "A Phwar"), ("A Phay",)),
    "burmese": (("A May", "A Phwar"), ("A Phay",)),
}
KIN_WORDS = tuple(dict.fromkeys(k for fm in KIN_BY_CULTURE.values() for ks in fm for k in ks))
CULTURES = ("samoan", "tongan", "marshallese", "chuukese", "dine", "dine", "lakota", "ojibwe", "karen", "karen",
            "chin", "burmese")  # fmt: skip
_WESTERN = {
    "samoan": (SAMOAN_GIVEN_M, SAMOAN_GIVEN_F, SAMOAN_SURNAMES),
    "tongan": (TONGAN_GIVEN_M, TONGAN_GIVEN_F, TONGAN_SURNAMES),
    "marshallese": (MARSHALLESE_GIVEN_M, MARSHALLESE_GIVEN_F, MARSHALLESE_SURNAMES),
    "chuukese": (CHUUKESE_GIVEN_M, CHUUKESE_GIVEN_F, CHUUKESE_SURNAMES),
    "dine": (DINE_GIVEN_M, DINE_GIVEN_F, DINE_SURNAMES),
    "lakota": (LAKOTA_GIVEN_M, LAKOTA_GIVEN_F, LAKOTA_SURNAMES),
    "ojibwe": (OJIBWE_GIVEN_M, OJIBWE_GIVEN_F, OJIBWE_SURNAMES),
}
_SYLLABLES = {"karen": KAREN_SYLLABLES, "chin": CHIN_SYLLABLES, "burmese": BURMESE_SYLLABLES}

# (town, state, ZIP prefix, area code)
US_TOWNS = (
    ("Chinle", "AZ", "865", "928"), ("Kayenta", "AZ", "860", "928"), ("Tuba City", "AZ", "860", "928"),
    ("Window Rock", "AZ", "865", "928"), ("Ganado", "AZ", "865", "928"), ("Shiprock", "NM", "874", "505"),
    ("Crownpoint", "NM", "873", "505"), ("Gallup", "NM", "873", "505"), ("Farmington", "NM", "874", "505"),
    ("Blanding", "UT", "845", "435"), ("Pine Ridge", "SD", "577", "605"), ("Kyle", "SD", "577", "605"),
    ("Mission", "SD", "575", "605"), ("Eagle Butte", "SD", "576", "605"), ("Rapid City", "SD", "577", "605"),
    ("Cass Lake", "MN", "566", "218"), ("Bemidji", "MN", "566", "218"), ("Red Lake", "MN", "566", "218"),
    ("Cloquet", "MN", "557", "218"), ("Worthington", "MN", "561", "507"), ("Saint Paul", "MN", "551", "651"),
    ("Springdale", "AR", "727", "479"), ("Rogers", "AR", "727", "479"), ("Enid", "OK", "737", "580"),
    ("Tahlequah", "OK", "744", "918"), ("Anadarko", "OK", "730", "405"), ("Salt Lake City", "UT", "841", "801"),
    ("West Valley City", "UT", "841", "801"), ("Provo", "UT", "846", "801"), ("Fort Wayne", "IN", "468", "260"),
    ("Indianapolis", "IN", "462", "317"), ("Kansas City", "MO", "641", "816"), ("Amarillo", "TX", "791", "806"),
)  # fmt: skip
ABROAD_TOWNS = (
    "Apia", "Salelologa", "Leulumoega", "Asau", "Pago Pago", "Tafuna", "Leone", "Nuku'alofa", "Nukualofa",
    "Neiafu", "Pangai", "Ohonua", "Majuro", "Ebeye", "Jaluit", "Laura", "Wotje", "Weno", "Kolonia", "Tol",
    "Hpa-an", "Myawaddy", "Hakha", "Falam", "Tedim", "Mawlamyine", "Yangon", "Kawkareik", "Dawei", "Mae La",
    "Umpiem Mai", "Nu Po", "Ban Mai Nai Soi", "Tham Hin", "Mae Sot", "Mae Hong Son", "Kuala Lumpur",
)  # fmt: skip
_COUNTRY_OF = {
    "Apia": "Samoa", "Salelologa": "Samoa", "Leulumoega": "Samoa", "Asau": "Samoa", "Pago Pago": "American Samoa",
    "Tafuna": "American Samoa", "Leone": "American Samoa", "Nuku'alofa": "Tonga", "Nukualofa": "Tonga",
    "Neiafu": "Tonga", "Pangai": "Tonga", "Ohonua": "Tonga", "Majuro": "Marshall Islands", "Ebeye": "Marshall Islands",
    "Jaluit": "Marshall Islands", "Laura": "Marshall Islands", "Wotje": "Marshall Islands", "Weno": "Chuuk, FSM",
    "Kolonia": "Pohnpei, FSM", "Tol": "Chuuk, FSM", "Hpa-an": "Myanmar", "Myawaddy": "Myanmar", "Hakha": "Myanmar",
    "Falam": "Myanmar", "Tedim": "Myanmar", "Mawlamyine": "Myanmar", "Yangon": "Myanmar", "Kawkareik": "Myanmar",
    "Dawei": "Myanmar", "Mae La": "Thailand", "Umpiem Mai": "Thailand", "Nu Po": "Thailand",
    "Ban Mai Nai Soi": "Thailand", "Tham Hin": "Thailand", "Mae Sot": "Thailand", "Mae Hong Son": "Thailand",
    "Kuala Lumpur": "Malaysia",
}  # fmt: skip
_ABROAD_BY_CULTURE = {
    "samoan": ("Apia", "Salelologa", "Leulumoega", "Asau", "Pago Pago", "Tafuna", "Leone"),
    "tongan": ("Nuku'alofa", "Nukualofa", "Neiafu", "Pangai", "Ohonua"),
    "marshallese": ("Majuro", "Ebeye", "Jaluit", "Laura", "Wotje"),
    "chuukese": ("Weno", "Tol", "Kolonia"),
    "karen": ("Hpa-an", "Myawaddy", "Kawkareik", "Mae La", "Umpiem Mai", "Nu Po", "Mae Sot", "Ban Mai Nai Soi"),
    "chin": ("Hakha", "Falam", "Tedim", "Kuala Lumpur"),
    "burmese": ("Yangon", "Mawlamyine", "Dawei", "Tham Hin", "Mae Hong Son"),
}
STREETS = ("Cedar St", "Juniper Dr", "Mesa View Rd", "Cottonwood Ln", "Pinon Dr", "Sage Ave", "Johnson Mill Blvd",
           "Emma Ave", "Thompson St", "Lakeshore Dr", "Birch Ave", "Eagle Feather Rd", "Buffalo Gap Rd",
           "Wigwam Ave", "Lantana St", "Tribal Route 7", "Navajo Route 12", "N Hwy 191", "Sunflower Ct",
           "Prairie Rose Ln")  # fmt: skip
ORG_WORDS = ("Hozho", "Nizhoni", "Oyate", "Wakanyeja", "Anishinaabe", "Mino Bimaadiziwin", "Alofa", "Manuia",
             "Tauhi", "Iakwe", "Metta", "Shwe Pyi", "Kawthoolei", "Lairawn", "Four Corners", "Red Willow",
             "Turquoise", "Sacred Mountain")  # fmt: skip
EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com")

INSURERS = ("Medicaid", "Medicare", "AHCCCS", "Presbyterian Health Plan", "UnitedHealthcare", "Humana", "Aetna",
            "Molina Healthcare", "SoonerCare", "Ambetter", "HealthPartners", "Medica", "Anthem",
            "Arkansas Blue Cross and Blue Shield", "Blue Cross Blue Shield of Arizona", "Cigna")  # fmt: skip
MAKERS = ("Phonak", "Oticon", "Signia", "Starkey", "ReSound", "Carl Zeiss", "Olympus", "Karl Storz", "Masimo",
          "Abbott", "Medtronic", "ResMed", "Philips Respironics", "Sechrist", "Dr. Comfort", "Apex", "Septodont",
          "Regeneron", "Roche", "Ethicon", "BSN medical", "3M", "Vyaire", "Natus", "Compumedics", "Qiagen",
          "Merck", "Sanofi", "Bard", "Dexcom", "Zoll", "Welch Allyn", "Essilor")  # fmt: skip
DEPARTMENTS = ("Audiology", "Optometry", "Pharmacy", "Laboratory", "Sleep Medicine", "Pulmonary Function Lab",
               "Endoscopy", "Wound Care", "Occupational Health", "Pediatrics", "Burn Unit", "Orthopedics",
               "Ophthalmology", "Interventional Radiology", "Emergency Department", "Anticoagulation Clinic",
               "Bariatric Surgery", "Podiatry", "Behavioral Health", "Dental", "Health Information Management",
               "Business Office", "Patient Registration", "Nephrology", "Family Medicine")  # fmt: skip

_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
_WD = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_WEEKDAY = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


# ---------------------------------------------------------------------------------------------
# Marking: PHI and keep terms are written inline and parsed out into offsets.


def P(value: str, kind: str) -> str:
    """`value` marked as a PHI span of `kind`."""
    return f"\x02{kind}\x1f{value}\x03"


def K(term: str, kind: str) -> str:
    """`term` marked as a keep term of `kind`."""
    return f"\x04{kind}\x1f{term}\x05"


_MARK = re.compile(r"\x02([A-Z_]+)\x1f(.*?)\x03|\x04([a-z]+)\x1f(.*?)\x05", re.S)


def parse(marked: str, case: str = "") -> tuple[str, list[dict], dict[str, str]]:
    """Text, PHI spans and keep terms (term -> kind) of a marked text, in `case` ("upper", "lower"
    or as written). A keep term that occurs anywhere inside a PHI span is left out."""
    pieces: list[str] = []
    phi: list[dict] = []
    keep: dict[str, str] = {}
    pos = length = 0
    for m in _MARK.finditer(marked):
        before = marked[pos : m.start()]
        pieces.append(before)
        length += len(before)
        value = m.group(2) if m.group(1) else m.group(4)
        if m.group(1):
            assert value == value.strip() and value, value
            phi.append({"start": length, "end": length + len(value), "type": m.group(1)})
        elif value not in keep:
            keep[value] = m.group(3)
        pieces.append(value)
        length += len(value)
        pos = m.end()
    pieces.append(marked[pos:])
    text = "".join(pieces)
    assert not re.search(r"[\x00-\x08\x0b-\x1f]", text), text
    if case == "upper":
        text, keep = text.upper(), {t.upper(): k for t, k in keep.items()}
    elif case == "lower":
        text, keep = text.lower(), {t.lower(): k for t, k in keep.items()}
    kept: dict[str, str] = {}
    for term, kind in keep.items():
        hits = [h.start() for h in re.finditer(re.escape(term), text)]
        if hits and not any(p["start"] < h + len(term) and h < p["end"] for h in hits for p in phi):
            kept[term] = kind
    return text, phi, kept


def luhn_digit(digits: str) -> str:
    """The Luhn check digit to append to `digits`."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch) * (1 if i % 2 else 2)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


_VIN_VALUE = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9)))}
_VIN_VALUE.update(dict(zip("JKLMN", range(1, 6))) | {"P": 7, "R": 9} | dict(zip("STUVWXYZ", range(2, 10))))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


@dataclass(frozen=True)
class Person:
    """A person as a registrar wrote them: `surname` is "" for a name with no surname."""

    given: str
    surname: str
    alt_given: str
    alt_surname: str
    culture: str
    female: bool

    def full(self, alt: bool = False) -> str:
        g, s = (self.alt_given, self.alt_surname) if alt else (self.given, self.surname)
        return f"{g} {s}" if s else g


class W:
    """The writer's tools for one row: a seeded random source and the value makers."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.note_age = 50  # the age of the current clinical note's patient

    # -- choices
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))

    # -- people
    def person(self, culture: str | None = None, female: bool | None = None) -> Person:
        culture = culture or self.pick(CULTURES)
        female = self.chance(0.5) if female is None else female
        if culture in _WESTERN:
            males, females, surnames = _WESTERN[culture]
            g, s = self.pick(females if female else males), self.pick(surnames)
            i, j = self.r.randrange(len(g)), self.r.randrange(len(s))
            return Person(g[i], s[j], g[(i + 1) % len(g)], s[(j + 1) % len(s)], culture, female)
        syl = _SYLLABLES[culture]
        n = self.pick((2, 2, 3)) if culture != "karen" else self.pick((1, 2, 2))
        parts = self.r.sample(syl, n)
        idx = [self.r.randrange(len(p)) for p in parts]
        words = [p[i] for p, i in zip(parts, idx)]
        alt = [p[(i + 1) % len(p)] for p, i in zip(parts, idx)]
        if culture == "karen":
            prefix = self.pick(KAREN_PREFIXES_F if female else KAREN_PREFIXES_M)
            words, alt = [prefix, *words], [prefix, *alt]
        if self.chance(0.45) or len(words) < 2:
            return Person(" ".join(words), "", " ".join(alt), "", culture, female)
        return Person(" ".join(words[:-1]), words[-1], " ".join(alt[:-1]), alt[-1], culture, female)

    def nm(self, p: Person, shape: str = "", alt: bool = False) -> str:
        """`p` marked as a NAME in one of the shapes papers use (random when `shape` is "")."""
        if not shape:
            shape = self.pick(("full", "full", "full", "rev", "REV", "UP", "init", "given", "sur"))
        g, s = (p.alt_given, p.alt_surname) if alt else (p.given, p.surname)
        if not s:
            if shape in ("rev", "REV"):
                v = g.upper() if shape == "REV" else g
                return P(v, "NAME") + ", FNU"
            if shape == "init":
                w = g.split()
                return P(f"{w[0][0]}. {' '.join(w[1:])}", "NAME") if len(w) > 1 else P(g, "NAME")
            if shape == "ini":
                letters = "".join(x[0] for x in g.split())[:3].upper()
                return P(letters if len(letters) > 1 else g[:2].upper(), "NAME")
            v = {"UP": g.upper(), "low": g.lower()}.get(shape, g)
            return P(v, "NAME")
        v = {
            "full": f"{g} {s}",
            "rev": f"{s}, {g}",
            "REV": f"{s}, {g}".upper(),
            "UP": f"{g} {s}".upper(),
            "low": f"{g} {s}".lower(),
            "init": f"{g[0]}. {s}",
            "given": g,
            "sur": s,
            "ini": (g[0] + s[0]).upper() if len(g.split()) == 1 else (g.split()[0][0] + g.split()[1][0] + s[0]).upper(),
        }[shape]
        return P(v, "NAME")

    def titled(self, p: Person) -> str:
        """`p` with a title or honorific outside the span."""
        if p.culture == "burmese":
            return (
                self.pick(("U ", "Ko ")) + self.nm(p, "full")
                if not p.female
                else (self.pick(("Daw ", "Ma ")) + self.nm(p, "full"))
            )
        if p.culture in ("samoan", "tongan", "marshallese", "chuukese") and self.chance(0.3):
            return self.pick(("Pastor ", "Rev. ")) + self.nm(p, self.pick(("full", "sur")))
        t = ("Ms. " if self.chance(0.7) else "Mrs. ") if p.female else "Mr. "
        return t + self.nm(p, self.pick(("full", "sur", "sur")))

    def clin(self, creds: tuple[str, ...], shape: str = "") -> str:
        """A clinician's name with a credential outside the span."""
        p = self.person()
        return self.nm(p, shape or self.pick(("full", "full", "init", "UP", "rev"))) + ", " + self.pick(creds)

    def dr(self) -> str:
        """ "Dr." and a surname or full name."""
        p = self.person()
        return "Dr. " + self.nm(p, self.pick(("sur", "full", "sur")))

    def kin(self, p: Person, female: bool | None = None) -> str:
        """A word in `p`'s culture for a relative of `p` of the gender given (either when None)."""
        female = self.chance(0.5) if female is None else female
        return self.pick(KIN_BY_CULTURE[p.culture][0 if female else 1])

    def span(self, n: int = 2) -> list[str]:
        """`n` clock times in order, minutes apart, in one style."""
        style = self.pick(("ampm", "ampm", "24", "ampm_low"))
        t = self.r.randint(7 * 60, 16 * 60)
        out = []
        for _ in range(n):
            h, m = divmod(t, 60)
            hh = h - 12 if h > 12 else h
            ap = "PM" if h >= 12 else "AM"
            out.append(f"{h:02d}:{m:02d}" if style == "24" else f"{hh}:{m:02d} {ap}" if style == "ampm"
                       else f"{hh}:{m:02d}{ap.lower()}")  # fmt: skip
            t += self.pick((15, 30, 45, 60, 90))
        return out

    # -- places
    def town(self) -> tuple[str, str, str, str]:
        return self.pick(US_TOWNS)

    def loc(self, t: tuple[str, str, str, str] | str) -> str:
        return P(t if isinstance(t, str) else t[0], "LOCATION")

    def abroad(self, p: Person | None = None) -> str:
        if p is not None and p.culture in _ABROAD_BY_CULTURE:
            return self.pick(_ABROAD_BY_CULTURE[p.culture])
        return self.pick(ABROAD_TOWNS)

    def zipc(self, t: tuple[str, str, str, str]) -> str:
        z = t[2] + f"{self.r.randint(1, 99):02d}"
        if self.chance(0.25):
            z += "-" + f"{self.r.randint(1, 9999):04d}"
        return P(z, "ZIP")

    def street(self, t: tuple[str, str, str, str] | None = None, box: bool = True) -> str:
        if t is not None and t[1] == "UT" and self.chance(0.6):
            s = f"{self.r.randint(1, 79) * 50} {self.pick('NSEW')} {self.r.randint(2, 90) * 100} {self.pick('NSEW')}"
        elif box and t is not None and t[1] in ("AZ", "NM", "SD") and self.chance(0.45):
            return P(self.pick((f"PO Box {self.r.randint(10, 4999)}", f"HC {self.r.randint(58, 79)} Box "
                                f"{self.r.randint(10, 2999)}", f"P.O. Box {self.r.randint(10, 999)}")), "ADDRESS")  # fmt: skip
        else:
            s = f"{self.r.randint(2, 9899)} {self.pick(STREETS)}"
        u = self.r.random()
        if u < 0.2:
            s += f" Apt {self.r.randint(1, 24)}{self.pick('ABCD')}"
        elif u < 0.3:
            s += f" #{self.r.randint(2, 40)}"
        elif u < 0.38:
            s += f" Unit {self.r.randint(1, 12)}"
        elif u < 0.44:
            s += f" Lot {self.r.randint(1, 60)}"
        return P(s, "ADDRESS")

    def address_line(self, t: tuple[str, str, str, str] | None = None) -> str:
        t = t or self.town()
        return f"{self.street(t)}, {self.loc(t)}, {t[1]} {self.zipc(t)}"

    # -- numbers
    def phone(self, area: str | None = None, kind: str = "PHONE") -> str:
        a = area or self.pick(US_TOWNS)[3]
        x, y = f"{self.r.randint(200, 989)}", f"{self.r.randint(0, 9999):04d}"
        shape = self.r.randrange(6)
        v = (f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"({a}){x}-{y}", f"1-{a}-{x}-{y}", f"+1 {a}-{x}-{y}")[
            shape
        ]
        if kind == "PHONE" and self.chance(0.12):
            v += f" ext {self.r.randint(10, 4999)}"
        return P(v, kind)

    def intl_phone(self, place: str) -> str:
        c = _COUNTRY_OF.get(place, "Myanmar")
        r = self.r
        if c == "Samoa":
            v = f"+685 7{r.randint(0, 9)} {r.randint(0, 99999):05d}"
        elif c == "Tonga":
            v = f"+676 {r.choice('78')}{r.randint(0, 99):02d} {r.randint(0, 9999):04d}"
        elif c == "Marshall Islands":
            v = f"+692 {r.choice(('455', '456', '625', '329'))} {r.randint(0, 9999):04d}"
        elif "FSM" in c:
            v = f"+691 {r.choice(('320', '330', '350', '370'))} {r.randint(0, 9999):04d}"
        elif c == "Thailand":
            v = f"+66 {r.choice('89')}{r.randint(0, 9)} {r.randint(100, 999)} {r.randint(0, 9999):04d}"
        elif c == "American Samoa":
            v = f"+1 684-{r.randint(250, 799)}-{r.randint(0, 9999):04d}"
        else:
            v = f"+95 9 {r.randint(200, 999)} {r.randint(100, 999)} {r.randint(100, 999)}"
        return P(v, "PHONE")

    def email(self, p: Person | None = None, org: bool = False) -> str:
        p = p or self.person()
        g = re.sub(r"[^a-z]", "", p.given.lower())
        s = re.sub(r"[^a-z]", "", p.surname.lower()) or str(self.r.randint(10, 99))
        local = self.pick((f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{self.r.randint(1, 99)}", f"{s}.{g[0]}", f"{g}_{s}"))
        if org:
            dom = re.sub(r"[^a-z]", "", self.pick(ORG_WORDS).lower()) + self.pick(
                ("health.org", "clinic.org", "ihs.net")
            )
        else:
            dom = self.pick(EMAIL_DOMAINS)
        return P(f"{local}@{dom}", "EMAIL")

    def url(self) -> str:
        host = re.sub(r"[^a-z]", "", self.pick(ORG_WORDS).lower())
        path = self.pick((f"/appt/{self.digits(7)}", f"/portal/login?pid={self.digits(6)}", f"/r/{self.digits(5)}",
                          f"/forms/{self.digits(6)}", "/mychart"))  # fmt: skip
        scheme = "https" if self.chance(0.85) else "http"
        return P(f"{scheme}://{self.pick(('my', 'portal', 'book', 'www'))}.{host}health.org{path}", "URL")

    def ip(self) -> str:
        r = self.r
        if r.random() < 0.15:
            return P(f"2001:db8:{r.randint(1, 65535):x}:{r.randint(1, 65535):x}::{r.randint(1, 65535):x}", "IP")
        a = r.choice((10, 172, 192, r.randint(11, 223)))
        return P(f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "IP")

    def ssn(self) -> str:
        a = self.r.randint(1, 899)
        while a == 666:
            a = self.r.randint(1, 899)
        b, c = self.r.randint(1, 99), self.r.randint(1, 9999)
        sep = self.pick(("-", "-", "-", " ", ""))
        return P(f"{a:03d}{sep}{b:02d}{sep}{c:04d}", "SSN")

    def mrn(self) -> str:
        body = self.digits(self.r.randint(6, 9))
        v = body + luhn_digit(body)
        if self.chance(0.2):
            v = v[:2] + "-" + v[2:]
        return P(v, "MRN")

    def npi(self) -> str:
        body = self.pick("12") + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        return P(body + luhn_digit("80840" + body), "ID")

    def dea(self, surname_initial: str = "") -> str:
        first = self.pick("ABFM")
        second = surname_initial or self.pick("BCHKLMNSTY")
        d = [self.r.randint(0, 9) for _ in range(6)]
        check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return "DEA " + P(f"{first}{second.upper()}{''.join(map(str, d))}{check}", "LICENSE")

    def dl(self, state: str = "") -> str:
        state = state or self.pick(("AZ", "NM", "SD", "UT", "AR", "MN", "OK"))
        v = {
            "AZ": f"D{self.digits(8)}",
            "NM": self.digits(9),
            "SD": self.digits(8),
            "UT": self.digits(9),
            "AR": f"9{self.digits(8)}",
            "MN": f"{self.pick('ABCDEFGHJKLMNPRSTVWY')}{self.digits(12)}",
            "OK": f"{self.pick('ABCDEFGHJKLMNPRSTVWY')}{self.digits(9)}",
        }.get(state, self.digits(9))
        return P(v, "LICENSE")

    def plate(self) -> str:
        r = self.r
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        v = r.choice((f"{r.randint(1, 9)}{''.join(r.choice(letters) for _ in range(3))}{r.randint(100, 999)}",
                      f"NN {r.randint(10, 99)}{r.choice(letters)}{r.randint(100, 999)}",
                      f"G{r.randint(10, 99)}-{r.randint(1000, 9999)}",
                      f"{''.join(r.choice(letters) for _ in range(3))}-{r.randint(1000, 9999)}",
                      f"{r.randint(1, 9)}{r.choice(letters)}{r.randint(1000, 9999)}"))  # fmt: skip
        return P(v, "VEHICLE")

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        wmi = self.pick(("1FT", "1GC", "3GC", "1N6", "5TF", "1C6", "2T3", "4T1", "JTD", "1HG"))
        rest = [self.pick(chars) for _ in range(14)]
        vin = list(wmi) + rest
        vin[9] = self.pick("LMNPRS")
        total = sum(_VIN_VALUE[c] * w for c, w in zip(vin, _VIN_WEIGHTS)) % 11
        vin[8] = "X" if total == 10 else str(total)
        return P("".join(vin), "VEHICLE")

    def serial(self, shape: str = "") -> str:
        r = self.r
        up = "ABCDEFGHJKLMNPRSTUVWXYZ"
        shapes = {
            "aid": f"{r.randint(10, 24)}{r.randint(10, 52)}{r.choice(up)}{r.randint(10000, 99999)}",
            "cpap": f"{r.randint(2200, 2399)}{r.randint(1000000, 9999999)}",
            "hst": f"{r.choice(up)}{r.choice(up)}{r.randint(100000, 999999)}",
            "meter": f"UU{r.randint(10000000, 99999999)}",
            "cgm": f"{r.choice(up)}{r.randint(100, 999)}{r.choice(up)}{r.choice(up)}{r.randint(1000, 9999)}",
            "pump": f"NG{r.randint(1000000, 9999999)}H",
            "pacer": f"PJN{r.randint(100000, 999999)}",
            "phone": f"35{r.randint(1000000000000, 9999999999999)}",
        }
        return P(shapes.get(shape) or shapes[self.pick(tuple(shapes))], "DEVICE")

    def acct(self) -> str:
        r = self.r
        v = r.choice((self.digits(8), f"{r.randint(10, 99)}-{self.digits(6)}", f"A{self.digits(9)}",
                      f"PA{self.digits(7)}", self.digits(10)))  # fmt: skip
        return P(v, "ACCOUNT")

    def plan(self, insurer: str = "") -> str:
        r = self.r
        if insurer == "Medicare" or (not insurer and r.random() < 0.25):
            alpha = "ACDEFGHJKMNPQRTUVWXY"
            an = alpha + "0123456789"
            v = (f"{r.randint(1, 9)}{r.choice(alpha)}{r.choice(an)}{r.randint(0, 9)}-{r.choice(alpha)}"
                 f"{r.choice(an)}{r.randint(0, 9)}-{r.choice(alpha)}{r.choice(alpha)}{r.randint(10, 99)}")  # fmt: skip
            return P(v if r.random() < 0.6 else v.replace("-", ""), "HEALTH_PLAN")
        if insurer == "AHCCCS":
            return P(f"A{self.digits(8)}", "HEALTH_PLAN")
        v = r.choice((f"{r.choice(('XWB', 'ZGP', 'MOL', 'UHC', 'JQH'))}{self.digits(9)}", self.digits(11),
                      f"{self.digits(9)}-0{r.randint(1, 4)}", f"M{self.digits(8)}"))  # fmt: skip
        return P(v, "HEALTH_PLAN")

    def ident(self, prefix: str, n: int = 6) -> str:
        """Some other identifying number, `prefix` written before the digits."""
        return P(f"{prefix}{self.digits(n)}", "ID")

    def anum(self) -> str:
        d = self.digits(9)
        return P(self.pick((f"A{d}", f"A{d[:3]}-{d[3:6]}-{d[6:]}", f"A-{d}", d)), "ID")

    # -- organisations
    def fac(self, kinds: tuple[str, ...], town: tuple[str, str, str, str] | None = None) -> str:
        kind = self.pick(kinds)
        if self.chance(0.5):
            head = (town or self.town())[0]
        else:
            head = self.pick(ORG_WORDS)
        return P(f"{head} {kind}", "FACILITY")

    # -- dates and times
    def day(self, lo: int = 2024, hi: int = 2026) -> dt.date:
        start = dt.date(lo, 1, 1).toordinal()
        end = dt.date(hi, 11, 30).toordinal()
        return dt.date.fromordinal(self.r.randint(start, end))

    def dob(self, age: int) -> dt.date:
        y = 2025 - age
        return dt.date(y, 1, 1) + dt.timedelta(days=self.r.randint(0, 364))

    def fmt(self, d: dt.date, style: str = "") -> str:
        style = style or self.pick(("mdY0", "mdY", "mdy", "iso", "iso", "dbY", "dby", "bdY", "BdY", "dBY", "dbY2",
                                    "md", "bd", "Bd", "Bth"))  # fmt: skip
        m, dd, y = d.month, d.day, d.year
        suffix = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
        return {
            "mdY0": f"{m:02d}/{dd:02d}/{y}",
            "mdY": f"{m}/{dd}/{y}",
            "mdy": f"{m}/{dd}/{y % 100:02d}",
            "iso": f"{y}-{m:02d}-{dd:02d}",
            "dbY": f"{dd:02d}-{_MON[m - 1]}-{y}",
            "dby": f"{dd:02d}{_MON[m - 1].upper()}{y % 100:02d}",
            "bdY": f"{_MON[m - 1]} {dd}, {y}",
            "BdY": f"{_MONTH[m - 1]} {dd}, {y}",
            "dBY": f"{dd} {_MONTH[m - 1]} {y}",
            "dbY2": f"{dd} {_MON[m - 1]} {y}",
            "dot": f"{dd:02d}.{m:02d}.{y}",
            "BY": f"{_MONTH[m - 1]} {y}",
            "md": f"{m}/{dd}",
            "bd": f"{_MON[m - 1]} {dd}",
            "Bd": f"{_MONTH[m - 1]} {dd}",
            "Bth": f"{_MONTH[m - 1]} {dd}{suffix}",
        }[style]

    def D(self, d: dt.date | None = None, style: str = "", wk: bool = False) -> str:
        """A DATE span; with `wk`, the weekday is written before it, inside the span."""
        d = d or self.day()
        if wk:
            style = style or self.pick(("md", "bd", "Bd", "mdY", "bdY", "BdY", "mdY0"))
        s = self.fmt(d, style)
        if wk:
            s = f"{_WD[d.weekday()]} {s}" if self.chance(0.5) else f"{_WEEKDAY[d.weekday()]}, {s}"
        return P(s, "DATE")

    def clock(self, style: str = "") -> str:
        h, m = self.r.randint(7, 18), self.pick((0, 5, 10, 15, 20, 30, 40, 45, 50, 55))
        style = style or self.pick(("ampm", "ampm", "24", "ampm_low"))
        if style == "24":
            return f"{h:02d}:{m:02d}"
        hh = h - 12 if h > 12 else h
        return (
            f"{hh}:{m:02d} {'PM' if h >= 12 else 'AM'}"
            if style == "ampm"
            else f"{hh}:{m:02d}{'pm' if h >= 12 else 'am'}"
        )

    # -- ages
    def young(self, lo: int = 18, hi: int = 88, bare: bool = False) -> str:
        """An age under 90, left in the text (with `bare`, never written "age N")."""
        a = self.r.randint(lo, hi)
        forms = (f"{a} y/o", f"{a}yo", f"{a} years old", f"{a} yrs")
        return self.pick(forms if bare else (*forms, f"age {a}", f"Age: {a}"))

    def old_value(self, a: int = 0) -> str:
        a = a or self.r.randint(90, 106)
        if self.chance(0.35):
            if a < 100:
                return "ninety" if a == 90 else f"ninety-{_UNITS[a - 91]}"
            return "one hundred" if a == 100 else f"one hundred and {_UNITS[a - 101]}"
        return str(a)

    def old(self, a: int = 0) -> str:
        """An age of 90 or more in its context; the number alone is the span."""
        v = self.old_value(a)
        if not v.isdigit():
            return self.pick((f"{P(v, 'AGE')} years old", f"aged {P(v, 'AGE')}", f"now {P(v, 'AGE')}"))
        return self.pick((f"{P(v, 'AGE')} y/o", f"{P(v, 'AGE')}yo", f"age {P(v, 'AGE')}", f"Age: {P(v, 'AGE')}",
                          f"{P(v, 'AGE')} years old", f"aged {P(v, 'AGE')}", f"{P(v, 'AGE')} yrs"))  # fmt: skip

    # -- keep terms
    def code(self, c: str) -> str:
        return K(c, "code")

    def lot(self) -> str:
        r = self.r
        up = "ABCDEFGHJKLMNPRSTUVWXYZ"
        v = "".join(r.choice(up) for _ in range(r.choice((1, 2)))) + str(r.randint(1000, 99999))
        if r.random() < 0.3:
            v += r.choice(up)
        return K(v, "code")


def C(code: str) -> str:
    return K(code, "code")


def Dr(drug: str) -> str:
    return K(drug, "drug")


def E(name: str) -> str:
    return K(name, "eponym")


def M(maker: str) -> str:
    return K(maker, "manufacturer")


def MD(model: str) -> str:
    return K(model, "model")


def I(insurer: str) -> str:  # noqa: E743
    return K(insurer, "insurer")


def DP(dept: str) -> str:
    return K(dept, "department")


Genre = Callable[[W], str]


def _sig(w: W, creds: tuple[str, ...], fac: str | None = None, fax: bool = True) -> str:
    lines = ["--", w.clin(creds)]
    if fac:
        lines.append(fac)
    lines.append(f"Ph {w.phone()}" + (f" | Fax {w.phone(kind='FAX')}" if fax else ""))
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Messages: fifteen genres, in turn.


def m_prc(w: W) -> str:
    p, t = w.person(w.pick(("dine", "dine", "lakota", "ojibwe"))), w.town()
    sur = w.pick(("Gallup Indian Medical Center", "Northern Navajo Medical Center"))
    fac = w.fac(("Indian Health Center", "Service Unit", "Health Center"), t)
    dept, icd, cpt = w.pick((("Orthopedics", "M17.11", "27447"), ("Orthopedics", "S83.511A", "29881"),
                             ("Nephrology", "N18.4", "36821"), ("Ophthalmology", "H35.3211", "67028"),
                             ("Endoscopy", "K21.9", "43239"), ("Endoscopy", "D50.9", "45378")))  # fmt: skip
    ins = w.pick(("Medicaid", "AHCCCS", "Presbyterian Health Plan", "Medicare"))
    age = w.r.randint(20, 80)
    if w.chance(0.5):
        return (
            f"Purchased/Referred Care (PRC) request\n"
            f"Service unit: {fac}\n"
            f"Patient: {w.nm(p, w.pick(('REV', 'rev')))}\tDOB: {w.D(w.dob(age))}\tHRN: {w.mrn()}\n"
            f"SSN: {w.ssn()}\tAge: {age}\n"
            f"Tribal census no.: {w.ident('', 6)}\n"
            f"Residence: {w.address_line(t)}\n"
            f"Referred to: {P(sur, 'FACILITY') if w.chance(0.3) else w.fac(('Medical Center', 'Regional Hospital'))}"
            f" - {DP(dept)}\n"
            f"Diagnosis: {C(icd)}\tProcedure (CPT): {C(cpt)}\n"
            f"Alternate resource: {I(ins)} member {w.plan(ins)}\n"
            f"Requested by {w.clin(('MD', 'DO', 'NP', 'PA-C'))}  fax {w.phone(t[3], 'FAX')}\n"
            f"PRC ref {w.ident('PRC-', 7)} - received {w.D()} {w.clock()}"
        )
    clerk = w.person("dine")
    return (
        f"Subject: PRC referral {w.ident('', 8)} - {w.nm(p, 'sur')}\n\n"
        f"Good morning {w.nm(clerk, 'given')},\n"
        f"Checking on the Purchased/Referred Care request for {w.nm(p, 'full')}, {w.young(30, 85)}, "
        f"HRN {w.mrn()}. Appointment with {DP(dept)} is {w.D(wk=True)} at {w.clock()}. "
        f"Patient lives out in {w.loc(t)} with her {w.kin(p)}, no phone except {w.phone(t[3])}.\n\n"
        f"> Need proof of {I(ins)} denial before we can approve. Dx {C(icd)}, CPT {C(cpt)}.\n"
        f"> - {w.nm(clerk, 'init')}, PRC clerk, {fac}\n\n"
        f"{_sig(w, ('RN', 'LPN', 'MSW'))}"
    )


def m_chr(w: W) -> str:
    chr_ = w.person(w.pick(("dine", "lakota")))
    t = w.pick(tuple(x for x in US_TOWNS if x[1] in (("AZ", "NM", "UT") if chr_.culture == "dine" else ("SD",))))
    near = tuple(x for x in US_TOWNS if x[1] == t[1])
    rows = []
    for _ in range(w.r.randint(3, 4)):
        c = w.person(chr_.culture)
        act = w.pick((
            f"BP {w.r.randint(118, 168)}/{w.r.randint(70, 98)}, took {Dr('metformin 500 mg')} this am",
            f"glucose {w.r.randint(95, 260)} fasting, {Dr('insulin glargine 20 units')} refilled",
            f"delivered {Dr('lisinopril 10 mg')}, lives with {w.kin(c)}",
            f"wound check L foot, {C('E11.621')}, dressing dry",
            f"ride to dialysis, {w.kin(c)} {w.old()} at home alone",
            f"home safety check, water hauled, {Dr('atorvastatin 40 mg')}",
        ))  # fmt: skip
        rows.append(f"{w.clock(w.pick(('24', 'ampm')))}\t{w.nm(c, w.pick(('rev', 'full', 'REV')))}\t"
                    f"{w.street(t) if w.chance(0.6) else w.loc(w.pick(near))}\t{act}")  # fmt: skip
    head = (
        f"CHR visit log - Community Health Representative program, {w.fac(('Chapter House', 'Tribal Health Program'), t)}\n"
        f"CHR: {w.nm(chr_, w.pick(('full', 'rev')))} (badge {w.ident('', 5)})\tDate: {w.D(wk=w.chance(0.4))}\t"
        f"Vehicle: GSA plate {w.plate()}\tStart mileage: {w.r.randint(20000, 99999)}\n"
        f"Time\tClient\tWhere\tNotes\n"
    )  # fmt: skip
    tail = f"\nReviewed by {w.clin(('RN', 'PHN', 'CHES'))} on {w.D()}"
    if w.chance(0.4):
        tail += f"\nCall {w.phone(t[3])} if a client needs a ride before {w.D(style=w.pick(('md', 'bd', 'Bth')))}."
    return head + "\n".join(rows) + tail


def m_school(w: W) -> str:
    kid = w.person(w.pick(("dine", "lakota", "marshallese", "karen", "tongan")))
    parent = w.person(kid.culture, female=w.chance(0.6))
    t = w.town()
    school = P(
        f"{t[0]} {w.pick(('Elementary School', 'Middle School', 'Community School', 'High School'))}", "FACILITY"
    )
    grade = w.r.randint(1, 11)
    return (
        f"{school} - School-Based Health Center\n"
        f"PERMISSION SLIP for school clinic services\n"
        f"Student: {w.nm(kid, w.pick(('full', 'REV', 'rev')))}   Grade: {grade}   DOB: {w.D(w.dob(5 + grade))}\n"
        f"Parent/guardian: {w.nm(parent, 'full')} ({w.kin(parent)}, {w.pick(('parent', 'grandparent', 'guardian'))})   Phone: {w.phone(t[3])}\n"
        f"Home address: {w.address_line(t)}\n"
        f"Insurance: {I(w.pick(('Medicaid', 'SoonerCare', 'AHCCCS', 'Ambetter')))} ID {w.plan()}\n"
        + (f"Submitted online from {w.ip()} at {w.clock()}\n" if w.chance(0.4) else "")
        + f"[x] sports physical  [x] {Dr('fluoride varnish 5%')}  [ ] vision screen  [x] flu shot\n"
        f"I give permission for {w.nm(kid, 'given')} to be seen by the school nurse practitioner "
        f"{w.nm(w.person(), 'full')}, NP. Questions: {w.email(parent)}\n"
        f"Signed: {w.nm(parent, 'full')}   Date: {w.D(style=w.pick(('mdY', 'mdy', 'md')))}\n"
        f"(Parent is {w.young(24, 60)}; please return permission slip by {w.D(style='Bth')}.)"
    )


def m_hearing(w: W) -> str:
    p, t = w.person(), w.town()
    maker = w.pick(("Phonak", "Oticon", "Signia", "Starkey", "ReSound"))
    model = {"Phonak": "Audeo Lumity", "Oticon": "Intent 2", "Signia": "Pure Charge&Go", "Starkey": "Genesis AI",
             "ReSound": "Omnia 7"}[maker]  # fmt: skip
    aud = w.clin(("AuD, CCC-A", "AuD"))
    body = (
        f"Hi {w.nm(p, 'given')},\n"
        f"This is a follow-up on your new hearing aid fitting on {w.D()} ({w.young(30, 88)} at fitting). Your {M(maker)} {MD(model)} aids are "
        f"serial {w.serial('aid')} (left) and {w.serial('aid')} (right). Warranty runs to {w.D(style='BY')}.\n"
        f"Dx {C(w.pick(('H90.3', 'H90.5', 'H91.90')))}, HCPCS {C(w.pick(('V5261', 'V5257', 'V5160')))}. "
        f"Please come back to {DP('Audiology')} at {w.fac(('Hearing Center', 'Family Clinic'), t)} on "
        f"{w.D(wk=True)} at {w.clock()}.\n"
    )
    if w.chance(0.6):
        body += (
            f"\n> They whistle when I hug my {w.kin(p, True)}. She is {w.old()} and also needs a hearing test. "
            f"Can you call me at {w.phone(t[3])}? - {w.nm(p, 'full')}\n"
        )
    if w.chance(0.3):
        body += f"Note: {E('Meniere')} history on the left side, no change.\n"
    return body + f"\n{aud}\n{w.email(org=True)}"


def m_optometry(w: W) -> str:
    p, t = w.person(), w.town()
    fac = w.fac(("Eye Care", "Vision Center", "Family Eye Clinic"), t)
    doc = w.person()
    if w.chance(0.5):
        return (
            f"{fac}: Hi {w.nm(p, w.pick(('given', 'full', 'UP')))}, you are due for your yearly diabetic eye exam "
            f"({C('E11.9')}, {C('92014')}). Dr. {w.nm(doc, 'sur')} has openings {w.D(wk=True)} and "
            f"{w.D(wk=True)}. Book: {w.url()} or call {w.phone(t[3])}. Reply STOP to opt out."
        )
    return (
        f"RECALL - {DP('Optometry')}\n"
        f"To: {w.nm(p, 'full')} {w.phone(t[3])}\n"
        f"Your glasses from {M(w.pick(('Carl Zeiss', 'Essilor')))} are in. Last eye exam {w.D()}; next due "
        f"{w.D(style='BY')}.\n"
        f"Pick up at {w.street(t, box=False)}, {w.loc(t)} before {w.clock()} any weekday. Acct {w.acct()}\n"
        f"- {w.nm(doc, 'full')}, OD"
    )


_LANGS = {"karen": "S'gaw Karen", "chin": "Hakha Chin", "burmese": "Burmese", "marshallese": "Marshallese",
          "chuukese": "Chuukese", "samoan": "Samoan", "tongan": "Tongan", "dine": "Navajo"}  # fmt: skip


def m_interp(w: W) -> str:
    p = w.person(w.pick(tuple(_LANGS)))
    t = w.town()
    interp = w.person(p.culture)
    dept = w.pick(("Pediatrics", "Orthopedics", "Behavioral Health", "Podiatry", "Family Medicine"))
    return (
        f"INTERPRETER REQUEST FORM\n"
        f"Patient name:\t{w.nm(p, w.pick(('REV', 'rev')))}\n"
        f"MRN:\t{w.mrn()}\tDOB:\t{w.D(w.dob(w.r.randint(2, 85)))}\n"
        f"Language:\t{_LANGS[p.culture]}\tMode:\t{w.pick(('in person', 'video', 'phone'))}\n"
        f"Appointment:\t{w.D(wk=True)} {w.clock()}\t{DP(dept)}\n"
        f"Location:\t{w.fac(('Health Center', 'Medical Center', 'Family Clinic'), t)}, Room {w.r.randint(2, 40)}\n"
        f"Requested by:\t{w.clin(('RN', 'MA', 'LPN'))}\tCallback:\t{w.phone(t[3])}\n"
        f"Notes: patient brings {w.kin(p)} ({w.young(40, 85)}); prefers a female interpreter.\n"
        f"Assigned:\t{w.nm(interp, 'full')} (interpreter ID {w.ident('INT-', 4)})"
    )


def m_refugee(w: W) -> str:
    p = w.person(w.pick(("karen", "karen", "chin", "burmese")))
    t = w.town()
    camp = w.abroad(p)
    agency = P(
        f"{w.pick(ORG_WORDS)} {w.pick(('Refugee Services', 'Resettlement Office', 'Newcomer Center'))}", "FACILITY"
    )
    arrival = w.day(2024, 2025)
    dob = dt.date(w.r.randint(1950, 2015), 1, 1) if w.chance(0.6) else None
    return (
        f"{w.fac(('Health Department', 'Public Health Clinic'), t)}\n"
        f"Refugee Health Screening - appointment letter\n\n"
        f"Dear {w.nm(p, 'full')},\n"
        f"A-Number: {w.anum()}   Date of birth: {w.D(dob, 'mdY0') if dob else w.D(w.dob(w.r.randint(5, 70)))}\n"
        f"Place of birth: {w.loc(camp)}   Arrival in US: {w.D(arrival, 'dot')} (from your I-94 {w.ident('', 11)})\n"
        f"Your first refugee health visit is {w.D(wk=True)} at {w.clock()}. Please bring all family members "
        f"(your {w.kin(p)} too, {w.young(40, 85)}) and your {I('Medicaid')} card {w.plan()}.\n"
        f"We will do a {E('Mantoux')} or {M('Qiagen')} blood test for TB ({C('Z11.1')}), hepatitis B "
        f"({C('86704')}) and a vision check.\n"
        f"Your caseworker {w.nm(w.person(p.culture), 'full')} at {agency} will drive you; "
        f"questions {w.phone(t[3])}. Family abroad: {w.intl_phone(camp)}."
    )


def m_pa(w: W) -> str:
    t = w.town()
    p = w.person()
    doc = w.person()
    ins = w.pick(("Molina Healthcare", "UnitedHealthcare", "Humana", "Aetna", "Anthem", "Cigna", "Medica"))
    age = w.r.randint(25, 85)
    drug, icd = w.pick((("semaglutide 0.5 mg", "E11.65"), ("apixaban 5 mg", "I48.91"), ("dulaglutide 1.5 mg", "E11.65"),
                        ("tiotropium 18 mcg", "J44.9"), ("adalimumab 40 mg", "M05.79"),
                        ("empagliflozin 10 mg", "E11.9")))  # fmt: skip
    return (
        f"FAX - {w.fac(('Pharmacy', 'Drug Store', 'Health Center Pharmacy'), t)}\n"
        f"To:\t{I(ins)} pharmacy prior authorization\tFax:\t{w.phone(kind='FAX')}\n"
        f"From:\t{w.nm(w.person(), 'full')}, PharmD\tPhone:\t{w.phone(t[3])}\n"
        f"Pages:\t{w.r.randint(2, 5)}\tDate:\t{w.D()}\n\n"
        f"Member: {w.nm(p, 'REV')} ({w.young(age, age)})  DOB {w.D(w.dob(age))}  Member ID {w.plan(ins)}\n"
        f"Drug: {Dr(drug)} #30  Dx {C(icd)}\n"
        f"Prescriber: {w.nm(doc, 'full')}, {w.pick(('MD', 'DO', 'NP'))}  NPI {w.npi()}  {w.dea(doc.surname[:1] or doc.given[:1])}\n"
        f"Pharmacy acct {w.acct()}. "
        + (f"Tried {Dr('metformin 1000 mg')} x 6 months.\n" if icd.startswith("E11") else "Step therapy documented.\n")
        + f"CONFIDENTIAL: if received in error call {w.phone(t[3])}."
    )  # fmt: skip


def m_sleep(w: W) -> str:
    p, t = w.person(), w.town()
    fac = w.fac(("Sleep Center", "Sleep Disorders Center", "Medical Center"), t)
    tech = w.person()
    home = w.chance(0.5)
    body = (
        f"From: {w.email(tech, org=True)}\nTo: {w.email(p)}\nSubject: your sleep study\n\n"
        f"Hello {w.nm(p, w.pick(('given', 'full')))},\n"
    )
    if home:
        ship = w.day()
        body += (
            f"Your home sleep study kit ({M('Zoll')} {MD('WatchPAT ONE')}, device {w.serial('hst')}) ships to "
            f"{w.address_line(t)} on {w.D(ship, wk=True)}. Return it in the prepaid box by "
            f"{w.D(ship + dt.timedelta(days=w.r.randint(3, 9)), 'Bd')}.\n"
        )
    else:
        body += (
            f"Your in-lab sleep study ({C('95810')}) is {w.D(wk=True)}; check in at {w.clock('ampm')} at "
            f"{fac}, {DP('Sleep Medicine')}, {w.street(t, box=False)}, {w.loc(t)}.\n"
        )
    body += f"Referral dx {C('G47.33')} ({w.young(25, 85)}, snoring); {I(w.pick(INSURERS))} auth {w.ident('', 8)}.\n"
    if w.chance(0.5):
        body += f"Request logged from {w.ip()} at {w.clock()}.\n"
    if w.chance(0.6):
        body += (
            f"\n> will my {M('ResMed')} {MD('AirSense 11')} (serial {w.serial('cpap')}) need to come? my "
            f"{w.kin(p, True)} sleeps with hers too\n"
        )
    return body + f"\nThanks,\n{w.nm(tech, 'full')}, RPSGT\n{w.phone(t[3])}"


def m_wc(w: W) -> str:
    p, t = w.person(), w.town()
    employer = P(
        f"{t[0]} {w.pick(('Poultry', 'Pork Processing', 'Construction', 'Builders', 'Logistics'))}", "FACILITY"
    )
    adj = w.person()
    icd = w.pick(("S39.012A", "S62.101A", "S83.511A", "M54.50", "S46.011A"))
    return (
        f"RE: Workers' comp claim {w.ident('WC-', 8)} - {w.nm(p, 'REV')}\n\n"
        f"Employer: {employer}\nDate of injury: {w.D()}\nClaimant DOB: {w.D(w.dob(w.r.randint(19, 64)))}  "
        f"SSN: {w.ssn()}\n"
        f"- Claimant is {w.young(19, 64, bare=True)}; seen {w.D(style=w.pick(('md', 'bd')))} at {DP('Occupational Health')}, dx {C(icd)}, {C('99213')}\n"
        f"- Light duty, no lifting over 20 lb until {w.D(style='Bth')}\n"
        f"- Company truck involved: VIN {w.vin()}, plate {w.plate()}\n"
        f"- {Dr('ibuprofen 600 mg')} and {Dr('cyclobenzaprine 5 mg')}\n\n"
        f"Adjuster: {w.nm(adj, 'full')}, {I(w.pick(('Travelers', 'The Hartford', 'Liberty Mutual')))}, "
        f"{w.phone()} / fax {w.phone(kind='FAX')}\n{w.email(adj)}"
    )


def m_jury(w: W) -> str:
    p, t = w.person(), w.town()
    courts = ("District Court", "Municipal Court", "Justice Court") + (
        ("Tribal Court",) if t[1] in ("AZ", "NM", "SD") else ()
    )
    court = P(f"{t[0]} {w.pick(courts)}", "FACILITY")
    doc = w.person()
    old = w.chance(0.5)
    age = w.r.randint(90, 104) if old else w.r.randint(30, 80)
    return (
        f"{w.fac(('Indian Health Center', 'Family Clinic', 'Health Center'), t)}\n{w.D(style=w.pick(('BdY', 'mdY0')))}\n\n"
        f"Jury Commissioner\n{court}\n\n"
        f"RE: Medical excusal from jury service - {w.nm(p, 'full')}, juror no. {w.ident('', 7)}\n"
        f"DOB {w.D(w.dob(age))}, driver's license {w.dl(t[1])}\n\n"
        f"{w.titled(p)} is under my care for {C(w.pick(('I50.9', 'G30.9', 'G20', 'N18.5', 'F03.90')))}"
        + (f" and is {P(w.old_value(age), 'AGE')}" if old else f" and is {w.young(age, age, bare=True)}")
        + f". Memory has declined ({E(w.pick(('Alzheimer', 'Parkinson')))} type). Please excuse jury service"
        f" for the summons dated {w.D()}.\n\n"
        f"Sincerely,\n{w.nm(doc, 'full')}, {w.pick(('MD', 'DO', 'NP'))}\n{w.phone(t[3])}  fax {w.phone(t[3], 'FAX')}"
    )


def m_tele(w: W) -> str:
    p = w.person()
    t = w.town()
    staff = w.person()
    minute = [w.r.randint(7 * 60, 17 * 60)]

    def tick() -> str:
        minute[0] += w.r.randint(0, 3)
        h, m = divmod(minute[0], 60)
        return f"{h - 12 if h > 12 else h}:{m:02d} {'PM' if h >= 12 else 'AM'}"

    lines = [
        f"Telehealth intake - session {w.ident('TH-', 6)} from IP {w.ip()}",
        f"[{tick()}] Intake: Welcome! Please confirm your full name and date of birth.",
        f"[{tick()}] {w.nm(p, w.pick(('full', 'low', 'given')))}: {w.nm(p, w.pick(('full', 'low')))} "
        f"{w.D(w.dob(w.r.randint(20, 85)), w.pick(('mdY', 'mdY0', 'BdY')))}",
        f"[{tick()}] Intake: Where are you located right now (town)? And your age?",
        f"[{tick()}] {w.nm(p, 'given')}: at my {w.kin(p)}'s place in {w.loc(t)}, {w.young(20, 85)}, my cell is "
        f"{w.phone(t[3])}",
        f"[{tick()}] Intake: Pharmacy for today's visit?",
        f"[{tick()}] {w.nm(p, 'given')}: {w.fac(('Pharmacy', 'Drug'), t)}. I still take {Dr('amlodipine 5 mg')}",
    ]
    if w.chance(0.5):
        lines.append(f"[{tick()}] {w.nm(staff, 'full')}: Thanks. Your {I(w.pick(INSURERS))} ID {w.plan()} is on file.")
    lines.append(f"[{tick()}] Intake: {DP('Family Medicine')} will join shortly. Code {C('99213')}.")
    return "\n".join(lines)


def m_labreq(w: W) -> str:
    p, t = w.person(w.pick(("dine", "samoan", "tongan", "lakota", "marshallese"))), w.town()
    lab = w.fac(("Laboratory", "Reference Lab", "Clinical Laboratory"))
    tests = w.r.sample(("80061", "85610", "83036", "80053", "84443", "82043"), 2)
    body = (
        f"Subject: requisition correction - {w.ident('REQ ', 7)}\n\n"
        f"{DP('Laboratory')} at {lab} received a requisition for {w.nm(p, 'REV', alt=True)} with the wrong "
        f"date of birth ({w.D(w.dob(w.r.randint(20, 80)))}). Chart shows {w.nm(p, 'REV')}, DOB "
        f"{w.D(w.dob(w.r.randint(20, 80)))}, MRN {w.mrn()}.\n"
        f"Accession {w.ident('S', 8)} collected {w.D()} {w.clock('24')}; tests {C(tests[0])} and {C(tests[1])}, "
        f"dx {C(w.pick(('E11.9', 'E78.5', 'I10', 'Z79.01')))}. Analyzer: {M(w.pick(('Abbott', 'Roche')))}.\n"
    )
    if w.chance(0.6):
        body += f"\n> Corrected per patient's ID. Please resend. - {w.nm(w.person(), 'init')}, {DP('Patient Registration')}\n"
    return body + f"\n{_sig(w, ('MLS', 'MT', 'RN'), w.fac(('Health Center', 'Medical Center'), t))}"


def m_bereave(w: W) -> str:
    d = w.person(female=w.chance(0.6))
    fam = w.person(d.culture)
    t = w.town()
    hospice = w.fac(("Hospice", "Hospice and Palliative Care", "Home Hospice"), t)
    return (
        f"{hospice} - Bereavement Support\n{w.street(t)}\n{w.loc(t)}, {t[1]} {w.zipc(t)}\n\n"
        f"Dear {w.nm(fam, 'full')} and family,\n"
        f"We remember {w.nm(d, 'full')}, your {w.kin(d, d.female)}, who died on {w.D(style=w.pick(('BdY', 'mdY', 'dBY')))} "
        f"at the age of {P(w.old_value(), 'AGE')}. Grief can come in waves.\n"
        f"* Grief circle: {w.pick(_WEEKDAY)}s {' to '.join(w.span())}, chapel room\n"
        f"* Memorial gathering: {w.D(wk=True)}\n"
        f"* Call our chaplain {w.nm(w.person(), 'full')}, MDiv, at {w.phone(t[3])}\n"
        f"More at {w.url()}. You will hear from us again in {w.D(style='BY')}."
        + (f"\nCounseling is also offered through {DP('Behavioral Health')}." if w.chance(0.5) else "")
    )


def m_shoe(w: W) -> str:
    p, t = w.person(), w.town()
    doc = w.person()
    maker = w.pick(("Dr. Comfort", "Apex"))
    model = {"Dr. Comfort": w.pick(("Stretch Walker", "Victory")), "Apex": w.pick(("Ariya", "Ambulator"))}[maker]
    return (
        f"DIABETIC SHOE ORDER FORM\n"
        f"Supplier:\t{w.fac(('Medical Supply', 'Orthotics and Prosthetics', 'Home Medical'))}\tAcct:\t{w.acct()}\n"
        f"Beneficiary:\t{w.nm(p, w.pick(('REV', 'rev')))}\tMBI:\t{w.plan('Medicare')}\n"
        f"DOB:\t{w.D(w.dob(w.r.randint(55, 88)))}\tPhone:\t{w.phone(t[3])}\n"
        f"Ship to:\t{w.address_line(t)}\n"
        f"Items:\t{C('A5500')} x2 ({M(maker)} {MD(model)}, size {w.r.randint(6, 13)} W)\t{C('A5512')} x3\n"
        f"Dx:\t{C('E11.42')} / {C('E11.621')}; {E('Charcot')} foot L\n"
        f"Certifying physician: {w.nm(doc, 'full')}, {w.pick(('MD', 'DO'))}  NPI {w.npi()}  signed {w.D()}\n"
        f"Fitter: {w.nm(w.person(), 'full')}, {w.pick(('CPed', 'DPM'))}\tfax {w.phone(kind='FAX')}"
    )


MESSAGE_GENRES: tuple[Genre, ...] = (m_prc, m_chr, m_school, m_hearing, m_optometry, m_interp, m_refugee, m_pa,
                                     m_sleep, m_wc, m_jury, m_tele, m_labreq, m_bereave, m_shoe)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Clinical: fifteen genres, in turn; each note has a header and some of the optional sections.


def _header(
    w: W, title: str, p: Person, t: tuple[str, str, str, str], kinds: tuple[str, ...], age: int, months: int = 0
) -> str:
    """The note's first lines; `age` in years (or `months` for an infant) gives the birth date, before
    the date of service, and, in the one-line shape, the age."""
    w.note_age = age
    fac = w.fac(kinds, t)
    shape = w.pick(("REV", "REV", "rev"))
    dos = w.day()
    days = int(months * 30.44) + w.r.randint(0, 6) if months else int(age * 365.25) + w.r.randint(1, 360)
    dob = dos - dt.timedelta(days=days)
    if w.chance(0.5):
        return (
            f"{fac}\n{title}\nPatient: {w.nm(p, shape)}  MRN: {w.mrn()}  DOB: {w.D(dob)}\nDate of service: {w.D(dos)}"
        )
    shown = f"{months} mo" if months else w.old(age) if age >= 90 else w.young(age, age)
    return f"{title} | {fac}\n{w.nm(p, shape)} | MRN {w.mrn()} | DOS {w.D(dos)} | {shown}"


def _sections(w: W, p: Person, t: tuple[str, str, str, str], k: int) -> list[str]:
    pool = ["reg", "team", "transport", "portal", "social", "addendum", "printed"]
    chosen = w.r.sample(pool, k)
    out = []
    for s in pool:
        if s not in chosen:
            continue
        if s == "reg":
            ins = w.pick(INSURERS)
            out.append(
                f"REGISTRATION: {w.address_line(t)}; home {w.phone(t[3])}; {w.email(p)}; SSN {w.ssn()}; "
                f"{I(ins)} {w.plan(ins)}; acct {w.acct()}"
            )
        elif s == "team":
            doc = w.person()
            out.append(
                f"CARE TEAM: {w.nm(doc, 'full')}, {w.pick(('MD', 'DO'))} (NPI {w.npi()}, "
                f"{w.dea(doc.surname[:1] or doc.given[:1])}); {w.clin(('RN', 'LPN', 'PA-C', 'NP'))}; "
                f"fax {w.phone(t[3], 'FAX')}"
            )
        elif s == "transport":
            out.append(
                f"TRANSPORT: {w.pick(('tribal van', 'son', 'CHR', 'medical taxi'))} driver "
                f"{w.nm(w.person(), w.pick(('full', 'init')))}, plate {w.plate() if w.chance(0.6) else w.vin()}, "
                f"DL {w.dl(t[1])}"
            )
        elif s == "portal":
            out.append(f"PORTAL: {w.url()} accessed from {w.ip()} on {w.D(style='iso')} {w.clock('24')}")
        elif s == "social":
            born = w.loc(w.abroad(p) if p.culture in _ABROAD_BY_CULTURE else w.town())
            if w.note_age < 60:
                out.append(f"Social: lives in {w.loc(t)} with {w.kin(p)} ({w.old()}); born in {born}.")
            else:
                out.append(
                    f"Social: lives in {w.loc(t)}; born in {born}; {w.kin(p)} lived to {P(w.old_value(), 'AGE')}."
                )
        elif s == "addendum":
            out.append(f"Addendum {w.D(style=w.pick(('mdY', 'iso', 'dbY')))} {w.clock('24')}: reviewed with "
                       f"{w.nm(w.person(), 'full')}, {w.pick(('RN', 'MD', 'LPN'))}.")  # fmt: skip
        else:
            out.append(f"Printed by {w.nm(w.person(), 'ini')} {w.D(style='mdY0')} {w.clock('24')} ws {w.ip()}")
    return out


def _note(w: W, head: str, body: str, p: Person, t: tuple[str, str, str, str], sig: str) -> str:
    k = w.pick((0, 1, 2, 2, 3, 3, 4, 5, 6))
    parts = [head, body, sig, *_sections(w, p, t, k)]
    return "\n".join(parts)


def c_hbot(w: W) -> str:
    p, t = w.person(), w.town()
    age = w.r.randint(18, 88)
    head = _header(
        w, "HYPERBARIC OXYGEN TREATMENT LOG (HBOT)", p, t, ("Wound and Hyperbaric Center", "Medical Center"), age
    )
    rows = []
    start, day, style, ata = w.r.randint(1, 25), w.day(), w.pick(("md", "mdY0", "iso")), w.pick(("2.0", "2.4"))
    for i in range(w.r.randint(3, 5)):
        rows.append(f"| {start + i} | {w.D(day, style)} | {ata} ATA | {w.pick(('90', '120'))} min | "
                    f"{w.nm(w.person(), 'ini')} |")  # fmt: skip
        day += dt.timedelta(days=3 if day.weekday() == 4 else 1)
    body = (
        f"Indication: {C(w.pick(('E11.621', 'L97.512', 'T70.3XXA', 'L59.8')))} {E('Wagner')} grade "
        f"{w.r.randint(2, 4)}; {C('G0277')} x{w.r.randint(4, 8)}, {C('99183')}\n"
        f"Chamber: {M('Sechrist')} {MD(w.pick(('3300H', '4100H')))} monoplace\n"
        f"| Dive | Date | Depth | Time | Tech |\n" + "\n".join(rows) + "\n"
        f"Ears cleared; no barotrauma. Pacemaker serial {w.serial('pacer')} cleared by cardiology.\n"
        f"Glucose pre-dive {w.r.randint(120, 220)} mg/dL, {Dr('insulin lispro 4 units')} given."
    )
    return _note(w, head, body, p, t, w.clin(("MD", "DO", "RN")))


def c_dental(w: W) -> str:
    p, t = w.person(), w.town()
    age = w.r.randint(18, 88)
    head = _header(w, "Dental extraction note", p, t, ("Dental Clinic", "Health Center"), age)
    tooth = w.r.randint(1, 32)
    body = (
        f"{w.young(age, age).capitalize()} pt for extraction of #{tooth}, {C(w.pick(('K04.7', 'K02.9', 'K05.30')))}. "
        f"BP {w.r.randint(110, 150)}/{w.r.randint(65, 92)}. Consent signed at {w.clock()}.\n"
        f"Anesthesia: {Dr('articaine 4% with epinephrine 1:100,000')} x{w.r.randint(1, 3)} carpules "
        f"({M('Septodont')} lot {w.lot()}).\n"
        f"Procedure: {C(w.pick(('D7140', 'D7210')))} simple elevation and forceps; socket irrigated, gauze. "
        f"No signs of {E('Ludwig')} angina.\n"
        f"Rx {Dr('amoxicillin 500 mg')} TID x7d, {Dr('ibuprofen 600 mg')} q6h prn. Post-op call "
        f"{w.D(wk=True)}."
    )
    return _note(w, head, body, p, t, w.clin(("DDS", "DMD")))


def c_audio(w: W) -> str:
    p, t = w.person(), w.town()
    age = w.r.randint(18, 88)
    head = _header(w, "AUDIOLOGY REPORT", p, t, ("Hearing Center", "Medical Center", "Indian Health Center"), age)
    rows = [f"| {hz} | {w.r.randint(10, 70)} | {w.r.randint(10, 70)} |" for hz in ("500", "1000", "2000", "4000")]
    maker = w.pick(("Oticon", "Phonak", "Signia"))
    body = (
        f"Referred by {w.dr()} for hearing loss, {C(w.pick(('H90.3', 'H90.5', 'H91.90')))}.\n"
        f"Otoscopy clear. {E('Weber')} midline, {E('Rinne')} positive AU. Tympanometry type A ({C('92567')}).\n"
        f"Pure-tone audiometry ({C('92557')}):\n| Hz | Right dB | Left dB |\n" + "\n".join(rows) + "\n"
        f"Recommend {M(maker)} aids; current aid serial {w.serial('aid')}. Follow up {w.D(style='Bd')}."
    )
    return _note(w, head, body, p, t, w.clin(("AuD, CCC-A", "AuD")))


def c_egd(w: W) -> str:
    p, t = w.person(), w.town()
    age = w.r.randint(18, 88)
    head = _header(w, "ENDOSCOPY REPORT - EGD", p, t, ("Medical Center", "Regional Hospital", "Surgery Center"), age)
    body = (
        f"Indication: {C(w.pick(('K21.9', 'R13.10', 'D50.9', 'K22.70')))}. {DP('Endoscopy')} suite, start "
        f"{w.clock('24')}, end {w.clock('24')}.\n"
        f"Sedation: {Dr('propofol 180 mg')} total (MAC). Scope {M('Olympus')} {MD('GIF-H190')}.\n"
        f"Findings: salmon-colored mucosa 2 cm, suspicious for {E('Barrett')} esophagus; small hiatal hernia.\n"
        f"Biopsies taken ({C('43239')}), specimen {w.ident('GI-', 6)} to {w.fac(('Pathology', 'Laboratory'))}.\n"
        f"Plan: {Dr('omeprazole 40 mg')} BID; repeat EGD in {w.D(style='BY')}."
    )
    return _note(w, head, body, p, t, w.clin(("MD", "DO")))


def c_spiro(w: W) -> str:
    p, t = w.person(), w.town()
    age = w.r.randint(18, 88)
    head = _header(w, "Spirometry report", p, t, ("Medical Center", "Health Center", "Pulmonary Clinic"), age)
    pre, post = w.r.randint(45, 85), w.r.randint(50, 89)
    body = (
        f"{DP('Pulmonary Function Lab')}; {M('Vyaire')} {MD('Vyntus SPIRO')}; smoker {w.r.randint(0, 40)} pack-yr.\n"
        f"\tPre\tPost\t%pred\n"
        f"FEV1\t{w.r.randint(1, 3)}.{w.r.randint(10, 99)}\t{w.r.randint(1, 3)}.{w.r.randint(10, 99)}\t{pre}%\n"
        f"FVC\t{w.r.randint(2, 4)}.{w.r.randint(10, 99)}\t{w.r.randint(2, 4)}.{w.r.randint(10, 99)}\t{post}%\n"
        f"FEV1/FVC\t0.{w.r.randint(50, 79)}\t0.{w.r.randint(52, 80)}\t-\n"
        f"Post {Dr('albuterol 90 mcg')} x4 puffs. Codes {C('94060')}, {C(w.pick(('J44.9', 'J45.909', 'R06.02')))}."
    )
    return _note(w, head, body, p, t, w.clin(("RRT", "MD")))


def c_sleep(w: W) -> str:
    p, t = w.person(), w.town()
    age = w.r.randint(18, 88)
    head = _header(w, "SLEEP STUDY INTERPRETATION", p, t, ("Sleep Center", "Sleep Disorders Center"), age)
    ahi = w.r.randint(6, 70)
    body = (
        f"Type: {w.pick(('attended polysomnography (' + C('95810') + ')', 'home sleep apnea test (' + C('95806') + ')'))}, "
        f"night of {w.D(style=w.pick(('mdY', 'dbY', 'BdY')))}; lights out {w.clock('24')}.\n"
        f"{E('Epworth')} score {w.r.randint(5, 20)}; {E('Mallampati')} class {w.r.randint(2, 4)}.\n"
        f"AHI {ahi}/h, nadir SpO2 {w.r.randint(72, 88)}% ({M('Masimo')} oximeter). Recorder {w.serial('hst')}.\n"
        f"Impression: {C('G47.33')} obstructive sleep apnea. Start {M('ResMed')} {MD('AirSense 11')} auto 5-15 cm."
    )
    return _note(w, head, body, p, t, w.clin(("MD", "DO")) + "; scored by " + w.clin(("RPSGT",)))


def c_occ(w: W) -> str:
    p, t = w.person(), w.town()
    age = w.r.randint(18, 88)
    head = _header(
        w, "Occupational health pre-placement exam", p, t, ("Occupational Health Clinic", "Health Center"), age
    )
    employer = P(f"{t[0]} {w.pick(('Poultry', 'Transit', 'Construction', 'Public Works'))}", "FACILITY")
    body = (
        f"Employer: {employer}; position: CDL driver. CDL {w.dl(t[1])}, exp {w.D(style='BY')}.\n"
        f"Vision {E('Snellen')} 20/{w.pick(('20', '25', '30'))} OU; audiometry pass ({C('92552')}).\n"
        f"TB: {E('Mantoux')} placed {w.D(style='md')}, read {w.D(wk=True)}: 0 mm.\n"
        f"Respirator fit test {M('3M')} {MD('8210')} pass. Drug screen specimen {w.ident('CCF ', 7)}.\n"
        f"Dx {C('Z02.1')}. Cleared for duty."
    )
    return _note(w, head, body, p, t, w.clin(("NP", "MD", "PA-C")))


def c_wcc(w: W) -> str:
    kid = w.person()
    mom = w.person(kid.culture, female=True)
    t = w.town()
    months = w.pick((2, 4, 6, 12, 15, 18, 24))
    head = _header(w, "Well-child check", kid, t, ("Indian Health Center", "Pediatric Clinic", "Health Center"),
                   months // 12, months)  # fmt: skip
    vax = w.r.sample((("DTaP-IPV-Hib-HepB", "Sanofi"), ("PCV20", "Merck"), ("MMR", "Merck"), ("rotavirus", "Merck"),
                      ("hepatitis A", "GSK")), 2)  # fmt: skip
    body = (
        f"{months}-month well-child visit with mother {w.nm(mom, 'full')} and {w.kin(kid)}. {E('Apgar')} 8/9 at birth.\n"
        f"Wt {w.r.randint(4, 13)}.{w.r.randint(0, 9)} kg, length {w.r.randint(55, 90)} cm. Development on track.\n"
        f"Vaccines: {vax[0][0]} ({M(vax[0][1])} lot {w.lot()}), {vax[1][0]} ({M(vax[1][1])} lot {w.lot()}).\n"
        f"Codes {C('Z00.129')}, {C('Z23')}, {C(w.pick(('99391', '99392')))}. {Dr('cholecalciferol 400 IU')} daily.\n"
        f"Next visit {w.D(wk=True)}."
    )
    return _note(w, head, body, kid, t, w.clin(("MD", "NP", "DO")))


def c_burn(w: W) -> str:
    p, t = w.person(), w.town()
    age = w.r.randint(18, 88)
    head = _header(w, "Burn dressing note", p, t, ("Burn Center", "Regional Medical Center"), age)
    body = (
        f"{DP('Burn Unit')} day {w.r.randint(2, 20)}. Scald to R forearm/hand, {w.r.randint(2, 9)}% TBSA by "
        f"{E('Lund-Browder')} chart ({C(w.pick(('T23.201A', 'T22.211A', 'T31.0')))}).\n"
        f"Pre-med {Dr('oxycodone 5 mg')} at {w.clock()}. Cleansed, {Dr('silver sulfadiazine 1%')} to wound base, "
        f"{M('Molnlycke')} {MD('Mepilex Ag')} applied ({C('16020')}).\n"
        f"Fluid per {E('Parkland')} formula completed. Pain 4/10 after."
    )
    return _note(w, head, body, p, t, w.clin(("RN", "NP", "MD")))


def c_cast(w: W) -> str:
    p, t = w.person(), w.town()
    age = w.r.randint(18, 88)
    head = _header(w, "Fracture clinic - casting", p, t, ("Orthopedic Clinic", "Medical Center"), age)
    body = (
        f"{w.young(age, age).capitalize()}, FOOSH {w.D(style=w.pick(('md', 'bd')))}. X-ray: distal radius, "
        f"{E(w.pick(('Colles', 'Salter-Harris')))} type, {C(w.pick(('S52.501A', 'S52.531A', 'S59.211A')))}.\n"
        f"Short-arm fiberglass cast applied ({C('29075')}); {M('BSN medical')} {MD('Delta-Cast')} lot {w.lot()}.\n"
        f"Neurovascular intact. Cast check {w.D(wk=True)} at {w.clock()} in {DP('Orthopedics')}.\n"
        f"{Dr('acetaminophen 500 mg')} prn."
    )
    return _note(w, head, body, p, t, w.clin(("PA-C", "MD", "DO")))


def c_ivi(w: W) -> str:
    p, t = w.person(), w.town()
    age = w.r.randint(18, 88)
    head = _header(w, "Ophthalmology - intravitreal injection", p, t, ("Eye Institute", "Retina Center"), age)
    eye = w.pick(("OD", "OS"))
    body = (
        f"{eye} intravitreal {Dr('aflibercept 2 mg')} ({M('Regeneron')} lot {w.lot()}), {C('J0178')}, {C('67028')}.\n"
        f"Dx {C(w.pick(('H35.3211', 'H35.3222', 'E11.3511')))}. VA {E('Snellen')} 20/{w.pick(('40', '60', '80'))}; "
        f"{E('Amsler')} grid distortion {eye}.\n"
        f"OCT {M('Carl Zeiss')} {MD('Cirrus 5000')}: CST {w.r.randint(250, 480)} um. {Dr('povidone-iodine 5%')} "
        f"prep, time out {w.clock()}.\nNext injection {w.D(wk=True)}."
    )
    return _note(w, head, body, p, t, w.clin(("MD", "DO")))


def c_fistula(w: W) -> str:
    p, t = w.person(), w.town()
    age = w.r.randint(18, 88)
    head = _header(w, "Dialysis access - fistulogram", p, t, ("Vascular Access Center", "Medical Center"), age)
    body = (
        f"Left {E('Brescia-Cimino')} fistula, poor flows at {w.fac(('Dialysis', 'Kidney Center'), t)}. "
        f"Dx {C('N18.6')}, {C('Z99.2')}, {C('T82.858A')}.\n"
        f"{DP('Interventional Radiology')}: fistulogram ({C('36902')}); {Dr('heparin 3000 units')} IV; "
        f"{w.r.randint(60, 80)}% juxta-anastomotic stenosis, {M('Bard')} balloon {MD('Conquest 40')} 7 mm.\n"
        f"Thrill restored. Dialysis resumes {w.D(wk=True)}."
    )
    return _note(w, head, body, p, t, w.clin(("MD", "DO")))


def c_ed(w: W) -> str:
    p, t = w.person(), w.town()
    old = w.chance(0.5)
    age = w.r.randint(90, 104) if old else w.r.randint(18, 88)
    head = _header(w, "ED TRIAGE NOTE", p, t, ("Indian Medical Center", "Community Hospital", "Regional Hospital"), age)
    if old:
        v = w.old_value(age)
        who = f"{P(v, 'AGE')}-year-old " if not v.isdigit() or w.chance(0.5) else f"{P(v, 'AGE')} y/o "
    else:
        who = f"{age}-year-old " if w.chance(0.5) else f"{age} y/o "
    cc, icd = w.pick((("chest pain", "R07.9"), ("fall at home", "W19.XXXA"), ("MVC, restrained driver", "V43.52XA"),
                      ("shortness of breath", "R06.02")))  # fmt: skip
    if cc.startswith("MVC"):
        vehicle = f"Driver of pickup VIN {w.vin()}, plate {w.plate()}; {E('Murphy')} sign not tested."
    else:
        vehicle = f"Family car left in ambulance bay, plate {w.plate()}. {E('Murphy')} sign negative."
    body = (
        f"Arrived {w.clock('24')} by {w.pick(('EMS', 'private vehicle', 'tribal ambulance'))}. "
        f"{who}{'female' if p.female else 'male'}, {cc}.\n"
        f"ESI {w.r.randint(2, 4)}. HR {w.r.randint(60, 130)}, BP {w.r.randint(90, 180)}/{w.r.randint(50, 100)}, "
        f"SpO2 {w.r.randint(88, 99)}%.\n{vehicle}\nMeds: {Dr('warfarin 5 mg')}, {Dr('metoprolol 25 mg')}.\n"
        f"{DP('Emergency Department')} {C('99284')}; {C(icd)}."
    )
    return _note(w, head, body, p, t, w.clin(("RN",)))


def c_anticoag(w: W) -> str:
    p, t = w.person(), w.town()
    age = w.r.randint(90, 103) if w.chance(0.35) else w.r.randint(45, 88)
    head = _header(w, "Anticoagulation clinic", p, t, ("Health Center", "Medical Center", "Indian Health Center"), age)
    day, style, rows = w.day(), w.pick(("md", "mdY0", "iso", "dbY")), []
    for _ in range(w.r.randint(3, 4)):
        rows.append(
            f"| {w.D(day, style)} | {w.r.randint(1, 3)}.{w.r.randint(0, 9)} | {w.pick(('5', '7.5', '2.5'))} mg |"
        )
        day += dt.timedelta(days=w.pick((7, 14, 14, 21, 28)))
    body = (
        f"{DP('Anticoagulation Clinic')}. {Dr('warfarin 5 mg')} for {C(w.pick(('I48.91', 'I26.99', 'Z95.2')))}, "
        f"{C('Z79.01')}. Goal INR 2-3.\n| Date | INR | Dose |\n" + "\n".join(rows) + "\n"
        f"Home meter {M('Roche')} {MD('CoaguChek XS')} serial {w.serial('meter')}; POC {C('85610')}, {C('93793')}.\n"
        f"Next INR {w.D(wk=True)}."
    )
    return _note(w, head, body, p, t, w.clin(("PharmD", "RN", "NP")))


def c_bariatric(w: W) -> str:
    p, t = w.person(), w.town()
    age = w.r.randint(18, 88)
    head = _header(w, "Bariatric follow-up", p, t, ("Weight Loss Center", "Medical Center"), age)
    body = (
        f"{w.r.randint(3, 24)} months s/p {E('Roux-en-Y')} gastric bypass ({C('43644')}), {M('Ethicon')} staplers. "
        f"Dx {C('Z98.84')}, {C('E66.01')}.\n"
        f"Wt {w.r.randint(180, 290)} lb (pre-op {w.r.randint(290, 400)}). A1c {w.r.randint(5, 7)}.{w.r.randint(0, 9)}.\n"
        f"Sensor {M('Dexcom')} {MD('G7')} serial {w.serial('cgm')}. {Dr('cyanocobalamin 1000 mcg')} monthly, "
        f"{Dr('ursodiol 300 mg')} BID.\n{DP('Bariatric Surgery')} visit {w.D(wk=True)}."
    )
    return _note(w, head, body, p, t, w.clin(("MD", "NP", "RD")))


CLINICAL_GENRES: tuple[Genre, ...] = (c_hbot, c_dental, c_audio, c_egd, c_spiro, c_sleep, c_occ, c_wcc, c_burn,
                                      c_cast, c_ivi, c_fistula, c_ed, c_anticoag, c_bariatric)  # fmt: skip


# ---------------------------------------------------------------------------------------------


def generate(family: str, n: int, seed: int) -> list[dict]:
    """`n` rows of `family`, the genres in turn; the same seed gives the same rows."""
    if family not in FAMILIES:
        raise ValueError(f"unknown family {family!r}")
    rng = random.Random(f"eval15-{family}-{seed}")
    w = W(rng)
    genres = MESSAGE_GENRES if family == "messages" else CLINICAL_GENRES
    rows: list[dict] = []
    seen: set[str] = set()
    for i in range(n):
        genre = genres[i % len(genres)]
        while True:
            marked = genre(w)
            case = ""
            if family == "messages":
                u = rng.random()
                case = "upper" if u < 0.04 else "lower" if u < 0.08 else ""
            text, phi, keep = parse(marked, case)
            if text in seen or (family == "clinical" and not 150 <= len(text) <= 1500):
                continue
            break
        seen.add(text)
        rows.append({"id": f"eval15-{family}-{i}", "family": family, "text": text, "phi": phi,
                     "keep": list(keep), "keep_kinds": keep})  # fmt: skip
    return rows


def dumps(rows: list[dict]) -> str:
    """The rows as JSON lines."""
    return "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    ap.add_argument("--family", choices=FAMILIES, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(dumps(generate(args.family, args.n, args.seed)))


if __name__ == "__main__":
    main()
