"""Tenth independent de-identification evaluation set (eval10): text-message reminders a pharmacy
sends to a patient (sometimes a short two-way thread), home-infusion nurses scheduling visits (pump
serials, per-diem authorizations), durable-medical-equipment delivery chats with timestamps
(concentrator, wheelchair and hospital-bed serials, delivery-van plates), patient-portal
proxy-access requests (driver's licences, portal user names, login IPs, Israeli identity and
Indian PAN numbers, addresses abroad), interpreter requests from staff and from family,
medical-records release requests from law firms (SSN, fax, upload links), billing disputes with
account, claim and confirmation numbers, genetic-counselling follow-ups (family history with ages
over 90, accession numbers), telehealth tech-support tickets (tablet serials, meeting IDs, IPs),
school-nurse notes to parents (student IDs, pick-up plates, insulin-pump serials), workers'-
compensation adjuster e-mails (claim numbers, trailer plates and VINs), travel-clinic vaccine
questions (passport numbers, vaccine lots), family group chats with timestamps and @handles,
voice-to-text messages with no punctuation, all in lower case, with spoken dates ("march third
nineteen fifty-two") and replies quoting earlier messages three levels deep ("> > >"), with
ASCII emoticons (":)", "<3") (`messages`); and ICU flowsheet summaries with a vitals table, wound-
care notes with photo file names, anesthesia pre-operative records (pacemaker and ICD serials),
physical-therapy progress notes, dental notes (CDT codes, implant lots and serials), kidney-
transplant clinic notes with UNOS donor IDs, NICU progress notes (the mother's name, birth weight,
day of life), oncology treatment summaries with trial and subject IDs, cardiology device-
interrogation reports (generator and lead serials; maker and model kept), court-ordered
evaluation letters, discharge instructions written to the patient, HL7-like pipe-delimited
messages, CSV-like lab exports, dictations with spoken punctuation ("comma", "period", "new
paragraph") and EMS patient-care reports (`clinical`). Each genre occurs equally often (fifteen in
each family). Some clinical notes carry extra sections (addendum, social history, care team,
registration, copy-to), some are wrapped at 72 columns, some clinical rows and a few messages are
all capitals. Written by a writer who read none of the de-identifier's rules, lexicons or models,
none of the other generators' templates and none of their sets (only eval9's docstring, the shared
test checks, `faker_tables.py` and the PHI type names), and who never ran the de-identifier on
them.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters
them. This family brings text shapes and values nobody tuned on.

Locales: names, places and organisation-name words come only from Faker locales that no other
project list, set, corpus or eval3-eval9 uses (tests/deid/test_evalset10.py checks it): he_IL
(Hebrew given names and surnames, the table of localities and a selection of the street-name
table) and mr_IN (Marathi given names, surnames and the city table). Names, towns and streets are
used as people, towns, birthplaces, street and organisation words. Faker ships no romanization for
either script, so this module romanizes them itself, by hand-written tables only: Hebrew is
written without most vowels, so each Hebrew name, locality and street in the tables is spelled by
hand, with the variant spellings a US registrar meets ("Yitzhak" / "Itzhak" / "Yitzchak", "Haim"
/ "Chaim", "Tzvi" / "Zvi" / "Tsvi", "Mohammad" / "Muhammad"), apostrophes ("Ya'akov", "Mar'i"),
compound and spaced forms ("Bat Sheva" / "Batsheva" / "Bat-Sheva", "Ben David" / "Ben-David",
"Abu Arar") and the article written joined ("HaTavor", "Mishmar HaEmek"); entries of the Faker
tables that are not in the hand-written tables (most of the long tail, tribal areas, acronyms)
are not used. Every Marathi entry is spelled by hand in its customary form ("Pradnya" for
prajna, "Dattatray", "Kolhapur", "Pimpri-Chinchwad"), with variants ("Sandeep" / "Sandip",
"Bhosale" / "Bhosle"). Marathi middle names are the father's or husband's given name ("Neha
Chetan Gaikwad"); some Hebrew women carry a hyphenated married surname. A short hand-written list
of US towns (with their state, ZIP prefix and area codes) and US street words is mixed in. Every
table is read from the locale's own provider class (``FAKER_TABLES``), never an inherited one;
``provenance_problems()`` checks it and ``romanization_problems()`` checks that every hand-written
key is in its Faker table. Numbers, dates, codes and every identifier are drawn by this module's
own seeded ``random.Random``; no Faker randomness is used, so a seed reproduces its file byte for
byte. All text is ASCII.

Annotation conventions (the 18 Safe Harbor identifiers as the project's PHI types):
NAME is a person's name as written, patients, relatives, clinicians, staff, adjusters, judges
and lawyers alike: given, middle and surname ("Neha Chetan Gaikwad"), "LAST, First M." as one
span, a surname alone ("Dr. Joshi", "Baby Girl Shimoni" -> "Shimoni"), a given name or nickname
alone ("Kobi", "Jitu"), lower-case and all-capital names, initials that sign or label a note
("NE", "AD", lower-case "nl"), and an HL7 name field with its carets ("MALUL^ADEL^C") as one span.
Titles, honorifics and credentials stay outside, before or after the name ("Dr. ", "Mr. ",
"Mrs. ", "Ms. ", "Rav ", "Reb ", "Adon ", "Gveret ", "Shri ", "Smt. ", "Kumari ", " ji", " saheb",
" dada", " tai", " bai", ", RN", ", MD", "PhD", "CRNA", "DDS", "EMT-P", spoken "doctor"), so do
"Baby Boy" / "Baby Girl" and a possessive "'s". Words for relatives ("Savta", "Saba", "Ima",
"Doda", "Aaji", "Ajoba", "Aai", "Mavshi", "Kaka") are not names. A chat @handle and a portal user
name are ID; an e-mail address is EMAIL even when it holds a name. DATE is every date element
more specific than a year, one span with its year if it has one and with a weekday written next
to it: "03/14/2025", "3/14/25", "2025-03-14", "14.03.2025", "Mar-14-2025", "14-Mar-2025",
"14MAR2025", "March 14, 2025", "Fri 3/14", "Friday, March 14"; without a year ("3/14", "March
14th", "the 14th" -> "14th"); in words ("March fourteenth", "march third nineteen fifty-two");
a month with its year ("April 2025", "11/2026"); and HL7 dates and timestamps ("19460404",
"20250215091512", the whole token). A bare year, a clock time, a duration, a day of life
("DOL 5") and a gestational age are not PHI; a date inside a photo file name is part of that
file name's ID span. AGE is PHI only when 90 or more, and the span is the number alone or the
spelled number ("95", "ninety-one", "one hundred and two"), never "y/o" or "years"; younger
ages stay in the text unannotated (digits or words). LOCATION is a town, city or locality
(Israeli, Maharashtrian or US), also when it is a birthplace or stands outside an address line;
US states, Maharashtra, countries and regions are not PHI. ADDRESS is the street line (number,
street, suffix, unit: "1223 HaTavor Road, Apt. 18C"), a PO Box, an Israeli street line in its
own order ("HaTavor St. 12, apt. 3") or an Indian flat line ("Flat 404, Patil Heights, Pune
Road"). ZIP is a US ZIP code with its +4, or a foreign postal code (Israeli seven digits, Indian
six). PHONE and FAX spans include "+1", "1-", "+972", "+91" and an extension; a number labelled
fax is FAX. EMAIL, URL (with its scheme or "www.") and IP (IPv4) are whole tokens. SSN in any
of its shapes. MRN is a medical-record or chart number; ACCOUNT a billing, hospital (HAR),
guarantor or pharmacy account; HEALTH_PLAN a member or subscriber ID, a Medicare MBI or a
Medicaid ID; LICENSE a driver's licence, a nursing, medical, dental, physical-therapy or
psychologist licence, an EMS certification or an interpreter certification number; VEHICLE a
plate (US, Israeli or Maharashtra "MH 04 PM 0121") or a VIN (its check digit right); DEVICE the
serial number of a device or implant (pacemaker, ICD, lead, pump, concentrator, wheelchair,
hospital bed, tablet, wound VAC, dialysis cycler, breast pump, port, dental implant). Rx, order,
tracking, claim, ticket, meeting, passport, student, accession, case, donor, trial-subject,
authorization, patient-care-report, confirmation, HL7 message-control and HL7 provider numbers, Israeli
identity (Teudat Zehut, check digit right) and Indian PAN numbers, @handles, portal user names and
photo file names are ID. FACILITY is every organisation named: hospitals, clinics, pharmacies,
infusion and equipment companies, labs, dialysis and transplant centers, schools, employers, law
firms, courts, interpreter agencies, ambulance services and practices, one span even when a town
is part of the name ("Boca Raton Hatzalah"). Not PHI and kept (``keep``, kinds in
``KEEP_KINDS``): insurers and workers'-compensation carriers (insurer), device makers (maker),
model names and model numbers (model), lots (lot), ICD-10, CPT, HCPCS, CDT and LOINC codes and
NCT trial numbers (code), drugs and vaccines (drug), eponyms (the name only: "Parkinson",
"Glasgow", "Apgar", "Mallampati") and departments; bed, bay and room numbers, ambulance unit
numbers, dollar amounts and clinical numbers are not PHI either. No keep term ever occurs inside
a PHI span (a term that does in some row is left out of that row's list).

    python -m tools.deid.evalset10 --family messages --n 300 --seed 1901 --out datasets/deid/eval10_messages.jsonl
    python -m tools.deid.evalset10 --family clinical --n 120 --seed 1902 --out datasets/deid/eval10_clinical.jsonl

Seeds 2001 / 2002 are reserved for tuning (``--out build/deid-fresh/...``); keep the two committed
files for measurement.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from tools.deid.faker_tables import own_table
from tools.deid.faker_tables import provenance_problems as _provenance_problems

T = TypeVar("T")

FAMILIES = ("messages", "clinical")
LOCALES = ("he_IL", "mr_IN")
NAME_LOCALES = ("he_IL", "mr_IN")
CITY_LOCALES = ("he_IL", "mr_IN")
ORG_LOCALES = ("he_IL", "mr_IN")
FAKER_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "he_IL": (
        ("faker.providers.person.he_IL", "first_names_male"),
        ("faker.providers.person.he_IL", "first_names_female"),
        ("faker.providers.person.he_IL", "last_names"),
        ("faker.providers.address.he_IL", "city_names"),
        ("faker.providers.address.he_IL", "street_titles"),
    ),
    "mr_IN": (
        ("faker.providers.person.mr_IN", "first_names_male"),
        ("faker.providers.person.mr_IN", "first_names_female"),
        ("faker.providers.person.mr_IN", "last_names"),
        ("faker.providers.address.mr_IN", "cities"),
    ),
}
KEEP_KINDS = ("drug", "eponym", "department", "insurer", "maker", "code", "model", "lot")

# US states and countries are not PHI; they stay in the text unannotated.
STATES = {
    "NJ": "New Jersey", "NY": "New York", "IL": "Illinois", "MA": "Massachusetts", "TX": "Texas",
    "CA": "California", "NC": "North Carolina", "VA": "Virginia", "MD": "Maryland", "OH": "Ohio",
    "MI": "Michigan", "WA": "Washington", "GA": "Georgia", "FL": "Florida", "PA": "Pennsylvania",
}  # fmt: skip
STATE_ABBR = tuple(STATES)
COUNTRIES = (
    "Israel", "India", "United States", "Canada", "Mexico", "Kenya", "Peru", "Thailand", "Vietnam",
    "Tanzania", "Brazil", "Ghana", "Nepal", "Colombia", "Morocco", "Egypt", "Indonesia", "Cambodia",
)  # fmt: skip
FOREIGN_REGIONS = ("Maharashtra", "Galilee", "Negev")  # a state and regions: not PHI either

# A short hand-written list of US towns (town, state, first three ZIP digits, area codes).
US_PLACES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("Teaneck", "NJ", "076", ("201", "551")), ("Passaic", "NJ", "070", ("973", "862")),
    ("Lakewood", "NJ", "087", ("732", "848")), ("Edison", "NJ", "088", ("732", "908")),
    ("Fair Lawn", "NJ", "074", ("201",)), ("Parsippany", "NJ", "070", ("973",)),
    ("Monsey", "NY", "109", ("845",)), ("Great Neck", "NY", "110", ("516",)),
    ("Woodmere", "NY", "115", ("516",)), ("Yonkers", "NY", "107", ("914",)),
    ("Skokie", "IL", "600", ("847", "224")), ("Lincolnwood", "IL", "607", ("847",)),
    ("Naperville", "IL", "605", ("630", "331")), ("Schaumburg", "IL", "601", ("847",)),
    ("Brookline", "MA", "024", ("617", "857")), ("Newton", "MA", "024", ("617",)),
    ("Framingham", "MA", "017", ("508", "774")), ("Sharon", "MA", "020", ("781", "339")),
    ("Plano", "TX", "750", ("972", "469")), ("Frisco", "TX", "750", ("214", "972")),
    ("Sugar Land", "TX", "774", ("281", "832")), ("Irving", "TX", "750", ("972",)),
    ("Fremont", "CA", "945", ("510",)), ("Sunnyvale", "CA", "940", ("408", "669")),
    ("Milpitas", "CA", "950", ("408",)), ("Irvine", "CA", "926", ("949",)), ("Encino", "CA", "914", ("818",)),
    ("Cary", "NC", "275", ("919", "984")), ("Morrisville", "NC", "275", ("919",)),
    ("Fairfax", "VA", "220", ("703", "571")), ("Herndon", "VA", "201", ("703",)),
    ("Rockville", "MD", "208", ("301", "240")), ("Silver Spring", "MD", "209", ("301",)),
    ("Pikesville", "MD", "212", ("410", "443")), ("Beachwood", "OH", "441", ("216",)),
    ("Southfield", "MI", "480", ("248",)), ("Novi", "MI", "483", ("248",)), ("Troy", "MI", "480", ("248",)),
    ("Bellevue", "WA", "980", ("425",)), ("Redmond", "WA", "980", ("425",)),
    ("Alpharetta", "GA", "300", ("770", "678")), ("Duluth", "GA", "300", ("770",)),
    ("Aventura", "FL", "331", ("305", "786")), ("Boca Raton", "FL", "334", ("561",)),
    ("Elkins Park", "PA", "190", ("215", "267")), ("Bala Cynwyd", "PA", "190", ("610", "484")),
)  # fmt: skip
US_STREET_WORDS = (
    "Maple", "Cedar Lane", "Queen Anne", "Palisade", "Forest", "Hillside", "Grand", "Prospect", "Park",
    "Chestnut", "Old Country", "Sunrise", "Willow", "Mill", "Lakeview", "Walnut", "Highland", "Beacon",
)  # fmt: skip
STREET_SUFFIXES = ("St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Ct", "Blvd", "Way", "Dr", "Terrace", "Pl")

# he_IL first_names_male: Hebrew spelling -> the romanized spellings a US registrar meets, customary first
HE_GIVEN_M: dict[str, tuple[str, ...]] = {
    "מוחמד": ("Mohammad", "Muhammad", "Mohammed"),
    "נועם": ("Noam",),
    "דוד": ("David",),
    "אורי": ("Uri", "Ori"),
    "אריאל": ("Ariel",),
    "איתן": ("Eitan", "Etan", "Eytan"),
    "יוסף": ("Yosef", "Yossef"),
    "איתי": ("Itai", "Itay"),
    "יהונתן": ("Yehonatan",),
    "דניאל": ("Daniel",),
    "משה": ("Moshe",),
    "איתמר": ("Itamar",),
    "עידו": ("Ido", "Iddo"),
    "אברהם": ("Avraham", "Abraham"),
    "אחמד": ("Ahmad", "Ahmed"),
    "יהודה": ("Yehuda", "Yehudah"),
    "יונתן": ("Yonatan", "Jonatan"),
    "יאיר": ("Yair",),
    "שמואל": ("Shmuel",),
    "עומר": ("Omer", "Omar"),
    "ישראל": ("Yisrael", "Israel"),
    "הראל": ("Harel",),
    "יעקב": ("Yaakov", "Ya'akov", "Yakov"),
    "מיכאל": ("Michael", "Mikhael"),
    "יצחק": ("Yitzhak", "Itzhak", "Yitzchak"),
    "חיים": ("Haim", "Chaim", "Hayim"),
    "אליה": ("Eliya", "Elia"),
    "לביא": ("Lavi",),
    "אלון": ("Alon",),
    "גיא": ("Guy", "Gai"),
    "עמית": ("Amit",),
    "עילאי": ("Ilay", "Ilai"),
    "שמעון": ("Shimon", "Simon"),
    "רפאל": ("Refael", "Rafael"),
    "אדם": ("Adam",),
    "שלמה": ("Shlomo",),
    "ג'וד": ("Jude", "Joud"),
    "נהוראי": ("Nehorai",),
    "בן": ("Ben",),
    "עבד": ("Abed",),
    "אהרון": ("Aharon", "Aaron"),
    "נתנאל": ("Netanel", "Nethanel"),
    "נדב": ("Nadav",),
    "עלי": ("Ali",),
    "אליהו": ("Eliyahu", "Eliahu"),
    "אור": ("Or",),
    "בנימין": ("Binyamin", "Benjamin"),
    "ניתאי": ("Nitai", "Nitay"),
    "מאיר": ("Meir", "Meyer"),
    "ליאם": ("Liam",),
    "יואב": ("Yoav",),
    "ישי": ("Yishai", "Ishai"),
    "הלל": ("Hillel", "Hilel"),
    "מרדכי": ("Mordechai", "Mordecai"),
    "מנחם": ("Menachem", "Menahem"),
    "רועי": ("Roi", "Roee"),
    "יובל": ("Yuval",),
    "אמיר": ("Amir",),
    "ינאי": ("Yanai",),
    "עומרי": ("Omri",),
    "אבראהים": ("Ibrahim",),
    "מאור": ("Maor",),
    "מחמוד": ("Mahmoud", "Mahmud"),
    "אביתר": ("Evyatar", "Eviatar"),
    "נתן": ("Natan", "Nathan"),
    "אביאל": ("Aviel",),
    "ליאור": ("Lior",),
    "עידן": ("Idan",),
    "מתן": ("Matan",),
    "אביב": ("Aviv",),
    "שחר": ("Shahar",),
    "אופיר": ("Ofir", "Ophir"),
    "אלרואי": ("Elroi", "Elroy"),
    "אייל": ("Eyal",),
    "בניה": ("Benaya", "Bnaya"),
    "אוריאל": ("Uriel", "Oriel"),
    "דור": ("Dor",),
    "אסף": ("Asaf", "Assaf"),
    "יהלי": ("Yahli",),
    "ח'אלד": ("Khaled", "Khalid"),
    "אליאב": ("Eliav",),
    "נוה": ("Naveh", "Nave"),
    "לירוי": ("Liroy", "Leroy"),
    "יהב": ("Yahav",),
    "אוראל": ("Orel",),
    "בארי": ("Bari",),
    "נבו": ("Nevo",),
    "דביר": ("Dvir",),
    "אופק": ("Ofek",),
    "ינון": ("Yinon",),
    "אלחנן": ("Elhanan", "Elchanan"),
    "מעיין": ("Maayan", "Ma'ayan"),
    "שלום": ("Shalom",),
    "שילה": ("Shilo", "Shiloh"),
    "נריה": ("Neria", "Neriya"),
    "נחמן": ("Nachman", "Nahman"),
    "עוז": ("Oz",),
    "אמיתי": ("Amitai", "Amitay"),
    "ירין": ("Yarin",),
    "תומר": ("Tomer",),
    "רום": ("Rom",),
    "רון": ("Ron",),
    "אוריה": ("Uriya", "Uriah"),
    "צבי": ("Tzvi", "Zvi", "Tsvi"),
    "אליעזר": ("Eliezer",),
    "שי": ("Shai", "Shay"),
    "יהושע": ("Yehoshua",),
    "יותם": ("Yotam",),
    "אימרי": ("Imri",),
    "דן": ("Dan",),
    "כרים": ("Karim", "Kareem"),
    "אלעזר": ("Elazar", "Eleazar"),
    "אדיר": ("Adir",),
    "אושר": ("Osher",),
    "יגל": ("Yagel",),
    "ארי": ("Ari",),
    "מוסטפא": ("Mustafa", "Mustapha"),
    "מלאכי": ("Malachi", "Malakhi"),
    "כרם": ("Karam",),
    "רוי": ("Roy",),
    "אבישי": ("Avishai", "Avishay"),
    "חסן": ("Hassan", "Hasan"),
    "זיו": ("Ziv",),
    "גבריאל": ("Gavriel", "Gabriel"),
    "ידידיה": ("Yedidya", "Yedidia"),
    "אריה": ("Arie", "Aryeh", "Arieh"),
    "מג'ד": ("Majd",),
    "עבדאללה": ("Abdallah", "Abdullah"),
    "ליאב": ("Liav",),
    "רותם": ("Rotem",),
    "תום": ("Tom",),
    "יזן": ("Yazan",),
    "סהר": ("Sahar",),
    "נפתלי": ("Naftali",),
    "יחיא": ("Yahya",),
    "אלעד": ("Elad",),
    "גלעד": ("Gilad",),
    "כפיר": ("Kfir",),
    "ירדן": ("Yarden",),
    "בר": ("Bar",),
    "אלמוג": ("Almog",),
    "טל": ("Tal",),
    "סולימאן": ("Suleiman", "Sulaiman"),
    "ליעד": ("Liad",),
    "שליו": ("Shalev",),
    "שקד": ("Shaked",),
    "פנחס": ("Pinchas", "Pinhas"),
    "לוי": ("Levi",),
}

# he_IL first_names_female
HE_GIVEN_F: dict[str, tuple[str, ...]] = {
    "נועה": ("Noa", "Noah"),
    "תמר": ("Tamar",),
    "מאיה": ("Maya", "Maia"),
    "אביגיל": ("Avigail", "Abigail"),
    "טליה": ("Talia", "Talya"),
    "אדל": ("Adel", "Adele"),
    "שירה": ("Shira",),
    "איילה": ("Ayala",),
    "יעל": ("Yael",),
    "שרה": ("Sara", "Sarah"),
    "רוני": ("Roni", "Ronnie"),
    "רומי": ("Romi",),
    "חנה": ("Hana", "Chana", "Hannah"),
    "ליה": ("Lia", "Liya"),
    "מיכל": ("Michal",),
    "אסתר": ("Esther", "Ester"),
    "נויה": ("Noya",),
    "הודיה": ("Hodaya",),
    "רבקה": ("Rivka", "Rivkah"),
    "אלה": ("Ella", "Ela"),
    "יובל": ("Yuval",),
    "רחל": ("Rachel", "Rahel"),
    "מרים": ("Miriam", "Miryam"),
    "חיה": ("Haya", "Chaya"),
    "אגם": ("Agam",),
    "עלמה": ("Alma",),
    "נעמי": ("Naomi", "Nomi"),
    "אריאל": ("Ariel",),
    "רות": ("Ruth", "Rut"),
    "תהל": ("Tahel",),
    "נגה": ("Noga", "Nogah"),
    "הילה": ("Hila", "Hilla"),
    "אמה": ("Emma",),
    "עדי": ("Adi",),
    "אפרת": ("Efrat", "Ephrat"),
    "ליאן": ("Lian", "Lianne"),
    "גאיה": ("Gaya", "Gaia"),
    "מעיין": ("Maayan", "Ma'ayan"),
    "הלל": ("Hallel", "Halel"),
    "תהילה": ("Tehila", "Tehilla"),
    "שאם": ("Sham",),
    "לאה": ("Lea", "Leah"),
    "אמילי": ("Emily",),
    "יהלי": ("Yahli",),
    "אוריה": ("Oriya", "Oriyah"),
    "ג'נא": ("Jana", "Janna"),
    "עופרי": ("Ofri",),
    "הדר": ("Hadar",),
    "נעמה": ("Naama", "Na'ama"),
    "שיר": ("Shir",),
    "שקד": ("Shaked",),
    "טוהר": ("Tohar",),
    "לין": ("Lin", "Leen"),
    "נועם": ("Noam",),
    "נטע": ("Neta", "Netta"),
    "אלישבע": ("Elisheva",),
    "אבישג": ("Avishag",),
    "מלכה": ("Malka",),
    "מיקה": ("Mika",),
    "יהודית": ("Yehudit",),
    "הדס": ("Hadas", "Hadass"),
    "עמית": ("Amit",),
    "אורי": ("Ori",),
    "אור": ("Or",),
    "הדסה": ("Hadassah", "Hadasa"),
    "אופיר": ("Ofir",),
    "ליבי": ("Libi", "Libby"),
    "ליאל": ("Liel",),
    "אליה": ("Eliya",),
    "מוריה": ("Moriya", "Moriah"),
    "דניאל": ("Daniel",),
    "דבורה": ("Dvora", "Devorah"),
    "גפן": ("Gefen",),
    "ירדן": ("Yarden",),
    "שחר": ("Shahar",),
    "אלין": ("Aline", "Alin"),
    "מלאק": ("Malak",),
    "נחמה": ("Nechama", "Nehama"),
    "עדן": ("Eden",),
    "נור": ("Nur", "Noor"),
    "שני": ("Shani",),
    "מאי": ("Mai", "May"),
    "עומר": ("Omer",),
    "אביה": ("Aviya", "Avia"),
    "אנאל": ("Anael",),
    "שי": ("Shai",),
    "חלא": ("Hala",),
    "פאטמה": ("Fatma", "Fatima"),
    "בת שבע": ("Bat Sheva", "Batsheva", "Bat-Sheva"),
    "גילי": ("Gili",),
    "שי-לי": ("Shai-Li", "Shaylee"),
    "דניאלה": ("Daniela", "Daniella"),
    "יסמין": ("Yasmin", "Yasmeen"),
    "זוהר": ("Zohar",),
    "זינה": ("Zina",),
    "גלי": ("Gali",),
    "איה": ("Aya", "Ayah"),
    "ליאור": ("Lior",),
    "אורין": ("Orin",),
    "יערה": ("Yaara", "Ya'ara"),
    "רהף": ("Rahaf",),
    "הילי": ("Hili",),
    "אביב": ("Aviv",),
    "כרמל": ("Carmel", "Karmel"),
    "תאלא": ("Tala",),
    "אביטל": ("Avital",),
    "ביסאן": ("Bisan",),
    "תאלין": ("Talin", "Taleen"),
    "ברכה": ("Bracha", "Beracha"),
    "שהד": ("Shahd",),
    "רותם": ("Rotem",),
    "יולי": ("Yuli",),
    "צפורה": ("Tzipora", "Tsipora", "Zipporah"),
    "שילת": ("Shilat",),
    "בר": ("Bar",),
    "בתיה": ("Batya", "Batia"),
    "ארבל": ("Arbel",),
    "שושנה": ("Shoshana", "Shoshanna"),
    "אוריאן": ("Orian",),
    "חוה": ("Hava", "Chava"),
    "אסיל": ("Aseel", "Asil"),
    "לינוי": ("Linoy",),
    "אלונה": ("Alona",),
    "הללי": ("Halleli",),
    "רונה": ("Rona",),
    "אמל": ("Amal",),
    "פיגא": ("Feiga", "Faiga"),
    "שוהם": ("Shoham",),
    "טל": ("Tal",),
    "ענבר": ("Inbar",),
    "שיראל": ("Shirel",),
}

# he_IL last_names
HE_SURNAMES: dict[str, tuple[str, ...]] = {
    "כהן": ("Cohen", "Kohen", "Coen"),
    "לוי": ("Levi", "Levy"),
    "מזרחי": ("Mizrahi", "Mizrachi"),
    "פרץ": ("Peretz", "Perez"),
    "ביטון": ("Biton", "Bitton"),
    "דהן": ("Dahan",),
    "אברהם": ("Avraham", "Abraham"),
    "פרידמן": ("Friedman", "Fridman"),
    "אגבאריה": ("Agbaria", "Ighbariah"),
    "מלכה": ("Malka",),
    "אזולאי": ("Azoulay", "Azulai"),
    "כץ": ("Katz", "Kats"),
    "יוסף": ("Yosef",),
    "מחאמיד": ("Mahameed", "Mahamid"),
    "ג'בארין": ("Jabareen", "Jabarin"),
    "דוד": ("David",),
    "עמר": ("Amar", "Amer"),
    "אוחיון": ("Ohayon", "Ohayun"),
    "חדד": ("Hadad", "Haddad"),
    "גבאי": ("Gabay", "Gabai"),
    "ח'טיב": ("Khatib", "Khateeb"),
    "בן דוד": ("Ben David", "Ben-David", "Bendavid"),
    "אדרי": ("Edri", "Edery"),
    "לוין": ("Levin", "Lewin"),
    "טל": ("Tal",),
    "קליין": ("Klein", "Kline"),
    "חן": ("Hen", "Chen"),
    "שפירא": ("Shapira", "Shapiro"),
    "מחאג'נה": ("Mahajna", "Mahagna"),
    "זועבי": ("Zoabi", "Zuabi"),
    "חזן": ("Hazan", "Chazan"),
    "משה": ("Moshe",),
    "אשכנזי": ("Ashkenazi", "Ashkenazy"),
    "אוחנה": ("Ohana",),
    "סגל": ("Segal", "Siegel"),
    "סואעד": ("Sawaed", "Suaed"),
    "גולן": ("Golan",),
    "יצחק": ("Yitzhak", "Itzhak"),
    "בר": ("Bar",),
    "מור": ("Mor",),
    "יעקב": ("Yaakov", "Yakov"),
    "שלום": ("Shalom",),
    "אליהו": ("Eliyahu", "Eliahu"),
    "דיין": ("Dayan",),
    "אלבז": ("Elbaz",),
    "בכר": ("Bakr", "Bakar"),
    "סויסה": ("Suissa", "Swisa"),
    "שמש": ("Shemesh",),
    "רוזנברג": ("Rosenberg", "Rozenberg"),
    "לביא": ("Lavi",),
    "אטיאס": ("Attias", "Atias"),
    "נחום": ("Nahum", "Nachum"),
    "שרעבי": ("Sharabi", "Sharaby"),
    "שטרן": ("Stern",),
    "ממן": ("Maman", "Mamane"),
    "שחר": ("Shahar",),
    "אלון": ("Alon",),
    "שורץ": ("Schwartz", "Shvarts"),
    "ששון": ("Sasson", "Sason"),
    "עובדיה": ("Ovadia", "Ovadya"),
    "גרינברג": ("Greenberg", "Grinberg"),
    "בן חמו": ("Ben Hamo", "Ben-Hamo"),
    "וקנין": ("Vaknin", "Waknin"),
    "אסולין": ("Assulin", "Asulin"),
    "מימון": ("Maimon", "Maymon"),
    "מאיר": ("Meir", "Meyer"),
    "פלדמן": ("Feldman",),
    "גולדשטיין": ("Goldstein", "Goldshtein"),
    "ברוך": ("Baruch", "Barukh"),
    "וייס": ("Weiss", "Weis"),
    "חסן": ("Hassan", "Hasan"),
    "אמסלם": ("Amsalem", "Amsellem"),
    "מסארוה": ("Masarwa", "Massarwa"),
    "רובין": ("Rubin", "Ruben"),
    "עזרא": ("Ezra",),
    "טאהא": ("Taha",),
    "מנסור": ("Mansour", "Mansur"),
    "יפרח": ("Yifrach", "Ifrah"),
    "סבג": ("Sabag", "Sabbagh"),
    "גולדברג": ("Goldberg",),
    "סלאמה": ("Salameh", "Salama"),
    "אברמוב": ("Abramov",),
    "קדוש": ("Kadosh",),
    "הראל": ("Harel",),
    "שחאדה": ("Shehadeh", "Shhade"),
    "חיים": ("Haim", "Chaim"),
    "עמאש": ("Amash",),
    "צור": ("Tzur", "Zur", "Tsur"),
    "שוורץ": ("Shvartz", "Schwarz"),
    "רז": ("Raz",),
    "שרון": ("Sharon",),
    "חסון": ("Hasson", "Chasson"),
    "קורן": ("Koren", "Coren"),
    "רבינוביץ": ("Rabinovich", "Rabinowitz"),
    "ישראל": ("Israel", "Yisrael"),
    "חלבי": ("Halabi", "Halaby"),
    "לב": ("Lev",),
    "דדון": ("Dadon",),
    "דוידוב": ("Davidov", "Davidoff"),
    "סופר": ("Sofer", "Soffer"),
    "יצחקי": ("Yitzhaki", "Itzhaki"),
    "דניאל": ("Daniel",),
    "ישראלי": ("Israeli",),
    "נעים": ("Naim", "Na'im"),
    "עיסא": ("Issa", "Eisa"),
    "אהרוני": ("Aharoni", "Aharony"),
    "יחזקאל": ("Yehezkel", "Yechezkel"),
    "רחמים": ("Rahamim", "Rachamim"),
    "מילר": ("Miller",),
    "קפלן": ("Kaplan",),
    "שושן": ("Shushan", "Shoshan"),
    "הרוש": ("Harosh", "Harush"),
    "נסאר": ("Nassar", "Nasser"),
    "ברק": ("Barak",),
    "אורן": ("Oren",),
    "עודה": ("Odeh", "Oudeh"),
    "גל": ("Gal",),
    "סולומון": ("Solomon",),
    "יאסין": ("Yassin", "Yasin"),
    "בנימין": ("Binyamin", "Benjamin"),
    "הרשקוביץ": ("Hershkovitz", "Herskovits"),
    "רוזן": ("Rosen", "Rozen"),
    "ברקוביץ": ("Berkovich", "Berkowitz"),
    "גרוס": ("Gross",),
    "נגר": ("Naggar", "Nagar"),
    "סלימאן": ("Suleiman", "Sliman"),
    "חיון": ("Hayun", "Chayun"),
    "שמואל": ("Shmuel",),
    "מלול": ("Malul",),
    "אבראהים": ("Ibrahim",),
    "סלע": ("Sela", "Selah"),
    "פלד": ("Peled",),
    "בן שושן": ("Ben Shushan", "Ben-Shoshan"),
    "צרפתי": ("Tsarfati", "Zarfati"),
    "אסרף": ("Asraf", "Assraf"),
    "יהודה": ("Yehuda",),
    "שטרית": ("Shitrit", "Chetrit"),
    "הייב": ("Haib", "Heib"),
    "גוטמן": ("Gutman", "Guttman"),
    "עלי": ("Ali",),
    "אהרן": ("Aharon",),
    "דראושה": ("Darawshe", "Darawsheh"),
    "זידאן": ("Zidan", "Zeidan"),
    "פרנקל": ("Frenkel", "Fraenkel"),
    "זוהר": ("Zohar",),
    "גאנם": ("Ghanem", "Ganem"),
    "שלו": ("Shalev",),
    "אבו כף": ("Abu Kaf", "Abu-Kaf"),
    "מויאל": ("Moyal", "Mouyal"),
    "אלפסי": ("Alfasi", "Elfassy"),
    "ברגר": ("Berger",),
    "פישר": ("Fischer", "Fisher"),
    "אליאס": ("Elias", "Elyas"),
    "חוג'יראת": ("Hujirat",),
    "אבו ליל": ("Abu Leil", "Abu-Leil"),
    "זיו": ("Ziv",),
    "מרעי": ("Marai", "Mar'i"),
    "גנאים": ("Ghanayem", "Ghnaim"),
    "סאלח": ("Saleh", "Salih"),
    "יעקובוב": ("Yakubov",),
    "ליפשיץ": ("Lifshitz", "Lifschitz"),
    "אדלר": ("Adler",),
    "קוגן": ("Kogan",),
    "חג'אזי": ("Hijazi", "Hegazy"),
    "ח'ורי": ("Khoury", "Khouri"),
    "פלג": ("Peleg",),
    "צדוק": ("Tzadok", "Zadok"),
    "שכטר": ("Schechter", "Shechter"),
    "ראובן": ("Reuven", "Reuben"),
    "נסים": ("Nissim", "Nisim"),
    "גאבר": ("Jaber", "Gaber"),
    "רוזנפלד": ("Rosenfeld",),
    "מסרי": ("Masri", "Masry"),
    "מיכאלי": ("Michaeli", "Mikhaeli"),
    "דרעי": ("Deri", "Dery"),
    "לוגסי": ("Lugasi", "Lugassy"),
    "פוקס": ("Fuchs",),
    "גולדמן": ("Goldman",),
    "ליבוביץ": ("Leibovitz", "Leibowitz"),
    "ויצמן": ("Weizman", "Weizmann"),
    "מועלם": ("Moalem", "Mualem"),
    "תורגמן": ("Turgeman", "Torjman"),
    "ליברמן": ("Liberman", "Lieberman"),
    "אביטן": ("Abitan", "Abittan"),
    "שוקרון": ("Shukrun", "Chocron"),
    "עבאס": ("Abbas",),
    "סעיד": ("Said", "Saeed"),
    "גואטה": ("Guetta", "Gueta"),
    "שוויקי": ("Shweiki", "Shwiki"),
    "עואד": ("Awad",),
    "עטיה": ("Atiya", "Atia"),
    "דגן": ("Dagan",),
    "הלוי": ("Halevi", "Halevy", "Ha-Levi"),
    "שמעוני": ("Shimoni",),
    "רוט": ("Roth", "Rot"),
    "אבו עראר": ("Abu Arar", "Abu-Arar"),
    "פולק": ("Pollak", "Polak"),
    "ברכה": ("Bracha",),
    "בן חיים": ("Ben Haim", "Ben-Haim", "Ben Chaim"),
    "דיאב": ("Diab", "Dyab"),
    "אזברגה": ("Azbarga",),
    "מנחם": ("Menachem", "Menahem"),
    "הררי": ("Harari",),
    "שקד": ("Shaked",),
    "יונס": ("Younis", "Yunis"),
    "שטיין": ("Stein", "Shtein"),
    "שאול": ("Shaul",),
    "אברהמי": ("Avrahami", "Abrahami"),
    "שמואלי": ("Shmueli",),
    "מוסא": ("Musa", "Moussa"),
    "יוסופוב": ("Yusupov", "Yusufov"),
    "סרחאן": ("Sarhan",),
    "מנשה": ("Menashe",),
}

# he_IL city_names (localities; tribal-area and acronym entries left out)
HE_TOWNS: dict[str, tuple[str, ...]] = {
    "אביבים": ("Avivim",),
    "אביחיל": ("Avihayil",),
    "אודם": ("Odem",),
    "אור הנר": ("Or HaNer",),
    "אורטל": ("Ortal",),
    "אליקים": ("Elyakim",),
    "אל סייד": ("El Sayyid",),
    "באר מילכה": ("Be'er Milka",),
    "בית ברל": ("Beit Berl",),
    "בית הלוי": ("Beit HaLevi",),
    "בית חנן": ("Beit Hanan",),
    "בית חנניה": ("Beit Hananya",),
    "בית חשמונאי": ("Beit Hashmonai",),
    "בני ציון": ("Bnei Zion",),
    "ברקאי": ("Barkai",),
    "ברקת": ("Bareket",),
    "גבעת השלושה": ("Givat HaShlosha",),
    "גדות": ("Gadot",),
    "גונן": ("Gonen",),
    "גינתון": ("Ginaton",),
    "גיתית": ("Gitit",),
    "גן שורק": ("Gan Sorek",),
    "גנות הדר": ("Ganot Hadar",),
    "גני מודיעין": ("Gannei Modiin",),
    "גרופית": ("Gerofit",),
    "דולב": ("Dolev",),
    "הסוללים": ("HaSolelim",),
    "העוגן": ("HaOgen",),
    "הר אדר": ("Har Adar",),
    "ורד יריחו": ("Vered Yeriho",),
    "זוהר": ("Zohar",),
    "חיננית": ("Hinanit",),
    "חצור הגלילית": ("Hatzor HaGlilit",),
    "חשמונאים": ("Hashmonaim",),
    "כסלון": ("Kislon",),
    "כפר אחים": ("Kfar Ahim",),
    "כפר יונה": ("Kfar Yona",),
    "כפר מסריק": ("Kfar Masaryk",),
    "כפר סירקין": ("Kfar Sirkin",),
    "לוזית": ("Luzit",),
    "לקיה": ("Lakiya",),
    "מגאר": ("Maghar",),
    "מגן": ("Magen",),
    "מזכרת בתיה": ("Mazkeret Batya",),
    "מירון": ("Meron",),
    "מכמורת": ("Michmoret",),
    "מסד": ("Masad",),
    "משמר העמק": ("Mishmar HaEmek",),
    "נווה חריף": ("Neve Harif",),
    "נוקדים": ("Nokdim",),
    "נורדיה": ("Nordiya",),
    "נחלה": ("Nahala",),
    "נירן": ("Niran",),
    "נתיב השיירה": ("Netiv HaShayara",),
    "סגולה": ("Segula",),
    "סער": ("Sa'ar",),
    "עין השופט": ("Ein HaShofet",),
    "עין צורים": ("Ein Tzurim",),
    "עלי זהב": ("Alei Zahav",),
    "עמוקה": ("Amuka",),
    "עמקה": ("Amka",),
    "עספיא": ("Isfiya",),
    "פוריידיס": ("Fureidis",),
    "פקיעין חדשה": ("Peki'in Hadasha",),
    "צורית": ("Tzurit",),
    "צפרירים": ("Tzafririm",),
    "רגבה": ("Regba",),
    "רחוב": ("Rehov",),
    "ריינה": ("Reineh",),
    "רימונים": ("Rimonim",),
    "רמות מנשה": ("Ramot Menashe",),
    "שדה אליהו": ("Sde Eliyahu",),
    "שדות מיכה": ("Sdot Micha",),
    "שדי תרומות": ("Sdei Trumot",),
    "שומרה": ("Shomera",),
    "שיטים": ("Shittim",),
    "שעב": ("Sha'ab",),
    "שפר": ("Shefer",),
    "שתולים": ("Shtulim",),
    "תלמי אליהו": ("Talmei Eliyahu",),
}

# he_IL street_titles (a selection)
HE_STREETS: dict[str, tuple[str, ...]] = {
    "אברבנאל": ("Abarbanel",),
    "אורנים": ("Oranim",),
    "אירוס": ("Iris",),
    "אלול": ("Elul",),
    "אלומה": ("Aluma",),
    "אלכסנדר ינאי": ("Alexander Yannai",),
    "אלתרמן": ("Alterman",),
    "ארבל": ("Arbel",),
    "אשל": ("Eshel",),
    "בועז": ("Boaz",),
    "ביכורים": ("Bikurim",),
    "בילינסון": ("Beilinson",),
    "בן יהודה": ("Ben Yehuda",),
    "ברוריה": ("Bruria",),
    "בשמת": ("Bosmat",),
    "גבע": ("Geva",),
    "גולדה מאיר": ("Golda Meir",),
    "גינוסר": ("Ginosar",),
    "גפן": ("Gefen",),
    "דבורה": ("Dvora",),
    "דולב": ("Dolev",),
    "דרך הגן": ("Derech HaGan",),
    "האורן": ("HaOren",),
    "האורנים": ("HaOranim",),
    "האלונים": ("HaAlonim",),
    "הברוש": ("HaBrosh",),
    "ההגנה": ("HaHagana",),
    "הזיתים": ("HaZeitim",),
    "הזמיר": ("HaZamir",),
    "החלוצים": ("HaHalutzim",),
    "החרוב": ("HaHaruv",),
    "החרמון": ("HaHermon",),
    "המייסדים": ("HaMeyasdim",),
    "המעיין": ("HaMaayan",),
    "הנורית": ("HaNurit",),
    "הפרדס": ("HaPardes",),
    "הקישון": ("HaKishon",),
    "הרקפת": ("HaRakefet",),
    "השחר": ("HaShahar",),
    "התבור": ("HaTavor",),
    "התקוה": ("HaTikva",),
    "ז'בוטינסקי": ("Jabotinsky",),
    "זכרון יעקב": ("Zichron Yaakov",),
    "חיים וייצמן": ("Chaim Weizmann",),
    "יהודה המכבי": ("Yehuda HaMaccabi",),
    "יזרעאל": ("Yizreel",),
    "ירקון": ("Yarkon",),
    "כנרת": ("Kinneret",),
    "לוטם": ("Lotem",),
    "לילינבלום": ("Lilienblum",),
    "לכיש": ("Lachish",),
    "מוצא": ("Motza",),
    "מצדה": ("Masada",),
    "משה דיין": ("Moshe Dayan",),
    "נהריה": ("Nahariya",),
    "צפת": ("Tzfat",),
    "קרן היסוד": ("Keren HaYesod",),
    "שוהם": ("Shoham",),
    "שומרון": ("Shomron",),
    "תל חי": ("Tel Hai",),
    "תפארת ישראל": ("Tiferet Yisrael",),
}

# mr_IN first_names_female: Devanagari -> spellings
MR_GIVEN_F: dict[str, tuple[str, ...]] = {
    "अंजली": ("Anjali",),
    "अनिता": ("Anita",),
    "अनुष्का": ("Anushka",),
    "अपर्णा": ("Aparna",),
    "आकांक्षा": ("Akanksha", "Aakanksha"),
    "आशा": ("Asha",),
    "इशिता": ("Ishita",),
    "उमा": ("Uma",),
    "कविता": ("Kavita", "Kavitha"),
    "कल्पना": ("Kalpana",),
    "कीर्ती": ("Kirti", "Keerti"),
    "कोमल": ("Komal",),
    "गौरी": ("Gauri", "Gowri"),
    "चेतना": ("Chetana",),
    "ज्योती": ("Jyoti", "Jyothi"),
    "तन्वी": ("Tanvi",),
    "दीपाली": ("Deepali", "Dipali"),
    "नेहा": ("Neha",),
    "पल्लवी": ("Pallavi",),
    "पूजा": ("Pooja", "Puja"),
    "प्रज्ञा": ("Pradnya", "Pragya"),
    "प्रिया": ("Priya",),
    "माधुरी": ("Madhuri",),
    "मानसी": ("Mansi", "Manasi"),
    "मीनल": ("Meenal", "Minal"),
    "मेघा": ("Megha",),
    "रेणुका": ("Renuka",),
    "रीमा": ("Reema", "Rima"),
    "रोहिणी": ("Rohini",),
    "लता": ("Lata",),
    "वैशाली": ("Vaishali",),
    "शिल्पा": ("Shilpa",),
    "श्रुती": ("Shruti", "Shruthi"),
    "स्मिता": ("Smita",),
    "स्वाती": ("Swati", "Swathi"),
    "स्नेहा": ("Sneha",),
    "हर्षदा": ("Harshada",),
}

# mr_IN first_names_male
MR_GIVEN_M: dict[str, tuple[str, ...]] = {
    "अभिजीत": ("Abhijeet", "Abhijit"),
    "अभिषेक": ("Abhishek",),
    "अमित": ("Amit",),
    "अमोल": ("Amol",),
    "अनिल": ("Anil",),
    "अनिरुद्ध": ("Aniruddha", "Anirudh"),
    "अरुण": ("Arun",),
    "अशोक": ("Ashok",),
    "आदित्य": ("Aditya",),
    "आकाश": ("Akash", "Aakash"),
    "ईश्वर": ("Ishwar", "Eshwar"),
    "उमेश": ("Umesh",),
    "किरण": ("Kiran",),
    "कैलास": ("Kailas", "Kailash"),
    "गणेश": ("Ganesh",),
    "गौरव": ("Gaurav",),
    "चेतन": ("Chetan",),
    "जितेंद्र": ("Jitendra",),
    "दत्तात्रेय": ("Dattatray", "Dattatreya"),
    "दीपक": ("Deepak", "Dipak"),
    "धनंजय": ("Dhananjay",),
    "निखिल": ("Nikhil",),
    "निलेश": ("Nilesh",),
    "पंकज": ("Pankaj",),
    "प्रकाश": ("Prakash",),
    "प्रवीण": ("Praveen", "Pravin"),
    "प्रशांत": ("Prashant",),
    "भूषण": ("Bhushan",),
    "मकरंद": ("Makarand",),
    "मंगेश": ("Mangesh",),
    "माधव": ("Madhav",),
    "मिलिंद": ("Milind",),
    "मोहन": ("Mohan",),
    "राहुल": ("Rahul",),
    "रोहित": ("Rohit",),
    "विकास": ("Vikas",),
    "विनायक": ("Vinayak",),
    "विवेक": ("Vivek",),
    "सचिन": ("Sachin",),
    "संदीप": ("Sandeep", "Sandip"),
    "समीर": ("Sameer", "Samir"),
    "सुनील": ("Sunil", "Suneel"),
    "सुरेश": ("Suresh",),
    "हर्षद": ("Harshad",),
}

# mr_IN last_names
MR_SURNAMES: dict[str, tuple[str, ...]] = {
    "आगरकर": ("Agarkar",),
    "अहेर": ("Aher",),
    "ओक": ("Oak",),
    "कदम": ("Kadam",),
    "कांबळे": ("Kamble",),
    "कुलकर्णी": ("Kulkarni",),
    "कोल्हे": ("Kolhe",),
    "गवळी": ("Gawali", "Gavli"),
    "गायकवाड": ("Gaikwad",),
    "चव्हाण": ("Chavan", "Chauhan"),
    "चौगुले": ("Chougule", "Chaugule"),
    "जगताप": ("Jagtap",),
    "जाधव": ("Jadhav",),
    "जोशी": ("Joshi",),
    "ठाकूर": ("Thakur",),
    "देशमुख": ("Deshmukh",),
    "देशपांडे": ("Deshpande",),
    "पाटील": ("Patil",),
    "पवार": ("Pawar",),
    "फडके": ("Phadke",),
    "भोसले": ("Bhosale", "Bhosle"),
    "महाजन": ("Mahajan",),
    "माने": ("Mane",),
    "मोरे": ("More",),
    "राऊत": ("Raut",),
    "शिंदे": ("Shinde",),
    "शिरसाट": ("Shirsat",),
    "साळुंखे": ("Salunkhe",),
    "साने": ("Sane",),
    "सावंत": ("Sawant", "Savant"),
}

# mr_IN cities
MR_TOWNS: dict[str, tuple[str, ...]] = {
    "अहमदनगर": ("Ahmednagar",),
    "अकोला": ("Akola",),
    "अमरावती": ("Amravati",),
    "औरंगाबाद": ("Aurangabad",),
    "उस्मानाबाद": ("Osmanabad",),
    "कोल्हापूर": ("Kolhapur",),
    "गोंदिया": ("Gondia",),
    "चंद्रपूर": ("Chandrapur",),
    "जळगाव": ("Jalgaon",),
    "ठाणे": ("Thane",),
    "धुळे": ("Dhule",),
    "नवी मुंबई": ("Navi Mumbai",),
    "नागपूर": ("Nagpur",),
    "नांदेड": ("Nanded",),
    "नाशिक": ("Nashik",),
    "पिंपरी-चिंचवड": ("Pimpri-Chinchwad",),
    "पुणे": ("Pune",),
    "परभणी": ("Parbhani",),
    "बीड": ("Beed",),
    "मुंबई": ("Mumbai",),
    "मिरज": ("Miraj",),
    "यवतमाळ": ("Yavatmal",),
    "रत्नागिरी": ("Ratnagiri",),
    "लातूर": ("Latur",),
    "वसई": ("Vasai",),
    "सांगली": ("Sangli",),
    "सातारा": ("Satara",),
    "सोलापूर": ("Solapur",),
    "हिंगोली": ("Hingoli",),
}

_ROMAN_TABLES: dict[tuple[str, str], dict[str, tuple[str, ...]]] = {
    ("he_IL", "first_names_male"): HE_GIVEN_M,
    ("he_IL", "first_names_female"): HE_GIVEN_F,
    ("he_IL", "last_names"): HE_SURNAMES,
    ("he_IL", "city_names"): HE_TOWNS,
    ("he_IL", "street_titles"): HE_STREETS,
    ("mr_IN", "first_names_male"): MR_GIVEN_M,
    ("mr_IN", "first_names_female"): MR_GIVEN_F,
    ("mr_IN", "last_names"): MR_SURNAMES,
    ("mr_IN", "cities"): MR_TOWNS,
}


def provenance_problems() -> list[str]:
    """Each table of ``FAKER_TABLES`` that is not its locale's own (empty when all are)."""
    return _provenance_problems(FAKER_TABLES)


