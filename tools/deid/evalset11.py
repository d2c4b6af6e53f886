"""Eleventh independent de-identification evaluation set (eval11): replies to appointment-reminder
texts (typos, "C to confirm", reschedule requests), caregiver coordination threads between
siblings with timestamps, insurance prior-authorization chats with a plan agent (member IDs,
reference numbers, fax numbers), pharmacy callback voicemails transcribed by a phone system (all
lower case, Rx numbers), patient-portal questions about lab results (MRNs, portal links, a
session IP in the footer), carpool-to-dialysis chats (pick-up addresses, plates and VINs, chair
times), community-health-worker check-ins (benefit applications with SSNs, Medicaid IDs, ages
over 90), e-mails with signatures and confidentiality disclaimers (credentials, licence and DEA
numbers, fax), forwarded message chains about equipment (device serials, account numbers) and
disability-parking / driving-fitness requests (driver's licences, plates) (`messages`); and
emergency-department triage notes, psychiatric intakes, antenatal (obstetric) visits, home-health
start-of-care assessments in an OASIS-like layout, sleep-study reports (CPAP serials), audiology
reports (hearing-aid serials), radiology reports with accession numbers, referral letters with a
letterhead, SBAR nursing handoffs and medication-reconciliation tables (`clinical`). Each genre
occurs equally often (thirty rows each in `messages`, twelve in `clinical`); some clinical notes
carry an addendum and a few rows of each family are all capitals or all lower case.

Written by a writer who read only `tests/deid/evalset_checks.py`, `tests/deid/test_evalset10.py`,
`tests/deid/conftest.py`, `tests/deid/test_evalset_generators.py`, the module docstring of
`tools/deid/evalset10.py` (nothing below it), `tools/deid/faker_tables.py`,
`medcode/deid/types.py` and `datasets/deid/README.md` (plus Faker's own locale sources for the
tables and their credits); none of the de-identifier's rules, lexicons or models, none of the
other generators' templates and none of their sets. The de-identifier was never run on this
text.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters
them. This family brings text shapes and values nobody tuned on.

Locales: names, places and organisation-name words come only from Faker locales that no other
project list, set, corpus or eval3-eval10 uses (tests/deid/test_evalset_generators.py checks
it): gu_IN (Gujarati given names and surnames) and ar_DZ (Algerian Arabic given names, surnames
and the city table; surnames and towns also make organisation names). Faker writes both in their
own scripts and ships no romanization, so this module romanizes them itself with hand-written
tables only (``GU_GIVEN_F`` ... ``DZ_TOWNS``): each Gujarati entry in its customary English
spelling with variants ("Pooja" / "Puja", "Sandip" / "Sandeep", "Chaudhari" / "Chaudhary"), each
Algerian entry in the French-based spelling used on Algerian papers with variants ("Youcef" /
"Youssef", "Khadidja" / "Khadija", "Benali" / "Ben Ali", "Hachemi" / "Hashemi") and towns as
written on road signs ("Ain M'lila", "Bordj El Kiffan", "Sidi Bel Abbes"). Table entries not in
the hand-written tables are not used (``romanization_problems()`` checks every key is in its
Faker table; ``provenance_problems()`` that each table is the locale's own). Gujarati names may
carry the joined "bhai" / "ben" ("Rameshbhai", "Nehaben"), which is part of the name, and a
father's given name as middle name; Algerian given names may be compound ("Mohamed Amine"). A
short hand-written list of US towns (state, ZIP prefix, area code) and US street words is mixed
in. Numbers, dates, codes and identifiers come from this module's own seeded ``random.Random``;
no Faker randomness is used, so a seed reproduces its file byte for byte. All text is ASCII.

Annotation conventions (the 18 Safe Harbor identifiers as the project's PHI types):
NAME is a person's name as written (patients, relatives, clinicians, agents, drivers): "Given
Surname", "Given Middle Surname", "SURNAME, Given" and "Surname, Given M." as one span, all
capitals, all lower case, a given name or a surname alone, "R. Patel", "Neha P.", initials that
sign a note ("SK", "RG") and the name after a chat "@" (the "@" stays outside). Titles, honorifics and credentials stay outside the span
("Dr. ", "Mr. ", "Mrs. ", "Ms. ", "Hadj ", "Hadja ", "Shri ", "Smt. ", ", RN", ", MD", ", LCSW",
", AuD", ", RPSGT", ", CNM", ", PharmD"), so do kinship words ("Ba", "Dadi", "Yemma", "Khalti",
"Jeddi") used instead of a name. An e-mail address is EMAIL even when it holds a name. DATE is
every date element more specific than a year, one span with its year if it has one and with a
weekday written next to it: "03/14/2025", "3/14/25", "2025-03-14", "Mar-14-2025",
"14-Mar-2025", "14MAR2025", "14.03.2025", "March 14, 2025", "14 March 2025", "Fri 3/14",
"Friday, March 14", "3/14", "Mar 14", "March 14th", "March fourteenth", and a month with its year
("April 2025"). A bare year, clock times, durations, gestational ages and weeks of pregnancy are
not PHI. AGE is PHI only when 90 or more: the number alone or the spelled number ("93",
"ninety-one", "one hundred and two"), never "y/o" or "years"; younger ages stay in the text
unannotated. LOCATION is a town or city (Algerian or US), also as a birthplace; states and
countries are not PHI. ADDRESS is the street line with its unit ("4418 Quail Run Dr, Apt 7C",
"87 Patel Ct Unit 111") or a PO Box. ZIP is a US ZIP, with its +4 when written. PHONE
and FAX spans include "+1", "1-", "+213", "+91" and an extension; a number labelled fax is FAX.
EMAIL, URL (with "https://" or "www.") and IP (IPv4) are whole tokens. SSN in any of its shapes.
MRN is a medical-record number (digits, its last digit a Luhn check digit, hyphens allowed);
ACCOUNT a billing, pharmacy or equipment-supplier account; HEALTH_PLAN a member, subscriber,
Medicaid or Medicare ID; LICENSE a driver's licence, a nursing, medical, pharmacist or
audiologist licence, or a DEA registration (its check digit right); VEHICLE a plate or a VIN (its
check digit right); DEVICE the serial number of a device (CPAP, hearing aid, glucose sensor,
pump, home dialysis cycler, oxygen concentrator, pacemaker). Rx, prior-authorization reference
and case, accession, claim and police-report numbers are ID.
FACILITY is every organisation named (clinics, pharmacies, dialysis centers, home-health and
hospice agencies, labs, imaging centers, employers), one span even when a town is part of the
name. Not PHI and kept (``keep``, kinds in ``KEEP_KINDS``): drugs (drug), ICD-10, CPT and HCPCS
codes (code), device makers (maker), model names (model), insurers (insurer), eponyms, the name
only ("Epworth", "Braden", "Snellen", "Leopold", "Rinne") (eponym) and departments (department).
No keep term ever occurs inside a PHI span (a term that does in some row is left out of that
row's list).

    python -m tools.deid.evalset11 --family messages --n 300 --seed 2101 --out datasets/deid/eval11_messages.jsonl
    python -m tools.deid.evalset11 --family clinical --n 120 --seed 2102 --out datasets/deid/eval11_clinical.jsonl

Seeds 2201 / 2202 are reserved for tuning (``--out build/deid-fresh/...``); keep the two committed
files for measurement.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from tools.deid import faker_tables

FAMILIES = ("messages", "clinical")
LOCALES = ("gu_IN", "ar_DZ")
NAME_LOCALES = ("gu_IN", "ar_DZ")
CITY_LOCALES = ("ar_DZ",)
ORG_LOCALES = ("ar_DZ",)
FAKER_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "gu_IN": (
        ("faker.providers.person.gu_IN", "first_names_female"),
        ("faker.providers.person.gu_IN", "first_names_male"),
        ("faker.providers.person.gu_IN", "last_names"),
    ),
    "ar_DZ": (
        ("faker.providers.person.ar_DZ", "first_names_female"),
        ("faker.providers.person.ar_DZ", "first_names_male"),
        ("faker.providers.person.ar_DZ", "last_names"),
        ("faker.providers.address.ar_DZ", "cities"),
    ),
}
KEEP_KINDS = ("drug", "code", "maker", "model", "insurer", "eponym", "department")

# Hand-written romanizations, keyed by the Faker table entry they spell (variants after the first).
GU_GIVEN_F: dict[str, tuple[str, ...]] = {
    "અંકિતા": ("Ankita",),
    "અવની": ("Avni",),
    "હીરા": ("Hira",),
    "કાજલ": ("Kajal",),
    "કિરણ": ("Kiran",),
    "નેહા": ("Neha",),
    "નિશા": ("Nisha",),
    "પૂજા": ("Pooja", "Puja"),
    "પ્રાચી": ("Prachi",),
    "પ્રીતિ": ("Priti", "Preeti"),
    "રચના": ("Rachna", "Rachana"),
    "રાધીકા": ("Radhika",),
    "શ્રેયા": ("Shreya",),
    "શ્વેતા": ("Shweta",),
    "સોનલ": ("Sonal",),
    "તન્વી": ("Tanvi",),
    "તેજલ": ("Tejal",),
    "ઉર્વી": ("Urvi",),
    "વર્ષા": ("Varsha",),
}

GU_GIVEN_M: dict[str, tuple[str, ...]] = {
    "અભિષેક": ("Abhishek",),
    "અજય": ("Ajay",),
    "અક્ષય": ("Akshay",),
    "આનંદ": ("Anand",),
    "અનિલ": ("Anil",),
    "અંકિત": ("Ankit",),
    "અર્જુન": ("Arjun",),
    "અરુણ": ("Arun",),
    "આશિષ": ("Ashish",),
    "અશોક": ("Ashok",),
    "ભારત": ("Bharat",),
    "બ્રિજેશ": ("Brijesh",),
    "ચેતન": ("Chetan",),
    "ચિરાગ": ("Chirag",),
    "દર્શન": ("Darshan",),
    "દીપક": ("Dipak", "Deepak"),
    "ધવલ": ("Dhaval",),
    "દિલીપ": ("Dilip",),
    "દિનેશ": ("Dinesh",),
    "હરીશ": ("Harish",),
    "હર્ષ": ("Harsh",),
    "હર્ષલ": ("Harshal",),
    "જગદીશ": ("Jagdish",),
    "જય": ("Jay",),
    "જયેશ": ("Jayesh",),
    "જિતેન્દ્ર": ("Jitendra",),
    "કમલ": ("Kamal",),
    "કરણ": ("Karan",),
    "કિરણ": ("Kiran",),
    "કિશન": ("Kishan",),
    "કૃષ્ણ": ("Krishna",),
    "કુમાર": ("Kumar",),
    "કુનાલ": ("Kunal",),
    "મહેન્દ્ર": ("Mahendra",),
    "મહેશ": ("Mahesh",),
    "મનોજ": ("Manoj",),
    "મયૂર": ("Mayur",),
    "મિતુલ": ("Mitul",),
    "મુકેશ": ("Mukesh",),
    "નરેન્દ્ર": ("Narendra",),
    "નીરજ": ("Niraj", "Neeraj"),
    "નિખિલ": ("Nikhil",),
    "નીરવ": ("Nirav",),
    "નિશાંત": ("Nishant",),
    "નિતિન": ("Nitin",),
    "પંકજ": ("Pankaj",),
    "પાર્થ": ("Parth",),
    "પ્રકાશ": ("Prakash",),
    "પ્રણવ": ("Pranav",),
    "પ્રતિક": ("Pratik", "Prateek"),
    "પ્રવીણ": ("Pravin", "Praveen"),
    "રાહુલ": ("Rahul",),
    "રાજ": ("Raj",),
    "રાજેન્દ્ર": ("Rajendra",),
    "રાજેશ": ("Rajesh",),
    "રાકેશ": ("Rakesh",),
    "રમેશ": ("Ramesh",),
    "રવિ": ("Ravi",),
    "રોહિત": ("Rohit",),
    "સચિન": ("Sachin",),
    "સમીર": ("Samir", "Sameer"),
    "સંદિપ": ("Sandip", "Sandeep"),
    "સંજય": ("Sanjay",),
    "સંજીવ": ("Sanjiv", "Sanjeev"),
    "શેખર": ("Shekhar",),
    "સિદ્ધાર્થ": ("Siddharth",),
    "સુભાષ": ("Subhash",),
    "સુનીલ": ("Sunil",),
    "સૂરજ": ("Suraj",),
    "તુષાર": ("Tushar",),
    "વસંત": ("Vasant",),
    "વિક્રમ": ("Vikram",),
    "વિપુલ": ("Vipul",),
    "વિરાજ": ("Viraj",),
    "વિશાલ": ("Vishal",),
    "વિવેક": ("Vivek",),
    "યશ": ("Yash",),
}

GU_SURNAMES: dict[str, tuple[str, ...]] = {
    "ચૌધરી": ("Chaudhari", "Chaudhary", "Choudhary"),
    "ગઢવી": ("Gadhvi", "Gadhavi"),
    "ગુપ્તા": ("Gupta",),
    "જૈન": ("Jain",),
    "જોષી": ("Joshi",),
    "કુમાર": ("Kumar",),
    "પટેલ": ("Patel",),
    "શર્મા": ("Sharma",),
}

DZ_GIVEN_F: dict[str, tuple[str, ...]] = {
    "آية": ("Aya",),
    "أماني": ("Amani",),
    "أمل": ("Amel",),
    "أمينة": ("Amina",),
    "أميرة": ("Amira",),
    "أناييس": ("Anais",),
    "أنيسة": ("Anissa",),
    "أسماء": ("Asma",),
    "إكرام": ("Ikram",),
    "إيمان": ("Imane", "Imene"),
    "إيناس": ("Ines",),
    "بشرى": ("Bouchra",),
    "تينهينان": ("Tinhinane",),
    "حياة": ("Hayat",),
    "خديجة": ("Khadidja", "Khadija"),
    "داليا": ("Dalia",),
    "دنيا": ("Donia",),
    "رانية": ("Rania",),
    "رشا": ("Racha",),
    "روز": ("Rose",),
    "ريم": ("Rim",),
    "ريما": ("Rima",),
    "زينة": ("Zina",),
    "زينب": ("Zineb", "Zeyneb"),
    "سارة": ("Sara", "Sarah"),
    "سعاد": ("Souad",),
    "سرين": ("Serine",),
    "سلمى": ("Salma",),
    "سليمة": ("Salima",),
    "سميرة": ("Samira",),
    "سومية": ("Soumia", "Soumiya"),
    "سيليا": ("Celia", "Silia"),
    "سيلين": ("Celine",),
    "شيراز": ("Chiraz",),
    "صبرينة": ("Sabrina",),
    "صفية": ("Safia",),
    "صوفيا": ("Sofia",),
    "فاطمة": ("Fatima", "Fatma"),
    "فرح": ("Farah",),
    "فريال": ("Ferial",),
    "فوزية": ("Fouzia", "Fawzia"),
    "فلة": ("Fella",),
    "كاتيا": ("Katia",),
    "كاهينة": ("Kahina",),
    "ليديا": ("Lydia",),
    "ليزا": ("Lisa",),
    "ليلى": ("Leila", "Layla"),
    "ليليا": ("Lilia",),
    "ليندة": ("Linda",),
    "لينا": ("Lina",),
    "ماريا": ("Maria",),
    "مايا": ("Maya",),
    "ملاك": ("Malak",),
    "مروة": ("Marwa", "Meroua"),
    "مريم": ("Meriem", "Maryam"),
    "مزرية": ("Mezria",),
    "مينة": ("Mina",),
    "ميرا": ("Mira",),
    "ميليسا": ("Melissa",),
    "نادية": ("Nadia",),
    "نسرين": ("Nesrine",),
    "نجمة": ("Nedjma",),
    "نريمان": ("Nerimane",),
    "نوال": ("Nawal",),
    "نهاد": ("Nihad",),
    "نور": ("Nour",),
    "هاجر": ("Hadjer", "Hajar"),
    "هانية": ("Hania",),
    "هدى": ("Houda", "Huda"),
    "هناء": ("Hana",),
    "وفاء": ("Wafa",),
    "ياسمين": ("Yasmine",),
    "ياسمينة": ("Yasmina",),
    "يسرى": ("Yousra", "Yusra"),
}

DZ_GIVEN_M: dict[str, tuple[str, ...]] = {
    "آدم": ("Adam",),
    "أسامة": ("Oussama", "Usama"),
    "أحمد": ("Ahmed", "Ahmad"),
    "أرزقي": ("Arezki",),
    "أكرم": ("Akram",),
    "أمين": ("Amine",),
    "أمير": ("Amir",),
    "أنيس": ("Anis",),
    "أيمن": ("Aymen",),
    "أيوب": ("Ayoub",),
    "إبراهيم": ("Brahim", "Ibrahim"),
    "إلياس": ("Ilyes", "Elias"),
    "عبد الرحمن": ("Abderrahmane", "Abdel Rahman"),
    "عبد الرؤوف": ("Abderraouf",),
    "عبد القادر": ("Abdelkader", "Abdel Kader"),
    "علاء الدين": ("Alaeddine", "Ala Eddine"),
    "عادل": ("Adel",),
    "علي": ("Ali",),
    "عمر": ("Omar",),
    "فاتح": ("Fateh",),
    "فارس": ("Fares",),
    "فاروق": ("Farouk",),
    "فريد": ("Farid",),
    "فرحات": ("Ferhat",),
    "فضيل": ("Fodil",),
    "غِلاس": ("Ghilas",),
    "قادة": ("Kada",),
    "خالد": ("Khaled", "Khalid"),
    "خليل": ("Khalil",),
    "رابح": ("Rabah",),
    "رضا": ("Reda", "Rida"),
    "رشدي": ("Rochdi",),
    "رشيد": ("Rachid", "Rashid"),
    "رمزي": ("Ramzi",),
    "رياض": ("Riad", "Riyad"),
    "زكريا": ("Zakaria",),
    "سعد": ("Saad",),
    "سعيد": ("Said",),
    "سامي": ("Sami",),
    "سمير": ("Samir",),
    "سفيان": ("Sofiane", "Soufiane"),
    "سليم": ("Salim",),
    "صالح": ("Salah", "Saleh"),
    "شعبان": ("Chaabane",),
    "شريف": ("Cherif",),
    "طه": ("Taha",),
    "لطفي": ("Lotfi",),
    "لمين": ("Lamine",),
    "مالك": ("Malek", "Malik"),
    "ماسِينيسا": ("Massinissa",),
    "مراد": ("Mourad",),
    "محند": ("Mohand",),
    "محمد": ("Mohamed", "Mohammed", "Muhammad"),
    "مصطفى": ("Mustapha", "Mustafa"),
    "منير": ("Mounir",),
    "مهدي": ("Mehdi",),
    "مولود": ("Mouloud",),
    "موسى": ("Moussa",),
    "ناصر": ("Nacer", "Nasser"),
    "ناظم": ("Nadhim", "Nazim"),
    "نادر": ("Nadir",),
    "نسيم": ("Nassim",),
    "وليد": ("Walid",),
    "وسيم": ("Wassim",),
    "وناس": ("Ouanes",),
    "ياسر": ("Yacer", "Yasser"),
    "ياسين": ("Yacine", "Yassine"),
    "يانيس": ("Yanis",),
    "يحيى": ("Yahia", "Yahya"),
    "يوسف": ("Youcef", "Youssef"),
    "يونس": ("Younes",),
    "يوبا": ("Yuba",),
}

DZ_SURNAMES: dict[str, tuple[str, ...]] = {
    "أعراب": ("Aarab",),
    "إبراهيمي": ("Brahimi",),
    "إخلف": ("Ikhlef",),
    "إسماعيل": ("Smail",),
    "باشا": ("Bacha",),
    "باي": ("Bey",),
    "بحري": ("Bahri",),
    "بختي": ("Bekhti",),
    "بخوش": ("Bekhouche",),
    "بغدادي": ("Baghdadi",),
    "بركان": ("Berkane",),
    "بركاني": ("Berkani",),
    "بلبشير": ("Belbachir",),
    "بلحاج": ("Belhadj",),
    "بلخير": ("Belkheir",),
    "بلخيري": ("Belkhiri",),
    "بلعربي": ("Belarbi",),
    "بلعيد": ("Belaid",),
    "بلعيدي": ("Belaidi",),
    "بلقادي": ("Belkadi",),
    "بلقاسم": ("Belkacem",),
    "بلقاسمي": ("Belkacemi",),
    "بن أحمد": ("Ben Ahmed", "Benahmed"),
    "بن زيان": ("Benziane", "Ben Ziane"),
    "بن سالم": ("Bensalem", "Ben Salem"),
    "بن سعيد": ("Bensaid",),
    "بن سليمان": ("Benslimane",),
    "بن شيخ": ("Bencheikh",),
    "بن صالح": ("Bensalah",),
    "بن عامر": ("Benamer",),
    "بن عبد الله": ("Benabdallah",),
    "بن علي": ("Benali", "Ben Ali"),
    "بن عمار": ("Benammar",),
    "بن عمارة": ("Benamara",),
    "بن عودة": ("Benaouda",),
    "بن عيسى": ("Benaissa",),
    "بن موسى": ("Benmoussa",),
    "بن يحيى": ("Benyahia",),
    "بن يمينة": ("Benyamina",),
    "بن يوسف": ("Benyoucef",),
    "بو عافية": ("Bouafia",),
    "بو عبد الله": ("Bouabdallah",),
    "بوبكر": ("Boubekeur",),
    "بوتالب": ("Boutaleb",),
    "بوجمعة": ("Boudjemaa",),
    "بوخاتم": ("Boukhatem",),
    "بوخاري": ("Boukhari",),
    "بوخلفة": ("Boukhalfa",),
    "بودراع": ("Boudraa",),
    "بوزيان": ("Bouziane",),
    "بوزيد": ("Bouzid",),
    "بوزيدي": ("Bouzidi",),
    "بوسعيد": ("Boussaid",),
    "بوشامة": ("Bouchama",),
    "بوشارب": ("Bouchareb",),
    "بوعزيز": ("Bouaziz",),
    "بوعلام": ("Boualem",),
    "بوعلي": ("Bouali",),
    "بومدين": ("Boumediene",),
    "بومعزة": ("Boumaza",),
    "بوناب": ("Bounab",),
    "تابت": ("Tabet",),
    "تومي": ("Toumi",),
    "تواتي": ("Touati",),
    "جبار": ("Djebbar",),
    "جلال": ("Djelal",),
    "جلولي": ("Djelouli",),
    "جودي": ("Djoudi",),
    "داود": ("Daoud",),
    "داوودي": ("Daoudi",),
    "دحمان": ("Dahmane",),
    "دحماني": ("Dahmani",),
    "دراجـي": ("Derradji",),
    "دربال": ("Derbal",),
    "دركاوي": ("Derkaoui",),
    "درويش": ("Derouiche",),
    "ديب": ("Dib",),
    "دياف": ("Diaf",),
    "رابحي": ("Rabhi",),
    "رحال": ("Rahal",),
    "رحمون": ("Rahmoun",),
    "رحماني": ("Rahmani",),
    "رحموني": ("Rahmouni",),
    "رشدي": ("Rochdi",),
    "رزّيق": ("Rezig",),
    "رمضاني": ("Ramdani",),
    "زايدي": ("Zaidi",),
    "زاوي": ("Zaoui",),
    "زروال": ("Zeroual",),
    "زرّوقي": ("Zerrouki",),
    "زواوي": ("Zouaoui",),
    "زيان": ("Ziane",),
    "زياني": ("Ziani",),
    "زيتوني": ("Zitouni",),
    "زيدان": ("Zidane",),
    "ساسي": ("Sassi",),
    "سالم": ("Salem",),
    "سالمي": ("Salmi",),
    "سعد": ("Saad",),
    "سعدي": ("Saadi",),
    "سعودي": ("Saoudi",),
    "سعيد": ("Said",),
    "سعيداني": ("Saidani",),
    "سعيدي": ("Saidi",),
    "سلامي": ("Sellami",),
    "سلطاني": ("Soltani",),
    "سليماني": ("Slimani",),
    "سهلي": ("Sahli",),
    "سوداني": ("Soudani",),
    "سياح": ("Sayah",),
    "شايب": ("Chaib",),
    "شاوي": ("Chaoui",),
    "شريف": ("Cherif",),
    "شريفي": ("Cherifi",),
    "شرقي": ("Chergui",),
    "شعبان": ("Chaabane",),
    "شعيباني": ("Chaibani",),
    "شيخ": ("Cheikh",),
    "صالح": ("Salah",),
    "صالحي": ("Salhi",),
    "صحراوي": ("Sahraoui",),
    "صدِّيقي": ("Seddiki",),
    "طالب": ("Taleb",),
    "طالبي": ("Talbi",),
    "طايبي": ("Taibi",),
    "طحراوي": ("Tahraoui",),
    "طهري": ("Tahri",),
    "طويل": ("Taouil",),
    "عثماني": ("Otmani", "Othmani"),
    "فارس": ("Fares",),
    "فرحات": ("Ferhat",),
    "فلاح": ("Fellah",),
    "فيلالي": ("Filali",),
    "قاسم": ("Kacem",),
    "قاسمي": ("Kacemi",),
    "قاسي": ("Kaci",),
    "قبائلي": ("Kabaili",),
    "قدور": ("Kaddour",),
    "قدوري": ("Kaddouri",),
    "قرفي": ("Guerfi",),
    "قريشي": ("Kouriche",),
    "قندوز": ("Guendouz",),
    "قويدري": ("Kouidri",),
    "لحمر": ("Lahmar",),
    "لخضر": ("Lakhdar",),
    "لعربي": ("Larbi",),
    "لعريبي": ("Laribi",),
    "لعمري": ("Laamri",),
    "لوسيف": ("Lousif",),
    "لونيس": ("Lounis",),
    "ماحي": ("Mahi",),
    "ماعوش": ("Maouche",),
    "مالك": ("Malek",),
    "مالكي": ("Maleki",),
    "مباركي": ("Mebarki",),
    "مخلوف": ("Makhlouf",),
    "مخلوفي": ("Makhloufi",),
    "مداح": ("Meddah",),
    "مداني": ("Medani",),
    "مرابط": ("Merabet",),
    "مراح": ("Merah",),
    "مرزوق": ("Merzoug",),
    "مرزوقي": ("Merzougui",),
    "مرسلي": ("Mersali",),
    "مزيان": ("Meziane",),
    "مزياني": ("Meziani",),
    "مسعودي": ("Messaoudi",),
    "مشري": ("Mechri",),
    "مصباح": ("Mesbah",),
    "مصطفاوي": ("Mostefaoui",),
    "مفتاح": ("Meftah",),
    "مقدم": ("Mokadem",),
    "مقران": ("Mokrane",),
    "مقراني": ("Mokrani",),
    "محمدي": ("Mohammedi",),
    "محمودي": ("Mahmoudi",),
    "مختاري": ("Mokhtari",),
    "معزوز": ("Maazouz",),
    "معزوزي": ("Maazouzi",),
    "ميلودي": ("Miloudi",),
    "ميموني": ("Maimouni",),
    "ميهوبي": ("Mihoubi",),
    "مولاي": ("Moulay",),
    "موساوي": ("Moussaoui",),
    "موسى": ("Moussa",),
    "نايلي": ("Naili",),
    "ناصر": ("Nacer",),
    "نجار": ("Nedjar", "Najjar"),
    "نصري": ("Nasri",),
    "نوار": ("Nouar",),
    "نوري": ("Nouri",),
    "هاشمي": ("Hachemi", "Hashemi"),
    "هني": ("Henni",),
    "هواري": ("Houari",),
    "يحبَوي": ("Yahiaoui",),
    "يحيى": ("Yahia",),
    "يوسفي": ("Youcefi",),
}

DZ_TOWNS: dict[str, tuple[str, ...]] = {
    "أدرار": ("Adrar",),
    "رقان": ("Reggane",),
    "أولف": ("Aoulef",),
    "تيميمون": ("Timimoun",),
    "الشلف": ("Chlef",),
    "تنس": ("Tenes",),
    "بوقادير": ("Boukadir",),
    "الأغواط": ("Laghouat",),
    "أفلو": ("Aflou",),
    "عين ماضي": ("Ain Madhi",),
    "أم البواقي": ("Oum El Bouaghi",),
    "عين مليلة": ("Ain M'lila",),
    "عين البيضاء": ("Ain Beida",),
    "باتنة": ("Batna",),
    "بريكة": ("Barika",),
    "عين التوتة": ("Ain Touta",),
    "أريس": ("Arris",),
    "نقاوس": ("N'gaous",),
    "بجاية": ("Bejaia",),
    "أقبو": ("Akbou",),
    "خراطة": ("Kherrata",),
    "تاكسلانت": ("Taxlent",),
    "أميزور": ("Amizour",),
    "بسكرة": ("Biskra",),
    "طولقة": ("Tolga",),
    "سيدي عقبة": ("Sidi Okba",),
    "زريبة الوادي": ("Zeribet El Oued",),
    "بشار": ("Bechar",),
    "تاغيت": ("Taghit",),
    "القنادسة": ("Kenadsa",),
    "البليدة": ("Blida",),
    "بوفاريك": ("Boufarik",),
    "الأربعاء": ("Larbaa",),
    "بوعينان": ("Bouinan",),
    "البويرة": ("Bouira",),
    "سور الغزلان": ("Sour El Ghozlane",),
    "عين بسام": ("Ain Bessem",),
    "تمنراست": ("Tamanrasset",),
    "أبلسة": ("Abalessa",),
    "تبسة": ("Tebessa",),
    "بئر العاتر": ("Bir El Ater",),
    "الونزة": ("Ouenza",),
    "تلمسان": ("Tlemcen",),
    "مغنية": ("Maghnia",),
    "الغزوات": ("Ghazaouet",),
    "ندرومة": ("Nedroma",),
    "مرسى بن مهيدي": ("Marsa Ben M'hidi",),
    "تيارت": ("Tiaret",),
    "السوقر": ("Sougueur",),
    "فرندة": ("Frenda",),
    "تاقدمت": ("Takdempt",),
    "تيزي وزو": ("Tizi Ouzou",),
    "ذراع بن خدة": ("Draa Ben Khedda",),
    "أزفون": ("Azeffoun",),
    "بوغني": ("Boghni",),
    "تيقزيرت": ("Tigzirt",),
    "باب الوادي": ("Bab El Oued",),
    "سيدي امحمد": ("Sidi M'hamed",),
    "حسين داي": ("Hussein Dey",),
    "القبة": ("Kouba",),
    "الحراش": ("El Harrach",),
    "الرويبة": ("Rouiba",),
    "زرالدة": ("Zeralda",),
    "بئر مراد رايس": ("Bir Mourad Rais",),
    "بوزريعة": ("Bouzareah",),
    "الشراقة": ("Cheraga",),
    "الدرارية": ("Draria",),
    "باب الزوار": ("Bab Ezzouar",),
    "برج الكيفان": ("Bordj El Kiffan",),
    "الدار البيضاء": ("Dar El Beida",),
    "عين طاية": ("Ain Taya",),
    "الجلفة": ("Djelfa",),
    "مسعد": ("Messaad",),
    "عين وسارة": ("Ain Oussera",),
    "حاسي بحبح": ("Hassi Bahbah",),
    "جيجل": ("Jijel",),
    "الطاهير": ("Taher",),
    "الميلية": ("El Milia",),
    "زيامة منصورية": ("Ziama Mansouriah",),
    "سطيف": ("Setif",),
    "العلمة": ("El Eulma",),
    "جميلة": ("Djemila",),
    "عين أرنات": ("Ain Arnat",),
    "قجال": ("Guidjel",),
    "سعيدة": ("Saida",),
    "عين الحجر": ("Ain El Hadjar",),
    "سكيكدة": ("Skikda",),
    "عزابة": ("Azzaba",),
    "الحروش": ("El Harrouch",),
    "القل": ("Collo",),
    "سيدي بلعباس": ("Sidi Bel Abbes",),
    "عين البرد": ("Ain El Berd",),
    "مرحوم": ("Merhoum",),
    "عنابة": ("Annaba",),
    "البوني": ("El Bouni",),
    "عين الباردة": ("Ain Berda",),
    "سيدي عمار": ("Sidi Amar",),
    "قالمة": ("Guelma",),
    "حمام النبايل": ("Hammam N'bails",),
    "قسنطينة": ("Constantine",),
    "الخروب": ("El Khroub",),
    "ديدوش مراد": ("Didouche Mourad",),
    "زيغود يوسف": ("Zighoud Youcef",),
    "عين عبيد": ("Ain Abid",),
    "المدية": ("Medea",),
    "قصر البخاري": ("Ksar El Boukhari",),
    "البرواقية": ("Berrouaghia",),
    "بوغار": ("Boghar",),
    "مستغانم": ("Mostaganem",),
    "سيدي علي": ("Sidi Ali",),
    "عين تادلس": ("Ain Tedeles",),
    "مزغران": ("Mazagran",),
    "المسيلة": ("M'sila",),
    "بوسعادة": ("Bou Saada",),
    "سيدي عيسى": ("Sidi Aissa",),
    "عين الملح": ("Ain El Melh",),
}

_TABLE_OF = {
    "GU_GIVEN_F": ("faker.providers.person.gu_IN", "first_names_female"),
    "GU_GIVEN_M": ("faker.providers.person.gu_IN", "first_names_male"),
    "GU_SURNAMES": ("faker.providers.person.gu_IN", "last_names"),
    "DZ_GIVEN_F": ("faker.providers.person.ar_DZ", "first_names_female"),
    "DZ_GIVEN_M": ("faker.providers.person.ar_DZ", "first_names_male"),
    "DZ_SURNAMES": ("faker.providers.person.ar_DZ", "last_names"),
    "DZ_TOWNS": ("faker.providers.address.ar_DZ", "cities"),
}

# Hand-written US towns: (town, state, ZIP prefix, area code).
US_TOWNS = (
    ("Edison", "NJ", "088", "732"), ("Iselin", "NJ", "088", "732"), ("Jersey City", "NJ", "073", "201"),
    ("Sugar Land", "TX", "774", "281"), ("Irving", "TX", "750", "972"), ("Pflugerville", "TX", "786", "512"),
    ("Artesia", "CA", "907", "562"), ("Fremont", "CA", "945", "510"), ("Schaumburg", "IL", "601", "847"),
    ("Norcross", "GA", "300", "770"), ("Bellevue", "WA", "980", "425"), ("Dearborn", "MI", "481", "313"),
    ("Quincy", "MA", "021", "617"), ("Hamtramck", "MI", "482", "313"), ("Parsippany", "NJ", "070", "973"),
    ("Duluth", "GA", "300", "678"), ("Plano", "TX", "750", "469"), ("Woodbridge", "VA", "221", "703"),
)  # fmt: skip
STATES = {"NJ": "New Jersey", "TX": "Texas", "CA": "California", "IL": "Illinois", "GA": "Georgia",
          "WA": "Washington", "MI": "Michigan", "MA": "Massachusetts", "VA": "Virginia"}  # fmt: skip
COUNTRIES = ("Algeria", "India", "France", "Tunisia", "Canada")
US_STREETS = ("Quail Run", "Cedar Bluff", "Mill Pond", "Linden", "Old Bridge", "Hollow Oak", "Sycamore",
              "Tanglewood", "Riverbend", "Juniper", "Harvest Moon", "Fox Chase", "Wexford", "Brookhaven")  # fmt: skip
STREET_SUFFIXES = ("St", "Street", "Ave", "Avenue", "Dr", "Drive", "Ln", "Ct", "Rd", "Blvd", "Way", "Pl")
KIN = ("Ba", "Dadi", "Nani", "Yemma", "Khalti", "Jeddi", "Mummy")

DRUGS = ("metformin", "apixaban", "Eliquis", "furosemide", "sertraline", "levothyroxine", "insulin glargine",
         "Ozempic", "tamsulosin", "donepezil", "carvedilol", "ondansetron", "oxycodone", "hydroxyzine",
         "lisinopril", "atorvastatin", "sevelamer", "calcitriol", "epoetin alfa", "labetalol", "nifedipine",
         "quetiapine", "lorazepam", "trazodone", "Jardiance", "Entresto", "prednisone", "amlodipine")  # fmt: skip
ICD10 = ("E11.9", "I48.91", "N18.6", "Z99.2", "O24.410", "F32.1", "G47.33", "H90.3", "I50.32", "J44.1",
         "M17.11", "Z34.82", "F41.1", "R07.9", "S72.001A", "H40.1131", "Z51.5", "E03.9")  # fmt: skip
CPT = ("99214", "95810", "95811", "92557", "92567", "59425", "90791", "71046", "74177", "99497", "93000", "G0299",
       "E0601", "A7030", "J1950", "K0001")  # fmt: skip
INSURERS = ("Aetna", "Cigna", "Humana", "UnitedHealthcare", "Anthem", "Medicaid", "Medicare", "Oscar Health",
            "Molina Healthcare", "Ambetter", "Tricare", "Kaiser Permanente")  # fmt: skip
DEVICES = (("ResMed", "AirSense 11", "CPAP"), ("Philips Respironics", "DreamStation 2", "CPAP"),
           ("Phonak", "Audeo Lumity", "hearing aid"), ("Oticon", "Intent 1", "hearing aid"),
           ("Dexcom", "G7", "glucose sensor"), ("Abbott", "FreeStyle Libre 3", "glucose sensor"),
           ("Baxter", "Amia", "home dialysis cycler"), ("Inogen", "Rove 6", "oxygen concentrator"),
           ("Medtronic", "Azure XT", "pacemaker"), ("Tandem", "t:slim X2", "insulin pump"))  # fmt: skip
DEPARTMENTS = ("Cardiology", "Nephrology", "Labor and Delivery", "Social Work", "Case Management", "Audiology",
               "Sleep Medicine", "Radiology", "Behavioral Health", "Palliative Care", "Endocrinology")  # fmt: skip

_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_ORD = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth")  # fmt: skip
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def provenance_problems() -> list[str]:
    """Each Faker table this module reads that is not its locale's own (empty when all are)."""
    return faker_tables.provenance_problems(FAKER_TABLES)


