"""Twenty-first independent de-identification evaluation set (eval21): escort travel requests from
Alaska villages (flight confirmation codes, travel authorisation numbers, key: value and tab forms,
forwarded-mail headers, quoted replies), fish camp refill chats (chat lines with clock times, village
PO boxes, skiff boat registrations), device and drug recall notices (device serials, lot numbers kept
as codes, makers and models, numbered steps), privacy incident letters (misdirected faxes, workstation
IP addresses, bullets), biobank consent questions (participant and sample IDs, e-consent links, audit
IPs, relatives over 90), patient survey comment exports (tab tables, staff names in the comments, some
comments in lower case), INR self-test logs and chats (`|` tables, meter serials, warfarin doses,
header columns set apart by spaces), vacation supply override requests for trips to Cambodia,
Iraqi or Iranian Kurdistan and Guam (passports, phones abroad, copay card numbers, day-first and
year-first dates), military deployment family care plan letters (DoD IDs, sponsor SSNs, TRICARE),
emergency absentee ballot requests from inpatients (numbered forms, driver's licences of several
states, voter numbers), hospital notary visit requests (notary commission numbers, plates), diabetes
prevention program enrolments (participant IDs, class links, coaches' e-mails), traditional food
requests and donation forms (seal oil, kelaguen, bobor, dolma; hunting licences; clergy who come to
bless the food), patient hostel reservations (`|` guest tables, shuttle plates, VINs) and blister
pack enrolments (tab forms, pharmacy accounts, DEA numbers, elders over 90) (`messages`); and closed
shoulder reduction notes, laceration repairs, anterior nasal packing for epistaxis, etonogestrel
implant insertions, skin prick allergy tests (`|` wheal tables), carotid duplex ultrasound reports,
ankle-brachial index studies (tab tables), frostbite assessments, canalith repositioning for BPPV,
hemorrhoid band ligations, pulmonary rehab sessions (`|` tables, concentrator serials) and
non-stress tests (`clinical`; 150-1,500 characters). Each genre occurs equally often (twenty rows
per genre in `messages`, ten in `clinical`, in turn). About one message in twenty is all capitals
and one in twenty all lower case; layouts include key: value forms, tab forms, `|` tables, bullets,
numbered lists, "> " quoted replies, chat lines with clock times ("[9:40 AM] Clinic (TO): ..."),
signatures with initials, forwarded-mail headers ("Sent: ") and header lines whose columns are set
apart by runs of spaces. Every clinical note has a header (PATIENT:, Pt name:, a `|` table or a
"(MRN ...)" sentence), one to three sections that carry further identifiers (REGISTRATION, Escort,
cc, Language services, Next of kin, Payer on file, Devices on file, Portal, Parking, Late entry,
Records from) and a signature line ("Electronically signed by", "Signed:", "Authenticated by" or
"e-signed").

Written by a writer who read only `tests/deid/evalset_checks.py`, `tests/deid/test_evalset20.py`,
`tests/deid/conftest.py`, `tests/deid/test_evalset_generators.py`, the module docstrings of
`tools/deid/evalset3.py` ... `tools/deid/evalset20.py` (nothing below them), the API (signatures and
docstrings) of `tools/deid/faker_tables.py`, `medcode/deid/types.py`, `datasets/deid/README.md` and
the ruff and mypy sections of `pyproject.toml`; none of the de-identifier's rules, recognizers,
lexicons, keep lists, models or engine, none of the other generators' code and none of the sets
under `datasets/` or `build/`. The de-identifier was never run on this text.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters
them. This family brings text shapes, values and names nobody tuned on.

Locales: none. ``NAME_LOCALES``, ``CITY_LOCALES``, ``ORG_LOCALES``, ``LOCALES`` and
``FAKER_TABLES`` are empty and ``provenance_problems()`` returns []. Names come from hand-written
lists of four naming cultures no earlier family used, in the Latin spellings met on US papers, with
variants: Alaska Native Yup'ik and Inupiaq (English or Russian Orthodox given names, "Wassillie" /
"Wassily" / "Vasily", "Xenia" / "Ksenia", often a Native name in the middle written in the modern
orthography or an older one, "Martha Cungauyar Nanalook", "Chungauyar"; family names "Nanalook" /
"Nanaluk", "Ahgeak" / "Ahgeok", "Oktollik" / "Oktoalik", and family names that are English words,
"Active", "Friday"), Chamorro (Spanish given names and English short forms, "Vicente" / "Vince",
"Dolores" / "Lola", the mother's maiden name in the middle and the father's surname last, "Carmen
Borja Manibusan"; compound surnames joined, spaced or hyphenated, "Leon Guerrero" / "LeonGuerrero" /
"Leon-Guerrero", "San Nicolas" / "SanNicolas", which a registrar may split, "Guerrero, Maria
Leon"), Khmer (Cambodian families in Lowell, Long Beach, Stockton and Providence: Cambodian papers
write the family name first, "SOK Sophea", US papers last; "Chhim" / "Chim", "Sreymom" / "Srey
Mom"; surnames that are English words, "Touch", "Long"; day-first dates, "14-03-1957") and Kurdish
Sorani (a given name, the father's given name and a grandfather's or tribal name taken for the
surname, "Shilan Hama Amin Jaff"; "Hama" and "Mam" joined, spaced or hyphenated, "Hama Amin" /
"Hamaamin" / "Hama-Amin", "Mam Rasul" / "Mamrasul"; "Bakhtiar" / "Baxtyar"; the given name "Hero";
year-first dates from the Iraqi national card, "1957/03/14", and day-first ones, "14/03/1957").
Words for relatives used instead of a name (``KIN_WORDS``: Yup'ik "Maurluq", "Apa'urluq", Inupiaq
"Aana", "Aapa"; Chamorro "Nana", "Tata", "Biha", "Bihu"; Khmer "Yeay", "Mak", "Bong", "Oum"; Sorani
"Daya", "Bawka", "Pura", "Kaka") are not PHI, nor are titles ("Tun", "Tan", "Pale'", "Lok", "Lok
Srey", "Ven.", "Kak", "Mamosta", "Fr.", military ranks). Towns come from hand-written lists
(``US_TOWNS`` with state, ZIP prefix and area code: Yukon-Kuskokwim and North Slope villages, Guam
and Saipan villages, Chamorro, Khmer and Kurdish community towns; ``ABROAD_TOWNS`` in Cambodia and in
Iraqi and Iranian Kurdistan), as do streets, facilities, insurers, makers and models. Numbers,
dates, codes and identifiers come from this module's own seeded ``random.Random``; no Faker is used,
so a seed reproduces its file byte for byte. All text is ASCII.

Annotation conventions (the 18 Safe Harbor identifiers as the project's PHI types): NAME is a
person's name as written (patients, relatives, escorts, clinicians, staff, coaches, notaries,
interpreters, hunters, clergy), one span: "Given Surname", "Given Middle Surname", "SURNAME, Given
Middle", "Surname, Given", "SURNAME Given", all capitals, all lower case, a given name or a surname
alone, "C. Aguon", and two to four capital initials that sign a message or a note ("-- TO",
"e-signed AQT"). Titles, honorifics and ranks stay outside the span ("Dr. ", "Mrs. ", "Tun ",
"Tan ", "Pale' ", "Lok ", "Lok Srey ", "Kak ", "Mamosta ", "Ven. ", "SPC ", "Capt "), as do
credentials (", MD", ", CHA", ", CDCES", ", RVT", ", PharmD", ...), a possessive "'s" and kinship
words. An e-mail address is EMAIL even when it holds a name. DATE is every date element more
specific than a year, one span with its year if it has one and with a weekday written next to it:
"03/14/2025", "3/14/25", "2025-03-14", "14-Mar-2025", "14MAR2025", "Mar 14, 2025", "March 14,
2025", "14 March 2025", "3/14", "Mar 14", "March 14th", "Fri 3/14", "Friday, March 14, 2025",
"Friday, March 14", a month with its year ("October 2026", a notary commission's or an implant's
end), "1957/03/14" (Iraqi card), "14/03/1957" and "14-03-1957" (day first). Clock times, durations,
gestational weeks, doses, room and session numbers are not PHI. AGE is PHI only when 90 or more:
the number or the words alone ("96", "ninety-four", "one hundred and three"), never "-year-old" or
"age"; younger ages stay in the text unannotated. LOCATION is a town, village or city (US or
abroad); states, territories, regions and countries ("AK", "Guam", "Cambodia", "the Kurdistan
Region") are not PHI, and a town inside an organisation's name is part of the FACILITY span.
ADDRESS is the street line with its unit, or a PO Box. ZIP is a US ZIP, with its +4 when written.
PHONE and FAX include "+1", "1-", an extension and the country codes "+855", "+964" and "+98"; a
number labelled fax is FAX. EMAIL, URL (with "https://") and IP (IPv4 or IPv6) are whole tokens.
SSN in any of its shapes. MRN is a medical record number: 7 to 10 digits, its last a Luhn check
digit, sometimes written in pairs ("20-45-44-01"). ACCOUNT is a billing, hospital, guarantor,
pharmacy or recall account, or a payment card (Luhn). HEALTH_PLAN is a member, Medicaid, TRICARE or
Medicare (MBI) number. LICENSE is a driver's licence (AK, CA, WA, TN, MA, TX, VA and RI shapes), a
professional, notary or hunting licence or a DEA registration (its check digit right). VEHICLE is
a plate, a VIN (its check digit right) or an Alaska boat registration ("AK 4521 AF"). DEVICE is the
serial number of a device a patient uses (INR meter, insulin pump, CPAP, oxygen concentrator, BP
monitor, glucose reader) or a phone IMEI (Luhn). ID is every other identifying number: flight
confirmation codes, travel authorisations, Rx, recall case, privacy incident, biobank participant
and sample, survey, DoD ID, voter, notary journal, program participant, hostel reservation,
passport, interpreter, order and ticket numbers. FACILITY is every organisation named (hospitals,
clinics, pharmacies, home care agencies, senior and community centres, churches, temples, mosques,
patient hostels), one span. Not PHI and kept (``keep``, kinds in ``KEEP_KINDS``): drugs with their
doses (drug); ICD-10-CM codes, CPT-shaped numbers, HCPCS codes and lot numbers (code); makers
(maker); model names (model); insurers and public plans (insurer); eponyms, the name only, some of
them surnames or words ("Rutherford", "Woodruff", "Langer", "Leopold", "Borg", "Bell", "Barrett",
"Hill-Sachs", "Dix-Hallpike", "Braxton Hicks", "Kiesselbach", "Goligher") (eponym) and departments
(department). No keep term ever occurs inside a PHI span (a term that does in some row is left out
of that row's list). Look-alikes left in the text on purpose: names that are English words and
weekdays ("Active", "Friday", "Touch", "Long", "Hero"), kinship words, "Timothy grass" in an allergy
panel, CPT codes shaped like ZIPs, blood pressures, and numbers that are not PHI (lot numbers,
HCPCS codes, ages under 90, clock times, room numbers).

    python -m tools.deid.evalset21 --family messages --n 300 --seed 4201 --out datasets/deid/eval21_messages.jsonl
    python -m tools.deid.evalset21 --family clinical --n 120 --seed 4202 --out datasets/deid/eval21_clinical.jsonl

Seeds 4301 / 4302 are reserved for tuning (``--out build/deid-fresh/...``); keep the two committed
files for measurement.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

FAMILIES = ("messages", "clinical")
KEEP_KINDS = ("drug", "code", "maker", "model", "insurer", "eponym", "department")

# No Faker locale is read: every name, town, street and organisation below is hand-written.
NAME_LOCALES: tuple[str, ...] = ()
CITY_LOCALES: tuple[str, ...] = ()
ORG_LOCALES: tuple[str, ...] = ()
LOCALES: tuple[str, ...] = ()
FAKER_TABLES: dict[str, list[tuple[str, str]]] = {}


def provenance_problems() -> list[str]:
    """Faker tables read from a locale other than their own: none, since none is read."""
    return []


MESSAGE_GENRES = (
    "escort_travel",
    "fish_camp",
    "recall_notice",
    "privacy_incident",
    "biobank",
    "survey_comment",
    "inr_selftest",
    "vacation_supply",
    "deployment",
    "absentee_ballot",
    "notary",
    "prevention_program",
    "traditional_food",
    "patient_hostel",
    "blister_pack",
)
CLINICAL_GENRES = (
    "shoulder_reduction",
    "laceration_repair",
    "nasal_packing",
    "etonogestrel_implant",
    "skin_prick",
    "carotid_duplex",
    "ankle_brachial",
    "frostbite",
    "canalith_repositioning",
    "band_ligation",
    "pulmonary_rehab",
    "nonstress_test",
)

# ---------------------------------------------------------------------------------------------
# Names. Each entry is a tuple of spellings of one name met on US papers; a person gets one.
# ---------------------------------------------------------------------------------------------

# Alaska Native: Yup'ik (Yukon-Kuskokwim Delta) and Inupiaq (North Slope, Northwest Arctic).
# English or Russian Orthodox given names, often a Native name in the middle, and a family name.
AK_GIVEN_F = (
    ("Martha",), ("Agnes",), ("Rosalie", "Rosaly"), ("Evelyn", "Evalyn"), ("Lena",), ("Nora",), ("Elsie",),
    ("Sophie", "Sofie"), ("Theresa", "Teresa"), ("Bernadette",), ("Olga",), ("Natalia", "Natalie"), ("Pauline",),
    ("Xenia", "Ksenia"), ("Vasilisa",), ("Marjorie",), ("Irene",), ("Tatiana",), ("Fannie", "Fanny"), ("Lucy",),
)  # fmt: skip
AK_GIVEN_M = (
    ("Wassillie", "Wassily", "Vasily"), ("Alexie", "Alexei"), ("Nicholai", "Nikolai"), ("Moses",), ("Fritz",),
    ("Harley",), ("Evan",), ("Gregory",), ("Timothy",), ("Oscar",), ("Elia", "Elias"), ("Jacob",), ("Willie",),
    ("Vernon",), ("Stanley",), ("Isaac",), ("Peter",), ("Hubert",), ("Abraham",), ("Walter",),
)  # fmt: skip
AK_NATIVE = (
    ("Aqpik",), ("Siqiniq", "Sikiniq"), ("Ukpik",), ("Naluaq",), ("Paniataaq", "Paniattaq"),
    ("Cungauyar", "Chungauyar"), ("Ayaprun",), ("Angayuqaq", "Angayukaq"), ("Apanguq",), ("Nanugaq",),
    ("Ciquyaq", "Chikuyak"), ("Cingarkaq", "Chingarkaq"), ("Uyangcuar",), ("Qaulluq", "Kaulluk"), ("Taqulik",),
)  # fmt: skip
AK_SURNAMES = (
    ("Kashatok",), ("Nanalook", "Nanaluk"), ("Kasayulie",), ("Kanrilak",), ("Chikoyak", "Cikuyak"), ("Ayagalria",),
    ("Ulak",), ("Tulik",), ("Nayamin",), ("Kameroff",), ("Pitka",), ("Active",), ("Friday",), ("Ahgeak", "Ahgeok"),
    ("Nageak", "Naageak"), ("Itta",), ("Kaleak",), ("Okakok",), ("Oktollik", "Oktoalik"), ("Napageak",),
    ("Kayotuk",), ("Oenga",), ("Tikluk",), ("Ahkivgak",), ("Sovalik",), ("Nashookpuk",), ("Tagarook",),
    ("Kanayurak",),
)  # fmt: skip

# Chamorro (Guam and the Northern Marianas, and the families in California, Washington and Texas):
# Spanish given names and English short forms, the mother's maiden name in the middle, the
# father's surname last; compound surnames joined, spaced or hyphenated.
CH_GIVEN_F = (
    ("Maria", "Marie"), ("Rosa", "Rosita"), ("Josefina", "Josephine"), ("Dolores", "Lola"), ("Remedios",),
    ("Consolacion",), ("Carmen",), ("Antonia",), ("Vicenta",), ("Ignacia",), ("Lourdes",), ("Trinidad",),
    ("Rufina",), ("Soledad",), ("Corazon", "Cora"), ("Joaquina",), ("Felisa",), ("Engracia",),
)  # fmt: skip
CH_GIVEN_M = (
    ("Jesus", "Jess"), ("Vicente", "Vince"), ("Juan", "John"), ("Jose", "Joe"), ("Antonio", "Tony"),
    ("Francisco", "Frank"), ("Ignacio",), ("Joaquin", "Jack"), ("Pedro", "Pete"), ("Manuel",), ("Ramon",),
    ("Enrique", "Henry"), ("Gregorio",), ("Tomas", "Thomas"), ("Dionisio",), ("Juan Carlos",),
)  # fmt: skip
CH_SURNAMES = (
    ("Quinata",), ("Taitano",), ("Aguon",), ("Borja",), ("Camacho",), ("Leon Guerrero", "LeonGuerrero", "Leon-Guerrero"),
    ("Taitague",), ("Quitugua",), ("Sablan",), ("Tenorio",), ("Manibusan",), ("Mendiola",), ("Pangelinan",),
    ("Unpingco",), ("Babauta",), ("Blas",), ("Charfauros",), ("Chargualaf",), ("Terlaje",), ("Taimanglo",),
    ("San Nicolas", "SanNicolas"), ("De Leon", "DeLeon"), ("Cepeda",), ("Muna",), ("Tainatongo",), ("Quenga",),
    ("Atoigue",), ("Taijeron",), ("Toves",), ("Duenas",), ("Santos",), ("Cruz",),
)  # fmt: skip

# Khmer (Cambodian families in Lowell, Long Beach, Stockton, Providence and Tacoma): Cambodian
# papers write the family name first ("SOK Sophea"), US papers last; romanisations vary.
KM_GIVEN_F = (
    ("Sophea",), ("Sreymom", "Srey Mom"), ("Sokhom", "Sokhorm"), ("Bopha",), ("Chanthou", "Chanthu"),
    ("Kunthea",), ("Channary", "Chanary"), ("Phalla", "Phala"), ("Sreypov", "Srey Pov"), ("Malis", "Maly"),
    ("Davy",), ("Sopheap", "Sophiep"), ("Rachana",), ("Leakhena", "Leakena"), ("Thida",), ("Sothy",),
)  # fmt: skip
KM_GIVEN_M = (
    ("Sokha", "Sokhar"), ("Dara", "Darra"), ("Vannak", "Vanak"), ("Sophal", "Sophall"), ("Rithy", "Rithi"),
    ("Sambath", "Sambat"), ("Visal",), ("Sovann", "Sovan"), ("Bunthoeun", "Bunthoun"), ("Kosal",), ("Narith",),
    ("Samnang",), ("Vuthy",), ("Chanthy",), ("Piseth", "Pisith"), ("Pheap",),
)  # fmt: skip
KM_SURNAMES = (
    ("Sok",), ("Chea",), ("Keo",), ("Chhim", "Chim"), ("Prak",), ("Nuon", "Noun"), ("Ouk", "Uk"), ("Sem",),
    ("Yim",), ("Chhay", "Chay"), ("Meas", "Mes"), ("Pich", "Pech"), ("Chhun", "Chun"), ("Heng",), ("Kong",),
    ("Mao",), ("Touch",), ("Hem",), ("Svay",), ("Phan",), ("Long",), ("Seng",), ("Prum", "Prom"),
    ("Chhoeun", "Choeun"), ("Vong",), ("Nhem",), ("Tep",),
)  # fmt: skip

# Kurdish Sorani (Iraqi Kurdistan and Iranian Kurdistan; families in Nashville, Harrisonburg,
# Fairfax and Dallas): a given name, the father's given name and the grandfather's name or a
# tribal name taken for the surname; "Hama" and "Mam" (short for Muhammad) joined, spaced or
# hyphenated, so a registrar may split "Hama Amin" across two fields.
KU_GIVEN_F = (
    ("Shilan", "Shelan"), ("Nazanin", "Nazaneen"), ("Chnar", "Chinar"), ("Parwin", "Parween", "Perwin"),
    ("Lana",), ("Zhino", "Jino"), ("Rezan", "Rezhan"), ("Shadan",), ("Sozan", "Suzan"), ("Khanda", "Xanda"),
    ("Bahar",), ("Kwestan", "Kuestan"), ("Nasrin", "Nasreen"), ("Shirin", "Shireen"), ("Gulala", "Gulale"),
    ("Awaz",), ("Hero",),
)  # fmt: skip
KU_GIVEN_M = (
    ("Aso",), ("Karwan",), ("Hemin", "Heimin"), ("Rebwar", "Rebuar"), ("Sirwan", "Sirvan"), ("Kawa", "Kaawa"),
    ("Hawre", "Hawri"), ("Soran",), ("Bakhtiar", "Bakhtiyar", "Baxtyar"), ("Shwan", "Shuan"), ("Dilshad", "Dilshat"),
    ("Barzan",), ("Hiwa", "Hewa"), ("Zana",), ("Aram",), ("Rawand", "Rawend"), ("Goran",), ("Kamaran", "Kameran"),
    ("Peshraw", "Peshrew"),
)  # fmt: skip
KU_FATHERS = (
    ("Hama Amin", "Hamaamin", "Hama-Amin"), ("Hama Rashid", "Hamarashid"), ("Hama Salih", "Hamasalih", "Hama Saleh"),
    ("Mam Rasul", "Mamrasul"), ("Abdulla", "Abdullah"), ("Qadir", "Kadir", "Qader"), ("Mahmood", "Mahmud"),
    ("Aziz",), ("Karim", "Kareem"), ("Othman", "Osman"), ("Faraj",), ("Rasul", "Rasool"), ("Salih", "Saleh"),
    ("Majeed", "Majid"), ("Omer", "Omar"), ("Jalal",), ("Fattah", "Fatah"), ("Hussein", "Husain"),
)  # fmt: skip
KU_SURNAMES = (
    ("Jaff", "Jaaf"), ("Barzinji", "Barzanji"), ("Hawrami", "Hewrami", "Hawramy"), ("Zangana", "Zengene"),
    ("Pishdari", "Pshdari"), ("Dizayee", "Dizayi"), ("Baban",), ("Sharazuri", "Shahrazuri"), ("Mukriani",),
    ("Garmiani", "Germiyani"), ("Balisani",), ("Raniyayi", "Ranyayi"),
)  # fmt: skip

# Words for relatives used instead of a name: not PHI, never a name in the lists above.
KIN_WORDS = (
    "Maurluq", "Apa'urluq", "Aana", "Aapa",  # Yup'ik grandmother, grandfather; Inupiaq grandmother, grandfather
    "Nana", "Tata", "Biha", "Bihu",  # Chamorro mother, father, grandmother, grandfather
    "Yeay", "Mak", "Bong", "Oum",  # Khmer grandmother, mother, older sibling, aunt or uncle
    "Daya", "Bawka", "Pura", "Kaka",  # Sorani mother, father, paternal aunt, older brother
)  # fmt: skip
KIN_BY_CULTURE = {"ak": KIN_WORDS[0:4], "ch": KIN_WORDS[4:8], "km": KIN_WORDS[8:12], "ku": KIN_WORDS[12:16]}
KIN_GLOSS = {
    "Maurluq": "grandmother", "Apa'urluq": "grandfather", "Aana": "grandmother", "Aapa": "grandfather",
    "Nana": "mother", "Tata": "father", "Biha": "grandmother", "Bihu": "grandfather",
    "Yeay": "grandmother", "Mak": "mother", "Bong": "older sister", "Oum": "aunt",
    "Daya": "mother", "Bawka": "father", "Pura": "aunt", "Kaka": "older brother",
}  # fmt: skip
_FEMALE_KIN = ("grandmother", "mother", "aunt", "older sister")
# Titles and honorifics that stay outside a NAME span, by culture ("Tun" / "Tan" for Chamorro
# elders, "Pale'" for a priest; Khmer "Lok" / "Lok Srey", "Ven." for a monk; Sorani "Kak", "Mamosta").
TITLES = {
    "ak": (("Mr.", "Ms.", "Mrs."), ("Mr.", "Ms.", "Mrs.")),
    "ch": (("Tun", "Mr."), ("Tan", "Mrs.")),
    "km": (("Lok", "Mr."), ("Lok Srey", "Ms.")),
    "ku": (("Kak", "Mr."), ("Ms.", "Mrs.")),
}
CREDENTIALS = (
    "MD",
    "DO",
    "NP",
    "PA-C",
    "RN",
    "LPN",
    "CNM",
    "RRT",
    "RVT",
    "RDMS",
    "PharmD",
    "CHA",
    "CDCES",
    "LCSW",
    "DPT",
    "RD",
)

# ---------------------------------------------------------------------------------------------
# Places: (town, state, ZIP prefix, area code, culture).
# ---------------------------------------------------------------------------------------------
US_TOWNS = (
    ("Bethel", "AK", "995", "907", "ak"), ("Hooper Bay", "AK", "996", "907", "ak"), ("Toksook Bay", "AK", "996", "907", "ak"),
    ("Quinhagak", "AK", "996", "907", "ak"), ("Emmonak", "AK", "995", "907", "ak"), ("Nome", "AK", "997", "907", "ak"),
    ("Kotzebue", "AK", "997", "907", "ak"), ("Utqiagvik", "AK", "997", "907", "ak"), ("Point Hope", "AK", "997", "907", "ak"),
    ("Wainwright", "AK", "997", "907", "ak"), ("Dillingham", "AK", "995", "907", "ak"), ("Anchorage", "AK", "995", "907", "ak"),
    ("Dededo", "GU", "969", "671", "ch"), ("Yigo", "GU", "969", "671", "ch"), ("Tamuning", "GU", "969", "671", "ch"),
    ("Mangilao", "GU", "969", "671", "ch"), ("Barrigada", "GU", "969", "671", "ch"), ("Inarajan", "GU", "969", "671", "ch"),
    ("Talofofo", "GU", "969", "671", "ch"), ("Saipan", "MP", "969", "670", "ch"), ("Chula Vista", "CA", "919", "619", "ch"),
    ("National City", "CA", "919", "619", "ch"), ("Vallejo", "CA", "945", "707", "ch"), ("Lakewood", "WA", "984", "253", "ch"),
    ("Killeen", "TX", "765", "254", "ch"),
    ("Lowell", "MA", "018", "978", "km"), ("Long Beach", "CA", "908", "562", "km"), ("Stockton", "CA", "952", "209", "km"),
    ("Revere", "MA", "021", "781", "km"), ("Lynn", "MA", "019", "781", "km"), ("Providence", "RI", "029", "401", "km"),
    ("Tacoma", "WA", "984", "253", "km"), ("Modesto", "CA", "953", "209", "km"),
    ("Nashville", "TN", "372", "615", "ku"), ("Antioch", "TN", "370", "615", "ku"), ("Murfreesboro", "TN", "371", "615", "ku"),
    ("Harrisonburg", "VA", "228", "540", "ku"), ("Fairfax", "VA", "220", "703", "ku"), ("Dallas", "TX", "752", "214", "ku"),
)  # fmt: skip
ABROAD_TOWNS = (
    "Battambang", "Kampong Cham", "Siem Reap", "Takeo", "Prey Veng", "Phnom Penh", "Kampot", "Svay Rieng", "Pursat",
    "Sulaymaniyah", "Slemani", "Erbil", "Hawler", "Halabja", "Ranya", "Koya", "Qaladze", "Chamchamal", "Penjwen",
    "Kalar", "Sanandaj", "Mahabad", "Marivan", "Saqqez",
)  # fmt: skip
ABROAD_BY_CULTURE = {"km": ABROAD_TOWNS[:9], "ku": ABROAD_TOWNS[9:]}
STREETS = {
    "ak": ("Ridgecrest Dr", "Chief Eddie Hoffman Hwy", "Tundra Ridge Rd", "Front St", "Akiachak Ave", "Seward Hwy",
           "Bayview Rd", "Kuskokwim Way", "Airport Rd", "Boreal Loop"),
    "ch": ("Route 3", "Chalan Kanton Tasi", "Marine Corps Dr", "Chalan Lujuna", "Ypao Rd", "Chalan Ramirez",
           "Middle Rd", "Broadway", "Palm Ave", "Chalan Koda"),
    "km": ("Middlesex St", "Branch St", "Anaheim St", "Gates St", "Chelmsford St", "Pacific Ave", "Broad St",
           "Shirley Ave", "Filbert St", "Lakewood Blvd"),
    "ku": ("Nolensville Pike", "Elysian Fields Rd", "Harding Pl", "Haywood Ln", "Antioch Pike", "Port Republic Rd",
           "Reservoir St", "Bell Rd", "Thompson Ln", "Blue Hole Rd"),
}  # fmt: skip
FACILITIES = {
    "ak": ("Tundra Ridge Health Center", "Kuskokwim Delta Clinic", "Arctic Lupine Medical Center",
           "Northwind Regional Hospital", "{town} Village Clinic", "Sea Lion Family Medicine", "Willow Tundra Dental",
           "{town} Subregional Clinic", "Northern Lights Pharmacy"),
    "ch": ("Hafa Adai Family Clinic", "Tasi Medical Plaza", "Latte Stone Pharmacy", "{town} Community Health Center",
           "Marianas Regional Hospital", "Guahan Family Medicine", "Saina Senior Center", "Lancheria Home Care"),
    "km": ("Apsara Family Medicine", "Mekong Community Clinic", "{town} Southeast Asian Health Center",
           "Angkor Family Pharmacy", "Lotus Blossom Home Care", "Wat Khmer of {town}", "Khmer Senior Center of {town}",
           "Tonle Sap Dental"),
    "ku": ("Zagros Family Medicine", "Newroz Pharmacy", "{town} Kurdish Community Center", "Hawler Family Dental",
           "Cumberland Valley Medical Center", "Piramagrun Medical Group", "Sirwan Adult Day Center",
           "Nolensville Road Mosque"),
}  # fmt: skip
HOSTELS = ("Quyana Patient Hostel", "Northwind Hospital Lodge", "Aurora Patient Hostel", "Bethel Prematernal Home",
           "Kotzebue Elders Lodge")  # fmt: skip
EMAIL_DOMAINS = (
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "gci.net",
    "acsalaska.net",
    "ite.net",
    "icloud.com",
    "hotmail.com",
)

# ---------------------------------------------------------------------------------------------
# Keep terms (not PHI).
# ---------------------------------------------------------------------------------------------
INSURERS = ("Alaska Medicaid", "Denali KidCare", "Premera Blue Cross", "Moda Health", "TRICARE West", "TRICARE Prime",
            "TakeCare", "NetCare", "StayWell", "MassHealth", "Medi-Cal", "TennCare", "Humana", "UnitedHealthcare",
            "Cigna", "Aetna", "Tufts Health Plan", "Anthem HealthKeepers", "Medicare")  # fmt: skip
INSURER_BY_CULTURE = {
    "ak": ("Alaska Medicaid", "Denali KidCare", "Premera Blue Cross", "Moda Health", "Medicare"),
    "ch": ("TakeCare", "NetCare", "StayWell", "TRICARE West", "TRICARE Prime", "Medicare"),
    "km": ("MassHealth", "Medi-Cal", "Tufts Health Plan", "UnitedHealthcare", "Medicare"),
    "ku": ("TennCare", "Anthem HealthKeepers", "Cigna", "Humana", "Aetna", "Medicare"),
}
DEPARTMENTS = ("Patient Travel", "Orthopedics", "Cardiology", "Pulmonology", "Emergency Department", "Obstetrics",
               "Vascular Lab", "Otolaryngology", "Health Information Management", "Privacy Office",
               "Allergy and Immunology", "Labor and Delivery", "Anticoagulation Clinic", "Diabetes Education",
               "Gastroenterology", "General Surgery", "Behavioral Health", "Nutrition Services", "Patient Relations",
               "Research Office", "Spiritual Care", "Pharmacy Services", "Family Medicine")  # fmt: skip
MAKERS = ("Roche", "Abbott", "Siemens Healthineers", "Philips", "Inogen", "Organon", "Medtronic", "Cook Medical",
          "Ethicon", "Welch Allyn", "Masimo", "ResMed", "Omron", "GE HealthCare", "Stryker", "Smith & Nephew")  # fmt: skip

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NUM_WORDS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

# ---------------------------------------------------------------------------------------------
# Marked text: PHI and keep terms are written inline and turned into offsets at the end, so an
# offset is never searched for.
# ---------------------------------------------------------------------------------------------
_PHI_OPEN, _KEEP_OPEN, _SEP, _CLOSE = "\x01", "\x04", "\x02", "\x03"


def P(kind: str, s: str) -> str:
    """`s` marked as a PHI span of `kind`."""
    assert s == s.strip() and s and kind in _PHI_KINDS, (kind, s)
    return f"{_PHI_OPEN}{kind}{_SEP}{s}{_CLOSE}"


def K(kind: str, s: str) -> str:
    """`s` marked as a keep term of `kind`."""
    assert kind in KEEP_KINDS, kind
    return f"{_KEEP_OPEN}{kind}{_SEP}{s}{_CLOSE}"


_PHI_KINDS = ("NAME", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE",
              "VEHICLE", "DEVICE", "URL", "IP", "ADDRESS", "LOCATION", "ZIP", "FACILITY", "ID")  # fmt: skip


def parse_marked(marked: str) -> tuple[str, list[tuple[int, int, str]], list[tuple[str, str]]]:
    """The plain text, its PHI spans and its keep terms (term, kind) in order."""
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    keeps: list[tuple[str, str]] = []
    pos = i = 0
    while i < len(marked):
        ch = marked[i]
        if ch in (_PHI_OPEN, _KEEP_OPEN):
            sep = marked.index(_SEP, i)
            close = marked.index(_CLOSE, sep)
            kind, value = marked[i + 1 : sep], marked[sep + 1 : close]
            assert _PHI_OPEN not in value and _KEEP_OPEN not in value, value
            if ch == _PHI_OPEN:
                spans.append((pos, pos + len(value), kind))
            else:
                keeps.append((value, kind))
            out.append(value)
            pos += len(value)
            i = close + 1
        else:
            out.append(ch)
            pos += 1
            i += 1
    return "".join(out), spans, keeps


def lower_marked(marked: str) -> str:
    """`marked` in lower case, its PHI kinds left as they are."""
    return re.sub(r"\x01([a-z_]+)\x02", lambda m: f"\x01{m.group(1).upper()}\x02", marked.lower())


def make_row(rid: str, family: str, marked: str, case: str = "") -> dict:
    """A row of the set from marked text; `case` "upper" / "lower" recases the whole text (and
    its keep terms, which must be found as written). A keep term that occurs inside a PHI span
    anywhere in the text is left out of the row's list."""
    text, spans, keeps = parse_marked(marked)
    if case == "upper":
        text, keeps = text.upper(), [(t.upper(), k) for t, k in keeps]
    elif case == "lower":
        text, keeps = text.lower(), [(t.lower(), k) for t, k in keeps]
    spans.sort()
    kinds: dict[str, str] = {}
    for term, kind in keeps:
        if term in kinds:
            continue
        hits = [m.start() for m in re.finditer(re.escape(term), text)]
        if any(s < h + len(term) and h < e for h in hits for s, e, _ in spans):
            continue
        kinds[term] = kind
    return {
        "id": rid,
        "family": family,
        "text": text,
        "phi": [{"start": s, "end": e, "type": t} for s, e, t in spans],
        "keep": list(kinds),
        "keep_kinds": kinds,
    }


