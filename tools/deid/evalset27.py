"""Twenty-seventh independent de-identification evaluation set (eval27): cruise ship medical centre
follow-ups (shipboard visit summaries, booking numbers, seasickness drugs, `|` charge tables, phones at
the next port), volunteer firefighter NFPA 1582 physicals (department badge numbers, SCBA and fit-test
makers and models, tab tables of treadmill and spirometry results, numbered steps), gestational carrier
screening messages (agency case numbers, IVF clinics, embryo transfer dates, quoted agency replies),
study abroad health clearance forms (student IDs, passport numbers, host universities abroad, travel
vaccines with lots and NDCs, forwarded-mail headers), medication shortage substitution notices from
pharmacies (`|` tables of the drug short, its NDC and the substitute, chat lines with clock times),
medical tourism complication follow-ups (surgery abroad, implant makers and models, clinics and phones
in Mexico, Turkey, Costa Rica, the Philippines, Bosnia and Cameroon), AI scribe visit recording consent
and opt-out messages (scribe makers and product names, recording IDs, device IMEIs, portal IPs),
military enlistment (MEPS) medical record requests (recruiters, DoD IDs, SSNs, header columns set apart
by spaces), boxing and MMA athletic commission licence physicals (fighter licence numbers, bout dates,
eye charts and scans) and food handler return-to-work clearances (health department case numbers,
restaurants, stool panels and their makers) (`messages`); and canalith repositioning for benign
paroxysmal positional vertigo, first dorsal compartment (de Quervain) injections, tracheostomy tube
changes, cervical cerclage placements, closed reductions of nasal fractures, tuberculin skin test
placements and reads, lumbar medial branch blocks and molluscum contagiosum treatments (`clinical`;
150-1,500 characters). Each genre occurs equally often (thirty rows per genre in `messages`, fifteen in
`clinical`, in turn). About one message in eighteen is all capitals and one in eighteen all lower
case; layouts include key: value and tab forms, `|` tables, bullets ("- " and "* "), numbered lists,
"> " quoted replies, chat lines with clock times ("[9:05 AM] Rowena: ..."), signatures with initials
("-- RDP"), forwarded-mail headers ("Sent: ") and header lines whose columns are set apart by runs of
spaces ("Patient: ...    MRN: ..."). Every clinical note has a header (PATIENT:, Pt name:, a `|` table
or a sentence with "(MRN ..."), one to three sections that carry further identifiers
(``SECTION_LABELS``) and a signature line ("Electronically signed by", "Signed:", "Authenticated by" or
"Dictated by"), some with an NPI and a DEA number.

Written by a writer who read only `tests/deid/evalset_checks.py`, `tests/deid/test_evalset26.py`,
`tests/deid/conftest.py`, `tests/deid/test_evalset_generators.py`, the module docstrings of
`tools/deid/evalset3.py` ... `tools/deid/evalset26.py` (nothing below them), the API (signatures and
docstrings) of `tools/deid/faker_tables.py` and `medcode/deid/types.py`, `datasets/deid/README.md` and
the ruff and mypy sections of `pyproject.toml`. evalset26 was imported only to list the names of its
public objects, the signatures of `generate`, `dumps`, `provenance_problems` and `main` and the values
of `KEEP_KINDS`, `FAMILIES`, the genre tuples and `SECTION_LABELS`; none of its code was read. None of
the de-identifier's rules, recognizers, lexicons, keep lists, models or engine, none of the other
generators' code, no commit message and none of the sets under `datasets/` or `build/` were read (the
names of the Faker package's person-provider locale folders in the virtualenv were listed, to pick cultures that
no Faker table covers, and no table in them was opened). The de-identifier was never run on this text.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters them.
This family brings text shapes, values and names nobody tuned on, and many keep terms written in
varied ways and places (in sentences, in key: value and tab fields, in `|` tables, in chat lines and
bullets): device makers and model names and numbers that look like people, places or words
("Passy-Muir", "Bird & Cronin", "Suki", "Abridge", "Summit Medical", "Scott Safety", "Pajunk",
"Shiley 6DCT", "Quantifit2", "DAX Copilot", "Motiva Ergonomix"), regional, Medicaid managed-care,
Medicare Advantage, travel, firefighter and athletic accident plans ("HMSA", "AlohaCare", "Passport
Health Plan", "Jai Medical Systems", "Home State Health", "Iowa Total Care", "Health Plan of San Mateo",
"Seven Corners", "GeoBlue", "VFIS", "K&K Insurance"), brand names that look like given names, words or
places ("Makena", "Afrin", "Ocean", "Bonine", "Antivert 25 mg", "Tubersol", "Aplisol", "Ycanth",
"Arava", "Savella", "Latuda"), eponyms with and without their head word, some of which are surnames,
words or towns ("Epley", "Semont", "Brandt-Daroff", "Frenzel", "Eichhoff", "McDonald", "Shirodkar",
"Walsham", "Boies", "Cottle", "Quincke", "Chiba", "Luer", "Fowler", "Norwalk", "Salmonella",
"Penrose", "Scarpa", "Ishihara", "Gerkin"), departments, and ICD-10-CM, CPT, HCPCS and NDC codes and
lot numbers in prose and in lists, to measure over-redaction.

Locales: none. ``NAME_LOCALES``, ``CITY_LOCALES``, ``ORG_LOCALES``, ``LOCALES`` and ``FAKER_TABLES``
are empty and ``provenance_problems()`` returns []. Names come from hand-written lists of three naming
cultures no earlier family used, in the Latin spellings met on US papers, with variants: Filipino
(Ilocano and Tagalog families in Daly City, Vallejo, Milpitas, National City, Waipahu, Kapolei, Hilo,
Jersey City, Bergenfield, Henderson and Virginia Beach: Spanish and American given names and their
short forms, "Maria Luisa" / "Ma. Luisa" / "Marialuisa", "Milagros" / "Mila", "Rodolfo" / "Rudy";
the mother's maiden surname as the middle name, written as an initial, "Rowena B. Agbayani"; surnames
with particles joined, spaced or hyphenated, "Dela Cruz" / "Delacruz" / "De la Cruz" / "Dela-Cruz",
"De Guzman" / "DeGuzman", "Delos Santos" / "Delossantos", "Sta. Maria" / "Santa Maria"; Ilocano
surnames, "Agbayani", "Bagaoisan", "Macaraeg" / "Makaraeg", "Quiambao" / "Kiambao"; nicknames in
quotes, 'Rodolfo "Boy" Pascua Jr.', 'Reynaldo "Bong" Dumlao'; "Jr." and "III"), Bosnian (Bosniak
families in St. Louis, Affton, Utica, Bowling Green, Des Moines, Jacksonville, Erie and Twin Falls:
Bosniak given names, "Mirsad", "Senad", "Dzenana" / "Djenana" / "Jenana", "Dzevad" / "Djevad" /
"Jevad"; "-ic" surnames written without their diacritics, with an Americanised "-ich" or a registrar's
"dj" / "j" for "dz", "Hodzic" / "Hodzich" / "Hodjic", "Mehmedovic" / "Mehmedovich", "Dzafic" /
"Djafic" / "Jafic", "Catic" / "Chatic"; nicknames in quotes, 'Mirsad "Miki" Begic'; hyphenated
married names, "Hodzic-Begic"; Bosnian papers written surname first in capitals, "HODZIC Emir", with
day-first dates with dots, "14.03.1957") and Cameroonian (Bamileke and Anglophone families in Silver
Spring, Bowie, Laurel, Hyattsville, Lanham, Germantown, Houston and Katy: French given names, often
two, "Brice Ulrich", "Jean-Paul" / "Jean Paul", beside Anglophone virtue names, "Divine", "Blessing",
"Glory"; Bamileke surnames, "Fotso", "Kamga", "Tchoumi" / "Choumi", "Tchinda" / "Chinda", "Djoumessi"
/ "Joumessi", and Anglophone ones, "Tabe", "Ebai", "Ashu", "Tanyi" / "Tanyie", "Nfor" / "Nforh",
"Mbah" / "Mba", "Fru"; two surnames, "Armelle Fotso Kamga", which a registrar may hyphenate,
"Fotso-Kamga"; papers written surname first in capitals, "FOTSO KAMGA Brice Ulrich", with day-first
dates, "14/03/1957"). Words for relatives used instead of a name (``KIN_WORDS``: Filipino "Lola",
"Lolo", "Manang", "Manong", "Ate", "Kuya", "Tita", "Tito", "Nanay", "Tatay"; Bosnian "Nana", "Dedo",
"Majka", "Tetka", "Amidza", "Daidza", "Hala"; Cameroonian Pidgin and French "Mami", "Papa", "Mbombo",
"Grand Mami", "Tantine", "Tonton") are not PHI, nor are titles ("Dr.", "Mr.", "Mrs.", "Ms.", "Capt.",
"Lt.", "Sgt.", "Chief", "Pastor", "Coach"). Towns come from hand-written lists (``US_TOWNS`` with
state, ZIP codes and area codes; ``ABROAD_TOWNS`` in the Philippines, Bosnia and Herzegovina,
Cameroon, Mexico, Turkey and Costa Rica, with phones there), as do streets, facilities, insurers, makers
and models. Numbers, dates, codes and identifiers come from this module's own seeded
``random.Random``; no Faker is used, so a seed reproduces its file byte for byte. All text is ASCII.

Annotation conventions (the 18 Safe Harbor identifiers as the project's PHI types): NAME is a
person's name as written (patients, carriers, intended parents, students, firefighters, fighters,
recruiters, cooks, crew, clinicians, coordinators, staff), one span: "Given Surname", "Given M.
Surname", "Given Surname-Second", "SURNAME, Given", "SURNAME Given", 'Given "Nick" Surname', "Given
Surname Jr.", all capitals, all lower case, a given name or a surname alone, and two to four capital
initials that sign a message or a note ("-- RDP"). Titles stay outside the span, as do credentials
(", MD", ", DO", ", NP", ", PA-C", ", RN", ", LPN", ", MA", ", RRT", ", CNM", ", PharmD"), a possessive
"'s" and kinship words. An e-mail address is EMAIL even when it holds a name. DATE is every date
element more specific than a year, one span with its year if it has one and with a weekday written
next to it ("03/14/2025", "3/14/2025", "3/14/25", "2025-03-14", "14-Mar-2025", "Mar 14, 2025", "March
14, 2025", "14 March 2025", "3/14", "Mar 14", "March 14th", "Fri 3/14/2025", "Friday, March 14, 2025",
and from Bosnian and Cameroonian papers "14.03.1957" and "14/03/1957"). Clock times, durations, doses,
induration millimetres, scores, grades, tube sizes, cabin and room numbers are not PHI. AGE is PHI
only when 90 or more, the number or the words alone ("96", "ninety-four", "one hundred and one");
younger ages stay in the text unannotated. LOCATION is a town or city (US or abroad); states and
countries are not PHI, and a town inside an organisation's name is part of the FACILITY span. ADDRESS
is the street line with its unit ("Apt 4C", "#12", "Unit 4") or a PO Box; ZIP is a US ZIP with its +4
when written. PHONE and FAX include "+1", "1-", an extension and the country codes "+63", "+387",
"+237", "+52", "+90" and "+506"; a number labelled fax is FAX. EMAIL, URL (with "https://") and IP
(IPv4 or IPv6) are whole tokens. SSN in any of its shapes. MRN is a medical record number: 8 to 10
digits, its last a Luhn check digit, sometimes a hyphen after the first two. ACCOUNT is a billing,
guarantor, shipboard folio or payment card number (cards 16 digits, Luhn). HEALTH_PLAN is a member,
subscriber, Medicaid recipient, travel or accident plan number or a Medicare MBI. LICENSE is a
driver's licence (the shapes of CA, HI, NJ, NV, VA, MO, NY, KY, IA, FL, PA, ID, MD and TX), a fighter's
athletic commission licence or a DEA registration (its check digit right). VEHICLE is a plate or a VIN
(its check digit right). DEVICE is the serial number of a device a patient uses or carries (home
ventilator, suction machine, humidifier, CPAP, hearing aid, glucose sensor, stimulator, speaking valve)
or a phone IMEI (Luhn). ID is every other identifying number: cruise booking, crew, department badge,
agency case, student, passport, recording, DoD, bout, health department case, employee and ticket
numbers, and NPIs (Luhn with the 80840 prefix). FACILITY is every organisation named (hospitals,
clinics, pharmacies, cruise lines, fire departments, surrogacy agencies, universities, recruiting
stations, gyms, commissions, restaurants, health departments), one span. Not PHI and kept (``keep``,
kinds in ``KEEP_KINDS``): drugs, with their doses when written (drug); ICD-10-CM codes, CPT-shaped
numbers, HCPCS codes, NDC codes and lot numbers (code); makers (maker); model names and model numbers
(model); insurers, Medicaid plans, Medicare Advantage plans, travel, firefighter and athletic accident
plans (insurer); eponyms, the name only (eponym) and departments (department). No keep term ever
occurs inside a PHI span (a term that does in some row is left out of that row's list).

    python -m tools.deid.evalset27 --family messages --n 300 --seed 5401 --out datasets/deid/eval27_messages.jsonl
    python -m tools.deid.evalset27 --family clinical --n 120 --seed 5402 --out datasets/deid/eval27_clinical.jsonl

Seeds 5501 / 5502 are reserved for tuning (``--out build/deid-fresh/eval27t_messages.jsonl`` and
``--out build/deid-fresh/eval27t_clinical.jsonl``); keep the two committed files for measurement.
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

FAMILIES = ("messages", "clinical")
KEEP_KINDS = ("drug", "code", "maker", "model", "insurer", "eponym", "department")
MESSAGE_GENRES = (
    "cruise",
    "firefighter",
    "carrier",
    "study_abroad",
    "shortage",
    "tourism",
    "scribe",
    "enlistment",
    "combat",
    "food_handler",
)
CLINICAL_GENRES = (
    "epley",
    "dequervain",
    "trach_change",
    "cerclage",
    "nasal_reduction",
    "tst",
    "medial_branch",
    "molluscum",
)
SECTION_LABELS = (
    "Registration: ",
    "Next of kin: ",
    "Portal: ",
    "Billing: ",
    "Driver: ",
    "Devices on file: ",
    "Copies to: ",
    "Outside records: ",
)
GENRE_MARKS = {
    "messages": (
        r"\bcruise\b",
        r"NFPA 1582",
        r"gestational carrier",
        r"study abroad",
        r"\bshortage\b",
        r"medical tourism",
        r"AI scribe",
        r"\bMEPS\b",
        r"athletic commission",
        r"food handler",
    ),
    "clinical": (
        r"canalith repositioning",
        r"first dorsal compartment",
        r"tracheostomy tube change",
        r"\bcerclage\b",
        r"nasal fracture",
        r"tuberculin skin test",
        r"medial branch block",
        r"\bmolluscum\b",
    ),
}

NAME_LOCALES: tuple[str, ...] = ()
CITY_LOCALES: tuple[str, ...] = ()
ORG_LOCALES: tuple[str, ...] = ()
LOCALES: tuple[str, ...] = ()
FAKER_TABLES: dict[str, list[tuple[str, str]]] = {}

# ---------------------------------------------------------------- names (each entry: its variant spellings)
PH_GIVEN_F = (("Maria Luisa", "Ma. Luisa", "Marialuisa"), ("Rowena",), ("Marites", "Maritess"), ("Jennilyn", "Jenalyn"),
              ("Lovely",), ("Mary Grace", "Marygrace"), ("Rosalinda",), ("Evangeline", "Vangie"), ("Corazon", "Cora"),
              ("Perlita",), ("Editha", "Edita"), ("Analyn", "Annalyn"), ("Charmaine",), ("Imelda",), ("Precious",),
              ("Milagros", "Mila"), ("Remedios", "Remy"), ("Teresita", "Tess"))  # fmt: skip
PH_GIVEN_M = (("Rodolfo", "Rudy"), ("Arnel",), ("Rodel",), ("Ronaldo", "Ronald"), ("Ernesto", "Erning"),
              ("Danilo", "Danny"), ("Reynaldo", "Rey"), ("Bienvenido", "Ben"), ("Florencio",), ("Crisanto",),
              ("Marlon",), ("Jericho",), ("Efren",), ("Virgilio", "Virgil"), ("Wilfredo", "Fred"), ("Nestor",),
              ("Dionisio",), ("Rommel",))  # fmt: skip
PH_SURNAMES = (("Dela Cruz", "Delacruz", "De la Cruz", "Dela-Cruz"), ("De Guzman", "DeGuzman", "Deguzman"),
               ("Delos Santos", "De los Santos", "Delossantos"), ("Agbayani", "Agbayane"), ("Dumlao",), ("Pascua",),
               ("Bagaoisan", "Bagayaoisan"), ("Cabanilla", "Cabanila"), ("Macaraeg", "Makaraeg"), ("Ancheta",),
               ("Quiambao", "Kiambao"), ("Pangilinan",), ("Tolentino",), ("Galang",), ("Villanueva", "Villaneuva"),
               ("Sta. Maria", "Santa Maria", "Stamaria"), ("Dimaculangan",), ("Batungbakal",), ("Manalastas",),
               ("Ramos",))  # fmt: skip
PH_NICKS = ("Boy", "Jun", "Bong", "Jojo", "Bing", "Baby", "Dodong", "Inday", "Nene", "Pinky")
BA_GIVEN_F = (("Amra",), ("Jasmina", "Yasmina"), ("Azra",), ("Senada",), ("Alma",), ("Aida", "Ajda"), ("Emina",),
              ("Mersiha", "Mersija"), ("Selma",), ("Dzenana", "Djenana", "Jenana"), ("Sabina",), ("Fadila",),
              ("Hajra", "Hajrija"), ("Enisa",), ("Lejla", "Leila"), ("Merima",), ("Zehra", "Zehrija"), ("Nermina",))  # fmt: skip
BA_GIVEN_M = (("Emir",), ("Mirsad",), ("Senad",), ("Edin",), ("Fikret",), ("Hasan", "Hassan"), ("Almir",),
              ("Elvedin", "Elvidin"), ("Haris",), ("Sead", "Sejad"), ("Nermin",), ("Dzevad", "Djevad", "Jevad"),
              ("Muhamed", "Mehmed"), ("Adnan",), ("Kemal",), ("Samir",), ("Suad",), ("Zijad", "Ziad"))  # fmt: skip
BA_SURNAMES = (("Hodzic", "Hodzich", "Hodjic"), ("Mehmedovic", "Mehmedovich"), ("Begic", "Begich"),
               ("Alic", "Alich", "Allic"), ("Husic", "Husich"), ("Muratovic", "Muratovich"), ("Salihovic", "Salihovich"),
               ("Ibrahimovic", "Ibrahimovich"), ("Hadzic", "Hadzich", "Hadjic"), ("Delic", "Delich"),
               ("Mujkic", "Mujkich"), ("Selimovic", "Selimovich"), ("Dzafic", "Djafic", "Jafic"), ("Catic", "Chatic"),
               ("Smajic", "Smajich"), ("Halilovic", "Halilovich"), ("Omerovic", "Omerovich"), ("Softic", "Softich"),
               ("Karic", "Karich"), ("Bajramovic", "Bajramovich"))  # fmt: skip
BA_NICKS = ("Miki", "Sejo", "Seki", "Dino", "Meho", "Kemo", "Suljo", "Hase", "Fiko", "Zeko")
CM_GIVEN_F = (("Armelle",), ("Gaelle", "Gaele"), ("Carine", "Karine"), ("Sandrine",), ("Laure",), ("Nadege", "Nadeje"),
              ("Brigitte",), ("Larissa",), ("Blessing",), ("Glory",), ("Mirabel", "Mirabelle"), ("Nkeng",), ("Manka",),
              ("Prudence",), ("Delphine",), ("Ghislaine",), ("Marie-Claire", "Marie Claire"), ("Edith",))  # fmt: skip
CM_GIVEN_M = (("Brice",), ("Ulrich",), ("Blaise",), ("Herve",), ("Ghislain",), ("Yannick", "Yanick"), ("Franck",),
              ("Cyrille", "Cyril"), ("Rodrigue",), ("Jean-Paul", "Jean Paul", "Jeanpaul"), ("Divine",), ("Clovis",),
              ("Achille",), ("Arsene",), ("Serge",), ("Landry",), ("Boris",), ("Fabrice",))  # fmt: skip
CM_SURNAMES = (("Fotso",), ("Kamga", "Kamgha"), ("Tchoumi", "Choumi"), ("Kamdem",), ("Tchinda", "Chinda"),
               ("Djoumessi", "Joumessi"), ("Tagne", "Tagny"), ("Wamba",), ("Nguimfack", "Nguimfak"),
               ("Tchatchoua", "Tchatchwa"), ("Simo",), ("Tchakounte", "Chakounte"), ("Tabe", "Tabeh"),
               ("Ebai", "Ebaye"), ("Ashu",), ("Ayuk", "Ayuck"), ("Tanyi", "Tanyie"), ("Nkwenti",), ("Ngwa", "Ngwah"),
               ("Nfor", "Nforh"), ("Neba",), ("Ndifor",), ("Mbah", "Mba"), ("Achu", "Atchu"), ("Fru", "Fruh"))  # fmt: skip
CULTURES = {
    "ph": (PH_GIVEN_F, PH_GIVEN_M, PH_SURNAMES),
    "ba": (BA_GIVEN_F, BA_GIVEN_M, BA_SURNAMES),
    "cm": (CM_GIVEN_F, CM_GIVEN_M, CM_SURNAMES),
}
NICKS = {"ph": PH_NICKS, "ba": BA_NICKS, "cm": ()}
KIN_BY_CULTURE = {
    "ph": ("Lola", "Lolo", "Manang", "Manong", "Ate", "Kuya", "Tita", "Tito", "Nanay", "Tatay"),
    "ba": ("Nana", "Dedo", "Majka", "Tetka", "Amidza", "Daidza", "Hala"),
    "cm": ("Mami", "Papa", "Mbombo", "Grand Mami", "Tantine", "Tonton"),
}
KIN_WORDS = tuple(k for ks in KIN_BY_CULTURE.values() for k in ks)
KIN_FEMALE = {k: k in ("Lola", "Manang", "Ate", "Tita", "Nanay", "Nana", "Majka", "Tetka", "Hala", "Mami", "Grand Mami",
                       "Tantine", "Mbombo") for k in KIN_WORDS}  # fmt: skip
TITLES = ("Dr.", "Mr.", "Mrs.", "Ms.", "Capt.", "Lt.", "Sgt.", "Chief", "Pastor", "Coach")
CREDENTIALS = ("MD", "DO", "NP", "PA-C", "RN", "LPN", "MA", "RRT", "CNM", "PharmD")

# ---------------------------------------------------------------- places
# culture -> (town, state, ZIP, area code)
US_TOWNS = {
    "ph": (("Daly City", "CA", "94014", "650"), ("Vallejo", "CA", "94590", "707"), ("Milpitas", "CA", "95035", "408"),
           ("National City", "CA", "91950", "619"), ("Waipahu", "HI", "96797", "808"), ("Kapolei", "HI", "96707", "808"),
           ("Hilo", "HI", "96720", "808"), ("Jersey City", "NJ", "07306", "201"), ("Bergenfield", "NJ", "07621", "201"),
           ("Henderson", "NV", "89014", "702"), ("Virginia Beach", "VA", "23462", "757")),
    "ba": (("St. Louis", "MO", "63116", "314"), ("Affton", "MO", "63123", "314"), ("Utica", "NY", "13501", "315"),
           ("Bowling Green", "KY", "42101", "270"), ("Des Moines", "IA", "50315", "515"),
           ("Jacksonville", "FL", "32256", "904"), ("Erie", "PA", "16503", "814"), ("Twin Falls", "ID", "83301", "208")),
    "cm": (("Silver Spring", "MD", "20904", "301"), ("Bowie", "MD", "20716", "301"), ("Laurel", "MD", "20707", "301"),
           ("Hyattsville", "MD", "20783", "301"), ("Lanham", "MD", "20706", "301"), ("Germantown", "MD", "20874", "240"),
           ("Houston", "TX", "77072", "281"), ("Katy", "TX", "77449", "281")),
}  # fmt: skip
# culture -> (town, country, phone pattern: "#" a digit)
ABROAD_TOWNS = {
    "ph": (("Laoag", "Philippines", "+63 9## ### ####"), ("Vigan", "Philippines", "+63 9## ### ####"),
           ("Dagupan", "Philippines", "+63 9## ### ####"), ("Batac", "Philippines", "+63 9## ### ####")),
    "ba": (("Tuzla", "Bosnia and Herzegovina", "+387 6# ### ###"), ("Zenica", "Bosnia and Herzegovina", "+387 6# ### ###"),
           ("Bihac", "Bosnia and Herzegovina", "+387 6# ### ###"), ("Prijedor", "Bosnia and Herzegovina", "+387 6# ### ###")),
    "cm": (("Bafoussam", "Cameroon", "+237 6## ## ## ##"), ("Dschang", "Cameroon", "+237 6## ## ## ##"),
           ("Bamenda", "Cameroon", "+237 6## ## ## ##"), ("Buea", "Cameroon", "+237 6## ## ## ##")),
    "tour": (("Tijuana", "Mexico", "+52 664 ### ####"), ("Istanbul", "Turkey", "+90 212 ### ####"),
             ("Escazu", "Costa Rica", "+506 ####-####"), ("Cozumel", "Mexico", "+52 987 ### ####")),
}  # fmt: skip
STREETS = {
    "ph": ("Callan Blvd", "Skyline Dr", "Sonoma Blvd", "Tennessee St", "Farm Loop", "Makakilo Dr", "Kinoole St",
           "Summit Ave", "Washington Ave", "Green Valley Pkwy", "Holland Rd", "Highland Ave"),
    "ba": ("Gravois Ave", "Morgan Ford Rd", "Delor St", "Mackenzie Rd", "Bleecker St", "Genesee St", "Scottsville Rd",
           "SE 14th St", "Philips Hwy", "Peach St", "Blue Lakes Blvd", "Oneida St"),
    "cm": ("Colesville Rd", "New Hampshire Ave", "Annapolis Rd", "Route 1", "Riggs Rd", "Middlebrook Rd",
           "Bellaire Blvd", "Bissonnet St", "Mason Rd", "Cherry Hill Rd", "Greenbelt Rd", "Piney Branch Rd"),
}  # fmt: skip
# culture -> organisation names for clinics and hospitals (town-bearing names keep the town inside the FACILITY span)
HOSPITALS = {
    "ph": ("Seton Coastside Medical Center", "Kaiser Vallejo Medical Center", "Pali Momi Medical Center",
           "Hilo Benioff Medical Center", "Jersey City Medical Center", "Sentara Princess Anne Hospital",
           "Paradise Valley Hospital", "St. Rose Dominican Siena Campus"),
    "ba": ("Mercy Hospital South", "SSM Health St. Mary's Hospital", "Wynn Hospital", "The Medical Center at Bowling Green",
           "Broadlawns Medical Center", "Baptist Medical Center South", "Saint Vincent Hospital", "St. Luke's Magic Valley"),
    "cm": ("Holy Cross Hospital", "Doctors Community Medical Center", "UM Laurel Medical Center",
           "Adventist HealthCare White Oak", "Memorial Hermann Southwest", "Houston Methodist West", "Shady Grove Medical Center"),
}  # fmt: skip
CLINIC_WORDS = ("Family Health Center", "Community Clinic", "Primary Care", "Urgent Care", "Health Partners")
PHARMACIES = ("Seafoam Pharmacy", "Bayanihan Drug Store", "Bevo Apoteka Pharmacy", "Gravois Family Pharmacy",
              "Colesville Pharmacy", "Alief Community Pharmacy", "Kalihi Pharmacy", "Riverbend Apothecary")  # fmt: skip

# ---------------------------------------------------------------- keep terms
INSURERS = {
    "CA": ("Health Plan of San Mateo", "Partnership HealthPlan of California", "Community Health Group",
           "Santa Clara Family Health Plan"),
    "HI": ("HMSA", "AlohaCare", "UHA Health Insurance", "Ohana Health Plan"),
    "NJ": ("Horizon NJ Health", "AmeriHealth New Jersey", "Fidelis Care"),
    "NV": ("SilverSummit Healthplan", "Hometown Health", "Prominence Health Plan"),
    "VA": ("Sentara Health Plans", "Optima Health", "Virginia Premier"),
    "MO": ("Home State Health", "Healthy Blue Missouri", "Essence Healthcare"),
    "NY": ("Excellus BlueCross BlueShield", "MVP Health Care", "Fidelis Care"),
    "KY": ("Passport Health Plan", "WellCare of Kentucky", "Humana CareSource"),
    "IA": ("Wellmark Blue Cross Blue Shield", "Iowa Total Care", "Molina Healthcare of Iowa"),
    "FL": ("Florida Blue", "Sunshine Health", "Simply Healthcare"),
    "PA": ("Highmark", "UPMC for You", "Geisinger Health Plan"),
    "ID": ("Blue Cross of Idaho", "PacificSource", "SelectHealth"),
    "MD": ("Priority Partners", "Maryland Physicians Care", "Jai Medical Systems", "CareFirst BlueChoice"),
    "TX": ("Community Health Choice", "Driscoll Health Plan", "Superior HealthPlan"),
}  # fmt: skip
TRAVEL_PLANS = ("Seven Corners", "GeoBlue", "IMG Global", "Travel Guard", "World Nomads", "Allianz Travel Insurance")
FIRE_PLANS = ("VFIS", "Hartford Volunteer Firefighter Plan")
FIGHT_PLANS = ("K&K Insurance", "Gallagher Sports", "Sports Accident Plan of America")
DEPARTMENTS = ("Vestibular Rehabilitation", "Hand Therapy", "Otolaryngology", "Respiratory Therapy",
               "Maternal-Fetal Medicine", "Reproductive Endocrinology", "Facial Plastic Surgery", "Employee Health",
               "Occupational Medicine", "Pain Management", "Interventional Spine", "Pediatric Dermatology",
               "Infection Prevention", "Health Information Management", "Global Health", "Sports Medicine",
               "Pharmacy Services", "Patient Access", "Neuro-Otology", "Audiology")  # fmt: skip


def _ndc(rng: random.Random) -> str:
    labeler = rng.choice(("49281", "42023", "0781", "68180", "65862", "0409", "63323", "70069", "55150", "0143"))
    if len(labeler) == 5:
        return (
            f"{labeler}-{rng.randint(100, 999):03d}{rng.choice(('', str(rng.randint(0, 9))))}-{rng.randint(1, 99):02d}"
        )
    return f"{labeler}-{rng.randint(1000, 9999)}-{rng.randint(1, 99):02d}"


def _lot(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "".join(rng.choice(letters) for _ in range(rng.choice((1, 2)))) + str(rng.randint(1000, 99999))


# ---------------------------------------------------------------- checksums
def luhn_digit(body: str) -> str:
    """The Luhn check digit for `body`."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