def faker_table(loc: str, attr: str) -> list[str]:
    """The entries of the locale's own Faker table `attr` (a weighted table's keys, in order)."""
    for module, a in FAKER_TABLES[loc]:
        if a == attr:
            return [str(v) for v in own_table(module, a)]
    raise KeyError((loc, attr))


def romanization_problems() -> list[str]:
    """Every romanization-table key that its locale's Faker table does not hold (empty when none)."""
    problems = []
    for (loc, attr), table in _ROMAN_TABLES.items():
        have = set(faker_table(loc, attr))
        problems += [f"{loc}.{attr}: {k}" for k in table if k not in have]
    return problems


def romanize_he(word: str) -> str:
    """The customary romanization of a Hebrew name, town or street from the hand-written tables."""
    for attr in ("first_names_male", "first_names_female", "last_names", "city_names", "street_titles"):
        table = _ROMAN_TABLES[("he_IL", attr)]
        if word in table:
            return table[word][0]
    raise KeyError(word)


def romanize_mr(word: str) -> str:
    """The customary romanization of a Marathi name or town from the hand-written tables."""
    for attr in ("first_names_male", "first_names_female", "last_names", "cities"):
        table = _ROMAN_TABLES[("mr_IN", attr)]
        if word in table:
            return table[word][0]
    raise KeyError(word)


