"""Twenty-second independent de-identification evaluation set (eval22): special needs shelter
registrations before a hurricane (key: value and tab forms, oxygen concentrator and CPAP serials,
registrants over 90, family car plates), CDIB and tribal enrollment copy requests for
Purchased/Referred Care (forwarded-mail headers, CDIB and enrollment numbers, fax numbers, quoted
replies), farmworker pesticide exposure reports (chat lines with clock times, crew bus plates,
CURP numbers, phones in Oaxaca, numbered forms), powwow first aid tent logs (`|` tables, dancer
numbers, elders over 90, bullets), meds to beds bedside delivery texts (numbered Rx lists, DEA
numbers, NPIs, copay cards, header columns set apart by spaces), employee needlestick exposure
reports (employee IDs, source patient MRNs, safety needle makers and models, quoted requests),
naloxone kit distribution logs (tab tables of kit numbers, initials, ZIPs and lot numbers, outreach
van plates), good faith estimate requests from self-pay patients (CPT codes, accounts, SSNs for the
assistance form), therapy dog visit requests (handler registration and badge numbers, plates),
extended visitor pass lists for comfort care (bulleted visitors with driver's licences of several
states, pass numbers, relatives over 90) and TSA notification letter requests for insulin pumps
(pump and transmitter serials, IMEIs, Known Traveler Numbers, towns and phones abroad) and school
immunization exemption and catch-up forms (student and registry IDs, vaccine lots) (`messages`);
and copperhead envenomation notes, corneal foreign body removals, cerumen disimpactions,
suprapubic catheter changes, trigger point injections, LEEP procedures, external cephalic versions,
direct oral amoxicillin challenges for penicillin allergy, HCV treatment starts (`|` lab tables),
insulin pump starts (`|` settings tables), osteopathic manipulative treatments and fishhook
removals (`clinical`; 150-1,500 characters). Each genre occurs equally often (twenty-five rows per
genre in `messages`, ten in `clinical`, in turn). About one message in twenty is all capitals and
one in twenty all lower case; layouts include key: value forms, tab forms, `|` tables, bullets,
numbered lists, "> " quoted replies, chat lines with clock times ("[6:12 AM] Filemon: ..."),
signatures with initials ("-- DGA"), forwarded-mail headers ("Sent: ") and header lines whose
columns are set apart by runs of spaces ("Patient: ...    MRN: ..."). Every clinical note has a
header (PATIENT:, Pt name:, a `|` table or a sentence with "(MRN ..."), one to three sections that
carry further identifiers (Registration, Ride home, Interpreter, Emergency contact, Copies to,
Portal, Billing, Devices on file, Work status, Outside records, Late entry, Parking) and a signature
line ("Electronically signed by", "Signed:", "Attested by" or "e-signed"), some with a DEA number
and an NPI.

Written by a writer who read only `tests/deid/evalset_checks.py`, `tests/deid/test_evalset21.py`,
`tests/deid/conftest.py`, `tests/deid/test_evalset_generators.py`, the module docstrings of
`tools/deid/evalset3.py` ... `tools/deid/evalset21.py` (nothing below them), the API (signatures and
docstrings) of `tools/deid/faker_tables.py`, `medcode/deid/types.py`, `datasets/deid/README.md` and
the ruff and mypy sections of `pyproject.toml`; none of the de-identifier's rules, recognizers,
lexicons, keep lists, models or engine, none of the other generators' code and none of the sets
under `datasets/` or `build/`. The de-identifier was never run on this text.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters
them. This family brings text shapes, values and names nobody tuned on.

Locales: none. ``NAME_LOCALES``, ``CITY_LOCALES``, ``ORG_LOCALES``, ``LOCALES`` and
``FAKER_TABLES`` are empty and ``provenance_problems()`` returns []. Names come from hand-written
lists of four naming cultures no earlier family used, in the Latin spellings met on US papers, with
variants: Garifuna (Honduran and Belizean families in the Bronx, New Orleans, Houston and Los
Angeles: Spanish or English given names and two surnames, the father's then the mother's, "Dilcia
Guity Arzu", which a registrar may split, "ARZU, Dilcia Guity", or hyphenate, "Guity-Arzu";
"Guity" / "Guitty", "Sambula" / "Sambola", "Norales" / "Noralez", "Franzua" / "Fransua", b/v and
s/z spellings, "Avila" / "Abila", "Suazo" / "Zuazo"), Mixtec, Zapotec and Triqui families from
Oaxaca (farmworkers in Oxnard, Santa Maria, Madera, Salinas and Woodburn: saints' names, "Macaria",
"Tiburcio", "Filemon" / "Philemon", compound given names with "de", "Maria de Jesus" / "Ma. de
Jesus", "Juan de Dios", two surnames some of which are given names, "Luis", "Pablo", "Matias",
"Santiago", a married woman's "de" and her husband's surname, "Macaria Lopez de Cruz"; day-first
dates and Spanish dates from Mexican papers, "14/03/1957", "14 de marzo de 1957", and the CURP),
Roma (Vlax Romani American families with English surnames, "Stevens", "Marks", "Uwanawich" /
"Uwanowich", "Demetro" / "Demitro", and a Romani name beside an American one, 'Tinka "Tina"
Marks'; Romanian and Slovak Roma families written surname first, "LACATUS Florica", "Lacatus" /
"Lakatos" / "Lakatosh", "Stoica" / "Stojka"; Romanian dates with dots, "14.03.1957", Slovak ones
with spaces, "14. 3. 1957") and Cherokee and Lumbee (Eastern Band and Cherokee Nation families in
western North Carolina and northeast Oklahoma, Lumbee families in Robeson County: Southern double
given names, "Linda Gail", "Bobby Ray", Cherokee given names, "Ayita", "Tsali", compound surnames
joined, spaced or hyphenated, "Standingdeer" / "Standing Deer" / "Standing-Deer", "Sixkiller" /
"Six Killer", "Locklear" / "Locklair" / "Locklar", "Oxendine" / "Oxidine", "Lowry" / "Lowery",
suffixes, "Jr.", and surnames that are English words, "Hunt", "Brooks", "Woods", "Swimmer", "Soap",
"Grass", "Pigeon"). Words for relatives used instead of a name (``KIN_WORDS``: Garifuna "Nagutu",
"Nuguchu", Oaxacan Spanish "Abuela", "Ama", "Apa", "Comadre", "Compadre", Romani "Daj", "Dado",
"Mami", "Papo", "Kako", "Bibi", Cherokee "Elisi", "Edudu", "Etsi", Lumbee "Mamaw", "Papaw",
"Granny") are not PHI, nor are titles ("Dr.", "Mr.", "Mrs.", "Ms.", "Don", "Dona", "Buyei",
"Pastor", "Rev.", "Elder", "Chief", "Hna."). Towns come from hand-written lists (``US_TOWNS`` with
state, ZIP and area codes: Lumbee and Cherokee towns, Garifuna, Oaxacan and Roma community towns;
``ABROAD_TOWNS`` in Honduras, Belize, Oaxaca, Romania and Slovakia), as do streets, facilities,
insurers, makers and models. Numbers, dates, codes and identifiers come from this module's own
seeded ``random.Random``; no Faker is used, so a seed reproduces its file byte for byte. All text
is ASCII.

Annotation conventions (the 18 Safe Harbor identifiers as the project's PHI types): NAME is a
person's name as written (patients, relatives, caregivers, visitors, clinicians, staff, crew
leaders, outreach workers, handlers, adjusters, interpreters), one span: "Given Surname", "Given
Surname Second", "Given Surname de Husband", "SURNAME SECOND, Given", "SECOND, Given Surname",
"SURNAME Given", 'Given "Alias" Surname', all capitals, all lower case, a given name or a surname
alone, "G. Aquino", a suffix ("Bobby Ray Locklear Jr."), and two to four capital initials that sign
a message, a log line or a note ("-- DGA", "e-signed LGL"). Titles stay outside the span ("Dr. ",
"Don ", "Dona ", "Buyei ", "Pastor ", "Elder ", "Chief ", "Hna. "), as do credentials (", MD",
", DO", ", FNP-C", ", CNM", ", CHW", ", CDCES", ", CPhT", ", RN, COHN-S", ", EMT-B", ...), a
possessive "'s" and kinship words; a dog's name is not PHI. An e-mail address is EMAIL even when it
holds a name. DATE is every date element more specific than a year, one span with its year if it
has one and with a weekday written next to it: "03/14/2025", "3/14/25", "2025-03-14",
"14-Mar-2025", "14MAR2025", "Mar 14, 2025", "March 14, 2025", "14 March 2025", "March 2025", "3/14",
"Mar 14", "March 14", "March 14th", "Fri 3/14", "Fri 03/14/2025", "Friday, March 14, 2025",
"Friday, March 14", and day first from papers abroad: "14/03/1957" (Honduras, Mexico), "14 de
marzo de 1957" (Mexico), "14.03.1957" (Romania), "14. 3. 1957" (Slovakia). Clock times, durations,
gestational age, doses, room numbers, Grand Entry and blood pressures are not PHI. AGE is PHI only
when 90 or more: the number or the words alone ("96", "ninety-four", "one hundred and three"),
never "-year-old", "years old" or "age"; younger ages stay in the text unannotated. LOCATION is a
town or city (US or abroad); states and countries ("NC", "OK", "Honduras", "Belize", "Mexico",
"Romania", "Slovakia") are not PHI, and a town inside an organisation's name is part of the
FACILITY span ("Oxnard Valley Community Hospital"). ADDRESS is the street line with its unit or
trailer lot ("2375 Hwy 711 Apt 20B", "5550 S Broadway Lot 26"), or a PO Box. ZIP is a US ZIP, with
its +4 when written. PHONE and FAX include "+1", "1-", an extension and the country codes "+504",
"+501", "+52", "+40" and "+421"; a number labelled fax is FAX. EMAIL, URL (with "https://") and IP
(IPv4 or IPv6) are whole tokens. SSN in any of its shapes. MRN is a medical record number: 7 to 10
digits, its last a Luhn check digit, sometimes a hyphen after the first two. ACCOUNT is a billing,
hospital or pharmacy account or a copay card (16 digits, Luhn). HEALTH_PLAN is a member, Medicaid,
SoonerCare, Medi-Cal or Medicare (MBI) number. LICENSE is a driver's licence (NC, OK, CA, OR, NY,
FL, LA, TX, IL and PA shapes), a nursing or other professional licence or a DEA registration (its
check digit right). VEHICLE is a plate, a VIN (its check digit right) or a North Carolina boat
registration ("NC 6248 EE"). DEVICE is the serial number of a device a patient uses or carries
(oxygen concentrator, CPAP, power wheelchair, insulin pump, CGM transmitter, hearing aid) or a phone
IMEI (Luhn). ID is every other identifying number: shelter registration, CDIB and tribal enrollment,
pesticide incident report, powwow dancer, Rx, employee, naloxone kit, therapy dog registration,
volunteer badge, visitor pass, flight confirmation, Known Traveler, student, immunization registry,
CURP, poison center case, prior authorization, specimen, workers' compensation claim and
interpreter numbers and NPIs (Luhn with the 80840 prefix). FACILITY is every organisation named
(hospitals, clinics, pharmacies, schools, farms and other employers, tribal enrollment offices,
emergency management, powwow and homecoming committees, harm reduction projects, community
coalitions), one span. Not PHI and kept (``keep``, kinds in ``KEEP_KINDS``): drugs with their doses
(drug); ICD-10-CM codes, CPT-shaped numbers, HCPCS codes and lot numbers (code); makers (maker);
model names (model); insurers and public plans (insurer); eponyms, the name only, some of them
surnames or words ("Still", "Jones", "Chapman", "Bishop", "Leopold", "Foley", "Weber", "Travell",
"Lee-White", "Gell and Coombs", "Child-Pugh", "Lou Gehrig", "Bell") (eponym) and departments
(department). No keep term ever occurs inside a PHI span (a term that does in some row is left out
of that row's list). Look-alikes left in the text on purpose: surnames and given names that are
English words ("Hunt", "Brooks", "Bell", "Soap", "Walker", "Dock", "Santos"), given names that are
surnames and towns ("Santiago", "Luis", "Gabor"), towns that are also elsewhere ("Santa Fe",
"Punta Gorda"), kinship words, a "Chief Joseph" who is a dog, CPT codes shaped like ZIPs, dancer
numbers beside ages, blood pressures and acuities, and numbers that are not PHI (lot numbers, HCPCS
codes, ages under 90, clock times, room numbers).

    python -m tools.deid.evalset22 --family messages --n 300 --seed 4401 --out datasets/deid/eval22_messages.jsonl
    python -m tools.deid.evalset22 --family clinical --n 120 --seed 4402 --out datasets/deid/eval22_clinical.jsonl

Seeds 4501 / 4502 are reserved for tuning (``--out build/deid-fresh/...``); keep the two committed
files for measurement.
"""

from __future__ import annotations

import argparse
import calendar
import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

from tools.deid import faker_tables

Day = date  # the type, under a name that Gen.date does not shadow

FAMILIES = ("messages", "clinical")
KEEP_KINDS = ("drug", "code", "maker", "model", "insurer", "eponym", "department")

# No Faker table is read: every name, town and organisation below is hand-written.
NAME_LOCALES: tuple[str, ...] = ()
CITY_LOCALES: tuple[str, ...] = ()
ORG_LOCALES: tuple[str, ...] = ()
LOCALES: tuple[str, ...] = ()
FAKER_TABLES: dict[str, list[tuple[str, str]]] = {}


def provenance_problems() -> list[str]:
    """Each Faker table read here that is not its locale's own (none is read, so none)."""
    return faker_tables.provenance_problems(FAKER_TABLES)


# ---------------------------------------------------------------- names (each entry: its spellings)

# Garifuna (Honduras and Belize; the Bronx, New Orleans, Houston, Los Angeles): Spanish or English
# given names, the father's surname then the mother's.
GA_GIVEN_F = (("Dilcia",), ("Marleny", "Marlene"), ("Yolanda",), ("Kenia", "Kenya"), ("Dionisia",), ("Glenda",),
              ("Mirna", "Myrna"), ("Ingrid",), ("Sonia", "Sonya"), ("Tomasa",), ("Epifania",), ("Yesenia", "Yessenia"),
              ("Sheyla", "Sheila"), ("Aurelia",), ("Justa",), ("Ana Lucia", "Analucia"))  # fmt: skip
