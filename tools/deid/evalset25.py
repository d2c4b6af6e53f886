"""Twenty-fifth independent de-identification evaluation set (eval25): emotional support animal
letter requests for a landlord (tab forms, leasing-office faxes, rabies tags, quoted replies),
daycare medication authorization forms (`|` medication tables, epinephrine auto-injector makers and
lots, daycare licence numbers, chat lines with clock times), foster care placement health forms
(case numbers, foster parents' addresses, vaccine brands, numbered lists), second opinion record
requests (pathology accession numbers, genomic test makers and names, forwarded-mail headers), contact
lens prescription requests (`|` lens tables of makers, brands and powers, vision plans, header columns
set apart by spaces), home accessibility requests for grab bars, ramps and stair lifts (HCPCS E and S
codes, stair lift serials, quotes, elders over 90), ASL interpreter requests from Deaf patients
(videophone numbers, cochlear implant serials, video call IPs, relay chat lines), coordination of
benefits questionnaires (tab forms of primary and secondary plans, MBIs, SSNs, TPAs and union funds),
head lice school clearance notes (school nurse replies, lice treatments with lots and NDCs) and sports
physical forms (student IDs, cardiac screening questions, athletic trainers) (`messages`); and
chalazion incision and curettage notes, bone density (DXA) reports, exercise treadmill stress tests,
nursemaid's elbow reductions, lipoma excisions, endometrial biopsies, plantar fascia injections and
Unna boot applications (`clinical`; 150-1,500 characters). Each genre occurs equally often (thirty
rows per genre in `messages`, fifteen in `clinical`, in turn). About one message in eighteen is all
capitals and one in eighteen all lower case; layouts include key: value and tab forms, `|` tables,
bullets, numbered lists, "> " quoted replies, chat lines with clock times ("[9:05 AM] Fatou: ..."),
signatures with initials ("-- FND"), forwarded-mail headers ("Sent: ") and header lines whose columns
are set apart by runs of spaces ("Patient: ...    MRN: ..."). Every clinical note has a header
(PATIENT:, Pt name:, a `|` table or a sentence with "(MRN ..."), one to three sections that carry
further identifiers (``SECTION_LABELS``) and a signature line ("Electronically signed by", "Signed:",
"Attested by" or "e-signed"), some with a DEA number and an NPI.

Written by a writer who read only `tests/deid/evalset_checks.py`, `tests/deid/test_evalset24.py`,
`tests/deid/conftest.py`, `tests/deid/test_evalset_generators.py`, the module docstrings of
`tools/deid/evalset3.py` ... `tools/deid/evalset24.py` (nothing below them), the API (signatures and
docstrings) of `tools/deid/faker_tables.py` and `medcode/deid/types.py`, `datasets/deid/README.md` and
the ruff and mypy sections of `pyproject.toml`. evalset24 was imported only to list the names of its
public objects, the signatures of `generate`, `dumps`, `provenance_problems` and `main` and the values
of `KEEP_KINDS`, `FAMILIES`, the genre tuples and `SECTION_LABELS`; none of its code was read. None of
the de-identifier's rules, recognizers, lexicons, keep lists, models or engine, none of the other
generators' code and none of the sets under `datasets/` or `build/` were read. The de-identifier was
never run on this text.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters them.
This family brings text shapes, values and names nobody tuned on, and many keep terms written in
varied ways (device makers and model numbers in prose and in tables, regional Blue plans, Medicaid
managed-care plans, Medicare Advantage plans, union and employer funds, TPAs and vision plans,
contraceptive and other brand names that look like given names, "Camila", "Errin", "Heather",
"Nikki", "Hailey", "Lyza", eponyms some of which are surnames or towns, departments, and ICD-10-CM,
CPT, HCPCS and NDC codes and lot numbers in prose and in lists), to measure over-redaction.

Locales: none. ``NAME_LOCALES``, ``CITY_LOCALES``, ``ORG_LOCALES``, ``LOCALES`` and ``FAKER_TABLES``
are empty and ``provenance_problems()`` returns []. Names come from hand-written lists of three naming
cultures no earlier family used, in the Latin spellings met on US papers, with variants:
Senegambian Wolof and Fula (Senegalese and Gambian families in the Bronx, Harlem, Columbus,
Cincinnati, Atlanta, Silver Spring and Brooklyn Park: French spellings from Senegal beside English
ones from the Gambia, "Ndiaye" / "N'Diaye" / "Njie", "Diop" / "Jobe", "Diallo" / "Jallow", "Cisse" /
"Ceesay" / "Sisay", "Thiam" / "Cham", "Mbaye" / "M'Baye" / "Mbye"; short surnames that are English
words or look like initials, "Fall", "Sow", "Ba", "Sy"; given names in both spellings, "Mamadou" /
"Mamadu", "Modou" / "Momodou", "Aissatou" / "Isatou", "Ndeye" / "N'deye" / "Ndey", compound given
names, "Mame Diarra" / "Mamediarra", "Pape Modou"; Senegalese papers write the surname first in
capitals, "NDIAYE Fatou"; day-first dates, "14/03/1957", and French ones, "14 mars 1957"), Cajun
(Louisiana French families of Acadiana, Bayou Lafourche and the Golden Triangle of Texas: old French
given names, "Alcide", "Ovide", "Odile", "Azelie", "Eunice" (also a town); surnames in French and
Americanised spellings, "Boudreaux" / "Boudreau" / "Boudrot", "Thibodeaux" / "Thibodeau" /
"Thibodaux" (also a town), "Hebert" / "Abair" / "Abare", "Arceneaux" / "Arseneault", "Comeaux" /
"Comeau" / "Como", "LeBlanc" / "Leblanc" / "Le Blanc", and "Richard", a surname that is a given name;
nicknames used more than the given name, 'Alcide "T-Boy" Guidry', 'Odile "Nu-Nu" Landry'; hyphenated
married names, "Breaux-Landry"; "Jr.", "Sr.", "III") and Hopi and Hopi-Tewa (families of the three
mesas, Moenkopi, Flagstaff, Winslow and Phoenix: English given names, often a Hopi name in the
middle, and long Hopi surnames that a registrar splits, shortens or hyphenates, "Lomayestewa" /
"Loma Yestewa" / "Loma-Yestewa", "Sekaquaptewa" / "Seka Quaptewa", "Honyumptewa" / "Honyumtewa",
"-tewa" / "-tiwa"; Tewa surnames of First Mesa, "Nampeyo", "Navasie", "Polacca" (also a village);
Hopi given names "Lomasi", "Honovi", "Talasi"). Words for relatives used instead of a name
(``KIN_WORDS``: Wolof "Yaay", "Baay", "Maam", "Badiene", "Nijaay"; Pulaar "Neene", "Baaba"; Cajun
"Mawmaw", "Pawpaw", "Nonc", "Tante", "Parrain", "Nannan"; Hopi "So'o", "Kwaa", "Yu'u", "Na'a",
"Taaha") are not PHI, nor are titles ("Dr.", "Mr.", "Mrs.", "Ms.", "Father", "Sister", "El Hadji",
"Alhaji", "Sokhna", "Serigne", "Oustaz", "Coach"). Towns come from hand-written lists (``US_TOWNS``
with state, ZIP codes and area codes; ``ABROAD_TOWNS`` in Senegal, the Gambia and Acadian New
Brunswick), as do streets, facilities, insurers, makers and models. Numbers, dates, codes and
identifiers come from this module's own seeded ``random.Random``; no Faker is used, so a seed
reproduces its file byte for byte. All text is ASCII.

Annotation conventions (the 18 Safe Harbor identifiers as the project's PHI types): NAME is a
person's name as written (patients, children, parents, foster parents, caseworkers, landlords,
clinicians, interpreters, coaches, school nurses, staff), one span: "Given Surname", "Given M.
Surname", "Given Middle Surname", "Given Surname-Second", "SURNAME, Given", "SURNAME Given", 'Given
"Nick" Surname', "Given Surname Jr.", all capitals, all lower case, a given name or a surname alone,
and two to four capital initials that sign a message or a note ("-- FND"). Titles stay outside the
span, as do credentials (", MD", ", DO", ", NP", ", PA-C", ", RN", ", LPN", ", OD", ", DPM", ", CNM",
", ATC", ", OTR/L", ", LCSW", ", NIC", ", CDI", ", CMA"), a possessive "'s" and kinship words. An
e-mail address is EMAIL even when it holds a name. DATE is every date element more specific than a
year, one span with its year if it has one and with a weekday written next to it ("03/14/2025",
"3/14/25", "2025-03-14", "14-Mar-2025", "Mar 14, 2025", "March 14, 2025", "14 March 2025", "March
2025", "3/14", "Mar 14", "March 14th", "Fri 3/14", "Friday, March 14, 2025", and from Senegalese
papers "14/03/1957" and "14 mars 1957"). Clock times, durations, doses, visual acuities, blood
pressures, grades and room numbers are not PHI. AGE is PHI only when 90 or more, the number or the
words alone ("96", "ninety-four", "one hundred and one"); younger ages stay in the text unannotated.
LOCATION is a town or city (US or abroad); states and countries are not PHI, and a town inside an
organisation's name is part of the FACILITY span. ADDRESS is the street line with its unit, a PO Box
or a highway contract box ("HC 63 Box 412"); ZIP is a US ZIP with its +4 when written. PHONE and
FAX include "+1", "1-", an extension and the country codes "+221" and "+220"; a videophone number is
PHONE; a number labelled fax is FAX. EMAIL, URL (with "https://") and IP (IPv4 or IPv6) are whole
tokens. SSN in any of its shapes. MRN is a medical record number: 8 to 10 digits, its last a Luhn
check digit, sometimes a hyphen after the first two. ACCOUNT is a billing, guarantor or pharmacy
account or a payment card (16 digits, Luhn). HEALTH_PLAN is a member, subscriber, Medicaid
(AHCCCS, New York CIN) or Medicare (MBI) number. LICENSE is a driver's licence (LA, AZ, NY, OH, GA,
MD, MN, TX shapes) or a DEA registration (its check digit right). VEHICLE is
a plate, a Louisiana boat registration or a VIN (its check digit right). DEVICE is the serial number
of a device a patient uses or carries (stair lift, cochlear implant, videophone, heart monitor,
glucose sensor, pacemaker) or a phone IMEI (Luhn). ID is every other identifying number: rabies tag,
pet licence, daycare licence, foster care case, pathology accession, referral, quote, work order,
claim, student, reference, interpreter request and employee numbers, and NPIs (Luhn with the
80840 prefix). FACILITY is every organisation named (hospitals, clinics, pharmacies, schools,
daycares, apartment complexes, employers, state agencies, veterinary clinics), one span. Not PHI and
kept (``keep``, kinds in ``KEEP_KINDS``): drugs, with their doses when written (drug); ICD-10-CM
codes, CPT-shaped numbers, HCPCS codes, NDC codes and lot numbers (code); makers (maker); model names
and model numbers (model); insurers, Medicaid plans, Medicare Advantage plans, union funds, TPAs and
vision plans (insurer); eponyms, the name only, some of them surnames or towns ("Bruce", "Duke",
"Wells", "Graves", "Lynch", "Baxter", "Morton", "Mayo", "Barrett", "Ewing", "Tanner", "Lachman",
"Coxsackie", "Lyme", "Denver", "Usher", "Unna") (eponym) and departments (department). No keep term
ever occurs inside a PHI span (a term that does in some row is left out of that row's list).

    python -m tools.deid.evalset25 --family messages --n 300 --seed 5001 --out datasets/deid/eval25_messages.jsonl
    python -m tools.deid.evalset25 --family clinical --n 120 --seed 5002 --out datasets/deid/eval25_clinical.jsonl

Seeds 5101 / 5102 are reserved for tuning (``--out build/deid-fresh/eval25t_messages.jsonl`` and
``--out build/deid-fresh/eval25t_clinical.jsonl``); keep the two committed files for measurement.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tools.deid.faker_tables import provenance_problems as _provenance_problems

KEEP_KINDS = ("drug", "code", "maker", "model", "insurer", "eponym", "department")
FAMILIES = ("messages", "clinical")
MESSAGE_GENRES = (
    "support_animal", "daycare_meds", "foster_care", "second_opinion", "contact_lens",
    "grab_bar", "asl", "cob", "head_lice", "sports_physical",
)  # fmt: skip
CLINICAL_GENRES = ("chalazion", "bone_density", "treadmill", "nursemaid", "lipoma", "endometrial", "plantar", "unna")
SECTION_LABELS = (
    "Registration: ", "Ride home: ", "Portal: ", "Copies to: ", "Device registry: ",
    "Next of kin: ", "Employer: ", "Interpreter: ", "Late entry: ", "Outside records: ",
)  # fmt: skip
# one phrase only each genre's rows carry (tests/deid/test_evalset25.py checks it)
GENRE_MARKS = {
    "messages": (r"support animal", r"daycare", r"foster", r"second opinion", r"contact lens", r"grab bar",
                 r"\bASL\b", r"coordination of benefits", r"head lice", r"sports physical"),
    "clinical": (r"chalazion", r"bone density", r"treadmill", r"nursemaid", r"lipoma", r"endometrial",
                 r"plantar fascia", r"Unna boot"),
}  # fmt: skip

# No Faker locale is read: every table below is hand-written.
NAME_LOCALES: tuple[str, ...] = ()
CITY_LOCALES: tuple[str, ...] = ()
ORG_LOCALES: tuple[str, ...] = ()
LOCALES: tuple[str, ...] = ()
FAKER_TABLES: dict[str, list[tuple[str, str]]] = {}


def provenance_problems() -> list[str]:
    """Every Faker table read that is not its locale's own (none are read, so always [])."""
    return _provenance_problems(FAKER_TABLES)


# ---------------------------------------------------------------- names (variants in one tuple)
# Senegambian Wolof and Fula: French (Senegal) and English (Gambia) spellings.
WF_GIVEN_M = [
    ("Mamadou", "Mamadu"), ("Modou", "Momodou", "Modu"), ("Ousmane", "Ousman", "Usman"), ("Cheikh", "Sheikh", "Cheik"),
    ("Ibrahima", "Ebrima", "Ibrahim"), ("Abdoulaye", "Abdoulie", "Abdulai"), ("Moussa", "Musa"), ("Lamine", "Lamin"),
    ("Babacar", "Babucarr", "Bubacarr"), ("Alioune", "Alieu", "Aliou"), ("Souleymane", "Sulayman", "Suleiman"),
    ("Malick", "Malik"), ("Saliou", "Saliu"), ("Assane", "Hassan"), ("Pape Modou", "Papa Modou", "Pap Modou"),
    ("Ousainou", "Ousainu"), ("Demba",), ("Samba",), ("Amadou", "Ahmadou", "Amadu"), ("Mouhamed", "Muhammed"),
]  # fmt: skip
WF_GIVEN_F = [
    ("Fatou", "Fatu", "Fatoumata"), ("Aminata", "Aminatta", "Ami"), ("Awa", "Ahwa"), ("Khady", "Khadija", "Khadidiatou"),
    ("Ndeye", "N'deye", "Ndey"), ("Mariama", "Mariam"), ("Aissatou", "Aisatou", "Isatou"), ("Coumba", "Kumba"),
    ("Adama",), ("Binta", "Bintou"), ("Haddy", "Hadi"), ("Rokhaya", "Rokia"), ("Astou", "Astu"), ("Penda",),
    ("Dieynaba", "Jainaba", "Dienaba"), ("Mame Diarra", "Mamediarra", "Mame-Diarra"), ("Oumou", "Umu"),
    ("Ndeye Fatou", "Ndey Fatou", "Ndeyefatou"), ("Yacine", "Yassin"), ("Seynabou", "Zeinabou", "Sainabou"),
]  # fmt: skip
WF_SURNAMES = [
    ("Ndiaye", "N'Diaye", "Njie"), ("Diop", "Jobe", "Diope"), ("Diallo", "Jallow", "Djalo"), ("Sow", "Sowe"),
    ("Ba", "Bah", "Baa"), ("Cisse", "Ceesay", "Sisay"), ("Gueye", "Gaye", "Guey"), ("Fall", "Faal"), ("Sarr", "Sar"),
    ("Mbaye", "M'Baye", "Mbye"), ("Ndour", "N'Dour"), ("Thiam", "Cham", "Tiam"), ("Sall", "Saal"),
    ("Toure", "Touray", "Ture"), ("Sy", "Sey", "Sie"), ("Seck", "Sek"), ("Faye", "Fye"), ("Kane", "Kah"),
    ("Camara", "Kamara"), ("Diagne", "Jagne"), ("Diouf", "Jouf"), ("Ndoye", "N'Doye"), ("Sene", "Senne"),
    ("Barry", "Bari"), ("Jammeh", "Diame"),
]  # fmt: skip
# Cajun: French and Americanised spellings.
CJ_GIVEN_M = [
    ("Alcide",), ("Ulysse", "Ulysses"), ("Clovis",), ("Ovide",), ("Octave",), ("Placide",), ("Theogene", "Teogene"),
    ("Dudley",), ("Jean-Paul", "Jean Paul"), ("Remy", "Remi"), ("Alphonse", "Alfonse"), ("Lucien",),
    ("Ferdinand", "Ferdie"), ("Aristide",), ("Wilfred", "Wilfrid"), ("Elphege", "Elphage"), ("Numa",),
    ("Antoine", "Twan"), ("Joseph", "Joe"), ("Pierre",),
]  # fmt: skip
CJ_GIVEN_F = [
    ("Eunice",), ("Odile", "Odille"), ("Aurelie", "Aurelia"), ("Noelie", "Noelia"), ("Marie-Therese", "Marie Therese"),
    ("Clementine",), ("Celestine", "Celestina"), ("Eula",), ("Bernadette",), ("Claudette",), ("Yvonne", "Evonne"),
    ("Ophelia", "Ophelie"), ("Leontine",), ("Azelie", "Azelia"), ("Rita",), ("Marie-Ange", "Marie Ange"),
    ("Lorena",), ("Delphine",), ("Irma",), ("Ursule", "Ursula"),
]  # fmt: skip
CJ_SURNAMES = [
    ("Boudreaux", "Boudreau", "Boudrot"), ("Thibodeaux", "Thibodeau", "Thibodaux"), ("Hebert", "Abair", "Abare"),
    ("Guidry", "Guidroz", "Gedry"), ("LeBlanc", "Leblanc", "Le Blanc"), ("Broussard", "Brousard", "Brossard"),
    ("Fontenot", "Fontenotte", "Fontnot"), ("Arceneaux", "Arseneault", "Arsenault"), ("Comeaux", "Comeau", "Como"),
    ("Landry", "Landri"), ("Richard",), ("Breaux", "Breau", "Brault"), ("Doucet", "Doucette"), ("Trahan", "Trahant"),
    ("Melancon", "Melanson"), ("Robichaux", "Robicheaux", "Robichaud"), ("Theriot", "Theriault", "Terriot"),
    ("Benoit", "Benoist"), ("Savoie", "Savoy"), ("Babineaux", "Babineau", "Babino"), ("Prejean", "Prejeant"),
    ("Sonnier", "Sonier"), ("Mouton",), ("Champagne", "Champaigne"), ("Credeur", "Credur"), ("Duhon", "Duhone"),
    ("Dupuis", "Dupuy"),
]  # fmt: skip
CJ_NICKS = ["T-Boy", "Tee-Jean", "Boo", "Bebe", "Coonie", "Nu-Nu", "Tee-Mae", "Poochie", "Bootsie", "Tee-Paul"]
# Hopi and Hopi-Tewa: English given names, Hopi given names, long surnames split or shortened.
HP_GIVEN_M = [
    ("Vernon",), ("Leroy", "LeRoy"), ("Wilbert", "Wilburt"), ("Delbert",), ("Emory", "Emery"), ("Alfred",),
    ("Clifford",), ("Marvin",), ("Lansa",), ("Tuvi", "Tuuvi"), ("Kotori",), ("Honani", "Honanie"), ("Dawa",),
    ("Sakhongva", "Sakhongyva"), ("Sewemaenewa",), ("Ferrell", "Farrell"), ("Lyndon",), ("Owen",),
]  # fmt: skip
HP_GIVEN_F = [
    ("Marlinda",), ("Loretta",), ("Ramona",), ("Dorleen", "Dorlene"), ("Arlene", "Arlena"), ("Lomasi", "Lomasee"),
    ("Honovi", "Honowi"), ("Talasi", "Talasee"), ("Pavati",), ("Kuwanyauma", "Kuwanyama"), ("Sihumana",),
    ("Nuvaqwahu",), ("Bernita",), ("Elvina",), ("Georgianna", "Georgiana"), ("Muriel",), ("Sikyanonsi",),
]  # fmt: skip
HP_SURNAMES = [
    ("Sekaquaptewa", "Seka Quaptewa", "Sekaquaptiwa"), ("Lomayestewa", "Loma Yestewa", "Loma-Yestewa"),
    ("Honyumptewa", "Honyumtewa"), ("Talayumptewa", "Talayumtewa"), ("Kuwanwisiwma", "Kuwanwisma"),
    ("Masayesva", "Masayesvah"), ("Nuvamsa", "Nuvamsah"), ("Namingha", "Naminga"), ("Nampeyo",),
    ("Polacca", "Pollaca"), ("Navasie", "Navasi"), ("Youvella", "Youvela"), ("Koinva", "Koinvah"),
    ("Tewawina", "Tewa Wina"), ("Sakiestewa", "Sakiestiwa"), ("Quotskuyva", "Quotskuva"),
    ("Lomahaftewa", "Loma Haftewa"), ("Humetewa", "Humetiwa"), ("Dawahoya", "Dawa Hoya"), ("Poleahla", "Poleala"),
    ("Kaye",), ("Pongyesva", "Pongyesvah"),
]  # fmt: skip
HP_MIDDLE = ["Lomasi", "Honovi", "Talasi", "Sikyanonsi", "Nuvaqwahu", "Kotori", "Lansa", "Dawa", "Sakhongva", "Tuvi"]
CULTURES = {
    "wolof_fula": (WF_GIVEN_M, WF_GIVEN_F, WF_SURNAMES),
    "cajun": (CJ_GIVEN_M, CJ_GIVEN_F, CJ_SURNAMES),
    "hopi": (HP_GIVEN_M, HP_GIVEN_F, HP_SURNAMES),
}
KIN_WORDS = (
    "Yaay", "Baay", "Maam", "Badiene", "Nijaay", "Neene", "Baaba", "Mawmaw", "Pawpaw", "Nonc", "Tante", "Parrain",
    "Nannan", "So'o", "Kwaa", "Yu'u", "Na'a", "Taaha",
)  # fmt: skip
KIN_BY_CULTURE = {
    "wolof_fula": ("Yaay", "Baay", "Maam", "Badiene", "Nijaay", "Neene", "Baaba"),
    "cajun": ("Mawmaw", "Pawpaw", "Nonc", "Tante", "Parrain", "Nannan"),
    "hopi": ("So'o", "Kwaa", "Yu'u", "Na'a", "Taaha"),
}
TITLES = ("Dr.", "Mr.", "Mrs.", "Ms.", "Father", "Sister", "El Hadji", "Alhaji", "Sokhna", "Serigne", "Oustaz", "Coach")
CLIN_CREDS = ("MD", "DO", "NP", "PA-C")
CREDENTIALS = ("MD", "DO", "NP", "PA-C", "RN", "LPN", "OD", "DPM", "CNM", "ATC", "OTR/L", "LCSW", "NIC", "CDI", "CMA")