# ---------------------------------------------------------------------------------------------
# Check digits.
# ---------------------------------------------------------------------------------------------
def luhn_digit(body: str) -> str:
    """The Luhn check digit to append to `body`."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9))),
    **dict(zip("JKLMN", range(1, 6))),
}
_VIN_VALUES.update({"P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))})
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_with_check(body17: str) -> str:
    """`body17` (17 VIN characters) with position 9 set to its check digit."""
    total = sum(_VIN_VALUES[c] * w for c, w in zip(body17, _VIN_WEIGHTS)) % 11
    return body17[:8] + ("X" if total == 10 else str(total)) + body17[9:]


def dea_with_check(prefix: str, six: str) -> str:
    """A DEA registration: two letters, six digits and the check digit."""
    d = [int(c) for c in six]
    return f"{prefix}{six}{(d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10}"


def age_words(n: int) -> str:
    """90-109 in words: "ninety-four", "one hundred and two"."""
    assert 90 <= n <= 109, n
    if n < 100:
        return "ninety" + (f"-{_NUM_WORDS[n - 90]}" if n > 90 else "")
    return "one hundred" + (f" and {_NUM_WORDS[n - 100]}" if n > 100 else "")


# ---------------------------------------------------------------------------------------------
# People.
# ---------------------------------------------------------------------------------------------
_GIVEN = {"ak": (AK_GIVEN_F, AK_GIVEN_M), "ch": (CH_GIVEN_F, CH_GIVEN_M), "km": (KM_GIVEN_F, KM_GIVEN_M),
          "ku": (KU_GIVEN_F, KU_GIVEN_M)}  # fmt: skip
_SURNAMES = {"ak": AK_SURNAMES, "ch": CH_SURNAMES, "km": KM_SURNAMES}
CULTURES = ("ak", "ch", "km", "ku")


@dataclass
class Person:
    culture: str
    sex: str
    given: str
    middle: str
    surname: str
    alt_surname: str
    dob: date
    town: tuple

    def age(self, on: date) -> int:
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))

    def render(self, style: str) -> str:
        g, m, s = self.given, self.middle, self.surname
        full = " ".join(x for x in (g, m, s) if x)
        out = {
            "full": full,
            "gs": f"{g} {s}",
            "sg": f"{s.upper()}, {g}" + (f" {m}" if m else ""),
            "sgc": f"{s}, {g}",
            "caps": full.upper(),
            "capsg": f"{s.upper()}, {g.upper()}",
            "init": f"{g[0]}. {s}",
            "given": g,
            "sur": s,
            "lower": f"{g} {s}".lower(),
            "km": f"{s.upper()} {g}",
            "split": f"{s.split()[-1]}, {g} {' '.join(s.split()[:-1])}" if " " in s else f"{s}, {g}",
            "initials": self.initials(),
        }
        return out[style]

    def initials(self) -> str:
        words = [w for x in (self.given, self.middle, self.surname) if x for w in re.split(r"[ -]", x)]
        letters = "".join(w[0].upper() for w in words if w[0].isalpha())
        return letters[:4] if len(letters) >= 2 else (letters + self.surname[1].upper())

    def title(self, rng: random.Random) -> str:
        return rng.choice(TITLES[self.culture][self.sex == "f"])


class Ctx:
    """One document's random source, its date, and the helpers that write marked values."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.today = date(2025, 1, 6) + timedelta(days=rng.randrange(680))

    # -- choice -------------------------------------------------------------------------------
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int, first_nonzero: bool = True) -> str:
        s = "".join(str(self.rng.randrange(10)) for _ in range(n))
        return (str(self.rng.randrange(1, 10)) + s[1:]) if first_nonzero else s

    def letters(self, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    # -- people -------------------------------------------------------------------------------
    def person(self, culture: str = "", sex: str = "", age: tuple[int, int] = (18, 85), town=None) -> Person:
        culture = culture or self.pick(CULTURES)
        sex = sex or self.pick("fm")
        g = self.pick(self.pick(_GIVEN[culture][sex == "m"]))
        middle = ""
        if culture == "ku":
            father = self.pick(self.pick(KU_FATHERS))
            if self.chance(0.45):
                surname_t = self.pick(KU_SURNAMES)
                middle = father
            else:
                surname_t = (father,)
        else:
            surname_t = self.pick(_SURNAMES[culture])
            if culture == "ak" and self.chance(0.4):
                middle = self.pick(self.pick(AK_NATIVE))
            elif culture == "ch" and self.chance(0.55):
                middle = self.pick(self.pick(CH_SURNAMES))
            elif culture == "km" and self.chance(0.15):
                middle = self.pick(self.pick(KM_SURNAMES))
        s = self.pick(surname_t)
        alt = self.pick([x for x in surname_t if x != s]) if len(surname_t) > 1 else ""
        years = self.rng.randint(*age)
        dob = date(self.today.year - years, self.today.month, self.today.day) - timedelta(
            days=self.rng.randrange(1, 360)
        )
        if dob.month == 2 and dob.day == 29:
            dob = dob.replace(day=28)
        towns = [t for t in US_TOWNS if t[4] == culture]
        return Person(culture, sex, g, middle, s, alt, dob, town or self.pick(towns))

    def elder(self, culture: str = "", sex: str = "") -> Person:
        return self.person(culture, sex, age=(90, 106))

    def name(self, p: Person, style: str = "") -> str:
        if not style:
            style = self.pick(("full", "full", "gs", "sg", "sgc", "init"))
            if style == "sg" and p.culture == "km" and self.chance(0.5):
                style = "km"
        if style in ("sg", "sgc", "capsg") and " " in p.surname and self.chance(0.6):
            style = "split"
        elif style in ("sg", "sgc", "capsg") and p.culture == "km" and self.chance(0.35):
            style = "km"
        return P("NAME", p.render(style))

    def registrar(self, p: Person, styles: tuple[str, ...]) -> str:
        """A surname-first style; a compound surname is often split by a registrar ("Guerrero, Maria Leon")."""
        return "split" if " " in p.surname and self.chance(0.6) else self.pick(styles)

    def titled(self, p: Person) -> str:
        """A title and the surname (or the given name, for a Chamorro elder or a Kurdish "Kak")."""
        t = p.title(self.rng)
        if t in ("Tun", "Tan", "Kak", "Lok"):
            return f"{t} {P('NAME', p.given if t != 'Lok' else p.surname)}"
        return f"{t} {P('NAME', p.surname)}"

    def clinician(self, culture: str = "", cred: str = "") -> tuple[Person, str]:
        p = self.person(culture, age=(28, 66))
        return p, cred or self.pick(CREDENTIALS)

    def signed(self, p: Person, cred: str, style: str = "") -> str:
        return f"{self.name(p, style or self.pick(('gs', 'full', 'init', 'gs')))}, {cred}"

    def relation(self, p: Person) -> str:
        """What a relative is to the patient, by the relative's sex."""
        return self.pick(
            ("daughter", "niece", "granddaughter", "wife") if p.sex == "f" else ("son", "nephew", "grandson", "husband")
        )

    def kin(self, culture: str, sex: str = "") -> str:
        words: tuple[str, ...] = KIN_BY_CULTURE[culture]
        if sex:
            words = tuple(w for w in words if (KIN_GLOSS[w] in _FEMALE_KIN) == (sex == "f"))
        return self.pick(words)

    # -- dates --------------------------------------------------------------------------------
    def fmt_date(self, d: date, style: str) -> str:
        mon, wk = _MONTHS[d.month - 1], _WEEKDAYS[d.weekday()]
        day_sfx = "th" if 10 < d.day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return {
            "mdY": f"{d.month:02d}/{d.day:02d}/{d.year}",
            "mdy": f"{d.month}/{d.day}/{d.year % 100:02d}",
            "iso": d.isoformat(),
            "dbY": f"{d.day:02d}-{mon[:3]}-{d.year}",
            "dbYc": f"{d.day:02d}{mon[:3].upper()}{d.year}",
            "bdY": f"{mon[:3]} {d.day}, {d.year}",
            "BdY": f"{mon} {d.day}, {d.year}",
            "dBY": f"{d.day} {mon} {d.year}",
            "md": f"{d.month}/{d.day}",
            "bd": f"{mon[:3]} {d.day}",
            "Bth": f"{mon} {d.day}{day_sfx}",
            "wmd": f"{wk[:3]} {d.month}/{d.day}",
            "wfull": f"{wk}, {mon} {d.day}, {d.year}",
            "wBd": f"{wk}, {mon} {d.day}",
            "BY": f"{mon} {d.year}",
            "Ymd": f"{d.year}/{d.month:02d}/{d.day:02d}",
            "dmY": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "dmYd": f"{d.day:02d}-{d.month:02d}-{d.year}",
        }[style]

    def d(self, d: date, style: str = "") -> str:
        style = style or self.pick(("mdY", "mdY", "mdy", "iso", "dbY", "bdY", "BdY", "dBY", "dbYc"))
        return P("DATE", self.fmt_date(d, style))

    def dob(self, p: Person, style: str = "") -> str:
        if not style:
            style = self.pick(("mdY", "mdY", "mdy", "iso", "dbY", "BdY", "dbYc"))
            if p.culture == "ku" and self.chance(0.5):
                style = self.pick(("Ymd", "dmY"))
            elif p.culture == "km" and self.chance(0.5):
                style = self.pick(("dmYd", "dmY"))
        return self.d(p.dob, style)

    def future(self, lo: int = 1, hi: int = 45) -> date:
        return self.today + timedelta(days=self.rng.randint(lo, hi))

    def past(self, lo: int = 1, hi: int = 200) -> date:
        return self.today - timedelta(days=self.rng.randint(lo, hi))

    def soon(self, style: str = "") -> str:
        """A date within the coming weeks, often with its weekday."""
        style = style or self.pick(("wmd", "wfull", "wBd", "md", "bd", "Bth", "BdY", "mdY", "wmd"))
        return self.d(self.future(), style)

    def clock(self, ampm: bool = True) -> str:
        h, m = self.rng.randint(7, 19), self.pick((0, 5, 10, 15, 20, 30, 40, 45, 50))
        if ampm:
            return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        return f"{h:02d}:{m:02d}"

    def clocks(self, n: int) -> list[str]:
        """`n` clock times in order, minutes apart, as a chat shows them."""
        t = self.rng.randint(6 * 60, 18 * 60)
        out = []
        for _ in range(n):
            h, m = divmod(t, 60)
            out.append(f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}")
            t += self.rng.randint(1, 35)
        return out

    def gravida(self, pregnant: bool) -> str:
        """An obstetric history, "G3P1": a pregnant patient's parity is below her gravidity."""
        g = self.rng.randint(1, 5)
        return f"G{g}P{self.rng.randint(0, g - 1) if pregnant else self.rng.randint(0, g)}"

    # -- ages ---------------------------------------------------------------------------------
    def age(self, n: int, words: bool | None = None) -> str:
        """An age: PHI when 90 or more (the number or the words alone), plain text below."""
        if n < 90:
            return str(n)
        if words is None:
            words = n <= 109 and self.chance(0.35)
        return P("AGE", age_words(n) if words and n <= 109 else str(n))

    # -- places -------------------------------------------------------------------------------
    def loc(self, town: str) -> str:
        return P("LOCATION", town)

    def street(self, culture: str) -> str:
        n = self.rng.randint(2, 9899)
        s = f"{n} {self.pick(STREETS[culture])}"
        r = self.rng.random()
        if r < 0.22:
            s += f" Apt {self.rng.randint(1, 40)}{self.pick(('', 'A', 'B', 'C'))}"
        elif r < 0.32:
            s += f" Unit {self.rng.randint(1, 300)}"
        elif r < 0.4:
            s += f" #{self.rng.randint(2, 399)}"
        return P("ADDRESS", s)

    def pobox(self) -> str:
        return P("ADDRESS", f"PO Box {self.rng.randint(11, 3999)}")

    def zipc(self, town: tuple, plus4: bool | None = None) -> str:
        z = town[2] + self.digits(2, first_nonzero=False)
        if plus4 or (plus4 is None and self.chance(0.25)):
            z += "-" + self.digits(4, first_nonzero=False)
        return P("ZIP", z)

    def address_block(self, p: Person, sep: str = ", ") -> str:
        t = p.town
        line = self.pobox() if (t[1] == "AK" and t[0] != "Anchorage" and self.chance(0.6)) else self.street(p.culture)
        return f"{line}{sep}{self.loc(t[0])}, {t[1]} {self.zipc(t)}"

    def abroad(self, culture: str) -> str:
        return P("LOCATION", self.pick(ABROAD_BY_CULTURE.get(culture, ABROAD_TOWNS)))

    def fac(self, culture: str = "", town: str = "", clinic: bool = False, pharmacy: bool = False) -> str:
        culture = culture or self.pick(CULTURES)
        names = FACILITIES[culture]
        if pharmacy:
            names = tuple(n for n in names if "Pharmacy" in n)
        if clinic:
            names = tuple(n for n in names if re.search(r"Clinic|Medic|Health|Hospital|Group", n))
        name = self.pick(names)
        if "{town}" in name:
            name = name.format(town=town or self.pick([t[0] for t in US_TOWNS if t[4] == culture]))
        return P("FACILITY", name)

    # -- contact ------------------------------------------------------------------------------
    def phone_number(self, area: str, style: str = "") -> str:
        ex, line = self.rng.randint(201, 989), self.digits(4, first_nonzero=False)
        style = style or self.pick(("paren", "paren", "dash", "dot", "plus", "one", "dash"))
        s = {
            "paren": f"({area}) {ex}-{line}",
            "dash": f"{area}-{ex}-{line}",
            "dot": f"{area}.{ex}.{line}",
            "plus": f"+1 {area} {ex} {line}",
            "one": f"1-{area}-{ex}-{line}",
        }[style]
        return s

    def phone(self, area_or_person, kind: str = "PHONE", ext: bool = False) -> str:
        area = area_or_person.town[3] if isinstance(area_or_person, Person) else area_or_person
        s = self.phone_number(area)
        if ext:
            s += f" ext {self.rng.randint(100, 8999)}"
        return P(kind, s)

    def intl_phone(self, culture: str) -> str:
        if culture == "km":
            s = self.pick((f"+855 {self.pick(('12', '17', '77', '92'))} {self.digits(3)} {self.digits(3)}",
                           f"+855 {self.pick(('97', '88', '96'))} {self.digits(3)} {self.digits(4)}"))  # fmt: skip
        elif culture == "ku" and self.chance(0.7):
            s = f"+964 {self.pick(('750', '770', '751', '771'))} {self.digits(3)} {self.digits(4)}"
        elif culture == "ku":
            s = f"+98 {self.pick(('918', '914', '935'))} {self.digits(3)} {self.digits(4)}"
        else:
            s = f"+1 {self.pick(('671', '670'))} {self.rng.randint(201, 989)} {self.digits(4, first_nonzero=False)}"
        return P("PHONE", s)

    def email(self, p: Person | None = None, domain: str = "") -> str:
        domain = domain or self.pick(EMAIL_DOMAINS)
        if p is None:
            local = self.pick(("frontdesk", "scheduling", "travel.desk", "records", "pharmacy.team", "rn.line"))
        else:
            g = re.sub(r"[^a-z]", "", p.given.lower())
            s = re.sub(r"[^a-z]", "", p.surname.lower())
            local = self.pick(
                (f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{self.rng.randint(1, 99)}", f"{s}.{g}{self.rng.randint(60, 99)}")
            )
        return P("EMAIL", f"{local}@{domain}")

    def url(self, host: str, path: str) -> str:
        token = self.letters(3, "abcdefghjkmnpqrstuvwxyz") + self.digits(5)
        return P("URL", f"https://{host}/{path}/{token}")

    def ip(self) -> str:
        if self.chance(0.25):
            h = lambda: f"{self.rng.randint(1, 0xFFFF):x}"
            return P("IP", f"2600:{self.pick(('1700', '1010', '6c50', '387'))}:{h()}:{h()}::{h()}")
        first = self.pick((24, 63, 66, 69, 73, 98, 107, 174, 208, 216))
        return P("IP", f"{first}.{self.rng.randint(1, 254)}.{self.rng.randint(0, 254)}.{self.rng.randint(1, 254)}")

    # -- identifiers --------------------------------------------------------------------------
    def ssn(self) -> str:
        area = self.rng.choice([a for a in range(1, 900) if a != 666])
        parts = (f"{area:03d}", f"{self.rng.randint(1, 99):02d}", f"{self.rng.randint(1, 9999):04d}")
        sep = self.pick(("-", "-", "-", " ", ""))
        return P("SSN", sep.join(parts))

    def mrn(self) -> str:
        n = self.pick((7, 8, 8, 9, 10))
        body = self.digits(n - 1)
        s = body + luhn_digit(body)
        if n == 8 and self.chance(0.3):
            s = f"{s[:2]}-{s[2:4]}-{s[4:6]}-{s[6:]}"
        return P("MRN", s)

    def account(self) -> str:
        s = self.pick(
            (
                self.digits(9),
                self.digits(10),
                f"{self.letters(2)}{self.digits(7)}",
                f"{self.digits(4)}-{self.digits(6)}",
            )
        )
        return P("ACCOUNT", s)

    def card(self) -> str:
        body = (self.pick(("4", "5", "37")) + self.digits(14, first_nonzero=False))[:15]
        s = body + luhn_digit(body)
        return P("ACCOUNT", " ".join(s[i : i + 4] for i in range(0, 16, 4)))

    def mbi(self) -> str:
        a = "ACDEFGHJKMNPQRTUVWXY"
        an = a + "0123456789"
        r = self.rng
        s = (f"{r.randint(1, 9)}{r.choice(a)}{r.choice(an)}{r.randint(0, 9)}{r.choice(a)}{r.choice(an)}"
             f"{r.randint(0, 9)}{r.choice(a)}{r.choice(a)}{r.randint(0, 9)}{r.randint(0, 9)}")  # fmt: skip
        if self.chance(0.4):
            s = f"{s[:4]}-{s[4:7]}-{s[7:]}"
        return P("HEALTH_PLAN", s)

    def member(self, insurer: str = "") -> str:
        """A member, subscriber, Medicaid or DoD benefits number (HEALTH_PLAN)."""
        if insurer == "Medicare" or (not insurer and self.chance(0.2)):
            return self.mbi()
        shapes = (
            lambda: self.digits(10),
            lambda: f"{self.letters(3)}{self.digits(9)}",
            lambda: f"{self.letters(1)}{self.digits(8)}",
            lambda: f"{self.digits(11)}",
            lambda: f"{self.letters(2)}{self.digits(6)}-0{self.rng.randint(1, 4)}",
        )
        return P("HEALTH_PLAN", self.pick(shapes)())

    def dl(self, state: str = "") -> tuple[str, str]:
        """(state, marked driver's licence number) in that state's shape."""
        state = state or self.pick(("AK", "CA", "WA", "TN", "MA", "TX", "VA", "RI"))
        s = {
            "AK": lambda: self.digits(7),
            "CA": lambda: f"{self.letters(1)}{self.digits(7)}",
            "WA": lambda: "WDL" + self.letters(2) + self.digits(1) + self.letters(3) + self.digits(2) + self.letters(1),
            "TN": lambda: self.digits(9),
            "MA": lambda: f"S{self.digits(8)}",
            "TX": lambda: self.digits(8),
            "VA": lambda: f"T{self.digits(8)}",
            "RI": lambda: f"{self.pick(('V', ''))}{self.digits(7)}",
        }[state]()
        return state, P("LICENSE", s)

    def dea(self, p: Person) -> str:
        return P(
            "LICENSE", dea_with_check(self.pick("ABFM") + p.surname[0].upper(), self.digits(6, first_nonzero=False))
        )

    def prof_license(self, state: str = "") -> str:
        state = state or self.pick(("AK", "GU", "MA", "CA", "TN", "WA"))
        s = self.pick(
            (
                f"{self.pick(('RN', 'MD', 'DO', 'NP', 'RPH'))}{self.digits(5)}",
                f"{state}-{self.digits(6)}",
                f"{self.digits(7)}",
            )
        )
        return P("LICENSE", s)

    def plate(self, state: str = "") -> str:
        state = state or self.pick(("AK", "CA", "WA", "TN", "MA", "GU"))
        s = {
            "AK": lambda: f"{self.letters(3)} {self.digits(3, first_nonzero=False)}",
            "CA": lambda: f"{self.rng.randint(5, 9)}{self.letters(3)}{self.digits(3, first_nonzero=False)}",
            "WA": lambda: f"{self.letters(3)}{self.digits(4, first_nonzero=False)}",
            "TN": lambda: f"{self.letters(3)}-{self.digits(4, first_nonzero=False)}",
            "MA": lambda: f"{self.rng.randint(1, 9)}{self.letters(3)}{self.digits(2, first_nonzero=False)}",
            "GU": lambda: f"{self.letters(2)} {self.digits(4)}",
        }[state]()
        return P("VEHICLE", s)

    def boat(self) -> str:
        return P("VEHICLE", f"AK {self.digits(4)} {self.letters(2)}")

    def vin(self) -> str:
        wmi = self.pick(("1FT", "1GC", "5TD", "JTE", "2T3", "3GN", "1C6", "4T1", "5NP", "1HG"))
        body = (
            wmi
            + "".join(self.pick(_VIN_CHARS) for _ in range(5))
            + "0"
            + self.pick("LMNPRST")
            + "".join(self.pick(_VIN_CHARS) for _ in range(7))
        )
        return P("VEHICLE", vin_with_check(body))

    def imei(self) -> str:
        body = self.pick(("35", "86", "01", "49")) + self.digits(12, first_nonzero=False)
        return P("DEVICE", body + luhn_digit(body))

    def serial(self, prefix: str = "") -> str:
        prefix = prefix or self.pick(("SN", "", "A", "UP", "K", "X"))
        s = self.pick((f"{prefix}{self.digits(8)}", f"{prefix}{self.digits(2)}{self.letters(2)}{self.digits(5)}",
                       f"{self.digits(3)}-{self.digits(5)}-{self.letters(1)}"))  # fmt: skip
        return P("DEVICE", s)

    def ident(self, shape: str) -> str:
        """Every other identifying number (ID), by shape name."""
        r = self.rng
        s = {
            "pnr": lambda: self.letters(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
            "travel": lambda: f"TA-{self.today.year % 100}-{self.digits(5)}",
            "rx": lambda: self.digits(7),
            "recall": lambda: f"RCL-{self.digits(4)}-{self.letters(2)}",
            "incident": lambda: f"PI-{self.today.year}-{self.digits(4, first_nonzero=False)}",
            "participant": lambda: f"BBK-{self.digits(2)}-{self.digits(5)}",
            "sample": lambda: f"SMP{self.digits(7)}",
            "survey": lambda: f"SV{self.digits(6)}",
            "dodid": lambda: self.digits(10),
            "voter": lambda: self.digits(self.pick((8, 9))),
            "journal": lambda: f"NJ-{self.digits(5)}",
            "dpp": lambda: f"DPP-{self.digits(4)}",
            "hostel": lambda: f"QH{self.digits(6)}",
            "passport": lambda: f"{self.letters(1)}{self.digits(8)}",
            "natid": lambda: self.pick((self.digits(12), f"{self.digits(9)}")),
            "tribal": lambda: f"{self.letters(3)}-{self.digits(5)}",
            "order": lambda: f"ORD{self.digits(8)}",
            "interp": lambda: f"INT-{self.digits(4)}",
            "referral": lambda: f"REF{self.digits(7)}",
            "claim": lambda: f"CLM-{self.digits(9)}",
            "accession": lambda: f"AC{self.today.year % 100}-{self.digits(6)}",
            "ticket": lambda: f"T-{r.randint(100000, 999999)}",
            "blister": lambda: f"BP-{self.digits(6)}",
            "case": lambda: f"CASE-{self.digits(6)}",
        }[shape]()
        return P("ID", s)

    # -- keep ---------------------------------------------------------------------------------
    def k(self, kind: str, term: str) -> str:
        return K(kind, term)

    def kp(self, kind: str, seq) -> str:
        return K(kind, self.pick(seq))

    def lot(self) -> str:
        return K(
            "code",
            self.pick(
                (
                    f"{self.letters(1)}{self.digits(5)}",
                    f"{self.letters(2)}{self.digits(4)}",
                    f"{self.letters(1)}{self.digits(4)}",
                )
            ),
        )

    def insurer(self, culture: str) -> str:
        return K("insurer", self.pick(INSURER_BY_CULTURE[culture]))

    def plan(self, culture: str, sep: str = " ") -> str:
        """An insurer (keep) and its member number (HEALTH_PLAN)."""
        ins = self.pick(INSURER_BY_CULTURE[culture])
        return f"{K('insurer', ins)}{sep}{self.member(ins)}"


def bullet_lines(items: list[str], style: str) -> str:
    """Items as a bulleted ("- ", "* ") or numbered ("1. ") list."""
    if style == "num":
        return "\n".join(f"{i}. {x}" for i, x in enumerate(items, 1))
    return "\n".join(f"{style} {x}" for x in items)


# ---------------------------------------------------------------------------------------------
# Keep-term pools.
# ---------------------------------------------------------------------------------------------
DRUGS = ("metformin 500 mg", "metformin ER 750 mg", "lisinopril 10 mg", "amlodipine 5 mg", "atorvastatin 40 mg",
         "levothyroxine 75 mcg", "losartan 50 mg", "furosemide 20 mg", "omeprazole 20 mg", "gabapentin 300 mg",
         "tamsulosin 0.4 mg", "allopurinol 100 mg", "carvedilol 6.25 mg", "insulin glargine 22 units",
         "glipizide 5 mg", "sertraline 50 mg", "albuterol 90 mcg", "tiotropium 18 mcg", "apixaban 5 mg",
         "donepezil 10 mg", "hydrochlorothiazide 25 mg", "prednisone 10 mg", "isoniazid 300 mg",
         "pioglitazone 15 mg", "clopidogrel 75 mg", "aspirin 81 mg", "vitamin D3 2000 units")  # fmt: skip
WARFARIN = ("warfarin 5 mg", "warfarin 2.5 mg", "warfarin 7.5 mg", "warfarin 1 mg", "warfarin 3 mg", "warfarin 6 mg")
ICD_GENERAL = ("E11.9", "I10", "E78.5", "N18.31", "J44.9", "I48.91", "Z79.01", "R73.03", "Z86.718", "F03.90",
               "M17.11", "Z79.4", "E03.9", "K21.9", "G47.33", "Z71.3", "E11.65", "I50.32", "G20.A1", "Z95.0")  # fmt: skip
CPT_GENERAL = ("99213", "99214", "99396", "93793", "85610", "36416", "80061", "83036", "96372", "99497", "97802")
HCPCS_GENERAL = ("G0249", "G0250", "G9873", "G9880", "A4253", "E1390", "E0431", "T1013", "A0130", "A0140", "G0108")
EPONYMS_MSG = ("Hashimoto", "Graves", "Parkinson", "Alzheimer", "Bell", "Raynaud", "Crohn", "Barrett", "Meniere",
               "Sjogren", "Paget", "Addison", "Cushing")  # fmt: skip
_EPONYM_ICD = {"Crohn": "K50.90", "Graves": "E05.00", "Hashimoto": "E06.3", "Addison": "E27.1", "Parkinson": "G20.A1",
               "Alzheimer": "G30.9", "Raynaud": "I73.00", "Meniere": "H81.03", "Paget": "M88.9", "Sjogren": "M35.00",
               "Cushing": "E24.9", "Barrett": "K22.70", "Bell": "G51.0"}  # fmt: skip
RECALL_ITEMS = (  # (model, maker, what)
    ("DreamStation 2", "Philips", "CPAP machine"), ("Inogen One G4", "Inogen", "portable oxygen concentrator"),
    ("MiniMed 780G", "Medtronic", "insulin pump"), ("HEM-7120", "Omron", "blood pressure monitor"),
    ("Accu-Chek Guide", "Roche", "glucose meter"), ("FreeStyle Libre 3", "Abbott", "glucose sensor reader"),
    ("AirSense 11", "ResMed", "CPAP machine"), ("Spot Vital Signs 4400", "Welch Allyn", "home vital signs monitor"),
)  # fmt: skip
INR_METERS = (("CoaguChek XS", "Roche"), ("CoaguChek INRange", "Roche"), ("CoaguChek Vantus", "Roche"))
FOODS = {
    "ak": ("seal oil", "dried pike", "akutaq", "smoked king salmon", "caribou soup", "moose broth", "salmonberries"),
    "ch": ("chicken kelaguen", "titiyas", "red rice", "kadon pika", "empanada", "guyuria"),
    "km": ("bobor", "samlor korko", "num banh chok", "kuy teav", "prahok with vegetables"),
    "ku": ("dolma", "kubba", "shorba", "brinji", "naan", "kifta"),
}  # fmt: skip
LANGUAGE = {"ak": ("Yugtun", "Inupiatun", "Cup'ik"), "ch": ("Chamorro",), "km": ("Khmer",), "ku": ("Kurdish Sorani",)}


_CLERGY = {"ak": "Fr.", "ch": "Pale'", "km": "Ven.", "ku": "Mamosta"}


def _greet(c: Ctx, p: Person) -> str:
    return c.pick((f"Hi {c.name(p, 'given')},", f"Dear {c.titled(p)},", f"Hello {c.name(p, 'gs')},", "Hello,"))


def _sign(c: Ctx, p: Person, cred: str = "") -> str:
    """A message signature: a name, initials, or a name with a credential."""
    r = c.rng.random()
    if r < 0.3:
        return f"-- {c.name(p, 'initials')}"
    if r < 0.55 and cred:
        return f"{c.name(p, 'gs')}, {cred}"
    if r < 0.8:
        return f"Thanks,\n{c.name(p, 'given')}"
    return f"{c.name(p, 'full')}"


def m_escort_travel(c: Ctx) -> str:
    pt = c.person("ak", "f", age=(40, 88) if c.chance(0.7) else (90, 104))
    esc = c.person("ak", age=(20, 60))
    cha, _ = c.clinician("ak")
    t = pt.town
    appt = c.future(4, 40)
    kin = c.kin("ak", "f")
    dept = c.kp("department", ("Orthopedics", "Cardiology", "Otolaryngology", "Gastroenterology", "General Surgery"))
    a = pt.age(c.today)
    reason = c.pick((f"elder, age {c.age(a)}, walker" if a >= 65 else f"age {c.age(a)}, post-op, cannot lift bags",
                     f"patient speaks {c.pick(LANGUAGE['ak'])} only", f"age {c.age(a)}, hard of hearing"))  # fmt: skip
    v = c.rng.randrange(3)
    if v == 0:
        sep = c.pick(("\t", ": ", ":\t"))
        rows = [
            ("Patient", c.name(pt, c.pick(("sg", "capsg", "sgc")))),
            ("DOB", c.dob(pt)),
            ("Village", f"{c.loc(t[0])}, AK"),
            (c.insurer("ak"), c.member()),
            ("Appt", f"{c.d(appt, c.pick(('wfull', 'wmd', 'wBd')))} {c.clock()} - {dept}, {c.fac('ak', 'Anchorage')}"),
            ("Escort", f"{c.name(esc, 'gs')} ({c.relation(esc)}), cell {c.phone(esc)}"),
            ("Reason", f"{reason}; dx {c.kp('code', ICD_GENERAL)}, {c.k('code', 'A0140')}"),
            ("Flight conf", f"{c.ident('pnr')}, out {c.d(appt - timedelta(days=1), 'md')} {c.clock()}"),
            ("Travel auth", c.ident("travel")),
            ("Requested by", f"{c.name(cha, 'gs')}, CHA, fax {c.phone(t[3], 'FAX')}"),
        ]
        head = c.pick(("ESCORT TRAVEL REQUEST", "Escort travel request form"))
        return f"{head} -- {c.k('department', 'Patient Travel')}\n" + "\n".join(f"{a}{sep}{b}" for a, b in rows)
    if v == 1:
        return (
            f"From: {c.name(esc, 'gs')} <{c.email(esc)}>\nSent: {c.d(c.today, 'wfull')} {c.clock()}\n"
            f"To: {c.k('department', 'Patient Travel')}\nSubject: escort travel for my {kin}\n\n"
            f"Hi, my {kin} {c.name(pt, 'gs')} has her {dept} appointment {c.d(appt, c.pick(('wBd', 'wmd', 'Bth')))}. "
            f"She only speaks {c.pick(LANGUAGE['ak'])} so I need to go as her escort. Her DOB is {c.dob(pt)} and "
            f"her {c.insurer('ak')} number is {c.member()}. We fly out of {c.loc(t[0])}. Call me at {c.phone(esc)}.\n"
            f"{c.name(esc, 'given')}\n\n"
            f"> {c.titled(esc)}, escort travel needs a provider letter. Ask the clinic to fax it to {c.phone('907', 'FAX')}.\n"
            f"> Ref {c.ident('travel')}. -- {c.name(cha, 'initials')}"
        )
    return (
        f"hi this is {c.name(esc, 'lower')} in {c.loc(t[0])}. escort travel for my {kin} on "
        f"{c.d(appt, c.pick(('md', 'wmd')))}? her conf number is {c.ident('pnr')} and she is {c.age(pt.age(c.today), words=False)}. "
        f"we need a room too. my number {c.phone(esc)}. her dob {c.dob(pt, 'mdy')}. quyana"
    )


def m_fish_camp(c: Ctx) -> str:
    pt = c.person("ak", age=(30, 80))
    elder = c.person("ak", "f", age=(60, 89) if c.chance(0.6) else (90, 103))
    nurse, cred = c.clinician("ak", "RN")
    t = pt.town
    kin = c.kin("ak", "f")
    drug = c.kp("drug", DRUGS)
    times = c.clocks(7)
    g = c.name(pt, "given")
    lines = [
        f"[{times[0]}] {g}: hi its {c.name(pt, 'gs')}, we are out at fish camp till {c.d(c.future(10, 30), c.pick(('Bth', 'md', 'bd')))}",
        f"[{times[1]}] Clinic ({c.name(nurse, 'initials')}): Hi {c.name(pt, 'given') if c.chance(0.6) else c.titled(pt)}, what do you need?",
        f"[{times[2]}] {g}: my {kin} ran out of her {drug}, Rx {c.ident('rx')}. she is {c.age(elder.age(c.today))}. can you mail it to {c.pobox()} {c.loc(t[0])} AK {c.zipc(t, False)}",
        f"[{times[3]}] Clinic ({c.name(nurse, 'initials')}): Sent to {c.fac('ak', t[0])}. Her DOB to confirm?",
        f"[{times[4]}] {g}: {c.dob(elder)}",
    ]
    if c.chance(0.6):
        lines.append(
            f"[{times[5]}] Clinic: OK. Or your cousin can bring it up on the skiff ({c.boat()})? Call {c.phone(t[3])}"
        )
    if c.chance(0.4):
        lines.append(f"[{times[6]}] {g}: quyana, {c.name(nurse, 'given')}. {c.kin('ak')} says hi")
    return "\n".join(lines)


def m_recall_notice(c: Ctx) -> str:
    pt = c.person()
    model, maker, what = c.pick(RECALL_ITEMS)
    officer, _ = c.clinician(pt.culture, "PharmD")
    head = c.pick(("URGENT: MEDICAL DEVICE RECALL NOTICE", "Recall notice -- please read", "RECALL NOTICE"))
    steps = [
        f"Stop using the {what} if its serial number is on the list below.",
        f"Register at {c.url('recall.' + c.pick(('medsafe-notice.com', 'devicecheck.org', 'pt-recall.net')), 'r')} or call {c.phone(c.pick(('800', '888', '877')))}.",
        f"Bring the {what} to {c.fac(pt.culture, pt.town[0])} by {c.soon(c.pick(('BdY', 'wBd', 'mdY')))}.",
    ]
    style = c.pick(("num", "num", "-"))
    return (
        f"{head}\n{c.d(c.today, c.pick(('BdY', 'mdY', 'dBY')))}\n\n{c.name(pt, c.pick(('full', 'caps')))}\n"
        f"{c.address_block(pt, chr(10))}\n\n{_greet(c, pt)}\n"
        f"Our records show you received the {c.k('model', model)} {what} made by {c.k('maker', maker)}, serial "
        f"{c.serial()}, lot {c.lot()}, on {c.d(c.past(60, 500))}. {c.k('maker', maker)} has issued a recall for "
        f"this lot.\n{bullet_lines(steps, style)}\n\n"
        f"Recall case: {c.ident('recall')}    Account: {c.account()}\n{c.name(officer, 'gs')}, PharmD, {c.k('department', 'Pharmacy Services')}"
    )


def m_privacy_incident(c: Ctx) -> str:
    pt = c.person()
    off, _ = c.clinician(pt.culture)
    wrong = c.pick(("fax", "portal", "mail"))
    items = [f"your name and date of birth ({c.dob(pt)})", f"medical record number {c.mrn()}"]
    if c.chance(0.6):
        items.append(f"billing account {c.account()}")
    if c.chance(0.5):
        items.append(f"Social Security number {c.ssn()}")
    items.append(
        f"a visit note from {c.kp('department', ('Cardiology', 'Behavioral Health', 'Obstetrics', 'Family Medicine'))} dated {c.d(c.past(5, 120))} (visit code {c.kp('code', ('99213', '99214', '90837'))})"
    )
    if wrong == "fax":
        what = f"a fax meant for {c.fac(pt.culture)} was sent to a wrong number ({c.phone(pt.town[3], 'FAX')})"
    elif wrong == "portal":
        what = f"a staff member opened your chart without a work reason, from workstation address {c.ip()}"
    else:
        what = f"a letter for you was mailed to {c.street(pt.culture)} instead of your address"
    fwd = ""
    if c.chance(0.45):
        fwd = (
            f"---------- Forwarded message ----------\nFrom: {c.name(off, 'gs')} <{c.email(off, 'privacy-office.org')}>\n"
            f"Sent: {c.d(c.today, c.pick(('wfull', 'mdY', 'BdY')))} {c.clock()}\nTo: {c.email(pt)}\n"
        )
    return fwd + (
        f"Subject: privacy incident {c.ident('incident')}\n{c.d(c.today, c.pick(('BdY', 'mdY', 'wfull')))}\n\n"
        f"Dear {c.name(pt, c.pick(('full', 'gs'))) if c.chance(0.5) else c.titled(pt)},\n"
        f"On {c.d(c.past(3, 40), c.pick(('wfull', 'wBd', 'BdY')))} {what}. The pages included:\n"
        f"{bullet_lines(items, c.pick(('-', '*')))}\n"
        f"We have no evidence that your information was misused. If you have questions, call our "
        f"{c.k('department', 'Privacy Office')} at {c.phone(pt.town[3], ext=c.chance(0.5))} or write to {c.email(None, 'privacy-office.org')}.\n\n"
        f"{c.name(off, c.pick(('gs', 'full')))}\nPrivacy Officer, {c.k('department', 'Health Information Management')}"
    )


def m_biobank(c: Ctx) -> str:
    pt = c.person(age=(25, 75))
    rel = c.person(pt.culture, "f", age=(90, 107) if c.chance(0.65) else (60, 89))
    coord, _ = c.clinician(pt.culture)
    kin = c.kin(pt.culture, "f")
    body = (
        f"{c.pick(('Hi', 'Hello', 'Good morning'))} {c.k('department', 'Research Office')},\n"
        f"I signed the biobank consent on the tablet at {c.fac(pt.culture, pt.town[0])} on {c.d(c.past(5, 90))}. "
        f"My participant ID is {c.ident('participant')}. My {kin} {c.name(rel, c.pick(('gs', 'full')))} wants to join too, "
        f"she is {c.age(rel.age(c.today))} -- is there an age limit? "
    )
    if c.chance(0.6):
        ep = c.pick(("Alzheimer", "Parkinson", "Sjogren", "Graves"))
        body += f"She has {c.k('eponym', ep)} ({c.k('code', _EPONYM_ICD[ep])}), does that matter? "
    if c.chance(0.5):
        body += f"Also please withdraw sample {c.ident('sample')}, it was drawn twice on {c.d(c.past(10, 60), 'md')}. "
    body += f"\n{c.name(pt, c.pick(('full', 'gs')))}\n{c.phone(pt)}\n\n"
    quote = [
        f"Dear {c.titled(pt)}, thank you for contacting the biobank. There is no upper age limit.",
        f"Your e-consent copy is at {c.url('consent.' + c.pick(('northbiobank.org', 'tribalbiobank.org', 'pacbiobank.org')), 'view')}",
        f"Audit: signed from {c.ip()} on {c.d(c.past(5, 90), 'iso')} at {c.clock(False)}",
        f"{c.name(coord, 'gs')}, research coordinator",
    ]
    return body + "\n".join(f"> {q}" for q in quote)


def m_survey_comment(c: Ctx) -> str:
    lines = [
        f"Survey comment export -- {c.k('department', 'Patient Relations')}\trun {c.d(c.today, c.pick(('mdY', 'iso')))}",
        "SurveyID\tUnit\tVisit\tComment",
    ]
    for _ in range(c.rng.randint(3, 4)):
        pt = c.person()
        staff = c.person(pt.culture)
        kin = c.kin(pt.culture, "f")
        unit = c.kp(
            "department", ("Labor and Delivery", "Emergency Department", "Cardiology", "Orthopedics", "Family Medicine")
        )
        elder_age = c.rng.randint(90, 104) if c.chance(0.3) else c.rng.randint(50, 89)
        comment = c.pick(
            (
                f"nurse {c.name(staff, 'given')} was so kind to my {kin}, she is {c.age(elder_age)}",
                f"waited 3 hours. {c.titled(staff)} never came back. my {kin} is {c.age(elder_age)} and was cold",
                f"thank you {c.name(staff, c.pick(('gs', 'given')))}! drove in from {c.loc(pt.town[0])} and you fit us in",
                f"the front desk ({c.name(staff, 'given')}) spelled my name wrong again, it is {c.name(pt, 'full')}",
                f"call me back {c.phone(pt)} about the bill, {c.name(pt, 'gs')}",
                f"my {kin} has {c.kp('eponym', ('Parkinson', 'Alzheimer', 'Meniere'))} and {c.name(staff, 'given')} was patient with her",
                f"{c.titled(staff)} explained the {c.kp('eponym', ('Barrett', 'Raynaud', 'Bell'))} diagnosis in plain words, thank you",
                f"thank you for letting {_CLERGY[pt.culture]} {c.name(c.person(pt.culture, 'm'), c.pick(('gs', 'sur')))} pray with my {kin} at night",
            )
        )
        if c.chance(0.35):
            comment = lower_marked(comment)
        lines.append(f'{c.ident("survey")}\t{unit}\t{c.d(c.past(3, 60), c.pick(("md", "mdY")))}\t"{comment}"')
    return "\n".join(lines)


def m_inr_selftest(c: Ctx) -> str:
    pt = c.person(age=(45, 89) if c.chance(0.8) else (90, 99))
    model, maker = c.pick(INR_METERS)
    rn, cred = c.clinician(pt.culture, c.pick(("RN", "PharmD")))
    dose = c.pick(WARFARIN)
    if c.chance(0.55):
        rows = []
        day = c.past(20, 40)
        for _ in range(c.rng.randint(3, 5)):
            day += timedelta(days=c.rng.randint(5, 9))
            rows.append(
                f"| {c.d(day, c.pick(('md', 'md', 'bd')))} | {c.rng.randint(14, 38) / 10:.1f} | {c.k('drug', dose)} |"
            )
        return (
            f"INR self-test log -- {c.name(pt, c.pick(('gs', 'caps', 'sg')))}    DOB: {c.dob(pt)}    MRN: {c.mrn()}\n"
            f"Meter: {c.k('maker', maker)} {c.k('model', model)}, SN {c.serial('UP')}, uploaded from {c.ip()}\n"
            f"| Date | INR | Dose |\n" + "\n".join(rows) + "\n"
            f"Goal 2.0-3.0. Reviewed by {c.name(rn, 'gs')}, {cred}, {c.k('department', 'Anticoagulation Clinic')} "
            f"{c.phone(pt.town[3])}. Billed {c.k('code', 'G0249')} and {c.k('code', '93793')}, dx {c.k('code', 'Z79.01')}"
        )
    times = c.clocks(4)
    g = c.name(pt, "given")
    inr = c.rng.randint(36, 52) / 10
    return "\n".join([
        f"[{times[0]}] {g}: my INR self-test today was {inr:.1f}. I take {c.k('drug', dose)}",
        f"[{times[1]}] {c.k('department', 'Anticoagulation Clinic')}: Hi {g}, is that on the {c.k('model', model)}? Serial {c.serial('UP')}?",
        f"[{times[2]}] {g}: yes. Bleeding gums since {c.d(c.past(1, 5), c.pick(('wmd', 'md', 'wBd')))}",
        f"[{times[3]}] {c.name(rn, 'gs')}, {cred}: Hold tonight, retest {c.soon(c.pick(('wmd', 'wBd')))}. Call {c.phone(pt.town[3])} if worse.",
    ])  # fmt: skip


def m_vacation_supply(c: Ctx) -> str:
    cult = c.pick(("km", "ku", "km", "ku", "ch"))
    pt = c.person(cult, age=(30, 85))
    leave = c.future(7, 40)
    back = leave + timedelta(days=c.rng.randint(30, 90))
    where = c.abroad(cult) if cult != "ch" else P("LOCATION", c.pick([t[0] for t in US_TOWNS if t[1] in ("GU", "MP")]))
    country = {"km": "Cambodia", "ku": c.pick(("Iraq", "the Kurdistan Region", "Iran")), "ch": "Guam"}[cult]
    meds = [f"{c.kp('drug', DRUGS)} - 90 day supply" for _ in range(c.rng.randint(2, 3))]
    kin = c.kin(cult)
    dstyle = c.pick({"km": ("dmYd", "dmY", "mdY"), "ku": ("Ymd", "dmY", "mdY"), "ch": ("mdY", "BdY")}[cult])
    body = (
        f"Vacation supply override request\n"
        f"Member: {c.name(pt, c.pick(('gs', 'sg', 'full')))}    {c.insurer(cult)} ID: {c.member()}\n"
        f"Travel: {where}, {country}, {c.d(leave, dstyle)} to {c.d(back, dstyle)}\n"
        f"{'Passport' if cult != 'ch' else 'Flight conf'}: {c.ident('passport') if cult != 'ch' else c.ident('pnr')}\n"
        f"Meds:\n{bullet_lines(meds, c.pick(('-', '*', 'num')))}\n"
        f"Dx: {c.kp('code', ICD_GENERAL)}, {c.kp('code', ICD_GENERAL)}\n"
        f"Contact there: my {kin}'s house, {c.intl_phone(cult)}\n"
    )
    if c.chance(0.5):
        model, maker, what = c.pick(RECALL_ITEMS[3:6])
        body += f"Also strips or supplies for my {what}, {c.k('model', model)} by {c.k('maker', maker)} ({c.kp('code', ('A4253', 'A4259', 'E0607'))}).\n"
    if c.chance(0.6):
        body += f"Please charge the copay to card {c.card()}.\n"
    body += f"{_sign(c, pt)}"
    return body


def m_deployment(c: Ctx) -> str:
    cult = c.pick(("ch", "ch", "ak", "km", "ku"))
    spouse = c.person(cult, age=(22, 45))
    member = c.person(cult, "m" if spouse.sex == "f" else "f", age=(22, 45))
    child = c.person(cult, "m", age=(1, 12))
    rank = c.pick(("SSgt", "SPC", "PO2", "Capt", "SFC"))
    eponym = c.pick(("Crohn", "Graves", "Hashimoto", "Addison"))
    doc, cred = c.clinician(cult, c.pick(("MD", "DO", "NP")))
    v = c.rng.randrange(2)
    ask = (
        f"My {c.pick(('husband' if member.sex == 'm' else 'wife', 'spouse'))} {rank} {c.name(member, 'gs')} gets deployment orders for "
        f"{c.d(c.future(20, 60), c.pick(('BY', 'BdY', 'Bth')))}. We need a letter for the family care plan saying our son "
        f"{c.name(child, 'given')} (DOB {c.dob(child)}) has {eponym} disease ({c.k('code', _EPONYM_ICD[eponym])}) and sees "
        f"{_dr(c, doc)} every 3 months. Sponsor DoD ID {c.ident('dodid')}, sponsor SSN {c.ssn()}, "
        f"{c.kp('insurer', ('TRICARE West', 'TRICARE Prime', 'TakeCare') if cult == 'ch' else ('TRICARE West', 'TRICARE Prime'))} {c.member('TRICARE')}."
    )
    if v == 0:
        return (
            f"From: {c.name(spouse, 'gs')} <{c.email(spouse)}>\nSent: {c.d(c.today, c.pick(('wfull', 'mdY')))} {c.clock()}\n"
            f"To: {c.fac(cult, clinic=True)}\nSubject: deployment letter\n\n{ask}\n"
            f"You can reach me at {c.phone(spouse)}.\n{_sign(c, spouse)}"
        )
    return (
        f"{c.pick(('Hafa adai', 'Hello', 'Hi'))}, this is {c.name(spouse, 'full')} from {c.loc(spouse.town[0])}.\n{ask}\n\n"
        f"> Per {c.name(doc, 'init')}: letter ready {c.soon('wmd')}, pick up at the front desk or we fax to your unit at {c.phone(spouse, 'FAX')}.\n"
        f"> Ticket {c.ident('ticket')}"
    )


def m_absentee_ballot(c: Ctx) -> str:
    pt = c.person(age=(35, 88) if c.chance(0.75) else (90, 102))
    agent = c.person(pt.culture, age=(20, 60))
    state = pt.town[1] if pt.town[1] in ("AK", "CA", "WA", "TN", "MA", "TX", "VA", "RI") else "CA"
    st, dl = c.dl(state)
    items = [
        f"Voter: {c.name(pt, c.registrar(pt, ('sg', 'capsg', 'sgc')))}",
        f"Date of birth: {c.dob(pt)}",
        f"Residence: {c.address_block(pt)}",
        f"{st} driver license / ID: {dl}" if c.chance(0.75) else f"SSN: {c.ssn()}",
        f"Now at: {c.fac(pt.culture, clinic=True)}, room {c.rng.randint(200, 699)}",
        f"Authorized agent: {c.name(agent, 'gs')} ({c.relation(agent)}), {c.phone(agent)}",
        f"Election: {c.d(c.future(2, 9), c.pick(('wBd', 'wfull', 'wmd')))}",
    ]
    if c.chance(0.4):
        items.insert(4, f"Voter no.: {c.ident('voter')}")
    head = c.pick(("EMERGENCY ABSENTEE BALLOT REQUEST (hospital patient)", "Emergency absentee ballot application"))
    return (
        f"{head}\n{bullet_lines(items, 'num')}\n\n"
        f"Patient is {c.pick(('alert and able to mark the ballot', 'able to sign with help'))}; "
        f"witness {c.name(c.person(pt.culture), 'gs')}, {c.pick(('RN', 'LPN', 'LCSW'))}, {c.clock()} {c.d(c.today, 'md')}."
    )


def m_notary(c: Ctx) -> str:
    pt = c.person(sex="f", age=(55, 89) if c.chance(0.7) else (90, 101))
    fam = c.person(pt.culture, age=(25, 60))
    notary = c.person(pt.culture, age=(30, 65))
    kin = c.kin(pt.culture, "f")
    st, dl = c.dl(pt.town[1] if pt.town[1] in ("AK", "CA", "WA", "TN", "MA", "TX", "VA", "RI") else "")
    body = (
        f"{c.pick(('Hello', 'Hi', 'Good afternoon'))} {c.k('department', c.pick(('Patient Relations', 'Spiritual Care')))},\n"
        f"We need a notary visit for my {kin} {c.name(pt, c.pick(('gs', 'full')))} at {c.fac(pt.culture, pt.town[0], clinic=True)}, "
        f"room {c.rng.randint(100, 599)}, to sign power of attorney papers. She has early {c.kp('eponym', ('Alzheimer', 'Parkinson'))} "
        f"but is clear in the mornings. Best time {c.soon(c.pick(('wmd', 'wBd')))} around {c.clock()}. "
        f"Her ID is {st} DL {dl}. My name is {c.name(fam, 'gs')}, cell {c.phone(fam)}."
    )
    if c.chance(0.7):
        body += f" We park a gray truck, plate {c.plate()}."
    quote = (
        f"\n\n> Notary: {c.name(notary, c.pick(('gs', 'full')))}, commission no. {P('LICENSE', c.digits(c.pick((6, 8))))} "
        f"(expires {c.d(c.future(200, 900), 'BY')}). Journal entry {c.ident('journal')}.\n> Bring the papers unsigned; I will meet {c.titled(fam)} at the front desk."
    )
    return body + quote


def m_prevention_program(c: Ctx) -> str:
    pt = c.person(age=(30, 75))
    coach = c.person(pt.culture, age=(28, 60))
    start = c.future(5, 30)
    items = [
        f"Participant ID: {c.ident('dpp')}",
        f"Class: {c.pick(('Tuesdays', 'Wednesdays', 'Thursdays'))} {c.clock()} at {c.fac(pt.culture, pt.town[0])}, starting {c.d(start, c.pick(('wBd', 'BdY', 'md', 'Bth')))}",
        f"Online option: {c.url(c.pick(('meet.dpp-class.org', 'zoom.us', 'teams.healthed.org')), 'j')}",
        f"Lifestyle coach: {c.name(coach, 'gs')}, CDCES ({c.email(coach, c.pick(('healthed.org', 'lifestylecoach.net')))})",
    ]
    return (
        f"Welcome to the {c.k('department', 'Diabetes Education')} prevention program, {c.name(pt, 'given')}!\n"
        f"{bullet_lines(items, c.pick(('-', '*')))}\n"
        f"Your A1c was {c.rng.randint(57, 64) / 10:.1f}% on {c.d(c.past(10, 90))} ({c.k('code', 'R73.03')}), and you are "
        f"{c.age(pt.age(c.today))} years old, so you qualify. The program is billed as {c.k('code', 'G9873')} to "
        f"{c.insurer(pt.culture)}.\nQuestions: {c.phone(pt.town[3])}\n{_sign(c, coach, 'CDCES')}"
    )


def m_traditional_food(c: Ctx) -> str:
    pt = c.person(sex="f", age=(60, 89) if c.chance(0.5) else (90, 105))
    fam = c.person(pt.culture, age=(25, 60))
    rd, cred = c.clinician(pt.culture, "RD")
    kin = c.kin(pt.culture, "f")
    food = c.pick(FOODS[pt.culture])
    if pt.culture == "ak" and c.chance(0.5):
        hunter = c.person("ak", "m", age=(25, 65))
        return (
            f"Traditional food donation form -- {c.k('department', 'Nutrition Services')}\n"
            f"Food: {food}\nHarvester: {c.name(hunter, c.pick(('gs', 'sgc')))}\tHunting license: {P('LICENSE', c.digits(7))}\n"
            f"Harvested: {c.d(c.past(3, 60), c.pick(('mdY', 'md', 'dbY')))}\tnear {c.loc(hunter.town[0])}\n"
            f"For patient: {c.name(pt, 'sg')}    MRN: {c.mrn()}    Age: {c.age(pt.age(c.today))}\n"
            f"Received by {c.name(rd, 'gs')}, {cred} at {c.clock()}"
        )
    times = c.clocks(5)
    g = c.name(fam, "given")
    clergy = ""
    if c.chance(0.45):
        title = _CLERGY[pt.culture]
        place = {"ak": "St. Sophia Orthodox Church", "ch": "Santa Barbara Catholic Church",
                 "km": "Wat Khmer of " + pt.town[0], "ku": "Nolensville Road Mosque"}[pt.culture]  # fmt: skip
        cl = c.person(pt.culture, "m", age=(35, 80))
        clergy = f"\n[{times[4]}] {g}: {title} {c.name(cl, c.pick(('gs', 'sur')))} from {P('FACILITY', place)} will come to bless it"
    return "\n".join([
        f"[{times[0]}] {g}: can we bring {food} for my {kin} in room {c.rng.randint(200, 599)}? {c.name(pt, 'gs')}",
        f"[{times[1]}] {c.k('department', 'Nutrition Services')} ({c.name(rd, 'initials')}): Yes, traditional food is welcome. Is she on a diet order?",
        f"[{times[2]}] {g}: low salt for her {c.kp('code', ('I50.32', 'I10', 'N18.31', 'E11.9'))}. she is {c.age(pt.age(c.today))}, born {c.dob(pt)} in {c.abroad(pt.culture) if pt.culture in ('km', 'ku') else c.loc(pt.town[0])}",
        f"[{times[3]}] {c.name(rd, 'gs')}, {cred}: Bring it before dinner and label it with her name. My cell {c.phone(pt.town[3])}.",
    ]) + clergy  # fmt: skip


def m_patient_hostel(c: Ctx) -> str:
    pt = c.person("ak" if c.chance(0.7) else c.pick(CULTURES), age=(18, 45) if c.chance(0.5) else (46, 88))
    esc = c.person(pt.culture, age=(18, 70))
    cin = c.future(3, 40)
    cout = cin + timedelta(days=c.rng.randint(2, 21))
    fmt = c.pick(("md", "mdY", "bd"))
    rows = [
        f"| {c.name(pt, c.pick(('sgc', 'gs', 'capsg')))} | patient | {c.dob(pt, 'mdY')} | {c.d(cin, fmt)} | {c.d(cout, fmt)} |",
        f"| {c.name(esc, c.pick(('sgc', 'gs')))} | escort | {c.dob(esc, 'mdY')} | {c.d(cin, fmt)} | {c.d(cout, fmt)} |",
    ]
    extra = ""
    if c.chance(0.5):
        extra = f"Parked vehicle on file: {c.plate('AK')} (VIN {c.vin()}).\n"
    else:
        extra = f"Airport shuttle van {c.plate('AK')} leaves at {c.clock()}.\n"
    return (
        f"Patient hostel reservation {c.ident('hostel')} -- {P('FACILITY', c.pick(HOSTELS))}\n"
        f"| Guest | Role | DOB | Check-in | Check-out |\n" + "\n".join(rows) + "\n"
        f"Reason: {c.pick(('prenatal stay, due', 'surgery on') if pt.sex == 'f' else ('surgery on', 'chemo cycle starts', 'cardiology workup'))} {c.d(cin + timedelta(days=1), c.pick(('Bth', 'wBd', 'md')))}; "
        f"travel billed {c.k('code', 'A0140')}, lodging {c.k('code', 'A0180')}, {c.insurer(pt.culture)}\n"
        + extra
        + f"Front desk {c.phone('907')}. Booking link {c.url('hostel.' + c.pick(('anmc-lodging.org', 'tundrastay.org')), 'b')}"
    )


def m_blister_pack(c: Ctx) -> str:
    pt = c.person(age=(65, 89) if c.chance(0.45) else (90, 104))
    doc, cred = c.clinician(pt.culture, c.pick(("MD", "DO", "NP")))
    meds = [f"{c.kp('drug', DRUGS)}\t{c.pick(('AM', 'PM', 'AM+PM', 'bedtime'))}" for _ in range(c.rng.randint(3, 5))]
    ep = c.pick(("Parkinson", "Alzheimer", "Paget", "Sjogren", "Cushing"))
    dx = f"{c.k('eponym', ep)} ({c.k('code', _EPONYM_ICD[ep])})" if c.chance(0.6) else c.kp("code", ICD_GENERAL)
    head = c.pick((f"Name: {c.name(pt, 'sg')}    MRN: {c.mrn()}", f"Name:\t{c.name(pt, 'gs')}\tMRN:\t{c.mrn()}"))
    return (
        f"Blister pack enrollment -- {c.fac(pt.culture, pt.town[0], pharmacy=True)}\n{head}\n"
        f"DOB:\t{c.dob(pt)}\tAge:\t{c.age(pt.age(c.today))}\n"
        f"Address:\t{c.address_block(pt)}\n"
        f"Pharmacy acct:\t{c.account()}\t{c.plan(pt.culture, ':' + chr(9))}\n"
        f"Prescriber:\t{c.name(doc, 'gs')}, {cred}\tDEA {c.dea(doc)}\tFax {c.phone(pt.town[3], 'FAX')}\n"
        f"Dx:\t{dx}\t{c.kp('code', ICD_GENERAL)}\tMTM {c.k('code', '99605')}\n"
        f"Meds:\n"
        + "\n".join(meds)
        + f"\nFirst delivery {c.soon(c.pick(('wmd', 'wBd', 'md')))}; caregiver is {c.kin(pt.culture)} "
        f"({c.phone(pt)})."
    )


MESSAGE_WRITERS = {
    "escort_travel": m_escort_travel,
    "fish_camp": m_fish_camp,
    "recall_notice": m_recall_notice,
    "privacy_incident": m_privacy_incident,
    "biobank": m_biobank,
    "survey_comment": m_survey_comment,
    "inr_selftest": m_inr_selftest,
    "vacation_supply": m_vacation_supply,
    "deployment": m_deployment,
    "absentee_ballot": m_absentee_ballot,
    "notary": m_notary,
    "prevention_program": m_prevention_program,
    "traditional_food": m_traditional_food,
    "patient_hostel": m_patient_hostel,
    "blister_pack": m_blister_pack,
}


# ---------------------------------------------------------------------------------------------
# Clinical notes: a header, the genre's body, one to three sections carrying further
# identifiers, and a signature line.
# ---------------------------------------------------------------------------------------------
def _side(c: Ctx) -> str:
    return c.pick(("right", "left"))


def c_shoulder_reduction(c: Ctx, p: Person, age: int) -> str:
    if age >= 75:
        how = c.pick(("slipped on ice" if p.culture == "ak" else "slipped in the shower", "fell getting out of bed"))
    elif p.culture == "ak":
        how = c.pick(
            ("slipped on ice", "rolled a snowmachine", "was thrown from a four-wheeler", "fell off a fish rack")
        )
    else:
        how = c.pick(
            ("fell from a ladder", "fell playing basketball", "was tackled in a rugby game", "fell off a scooter")
        )
    return (
        f"CLOSED REDUCTION, {_side(c).upper()} SHOULDER -- {c.k('department', 'Emergency Department')}, {c.fac(p.culture, p.town[0], clinic=True)}\n"
        f"Date of service: {c.d(c.today, c.pick(('mdY', 'iso', 'dbY')))}  arrival {c.clock(False)}\n"
        f"HPI: {c.age(age)}-year-old who {how} near {c.loc(p.town[0])} on {c.d(c.today, c.pick(('md', 'wmd')))}. "
        f"X-ray ({c.k('code', '73030')}): anterior dislocation, small {c.k('eponym', 'Hill-Sachs')} lesion, no {c.k('eponym', 'Bankart')} fracture.\n"
        f"Procedure: closed reduction by {c.k('eponym', c.pick(('Kocher', 'Stimson', 'Cunningham', 'Milch')))} technique under "
        f"sedation with {c.kp('drug', ('propofol 1 mg/kg', 'ketamine 1 mg/kg', 'fentanyl 50 mcg'))}; intra-articular "
        f"{c.k('drug', 'lidocaine 1% 20 mL')}. Post-reduction films concentric; axillary nerve intact.\n"
        f"Dx {c.k('code', c.pick(('S43.014A', 'S43.015A')))}; CPT {c.k('code', '23650')}. Sling ({c.k('model', 'UltraSling IV')}). "
        f"Follow up {c.k('department', 'Orthopedics')} {c.soon(c.pick(('wmd', 'md', 'bd')))}."
    )


def c_laceration_repair(c: Ctx, p: Person, age: int) -> str:
    obj = c.pick(("an ulu knife", "a fish hook", "broken glass", "sheet metal", "a fillet knife"))
    site = c.pick(("left palm", "right index finger", "forehead", "chin", "left forearm"))
    n = c.rng.randint(3, 9)
    return (
        f"LACERATION REPAIR -- {c.fac(p.culture, p.town[0], clinic=True)}\n"
        f"{c.age(age)}-year-old cut the {site} on {obj} at {c.clock()} on {c.d(c.today, c.pick(('mdY', 'BdY', 'wfull')))}. "
        f"{c.rng.randint(15, 60) / 10:.1f} cm linear laceration along {c.k('eponym', 'Langer')} lines; tendons intact.\n"
        f"Anesthesia {c.k('drug', 'lidocaine 1% with epinephrine')} 4 mL. Irrigated 250 mL saline. Closed with {n} simple "
        f"interrupted {c.k('model', c.pick(('Ethilon 5-0', 'Prolene 4-0', 'Vicryl Rapide 5-0')))} ({c.k('maker', 'Ethicon')}).\n"
        f"Tetanus: {c.k('drug', 'Tdap 0.5 mL')} IM, lot {c.lot()}.\n"
        f"Dx {c.k('code', c.pick(('S61.412A', 'S01.81XA', 'S51.812A')))}, {c.k('code', 'W26.0XXA')}. CPT {c.k('code', c.pick(('12002', '12011', '12032')))}, "
        f"{c.k('code', '90715')}. Suture removal {c.soon(c.pick(('wmd', 'wBd', 'Bth')))}."
    )


def c_nasal_packing(c: Ctx, p: Person, age: int) -> str:
    pack, maker = c.pick((("Rapid Rhino 5.5 cm", "Smith & Nephew"), ("Merocel 8 cm", "Medtronic")))
    return (
        f"ANTERIOR NASAL PACKING for epistaxis\n"
        f"{c.age(age)}-year-old on {c.kp('drug', ('apixaban 5 mg', 'aspirin 81 mg', 'clopidogrel 75 mg'))}, bleeding from the "
        f"{_side(c)} naris since {c.clock()}. BP {c.rng.randint(150, 190)}/{c.rng.randint(85, 105)}. Source at "
        f"{c.k('eponym', 'Kiesselbach')} plexus; no bleeding from {c.k('eponym', 'Woodruff')} area.\n"
        f"{c.k('drug', 'oxymetazoline 0.05%')} pledgets x 10 min failed. Placed {c.k('model', pack)} ({c.k('maker', maker)}) "
        f"with topical {c.k('drug', 'tranexamic acid 500 mg')}; hemostasis at {c.clock()}.\n"
        f"Dx {c.k('code', 'R04.0')}, {c.k('code', 'I10')}. CPT {c.k('code', '30901')}. Remove packing in "
        f"{c.k('department', 'Otolaryngology')} {c.soon(c.pick(('wmd', 'md', 'wBd')))}."
    )


def c_etonogestrel_implant(c: Ctx, p: Person, age: int) -> str:
    remove = c.today + timedelta(days=365 * 3)
    return (
        f"ETONOGESTREL IMPLANT INSERTION -- {c.fac(p.culture, p.town[0], clinic=True)}\n"
        f"{c.age(age)}-year-old {c.gravida(False)}, LMP {c.d(c.past(5, 20), c.pick(('md', 'mdY')))}; urine hCG negative. "
        f"Consent signed.\nNon-dominant arm, 8-10 cm above the medial epicondyle. {c.k('drug', 'lidocaine 1% 2 mL')}. "
        f"{c.k('drug', 'Nexplanon 68 mg')} ({c.k('maker', 'Organon')}) lot {c.lot()} inserted without difficulty; palpated by "
        f"patient and clinician. Pressure dressing 24 h.\n"
        f"Dx {c.k('code', 'Z30.017')}; CPT {c.k('code', '11981')}; {c.k('code', 'J7307')}. Remove or replace by "
        f"{c.d(remove, c.pick(('BY', 'mdY', 'BdY')))}."
    )


def c_skin_prick(c: Ctx, p: Person, age: int) -> str:
    allergens = c.rng.sample(
        [
            "Dermatophagoides",
            "Cat pelt",
            "Alder",
            "Birch",
            "Timothy grass",
            "Alternaria",
            "Peanut",
            "Shrimp",
            "Dog epithelia",
        ],
        4,
    )
    rows = ["| Histamine | 6 | 22 |", "| Saline | 0 | 0 |"] + [
        f"| {a} | {c.rng.randint(0, 12)} | {c.rng.randint(0, 35)} |" for a in allergens
    ]
    return (
        f"SKIN PRICK TESTING -- {c.k('department', 'Allergy and Immunology')}\n"
        f"{c.age(age)}-year-old; held {c.k('drug', 'cetirizine 10 mg')} for 5 days (last dose {c.d(c.past(5, 7), c.pick(('md', 'wmd')))}). "
        f"{c.k('eponym', 'Dennie-Morgan')} lines present.\n| Allergen | Wheal mm | Flare mm |\n"
        + "\n".join(rows)
        + "\n"
        f"Impression: {c.k('code', c.pick(('J30.1', 'J30.2', 'J30.81')))}. CPT {c.k('code', '95004')} x {len(rows)}. "
        f"{c.k('model', 'EpiPen')} ({c.k('maker', 'Viatris')}) prescribed if food positive."
    )


def c_carotid_duplex(c: Ctx, p: Person, age: int) -> str:
    model, maker = c.pick(
        (("EPIQ 7", "Philips"), ("LOGIQ E10", "GE HealthCare"), ("ACUSON Sequoia", "Siemens Healthineers"))
    )
    psv = c.rng.randint(125, 260)
    return (
        f"CAROTID DUPLEX ULTRASOUND ({c.k('code', '93880')}) -- {c.k('department', 'Vascular Lab')}, {c.fac(p.culture, clinic=True)}\n"
        f"Indication: {c.pick(('TIA', 'amaurosis fugax', 'bruit on exam', 'dizziness'))}, {c.k('code', c.pick(('G45.9', 'R42', 'R09.89')))}. "
        f"Scanner {c.k('model', model)} ({c.k('maker', maker)}).\n"
        f"Right ICA PSV {psv} cm/s, EDV {c.rng.randint(30, 110)} cm/s; left ICA PSV {c.rng.randint(60, 120)} cm/s. "
        f"Vertebrals antegrade. Spectral {c.k('eponym', 'Doppler')} broadening on the right; no {c.k('eponym', 'Horner')} signs on exam.\n"
        f"Compared with study of {c.d(c.past(200, 900))} at {c.fac(p.culture, clinic=True)}.\n"
        f"Impression: right ICA {'50-69' if psv < 230 else '70-99'}% stenosis ({c.k('code', 'I65.21')}). "
        f"Continue {c.k('drug', 'clopidogrel 75 mg')} and {c.k('drug', 'atorvastatin 80 mg')}."
    )


def c_ankle_brachial(c: Ctx, p: Person, age: int) -> str:
    b = c.rng.randint(125, 165)
    r, l = c.rng.randint(45, 100) / 100, c.rng.randint(45, 100) / 100
    return (
        f"ANKLE-BRACHIAL INDEX -- {c.k('department', 'Vascular Lab')}, {c.fac(p.culture, p.town[0], clinic=True)}\n"
        f"Site\tRight\tLeft\nBrachial\t{b}\t{b - c.rng.randint(0, 8)}\nDP\t{int(b * r)}\t{int(b * l)}\n"
        f"PT\t{int(b * r) + 4}\t{int(b * l) + 2}\nABI\t{r:.2f}\t{l:.2f}\n"
        f"Claudication at {c.rng.randint(1, 4)} blocks; {c.k('eponym', 'Rutherford')} category {c.rng.randint(1, 4)}, "
        f"{c.k('eponym', 'Fontaine')} stage II. No features of {c.k('eponym', 'Buerger')} disease; cold-induced color change "
        f"suggests {c.k('eponym', 'Raynaud')}.\n"
        f"Dx {c.k('code', c.pick(('I70.213', 'I73.9')))}; CPT {c.k('code', '93922')}. Start {c.k('drug', 'cilostazol 100 mg')} BID."
    )


def c_frostbite(c: Ctx, p: Person, age: int) -> str:
    t2 = c.pick([t[0] for t in US_TOWNS if t[4] == "ak" and t[0] != p.town[0]])
    cha = c.person("ak", age=(25, 60))
    return (
        f"FROSTBITE ASSESSMENT -- {c.fac('ak', p.town[0] if p.culture == 'ak' else 'Bethel', clinic=True)}\n"
        f"{c.age(age)}-year-old whose snowmachine broke down between {c.loc(p.town[0] if p.culture == 'ak' else 'Nome')} and {c.loc(t2)} on "
        f"{c.d(c.past(1, 3), c.pick(('wmd', 'md', 'wBd')))}; about 6 hours outside at -30 F. Rewarmed in 40 C water for 30 min by "
        f"{c.name(cha, 'gs')}, CHA, at {c.clock()}.\n"
        f"Exam: clear blisters {_side(c)} toes 1-3, hemorrhagic bleb {_side(c)} great toe, cap refill sluggish.\n"
        f"Plan: {c.k('drug', 'ibuprofen 400 mg')} q12h, {c.k('drug', 'Tdap 0.5 mL')}, consider {c.k('drug', 'iloprost 2 ng/kg/min')} "
        f"if bone scan shows poor perfusion. Dx {c.k('code', 'T33.831A')}, {c.k('code', 'T34.832A')}, {c.k('code', 'X31.XXXA')}."
    )


def c_canalith_repositioning(c: Ctx, p: Person, age: int) -> str:
    side = _side(c)
    return (
        f"CANALITH REPOSITIONING -- {c.k('department', c.pick(('Otolaryngology', 'Family Medicine')))}\n"
        f"{c.age(age)}-year-old with room-spinning vertigo on rolling over since {c.d(c.past(3, 20), c.pick(('wBd', 'md', 'bd')))}. "
        f"{c.k('eponym', 'Dix-Hallpike')} positive on the {side}: upbeating torsional nystagmus, latency 3 s, lasting 20 s. "
        f"{c.k('eponym', 'Romberg')} negative.\n"
        f"{c.k('eponym', 'Epley')} maneuver x 2 on the {side}; repeat test negative. {c.k('eponym', 'Semont')} maneuver taught "
        f"to {c.kin(p.culture)} for home.\n"
        f"Dx {c.k('code', 'H81.11' if side == 'right' else 'H81.12')}; CPT {c.k('code', '95992')}. {c.k('drug', 'meclizine 25 mg')} "
        f"only as needed. Return {c.soon(c.pick(('wmd', 'md', 'Bth')))} if not better."
    )


def c_band_ligation(c: Ctx, p: Person, age: int) -> str:
    col = c.pick(("right anterior", "right posterior", "left lateral"))
    return (
        f"HEMORRHOID BAND LIGATION -- {c.k('department', c.pick(('General Surgery', 'Gastroenterology')))}\n"
        f"{c.age(age)}-year-old, bright red blood on paper for {c.rng.randint(2, 10)} weeks. Anoscopy ({c.k('code', '46600')}): "
        f"{c.k('eponym', 'Goligher')} grade II internal hemorrhoids.\n"
        f"The {col} column banded x 1 above the dentate line; tolerated well.\n"
        f"Advised {c.k('drug', 'psyllium 3.4 g')} daily and {c.k('drug', 'docusate 100 mg')}; avoid {c.k('eponym', 'Valsalva')} straining.\n"
        f"Dx {c.k('code', c.pick(('K64.1', 'K64.2')))}; CPT {c.k('code', '46221')}. Next banding {c.soon(c.pick(('wmd', 'BdY', 'md')))}."
    )


def c_pulmonary_rehab(c: Ctx, p: Person, age: int) -> str:
    model, maker = c.pick((("Inogen One G5", "Inogen"), ("SimplyGo Mini", "Philips")))
    rows = [
        f"| Treadmill | {c.rng.randint(10, 25) / 10:.1f} mph x {c.rng.randint(8, 20)} min | SpO2 {c.rng.randint(86, 93)}% |",
        f"| NuStep | level {c.rng.randint(2, 6)} x {c.rng.randint(8, 15)} min | HR {c.rng.randint(88, 118)} |",
        f"| Arm ergometer | {c.rng.randint(5, 12)} min | {c.k('eponym', 'Borg')} {c.rng.randint(2, 6)} |",
    ]
    return (
        f"PULMONARY REHAB -- session {c.rng.randint(2, 35)} of 36 -- {c.k('department', 'Pulmonology')}\n"
        f"{c.age(age)}-year-old with {c.k('code', c.pick(('J44.1', 'J44.9', 'J84.10')))}, on 2 L O2 by {c.k('model', model)} "
        f"({c.k('maker', maker)}), SN {c.serial()}.\n| Station | Work | Response |\n" + "\n".join(rows) + "\n"
        f"Uses {c.k('drug', c.pick(('tiotropium 18 mcg', 'budesonide-formoterol 160-4.5 mcg')))} daily. Billed {c.k('code', 'G0424')}. "
        f"Next session {c.soon(c.pick(('wmd', 'wBd', 'md')))} at {c.clock()}."
    )


def c_nonstress_test(c: Ctx, p: Person, age: int) -> str:
    wk = c.rng.randint(32, 40)
    why = c.pick(
        (
            f"gestational diabetes on diet ({c.k('code', 'O24.410')})",
            f"decreased fetal movement ({c.k('code', 'O36.8130')})",
        )
    )
    edd = c.today + timedelta(days=(40 - wk) * 7 + c.rng.randint(0, 6))
    return (
        f"NON-STRESS TEST -- {c.k('department', 'Labor and Delivery')}, {c.fac(p.culture, p.town[0], clinic=True)}\n"
        f"{c.age(age)}-year-old {c.gravida(True)} at {wk}w{c.rng.randint(0, 6)}d, EDD {c.d(edd)}. "
        f"Indication: {why}.\n"
        f"Monitor {c.k('model', 'Corometrics 259cx')} ({c.k('maker', 'GE HealthCare')}). Baseline FHR {c.rng.randint(125, 155)} bpm, "
        f"moderate variability, 2 accelerations in 20 min, no decelerations: reactive. Irregular {c.k('eponym', 'Braxton Hicks')} "
        f"contractions. {c.k('eponym', 'Leopold')} maneuvers: vertex.\n"
        f"CPT {c.k('code', '59025')}. Next NST {c.soon(c.pick(('wmd', 'wBd', 'md')))}; call the birthing unit at {c.phone(p)} "
        f"if fewer than 10 kicks in 2 h."
    )


CLINICAL_WRITERS = {
    "shoulder_reduction": c_shoulder_reduction,
    "laceration_repair": c_laceration_repair,
    "nasal_packing": c_nasal_packing,
    "etonogestrel_implant": c_etonogestrel_implant,
    "skin_prick": c_skin_prick,
    "carotid_duplex": c_carotid_duplex,
    "ankle_brachial": c_ankle_brachial,
    "frostbite": c_frostbite,
    "canalith_repositioning": c_canalith_repositioning,
    "band_ligation": c_band_ligation,
    "pulmonary_rehab": c_pulmonary_rehab,
    "nonstress_test": c_nonstress_test,
}
# Genres whose patients are young adults (no ages of 90 or more).
_YOUNG = ("etonogestrel_implant", "nonstress_test")


def _dr(c: Ctx, p: Person) -> str:
    return f"{c.pick(('Dr.', 'Dr'))} {P('NAME', p.surname)}"


def s_registration(c: Ctx, p: Person) -> str:
    return (
        f"REGISTRATION: {c.address_block(p)}; home {c.phone(p)}; SSN {c.ssn()}; {c.plan(p.culture)}; "
        f"hospital acct {c.account()}"
    )


def s_escort(c: Ctx, p: Person) -> str:
    esc = c.person(p.culture, age=(18, 65))
    rel = c.relation(esc)
    out = f"Escort: {c.name(esc, 'gs')} ({rel}), cell {c.phone(esc)}; return flight conf {c.ident('pnr')} {c.d(c.future(1, 5), 'md')}"
    if c.chance(0.5):
        out += f"; cab to airport, plate {c.plate()}"
    return out


def s_copies(c: Ctx, p: Person) -> str:
    doc, _ = c.clinician(p.culture)
    return f"cc: {_dr(c, doc)}, {c.fac(p.culture, clinic=True)}, fax {c.phone(p.town[3], 'FAX')}, {c.email(doc, c.pick(('clinicmail.org', 'hmail.net')))}"


def s_language(c: Ctx, p: Person) -> str:
    it = c.person(p.culture, age=(25, 65))
    return (
        f"Language services: {c.pick(LANGUAGE[p.culture])} interpreter {c.name(it, 'gs')} (ID {c.ident('interp')}) by phone "
        f"{c.phone(it.town[3], ext=True)}; {c.k('code', 'T1013')}"
    )


def s_kin(c: Ctx, p: Person) -> str:
    k = c.person(p.culture, age=(20, 70))
    kw = c.kin(p.culture)
    phone = c.intl_phone(p.culture) if p.culture in ("km", "ku") and c.chance(0.5) else c.phone(k)
    out = f"Next of kin: {kw} ({KIN_GLOSS[kw]}), {c.name(k, c.pick(('gs', 'full', 'sgc')))}, {phone}, {c.email(k)}"
    if c.chance(0.4):
        out += f"; lives at {c.address_block(k)}"
    return out


def s_payer(c: Ctx, p: Person) -> str:
    ins = c.pick(INSURER_BY_CULTURE[p.culture])
    return (
        f"Payer on file: {c.k('insurer', ins)} {c.member(ins)}; guarantor acct {c.account()}; guarantor SSN {c.ssn()}"
    )


def s_devices(c: Ctx, p: Person) -> str:
    model, maker, what = c.pick(RECALL_ITEMS)
    return (
        f"Devices on file: {what} {c.k('model', model)} ({c.k('maker', maker)}) SN {c.serial()}; phone IMEI {c.imei()}; "
        f"remote uploads from {c.ip()}"
    )


def s_portal(c: Ctx, p: Person) -> str:
    host = c.pick(
        ("myhealth.tundraridge.org", "portal.hafaadaiclinic.com", "mychart.apsarafm.org", "patient.zagrosfm.com")
    )
    return f"Portal: {c.email(p)}; invite {c.url(host, 'invite')} sent {c.d(c.today, 'md')}; last login from {c.ip()}"


def s_vehicle(c: Ctx, p: Person) -> str:
    st, dl = c.dl()
    return f"Parking: plate {c.plate()}, VIN {c.vin()}; {st} DL {dl} on file"


def s_late(c: Ctx, p: Person) -> str:
    staff = c.person(p.culture, age=(25, 60))
    return (
        f"Late entry {c.d(c.today, c.pick(('mdY', 'md')))} {c.clock(False)}: {c.name(staff, 'gs')}, RN, called patient at "
        f"{c.phone(p)}; order {c.ident('order')} released."
    )


def s_outside(c: Ctx, p: Person) -> str:
    host = c.pick(
        ("records.northwindhosp.org", "share.marianasregional.org", "xfer.mekongclinic.org", "hie.cumberlandvmc.org")
    )
    return (
        f"Records from {c.fac(p.culture, clinic=True)} (their MRN {c.mrn()}) received {c.d(c.past(2, 30))} via {c.url(host, 'doc')}; "
        f"fax {c.phone(p.town[3], 'FAX')}"
    )


SECTIONS = (
    s_registration,
    s_escort,
    s_copies,
    s_language,
    s_kin,
    s_payer,
    s_devices,
    s_portal,
    s_vehicle,
    s_late,
    s_outside,
)
_CLIN_CREDS = {
    "shoulder_reduction": ("MD", "DO", "PA-C"), "laceration_repair": ("PA-C", "NP", "MD"), "nasal_packing": ("MD", "NP"),
    "etonogestrel_implant": ("CNM", "NP", "MD"), "skin_prick": ("MD", "NP"), "carotid_duplex": ("RVT", "RDMS"),
    "ankle_brachial": ("RVT", "MD"), "frostbite": ("MD", "PA-C"), "canalith_repositioning": ("DPT", "MD"),
    "band_ligation": ("MD", "DO"), "pulmonary_rehab": ("RRT", "RN"), "nonstress_test": ("RN", "CNM"),
}  # fmt: skip


def _header(c: Ctx, p: Person, age: int) -> str:
    v = c.rng.randrange(4)
    if v == 0:
        return f"PATIENT: {c.name(p, c.pick(('capsg', 'sg', 'caps')))}    MRN: {c.mrn()}    DOB: {c.dob(p)}    Age: {c.age(age)}"
    if v == 1:
        return f"Pt name: {c.name(p, c.registrar(p, ('sgc', 'sg')))} | DOB {c.dob(p)} | MRN {c.mrn()} | {c.loc(p.town[0])}, {p.town[1]}"
    if v == 2:
        return f"| Patient | MRN | DOB | Age |\n| {c.name(p, c.pick(('gs', 'sgc', 'caps')))} | {c.mrn()} | {c.dob(p)} | {c.age(age)} |"
    return f"{c.name(p, c.pick(('gs', 'full')))} (MRN {c.mrn()}), DOB {c.dob(p)}, from {c.loc(p.town[0])}."


def _signature(c: Ctx, doc: Person, cred: str) -> str:
    lic = ""
    if cred in ("MD", "DO", "NP", "PA-C", "CNM") and c.chance(0.45):
        lic = f" (lic {c.prof_license()}; DEA {c.dea(doc)})"
    elif c.chance(0.3):
        lic = f" (lic {c.prof_license()})"
    v = c.rng.randrange(5)
    when = c.d(c.today, c.pick(("mdY", "mdY", "iso", "dbY")))
    if v == 0:
        return f"Electronically signed by {c.name(doc, c.pick(('gs', 'full', 'init')))}, {cred}{lic} on {when} at {c.clock(False)}"
    if v == 1:
        return f"Signed: {c.name(doc, c.pick(('gs', 'init')))}, {cred}{lic}  {when} {c.clock()}"
    if v == 2:
        return f"Authenticated by {c.name(doc, 'caps')}, {cred}{lic} -- {when}"
    if v == 3:
        return f"e-signed {c.name(doc, 'initials')} ({c.name(doc, 'gs')}, {cred}){lic} {when}"
    return f"Electronically signed by {c.name(doc, 'sgc')}, {cred}{lic} {when} {c.clock(False)}"


def clinical_note(c: Ctx, genre: str) -> str:
    culture = "ak" if genre == "frostbite" and c.chance(0.8) else c.pick(CULTURES)
    if genre in _YOUNG:
        p = c.person(culture, "f", age=(16, 44))
    else:
        p = c.person(culture, age=(91, 106) if c.chance(0.3) else (19, 88))
    age = p.age(c.today)
    doc, cred = c.clinician(culture, c.pick(_CLIN_CREDS[genre]))
    head = _header(c, p, age)
    body = CLINICAL_WRITERS[genre](c, p, age)
    secs = [f(c, p) for f in c.rng.sample(SECTIONS, c.pick((1, 2, 2, 3, 3)))]
    sig = _signature(c, doc, cred)
    while True:
        marked = "\n".join([head, body, *secs, sig])
        if len(parse_marked(marked)[0]) <= 1500 or len(secs) == 1:
            return marked
        secs.pop()


# ---------------------------------------------------------------------------------------------
# The sets.
# ---------------------------------------------------------------------------------------------
def generate(family: str, n: int, seed: int) -> list[dict]:
    """`n` rows of `family`, genres in turn; the same seed gives the same rows."""
    if family not in FAMILIES:
        raise ValueError(f"unknown family {family!r}")
    rng = random.Random(seed)
    genres = MESSAGE_GENRES if family == "messages" else CLINICAL_GENRES
    rows: list[dict] = []
    seen: set[str] = set()
    for i in range(n):
        genre = genres[i % len(genres)]
        while True:
            c = Ctx(rng)
            case = ""
            if family == "messages":
                marked = MESSAGE_WRITERS[genre](c)
                r = rng.random()
                case = "upper" if r < 0.05 else "lower" if r < 0.1 else ""
            else:
                marked = clinical_note(c, genre)
            row = make_row(f"eval21-{family}-{i}", family, marked, case)
            ok = family != "clinical" or 150 <= len(row["text"]) <= 1500
            if ok and row["text"] not in seen:
                break
        seen.add(row["text"])
        rows.append(row)
    return rows


def dumps(rows: list[dict]) -> str:
    """The rows as JSONL."""
    return "".join(json.dumps(r) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    ap.add_argument("--family", choices=FAMILIES, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    rows = generate(args.family, args.n, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dumps(rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows, {sum(len(r['phi']) for r in rows)} PHI spans to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