_VIN_VALUE = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9)))}
_VIN_VALUE.update(dict(zip("JKLMN", range(1, 6))) | {"P": 7, "R": 9} | dict(zip("STUVWXYZ", range(2, 10))))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [rng.choice(("1", "2", "3", "5", "J", "K", "W"))] + [rng.choice(chars) for _ in range(16)]
    v[9] = rng.choice("KLMNPRS")
    v[8] = "0"
    total = sum(_VIN_VALUE[c] * w for c, w in zip(v, _VIN_WEIGHTS)) % 11
    v[8] = "X" if total == 10 else str(total)
    return "".join(v)


def _dea(rng: random.Random, surname: str) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    first = surname.replace(" ", "").replace(".", "")[0].upper()
    return rng.choice("ABFM") + (first if first.isalpha() else "X") + "".join(map(str, d)) + str(check)


# ---------------------------------------------------------------- segments: (text, tag); tag is None, a PHI type or a keep kind
Seg = tuple[str, Any]


def F(template: str, **values: Any) -> list[Seg]:
    """`template` with each {name} replaced by its value: a plain str, a (text, tag) pair or a list of segments."""
    out: list[Seg] = []
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", template):
        if m.start() > pos:
            out.append((template[pos : m.start()], None))
        v = values[m.group(1)]
        if isinstance(v, str):
            out.append((v, None))
        elif isinstance(v, tuple):
            out.append(v)
        else:
            out.extend(v)
        pos = m.end()
    if pos < len(template):
        out.append((template[pos:], None))
    return out


