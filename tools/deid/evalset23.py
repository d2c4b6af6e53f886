"""Twenty-third independent de-identification evaluation set (eval23): sheep camp herder visit
requests from ranch offices (H-2A petition receipts, ranch truck plates and VINs, tab forms), kava
and medication interaction questions to a pharmacist (chat lines with clock times, Rx numbers,
phones in Fiji), apostille and certified-records requests for a citizenship or residency file
abroad (DNI, NIE, CIN and passport numbers, day-first and French dates, forwarded-mail headers),
ta moko and tattoo aftercare questions (body art licence numbers, photo upload links, quoted
replies), chaplain and spiritual care visit requests (bullets, elders over 90, kinship words),
surgery arrival time confirmation texts (case numbers, GLP-1 holds, header columns set apart by
spaces), lab recollect requests (requisition and accession numbers, numbered steps), family meal
tray and diet order requests (room numbers that are not PHI, `|` tables), fit to fly letter
requests (flight confirmation and ticket numbers, portable oxygen concentrator serials, phones
abroad), organ donor registry questions (registry IDs, driver's licences of several states), heart
failure scale reading alerts from remote monitoring (scale serials, modem IPs, tab tables), rugby
club injury updates (club member numbers, quoted replies, plates), church mission trip medical forms
(passport numbers, vaccine lots, bullets), patient valuables envelope releases (envelope numbers,
hearing aid serials, cards) and home health bed bug reports (visit addresses, episode numbers)
(`messages`); and bone marrow aspiration and biopsy notes, Bartholin abscess Word catheter
placements, ketamine infusion sessions for depression, collagenase injections for Dupuytren
contracture, therapeutic phlebotomy for hemochromatosis, IV iron infusions, ganglion cyst
aspirations, genicular nerve radiofrequency ablations, spinal cord stimulator trials, exertional
heat stroke ED notes, antepartum nonstress tests and intrathecal baclofen pump refills (`clinical`;
150-1,500 characters). Each genre occurs equally often (twenty rows per genre in `messages`, ten in
`clinical`, in turn). About one message in twenty is all capitals and one in twenty all lower case;
layouts include key: value forms, tab forms, `|` tables, bullets, numbered lists, "> " quoted
replies, chat lines with clock times ("[7:05 AM] Itziar: ..."), signatures with initials ("-- MTW"),
forwarded-mail headers ("Sent: ") and header lines whose columns are set apart by runs of spaces
("Patient: ...    MRN: ..."). Every clinical note has a header (PATIENT:, Pt name:, a `|` table or a
sentence with "(MRN ..."), one to three sections that carry further identifiers (Registration,
Driver, Interpreter, Next of kin, Copies to, Portal, Billing, Implants on file, Work status, Outside
records, Late entry, Lodging) and a signature line ("Electronically signed by", "Signed:",
"Attested by" or "e-signed"), some with a DEA number and an NPI.

Written by a writer who read only `tests/deid/evalset_checks.py`, `tests/deid/test_evalset22.py`,
`tests/deid/conftest.py`, `tests/deid/test_evalset_generators.py`, the module docstrings of
`tools/deid/evalset3.py` ... `tools/deid/evalset22.py` (nothing below them), the API (signatures and
docstrings) of `tools/deid/faker_tables.py` and `medcode/deid/types.py`, `datasets/deid/README.md`
and the ruff and mypy sections of `pyproject.toml`. evalset22 was imported only to list the names of
its public objects and the signatures of `generate`, `dumps`, `provenance_problems` and `main` (and
the values of `KEEP_KINDS`, `FAMILIES`, the genre tuples and the locale tuples), to keep the same
interface; none of its code was read. None of the de-identifier's rules, recognizers, lexicons, keep
lists, models or engine, none of the other generators' code and none of the sets under `datasets/`
or `build/` were read. The de-identifier was never run on this text.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters
them. This family brings text shapes, values and names nobody tuned on, and many more keep terms
(device makers and model numbers, regional Blue plans, Medicaid managed-care plans, TPAs, workers'
compensation carriers, Medicare Advantage plans, eponyms, departments, drugs and codes) written in
varied ways, to measure over-redaction.

Locales: none. ``NAME_LOCALES``, ``CITY_LOCALES``, ``ORG_LOCALES``, ``LOCALES`` and
``FAKER_TABLES`` are empty and ``provenance_problems()`` returns []. Names come from hand-written
lists of four naming cultures no earlier family used, in the Latin spellings met on US papers, with
variants: iTaukei Fijian (families in Sacramento, Elk Grove, Hayward and around Fort Cavazos:
Fijian forms of Bible names beside their English forms, "Sitiveni" / "Steven", "Timoci" /
"Timothy", "Mereoni" / "Mereani"; surnames in the Fijian spelling and in the spelling a registrar
writes from the sound, "Waqa" / "Wangga", "Cakau" / "Thakau", "Naiqama" / "Nainggama"; the
chiefly titles "Ratu" and "Adi" stay outside the name), Malagasy (families in the Maryland and
Virginia suburbs of Washington and in New England: long surnames with the "Ra-", "Andria-" and
"Razafi-" prefixes, "Randriamampionona", "Razafindrakoto", which an insurance card cuts short,
"Ravoninahitriniarivo" / "Ravoninahitri", or a registrar splits or hyphenates, "Rakotomalala" /
"Rakoto Malala" / "Rakoto-Malala"; short given names and the short forms of long ones, "Volatiana"
/ "Vola"; French dates on Malagasy papers, "14 mars 1957"), Basque (Basque-American ranching
families in Boise, Elko, Winnemucca, Bakersfield, Buffalo and Jordan Valley, and herders from the
Basque Country: Basque given names and their Spanish forms, "Inaki" / "Ignacio", "Xabier" /
"Javier", "Arantxa" / "Arancha", older Basque-Americans' "Jose Mari" / "Josemari"; two surnames,
the father's then the mother's, "Itziar Echeverria Urrutia", which a registrar may split,
"URRUTIA, Itziar Echeverria", or hyphenate, "Echeverria-Urrutia"; Basque and Castilian spellings,
"Etxeberria" / "Echeverria" / "Echeverry", "Goikoetxea" / "Goicoechea", "Agirre" / "Aguirre",
"Jauregi" / "Jauregui"; day-first dates, "14/03/1957", "14.03.1957") and Maori (families in the
Salt Lake valley, Provo and Carson: Maori given names and English ones, often a Maori middle name,
"Aroha", "Wiremu" / 'Wiremu "Bill"', "Hemi"; surnames with "Te" spaced, joined or hyphenated, "Te
Whata" / "Tewhata" / "Te-Whata"; long vowels written doubled or not, "Whaanga" / "Whanga", "Maaka" /
"Maka"). Words for relatives used instead of a name (``KIN_WORDS``: Fijian "Nau", "Momo", "Tai";
Malagasy "Neny", "Dadabe", "Nenibe", "Zoky"; Basque "Amona", "Aitona", "Amatxi", "Izeba", "Osaba";
Maori "Koro", "Kuia", "Whaea", "Koka") are not PHI, nor are titles ("Dr.", "Mr.", "Mrs.", "Ms.",
"Ratu", "Adi", "Ramatoa", "Andriamatoa", "Pastor", "Rev.", "Fr.", "Sister", "Coach"). Towns come from
hand-written lists (``US_TOWNS`` with state, ZIP and area codes; ``ABROAD_TOWNS`` in Fiji,
Madagascar, the Basque Country of Spain and France, and New Zealand), as do streets (Utah grid
addresses among them, "4160 W 5400 S"), facilities, insurers, makers and models. Numbers, dates,
codes and identifiers come from this module's own seeded ``random.Random``; no Faker is used, so a
seed reproduces its file byte for byte. All text is ASCII.

Annotation conventions (the 18 Safe Harbor identifiers as the project's PHI types): NAME is a
person's name as written (patients, relatives, ranch managers, herders, clinicians, staff,
chaplains, coaches, pastors), one span: "Given Surname", "Given Middle Surname", "Given Surname
Second", "Given Surname-Second", "SURNAME, Given", "SECOND, Given Surname", "SURNAME Given", 'Given
"Nick" Surname', a cut-short surname, all capitals, all lower case, a given name or a surname alone,
"A. Tewhata", and two to four capital initials that sign a message, a log line or a note ("-- MTW",
"e-signed IEU"). Titles stay outside the span ("Dr. ", "Ratu ", "Adi ", "Ramatoa ", "Pastor ",
"Coach "), as do credentials (", MD", ", DO", ", NP", ", PA-C", ", RN", ", LPN", ", RD", ", BCC",
", MDiv", ", ATC", ", CPhT", ", PharmD", ", MLS(ASCP)", ", CRNA", ", CNM", ", RT(R)"), a possessive
"'s" and kinship words. An e-mail address is EMAIL even when it holds a name. DATE is every date
element more specific than a year, one span with its year if it has one and with a weekday written
next to it: "03/14/2025", "3/14/25", "2025-03-14", "14-Mar-2025", "14MAR2025", "Mar 14, 2025",
"March 14, 2025", "14 March 2025", "March 2025", "3/14", "Mar 14", "March 14", "March 14th", "Fri
3/14", "Fri 03/14/2025", "Friday, March 14, 2025", "Friday, March 14", and day first from papers
abroad: "14/03/1957" (Spain, France, Fiji, New Zealand, Madagascar), "14.03.1957" (Spain), "14 mars
1957" (Madagascar, France). Clock times, durations, gestational age, doses, room numbers and blood
pressures are not PHI. AGE is PHI only when 90 or more: the number or the words alone ("96",
"ninety-four", "one hundred and two"), never "-year-old", "years old" or "age"; younger ages stay in
the text unannotated. LOCATION is a town or city (US or abroad); states and countries ("ID", "NV",
"UT", "Fiji", "Madagascar", "Spain", "France", "New Zealand") are not PHI, and a town inside an
organisation's name is part of the FACILITY span. ADDRESS is the street line with its unit ("1419 N
Cole Rd Apt 7"), a Utah grid address, or a PO Box. ZIP is a US ZIP, with its +4 when written. PHONE
and FAX include "+1", "1-", an extension and the country codes "+679", "+261", "+34", "+33" and
"+64"; a number labelled fax is FAX. EMAIL, URL (with "https://") and IP (IPv4 or IPv6) are whole
tokens. SSN in any of its shapes. MRN is a medical record number: 7 to 10 digits, its last a Luhn
check digit, sometimes a hyphen after the first two. ACCOUNT is a billing, hospital, guarantor or
pharmacy account or a payment card (16 digits, Luhn). HEALTH_PLAN is a member, Medicaid or Medicare
(MBI) number. LICENSE is a driver's licence (ID, NV, UT, CA, MD, TX, WY, OR, VA shapes), a body art
licence or a DEA registration (its check digit right). VEHICLE is a plate or
a VIN (its check digit right). DEVICE is the serial number of a device a patient uses or carries
(scale, portable oxygen concentrator, hearing aid, spinal cord stimulator, intrathecal pump) or a
phone IMEI (Luhn). ID is every other identifying number: H-2A petition receipts, Rx, apostille,
DNI, NIE, CIN, passport, case, requisition, accession, flight confirmation, e-ticket, donor registry,
remote monitoring enrolment, club member, valuables envelope, home health episode, workers' compensation claim, employee
and interpreter numbers and NPIs (Luhn with the 80840 prefix). FACILITY is every organisation named
(hospitals, clinics, pharmacies, ranches and other employers, churches, rugby clubs, tattoo
studios, Basque centres, home health agencies), one span. Not PHI and kept (``keep``, kinds in
``KEEP_KINDS``): drugs with their doses (drug); ICD-10-CM codes, CPT-shaped numbers, HCPCS codes,
NDC codes and lot numbers (code); makers (maker); model names and model numbers (model); insurers,
TPAs, workers' compensation carriers and public plans (insurer); eponyms, the name only, some of
them surnames or towns ("Jamshidi", "Bartholin", "Word catheter", "Garrod", "Ledderhose",
"Hueston", "Ganzoni", "Wilson", "Montgomery-Asberg", "Richmond", "Oswestry", "Tuohy", "Ashworth",
"Kellgren-Lawrence", "Allen", "Montevideo", "Naegele", "Philadelphia", "Koebner", "Gilbert",
"Westergren", "Lisfranc", "Huntington", "Lewy") (eponym) and departments (department). No keep term
ever occurs inside a PHI span (a term that does in some row is left out of that row's list).
Look-alikes left in the text on purpose: eponyms that are towns ("Philadelphia chromosome",
"Montevideo units", "Richmond Agitation-Sedation Scale", "Oswestry"), eponyms that are surnames
("Allen test", "Wilson disease", "Gilbert syndrome"), model numbers shaped like record numbers
("8637-40", "UC-352BLE", "BT004"), kinship words, CPT codes shaped like ZIPs, room and bed numbers,
blood pressures, and numbers that are not PHI (lot numbers, HCPCS codes, ages under 90, clock
times).

    python -m tools.deid.evalset23 --family messages --n 300 --seed 4601 --out datasets/deid/eval23_messages.jsonl
    python -m tools.deid.evalset23 --family clinical --n 120 --seed 4602 --out datasets/deid/eval23_clinical.jsonl

Seeds 4701 / 4702 are reserved for tuning (``--out build/deid-fresh/...``); keep the two committed
files for measurement.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from tools.deid import faker_tables

NAME_LOCALES: tuple[str, ...] = ()
CITY_LOCALES: tuple[str, ...] = ()
ORG_LOCALES: tuple[str, ...] = ()
LOCALES: tuple[str, ...] = ()
FAKER_TABLES: dict[str, tuple[tuple[str, str], ...]] = {}
FAMILIES = ("messages", "clinical")
KEEP_KINDS = ("drug", "code", "maker", "model", "insurer", "eponym", "department")
PHI = ("NAME", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE",
       "VEHICLE", "DEVICE", "URL", "IP", "ADDRESS", "LOCATION", "ZIP", "FACILITY", "ID")  # fmt: skip


def provenance_problems() -> list[str]:
    """Tables read from Faker that are not their locale's own (none are read)."""
    return faker_tables.provenance_problems(FAKER_TABLES)


# ---------------------------------------------------------------------------------------------
# Names: (variants of one name, first the usual spelling)

FJ_GIVEN_F = (("Mereoni", "Mereani"), ("Litia",), ("Akanisi", "Agnes"), ("Kelera",), ("Unaisi",), ("Asinate",),
              ("Vasemaca",), ("Miliakere",), ("Ateca",), ("Titilia",), ("Alumeci",),
              ("Makereta", "Margaret"), ("Salanieta",), ("Torika",), ("Losalini", "Rosaline"), ("Sainimere",),
              ("Lavenia",), ("Vika",), ("Ana Maria",), ("Luisa",))  # fmt: skip
FJ_GIVEN_M = (("Sitiveni", "Steven"), ("Timoci", "Timothy"), ("Josaia",), ("Jone", "Joni"), ("Viliame", "William"),
              ("Inoke",), ("Eroni",), ("Epeli",), ("Isikeli",), ("Semisi",), ("Waisale",), ("Apisai",),
              ("Ilaitia",), ("Samisoni",), ("Tomasi",), ("Meli",), ("Savenaca",), ("Peni", "Ben"),
              ("Vuniani",), ("Maika", "Michael"))  # fmt: skip
