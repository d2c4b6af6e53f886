"""Twenty-ninth independent de-identification evaluation set (eval29): orthodontic braces and retainer
messages (broken brackets, replacement retainer codes, appliance makers and models, quoted office
replies), MRI claustrophobia and pre-scan sedation requests (open and upright scanner makers and models,
contrast agents, ride-home plates, forwarded-mail headers), knee scooter and crutch rentals after foot
and ankle injuries (scooter makers and models, rental serials, HCPCS codes, tab forms), lift chair
orders (seat lift mechanism codes, chair makers and models, delivery chats with clock times), GLP-1
weight-management shot questions (pen brands, shortages, prior authorization numbers, `|` tables),
glaucoma eye-drop refills and home tonometer loans (drop brands, tonometer serials, bullets), RSV
immunization appointments for infants and older adults (vaccine brands, lots, CPT codes, numbered
lists), found-pill imprint identification questions (imprint codes, generic makers, header columns set
apart by spaces), iPLEDGE isotretinoin program messages (iPLEDGE numbers, pregnancy-test dates,
contraception brands) and menopause hormone therapy questions (patch, gel and ring brands, DEXA codes)
(`messages`); and video capsule endoscopy reports, hydrogen and methane breath test reports, paronychia
incision and drainage notes, narrowband UVB phototherapy session notes, therapeutic plasma exchange
run notes, hidradenitis deroofing notes, split earlobe repair notes and post-operative endoscopic sinus
debridement notes (`clinical`; 150-1,500 characters). Each genre occurs equally often (thirty rows per
genre in `messages`, fifteen in `clinical`, in turn). One message in eighteen is all capitals and one
in eighteen all lower case; layouts include key: value and tab forms, `|` tables (some with identifier
columns), bullets ("- " and "* "), numbered lists, "> " quoted replies, chat lines with clock times
("[9:05 AM] Tendai: ..."), signatures with initials ("-- RKM"), forwarded-mail headers ("Sent: ") and
header lines whose columns are set apart by runs of spaces ("Patient: ...    MRN: ..."). Every
clinical note has a header (PATIENT:, Pt name:, a `|` table with identifier columns or a sentence with
"(MRN ..."), one to three sections that carry further identifiers (``SECTION_LABELS``) and a signature
line ("Electronically signed by", "Signed:", "Attested by" or "Verified by"), some with an NPI and a DEA
number.

Written by a writer who read only `tests/deid/evalset_checks.py`, `tests/deid/test_evalset28.py`,
`tests/deid/conftest.py`, `tests/deid/test_evalset_generators.py`, the module docstrings of
`tools/deid/evalset3.py` ... `tools/deid/evalset28.py` (nothing below them), the API (signatures and
docstrings) of `tools/deid/faker_tables.py` and `medcode/deid/types.py`, `datasets/deid/README.md` and
the ruff and mypy sections of `pyproject.toml`. evalset28 was imported only to list the names of its
public objects, the signatures of `generate`, `dumps`, `provenance_problems` and `main` and the values
of `KEEP_KINDS`, `FAMILIES`, the genre tuples and `SECTION_LABELS` (and, printed with them, its
`KIN_WORDS`, the sizes of its `CULTURES` and one entry of its `US_TOWNS`); none of its code was read.
None of the de-identifier's rules, recognizers, lexicons, keep lists, models or engine, none of the
other generators' code and none of the sets under `datasets/` or `build/` were read; no `git log`,
`git show` or `git diff` was run and no commit message was read. The de-identifier was never run on
this text.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters them.
This family brings text shapes, values and names nobody tuned on, and many keep terms written in
varied ways and places (in sentences, in key: value and tab fields, in `|` tables, in chat lines and
bullets): makers and models that look like people, places or words ("Carriere Motion", "Golden
Technologies", "Catnapper", "UltraComfort", "KneeRover", "Mobilegs", "Fonar Upright", "Humphrey HFA3",
"iCare HOME2", "Waldmann", "Daavlin", "Bovie", "Ellman", "NeilMed", "Karl Storz", "QuinTron",
"Amicus"), regional, Medicaid managed-care, Medicare Advantage, federal, student, expatriate, dental,
vision and health-care sharing plans ("Tufts Health Plan", "Fallon Health", "WellSense Health Plan",
"Parkland Community Health Plan", "Driscoll Health Plan", "MDwise", "Hoosier Healthwise", "Buckeye
Health Plan", "Paramount Advantage", "McLaren Health Plan", "Upper Peninsula Health Plan", "San
Francisco Health Plan", "SCAN Health Plan", "Humana Gold Plus", "CHAMPVA", "GEHA", "Liberty
HealthShare", "Bupa Global", "EyeMed"), brand names that look like given names, words or places
("Vivera", "Essix", "Lumigan", "Xelpros", "Iyuzeh", "Durysta", "Arexvy", "Abrysvo", "Beyfortus",
"Zenatane", "Amnesteem", "Slynd", "Annovera", "Veozah", "Duavee", "Bijuva", "Osphena", "Sinuva",
"Bimzelx", "Sotyktu", "Vtama", "Octagam"), eponyms with and without their head word, some of which are
surnames, words or towns ("Hawley", "Herbst", "Nance", "Angle", "Bolton", "Chiari", "Modic", "Tarlov",
"Schmorl", "Maisonneuve", "Thompson", "Heberden", "Bouchard", "Goldmann", "Schlemm", "Shaffer",
"Krukenberg", "Kupperman", "Greene", "Meckel", "Treitz", "Cameron", "Heyde", "Rome", "Kanavel", "Beau",
"Terry", "Auspitz", "Munro", "Wood", "Hurley", "Verneuil", "Burow", "Pardue", "Onodi", "Haller",
"Kuhn", "Keros", "Lund-Kennedy"), departments, and ICD-10-CM, CPT, CDT, HCPCS and NDC codes, pill
imprint codes and lot numbers in prose and in lists, to measure over-redaction.

Locales: none. ``NAME_LOCALES``, ``CITY_LOCALES``, ``ORG_LOCALES``, ``LOCALES`` and ``FAKER_TABLES``
are empty and ``provenance_problems()`` returns []. Names come from hand-written lists of three naming
cultures no earlier family used, in the Latin spellings met on US papers, with variants: Baganda
(Ugandan families in Waltham, Framingham, Marlborough, Garland, Richardson, Decatur, Renton and
Tukwila: Christian or Muslim given names, "Proscovia" / "Prossy" / "Scovia", "Emmanuel" / "Emma" (a
man's short form), "Allen" and "Teddy" (women's names), beside a Luganda clan name that is not shared
by a family, women's with "Na-", "Nakato", "Nalubega" / "Nalubbega", men's "Ssemakula" / "Semakula",
"Kiggundu" / "Kigundu", "Bbosa" / "Bosa", "Zziwa" / "Ziwa", the doubled initial consonant dropped by a
registrar; Ugandan papers written surname first in capitals, "NAKATO Grace"; twins' names "Wasswa" /
"Waswa" and "Kato"; the titles "Ssalongo" and "Nnalongo" of twins' parents), Shona (Zimbabwean
families in Euless, Bedford, Hurst, Fishers, Carmel, Cary, Apex and Westerville: Shona given names and
their short forms, "Rumbidzai" / "Rumbidzayi" / "Rumbi", "Munyaradzi" / "Munya", "Simbarashe" /
"Simba", beside English-word names, "Lovemore", "Learnmore", "Knowledge", "Memory", "Precious",
"Godknows", "Privilege"; surnames with the spellings of their "vh", "zv", "pf" and "tsv" sounds,
"Mavhunga" / "Mavunga", "Zvobgo" / "Zobgo", "Mupfumira" / "Mupumira", "Mutsvangwa" / "Mutswangwa",
and totem surnames that are words or look Chinese, "Shumba", "Dziva", "Zhou"; quoted short forms,
'Munyaradzi "Munya" Chikore'; hyphenated married names, "Makoni-Moyo") and Maltese (Maltese-American
families in Dearborn, Dearborn Heights, Allen Park, Taylor, Lincoln Park, San Bruno, South San
Francisco and Astoria, and in Melbourne's west: Maltese given names beside their English forms,
"Karmenu" / "Carmel" (a man's name), "Ganni" / "John", "Censu" / "Vincent", "Grezzja" / "Grace";
surnames in Maltese and in anglicised spellings, "Xuereb" / "Shureb" / "Zuereb", "Xerri" / "Sherri",
"Schembri" / "Skembri", "Azzopardi" / "Azopardi", "Debono" / "De Bono" / "DeBono"; surnames that are
words, towns or given names, "Pace", "Muscat", "Formosa", "Sultana", "Magro", "Borg", "Grech", "Gatt";
nicknames in quotes, 'Karmenu "Charlie" Zammit'; day-first dates, "14/03/1957"). Words for relatives
used instead of a name (``KIN_WORDS``: Luganda "Jjajja", "Ssenga", "Kojja"; Shona "Ambuya", "Sekuru",
"Tete", "Mainini", "Babamukuru"; Maltese "Nanna", "Nannu", "Zija", "Ziju") are not PHI, nor are titles
("Dr.", "Mr.", "Mrs.", "Ms.", "Fr.", "Pastor", "Ssalongo", "Nnalongo"). Towns come from hand-written
lists (``US_TOWNS`` with state, ZIP codes and area codes; ``ABROAD_TOWNS`` in Uganda, Zimbabwe, Malta
and Australia, with phones there), as do streets, facilities, insurers, makers, models and drugs, none
of the insurers, makers, models, drugs or eponyms named in an earlier docstring. Numbers, dates, codes
and identifiers come from this module's own seeded ``random.Random``; no Faker is used, so a seed
reproduces its file byte for byte. All text is ASCII.

Annotation conventions (the 18 Safe Harbor identifiers as the project's PHI types): NAME is a person's
name as written (patients, parents, caregivers, clinicians, staff, drivers, pharmacists), one span:
"Given Surname", "Given M. Surname", "Given Surname-Second", "SURNAME, Given", "SURNAME Given",
'Given "Nick" Surname', all capitals, all lower case, a given name or a surname alone, and two to four
capital initials that sign a message or a note ("-- RKM"). Titles stay outside the span, as do
credentials (", MD", ", DO", ", NP", ", PA-C", ", RN", ", OD", ", DDS", ", PharmD", ", MA"), a
possessive "'s" and kinship words. An e-mail address is EMAIL even when it holds a name. DATE is every
date element more specific than a year, one span with its year if it has one and with a weekday written
next to it ("03/14/2025", "3/14/25", "2025-03-14", "14-Mar-2025", "Mar 14, 2025", "March 14, 2025", "14
March 2025", "3/14", "Mar 14", "March 14", "Friday, March 14, 2025", and day-first "14/03/1957" and
"14.03.1957"). Clock times, durations, doses, drop strengths, light doses in mJ/cm2, exchange volumes
and room numbers are not PHI. AGE is PHI only when 90 or more, the number or the words alone ("96",
"ninety-four", "one hundred and one"); younger ages stay in the text unannotated. LOCATION is a town or
city (US or abroad); states and countries are not PHI, and a town inside an organisation's name is part
of the FACILITY span. ADDRESS is the street line with its unit ("Apt 4C", "#12", "Unit 4") or a PO Box;
ZIP is a US ZIP with its +4 when written. PHONE and FAX include "+1", "1-", an extension and the country
codes "+256", "+263", "+356" and "+61"; a number labelled fax is FAX. EMAIL, URL (with "https://") and
IP (IPv4 or IPv6) are whole tokens. SSN in any of its shapes. MRN is a medical record number: 8 to 10
digits, its last a Luhn check digit, sometimes a hyphen after the first two. ACCOUNT is a billing,
guarantor, rental or payment card number (cards 16 digits, Luhn). HEALTH_PLAN is a member, subscriber,
Medicaid recipient or sharing-ministry number or a Medicare MBI. LICENSE is a driver's licence (the
shapes of MA, TX, GA, WA, IN, NC, OH, MI, CA and NY) or a DEA registration (its check digit right).
VEHICLE is a plate or a VIN (its check digit right). DEVICE is the serial number of a device a patient
uses or carries (knee scooter, lift chair, home tonometer, capsule recorder, home phototherapy panel,
pen, sound bar) or a phone IMEI (Luhn). ID is every other identifying number: prior authorization,
iPLEDGE, rental agreement, order, ticket, work order, claim, lab accession, capsule study, apheresis
run and employee numbers, and NPIs (Luhn with the 80840 prefix). FACILITY is every organisation named
(hospitals, clinics, pharmacies, suppliers, schools, churches, employers), one span. Not PHI and kept
(``keep``, kinds in ``KEEP_KINDS``): drugs, with their doses when written (drug); ICD-10-CM codes,
CPT-shaped numbers, CDT codes, HCPCS codes, NDC codes, pill imprint codes and lot numbers (code);
makers (maker); model names and model numbers (model); insurers and plans (insurer); eponyms, the name
only (eponym) and departments (department). No keep term ever occurs inside a PHI span (a term that
does in some row is left out of that row's list).

    python -m tools.deid.evalset29 --family messages --n 300 --seed 5801 --out datasets/deid/eval29_messages.jsonl
    python -m tools.deid.evalset29 --family clinical --n 120 --seed 5802 --out datasets/deid/eval29_clinical.jsonl

Seeds 5901 / 5902 are reserved for tuning (``--out build/deid-fresh/eval29t_messages.jsonl`` and
``--out build/deid-fresh/eval29t_clinical.jsonl``); keep the two committed files for measurement.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass
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

# ---------------------------------------------------------------------------------------------- names
# Each entry is one name with the spellings met for it on US papers (the first the usual one).
LG_GIVEN_F = (("Grace",), ("Proscovia", "Prossy", "Scovia"), ("Immaculate", "Imma"), ("Annet", "Annette"),
              ("Harriet",), ("Florence", "Flo"), ("Resty",), ("Allen",), ("Teddy",), ("Winnie",), ("Peace",),
              ("Irene",), ("Sylvia",), ("Hamidah", "Hamida"), ("Aisha", "Ayisha"), ("Babirye",), ("Betty",),
              ("Scovia",), ("Juliet",), ("Ruth",))  # fmt: skip
LG_GIVEN_M = (("Robert", "Robbie"), ("Godfrey",), ("Moses",), ("Ronald", "Ronnie"), ("Denis", "Dennis"), ("Ivan",),
              ("Henry",), ("Edrisa", "Idrisa"), ("Sulaiman", "Suleiman"), ("Kato",), ("Wasswa", "Waswa"),
              ("Emmanuel", "Emma"), ("Fred",), ("Geoffrey", "Jeff"), ("Hassan",), ("Brian",), ("Herbert",),
              ("Simon",))  # fmt: skip
# Baganda women carry a woman's clan name, men a man's; no surname is shared by a family.
LG_SURNAMES_F = (("Nakato",), ("Namubiru",), ("Nalubega", "Nalubbega"), ("Nansubuga",), ("Nakimuli",),
                 ("Namutebi",), ("Nabukenya",), ("Nakiganda",), ("Nanyonga",), ("Nassali", "Nasali"),
                 ("Nakalema",), ("Nakayiza",), ("Namusoke",), ("Nabaggala", "Nabagala"), ("Nantongo",),
                 ("Nalwanga",), ("Nampijja", "Nampija"), ("Nabirye", "Nnabirye"))  # fmt: skip
LG_SURNAMES_M = (("Ssemakula", "Semakula"), ("Ssentongo", "Sentongo"), ("Kasozi",), ("Mukasa",),
                 ("Lubega", "Lubbega"), ("Nsubuga", "Nsubbuga"), ("Kiggundu", "Kigundu"), ("Ssali", "Sali"),
                 ("Kizza", "Kiza"), ("Ssewanyana", "Sewanyana"), ("Mulindwa",), ("Musoke",), ("Kayongo",),
                 ("Katende",), ("Ssekitoleko", "Sekitoleko"), ("Mugerwa",), ("Kalule",), ("Bbosa", "Bosa"),
                 ("Ssebunya", "Sebunya"), ("Lwanga",), ("Kaweesi", "Kawesi"), ("Kibuuka", "Kibuka"),
                 ("Ssekandi", "Sekandi"), ("Zziwa", "Ziwa"), ("Mayanja",), ("Ssempala", "Sempala"), ("Kyeyune",),
                 ("Kakooza", "Kakoza"), ("Walusimbi",), ("Kasirye",), ("Muwanga",), ("Ssenyonga", "Senyonga"))  # fmt: skip
LG_NICKS = {"Proscovia": "Prossy", "Immaculate": "Imma", "Robert": "Robbie", "Emmanuel": "Emma", "Ronald": "Ronnie",
            "Florence": "Flo", "Geoffrey": "Jeff"}  # fmt: skip

SN_GIVEN_F = (("Tendai",), ("Chipo",), ("Rutendo",), ("Nyasha",), ("Rumbidzai", "Rumbidzayi", "Rumbi"), ("Chiedza",),
              ("Tatenda",), ("Ruvimbo", "Ruvi"), ("Vimbai", "Vimbayi"), ("Fadzai", "Fadzayi"), ("Shamiso",),
              ("Nyarai",), ("Tsitsi",), ("Chenai",), ("Tariro",), ("Rudo",), ("Memory",), ("Precious",),
              ("Loveness",), ("Privilege",), ("Talent",))  # fmt: skip
SN_GIVEN_M = (("Tinashe",), ("Tapiwa",), ("Kudzai", "Kudzayi"), ("Tafadzwa", "Tafi"), ("Munyaradzi", "Munya"),
              ("Tawanda",), ("Simbarashe", "Simba"), ("Takudzwa", "Taku"), ("Kudakwashe", "Kuda"),
              ("Tinotenda", "Tino"), ("Farai",), ("Tongai",), ("Fungai",), ("Lovemore",), ("Learnmore",),
              ("Givemore",), ("Trymore",), ("Knowledge",), ("Innocent",), ("Godknows",), ("Prosper",))  # fmt: skip
SN_SURNAMES = (("Moyo",), ("Chikwanha", "Chikwana"), ("Mutasa",), ("Chinyama",), ("Mupfumira", "Mupumira"),
               ("Makoni",), ("Marufu",), ("Gumbo",), ("Mapfumo",), ("Zvobgo", "Zobgo"), ("Chigumba",),
               ("Murambiwa",), ("Chiweshe",), ("Mashingaidze",), ("Mutambara",), ("Chinamasa",), ("Madzima",),
               ("Chidzero",), ("Mushonga",), ("Zhou",), ("Shumba",), ("Mhofu",), ("Dziva",), ("Chimuka",),
               ("Mandaza",), ("Mudzingwa",), ("Mazvimavi", "Mazimavi"), ("Chikore",), ("Machingura",),
               ("Mavhunga", "Mavunga"), ("Mutsvangwa", "Mutswangwa"), ("Nyamande",), ("Matanda",))  # fmt: skip
SN_NICKS = {"Rumbidzai": "Rumbi", "Ruvimbo": "Ruvi", "Munyaradzi": "Munya", "Simbarashe": "Simba",
            "Takudzwa": "Taku", "Kudakwashe": "Kuda", "Tinotenda": "Tino", "Tafadzwa": "Tafi"}  # fmt: skip

MT_GIVEN_M = (("Karmenu", "Carmel"), ("Ganni", "John"), ("Pawlu", "Paul"), ("Gorg", "George"), ("Censu", "Vincent"),
              ("Salvu", "Salvatore"), ("Leli", "Emanuel"), ("Ninu", "Anthony", "Tony"), ("Guzeppi", "Joseph"),
              ("Mikiel", "Michael"), ("Frans", "Frank"), ("Alfred",), ("Raymond",), ("Reuben",), ("Clint",),
              ("Jean Paul", "Jean-Paul"), ("Kurt",), ("Manwel", "Manuel"))  # fmt: skip
MT_GIVEN_F = (("Marija", "Maria"), ("Doris",), ("Rita",), ("Karmela", "Carmela", "Carmen"), ("Rosaria",),
              ("Tonina", "Antonia"), ("Grezzja", "Grace"), ("Marthese",), ("Angele",), ("Mariella",),
              ("Graziella",), ("Pauline",), ("Nunzja", "Annunziata"), ("Lourdes",), ("Cettina", "Concetta"),
              ("Stephanie",))  # fmt: skip
MT_SURNAMES = (("Borg",), ("Camilleri", "Camillieri"), ("Farrugia", "Farugia"), ("Zammit", "Zamit"), ("Galea",),
               ("Micallef", "Micalef"), ("Grech",), ("Attard",), ("Spiteri",), ("Azzopardi", "Azopardi"),
               ("Cassar",), ("Agius",), ("Caruana", "Caruanna"), ("Xuereb", "Shureb", "Zuereb"), ("Xerri", "Sherri"),
               ("Mifsud",), ("Schembri", "Skembri"), ("Cauchi",), ("Debono", "De Bono", "DeBono"),
               ("Bonnici", "Bonici"), ("Abela",), ("Fenech",), ("Pace",), ("Buttigieg",), ("Zahra",), ("Muscat",),
               ("Sammut", "Samut"), ("Dalli",), ("Bugeja",), ("Magro",), ("Saliba",), ("Tabone",), ("Gatt",),
               ("Zarb",), ("Bezzina", "Bezina"), ("Portelli",), ("Falzon",), ("Mizzi",), ("Calleja",), ("Formosa",),
               ("Ellul",), ("Chircop",), ("Cutajar",), ("Scicluna",), ("Gauci",), ("Sultana",), ("Mercieca",),
               ("Vassallo",), ("Degiorgio", "De Giorgio", "DeGiorgio"), ("Demarco", "De Marco", "DeMarco"))  # fmt: skip
MT_NICKS = {"Karmenu": "Charlie", "Guzeppi": "Zeppi", "Censu": "Vince", "Ganni": "Johnny", "Marija": "Mary",
            "Grezzja": "Gracie", "Nunzja": "Nancy", "Mikiel": "Mike"}  # fmt: skip

# culture -> (women's given names, men's given names, women's surnames, men's surnames, nicknames)
CULTURES = {
    "lg": (LG_GIVEN_F, LG_GIVEN_M, LG_SURNAMES_F, LG_SURNAMES_M, LG_NICKS),
    "sn": (SN_GIVEN_F, SN_GIVEN_M, SN_SURNAMES, SN_SURNAMES, SN_NICKS),
    "mt": (MT_GIVEN_F, MT_GIVEN_M, MT_SURNAMES, MT_SURNAMES, MT_NICKS),
}
KIN_BY_CULTURE = {
    "lg": ("Jjajja", "Ssenga", "Kojja"),
    "sn": ("Ambuya", "Sekuru", "Tete", "Mainini", "Babamukuru"),
    "mt": ("Nanna", "Nannu", "Zija", "Ziju"),
}
KIN_WORDS = tuple(k for ks in KIN_BY_CULTURE.values() for k in ks)
TITLES = ("Dr.", "Mr.", "Mrs.", "Ms.", "Fr.", "Pastor", "Ssalongo", "Nnalongo")
CREDENTIALS = ("MD", "DO", "NP", "PA-C", "RN", "OD", "DDS", "PharmD", "MA")

# ---------------------------------------------------------------------------------------------- places
# culture -> (town, state, ZIP codes, area codes)
US_TOWNS: dict[str, tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]] = {
    "lg": (("Waltham", "MA", ("02451", "02452", "02453"), ("781", "339")),
           ("Framingham", "MA", ("01701", "01702"), ("508", "774")),
           ("Marlborough", "MA", ("01752",), ("508", "774")),
           ("Garland", "TX", ("75040", "75041", "75043"), ("972", "469")),
           ("Richardson", "TX", ("75080", "75081"), ("972", "214")),
           ("Decatur", "GA", ("30030", "30032"), ("404", "470")),
           ("Renton", "WA", ("98055", "98056", "98059"), ("425",)),
           ("Tukwila", "WA", ("98168", "98188"), ("206",))),
    "sn": (("Euless", "TX", ("76039", "76040"), ("817", "682")),
           ("Bedford", "TX", ("76021", "76022"), ("817",)),
           ("Hurst", "TX", ("76053", "76054"), ("817", "682")),
           ("Fishers", "IN", ("46037", "46038"), ("317", "463")),
           ("Carmel", "IN", ("46032", "46033"), ("317",)),
           ("Cary", "NC", ("27511", "27513", "27519"), ("919", "984")),
           ("Apex", "NC", ("27502", "27523"), ("919",)),
           ("Westerville", "OH", ("43081", "43082"), ("614", "380"))),
    "mt": (("Dearborn", "MI", ("48124", "48126", "48128"), ("313",)),
           ("Dearborn Heights", "MI", ("48125", "48127"), ("313",)),
           ("Allen Park", "MI", ("48101",), ("313",)),
           ("Taylor", "MI", ("48180",), ("313", "734")),
           ("Lincoln Park", "MI", ("48146",), ("313",)),
           ("San Bruno", "CA", ("94066",), ("650",)),
           ("South San Francisco", "CA", ("94080",), ("650",)),
           ("Astoria", "NY", ("11102", "11103", "11105", "11106"), ("718", "347"))),
}  # fmt: skip
# culture -> (town, country, phone shape)
ABROAD_TOWNS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "lg": tuple((t, "Uganda", "ug") for t in ("Kampala", "Entebbe", "Masaka", "Mukono", "Jinja", "Mityana", "Mpigi",
                                                "Luwero")),
    "sn": tuple((t, "Zimbabwe", "zw") for t in ("Harare", "Bulawayo", "Mutare", "Gweru", "Masvingo", "Chitungwiza",
                                                  "Marondera", "Kadoma")),
    "mt": tuple((t, "Malta", "mt") for t in ("Valletta", "Birkirkara", "Qormi", "Zabbar", "Mosta", "Zejtun", "Sliema",
                                               "Naxxar", "Nadur", "Xaghra"))
    + (("Sunshine", "Australia", "au"), ("St Albans", "Australia", "au")),
}  # fmt: skip
STREETS = ("Moody St", "Lexington St", "Prospect Hill Rd", "Trapelo Rd", "Beaver St", "Shiloh Rd", "Buckingham Rd",
           "Glenbrook Dr", "Pipeline Rd", "Harwood Rd", "Brown Trl", "Allisonville Rd", "Kildaire Farm Rd",
           "Maynard Rd", "Schrock Rd", "Telegraph Rd", "Outer Dr", "Ford Rd", "Warren Ave", "Southfield Rd",
           "El Camino Real", "Huntington Ave", "Ditmars Blvd", "Steinway St", "Grand Ave", "Talbot Ave",
           "Benson Rd", "Lakeview Ln", "Cedar Crest Ct", "Walnut Hill Ln")  # fmt: skip
US_STATES = {"MA": "Massachusetts", "TX": "Texas", "GA": "Georgia", "WA": "Washington", "IN": "Indiana",
             "NC": "North Carolina", "OH": "Ohio", "MI": "Michigan", "CA": "California", "NY": "New York"}  # fmt: skip

# ---------------------------------------------------------------------------------------------- organisations
HOSPITALS = ("Charles River Valley Hospital", "Prospect Hill Imaging Center", "Trinity Mills Medical Center",
             "Shiloh Road Family Clinic", "Valley Ridge Surgery Center", "Harwood Ambulatory Surgery Center",
             "Crooked Creek Medical Group", "Kildaire Park Specialty Clinic", "Rouge River Regional Hospital",
             "Warren Avenue Health Center", "Skyline Bay Medical Group", "Ditmars Community Health Center",
             "Lakeside Skin and Laser", "Tall Pines Endoscopy Center", "North Fork Apheresis Center")  # fmt: skip
PHARMACIES = ("Moody Street Pharmacy", "Beaver Brook Apothecary", "Pipeline Road Pharmacy", "Allisonville Drug",
              "Schrock Road Pharmacy", "Telegraph Care Pharmacy", "Ford Road Rx", "Steinway Family Pharmacy",
              "Benson Hill Compounding")  # fmt: skip
ORGS = ("Luganda Community Church of Waltham", "Zimbabwe Christian Fellowship of Euless", "Maltese Center of Dearborn",
        "Kasubi Road Daycare", "Westerville Tool and Die", "Harwood Logistics", "Marlborough Public Schools",
        "Apex Friendship Academy", "St. Publius Parish Hall", "Uganda North Texas Association")  # fmt: skip
SUPPLIERS = ("Trapelo Medical Supply", "Lone Star Mobility Rentals", "Hoosier Home Medical", "Great Lakes Lift & Seat",
             "Bay Area Home Equipment", "Peachtree Rental Medical")  # fmt: skip

INSURERS = ("Tufts Health Plan", "Harvard Pilgrim Health Care", "Fallon Health", "WellSense Health Plan",
            "Mass General Brigham Health Plan", "Health New England", "Commonwealth Care Alliance",
            "Senior Whole Health", "Parkland Community Health Plan", "Cook Children's Health Plan",
            "Baylor Scott & White Health Plan", "Texas Children's Health Plan", "Driscoll Health Plan",
            "Blue Cross Blue Shield of Texas", "CareSource Georgia", "Amerigroup Community Care",
            "Premera Blue Cross", "Molina Healthcare of Washington", "Coordinated Care",
            "Community Health Plan of Washington", "Kaiser Permanente Washington", "Regence BlueShield", "MDwise",
            "CareSource Indiana", "Hoosier Healthwise", "Healthy Indiana Plan", "Blue Cross NC",
            "WellCare of North Carolina", "AmeriHealth Caritas North Carolina", "Carolina Complete Health",
            "Healthy Blue", "Buckeye Health Plan", "Paramount Advantage", "Medical Mutual",
            "Molina Healthcare of Ohio", "Blue Care Network", "McLaren Health Plan", "Total Health Care",
            "Molina Healthcare of Michigan", "Upper Peninsula Health Plan", "Aetna Better Health of Michigan",
            "San Francisco Health Plan", "Anthem Blue Cross", "Alameda Alliance for Health",
            "Chinese Community Health Plan", "Healthfirst", "EmblemHealth", "MVP Health Care", "Excellus",
            "SCAN Health Plan", "Humana Gold Plus", "AARP Medicare Advantage", "Wellcare By Allwell", "CHAMPVA",
            "TRICARE For Life", "GEHA", "NALC Health Benefit Plan", "Mail Handlers Benefit Plan",
            "Christian Healthcare Ministries", "Liberty HealthShare", "UMR", "Allied Benefit Systems",
            "Aetna Student Health", "Cigna Global", "Bupa Global")  # fmt: skip
DENTAL_PLANS = ("Delta Dental of Massachusetts", "Guardian Dental", "MetLife Dental")
VISION_PLANS = ("EyeMed", "VSP Vision Care", "Davis Vision")
PBMS = ("Express Scripts", "CVS Caremark", "OptumRx")
DEPARTMENTS = ("Orthopedics", "Otolaryngology", "Gastroenterology", "Neurology", "Pediatrics", "Urgent Care",
               "Transfusion Medicine", "Plastic Surgery", "Nurse Triage", "Imaging Services", "Neuroradiology",
               "Physical Medicine", "Women's Health", "Durable Medical Equipment", "Emergency Department")  # fmt: skip

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
AGE_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

SECTION_LABELS = ("Next of kin: ", "Billing contact: ", "Transport: ", "Equipment on file: ", "Send copies to: ",
                  "Insurance on file: ", "Pharmacy on file: ", "Employer: ")  # fmt: skip

MESSAGE_GENRES = ("orthodontic", "claustrophobia", "knee_scooter", "lift_chair", "glp1", "glaucoma", "rsv",
                  "pill_imprint", "ipledge", "menopause")  # fmt: skip
CLINICAL_GENRES = ("capsule", "breath_test", "paronychia", "phototherapy", "plasma_exchange", "hidradenitis",
                   "earlobe", "sinus_debridement")  # fmt: skip
GENRE_MARKS = {
    "messages": (r"\borthodontic", r"claustrophob", r"knee scooter", r"lift chair", r"\bGLP-1\b", r"\bglaucoma\b",
                 r"\bRSV\b", r"\bimprint", r"\biPLEDGE\b", r"\bmenopaus"),
    "clinical": (r"capsule endoscopy", r"breath test", r"\bparonychia", r"phototherapy", r"plasma exchange",
                 r"\bhidradenitis\b", r"\bearlobe", r"sinus debridement"),
}  # fmt: skip


# ---------------------------------------------------------------------------------------------- genres
# Each genre: `pools` (key -> (keep kind, terms)), `open` (sentences that name the genre; one starts
# every row), `lines` (further sentences), `facts` (label, value template) and `subject`.
# Templates: {TOKEN} draws a PHI value (see Ctx.token), {g:key} a keep term from the genre's pool,
# {k:kind:a|b} a keep term written here, {c:a|b} plain text, {INS} an insurer, {DEPT} a department.
MESSAGES: dict[str, dict] = {
    "orthodontic": {
        "subject": ("Broken bracket", "Retainer replacement", "Orthodontic repair"),
        "pools": {
            "drug": ("drug", ("Peridex 0.12%", "Orabase", "ibuprofen 400 mg", "Ortho Wax", "chlorhexidine rinse")),
            "maker": (
                "maker",
                ("Align Technology", "Ormco", "American Orthodontics", "Henry Schein Orthodontics", "Ortho Organizers"),
            ),
            "model": (
                "model",
                (
                    "Invisalign",
                    "Damon Q",
                    "Clarity Advanced",
                    "Empower 2",
                    "Vivera",
                    "Essix",
                    "Carriere Motion",
                    "Forsus",
                    "Twin Block",
                ),
            ),
            "code": ("code", ("D8680", "D8703", "D8704", "D8696", "D8697", "M26.4", "M26.212", "M26.213")),
            "eponym": ("eponym", ("Hawley", "Herbst", "Nance", "Begg", "Bolton", "Frankel")),
            "ins": ("insurer", DENTAL_PLANS),
            "dept": ("department", ("Orthodontic Clinic",)),
        },
        "open": (
            "{P:given} broke a bracket on the {g:model} braces and needs an orthodontic repair before {ADATE}.",
            "Question about an orthodontic retainer: the {k:eponym:Hawley} retainer cracked and the {g:model} trays are our backup.",
            "The orthodontic office asked me to send {P:full}'s retainer details to the {g:dept}.",
        ),
        "lines": (
            "She has a {k:eponym:Herbst|Frankel} appliance and a {k:eponym:Nance} arch, and the wire pokes her cheek.",
            "They quoted {g:cpt} and {g:cpt} for the replacement, is that covered by {g:ins}?",
            "The chart says {g:icd}, {k:eponym:Angle} class II, {k:eponym:Bolton} discrepancy 2 mm.",
            "We rinse with {g:drug} twice a day like the {g:dept} said.",
            "The trays came from {g:maker}, lot {LOT}.",
            "He is at {FAC} on weekdays until 3, so after school works.",
            "Last adjustment was {DATE} with {S:full}.",
            "Her lower {g:model} aligner is lost, the upper is fine.",
        ),
        "facts": (
            ("Patient", "{P:lastfirst}"),
            ("DOB", "{DOB}"),
            ("Age", "{YAGE} years old"),
            ("Appliance", "{g:model}"),
            ("Maker", "{g:maker}"),
            ("Code", "{g:cpt}"),
            ("Dental plan", "{g:ins}"),
            ("Member ID", "{HP}"),
            ("Retainer type", "{k:eponym:Hawley|Begg}"),
        ),
    },
    "claustrophobia": {
        "subject": ("MRI anxiety", "Open MRI request", "Sedation before scan"),
        "pools": {
            "drug": (
                "drug",
                (
                    "lorazepam 1 mg",
                    "Ativan 0.5 mg",
                    "diazepam 5 mg",
                    "Valium",
                    "alprazolam 0.25 mg",
                    "Xanax",
                    "triazolam 0.125 mg",
                    "Gadavist",
                    "Dotarem",
                    "Clariscan",
                    "Vueway",
                    "Elucirem",
                    "MultiHance",
                    "ProHance",
                ),
            ),
            "maker": (
                "maker",
                ("Siemens Healthineers", "GE HealthCare", "Philips", "Canon Medical", "Fonar", "Esaote", "Hitachi"),
            ),
            "model": (
                "model",
                (
                    "MAGNETOM Vida",
                    "MAGNETOM Altea",
                    "SIGNA Premier",
                    "Ingenia Ambition",
                    "Vantage Orian",
                    "Fonar Upright",
                    "Hitachi Oasis",
                ),
            ),
            "code": ("code", ("70551", "70553", "72148", "73721", "73221", "F40.240", "F41.1", "M54.50")),
            "eponym": ("eponym", ("Chiari", "Tarlov", "Schmorl", "Modic", "Rathke")),
            "dept": ("department", ("MRI Scheduling", "Neuroradiology", "Imaging Services")),
        },
        "open": (
            "I am very claustrophobic and the last MRI on the {g:model} did not finish.",
            "{P:given} panicked in the tube, she is claustrophobic, can she get {g:drug} before the scan?",
            "Is there an open or upright scanner for a claustrophobic patient? Someone said {g:maker} makes one.",
        ),
        "lines": (
            "The order is for {g:cpt} to recheck the {k:eponym:Chiari|Tarlov|Rathke} {c:malformation|cyst} and the {k:eponym:Schmorl|Modic} {c:nodes|changes}.",
            "The doctor wrote {g:drug} to take 30 minutes before, and contrast will be {g:drug}.",
            "My daughter {C:full} will drive me home, her car is {PLATE}.",
            "The scan is {WDATE} at 7:40 PM at {FAC}.",
            "Diagnosis on the slip is {g:icd}.",
            "Please call {PHONE} and ask for {C:given}.",
            "The {g:dept} desk said the {g:model} bore is wider, is that true?",
            "I weigh 240 and the table limit worried me.",
        ),
        "facts": (
            ("Patient", "{P:lastfirst}"),
            ("DOB", "{DOB}"),
            ("Order", "{g:cpt}"),
            ("Scanner", "{g:model}"),
            ("Premed", "{g:drug}"),
            ("Driver", "{C:full}"),
            ("Plate", "{PLATE}"),
            ("Dept", "{g:dept}"),
        ),
    },
    "knee_scooter": {
        "subject": ("Knee scooter rental", "Crutches return", "Scooter brake broken"),
        "pools": {
            "maker": (
                "maker",
                (
                    "KneeRover",
                    "Roscoe Medical",
                    "Hugo Mobility",
                    "ELENKER",
                    "Vive Health",
                    "Mobilegs",
                    "Ergobaum",
                    "Medline",
                ),
            ),
            "model": (
                "model",
                ("KneeRover Quest", "iWALK3.0", "Mobilegs Ultra", "Ergobaum Prime", "Hugo Explore Knee Walker"),
            ),
            "code": ("code", ("E0118", "E0114", "E0110", "L4361", "S82.61XA", "S92.301A", "M72.2", "S86.011A")),
            "eponym": ("eponym", ("Maisonneuve", "Thompson", "Chopart")),
            "drug": ("drug", ("enoxaparin 40 mg", "Lovenox", "oxycodone 5 mg", "naproxen 500 mg")),
            "dept": ("department", ("Foot and Ankle Center", "Orthopedics")),
        },
        "open": (
            "The knee scooter we rented for {P:given} has a bad brake and the basket fell off.",
            "Can I return the crutches and rent a knee scooter instead? The {g:model} looked easier.",
            "Calling about the knee scooter rental from {SUP}, agreement {ID}.",
        ),
        "lines": (
            "Billing says {g:cpt} but the rental is a {g:maker} scooter, serial {SERIAL}.",
            "The break is {g:icd}, a {k:eponym:Maisonneuve} fracture per the {g:dept}, and the {k:eponym:Thompson} test was fine.",
            "I still take {g:drug} at night.",
            "Pickup address is {ADDR}, {TOWN} {ZIP}.",
            "The rental account is {ACCT} under my husband {C:full}.",
            "Surgery was {DATE} and the boot is off on {ADATE}.",
            "They charged the card ending in the last four twice.",
            "My work at {ORG} has stairs so the {g:model} helps.",
        ),
        "facts": (
            ("Renter", "{P:lastfirst}"),
            ("Agreement", "{ID}"),
            ("Scooter serial", "{SERIAL}"),
            ("Maker", "{g:maker}"),
            ("HCPCS", "{g:cpt}"),
            ("Diagnosis", "{g:icd}"),
            ("Account", "{ACCT}"),
            ("Pickup", "{ADDR}"),
        ),
    },
    "lift_chair": {
        "subject": ("Lift chair order", "Seat lift paperwork", "Lift chair delivery"),
        "pools": {
            "maker": (
                "maker",
                ("Golden Technologies", "Med-Lift", "Catnapper", "La-Z-Boy", "UltraComfort", "Mega Motion"),
            ),
            "model": (
                "model",
                (
                    "MaxiComfort Cloud PR-510",
                    "Comforter PR-501",
                    "UltraComfort UC550",
                    "Mega Motion MM3600",
                    "Med-Lift 5555",
                ),
            ),
            "code": ("code", ("E0627", "E0628", "E0629", "M17.0", "M16.0", "G20.A1", "M62.81")),
            "eponym": ("eponym", ("Heberden", "Bouchard")),
            "drug": ("drug", ("carbidopa-levodopa 25/100", "Rytary", "Voltaren gel", "duloxetine 30 mg")),
            "dept": ("department", ("Physical Medicine", "Durable Medical Equipment")),
        },
        "open": (
            "Medicare says the lift chair needs a new form from the doctor for {P:full}.",
            "The lift chair for Dad came today but the motor clicks, maker is {g:maker}.",
            "Is the lift chair covered? The store quoted {g:cpt} for the seat mechanism only.",
        ),
        "lines": (
            "Dad is {AGE} and cannot get up from his recliner anymore.",
            "His knees are {g:icd} and the hands have {g:eponym} nodes.",
            "It is the {g:model}, serial {SERIAL}.",
            "He takes {g:drug} and walks with a cane.",
            "Delivery is {ADATE} between 9:00 and 1:00 to {ADDR}.",
            "His Medicare number is {MBI}.",
            "The {g:dept} note from {DATE} says he needs it.",
            "Please fax the order to {SUP} at {FAX}.",
        ),
        "facts": (
            ("Patient", "{P:lastfirst}"),
            ("Age", "{AGE}"),
            ("MBI", "{MBI}"),
            ("Chair", "{g:model}"),
            ("Serial", "{SERIAL}"),
            ("HCPCS", "{g:cpt}"),
            ("Supplier", "{SUP}"),
            ("Fax", "{FAX}"),
        ),
    },
    "glp1": {
        "subject": ("Weight shot refill", "GLP-1 shortage", "Prior auth for pen"),
        "pools": {
            "drug": (
                "drug",
                (
                    "Wegovy 1.7 mg",
                    "Ozempic 0.5 mg",
                    "Zepbound 5 mg",
                    "Saxenda",
                    "Rybelsus 7 mg",
                    "Trulicity",
                    "Victoza",
                    "tirzepatide",
                    "semaglutide",
                    "liraglutide",
                ),
            ),
            "maker": ("maker", ("Novo Nordisk", "Eli Lilly")),
            "model": ("model", ("FlexTouch", "KwikPen")),
            "code": ("code", ("E66.811", "E66.812", "E66.813", "Z68.35", "Z68.41", "E11.65", "R73.03")),
            "pbm": ("insurer", PBMS),
            "dept": ("department", ("Medical Weight Management",)),
        },
        "open": (
            "My GLP-1 pen is out of stock at {PHARM}, can you send {g:drug} somewhere else?",
            "Is a compounded GLP-1 safe? The {g:drug} pen from {g:maker} is back-ordered.",
            "The GLP-1 prior authorization for {P:full} was denied by {g:pbm}.",
        ),
        "lines": (
            "The PA number is {ID} and they want {g:icd} on the claim.",
            "I was on {g:drug} since {DATE} and lost 22 pounds.",
            "BMI code on the form is {g:icd}.",
            "The pen is a {g:model}, lot {LOT}, NDC {NDC}.",
            "Pharmacist {S:full} said call {PHONE}.",
            "My plan is {INS}, member {HP}.",
            "The {g:dept} nurse said to skip a week if I vomit.",
            "Can I switch to {g:drug}?",
        ),
        "facts": (
            ("Patient", "{P:lastfirst}"),
            ("DOB", "{DOB}"),
            ("Drug", "{g:drug}"),
            ("NDC", "{NDC}"),
            ("PA number", "{ID}"),
            ("Diagnosis", "{g:icd}"),
            ("PBM", "{g:pbm}"),
            ("Member ID", "{HP}"),
        ),
    },
    "glaucoma": {
        "subject": ("Eye drop refill", "Home pressure checks", "Glaucoma drops"),
        "pools": {
            "drug": (
                "drug",
                (
                    "latanoprost 0.005%",
                    "Xalatan",
                    "Lumigan 0.01%",
                    "timolol 0.5%",
                    "Combigan",
                    "Cosopt",
                    "Rhopressa",
                    "Rocklatan",
                    "Vyzulta",
                    "Simbrinza",
                    "Alphagan P",
                    "Xelpros",
                    "Iyuzeh",
                    "dorzolamide",
                ),
            ),
            "maker": ("maker", ("Alcon", "Santen", "Glaukos", "Sight Sciences", "Lumenis", "Zeiss", "iCare")),
            "model": (
                "model",
                (
                    "iStent inject W",
                    "iDose TR",
                    "Durysta",
                    "Hydrus Microstent",
                    "Humphrey HFA3",
                    "Cirrus HD-OCT",
                    "iCare HOME2",
                    "iCare IC200",
                ),
            ),
            "code": ("code", ("H40.1131", "H40.1132", "H40.013", "92083", "92133")),
            "eponym": ("eponym", ("Goldmann", "Schlemm", "Shaffer", "Posner", "Krukenberg", "Axenfeld")),
            "ins": ("insurer", VISION_PLANS),
            "dept": ("department", ("Glaucoma Service",)),
        },
        "open": (
            "My glaucoma drops ran out early, the {g:drug} bottle is tiny.",
            "Glaucoma question for {S:given}: can I use {g:drug} and {g:drug} together?",
            "Returning the home glaucoma tonometer, the {g:model}, serial {SERIAL}.",
        ),
        "lines": (
            "Pressures at home were 24 and 26, the {k:eponym:Goldmann} reading in clinic was 19, {k:eponym:Shaffer} grade 3 angles.",
            "The field test {g:cpt} is due, and the OCT {g:cpt}.",
            "Dx on my chart is {g:icd}.",
            "Dr. {D:surname} mentioned a {g:model} by {g:maker} with the cataract.",
            "Refill to {PHARM} please.",
            "My vision plan is {g:ins}, but drops go on {INS}.",
            "I drive at night, license {DL}.",
            "The {g:dept} front desk number {PHONE} never answers.",
        ),
        "facts": (
            ("Patient", "{P:lastfirst}"),
            ("MRN", "{MRN}"),
            ("Drops", "{g:drug}"),
            ("Device", "{g:model}"),
            ("Serial", "{SERIAL}"),
            ("Diagnosis", "{g:icd}"),
            ("Vision plan", "{g:ins}"),
            ("Pharmacy", "{PHARM}"),
        ),
    },
    "rsv": {
        "subject": ("RSV shot", "Infant RSV antibody", "Vaccine appointment"),
        "pools": {
            "drug": (
                "drug",
                (
                    "Arexvy",
                    "Abrysvo",
                    "mResvia",
                    "Beyfortus 50 mg",
                    "Beyfortus 100 mg",
                    "nirsevimab",
                    "Synagis",
                    "palivizumab",
                ),
            ),
            "maker": ("maker", ("GSK", "Pfizer", "Moderna", "Sanofi", "AstraZeneca")),
            "code": ("code", ("90678", "90679", "90683", "90380", "90381", "96380", "Z23", "Z29.11")),
            "dept": ("department", ("Immunization Clinic", "Pediatrics")),
        },
        "open": (
            "Can the baby get the RSV antibody shot? {P:given} was born {DOB} and the nursery did not give it.",
            "Booking the RSV vaccine for my mother, she is {AGE} and lives with us.",
            "Which RSV shot did I get? The card says {g:drug} but the pharmacy says {g:drug}.",
        ),
        "lines": (
            "The lot on the card is {LOT}, made by {g:maker}.",
            "Billing used {g:cpt} and {g:cpt} and the plan denied it.",
            "We can come {WDATE} at 10:30 AM.",
            "Her plan is {INS}, ID {HP}.",
            "The {g:dept} said the season ends in March.",
            "Mom's Medicare number is {MBI}.",
            "She already had {g:drug} last fall at {PHARM}.",
            "Call {PHONE}, or text {C:given}.",
        ),
        "facts": (
            ("Patient", "{P:lastfirst}"),
            ("DOB", "{DOB}"),
            ("Product", "{g:drug}"),
            ("Lot", "{LOT}"),
            ("Maker", "{g:maker}"),
            ("CPT", "{g:cpt}"),
            ("Plan", "{INS}"),
            ("Member", "{HP}"),
        ),
    },
    "pill_imprint": {
        "subject": ("Found a pill", "What is this tablet", "Pill identification"),
        "pools": {
            "imprint": ("code", ("M 367", "L484", "AN 627", "IP 204", "G 3722", "54 543")),
            "drug": (
                "drug",
                (
                    "hydrocodone-acetaminophen 10-325",
                    "acetaminophen 500 mg",
                    "tramadol 50 mg",
                    "ibuprofen 800 mg",
                    "morphine 15 mg",
                    "methadone 10 mg",
                ),
            ),
            "maker": (
                "maker",
                ("Amneal", "SpecGx", "Aurobindo", "Zydus", "Camber", "Lupin", "Cipla", "Torrent", "Solco"),
            ),
            "dept": ("department", ("Nurse Triage",)),
        },
        "open": (
            "I found a white pill in {P:given}'s room with the imprint {g:imprint}, what is it?",
            "Pill imprint question: the tablet says {g:imprint} on one side, is it {g:drug}?",
            "My grandmother's pills got mixed, one has the imprint {g:imprint} and one {g:imprint}.",
        ),
        "lines": (
            "The bottle says {g:maker} but the label is torn.",
            "She is {AGE} and takes {g:drug} for her hip.",
            "I called poison control at 2:10 AM and they said to ask you.",
            "The {g:dept} line put me on hold for 40 minutes.",
            "The pharmacy was {PHARM}, Rx from {D:full}.",
            "My son {C:given} is 15 and I worry.",
            "I can send a photo to {SEMAIL}.",
            "We live at {ADDR}, {TOWN}.",
        ),
        "facts": (
            ("Caller", "{C:lastfirst}"),
            ("Patient", "{P:lastfirst}"),
            ("Imprint", "{g:imprint}"),
            ("Maker", "{g:maker}"),
            ("Suspected", "{g:drug}"),
            ("Call-back", "{PHONE}"),
            ("MRN", "{MRN}"),
        ),
    },
    "ipledge": {
        "subject": ("iPLEDGE lockout", "Isotretinoin refill", "Pregnancy test date"),
        "pools": {
            "drug": (
                "drug",
                (
                    "Absorica LD",
                    "Claravis",
                    "Amnesteem",
                    "Zenatane",
                    "Myorisan",
                    "isotretinoin 40 mg",
                    "Slynd",
                    "Nextstellis",
                    "Kyleena",
                    "Liletta",
                    "Annovera",
                    "Twirla",
                    "Tyblume",
                ),
            ),
            "code": ("code", ("L70.0", "L70.1", "Z79.899", "Z32.02", "81025", "84703")),
            "maker": ("maker", ("Sun Pharma", "Mayne Pharma")),
            "dept": ("department", ("Acne Clinic",)),
        },
        "open": (
            "iPLEDGE locked me out again and the {g:drug} window closes {ADATE}.",
            "My iPLEDGE number is {ID}, can the office confirm my two forms of birth control?",
            "The pharmacy cannot fill {g:drug} because iPLEDGE shows no pregnancy test for {P:given}.",
        ),
        "lines": (
            "The urine test ({g:cpt}) was {DATE} at {FAC}.",
            "Birth control is {g:drug} plus condoms.",
            "The diagnosis on the script is {g:icd}.",
            "I made the {g:dept} visit for {WDATE} at 3:15 PM.",
            "Pharmacy is {PHARM}, they said {g:maker} is back-ordered.",
            "Email me at {EMAIL} please.",
            "Mom {C:full} can sign as guardian.",
            "My login IP kept changing, it said {IP}.",
        ),
        "facts": (
            ("Patient", "{P:lastfirst}"),
            ("iPLEDGE ID", "{ID}"),
            ("DOB", "{DOB}"),
            ("Drug", "{g:drug}"),
            ("Test", "{g:cpt}"),
            ("Test date", "{DATE}"),
            ("Pharmacy", "{PHARM}"),
        ),
    },
    "menopause": {
        "subject": ("Hot flashes", "Patch refill", "Hormone question"),
        "pools": {
            "drug": (
                "drug",
                (
                    "Veozah 45 mg",
                    "fezolinetant",
                    "Premarin",
                    "Prempro",
                    "Duavee",
                    "Estrace",
                    "Vivelle-Dot 0.05 mg",
                    "Climara",
                    "Minivelle",
                    "Divigel",
                    "Estrogel",
                    "Evamist",
                    "Prometrium 100 mg",
                    "Bijuva",
                    "Osphena",
                    "Imvexxy",
                    "Yuvafem",
                    "Estring",
                    "Femring",
                    "Activella",
                    "Angeliq",
                ),
            ),
            "maker": ("maker", ("Noven", "Astellas", "Mylan")),
            "code": ("code", ("N95.1", "N95.2", "E28.310", "Z79.890", "R23.2", "77080")),
            "eponym": ("eponym", ("Kupperman", "Greene", "Tyrer-Cuzick")),
            "dept": ("department", ("Midlife Women's Health", "Women's Health")),
        },
        "open": (
            "Since menopause the hot flashes wake me six times a night, is {g:drug} an option?",
            "Menopause patch question: the {g:drug} keeps falling off in the shower.",
            "My sister says {g:drug} helped her menopause, could I try it?",
        ),
        "lines": (
            "My {k:eponym:Kupperman|Greene} score was 31 at the last visit on {DATE}, {k:eponym:Tyrer-Cuzick} risk 9%.",
            "The bone scan {g:cpt} is due, last one at {FAC}.",
            "Codes on the refill were {g:icd} and {g:icd}.",
            "The patch maker is {g:maker}, lot {LOT}.",
            "I am {YAGE} and had my uterus out.",
            "The {g:dept} nurse {S:full} said to message here.",
            "Insurance changed to {INS}, new ID {HP}.",
            "I will be in {ATOWN} until {ADATE}, reach me on {APHONE}.",
        ),
        "facts": (
            ("Patient", "{P:lastfirst}"),
            ("DOB", "{DOB}"),
            ("Age", "{YAGE} years old"),
            ("Drug", "{g:drug}"),
            ("Codes", "{g:icd}"),
            ("Plan", "{INS}"),
            ("Member ID", "{HP}"),
        ),
    },
}

# Extra identifier facts and sentences any message may carry.
EXTRA_FACTS = (("SSN", "{SSN}"), ("Driver's license", "{DL}"), ("Plate", "{PLATE}"), ("VIN", "{VIN}"),
               ("Card on file", "{CARD}"), ("Account", "{ACCT}"), ("Portal link", "{URL}"), ("Login IP", "{IP}"),
               ("Fax", "{FAX}"), ("Phone abroad", "{APHONE}"), ("Phone IMEI", "{IMEI}"), ("Medicare MBI", "{MBI}"),
               ("Email", "{EMAIL}"), ("Home", "{ADDR}, {TOWN}, {ST} {ZIP}"), ("Born in", "{ATOWN}"),
               ("Pharmacy", "{PHARM}"), ("Caregiver age", "{AGE}"), ("Ticket", "{ID}"), ("MRN", "{MRN}"),
               ("Employer", "{ORG}"), ("Phone", "{PHONE}"), ("Age", "{YAGE} years old"), ("Insurer", "{INS}"),
               ("Dept", "{DEPT}"))  # fmt: skip
EXTRA_LINES = ("My SSN is {SSN} if the form needs it.", "Please fax it to {FAX}.",
               "My husband {C:full} can drive, plate {PLATE}.",
               "I am staying with my {KIN} in {ATOWN} until {ADATE}, phone {APHONE}.",
               "My {KIN} is {AGE} and lives with us.", "The portal link {URL} does not open.",
               "It logged me in from {IP}, that is not me.", "The card on file is {CARD}.",
               "Our account number is {ACCT}.", "My new address is {ADDR}, {TOWN}, {ST} {ZIP}.",
               "Email is {EMAIL}.", "I work at {ORG} until 5.", "My phone IMEI is {IMEI} if the app asks.",
               "The truck VIN is {VIN}, for the parking form.", "My license is {DL}.",
               "Send a copy to the {DEPT} too.", "Call me back at {PHONE}.",
               "Our church is {ORG}, Pastor {S:surname} can vouch.",
               "{c:Dr.|Mrs.|Ms.|Mr.} {S:surname} told me to write here.",
               "{c:Ssalongo|Nnalongo|Fr.} {C:surname} will bring me.")  # fmt: skip

CLINICAL: dict[str, dict] = {
    "capsule": {
        "title": ("VIDEO CAPSULE ENDOSCOPY REPORT", "Capsule Endoscopy - Small Bowel", "Small bowel capsule endoscopy"),
        "pools": {
            "drug": ("drug", ("simethicone 80 mg", "MoviPrep", "Plenvu", "GoLYTELY", "metoclopramide 10 mg", "Reglan")),
            "maker": ("maker", ("Medtronic", "IntroMedic", "CapsoVision")),
            "model": ("model", ("PillCam SB3", "MiroCam", "CapsoCam Plus", "SensorBelt")),
            "code": ("code", ("91110", "91111", "91113", "D50.0", "K92.1", "K55.20", "K31.819")),
            "eponym": ("eponym", ("Peutz-Jeghers", "Meckel", "Treitz", "Bauhin", "Dieulafoy", "Heyde", "Cameron")),
            "dept": ("department", ("Capsule Endoscopy Suite", "Gastroenterology")),
        },
        "body": (
            "Indication: iron deficiency ({g:icd}) with negative EGD and colonoscopy; rule out {k:eponym:Dieulafoy|Cameron} lesion, query {k:eponym:Heyde} syndrome.",
            "Prep: {g:drug} the evening before, {g:drug} at ingestion.",
            "Device: {g:model} ({g:maker}), recorder serial {SERIAL}, capsule lot {LOT}.",
            "Ingested {DATE} at 7:52 AM; reached the cecum at 5 h 10 min.",
            "Findings: two small angioectasias in the proximal jejunum beyond the ligament of {k:eponym:Treitz}; no {k:eponym:Meckel} diverticulum; no {k:eponym:Peutz-Jeghers} polyps.",
            "Gastric transit 38 min; small bowel transit 4 h 32 min; the valve of {k:eponym:Bauhin} was seen.",
            "Impression: {g:icd}; consider push enteroscopy. CPT {g:cpt}.",
            "Read in the {g:dept} by {D:full}, MD.",
        ),
    },
    "breath_test": {
        "title": ("HYDROGEN AND METHANE BREATH TEST", "Breath test report (lactulose)", "Lactose breath test"),
        "pools": {
            "drug": (
                "drug",
                (
                    "lactulose 10 g",
                    "glucose 75 g",
                    "lactose 25 g",
                    "fructose 25 g",
                    "Xifaxan 550 mg",
                    "rifaximin",
                    "Lactaid",
                    "neomycin 500 mg",
                ),
            ),
            "maker": ("maker", ("QuinTron", "Bedfont", "Gemelli Biotech")),
            "model": ("model", ("BreathTracker SC", "Gastro+ Gastrolyzer", "trio-smart")),
            "code": ("code", ("91065", "K63.8219", "K63.8211", "K63.822", "E73.9", "R14.0", "K58.9", "R19.7")),
            "eponym": ("eponym", ("Rome IV", "Rome")),
            "dept": ("department", ("GI Motility Lab", "Gastroenterology")),
        },
        "body": (
            "Indication: bloating ({g:icd}) and loose stools ({g:icd}); {g:eponym} criteria met.",
            "Substrate: {g:drug} after a 12 h fast; no antibiotics since {DATE}.",
            "Analyzer: {g:maker} {g:model}, unit serial {SERIAL}.",
            "Baseline H2 4 ppm, CH4 2 ppm; peak H2 46 ppm at 80 min.",
            "| Minutes | H2 ppm | CH4 ppm |\n| 0 | 4 | 2 |\n| 60 | 18 | 3 |\n| 90 | 46 | 4 |",
            "Interpretation: positive for hydrogen-predominant overgrowth, {g:icd}.",
            "Plan: {g:drug} three times daily for 14 days; recheck in the {g:dept}. CPT {g:cpt}.",
        ),
    },
    "paronychia": {
        "title": ("PROCEDURE NOTE: Incision and drainage of paronychia", "Paronychia I&D", "Acute paronychia drainage"),
        "pools": {
            "drug": (
                "drug",
                ("lidocaine 2% plain", "cephalexin 500 mg", "Keflex", "mupirocin 2%", "Bactroban", "Hibiclens"),
            ),
            "maker": ("maker", ("Integra Miltex", "Ethicon", "Medline")),
            "model": ("model", ("Tourni-Cot", "No. 11 blade")),
            "code": ("code", ("26010", "10060", "L03.011", "L03.012", "L03.031", "L03.032", "B37.2")),
            "eponym": ("eponym", ("Kanavel", "Beau", "Terry")),
            "dept": ("department", ("Hand Clinic", "Urgent Care")),
        },
        "body": (
            "Indication: acute paronychia of the right index finger for 4 days; {g:icd}.",
            "No {k:eponym:Kanavel} signs of flexor sheath infection; {k:eponym:Beau} lines on two nails, no {k:eponym:Terry} nails.",
            "Digital block with 4 mL {g:drug}; {g:model} tourniquet (by {g:maker}) for 6 minutes.",
            "The eponychial fold was lifted and 1 mL of pus drained; wick placed.",
            "Culture sent, accession {ID}.",
            "Discharge: {g:drug} four times daily for 5 days, {g:drug} to the fold; soak twice daily.",
            "Follow-up in the {g:dept} on {ADATE}. CPT {g:cpt}.",
        ),
    },
    "phototherapy": {
        "title": ("NB-UVB PHOTOTHERAPY SESSION", "Phototherapy treatment record", "Narrowband UVB phototherapy note"),
        "pools": {
            "drug": (
                "drug",
                (
                    "methoxsalen",
                    "Oxsoralen-Ultra",
                    "clobetasol 0.05%",
                    "calcipotriene",
                    "Enstilar",
                    "Sotyktu 6 mg",
                    "Vtama",
                    "Zoryve",
                    "Opzelura",
                    "tacrolimus 0.1%",
                ),
            ),
            "maker": (
                "maker",
                ("Daavlin", "National Biological", "Waldmann", "STRATA Skin Sciences", "Solarc Systems"),
            ),
            "model": ("model", ("Daavlin 7 Series", "Waldmann UV 7002", "XTRAC Velocity", "SolRx 1000", "Panosol")),
            "code": ("code", ("96910", "96900", "96920", "L40.0", "L80", "L20.89", "L28.1")),
            "eponym": ("eponym", ("Auspitz", "Woronoff", "Munro", "Wood")),
            "dept": ("department", ("Phototherapy Unit",)),
        },
        "body": (
            "Diagnosis: {g:icd}, plaques with an {k:eponym:Auspitz} sign and a {k:eponym:Woronoff} ring; {k:eponym:Munro} microabscesses on the old biopsy.",
            "Session 14 in the {g:model} ({g:maker}); dose 620 mJ/cm2, up 10%.",
            "Prior session {DATE}: mild pink erythema, resolved.",
            "Topicals continue: {g:drug} and {g:drug}.",
            "Goggles on; genital shielding; {k:eponym:Wood} lamp check of the vitiligo patch.",
            "Home unit request: {g:model}, serial {SERIAL}.",
            "Next visit {WDATE}. CPT {g:cpt}.",
        ),
    },
    "plasma_exchange": {
        "title": ("THERAPEUTIC PLASMA EXCHANGE RUN NOTE", "Plasma exchange procedure", "TPE session note"),
        "pools": {
            "drug": (
                "drug",
                (
                    "albumin 5%",
                    "Albutein 5%",
                    "Flexbumin 5%",
                    "ACD-A",
                    "calcium gluconate 2 g",
                    "Octagam",
                    "methylprednisolone 1 g",
                ),
            ),
            "maker": ("maker", ("Terumo BCT", "Fresenius Kabi")),
            "model": ("model", ("Spectra Optia", "Amicus", "COM.TEC")),
            "code": ("code", ("36514", "G61.0", "G70.00", "G70.01", "M31.1", "G36.0")),
            "eponym": ("eponym", ("Guillain-Barre", "Lambert-Eaton", "Moschcowitz")),
            "dept": ("department", ("Apheresis Unit", "Transfusion Medicine", "Neurology")),
        },
        "body": (
            "Indication: {k:eponym:Guillain-Barre|Lambert-Eaton|Moschcowitz} ({g:icd}); exchange 3 of 5.",
            "Device: {g:model} by {g:maker}; run number {ID}.",
            "Access: right IJ dialysis catheter placed {DATE}.",
            "1.0 plasma volume (3,100 mL) replaced with {g:drug}; anticoagulant {g:drug}.",
            "Perioral tingling at 40 min, given {g:drug}; resolved.",
            "Vitals stable; BP 118/70 at end.",
            "Next exchange {ADATE} in the {g:dept}. CPT {g:cpt}.",
        ),
    },
    "hidradenitis": {
        "title": (
            "PROCEDURE NOTE: Deroofing, hidradenitis suppurativa",
            "Hidradenitis deroofing",
            "Hidradenitis procedure note",
        ),
        "pools": {
            "drug": (
                "drug",
                (
                    "lidocaine 1% with epinephrine",
                    "Bimzelx",
                    "bimekizumab",
                    "adalimumab",
                    "clindamycin 1%",
                    "Cleocin T",
                    "doxycycline 100 mg",
                    "Kenalog-10",
                ),
            ),
            "maker": ("maker", ("Bovie", "Valleylab", "Ellman", "Megadyne")),
            "model": ("model", ("Aaron 940", "Surgitron Dual RF", "ForceTriad")),
            "code": ("code", ("11450", "11451", "11462", "11470", "11471", "L73.2")),
            "eponym": ("eponym", ("Hurley", "Verneuil", "Sartorius")),
            "dept": ("department", ("Dermatologic Surgery",)),
        },
        "body": (
            "Diagnosis: hidradenitis suppurativa ({g:icd}, {k:eponym:Verneuil} disease), {k:eponym:Hurley} stage II, {k:eponym:Sartorius} score 18, left axilla.",
            "Anesthesia: 12 mL {g:drug}.",
            "Tunnel probed and unroofed with the {g:model} ({g:maker}); base curetted; hemostasis.",
            "Left to heal by secondary intention; petrolatum and gauze.",
            "Continue {g:drug}; biologic {g:drug} prior auth {ID}.",
            "Photos uploaded to {URL}.",
            "Return to the {g:dept} on {ADATE}. CPT {g:cpt}.",
        ),
    },
    "earlobe": {
        "title": ("PROCEDURE NOTE: Split earlobe repair", "Earlobe repair", "Torn earlobe repair note"),
        "pools": {
            "drug": ("drug", ("lidocaine 1% with epinephrine", "bacitracin", "Aquaphor")),
            "maker": ("maker", ("Ethicon", "Medline")),
            "model": ("model", ("Monocryl 5-0", "Ethilon 6-0", "Fast Gut 6-0")),
            "code": ("code", ("12011", "13151", "H61.111", "H61.112")),
            "eponym": ("eponym", ("Pardue", "Burow")),
            "dept": ("department", ("Facial Plastic Surgery", "Plastic Surgery")),
        },
        "body": (
            "Indication: complete cleft of the right earlobe from a heavy earring; {g:icd}.",
            "Local: 2 mL {g:drug}.",
            "The epithelialized tract was excised; a {k:eponym:Pardue} flap was rotated with a {k:eponym:Burow} triangle.",
            "Closure: deep {g:model}, skin {g:model} ({g:maker}).",
            "Dressing: {g:drug}; no earrings for 6 weeks.",
            "Suture removal {ADATE} in {g:dept}. CPT {g:cpt}.",
        ),
    },
    "sinus_debridement": {
        "title": (
            "POST-OP NASAL ENDOSCOPY WITH SINUS DEBRIDEMENT",
            "Sinus debridement visit",
            "Endoscopic sinus debridement note",
        ),
        "pools": {
            "drug": (
                "drug",
                (
                    "lidocaine 4% topical",
                    "oxymetazoline",
                    "budesonide 0.5 mg rinse",
                    "Sinuva",
                    "Xhance",
                    "mupirocin rinse",
                    "Augmentin 875 mg",
                ),
            ),
            "maker": ("maker", ("Karl Storz", "NeilMed", "Intersect ENT")),
            "model": ("model", ("Propel Mini", "NeilMed Sinus Rinse", "Straightshot M5", "Hopkins rod")),
            "code": ("code", ("31237", "31231", "J32.9", "J33.9", "J32.4")),
            "eponym": ("eponym", ("Lund-Kennedy", "Onodi", "Haller", "Kuhn", "Keros")),
            "dept": ("department", ("Rhinology Clinic", "Otolaryngology")),
        },
        "body": (
            "Post-op day 9 after FESS on {DATE} for {g:icd}.",
            "Topical {g:drug} and {g:drug}; 0-degree scope ({g:maker}).",
            "Crusts removed from both ethmoid cavities; {k:eponym:Onodi|Haller|Kuhn} cell opened; {g:model} stent in place.",
            "{k:eponym:Lund-Kennedy} endoscopic score 6; CT showed {k:eponym:Keros} type 2 cribriform.",
            "Rinses: {g:model} with {g:drug} twice daily.",
            "Return to {g:dept} {ADATE}. CPT {g:cpt}.",
        ),
    },
}

# Identifier sections of clinical notes: label -> templates.
SECTIONS = {
    "Next of kin: ": (
        "{C:full} ({KIN}, age {AGE}), {PHONE}",
        "{C:lastfirst}, cell {PHONE}, {EMAIL}",
        "{C:full} in {ATOWN}, {APHONE}",
    ),
    "Billing contact: ": (
        "{C:full}, account {ACCT}",
        "guarantor {C:lastfirst}, SSN {SSN}, acct {ACCT}",
        "card {CARD}, billing {ADDR}, {TOWN}, {ST} {ZIP}",
    ),
    "Transport: ": (
        "{C:full} drove, plate {PLATE}",
        "ride home with {C:given}, vehicle VIN {VIN}",
        "van {PLATE} from {SUP}, driver {S:full}, DL {DL}",
    ),
    "Equipment on file: ": (
        "home unit serial {SERIAL}, app login from {IP}",
        "phone IMEI {IMEI} for reminders",
        "device {SERIAL}, portal {URL}",
    ),
    "Send copies to: ": ("{D:full}, {FAC}, fax {FAX}", "{EMAIL} and {FAC}", "{D:full} at {FAC}, {PHONE}"),
    "Insurance on file: ": (
        "{INS}, member {HP}",
        "Medicare MBI {MBI}",
        "{INS} ID {HP}, claim {ID}, subscriber SSN {SSN}",
    ),
    "Pharmacy on file: ": ("{PHARM}, {PHONE}", "{PHARM}, fax {FAX}"),
    "Employer: ": ("{ORG}, {ADDR}, {TOWN} {ZIP}", "{ORG}; login from {IP}"),
}


# ---------------------------------------------------------------------------------------------- numbers
def luhn_digit(payload: str) -> str:
    """The Luhn check digit for `payload`."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def mrn(rng: random.Random) -> str:
    n = rng.choice((8, 9, 10))
    body = str(rng.randint(1, 9)) + digits(rng, n - 2)
    full = body + luhn_digit(body)
    return f"{full[:2]}-{full[2:]}" if rng.random() < 0.3 else full


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + digits(rng, 8)
    return body + luhn_digit("80840" + body)