# ---------------------------------------------------------------- places
# (town, state, ZIP codes, area codes)
US_TOWNS = [
    ("Bronx", "NY", ("10451", "10452", "10456", "10457", "10468"), ("718", "347", "929")),
    ("New York", "NY", ("10026", "10027", "10030", "10037"), ("212", "646", "917")),
    ("Columbus", "OH", ("43224", "43229", "43232"), ("614", "380")),
    ("Cincinnati", "OH", ("45231", "45240", "45246"), ("513",)),
    ("Atlanta", "GA", ("30315", "30331", "30349"), ("404", "470")),
    ("Stone Mountain", "GA", ("30083", "30088"), ("770", "678")),
    ("Silver Spring", "MD", ("20903", "20904"), ("301", "240")),
    ("Bowie", "MD", ("20715", "20716"), ("301", "240")),
    ("Brooklyn Park", "MN", ("55443", "55445"), ("763",)),
    ("Greensboro", "NC", ("27406", "27407"), ("336",)),
    ("Houston", "TX", ("77036", "77072"), ("713", "832")),
    ("Lafayette", "LA", ("70501", "70503", "70506", "70508"), ("337",)),
    ("Breaux Bridge", "LA", ("70517",), ("337",)),
    ("Opelousas", "LA", ("70570",), ("337",)),
    ("Eunice", "LA", ("70535",), ("337",)),
    ("Abbeville", "LA", ("70510",), ("337",)),
    ("New Iberia", "LA", ("70560", "70563"), ("337",)),
    ("Thibodaux", "LA", ("70301",), ("985",)),
    ("Houma", "LA", ("70360", "70363", "70364"), ("985",)),
    ("Crowley", "LA", ("70526",), ("337",)),
    ("Ville Platte", "LA", ("70586",), ("337",)),
    ("Mamou", "LA", ("70554",), ("337",)),
    ("Church Point", "LA", ("70525",), ("337",)),
    ("Kaplan", "LA", ("70548",), ("337",)),
    ("St. Martinville", "LA", ("70582",), ("337",)),
    ("Cut Off", "LA", ("70345",), ("985",)),
    ("Golden Meadow", "LA", ("70357",), ("985",)),
    ("Raceland", "LA", ("70394",), ("985",)),
    ("Carencro", "LA", ("70520",), ("337",)),
    ("Lake Charles", "LA", ("70601", "70605"), ("337",)),
    ("Port Arthur", "TX", ("77640", "77642"), ("409",)),
    ("Beaumont", "TX", ("77701", "77706"), ("409",)),
    ("Kykotsmovi Village", "AZ", ("86039",), ("928",)),
    ("Second Mesa", "AZ", ("86043",), ("928",)),
    ("Polacca", "AZ", ("86042",), ("928",)),
    ("Hotevilla", "AZ", ("86030",), ("928",)),
    ("Keams Canyon", "AZ", ("86034",), ("928",)),
    ("Tuba City", "AZ", ("86045",), ("928",)),
    ("Flagstaff", "AZ", ("86001", "86004"), ("928",)),
    ("Winslow", "AZ", ("86047",), ("928",)),
    ("Holbrook", "AZ", ("86025",), ("928",)),
    ("Phoenix", "AZ", ("85008", "85014"), ("602", "623")),
    ("Mesa", "AZ", ("85201", "85203"), ("480",)),
    ("Albuquerque", "NM", ("87110", "87112"), ("505",)),
]
TOWNS_BY_CULTURE = {
    "wolof_fula": US_TOWNS[0:11],
    "cajun": US_TOWNS[11:32],
    "hopi": US_TOWNS[32:],
}
# (town, country, phone prefix)
ABROAD_TOWNS = [
    ("Dakar", "Senegal", "+221"), ("Touba", "Senegal", "+221"), ("Thies", "Senegal", "+221"),
    ("Kaolack", "Senegal", "+221"), ("Saint-Louis", "Senegal", "+221"), ("Ziguinchor", "Senegal", "+221"),
    ("Mbour", "Senegal", "+221"), ("Louga", "Senegal", "+221"), ("Diourbel", "Senegal", "+221"),
    ("Banjul", "the Gambia", "+220"), ("Serekunda", "the Gambia", "+220"), ("Brikama", "the Gambia", "+220"),
    ("Bakau", "the Gambia", "+220"), ("Farafenni", "the Gambia", "+220"), ("Lamin", "the Gambia", "+220"),
    ("Moncton", "New Brunswick", "+1"), ("Caraquet", "New Brunswick", "+1"), ("Shediac", "New Brunswick", "+1"),
]  # fmt: skip
STREETS = {
    "wolof_fula": ["W 116th St", "Frederick Douglass Blvd", "Grand Concourse", "Jerome Ave", "Morse Rd",
                   "Cleveland Ave", "Campbellton Rd", "Piney Branch Rd", "New Hampshire Ave", "Zane Ave N",
                   "Bellefontaine Ave"],
    "cajun": ["Johnston St", "Ambassador Caffery Pkwy", "Evangeline Thruway", "Bayou Tortue Rd", "Rees St",
              "LA Hwy 1", "Bayou Blue Rd", "Grand Caillou Rd", "Cypress St", "Pinhook Rd", "Main St",
              "Coteau Rd", "Prien Lake Rd"],
    "hopi": ["E Route 66", "N Fort Valley Rd", "W Aspen Ave", "N Park Dr", "E 3rd St", "W Indian School Rd",
             "N Country Club Dr", "Paradise Ln"],
}  # fmt: skip

# ---------------------------------------------------------------- organisations (FACILITY)
CLINICS = {
    "wolof_fula": ["Harlem Teranga Family Health", "Concourse Pediatrics", "Morse Road Family Medicine",
                   "Campbellton Community Clinic", "Piney Branch Health Center", "Zane Avenue Clinic",
                   "Bronx Lebanon Eye Associates", "Northland Family Practice"],
    "cajun": ["Teche Valley Medical Center", "Acadiana Bayou Regional Hospital", "Lafourche Family Clinic",
              "Vermilion Rural Health Clinic", "St. Landry Community Clinic", "Evangeline Eye Associates",
              "Grand Caillou Pediatrics", "Bayou Teche Orthopedics", "Calcasieu Foot and Ankle"],
    "hopi": ["First Mesa Health Station", "Second Mesa Clinic", "Moenkopi Community Clinic", "Painted Desert Imaging",
             "Flagstaff Pines Medical Group", "Winslow Indian Health Care Center", "Tuba City Regional Health Care",
             "San Francisco Peaks Eye Care"],
}  # fmt: skip
PHARMACIES = ["Teche Drug Store", "Bayou Pharmacy", "Teranga Pharmacy", "Concourse Discount Pharmacy",
              "Mesa View Pharmacy", "Route 66 Drug", "Cut Off Family Pharmacy"]  # fmt: skip
EMPLOYERS = ["Acadiana Crawfish Co.", "Gulf Coast Fabrication", "Bayou Lafourche Shrimp Co.",
             "Port Fourchon Marine Services", "Teranga Braiding Salon", "Baobab African Market",
             "Dakar Express Cab", "Kykotsmovi Village Store", "Hopi Cultural Center", "Little Senegal Tailors",
             "Lake Charles Refining", "Moenkopi Travel Plaza"]  # fmt: skip
SCHOOLS = ["Breaux Bridge Elementary", "Comeaux High School", "Second Mesa Day School",
           "Hotevilla-Bacavi Community School", "Flagstaff Middle School", "P.S. 73 Bronx", "Northland High School",
           "Cut Off Elementary", "Winslow High School", "Morse Road Academy"]  # fmt: skip
DAYCARES = ["Petite Ecole Daycare", "Bayou Bebe Daycare", "Sunflower Daycare Center", "Teranga Kids Daycare",
            "Little Mesa Daycare", "Crawfish Cove Daycare"]  # fmt: skip
APARTMENTS = ["Teche Landing Apartments", "Concourse Gardens", "Morse Crossing Apartments", "Pinhook Villas",
              "Aspen Ridge Apartments", "Campbellton Pointe", "Cypress Bend Apartments"]  # fmt: skip
AGENCIES = ["Louisiana DCFS", "Arizona DCS", "NYC Administration for Children's Services",
            "Franklin County Children Services", "Hopi Tribe Social Services", "Fulton County DFCS"]  # fmt: skip
VETS = ["Bayou Animal Hospital", "Concourse Veterinary Clinic", "Canyon Pet Clinic", "Acadiana Vet Care"]

# ---------------------------------------------------------------- keep terms (hand-written)
INSURERS = [
    "Aetna", "Cigna Healthcare", "UnitedHealthcare", "Humana", "Oscar Health", "Ambetter Health", "GEHA",
    "FEP Blue", "TRICARE Prime", "TRICARE For Life", "Medicare Part B", "Original Medicare",
    "Blue Cross and Blue Shield of Louisiana", "Louisiana Blue", "Blue Cross Blue Shield of Arizona", "BCBSAZ",
    "Excellus BlueCross BlueShield", "CareFirst BlueCross BlueShield", "Anthem Blue Cross and Blue Shield", "Medica",
    "HealthPartners", "UCare", "Blue Plus", "Healthy Blue", "Louisiana Healthcare Connections",
    "AmeriHealth Caritas Louisiana", "Aetna Better Health of Louisiana", "Humana Healthy Horizons in Louisiana",
    "AHCCCS", "Mercy Care", "Banner University Family Care", "Care1st Health Plan Arizona", "Arizona Complete Health",
    "Fidelis Care", "MetroPlus Health", "Healthfirst", "CareSource", "Molina Healthcare of Ohio",
    "Peach State Health Plan", "Maryland Physicians Care", "Jai Medical Systems", "Hennepin Health",
    "Peoples Health", "Vantage Health Plan", "Devoted Health", "Alignment Health", "Wellcare",
    "1199SEIU National Benefit Fund", "32BJ Health Fund", "Hotel Trades Council Health Benefits Fund",
    "Louisiana Office of Group Benefits", "NYSHIP Empire Plan", "Georgia State Health Benefit Plan",
    "HealthSCOPE Benefits", "Allied Benefit Systems", "Luminare Health", "WebTPA", "Boon-Chapman",
    "Collective Health", "Imagine360", "Lucent Health", "Allegiance Benefit Plan Management", "ASR Health Benefits",
    "Indian Health Service", "UHC", "BCBSLA", "ALTCS",
]  # fmt: skip
VISION_PLANS = ["VSP Vision Care", "EyeMed", "Davis Vision", "Superior Vision", "Spectera"]
TPAS = ["HealthSCOPE Benefits", "Allied Benefit Systems", "Luminare Health", "WebTPA", "Boon-Chapman",
        "Collective Health", "Imagine360", "Lucent Health", "Allegiance Benefit Plan Management"]  # fmt: skip
FUNDS = ["1199SEIU National Benefit Fund", "32BJ Health Fund", "Hotel Trades Council Health Benefits Fund",
         "Louisiana Office of Group Benefits", "NYSHIP Empire Plan", "Georgia State Health Benefit Plan"]  # fmt: skip
MEDICAID = ["Healthy Blue", "Louisiana Healthcare Connections", "AmeriHealth Caritas Louisiana",
            "Aetna Better Health of Louisiana", "AHCCCS", "Mercy Care", "Banner University Family Care",
            "Care1st Health Plan Arizona", "Fidelis Care", "MetroPlus Health", "Healthfirst", "CareSource",
            "Molina Healthcare of Ohio", "Peach State Health Plan", "Maryland Physicians Care", "Hennepin Health"]  # fmt: skip
MEDICARE = ["Peoples Health", "Vantage Health Plan", "Devoted Health", "Alignment Health", "Wellcare",
            "Medicare Part B", "Original Medicare", "Humana", "TRICARE For Life"]  # fmt: skip