def join(parts: list[list[Seg]], sep: str) -> list[Seg]:
    out: list[Seg] = []
    for i, p in enumerate(parts):
        if i:
            out.append((sep, None))
        out.extend(p)
    return out


def render(segs: list[Seg], case: str = "") -> dict:
    """The text, PHI spans and keep terms of `segs` (`case` "upper" or "lower" changes the whole row)."""
    text_parts: list[str] = []
    phi: list[dict] = []
    keep: dict[str, str] = {}
    pos = 0
    for s, tag in segs:
        if case == "upper":
            s = s.upper()
        elif case == "lower":
            s = s.lower()
        if tag is not None and tag.isupper():
            phi.append({"start": pos, "end": pos + len(s), "type": tag})
        elif tag is not None:
            keep.setdefault(s, tag)
        text_parts.append(s)
        pos += len(s)
    text = "".join(text_parts)
    terms = []
    for term, kind in keep.items():
        hits = [m.start() for m in re.finditer(re.escape(term), text)]
        if any(p["start"] < i + len(term) and i < p["end"] for i in hits for p in phi):
            continue
        terms.append((term, kind))
    return {"text": text, "phi": phi, "keep": [t for t, _ in terms], "keep_kinds": dict(terms)}


# ---------------------------------------------------------------- people
@dataclass
class Person:
    culture: str
    female: bool
    given: str
    surname: str
    middle: str  # a Filipino mother's maiden surname or a Cameroonian second surname, or ""
    nick: str
    suffix: str
    second: str  # a hyphenated married surname, or ""


def new_person(rng: random.Random, culture: str | None = None, female: bool | None = None) -> Person:
    culture = culture or rng.choice(("ph", "ba", "cm"))
    female = rng.random() < 0.5 if female is None else female
    gf, gm, sn = CULTURES[culture]
    given = rng.choice(rng.choice(gf if female else gm))
    surname = rng.choice(rng.choice(sn))
    middle = ""
    if culture in ("ph", "cm") and rng.random() < 0.55:
        middle = rng.choice(rng.choice(sn))
    if culture == "cm" and rng.random() < 0.3:
        second_given = rng.choice(rng.choice(gf if female else gm))
        if second_given != given and " " not in second_given and " " not in given:
            given = f"{given} {second_given}"
    nick = rng.choice(NICKS[culture]) if NICKS[culture] and rng.random() < 0.4 else ""
    suffix = rng.choice(("Jr.", "Jr.", "III")) if culture == "ph" and not female and rng.random() < 0.4 else ""
    second = ""
    if female and culture in ("ba", "ph") and rng.random() < 0.25:
        second = rng.choice(rng.choice(sn)).replace(" ", "")
    if middle == surname:
        middle = ""
    if second == surname:
        second = ""
    return Person(culture, female, given, surname, middle, nick, suffix, second)