FJ_SURNAMES = (("Naivalu",), ("Ravulo",), ("Tuisawau",), ("Koroi",), ("Waqa", "Wangga", "Wanga"),
               ("Cakau", "Thakau"), ("Delai",), ("Nawaqa", "Nawangga"), ("Ratuva",), ("Tabua",), ("Volavola",),
               ("Baleiwai",), ("Naceva", "Natheva"), ("Vakacegu", "Vakathegu"), ("Seruvatu",),
               ("Raqona", "Rangona"), ("Matanitobua",), ("Naiqama", "Nainggama"), ("Vuniwaqa", "Vuniwangga"),
               ("Lewaravu",), ("Qalo", "Nggalo"), ("Naisoro",), ("Bulivou",), ("Rokotuiloma",),
               ("Nakarawa",), ("Tamanisau",))  # fmt: skip
MG_GIVEN_F = (("Voahangy",), ("Fanja",), ("Haingotiana", "Haingo"), ("Volatiana", "Vola"), ("Miora",),
              ("Mialy",), ("Hanitra",), ("Lalao",), ("Noro",), ("Hasina",), ("Onja",), ("Nomena",), ("Tiana",),
              ("Fenosoa",), ("Harisoa",), ("Ravaka",), ("Soaniaina", "Soa"), ("Nirina",))  # fmt: skip
MG_GIVEN_M = (("Hery",), ("Mamy",), ("Njaka",), ("Tahina",), ("Rivo",), ("Toky",), ("Andry",), ("Rado",),
              ("Fidy",), ("Sitraka",), ("Tojo",), ("Faly",), ("Fetra",), ("Lova",), ("Haja",), ("Mahefa",),
              ("Tsiory",), ("Ando",))  # fmt: skip
MG_SURNAMES = (("Rakotomalala", "Rakoto Malala", "Rakoto-Malala"), ("Randriamampionona", "Randria-Mampionona"),
               ("Andrianarivo",), ("Rasoanaivo",), ("Razafindrakoto", "Razafindrakot"), ("Rajaonarison",),
               ("Rabemananjara",), ("Raharimanana",), ("Randrianasolo", "Randriana Solo"), ("Rasolofomanana",),
               ("Rakotondrabe",), ("Razanamparany",), ("Andriamihaja",), ("Ratsimbazafy",),
               ("Rafanomezantsoa", "Rafanomezants"), ("Rasamoelina",), ("Ravoninahitriniarivo", "Ravoninahitri"),
               ("Andriantsitohaina", "Andriantsitoh"), ("Ramarolahy",), ("Razafimahatratra", "Razafimahatra"),
               ("Rakotoarisoa",), ("Ranaivoson",))  # fmt: skip
EU_GIVEN_F = (("Itziar",), ("Garazi",), ("Maite", "Maitte"), ("Nerea",), ("Ainhoa",), ("Edurne",),
              ("Arantxa", "Arancha"), ("Idoia", "Idoya"), ("Miren",), ("Amaia", "Amaya"), ("Leire",), ("Oihane",),
              ("Mirentxu",), ("Begona", "Bego"), ("Karmele", "Carmele"), ("Josune",), ("Ane",), ("Dolores", "Lola"))  # fmt: skip
EU_GIVEN_M = (("Inaki", "Ignacio"), ("Aitor",), ("Gorka",), ("Koldo",), ("Iker",), ("Josu",), ("Xabier", "Javier"),
              ("Unai",), ("Ander",), ("Julen",), ("Jon",), ("Jose Mari", "Josemari", "Jose Maria"), ("Pello",),
              ("Bittor", "Victor"), ("Kepa",), ("Patxi", "Francisco"), ("Eneko",), ("Mikel", "Miguel"))  # fmt: skip
EU_SURNAMES = (("Echeverria", "Etxeberria", "Echeverry"), ("Goikoetxea", "Goicoechea", "Goycoechea"),
               ("Urrutia",), ("Aguirre", "Agirre"), ("Arriaga",), ("Larranaga", "Larrinaga"), ("Uriarte",),
               ("Zubiri",), ("Gorostiaga",), ("Bengoechea", "Bengoetxea"), ("Jauregui", "Jauregi", "Jaureguy"),
               ("Yturri", "Iturri"), ("Mendiola",), ("Olano",), ("Zabala", "Zavala"), ("Arrizabalaga",),
               ("Oyarzun", "Oiartzun"), ("Ansotegui", "Ansotegi"), ("Achabal", "Atxabal"), ("Bideganeta",),
               ("Yrigoyen", "Irigoyen"), ("Lekumberry", "Lecumberri"), ("Erquiaga", "Erkiaga"), ("Elordi",),
               ("Ugalde",), ("Aldecoa", "Aldekoa"))  # fmt: skip
MI_GIVEN_F = (("Aroha",), ("Mere",), ("Ngaire",), ("Anahera",), ("Huia",), ("Ruihi",), ("Kiri",), ("Hine",),
              ("Pania",), ("Ngaio",), ("Mereana",), ("Hariata", "Harriet"), ("Ataahua",), ("Moana",),
              ("Tui",), ("Te Aroha", "Tearoha"), ("Whetu",), ("Maata", "Mata"))  # fmt: skip
MI_GIVEN_M = (("Wiremu", "William"), ("Hemi", "James"), ("Tamati", "Thomas"), ("Rawiri", "David"),
              ("Hohepa", "Joseph"), ("Manaia",), ("Kahu",), ("Taane", "Tane"), ("Rangi",), ("Matiu", "Matthew"),
              ("Tipene", "Stephen"), ("Rewi",), ("Kaea",), ("Nikau",), ("Ihaia",), ("Paora", "Paul"),
              ("Te Rangi", "Terangi"), ("Wairua",))  # fmt: skip
MI_SURNAMES = (("Te Whata", "Tewhata", "Te-Whata"), ("Ngata",), ("Parata",), ("Tawhiri",), ("Te Kani", "Tekani"),
               ("Wihongi",), ("Tamihana",), ("Ruru",), ("Hohaia",), ("Kereama",), ("Paewai",), ("Rangihuna",),
               ("Ngarimu",), ("Herewini",), ("Potae",), ("Karaka",), ("Tomoana",), ("Whaanga", "Whanga"),
               ("Maaka", "Maka"), ("Te Huia", "Tehuia"), ("Poutama",), ("Tuhiwai",), ("Ranginui",),
               ("Te Amo", "Teamo"), ("Mahuika",), ("Hetaraka",))  # fmt: skip
NICKS = {"Wiremu": "Bill", "Hemi": "Jim", "Tamati": "Tom", "Rawiri": "Dave", "Hohepa": "Joe", "Sitiveni": "Steve",
         "Timoci": "Tim", "Viliame": "Bill", "Maika": "Mike", "Makereta": "Maggie", "Losalini": "Rosie",
         "Inaki": "Nacho", "Patxi": "Frank", "Mikel": "Mike", "Dolores": "Lola", "Begona": "Bego",
         "Haingotiana": "Haingo", "Josaia": "Joe", "Jone": "John", "Tomasi": "Tom", "Samisoni": "Sam",
    "Anahera": "Ana", "Itziar": "Itzi", "Xabier": "Xabi", "Arantxa": "Aran", "Jose Mari": "Joe", "Mereoni": "Mary",
    "Isikeli": "Ezekiel", "Njaka": "Jack", "Kelera": "Clara", "Aroha": "Ro", "Volatiana": "Vola", "Harisoa": "Hary", "Rasolofomanana": "Rasolo"}  # fmt: skip
CULTURES = {
    "fj": (FJ_GIVEN_F, FJ_GIVEN_M, FJ_SURNAMES),
    "mg": (MG_GIVEN_F, MG_GIVEN_M, MG_SURNAMES),
    "eu": (EU_GIVEN_F, EU_GIVEN_M, EU_SURNAMES),
    "mi": (MI_GIVEN_F, MI_GIVEN_M, MI_SURNAMES),
}
KIN_WORDS = ("Nau", "Momo", "Tai", "Neny", "Dadabe", "Nenibe", "Zoky", "Amona", "Aitona", "Amatxi", "Izeba", "Osaba",
             "Koro", "Kuia", "Whaea", "Koka")  # fmt: skip
KIN_OF = {"fj": ("Nau", "Momo", "Tai"), "mg": ("Neny", "Dadabe", "Nenibe", "Zoky"),
          "eu": ("Amona", "Aitona", "Amatxi", "Izeba", "Osaba"), "mi": ("Koro", "Kuia", "Whaea", "Koka")}  # fmt: skip
TITLES = ("Dr.", "Mr.", "Mrs.", "Ms.", "Ratu", "Adi", "Ramatoa", "Andriamatoa", "Pastor", "Rev.", "Fr.", "Sister",
          "Coach")  # fmt: skip
CREDENTIALS = ("MD", "DO", "NP", "PA-C", "RN", "LPN", "RD", "BCC", "MDiv", "ATC", "CPhT", "PharmD", "MLS(ASCP)",
               "CRNA", "CNM", "RT(R)")  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Places: (town, state, ZIP, area codes, culture)

US_TOWNS = (("Boise", "ID", "83702", ("208", "986"), "eu"), ("Elko", "NV", "89801", ("775",), "eu"),
            ("Winnemucca", "NV", "89445", ("775",), "eu"), ("Bakersfield", "CA", "93301", ("661",), "eu"),
            ("Buffalo", "WY", "82834", ("307",), "eu"), ("Jordan Valley", "OR", "97910", ("541",), "eu"),
            ("Mountain Home", "ID", "83647", ("208",), "eu"), ("Gardnerville", "NV", "89410", ("775",), "eu"),
            ("Gooding", "ID", "83330", ("208",), "eu"), ("Chino", "CA", "91710", ("909",), "eu"),
            ("Elk Grove", "CA", "95624", ("916", "279"), "fj"), ("Hayward", "CA", "94541", ("510", "341"), "fj"),
            ("Union City", "CA", "94587", ("510",), "fj"), ("Vallejo", "CA", "94590", ("707",), "fj"),
            ("Killeen", "TX", "76541", ("254",), "fj"), ("Rancho Cordova", "CA", "95670", ("916",), "fj"),
            ("West Valley City", "UT", "84119", ("801", "385"), "mi"), ("Kearns", "UT", "84118", ("801",), "mi"),
            ("Provo", "UT", "84601", ("801",), "mi"), ("Orem", "UT", "84057", ("801",), "mi"),
            ("Carson", "CA", "90745", ("310",), "mi"), ("Long Beach", "CA", "90813", ("562",), "mi"),
            ("Silver Spring", "MD", "20910", ("301", "240"), "mg"), ("Hyattsville", "MD", "20782", ("301",), "mg"),
            ("Takoma Park", "MD", "20912", ("301",), "mg"), ("Gaithersburg", "MD", "20877", ("240",), "mg"),
            ("Alexandria", "VA", "22304", ("703", "571"), "mg"), ("Worcester", "MA", "01604", ("508", "774"), "mg"))  # fmt: skip
ABROAD_TOWNS = (("Suva", "Fiji"), ("Nadi", "Fiji"), ("Lautoka", "Fiji"), ("Labasa", "Fiji"), ("Savusavu", "Fiji"),
                ("Nausori", "Fiji"), ("Sigatoka", "Fiji"), ("Levuka", "Fiji"),
                ("Antananarivo", "Madagascar"), ("Toamasina", "Madagascar"), ("Fianarantsoa", "Madagascar"),
                ("Antsirabe", "Madagascar"), ("Mahajanga", "Madagascar"), ("Toliara", "Madagascar"),
                ("Bilbao", "Spain"), ("Gernika", "Spain"), ("Donostia", "Spain"), ("Lekeitio", "Spain"),
                ("Ondarroa", "Spain"), ("Elizondo", "Spain"), ("Markina", "Spain"), ("Bayonne", "France"),
                ("Saint-Jean-Pied-de-Port", "France"), ("Baigorri", "France"),
                ("Rotorua", "New Zealand"), ("Gisborne", "New Zealand"), ("Whanganui", "New Zealand"),
                ("Kaitaia", "New Zealand"), ("Whakatane", "New Zealand"), ("Ruatoria", "New Zealand"),
                ("Tokoroa", "New Zealand"), ("Porirua", "New Zealand"))  # fmt: skip
COUNTRY_OF = {"fj": "Fiji", "mg": "Madagascar", "eu": "Spain", "mi": "New Zealand"}
COUNTRY_CODE = {"Fiji": "+679", "Madagascar": "+261", "Spain": "+34", "France": "+33", "New Zealand": "+64"}
STREETS = ("N Cole Rd", "W Overland Rd", "Grove St", "Idaho St", "Silver St", "Railroad St", "Mountain City Hwy",
           "Winnemucca Blvd", "E Bridge St", "Fairview Ave", "Mission Blvd", "Tennyson Rd", "Sligo Ave",
           "Piney Branch Rd", "Flower Ave", "Georgia Ave", "Ming Ave", "Stockdale Hwy", "Rancier Ave",
           "Trimmier Rd", "Laguna Blvd", "Calvine Rd", "Jauregui Ln", "Main St", "Carson St", "Del Amo Blvd",
           "Redwood Rd", "Columbia Pike", "Pleasant St", "Shaw Ave", "Bannock St", "Capitol Blvd")  # fmt: skip
UTAH_GRID = ("W 5400 S", "S 4000 W", "W 4700 S", "N 900 E", "S 2700 W", "W 3500 S")

HOSPITALS = ("Treasure Valley Regional Medical Center", "Ruby Mountain General Hospital",
             "Humboldt Basin Hospital", "Kern Valley Community Hospital", "Delta Sierra Medical Center",
             "Wasatch Valley Hospital", "Jordan River Medical Center", "Sligo Creek Community Hospital",
             "Bay Shore Regional Hospital", "Central Texas Army Community Hospital", "Owyhee County Hospital",
             "Bighorn Mountain Memorial Hospital", "Potomac Highlands Medical Center")  # fmt: skip
CLINICS = ("Vanua Family Health Clinic", "Fihavanana Community Clinic", "Aroha Whanau Health", "Euskal Etxea Clinic",
           "Boise Basque Block Family Medicine", "Elko Herders Clinic", "Manaaki Health Center",
           "Silver Spring Fihavanana Health", "Kearns Pacific Family Practice", "Zazpiak Bat Family Medicine",
           "Veilomani Health Clinic", "Te Ao Marama Health")  # fmt: skip
PHARMACIES = ("Capitol Boulevard Pharmacy", "Humboldt Drug", "Wasatch Apothecary", "Sligo Pharmacy",
              "Delta Discount Drugs", "Grove Street Pharmacy", "Elk Grove Family Pharmacy", "Ruby Valley Pharmacy")  # fmt: skip
EMPLOYERS = ("Ruby Mountain Sheep Co.", "Jordan Valley Ranch Supply", "Owyhee Livestock Co.",
             "Carlin Trend Mining", "Kern County Dairy Cooperative", "Echeverria Land and Livestock",
             "Bighorn Basin Sheep Ranch", "Paradise Valley Ranch", "Snake River Wool Growers")  # fmt: skip