DEPARTMENTS = [
    "Ophthalmology", "Oculoplastics", "Optometry", "Contact Lens Service", "Radiology", "Bone Health Clinic",
    "Endocrinology", "Cardiology", "Cardiac Stress Lab", "Noninvasive Cardiology", "Pediatric Emergency Department",
    "Pediatric Urgent Care", "General Surgery", "Dermatology", "Minor Procedures", "Gynecology", "Podiatry",
    "Foot and Ankle Clinic", "Wound Clinic", "Vascular Surgery", "Health Information Management",
    "Release of Information", "Patient Financial Services", "Pathology", "Medical Oncology", "Behavioral Health",
    "Psychiatry", "Language Services", "Audiology", "Otolaryngology", "Occupational Therapy", "Physical Therapy",
    "Case Management", "Social Work", "Pediatrics", "Sports Medicine", "Patient Access", "Family Medicine",
]  # fmt: skip
_ANY_DEPT = [d for d in DEPARTMENTS if d != "Contact Lens Service"]
# (maker, models)
DEVICE_MAKERS = {
    "lens": [("Johnson & Johnson Vision", ["Acuvue Oasys 1-Day", "Acuvue Oasys for Astigmatism", "1-Day Acuvue Moist"]),
             ("CooperVision", ["Biofinity", "Biofinity Toric", "MyDay", "clariti 1 day"]),
             ("Alcon", ["Dailies Total1", "Precision1", "Air Optix plus HydraGlyde", "Total30"]),
             ("Bausch + Lomb", ["ULTRA for Astigmatism", "Biotrue ONEday", "INFUSE"])],
    "dxa": [("Hologic", ["Horizon A", "Horizon W", "Discovery W"]), ("GE HealthCare", ["Lunar iDXA", "Lunar Prodigy Advance"])],
    "stress": [("GE HealthCare", ["CASE V6.7", "T2100 treadmill"]), ("Baxter", ["Q-Stress", "Q-Stress 6.3"]),
               ("Schiller", ["CARDIOVIT CS-200 Excellence"]), ("Trackmaster", ["TMX425"])],
    "lift": [("Bruno", ["Elite SRE-2010", "Elan SRE-3050"]), ("Harmar", ["Pinnacle SL600", "SL350AC"]),
             ("Stannah", ["Stannah 600"]), ("Moen", ["SecureMount", "Ultima SecureMount"]),
             ("EZ-ACCESS", ["PATHWAY 3G", "TRANSITIONS"]), ("Drive Medical", ["RTL12202"])],
    "hearing": [("Cochlear", ["Nucleus 8", "Kanso 2", "Nucleus 7"]), ("Advanced Bionics", ["Naida CI M90"]),
                ("MED-EL", ["RONDO 3", "SONNET 2"]), ("Oticon", ["Intent 1", "More 2"]), ("Sorenson", ["ntouch VP2"])],
    "heart": [("AliveCor", ["KardiaMobile 6L", "KardiaMobile"]), ("iRhythm Technologies", ["Zio XT", "Zio AT"]),
              ("Medtronic", ["Azure XT DR MRI", "LINQ II"]), ("Abbott", ["FreeStyle Libre 3", "Assert-IQ"]),
              ("Dexcom", ["G7", "Stelo"]), ("Omron", ["BP7250", "Platinum BP5450"])],
    "genomic": [("Exact Sciences", ["Oncotype DX", "Oncotype DX Breast Recurrence Score"]),
                ("Foundation Medicine", ["FoundationOne CDx", "FoundationOne Liquid CDx"]),
                ("Guardant Health", ["Guardant360 CDx"]), ("Myriad Genetics", ["MyRisk", "Prolaris"]),
                ("Caris Life Sciences", ["Caris MI Profile"])],
    "inhaler": [("Trudell Medical International", ["AeroChamber Plus Flow-Vu"]), ("kaleo", ["Auvi-Q"]),
                ("Viatris", ["EpiPen Jr"]), ("Teva", ["epinephrine auto-injector"])],
    "chalazion": [("Katena", ["K5-2310", "K3-5902"]), ("Storz", ["E1500", "E0830"])],
    "lipoma": [("Ethicon", ["Monocryl 4-0", "Vicryl 3-0", "Dermabond"]), ("3M", ["Steri-Strip R1547"]),
               ("Covidien", ["Biosyn 4-0"])],
    "emb": [("CooperSurgical", ["Pipelle de Cornier", "Pipet Curet"]), ("Wallach", ["Endocell"]),
            ("MedGyn", ["Endosampler"])],
    "plantar": [("Ossur", ["Formfit Night Splint"]), ("Powerstep", ["Pinnacle Maxx"]), ("Aircast", ["AirHeel"]),
                ("Superfeet", ["Green"]), ("DJO", ["Dorsal Night Splint"])],
    "unna": [("Smith+Nephew", ["Viscopaste PB7", "Profore"]), ("ConvaTec", ["Unna-Flex Plus"]), ("3M", ["Coban 2"]),
             ("Medline", ["Unna-Z"]), ("Essity", ["Gelocast"])],
    "sling": [("DJO", ["Procare Universal Arm Sling"]), ("Ossur", ["Pediatric Arm Sling"]), ("Breg", ["Slingshot 3"])],
}  # fmt: skip

# (code, description) lists
ICD = {
    "chalazion": [("H00.11", "chalazion, right upper eyelid"), ("H00.12", "chalazion, right lower eyelid"),
                  ("H00.14", "chalazion, left upper eyelid"), ("H00.15", "chalazion, left lower eyelid"),
                  ("H01.001", "blepharitis, right upper eyelid"), ("H02.889", "meibomian gland dysfunction")],
    "dxa": [("M81.0", "age-related osteoporosis"), ("M85.851", "osteopenia, right thigh"), ("Z13.820", "osteoporosis screening"),
            ("Z78.0", "asymptomatic menopausal state"), ("Z79.83", "long-term bisphosphonate use"),
            ("M80.08XA", "osteoporotic fracture, vertebra")],
    "stress": [("R07.9", "chest pain, unspecified"), ("R07.89", "other chest pain"), ("R06.02", "shortness of breath"),
               ("I20.9", "angina pectoris"), ("I25.10", "coronary artery disease"), ("R94.31", "abnormal ECG")],
    "nursemaid": [("S53.031A", "nursemaid's elbow, right"), ("S53.032A", "nursemaid's elbow, left"),
                  ("W18.30XA", "fall on same level")],
    "lipoma": [("D17.1", "lipoma of skin and subcutaneous tissue of trunk"), ("D17.21", "lipoma of right arm"),
               ("D17.22", "lipoma of left arm"), ("D17.0", "lipoma of head, face and neck"), ("D17.39", "lipoma, other sites")],
    "emb": [("N95.0", "postmenopausal bleeding"), ("N92.0", "heavy menstrual bleeding"), ("N93.9", "abnormal uterine bleeding"),
            ("N85.00", "endometrial hyperplasia"), ("Z79.890", "hormone replacement therapy"), ("Z15.09", "genetic susceptibility")],
    "plantar": [("M72.2", "plantar fascial fibromatosis"), ("M79.671", "pain in right foot"), ("M79.672", "pain in left foot"),
                ("M77.31", "calcaneal spur, right foot"), ("M77.32", "calcaneal spur, left foot")],
    "unna": [("I87.311", "chronic venous hypertension with ulcer, right"), ("I87.312", "chronic venous hypertension with ulcer, left"),
             ("L97.311", "non-pressure ulcer of right ankle"), ("L97.321", "non-pressure ulcer of left ankle"),
             ("I83.012", "varicose veins with ulcer of calf"), ("I87.2", "venous insufficiency")],
    "psych": [("F43.10", "PTSD"), ("F41.1", "generalized anxiety disorder"), ("F33.1", "major depression, recurrent"),
              ("F84.0", "autistic disorder"), ("F42.2", "mixed obsessional thoughts and acts"), ("F40.01", "agoraphobia with panic")],
    "peds": [("J45.20", "mild intermittent asthma"), ("Z91.010", "peanut allergy"), ("Z91.013", "seafood allergy"),
             ("L50.0", "allergic urticaria"), ("G40.909", "epilepsy"), ("E10.9", "type 1 diabetes")],
    "foster": [("Z62.21", "child in welfare custody"), ("Z00.129", "routine child exam"), ("Z23", "immunization encounter"),
               ("F43.20", "adjustment disorder"), ("Z77.011", "contact with lead")],
    "onc": [("C50.411", "malignant neoplasm of upper-outer quadrant of right breast"), ("C61", "prostate cancer"),
            ("C43.62", "melanoma of left upper limb"), ("D05.11", "intraductal carcinoma in situ of right breast"),
            ("C92.10", "chronic myeloid leukemia"), ("C81.90", "Hodgkin lymphoma"), ("K22.70", "Barrett esophagus")],
    "eye": [("H52.13", "myopia, bilateral"), ("H52.223", "regular astigmatism, bilateral"), ("H52.4", "presbyopia"),
            ("H18.623", "unstable keratoconus, bilateral"), ("H04.123", "dry eye syndrome, bilateral")],
    "mobility": [("G20.A1", "Parkinson disease"), ("R26.81", "unsteadiness on feet"), ("Z74.09", "reduced mobility"),
                 ("Z99.3", "wheelchair dependence"), ("G35", "multiple sclerosis"), ("M17.0", "bilateral knee osteoarthritis")],
    "hearing": [("H90.3", "sensorineural hearing loss, bilateral"), ("Z96.21", "cochlear implant status"),
                ("Z97.4", "external hearing aid"), ("H35.52", "pigmentary retinal dystrophy"), ("H81.09", "Meniere disease")],
    "lice": [("B85.0", "pediculosis due to head lice"), ("B85.2", "pediculosis, unspecified"), ("L29.8", "other pruritus")],
    "sports": [("Z02.5", "sports examination"), ("Z01.110", "hearing exam"), ("F90.0", "ADHD, inattentive type"),
               ("J45.990", "exercise-induced bronchospasm"), ("M92.521", "Osgood-Schlatter, right")],
    "general": [("E11.9", "type 2 diabetes"), ("I10", "hypertension"), ("E78.5", "hyperlipidemia"), ("Z79.01", "long-term anticoagulant use"),
                ("N18.30", "chronic kidney disease stage 3"), ("E03.9", "hypothyroidism")],
}  # fmt: skip
CPT = {
    "chalazion": ["67800", "67801", "67805", "92012"],
    "dxa": ["77080", "77081", "77085", "77086"],
    "stress": ["93015", "93016", "93017", "93018", "93000"],
    "nursemaid": ["24640", "99283", "99213"],
    "lipoma": ["21931", "21552", "11404", "11403", "12032", "88304"],
    "emb": ["58100", "76830", "88305", "81025"],
    "plantar": ["20550", "20551", "73630", "L3000"],
    "unna": ["29580", "97597", "93922", "29581"],
    "onc": ["88321", "88323", "88305", "88342", "81519"],
    "eye": ["92310", "92015", "92004", "92014"],
    "visit": [
        "99213",
        "99214",
        "99204",
        "99395",
        "99394",
        "96127",
        "96110",
        "90460",
        "81001",
        "80053",
        "71046",
        "93000",
    ],
}
HCPCS = {
    "mobility": ["E0241", "E0243", "E0245", "E0240", "S5165", "E0130"],
    "eye": ["V2520", "V2521", "V2522", "V2599"],
    "inject": ["J3301", "J1030", "J1100", "J2785", "A6456", "A6448", "J7298"],
    "general": ["G0439", "G2211", "A4253", "E0607", "T1013", "A0130"],
}
NDC_LABELERS = ["00002", "00069", "00078", "00093", "00173", "00378", "00409", "00781", "49502", "50090", "51862",
                "60505", "63323", "65862", "68180", "69097", "70700", "0009", "0781", "0173"]  # fmt: skip
EPONYMS = {
    "chalazion": ["Meibomian", "Zeis", "Moll", "Desmarres", "Snellen", "Bell"],
    "dxa": ["Paget", "Cushing", "Addison", "Graves", "Crohn", "Hashimoto"],
    "stress": ["Bruce", "Duke", "Borg", "Wenckebach", "Mobitz", "Levine"],
    "nursemaid": ["Monteggia", "Galeazzi", "Salter-Harris", "Gartland", "Baumann"],
    "lipoma": ["Langer", "Metzenbaum", "Adson", "Mayo", "Dercum", "Madelung"],
    "emb": ["Graves", "Pozzi", "Lynch", "Cowden", "Asherman", "Pederson"],
    "plantar": ["Baxter", "Tinel", "Haglund", "Achilles", "Morton", "Sever"],
    "unna": ["Doppler", "Homans", "Wells", "Virchow", "Trendelenburg", "Brodie"],
    "psych": ["Asperger", "Tourette", "Alzheimer", "Meniere"],
    "peds": ["Kawasaki", "Reye", "Coxsackie", "Apgar", "Lyme"],
    "foster": ["Denver", "Apgar", "Tanner", "Kawasaki", "Lyme"],
    "onc": ["Gleason", "Breslow", "Hodgkin", "Barrett", "Ewing", "Philadelphia", "Clark"],
    "eye": ["Fuchs", "Snellen", "Schirmer", "Sjogren", "Bell"],
    "mobility": ["Parkinson", "Charcot", "Guillain-Barre", "Romberg", "Huntington"],
    "hearing": ["Usher", "Waardenburg", "Meniere", "Pendred", "Alport"],
    "sports": ["Marfan", "Brugada", "Wolff-Parkinson-White", "Lachman", "McMurray", "Osgood-Schlatter", "Tanner", "Beighton"],
    "general": ["Raynaud", "Bell", "Hashimoto", "Crohn", "Sjogren"],
}  # fmt: skip
# eponym -> the words that follow it in prose
EPONYM_TAIL = {
    "Meibomian": "gland dysfunction", "Zeis": "gland", "Moll": "gland", "Desmarres": "chalazion clamp",
    "Snellen": "acuity", "Bell": "palsy", "Paget": "disease of bone", "Cushing": "syndrome", "Addison": "disease",
    "Graves": "disease", "Crohn": "disease", "Hashimoto": "thyroiditis", "Bruce": "protocol", "Duke": "treadmill score",
    "Borg": "scale", "Wenckebach": "block", "Mobitz": "II block", "Levine": "sign", "Monteggia": "fracture",
    "Galeazzi": "fracture", "Salter-Harris": "fracture", "Gartland": "type I supracondylar fracture",
    "Baumann": "angle", "Langer": "lines", "Metzenbaum": "scissors", "Adson": "forceps", "Mayo": "scissors",
    "Dercum": "disease", "Madelung": "disease", "Pozzi": "tenaculum", "Lynch": "syndrome", "Cowden": "syndrome",
    "Asherman": "syndrome", "Pederson": "speculum", "Baxter": "nerve entrapment", "Tinel": "sign",
    "Haglund": "deformity", "Achilles": "tendon tightness", "Morton": "neuroma", "Sever": "disease",
    "Doppler": "ankle-brachial index", "Homans": "sign", "Wells": "score", "Virchow": "triad",
    "Trendelenburg": "test", "Brodie": "-Trendelenburg test", "Asperger": "syndrome", "Tourette": "syndrome",
    "Alzheimer": "disease", "Meniere": "disease", "Kawasaki": "disease", "Reye": "syndrome",
    "Coxsackie": "virus", "Apgar": "scores", "Lyme": "disease", "Denver": "II screen", "Tanner": "stage",
    "Gleason": "score 3+4", "Breslow": "depth", "Hodgkin": "lymphoma", "Barrett": "esophagus",
    "Ewing": "sarcoma", "Philadelphia": "chromosome", "Clark": "level", "Fuchs": "dystrophy",
    "Schirmer": "test", "Sjogren": "syndrome", "Parkinson": "disease", "Charcot": "foot",
    "Guillain-Barre": "syndrome", "Romberg": "sign", "Huntington": "disease", "Usher": "syndrome",
    "Waardenburg": "syndrome", "Pendred": "syndrome", "Alport": "syndrome", "Marfan": "syndrome",
    "Brugada": "syndrome", "Wolff-Parkinson-White": "pattern", "Lachman": "test", "McMurray": "test",
    "Osgood-Schlatter": "disease", "Beighton": "score", "Raynaud": "phenomenon",
}  # fmt: skip
DRUGS = {
    "chalazion": ["erythromycin 0.5% ophthalmic ointment", "Tobradex ointment", "Maxitrol", "tetracaine 0.5%",
                  "Xylocaine 1% with epinephrine", "Kenalog 10 mg/mL", "doxycycline 50 mg"],
    "dxa": ["Fosamax 70 mg", "alendronate 70 mg", "Boniva 150 mg", "Prolia 60 mg", "Evenity 210 mg", "Reclast 5 mg",
            "Forteo 20 mcg", "Tymlos 80 mcg", "Evista 60 mg", "vitamin D3 2000 IU", "Actonel 35 mg"],
    "stress": ["Lexiscan 0.4 mg", "metoprolol tartrate 25 mg", "nitroglycerin 0.4 mg", "aspirin 81 mg",
               "atorvastatin 40 mg", "Brilinta 90 mg", "Ranexa 500 mg", "Imdur 30 mg", "Eliquis 5 mg"],
    "nursemaid": ["ibuprofen 100 mg/5 mL", "Children's Motrin", "Children's Tylenol 160 mg/5 mL", "acetaminophen 160 mg/5 mL"],
    "lipoma": ["Xylocaine 1% with epinephrine", "lidocaine 1%", "Keflex 500 mg", "Bactroban 2%", "Tylenol 500 mg",
               "Marcaine 0.25%", "Norco 5/325"],
    "emb": ["Camila 0.35 mg", "Errin 0.35 mg", "Heather 0.35 mg", "Nikki", "Hailey 1.5/30", "Lyza 0.35 mg",
            "Cytotec 400 mcg", "Provera 10 mg", "ibuprofen 800 mg", "Mirena", "Aygestin 5 mg", "Jolivette"],
    "plantar": ["Kenalog-40", "Depo-Medrol 40 mg", "Celestone Soluspan 6 mg", "Marcaine 0.5%", "lidocaine 1%",
                "meloxicam 15 mg", "Lyrica 75 mg", "naproxen 500 mg"],
    "unna": ["Eliquis 5 mg", "pentoxifylline 400 mg", "Lasix 20 mg", "furosemide 40 mg", "Santyl", "Silvadene 1%",
             "Xarelto 20 mg"],
    "psych": ["Zoloft 100 mg", "sertraline 50 mg", "Lexapro 10 mg", "buspirone 10 mg", "prazosin 2 mg", "Trintellix 10 mg",
              "Wellbutrin XL 150 mg", "Lamictal 100 mg", "Seroquel 50 mg", "Allegra 180 mg"],
    "peds": ["EpiPen Jr 0.15 mg", "Auvi-Q 0.1 mg", "Benadryl 12.5 mg/5 mL", "Zyrtec 5 mg", "ProAir HFA 90 mcg",
             "Flovent HFA 44 mcg", "Pulmicort Respules 0.5 mg", "Orapred 15 mg/5 mL", "Diastat 10 mg", "Valtoco 10 mg"],
    "foster": ["Vaxelis", "Pediarix", "ProQuad", "Kinrix", "Quadracel", "Gardasil 9", "MenQuadfi", "Prevnar 20",
               "Beyfortus 50 mg", "Boostrix", "amoxicillin 400 mg/5 mL"],
    "onc": ["tamoxifen 20 mg", "Arimidex 1 mg", "anastrozole 1 mg", "Kisqali 600 mg", "Verzenio 150 mg",
            "Ibrance 125 mg", "Keytruda 200 mg", "Gleevec 400 mg", "Xtandi 160 mg", "Lupron Depot 22.5 mg"],
    "eye": ["Pataday", "Lotemax 0.5%", "Systane", "Clear Care", "Vigamox 0.5%", "Xiidra 5%", "Restasis 0.05%"],
    "mobility": ["Sinemet 25/100", "carbidopa-levodopa 25/100", "Rytary", "Ocrevus 600 mg", "baclofen 10 mg",
                 "Ampyra 10 mg", "gabapentin 300 mg", "Aricept 10 mg"],
    "hearing": ["Antivert 25 mg", "meclizine 25 mg", "Ciprodex otic", "prednisone 60 mg", "Flonase 50 mcg"],
    "lice": ["Natroba 0.9%", "Sklice 0.5%", "Nix 1%", "permethrin 1%", "Ulesfia", "Xeglyze 0.74%"],
    "sports": ["Adderall XR 20 mg", "Focalin XR 10 mg", "Vyvanse 30 mg", "albuterol 90 mcg", "Concerta 36 mg",
               "Strattera 40 mg", "Claritin 10 mg"],
    "general": ["metformin 500 mg", "Jardiance 10 mg", "lisinopril 10 mg", "Ozempic 0.5 mg", "Synthroid 75 mcg",
                "Eliquis 5 mg", "amlodipine 5 mg", "Farxiga 10 mg"],
}  # fmt: skip

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
        "decembre"]  # fmt: skip