@dataclass(frozen=True)
class Pools:
    given: dict[tuple[str, str], list[tuple[str, ...]]]  # (locale, "m"/"f") -> spellings of one name
    surnames: dict[str, list[tuple[str, ...]]]
    towns: dict[str, list[str]]  # "he_IL", "mr_IN", "us"
    streets: list[str]
    words: list[str]  # organisation-name words


def _read(loc: str, attr: str) -> list[tuple[str, ...]]:
    table = _ROMAN_TABLES[(loc, attr)]
    out: list[tuple[str, ...]] = []
    for k in faker_table(loc, attr):
        if k in table and table[k] not in out:
            out.append(table[k])
    return out


@lru_cache(maxsize=1)
def pools() -> Pools:
    """Romanized names, towns and words, read from each locale's own Faker tables."""
    problems = romanization_problems()
    if problems:
        raise ValueError(f"romanization keys missing from the Faker tables: {problems[:5]}")
    given = {
        ("he_IL", "m"): _read("he_IL", "first_names_male"),
        ("he_IL", "f"): _read("he_IL", "first_names_female"),
        ("mr_IN", "m"): _read("mr_IN", "first_names_male"),
        ("mr_IN", "f"): _read("mr_IN", "first_names_female"),
    }
    surnames = {"he_IL": _read("he_IL", "last_names"), "mr_IN": _read("mr_IN", "last_names")}
    towns = {
        "he_IL": [t[0] for t in _read("he_IL", "city_names")],
        "mr_IN": [t[0] for t in _read("mr_IN", "cities")],
        "us": [p[0] for p in US_PLACES],
    }
    streets = [t[0] for t in _read("he_IL", "street_titles")]
    words = streets + towns["he_IL"] + towns["mr_IN"]
    return Pools(given, surnames, towns, streets, words)


# Nicknames of some customary spellings (a nickname is a NAME).
NICKNAMES = {
    "Avraham": "Avi", "Yosef": "Yossi", "Yaakov": "Kobi", "Yitzhak": "Itzik", "Mordechai": "Moti",
    "David": "Dudi", "Shmuel": "Shmulik", "Binyamin": "Benny", "Michael": "Miki", "Eliyahu": "Eli",
    "Menachem": "Mendy", "Shlomo": "Shlomi", "Refael": "Rafi", "Yehoshua": "Shuki", "Mohammad": "Hamudi",
    "Rivka": "Riki", "Shoshana": "Shoshi", "Yehudit": "Judy", "Esther": "Esti", "Hadassah": "Dasi",
    "Tzipora": "Tzipi", "Miriam": "Miri", "Rachel": "Reli", "Elisheva": "Eli", "Avigail": "Avi",
    "Jitendra": "Jitu", "Dattatray": "Datta", "Abhijeet": "Abhi", "Abhishek": "Abhi", "Vinayak": "Vinu",
    "Madhuri": "Madhu", "Pallavi": "Pallu", "Harshada": "Harshu", "Aniruddha": "Anya", "Dhananjay": "Dhanu",
    "Yonatan": "Yoni", "Yehonatan": "Yoni", "Daniel": "Dani", "Natan": "Nati", "Netanel": "Nati", "Gavriel": "Gabi",
    "Eliezer": "Eli", "Avital": "Tali", "Talia": "Tali", "Tamar": "Tami", "Yael": "Yaeli", "Shira": "Shiri",
    "Hana": "Hani", "Sara": "Sari", "Naomi": "Nomi", "Ashok": "Ashu", "Anjali": "Anju",
    "Aparna": "Appu", "Kavita": "Kavu", "Sachin": "Sachya", "Vivek": "Viku", "Ganesh": "Ganya", "Sneha": "Snehu",
    "Smita": "Smitu", "Priya": "Piu", "Shilpa": "Shilu", "Pooja": "Pooju", "Rohit": "Ronu",
}  # fmt: skip

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = (
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORD = {
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
    "twelve": "twelfth", "twenty": "twentieth", "thirty": "thirtieth",
}  # fmt: skip


def number_words(n: int) -> str:
    """0-199 in words, hyphenated ("ninety-four", "one hundred and two")."""
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {number_words(rest)}" if rest else "")
    if n < 10:
        return _UNITS[n] or "zero"
    if n < 20:
        return _TEENS[n - 10]
    return _TENS[n // 10] + (f"-{_UNITS[n % 10]}" if n % 10 else "")


def ordinal_words(n: int) -> str:
    """1-31 as ordinal words ("third", "twenty-first")."""
    words = number_words(n)
    head, _, last = words.rpartition("-")
    last = _ORD.get(last, last + "th")
    return f"{head}-{last}" if head else last


def ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def year_words(y: int) -> str:
    """A year as spoken ("nineteen fifty-two", "two thousand three", "twenty twenty-five")."""
    if 2000 <= y < 2010:
        return "two thousand" + (f" {number_words(y - 2000)}" if y > 2000 else "")
    hi, lo = divmod(y, 100)
    tail = f"oh {number_words(lo)}" if 0 < lo < 10 else ("hundred" if lo == 0 else number_words(lo))
    return f"{number_words(hi)} {tail}"


def fmt_date(d: dt.date, style: str) -> str:
    """`d` written in one of the date shapes (a DATE span's whole surface)."""
    mon, month, wd = MONTHS[d.month - 1][:3], MONTHS[d.month - 1], WEEKDAYS[d.weekday()]
    table: dict[str, Callable[[], str]] = {
        "mdy": lambda: f"{d.month:02d}/{d.day:02d}/{d.year}",
        "mdy_loose": lambda: f"{d.month}/{d.day}/{d.year}",
        "mdy_short": lambda: f"{d.month}/{d.day}/{d.year % 100:02d}",
        "md": lambda: f"{d.month}/{d.day}",
        "iso": lambda: d.isoformat(),
        "dmy_dot": lambda: f"{d.day:02d}.{d.month:02d}.{d.year}",
        "mon_dd_yyyy": lambda: f"{mon}-{d.day:02d}-{d.year}",
        "dd_mon_yyyy": lambda: f"{d.day:02d}-{mon}-{d.year}",
        "ddmonyyyy": lambda: f"{d.day:02d}{mon.upper()}{d.year}",
        "long": lambda: f"{month} {d.day}, {d.year}",
        "long_noyear": lambda: f"{month} {d.day}",
        "abbr": lambda: f"{mon} {d.day}",
        "abbr_dot_year": lambda: f"{mon}. {d.day}, {d.year}",
        "ordinal": lambda: f"{month} {d.day}{ordinal_suffix(d.day)}",
        "dmy_long": lambda: f"{d.day} {month} {d.year}",
        "wd_md": lambda: f"{wd[:3]} {d.month}/{d.day}",
        "wd_long": lambda: f"{wd}, {month} {d.day}",
        "wd_long_year": lambda: f"{wd}, {month} {d.day}, {d.year}",
        "nth": lambda: f"{d.day}{ordinal_suffix(d.day)}",
        "words": lambda: f"{month} {ordinal_words(d.day)}",
        "words_lower": lambda: f"{month.lower()} {ordinal_words(d.day)}",
        "spoken": lambda: f"{month.lower()} {ordinal_words(d.day)} {year_words(d.year)}",
        "the_of": lambda: f"{ordinal_words(d.day)} of {month}",
        "hl7": lambda: f"{d.year}{d.month:02d}{d.day:02d}",
        "month_year": lambda: f"{month} {d.year}",
        "mm_yyyy": lambda: f"{d.month:02d}/{d.year}",
        "ymd_slash": lambda: f"{d.year}/{d.month:02d}/{d.day:02d}",
    }
    return table[style]()


@dataclass(frozen=True)
class Person:
    loc: str
    sex: str  # "m" or "f"
    given: str
    surname: str
    middle: str = ""
    nick: str = ""

    @property
    def canon(self) -> str:
        return self.given


RELATIONS = {
    "child": ("son", "daughter"), "parent": ("father", "mother"), "grandparent": ("grandfather", "grandmother"),
    "spouse": ("husband", "wife"), "sibling": ("brother", "sister"), "grandchild": ("grandson", "granddaughter"),
    "nibling": ("nephew", "niece"), "auncle": ("uncle", "aunt"), "cousin": ("cousin", "cousin"),
    "neighbor": ("neighbor", "neighbor"),
}  # fmt: skip


def he(p: Person) -> str:
    return "he" if p.sex == "m" else "she"


def his(p: Person) -> str:
    return "his" if p.sex == "m" else "her"


# Relatives' words (not names) and honorifics that stay outside NAME spans.
KIN: dict[str, dict[str, tuple[str, ...]]] = {
    "he_IL": {"m": ("Saba", "Aba", "Dod"), "f": ("Savta", "Ima", "Doda")},
    "mr_IN": {"m": ("Ajoba", "Baba", "Kaka"), "f": ("Aaji", "Aai", "Mavshi")},
}
HONORIFIC_BEFORE: dict[str, dict[str, tuple[str, ...]]] = {
    "he_IL": {"m": ("Rav", "Reb", "Adon", "Mr."), "f": ("Gveret", "Mrs.", "Ms.")},
    "mr_IN": {"m": ("Shri", "Mr."), "f": ("Smt.", "Kumari", "Mrs.")},
}
HONORIFIC_AFTER: dict[str, dict[str, tuple[str, ...]]] = {
    "he_IL": {"m": (), "f": ()},
    "mr_IN": {"m": ("ji", "saheb", "dada"), "f": ("ji", "tai", "bai")},
}

NAME_STYLES_MSG = (
    "full", "full", "full", "given", "given", "given", "lower", "lower_given", "CAPS", "last_first",
    "init_last", "full_mid", "given_init", "nick", "surname",
)  # fmt: skip
NAME_STYLES_CLIN = (
    "full", "full", "last_first", "last_first_mi", "LAST_first", "LAST_FIRST", "CAPS", "full_mi", "init_last",
    "surname", "SURNAME",
)  # fmt: skip


def name_str(p: Person, style: str) -> str:
    """The person's name in one of the shapes (a NAME span's whole surface)."""
    g, s, m = p.given, p.surname, p.middle
    mi = f" {m[0]}." if m else ""
    table: dict[str, Callable[[], str]] = {
        "full": lambda: f"{g} {s}",
        "full_mid": lambda: f"{g} {m} {s}" if m else f"{g} {s}",
        "full_mi": lambda: f"{g}{mi} {s}",
        "last_first": lambda: f"{s}, {g}",
        "last_first_mi": lambda: f"{s}, {g}{mi}",
        "LAST_first": lambda: f"{s.upper()}, {g}",
        "LAST_FIRST": lambda: f"{s.upper()}, {g.upper()}{mi.upper()}",
        "CAPS": lambda: f"{g} {s}".upper(),
        "lower": lambda: f"{g} {s}".lower(),
        "lower_given": lambda: g.lower(),
        "given": lambda: g,
        "surname": lambda: s,
        "SURNAME": lambda: s.upper(),
        "init_last": lambda: f"{g[0]}. {s}",
        "initials": lambda: f"{g[0]}{s[0]}",
        "initials_dot": lambda: f"{g[0]}.{s[0]}.",
        "initials_lower": lambda: f"{g[0]}{s[0]}".lower(),
        "nick": lambda: p.nick or g,
        "given_init": lambda: f"{g} {s[0]}.",
        "hl7": lambda: f"{s.upper()}^{g.upper()}" + (f"^{m[0].upper()}" if m else ""),
    }
    return table[style]()


# --- keep terms: non-PHI words a coder needs ------------------------------------------------------

INSURERS = (
    "Aetna", "Cigna", "UnitedHealthcare", "Humana", "Anthem Blue Cross", "Horizon BCBSNJ", "EmblemHealth",
    "Oscar Health", "Molina Healthcare", "Ambetter", "WellCare", "Tufts Health Plan", "Harvard Pilgrim",
    "Blue Cross Blue Shield of Illinois", "Kaiser Permanente", "Medicare", "Medicaid", "TRICARE",
)  # fmt: skip
CLINICAL_DEPARTMENTS = (
    "Cardiology", "Nephrology", "Physical Therapy", "Oncology", "Wound Care", "Endocrinology", "Neurology",
    "Pulmonology", "Orthopedics", "Dermatology", "Rheumatology", "Pediatrics", "Medical Genetics",
)  # fmt: skip
COMP_CARRIERS = ("Travelers", "Liberty Mutual", "The Hartford", "Zenith", "Sedgwick", "Gallagher Bassett", "AmTrust")
EPONYMS = (  # (eponym kept, the rest of the condition's name)
    ("Parkinson", " disease"), ("Crohn", " disease"), ("Hashimoto", " thyroiditis"), ("Alzheimer", " disease"),
    ("Graves", " disease"), ("Cushing", " syndrome"), ("Raynaud", " phenomenon"), ("Meniere", " disease"),
    ("Bell", "'s palsy"), ("Barrett", "'s esophagus"), ("Marfan", " syndrome"), ("Sjogren", " syndrome"),
    ("Tourette", " syndrome"), ("Addison", " disease"), ("Wilson", " disease"), ("Huntington", " disease"),
    ("Lyme", " disease"), ("Guillain-Barre", " syndrome"), ("Kawasaki", " disease"), ("Hodgkin", " lymphoma"),
)  # fmt: skip
DEPARTMENTS = (
    "Health Information Management", "Patient Financial Services", "Interpreter Services", "Cardiology",
    "Nephrology", "Transplant Surgery", "Physical Therapy", "Oncology", "Wound Care", "Anesthesiology",
    "Medical Genetics", "Travel Medicine", "Case Management", "Emergency Department", "Pediatrics",
    "Endocrinology", "Neurology", "Pulmonology", "Orthopedics", "Dermatology", "Rheumatology",
)  # fmt: skip
DEVICES: dict[str, tuple[tuple[str, str, str], ...]] = {  # kind -> (maker, model name, model number)
    "pacer": (
        ("Medtronic", "Azure XT DR MRI", "W1DR01"), ("Boston Scientific", "Accolade MRI", "L331"),
        ("Abbott", "Assurity MRI", "PM2272"), ("Biotronik", "Edora 8 DR-T", "407145"),
    ),
    "icd": (
        ("Medtronic", "Cobalt XT VR", "DVPA2D4"), ("Boston Scientific", "Resonate EL ICD", "D433"),
        ("Abbott", "Gallant VR", "CDVRA500Q"),
    ),
    "lead": (("Medtronic", "CapSureFix Novus", "5076"), ("Boston Scientific", "Ingevity+", "7840"), ("Abbott", "Tendril STS", "2088TC")),
    "pump": (("Smiths Medical", "CADD-Solis VIP", "2120"), ("Baxter", "Sigma Spectrum", "35700BAX"), ("Moog", "CURLIN 6000", "340-4137")),
    "o2": (("Inogen", "One G5", "IS-500"), ("Philips Respironics", "SimplyGo Mini", "1121000"), ("Invacare", "Platinum Mobile", "POC1-100B")),
    "wheelchair": (("Drive Medical", "Cruiser III", "K316DDA"), ("Invacare", "Tracer SX5", "T5A")),
    "bed": (("Invacare", "Full-Electric Homecare Bed", "5410IVC"), ("Drive Medical", "Delta Ultra Lite", "15300HB")),
    "tablet": (("Apple", "iPad 9th generation", "A2602"), ("Samsung", "Galaxy Tab A8", "SM-X200"), ("Lenovo", "Tab M10", "TB-X606F")),
    "wound_vac": (("KCI", "ActiV.A.C.", "340000"), ("Smith+Nephew", "PICO 7", "66802000")),
    "cycler": (("Baxter", "Amia", "5C8310"), ("Fresenius", "Liberty Select", "180187")),
    "breast_pump": (("Medela", "Symphony", "024.0000"), ("Ameda", "Platinum", "17075")),
    "port": (("BD", "PowerPort ClearVUE", "1708000"), ("AngioDynamics", "Smart Port", "SP-ISP")),
    "insulin_pump": (("Insulet", "Omnipod 5", "PDM-INT2"), ("Tandem", "t:slim X2", "1004000")),
    "vent": (("Hamilton Medical", "Hamilton-C6", "160001"), ("Draeger", "Evita V800", "8422000")),
    "implant": (("Straumann", "BLT RC 4.1 x 10 mm", "021.5510"), ("Nobel Biocare", "NobelActive 4.3", "34128")),
    "monitor": (("Medtronic", "MyCareLink Smart", "25000"), ("Abbott", "Merlin@home", "EX1150"), ("Biotronik", "CardioMessenger Smart", "429525")),
}  # fmt: skip
ICD10 = {
    "dm2": ("E11.9", "type 2 diabetes"), "afib": ("I48.91", "atrial fibrillation"), "esrd": ("N18.6", "ESRD"),
    "ktx": ("Z94.0", "kidney transplant status"), "breast": ("C50.911", "breast cancer"),
    "sacral": ("L89.153", "stage 3 sacral pressure injury"), "acl": ("S83.511A", "ACL sprain"),
    "lbp": ("M54.50", "low back pain"), "fhx_breast": ("Z80.3", "family history of breast cancer"),
    "strain": ("S39.012A", "lumbar strain"), "bw": ("P07.15", "birth weight 1500-1749 g"),
    "ga": ("P07.34", "31 completed weeks"), "sss": ("I49.5", "sick sinus syndrome"), "asthma": ("J45.40", "asthma"),
    "imm": ("Z23", "immunization"), "caries": ("K02.52", "dentin caries"), "hf": ("I50.22", "chronic systolic heart failure"),
    "dfu": ("E11.621", "diabetic foot ulcer"), "copd": ("J44.1", "COPD exacerbation"), "chole": ("K80.20", "gallstones"),
    "mdd": ("F32.1", "major depressive disorder"), "aud": ("F10.20", "alcohol use disorder"),
    "hl": ("Z15.01", "genetic susceptibility to breast cancer"), "fall": ("W19.XXXA", "unspecified fall"),
    "sepsis": ("A41.9", "sepsis"), "resp": ("J96.01", "acute hypoxic respiratory failure"), "mvc": ("V43.52XA", "car driver injured"),
}  # fmt: skip
CPT = {
    "est3": "99213", "est4": "99214", "lapchole": "47562", "ther_ex": "97110", "manual": "97140", "remote": "93294",
    "remote_tech": "93296", "crit": "99291", "yf": "90717", "typhoid": "90691", "chemo": "96413", "ktx": "50360",
    "nicu": "99468", "debride": "97597", "genetic": "96040", "ed": "99285", "hepa": "90632", "rabies": "90675",
    "pt_eval": "97162", "gait": "97116", "interrog": "93288", "eval_psych": "90791", "psych_test": "96136",
    "telehealth": "98005", "xray": "71046",
}  # fmt: skip
HCPCS = {"o2": "E1390", "o2_port": "E0431", "wheelchair": "K0001", "bed": "E0260", "pump": "E0784", "npwt": "E2402", "npwt_supply": "A6550", "dex": "J1100", "infusion": "S9500"}  # fmt: skip
CDT = ("D0120", "D0150", "D0274", "D1110", "D2391", "D2392", "D2740", "D3330", "D6010", "D7140", "D7210")
LOINC = (
    ("2160-0", "Creatinine", "mg/dL", (0.5, 4.5)), ("2345-7", "Glucose", "mg/dL", (60, 320)),
    ("718-7", "Hemoglobin", "g/dL", (7.0, 16.5)), ("6690-2", "WBC", "10*3/uL", (2.0, 19.0)),
    ("2951-2", "Sodium", "mmol/L", (125, 148)), ("2823-3", "Potassium", "mmol/L", (2.9, 6.1)),
    ("4548-4", "Hemoglobin A1c", "%", (5.1, 11.8)), ("777-3", "Platelets", "10*3/uL", (40, 450)),
    ("1920-8", "AST", "U/L", (12, 240)), ("1742-6", "ALT", "U/L", (8, 260)),
    ("33762-6", "NT-proBNP", "pg/mL", (40, 9000)), ("10839-9", "Troponin I", "ng/mL", (0.0, 2.5)),
    ("3016-3", "TSH", "mIU/L", (0.1, 9.0)), ("2093-3", "Cholesterol", "mg/dL", (120, 290)),
)  # fmt: skip

_MARK = re.compile(r"\x01([A-Z_]+)\x02([^\x01-\x04]*)\x03|\x04([a-z]+)\x02([^\x01-\x04]*)\x03")


def P(kind: str, value: str) -> str:
    """Mark `value` as a PHI span of `kind`."""
    assert value and value == value.strip() and not re.search(r"[\x01-\x04]", value), (kind, value)
    return f"\x01{kind}\x02{value}\x03"


def K(kind: str, term: str) -> str:
    """Mark `term` as a keep term of `kind`."""
    assert kind in KEEP_KINDS and term == term.strip() and term, (kind, term)
    return f"\x04{kind}\x02{term}\x03"


_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUE = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9)))}
_VIN_VALUE.update(dict(zip("JKLMN", range(1, 6))) | {"P": 7, "R": 9} | dict(zip("STUVWXYZ", range(2, 10))))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)