CHURCHES = ("Holy Trinity Fijian Methodist Church", "Malagasy Lutheran Church of Washington", "Good Shepherd Basque Mission",
            "Ratana Church of Utah", "St. Ignatius Basque Parish", "Fiangonana Malagasy Silver Spring",
            "Kearns Ward Pacific Chapel")  # fmt: skip
CLUBS = ("Utah Warriors Academy RFC", "Sacramento Fiji Rugby Club", "Boise Basque Rugby Club", "Hayward Vanua RFC",
         "Salt Lake Maori RFC", "Capital Beltway Rugby Club")  # fmt: skip
STUDIOS = ("Te Toi Ink Studio", "Whakairo Tattoo Parlour", "Kearns Kirituhi Tattoo", "Grove Street Tattoo Co.",
           "Navigator Ink Studio")  # fmt: skip
AGENCIES = ("Treasure Valley Home Health", "Elko Visiting Nurses", "Wasatch Home Care Partners",
            "Montgomery Home Health Services", "Delta Sierra Home Health")  # fmt: skip
CENTERS = ("Euzkaldunak Basque Center", "Elko Euzkaldunak Club", "Fiji Association of Northern California",
           "Malagasy Association of Greater Washington", "Te Whare Hui Utah")  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Keep terms

INSURERS = ("Regence BlueShield of Idaho", "Blue Cross of Idaho", "Blue Cross Blue Shield of Wyoming",
            "CareFirst BlueCross BlueShield", "Premera Blue Cross", "Wellmark Blue Cross and Blue Shield",
            "Highmark Blue Shield", "Excellus BCBS", "Silver Summit Health Plan", "Molina Healthcare of Utah",
            "Healthy U Medicaid", "SelectHealth Community Care", "Maryland Medicaid HealthChoice",
            "Priority Partners MCO", "Jai Medical Systems", "Partnership HealthPlan of California",
            "Kern Family Health Care", "Alameda Alliance for Health", "Inland Empire Health Plan",
            "Superior HealthPlan", "Baylor Scott & White Health Plan", "Sentara Health Plans", "Virginia Premier",
            "UMR", "Meritain Health", "HealthSCOPE Benefits", "Luminare Health", "Idaho State Insurance Fund",
            "Texas Mutual Insurance", "SAIF Corporation", "WCF Insurance", "State Compensation Insurance Fund",
            "Chesapeake Employers' Insurance", "Humana Gold Plus HMO", "SCAN Health Plan", "Regence MedAdvantage",
            "SelectHealth Advantage", "Alignment Health Plan", "Clover Health", "TRICARE West",
            "Nevada Medicaid", "Idaho Medicaid", "REGENCE BSID", "BCBS of Wyoming", "CareFirst BCBS",
            "MOLINA HEALTHCARE", "Health Net of California")  # fmt: skip
COMP_CARRIERS = ("Idaho State Insurance Fund", "Texas Mutual Insurance", "SAIF Corporation", "WCF Insurance",
                 "State Compensation Insurance Fund", "Chesapeake Employers' Insurance", "EMPLOYERS Holdings")  # fmt: skip
MA_PLANS = ("Humana Gold Plus HMO", "SCAN Health Plan", "Regence MedAdvantage", "SelectHealth Advantage",
            "Alignment Health Plan", "Clover Health")  # fmt: skip
DEPARTMENTS_M = ("Spiritual Care Services", "Nutrition and Food Services", "Health Information Management",
                 "Release of Information", "Remote Patient Monitoring", "Perioperative Services",
                 "Pre-Admission Testing", "Laboratory Outreach", "Patient Access", "Infection Prevention",
                 "Travel Medicine", "Sports Medicine", "Heart Failure Clinic", "Security Services",
                 "Occupational Medicine", "Dermatology", "Transplant Services", "PERIOPERATIVE SERVICES",
                 "Dept. of Nutrition", "HIM", "Home Health Intake", "Case Management")  # fmt: skip
DEPARTMENTS_C = ("Hematology/Oncology", "Infusion Center", "Interventional Pain", "Gynecology",
                 "Interventional Psychiatry", "Hand Surgery", "Emergency Department", "Labor and Delivery Triage",
                 "Maternal-Fetal Medicine", "Physical Medicine and Rehabilitation", "Hepatology", "Radiology",
                 "Anesthesiology", "Pharmacy", "Orthopedics", "Neurosurgery", "Blood Bank", "PM&R")  # fmt: skip
# maker -> models
DEVICES: dict[str, tuple[str, ...]] = {
    "Withings": ("Body Cardio", "Body+"),
    "A&D Medical": ("UC-352BLE", "UC-355PBT-Ci"),
    "Tanita": ("BC-545N",),
    "BodyTrace": ("BT004",),
    "iHealth Labs": ("iHealth Nexus",),
    "CAIRE": ("FreeStyle Comfort", "Eclipse 5"),
    "O2 Concepts": ("Oxlife Independence",),
    "GCE Healthcare": ("Zen-O lite",),
    "Phonak": ("Audeo Lumity", "Naida Paradise"),
    "Starkey": ("Genesis AI", "Evolv AI"),
    "Oticon": ("Intent 1", "More 2"),
    "Nonin Medical": ("Onyx Vantage 9590",),
    "ZOLL": ("AED Plus", "Thermogard XP"),
    "Ascensia": ("Contour Next One",),
    "kaleo": ("Auvi-Q",),
    "Trudell Medical": ("AeroChamber Plus",),
    "Tasso Inc.": ("Tasso+",),
    "Solventum": ("Tegaderm",),
    "Saniderm Medical": ("Saniderm",),
    "Invacare": ("Reliant 450",),
    "DJO": ("Playmaker II",),
    "React Health": ("Luna G3",),
    "Nevro": ("Senza", "HFX iQ"),
    "Saluda Medical": ("Evoke",),
    "Abbott": ("Proclaim XR", "Eterna"),
    "Boston Scientific": ("WaveWriter Alpha",),
    "Medtronic": ("SynchroMed II", "8637-40", "8637-20", "Intellis"),
    "Avanos Medical": ("COOLIEF",),
    "Stryker": ("MultiGen 2",),
    "Masimo": ("Radius-7", "MightySat"),
    "BD": ("Alaris 8015", "Arctic Sun 5000"),
    "ICU Medical": ("Plum 360",),
    "Teleflex": ("Arrow OnControl", "EZ-IO"),
    "Argon Medical Devices": ("T-Lok",),
    "Philips": ("Avalon FM30",),
    "GE HealthCare": ("Corometrics 259cx", "Venue Go"),
    "Huntleigh": ("Sonicaid Team3",),
    "Fenwal": ("Amicus",),
    "Terumo BCT": ("Teruflex",),
    "Butterfly Network": ("Butterfly iQ3",),
    "FUJIFILM Sonosite": ("PX", "SonoSite Edge II"),
    "CooperSurgical": ("Balloon Catheter 10 Fr",),
    "Ossur": ("Exoform",),
}
MSG_DEVICES = ("Withings", "A&D Medical", "Tanita", "BodyTrace", "iHealth Labs", "CAIRE", "O2 Concepts",
               "GCE Healthcare", "Phonak", "Starkey", "Oticon", "Nonin Medical", "ZOLL", "Ascensia", "kaleo",
               "Trudell Medical", "Tasso Inc.", "Solventum", "Saniderm Medical", "Invacare", "DJO", "React Health")  # fmt: skip

KEEP_TERM = tuple[str, str]


# ---------------------------------------------------------------------------------------------
# Building a text