def dea(rng: random.Random, surname: str) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    letter = surname[0].upper() if surname[0].isalpha() else "X"
    return rng.choice("ABFGM") + letter + "".join(map(str, d)) + str(check)


_VIN_VALUE = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9)))}
_VIN_VALUE.update(dict(zip("JKLMN", range(1, 6))) | {"P": 7, "R": 9} | dict(zip("STUVWXYZ", range(2, 10))))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(rng: random.Random) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    chars = [rng.choice("1245JKW3")] + [rng.choice(alphabet) for _ in range(16)]
    chars[8] = "0"
    total = sum(_VIN_VALUE[c] * w for c, w in zip(chars, _VIN_WEIGHTS)) % 11
    chars[8] = "X" if total == 10 else str(total)
    return "".join(chars)


def imei(rng: random.Random) -> str:
    body = rng.choice(("35", "86", "01")) + digits(rng, 12)
    return body + luhn_digit(body)


def card(rng: random.Random) -> str:
    body = rng.choice("45") + digits(rng, 14)
    full = body + luhn_digit(body)
    return " ".join(full[i : i + 4] for i in range(0, 16, 4))


def ssn(rng: random.Random) -> str:
    area = rng.randint(1, 665)
    while area == 666:
        area = rng.randint(1, 665)
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    sep = rng.choice(("-", "-", " ", ""))
    return f"{a}{sep}{g}{sep}{s}"