def name(rng: random.Random, p: Person, style: str = "") -> Seg:
    """One way `p`'s name is written, as a NAME segment."""
    styles = ["full", "full", "last_first", "given", "surname"]
    if p.culture == "ph" and p.middle:
        styles += ["initial", "initial"]
    if p.culture == "cm" and p.middle:
        styles += ["two", "caps_first", "hyphen2"]
    if p.culture == "ba":
        styles += ["caps_first"]
    if p.nick:
        styles += ["nick", "nick"]
    if p.suffix:
        styles += ["suffix", "suffix"]
    if p.second:
        styles += ["married", "married"]
    style = style or rng.choice(styles)
    if style == "full":  # a full name is often written with the nickname, the suffix or the married name
        style = rng.choice(
            ["full", "full"] + ["nick"] * bool(p.nick) + ["suffix"] * bool(p.suffix) + ["married"] * bool(p.second)
        )
    g, s = p.given, p.surname
    if style == "initial":
        out = f"{g} {p.middle[0]}. {s}" if p.middle else f"{g} {s}"
    elif style == "two":
        out = f"{g} {s} {p.middle}" if p.middle else f"{g} {s}"
    elif style == "hyphen2":
        out = f"{g} {s}-{p.middle}" if p.middle and " " not in p.middle else f"{g} {s}"
    elif style == "caps_first":
        out = f"{s.upper()} {p.middle.upper()} {g}" if p.culture == "cm" and p.middle else f"{s.upper()} {g}"
    elif style == "last_first":
        out = f"{s.upper()}, {g}" if rng.random() < 0.6 else f"{s}, {g}"
    elif style == "given":
        out = g
    elif style == "surname":
        out = s
    elif style == "nick":
        out = f'{g} "{p.nick}" {s}' if p.nick else f"{g} {s}"
    elif style == "suffix":
        out = f"{g} {s} {p.suffix}" if p.suffix else f"{g} {s}"
    elif style == "married":
        out = f"{g} {s}-{p.second}" if p.second else f"{g} {s}"
    else:
        out = f"{g} {s}"
    return (out, "NAME")


def initials(p: Person) -> Seg:
    words = [w for w in re.split(r"[ -]", f"{p.given} {p.middle} {p.surname}") if w and w[0].isalpha()]
    letters = "".join(w[0].upper() for w in words)[:4]
    if len(letters) < 2:
        letters = (p.given[:1] + p.surname[:1]).upper()
    return (letters, "NAME")


# ---------------------------------------------------------------- identifiers and dates
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
AGE_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def fmt_date(rng: random.Random, d: date, culture: str = "", year: bool = True, weekday: bool = True) -> Seg:
    m, dd, y = d.month, d.day, d.year
    mon = MONTHS[m - 1]
    choices = ["mdy", "mdy_np", "mdy2", "iso", "dmy_abbr", "mon_d_y", "month_d_y", "d_month_y"]
    if culture == "ba":
        choices += ["dots", "dots"]
    if culture == "cm":
        choices += ["slash_dm", "slash_dm"]
    if not year:
        choices = ["md", "mon_d", "month_d", "month_th"]
    style = rng.choice(choices)
    out = {
        "mdy": f"{m:02d}/{dd:02d}/{y}",
        "mdy_np": f"{m}/{dd}/{y}",
        "mdy2": f"{m}/{dd}/{y % 100:02d}",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "dmy_abbr": f"{dd:02d}-{mon[:3]}-{y}",
        "mon_d_y": f"{mon[:3]} {dd}, {y}",
        "month_d_y": f"{mon} {dd}, {y}",
        "d_month_y": f"{dd} {mon} {y}",
        "dots": f"{dd:02d}.{m:02d}.{y}",
        "slash_dm": f"{dd:02d}/{m:02d}/{y}",
        "md": f"{m}/{dd}",
        "mon_d": f"{mon[:3]} {dd}",
        "month_d": f"{mon} {dd}",
        "month_th": f"{mon} {dd}{'th' if 10 <= dd % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(dd % 10, 'th')}",
    }[style]
    if weekday and year and style in ("mdy_np", "month_d_y") and rng.random() < 0.25:
        wd = d.strftime("%A")
        out = f"{wd}, {out}" if style == "month_d_y" else f"{wd[:3]} {out}"
    return (out, "DATE")


def rand_date(rng: random.Random, start: int = 2024, end: int = 2026) -> date:
    return date(start, 1, 1) + timedelta(days=rng.randint(0, (end - start + 1) * 365 - 1))


def dob(rng: random.Random) -> date:
    return date(1938, 1, 1) + timedelta(days=rng.randint(0, 80 * 365))


def age_old(rng: random.Random, v: int = 0) -> Seg:
    v = v or rng.randint(90, 104)
    if rng.random() < 0.65:
        return (str(v), "AGE")
    if v < 100:
        w = "ninety" + ("" if v == 90 else "-" + AGE_UNITS[v - 91])
    else:
        w = "one hundred" + ("" if v == 100 else " and " + AGE_UNITS[v - 101])
    return (w, "AGE")


def mrn(rng: random.Random) -> Seg:
    body = str(rng.randint(1, 9)) + digits(rng, rng.choice((6, 7, 8)))
    full = body + luhn_digit(body)
    if rng.random() < 0.25 and len(full) >= 8:
        full = full[:2] + "-" + full[2:]
    return (full, "MRN")


def phone(rng: random.Random, area: str, kind: str = "PHONE") -> Seg:
    n = f"{rng.randint(200, 989)}"
    last = digits(rng, 4)
    style = rng.randrange(6)
    out = [f"({area}) {n}-{last}", f"{area}-{n}-{last}", f"{area}.{n}.{last}", f"+1 {area}-{n}-{last}",
           f"1-{area}-{n}-{last}", f"({area}){n}-{last}"][style]  # fmt: skip
    if kind == "PHONE" and rng.random() < 0.08:
        out += f" ext {rng.randint(10, 4999)}"
    return (out, kind)


def phone_abroad(rng: random.Random, pattern: str) -> Seg:
    return ("".join(str(rng.randint(0, 9)) if c == "#" else c for c in pattern), "PHONE")


def ssn(rng: random.Random) -> Seg:
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    sep = rng.choice(("-", "-", "-", " ", ""))
    return (f"{a:03d}{sep}{rng.randint(1, 99):02d}{sep}{rng.randint(1, 9999):04d}", "SSN")


def card(rng: random.Random) -> Seg:
    body = (rng.choice(("4", "5", "37")) + digits(rng, 14))[:15]
    full = body + luhn_digit(body)
    return (" ".join(full[i : i + 4] for i in range(0, 16, 4)), "ACCOUNT")


def imei(rng: random.Random) -> Seg:
    body = rng.choice(("35", "86", "01")) + digits(rng, 12)
    return (body + luhn_digit(body), "DEVICE")


def npi(rng: random.Random) -> Seg:
    body = rng.choice("12") + digits(rng, 8)
    return (body + luhn_digit("80840" + body), "ID")


def license_for(rng: random.Random, state: str) -> Seg:
    L = lambda: rng.choice("ABCDEFGHJKLMNPRSTWY")
    shapes = {
        "CA": lambda: L() + digits(rng, 7),
        "HI": lambda: "H" + digits(rng, 8),
        "NJ": lambda: f"{L()}{digits(rng, 4)} {digits(rng, 5)} {digits(rng, 5)}",
        "NV": lambda: digits(rng, 10),
        "VA": lambda: L() + digits(rng, 8),
        "MO": lambda: L() + digits(rng, 9),
        "NY": lambda: f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
        "KY": lambda: L() + digits(rng, 8),
        "IA": lambda: f"{digits(rng, 3)}{L()}{L()}{digits(rng, 4)}",
        "FL": lambda: f"{L()}{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 1)}",
        "PA": lambda: digits(rng, 8),
        "ID": lambda: f"{L()}{L()}{digits(rng, 6)}{L()}",
        "MD": lambda: f"{L()}-{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}",
        "TX": lambda: digits(rng, 8),
    }
    return (shapes[state](), "LICENSE")


def plate(rng: random.Random, state: str) -> Seg:
    L = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    shapes = (lambda: f"{rng.randint(1, 9)}{L(3)}{digits(rng, 3)}", lambda: f"{L(3)} {digits(rng, 3)}",
              lambda: f"{L(3)}-{digits(rng, 4)}", lambda: f"{digits(rng, 3)} {L(3)}", lambda: f"{L(2)}{digits(rng, 1)}-{L(1)}{digits(rng, 2)}")  # fmt: skip
    return (rng.choice(shapes)(), "VEHICLE")