def _hand_tables() -> dict[str, dict[str, tuple[str, ...]]]:
    return {name: globals()[name] for name in _TABLE_OF}


def romanization_problems() -> list[str]:
    """Each hand-written key that is not an entry of the Faker table it romanizes."""
    problems = []
    for name, table in _hand_tables().items():
        faker = set(faker_tables.own_table(*_TABLE_OF[name]))
        problems += [f"{name}: {key!r}" for key in table if key not in faker]
    return problems


@dataclass(frozen=True)
class Pools:
    given: dict[tuple[str, str], list[tuple[str, ...]]]  # (locale, "f"/"m") -> spellings
    surnames: dict[str, list[tuple[str, ...]]]
    towns: list[str]


@lru_cache(maxsize=1)
def pools() -> Pools:
    """The romanized entries, in the Faker tables' order, of every table entry spelled by hand."""
    tables = _hand_tables()

    def read(name: str) -> list[tuple[str, ...]]:
        seen: dict[str, tuple[str, ...]] = {}
        for key in faker_tables.own_table(*_TABLE_OF[name]):
            if key in tables[name]:
                seen.setdefault(key, tables[name][key])
        return list(seen.values())

    return Pools(
        given={("gu_IN", "f"): read("GU_GIVEN_F"), ("gu_IN", "m"): read("GU_GIVEN_M"),
               ("ar_DZ", "f"): read("DZ_GIVEN_F"), ("ar_DZ", "m"): read("DZ_GIVEN_M")},
        surnames={"gu_IN": read("GU_SURNAMES"), "ar_DZ": read("DZ_SURNAMES")},
        towns=[t[0] for t in read("DZ_TOWNS")],
    )  # fmt: skip