class Doc:
    """A text built piece by piece, recording each PHI span and keep term as it is appended."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.phi: list[tuple[int, int, str]] = []
        self.keep: dict[str, str] = {}

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.n += len(s)
        return self

    def f(self, fmt: str, *args: object) -> Doc:
        """Text with `{}` holes; each arg is plain text or a (KIND, value) pair: a PHI type or a keep kind."""
        pieces = fmt.split("{}")
        assert len(pieces) == len(args) + 1, fmt
        for piece, arg in zip(pieces, args):
            self.t(piece)
            self.add(arg)
        self.t(pieces[-1])
        return self

    def add(self, arg: object) -> None:
        if isinstance(arg, tuple):
            kind, value = arg
            if kind in PHI:
                start = self.n
                self.t(value)
                self.phi.append((start, self.n, kind))
            elif kind in KEEP_KINDS:
                self.keep.setdefault(value, kind)
                self.t(value)
            else:
                raise ValueError(kind)
        else:
            self.t(str(arg))

    def extend(self, other: Doc) -> Doc:
        shift = self.n
        self.t("".join(other.parts))
        self.phi += [(a + shift, b + shift, k) for a, b, k in other.phi]
        for term, kind in other.keep.items():
            self.keep.setdefault(term, kind)
        return self

    def text(self) -> str:
        return "".join(self.parts)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


_VIN_VALUE = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
              "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}  # fmt: skip
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
MONTHS_FR = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
             "novembre", "decembre")  # fmt: skip
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def age_words(n: int) -> str:
    if n < 100:
        return "ninety" + (f"-{_UNITS[n - 91]}" if n > 90 else "")
    return "one hundred" + (f" and {_UNITS[n - 101]}" if n > 100 else "")


@dataclass
class Person:
    culture: str
    female: bool
    given: str
    surname: str
    second: str = ""
    middle: str = ""
    nick: str = ""
    age: int = 0
    variants: tuple[str, ...] = field(default_factory=tuple)


class Gen:
    """Draws every value from one seeded random.Random."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.today = date(2025, 1, 6) + timedelta(days=rng.randrange(330))

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    # --- people -----------------------------------------------------------------------------
    def person(self, culture: str | None = None, female: bool | None = None) -> Person:
        c = culture or self.pick(("fj", "mg", "eu", "mi"))
        fem = self.chance(0.5) if female is None else female
        gf, gm, sn = CULTURES[c]
        g = self.pick(gf if fem else gm)
        s = self.pick(sn)
        given = g[0] if len(g) == 1 or self.chance(0.7) else self.pick(g[1:])
        surname = s[0] if len(s) == 1 or self.chance(0.6) else self.pick(s[1:])
        p = Person(c, fem, given, surname, age=self.r.randint(19, 88), variants=tuple(g) + tuple(s))
        if c == "eu":
            s2 = self.pick([x for x in sn if x != s])
            p.second = s2[0]
        if c in ("mi", "fj") and self.chance(0.3):
            p.middle = self.pick(gf if fem else gm)[0]
        if given in NICKS and self.chance(0.8):
            p.nick = NICKS[given]
        return p

    def name(self, p: Person, style: str | None = None) -> str:
        styles = ["full"] * 6 + ["last_first", "caps_first", "given", "initial", "last_first_caps"]
        if p.second:
            styles += ["full2", "full2", "hyph", "hyph", "hyph", "second_first"]
        if p.middle:
            styles += ["middle", "middle"]
        if p.nick:
            styles += ["nick", "nick", "nick", "nick"]
        st = style or self.pick(styles)
        g, s = p.given, p.surname
        if st == "full":
            return f"{g} {s}"
        if st == "full2":
            return f"{g} {s} {p.second}"
        if st == "hyph":
            return f"{g} {s}-{p.second}"
        if st == "second_first":
            return f"{p.second.upper()}, {g} {s}"
        if st == "middle":
            return f"{g} {p.middle} {s}"
        if st == "nick":
            return f'{g} "{p.nick}" {s}'
        if st == "last_first":
            return f"{s}, {g}" if not p.second else f"{s} {p.second}, {g}"
        if st == "last_first_caps":
            return f"{s.upper()}, {g}" if not p.second else f"{s.upper()} {p.second.upper()}, {g}"
        if st == "caps_first":
            return f"{s.upper()} {g}"
        if st == "given":
            return g
        if st == "surname":
            return s
        if st == "initial":
            return f"{g[0]}. {s}"
        raise ValueError(st)

    def initials(self, p: Person) -> str:
        parts = [p.given, *(p.middle.split() if p.middle else []), *p.surname.replace("-", " ").split()]
        if p.second:
            parts.append(p.second)
        ini = "".join(x[0].upper() for x in parts)[:4]
        return ini if len(ini) >= 2 else ini + "X"

    def title(self, p: Person) -> str:
        """A title written before the name (never part of the NAME span), or nothing."""
        if not self.chance(0.45):
            return ""
        if p.culture == "fj":
            return "Adi " if p.female else "Ratu "
        if p.culture == "mg":
            return "Ramatoa " if p.female else "Andriamatoa "
        return ("Mrs. " if p.female else "Mr. ") if self.chance(0.5) else ""

    def kin(self, p: Person) -> str:
        return self.pick(KIN_OF[p.culture])

    # --- dates ------------------------------------------------------------------------------
    def soon(self, lo: int = -20, hi: int = 40) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def born(self, lo: int = 18, hi: int = 85, age: int = 0) -> date:
        age = age or self.r.randint(lo, hi)
        return date(self.today.year - age, self.r.randint(1, 12), self.r.randint(1, 28))

    def d(self, x: date, style: str | None = None) -> str:
        st = style or self.pick(("mdY", "mdY", "mdy", "iso", "dbY", "dbY2", "bdY", "BdY", "dBY", "BY"))
        wd = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[x.weekday()]
        wdl = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[x.weekday()]
        mon = x.strftime("%b")
        month = x.strftime("%B")
        table = {
            "mdY": f"{x.month:02d}/{x.day:02d}/{x.year}",
            "mdy": f"{x.month}/{x.day}/{x.year % 100:02d}",
            "iso": x.isoformat(),
            "dbY": f"{x.day:02d}-{mon}-{x.year}",
            "dbY2": f"{x.day:02d}{mon.upper()}{x.year}",
            "bdY": f"{mon} {x.day}, {x.year}",
            "BdY": f"{month} {x.day}, {x.year}",
            "dBY": f"{x.day} {month} {x.year}",
            "BY": f"{month} {x.year}",
            "dmY": f"{x.day:02d}/{x.month:02d}/{x.year}",
            "dotY": f"{x.day:02d}.{x.month:02d}.{x.year}",
            "fr": f"{x.day} {MONTHS_FR[x.month - 1]} {x.year}",
            "md": f"{x.month}/{x.day}",
            "bd": f"{mon} {x.day}",
            "Bd": f"{month} {x.day}",
            "Bdth": f"{month} {x.day}{'th' if 10 <= x.day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(x.day % 10, 'th')}",
            "wmd": f"{wd} {x.month}/{x.day}",
            "wmdY": f"{wd} {x.month:02d}/{x.day:02d}/{x.year}",
            "WBdY": f"{wdl}, {month} {x.day}, {x.year}",
            "WBd": f"{wdl}, {month} {x.day}",
        }
        return table[st]

    def near(self, lo: int = -10, hi: int = 30) -> str:
        """A date near today, in a short or weekday shape."""
        return self.d(
            self.soon(lo, hi), self.pick(("md", "md", "bd", "Bd", "Bdth", "wmd", "wmdY", "WBdY", "WBd", "mdY", "iso"))
        )

    def dob(self, p: Person | None = None, lo: int = 18, hi: int = 85) -> str:
        x = self.born(lo, hi, p.age if p is not None and p.age and lo == 18 and hi == 85 else 0)
        styles = ["mdY", "mdY", "mdy", "iso", "dbY", "dbY2", "BdY", "dBY"]
        if p is not None and self.chance(0.3):
            styles = {"fj": ["dmY"], "mi": ["dmY", "dBY"], "eu": ["dmY", "dotY"], "mg": ["fr", "dmY"]}[p.culture]
        return self.d(x, self.pick(styles))

    def clock(self) -> str:
        if self.chance(0.5):
            return f"{self.r.randint(1, 12)}:{self.r.randrange(60):02d} {self.pick(('AM', 'PM'))}"
        return f"{self.r.randint(6, 22)}:{self.r.randrange(60):02d}"

    def old_age(self) -> str:
        n = self.r.choice((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104))
        return age_words(n) if self.chance(0.3) else str(n)

    def young_age(self, a: int = 0) -> str:
        a = a or self.r.randint(19, 88)
        return self.pick((f"{a}-year-old", f"{a} years old", f"{a} yo", f"{a} y.o.", f"{a} years old"))

    # --- places -----------------------------------------------------------------------------
    def town(self, culture: str | None = None):
        towns = [t for t in US_TOWNS if culture is None or t[4] == culture]
        return self.pick(towns)

    def abroad(self, culture: str | None = None):
        if culture:
            c = COUNTRY_OF[culture]
            towns = [t for t in ABROAD_TOWNS if t[1] == c or (culture == "eu" and t[1] == "France")]
            return self.pick(towns)
        return self.pick(ABROAD_TOWNS)

    def street(self, town=None) -> str:
        if town is not None and town[1] == "UT" and self.chance(0.6):
            return f"{self.r.randint(1200, 6900)} {self.pick(UTAH_GRID)}"
        if self.chance(0.08):
            return f"PO Box {self.r.randint(10, 9999)}"
        s = f"{self.r.randint(12, 9899)} {self.pick(STREETS)}"
        roll = self.r.random()
        if roll < 0.15:
            s += f" Apt {self.r.randint(1, 40)}{self.pick(('', 'A', 'B'))}"
        elif roll < 0.22:
            s += f" Unit {self.r.randint(1, 300)}"
        elif roll < 0.27:
            s += f" #{self.r.randint(2, 99)}"
        return s

    def zipc(self, town) -> str:
        z = town[2]
        z = z[:3] + f"{(int(z[3:]) + self.r.randrange(8)) % 100:02d}"
        return z + (f"-{self.digits(4)}" if self.chance(0.2) else "")

    def addr_block(self, d: Doc, town=None, sep: str = ", ") -> None:
        town = town or self.town()
        d.f(
            "{}" + sep + "{}, " + town[1] + " {}",
            ("ADDRESS", self.street(town)),
            ("LOCATION", town[0]),
            ("ZIP", self.zipc(town)),
        )

    # --- numbers ----------------------------------------------------------------------------
    def phone(self, town=None) -> str:
        area = self.pick(town[3]) if town else self.pick(("208", "775", "801", "916", "510", "301", "703", "661"))
        body = f"{self.r.randint(200, 989)}{self.digits(4)}"
        st = self.r.randrange(6)
        if st == 0:
            s = f"({area}) {body[:3]}-{body[3:]}"
        elif st == 1:
            s = f"{area}-{body[:3]}-{body[3:]}"
        elif st == 2:
            s = f"{area}.{body[:3]}.{body[3:]}"
        elif st == 3:
            s = f"+1 {area} {body[:3]} {body[3:]}"
        elif st == 4:
            s = f"1-{area}-{body[:3]}-{body[3:]}"
        else:
            s = f"({area}){body[:3]}-{body[3:]}"
        if self.chance(0.1):
            s += f" ext {self.r.randint(2, 9999)}"
        return s

    def phone_abroad(self, country: str) -> str:
        if country == "Fiji":
            return f"+679 {self.pick('9827')}{self.digits(2)} {self.digits(4)}"
        if country == "Madagascar":
            return f"+261 {self.pick(('32', '33', '34', '38'))} {self.digits(2)} {self.digits(3)} {self.digits(2)}"
        if country == "Spain":
            return f"+34 6{self.digits(2)} {self.digits(3)} {self.digits(3)}"
        if country == "France":
            return f"+33 6 {self.digits(2)} {self.digits(2)} {self.digits(2)} {self.digits(2)}"
        return f"+64 2{self.pick('127')} {self.digits(3)} {self.digits(4)}"

    def email(self, p: Person) -> str:
        g = p.given.lower().replace(" ", "").replace("'", "")
        s = p.surname.lower().replace(" ", "").replace("-", "")
        user = self.pick(
            (
                f"{g}.{s}",
                f"{g}{s[:4]}{self.r.randint(1, 99)}",
                f"{g[0]}{s}",
                f"{s}.{g}",
                f"{g}_{s}{self.r.randint(50, 99)}",
            )
        )
        return f"{user}@{self.pick(('gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'proton.me', 'comcast.net'))}"

    def staff_email(self, p: Person) -> str:
        g = p.given.lower().replace(" ", "")
        s = p.surname.lower().replace(" ", "").replace("-", "")
        return f"{g[0]}{s}@{self.pick(('tvrmc.org', 'rubymtngeneral.org', 'wasatchvalleyhosp.org', 'sligocreekhealth.org', 'deltasierramc.org'))}"

    def url(self, kind: str = "portal") -> str:
        token = "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(self.r.randint(6, 10)))
        hosts = {
            "portal": (
                "https://mychart.tvrmc.org/MyChart/",
                "https://portal.wasatchvalleyhosp.org/visit/",
                "https://sligocreekhealth.org/p/",
            ),
            "upload": ("https://upload.rubymtngeneral.org/s/", "https://share.deltasierramc.org/u/"),
            "gofund": ("https://www.gofundme.com/f/", "https://givebutter.com/"),
            "meet": ("https://telehealth.tvrmc.org/join/", "https://meet.wasatchvalleyhosp.org/r/"),
        }[kind]
        return self.pick(hosts) + token

    def ip(self) -> str:
        if self.chance(0.2):
            return f"2600:1700:{self.r.randrange(65536):x}:{self.r.randrange(65536):x}::{self.r.randrange(1, 65536):x}"
        return f"{self.pick((24, 50, 67, 71, 98, 104, 136, 174, 184, 199))}.{self.r.randrange(256)}.{self.r.randrange(256)}.{self.r.randint(1, 254)}"

    def ssn(self) -> str:
        a = f"{self.r.randint(1, 899):03d}"
        while a == "666":
            a = f"{self.r.randint(1, 899):03d}"
        b, c = f"{self.r.randint(1, 99):02d}", f"{self.r.randint(1, 9999):04d}"
        return self.pick((f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"))

    def mrn(self) -> str:
        n = self.r.randint(7, 10)
        body = str(self.r.randint(1, 9)) + self.digits(n - 2)
        s = body + luhn_digit(body)
        return f"{s[:2]}-{s[2:]}" if self.chance(0.15) else s

    def npi(self) -> str:
        body = str(self.pick("12")) + self.digits(8)
        return body + luhn_digit("80840" + body)

    def dea(self, p: Person) -> str:
        d = [self.r.randrange(10) for _ in range(6)]
        check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        first = p.surname.replace(" ", "")[0].upper()
        return self.pick("ABFM") + first + "".join(map(str, d)) + str(check)

    def card(self) -> str:
        body = self.pick("45") + self.digits(14)
        s = body + luhn_digit(body)
        return " ".join(s[i : i + 4] for i in range(0, 16, 4))

    def imei(self) -> str:
        body = self.pick(("35", "86", "01")) + self.digits(12)
        return body + luhn_digit(body)

    def vin(self) -> str:
        chars = [self.r.choice(_VIN_CHARS) for _ in range(17)]
        chars[0] = self.pick("1245J")
        chars[9] = self.pick("PRSTV")
        chars[8] = "0"
        total = sum(_VIN_VALUE[c] * w for c, w in zip(chars, _VIN_WEIGHTS)) % 11
        chars[8] = "X" if total == 10 else str(total)
        return "".join(chars)

    def plate(self, state: str) -> str:
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        a = lambda n: "".join(self.r.choice(L) for _ in range(n))
        shapes = {
            "ID": (f"1A {self.digits(5)}", f"2A{a(1)}{self.digits(4)}", f"{a(1)}{self.digits(6)}"),
            "NV": (f"{self.digits(3)}{a(3)}", f"{self.digits(2)}{a(1)}{self.digits(3)}"),
            "UT": (f"{a(1)}{self.digits(2)} {self.digits(1)}{a(2)}", f"{self.digits(3)} {a(1)}{self.digits(2)}"),
            "CA": (f"{self.r.randint(5, 9)}{a(3)}{self.digits(3)}",),
            "MD": (f"{self.digits(1)}{a(2)}{self.digits(4)}", f"{a(3)}{self.digits(4)}"),
            "TX": (f"{a(3)}-{self.digits(4)}", f"{a(2)}{self.digits(1)} {a(1)}{self.digits(3)}"),
            "WY": (f"{self.r.randint(1, 23)}-{self.digits(4)}",),
            "OR": (f"{self.digits(3)} {a(3)}", f"{a(3)} {self.digits(3)}"),
            "VA": (f"{a(3)}-{self.digits(4)}",),
            "MA": (f"{self.digits(1)}{a(3)}{self.digits(2)}",),
        }
        return self.pick(shapes[state])

    def licence(self, state: str) -> str:
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        a = lambda: self.r.choice(L)
        shapes = {
            "ID": f"{a()}{a()}{self.digits(6)}{a()}",
            "NV": self.pick((self.digits(10), self.digits(12))),
            "UT": self.digits(self.r.randint(7, 9)),
            "CA": f"{a()}{self.digits(7)}",
            "MD": f"{a()}-{self.digits(3)}-{self.digits(3)}-{self.digits(3)}-{self.digits(3)}",
            "TX": self.digits(8),
            "WY": f"{self.digits(6)}-{self.digits(3)}",
            "OR": self.pick((self.digits(7), f"{a()}{self.digits(6)}")),
            "VA": f"{a()}{self.digits(8)}",
            "MA": f"S{self.digits(8)}",
        }
        return shapes[state]

    def mbi(self) -> str:
        A = "ACDEFGHJKMNPQRTUVWXY"
        N = "0123456789"
        c = lambda s: self.r.choice(s)
        return c("123456789") + c(A) + c(A + N) + c(N) + c(A) + c(A + N) + c(N) + c(A) + c(A) + c(N) + c(N)

    def member(self) -> str:
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        pre = "".join(self.r.choice(L) for _ in range(3))
        return self.pick((f"{pre}{self.digits(9)}", f"{pre}{self.digits(6)}-{self.digits(2)}", f"{self.digits(11)}",
                          f"{pre[0]}{self.digits(8)}", f"M{self.digits(9)}"))  # fmt: skip

    def account(self) -> str:
        return self.pick(
            (f"{self.digits(9)}", f"HAR {self.digits(10)}", f"{self.digits(4)}-{self.digits(6)}", f"G{self.digits(8)}")
        )

    def serial(self, maker: str) -> str:
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        a = lambda n: "".join(self.r.choice(L) for _ in range(n))
        return self.pick((f"{a(2)}{self.digits(7)}", f"{self.digits(4)}{a(1)}{self.digits(5)}", f"{a(3)}-{self.digits(6)}",
                          f"{self.digits(2)}{a(2)}{self.digits(6)}", f"{a(1)}{self.digits(9)}{a(1)}"))  # fmt: skip

    def lot(self) -> str:
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return "".join(self.r.choice(L) for _ in range(self.r.randint(1, 2))) + self.digits(self.r.randint(4, 5))

    def idnum(self, prefix: str, n: int) -> str:
        return f"{prefix}{self.digits(n)}"

    # --- keep pieces ------------------------------------------------------------------------
    def maker_model(self, makers: tuple[str, ...] | None = None) -> tuple[tuple[str, str], tuple[str, str]]:
        m = self.pick(makers or tuple(DEVICES))
        return ("maker", m), ("model", self.pick(DEVICES[m]))

    def insurer(self, pool: tuple[str, ...] = INSURERS) -> tuple[str, str]:
        return ("insurer", self.pick(pool))

    def dept(self, pool: tuple[str, ...]) -> tuple[str, str]:
        return ("department", self.pick(pool))

    def facility(self, pool: tuple[str, ...]) -> tuple[str, str]:
        return ("FACILITY", self.pick(pool))

    def cred(self, pool: tuple[str, ...]) -> str:
        return self.pick(pool)


KeepArg = tuple[str, str]


def K(kind: str, term: str) -> KeepArg:
    return (kind, term)


def P(kind: str, value: str) -> tuple[str, str]:
    return (kind, value)


# ---------------------------------------------------------------------------------------------
# Pieces shared by the message genres


def sign(g: Gen, d: Doc, p: Person, creds: tuple[str, ...] = ("RN", "LPN", "MD", "NP")) -> None:
    roll = g.r.random()
    if roll < 0.35:
        d.f("\n-- {}", P("NAME", g.initials(p)))
    elif roll < 0.7:
        d.f("\n-- {}, " + g.pick(creds), P("NAME", g.name(p, g.pick(("full", "initial", "given")))))
    else:
        d.f("\nThanks,\n{}", P("NAME", g.name(p, g.pick(("full", "given")))))


def mail_head(g: Gen, d: Doc, sender: Person, subject: str, to: tuple[str, str]) -> None:
    x = g.soon(-3, 0)
    d.f(
        "From: {} <{}>\nSent: {} {}\nTo: {}\nSubject: " + subject + "\n\n",
        P("NAME", g.name(sender, g.pick(("full", "hyph" if sender.second else "full", "last_first")))),
        P("EMAIL", g.email(sender)),
        P("DATE", g.d(x, g.pick(("WBdY", "wmdY", "mdY")))),
        g.clock(),
        to,
    )


def hdr_cols(g: Gen, d: Doc, p: Person) -> None:
    gap = " " * g.r.randint(4, 8)
    d.f(
        "Patient: {}" + gap + "MRN: {}" + gap + "DOB: {}\n",
        P("NAME", g.name(p, g.pick(("last_first", "last_first_caps", "full", "nick" if p.nick else "full")))),
        P("MRN", g.mrn()),
        P("DATE", g.dob(p)),
    )


def quote(g: Gen, d: Doc, lines: list[str]) -> None:
    d.t("\n")
    for line in lines:
        d.t(f"> {line}\n")


def plan_line(g: Gen, d: Doc, pool: tuple[str, ...] = INSURERS) -> None:
    if g.chance(0.3):
        d.f("Medicare MBI {} (secondary {})\n", P("HEALTH_PLAN", g.mbi()), g.insurer(pool))
    else:
        d.f("Insurance: {} member ID {}\n", g.insurer(pool), P("HEALTH_PLAN", g.member()))


def codes_line(g: Gen, d: Doc, icd: tuple[str, ...], cpt: tuple[str, ...]) -> None:
    d.f("Codes: {} / {}", K("code", g.pick(icd)), K("code", g.pick(cpt)))
    if g.chance(0.5):
        d.f(", {}", K("code", g.pick(HCPCS)))
    d.t("\n")


HCPCS = ("G0463", "A4253", "E0607", "A9276", "J3490", "G2211", "S9083", "A4649", "E1390", "T1013", "J1885", "G0008")
NDC = ("0409-4888-02", "63323-262-01", "0143-9587-10", "70860-700-10", "0517-2340-01", "60505-0813-0", "25021-402-10",
       "0338-0049-04", "42023-223-25", "0781-3207-95")  # fmt: skip


def devices_line(g: Gen, d: Doc, makers: tuple[str, ...] = MSG_DEVICES) -> None:
    mk, md = g.maker_model(makers)
    d.f("Device: {} {} serial {}\n", mk, md, P("DEVICE", g.serial(mk[1])))


def young(g: Gen) -> str:
    return g.young_age()


def agex(g: Gen, p: Person, bare: bool = False) -> object:
    """The patient's age in a clinical note: 90 or more is an AGE span (the number only)."""
    if p.age >= 90:
        return P("AGE", age_words(p.age) if g.chance(0.3) else str(p.age))
    return str(p.age) if bare else g.pick((f"{p.age} years old", f"{p.age}-year-old", f"{p.age} yo", f"age {p.age}"))


# ---------------------------------------------------------------------------------------------
# Message genres (one function each; a genre's marker phrase is only in its own rows)


def m_sheep_camp(g: Gen, d: Doc) -> None:
    herder = g.person(g.pick(("eu", "eu", "mg", "fj")), female=False)
    boss = g.person("eu")
    town = g.town("eu")
    ranch = g.pick(EMPLOYERS)
    d.f("{}\tRanch office\t{}\n", P("FACILITY", ranch), P("PHONE", g.phone(town)))
    d.f("To: {} front desk\tFax: {}\n\n", P("FACILITY", g.pick(CLINICS)), P("FAX", g.phone(town)))
    d.f(
        "Please see our herder " + g.title(herder) + "{} (age {}) from the sheep camp above {} this week. ",
        P("NAME", g.name(herder)),
        g.r.randint(22, 58),
        P("LOCATION", town[0]),
    )
    d.f(
        "He cut his hand on the wagon stove {} and it is red now, and he has pain at the {} tendon from walking. ",
        P("DATE", g.near(-6, -1)),
        K("eponym", "Achilles"),
    )
    d.t("He takes ")
    d.f("{} for it.\n\n", K("drug", g.pick(("ibuprofen 600 mg", "naproxen 500 mg", "acetaminophen 500 mg"))))
    d.f(
        "Name\t{}\nDOB\t{}\nH-2A receipt\t{}\nEmployee no.\t{}\nPassport\t{}\n",
        P("NAME", g.name(herder, "last_first_caps")),
        P("DATE", g.dob(herder, 22, 58)),
        P("ID", "WAC" + g.digits(10)),
        P("ID", g.idnum("E", 5)),
        P("ID", g.pick(("PA", "PAB", "XDA")) + g.digits(6)),
    )
    d.f(
        "Truck\t{} plate {}\nVIN\t{}\n",
        g.pick(("Ford F-250", "Ram 2500", "Chevy Silverado")),
        P("VEHICLE", g.plate(town[1])),
        P("VEHICLE", g.vin()),
    )
    d.f("Workers comp: {} claim {}\n", g.insurer(COMP_CARRIERS), P("ID", f"WC-{g.digits(4)}-{g.digits(5)}"))
    if g.chance(0.5):
        d.f("Camp has a {} {} and a {} {} pulse ox.\n", *g.maker_model(("ZOLL",)), *g.maker_model(("Nonin Medical",)))
    codes_line(g, d, ("S61.411A", "L03.113", "M76.61", "S61.412A"), ("12002", "99203", "90715"))
    d.f(
        "Call me at {} or {}. Send the bill to {}.\n",
        P("PHONE", g.phone(town)),
        P("EMAIL", g.email(boss)),
        g.dept(("Occupational Medicine", "Patient Access")),
    )
    sign(g, d, boss, ("Ranch manager", "Office"))


def m_kava(g: Gen, d: Doc) -> None:
    p = g.person("fj")
    ph = g.person()
    town = g.town("fj")
    kin = g.kin(p)
    drug = g.pick(
        ("sertraline 50 mg", "lorazepam 0.5 mg", "acetaminophen 500 mg", "atorvastatin 40 mg", "gabapentin 300 mg")
    )
    t1, t2, t3, t4 = g.clock(), g.clock(), g.clock(), g.clock()
    d.f("{} pharmacist chat\n", P("FACILITY", g.pick(PHARMACIES)))
    d.f(
        "[{}] {}: bula, is it ok to drink kava at my cousin's wedding on {} while I am on {}?\n",
        t1,
        P("NAME", g.name(p, "given")),
        P("DATE", g.near(1, 20)),
        K("drug", drug),
    )
    d.f(
        "[{}] {}: Thanks for asking. Kava and {} together can make you very sleepy. ",
        t2,
        P("NAME", g.name(ph, "given")),
        K("drug", drug),
    )
    d.f(
        "It can also be hard on the liver, more so with {} syndrome. Can I have your DOB and Rx number?\n",
        K("eponym", "Gilbert"),
    )
    d.f(
        "[{}] {}: {}, Rx #{}. my {} drinks kava every night too, she is {}\n",
        t3,
        P("NAME", g.name(p, "given")),
        P("DATE", g.dob(p)),
        P("ID", g.digits(7)),
        kin,
        P("AGE", g.old_age()),
    )
    d.f(
        "[{}] {}: I will flag it for Dr. {} at {}. ",
        t4,
        P("NAME", g.name(ph, "given")),
        P("NAME", g.name(g.person(), "surname")),
        g.dept(("Travel Medicine", "Patient Access", "Case Management")),
    )
    d.f("Your plan {} ({}) shows one refill left.\n", g.insurer(), P("HEALTH_PLAN", g.member()))
    d.f(
        "Codes for the note: {} {}\n",
        K("code", g.pick(("Z79.899", "F41.1", "K76.0", "E80.4"))),
        K("code", g.pick(("99605", "99606", "G0463"))),
    )
    if g.chance(0.5):
        country = "Fiji"
        d.f(
            "Family in {} can reach me on {} (home {}).\n",
            P("LOCATION", g.abroad("fj")[0]),
            P("PHONE", g.phone_abroad(country)),
            P("PHONE", g.phone(town)),
        )
    else:
        d.f("Mailing: ")
        g.addr_block(d, town)
        d.t("\n")


def m_apostille(g: Gen, d: Doc) -> None:
    p = g.person(g.pick(("eu", "eu", "mg")))
    town = g.town(p.culture)
    ab = g.abroad(p.culture)
    mail_head(
        g,
        d,
        p,
        "Fwd: certified records + apostille",
        g.dept(("Release of Information", "Health Information Management", "HIM")),
    )
    d.f(
        "Hello {},\n\nI need certified copies of my birth records with an apostille for my citizenship file at the consulate ",
        g.dept(("Release of Information", "HIM")),
    )
    d.f(
        "(appointment {}). Name on file {}, born {} at {}.\n",
        P("DATE", g.near(10, 60)),
        P("NAME", g.name(p, "last_first_caps")),
        P("DATE", g.dob(p, 20, 70)),
        P("FACILITY", g.pick(HOSPITALS)),
    )
    if p.culture == "eu":
        d.f(
            "My father {} was born in {} on {} (DNI {}, NIE {}).\n",
            P("NAME", g.name(g.person("eu", False), "full2")),
            P("LOCATION", ab[0]),
            P("DATE", g.d(g.born(60, 88), g.pick(("dmY", "dotY")))),
            P("ID", g.digits(8) + g.pick("TRWAGMYFPDX")),
            P("ID", "X" + g.digits(7) + g.pick("TRWAGM")),
        )
    else:
        d.f(
            "My mother {} was born in {} on {} (CIN {}).\n",
            P("NAME", g.name(g.person("mg", True), "full")),
            P("LOCATION", ab[0]),
            P("DATE", g.d(g.born(60, 88), "fr")),
            P("ID", g.digits(12)),
        )
    d.f("Passport {}, SSN {}.\n", P("ID", g.pick(("PAA", "XDB", "5")) + g.digits(6)), P("SSN", g.ssn()))
    d.t("Records should list:\n")
    d.f(
        "- diagnosis {} ({} thyroiditis)\n",
        K("code", g.pick(("E06.3", "E05.00", "E03.9"))),
        K("eponym", g.pick(("Hashimoto", "Graves"))),
    )
    d.f("- {} daily\n", K("drug", g.pick(("levothyroxine 88 mcg", "levothyroxine 112 mcg", "methimazole 10 mg"))))
    d.f(
        "- fee code {} and apostille number {} from the Secretary of State\n",
        K("code", g.pick(("S9981", "99080"))),
        P("ID", f"AP-{g.digits(6)}"),
    )
    d.f("Mail to ")
    g.addr_block(d, town)
    d.f(" or fax {}.\n", P("FAX", g.phone(town)))
    quote(g, d, ["Your request was received. Please upload ID at the link below.", "Ref " + g.digits(3)])
    d.f("Link: {}\n", P("URL", g.url("upload")))


def m_ta_moko(g: Gen, d: Doc) -> None:
    p = g.person(g.pick(("mi", "mi", "fj")))
    artist = g.person("mi")
    town = g.town("mi")
    d.f(
        "Kia ora, I had ta moko done on my forearm {} at {} by {} (body art license {}). ",
        P("DATE", g.near(-14, -3)),
        P("FACILITY", g.pick(STUDIOS)),
        P("NAME", g.name(artist, "full")),
        P("LICENSE", f"BA-{g.digits(5)}"),
    )
    d.f(
        "It is weeping and hot. I used {} {} wrap (lot {}) and {} on it. ",
        *g.maker_model(("Saniderm Medical", "Solventum")),
        K("code", g.lot()),
        K("drug", g.pick(("mupirocin 2% ointment", "bacitracin ointment", "Aquaphor"))),
    )
    d.f(
        "I have psoriasis and my {} said the {} thing can happen in tattoos. Photos here {}\n",
        g.kin(p),
        K("eponym", "Koebner"),
        P("URL", g.url("upload")),
    )
    d.f("DOB {}  cell {}\n", P("DATE", g.dob(p)), P("PHONE", g.phone(town)))
    quote(
        g,
        d,
        [f"Hi, this is {g.pick(('the Dermatology nurse line', 'the wound nurse'))}. Is there fever or red streaks?"],
    )
    d.f(
        "> Please reply with your MRN. Code {} was on your last visit.\n",
        K("code", g.pick(("L40.0", "L08.9", "T81.4XXA"))),
    )
    d.f(
        "\nMRN {}. no fever. {} said {} is fine if needed, I am on {} (ID {}).\n",
        P("MRN", g.mrn()),
        P("NAME", g.name(g.person(), "initial")),
        K("drug", g.pick(("cephalexin 500 mg", "doxycycline 100 mg"))),
        g.insurer(),
        P("HEALTH_PLAN", g.member()),
    )
    d.f("CPT on the portal says {}. ", K("code", g.pick(("99213", "99214", "11042"))))
    d.f("Dept: {}\n", g.dept(("Dermatology", "Infection Prevention")))
    sign(g, d, p, ("patient",))


def m_chaplain(g: Gen, d: Doc) -> None:
    p = g.person()
    fam = g.person(p.culture)
    pastor = g.person(p.culture, False)
    kin = g.kin(p)
    d.f("Request for the chaplain ({}):\n", g.dept(("Spiritual Care Services",)))
    d.f(
        "* Patient: " + g.title(p) + "{}, Room {} - my {}, who is {}\n",
        P("NAME", g.name(p, g.pick(("full", "given", "nick" if p.nick else "full", "hyph" if p.second else "full")))),
        g.r.randint(200, 699),
        kin,
        P("AGE", g.old_age()),
    )
    d.f(
        "* Faith: {} - please call {} {} at {}\n",
        g.pick(("Methodist", "Catholic", "Lutheran", "Ratana", "Latter-day Saint")),
        g.pick(("Pastor", "Rev.", "Fr.")),
        P("NAME", g.name(pastor, "full")),
        P("PHONE", g.phone()),
    )
    d.f("* Church: {}\n", P("FACILITY", g.pick(CHURCHES)))
    d.f(
        "* Dx: {} disease ({}), now with {} body dementia, on {}\n",
        K("eponym", "Huntington"),
        K("code", g.pick(("G10", "G31.83"))),
        K("eponym", "Lewy"),
        K("drug", g.pick(("morphine 2 mg", "haloperidol 0.5 mg", "lorazepam 0.5 mg"))),
    )
    d.f("* Best time {} after {}\n", P("DATE", g.near(0, 5)), g.clock())
    d.f("Family contact {}, {} ({})\n", P("NAME", g.name(fam)), P("PHONE", g.phone()), P("EMAIL", g.email(fam)))
    if g.chance(0.5):
        d.f("Plan {} - {}\n", g.insurer(MA_PLANS), P("HEALTH_PLAN", g.mbi()))
    d.f("Billing code for the visit: {}\n", K("code", g.pick(("99497", "G0182", "Q5003"))))
    sign(g, d, fam, ("family",))


def m_arrival(g: Gen, d: Doc) -> None:
    p = g.person()
    town = g.town()
    x = g.soon(2, 12)
    hdr_cols(g, d, p)
    d.f(
        "{} - {}\n",
        g.dept(("Perioperative Services", "Pre-Admission Testing", "PERIOPERATIVE SERVICES")),
        P("FACILITY", g.pick(HOSPITALS)),
    )
    d.f(
        "Your surgery is {}. Your arrival time is {} at the main entrance, case no. {}.\n",
        P("DATE", g.d(x, g.pick(("WBd", "wmd", "WBdY", "mdY")))),
        g.clock(),
        P("ID", f"OR-{g.digits(6)}"),
    )
    d.f(
        "1. Stop {} one week before ({} is on your list).\n",
        K("drug", g.pick(("semaglutide 1 mg", "tirzepatide 5 mg", "dulaglutide 1.5 mg"))),
        K("drug", g.pick(("metformin 1000 mg", "lisinopril 10 mg", "apixaban 5 mg"))),
    )
    d.f("2. Bring your {} {} CPAP.\n", *g.maker_model(("React Health",)))
    d.f(
        "3. Procedure: {} / {} ({} procedure)\n",
        K("code", g.pick(("48150", "48152", "48153"))),
        K("code", g.pick(("C25.0", "C25.1", "D13.6"))),
        K("eponym", "Whipple"),
    )
    d.f("4. Driver name and phone: {} {}\n", P("NAME", g.name(g.person(p.culture))), P("PHONE", g.phone(town)))
    d.f(
        "Coverage: {} ({}), account {}. Questions: {}\n",
        g.insurer(),
        P("HEALTH_PLAN", g.member()),
        P("ACCOUNT", g.account()),
        P("PHONE", g.phone(town)),
    )
    d.f("\nREPLY: C to confirm\n> C\n> can my {} come with me? she is {}, lives at ", g.kin(p), P("AGE", g.old_age()))
    d.f("{}\n", P("ADDRESS", g.street(town)))


def m_recollect(g: Gen, d: Doc) -> None:
    p = g.person()
    tech = g.person()
    town = g.town()
    d.f("{} - please recollect\n\n", g.dept(("Laboratory Outreach",)))
    d.f(
        "Hi {}, your blood sample from {} (requisition {}, accession {}) hemolyzed and we need to recollect.\n",
        P("NAME", g.name(p, g.pick(("given", "full")))),
        P("DATE", g.near(-5, -1)),
        P("ID", f"RQ{g.digits(8)}"),
        P("ID", f"{g.pick(('C', 'H'))}{g.digits(2)}-{g.digits(6)}"),
    )
    d.t("Steps:\n")
    d.f(
        "1. Come to {} ({}) any weekday from 7:00 to 11:30.\n",
        P("FACILITY", g.pick(CLINICS)),
        P("ADDRESS", g.street(town)),
    )
    d.f(
        "2. Tests: ESR ({} method), TSH, CMP - codes {}, {}, {}\n",
        K("eponym", "Westergren"),
        K("code", "85652"),
        K("code", "84443"),
        K("code", g.pick(("80053", "36415"))),
    )
    d.f("3. Keep taking {}.\n", K("drug", g.pick(("levothyroxine 50 mcg", "prednisone 5 mg", "methotrexate 15 mg"))))
    d.f("4. Or use the {} {} home kit (lot {}) we mail to ", *g.maker_model(("Tasso Inc.",)), K("code", g.lot()))
    g.addr_block(d, town)
    d.t("\n")
    d.f("Dx {} / plan {}\n", K("code", g.pick(("M35.3", "M06.9", "E03.9", "R70.0"))), g.insurer())
    d.f("Questions: {}  MRN {}\n", P("PHONE", g.phone(town)), P("MRN", g.mrn()))
    if g.chance(0.5):
        d.f("Billing needs the SSN on file: {}\n", P("SSN", g.ssn()))
    sign(g, d, tech, ("MLS(ASCP)", "MLT", "phlebotomist"))


def m_meal_tray(g: Gen, d: Doc) -> None:
    p = g.person()
    fam = g.person(p.culture)
    d.f("To {}: meal tray request\n\n", g.dept(("Nutrition and Food Services", "Dept. of Nutrition")))
    d.f(
        "My {} " + g.title(p) + "{} in room {} (DOB {}) cannot eat the pork on her meal tray and she has {} disease.\n",
        g.kin(p),
        P(
            "NAME",
            g.name(
                p,
                g.pick(("full", "full2" if p.second else "full", "hyph" if p.second else "nick" if p.nick else "full")),
            ),
        ),
        g.r.randint(201, 840),
        P("DATE", g.dob(p, 60, 88)),
        K("eponym", "Crohn"),
    )
    d.t("| Meal | Request | Note |\n|---|---|---|\n")
    d.f(
        "| Breakfast | taro or rice porridge | after {} |\n",
        K("drug", g.pick(("pantoprazole 40 mg", "insulin lispro 4 units"))),
    )
    d.f("| Lunch | fish, no pork | low residue, {} |\n", K("code", g.pick(("K50.90", "K50.011", "E11.65"))))
    d.f("| Dinner | soup | ordered by {} |\n", P("NAME", g.name(g.person(), "initial")))
    d.f("\nDiet order code {}. Her plan is {}.\n", K("code", g.pick(("97802", "97803", "B4150"))), g.insurer())
    d.f(
        "We can bring food from home on {}. I am at {} or {}.\n",
        P("DATE", g.near(0, 4)),
        P("PHONE", g.phone()),
        P("EMAIL", g.email(fam)),
    )
    sign(g, d, fam, ("daughter", "son"))


def m_fit_to_fly(g: Gen, d: Doc) -> None:
    p = g.person(g.pick(("fj", "mi", "mg", "eu")))
    ab = g.abroad(p.culture)
    town = g.town(p.culture)
    d.f("Subject: fit to fly letter for {}\n\n", P("NAME", g.name(p, "full")))
    d.f(
        "Hello {} team, I fly to {} ({}) on {}: confirmation {}, e-ticket {}.\n",
        g.dept(("Travel Medicine", "Heart Failure Clinic")),
        P("LOCATION", ab[0]),
        ab[1],
        P("DATE", g.near(7, 40)),
        P("ID", "".join(g.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))),
        P("ID", g.pick(("260", "086", "016")) + g.digits(10)),
    )
    d.f(
        "The airline needs a fit to fly letter for my {} {} oxygen concentrator, serial {}.\n",
        *g.maker_model(("CAIRE", "O2 Concepts", "GCE Healthcare")),
        P("DEVICE", g.serial("x")),
    )
    d.f(
        "My ears - I had {} tube trouble and {} disease last year ({}), and I take {}.\n",
        K("eponym", "Eustachian"),
        K("eponym", "Meniere"),
        K("code", g.pick(("H81.09", "H69.83", "J44.9"))),
        K("drug", g.pick(("meclizine 25 mg", "enoxaparin 40 mg", "tiotropium 18 mcg"))),
    )
    d.f(
        "Address there: care of {} {}, {}. Phone {}.\n",
        g.kin(p),
        P("NAME", g.name(g.person(p.culture), "full")),
        P("LOCATION", ab[0]),
        P("PHONE", g.phone_abroad(ab[1])),
    )
    d.f(
        "Insurance {} #{}; DOB {}; phone here {}.\n",
        g.insurer(),
        P("HEALTH_PLAN", g.member()),
        P("DATE", g.dob(p)),
        P("PHONE", g.phone(town)),
    )
    d.f("Letter code {} / {}\n", K("code", "99080"), K("code", g.pick(("Z02.89", "Z71.84"))))
    sign(g, d, p, ("patient",))


def m_donor_registry(g: Gen, d: Doc) -> None:
    p = g.person()
    town = g.town(p.culture)
    st = g.pick(("ID", "NV", "UT", "CA", "MD", "TX", "WY", "OR", "VA", "NV"))
    d.f("Question for {}: donor registry\n", g.dept(("Transplant Services", "Patient Access")))
    d.f(
        "name: {}    dl: {} ({})    dob: {}\n",
        P("NAME", g.name(p, g.pick(("full", "caps_first")))),
        P("LICENSE", g.licence(st)),
        st,
        P("DATE", g.dob(p)),
    )
    d.f(
        "I signed up on the donor registry at the DMV (registry ID {}) but my {} says I can't donate because I had ",
        P("ID", f"DR{g.digits(9)}"),
        g.kin(p),
    )
    d.f(
        "{} ({}) as a kid and take {}. ",
        K("eponym", g.pick(("Hodgkin lymphoma", "Kawasaki disease", "Stevens-Johnson syndrome"))),
        K("code", g.pick(("Z85.71", "M30.3", "L51.1"))),
        K("drug", g.pick(("tacrolimus 1 mg", "mycophenolate 500 mg", "aspirin 81 mg"))),
    )
    d.f(
        "Is that right? My {} {} is {} and wants to be a living kidney donor for me (work-up {}).\n",
        g.kin(p),
        P("NAME", g.name(g.person(p.culture), "given")),
        P("AGE", g.old_age()) if g.chance(0.3) else young(g),
        K("code", g.pick(("Z52.4", "50360"))),
    )
    d.f("Plan: {}. Reach me {} / {}\n", g.insurer(), P("PHONE", g.phone(town)), P("EMAIL", g.email(p)))
    if g.chance(0.4):
        d.f("Sent from {}\n", P("IP", g.ip()))


def m_scale(g: Gen, d: Doc) -> None:
    p = g.person()
    nurse = g.person()
    mk, md = g.maker_model(("Withings", "A&D Medical", "Tanita", "BodyTrace", "iHealth Labs"))
    d.f("{} alert - scale reading\n", g.dept(("Remote Patient Monitoring", "Heart Failure Clinic")))
    d.f(
        "Pt {}\tDOB {}\tRPM ID {}\n",
        P("NAME", g.name(p, "last_first_caps")),
        P("DATE", g.dob(p, 50, 88)),
        P("ID", f"RPM-{g.digits(6)}"),
    )
    d.f("Scale {} {}\tSN {}\tmodem IP {}\n", mk, md, P("DEVICE", g.serial(mk[1])), P("IP", g.ip()))
    d.t("Date\tTime\tlb\tchange\n")
    x = g.soon(-4, -1)
    w = g.r.randint(150, 290)
    for i in range(3):
        d.f("{}\t{}\t{}\t+{}\n", P("DATE", g.d(x + timedelta(days=i), "md")), g.clock(), w + 2 * i, 2 * i)
    d.f(
        "Gain over 3 lb in 2 days. On {} and {}; {} breathing at night per {}.\n",
        K("drug", g.pick(("furosemide 40 mg", "torsemide 20 mg", "bumetanide 1 mg"))),
        K("drug", g.pick(("sacubitril-valsartan 24-26 mg", "spironolactone 25 mg", "dapagliflozin 10 mg"))),
        K("eponym", "Cheyne-Stokes"),
        g.kin(p),
    )
    d.f(
        "Dx {}; RPM codes {}, {}\n",
        K("code", g.pick(("I50.22", "I50.32", "I50.42"))),
        K("code", "99454"),
        K("code", g.pick(("99457", "99458", "99091"))),
    )
    d.f(
        "Called {}: no answer, left VM. Plan {} {}\n",
        P("PHONE", g.phone()),
        g.insurer(MA_PLANS),
        P("HEALTH_PLAN", g.mbi()),
    )
    sign(g, d, nurse, ("RN", "NP"))


def m_rugby(g: Gen, d: Doc) -> None:
    p = g.person(g.pick(("fj", "mi", "eu")), female=g.chance(0.3))
    coach = g.person(g.pick(("fj", "mi")), False)
    parent = g.person(p.culture)
    club = g.pick(CLUBS)
    town = g.town(p.culture)
    mail_head(g, d, parent, "RE: rugby injury - clearance", g.dept(("Sports Medicine",)))
    d.f("Coach {} wrote:\n", P("NAME", g.name(coach, g.pick(("full", "surname")))))
    d.f(
        "> {} (member no. {}) was hurt at the {} sevens on {}.\n",
        P("NAME", g.name(p, "given")),
        P("ID", f"USR{g.digits(7)}"),
        P("FACILITY", club),
        P("DATE", g.near(-10, -2)),
    )
    d.f(
        "> Trainer says possible {} injury of the right foot and maybe a {} lesion from an old dislocation.\n",
        K("eponym", "Lisfranc"),
        K("eponym", "Bankart"),
    )
    d.f(
        "\nThanks Coach. {} is {} and sees Dr. {} on {}. ",
        P("NAME", g.name(p, "given")),
        young(g),
        P("NAME", g.name(g.person(), "surname")),
        P("DATE", g.near(1, 10)),
    )
    d.f(
        "Codes on the referral: {}, {}; he is taking {}. ",
        K("code", g.pick(("S93.621A", "S93.622A", "S06.0X0A"))),
        K("code", g.pick(("73630", "29405", "99204"))),
        K("drug", g.pick(("meloxicam 15 mg", "naproxen 220 mg", "ibuprofen 400 mg"))),
    )
    d.f("Boot is a {} {}. Our plan is {} ({}).\n", *g.maker_model(("DJO",)), g.insurer(), P("HEALTH_PLAN", g.member()))
    d.f(
        "I'll drive him, plate {}. {}\n",
        P(
            "VEHICLE",
            g.plate(town[1] if town[1] in ("ID", "UT", "CA", "MD", "TX", "NV", "WY", "OR", "VA", "MA") else "CA"),
        ),
        P("PHONE", g.phone(town)),
    )
    sign(g, d, parent, ("parent",))


def m_mission_trip(g: Gen, d: Doc) -> None:
    p = g.person()
    lead = g.person()
    church = g.pick(CHURCHES)
    dest = g.pick(
        (
            ("Suva", "Fiji"),
            ("Toamasina", "Madagascar"),
            ("Antsirabe", "Madagascar"),
            ("Labasa", "Fiji"),
            ("Ruatoria", "New Zealand"),
        )
    )
    d.f("{} - mission trip medical form\n", P("FACILITY", church))
    d.f(
        "Traveler: {}\nDOB: {}\nPassport: {} exp {}\nTrip: {}, {}, {} to {}\n",
        P("NAME", g.name(p, g.pick(("full", "last_first", "hyph" if p.second else "full")))),
        P("DATE", g.dob(p, 16, 80)),
        P("ID", g.pick(("5", "6", "A")) + g.digits(8)),
        P("DATE", g.d(g.soon(400, 2400), g.pick(("mdY", "BY", "dbY")))),
        P("LOCATION", dest[0]),
        dest[1],
        P("DATE", g.near(20, 60)),
        P("DATE", g.near(61, 80)),
    )
    d.t("Vaccines:\n")
    d.f("- typhoid {} lot {}\n", K("code", "90691"), K("code", g.lot()))
    d.f("- hep A {} lot {}\n", K("code", g.pick(("90632", "90633"))), K("code", g.lot()))
    d.f(
        "- {} for malaria, {} for the plane\n",
        K("drug", g.pick(("atovaquone-proguanil 250-100 mg", "doxycycline 100 mg"))),
        K("drug", g.pick(("ondansetron 4 mg ODT", "meclizine 25 mg"))),
    )
    d.f(
        "- carries {} {} (epinephrine 0.3 mg) and a {} {} spacer\n",
        *g.maker_model(("kaleo",)),
        *g.maker_model(("Trudell Medical",)),
    )
    d.f(
        "Risks discussed: {} disease, {} disease (leptospirosis). Counseling {}.\n",
        K("eponym", "Chagas"),
        K("eponym", "Weil"),
        K("code", "Z71.84"),
    )
    d.f(
        "Insurance: {} {}; travel rider via {}\n",
        g.insurer(),
        P("HEALTH_PLAN", g.member()),
        g.dept(("Travel Medicine",)),
    )
    d.f("Emergency contact: {} {}\n", P("NAME", g.name(lead)), P("PHONE", g.phone()))
    sign(g, d, lead, ("trip lead", "RN"))


def m_valuables(g: Gen, d: Doc) -> None:
    p = g.person()
    fam = g.person(p.culture)
    officer = g.person()
    d.f("{} - patient valuables release\n", g.dept(("Security Services",)))
    hdr_cols(g, d, p)
    d.f(
        "Envelope no. {} opened {} at {}\n",
        P("ID", f"VE-{g.digits(2)}-{g.digits(5)}"),
        P("DATE", g.near(-3, 0)),
        g.clock(),
    )
    d.t("Contents:\n")
    d.f("* wallet with card {}\n", P("ACCOUNT", g.card()))
    mk, md = g.maker_model(("Phonak", "Starkey", "Oticon"))
    d.f("* {} {} hearing aids, serials {} and {}\n", mk, md, P("DEVICE", g.serial("x")), P("DEVICE", g.serial("x")))
    d.f("* phone, IMEI {}\n", P("DEVICE", g.imei()))
    d.f(
        "* pill case: {}, {}\n",
        K("drug", g.pick(("donepezil 10 mg", "memantine 10 mg", "rivastigmine 4.6 mg patch"))),
        K("drug", g.pick(("carbidopa-levodopa 25-100 mg", "quetiapine 25 mg"))),
    )
    d.f(
        "Released to " + g.title(fam) + "{} ({}), ID licence {}. Patient has {} dementia ({}), so release per {}.\n",
        P("NAME", g.name(fam)),
        g.kin(p),
        P("LICENSE", g.licence("ID")),
        K("eponym", "Lewy body"),
        K("code", g.pick(("G31.83", "F02.B0"))),
        g.dept(("Case Management", "Patient Access")),
    )
    d.f("Account {} - plan {}\n", P("ACCOUNT", g.account()), g.insurer())
    sign(g, d, officer, ("Security", "RN"))


def m_bed_bug(g: Gen, d: Doc) -> None:
    p = g.person()
    nurse = g.person()
    town = g.town()
    agency = g.pick(AGENCIES)
    d.f("{} - {} intake note\n", P("FACILITY", agency), g.dept(("Home Health Intake", "Infection Prevention")))
    d.f(
        "bed bug report for {} (episode {}), ",
        P("NAME", g.name(p, g.pick(("full", "last_first")))),
        P("ID", f"EP{g.digits(7)}"),
    )
    d.t("home at ")
    g.addr_block(d, town)
    d.t(".\n")
    d.f(
        "Aide {} saw bed bugs on the {} {} lift sling and mattress on {}. ",
        P("NAME", g.name(nurse, "given")),
        *g.maker_model(("Invacare",)),
        P("DATE", g.near(-3, 0)),
    )
    d.f(
        "Patient is {} with {} disease ({}) and itchy bites; using {} and {}.\n",
        young(g),
        K("eponym", "Lyme"),
        K("code", g.pick(("A69.20", "B88.8", "W57.XXXA"))),
        K("drug", g.pick(("triamcinolone 0.1% cream", "hydrocortisone 1% cream"))),
        K("drug", g.pick(("hydroxyzine 25 mg", "cetirizine 10 mg"))),
    )
    d.t("Plan:\n")
    d.f("1. Bag-in / bag-out, visits last on the route ({}).\n", K("code", g.pick(("G0299", "G0300", "T1030"))))
    d.f(
        "2. Tell " + g.pick(("Sister ", "Dr. ", "")) + "{} at {} before next visit {}.\n",
        P("NAME", g.name(g.person(), g.pick(("initial", "surname", "full")))),
        P("PHONE", g.phone(town)),
        P("DATE", g.near(1, 6)),
    )
    d.f("3. Payer {} ({}), landlord fax {}.\n", g.insurer(), P("HEALTH_PLAN", g.member()), P("FAX", g.phone(town)))
    sign(g, d, nurse, ("RN", "LPN", "PT"))


MESSAGE_GENRES = ("sheep_camp", "kava", "apostille", "ta_moko", "chaplain", "arrival", "recollect", "meal_tray",
                  "fit_to_fly", "donor_registry", "scale", "rugby", "mission_trip", "valuables", "bed_bug")  # fmt: skip
_MESSAGE_FUNCS: dict[str, Callable[[Gen, Doc], None]] = {
    "sheep_camp": m_sheep_camp, "kava": m_kava, "apostille": m_apostille, "ta_moko": m_ta_moko,
    "chaplain": m_chaplain, "arrival": m_arrival, "recollect": m_recollect, "meal_tray": m_meal_tray,
    "fit_to_fly": m_fit_to_fly, "donor_registry": m_donor_registry, "scale": m_scale, "rugby": m_rugby,
    "mission_trip": m_mission_trip, "valuables": m_valuables, "bed_bug": m_bed_bug,
}  # fmt: skip


def message(g: Gen, genre: str) -> tuple[Doc, str]:
    d = Doc()
    _MESSAGE_FUNCS[genre](g, d)
    extra = g.r.random()
    if extra < 0.25:
        d.t("\n")
        devices_line(g, d)
    elif extra < 0.5:
        d.f("\ncc: {} ({})", g.dept(DEPARTMENTS_M), P("FAX", g.phone()))
    elif extra < 0.6:
        d.f("\nPortal: {} from {}", P("URL", g.url("portal")), P("IP", g.ip()))
    roll = g.r.random()
    case = "upper" if roll < 0.06 else "lower" if roll < 0.12 else ""
    return d, case


# ---------------------------------------------------------------------------------------------
# Clinical genres: header, body, one to three sections, signature


SECTION_LABELS = ("Registration: ", "Driver: ", "Interpreter: ", "Next of kin: ", "Copies to: ", "Portal: ", "Billing: ",
                  "Implants on file: ", "Work status: ", "Outside records: ", "Late entry ", "Lodging: ")  # fmt: skip
CLIN_CREDS = ("MD", "DO", "NP", "PA-C", "RN", "CNM", "CRNA")


def c_header(g: Gen, p: Person, title: str) -> Doc:
    d = Doc()
    st = g.r.randrange(4)
    if st == 0:
        d.f(
            title + "\nPATIENT: {}    DOB: {}    MRN: {}    Acct: {}\n",
            P("NAME", g.name(p, g.pick(("last_first_caps", "last_first")))),
            P("DATE", g.dob(p)),
            P("MRN", g.mrn()),
            P("ACCOUNT", g.account()),
        )
    elif st == 1:
        d.f(
            title + "\nPt name: {}\tDOB {}\tMRN {}\tDOS {}\n",
            P("NAME", g.name(p)),
            P("DATE", g.dob(p)),
            P("MRN", g.mrn()),
            P("DATE", g.d(g.soon(-2, 0), "mdY")),
        )
    elif st == 2:
        d.f(
            title + "\n| Patient | {} |\n| DOB | {} |\n| MRN | {} |\n",
            P("NAME", g.name(p, "last_first_caps")),
            P("DATE", g.dob(p)),
            P("MRN", g.mrn()),
        )
    else:
        d.f(
            title + "\n{} (MRN {}, DOB {}) seen {}.\n",
            P(
                "NAME",
                g.name(
                    p,
                    g.pick(
                        ("full", "full2" if p.second else "full", "hyph" if p.second else "nick" if p.nick else "full")
                    ),
                ),
            ),
            P("MRN", g.mrn()),
            P("DATE", g.dob(p)),
            P("DATE", g.d(g.soon(-2, 0), g.pick(("mdY", "BdY", "iso")))),
        )
    return d


def c_section(g: Gen, label: str, p: Person) -> Doc:
    d = Doc()
    town = g.town(p.culture)
    if label == "Registration: ":
        d.f(label + "{}; ", P("ADDRESS", g.street(town)))
        d.f("{}, {} {}; ph {}", P("LOCATION", town[0]), town[1], P("ZIP", g.zipc(town)), P("PHONE", g.phone(town)))
        if g.chance(0.5):
            d.f("; SSN {}", P("SSN", g.ssn()))
        else:
            d.f("; {}", P("EMAIL", g.email(p)))
        d.t("\n")
    elif label == "Driver: ":
        st = town[1] if town[1] in ("ID", "NV", "UT", "CA", "MD", "TX", "WY", "OR", "VA", "MA") else "CA"
        d.f(
            label + "{} ({}), plate {} {}, cell {}",
            P("NAME", g.name(g.person(p.culture))),
            g.kin(p),
            st,
            P("VEHICLE", g.plate(st)),
            P("PHONE", g.phone(town)),
        )
        if g.chance(0.5):
            d.f(", VIN {}", P("VEHICLE", g.vin()))
        d.f(", DL {} {}\n", st, P("LICENSE", g.licence(st)))
    elif label == "Interpreter: ":
        lang = {"fj": "Fijian", "mg": "Malagasy", "eu": "Basque", "mi": "Maori"}[p.culture]
        d.f(
            label + "{} interpreter {} (ID {}) by video\n",
            lang,
            P("NAME", g.name(g.person(p.culture), "full")),
            P("ID", g.idnum("INT-", 5)),
        )
    elif label == "Next of kin: ":
        d.f(
            label + "{} {}, {} / {}, age {}\n",
            g.kin(p),
            P("NAME", g.name(g.person(p.culture))),
            P("PHONE", g.phone()),
            P("EMAIL", g.email(g.person(p.culture))),
            P("AGE", g.old_age()),
        )
    elif label == "Copies to: ":
        d.f(
            label + "Dr. {}, {}, fax {}\n",
            P("NAME", g.name(g.person(), g.pick(("full", "initial")))),
            P("FACILITY", g.pick(CLINICS)),
            P("FAX", g.phone(town)),
        )
    elif label == "Portal: ":
        d.f(label + "{} (login {} from {})\n", P("URL", g.url("portal")), P("EMAIL", g.email(p)), P("IP", g.ip()))
    elif label == "Billing: ":
        d.f(
            label + "acct {}, guarantor SSN {}, billing fax {}\n",
            P("ACCOUNT", g.account()),
            P("SSN", g.ssn()),
            P("FAX", g.phone(town)),
        )
    elif label == "Implants on file: ":
        mk, md = g.maker_model(("Medtronic", "Nevro", "Abbott", "Boston Scientific", "Saluda Medical"))
        d.f(label + "{} {} SN {}\n", mk, md, P("DEVICE", g.serial(mk[1])))
    elif label == "Work status: ":
        d.f(
            label + "off until {}, employer {}, claim {}\n",
            P("DATE", g.near(3, 20)),
            P("FACILITY", g.pick(EMPLOYERS)),
            P("ID", f"WC-{g.digits(4)}-{g.digits(5)}"),
        )
    elif label == "Outside records: ":
        ab = g.abroad(p.culture)
        d.f(
            label + "from {} in {}, {} dated {}; fax {}; images {}\n",
            P("FACILITY", g.pick(HOSPITALS)),
            P("LOCATION", ab[0]),
            ab[1],
            P("DATE", g.d(g.born(1, 6), "dmY")),
            P("FAX", g.phone_abroad(ab[1])),
            P("URL", g.url("upload")),
        )
    elif label == "Late entry ":
        d.f(
            label + "{} {}: pt's {} called from {}; video visit IP {}\n",
            P("DATE", g.d(g.soon(-1, 0), "md")),
            g.clock(),
            g.kin(p),
            P("PHONE", g.phone()),
            P("IP", g.ip()),
        )
    else:
        d.f(
            label + "{}, {}, {} {}; van plate {}; rides with {}\n",
            P("FACILITY", g.pick(CENTERS)),
            P("ADDRESS", g.street(town)),
            P("LOCATION", town[0]),
            P("ZIP", g.zipc(town)),
            P("VEHICLE", g.plate(town[1] if town[1] != "MA" else "MA")),
            P("NAME", g.name(g.person(p.culture), "given")),
        )
    return d


def c_sign(g: Gen, clin: Person) -> Doc:
    d = Doc()
    cred = g.pick(CLIN_CREDS)
    st = g.r.randrange(4)
    when = P("DATE", g.d(g.soon(-1, 0), g.pick(("mdY", "mdy", "iso"))))
    if st == 0:
        d.f("Electronically signed by {}, " + cred + " on {} {}", P("NAME", g.name(clin, "full")), when, g.clock())
    elif st == 1:
        d.f("Signed: {}, " + cred + " {}", P("NAME", g.name(clin, g.pick(("full", "last_first")))), when)
    elif st == 2:
        d.f("Attested by {}, " + cred + ", {}", P("NAME", g.name(clin, "full")), when)
    else:
        d.f("e-signed {} {} {}", P("NAME", g.initials(clin)), when, g.clock())
    if cred in ("MD", "DO", "NP", "PA-C") and g.chance(0.5):
        d.f("\nDEA {}  NPI {}", P("LICENSE", g.dea(clin)), P("ID", g.npi()))
    elif g.chance(0.2):
        d.f("\nNPI {}", P("ID", g.npi()))
    return d


def lidocaine(g: Gen) -> KeepArg:
    return K("drug", g.pick(("lidocaine 1% 5 mL", "lidocaine 2% with epinephrine 3 mL", "bupivacaine 0.25% 10 mL")))


def coding(g: Gen, d: Doc, icd: tuple[str, ...], cpt: tuple[str, ...], extra: tuple[str, ...] = ()) -> None:
    d.f("Dx {}; CPT {}", K("code", g.pick(icd)), K("code", g.pick(cpt)))
    if extra:
        d.f("; {}", K("code", g.pick(extra)))
    d.f("; lot {}", K("code", g.lot()))
    if g.chance(0.4):
        d.f("; NDC {}", K("code", g.pick(NDC)))
    d.f(". Payer {} ID {}.\n", g.insurer(), P("HEALTH_PLAN", g.member() if g.chance(0.7) else g.mbi()))


def c_bone_marrow(g: Gen, p: Person, d: Doc) -> None:
    d.f(
        "{} bone marrow aspiration and biopsy, {} posterior iliac crest. ",
        g.dept(("Hematology/Oncology",)),
        g.pick(("right", "left")),
    )
    d.f(
        "Pt is {}. Indication: pancytopenia, r/o MDS; outside smear with {} rods? and {} bodies.\n",
        agex(g, p),
        K("eponym", "Auer"),
        K("eponym", "Howell-Jolly"),
    )
    d.f(
        "{} for local, {} for anxiety. {} needle ({} {}); core 1.8 cm.\n",
        lidocaine(g),
        K("drug", g.pick(("lorazepam 1 mg PO", "midazolam 2 mg IV"))),
        K("eponym", "Jamshidi"),
        *g.maker_model(("Teleflex", "Argon Medical Devices")),
    )
    d.f(
        "Sent for flow, cytogenetics incl. {} chromosome (BCR-ABL1), and {}-Sternberg review.\n",
        K("eponym", "Philadelphia"),
        K("eponym", "Reed"),
    )
    coding(g, d, ("D61.818", "D46.9", "C92.00", "D47.1"), ("38221", "38222"), ("88305", "88237"))


def c_bartholin(g: Gen, p: Person, d: Doc) -> None:
    d.f("{}: {} gland abscess, left, 3 cm. ", g.dept(("Gynecology", "Emergency Department")), K("eponym", "Bartholin"))
    d.f(
        "{} cleaned, {} given. Stab incision and {} placed ({} {}), balloon 3 mL. ",
        K("eponym", "Skene") if g.chance(0.3) else "Area",
        lidocaine(g),
        K("eponym", "Word catheter"),
        *g.maker_model(("CooperSurgical",)),
    )
    d.f(
        "Rx {} x7 days. {} is {} and asked about {} baths.\n",
        K("drug", g.pick(("trimethoprim-sulfamethoxazole 800-160 mg", "amoxicillin-clavulanate 875 mg"))),
        P("NAME", g.name(p, "given")),
        agex(g, p),
        g.pick(("sitz", "warm")),
    )
    coding(g, d, ("N75.1", "N75.0"), ("56420",), ("87070", "87591"))
    d.f("Return {} for removal.\n", P("DATE", g.near(21, 35)))


def c_ketamine(g: Gen, p: Person, d: Doc) -> None:
    t0 = g.clock()
    d.f(
        "{} ketamine infusion #{} for treatment-resistant depression.\n",
        g.dept(("Interventional Psychiatry",)),
        g.r.randint(2, 6),
    )
    d.f("Pt is {}. ", agex(g, p))
    d.f(
        "{} scale today {}, PHQ-9 {}. {} at 20 min: -1.\n",
        K("eponym", "Montgomery-Asberg"),
        g.r.randint(14, 38),
        g.r.randint(8, 24),
        K("eponym", "Richmond"),
    )
    d.f(
        "Started {} {} over 40 min via {} {}; monitor {} {}. ",
        t0,
        K("drug", "ketamine 0.5 mg/kg"),
        *g.maker_model(("BD", "ICU Medical")),
        *g.maker_model(("Masimo",)),
    )
    d.f(
        "BP {}/{} peak. {} for nausea. Home with {} at {}.\n",
        g.r.randint(128, 162),
        g.r.randint(70, 98),
        K("drug", "ondansetron 4 mg IV"),
        g.kin(p),
        g.clock(),
    )
    coding(g, d, ("F33.2", "F33.1", "F32.2"), ("96365", "96366"), ("J3490",))


def c_dupuytren(g: Gen, p: Person, d: Doc) -> None:
    d.f(
        "{} clinic: {} contracture, ring finger MCP 45 deg. ",
        g.dept(("Hand Surgery", "Orthopedics")),
        K("eponym", "Dupuytren"),
    )
    d.f(
        "{} tabletop test positive; {} pads and {} disease of both soles (diathesis). {} stage 2.\n",
        K("eponym", "Hueston"),
        K("eponym", "Garrod"),
        K("eponym", "Ledderhose"),
        K("eponym", "Tubiana"),
    )
    d.f(
        "Injected {} (collagenase clostridium histolyticum) into the cord; manipulation day 2. ",
        K("drug", "Xiaflex 0.58 mg"),
    )
    d.f("Night splint {} {}. Ranch hand, {}.\n", *g.maker_model(("Ossur",)), agex(g, p))
    coding(g, d, ("M72.0",), ("20527", "26341"), ("J0775",))


def c_phlebotomy(g: Gen, p: Person, d: Doc) -> None:
    d.f(
        "{} therapeutic phlebotomy #{} for hereditary hemochromatosis (C282Y/C282Y). ",
        g.dept(("Blood Bank", "Infusion Center")),
        g.r.randint(2, 14),
    )
    d.f("Pt is {}. ", agex(g, p))
    d.f(
        "Ferritin {} ng/mL. {} disease ruled out at dx (no {} rings). ",
        g.r.randint(120, 1900),
        K("eponym", "Wilson"),
        K("eponym", "Kayser-Fleischer"),
    )
    d.f(
        "500 mL removed via {} bag ({} {}); Hgb {}. ",
        K("model", "Teruflex"),
        *g.maker_model(("Fenwal",)),
        round(g.r.uniform(12.5, 16.5), 1),
    )
    d.f("Given {} 500 mL after.\n", K("drug", "sodium chloride 0.9%"))
    coding(g, d, ("E83.110", "E83.111"), ("99195",), ("36514",))


def c_iron(g: Gen, p: Person, d: Doc) -> None:
    drug = g.pick(
        ("ferric carboxymaltose 750 mg", "iron sucrose 200 mg", "ferumoxytol 510 mg", "ferric derisomaltose 1000 mg")
    )
    d.f("{}: IV iron dose {} of 2. ", g.dept(("Infusion Center", "Hematology/Oncology")), g.r.randint(1, 2))
    d.f("Age {}. ", agex(g, p, bare=True))
    d.f(
        "Iron deficit by {} formula {} mg. {} in 250 mL NS over 30 min on {} {} pump. ",
        K("eponym", "Ganzoni"),
        g.r.randint(800, 1500),
        K("drug", drug),
        *g.maker_model(("ICU Medical", "BD")),
    )
    d.f(
        "Hx {} syndrome web. Ferritin {}, TSAT {}%. Pretreated with {}. Observed 30 min after the end at {}.\n",
        K("eponym", "Plummer-Vinson"),
        g.r.randint(3, 30),
        g.r.randint(3, 15),
        K("drug", "cetirizine 10 mg"),
        g.clock(),
    )
    coding(g, d, ("D50.0", "D50.9", "D50.8"), ("96365", "96374"), ("J1439", "J1756", "J2916"))


def c_ganglion(g: Gen, p: Person, d: Doc) -> None:
    d.f(
        "{}: dorsal wrist ganglion aspiration, {} side. ",
        g.dept(("Hand Surgery", "Orthopedics", "Radiology")),
        g.pick(("right", "left")),
    )
    d.f("Pt is {}. ", agex(g, p))
    d.f(
        "{} test normal; no {} tenosynovitis. Ultrasound-guided ({} {}). ",
        K("eponym", "Allen"),
        K("eponym", "de Quervain"),
        *g.maker_model(("Butterfly Network", "FUJIFILM Sonosite", "GE HealthCare")),
    )
    d.f(
        "{} local, 18g needle, 2 mL gel aspirated, {} injected. {} wrist brace.\n",
        lidocaine(g),
        K("drug", "triamcinolone 10 mg"),
        K("model", "Exoform"),
    )
    coding(g, d, ("M67.431", "M67.432"), ("20612", "20604"), ("76942",))


def c_genicular(g: Gen, p: Person, d: Doc) -> None:
    d.f(
        "{}: genicular nerve radiofrequency ablation, {} knee. ",
        g.dept(("Interventional Pain", "Physical Medicine and Rehabilitation", "PM&R")),
        g.pick(("right", "left")),
    )
    d.f("Pt is {}. ", agex(g, p))
    d.f(
        "{} grade {} OA; {} cyst on MRI. Prior block 80% relief. ",
        K("eponym", "Kellgren-Lawrence"),
        g.r.randint(3, 4),
        K("eponym", "Baker"),
    )
    d.f(
        "Three probes ({} {}; generator {} {}), 60 C x 150 s each after {}. {} for the skin.\n",
        *g.maker_model(("Avanos Medical",)),
        *g.maker_model(("Stryker",)),
        K("drug", "lidocaine 2% 1 mL per level"),
        lidocaine(g),
    )
    coding(g, d, ("M17.11", "M17.12", "M17.0"), ("64624",), ("77002", "64454"))


def c_scs(g: Gen, p: Person, d: Doc) -> None:
    mk, md = g.maker_model(("Nevro", "Abbott", "Boston Scientific", "Saluda Medical", "Medtronic"))
    d.f(
        "{}: spinal cord stimulator trial, two percutaneous leads T8-T10 via {} needle. ",
        g.dept(("Interventional Pain", "Neurosurgery")),
        K("eponym", "Tuohy"),
    )
    d.f("{} {} external trial generator, SN {}. ", mk, md, P("DEVICE", g.serial("x")))
    d.f("Pt is {}. ", agex(g, p))
    d.f(
        "{} disability index {}%. Failed back after L4-5 fusion. {} IV pre-op.\n",
        K("eponym", "Oswestry"),
        g.r.randint(30, 70),
        K("drug", "cefazolin 2 g"),
    )
    coding(g, d, ("M96.1", "G89.4", "M54.16"), ("63650",), ("95971", "L8680"))


def c_heat(g: Gen, p: Person, d: Doc) -> None:
    d.f("{} note: exertional heat stroke. ", g.dept(("Emergency Department",)))
    d.f(
        "{} found down at {} while moving sheep; core temp 41.2 C. {} scale +2 then -1. ",
        P("NAME", g.name(p, "given")),
        g.clock(),
        K("eponym", "Richmond"),
    )
    d.f(
        "Cold water immersion, then {} {} pads. {} 2 mg for shivering, {} 2 L.\n",
        *g.maker_model(("BD", "ZOLL")),
        K("drug", "midazolam"),
        K("drug", "lactated Ringer's"),
    )
    d.f("CK {}, Cr {}. Admit ICU. Pt is {}.\n", g.r.randint(900, 24000), round(g.r.uniform(1.1, 3.4), 1), agex(g, p))
    coding(g, d, ("T67.02XA", "T67.01XA", "M62.82"), ("99291", "99285"), ("36556",))


def c_nst(g: Gen, p: Person, d: Doc) -> None:
    d.f(
        "{} nonstress test at {} weeks, EDD by {} rule {}. ",
        g.dept(("Labor and Delivery Triage", "Maternal-Fetal Medicine")),
        g.r.randint(32, 40),
        K("eponym", "Naegele"),
        P("DATE", g.d(g.soon(10, 50), g.pick(("mdY", "BdY")))),
    )
    d.f(
        "Monitor {} {}. Start {}, 40 min strip. Baseline {} bpm, moderate variability, reactive.\n",
        *g.maker_model(("Philips", "GE HealthCare", "Huntleigh")),
        g.clock(),
        g.r.randint(120, 155),
    )
    d.f(
        "Contractions irregular, under 100 {} units. GDM on {}. Pt is {}, G{}P{}.\n",
        K("eponym", "Montevideo"),
        K("drug", g.pick(("insulin NPH 12 units", "metformin 500 mg", "glyburide 2.5 mg"))),
        agex(g, p),
        g.r.randint(1, 5),
        g.r.randint(0, 4),
    )
    coding(g, d, ("O24.419", "O36.8190", "O09.523"), ("59025",), ("76815",))


def c_itb(g: Gen, p: Person, d: Doc) -> None:
    d.f(
        "{} intrathecal baclofen pump refill and interrogation. ",
        g.dept(("Physical Medicine and Rehabilitation", "PM&R", "Neurosurgery")),
    )
    d.f(
        "Pump {} {} model {}, SN {}, ERI {}. ",
        K("maker", "Medtronic"),
        K("model", "SynchroMed II"),
        K("model", g.pick(("8637-40", "8637-20"))),
        P("DEVICE", g.serial("x")),
        P("DATE", g.d(g.soon(300, 900), g.pick(("BY", "mdY")))),
    )
    d.f("Pt is {}. ", agex(g, p))
    d.f(
        "Refilled {} 20 mL; dose {} mcg/day. {} score 2 in hamstrings. ",
        K("drug", "baclofen 2000 mcg/mL"),
        g.r.randint(150, 600),
        K("eponym", "Ashworth"),
    )
    d.f("Next refill {}.\n", P("DATE", g.near(60, 120)))
    coding(g, d, ("G80.1", "G35", "G82.21"), ("62370", "95991"), ("J0476", "J0475"))


HOME_MEDS = ("amlodipine 5 mg", "losartan 50 mg", "metoprolol succinate 25 mg", "atorvastatin 20 mg", "sertraline 100 mg",
             "omeprazole 20 mg", "levothyroxine 75 mcg", "tamsulosin 0.4 mg", "apixaban 5 mg BID", "empagliflozin 10 mg",
             "duloxetine 60 mg", "allopurinol 100 mg", "folic acid 1 mg", "vitamin D3 2000 units", "prenatal vitamin")  # fmt: skip
CLINICAL_GENRES = ("bone_marrow", "bartholin", "ketamine", "dupuytren", "phlebotomy", "iron", "ganglion", "genicular",
                   "scs", "heat", "nst", "itb")  # fmt: skip
_CLINICAL = {
    "bone_marrow": (c_bone_marrow, "BONE MARROW BIOPSY NOTE"), "bartholin": (c_bartholin, "PROCEDURE NOTE"),
    "ketamine": (c_ketamine, "INFUSION SESSION NOTE"), "dupuytren": (c_dupuytren, "HAND CLINIC PROCEDURE"),
    "phlebotomy": (c_phlebotomy, "PHLEBOTOMY RECORD"), "iron": (c_iron, "INFUSION RECORD"),
    "ganglion": (c_ganglion, "PROCEDURE NOTE"), "genicular": (c_genicular, "PAIN PROCEDURE NOTE"),
    "scs": (c_scs, "PROCEDURE NOTE"), "heat": (c_heat, "ED PROVIDER NOTE"), "nst": (c_nst, "ANTEPARTUM TESTING"),
    "itb": (c_itb, "PUMP CLINIC NOTE"),
}  # fmt: skip


def clinical_note(g: Gen, genre: str) -> Doc:
    p = g.person()
    if genre == "nst":
        p = g.person(female=True)
        p.age = g.r.randint(19, 44)
    elif genre == "bartholin":
        p = g.person(female=True)
        p.age = g.r.randint(19, 60)
    elif genre == "heat":
        p.age = g.r.randint(19, 70)
    elif g.chance(0.32):
        p.age = g.r.randint(90, 104)
    clin = g.person()
    func, title = _CLINICAL[genre]
    head = c_header(g, p, title)
    body = Doc()
    func(g, p, body)
    if g.chance(0.55):
        body.f("Home meds: {}, {}.\n", K("drug", g.pick(HOME_MEDS[:8])), K("drug", g.pick(HOME_MEDS[8:])))
    if g.chance(0.5):
        body.f(
            "Plan:\n- follow up in {} on {}\n- call {} with fever, bleeding or new weakness\n",
            K("department", next((t for t, k in body.keep.items() if k == "department"), "Primary Care")),
            P("DATE", g.near(5, 40)),
            P("PHONE", g.phone()),
        )
    labels = g.r.sample(SECTION_LABELS, g.r.randint(1, 3))
    sections = [c_section(g, lab, p) for lab in labels]
    sig = c_sign(g, clin)
    while True:
        d = Doc().extend(head).extend(body)
        for s in sections:
            d.extend(s)
        d.t("\n").extend(sig)
        if d.n <= 1500 or len(sections) == 1:
            return d
        sections.pop()


# ---------------------------------------------------------------------------------------------
# Rows


def _finish(d: Doc, case: str, rid: str, family: str) -> dict:
    text = d.text()
    keep = dict(d.keep)
    if case == "upper":
        text = text.upper()
        keep = {k.upper(): v for k, v in keep.items()}
    elif case == "lower":
        text = text.lower()
        keep = {k.lower(): v for k, v in keep.items()}
    phi = sorted(d.phi)
    for a, b in zip(phi, phi[1:]):
        assert a[1] <= b[0], (rid, a, b)
    for s, e, _k in phi:
        assert text[s:e] == text[s:e].strip() and e > s, (rid, text[s:e])
    kept: dict[str, str] = {}
    for term, kind in keep.items():
        hits = [i for i in range(len(text)) if text.startswith(term, i)]
        if hits and not any(s < i + len(term) and i < e for i in hits for s, e, _k in phi):
            kept[term] = kind
    return {
        "id": rid,
        "family": family,
        "text": text,
        "phi": [{"start": s, "end": e, "type": k} for s, e, k in phi],
        "keep": list(kept),
        "keep_kinds": kept,
    }


def generate(family: str, n: int, seed: int) -> list[dict]:
    """`n` rows of `family` ("messages" or "clinical") drawn from `seed`; genres in turn."""
    if family not in FAMILIES:
        raise ValueError(family)
    rng = random.Random(f"eval23-{family}-{seed}")
    rows: list[dict] = []
    seen: set[str] = set()
    i = 0
    while len(rows) < n:
        g = Gen(random.Random(rng.getrandbits(64)))
        if family == "messages":
            genre = MESSAGE_GENRES[len(rows) % len(MESSAGE_GENRES)]
            d, case = message(g, genre)
        else:
            genre = CLINICAL_GENRES[len(rows) % len(CLINICAL_GENRES)]
            d, case = clinical_note(g, genre), ""
        i += 1
        row = _finish(d, case, f"eval23-{family}-{len(rows)}", family)
        if row["text"] in seen or (family == "clinical" and not 150 <= len(row["text"]) <= 1500):
            continue
        seen.add(row["text"])
        rows.append(row)
    return rows


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--family", choices=FAMILIES, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    rows = generate(args.family, args.n, args.seed)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(dumps(rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main()