def email_for(rng: random.Random, p: Person) -> Seg:
    user = re.sub(r"[^a-z]", "", p.given.lower())[: rng.choice((1, 4, 12))]
    sur = re.sub(r"[^a-z]", "", p.surname.lower())
    sep = rng.choice((".", "_", "", "."))
    tail = rng.choice(("", str(rng.randint(1, 99)), str(rng.randint(60, 99))))
    host = rng.choice(("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "proton.me", "hotmail.com"))
    return (f"{user}{sep}{sur}{tail}@{host}", "EMAIL")


def staff_email(rng: random.Random, p: Person, org: str) -> Seg:
    dom = re.sub(r"[^a-z]", "", org.lower())[:14] + rng.choice((".org", ".com", ".health", ".net"))
    return (f"{re.sub(r'[^a-z]', '', p.given.lower())[:1]}{re.sub(r'[^a-z]', '', p.surname.lower())}@{dom}", "EMAIL")


def ip(rng: random.Random) -> Seg:
    if rng.random() < 0.2:
        return (f"2001:db8:{rng.randint(1, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}", "IP")
    return (
        f"{rng.choice((73, 98, 104, 172, 192, 24, 68))}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        "IP",
    )


def url(rng: random.Random, p: Person) -> Seg:
    host = rng.choice(("mychart.", "portal.", "secure.", "records.", "share."))
    org = rng.choice(
        ("bayviewhealth.org", "gatewaycare.com", "riversidemd.net", "potomacclinics.org", "upload.carevault.io")
    )
    path = rng.choice(("/upload/", "/r/", "/forms/", "/visit/", "/consent/"))
    tok = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
    who = re.sub(r"[^a-z]", "", p.surname.lower())[:8]
    return (f"https://{host}{org}{path}{rng.choice((tok, who + '-' + tok))}", "URL")


def address(rng: random.Random, culture: str) -> Seg:
    if rng.random() < 0.1:
        return (f"{rng.choice(('PO Box', 'P.O. Box', 'P O Box'))} {rng.randint(10, 9999)}", "ADDRESS")
    line = f"{rng.randint(12, 9899)} {rng.choice(STREETS[culture])}"
    r = rng.random()
    if r < 0.18:
        line += f" Apt {rng.randint(1, 30)}{rng.choice('ABCD')}"
    elif r < 0.28:
        line += f" #{rng.randint(2, 420)}"
    elif r < 0.35:
        line += f" Unit {rng.randint(1, 60)}"
    return (line, "ADDRESS")


def zipcode(rng: random.Random, z: str) -> Seg:
    return (z + (f"-{digits(rng, 4)}" if rng.random() < 0.2 else ""), "ZIP")


def member_id(rng: random.Random) -> Seg:
    r = rng.random()
    if r < 0.2:  # Medicare MBI
        a = "ACDEFGHJKMNPQRTUVWXY"
        mbi = f"{rng.randint(1, 9)}{rng.choice(a)}{rng.choice(a + '0123456789')}{rng.randint(0, 9)}-{rng.choice(a)}{rng.choice(a + '0123456789')}{rng.randint(0, 9)}-{rng.choice(a)}{rng.choice(a)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
        return (mbi, "HEALTH_PLAN")
    if r < 0.6:
        return ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(rng, 9), "HEALTH_PLAN")
    return (digits(rng, rng.choice((9, 10, 11))) + rng.choice(("", "01", "-02")), "HEALTH_PLAN")


def ident(rng: random.Random, prefix: str = "", n: int = 7) -> Seg:
    return (prefix + digits(rng, n), "ID")


def clock(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(('AM', 'PM'))}"


# ---------------------------------------------------------------- a row's people and places
@dataclass
class Ctx:
    rng: random.Random
    pt: Person
    culture: str
    town: tuple[str, str, str, str]
    abroad: tuple[str, str, str]
    clin: Person
    staff: Person
    kin: Person
    kin_word: str
    hospital: str
    dob: date

    def k(self, term: str, kind: str) -> Seg:
        return (term, kind)

    def insurer(self) -> Seg:
        return (self.rng.choice(INSURERS[self.town[1]]), "insurer")

    def fac(self) -> Seg:
        r = self.rng.random()
        if r < 0.5:
            return (self.hospital, "FACILITY")
        if r < 0.8:
            return (f"{self.town[0]} {self.rng.choice(CLINIC_WORDS)}", "FACILITY")
        return (self.rng.choice(PHARMACIES), "FACILITY")

    def dept(self) -> Seg:
        return (self.rng.choice(DEPARTMENTS), "department")

    def when(self, year: bool = True) -> Seg:
        return fmt_date(self.rng, rand_date(self.rng), "", year)

    def birth(self) -> Seg:
        return fmt_date(self.rng, self.dob, self.culture, True, False)


def new_ctx(rng: random.Random) -> Ctx:
    culture = rng.choice(("ph", "ba", "cm"))
    pt = new_person(rng, culture)
    kin_word = rng.choice(KIN_BY_CULTURE[culture])
    return Ctx(
        rng=rng,
        pt=pt,
        culture=culture,
        town=rng.choice(US_TOWNS[culture]),
        abroad=rng.choice(ABROAD_TOWNS[culture]),
        clin=new_person(rng),
        staff=new_person(rng),
        kin=new_person(rng, culture, KIN_FEMALE[kin_word]),
        kin_word=kin_word,
        hospital=rng.choice(HOSPITALS[culture]),
        dob=dob(rng),
    )


# ---------------------------------------------------------------- identifier carriers shared by all messages
def extras(c: Ctx) -> list[list[Seg]]:
    r, t = c.rng, c.town
    pool = [
        lambda: F("DOB {d}", d=c.birth()),
        lambda: F("my chart number is {m}", m=mrn(r)),
        lambda: F("MRN: {m}", m=mrn(r)),
        lambda: F("best number is {p}", p=phone(r, t[3])),
        lambda: F("you can fax it to {f}", f=phone(r, t[3], "FAX")),
        lambda: F("Fax: {f} (attn {n})", f=phone(r, t[3], "FAX"), n=name(r, c.staff, "full")),
        lambda: F(
            "new address is {a}, {c} {s} {z}", a=address(r, c.culture), c=(t[0], "LOCATION"), s=t[1], z=zipcode(r, t[2])
        ),
        lambda: F(
            "mailing address: {a}, {c}, {s} {z}",
            a=address(r, c.culture),
            c=(t[0], "LOCATION"),
            s=t[1],
            z=zipcode(r, t[2]),
        ),
        lambda: F("email me at {e}", e=email_for(r, c.pt)),
        lambda: F("the form asks for my SSN, it is {s}", s=ssn(r)),
        lambda: F("insurance is {i}, member ID {h}", i=c.insurer(), h=member_id(r)),
        lambda: F("{i} ID# {h}", i=c.insurer(), h=member_id(r)),
        lambda: F("billing account {a}", a=(digits(r, r.choice((8, 9, 10))), "ACCOUNT")),
        lambda: F("charge the card on file {a}", a=card(r)),
        lambda: F("driver's license {l} ({s})", l=license_for(r, t[1]), s=t[1]),
        lambda: F("I park the car with plate {p}", p=plate(r, t[1])),
        lambda: F("VIN {v} for the parking permit", v=(_vin(r), "VEHICLE")),
        lambda: F("my phone IMEI is {i}", i=imei(r)),
        lambda: F("portal shows a login from {i}", i=ip(r)),
        lambda: F("upload link: {u}", u=url(r, c.pt)),
        lambda: F("my {k} {n} is {a} and lives with us", k=c.kin_word, n=name(r, c.kin, "given"), a=age_old(r)),
        lambda: F("{k} turned {a} this year", k=c.kin_word, a=age_old(r)),
        lambda: F("I am {a} years old", a=str(2025 - c.dob.year)),
        lambda: F("family in {a} can be reached at {p}", a=(c.abroad[0], "LOCATION"), p=phone_abroad(r, c.abroad[2])),
        lambda: F("ticket #{i}", i=ident(r, "", 8)),
        lambda: F("{f} in {c} has my old records", f=c.fac(), c=(t[0], "LOCATION")),
    ]
    picks = r.sample(range(len(pool)), r.randint(3, 5))
    return [pool[i]() for i in sorted(picks)]


# ---------------------------------------------------------------- message genres: each returns (subject, items, table)
Table = tuple[list[str], list[list[Any]]]  # cells: str, a segment or lists of either


def m_cruise(c: Ctx) -> tuple[str, list[list[Seg]], Table | None]:
    r = c.rng
    line = r.choice(("Carnival Panorama Ship Medical Center", "Royal Caribbean Ovation Medical Facility",
                     "Princess Cruises Ruby Princess Medical Center", "Norwegian Bliss Health Center"))  # fmt: skip
    drug = r.choice(
        ("Transderm Scop 1.5 mg", "Bonine 25 mg", "Antivert 25 mg", "Dramamine Less Drowsy", "Zofran ODT 4 mg")
    )
    icd = r.choice(("T75.3XXA", "A08.11", "S93.401A", "J06.9", "R11.2"))
    items = [
        F("I was seen in the medical center on our cruise on {d} and they told me to follow up at home", d=c.when()),
        F(
            "booking number {b}, cabin {cab} (cabin number is not needed I think)",
            b=ident(r, r.choice(("", "BK")), 7),
            cab=str(r.randint(2100, 11420)),
        ),
        F(
            "the ship doctor {n} gave me {dr} and wrote {icd} on the summary",
            n=name(r, c.staff),
            dr=(drug, "drug"),
            icd=(icd, "code"),
        ),
        F("they said it was probably {ep} (the norovirus kind)", ep=("Norwalk", "eponym"))
        if r.random() < 0.5
        else F("the nurse mentioned the {ep} maneuver for the dizziness", ep=("Epley", "eponym")),
        F("{fac} folio {a} shows the charge, I paid with my card", fac=(line, "FACILITY"), a=(digits(r, 9), "ACCOUNT")),
        F("travel insurance is {i}, policy {h}", i=(r.choice(TRAVEL_PLANS), "insurer"), h=member_id(r)),
        F(
            "next port was {t}, phone there {p}",
            t=(c.abroad[0] if c.culture == "ph" else "Cozumel", "LOCATION"),
            p=phone_abroad(r, c.abroad[2] if c.culture == "ph" else "+52 987 ### ####"),
        ),
    ]
    table: Table = (["Item", "Code", "Charge"], [
        [[("Consultation", None)], [("99203", "code")], [f"${r.randint(180, 420)}.00"]],
        [[(drug, "drug")], [(_ndc(r), "code")], [f"${r.randint(12, 60)}.00"]],
        [[("IV fluids", None)], [("J7030", "code")], [f"${r.randint(90, 300)}.00"]],
    ])  # fmt: skip
    return "Follow up after cruise medical visit", items, table if r.random() < 0.5 else None


def m_firefighter(c: Ctx) -> tuple[str, list[list[Seg]], Table | None]:
    r = c.rng
    dept = f"{c.town[0]} Volunteer Fire Department" if r.random() < 0.6 else f"{c.town[0]} Fire Protection District"
    scba = r.choice(
        (
            ("Scott Safety", "Air-Pak X3 Pro"),
            ("MSA Safety", "G1 SCBA"),
            ("Draeger", "FPS 7000"),
            ("Honeywell", "Survivair Cougar"),
        )
    )
    fit = r.choice((("OHD", "Quantifit2"), ("TSI", "PortaCount 8048")))
    items = [
        F("I need my annual NFPA 1582 physical for {d}", d=(dept, "FACILITY")),
        F("badge number {b}", b=ident(r, r.choice(("", "VF-")), 5)),
        F(
            "fit test is on the {mk} {md} with the {mk2} {md2} facepiece",
            mk=(fit[0], "maker"),
            md=(fit[1], "model"),
            mk2=(scba[0], "maker"),
            md2=(scba[1], "model"),
        ),
        F("Chief {n} wants the form back by {d}", n=name(r, c.staff, "surname"), d=c.when(False)),
        F("last year the {ep} protocol treadmill test was stopped early", ep=(r.choice(("Gerkin", "Bruce")), "eponym")),
        F("our accident plan is {i}, policy {h}", i=(r.choice(FIRE_PLANS), "insurer"), h=member_id(r)),
        F("please send results to {dp}", dp=(r.choice(("Occupational Medicine", "Employee Health")), "department")),
    ]
    table: Table = (["Test", "CPT", "Result"], [
        [[("Spirometry", None)], [("94010", "code")], [f"FEV1 {r.randint(78, 104)}% predicted"]],
        [[("Audiogram", None)], [("92552", "code")], [r.choice(("normal", "mild loss at 4 kHz"))]],
        [[("ECG", None)], [("93000", "code")], [r.choice(("sinus rhythm", "normal"))]],
        [[("Vision", None)], [("99173", "code")], [[("Ishihara", "eponym"), (" plates 14/14", None)]]],
    ])  # fmt: skip
    return "NFPA 1582 physical", items, table if r.random() < 0.6 else None


def m_carrier(c: Ctx) -> tuple[str, list[list[Seg]], Table | None]:
    r = c.rng
    agency = r.choice(
        (
            "Circle Surrogacy",
            "Growing Generations",
            "ConceiveAbilities",
            "Family Source Consultants",
            "Bay Area Surrogacy Center",
        )
    )
    ivf = r.choice(
        ("Pacific Fertility Center", "Shady Grove Fertility", "Fertility Partners of St. Louis", "Houston IVF")
    )
    drug = r.choice(("Prometrium 200 mg", "Delestrogen 10 mg", "Crinone 8%", "Endometrin 100 mg", "Makena"))
    items = [
        F(
            "I am applying to be a gestational carrier with {a}, case number {cn}",
            a=(agency, "FACILITY"),
            cn=ident(r, r.choice(("GC-", "")), 6),
        ),
        F("the intended parents are {n} and {n2}", n=name(r, new_person(r)), n2=name(r, new_person(r), "given")),
        F("{ivf} wants my OB records from {d}", ivf=(ivf, "FACILITY"), d=c.when()),
        F(
            "screening codes on the order: {z} and {z2}",
            z=("Z31.7", "code"),
            z2=(r.choice(("Z33.1", "Z31.438", "Z01.419")), "code"),
        ),
        F("they plan the transfer around {d} and start {dr}", d=c.when(False), dr=(drug, "drug")),
        F(
            "{dp} asked for my last Pap and the {ep}",
            dp=(r.choice(("Reproductive Endocrinology", "Maternal-Fetal Medicine")), "department"),
            ep=("Papanicolaou", "eponym"),
        ),
        F("the coordinator {n} is at {e}", n=name(r, c.staff), e=staff_email(r, c.staff, agency)),
    ]
    return "Gestational carrier screening records", items, None


def m_study_abroad(c: Ctx) -> tuple[str, list[list[Seg]], Table | None]:
    r = c.rng
    host = r.choice(
        (
            "University of the Philippines Diliman",
            "University of Sarajevo",
            "University of Buea",
            "Universidad de Costa Rica",
        )
    )
    vac = r.choice(
        (("Vivotif", "typhoid"), ("Ixiaro", "Japanese encephalitis"), ("Typhim Vi", "typhoid"), ("Dukoral", "cholera"))
    )
    items = [
        F("my study abroad health form for {h} is due {d}", h=(host, "FACILITY"), d=c.when(False)),
        F("student ID {s}, passport {p}", s=ident(r, "", 8), p=ident(r, r.choice(("", "A", "P")), 8)),
        F("I got {v} ({w}) lot {l}, NDC {n}", v=(vac[0], "drug"), w=vac[1], l=(_lot(r), "code"), n=(_ndc(r), "code")),
        F("they also want a TB test, {ep} or blood test", ep=("Mantoux", "eponym"))
        if r.random() < 0.3
        else F("malaria pills: {dr}", dr=(r.choice(("Malarone 250-100 mg", "Malarone", "Arakoda 100 mg")), "drug")),
        F("insurance abroad will be {i}, certificate {h}", i=(r.choice(TRAVEL_PLANS), "insurer"), h=member_id(r)),
        F("host family in {t}, phone {p}", t=(c.abroad[0], "LOCATION"), p=phone_abroad(r, c.abroad[2])),
        F("the {dp} office said {z} goes on the form", dp=("Global Health", "department"), z=("Z02.89", "code")),
    ]
    return "Study abroad health clearance", items, None


def m_shortage(c: Ctx) -> tuple[str, list[list[Seg]], Table | None]:
    r = c.rng
    short = r.choice((("Bicillin L-A 2.4 million units", "Extencilline"), ("Focalin XR 10 mg", "Methylin 10 mg"),
                      ("Adderall XR 20 mg", "Mydayis 25 mg"), ("Amoxil 400 mg/5 mL", "Augmentin 400 mg/5 mL"),
                      ("Zepbound 5 mg", "Wegovy 0.5 mg"), ("Savella 50 mg", "Cymbalta 30 mg"), ("Latuda 40 mg", "Caplyta 42 mg"), ("Arava 20 mg", "Azulfidine 500 mg")))  # fmt: skip
    maker = r.choice(
        ("Amneal", "Aurobindo", "Sandoz", "Hikma", "Zydus", "Lupin", "Cipla", "Glenmark", "Apotex", "Camber")
    )
    ph = r.choice(PHARMACIES)
    items = [
        F("{ph}: {dr} is on national shortage", ph=(ph, "FACILITY"), dr=(short[0], "drug")),
        F(
            "we can fill {s} from {mk} instead if {n} approves",
            s=(short[1], "drug"),
            mk=(maker, "maker"),
            n=name(r, c.clin, "surname"),
        ),
        F("Rx #{rx} for {p}, DOB {d}", rx=ident(r, "", 7), p=name(r, c.pt), d=c.birth()),
        F("{i} may need a new prior auth, call {dp}", i=c.insurer(), dp=("Pharmacy Services", "department")),
        F("pharmacist {n}, {ph2}", n=name(r, c.staff), ph2=phone(r, c.town[3])),
    ]
    table: Table = (["Drug short", "NDC", "Substitute"], [
        [[(short[0], "drug")], [(_ndc(r), "code")], [(short[1], "drug")]],
        [[("Maker of the substitute", None)], [(maker, "maker")], [("same strength", None)]],
    ])  # fmt: skip
    return "Medication shortage notice", items, table if r.random() < 0.7 else None


def m_tourism(c: Ctx) -> tuple[str, list[list[Seg]], Table | None]:
    r = c.rng
    town, country, pat = r.choice(ABROAD_TOWNS["tour"] + ABROAD_TOWNS[c.culture])
    proc = r.choice((("dental implants", "Straumann", "BLX"), ("dental implants", "Osstem", "TSIII"),
                     ("breast augmentation", "Motiva", "Ergonomix"), ("dental implants", "Nobel Biocare", "NobelActive"),
                     ("breast augmentation", "Sientra", "HSC+"), ("a tummy tuck", "", "")))  # fmt: skip
    clinic = r.choice(
        {
            "Mexico": ("Hospital Angeles", "Clinica Santa Fe", "Smile Center"),
            "Turkey": ("Estetika Klinik", "Anadolu Estetik"),
            "Costa Rica": ("Clinica Dental Escazu", "Hospital Cima"),
            "Philippines": ("Ilocos Medical Center", "Smile Dental Clinic"),
            "Bosnia and Herzegovina": ("Sveti Vid Poliklinika", "Poliklinika Medical"),
            "Cameroon": ("Clinique La Cathedrale", "Polyclinique Bonamoussadi"),
        }[country]
    )
    items = [
        F(
            "I had {pr} abroad ({t}, {co}) on {d}, a medical tourism package",
            pr=proc[0],
            t=(town, "LOCATION"),
            co=country,
            d=c.when(),
        ),
        F("the surgeon was {n} at {cl}", n=name(r, new_person(r)), cl=(f"{clinic} {town}", "FACILITY")),
        F("implant card says {mk} {md}", mk=(proc[1], "maker"), md=(proc[2], "model"))
        if proc[1]
        else F(
            "they left a {ep} drain and a {ep2} drain, sutures in {ep3} fascia",
            ep=("Jackson-Pratt", "eponym"),
            ep2=("Penrose", "eponym"),
            ep3=("Scarpa", "eponym"),
        ),
        F(
            "now there is redness and drainage, they gave me {dr}",
            dr=(r.choice(("Keflex 500 mg", "Augmentin 875 mg", "Cipro 500 mg", "Flagyl 500 mg")), "drug"),
        ),
        F("clinic phone {p}", p=phone_abroad(r, pat)),
        F(
            "{i} said complications of surgery abroad may be covered under {z}",
            i=c.insurer(),
            z=(r.choice(("T81.40XA", "T81.49XA", "Y84.8", "K08.89")), "code"),
        ),
    ]
    return "Complication after medical tourism", items, None


def m_scribe(c: Ctx) -> tuple[str, list[list[Seg]], Table | None]:
    r = c.rng
    mk, md = r.choice((("Nuance", "DAX Copilot"), ("Abridge", "Abridge Inside"), ("Suki", "Suki Assistant"),
                       ("Nabla", "Nabla Copilot"), ("DeepScribe", "DS Ambient")))  # fmt: skip
    items = [
        F(
            "at my visit on {d} {n} used an AI scribe ({mk} {md}) on the phone",
            d=c.when(),
            n=name(r, c.clin, "surname"),
            mk=(mk, "maker"),
            md=(md, "model"),
        ),
        F("recording ID {i}", i=ident(r, r.choice(("REC-", "")), 9)),
        F(
            "I do not consent to audio of my visits being stored, please note it in {dp}",
            dp=("Health Information Management", "department"),
        ),
        F("the phone they used has IMEI {i}", i=imei(r))
        if r.random() < 0.5
        else F("consent was signed from {i}", i=ip(r)),
        F(
            "it wrote {z} in my note and that is wrong",
            z=(r.choice(("F41.1", "R51.9", "E11.65", "I10", "M54.50")), "code"),
        ),
        F("please reply to {e}", e=email_for(r, c.pt)),
    ]
    return "AI scribe recording consent", items, None


def m_enlistment(c: Ctx) -> tuple[str, list[list[Seg]], Table | None]:
    r = c.rng
    station = f"{c.town[0]} {r.choice(('Army', 'Navy', 'Marine Corps', 'Air Force'))} Recruiting Station"
    items = [
        F("MEPS needs my records before my physical on {d}", d=c.when(False)),
        F(
            "recruiter is {t} {n}, {p}",
            t=r.choice(("Sgt.", "Capt.", "Lt.", "Sgt.")),
            n=name(r, c.staff, r.choice(("full", "surname"))),
            p=phone(r, c.town[3]),
        ),
        F(
            "{s} asked for everything about {z}",
            s=(station, "FACILITY"),
            z=(r.choice(("J45.909", "F90.0", "S83.511A", "H52.13")), "code"),
        ),
        F(
            "I took {dr} until age 15",
            dr=(r.choice(("Singulair 10 mg", "Focalin XR 10 mg", "Qvar 40 mcg", "Aptensio XR 20 mg")), "drug"),
        ),
        F("DoD ID {i}, SSN {s}", i=ident(r, "", 10), s=ssn(r)),
        F("the exam code is {z}", z=("Z02.3", "code")),
    ]
    return "Records for MEPS", items, None


def m_combat(c: Ctx) -> tuple[str, list[list[Seg]], Table | None]:
    r = c.rng
    commission = r.choice(("Nevada State Athletic Commission", "Texas Combative Sports Program", "Maryland State Athletic Commission",
                           "Missouri Office of Athletics", "New Jersey State Athletic Control Board"))  # fmt: skip
    gym = r.choice(
        ("Ironbound Boxing Club", "Bevo Fight Academy", "Aloha MMA", "Alief Boxing Gym", "Patriot Combat Sports")
    )
    items = [
        F("the athletic commission needs my pre-fight physical before the bout on {d}", d=c.when()),
        F(
            "fighter license {l} with {cm}",
            l=(r.choice(("", "NV", "TX", "MD")) + digits(r, 6), "LICENSE"),
            cm=(commission, "FACILITY"),
        ),
        F("I train at {g} under Coach {n}", g=(gym, "FACILITY"), n=name(r, c.staff, "surname")),
        F(
            "they want a dilated eye exam, {ep} chart and an MRI ({cpt})",
            ep=("Rosenbaum", "eponym"),
            cpt=("70551", "code"),
        ),
        F(
            "last fight I had {z} and the doctor did the {ep} scale",
            z=(r.choice(("S06.0X0A", "S02.2XXA", "S01.111A")), "code"),
            ep=("Maddocks", "eponym"),
        ),
        F("accident coverage is {i}, policy {h}", i=(r.choice(FIGHT_PLANS), "insurer"), h=member_id(r)),
        F("send it to {dp}", dp=("Sports Medicine", "department")),
    ]
    return "Pre-fight physical for the commission", items, None


def m_food_handler(c: Ctx) -> tuple[str, list[list[Seg]], Table | None]:
    r = c.rng
    bug: Seg
    bug, icd = r.choice(
        (
            (("norovirus", None), "A08.11"),
            (("Salmonella", "eponym"), "A02.0"),
            (("Shigella", "eponym"), "A03.9"),
            (("hepatitis A", None), "B15.9"),
        )
    )
    rest = r.choice(
        (
            "Max's Restaurant",
            "Jollibee",
            "Sarajevo Grill",
            "Cevap House",
            "Mami Wata Kitchen",
            "Ndole Cafe",
            "Seafood City Grill",
        )
    )
    test = r.choice((("BioFire", "FilmArray GI Panel"), ("Cepheid", "Xpert Norovirus"), ("Luminex", "xTAG GPP")))
    health = f"{c.town[0]} {r.choice(('County Health Department', 'Health Department', 'Department of Public Health'))}"
    items = [
        F("I work as a food handler at {re} and need clearance to go back", re=(rest, "FACILITY")),
        F(
            "{h} case number {cn} says I had {b}",
            h=(health, "FACILITY"),
            cn=ident(r, r.choice(("", "CD-", "EPI-")), 7),
            b=bug,
        ),
        F(
            "stool test was the {mk} {md} ({cpt}) on {d}",
            mk=(test[0], "maker"),
            md=(test[1], "model"),
            cpt=("87507", "code"),
            d=c.when(),
        ),
        F("diagnosis code {z}", z=(icd, "code")),
        F("employee ID {e}, manager {n}", e=ident(r, "E", 6), n=name(r, c.staff)),
        F("{dp} can fax the letter to {f}", dp=("Infection Prevention", "department"), f=phone(r, c.town[3], "FAX")),
    ]
    return "Food handler return to work", items, None


MESSAGE_BUILDERS = {
    "cruise": m_cruise,
    "firefighter": m_firefighter,
    "carrier": m_carrier,
    "study_abroad": m_study_abroad,
    "shortage": m_shortage,
    "tourism": m_tourism,
    "scribe": m_scribe,
    "enlistment": m_enlistment,
    "combat": m_combat,
    "food_handler": m_food_handler,
}


def cell(value: Any) -> list[Seg]:
    """A table cell as segments: a str, a segment, or a list of either (nested lists flattened)."""
    if isinstance(value, str):
        return [(value, None)]
    if isinstance(value, tuple):
        return [value]
    return [seg for v in value for seg in cell(v)]


def table_segs(table: Table, sep: str) -> list[Seg]:
    head, raw = table
    rows = [[cell(v) for v in row] for row in raw]
    lines: list[list[Seg]] = []
    if sep == "|":
        lines.append([("| " + " | ".join(head) + " |", None)])
        lines.append([("|" + "|".join("---" for _ in head) + "|", None)])
        for row in rows:
            lines.append([("| ", None)] + join(row, " | ") + [(" |", None)])
    else:
        lines.append([("\t".join(head), None)])
        for row in rows:
            lines.append(join(row, "\t"))
    return join(lines, "\n")


def message(genre: str, rng: random.Random) -> list[Seg]:
    c = new_ctx(rng)
    subject, items, table = MESSAGE_BUILDERS[genre](c)
    items = items[: rng.randint(max(3, len(items) - 2), len(items))]
    # the marker line is always the first item; the rest are shuffled
    rest = items[1:] + extras(c)
    rng.shuffle(rest)
    items = [items[0]] + rest
    layout = rng.choice(("prose", "bullets", "numbered", "chat", "email", "forward", "reply", "hdrcols", "tabform"))
    who = c.pt if rng.random() < 0.8 else c.kin
    segs: list[Seg] = []
    if layout in ("email", "forward"):
        hdr = []
        if layout == "forward":
            hdr.append([("---------- Forwarded message ---------", None)])
        hdr.append(F("From: {n} <{e}>", n=name(rng, who, "full"), e=email_for(rng, who)))
        hdr.append(F("Sent: {d} {t}", d=fmt_date(rng, rand_date(rng), "", True), t=clock(rng)))
        hdr.append(F("To: {d}", d=c.dept()))
        hdr.append([(f"Subject: {subject}", None)])
        segs += join(hdr, "\n") + [("\n\n", None)]
    elif layout == "hdrcols":
        segs += F("Patient: {n}    MRN: {m}    DOB: {d}\n\n", n=name(rng, c.pt, "last_first"), m=mrn(rng), d=c.birth())
    elif layout == "prose" or layout == "bullets":
        segs += [(f"Subject: {subject}\n\n", None)] if rng.random() < 0.5 else []
    greet = rng.choice(("Hi", "Hello", "Good morning", "Dear"))
    if layout != "chat":
        segs += F(
            "{g} {t}{n},\n\n",
            g=greet,
            t=rng.choice(("Dr. ", "", "Ms. " if c.staff.female else "Mr. ")),
            n=name(rng, c.clin if rng.random() < 0.6 else c.staff, "surname"),
        )
    if layout == "prose":
        segs += join([it + [(".", None)] for it in items], " ")
    elif layout in ("bullets", "email", "hdrcols"):
        b = rng.choice(("- ", "* "))
        segs += join([[(b, None)] + it for it in items], "\n")
    elif layout in ("numbered", "forward"):
        segs += join([[(f"{i + 1}. ", None)] + it for i, it in enumerate(items)], "\n")
    elif layout == "tabform":
        segs += join([[(f"Item {i + 1}\t", None)] + it for i, it in enumerate(items)], "\n")
    elif layout == "reply":
        segs += join([it + [(".", None)] for it in items[: len(items) // 2 + 1]], " ")
        segs += F(
            "\n\nOn {d}, {n} wrote:\n", d=fmt_date(rng, rand_date(rng), "", True, False), n=name(rng, c.staff, "full")
        )
        segs += join([[("> ", None)] + it for it in items[len(items) // 2 + 1 :]] or [[("> see above", None)]], "\n")
    elif layout == "chat":
        me, them = name(rng, who, "given"), name(rng, c.staff, "given")
        acks = ("ok, noted", "got it, thank you", "sending this to the team", "one moment please", "can you confirm?")
        lines = []
        h, mnt = rng.randint(7, 11), rng.randint(0, 30)
        for i, it in enumerate(items):
            lines.append([(f"[{h}:{mnt + 2 * i:02d} {'AM' if h < 12 else 'PM'}] ", None), me, (": ", None)] + it)
            if i % 2 == 1:
                lines.append(
                    [
                        (f"[{h}:{mnt + 2 * i + 1:02d} {'AM' if h < 12 else 'PM'}] ", None),
                        them,
                        (f": {rng.choice(acks)}", None),
                    ]
                )
        segs += join(lines, "\n")
    if table is not None:
        segs += [("\n\n", None)] + table_segs(table, rng.choice(("|", "\t")))
    if layout == "forward":
        segs += F(
            "\n\n> From: {n}\n> Sent: {d}\n> {l}",
            n=name(rng, c.staff, "full"),
            d=fmt_date(rng, rand_date(rng), "", True, False),
            l=rng.choice(
                ("Please see the attached form.", "We still need the signed page.", "Forwarding for your records.")
            ),
        )
    # signature
    s = rng.random()
    if s < 0.3:
        segs += F("\n\n-- {i}", i=initials(who))
    elif s < 0.6:
        segs += F("\n\nThanks,\n{n}\n{p}", n=name(rng, who, "full"), p=phone(rng, c.town[3]))
    elif s < 0.8:
        segs += F("\n\n{n}", n=name(rng, who, rng.choice(("full", "nick", "suffix", "married", "initial"))))
    else:
        segs += [("\n\nThank you", None)]
    return segs


# ---------------------------------------------------------------- clinical notes
def c_header(c: Ctx) -> list[Seg]:
    r = c.rng
    age: list[Seg]
    if r.random() < 0.3:  # the patient is 90 or more: the birth date agrees with the age
        v = r.randint(90, 104)
        c.dob = date(2025 - v, r.randint(1, 12), r.randint(1, 28))
        age = [age_old(r, v)]
    else:
        age = [(f"{2025 - c.dob.year} years old", None)]
    style = r.randrange(4)
    if style == 0:
        return F(
            "PATIENT: {n}\nDOB: {d}    MRN: {m}\nAge: {a}\nDate of service: {s}\n",
            n=name(r, c.pt, r.choice(("last_first", "caps_first", "full"))),
            d=c.birth(),
            m=mrn(r),
            a=age,
            s=c.when(),
        )
    if style == 1:
        return F(
            "Pt name: {n}\tMRN: {m}\tDOB: {d}\nAge: {a}\nLocation: {f}\n",
            n=name(r, c.pt, r.choice(("full", "initial", "last_first", "nick"))),
            m=mrn(r),
            d=c.birth(),
            a=age,
            f=(c.hospital, "FACILITY"),
        )
    if style == 2:
        return F(
            "| Patient | MRN | DOB | Visit |\n|---|---|---|---|\n| {n} | {m} | {d} | {s} |\nAge: {a}\n",
            n=name(r, c.pt, r.choice(("last_first", "full", "caps_first"))),
            m=mrn(r),
            d=c.birth(),
            s=c.when(),
            a=age,
        )
    return F(
        "{n} (MRN {m}, DOB {d}) was seen on {s} at {f}. Age: {a}.\n",
        n=name(r, c.pt, r.choice(("full", "suffix", "married", "two"))),
        m=mrn(r),
        d=c.birth(),
        s=c.when(),
        f=(c.hospital, "FACILITY"),
        a=age,
    )


def c_section(c: Ctx, label: str) -> list[Seg]:
    r, t = c.rng, c.town
    body: list[Seg]
    if label == "Registration: ":
        body = F(
            "{a}, {c}, {s} {z}; home {p}",
            a=address(r, c.culture),
            c=(t[0], "LOCATION"),
            s=t[1],
            z=zipcode(r, t[2]),
            p=phone(r, t[3]),
        )
        if r.random() < 0.8:
            body += F("; SSN {s}", s=ssn(r))
    elif label == "Next of kin: ":
        body = F(
            "{k} {n} ({a}), {p}",
            k=c.kin_word,
            n=name(r, c.kin),
            a=age_old(r) if r.random() < 0.5 else "adult",
            p=phone(r, t[3]) if r.random() < 0.6 else phone_abroad(r, c.abroad[2]),
        )
        if r.random() < 0.35:
            body += F(
                ", lives at {a}, {l}, {s} {z}",
                a=address(r, c.culture),
                l=(t[0], "LOCATION"),
                s=t[1],
                z=zipcode(r, t[2]),
            )
        elif r.random() < 0.5:
            body += F(", lives in {l}", l=(c.abroad[0] if r.random() < 0.4 else t[0], "LOCATION"))
    elif label == "Portal: ":
        body = F("{e}; last login {i}; forms at {u}", e=email_for(r, c.pt), i=ip(r), u=url(r, c.pt))
    elif label == "Billing: ":
        body = F(
            "{i} member {h}; guarantor account {a}",
            i=c.insurer(),
            h=member_id(r),
            a=(digits(r, r.choice((8, 10))), "ACCOUNT"),
        )
        if r.random() < 0.4:
            body += F("; card {c}", c=card(r))
        if r.random() < 0.5:
            body += F("; guarantor SSN {s}", s=ssn(r))
    elif label == "Driver: ":
        body = F(
            "{n} drives; license {l} ({s}); plate {p}",
            n=name(r, c.kin, "given"),
            l=license_for(r, t[1]),
            s=t[1],
            p=plate(r, t[1]),
        )
        if r.random() < 0.5:
            body += F("; VIN {v}", v=(_vin(r), "VEHICLE"))
    elif label == "Devices on file: ":
        mk, md = r.choice((("Philips Respironics", "DreamStation 2"), ("Fisher & Paykel", "AIRVO 2"), ("ResMed", "AirSense 11"),
                           ("Unitron", "Vivante"), ("Dexcom", "G7"), ("Breas", "Vivo 45 LS")))  # fmt: skip
        body = F(
            "{mk} {md} serial {s}",
            mk=(mk, "maker"),
            md=(md, "model"),
            s=("".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(r, 8), "DEVICE"),
        )
        if r.random() < 0.5:
            body += F("; phone IMEI {i}", i=imei(r))
    elif label == "Copies to: ":
        doc = new_person(r)
        body = F(
            "{t}{n}, {cr}, {f}; fax {x}",
            t=r.choice(("Dr. ", "")),
            n=name(r, doc, r.choice(("full", "initial", "last_first"))),
            cr=r.choice(CREDENTIALS[:3]),
            f=c.fac(),
            x=phone(r, t[3], "FAX"),
        )
    else:
        body = F(
            "from {f} in {l} ({d}), accession {a}",
            f=c.fac(),
            l=(t[0], "LOCATION"),
            d=fmt_date(r, rand_date(r, 2019, 2023), c.culture),
            a=ident(r, r.choice(("S", "AC", "")), 8),
        )
    return [(label, None)] + body


def c_sign(c: Ctx) -> list[Seg]:
    r = c.rng
    cred = r.choice(CREDENTIALS)
    nm = name(r, c.clin, r.choice(("full", "full", "initial", "last_first")))
    when = c.when()
    style = r.randrange(4)
    out = [
        F("Electronically signed by {n}, {c} on {d} {t}", n=nm, c=cred, d=when, t=clock(r)),
        F("Signed: {n}, {c} {d}", n=nm, c=cred, d=when),
        F("Authenticated by {n}, {c}, {d}", n=nm, c=cred, d=when),
        F("Dictated by {n}, {c}; transcribed {d}", n=nm, c=cred, d=when),
    ][style]
    if r.random() < 0.45:
        out += F("\nNPI {n}", n=npi(r))
        if r.random() < 0.6:
            out += F("  DEA {d}", d=(_dea(r, c.clin.surname), "LICENSE"))
    return out


def icd_cpt_line(r: random.Random, codes: list[tuple[str, str]]) -> list[Seg]:
    return join([[(code, "code"), (f" {desc}", None)] for code, desc in codes], "; ")


def n_epley(c: Ctx) -> list[Seg]:
    r = c.rng
    side = r.choice(("right", "left"))
    icd = "H81.11" if side == "right" else "H81.12"
    body = F(
        "Procedure: canalith repositioning ({ep} maneuver), {s} posterior canal. {ep2} test positive with upbeat torsional nystagmus under {ep3} goggles.\n",
        ep=("Epley", "eponym"),
        s=side,
        ep2=("Hallpike", "eponym"),
        ep3=("Frenzel", "eponym"),
    )
    body += F(
        "Video recorded on {mk} {md}. Repeated x{n}; a {ep} maneuver was not needed.\n",
        mk=(r.choice(("Interacoustics", "Micromedical Technologies", "Natus")), "maker"),
        md=(r.choice(("VisualEyes 525", "VisualEyes 505", "Spectrum VNG")), "model"),
        n=str(r.randint(1, 3)),
        ep=("Semont", "eponym"),
    )
    body += F(
        "Home: {ep} exercises; {dr} only if needed.\nCodes: ",
        ep=("Brandt-Daroff", "eponym"),
        dr=(r.choice(("Antivert 25 mg", "Bonine 25 mg", "meclizine 12.5 mg")), "drug"),
    )
    body += icd_cpt_line(r, [(icd, "BPPV"), ("95992", "CRP")]) + F(
        "\nReferred to {dp}.\n",
        dp=(r.choice(("Vestibular Rehabilitation", "Neuro-Otology", "Audiology")), "department"),
    )
    return body


def n_dequervain(c: Ctx) -> list[Seg]:
    r = c.rng
    side = r.choice(("right", "left"))
    ster = r.choice(("Kenalog-40 10 mg", "Depo-Medrol 20 mg", "Celestone Soluspan 3 mg"))
    body = F(
        "Procedure: first dorsal compartment injection, {s} wrist, for de {ep}. {ep2} and {ep3} positive.\n",
        s=side,
        ep=("Quervain", "eponym"),
        ep2=("Eichhoff", "eponym"),
        ep3=("Brunelli", "eponym"),
    )
    body += F(
        "Injected {st} with 1 mL {an} via a 27 g needle on a {ep} lock syringe.\n",
        st=(ster, "drug"),
        an=(r.choice(("Xylocaine 1%", "Marcaine 0.25%", "Sensorcaine 0.25%")), "drug"),
        ep=("Luer", "eponym"),
    )
    body += F(
        "Splint: {mk} {md}. Codes: ",
        mk=(r.choice(("Bird & Cronin", "Thermoskin", "Rolyan")), "maker"),
        md=(r.choice(("Thumb Spica 08148", "Sport Thumb Stabiliser", "D-Ring Thumb Spica")), "model"),
    )
    body += icd_cpt_line(
        r,
        [
            ("M65.4", "radial styloid tenosynovitis"),
            ("20550", "tendon sheath injection"),
            ("J3301" if "Kenalog" in ster else "J1030", "drug"),
        ],
    )
    body += F("\nFollow up with {dp} in 6 weeks.\n", dp=("Hand Therapy", "department"))
    return body


def n_trach(c: Ctx) -> list[Seg]:
    r = c.rng
    mk, md = r.choice(
        (
            ("Shiley", "6DCT"),
            ("Shiley", "Flexible 6.0 DCFS"),
            ("Bivona", "TTS 6.0"),
            ("Portex", "Blue Line Ultra 7.0"),
            ("TRACOE", "twist plus 6"),
        )
    )
    body = F(
        "Procedure: routine tracheostomy tube change. Old {mk} {md} removed, new one placed over an obturator in {ep} position.\n",
        mk=(mk, "maker"),
        md=(md, "model"),
        ep=("Fowler", "eponym"),
    )
    body += F(
        "Cuff down; speaking valve {mk2} {md2} tolerated. {ep} tube set at bedside.\n",
        mk2=("Passy-Muir", "maker"),
        md2=(r.choice(("PMV 007", "PMV 2001")), "model"),
        ep=("Jackson", "eponym"),
    )
    body += F("SpO2 {s}% throughout. Supplies: ", s=str(r.randint(93, 99)))
    body += icd_cpt_line(
        r, [("Z43.0", "trach care"), ("31502", "tube change"), ("A7520", "trach tube"), ("A4623", "inner cannula")]
    )
    body += F("\n{dp} to follow.\n", dp=("Respiratory Therapy", "department"))
    return body


def n_cerclage(c: Ctx) -> list[Seg]:
    r = c.rng
    ga = r.randint(12, 15)
    kind = r.choice((("McDonald", "purse-string"), ("Shirodkar", "submucosal")))
    body = F(
        "Procedure: cervical cerclage ({ep}) at {g} weeks under spinal anesthesia. {k} stitch with 5 mm {mk} {md} tape.\n",
        ep=(kind[0], "eponym"),
        g=str(ga),
        k=kind[1],
        mk=("Ethicon", "maker"),
        md=("Mersilene", "model"),
    )
    body += F(
        "Cervical length {cl} mm by ultrasound. Post-op {dr} and {dr2}.\n",
        cl=str(r.randint(14, 26)),
        dr=(r.choice(("Prometrium 200 mg", "Endometrin 100 mg", "Crinone 8%")), "drug"),
        dr2=(r.choice(("Indocin 50 mg", "indomethacin 25 mg")), "drug"),
    )
    body += F("An {mk} pessary was discussed as an alternative. Codes: ", mk=("Arabin", "maker"))
    body += icd_cpt_line(r, [(r.choice(("O34.31", "O34.32")), "cervical insufficiency"), ("59320", "cerclage")])
    body += F("\nSeen by {dp}.\n", dp=("Maternal-Fetal Medicine", "department"))
    return body


def n_nasal(c: Ctx) -> list[Seg]:
    r = c.rng
    body = F(
        "Procedure: closed reduction of nasal fracture {d} days after injury; {z}.\n",
        d=str(r.randint(3, 10)),
        z=("S02.2XXA", "code"),
    )
    body += F(
        "{ep} elevator and {ep2} forceps used; septum realigned with {ep3} forceps. Afrin pledgets with {dr}.\n",
        ep=("Boies", "eponym"),
        ep2=("Walsham", "eponym"),
        ep3=("Asch", "eponym"),
        dr=(r.choice(("Pontocaine 2%", "lidocaine 4%")), "drug"),
    )
    body += F(
        "{mk} {md} splints placed; external {mk2} splint. {ep} maneuver improved airflow.\n",
        mk=("Medtronic Xomed", "maker"),
        md=(r.choice(("Merocel 2000", "Doyle II")), "model"),
        mk2=("Summit Medical", "maker"),
        ep=("Cottle", "eponym"),
    )
    body += (
        [("Codes: ", None)]
        + icd_cpt_line(r, [(r.choice(("21315", "21320")), "closed treatment")])
        + F("; {dp} follow up.\n", dp=(r.choice(("Otolaryngology", "Facial Plastic Surgery")), "department"))
    )
    body += F("Nasal spray: {dr}.\n", dr=(r.choice(("Ocean", "Afrin", "Ayr")), "drug"))
    return body


def n_tst(c: Ctx) -> list[Seg]:
    r = c.rng
    prod, mk = r.choice((("Tubersol", "Sanofi Pasteur"), ("Aplisol", "Par Pharmaceutical")))
    mm = r.randint(0, 18)
    body = F(
        "Procedure: tuberculin skin test ({ep} method). 0.1 mL {pr} by {mk}, lot {l}, NDC {n}, left volar forearm.\n",
        ep=("Mantoux", "eponym"),
        pr=(prod, "drug"),
        mk=(mk, "maker"),
        l=(_lot(r), "code"),
        n=(_ndc(r), "code"),
    )
    body += F("Read at 48-72 hours: induration {mm} mm.", mm=str(mm))
    if mm >= 10:
        body += F(
            " Positive; {md} interferon-gamma release assay ordered ({cpt}), chest film for a {ep2} complex.\n",
            md=("T-SPOT.TB", "model"),
            cpt=("86480", "code"),
            ep2=("Ghon", "eponym"),
        )
    else:
        body += [(" Negative.\n", None)]
    body += (
        [("Codes: ", None)]
        + icd_cpt_line(
            r,
            [
                ("Z11.1", "TB screening"),
                ("86580", "skin test"),
                ("R76.11" if mm >= 10 else "Z11.1", "positive" if mm >= 10 else ""),
            ][: 3 if mm >= 10 else 2],
        )
        + F(
            "\nFor {dp}.\n",
            dp=(r.choice(("Employee Health", "Infection Prevention", "Occupational Medicine")), "department"),
        )
    )
    return body


def n_medial_branch(c: Ctx) -> list[Seg]:
    r = c.rng
    levels = r.choice(("L3-L4 and L4-L5", "L4-L5 and L5-S1", "L2-L3 and L3-L4"))
    body = F("Procedure: lumbar medial branch block, bilateral {lv}, fluoroscopic guidance, prone.\n", lv=levels)
    body += F(
        "22 g {ep} needles ({mk}); {ep2} needle not used. 0.5 mL {dr} per level, contrast {dr2}.\n",
        ep=("Quincke", "eponym"),
        mk=(r.choice(("Pajunk", "Avanos", "BD")), "maker"),
        ep2=("Chiba", "eponym"),
        dr=(r.choice(("Marcaine 0.5%", "Sensorcaine 0.5%")), "drug"),
        dr2=(r.choice(("Omnipaque 240", "Isovue-M 200")), "drug"),
    )
    body += F(
        "Pain {a}/10 before, {b}/10 at 30 minutes. Diary given. Codes: ", a=str(r.randint(6, 9)), b=str(r.randint(0, 4))
    )
    body += icd_cpt_line(r, [("M47.816", "lumbar spondylosis"), ("64493", "first level"), ("64494", "second level")])
    body += F(
        "\nIf two blocks help, radiofrequency ablation with {dp}.\n",
        dp=(r.choice(("Pain Management", "Interventional Spine")), "department"),
    )
    return body


def n_molluscum(c: Ctx) -> list[Seg]:
    r = c.rng
    n = r.randint(6, 40)
    body = F(
        "Procedure: molluscum contagiosum treatment, {n} lesions on trunk and thighs, clinically typical, no biopsy sent for {ep} bodies.\n",
        n=str(n),
        ep=("Henderson-Paterson", "eponym"),
    )
    body += F(
        "Applied {dr} by {mk} with the single-use applicator; washed off at 24 hours.\n",
        dr=("Ycanth", "drug"),
        mk=("Verrica Pharmaceuticals", "maker"),
    )
    if r.random() < 0.5:
        body += F(
            "Four larger lesions curetted; cryo with {mk} {md}.\n",
            mk=("Brymill", "maker"),
            md=("Cry-Ac B-700", "model"),
        )
    body += F("Itch: {dr}. Codes: ", dr=(r.choice(("Zyrtec 5 mg", "Xyzal 2.5 mg", "Sarna lotion")), "drug"))
    body += icd_cpt_line(r, [("B08.1", "molluscum"), (r.choice(("17110", "17111")), "destruction")])
    body += F("\n{dp} recheck in 3 weeks.\n", dp=(r.choice(("Pediatric Dermatology", "Dermatology")), "department"))
    return body


CLINICAL_BUILDERS = {
    "epley": n_epley,
    "dequervain": n_dequervain,
    "trach_change": n_trach,
    "cerclage": n_cerclage,
    "nasal_reduction": n_nasal,
    "tst": n_tst,
    "medial_branch": n_medial_branch,
    "molluscum": n_molluscum,
}


def clinical_note(genre: str, rng: random.Random) -> list[Seg]:
    for _ in range(20):
        c = new_ctx(rng)
        body = CLINICAL_BUILDERS[genre](c)
        labels = rng.sample(SECTION_LABELS, rng.randint(1, 3))
        secs = join([c_section(c, lb) for lb in labels], "\n")
        insurer_line = F("Payer: {i}.", i=c.insurer()) if rng.random() < 0.65 else []
        segs = c_header(c) + [("\n", None)] + body + insurer_line + [("\n", None)] + secs + [("\n\n", None)] + c_sign(c)
        if 150 <= sum(len(s) for s, _ in segs) <= 1500:
            return segs
    raise RuntimeError("no note of the right length")


# ---------------------------------------------------------------- rows
def generate(family: str, n: int, seed: int) -> list[dict]:
    """`n` rows of `family` ("messages" or "clinical"), genres in turn, reproducible from `seed`."""
    if family not in FAMILIES:
        raise ValueError(family)
    rng = random.Random(f"eval27-{family}-{seed}")
    genres = MESSAGE_GENRES if family == "messages" else CLINICAL_GENRES
    rows: list[dict] = []
    seen: set[str] = set()
    i = 0
    while len(rows) < n:
        genre = genres[len(rows) % len(genres)]
        if family == "messages":
            segs = message(genre, rng)
            roll = rng.random()
            case = "upper" if roll < 1 / 18 else "lower" if roll < 2 / 18 else ""
        else:
            segs = clinical_note(genre, rng)
            case = ""
        body = render(segs, case)
        i += 1
        if body["text"] in seen:
            continue
        seen.add(body["text"])
        rows.append({"id": f"eval27-{family}-{len(rows)}", "family": family, **body})
    return rows


def dumps(rows: list[dict]) -> str:
    """The rows as JSON lines (ASCII, keys in schema order)."""
    return "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in rows)


def provenance_problems() -> list[str]:
    """Faker tables read from a locale other than their own: none, since no Faker table is read."""
    return faker_tables.provenance_problems(FAKER_TABLES)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--family", choices=FAMILIES, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dumps(generate(args.family, args.n, args.seed)), encoding="utf-8")


if __name__ == "__main__":
    main()