def mbi(rng: random.Random) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    alnum = letters + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(letters), rng.choice(alnum), str(rng.randint(0, 9)), rng.choice(letters),
         rng.choice(alnum), str(rng.randint(0, 9)), rng.choice(letters), rng.choice(letters), str(rng.randint(0, 9)),
         str(rng.randint(0, 9))]  # fmt: skip
    s = "".join(c)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if rng.random() < 0.4 else s


def member_id(rng: random.Random) -> str:
    shapes = (lambda: rng.choice(("XJH", "ZGP", "WSH", "MKA", "TFH")) + digits(rng, 9),
              lambda: "W" + digits(rng, 9), lambda: digits(rng, 11), lambda: "U" + digits(rng, 8) + "01",
              lambda: rng.choice(("LHS", "CHM")) + "-" + digits(rng, 7))  # fmt: skip
    return rng.choice(shapes)()


def license_no(rng: random.Random, state: str) -> str:
    if state == "MA":
        return "S" + digits(rng, 8)
    if state == "TX":
        return rng.choice("0123") + digits(rng, 7)
    if state == "GA":
        return "0" + digits(rng, 8)
    if state == "WA":
        return "WDL" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))
    if state == "IN":
        return f"{digits(rng, 4)}-{digits(rng, 2)}-{digits(rng, 4)}"
    if state == "NC":
        return "0000" + digits(rng, 8)
    if state == "OH":
        return rng.choice("ABCDEFGHJKLMNPRST") + rng.choice("ABCDEFGHJKLMNPRST") + digits(rng, 6)
    if state == "MI":
        return rng.choice("ABCDEFGHJKLMNPRSTZ") + digits(rng, 12)
    if state == "CA":
        return rng.choice("ABCDEFGHJKLMNPRSTVWY") + digits(rng, 7)
    return digits(rng, 9)