GA_GIVEN_M = (("Celso",), ("Teofilo", "Teophilo"), ("Wilmer", "Wilmar"), ("Nahun", "Nahum"), ("Santos",), ("Milton",),
              ("Jeffry", "Jeffrey"), ("Aurelio",), ("Delroy",), ("Sheldon",), ("Cipriano",), ("Cristobal",),
              ("Evaristo",), ("Franklin",), ("Juan Pablo", "Juanpablo"))  # fmt: skip
GA_SURNAMES = (("Guity", "Guitty"), ("Arzu", "Arzou"), ("Sambula", "Sambola"), ("Bernardez", "Bernadez"), ("Cacho",),
               ("Cayetano",), ("Palacio", "Palacios"), ("Norales", "Noralez"), ("Franzua", "Fransua"),
               ("Chimilio", "Chimilo"), ("Suazo", "Zuazo"), ("Castillo",), ("Martinez", "Martines"),
               ("Alvarez", "Albarez"), ("Colon",), ("Nunez", "Nunes"), ("Mejia", "Megia"), ("Avila", "Abila"),
               ("Velasquez", "Velazquez"), ("Ellis",))  # fmt: skip

# Mixtec, Zapotec and Triqui families from Oaxaca (Oxnard, Santa Maria, Madera, Salinas, Woodburn):
# saints' names, compound given names with "de" ("Maria de Jesus", "Ma. de Jesus"), two surnames,
# some of them given names ("Luis", "Pablo", "Matias", "Santiago"); a married woman may add "de"
# and her husband's surname ("Macaria Lopez de Cruz").
OX_GIVEN_F = (("Macaria",), ("Juventina",), ("Eulalia",), ("Petra",), ("Anastasia",), ("Felipa",), ("Cirila", "Cirilia"),
              ("Teodora", "Theodora"), ("Rufina",), ("Florentina",), ("Agustina",), ("Crisanta",),
              ("Leticia", "Letisia"), ("Reyna", "Reina"), ("Zenaida", "Cenaida"), ("Maria de Jesus", "Ma. de Jesus"))  # fmt: skip
OX_GIVEN_M = (("Filemon", "Philemon"), ("Eusebio", "Usebio"), ("Rufino",), ("Crispin",), ("Apolinar", "Apolinario"),
              ("Florentino",), ("Tiburcio",), ("Hilario",), ("Nicasio",), ("Efrain", "Efren"), ("Genaro", "Jenaro"),
              ("Bonifacio",), ("Gaudencio",), ("Pascual",), ("Juan de Dios", "Juan D."))  # fmt: skip
OX_SURNAMES = (("Lopez", "Lopes"), ("Santiago",), ("Bautista", "Baptista"), ("Cruz",), ("Mendoza",),
               ("Vasquez", "Vazquez"), ("Jimenez", "Gimenez"), ("Matias",), ("Luis",), ("Pablo",), ("Nicolas",),
               ("Aquino",), ("Feria",), ("Matus",), ("Quiroz", "Quiros"), ("Velasco", "Velazco"),
               ("Zaragoza", "Saragoza"), ("Sosa",), ("Toledo",), ("Merino",))  # fmt: skip

# Roma (Vlax Romani American families with English surnames and a Romani name beside an American
# one, and Romanian and Slovak Roma families who came later).
RO_GIVEN_F = (("Tinka", "Tina"), ("Rupa", "Ruby"), ("Luludi",), ("Drina",), ("Zorka",), ("Florica", "Florika"),
              ("Lenuta", "Lenutsa"), ("Mirela", "Mirella"), ("Papusha", "Papusza"), ("Mala",), ("Tsura", "Zura"),
              ("Lavinia",), ("Esmeralda",), ("Kalinka",))  # fmt: skip
RO_GIVEN_M = (("Tene", "Teddy"), ("Stevo", "Steve"), ("Yonko", "Yanko"), ("Boldo",), ("Milosh", "Milos"), ("Pulika",),
              ("Gunari",), ("Nicolae", "Nikolai"), ("Florin",), ("Ionel",), ("Marius",), ("Gabor",), ("Lacho", "Laco"),
              ("Dezider",))  # fmt: skip
RO_SURNAMES = (("Stevens",), ("Marks",), ("Uwanawich", "Uwanowich"), ("Demetro", "Demitro", "Dimitro"), ("Nicholas",),
               ("Adams",), ("George",), ("Mitchell",), ("Frank",), ("Lacatus", "Lakatos", "Lakatosh"),
               ("Caldararu", "Caldarar"), ("Stoica", "Stojka", "Stoika"), ("Rostas", "Rostash"), ("Balog", "Balogh"),
               ("Horvath", "Horvat"), ("Kolompar",), ("Gabor",), ("Cioaba", "Chioaba"), ("Bihari",))  # fmt: skip

# Cherokee (Eastern Band in western North Carolina, Cherokee Nation in northeast Oklahoma) and
# Lumbee (Robeson County, North Carolina): Southern double given names, Cherokee given names,
# compound surnames joined, spaced or hyphenated, surnames that are English words.
CL_GIVEN_F = (("Linda Gail",), ("Wanda",), ("Earlene", "Earline"), ("Hattie",), ("Tammy Sue",), ("Brenda Kay",),
              ("Ayita",), ("Awinita",), ("Galilahi",), ("Nettie",), ("Vernice", "Vernese"), ("Sherry Lynn",),
              ("Loretta",), ("Ola Mae", "Olamae"), ("Doris",))  # fmt: skip
CL_GIVEN_M = (("Bobby Ray",), ("Vardell", "Vardel"), ("Purnell",), ("Furnie", "Furney"), ("Delton",), ("Dock",),
              ("Lonnie",), ("Harvey Lee",), ("Jimmy Dale",), ("Tsali",), ("Sequoyah", "Sequoya"), ("Walker",),
              ("Dewey",), ("Cecil",))  # fmt: skip
CL_SURNAMES = (("Locklear", "Locklair", "Locklar"), ("Oxendine", "Oxidine"), ("Chavis", "Chavers"),
               ("Lowry", "Lowery", "Lowrie"), ("Brooks",), ("Hunt",), ("Jacobs",), ("Sampson",), ("Cummings",),
               ("Dial",), ("Revels", "Revells"), ("Maynor",), ("Hammonds",), ("Deese", "Deas"), ("Woods",), ("Bell",),
               ("Wolfe",), ("Crowe", "Crow"), ("Saunooke", "Saunook"), ("Tooni",), ("Squirrel",),
               ("Bigwitch", "Big Witch"), ("Owle",), ("Standingdeer", "Standing Deer", "Standing-Deer"),
               ("Climbingbear", "Climbing Bear"), ("Arneach",), ("Teesateskie", "Teesatuskie"), ("Hummingbird",),
               ("Sixkiller", "Six Killer"), ("Dreadfulwater", "Dreadful Water"), ("Fourkiller",), ("Soap",),
               ("Swimmer",), ("Pigeon",), ("Bearpaw", "Bear Paw"), ("Walkingstick", "Walking Stick"),
               ("Youngdeer", "Young Deer"), ("Littlejohn",), ("Grass",), ("Glass",))  # fmt: skip

CULTURES = {
    "ga": (GA_GIVEN_F, GA_GIVEN_M, GA_SURNAMES),
    "ox": (OX_GIVEN_F, OX_GIVEN_M, OX_SURNAMES),
    "ro": (RO_GIVEN_F, RO_GIVEN_M, RO_SURNAMES),
    "cl": (CL_GIVEN_F, CL_GIVEN_M, CL_SURNAMES),
}

# Words for relatives used instead of a name: not PHI. Garifuna, Oaxacan Spanish, Romani, Cherokee
# and Lumbee English.
KIN_WORDS = ("Nagutu", "Nuguchu", "Abuela", "Ama", "Apa", "Comadre", "Compadre", "Daj", "Dado", "Mami", "Papo", "Kako",
             "Bibi", "Elisi", "Edudu", "Etsi", "Mamaw", "Papaw", "Granny")  # fmt: skip
KIN_F = ("Nagutu", "Nuguchu", "Abuela", "Ama", "Comadre", "Daj", "Mami", "Bibi", "Elisi", "Etsi", "Mamaw", "Granny")
KIN_M = ("Apa", "Compadre", "Dado", "Papo", "Kako", "Edudu", "Papaw")
TITLES = ("Dr.", "Mr.", "Mrs.", "Ms.", "Don", "Dona", "Buyei", "Pastor", "Rev.", "Elder", "Chief", "Hna.")
CREDENTIALS = ("MD", "DO", "NP", "FNP-C", "PA-C", "RN", "LPN", "PharmD", "CPhT", "CNM", "LCSW", "CHW", "CDCES",
               "RN, COHN-S", "EMT-B", "OD", "MA")  # fmt: skip

# ---------------------------------------------------------------- places

# town, state, ZIP (first five digits), area codes
US_TOWNS = (
    ("Pembroke", "NC", "28372", ("910",)), ("Lumberton", "NC", "28358", ("910",)), ("Red Springs", "NC", "28377", ("910",)),
    ("Maxton", "NC", "28364", ("910",)), ("Raeford", "NC", "28376", ("910",)), ("Fairmont", "NC", "28340", ("910",)),
    ("Rowland", "NC", "28383", ("910",)), ("Saint Pauls", "NC", "28384", ("910",)), ("Cherokee", "NC", "28719", ("828",)),
    ("Bryson City", "NC", "28713", ("828",)), ("Robbinsville", "NC", "28771", ("828",)), ("Sylva", "NC", "28779", ("828",)),
    ("Tahlequah", "OK", "74464", ("918", "539")), ("Stilwell", "OK", "74960", ("918",)), ("Jay", "OK", "74346", ("918",)),
    ("Vinita", "OK", "74301", ("918",)), ("Sallisaw", "OK", "74955", ("918",)), ("Pryor", "OK", "74361", ("918",)),
    ("Bronx", "NY", "10456", ("718", "347")), ("New Orleans", "LA", "70119", ("504",)), ("Kenner", "LA", "70062", ("504",)),
    ("Houston", "TX", "77036", ("713", "832")), ("Los Angeles", "CA", "90011", ("213", "323")), ("Miami", "FL", "33142", ("305", "786")),
    ("Oxnard", "CA", "93030", ("805",)), ("Santa Maria", "CA", "93454", ("805",)), ("Madera", "CA", "93637", ("559",)),
    ("Greenfield", "CA", "93927", ("831",)), ("Salinas", "CA", "93901", ("831",)), ("Woodburn", "OR", "97071", ("503", "971")),
    ("Salem", "OR", "97301", ("503",)), ("Vista", "CA", "92083", ("760",)), ("Yonkers", "NY", "10701", ("914",)),
    ("Cicero", "IL", "60804", ("708",)), ("Bensalem", "PA", "19020", ("215", "267")), ("Garland", "TX", "75040", ("972",)),
    ("Gresham", "OR", "97030", ("503",)),
)  # fmt: skip
# town, country, phone prefix kind
ABROAD_TOWNS = (
    ("La Ceiba", "Honduras"), ("Trujillo", "Honduras"), ("Tela", "Honduras"), ("Sambo Creek", "Honduras"),
    ("Corozal", "Honduras"), ("Triunfo de la Cruz", "Honduras"), ("Santa Fe", "Honduras"), ("Iriona", "Honduras"),
    ("Dangriga", "Belize"), ("Hopkins", "Belize"), ("Seine Bight", "Belize"), ("Punta Gorda", "Belize"),
    ("San Juan Mixtepec", "Mexico"), ("Santiago Juxtlahuaca", "Mexico"), ("Tlaxiaco", "Mexico"),
    ("Huajuapan de Leon", "Mexico"), ("Juchitan", "Mexico"), ("Tlacolula", "Mexico"), ("Teotitlan del Valle", "Mexico"),
    ("Yalalag", "Mexico"), ("Putla", "Mexico"), ("Craiova", "Romania"), ("Tandarei", "Romania"),
    ("Barbulesti", "Romania"), ("Tulcea", "Romania"), ("Kosice", "Slovakia"), ("Presov", "Slovakia"),
    ("Michalovce", "Slovakia"), ("Spisska Nova Ves", "Slovakia"),
)  # fmt: skip
COUNTRY_CODE = {"Honduras": "+504", "Belize": "+501", "Mexico": "+52", "Romania": "+40", "Slovakia": "+421"}
REGION_OF = {
    "Honduras": "Atlantida",
    "Belize": "Stann Creek",
    "Mexico": "Oaxaca",
    "Romania": "Dolj",
    "Slovakia": "Kosice Region",
}
STREETS = ("Union Chapel Rd", "Deep Branch Rd", "Prospect Rd", "Saddletree Rd", "Old Whiteville Rd", "Harpers Ferry Rd",
           "Acquoni Rd", "Big Cove Rd", "Wolfetown Rd", "Tsali Blvd", "Muskogee Ave", "Downing St", "Grand Concourse",
           "Southern Blvd", "E 149th St", "Prospect Ave", "N Claiborne Ave", "St Claude Ave", "Bellaire Blvd",
           "S Central Ave", "Cooper Rd", "Saviers Rd", "Pleasant Valley Rd", "W Main St", "N Front St", "Young St",
           "S Broadway", "Nepperhan Ave", "W Cermak Rd", "Street Rd", "Kingsley Rd", "NE Division St",
           "Riverside Dr", "Cedar Ln", "Hwy 711", "Pea Ridge Rd", "Red Bird Ln")  # fmt: skip

# ---------------------------------------------------------------- organisations (FACILITY), keep lists

HOSPITALS = ("Robeson Riverbend Medical Center", "Pembroke Prospect Hospital", "Qualla Ridge Indian Hospital",
             "Tahlequah Hillside Medical Center", "Gadugi Regional Hospital", "Bronx Seremein Hospital",
             "St. Claude Mercy Hospital", "Oxnard Valley Community Hospital", "Marian Santa Maria Medical Center",
             "Willamette Woodburn Hospital", "Cicero Lakeside Hospital", "Bensalem Grove Medical Center")  # fmt: skip
CLINICS = ("Saddletree Family Medicine", "Osiyo Family Clinic", "Tsalagi Urgent Care", "Nuu Savi Farmworker Clinic",
           "Bene Xhon Health Center", "Sastipe Family Practice", "Yurumein Community Clinic",
           "Lumber River Internal Medicine", "Sequoyah Hills Health Center", "Guelaguetza Salud Clinic",
           "Hopkins Street Medical Group", "Redbird Eye and Ear Clinic")  # fmt: skip
PHARMACIES = ("Saddletree Drug", "Osiyo Pharmacy", "Guelaguetza Community Pharmacy", "Baxtalo Pharmacy",
              "Prospect Discount Drug", "Seremein Pharmacy", "Red Springs Drug Co.")  # fmt: skip