ORG_TLDS = ("org", "health", "clinic", "care", "net", "com", "us", "co", "legal", "coop")
PERSONAL_DOMAINS = (
    "gmail.com", "yahoo.co.in", "walla.co.il", "012.net.il", "netvision.net.il", "rediffmail.com", "proton.me",
    "pm.me", "fastmail.fm", "hey.com", "icloud.com", "outlook.co.il", "zoho.in", "aol.com", "verizon.net",
    "comcast.net", "bezeqint.net", "hotmail.co.uk", "mail.com", "gmx.us", "tutanota.de", "yandex.com",
)  # fmt: skip

FAC_PATTERNS: dict[str, tuple[str, ...]] = {
    "clinic": ("{T} Medical Center", "{T} Family Health Center", "{W} Internal Medicine", "{T} Community Health", "{W} Medical Associates", "{S} Medical Group", "{T} Primary Care"),
    "hospital": ("{T} General Hospital", "{W} Memorial Hospital", "{T} Medical Center", "{W} Health System", "{T} Regional Medical Center"),
    "pharmacy": ("{W} Pharmacy", "{S} Drugs", "{T} Apothecary", "{W} Community Pharmacy", "{S} Family Pharmacy"),
    "infusion": ("{W} Home Infusion", "{T} Infusion Partners", "{S} Infusion Services", "{W} Specialty Infusion"),
    "dme": ("{S} Medical Supply", "{W} Home Medical Equipment", "{T} Respiratory & DME", "{W} HME"),
    "law": ("{S} & {S2} LLP", "{S} Law Group", "Law Offices of {S} & {S2}", "{S} {S2} PC"),
    "school": ("{W} Elementary School", "{T} Middle School", "{W} Academy", "{S} Day School", "{T} High School", "{W} Yeshiva"),
    "employer": ("{W} Logistics", "{S} Construction", "{T} Distribution Center", "{W} Foods Inc.", "{S} Brothers Moving", "{W} Warehousing LLC"),
    "court": ("{U} Municipal Court", "{U} County Superior Court", "{U} County Family Court", "{U} District Court"),
    "dental": ("{W} Dental Studio", "{S} Family Dentistry", "{T} Oral Surgery", "{W} Smiles"),
    "lab": ("{W} Genomics", "{T} Reference Laboratory", "{W} Diagnostics", "{S} Genetics Lab"),
    "transplant": ("{T} Transplant Institute", "{W} Kidney Center", "{T} Dialysis", "{W} Renal Care"),
    "children": ("{W} Children's Center", "{T} Women and Infants", "{W} Birthing Center", "{T} Children's Hospital"),
    "travel": ("{T} Travel Health", "{W} Travel Medicine Clinic", "{W} Passport Health Clinic"),
    "interp": ("{W} Language Services", "{S} Interpreting LLC", "{W} Language Link"),
    "ems": ("{T} Volunteer Ambulance Corps", "{W} EMS", "{T} Fire Rescue", "{U} Hatzalah"),
    "cancer": ("{W} Cancer Institute", "{T} Oncology Associates", "{W} Cancer Center"),
    "rehab": ("{W} Physical Therapy", "{T} Sports & Spine", "{S} Rehabilitation", "{W} Rehab Partners"),
    "heart": ("{W} Heart Rhythm Clinic", "{T} Cardiology Associates", "{W} Heart Institute"),
    "eval": ("{W} Forensic Associates", "{T} Behavioral Health", "{S} Psychological Services"),
}  # fmt: skip


class Ctx:
    """One row's random choices: every PHI value and keep term comes through here, marked."""

    def __init__(self, rng: random.Random, pools_: Pools, family: str) -> None:
        self.r = rng
        self.pl = pools_
        self.family = family
        self.today = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(660))
        self.case = ""  # "upper" or "lower" for the whole row
        self.wrap = False
        self.long = 0  # how many extra sections a clinical note gets
        place = rng.choice(US_PLACES)
        self.us_town, self.state, self.zip3, self.areas = place

    # --- plain random helpers
    def ch(self, seq: Sequence[T]) -> T:
        return self.r.choice(seq)

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        s = "".join(self.ch("0123456789") for _ in range(n))
        return (self.ch("123456789") + s[1:]) if first_nonzero else s

    def letters(self, n: int) -> str:
        return "".join(self.ch(_LETTERS) for _ in range(n))

    def alnum(self, n: int, lower: bool = False) -> str:
        chars = "abcdefghjkmnpqrstuvwxyz23456789" if lower else "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        return "".join(self.ch(chars) for _ in range(n))

    def pick(self, *options: str) -> str:
        return self.r.choice(options)

    def k(self, kind: str, term: str) -> str:
        return K(kind, term)

    def epo(self) -> str:
        """An eponymous condition; the eponym is a keep term."""
        name, rest = self.r.choice(EPONYMS)
        return K("eponym", name) + rest

    # --- people
    def person(self, loc: str = "", sex: str = "", middle: float = -1.0) -> Person:
        loc = loc or self.ch(("he_IL", "he_IL", "mr_IN"))
        sex = sex or self.ch("mf")
        sp = self.r.choice(self.pl.given[(loc, sex)])
        given = sp[0] if len(sp) == 1 or self.p(0.6) else self.ch(sp[1:])
        ss = self.r.choice(self.pl.surnames[loc])
        surname = ss[0] if len(ss) == 1 or self.p(0.6) else self.ch(ss[1:])
        mid = ""
        if loc == "he_IL":
            if self.p(0.1 if middle < 0 else middle):
                mid = self.r.choice(self.pl.given[(loc, sex)])[0]
            if sex == "f" and self.p(0.2) and " " not in surname and "-" not in surname:
                other = self.r.choice(self.pl.surnames[loc])[0]
                if " " not in other and "-" not in other and other != surname:
                    surname = f"{surname}-{other}"
        elif self.p(0.35 if middle < 0 else middle):  # Marathi middle name: the father's or husband's given name
            mid = self.r.choice(self.pl.given[(loc, "m")])[0]
        if mid == given:
            mid = ""
        return Person(loc, sex, given, surname, mid, NICKNAMES.get(sp[0], ""))

    def nicknamed(self, loc: str = "") -> Person:
        """A person who has a nickname, when one turns up within a few draws."""
        p = self.person(loc=loc)
        for _ in range(6):
            if p.nick:
                break
            p = self.person(loc=loc)
        return p

    def nm(self, p: Person, style: str = "") -> str:
        if not style:
            style = self.ch(NAME_STYLES_MSG if self.family == "messages" else NAME_STYLES_CLIN)
        return P("NAME", name_str(p, style))

    def rel(self, kind: str, loc: str = "", sex: str = "") -> tuple[Person, str]:
        """A relative of `kind` ("child", "parent", ...) and the word for them."""
        p = self.person(loc=loc, sex=sex)
        return p, RELATIONS[kind][0 if p.sex == "m" else 1]

    def kin(self, p: Person) -> str:
        return self.ch(KIN[p.loc][p.sex])

    def honor(self, p: Person, name_style: str = "") -> str:
        """The name with an honorific before or after it (outside the span)."""
        after = HONORIFIC_AFTER[p.loc][p.sex]
        if after and self.p(0.45):
            return f"{self.nm(p, name_style or self.pick('given', 'surname', 'full'))} {self.ch(after)}"
        return f"{self.ch(HONORIFIC_BEFORE[p.loc][p.sex])} {self.nm(p, name_style or self.pick('surname', 'full'))}"

    def dr(self, p: Person | None = None, style: str = "") -> str:
        p = p or self.person()
        return f"Dr. {self.nm(p, style or self.pick('surname', 'surname', 'full', 'init_last'))}"

    # --- dates and ages
    def date_between(self, a: dt.date, b: dt.date) -> dt.date:
        return a + dt.timedelta(days=self.r.randrange(max(1, (b - a).days)))

    def recent(self, back: int = 120, ahead: int = 0) -> dt.date:
        return self.today + dt.timedelta(days=self.r.randint(-back, ahead))

    def soon(self, days: int = 45) -> dt.date:
        return self.today + dt.timedelta(days=self.r.randint(1, days))

    def dob(self, age: int) -> dt.date:
        return self.today - dt.timedelta(days=age * 365 + self.r.randrange(1, 360))

    def dt_(self, d: dt.date, *styles: str) -> str:
        if not styles:
            styles = (
                ("mdy", "mdy_loose", "mdy_short", "md", "md", "long", "long_noyear", "abbr", "ordinal", "wd_md", "wd_long", "iso", "dmy_dot", "mon_dd_yyyy")
                if self.family == "messages"
                else ("mdy", "mdy", "mdy_loose", "iso", "dd_mon_yyyy", "mon_dd_yyyy", "ddmonyyyy", "long", "dmy_dot", "md", "abbr_dot_year", "dmy_long")
            )  # fmt: skip
        return P("DATE", fmt_date(d, self.ch(styles)))

    def adult_age(self, old: float = 0.2) -> int:
        if self.p(old):
            return self.r.randint(90, 104)
        return self.r.randint(19, 89)

    def day_ref(self, d: dt.date, *styles: str) -> str:
        """A date in one of `styles`, or as "the 14th" (the span is "14th")."""
        return f"the {self.dt_(d, 'nth')}" if self.p(0.4) else self.dt_(d, *styles)

    def age(self, n: int, words: bool = False) -> str:
        s = number_words(n) if words else str(n)
        return P("AGE", s) if n >= 90 else s

    # --- contact details
    def phone_digits(self, area: str = "") -> tuple[str, str, str]:
        area = area or self.ch(self.areas)
        exch = self.ch("23456789") + self.digits(2)
        if exch[1:] == "11":
            exch = exch[0] + "21"
        return area, exch, self.digits(4)

    def phone_str(self, style: str = "", ext: float = 0.15) -> str:
        a, e, n = self.phone_digits()
        style = style or self.pick(
            "paren", "paren", "dash", "dash", "dot", "plus", "plus_dash", "bare", "one", "local", "plus_paren"
        )
        s = {
            "paren": f"({a}) {e}-{n}", "dash": f"{a}-{e}-{n}", "dot": f"{a}.{e}.{n}", "plus": f"+1 {a} {e} {n}",
            "plus_dash": f"+1-{a}-{e}-{n}", "bare": f"{a}{e}{n}", "one": f"1-{a}-{e}-{n}", "local": f"{e}-{n}",
            "plus_paren": f"+1 ({a}) {e}-{n}", "il": f"+972 5{self.ch('02348')}-{self.digits(3)}-{self.digits(4)}",
            "il_land": f"+972-{self.ch('2389')}-{self.digits(3)}-{self.digits(4)}",
            "in": f"+91 {self.ch('6789')}{self.digits(4)} {self.digits(5)}", "in_land": f"+91-20-{self.digits(4)}-{self.digits(4)}",
        }[style]  # fmt: skip
        if style not in ("il", "il_land", "in", "in_land", "local") and self.p(ext):
            s += self.pick(
                f" x{self.digits(3)}",
                f" ext. {self.digits(2, True)}",
                f" ext {self.digits(1, True)}",
                f" extension {self.digits(4, True)}",
                f"x{self.digits(2, True)}",
            )
        return s

    def ph(self, style: str = "", ext: float = 0.15) -> str:
        return P("PHONE", self.phone_str(style, ext))

    def fx(self, style: str = "") -> str:
        return P("FAX", self.phone_str(style or self.pick("paren", "dash", "dot", "plus", "bare", "one"), ext=0.0))

    def email_str(self, p: Person | None = None, org: str = "") -> str:
        p = p or self.person()
        g = re.sub(r"[^a-z]", "", p.given.lower())
        s = re.sub(r"[^a-z]", "", p.surname.lower())
        local = self.pick(
            f"{g}.{s}",
            f"{g[0]}{s}",
            f"{s}_{g}",
            f"{g}{s[0]}",
            f"{g}.{s}{self.digits(2)}",
            f"{g}{self.r.randint(1950, 2008)}",
            f"{g}.{s}+{self.pick('portal', 'health', 'kids', 'mom')}",
            f"{s}.{g[0]}",
        )
        if org:
            return f"{self.pick(f'{g[0]}{s}', f'{g}.{s}', f'{g}')}@{org}"
        return f"{local}@{self.ch(PERSONAL_DOMAINS)}"

    def em(self, p: Person | None = None, org: str = "") -> str:
        return P("EMAIL", self.email_str(p, org))

    def ip(self) -> str:
        kind = self.r.randrange(4)
        if kind == 0:
            s = f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        elif kind == 1:
            s = f"192.168.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        elif kind == 2:
            s = f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        else:
            s = f"{self.r.choice((23, 45, 64, 73, 84, 98, 107, 131, 141, 162, 174, 185, 203, 212))}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        return P("IP", s)

    def slug(self, name: str) -> str:
        words = re.sub(r"[^a-z ]", "", name.lower()).split()
        return "".join(words[:2]) or "clinic"

    def url(self, kind: str = "", org: str = "") -> str:
        org = org or self.slug(self.ch(self.pl.words)) + self.pick("health", "care", "med", "")
        tld = self.ch(("org", "health", "com", "net", "care"))
        tok = self.alnum(self.r.randint(6, 12), lower=self.p(0.5))
        kind = kind or self.pick("portal", "short", "meet", "upload", "www", "http")
        s = {
            "portal": f"https://mychart.{org}.{tld}/proxy/{tok}",
            "short": f"https://{self.pick('tinyurl.com', 'bit.ly', 'rb.gy', 'is.gd')}/{tok}",
            "meet": f"https://{self.pick('meet', 'video', 'tele')}.{org}.{tld}/room/{tok}",
            "upload": f"https://secure.{org}.{tld}/upload?ref={tok}",
            "www": f"www.{org}.{tld}/r/{tok}",
            "http": f"http://{org}.{tld}/p/{tok}",
            "photo": f"https://wounds.{org}.{tld}/pt/{self.digits(7)}/photos",
            "page": f"https://www.{self.pick('caringbridge.org/visit', 'gofundme.com/f', 'mealtrain.com/trains')}/{tok.lower()}",
        }[kind]  # fmt: skip
        return P("URL", s)

    # --- places
    def town(self, loc: str = "") -> str:
        loc = loc or self.ch(("he_IL", "mr_IN", "us"))
        return P("LOCATION", self.ch(self.pl.towns[loc]))

    def us_town_p(self) -> str:
        return P("LOCATION", self.us_town)

    def zip_str(self) -> str:
        z = self.zip3 + self.digits(2)
        return z + (f"-{self.digits(4)}" if self.p(0.2) else "")

    def zp(self) -> str:
        return P("ZIP", self.zip_str())

    def street_str(self) -> str:
        w = self.ch(self.pl.streets) if self.p(0.6) else self.ch(US_STREET_WORDS)
        if self.p(0.15):
            w = self.ch(self.pl.towns["mr_IN"])
        suffix = "" if w.endswith(("Lane", "Road")) else " " + self.ch(STREET_SUFFIXES)
        s = f"{self.r.randint(2, 9899)} {w}{suffix}"
        if self.p(0.3):
            s += self.pick(
                f" Apt {self.r.randint(1, 40)}{self.pick('', 'A', 'B', 'R', 'L')}",
                f" Unit {self.r.randint(1, 300)}",
                f" #{self.r.randint(1, 12)}{self.pick('A', 'B', 'C', 'F')}",
                f", Apt. {self.r.randint(1, 20)}{self.ch('ABCD')}",
                f" Fl {self.r.randint(2, 9)}",
            )
        return s

    def ad(self, kind: str = "") -> str:
        kind = kind or ("po" if self.p(0.08) else "us")
        if kind == "po":
            return P("ADDRESS", f"PO Box {self.r.randint(10, 99999)}")
        if kind == "il":
            return P(
                "ADDRESS",
                f"{self.ch(self.pl.streets)} St. {self.r.randint(1, 120)}"
                + (f", apt. {self.r.randint(1, 30)}" if self.p(0.5) else ""),
            )
        if kind == "in":
            return P(
                "ADDRESS",
                f"Flat {self.r.randint(1, 12)}0{self.r.randint(1, 9)}, {self.ch(self.pl.surnames['mr_IN'])[0]} Heights, {self.ch(self.pl.towns['mr_IN'])} Road",
            )
        return P("ADDRESS", self.street_str())

    def full_address(self, sep: str = ", ") -> str:
        """Street line, town, state, ZIP."""
        return f"{self.ad()}{sep}{self.us_town_p()}, {self.state} {self.zp()}"

    def fac_str(self, kind: str) -> str:
        pat = self.ch(FAC_PATTERNS[kind])
        loc = self.ch(("he_IL", "mr_IN"))
        s1 = self.r.choice(self.pl.surnames[loc])[0]
        s2 = self.r.choice(self.pl.surnames[self.ch(("he_IL", "mr_IN"))])[0]
        t = self.us_town if self.p(0.35) else self.ch(self.pl.towns[self.ch(("he_IL", "mr_IN"))])
        return pat.format(T=t, W=self.ch(self.pl.words), S=s1, S2=s2 if s2 != s1 else "Oak", U=self.us_town)

    def fac(self, kind: str) -> str:
        return P("FACILITY", self.fac_str(kind))

    def org_domain(self, fac_name: str) -> str:
        return f"{self.slug(fac_name)}.{self.ch(ORG_TLDS)}"

    # --- numbers
    def ssn(self, style: str = "") -> str:
        area = self.r.choice([a for a in range(1, 900) if a != 666])
        g, s = self.r.randint(1, 99), self.r.randint(1, 9999)
        style = style or self.pick("dash", "dash", "dash", "space", "bare")
        sep = {"dash": "-", "space": " ", "bare": ""}[style]
        return P("SSN", f"{area:03d}{sep}{g:02d}{sep}{s:04d}")

    def mrn(self) -> str:
        return P(
            "MRN",
            self.pick(
                self.digits(8),
                self.digits(7, True),
                f"E{self.digits(7)}",
                f"MR-{self.digits(3)}-{self.digits(4)}",
                f"{self.digits(4)}-{self.digits(4)}",
                f"00{self.digits(6)}",
                f"H{self.digits(6)}",
            ),
        )

    def acct(self) -> str:
        return P(
            "ACCOUNT",
            self.pick(
                self.digits(10, True),
                f"A-{self.digits(4)}-{self.digits(4)}",
                f"{self.digits(9, True)}",
                f"G{self.digits(8)}",
                f"HAR{self.digits(9)}",
                f"{self.digits(3)}-{self.digits(6)}-{self.digits(2)}",
            ),
        )

    def mbi(self) -> str:
        c = self.ch
        return f"{c('123456789')}{c(_MBI_LETTERS)}{c(_MBI_LETTERS + '0123456789')}{c('0123456789')}{c(_MBI_LETTERS)}{c(_MBI_LETTERS + '0123456789')}{c('0123456789')}{c(_MBI_LETTERS)}{c(_MBI_LETTERS)}{c('0123456789')}{c('0123456789')}"

    def hp_str(self, kind: str = "") -> str:
        kind = kind or self.pick("letters", "w", "u", "digits", "mbi", "medicaid")
        if kind == "mbi":
            m = self.mbi()
            return f"{m[:4]}-{m[4:7]}-{m[7:]}" if self.p(0.5) else m
        return {
            "letters": f"{self.letters(3)}{self.digits(9)}", "w": f"W{self.digits(9)}", "u": f"U{self.digits(4)} {self.digits(4)} {self.digits(2)}",
            "digits": f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}", "medicaid": f"{self.letters(2)}{self.digits(5)}{self.letters(1)}",
            "tricare": self.digits(11, True),
        }[kind]  # fmt: skip

    def hp(self, kind: str = "") -> str:
        return P("HEALTH_PLAN", self.hp_str(kind))

    def lic(self, kind: str = "") -> str:
        kind = kind or self.pick("dl", "dl", "med", "rn")
        if kind == "dl":
            s = {
                "NJ": f"{self.letters(1)}{self.digits(4)} {self.digits(5)} {self.digits(5)}", "NY": f"{self.digits(3)} {self.digits(3)} {self.digits(3)}",
                "MA": f"S{self.digits(8)}", "IL": f"{self.letters(1)}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}", "CA": f"{self.letters(1)}{self.digits(7)}",
                "TX": self.digits(8, True), "FL": f"{self.letters(1)}{self.digits(3)}-{self.digits(3)}-{self.digits(2)}-{self.digits(3)}-0",
            }.get(self.state, f"{self.letters(1)}{self.digits(8)}")  # fmt: skip
        elif kind == "med":
            s = self.pick(
                f"25MA{self.digits(6)}",
                f"MD{self.digits(6)}",
                f"0{self.digits(6)}",
                f"G{self.digits(5)}",
                f"{self.digits(3)}.{self.digits(6)}",
            )
        elif kind == "rn":
            s = self.pick(f"RN{self.digits(7)}", f"26NR{self.digits(8)}", f"{self.digits(7)}", f"NUR.{self.digits(7)}")
        elif kind == "dds":
            s = self.pick(f"22DI{self.digits(6)}", f"DN{self.digits(5)}", f"{self.digits(5)}")
        elif kind == "ems":
            s = self.pick(f"E{self.digits(7)}", f"P{self.digits(6)}", f"{self.letters(2)}-{self.digits(6)}")
        elif kind == "psy":
            s = self.pick(f"PSY{self.digits(5)}", f"35SI{self.digits(8)}", f"{self.digits(6)}")
        elif kind == "pt":
            s = self.pick(f"40QA{self.digits(8)}", f"PT{self.digits(6)}", f"{self.digits(6)}")
        elif kind == "interp":
            s = self.pick(f"CCHI-{self.digits(5)}", f"{self.digits(6)}", f"NBCMI {self.digits(5)}")
        else:
            raise KeyError(kind)
        return P("LICENSE", s)

    def plate_str(self) -> str:
        kind = self.r.randrange(8)
        return (
            f"{self.letters(1)}{self.digits(2)}-{self.letters(3)}", f"{self.letters(3)}-{self.digits(4)}", f"{self.digits(1, True)}{self.letters(2)} {self.digits(3)}",
            f"{self.letters(2)} {self.digits(5)}", f"{self.digits(1, True)}{self.letters(3)}{self.digits(3)}", f"{self.digits(3)}-{self.digits(2)}-{self.digits(3)}",
            f"MH {self.digits(2)} {self.letters(2)} {self.digits(4)}", f"{self.letters(3)}{self.digits(4)}",
        )[kind]  # fmt: skip

    def plate(self) -> str:
        return P("VEHICLE", self.plate_str())

    def vin(self) -> str:
        chars = [self.ch(_VIN_CHARS) for _ in range(17)]
        chars[9] = self.ch("LMNPRST")  # model year 2020-2026
        total = sum(_VIN_VALUE[ch] * w for ch, w in zip(chars, _VIN_WEIGHTS)) % 11
        chars[8] = "X" if total == 10 else str(total)
        return P("VEHICLE", "".join(chars))

    def serial(self, kind: str = "") -> str:
        s = {
            "pacer": f"{self.letters(3)}{self.digits(6)}{self.letters(1)}", "lead": f"{self.letters(3)}{self.digits(7)}",
            "pump": f"{self.digits(4)}-{self.digits(5)}", "o2": f"{self.letters(2)}{self.digits(8)}", "tablet": self.alnum(12),
            "wound_vac": f"{self.letters(3)}{self.digits(5)}", "cycler": f"{self.digits(2)}{self.letters(1)}{self.digits(6)}",
            "breast_pump": f"{self.letters(2)}-{self.digits(5)}", "port": f"{self.letters(4)}{self.digits(4)}", "insulin_pump": f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}",
            "wheelchair": f"{self.letters(2)}{self.digits(4)}-{self.digits(4)}", "bed": f"{self.digits(2)}{self.letters(2)}{self.digits(6)}",
            "monitor": f"{self.letters(3)}{self.digits(6)}R", "implant": f"{self.letters(2)}{self.digits(6)}", "hearing": f"{self.digits(8)}",
        }.get(kind, f"{self.letters(2)}{self.digits(7)}")  # fmt: skip
        return P("DEVICE", s)

    def device(self, kind: str) -> tuple[str, str, str]:
        """(maker, model name, model number) of a device of `kind`, as keep terms."""
        maker, model, number = self.r.choice(DEVICES[kind])
        return K("maker", maker), K("model", model), K("model", number)

    def lot(self) -> str:
        return K(
            "lot",
            self.pick(
                f"{self.digits(1, True)}{self.letters(1)}{self.digits(1)}{self.letters(1)}{self.digits(1)}",
                f"{self.letters(2)}{self.digits(4)}",
                f"{self.digits(2)}{self.letters(1)}{self.digits(3)}{self.letters(1)}",
                f"L{self.digits(4)}-{self.digits(1, True)}",
                f"{self.letters(1)}{self.digits(6)}",
            ),
        )

    def id_(self, kind: str = "") -> str:
        s = {
            "rx": self.pick(f"{self.digits(7, True)}", f"RX{self.digits(7)}", f"{self.digits(3)}-{self.digits(5)}", f"6{self.digits(6)}-{self.digits(2)}"),
            "order": self.pick(f"SO-{self.digits(6)}", f"{self.letters(2)}{self.digits(7)}", f"ORD{self.digits(8)}", f"#{self.digits(6)}"[1:]),
            "claim": self.pick(f"{self.digits(3)}-{self.digits(2)}-{self.digits(6)}", f"WC{self.digits(2)}-{self.digits(6)}", f"{self.letters(3)}{self.digits(9)}", f"{self.digits(12)}"),
            "ticket": self.pick(f"INC{self.digits(7)}", f"TKT-{self.digits(6)}", f"SR{self.digits(8)}", f"{self.digits(6)}"),
            "meeting": self.pick(f"{self.digits(3)} {self.digits(4)} {self.digits(4)}", self.digits(10, True), f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}"),
            "passport": self.pick(f"{self.digits(9, True)}", f"{self.letters(1)}{self.digits(7)}", f"{self.digits(8, True)}"),
            "student": self.pick(f"{self.digits(7)}", f"S{self.digits(6)}", f"{self.r.randint(2030, 2038)}{self.digits(4)}"),
            "accession": self.pick(f"{self.letters(2)}{self.digits(2)}-{self.digits(6)}", f"A{self.digits(9)}", f"{self.digits(2)}-{self.letters(3)}-{self.digits(5)}"),
            "case": self.pick(f"{self.letters(3)}-{self.digits(2)}-{self.digits(6)}", f"{self.digits(2)}-CR-{self.digits(5)}", f"FM-{self.digits(2)}-{self.digits(4)}-{self.digits(2)}", f"{self.digits(4)}CV{self.digits(6)}"),
            "donor": self.pick(f"{self.letters(3)}{self.digits(3)}", f"{self.letters(4)}{self.digits(3)}", f"DN-{self.digits(6)}"),
            "subject": self.pick(f"{self.digits(3)}-{self.digits(4)}", f"S{self.digits(2)}-{self.digits(3)}", f"{self.letters(2)}{self.digits(3)}-{self.digits(3)}"),
            "encounter": self.pick(f"{self.digits(10)}", f"V{self.digits(9)}", f"ENC-{self.digits(8)}"),
            "auth": self.pick(f"{self.letters(2)}{self.digits(8)}", f"PA-{self.digits(7)}", f"{self.digits(11)}"),
            "pcr": self.pick(f"{self.r.randint(2024, 2026)}-{self.digits(6)}", f"PCR{self.digits(8)}", f"{self.digits(2)}-{self.digits(5)}"),
            "conf": self.pick(f"{self.letters(3)}{self.digits(5)}", f"{self.alnum(8)}", f"CNF-{self.digits(6)}"),
            "tz": self.teudat_zehut(),
            "pan": f"{self.letters(3)}P{self.letters(1)}{self.digits(4)}{self.letters(1)}",
            "handle": f"@{self.person().given.lower().replace(' ', '').replace(chr(39), '')}{self.pick('_', '.', '')}{self.pick(self.digits(2), self.letters(1).lower(), 'x', 'z')}",
            "user": f"{self.person().given.lower().replace(' ', '').replace(chr(39), '')}{self.digits(2)}{self.pick('', '_', '.')}{self.letters(1).lower()}",
            "msg": f"{self.digits(14)}",
            "photo": f"IMG_{self.today.year}{self.digits(4)}_{self.digits(6)}.jpg",
            "bag": f"{self.digits(3)}-{self.digits(4)}",
        }[kind]  # fmt: skip
        return P("ID", s)

    def teudat_zehut(self) -> str:
        """A 9-digit Israeli identity number with its check digit."""
        body = [self.r.randint(0, 9) for _ in range(8)]
        total = 0
        for i, d in enumerate(body):
            v = d * (1 if i % 2 == 0 else 2)
            total += v - 9 if v > 9 else v
        return "".join(map(str, body)) + str((10 - total % 10) % 10)