# ---------------------------------------------------------------- text pieces
# A part is plain text, or (text, TYPE) for a PHI span, or (text, kind) for a keep term.
Part = str | tuple[str, str]
Line = list[Any]  # of Part; Any, so that list displays mixing texts and spans type-check
Gen = Callable[[random.Random], list[Line]]
_PHI = {"NAME", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE",
        "VEHICLE", "DEVICE", "URL", "IP", "ADDRESS", "LOCATION", "ZIP", "FACILITY", "ID"}  # fmt: skip


def render(lines: list[Line], case: str = "") -> dict:
    """The text of `lines` (joined by newlines), its PHI spans and its keep terms (by first
    appearance, each left out when any occurrence of it lies inside a PHI span)."""
    out: list[str] = []
    phi: list[dict] = []
    keeps: list[tuple[int, int, str]] = []
    pos = 0
    for li, line in enumerate(lines):
        if li:
            out.append("\n")
            pos += 1
        for part in line:
            if isinstance(part, str):
                s, kind = part, ""
            else:
                s, kind = part
            if kind and s != s.strip():
                raise ValueError(f"untrimmed span {s!r}")
            if kind in _PHI:
                phi.append({"start": pos, "end": pos + len(s), "type": kind})
            elif kind:
                keeps.append((pos, pos + len(s), kind))
            out.append(s)
            pos += len(s)
    text = "".join(out)
    if case == "upper":
        text = text.upper()
    elif case == "lower":
        text = text.lower()
    keep: list[str] = []
    kinds: dict[str, str] = {}
    for ks, ke, kind in keeps:
        term = text[ks:ke]
        if term in kinds:
            continue
        hits = [m.start() for m in re.finditer(re.escape(term), text)]
        if any(p["start"] < i + len(term) and i < p["end"] for i in hits for p in phi):
            continue
        keep.append(term)
        kinds[term] = kind
    return {"text": text, "phi": phi, "keep": keep, "keep_kinds": kinds}


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


# ---------------------------------------------------------------- people
@dataclass
class Person:
    culture: str
    female: bool
    given: str
    surname: str
    middle: str = ""
    nick: str = ""
    suffix: str = ""
    second: str = ""  # a second surname (a married woman's hyphenated name)
    alt_surname: str = ""  # another spelling of the surname, as another paper writes it

    @property
    def full(self) -> str:
        parts = [self.given] + ([self.middle] if self.middle else []) + [self.sur]
        return " ".join(parts) + (f" {self.suffix}" if self.suffix else "")

    @property
    def sur(self) -> str:
        return f"{self.surname}-{self.second}" if self.second else self.surname

    @property
    def initials(self) -> str:
        words = [w for w in re.split(r"[ -]", f"{self.given} {self.middle} {self.sur}") if w]
        letters = "".join(w[0] for w in words if w[0].isalpha()).upper()
        return letters[:4] if len(letters) >= 2 else (letters + "X")[:2]


def person(rng: random.Random, culture: str = "", female: bool | None = None) -> Person:
    if not culture:
        culture = pick(rng, sorted(CULTURES))
    if female is None:
        female = rng.random() < 0.5
    given_m, given_f, surnames = CULTURES[culture]
    gtuple = pick(rng, given_f if female else given_m)
    stuple = pick(rng, surnames)
    p = Person(culture, female, pick(rng, gtuple), pick(rng, stuple))
    others = [s for s in stuple if s != p.surname]
    if others and rng.random() < 0.25:
        p.alt_surname = pick(rng, others)
    r = rng.random()
    if culture == "cajun":
        if r < 0.2:
            p.nick = pick(rng, CJ_NICKS)
        elif r < 0.3 and not female:
            p.suffix = pick(rng, ["Jr.", "Sr.", "III"])
        elif r < 0.45 and female:
            p.second = pick(rng, [s for s in pick(rng, CJ_SURNAMES) if s != p.surname] or ["Landry"])
            p.second = p.second.replace(" ", "")
        elif r < 0.6:
            p.middle = pick(rng, ["A.", "J.", "M.", "P.", "T.", "L."])
    elif culture == "hopi":
        if r < 0.35 and p.given not in HP_MIDDLE:
            p.middle = pick(rng, HP_MIDDLE)
        elif r < 0.5:
            p.middle = pick(rng, ["B.", "D.", "K.", "L.", "S.", "W."])
        elif r < 0.6 and female:
            p.second = pick(rng, ["Nampeyo", "Kaye", "Navasie", "Koinva", "Namingha"])
    else:
        if r < 0.15 and female:
            p.second = pick(rng, ["Ndiaye", "Diop", "Sow", "Fall", "Sarr", "Gueye", "Jallow"])
        elif r < 0.3:
            p.middle = pick(rng, ["M.", "A.", "B.", "S."])
    if p.second == p.surname:
        p.second = ""
    return p


def nm(rng: random.Random, p: Person, style: str = "") -> str:
    """One written form of `p`'s name (one NAME span)."""
    if not style:
        style = pick(rng, ["full", "full", "full", "last_first", "caps_first", "nick", "given_sur", "given_sur"])
    if p.nick and style in ("full", "given_sur") and rng.random() < 0.5:
        style = "nick"
    if p.culture == "wolof_fula" and style in ("full", "last_first") and rng.random() < 0.3:
        style = "caps_first"
    if style == "last_first":
        return f"{p.sur.upper() if rng.random() < 0.6 else p.sur}, {p.given}" + (f" {p.middle}" if p.middle else "")
    if style == "caps_first":
        if p.culture == "wolof_fula":
            return f"{p.surname.upper()} {p.given}"
        return f"{p.sur.upper()}, {p.given}"
    if style == "nick" and p.nick:
        return f'{p.given} "{p.nick}" {p.sur}'
    if style == "given":
        return p.given
    if style == "sur":
        return p.sur
    if style == "given_sur":
        return f"{p.given} {p.sur}"
    return p.full


def email_of(rng: random.Random, p: Person, domain: str = "") -> str:
    g = re.sub(r"[^a-z]", "", p.given.lower())
    s = re.sub(r"[^a-z]", "", p.surname.lower())
    local = pick(rng, [f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{rng.randint(1, 99)}", f"{s}.{g}{rng.randint(50, 99)}",
                       f"{g}_{s}"])  # fmt: skip
    if not domain:
        domain = pick(rng, ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "cox.net", "bellsouth.net",
                            "att.net", "orange.sn", "hotmail.com", "mesanet.org", "aol.com"])  # fmt: skip
    return f"{local}@{domain}"


def staff_email(rng: random.Random, p: Person, org: str) -> str:
    dom = re.sub(r"[^a-z]", "", org.lower())[:14] + pick(rng, [".org", ".com", ".health"])
    return email_of(rng, p, dom)


# ---------------------------------------------------------------- numbers
def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def mrn(rng: random.Random) -> str:
    n = rng.choice([8, 9, 10])
    body = str(rng.randint(1, 9)) + digits(rng, n - 2)
    full = body + luhn_digit(body)
    if rng.random() < 0.2:
        full = full[:2] + "-" + full[2:]
    return full


def npi(rng: random.Random) -> str:
    body = pick(rng, ["1", "2"]) + digits(rng, 8)
    return body + luhn_digit("80840" + body)


def dea(rng: random.Random, surname: str) -> str:
    d = [rng.randrange(10) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    first = re.sub(r"[^A-Z]", "", surname.upper())[:1] or "X"
    return pick(rng, ["A", "B", "F", "M"]) + first + "".join(map(str, d)) + str(check)


_VIN_VALUE = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9)))}
_VIN_VALUE.update(dict(zip("JKLMN", range(1, 6))) | {"P": 7, "R": 9} | dict(zip("STUVWXYZ", range(2, 10))))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    wmi = pick(rng, ["1FT", "1GC", "3GN", "5TD", "1HG", "2T1", "4T1", "1C4", "KNM", "JTD", "3N1", "1FM"])
    chars = list(wmi + "".join(pick(rng, _VIN_CHARS) for _ in range(5)) + "0" + pick(rng, "LMNPRS")
                 + pick(rng, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 6))  # fmt: skip
    total = sum(_VIN_VALUE[c] * w for c, w in zip(chars, _VIN_WEIGHTS)) % 11
    chars[8] = "X" if total == 10 else str(total)
    return "".join(chars)


def imei(rng: random.Random) -> str:
    body = pick(rng, ["35", "86", "01", "99"]) + digits(rng, 12)
    return body + luhn_digit(body)


def card(rng: random.Random) -> str:
    body = pick(rng, ["4", "5"]) + digits(rng, 14)
    c = body + luhn_digit(body)
    return " ".join(c[i : i + 4] for i in range(0, 16, 4))


def ssn(rng: random.Random) -> str:
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    b, c = rng.randint(1, 99), rng.randint(1, 9999)
    sep = pick(rng, ["-", "-", "-", " ", ""])
    return f"{a:03d}{sep}{b:02d}{sep}{c:04d}"


def phone(rng: random.Random, area: str = "", ext: bool = False) -> str:
    if not area:
        area = pick(rng, pick(rng, US_TOWNS)[3])
    x, y = f"{rng.randint(2, 9)}{digits(rng, 2)}", digits(rng, 4)
    form = rng.randrange(6)
    if form == 0:
        s = f"({area}) {x}-{y}"
    elif form == 1:
        s = f"{area}-{x}-{y}"
    elif form == 2:
        s = f"{area}.{x}.{y}"
    elif form == 3:
        s = f"+1 {area}-{x}-{y}"
    elif form == 4:
        s = f"1-{area}-{x}-{y}"
    else:
        s = f"({area}){x}-{y}"
    if ext:
        s += f" ext {rng.randint(100, 9999)}"
    return s


def phone_abroad(rng: random.Random, prefix: str) -> str:
    if prefix == "+221":
        return f"+221 {pick(rng, ['77', '78', '76', '70'])} {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}"
    if prefix == "+220":
        return f"+220 {pick(rng, ['7', '3', '2'])}{digits(rng, 2)} {digits(rng, 4)}"
    return f"+1 506-{rng.randint(200, 999)}-{digits(rng, 4)}"