# ---------------------------------------------------------------- rows


class Doc:
    """Text built piece by piece, with the PHI spans and keep terms of the pieces."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.phi: list[tuple[int, int, str]] = []
        self.keep: dict[str, str] = {}

    def t(self, text: str) -> Doc:
        self.parts.append(text)
        self.n += len(text)
        return self

    def p(self, value: str, kind: str) -> Doc:
        start = self.n
        self.t(value)
        self.phi.append((start, self.n, kind))
        return self

    def k(self, term: str, kind: str) -> Doc:
        self.t(term)
        self.keep.setdefault(term, kind)
        return self

    def f(self, template: str, **values: str | tuple[str, str]) -> Doc:
        """`template` with each {key} filled: a plain string as text, (value, TYPE) as a PHI span,
        (term, "+kind") as a keep term."""
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", template):
            self.t(template[pos : m.start()])
            v = values[m.group(1)]
            if isinstance(v, str):
                self.t(v)
            elif v[1].startswith("+"):
                self.k(v[0], v[1][1:])
            else:
                self.p(v[0], v[1])
            pos = m.end()
        self.t(template[pos:])
        return self

    def text(self) -> str:
        return "".join(self.parts)


def to_row(doc: Doc, rid: str, family: str, case: str = "") -> dict:
    text = doc.text()
    keep = dict(doc.keep)
    if case == "upper":
        text, keep = text.upper(), {k.upper(): v for k, v in keep.items()}
    elif case == "lower":
        text, keep = text.lower(), {k.lower(): v for k, v in keep.items()}
    spans = [(s, e, t) for s, e, t in doc.phi if text[s:e].strip()]
    ok: dict[str, str] = {}
    for term, kind in keep.items():
        hits = [m.start() for m in re.finditer(re.escape(term), text)]
        if hits and not any(s < i + len(term) and i < e for i in hits for s, e, _ in spans):
            ok[term] = kind
    return {
        "id": rid,
        "family": family,
        "text": text,
        "phi": [{"start": s, "end": e, "type": t} for s, e, t in spans],
        "keep": list(ok),
        "keep_kinds": ok,
    }


# ---------------------------------------------------------------- values


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    middle: str
    sex: str
    loc: str


def person(rng: random.Random, loc: str = "", sex: str = "") -> Person:
    pl = pools()
    loc = loc or rng.choice(LOCALES)
    sex = sex or rng.choice("fm")

    def spell(options: tuple[str, ...]) -> str:
        return options[0] if rng.random() < 0.7 else rng.choice(options)

    given = spell(rng.choice(pl.given[(loc, sex)]))
    surname = spell(rng.choice(pl.surnames[loc]))
    middle = ""
    if loc == "gu_IN" and rng.random() < 0.35:
        middle = spell(rng.choice(pl.given[(loc, "m")])) + ("bhai" if rng.random() < 0.5 else "")
    elif loc == "ar_DZ" and sex == "m" and rng.random() < 0.2:
        given = given if given.startswith("Moh") or " " in given else "Mohamed " + given
    if loc == "gu_IN" and rng.random() < 0.2:
        given += "ben" if sex == "f" else "bhai"
    return Person(given, surname, middle, sex, loc)


NAME_SHAPES = ("full", "full", "full_mid", "last_first", "last_first_mi", "caps_last_first", "caps", "lower",
               "given", "given", "surname", "init_surname", "given_init")  # fmt: skip


def name(rng: random.Random, p: Person, shape: str = "") -> str:
    shape = shape or rng.choice(NAME_SHAPES)
    mid = p.middle
    if shape == "full":
        return f"{p.given} {p.surname}"
    if shape == "full_mid":
        return f"{p.given} {mid} {p.surname}" if mid else f"{p.given} {p.surname}"
    if shape == "last_first":
        return f"{p.surname}, {p.given}"
    if shape == "last_first_mi":
        return f"{p.surname}, {p.given} {(mid or rng.choice('ABDFHKMNRSY'))[0]}."
    if shape == "caps_last_first":
        return f"{p.surname}, {p.given}".upper()
    if shape == "caps":
        return f"{p.given} {p.surname}".upper()
    if shape == "lower":
        return rng.choice((f"{p.given} {p.surname}", p.given)).lower()
    if shape == "given":
        return p.given
    if shape == "surname":
        return p.surname
    if shape == "init_surname":
        return f"{p.given[0]}. {p.surname}"
    if shape == "given_init":
        return f"{p.given} {p.surname[0]}."
    if shape == "initials":
        return (p.given[0] + p.surname[0]).upper()
    raise ValueError(shape)


def honorific(rng: random.Random, p: Person) -> str:
    if p.loc == "gu_IN":
        return rng.choice(("Mr. ", "Shri ") if p.sex == "m" else ("Mrs. ", "Ms. ", "Smt. "))
    return rng.choice(("Mr. ", "Hadj ") if p.sex == "m" else ("Mrs. ", "Ms. ", "Hadja "))


def town(rng: random.Random) -> tuple[str, str, str, str]:
    """(town, state or "", zip, area code) of a US town or an Algerian one."""
    if rng.random() < 0.6:
        t, st, z3, area = rng.choice(US_TOWNS)
        return t, st, z3 + f"{rng.randrange(100):02d}", area
    return rng.choice(pools().towns), "", f"{rng.randrange(1, 49):02d}{rng.randrange(1000):03d}", ""


def us_town(rng: random.Random) -> tuple[str, str, str, str]:
    t, st, z3, area = rng.choice(US_TOWNS)
    zip_ = z3 + f"{rng.randrange(100):02d}"
    if rng.random() < 0.25:
        zip_ += f"-{rng.randrange(10000):04d}"
    return t, st, zip_, area


def street(rng: random.Random) -> str:
    num = str(rng.choice((rng.randrange(10, 99), rng.randrange(100, 9999), rng.randrange(10000, 40000))))
    if rng.random() < 0.3:
        sur = rng.choice(pools().surnames[rng.choice(LOCALES)])[0]
        base = f"{num} {sur} {rng.choice(('Rd', 'Ln', 'Ct', 'Way'))}"
    else:
        base = f"{num} {rng.choice(US_STREETS)} {rng.choice(STREET_SUFFIXES)}"
    r = rng.random()
    if r < 0.2:
        base += f", Apt {rng.randrange(1, 40)}{rng.choice('ABCD')}"
    elif r < 0.3:
        base += f" Unit {rng.randrange(100, 999)}"
    elif r < 0.35:
        return f"PO Box {rng.randrange(100, 99999)}"
    return base


def us_phone(rng: random.Random, area: str = "", style: str = "", ext: bool = True) -> str:
    area = area or rng.choice(US_TOWNS)[3]
    ex, line = f"{rng.randrange(201, 990)}", f"{rng.randrange(10000):04d}"
    style = style or rng.choice(("paren", "dash", "dot", "bare", "plus", "one", "paren", "dash"))
    s = {
        "paren": f"({area}) {ex}-{line}",
        "dash": f"{area}-{ex}-{line}",
        "dot": f"{area}.{ex}.{line}",
        "bare": f"{area}{ex}{line}",
        "plus": f"+1 {area} {ex} {line}",
        "one": f"1-{area}-{ex}-{line}",
        "seven": f"{ex}-{line}",
    }[style]
    if ext and rng.random() < 0.15 and style != "seven":
        s += rng.choice((" ext. ", " x", " ext ")) + str(rng.randrange(10, 9999))
    return s


def intl_phone(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"+213 {rng.choice('567')}{rng.randrange(10, 99)} {rng.randrange(100):02d} {rng.randrange(100):02d} {rng.randrange(100):02d}"  # fmt: skip
    return f"+91 {rng.choice('9876')}{rng.randrange(1000, 9999)} {rng.randrange(10000, 99999)}"


def phone(rng: random.Random, area: str = "") -> str:
    return intl_phone(rng) if rng.random() < 0.1 else us_phone(rng, area)


def email(rng: random.Random, p: Person, domain: str = "") -> str:
    g, s = p.given.split()[0].lower(), p.surname.replace(" ", "").lower()
    user = rng.choice((f"{g}.{s}", f"{g[0]}{s}", f"{g}{rng.randrange(1, 99)}", f"{s}.{g[0]}", f"{g}_{s}{rng.randrange(70, 99)}"))  # fmt: skip
    return f"{user}@{domain or rng.choice(('gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com'))}"


def luhn_digit(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def mrn(rng: random.Random) -> str:
    body = f"{rng.randrange(10**6, 10**8)}"
    full = body + luhn_digit(body)
    return rng.choice((full, full, f"{full[:3]}-{full[3:6]}-{full[6:]}", full.zfill(10)))


def dea(rng: random.Random, surname: str) -> str:
    d = [rng.randrange(10) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFM") + surname[0].upper() + "".join(map(str, d)) + str(check)


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUE = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
              **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}  # fmt: skip
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(rng: random.Random) -> str:
    chars = [rng.choice(_VIN_CHARS) for _ in range(17)]
    chars[9] = rng.choice("KLMNPRST")
    total = sum(_VIN_VALUE[c] * w for c, w in zip(chars, _VIN_WEIGHTS)) % 11
    chars[8] = "X" if total == 10 else str(total)
    return "".join(chars)


def plate(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice((
        f"{rng.randrange(1, 9)}{''.join(rng.choices(L, k=3))}{rng.randrange(100, 999)}",
        f"{''.join(rng.choices(L, k=3))}-{rng.randrange(1000, 9999)}",
        f"{''.join(rng.choices(L, k=1))}{rng.randrange(10, 99)}-{''.join(rng.choices(L, k=3))}",
        f"{''.join(rng.choices(L, k=3))} {rng.randrange(100, 999)}",
    ))  # fmt: skip


def ssn(rng: random.Random) -> str:
    a, b, c = rng.randrange(1, 900), rng.randrange(1, 100), rng.randrange(1, 10000)
    while a == 666:
        a = rng.randrange(1, 900)
    return rng.choice((f"{a:03d}-{b:02d}-{c:04d}", f"{a:03d}-{b:02d}-{c:04d}", f"{a:03d} {b:02d} {c:04d}", f"{a:03d}{b:02d}{c:04d}"))  # fmt: skip


def serial(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice((
        f"{rng.randrange(20, 26)}{rng.randrange(100, 999)}{rng.randrange(100000, 999999)}",
        f"{''.join(rng.choices(L, k=3))}{rng.randrange(1000000, 9999999)}",
        f"{rng.randrange(1000, 9999)}-{''.join(rng.choices(L, k=2))}{rng.randrange(1000, 9999)}",
        f"{rng.randrange(10**9, 10**10)}",
    ))  # fmt: skip


def ip(rng: random.Random) -> str:
    return rng.choice((
        f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
        f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
        f"{rng.choice((24, 73, 98, 107, 172, 209))}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
    ))  # fmt: skip


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def member_id(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRTUVWXYZ"
    return rng.choice((
        f"{''.join(rng.choices(L, k=3))}{digits(rng, 9)}",
        f"{rng.choice('W')}{digits(rng, 9)}",
        f"{rng.randrange(1, 9)}{rng.choice(L)}{rng.choice(L)}{rng.randrange(10)}-{rng.choice(L)}{rng.choice(L)}{rng.randrange(10)}-{rng.choice(L)}{rng.choice(L)}{rng.randrange(10, 99)}",
        f"{digits(rng, 11)}",
    ))  # fmt: skip


def old_age(rng: random.Random) -> str:
    n = rng.choice(range(90, 105)) if rng.random() < 0.85 else rng.choice((100, 101, 102, 103))
    if rng.random() < 0.4:
        if n < 100:
            return "ninety" + (f"-{_ONES[n - 90]}" if n > 90 else "")
        return "one hundred" + (f" and {_ONES[n - 100]}" if n > 100 else "")
    return str(n)


def young(rng: random.Random, lo: int = 18, hi: int = 89) -> str:
    return str(rng.randrange(lo, hi + 1))


def some_day(rng: random.Random, lo: int = 2024, hi: int = 2026) -> date:
    start = date(lo, 1, 1)
    return start + timedelta(days=rng.randrange((date(hi, 11, 30) - start).days))


def dob(rng: random.Random, lo: int = 1930, hi: int = 2004) -> date:
    return date(lo, 1, 1) + timedelta(days=rng.randrange((date(hi, 12, 31) - date(lo, 1, 1)).days))


DATE_YEAR = ("mdY", "mdY", "mdy", "iso", "iso", "MonDY", "DMonY", "DMONY", "dots", "long", "long", "dlong")
DATE_NOYEAR = ("md", "md", "wd_md", "wd_long", "mon_d", "month_th", "spelled")


def fdate(rng: random.Random, d: date, style: str = "") -> str:
    style = style or rng.choice(DATE_YEAR + DATE_NOYEAR)
    mon = _MONTHS[d.month - 1]
    th = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {
        "mdY": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "mdy": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "MonDY": f"{mon[:3]}-{d.day:02d}-{d.year}",
        "DMonY": f"{d.day:02d}-{mon[:3]}-{d.year}",
        "DMONY": f"{d.day:02d}{mon[:3].upper()}{d.year}",
        "dots": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "long": f"{mon} {d.day}, {d.year}",
        "dlong": f"{d.day} {mon} {d.year}",
        "md": f"{d.month}/{d.day}",
        "wd_md": f"{_DAYS[d.weekday()][:3]} {d.month}/{d.day}",
        "wd_long": f"{_DAYS[d.weekday()]}, {mon} {d.day}",
        "mon_d": f"{mon[:3]} {d.day}",
        "month_th": f"{mon} {d.day}{th}",
        "spelled": f"{mon} {_spelled_ordinal(d.day)}",
        "month_year": f"{mon} {d.year}",
    }[style]


def _spelled_ordinal(n: int) -> str:
    if n <= 20:
        return _ORD[n]
    if n == 30:
        return "thirtieth"
    tens = "twenty" if n < 30 else "thirty"
    return f"{tens}-{_ORD[n % 10]}"


def clock(rng: random.Random) -> str:
    h, m = rng.randrange(6, 20), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
    return rng.choice((f"{h:02d}:{m:02d}", f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}", f"{(h - 1) % 12 + 1}:{m:02d}{'am' if h < 12 else 'pm'}"))  # fmt: skip


def surname_any(rng: random.Random) -> str:
    return rng.choice(pools().surnames[rng.choice(LOCALES)])[0]


def facility(rng: random.Random, kind: str) -> str:
    s = surname_any(rng)
    t = rng.choice(US_TOWNS)[0] if rng.random() < 0.6 else rng.choice(pools().towns)
    forms = {
        "clinic": (
            f"{s} Family Medicine",
            f"{t} Primary Care",
            f"{s} Medical Group",
            f"Clinique {s}",
            f"{t} Community Health Center",
        ),  # fmt: skip
        "pharmacy": (f"{s} Pharmacy", f"{t} Drug & Compounding", f"{s} Apothecary", f"{t} Family Pharmacy"),
        "dialysis": (f"{t} Kidney Center", f"{t} Dialysis", f"{s} Renal Care"),
        "home": (f"{t} Home Health", f"{s} Visiting Nurses", f"{t} Hospice Care", f"{s} Home Care Agency"),
        "imaging": (f"{t} Imaging", f"{s} Radiology Associates", f"{t} Diagnostic Imaging"),
        "sleep": (f"{t} Sleep Diagnostics", f"{s} Sleep Center", f"{t} Sleep Lab"),
        "hearing": (f"{t} Hearing Center", f"{s} Hearing & Balance"),
        "women": (f"{t} Women's Health Associates", f"{s} OB/GYN", f"{t} Birth Center"),
        "medical": (
            f"{t} Medical Center",
            f"{t} Regional Medical Center",
            f"{s} Health System",
            f"Polyclinique {s}",
        ),  # fmt: skip
        "dme": (f"{t} Medical Supply", f"{s} Home Medical Equipment", f"{t} Respiratory Services"),
        "behavioral": (f"{t} Behavioral Health Services", f"{s} Counseling Center"),
        "employer": (f"{s} Logistics", f"{t} Auto Parts", f"{s} Motel", f"{s} Brothers Trucking"),
    }[kind]
    return rng.choice(forms)


def clinician(rng: random.Random) -> Person:
    return person(rng)


# ---------------------------------------------------------------- messages

P = tuple[str, str]


def _nm(rng: random.Random, p: Person, shape: str = "") -> P:
    return (name(rng, p, shape), "NAME")


def _dt(rng: random.Random, d: date | None = None, style: str = "") -> P:
    return (fdate(rng, d or some_day(rng), style), "DATE")


def _typos(rng: random.Random, text: str) -> str:
    """SMS spelling (outside PHI: applied to template words only)."""
    for a, b in (("you", "u"), ("please", "pls"), ("tomorrow", "tmrw"), ("thanks", "thx"), ("because", "bc"),
                 ("appointment", "appt"), ("don't", "dont"), ("can't", "cant"), ("I'm", "im")):  # fmt: skip
        if rng.random() < 0.5:
            text = text.replace(a, b)
    return text


def m_reminder(rng: random.Random) -> Doc:
    d, pt, dr = Doc(), person(rng), clinician(rng)
    fac = facility(rng, rng.choice(("clinic", "women", "hearing", "sleep")))
    dept = rng.choice(DEPARTMENTS)
    d.f(rng.choice((
        "{fac}: Reminder - {pt} has an appointment with Dr. {dr} ({dept}) on {dt} at {tm}. Reply C to confirm, R to reschedule. Questions? {ph}\n",
        "Hi {pt}! This is {fac} confirming your visit {dt} {tm} w/ Dr. {dr}, {dept}. Reply C=confirm R=reschedule. Msg&data rates may apply\n",
        "APPT REMINDER {fac} | {pt} | {dt} {tm} | Dr. {dr} | {dept} | call {ph} to cancel\n",
    )), fac=(fac, "FACILITY"), pt=_nm(rng, pt, rng.choice(("given", "full", "caps", "given_init"))),
        dr=_nm(rng, dr, rng.choice(("surname", "surname", "full", "init_surname"))), dept=(dept, "+department"),
        dt=_dt(rng, None, rng.choice(DATE_NOYEAR + ("mdY", "long"))), tm=clock(rng), ph=(us_phone(rng), "PHONE"))  # fmt: skip
    r = rng.randrange(6)
    if r == 0:
        d.f(_typos(rng, "R. I can't do that day, I work at {emp} till 5. can we do {dt} instead?? this is {who} my cell {ph}"),
            emp=(facility(rng, "employer"), "FACILITY"), dt=_dt(rng, None, rng.choice(DATE_NOYEAR)),
            who=_nm(rng, pt, rng.choice(("lower", "given", "full"))), ph=(phone(rng), "PHONE"))  # fmt: skip
    elif r == 1:
        d.f(
            _typos(rng, "C. thanks. can my {kin} come too, she is {age} now and uses a walker {emo}"),
            kin=rng.choice(KIN),
            age=(old_age(rng), "AGE"),
            emo=rng.choice((":)", "", ":-)", "!!")),
        )
    elif r == 2:
        d.f(
            _typos(rng, "who is this? wrong number I don't know any {n}. pls remove me. - {me}"),
            n=_nm(rng, pt, "given"),
            me=_nm(rng, person(rng), rng.choice(("lower", "given"))),
        )
    elif r == 3:
        d.f(_typos(rng, "Confirmed. please send the address again, last time GPS took us to {addr} in {town} lol. also is it still {dr}? he is {yrs} and she says he is retiring"),
            addr=(street(rng), "ADDRESS"), town=(rng.choice(US_TOWNS)[0], "LOCATION"), dr=_nm(rng, dr, "init_surname"), yrs=young(rng, 60, 79))  # fmt: skip
    elif r == 4:
        d.f(_typos(rng, "R - my dad {n} is in the hospital since {dt}, I'm his daughter {me}. he will call you when he is home. he is {yrs}"),
            n=_nm(rng, person(rng, pt.loc, "m"), rng.choice(("full", "caps", "lower"))), dt=_dt(rng, None, rng.choice(DATE_NOYEAR)),
            me=_nm(rng, person(rng, pt.loc, "f"), "given"), yrs=young(rng, 60, 89))  # fmt: skip
    else:
        d.f("STOP\n\n{fac}: You have been unsubscribed. For help visit {url} or call {ph}.",
            fac=(fac, "FACILITY"), url=(f"https://{rng.choice(('remind', 'care', 'visits'))}.{fac.split()[0].lower()}health.org/u/{digits(rng, 6)}", "URL"),
            ph=(us_phone(rng, style="one"), "PHONE"))  # fmt: skip
    return d


def m_caregivers(rng: random.Random) -> Doc:
    d = Doc()
    fam = rng.choice(LOCALES)
    sibs = [person(rng, fam) for _ in range(3)]
    kin = rng.choice(KIN)
    day = some_day(rng)
    drug, drug2 = rng.sample(DRUGS, 2)
    dept = rng.choice(DEPARTMENTS)
    lines: list[tuple[str, dict[str, str | P]]] = [
        (
            "who is taking {kin} to {dept} on {dt}? I have a shift",
            {
                "kin": kin,
                "dept": (dept, "+department"),
                "dt": _dt(
                    rng, day + timedelta(days=rng.randrange(2, 9)), rng.choice(("wd_md", "md", "mon_d", "wd_long"))
                ),
            },
        ),  # fmt: skip
        ("I can take her. can you believe {kin} turns {age} next month", {"kin": kin, "age": (old_age(rng), "AGE")}),
        (
            "new med list from the doctor: {drug} twice a day, STOP the {drug2}",
            {"drug": (drug, "+drug"), "drug2": (drug2, "+drug")},
        ),  # fmt: skip
        (
            "home aide from {home} called, nurse {nurse} is coming Thurs. her number is {ph}",
            {
                "home": (facility(rng, "home"), "FACILITY"),
                "nurse": _nm(rng, person(rng), rng.choice(("given", "full"))),
                "ph": (phone(rng), "PHONE"),
            },
        ),  # fmt: skip
        (
            "@{h} pls pick up her refill at {ph_name}, it's under {kin2}'s name {n}",
            {
                "h": (sibs[2].given.split()[0].lower(), "NAME"),
                "ph_name": (facility(rng, "pharmacy"), "FACILITY"),
                "kin2": kin,
                "n": _nm(rng, person(rng, fam, "f"), rng.choice(("caps_last_first", "full"))),
            },
        ),  # fmt: skip
        (
            "ok. btw the gate code at the new place changed, address is {addr}, {town} {zip}",
            {
                "addr": (street(rng), "ADDRESS"),
                "town": (rng.choice(US_TOWNS)[0], "LOCATION"),
                "zip": (us_town(rng)[2], "ZIP"),
            },
        ),  # fmt: skip
        (
            "she asked for {cousin} again. told her he is back in {dz} till {dt2} :(",
            {
                "cousin": _nm(rng, person(rng, fam, "m"), rng.choice(("given", "lower", "given_init"))),
                "dz": (rng.choice(pools().towns), "LOCATION"),
                "dt2": _dt(rng, None, rng.choice(("month_th", "long", "dlong", "spelled"))),
            },
        ),  # fmt: skip
    ]
    rng.shuffle(lines)
    lines = lines[: rng.randrange(4, 8)]
    t = rng.randrange(7, 21) * 60
    for i, (tpl, vals) in enumerate(lines):
        who = sibs[i % 3]
        t += rng.randrange(1, 90)
        ts = f"{t // 60 % 12 or 12}:{t % 60:02d} {'AM' if t // 60 < 12 else 'PM'}"
        if i == 0 or rng.random() < 0.3:
            d.f("[{dt}, {ts}] ", dt=_dt(rng, day, rng.choice(("md", "mdY", "mdy"))), ts=ts)
        else:
            d.t(f"[{ts}] ")
        d.p(name(rng, who, rng.choice(("given", "given", "full", "given_init"))), "NAME").t(": ")
        d.f(tpl, **vals)
        d.t("\n")
    return d


def m_prior_auth(rng: random.Random) -> Doc:
    d = Doc()
    ins, pt, agent, dr = rng.choice(INSURERS), person(rng), person(rng), clinician(rng)
    drug, code, cpt = rng.choice(DRUGS), rng.choice(ICD10), rng.choice(CPT)
    office = facility(rng, rng.choice(("clinic", "sleep", "behavioral")))
    ag = name(rng, agent, "given_init")
    d.f(
        "Live chat - {ins} Provider Services - {dt}\n",
        ins=(ins, "+insurer"),
        dt=_dt(rng, None, rng.choice(("mdY", "long", "iso"))),
    )
    d.f("{ag} (agent): Thank you for contacting {ins}. Who am I chatting with and what is the member ID?\n", ag=(ag, "NAME"), ins=(ins, "+insurer"))  # fmt: skip
    d.f("{me} @ {off}: hi, this is {me2} calling for Dr. {dr}. member {mid}, patient {pt}, DOB {dob}\n",
        me=_nm(rng, person(rng), "given"), off=(office, "FACILITY"), me2=_nm(rng, person(rng), "full"),
        dr=_nm(rng, dr, rng.choice(("surname", "full"))), mid=(member_id(rng), "HEALTH_PLAN"),
        pt=_nm(rng, pt, rng.choice(("caps_last_first", "last_first", "last_first_mi"))), dob=_dt(rng, dob(rng), rng.choice(DATE_YEAR)))  # fmt: skip
    d.f("{ag} (agent): I see the request for {drug} ({code}, {cpt}). Your reference number is {ref}. Please fax the last two office notes to {fax} attn {att}.\n",
        ag=(ag.split()[0], "NAME"), drug=(drug, "+drug"), code=(code, "+code"), cpt=(cpt, "+code"),
        ref=(f"PA-{digits(rng, 8)}" if rng.random() < 0.5 else digits(rng, 10), "ID"), fax=(us_phone(rng, style=rng.choice(("one", "dash", "paren"))), "FAX"),
        att=_nm(rng, person(rng), rng.choice(("full", "init_surname"))))  # fmt: skip
    d.f("{me}: faxed at {tm}. Case {case} still shows pending since {dt} - is there a peer to peer line?\n",
        me=_nm(rng, person(rng), "given"), tm=clock(rng), case=(f"{rng.choice(('UM', 'CASE'))}{digits(rng, 7)}", "ID"), dt=_dt(rng, None, rng.choice(DATE_NOYEAR)))  # fmt: skip
    d.f("{ag} (agent): Yes, the medical director line is {ph}. Decision by {dt}.", ag=(ag.split()[0], "NAME"),
        ph=(us_phone(rng, style=rng.choice(("one", "plus"))), "PHONE"), dt=_dt(rng, None, rng.choice(("wd_long", "long", "mdY"))))  # fmt: skip
    return d


def m_voicemail(rng: random.Random) -> Doc:
    d = Doc()
    rph, pt = person(rng), person(rng)
    drug = rng.choice(DRUGS)
    d.f("voicemail from {ph} received {dt} {tm} duration 0:{sec}\ntranscription: ", ph=(us_phone(rng, style="bare"), "PHONE"),
        dt=_dt(rng, None, rng.choice(("mdY", "mdy", "md"))), tm=clock(rng), sec=str(rng.randrange(20, 59)))  # fmt: skip
    d.f(rng.choice((
        "hi this is {rph} from {pharm} calling for {pt} about prescription number {rx} for {drug} um your insurance {ins} needs a prior authorization so please call us back at {cb} thank you",
        "hello {pt} this is {rph} the pharmacist at {pharm} your {drug} is ready for pickup rx {rx} if you have questions call {cb} we close at nine bye",
        "yes good afternoon this message is for {pt} date of birth {dob} this is {rph} with {pharm} we got a new order for {drug} from doctor {dr} and {ins} denied it so call {cb} and ask for {rph2}",
    )), rph=_nm(rng, rph, rng.choice(("given", "full"))), pharm=(facility(rng, "pharmacy"), "FACILITY"),
        pt=_nm(rng, pt, rng.choice(("full", "given", "full_mid"))), rx=(digits(rng, rng.choice((7, 8))), "ID"), drug=(drug, "+drug"),
        ins=(rng.choice(INSURERS), "+insurer"), cb=(us_phone(rng, style=rng.choice(("dash", "bare")), ext=False) + rng.choice(("", f" extension {rng.randrange(100, 999)}")), "PHONE"),
        dob=_dt(rng, dob(rng), "spelled"), dr=_nm(rng, clinician(rng), "surname"), rph2=_nm(rng, rph, "given"))  # fmt: skip
    return d


def m_portal_labs(rng: random.Random) -> Doc:
    d = Doc()
    pt, dr = person(rng), clinician(rng)
    fac = facility(rng, rng.choice(("clinic", "medical")))
    d.f("Subject: {subj}\nMRN: {mrn}\n\n", subj=rng.choice(("question about my labs", "Lab results??", "A1c result", "kidney numbers")), mrn=(mrn(rng), "MRN"))  # fmt: skip
    d.f("{hi} Dr. {dr}, I saw the results from {dt} in the portal. My A1c went to {a1c} and the creatinine is flagged high. Is this because of the {drug}? ",
        hi=rng.choice(("Hi", "Hello", "Dear", "Good morning")), dr=_nm(rng, dr, rng.choice(("surname", "full", "init_surname"))),
        dt=_dt(rng, None, rng.choice(DATE_YEAR + DATE_NOYEAR)), a1c=f"{rng.randrange(6, 11)}.{rng.randrange(10)}", drug=(rng.choice(DRUGS), "+drug"))  # fmt: skip
    r = rng.randrange(3)
    if r == 0:
        d.f(
            "I am {yrs} and my mother lived to {age} with kidney problems so I worry. ",
            yrs=young(rng, 35, 80),
            age=(old_age(rng), "AGE"),
        )
    elif r == 1:
        d.f("My husband {h} says I should just wait for the visit on {dt}. ", h=_nm(rng, person(rng, pt.loc, "m"), "given"), dt=_dt(rng, None, rng.choice(DATE_NOYEAR)))  # fmt: skip
    else:
        d.f("The lab at {lab} said the code on the order was {code}, is that right? ", lab=(facility(rng, "imaging"), "FACILITY"), code=(rng.choice(ICD10), "+code"))  # fmt: skip
    d.f("\nThank you,\n{pt}\n{ph}\n\n-- Sent from the {fac} patient portal ({url}) | session {ip} | {dt}",
        pt=_nm(rng, pt, rng.choice(("full", "full_mid", "caps"))), ph=(phone(rng), "PHONE"), fac=(fac, "FACILITY"),
        url=(f"https://{rng.choice(('mychart', 'portal', 'my'))}.{fac.split()[0].lower()}{rng.choice(('health', 'med', 'care'))}.org/msg/{digits(rng, 7)}", "URL"),
        ip=(ip(rng), "IP"), dt=_dt(rng, None, rng.choice(("iso", "mdY"))))  # fmt: skip
    return d


def m_carpool(rng: random.Random) -> Doc:
    d = Doc()
    drv, a, b = person(rng), person(rng), person(rng)
    dia = facility(rng, "dialysis")
    day = some_day(rng)
    t, st, z, _ = us_town(rng)
    d.f("[{dt} 5:{m} AM] {drv}: morning! picking up {a} at {addr1} then {b} at {addr2}, {town} {zip}. chair time 6:30 at {dia}\n",
        dt=_dt(rng, day, rng.choice(("md", "wd_md", "mdY"))), m=str(rng.randrange(10, 59)), drv=_nm(rng, drv, "given"),
        a=_nm(rng, a, rng.choice(("given", "given_init"))), b=_nm(rng, b, rng.choice(("given", "surname"))), addr1=(street(rng), "ADDRESS"),
        addr2=(street(rng), "ADDRESS"), town=(t, "LOCATION"), zip=(z, "ZIP"), dia=(dia, "FACILITY"))  # fmt: skip
    d.f("[5:{m} AM] {a}: running 5 min late, fistula arm is sore again {emo}\n", m=str(rng.randrange(10, 59)), a=_nm(rng, a, "given"), emo=rng.choice((":(", ":/", "", "smh")))  # fmt: skip
    r = rng.randrange(3)
    if r == 0:
        d.f("[5:{m} AM] {drv}: I'm in the {car} today, plate {plate}. {b} the van is in the shop\n",
            m=str(rng.randrange(10, 59)), drv=_nm(rng, drv, "given"), car=rng.choice(("grey Camry", "white Sienna", "blue Odyssey", "red Corolla")),
            plate=(plate(rng), "VEHICLE"), b=_nm(rng, b, "given"))  # fmt: skip
    elif r == 1:
        d.f("[6:{m} AM] {b}: the social worker needs the VIN for the mileage form: {vin}. {sw} at {dia} said send it to {em}\n",
            m=str(rng.randrange(10, 59)), b=_nm(rng, b, "given"), vin=(vin(rng), "VEHICLE"), sw=_nm(rng, person(rng), rng.choice(("full", "given"))),
            dia=(dia, "FACILITY"), em=(email(rng, person(rng), f"{dia.split()[0].lower()}renal.org"), "EMAIL"))  # fmt: skip
    else:
        d.f("[6:{m} AM] {b}: {kin} {n} is {age} this week, she wants to ride along and see the nurses lol\n",
            m=str(rng.randrange(10, 59)), b=_nm(rng, b, "given"), kin=rng.choice(KIN), n=_nm(rng, person(rng, b.loc, "f"), "given"), age=(old_age(rng), "AGE"))  # fmt: skip
    d.f("[{tm}] {drv}: ok. next {dt} I can't drive, {alt} will cover, her cell {ph}", tm=clock(rng), drv=_nm(rng, drv, "given"),
        dt=_dt(rng, day + timedelta(days=2), rng.choice(("wd_md", "wd_long", "mon_d"))), alt=_nm(rng, person(rng), rng.choice(("full", "given"))), ph=(phone(rng), "PHONE"))  # fmt: skip
    return d


def m_chw(rng: random.Random) -> Doc:
    d = Doc()
    pt, chw = person(rng), person(rng)
    t, st, z, area = us_town(rng)
    d.f("CHW check-in {dt}\nClient: {pt}  Age {age}\n", dt=_dt(rng, None, rng.choice(DATE_YEAR)),
        pt=_nm(rng, pt, rng.choice(("last_first", "caps_last_first", "full"))), age=(old_age(rng), "AGE") if rng.random() < 0.35 else young(rng, 40, 89))  # fmt: skip
    d.f("Visited at home, {addr}, {town}, {st} {zip}. ", addr=(street(rng), "ADDRESS"), town=(t, "LOCATION"), st=rng.choice((st, STATES[st])), zip=(z, "ZIP"))  # fmt: skip
    d.f("Helped finish the {prog} application: SSN {ssn}, {ins} ID {mid} (pending since {dt}). ",
        prog=rng.choice(("SNAP", "LIHEAP", "Medicaid renewal", "SSI")), ssn=(ssn(rng), "SSN"), ins=(rng.choice(("Medicaid", "Medicare", "Ambetter")), "+insurer"),
        mid=(member_id(rng), "HEALTH_PLAN"), dt=_dt(rng, None, rng.choice(DATE_NOYEAR)))  # fmt: skip
    d.f("BP 15{a}/9{b} today, out of {drug} x3 days, called {pharm}. ", a=str(rng.randrange(10)), b=str(rng.randrange(10)),
        drug=(rng.choice(DRUGS), "+drug"), pharm=(facility(rng, "pharmacy"), "FACILITY"))  # fmt: skip
    d.f("Lives with {kin}{who} (granddaughter {gd} helps, {ph}, {em}). Born in {bp}, {country}.\n- {chw}, CHW",
        kin=rng.choice(("her mother", "his wife", "daughter", "son")), who=rng.choice(("", ", who is 8" + str(rng.randrange(10)))),
        gd=_nm(rng, person(rng, pt.loc, "f"), rng.choice(("full", "given"))), ph=(us_phone(rng, area), "PHONE"),
        em=(email(rng, person(rng, pt.loc, "f")), "EMAIL"), bp=(rng.choice(pools().towns) if pt.loc == "ar_DZ" else rng.choice(US_TOWNS)[0], "LOCATION"),
        country="Algeria" if pt.loc == "ar_DZ" else "raised in India", chw=_nm(rng, chw, rng.choice(("given_init", "full", "init_surname"))))  # fmt: skip
    return d


def m_email_sig(rng: random.Random) -> Doc:
    d = Doc()
    snd, rcp, pt = person(rng), person(rng), person(rng)
    fac = facility(rng, rng.choice(("clinic", "behavioral", "medical", "hearing")))
    dom = fac.split()[0].lower() + rng.choice(("health.org", "med.com", "clinic.net"))
    cred, role = rng.choice(((", MD", "Attending Physician"), (", PharmD", "Clinical Pharmacist"), (", LCSW", "Social Worker"),
                              (", RN", "Nurse Care Manager"), (", AuD", "Audiologist"), (", NP", "Nurse Practitioner")))  # fmt: skip
    t, st, z, area = us_town(rng)
    d.f("From: {snd} <{em}>\nTo: {rcp}\nSent: {dt} {tm}\nSubject: RE: records for {pt}\n\n", snd=_nm(rng, snd, "full"), em=(email(rng, snd, dom), "EMAIL"),
        rcp=(email(rng, rcp), "EMAIL"), dt=_dt(rng, None, rng.choice(("wd_long", "long", "mdY"))), tm=clock(rng), pt=_nm(rng, pt, rng.choice(("init_surname", "caps", "full"))))  # fmt: skip
    d.f("{hi} {rg},\n\nAttached are the notes from {dt}. {pr} was seen in {dept} for {code}; we started {drug}. ",
        hi=rng.choice(("Hi", "Dear", "Hello")), rg=_nm(rng, rcp, rng.choice(("given", "given"))), dt=_dt(rng, None, rng.choice(DATE_NOYEAR + DATE_YEAR)),
        pr=_nm(rng, pt, rng.choice(("given", "full"))), dept=(rng.choice(DEPARTMENTS), "+department"), code=(rng.choice(ICD10), "+code"), drug=(rng.choice(DRUGS), "+drug"))  # fmt: skip
    d.t(rng.choice(("Please let me know if anything is missing.", "Happy to talk by phone.", "The patient asked that her son be copied.")))  # fmt: skip
    d.f("\n\nBest,\n{snd}{cred}\n{role} | {fac}\n{addr}, {town}, {st} {zip}\nP {ph} | F {fax}\n{url}\n",
        snd=_nm(rng, snd, rng.choice(("full", "full_mid"))), cred=cred, role=role, fac=(fac, "FACILITY"), addr=(street(rng), "ADDRESS"),
        town=(t, "LOCATION"), st=st, zip=(z, "ZIP"), ph=(us_phone(rng, area), "PHONE"), fax=(us_phone(rng, area, "dash"), "FAX"),
        url=(f"www.{dom}", "URL"))  # fmt: skip
    if cred in (", MD", ", NP"):
        d.f(
            "NJ Lic. {lic} | DEA {dea}\n",
            lic=(f"25MA{digits(rng, 8)}", "LICENSE"),
            dea=(dea(rng, snd.surname), "LICENSE"),
        )
    elif rng.random() < 0.5:
        d.f("License # {lic}\n", lic=(f"{rng.choice(('RN', 'AUD', 'SW', 'RPH'))}{digits(rng, 6)}", "LICENSE"))
    d.t("\nCONFIDENTIALITY NOTICE: This e-mail may contain protected health information. If you are not the intended recipient, delete it and notify the sender.")  # fmt: skip
    return d


def m_forward(rng: random.Random) -> Doc:
    d = Doc()
    me, sup_contact = person(rng), person(rng)
    maker, model, what = rng.choice(DEVICES)
    sup = facility(rng, "dme")
    t, st, z, _ = us_town(rng)
    d.f("{fw} do you know what to do with this? {me}\n\n---------- Forwarded message ---------\nFrom: {sup} <{em}>\nDate: {dt} at {tm}\nSubject: Your {maker} {model} {what} order\nTo: <{to}>\n\n",
        fw=rng.choice(("FYI -", "see below", "Fwd:", "can u call them?")), me=_nm(rng, me, "given"), sup=(sup, "FACILITY"),
        em=(f"orders@{sup.split()[0].lower()}medical.com", "EMAIL"), dt=_dt(rng, None, rng.choice(("wd_long", "long", "mdY"))), tm=clock(rng),
        maker=(maker, "+maker"), model=(model, "+model"), what=what, to=(email(rng, me), "EMAIL"))  # fmt: skip
    d.f("Account #: {acct}\nPatient: {pt}\nDevice: {maker} {model}, serial no. {sn}\nHCPCS: {code}\nShip to: {addr}, {town}, {st} {zip}\n",
        acct=(f"{rng.choice(('', 'A', 'DME-'))}{digits(rng, rng.choice((7, 8, 9)))}", "ACCOUNT"), pt=_nm(rng, me, rng.choice(("caps_last_first", "full", "last_first_mi"))),
        maker=(maker, "+maker"), model=(model, "+model"), sn=(serial(rng), "DEVICE"), code=(rng.choice(("E0601", "A7030", "K0001", "E1390")), "+code"),
        addr=(street(rng), "ADDRESS"), town=(t, "LOCATION"), st=st, zip=(z, "ZIP"))  # fmt: skip
    d.f("Your {ins} claim {claim} needs a signed delivery ticket. Questions: {sc}, {ph}.\n",
        ins=(rng.choice(INSURERS), "+insurer"), claim=(digits(rng, 12), "ID"), sc=_nm(rng, sup_contact, rng.choice(("full", "given"))),
        ph=(us_phone(rng, style=rng.choice(("one", "paren"))), "PHONE"))  # fmt: skip
    if rng.random() < 0.5:
        d.f("\n> On {dt}, {n} wrote:\n> > Is the old unit (SN {sn2}) supposed to go back?", dt=_dt(rng, None, rng.choice(DATE_NOYEAR)),
            n=_nm(rng, me, rng.choice(("full", "caps"))), sn2=(serial(rng), "DEVICE"))  # fmt: skip
    return d


def m_parking(rng: random.Random) -> Doc:
    d = Doc()
    pt, dr = person(rng), clinician(rng)
    st = rng.choice(US_TOWNS)[1]
    lic = rng.choice((f"{rng.choice('ABDFGHKMPRSW')}{digits(rng, 4)} {digits(rng, 5)} {digits(rng, 5)}", f"{rng.choice('ABDFGHKMPRSW')}{digits(rng, 8)}", digits(rng, 9)))  # fmt: skip
    d.f(_typos(rng, "{hi} Dr. {dr}'s office, I need the {form} signed please. "), hi=rng.choice(("Hi", "Hello", "Good morning")),
        dr=_nm(rng, dr, "surname"), form=rng.choice(("disability parking placard form", "DMV medical report", "handicap plate renewal")))  # fmt: skip
    d.f("My {st} driver license # is {lic}, plate {plate}, DOB {dob}. ", st=st, lic=(lic, "LICENSE"), plate=(plate(rng), "VEHICLE"), dob=_dt(rng, dob(rng), rng.choice(DATE_YEAR)))  # fmt: skip
    if rng.random() < 0.5:
        d.f("VIN if they need it {vin}. ", vin=(vin(rng), "VEHICLE"))
    d.f(_typos(rng, "after the {code} surgery I can't walk far. my dad {dad} is {age} and rides with me to {fac}. you can fax it to {fax} or email {em}. thanks, {me}"),
        code=(rng.choice(("M17.11", "S72.001A")), "+code"), dad=_nm(rng, person(rng, pt.loc, "m"), "given"), age=(old_age(rng), "AGE") if rng.random() < 0.5 else young(rng, 60, 89),
        fac=(facility(rng, "dialysis"), "FACILITY"), fax=(us_phone(rng), "FAX"), em=(email(rng, pt), "EMAIL"), me=_nm(rng, pt, rng.choice(("full", "lower", "given"))))  # fmt: skip
    return d


MESSAGE_GENRES: tuple[Callable[[random.Random], Doc], ...] = (
    m_reminder, m_caregivers, m_prior_auth, m_voicemail, m_portal_labs, m_carpool, m_chw, m_email_sig, m_forward, m_parking,
)  # fmt: skip


# ---------------------------------------------------------------- clinical


def _header(rng: random.Random, d: Doc, pt: Person, title: str, fac_kind: str) -> None:
    d.f("{title}\n{fac}\n", title=title, fac=(facility(rng, fac_kind), "FACILITY"))
    r = rng.randrange(3)
    if r == 0:
        d.f("Patient: {pt}   MRN: {mrn}   DOB: {dob}\n", pt=_nm(rng, pt, rng.choice(("caps_last_first", "last_first", "last_first_mi"))),
            mrn=(mrn(rng), "MRN"), dob=_dt(rng, dob(rng), rng.choice(DATE_YEAR)))  # fmt: skip
    elif r == 1:
        d.f("NAME: {pt} | MRN {mrn} | ACCT {acct}\n", pt=_nm(rng, pt, "caps_last_first"), mrn=(mrn(rng), "MRN"), acct=(digits(rng, rng.choice((9, 10))), "ACCOUNT"))  # fmt: skip
    else:
        d.f("Pt {pt}, MR# {mrn}\n", pt=_nm(rng, pt, rng.choice(("full", "caps", "full_mid"))), mrn=(mrn(rng), "MRN"))


def _age(rng: random.Random, old: float = 0.3) -> str | P:
    return (old_age(rng), "AGE") if rng.random() < old else young(rng)


def _signed(rng: random.Random, d: Doc, cred: str) -> None:
    c = person(rng)
    d.f("\n{sig}{cred}", sig=_nm(rng, c, rng.choice(("full", "full", "init_surname", "caps"))), cred=cred)
    if rng.random() < 0.4:
        d.f("  {dt} {tm}", dt=_dt(rng, None, rng.choice(("mdY", "iso", "DMONY"))), tm=clock(rng))


def c_triage(rng: random.Random) -> Doc:
    d, pt = Doc(), person(rng)
    _header(rng, d, pt, rng.choice(("EMERGENCY DEPARTMENT TRIAGE", "ED TRIAGE NOTE")), "medical")
    d.f("Arrival: {dt} {tm} via {how}\nAge: {age}  Sex: {sex}\n", dt=_dt(rng, None, rng.choice(DATE_YEAR)), tm=clock(rng),
        how=rng.choice(("private vehicle", "EMS", "walk-in", "police")), age=_age(rng, 0.35), sex=pt.sex.upper())  # fmt: skip
    cc = rng.choice(("chest pain x 2 hrs", "fall at home, hip pain", "SOB worse over 3 days", "MVC, restrained driver", "dizziness and vomiting"))  # fmt: skip
    d.f("CC: {cc}\nESI: {esi}   GCS 15 (Glasgow)   BP 1{a}/8{b}  HR 9{c}  SpO2 9{e}% RA\n", cc=cc, esi=str(rng.randrange(1, 5)),
        a=str(rng.randrange(10, 80)), b=str(rng.randrange(10)), c=str(rng.randrange(10)), e=str(rng.randrange(10)))  # fmt: skip
    d.keep.setdefault("Glasgow", "eponym")
    if "MVC" in cc:
        d.f("Other driver's vehicle plate {pl}; pt's car VIN {vin} per police report {rep}.\n", pl=(plate(rng), "VEHICLE"),
            vin=(vin(rng), "VEHICLE"), rep=(f"{rng.choice(('2025', '2026'))}-{digits(rng, 6)}", "ID"))  # fmt: skip
    d.f("PMH: {c1}, {c2}. Meds: {m1}, {m2}. Allergies: NKDA\n", c1=(rng.choice(ICD10), "+code"), c2=(rng.choice(ICD10), "+code"),
        m1=(rng.choice(DRUGS), "+drug"), m2=(rng.choice(DRUGS), "+drug"))  # fmt: skip
    if rng.random() < 0.6:
        rel, sx = rng.choice((("son", "m"), ("daughter", "f"), ("wife", "f"), ("husband", "m"), ("neighbor", "")))
        d.f("Accompanied by {rel} {n}, phone {ph}. Lives at {addr}, {town}.\n", rel=rel,
            n=_nm(rng, person(rng, pt.loc, sx), rng.choice(("full", "given"))), ph=(phone(rng), "PHONE"), addr=(street(rng), "ADDRESS"), town=(town(rng)[0], "LOCATION"))  # fmt: skip
    d.f("Triage RN: {rn}, RN  Dispo: {dept}", rn=_nm(rng, person(rng), rng.choice(("full", "init_surname", "given_init"))), dept=(rng.choice(DEPARTMENTS), "+department"))  # fmt: skip
    return d


def c_psych(rng: random.Random) -> Doc:
    d, pt = Doc(), person(rng)
    _header(rng, d, pt, "PSYCHIATRIC INTAKE EVALUATION", "behavioral")
    ref = clinician(rng)
    d.f("Date of service: {dt}\nReferred by: Dr. {ref}, {fac}\n", dt=_dt(rng, None, rng.choice(DATE_YEAR)), ref=_nm(rng, ref, rng.choice(("full", "surname"))),
        fac=(facility(rng, "clinic"), "FACILITY"))  # fmt: skip
    d.f("HPI: {age}-year-old {sex}, born in {bp}, moved to {town} in {yr}, presenting with low mood and poor sleep since {dt}. ",
        age=young(rng, 19, 80), sex="woman" if pt.sex == "f" else "man", bp=(rng.choice(pools().towns), "LOCATION"), town=(rng.choice(US_TOWNS)[0], "LOCATION"),
        yr=str(rng.randrange(1995, 2024)), dt=_dt(rng, None, rng.choice(("month_year", "long", "month_th"))))  # fmt: skip
    d.f("Works at {emp}. PHQ-9 {phq}, GAD-7 {gad}. Denies SI. ", emp=(facility(rng, "employer"), "FACILITY"), phq=str(rng.randrange(5, 27)), gad=str(rng.randrange(3, 21)))  # fmt: skip
    if rng.random() < 0.5:
        d.f("Grandmother, {age}, lives with family and is the main support. ", age=(old_age(rng), "AGE"))
    d.f("\nDx: {c1}, {c2}\nPlan: start {drug} 25 mg daily, therapy with {ther}, LCSW. Return {dt}.\nEmergency contact: {ec} {ph} / {em}\n",
        c1=(rng.choice(("F32.1", "F41.1")), "+code"), c2=(rng.choice(("G47.33", "E03.9", "Z51.5")), "+code"), drug=(rng.choice(("sertraline", "quetiapine", "trazodone", "hydroxyzine")), "+drug"),
        ther=_nm(rng, person(rng), "full"), dt=_dt(rng, None, rng.choice(DATE_NOYEAR)), ec=_nm(rng, person(rng, pt.loc), rng.choice(("full", "last_first"))),
        ph=(phone(rng), "PHONE"), em=(email(rng, pt), "EMAIL"))  # fmt: skip
    doc = person(rng)
    d.f("{doc}, MD  DEA {dea}  CPT {cpt}", doc=_nm(rng, doc, rng.choice(("full", "caps"))), dea=(dea(rng, doc.surname), "LICENSE"), cpt=("90791", "+code"))  # fmt: skip
    return d


def c_antenatal(rng: random.Random) -> Doc:
    d, pt = Doc(), person(rng, sex="f")
    _header(rng, d, pt, rng.choice(("PRENATAL VISIT", "ANTENATAL CLINIC NOTE", "OB RETURN VISIT")), "women")
    wk = rng.randrange(12, 40)
    d.f("Visit {dt}. {age} y/o G{g}P{p} at {wk}w{dd}d by {us}, EDD {edd}.\n", dt=_dt(rng, None, rng.choice(DATE_YEAR)), age=young(rng, 18, 44),
        g=str(rng.randrange(1, 6)), p=str(rng.randrange(0, 4)), wk=str(wk), dd=str(rng.randrange(7)), us=rng.choice(("LMP", "8 wk US", "early US")),
        edd=_dt(rng, None, rng.choice(DATE_YEAR)))  # fmt: skip
    d.f("FH {fh} cm, FHR 14{f} by doppler. Leopold: vertex. BP 1{a}/7{b}. {gdm}\n", fh=str(max(12, wk - rng.randrange(3))), f=str(rng.randrange(10)),
        a=str(rng.randrange(10, 40)), b=str(rng.randrange(10)), gdm=rng.choice(("GDM on metformin (O24.410).", "Routine, Z34.82.", "Nausea, ondansetron PRN.")))  # fmt: skip
    for k, v in (
        ("Leopold", "eponym"),
        ("metformin", "drug"),
        ("O24.410", "code"),
        ("Z34.82", "code"),
        ("ondansetron", "drug"),
    ):
        d.keep.setdefault(k, v)
    d.f("Partner {pa} present. Plans delivery at {fac}; {dept} tour {dt}.\n", pa=_nm(rng, person(rng, pt.loc, "m"), rng.choice(("full", "given"))),
        fac=(facility(rng, "medical"), "FACILITY"), dept=("Labor and Delivery", "+department"), dt=_dt(rng, None, rng.choice(DATE_NOYEAR)))  # fmt: skip
    if rng.random() < 0.5:
        d.f("Insurance {ins}, member {mid}. Cell {ph}.\n", ins=(rng.choice(INSURERS), "+insurer"), mid=(member_id(rng), "HEALTH_PLAN"), ph=(phone(rng), "PHONE"))  # fmt: skip
    d.f("RTC 2 wks. {mw}, CNM", mw=_nm(rng, person(rng), rng.choice(("full", "init_surname", "initials"))))
    return d


def c_oasis(rng: random.Random) -> Doc:
    d, pt = Doc(), person(rng)
    t, st, z, area = us_town(rng)
    d.f("START OF CARE - OASIS-E\nAgency: {ag}\n", ag=(facility(rng, "home"), "FACILITY"))
    d.f("M0040 Name: {pt}\nM0064 SSN: {ssn}\nM0063 Medicare number: {mbi}\nM0066 Birth date: {dob}\nM0050 State: {st}   M0060 ZIP: {zip}\n",
        pt=_nm(rng, pt, rng.choice(("caps_last_first", "last_first_mi"))), ssn=(ssn(rng), "SSN"), mbi=(member_id(rng), "HEALTH_PLAN"),
        dob=_dt(rng, dob(rng, 1920, 1960), rng.choice(("mdY", "iso"))), st=st, zip=(z, "ZIP"))  # fmt: skip
    d.f("Address: {addr}, {town}\nM0090 Assessment date: {dt}\nAge {age}. Primary dx {c1}; {c2}.\n", addr=(street(rng), "ADDRESS"), town=(t, "LOCATION"),
        dt=_dt(rng, None, rng.choice(("mdY", "DMonY"))), age=_age(rng, 0.6), c1=(rng.choice(("I50.32", "J44.1", "N18.6")), "+code"), c2=(rng.choice(ICD10), "+code"))  # fmt: skip
    d.f("Braden 1{b}, Morse fall score {m}. O2 via {maker} concentrator, SN {sn}.\n", b=str(rng.randrange(0, 9)), m=str(rng.randrange(25, 95, 5)),
        maker=(rng.choice(("Inogen", "Philips Respironics")), "+maker"), sn=(serial(rng), "DEVICE"))  # fmt: skip
    d.keep.setdefault("Braden", "eponym")
    d.f("Caregiver: {cg} ({rel}), {ph}. Physician: Dr. {doc}, fax {fax}.\nClinician: {rn}, RN  Lic. {lic}", cg=_nm(rng, person(rng, pt.loc), rng.choice(("full", "given"))),
        rel=rng.choice(("daughter", "son", "spouse", "niece")), ph=(us_phone(rng, area), "PHONE"), doc=_nm(rng, clinician(rng), "surname"),
        fax=(us_phone(rng, area, rng.choice(("dash", "paren"))), "FAX"), rn=_nm(rng, person(rng), rng.choice(("full", "caps"))),
        lic=(f"{rng.choice(('26NR', 'RN', '0'))}{digits(rng, 7)}", "LICENSE"))  # fmt: skip
    return d


def c_sleep(rng: random.Random) -> Doc:
    d, pt = Doc(), person(rng)
    maker, model, _ = rng.choice(DEVICES[:2])
    _header(rng, d, pt, rng.choice(("POLYSOMNOGRAPHY REPORT", "SPLIT-NIGHT SLEEP STUDY")), "sleep")
    d.f("Study date: {dt}  CPT {cpt}  Referring: Dr. {ref}\n", dt=_dt(rng, None, rng.choice(DATE_YEAR)), cpt=(rng.choice(("95810", "95811")), "+code"),
        ref=_nm(rng, clinician(rng), rng.choice(("full", "surname"))))  # fmt: skip
    d.f("{age}-year-old, BMI 3{b}. Epworth {ep}. AHI {ahi}/h, nadir SpO2 8{n}%.\n", age=young(rng, 25, 85), b=str(rng.randrange(10)), ep=str(rng.randrange(4, 22)),
        ahi=str(rng.randrange(5, 70)), n=str(rng.randrange(10)))  # fmt: skip
    d.keep.setdefault("Epworth", "eponym")
    d.f("Impression: {code}. Titrated to {p} cm H2O on {maker} {model} (serial {sn}).\n", code=("G47.33", "+code"), p=str(rng.randrange(6, 15)),
        maker=(maker, "+maker"), model=(model, "+model"), sn=(serial(rng), "DEVICE"))  # fmt: skip
    if rng.random() < 0.6:
        d.f("Compliance data uploaded from {ip} on {dt}; DME {dme}, acct {acct}.\n", ip=(ip(rng), "IP"), dt=_dt(rng, None, rng.choice(DATE_NOYEAR)),
            dme=(facility(rng, "dme"), "FACILITY"), acct=(digits(rng, 8), "ACCOUNT"))  # fmt: skip
    d.f("Scored by {tech}, RPSGT. Interpreted by {doc}, MD, {dept}.", tech=_nm(rng, person(rng), rng.choice(("full", "initials"))),
        doc=_nm(rng, clinician(rng), rng.choice(("full", "caps"))), dept=("Sleep Medicine", "+department"))  # fmt: skip
    return d


def c_audiology(rng: random.Random) -> Doc:
    d, pt = Doc(), person(rng)
    maker, model, _ = rng.choice(DEVICES[2:4])
    _header(rng, d, pt, "AUDIOLOGIC EVALUATION", "hearing")
    d.f("Seen {dt}, age {age}, with {rel}. Rinne positive AU, Weber midline. ", dt=_dt(rng, None, rng.choice(DATE_YEAR + DATE_NOYEAR)), age=_age(rng, 0.45),
        rel=rng.choice(("daughter", "son", "caregiver", "grandson")))  # fmt: skip
    d.keep.setdefault("Rinne", "eponym")
    d.keep.setdefault("Weber", "eponym")
    d.f(
        "Moderate sensorineural loss ({code}), CPT {cpt}.\n",
        code=("H90.3", "+code"),
        cpt=(rng.choice(("92557", "92567")), "+code"),
    )
    d.f("Fit with {maker} {model}: left SN {l}, right SN {r}. Warranty through {dt}.\n", maker=(maker, "+maker"), model=(model, "+model"),
        l=(serial(rng), "DEVICE"), r=(serial(rng), "DEVICE"), dt=_dt(rng, None, rng.choice(("month_year", "mdY"))))  # fmt: skip
    if rng.random() < 0.5:
        d.f("App paired to {em}. ", em=(email(rng, pt), "EMAIL"))
    d.f("\n{aud}, AuD, CCC-A  License {lic}", aud=_nm(rng, person(rng), rng.choice(("full", "caps", "init_surname"))), lic=(f"AU{digits(rng, 5)}", "LICENSE"))  # fmt: skip
    return d


def c_radiology(rng: random.Random) -> Doc:
    d, pt = Doc(), person(rng)
    exam, cpt = rng.choice(
        (("CT ABDOMEN PELVIS W CONTRAST", "74177"), ("XR CHEST 2 VIEWS", "71046"), ("MRI BRAIN WO CONTRAST", "70551"))
    )
    d.f("RADIOLOGY REPORT - {fac}\nAccession: {acc}   MRN: {mrn}\nPatient: {pt}   DOB: {dob}\nExam: {exam} (CPT {cpt})  Date: {dt}\nOrdering: Dr. {ordr}\n",
        fac=(facility(rng, "imaging"), "FACILITY"), acc=(f"{rng.choice(('A', 'RAD', 'CT'))}{digits(rng, 8)}", "ID"), mrn=(mrn(rng), "MRN"),
        pt=_nm(rng, pt, rng.choice(("caps_last_first", "caps"))), dob=_dt(rng, dob(rng), rng.choice(("mdY", "DMONY", "iso"))), exam=exam, cpt=(cpt, "+code"),
        dt=_dt(rng, None, rng.choice(("mdY", "MonDY", "iso"))), ordr=_nm(rng, clinician(rng), rng.choice(("full", "surname", "last_first"))))  # fmt: skip
    d.f("CLINICAL HISTORY: {age}-year-old with {hx}.\n", age=_age(rng, 0.4), hx=rng.choice(("abdominal pain", "cough and fever", "fall, confusion", "weight loss")))  # fmt: skip
    d.f("COMPARISON: {cmp}.\nFINDINGS: {f}\nIMPRESSION: {imp}\n", cmp=rng.choice(("None", "prior study " + fdate(rng, some_day(rng), "mdY"))),
        f=rng.choice(("No acute abnormality. Small hiatal hernia.", "Right lower lobe opacity. No effusion.", "Mild chronic small vessel changes.")),
        imp=rng.choice(("No acute findings.", "Pneumonia, RLL.", "Follow-up in 3 months recommended.")))  # fmt: skip
    if "prior study" in d.text():
        s = d.text().index("prior study ") + len("prior study ")
        e = d.text().index(".\nFINDINGS")
        d.phi.append((s, e, "DATE"))
        d.phi.sort()
    d.f("Images sent to PACS node {ip}. Electronically signed by {rad}, MD on {dt} {tm}.", ip=(ip(rng), "IP"),
        rad=_nm(rng, clinician(rng), rng.choice(("full", "caps"))), dt=_dt(rng, None, rng.choice(("mdY", "iso"))), tm=clock(rng))  # fmt: skip
    return d


def c_referral(rng: random.Random) -> Doc:
    d, pt, to, frm = Doc(), person(rng), clinician(rng), clinician(rng)
    fac = facility(rng, rng.choice(("clinic", "medical")))
    t, st, z, area = us_town(rng)
    dom = fac.split()[0].lower() + "care.org"
    d.f("{fac}\n{addr}, {town}, {st} {zip}\nTel {ph}  Fax {fax}  {url}\n\n{dt}\n\n", fac=(fac.upper() if rng.random() < 0.5 else fac, "FACILITY"),
        addr=(street(rng), "ADDRESS"), town=(t, "LOCATION"), st=st, zip=(z, "ZIP"), ph=(us_phone(rng, area), "PHONE"), fax=(us_phone(rng, area), "FAX"),
        url=(f"https://www.{dom}", "URL"), dt=_dt(rng, None, rng.choice(("long", "dlong"))))  # fmt: skip
    d.f("Dear Dr. {to},\n\nRe: {pt}, DOB {dob}\n\nI am referring {hon}{pn} to {dept} for {why} ({code}). ", to=_nm(rng, to, "surname"),
        pt=_nm(rng, pt, rng.choice(("full", "full_mid", "caps"))), dob=_dt(rng, dob(rng), rng.choice(DATE_YEAR)), hon=honorific(rng, pt),
        pn=_nm(rng, pt, "surname"), dept=(rng.choice(DEPARTMENTS), "+department"), why=rng.choice(("evaluation", "co-management", "a second opinion")),
        code=(rng.choice(ICD10), "+code"))  # fmt: skip
    d.f("Current medications include {d1} and {d2}. {ins} member ID {mid}. ", d1=(rng.choice(DRUGS), "+drug"), d2=(rng.choice(DRUGS), "+drug"),
        ins=(rng.choice(INSURERS), "+insurer"), mid=(member_id(rng), "HEALTH_PLAN"))  # fmt: skip
    if rng.random() < 0.5:
        d.f("Please contact the patient's son {son} at {ph} or {em}. ", son=_nm(rng, person(rng, pt.loc, "m"), "full"), ph=(phone(rng), "PHONE"), em=(email(rng, pt), "EMAIL"))  # fmt: skip
    d.f("\n\nSincerely,\n\n{frm}, MD\ncc: {cc}", frm=_nm(rng, frm, rng.choice(("full", "full_mid"))), cc=_nm(rng, clinician(rng), rng.choice(("init_surname", "full"))))  # fmt: skip
    return d


def c_sbar(rng: random.Random) -> Doc:
    d, pt = Doc(), person(rng)
    d.f("SBAR HANDOFF {dt} {tm}  Unit 4 West\nS: {pt}, bed {bed}, {age} y/o, MRN {mrn}, admitted {adm} with {dx}.\n", dt=_dt(rng, None, rng.choice(("md", "mdY"))),
        tm=rng.choice(("0700", "1900", "1500", "2300")), pt=_nm(rng, pt, rng.choice(("full", "caps", "last_first", "surname"))), bed=str(rng.randrange(1, 40)),
        age=_age(rng, 0.35), mrn=(mrn(rng), "MRN"), adm=_dt(rng, None, rng.choice(("md", "mon_d"))), dx=rng.choice(("CHF exacerbation", "COPD flare", "hip fracture", "sepsis")))  # fmt: skip
    d.f("B: hx {c1}, {c2}. Home meds {d1}, {d2}.\nA: A&Ox{ox}, Braden {br}, Foley in place. {dev}\n", c1=(rng.choice(ICD10), "+code"), c2=(rng.choice(ICD10), "+code"),
        d1=(rng.choice(DRUGS), "+drug"), d2=(rng.choice(DRUGS), "+drug"), ox=str(rng.randrange(1, 5)), br=str(rng.randrange(9, 23)),
        dev=rng.choice(("", "Pacemaker (Medtronic) interrogated.", "Insulin pump removed, locked in safe.")))  # fmt: skip
    for k, v in (("Braden", "eponym"), ("Foley", "eponym"), ("Medtronic", "maker")):
        d.keep.setdefault(k, v)
    if "pump" in d.text():
        d.f("Pump serial {sn}. ", sn=(serial(rng), "DEVICE"))
    d.f("R: f/u {dept} in AM, call {fam} ({rel}) at {ph} if changes.\nGiven by {g} to {r}, RN", dept=(rng.choice(DEPARTMENTS), "+department"),
        fam=_nm(rng, person(rng, pt.loc), rng.choice(("full", "given"))), rel=rng.choice(("daughter", "son", "wife", "husband")), ph=(phone(rng), "PHONE"),
        g=_nm(rng, person(rng), "initials"), r=_nm(rng, person(rng), rng.choice(("full", "given"))))  # fmt: skip
    return d


def c_medrec(rng: random.Random) -> Doc:
    d, pt = Doc(), person(rng)
    _header(rng, d, pt, "MEDICATION RECONCILIATION", rng.choice(("medical", "clinic")))
    d.f("Pharmacy: {ph_name} {ph}, fax {fax}, Rx acct {acct}\nSource: patient and {rel} {n}\n\n", ph_name=(facility(rng, "pharmacy"), "FACILITY"),
        ph=(us_phone(rng), "PHONE"), fax=(us_phone(rng), "FAX"), acct=(digits(rng, 8), "ACCOUNT"), rel=rng.choice(("daughter", "son", "wife")),
        n=_nm(rng, person(rng, pt.loc), rng.choice(("full", "given", "caps"))))  # fmt: skip
    d.t("| Medication | Dose | Last taken | Rx # | Action |\n|---|---|---|---|---|\n")
    for drug in rng.sample(DRUGS, rng.randrange(3, 7)):
        d.f("| {drug} | {dose} | {dt} | {rx} | {act} |\n", drug=(drug, "+drug"), dose=rng.choice(("5 mg daily", "10 mg BID", "500 mg BID", "1 tab qHS", "40 mg daily")),
            dt=_dt(rng, None, rng.choice(("md", "mdy", "mon_d"))), rx=(digits(rng, 7), "ID"), act=rng.choice(("continue", "hold", "stop", "changed")))  # fmt: skip
    d.f("\nReconciled by {who}, PharmD  Lic. {lic}", who=_nm(rng, person(rng), rng.choice(("full", "init_surname"))), lic=(f"RPH{digits(rng, 6)}", "LICENSE"))  # fmt: skip
    if rng.random() < 0.3:
        d.f("\nADDENDUM {dt}: patient is {age}; renal dosing reviewed with {dept}.", dt=_dt(rng, None, rng.choice(DATE_NOYEAR)), age=_age(rng, 0.7),
            dept=("Nephrology", "+department"))  # fmt: skip
    return d


def _extras(rng: random.Random, d: Doc) -> None:
    """Sections some clinical notes carry after their body: social history, registration, care
    team, addendum."""
    for section in rng.sample(("social", "registration", "team", "addendum"), rng.randrange(1, 4)):
        if section == "social":
            d.f("\n\nSOCIAL HISTORY: Born in {bp}; came to the US in {yr}. Lives with {rel}, who is {age}. Drives a {car} (plate {pl}). Works at {emp}. Never smoker.",
                bp=(rng.choice(pools().towns), "LOCATION"), yr=str(rng.randrange(1970, 2022)), rel=rng.choice(("her mother", "his father", "an aunt", "a grandmother")),
                age=_age(rng, 0.6), car=rng.choice(("2014 Corolla", "minivan", "pickup", "2019 Civic")), pl=(plate(rng), "VEHICLE"), emp=(facility(rng, "employer"), "FACILITY"))  # fmt: skip
        elif section == "registration":
            t, st, z, area = us_town(rng)
            d.f("\n\nREGISTRATION\nAddress: {addr}\nCity/State/ZIP: {town}, {st} {zip}\nHome: {ph}  Cell: {cell}\nGuarantor acct: {acct}\nPrimary: {ins} {mid}\nEmergency contact: {ec} ({rel}) {ph2}",
                addr=(street(rng), "ADDRESS"), town=(t, "LOCATION"), st=st, zip=(z, "ZIP"), ph=(us_phone(rng, area), "PHONE"), cell=(phone(rng), "PHONE"),
                acct=(digits(rng, 10), "ACCOUNT"), ins=(rng.choice(INSURERS), "+insurer"), mid=(member_id(rng), "HEALTH_PLAN"),
                ec=_nm(rng, person(rng), rng.choice(("last_first", "caps_last_first", "full"))), rel=rng.choice(("daughter", "son", "spouse", "friend")), ph2=(phone(rng), "PHONE"))  # fmt: skip
            if rng.random() < 0.4:
                d.f("\nHandicap placard / vehicle on file: {v}", v=(rng.choice((plate(rng), vin(rng))), "VEHICLE"))
        elif section == "team":
            d.f("\n\nCARE TEAM: PCP Dr. {pcp} ({fac}); {dept}: {c2}, NP; case manager {cm}, {ph}.", pcp=_nm(rng, clinician(rng), rng.choice(("full", "surname"))),
                fac=(facility(rng, "clinic"), "FACILITY"), dept=(rng.choice(DEPARTMENTS), "+department"), c2=_nm(rng, clinician(rng), rng.choice(("full", "init_surname"))),
                cm=_nm(rng, person(rng), rng.choice(("full", "given"))), ph=(us_phone(rng), "PHONE"))  # fmt: skip
        else:
            d.f("\n\nADDENDUM {dt} {tm}: {txt} -{who}", dt=_dt(rng, None, rng.choice(DATE_YEAR + DATE_NOYEAR)), tm=clock(rng),
                txt=rng.choice(("spoke with family by phone, questions answered.", "outside records received and reviewed.", "pharmacy called re: prior auth; resolved.")),
                who=_nm(rng, person(rng), rng.choice(("initials", "initials", "given_init"))))  # fmt: skip


CLINICAL_GENRES: tuple[Callable[[random.Random], Doc], ...] = (
    c_triage, c_psych, c_antenatal, c_oasis, c_sleep, c_audiology, c_radiology, c_referral, c_sbar, c_medrec,
)  # fmt: skip


# ---------------------------------------------------------------- generation


def generate(family: str, n: int, seed: int) -> list[dict]:
    """`n` rows of `family`, genres in turn, reproducible from `seed`."""
    if family not in FAMILIES:
        raise ValueError(family)
    genres = MESSAGE_GENRES if family == "messages" else CLINICAL_GENRES
    rng = random.Random(f"eval11-{family}-{seed}")
    rows: list[dict] = []
    seen: set[str] = set()
    for i in range(n):
        genre = genres[i % len(genres)]
        while True:
            doc = genre(rng)
            if family == "clinical" and rng.random() < 0.55:
                _extras(rng, doc)
            r = rng.random()
            case = "lower" if genre is m_voicemail else "upper" if r < 0.04 else "lower" if r < 0.06 else ""
            row = to_row(doc, f"eval11-{family}-{i}", family, case)
            ok = family != "clinical" or 150 <= len(row["text"]) <= 1500
            if ok and row["text"] not in seen:
                break
        seen.add(row["text"])
        rows.append(row)
    return rows


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--family", choices=FAMILIES, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args(argv)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(dumps(generate(a.family, a.n, a.seed)), encoding="utf-8")


if __name__ == "__main__":
    main()