# --- messages ---------------------------------------------------------------------------------------


def _clock(c: Ctx, twelve: bool = True) -> str:
    h, m = c.r.randint(7, 20), c.r.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
    if twelve:
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
    return f"{h:02d}:{m:02d}"


class _Clock:
    """Times of day that move forward through a chat (a clock time is never PHI)."""

    def __init__(self, c: Ctx) -> None:
        self.c = c
        self.minutes = c.r.randint(7 * 60, 15 * 60)

    def __call__(self) -> str:
        self.minutes = min(self.minutes + self.c.r.randint(0, 9), 23 * 60 + 59)
        h, m = divmod(self.minutes, 60)
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def _smiley(c: Ctx) -> str:
    return c.pick(" :)", " :-)", " :(", " ;)", " :D", " <3", " :/", " :-(", " :P", "")


def m_pharmacy_sms(c: Ctx) -> str:
    """Pharmacy-to-patient text reminders, sometimes a short two-way thread."""
    pt = c.person()
    pharm = c.fac_str("pharmacy")
    drug = c.k(
        "drug",
        c.pick(
            "atorvastatin",
            "metformin ER",
            "levothyroxine",
            "sertraline",
            "apixaban",
            "amlodipine",
            "Ozempic",
            "albuterol HFA",
            "tamsulosin",
            "insulin glargine",
        ),
    )
    rx = c.id_("rx")
    head = P("FACILITY", pharm) if c.p(0.7) else P("FACILITY", pharm.upper())
    v = c.r.randrange(4)
    if v == 0:
        out = f"{head}: Hi {c.honor(pt) if c.p(0.35) else c.nm(pt, c.pick('given', 'given', 'CAPS', 'full', 'nick'))}, your Rx #{rx} ({drug} {c.pick('10 mg', '500 mg', '50 mcg', '5 mg', '0.4 mg')}) is ready for pickup at {c.ad('us')}, {c.us_town_p()}. Pick up by {c.dt_(c.soon(7), 'md', 'wd_md', 'abbr', 'mdy_short')} or it returns to stock. Questions? {c.ph('paren')}. Reply STOP to opt out"
    elif v == 1:
        out = f"{head} REMINDER: Rx {rx} for {c.nm(pt, c.pick('CAPS', 'init_last', 'given_init'))} is due for refill {c.dt_(c.soon(10), 'md', 'wd_md', 'long_noyear')}. Reply 1 to refill, 2 to have us call {c.nm(c.person(), 'given')} (your prescriber's office). Manage refills: {c.url('short')}"
    elif v == 2:
        age = c.r.randint(22, 88)
        out = (
            f"{head}: Your {c.k('insurer', c.ch(INSURERS))} plan rejected Rx {rx} - prior authorization needed. We faxed {c.dr()} at {c.fx()} on {c.dt_(c.recent(5), 'md', 'abbr')}.\n"
            f"Me: ok can u deliver when its approved? to {c.ad()} {c.zp()}. im {age} and cant drive rn{_smiley(c)}\n"
            f"{head}: Yes - delivery scheduled {c.dt_(c.soon(6), 'wd_md', 'wd_long', 'md')} between 2-5pm. Driver {c.nm(c.person(), 'given')} will text from {c.ph(c.pick('dash', 'bare', 'plus'))}. Acct {c.acct()}."
        )
    else:
        vax = c.pick("Shingrix", "Arexvy", "Fluzone High-Dose", "Prevnar 20", "Comirnaty", "Tdap (Boostrix)")
        out = (
            f"{head}: {c.nm(pt, 'given')}, dose 2 of your {c.k('drug', vax)} is due on or after {c.dt_(c.soon(40), 'long_noyear', 'md', 'ordinal')}. Dose 1 given {c.dt_(c.recent(90), 'md', 'mdy_short')} (Lot {c.lot()}). "
            f"To confirm it's you, reply with your DOB.\nMe: {c.dt_(c.dob(c.adult_age(0.15)), 'mdy', 'mdy_loose', 'mdy_short')}\n{head}: Thanks! Book here: {c.url(c.pick('short', 'www'))} or call {c.ph()}"
        )
    return out


def m_home_infusion(c: Ctx) -> str:
    """Home-infusion nurse visit scheduling."""
    pt = c.nicknamed() if c.p(0.4) else c.person()
    nurse = c.person()
    co = c.fac_str("infusion")
    drug = c.pick(
        "IVIG (Gamunex-C)", "ertapenem", "daptomycin", "infliximab", "ocrelizumab", "TPN", "ceftriaxone", "vancomycin"
    )
    maker, model, number = c.device("pump")
    parts = [
        f"Hi {c.honor(pt) if c.p(0.35) else c.nm(pt, c.pick('given', 'given', 'full', 'nick'))}, this is {c.nm(nurse, c.pick('full', 'given'))}, RN with {P('FACILITY', co)}.",
        f"Your next {c.k('drug', drug)} infusion is {c.dt_(c.soon(9), 'wd_md', 'wd_long', 'md', 'long_noyear')} at {_clock(c)}.",
        f"Please keep the {maker} {model} pump (SN {c.serial('pump')}) plugged in the night before.",
    ]
    if c.p(0.6):
        parts.append(
            f"Supplies ship from our {c.town('us') if c.p(0.5) else c.us_town_p()} pharmacy on {c.dt_(c.soon(5), 'md', 'abbr', 'wd_md')}; tracking {c.id_('order')}."
        )
    if c.p(0.5):
        parts.append(
            f"{c.k('insurer', c.ch(INSURERS))} approved {c.k('code', HCPCS['infusion'])} per diem through {c.dt_(c.soon(60), 'md', 'mdy', 'long')} (member ID {c.hp()})."
        )
    parts.append(f"Call or text {c.ph(c.pick('dash', 'paren', 'plus'), ext=0.3)} with questions.")
    kid, kw = c.rel(c.pick("child", "spouse"), pt.loc)
    par, pw = c.rel("parent", pt.loc)
    reply = c.pick(
        f"can we do {c.day_ref(c.soon(12), 'md', 'wd_md')} instead? my {kw} {c.nm(kid, c.pick('given', 'lower_given'))} can be home then, {he(kid)}s {c.r.randint(25, 60)}",
        f"Thank you {c.nm(nurse, 'given')}{_smiley(c)} My {pw} is {c.age(c.r.randint(90, 99))} so please ring the bell twice, {he(par)}'s slow to the door. Our new address is {c.ad()}, {c.us_town_p()}.",
        f"ok. the pump beeped all night, error code 22? serial is {c.serial('pump')}",
        f"Confirmed, side door please. MRN if you need it {c.mrn()}",
    )
    return (
        " ".join(parts) + f"\n\n> {reply}"
        if c.p(0.5)
        else " ".join(parts) + f"\n\nReply from {c.nm(pt, 'given')}: {reply}"
    )


def m_dme_chat(c: Ctx) -> str:
    """Durable-medical-equipment delivery chat with timestamps."""
    pt = c.person()
    agent = c.person()
    kind = c.pick("o2", "wheelchair", "bed")
    maker, model, number = c.device(kind)
    code = HCPCS[{"o2": "o2", "wheelchair": "wheelchair", "bed": "bed"}[kind]]
    what = {"o2": "portable oxygen concentrator", "wheelchair": "wheelchair", "bed": "hospital bed"}[kind]
    co = c.fac_str("dme")
    clock = _Clock(c)
    lines = [
        f"Chat started {c.dt_(c.today, 'mdy', 'long', 'wd_long_year')} {clock()} - {P('FACILITY', co)} support",
        f"{clock()} {c.nm(agent, c.pick('given', 'given_init'))} (agent): Hi! How can I help?",
        f"{clock()} {c.nm(pt, c.pick('full', 'given', 'lower'))}: hi my {what} was supposed to come {c.pick('on ', '')}{c.day_ref(c.recent(4), 'wd_md', 'md', 'long_noyear')} and never did. order {c.id_('order')}",
        f"{clock()} {c.nm(agent, 'given')} (agent): Sorry about that! Can you confirm the delivery address and date of birth?",
        f"{clock()} {c.nm(pt, 'given')}: {c.ad()}, {c.us_town_p()} {c.zp()}. dob {c.dt_(c.dob(c.adult_age(0.3)), 'mdy', 'mdy_loose', 'mdy_short')}",
    ]
    if kind == "o2":
        lines.append(
            f"{clock()} {c.nm(agent, 'given')} (agent): Thanks. It's an {maker} {model} ({number}), billed as {c.k('code', code)} to {c.k('insurer', c.ch(INSURERS))} member {c.hp()}. The driver shows it was loaded on van plate {c.plate()} this morning."
        )
    else:
        lines.append(
            f"{clock()} {c.nm(agent, 'given')} (agent): Thanks. The {maker} {model} (model {number}), {c.k('code', code)}, serial {c.serial(kind)} is on truck {c.plate()} with {c.nm(c.person(), 'given')}."
        )
    if c.p(0.6):
        who, word = c.pick("mom", "grandmother", "aunt"), "shes"
        if c.p(0.4):
            who, word = c.pick("dad", "grandfather", "uncle"), "hes"
        lines.append(
            f"{clock()} {c.nm(pt, 'given')}: ok. its for my {who} {word} {c.age(c.r.randint(88, 101))}, please call my cell {c.ph(c.pick('bare', 'dash', 'dot'))} not the house{_smiley(c)}"
        )
    if kind == "o2" and c.p(0.7):
        lines.append(
            f"{clock()} {c.nm(agent, 'given')} (agent): Noted. Concentrator serial will be {c.serial('o2')}; keep it 6 inches from the wall. Account {c.acct()}."
        )
    lines.append(
        f"{clock()} {c.nm(agent, 'given')} (agent): Rescheduled for {c.dt_(c.soon(3), 'wd_md', 'md', 'wd_long')}, 8-12 window. Anything else?"
    )
    return "\n".join(lines)


def m_proxy_access(c: Ctx) -> str:
    """Patient-portal proxy-access requests."""
    parent = c.person(loc=c.pick("he_IL", "mr_IN"))
    me = c.person(loc=parent.loc)
    age = c.r.randint(90, 103) if c.p(0.45) else c.r.randint(58, 89)
    rel = RELATIONS[c.pick("parent", "parent", "grandparent", "auncle")][0 if parent.sex == "m" else 1]
    mine = RELATIONS[c.pick("child", "grandchild", "nibling")][0 if me.sex == "m" else 1]
    portal = c.fac_str(c.pick("clinic", "hospital"))
    lines = [
        f"Subject: Proxy access request - {c.nm(parent, c.pick('full', 'CAPS', 'last_first'))}",
        "",
        f"Hello, I am requesting proxy access to my {rel}'s {P('FACILITY', portal)} portal account.",
        f"Patient: {c.nm(parent, c.pick('full', 'full_mid', 'last_first'))}",
        f"DOB: {c.dt_(c.dob(age), 'mdy', 'long', 'dmy_dot', 'iso')}",
        f"MRN: {c.mrn()}",
        f"Age: {c.age(age, c.p(0.3))}"
        if c.p(0.7)
        else f"{he(parent).title()} is {c.age(age, c.p(0.5))} and can't use a computer.",
        f"My name: {c.nm(me, c.pick('full', 'full_mid'))}, {mine}, phone {c.ph()}, email {c.em(me)}.",
    ]
    if c.p(0.6):
        lines.append(
            f"I attached my driver's license ({c.lic('dl')}) and the signed form dated {c.dt_(c.recent(20), 'mdy', 'md', 'long')}."
        )
    if c.p(0.5):
        lines.append(
            f"{his(parent).title()} portal username is {c.id_('user')}; the site locked me out after logins from {c.ip()} (my work VPN)."
        )
    if c.p(0.5):
        lines.append(
            f"Until last year {he(parent)} lived at {c.ad('il' if parent.loc == 'he_IL' else 'in')}, {c.town(parent.loc)} {P('ZIP', c.digits(7, True) if parent.loc == 'he_IL' else '4' + c.digits(5))}, so older records may be there."
        )
    if c.p(0.6):
        lines.append(
            f"{he(parent).title()} was born in {c.town(parent.loc)}, {'Israel' if parent.loc == 'he_IL' else 'India'} and {his(parent)} ID there was {c.id_('tz' if parent.loc == 'he_IL' else 'pan')}, in case the records use it."
        )
    if c.p(0.4):
        lines.append(f"If needed, {his(parent)} SSN is {c.ssn()}.")
    if c.p(0.35):
        sib, sw = c.rel("sibling", me.loc)
        lines.append(
            f"My {sw} {c.nm(sib, c.pick('given', 'full', 'nick'))} in {c.town(me.loc)} is also on the form: {c.ph('il' if me.loc == 'he_IL' else 'in')}."
        )
    lines += ["", c.pick("Thank you,", "Thanks!", "Regards,", "Best"), c.nm(me, c.pick("given", "full", "init_last"))]
    return "\n".join(lines)


def m_interpreter(c: Ctx) -> str:
    """Interpreter requests from staff or family."""
    pt = c.person()
    lang = (
        c.pick("Marathi", "Marathi", "Hindi") if pt.loc == "mr_IN" else c.pick("Hebrew", "Hebrew", "Arabic", "Russian")
    )
    age = c.adult_age(0.4)
    dept = c.k("department", c.ch(CLINICAL_DEPARTMENTS))
    relp, rel_word = c.rel(c.pick("child", "grandchild"), pt.loc)
    if c.p(0.55):
        body = (
            f"To: {c.k('department', 'Interpreter Services')}\nRe: {lang} interpreter\n\n"
            f"Please book an in-person {lang} interpreter for {c.honor(pt, 'full') if c.p(0.35) else c.nm(pt, c.pick('full', 'LAST_first', 'last_first'))} (MRN {c.mrn()}) on {c.dt_(c.soon(20), 'mdy', 'wd_md', 'long', 'md')} at {_clock(c)} with {c.dr()} in {dept}. "
            f"Patient is {c.age(age, c.p(0.25))} {c.pick('years old', 'yo', 'y/o')} and hard of hearing; video interpreting did not work last time. "
            f"{rel_word.title()} {c.nm(relp, c.pick('given', 'full'))} can be reached at {c.ph()} but should NOT interpret."
        )
        if c.p(0.5):
            body += f" Last visit the interpreter was {c.nm(c.person(), 'full')} (cert. {c.lic('interp')}) from {c.fac('interp')}, who the family liked."
        body += f"\n\n{c.nm(c.person(), c.pick('full', 'given'))}, {c.pick('RN', 'MA', 'LPN', 'front desk')}, {c.ph('local') if c.p(0.4) else c.ph(ext=0.6)}"
    else:
        body = (
            f"hello, i am writing for my {RELATIONS['parent'][0 if pt.sex == 'm' else 1]} {c.honor(pt)}. {he(pt)} speak only {lang}, little english. "
            f"appointment is {c.day_ref(c.soon(20), 'md', 'long_noyear', 'dmy_dot')} with {c.dr()} for {c.epo()} follow up. "
            f"please arrange {lang} interpreter, {c.pick('female', 'male')} if possible. {he(pt)} is {c.age(age)}. "
            f"my number {c.ph(c.pick('in', 'il', 'dash', 'paren'))}, whatsapp same.{_smiley(c)} - {c.nm(relp, c.pick('given', 'lower', 'full'))}"
        )
    return body