SCHOOLS = ("Prospect Elementary School", "Cherokee Central Schools", "Sequoyah Middle School", "Lincoln Academy of Oxnard",
           "Woodburn Success High School", "Magnolia Charter School", "St. Augustine Garifuna Bilingual School")  # fmt: skip
EMPLOYERS = ("Pacheco Berry Farms", "Oxnard Green Fields LLC", "Salinas Valley Lettuce Co.", "Robeson Poultry Processing",
             "Willamette Nursery Supply", "Smoky Mountain Casino Resort", "Riverbend Tire and Lube")  # fmt: skip
ORGS = ("Lumbee Tribe Enrollment Office", "Cherokee Nation Registration Office", "Eastern Band Enrollment Office",
        "Garifuna Coalition of the Bronx", "Mixteco Indigena Outreach Center", "Romani Sastipe Network",
        "Robeson County Emergency Management", "Tahlequah Senior Nutrition Center", "Pembroke Harm Reduction Project",
        "Paws for Comfort Volunteers", "Smoky Mountain Powwow Committee", "Lumbee Homecoming Committee")  # fmt: skip

INSURERS = ("Medicaid", "Medicare", "Healthy Blue", "WellCare of North Carolina", "AmeriHealth Caritas North Carolina",
            "SoonerCare", "Medi-Cal", "Oregon Health Plan", "CareOregon", "Healthfirst", "Fidelis Care", "MetroPlus",
            "L.A. Care", "Gold Coast Health Plan", "CenCal Health", "Humana", "Aetna", "UnitedHealthcare", "Cigna",
            "Molina Healthcare", "Louisiana Healthcare Connections", "Ambetter", "Blue Cross NC")  # fmt: skip
DEPARTMENTS_M = ("Emergency Department", "Employee Health", "Pharmacy", "Patient Financial Services", "Infection Prevention",
                 "Pastoral Care", "Volunteer Services", "Security", "Registration", "Health Information Management",
                 "Endocrinology", "Pediatrics", "Occupational Medicine", "Case Management")  # fmt: skip
DEPARTMENTS_C = ("Emergency Department", "Urology", "Ophthalmology", "Hepatology", "Endocrinology", "Gynecology",
                 "Family Medicine", "Otolaryngology", "Allergy and Immunology", "Labor and Delivery", "Obstetrics",
                 "Physical Medicine and Rehabilitation", "Infectious Disease", "Pharmacy", "Wound Care")  # fmt: skip
MSG_EPONYMS = ("Parkinson", "Alzheimer", "Crohn", "Hashimoto", "Addison", "Graves", "Huntington", "Raynaud", "Sjogren",
               "Guillain-Barre", "Bell", "Meniere", "Lou Gehrig")  # fmt: skip
PUMPS = (("Tandem Diabetes Care", "t:slim X2"), ("Insulet", "Omnipod 5"), ("Medtronic", "MiniMed 780G"),
         ("Beta Bionics", "iLet"))  # fmt: skip
CGMS = (("Dexcom", "Dexcom G7"), ("Abbott", "FreeStyle Libre 3"), ("Medtronic", "Simplera Sync"))
OXYGEN = (("Inogen", "Inogen One G5"), ("CAIRE", "FreeStyle Comfort"), ("Invacare", "Platinum 10"),
          ("ResMed", "AirSense 11"), ("Philips", "DreamStation 2"), ("Permobil", "M3 Corpus"),
          ("Pride Mobility", "Jazzy Elite HD"))  # fmt: skip
NEEDLES = (("BD", "Eclipse"), ("Retractable Technologies", "VanishPoint"), ("Smiths Medical", "Jelco"))

MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre")  # fmt: skip
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_VIN_VALUE = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
              "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}  # fmt: skip
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def luhn_digit(body: str) -> str:
    """The Luhn check digit that completes `body`."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def age_words(n: int) -> str:
    """An age of 90-119 in words ("ninety-four", "one hundred and three")."""
    if n < 100:
        return "ninety" if n == 90 else f"ninety-{_UNITS[n - 91]}"
    rest = n - 100
    if rest == 0:
        return "one hundred"
    if rest < 10:
        return f"one hundred and {_UNITS[rest - 1]}"
    return f"one hundred and {['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen'][rest - 10]}"


def vin(rng: random.Random) -> str:
    """A 17-character VIN with a right check digit (49 CFR 565)."""
    wmi = rng.choice(("1FT", "1GC", "3N1", "5NP", "JTD", "2T1", "1HG", "4T1", "1C4", "3GN", "KNA", "5YJ"))
    rest = "".join(rng.choice(_VIN_CHARS) for _ in range(5))
    year = rng.choice("GHJKLMNPRS")
    tail = rng.choice("ABCDEFGH0123456789") + "".join(rng.choice("0123456789") for _ in range(6))
    body = wmi + rest + "0" + year + tail
    total = sum(_VIN_VALUE[c] * w for c, w in zip(body, _VIN_WEIGHTS)) % 11
    return body[:8] + ("X" if total == 10 else str(total)) + body[9:]


def dea(rng: random.Random, surname: str) -> str:
    """A DEA registration: a registrant letter, the surname's initial, seven digits (check digit right)."""
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    first = surname.replace(" ", "").replace("-", "")[0].upper()
    return rng.choice("ABFGM") + first + "".join(map(str, d)) + str(check)


class Doc:
    """A text built piece by piece; PHI spans and keep terms are recorded as they are appended."""

    def __init__(self) -> None:
        self.buf: list[str] = []
        self.n = 0
        self.spans: list[tuple[int, int, str]] = []
        self.keep: dict[str, str] = {}

    def t(self, s: str) -> None:
        self.buf.append(s)
        self.n += len(s)

    def add(self, value) -> None:
        """A plain string, a (text, kind) pair (a PHI type, or "+kind" for a keep term) or a list of them."""
        if isinstance(value, str):
            self.t(value)
        elif isinstance(value, list):
            for v in value:
                self.add(v)
        else:
            s, kind = value
            if kind.startswith("+"):
                self.keep.setdefault(s, kind[1:])
            else:
                assert s == s.strip() and s, (s, kind)
                self.spans.append((self.n, self.n + len(s), kind))
            self.t(s)

    def f(self, template: str, **vals) -> None:
        """Append `template`, its {fields} filled from `vals` (see `add`)."""
        for i, part in enumerate(re.split(r"\{(\w+)\}", template)):
            if i % 2:
                self.add(vals[part])
            elif part:
                self.t(part)

    def text(self) -> str:
        return "".join(self.buf)


def P(s: str, kind: str) -> tuple[str, str]:
    return (s, kind)


def K(s: str, kind: str) -> tuple[str, str]:
    return (s, "+" + kind)


class Person:
    """One person's name, in the spellings chosen for them, and its written forms."""

    def __init__(self, rng: random.Random, culture: str, sex: str) -> None:
        self.rng = rng
        self.culture = culture
        self.sex = sex
        given_f, given_m, surnames = CULTURES[culture]
        g = rng.choice(given_f if sex == "F" else given_m)
        self.given = g[0] if rng.random() < 0.7 else rng.choice(g)
        self.given_alt = rng.choice(g)
        self.alias = g[1] if culture == "ro" and len(g) > 1 and g[1] != g[0] else ""
        s1 = rng.choice(surnames)
        self.sur1 = s1[0] if rng.random() < 0.6 else rng.choice(s1)
        self.sur1_alt = rng.choice(s1)
        self.sur2 = ""
        self.married = ""
        self.suffix = ""
        if culture in ("ga", "ox") and rng.random() < 0.75:
            self.sur2 = rng.choice([s for s in surnames if s[0] != s1[0]])[0]
            if culture == "ox" and sex == "F" and rng.random() < 0.3:
                self.married = rng.choice([s for s in surnames if s[0] not in (s1[0], self.sur2)])[0]
        if culture == "cl" and sex == "M" and rng.random() < 0.15:
            self.suffix = rng.choice(("Jr.", "III", "Sr."))
        self.hyphen = bool(self.sur2) and rng.random() < 0.2

    def surnames(self) -> str:
        if self.married:
            return f"{self.sur1} de {self.married}"
        if self.sur2:
            return f"{self.sur1}-{self.sur2}" if self.hyphen else f"{self.sur1} {self.sur2}"
        return self.sur1

    def full(self) -> str:
        out = f"{self.given} {self.surnames()}"
        return f"{out} {self.suffix}" if self.suffix else out

    def short(self) -> str:
        return f"{self.given} {self.sur1}"

    def last_first(self, upper: bool = True) -> str:
        sur = self.surnames()
        return f"{sur.upper() if upper else sur}, {self.given}"

    def registrar_split(self) -> str:
        """Two surnames split by a registrar who took the second for the last name."""
        if self.sur2 and not self.married:
            return f"{self.sur2.upper()}, {self.given} {self.sur1}"
        return self.last_first()

    def papers(self) -> str:
        """Family name first in capitals, as Honduran, Mexican, Romanian and Slovak papers write it."""
        return f"{self.surnames().upper()} {self.given}"

    def upper(self) -> str:
        return self.last_first().upper() if self.rng.random() < 0.5 else self.full().upper()

    def initial(self) -> str:
        return f"{self.given[0]}. {self.sur1}"

    def initials(self) -> str:
        words = (self.given + " " + self.surnames()).replace("-", " ").replace(".", "").split()
        out = "".join(w[0].upper() for w in words if w != "de")[:4]
        return out if out.lower() not in {k.lower() for k in KIN_WORDS} else out[:2]  # never a kinship word

    def with_alias(self) -> str:
        if self.alias:
            return f'{self.given} "{self.alias}" {self.sur1}' if self.given != self.alias else self.short()
        return self.short()

    def any(self) -> str:
        """One of the usual written forms, drawn at random."""
        r = self.rng.random()
        if self.alias and r < 0.25:
            return self.with_alias()
        if r < 0.35:
            return self.full()
        if r < 0.55:
            return self.short()
        if r < 0.7:
            return self.last_first(upper=self.rng.random() < 0.6)
        if r < 0.78:
            return self.registrar_split()
        if r < 0.84:
            return self.papers()
        if r < 0.9:
            return self.initial()
        return self.with_alias()


