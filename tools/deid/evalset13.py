"""Thirteenth independent de-identification evaluation set (eval13): hearing-relay (TTY) call
transcripts typed in capitals ("GA", "SKSK", the 711 relay number), physiotherapy and gym booking-app
chats with clock times, jail health-services request slips ("kites": booking numbers, housing
units, staff initials), shelter case-manager referrals to a clinic (HMIS numbers, EBT cards,
driver's licences, SSNs), sports-team medical group texts (coach, athletic trainer and team doctor),
prior-authorization fax cover sheets typed by patients, senior-apartment resident emergency
information forms (ages over 90, oxygen-concentrator serials, parking plates), airline medical
clearance (MEDIF) requests (booking records, passports, towns abroad, +966 / +970 / +962 phones),
dental appointment chatbots, refugee-resettlement case messages (Hijri birth dates from a family
book beside the I-94 date, I-94 and A-numbers), online second-opinion portal questions (session
IPs, upload links), vacation-rental host messages quoting the booking notice, mail-in screening-kit
support e-mails with an auto-reply, student-health insurance-waiver appeals and hospital spiritual-
care referrals (`messages`); and bone-marrow biopsy reports, IVF embryology lab sheets with an
embryo table, cochlear-implant mapping notes (implant and processor serials), mole-mapping / total
body photography reports, 72-hour psychiatric detention applications (officer badge, patrol-unit
plate), burn-unit flowsheets, organ-procurement referral-line logs, hospice certifications of
terminal illness (Medicare MBIs), forensic toxicology reports (VINs), exercise stress tests,
pulmonary function reports, intravitreal injection records, electroconvulsive-therapy treatment
records, anticoagulation-clinic notes with an INR table and nuclear-medicine reports (`clinical`;
423-1,049 characters, 15 of 120 over 800; some carry care-team, registration, printed-by, portal, fax or addendum
sections). Each genre occurs equally often (twenty rows per genre in `messages`, eight in
`clinical`, in turn); every relay transcript and a few other rows are all capitals, a few messages
all lower case.

Written by a writer who read only `tests/deid/evalset_checks.py`, `tests/deid/test_evalset12.py`,
`tests/deid/conftest.py`, `tests/deid/test_evalset_generators.py`, the module docstring of
`tools/deid/evalset12.py` (nothing below it), `tools/deid/faker_tables.py`,
`medcode/deid/types.py` and `datasets/deid/README.md` (plus Faker's own locale sources for the
tables and their credits; the earlier generators were imported only to list the locales they
take); none of the de-identifier's rules, lexicons, keep lists or models, none
of the other generators' templates and none of their sets. The de-identifier was never run on this
text.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters
them. This family brings text shapes and values nobody tuned on.

Locales: almost every Faker locale with person tables is taken by an earlier list, set, corpus or
eval3-eval12; the two left with person tables of their own are ar_PS and ar_SA, and each has only a
family-name table (Palestinian and Saudi family names in Arabic script; both inherit their given
names from ar_AA, which eval12 read). So ``NAME_LOCALES`` and ``ORG_LOCALES`` are ar_PS and ar_SA
(their family names also make organisation names), ``CITY_LOCALES`` is empty (no unused locale has
a town table of its own), and ``FAKER_TABLES`` names only the two ``last_names`` tables.
Faker ships no romanization, so this module romanizes the family names with hand-written tables
only (``PS_SURNAMES``, ``SA_SURNAMES``), in the spellings met on US, Jordanian, Palestinian and
Saudi papers, with variants ("Tamimi" / "Al-Tamimi" / "Al Tamimi", "Khoury" / "Khouri" / "Khuri",
"Nusseibeh" / "Nuseibeh", "Abu Sneineh" / "Abusneineh", "Al Askari" / "Alaskari", "Abalkhail" /
"Aba Alkhail"); four entries are left out (a royal family name, a five-word lineage name, one
too famous to be a fair test and one ar_PS surname missed when the table was written), and table
entries without a hand-written spelling are not used
(``romanization_problems()`` checks every key is an entry of its Faker table;
``provenance_problems()`` that each table is the locale's own). Given names, which Faker has none
of for these locales, come from hand-written lists of Arabic given names in Latin spellings with
variants (``GIVEN_F``, ``GIVEN_M``: "Mohammed" / "Muhammad" / "Mohamed" / "Mohammad", "Abdulaziz" /
"Abdel Aziz", "Ra'ed", "Khadija" / "Khadijah"), and towns from hand-written lists (``US_TOWNS`` with
state, ZIP prefix and area code, ``PS_TOWNS``, ``SA_TOWNS``, ``JO_TOWNS``), as are street words.
Numbers, dates, codes and identifiers come from this module's own seeded ``random.Random``; no Faker
randomness is used, so a seed reproduces its file byte for byte. All text is ASCII.

Adaptations of the shared checks: none were changed. `check_own_locales` holds with
``CITY_LOCALES`` empty and ``LOCALES`` = ``NAME_LOCALES`` = ``ORG_LOCALES``; since the two locales
hold family names only, the hand-written given-name and town lists carry no locale and are
not part of ``FAKER_TABLES``.

Annotation conventions (the 18 Safe Harbor identifiers as the project's PHI types):
NAME is a person's name as written (patients, relatives, clinicians, staff, officers, coaches,
clergy, travel agents, case managers): "Given Surname", "Given Father Surname" (the Arabic chain of
names, "Tamer Naeem Al-Muhaidib"), "Surname, Given", "SURNAME, GIVEN", all capitals (relay
transcripts), all lower case, a given name or a surname alone, "S. Al Safwan", "Sara A." and two
capital initials in a table or signature ("MA"). Particles belong to the name ("Al-Tamimi",
"Al Bin Dhafer", "Abu Shalbak", "Aba Alkhail"), and so does a kunya, the name a parent goes by
("Umm Murad", "Abu Tasneem": one span). Titles and credentials stay outside the span ("Dr. ",
"Coach ", "Officer ", "Imam ", "Father ", "Pastor ", ", MD", ", DO", ", NP", ", PA-C", ", RN",
", DDS", ", AuD, CCC-A", ", PhD, HCLD", ", PhD, F-ABFT", ", MD, FAAD", ", CRNA", ", RRT", ", CNMT",
", PharmD, CACP", ", LCSW", ", BCC", ", MDiv"), and so do words for relatives used instead of a
name ("Teta", "Sitti", "Jiddo", "Yumma", "Yaba"), which are not PHI. An e-mail address is EMAIL even
when it holds a name. DATE is every date element more specific than a year, one span with its year
if it has one and with a weekday written next to it: "03/14/2025", "3/14/25", "2025-03-14",
"14-Mar-2025", "14MAR25", "Mar 14, 2025", "March 14, 2025", "14 Mar 2025", "3/14", "Mar 14",
"March 14th", "Fri 3/14", "Friday, March 14", "Fri 03/14/2025", a month with its year ("June 2026")
and a Hijri date written day first ("21/10/1418"; the " H" after it stays outside). Clock times,
durations, hours after a burn, treatment and cycle day numbers, room, bed, unit and housing numbers
are not PHI. AGE is PHI only when 90 or more: the number alone or the spelled number ("93",
"ninety-two", "one hundred and four"), never "years old" or "age"; younger ages stay in the text
unannotated. LOCATION is a town or city (US, Palestinian, Saudi or Jordanian), also as a place of
origin or a destination; states and countries are not PHI; a town inside an organisation's name is
part of the FACILITY span. ADDRESS is the street line with its unit ("353 Pomegranate Way Unit
245", "28131 Hillcrest Dr #126", "28560 Cedar Ln Apt 20D"). ZIP is a US ZIP, with its +4 when
written. PHONE and FAX spans include "+1", "1-", "+966", "+970", "+962" and an extension ("ext
2007"); a number labelled fax is FAX. The relay number 711 and the crisis line 988 are not PHI.
EMAIL, URL (with "https://", "http://" or "https://www.") and IP (IPv4 or IPv6) are whole tokens.
SSN in any of its shapes (with hyphens, spaces or none). MRN is a medical-record number: digits,
its last a Luhn check digit, sometimes a hyphen after the first two. ACCOUNT is a billing, HAR,
shelter, storage or dental balance account, or an EBT card number (16 digits, Luhn). HEALTH_PLAN is
a member, policy, Medicaid, refugee medical assistance or Medicare (MBI) number. LICENSE is a
driver's licence, a medical, nursing or pharmacist licence or a DEA registration (its check digit
right). VEHICLE is a plate or a VIN (its check digit right). DEVICE is the serial number of a device
a patient uses or carries (cochlear implant and processor, CPAP, oxygen concentrator, power
wheelchair, INR meter). ID is every other identifying number: booking, confirmation, reservation,
PNR, case, HMIS, student, kit, tracking, accession, cycle, straw, referral, UNOS, lab and agency
case, seal, image and prior-authorization numbers, relay-operator and officer badge numbers,
interpreter numbers, NPIs, I-94 numbers, A-numbers and passports. FACILITY is every organisation
named (hospitals, clinics, pharmacies, jails, shelters, schools, universities, mosques and churches,
hospices, laboratories, organ-procurement organisations, resettlement agencies, rental companies,
gyms), one span even when a town is part of the name. Not PHI and kept (``keep``, kinds in
``KEEP_KINDS``): drugs with their doses as written, and toxicology analytes (drug); ICD-10, CPT,
HCPCS and CDT codes, lot numbers and test names ("QuantiFERON", "MoCA", "ImPACT", "GLI-2012")
(code); device and kit makers (manufacturer); model names ("Kanso 2", "One G5", "EmbryoScope+",
"Thymatron System IV", "Cologuard") (model); insurers (insurer); eponyms, the name only
("Lachman", "Ottawa ankle rules", "Gardner", "Lund and Browder", "Parkland", "Bruce", "Duke",
"Snellen", "Karnofsky", "Glasgow", "Alzheimer", "Gleason") (eponym) and departments (department).
No keep term ever occurs inside a PHI span (a term that does in some row is left out of that row's
list). Look-alikes left in the text on purpose: family names that are English or Arabic words
("Badr", "Shaheen", "Hashem", "Salem" as a given name), given names that are also family names
("Rashid" / "Al-Rashed"), towns that are given names or surnames ("Aurora", "Irving", "Lawrence",
"Chandler"), and numbers that are not PHI (711, 988,
jersey numbers, lot numbers, ages under 90).

    python -m tools.deid.evalset13 --family messages --n 300 --seed 2601 --out datasets/deid/eval13_messages.jsonl
    python -m tools.deid.evalset13 --family clinical --n 120 --seed 2602 --out datasets/deid/eval13_clinical.jsonl

Seeds 2701 / 2702 are reserved for tuning (``--out build/deid-fresh/...``); keep the two committed
files for measurement.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from datetime import date as Date
from typing import TypeVar

from tools.deid import faker_tables

T = TypeVar("T")

FAMILIES = ("messages", "clinical")
NAME_LOCALES = ("ar_PS", "ar_SA")
CITY_LOCALES: tuple[str, ...] = ()
ORG_LOCALES = ("ar_PS", "ar_SA")
LOCALES = ("ar_PS", "ar_SA")
FAKER_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "ar_PS": (("faker.providers.person.ar_PS", "last_names"),),
    "ar_SA": (("faker.providers.person.ar_SA", "last_names"),),
}
KEEP_KINDS = ("code", "drug", "insurer", "manufacturer", "model", "eponym", "department")

# ---------------------------------------------------------------------------------------------
# Romanization: Faker's ar_PS and ar_SA family names (Arabic script) -> the spellings met on US,
# Jordanian, Palestinian and Saudi papers, first the most common. Entries left out are not used.
# ---------------------------------------------------------------------------------------------
PS_SURNAMES: dict[str, tuple[str, ...]] = {
    "أبو اسنينة": ("Abu Sneineh", "Abu Snaineh", "Abusneineh"),
    "أبو شقدم": ("Abu Shaqdam", "Abu Shakdam"),
    "أبو شلبك": ("Abu Shalbak", "Abushalbak"),
    "أبو غليون": ("Abu Ghalyoun", "Abu Ghalioun"),
    "أبو قمر": ("Abu Qamar", "Abu Kamar"),
    "أستيتية": ("Isteitieh", "Asteitiya", "Steitieh"),
    "الأدغم": ("Al-Adgham", "Adgham"),
    "الإغباري": ("Al-Ighbari", "Ighbari", "Aghbari"),
    "البرغوثي": ("Barghouti", "Al-Barghouti", "Barghouthi"),
    "التركمان": ("Turkman", "Al-Turkman", "Turkmani"),
    "التميمي": ("Tamimi", "Al-Tamimi", "Al Tamimi"),
    "الجنيدي": ("Jneidi", "Al-Junaidi", "Junaidi"),
    "الحسيني": ("Husseini", "Al-Husseini", "Al-Hussaini"),
    "الحنبلي": ("Hanbali", "Al-Hanbali"),
    "الخازن": ("Khazen", "Al-Khazen", "El Khazen"),
    "الخماش": ("Khammash", "Al-Khammash"),
    "الخياط": ("Khayyat", "Khayat", "Al-Khayyat"),
    "الزيتاوي": ("Zeitawi", "Al-Zeitawi", "Zaytawi"),
    "الزيدانية": ("Zeidanieh", "Al-Zaydaniyya"),
    "السكاكيني": ("Sakakini", "Al-Sakakini"),
    "الصالحي": ("Salhi", "Al-Salhi", "Al-Salehi"),
    "النشاشيبي": ("Nashashibi", "Al-Nashashibi"),
    "النعنيش": ("Naanish", "Al-Naanish"),
    "بدر": ("Badr", "Bader", "Badir"),
    "ترابين": ("Tarabin", "Trabin"),
    "جرار": ("Jarrar", "Jarar"),
    "جزار": ("Jazzar", "Jazar", "Al-Jazzar"),
    "حمامي": ("Hammami", "Hamami"),
    "حوسة": ("Hawsa", "Housa"),
    "خوري": ("Khoury", "Khouri", "Khuri"),
    "دغمش": ("Doghmosh", "Dughmush"),
    "دلاشة": ("Dalasha", "Dallasheh"),
    "شاهين": ("Shaheen", "Shahin"),
    "صليبا": ("Saliba", "Sliba"),
    "طوقان": ("Touqan", "Tuqan", "Toukan"),
    "فطاير": ("Fatayer", "Ftayer"),
    "قرادة": ("Qarada", "Karadeh"),
    "كسواني": ("Kiswani", "Kaswani"),
    "مرمش": ("Marmash", "Murmesh"),
    "مهيار": ("Mahyar", "Mihyar"),
    "نسيبة": ("Nusseibeh", "Nuseibeh", "Nusaybah"),
    "هاشم": ("Hashem", "Hashim"),
}
SA_SURNAMES: dict[str, tuple[str, ...]] = {
    "آل الشيخ": ("Al Alsheikh", "Alalsheikh", "Al Al-Shaikh"),
    "آل العسكري": ("Al Askari", "Al-Askari", "Alaskari"),
    "آل بن ظافر": ("Al Bin Dhafer", "Al Bin Zafer"),
    "آل بن لافي": ("Al Bin Lafi", "Al Binlafi"),
    "آل جعفر": ("Al Jaafar", "Al Jafar", "Aljaafar"),
    "آل حسين": ("Al Hussain", "Al Hussein", "Alhussain"),
    "آل خضير": ("Al Khudair", "Al Khudhair", "Alkhudair"),
    "آل رفيع": ("Al Rafie", "Al Rafea"),
    "آل سلطان": ("Al Sultan", "Alsultan"),
    "آل صفوان": ("Al Safwan", "Alsafwan"),
    "آل عايض": ("Al Ayed", "Al Aidh", "Alayed"),
    "آل عطفة": ("Al Atfah", "Al Atfa"),
    "آل علي": ("Al Ali", "Alali"),
    "آل عواض": ("Al Awadh", "Al Awad"),
    "آل قصير": ("Al Qasir", "Al Gusair"),
    "آل معيض": ("Al Muaidh", "Al Moaidh", "Al Mueed"),
    "آل مقطة": ("Al Muqatta", "Al Mogatta"),
    "أبا الخيل": ("Abalkhail", "Aba Alkhail", "Aba Al-Khail"),
    "أبو داوود": ("Abu Dawood", "Abu Daoud", "Abudawood"),
    "الجابر": ("Al-Jaber", "Aljaber", "Jaber"),
    "الجفالي": ("Juffali", "Al-Juffali"),
    "الحجار": ("Al-Hajjar", "Alhajjar"),
    "الحكير": ("Al-Hokair", "Alhokair"),
    "الخرافي": ("Al-Kharafi", "Alkharafi"),
    "الدباغ": ("Dabbagh", "Al-Dabbagh"),
    "الراشد": ("Al-Rashed", "Alrashed", "Al-Rashid"),
    "الشايع": ("Alshaya", "Al-Shaya", "Al-Shaye"),
    "العجلان": ("Al-Ajlan", "Alajlan"),
    "العقيل": ("Al-Aqeel", "Alaqeel", "Al-Aqil"),
    "العليان": ("Olayan", "Al-Olayan", "Al-Ulayan"),
    "المشاولة": ("Al-Mashawleh", "Mashawla"),
    "المغاولة": ("Al-Maghawleh", "Maghawla"),
    "المهنا": ("Al-Muhanna", "Almuhanna"),
    "المهيدب": ("Al-Muhaidib", "Almuhaidib"),
    "بقشان": ("Bugshan", "Baqshan"),
    "حجار": ("Hajjar", "Hajar"),
    "حنبولي": ("Hanbouli", "Hanbuli"),
    "شربتلي": ("Sharbatly", "Sharbatli"),
    "فصيل": ("Fusail", "Fasil"),
    "كانو": ("Kanoo", "Kanu"),
    "مهنا": ("Mhanna", "Muhanna"),
}
ROMANIZATION: dict[str, dict[str, tuple[str, ...]]] = {"ar_PS": PS_SURNAMES, "ar_SA": SA_SURNAMES}

# Faker has no given names of its own for ar_PS or ar_SA (they inherit ar_AA's, which eval12 read),
# so given names are hand-written here, in Latin script, with the spellings a registrar meets.
GIVEN_F: tuple[tuple[str, ...], ...] = (
    ("Fatima", "Fatma", "Fatimah"), ("Aisha", "Aysha", "Aicha"), ("Maryam", "Mariam"), ("Nour", "Noor", "Nur"),
    ("Rania", "Raniya"), ("Huda", "Hoda"), ("Samar",), ("Reem", "Rim"), ("Lina", "Leena"), ("Dana",), ("Rana",),
    ("Hala",), ("Sawsan", "Sausan"), ("Suha", "Souha"), ("Manal",), ("Amal",), ("Hanan",), ("Iman", "Eman"),
    ("Asma", "Asmaa"), ("Khadija", "Khadijah", "Khadeeja"), ("Zainab", "Zeinab", "Zaynab"), ("Layla", "Laila", "Leila"),
    ("Yasmin", "Yasmeen"), ("Ruba", "Roba"), ("Dima", "Deema"), ("Lubna",), ("Nisreen", "Nesrin", "Nisrine"),
    ("Abeer", "Abir"), ("Ghada",), ("Wafa", "Wafaa"), ("Haneen", "Hanin"), ("Shahad",), ("Joud", "Jood"), ("Razan",),
    ("Lama",), ("Ghadeer", "Ghadir"), ("Arwa",), ("Bayan",), ("Tasneem", "Tasnim"), ("Rawan",), ("Aseel", "Asil"),
    ("Sahar",), ("Nada",), ("Amani", "Amany"), ("Rasha",), ("Suad", "Souad"), ("Najwa",), ("Samira", "Sameera"),
    ("Widad", "Wedad"), ("Hiyam", "Hiam"), ("Dalal",), ("Maha",), ("Mona", "Muna"), ("Salma",), ("Lamees", "Lamis"),
    ("Areej", "Arij"), ("Hadeel", "Hadil"), ("Malak",), ("Sara", "Sarah"), ("Inaam", "Enaam"), ("Nawal",),
    ("Ibtisam", "Ebtisam"), ("Rahaf",), ("Shatha", "Shaza"), ("Hind",), ("Nuha", "Noha"),
)  # fmt: skip
GIVEN_M: tuple[tuple[str, ...], ...] = (
    ("Mohammed", "Muhammad", "Mohamed", "Mohammad"), ("Ahmad", "Ahmed"), ("Mahmoud", "Mahmud"), ("Khaled", "Khalid"),
    ("Omar", "Umar"), ("Ali",), ("Hassan", "Hasan"), ("Hussein", "Husain", "Hussain"), ("Ibrahim", "Ebrahim"),
    ("Yousef", "Youssef", "Yusuf"), ("Abdullah", "Abdallah"), ("Abdulaziz", "Abdel Aziz", "Abdelaziz"),
    ("Abdulrahman", "Abdel Rahman", "Abdelrahman"), ("Saleh", "Salih"), ("Fahad", "Fahd"), ("Faisal", "Faysal"),
    ("Sultan",), ("Turki",), ("Nasser", "Naser"), ("Majed", "Majid"), ("Bandar",), ("Nawaf",), ("Mishal", "Meshal"),
    ("Rakan",), ("Tariq", "Tareq"), ("Ziad", "Ziyad"), ("Samer",), ("Sami", "Samy"), ("Rami", "Ramy"),
    ("Fadi", "Fady"), ("Hani", "Hany"), ("Basel", "Basil"), ("Imad", "Emad"), ("Iyad", "Eyad"), ("Mazen",),
    ("Nidal",), ("Jamal", "Gamal"), ("Kamal",), ("Walid", "Waleed"), ("Yasser", "Yasir"), ("Osama", "Usama"),
    ("Anas",), ("Bilal",), ("Hamza", "Hamzah"), ("Mustafa", "Mostafa"), ("Murad", "Mourad"), ("Nabil", "Nabeel"),
    ("Raed", "Ra'ed"), ("Wael",), ("Ayman",), ("Hatem", "Hatim"), ("Adel", "Adil"), ("Amjad",), ("Ashraf",),
    ("Bassam",), ("Ghassan",), ("Issa", "Eisa"), ("Marwan",), ("Munther", "Monther", "Mundhir"), ("Naim", "Naeem"),
    ("Qais", "Kais", "Qays"), ("Rashid", "Rashed"), ("Saeed", "Said", "Sa'id"), ("Tamer", "Tamir"), ("Wisam", "Wissam"),
    ("Yazan",), ("Zaid", "Zayd", "Zeid"), ("Majdi", "Magdy"), ("Odai", "Uday"), ("Salem", "Salim"),
    ("Suleiman", "Sulaiman", "Sliman"), ("Husam", "Hossam"), ("Muath", "Moath", "Muadh"),
    ("Abdulmajeed", "Abdul Majeed"), ("Jihad",), ("Kareem", "Karim"), ("Nizar",), ("Shadi", "Shady"),
)  # fmt: skip
KIN_WORDS = ("Teta", "Sitti", "Jiddo", "Khalto", "Ammo", "Yumma", "Yaba", "Khalo", "Ammto")

# (town, state, ZIP prefix, area code): hand-written, since no unused locale has a town table.
US_TOWNS: tuple[tuple[str, str, str, str], ...] = (
    ("Dearborn", "MI", "481", "313"), ("Dearborn Heights", "MI", "481", "313"), ("Hamtramck", "MI", "482", "313"),
    ("Sterling Heights", "MI", "483", "586"), ("Lansing", "MI", "489", "517"), ("Grand Rapids", "MI", "495", "616"),
    ("Bridgeview", "IL", "604", "708"), ("Orland Park", "IL", "604", "708"), ("Paterson", "NJ", "075", "973"),
    ("Clifton", "NJ", "070", "973"), ("Jersey City", "NJ", "073", "201"), ("Anaheim", "CA", "928", "714"),
    ("El Cajon", "CA", "920", "619"), ("Allentown", "PA", "181", "610"), ("Toledo", "OH", "436", "419"),
    ("Columbus", "OH", "432", "614"), ("Cleveland", "OH", "441", "216"), ("Jacksonville", "FL", "322", "904"),
    ("Sugar Land", "TX", "774", "281"), ("Irving", "TX", "750", "972"), ("Houston", "TX", "770", "713"),
    ("Falls Church", "VA", "220", "703"), ("Lawrence", "MA", "018", "978"), ("Worcester", "MA", "016", "508"),
    ("Milwaukee", "WI", "532", "414"), ("Minneapolis", "MN", "554", "612"), ("Hartford", "CT", "061", "860"),
    ("Raleigh", "NC", "276", "919"), ("Chandler", "AZ", "852", "480"), ("Tucson", "AZ", "857", "520"),
    ("Aurora", "CO", "800", "303"), ("Boise", "ID", "837", "208"), ("Salt Lake City", "UT", "841", "801"),
)  # fmt: skip
STATE_NAMES = {
    "MI": "Michigan", "IL": "Illinois", "NJ": "New Jersey", "CA": "California", "PA": "Pennsylvania", "OH": "Ohio",
    "FL": "Florida", "TX": "Texas", "VA": "Virginia", "MA": "Massachusetts", "WI": "Wisconsin", "MN": "Minnesota",
    "CT": "Connecticut", "NC": "North Carolina", "AZ": "Arizona", "CO": "Colorado", "ID": "Idaho", "UT": "Utah",
}  # fmt: skip
PS_TOWNS = ("Nablus", "Hebron", "Ramallah", "Al-Bireh", "Jenin", "Tulkarm", "Qalqilya", "Bethlehem", "Beit Jala",
            "Beit Sahour", "Jericho", "Salfit", "Tubas", "Dura", "Halhul", "Yatta", "Birzeit", "Anabta", "Gaza",
            "Khan Younis", "Rafah", "Deir al-Balah", "Jabalia", "Beit Lahia")  # fmt: skip
SA_TOWNS = ("Riyadh", "Jeddah", "Dammam", "Al Khobar", "Dhahran", "Qatif", "Hofuf", "Taif", "Abha", "Khamis Mushait",
            "Najran", "Jazan", "Tabuk", "Hail", "Buraidah", "Unaizah", "Yanbu", "Al Kharj", "Jubail",
            "Hafar Al-Batin", "Sakaka", "Arar", "Bisha", "Medina")  # fmt: skip
JO_TOWNS = ("Amman", "Irbid", "Zarqa", "Mafraq", "Salt", "Madaba", "Jerash", "Aqaba")
COUNTRIES = ("Palestine", "Saudi Arabia", "Jordan", "USA")
STREETS = ("Warren Ave", "Schaefer Rd", "Michigan Ave", "Greenfield Rd", "Harlem Ave", "Main St", "Market St",
           "Oak Ridge Dr", "Cedar Ln", "Olive St", "Fig Tree Ct", "Pomegranate Way", "Orchard Lake Rd", "Ford Rd",
           "Telegraph Rd", "Maple Ave", "Lincoln Blvd", "Chestnut St", "Hillcrest Dr", "Willow Bend", "Quarry Rd",
           "Prospect St", "Sunset Ter", "Birch Hollow Ln", "Cottonwood Dr", "Juniper Ct", "Ridgeview Rd")  # fmt: skip
EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "proton.me")

INSURERS = ("Aetna", "Cigna", "Humana", "UnitedHealthcare", "Blue Cross Blue Shield", "Anthem", "Molina Healthcare",
            "Ambetter", "Oscar Health", "Kaiser Permanente", "Priority Health", "Meridian", "HAP", "Tricare")  # fmt: skip
DEPARTMENTS = ("Hematology", "Oncology", "Cardiology", "Pulmonology", "Dermatology", "Ophthalmology", "Psychiatry",
               "Audiology", "Nuclear Medicine", "Emergency Department", "Radiology", "Pharmacy", "Social Work",
               "Reproductive Endocrinology", "Burn Unit", "Orthopedics", "Family Medicine", "Pediatrics")  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Marked text: PHI and keep terms are written inline and turned into offsets at the end.
# ---------------------------------------------------------------------------------------------
_MARK = re.compile("\x01([A-Z_]+)\x02([^\x03]*)\x03|\x04([a-z]+)\x02([^\x03]*)\x03")


def P(kind: str, value: str) -> str:
    """`value` as a PHI span of `kind`."""
    return f"\x01{kind}\x02{value}\x03"


def K(kind: str, value: str) -> str:
    """`value` as a keep term of `kind`."""
    return f"\x04{kind}\x02{value}\x03"


def unmark(marked: str, case: str = "") -> tuple[str, list[dict], list[tuple[str, str]]]:
    """The plain text, its PHI spans and its keep terms (text, kind); `case` "upper" or "lower"."""
    out: list[str] = []
    phi: list[dict] = []
    keep: list[tuple[str, str]] = []
    pos = last = 0
    for m in _MARK.finditer(marked):
        plain = marked[last : m.start()]
        out.append(plain)
        pos += len(plain)
        value = m.group(2) if m.group(1) else m.group(4)
        if m.group(1):
            lead = len(value) - len(value.lstrip())
            core = value.strip()
            if core:
                phi.append({"start": pos + lead, "end": pos + lead + len(core), "type": m.group(1)})
        else:
            keep.append((value, m.group(3)))
        out.append(value)
        pos += len(value)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    if case == "upper":
        text, keep = text.upper(), [(t.upper(), k) for t, k in keep]
    elif case == "lower":
        text, keep = text.lower(), [(t.lower(), k) for t, k in keep]
    return text, phi, keep


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (1 if i % 2 else 2)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def vin_check(vin: str) -> str:
    value = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9)))}
    value.update(dict(zip("JKLMN", range(1, 6))) | {"P": 7, "R": 9} | dict(zip("STUVWXYZ", range(2, 10))))
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    total = sum(value[c] * w for c, w in zip(vin, weights)) % 11
    return "X" if total == 10 else str(total)


@dataclass
class Person:
    given: str
    father: str
    surname: str
    sex: str

    def _s(self, text: str) -> str:
        return P("NAME", text)

    def full(self) -> str:
        return self._s(f"{self.given} {self.surname}")

    def three(self) -> str:
        return self._s(f"{self.given} {self.father} {self.surname}")

    def last_first(self) -> str:
        return self._s(f"{self.surname}, {self.given}")

    def caps(self) -> str:
        return self._s(f"{self.surname.upper()}, {self.given.upper()}")

    def caps_full(self) -> str:
        return self._s(f"{self.given} {self.surname}".upper())

    def init_last(self) -> str:
        return self._s(f"{self.given[0]}. {self.surname}")

    def first_init(self) -> str:
        return self._s(f"{self.given} {self.surname[0]}.")

    def initials(self) -> str:
        return self._s(f"{self.given[0]}{self.surname[0]}".upper())

    def first(self) -> str:
        return self._s(self.given)

    def lower(self) -> str:
        return self._s(f"{self.given} {self.surname}".lower())

    def last(self) -> str:
        return self._s(self.surname)

    def kunya(self, child: str) -> str:
        return self._s(f"{'Umm' if self.sex == 'f' else 'Abu'} {child}")

    def email(self, rng: random.Random) -> str:
        g = re.sub(r"[^a-z]", "", self.given.lower())
        s = re.sub(r"[^a-z]", "", self.surname.lower())
        user = rng.choice((f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{rng.randint(1, 99)}", f"{s}.{g}", f"{g}_{s[:5]}"))
        return P("EMAIL", f"{user}@{rng.choice(EMAIL_DOMAINS)}")

    def any(self, rng: random.Random) -> str:
        shape = rng.choice((self.full, self.full, self.full, self.three, self.last_first, self.caps, self.init_last))
        return shape()


class W:
    """One row's writer: the seeded choices every genre draws from."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.town_row = rng.choice(US_TOWNS)
        self.patient: Person | None = None

    # -- choices -----------------------------------------------------------------------------
    def pick(self, seq: Sequence[T]) -> T:
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))

    def letters(self, n: int) -> str:
        return "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    # -- people ------------------------------------------------------------------------------
    def person(self, sex: str = "") -> Person:
        sex = sex or self.pick("fm")
        table = GIVEN_F if sex == "f" else GIVEN_M
        loc = self.pick(NAME_LOCALES)
        key = self.pick(sorted(ROMANIZATION[loc]))
        variants = ROMANIZATION[loc][key]
        surname = variants[0] if self.chance(0.55) else self.pick(variants)
        father = self.pick(self.pick(GIVEN_M))
        given = self.pick(self.pick(table))
        return Person(given, father, surname, sex)

    def doc(self, cred: str = "") -> str:
        p = self.person()
        cred = cred or self.pick(("MD", "MD", "DO", "NP", "PA-C"))
        shape = self.pick(("full", "init", "caps"))
        if shape == "full":
            return f"{p.full()}, {cred}"
        if shape == "init":
            return f"{p.init_last()}, {cred}"
        return f"Dr. {p.full()}" if cred in ("MD", "DO") else f"{p.full()}, {cred}"

    # -- places --------------------------------------------------------------------------------
    def town(self) -> str:
        return P("LOCATION", self.town_row[0])

    def state(self) -> str:
        return self.town_row[1]

    def zip(self) -> str:
        z = self.town_row[2] + f"{self.r.randint(0, 99):02d}"
        if self.chance(0.2):
            z += f"-{self.r.randint(0, 9999):04d}"
        return P("ZIP", z)

    def street(self) -> str:
        s = f"{self.r.randint(10, 29999)} {self.pick(STREETS)}"
        if self.chance(0.4):
            s += self.pick((f" Apt {self.r.randint(1, 40)}{self.pick('ABCD')}", f" #{self.r.randint(2, 400)}",
                            f" Unit {self.r.randint(100, 999)}"))  # fmt: skip
        return P("ADDRESS", s)

    def address_line(self) -> str:
        return f"{self.street()}, {self.town()}, {self.state()} {self.zip()}"

    def abroad(self, country: str = "") -> tuple[str, str]:
        """(a town abroad, its country)."""
        country = country or self.pick(("Palestine", "Saudi Arabia", "Jordan"))
        towns = {"Palestine": PS_TOWNS, "Saudi Arabia": SA_TOWNS, "Jordan": JO_TOWNS}[country]
        return P("LOCATION", self.pick(towns)), country

    def facility(self, kind: str) -> str:
        sur = self.person().surname
        t = self.town_row[0]
        names = {
            "hospital": (f"{t} General Hospital", f"{t} Medical Center", f"{sur} Memorial Hospital",
                         "Lakeshore Regional Medical Center", "Mercy Pines Hospital", "Cedar Crescent Hospital",
                         f"St. Brigid Hospital of {t}", "Northgate University Hospital"),
            "clinic": (f"{sur} Family Clinic", f"{t} Community Health Center", "Crescent Valley Health Clinic",
                       f"{sur} Internal Medicine", "Riverbend Primary Care", f"{t} Arab-American Health Center"),
            "dental": (f"{sur} Family Dental", f"Bright Harbor Dental of {t}", "Olive Branch Dentistry",
                       f"{t} Smiles Dental Group"),
            "gym": (f"{t} Motion Physio", "CoreStrong Fitness & Rehab", f"{sur} Physical Therapy",
                    "Lift Lab Performance Studio"),
            "jail": (f"{t} County Detention Center", f"{t} Metropolitan Correctional Facility",
                     "Tri-County Regional Jail"),
            "shelter": ("Safe Haven Family Shelter", f"{t} Rescue Mission", "Harbor House Women's Shelter",
                        f"{sur} House Transitional Housing"),
            "school": (f"{t} High School", f"{t} Central Academy", "Fordson Valley Prep", f"{t} Islamic Academy"),
            "university": (f"University of {t}", f"{t} State University", "Great Lakes Technical University"),
            "mosque": (f"Islamic Center of {t}", f"Masjid Al-Noor of {t}", "Dar Al-Salam Mosque", f"{t} Islamic Society"),
            "church": (f"St. George Antiochian Orthodox Church of {t}", "Holy Nativity Melkite Church",
                       f"First Arabic Baptist Church of {t}", "St. Elias Orthodox Cathedral"),
            "hospice": (f"{t} Hospice & Palliative Care", f"{sur} Hospice Care", "Gentle Harbor Hospice",
                        "Crescent Moon Home Hospice"),
            "reflab": ("NorthStar Reference Labs", "Meridian Hematopathology Associates", f"{t} Reference Laboratory"),
            "pharmacy": (f"{sur} Pharmacy", f"{t} Family Pharmacy", "Crescent Drug & Surgical"),
            "lab": ("Midwest Forensic Toxicology Laboratory", f"{t} Regional Crime Laboratory",
                    "NorthStar Reference Labs"),
            "opo": ("Lakes Region Organ & Tissue Network", "Heartland Donor Alliance", "Gift of Hope Partners"),
            "abroad": (f"{sur} Specialist Hospital", f"{sur} Medical Complex", "Al-Shifa Charitable Clinic",
                       f"{sur} Eye Center"),
            "rental": ("Lakeview Cottages LLC", f"{sur} Property Group", "Harborline Vacation Rentals"),
            "agency": ("New Roots Refugee Services", "Global Neighbors Resettlement", f"{t} Refugee Welcome Center"),
        }[kind]  # fmt: skip
        return P("FACILITY", self.pick(names))

    # -- dates -------------------------------------------------------------------------------------
    def day(self, start: int = 2024, end: int = 2026) -> date:
        d0 = date(start, 1, 1)
        return d0 + timedelta(days=self.r.randint(0, (date(end, 11, 30) - d0).days))

    def dob(self, young: int = 1, old: int = 88) -> tuple[date, int]:
        """A birth date and the age it gives (in 2025)."""
        age = self.r.randint(young, old)
        d = date(2025 - age, 1, 1) + timedelta(days=self.r.randint(0, 330))
        return d, age

    def date(self, d: Date, style: str = "") -> str:
        m, dd, y = d.month, d.day, d.year
        styles = {
            "mdy": f"{m:02d}/{dd:02d}/{y}", "mdy_short": f"{m}/{dd}/{y % 100:02d}", "iso": d.isoformat(),
            "dmony": d.strftime("%d-%b-%Y"), "compact": d.strftime("%d%b%y").upper(), "mon_d_y": d.strftime("%b %d, %Y"),
            "month_d_y": d.strftime("%B %d, %Y").replace(" 0", " "), "d_month_y": f"{dd} {d.strftime('%B %Y')}",
            "d_mon_y": f"{dd} {d.strftime('%b %Y')}", "dmy": f"{dd:02d}/{m:02d}/{y}", "dmy_dot": f"{dd:02d}.{m:02d}.{y}",
            "md": f"{m}/{dd}", "mon_d": f"{d.strftime('%b')} {dd}", "month_d": f"{d.strftime('%B')} {dd}",
            "month_dth": f"{d.strftime('%B')} {dd}{_ordinal(dd)}", "wk_md": f"{d.strftime('%a')} {m}/{dd}",
            "wk_month_d": f"{d.strftime('%A')}, {d.strftime('%B')} {dd}", "wk_mdy": f"{d.strftime('%a')} {m:02d}/{dd:02d}/{y}",
            "month_y": d.strftime("%B %Y"),
        }  # fmt: skip
        if not style:
            style = self.pick(("mdy", "mdy", "mdy_short", "iso", "dmony", "mon_d_y", "month_d_y", "md", "md", "mon_d",
                               "month_dth", "wk_md", "wk_month_d", "d_mon_y", "compact"))  # fmt: skip
        return P("DATE", styles[style])

    def hijri(self, d: Date) -> str:
        """About `d` in the Hijri calendar, day first, as Saudi and Gulf papers write it (not converted exactly)."""
        days = (d - Date(622, 7, 16)).days
        year, rest = divmod(days, 354.367)
        month, day = divmod(rest, 29.53)
        return P("DATE", f"{min(int(day) + 1, 29):02d}/{int(month) + 1:02d}/{int(year) + 1}")

    def age90(self) -> str:
        return self.age90n()[0]

    def age90n(self) -> tuple[str, int]:
        """An age of 90 or more as an AGE span (digits or words), and its value."""
        n = self.r.randint(90, 106)
        return P("AGE", _age_words(n) if self.chance(0.3) else str(n)), n

    # -- numbers -----------------------------------------------------------------------------------
    def phone(self, label: str = "PHONE") -> str:
        a = self.town_row[3] if self.chance(0.7) else self.pick(("313", "734", "248", "708", "973", "714", "614"))
        ex, ln = self.r.randint(201, 989), self.r.randint(0, 9999)
        shape = self.pick(("({a}) {e}-{n}", "{a}-{e}-{n}", "{a}.{e}.{n}", "({a}){e}-{n}", "1-{a}-{e}-{n}",
                           "+1 {a}-{e}-{n}"))  # fmt: skip
        s = shape.format(a=a, e=ex, n=f"{ln:04d}")
        if label == "PHONE" and self.chance(0.08):
            s += f" ext {self.r.randint(10, 4999)}"
        return P(label, s)

    def phone_abroad(self, country: str) -> str:
        if country == "Saudi Arabia":
            s = f"+966 5{self.r.randint(0, 9)} {self.digits(3)} {self.r.randint(0, 9999):04d}"
        elif country == "Jordan":
            s = f"+962 7{self.pick('789')} {self.digits(3)} {self.r.randint(0, 9999):04d}"
        else:
            s = f"+970 59{self.r.randint(0, 9)} {self.digits(3)} {self.digits(3)}"
        return P("PHONE", s)

    def mrn(self) -> str:
        body = self.digits(self.r.randint(6, 9))
        s = body + luhn_digit(body)
        if self.chance(0.25):
            s = s[:2] + "-" + s[2:]
        return P("MRN", s)

    def ssn(self) -> str:
        a = self.r.randint(1, 899)
        while a == 666:
            a = self.r.randint(1, 899)
        b, c = self.r.randint(1, 99), self.r.randint(1, 9999)
        sep = self.pick(("-", "-", "-", " ", ""))
        return P("SSN", f"{a:03d}{sep}{b:02d}{sep}{c:04d}")

    def mbi(self) -> str:
        L = "ACDEFGHJKMNPQRTUVWXY"
        c = self.r.choice
        s = (f"{self.r.randint(1, 9)}{c(L)}{c(L + '0123456789')}{self.r.randint(0, 9)}{c(L)}{c(L + '0123456789')}"
             f"{self.r.randint(0, 9)}{c(L)}{c(L)}{self.r.randint(0, 9)}{self.r.randint(0, 9)}")  # fmt: skip
        if self.chance(0.5):
            s = f"{s[:4]}-{s[4:7]}-{s[7:]}"
        return P("HEALTH_PLAN", s)

    def member(self) -> str:
        shape = self.pick(("{L3}{D9}", "{D9}-{D2}", "W{D10}", "{L2}{D8}", "{D11}"))
        s = shape.format(L3=self.letters(3), L2=self.letters(2), D9=self.digits(9), D2=self.digits(2),
                         D10=self.digits(10), D8=self.digits(8), D11=self.digits(11))  # fmt: skip
        return P("HEALTH_PLAN", s)

    def account(self) -> str:
        return P("ACCOUNT", self.pick((self.digits(9), f"{self.digits(4)}-{self.digits(6)}", f"A{self.digits(8)}")))

    def card(self) -> str:
        body = self.pick(("4", "5")) + "".join(str(self.r.randint(0, 9)) for _ in range(14))
        n = body + luhn_digit(body)
        return P("ACCOUNT", " ".join(n[i : i + 4] for i in range(0, 16, 4)))

    def dl(self) -> str:
        return P("LICENSE", self.pick((f"{self.letters(1)}{self.digits(12)}", f"{self.letters(1)}{self.digits(7)}",
                                       f"{self.digits(9)}", f"{self.letters(1)}-{self.digits(3)}-{self.digits(3)}-{self.digits(3)}")))  # fmt: skip

    def dea(self) -> str:
        d = [self.r.randint(0, 9) for _ in range(6)]
        check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return P("LICENSE", f"{self.pick('ABFM')}{self.letters(1)}{''.join(map(str, d))}{check}")

    def prof_license(self) -> str:
        return P("LICENSE", self.pick((f"{self.digits(10)}", f"RN{self.digits(7)}", f"{self.digits(4)}{self.digits(6)}",
                                       f"MD{self.digits(6)}", f"{self.letters(2)}.{self.digits(6)}")))  # fmt: skip

    def plate(self) -> str:
        return P("VEHICLE", self.pick((f"{self.letters(3)} {self.digits(4)}", f"{self.letters(3)}-{self.digits(4)}",
                                       f"{self.digits(1)}{self.letters(3)}{self.digits(3)}", f"{self.letters(2)}{self.digits(5)}")))  # fmt: skip

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        v = [self.r.choice(chars) for _ in range(17)]
        v[9] = self.r.choice("LMNPRS")
        v[8] = vin_check("".join(v))
        return P("VEHICLE", "".join(v))

    def serial(self, prefix: str = "") -> str:
        shape = self.pick(("{p}{D8}", "{p}{L2}{D6}", "{D4}-{D5}", "{L1}{D9}", "SN{D10}"))
        s = shape.format(p=prefix, D8=self.digits(8), L2=self.letters(2), D6=self.digits(6), D4=self.digits(4),
                         D5=self.digits(5), L1=self.letters(1), D9=self.digits(9), D10=self.digits(10))  # fmt: skip
        return P("DEVICE", s)

    def imei(self) -> str:
        body = "35" + "".join(str(self.r.randint(0, 9)) for _ in range(12))
        return P("DEVICE", body + luhn_digit(body))

    def ident(self, shape: str) -> str:
        """An ID from a shape: L = letter, D = digit, anything else as written."""
        return P(
            "ID", "".join(self.letters(1) if c == "L" else str(self.r.randint(0, 9)) if c == "D" else c for c in shape)
        )

    def ip(self) -> str:
        if self.chance(0.15):
            return P(
                "IP",
                f"2001:db8:{self.r.randint(1, 0xFFFF):x}:{self.r.randint(1, 0xFFFF):x}::{self.r.randint(1, 0xFF):x}",
            )
        first = self.pick(("10", "172", "192", "73", "68", "98", "24", "67", "104", "45"))
        second = "168" if first == "192" else str(self.r.randint(16, 31) if first == "172" else self.r.randint(0, 255))
        return P("IP", f"{first}.{second}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}")

    def url(self, host: str, path: str) -> str:
        return P("URL", f"{self.pick(('https://', 'https://', 'http://', 'https://www.'))}{host}/{path}")

    def drug(self) -> str:
        return K("drug", self.pick(DRUGS))

    def insurer(self) -> str:
        return K("insurer", self.pick(INSURERS))