def plate(rng: random.Random, state: str) -> str:
    up = "ABCDEFGHJKLMNPRSTVWXYZ"
    if state == "CA":
        return str(rng.randint(5, 9)) + "".join(rng.choice(up) for _ in range(3)) + digits(rng, 3)
    if state == "MA":
        return str(rng.randint(1, 9)) + "".join(rng.choice(up) for _ in range(2)) + digits(rng, 3)
    return "".join(rng.choice(up) for _ in range(3)) + rng.choice(("-", "", " ")) + digits(rng, 4)


def serial(rng: random.Random) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    shapes = (lambda: "".join(rng.choice(up) for _ in range(2)) + digits(rng, 7),
              lambda: rng.choice(up) + digits(rng, 2) + "-" + digits(rng, 6),
              lambda: "SN" + digits(rng, 8), lambda: digits(rng, 4) + rng.choice(up) + digits(rng, 5),
              lambda: "".join(rng.choice(up) for _ in range(3)) + "-" + digits(rng, 4) + "-" + digits(rng, 3))  # fmt: skip
    return rng.choice(shapes)()


def ident(rng: random.Random) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    shapes = (lambda: "PA-" + digits(rng, 8), lambda: "RA" + digits(rng, 7), lambda: "TKT-" + digits(rng, 6),
              lambda: rng.choice(up) + rng.choice(up) + digits(rng, 8), lambda: "ORD" + digits(rng, 9),
              lambda: digits(rng, 10), lambda: "CE-" + digits(rng, 2) + "-" + digits(rng, 5),
              lambda: "TPE" + digits(rng, 6), lambda: "WO-" + digits(rng, 7))  # fmt: skip
    return rng.choice(shapes)()