def m_records_release(c: Ctx) -> str:
    """Medical-records release requests."""
    pt = c.person()
    firm = c.fac_str("law")
    atty = c.person()
    fdom = c.org_domain(firm)
    start = c.recent(900, -200)
    lines = [
        f"TO: {c.fac(c.pick('hospital', 'clinic'))} - {c.k('department', 'Health Information Management')}",
        f"FAX: {c.fx()}",
        f"FROM: {P('FACILITY', firm)}, {c.ad()}, {c.us_town_p()}, {c.state} {c.zp()}",
        f"RE: {c.nm(pt, c.pick('LAST_FIRST', 'full_mi', 'last_first_mi'))}   DOB: {c.dt_(c.dob(c.adult_age(0.1)), 'mdy', 'mdy_loose')}   SSN: {c.ssn()}",
        "",
        f"Pursuant to the enclosed HIPAA-compliant authorization signed {c.dt_(c.recent(30), 'mdy', 'long')}, please produce complete records, itemized bills and imaging for dates of service {c.dt_(start, 'mdy', 'mdy_loose')} through {c.dt_(start + dt.timedelta(days=c.r.randint(20, 180)), 'mdy', 'mdy_loose')}, including the {c.k('department', c.ch(CLINICAL_DEPARTMENTS))} visits billed under CPT {c.k('code', CPT[c.pick('est3', 'est4', 'ed', 'xray')])}.",
    ]
    if c.p(0.6):
        lines.append(
            f"Electronic copies may be uploaded at {c.url(c.pick('upload', 'www'))} (reference {c.id_('conf')})."
        )
    if c.p(0.5):
        lines.append(
            f"Our client also treated at {c.fac('rehab')} in {c.town()} after the accident; please forward if in your chart."
        )
    lines += [
        "",
        f"Please contact {c.nm(atty, c.pick('full', 'full_mi'))}, Esq. ({c.pick('paralegal', 'attorney')}) at {c.ph(ext=0.5)} or {c.em(atty, fdom)}.",
        "Thank you for your prompt attention.",
    ]
    return "\n".join(lines)


def m_billing(c: Ctx) -> str:
    """Billing disputes with account numbers."""
    pt = c.person()
    ins = c.k("insurer", c.ch(INSURERS))
    dos = c.recent(200, -20)
    fac = c.fac(c.pick("hospital", "clinic"))
    v = c.r.randrange(2)
    if v == 0:
        out = (
            f"Re: Account {c.acct()}\n\nTo {c.k('department', 'Patient Financial Services')},\n\n"
            f"I was billed twice for my visit at {fac} on {c.dt_(dos, 'mdy', 'long', 'mon_dd_yyyy')}: CPT {c.k('code', CPT['est4'])} and again {c.k('code', CPT['est3'])} the same day. "
            f"{ins} (member ID {c.hp()}) already paid per the EOB dated {c.dt_(dos + dt.timedelta(days=c.r.randint(20, 50)), 'mdy', 'md')}, claim # {c.id_('claim')}. "
            f"The statement also prints my full SSN ({c.ssn()}), which should not be on a bill!{_smiley(c) if c.p(0.2) else ''}\n\n"
            f"Please call me at {c.ph()} or fax the corrected statement to {c.fx()}.\n{c.nm(pt, c.pick('full', 'full_mi', 'full_mid'))}\n{c.full_address(', ')}"
        )
    else:
        out = (
            f"hi, i paid ${c.r.randint(40, 900)}.{c.digits(2)} online on {c.dt_(c.recent(30), 'md', 'mdy_short', 'abbr')} (confirmation {c.id_('conf')}) but got a collections letter today for acct {c.acct()} "
            f"from {fac}. the charge was the {c.k('drug', c.pick('Prolia', 'Tdap', 'Botox', 'Kenalog'))} shot, {c.k('code', HCPCS['dex'])}, which {ins} covers. "
            f"my member id is {c.hp()}. the payment page logged my IP as {c.ip()} if that helps you find it. call {c.ph(c.pick('bare', 'dash'))} after 5. - {c.nm(pt, c.pick('lower', 'given', 'full'))}"
        )
    return out


def m_genetic(c: Ctx) -> str:
    """Genetic-counselling follow-ups."""
    pt = c.person(sex="f")
    gc = c.person()
    lab = c.fac_str("lab")
    gene = c.pick("BRCA2", "MLH1", "PALB2", "CHEK2", "MSH6", "ATM")
    syndrome = c.pick("Lynch", "Li-Fraumeni", "Cowden", "Peutz-Jeghers")
    rel1 = c.person(loc=pt.loc, sex="f")
    out = (
        f"Hi {c.honor(pt) if c.p(0.3) else c.nm(pt, c.pick('given', 'given', 'full'))},\n\nThis is {c.nm(gc, c.pick('full', 'given'))}, genetic counselor, following up on your {P('FACILITY', lab)} results (accession {c.id_('accession')}) reported {c.dt_(c.recent(20), 'md', 'long_noyear', 'mdy')}. "
        f"No pathogenic variant was found in {gene}; there is one variant of uncertain significance, so {c.k('eponym', syndrome)} syndrome is not confirmed. "
        f"For the family history: your maternal grandmother {c.nm(rel1, c.pick('given', 'full'))} was diagnosed at {c.r.randint(41, 79)} and is now {c.age(c.r.randint(90, 99), c.p(0.4))}; "
        f"your aunt in {c.town(pt.loc)} was diagnosed at {c.r.randint(35, 60)}. "
        f"I coded today's visit as {c.k('code', ICD10['fhx_breast'][0])} and {c.k('code', CPT['genetic'])}."
    )
    if c.p(0.6):
        cousin = c.person(loc=pt.loc)
        out += f" Your cousin {c.nm(cousin, c.pick('full', 'given'))} can get cascade testing free within 90 days; {he(cousin)} can call {c.ph(ext=0.5)} or e-mail {c.em(gc, c.org_domain(lab))}."
    out += f"\n\nSchedule the results visit here: {c.url(c.pick('portal', 'meet', 'short'))}\n{c.nm(gc, c.pick('init_last', 'full'))}, MS, CGC | {c.k('department', 'Medical Genetics')}"
    return out


def m_tech_support(c: Ctx) -> str:
    """Telehealth tech-support threads."""
    pt = c.person()
    agent = c.person()
    maker, model, number = c.device("tablet")
    tk = c.id_("ticket")
    lines = [
        f"Ticket {tk} | Telehealth support",
        f"[{c.nm(pt, c.pick('full', 'lower', 'CAPS'))} | {c.dt_(c.today, 'mdy', 'mdy_short', 'iso')} {_clock(c)}]",
        f"I cant get into my video visit with {c.dr()} on {c.dt_(c.soon(3), 'wd_md', 'md', 'wd_long')}. it says 'device not supported'. I'm using the loaner {maker} {model} ({number}), serial {c.serial('tablet')}.{_smiley(c)}",
        f"[{c.nm(agent, c.pick('given', 'given_init'))} | support]",
        f"Sorry for the trouble! Our logs show the attempt came from {c.ip()} and timed out. Please try this direct link: {c.url('meet')} - meeting ID {c.id_('meeting')}.",
    ]
    if c.p(0.5):
        helper, hw = c.rel(c.pick("child", "neighbor", "grandchild"), pt.loc)
        lines.append(
            f"[{c.nm(pt, 'given')}]\nstill no. my {hw} {c.nm(helper, 'given')} is here and {he(helper)}'s {c.r.randint(16, 45)}, {he(helper)} tried too. can you call {c.ph(c.pick('paren', 'dash', 'bare'))}?"
        )
    if c.p(0.5):
        lines.append(
            f"[{c.nm(agent, 'given')} | support]\nCalled and fixed - the tablet clock was set to {c.dt_(c.recent(400, -300), 'mdy', 'md')}. Also updated the e-mail on file to {c.em(pt)}."
        )
    else:
        lines.append(
            f"[{c.nm(agent, 'given')} | support]\nEscalated to {c.k('department', c.ch(CLINICAL_DEPARTMENTS))} scheduling; they will send a new link by text. MRN on the ticket: {c.mrn()}."
        )
    return "\n".join(lines)


def m_school_nurse(c: Ctx) -> str:
    """School-nurse notes to parents."""
    parent = c.person(loc=c.pick("he_IL", "mr_IN"))
    kid = c.person(loc=parent.loc, middle=0.0)
    kid = Person(kid.loc, kid.sex, kid.given, parent.surname, "", kid.nick)
    nurse = c.person()
    school = c.fac_str("school")
    age = c.r.randint(5, 17)
    drug = c.pick("albuterol", "EpiPen Jr", "cetirizine", "ibuprofen", "glucagon")
    lines = [
        f"{P('FACILITY', school)} - Health Office",
        f"{c.ad()}, {c.us_town_p()}, {c.state} {c.zp()} | Fax {c.fx()}",
        "",
        f"Dear {c.honor(parent, 'surname') if c.p(0.3) else c.nm(parent, c.pick('full', 'given'))},",
        f"{c.nm(kid, c.pick('given', 'full'))} ({'Kindergarten' if age < 6 else f'Grade {age - 5}'}, student ID {c.id_('student')}) visited the health office today, {c.dt_(c.today, 'md', 'wd_long', 'mdy', 'long_noyear')}, at {_clock(c)} with {c.pick('wheezing after recess', 'a nosebleed', 'a headache and fever of 100.9', 'a low blood sugar of 58', 'hives on both arms')}. "
        f"{he(kid).title()} is {age} and was {c.pick('given', 'offered')} {c.k('drug', drug)} per the order on file.",
    ]
    if c.p(0.5):
        maker, model, number = c.device("insulin_pump")
        lines.append(
            f"{his(kid).title()} {maker} {model} pump (serial {c.serial('insulin_pump')}) alarmed; please send a new pod or call us at {c.ph(ext=0.7)}."
        )
    else:
        lines.append(
            f"Please send {c.nm(kid, c.pick('given', 'nick'))}'s updated {c.k('drug', drug)} (ours is Lot {c.lot()}, expired) and the signed medication form by {c.dt_(c.soon(10), 'md', 'wd_md', 'long_noyear')}."
        )
    if c.p(0.5):
        lines.append(
            f"{c.nm(c.person(loc=parent.loc), c.pick('full', 'given'))} is listed for pick-up in the grey car, plate {c.plate()}; please bring ID."
        )
    lines += [
        "",
        f"{c.nm(nurse, c.pick('full', 'full_mi'))}, RN, school nurse",
        c.em(nurse, c.org_domain(school)) if c.p(0.7) else c.ph(),
    ]
    return "\n".join(lines)


def m_workers_comp(c: Ctx) -> str:
    """Workers'-compensation adjuster e-mails."""
    adj = c.person()
    emp = c.person()
    employer = c.fac_str("employer")
    carrier = c.ch(COMP_CARRIERS)
    dom = f"{re.sub(r'[^a-z]', '', carrier.lower())}.{c.pick('com', 'net', 'claims')}"
    doi = c.recent(120, -5)
    icd = c.ch((ICD10["strain"], ICD10["acl"], ICD10["lbp"]))
    lines = [
        f"From: {c.em(adj, dom)}",
        f"To: {c.em(c.person(), c.org_domain(c.fac_str('rehab')))}",
        f"Date: {c.dt_(c.today, 'wd_long_year', 'long', 'mdy')} {_clock(c)}",
        f"Subject: WC claim {c.id_('claim')} - {c.nm(emp, c.pick('LAST_FIRST', 'full', 'last_first'))} - DOI {c.dt_(doi, 'mdy', 'mdy_loose')}",
        "",
        f"{c.dr()},",
        f"I am the adjuster at {c.k('insurer', carrier)} on this claim. Your patient, a {c.r.randint(19, 64)}-year-old warehouse associate at {P('FACILITY', employer)}, reports injuring {his(emp)} back on {c.dt_(doi, 'long_noyear', 'md', 'mdy')} while unloading trailer {c.plate()} (VIN {c.vin()}) at our {c.town()} dock.",
        f"Please send work status notes with {c.k('code', icd[0])} and restrictions to fax {c.fx()}.",
    ]
    if c.p(0.6):
        lines.append(
            f"For the state first report I also need: SSN {c.ssn()}, driver's license {c.lic('dl')}, home {c.full_address(', ')}."
        )
    if c.p(0.4):
        lines.append(
            f"Note: the employee is also treating at {c.fac('rehab')} and the IME is {c.dt_(c.soon(30), 'mdy', 'long')} with {c.dr()}."
        )
    lines += ["", "Thanks,", f"{c.nm(adj, c.pick('full', 'full_mi'))} | Claims Adjuster", c.ph(ext=0.8)]
    return "\n".join(lines)


def m_travel(c: Ctx) -> str:
    """Travel-clinic vaccine questions."""
    pt = c.person()
    start = c.soon(60)
    countries = c.r.sample(
        (
            "Kenya",
            "Peru",
            "Thailand",
            "Vietnam",
            "Tanzania",
            "Brazil",
            "Ghana",
            "Nepal",
            "Colombia",
            "Morocco",
            "Cambodia",
            "Indonesia",
        ),
        2,
    )
    vax = c.pick("Typhim Vi", "Vivotif", "YF-Vax", "Ixiaro", "Havrix", "Imovax Rabies")
    older = c.p(0.4)
    out = (
        f"Hello {c.fac('travel')},\n\nI'm traveling to {countries[0]} and {countries[1]} from {c.dt_(start, 'md', 'long_noyear', 'mdy', 'dmy_dot')} to {c.dt_(start + dt.timedelta(days=c.r.randint(7, 40)), 'md', 'long_noyear', 'mdy', 'dmy_dot')}. "
        f"Do I need yellow fever ({c.k('code', CPT['yf'])})? I had {c.k('drug', vax)} (lot {c.lot()}) on {c.dt_(c.recent(900, -100), 'mdy', 'long', 'mm_yyyy', 'month_year')} at {c.fac('pharmacy')} in {c.town()}. "
    )
    if older:
        out += f"My {c.pick('father', 'mother')} ({c.age(c.r.randint(90, 97))}) wants to come for the family wedding in {c.town(pt.loc)} - is the vaccine safe at that age? "
    else:
        out += f"I'm {c.r.randint(21, 70)} and {c.pick('pregnant', 'on methotrexate', 'healthy', 'allergic to eggs')}. "
    if c.p(0.35):
        out += f"While abroad I'll be on {c.ph(c.pick('il', 'in'))}. "
    out += f"My passport number is {c.id_('passport')} if you need it for the certificate. Insurance is {c.k('insurer', c.ch(INSURERS))}, member {c.hp()}.\n\nYou can reach me at {c.ph(c.pick('paren', 'plus', 'dash'))} or {c.em(pt)}.\n{c.nm(pt, c.pick('full', 'given', 'full_mid'))}"
    return out


def m_group_chat(c: Ctx) -> str:
    """Family group chat with timestamps and handles."""
    elder = c.person()
    fam = [c.nicknamed(elder.loc), c.nicknamed(elder.loc), c.person(loc=elder.loc)]
    day = c.today
    age = c.r.randint(88, 99)
    kin = c.kin(elder)

    clock = _Clock(c)

    def stamp() -> str:
        return f"[{c.dt_(day, 'md', 'md', 'mdy_short')} {clock()}]"

    hosp = c.fac(c.pick("hospital", "clinic"))
    lines = [
        f"{stamp()} {c.nm(fam[0], c.pick('full', 'given', 'lower'))}: {kin} {c.nm(elder, c.pick('given', 'nick')) + ' ' if c.p(0.5) else ''}is in the ER at {hosp}, fell again{_smiley(c)}",
        f"{stamp()} {c.nm(fam[1], c.pick('given', 'lower_given', 'nick', 'nick'))}: omg. is {he(elder)} ok?? which room",
        f"{stamp()} {c.nm(fam[0], c.pick('given', 'nick'))}: bay 12. they think hip. {he(elder)} keeps telling the nurse {he(elder)}'s {c.age(age)} and 'fine'",
        f"{stamp()} {c.id_('handle')}: on my way from {c.town()}. {c.nm(fam[2], 'given')} can you bring {his(elder)} pills, the {c.k('drug', c.pick('Eliquis', 'Sinemet', 'donepezil', 'Lasix'))} is on the counter",
    ]
    if c.p(0.6):
        lines.append(
            f"{stamp()} {c.nm(fam[2], c.pick('given', 'lower_given'))}: yes. also {his(elder)} {c.k('insurer', c.ch(INSURERS))} card says {c.hp()} if they ask. and {his(elder)} MRN from last time {c.mrn()}"
        )
    if c.p(0.5):
        lines.append(f"{stamp()} {c.nm(fam[1], 'given')}: dr on call is {c.dr()}. cell {c.ph()}")
    if c.p(0.5):
        lines.append(
            f"{stamp()} {c.nm(fam[0], 'given')}: reminder {his(elder)} birthday is {c.dt_(c.soon(30), 'long_noyear', 'ordinal', 'md')}, {he(elder)} turns {c.age(age + 1, c.p(0.4))}!! dont let {'him' if elder.sex == 'm' else 'her'} miss the party at {c.ad()}"
        )
    if c.p(0.4):
        lines.append(
            f"{stamp()} {c.nm(fam[2], 'given')}: parked {c.nm(fam[1], c.pick('given', 'nick', 'lower_given'))}'s van in lot B, plate {c.plate()}{_smiley(c)}"
        )
    return "\n".join(lines)


def m_voice(c: Ctx) -> str:
    """Voice-to-text messages without punctuation (the whole row is lower case)."""
    c.case = "lower"
    caller = c.person()
    pt, ptw = c.rel(c.pick("parent", "grandparent", "spouse"), caller.loc)
    age = c.adult_age(0.5)
    phone = c.ph("bare", ext=0.0) if c.p(0.7) else c.ph("dash", ext=0.0)
    out = (
        f"hi this is {c.nm(caller, c.pick('lower', 'lower_given'))} calling about my {ptw} {c.nm(pt, c.pick('lower', 'lower_given'))} "
        f"date of birth {c.dt_(c.dob(age), 'spoken', 'spoken', 'mdy_loose')} {he(pt)} is {c.age(age, c.p(0.6))} "
        f"and {he(pt)} has been dizzy since {c.day_ref(c.recent(10), 'words_lower', 'md')} "
        f"we saw doctor {c.nm(c.person(), c.pick('lower', 'surname'))} at {c.fac(c.pick('clinic', 'hospital'))} "
        f"please call me back at {phone} thats my cell "
    )
    if c.p(0.5):
        out += f"we live at {c.ad('us')} in {c.us_town_p()} "
    if c.p(0.4):
        out += f"and the pharmacy is {c.fac('pharmacy')} the number there is {c.ph('bare', ext=0.0)} "
    if c.p(0.3):
        out += f"oh and {his(pt)} medicare number is {c.hp('mbi')} "
    out += c.pick("thank you bye", "ok thanks", "thank you so much", "bye")
    return out


def m_quoted(c: Ctx) -> str:
    """Replies quoting earlier messages several levels deep."""
    pt = c.person()
    staff = c.person()
    clinic = c.fac_str("clinic")
    dom = c.org_domain(clinic)
    d1 = c.recent(2)
    d2 = d1 - dt.timedelta(days=c.r.randint(1, 5))
    d3 = d2 - dt.timedelta(days=c.r.randint(1, 9))
    pt_age = c.r.randint(30, 88)
    top = c.pick(
        f"Thanks, see you then{_smiley(c)}",
        "Perfect, thank you!!",
        f"ok will do{_smiley(c)}",
        "Got it. My son will drive me.",
    )
    lvl1 = [
        f"Please arrive 15 minutes early to {P('FACILITY', clinic)}, {c.ad()}. Bring your {c.k('insurer', c.ch(INSURERS))} card and photo ID.",
        f"Your appointment with {c.dr()} is {c.dt_(c.soon(14), 'wd_long', 'wd_md', 'long_noyear')} at {_clock(c)}.",
    ]
    lvl2 = [
        f"Can I come in this week? The {c.epo()} meds are making me shaky. I'm {pt_age}, this is new.",
        f"My DOB is {c.dt_(c.dob(pt_age), 'mdy', 'mdy_loose', 'long')} and chart number {c.mrn()}.",
    ]
    lvl3 = [
        f"Reminder: {c.honor(pt) if c.p(0.4) else c.nm(pt, c.pick('given', 'full'))}, you are due for labs. Call {c.ph(ext=0.4)} or reply to this message.",
    ]
    out = [top, ""]
    out.append(
        f"On {c.dt_(d1, 'wd_long_year', 'long', 'mdy', 'abbr_dot_year')}, at {_clock(c)}, {c.nm(staff, c.pick('full', 'full_mi'))} <{c.em(staff, dom)}> wrote:"
    )
    out += [f"> {line}" for line in lvl1]
    out.append(">")
    out.append(
        f"> On {c.dt_(d2, 'wd_long_year', 'mdy', 'long')}, {c.nm(pt, c.pick('full', 'lower', 'CAPS'))} <{c.em(pt)}> wrote:"
    )
    out += [f"> > {line}" for line in lvl2]
    if c.p(0.7):
        out.append("> >")
        out.append(
            f"> > On {c.dt_(d3, 'mdy', 'long', 'mdy_short')}, {P('FACILITY', clinic)} <{P('EMAIL', f'noreply@{dom}')}> wrote:"
        )
        out += [f"> > > {line}" for line in lvl3]
    return "\n".join(out)


MESSAGE_GENRES: tuple[Callable[[Ctx], str], ...] = (
    m_pharmacy_sms, m_home_infusion, m_dme_chat, m_proxy_access, m_interpreter, m_records_release, m_billing,
    m_genetic, m_tech_support, m_school_nurse, m_workers_comp, m_travel, m_group_chat, m_voice, m_quoted,
)  # fmt: skip


# --- clinical ---------------------------------------------------------------------------------------


def _hhmm(c: Ctx) -> str:
    return f"{c.r.randint(0, 23):02d}{c.r.choice((0, 5, 12, 15, 20, 30, 42, 45, 50)):02d}"


def _age_phrase(c: Ctx, age: int) -> str:
    """An age in one of the clinical shapes; only the number (or its words) is an AGE when >= 90."""
    v = c.r.randrange(5)
    if v == 0:
        return f"{c.age(age)} y/o"
    if v == 1:
        return f"{c.age(age)}-year-old"
    if v == 2:
        return f"{c.age(age)} yo"
    if v == 3:
        return f"{c.age(age, True)}-year-old" if age >= 90 else f"{age}-year-old"
    return f"{c.age(age)} year old"