def _ordinal(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _age_words(n: int) -> str:
    if n < 100:
        return "ninety" + (f"-{_UNITS[n - 91]}" if n > 90 else "")
    return "one hundred" + (f" and {_UNITS[n - 101]}" if n > 100 else "")


DRUGS = ("metformin 500 mg", "lisinopril 10 mg", "atorvastatin 40 mg", "amlodipine 5 mg", "levothyroxine 75 mcg",
         "apixaban 5 mg", "sertraline 50 mg", "omeprazole 20 mg", "gabapentin 300 mg", "albuterol 90 mcg",
         "insulin glargine 20 units", "prednisone 10 mg", "montelukast 10 mg", "losartan 50 mg", "furosemide 40 mg",
         "tamsulosin 0.4 mg", "escitalopram 10 mg", "hydroxyurea 500 mg", "ondansetron 4 mg", "cetirizine 10 mg")  # fmt: skip


def code(c: str) -> str:
    return K("code", c)


def ep(name: str) -> str:
    return K("eponym", name)


def dept(name: str) -> str:
    return K("department", name)


def maker(name: str) -> str:
    return K("manufacturer", name)


def model(name: str) -> str:
    return K("model", name)


def drug(name: str) -> str:
    return K("drug", name)


# =============================================================================================
# messages
# =============================================================================================
def m_relay(w: W) -> str:
    """A TTY / relay call transcript, typed in capitals as relay operators do."""
    caller, pt = w.person(), w.person()
    office = w.facility(w.pick(("clinic", "hospital", "dental")))
    ca = w.ident("DDDD")
    old = w.chance(0.35)
    age_s, age = w.age90n() if old else ("", w.r.randint(60, 88))
    d = w.dob(age, age)[0]
    who = "MY MOTHER" if pt.sex == "f" else "MY FATHER"
    lines = [
        f"RELAY OPERATOR CA {ca} {w.pick(('F', 'M'))} ON LINE (TTY CALL VIA 711)",
        f"{office} GOOD MORNING HOW CAN I HELP YOU GA",
        f"HI THIS IS {caller.caps_full()} Q I AM DEAF AND CALLING ABOUT {who} {pt.caps_full()} GA",
        "OK CAN I HAVE THE DATE OF BIRTH PLS GA",
        f"{w.date(d, w.pick(('mdy', 'mdy_short', 'month_d_y')))} "
        + (f"SHE IS {age_s} NOW GA" if old and pt.sex == "f" else f"HE IS {age_s} GA" if old else "GA"),
        f"THANK YOU. I SEE THE APPT WITH {w.doc()} ON {w.date(w.day(), w.pick(('md', 'wk_md', 'mdy')))} "
        f"AT {w.r.randint(8, 11)}:{w.pick(('00', '15', '30', '45'))} GA",
    ]
    ask = w.pick((
        f"CAN YOU CALL BACK ON VIDEO PHONE {w.phone()} NOT VOICE GA",
        f"PLS SEND THE FORM TO {caller.email(w.r)} I CANT DO PHONE GA",
        f"SHE NEEDS REFILL {w.drug()} SEND TO {w.facility('pharmacy')} GA",
        f"WE NEED ASL INTERPRETER FOR VISIT PLS NOTE IN CHART MRN {w.mrn()} GA",
    ))  # fmt: skip
    lines.append(ask)
    lines.append(w.pick(("OK I WILL PASS THAT ON. ANYTHING ELSE GA", "NOTED. ANYTHING ELSE GA")))
    lines.append(w.pick(("NO THANK YOU BYE SKSK", "NO THATS ALL THANKS GA TO SKSK", "THANK YOU SKSK")))
    return "\n".join(lines)


def m_booking(w: W) -> str:
    pt = w.person()
    gym = w.facility("gym")
    therapist = w.person()
    ref = w.ident(w.pick(("LLDDDD", "BK-DDDDDD", "DDDDDDD")))
    when = w.date(w.day(), w.pick(("wk_md", "wk_month_d", "mon_d", "md")))
    dx = w.pick((("M54.50", "low back pain"), ("S83.512A", "ACL sprain"), ("M75.101", "rotator cuff tear"),
                 ("M17.11", "knee OA"), ("S93.401A", "ankle sprain")))  # fmt: skip
    cpt = w.pick(("97110", "97140", "97530", "97161", "97162"))
    lines = [
        f"{gym} app - booking ref {ref}",
        f"[{w.r.randint(6, 7)}:{w.r.randint(10, 59)} AM] {gym}: Hi {pt.first()}! Your session with "
        f"{therapist.first()} {w.pick(('(PT)', '(DPT)', '(trainer)'))} is confirmed for {when} at "
        f"{w.r.randint(1, 6)}:{w.pick(('00', '30'))} pm. Reply C to confirm, R to reschedule.",
        f"[{w.r.randint(8, 9)}:{w.r.randint(10, 59)} AM] {pt.first()}: R. can we do "
        f"{w.date(w.day(), w.pick(('wk_md', 'month_dth', 'md')))} instead? my {dx[1]} is worse after last time",
        f"[{w.r.randint(10, 11)}:{w.r.randint(10, 59)} AM] {gym}: Sure! Moved. Your referral from {w.doc()} lists "
        f"{code(dx[0])}; visits bill as {code(cpt)}. Member # on file: {w.member()} ({w.insurer()}).",
    ]
    if w.chance(0.5):
        lines.append(f"[1:{w.r.randint(10, 59)} PM] {pt.first()}: also my new cell is {w.phone()}, "
                     f"and pls email receipts to {pt.email(w.r)} thx")  # fmt: skip
    else:
        lines.append(f"[1:{w.r.randint(10, 59)} PM] {pt.first()}: thx. is parking at {w.street()} still free? "
                     f"my car is the grey one plate {w.plate()}")  # fmt: skip
    return "\n".join(lines)


def m_kite(w: W) -> str:
    pt = w.person()
    jail = w.facility("jail")
    booking = w.ident(w.pick(("DDDDDDDD", "DD-DDDDD", "BKDDDDDD")))
    d, age = w.dob(19, 70)
    req = w.pick((
        f"i need my {w.drug()} they stoped giving it since i got here. i take it for {w.pick(('sugar', 'bp', 'seizures', 'depresion'))}",
        f"my tooth hurts real bad for {w.r.randint(3, 9)} days cant eat. pls see dentist",
        f"i was seen at {w.facility('hospital')} on {w.date(w.day(), 'md')} for my {w.pick(('hand', 'ribs', 'knee'))} "
        f"and they said follow up w/ ortho",
        f"need my CPAP from property, serial on it is {w.serial('RS')}. i cant sleep w/o it",
    ))  # fmt: skip
    resp = w.pick(("Scheduled for sick call.", "Referred to provider.", "Refill sent for MD review.",
                   "Dental list added."))  # fmt: skip
    code_dx = w.pick(("K08.89", "E11.9", "I10", "G40.909", "F32.9", "G47.33"))
    upper = w.chance(0.5)
    name_line = pt.caps() if upper else pt.last_first()
    return (
        f"{jail} - INMATE HEALTH SERVICES REQUEST (KITE)\n"
        f"Name: {name_line}   Booking #: {booking}   Housing: {w.pick('ABCDEFG')}-{w.r.randint(1, 4)}{w.r.randint(10, 40)}\n"
        f"DOB: {w.date(d, w.pick(('mdy', 'mdy_short')))}   Age: {age}\n"
        f"Date: {w.date(w.day(), w.pick(('mdy', 'md')))}\n"
        f"Request: {req}\n"
        f"---- staff use ----\n"
        f"Received {w.date(w.day(), 'md')} by {w.person().initials()}. {resp} Dx {code(code_dx)}. "
        f"Triage: {w.person().init_last()}, {w.pick(('RN', 'LPN'))}"
    )


def m_shelter(w: W) -> str:
    client, cw = w.person(), w.person()
    shelter = w.facility("shelter")
    clinic = w.facility("clinic")
    hmis = w.ident(w.pick(("DDDDDDD", "HMIS-DDDDDD")))
    d, age = w.dob(18, 75)
    kids = w.r.randint(1, 3)
    she, her = ("she", "her") if client.sex == "f" else ("he", "him")
    body = w.pick((
        f"{client.first()} ({age}{client.sex.upper()}) and {her if client.sex == 'f' else 'his'} {kids} kids came in "
        f"last night. {she.title()} ran out of {w.drug()} and has no phone right now - best to reach {her} through me.",
        f"Our guest {client.full()} has a foot wound that looks worse. {she.title()} is diabetic, last A1c per "
        f"{her} was around {w.r.randint(8, 12)}. Can {she} be seen as a walk-in?",
        f"{client.full()} ({age} y/o) needs a TB test read before {she} can stay past day 14. Placed "
        f"{w.date(w.day(), 'md')}, reading due {w.date(w.day(), 'md')}.",
    ))  # fmt: skip
    extra = w.pick(
        (f"EBT card {w.card()}", f"ID: {w.state()} driver's license {w.dl()}", f"shelter acct {w.account()}")
    )
    return (
        f"From: {cw.full()} <{cw.email(w.r)}>\n"
        f"To: Front desk, {clinic}\n"
        f"Subject: client referral - HMIS {hmis}\n\n"
        f"Hello,\n{body}\n\n"
        f"Client DOB {w.date(d, w.pick(('mdy', 'iso', 'mon_d_y')))}, SSN {w.ssn()}, "
        f"Medicaid {w.member()} ({K('insurer', w.pick(('Molina Healthcare', 'Meridian', 'Medicaid')))}), {extra}. "
        f"{she.title()} can be picked up at our intake door, {w.street()}, {w.town()}.\n\n"
        f"Thanks,\n{cw.first_init()}\nCase Manager, {shelter}\n{w.phone()} | fax {w.phone('FAX')}"
    ) + (f"\nRelease on file signed {w.date(w.day(), 'mdy')}." if w.chance(0.4) else "")


def m_team(w: W) -> str:
    school = w.facility("school")
    coach, doc, atc = w.person("m"), w.person(), w.person()
    athlete = w.person()
    age = w.r.randint(14, 18)
    inj = w.pick((
        (ep("Lachman"), "positive, concern for ACL", code("S83.511A")),
        (ep("Ottawa ankle rules"), "negative, no xray needed", code("S93.401A")),
        (ep("McMurray"), "equivocal", code("S83.241A")),
        (ep("Spurling"), "negative", code("S13.4XXA")),
    ))  # fmt: skip
    t = w.r.randint(6, 9)
    lines = [
        f"Group: {school} Athletics Med",
        f"[{t}:{w.r.randint(10, 29)} PM] Coach {coach.last()}: {athlete.first()} went down at practice, "
        f"#{w.r.randint(1, 99)}, {age}yo. can someone look tmrw",
        f"[{t}:{w.r.randint(30, 44)} PM] {atc.first()} ({w.pick(('ATC', 'AT'))}): Saw {'her' if athlete.sex == 'f' else 'him'} on the sideline. "
        f"{inj[0]} {inj[1]}. Iced, crutches.",
        f"[{t}:{w.r.randint(45, 59)} PM] Dr. {doc.last()}: I can see {athlete.init_last()} at "
        f"{w.facility('clinic')} {w.date(w.day(), w.pick(('wk_md', 'month_d', 'mon_d')))} 7:30am. "
        f"Put {inj[2]} on the note for school.",
    ]
    if w.chance(0.6):
        lines.append(f"[{t + 1}:0{w.r.randint(0, 9)} PM] Coach {coach.last()}: parent is {w.person().full()}, "
                     f"cell {w.phone()}. insurance card says {w.insurer()} {w.member()}")  # fmt: skip
    else:
        lines.append(f"[{t + 1}:0{w.r.randint(0, 9)} PM] {atc.first()}: Concussion baseline ({code('ImPACT')}) is "
                     f"uploaded here {w.url('teamhealth-portal.com', 'athlete/' + w.digits(6))}")  # fmt: skip
    return "\n".join(lines)


def m_faxcover(w: W) -> str:
    pt = w.person()
    d, _ = w.dob(25, 80)
    med = w.pick((("Ozempic 0.5 mg", "E11.65"), ("Dupixent 300 mg", "L20.9"), ("Humira 40 mg", "M05.79"),
                  ("Mounjaro 5 mg", "E11.9"), ("Xarelto 20 mg", "I48.91"), ("Nurtec ODT 75 mg", "G43.709")))  # fmt: skip
    return (
        f"{w.pick(('FAX COVER SHEET', '*** FAX COVER ***', 'fax cover page'))}\n"
        f"To: {w.insurer()} Pharmacy Prior Authorization Dept\n"
        f"Fax: {w.phone('FAX')}\n"
        f"From: {pt.full()} (the patient, typing this myself)\n"
        f"Phone: {w.phone()}\n"
        f"Date: {w.date(w.day(), w.pick(('mdy', 'month_d_y', 'mdy_short')))}   Pages: {w.r.randint(2, 9)} incl. cover\n\n"
        f"RE: prior auth for {drug(med[0])}, Dx {code(med[1])}\n"
        f"Member ID: {w.member()}   DOB: {w.date(d, w.pick(('mdy', 'mdy_short')))}\n"
        f"Prescriber: {w.doc()}, {w.facility('clinic')}, NPI {w.ident('DDDDDDDDDD')}\n\n"
        f"{w.pick(('Pharmacy said it got rejected, code 75. Attached are my chart notes and the letter from my doctor.', 'I have tried metformin and it made me sick. Pls see attached. My old auth # was ' + w.ident('PA-DDDDDDD') + '.', 'pls call me if anything is missing, i have been without it 2 weeks'))}\n"
        f"CONFIDENTIAL: this fax has health information. If you got it by mistake call {w.phone()}."
    )


def m_apartment(w: W) -> str:
    t = w.person()
    old = w.chance(0.6)
    age_s, age = w.age90n() if old else ("", w.r.randint(60, 88))
    d = w.dob(age, age)[0]
    mgr = (
        w.facility("rental")
        if w.chance(0.3)
        else P("FACILITY", f"{w.pick(('Olive Grove', 'Cedar Court', 'Maple Terrace', 'Riverside'))} Senior Apartments")
    )
    c1, c2 = w.person(), w.person()
    age_s = age_s or str(age)
    return (
        f"{mgr} - Resident Emergency Information Form\n"
        f"Resident name: {t.full()}\n"
        f"Unit / address: {w.street()}, {w.town()} {w.state()} {w.zip()}\n"
        f"Date of birth: {w.date(d, w.pick(('mdy', 'month_d_y', 'iso')))}    Age: {age_s}\n"
        f"Home phone: {w.phone()}\n"
        f"Emergency contact 1: {c1.full()} ({w.pick(('son', 'daughter', 'nephew', 'niece'))}) {w.phone()}\n"
        f"Emergency contact 2: {c2.first()} {w.pick(('(neighbor)', '(church)', '(grandson)'))} {w.phone()}\n"
        f"Physician: {w.doc()}  {w.facility('clinic')}\n"
        f"Conditions: {w.pick(('COPD on home O2', 'dementia, wanders', 'pacemaker', 'diabetes, insulin', ep('Parkinson') + ' disease, falls', ep('Alzheimer') + ' type dementia'))}\n"
        f"Medications: {w.drug()}; {w.drug()}\n"
        f"Medical equipment: {w.pick(('oxygen concentrator', 'power wheelchair', 'hospital bed'))} "
        f"{maker(w.pick(('Inogen', 'Invacare', 'Philips', 'Drive Medical')))} SN {w.serial()}\n"
        f"Vehicle (for parking): {w.plate()}\n"
        f"Signed: {t.first_init()}    {w.date(w.day(), 'mdy')}"
    )


def m_medif(w: W) -> str:
    pax = w.person()
    town, country = w.abroad()
    pnr = w.ident("LLLLLL")
    flight = f"{w.pick(('SV', 'RJ', 'QR', 'EK', 'TK'))} {w.r.randint(10, 999)}"
    old = w.chance(0.3)
    d, age = w.dob(30, 85)
    return (
        f"Subject: MEDIF request - PNR {pnr}\n\n"
        f"Dear Medical Desk,\n"
        f"Please find the MEDIF Part 1 for passenger {pax.caps()}, "
        + (f"age {w.age90()}, " if old else f"{age} yrs, ")
        + f"passport {w.ident(w.pick(('LDDDDDDD', 'LLDDDDDDD')))}, flying {flight} from Detroit to {town} "
        f"({country}) on {w.date(w.day(), w.pick(('d_mon_y', 'dmony', 'mon_d_y')))}.\n"
        f"- Wheelchair: WCHC (cannot walk)\n"
        f"- Oxygen: own POC, {maker('Inogen')} {model('One G5')}, serial {w.serial('G5')}, 2 L/min pulse\n"
        f"- Diagnosis: {code(w.pick(('J44.1', 'I50.22', 'C34.90', 'J96.11')))}\n"
        f"- Meds onboard: {w.drug()}\n"
        f"Part 2 is signed by {w.doc()} of {w.facility('hospital')}, medical licence {w.prof_license()}, "
        f"phone {w.phone()}.\n"
        f"Receiving relative in {country}: {w.person().full()} {w.phone_abroad(country)}\n"
        f"Regards, {w.person().full()} (travel agent)\n{w.person().email(w.r)}"
    )


def m_dentbot(w: W) -> str:
    pt = w.person()
    office = w.facility("dental")
    d, _ = w.dob(8, 80)
    cdt = w.pick(("D0120", "D1110", "D0150", "D2391", "D7140", "D0274"))
    lines = [
        f"SmileBot ({office}): Hi! I can help book, move or cancel a visit. What's your full name?",
        f"You: {pt.full() if w.chance(0.5) else pt.lower()}",
        "SmileBot: Thanks! Please confirm your date of birth.",
        f"You: {w.date(d, w.pick(('mdy', 'mdy_short', 'month_d_y')))}",
        f"SmileBot: Found you. Next visit: {w.pick(('cleaning', 'exam', 'filling', 'extraction'))} ({code(cdt)}) "
        f"on {w.date(w.day(), w.pick(('wk_month_d', 'wk_md', 'mon_d_y')))} with {w.doc('DDS')}.",
        f"You: {w.pick(('can i move it', 'cant make it, kid is sick', 'need earlier, tooth broke'))}",
        f"SmileBot: Open times: {w.date(w.day(), 'wk_md')} 9:00, {w.date(w.day(), 'wk_md')} 2:40. "
        f"Your plan on file is {K('insurer', w.pick(('Delta Dental', 'MetLife Dental', 'Guardian Dental', 'Aetna')))} "
        f"member {w.member()}. Balance on account {w.account()}: ${w.r.randint(20, 400)}.00",
    ]
    if w.chance(0.5):
        lines.append(f"You: first one. also new address {w.street()} {w.town()} {w.zip()}")
    else:
        lines.append(f"You: first one. text me at {w.phone()} not the old number")
    lines.append(
        f"SmileBot: Done! Confirmation {w.ident('LLDDDD')}. Manage: {w.url('smilebot.app', 'c/' + w.letters(6).lower())}"
    )
    return "\n".join(lines)


def m_refugee(w: W) -> str:
    cw, head = w.person(), w.person()
    agency = w.facility("agency")
    clinic = w.facility("clinic")
    town, country = w.abroad()
    n = w.r.randint(2, 7)
    case = w.ident(w.pick(("LL-DDDDDDD", "DDDDDDDD", "LLDDD-DDDD")))
    kids = [w.person() for _ in range(2)]
    d, age = w.dob(20, 60)
    return (
        f"{agency} - resettlement case {case}\n"
        f"To: {clinic} refugee health screening\n\n"
        f"Salam / hello. New arrival family of {n}, arrived {w.date(w.day(), w.pick(('mdy', 'mon_d', 'month_dth')))} "
        f"from {town}, {country}. Head of household {head.three()}, DOB {w.hijri(d)} H on the family book "
        f"(= {w.date(d, 'mdy')} on the I-94), I-94 # {w.ident('DDDDDDDDDLD')}, A# {w.ident('ADDDDDDDDD')}.\n"
        f"Children: {kids[0].first()} ({w.r.randint(2, 9)}), {kids[1].first()} ({w.r.randint(10, 16)})"
        + (f"; the father goes by {head.kunya(kids[1].given)}.\n" if head.sex == "m" and w.chance(0.5) else ".\n")
        + f"Needs: domestic exam, {code(w.pick(('Z11.1', 'Z23', 'Z02.89')))} TB screen ({code('QuantiFERON')}), "
        f"vaccines catch-up. Mother is on {w.drug()} from the clinic in {w.abroad(country)[0]}.\n"
        f"Family speaks Arabic{' (Palestinian)' if country == 'Palestine' else ''}. Address: {w.address_line()}. "
        f"Phone {w.phone()} (US), WhatsApp {w.phone_abroad(country)}.\n"
        f"Medicaid pending; temp RMA {w.member()}.\n"
        f"Thanks, {cw.first()} | Case Manager | {cw.email(w.r)}"
    )


def m_second(w: W) -> str:
    pt = w.person()
    req = w.ident(w.pick(("SO-DDDDDD", "DDDDDDD", "LLL-DDDDD")))
    d, age = w.dob(30, 85)
    dx = w.pick((("C50.911", "breast cancer (" + ep("Nottingham") + " grade 2)", "Oncology"),
                 ("C61", "prostate cancer, " + ep("Gleason") + " 3+4", "Oncology"),
                 ("I35.0", "aortic stenosis", "Cardiology"), ("M48.062", "spinal stenosis", "Orthopedics"),
                 ("D47.3", "essential thrombocythemia", "Hematology")))  # fmt: skip
    return (
        f"Online second opinion request #{req}\n"
        f"Submitted {w.date(w.day(), w.pick(('mdy', 'iso')))} from IP {w.ip()}\n"
        f"Patient: {pt.last_first()}   DOB {w.date(d, w.pick(('mdy', 'iso', 'mdy_short')))}   Sex {pt.sex.upper()}\n"
        f"Specialty requested: {dept(dx[2])}\n"
        f"Question (in patient's words):\n"
        f'"I was diagnosed with {dx[1]} ({code(dx[0])}) at {w.facility("hospital")} by {w.doc()}. They want to '
        f"operate on {w.date(w.day(), w.pick(('month_d', 'mon_d', 'month_dth')))}. Is this really needed at my age "
        f'({age})? My brother {w.person("m").full()} had the same and did fine with meds."\n'
        f"Uploads: path_report.pdf, CT_disc.zip (via {w.url('secondlook-md.com', 'upload/' + w.letters(8).lower())})\n"
        f"Referring records fax: {w.phone('FAX')}\n"
        f"Payment: card ending {w.r.randint(1000, 9999)}, receipt to {pt.email(w.r)}"
    )


def m_rental(w: W) -> str:
    host, guest = w.person(), w.person()
    co = w.facility("rental")
    code_r = w.ident(w.pick(("HMDDDDDDDD", "LLDDLLD", "DDDDDDDDDD")))
    hosp = w.facility("hospital")
    old = w.chance(0.3)
    lines = [
        f"> {co}: Reservation code {code_r}, check-in {w.date(w.day(), w.pick(('mon_d', 'md')))}, "
        f"{w.street()}, {w.town()}",
        "",
        f"Hi {host.first()}, this is {guest.first()} from the lake house. Sorry for the late msg - my "
        + ("grandmother (she is " + w.age90() + ")" if old else w.pick(("husband", "son", "dad")))
        + f" fell on the back steps last night and the ambulance took {'her' if old else 'him'} to {hosp}.",
        f"We will need to stay 2 more nights. Our car ({w.pick(('black Camry', 'white Sienna', 'red Tahoe'))}, "
        f"plate {w.plate()}) is still in the driveway.",
    ]
    if w.chance(0.5):
        lines.append(f"The ER paperwork says {code(w.pick(('S72.001A', 'S32.10XA', 'S06.0X0A')))} and they want her "
                     f"{w.drug()} list. You can reach my brother {w.person().full()} at {w.phone()}.")  # fmt: skip
    else:
        lines.append(f"Insurance is {w.insurer()}, card {w.member()} if your host guarantee needs it. My email "
                     f"{guest.email(w.r)}.")  # fmt: skip
    lines.append(f"-- {guest.full()}")
    return "\n".join(lines)


def m_kit(w: W) -> str:
    pt = w.person()
    kit = w.pick((("Cologuard", "Exact Sciences", "Z12.11", "81528"), ("FIT kit", "Polymedco", "Z12.12", "82274"),
                  ("HPV self-collect kit", "Teal Health", "Z12.4", "87624")))  # fmt: skip
    d, _ = w.dob(45, 80)
    return (
        f"Subject: {model(kit[0])} - return label not working\n\n"
        f"Hello, I received the {model(kit[0])} from {maker(kit[1])} on {w.date(w.day(), w.pick(('md', 'mon_d', 'month_dth')))}. "
        f"The return label has the wrong name, it says {pt.caps_full()} but my name is spelled {pt.full()}.\n"
        f"Kit ID {w.ident(w.pick(('DDDDDDDDDD', 'LLD-DDDDDDD')))}, UPS tracking {w.ident('1ZLLLDDDDDDDDDDDDD')}.\n"
        f"Ordered by {w.doc()} ({dept('Family Medicine')}), order for {code(kit[2])} / {code(kit[3])}.\n"
        f"DOB {w.date(d, w.pick(('mdy', 'mdy_short', 'iso')))}, ship to {w.street()}, {w.town()}, {w.state()} {w.zip()}.\n"
        f"Please call {w.phone()} - thank you, {pt.first_init()}\n\n"
        f"--- auto reply ---\nWe got your message. Your case number is {w.ident('CS-DDDDDDD')}."
    )


def m_waiver(w: W) -> str:
    st = w.person()
    uni = w.facility("university")
    town, country = w.abroad()
    plan = w.pick(("Bupa Arabia", "Tawuniya", "Aetna", "Cigna Global", "GeoBlue"))
    e = st.email(w.r).replace("@", "@")
    return (
        f"To: Student Health Insurance Office, {uni}\n"
        f"From: {e}\n"
        f"Subject: appeal - insurance waiver denied (Student ID {w.ident('DDDDDDDDD')})\n\n"
        f"Dear office,\n"
        f"My waiver for this term was denied on {w.date(w.day(), w.pick(('mdy', 'month_d_y', 'mon_d')))} because my plan "
        f"is from {country}. I am on a scholarship and my sponsor's plan is {K('insurer', plan)}, policy no. "
        f"{w.member()}; it covers US care incl. {dept(w.pick(('Psychiatry', 'Pharmacy', 'Emergency Department')))}. "
        f"I have a chronic condition ({code(w.pick(('E10.9', 'J45.909', 'K50.90')))}) and take {w.drug()}.\n"
        f"My home address is in {town}; local address {w.address_line()}.\n"
        f"Phone {w.phone()} / {w.phone_abroad(country)}\n"
        f"Thank you,\n{st.full()}"
    )


def m_chaplain(w: W) -> str:
    pt, fam = w.person(), w.person()
    hosp = w.facility("hospital")
    cleric = w.person("m")
    faith, title = w.pick((("Muslim (Sunni)", "Imam"), ("Muslim", "Imam"), ("Orthodox Christian", "Father"),
                           ("Melkite Catholic", "Father"), ("Evangelical", "Pastor")))  # fmt: skip
    place = w.facility("church" if title != "Imam" else "mosque")
    old = w.chance(0.7)
    return (
        f"{w.pick(('Spiritual Care referral', 'Spiritual care request (web form)'))}\n"
        f"Hospital: {hosp}   Unit: {w.pick(('4 West', 'MICU', 'Oncology 6', 'Palliative'))} Rm {w.r.randint(400, 899)}\n"
        f"Patient: {pt.full()}"
        + (f", {w.age90()} years old" if old else f", {w.r.randint(40, 88)} years old")
        + f"\nFaith: {faith}\n"
        f"Requested by: {fam.kunya(w.person('m').given) if w.chance(0.3) else fam.full()} "
        f"({w.pick(('daughter', 'wife', 'granddaughter') if fam.sex == 'f' else ('son', 'husband', 'grandson'))}), {w.phone()}\n"
        f"Message: {w.pick(('Teta', 'Sitti', 'Yumma') if pt.sex == 'f' else ('Jiddo', 'Yaba'))} is not doing well. Please ask {title} {cleric.full()} from "
        f"{place} to come for prayers before the family meeting on {w.date(w.day(), w.pick(('wk_month_d', 'wk_md', 'month_d')))}. "
        f"{'She' if pt.sex == 'f' else 'He'} only speaks Arabic. Admitted {w.date(w.day(), 'md')}, MRN {w.mrn()}.\n"
        f"Chaplain on call: {w.person().full()}, {w.pick(('BCC', 'MDiv'))} - pager via {dept('Social Work')}"
    )


MESSAGE_GENRES: tuple[Callable[[W], str], ...] = (
    m_relay, m_booking, m_kite, m_shelter, m_team, m_faxcover, m_apartment, m_medif, m_dentbot, m_refugee,
    m_second, m_rental, m_kit, m_waiver, m_chaplain,
)  # fmt: skip


# =============================================================================================
# clinical
# =============================================================================================
def _header(w: W, title: str, pt: Person, age: int | None = None, old: bool = False) -> str:
    if old:
        age_s, a = w.age90n()
    else:
        a = w.r.randint(20, 88) if age is None else age
        age_s = str(a)
    d = w.dob(a, a)[0]
    shape = w.pick(("kv", "line", "caps"))
    if shape == "kv":
        return (f"{title}\nPatient: {pt.last_first()}\nMRN: {w.mrn()}\nDOB: {w.date(d, w.pick(('mdy', 'iso', 'dmony')))}"
                f" (age {age_s})\n")  # fmt: skip
    if shape == "line":
        return f"{title}\n{pt.full()} | MRN {w.mrn()} | DOB {w.date(d, w.pick(('mdy', 'mdy_short')))} | {age_s} {pt.sex.upper()}\n"
    return f"{title.upper()}\nNAME: {pt.caps()}   MRN: {w.mrn()}   DOB: {w.date(d, 'compact')}   AGE: {age_s}\n"


def _registration(w: W, pt: Person) -> str:
    return (
        f"\nREGISTRATION\nAddress: {w.address_line()}\nPhone: {w.phone()}  E-mail: {pt.email(w.r)}\n"
        f"SSN: {w.ssn()}  Plan: {w.insurer()} {w.member()}  Acct: {w.account()}\n"
    )


def _footer(w: W) -> str:
    who = w.person()
    return w.pick((
        f"\nPrinted by {who.initials()} from {w.ip()} on {w.date(w.day(), 'mdy')}",
        f"\nResults also in the patient portal: {w.url('mychart-lakeshore.org', 'r/' + w.letters(7).lower())}",
        f"\nFax copy to PCP at {w.phone('FAX')}. Electronically signed {w.date(w.day(), 'mdy')}.",
        f"\nAddendum {w.date(w.day(), 'mdy')}: results reviewed with patient by phone ({w.phone()}). -- {who.init_last()}",
    ))  # fmt: skip


def _care_team(w: W) -> str:
    lines = [f"- {role}: {w.doc(cred)} {w.phone() if w.chance(0.5) else ''}".rstrip()
             for role, cred in (("PCP", "MD"), ("Case manager", "RN"), ("Social worker", "LCSW"))]  # fmt: skip
    return "\nCARE TEAM\n" + "\n".join(lines)


def _extras(w: W, pt: Person) -> str:
    """Sections some documents carry: registration, care team, a printed-by or addendum footer."""
    out = ""
    if w.chance(0.3):
        out += _care_team(w)
    if w.chance(0.25):
        out += "\n" + _registration(w, pt).rstrip()
    if w.chance(0.3):
        out += _footer(w)
    return out


def c_marrow(w: W) -> str:
    pt = w.patient = w.person()
    acc = w.ident(w.pick(("BM26-DDDDD", "SDD-DDDDD", "LLDD-DDDDDD")))
    dx = w.pick((("C92.00", "acute myeloid leukemia"), ("D46.9", "myelodysplastic syndrome"), ("C90.00", "plasma cell myeloma"),
                 ("D75.1", "secondary polycythemia"), ("D61.818", "pancytopenia")))  # fmt: skip
    return (
        _header(w, "BONE MARROW ASPIRATE AND BIOPSY REPORT", pt, old=w.chance(0.2))
        + f"Accession: {acc}   Procedure date: {w.date(w.day(), w.pick(('mdy', 'dmony')))}\n"
        f"Site: right posterior iliac crest. Operator: {w.doc()}  Service: {dept('Hematology')}\n"
        f"Clinical hx: {dx[1]} ({code(dx[0])}); on {drug(w.pick(('hydroxyurea 500 mg', 'azacitidine 75 mg/m2', 'lenalidomide 10 mg')))}.\n"
        f"Aspirate ({ep('Wright-Giemsa')}): {w.r.randint(2, 40)}% blasts, M:E {w.r.randint(1, 5)}:1.\n"
        f"Core: cellularity {w.r.randint(20, 95)}%. Iron stain ({ep('Perls')}): {w.pick(('no ring sideroblasts', 'ring sideroblasts 18%'))}.\n"
        f"Flow cytometry sent to {w.facility('reflab')}, fax {w.phone('FAX')}. CPT {code('38221')}, {code('88305')}, {code('88313')}.\n"
        f"Pathologist: {w.person().full()}, MD  {w.date(w.day(), 'mdy')}" + (_footer(w) if w.chance(0.5) else "")
    )


def c_ivf(w: W) -> str:
    pt, partner = w.person("f"), w.person("m")
    w.patient = pt
    cycle = w.ident(w.pick(("CYDDDDD", "DD-DDDD", "IVF-DDDDDD")))
    rows = []
    for i in range(1, w.r.randint(4, 7)):
        grade = w.pick(("4AA", "4AB", "3BB", "5AA", "3BC", "arrest"))
        rows.append(
            f"| {i} | 2PN | {w.pick(('8c', '7c', '6c'))} | {grade} | {w.pick(('biopsy', 'freeze', 'discard', 'transfer'))} |"
        )
    return (
        _header(w, "EMBRYOLOGY LAB SHEET", pt, age=w.r.randint(28, 43))
        + f"Partner: {partner.full()}   Partner DOB: {w.date(w.dob(30, 50)[0], 'mdy')}   E-mail: {partner.email(w.r)}\n"
        f"Cycle {cycle}; retrieval {w.date(w.day(), w.pick(('mdy', 'iso')))}; dx {code(w.pick(('N97.9', 'N97.1', 'E28.2')))}\n"
        f"Oocytes: {w.r.randint(6, 22)} retrieved, ICSI on {w.r.randint(5, 15)} MII. Culture in {maker('Vitrolife')} "
        f"{model('EmbryoScope+')}, media lot {code(w.letters(1) + w.digits(4) + w.letters(1))}.\n"
        f"| emb | D1 | D3 | D5 ({ep('Gardner')}) | plan |\n" + "\n".join(rows) + "\n"
        f"Vitrified straws: {w.ident('VS-DDDDD')} / {w.ident('VS-DDDDD')}, storage acct {w.account()}. "
        f"CPT {code('89280')}, {code('89258')}.\n"
        f"Embryologist: {w.person().initials()}  Witness: {w.person().initials()}\n"
        f"Lab director: {w.person().full()}, PhD, HCLD"
    )


def c_cochlear(w: W) -> str:
    pt = w.patient = w.person()
    mk, md = w.pick((("Cochlear", "Nucleus 8"), ("Advanced Bionics", "Naida CI M90"), ("MED-EL", "Sonnet 2"),
                     ("Cochlear", "Kanso 2")))  # fmt: skip
    age = w.r.randint(3, 85)
    imps = " ".join(f"E{i}:{w.r.randint(4, 14)}" for i in range(1, 8))
    return (
        _header(w, "COCHLEAR IMPLANT MAPPING NOTE", pt, age=age)
        + f"Date: {w.date(w.day(), w.pick(('mdy', 'mon_d_y')))}   {dept('Audiology')}\n"
        f"Ear: {w.pick(('R', 'L'))}  Implant: {maker(mk)} internal device SN {w.serial()}\n"
        f"Processor: {model(md)} SN {w.serial()}  (loaner returned)\n"
        + (f"Remote check: {w.url('remotecare-ci.com', 'p/' + w.letters(6).lower())}\n" if w.chance(0.5) else "")
        + f"Electrode impedance (kOhm): {imps}\n"
        f"Map: {w.pick(('ACE', 'HiRes Optima', 'FS4'))}, {w.r.randint(900, 1800)} pps, T/C levels raised 5 CU on basal.\n"
        f"{ep('Ling')} 6 sounds detected at 3 ft; AzBio quiet {w.r.randint(30, 95)}%.\n"
        f"Dx {code('H90.3')} / {code('Z96.21')}; CPT {code(w.pick(('92602', '92603', '92604')))}.\n"
        f"Next mapping {w.date(w.day(), w.pick(('month_y', 'mon_d_y', 'md')))}.\n"
        f"{w.person().full()}, AuD, CCC-A" + (_registration(w, pt) if w.chance(0.45) else "")
    )


def c_moles(w: W) -> str:
    pt = w.patient = w.person()
    n = w.r.randint(3, 6)
    rows = [
        f"| {w.pick(('L', 'R', 'C'))}{i} | {w.pick(('upper back', 'scalp', 'L calf', 'R shoulder', 'chest'))} | "
        f"{w.r.randint(2, 9)} mm | {w.pick(('stable', 'new', 'changed', 'stable'))} | {w.ident('IMG_DDDD')} |"
        for i in range(1, n)
    ]
    return (
        _header(w, "Total body photography / mole mapping", pt)
        + f"{dept('Dermatology')} - {w.date(w.day(), w.pick(('mdy', 'month_d_y')))}\n"
        f"Device: {maker('FotoFinder')} {model('ATBM master')}, station {w.ip()}\n"
        f"| id | site | size | vs prior | image |\n" + "\n".join(rows) + "\n"
        f"Prior mapping {w.date(w.day(), w.pick(('month_y', 'mdy')))}. Hx melanoma in {w.pick(('father', 'sister', 'self'))}, "
        f"{ep('Breslow')} {w.r.randint(2, 9) / 10} mm.\n"
        f"Plan: shave bx of changed lesion ({code('11102')}), dx {code(w.pick(('D22.5', 'D48.5', 'Z85.820')))}. "
        f"Dermatoscopy {code('96904')}.\n"
        f"Images: {w.url('derm-imaging.lakeshore.org', 'study/' + w.digits(7))}\n"
        f"{w.person().full()}, MD, FAAD" + (_footer(w) if w.chance(0.7) else "")
    )


def c_hold(w: W) -> str:
    pt, officer = w.person(), w.person()
    w.patient = pt
    d, age = w.dob(16, 80)
    agency = w.pick(("Police Dept", "Sheriff's Office", "Public Safety"))
    return (
        f"APPLICATION FOR 72-HOUR DETENTION FOR EVALUATION AND TREATMENT\n"
        f"Detained person: {pt.caps()}   DOB {w.date(d, w.pick(('mdy', 'mdy_short')))}   Age {age}   SSN {w.ssn()}\n"
        f"Address: {w.address_line()}\n"
        f"Taken into custody {w.date(w.day(), w.pick(('mdy', 'wk_mdy')))} at {w.r.randint(10, 23)}:{w.r.randint(10, 59)} "
        f"at {w.pick(('a bus stop', 'his residence', 'her residence', 'a parking lot'))} near {w.street()}.\n"
        f"Circumstances: {w.pick(('stated plan to overdose on ' + ('her' if pt.sex == 'f' else 'his') + ' pills', 'walking in traffic, responding to voices', 'called 988 stating intent to harm self'))}. "
        f"Danger to self [X]  others [ ]  gravely disabled [{w.pick(('X', ' '))}]\n"
        f"Applicant: Officer {officer.full()}, badge {w.ident('DDDD')}, {w.town_row[0]} {agency}; "
        f"unit {w.plate()}\n"
        f"Transported to {w.facility('hospital')} {dept('Emergency Department')}.\n"
        f"Evaluating clinician: {w.doc()}  Dx on arrival {code(w.pick(('R45.851', 'F29', 'F31.2', 'F32.A')))}\n"
        f"Advisement given in {w.pick(('English', 'Arabic via interpreter ' + w.ident('DDDDDD')))}. "
        f"Next of kin: {w.person().full()} {w.phone()}"
    )


def c_burn(w: W) -> str:
    pt = w.patient = w.person()
    tbsa = w.r.randint(8, 45)
    wt = w.r.randint(50, 110)
    rows = [f"| {h} | {w.r.randint(200, 900)} | {w.r.randint(20, 90)} | {w.r.randint(88, 140)} | {w.r.randint(95, 100)} |"
            for h in (2, 4, 6, 8, 12)]  # fmt: skip
    return (
        _header(w, "BURN UNIT FLOWSHEET", pt, old=w.chance(0.1))
        + f"Injury {w.date(w.day(), w.pick(('mdy', 'dmony')))} ({w.pick(('house fire', 'scald', 'grease fire', 'MVC with fire'))}); "
        f"TBSA {tbsa}% ({ep('Lund and Browder')}); wt {wt} kg\n"
        f"{ep('Parkland')}: 4 x {wt} x {tbsa} = {4 * wt * tbsa} mL LR / 24h\n"
        f"| hr | LR mL/h | UOP mL | HR | SpO2 |\n" + "\n".join(rows) + "\n"
        f"Meds: {drug('silver sulfadiazine 1%')}, {drug(w.pick(('morphine 4 mg', 'fentanyl 50 mcg', 'ketamine 20 mg')))}\n"
        f"Dx {code(w.pick(('T31.21', 'T31.32', 'T22.211A', 'T24.311A')))}; {dept('Burn Unit')} bed {w.r.randint(1, 12)}\n"
        f"RN: {w.person().first_init()}  Attending: {w.doc()}"
        + (
            f"\nScene: vehicle {w.vin()} per EMS"
            if w.chance(0.5)
            else f"\nFamily contact: {w.person().full()} {w.phone()}"
        )
    )


def c_opo(w: W) -> str:
    pt = w.patient = w.person()
    old = w.chance(0.3)
    ref = w.ident(w.pick(("REF-DDDDDDD", "DDDD-DDDD", "LLDDDDDD")))
    t = w.r.randint(0, 23)
    return (
        f"{w.facility('opo')} - OPO referral line log\n"
        f"Referral {ref}   {w.date(w.day(), w.pick(('mdy', 'iso')))} {t:02d}:{w.r.randint(0, 59):02d}\n"
        f"Caller: {w.person().full()}, RN, {w.facility('hospital')} ICU, callback {w.phone()}\n"
        f"Patient: {pt.caps()}   age {w.age90() if old else w.r.randint(18, 75)}   {pt.sex.upper()}   MRN {w.mrn()}\n"
        f"Trigger: {ep('Glasgow')} {w.r.randint(3, 5)}, vent, {w.pick(('anoxic injury', 'ICH', 'TBI after MVC'))} "
        f"({code(w.pick(('G93.1', 'I61.9', 'S06.2X9A')))})\n"
        f"Outcome: {'tissue/eye only' if old else w.pick(('DCD eval', 'BD testing pending', 'ruled out'))}; "
        f"UNOS ID {w.ident('LLLDDDD')}\n"
        f"Family: {w.person().full()} ({w.pick(('wife', 'son', 'mother'))}) {w.phone()}\n"
        + (f"SSN for registry match: {w.ssn()}\n" if w.chance(0.4) else "")
        + f"Coordinator: {w.person().init_last()}  courier plate {w.plate()}"
        + (_footer(w) if w.chance(0.4) else "")
    )


def c_hospice(w: W) -> str:
    pt = w.patient = w.person()
    old = w.chance(0.75)
    dx = w.pick((("G30.1", "Alzheimer disease", "FAST 7c"), ("I50.9", "heart failure", "NYHA IV"),
                 ("C34.90", "lung cancer", "PPS 40%"), ("J44.9", "COPD", "PPS 30%")))  # fmt: skip
    start = w.day()
    return (
        _header(w, "CERTIFICATION OF TERMINAL ILLNESS", pt, old=old) + f"Medicare MBI: {w.mbi()}\n"
        f"Benefit period {w.r.randint(1, 4)}: {w.date(start, 'mdy')} to {w.date(start + timedelta(days=89), 'mdy')}\n"
        f"Terminal dx: {dx[1]} ({code(dx[0])}); {dx[2]}; {ep('Karnofsky')} {w.r.randint(2, 4)}0%.\n"
        f"Narrative: {w.pick(('weight loss 12% in 6 months', 'bedbound, eating 2-3 bites', 'two ED visits last month'))}; "
        f"prognosis 6 months or less if disease runs its usual course.\n"
        f"Face-to-face by {w.doc('NP')} on {w.date(w.day(), 'mdy')}. HCPCS {code('G0182')}, {code('Q5001')}.\n"
        f"Attending: {w.doc('MD')}, NPI {w.ident('DDDDDDDDDD')}, lic. {w.prof_license()}\n"
        f"Hospice: {w.facility('hospice')}, intake fax {w.phone('FAX')}"
        + (_registration(w, pt) if w.chance(0.55) else "")
    )


def c_tox(w: W) -> str:
    subj, me = w.person(), w.person()
    w.patient = subj
    case = w.ident(w.pick(("TX26-DDDDD", "DDDD-DDDD")))
    agency = w.ident(w.pick(("DDDD-DDDDD", "LL DD-DDDDD")))
    rows = [
        f"| {w.pick(('Femoral blood', 'Heart blood', 'Urine', 'Vitreous'))} | "
        f"{drug(w.pick(('fentanyl', 'ethanol', 'methamphetamine', 'gabapentin', 'sertraline', 'THC')))} | "
        f"{w.r.randint(1, 300)} {w.pick(('ng/mL', 'mg/dL'))} |"
        for _ in range(w.r.randint(2, 4))
    ]
    return (
        f"{w.facility('lab')}\nFORENSIC TOXICOLOGY REPORT\n"
        f"Lab case {case}   Agency case {agency}\n"
        f"Subject: {subj.caps()}   DOB {w.date(w.dob(18, 80)[0], w.pick(('mdy', 'iso')))}\n"
        f"Submitted by {me.init_last()}, {w.pick(('Deputy ME', 'Investigator', 'Trooper'))}, "
        f"{w.date(w.day(), 'mdy')}; vehicle {w.vin()} ({w.pick(('DUI', 'fatal crash', 'found in car'))}, {w.town()})\n"
        f"| specimen | analyte | result |\n" + "\n".join(rows) + "\n"
        f"Methods: LC-MS/MS, headspace GC. Chain of custody intact; seals {w.ident('DDDDDDD')}.\n"
        f"Reviewed: {w.person().full()}, PhD, F-ABFT   {w.date(w.day(), 'mdy')}"
    )


def c_stress(w: W) -> str:
    pt = w.patient = w.person()
    age = w.r.randint(35, 84)
    mins = w.r.randint(3, 13)
    return (
        _header(w, "EXERCISE STRESS TEST", pt, age=age)
        + f"Date {w.date(w.day(), w.pick(('mdy', 'month_d_y')))}; {dept('Cardiology')}; ordered by {w.doc()}\n"
        f"Indication: chest pain ({code('R07.9')}). Meds: {drug('metoprolol 25 mg')} held.\n"
        f"Protocol: {ep('Bruce')}, {mins} min {w.r.randint(0, 59)} s, {w.r.randint(4, 14)} METs. "
        f"Peak HR {w.r.randint(110, 180)} ({w.r.randint(70, 99)}% MPHR), BP {w.r.randint(130, 210)}/{w.r.randint(60, 95)}.\n"
        f"ECG: {w.pick(('no ischemic changes', '1.5 mm horizontal ST depression V4-V6', 'rare PVCs'))}.\n"
        f"{ep('Duke')} treadmill score {w.r.randint(-8, 10)}. CPT {code('93015')}.\n"
        f"Equipment: {maker('GE Healthcare')} {model('CASE T2100')}.\n"
        f"Interpreted by {w.doc('MD')}"
        + (_registration(w, pt) if w.chance(0.45) else _footer(w) if w.chance(0.5) else "")
    )


def c_pft(w: W) -> str:
    pt = w.patient = w.person()
    fev1, fvc = w.r.randint(40, 110), w.r.randint(55, 115)
    return (
        _header(w, "PULMONARY FUNCTION TEST REPORT", pt, old=w.chance(0.2))
        + f"Test date {w.date(w.day(), w.pick(('mdy', 'iso', 'dmony')))}; {dept('Pulmonology')} lab; ref {code('GLI-2012')}\n"
        f"| | pre | %pred | post |\n| FVC | {fvc / 30:.2f} | {fvc} | {fvc / 29:.2f} |\n"
        f"| FEV1 | {fev1 / 35:.2f} | {fev1} | {fev1 / 33:.2f} |\n| FEV1/FVC | {w.r.randint(45, 85)} | | |\n"
        f"| DLCO | {w.r.randint(10, 30)} | {w.r.randint(40, 110)} | |\n"
        f"Bronchodilator: {drug('albuterol 400 mcg')}. {w.pick(('Obstruction', 'No obstruction', 'Restriction suggested'))}.\n"
        f"Dx {code(w.pick(('J44.9', 'J45.40', 'R06.02', 'J84.10')))}; CPT {code('94060')}, {code('94729')}.\n"
        f"Tech: {w.person().first_init()}, RRT   Read by {w.doc()}\n"
        f"Spirometer {maker('Vyaire')} {model('Vyntus ONE')}, upload {w.ip()}"
    )


def c_ivt(w: W) -> str:
    pt = w.patient = w.person()
    agent = w.pick((("aflibercept 2 mg", "J0178"), ("ranibizumab 0.5 mg", "J2778"), ("faricimab 6 mg", "J2777"),
                    ("bevacizumab 1.25 mg", "J9035")))  # fmt: skip
    old = w.chance(0.4)
    style = w.pick(("mdy", "md", "mdy_short"))
    rows = [
        f"| {w.date(d, style)} | {w.pick(('OD', 'OS'))} | {drug(agent[0])} | "
        f"{code(w.letters(1) + w.digits(5))} | 20/{w.pick(('40', '50', '70', '100'))} |"
        for d in sorted(w.day() for _ in range(w.r.randint(2, 4)))
    ]
    return (
        _header(w, "Intravitreal injection record", pt, old=old)
        + f"{dept('Ophthalmology')} retina clinic, {w.facility('clinic')}\n"
        f"Dx {code(w.pick(('H35.3211', 'H35.3232', 'E11.3313', 'H34.8110')))}; CPT {code('67028')}; HCPCS {code(agent[1])}\n"
        f"| date | eye | drug | lot | VA ({ep('Snellen')}) |\n" + "\n".join(rows) + "\n"
        f"Time-out done; povidone 5%; IOP after {w.r.randint(10, 28)} mmHg.\n"
        f"Injector: {w.doc()}, DEA {w.dea()}" + (_footer(w) if w.chance(0.6) else "")
    )


def c_ect(w: W) -> str:
    pt = w.patient = w.person()
    n = w.r.randint(1, 12)
    return (
        _header(w, "Electroconvulsive therapy (ECT) treatment record", pt, old=w.chance(0.15))
        + f"Treatment #{n} of course; {w.date(w.day(), w.pick(('mdy', 'wk_mdy', 'month_d_y')))}; {dept('Psychiatry')}\n"
        f"Dx {code(w.pick(('F33.2', 'F31.4', 'F20.0', 'F32.3')))}; CPT {code('90870')}\n"
        f"Device: {w.pick((maker('MECTA') + ' ' + model('spECTrum 5000Q'), maker('Somatics') + ' ' + model('Thymatron System IV')))}; "
        f"{w.pick(('RUL ultrabrief', 'bitemporal', 'bifrontal'))}, {w.r.randint(20, 100)}% energy\n"
        f"Anesthesia: {drug('methohexital 1 mg/kg')}, {drug('succinylcholine 0.75 mg/kg')}\n"
        f"Seizure: motor {w.r.randint(15, 60)} s, EEG {w.r.randint(25, 90)} s\n"
        f"Scales: {ep('Hamilton')} (HAM-D) {w.r.randint(6, 30)}; {code('MoCA')} {w.r.randint(18, 30)}\n"
        f"Psychiatrist: {w.doc()} (DEA {w.dea()})  Anesthesia: {w.person().full()}, CRNA\n"
        f"Consent by {w.pick(('patient', 'guardian ' + w.person().full()))} {w.date(w.day(), 'mdy')}"
        + (_registration(w, pt) if w.chance(0.4) else "")
    )


def c_inr(w: W) -> str:
    pt = w.patient = w.person()
    old = w.chance(0.6)
    style = w.pick(("md", "mdy", "iso"))
    rows = [f"| {w.date(d, style)} | {w.r.randint(14, 42) / 10} | {w.r.randint(25, 75) / 10} mg/d |"
            for d in sorted(w.day() for _ in range(w.r.randint(3, 5)))]  # fmt: skip
    return (
        _header(w, "Anticoagulation clinic note", pt, old=old)
        + f"Indication {code(w.pick(('I48.91', 'I26.99', 'Z95.2')))}, goal INR 2-3, {ep('CHA2DS2-VASc')} {w.r.randint(2, 7)}\n"
        f"Drug: {drug('warfarin 5 mg')} (tabs)   Long-term {code('Z79.01')}\n"
        f"| date | INR | weekly avg |\n" + "\n".join(rows) + "\n"
        f"Plan: {w.pick(('no change', 'hold x1 then 5 mg daily', 'increase 10%'))}. Recheck {w.date(w.day(), w.pick(('md', 'wk_md', 'month_d')))}.\n"
        f"Called pt at {w.phone()}; {w.pick(('daughter', 'son', 'aide'))} {w.person().first()} answered.\n"
        f"CoaguChek {model('XS')} meter SN {w.serial()} (home testing, {maker('Roche')})\n"
        f"{w.person().full()}, PharmD, CACP (lic. {w.prof_license()})  CPT {code('93793')}"
    )


def c_nucmed(w: W) -> str:
    pt = w.patient = w.person()
    study = w.pick((("gastric emptying", "Tc-99m sulfur colloid 1 mCi", "78264", "A9541"),
                    ("hepatobiliary (HIDA)", "Tc-99m mebrofenin 5 mCi", "78227", "A9537"),
                    ("bone scan", "Tc-99m MDP 25 mCi", "78306", "A9503")))  # fmt: skip
    return (
        _header(w, "NUCLEAR MEDICINE REPORT", pt, old=w.chance(0.2))
        + f"Exam: {study[0]}  Date {w.date(w.day(), w.pick(('mdy', 'iso', 'mon_d_y')))}  Acc {w.ident('NMDDDDDDD')}  "
        f"HAR {w.account()}\n"
        f"Radiopharmaceutical: {drug(study[1])}, lot {code(w.letters(2) + w.digits(4))}, assayed in "
        f"{maker('Capintec')} {model('CRC-55tR')}\n"
        f"CPT {code(study[2])}; HCPCS {code(study[3])}; dx {code(w.pick(('K31.84', 'K80.20', 'C61', 'R11.10')))}\n"
        f"Findings: {w.pick(('retention 38% at 4 h (normal < 10%)', 'nonvisualization of gallbladder at 60 min', 'no abnormal uptake'))}.\n"
        f"Technologist: {w.person().first_init()}, CNMT   Reader: {w.doc()}\n"
        f"{dept('Nuclear Medicine')}, {w.facility('hospital')}"
        + (f"\nViewer: {w.url('pacs-web.northgate.org', 'v/' + w.digits(8))}" if w.chance(0.5) else "")
        + (_footer(w) if w.chance(0.55) else "")
    )


CLINICAL_GENRES: tuple[Callable[[W], str], ...] = (
    c_marrow, c_ivf, c_cochlear, c_moles, c_hold, c_burn, c_opo, c_hospice, c_tox, c_stress, c_pft, c_ivt, c_ect,
    c_inr, c_nucmed,
)  # fmt: skip


# =============================================================================================
# rows
# =============================================================================================
def _row(family: str, i: int, marked: str, case: str) -> dict:
    text, phi, keep = unmark(marked, case)
    terms: list[str] = []
    kinds: dict[str, str] = {}
    for term, kind in keep:
        if term in kinds or not term.strip():
            continue
        hits = [m.start() for m in re.finditer(re.escape(term), text)]
        if any(p["start"] < h + len(term) and h < p["end"] for h in hits for p in phi):
            continue
        terms.append(term)
        kinds[term] = kind
    return {
        "id": f"eval13-{family}-{i}",
        "family": family,
        "text": text,
        "phi": phi,
        "keep": terms,
        "keep_kinds": kinds,
    }


def generate(family: str, n: int, seed: int) -> list[dict]:
    """`n` rows of `family`, genres in turn, from `seed`."""
    if family not in FAMILIES:
        raise ValueError(family)
    genres = MESSAGE_GENRES if family == "messages" else CLINICAL_GENRES
    rng = random.Random(f"eval13-{family}-{seed}")
    rows: list[dict] = []
    seen: set[str] = set()
    for i in range(n):
        genre = genres[i % len(genres)]
        while True:
            w = W(rng)
            marked = genre(w)
            if family == "clinical" and w.patient is not None:
                marked += _extras(w, w.patient)
            if genre is m_relay:
                case = "upper"
            else:
                roll = rng.random()
                case = "upper" if roll < 0.03 else "lower" if roll < 0.07 and family == "messages" else ""
            row = _row(family, i, marked, case)
            if row["text"] in seen or (family == "clinical" and not 150 <= len(row["text"]) <= 1500):
                continue
            seen.add(row["text"])
            rows.append(row)
            break
    return rows


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in rows)


def romanization_problems() -> list[str]:
    """Every hand-written romanization key that is not an entry of its locale's own Faker table."""
    problems: list[str] = []
    for loc, table in ROMANIZATION.items():
        module, attr = FAKER_TABLES[loc][0]
        own = set(faker_tables.own_table(module, attr))
        problems += [f"{loc}: {key!r} is not in {module}.{attr}" for key in table if key not in own]
    return problems


def provenance_problems() -> list[str]:
    return faker_tables.provenance_problems(FAKER_TABLES)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--family", choices=FAMILIES, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(dumps(generate(args.family, args.n, args.seed)))


if __name__ == "__main__":
    main()