class Gen:
    """Every value of a row, drawn from the module's seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.town = rng.choice(US_TOWNS)
        self.pt_age = 50
        self.pt_birth: Day | None = None

    # --- people
    def person(self, culture: str | None = None, sex: str | None = None) -> Person:
        return Person(self.r, culture or self.r.choice(tuple(CULTURES)), sex or self.r.choice("FM"))

    def name(self, p: Person | None = None, form: str = "any"):
        p = p or self.person()
        v = getattr(p, form)
        return P(v() if callable(v) else v, "NAME")

    def titled(self, p: Person | None = None, title: str | None = None):
        """A title and the surname (or the full name), the title outside the span."""
        p = p or self.person()
        title = title or self.r.choice(TITLES)
        form = p.sur1 if self.r.random() < 0.6 else p.short()
        return [f"{title} ", P(form, "NAME")]

    def clinician(self, p: Person | None = None, cred: str | None = None):
        p = p or self.person()
        cred = cred or self.r.choice(CREDENTIALS)
        form = self.r.choice((p.short(), p.full(), p.initial(), p.short(), p.initial()))
        return [P(form, "NAME"), f", {cred}"]

    def kin(self, sex: str | None = None) -> str:
        if sex == "F":
            return self.r.choice(KIN_F)
        if sex == "M":
            return self.r.choice(KIN_M)
        return self.r.choice(KIN_WORDS)

    # --- dates
    def day(self, start: int = 2025, end: int = 2026) -> Day:
        d0 = date(start, 1, 1)
        return d0 + timedelta(days=self.r.randint(0, (date(end, 12, 31) - d0).days))

    def birth(self, old: bool = False) -> Day:
        if old:
            return date(self.r.randint(1921, 1935), self.r.randint(1, 12), self.r.randint(1, 28))
        return date(self.r.randint(1938, 2021), self.r.randint(1, 12), self.r.randint(1, 28))

    def fmt(self, d: Day, style: str | None = None) -> str:
        style = style or self.r.choice(
            ("mdY", "mdY", "mdy", "iso", "iso", "dbY", "dbY2", "bdY", "BdY", "dBY", "md", "md", "bd", "Bdth", "wmd",
             "wBdY", "wBd", "dmY", "dmYdot", "es", "BY", "Bdth"))  # fmt: skip
        mon, month = calendar.month_abbr[d.month], calendar.month_name[d.month]
        wk, weekday = calendar.day_abbr[d.weekday()], calendar.day_name[d.weekday()]
        sfx = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return {
            "mdY": f"{d.month:02d}/{d.day:02d}/{d.year}",
            "mdy": f"{d.month}/{d.day}/{d.year % 100:02d}",
            "iso": d.isoformat(),
            "dbY": f"{d.day:02d}-{mon}-{d.year}",
            "dbY2": f"{d.day:02d}{mon.upper()}{d.year}",
            "bdY": f"{mon} {d.day}, {d.year}",
            "BdY": f"{month} {d.day}, {d.year}",
            "dBY": f"{d.day} {month} {d.year}",
            "BY": f"{month} {d.year}",
            "md": f"{d.month}/{d.day}",
            "bd": f"{mon} {d.day}",
            "Bd": f"{month} {d.day}",
            "Bdth": f"{month} {d.day}{sfx}",
            "wmd": f"{wk} {d.month}/{d.day}",
            "wBdY": f"{weekday}, {month} {d.day}, {d.year}",
            "wBd": f"{weekday}, {month} {d.day}",
            "wmdY": f"{wk} {d.month:02d}/{d.day:02d}/{d.year}",
            "dmY": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "dmYdot": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "dmYsp": f"{d.day}. {d.month}. {d.year}",
            "es": f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}",
        }[style]

    def date(self, style: str | None = None, start: int = 2025, end: int = 2026):
        return P(self.fmt(self.day(start, end), style), "DATE")

    def dob(self, old: bool = False, style: str | None = None, patient: bool = False):
        style = style or self.r.choice(("mdY", "mdY", "mdY", "mdy", "iso", "dbY", "dbY2", "BdY", "bdY", "dmY", "es",
                                        "dmYdot", "dmYsp"))  # fmt: skip
        b = self.pt_birth if patient and self.pt_birth else self.birth(old)
        return P(self.fmt(b, style), "DATE")

    def foreign_dob(self, country: str, old: bool = False):
        style = {"Honduras": "dmY", "Belize": "dmY", "Mexico": self.r.choice(("dmY", "es")),
                 "Romania": "dmYdot", "Slovakia": "dmYsp"}[country]  # fmt: skip
        return P(self.fmt(self.birth(old), style), "DATE")

    def clock(self) -> str:
        h, m = self.r.randint(6, 21), self.r.choice(range(0, 60, 1))
        if self.r.random() < 0.75:
            return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        return f"{h:02d}:{m:02d}"

    def old_age(self, words: bool | None = None):
        n = self.r.choice((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105))
        if words is None:
            words = self.r.random() < 0.45
        return P(age_words(n) if words else str(n), "AGE")

    def young_age(self) -> int:
        return self.r.randint(19, 86)

    # --- places
    def us_town(self):
        return self.r.choice(US_TOWNS)

    def location(self, town=None):
        town = town or self.town
        return P(town[0], "LOCATION")

    def abroad(self):
        return self.r.choice(ABROAD_TOWNS)

    def street(self):
        s = f"{self.r.randint(12, 9899)} {self.r.choice(STREETS)}"
        u = self.r.random()
        if u < 0.2:
            s += f" Apt {self.r.randint(1, 40)}{self.r.choice('ABCD')}"
        elif u < 0.3:
            s += f" #{self.r.randint(2, 300)}"
        elif u < 0.38:
            s += f" Lot {self.r.randint(1, 60)}"
        if self.r.random() < 0.1:
            s = f"PO Box {self.r.randint(100, 9999)}"
        return P(s, "ADDRESS")

    def zip(self, town=None):
        town = town or self.town
        z = town[2][:3] + f"{int(town[2][3:]) + self.r.randint(0, 3):02d}"
        if self.r.random() < 0.25:
            z += f"-{self.r.randint(1000, 9999)}"
        return P(z, "ZIP")

    def address_block(self, town=None, sep: str = ", "):
        town = town or self.town
        return [self.street(), sep, self.location(town), f", {town[1]} ", self.zip(town)]

    # --- contact
    def phone_str(self, town=None) -> str:
        town = town or self.town
        ac = self.r.choice(town[3])
        a, b = self.r.randint(201, 989), self.r.randint(1000, 9999)
        s = self.r.choice((f"({ac}) {a}-{b}", f"{ac}-{a}-{b}", f"{ac}.{a}.{b}", f"+1 {ac}-{a}-{b}", f"1-{ac}-{a}-{b}",
                           f"({ac}) {a}-{b}", f"{ac}-{a}-{b}"))  # fmt: skip
        if self.r.random() < 0.1:
            s += f" ext {self.r.randint(10, 4999)}"
        return s

    def phone(self, town=None):
        return P(self.phone_str(town), "PHONE")

    def fax(self, town=None):
        return P(self.phone_str(town).split(" ext")[0], "FAX")

    def foreign_phone(self, country: str):
        r = self.r
        s = {
            "Honduras": f"+504 {r.choice('389')}{r.randint(100, 999)}-{r.randint(1000, 9999)}",
            "Belize": f"+501 6{r.randint(10, 69)}-{r.randint(1000, 9999)}",
            "Mexico": f"+52 {r.choice(('953', '951', '954', '971'))} {r.randint(100, 999)} {r.randint(1000, 9999)}",
            "Romania": f"+40 7{r.randint(20, 89)} {r.randint(100, 999)} {r.randint(100, 999)}",
            "Slovakia": f"+421 9{r.randint(0, 49):02d} {r.randint(100, 999)} {r.randint(100, 999)}",
        }[country]
        return P(s, "PHONE")

    def email(self, p: Person | None = None, domain: str | None = None):
        p = p or self.person()
        user = self.r.choice((f"{p.given}.{p.sur1}", f"{p.given[0]}{p.sur1}", f"{p.sur1}{self.r.randint(1, 99)}",
                              f"{p.given}_{p.sur1}{self.r.randint(50, 99)}"))  # fmt: skip
        user = re.sub(r"[^a-z0-9._]", "", user.lower())
        domain = domain or self.r.choice(("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
                                          "aol.com", "robesonhealth.org", "gadugihealth.org", "nuusavi.org"))  # fmt: skip
        return P(f"{user}@{domain}", "EMAIL")

    def url(self, path: str = "") -> tuple[str, str]:
        host = self.r.choice(("portal.gadugihealth.org", "mychart.robesonriverbend.org", "www.seremeinhealth.org",
                              "forms.nuusavi.org", "sastipe.care", "my.qualla-ridge.org", "pay.pembrokeprospect.com"))  # fmt: skip
        tok = "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
        return P(f"https://{host}/{path or self.r.choice(('s', 'r', 'doc', 'form', 'v'))}/{tok}", "URL")

    def ip(self):
        if self.r.random() < 0.15:
            return P(
                "2600:1700:"
                + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(3))
                + "::"
                + f"{self.r.randint(1, 4095):x}",
                "IP",
            )
        return P(".".join(str(self.r.randint(1, 254)) for _ in range(4)), "IP")

    # --- numbers
    def digits(self, n: int) -> str:
        return str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))

    def mrn(self):
        body = self.digits(self.r.choice((6, 7, 8, 9)))
        s = body + luhn_digit(body)
        if self.r.random() < 0.15:
            s = s[:2] + "-" + s[2:]
        return P(s, "MRN")

    def ssn(self):
        a = self.r.choice([x for x in range(1, 900) if x != 666])
        b, c = self.r.randint(1, 99), self.r.randint(1, 9999)
        sep = self.r.choice(("-", "-", "-", " ", ""))
        return P(f"{a:03d}{sep}{b:02d}{sep}{c:04d}", "SSN")

    def account(self):
        r = self.r.random()
        if r < 0.2:
            body = "4" + "".join(str(self.r.randint(0, 9)) for _ in range(14))
            n = body + luhn_digit(body)
            return P(" ".join(n[i : i + 4] for i in range(0, 16, 4)), "ACCOUNT")
        if r < 0.5:
            return P(f"{self.r.choice(('HB', 'PB', 'SP'))}{self.digits(8)}", "ACCOUNT")
        return P(self.digits(self.r.choice((8, 9, 10))), "ACCOUNT")

    def mbi(self) -> str:
        r, a = self.r, _MBI_ALPHA
        an = a + "0123456789"
        s = (str(r.randint(1, 9)) + r.choice(a) + r.choice(an) + str(r.randint(0, 9)) + r.choice(a) + r.choice(an)
             + str(r.randint(0, 9)) + r.choice(a) + r.choice(a) + str(r.randint(0, 9)) + str(r.randint(0, 9)))  # fmt: skip
        return s if r.random() < 0.6 else f"{s[:4]}-{s[4:7]}-{s[7:]}"

    def plan(self, insurer: str | None = None):
        insurer = insurer or self.r.choice(INSURERS)
        r = self.r
        if insurer == "Medicare":
            s = self.mbi()
        elif insurer in (
            "Medicaid",
            "Healthy Blue",
            "WellCare of North Carolina",
            "AmeriHealth Caritas North Carolina",
        ):
            s = self.digits(9) + r.choice("ABCDEFGHJKLMNPRSTVWXYZ")
        elif insurer == "SoonerCare":
            s = self.digits(9)
        elif insurer in ("Medi-Cal", "Gold Coast Health Plan", "CenCal Health", "L.A. Care"):
            s = "9" + self.digits(7) + r.choice("ABCDEFGH")
        else:
            s = r.choice(("XJH", "W", "U", "ZGP", "HF", "MP", "")) + self.digits(r.choice((8, 9, 10)))
        return P(s, "HEALTH_PLAN")

    def dl(self, state: str | None = None):
        r = self.r
        state = state or r.choice(("NC", "OK", "CA", "OR", "NY", "FL", "LA", "TX", "IL", "PA"))
        s = {
            "NC": "0000" + self.digits(8),
            "OK": r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + self.digits(9),
            "CA": r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + self.digits(7),
            "OR": self.digits(7),
            "NY": f"{self.digits(3)} {r.randint(100, 999)} {r.randint(100, 999)}",
            "FL": f"{r.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{self.digits(3)}-{self.digits(3)}-{self.digits(2)}-{self.digits(3)}-0",
            "LA": "00" + self.digits(7),
            "TX": self.digits(8),
            "IL": f"{r.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}",
            "PA": f"{self.digits(2)} {self.digits(3)} {self.digits(3)}",
        }[state]
        return state, P(s, "LICENSE")

    def prof_license(self):
        s = self.r.choice((f"{self.r.randint(2001, 2024)}-0{self.digits(4)}", self.digits(6), f"RN{self.digits(6)}",
                           f"PA{self.digits(5)}", self.digits(7)))  # fmt: skip
        return P(s, "LICENSE")

    def dea(self, p: Person):
        return P(dea(self.r, p.sur1), "LICENSE")

    def plate(self, state: str | None = None):
        r = self.r
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        state = state or r.choice(("NC", "OK", "CA", "OR", "NY", "LA", "TX"))
        s = {
            "NC": f"{''.join(r.choice(L) for _ in range(3))}-{r.randint(1000, 9999)}",
            "OK": f"{''.join(r.choice(L) for _ in range(3))}-{r.randint(100, 999)}",
            "CA": f"{r.randint(5, 9)}{''.join(r.choice(L) for _ in range(3))}{r.randint(100, 999)}",
            "OR": f"{r.randint(100, 999)} {''.join(r.choice(L) for _ in range(3))}",
            "NY": f"{''.join(r.choice(L) for _ in range(3))}-{r.randint(1000, 9999)}",
            "LA": f"{r.randint(100, 999)} {''.join(r.choice(L) for _ in range(3))}",
            "TX": f"{''.join(r.choice(L) for _ in range(3))}-{r.randint(1000, 9999)}",
        }[state]
        return state, P(s, "VEHICLE")

    def vin(self):
        return P(vin(self.r), "VEHICLE")

    def serial(self, kind: str = "any"):
        r = self.r
        s = r.choice((f"{r.choice(('SN', 'TN', 'P', 'G', 'IN', 'RX'))}{self.digits(r.choice((7, 8, 9)))}",
                      f"{self.digits(2)}{r.choice('ABCDEFGHJK')}{self.digits(6)}",
                      f"{''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}-{self.digits(5)}-{r.choice('ABCDEFGH')}{r.randint(1, 9)}"))  # fmt: skip
        return P(s, "DEVICE")

    def imei(self):
        body = "35" + "".join(str(self.r.randint(0, 9)) for _ in range(12))
        return P(body + luhn_digit(body), "DEVICE")

    def npi(self):
        body = "1" + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        return P(body + luhn_digit("80840" + body), "ID")

    def ident(self, shape: str):
        """An identifying number (ID) of the given shape: # a digit, @ a letter, * either."""
        r = self.r
        out = []
        for ch in shape:
            if ch == "#":
                out.append(str(r.randint(0, 9)))
            elif ch == "@":
                out.append(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
            elif ch == "*":
                out.append(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
            else:
                out.append(ch)
        return P("".join(out), "ID")

    def curp(self, p: Person, b: Day):
        """A Mexican CURP: letters of the names, the birth date, sex, state (OC), consonants, check."""
        sur = re.sub(r"[^A-Z]", "", p.sur1.upper()) + "X"
        sur2 = re.sub(r"[^A-Z]", "", (p.sur2 or "X").upper())
        giv = re.sub(r"[^A-Z]", "", p.given.upper())
        vowel = next((c for c in sur[1:] if c in "AEIOU"), "X")
        s = (sur[0] + vowel + sur2[0] + giv[0] + f"{b.year % 100:02d}{b.month:02d}{b.day:02d}"
             + ("M" if p.sex == "F" else "H") + "OC" + "".join(self.r.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3))
             + self.r.choice("0A") + str(self.r.randint(0, 9)))  # fmt: skip
        return P(s, "ID")

    def facility(self, pool=None):
        return P(self.r.choice(pool or (HOSPITALS + CLINICS)), "FACILITY")

    # --- keep terms
    def icd(self, choices):
        return K(self.r.choice(choices), "code")

    def lot(self):
        r = self.r
        return K(
            r.choice("ABCDEFGHJKLMNPRTUVWXY")
            + r.choice(("", r.choice("ABCDEFGHJKLMNPRTUVWXY")))
            + self.digits(r.choice((4, 5))),
            "code",
        )

    def insurer(self, choices=None):
        return K(self.r.choice(choices or INSURERS), "insurer")

    def dept(self, choices=DEPARTMENTS_M):
        return K(self.r.choice(choices), "department")


# ---------------------------------------------------------------- messages

MESSAGE_GENRES = ("shelter", "cdib", "pesticide", "powwow", "meds_to_beds", "needlestick", "naloxone", "estimate",
                  "therapy_dog", "visitor_pass", "tsa", "exemption")  # fmt: skip


def _sign_initials(d: Doc, g: Gen, p: Person) -> None:
    d.f(g.r.choice(("\n-- {i}", "\n- {i}", "\nthanks, {i}", "\n{i}")), i=P(p.initials(), "NAME"))


def _footer(d: Doc, g: Gen) -> None:
    """A portal, phone or e-mail footer carrying one or two more identifiers."""
    r = g.r.random()
    if r < 0.2:
        d.f("\n\nSent from the patient portal, session {ip} on {dt}", ip=g.ip(), dt=g.date("wmd"))
    elif r < 0.3:
        d.f("\n\n[auto] Reply received from {ip}; read receipt {url}", ip=g.ip(), url=g.url("rr"))
    elif r < 0.4:
        d.f("\n\nSent from my phone (IMEI {imei}, registered for texting)", imei=g.imei())
    elif r < 0.5:
        d.f("\n\nFAX BACK TO {fax}  |  confidential", fax=g.fax())


def m_shelter(d: Doc, g: Gen) -> None:
    p = g.person(sex="F")
    cg = g.person(p.culture)
    maker, model = g.r.choice(OXYGEN)
    old = g.r.random() < 0.35
    org = P(
        g.r.choice(
            (
                "Robeson County Emergency Management",
                "Tahlequah Senior Nutrition Center",
                "Garifuna Coalition of the Bronx",
            )
        ),
        "FACILITY",
    )
    layout = g.r.randint(0, 2)
    if layout == 0:
        b = g.birth(old)
        age = 2025 - b.year
        d.f(
            "SPECIAL NEEDS SHELTER REGISTRATION - {org}\nRegistrant: {n}\nDate of birth: {dob}    Age: ",
            org=org,
            n=g.name(p, "last_first"),
            dob=P(g.fmt(b, g.r.choice(("mdY", "bdY", "iso"))), "DATE"),
        )
        d.add(P(str(age), "AGE") if age >= 90 else str(age))
        d.f(
            "\nAddress: {a}\nPhone: {ph}   Alt phone (caregiver): {ph2}\nCaregiver: {cg} ({kin})\n",
            a=g.address_block(),
            ph=g.phone(),
            ph2=g.phone(),
            cg=g.name(cg, "short"),
            kin=g.kin(),
        )
        d.f(
            "Power-dependent equipment: {model} ({maker}), serial {sn}; has {ep} disease\n",
            ep=K(g.r.choice(("Parkinson", "Alzheimer", "Huntington")), "eponym"),
            model=K(model, "model"),
            maker=K(maker, "maker"),
            sn=g.serial(),
        )
        ins = g.r.choice(("Medicaid", "Medicare", "SoonerCare", "Healthy Blue"))
        d.f(
            "{ins} ID: {plan}\nTransport needed: yes, wheelchair van; family car plate {pl}\nRegistration #: {reg}\n",
            ins=K(ins, "insurer"),
            plan=g.plan(ins),
            pl=g.plate()[1],
            reg=g.ident("SNS-##-#####"),
        )
        d.f("Entered {dt} by {c}", dt=g.date("mdY"), c=g.clinician(cred="CHW"))
    elif layout == 1:
        d.f(
            "Special needs shelter intake\t{dt}\nName\t{n}\nDOB\t{dob}\nStreet\t{st}\nTown\t{town}\nZIP\t{z}\nPhone\t{ph}\n",
            dt=g.date("iso"),
            n=g.name(p, "full"),
            dob=g.dob(old, "mdY"),
            st=g.street(),
            town=g.location(),
            z=g.zip(),
            ph=g.phone(),
        )
        d.f(
            "Oxygen\t{model} by {maker}, SN {sn}\nDiagnoses\t{icd} COPD, {ep} disease, {icd2}\nMRN\t{mrn}\nShelter ID\t{reg}\n",
            model=K(model, "model"),
            maker=K(maker, "maker"),
            sn=g.serial(),
            icd=K("J44.9", "code"),
            ep=K(g.r.choice(("Parkinson", "Alzheimer", "Addison", "Huntington")), "eponym"),
            icd2=g.icd(("I50.22", "E11.9", "G20.A1", "N18.4")),
            mrn=g.mrn(),
            reg=g.ident("SNS-##-#####"),
        )
        if old:
            d.f("Note\tregistrant is {a}, lives alone, {kin} checks on her daily\n", a=g.old_age(), kin=g.kin())
        d.f("Taken by\t{c} at {org}", c=g.clinician(), org=org)
    else:
        d.f("hello, my {kin} ", kin=g.kin("F"))
        d.f("{n} is ", n=g.name(p, "short"))
        d.add(g.old_age() if old else f"{g.young_age()} years old")
        d.f(
            " and on oxygen all day and night, she has {ep} too",
            ep=K(g.r.choice(("Parkinson", "Alzheimer", "Raynaud")), "eponym"),
        )
        d.f(
            ", can you put her on the special needs shelter list before the storm. she lives at {st} in {town}, her phone is {ph}. ",
            st=g.street(),
            town=g.location(),
            ph=g.phone(),
        )
        d.f(
            "the machine is a {model} serial {sn}, her {ins} number is {plan}. DOB {dob}. we have no car, plate on my truck is {pl} if they need it. ",
            model=K(model, "model"),
            sn=g.serial(),
            ins=K("Medicare", "insurer"),
            plan=g.plan("Medicare"),
            dob=g.dob(old),
            pl=g.plate()[1],
        )
        d.f("you can email me {em}", em=g.email(cg))
        _sign_initials(d, g, cg)
    _footer(d, g)


def m_cdib(d: Doc, g: Gen) -> None:
    p = g.person("cl")
    old_rel = g.r.random() < 0.3
    tribe = g.r.choice(
        ("Cherokee Nation Registration Office", "Lumbee Tribe Enrollment Office", "Eastern Band Enrollment Office")
    )
    if g.r.random() < 0.55:
        d.f(
            "---------- Forwarded message ---------\nFrom: {n} <{em}>\nSent: {dt} {clock}\nTo: {dept} <{em2}>\nSubject: CDIB copy for referral\n\n",
            n=g.name(p, "short"),
            em=g.email(p),
            dt=g.date(g.r.choice(("wBdY", "wBd"))),
            clock=g.clock(),
            dept=K("Health Information Management", "department"),
            em2=P(
                g.r.choice(("him", "records", "prc.office"))
                + "@"
                + g.r.choice(("gadugihealth.org", "qualla-ridge.org", "robesonriverbend.org")),
                "EMAIL",
            ),
        )
        d.f(
            "{hi}, I need the copy of my CDIB that is on file sent to {fac} so my Purchased/Referred Care referral can go through. ",
            hi=g.r.choice(("Osiyo", "Hey", "Good morning")),
            fac=g.facility(CLINICS),
        )
        d.f(
            "CDIB # {c}, tribal enrollment {e} from the {tribe}. DOB {dob}, chart {mrn}. ",
            c=g.ident("######"),
            e=g.ident(g.r.choice(("CN-######", "L0#####", "E-#####"))),
            tribe=P(tribe, "FACILITY"),
            dob=g.dob(),
            mrn=g.mrn(),
        )
        d.f("Please fax it to {fx} attn {t}. ", fx=g.fax(), t=g.titled())
        if old_rel:
            d.f(
                "My {kin} needs hers too, she is {a} and her card is faded, her number is {c2}. ",
                kin=g.r.choice(("Elisi", "Granny", "Mamaw")),
                a=g.old_age(),
                c2=g.ident("######"),
            )
        d.f("\n\nWado,\n{n}\n{ph}", n=g.name(p, "full"), ph=g.phone())
    else:
        d.f("Portal message to {dept}\n\n", dept=K("Registration", "department"))
        d.f(
            "i was told my CDIB expired on your end. i have the new one from {tribe} dated {dt}, number {c}. ",
            tribe=P(tribe, "FACILITY"),
            dt=g.date("mdY"),
            c=g.ident("######"),
        )
        d.f(
            "my SSN is {ssn} if you need it to match, and my {ins} id is {plan}. ",
            ssn=g.ssn(),
            ins=K(g.r.choice(("Medicaid", "Healthy Blue", "SoonerCare")), "insurer"),
            plan=g.plan("Medicaid"),
        )
        d.f("i live at {a} now. ", a=g.address_block())
        d.f(
            "my {kin} {n2} is bringing it by {dt2}.\n",
            kin=g.r.choice(("Etsi", "Mamaw", "Papaw", "Edudu")),
            n2=g.name(g.person("cl"), "short"),
            dt2=g.date("wmd"),
        )
        d.f(
            "> Reply from {c}: Thank you. Please also bring a photo ID; upload link {u}\n",
            c=g.clinician(cred="MA"),
            u=g.url("upload"),
        )
        _sign_initials(d, g, p)
    _footer(d, g)


def m_pesticide(d: Doc, g: Gen) -> None:
    w = g.person("ox", "F")
    crew = g.person("ox", "M")
    out = g.person()
    emp = P(g.r.choice(EMPLOYERS[:5]), "FACILITY")
    if g.r.random() < 0.55:
        sp = [(P(out.given, "NAME"), "Outreach"), (P(crew.given, "NAME"), "Crew")]
        times = sorted((g.r.randint(5, 10), g.r.randint(0, 59)) for _ in range(6))
        clocks = iter(f"{h}:{m:02d} AM" for h, m in times)
        d.f(
            "[{t}] {s}: buenos dias, I am at the field by {town}, the crew says a tractor sprayed pesticide on the next row at 6\n",
            t=next(clocks),
            s=sp[0][0],
            town=g.location(),
        )
        d.f(
            "[{t}] {s}: 3 workers with headache and vomiting, one is {n}, she only speaks Mixteco\n",
            t=next(clocks),
            s=sp[1][0],
            n=g.name(w, "full"),
        )
        d.f(
            "[{t}] {s}: ok. is this {emp}? bring her to {fac}, tell them pesticide exposure\n",
            t=next(clocks),
            s=sp[0][0],
            emp=emp,
            fac=g.facility(CLINICS),
        )
        d.f(
            "[{t}] {s}: yes. we take the crew bus, plate {pl}. her DOB {dob} from her matricula\n",
            t=next(clocks),
            s=sp[1][0],
            pl=g.plate("CA")[1],
            dob=g.foreign_dob("Mexico"),
        )
        d.f(
            "[{t}] {s}: her family in {town2} is {ph}, her {kin} will call\n",
            t=next(clocks),
            s=sp[1][0],
            town2=P(g.r.choice([a for a in ABROAD_TOWNS if a[1] == "Mexico"])[0], "LOCATION"),
            ph=g.foreign_phone("Mexico"),
            kin=g.r.choice(("Ama", "Apa", "Comadre")),
        )
        d.f(
            "[{t}] {s}: report filed with {dept}, number {rep}. code {icd}",
            t=next(clocks),
            s=sp[0][0],
            dept=K("Occupational Medicine", "department"),
            rep=g.ident("PIR-2025-####"),
            icd=K("T60.0X1A", "code"),
        )
    else:
        d.f(
            "PESTICIDE EXPOSURE REPORT (farmworker)\n1. Worker: {n}   DOB: {dob}\n2. Employer: {emp}, crew leader {c}\n",
            n=g.name(w, g.r.choice(("last_first", "upper"))),
            dob=g.foreign_dob("Mexico"),
            emp=emp,
            c=g.name(crew, "short"),
        )
        d.f(
            "3. Field: near {town}, sprayed {dt} at {clk}\n4. Symptoms: eyes burning, nausea; treated with {drug}\n",
            town=g.location(),
            dt=g.date(g.r.choice(("bd", "Bdth"))),
            clk=g.clock(),
            drug=K(g.r.choice(("ondansetron 4 mg ODT", "diphenhydramine 25 mg", "atropine 1 mg IV")), "drug"),
        )
        d.f(
            "5. CURP {curp}; phone {ph}\n6. Insurance: {ins} {plan}\n7. Report no. {rep}, codes {icd} / {cpt}\n",
            curp=g.curp(w, g.birth()),
            ph=g.phone(),
            ins=K("Medi-Cal", "insurer"),
            plan=g.plan("Medi-Cal"),
            rep=g.ident("PIR-2025-####"),
            icd=K("T60.0X1A", "code"),
            cpt=K("99283", "code"),
        )
        d.f("Filed by {c}", c=g.clinician(out, "CHW"))
    _footer(d, g)


def m_powwow(d: Doc, g: Gen) -> None:
    committee = P(g.r.choice(("Smoky Mountain Powwow Committee", "Lumbee Homecoming Committee")), "FACILITY")
    if g.r.random() < 0.5:
        d.f(
            "{c} - powwow first aid tent log, {dt}\n| Time | Name | Age | Complaint | Care | Dancer # |\n",
            c=committee,
            dt=g.date(g.r.choice(("BdY", "mdY", "wBdY"))),
        )
        for _ in range(g.r.randint(3, 5)):
            p = g.person("cl") if g.r.random() < 0.7 else g.person()
            d.f("| {t} | {n} | ", t=g.clock(), n=g.name(p, g.r.choice(("short", "last_first", "initial", "upper"))))
            d.add(g.old_age(False) if g.r.random() < 0.15 else str(g.young_age()))
            d.f(
                " | {c} | {care} | {num} |\n",
                c=g.r.choice(("heat, dizzy", "blister", "bee sting", "low sugar", "ankle twist", "chest tight")),
                care=g.r.choice(("water, shade", "bandage", "ice", "juice, recheck", "sent to ED")),
                num=g.ident("###"),
            )
        d.f(
            "EMS standby unit plate {pl}; on call {n}, {ph}\n",
            pl=g.plate("NC")[1],
            n=g.name(g.person(), "short"),
            ph=g.phone(),
        )
        d.f("Transferred: 1 to {fac} {dept}", fac=g.facility(HOSPITALS), dept=K("Emergency Department", "department"))
    else:
        d.f("First aid at the powwow, {dt}:\n", dt=g.date("wBd"))
        p = g.person("cl")
        d.f("- {t} Elder {n} (age ", t=g.clock(), n=g.name(p, "short"))
        d.add(g.old_age() if g.r.random() < 0.5 else str(g.young_age()))
        d.f(
            ") felt faint during Grand Entry, BS 62, gave juice, {kin} took her home to {town}\n",
            kin=g.kin(),
            town=g.location(),
        )
        p2 = g.person()
        d.f(
            "- {t} {n}, jingle dress dancer #{num}, cut foot, cleaned, Tdap given lot {lot}\n",
            t=g.clock(),
            n=g.name(p2, "full"),
            num=g.ident("###"),
            lot=g.lot(),
        )
        d.f(
            "- {t} vendor {n} took {drug}, BP 168/94, advised to see {fac}\n",
            t=g.clock(),
            n=g.name(g.person(), "initial"),
            drug=K(g.r.choice(("nitroglycerin 0.4 mg SL", "aspirin 325 mg", "albuterol 90 mcg")), "drug"),
            fac=g.facility(CLINICS),
        )
        d.f(
            "- lost and found: phone IMEI {imei} turned in at the arbor\nLogged by {c}",
            imei=g.imei(),
            c=g.clinician(cred="EMT-B"),
        )
    _footer(d, g)


def m_meds_to_beds(d: Doc, g: Gen) -> None:
    p = g.person()
    doc = g.person()
    pharm = K("Pharmacy", "department")
    drugs = g.r.sample(("apixaban 5 mg", "metoprolol succinate 25 mg", "furosemide 40 mg", "insulin glargine 100 units/mL",
                        "amoxicillin-clavulanate 875-125 mg", "prednisone 20 mg", "enoxaparin 40 mg/0.4 mL",
                        "oxycodone 5 mg", "sertraline 50 mg", "empagliflozin 10 mg"), 3)  # fmt: skip
    if g.r.random() < 0.5:
        d.f(
            "Patient: {n}    MRN: {mrn}    Room: {room}\nMeds to Beds delivery from {ph}\n",
            n=g.name(p, "last_first"),
            mrn=g.mrn(),
            room=str(g.r.randint(201, 640)),
            ph=pharm,
        )
        for i, dr in enumerate(drugs, 1):
            d.f("{i}. {dr} - Rx {rx}\n", i=str(i), dr=K(dr, "drug"), rx=g.ident("7######"))
        d.f("Prescriber: {c}, DEA {dea}, NPI {npi}\n", c=g.clinician(doc, "MD"), dea=g.dea(doc), npi=g.npi())
        ins = g.r.choice(INSURERS)
        d.f(
            "Payer {ins} member {plan}; copay card {acct}\nDelivered {dt} {clk} by {t}, {cred}",
            ins=K(ins, "insurer"),
            plan=g.plan(ins),
            acct=g.account(),
            dt=g.date("md"),
            clk=g.clock(),
            t=g.name(g.person(), "initial"),
            cred="CPhT",
        )
    else:
        d.f(
            "MEDS TO BEDS: Hi {n}, this is {ph} at {fac}. Your discharge meds ({d1}, {d2}) are ready and we will bring them to your room before you leave {dt}. ",
            n=g.name(p, "given"),
            ph=pharm,
            fac=g.facility(HOSPITALS),
            d1=K(drugs[0], "drug"),
            d2=K(drugs[1], "drug"),
            dt=g.date("wmd"),
        )
        d.f(
            "Copay is $4.00, billed to account {acct}. Reply YES to confirm.\n> YES. my {kin} will pay, her card ends with the same account. send the paper to {em}\n",
            acct=g.account(),
            kin=g.kin("F"),
            em=g.email(p),
        )
        d.f("Done. Rx {rx} and {rx2}. Questions: {phn}", rx=g.ident("7######"), rx2=g.ident("7######"), phn=g.phone())
    _footer(d, g)


def m_needlestick(d: Doc, g: Gen) -> None:
    e = g.person()
    sup = g.person()
    maker, model = g.r.choice(NEEDLES)
    eh = K("Employee Health", "department")
    d.f("Subject: needlestick report {dt}\n", dt=g.date("mdy"))
    d.f("> {eh} wrote: Please send your employee ID, the source patient's MRN and the time it happened.\n\n", eh=eh)
    d.f(
        "Employee: {n}    MRN: {mrn}    Employee ID: {eid}\n", n=g.name(e, "short"), mrn=g.mrn(), eid=g.ident("E######")
    )
    d.f(
        "Date/time of exposure: {dt} at {clk}, {unit}\n",
        dt=g.date(g.r.choice(("mdY", "wmdY", "dbY"))),
        clk=g.clock(),
        unit=K(g.r.choice(("Emergency Department", "Case Management", "Pediatrics")), "department"),
    )
    d.f(
        "Device: {maker} {model} 25G safety needle, hollow bore, after IM injection\n",
        maker=K(maker, "maker"),
        model=K(model, "model"),
    )
    d.f(
        "Source patient MRN: {mrn} (consented to testing)\nMy RN license {lic}; Hep B series done, lot {lot}\n",
        mrn=g.mrn(),
        lic=g.prof_license(),
        lot=g.lot(),
    )
    if g.r.random() < 0.35:
        d.f("SSN for the workers' comp form: {ssn}\n", ssn=g.ssn())
    d.f(
        "Supervisor: {t}\nBaseline labs drawn; started {drug} per protocol, code {icd}. ",
        t=g.titled(sup),
        drug=K("bictegravir-emtricitabine-tenofovir alafenamide 50-200-25 mg", "drug"),
        icd=K("W46.0XXA", "code"),
    )
    d.f("Call me at {ph}.", ph=g.phone())
    _sign_initials(d, g, e)
    _footer(d, g)


def m_naloxone(d: Doc, g: Gen) -> None:
    org = P("Pembroke Harm Reduction Project" if g.r.random() < 0.6 else "Romani Sastipe Network", "FACILITY")
    if g.r.random() < 0.55:
        d.f(
            "{org} naloxone kit log - outreach van {pl} - {dt}\nKit #\tInitials\tZIP\tLot\tTrained by\n",
            org=org,
            pl=g.plate("NC")[1],
            dt=g.date("mdY"),
        )
        trainer = g.person()
        for _ in range(g.r.randint(3, 5)):
            p = g.person()
            d.f(
                "{k}\t{i}\t{z}\t{lot}\t{t}\n",
                k=g.ident("NK-#####"),
                i=P(p.initials(), "NAME"),
                z=g.zip(g.us_town()),
                lot=g.lot(),
                t=P(trainer.initial(), "NAME"),
            )
        d.f(
            "Each kit: 2 x {drug} ({hc}), face shield, card with the help line {ph}",
            drug=K("naloxone 4 mg nasal spray", "drug"),
            hc=K("G2215", "code"),
            ph=g.phone(),
        )
    else:
        p = g.person()
        d.f(
            "hey its {n} from {org}. dropped a naloxone kit at {st} for your {kin}, kit {k}. ",
            n=g.name(g.person(), "given"),
            org=org,
            st=g.street(),
            kin=g.kin(),
            k=g.ident("NK-#####"),
        )
        d.f(
            "{n2} said he used the other one {dt} on his cousin and called 911, EMS took him to {fac}. ",
            n2=g.name(p, "short"),
            dt=g.date("wBd"),
            fac=g.facility(HOSPITALS),
        )
        d.f(
            "spray is {drug}, lot {lot}. if you need more text me {ph} or go to {url}",
            drug=K(g.r.choice(("naloxone 4 mg nasal spray", "Kloxxado 8 mg nasal spray")), "drug"),
            lot=g.lot(),
            ph=g.phone(),
            url=g.url("kits"),
        )
    _footer(d, g)


def m_estimate(d: Doc, g: Gen) -> None:
    p = g.person()
    pfs = K("Patient Financial Services", "department")
    cpts = g.r.sample((("45378", "colonoscopy"), ("66984", "cataract surgery"), ("29881", "knee arthroscopy"),
                       ("59400", "routine obstetric care"), ("47562", "laparoscopic cholecystectomy"), ("70553", "MRI brain")), 2)  # fmt: skip
    d.f(
        "Patient: {n}    MRN: {mrn}    DOB: {dob}\nTo: {pfs}\nRe: good faith estimate (self-pay)\n\n",
        n=g.name(p, g.r.choice(("last_first", "full"))),
        mrn=g.mrn(),
        dob=g.dob(),
        pfs=pfs,
    )
    d.f(
        "I do not have insurance right now ({ins} ended {dt}). Please send a good faith estimate for CPT {c1} ({d1}) and {c2} ({d2}) at {fac}. ",
        ins=K(g.r.choice(INSURERS[4:]), "insurer"),
        dt=g.date("BY"),
        c1=K(cpts[0][0], "code"),
        d1=cpts[0][1],
        c2=K(cpts[1][0], "code"),
        d2=cpts[1][1],
        fac=g.facility(HOSPITALS),
    )
    d.f(
        "Diagnosis on the order is {icd} and I also have {ep}. My account is {acct}. ",
        ep=[K(g.r.choice(("Crohn", "Graves", "Hashimoto", "Sjogren")), "eponym"), " disease"],
        icd=g.icd(("K63.5", "H25.13", "M23.221", "Z34.01", "K80.20", "R51.9")),
        acct=g.account(),
    )
    if g.r.random() < 0.5:
        d.f("For the financial assistance form my SSN is {ssn}. ", ssn=g.ssn())
    d.f("Mail it to {a} or email {em}. Fax is ok: {fx}.\n", a=g.address_block(), em=g.email(p), fx=g.fax())
    d.f("The price tool at {u} said something different.", u=g.url("estimate"))
    if g.r.random() < 0.5:
        d.f("\n{n}", n=g.name(p, "full"))
    else:
        _sign_initials(d, g, p)
    _footer(d, g)


def m_therapy_dog(d: Doc, g: Gen) -> None:
    pt = g.person(sex="F")
    handler = g.person(sex="F")
    dog = g.r.choice(("Biscuit", "Luna", "Chief Joseph", "Pepper", "Mollie", "Bear", "Canela", "Sombra"))
    old = g.r.random() < 0.3
    d.f(
        "Subject: therapy dog visit request\n\nHi {vs}, my {kin} ",
        vs=K("Volunteer Services", "department"),
        kin=g.kin("F"),
    )
    d.f("{n} is on 4 West, room {room}. ", n=g.name(pt, "full"), room=str(g.r.randint(401, 460)))
    if old:
        d.f("She is {a} and had dogs all her life. ", a=g.old_age())
    else:
        d.f("She is {a} years old and misses her dog. ", a=str(g.young_age()))
    d.f(
        "Could the therapy dog come by {dt}? Her MRN is {mrn}. She has {epo} so mornings are better.\n",
        dt=g.date(g.r.choice(("wmd", "wBd", "bd", "Bdth"))),
        mrn=g.mrn(),
        epo=K(g.r.choice(MSG_EPONYMS), "eponym"),
    )
    d.f(
        "\n> {vs2} replied {dt2}:\n> {h} and {dog} (registration {reg}, badge {b}) can visit at {clk}. ",
        vs2="Volunteer office",
        dt2=g.date("md"),
        h=g.name(handler, "short"),
        dog=dog,
        reg=g.ident("PP-######"),
        b=g.ident("VOL-####"),
        clk=g.clock(),
    )
    d.f(
        "Handler parks in the volunteer lot, plate {pl}. Reach her at {ph} or {em}.\n",
        pl=g.plate()[1],
        ph=g.phone(),
        em=g.email(handler),
    )
    _sign_initials(d, g, g.person())
    _footer(d, g)


def m_visitor_pass(d: Doc, g: Gen) -> None:
    pt = g.person("ro") if g.r.random() < 0.6 else g.person()
    dob = g.foreign_dob(g.r.choice(("Romania", "Slovakia")), old=g.r.random() < 0.2) if pt.culture == "ro" else g.dob()
    d.f(
        "{sec}: extended visitor pass list for {n} (MRN {mrn}, DOB {dob}), comfort care, {unit}, approved {dt}\n",
        sec=K("Security", "department"),
        n=g.name(pt, g.r.choice(("last_first", "upper", "papers"))),
        mrn=g.mrn(),
        dob=dob,
        unit="ICU",
        dt=g.date(g.r.choice(("mdY", "wBdY"))),
    )
    for _ in range(g.r.randint(3, 5)):
        v = g.person(pt.culture) if g.r.random() < 0.7 else g.person()
        d.f(
            "* {n} ({kin}",
            n=g.name(v, g.r.choice(("full", "short", "with_alias", "with_alias", "papers", "any"))),
            kin=g.kin(v.sex),
        )
        if g.r.random() < 0.2:
            d.add(", age ")
            d.add(g.old_age())
        st, lic = g.dl()
        d.f(") - {st} DL {lic} - visitor pass {vp}\n", st=st, lic=lic, vp=g.ident("VP-#####"))
    d.f(
        "Dx {ep} disease, end stage. Family contact {t} {ph}; {pc} aware. Parking for the family van {pl} waived.",
        t=g.titled(g.person(pt.culture), "Pastor"),
        ph=g.phone(),
        pc=K("Pastoral Care", "department"),
        pl=g.plate()[1],
        ep=K(g.r.choice(("Alzheimer", "Huntington", "Parkinson", "Lou Gehrig")), "eponym"),
    )
    _footer(d, g)


def m_tsa(d: Doc, g: Gen) -> None:
    p = g.person()
    (pm, pmodel), (cm, cmodel) = g.r.choice(PUMPS), g.r.choice(CGMS)
    abroad = g.abroad()
    d.f(
        "To {endo}: I need a TSA notification letter for my pump before my trip to {town}, {country}. ",
        endo=K("Endocrinology", "department"),
        town=P(abroad[0], "LOCATION"),
        country=abroad[1],
    )
    d.f(
        "Flying {dt}, confirmation {conf}, Known Traveler Number {ktn}.\n",
        dt=g.date(g.r.choice(("wBdY", "wmd", "BdY"))),
        conf=g.ident("******"),
        ktn=g.ident(g.r.choice(("TT#######", "98#######"))),
    )
    d.f(
        "- pump: {pmodel} by {pm}, serial {sn}\n- sensor: {cmodel} ({cm}), transmitter {sn2}\n- phone with the app: IMEI {imei}\n",
        pmodel=K(pmodel, "model"),
        pm=K(pm, "maker"),
        sn=g.serial(),
        cmodel=K(cmodel, "model"),
        cm=K(cm, "maker"),
        sn2=g.serial(),
        imei=g.imei(),
    )
    d.f(
        "- insulin: {drug}\nWhile there I am at my {kin}'s, phone {fph}. DOB {dob}, MRN {mrn}.\n",
        drug=K(g.r.choice(("insulin lispro 100 units/mL", "insulin aspart 100 units/mL")), "drug"),
        kin=g.kin(),
        fph=g.foreign_phone(abroad[1]),
        dob=g.dob(),
        mrn=g.mrn(),
    )
    d.f(
        "> {c}: Letter attached; it lists the serials. Carry your {st} license too.\n",
        c=g.clinician(cred=g.r.choice(("CDCES", "NP", "RN"))),
        st=g.r.choice(("NC", "OK", "CA")),
    )
    d.f("Thanks - {n}", n=g.name(p, g.r.choice(("short", "given"))))
    _footer(d, g)


def m_exemption(d: Doc, g: Gen) -> None:
    child = g.person()
    parent = g.person(child.culture)
    school = P(g.r.choice(SCHOOLS), "FACILITY")
    d.f("Immunization exemption / catch-up form - {ped}\n", ped=K("Pediatrics", "department"))
    d.f(
        "1. Student: {n}, DOB {dob}, student ID {sid}, registry ID {reg}\n",
        n=g.name(child, g.r.choice(("full", "last_first", "upper"))),
        dob=P(
            g.fmt(
                date(g.r.randint(2008, 2020), g.r.randint(1, 12), g.r.randint(1, 28)),
                g.r.choice(("mdY", "dmY", "iso", "es")),
            ),
            "DATE",
        ),
        sid=g.ident(g.r.choice(("#########", "S#######"))),
        reg=g.ident("##########"),
    )
    d.f("2. School: {s}, nurse fax {fx}\n", s=school, fx=g.fax())
    d.f("3. Parent/guardian: {p}, {ph}, {em}\n", p=g.name(parent, "short"), ph=g.phone(), em=g.email(parent))
    d.f(
        "4. Given today: MMR ({c1}) lot {l1}; Tdap ({c2}) lot {l2}\n",
        c1=K("90707", "code"),
        l1=g.lot(),
        c2=K("90715", "code"),
        l2=g.lot(),
    )
    d.f(
        "5. Declined: varicella ({c3}), code {icd}; history of {ep} after a flu shot; medical exemption reviewed by {c}\n",
        ep=K(g.r.choice(("Guillain-Barre", "Kawasaki")), "eponym"),
        c3=K("90716", "code"),
        icd=K(g.r.choice(("Z28.1", "Z28.3", "Z28.82")), "code"),
        c=g.clinician(cred=g.r.choice(("MD", "FNP-C", "DO"))),
    )
    ins = g.r.choice(("Medicaid", "Medi-Cal", "SoonerCare", "Oregon Health Plan", "Fidelis Care"))
    d.f(
        "6. {ins} ID {plan}; home {a}\nReturn by {dt}. Copy at {u}",
        ins=K(ins, "insurer"),
        plan=g.plan(ins),
        a=g.address_block(),
        dt=g.date(g.r.choice(("BdY", "wBd", "md", "Bdth"))),
        u=g.url("forms"),
    )
    _footer(d, g)


MESSAGE_WRITERS = {
    "shelter": m_shelter, "cdib": m_cdib, "pesticide": m_pesticide, "powwow": m_powwow, "meds_to_beds": m_meds_to_beds,
    "needlestick": m_needlestick, "naloxone": m_naloxone, "estimate": m_estimate, "therapy_dog": m_therapy_dog,
    "visitor_pass": m_visitor_pass, "tsa": m_tsa, "exemption": m_exemption,
}  # fmt: skip


# ---------------------------------------------------------------- clinical

CLINICAL_GENRES = ("envenomation", "corneal_fb", "cerumen", "suprapubic", "trigger_point", "leep", "ecv",
                   "amoxicillin_challenge", "hcv", "pump_start", "omt", "fishhook")  # fmt: skip
SECTION_LABELS = ("Registration: ", "Ride home: ", "Interpreter: ", "Emergency contact: ", "Copies to: ", "Portal: ",
                  "Billing: ", "Devices on file: ", "Work status: ", "Outside records: ", "Late entry ", "Parking: ")  # fmt: skip
LANGUAGES = ("Mixteco", "Zapoteco", "Triqui", "Garifuna", "Spanish", "Romani", "Romanian", "Slovak", "Cherokee")


def _age(d: Doc, g: Gen, style: str = "-year-old") -> None:
    """The patient's age: 90 or more as AGE (the number, or the words), younger left in the text."""
    n = g.pt_age
    if n >= 90:
        d.add(P(age_words(n), "AGE") if g.r.random() < 0.4 else P(str(n), "AGE"))
        d.t(style if style != " yo" else " years old")
    else:
        d.t(f"{n}{style}")


def _header(d: Doc, g: Gen, p: Person, dept: str, pool=HOSPITALS + CLINICS) -> None:
    h = g.r.randint(0, 3)
    if h == 0:
        d.f(
            "PATIENT: {n}    MRN: {mrn}    DOB: {dob}\nDate of service: {dt}    Location: {fac}\n",
            n=g.name(p, "last_first"),
            mrn=g.mrn(),
            dob=g.dob(patient=True),
            dt=g.date(g.r.choice(("mdY", "dbY", "iso"))),
            fac=g.facility(pool),
        )
    elif h == 1:
        d.f(
            "Pt name: {n}\nDOB: {dob}   MRN: {mrn}\nVisit: {dt}, {dept}\n",
            n=g.name(p, g.r.choice(("full", "last_first", "registrar_split"))),
            dob=g.dob(patient=True),
            mrn=g.mrn(),
            dt=g.date(g.r.choice(("wmdY", "mdY", "BdY"))),
            dept=K(dept, "department"),
        )
    elif h == 2:
        d.f(
            "| Patient | MRN | DOB | Visit |\n|---|---|---|---|\n| {n} | {mrn} | {dob} | {dt} |\n",
            n=g.name(p, g.r.choice(("last_first", "papers", "full"))),
            mrn=g.mrn(),
            dob=g.dob(patient=True),
            dt=g.date(g.r.choice(("mdY", "dbY2", "iso"))),
        )
    else:
        d.f(
            "{fac}, {dept}. Note for {n} (MRN {mrn}, DOB {dob}), seen {dt}.\n",
            fac=g.facility(pool),
            dept=K(dept, "department"),
            n=g.name(p, "full"),
            mrn=g.mrn(),
            dob=g.dob(patient=True),
            dt=g.date(g.r.choice(("BdY", "wBdY", "mdY"))),
        )
    if g.r.random() < 0.4:
        ins = g.r.choice(INSURERS)
        d.f(
            "Payer: {ins}    Acct: {a}\n" if g.r.random() < 0.5 else "Payer: {ins}\n",
            ins=K(ins, "insurer"),
            a=g.account(),
        )
    if g.r.random() < 0.3:
        d.f("Referred by {c} ({fac}), fax {fx}\n", c=g.clinician(), fac=g.facility(CLINICS), fx=g.fax())


def _section(d: Doc, g: Gen, label: str, p: Person) -> None:
    r = g.r
    d.t("\n" + label)
    if label == "Registration: ":
        ins = r.choice(INSURERS)
        d.f("{a}; phone {ph}; {ins} {plan}", a=g.address_block(), ph=g.phone(), ins=K(ins, "insurer"), plan=g.plan(ins))
        if r.random() < 0.75:
            d.f("; SSN {ssn}", ssn=g.ssn())
    elif label == "Ride home: ":
        st, pl = g.plate()
        rd = g.person(p.culture)
        d.f(
            "{kin} {n} in a {c} truck, {st} plate {pl}; cell {ph}",
            kin=g.kin(rd.sex),
            n=g.name(rd, "short"),
            c=r.choice(("gray", "red", "white", "blue")),
            st=st,
            pl=pl,
            ph=g.phone(),
        )
    elif label == "Interpreter: ":
        d.f(
            "{lang} interpreter {n} (ID {i}) by video, session from {ip}",
            lang=r.choice(LANGUAGES),
            n=g.name(g.person(), r.choice(("short", "initial"))),
            i=g.ident("INT-#####"),
            ip=g.ip(),
        )
    elif label == "Emergency contact: ":
        ec = g.person(p.culture)
        d.f("{n} ({kin}), {ph}, ", n=g.name(ec, r.choice(("full", "last_first"))), kin=g.kin(ec.sex), ph=g.phone())
        if r.random() < 0.6:
            d.t("age ")
            d.add(g.old_age())
        else:
            d.t(f"age {g.young_age()}")
    elif label == "Copies to: ":
        t = g.us_town()
        d.f(
            "{c} at {fac}, {town} {z}, fax {fx}, {em}",
            c=g.clinician(),
            fac=g.facility(CLINICS),
            town=g.location(t),
            z=g.zip(t),
            fx=g.fax(t),
            em=g.email(),
        )
    elif label == "Portal: ":
        px = g.person(p.culture)
        d.f(
            "results released at {u}; proxy access for {n} ({em}), last login {dt} from {ip}",
            u=g.url("results"),
            n=g.name(px, "short"),
            em=g.email(px),
            dt=g.date("md"),
            ip=g.ip(),
        )
    elif label == "Billing: ":
        ins = r.choice(INSURERS)
        d.f(
            "account {a}; guarantor {n}; {ins} member {plan}",
            a=g.account(),
            n=g.name(p, "last_first"),
            ins=K(ins, "insurer"),
            plan=g.plan(ins),
        )
        if r.random() < 0.5:
            d.f("; guarantor SSN {ssn}; statements to {em}", ssn=g.ssn(), em=g.email(p))
    elif label == "Devices on file: ":
        maker, model = r.choice(OXYGEN + PUMPS)
        d.f(
            "{model} ({maker}) serial {sn}; phone IMEI {imei}",
            model=K(model, "model"),
            maker=K(maker, "maker"),
            sn=g.serial(),
            imei=g.imei(),
        )
    elif label == "Work status: ":
        d.f(
            "off work until {dt}; employer {emp}, claim {cl}, adjuster {n}",
            dt=g.date(r.choice(("mdY", "bd", "Bdth"))),
            emp=g.facility(EMPLOYERS),
            cl=g.ident("WC-####-#####"),
            n=g.name(g.person(), "short"),
        )
    elif label == "Outside records: ":
        a = g.abroad()
        d.f(
            "from {town}, {country}, dated {dt}; clinic phone {ph}",
            town=P(a[0], "LOCATION"),
            country=a[1],
            dt=g.foreign_dob(a[1])
            if r.random() < 0.2
            else P(
                g.fmt(
                    g.day(2019, 2024),
                    {"Honduras": "dmY", "Belize": "dmY", "Mexico": "es", "Romania": "dmYdot", "Slovakia": "dmYsp"}[
                        a[1]
                    ],
                ),
                "DATE",
            ),
            ph=g.foreign_phone(a[1]),
        )
    elif label == "Late entry ":
        d.f(
            "{dt} {clk}: spoke with {n} at {ph}; {dl} licence {lic} copied for the chart; mailing ZIP {z} confirmed",
            dt=g.date("mdY"),
            clk=g.clock(),
            n=g.name(g.person(p.culture), "given"),
            ph=g.phone(),
            dl=(x := g.dl())[0],
            lic=x[1],
            z=g.zip(),
        )
    else:  # Parking
        st, pl = g.plate()
        d.f("accessible van {st} {pl}, VIN {v}, validated {dt}", st=st, pl=pl, v=g.vin(), dt=g.date("wmd"))


def _signature(d: Doc, g: Gen, doc: Person, cred: str, prescriber: bool = False) -> None:
    s = g.r.randint(0, 3)
    d.t("\n")
    if s == 0:
        d.f("Electronically signed by {c} on {dt} at {clk}", c=g.clinician(doc, cred), dt=g.date("mdY"), clk=g.clock())
    elif s == 1:
        d.f("Signed: {c} {dt}", c=g.clinician(doc, cred), dt=g.date(g.r.choice(("mdy", "iso"))))
    elif s == 2:
        d.f("Attested by {c}", c=g.clinician(doc, cred))
    else:
        d.f("e-signed {i} {dt} {clk}", i=P(doc.initials(), "NAME"), dt=g.date("md"), clk=g.clock())
    if prescriber or g.r.random() < 0.3:
        d.f(
            " | DEA {dea} | NPI {npi}" if g.r.random() < 0.6 else " | license {lic}",
            dea=g.dea(doc),
            npi=g.npi(),
            lic=g.prof_license(),
        )


def c_envenomation(d: Doc, g: Gen, p: Person) -> None:
    d.t("ED note: copperhead envenomation, ")
    _age(d, g)
    d.f(
        " bitten on the {side} hand {dt} at {clk} while clearing brush near {town}. ",
        side=g.r.choice(("right", "left")),
        dt=g.date(g.r.choice(("wBd", "md", "bd"))),
        clk=g.clock(),
        town=g.location(g.us_town()),
    )
    d.f(
        "Swelling past the wrist, marked every 15 minutes. Fibrinogen 142, platelets 118, 20-minute {ew} clotting test normal.\n",
        ew=K("Lee-White", "eponym"),
    )
    d.f(
        "Plan: {drug} via {maker} {model} pump, then {drug2} for pain. Tdap lot {lot}.\n",
        drug=K(g.r.choice(("Crotalidae polyvalent immune fab 6 vials", "Crotalidae immune F(ab')2 10 vials")), "drug"),
        maker=K("BD", "maker"),
        model=K("Alaris 8100", "model"),
        drug2=K("hydromorphone 0.5 mg IV", "drug"),
        lot=g.lot(),
    )
    d.f(
        "Dx {icd}; CPT {c1}, {c2}. Admitted to observation; poison center case {pc}.",
        icd=K("T63.061A", "code"),
        c1=K("96365", "code"),
        c2=K("96366", "code"),
        pc=g.ident("PC-25-######"),
    )


def c_corneal_fb(d: Doc, g: Gen, p: Person) -> None:
    d.t("Corneal foreign body removal. ")
    _age(d, g, " yo")
    d.f(
        " welder at {emp}, metal flew into the {eye} eye {dt}. ",
        emp=g.facility(EMPLOYERS),
        eye=g.r.choice(("right", "left")),
        dt=g.date("wmd"),
    )
    d.f(
        "VA 20/40. Slit lamp ({maker} {model}): rust ring at 4 o'clock, {ep} test negative.\n",
        maker=K("Haag-Streit", "maker"),
        model=K("BQ 900", "model"),
        ep=K("Seidel", "eponym"),
    )
    d.f(
        "Proparacaine 0.5%; removed with a 25G needle and {model2}. {drug} four times a day.\n",
        model2=K("Alger Brush II", "model"),
        drug=K(g.r.choice(("erythromycin 0.5% ointment", "moxifloxacin 0.5% drops")), "drug"),
    )
    d.f(
        "Codes: {icd}, CPT {cpt}. Recheck in {dept} {dt2}.",
        icd=K("T15.02XA", "code"),
        cpt=K(g.r.choice(("65222", "65220")), "code"),
        dept=K("Ophthalmology", "department"),
        dt2=g.date(g.r.choice(("wmd", "md", "wBd"))),
    )


def c_cerumen(d: Doc, g: Gen, p: Person) -> None:
    d.t("Cerumen disimpaction. ")
    _age(d, g)
    d.f(
        " with muffled hearing; {kin} says he turns the TV up. {ep} lateralizes {side}, {ep2} AC > BC.\n",
        kin=g.kin(),
        ep=K("Weber", "eponym"),
        side=g.r.choice(("right", "left")),
        ep2=K("Rinne", "eponym"),
    )
    d.f(
        "{drug} drops for 3 days before. Otoscopy with {maker} {model}: both canals occluded. Curette and irrigation.\n",
        drug=K("carbamide peroxide 6.5%", "drug"),
        maker=K("Welch Allyn", "maker"),
        model=K("MacroView", "model"),
    )
    d.f(
        "TMs intact after. Dx {icd}; CPT {cpt}. Hearing aid serial {sn} cleaned. ",
        icd=K("H61.23", "code"),
        cpt=K("69210", "code"),
        sn=g.serial(),
    )
    d.f("Follow up in {dept} if no better.", dept=K("Otolaryngology", "department"))


def c_suprapubic(d: Doc, g: Gen, p: Person) -> None:
    d.t("Suprapubic catheter change, home visit. ")
    _age(d, g)
    d.f(
        " with neurogenic bladder after spinal cord injury. Old 16 Fr {ep} removed, new {maker} {model} 16 Fr placed, 10 mL sterile water in balloon.\n",
        ep=K("Foley", "eponym"),
        maker=K("Bard", "maker"),
        model=K("Lubri-Sil", "model"),
    )
    d.f(
        "Urine clear yellow. {ep2} catheter kept in the supply closet at {st}. ",
        ep2=K("Malecot", "eponym"),
        st=g.street(),
    )
    d.f(
        "Dx {icd}, {icd2}; CPT {cpt}; supplies {hc}. Next change {dt}. {drug} continued.\nReferred back to {dept}.",
        icd=K("N31.9", "code"),
        icd2=K("Z93.59", "code"),
        cpt=K("51705", "code"),
        hc=K("A4344", "code"),
        dt=g.date(g.r.choice(("md", "bd", "BdY"))),
        drug=K("oxybutynin 5 mg", "drug"),
        dept=K("Urology", "department"),
    )


def c_trigger_point(d: Doc, g: Gen, p: Person) -> None:
    d.t("Trigger point injection note. ")
    _age(d, g)
    d.f(
        " with myofascial pain of the upper trapezius since a fall at work on {dt}. Taut bands and twitch response as described by {ep}; {ep2} test negative.\n",
        dt=g.date(g.r.choice(("BdY", "mdY"))),
        ep=K("Travell", "eponym"),
        ep2=K("Spurling", "eponym"),
    )
    d.f(
        "Ultrasound guidance ({maker} {model}). Injected {drug} into 3 points.\n",
        maker=K("FUJIFILM Sonosite", "maker"),
        model=K("Sonosite PX", "model"),
        drug=K("lidocaine 1% 3 mL", "drug"),
    )
    d.f(
        "Dx {icd}; CPT {cpt}. Home exercises from {dept}.",
        icd=K("M79.18", "code"),
        cpt=K(g.r.choice(("20552", "20553")), "code"),
        dept=K("Physical Medicine and Rehabilitation", "department"),
    )


def c_leep(d: Doc, g: Gen, p: Person) -> None:
    d.t("LEEP procedure. ")
    _age(d, g)
    d.f(
        " G2P2 with HSIL on colposcopy {dt}. {ep} iodine applied; {ep2} test outlined the lesion.\n",
        dt=g.date(g.r.choice(("mdY", "BdY"))),
        ep=K("Lugol", "eponym"),
        ep2=K("Schiller", "eponym"),
    )
    d.f(
        "Paracervical block with {drug}. Loop excision with {maker} {model} at 40 W, ball cautery, {drug2} paste.\n",
        drug=K("lidocaine 1% with epinephrine 10 mL", "drug"),
        maker=K("Bovie Medical", "maker"),
        model=K("Aaron 1250", "model"),
        drug2=K("ferric subsulfate", "drug"),
    )
    d.f(
        "Specimen {acc} to pathology. Dx {icd}; CPT {cpt}. {dept} follow-up in 6 months.",
        acc=g.ident("S25-#####"),
        icd=K("N87.1", "code"),
        cpt=K("57460", "code"),
        dept=K("Gynecology", "department"),
    )


def c_ecv(d: Doc, g: Gen, p: Person) -> None:
    d.f("External cephalic version, {dept}. ", dept=K("Labor and Delivery", "department"))
    _age(d, g)
    d.f(
        " G2P1 at 37w2d, breech by ultrasound ({maker} {model}); {ep} maneuvers agree.\n",
        maker=K("FUJIFILM Sonosite", "maker"),
        model=K("Sonosite PX", "model"),
        ep=K("Leopold", "eponym"),
    )
    d.f(
        "{drug} given. Version successful on second attempt. NST reactive on {model2}. {drug2} given, Rh negative.\n",
        drug=K("terbutaline 0.25 mg SC", "drug"),
        model2=K("Corometrics 259cx", "model"),
        drug2=K("Rho(D) immune globulin 300 mcg", "drug"),
    )
    d.f(
        "{ep2} score 4. Dx {icd}; CPT {cpt}. Due date {edd}.",
        ep2=K("Bishop", "eponym"),
        icd=K("O32.1XX0", "code"),
        cpt=K("59412", "code"),
        edd=g.date(g.r.choice(("mdY", "BdY", "Bd"))),
    )


def c_amoxicillin(d: Doc, g: Gen, p: Person) -> None:
    d.f("Penicillin allergy evaluation, {dept}. ", dept=K("Allergy and Immunology", "department"))
    _age(d, g)
    d.f(
        " with a childhood rash reported by {kin}; low risk. Direct oral amoxicillin challenge: {drug} at {clk}, observed 60 minutes.\n",
        kin=g.kin(),
        drug=K("amoxicillin 500 mg", "drug"),
        clk=g.clock(),
    )
    d.f(
        "No hives, no wheeze. Not a {ep} type I reaction. Allergy label removed {dt}.\n",
        ep=K("Gell and Coombs", "eponym"),
        dt=g.date(g.r.choice(("md", "mdY", "wmd"))),
    )
    d.f(
        "Dx {icd}; CPT {cpt}. {ins} notified to update the record.",
        icd=K("Z88.0", "code"),
        cpt=K("95076", "code"),
        ins=g.insurer(),
    )


def c_hcv(d: Doc, g: Gen, p: Person) -> None:
    d.f("HCV treatment start, {dept}. ", dept=K(g.r.choice(("Hepatology", "Infectious Disease")), "department"))
    _age(d, g)
    d.f(
        " genotype 1a, viral load 2.1 million. {maker} {model} 6.2 kPa, {ep} A.\n",
        maker=K("Echosens", "maker"),
        model=K("FibroScan 530 Compact", "model"),
        ep=K("Child-Pugh", "eponym"),
    )
    d.f(
        "Start {drug} daily for 12 weeks; prior auth {pa} approved by {ins} on {dt}.\n",
        drug=K(g.r.choice(("sofosbuvir-velpatasvir 400-100 mg", "glecaprevir-pibrentasvir 100-40 mg")), "drug"),
        pa=g.ident("PA-#######"),
        ins=g.insurer(),
        dt=g.date(g.r.choice(("mdY", "BdY"))),
    )
    d.f(
        "| Test | Result |\n| HCV RNA | {vl} IU/mL |\n| ALT | {alt} U/L |\n| Platelets | {plt} |\n",
        vl=f"{g.r.randint(120, 9800) * 1000:,}",
        alt=str(g.r.randint(22, 140)),
        plt=str(g.r.randint(110, 390)),
    )
    d.f(
        "Hep A and B vaccines (lot {lot}). Dx {icd}; CPT {cpt}. Specialty pharmacy {ph}.",
        lot=g.lot(),
        icd=K("B18.2", "code"),
        cpt=K("99215", "code"),
        ph=g.facility(PHARMACIES),
    )


def c_pump_start(d: Doc, g: Gen, p: Person) -> None:
    maker, model = g.r.choice(PUMPS)
    cm, cmodel = g.r.choice(CGMS)
    d.t("Insulin pump start. ")
    _age(d, g)
    d.f(
        " with type 1 diabetes since childhood, A1c 8.9%. Started {model} ({maker}), serial {sn}, paired with {cmodel} ({cm}), transmitter {sn2}.\n",
        model=K(model, "model"),
        maker=K(maker, "maker"),
        sn=g.serial(),
        cmodel=K(cmodel, "model"),
        cm=K(cm, "maker"),
        sn2=g.serial(),
    )
    d.f(
        "| Setting | Value |\n| Basal | 0.{b} units/h |\n| ICR | 1:{icr} |\n| ISF | {isf} |\nBolus with {drug}. {ep} effect discussed.\n",
        b=str(g.r.randint(3, 9)),
        icr=str(g.r.randint(6, 15)),
        isf=str(g.r.randint(25, 80)),
        drug=K("insulin aspart 100 units/mL", "drug"),
        ep=K("Somogyi", "eponym"),
    )
    d.f(
        "Dx {icd}; CPT {cpt}, {cpt2}. Trainer {c}. Upload link {u}.",
        icd=K("E10.65", "code"),
        cpt=K("95249", "code"),
        cpt2=K("99214", "code"),
        c=g.clinician(cred="CDCES"),
        u=g.url("pump"),
    )


def c_omt(d: Doc, g: Gen, p: Person) -> None:
    d.f("Osteopathic manipulative treatment, {dept}. ", dept=K("Family Medicine", "department"))
    _age(d, g)
    d.f(
        " with low back pain after lifting at {emp}. Somatic dysfunction L3-L5, sacrum, pelvis; {ep} reflexes tender.\n",
        emp=g.facility(EMPLOYERS),
        ep=K("Chapman", "eponym"),
    )
    d.f(
        "Techniques: muscle energy, {ep2} counterstrain, {ep3} technique on the {maker} {model} table. {drug} as needed.\n",
        ep2=K("Jones", "eponym"),
        ep3=K("Still", "eponym"),
        maker=K("Hill Laboratories", "maker"),
        model=K("HA90C", "model"),
        drug=K("naproxen 500 mg", "drug"),
    )
    d.f(
        "Dx {icd}, {icd2}; CPT {cpt}.",
        icd=K("M99.03", "code"),
        icd2=K("M54.50", "code"),
        cpt=K(g.r.choice(("98926", "98927")), "code"),
    )


def c_fishhook(d: Doc, g: Gen, p: Person) -> None:
    d.t("Fishhook removal, urgent care. ")
    _age(d, g, " yo")
    d.f(
        " fishing at the lake near {town} on {dt}, treble hook in the {site}. Digital block with {drug}.\n",
        town=g.location(g.us_town()),
        dt=g.date(g.r.choice(("wBd", "wmd", "Bdth"))),
        site=g.r.choice(("left thumb", "right index finger", "scalp", "right forearm")),
        drug=K("lidocaine 2% 4 mL", "drug"),
    )
    d.f(
        "Barb advanced through and cut; hook removed whole. Tdap lot {lot}; {drug2} for 5 days.\n",
        lot=g.lot(),
        drug2=K("cephalexin 500 mg", "drug"),
    )
    d.f(
        "Dx {icd}; CPT {cpt}. Boat registration {reg}, on the EMS run sheet. Return for red streaks or fever.",
        icd=K("S61.011A", "code"),
        cpt=K("10120", "code"),
        reg=P(f"NC {g.digits(4)} {g.r.choice('ABCDEFGH')}{g.r.choice('ABCDEFGH')}", "VEHICLE"),
    )


# genre -> (writer, department, signer's credential, share of patients 90 or older, sex, ages otherwise)
CLINICAL_WRITERS = {
    "envenomation": (c_envenomation, "Emergency Department", "MD", 0.15, "", (8, 84)),
    "corneal_fb": (c_corneal_fb, "Ophthalmology", "OD", 0.0, "M", (19, 66)),
    "cerumen": (c_cerumen, "Otolaryngology", "NP", 0.6, "M", (60, 89)),
    "suprapubic": (c_suprapubic, "Urology", "RN", 0.5, "", (34, 89)),
    "trigger_point": (c_trigger_point, "Physical Medicine and Rehabilitation", "DO", 0.15, "", (24, 79)),
    "leep": (c_leep, "Gynecology", "MD", 0.0, "F", (21, 45)),
    "ecv": (c_ecv, "Obstetrics", "CNM", 0.0, "F", (19, 41)),
    "amoxicillin_challenge": (c_amoxicillin, "Allergy and Immunology", "MD", 0.2, "", (6, 88)),
    "hcv": (c_hcv, "Hepatology", "FNP-C", 0.1, "", (24, 80)),
    "pump_start": (c_pump_start, "Endocrinology", "NP", 0.0, "", (9, 70)),
    "omt": (c_omt, "Family Medicine", "DO", 0.2, "", (20, 88)),
    "fishhook": (c_fishhook, "Emergency Department", "PA-C", 0.1, "", (7, 80)),
}


def clinical_note(g: Gen, genre: str) -> Doc:
    """A note: header, body, one to three identifier sections, signature; at most 1,500 characters."""
    writer, dept, cred, old_p, sex, (lo, hi) = CLINICAL_WRITERS[genre]
    n_sections = g.r.choice((1, 1, 2, 2, 3))
    labels = g.r.sample(SECTION_LABELS, n_sections)
    g.pt_age = g.r.randint(90, 106) if g.r.random() < old_p else g.r.randint(lo, hi)
    g.pt_birth = date(2025 - g.pt_age, g.r.randint(1, 12), g.r.randint(1, 28))
    while True:
        d = Doc()
        p = g.person(sex=sex or None)
        _header(d, g, p, dept)
        writer(d, g, p)
        for label in labels:
            _section(d, g, label, p)
        _signature(d, g, g.person(), cred, prescriber=genre in ("hcv", "amoxicillin_challenge"))
        if len(d.text()) <= 1500:
            return d
        labels = labels[:-1] or labels


# ---------------------------------------------------------------- rows


def _row(d: Doc, family: str, i: int, case: str) -> dict:
    text = d.text()
    keep = dict(d.keep)
    if case == "upper":
        text, keep = text.upper(), {k.upper(): v for k, v in keep.items()}
    elif case == "lower":
        text, keep = text.lower(), {k.lower(): v for k, v in keep.items()}
    assert text.isascii(), text
    spans = d.spans
    kept: dict[str, str] = {}
    for term, kind in keep.items():
        hits = [m.start() for m in re.finditer(re.escape(term), text)]
        if hits and not any(s < h + len(term) and h < e for h in hits for s, e, _ in spans):
            kept[term] = kind  # a term that occurs inside a PHI span anywhere in the row is left out
    return {
        "id": f"eval22-{family}-{i}",
        "family": family,
        "text": text,
        "phi": [{"start": s, "end": e, "type": t} for s, e, t in spans],
        "keep": list(kept),
        "keep_kinds": kept,
    }


def generate(family: str, n: int, seed: int) -> list[dict]:
    """`n` rows of `family`, genres in turn, from `random.Random(seed)` alone."""
    if family not in FAMILIES:
        raise ValueError(family)
    rng = random.Random(seed)
    rows: list[dict] = []
    seen: set[str] = set()
    i = 0
    while len(rows) < n:
        g = Gen(rng)
        if family == "messages":
            genre = MESSAGE_GENRES[len(rows) % len(MESSAGE_GENRES)]
            d = Doc()
            MESSAGE_WRITERS[genre](d, g)
            u = rng.random()
            case = "upper" if u < 0.05 else "lower" if u < 0.1 else ""
        else:
            genre = CLINICAL_GENRES[len(rows) % len(CLINICAL_GENRES)]
            d = clinical_note(g, genre)
            case = ""
        row = _row(d, family, len(rows), case)
        i += 1
        if row["text"] in seen:
            continue
        seen.add(row["text"])
        rows.append(row)
    return rows


def dumps(rows: list[dict]) -> str:
    """The rows as JSONL, one per line."""
    return "".join(json.dumps(r) + "\n" for r in rows)


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