def _extras(c: Ctx, pt: Person) -> list[str]:
    """Extra sections that make some notes long (each carries its own PHI)."""
    if not c.long:
        return []
    rel, rw = c.rel(c.pick("child", "spouse", "sibling", "nibling"), pt.loc)
    options: list[Callable[[], str]] = [
        lambda: (
            f"ADDENDUM {c.dt_(c.today, 'md', 'mdy')} {_hhmm(c)}: spoke with {rw} {c.nm(rel, c.pick('full', 'given', 'last_first'))} by phone ({c.ph()}); questions answered, agrees with plan."
        ),
        lambda: (
            f"SOCIAL HISTORY: lives with {his(pt)} {rw} in {c.town()}; born in {c.town(pt.loc)}, {'Israel' if pt.loc == 'he_IL' else 'India'}, moved to {c.ch(tuple(STATES.values()))} in {c.r.randint(1965, 2019)}. Never smoker, no alcohol. Works as {c.pick('a teacher', 'an engineer', 'a cashier', 'a driver', 'a nurse aide', 'an accountant')} at {c.fac('employer')}."
        ),
        lambda: (
            f"ALLERGIES: {c.k('drug', c.pick('penicillin', 'sulfamethoxazole', 'codeine', 'iodinated contrast'))} (hives), {c.k('drug', c.pick('latex', 'morphine', 'cefazolin'))} (nausea)."
        ),
        lambda: (
            f"PLAN:\n- repeat labs in 1 week at {c.fac('lab')}\n- follow-up with {c.dr()} in {c.k('department', c.ch(CLINICAL_DEPARTMENTS))} on {c.dt_(c.soon(30), 'mdy', 'md', 'long')}\n- return precautions reviewed"
        ),
        lambda: (
            f"CARE TEAM: PCP {c.dr()} ({c.fac('clinic')}), {c.ph()}; pharmacy {c.fac('pharmacy')}, {c.ad()}, {c.us_town_p()}."
        ),
        lambda: (
            f"REGISTRATION: SSN {c.ssn()}; guarantor {c.nm(rel, c.pick('full', 'LAST_FIRST'))}, acct {c.acct()}; {c.k('insurer', c.ch(INSURERS))} {c.hp()}; portal {c.em(pt)} last login from {c.ip()}."
        ),
        lambda: (
            f"ATTESTATION: I personally saw and examined the patient on {c.dt_(c.today, 'mdy', 'long')} and agree with the findings documented above. {c.dr(style=c.pick('full', 'full_mi'))}, MD"
        ),
        lambda: f"COPY TO: {c.dr()} fax {c.fx()}; records also visible at {c.url(c.pick('portal', 'www'))}.",
    ]
    picks = c.r.sample(range(len(options)), c.long)
    return [options[i]() for i in sorted(picks)]


def c_icu(c: Ctx) -> str:
    """ICU flowsheet summary."""
    pt = c.person()
    age = c.adult_age(0.25)
    adm = c.recent(8)
    maker, model, number = c.device("vent")
    rows = []
    for t in sorted(_hhmm(c) for _ in range(c.r.randint(2, 6))):
        rows.append(
            f"{t} | {c.r.randint(88, 135)} | {c.r.randint(78, 160)}/{c.r.randint(40, 90)} | {c.r.randint(55, 95)} | {c.r.randint(12, 30)} | {c.r.randint(88, 100)}%"
        )
    drips = c.r.sample(
        (
            "norepinephrine",
            "vasopressin",
            "propofol",
            "fentanyl",
            "dexmedetomidine",
            "insulin",
            "heparin",
            "amiodarone",
        ),
        3,
    )
    out = [
        f"MICU FLOWSHEET SUMMARY - {c.dt_(c.today, 'mdy', 'dd_mon_yyyy', 'iso')}",
        f"PATIENT: {c.nm(pt, c.pick('LAST_FIRST', 'LAST_first', 'last_first'))}   MRN: {c.mrn()}   BED: MICU-{c.r.randint(1, 24)}",
        f"AGE: {c.age(age)}   ADMIT: {c.dt_(adm, 'mdy', 'mdy_loose', 'dd_mon_yyyy')}   HAR: {c.acct()}",
        f"DX: {c.k('code', ICD10['sepsis'][0])} sepsis; {c.k('code', ICD10['resp'][0])} acute hypoxic respiratory failure",
        "",
        "TIME | HR | BP | MAP | RR | SpO2",
        *rows,
        "",
        f"DRIPS: {c.k('drug', drips[0])} {c.r.randint(2, 20)} mcg/min, {c.k('drug', drips[1])}, {c.k('drug', drips[2])}",
        f"VENT: {maker} {model} ({number}) AC/VC 420 x {c.r.randint(14, 26)}, PEEP {c.r.randint(5, 14)}, FiO2 {c.r.randint(30, 80)}%",
        f"NEURO: {c.k('eponym', 'Glasgow')} Coma Scale {c.r.randint(3, 15)}, RASS -{c.r.randint(0, 4)}",
    ]
    if c.p(0.6):
        out.append(
            f"LINES: R IJ CVC placed {c.dt_(adm, 'md', 'mdy')}, L radial art line; {c.k('eponym', 'Foley')} catheter day {c.r.randint(1, 9)}"
        )
    if c.p(0.6):
        fam, fw = c.rel(c.pick("child", "spouse", "sibling"), pt.loc)
        out.append(
            f"FAMILY: {fw} {c.nm(fam, c.pick('full', 'given', 'CAPS'))} updated at bedside, cell {c.ph()}; HCP form on chart."
        )
    if c.p(0.5):
        out.append(f"DATA: monitor gateway {c.ip()} dropped 0300-0340, vitals back-charted.")
    out += _extras(c, pt)
    out.append(
        f"Attending: {c.dr(style=c.pick('full', 'init_last', 'LAST_FIRST'))}   RN: {c.nm(c.person(), c.pick('full', 'init_last', 'initials'))}"
    )
    return "\n".join(out)


def c_wound(c: Ctx) -> str:
    """Wound-care note with photo file names."""
    pt = c.person()
    age = c.adult_age(0.3)
    maker, model, number = c.device("wound_vac")
    visit = c.today
    photo = f"IMG_{visit.year}{visit.month:02d}{visit.day:02d}_{_hhmm(c)}{c.digits(2)}.jpg"
    out = [
        "WOUND CARE NOTE",
        f"Patient: {c.nm(pt, c.pick('full', 'last_first', 'LAST_first'))}    DOB: {c.dt_(c.dob(age), 'mdy', 'mdy_loose', 'iso')}    Age: {c.age(age)}",
        f"Visit: {c.dt_(visit, 'mdy', 'long', 'dmy_dot')} (home visit, {c.ad()}, {c.us_town_p()} {c.zp()})",
        "",
        c.pick(
            f"WOUND #1: sacral pressure injury, stage 3 ({c.k('code', ICD10['sacral'][0])})",
            f"WOUND #1: right plantar first metatarsal diabetic foot ulcer ({c.k('code', ICD10['dfu'][0])})",
        ),
        f"Size {c.r.randint(1, 9)}.{c.r.randint(0, 9)} x {c.r.randint(1, 6)}.{c.r.randint(0, 9)} x {c.r.randint(0, 2)}.{c.r.randint(1, 9)} cm, 80% granulation, moderate serous drainage. {c.k('eponym', 'Braden')} score {c.r.randint(9, 18)}; {c.k('eponym', 'Wagner')} grade {c.r.randint(1, 3)}.",
        f"Photos: {P('ID', photo)}, {P('ID', photo.replace('.jpg', '_2.jpg'))} uploaded to {c.url('photo')}",
        f"NPWT: {maker} {model} ({number}) serial {c.serial('wound_vac')} at -125 mmHg continuous; canister changed.",
    ]
    if c.p(0.6):
        out.append(
            f"Debridement: sharp, selective, 4 sq cm ({c.k('code', CPT['debride'])}). Dressing: {c.k('drug', c.pick('silver alginate', 'collagenase (Santyl)', 'cadexomer iodine'))} lot {c.lot()}."
        )
    if c.p(0.5):
        out.append(
            f"Caregiver {c.nm(c.person(loc=pt.loc), c.pick('full', 'given'))} taught dressing change; supplies from {c.fac('dme')} ({c.k('code', HCPCS['npwt_supply'])})."
        )
    if c.p(0.4):
        out.append(f"{c.k('insurer', c.ch(INSURERS))} ID {c.hp()} - auth {c.id_('auth')} covers 12 visits.")
    out += _extras(c, pt)
    out.append(
        f"Next visit {c.dt_(c.soon(7), 'md', 'mdy', 'wd_md')}. -- {c.nm(c.person(), c.pick('full', 'init_last'))}, RN, CWOCN"
    )
    return "\n".join(out)


def c_anesthesia(c: Ctx) -> str:
    """Anesthesia pre-operative record."""
    pt = c.person()
    age = c.adult_age(0.3)
    out = [
        "ANESTHESIA PRE-OPERATIVE EVALUATION",
        f"Name: {c.nm(pt, c.pick('LAST_FIRST', 'last_first_mi', 'LAST_first'))}",
        f"DOB: {c.dt_(c.dob(age), 'mdy', 'dd_mon_yyyy', 'ddmonyyyy')}   Age: {c.age(age)}   Sex: {pt.sex.upper()}   MRN: {c.mrn()}",
        f"Procedure: laparoscopic cholecystectomy ({c.k('code', CPT['lapchole'])}) on {c.dt_(c.soon(5), 'mdy', 'md', 'dd_mon_yyyy')}",
        f"Dx: {c.k('code', ICD10['chole'][0])}. PMH: {c.epo()}, HTN, OSA on CPAP.",
        f"Airway: {c.k('eponym', 'Mallampati')} {c.pick('I', 'II', 'III', 'IV')}, TMD > 3 FB, full dentition. ASA {c.pick('II', 'III', 'IV')}.",
        f"Meds: {c.k('drug', c.pick('apixaban', 'clopidogrel', 'warfarin'))} held x 3 days, {c.k('drug', 'metoprolol')} AM of surgery.",
    ]
    if c.p(0.6):
        kind = c.pick("pacer", "icd")
        maker, model, number = c.device(kind)
        out.append(
            f"CIED: {maker} {model} ({number}), serial {c.serial('pacer')}; rep {c.nm(c.person(), c.pick('full', 'given_init'))} {c.ph(ext=0.3)} to reprogram pre-op."
        )
    if c.p(0.5):
        poa, pw = c.rel(c.pick("child", "grandchild", "spouse"), pt.loc)
        out.append(
            f"Consent: signed by {pw} {c.nm(poa, c.pick('full', 'last_first'))} (POA) on {c.dt_(c.recent(3), 'mdy', 'md')} - patient is {c.age(age)} and hard of hearing."
            if age >= 90
            else f"Consent: patient signed; {pw} {c.nm(poa, 'full')} present."
        )
    if c.p(0.4):
        out.append(
            f"Labs {c.dt_(c.recent(10), 'md', 'mdy')}: Hgb {c.r.randint(9, 15)}.{c.r.randint(0, 9)}, K {c.r.randint(3, 5)}.{c.r.randint(0, 9)}, Cr {c.r.randint(0, 2)}.{c.r.randint(1, 9)}"
        )
    crna = c.person()
    out += _extras(c, pt)
    out.append(
        f"{c.k('department', 'Anesthesiology')}: {c.dr(style=c.pick('full', 'full_mi'))}, MD; {c.nm(crna, c.pick('full', 'init_last'))}, CRNA (lic. {c.lic('rn')})"
    )
    return "\n".join(out)


def c_pt(c: Ctx) -> str:
    """Physical-therapy progress note."""
    pt = c.person()
    age = c.adult_age(0.15)
    doi = c.recent(90, -20)
    ther = c.person()
    visits = c.r.randint(4, 12)
    clinic = c.fac_str("rehab")
    out = [
        f"{P('FACILITY', clinic)} - {c.k('department', 'Physical Therapy')} Progress Note (visit {visits} of {visits + c.r.randint(2, 8)})",
        f"{c.nm(pt, c.pick('full', 'last_first', 'CAPS'))}, {_age_phrase(c, age)} {pt.sex.upper() if c.p(0.4) else ''}".rstrip(),
        f"Dx: {c.k('code', ICD10['acl'][0])} R ACL sprain / {c.k('code', ICD10['lbp'][0])} LBP. DOI {c.dt_(doi, 'mdy', 'mdy_loose', 'long')}, work injury at {c.fac('employer')} (claim {c.id_('claim')}).",
        f"S: Pain {c.r.randint(1, 8)}/10, sleeping better. Back to light duty {c.dt_(c.recent(10), 'md', 'mdy')}.",
        f"O: Knee flex {c.r.randint(90, 140)} deg, ext -{c.r.randint(0, 8)}. {c.k('eponym', 'Lachman')} 1+ firm endpoint, {c.k('eponym', 'Trendelenburg')} negative. TUG {c.r.randint(7, 16)} s.",
        f"A: Progressing toward goals; billed {c.k('code', CPT['ther_ex'])} x2, {c.k('code', CPT['manual'])}, {c.k('code', CPT['gait'])}.",
    ]
    if c.p(0.6):
        out.append(
            f"P: 2x/week x 4 weeks. Re-eval {c.dt_(c.soon(28), 'md', 'mdy', 'abbr')}. Progress report faxed to {c.dr()} at {c.fx()}."
        )
    if c.p(0.5):
        out.append(f"Pt reports driving again (own car, plate {c.plate()} noted for handicap placard form).")
    if c.p(0.5):
        out.append(
            f"Auth: {c.k('insurer', c.ch(INSURERS + COMP_CARRIERS))} member {c.hp()}, {c.r.randint(4, 10)} visits left. Employer contact {c.nm(c.person(), 'full')}, {c.em(c.person(), c.org_domain(c.fac_str('employer')))}."
        )
    out += _extras(c, pt)
    out.append(
        f"{c.nm(ther, c.pick('full', 'full_mi', 'init_last'))}, PT, DPT   lic# {c.lic('pt')}   {c.dt_(c.today, 'mdy', 'md')}"
    )
    return "\n".join(out)


def c_dental(c: Ctx) -> str:
    """Dental notes."""
    pt = c.person()
    age = c.adult_age(0.2)
    dds = c.person()
    tooth = c.r.randint(2, 31)
    out = [
        f"{c.fac('dental')} | Dental Progress Note | {c.dt_(c.today, 'mdy', 'mdy_loose', 'dmy_dot')}",
        f"Pt: {c.nm(pt, c.pick('full', 'last_first', 'CAPS'))} ({_age_phrase(c, age)}), chart {c.mrn()}",
        f"CC: {c.pick('broken filling', 'pain on biting', 'swelling lower left', 'routine recall')}. Med hx: {c.k('eponym', c.ch(('Sjogren', 'Crohn', 'Graves', 'Addison')))}, on {c.k('drug', c.pick('alendronate', 'warfarin', 'levothyroxine', 'adalimumab'))}.",
        f"Tx: #{tooth} {c.pick('MOD composite', 'PFM crown prep', 'RCT initiated', 'extraction')} ({c.k('code', c.ch(CDT))}); {c.k('code', 'D0120')} periodic exam.",
        f"Anesthesia: 2% {c.k('drug', 'lidocaine')} 1:100k epi x 2 carpules, lot {c.lot()}.",
    ]
    if c.p(0.5):
        maker, model, number = c.device("implant")
        out.append(
            f"Implant #{tooth}: {maker} {model} ({number}), lot {c.lot()}, serial {c.serial('implant')}; ISQ {c.r.randint(55, 80)}."
        )
    if c.p(0.5):
        out.append(
            f"Ins: {c.k('insurer', c.pick('Delta Dental', 'MetLife Dental', 'Guardian', 'Cigna'))}, subscriber {c.nm(c.person(loc=pt.loc), c.pick('full', 'last_first'))}, ID {c.hp()}."
        )
    if c.p(0.4):
        out.append(
            f"Referred to {c.fac('dental')} for #{32 - tooth % 4} extraction; referral faxed to {c.fx()} on {c.dt_(c.today, 'md', 'mdy')}."
        )
    out += _extras(c, pt)
    out.append(
        f"Next: {c.dt_(c.soon(30), 'md', 'mdy', 'abbr')}.  {c.dr(dds, c.pick('full', 'init_last'))}, DDS  lic {c.lic('dds')}"
    )
    return "\n".join(out)


def c_transplant(c: Ctx) -> str:
    """Nephrology / kidney-transplant note with donor IDs."""
    pt = c.person()
    age = c.adult_age(0.1)
    ktx = c.recent(900, -30)
    maker, model, number = c.device("cycler")
    coord = c.person()
    center = c.fac_str("transplant")
    out = [
        f"{c.k('department', 'Transplant Surgery')} / {c.k('department', 'Nephrology')} - post-transplant clinic, {P('FACILITY', center)}",
        f"{c.nm(pt, c.pick('LAST_FIRST', 'full', 'last_first'))}  MRN {c.mrn()}  {_age_phrase(c, age)}",
        f"S/p {c.pick('deceased', 'living unrelated', 'living related')} donor kidney transplant {c.dt_(ktx, 'mdy', 'mdy_loose', 'month_year', 'mm_yyyy')} ({c.k('code', CPT['ktx'])}); donor UNOS ID {c.id_('donor')}, cPRA {c.r.randint(0, 99)}%.",
        f"Dx {c.k('code', ICD10['ktx'][0])}; prior {c.k('code', ICD10['esrd'][0])} on PD with {maker} {model} cycler ({number}) serial {c.serial('cycler')}, returned {c.dt_(ktx + dt.timedelta(days=c.r.randint(30, 120)), 'md', 'mdy')}.",
        f"Meds: {c.k('drug', 'tacrolimus')} {c.r.randint(1, 6)} mg BID (trough {c.r.randint(4, 12)}.{c.r.randint(0, 9)}), {c.k('drug', 'mycophenolate')} 720 mg BID, {c.k('drug', 'prednisone')} 5 mg.",
        f"Labs: Cr {c.r.randint(0, 2)}.{c.r.randint(1, 9)}, K {c.r.randint(3, 5)}.{c.r.randint(0, 9)}, BK PCR negative {c.dt_(c.recent(14), 'md', 'mdy')}.",
    ]
    if c.p(0.6):
        out.append(
            f"Living donor {c.nm(c.person(loc=pt.loc), c.pick('full', 'last_first'))} ({his(pt)} {c.pick('cousin', 'coworker', 'friend')}, donor ID {c.id_('donor')}) doing well, followed at {c.fac('transplant')}."
        )
    if c.p(0.5):
        out.append(
            f"Coverage: {c.k('insurer', 'Medicare')} MBI {c.hp('mbi')} (ESRD entitlement) + {c.k('insurer', c.ch(INSURERS))}."
        )
    if c.p(0.5):
        out.append(f"Labs to be drawn locally in {c.town()}; results fax {c.fx()}.")
    out += _extras(c, pt)
    out.append(
        f"Coordinator: {c.nm(coord, c.pick('full', 'init_last'))}, RN {c.ph(ext=0.5)} | {c.em(coord, c.org_domain(center))}"
    )
    return "\n".join(out)


def c_nicu(c: Ctx) -> str:
    """NICU progress note (mother's name, birth weight, age in days)."""
    mom = c.person(sex="f")
    sex = c.pick("Boy", "Girl")
    born = c.recent(40, -2)
    dol = (c.today - born).days
    maker, model, number = c.device("breast_pump")
    grav = c.r.randint(1, 5)
    out = [
        f"NICU PROGRESS NOTE  DOL {dol}  CGA {c.r.randint(28, 36)} {c.r.randint(0, 6)}/7 wk",
        f"Baby {sex} {c.nm(mom, c.pick('surname', 'SURNAME'))}  MRN {c.mrn()}  DOB {c.dt_(born, 'mdy', 'mdy_loose', 'dd_mon_yyyy')} @ {_hhmm(c)}",
        f"BW {c.r.randint(780, 2400)} g ({c.k('code', ICD10['bw'][0])}), GA at birth {c.r.randint(25, 33)} {c.r.randint(0, 6)}/7 wk ({c.k('code', ICD10['ga'][0])}). {c.k('eponym', 'Apgar')} {c.r.randint(2, 7)} and {c.r.randint(6, 9)}.",
        f"Resp: {c.pick('CPAP +5', 'HFNC 2 L', 'room air', 'NIPPV')}; {c.k('drug', 'caffeine citrate')} 5 mg/kg daily. FEN: EBM + HMF 24 kcal, {c.r.randint(120, 160)} mL/kg/d.",
        f"Mother: {c.nm(mom, c.pick('full', 'full_mid', 'last_first'))}, {_age_phrase(c, c.r.randint(19, 44))}, G{grav}P{c.r.randint(0, grav - 1)}, GBS {c.pick('neg', 'pos', 'unknown')}; pumping with rented {maker} {model} ({number}) serial {c.serial('breast_pump')}.",
    ]
    if c.p(0.6):
        out.append(
            f"Social: father {c.nm(c.person(loc=mom.loc, sex='m'), c.pick('full', 'given'))} ({c.ph()}) visits daily; family lives in {c.town()}, {c.r.randint(20, 90)} min away."
        )
    if c.p(0.5):
        out.append(
            f"Pediatrician after discharge: {c.dr()} at {c.fac('children')}; hearing screen and CCHD before discharge; {c.k('department', 'Pediatrics')} f/u."
        )
    if c.p(0.4):
        out.append(
            f"Mother's {c.k('insurer', 'Medicaid')} ID {c.hp('medicaid')}; SW {c.nm(c.person(), 'full')} assisting with transport from {c.ad()}."
        )
    out += _extras(c, mom)
    out.append(
        f"{c.k('code', CPT['nicu'])} - {c.nm(c.person(), c.pick('full', 'init_last'))}, NNP / {c.dr(style=c.pick('full', 'surname'))}"
    )
    return "\n".join(out)


def c_oncology(c: Ctx) -> str:
    """Oncology treatment summary with trial IDs."""
    pt = c.person(sex="f")
    age = c.adult_age(0.1)
    dx = c.recent(700, -120)
    maker, model, number = c.device("port")
    nct = f"NCT0{c.digits(7)}"
    out = [
        "TREATMENT SUMMARY AND SURVIVORSHIP CARE PLAN",
        f"Patient: {c.nm(pt, c.pick('full', 'last_first', 'LAST_first'))}   DOB: {c.dt_(c.dob(age), 'mdy', 'mdy_loose')}   Age at dx: {c.age(age)}",
        f"Diagnosis: left breast IDC, cT2N1M0, ER+/PR+/HER2- ({c.k('code', ICD10['breast'][0])}), diagnosed {c.dt_(dx, 'mdy', 'month_year', 'mm_yyyy', 'long')}",
        f"Clinical trial: {c.k('code', nct)}, subject ID {c.id_('subject')}, enrolled {c.dt_(dx + dt.timedelta(days=c.r.randint(10, 40)), 'mdy', 'md', 'long')}",
        f"Port: {maker} {model} ({number}) serial {c.serial('port')}, placed {c.dt_(dx + dt.timedelta(days=c.r.randint(15, 45)), 'mdy', 'md')}",
        f"Chemo: dose-dense {c.k('drug', 'doxorubicin')}/{c.k('drug', 'cyclophosphamide')} x4 then {c.k('drug', 'paclitaxel')} x12 ({c.k('code', CPT['chemo'])}), completed {c.dt_(dx + dt.timedelta(days=c.r.randint(150, 220)), 'mdy', 'long')}.",
    ]
    if c.p(0.6):
        out.append(
            f"Surgery: lumpectomy + SLNB at {c.fac(c.pick('hospital', 'cancer'))} by {c.dr()}; RT 50 Gy/25 fx at {c.fac('cancer')} in {c.town()}."
        )
    if c.p(0.6):
        out.append(
            f"Endocrine therapy: {c.k('drug', c.pick('anastrozole', 'letrozole', 'tamoxifen'))} x 5-10 years. Genetic testing via {c.fac('lab')}: negative."
        )
    if c.p(0.5):
        out.append(
            f"Family: sister {c.nm(c.person(loc=pt.loc, sex='f'), c.pick('full', 'given'))} (dx at {c.r.randint(38, 58)}); mother living, {c.age(c.r.randint(86, 98))}."
        )
    if c.p(0.5):
        out.append(
            f"Coverage: {c.k('insurer', c.ch(INSURERS))} {c.hp()}; financial counselor {c.nm(c.person(), 'full')} {c.ph(ext=0.6)}."
        )
    if c.p(0.4):
        out.append(
            f"Survivorship visits: {c.k('department', 'Oncology')} q3-6 mo; mammogram {c.dt_(c.soon(180), 'month_year', 'mm_yyyy', 'md')}. Patient diary: {c.url('portal')}"
        )
    out += _extras(c, pt)
    out.append(
        f"Prepared by {c.dr(style=c.pick('full', 'full_mi'))}, {c.dt_(c.today, 'mdy', 'long')}. Fax to PCP: {c.fx()}"
    )
    return "\n".join(out)