def member_id(rng: random.Random, insurer: str = "") -> str:
    form = rng.randrange(6)
    if insurer == "AHCCCS" or form == 0:
        return "A" + digits(rng, 8)
    if form == 1:
        return "".join(pick(rng, "ABCDEFGHJKMNPRSTWXYZ") for _ in range(3)) + digits(rng, 9)
    if form == 2:
        return (
            "".join(pick(rng, "ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
            + digits(rng, 5)
            + pick(rng, "ABCDEFGHJKLMNPRSTUVWXYZ")
        )
    if form == 3:
        return "U" + digits(rng, 8) + "0" + str(rng.randint(1, 3))
    if form == 4:
        return digits(rng, 11)
    return "W" + digits(rng, 9)


def mbi(rng: random.Random) -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + "0123456789"
    s = (str(rng.randint(1, 9)) + pick(rng, a) + pick(rng, an) + str(rng.randrange(10)) + pick(rng, a) + pick(rng, an)
         + str(rng.randrange(10)) + pick(rng, a) + pick(rng, a) + str(rng.randrange(10)) + str(rng.randrange(10)))  # fmt: skip
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if rng.random() < 0.5 else s


def account(rng: random.Random) -> str:
    form = rng.randrange(5)
    if form in (0, 4):
        return card(rng)
    if form == 1:
        return pick(rng, ["G", "HB", "PF"]) + digits(rng, 8)
    if form == 2:
        return digits(rng, 10)
    return f"{digits(rng, 4)}-{digits(rng, 6)}"


def licence(rng: random.Random, state: str = "") -> tuple[str, str]:
    state = state or pick(rng, ["LA", "AZ", "NY", "OH", "GA", "MD", "MN", "TX"])
    if state == "LA":
        s = "00" + digits(rng, 7)
    elif state == "AZ":
        s = pick(rng, "ABDY") + digits(rng, 8)
    elif state == "NY":
        d = digits(rng, 9)
        s = f"{d[:3]} {d[3:6]} {d[6:]}" if rng.random() < 0.5 else d
    elif state == "OH":
        s = pick(rng, "ST") + pick(rng, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 6)
    elif state == "GA":
        s = "0" + digits(rng, 8)
    elif state in ("MD", "MN"):
        s = (
            pick(rng, "BCDFGHJKLMNPRSTW")
            + "-"
            + digits(rng, 3)
            + "-"
            + digits(rng, 3)
            + "-"
            + digits(rng, 3)
            + "-"
            + digits(rng, 3)
        )
    else:
        s = digits(rng, 8)
    return state, s


def plate(rng: random.Random, state: str = "") -> tuple[str, str]:
    state = state or pick(rng, ["LA", "AZ", "NY", "OH", "GA", "MD", "MN", "TX"])
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    L = lambda n: "".join(pick(rng, letters) for _ in range(n))
    if state == "LA":
        s = f"{L(3)} {digits(rng, 3)}" if rng.random() < 0.5 else f"{digits(rng, 3)} {L(3)}"
    elif state in ("AZ", "TX"):
        s = f"{L(3)}{digits(rng, 4)}" if rng.random() < 0.6 else f"{L(3)}-{digits(rng, 4)}"
    elif state == "NY":
        s = f"{L(3)}-{digits(rng, 4)}"
    elif state == "OH":
        s = f"{L(3)} {digits(rng, 4)}"
    elif state == "GA":
        s = f"{L(3)}{digits(rng, 4)}"
    else:
        s = f"{digits(rng, 1)}{L(2)}{digits(rng, 3)}"
    return state, s


def boat(rng: random.Random) -> str:
    return f"LA {digits(rng, 4)} {''.join(pick(rng, 'ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))}"


def serial(rng: random.Random) -> str:
    form = rng.randrange(5)
    if form == 0:
        return pick(rng, ["SN", "S"]) + digits(rng, 8)
    if form == 1:
        return "".join(pick(rng, "ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(rng, 7)
    if form == 2:
        return f"{digits(rng, 4)}-{digits(rng, 5)}-{digits(rng, 2)}"
    if form == 3:
        return "".join(pick(rng, "0123456789ABCDEF") for _ in range(12))
    return imei(rng)


def ip(rng: random.Random) -> str:
    if rng.random() < 0.25:
        n = rng.randint(2, 6)
        return ("2001:db8:" if n == 6 else "2001:db8::") + ":".join(f"{rng.randrange(65536):x}" for _ in range(n))
    first = pick(rng, [24, 66, 68, 72, 98, 104, 172, 174, 192, 207])
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randint(1, 254)}"


def url(rng: random.Random, org: str = "") -> str:
    host = re.sub(r"[^a-z]", "", (org or pick(rng, ["mychart", "portal", "records", "forms"])).lower())[:16]
    path = pick(rng, ["/r/", "/upload/", "/forms/", "/visit/", "/esign/", "/share/"])
    tok = "".join(pick(rng, "abcdefghjkmnpqrstuvwxyz23456789") for _ in range(rng.randint(6, 10)))
    return f"https://{pick(rng, ['', 'www.', 'my.', 'portal.'])}{host}.{pick(rng, ['org', 'com', 'health', 'net'])}{path}{tok}"


def ident(rng: random.Random, prefix: str = "") -> str:
    form = rng.randrange(5)
    if form == 0:
        s = digits(rng, rng.randint(6, 9))
    elif form == 1:
        s = f"{digits(rng, 2)}-{digits(rng, 5)}"
    elif form == 2:
        s = f"{rng.randint(2023, 2026)}-{digits(rng, 6)}"
    elif form == 3:
        s = "".join(pick(rng, "ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(rng, 6)
    else:
        s = f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}"
    return prefix + s


def zip_of(rng: random.Random, town: tuple) -> str:
    z = pick(rng, town[2])
    return f"{z}-{digits(rng, 4)}" if rng.random() < 0.2 else z


def street(rng: random.Random, culture: str) -> str:
    if culture == "hopi" and rng.random() < 0.4:
        return pick(rng, [f"PO Box {rng.randint(10, 2999)}", f"HC 63 Box {rng.randint(100, 999)}"])
    if rng.random() < 0.08:
        return f"PO Box {rng.randint(10, 9999)}"
    s = f"{rng.randint(2, 9899)} {pick(rng, STREETS[culture])}"
    r = rng.random()
    if r < 0.2:
        s += f" Apt {rng.randint(1, 40)}{pick(rng, ['', 'B', 'C'])}"
    elif r < 0.3:
        s += f" #{rng.randint(1, 400)}"
    elif r < 0.35:
        s += f" Lot {rng.randint(1, 60)}"
    return s


def lot(rng: random.Random) -> str:
    return "".join(pick(rng, "ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.randint(1, 2))) + digits(
        rng, rng.randint(4, 5)
    )


def ndc(rng: random.Random) -> str:
    lab = pick(rng, NDC_LABELERS)
    if len(lab) == 4:
        return f"{lab}-{digits(rng, 4)}-{digits(rng, 2)}"
    if rng.random() < 0.6:
        return f"{lab}-{digits(rng, 4)}-{digits(rng, 2)}"
    return f"{lab}-{digits(rng, 3)}-{digits(rng, 2)}"


AGE_WORDS = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five", "ninety-six",
             "ninety-seven", "ninety-eight", "ninety-nine", "one hundred", "one hundred and one", "one hundred and two"]  # fmt: skip


def old_age(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return pick(rng, AGE_WORDS)
    return str(rng.randint(90, 104))


# ---------------------------------------------------------------- dates
def rdate(rng: random.Random, lo: int = 2024, hi: int = 2026) -> date:
    start = date(lo, 1, 1).toordinal()
    end = date(hi, 12, 28).toordinal() if hi < 2026 else date(2026, 11, 30).toordinal()
    return date.fromordinal(rng.randint(start, end))


def dob(rng: random.Random, lo: int = 1926, hi: int = 2008) -> date:
    return rdate(rng, lo, hi)


def fmt_date(rng: random.Random, d: date, style: str = "", abroad: bool = False) -> str:
    if abroad and rng.random() < 0.7:
        if rng.random() < 0.6:
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        return f"{d.day} {MOIS[d.month - 1]} {d.year}"
    if not style:
        style = pick(rng, ["mdy", "mdy", "mdy_short", "iso", "dmy_abbr", "mon_d_y", "month_d_y", "d_month_y"])
    mon, month = d.strftime("%b"), MONTHS[d.month - 1]
    if style == "mdy":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "mdy_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "dmy_abbr":
        return f"{d.day:02d}-{mon}-{d.year}"
    if style == "mon_d_y":
        return f"{mon} {d.day}, {d.year}"
    if style == "month_d_y":
        return f"{month} {d.day}, {d.year}"
    if style == "d_month_y":
        return f"{d.day} {month} {d.year}"
    if style == "month_y":
        return f"{month} {d.year}"
    if style == "md":
        return f"{d.month}/{d.day}"
    if style == "mon_d":
        return f"{mon} {d.day}"
    if style == "month_dth":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{month} {d.day}{suf}"
    if style == "wd_md":
        return f"{d.strftime('%a')} {d.month}/{d.day}"
    if style == "wd_full":
        return f"{d.strftime('%A')}, {month} {d.day}, {d.year}"
    raise ValueError(style)


def vdate(rng: random.Random) -> str:
    """A visit or message date, in any of the written forms."""
    d = rdate(rng)
    style = pick(rng, ["mdy", "mdy", "mdy_short", "iso", "dmy_abbr", "mon_d_y", "month_d_y", "d_month_y", "md",
                       "mon_d", "month_dth", "wd_md", "wd_full"])  # fmt: skip
    return fmt_date(rng, d, style)


def clock(rng: random.Random, h24: bool = False) -> str:
    h, m = rng.randint(7, 18), pick(rng, [0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
    if h24:
        return f"{h:02d}:{m:02d}"
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


# ---------------------------------------------------------------- keep-term parts
MEDICAID_BY_STATE = {
    "NY": ["Fidelis Care", "MetroPlus Health", "Healthfirst"], "OH": ["CareSource", "Molina Healthcare of Ohio"],
    "GA": ["Peach State Health Plan", "CareSource"], "MD": ["Maryland Physicians Care", "Jai Medical Systems"],
    "MN": ["Hennepin Health", "UCare", "Blue Plus"], "NC": ["Healthy Blue"], "TX": ["Community Health Choice"],
    "LA": ["Healthy Blue", "Louisiana Healthcare Connections", "AmeriHealth Caritas Louisiana",
           "Aetna Better Health of Louisiana", "Humana Healthy Horizons in Louisiana"],
    "AZ": ["AHCCCS", "Mercy Care", "Banner University Family Care", "Care1st Health Plan Arizona",
           "Arizona Complete Health"],
    "NM": ["Presbyterian Health Plan"],
}  # fmt: skip


def medicaid(rng: random.Random, c: Ctx) -> tuple[str, str]:
    return (pick(rng, MEDICAID_BY_STATE[c.st]), "insurer")


def ins(rng: random.Random, pool: list[str] | None = None) -> tuple[str, str]:
    return (pick(rng, pool or INSURERS), "insurer")


def dept(rng: random.Random, pool: list[str] | None = None) -> tuple[str, str]:
    return (pick(rng, pool or _ANY_DEPT), "department")


def drug(rng: random.Random, key: str) -> tuple[str, str]:
    return (pick(rng, DRUGS[key]), "drug")


def icd(rng: random.Random, key: str, desc: bool = False) -> list[Part]:
    code, text = pick(rng, ICD[key])
    if desc:
        return [text + " (", (code, "code"), ")"] if rng.random() < 0.5 else [(code, "code"), " " + text]
    return [(code, "code")]


def cpt(rng: random.Random, key: str) -> tuple[str, str]:
    return (pick(rng, CPT[key]), "code")


def hcpcs(rng: random.Random, key: str) -> tuple[str, str]:
    return (pick(rng, HCPCS[key]), "code")


def epo(rng: random.Random, key: str) -> list[Part]:
    e = pick(rng, EPONYMS[key])
    tail = EPONYM_TAIL[e]
    return [(e, "eponym"), tail if tail.startswith("-") else " " + tail]


def dev(rng: random.Random, key: str, joiner: str = " ") -> list[Part]:
    maker, models = pick(rng, DEVICE_MAKERS[key])
    return [(maker, "maker"), joiner, (pick(rng, models), "model")]


def staff(rng: random.Random, creds: tuple[str, ...] = CLIN_CREDS, title: bool = True) -> list[Part]:
    """A clinician or staff member: 'Dr. Given Surname' or 'Given Surname, RN'."""
    p = person(rng)
    if title and rng.random() < 0.45:
        return [pick(rng, ["Dr. ", "Dr "]), (nm(rng, p, pick(rng, ["full", "given_sur", "sur"])), "NAME")]
    return [(nm(rng, p, pick(rng, ["full", "given_sur", "given_sur"])), "NAME"), ", " + pick(rng, creds)]


@dataclass
class Ctx:
    """Who and where a message or note is about."""

    p: Person
    town: tuple
    clinic: str
    dob: date
    email: str
    area: str

    @property
    def st(self) -> str:
        return self.town[1]


def ctx(rng: random.Random, female: bool | None = None, young: tuple[int, int] | None = None) -> Ctx:
    p = person(rng, female=female)
    town = pick(rng, TOWNS_BY_CULTURE[p.culture])
    born = dob(rng, *young) if young else dob(rng)
    return Ctx(p, town, pick(rng, CLINICS[p.culture]), born, email_of(rng, p), pick(rng, town[3]))


def addr_line(rng: random.Random, c: Ctx, lead: str = "") -> Line:
    return [lead, (street(rng, c.p.culture), "ADDRESS"), ", ", (c.town[0], "LOCATION"), ", " + c.st + " ",
            (zip_of(rng, c.town), "ZIP")]  # fmt: skip


def extra(rng: random.Random, c: Ctx) -> Line:
    """One further line that carries an identifier of another type."""
    k = rng.randrange(22)
    if k == 0:
        return ["Best number: ", (phone(rng, c.area), "PHONE"), pick(rng, [" (cell)", "", " - text is fine"])]
    if k == 1:
        return [pick(rng, ["Fax it to ", "Our fax: ", "fax "]), (phone(rng, c.area), "FAX")]
    if k == 2:
        return [pick(rng, ["Email: ", "You can email me at ", "e-mail "]), (c.email, "EMAIL")]
    if k == 3:
        return [pick(rng, ["SSN ", "My social is ", "SS# "]), (ssn(rng), "SSN"), pick(rng, ["", " for the form"])]
    if k == 4:
        return [pick(rng, ["MRN ", "Chart # ", "My MRN is "]), (mrn(rng), "MRN")]
    if k == 5:
        st, s = licence(rng, c.st if c.st in ("LA", "AZ", "NY", "OH", "GA", "MD", "MN", "TX") else "")
        return [f"{st} driver's license ", (s, "LICENSE"), pick(rng, ["", " (for ID at check-in)"])]
    if k == 6:
        st, s = plate(rng, c.st if c.st in ("LA", "AZ", "NY", "OH", "GA", "MD", "MN", "TX") else "")
        return [f"We drive a {pick(rng, ['white', 'silver', 'red', 'blue', 'gray'])} "
                f"{pick(rng, ['truck', 'van', 'car', 'SUV'])}, plate ", (s, "VEHICLE"), f" ({st})"]  # fmt: skip
    if k == 7 and c.p.culture == "cajun" and rng.random() < 0.5:
        return ["Our boat is ", (boat(rng), "VEHICLE"), pick(rng, [" if the marina form asks", ""])]
    if k == 7:
        return ["VIN ", (vin(rng), "VEHICLE"), " for the parking tag"]
    if k == 8:
        return ["The portal blocked my login from ", (ip(rng), "IP"), pick(rng, [" twice", " again", ""])]
    if k == 9:
        return [pick(rng, ["Upload link: ", "Link they sent: ", "Form is at "]), (url(rng, c.clinic), "URL")]
    if k == 10:
        acct = account(rng)
        lead = pick(rng, ["Card for the copay: ", "Bill my card "]) if acct.count(" ") == 3 else "Guarantor account "
        return [lead, (acct, "ACCOUNT")]
    if k == 11:
        i = ins(rng)
        return ["Member ID ", (member_id(rng, i[0]), "HEALTH_PLAN"), " (", i, ")"]
    if k == 12:
        return ["Phone IMEI ", (imei(rng), "DEVICE"), " if the app asks"]
    if k == 13:
        kin = pick(rng, KIN_BY_CULTURE[c.p.culture])
        q = person(rng, c.p.culture)
        return [f"{kin} (", (nm(rng, q, "full"), "NAME"), ") is ", (old_age(rng), "AGE"), " and lives with us"]
    if k == 14:
        return addr_line(rng, c, pick(rng, ["Mail it to ", "Address: ", "New address: "]))
    if k == 15:
        return [pick(rng, ["Ref # ", "Ticket ", "Reference number "]), (ident(rng), "ID")]
    if k == 16:
        return [pick(rng, ["DOB ", "Date of birth: ", "born "]), (fmt_date(rng, c.dob), "DATE")]
    if k == 17:
        return ["Home ", *dev(rng, pick(rng, ["heart", "hearing"])), " serial ", (serial(rng), "DEVICE")]
    if k == 18:
        return ["I also take ", drug(rng, "general"), " for ", *icd(rng, "general", True)]
    if k == 19:
        town, country, pre = pick(rng, ABROAD_TOWNS)
        return [f"Until {pick(rng, ['June', 'the end of the month', 'Tabaski', 'Easter'])} I am in ",
                (town, "LOCATION"), f", {country}: ", (phone_abroad(rng, pre), "PHONE")]  # fmt: skip
    if k == 20:
        return ["Pharmacy: ", (pick(rng, PHARMACIES), "FACILITY"), ", acct ", (account(rng), "ACCOUNT")]
    return ["Medicare ", (mbi(rng), "HEALTH_PLAN"), ", secondary ", medicaid(rng, c)]


def extras(rng: random.Random, c: Ctx, lo: int = 1, hi: int = 3) -> list[Line]:
    out: list[Line] = []
    style = rng.randrange(3)
    for _ in range(rng.randint(lo, hi)):
        line = extra(rng, c)
        out.append((["- "] if style == 0 else ["P.S. "] if style == 1 and not out else []) + line)
    return out


def sign(rng: random.Random, c: Ctx, p: Person | None = None) -> list[Line]:
    p = p or c.p
    k = rng.randrange(6)
    if k == 0:
        return [["-- ", (p.initials, "NAME")]]
    if k == 1:
        return [[pick(rng, ["Thanks,", "Thank you,", "Merci,", "Jerejef,"])], [(nm(rng, p, "given"), "NAME")]]
    if k == 2:
        return [["Sincerely,"], [(nm(rng, p, "full"), "NAME")], [(phone(rng, c.area), "PHONE")]]
    if k == 3:
        return [[(nm(rng, p, "given_sur"), "NAME"), " (", (fmt_date(rng, c.dob, "mdy"), "DATE"), ")"]]
    if k == 4:
        return [["- ", (p.initials, "NAME")]]
    return [[(nm(rng, p, "full"), "NAME")], [(c.email, "EMAIL")]]


def greet(rng: random.Random) -> Line:
    k = rng.randrange(4)
    if k == 0:
        return [
            pick(rng, ["Hello ", "Hi ", "Good morning "]),
            pick(rng, ["Dr. ", "Dr "]),
            (person(rng).surname, "NAME"),
            ",",
        ]
    if k == 1:
        return [pick(rng, ["Hello,", "Hi,", "Good afternoon,", "To whom it may concern,"])]
    if k == 2:
        return ["Hi ", (nm(rng, person(rng), "given"), "NAME"), ","]
    return ["Dear ", dept(rng), ","]


def quote(lines: list[Line]) -> list[Line]:
    return [["> ", *line] for line in lines]


def mail_head(rng: random.Random, c: Ctx, subject: str, to: Part | None = None) -> list[Line]:
    d = rdate(rng)
    return [
        ["From: ", (nm(rng, c.p, "given_sur"), "NAME"), " <", (c.email, "EMAIL"), ">"],
        ["Sent: ", (fmt_date(rng, d, "wd_full"), "DATE"), " " + clock(rng)],
        ["To: ", to or dept(rng, ["Release of Information", "Health Information Management", "Patient Access"])],
        ["Subject: " + subject],
    ]


def hdr_cols(rng: random.Random, c: Ctx) -> Line:
    gap = lambda: " " * rng.randint(4, 8)
    return ["Patient: ", (nm(rng, c.p, pick(rng, ["full", "last_first"])), "NAME"), gap() + "MRN: ", (mrn(rng), "MRN"),
            gap() + "DOB: ", (fmt_date(rng, c.dob, "mdy", abroad=c.p.culture == "wolof_fula"), "DATE")]  # fmt: skip


def chat(rng: random.Random, who: Part, *said: Part) -> Line:
    return [f"[{clock(rng)}] ", who, ": ", *said]


# ---------------------------------------------------------------- message genres
def m_support_animal(rng: random.Random) -> list[Line]:
    c = ctx(rng)
    doc = person(rng)
    apt = pick(rng, APARTMENTS)
    animal = pick(rng, ["beagle mix", "small terrier", "cat", "shih tzu", "lab mix", "rabbit"])
    k = rng.randrange(3)
    if k == 0:
        lines: list[Line] = [greet(rng),
                 ["My landlord at ", (apt, "FACILITY"), " says I need a letter from my provider for my emotional "
                  "support animal, a 4-year-old " + animal + "."],
                 ["I see ", pick(rng, ["Dr. ", "Dr "]), (nm(rng, doc, pick(rng, ["sur", "given_sur"])), "NAME"), " in ",
                  dept(rng, ["Behavioral Health", "Psychiatry", "Family Medicine"]), " for ", *icd(rng, "psych", True),
                  " and take ", drug(rng, "psych"), "."],
                 ["Rabies tag ", (ident(rng), "ID"), ", city pet license ", (ident(rng, "PL-"), "ID"), "."],
                 ["The letter goes to ", (nm(rng, person(rng), "given_sur"), "NAME"), " in the leasing office, fax ",
                  (phone(rng, c.area), "FAX"), "."]]  # fmt: skip
        return lines + extras(rng, c) + sign(rng, c)
    if k == 1:
        reply: list[Line] = [[dept(rng, ["Behavioral Health", "Psychiatry"]), " wrote on ", (vdate(rng), "DATE"), ":"],
                 ["Support animal letters are written only after a visit with your own clinician. Your next visit "
                  "with ", (nm(rng, doc, "full"), "NAME"), ", ", pick(rng, ["LCSW", "NP", "MD"]), " is ",
                  (fmt_date(rng, rdate(rng), pick(rng, ["wd_md", "mon_d", "md"])), "DATE"), " at " + clock(rng) + "."]]  # fmt: skip
        lines = [["Re: support animal letter"], *quote(reply), [],
                 ["ok that works. the housing form also asks if ", *epo(rng, "psych"),
                  " or anything else is on my chart, do I have to answer that?"],
                 ["Unit ", (street(rng, c.p.culture), "ADDRESS"), " at ", (apt, "FACILITY"), ", ", (c.town[0], "LOCATION"),
                  ". My plan is ", ins(rng), " and the vet is ", (pick(rng, VETS), "FACILITY"), "."]]  # fmt: skip
        return lines + extras(rng, c, 1, 2) + sign(rng, c)
    tid = licence(rng)
    form: list[Line] = [["EMOTIONAL SUPPORT ANIMAL VERIFICATION - REQUEST FOR PROVIDER"],
            ["Tenant:\t", (nm(rng, c.p, pick(rng, ["full", "last_first"])), "NAME"), "\tDOB:\t", (fmt_date(rng, c.dob, "mdy"), "DATE")],
            ["Unit:\t", (street(rng, c.p.culture), "ADDRESS"), "\tCity:\t", (c.town[0], "LOCATION"), " " + c.st, "\tZIP:\t",
             (zip_of(rng, c.town), "ZIP")],
            ["Property:\t", (apt, "FACILITY"), "\tManager:\t", (nm(rng, person(rng), "given_sur"), "NAME")],
            ["Animal:\t" + animal + "\tTag:\t", (ident(rng), "ID")],
            ["Provider:\t", *staff(rng, ("MD", "NP", "LCSW")), "\tNPI:\t", (npi(rng), "ID")],
            ["Diagnosis on file (optional):\t", *icd(rng, "psych")],
            ["Return to:\t", (email_of(rng, person(rng), "propertymail.com"), "EMAIL")],
            ["Tenant ID:\t" + tid[0] + " DL\t", (tid[1], "LICENSE")]]  # fmt: skip
    note: list[Line] = [["Can someone fill this out? I'm on ", drug(rng, "psych"), " and ", drug(rng, "psych"),
             ", my insurance is ", medicaid(rng, c), ". Support animal form is due ",
             (fmt_date(rng, rdate(rng), "month_dth"), "DATE"), "."]]  # fmt: skip
    return note + form + extras(rng, c, 0, 2) + sign(rng, c)


def m_daycare(rng: random.Random) -> list[Line]:
    c = ctx(rng, young=(2020, 2024))
    parent = person(rng, c.p.culture)
    care = pick(rng, DAYCARES)
    pc = Ctx(parent, c.town, c.clinic, c.dob, email_of(rng, parent), c.area)
    k = rng.randrange(3)
    if k == 0:
        rows: list[Line] = [["| Medication | Dose | When |"], ["|---|---|---|"]]
        for _ in range(rng.randint(2, 3)):
            rows.append(["| ", drug(rng, "peds"), " | " + pick(rng, ["1 puff", "2 puffs", "5 mL", "2.5 mL", "0.15 mg IM", "1 tab"])
                         + " | " + pick(rng, ["as needed", "before outdoor play", "at 12:00", "for hives", "for wheeze"]) + " |"])  # fmt: skip
        lines: list[Line] = [["DAYCARE MEDICATION AUTHORIZATION"],
                 ["Child: ", (nm(rng, c.p, pick(rng, ["full", "last_first", "caps_first"])), "NAME"), "   DOB: ",
                  (fmt_date(rng, c.dob, "mdy"), "DATE")],
                 ["Daycare: ", (care, "FACILITY"), ", license # ", (ident(rng, "CC-"), "ID")],
                 ["Diagnosis: ", *icd(rng, "peds", True), "; history of ", *epo(rng, "peds")],
                 *rows,
                 ["Auto-injector: ", *dev(rng, "inhaler"), ", lot ", (lot(rng), "code"), ", NDC ", (ndc(rng), "code")],
                 ["Prescriber: ", *staff(rng, ("MD", "NP", "PA-C")), ", NPI ", (npi(rng), "ID"), ", ",
                  dept(rng, ["Pediatrics", "Family Medicine"])],
                 ["Parent/guardian: ", (nm(rng, parent, "full"), "NAME"), ", ", (phone(rng, c.area), "PHONE")]]  # fmt: skip
        return lines + extras(rng, pc, 0, 2)
    if k == 1:
        pn = (nm(rng, parent, "given"), "NAME")
        lines = [chat(rng, pn, "the daycare says the med form for ", (nm(rng, c.p, "given"), "NAME"),
                      " expired, can you resend it"),
                 chat(rng, (pick(rng, ["Peds nurse", "Front desk", "Clinic"]), ""), "Which daycare and which meds?"),
                 chat(rng, pn, (care, "FACILITY"), " on ", (street(rng, c.p.culture), "ADDRESS"), ". ",
                      drug(rng, "peds"), " and the ", *dev(rng, "inhaler")),
                 chat(rng, (pick(rng, ["Peds nurse", "Front desk", "Clinic"]), ""), "Signed by ",
                      *staff(rng, ("MD", "NP")), " - faxing to ", (phone(rng, c.area), "FAX"), " now. DOB ",
                      (fmt_date(rng, c.dob, "mdy_short"), "DATE"), " correct?"),
                 chat(rng, pn, "yes. also her ", *epo(rng, "peds"), " follow up, code ", *icd(rng, "peds"),
                      " on the form")]  # fmt: skip
        lines = [[p if isinstance(p, str) or p[1] else p[0] for p in line] for line in lines]
        return lines + extras(rng, pc, 1, 2)
    lines = [greet(rng),
             [(nm(rng, c.p, "given"), "NAME"), " starts at ", (care, "FACILITY"), " on ",
              (fmt_date(rng, rdate(rng), pick(rng, ["month_dth", "mon_d", "wd_md"])), "DATE"),
              " and they need the daycare medication form with:"],
             ["1. ", drug(rng, "peds"), " - dose and when to give"],
             ["2. ", drug(rng, "peds"), " (", *dev(rng, "inhaler"), ")"],
             ["3. allergy plan for ", *icd(rng, "peds", True)],
             ["Insurance is ", medicaid(rng, c), " ID ", (member_id(rng), "HEALTH_PLAN"), "."]]  # fmt: skip
    return lines + extras(rng, pc, 1, 2) + sign(rng, pc)


def m_foster(rng: random.Random) -> list[Line]:
    c = ctx(rng, young=(2009, 2024))
    fp = person(rng)
    agency = pick(rng, AGENCIES)
    worker = person(rng)
    k = rng.randrange(3)
    if k == 0:
        lines: list[Line] = [["FOSTER CARE INITIAL HEALTH SCREEN (within 72 hours of placement)"],
                 ["Child: ", (nm(rng, c.p, pick(rng, ["last_first", "full"])), "NAME"), "  DOB ",
                  (fmt_date(rng, c.dob, "mdy"), "DATE"), "  Case # ", (ident(rng), "ID")],
                 ["Placed ", (vdate(rng), "DATE"), " with foster parent ", (nm(rng, fp, "full"), "NAME")],
                 addr_line(rng, c, "Placement address: "),
                 ["Caseworker: ", (nm(rng, worker, "given_sur"), "NAME"), ", ", (agency, "FACILITY"), ", ",
                  (phone(rng, c.area, ext=rng.random() < 0.5), "PHONE")],
                 ["Medicaid: ", medicaid(rng, c), " ", (member_id(rng), "HEALTH_PLAN"), "   Child SSN: ", (ssn(rng), "SSN")],
                 ["Given at intake: ", drug(rng, "foster"), " lot ", (lot(rng), "code"), ", NDC ", (ndc(rng), "code")],
                 ["Due: ", drug(rng, "foster"), ", ", drug(rng, "foster"), "; ", *epo(rng, "foster"), "; codes ",
                  *icd(rng, "foster"), ", ", cpt(rng, "visit")]]  # fmt: skip
        return lines + extras(rng, c, 0, 2)
    if k == 1:
        lines = [["Hi, I'm the new foster mom for ", (nm(rng, c.p, "given_sur"), "NAME"), " (", (agency, "FACILITY"),
                  " case ", (ident(rng), "ID"), ")."],
                 ["We need the records from the prior placement at ", (pick(rng, CLINICS[c.p.culture]), "FACILITY"),
                  " and the shot record. The caseworker ", (nm(rng, worker, "full"), "NAME"), " said to ask ",
                  dept(rng, ["Pediatrics", "Social Work", "Case Management"]), "."],
                 ["Questions:"],
                 ["1. Is the ", *epo(rng, "foster"), " done?"],
                 ["2. Can ", drug(rng, "foster"), " and ", drug(rng, "foster"), " be given the same day?"],
                 ["3. Lead test - ", *icd(rng, "foster"), "?"]]  # fmt: skip
        return lines + extras(rng, c, 1, 2) + sign(rng, c, fp)
    head: list[Line] = mail_head(
        rng,
        Ctx(worker, c.town, c.clinic, c.dob, staff_email(rng, worker, agency), c.area),
        "Foster placement - health visit needed",
        dept(rng, ["Pediatrics", "Social Work"]),
    )
    lines = [*head, [],
             ["A child was placed in foster care on ", (vdate(rng), "DATE"), ": ",
              (nm(rng, c.p, "caps_first"), "NAME"), ", DOB ", (fmt_date(rng, c.dob, "iso"), "DATE"), "."],
             ["| Item | Detail |"], ["|---|---|"],
             ["| Foster parent | ", (nm(rng, fp, "full"), "NAME"), " |"],
             ["| Phone | ", (phone(rng, c.area), "PHONE"), " |"],
             ["| Town | ", (c.town[0], "LOCATION"), " |"],
             ["| Plan | ", medicaid(rng, c), " |"],
             ["| Needs | ", *icd(rng, "foster", True), ", ", cpt(rng, "visit"), " |"]]  # fmt: skip
    return lines + extras(rng, c, 0, 2)


def m_second_opinion(rng: random.Random) -> list[Line]:
    c = ctx(rng)
    other = pick(rng, [x for v in CLINICS.values() for x in v])
    k = rng.randrange(3)
    asks: list[Line] = [["Please send for my second opinion at ", (other, "FACILITY"), " in ",
             (pick(rng, US_TOWNS)[0], "LOCATION"), ", attn ", pick(rng, ["Dr. ", "Dr "]),
             (nm(rng, person(rng), pick(rng, ["sur", "given_sur"])), "NAME"), ":"],
            ["1. pathology slides and blocks, accession ", (ident(rng, "S24-"), "ID")],
            ["2. the ", *dev(rng, "genomic"), " report"],
            ["3. notes from ", dept(rng, ["Medical Oncology", "Pathology", "General Surgery"]), " since ",
             (fmt_date(rng, rdate(rng), pick(rng, ["month_y", "mon_d_y"])), "DATE")],
            ["Dx: ", *icd(rng, "onc", True), ", ", *epo(rng, "onc"), "; CPT ", cpt(rng, "onc"), " for the slide review"],
            ["Fax ", (phone(rng, c.area), "FAX"), " or upload at ", (url(rng, other), "URL")]]  # fmt: skip
    if k == 0:
        return [*mail_head(rng, c, "FW: second opinion records"), [], *asks, *extras(rng, c, 0, 2), *sign(rng, c)]
    if k == 1:
        reply: list[Line] = [["We received your request for a second opinion on ", (vdate(rng), "DATE"), ". Ref ",
                  (ident(rng), "ID"), ". Slides take 5-7 business days."]]  # fmt: skip
        lines: list[Line] = [*quote(reply), [],
                 ["thank you. my oncologist ", *staff(rng, ("MD", "DO")), " started me on ", drug(rng, "onc"),
                  " already; ", ins(rng), " needs the ", *dev(rng, "genomic"), " before they pay the second visit."],
                 hdr_cols(rng, c)]  # fmt: skip
        return lines + extras(rng, c, 1, 2) + sign(rng, c)
    return [hdr_cols(rng, c), ["Second opinion request from patient, forwarded by ",
                               (nm(rng, person(rng), "given_sur"), "NAME"), ", ", pick(rng, ["RN", "CMA", "LPN"])],
            *asks, *extras(rng, c, 0, 1)]  # fmt: skip


def m_contact_lens(rng: random.Random) -> list[Line]:
    c = ctx(rng)
    od = person(rng)
    shop = pick(rng, CLINICS[c.p.culture])
    k = rng.randrange(3)
    table: list[Line] = [["| Eye | Lens | BC | DIA | Power |"], ["|---|---|---|---|---|"]]
    maker, models = pick(rng, DEVICE_MAKERS["lens"])
    for eye in ("OD", "OS"):
        pw = f"-{rng.randint(1, 8)}.{pick(rng, ['00', '25', '50', '75'])}"
        table.append([f"| {eye} | ", (maker, "maker"), " ", (pick(rng, models), "model"),
                      f" | {pick(rng, ['8.4', '8.5', '8.6', '8.7'])} | {pick(rng, ['14.0', '14.2', '14.3', '14.5'])} | {pw} |"])  # fmt: skip
    if k == 0:
        lines: list[Line] = [greet(rng),
                 ["I need a copy of my contact lens prescription to order online. Last exam was ",
                  (fmt_date(rng, rdate(rng), pick(rng, ["month_y", "mdy", "mon_d_y"])), "DATE"), " with ",
                  (nm(rng, od, pick(rng, ["full", "given_sur"])), "NAME"), ", OD at ", (shop, "FACILITY"), "."],
                 ["Vision plan: ", ins(rng, VISION_PLANS), " member ", (member_id(rng), "HEALTH_PLAN"),
                  ". They cover ", hcpcs(rng, "eye"), " but not ", cpt(rng, "eye"), "?"],
                 ["I use ", drug(rng, "eye"), " (NDC ", (ndc(rng), "code"), ") for dryness (", *epo(rng, "eye"),
                  " was mentioned)."]]  # fmt: skip
        return lines + extras(rng, c) + sign(rng, c)
    if k == 1:
        lines = [hdr_cols(rng, c),
                 ["Contact lens Rx released per FTC rule to patient request dated ", (vdate(rng), "DATE"), ":"],
                 *table,
                 ["Expires ", (fmt_date(rng, rdate(rng, 2026, 2026), "mdy"), "DATE"), ". Dx ", *icd(rng, "eye"),
                  ", ", *icd(rng, "eye"), ". Fitting ", cpt(rng, "eye"), "."],
                 ["-- ", (nm(rng, od, "given_sur"), "NAME"), ", OD, ", dept(rng, ["Optometry", "Contact Lens Service"])]]  # fmt: skip
        return lines + extras(rng, c, 0, 1)
    lines = [["Re: contact lens order"],
             *quote([["Your prescription on file: "], *table]),
             [],
             ["the OS box says ", (pick(rng, models), "model"), " but I was fitted for a toric at ", (shop, "FACILITY"),
              " - can ", (nm(rng, od, "sur"), "NAME"), " check? ", ins(rng, VISION_PLANS), " wants the ", cpt(rng, "eye"),
              " claim from ", (vdate(rng), "DATE"), "."]]  # fmt: skip
    return lines + extras(rng, c, 1, 2) + sign(rng, c)


def m_grab_bar(rng: random.Random) -> list[Line]:
    c = ctx(rng)
    child = person(rng, c.p.culture)
    cc = Ctx(child, c.town, c.clinic, c.dob, email_of(rng, child), c.area)
    kin = pick(rng, KIN_BY_CULTURE[c.p.culture] + ("Dad", "Mom", "my father", "my mother"))
    k = rng.randrange(3)
    if k == 0:
        lines: list[Line] = [greet(rng),
                 [kin + " (", (nm(rng, c.p, "full"), "NAME"), ") is ", (old_age(rng), "AGE"),
                  " and fell twice this month. We need orders for grab bars by the toilet and tub, a ramp at the "
                  "back door and maybe a stair lift."],
                 ["Diagnoses: ", *icd(rng, "mobility", True), " and ", *epo(rng, "mobility"), "."],
                 ["The quote from ", (pick(rng, EMPLOYERS[:3] + ["Acadiana Mobility", "Mesa Home Access"]), "FACILITY"),
                  " is # ", (ident(rng, "Q-"), "ID"), ": ", *dev(rng, "lift"), " and ", *dev(rng, "lift"), "."],
                 ["Insurance: ", ins(rng, MEDICARE), " and ", medicaid(rng, c), " waiver (", hcpcs(rng, "mobility"),
                  ", ", hcpcs(rng, "mobility"), ")."],
                 addr_line(rng, c, "Install at "),
                 ["The ramp is for his van, plate ", (plate(rng, c.st if c.st in ("LA", "AZ", "NY", "OH", "GA", "MD", "MN", "TX") else "")[1], "VEHICLE"),
                  ", and the lift driver needs the gate code."]]  # fmt: skip
        return lines + extras(rng, cc, 0, 2) + sign(rng, cc)
    if k == 1:
        tab: list[Line] = [["Item\tHCPCS\tQty\tNotes"]]
        for _ in range(rng.randint(2, 4)):
            tab.append([pick(rng, ["grab bar 24in", "grab bar 18in", "tub bench", "raised toilet seat", "modular ramp"]),
                        "\t", hcpcs(rng, "mobility"), "\t" + str(rng.randint(1, 3)) + "\t", *dev(rng, "lift")])  # fmt: skip
        lines = [["HOME ACCESSIBILITY REQUEST - grab bars, ramp - OT home safety visit"],
                 ["Client: ", (nm(rng, c.p, "last_first"), "NAME"), "  Age: ", (old_age(rng), "AGE"), "  DOB: ",
                  (fmt_date(rng, c.dob, "mdy"), "DATE")],
                 addr_line(rng, c, "Home: "),
                 *tab,
                 ["Existing stair lift serial ", (serial(rng), "DEVICE"), " (", *dev(rng, "lift"), ")"],
                 ["OT: ", (nm(rng, person(rng), "given_sur"), "NAME"), ", OTR/L, ", dept(rng, ["Occupational Therapy", "Physical Therapy"])]]  # fmt: skip
        return lines + extras(rng, c, 0, 2)
    pn = (nm(rng, child, "given"), "NAME")
    lines = [chat(rng, pn, "hi, following up on the grab bar order for ", kin, ", work order ", (ident(rng), "ID")),
             chat(rng, "Case manager", "It went to ", ins(rng, MEDICARE), " on ", (vdate(rng), "DATE"),
                  ". They asked for the ", *epo(rng, "mobility"), " notes from ", dept(rng, ["Case Management", "Physical Therapy"])),
             chat(rng, pn, "the installer from ", *dev(rng, "lift"), " comes ",
                  (fmt_date(rng, rdate(rng), pick(rng, ["wd_md", "mon_d"])), "DATE"), " - address ",
                  (street(rng, c.p.culture), "ADDRESS"), ", ", (c.town[0], "LOCATION")),
             chat(rng, "Case manager", "Got it. ", hcpcs(rng, "mobility"), " and ", hcpcs(rng, "mobility"), " approved.")]  # fmt: skip
    return lines + extras(rng, cc, 1, 2)


def m_asl(rng: random.Random) -> list[Line]:
    c = ctx(rng)
    terp = person(rng)
    k = rng.randrange(3)
    vp = [pick(rng, ["Videophone ", "VP ", "Call me by videophone "]), (phone(rng, c.area), "PHONE"), " (",
          *dev(rng, "hearing"), ")"]  # fmt: skip
    if k == 0:
        lines: list[Line] = [greet(rng),
                 ["I am Deaf. Please book a certified ASL interpreter in person (not VRI) for my visit on ",
                  (vdate(rng), "DATE"), " at " + clock(rng) + " in ", dept(rng, ["Audiology", "Otolaryngology", "Ophthalmology", "Family Medicine"]), "."],
                 ["I prefer ", (nm(rng, terp, "full"), "NAME"), ", ", pick(rng, ["NIC", "CDI"]),
                  " if free. Last time the iPad froze."],
                 vp,
                 ["My cochlear implant ", *dev(rng, "hearing"), " serial ", (serial(rng), "DEVICE"),
                  " - for the MRI form. Dx ", *icd(rng, "hearing"), ", ", *epo(rng, "hearing"), "."]]  # fmt: skip
        return lines + extras(rng, c, 0, 2) + sign(rng, c)
    if k == 1:
        pn = (nm(rng, c.p, "given"), "NAME")
        lines = [chat(rng, pn, "(via relay) need ASL interpreter for ", (fmt_date(rng, rdate(rng), "wd_md"), "DATE"),
                      " appointment"),
                 chat(rng, (dept(rng, ["Language Services"])[0], "department"), "Request ", (ident(rng, "INT-"), "ID"),
                      " created. Interpreter ", (nm(rng, terp, "given_sur"), "NAME"), ", ", pick(rng, ["NIC", "CDI"]), "."),
                 chat(rng, pn, "thanks. video call dropped - my IP was ", (ip(rng), "IP"), " if IT asks"),
                 chat(rng, (dept(rng, ["Language Services"])[0], "department"), "Noted. Bring the ", *dev(rng, "hearing"),
                      " charger; ", *epo(rng, "hearing"), " history is on file.")]  # fmt: skip
        return lines + extras(rng, c, 1, 2)
    lines = [["ASL INTERPRETER REQUEST"],
             hdr_cols(rng, c),
             ["Visit:\t", (vdate(rng), "DATE"), "\t", dept(rng), "\twith ", *staff(rng)],
             ["Type:\tin person\tCDI needed:\t" + pick(rng, ["yes", "no"])],
             ["Parking:\taccessible space, plate\t", (plate(rng)[1], "VEHICLE"), "\tphoto ID\t", (licence(rng)[1], "LICENSE")],
             ["Contact:\t", vp[1], "\t(text only, no voice)"],
             ["Hearing:\t", *icd(rng, "hearing", True), "\t", drug(rng, "hearing")],
             ["Entered by ", (nm(rng, person(rng), "given_sur"), "NAME"), ", ", pick(rng, ["CMA", "RN"])]]  # fmt: skip
    return lines + extras(rng, c, 0, 2)


def m_cob(rng: random.Random) -> list[Line]:
    c = ctx(rng)
    spouse = person(rng, c.p.culture, female=not c.p.female)
    emp = pick(rng, EMPLOYERS)
    k = rng.randrange(3)
    form: list[Line] = [["COORDINATION OF BENEFITS QUESTIONNAIRE"],
            ["Subscriber:\t", (nm(rng, c.p, pick(rng, ["full", "last_first", "caps_first"])), "NAME"), "\tDOB:\t",
             (fmt_date(rng, c.dob, pick(rng, ["mdy", "iso"]), abroad=c.p.culture == "wolof_fula"), "DATE")],
            ["SSN:\t", (ssn(rng), "SSN"), "\tDriver's license:\t", (licence(rng)[1], "LICENSE")],
            ["Primary plan:\t", ins(rng), "\tMember ID:\t", (member_id(rng), "HEALTH_PLAN")],
            ["Secondary plan:\t", ins(rng, FUNDS + TPAS), "\tMember ID:\t", (member_id(rng), "HEALTH_PLAN")],
            ["Spouse:\t", (nm(rng, spouse, "full"), "NAME"), "\tEmployer:\t", (emp, "FACILITY")],
            ["Medicare:\t", (mbi(rng), "HEALTH_PLAN"), "\tPart B since:\t", (fmt_date(rng, rdate(rng), "month_y"), "DATE")]]  # fmt: skip
    if k == 0:
        note: list[Line] = [["Claim ", (ident(rng), "ID"), " for ", cpt(rng, "visit"), " and ", cpt(rng, "visit"), " on ",
                 (vdate(rng), "DATE"), " denied: other coverage. ", dept(rng, ["Patient Financial Services"]),
                 " asks for this coordination of benefits form."]]  # fmt: skip
        return note + form + extras(rng, c, 0, 2) + sign(rng, c)
    if k == 1:
        reply: list[Line] = [["This claim was denied because ", ins(rng, TPAS), " shows other coverage. Please complete the "
                  "coordination of benefits update at ", (url(rng, "benefits"), "URL"), "."]]  # fmt: skip
        lines: list[Line] = [*mail_head(rng, c, "RE: claim denied", dept(rng, ["Patient Financial Services"])), [],
                 ["I filled it in. My wife is on ", ins(rng, FUNDS), " through ", (emp, "FACILITY"),
                  " and I have ", ins(rng, MEDICARE), ". Account ", (account(rng), "ACCOUNT"), "."],
                 *quote(reply)]  # fmt: skip
        return lines + extras(rng, c, 0, 2) + sign(rng, c)
    lines = [hdr_cols(rng, c), ["Coordination of benefits call with ", (nm(rng, spouse, "given_sur"), "NAME"), " on ",
                                (vdate(rng), "DATE"), ":"],
             ["- primary ", ins(rng), " (", (member_id(rng), "HEALTH_PLAN"), ")"],
             ["- secondary ", ins(rng, FUNDS + MEDICAID_BY_STATE[c.st]), "; accident related: no"],
             ["- rebill ", cpt(rng, "visit"), " / ", *icd(rng, "general"), " and ", hcpcs(rng, "general")],
             ["-- ", (person(rng).initials, "NAME"), ", ", dept(rng, ["Patient Financial Services", "Patient Access"])]]  # fmt: skip
    return lines + extras(rng, c, 0, 2)


def m_head_lice(rng: random.Random) -> list[Line]:
    c = ctx(rng, young=(2013, 2020))
    parent = person(rng, c.p.culture)
    pc = Ctx(parent, c.town, c.clinic, c.dob, email_of(rng, parent), c.area)
    school = pick(rng, SCHOOLS)
    nurse = person(rng)
    k = rng.randrange(3)
    if k == 0:
        lines: list[Line] = [greet(rng),
                 [(nm(rng, c.p, "given_sur"), "NAME"), " was sent home from ", (school, "FACILITY"), " for head lice on ",
                  (fmt_date(rng, rdate(rng), pick(rng, ["wd_md", "mdy", "mon_d"])), "DATE"), "."],
                 ["We used ", drug(rng, "lice"), " (lot ", (lot(rng), "code"), ", NDC ", (ndc(rng), "code"),
                  ") and combed. The school nurse ", (nm(rng, nurse, "given_sur"), "NAME"), ", RN needs a note to come back."],
                 ["Is ", drug(rng, "lice"), " covered by ", medicaid(rng, c), "? Dx on the receipt: ", *icd(rng, "lice"), "."]]  # fmt: skip
        return lines + extras(rng, pc) + sign(rng, pc)
    if k == 1:
        reply: list[Line] = [["From: ", (nm(rng, nurse, "full"), "NAME"), ", RN, ", (school, "FACILITY")],
                 ["Sent: ", (fmt_date(rng, rdate(rng), "wd_full"), "DATE"), " " + clock(rng)],
                 ["Student ID ", (ident(rng), "ID"), " may return after treatment and a nit check. Please bring "
                  "proof of head lice treatment."]]  # fmt: skip
        lines = [["we did the ", drug(rng, "lice"), " twice and washed everything"],
                 ["- bedding hot cycle"], ["- brushes soaked"],
                 ["- her brother too (", (nm(rng, person(rng, c.p.culture), "given"), "NAME"), ")"],
                 *quote(reply)]  # fmt: skip
        return lines + extras(rng, pc, 1, 2) + sign(rng, pc)
    lines = [["SCHOOL CLEARANCE - HEAD LICE"],
             ["Student: ", (nm(rng, c.p, "last_first"), "NAME"), "   Grade " + str(rng.randint(1, 8)) + "   DOB ",
              (fmt_date(rng, c.dob, "mdy"), "DATE")],
             ["School: ", (school, "FACILITY"), "   Nurse fax: ", (phone(rng, c.area), "FAX")],
             ["Treated with ", drug(rng, "lice"), " on ", (vdate(rng), "DATE"), "; recheck in 9 days."],
             ["Dx ", *icd(rng, "lice", True), "; visit ", cpt(rng, "visit")],
             ["Clinician: ", *staff(rng, ("MD", "NP", "PA-C")), ", ", dept(rng, ["Pediatrics", "Family Medicine"])]]  # fmt: skip
    return lines + extras(rng, pc, 0, 2)


def m_sports(rng: random.Random) -> list[Line]:
    c = ctx(rng, young=(2008, 2013))
    parent = person(rng, c.p.culture)
    pc = Ctx(parent, c.town, c.clinic, c.dob, email_of(rng, parent), c.area)
    school = pick(rng, SCHOOLS)
    sport = pick(rng, ["football", "volleyball", "basketball", "track", "soccer", "wrestling", "cross country"])
    k = rng.randrange(3)
    if k == 0:
        lines: list[Line] = [greet(rng),
                 [(nm(rng, c.p, "given"), "NAME"), " needs a sports physical for " + sport + " at ", (school, "FACILITY"),
                  " before ", (fmt_date(rng, rdate(rng), pick(rng, ["month_dth", "mon_d", "md"])), "DATE"), "."],
                 ["The form asks about fainting and family history - his uncle had ", *epo(rng, "sports"),
                  ". He takes ", drug(rng, "sports"), "."],
                 ["Student ID ", (ident(rng), "ID"), ". Coach ", (nm(rng, person(rng), "sur"), "NAME"), " wants it by email: ",
                  (staff_email(rng, person(rng), school), "EMAIL")]]  # fmt: skip
        return lines + extras(rng, pc) + sign(rng, pc)
    if k == 1:
        lines = [["PRE-PARTICIPATION SPORTS PHYSICAL"],
                 ["Athlete: ", (nm(rng, c.p, pick(rng, ["last_first", "full"])), "NAME"), "  DOB: ",
                  (fmt_date(rng, c.dob, "mdy"), "DATE"), "  Sport: " + sport],
                 ["1. Cardiac screen: ", *epo(rng, "sports"), " - none; ECG ", cpt(rng, "visit")],
                 ["2. Knee: ", *epo(rng, "sports"), " negative"],
                 ["3. Vision 20/" + pick(rng, ["20", "25", "30"]) + " both eyes"],
                 ["4. Meds: ", drug(rng, "sports")],
                 ["Dx ", *icd(rng, "sports"), ". Cleared by ", *staff(rng, ("MD", "DO", "NP", "PA-C")), ", ",
                  dept(rng, ["Sports Medicine", "Pediatrics", "Family Medicine"])],
                 ["Athletic trainer: ", (nm(rng, person(rng), "given_sur"), "NAME"), ", ATC"]]  # fmt: skip
        return lines + extras(rng, c, 0, 2)
    trainer = (nm(rng, person(rng), "given"), "NAME")
    lines = [chat(rng, trainer, "is the sports physical for ", (nm(rng, c.p, "given_sur"), "NAME"), " done?"),
             chat(rng, (nm(rng, parent, "given"), "NAME"), "tomorrow at " + clock(rng) + ". the ", *dev(rng, "heart"),
                  " from cardiology showed nothing, ", *epo(rng, "sports"), " ruled out"),
             chat(rng, trainer, "ok. bring the form to ", (school, "FACILITY"), " office. plan is ", ins(rng)),
             chat(rng, (nm(rng, parent, "given"), "NAME"), "heart monitor serial ", (serial(rng), "DEVICE"),
                  " in case they ask")]  # fmt: skip
    return lines + extras(rng, pc, 1, 2)


MESSAGE_BUILDERS: dict[str, Gen] = {
    "support_animal": m_support_animal, "daycare_meds": m_daycare, "foster_care": m_foster,
    "second_opinion": m_second_opinion, "contact_lens": m_contact_lens, "grab_bar": m_grab_bar, "asl": m_asl,
    "cob": m_cob, "head_lice": m_head_lice, "sports_physical": m_sports,
}  # fmt: skip


# ---------------------------------------------------------------- clinical notes
def age_part(rng: random.Random, born: date, seen: date) -> Line:
    """'Age: 47 years old' (not PHI) or 'Age: 93 years old' with 93 as AGE."""
    years = seen.year - born.year - ((seen.month, seen.day) < (born.month, born.day))
    if years >= 90:
        words = rng.random() < 0.3
        return ["Age: ", (AGE_WORDS[min(years - 90, 12)] if words else str(years), "AGE"), " years old"]
    return [f"Age: {years} years old"]


def c_header(rng: random.Random, c: Ctx, seen: date, service: list[str]) -> list[Line]:
    k = rng.randrange(4)
    visit = (fmt_date(rng, seen, pick(rng, ["mdy", "iso", "mon_d_y", "month_d_y", "dmy_abbr"])), "DATE")
    born = (
        fmt_date(rng, c.dob, pick(rng, ["mdy", "mdy", "iso", "mdy_short"]), abroad=c.p.culture == "wolof_fula"),
        "DATE",
    )
    site = (c.clinic, "FACILITY")
    payer = ins(rng)
    if k == 0:
        return [["PATIENT: ", (nm(rng, c.p, pick(rng, ["full", "last_first", "nick"])), "NAME"), "    DOB: ", born,
                 "    MRN: ", (mrn(rng), "MRN")],
                ["Date of service: ", visit, "    Location: ", site],
                ["Service: ", dept(rng, service), "    Payer: ", payer, " ", (member_id(rng, payer[0]), "HEALTH_PLAN"),
                 "    ", *age_part(rng, c.dob, seen)],
                addr_line(rng, c, "Address: ")]  # fmt: skip
    if k == 1:
        return [["Pt name: ", (nm(rng, c.p, pick(rng, ["last_first", "caps_first"])), "NAME"), "  ",
                 *age_part(rng, c.dob, seen), "  MRN ", (mrn(rng), "MRN")],
                ["Seen ", visit, " at ", site, " (", dept(rng, service), "); payer ", payer]]  # fmt: skip
    if k == 2:
        return [["| Patient | ", (nm(rng, c.p, pick(rng, ["full", "last_first"])), "NAME"), " |"],
                ["| MRN | ", (mrn(rng), "MRN"), " |"], ["| DOB | ", born, " |"], ["| Visit | ", visit, " |"],
                ["| Site | ", site, " / ", dept(rng, service), " |"], ["| Payer | ", payer, " |"],
                ["| Guarantor acct | ", (account(rng), "ACCOUNT"), " |"], ["| SSN | ", (ssn(rng), "SSN"), " |"]]  # fmt: skip
    return [[(nm(rng, c.p, "full"), "NAME"), " (MRN ", (mrn(rng), "MRN"), ", DOB ", born, ") was seen in ",
             dept(rng, service), " at ", site, " on ", visit, ". Payer: ", payer, "."],
            age_part(rng, c.dob, seen)]  # fmt: skip


def c_section(rng: random.Random, label: str, c: Ctx) -> Line:
    st = c.st if c.st in ("LA", "AZ", "NY", "OH", "GA", "MD", "MN", "TX") else ""
    kin = pick(rng, KIN_BY_CULTURE[c.p.culture] + ("daughter", "son", "wife", "husband", "niece"))
    q = person(rng, c.p.culture)
    if label == "Registration: ":
        i = ins(rng)
        return [label, (nm(rng, c.p, "last_first"), "NAME"), ", SSN ", (ssn(rng), "SSN"), ", ", i, " ID ",
                (member_id(rng, i[0]), "HEALTH_PLAN"), ", acct ", (account(rng), "ACCOUNT"), "; ",
                *addr_line(rng, c)]  # fmt: skip
    if label == "Ride home: ":
        if rng.random() < 0.5:
            pst, ps = plate(rng, st)
            car: list[Part] = [f"plate {pst} ", (ps, "VEHICLE")]
        else:
            car = ["VIN ", (vin(rng), "VEHICLE")]
        if c.town[0] in ("Cut Off", "Golden Meadow", "Houma", "Raceland") and rng.random() < 0.5:
            car = ["boat registration ", (boat(rng), "VEHICLE")]
        lst, ls = licence(rng, st)
        return [label, kin + " ", (nm(rng, q, "given_sur"), "NAME"), ", ", *car, f", {lst} DL ", (ls, "LICENSE"),
                ", cell ", (phone(rng, c.area), "PHONE")]  # fmt: skip
    if label == "Portal: ":
        return [label, (c.email, "EMAIL"), ", last login from ", (ip(rng), "IP"), "; visit summary at ",
                (url(rng, c.clinic), "URL")] + (["; 2-step phone IMEI ", (imei(rng), "DEVICE")] if rng.random() < 0.5 else [])  # fmt: skip
    if label == "Copies to: ":
        return [label, *staff(rng), ", ", (pick(rng, [x for v in CLINICS.values() for x in v]), "FACILITY"), ", fax ",
                (phone(rng, c.area), "FAX"), ", NPI ", (npi(rng), "ID")]  # fmt: skip
    if label == "Device registry: ":
        return [label, *dev(rng, "heart"), " SN ", (serial(rng), "DEVICE"), ", placed ",
                (fmt_date(rng, rdate(rng, 2019, 2025), pick(rng, ["mdy", "month_y"])), "DATE"), "; uploads from ",
                (ip(rng), "IP")]  # fmt: skip
    if label == "Next of kin: ":
        age: Line = [", age ", (old_age(rng), "AGE")] if rng.random() < 0.45 else [f", age {rng.randint(30, 86)}"]
        return [label, (nm(rng, q, "full"), "NAME"), f" ({kin}", *age, "), ", (phone(rng, c.area), "PHONE"), ", ",
                *addr_line(rng, c)]  # fmt: skip
    if label == "Employer: ":
        lst, ls = licence(rng, st)
        return [label, (pick(rng, EMPLOYERS), "FACILITY"), ", employee ID ", (ident(rng), "ID"), ", drives unit ",
                (plate(rng, st)[1], "VEHICLE"), ", supervisor ",
                (nm(rng, q, "given_sur"), "NAME"), ", ", (phone(rng, c.area, ext=True), "PHONE"), f"; CDL ({lst}) ",
                (ls, "LICENSE")]  # fmt: skip
    if label == "Interpreter: ":
        lang = {"wolof_fula": pick(rng, ["Wolof", "Pulaar", "French"]), "cajun": "Louisiana French",
                "hopi": pick(rng, ["Hopi", "Tewa"])}[c.p.culture]  # fmt: skip
        return [label, (nm(rng, person(rng, c.p.culture), "given_sur"), "NAME"), f" ({lang}), request ",
                (ident(rng, "INT-"), "ID"), ", by phone ", (phone(rng, c.area), "PHONE")]  # fmt: skip
    if label == "Late entry: ":
        return [label, "on ", (vdate(rng), "DATE"), " at " + clock(rng) + " ", (nm(rng, q, "given_sur"), "NAME"),
                f" ({kin}) called from ", (phone(rng, c.area), "PHONE"), "; email ", (email_of(rng, q), "EMAIL")]  # fmt: skip
    town, country, pre = pick(rng, ABROAD_TOWNS)
    if rng.random() < 0.5:
        return [label, (pick(rng, [x for v in CLINICS.values() for x in v]), "FACILITY"), " MRN ", (mrn(rng), "MRN"),
                ", faxed from ", (phone(rng, c.area), "FAX"), " on ", (vdate(rng), "DATE"), "; link ", (url(rng), "URL")]  # fmt: skip
    return [label, "clinic in ", (town, "LOCATION"), f", {country}, ", (phone_abroad(rng, pre), "PHONE"),
            ", card dated ", (fmt_date(rng, rdate(rng, 2015, 2024), abroad=True), "DATE")]  # fmt: skip


def c_sign(rng: random.Random, creds: tuple[str, ...]) -> list[Line]:
    p = person(rng)
    cred = pick(rng, creds)
    when = rdate(rng)
    k = rng.randrange(4)
    if k == 0:
        line: Line = ["Electronically signed by ", (nm(rng, p, "given_sur"), "NAME"), f", {cred} on ",
                      (fmt_date(rng, when, pick(rng, ["mdy", "iso"])), "DATE"), " " + clock(rng, True)]  # fmt: skip
    elif k == 1:
        line = ["Signed: ", (nm(rng, p, "full"), "NAME"), f", {cred}   ", (fmt_date(rng, when, "mdy"), "DATE")]
    elif k == 2:
        line = ["Attested by ", (nm(rng, p, "given_sur"), "NAME"), f", {cred} (NPI ", (npi(rng), "ID"), ")"]
    else:
        line = ["e-signed ", (p.initials, "NAME"), " ", (fmt_date(rng, when, "mdy_short"), "DATE"), " " + clock(rng)]
    out = [line]
    if rng.random() < 0.4:
        out.append(["DEA ", (dea(rng, p.surname), "LICENSE"), "  NPI ", (npi(rng), "ID")])
    return out


def c_chalazion(rng: random.Random, c: Ctx) -> list[Line]:
    side, code = pick(rng, [("right upper", "H00.11"), ("right lower", "H00.12"), ("left upper", "H00.14"),
                            ("left lower", "H00.15")])  # fmt: skip
    topical = ["erythromycin 0.5% ophthalmic ointment", "Tobradex ointment", "Maxitrol", "doxycycline 50 mg"]
    return [
        ["Procedure: incision and curettage of chalazion, " + side + " eyelid (CPT ", cpt(rng, "chalazion"), "; ",
         (code, "code"), ")."],
        ["Indication: firm nodule for " + str(rng.randint(4, 12)) + " weeks despite warm compresses and ",
         (pick(rng, topical), "drug"), "; ",
         *pick(rng, [[("Meibomian", "eponym"), " gland dysfunction"], [("Zeis", "eponym"), " gland involved"],
                      [("Moll", "eponym"), " gland cyst excluded"]]), ". ", ("Snellen", "eponym"),
         " acuity 20/" + pick(rng, ["20", "25", "30", "40"]) + " OU."],
        ["Anesthesia: ", (pick(rng, ["tetracaine 0.5%", "proparacaine 0.5%"]), "drug"), " drops, then ",
         (pick(rng, ["Xylocaine 1% with epinephrine", "lidocaine 2% with epinephrine"]), "drug"), " 0.5 mL. ",
         *dev(rng, "chalazion"), " clamp applied, vertical conjunctival incision, contents curetted."],
        ["Recurrent lesions get ", ("Kenalog 10 mg/mL", "drug"), " 0.2 mL (", ("J3301", "code"), ", NDC ",
         (ndc(rng), "code"), "); specimen to ",
         dept(rng, ["Pathology"]), " if atypical. Also ", *icd(rng, "chalazion"), ". Follow up in ",
         dept(rng, ["Ophthalmology", "Oculoplastics"]), " on ",
         (fmt_date(rng, rdate(rng), pick(rng, ["md", "mon_d", "wd_md"])), "DATE"), "."],
    ]  # fmt: skip


def c_bone_density(rng: random.Random, c: Ctx) -> list[Line]:
    t = f"-{rng.randint(0, 3)}.{rng.randint(0, 9)}"
    return [
        ["Exam: DXA bone density, lumbar spine and both hips (CPT ", cpt(rng, "dxa"), ") on ", *dev(rng, "dxa"), "."],
        ["History: ", *icd(rng, "dxa", True), "; ", *epo(rng, "dxa"), "; on ", drug(rng, "dxa"), " since ",
         (fmt_date(rng, rdate(rng, 2019, 2024), "month_y"), "DATE"), "."],
        [f"L1-L4 BMD 0.{rng.randint(650, 990)} g/cm2, T-score {t}; femoral neck T-score -{rng.randint(1, 3)}.{rng.randint(0, 9)}."],
        [f"FRAX 10-year major fracture risk {rng.randint(6, 31)}%, hip {rng.randint(1, 9)}.{rng.randint(0, 9)}%. "
         "Compared with prior at ", (pick(rng, CLINICS[c.p.culture]), "FACILITY"), " dated ",
         (fmt_date(rng, rdate(rng, 2020, 2023), pick(rng, ["mdy", "mon_d_y"])), "DATE"), "."],
        ["Impression: ", *icd(rng, "dxa"), ". Consider ", drug(rng, "dxa"), "; ", *epo(rng, "dxa"), " excluded by ",
         dept(rng, ["Endocrinology", "Bone Health Clinic"]), "."],
    ]  # fmt: skip


def c_treadmill(rng: random.Random, c: Ctx) -> list[Line]:
    return [
        ["Exercise treadmill stress test (CPT ", (pick(rng, ["93015", "93015", "93017"]), "code"), "), ",
         pick(rng, ["", "modified "]), ("Bruce", "eponym"), " protocol on ", *dev(rng, "stress"), "."],
        ["Indication: ", *icd(rng, "stress", True), "; ", (pick(rng, ["metoprolol tartrate 25 mg", "Imdur 30 mg"]), "drug"),
         " held 24 h."],
        [f"Exercised {rng.randint(4, 12)}:{rng.randint(0, 59):02d} min to stage {rng.randint(2, 5)}, "
         f"{rng.randint(5, 13)}.{rng.randint(0, 9)} METs, peak HR {rng.randint(120, 175)} "
         f"({rng.randint(78, 101)}% predicted), BP {rng.randint(110, 150)}/{rng.randint(60, 90)} -> "
         f"{rng.randint(150, 210)}/{rng.randint(60, 95)}; ", ("Borg", "eponym"), f" {rng.randint(13, 19)}/20."],
        ["ECG: ", pick(rng, ["1 mm upsloping ST depression", "no ischemic changes", "rare PVCs"]), "; no ",
         (pick(rng, ["Wenckebach", "Mobitz"]), "eponym"), " block. ", ("Duke", "eponym"),
         f" treadmill score {pick(rng, ['+', '-'])}{rng.randint(1, 9)}."],
        ["Plan: ", (pick(rng, ["aspirin 81 mg", "atorvastatin 40 mg", "Ranexa 500 mg", "Brilinta 90 mg"]), "drug"),
         "; if equivocal, pharmacologic study with ", (pick(rng, ["Lexiscan 0.4 mg", "regadenoson 0.4 mg"]), "drug"),
         " (", hcpcs(rng, "inject"), ") in ", dept(rng, ["Cardiac Stress Lab", "Noninvasive Cardiology", "Cardiology"]),
         " (", *icd(rng, "stress"), ")."],
    ]  # fmt: skip


def c_nursemaid(rng: random.Random, c: Ctx) -> list[Line]:
    side, code = pick(rng, [("right", "S53.031A"), ("left", "S53.032A")])
    kin = pick(rng, KIN_BY_CULTURE[c.p.culture] + ("mother", "father", "babysitter"))
    a, b = rng.sample(["Monteggia", "Galeazzi", "Salter-Harris", "Gartland"], 2)
    return [
        [f"Dx: nursemaid's elbow (radial head subluxation), {side} (", (code, "code"), "); CPT ", ("24640", "code"),
         ", ", (pick(rng, ["99283", "99213", "99203"]), "code"), "."],
        [f"Age: {rng.randint(1, 5)} years old. Pulled up by the hand by {kin} (",
         (nm(rng, person(rng, c.p.culture), "given"), "NAME"), ") at " + clock(rng) + "; holding arm pronated since."],
        ["No swelling or point tenderness; ", (a, "eponym"), " " + EPONYM_TAIL[a], " and ", (b, "eponym"),
         " " + EPONYM_TAIL[b], " considered, no X-ray needed."],
        ["Reduction by hyperpronation, palpable click; using the arm within 15 min. ", drug(rng, "nursemaid"), " "
         + str(rng.randint(4, 9)) + " mL given."],
        ["Sling not needed (", *dev(rng, "sling"), " offered). Seen in ",
         dept(rng, ["Pediatric Emergency Department", "Pediatric Urgent Care", "Pediatrics"]), "."],
    ]  # fmt: skip


def c_lipoma(rng: random.Random, c: Ctx) -> list[Line]:
    size = f"{rng.randint(1, 6)}.{rng.randint(0, 9)} cm"
    a, b = rng.sample(["Metzenbaum", "Adson", "Mayo"], 2)
    site, code = pick(rng, [("upper back", "D17.1"), ("flank", "D17.1"), ("right forearm", "D17.21"),
                            ("left shoulder", "D17.22"), ("posterior neck", "D17.0"), ("left thigh", "D17.39")])  # fmt: skip
    return [
        [f"Procedure: excision of subcutaneous lipoma, {site}, {size} (CPT ", cpt(rng, "lipoma"), "; ", (code, "code"), ")."],
        ["Local: ", (pick(rng, ["lidocaine 1%", "Xylocaine 1% with epinephrine", "Marcaine 0.25%"]), "drug"),
         " 8 mL. Elliptical incision along ", ("Langer", "eponym"), " lines; ", (a, "eponym"), " " + EPONYM_TAIL[a],
         " and ", (b, "eponym"), " " + EPONYM_TAIL[b], " for blunt dissection. No sign of ",
         (pick(rng, ["Dercum", "Madelung"]), "eponym"), " disease."],
        ["Closed with ", ("Ethicon", "maker"), " ", (pick(rng, ["Monocryl 4-0", "Vicryl 3-0"]), "model"),
         " and ", *pick(rng, [[("Dermabond", "model")], [("3M", "maker"), " ", ("Steri-Strip R1547", "model")]]),
         "; CPT ", ("12032", "code"), " added."],
        ["Specimen to ", dept(rng, ["Pathology"]), " (", ("88304", "code"), "). ",
         (pick(rng, ["Tylenol 500 mg", "Norco 5/325", "Keflex 500 mg"]), "drug"), " as needed. Suture check ",
         (fmt_date(rng, rdate(rng), pick(rng, ["md", "mon_d", "month_dth"])), "DATE"),
         " in ", dept(rng, ["General Surgery", "Dermatology", "Minor Procedures"]), "."],
    ]  # fmt: skip


def c_endometrial(rng: random.Random, c: Ctx) -> list[Line]:
    pills = [
        "Camila 0.35 mg",
        "Errin 0.35 mg",
        "Heather 0.35 mg",
        "Nikki",
        "Hailey 1.5/30",
        "Lyza 0.35 mg",
        "Jolivette",
    ]
    return [
        ["Procedure: endometrial biopsy (CPT ", ("58100", "code"), ") for ", *icd(rng, "emb", True), "; ultrasound ",
         ("76830", "code"), " on ", (fmt_date(rng, rdate(rng), pick(rng, ["md", "mon_d", "mdy"])), "DATE"), "."],
        ["Meds: ", (pick(rng, pills), "drug"), "; previously ", (pick(rng, pills + ["Mirena", "Provera 10 mg"]), "drug"),
         "; ", (pick(rng, ["ibuprofen 800 mg", "Cytotec 400 mcg"]), "drug"), " (NDC ", (ndc(rng), "code"),
         ") 1 h before. ", (pick(rng, ["Lynch", "Cowden"]), "eponym"), " syndrome history reviewed."],
        [(pick(rng, ["Graves", "Pederson"]), "eponym"), " speculum placed, cervix cleansed, ", ("Pozzi", "eponym"),
         " tenaculum on the anterior lip; uterus sounded to " + str(rng.randint(6, 9)) + " cm."],
        [*dev(rng, "emb"), ", two passes, adequate tissue to ", dept(rng, ["Pathology"]), " (", ("88305", "code"), ")."],
        ["Results by portal in 7-10 days; ", dept(rng, ["Gynecology"]), " follow-up ",
         (fmt_date(rng, rdate(rng), pick(rng, ["wd_md", "mon_d", "mdy"])), "DATE"), ". Code also ", *icd(rng, "emb"), "."],
    ]  # fmt: skip


def c_plantar(rng: random.Random, c: Ctx) -> list[Line]:
    side, code = pick(rng, [("right", "M79.671"), ("left", "M79.672")])
    steroid, j = pick(rng, [("Kenalog-40", "J3301"), ("Depo-Medrol 40 mg", "J1030"), ("dexamethasone 4 mg", "J1100")])
    return [
        [f"Procedure: plantar fascia corticosteroid injection, {side} heel (CPT ", (pick(rng, ["20550", "20551"]), "code"),
         "; ", ("M72.2", "code"), ", ", (code, "code"), ")."],
        ["Pain " + str(rng.randint(3, 14)) + " months, worst first steps. ", ("Tinel", "eponym"),
         " sign at the tarsal tunnel negative; ", ("Baxter", "eponym"), " nerve entrapment considered; ",
         (pick(rng, ["Achilles", "Haglund"]), "eponym"), " " + pick(rng, ["tightness", "deformity"]) + " noted."],
        ["Injected ", (steroid, "drug"), " 1 mL (", (j, "code"), ", lot ", (lot(rng), "code"), ", NDC ", (ndc(rng), "code"),
         ") with ", (pick(rng, ["Marcaine 0.5%", "lidocaine 1%"]), "drug"), " 1 mL, medial approach."],
        ["Night splint: ", *pick(rng, [[("Ossur", "maker"), " ", ("Formfit Night Splint", "model")],
                                       [("DJO", "maker"), " ", ("Dorsal Night Splint", "model")],
                                       [("Aircast", "maker"), " ", ("AirHeel", "model")]]),
         "; insoles ", *pick(rng, [[("Powerstep", "maker"), " ", ("Pinnacle Maxx", "model")],
                                    [("Superfeet", "maker"), " ", ("Green", "model")]]),
         " (", ("L3000", "code"), "). ", (pick(rng, ["meloxicam 15 mg", "naproxen 500 mg"]), "drug"), " for two weeks."],
        ["Return to ", dept(rng, ["Podiatry", "Foot and Ankle Clinic"]), " in 6 weeks; ",
         (pick(rng, ["Morton", "Sever"]), "eponym"), pick(rng, [" neuroma", " disease"]) + " not suspected."],
    ]  # fmt: skip


def c_unna(rng: random.Random, c: Ctx) -> list[Line]:
    side = pick(rng, ["right", "left"])
    code = {"right": pick(rng, ["I87.311", "L97.311"]), "left": pick(rng, ["I87.312", "L97.321"])}[side]
    return [
        [("Unna", "eponym"), f" boot application, {side} leg (CPT ", ("29580", "code"), pick(rng, ["", "; 97597 not done"]), "), for ",
         (code, "code"), " and ", ("I87.2", "code"), " venous insufficiency."],
        ["Ulcer " + str(rng.randint(1, 6)) + "." + str(rng.randint(0, 9)) + " x " + str(rng.randint(1, 4)) + "."
         + str(rng.randint(0, 9)) + " cm, granular; ", ("Doppler", "eponym"), " ankle-brachial index 0."
         + str(rng.randint(80, 99)) + "; ", ("Homans", "eponym"), " sign negative, ", ("Wells", "eponym"), " score "
         + str(rng.randint(0, 1)) + "."],
        ["Applied ", *pick(rng, [[("Smith+Nephew", "maker"), " ", ("Viscopaste PB7", "model")],
                                 [("ConvaTec", "maker"), " ", ("Unna-Flex Plus", "model")],
                                 [("Medline", "maker"), " ", ("Unna-Z", "model")],
                                 [("Essity", "maker"), " ", ("Gelocast", "model")]]),
         " (", ("A6456", "code"), ") toes to knee, then ", *pick(rng, [[("3M", "maker"), " ", ("Coban 2", "model")],
                                                                     [("Smith+Nephew", "maker"), " ", ("Profore", "model")]]),
         "."],
        ["Meds: ", drug(rng, "unna"), ", ", drug(rng, "unna"), ". ", (pick(rng, ["Trendelenburg", "Virchow"]), "eponym"),
         pick(rng, [" test positive for reflux", " triad factors reviewed"]) + "."],
        ["Change weekly in ", dept(rng, ["Wound Clinic", "Vascular Surgery"]), "; next ",
         (fmt_date(rng, rdate(rng), pick(rng, ["wd_md", "md", "mon_d"])), "DATE"), "."],
    ]  # fmt: skip


CLINICAL_BUILDERS: dict[str, tuple[Callable[[random.Random, Ctx], list[Line]], list[str], tuple[str, ...]]] = {
    "chalazion": (c_chalazion, ["Ophthalmology", "Oculoplastics"], ("MD", "DO", "OD")),
    "bone_density": (c_bone_density, ["Radiology", "Bone Health Clinic", "Endocrinology"], ("MD", "DO")),
    "treadmill": (c_treadmill, ["Cardiology", "Cardiac Stress Lab", "Noninvasive Cardiology"], ("MD", "DO", "NP")),
    "nursemaid": (c_nursemaid, ["Pediatric Emergency Department", "Pediatric Urgent Care"], ("MD", "DO", "NP", "PA-C")),
    "lipoma": (c_lipoma, ["General Surgery", "Dermatology", "Minor Procedures"], ("MD", "DO", "PA-C")),
    "endometrial": (c_endometrial, ["Gynecology", "Family Medicine"], ("MD", "DO", "CNM", "NP")),
    "plantar": (c_plantar, ["Podiatry", "Foot and Ankle Clinic"], ("DPM",)),
    "unna": (c_unna, ["Wound Clinic", "Vascular Surgery"], ("MD", "NP", "RN", "LPN")),
}


def clinical_note(rng: random.Random, genre: str) -> list[Line]:
    body, service, creds = CLINICAL_BUILDERS[genre]
    young = genre == "nursemaid"
    c = ctx(rng, female=True if genre == "endometrial" else None, young=(2020, 2024) if young else None)
    if young:
        pass
    elif rng.random() < 0.3 and genre != "chalazion":
        c.dob = dob(rng, 1922, 1935)
    elif genre in ("bone_density", "unna", "endometrial"):
        c.dob = dob(rng, 1936, 1976)
    seen = rdate(rng, 2025, 2026)
    labels = list(SECTION_LABELS)
    rng.shuffle(labels)
    sections = [c_section(rng, lab, c) for lab in labels[: rng.choice([1, 2, 2, 3, 3])]]
    lines: list[Line] = c_header(rng, c, seen, service) + body(rng, c)
    where = rng.randint(0, 1)
    lines = lines + sections + c_sign(rng, creds) if where else lines + c_sign(rng, creds)[:1] + sections
    return lines


# ---------------------------------------------------------------- rows
_LEAKS = (r"\S+@\S+\.[a-z]{2,}", r"(?i)https?://|www\.", r"\b\d{1,3}(\.\d{1,3}){3}\b", r"\b(19|20)\d\d-\d\d-\d\d\b",
          r"\b\d{1,2}/\d{1,2}/(19|20)?\d\d\b", r"\(\d{3}\) ?\d{3}-\d{4}", r"\b\d{3}[-.]\d{3}[-.]\d{4}\b",
          r"\b\d{3}-\d{2}-\d{4}\b", r"\+\d{1,3} \d", r"\b[A-HJ-NPR-Z0-9]{17}\b", r"\b\d{15}\b",
          r"\b\d{4} \d{4} \d{4} \d{4}\b")  # fmt: skip


def _usable(row: dict, family: str, genre_index: int) -> bool:
    text = row["text"]
    hits = [j for j, m in enumerate(GENRE_MARKS[family]) if re.search(m, text, re.I | re.M)]
    if hits != [genre_index] or not text.isascii():
        return False
    blank = text
    for p in row["phi"]:
        blank = blank[: p["start"]] + "x" * (p["end"] - p["start"]) + blank[p["end"] :]
    if any(re.search(pattern, blank) for pattern in _LEAKS):
        return False
    if family == "clinical":
        n = len(re.findall("|".join(re.escape(s) for s in SECTION_LABELS), text))
        return 150 <= len(text) <= 1500 and 1 <= n <= 3
    return True


def _chat_clock(rng: random.Random, lines: list[Line]) -> list[Line]:
    """Chat lines' clock times in order."""
    minute = rng.randint(7 * 60, 17 * 60)
    out = []
    for line in lines:
        if line and isinstance(line[0], str) and re.fullmatch(r"\[\d{1,2}:\d{2} [AP]M\] ", line[0]):
            h, m = divmod(minute, 60)
            line = [f"[{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}] ", *line[1:]]
            minute += rng.randint(1, 25)
        out.append(line)
    return out


def generate(family: str, n: int, seed: int) -> list[dict]:
    """`n` rows of `family` ("messages" or "clinical") drawn with `seed`."""
    if family not in FAMILIES:
        raise ValueError(family)
    rng = random.Random(seed)
    genres = MESSAGE_GENRES if family == "messages" else CLINICAL_GENRES
    rows: list[dict] = []
    seen: set[str] = set()
    for i in range(n):
        g = i % len(genres)
        for _ in range(500):
            if family == "messages":
                lines: list[Line] = _chat_clock(rng, MESSAGE_BUILDERS[genres[g]](rng))
                r = rng.random()
                case = "upper" if r < 0.055 else "lower" if r < 0.11 else ""
            else:
                lines, case = clinical_note(rng, genres[g]), ""
            row = render(lines, case)
            if row["text"] not in seen and _usable(row, family, g):
                break
        else:
            raise RuntimeError(f"no usable {family} row {i}")
        seen.add(row["text"])
        rows.append({"id": f"eval25-{family}-{i}", "family": family, **row})
    return rows


def dumps(rows: list[dict]) -> str:
    """The rows as JSONL, one per line."""
    return "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--family", choices=FAMILIES, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dumps(generate(args.family, args.n, args.seed)), encoding="utf-8")


if __name__ == "__main__":
    main()