def account(rng: random.Random) -> str:
    shapes = (lambda: digits(rng, 9), lambda: "A" + digits(rng, 8), lambda: "RNT-" + digits(rng, 6),
              lambda: "G" + digits(rng, 7))  # fmt: skip
    return rng.choice(shapes)()


def lot(rng: random.Random) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "".join(rng.choice(up) for _ in range(rng.choice((1, 2)))) + digits(rng, rng.choice((4, 5)))


def ndc(rng: random.Random) -> str:
    labeler = rng.choice(("0169", "0002", "0078", "65162", "68462", "0093"))
    if len(labeler) == 4:
        return f"{labeler}-{digits(rng, 4)}-{digits(rng, 2)}"
    return f"{labeler}-{digits(rng, 3)}-{digits(rng, 2)}"


def ip(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return f"2601:{rng.randint(256, 4095):x}:{rng.randint(256, 65535):x}:{rng.randint(1, 65535):x}::{rng.randint(1, 255):x}"
    return f"{rng.choice((24, 50, 68, 73, 98, 104, 172, 174))}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def age_old(rng: random.Random) -> str:
    n = rng.randint(90, 104)
    if rng.random() < 0.7:
        return str(n)
    if n < 100:
        return "ninety" + (f"-{AGE_UNITS[n - 90]}" if n > 90 else "")
    return "one hundred" + (f" and {AGE_UNITS[n - 100]}" if n > 100 else "")


def fmt_date(rng: random.Random, d: date, style: str = "any") -> str:
    """A date written one of the ways papers write it; `style` "year" always gives a year, "dayfirst" a
    day-first one."""
    m, day, y = d.month, d.day, d.year
    with_year = [f"{m:02d}/{day:02d}/{y}", f"{m}/{day}/{str(y)[2:]}", f"{y}-{m:02d}-{day:02d}",
                 f"{day:02d}-{MONTHS[m - 1][:3]}-{y}", f"{MONTHS[m - 1][:3]} {day}, {y}", f"{MONTHS[m - 1]} {day}, {y}",
                 f"{day} {MONTHS[m - 1]} {y}", f"{day:02d}/{m:02d}/{y}", f"{day:02d}.{m:02d}.{y}"]  # fmt: skip
    if style == "dayfirst":
        return rng.choice((f"{day:02d}/{m:02d}/{y}", f"{day:02d}.{m:02d}.{y}", f"{day} {MONTHS[m - 1]} {y}"))
    if style == "weekday":
        base = rng.choice(with_year[4:7])
        return f"{d.strftime('%A')}, {base}" if rng.random() < 0.6 else f"{d.strftime('%a')} {base}"
    if style == "noyear":
        return rng.choice((f"{m}/{day}", f"{MONTHS[m - 1][:3]} {day}", f"{MONTHS[m - 1]} {day}"))
    return rng.choice(with_year)


# ---------------------------------------------------------------------------------------------- people
@dataclass
class Person:
    culture: str
    given: tuple[str, ...]
    surname: tuple[str, ...]
    second: tuple[str, ...] | None
    middle: str | None
    nick: str | None


def new_person(rng: random.Random, culture: str | None = None) -> Person:
    culture = culture or rng.choice(tuple(CULTURES))
    gf, gm, sf, sm, nicks = CULTURES[culture]
    female = rng.random() < 0.55
    given = rng.choice(gf if female else gm)
    surname = rng.choice(sf if female else sm)
    second = rng.choice(sf if female else sm) if rng.random() < 0.15 else None
    middle = rng.choice("ABCDEFGJKLMNRST") if rng.random() < 0.3 else None
    nick = nicks.get(given[0])
    return Person(culture, given, surname, second if second != surname else None, middle, nick)


def initials(p: Person) -> str:
    parts = [p.given[0][0], *(p.middle or "")[:1], *[w[0] for w in p.surname[0].split()]]
    out = "".join(parts)[:4].upper()
    if out in CREDENTIALS or out in ("PA", "DR", "MR", "MS", "FR"):
        out += p.surname[0][-1].upper()
    return out


def name_form(rng: random.Random, p: Person, form: str) -> str:
    given = p.given[0] if rng.random() < 0.75 else rng.choice(p.given)
    sur = p.surname[0] if rng.random() < 0.7 else rng.choice(p.surname)
    if form == "given":
        return given
    if form == "surname":
        return sur
    if form == "full":
        return f"{given} {sur}"
    if form == "mid":
        return f"{given} {p.middle or 'K'}. {sur}"
    if form == "lastfirst":
        return f"{sur.upper()}, {given}" if rng.random() < 0.8 else f"{sur}, {given}"
    if form == "paper":
        return f"{sur.upper()} {given}"
    if form == "nick":
        return f'{p.given[0]} "{p.nick}" {sur}' if p.nick else f"{given} {sur}"
    if form == "hyph":
        second = p.second[0] if p.second else rng.choice(CULTURES[p.culture][3])[0]
        return f"{given} {sur}-{second}"
    if form == "initials":
        return initials(p)
    raise ValueError(form)


# ---------------------------------------------------------------------------------------------- documents
class Doc:
    """Text built piece by piece, recording each PHI span and keep term as it is appended."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.phi: list[tuple[int, int, str]] = []
        self.keep: list[tuple[str, str]] = []

    def t(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def p(self, s: str, kind: str) -> None:
        assert s and s == s.strip(), s
        start = self.length
        self.t(s)
        self.phi.append((start, self.length, kind))

    def k(self, s: str, kind: str) -> None:
        assert kind in KEEP_KINDS
        self.t(s)
        self.keep.append((s, kind))

    def text(self) -> str:
        return "".join(self.parts)


class Ctx:
    """One row's people, town and genre, and the writer of its templates."""

    def __init__(self, rng: random.Random, doc: Doc, pools: dict) -> None:
        self.rng = rng
        self.doc = doc
        self.pools = pools
        self.culture = rng.choice(tuple(CULTURES))
        self.patient = new_person(rng, self.culture)
        self.carer = new_person(rng, self.culture)
        self.staff = new_person(rng)
        self.doctor = new_person(rng)
        self.town, self.state, self.zips, self.areas = rng.choice(US_TOWNS[self.culture])
        self.abroad = rng.choice(ABROAD_TOWNS[self.culture])
        self.email_user = re.sub(r"[^a-z.]", "", f"{self.patient.given[0]}.{self.patient.surname[0]}".lower())

    # -- values
    def date(self, style: str = "any") -> str:
        d = date(2024, 1, 1) + timedelta(days=self.rng.randint(0, 700))
        if style == "any" and self.culture in ("lg", "mt") and self.rng.random() < 0.15:
            style = "dayfirst"
        return fmt_date(self.rng, d, style)

    def dob(self) -> str:
        d = date(1930, 1, 1) + timedelta(days=self.rng.randint(0, 33000))
        if self.rng.random() < 0.3:
            d = d.replace(day=self.rng.randint(13, 28))
            return fmt_date(self.rng, d, "dayfirst")
        return fmt_date(self.rng, d)

    def phone(self) -> str:
        a = self.rng.choice(self.areas)
        x, n = f"{self.rng.randint(2, 9)}{digits(self.rng, 2)}", digits(self.rng, 4)
        s = self.rng.choice((f"({a}) {x}-{n}", f"{a}-{x}-{n}", f"{a}.{x}.{n}", f"+1 {a}-{x}-{n}", f"1-{a}-{x}-{n}"))
        return s + (f" ext {self.rng.randint(10, 4999)}" if self.rng.random() < 0.1 else "")

    def phone_abroad(self) -> str:
        r, kind = self.rng, self.abroad[2]
        if kind == "ug":
            return f"+256 7{r.choice('0578')}{r.randint(0, 9)} {digits(r, 3)} {digits(r, 3)}"
        if kind == "zw":
            return f"+263 7{r.choice('1378')} {digits(r, 3)} {digits(r, 4)}"
        if kind == "mt":
            return f"+356 {r.choice(('79', '99', '21'))}{digits(r, 2)} {digits(r, 4)}"
        return f"+61 4{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}"

    def address(self) -> str:
        r = self.rng
        if r.random() < 0.1:
            return f"PO Box {r.randint(10, 9999)}"
        s = f"{r.randint(3, 9899)} {r.choice(STREETS)}"
        unit = r.random()
        if unit < 0.15:
            s += f" Apt {r.randint(1, 30)}{r.choice('ABCD')}"
        elif unit < 0.25:
            s += f" #{r.randint(1, 400)}"
        elif unit < 0.3:
            s += f" Unit {r.randint(1, 40)}"
        return s

    def zipcode(self) -> str:
        z = self.rng.choice(self.zips)
        return z + (f"-{digits(self.rng, 4)}" if self.rng.random() < 0.25 else "")

    def url(self) -> str:
        host = self.rng.choice(("portal.charlesrivervalley.org", "mychart.rougeriver.org", "pay.skylinebaymg.com",
                                "forms.kildairepark.com", "link.tallpinesendo.org", "app.moodystrx.com"))  # fmt: skip
        return f"https://{host}/{self.rng.choice(('m', 'r', 'doc', 'v'))}/{digits(self.rng, 3)}{self.rng.choice('abcdkx')}{digits(self.rng, 4)}"

    def email(self, who: Person | None = None) -> str:
        r = self.rng
        if who is None:
            user = self.email_user + r.choice(("", str(r.randint(1, 99)), "." + str(r.randint(60, 99))))
            dom = r.choice(("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me"))
        else:
            user = re.sub(r"[^a-z]", "", who.given[0][0].lower() + who.surname[0].lower())
            dom = r.choice(("charlesrivervalley.org", "rougeriver.org", "skylinebaymg.com", "tallpinesendo.org"))
        return f"{user}@{dom}"

    # -- templates
    def person_name(self, who: Person, form: str) -> None:
        r = self.rng
        if form == "any":
            form = r.choice(("full", "full", "mid", "lastfirst", "paper", "nick", "given", "hyph", "full"))
        if form == "full":
            form = r.choices(("full", "mid", "hyph", "nick"), (65, 12, 13, 10))[0]
        if form == "lastfirst" and r.random() < 0.25:
            form = "paper"
        self.doc.p(name_form(r, who, form), "NAME")

    def keep(self, kind: str, options: tuple[str, ...]) -> None:
        self.doc.k(self.rng.choice(options), kind)

    def token(self, tok: str) -> None:
        r, doc = self.rng, self.doc
        if tok in ("g:icd", "g:cpt"):
            codes = self.pools["code"][1]
            icd = tuple(c for c in codes if re.fullmatch(r"[A-Z]\d[\dA-Z](\.[\dA-Z]+)?", c))
            self.keep("code", icd if tok == "g:icd" else tuple(c for c in codes if c not in icd))
        elif tok.startswith("g:"):
            kind, options = self.pools[tok[2:]]
            self.keep(kind, options)
        elif tok.startswith("k:"):
            _, kind, opts = tok.split(":", 2)
            self.keep(kind, tuple(opts.split("|")))
        elif tok.startswith("c:"):
            doc.t(r.choice(tok[2:].split("|")))
        elif tok[:2] in ("P:", "C:", "S:", "D:") or tok in ("P", "C", "S", "D"):
            who = {"P": self.patient, "C": self.carer, "S": self.staff, "D": self.doctor}[tok[0]]
            self.person_name(who, tok[2:] if ":" in tok else "any")
        elif tok == "INS":
            self.keep("insurer", INSURERS)
        elif tok == "DEPT":
            self.keep("department", DEPARTMENTS)
        elif tok == "KIN":
            doc.t(r.choice(KIN_BY_CULTURE[self.culture]))
        elif tok == "LOT":
            doc.k(lot(r), "code")
        elif tok == "NDC":
            doc.k(ndc(r), "code")
        elif tok == "ST":
            doc.t(self.state)
        elif tok == "YAGE":
            doc.t(str(r.randint(13, 88)))
        else:
            kind, value = self.value(tok)
            doc.p(value, kind)

    def value(self, tok: str) -> tuple[str, str]:
        r = self.rng
        table = {
            "DATE": lambda: ("DATE", self.date()),
            "ADATE": lambda: ("DATE", self.date(r.choice(("noyear", "any")))),
            "WDATE": lambda: ("DATE", self.date("weekday")),
            "DOB": lambda: ("DATE", self.dob()),
            "AGE": lambda: ("AGE", age_old(r)),
            "PHONE": lambda: ("PHONE", self.phone()),
            "APHONE": lambda: ("PHONE", self.phone_abroad()),
            "FAX": lambda: ("FAX", self.phone()),
            "EMAIL": lambda: ("EMAIL", self.email()),
            "SEMAIL": lambda: ("EMAIL", self.email(self.staff)),
            "URL": lambda: ("URL", self.url()),
            "IP": lambda: ("IP", ip(r)),
            "SSN": lambda: ("SSN", ssn(r)),
            "MRN": lambda: ("MRN", mrn(r)),
            "HP": lambda: ("HEALTH_PLAN", member_id(r)),
            "MBI": lambda: ("HEALTH_PLAN", mbi(r)),
            "ACCT": lambda: ("ACCOUNT", account(r)),
            "CARD": lambda: ("ACCOUNT", card(r)),
            "DL": lambda: ("LICENSE", license_no(r, self.state)),
            "PLATE": lambda: ("VEHICLE", plate(r, self.state)),
            "VIN": lambda: ("VEHICLE", vin(r)),
            "SERIAL": lambda: ("DEVICE", serial(r)),
            "IMEI": lambda: ("DEVICE", imei(r)),
            "ID": lambda: ("ID", ident(r)),
            "NPI": lambda: ("ID", npi(r)),
            "DEA": lambda: ("LICENSE", dea(r, self.doctor.surname[0])),
            "ADDR": lambda: ("ADDRESS", self.address()),
            "TOWN": lambda: ("LOCATION", self.town),
            "ATOWN": lambda: ("LOCATION", self.abroad[0]),
            "ZIP": lambda: ("ZIP", self.zipcode()),
            "FAC": lambda: ("FACILITY", r.choice(HOSPITALS)),
            "PHARM": lambda: ("FACILITY", r.choice(PHARMACIES)),
            "ORG": lambda: ("FACILITY", r.choice(ORGS)),
            "SUP": lambda: ("FACILITY", r.choice(SUPPLIERS)),
            "INIT": lambda: ("NAME", initials(self.staff)),
        }
        return table[tok]()

    def write(self, template: str) -> None:
        for i, chunk in enumerate(re.split(r"\{([^{}]+)\}", template)):
            if i % 2:
                self.token(chunk)
            elif chunk:
                self.doc.t(chunk)


def clock(rng: random.Random, hour: int | None = None) -> str:
    h = hour if hour is not None else rng.randint(7, 20)
    return f"{(h - 1) % 12 + 1}:{rng.randint(0, 59):02d} {'AM' if h < 12 else 'PM'}"


# ---------------------------------------------------------------------------------------------- messages
MSG_LAYOUTS = ("prose", "kv", "tab", "pipe", "bullets", "numbered", "quoted", "chat", "forwarded", "columns")


def message(rng: random.Random, genre: str) -> Doc:
    spec = MESSAGES[genre]
    doc = Doc()
    ctx = Ctx(rng, doc, spec["pools"])
    w = ctx.write
    layout = rng.choice(MSG_LAYOUTS)
    opener = rng.choice(spec["open"])
    lines = rng.sample(spec["lines"], rng.randint(2, 4)) + rng.sample(EXTRA_LINES, rng.randint(1, 2))
    rng.shuffle(lines)
    facts = rng.sample(spec["facts"], rng.randint(4, min(6, len(spec["facts"])))) + rng.sample(
        EXTRA_FACTS, rng.randint(1, 3)
    )
    greet = rng.choice(("Hi, ", "Hello, ", "Good morning, ", "", "Dear {D:surname} team, ", "To the {DEPT}: "))

    def sign() -> None:
        style = rng.random()
        if style < 0.45:
            w(rng.choice(("\n-- {INIT}", "\n- {INIT}", "\nThanks, {INIT}")))
        elif style < 0.8:
            w(rng.choice(("\nThank you, {P:given}", "\n{P:full}", "\nRegards,\n{P}", "\n{C:full} (for {P:given})")))

    if layout == "prose":
        w(greet)
        w(opener)
        for line in lines:
            w(" " + line)
        sign()
    elif layout in ("kv", "tab"):
        w(greet)
        w(opener + "\n")
        if layout == "kv":
            for label, val in facts:
                w(f"{label}: {val}\n")
        else:
            for j in range(0, len(facts), 2):
                w("\t".join(f"{label}:\t{val}" for label, val in facts[j : j + 2]) + "\n")
        w(lines[0])
        sign()
    elif layout == "pipe":
        w(opener + "\n")
        if rng.random() < 0.5:
            w("| Field | Value |\n|---|---|\n")
            for label, val in facts:
                w(f"| {label} | {val} |\n")
        else:
            w("| Name | DOB | MRN |\n|---|---|---|\n| {P:lastfirst} | {DOB} | {MRN} |\n")
            for label, val in facts[:3]:
                w(f"| {label} | {val} | |\n")
        w(lines[0])
        sign()
    elif layout == "bullets":
        w(greet)
        w(opener + "\n")
        mark = rng.choice(("- ", "* "))
        for label, val in facts:
            w(f"{mark}{label}: {val}\n")
        for line in lines[:1]:
            w(f"{mark}{line}\n")
        sign()
    elif layout == "numbered":
        w(opener + rng.choice((" A few things:\n", "\n")))
        for j, line in enumerate(lines, 1):
            w(f"{j}. {line}\n")
        w(f"{len(lines) + 1}. {facts[0][0]}: {facts[0][1]}\n")
        sign()
    elif layout == "quoted":
        w(rng.choice(("Thanks. ", "Still waiting. ", "Following up. ")))
        w(lines[0])
        w("\n\n> On {DATE}, {S:full} wrote:\n> ")
        w(opener)
        for label, val in facts[:3]:
            w(f"\n> {label}: {val}")
        sign()
    elif layout == "chat":
        hour = rng.randint(8, 19)
        speakers = ("{P:given}", "{S:given}", "{P:given}", "{S:given}")
        turns = [opener, *lines[:3]]
        for j, turn in enumerate(turns):
            w(f"[{clock(rng, hour)}] {speakers[j % 4]}: {turn}\n")
    elif layout == "forwarded":
        w("---------- Forwarded message ---------\nFrom: {S:full} <{SEMAIL}>\nSent: {WDATE} ")
        w(clock(rng) + f"\nTo: {{DEPT}}\nSubject: {rng.choice(spec['subject'])}\n\n")
        w(opener)
        for line in lines[:2]:
            w(" " + line)
        sign()
    else:  # columns
        w("Patient: {P:lastfirst}    MRN: {MRN}    DOB: {DOB}\n")
        w(opener)
        for line in lines[:2]:
            w(" " + line)
        sign()
    return doc


# ---------------------------------------------------------------------------------------------- clinical
def clinical_note(rng: random.Random, genre: str) -> Doc:
    spec = CLINICAL[genre]
    doc = Doc()
    ctx = Ctx(rng, doc, spec["pools"])
    w = ctx.write
    w(rng.choice(spec["title"]) + "\n")
    header = rng.randrange(4)
    if header == 0:
        w("PATIENT: {P:lastfirst}    DOB: {DOB}    MRN: {MRN}\nDate of service: {DATE}\n")
    elif header == 1:
        w("Pt name: {P:full}\nMRN: {MRN}\tAcct: {ACCT}\tDOS: {DATE}\nAge: {YAGE} years old\n")
    elif header == 2:
        w("| Patient | DOB | MRN |\n|---|---|---|\n| {P:lastfirst} | {DOB} | {MRN} |\n| Location | {FAC} | |\n")
    else:
        w("Seen on {DATE}: {P:full} (MRN {MRN}), " + rng.choice(("age {YAGE}, ", "aged {AGE}, ", "")) + "at {FAC}.\n")
    if rng.random() < 0.7:
        w(rng.choice(("Payer: {INS}\n", "Coverage: {INS} (secondary {INS})\n", "Plan: {INS}; referred by {DEPT}\n")))
    if rng.random() < 0.4:
        w("Referring: " + rng.choice(("Dr. {S:full}", "Dr. {S:surname}", "Mr. {S:surname}, PA-C")) + "\n")
    if rng.random() < 0.2:
        w("Lives with {C:full}, " + rng.choice(("age {AGE}", "who is {AGE}")) + ".\n")
    body = list(spec["body"])
    keep_n = rng.randint(max(3, len(body) - 3), len(body))
    chosen = sorted(rng.sample(range(len(body)), keep_n))
    style = rng.random()
    for j, idx in enumerate(chosen, 1):
        line = body[idx]
        if style < 0.2 and "\n" not in line:
            w(f"{j}. {line}\n")
        elif style < 0.35 and "\n" not in line:
            w(f"- {line}\n")
        else:
            w(line + "\n")
    if rng.random() < 0.3:
        w("Assistant: {S:full}, " + rng.choice(("RN", "MA")) + ". Time out at " + clock(rng) + ".\n")
    for label in rng.sample(SECTION_LABELS, rng.randint(1, 3)):
        w(label + rng.choice(SECTIONS[label]) + "\n")
    sig = rng.randrange(4)
    cred = rng.choice(("MD", "DO", "NP", "PA-C"))
    if sig == 0:
        w(f"Electronically signed by {{D:full}}, {cred} on {{DATE}} {clock(rng)}")
    elif sig == 1:
        w(f"Signed: {{D:mid}}, {cred}   NPI {{NPI}}   DEA {{DEA}}")
    elif sig == 2:
        w(f"Attested by {{D:lastfirst}}, {cred} (NPI {{NPI}}) {{DATE}}")
    else:
        w(f"Verified by {{D:full}}, {cred}; DEA {{DEA}}; cc {{EMAIL}}")
    return doc


# ---------------------------------------------------------------------------------------------- rows
def finish(doc: Doc, case: str) -> tuple[str, list[dict], list[str], dict[str, str]]:
    text = doc.text()
    if case == "upper":
        text = text.upper()
    elif case == "lower":
        text = text.lower()
    phi = [{"start": s, "end": e, "type": k} for s, e, k in doc.phi]
    keep: list[str] = []
    kinds: dict[str, str] = {}
    for term, kind in doc.keep:
        term = term.upper() if case == "upper" else term.lower() if case == "lower" else term
        if term in kinds:
            continue
        hits = [m.start() for m in re.finditer(re.escape(term), text)]
        if any(s < i + len(term) and i < e for i in hits for s, e, _ in doc.phi):
            continue
        keep.append(term)
        kinds[term] = kind
    return text, phi, keep, kinds


def generate(family: str, n: int, seed: int) -> list[dict]:
    """`n` rows of `family`, the genres in turn, reproducible from `seed`."""
    if family not in FAMILIES:
        raise ValueError(family)
    rng = random.Random(seed)
    genres = MESSAGE_GENRES if family == "messages" else CLINICAL_GENRES
    marks = GENRE_MARKS[family]
    rows: list[dict] = []
    seen: set[str] = set()
    for i in range(n):
        g = i % len(genres)
        case = "plain"
        if family == "messages":
            case = "upper" if i % 18 == 7 else "lower" if i % 18 == 13 else "plain"
        while True:
            doc = message(rng, genres[g]) if family == "messages" else clinical_note(rng, genres[g])
            text, phi, keep, kinds = finish(doc, case)
            lo, hi = (80, 900) if family == "messages" else (150, 1500)
            hits = [j for j, m in enumerate(marks) if re.search(m, text, re.I | re.M)]
            if lo <= len(text) <= hi and hits == [g] and text not in seen and text.isascii():
                break
        seen.add(text)
        rows.append({"id": f"eval29-{family}-{i}", "family": family, "text": text, "phi": phi, "keep": keep,
                     "keep_kinds": kinds})  # fmt: skip
    return rows


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def provenance_problems() -> list[str]:
    """No Faker table is read, so there is nothing whose provenance could be wrong."""
    return faker_tables.provenance_problems(FAKER_TABLES)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--family", choices=FAMILIES, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dumps(generate(args.family, args.n, args.seed)), encoding="utf-8")


if __name__ == "__main__":
    main()