def c_device(c: Ctx) -> str:
    """Cardiology device-interrogation report (maker and model kept, serials DEVICE)."""
    pt = c.person()
    age = c.adult_age(0.35)
    kind = c.pick("pacer", "icd")
    maker, model, number = c.device(kind)
    lmaker, lmodel, lnumber = c.device("lead")
    mmaker, mmodel, mnumber = c.device("monitor")
    impl = c.recent(2500, -200)
    out = [
        f"DEVICE CLINIC - {c.pick('REMOTE', 'IN-CLINIC')} INTERROGATION    {c.dt_(c.today, 'mdy', 'dd_mon_yyyy', 'mon_dd_yyyy')}",
        f"Patient: {c.nm(pt, c.pick('LAST_FIRST', 'last_first', 'full'))}   DOB {c.dt_(c.dob(age), 'mdy', 'mdy_loose', 'iso')}   MRN {c.mrn()}",
        f"Indication: {c.k('code', ICD10['sss'][0])} sick sinus syndrome; {c.k('code', ICD10['afib'][0])} paroxysmal AF",
        f"Generator: {maker} {model}  Model {number}  Serial {c.serial('pacer')}  Implanted {c.dt_(impl, 'mdy', 'mdy_loose', 'dd_mon_yyyy')}",
        f"RA lead: {lmaker} {lmodel} {lnumber}  SN {c.serial('lead')}",
        f"RV lead: {lmaker} {lnumber}  SN {c.serial('lead')}",
        f"Battery {c.r.randint(4, 12)}.{c.r.randint(0, 9)} yr; RA {c.r.randint(0, 40)}% / RV {c.r.randint(0, 15)}% paced; AT/AF burden {c.r.randint(0, 30)}%; no VT/VF.",
        f"Remote monitor: {mmaker} {mmodel} ({mnumber}), last transmission {c.dt_(c.recent(3), 'md', 'mdy')} from {c.ip()}.",
    ]
    if c.p(0.5):
        helper, hw = c.rel(c.pick("nibling", "child"), pt.loc)
        out.append(
            f"Patient is {c.age(age, c.p(0.3))}, lives alone in {c.town()}; {hw} {c.nm(helper, c.pick('full', 'given'))} ({c.ph()}) sets up transmissions."
        )
    if c.p(0.4):
        out.append(
            f"Anticoagulation: {c.k('drug', c.pick('apixaban', 'rivaroxaban', 'warfarin'))}; {c.k('department', 'Cardiology')} aware."
        )
    out += _extras(c, pt)
    out.append(
        f"Billing {c.k('code', CPT['remote'] if c.p(0.5) else CPT['interrog'])}. Next remote {c.dt_(c.soon(92), 'md', 'mdy', 'long')}. {c.nm(c.person(), c.pick('full', 'init_last'))}, CDRS / {c.dr()}"
    )
    return "\n".join(out)


def c_court(c: Ctx) -> str:
    """Court-ordered evaluation letter."""
    pt = c.person(sex="m")
    age = c.r.randint(19, 70)
    judge = c.person()
    evaluator = c.person()
    atty = c.person()
    court = c.fac_str("court")
    practice = c.fac_str("eval")
    order = c.recent(60, -20)
    out = [
        f"{P('FACILITY', practice)}",
        f"{c.ad()} | {c.us_town_p()}, {c.state} {c.zp()} | Fax {c.fx()}",
        "",
        f"{c.dt_(c.today, 'long', 'mdy')}",
        f"The Honorable {c.nm(judge, c.pick('full', 'full_mi'))}",
        f"{P('FACILITY', court)}",
        f"RE: State v. {c.nm(pt, c.pick('full', 'full_mi'))}, Case No. {c.id_('case')}",
        "",
        f"Dear Judge {c.nm(judge, 'surname')}:",
        f"Pursuant to the Court's order of {c.dt_(order, 'long', 'mdy')}, I evaluated Mr. {c.nm(pt, 'surname')} (DOB {c.dt_(c.dob(age), 'mdy', 'long')}) on {c.dt_(order + dt.timedelta(days=c.r.randint(5, 20)), 'long', 'mdy', 'long_noyear')}. "
        f"He is a {age}-year-old {c.pick('mechanic', 'student', 'driver', 'cook')} charged after a crash in {c.town()} while driving a vehicle registered as {c.plate()}; his driver's license ({c.lic('dl')}) was suspended. "
        f"Testing ({c.k('code', CPT['psych_test'])}) supports {c.k('code', ICD10['aud'][0])} alcohol use disorder, moderate; no psychosis.",
    ]
    if c.p(0.5):
        out.append(
            f"Collateral: his {c.pick('mother', 'wife', 'sister')} {c.nm(c.person(loc=pt.loc), c.pick('full', 'given'))} and records from {c.fac(c.pick('hospital', 'clinic'))} (SSN on file {c.ssn()})."
        )
    out += _extras(c, pt)
    out += [
        "",
        "Respectfully submitted,",
        f"{c.nm(evaluator, c.pick('full', 'full_mi'))}, PhD, ABPP  Licensed Psychologist {c.lic('psy')}",
        f"cc: {c.nm(atty, c.pick('full', 'init_last'))}, Esq., {c.em(atty, c.org_domain(c.fac_str('law')))}",
    ]
    return "\n".join(out)


def c_discharge(c: Ctx) -> str:
    """Discharge instructions written to the patient."""
    pt = c.person()
    age = c.adult_age(0.25)
    hosp = c.fac_str(c.pick("hospital", "clinic"))
    adm = c.recent(6, -1)
    dis = adm + dt.timedelta(days=c.r.randint(1, 6))
    fu = c.soon(14)
    dx = c.ch((ICD10["hf"], ICD10["copd"], ICD10["afib"]))
    out = [
        f"DISCHARGE INSTRUCTIONS - {P('FACILITY', hosp)}",
        "",
        f"Dear {c.honor(pt) if c.p(0.3) else c.nm(pt, c.pick('given', 'full'))},",
        f"You were in the hospital from {c.dt_(adm, 'long_noyear', 'md', 'mdy')} to {c.dt_(dis, 'long_noyear', 'md', 'mdy')} for {dx[1]} ({c.k('code', dx[0])}).",
        f"MEDICINES: start {c.k('drug', c.pick('furosemide', 'apixaban', 'prednisone', 'metoprolol succinate'))}; stop {c.k('drug', c.pick('ibuprofen', 'naproxen', 'diltiazem'))}.",
        "WEIGH YOURSELF every morning. Call if you gain 3 lb in a day or 5 lb in a week.",
        f"FOLLOW-UP: {c.dr()} ({c.k('department', c.pick('Cardiology', 'Pulmonology', 'Case Management'))}) at {c.fac('clinic')}, {c.ad()}, {c.town('us') if c.p(0.5) else c.us_town_p()}, on {c.dt_(fu, 'wd_long', 'wd_long_year', 'long', 'md')} at {_clock(c)}.",
        f"QUESTIONS: nurse line {c.ph(ext=0.5)}, 24 hours. Forms for your employer can be faxed to {c.fx()}.",
    ]
    if c.p(0.6):
        out.append(
            f"See your results and message your care team at {c.url(c.pick('portal', 'www'))} (your account number is {c.acct()})."
        )
    if c.p(0.5):
        out.append(f"Home oxygen from {c.fac('dme')} will be delivered to {c.ad()} {c.zp()}.")
    if c.p(0.4):
        out.append(
            f"Because you are {c.age(age, c.p(0.3))}, a home-safety visit is arranged with {c.nm(c.person(), 'full')} from {c.fac('infusion')}."
            if age >= 90
            else f"You are {age}; your {c.pick('flu', 'pneumonia')} vaccine was given {c.dt_(dis, 'md', 'mdy')} (lot {c.lot()})."
        )
    if c.p(0.4):
        out.append(
            f"Questions about your bill: {c.em(c.person(), c.org_domain(hosp))} or {c.k('insurer', c.ch(INSURERS))} member services (ID {c.hp()})."
        )
    out += _extras(c, pt)
    out.append(
        f"Nurse: {c.nm(c.person(), c.pick('full', 'given_init'))}, RN   Patient signature: ______   {c.dt_(dis, 'mdy', 'md')}"
    )
    return "\n".join(out)


def c_hl7(c: Ctx) -> str:
    """HL7-like pipe-delimited snippet (each name field one NAME span; HL7 dates and timestamps DATE)."""
    pt = c.person()
    age = c.adult_age(0.25)
    ts = c.today
    stamp = f"{ts.year}{ts.month:02d}{ts.day:02d}{_hhmm(c)}{c.r.randint(0, 59):02d}"
    dob = c.dob(age)
    nk = c.person(loc=pt.loc)
    att = c.person()
    zipc = c.zip_str()
    a, e, n = c.phone_digits()
    hosp = c.fac_str("hospital").upper()
    ins = c.ch(INSURERS)
    event = f"A0{c.r.randint(1, 8)}"
    seg = [
        f"MSH|^~\\&|ADT|{P('FACILITY', hosp)}|RCV|{c.pick('LAB', 'CODING', 'HIM')}|{P('DATE', stamp)}||ADT^{event}|{c.id_('msg')}|P|2.5",
        f"EVN|{event}|{P('DATE', stamp)}",
        f"PID|1||{c.mrn()}^^^MRN||{c.nm(pt, 'hl7')}||{P('DATE', fmt_date(dob, 'hl7'))}|{pt.sex.upper()}|||{c.ad('us')}^^{c.us_town_p()}^{c.state}^{P('ZIP', zipc)}||{P('PHONE', f'({a}){e}-{n}')}|||||{c.acct()}|{c.ssn(c.pick('bare', 'dash'))}",
        f"PV1|1|I|{c.pick('4W', 'MICU', '7N', 'TELE')}^{c.r.randint(401, 499)}^{c.r.randint(1, 2)}||||{P('ID', c.digits(6, True))}^{c.nm(att, 'hl7')}^^^^MD|||{c.pick('CAR', 'MED', 'SUR')}",
    ]
    if c.p(0.7):
        seg.append(
            f"NK1|1|{c.nm(nk, 'hl7')}|{c.pick('DAU', 'SON', 'SPO', 'SIS')}|{c.ad('us')}^^{c.us_town_p()}^{c.state}^{c.zp()}|{c.ph(c.pick('paren', 'dash'), ext=0.0)}"
        )
    if c.p(0.7):
        seg.append(
            f"IN1|1|{c.digits(3)}|{c.digits(5)}|{c.k('insurer', ins)}|||||||||||{c.nm(pt, 'hl7')}|SEL|{P('DATE', fmt_date(dob, 'hl7'))}||||||||||||||||||{c.hp()}"
        )
    if c.p(0.5):
        seg.append(
            f"DG1|1|I10|{c.k('code', c.ch(tuple(v[0] for v in ICD10.values())))}|{c.pick('ADMIT DX', 'WORKING DX')}"
        )
    if c.p(0.5):
        seg.append(f"OBX|1|NM|{c.k('code', c.ch(LOINC)[0])}^LN||{c.r.randint(1, 200)}|||N|||F|||{P('DATE', stamp)}")
    if c.p(0.4):
        seg.append(
            f"ZPD|{c.pick('Age', 'AGE')}^{c.age(age)}|{c.pick('Birthplace', 'BPL')}^{c.town(pt.loc)}|EMAIL^{c.em(pt)}|SRC^{c.ip()}"
        )
    head = c.pick(
        "Interface error queue - message held:",
        "HL7 ADT (copied from interface log):",
        f"Reprocessed {c.dt_(c.today, 'mdy', 'iso')} by {c.nm(c.person(), c.pick('full', 'initials'))}:",
    )
    return head + "\n" + "\n".join(seg)


def c_csv(c: Ctx) -> str:
    """CSV-like lab export."""
    tests = c.r.sample(LOINC, c.r.randint(2, 6))
    pts = [c.person() for _ in range(c.r.randint(1, 3))]
    rows = []
    header = c.pick(
        "MRN,Patient,DOB,Age,Collected,Test,LOINC,Result,Units,Flag,Ordering",
        "mrn,patient_name,dob,age,collected_dt,test,loinc,value,unit,flag,ordering_provider",
    )
    for pt in pts:
        age = c.adult_age(0.3)
        mrn, name, dob = (
            c.mrn(),
            c.nm(pt, c.pick("LAST_FIRST", "last_first", "CAPS")),
            c.dt_(c.dob(age), "iso", "mdy", "mdy_loose"),
        )
        ordering = c.nm(c.person(), c.pick("SURNAME", "LAST_FIRST", "init_last"))
        for code, test, unit, (lo, hi) in c.r.sample(tests, c.r.randint(1, len(tests))):
            val = round(c.r.uniform(lo, hi), 1)
            d = c.recent(5)
            rows.append(
                f'{mrn},"{name}",{dob},{c.age(age)},{c.dt_(d, "iso", "mdy")} {_clock(c, False)},{test},{c.k("code", code)},{val},{unit},{c.pick("", "H", "L", "")},"{ordering}"'
            )
    out = [
        c.pick("# export: results_by_patient.csv", "--- Lab results export ---", "RESULTS EXPORT (CSV)"),
        header,
        *rows,
    ]
    if c.p(0.6):
        out.append(
            f"# exported by {c.nm(c.person(), c.pick('full', 'initials_lower', 'lower'))} from {c.ip()} on {c.dt_(c.today, 'iso', 'mdy')} at {_clock(c, False)}"
        )
    if c.p(0.4):
        out.append(
            f"# site: {c.fac('lab')}, {c.town()}; questions {c.em(c.person(), c.org_domain(c.fac_str('lab')))} / {c.ph(ext=0.3)}"
        )
    return "\n".join(out)


def c_dictation(c: Ctx) -> str:
    """Dictation with spoken punctuation ("period", "new paragraph")."""
    pt = c.person()
    age = c.adult_age(0.3)
    doc = c.person()
    lives, lw = c.rel(c.pick("child", "spouse"), pt.loc)
    out = (
        f"this is doctor {c.nm(doc, c.pick('full', 'lower', 'surname'))} dictating a {c.pick('clinic note', 'follow up note', 'consult')} on {c.nm(pt, c.pick('full', 'lower', 'full_mid'))} comma "
        f"date of birth {c.dt_(c.dob(age), 'spoken', 'mdy', 'long', 'words')} comma medical record number {c.mrn()} period new paragraph "
        f"history of present illness colon the patient is a {c.age(age, c.p(0.6))} year old {'man' if pt.sex == 'm' else 'woman'} with {c.epo()} seen today {c.dt_(c.today, 'words', 'long', 'md', 'spoken')} "
        f"for {c.pick('worsening tremor', 'falls', 'fatigue', 'shortness of breath')} period {he(pt)} lives with {his(pt)} {lw} {c.nm(lives, c.pick('given', 'full'))} in {c.town()} period "
        f"new paragraph medications colon {c.k('drug', c.pick('carbidopa levodopa', 'donepezil', 'metformin', 'lisinopril'))} comma {c.k('drug', c.pick('vitamin d', 'aspirin 81', 'omeprazole'))} period "
    )
    if c.p(0.5):
        out += f"new paragraph last visit was {c.dt_(c.recent(200, -60), 'words', 'long_noyear', 'md', 'the_of')} with {c.dr()} at {c.fac('clinic')} period "
    if c.p(0.5):
        out += f"please send a copy to {c.dr()} fax number {c.fx(c.pick('bare', 'dash'))} period "
    if c.p(0.4):
        out += f"the {lw} asks that we call {'him' if lives.sex == 'm' else 'her'} at {c.ph(c.pick('bare', 'dash'), ext=0.0)} period "
    out += f"new paragraph assessment and plan colon {c.pick('stable', 'worse', 'improved')} period {c.k('code', c.ch((CPT['est4'], CPT['est3'])))} period end of dictation period {c.nm(doc, c.pick('initials_lower', 'initials'))} slash {c.pick('mt', 'kp', 'vr')}"
    return out


def c_ems(c: Ctx) -> str:
    """EMS patient care report (run sheet)."""
    pt = c.person()
    age = c.adult_age(0.3)
    svc = c.fac_str("ems")
    medic = c.person()
    emt = c.person()
    mvc = c.p(0.5)
    t0 = c.r.randint(0, 20 * 60)
    t1 = t0 + c.r.randint(4, 18)
    t2 = t1 + c.r.randint(10, 35)
    out = [
        f"PATIENT CARE REPORT  #{c.id_('pcr')}   {P('FACILITY', svc)}   Unit {c.pick('M', 'A', 'BLS', 'ALS')}{c.r.randint(1, 40)}",
        f"Date {c.dt_(c.today, 'mdy', 'mdy_loose', 'iso')}  Dispatch {t0 // 60:02d}{t0 % 60:02d}  On scene {t1 // 60:02d}{t1 % 60:02d}  Transport {t2 // 60:02d}{t2 % 60:02d}",
        f"Location: {c.ad()}, {c.us_town_p()} {c.zp()}"
        + (f" (cross st {c.pick('Maple', 'Cedar Lane', 'Route 4')})" if c.p(0.3) else ""),
        f"Pt: {c.nm(pt, c.pick('LAST_FIRST', 'full', 'last_first'))}   {_age_phrase(c, age)} {pt.sex.upper()}   DOB {c.dt_(c.dob(age), 'mdy', 'mdy_loose')}",
    ]
    if mvc:
        out.append(
            f"CC: restrained driver, MVC {c.k('code', ICD10['mvc'][0])}; front-end damage to pt vehicle plate {c.plate()}, VIN {c.vin()}. Airbags deployed."
        )
    else:
        caller, cw = c.rel(c.pick("child", "neighbor", "spouse"), pt.loc)
        out.append(
            f"CC: {c.pick('fall at home', 'syncope', 'chest pain', 'shortness of breath')} ({c.k('code', c.pick(ICD10['fall'][0], ICD10['hf'][0]))}); {cw} {c.nm(caller, c.pick('full', 'given'))} called 911 from {c.ph(ext=0.0)}."
        )
    out += [
        f"Assessment: {c.k('eponym', 'Glasgow')} Coma Scale {c.r.randint(9, 15)}, BP {c.r.randint(80, 190)}/{c.r.randint(40, 110)}, HR {c.r.randint(50, 140)}, SpO2 {c.r.randint(85, 100)}%, BGL {c.r.randint(60, 300)}.",
        f"Tx: {c.k('drug', c.pick('aspirin 324 mg PO', 'ondansetron 4 mg IV', 'fentanyl 50 mcg IN', 'albuterol 2.5 mg neb'))}; c-collar; O2 {c.r.randint(2, 15)} L.",
        f"Transported to {c.fac('hospital')} ({c.k('department', 'Emergency Department')}), report to {c.nm(c.person(), c.pick('full', 'given_init'))}, RN.",
    ]
    if c.p(0.5):
        out.append(
            f"Pt states {he(pt)} is {c.age(age, True)} and 'never been sick'. Meds: {c.k('drug', 'warfarin')}."
            if age >= 90
            else f"Pt ID from {c.pick('wallet', 'pill bottle')}; {c.k('insurer', c.ch(INSURERS))} card {c.hp()}."
        )
    out += _extras(c, pt)
    out.append(
        f"Crew: {c.nm(medic, c.pick('full', 'LAST_first', 'init_last'))} EMT-P #{c.lic('ems')}; {c.nm(emt, c.pick('full', 'init_last'))} EMT #{c.lic('ems')}"
    )
    return "\n".join(out)


CLINICAL_GENRES: tuple[Callable[[Ctx], str], ...] = (
    c_icu, c_wound, c_anesthesia, c_pt, c_dental, c_transplant, c_nicu, c_oncology, c_device, c_court,
    c_discharge, c_hl7, c_csv, c_dictation, c_ems,
)  # fmt: skip


# --- rows -------------------------------------------------------------------------------------------

GENRES = {"messages": MESSAGE_GENRES, "clinical": CLINICAL_GENRES}


def _protected(text: str, phi: list[dict], keeps: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    return [(p["start"], p["end"]) for p in phi] + [(s, e) for s, e, _ in keeps]


def wrap72(text: str, protect: list[tuple[int, int]]) -> str:
    """Break lines longer than 72 columns at spaces outside `protect`, one newline for one space (offsets kept)."""
    chars = list(text)
    blocked: set[int] = set()
    for s, e in protect:
        blocked.update(range(s, e))
    line_start, last = 0, -1
    for i, ch in enumerate(chars):
        if ch == "\n":
            line_start, last = i + 1, -1
            continue
        if i - line_start >= 72 and last >= line_start:
            chars[last] = "\n"
            line_start, last = last + 1, -1
        if ch == " " and i not in blocked:
            last = i
    return "".join(chars)


def render(marked: str, case: str = "", wrap: bool = False) -> tuple[str, list[dict], dict[str, str]]:
    """The text, its PHI spans and its keep terms (kind by term) from a marked template."""
    marked = marked.strip()
    out: list[str] = []
    phi: list[dict] = []
    keeps: list[tuple[int, int, str]] = []
    pos = n = 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        n += m.start() - pos
        value = m.group(2) if m.group(1) else m.group(4)
        if m.group(1):
            phi.append({"start": n, "end": n + len(value), "type": m.group(1)})
        else:
            keeps.append((n, n + len(value), m.group(3)))
        out.append(value)
        n += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert not re.search(r"[\x01-\x04]", text), text
    if case == "upper":
        text = text.upper()
    elif case == "lower":
        text = text.lower()
    if wrap:
        text = wrap72(text, _protected(text, phi, keeps))
    keep: dict[str, str] = {}
    for s, e, kind in keeps:
        term = text[s:e]
        if term in keep:
            continue
        hits = [h.start() for h in re.finditer(re.escape(term), text)]
        if any(p["start"] < h + len(term) and h < p["end"] for h in hits for p in phi):
            continue  # the term also occurs inside a PHI span: left out of this row's list
        keep[term] = kind
    return text, phi, keep


def generate(family: str, n: int, seed: int) -> list[dict]:
    """`n` rows of `family`, reproducible from `seed`."""
    if family not in GENRES:
        raise ValueError(f"unknown family {family!r}")
    rng = random.Random(seed * 7919 + FAMILIES.index(family))
    pl = pools()
    genres = GENRES[family]
    rows: list[dict] = []
    seen: set[str] = set()
    order: list[Callable[[Ctx], str]] = []
    while len(rows) < n:
        if not order:
            order = list(genres)
            rng.shuffle(order)
        template = order.pop()
        while True:
            c = Ctx(rng, pl, family)
            if family == "clinical":
                c.case = "upper" if rng.random() < 0.08 else ""
                c.wrap = rng.random() < 0.12
                c.long = rng.choice((0, 0, 0, 0, 1, 2, 3))
            elif rng.random() < 0.04:
                c.case = "upper"
            marked = template(c)
            text, phi, keep = render(marked, c.case, c.wrap)
            if family == "clinical" and not 150 <= len(text) <= 1500:
                continue
            if text not in seen:
                break
        seen.add(text)
        rows.append(
            {
                "id": f"eval10-{family}-{len(rows)}",
                "family": family,
                "text": text,
                "phi": phi,
                "keep": list(keep),
                "keep_kinds": keep,
            }
        )
    return rows


def dumps(rows: list[dict]) -> str:
    """The rows as JSONL (ASCII, one row a line)."""
    return "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in rows)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--family", choices=FAMILIES, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    rows = generate(args.family, args.n, args.seed)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(dumps(rows))
    spans = sum(len(r["phi"]) for r in rows)
    print(f"wrote {len(rows)} rows, {spans} PHI spans to {args.out}")


if __name__ == "__main__":
    main()
